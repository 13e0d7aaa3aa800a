"""The query catalog against the real Neo4j: answers, their order, and index use."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from claimgraph.graph import queries
from claimgraph.graph.incident_reads import STATEMENTS
from claimgraph.graph.model import Channel, ClaimLinkKind, Metric
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.path_reads import STATEMENTS as PATH_STATEMENTS
from claimgraph.graph.results import ActorMatch, NodeLabel, RelType, edge_id
from claimgraph.graph.store import NotFound
from tests.plans import INDEX_SCANS, INDEXED, SCANS, operators
from tests.queries import TEST_QUERIES
from tests.query_graph import CONTRADICTION_REASON, CORROBORATION_REASON, MAY, Q, query_batch

pytestmark = pytest.mark.neo4j


@pytest.fixture
def graph(store: Neo4jStore) -> Neo4jStore:
    store.write(query_batch())
    return store


def names(actors: list[Any]) -> list[str]:
    return [a.name for a in actors]


# --- actor search ---------------------------------------------------------

def test_actor_search_finds_a_name_by_a_word_inside_it(graph: Neo4jStore) -> None:
    page = graph.search_actors("hadd")
    assert [(h.id, h.match) for h in page.items] == [(Q.omar, ActorMatch.PREFIX)]


def test_actor_search_ranks_exact_then_prefix_then_words(graph: Neo4jStore) -> None:
    page = graph.search_actors("Interior Ministry")
    assert [(h.id, h.match) for h in page.items] == [
        (Q.ministry, ActorMatch.EXACT), (Q.official, ActorMatch.PREFIX)]
    words = graph.search_actors("ministry")
    assert [h.id for h in words.items] == sorted([Q.ministry, Q.official])
    assert {h.match for h in words.items} == {ActorMatch.WORDS}


def test_actor_search_matches_aliases_exactly_ignoring_case(graph: Neo4jStore) -> None:
    [hit] = graph.search_actors("cwr").items
    assert (hit.id, hit.match, hit.aliases) == (Q.wire, ActorMatch.EXACT, ["CWR"])


def test_actor_search_needs_every_word(graph: Neo4jStore) -> None:
    assert graph.search_actors("omar front").total == 0
    assert [h.id for h in graph.search_actors("front northern").items] == [Q.front]


@pytest.mark.parametrize("hostile", ['haddad" OR *:*', "haddad AND NOT x", "(haddad)^9~", "hadd\\", "hadd/*"])
def test_lucene_syntax_in_a_search_is_plain_text(graph: Neo4jStore, hostile: str) -> None:
    assert [h.id for h in graph.search_actors(hostile).items] in ([], [Q.omar])


def test_a_search_without_words_finds_nothing(graph: Neo4jStore) -> None:
    assert graph.search_actors(" ()*?! ").total == 0
    assert graph.search_claims("--").total == 0


def test_actor_search_pages_with_a_stable_total(graph: Neo4jStore) -> None:
    first = graph.search_actors("i", limit=2)
    second = graph.search_actors("i", limit=2, offset=2)
    assert first.total == second.total >= 4
    assert not {h.id for h in first.items} & {h.id for h in second.items}


# --- actor profile ----------------------------------------------------------

def test_profile_of_a_spokesman(graph: Neo4jStore) -> None:
    p = graph.actor_profile(Q.omar)
    assert (p.name, p.kind, p.role, p.aliases, p.labels) == (
        "Omar Haddad", "person", "ministry spokesman", ["Haddad"], ["Actor", "Person"])
    assert [(o.actor.id, o.relation, o.role) for o in p.organizations] == [(Q.ministry, "SPEAKS_FOR", "spokesman")]
    assert p.claims == 3
    # the toll went out in A1 (Harbor Times, Coastal Wire) and A2 (Valley Post);
    # the road claim in A1, the curfew in A3 (Harbor Times)
    carried = {c.outlet.id: (c.claims, c.articles) for c in p.carried_by}
    assert carried == {Q.harbor: (3, 2), Q.wire: (2, 1), Q.valley: (1, 1)}
    assert [c.outlet.id for c in p.carried_by] == [Q.harbor, Q.wire, Q.valley]


def test_profile_of_an_organization_lists_who_speaks_for_it(graph: Neo4jStore) -> None:
    p = graph.actor_profile(Q.ministry)
    assert [(m.actor.id, m.relation) for m in p.members] == sorted(
        [(Q.omar, "SPEAKS_FOR"), (Q.official, "MEMBER_OF")])
    assert p.claims == 0 and p.carried_by == []


def test_profile_of_a_wire_agency_counts_its_articles(graph: Neo4jStore) -> None:
    p = graph.actor_profile(Q.wire)
    assert (p.outlet_kind, p.articles_syndicated, p.articles_published, p.claims) == ("agency", 1, 0, 1)
    assert graph.actor_profile(Q.harbor).articles_published == 2


def test_profile_of_an_unknown_actor_is_not_found(graph: Neo4jStore) -> None:
    with pytest.raises(NotFound, match="no actor with id 'actor-nobody'"):
        graph.actor_profile("actor-nobody")


# --- claims by actor --------------------------------------------------------

def test_claims_by_actor_come_by_date_with_undated_last(graph: Neo4jStore) -> None:
    page = graph.claims_by_actor(Q.omar)
    assert [c.id for c in page.items] == [Q.toll, Q.roads, Q.curfew]
    assert [c.date for c in page.items] == [MAY[1], MAY[2], None]
    assert page.total == 3 and page.actor.id == Q.omar


def test_claims_by_actor_carry_cue_channel_spans_and_mentions_in_order(graph: Neo4jStore) -> None:
    toll = graph.claims_by_actor(Q.omar).items[0]
    assert (toll.cue, toll.channel) == ("said", Channel.STATEMENT)
    assert toll.source_span is not None and toll.source_span.article_id == Q.a1
    assert [(m.article.id, m.start) for m in toll.mentions] == [(Q.a1, 40), (Q.a1, 120), (Q.a2, 10)]
    assert toll.mentions[0].sentence == "The toll sentence, lead paragraph."


def test_claims_by_actor_filter_by_dates_and_channel(graph: Neo4jStore) -> None:
    assert [c.id for c in graph.claims_by_actor(Q.omar, since=MAY[2]).items] == [Q.roads]
    assert [c.id for c in graph.claims_by_actor(Q.omar, until=MAY[1]).items] == [Q.toll]
    assert [c.id for c in graph.claims_by_actor(Q.omar, since=MAY[1], until=MAY[2]).items] == [Q.toll, Q.roads]
    briefing = graph.claims_by_actor(Q.omar, channel=Channel.PRESS_BRIEFING)
    assert ([c.id for c in briefing.items], briefing.total) == ([Q.roads], 1)


def test_claims_by_actor_page_through_the_same_order(graph: Neo4jStore) -> None:
    page = graph.claims_by_actor(Q.omar, limit=1, offset=1)
    assert ([c.id for c in page.items], page.total, page.limit, page.offset) == ([Q.roads], 3, 1, 1)
    assert graph.claims_by_actor(Q.omar, offset=5).items == []


def test_claims_of_an_unknown_actor_are_not_found(graph: Neo4jStore) -> None:
    with pytest.raises(NotFound):
        graph.claims_by_actor("actor-nobody")


def test_a_negative_offset_is_refused(graph: Neo4jStore) -> None:
    with pytest.raises(ValueError, match="offset"):
        graph.claims_by_actor(Q.omar, offset=-1)


# --- claim search -------------------------------------------------------------

def test_claim_search_finds_every_claim_with_all_words(graph: Neo4jStore) -> None:
    page = graph.search_claims("DEPOT")
    # first_seen order, undated last, ties by id
    dated = sorted([Q.toll, Q.fighters], key=str) + [Q.injured]
    assert [c.id for c in page.items] == [*dated, Q.aid]
    # "raid" is inside "raided": words match anywhere in the text
    assert [c.id for c in graph.search_claims("depot raid").items] == [Q.toll, Q.injured]


def test_claim_search_hits_name_speakers_and_articles(graph: Neo4jStore) -> None:
    [hit] = graph.search_claims("killed when").items
    assert (hit.id, names(hit.speakers), hit.articles) == (Q.toll, ["Omar Haddad"], 2)


# --- provenance ------------------------------------------------------------------

def chains(graph: Neo4jStore, claim_id: str) -> list[list[str]]:
    return [names(p.chain) for p in graph.claim_provenance(claim_id).paths]


def test_provenance_reads_outlet_agency_speaker_organization(graph: Neo4jStore) -> None:
    assert chains(graph, Q.toll) == [
        ["Harbor Times", "Coastal Wire", "Omar Haddad", "Interior Ministry"],
        ["Valley Post", "Omar Haddad", "Interior Ministry"],
    ]


def test_provenance_of_an_anonymous_source_ends_at_its_organization(graph: Neo4jStore) -> None:
    assert chains(graph, Q.planned) == [["Valley Post", "Interior Ministry official", "Interior Ministry"]]


def test_provenance_of_the_wire_or_paper_in_its_own_voice(graph: Neo4jStore) -> None:
    assert chains(graph, Q.residents) == [["Harbor Times", "Coastal Wire"]]
    assert chains(graph, Q.injured) == [["Valley Post"]]


def test_provenance_path_lists_nodes_edges_and_every_mention(graph: Neo4jStore) -> None:
    path = graph.claim_provenance(Q.toll).paths[0]
    assert [(n.label, n.id) for n in path.nodes] == [
        (NodeLabel.ACTOR, Q.harbor), (NodeLabel.ACTOR, Q.wire), (NodeLabel.ARTICLE, Q.a1),
        (NodeLabel.CLAIM, Q.toll), (NodeLabel.ACTOR, Q.omar), (NodeLabel.ACTOR, Q.ministry)]
    assert [e.type for e in path.edges] == [
        RelType.PUBLISHED_BY, RelType.SYNDICATED_FROM, RelType.REPORTED_IN, RelType.REPORTED_IN,
        RelType.ASSERTED, RelType.SPEAKS_FOR]
    assert [(m.start, m.end) for m in path.mentions] == [(40, 80), (120, 160)]
    assert path.edges[4].properties["cue"] == "said"
    assert "search_names" not in path.nodes[0].properties


def test_provenance_of_an_undated_article_comes_after_dated_ones(graph: Neo4jStore) -> None:
    assert [p.article.id for p in graph.claim_provenance(Q.curfew).paths] == [Q.a3]


def test_provenance_of_an_unknown_claim_is_not_found(graph: Neo4jStore) -> None:
    with pytest.raises(NotFound, match="no claim"):
        graph.claim_provenance("claim-nothing")


# --- figures ------------------------------------------------------------------

def test_figures_side_by_side_in_date_order_with_undated_last(graph: Neo4jStore) -> None:
    table = graph.figures(Metric.KILLED)
    assert [r.figure.id for r in table.items] == [Q.f_toll, Q.f_fighters, Q.f_aid]
    assert [r.stated_on for r in table.items] == [MAY[1], MAY[2], None]
    assert table.total == 3 and table.metric is Metric.KILLED


def test_a_figure_row_says_who_stated_it_who_carried_it_and_what_it_conflicts_with(graph: Neo4jStore) -> None:
    row = graph.figures(Metric.KILLED).items[0]
    assert (row.figure.value, row.figure.qualifier, names(row.stated_by), names(row.on_behalf_of)) == (
        9, "exact", ["Omar Haddad"], ["Interior Ministry"])
    assert [(r.article.id, names(r.publishers), names(r.agencies)) for r in row.reported_in] == [
        (Q.a1, ["Harbor Times"], ["Coastal Wire"]), (Q.a2, ["Valley Post"], [])]
    [against] = row.contradicts
    assert (against.claim.id, against.reason, [f.value for f in against.figures]) == (
        Q.fighters, CONTRADICTION_REASON, [2])
    assert [(c.claim.id, c.reason) for c in row.corroborates] == [(Q.aid, CORROBORATION_REASON)]
    assert [(r.relation, r.direction, r.figure.id) for r in row.relations] == [("PART_OF", "incoming", Q.f_fighters)]


def test_a_range_figure_keeps_its_bounds_and_qualifier(graph: Neo4jStore) -> None:
    row = graph.figures(Metric.KILLED).items[2]
    assert (row.figure.qualifier, row.figure.low, row.figure.value) == ("at least", 8, None)


def test_figures_filtered_by_place_name_or_id_and_by_date(graph: Neo4jStore) -> None:
    # by name: the figure's own place or the place its claim is about
    assert [r.figure.id for r in graph.figures(Metric.KILLED, place="port AMAR").items] == [Q.f_toll, Q.f_fighters]
    assert [r.figure.id for r in graph.figures(Metric.KILLED, place=Q.port).items] == [Q.f_toll]
    assert [r.figure.id for r in graph.figures(Metric.KILLED, since=MAY[2]).items] == [Q.f_fighters]
    assert [r.figure.id for r in graph.figures(Metric.KILLED, until=MAY[1]).items] == [Q.f_toll]
    assert graph.figures(Metric.ATTACKS).total == 0


def test_figures_page(graph: Neo4jStore) -> None:
    page = graph.figures(Metric.KILLED, limit=1, offset=1)
    assert ([r.figure.id for r in page.items], page.total) == ([Q.f_fighters], 3)


# --- contradictions and corroborations ----------------------------------------

def test_contradictions_list_both_sides_with_speakers_figures_and_reason(graph: Neo4jStore) -> None:
    pairs = graph.claim_pairs(ClaimLinkKind.CONTRADICTS)
    [pair] = pairs.items
    assert (pair.kind, pair.metric, pair.reason) == ("CONTRADICTS", Metric.KILLED, CONTRADICTION_REASON)
    assert pair.a.claim.id < pair.b.claim.id
    sides = {pair.a.claim.id: pair.a, pair.b.claim.id: pair.b}
    assert names(sides[Q.fighters].stated_by) == ["Northern Front"]
    assert [f.value for f in sides[Q.toll].figures] == [9]


def test_corroborations_and_a_metric_filter(graph: Neo4jStore) -> None:
    [pair] = graph.claim_pairs(ClaimLinkKind.CORROBORATES, metric=Metric.KILLED).items
    assert {pair.a.claim.id, pair.b.claim.id} == {Q.toll, Q.aid} and pair.reason == CORROBORATION_REASON
    assert graph.claim_pairs(ClaimLinkKind.CONTRADICTS, metric=Metric.INJURED).total == 0


# --- incidents ----------------------------------------------------------------------

def test_an_incident_shows_every_source_its_latest_figure_the_spread_and_the_conflicts(graph: Neo4jStore) -> None:
    incident = graph.incident(Q.depot_raid)
    assert (incident.label, incident.place, incident.date) == ("raid, Port Amar, 2024-05-01", "Port Amar", MAY[1])
    assert [r.article.id for r in incident.articles] == [Q.a1, Q.a2, Q.a3]
    killed, injured = incident.metrics
    assert (killed.metric, injured.metric) == (Metric.KILLED, Metric.INJURED)
    assert [f.figure.id for f in killed.figures] == [Q.f_toll, Q.f_fighters, Q.f_aid]
    toll = killed.figures[0]
    assert (toll.speaker.id, toll.source.id, [a.id for a in toll.chain]) == (Q.omar, Q.ministry, [Q.harbor, Q.wire])
    assert (toll.article.id, toll.span.start, toll.sentence, toll.cue) == (
        Q.a1, 40, "The toll sentence, lead paragraph.", "said")
    assert toll.figure.incident == Q.depot_raid and toll.latest
    assert {s.source.id: s.latest for s in killed.sources} == {
        Q.ministry: Q.f_toll, Q.front: Q.f_fighters, Q.dana: Q.f_aid}
    assert (killed.spread.low, killed.spread.high, killed.spread.text) == (2, None, "2 to at least 8")
    assert [(c.kind, c.a.id, c.b.id, c.reason, c.current) for c in killed.conflicts] == sorted([
        ("CONTRADICTS", *sorted((Q.toll, Q.fighters)), CONTRADICTION_REASON, True),
        ("CORROBORATES", *sorted((Q.toll, Q.aid)), CORROBORATION_REASON, True)])
    assert injured.spread.text == "dozens (>= 24)" and injured.conflicts == []
    assert incident.has_conflict


def test_an_unknown_incident_is_not_found(graph: Neo4jStore) -> None:
    with pytest.raises(NotFound, match="no incident"):
        graph.incident("incident-nothing")


@pytest.mark.parametrize(("filters", "found"), [
    ({}, True),
    ({"q": "depot"}, True),
    ({"q": "haddad"}, True),
    ({"q": "port amar raid"}, True),
    ({"q": "harbour"}, False),
    ({"place": "port"}, True),
    ({"place": "Mosul"}, False),
    ({"kind": "raid"}, True),
    ({"kind": "strike"}, False),
    ({"since": MAY[2], "until": MAY[2]}, True),
    ({"since": MAY[3]}, False),
    ({"metric": Metric.INJURED}, True),
    ({"metric": Metric.ATTACKS}, False),
    ({"has_conflict": True}, True),
    ({"has_conflict": False}, False),
])
def test_incidents_filtered(graph: Neo4jStore, filters: dict[str, Any], found: bool) -> None:
    page = graph.incidents(**filters)
    assert [i.id for i in page.items] == ([Q.depot_raid] if found else []) and page.total == int(found)


def test_incidents_list_sums_up_each_incident(graph: Neo4jStore) -> None:
    item, = graph.incidents().items
    assert (item.articles, item.sources, item.contradictions, item.corroborations) == (3, 4, 1, 1)
    assert [(m.metric, m.sources, m.spread.text) for m in item.metrics] == [
        (Metric.KILLED, 3, "2 to at least 8"), (Metric.INJURED, 1, "dozens (>= 24)")]
    assert graph.incidents(limit=1, offset=1).items == []
    with pytest.raises(ValueError, match="unknown incident kind"):
        graph.incidents(kind="picnic")


def test_planning_the_incident_list_reads_nothing_and_the_list_answers_as_before(
        graph: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # A cap of 0 sends the page through every walk past the cap.
    monkeypatch.setattr(graph, "incident_cap", 0)
    before = graph.incidents()
    counts = graph.counts()
    graph.warm_up()
    assert graph.incidents() == before and before.total_capped and [i.id for i in before.items] == [Q.depot_raid]
    assert graph.counts() == counts


# --- shortest attribution path ---------------------------------------------------

def test_shortest_path_from_speaker_to_outlet_breaks_ties_by_ids(graph: Neo4jStore) -> None:
    path = graph.shortest_path(Q.omar, Q.harbor)
    assert path.found and len(path.edges) == 3
    # three claims of his reach the Harbor Times in three hops; the smallest
    # node-id list wins, then the smallest edge-id list (the toll has two mentions)
    candidates = [[Q.omar, Q.toll, Q.a1, Q.harbor], [Q.omar, Q.roads, Q.a1, Q.harbor],
                  [Q.omar, Q.curfew, Q.a3, Q.harbor]]
    assert [n.id for n in path.nodes] == min(candidates)
    if path.nodes[1].id == Q.toll:
        assert path.edges[1].id == min(edge_id("REPORTED_IN", Q.toll, Q.a1, {"start": s}) for s in (40, 120))


def test_shortest_path_crosses_articles_and_outlets(graph: Neo4jStore) -> None:
    path = graph.shortest_path(Q.dana, Q.front)
    assert [n.id for n in path.nodes] == [Q.dana, Q.aid, Q.a3, Q.harbor, Q.a1, Q.fighters, Q.front]
    assert [e.type for e in path.edges] == [RelType.ASSERTED, RelType.REPORTED_IN, RelType.PUBLISHED_BY,
                                            RelType.PUBLISHED_BY, RelType.REPORTED_IN, RelType.ASSERTED]


def test_no_path_to_an_actor_with_no_edges(graph: Neo4jStore) -> None:
    path = graph.shortest_path(Q.omar, Q.loner)
    assert (path.found, path.nodes, path.edges) == (False, [], [])


def test_a_path_from_an_actor_to_itself_is_the_actor(graph: Neo4jStore) -> None:
    path = graph.shortest_path(Q.omar, Q.omar)
    assert path.found and [n.id for n in path.nodes] == [Q.omar] and path.edges == []


def test_a_path_names_the_unknown_end(graph: Neo4jStore) -> None:
    with pytest.raises(NotFound, match="actor-nobody"):
        graph.shortest_path(Q.omar, "actor-nobody")


# --- article subgraph and export ---------------------------------------------------

def test_article_graph_holds_the_article_its_claims_and_their_sources(graph: Neo4jStore) -> None:
    sub = graph.article_graph(Q.a1)
    assert [n.id for n in sub.nodes] == [
        Q.a1, *sorted([Q.harbor, Q.wire, Q.omar, Q.front, Q.ministry]),
        *sorted([Q.toll, Q.roads, Q.fighters, Q.residents, Q.aid]), *sorted([Q.f_toll, Q.f_fighters]),
        Q.port, Q.raid]
    types = [e.type.value for e in sub.edges]
    assert {t: types.count(t) for t in types} == {
        "PUBLISHED_BY": 1, "SYNDICATED_FROM": 1, "REPORTED_IN": 5, "ASSERTED": 4, "SPEAKS_FOR": 1,
        "STATES": 2, "PART_OF": 1, "ABOUT": 2, "CONTRADICTS": 1, "CORROBORATES": 1}
    assert [e.id for e in sub.edges] == sorted(e.id for e in sub.edges)
    node_ids = {n.id for n in sub.nodes}
    assert all(e.source in node_ids and e.target in node_ids for e in sub.edges)


def test_article_graph_of_an_unknown_article_is_not_found(graph: Neo4jStore) -> None:
    with pytest.raises(NotFound, match="no article"):
        graph.article_graph("article-nothing")


def test_export_holds_every_node_and_relationship(graph: Neo4jStore) -> None:
    full = graph.export_graph()
    counts = graph.counts()
    assert len(full.nodes) == sum(counts.nodes[label.value] for label in NodeLabel)
    assert len(full.edges) == sum(counts.relationships.values())


def test_edge_ids_are_unique_even_for_repeated_mentions(graph: Neo4jStore) -> None:
    edges = graph.export_graph().edges
    assert len({e.id for e in edges}) == len(edges)


# --- every query seeks an index --------------------------------------------------

EXPLAIN_PARAMS: dict[str, Any] = dict(
    id="x", ids=["x"], metrics=["killed"], metric="killed", lucene="*x*", words=["x"], phrase="x",
    limit=10, offset=0, since=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31), channel="statement",
    place="x", source="a", target="b", depth=3, low=" ", high=" \x7f", filtered=True, kinds=["raid"],
    incidents=["x"], has_conflict=True, by="x", refs=["x"], keys=["x"], version=None, carried_claims=1000, history=False,
    cap=1000, floor=dt.date(2024, 1, 1),
    windows=[dict(kinds=["raid"], start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 2), reach=dt.date(2024, 1, 9))],
    filters=dict(place="x", since=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31), metric="killed", words=["x"],
                 has_conflict=True, by="x", depth=3, channel="statement", voices=["x"]))
READ_QUERIES = [(name, queries.catalog()) for name in queries.catalog().names("read") if name != "export_graph"]
"""Every query in cypher/read (export_graph visits every node on purpose), and the tests' own."""
WHOLE_INDEX = {name for name in TEST_QUERIES.names() if name.startswith("strip_")}
"""The tests' strip queries visit every entry of their index on purpose: the planner may seek it by
range or scan it (its choice follows the index's statistics, so it varies from run to run), and both
enter through the index."""


@pytest.mark.parametrize(("name", "catalog"), READ_QUERIES + [(n, TEST_QUERIES) for n in TEST_QUERIES.names()],
                         ids=lambda v: v if isinstance(v, str) else "")
def test_read_query_seeks_an_index_and_scans_no_label(graph: Neo4jStore, name: str, catalog: queries.Catalog) -> None:
    with graph._driver.session(database=graph.database) as s:
        plan = s.run("EXPLAIN " + catalog.query(name), **EXPLAIN_PARAMS).consume().plan
    ops = operators(plan)
    assert not [op for op, _ in ops if op in SCANS], ops
    entering = INDEXED | INDEX_SCANS if name in WHOLE_INDEX else INDEXED
    entry = [(op, details) for op, details in ops if op in entering]
    assert entry, ops
    for op, details in entry:
        if op == "ProcedureCall":
            assert "db.index.fulltext.queryNodes" in details


def test_read_queries_in_the_catalog_are_covered() -> None:
    assert {"search_actors", "actor_profile", "claims_by_actor", "search_claims", "claim_provenance", "figures",
            "contradictions", "corroborations", *PATH_STATEMENTS, "article_graph", *STATEMENTS, "incident",
            "incident_candidates", "figure_candidates"} <= {name for name, _ in READ_QUERIES}
