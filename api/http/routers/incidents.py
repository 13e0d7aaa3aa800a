"""Incidents: one real event's tolls, every source side by side."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from claimgraph.api.http.auth import ReadStoreDep
from claimgraph.api.http.errors import responses
from claimgraph.api.http.routers.params import MAX_SEARCH, IncludeHistory, Limit, NodeId, Offset, Since, Until
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.model import INCIDENT_KINDS, Metric
from claimgraph.graph.results import IncidentDetail, IncidentPage
from claimgraph.graph.voice import VoiceScope

router = APIRouter(prefix="/incidents", tags=["incidents"],
                   responses=responses(401, 503, 504), route_class=ThreadedRoute)

IncidentKind = Literal[INCIDENT_KINDS]  # type: ignore[valid-type]


@router.get("", response_model=IncidentPage, responses=responses(404))
def incidents(
    store: ReadStoreDep,
    q: Annotated[str | None, Query(min_length=1, max_length=MAX_SEARCH,
                                   description="words each in the label, a claim counting it or its speaker")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=200,
                                       description="part of the incident's place (any case)")] = None,
    kind: IncidentKind | None = None,
    since: Since = None,
    until: Until = None,
    metric: Metric | None = None,
    has_conflict: Annotated[bool | None, Query(description="true: sources contradict one another; "
                                                           "false: none do")] = None,
    by: Annotated[str | None, Query(min_length=1, max_length=200,
                                    description="an actor id: only incidents it or (unless scope=own) the "
                                                "actors that speak for or belong to it gave figures for")] = None,
    scope: VoiceScope = VoiceScope.ALL,
    limit: Limit = 50,
    offset: Offset = 0,
    include_history: IncludeHistory = False,
) -> IncidentPage:
    """Incidents newest first, each with its articles, sources, the spread of
    the latest figures per metric and whether sources conflict; with `by`,
    those an organization (or its spokespeople, members, sources) gave tolls for."""
    return store.incidents(q=q, place=place, kind=kind, since=since, until=until, metric=metric,
                           has_conflict=has_conflict, by=by, scope=scope, limit=limit, offset=offset,
                           history=include_history)


@router.get("/{incident_id}", response_model=IncidentDetail, responses=responses(404))
def incident(store: ReadStoreDep, incident_id: NodeId, include_history: IncludeHistory = False) -> IncidentDetail:
    """One incident: per metric every figure with its claim, speaker, chain,
    article, span, date, cue and channel; each source's revisions in order and
    its latest figure; the spread of the latest figures; the conflicts."""
    return store.incident(incident_id, history=include_history)
