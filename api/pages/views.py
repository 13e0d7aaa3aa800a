"""What each page shows, assembled from the store's typed answers.

The templates only lay these values out; every choice of what to show (a
path's roles, the marked phrase, the groups of an actor's claims) is made here,
where it can be tested without a browser.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.api.pages.browser_link import browser_url, ready_query
from claimgraph.api.pages.text import Piece, mark
from claimgraph.graph.results import (
    ActorRef,
    ArticleRef,
    AssertedClaim,
    Mention,
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


def group_by_incident(claims: list[AssertedClaim], incident_of: dict[str, tuple[str, str]]) -> list[ClaimGroup]:
    """Claims grouped by the incident their figures count (claim id -> (incident id, label)),
    groups in the order their first claim comes, the claims about no incident last."""
    groups: dict[str | None, ClaimGroup] = {}
    for claim in claims:
        incident_id, label = incident_of.get(claim.id, (None, None))
        group = groups.setdefault(incident_id, ClaimGroup(incident_id, label, []))
        group.claims.append(claim)
    return sorted(groups.values(), key=lambda g: g.incident_id is None)
