"""The benchmarks' own Cypher: ``bench/cypher/<name>.cypher``, loaded by name.

They stay out of the application's catalog: nothing but a benchmark runs
them, so they live with the benchmarks and are loaded by the same loader.
"""
from __future__ import annotations

from pathlib import Path

from claimgraph.graph.queries import Catalog

BENCH_QUERIES = Catalog.from_dir(Path(__file__).resolve().parent / "cypher")


def bench_query(name: str) -> str:
    return BENCH_QUERIES.query(name)
