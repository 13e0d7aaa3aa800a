"""A count read up to a cap: the number shown and whether it passed the cap, in the models and the CLI."""
from __future__ import annotations

from claimgraph.api.cli.tables import claims_table
from claimgraph.graph.model import ActorKind
from claimgraph.graph.results import ActorRef, ClaimsByActor, capped
from claimgraph.graph.to_results import claims_by_actor
from claimgraph.graph.voice import VoiceScope

COUNCIL = {"id": "actor-council", "name": "Council", "kind": ActorKind.ORGANIZATION.value}


def test_a_count_up_to_the_cap_is_exact_and_one_past_it_is_the_cap() -> None:
    assert [capped(n, 3) for n in (0, 3, 4, 90)] == [(0, False), (3, False), (3, True), (3, True)]


def test_an_actors_parts_are_capped_apart_and_their_sum_against_the_cap() -> None:
    record = {"actor": COUNCIL, "own": 2, "through_others": 4, "items": []}
    page = claims_by_actor(record, VoiceScope.ALL, 10, 0, cap=3)
    assert ((page.own, page.own_capped), (page.through_others, page.through_others_capped),
            (page.total, page.total_capped)) == ((2, False), (3, True), (3, True))
    exact = claims_by_actor(record, VoiceScope.ALL, 10, 0, cap=6)
    assert (exact.own, exact.through_others, exact.total, exact.total_capped) == (2, 4, 6, False)


def test_the_claims_table_reads_a_capped_count_as_more_than_it() -> None:
    page = ClaimsByActor(actor=ActorRef(id="actor-council", name="Council", kind=ActorKind.ORGANIZATION),
                         scope=VoiceScope.ALL, depth=3, own=2, through_others=3, through_others_capped=True,
                         total=3, total_capped=True, limit=10, offset=0, items=[])
    title = str(claims_table(page).title)
    assert "no claims (of more than 3)" in title and "more than 3 through those" in title and "2 its own" in title
