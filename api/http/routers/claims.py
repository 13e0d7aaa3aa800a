"""Claims: full-text search, provenance and the three clocks."""
from __future__ import annotations

from fastapi import APIRouter

from claimgraph.api.http.auth import ReadStoreDep
from claimgraph.api.http.errors import responses
from claimgraph.api.http.routers.params import IncludeHistory, Limit, NodeId, Offset, SearchText
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.history import ClaimClocks
from claimgraph.graph.results import ClaimSearch, Provenance

router = APIRouter(prefix="/claims", tags=["claims"],
                   responses=responses(401, 503, 504), route_class=ThreadedRoute)


@router.get("", response_model=ClaimSearch)
def search_claims(store: ReadStoreDep, q: SearchText, limit: Limit = 20, offset: Offset = 0,
                  include_history: IncludeHistory = False) -> ClaimSearch:
    """Claims whose text contains every word of `q`, by first_seen (undated last), then id.
    `total` is exact up to a cap; past it `total_capped` is true and `total` is the cap."""
    return store.search_claims(q, limit=limit, offset=offset, history=include_history)


@router.get("/{claim_id}/provenance", response_model=Provenance, responses=responses(404))
def claim_provenance(store: ReadStoreDep, claim_id: NodeId) -> Provenance:
    """Every path from the claim to the reader: publishing outlet, wire agency,
    speaker, the speaker's organization, with the article and its text spans."""
    return store.claim_provenance(claim_id)


@router.get("/{claim_id}/clocks", response_model=ClaimClocks, responses=responses(404))
def claim_clocks(store: ReadStoreDep, claim_id: NodeId) -> ClaimClocks:
    """The claim's three clocks, kept apart: when what it counts happened (its incidents'
    dates), when it was published (each article version reporting it) and when claimgraph
    stored each of those versions."""
    return store.claim_clocks(claim_id)
