"""Versions, removal and reading again give the same graph and answers on Neo4j and the embedded store,
after every operation."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import ClaimLinkKind, Metric
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.store import GraphStore, NotFound
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.reextract import reextract, remove
from tests.answers import timeless
from tests.lifecycle import FLOOD_URL, FLOOD_V1, FLOOD_V2, differences, flood, graph_of, ingest, samples, wire

NEW_ALIAS = "actors:\n  - name: Regional Fire Service\n    kind: organization\n    aliases: [the regional fire service]\n"


def _reads(store: GraphStore, history: bool) -> dict[str, Any]:
    """The claim-level reads, from the latest versions or (``history``) from all."""
    killed = store.search_claims("people were killed Oder", history=True).items
    speaker = killed[0].speakers[0].id if killed else None
    answers = [
        store.figures(Metric.KILLED, history=history),
        store.search_claims("Ostrava", history=history),
        store.claim_pairs(ClaimLinkKind.CORROBORATES, history=history),
        store.incidents(history=history),
        *[store.incident(i.id, history=history) for i in store.incidents(history=True).items],
        store.incidents(q="twelve", history=history),
        store.incidents(metric=Metric.KILLED, has_conflict=False, history=history),
        *([store.claims_by_actor(speaker, history=history),
           store.figures(Metric.KILLED, by=speaker, history=history),
           store.incidents(by=speaker, history=history),
           store.actor_profile(speaker, history=history),
           *[store.shortest_path(speaker, a.id, history=history) for a in store.search_actors("valley post").items]]
          if speaker else []),
    ]
    return {f"{type(a).__name__}-{n}": timeless(a.model_dump(mode="json")) for n, a in enumerate(answers)}


def _answers(store: GraphStore, reads: bool) -> dict[str, Any]:
    key = store.find_article(FLOOD_URL).key
    claim = store.search_claims("people were killed Oder", history=True).items[0].id
    versions = store.article_history(FLOOD_URL).versions
    return {
        **({"reads": _reads(store, history=False), "history": _reads(store, history=True)} if reads else {}),
        "graph": graph_of(store),
        "versions": timeless(store.article_history(key).model_dump(mode="json")),
        "clocks": timeless(store.claim_clocks(claim).model_dump(mode="json")),
        "latest": timeless(store.article_graph(key).model_dump(mode="json")),
        "first": timeless(store.article_graph(versions[-1].id, 1).model_dump(mode="json")),
        "stamps": store.article_stamps(),
        "extractors": store.extractor_counts(),
    }


def _same(memory: MemoryStore, neo4j: Neo4jStore, *, reads: bool = False) -> None:
    """The same graph and article answers; ``reads``: the claim-level reads too, latest and history."""
    mine, theirs = _answers(memory, reads), _answers(neo4j, reads)
    assert mine["graph"] == theirs["graph"], differences(mine["graph"], theirs["graph"])
    assert mine == theirs


def test_versions_reextract_and_removal_answer_alike_on_both_stores(store: Neo4jStore, tmp_path: Path) -> None:
    memory = MemoryStore(tmp_path / "graph.json")
    aliases = load_aliases()
    extra = tmp_path / "aliases.yaml"
    extra.write_text(NEW_ALIAS, encoding="utf-8")
    newer = load_aliases([extra])
    for s in (memory, store):
        ingest(s, aliases, *samples(), wire(), flood(FLOOD_V1))
    _same(memory, store)
    for s in (memory, store):
        ingest(s, aliases, flood(FLOOD_V2))
    _same(memory, store, reads=True)
    assert len(store.article_history(FLOOD_URL).versions) == 2
    # The toll the second version revised is history: by default only its revision answers.
    for history, tolls in ((False, [17]), (True, [12, 17])):
        rows = store.figures(Metric.KILLED, history=history).items
        assert sorted(r.figure.value for r in rows if "Oder" in r.claim.text) == tolls
    for s in (memory, store):
        report = reextract(s, [a.id for a in s.article_stamps()], newer)
        assert (report.done, report.missing) == (9, [])
    _same(memory, store)
    for s in (memory, store):
        # The mayor's claim was first written from the wire story: the flood story's versions give it anew.
        dropped, reread = remove(s, "https://wire.example/ostrava-damage", newer)
        assert (len(dropped.reread), reread.done) == (2, 2)
    _same(memory, store, reads=True)
    for s in (memory, store):
        dropped = s.remove_article(FLOOD_URL)
        assert dropped.articles == 2
        with pytest.raises(NotFound):
            s.remove_article(FLOOD_URL)
    assert graph_of(memory) == graph_of(store)
    assert memory.counts() == store.counts()
