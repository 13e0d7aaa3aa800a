"""The incident list's statements (graph.incident_reads): each one that reads matches holds
the same filter, so a page past the cap selects what the count counted."""
from __future__ import annotations

import pytest

from claimgraph.graph import queries
from claimgraph.graph.incident_reads import MATCHING, STATEMENTS

_OPENS = "// The list's filter:"
_CLOSES = "WHERE $filters.has_conflict IS NULL OR conflicted = $filters.has_conflict\n"


def _filter(name: str) -> str:
    text = queries.query(name)
    assert text.count(_OPENS) == 1 and text.count(_CLOSES) == 1, name
    return text[text.index(_OPENS):text.index(_CLOSES) + len(_CLOSES)]


@pytest.mark.parametrize("name", MATCHING[1:])
def test_every_walk_of_the_incident_list_filters_with_the_counts_text(name: str) -> None:
    assert _filter(name) == _filter(MATCHING[0])


def test_the_incident_filter_tests_every_key_the_count_describes() -> None:
    text = _filter(MATCHING[0])
    for key in ("place", "since", "until", "metric", "words", "has_conflict", "by", "voices"):
        assert f"$filters.{key}" in text


def test_every_statement_of_the_incident_list_is_in_the_catalog() -> None:
    assert set(STATEMENTS) <= set(queries.catalog().names("read"))
