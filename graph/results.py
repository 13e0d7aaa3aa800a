"""What the graph's queries return: typed values both stores produce alike.

These pydantic models are the answer of every ``GraphStore`` query method and
the response models of the HTTP API, so an answer looks the same whether it
came from Neo4j (``Neo4jStore``, one named file in ``cypher/read`` per method)
or from the embedded store. Every list has a defined, total order (ties are
broken by id); nested lists are put in order by the models themselves, so a
store only has to find the right values. The catalog (method, query file,
parameters, result, order) is in ``docs/queries.md``.

Conventions both stores follow:

- Strings compare by code point (as Python and Cypher both do); dates compare
  as dates; "nulls last" means a missing date sorts after every date.
- Node ``properties`` are the stored properties without the derived
  ``search_names``; a property never holds None (Neo4j does not store nulls,
  so a store drops None values).
- An edge's id is :func:`edge_id`: type, endpoints and, for the relationship
  types that may link one pair more than once, what keeps them apart.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from operator import attrgetter, itemgetter
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimgraph.graph.model import ActorKind, Channel, Metric, OutletKind, Qualifier, QuoteKind
from claimgraph.graph.voice import VoiceScope

MAX_PATH_HOPS = 6
"""The longest attribution path ``shortest_path`` looks for (in relationships); the answer
says it (``max_hops``), so "not found" reads "none within six steps". Past six, on the
benchmark's million-claim graph, the paths were detours through claims and articles around
the outlets over ``MAX_PATH_DEGREE``, to or between organizations, and their searches set the
p95: most of the 8-step ones 0.3M to 0.4M database hits, where a search that finds nothing
within six reads about 25,000. ``cypher/read/shortest_path.cypher`` writes the number in its
pattern (a length there cannot be a parameter); the search with a bounded end takes it as a value."""

MAX_PATH_DEGREE = 1000
"""The most attribution relationships an actor may have for ``shortest_path`` to pass
through it: a wire agency, a ministry or an outlet of thousands of articles joins
nearly everyone to everyone in a few steps, so a path through it says little, and
expanding it would make one path cost the whole graph. The path's two ends may have any
degree (``PATH_END_CAP`` bounds how the path leaves them); claims and articles are not capped."""

PATH_END_CAP = 10_000
"""The most attribution relationships a path's end may have and still be left by any of them.
Past it (a spokesman of hundreds of thousands of claims) ``shortest_path`` leaves the end only
through its last ``PATH_END_CLAIMS`` claims in voice_key order (undated first, then the newest)
and the organizations it speaks for or belongs to, and says so (``bounded``): the search
would otherwise read every claim of the end, and a path cost as much as the end's history.
Such a search reads those exits from the voice_key index and nothing else of the end
(``graph.path_reads``, level by level).
Above the outlets and agencies of the benchmark's million-claim graph (at most 9,682), whose
articles have no order an index keeps and so cannot be bounded by recency."""
PATH_END_CLAIMS = 100
"""How many of a bounded end's claims ``shortest_path`` may leave it through (``PATH_END_CAP``)."""

SEARCH_TOTAL_CAP = 5000
"""The most matches a count reads: a claim search's total, an actor's claims (its profile's
counts, the totals of its claims). Past it the answer says so
(``total_capped``, ``claims_capped``, ...) and holds the cap: a count stops after ``cap + 1``
matches rather than reading every claim a common word matches or a prolific speaker made."""
PAIR_TOTAL_CAP = 1000
"""The most pairs a contradiction or corroboration list counts: past it the total says so
(``total_capped``) and the page is read metric by metric in order. Lower than the search's
cap because a pair costs more to count (the version rule on both claims, about 21 database
hits against a search match's 6): counting 5,000 pairs cost 117,631 db hits a call at a
million claims, 1,000 pairs 44,696 (docs/benchmarks.md)."""
INCIDENT_TOTAL_CAP = 1000
"""The most matches the incident list counts: past it the total says so (``total_capped``) and
the page is read in order through the date indexes. Lower than the search's cap: an incident's
filters (a conflict between its claims, a figure of a metric, a latest version reporting it)
cost some hundred database hits where a claim's words cost a few, so counting 5000 incidents
cost more than the whole list of a graph of 100,000 claims (1,500 incidents)."""
FIGURE_TOTAL_CAP = 1000
"""The most rows a figure table (``figures``, with or without ``by``) counts: past it the total
says so (``total_capped``). Lower than the search's cap because few claims state a figure of
one metric, and an actor's count read the voices' claims in order until it had found ``cap + 1``
rows: on the benchmark's million-claim graph one claim in about sixty did, so counting 5,000
rows read some 300,000 of the heaviest speaker's claims, and 1,000 a fifth of that. Both
tables now count STATES edges in the order of an index (graph.stated: stated_key for a
metric's, speaker_key for each voice of an actor's) to the same cap."""
CARRIED_BY_CLAIMS = 1000
"""How many of an actor's claims its profile's ``carried_by`` counts: the last in
voice_key order (undated first, then the newest), so a profile costs the same for
a spokesman of ten claims or of three hundred thousand."""

HIDDEN_PROPERTIES = frozenset({"search_names", "name_key", "voice_key", "stated_key", "speaker_key", "place_key"})
"""Derived properties the stores keep for their indexes (actor and place names, an ASSERTED
edge's order key and a STATES edge's three), left out of every answer."""


def capped(counted: int, cap: int) -> tuple[int, bool]:
    """A count read up to ``cap + 1``: the number to show (at most ``cap``) and whether it passed the cap."""
    return min(counted, cap), counted > cap


class NodeLabel(StrEnum):
    """A node's primary label, in the order subgraphs list nodes."""

    ARTICLE = "Article"
    ACTOR = "Actor"
    CLAIM = "Claim"
    FIGURE = "Figure"
    PLACE = "Place"
    EVENT = "Event"
    INCIDENT = "Incident"


_LABEL_RANK = {label: rank for rank, label in enumerate(NodeLabel)}
_LABELS = tuple((label.value, label) for label in NodeLabel)
"""Each label's name beside it, in order: an enum member's ``.value`` is a property call."""


class RelType(StrEnum):
    ASSERTED = "ASSERTED"
    REPORTED_IN = "REPORTED_IN"
    PUBLISHED_BY = "PUBLISHED_BY"
    SYNDICATED_FROM = "SYNDICATED_FROM"
    SPEAKS_FOR = "SPEAKS_FOR"
    MEMBER_OF = "MEMBER_OF"
    STATES = "STATES"
    EXCLUDES = "EXCLUDES"
    PART_OF = "PART_OF"
    CONTRADICTS = "CONTRADICTS"
    CORROBORATES = "CORROBORATES"
    VARIANT_OF = "VARIANT_OF"
    ABOUT = "ABOUT"
    REVISES = "REVISES"
    COUNTS = "COUNTS"
    REPORTS = "REPORTS"
    PREVIOUS_VERSION = "PREVIOUS_VERSION"


ATTRIBUTION_TYPES = (
    RelType.ASSERTED, RelType.REPORTED_IN, RelType.PUBLISHED_BY, RelType.SYNDICATED_FROM,
    RelType.SPEAKS_FOR, RelType.MEMBER_OF,
)
"""The relationship types an attribution path may follow (in either direction)."""

_EDGE_KEY: dict[str, str] = {RelType.REPORTED_IN: "start", RelType.CONTRADICTS: "metric", RelType.CORROBORATES: "metric"}


def edge_id(type_: RelType | str, source: str, target: str, properties: dict[str, Any]) -> str:
    """``TYPE:source>target``, plus ``:key`` where one pair can have several edges.

    REPORTED_IN is one edge per mention (keyed by its start offset);
    CONTRADICTS and CORROBORATES are one edge per metric.
    """
    # A RelType is a str: the type's name finds its key, with no call to the enum.
    key = _EDGE_KEY.get(type_)
    base = f"{type_}:{source}>{target}"
    return f"{base}:{properties[key]}" if key else base


def _none_last(value: dt.date | None) -> tuple[bool, dt.date]:
    return (value is None, value or dt.date.min)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


# --- references ------------------------------------------------------------

class ActorRef(_Model):
    id: str
    name: str
    kind: ActorKind
    anonymous: bool = False


class ArticleRef(_Model):
    id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None


class ClaimRef(_Model):
    id: str
    text: str
    quote: QuoteKind
    first_seen: dt.date | None = None


class IncidentRef(_Model):
    id: str
    label: str


class Span(_Model):
    """``start``/``end``: character offsets into the article's text as read."""

    article_id: str
    start: int
    end: int


class Mention(_Model):
    """One REPORTED_IN edge: where an article carries the claim."""

    article: ArticleRef
    start: int
    end: int
    sentence: str | None = None


def _mentions_in_order(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (*_none_last(m.article.published), m.article.id, m.start))


def _by_id(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda x: x.id)


# --- graph elements (provenance, paths, subgraphs, exports) ----------------

class Node(_Model):
    id: str
    label: NodeLabel
    labels: list[str] = Field(description="every label of the node, sorted")
    caption: str = Field(description="what a picture of the graph writes on the node")
    properties: dict[str, Any]


class Edge(_Model):
    id: str = Field(description="see claimgraph.graph.results.edge_id")
    type: RelType
    source: str
    target: str
    properties: dict[str, Any]


_CAPTION_FIELD = {NodeLabel.ARTICLE: "title", NodeLabel.CLAIM: "text", NodeLabel.FIGURE: "raw",
                  NodeLabel.INCIDENT: "label"}
_REL_TYPES = {t.value: t for t in RelType}


def node_caption(label: NodeLabel, properties: dict[str, Any]) -> str:
    return str(properties.get(_CAPTION_FIELD.get(label, "name")) or properties["id"])


def node_fields(labels: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    """A node's fields from its labels and stored properties (None and hidden ones dropped), plain:
    a subgraph validates all of its nodes at once (one call into pydantic's core, not one a node)."""
    label = next(lb for name, lb in _LABELS if name in labels)
    props = {k: v for k, v in properties.items() if v is not None and k not in HIDDEN_PROPERTIES}
    return {"id": props["id"], "label": label, "labels": sorted(labels), "caption": node_caption(label, props),
            "properties": props}


def make_node(labels: list[str], properties: dict[str, Any]) -> Node:
    return Node(**node_fields(labels, properties))


def edge_fields(type_: str, source: str, target: str, properties: dict[str, Any]) -> dict[str, Any]:
    """An edge's fields, plain (see :func:`node_fields`)."""
    kind = _REL_TYPES.get(type_) or RelType(type_)
    props = {k: v for k, v in properties.items() if v is not None and k not in HIDDEN_PROPERTIES}
    return {"id": edge_id(kind, source, target, props), "type": kind, "source": source, "target": target,
            "properties": props}


def make_edge(type_: str, source: str, target: str, properties: dict[str, Any]) -> Edge:
    return Edge(**edge_fields(type_, source, target, properties))


def _dedupe(items: list[Any], id_of: Callable[[Any], str] = attrgetter("id")) -> list[Any]:
    """Each id once, the first kept: models by their ``id``, or plain fields with ``itemgetter("id")``."""
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(id_of(item), item)
    return list(seen.values())


class Subgraph(_Model):
    """Nodes ordered by label (Article, Actor, Claim, Figure, Place, Event) then id;
    edges ordered by id. Duplicates (same id) are kept once."""

    nodes: list[Node]
    edges: list[Edge]

    @field_validator("nodes")
    @classmethod
    def _nodes_in_order(cls, nodes: list[Node]) -> list[Node]:
        return sorted(_dedupe(nodes), key=lambda n: (_LABEL_RANK[n.label], n.id))

    @field_validator("edges")
    @classmethod
    def _edges_in_order(cls, edges: list[Edge]) -> list[Edge]:
        return sorted(_dedupe(edges), key=lambda e: e.id)


# --- pages -----------------------------------------------------------------

T = TypeVar("T")


class Page(_Model, Generic[T]):
    """One page of an ordered list: ``items`` are ``[offset, offset + limit)``."""

    total: int = Field(description="how many items match, on every page")
    limit: int
    offset: int
    items: list[T]


# --- actors ----------------------------------------------------------------

class ActorMatch(StrEnum):
    EXACT = "exact"
    PREFIX = "prefix"
    WORDS = "words"


class ActorHit(_Model):
    id: str
    name: str
    kind: ActorKind
    aliases: list[str]
    role: str | None = None
    anonymous: bool = False
    outlet_kind: OutletKind | None = None
    match: ActorMatch = Field(description="exact: the query is the name or an alias; prefix: one "
                                           "starts with it; words: each query word is in one")


class Affiliation(_Model):
    """A SPEAKS_FOR or MEMBER_OF edge seen from one end: the actor at the other end."""

    actor: ActorRef
    relation: Literal["SPEAKS_FOR", "MEMBER_OF"]
    role: str | None = None


def _affiliations_in_order(items: list[Affiliation]) -> list[Affiliation]:
    return sorted(items, key=lambda a: (a.actor.id, a.relation))


class Carrier(_Model):
    """An outlet that carried some of an actor's claims (as publisher or wire agency)."""

    outlet: ActorRef
    outlet_kind: OutletKind | None = None
    claims: int
    articles: int


class ActorProfile(_Model):
    id: str
    name: str
    kind: ActorKind
    labels: list[str]
    aliases: list[str]
    role: str | None = None
    anonymous: bool = False
    outlet_kind: OutletKind | None = None
    organizations: list[Affiliation] = Field(description="whom this actor speaks for or belongs to")
    members: list[Affiliation] = Field(description="who speaks for or belongs to this actor")
    claims: int = Field(description=f"claims this actor asserted; when claims_capped, the cap ({SEARCH_TOTAL_CAP}): "
                                    "more, how many is not counted")
    claims_capped: bool = Field(default=False, description=f"more than {SEARCH_TOTAL_CAP} claims: claims is the cap")
    claims_through_others: int = Field(description="claims asserted by the actors that speak for or belong "
                                                   "to it, to graph.voice.MAX_MEMBER_DEPTH steps; when "
                                                   "claims_through_others_capped, the cap")
    claims_through_others_capped: bool = Field(default=False, description=f"more than {SEARCH_TOTAL_CAP} claims "
                                                                          "through others: the number is the cap")
    articles_published: int
    articles_syndicated: int
    carried_by: list[Carrier] = Field(description="by claims carried (most first), then id")
    carried_by_claims: int = Field(description="the claims carried_by counts: all of them, or the actor's "
                                               "last CARRIED_BY_CLAIMS (undated first, then the newest)")

    @field_validator("organizations")
    @classmethod
    def _order_organizations(cls, value: list[Any]) -> list[Any]:
        return _affiliations_in_order(value)

    @field_validator("members")
    @classmethod
    def _order_members(cls, value: list[Any]) -> list[Any]:
        return _affiliations_in_order(value)

    @field_validator("labels")
    @classmethod
    def _labels_sorted(cls, labels: list[str]) -> list[str]:
        return sorted(labels)

    @field_validator("carried_by")
    @classmethod
    def _carriers_in_order(cls, items: list[Carrier]) -> list[Carrier]:
        return sorted(items, key=lambda c: (-c.claims, c.outlet.id))


# --- claims ----------------------------------------------------------------

class AssertedClaim(_Model):
    """A claim as one actor asserted it (the ASSERTED edge) and where it was reported.

    In an organization's answer the speaker may be one of its voices: ``via``
    says through whom, ``chain`` the SPEAKS_FOR/MEMBER_OF steps from the
    speaker to the organization, each with the actor it reaches.
    """

    id: str
    text: str
    quote: QuoteKind
    date: dt.date | None = Field(description="when the actor made it; else the claim's first_seen")
    first_seen: dt.date | None = None
    cue: str | None = None
    channel: Channel | None = None
    anonymous: bool = False
    source_span: Span | None = None
    cue_span: Span | None = None
    speaker: ActorRef = Field(description="who asserted it: the actor asked, or one that speaks for or belongs to it")
    via: str | None = Field(None, description='"Pat Ryder, Pentagon spokesman", "anonymous source"; '
                                              "none for the actor's own claims")
    chain: list[Affiliation] = Field(default_factory=list, description="speaker first; empty for its own claims")
    mentions: list[Mention] = Field(description="by article date (nulls last), article id, start")
    incidents: list[IncidentRef] = Field(default_factory=list, description="the incidents its figures count, by id")

    @field_validator("mentions")
    @classmethod
    def _order_mentions(cls, value: list[Any]) -> list[Any]:
        return _mentions_in_order(value)

    @field_validator("incidents")
    @classmethod
    def _order_incidents(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)


class ClaimsByActor(Page[AssertedClaim]):
    """An actor's claims, one row per speaker and claim, by date (nulls last),
    claim id, then speaker id. With scope ``all`` the speakers are the actor
    and the actors that speak for or belong to it (to ``depth`` steps)."""

    actor: ActorRef
    scope: VoiceScope
    depth: int = Field(description="SPEAKS_FOR/MEMBER_OF steps followed from the actor (0: its own claims only)")
    total: int = Field(description=f"how many rows match, on every page; when total_capped, the cap "
                                   f"({SEARCH_TOTAL_CAP}): more match, how many is not counted")
    total_capped: bool = Field(default=False, description=f"more than {SEARCH_TOTAL_CAP} rows match, and total is "
                                                          "the cap; every page is still the rows in order")
    own: int = Field(description="of total: claims the actor asserted itself; when own_capped, the cap")
    own_capped: bool = Field(default=False, description=f"more than {SEARCH_TOTAL_CAP} own claims: own is the cap")
    through_others: int = Field(description="of total: claims asserted by the actors that speak for or belong to "
                                            "it; when through_others_capped, the cap")
    through_others_capped: bool = Field(default=False, description=f"more than {SEARCH_TOTAL_CAP} claims through "
                                                                   "others: through_others is the cap")


class ClaimHit(_Model):
    id: str
    text: str
    quote: QuoteKind
    first_seen: dt.date | None = None
    speakers: list[ActorRef] = Field(description="by id")
    articles: int

    @field_validator("speakers")
    @classmethod
    def _order_speakers(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)


class ClaimSearch(Page[ClaimHit]):
    """A page of a claim search. ``total`` is exact unless ``total_capped``."""

    total: int = Field(description=f"how many claims match, on every page; when total_capped, the cap "
                                   f"({SEARCH_TOTAL_CAP}): more match, how many is not counted")
    total_capped: bool = Field(default=False, description=f"more than {SEARCH_TOTAL_CAP} claims match, and total "
                                                          "is the cap, not their number; every page is still "
                                                          "the matches in order")


# --- provenance ------------------------------------------------------------

class ProvenancePath(_Model):
    """One way a claim reached the reader: an article, its outlets, the speaker.

    ``chain`` is the attribution read outlet first: publishing outlet, wire
    agency, speaker, the speaker's organization (an actor already in the chain
    is not repeated, so a claim in an agency's own voice is [publisher, agency]).
    ``nodes`` and ``edges`` are the graph elements of the path, in the order
    publisher, agency, article, claim, speaker, organization, and PUBLISHED_BY,
    SYNDICATED_FROM, REPORTED_IN (by start), ASSERTED, SPEAKS_FOR/MEMBER_OF.
    """

    chain: list[ActorRef]
    article: ArticleRef
    mentions: list[Mention]
    nodes: list[Node]
    edges: list[Edge]


class Provenance(_Model):
    """Paths ordered by article date (nulls last), article id, the chain's actor
    ids (as a list), then the edge ids (as a list)."""

    claim: ClaimRef
    paths: list[ProvenancePath]

    @field_validator("paths")
    @classmethod
    def _order_paths(cls, paths: list[ProvenancePath]) -> list[ProvenancePath]:
        return sorted(paths, key=lambda p: (*_none_last(p.article.published), p.article.id,
                                            [a.id for a in p.chain], [e.id for e in p.edges]))


def provenance_path(
    *,
    article: dict[str, Any],
    claim: dict[str, Any],
    speaker: dict[str, Any],
    asserted: dict[str, Any],
    reported_in: list[dict[str, Any]],
    publisher: tuple[dict[str, Any], dict[str, Any]] | None = None,
    agency: tuple[dict[str, Any], dict[str, Any]] | None = None,
    organization: tuple[dict[str, Any], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Assemble one path from its elements' fields (:func:`node_fields`, :func:`edge_fields`), as
    :class:`ProvenancePath`'s fields, plain: an answer is validated whole, once (one call into
    pydantic's core, not one a node, edge and reference)."""
    mentions = sorted(reported_in, key=lambda e: e["properties"]["start"])
    outlets = [x for x in (publisher, agency) if x is not None]
    chain = _dedupe([n for n, _ in outlets] + [speaker] + ([organization[0]] if organization else []), itemgetter("id"))
    nodes = _dedupe([n for n, _ in outlets] + [article, claim, speaker] + ([organization[0]] if organization else []),
                    itemgetter("id"))
    edges = [e for _, e in outlets] + mentions + [asserted] + ([organization[1]] if organization else [])
    a = article["properties"]
    ref = {"id": article["id"], "title": a.get("title"), "url": a.get("url"), "published": a.get("published")}
    return {
        "chain": [{"id": n["id"], "name": n["properties"]["name"], "kind": n["properties"]["kind"],
                   "anonymous": bool(n["properties"].get("anonymous"))} for n in chain],
        "article": ref,
        "mentions": [{"article": ref, "start": e["properties"]["start"], "end": e["properties"]["end"],
                      "sentence": e["properties"].get("sentence")} for e in mentions],
        "nodes": nodes,
        "edges": edges,
    }


# --- figures ---------------------------------------------------------------

class FigureValue(_Model):
    id: str
    metric: Metric
    raw: str
    qualifier: Qualifier
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    place: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    incident_date: dt.date | None = None
    aggregate: bool = False
    replaces: str | None = None
    hypothetical: bool = False
    incident: str | None = Field(default=None, description="the id of the incident the figure counts")
    incident_label: str | None = None


class Report(_Model):
    """An article that carried a claim, with who published and syndicated it."""

    article: ArticleRef
    publishers: list[ActorRef]
    agencies: list[ActorRef]

    @field_validator("publishers")
    @classmethod
    def _order_publishers(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)

    @field_validator("agencies")
    @classmethod
    def _order_agencies(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)


def _reports_in_order(reports: list[Report]) -> list[Report]:
    return sorted(reports, key=lambda r: (*_none_last(r.article.published), r.article.id))


class LinkedClaim(_Model):
    """The other claim of a CONTRADICTS/CORROBORATES edge, with its figures of the metric."""

    claim: ClaimRef
    stated_by: list[ActorRef]
    figures: list[FigureValue]
    metric: Metric
    reason: str | None = None

    @field_validator("stated_by")
    @classmethod
    def _order_stated_by(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)

    @field_validator("figures")
    @classmethod
    def _order_figures(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)


def _linked_in_order(items: list[LinkedClaim]) -> list[LinkedClaim]:
    return sorted(items, key=lambda x: (x.claim.id, x.metric))


class FigureRelation(_Model):
    """An EXCLUDES, PART_OF or REVISES edge from (outgoing) or to (incoming) this figure."""

    relation: Literal["EXCLUDES", "PART_OF", "REVISES"]
    direction: Literal["outgoing", "incoming"]
    figure: FigureValue
    reason: str | None = None


class FigureRow(_Model):
    """One figure of the fact-checker's table: the number, who stated it, who
    carried it, and the claims it contradicts or corroborates on its metric."""

    figure: FigureValue
    claim: ClaimRef
    stated_by: list[ActorRef]
    on_behalf_of: list[ActorRef] = Field(description="the speakers' organizations (SPEAKS_FOR/MEMBER_OF)")
    stated_on: dt.date | None = Field(description="earliest ASSERTED date, else the claim's first_seen")
    reported_in: list[Report]
    contradicts: list[LinkedClaim]
    corroborates: list[LinkedClaim]
    relations: list[FigureRelation]
    speaker: ActorRef | None = Field(None, description="with `by`: the voice of the actor that stated it")
    via: str | None = Field(None, description="with `by`: through whom (see AssertedClaim.via)")
    chain: list[Affiliation] = Field(default_factory=list, description="with `by`: speaker to the actor")

    @field_validator("stated_by")
    @classmethod
    def _order_stated_by(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)

    @field_validator("on_behalf_of")
    @classmethod
    def _order_on_behalf_of(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)

    @field_validator("reported_in")
    @classmethod
    def _order_reported_in(cls, value: list[Any]) -> list[Any]:
        return _reports_in_order(value)

    @field_validator("contradicts")
    @classmethod
    def _order_contradicts(cls, value: list[Any]) -> list[Any]:
        return _linked_in_order(value)

    @field_validator("corroborates")
    @classmethod
    def _order_corroborates(cls, value: list[Any]) -> list[Any]:
        return _linked_in_order(value)

    @field_validator("relations")
    @classmethod
    def _relations_in_order(cls, items: list[FigureRelation]) -> list[FigureRelation]:
        return sorted(items, key=lambda r: (r.relation, r.direction, r.figure.id))


class FigureTable(Page[FigureRow]):
    """Rows by stated_on (nulls last), then figure id, then claim id. With
    ``by``: the figures the actor's voices stated (``scope`` as in
    ClaimsByActor), one row per speaker, claim and figure, by the date that
    speaker said it (nulls last; what since/until filter), claim id, figure
    id, speaker id."""

    metric: Metric
    place: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    by: ActorRef | None = None
    scope: VoiceScope | None = None
    total_capped: bool = Field(default=False, description=f"more than {FIGURE_TOTAL_CAP} rows match, and "
                                                          "total is the cap; every page is still the rows in order")


# --- contradictions and corroborations -------------------------------------

class LinkSide(_Model):
    claim: ClaimRef
    stated_by: list[ActorRef]
    figures: list[FigureValue] = Field(description="the claim's figures of the pair's metric, by id")

    @field_validator("stated_by")
    @classmethod
    def _order_stated_by(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)

    @field_validator("figures")
    @classmethod
    def _order_figures(cls, value: list[Any]) -> list[Any]:
        return _by_id(value)


class ClaimPair(_Model):
    """A CONTRADICTS or CORROBORATES edge; ``a`` has the smaller claim id."""

    kind: Literal["CONTRADICTS", "CORROBORATES"]
    metric: Metric
    reason: str | None = None
    a: LinkSide
    b: LinkSide


class ClaimPairs(Page[ClaimPair]):
    """Pairs by metric, then a's claim id, then b's. ``total`` is exact unless ``total_capped``."""

    total: int = Field(description=f"how many pairs match, on every page; when total_capped, the cap "
                                   f"({PAIR_TOTAL_CAP}): more match, how many is not counted")
    total_capped: bool = Field(default=False, description=f"more than {PAIR_TOTAL_CAP} pairs match, and total "
                                                          "is the cap, not their number; every page is still "
                                                          "the pairs in order")


# --- incidents ---------------------------------------------------------------

class IncidentFigure(_Model):
    """One figure counting the incident, with everything that says where it came from.

    ``source`` is the independent source (the organisation the speaker speaks
    for or belongs to, else the speaker); ``chain`` the outlets that carried
    it (publisher, then wire agency); ``span`` the figure's words in
    ``article`` and ``reason`` why it counts this incident. ``revises`` and
    ``revised_by`` are REVISES edges (figure ids); ``latest`` marks the
    figure its source stands by now.
    """

    figure: FigureValue
    claim: ClaimRef
    speaker: ActorRef | None = None
    on_behalf_of: list[ActorRef]
    source: ActorRef | None = None
    chain: list[ActorRef]
    article: ArticleRef | None = None
    span: Span | None = None
    sentence: str | None = None
    date: dt.date | None = Field(description="when the speaker said it (ASSERTED date), else the claim's first_seen")
    cue: str | None = None
    channel: Channel | None = None
    reason: str | None = None
    revises: list[str]
    revised_by: list[str]
    latest: bool


class SourceFigures(_Model):
    """One source's figures of a metric, oldest first (its revisions in order), and the latest."""

    source: ActorRef
    figures: list[str]
    latest: str


class Spread(_Model):
    """The lowest and highest of the sources' latest figures (bounds as their words allow)."""

    low: float | None = None
    high: float | None = Field(default=None, description="None when a figure has no upper bound (\"more than\")")
    lowest: str | None = Field(default=None, description="figure id")
    highest: str | None = Field(default=None, description="figure id")
    text: str = Field(description="\"1 to several (>= 3)\", or the one figure")


class IncidentLink(_Model):
    """A CONTRADICTS or CORROBORATES edge between two claims counting the incident.
    ``current``: both claims still hold a figure their sources have not revised."""

    kind: Literal["CONTRADICTS", "CORROBORATES"]
    metric: Metric
    reason: str | None = None
    a: ClaimRef
    b: ClaimRef
    a_stated_by: list[ActorRef]
    b_stated_by: list[ActorRef]
    current: bool


class IncidentMetric(_Model):
    """Figures by date (nulls last), figure id; sources by name, id; links by kind, a, b."""

    metric: Metric
    figures: list[IncidentFigure]
    sources: list[SourceFigures]
    spread: Spread
    conflicts: list[IncidentLink]


class MetricSpread(_Model):
    metric: Metric
    sources: int
    spread: Spread


class IncidentSummary(_Model):
    id: str
    kind: str
    label: str
    place: str | None = None
    date: dt.date | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    articles: int
    sources: int = Field(description="independent sources that gave a figure")
    metrics: list[MetricSpread] = Field(description="in the order of Metric (killed, injured, ...)")
    contradictions: int
    corroborations: int
    has_conflict: bool = Field(description="some claims counting it CONTRADICT one another")


class IncidentPage(Page[IncidentSummary]):
    """Incidents newest first: by date (else the end of their window; nulls last), then id.
    ``total`` is exact unless ``total_capped``."""

    total: int = Field(description=f"how many incidents match, on every page; when total_capped, the cap "
                                   f"({INCIDENT_TOTAL_CAP}): more match, how many is not counted")
    total_capped: bool = Field(default=False, description=f"more than {INCIDENT_TOTAL_CAP} incidents match, and "
                                                          "total is the cap, not their number; every page is "
                                                          "still the matches in order")

    q: str | None = None
    place: str | None = None
    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    metric: Metric | None = None
    has_conflict: bool | None = None
    by: str | None = Field(None, description="an actor id: only incidents it or its voices gave figures for")
    scope: VoiceScope | None = None


class IncidentDetail(_Model):
    id: str
    kind: str
    label: str
    place: str | None = None
    date: dt.date | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    articles: list[Report] = Field(description="the articles reporting it, by date (nulls last), id")
    metrics: list[IncidentMetric] = Field(description="in the order of Metric (killed, injured, ...)")
    has_conflict: bool

    @field_validator("articles")
    @classmethod
    def _order_articles(cls, value: list[Any]) -> list[Any]:
        return _reports_in_order(value)


# --- paths -----------------------------------------------------------------

class AttributionPath(_Model):
    """The shortest path between two actors over the attribution relationships
    (either direction, at most ``max_hops``), passing through no actor with more
    than ``max_degree`` attribution relationships (its two ends excepted). Among
    equally short paths, the one whose node ids, then edge ids, read as the
    smallest list. From an actor to itself the path is that node alone.
    An end of more than ``end_cap`` attribution relationships is left only through
    its last ``end_claims`` claims and the organizations it speaks for or belongs
    to (``bounded`` names it): a path found is a true path, but perhaps not the
    shortest through the end's older claims, and ``found`` false then means none
    through those."""

    source: ActorRef
    target: ActorRef
    max_hops: int = Field(description="the longest path looked for, in relationships: found false means "
                                      "none within it")
    max_degree: int = Field(description="actors with more attribution relationships than this (super-nodes: "
                                        "an agency, an outlet, a ministry) are not passed through")
    end_cap: int = Field(description="an end with more attribution relationships than this is left only "
                                     "through its last end_claims claims and its organizations")
    end_claims: int = Field(description="how many of a bounded end's claims (the newest) the path may start from")
    bounded: list[Literal["source", "target"]] = Field(
        description="the ends over end_cap: the path leaves them only through their last end_claims claims "
                    "and their organizations, so a path through an older claim was not looked for")
    found: bool
    nodes: list[Node]
    edges: list[Edge]
