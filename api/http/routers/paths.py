"""The shortest attribution path between two actors or outlets."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from claimgraph.api.http.auth import ReadStoreDep
from claimgraph.api.http.errors import responses
from claimgraph.api.http.routers.params import IncludeHistory
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.results import AttributionPath

router = APIRouter(tags=["paths"], responses=responses(401, 503, 504),
                   route_class=ThreadedRoute)


@router.get("/paths", response_model=AttributionPath, responses=responses(404))
def shortest_path(
    store: ReadStoreDep,
    source: Annotated[str, Query(alias="from", min_length=1, max_length=300, description="an actor id")],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=300, description="an actor id")],
    include_history: IncludeHistory = False,
) -> AttributionPath:
    """The shortest path between two actors over who-asserted, reported-in,
    published-by, syndicated-from, speaks-for and member-of, in either
    direction (`found` is false when none is within `max_hops`); it passes through
    no actor with more than `max_degree` such relationships but its two ends, and,
    unless `include_history`, through no replaced article version nor a claim only
    such versions report. An end with more than `end_cap` such relationships is left
    only through its last `end_claims` claims and the organizations it speaks for or
    belongs to; `bounded` names such ends (then a path not found is none through those)."""
    return store.shortest_path(source, target, history=include_history)
