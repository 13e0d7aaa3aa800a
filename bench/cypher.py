"""The benchmarks' own Cypher: ``cypher/bench/<name>.cypher``, loaded by name.

They stay out of the application's catalog (:mod:`claimgraph.graph.queries`
loads ``write``, ``read`` and ``admin``): nothing but a benchmark runs them.
"""
from __future__ import annotations

from functools import cache

from claimgraph.graph.queries import CYPHER_DIR


@cache
def bench_query(name: str) -> str:
    return (CYPHER_DIR / "bench" / f"{name}.cypher").read_text(encoding="utf-8")
