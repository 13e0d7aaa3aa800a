"""Spark against the single-process ingest: articles/s, and whether the graphs are one.

``python -m bench.spark --quick`` (a few minutes; the samples, the seed and
300 PolNeAR articles; without --quick all 1,000) against the benchmark's own
Neo4j (:mod:`bench.server`), each line with the machine's load:

- single process: ``claimgraph ingest``'s pipeline with one extraction process;
- ``local[1]`` and ``local[2]``: the Spark job written online, from a new
  Spark session each (its start-up left out, the job's every stage counted);
- bulk: the ``local[2]`` job's import files, ``neo4j-admin database import``
  with the server stopped, and the schema built after;

each graph's fingerprint (:mod:`bench.fingerprint`) against the single-process
one. The last line: ``spark: local2/single R  local2/local1 R  online equal
yes|no  bulk equal yes|no``.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from neo4j import GraphDatabase
from pydantic import SecretStr

from bench.fingerprint import differences, fingerprint
from bench.server import REPO, BenchServer, load_average
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers import iter_documents
from claimgraph.settings import Settings
from claimgraph.spark.bulk import complete_import, import_command, write_bulk
from claimgraph.spark.job import JobPlan, keyed_rows, session
from claimgraph.spark.online import write_online

SHARED = REPO.parent / "shared"


def corpus(polnear: int) -> list[Path]:
    texts = [*sorted((SHARED / "polnear" / "train" / "text").glob("*.txt")),
             *sorted((SHARED / "polnear" / "dev" / "text").glob("*.txt"))]
    return [REPO / "samples", SHARED / "corpus" / "seed", *texts[:polnear]]


def _fingerprint(server: BenchServer) -> dict[str, tuple[int, int]]:
    with GraphDatabase.driver(server.uri, auth=("neo4j", server.password)) as driver:
        return fingerprint(driver)


def _spark_run(server: BenchServer, paths: list[Path], master: str) -> tuple[float, JobPlan, object]:
    """Seconds of the job written online (session start-up left out), its plan and its session."""
    spark = session(master, f"claimgraph-bench-{master}")
    spark.sparkContext.setLogLevel("ERROR")
    with server.store() as store:
        store.clear()
    started = time.perf_counter()
    plan = keyed_rows(spark, paths)
    write_online(plan, Settings(neo4j_uri=server.uri, neo4j_password=SecretStr(server.password)))
    return time.perf_counter() - started, plan, spark


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 PolNeAR articles (default 1,000)")
    args = parser.parse_args(argv)
    paths = corpus(300 if args.quick else 1000)
    server = BenchServer().stopped_at_exit()
    server.fresh()
    with server.store() as store:
        store.setup_schema()
        started = time.perf_counter()
        report = ingest_documents(store, iter_documents(paths), load_aliases(), workers=1)
        single_s = time.perf_counter() - started
    articles = report.written
    want = _fingerprint(server)
    print(f"{'single process (ingest, 1 extraction process)':<48} {articles / single_s:7.1f} articles/s  "
          f"{single_s:6.1f} s  [{load_average()}]", flush=True)

    rates: dict[str, float] = {}
    equal: dict[str, bool] = {}
    plan: JobPlan | None = None
    for master in ("local[1]", "local[2]"):
        seconds, plan, spark = _spark_run(server, paths, master)
        rates[master] = articles / seconds
        got = _fingerprint(server)
        equal[master] = got == want
        print(f"{'spark ' + master + ' online':<48} {rates[master]:7.1f} articles/s  {seconds:6.1f} s  "
              f"[{load_average()}]  {plan.blocks} blocks  same graph: {'yes' if equal[master] else 'no'}"
              + ("" if equal[master] else f"  {differences(got, want)[:3]}"), flush=True)
        if master == "local[2]":
            with tempfile.TemporaryDirectory(prefix="claimgraph-bulk-") as folder:
                started = time.perf_counter()
                files = write_bulk(plan, Path(folder))
                files_s = time.perf_counter() - started
                spark.stop()  # type: ignore[attr-defined]
                server.down()
                started = time.perf_counter()
                server.admin(*import_command(files, Path(folder)))
                import_s = time.perf_counter() - started
                server.up()
                started = time.perf_counter()
                with server.store() as store:
                    complete_import(store)
                schema_s = time.perf_counter() - started
            got = _fingerprint(server)
            equal["bulk"] = got == want
            print(f"{'spark local[2] import files + neo4j-admin import':<48} files {files_s:.1f} s, import "
                  f"{import_s:.1f} s, schema {schema_s:.1f} s  [{load_average()}]  same graph: "
                  f"{'yes' if equal['bulk'] else 'no'}" + ("" if equal["bulk"] else f"  {differences(got, want)[:3]}"),
                  flush=True)
        else:
            spark.stop()  # type: ignore[attr-defined]
    yes = {True: "yes", False: "no"}
    print(f"spark: local2/single {rates['local[2]'] * single_s / articles:.2f}  "
          f"local2/local1 {rates['local[2]'] / rates['local[1]']:.2f}  "
          f"online equal {yes[equal['local[1]'] and equal['local[2]']]}  bulk equal {yes[equal['bulk']]}")
    return 0 if all(equal.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
