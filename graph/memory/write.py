"""The write queries of ``cypher/write``, applied to the embedded graph.

Each query is applied as Neo4j runs ``UNWIND $rows ... MERGE``: row by row,
a later row seeing what an earlier one wrote; ON CREATE properties only when
the MERGE created the node or relationship; a null value removing the
property; a relationship row whose endpoint is missing silently dropped, the
caller then refusing the write because fewer rows applied than were sent.

Changes go through a :class:`Transaction`, which remembers every node and
relationship as it was before its first change, so a refused batch is rolled
back whole, as Neo4j rolls back the transaction.

Nodes are keyed ``(label, id)``, the label being one of the six the schema
puts an id constraint on: ids are unique per label, as in Neo4j.
Relationships are keyed by their type plus the properties their MERGE
pattern names (``REPORTED_IN {start}``, ``CONTRADICTS {metric}``), so MERGE
finds an existing relationship by a key lookup.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import networkx as nx

from claimgraph.graph import actor_readings
from claimgraph.graph.memory.values import RefusedValue, coalesce, less_than, property_value
from claimgraph.graph.model import Article, ArticleText, Figure
from claimgraph.graph.stated import place_key, place_name_key, speaker_key, stated_key, stated_on
from claimgraph.graph.store import IncompleteWrite, StoreError
from claimgraph.graph.voice import voice_key

NodeKey = tuple[str, Any]
EdgeKey = tuple[Any, ...]
Row = dict[str, Any]

ID_LABELS = ("Article", "Actor", "Claim", "Figure", "Place", "Event", "Incident", "ArticleText")


class Transaction:
    """Changes to the graph that can be undone together."""

    def __init__(self, graph: nx.MultiDiGraph, query: str = "") -> None:
        self.graph = graph
        self.query = query
        self._nodes: dict[NodeKey, dict[str, Any] | None] = {}
        self._edges: dict[tuple[NodeKey, NodeKey, EdgeKey], dict[str, Any] | None] = {}

    def merge_node(self, label: str, node_id: Any) -> tuple[dict[str, Any], bool]:
        """The node's data, ready to change, and whether this MERGE created it."""
        if node_id is None:
            raise StoreError(f"{self.query}: cannot merge a {label} node with a null id")
        node_id = self.checked("id", node_id)
        key = (label, _key_part(self.query, node_id))
        created = key not in self.graph
        if key not in self._nodes:
            self._nodes[key] = None if created else _copy(self.graph.nodes[key])
        if created:
            self.graph.add_node(key, labels={label}, props={"id": node_id})
        return self.graph.nodes[key], created

    def merge_edge(self, u: NodeKey, v: NodeKey, key: EdgeKey) -> tuple[dict[str, Any], bool]:
        created = not self.graph.has_edge(u, v, key)
        if (u, v, key) not in self._edges:
            self._edges[(u, v, key)] = None if created else _copy(self.graph.edges[u, v, key])
        if created:
            self.graph.add_edge(u, v, key, type=key[0], props={})
        return self.graph.edges[u, v, key], created

    def delete_edge(self, u: NodeKey, v: NodeKey, key: EdgeKey) -> None:
        """Cypher ``DELETE r``."""
        if (u, v, key) not in self._edges:
            self._edges[(u, v, key)] = _copy(self.graph.edges[u, v, key])
        self.graph.remove_edge(u, v, key)

    def delete_node(self, node: NodeKey) -> None:
        """Cypher ``DETACH DELETE n``: its relationships first."""
        for u, v, key in [*self.graph.in_edges(node, keys=True), *self.graph.out_edges(node, keys=True)]:
            if self.graph.has_edge(u, v, key):
                self.delete_edge(u, v, key)
        if node not in self._nodes:
            self._nodes[node] = _copy(self.graph.nodes[node])
        self.graph.remove_node(node)

    def checked(self, name: str, value: Any) -> Any:
        """The value as stored, or StoreError naming the query and property."""
        try:
            return property_value(value)
        except RefusedValue as e:
            raise StoreError(f"{self.query}: property {name!r}: {e}") from None

    def set(self, data: dict[str, Any], name: str, value: Any) -> None:
        """Cypher ``SET x.name = value``: null removes, a refused value fails the write."""
        stored = self.checked(name, value)
        if stored is None:
            data["props"].pop(name, None)
        else:
            data["props"][name] = stored

    @property
    def touched_nodes(self) -> list[NodeKey]:
        return list(self._nodes)

    @property
    def touched_edges(self) -> list[tuple[NodeKey, NodeKey, EdgeKey]]:
        return list(self._edges)

    def rollback(self) -> None:
        # Deleted nodes come back first, so the relationships on them can.
        for node, old in self._nodes.items():
            if old is not None and node not in self.graph:
                self.graph.add_node(node, **old)
        for (u, v, key), old in self._edges.items():
            if old is None:
                if self.graph.has_edge(u, v, key):
                    self.graph.remove_edge(u, v, key)
            elif self.graph.has_edge(u, v, key):
                _restore(self.graph.edges[u, v, key], old)
            else:
                self.graph.add_edge(u, v, key, **old)
        for node, old in self._nodes.items():
            if old is None:
                if node in self.graph:
                    self.graph.remove_node(node)
            else:
                _restore(self.graph.nodes[node], old)
        self._nodes.clear()
        self._edges.clear()


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    # Property values are never changed in place (lists are replaced), so a
    # shallow copy of the property map is a faithful snapshot.
    copied = dict(data)
    copied["props"] = dict(data["props"])
    if "labels" in data:
        copied["labels"] = set(data["labels"])
    return copied


def _restore(data: dict[str, Any], old: dict[str, Any]) -> None:
    data.clear()
    data.update(old)


def hashable(value: Any) -> Any:
    """A stored value as part of a node or relationship key (lists become tuples)."""
    return tuple(value) if isinstance(value, list) else value


def _key_part(query: str, value: Any) -> Any:
    key = hashable(value)
    try:
        hash(key)
    except TypeError:
        raise StoreError(f"{query}: a {type(value).__name__} cannot identify a node or relationship") from None
    return key


# --- nodes -----------------------------------------------------------------

# Every property of the model's Article but its id: one definition, graph/model.py.
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article) if f.name != "id")


_ARTICLE_TEXT_FIELDS = tuple(f.name for f in fields(ArticleText) if f.name != "id")


def _merge_article(tx: Transaction, row: Row) -> None:
    data, created = tx.merge_node("Article", row["id"])
    if created:
        tx.set(data, "ingested_at", dt.datetime.now(dt.UTC))
        tx.set(data, "latest", True)
    for name in _ARTICLE_FIELDS:
        tx.set(data, name, coalesce(row["key"], row["id"]) if name == "key" else row[name])


def _merge_article_text(tx: Transaction, row: Row) -> bool:
    """``merge_article_texts``: the text node beside its article version, nothing when the article is missing."""
    article = _match(tx, "Article", row["id"])
    if article is None:
        return False
    data, _ = tx.merge_node("ArticleText", row["id"])
    for name in _ARTICLE_TEXT_FIELDS:
        tx.set(data, name, row[name])
    tx.merge_edge(article, ("ArticleText", hashable(row["id"])), ("HAS_TEXT",))
    return True


def _merge_actor(tx: Transaction, row: Row) -> None:
    """``merge_actors``: the row joined to what the node holds (:func:`actor_readings.join`)."""
    data, created = tx.merge_node("Actor", row["id"])
    new = {name: row[name] for name in actor_readings.PROPERTIES}
    new["aliases"] = tx.checked("aliases", row["aliases"])
    set_actor(tx, data, actor_readings.join(new if created else data["props"], new))
    data["labels"].add(actor_readings.KIND_LABELS[row["kind"]])


def set_actor(tx: Transaction, data: dict[str, Any], props: Row) -> None:
    """An actor's joined properties and its search names set on its node."""
    for name in actor_readings.PROPERTIES:
        tx.set(data, name, props[name])
    stored = data["props"]
    tx.set(data, "search_names", " | ".join(map(_as_text, [stored["name"], *stored["aliases"]])))


def _as_text(value: Any) -> str:
    """A value as Cypher's string concatenation writes it (aliases are text in practice)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _merge_claim(tx: Transaction, row: Row) -> None:
    data, created = tx.merge_node("Claim", row["id"])
    if created:
        for name in ("text", "quote", "confidence"):
            tx.set(data, name, row[name])
    seen, new = data["props"].get("first_seen"), row["first_seen"]
    if seen is None or (new is not None and less_than(new, seen)):
        tx.set(data, "first_seen", new)
    claim = ("Claim", _key_part(tx.query, data["props"]["id"]))
    for speaker, _, edge_type in list(tx.graph.in_edges(claim, keys=True)):
        undated = tx.graph.edges[speaker, claim, edge_type]["props"].get("date") is None
        if edge_type == ("ASSERTED",) and undated and "Actor" in tx.graph.nodes[speaker]["labels"]:
            edge, _ = tx.merge_edge(speaker, claim, edge_type)
            _set_voice_key(tx, speaker, claim, edge)


# Every property of the model's Figure but the id it is merged on: one definition, graph/model.py.
_FIGURE_FIELDS = tuple(f.name for f in fields(Figure) if f.name != "id")


def _merge_figure(tx: Transaction, row: Row) -> None:
    data, _ = tx.merge_node("Figure", row["id"])
    for name in _FIGURE_FIELDS:
        tx.set(data, name, row[name])


def _merge_incident(tx: Transaction, row: Row) -> None:
    data, created = tx.merge_node("Incident", row["id"])
    if created:
        for name in ("kind", "label", "place", "places", "date", "window_start", "window_end"):
            tx.set(data, name, row[name])


def _merge_place(tx: Transaction, row: Row) -> None:
    data, created = tx.merge_node("Place", row["id"])
    if created:
        tx.set(data, "name", row["name"])
        tx.set(data, "name_key", place_name_key(row["name"]))


def _merge_event(tx: Transaction, row: Row) -> None:
    data, created = tx.merge_node("Event", row["id"])
    if created:
        tx.set(data, "name", row["name"])
        tx.set(data, "date", row["date"])


# --- relationships -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RelationshipQuery:
    """One ``MATCH (a) MATCH (b) MERGE (a)-[r:TYPE {key}]->(b) ...`` write query.

    Property pairs are (relationship property, row field).
    """

    type: str
    start: tuple[str, str]
    end: tuple[str, str]
    merge_on: tuple[tuple[str, str], ...] = ()
    on_create: tuple[tuple[str, str], ...] = ()
    always: tuple[tuple[str, str], ...] = ()
    derive: Callable[[Transaction, NodeKey, NodeKey, dict[str, Any]], None] | None = None
    """Sets the properties the query computes from the endpoints (after the others)."""

    def apply(self, tx: Transaction, row: Row) -> bool:
        """Merge the row's relationship; False when an endpoint is missing (no row)."""
        u = _match(tx, self.start[0], row[self.start[1]])
        v = _match(tx, self.end[0], row[self.end[1]])
        if u is None or v is None:
            return False
        for prop, fld in self.merge_on:
            if row[fld] is None:
                raise StoreError(f"{tx.query}: cannot merge a {self.type} relationship "
                                 f"with a null {prop!r}")
        key = (self.type, *(_key_part(tx.query, tx.checked(prop, row[fld])) for prop, fld in self.merge_on))
        data, created = tx.merge_edge(u, v, key)
        if created:
            for prop, fld in (*self.merge_on, *self.on_create):
                tx.set(data, prop, row[fld])
        for prop, fld in self.always:
            tx.set(data, prop, row[fld])
        if self.derive is not None:
            self.derive(tx, u, v, data)
        return True


def _match(tx: Transaction, label: str, node_id: Any) -> NodeKey | None:
    try:
        key = (label, hashable(node_id))
        return key if key in tx.graph else None
    except TypeError:
        return None


def _set_voice_key(tx: Transaction, speaker: NodeKey, claim: NodeKey, data: dict[str, Any]) -> None:
    """``r.voice_key`` as ``merge_asserted.cypher`` sets it (see graph.voice)."""
    claim_props = tx.graph.nodes[claim]["props"]
    date = coalesce(data["props"].get("date"), claim_props.get("first_seen"))
    tx.set(data, "voice_key", voice_key(tx.graph.nodes[speaker]["props"]["id"], date, claim_props["id"]))


def _replaced(tx: Transaction, _: NodeKey, previous: NodeKey, __: dict[str, Any]) -> None:
    """``merge_previous_version``: ``SET p.latest = false``."""
    data = tx.merge_node("Article", tx.graph.nodes[previous]["props"]["id"])[0]
    tx.set(data, "latest", False)


class _CountsQuery(RelationshipQuery):
    """``merge_counts``: the COUNTS edge, then ``SET f.incident = i.id, f.incident_label = i.label``."""

    def apply(self, tx: Transaction, row: Row) -> bool:
        if not super().apply(tx, row):
            return False
        figure, _ = tx.merge_node("Figure", row["figure_id"])
        incident = tx.graph.nodes[("Incident", hashable(row["incident_id"]))]["props"]
        tx.set(figure, "incident", incident.get("id"))
        tx.set(figure, "incident_label", incident.get("label"))
        return True


_SPAN = (("article", "article_id"), ("start", "start"), ("end", "end"))
_FIGURE_LINK = (("reason", "reason"), ("article", "article_id"))

RELATIONSHIP_QUERIES: dict[str, RelationshipQuery] = {
    "merge_asserted": RelationshipQuery(
        "ASSERTED", ("Actor", "actor_id"), ("Claim", "claim_id"),
        on_create=(("article", "article_id"), ("cue", "cue"), ("channel", "channel"), ("date", "date"),
                   ("anonymous", "anonymous"), ("source_start", "source_start"),
                   ("source_end", "source_end"), ("cue_start", "cue_start"), ("cue_end", "cue_end")),
        derive=_set_voice_key),
    "merge_reported_in": RelationshipQuery(
        "REPORTED_IN", ("Claim", "claim_id"), ("Article", "article_id"),
        merge_on=(("start", "start"),), always=(("end", "end"), ("sentence", "sentence"))),
    "merge_published_by": RelationshipQuery("PUBLISHED_BY", ("Article", "article_id"), ("Actor", "outlet_id")),
    "merge_syndicated_from": RelationshipQuery(
        "SYNDICATED_FROM", ("Article", "article_id"), ("Actor", "outlet_id")),
    "merge_speaks_for": RelationshipQuery(
        "SPEAKS_FOR", ("Actor", "actor_id"), ("Actor", "org_id"), on_create=(("role", "role"), *_SPAN)),
    "merge_member_of": RelationshipQuery("MEMBER_OF", ("Actor", "actor_id"), ("Actor", "org_id"), on_create=_SPAN),
    "merge_states": RelationshipQuery("STATES", ("Claim", "claim_id"), ("Figure", "figure_id"), on_create=_SPAN),
    "merge_excludes": RelationshipQuery(
        "EXCLUDES", ("Figure", "from_id"), ("Figure", "to_id"), on_create=_FIGURE_LINK),
    "merge_part_of": RelationshipQuery("PART_OF", ("Figure", "from_id"), ("Figure", "to_id"), on_create=_FIGURE_LINK),
    "merge_revises": RelationshipQuery("REVISES", ("Figure", "from_id"), ("Figure", "to_id"), on_create=_FIGURE_LINK),
    "merge_counts": _CountsQuery(
        "COUNTS", ("Figure", "figure_id"), ("Incident", "incident_id"),
        on_create=(*_SPAN, ("reason", "reason"), ("share", "share"))),
    "merge_reports": RelationshipQuery("REPORTS", ("Article", "article_id"), ("Incident", "incident_id")),
    "merge_contradicts": RelationshipQuery(
        "CONTRADICTS", ("Claim", "a_id"), ("Claim", "b_id"),
        merge_on=(("metric", "metric"),), on_create=(("reason", "reason"),)),
    "merge_corroborates": RelationshipQuery(
        "CORROBORATES", ("Claim", "a_id"), ("Claim", "b_id"),
        merge_on=(("metric", "metric"),), on_create=(("reason", "reason"),)),
    "merge_variant_of": RelationshipQuery(
        "VARIANT_OF", ("Claim", "a_id"), ("Claim", "b_id"), on_create=(("terms", "terms"), ("reason", "reason"))),
    "merge_about_place": RelationshipQuery("ABOUT", ("Claim", "claim_id"), ("Place", "target_id")),
    "merge_about_event": RelationshipQuery("ABOUT", ("Claim", "claim_id"), ("Event", "target_id")),
    "merge_about_actor": RelationshipQuery("ABOUT", ("Claim", "claim_id"), ("Actor", "target_id")),
    "merge_names": RelationshipQuery(
        "NAMES", ("Article", "article_id"), ("Actor", "actor_id"),
        always=tuple((name, name) for name in actor_readings.PROPERTIES)),
    "merge_previous_version": RelationshipQuery(
        "PREVIOUS_VERSION", ("Article", "article_id"), ("Article", "previous_id"), derive=_replaced),
}

def _revised(graph: nx.MultiDiGraph, figure: NodeKey) -> bool:
    return any(data["type"] == "REVISES" and "Figure" in graph.nodes[u]["labels"]
               for u, _, data in graph.in_edges(figure, data=True))


def _unlink_revised(tx: Transaction, row: Row) -> None:
    """``unlink_revised.cypher``: the CONTRADICTS/CORROBORATES links of a claim whose figures of the
    revised figure's metric are all revised go."""
    old = _match(tx, "Figure", row["id"])
    if old is None:
        return
    graph = tx.graph
    metric = graph.nodes[old]["props"].get("metric")
    if metric is None:
        return  # ``link.metric = null`` matches nothing
    for c, _, states in list(graph.in_edges(old, data=True)):
        if states["type"] != "STATES" or "Claim" not in graph.nodes[c]["labels"]:
            continue
        if any(data["type"] == "STATES" and "Figure" in graph.nodes[f]["labels"]
               and graph.nodes[f]["props"].get("metric") == metric and not _revised(graph, f)
               for _, f, data in graph.out_edges(c, data=True)):
            continue
        links = [(u, v, k) for u, v, k, data in (*graph.out_edges(c, keys=True, data=True),
                                                  *graph.in_edges(c, keys=True, data=True))
                 if data["type"] in ("CONTRADICTS", "CORROBORATES") and data["props"].get("metric") == metric
                 and "Claim" in graph.nodes[v if u == c else u]["labels"]]
        for u, v, k in dict.fromkeys(links):
            tx.delete_edge(u, v, k)


def _merge_stated_keys(tx: Transaction, row: Row) -> None:
    """``merge_stated_keys.cypher``: the claim's STATES edges keyed by its stated_on, by its
    speaker and by its figure's place (graph.stated)."""
    claim = _match(tx, "Claim", row["claim_id"])
    if claim is None:
        return
    graph = tx.graph
    stated = [(f, k) for _, f, k, data in graph.out_edges(claim, keys=True, data=True)
              if data["type"] == "STATES" and "Figure" in graph.nodes[f]["labels"]]
    if not stated:
        return
    claim_props = graph.nodes[claim]["props"]
    said = [(graph.nodes[u]["props"]["id"], data["props"].get("date"))
            for u, _, data in graph.in_edges(claim, data=True)
            if data["type"] == "ASSERTED" and "Actor" in graph.nodes[u]["labels"]]
    first_seen = claim_props.get("first_seen")
    on = stated_on((date for _, date in said), first_seen)
    for f, k in stated:
        figure = graph.nodes[f]["props"]
        if figure.get("metric") is None:
            continue  # the Cypher keys are null, and its WHERE leaves the edge as it is
        by_metric = stated_key(figure["metric"], on, figure["id"], claim_props["id"])
        keys = {"stated_key": by_metric,
                "speaker_key": speaker_key(said, first_seen, figure["metric"], claim_props["id"], figure["id"]),
                "place_key": place_key(figure.get("place"), by_metric)}
        held = graph.edges[claim, f, k]["props"]
        if any(held.get(name) != key for name, key in keys.items()):
            edge, _ = tx.merge_edge(claim, f, k)
            for name, key in keys.items():
                tx.set(edge, name, key)


NODE_QUERIES: dict[str, Callable[[Transaction, Row], None]] = {
    "merge_articles": _merge_article,
    "merge_actors": _merge_actor,
    "merge_claims": _merge_claim,
    "merge_figures": _merge_figure,
    "merge_incidents": _merge_incident,
    "merge_places": _merge_place,
    "merge_events": _merge_event,
}

# Writes of a node and its relationship that apply nothing when the node they hang on is missing.
ATTACHED_QUERIES: dict[str, Callable[[Transaction, Row], bool]] = {"merge_article_texts": _merge_article_text}

ROW_QUERIES: dict[str, Callable[[Transaction, Row], None]] = {**NODE_QUERIES, "unlink_revised": _unlink_revised,
                                                               "merge_stated_keys": _merge_stated_keys}
"""The queries applied row by row (no relationship to count as applied)."""

WRITE_QUERIES = frozenset(ROW_QUERIES) | frozenset(RELATIONSHIP_QUERIES) | frozenset(ATTACHED_QUERIES)


def apply_query(tx: Transaction, name: str, rows: list[Row]) -> int:
    """Apply one write query's rows; the number applied, or IncompleteWrite."""
    tx.query = name
    if name in ROW_QUERIES:
        merge = ROW_QUERIES[name]
        for row in rows:
            merge(tx, row)
        return len(rows)
    if name in ATTACHED_QUERIES:
        attach = ATTACHED_QUERIES[name]
        applied = sum(attach(tx, row) for row in rows)
    elif name in RELATIONSHIP_QUERIES:
        relationship = RELATIONSHIP_QUERIES[name]
        applied = sum(relationship.apply(tx, row) for row in rows)
    else:
        raise StoreError(f"{name}: the embedded store does not know this write query")
    if applied != len(rows):
        raise IncompleteWrite(
            f"{name}: {len(rows)} rows sent, {applied} applied "
            "(a relationship names a node that is neither in the batch nor in the graph)"
        )
    return applied


def apply_plan(graph: nx.MultiDiGraph, plan: list[tuple[str, list[Row]]]) -> tuple[Transaction, dict[str, int]]:
    """Apply a write plan in order; on any failure the graph is rolled back and the error raised."""
    tx = Transaction(graph)
    try:
        applied = {name: apply_query(tx, name, rows) for name, rows in plan}
    except BaseException:
        tx.rollback()
        raise
    return tx, applied
