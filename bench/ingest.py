"""Ingest speed against its baselines, all measured in one run on one machine.

Corpora: PolNeAR (train + dev, about 920 articles, read through the project's
readers) and scaled copies of it (see :mod:`bench.corpus`: distinct URLs,
dates and outlets, generated while consumed) of two sizes, ``--articles``
(20,000; quick 2,000) and a tenth of it, so that what grows with the corpus
shows. Printed, in this order, each with the load average beside it:

- two untimed ``claimgraph ingest`` runs on PolNeAR, which warm the server, and the server's
  CPU until then (its start, the schema, the warm-up);
- for the small copy, then the large one: extraction only, in this process
  (one core): articles/s and claims/s; then at once, on the same corpus,
  end to end into the benchmark's Neo4j (``bench.server``): the pipeline
  (``ingest_documents`` with one extraction process, as ``claimgraph ingest``
  runs it) streaming the corpus in a child process, its articles/s, its ratio
  to extraction only, the CPU each process spent per article, and its peak
  resident memory (rss-growth: the large copy's peak over the small one's);
- the writer against a naive one (a transaction per claim, a statement per
  row, :mod:`bench.naive_writer`) on the first ``--naive-articles`` articles,
  both writing the same linked batches into an empty database;
- ``claimgraph ingest --workers 1`` and ``--workers 2`` on PolNeAR,
  alternating, the best of two runs each (of one with ``--quick``);
- the physical limit: the graph the end-to-end run left, as CSV
  (:mod:`bench.bulk_import`), loaded by ``neo4j-admin database import full``,
  then checked to be the same graph (counts and checksum per label and type).

    python -m bench.ingest            # full run (2,000 and 20,000 articles)
    python -m bench.ingest --quick    # 200 and 2,000 articles, one warm-up and one round of workers

Run from the repository root. The last line is the summary.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from bench.bulk_import import import_full
from bench.corpus import (
    POLNEAR_TEXTS,
    polnear_available,
    polnear_documents,
    scaled_documents,
)
from bench.fingerprint import differences, fingerprint
from bench.naive_writer import naive_write
from bench.server import REPO, THREAD_KINDS, BenchServer, load_average
from claimgraph.graph import queries
from claimgraph.graph.import_files import GraphCsv
from claimgraph.graph.model import Batch
from claimgraph.ingest.aliases import AliasTable, load_aliases
from claimgraph.ingest.document import Document
from claimgraph.ingest.extract import extract
from claimgraph.ingest.pipeline import DEFAULT_CHUNK, IN_FLIGHT_ROWS, ingest_documents, linked_batch

CSV_DIR = REPO / "var" / "bench" / "import"


@dataclass(frozen=True, slots=True)
class Rate:
    """How many articles and claims a step handled in how long."""

    articles: int
    claims: int
    seconds: float
    load: str = field(default_factory=load_average)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def claims_per_second(self) -> float:
        return self.claims / self.seconds if self.seconds else 0.0

    def line(self, what: str) -> str:
        return (f"{what:<44} {self.articles:>6} articles {self.claims:>7} claims {self.seconds:8.1f} s "
                f"{self.per_second:8.1f} articles/s {self.claims_per_second:9.0f} claims/s   [{self.load}]")


@dataclass(slots=True)
class ExtractionRun:
    """Extraction only, timed article by article; the rest of the pass is not timed."""

    articles: int = 0
    claims: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    kept: list[Batch] = field(default_factory=list)

    def rate(self) -> Rate:
        return Rate(self.articles, self.claims, self.seconds)


def extraction_pass(docs: Iterable[Document], aliases: AliasTable, graph: GraphCsv | None = None,
                    keep: int = 0, chunk_size: int = DEFAULT_CHUNK) -> ExtractionRun:
    """Extracts every document (timed); links and folds each chunk into ``graph`` (not timed).

    Each chunk is linked as the online writer links it (the pipeline's own ``linked_batch``,
    in chunks of the pipeline's size) against the embedded store the chunks before it were
    written to, as ``spark-ingest --bulk`` does: so ``graph`` is the graph the end-to-end run
    leaves, texts and incidents included. The linked batches of the chunks that hold the first
    ``keep`` articles are kept, one per chunk, for the writer comparison (a whole chunk, so at
    least one when ``keep`` is under its size).
    """
    # Imported here: the end-to-end child imports this module and its peak memory is measured;
    # the embedded store's networkx adds 13 MB that ``claimgraph ingest`` does not load.
    from claimgraph.graph.memory import MemoryStore

    run = ExtractionRun()
    links = MemoryStore() if graph is not None else None
    it = iter(docs)
    while chunk := list(islice(it, chunk_size)):
        extractions = []
        for doc in chunk:
            wall, cpu = time.perf_counter(), time.process_time()
            x = extract(doc, aliases)
            run.seconds += time.perf_counter() - wall
            run.cpu_seconds += time.process_time() - cpu
            extractions.append(x)
            run.claims += len(x.claims)
        run.articles += len(chunk)
        if graph is not None and links is not None:
            batch = links.write_linked(partial(linked_batch, extractions))
            graph.add(batch)
            if run.articles - len(chunk) < keep:
                run.kept.append(batch)
    return run


# --- the writers on the same batches ---------------------------------------------

def writer_comparison(server: BenchServer, batches: list[Batch]) -> tuple[Rate, Rate, int]:
    """The naive writer, then the project's, each into an emptied database: their rates and statements run.

    The project's writer runs twice and the second run counts: its first pays
    the server's warm-up (query plans, JIT) that the much longer naive run
    pays within its first seconds.
    """
    articles = sum(len(b.articles) for b in batches)
    claims = sum(len(b.claims) for b in batches)
    with server.store() as store:
        store.clear()
        started = time.perf_counter()
        statements = sum(naive_write(store._driver, b) for b in batches)
        naive = Rate(articles, claims, time.perf_counter() - started)
        for _ in range(2):
            store.clear()
            started = time.perf_counter()
            for b in batches:
                store.write(b)
            ours = Rate(articles, claims, time.perf_counter() - started)
    return naive, ours, statements


# --- end to end, in a child process ------------------------------------------------

def child_e2e(corpus: str, articles: int, in_flight_rows: int) -> None:
    """Runs in the child: streams the corpus through ingest_documents; prints one JSON line."""
    server = BenchServer()
    aliases = load_aliases()
    docs: Iterator[Document] = scaled_documents(articles)
    with server.store() as store:
        store.setup_schema()
        started = time.perf_counter()
        report = ingest_documents(store, docs, aliases, workers=1, in_flight_rows=in_flight_rows)
        seconds = time.perf_counter() - started
    # The writing process and its extraction process, each at its own peak.
    own, pool = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    writer_kb = _own_peak_kb()
    peak_kb = writer_kb + pool.ru_maxrss
    print(json.dumps({"articles": report.written, "read": report.read, "claims": report.claims,
                      "failures": len(report.failures), "seconds": seconds, "peak_rss_mb": peak_kb / 1024,
                      "writer_rss_mb": writer_kb / 1024, "extract_rss_mb": pool.ru_maxrss / 1024,
                      "writer_cpu_s": own.ru_utime + own.ru_stime, "extract_cpu_s": pool.ru_utime + pool.ru_stime}))


def _own_peak_kb() -> int:
    """This process's peak resident memory since it started its program, in KiB.

    Not ``getrusage``'s ``ru_maxrss``: Linux carries that over the ``exec`` from
    the parent's peak at the fork, so a child started by a bench that holds a
    2,000-article graph reported the bench's memory, not its own. ``VmHWM`` is
    the high-water mark of this program's own memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


@dataclass(frozen=True, slots=True)
class E2E:
    """An end-to-end run, and the CPU each of its three processes spent on it."""

    rate: Rate
    peak_rss_mb: float
    server_cpu_s: float
    writer_cpu_s: float
    """The ingesting process: reading, the writer thread (linking, rows, the driver)."""
    extract_cpu_s: float
    """Its extraction process."""
    writer_rss_mb: float
    extract_rss_mb: float
    server_threads_s: dict[str, float]
    """The server's CPU by the kind of thread that spent it (bench.server.thread_kind)."""

    def cpu_line(self) -> str:
        per = 1000 / self.rate.articles
        threads = ", ".join(f"{kind} {self.server_threads_s.get(kind, 0.0) * per:.1f}" for kind in THREAD_KINDS)
        return (f"{'':<44} cpu ms/article: extraction process {self.extract_cpu_s * per:.1f}, "
                f"reader+writer process {self.writer_cpu_s * per:.1f}, Neo4j {self.server_cpu_s * per:.1f} "
                f"({threads})")


def end_to_end(server: BenchServer, corpus: str, articles: int, in_flight_rows: int = IN_FLIGHT_ROWS) -> E2E:
    with server.store() as store:
        store.clear()
    cpu, threads = server.cpu_seconds(), server.thread_cpu_seconds()
    result = subprocess.run([sys.executable, "-m", "bench.ingest", "--child", corpus, "--articles", str(articles),
                             "--in-flight-rows", str(in_flight_rows)],
                            cwd=REPO, env=server.env(), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the end-to-end child failed:\n{result.stdout}\n{result.stderr}")
    out = json.loads(result.stdout.strip().splitlines()[-1])
    if out["failures"]:
        raise SystemExit(f"the end-to-end run failed {out['failures']} articles")
    spent = server.cpu_seconds() - cpu
    by_thread = {kind: seconds - threads.get(kind, 0.0) for kind, seconds in server.thread_cpu_seconds().items()}
    # A thread that ended during the run took its CPU out of the threads' sum, not the process's.
    by_thread["other"] = spent - sum(seconds for kind, seconds in by_thread.items() if kind != "other")
    return E2E(Rate(out["articles"], out["claims"], out["seconds"]), out["peak_rss_mb"], spent,
               out["writer_cpu_s"], out["extract_cpu_s"], out["writer_rss_mb"], out["extract_rss_mb"], by_thread)


def memory_profile(server: BenchServer, articles: int, top: int = 12) -> None:
    """What the ingest holds more of after ``articles`` than after a tenth of them: the
    pipeline in this process (extraction too, ``workers=0``) under tracemalloc, the
    lines whose live memory grew most between the two snapshots, and the peak."""
    import tracemalloc

    aliases = load_aliases()
    server.fresh()
    with server.store() as store:
        store.setup_schema()
        tracemalloc.start(8)
        first = max(1, articles // 10)
        ingest_documents(store, scaled_documents(first), aliases, workers=0)
        before = tracemalloc.take_snapshot()
        ingest_documents(store, _skip(scaled_documents(articles), first), aliases, workers=0)
        after = tracemalloc.take_snapshot()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__)]
    print(f"memory: traced peak {peak / 2**20:.1f} MB over {articles} articles; live after {first}: "
          f"{sum(s.size for s in before.statistics('filename')) / 2**20:.1f} MB, after {articles}: "
          f"{sum(s.size for s in after.statistics('filename')) / 2**20:.1f} MB   [{load_average()}]")
    print(f"grew most between {first} and {articles} articles (live memory, by line):")
    for stat in after.filter_traces(ignore).compare_to(before.filter_traces(ignore), "lineno")[:top]:
        frame = stat.traceback[0]
        print(f"  {stat.size_diff / 2**10:+10.1f} KiB {stat.count_diff:+8d} blocks  {frame.filename}:{frame.lineno}")


def in_flight_comparison(server: BenchServer, articles: int, bounds: list[int]) -> None:
    """End to end at a tenth of ``articles`` and at all of them under each bound on the rows the
    writer holds, the bounds alternating at each size after one untimed warm-up: each one's
    articles/s and peak resident memory, and its rss-growth."""
    warm_up(server, 1)
    small_articles = max(1, articles // 10)
    peaks: dict[int, float] = {}
    for size in (small_articles, articles):
        for bound in bounds:
            run = end_to_end(server, "scaled", size, bound)
            growth = f" rss-growth {run.peak_rss_mb / peaks[bound]:.2f}" if size == articles else ""
            peaks[bound] = run.peak_rss_mb
            print(run.rate.line(f"end to end, scaled {size}, in flight {bound} rows"),
                  f"peak rss {run.peak_rss_mb:.0f} MB = reader+writer {run.writer_rss_mb:.0f} + extraction "
                  f"{run.extract_rss_mb:.0f}{growth}")
            print(run.cpu_line())


def _skip(docs: Iterator[Document], n: int) -> Iterator[Document]:
    return islice(docs, n, None)


# --- claimgraph ingest --workers N ----------------------------------------------------

def cli_ingest(server: BenchServer, paths: list[Path], workers: int) -> float:
    """Seconds ``claimgraph ingest --workers N`` takes over ``paths``, into an emptied database."""
    with server.store() as store:
        store.clear()
    command = [sys.executable, "-m", "claimgraph.api.cli.main", "ingest", "--workers", str(workers), *map(str, paths)]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, env=server.env(), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return seconds


def warm_up(server: BenchServer, runs: int = 2) -> float:
    """Untimed ``claimgraph ingest`` runs on PolNeAR; returns their seconds.

    A fresh server pays for query planning and its JIT while it writes, and on
    a loaded machine its compiler threads wait for a core: its first PolNeAR
    ingests take two to five times as long as later ones.
    """
    return sum(cli_ingest(server, list(POLNEAR_TEXTS), 1) for _ in range(runs))


def workers_scaling(server: BenchServer, rounds: int = 2) -> tuple[float, float, float]:
    """Seconds of ``claimgraph ingest`` with 1 and 2 workers on PolNeAR, less the command's fixed start-up.

    The runs alternate (1, 2, 1, 2 for two rounds) and the fastest run of each
    worker count counts, so a burst of load from elsewhere on the machine does
    not decide the ratio.
    """
    with tempfile.TemporaryDirectory() as empty:
        startup = cli_ingest(server, [Path(empty)], 1)
    runs: dict[int, list[float]] = {1: [], 2: []}
    for workers in (1, 2) * rounds:
        runs[workers].append(cli_ingest(server, list(POLNEAR_TEXTS), workers) - startup)
    return min(runs[1]), min(runs[2]), startup


# --- the run ------------------------------------------------------------------------

def _machine() -> str:
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return f"{os.cpu_count()} cores, {pages / 2**30:.1f} GiB memory, {load_average()} at start"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="200 and 2,000 scaled articles, 32 (one chunk) for the naive writer, one warm-up and one "
                             "round of --workers 1 and 2")
    parser.add_argument("--articles", type=int,
                        help="size of the large scaled corpus, the small one a tenth (default 20,000; quick 2,000)")
    parser.add_argument("--naive-articles", type=int,
                        help="articles the naive writer writes (default 256; quick 32, one chunk)")
    parser.add_argument("--memory", type=int, metavar="N",
                        help="only a tracemalloc profile of ingesting N scaled articles (what grows)")
    parser.add_argument("--in-flight", type=lambda v: [int(x) for x in v.split(",")], metavar="ROWS,ROWS",
                        help="only end to end at both sizes under each bound on the rows the writer holds, "
                             "alternating (throughput and rss-growth of each)")
    parser.add_argument("--in-flight-rows", type=int, default=IN_FLIGHT_ROWS, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=("scaled",), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    articles = args.articles or (2000 if args.quick else 20_000)
    if args.child:
        child_e2e(args.child, articles, args.in_flight_rows)
        return 0
    if not polnear_available():
        print(f"PolNeAR not found at {POLNEAR_TEXTS[0].parents[1].resolve()}: this benchmark reads "
              "../shared/polnear (train and dev) beside the repository.", file=sys.stderr)
        return 2
    naive_articles = args.naive_articles or (32 if args.quick else 256)
    rounds = 1 if args.quick else 2
    server = BenchServer().stopped_at_exit()
    if args.memory:
        memory_profile(server, args.memory)
        return 0
    if args.in_flight:
        print(f"machine: {_machine()}")
        server.fresh()
        with server.store() as store:
            store.setup_schema()
        in_flight_comparison(server, articles, args.in_flight)
        return 0
    print(f"machine: {_machine()}")
    server.fresh()
    with server.store() as store:
        store.setup_schema()
    aliases = load_aliases()

    # Each extraction-only pass is followed at once by the end-to-end run on
    # the same corpus, so the two rates whose ratio is the headline are taken
    # a minute, not a quarter of an hour, apart on this shared machine.
    # The server's CPU from its start to the end of the warm-up is printed too: a server setting
    # that moves the JVM's compiling out of the timed runs moves it here, not away.
    polnear = sum(1 for _ in polnear_documents())
    start_cpu = server.cpu_seconds()
    warm_seconds = warm_up(server, rounds)
    warm_cpu = server.cpu_seconds() - start_cpu
    print(f"{f'warm-up: claimgraph ingest PolNeAR x{rounds}':<44} {warm_seconds:8.1f} s   "
          f"[{load_average()}]  (untimed)  Neo4j cpu {start_cpu:.0f} s starting and setting up, "
          f"{warm_cpu:.0f} s in the warm-up ({warm_cpu * 1000 / (rounds * polnear):.1f} ms/article)")
    small_articles = max(1, articles // 10)
    small_run = extraction_pass(scaled_documents(small_articles), aliases)
    print(small_run.rate().line(f"extract only, scaled {small_articles} (one core)"),
          f"cpu {small_run.articles / small_run.cpu_seconds:.0f} articles/s")
    small = end_to_end(server, "scaled", small_articles)
    print(small.rate.line(f"end to end, scaled {small_articles}"),
          f"e2e/extract {small.rate.per_second / small_run.rate().per_second:.2f}")
    print(small.cpu_line())
    print(f"{'':<44} peak rss {small.peak_rss_mb:.0f} MB = reader+writer {small.writer_rss_mb:.0f} + extraction "
          f"{small.extract_rss_mb:.0f}")

    graph = GraphCsv()
    scaled = extraction_pass(scaled_documents(articles), aliases, graph, keep=naive_articles)
    print(scaled.rate().line(f"extract only, scaled {articles} (one core)"),
          f"cpu {scaled.articles / scaled.cpu_seconds:.0f} articles/s")
    e2e = end_to_end(server, "scaled", articles)
    ratio = e2e.rate.per_second / scaled.rate().per_second
    rss_growth = e2e.peak_rss_mb / small.peak_rss_mb
    print(e2e.rate.line(f"end to end, scaled {articles}"), f"e2e/extract {ratio:.2f}")
    print(e2e.cpu_line())
    print(f"{'':<44} peak rss {e2e.peak_rss_mb:.0f} MB = reader+writer {e2e.writer_rss_mb:.0f} + extraction "
          f"{e2e.extract_rss_mb:.0f}; rss-growth {rss_growth:.2f} over {small_articles} articles")
    with server.store() as store:
        online = fingerprint(store._driver)

    naive, ours, statements = writer_comparison(server, scaled.kept)
    speed_up = ours.per_second / naive.per_second
    print(naive.line(f"naive writer, first {naive.articles} (write only)"), f"{statements} statements")
    print(ours.line(f"our writer, same {ours.articles} (write only)"), f"speed-up {speed_up:.1f}x")
    print(f"{'':<44} end to end {e2e.rate.claims_per_second:.0f} claims/s = "
          f"{e2e.rate.claims_per_second / naive.claims_per_second:.1f}x the naive writer's claims/s")

    one, two, startup = workers_scaling(server, rounds)
    print(f"{'claimgraph ingest PolNeAR --workers 1':<44} {one:8.1f} s {polnear / one:8.1f} articles/s   "
          f"[{load_average()}]  (best of {rounds}; its {startup:.1f} s start-up left out)")
    print(f"{'claimgraph ingest PolNeAR --workers 2':<44} {two:8.1f} s {polnear / two:8.1f} articles/s   "
          f"[{load_average()}]  (best of {rounds}) workers2/1 {one / two:.2f}")

    expected_nodes, expected_rels = graph.counts()
    started = time.perf_counter()
    files = graph.write(CSV_DIR)
    csv_seconds = time.perf_counter() - started

    def schema() -> None:
        with server.store() as store, store._driver.session() as session:
            store.setup_schema()
            session.run(queries.query("empty_lists")).consume()

    timing = import_full(server, files, schema)
    imported = Rate(articles, scaled.claims, timing.total_s)
    print(imported.line("neo4j-admin import + schema (same graph)"),
          f"import {timing.import_s:.1f} s + indexes {timing.schema_s:.1f} s; CSV written in {csv_seconds:.1f} s")
    with server.store() as store:
        bulk = fingerprint(store._driver)
        counts = store.counts()
    diff = differences(online, bulk)
    same_counts = counts.nodes == expected_nodes and counts.relationships == expected_rels
    print(f"{'':<44} imported vs online graph (after giving actors without aliases an empty list): "
          f"{'the same (counts and checksum per label and type)' if not diff else 'DIFFERS: ' + '; '.join(diff)}"
          f"{'' if same_counts else '; counts differ from the CSV files'}")
    vs_import = e2e.rate.per_second / imported.per_second
    print(f"ingest: e2e/extract {ratio:.2f}  vs-naive {speed_up:.0f}x  vs-import {vs_import:.2f}  "
          f"workers2/1 {one / two:.2f}  peak-rss {e2e.peak_rss_mb:.0f} MB  rss-growth {rss_growth:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
