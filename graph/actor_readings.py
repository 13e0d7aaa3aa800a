"""An actor's properties from the readings that hold it.

Each article version's reading records, on its ``(Article)-[:NAMES]->(Actor)``
edge, what it gave the actor: name, kind, aliases, anonymous, role and
outlet_kind (:class:`claimgraph.graph.model.Names`). The actor's own
properties are a join of those records: commutative, associative and
idempotent, so no ingest order changes them, and a write adds its record to
what the node holds (``cypher/write/merge_actors.cypher``). Removing an article
or reading it again first recomputes each actor it held from the records of
the articles left (``cypher/write/recompute_actors.cypher``): what a clean
ingest of those articles gives.

The rules (the Cypher of both queries says the same):

- name: the least (string order); kind: the first of :data:`KIND_ORDER` any
  reading gave, the labels every kind any reading gave;
- aliases: the sorted union; anonymous: any reading's;
- role: the least any reading gave; outlet_kind: ``agency`` when any reading
  says so, else ``outlet`` when any does.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from typing import Any

from claimgraph.graph.model import Actor, Names

Row = dict[str, Any]

KIND_ORDER = ("outlet", "organization", "group", "person")
KIND_LABELS = {"person": "Person", "organization": "Organization", "group": "Group", "outlet": "Outlet"}
PROPERTIES = ("name", "kind", "aliases", "anonymous", "role", "outlet_kind")


def join(a: Row, b: Row) -> Row:
    """The properties of an actor one reading gave as ``a`` and another as ``b`` (rows as stored)."""
    roles = [r for r in (a.get("role"), b.get("role")) if r is not None]
    outlet_kinds = {a.get("outlet_kind"), b.get("outlet_kind")}
    return {
        "name": min(a["name"], b["name"]),
        "kind": min(a["kind"], b["kind"], key=KIND_ORDER.index),
        "aliases": sorted({*(a.get("aliases") or ()), *(b.get("aliases") or ())}),
        "anonymous": bool(a.get("anonymous")) or bool(b.get("anonymous")),
        "role": min(roles) if roles else None,
        "outlet_kind": next((k for k in ("agency", "outlet") if k in outlet_kinds), None),
    }


def joined(readings: Iterable[Row]) -> Row:
    """The join of one or more readings' records (as stored: a null property may be missing)."""
    first, *rest = readings
    return reduce(join, rest, join(first, first))


def search_names(props: Row) -> str:
    """What the actor search index holds: the name and the aliases."""
    return " | ".join([props["name"], *props["aliases"]])


def reading(article_id: str, actors: Iterable[Actor]) -> list[Names]:
    """The records of one article's reading, one per actor (an actor read twice joined)."""
    rows: dict[str, Row] = {}
    for actor in actors:
        row = {"name": actor.name, "kind": actor.kind.value, "aliases": list(actor.aliases),
               "anonymous": actor.anonymous, "role": actor.role,
               "outlet_kind": actor.outlet_kind.value if actor.outlet_kind else None}
        rows[actor.id] = join(rows.get(actor.id, row), row)
    return [Names.of(article_id, actor_id, row) for actor_id, row in rows.items()]
