"""The embedded store on its own: write semantics, atomicity, persistence, sharing a file.

Its answers are checked against Neo4j in tests/integration/test_store_parity.py;
these tests need no server.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import multiprocessing
import os
from dataclasses import replace
from pathlib import Path

import pytest

from claimgraph.graph import queries
from claimgraph.graph.incident_reads import STATEMENTS
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.memory import articles as memory_articles
from claimgraph.graph.memory import file as memory_file
from claimgraph.graph.memory import read as memory_read
from claimgraph.graph.memory.write import WRITE_QUERIES
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
    Metric,
    OutletKind,
    QuoteKind,
    ReportedIn,
)
from claimgraph.graph.neo4j_store import NEW_NODE_EDGES
from claimgraph.graph.path_reads import STATEMENTS as PATH_STATEMENTS
from claimgraph.graph.store import IncidentWindow, IncompleteWrite, LinkSource, NotFound, StoreError
from claimgraph.settings import Settings
from claimgraph.stores import open_store
from tests.factories import sample_batch
from tests.query_graph import Q, query_batch


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "graph.json"


@pytest.fixture
def store(path: Path) -> MemoryStore:
    return MemoryStore(path)


def node(store: MemoryStore, label: str, node_id: str) -> dict[str, object]:
    return store.graph().nodes[(label, node_id)]["props"]


def speaker_of(batch: Batch) -> Actor:
    return next(a for a in batch.actors if a.kind is ActorKind.PERSON and not a.anonymous)


# --- writes -------------------------------------------------------------------

def test_a_batch_writes_every_node_label_and_relationship_type(store: MemoryStore) -> None:
    store.write(sample_batch())
    counts = store.counts()
    assert counts.nodes == {"Actor": 6, "Article": 1, "Claim": 2, "Event": 1, "Figure": 2, "Group": 1,
                            "Incident": 1, "Organization": 1, "Outlet": 2, "Person": 2, "Place": 1}
    assert counts.relationships == {
        "ABOUT": 3, "ASSERTED": 2, "CONTRADICTS": 1, "COUNTS": 2, "EXCLUDES": 1, "MEMBER_OF": 1, "REPORTS": 1,
        "PUBLISHED_BY": 1, "REPORTED_IN": 2, "SPEAKS_FOR": 1, "STATES": 2, "SYNDICATED_FROM": 1,
        "VARIANT_OF": 1,
    }


def test_the_write_result_counts_rows_per_query_in_plan_order(store: MemoryStore) -> None:
    result = store.write(sample_batch())
    assert list(result.applied)[:3] == ["merge_articles", "merge_actors", "merge_claims"]
    # Last, one row per claim of the batch: their STATES edges keyed for the figures table.
    assert list(result.applied)[-1] == "merge_stated_keys"
    assert result.applied["merge_stated_keys"] == len(sample_batch().claims)
    assert result.applied["merge_actors"] == 6
    assert result.total == len(sample_batch()) + len(sample_batch().claims)


def test_writing_the_same_batch_twice_changes_nothing(store: MemoryStore) -> None:
    store.write(sample_batch())
    first = store.counts()
    before = store.export_graph()
    store.write(sample_batch())
    assert store.counts() == first
    assert store.export_graph() == before


def test_the_same_id_under_two_labels_is_two_nodes(store: MemoryStore) -> None:
    store.write(Batch(articles=[Article("x1", "sha")], claims=[Claim("x1", "words", QuoteKind.DIRECT)]))
    assert store.counts().nodes == {"Article": 1, "Claim": 1}


def test_aliases_are_a_sorted_union_and_the_least_role_stays(store: MemoryStore) -> None:
    first = sample_batch()
    speaker = speaker_of(first)
    store.write(first)
    later = dataclasses.replace(speaker, aliases=("L. Haddad", "Haddad"), role="minister")
    store.write(Batch(actors=[later]))
    props = node(store, "Actor", speaker.id)
    assert props["aliases"] == ["Haddad", "L. Haddad"]
    assert props["role"] == "minister"
    assert props["search_names"] == "Lina Haddad | Haddad | L. Haddad"
    store.write(Batch(actors=[dataclasses.replace(speaker, aliases=("Haddad", "Dr Haddad"), role="spokeswoman")]))
    assert node(store, "Actor", speaker.id)["aliases"] == ["Dr Haddad", "Haddad", "L. Haddad"]
    assert node(store, "Actor", speaker.id)["role"] == "minister"


def test_an_agency_stays_an_agency_and_kind_labels_add_up(store: MemoryStore) -> None:
    wire = Actor("actor-wire", "Wire", ActorKind.OUTLET, outlet_kind=OutletKind.AGENCY)
    store.write(Batch(actors=[wire]))
    store.write(Batch(actors=[dataclasses.replace(wire, kind=ActorKind.ORGANIZATION,
                                                  outlet_kind=OutletKind.OUTLET)]))
    assert node(store, "Actor", "actor-wire")["outlet_kind"] == "agency"
    assert node(store, "Actor", "actor-wire")["kind"] == "outlet"
    assert store.counts().nodes == {"Actor": 1, "Organization": 1, "Outlet": 1}


def test_first_seen_keeps_the_earliest_date_in_any_order(store: MemoryStore) -> None:
    claim = Claim("claim-1", "words", QuoteKind.DIRECT)
    for day in (dt.date(2024, 5, 1), None, dt.date(2024, 1, 1), dt.date(2024, 3, 1)):
        store.write(Batch(claims=[dataclasses.replace(claim, first_seen=day)]))
    assert node(store, "Claim", "claim-1")["first_seen"] == dt.date(2024, 1, 1)


def test_a_later_row_of_one_batch_sees_the_earlier_one(store: MemoryStore) -> None:
    actor = Actor("actor-1", "First Name", ActorKind.PERSON, ("one",))
    store.write(Batch(actors=[actor, dataclasses.replace(actor, name="Second Name", aliases=("two",))]))
    props = node(store, "Actor", "actor-1")
    assert (props["name"], props["aliases"]) == ("First Name", ["one", "two"])


def test_relationships_keep_on_create_properties_and_reset_the_rest(store: MemoryStore) -> None:
    batch = sample_batch()
    store.write(batch)
    said = dataclasses.replace(batch.asserted[0], cue="claimed")
    mention = dataclasses.replace(batch.reported_in[0], end=999, sentence="Another sentence.")
    store.write(dataclasses.replace(batch, asserted=[said], reported_in=[mention]))
    graph = store.graph()
    [asserted] = [d for _, _, d in graph.edges(data=True) if d["type"] == "ASSERTED"
                  and d["props"].get("source_start") == 30]
    [reported] = [d for _, _, d in graph.edges(data=True) if d["type"] == "REPORTED_IN"
                  and d["props"]["start"] == mention.start]
    assert asserted["props"]["cue"] == "said"
    assert (reported["props"]["end"], reported["props"]["sentence"]) == (999, "Another sentence.")


def test_one_mention_per_start_and_one_link_per_metric(store: MemoryStore) -> None:
    batch = sample_batch()
    c1, c2 = batch.claims
    article = batch.articles[0]
    batch.reported_in.append(ReportedIn(c1.id, article.id, 500, 510, "again"))
    batch.claim_links.append(ClaimLink(ClaimLinkKind.CONTRADICTS, c2.id, c1.id, Metric.INJURED, "other metric"))
    batch.claim_links.append(ClaimLink(ClaimLinkKind.CONTRADICTS, c2.id, c1.id, Metric.KILLED, "same pair"))
    store.write(batch)
    assert store.counts().relationships["REPORTED_IN"] == 3
    assert store.counts().relationships["CONTRADICTS"] == 2


# --- all or nothing ---------------------------------------------------------------

@pytest.mark.parametrize("aliases", [("text", 7), ({"a": 1},), ("\ud800",), ((1,), "one")])
def test_a_value_neo4j_would_refuse_fails_the_whole_batch(store: MemoryStore, aliases: tuple) -> None:
    batch = sample_batch()
    batch.actors.append(Actor("actor-bad", "Bad", ActorKind.PERSON, aliases=aliases))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="merge_actors: property 'aliases'"):
        store.write(batch)
    assert store.counts().nodes == {}


@pytest.mark.parametrize("aliases", [(("a", "b"),), ("c", None)])
def test_aliases_neo4j_cannot_store_are_refused(store: MemoryStore, aliases: tuple) -> None:
    # merge_actors unwinds the aliases into a sorted list: a nested list or a null cannot be stored
    odd = Actor("actor-1", "One", ActorKind.PERSON, aliases=aliases)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="merge_actors: property 'aliases'"):
        store.write(Batch(actors=[odd]))
    assert store.counts().nodes == {}


def test_an_integer_beyond_64_bits_is_refused(store: MemoryStore) -> None:
    with pytest.raises(StoreError, match="64-bit"):
        store.write(Batch(figures=[Figure("figure-1", Metric.KILLED, "many", value=2**64)]))


def test_a_relationship_to_a_missing_node_rolls_back_what_came_before(store: MemoryStore, path: Path) -> None:
    store.write(sample_batch("a"))
    before, saved = store.export_graph(), path.read_bytes()
    batch = sample_batch("b")
    speaker = speaker_of(batch)
    batch.actors = [dataclasses.replace(a, aliases=("changed",)) if a.id == speaker.id else a for a in batch.actors]
    batch.asserted.append(Asserted("actor-nobody", batch.claims[0].id, batch.articles[0].id))
    with pytest.raises(IncompleteWrite, match="^merge_asserted: 3 rows sent, 2 applied"):
        store.write(batch)
    assert store.export_graph() == before
    assert path.read_bytes() == saved


def test_a_failed_save_leaves_the_old_file_and_the_old_graph(store: MemoryStore, path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    store.write(sample_batch("a"))
    saved, counts = path.read_bytes(), store.counts()

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(memory_file.os, "replace", full_disk)
    with pytest.raises(StoreError, match="cannot save the embedded graph"):
        store.write(sample_batch("b"))
    assert path.read_bytes() == saved
    assert store.counts() == counts
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".lock"]


# --- persistence ------------------------------------------------------------------

def test_a_reopened_store_holds_the_same_graph_with_typed_values(store: MemoryStore, path: Path) -> None:
    batch = sample_batch()
    batch.figures.append(Figure("figure-nan", Metric.OTHER, "n/a", value=float("nan"), low=1.5, high=2))
    store.write(batch)
    reopened = MemoryStore(path)
    assert reopened.counts() == store.counts()
    article = node(reopened, "Article", batch.articles[0].id)
    assert article["published"] == dt.date(2024, 3, 5)
    assert isinstance(article["ingested_at"], dt.datetime) and article["ingested_at"].tzinfo is not None
    figure = node(reopened, "Figure", "figure-nan")
    assert figure["value"] != figure["value"] and figure["low"] == 1.5 and isinstance(figure["high"], int)
    assert reopened.export_graph().model_dump_json() == store.export_graph().model_dump_json()


def test_a_save_after_many_changes_writes_what_a_fresh_encoding_writes(store: MemoryStore, path: Path) -> None:
    # each save re-encodes only what the write touched; nothing may go stale
    store.write(sample_batch("a"))
    speaker = speaker_of(sample_batch("a"))
    store.write(Batch(actors=[dataclasses.replace(speaker, aliases=("changed",))]))
    store.write(dataclasses.replace(sample_batch("a"), reported_in=[
        dataclasses.replace(r, end=r.end + 1, sentence="edited") for r in sample_batch("a").reported_in]))
    with pytest.raises(IncompleteWrite):
        store.write(Batch(actors=[dataclasses.replace(speaker, role="x")],
                          asserted=[Asserted("actor-nobody", "claim-none", "article-none")]))
    store.write(sample_batch("b"))
    assert path.read_text(encoding="utf-8") == memory_file.Encoder().document(store.graph())


def test_the_file_is_strict_json(store: MemoryStore, path: Path) -> None:
    batch = sample_batch()
    batch.figures.append(Figure("figure-inf", Metric.OTHER, "n/a", value=float("inf")))
    store.write(batch)

    def no_constants(name: str) -> None:
        raise ValueError(f"non-standard JSON constant {name}")

    doc = json.loads(path.read_text(encoding="utf-8"), parse_constant=no_constants)
    assert doc["format"] == memory_file.FORMAT and doc["version"] == memory_file.VERSION


def test_a_store_without_a_path_keeps_the_graph_in_memory_only(tmp_path: Path) -> None:
    store = MemoryStore(None)
    store.write(sample_batch())
    assert store.counts().nodes["Claim"] == 2
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_file_is_an_error_naming_it(path: Path) -> None:
    path.write_text('{"format": "claimgraph-embedded-graph", "version": 1, "nodes": [', encoding="utf-8")
    with pytest.raises(StoreError, match="graph.json: not valid JSON"):
        MemoryStore(path)


def test_a_file_of_another_format_is_refused(path: Path) -> None:
    path.write_text('{"nodes": []}', encoding="utf-8")
    with pytest.raises(StoreError, match="not a claimgraph-embedded-graph file"):
        MemoryStore(path)


def test_clear_empties_the_file_too(store: MemoryStore, path: Path) -> None:
    store.write(sample_batch())
    store.clear()
    assert store.counts().nodes == {}
    assert MemoryStore(path).counts().nodes == {}


# --- sharing the file between processes --------------------------------------------------

def test_a_second_store_on_the_file_sees_new_writes(store: MemoryStore, path: Path) -> None:
    reader = MemoryStore(path)
    assert reader.existing_articles([sample_batch().articles[0].id]) == {}
    store.write(sample_batch())
    article = sample_batch().articles[0]
    assert reader.existing_articles([article.id]) == {article.id: article.text_sha256}


def _write_many(path: str, tag: str, n: int) -> None:
    store = MemoryStore(Path(path))
    for i in range(n):
        store.write(sample_batch(f"{tag}{i}"))


def test_two_processes_writing_one_file_lose_nothing(path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(str(path), tag, 8)) for tag in ("p", "q")]
    for w in writers:
        w.start()
    for w in writers:
        w.join(60)
    assert [w.exitcode for w in writers] == [0, 0]
    assert MemoryStore(path).counts().nodes["Article"] == 16


# --- the interface ------------------------------------------------------------------

def test_a_closed_store_refuses_work_and_does_not_answer_ping(store: MemoryStore) -> None:
    assert store.ping() is True
    store.close()
    assert store.ping() is False
    with pytest.raises(StoreError, match="closed"):
        store.counts()


def test_unknown_ids_are_not_found(store: MemoryStore) -> None:
    store.write(sample_batch())
    with pytest.raises(NotFound, match="no actor with id 'actor-nobody'"):
        store.actor_profile("actor-nobody")
    with pytest.raises(NotFound, match="no claim"):
        store.claim_provenance("claim-nothing")
    with pytest.raises(NotFound, match="no article"):
        store.article_graph("article-nothing")


def test_open_store_without_a_neo4j_uri_is_the_embedded_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMGRAPH_NEO4J_URI", raising=False)
    store = open_store(Settings(store_path=path))
    assert isinstance(store, MemoryStore) and store.path == path


def test_a_save_replaces_the_file_so_readers_never_see_half_of_one(store: MemoryStore, path: Path) -> None:
    store.write(sample_batch("a"))
    inode = os.stat(path).st_ino
    store.write(sample_batch("b"))
    assert os.stat(path).st_ino != inode
    assert MemoryStore(path).counts().nodes["Article"] == 2


def test_every_cypher_write_query_has_an_embedded_counterpart() -> None:
    assert WRITE_QUERIES == {name for name in queries.names() if name.startswith(("merge_", "unlink_"))}
    # The queries that drop a reading (and recompute its actors) are memory_articles.drop_reading,
    # drop_articles and unstamp_articles.
    # A new article's or claim's CREATEs write what a merge_ query writes, so the merge's counterpart is theirs.
    created = {edges.create for edges in NEW_NODE_EDGES.values()}
    dropping = {name for name in queries.catalog().names("write")
                if not name.startswith(("merge_", "unlink_", "lock_", "unlock_"))} - created
    assert dropping == {"reading_of_articles", "drop_claims", "drop_article_edges", "recompute_actors",
                        "drop_orphans", "drop_articles", "unstamp_articles"}
    assert all(callable(f) for f in (memory_articles.drop_reading, memory_articles.drop_articles,
                                     memory_articles.unstamp_articles))


def test_every_cypher_read_query_has_an_embedded_counterpart() -> None:
    read = set(queries.catalog().names("read"))
    # both claim-pair files are memory_read.claim_pairs; the incident list's statements
    # (graph.incident_reads) are memory_read.incidents, the path search's (graph.path_reads)
    # memory_read.shortest_path
    expected = (read - {"contradictions", "corroborations"} - set(STATEMENTS) - set(PATH_STATEMENTS)
                | {"claim_pairs", "incidents", "shortest_path"})
    # an article's versions and readings are in memory_articles
    found = {name for name in expected
             if callable(getattr(memory_read, name, None)) or callable(getattr(memory_articles, name, None))}
    assert found == expected


def test_write_linked_links_against_figures_another_process_wrote(path: Path) -> None:
    other, late = MemoryStore(path), MemoryStore(path)
    first = sample_batch("a")
    other.write(first)
    second = sample_batch("b")
    seen: list[str] = []

    def link(source: LinkSource) -> Batch:
        stored = source.figures([i.id for i in source.incidents([IncidentWindow(("strike",), dt.date(2024, 3, 4), dt.date(2024, 3, 4))])])
        seen.extend(s.figure.id for s in stored)
        return replace(second, claim_links=[*second.claim_links, *(
            ClaimLink(ClaimLinkKind.CORROBORATES, second.claims[0].id, s.claim_id, Metric.KILLED, "same toll")
            for s in stored)])

    written = late.write_linked(link)
    assert sorted(seen) == sorted(f.id for f in first.figures)
    assert len(written.claim_links) == len(second.claim_links) + len(first.figures)
    assert MemoryStore(path).counts().relationships["CORROBORATES"] == len(first.figures)


def test_a_path_longer_than_max_path_hops_is_not_looked_for(
    store: MemoryStore, monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.write(query_batch())
    # the outlet reaches the reporter in seven steps only (through the spokesman's claims);
    # at six the answer is "none within six", and it says how far it looked
    cut = store.shortest_path(Q.valley, Q.dana)
    for module in ("read", "store"):
        monkeypatch.setattr(f"claimgraph.graph.memory.{module}.MAX_PATH_HOPS", 7)
    seven = store.shortest_path(Q.valley, Q.dana)
    assert (cut.found, cut.max_hops, cut.nodes) == (False, 6, [])
    assert (seven.found, seven.max_hops, len(seven.edges)) == (True, 7, 7)


def test_a_path_leaves_an_end_over_the_end_cap_only_through_its_last_claims(
    store: MemoryStore, monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.write(query_batch())
    free = store.shortest_path(Q.omar, Q.front)
    monkeypatch.setattr("claimgraph.graph.memory.store.PATH_END_CAP", 2)
    monkeypatch.setattr("claimgraph.graph.memory.store.PATH_END_CLAIMS", 1)
    bounded = store.shortest_path(Q.omar, Q.front)
    # the spokesman's shortest way to the group is a dated claim in their shared article;
    # bounded, he leaves by his last claim in voice_key order (the undated curfew) or his
    # ministry, and the answer says which end was bounded at what cap
    assert free.bounded == [] and free.nodes[1].id in {Q.toll, Q.roads}
    assert (bounded.bounded, bounded.end_cap, bounded.end_claims) == (["source"], 2, 1)
    assert bounded.found and bounded.nodes[1].id in {Q.curfew, Q.ministry}
    assert len(bounded.edges) > len(free.edges)
