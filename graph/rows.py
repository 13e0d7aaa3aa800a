"""Typed graph values to the parameter rows the write queries UNWIND.

Enums become their plain string values and tuples become lists, so the rows
hold only what Bolt (and the embedded store) take as property values; dates
stay ``datetime.date`` (the driver sends them as Neo4j DATE).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import fields
from enum import Enum
from functools import cache
from typing import Any

from claimgraph.graph.model import AboutKind, Batch, ClaimLinkKind, Figure, FigureLinkKind, Metric, Qualifier


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def to_row(item: Any) -> dict[str, Any]:
    return {name: _plain(getattr(item, name)) for name in _field_names(item.__class__)}


def to_rows(items: list[Any]) -> list[dict[str, Any]]:
    return [to_row(i) for i in items]


def _date(value: Any) -> dt.date | None:
    """A stored date back to ``datetime.date`` (Neo4j returns its own Date type)."""
    if value is None or isinstance(value, dt.date):
        return value
    return value.to_native()


def figure_from_properties(props: dict[str, Any]) -> Figure:
    return Figure(
        id=props["id"],
        metric=Metric(props["metric"]),
        raw=props["raw"],
        qualifier=Qualifier(props["qualifier"]),
        value=props.get("value"),
        low=props.get("low"),
        high=props.get("high"),
        unit=props.get("unit"),
        place=props.get("place"),
        period_start=_date(props.get("period_start")),
        period_end=_date(props.get("period_end")),
        incident_agent=props.get("incident_agent"),
        incident_victim=props.get("incident_victim"),
        incident_date=_date(props.get("incident_date")),
        aggregate=bool(props.get("aggregate")),
    )


def write_plan(batch: Batch) -> list[tuple[str, list[dict[str, Any]]]]:
    """The write queries for a batch, nodes before the relationships on them."""
    plan: list[tuple[str, list[Any]]] = [
        ("merge_articles", batch.articles),
        ("merge_actors", batch.actors),
        ("merge_claims", batch.claims),
        ("merge_figures", batch.figures),
        ("merge_places", batch.places),
        ("merge_events", batch.events),
        ("merge_asserted", batch.asserted),
        ("merge_reported_in", batch.reported_in),
        ("merge_published_by", batch.published_by),
        ("merge_syndicated_from", batch.syndicated_from),
        ("merge_speaks_for", batch.speaks_for),
        ("merge_member_of", batch.member_of),
        ("merge_states", batch.states),
        ("merge_excludes", [x for x in batch.figure_links if x.kind is FigureLinkKind.EXCLUDES]),
        ("merge_part_of", [x for x in batch.figure_links if x.kind is FigureLinkKind.PART_OF]),
        ("merge_contradicts", [x for x in batch.claim_links if x.kind is ClaimLinkKind.CONTRADICTS]),
        ("merge_corroborates", [x for x in batch.claim_links if x.kind is ClaimLinkKind.CORROBORATES]),
        ("merge_variant_of", batch.variants),
        ("merge_about_place", [x for x in batch.about if x.target is AboutKind.PLACE]),
        ("merge_about_event", [x for x in batch.about if x.target is AboutKind.EVENT]),
        ("merge_about_actor", [x for x in batch.about if x.target is AboutKind.ACTOR]),
    ]
    return [(name, to_rows(items)) for name, items in plan if items]
