"""Typed graph values to the parameter rows the write queries UNWIND.

Enums become their plain string values and tuples become lists, so the rows
hold only what Bolt (and the embedded store) take as property values; dates
stay ``datetime.date`` (the driver sends them as Neo4j DATE).
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum
from functools import cache
from operator import attrgetter
from typing import Any, TypeVar

from claimgraph.graph.model import AboutKind, Batch, ClaimLinkKind, Figure, FigureLinkKind, Incident

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Revised:
    """A figure a newer one revises: the links made from it stop counting (``unlink_revised``)."""

    id: str


@dataclass(frozen=True, slots=True)
class Restated:
    """A claim whose STATES edges get their stated_key and speaker_key set again (``merge_stated_keys``,
    graph.stated)."""

    claim_id: str


def restated(batch: Batch) -> list[Restated]:
    """The claims a batch can change the keys of (stated_key, speaker_key): those it merges
    (first_seen), gives a speaker (an ASSERTED edge and date) or a figure (a new STATES edge),
    each once, by id."""
    ids = {c.id for c in batch.claims} | {a.claim_id for a in batch.asserted} | {s.claim_id for s in batch.states}
    return [Restated(i) for i in sorted(ids)]


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@cache
def _row_of(cls: type) -> Callable[[Any], dict[str, Any]]:
    """What turns one ``cls`` into its row, worked out once per class: every field read at once
    (``attrgetter``), and only the fields typed an enum or a tuple converted. The writer makes
    about a hundred rows an article, and testing every value for an enum was a fifth of its CPU."""
    kinds = field_kinds(cls)
    names = tuple(name for name, _ in kinds)
    plain = tuple(name for name, kind in kinds
                  if kind is tuple or (isinstance(kind, type) and issubclass(kind, Enum)))
    if len(names) == 1:
        [name] = names
        return lambda item: {name: _plain(getattr(item, name))}
    values = attrgetter(*names)

    def row(item: Any) -> dict[str, Any]:
        fields_of = dict(zip(names, values(item), strict=True))
        for name in plain:
            fields_of[name] = _plain(fields_of[name])
        return fields_of

    return row


def to_row(item: Any) -> dict[str, Any]:
    return _row_of(item.__class__)(item)


def to_rows(items: list[Any]) -> list[dict[str, Any]]:
    return [to_row(i) for i in items]


def _date(value: Any) -> dt.date | None:
    """A stored date back to ``datetime.date`` (Neo4j returns its own Date type)."""
    if value is None or isinstance(value, dt.date):
        return value
    return value.to_native()


def from_properties(cls: type[T], props: dict[str, Any]) -> T:
    """A node's stored properties back to its model dataclass: the inverse of :func:`to_row`.

    Driven by the dataclass's own fields and types, so a field added to the
    model is read back without a change here: enums from their values, dates
    from Neo4j's, a property the node lacks (or holds as null) as the field's default.
    """
    values: dict[str, Any] = {}
    for name, convert in _readers(cls):
        value = props.get(name)
        if value is not None:
            values[name] = value if convert is None else convert(value)
    return cls(**values)


_READERS: dict[type, tuple[tuple[str, Callable[[Any], Any] | None], ...]] = {}


def _readers(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Each field's name and what turns its stored value into the field's (None: kept as it is), worked
    out once per class: the incident list reads thousands of figures an answer."""
    if cls not in _READERS:
        _READERS[cls] = tuple((name, _reader(kind)) for name, kind in field_kinds(cls))
    return _READERS[cls]


def _reader(kind: Any) -> Callable[[Any], Any] | None:
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    if kind is dt.date:
        return _date
    if kind is tuple:
        return tuple
    return None


_KINDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and the type of its value: ``X`` for ``X | None``, ``tuple`` for ``tuple[...]``."""
    if cls not in _KINDS:
        hints = typing.get_type_hints(cls)
        _KINDS[cls] = tuple((f.name, _value_type(hints[f.name])) for f in fields(cls))
    return _KINDS[cls]


def _value_type(hint: Any) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        [hint] = [a for a in typing.get_args(hint) if a is not type(None)]
    return typing.get_origin(hint) or hint


def figure_from_properties(props: dict[str, Any]) -> Figure:
    return from_properties(Figure, props)


def incident_from_properties(props: dict[str, Any]) -> Incident:
    return from_properties(Incident, props)


def write_plan(batch: Batch) -> list[tuple[str, list[dict[str, Any]]]]:
    """The write queries for a batch, nodes before the relationships on them."""
    plan: list[tuple[str, list[Any]]] = [
        ("merge_articles", batch.articles),
        ("merge_article_texts", batch.texts),
        ("merge_previous_version", batch.versions),
        ("merge_actors", batch.actors),
        ("merge_claims", batch.claims),
        ("merge_figures", batch.figures),
        ("merge_incidents", batch.incidents),
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
        ("merge_revises", [x for x in batch.figure_links if x.kind is FigureLinkKind.REVISES]),
        ("merge_counts", batch.counts),
        ("merge_reports", batch.reports),
        ("merge_names", batch.names),
        ("merge_contradicts", [x for x in batch.claim_links if x.kind is ClaimLinkKind.CONTRADICTS]),
        ("merge_corroborates", [x for x in batch.claim_links if x.kind is ClaimLinkKind.CORROBORATES]),
        ("unlink_revised", sorted({Revised(x.to_id) for x in batch.figure_links if x.kind is FigureLinkKind.REVISES},
                                  key=lambda r: r.id)),
        ("merge_variant_of", batch.variants),
        ("merge_about_place", [x for x in batch.about if x.target is AboutKind.PLACE]),
        ("merge_about_event", [x for x in batch.about if x.target is AboutKind.EVENT]),
        ("merge_about_actor", [x for x in batch.about if x.target is AboutKind.ACTOR]),
        ("merge_stated_keys", restated(batch)),
    ]
    return [(name, to_rows(items)) for name, items in plan if items]
