"""The read queries of ``cypher/read``, answered from the embedded graph.

Each function is one ``.cypher`` file: it finds what the Cypher's patterns
match and builds the record that query returns (same keys, same nesting,
plain Python values), which :mod:`claimgraph.graph.to_results` turns into the
typed answer, so both stores share the last step. Orders that the Cypher
fixes are reproduced here; orders the result models fix are left to them.

Cypher details kept: a pattern's label tests (``(o:Actor)``); ORDER BY puts
nulls last; an undirected pattern matches a self-loop once; a comparison
with null is not true; a list slice past the end is short or empty.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from claimgraph.graph import path_search
from claimgraph.graph.memory.write import NodeKey, hashable
from claimgraph.graph.model import Incident
from claimgraph.graph.results import (
    ATTRIBUTION_TYPES,
    CARRIED_BY_CLAIMS,
    MAX_PATH_HOPS,
    NodeLabel,
    RelType,
    capped,
)
from claimgraph.graph.rows import figure_from_properties, incident_from_properties
from claimgraph.graph.search import fold, matches, search_phrase, search_words
from claimgraph.graph.store import IncidentWindow, StoredFigure, StoredVersion
from claimgraph.graph.voice import MAX_MEMBER_DEPTH, key_range, voice_key

Record = dict[str, Any]
EdgeRef = tuple[NodeKey, NodeKey, dict[str, Any]]

_ATTRIBUTION = frozenset(t.value for t in ATTRIBUTION_TYPES)
_LABELS = frozenset(label.value for label in NodeLabel)
_TYPES = frozenset(t.value for t in RelType)


# --- the graph as Cypher patterns see it -------------------------------------

def props(graph: nx.MultiDiGraph, key: NodeKey) -> dict[str, Any]:
    return graph.nodes[key]["props"]


def has_label(graph: nx.MultiDiGraph, key: NodeKey, label: str) -> bool:
    return label in graph.nodes[key]["labels"]


def find(graph: nx.MultiDiGraph, label: str, node_id: Any) -> NodeKey | None:
    """``MATCH (n:Label {id: $id})``."""
    try:
        key = (label, hashable(node_id))
        return key if key in graph else None
    except TypeError:
        return None


def nodes(graph: nx.MultiDiGraph, label: str) -> Iterator[NodeKey]:
    """Every node carrying the label (sub-labels such as Outlet included)."""
    return (key for key, data in graph.nodes(data=True) if label in data["labels"])


def outgoing(graph: nx.MultiDiGraph, key: NodeKey, types: Iterable[str], label: str | None = None,
             ) -> Iterator[tuple[NodeKey, EdgeRef]]:
    """``(key)-[r:TYPES]->(other:Label)``: (other, relationship) pairs."""
    wanted = frozenset(types)
    for _, v, data in graph.out_edges(key, data=True):
        if data["type"] in wanted and (label is None or has_label(graph, v, label)):
            yield v, (key, v, data)


def incoming(graph: nx.MultiDiGraph, key: NodeKey, types: Iterable[str], label: str | None = None,
             ) -> Iterator[tuple[NodeKey, EdgeRef]]:
    """``(other:Label)-[r:TYPES]->(key)``: (other, relationship) pairs."""
    wanted = frozenset(types)
    for u, _, data in graph.in_edges(key, data=True):
        if data["type"] in wanted and (label is None or has_label(graph, u, label)):
            yield u, (u, key, data)


def either_way(graph: nx.MultiDiGraph, key: NodeKey, types: Iterable[str], label: str | None = None,
               ) -> Iterator[tuple[NodeKey, EdgeRef]]:
    """``(key)-[r:TYPES]-(other:Label)``: a self-loop once, as Cypher matches it."""
    yield from outgoing(graph, key, types, label)
    for other, edge in incoming(graph, key, types, label):
        if other != key:
            yield other, edge


def node_record(graph: nx.MultiDiGraph, key: NodeKey) -> Record:
    data = graph.nodes[key]
    return {"labels": sorted(data["labels"]), "properties": data["props"]}


def edge_record(graph: nx.MultiDiGraph, edge: EdgeRef) -> Record:
    u, v, data = edge
    return {"type": data["type"], "source": props(graph, u)["id"], "target": props(graph, v)["id"],
            "properties": data["props"]}


def _lower(value: Any) -> str | None:
    """Cypher ``toLower``: null for null."""
    return value.lower() if isinstance(value, str) else None


def _nulls_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


def _page(items: list[Any], limit: int, offset: int) -> list[Any]:
    return items[offset:offset + limit]


def _in_range(value: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    """``($since IS NULL OR v >= $since) AND ($until IS NULL OR v <= $until)``."""
    if since is not None and (value is None or not value >= since):
        return False
    return until is None or (value is not None and value <= until)


def _not_only_replaced(graph: nx.MultiDiGraph, articles: Iterable[NodeKey]) -> bool:
    """``NOT EXISTS { ..(:Article {latest: false}) } OR EXISTS { ..(:Article {latest: true}) }``."""
    flags = {props(graph, a).get("latest") for a in articles}
    return False not in flags or True in flags


def current(graph: nx.MultiDiGraph, c: NodeKey) -> bool:
    """Not only replaced article versions report the claim (the read queries' filter unless ``$history``)."""
    return _not_only_replaced(graph, (a for a, _ in outgoing(graph, c, ["REPORTED_IN"], "Article")))


def _shown_article(graph: nx.MultiDiGraph, art: NodeKey, history: bool) -> bool:
    """``$history OR coalesce(art.latest, true)``."""
    return history or props(graph, art).get("latest") is not False


def _distinct(items: Iterable[Any]) -> list[Any]:
    """``DISTINCT``, keeping first-seen order."""
    return list(dict.fromkeys(items))


# --- linking and ingest -------------------------------------------------------

def articles_by_id(graph: nx.MultiDiGraph, ids: list[str]) -> dict[str, str]:
    """``articles_by_id.cypher``: the stored articles among ids, id -> text_sha256."""
    found: dict[str, str] = {}
    for article_id in ids:
        key = find(graph, "Article", article_id)
        if key is not None:
            found[article_id] = props(graph, key).get("text_sha256")  # type: ignore[assignment]
    return found


def article_versions(graph: nx.MultiDiGraph, keys: list[str]) -> list[StoredVersion]:
    """``article_versions.cypher``: every version of the articles with these keys, by key then version
    (an article stored before versions is its own key, as the Neo4j store's backfill makes it)."""
    wanted = set(keys)
    found = []
    for a in nodes(graph, "Article"):
        p = props(graph, a)
        key = p.get("key", p["id"])
        if key in wanted:
            latest = not any(True for _ in incoming(graph, a, ["PREVIOUS_VERSION"], "Article"))
            found.append(StoredVersion(p["id"], key, p.get("version", 1), p["text_sha256"], latest))
    return sorted(found, key=lambda v: (v.key, v.version))


def incident_candidates(graph: nx.MultiDiGraph, windows: list[IncidentWindow]) -> list[Incident]:
    """``incident_candidates.cypher``: stored incidents of a window's kinds whose window
    ends between its start and its reach and starts by its end, by id."""
    found = {}
    for i in nodes(graph, "Incident"):
        p = props(graph, i)
        start, end = p.get("window_start"), p.get("window_end")
        if start is not None and end is not None and any(
                w.start <= end <= w.reach and start <= w.end and p.get("kind") in w.kinds for w in windows):
            found[p["id"]] = p
    return [incident_from_properties(found[k]) for k in sorted(found)]


def figure_candidates(graph: nx.MultiDiGraph, incident_ids: list[str]) -> list[StoredFigure]:
    """``figure_candidates.cypher``; speakers of one claim and figure, which the
    Cypher leaves in no order, come by speaker id."""
    rows: list[tuple[tuple[Any, ...], StoredFigure]] = []
    for incident_id in incident_ids:
        i = find(graph, "Incident", incident_id)
        if i is None:
            continue
        for f, (_, _, counts) in incoming(graph, i, ["COUNTS"], "Figure"):
            figure = props(graph, f)
            superseded = any(True for _ in incoming(graph, f, ["REVISES"], "Figure"))
            edge = counts["props"]
            at = (edge.get("article"), edge.get("start"), edge.get("end"))
            for c, _ in incoming(graph, f, ["STATES"], "Claim"):
                claim = props(graph, c)
                for s, (_, _, said) in incoming(graph, c, ["ASSERTED"], "Actor"):
                    speaker_id = props(graph, s)["id"]
                    orgs = [props(graph, o)["id"]
                            for o, _ in outgoing(graph, s, ["SPEAKS_FOR", "MEMBER_OF"], "Actor")]
                    found = StoredFigure(claim["id"], claim.get("text"), speaker_id,  # type: ignore[arg-type]
                                         min(orgs) if orgs else speaker_id, figure_from_properties(figure),
                                         said["props"].get("date"), incident_id, superseded, edge.get("share"),
                                         None if None in at else at)
                    rows.append(((claim["id"], figure["id"], speaker_id), found))
    rows.sort(key=lambda r: r[0])
    return [found for _, found in rows]


# --- actors --------------------------------------------------------------------

def search_actors(graph: nx.MultiDiGraph, query: str, limit: int, offset: int) -> Record:
    """``search_actors.cypher``: total and one page of {actor, match}."""
    words, phrase = search_words(query), search_phrase(query)
    hits: list[dict[str, Any]] = []
    for a in nodes(graph, "Actor"):
        p = props(graph, a)
        names = [fold(n) for n in [p.get("name"), *(p.get("aliases") or [])] if isinstance(n, str)]
        if not all(any(w in n for n in names) for w in words):
            continue
        match = 0 if phrase in names else 1 if any(n.startswith(phrase) for n in names) else 2
        hits.append({"actor": p, "match": match})
    hits.sort(key=lambda h: (h["match"], h["actor"]["id"]))
    return {"total": len(hits), "items": _page(hits, limit, offset)}


def _affiliations(graph: nx.MultiDiGraph, pairs: Iterable[tuple[NodeKey, EdgeRef]]) -> list[Record]:
    found = [{"actor": props(graph, o), "relation": data["type"], "role": data["props"].get("role")}
             for o, (_, _, data) in pairs]
    return sorted(found, key=lambda d: (d["actor"]["id"], d["relation"]))


def actor_profile(graph: nx.MultiDiGraph, actor_id: str, history: bool = False) -> Record | None:
    """``actor_profile.cypher``; None when there is no such actor."""
    a = find(graph, "Actor", actor_id)
    if a is None:
        return None
    affiliation = ["SPEAKS_FOR", "MEMBER_OF"]

    def said(m: NodeKey) -> list[tuple[NodeKey, EdgeRef]]:
        return [(c, e) for c, e in outgoing(graph, m, ["ASSERTED"]) if history or current(graph, c)]

    carried: dict[NodeKey, tuple[set[NodeKey], set[NodeKey]]] = {}
    own = said(a)
    last = sorted(own, key=lambda e: e[1][2]["props"]["voice_key"], reverse=True)[:CARRIED_BY_CLAIMS]
    for c, _ in last:
        for art, _ in outgoing(graph, c, ["REPORTED_IN"], "Article"):
            if not _shown_article(graph, art, history):
                continue
            for o, _ in outgoing(graph, art, ["PUBLISHED_BY", "SYNDICATED_FROM"], "Actor"):
                by_claim, by_article = carried.setdefault(o, (set(), set()))
                by_claim.add(c)
                by_article.add(art)
    carried_rows: list[dict[str, Any]] = [
        {"outlet": props(graph, o), "claims": len(cs), "articles": len(arts)} for o, (cs, arts) in carried.items()]
    carried_by = sorted(
        carried_rows,
        key=lambda d: (-d["claims"], d["outlet"]["id"]))
    return {
        "labels": sorted(graph.nodes[a]["labels"]),
        "actor": props(graph, a),
        "organizations": _affiliations(graph, outgoing(graph, a, affiliation, "Actor")),
        "members": _affiliations(graph, incoming(graph, a, affiliation, "Actor")),
        "claims": len(own),
        "claims_through_others": sum(len(said(m)) for m, _ in _voices(graph, a, MAX_MEMBER_DEPTH)),
        "articles_published": sum(1 for art, _ in incoming(graph, a, ["PUBLISHED_BY"], "Article")
                                  if _shown_article(graph, art, history)),
        "articles_syndicated": sum(1 for art, _ in incoming(graph, a, ["SYNDICATED_FROM"], "Article")
                                   if _shown_article(graph, art, history)),
        "carried_by": carried_by,
        "carried_claims": len(last),
    }


# --- claims ---------------------------------------------------------------------

def _mentions(graph: nx.MultiDiGraph, c: NodeKey) -> list[Record]:
    found = [(art, data) for art, (_, _, data) in outgoing(graph, c, ["REPORTED_IN"], "Article")]
    found.sort(key=lambda x: (*_nulls_last(props(graph, x[0]).get("published")), props(graph, x[0])["id"],
                              x[1]["props"].get("start")))
    return [{"article": props(graph, art), "start": data["props"].get("start"), "end": data["props"].get("end"),
             "sentence": data["props"].get("sentence")} for art, data in found]


def _voices(graph: nx.MultiDiGraph, a: NodeKey, depth: int) -> list[tuple[NodeKey, list[Record]]]:
    """The actors that speak for or belong to ``a`` within ``depth`` steps, by
    id, each with the chain of its first path in the Cypher's order: length,
    node ids (speaker first), relationship types (``claims_by_actor.cypher``).
    Paths repeat no relationship, as a variable-length pattern's do."""
    best: dict[NodeKey, tuple[Any, ...]] = {}

    def walk(node: NodeKey, path: list[NodeKey], steps: list[EdgeRef]) -> None:
        if len(steps) == min(depth, MAX_MEMBER_DEPTH):
            return
        for m, edge in incoming(graph, node, ["SPEAKS_FOR", "MEMBER_OF"]):
            if any(edge[0] == u and edge[1] == v and edge[2] is d for u, v, d in steps):
                continue
            here, taken = [*path, m], [*steps, edge]
            if m != a and has_label(graph, m, "Actor"):
                order = (len(taken), [props(graph, n)["id"] for n in reversed(here)],
                         [d["type"] for _, _, d in reversed(taken)])
                if m not in best or order < best[m][0]:
                    best[m] = (order, list(reversed(taken)))
            walk(m, here, taken)

    walk(a, [a], [])
    chains = [(m, [{"actor": props(graph, v), "relation": d["type"], "role": d["props"].get("role")}
                   for _, v, d in taken]) for m, (_, taken) in best.items()]
    return sorted(chains, key=lambda x: props(graph, x[0])["id"])


def _incidents_of(graph: nx.MultiDiGraph, c: NodeKey) -> list[Record]:
    """The incidents the claim's figures count, by id."""
    found = {i for f, _ in outgoing(graph, c, ["STATES"], "Figure")
             for i, _ in outgoing(graph, f, ["COUNTS"], "Incident")}
    return sorted(({"id": props(graph, i)["id"], "label": props(graph, i).get("label")} for i in found),
                  key=lambda x: x["id"])


def claims_by_actor(graph: nx.MultiDiGraph, actor_id: str, since: dt.date | None, until: dt.date | None,
                    channel: str | None, depth: int, limit: int, offset: int,
                    history: bool = False) -> Record | None:
    """``claims_by_actor.cypher``; None when there is no such actor."""
    a = find(graph, "Actor", actor_id)
    if a is None:
        return None
    low, high = key_range(since, until)
    counts, rows = [], []
    for m, chain in [(a, []), *_voices(graph, a, depth)]:
        speaker = props(graph, m)
        matching = []
        for c, (_, _, data) in outgoing(graph, m, ["ASSERTED"], "Claim"):
            r, claim = data["props"], props(graph, c)
            date = r.get("date") if r.get("date") is not None else claim.get("first_seen")
            key = voice_key(speaker["id"], date, claim["id"])
            if speaker["id"] + low <= key < speaker["id"] + high and (channel is None or r.get("channel") == channel) \
                    and (history or current(graph, c)):
                matching.append((c, r, date))
        filtered = since is not None or until is not None or channel is not None or not history
        counts.append(len(matching) if filtered else sum(1 for _ in outgoing(graph, m, ["ASSERTED"])))
        rows += [(speaker, chain, c, r, date) for c, r, date in matching]
    rows.sort(key=lambda x: (*_nulls_last(x[4]), props(graph, x[2])["id"], x[0]["id"]))
    items = [{"claim": props(graph, c), "asserted": r, "date": date, "speaker": speaker, "chain": chain,
              "mentions": _mentions(graph, c), "incidents": _incidents_of(graph, c)}
             for speaker, chain, c, r, date in _page(rows, limit, offset)]
    return {"actor": props(graph, a), "own": counts[0], "through_others": sum(counts[1:]), "items": items}


def search_claims(graph: nx.MultiDiGraph, query: str, limit: int, offset: int, history: bool,
                  cap: int) -> Record:
    """``search_claims.cypher``: total (at most ``cap``), capped and one page of {claim, speakers, articles}."""
    words = search_words(query)
    matching = [c for c in nodes(graph, "Claim")
                if isinstance(props(graph, c).get("text"), str) and matches(props(graph, c)["text"], words)
                and (history or current(graph, c))]
    matching.sort(key=lambda c: (*_nulls_last(props(graph, c).get("first_seen")), props(graph, c)["id"]))
    items = [{"claim": props(graph, c),
              "speakers": sorted((props(graph, s) for s, _ in incoming(graph, c, ["ASSERTED"], "Actor")),
                                 key=lambda p: p["id"]),
              "articles": len({art for art, _ in outgoing(graph, c, ["REPORTED_IN"], "Article")})}
             for c in _page(matching, limit, offset)]
    total, is_capped = capped(len(matching), cap)
    return {"total": total, "capped": is_capped, "items": items}


def _optional(pairs: Iterable[tuple[NodeKey, EdgeRef]]) -> list[tuple[NodeKey, EdgeRef] | None]:
    """OPTIONAL MATCH: the matches, or one row of nulls."""
    found: list[tuple[NodeKey, EdgeRef] | None] = list(pairs)
    return found or [None]


def claim_provenance(graph: nx.MultiDiGraph, claim_id: str) -> Record | None:
    """``claim_provenance.cypher``; None when there is no such claim."""
    c = find(graph, "Claim", claim_id)
    if c is None:
        return None
    articles = _distinct(art for art, _ in outgoing(graph, c, ["REPORTED_IN"], "Article"))
    paths = []
    for s, asserted in incoming(graph, c, ["ASSERTED"], "Actor"):
        for art in articles:
            mentions = sorted((edge for other, edge in outgoing(graph, c, ["REPORTED_IN"]) if other == art),
                              key=lambda e: _nulls_last(e[2]["props"].get("start")))
            for pub in _optional(outgoing(graph, art, ["PUBLISHED_BY"], "Actor")):
                for syn in _optional(outgoing(graph, art, ["SYNDICATED_FROM"], "Actor")):
                    for aff in _optional(outgoing(graph, s, ["SPEAKS_FOR", "MEMBER_OF"], "Actor")):
                        paths.append({
                            "article": node_record(graph, art),
                            "speaker": node_record(graph, s),
                            "asserted": edge_record(graph, asserted),
                            "mentions": [edge_record(graph, m) for m in mentions],
                            **_optional_end(graph, pub, "publisher", "published_by"),
                            **_optional_end(graph, syn, "agency", "syndicated_from"),
                            **_optional_end(graph, aff, "organization", "affiliation"),
                        })
    return {"claim": node_record(graph, c), "paths": paths}


def _optional_end(graph: nx.MultiDiGraph, found: tuple[NodeKey, EdgeRef] | None, node_key: str,
                  edge_key: str) -> Record:
    if found is None:
        return {node_key: None, edge_key: None}
    other, edge = found
    return {node_key: node_record(graph, other), edge_key: edge_record(graph, edge)}


# --- figures ------------------------------------------------------------------------

def _about_place(graph: nx.MultiDiGraph, c: NodeKey, place: str) -> bool:
    for p, _ in outgoing(graph, c, ["ABOUT"], "Place"):
        pp = props(graph, p)
        if _lower(pp.get("name")) == place.lower() or pp["id"] == place:
            return True
    return False


def _stated_on(graph: nx.MultiDiGraph, c: NodeKey) -> Any:
    dates = [data["props"]["date"] for _, (_, _, data) in incoming(graph, c, ["ASSERTED"], "Actor")
             if data["props"].get("date") is not None]
    return min(dates) if dates else props(graph, c).get("first_seen")


def _speakers(graph: nx.MultiDiGraph, c: NodeKey) -> list[dict[str, Any]]:
    return [props(graph, s) for s, _ in incoming(graph, c, ["ASSERTED"], "Actor")]


def _figures_of(graph: nx.MultiDiGraph, c: NodeKey, metric: Any) -> list[dict[str, Any]]:
    """``(c)-[:STATES]->(g:Figure) WHERE g.metric = metric``."""
    return [props(graph, g) for g, _ in outgoing(graph, c, ["STATES"], "Figure")
            if metric is not None and props(graph, g).get("metric") == metric]


def _figure_row(graph: nx.MultiDiGraph, f: NodeKey, c: NodeKey, stated_on: Any, history: bool) -> Record:
    speakers = [s for s, _ in incoming(graph, c, ["ASSERTED"], "Actor")]
    organizations = _distinct(o for s in speakers for o, _ in outgoing(graph, s, ["SPEAKS_FOR", "MEMBER_OF"], "Actor"))
    reported_in = [
        {"article": props(graph, art),
         "publishers": [props(graph, o) for o, _ in outgoing(graph, art, ["PUBLISHED_BY"], "Actor")],
         "agencies": [props(graph, o) for o, _ in outgoing(graph, art, ["SYNDICATED_FROM"], "Actor")]}
        for art in _distinct(art for art, _ in outgoing(graph, c, ["REPORTED_IN"], "Article"))
    ]
    metric = props(graph, f).get("metric")
    links = [
        {"kind": data["type"], "claim": props(graph, o), "stated_by": _speakers(graph, o),
         "figures": _figures_of(graph, o, data["props"].get("metric")), "metric": data["props"].get("metric"),
         "reason": data["props"].get("reason")}
        for o, (_, _, data) in either_way(graph, c, ["CONTRADICTS", "CORROBORATES"], "Claim")
        if metric is not None and data["props"].get("metric") == metric and (history or current(graph, o))
    ]
    relations = [
        {"relation": data["type"], "direction": "outgoing" if u == f else "incoming",
         "figure": props(graph, g), "reason": data["props"].get("reason")}
        for g, (u, _, data) in either_way(graph, f, ["EXCLUDES", "PART_OF", "REVISES"], "Figure")
    ]
    return {"figure": props(graph, f), "claim": props(graph, c), "stated_on": stated_on,
            "stated_by": [props(graph, s) for s in _distinct(speakers)],
            "on_behalf_of": [props(graph, o) for o in organizations], "reported_in": reported_in,
            "links": links, "relations": relations}


def figures(graph: nx.MultiDiGraph, metric: str, place: str | None, since: dt.date | None,
            until: dt.date | None, limit: int, offset: int, history: bool = False) -> Record:
    """``figures.cypher``: total and one page of figure rows."""
    matching = []
    for f in nodes(graph, "Figure"):
        figure = props(graph, f)
        if figure.get("metric") != metric:
            continue
        for c, _ in incoming(graph, f, ["STATES"], "Claim"):
            if place is not None and not (_lower(figure.get("place")) == place.lower()
                                          or _about_place(graph, c, place)):
                continue
            if not (history or current(graph, c)):
                continue
            stated_on = _stated_on(graph, c)
            if _in_range(stated_on, since, until):
                matching.append((f, c, stated_on))
    matching.sort(key=lambda x: (*_nulls_last(x[2]), props(graph, x[0])["id"], props(graph, x[1])["id"]))
    items = [_figure_row(graph, f, c, stated_on, history) for f, c, stated_on in _page(matching, limit, offset)]
    return {"total": len(matching), "items": items}


def figures_by_actor(graph: nx.MultiDiGraph, actor_id: str, metric: str, place: str | None,
                     since: dt.date | None, until: dt.date | None, depth: int, limit: int,
                     offset: int, history: bool = False) -> Record | None:
    """``figures_by_actor.cypher``; None when there is no such actor."""
    a = find(graph, "Actor", actor_id)
    if a is None:
        return None
    low, high = key_range(since, until)
    rows = []
    for m, chain in [(a, []), *_voices(graph, a, depth)]:
        speaker = props(graph, m)
        for c, (_, _, data) in outgoing(graph, m, ["ASSERTED"], "Claim"):
            r, claim = data["props"], props(graph, c)
            date = r.get("date") if r.get("date") is not None else claim.get("first_seen")
            if not speaker["id"] + low <= voice_key(speaker["id"], date, claim["id"]) < speaker["id"] + high:
                continue
            if not (history or current(graph, c)):
                continue
            for f, _ in outgoing(graph, c, ["STATES"], "Figure"):
                figure = props(graph, f)
                if figure.get("metric") == metric and (
                        place is None or _lower(figure.get("place")) == place.lower() or _about_place(graph, c, place)):
                    rows.append((speaker, chain, c, f, date))
    rows.sort(key=lambda x: (*_nulls_last(x[4]), props(graph, x[2])["id"], props(graph, x[3])["id"], x[0]["id"]))
    items = [{**_figure_row(graph, f, c, _stated_on(graph, c), history), "speaker": speaker, "chain": chain}
             for speaker, chain, c, f, _ in _page(rows, limit, offset)]
    return {"actor": props(graph, a), "total": len(rows), "items": items}


# --- contradictions and corroborations --------------------------------------------------

def claim_pairs(graph: nx.MultiDiGraph, rel_type: str, metrics: list[str], limit: int, offset: int,
                history: bool, cap: int) -> Record:
    """``contradictions.cypher`` / ``corroborations.cypher``: total (at most ``cap``), capped and one page of pairs."""
    edges = [(a, b, data["props"]) for a, b, data in graph.edges(data=True)
             if data["type"] == rel_type and has_label(graph, a, "Claim") and has_label(graph, b, "Claim")
             and (history or (current(graph, a) and current(graph, b)))]
    # UNWIND $metrics: a metric named twice matches its pairs twice.
    matching = [edge for metric in metrics for edge in edges if edge[2].get("metric") == metric]
    matching.sort(key=lambda x: (x[2]["metric"], props(graph, x[0])["id"], props(graph, x[1])["id"]))

    def side(c: NodeKey, metric: Any) -> Record:
        return {"claim": props(graph, c), "stated_by": _speakers(graph, c), "figures": _figures_of(graph, c, metric)}

    items = [{"metric": r["metric"], "reason": r.get("reason"), "a": side(a, r["metric"]), "b": side(b, r["metric"])}
             for a, b, r in _page(matching, limit, offset)]
    total, is_capped = capped(len(matching), cap)
    return {"total": total, "capped": is_capped, "items": items}


# --- shortest attribution path ----------------------------------------------------------------

def _attribution_steps(graph: nx.MultiDiGraph, key: NodeKey) -> Iterator[tuple[NodeKey, EdgeRef]]:
    return either_way(graph, key, _ATTRIBUTION)


def _passable(graph: nx.MultiDiGraph, ends: tuple[NodeKey, NodeKey], max_degree: int,
              history: bool) -> Callable[[NodeKey], bool]:
    """Whether a path may pass through a node: one of its ends, an actor of at most
    ``max_degree`` attribution relationships (a self-loop once, as Cypher's degree),
    or another node; unless ``history``, not a replaced article version nor a claim
    only replaced versions report."""
    def passable(key: NodeKey) -> bool:
        if key in ends:
            return True
        if has_label(graph, key, "Actor"):
            return sum(1 for _ in _attribution_steps(graph, key)) <= max_degree
        if history:
            return True
        if has_label(graph, key, "Article"):
            return _shown_article(graph, key, False)
        return has_label(graph, key, "Claim") and current(graph, key)
    return passable


def _edge_order_id(graph: nx.MultiDiGraph, edge: EdgeRef) -> str:
    """The edge's string in the Cypher ORDER BY (type:start>end[:start offset])."""
    u, v, data = edge
    text = f"{data['type']}:{props(graph, u)['id']}>{props(graph, v)['id']}"
    if data["type"] == "REPORTED_IN":
        text += f":{data['props']['start']}"
    return text


def _end_exits(graph: nx.MultiDiGraph, end: NodeKey, end_cap: int, end_claims: int,
               history: bool) -> set[int] | None:
    """The edges (by their data's identity) a path may leave an end of more than ``end_cap``
    attribution relationships by: its last ``end_claims`` claims in voice_key order and its
    organizations; None when the end is under the cap (any edge)."""
    if sum(1 for _ in _attribution_steps(graph, end)) <= end_cap:
        return None
    said = [edge for c, edge in outgoing(graph, end, ["ASSERTED"], "Claim") if history or current(graph, c)]
    last = sorted(said, key=lambda edge: edge[2]["props"]["voice_key"], reverse=True)[:end_claims]
    groups = [edge for _, edge in outgoing(graph, end, ["SPEAKS_FOR", "MEMBER_OF"], "Actor")]
    return {id(data) for _, _, data in [*last, *groups]}


@dataclass(frozen=True, slots=True)
class _Searched:
    """The graph as the path search sees it: steps through no actor but the ends of more than
    ``max_degree`` attribution relationships, and leaving or entering an end of ``exits`` only by one of its
    edges."""

    graph: nx.MultiDiGraph
    passable: Callable[[NodeKey], bool]
    exits: dict[NodeKey, set[int]]

    def steps(self, frontier: Sequence[NodeKey], near: Sequence[NodeKey]) -> Iterator[path_search.Step[NodeKey]]:
        for here in frontier:
            for there, edge in _attribution_steps(self.graph, here):
                if all(id(edge[2]) in self.exits[end] for end in (here, there) if end in self.exits) \
                        and self.passable(there):
                    # Each node weighs one: which side the search expands costs little here.
                    yield path_search.Step(here, there, edge, 1)

    def node_ids(self, nodes: Sequence[NodeKey]) -> list[str]:
        return [props(self.graph, n)["id"] for n in nodes]

    def edge_orders(self, edges: Sequence[Any]) -> list[str]:
        return [_edge_order_id(self.graph, e) for e in edges]


def shortest_path(graph: nx.MultiDiGraph, source_id: str, target_id: str, max_degree: int, end_cap: int,
                  end_claims: int, history: bool = False) -> Record:
    """``shortest_path.cypher``: source, target (None when absent), the ends bounded and paths."""
    a, b = find(graph, "Actor", source_id), find(graph, "Actor", target_id)
    paths: list[Record] = []
    bounded: list[str] = []
    if a is not None and b is not None:
        if a == b:
            paths = [{"nodes": [node_record(graph, a)], "edges": []}]
        else:
            exits = {end: allowed for end in (a, b)
                     if (allowed := _end_exits(graph, end, end_cap, end_claims, history)) is not None}
            bounded = [name for name, end in (("source", a), ("target", b)) if end in exits]
            searched = _Searched(graph, _passable(graph, (a, b), max_degree, history), exits)
            found = path_search.shortest_path(searched, a, b, (1, 1), MAX_PATH_HOPS)
            if found is not None:
                paths = [{"nodes": [node_record(graph, n) for n in found.nodes],
                          "edges": [edge_record(graph, e) for e in found.edges]}]
    return {"source": props(graph, a) if a else None, "target": props(graph, b) if b else None,
            "bounded": bounded, "paths": paths}


# --- subgraphs --------------------------------------------------------------------------

def article_graph(graph: nx.MultiDiGraph, article_id: str, version: int | None) -> Record | None:
    """``article_graph.cypher``; None when there is no such article or version."""
    named = find(graph, "Article", article_id)
    if named is None:
        return None
    key = props(graph, named).get("key", article_id)
    chosen = [a for a in nodes(graph, "Article") if props(graph, a).get("key", props(graph, a)["id"]) == key
              and (not any(True for _ in incoming(graph, a, ["PREVIOUS_VERSION"], "Article")) if version is None
                   else props(graph, a).get("version", 1) == version)]
    if not chosen:
        return None
    art = chosen[0]
    outlets = list(outgoing(graph, art, ["PUBLISHED_BY", "SYNDICATED_FROM"], "Actor"))
    mentions = list(incoming(graph, art, ["REPORTED_IN"], "Claim"))
    claims = _distinct(c for c, _ in mentions)
    asserted = [pair for c in claims for pair in incoming(graph, c, ["ASSERTED"], "Actor")]
    speakers = _distinct(s for s, _ in asserted)
    affiliations = [pair for s in speakers for pair in outgoing(graph, s, ["SPEAKS_FOR", "MEMBER_OF"], "Actor")]
    states = [pair for c in claims for pair in outgoing(graph, c, ["STATES"], "Figure")]
    figure_set = {f for f, _ in states}
    figure_links = [edge for f, _ in states for g, edge in outgoing(graph, f, ["EXCLUDES", "PART_OF"], "Figure")
                    if g in figure_set]
    about = [pair for c in claims for pair in outgoing(graph, c, ["ABOUT"])]
    links = [pair for c in claims
             for pair in either_way(graph, c, ["CONTRADICTS", "CORROBORATES", "VARIANT_OF"], "Claim")]
    node_keys = [art, *(o for o, _ in outlets), *claims, *speakers, *(o for o, _ in affiliations),
                 *(f for f, _ in states), *(t for t, _ in about), *(o for o, _ in links)]
    edges = [e for _, e in [*outlets, *mentions, *asserted, *affiliations, *states]] + figure_links \
        + [e for _, e in [*about, *links]]
    return {"nodes": [node_record(graph, n) for n in node_keys], "edges": [edge_record(graph, e) for e in edges]}


def export_graph(graph: nx.MultiDiGraph) -> Record:
    """``export_graph.cypher`` with every label and type of the data model."""
    def labelled(key: NodeKey) -> bool:
        return bool(graph.nodes[key]["labels"] & _LABELS)

    node_list = [node_record(graph, n) for n in graph.nodes if labelled(n)]
    edges = [edge_record(graph, (u, v, data)) for u, v, data in graph.edges(data=True)
             if data["type"] in _TYPES and labelled(u) and labelled(v)]
    return {"nodes": node_list, "edges": edges}


# --- incidents ---------------------------------------------------------------------------

def _organizations(graph: nx.MultiDiGraph, s: NodeKey) -> list[Record]:
    return [props(graph, o) for o, _ in outgoing(graph, s, ["SPEAKS_FOR", "MEMBER_OF"], "Actor")]


def _speaker_records(graph: nx.MultiDiGraph, c: NodeKey) -> list[Record]:
    return [{"actor": props(graph, s), "asserted": data["props"], "orgs": _organizations(graph, s)}
            for s, (_, _, data) in incoming(graph, c, ["ASSERTED"], "Actor")]


def _outlets(graph: nx.MultiDiGraph, art: NodeKey | None, rel: str) -> list[Record]:
    return [] if art is None else [props(graph, o) for o, _ in outgoing(graph, art, [rel], "Actor")]


def _incident_links(graph: nx.MultiDiGraph, i: NodeKey, history: bool) -> list[Record]:
    """The CONTRADICTS/CORROBORATES edges between claims whose figures of the edge's metric count ``i``."""
    found: dict[tuple[NodeKey, Any, NodeKey], Record] = {}
    for f1, _ in incoming(graph, i, ["COUNTS"], "Figure"):
        for a, _ in incoming(graph, f1, ["STATES"], "Claim"):
            for b, (_, _, data) in outgoing(graph, a, ["CONTRADICTS", "CORROBORATES"], "Claim"):
                metric = data["props"].get("metric")
                if metric is None or props(graph, f1).get("metric") != metric:
                    continue
                if not (history or (current(graph, a) and current(graph, b))):
                    continue
                # The pattern's two COUNTS edges are two relationships, so two figures.
                if not any(f2 != f1 and props(graph, f2).get("metric") == metric
                           and any(v == i for v, _ in outgoing(graph, f2, ["COUNTS"], "Incident"))
                           for f2, _ in outgoing(graph, b, ["STATES"], "Figure")):
                    continue
                found.setdefault((a, (data["type"], metric), b), {
                    "kind": data["type"], "metric": metric, "reason": data["props"].get("reason"),
                    "a": props(graph, a), "b": props(graph, b), "a_stated_by": _speakers(graph, a),
                    "b_stated_by": _speakers(graph, b)})
    return list(found.values())


def _revisions(graph: nx.MultiDiGraph, f: NodeKey) -> tuple[list[str], list[str]]:
    revises = [props(graph, g)["id"] for g, _ in outgoing(graph, f, ["REVISES"], "Figure")]
    revised_by = [props(graph, h)["id"] for h, _ in incoming(graph, f, ["REVISES"], "Figure")]
    return revises, revised_by


def incident(graph: nx.MultiDiGraph, incident_id: str, history: bool = False) -> Record | None:
    """``incident.cypher``: the incident with its articles, figures and links, or None."""
    i = find(graph, "Incident", incident_id)
    if i is None or not has_label(graph, i, "Incident"):
        return None
    articles = [{"article": props(graph, art), "publishers": _outlets(graph, art, "PUBLISHED_BY"),
                 "agencies": _outlets(graph, art, "SYNDICATED_FROM")}
                for art, _ in incoming(graph, i, ["REPORTS"], "Article")
                if _shown_article(graph, art, history)]
    figures = []
    for f, (_, _, counts) in incoming(graph, i, ["COUNTS"], "Figure"):
        revises, revised_by = _revisions(graph, f)
        for c, _ in incoming(graph, f, ["STATES"], "Claim"):
            if not (history or current(graph, c)):
                continue
            art = find(graph, "Article", counts["props"].get("article"))
            mentions = sorted((data["props"]["start"], data["props"].get("sentence"))
                              for v, (_, _, data) in outgoing(graph, c, ["REPORTED_IN"], "Article") if v == art)
            figures.append({
                "figure": props(graph, f), "counts": counts["props"], "claim": props(graph, c),
                "speakers": _speaker_records(graph, c),
                "article": props(graph, art) if art is not None else None,
                "sentence": mentions[0][1] if mentions else None,
                "publishers": _outlets(graph, art, "PUBLISHED_BY"), "agencies": _outlets(graph, art, "SYNDICATED_FROM"),
                "revises": revises, "revised_by": revised_by})
    return {"incident": props(graph, i), "articles": articles, "figures": figures,
            "links": _incident_links(graph, i, history)}


def _counting_claims(graph: nx.MultiDiGraph, i: NodeKey, history: bool) -> Iterator[tuple[NodeKey, NodeKey]]:
    """(figure, claim) for each figure counting ``i`` and claim stating it; unless ``history``, of the
    claims not only replaced versions report."""
    for f, _ in incoming(graph, i, ["COUNTS"], "Figure"):
        for c, _ in incoming(graph, f, ["STATES"], "Claim"):
            if history or current(graph, c):
                yield f, c


def _mentions_word(graph: nx.MultiDiGraph, i: NodeKey, word: str, history: bool) -> bool:
    if word in (_lower(props(graph, i).get("label")) or ""):
        return True
    for _, c in _counting_claims(graph, i, history):
        if word in (_lower(props(graph, c).get("text")) or ""):
            return True
        if any(word in (_lower(props(graph, s).get("name")) or "")
               for s, _ in incoming(graph, c, ["ASSERTED"], "Actor")):
            return True
    return False


def _incident_matches(graph: nx.MultiDiGraph, i: NodeKey, place: str | None, since: dt.date | None,
                      until: dt.date | None, metric: str | None, words: list[str], history: bool) -> bool:
    p = props(graph, i)
    lowered = _lower(p.get("place"))
    if place is not None and (lowered is None or place.lower() not in lowered):
        return False
    if since is not None and not (p.get("window_end") is not None and p["window_end"] >= since):
        return False
    if until is not None and not (p.get("window_start") is not None and p["window_start"] <= until):
        return False
    if metric is not None and not any(props(graph, f).get("metric") == metric
                                      for f, _ in _counting_claims(graph, i, history)):
        return False
    return all(_mentions_word(graph, i, w, history) for w in words)


def actor_exists(graph: nx.MultiDiGraph, actor_id: str) -> str | None:
    """``actor_exists.cypher``: the actor's id, or None."""
    return actor_id if find(graph, "Actor", actor_id) is not None else None


def voice_ids(graph: nx.MultiDiGraph, actor_id: str, depth: int) -> set[str]:
    """The ids of the actor and of its voices within ``depth`` steps (the
    ``voices`` of ``voice_ids.cypher``; none for an unknown actor)."""
    a = find(graph, "Actor", actor_id)
    if a is None:
        return set()
    return {props(graph, m)["id"] for m, _ in [(a, []), *_voices(graph, a, depth)]}


def _counted_by(graph: nx.MultiDiGraph, i: NodeKey, voices: set[str], history: bool) -> bool:
    """``(i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor) WHERE s.id IN voices``
    (unless ``history``, ``c`` not only in replaced versions)."""
    return any(props(graph, s)["id"] in voices
               for _, c in _counting_claims(graph, i, history)
               for s, _ in incoming(graph, c, ["ASSERTED"], "Actor"))


def incidents(graph: nx.MultiDiGraph, kinds: list[str], place: str | None, since: dt.date | None,
              until: dt.date | None, metric: str | None, words: list[str], has_conflict: bool | None,
              voices: set[str] | None, limit: int, offset: int, history: bool, cap: int) -> Record:
    """The incident list of ``graph/incident_reads.py``: total (at most ``cap``), capped and one
    page of incidents, newest first; ``voices`` None when no ``$by`` is given."""
    wanted = set(kinds)
    matching = []
    for i in nodes(graph, "Incident"):
        if props(graph, i).get("kind") not in wanted or not _incident_matches(graph, i, place, since, until,
                                                                             metric, words, history):
            continue
        if voices is not None and not _counted_by(graph, i, voices, history):
            continue
        if not (history or _not_only_replaced(graph, (art for art, _ in incoming(graph, i, ["REPORTS"], "Article")))):
            continue
        links = _incident_links(graph, i, history)
        contradictions = sum(1 for x in links if x["kind"] == "CONTRADICTS")
        if has_conflict is not None and (contradictions > 0) != has_conflict:
            continue
        p = props(graph, i)
        day = p.get("date") if p.get("date") is not None else p.get("window_end")
        matching.append(((day is None, -(day.toordinal() if day else 0), p["id"]), i, contradictions,
                         len(links) - contradictions))
    matching.sort(key=lambda m: m[0])
    items = []
    for _, i, contradictions, corroborations in _page(matching, limit, offset):
        figures: list[Record] = []
        for f, _ in incoming(graph, i, ["COUNTS"], "Figure"):
            _, revised_by = _revisions(graph, f)
            figures.extend({"figure": props(graph, f), "claim": props(graph, c),
                            "speakers": _speaker_records(graph, c), "revised_by": revised_by}
                           for c, _ in incoming(graph, f, ["STATES"], "Claim") if history or current(graph, c))
        articles = len(_distinct(art for art, _ in incoming(graph, i, ["REPORTS"], "Article")
                                 if _shown_article(graph, art, history)))
        items.append({"incident": props(graph, i), "articles": articles, "figures": figures,
                      "contradictions": contradictions, "corroborations": corroborations})
    total, is_capped = capped(len(matching), cap)
    return {"total": total, "capped": is_capped, "items": items}
