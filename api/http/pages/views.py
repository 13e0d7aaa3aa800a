"""What each page shows, assembled from the store's typed answers.

The templates only lay these values out; every choice of what to show (a
path's roles, the marked phrase, the groups of an actor's claims) is made here,
where it can be tested without a browser.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from claimgraph.api.http.pages.browser_link import browser_url, ready_query
from claimgraph.api.http.pages.charts import Point, SourceRow, figure_spec
from claimgraph.api.http.pages.text import Piece, amount, mark
from claimgraph.graph.results import (
    ActorRef,
    ArticleRef,
    AssertedClaim,
    IncidentDetail,
    IncidentFigure,
    IncidentMetric,
    IncidentRef,
    Mention,
    Page,
    Provenance,
    ProvenancePath,
    RelType,
)


@dataclass(frozen=True, slots=True)
class ChainLink:
    """One actor of a provenance chain and the part it played."""

    actor: ActorRef
    role: str


@dataclass(frozen=True, slots=True)
class MarkedMention:
    mention: Mention
    pieces: list[Piece]


@dataclass(frozen=True, slots=True)
class PathView:
    chain: list[ChainLink]
    article: ArticleRef
    mentions: list[MarkedMention]
    cue: str | None
    channel: str | None


@dataclass(frozen=True, slots=True)
class ClaimPage:
    provenance: Provenance
    paths: list[PathView]
    browser_query: str
    browser_link: str | None


_ROLE_OF_EDGE = {RelType.PUBLISHED_BY: "outlet", RelType.SYNDICATED_FROM: "agency",
                 RelType.SPEAKS_FOR: "speaks for", RelType.MEMBER_OF: "member of"}


def _roles(path: ProvenancePath) -> dict[str, str]:
    roles: dict[str, str] = {}
    for edge in path.edges:
        if edge.type in _ROLE_OF_EDGE:
            roles.setdefault(edge.target, _ROLE_OF_EDGE[edge.type])
        elif edge.type == RelType.ASSERTED:
            roles.setdefault(edge.source, "speaker")
    return roles


def _path_view(path: ProvenancePath, claim_text: str) -> PathView:
    roles = _roles(path)
    asserted = next((e for e in path.edges if e.type == RelType.ASSERTED), None)
    props = asserted.properties if asserted else {}
    return PathView(
        chain=[ChainLink(a, roles.get(a.id, "")) for a in path.chain],
        article=path.article,
        mentions=[MarkedMention(m, mark(m.sentence or "", [claim_text])) for m in path.mentions],
        cue=props.get("cue"),
        channel=props.get("channel"),
    )


def claim_page(provenance: Provenance, neo4j_browser: str | None) -> ClaimPage:
    text = provenance.claim.text
    return ClaimPage(
        provenance=provenance,
        paths=[_path_view(p, text) for p in provenance.paths],
        browser_query=ready_query("provenance", "claim", text),
        browser_link=browser_url(neo4j_browser, "provenance", "claim", text) if neo4j_browser else None,
    )


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """An actor's claims about one incident (``incident`` None: about none the graph knows)."""

    incident_id: str | None
    label: str | None
    claims: list[AssertedClaim]


def group_by_incident(claims: list[AssertedClaim]) -> list[ClaimGroup]:
    """Claims grouped by the incident their figures count, groups in the order their
    first claim comes (a claim counting two incidents is under each), the claims
    about no incident last."""
    groups: dict[str | None, ClaimGroup] = {}
    for claim in claims:
        refs: list[IncidentRef | None] = list(claim.incidents) or [None]
        for ref in refs:
            key = ref.id if ref else None
            group = groups.setdefault(key, ClaimGroup(key, ref.label if ref else None, []))
            group.claims.append(claim)
    return sorted(groups.values(), key=lambda g: g.incident_id is None)


# --- incidents ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Pager:
    first: int
    last: int
    total: int
    capped: bool
    """more than ``total`` match (the count stopped at the cap)"""
    previous: str | None
    next: str | None
    """query strings of the neighbouring pages (None: there is none)"""


def pager(page: Page[Any], params: dict[str, str], *, capped: bool) -> Pager:
    """``capped``: the page's total is a cap, so a full page may have a next one past it."""
    def at(offset: int) -> str:
        return "?" + urlencode({**params, **({"offset": offset} if offset else {})})

    shown = len(page.items)
    more = page.offset + shown < page.total or (capped and shown == page.limit)
    return Pager(first=page.offset + 1 if shown else 0, last=page.offset + shown, total=page.total, capped=capped,
                 previous=at(max(page.offset - page.limit, 0)) if page.offset > 0 else None,
                 next=at(page.offset + page.limit) if more else None)


@dataclass(frozen=True, slots=True)
class FigureLine:
    """One figure of the incident's table, with its sentence cut around the figure's words."""

    item: IncidentFigure
    amount: str
    pieces: list[Piece]
    revised_by: list[str]
    """the raw words of the figures that revise it"""


@dataclass(frozen=True, slots=True)
class MetricView:
    metric: IncidentMetric
    chart_id: str
    chart: dict[str, Any]
    chart_summary: str
    lines: list[FigureLine]


@dataclass(frozen=True, slots=True)
class IncidentView:
    detail: IncidentDetail
    metrics: list[MetricView]


UNATTRIBUTED = "source not named"


def _row(source: ActorRef | None, items: list[IncidentFigure]) -> SourceRow:
    """The speakers, and the organisation they speak for when it is another actor."""
    points = [Point(i.figure.raw, i.figure.low, i.figure.high, i.figure.value, i.date, i.latest, i.claim.id)
              for i in items]
    if source is None:
        return SourceRow(UNATTRIBUTED, None, points)
    speakers = list(dict.fromkeys(i.speaker.name for i in items if i.speaker and i.speaker.id != source.id))
    if speakers:
        return SourceRow(", ".join(speakers), source.name, points)
    return SourceRow(source.name, None, points)


def _rows(metric: IncidentMetric) -> list[SourceRow]:
    by_id = {i.figure.id: i for i in metric.figures}
    placed: set[str] = set()
    rows: list[tuple[ActorRef | None, list[IncidentFigure]]] = []
    for source in metric.sources:
        items = [by_id[f] for f in source.figures if f in by_id]
        placed.update(i.figure.id for i in items)
        rows.append((source.source, items))
    loose = [i for i in metric.figures if i.figure.id not in placed]
    if loose:
        rows.append((None, loose))
    return [_row(source, items) for source, items in rows]


def _summary(metric: IncidentMetric, rows: list[SourceRow]) -> str:
    """The chart in words, for a screen reader (the table below holds every figure too)."""
    def name(row: SourceRow) -> str:
        return f"{row.speakers} ({row.organisation})" if row.organisation else row.speakers

    latest = "; ".join(f"{name(row)}: {', '.join(p.raw for p in row.points if p.latest)}" for row in rows)
    return f"{metric.metric}, latest figure per source: {latest}. Spread: {metric.spread.text}."


def incident_view(detail: IncidentDetail) -> IncidentView:
    views = []
    for n, metric in enumerate(detail.metrics):
        rows = _rows(metric)
        raw = {i.figure.id: i.figure.raw for i in metric.figures}
        lines = [FigureLine(i, amount(i.figure.value, i.figure.low, i.figure.high, i.figure.qualifier),
                            mark(i.sentence or "", [i.figure.raw]), [raw.get(f, f) for f in i.revised_by])
                 for i in metric.figures]
        views.append(MetricView(metric, f"chart-{n}", figure_spec(metric.metric.value, rows),
                                _summary(metric, rows), lines))
    return IncidentView(detail, views)
