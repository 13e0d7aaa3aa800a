"""The incident list in Neo4j: the named statements one page runs, in one read transaction.

The list's filter (place, dates, metric, words, speaker, conflict, latest versions) is
long, and Neo4j takes seconds to plan a statement holding it. One statement that counted
to the cap and then walked three indexes in order held it four times and planned past the
API's time limit on a fresh server; here each statement holds it once (or not at all), and
a page runs only the walks it needs: the count, and past the cap the dated walk, the
windowed walk from where the dated one stopped, and the undated walk only when the page
reaches past both.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from claimgraph.graph.results import capped

ReadOne = Callable[[str, dict[str, Any]], dict[str, Any]]
"""Runs a named read query of the catalog on its parameters, in the caller's transaction:
its one record."""

MATCHING = ("incidents_count", "incidents_dated", "incidents_windowed", "incidents_undated")
"""The statements that read the list's matches, each holding the list's filter (the same text)."""
STATEMENTS = ("voice_ids", *MATCHING, "incidents_page")
"""Every statement a page of the list may run."""

EARLIEST = dt.date.min
"""Where the windowed walk starts when the dated matches do not fill the page: every date
a store holds came in as a Python date (graph.model), none before it."""


def list_filters(*, place: str | None, since: dt.date | None, until: dt.date | None, metric: str | None,
                 words: list[str], has_conflict: bool | None, by: str | None, depth: int) -> dict[str, Any]:
    """The ``filters`` parameter of the statements that read the list's matches."""
    return {"place": place, "since": since, "until": until, "metric": metric, "words": words,
            "has_conflict": has_conflict, "by": by, "depth": depth}


def incident_page(read: ReadOne, *, kinds: list[str], filters: dict[str, Any], limit: int, offset: int,
                  history: bool, cap: int) -> dict[str, Any]:
    """The record :func:`claimgraph.graph.to_results.incident_page` reads (total, capped,
    items) for the filters of ``incidents_count``: ``by`` and ``depth`` are read into the
    actor's voices here."""
    voices = [] if filters["by"] is None else read("voice_ids", {"id": filters["by"], "depth": filters["depth"]})[
        "voices"]
    asked = {"kinds": kinds, "filters": {**filters, "voices": voices}, "history": history}
    found: list[str] = read("incidents_count", {**asked, "cap": cap})["found"]
    candidates = found
    if len(found) > cap:
        reach = offset + limit
        page = {**asked, "offset": offset, "limit": limit}
        dated = read("incidents_dated", page)
        floor = dated["earliest"] if len(dated["ids"]) >= reach else EARLIEST
        candidates = dated["ids"] + read("incidents_windowed", {**page, "floor": floor})["ids"]
        if len(candidates) < reach:
            candidates += read("incidents_undated", page)["ids"]
    total, is_capped = capped(len(found), cap)
    items = read("incidents_page", {"ids": candidates, "offset": offset, "limit": limit, "history": history})[
        "items"] if candidates else []
    return {"total": total, "capped": is_capped, "items": items}


def plan_every_statement(plan: Callable[[str, dict[str, Any]], None], *, kinds: list[str],
                         filters: dict[str, Any], limit: int, history: bool, cap: int) -> None:
    """Has ``plan`` prepare each statement a page of the list with these filters runs,
    with the parameters :func:`incident_page` gives it, without reading the graph.

    Neo4j caches a plan by statement text and parameter types, a list's type with a
    bucket of its length; so a first page of ``limit`` planned here holds for later
    pages of it with filters of the same kinds. ``plan`` runs the statement under
    EXPLAIN; since a page's next statements depend on what the last ones found, each
    is answered with a record that leads past the cap, through every walk, to a page
    of ``limit`` candidates."""
    answers: dict[str, dict[str, Any]] = {
        "voice_ids": {"voices": []},
        "incidents_count": {"found": [""] * (cap + 1)},
        "incidents_dated": {"ids": [], "earliest": EARLIEST},
        "incidents_windowed": {"ids": []},
        "incidents_undated": {"ids": [""] * limit},
        "incidents_page": {"items": []},
    }

    def read(name: str, params: dict[str, Any]) -> dict[str, Any]:
        plan(name, params)
        return answers[name]

    incident_page(read, kinds=kinds, filters=filters, limit=limit, offset=0, history=history, cap=cap)
