"""Cypher that only the tests run (``tests/cypher/``), by the application's loader."""
from __future__ import annotations

from pathlib import Path

from claimgraph.graph.queries import Catalog

TEST_QUERIES = Catalog.from_dir(Path(__file__).resolve().parent / "cypher")
TEST_SCHEMA_CHANGES = Catalog.from_dir(Path(__file__).resolve().parent / "cypher" / "schema")
"""Statements that change the schema (``tests/cypher/schema/``), kept apart from the reads and writes above."""
