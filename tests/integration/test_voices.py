"""An organization's voice: its own claims and those of the actors that speak
for or belong to it, on both stores, and the cost of a page on Neo4j."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph.graph import ids, queries
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import (
    Actor,
    ActorKind,
    Article,
    Asserted,
    Batch,
    Channel,
    Claim,
    Figure,
    MemberOf,
    Metric,
    QuoteKind,
    ReportedIn,
    SpeaksFor,
    States,
)
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.results import SEARCH_TOTAL_CAP, ClaimsByActor
from claimgraph.graph.store import GraphStore, NotFound
from claimgraph.graph.voice import MAX_MEMBER_DEPTH, VoiceScope
from tests.plans import operators
from tests.queries import TEST_QUERIES

pytestmark = pytest.mark.neo4j

DAY = {d: dt.date(2024, 6, d) for d in range(1, 31)}


def _actor(name: str, kind: ActorKind = ActorKind.ORGANIZATION, **kw: Any) -> Actor:
    return Actor(ids.actor_id(name), name, kind, **kw)


government = _actor("Republic of Norland")
ministry = _actor("Norland Ministry of Water")
agency = _actor("Norland Dam Agency")
lina = _actor("Lina Ostrova", ActorKind.PERSON, role="water ministry spokeswoman")
source = _actor("Norland Ministry of Water source", ActorKind.PERSON, anonymous=True)
engineer = _actor("Petr Vasko", ActorKind.PERSON)
crew = _actor("Dam crew four", ActorKind.GROUP)
crew_member = _actor("Crew four foreman", ActorKind.PERSON)
article = Article(ids.article_id("sha-voices", "https://news.example/voices"), "sha-voices",
                  url="https://news.example/voices", title="Water talks", published=DAY[1])


def _claim(speaker: Actor, text: str, first_seen: dt.date | None) -> Claim:
    return Claim(ids.claim_id(speaker.id, text), text, QuoteKind.INDIRECT, first_seen)


# (speaker, claim, ASSERTED date, channel)
SAID = [
    (government, _claim(government, "the dam is safe", DAY[3]), DAY[3], Channel.STATEMENT),
    (ministry, _claim(ministry, "water is rationed in the north", DAY[2]), DAY[2], Channel.STATEMENT),
    (lina, _claim(lina, "rationing ends in a week", DAY[4]), DAY[4], Channel.PRESS_BRIEFING),
    (lina, _claim(lina, "the agency will publish levels daily", None), None, Channel.PRESS_BRIEFING),
    (source, _claim(source, "the pumps failed twice", DAY[3]), DAY[3], Channel.ANONYMOUS),
    (engineer, _claim(engineer, "the spillway was opened", DAY[5]), DAY[5], Channel.INTERVIEW),
    (crew_member, _claim(crew_member, "the crew worked all night", DAY[6]), DAY[6], Channel.INTERVIEW),
]


def _figure(index: int, raw: str, value: int, metric: Metric = Metric.KILLED) -> tuple[Figure, States]:
    claim = SAID[index][1]
    figure = Figure(ids.figure_id(claim.id, metric.value, raw, None), metric, raw, value=value)
    return figure, States(claim.id, figure.id, article.id, 0, len(raw))


# the source's two killed figures, the engineer's one, the government's injured one
FIGURES = [_figure(4, "two", 2), _figure(4, "five", 5), _figure(5, "three", 3),
           _figure(0, "nine", 9, Metric.INJURED)]


def voices_batch() -> Batch:
    """Lina speaks for the ministry and for the dam agency; the ministry belongs to
    the government; the engineer to the agency; the foreman to a crew of the agency,
    which belongs to the ministry: four steps from the government, one too many."""
    return Batch(
        articles=[article],
        actors=[government, ministry, agency, lina, source, engineer, crew, crew_member],
        claims=[claim for _, claim, _, _ in SAID],
        asserted=[Asserted(s.id, c.id, article.id, "said", channel, date) for s, c, date, channel in SAID],
        reported_in=[ReportedIn(c.id, article.id, 10 * i, 10 * i + 8, c.text) for i, (_, c, _, _) in enumerate(SAID)],
        speaks_for=[SpeaksFor(lina.id, ministry.id, "spokeswoman"), SpeaksFor(lina.id, agency.id)],
        member_of=[MemberOf(ministry.id, government.id), MemberOf(source.id, ministry.id),
                   MemberOf(engineer.id, agency.id), MemberOf(agency.id, ministry.id),
                   MemberOf(crew.id, agency.id), MemberOf(crew_member.id, crew.id)],
        figures=[f for f, _ in FIGURES], states=[st for _, st in FIGURES],
    )


@pytest.fixture(params=["neo4j", "memory"])
def voices(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    graph: GraphStore = (request.getfixturevalue("store") if request.param == "neo4j"
                         else MemoryStore(tmp_path / "graph.json"))
    graph.write(voices_batch())
    yield graph


def rows(page: ClaimsByActor) -> list[tuple[str, str | None, list[str]]]:
    return [(c.speaker.name, c.via, [step.actor.name for step in c.chain]) for c in page.items]


def test_an_organization_speaks_through_its_spokespeople_members_and_sources(voices: GraphStore) -> None:
    page = voices.claims_by_actor(ministry.id)
    assert rows(page) == [
        (ministry.name, None, []),
        (source.name, "anonymous source", [ministry.name]),
        (lina.name, "Lina Ostrova, spokeswoman", [ministry.name]),
        (engineer.name, f"Petr Vasko, member ({agency.name})", [agency.name, ministry.name]),
        (crew_member.name, f"Crew four foreman, member ({crew.name} > {agency.name})",
         [crew.name, agency.name, ministry.name]),
        (lina.name, "Lina Ostrova, spokeswoman", [ministry.name]),
    ]
    assert [c.date for c in page.items] == [DAY[2], DAY[3], DAY[4], DAY[5], DAY[6], None]
    assert (page.scope, page.depth, page.own, page.through_others, page.total) == (
        VoiceScope.ALL, MAX_MEMBER_DEPTH, 1, 5, 6)


def test_membership_is_followed_to_the_bound_and_no_further(voices: GraphStore) -> None:
    page = voices.claims_by_actor(government.id)
    speakers = {c.speaker.name for c in page.items}
    assert {government.name, ministry.name, lina.name, source.name, engineer.name} <= speakers
    assert crew_member.name not in speakers  # four steps away
    [rationing] = [c for c in page.items if c.text == "rationing ends in a week"]
    assert rationing.via == f"Lina Ostrova, spokeswoman ({ministry.name})"
    assert [(s.actor.name, s.relation, s.role) for s in rationing.chain] == [
        (ministry.name, "SPEAKS_FOR", "spokeswoman"), (government.name, "MEMBER_OF", None)]


def test_a_person_who_speaks_for_two_organizations_appears_under_both(voices: GraphStore) -> None:
    for org in (ministry, agency):
        said = [c for c in voices.claims_by_actor(org.id).items if c.speaker.id == lina.id]
        assert len(said) == 2 and all(c.chain[-1].actor.id == org.id for c in said)
    [first] = [c for c in voices.claims_by_actor(agency.id).items if c.speaker.id == lina.id][:1]
    assert first.via == "Lina Ostrova, water ministry spokeswoman"  # no role on the edge: her own


def test_own_scope_is_the_actors_own_claims(voices: GraphStore) -> None:
    own = voices.claims_by_actor(ministry.id, scope=VoiceScope.OWN)
    assert rows(own) == [(ministry.name, None, [])]
    assert (own.depth, own.own, own.through_others, own.total) == (0, 1, 0, 1)


def test_pages_filters_and_counts(voices: GraphStore) -> None:
    whole = voices.claims_by_actor(ministry.id).items
    pages = [voices.claims_by_actor(ministry.id, limit=2, offset=k) for k in (0, 2, 4, 6)]
    assert [c for p in pages for c in p.items] == whole and {p.total for p in pages} == {6}
    dated = voices.claims_by_actor(ministry.id, since=DAY[3], until=DAY[5])
    assert [c.text for c in dated.items] == [
        "the pumps failed twice", "rationing ends in a week", "the spillway was opened"]
    assert (dated.own, dated.through_others) == (0, 3)
    briefing = voices.claims_by_actor(ministry.id, channel=Channel.PRESS_BRIEFING)
    assert (briefing.total, {c.speaker.id for c in briefing.items}) == (2, {lina.id})
    assert voices.claims_by_actor(ministry.id, since=DAY[1]).total == 5  # the undated one is out


def test_the_profile_counts_the_claims_through_others(voices: GraphStore) -> None:
    profile = voices.actor_profile(ministry.id)
    assert (profile.claims, profile.claims_through_others) == (1, 5)
    with pytest.raises(NotFound):
        voices.claims_by_actor("actor-nobody")


def test_an_organizations_figures_come_with_through_whom(voices: GraphStore) -> None:
    table = voices.figures(Metric.KILLED, by=ministry.id)
    rows_ = [(r.figure.raw, r.speaker.name if r.speaker else None, r.via) for r in table.items]
    two_five = sorted(rows_[:2])
    assert two_five == [("five", source.name, "anonymous source"), ("two", source.name, "anonymous source")]
    assert rows_[2] == ("three", engineer.name, f"Petr Vasko, member ({agency.name})")
    assert (table.total, table.by.id if table.by else None, table.scope) == (3, ministry.id, VoiceScope.ALL)
    assert [r.figure.raw for r in voices.figures(Metric.KILLED, by=ministry.id, limit=1, offset=2).items] == ["three"]
    assert voices.figures(Metric.KILLED, by=ministry.id, scope=VoiceScope.OWN).total == 0
    assert voices.figures(Metric.KILLED, by=ministry.id, since=DAY[4]).total == 1
    [own] = voices.figures(Metric.INJURED, by=government.id, scope=VoiceScope.OWN).items
    assert (own.figure.raw, own.via, own.chain) == ("nine", None, [])
    with pytest.raises(NotFound):
        voices.figures(Metric.KILLED, by="actor-nobody")


def test_a_graph_written_before_voice_keys_gets_them_from_setup_schema(store: Neo4jStore) -> None:
    store.write(voices_batch())
    before = store.claims_by_actor(ministry.id)
    with store._driver.session(database=store.database) as s:
        assert s.run(TEST_QUERIES.query("strip_voice_keys")).single(strict=True)["stripped"] == len(SAID)
    assert store.claims_by_actor(ministry.id).items == []
    store.setup_schema()
    assert store.claims_by_actor(ministry.id) == before
    assert store.read("voice_keys_missing") == [{"missing": 0}]


# --- the cost of a page on Neo4j --------------------------------------------------------

def _ops_under_limit(plan: dict[str, Any], key: str) -> Iterator[list[str]]:
    """For each index seek of ``key``, the operators from the plan's root down to it."""
    def walk(node: dict[str, Any], above: list[str]) -> Iterator[list[str]]:
        here = [*above, node["operatorType"].split("@")[0]]
        if here[-1] == "DirectedRelationshipIndexSeekByRange" and key in str(node.get("args", {})):
            yield here
        for child in node.get("children", []):
            yield from walk(child, here)
    yield from walk(plan, [])


@pytest.mark.parametrize(("name", "key"), [("claims_by_actor", "voice_key"), ("figures_by_actor", "speaker_key")])
def test_a_voice_enters_through_the_index_and_the_limit_cuts_its_range(store: Neo4jStore, name: str, key: str) -> None:
    """claims_by_actor seeks voice_key for the page's rows and the count; figures_by_actor seeks
    speaker_key for the voice's own figures (page and count) and for the claims keyed with no speaker."""
    params = dict(id="x", depth=MAX_MEMBER_DEPTH, low=" ", high=" \x7f", filtered=False,
                  filters=dict(channel=None, place=None), limit=10, offset=0, metric="killed", cap=1000)
    with store._driver.session(database=store.database) as s:
        plan = s.run("EXPLAIN " + queries.query(name), **params).consume().plan
    assert operators(plan)[-1][0] != "NodeByLabelScan"
    assert any(op == "NodeUniqueIndexSeek" for op, _ in operators(plan))
    seeks = list(_ops_under_limit(plan, key))
    assert len(seeks) == 2, seeks
    page_path = next(p for p in seeks if "Limit" in p)
    below_limit = page_path[len(page_path) - 1 - page_path[::-1].index("Limit"):]
    assert not {"Sort", "Top", "PartialSort"} & set(below_limit), page_path


def _db_hits(profile: dict[str, Any]) -> int:
    return int(profile.get("dbHits", 0)) + sum(_db_hits(c) for c in profile.get("children", []))


def _profile_page(store: Neo4jStore, actor_id: str) -> int:
    params = dict(id=actor_id, depth=MAX_MEMBER_DEPTH, low=" ", high=" \x7f", filtered=False,
                  filters=dict(channel=None), history=False, limit=10, offset=0, cap=SEARCH_TOTAL_CAP)
    with store._driver.session(database=store.database) as s:
        return _db_hits(s.run("PROFILE " + queries.query("claims_by_actor"), **params).consume().profile)


def _talkative_org(name: str, claims: int) -> Batch:
    org, speaker = _actor(name), _actor(f"{name} spokesman", ActorKind.PERSON)
    said = [_claim(speaker, f"{name} statement number {i}", DAY[1 + i % 28]) for i in range(claims)]
    return Batch(articles=[article], actors=[org, speaker], claims=said,
                 asserted=[Asserted(speaker.id, c.id, article.id, "said", Channel.STATEMENT, c.first_seen)
                           for c in said],
                 speaks_for=[SpeaksFor(speaker.id, org.id, "spokesman")])


def test_a_page_of_an_organization_costs_the_same_with_ten_or_thousands_of_claims(store: Neo4jStore) -> None:
    store.write(_talkative_org("Quiet Council", 12))
    store.write(_talkative_org("Loud Council", 3000))
    quiet, loud = (_profile_page(store, ids.actor_id(n)) for n in ("Quiet Council", "Loud Council"))
    page = store.claims_by_actor(ids.actor_id("Loud Council"), limit=10)
    assert (page.total, page.through_others, len(page.items)) == (3000, 3000, 10)
    # 250 times the claims: the same page reads about the same (a full read would be >= 3000 hits)
    assert loud <= quiet * 1.5 + 50, (quiet, loud)
