"""An actor's properties follow the readings that hold it, on Neo4j and the embedded store alike:
no ingest order changes them, and removing or re-reading an article takes back what it gave."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph.graph.actor_readings import reading
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Actor, ActorKind, Article, Batch, Claim, OutletKind, QuoteKind, ReportedIn
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.store import GraphStore
from tests.queries import TEST_QUERIES

pytestmark = pytest.mark.neo4j

HARBOUR = "actor-harbour-board"
AS_PERSON = Actor(HARBOUR, "Harbour Board", ActorKind.PERSON, aliases=("the board chair",), role="chair")
AS_ORGANIZATION = Actor(HARBOUR, "harbour board", ActorKind.ORGANIZATION, aliases=("the port authority",),
                        role="authority", outlet_kind=None)
AS_AGENCY = Actor(HARBOUR, "Harbour Board", ActorKind.OUTLET, aliases=("HB wire",), anonymous=True,
                  outlet_kind=OutletKind.AGENCY)


@pytest.fixture(params=["neo4j", "memory"])
def graph(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        yield request.getfixturevalue("store")
    else:
        yield MemoryStore(tmp_path / "graph.json")


def _article(n: int, *actors: Actor, claims: tuple[Claim, ...] = ()) -> Batch:
    article_id = f"article-harbour-{n}"
    return Batch(articles=[Article(article_id, f"{n:064x}")], actors=list(actors), claims=list(claims),
                 reported_in=[ReportedIn(c.id, article_id, 0, 10, "the port") for c in claims],
                 names=reading(article_id, actors))


def _node(store: GraphStore, node_id: str) -> dict[str, Any]:
    """Labels and properties of a node, the same from both stores."""
    if isinstance(store, Neo4jStore):
        [row] = store.read("node_by_id", TEST_QUERIES, id=node_id)
        labels, props = row["labels"], row["properties"]
    else:
        [(labels, props)] = [(d["labels"], d["props"]) for k, d in store.graph().nodes(data=True) if k[1] == node_id]
    return {"labels": sorted(labels), **{k: v.to_native() if hasattr(v, "to_native") else v for k, v in props.items()}}


def _reread(store: GraphStore, batch: Batch) -> None:
    store.write_linked(lambda _source: batch, replacing=[a.id for a in batch.articles])


def test_the_order_of_ingest_does_not_change_an_actor(graph: GraphStore) -> None:
    batches = [_article(1, AS_PERSON), _article(2, AS_ORGANIZATION), _article(3, AS_AGENCY)]
    seen = []
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        graph.clear()
        for i in order:
            graph.write(batches[i])
        seen.append(_node(graph, HARBOUR))
    assert seen[0] == seen[1] == seen[2]
    assert seen[0] == {
        "labels": ["Actor", "Organization", "Outlet", "Person"], "id": HARBOUR, "name": "Harbour Board",
        "kind": "outlet", "aliases": ["HB wire", "the board chair", "the port authority"], "anonymous": True,
        "role": "authority", "outlet_kind": "agency",
        "search_names": "Harbour Board | HB wire | the board chair | the port authority",
    }


def test_removing_the_only_article_that_gave_a_kind_takes_its_label_and_role(graph: GraphStore) -> None:
    for batch in (_article(1, AS_PERSON), _article(2, AS_ORGANIZATION)):
        graph.write(batch)
    assert _node(graph, HARBOUR)["labels"] == ["Actor", "Organization", "Person"]
    graph.remove_article("article-harbour-2")
    only_first = _node(graph, HARBOUR)
    graph.clear()
    graph.write(_article(1, AS_PERSON))
    assert only_first == _node(graph, HARBOUR)
    assert only_first["labels"] == ["Actor", "Person"]
    assert (only_first["kind"], only_first["role"], only_first["aliases"]) == ("person", "chair", ["the board chair"])


def test_reading_again_with_rules_that_no_longer_give_a_kind_takes_it_back(graph: GraphStore) -> None:
    for batch in (_article(1, AS_PERSON), _article(2, AS_AGENCY)):
        graph.write(batch)
    assert _node(graph, HARBOUR)["outlet_kind"] == "agency"
    newer = Actor(HARBOUR, "Harbour Board", ActorKind.PERSON, aliases=("the chair",))
    _reread(graph, _article(2, newer))
    after = _node(graph, HARBOUR)
    graph.clear()
    for batch in (_article(2, newer), _article(1, AS_PERSON)):
        graph.write(batch)
    assert after == _node(graph, HARBOUR)
    assert after["labels"] == ["Actor", "Person"]
    assert "outlet_kind" not in after and after["anonymous"] is False and after["kind"] == "person"
    assert after["aliases"] == ["the board chair", "the chair"]


def test_an_actor_only_the_replaced_reading_held_goes(graph: GraphStore) -> None:
    graph.write(_article(1, AS_ORGANIZATION))
    other = Actor("actor-pilot", "Pilot", ActorKind.PERSON)
    _reread(graph, _article(1, other))
    assert graph.counts().nodes == {"Article": 1, "Actor": 1, "Person": 1}


def test_a_reread_keeps_the_first_seen_of_a_claim_another_article_carries(graph: GraphStore) -> None:
    claim = Claim("claim-harbour", "the port closed", QuoteKind.INDIRECT)
    graph.write(_article(1, AS_PERSON, claims=(Claim(claim.id, claim.text, claim.quote, dt.date(2024, 1, 1)),)))
    graph.write(_article(2, AS_PERSON, claims=(Claim(claim.id, claim.text, claim.quote, dt.date(2024, 3, 1)),)))
    # Reading the first carrier again with a later date is no new storage: first_seen stays, never later.
    _reread(graph, _article(1, AS_PERSON, claims=(Claim(claim.id, claim.text, claim.quote, dt.date(2024, 2, 1)),)))
    assert _node(graph, claim.id)["first_seen"] == dt.date(2024, 1, 1)
    # Once no other article carries it, the claim goes with the old reading and comes back as read anew.
    graph.remove_article("article-harbour-2")
    _reread(graph, _article(1, AS_PERSON, claims=(Claim(claim.id, claim.text, claim.quote, dt.date(2024, 2, 1)),)))
    assert _node(graph, claim.id)["first_seen"] == dt.date(2024, 2, 1)
