"""Cypher that only the tests run (``tests/cypher/``), by the application's loader."""
from __future__ import annotations

from pathlib import Path

from claimgraph.graph.queries import Catalog

TEST_QUERIES = Catalog.from_dir(Path(__file__).resolve().parent / "cypher")
