"""Query records to result models.

The read queries in ``cypher/read`` return plain maps (node properties, edge
``{type, source, target, properties}``, lists of those); these functions turn
one record into the typed answer. Values must already be plain Python (dates
as ``datetime.date``): the Neo4j store converts driver types first. A store
that builds records of the same shape gets the same answers from here.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from claimgraph.graph.model import Metric
from claimgraph.graph.results import (
    ActorHit,
    ActorMatch,
    ActorProfile,
    ActorRef,
    Affiliation,
    ArticleRef,
    AssertedClaim,
    AttributionPath,
    Carrier,
    ClaimHit,
    ClaimPairs,
    ClaimRef,
    ClaimsByActor,
    ClaimSearch,
    Edge,
    FigureTable,
    FigureValue,
    IncidentDetail,
    IncidentPage,
    IncidentRef,
    IncidentSummary,
    Mention,
    MetricSpread,
    Node,
    Page,
    Provenance,
    Span,
    Spread,
    Subgraph,
    capped,
    edge_fields,
    make_edge,
    make_node,
    node_fields,
    provenance_path,
)
from claimgraph.graph.rows import figure_from_properties
from claimgraph.graph.voice import VoiceScope, depth_of, via
from claimgraph.ingest.linking import describe, interval

Props = dict[str, Any]
_MATCHES = (ActorMatch.EXACT, ActorMatch.PREFIX, ActorMatch.WORDS)


def _actor_data(p: Props) -> Props:
    return {"id": p["id"], "name": p["name"], "kind": p["kind"], "anonymous": bool(p.get("anonymous"))}


def actor_ref(p: Props) -> ActorRef:
    return ActorRef(**_actor_data(p))


def _article_data(p: Props) -> Props:
    return {"id": p["id"], "title": p.get("title"), "url": p.get("url"), "published": p.get("published")}


def article_ref(p: Props) -> ArticleRef:
    return ArticleRef(**_article_data(p))


def _claim_data(p: Props) -> Props:
    return {"id": p["id"], "text": p["text"], "quote": p["quote"], "first_seen": p.get("first_seen")}


def claim_ref(p: Props) -> ClaimRef:
    return ClaimRef(**_claim_data(p))


_FIGURE_FIELDS = frozenset(FigureValue.model_fields)


def _figure_data(p: Props) -> Props:
    return {k: v for k, v in p.items() if k in _FIGURE_FIELDS and v is not None}


def node(d: Props) -> Node:
    return make_node(d["labels"], d["properties"])


def edge(d: Props) -> Edge:
    return make_edge(d["type"], d["source"], d["target"], d["properties"])


def actor_hits(record: Props, limit: int, offset: int) -> Page[ActorHit]:
    items = [
        ActorHit(id=p["id"], name=p["name"], kind=p["kind"], aliases=list(p.get("aliases") or []),
                 role=p.get("role"), anonymous=bool(p.get("anonymous")), outlet_kind=p.get("outlet_kind"),
                 match=_MATCHES[hit["match"]])
        for hit in record["items"]
        for p in [hit["actor"]]
    ]
    return Page[ActorHit](total=record["total"], limit=limit, offset=offset, items=items)


def _affiliation_data(d: Props) -> Props:
    return {"actor": _actor_data(d["actor"]), "relation": d["relation"], "role": d.get("role")}


def _affiliation(d: Props) -> Affiliation:
    return Affiliation(**_affiliation_data(d))


def actor_profile(record: Props, cap: int) -> ActorProfile:
    """``claims`` and ``claims_through_others`` are counted up to ``cap + 1`` (or are degrees)."""
    p = record["actor"]
    claims, claims_capped = capped(record["claims"], cap)
    through_others, through_others_capped = capped(record["claims_through_others"], cap)
    return ActorProfile(
        id=p["id"], name=p["name"], kind=p["kind"], labels=record["labels"],
        aliases=list(p.get("aliases") or []), role=p.get("role"), anonymous=bool(p.get("anonymous")),
        outlet_kind=p.get("outlet_kind"),
        organizations=[_affiliation(d) for d in record["organizations"]],
        members=[_affiliation(d) for d in record["members"]],
        claims=claims, claims_capped=claims_capped,
        claims_through_others=through_others, claims_through_others_capped=through_others_capped,
        articles_published=record["articles_published"],
        articles_syndicated=record["articles_syndicated"],
        carried_by=[Carrier(outlet=actor_ref(d["outlet"]), outlet_kind=d["outlet"].get("outlet_kind"),
                            claims=d["claims"], articles=d["articles"]) for d in record["carried_by"]],
        carried_by_claims=record["carried_claims"],
    )


def _mention(d: Props) -> Mention:
    return Mention(article=article_ref(d["article"]), start=d["start"], end=d["end"], sentence=d.get("sentence"))


def _span(article_id: str | None, start: int | None, end: int | None) -> Span | None:
    if article_id is None or start is None or end is None:
        return None
    return Span(article_id=article_id, start=start, end=end)


def _asserted_claim(d: Props) -> AssertedClaim:
    c, r = d["claim"], d["asserted"]
    return AssertedClaim(
        id=c["id"], text=c["text"], quote=c["quote"], date=d.get("date"), first_seen=c.get("first_seen"),
        cue=r.get("cue"), channel=r.get("channel"), anonymous=bool(r.get("anonymous")),
        source_span=_span(r.get("article"), r.get("source_start"), r.get("source_end")),
        cue_span=_span(r.get("article"), r.get("cue_start"), r.get("cue_end")),
        speaker=actor_ref(d["speaker"]), via=via(d["speaker"], d["chain"]),
        chain=[_affiliation(step) for step in d["chain"]],
        mentions=[_mention(m) for m in d["mentions"]],
        incidents=[IncidentRef(id=i["id"], label=i["label"]) for i in d.get("incidents", [])],
    )


def claims_by_actor(record: Props, scope: VoiceScope, limit: int, offset: int, cap: int) -> ClaimsByActor:
    """``own`` and ``through_others`` are counted up to ``cap + 1`` (or are degrees)."""
    own, own_capped = capped(record["own"], cap)
    others, others_capped = capped(record["through_others"], cap)
    total, total_capped = capped(record["own"] + record["through_others"], cap)
    return ClaimsByActor(actor=actor_ref(record["actor"]), scope=scope, depth=depth_of(scope),
                         own=own, own_capped=own_capped, through_others=others, through_others_capped=others_capped,
                         total=total, total_capped=total_capped, limit=limit,
                         offset=offset, items=[_asserted_claim(d) for d in record["items"]])


def claim_hits(record: Props, limit: int, offset: int) -> ClaimSearch:
    items = [
        ClaimHit(id=c["id"], text=c["text"], quote=c["quote"], first_seen=c.get("first_seen"),
                 speakers=[actor_ref(s) for s in d["speakers"]], articles=d["articles"])
        for d in record["items"]
        for c in [d["claim"]]
    ]
    return ClaimSearch(total=record["total"], total_capped=record["capped"], limit=limit, offset=offset, items=items)


def _node_fields(d: Props) -> Props:
    return node_fields(d["labels"], d["properties"])


def _edge_fields(d: Props) -> Props:
    return edge_fields(d["type"], d["source"], d["target"], d["properties"])


def _optional_pair(d: Props, node_key: str, edge_key: str) -> tuple[Props, Props] | None:
    if d.get(node_key) is None:
        return None
    return _node_fields(d[node_key]), _edge_fields(d[edge_key])


def provenance(record: Props) -> Provenance:
    claim = _node_fields(record["claim"])
    paths = [
        provenance_path(
            article=_node_fields(d["article"]), claim=claim, speaker=_node_fields(d["speaker"]),
            asserted=_edge_fields(d["asserted"]), reported_in=[_edge_fields(m) for m in d["mentions"]],
            publisher=_optional_pair(d, "publisher", "published_by"),
            agency=_optional_pair(d, "agency", "syndicated_from"),
            organization=_optional_pair(d, "organization", "affiliation"),
        )
        for d in record["paths"]
    ]
    return Provenance.model_validate({"claim": _claim_data(claim["properties"]), "paths": paths})


def _linked_data(d: Props) -> Props:
    return {"claim": _claim_data(d["claim"]), "stated_by": [_actor_data(s) for s in d["stated_by"]],
            "figures": [_figure_data(f) for f in d["figures"]], "metric": d["metric"], "reason": d.get("reason")}


def _figure_row_data(d: Props) -> Props:
    """A row as :class:`FigureRow`'s fields, plain: a table is validated whole, once (see :func:`claim_pairs`)."""
    links = d["links"]
    speaker = d.get("speaker")
    return {
        "figure": _figure_data(d["figure"]),
        "claim": _claim_data(d["claim"]),
        "stated_by": [_actor_data(s) for s in d["stated_by"]],
        "on_behalf_of": [_actor_data(o) for o in d["on_behalf_of"]],
        "stated_on": d.get("stated_on"),
        "reported_in": [{"article": _article_data(r["article"]), "publishers": [_actor_data(o) for o in r["publishers"]],
                         "agencies": [_actor_data(o) for o in r["agencies"]]} for r in d["reported_in"]],
        "contradicts": [_linked_data(x) for x in links if x["kind"] == "CONTRADICTS"],
        "corroborates": [_linked_data(x) for x in links if x["kind"] == "CORROBORATES"],
        "relations": [{"relation": x["relation"], "direction": x["direction"], "figure": _figure_data(x["figure"]),
                       "reason": x.get("reason")} for x in d["relations"]],
        "speaker": _actor_data(speaker) if speaker is not None else None,
        "via": via(speaker, d["chain"]) if speaker is not None else None,
        "chain": [_affiliation_data(step) for step in d.get("chain", [])],
    }


def figure_table(record: Props, *, metric: str, place: str | None, since: Any, until: Any,
                 limit: int, offset: int, cap: int, scope: VoiceScope | None = None) -> FigureTable:
    """``scope`` set: the record of ``figures_by_actor``, which names the actor. The total was
    counted up to ``cap + 1``."""
    total, total_capped = capped(record["total"], cap)
    return FigureTable.model_validate({
        "metric": Metric(metric), "place": place, "since": since, "until": until,
        "by": _actor_data(record["actor"]) if scope is not None else None, "scope": scope, "total": total,
        "total_capped": total_capped, "limit": limit, "offset": offset,
        "items": [_figure_row_data(d) for d in record["items"]]})


def _side_data(d: Props) -> Props:
    return {"claim": _claim_data(d["claim"]), "stated_by": [_actor_data(s) for s in d["stated_by"]],
            "figures": [_figure_data(f) for f in d["figures"]]}


def claim_pairs(record: Props, kind: str, limit: int, offset: int) -> ClaimPairs:
    # One validation of the whole page instead of a model per side, actor and
    # figure: about 2.5 times faster, and a page of pairs is the largest answer
    # the API converts (docs/benchmarks.md).
    items = [{"kind": kind, "metric": d["metric"], "reason": d.get("reason"), "a": _side_data(d["a"]),
              "b": _side_data(d["b"])} for d in record["items"]]
    return ClaimPairs.model_validate({"total": record["total"], "total_capped": record["capped"], "limit": limit,
                                      "offset": offset, "items": items})


def attribution_path(record: Props, max_hops: int, max_degree: int, end_cap: int, end_claims: int) -> AttributionPath:
    [path] = record["paths"] or [{"nodes": [], "edges": []}]
    return AttributionPath(
        source=actor_ref(record["source"]), target=actor_ref(record["target"]), max_hops=max_hops,
        max_degree=max_degree, end_cap=end_cap, end_claims=end_claims, bounded=record["bounded"],
        found=bool(record["paths"]), nodes=[node(n) for n in path["nodes"]], edges=[edge(e) for e in path["edges"]],
    )


def subgraph(record: Props) -> Subgraph:
    return Subgraph.model_validate(
        {"nodes": [node_fields(n["labels"], n["properties"]) for n in record["nodes"]],
         "edges": [edge_fields(e["type"], e["source"], e["target"], e["properties"]) for e in record["edges"]]})


# --- incidents -------------------------------------------------------------------------

def _speaker_rows(d: Props) -> list[Props]:
    return sorted(d["speakers"], key=lambda s: s["actor"]["id"])


def _source(speaker: Props | None, orgs: list[Props]) -> Props | None:
    """The independent source: the organisation the speaker speaks for (the smallest id), else the speaker."""
    if orgs:
        return _actor_data(min(orgs, key=lambda o: o["id"]))
    return _actor_data(speaker) if speaker is not None else None


@dataclass(frozen=True, slots=True)
class _Standing:
    """What deciding whether a figure row is its source's latest reads, without building the row's models
    (the incident list reads only this of every figure)."""

    figure: str
    metric: Metric
    source: str | None
    revised_by: frozenset[str]
    in_time: tuple[bool, Any, str, str]
    """by date (nulls last), figure id, claim id: the order of an incident's figures"""


def _said(d: Props) -> tuple[Props | None, Props, list[Props]]:
    """The first speaker (by id), what its ASSERTED edge holds, and the organisations it speaks for."""
    speakers = _speaker_rows(d)
    first = speakers[0] if speakers else None
    return (first["actor"], first["asserted"], first["orgs"]) if first else (None, {}, [])


def _standing(d: Props) -> _Standing:
    speaker, said, orgs = _said(d)
    source = min(orgs, key=lambda o: o["id"])["id"] if orgs else speaker["id"] if speaker is not None else None
    date = said.get("date") or d["claim"].get("first_seen")
    figure = d["figure"]["id"]
    return _Standing(figure=figure, metric=Metric(d["figure"]["metric"]), source=source,
                     revised_by=frozenset(d.get("revised_by") or ()),
                     in_time=(date is None, date or dt.date.min, figure, d["claim"]["id"]))


def _incident_figure(d: Props, latest: bool) -> Props:
    """A figure row as :class:`IncidentFigure`'s fields, plain: an incident is validated whole, once
    (its some ninety models in one call into pydantic's core, not one call a model)."""
    speaker, said, orgs = _said(d)
    counts = d.get("counts") or {}
    article = d.get("article")
    publishers = sorted(d.get("publishers") or [], key=lambda o: o["id"])
    carried = {o["id"] for o in publishers}
    chain = [_actor_data(o) for o in publishers]
    chain += [_actor_data(o) for o in sorted(d.get("agencies") or [], key=lambda o: o["id"])
              if o["id"] not in carried]
    return {
        "figure": _figure_data(d["figure"]), "claim": _claim_data(d["claim"]),
        "speaker": _actor_data(speaker) if speaker else None,
        "on_behalf_of": [_actor_data(o) for o in sorted(orgs, key=lambda o: o["id"])],
        "source": _source(speaker, orgs), "chain": chain,
        "article": _article_data(article) if article else None,
        "span": _span(counts.get("article"), counts.get("start"), counts.get("end")), "sentence": d.get("sentence"),
        "date": said.get("date") or d["claim"].get("first_seen"), "cue": said.get("cue"),
        "channel": said.get("channel"), "reason": counts.get("reason"), "revises": sorted(d.get("revises") or []),
        "revised_by": sorted(d.get("revised_by") or []), "latest": latest}


def _latest(rows: list[_Standing]) -> set[str]:
    """Per source and metric, the figure its source stands by: not revised by a
    figure of this incident, the last such in time."""
    counted = {r.figure for r in rows}
    by_source: dict[tuple[str, str], list[_Standing]] = defaultdict(list)
    for r in rows:
        by_source[(r.source or "", r.metric.value)].append(r)
    latest = set()
    for figs in by_source.values():
        standing = [f for f in figs if not f.revised_by & counted] or figs
        latest.add(max(standing, key=lambda f: f.in_time).figure)
    return latest


def _spread(latest: list[str], raw: dict[str, Props]) -> Spread:
    """The spread of the figures with these ids (the latest of each source)."""
    if not latest:
        return Spread(text="")
    figures = {f: figure_from_properties(raw[f]) for f in latest}
    bounds = {f: interval(figure) for f, figure in figures.items()}
    lowest = min(latest, key=lambda f: (bounds[f][0], f))
    highest = max(latest, key=lambda f: (bounds[f][1], f))
    low, high = bounds[lowest][0], bounds[highest][1]
    words = [describe(figures[f]) for f in (lowest, highest)]
    text = words[0] if words[0] == words[1] else f"{words[0]} to {words[1]}"
    return Spread(low=low, high=None if math.isinf(high) else high, lowest=lowest, highest=highest, text=text)


def _link(d: Props, standing: set[tuple[str, str]]) -> Props:
    """A link row as :class:`IncidentLink`'s fields, plain (see :func:`_incident_figure`)."""
    return {"kind": d["kind"], "metric": d["metric"], "reason": d.get("reason"), "a": _claim_data(d["a"]),
            "b": _claim_data(d["b"]),
            "a_stated_by": [_actor_data(s) for s in sorted(d["a_stated_by"], key=lambda s: s["id"])],
            "b_stated_by": [_actor_data(s) for s in sorted(d["b_stated_by"], key=lambda s: s["id"])],
            "current": (d["a"]["id"], d["metric"]) in standing and (d["b"]["id"], d["metric"]) in standing}


def _metrics(rows: list[Props], links: list[Props]) -> list[Props]:
    """Per metric, :class:`IncidentMetric`'s fields, plain; what orders and groups the figures is
    read from their standings, not from the fields built for the answer."""
    standings = [_standing(d) for d in rows]
    latest = _latest(standings)
    raw = {d["figure"]["id"]: d["figure"] for d in rows}
    in_time = sorted(range(len(rows)), key=lambda i: standings[i].in_time)
    figures = {i: _incident_figure(rows[i], standings[i].figure in latest) for i in in_time}
    standing = {(rows[i]["claim"]["id"], s.metric.value) for i, s in enumerate(standings)
                if not s.revised_by & raw.keys()}
    out = []
    for metric in sorted({s.metric for s in standings}, key=list(Metric).index):
        figs = [i for i in in_time if standings[i].metric is metric]
        sources: dict[str, list[int]] = defaultdict(list)
        for i in figs:
            if (source := standings[i].source) is not None:
                sources[source].append(i)
        views = [{"source": figures[fs[0]]["source"], "figures": [standings[i].figure for i in fs],
                  "latest": next(standings[i].figure for i in fs if standings[i].figure in latest)}
                 for fs in sources.values() if any(standings[i].figure in latest for i in fs)]
        conflicts = sorted((_link(x, standing) for x in links if x["metric"] == metric.value),
                           key=lambda x: (x["kind"], x["a"]["id"], x["b"]["id"]))
        out.append({"metric": metric, "figures": [figures[i] for i in figs],
                    "sources": sorted(views, key=lambda v: (v["source"]["name"], v["source"]["id"])),
                    "spread": _spread([standings[i].figure for i in figs if standings[i].figure in latest], raw),
                    "conflicts": conflicts})
    return out


def _spreads(rows: list[Props]) -> tuple[list[MetricSpread], int]:
    """Per metric, the sources standing by a figure and their spread, and the sources of all metrics:
    what ``_metrics`` says of them, from the rows' ids and figures alone."""
    standings = [_standing(d) for d in rows]
    latest = _latest(standings)
    raw = {d["figure"]["id"]: d["figure"] for d in rows}
    out, everyone = [], set()
    for metric in sorted({s.metric for s in standings}, key=list(Metric).index):
        figs = [s for s in standings if s.metric is metric]
        sources = {s.source for s in figs if s.source is not None and s.figure in latest}
        everyone |= sources
        out.append(MetricSpread(metric=metric, sources=len(sources),
                                spread=_spread([s.figure for s in figs if s.figure in latest], raw)))
    return out, len(everyone)


def _incident_fields(p: Props) -> Props:
    return {k: p.get(k) for k in ("id", "kind", "label", "place", "date", "window_start", "window_end")}


def incident_detail(record: Props) -> IncidentDetail:
    return IncidentDetail.model_validate({
        **_incident_fields(record["incident"]),
        "articles": [{"article": _article_data(r["article"]), "publishers": [_actor_data(o) for o in r["publishers"]],
                      "agencies": [_actor_data(o) for o in r["agencies"]]} for r in record["articles"]],
        "metrics": _metrics(record["figures"], record["links"]),
        "has_conflict": any(x["kind"] == "CONTRADICTS" for x in record["links"])})


def incident_page(record: Props, *, limit: int, offset: int, **filters: Any) -> IncidentPage:
    items = []
    for d in record["items"]:
        metrics, sources = _spreads(d["figures"])
        items.append(IncidentSummary(
            **_incident_fields(d["incident"]), articles=d["articles"], sources=sources, metrics=metrics,
            contradictions=d["contradictions"], corroborations=d["corroborations"],
            has_conflict=d["contradictions"] > 0))
    return IncidentPage(total=record["total"], total_capped=record["capped"], limit=limit, offset=offset, items=items,
                        **filters)
