"""What the writers' lock costs the ingest, measured in one run on one machine.

Every ingest chunk is written by :meth:`Neo4jStore.write_linked`, which takes
the figure-links lock (``cypher/write/lock_figure_links.cypher``) first and
drops it last, in the chunk's transaction. This benchmark extracts the
PolNeAR articles once, then writes them into the benchmark's emptied Neo4j
(``bench.server``) in the ingest's chunks, linked as the ingest links them,
alternately with the lock and with a store that skips only the two lock
statements (:class:`Unlocked`), ``--rounds`` times each; the faster run of
each counts, so a burst of load elsewhere does not decide the ratio. One
writer, so the lock is never waited for: what is measured is its own cost.

    python -m bench.ingest_lock              # 3 rounds
    python -m bench.ingest_lock --rounds 1

The last line is the summary: ``ingest-lock: with/without R`` (R > 1: the lock
costs that share of the write time).
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from neo4j import ManagedTransaction

from bench.corpus import polnear_available, polnear_documents
from bench.server import BenchServer, load_average
from claimgraph.graph.model import Batch
from claimgraph.graph.neo4j_store import Neo4jStore, _apply, _TxSource
from claimgraph.graph.rows import write_plan
from claimgraph.graph.store import GraphStore, Linker
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.extract import Extraction, extract
from claimgraph.ingest.pipeline import DEFAULT_CHUNK, linked_batch


class Unlocked(Neo4jStore):
    """The Neo4j store with ``write_linked`` as it is but for the lock statements (the baseline)."""

    def write_linked(self, link: Linker, replacing: Sequence[str] = ()) -> Batch:
        assert not replacing, "the baseline writes new articles only"

        def work(tx: ManagedTransaction) -> Batch:
            linked = link(_TxSource(tx))
            _apply(tx, write_plan(linked))
            return linked

        with self._session() as s:
            return s.execute_write(work)


def write_all(store: GraphStore, extractions: list[Extraction], chunk: int) -> float:
    """Seconds to write the extractions in chunks, each linked against what the earlier ones wrote."""
    started = time.perf_counter()
    for start in range(0, len(extractions), chunk):
        part = extractions[start:start + chunk]
        store.write_linked(lambda source, part=part: linked_batch(part, source))  # type: ignore[misc]
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK)
    args = parser.parse_args(argv)
    if not polnear_available():
        raise SystemExit("needs ../shared/polnear")
    aliases = load_aliases()
    extractions = [extract(doc, aliases) for doc in polnear_documents()]
    server = BenchServer()
    server.fresh()
    stores: dict[str, Neo4jStore] = {
        "with": Neo4jStore(server.uri, "neo4j", server.password),
        "without": Unlocked(server.uri, "neo4j", server.password),
    }
    seconds: dict[str, list[float]] = {name: [] for name in stores}
    try:
        stores["with"].setup_schema()
        for _ in range(args.rounds):
            for name, store in stores.items():
                store.clear()
                took = write_all(store, extractions, args.chunk_size)
                seconds[name].append(took)
                print(f"  {name:7} lock: {len(extractions)} articles written in {took:6.2f} s "
                      f"({len(extractions) / took:6.1f}/s)  load {load_average()}", flush=True)
    finally:
        for store in stores.values():
            store.close()
    best = {name: min(runs) for name, runs in seconds.items()}
    chunks = -(-len(extractions) // args.chunk_size)
    per_chunk_ms = (best["with"] - best["without"]) / chunks * 1000
    print(f"{chunks} chunks of {args.chunk_size}: the lock costs {per_chunk_ms:+.1f} ms a chunk")
    print(f"ingest-lock: with/without {best['with'] / best['without']:.3f}  "
          f"with {best['with']:.2f} s  without {best['without']:.2f} s  ({len(extractions)} PolNeAR articles, "
          f"best of {args.rounds})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
