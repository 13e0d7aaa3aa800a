"""The Neo4j store against a real server: schema, idempotent and atomic writes."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from claimgraph.graph import ids, queries
from claimgraph.graph.model import (
    Actor,
    ActorKind,
    Article,
    Asserted,
    Batch,
    Claim,
    ClaimLink,
    ClaimLinkKind,
    Figure,
    Incident,
    Metric,
    Names,
    QuoteKind,
    ReportedIn,
    States,
)
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.rows import to_row
from claimgraph.graph.store import IncidentWindow, IncompleteWrite, StoreError, StoreUnavailable
from tests.factories import sample_batch
from tests.plans import INDEX_SCANS, SCANS, operator_rows, operators
from tests.queries import TEST_QUERIES, TEST_SCHEMA_CHANGES

pytestmark = pytest.mark.neo4j

LABELS = {"Article", "Actor", "Claim", "Figure", "Place", "Event"}


def test_setup_creates_an_id_uniqueness_constraint_per_label(store: Neo4jStore) -> None:
    constraints = store.constraints()
    assert LABELS <= set(constraints)
    assert all(constraints[label] == ["id"] for label in LABELS)


def test_setup_twice_is_harmless(store: Neo4jStore) -> None:
    store.setup_schema()
    assert LABELS <= set(store.constraints())


def test_a_batch_writes_every_node_label_and_relationship_type(store: Neo4jStore) -> None:
    store.write(sample_batch())
    counts = store.counts()
    assert counts.nodes == {"Article": 1, "Actor": 6, "Outlet": 2, "Person": 2, "Organization": 1,
                            "Group": 1, "Claim": 2, "Figure": 2, "Place": 1, "Event": 1, "Incident": 1}
    assert counts.relationships == {
        "ABOUT": 3, "ASSERTED": 2, "CONTRADICTS": 1, "COUNTS": 2, "EXCLUDES": 1, "MEMBER_OF": 1, "REPORTS": 1,
        "PUBLISHED_BY": 1, "REPORTED_IN": 2, "SPEAKS_FOR": 1, "STATES": 2, "SYNDICATED_FROM": 1,
        "VARIANT_OF": 1,
    }


def test_writing_the_same_batch_twice_changes_no_count(store: Neo4jStore) -> None:
    store.write(sample_batch())
    first = store.counts()
    store.write(sample_batch())
    assert store.counts() == first


def _content(store: Neo4jStore) -> list[str]:
    return sorted(repr(sorted(row.items())) for row in store.read("graph_checksum"))


def test_a_new_articles_edges_are_created_once_each_and_a_rewrite_changes_nothing(store: Neo4jStore) -> None:
    batch = sample_batch()
    mention = batch.reported_in[0]
    last = dataclasses.replace(mention, end=mention.end + 1, sentence="the mention's last words")
    batch = dataclasses.replace(batch, reported_in=[*batch.reported_in, last],
                                published_by=batch.published_by * 2, reports=batch.reports * 2)
    store.write(batch)
    counts = store.counts().relationships
    assert (counts["REPORTED_IN"], counts["PUBLISHED_BY"], counts["REPORTS"]) == (2, 1, 1)
    written = _content(store)
    assert any("the mention's last words" in row for row in written)
    store.write(batch)
    assert _content(store) == written


def test_a_new_claims_edges_are_created_once_each_with_the_first_assertion(store: Neo4jStore) -> None:
    batch = sample_batch()
    said = batch.asserted[0]
    repeated = dataclasses.replace(said, cue="repeated", date=None, source_start=0, source_end=1)
    batch = dataclasses.replace(batch, asserted=[*batch.asserted, repeated], states=batch.states * 2,
                                about=batch.about * 2)
    store.write(batch)
    counts = store.counts().relationships
    assert (counts["ASSERTED"], counts["STATES"], counts["ABOUT"]) == (2, 2, 3)
    written = _content(store)
    assert not any("repeated" in row for row in written)
    assert any(repr(said.cue) in row for row in written)
    store.write(batch)
    assert _content(store) == written


def test_two_batches_sharing_actors_share_their_nodes(store: Neo4jStore) -> None:
    store.write(sample_batch("a"))
    store.write(sample_batch("b"))
    counts = store.counts()
    assert counts.nodes["Article"] == 2
    assert counts.nodes["Actor"] == 6
    assert counts.nodes["Claim"] == 4


def test_a_batch_failing_on_its_last_row_leaves_nothing_behind(store: Neo4jStore) -> None:
    batch = sample_batch()
    bad = Actor("actor-bad", "Bad", ActorKind.PERSON, aliases=("text", 7))  # type: ignore[arg-type]
    batch.actors.append(bad)
    with pytest.raises(StoreError):
        store.write(batch)
    assert store.counts().nodes == {}


def test_a_relationship_to_a_missing_node_rolls_the_batch_back(store: Neo4jStore) -> None:
    batch = sample_batch()
    batch.asserted.append(Asserted("actor-nobody", batch.claims[0].id, batch.articles[0].id))
    with pytest.raises(IncompleteWrite, match="merge_asserted"):
        store.write(batch)
    assert store.counts().nodes == {}


def test_aliases_are_a_sorted_union_and_the_least_role_stays(store: Neo4jStore) -> None:
    first = sample_batch()
    speaker = next(a for a in first.actors if a.kind is ActorKind.PERSON and not a.anonymous)
    store.write(first)
    later = dataclasses.replace(speaker, aliases=("L. Haddad", "Haddad"), role="minister")
    store.write(dataclasses.replace(sample_batch(), actors=[later]))
    [node] = [r["properties"] for r in store.read("node_by_id", TEST_QUERIES, id=speaker.id)]
    assert node["aliases"] == ["Haddad", "L. Haddad"]
    assert node["role"] == "minister"


def test_first_seen_keeps_the_earliest_date_in_any_order(store: Neo4jStore) -> None:
    batch = sample_batch()
    claim = batch.claims[0]
    later = dataclasses.replace(claim, first_seen=dt.date(2024, 5, 1))
    earlier = dataclasses.replace(claim, first_seen=dt.date(2024, 1, 1))
    other = batch.claims[1]
    for version in (later, earlier, later):
        store.write(dataclasses.replace(batch, claims=[version, other]))
    [node] = [r["properties"] for r in store.read("node_by_id", TEST_QUERIES, id=claim.id)]
    assert node["first_seen"].to_native() == dt.date(2024, 1, 1)


def _profiled_rows(store: Neo4jStore, name: str, rows: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """Each operator of the named statement run under PROFILE on the rows (rolled back), with its rows."""
    body = [line for line in queries.query(name).splitlines() if not line.startswith("CYPHER ")]
    with store._driver.session(database=store.database) as s:
        tx = s.begin_transaction()
        profile = tx.run("PROFILE " + "\n".join(body), rows=rows).consume().profile
        tx.rollback()
    return operator_rows(profile)


def _edge_rows(batch: Batch, statement: str) -> list[dict[str, Any]]:
    """Rows of the statement for the sample batch's nodes, several of them sharing one end."""
    article, speaker = batch.articles[0], batch.actors[3]
    if statement == "create_reported_in":
        return [dict(to_row(r), start=r.start + shift) for r in batch.reported_in for shift in (100, 200, 300)]
    if statement == "create_asserted":
        return [to_row(Asserted(a, c.id, article.id)) for c in batch.claims for a in (speaker.id, batch.actors[4].id)]
    return [to_row(Names(article.id, a.id, a.name, a.kind)) for a in batch.actors]


@pytest.mark.parametrize(("statement", "shared"), [("create_reported_in", "Article"), ("create_asserted", "Actor"),
                                                   ("create_names", "Article")])
def test_a_new_nodes_edges_seek_each_shared_end_once(store: Neo4jStore, statement: str, shared: str) -> None:
    batch = sample_batch()
    store.write(batch)
    rows = _edge_rows(batch, statement)
    ops = _profiled_rows(store, statement, rows)
    [seeks] = [n for op, details, n in ops if op.startswith("NodeUniqueIndexSeek") and f":{shared}(id)" in details]
    assert seeks == len({row["actor_id" if shared == "Actor" else "article_id"] for row in rows}) < len(rows)


def test_neo4j_scheme_uri_works_like_bolt(neo4j_server, store: Neo4jStore) -> None:
    routed = Neo4jStore(f"neo4j://127.0.0.1:{neo4j_server.bolt_port}", "neo4j", neo4j_server.password)
    try:
        routed.write(sample_batch())
        assert routed.counts().nodes["Claim"] == 2
    finally:
        routed.close()


def test_a_store_on_a_closed_port_reports_unavailable(store: Neo4jStore) -> None:
    dead = Neo4jStore("bolt://127.0.0.1:1", "neo4j", "whatever", max_retry_time=0, connection_timeout=1)
    try:
        assert dead.ping() is False
        with pytest.raises(StoreUnavailable, match="127.0.0.1:1"):
            dead.write(sample_batch())
    finally:
        dead.close()


def test_a_wrong_password_reports_unavailable_without_the_password(neo4j_server) -> None:
    wrong = Neo4jStore(neo4j_server.uri, "neo4j", "not-the-password-xyz", max_retry_time=0)
    try:
        with pytest.raises(StoreUnavailable) as err:
            wrong.counts()
        assert "not-the-password-xyz" not in str(err.value)
    finally:
        wrong.close()


def test_claim_text_keeps_hostile_characters_verbatim(store: Neo4jStore) -> None:
    batch = sample_batch()
    hostile = "x' }) MATCH (n) DETACH DELETE n // `backtick` {brace} \u202e"
    claim = Claim("claim-hostile", hostile, QuoteKind.DIRECT)
    store.write(dataclasses.replace(batch, claims=[*batch.claims, claim]))
    assert store.counts().nodes["Claim"] == 3
    [node] = [r["properties"] for r in store.read("node_by_id", TEST_QUERIES, id="claim-hostile")]
    assert node["text"] == hostile


def test_existing_articles_names_only_stored_ones_with_their_hash(store: Neo4jStore) -> None:
    batch = sample_batch()
    store.write(batch)
    article = batch.articles[0]
    assert store.existing_articles([article.id, "article-unknown"]) == {article.id: article.text_sha256}


def test_figure_candidates_come_back_as_the_figures_written(store: Neo4jStore) -> None:
    batch = sample_batch()
    store.write(batch)
    incident = batch.incidents[0]
    day = incident.date
    assert day is not None
    assert store.incident_candidates([IncidentWindow(("strike", "raid"), day, day)]) == [incident]
    assert store.incident_candidates([IncidentWindow(("attack",), day, day)]) == []
    later = day + dt.timedelta(days=2)
    assert store.incident_candidates([IncidentWindow(("strike",), later, later)]) == []
    found = {c.figure.id: c for c in store.figure_candidates([incident.id])}
    assert {f.id: f for f in batch.figures} == {k: c.figure for k, c in found.items()}
    speaker_claim = found[batch.figures[0].id]
    assert speaker_claim.claim_id == batch.claims[0].id
    assert speaker_claim.chain_root == batch.speaks_for[0].org_id
    assert speaker_claim.incident_id == incident.id and not speaker_claim.superseded
    assert store.figure_candidates(["incident-unknown"]) == []


# --- resolving a new incident reads the stored ones of its days only --------------------

def _db_hits(profile: dict[str, Any]) -> int:
    return int(profile.get("dbHits", 0)) + sum(_db_hits(c) for c in profile.get("children", []))


def _strikes(first: dt.date, days: int) -> Batch:
    """One strike a day from ``first``, each with a window of its day +- one."""
    incidents = []
    for n in range(days):
        day = first + dt.timedelta(days=n)
        incidents.append(Incident(ids.incident_id("article-bench", "strike", "Qasr Badr", day.isoformat()), "strike",
                                  f"strike, Qasr Badr, {day}", "Qasr Badr", ("qasr badr",), day,
                                  day - dt.timedelta(days=1), day + dt.timedelta(days=1)))
    return Batch(incidents=incidents)


def _profile_candidates(store: Neo4jStore, window: IncidentWindow) -> tuple[int, list[str], int]:
    with store._driver.session(database=store.database) as s:
        summary = s.run("PROFILE " + queries.query("incident_candidates"), windows=[window.row()]).consume()
    rows = len(store.incident_candidates([window]))
    return _db_hits(summary.profile), [op for op, _ in operators(summary.profile)], rows


def test_incident_candidates_read_the_days_of_the_window_not_every_stored_incident(store: Neo4jStore) -> None:
    day = dt.date(2024, 3, 14)
    window = IncidentWindow(("strike", "raid"), day - dt.timedelta(days=1), day + dt.timedelta(days=1))
    store.write(_strikes(day - dt.timedelta(days=20), 40))
    few, ops, rows = _profile_candidates(store, window)
    assert "NodeIndexSeekByRange" in ops and not set(ops) & SCANS, ops
    assert rows == 5  # the strikes of the 12th to the 16th overlap the 13th to the 15th
    store.write(_strikes(dt.date(2000, 1, 1), 3000))
    many, _, rows = _profile_candidates(store, window)
    assert rows == 5
    # 75 times the stored incidents: the same read (a read of all of them would cost >= 3000 hits)
    assert many <= few * 1.5 + 20, (few, many)


# --- statements planned from their bound nodes, whatever the statistics say -------------

def _planned(store: Neo4jStore, name: str, **params: Any) -> list[str]:
    """The operators of a new plan of the named query (not one cached from an earlier graph, nor one its own
    options keep)."""
    body = [line for line in queries.query(name).splitlines() if not line.startswith("CYPHER ")]
    with store._driver.session(database=store.database) as s:
        plan = s.run("CYPHER replan=force EXPLAIN " + "\n".join(body), params).consume().plan
    return [op for op, _ in operators(plan)]


def _carried(articles: int, claims: int) -> Batch:
    """``articles`` articles of ``claims`` claims each, every claim also carried by an article of its own, the
    first of each article's claims stating a figure."""
    speaker = Actor(ids.actor_id("Lina Haddad"), "Lina Haddad", ActorKind.PERSON)
    batch = Batch(actors=[speaker])
    for n in range(articles):
        article = Article(ids.article_id("", f"https://example.test/{n}"), f"sha-{n}")
        batch.articles.append(article)
        for m in range(claims):
            other = Article(ids.article_id("", f"https://example.test/{n}/{m}"), f"sha-{n}-{m}")
            claim = Claim(ids.claim_id(speaker.id, f"claim {n} {m}"), f"claim {n} {m}", QuoteKind.INDIRECT)
            batch.articles.append(other)
            batch.claims.append(claim)
            batch.asserted.append(Asserted(speaker.id, claim.id, article.id))
            if m == 0:
                figure = Figure(ids.figure_id(claim.id, "killed", str(n), None), Metric.KILLED, str(n), value=n)
                batch.figures.append(figure)
                batch.states.append(States(claim.id, figure.id, article.id, 0, 5))
                if n:
                    batch.claim_links.append(ClaimLink(ClaimLinkKind.CONTRADICTS, batch.claims[0].id, claim.id,
                                                       Metric.KILLED, "0 vs n killed"))
            batch.reported_in.extend(ReportedIn(claim.id, a.id, 0, 5, "claim") for a in (article, other))
    return batch


STALE_PLANS = {
    # one article's reading: a scan of every article joined to every claim's REPORTED_IN edges
    "reading_of_articles": ("drop_article_id_index", {"articles": [ids.article_id("", "https://example.test/0")]}),
    # a revised figure's claim: a read of the whole figure index for every row, kept by replan=skip
    "unlink_revised": ("drop_figure_metric_index", {"rows": [{"id": "figure-x"}]}),
}


@pytest.mark.parametrize("name", sorted(STALE_PLANS))
def test_a_statement_is_planned_from_its_bound_nodes_while_an_index_says_the_graph_is_empty(
    store: Neo4jStore, name: str,
) -> None:
    # A graph filled right after an index was made (a new database under its first ingest): the index's
    # statistics say it is empty until it is sampled again, and a plan that trusts them starts from it.
    drop_index, params = STALE_PLANS[name]
    with store._driver.session(database=store.database) as s:
        s.run(TEST_SCHEMA_CHANGES.query(drop_index)).consume()
    store.setup_schema()
    store.write(_carried(articles=10, claims=40))
    ops = _planned(store, name, **params)
    assert not set(ops) & (SCANS | INDEX_SCANS | {"NodeHashJoin", "ValueHashJoin"}), ops
