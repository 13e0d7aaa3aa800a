"""Actors: search, profile, and who said what."""
from __future__ import annotations

from fastapi import APIRouter

from claimgraph.api.http.auth import ReadStoreDep
from claimgraph.api.http.errors import responses
from claimgraph.api.http.routers.params import IncludeHistory, Limit, NodeId, Offset, SearchText, Since, Until
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.model import Channel
from claimgraph.graph.results import ActorHit, ActorProfile, ClaimsByActor, Page
from claimgraph.graph.voice import VoiceScope

router = APIRouter(prefix="/actors", tags=["actors"],
                   responses=responses(401, 503, 504), route_class=ThreadedRoute)


@router.get("", response_model=Page[ActorHit])
def search_actors(store: ReadStoreDep, q: SearchText, limit: Limit = 20, offset: Offset = 0) -> Page[ActorHit]:
    """Actors whose name or an alias contains every word of `q`: exact matches
    first, then names starting with `q`, then the rest; ties by id."""
    return store.search_actors(q, limit=limit, offset=offset)


@router.get("/{actor_id}", response_model=ActorProfile, responses=responses(404))
def actor_profile(store: ReadStoreDep, actor_id: NodeId, include_history: IncludeHistory = False) -> ActorProfile:
    """Kind, aliases, role, organizations, members, number of claims, and the
    outlets that carried its claims (of the latest article versions unless
    `include_history`)."""
    return store.actor_profile(actor_id, history=include_history)


@router.get("/{actor_id}/claims", response_model=ClaimsByActor, responses=responses(404))
def claims_by_actor(
    store: ReadStoreDep,
    actor_id: NodeId,
    since: Since = None,
    until: Until = None,
    channel: Channel | None = None,
    scope: VoiceScope = VoiceScope.ALL,
    limit: Limit = 50,
    offset: Offset = 0,
    include_history: IncludeHistory = False,
) -> ClaimsByActor:
    """What the actor asserted and, unless `scope=own`, what the actors that
    speak for or belong to it asserted (to `depth` steps), each row with its
    speaker, `via` and `chain`; by date (undated last), claim id, speaker id:
    cue, channel, date, and every article and text span that carried it.
    `own` and `through_others` split the total."""
    return store.claims_by_actor(actor_id, since=since, until=until, channel=channel, scope=scope,
                                 limit=limit, offset=offset, history=include_history)
