"""Articles over time on the embedded store: versions, removal, reading again, the extractor
version and the kept text. The same operations are held to Neo4j's answers in
tests/integration/test_lifecycle_parity.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.memory.backup import backup, restore
from claimgraph.graph.memory.file import GraphFileError
from claimgraph.graph.model import Metric
from claimgraph.graph.store import NotFound
from claimgraph.ingest.aliases import AliasTable, load_aliases, parse_aliases
from claimgraph.ingest.extractor import extractor_version, release_of
from claimgraph.ingest.reextract import needed_sources, older_than, outdated, reextract, remove
from claimgraph.ingest.texts import compress_text, decompress_text
from tests.lifecycle import FLOOD_URL, FLOOD_V1, FLOOD_V2, differences, flood, graph_of, ingest, samples, wire

NEW_ALIAS = """actors:
  - name: Regional Fire Service
    kind: organization
    aliases: [the regional fire service]
"""
"""A rule change: the alias table learns a name."""


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore(None)


def test_a_new_text_at_the_same_url_is_the_next_version_and_revises_the_toll(
        store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, flood(FLOOD_V1))
    second = ingest(store, aliases, flood(FLOOD_V2))
    again = ingest(store, aliases, flood(FLOOD_V2), flood(FLOOD_V1))
    article = store.find_article(FLOOD_URL)
    assert (second.written, again.skipped) == (1, 2)
    assert article.versions == (article.key, f"{article.key}@2")
    versions = store.article_versions([article.key])
    assert [(v.version, v.latest) for v in versions] == [(1, False), (2, True)]
    exported = store.export_graph()
    assert [(e.source, e.target) for e in exported.edges if e.type == "PREVIOUS_VERSION"] == [
        (f"{article.key}@2", article.key)]
    [revision] = [e for e in exported.edges if e.type == "REVISES"]
    assert revision.properties["reason"] == "version 2 of the article revised 12 to 17"
    # Reads answer from the latest version; the replaced toll shows as what the latest one revised.
    [row] = store.figures(Metric.KILLED).items
    assert (row.figure.value, [(r.relation, r.figure.value) for r in row.relations]) == (17, [("REVISES", 12)])
    table = store.figures(Metric.KILLED, history=True)
    assert sorted(row.figure.value for row in table.items) == [12, 17]


def test_claims_only_a_replaced_version_reports_are_history(store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, flood(FLOOD_V1), flood(FLOOD_V2))
    [incident] = store.incidents().items
    assert [(m.metric, m.spread.low, m.spread.high) for m in incident.metrics][:1] == [(Metric.KILLED, 17, 17)]
    killed = [f.figure.value for m in store.incident(incident.id).metrics for f in m.figures
              if m.metric == Metric.KILLED]
    assert killed == [17]
    killed = [f.figure.value for m in store.incident(incident.id, history=True).metrics for f in m.figures
              if m.metric == Metric.KILLED]
    assert sorted(killed) == [12, 17]
    assert store.search_claims("people were killed").total == 1
    assert store.search_claims("people were killed", history=True).total == 2
    outlet = store.search_claims("people were killed").items[0].speakers[0].id
    now, then = store.claims_by_actor(outlet), store.claims_by_actor(outlet, history=True)
    assert {c.id for c in then.items} - {c.id for c in now.items} == {
        store.search_claims("Twelve people were killed", history=True).items[0].id}
    assert now.total == then.total - 1


def test_two_new_texts_in_one_write_are_two_versions_in_order(store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, flood(FLOOD_V1), flood(FLOOD_V2))
    assert [(v.version, v.latest) for v in store.article_versions([store.find_article(FLOOD_URL).key])] == [
        (1, False), (2, True)]


def test_removing_an_article_leaves_the_graph_without_it(store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, *samples())
    without = graph_of(store)
    ingest(store, aliases, flood(FLOOD_V1))
    ingest(store, aliases, flood(FLOOD_V2))
    dropped = store.remove_article(FLOOD_URL)
    assert (dropped.articles, dropped.figures) == (2, 2)
    assert graph_of(store) == without, differences(graph_of(store), without)
    with pytest.raises(NotFound, match="no article with id"):
        store.remove_article(FLOOD_URL)
    assert graph_of(store) == without


def test_what_another_article_also_carries_stays(store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, wire(), flood(FLOOD_V1))
    store.remove_article(store.find_article(FLOOD_URL).versions[0])
    # The mayor's claim is the wire story's too: it stays, and goes with the wire story.
    assert store.search_claims("homes destroyed").total == 1
    store.remove_article("https://wire.example/ostrava-damage")
    assert store.search_claims("homes destroyed").total == 0
    assert store.counts().nodes == {}


def test_a_shared_claim_takes_its_first_seen_and_cue_from_the_articles_left(
        store: MemoryStore, aliases: AliasTable) -> None:
    alone = MemoryStore(None)
    ingest(alone, aliases, wire())
    ingest(store, aliases, flood(FLOOD_V1), wire())
    # The mayor's claim was first written from the flood story (a day earlier, other offsets).
    dropped, reread = remove(store, FLOOD_URL, aliases)
    assert (dropped.reread, reread.done, reread.missing) == (tuple(alone.find_article(
        "https://wire.example/ostrava-damage").versions), 1, [])
    assert graph_of(store) == graph_of(alone), differences(graph_of(store), graph_of(alone))


def test_reading_again_with_the_same_rules_changes_nothing(store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, *samples(), flood(FLOOD_V1), flood(FLOOD_V2), wire())
    before = graph_of(store)
    report = reextract(store, [s.id for s in store.article_stamps()], aliases)
    assert (report.done, report.missing) == (9, [])
    assert graph_of(store) == before, differences(graph_of(store), before)


def test_reading_again_with_new_rules_gives_the_graph_of_a_clean_ingest_with_them(
        tmp_path: Path, aliases: AliasTable) -> None:
    extra = tmp_path / "aliases.yaml"
    extra.write_text(NEW_ALIAS, encoding="utf-8")
    newer = load_aliases([extra])
    old, clean = MemoryStore(None), MemoryStore(None)
    docs = [*samples(), flood(FLOOD_V1), wire()]
    ingest(old, aliases, *docs)
    ingest(old, aliases, flood(FLOOD_V2))
    ingest(clean, newer, *docs)
    ingest(clean, newer, flood(FLOOD_V2))
    assert graph_of(old) != graph_of(clean)
    current = extractor_version(newer)
    assert outdated(old.article_stamps(), current) == [s.id for s in old.article_stamps()]
    reextract(old, outdated(old.article_stamps(), current), newer)
    assert graph_of(old) == graph_of(clean), differences(graph_of(old), graph_of(clean))
    assert old.extractor_counts() == {current: 9}
    assert outdated(old.article_stamps(), current) == []


def test_without_the_text_reextract_reads_the_source_file_and_names_a_missing_one(
        tmp_path: Path, store: MemoryStore, aliases: AliasTable) -> None:
    source = tmp_path / "flood.txt"
    source.write_text(FLOOD_V1, encoding="utf-8")
    ingest(store, aliases, flood(FLOOD_V1, origin=str(source)), keep_text=False)
    [stamp] = store.article_stamps()
    assert store.article_reading(stamp.id).text is None
    assert needed_sources(store, [stamp.id]) == [str(source)]
    assert reextract(store, [stamp.id], aliases).done == 1
    source.unlink()
    report = reextract(store, [stamp.id], aliases)
    assert report.done == 0
    assert report.missing[0].source == str(source)


def test_the_extractor_version_is_the_release_and_a_digest_of_the_rules_and_aliases(aliases: AliasTable) -> None:
    version = extractor_version(aliases)
    assert version == extractor_version(aliases)
    assert version != extractor_version(parse_aliases([]))
    assert release_of(version) >= (0, 1, 0)
    assert release_of("0.2.0+abc") > release_of("0.1.9")
    with pytest.raises(ValueError, match="not an extractor version"):
        release_of("latest")


def test_older_than_chooses_by_release(store: MemoryStore, aliases: AliasTable) -> None:
    ingest(store, aliases, flood(FLOOD_V1))
    stamps = store.article_stamps()
    assert older_than(stamps, "99.0") == [stamps[0].id]
    assert older_than(stamps, "0.0.1") == []


def test_a_kept_text_comes_back_as_it_was() -> None:
    text = "Ünïcode — and a lone \ud800 surrogate"
    assert decompress_text(compress_text(text)) == text


def test_a_restored_embedded_backup_is_the_same_graph(tmp_path: Path, aliases: AliasTable) -> None:
    path = tmp_path / "graph.json"
    store = MemoryStore(path)
    ingest(store, aliases, flood(FLOOD_V1), wire())
    before = graph_of(store)
    saved = backup(path, tmp_path / "backup.json")
    store.remove_article(FLOOD_URL)
    assert graph_of(store) != before
    restore(saved, path)
    assert graph_of(store) == before
    (tmp_path / "not-a-graph.json").write_text("{}", encoding="utf-8")
    with pytest.raises(GraphFileError):
        restore(tmp_path / "not-a-graph.json", path)
    assert graph_of(store) == before
