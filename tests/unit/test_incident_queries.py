"""The incident list's statements (graph.incident_reads): each one that reads matches holds
the same filter, so a page past the cap selects what the count counted; and planning them
ahead prepares every one a page runs."""
from __future__ import annotations

import threading
from typing import Any

import pytest

from claimgraph.graph import queries
from claimgraph.graph.incident_reads import MATCHING, STATEMENTS, list_filters, plan_every_statement
from claimgraph.graph.neo4j_store import Neo4jStore

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


def _planned(by: str | None) -> list[tuple[str, dict[str, Any]]]:
    calls: list[tuple[str, dict[str, Any]]] = []
    filters = list_filters(place=None, since=None, until=None, metric=None, words=[], has_conflict=None, by=by,
                           depth=1)
    plan_every_statement(lambda name, params: calls.append((name, params)), kinds=["raid"], filters=filters,
                         limit=40, history=False, cap=7)
    return calls


def test_planning_the_incident_list_prepares_every_statement_of_a_page_past_the_cap() -> None:
    calls = _planned(None)
    assert [name for name, _ in calls] == [*MATCHING, "incidents_page"]
    assert calls[0][1]["cap"] == 7 and calls[0][1]["filters"]["voices"] == []
    # Neo4j keys a plan on a list's length bucket too: the page is planned for a page's worth.
    assert len(calls[-1][1]["ids"]) == 40


def test_planning_the_incident_list_of_an_actor_prepares_its_voices_first() -> None:
    calls = _planned("actor-harbour-police")
    assert [name for name, _ in calls] == list(STATEMENTS)
    assert calls[0][1] == {"id": "actor-harbour-police", "depth": 1}


def test_a_warm_up_told_to_stop_prepares_nothing_and_opens_no_connection() -> None:
    stop = threading.Event()
    stop.set()
    nowhere = Neo4jStore("bolt://127.0.0.1:1", "neo4j", "irrelevant", max_retry_time=0, connection_timeout=1)
    try:
        nowhere.warm_up(stop)  # a connection attempt would raise StoreUnavailable
    finally:
        nowhere.close()
