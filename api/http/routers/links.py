"""Contradictions and corroborations between claims."""
from __future__ import annotations

from fastapi import APIRouter

from claimgraph.api.http.auth import ReadStoreDep
from claimgraph.api.http.errors import responses
from claimgraph.api.http.routers.params import IncludeHistory, Limit, Offset
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.model import ClaimLinkKind, Metric
from claimgraph.graph.results import ClaimPairs

router = APIRouter(tags=["contradictions and corroborations"],
                   responses=responses(401, 503, 504), route_class=ThreadedRoute)


@router.get("/contradictions", response_model=ClaimPairs)
def contradictions(store: ReadStoreDep, metric: Metric | None = None, limit: Limit = 100,
                   offset: Offset = 0, include_history: IncludeHistory = False) -> ClaimPairs:
    """Pairs of claims that contradict each other, with the reason, both
    speakers and both figures; by metric, then claim ids.
    `total` is exact up to a cap; past it `total_capped` is true and `total` is the cap."""
    return store.claim_pairs(ClaimLinkKind.CONTRADICTS, metric=metric, limit=limit, offset=offset,
                             history=include_history)


@router.get("/corroborations", response_model=ClaimPairs)
def corroborations(store: ReadStoreDep, metric: Metric | None = None, limit: Limit = 100,
                   offset: Offset = 0, include_history: IncludeHistory = False) -> ClaimPairs:
    """Pairs of claims from independent sources that agree, with the reason; by metric, then claim ids.
    `total` is exact up to a cap; past it `total_capped` is true and `total` is the cap."""
    return store.claim_pairs(ClaimLinkKind.CORROBORATES, metric=metric, limit=limit, offset=offset,
                             history=include_history)
