"""The seed article ingested into the real Neo4j holds every item of its gold.

The gold (../shared/corpus/seed/us-strikes-iraq.gold.yaml) states its own
matching rules, followed here: an actor matches by name or any alias,
case-insensitive, and all aliases must land on one node; a claim matches by
its speaker and a key its text contains; figures by claim, metric and value
or range. Everything is read back from the graph, not from the extraction.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from claimgraph.graph import ids
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.results import Node, Subgraph
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers import read_path
from tests.conftest import Neo4jServer, shared_path

pytestmark = pytest.mark.neo4j


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().casefold()


def _gold() -> dict[str, Any]:
    path = shared_path("corpus", "seed", "us-strikes-iraq.gold.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class SeedGraph:
    graph: Subgraph
    article: Node

    def nodes(self, label: str) -> list[Node]:
        return [n for n in self.graph.nodes if label in n.labels]

    def edges(self, rel: str, source: str | None = None, target: str | None = None) -> list[Any]:
        return [e for e in self.graph.edges if e.type == rel
                and (source is None or e.source == source) and (target is None or e.target == target)]

    def actors_named(self, name: str) -> list[Node]:
        return [n for n in self.nodes("Actor")
                if fold(name) in {fold(x) for x in (n.properties["name"], *n.properties.get("aliases", []))}]

    def actor(self, name: str) -> Node:
        found = self.actors_named(name)
        assert len(found) == 1, f"{name!r} names {len(found)} actors"
        return found[0]

    def claims_of(self, speaker: str, key: str) -> list[Node]:
        speakers = {n.id for n in self.actors_named(speaker)}
        said = {e.target for e in self.graph.edges if e.type == "ASSERTED" and e.source in speakers}
        return [n for n in self.nodes("Claim") if n.id in said and fold(key) in fold(n.properties["text"])]

    def claim(self, speaker: str, key: str) -> Node:
        found = self.claims_of(speaker, key)
        assert len(found) == 1, f"{len(found)} claims of {speaker!r} contain {key!r}"
        return found[0]

    def figures_of(self, claim: Node) -> list[dict[str, Any]]:
        ids = {e.target for e in self.edges("STATES", source=claim.id)}
        return [n.properties for n in self.nodes("Figure") if n.id in ids]

    def linked(self, rel: str, a: Node, b: Node) -> list[Any]:
        return [e for e in self.graph.edges if e.type == rel and {e.source, e.target} == {a.id, b.id}]




@pytest.fixture(scope="module")
def seed(neo4j_server: Neo4jServer, _schema_ready: None) -> Iterator[SeedGraph]:
    docs = read_path(shared_path("corpus", "seed", "us-strikes-iraq.txt"))
    with Neo4jStore(neo4j_server.uri, "neo4j", neo4j_server.password) as store:
        store.clear()
        report = ingest_documents(store, docs, load_aliases())
        assert (report.written, report.failures) == (1, [])
        again = ingest_documents(store, docs, load_aliases())
        assert (again.written, again.skipped) == (0, 1)
        [doc] = docs
        graph = store.article_graph(ids.article_id(ids.text_sha256(doc.text), doc.meta.url))
    [article] = [n for n in graph.nodes if n.label == "Article"]
    yield SeedGraph(graph, article)


def gold_claim(seed: SeedGraph, claim_id: str) -> Node:
    spec = next(c for c in _gold()["claims"] if c["id"] == claim_id)
    return seed.claim(spec["speaker"], spec["key"])


def test_the_document_metadata_is_stored(seed: SeedGraph) -> None:
    doc = _gold()["document"]
    props = seed.article.properties
    assert props["published"] == dt.date.fromisoformat(str(doc["published"]))
    assert props["dateline"] == doc["dateline"]
    [publisher] = seed.edges("PUBLISHED_BY", source=seed.article.id)
    [agency] = seed.edges("SYNDICATED_FROM", source=seed.article.id)
    assert publisher.target == seed.actor(doc["outlet"]).id
    assert agency.target == seed.actor(doc["syndicated_from"]).id


def test_every_gold_actor_is_one_node_with_its_kind_role_and_organization(seed: SeedGraph) -> None:
    for spec in _gold()["actors"]:
        actor = seed.actor(spec["name"])
        for alias in spec.get("aliases", []):
            assert seed.actor(alias).id == actor.id, (spec["name"], alias)
        props = actor.properties
        if "kind" in spec:
            assert props["kind"] == spec["kind"], spec["name"]
        if "role" in spec:
            assert props["role"] == spec["role"], spec["name"]
        if "speaks_for" in spec:
            org = seed.actor(spec["speaks_for"])
            assert seed.edges("SPEAKS_FOR", source=actor.id, target=org.id), spec["name"]
        if "anonymous" in spec:
            assert props["anonymous"] is spec["anonymous"], spec["name"]
        if "member_of" in spec:
            org = seed.actor(spec["member_of"])
            assert seed.edges("MEMBER_OF", source=actor.id, target=org.id), spec["name"]


def test_every_gold_claim_has_its_speaker_cue_channel_and_mentions(seed: SeedGraph) -> None:
    for spec in _gold()["claims"]:
        claim = gold_claim(seed, spec["id"])
        [asserted] = seed.edges("ASSERTED", target=claim.id)
        cue = fold(asserted.properties["cue"] or "")
        assert cue and (cue in fold(spec["cue"]) or fold(spec["cue"]) in cue), (spec["id"], cue)
        if "channel" in spec:
            assert asserted.properties["channel"] == spec["channel"], spec["id"]
        mentions = seed.edges("REPORTED_IN", source=claim.id, target=seed.article.id)
        assert len(mentions) == spec.get("mentions", 1), spec["id"]
        for m in mentions:
            assert m.properties["start"] < m.properties["end"]


def test_unattributed_claims_are_asserted_by_the_wire_agency(seed: SeedGraph) -> None:
    agency = _gold()["document"]["syndicated_from"]
    for spec in _gold()["unattributed_claims"]:
        assert seed.claims_of(agency, spec["key"]), spec["key"]


def test_every_gold_figure_is_stated_by_its_claim(seed: SeedGraph) -> None:
    for spec in _gold()["figures"]:
        figures = [f for f in seed.figures_of(gold_claim(seed, spec["claim"])) if f["metric"] == spec["metric"]]
        if "value" in spec:
            figures = [f for f in figures if f["value"] == spec["value"]]
        if "low" in spec:
            figures = [f for f in figures if f["low"] == spec["low"]]
        if "qualifier" in spec:
            figures = [f for f in figures if f["qualifier"] == spec["qualifier"]]
        if "place" in spec:
            figures = [f for f in figures if f["place"] == spec["place"]]
        assert figures, spec


def test_the_gold_contradictions_and_corroborations_are_edges(seed: SeedGraph) -> None:
    gold = _gold()
    for rel, section in (("CONTRADICTS", "contradictions"), ("CORROBORATES", "corroborations")):
        for spec in gold[section]:
            edges = seed.linked(rel, gold_claim(seed, spec["a"]), gold_claim(seed, spec["b"]))
            assert [e.properties["metric"] for e in edges] == [spec["metric"]], spec
            assert edges[0].properties["reason"]


def test_the_stated_figure_relations_are_edges(seed: SeedGraph) -> None:
    for spec in _gold()["figure_relations"]:
        figures = seed.figures_of(gold_claim(seed, spec["figure_of"]))
        if spec["relation"] == "excludes":
            others = {f["id"] for f in seed.figures_of(gold_claim(seed, spec["other_of"]))}
            assert any(e.target in others for f in figures for e in seed.edges("EXCLUDES", source=f["id"])), spec
        else:
            [total] = [f for f in figures if f["value"] == spec["total"]]
            parts = {f["id"] for f in figures if f["value"] in spec["parts"]}
            assert {e.source for e in seed.edges("PART_OF", target=total["id"])} == parts, spec


def test_variant_descriptions_are_edges_with_their_terms(seed: SeedGraph) -> None:
    for spec in _gold()["variant_descriptions"]:
        [edge] = seed.linked("VARIANT_OF", gold_claim(seed, spec["a"]), gold_claim(seed, spec["b"]))
        assert {fold(t) for t in edge.properties["terms"]} == {fold(t) for t in spec["terms"]}
