"""The page statements return only the properties their answers keep, and the answers lose nothing by it.

The field lists are the models' (ActorRef, ArticleRef, ClaimRef); a speaker named through its chain
also keeps its role, which graph.voice.via reads. These tests fail when a model gains or loses a field
that the statements' map projections do not follow, or when to_results reads a key they leave out.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from claimgraph.graph import queries
from claimgraph.graph.results import ActorRef, ArticleRef, ClaimRef
from claimgraph.graph.to_results import figure_table, incident_detail
from claimgraph.graph.voice import VoiceScope

ACTOR = frozenset(ActorRef.model_fields)
SPEAKER = ACTOR | {"role"}
ARTICLE = frozenset(ArticleRef.model_fields)
CLAIM = frozenset(ClaimRef.model_fields)

PAGE_STATEMENTS = ("figures", "figures_by_actor", "incident", "incidents_page", "claims_by_actor", "contradictions",
                   "corroborations")
WHOLE_MAPS = {"f", "g", "cnt", "said", "i"}
"""What these statements still return whole (by these names): figures (FigureValue and an incident's
spread read most of a figure's properties), the COUNTS and ASSERTED edges, the incident."""

_PROJECTION = re.compile(r"\b\w+ \{(\.\w+(?:, \.\w+)*)\}")


def _code(name: str) -> str:
    return "\n".join(line for line in queries.query(name).splitlines() if not line.lstrip().startswith("//"))


def test_every_projection_of_a_page_statement_keeps_exactly_one_models_fields() -> None:
    for name in PAGE_STATEMENTS:
        found = [frozenset(key.strip(" .") for key in keys.split(",")) for keys in _PROJECTION.findall(_code(name))]
        assert found, name
        assert [keys for keys in found if keys not in (ACTOR, SPEAKER, ARTICLE, CLAIM)] == [], name


def test_page_statements_return_whole_property_maps_only_of_figures_edges_and_the_incident() -> None:
    for name in PAGE_STATEMENTS:
        assert set(re.findall(r"properties\((\w+)\)", _code(name))) <= WHOLE_MAPS, name


def _cut(props: dict[str, Any], keys: frozenset[str]) -> dict[str, Any]:
    """What a map projection of these keys returns: each key, null when the node lacks it."""
    return {k: props.get(k) for k in keys}


def _actor(name: str, kind: str, role: str | None = None) -> dict[str, Any]:
    slug = name.lower().replace(" ", "-")
    return {"id": f"actor-{slug}", "name": name, "kind": kind, "anonymous": False, "aliases": [f"the {slug}"],
            "role": role, "search_names": f"{name} | the {slug}", "outlet_kind": None}


HARBOUR = _actor("Harbour Board", "organization")
WARDEN = _actor("Ines Valtor", "person", role="chief warden")
TIDINGS = _actor("Coast Tidings", "outlet")
WIRE = _actor("Shore Wire", "outlet")
ARTICLE_PROPS = {"id": "article-ferry", "title": "Ferry capsizes off the point", "url": "https://example.org/ferry",
                 "published": dt.date(2025, 3, 2), "text_sha256": "0" * 64, "language": "en", "dateline": "PORTVALE",
                 "ingested_at": dt.datetime(2025, 3, 2, 9, 30, tzinfo=dt.UTC), "latest": True, "version": 1}
CLAIM_PROPS = {"id": "claim-ferry", "text": "Nine passengers drowned when the ferry capsized.", "quote": "indirect",
               "first_seen": dt.date(2025, 3, 2), "confidence": 0.9}
OTHER_CLAIM = {"id": "claim-ferry-low", "text": "Seven passengers drowned.", "quote": "direct",
               "first_seen": dt.date(2025, 3, 3), "confidence": 1.0}
FIGURE = {"id": "figure-ferry", "metric": "killed", "raw": "nine", "qualifier": "exact", "value": 9.0,
          "incident_victim": "passengers", "aggregate": False}
OTHER_FIGURE = {"id": "figure-ferry-low", "metric": "killed", "raw": "seven", "qualifier": "exact", "value": 7.0,
                "aggregate": False}


def _figure_record(cut: bool) -> dict[str, Any]:
    def actor(p: dict[str, Any], keys: frozenset[str] = ACTOR) -> dict[str, Any]:
        return _cut(p, keys) if cut else p

    claim = _cut(CLAIM_PROPS, CLAIM) if cut else CLAIM_PROPS
    other = _cut(OTHER_CLAIM, CLAIM) if cut else OTHER_CLAIM
    article = _cut(ARTICLE_PROPS, ARTICLE) if cut else ARTICLE_PROPS
    item = {"figure": FIGURE, "claim": claim, "stated_on": dt.date(2025, 3, 2), "stated_by": [actor(WARDEN)],
            "on_behalf_of": [actor(HARBOUR)],
            "reported_in": [{"article": article, "publishers": [actor(TIDINGS)], "agencies": [actor(WIRE)]}],
            "links": [{"kind": "CONTRADICTS", "claim": other, "stated_by": [actor(TIDINGS)],
                       "figures": [OTHER_FIGURE], "metric": "killed", "reason": "nine against seven"}],
            "relations": [], "speaker": actor(WARDEN, SPEAKER),
            "chain": [{"actor": actor(HARBOUR), "relation": "MEMBER_OF", "role": None}]}
    return {"actor": actor(HARBOUR), "total": 1, "items": [item]}


def test_an_actors_figures_read_from_projected_maps_answer_as_from_whole_ones() -> None:
    def table(cut: bool) -> Any:
        return figure_table(_figure_record(cut), metric="killed", place=None, since=None, until=None, limit=100,
                            offset=0, cap=1000, scope=VoiceScope.ALL)

    projected = table(cut=True)
    assert projected == table(cut=False)
    assert projected.items[0].via == "Ines Valtor, chief warden"
    assert projected.items[0].reported_in[0].article.title == ARTICLE_PROPS["title"]


def _incident_record(cut: bool) -> dict[str, Any]:
    def actor(p: dict[str, Any]) -> dict[str, Any]:
        return _cut(p, ACTOR) if cut else p

    claim = _cut(CLAIM_PROPS, CLAIM) if cut else CLAIM_PROPS
    other = _cut(OTHER_CLAIM, CLAIM) if cut else OTHER_CLAIM
    article = _cut(ARTICLE_PROPS, ARTICLE) if cut else ARTICLE_PROPS
    asserted = {"date": dt.date(2025, 3, 2), "cue": "said", "channel": "statement",
                "voice_key": "actor-ines-valtor 2025-03-02 claim-ferry"}

    def row(c: dict[str, Any], f: dict[str, Any], speaker: dict[str, Any]) -> dict[str, Any]:
        return {"figure": {**f, "incident": "incident-ferry"}, "counts": {"article": ARTICLE_PROPS["id"],
                                                                          "start": 0, "end": 9, "reason": "same"},
                "claim": c, "speakers": [{"actor": actor(speaker), "asserted": asserted, "orgs": [actor(HARBOUR)]}],
                "article": article, "sentence": c["text"], "publishers": [actor(TIDINGS)], "agencies": [actor(WIRE)],
                "revises": [], "revised_by": []}

    return {"incident": {"id": "incident-ferry", "kind": "accident", "label": "Ferry capsizing", "place": "Portvale",
                         "date": dt.date(2025, 3, 1), "places": ["Portvale"]},
            "articles": [{"article": article, "publishers": [actor(TIDINGS)], "agencies": [actor(WIRE)]}],
            "figures": [row(claim, FIGURE, WARDEN), row(other, OTHER_FIGURE, TIDINGS)],
            "links": [{"kind": "CONTRADICTS", "metric": "killed", "reason": "nine against seven", "a": claim,
                       "b": other, "a_stated_by": [actor(WARDEN)], "b_stated_by": [actor(TIDINGS)]}]}


def test_an_incident_read_from_projected_maps_answers_as_from_whole_ones() -> None:
    projected = incident_detail(_incident_record(cut=True))
    assert projected == incident_detail(_incident_record(cut=False))
    assert [f.chain[0].name for f in projected.metrics[0].figures] == ["Coast Tidings", "Coast Tidings"]
