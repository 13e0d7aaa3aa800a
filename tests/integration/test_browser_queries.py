"""The ready queries for Neo4j Browser run on the real server and draw what they say."""
from __future__ import annotations

from typing import Any

import pytest

from claimgraph.graph.neo4j_store import Neo4jStore
from tests.browser_files import browser_query, style
from tests.plans import INDEXED, SCANS, operators
from tests.query_graph import Q, query_batch
from tests.versions import FIRST, GONE, KEPT, versions_batch

pytestmark = pytest.mark.neo4j

READY = ["who_said", "provenance", "conflicting_figures", "incident"]


@pytest.fixture
def graph(store: Neo4jStore) -> Neo4jStore:
    store.write(query_batch())
    return store


def run(store: Neo4jStore, name: str, **params: Any) -> tuple[set[str], set[str]]:
    """Node ids and relationship types in the paths the query returns."""
    query = browser_query(name)
    with store._driver.session(database=store.database) as s:
        records = list(s.run(query.cypher, {**query.params, **params}))
    nodes = {n["id"] for r in records for p in r.values() if p is not None for n in p.nodes}
    types = {rel.type for r in records for p in r.values() if p is not None for rel in p.relationships}
    return nodes, types


def test_every_ready_query_sets_its_parameters_with_param() -> None:
    for name in READY:
        query = browser_query(name)
        assert query.params, name
        assert all(f"${p}" in query.cypher for p in query.params), name
        assert query.text.startswith("//"), name


def test_who_said_finds_the_actor_by_alias_in_any_case(graph: Neo4jStore) -> None:
    nodes, types = run(graph, "who_said", actor="HADDAD")
    assert {Q.omar, Q.toll, Q.roads, Q.curfew, Q.a1, Q.a3, Q.harbor, Q.wire} <= nodes
    assert {"ASSERTED", "REPORTED_IN", "PUBLISHED_BY", "SYNDICATED_FROM"} <= types


def test_who_said_draws_an_organization_with_its_speakers_and_their_claims(graph: Neo4jStore) -> None:
    nodes, types = run(graph, "who_said", actor="the ministry")
    assert {Q.ministry, Q.omar, Q.official, Q.toll, Q.roads, Q.curfew, Q.planned, Q.a1, Q.a2} <= nodes
    assert {"SPEAKS_FOR", "MEMBER_OF", "ASSERTED", "REPORTED_IN"} <= types
    assert Q.front not in nodes


def test_provenance_draws_speaker_organization_articles_and_outlets(graph: Neo4jStore) -> None:
    nodes, types = run(graph, "provenance", claim="killed when the depot")
    assert nodes == {Q.toll, Q.omar, Q.ministry, Q.a1, Q.a2, Q.harbor, Q.wire, Q.valley}
    assert types == {"ASSERTED", "REPORTED_IN", "PUBLISHED_BY", "SYNDICATED_FROM", "SPEAKS_FOR"}


def test_a_quote_or_backslash_in_the_parameter_is_harmless(graph: Neo4jStore) -> None:
    assert run(graph, "provenance", claim='depot" OR \\') == (set(), set())


def test_conflicting_figures_draws_both_claims_their_figures_and_speakers(graph: Neo4jStore) -> None:
    nodes, types = run(graph, "conflicting_figures")
    assert nodes == {Q.toll, Q.fighters, Q.omar, Q.front, Q.f_toll, Q.f_fighters}
    assert "CONTRADICTS" in types
    assert run(graph, "conflicting_figures", metric="injured") == (set(), set())


def test_incident_draws_its_figures_claims_speakers_and_conflicts(graph: Neo4jStore) -> None:
    nodes, types = run(graph, "incident", incident="PORT AMAR")
    assert {Q.depot_raid, Q.f_toll, Q.f_fighters, Q.f_aid, Q.toll, Q.fighters, Q.aid, Q.omar, Q.front, Q.dana,
            Q.ministry} <= nodes
    assert {"COUNTS", "STATES", "ASSERTED", "SPEAKS_FOR", "CONTRADICTS", "CORROBORATES"} <= types
    assert run(graph, "incident", incident='amar" OR \\') == (set(), set())


@pytest.mark.parametrize("name", READY)
def test_ready_queries_seek_an_index(graph: Neo4jStore, name: str) -> None:
    query = browser_query(name)
    with graph._driver.session(database=graph.database) as s:
        plan = s.run("EXPLAIN " + query.cypher, query.params).consume().plan
    ops = [op for op, _ in operators(plan)]
    assert not SCANS & set(ops) and INDEXED & set(ops), ops


def test_the_style_gives_every_label_a_colour_and_a_caption() -> None:
    grass = style()
    for label in ("Article", "Actor", "Person", "Organization", "Group", "Outlet", "Claim", "Figure", "Place",
                  "Event", "Incident"):
        block = grass.split(f"node.{label} {{", 1)[1].split("}", 1)[0]
        assert "color:" in block and "caption:" in block, label


def test_the_drawings_leave_out_what_only_a_replaced_version_carried(store: Neo4jStore) -> None:
    store.write(versions_batch())
    for history in (False, True):
        said, _ = run(store, "who_said", actor="Dock Witness", history=history)
        assert (GONE.id in said) == history
        assert (FIRST.id in run(store, "who_said", actor="Mara Lindqvist", history=history)[0]) == history
        assert bool(run(store, "conflicting_figures", history=history)[0]) == history
        drawn, _ = run(store, "incident", incident="harbour", history=history)
        assert KEPT.id in drawn and (GONE.id in drawn) == history
