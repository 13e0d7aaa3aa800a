"""Every read follows article versions: a claim only a replaced version reported is left out by
default and back with ``history``, alike on Neo4j and the embedded store (the graph:
:mod:`tests.versions`)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph.graph import ids
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Actor, ActorKind, Asserted, Batch, Channel, Claim, Metric, QuoteKind, ReportedIn
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.store import GraphStore
from tests.answers import timeless
from tests.versions import (
    CHIEF,
    DAY,
    FIRE,
    FIRST,
    GONE,
    HERALD,
    KEPT,
    KEY,
    SECOND,
    SERVICE,
    TEXT_1,
    WIRE,
    WITNESS,
    versions_batch,
)

pytestmark = pytest.mark.neo4j


@pytest.fixture(params=["memory", "neo4j"])
def versioned(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """The two-version graph in one store, then the other."""
    store: GraphStore = (MemoryStore(tmp_path / "graph.json") if request.param == "memory"
                         else request.getfixturevalue("store"))
    store.write(versions_batch())
    yield store
    if request.param == "memory":
        store.close()


def test_the_replaced_version_is_flagged(versioned: GraphStore) -> None:
    assert [v.latest for v in versioned.article_history(KEY).versions] == [False, True]


def test_profile_counts_claims_and_articles_of_the_latest_versions(versioned: GraphStore) -> None:
    for history, claims, through, published, syndicated in ((False, 1, 1, 1, 0), (True, 2, 2, 2, 1)):
        chief = versioned.actor_profile(CHIEF.id, history=history)
        assert chief.claims == claims, history
        assert versioned.actor_profile(SERVICE.id, history=history).claims_through_others == through, history
        assert versioned.actor_profile(HERALD.id, history=history).articles_published == published, history
        assert versioned.actor_profile(WIRE.id, history=history).articles_syndicated == syndicated, history
        assert versioned.actor_profile(WITNESS.id, history=history).claims == claims - 1, history


def test_profile_carriers_are_the_latest_versions(versioned: GraphStore) -> None:
    def carried(history: bool) -> list[tuple[str, int, int]]:
        return [(c.outlet.id, c.claims, c.articles) for c in versioned.actor_profile(CHIEF.id, history=history).carried_by]
    assert carried(False) == [(HERALD.id, 1, 1)]
    assert carried(True) == [(WIRE.id, 2, 1), (HERALD.id, 2, 2)]  # as many claims: by id


def test_a_path_passes_only_through_latest_versions_and_their_claims(versioned: GraphStore) -> None:
    # The witness is joined to the rest only by the claim the first version alone reported.
    assert not versioned.shortest_path(WITNESS.id, HERALD.id).found
    assert not versioned.shortest_path(WITNESS.id, CHIEF.id).found
    back = versioned.shortest_path(WITNESS.id, HERALD.id, history=True)
    assert [n.id for n in back.nodes] == [WITNESS.id, GONE.id, FIRST.id, HERALD.id]
    # Between two actors of both versions, the path goes through the latest one (with history,
    # the first version's smaller id wins the tie).
    assert [n.id for n in versioned.shortest_path(CHIEF.id, HERALD.id).nodes] == [
        CHIEF.id, KEPT.id, SECOND.id, HERALD.id]
    assert [n.id for n in versioned.shortest_path(CHIEF.id, HERALD.id, history=True).nodes][2:] == [
        FIRST.id, HERALD.id]
    assert not versioned.shortest_path(CHIEF.id, WIRE.id).found
    assert versioned.shortest_path(CHIEF.id, WIRE.id, history=True).found



def test_a_claim_of_one_speaker_only_a_replaced_version_reports_joins_no_path(versioned: GraphStore) -> None:
    # A harbour pilot's remark, in the first version alone and said by no one else: the path
    # from the pilot leaves through that claim, and with it through the replaced version.
    pilot = Actor(ids.actor_id("Harbour Pilot"), "Harbour Pilot", ActorKind.PERSON, role="pilot")
    remark = Claim(ids.claim_id(pilot.id, "smoke by noon"), "the smoke was seen by noon", QuoteKind.INDIRECT, DAY)
    at = TEXT_1.index("dock")
    versioned.write(Batch(actors=[pilot], claims=[remark],
                          asserted=[Asserted(pilot.id, remark.id, FIRST.id, "says", Channel.STATEMENT, DAY)],
                          reported_in=[ReportedIn(remark.id, FIRST.id, at, at + 4, TEXT_1)]))
    for end in (HERALD, WIRE, CHIEF):
        assert not versioned.shortest_path(pilot.id, end.id).found, end.id
        assert not versioned.shortest_path(end.id, pilot.id).found, end.id
    back = versioned.shortest_path(pilot.id, HERALD.id, history=True)
    assert [n.id for n in back.nodes] == [pilot.id, remark.id, FIRST.id, HERALD.id]


@pytest.mark.parametrize("ask", [
    dict(q="sailors"), dict(q="witness"), dict(metric=Metric.INJURED), dict(by=WITNESS.id),
    dict(has_conflict=True)], ids=lambda d: next(iter(d)))
def test_incident_filters_look_at_the_claims_of_the_latest_versions(versioned: GraphStore,
                                                                    ask: dict[str, Any]) -> None:
    assert versioned.incidents(**ask).total == 0
    assert [i.id for i in versioned.incidents(**ask, history=True).items] == [FIRE.id]


def test_incident_list_counts_the_latest_versions(versioned: GraphStore) -> None:
    [latest] = versioned.incidents(has_conflict=False).items
    [every] = versioned.incidents(history=True).items
    assert (latest.articles, every.articles) == (1, 2)
    assert versioned.incidents(has_conflict=False, history=True).total == 0
    assert versioned.incidents(by=SERVICE.id).total == versioned.incidents(metric=Metric.KILLED).total == 1


def _answers(store: GraphStore, history: bool) -> dict[str, Any]:
    reads: dict[str, Any] = {
        "profiles": [store.actor_profile(a.id, history=history) for a in (HERALD, WIRE, SERVICE, CHIEF, WITNESS)],
        "paths": [store.shortest_path(a.id, b.id, history=history)
                  for a in (CHIEF, WITNESS, SERVICE) for b in (HERALD, WIRE, CHIEF)],
        "incidents": [store.incidents(history=history, **ask) for ask in (
            {}, {"q": "sailors"}, {"q": "chief"}, {"metric": Metric.INJURED}, {"metric": Metric.KILLED},
            {"by": WITNESS.id}, {"by": SERVICE.id}, {"has_conflict": True}, {"has_conflict": False})],
        "incident": store.incident(FIRE.id, history=history),
    }
    return timeless({k: [x.model_dump(mode="json") for x in v] if isinstance(v, list) else v.model_dump(mode="json")
                      for k, v in reads.items()})


def test_both_stores_answer_alike_with_and_without_history(store: Neo4jStore, tmp_path: Path) -> None:
    memory = MemoryStore(tmp_path / "graph.json")
    for s in (memory, store):
        s.write(versions_batch())
    for history in (False, True):
        mine, theirs = _answers(memory, history), _answers(store, history)
        for key in mine:
            assert mine[key] == theirs[key], (history, key)
    memory.close()
