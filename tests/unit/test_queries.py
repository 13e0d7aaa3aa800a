"""The Cypher catalog: one named, documented, parameterised query per file."""
from __future__ import annotations

import re

import pytest

from claimgraph.graph import queries


def test_every_query_file_opens_with_a_comment_saying_what_it_returns() -> None:
    for name in queries.names():
        first = queries.query(name).lstrip().splitlines()[0]
        assert first.startswith("//"), name


def test_write_queries_take_their_rows_as_a_parameter() -> None:
    for name in queries.names():
        if name.startswith("merge_"):
            assert "UNWIND $rows AS row" in queries.query(name), name


def test_an_unknown_query_name_is_an_error() -> None:
    with pytest.raises(queries.UnknownQuery):
        queries.query("no_such_query")


def test_schema_has_one_statement_per_line_of_intent() -> None:
    statements = queries.schema_statements()
    assert statements
    assert all(re.match(r"CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX|TEXT INDEX) ", s) for s in statements)
