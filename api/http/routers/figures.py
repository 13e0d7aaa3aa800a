"""The fact-checker's table: every figure for a metric, side by side."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from claimgraph.api.http.auth import ReadStoreDep
from claimgraph.api.http.errors import responses
from claimgraph.api.http.routers.params import IncludeHistory, Limit, Offset, Since, Until
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.model import Metric
from claimgraph.graph.results import FigureTable
from claimgraph.graph.voice import VoiceScope

router = APIRouter(tags=["figures"], responses=responses(401, 503, 504),
                   route_class=ThreadedRoute)


@router.get("/figures", response_model=FigureTable, responses=responses(404))
def figures(
    store: ReadStoreDep,
    metric: Metric,
    place: Annotated[str | None, Query(min_length=1, max_length=200,
                                       description="a place name (any case) or a Place id")] = None,
    since: Since = None,
    until: Until = None,
    by: Annotated[str | None, Query(min_length=1, max_length=200,
                                    description="an actor id: only the figures it and (unless scope=own) "
                                                "the actors that speak for or belong to it stated")] = None,
    scope: VoiceScope = VoiceScope.ALL,
    limit: Limit = 100,
    offset: Offset = 0,
    include_history: IncludeHistory = False,
) -> FigureTable:
    """Every figure of `metric`: value or range, qualifier, who stated it and
    when (since/until filter on the claim's date), where it was reported, and
    the claims it contradicts or corroborates, with the reasons. With `by`:
    the figures of that actor's voices, each with its speaker, `via` and
    `chain`, by the date that speaker said it. `total` is exact up to a cap; past it
    `total_capped` is true and `total` is the cap."""
    return store.figures(metric, place=place, since=since, until=until, by=by, scope=scope, limit=limit,
                         offset=offset, history=include_history)
