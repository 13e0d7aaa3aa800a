"""Differential tests: the embedded store and Neo4j, fed the same batches, agree.

Hypothesis draws random graphs (every node kind and relationship type, ids
drawn from small pools so batches overlap, repeat and collide across labels,
so ON CREATE and SET semantics are both exercised, plus relationships to
missing nodes), writes them batch by batch to both stores, and compares the
outcome of every write, the counts, every stored property of every node and
relationship, and the answer of every query. A disagreement is a bug in one
of the two stores.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from neo4j import GraphDatabase

from claimgraph.graph import queries
from claimgraph.graph.export import to_prov, write_graphml
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.memory.write import ID_LABELS
from claimgraph.graph.model import (
    About,
    AboutKind,
    Actor,
    ActorKind,
    Article,
    Asserted,
    Batch,
    Channel,
    Claim,
    ClaimLink,
    ClaimLinkKind,
    Counts,
    Event,
    Figure,
    FigureLink,
    FigureLinkKind,
    Incident,
    MemberOf,
    Metric,
    OutletKind,
    Place,
    PreviousVersion,
    PublishedBy,
    Qualifier,
    QuoteKind,
    ReportedIn,
    Reports,
    SpeaksFor,
    States,
    SyndicatedFrom,
    VariantOf,
)
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.results import MAX_PATH_HOPS, NodeLabel, Subgraph
from claimgraph.graph.stated import place_key, speaker_key, stated_key, stated_on
from claimgraph.graph.store import GraphStore, IncidentWindow, IncompleteWrite, NotFound, StoreError, WriteResult
from claimgraph.graph.voice import VoiceScope
from tests.answers import timeless
from tests.conftest import Neo4jServer, shared_path
from tests.factories import sample_batch
from tests.queries import TEST_QUERIES
from tests.query_graph import MAY, Q, query_batch

pytestmark = pytest.mark.neo4j

# Each example costs two to three seconds against Neo4j on two cores, and the
# suite's time is budgeted: 30 per test keeps the file near three minutes. The
# examples are drawn afresh on every run, so the runs add up to a longer hunt;
# CLAIMGRAPH_PARITY_EXAMPLES raises it for one (a nightly run, or after a
# change to either store's writes).
EXAMPLES = int(os.environ.get("CLAIMGRAPH_PARITY_EXAMPLES", "30"))
PARITY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])

# --- what is generated ---------------------------------------------------------

# Text draws from scripts where Neo4j's full-text prefilter keeps its promise
# (graph.search: every text containing the words is found), Greek final sigma
# and Katakana next to Latin letters included; not from characters newer than
# Java 17's Unicode 13, which Lucene does not know as letters.
# Astral characters (emoji) are in, but not U+E000..U+FFFF: Neo4j orders
# stored strings by code point, parameters by UTF-16 unit, and only there do
# the two differ.
_ALPHABET = "".join(
    chr(c) for lo, hi in ((0x20, 0x7E), (0xC0, 0x24F), (0x391, 0x3C9), (0x30A1, 0x30B0), (0x410, 0x44F),
                          (0x5D0, 0x5EA), (0x620, 0x64A), (0x4E00, 0x4E40), (0xAC00, 0xAC40), (0x1F600, 0x1F640))
    for c in range(lo, hi + 1))
TEXT = st.text(st.sampled_from(_ALPHABET), max_size=12)
WORDS = st.sampled_from(["strike", "Mosul", "ministry", "said", "killed", "Ministry", "Brigade", "five",
                         "the ministry", "Port Amar", "ΟΔΟΣ", "Αθήνα"])
PHRASE = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)
SHORT = st.one_of(WORDS, PHRASE, TEXT)
MAYBE = st.none() | SHORT
# A few days only, so dates tie and the id tie-breaks are exercised.
DATES = st.dates(dt.date(2024, 5, 1), dt.date(2024, 5, 6))
MAYBE_DATE = st.none() | DATES
NUMBER = st.none() | st.integers(-10**6, 10**6) | st.floats(-1e9, 1e9, allow_nan=False)
OFFSET = st.none() | st.integers(0, 5000)
METRICS_DRAWN = (Metric.KILLED, Metric.INJURED, Metric.ATTACKS)
METRICS = st.sampled_from(METRICS_DRAWN)
KINDS = st.sampled_from(["strike", "attack", "event"])
# Now and then an alias the model does not allow, for Cypher's list rules
# (a null, a nested list) on both stores.
ALIAS = st.one_of(*[WORDS, TEXT] * 6, st.none() | st.lists(WORDS, max_size=2))


def _enum(kind: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(list(kind))


@dataclass(frozen=True)
class IdPools:
    """The ids each label's nodes draw from."""

    pools: dict[str, list[str]]

    def of(self, label: str) -> st.SearchStrategy[str]:
        return st.sampled_from(self.pools[label])

    def target(self, kind: AboutKind) -> st.SearchStrategy[str]:
        return self.of(kind.value)


# One small pool shared by every label: the same id on an Article and a Claim
# must be two nodes, and most ids are met again.
SHARED_IDS = IdPools({label: ["n0", "n1", "n2", "n3", "n4", "n5"] for label in ID_LABELS})
# Ids as graph.ids makes them, distinct across labels: the query answers key
# nodes and edges by id alone, which assumes exactly that.
MODEL_IDS = IdPools({label: [f"{label.lower()}-{i}" for i in range(n)] for label, n in (
    ("Article", 3), ("Actor", 5), ("Claim", 4), ("Figure", 4), ("Place", 2), ("Event", 2), ("Incident", 2))})


def figure_metric(figure_id: str) -> Metric:
    """A figure's metric, fixed by its id as graph.ids.figure_id fixes it (the id is made from the
    metric and the place): no write changes it, so the STATES edges' keys, made from it when their
    claim is written, stay right. A later write giving an id another metric was a batch no
    extraction makes, and the stores answered it differently (one by the old key, one by the new)."""
    return METRICS_DRAWN[sum(map(ord, figure_id)) % len(METRICS_DRAWN)]


def figure_place(figure_id: str) -> str | None:
    """A figure's place, fixed by its id (see :func:`figure_metric`)."""
    return [None, "Mosul", "Port Amar", "ΟΔΟΣ", "the ministry"][sum(map(ord, figure_id)) % 5]


def batches(ids: IdPools) -> st.SearchStrategy[Batch]:
    def few(strategy: st.SearchStrategy[Any], n: int = 4) -> st.SearchStrategy[list[Any]]:
        return st.lists(strategy, max_size=n)

    article, actor, claim, figure = (ids.of(label) for label in ("Article", "Actor", "Claim", "Figure"))
    about = _enum(AboutKind).flatmap(lambda kind: st.builds(About, claim, ids.target(kind), st.just(kind)))
    return st.builds(
        Batch,
        articles=few(st.builds(Article, article, SHORT, url=MAYBE, title=MAYBE, published=MAYBE_DATE,
                               dateline=MAYBE, language=st.none() | st.sampled_from(["en", "fr"])), 3),
        actors=few(st.builds(Actor, actor, SHORT, _enum(ActorKind),
                             aliases=st.lists(ALIAS, max_size=3).map(tuple), anonymous=st.booleans(),
                             role=MAYBE, outlet_kind=st.none() | _enum(OutletKind)), 6),
        claims=few(st.builds(Claim, claim, SHORT, _enum(QuoteKind), first_seen=MAYBE_DATE,
                             confidence=st.floats(0, 1) | st.just(1.0)), 5),
        figures=few(figure.flatmap(lambda figure_id: st.builds(
            Figure, st.just(figure_id), st.just(figure_metric(figure_id)), SHORT, qualifier=_enum(Qualifier),
            value=NUMBER, low=NUMBER, high=NUMBER, unit=MAYBE, place=st.just(figure_place(figure_id)),
            period_start=MAYBE_DATE, period_end=MAYBE_DATE, incident_agent=MAYBE, incident_victim=MAYBE,
            incident_date=MAYBE_DATE, aggregate=st.booleans(), replaces=st.none() | figure,
            hypothetical=st.booleans()))),
        incidents=few(st.builds(Incident, ids.of("Incident"), KINDS, SHORT, place=MAYBE,
                                places=st.lists(WORDS, max_size=2).map(tuple), date=MAYBE_DATE,
                                window_start=MAYBE_DATE, window_end=MAYBE_DATE), 2),
        counts=few(st.builds(Counts, figure, ids.of("Incident"), article, st.integers(0, 5000),
                             st.integers(0, 5000), SHORT)),
        reports=few(st.builds(Reports, article, ids.of("Incident")), 2),
        places=few(st.builds(Place, ids.of("Place"), SHORT), 2),
        events=few(st.builds(Event, ids.of("Event"), SHORT, date=MAYBE_DATE), 2),
        asserted=few(st.builds(Asserted, actor, claim, article, cue=MAYBE,
                               channel=st.none() | _enum(Channel), date=MAYBE_DATE, anonymous=st.booleans(),
                               source_start=OFFSET, source_end=OFFSET, cue_start=OFFSET, cue_end=OFFSET), 6),
        reported_in=few(st.builds(ReportedIn, claim, article, st.integers(0, 3), st.integers(0, 5000), SHORT), 6),
        published_by=few(st.builds(PublishedBy, article, actor), 2),
        syndicated_from=few(st.builds(SyndicatedFrom, article, actor), 2),
        speaks_for=few(st.builds(SpeaksFor, actor, actor, role=MAYBE, article_id=st.none() | article,
                                 start=OFFSET, end=OFFSET), 3),
        member_of=few(st.builds(MemberOf, actor, actor, article_id=st.none() | article, start=OFFSET,
                                end=OFFSET), 3),
        states=few(st.builds(States, claim, figure, article, st.integers(0, 5000), st.integers(0, 5000))),
        figure_links=few(st.builds(FigureLink, _enum(FigureLinkKind), figure, figure, SHORT,
                                   article_id=st.none() | article), 3),
        claim_links=few(st.builds(ClaimLink, _enum(ClaimLinkKind), claim, claim, METRICS, SHORT)),
        variants=few(st.builds(VariantOf, claim, claim, st.tuples(WORDS, WORDS), SHORT), 2),
        about=few(about, 3),
    )


def _complete(batch: Batch) -> Batch:
    """The batch plus a plain node for every id its relationships name and its
    nodes lack, so most writes apply."""
    ends = _ends(batch)
    for label, items in (("Article", batch.articles), ("Actor", batch.actors), ("Claim", batch.claims),
                         ("Figure", batch.figures), ("Place", batch.places), ("Event", batch.events),
                         ("Incident", batch.incidents)):
        ends[label] -= {x.id for x in items}
    completed = Batch()
    completed.extend(batch)
    completed.extend(Batch(
        articles=[Article(i, f"sha-{i}") for i in sorted(ends["Article"])],
        actors=[Actor(i, f"name {i}", ActorKind.PERSON) for i in sorted(ends["Actor"])],
        claims=[Claim(i, f"claim {i}", QuoteKind.DIRECT) for i in sorted(ends["Claim"])],
        figures=[Figure(i, figure_metric(i), f"raw {i}", place=figure_place(i)) for i in sorted(ends["Figure"])],
        places=[Place(i, f"place {i}") for i in sorted(ends["Place"])],
        events=[Event(i, f"event {i}") for i in sorted(ends["Event"])],
        incidents=[Incident(i, "strike", f"incident {i}") for i in sorted(ends["Incident"])],
    ))
    return completed


def _ends(batch: Batch) -> dict[str, set[str]]:
    """The ids each relationship of the batch names, per label."""
    found: dict[str, set[str]] = {label: set() for label in ID_LABELS}
    for x in batch.asserted:
        found["Actor"].add(x.actor_id)
        found["Claim"].add(x.claim_id)
    for r in batch.reported_in:
        found["Claim"].add(r.claim_id)
        found["Article"].add(r.article_id)
    for o in [*batch.published_by, *batch.syndicated_from]:
        found["Article"].add(o.article_id)
        found["Actor"].add(o.outlet_id)
    for m in [*batch.speaks_for, *batch.member_of]:
        found["Actor"] |= {m.actor_id, m.org_id}
    for s in batch.states:
        found["Claim"].add(s.claim_id)
        found["Figure"].add(s.figure_id)
    for f in batch.figure_links:
        found["Figure"] |= {f.from_id, f.to_id}
    for c in [*batch.claim_links, *batch.variants]:
        found["Claim"] |= {c.a_id, c.b_id}
    for a in batch.about:
        found["Claim"].add(a.claim_id)
        found[a.target.value].add(a.target_id)
    for n in batch.counts:
        found["Figure"].add(n.figure_id)
        found["Incident"].add(n.incident_id)
    for r in batch.reports:
        found["Article"].add(r.article_id)
        found["Incident"].add(r.incident_id)
    return found


def write_sequences(ids: IdPools) -> st.SearchStrategy[list[Batch]]:
    """Mostly complete batches (they apply and build a graph); now and then a
    raw one, whose relationships may name missing nodes and must fail alike."""
    drawn = batches(ids)
    return st.lists(st.one_of(drawn.map(_complete), drawn.map(_complete), drawn), min_size=1, max_size=4)


# --- what is compared ------------------------------------------------------------


def typed(value: Any) -> Any:
    """A value with its type, so 1 and 1.0 (or a date and a string) differ."""
    if hasattr(value, "to_native"):
        value = value.to_native()
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value).__name__, value)


@dataclass(frozen=True)
class Dump:
    nodes: dict[tuple[str, str], tuple[frozenset[str], dict[str, Any]]]
    relationships: list[tuple[str, tuple[str, str], tuple[str, str], tuple[tuple[str, Any], ...]]]


def _primary(labels: set[str] | list[str]) -> str:
    [label] = [x for x in labels if x in ID_LABELS]
    return label


def _comparable_props(props: dict[str, Any]) -> dict[str, Any]:
    # ingested_at is the wall clock of the write: compared by its type only.
    return {k: (typed(v)[0] if k == "ingested_at" else typed(v)) for k, v in props.items()}


def _rel_props(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, typed(v)) for k, v in props.items()))


def dump_neo4j(server: Neo4jServer) -> Dump:
    with GraphDatabase.driver(server.uri, auth=("neo4j", server.password)) as driver:
        node_rows, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
        rel_rows, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS al, a.id AS aid, "
            "labels(b) AS bl, b.id AS bid, properties(r) AS props")
    nodes = {(_primary(r["labels"]), r["props"]["id"]): (frozenset(r["labels"]), _comparable_props(r["props"]))
             for r in node_rows}
    assert len(nodes) == len(node_rows), "two Neo4j nodes share a label and id"
    rels = sorted(((r["type"], (_primary(r["al"]), r["aid"]), (_primary(r["bl"]), r["bid"]), _rel_props(r["props"]))
                   for r in rel_rows), key=repr)
    return Dump(nodes, rels)


def dump_memory(store: MemoryStore) -> Dump:
    graph = store.graph()
    nodes = {key: (frozenset(data["labels"]), _comparable_props(data["props"])) for key, data in graph.nodes(data=True)}
    rels = sorted(((data["type"], u, v, _rel_props(data["props"])) for u, v, data in graph.edges(data=True)),
                  key=repr)
    return Dump(nodes, rels)


def outcome(store: GraphStore, batch: Batch) -> WriteResult | tuple[str, ...]:
    """What a write did: its result, or the error class (and the query an IncompleteWrite names)."""
    try:
        return store.write(batch)
    except IncompleteWrite as e:
        return ("IncompleteWrite", str(e).split(":", 1)[0])
    except StoreError as e:
        return (type(e).__name__,)


PAGE = st.tuples(st.integers(0, 4), st.integers(0, 3))


@dataclass(frozen=True)
class Asks:
    """The parameters every query is asked with, beside its defaults."""

    searches: list[tuple[str, tuple[int, int]]]
    claims_by_actor: list[tuple[str, dt.date | None, dt.date | None, Channel | None, tuple[int, int]]]
    figures: list[tuple[Metric, str | None, dt.date | None, dt.date | None, tuple[int, int]]]
    pairs: list[tuple[ClaimLinkKind, Metric | None, tuple[int, int]]]
    paths: list[tuple[str, str]]
    incidents: list[tuple[str | None, str | None, str | None, dt.date | None, dt.date | None, Metric | None,
                          bool | None, tuple[int, int]]] = field(default_factory=list)


def asks(ids: IdPools) -> st.SearchStrategy[Asks]:
    search = st.one_of(WORDS, PHRASE, TEXT, st.sampled_from(["min", "BRIG", "stry", "e", "5", "name", "claim", "ol s"]))
    place = st.none() | WORDS | ids.of("Place") | TEXT
    return st.builds(
        Asks,
        searches=st.lists(st.tuples(search, PAGE), max_size=4),
        claims_by_actor=st.lists(st.tuples(ids.of("Actor"), MAYBE_DATE, MAYBE_DATE, st.none() | _enum(Channel),
                                           PAGE), max_size=4),
        figures=st.lists(st.tuples(METRICS, place, MAYBE_DATE, MAYBE_DATE, PAGE), max_size=4),
        pairs=st.lists(st.tuples(_enum(ClaimLinkKind), st.none() | METRICS, PAGE), max_size=2),
        paths=st.lists(st.tuples(ids.of("Actor"), ids.of("Actor")), max_size=8),
        incidents=st.lists(st.tuples(st.none() | search, st.none() | WORDS | TEXT, st.none() | KINDS, MAYBE_DATE,
                                     MAYBE_DATE, st.none() | METRICS, st.none() | st.booleans(), PAGE), max_size=4),
    )


def plain(answer: Any) -> Any:
    """A query answer as plain data, without the wall-clock ingested_at."""
    data = answer.model_dump() if hasattr(answer, "model_dump") else answer
    return timeless(data)


def ask(store: GraphStore, question: Callable[[GraphStore], Any]) -> Any:
    try:
        return plain(question(store))
    except NotFound as e:
        return ("NotFound", str(e))


def query_answers(store: GraphStore, ids: IdPools, params: Asks, *, subgraphs: bool = True) -> dict[str, Any]:
    """Every query's answer: over every id of the pools, then over the drawn parameters.

    ``subgraphs`` False leaves out article_graph and export_graph, whose
    answers key nodes by id alone and so need ids unique across labels.
    """
    pool = {label: [*ids.pools[label], "missing-id"] for label in ("Article", "Actor", "Claim")}
    incidents = [*ids.pools.get("Incident", []), "missing-id"]
    out: dict[str, Any] = {
        "existing_articles": store.existing_articles([*pool["Article"], pool["Article"][0]]),
        "figure_candidates": [_candidate_with_tie_set(store, chosen)
                              for chosen in (incidents[:1], incidents, [incidents[0], incidents[0]], [])],
        "incident_candidates": [store.incident_candidates(windows) for windows in (
            [IncidentWindow(("strike",), dt.date(2024, 5, 1), dt.date(2024, 5, 6))],
            [IncidentWindow(("attack", "strike", "event"), day, day) for day in (
                dt.date(2024, 5, 3), dt.date(2024, 4, 25), dt.date(2024, 5, 6), dt.date(2024, 5, 3))],
            [IncidentWindow(("strike", "event"), dt.date(2024, 5, 4), dt.date(2024, 5, 5))], [])],
        "incidents": ask(store, lambda s: s.incidents()),
    }
    for incident in incidents:
        out[f"incident {incident}"] = ask(store, lambda s: s.incident(incident))
    for i, (q, place, kind, since, until, metric, conflict, (limit, offset)) in enumerate(params.incidents):
        out[f"incidents {i}"] = ask(store, lambda s: s.incidents(
            q=q, place=place, kind=kind, since=since, until=until, metric=metric, has_conflict=conflict,
            limit=limit, offset=offset))
    for actor in pool["Actor"]:
        out[f"actor_profile {actor}"] = ask(store, lambda s: s.actor_profile(actor))
        out[f"claims_by_actor {actor}"] = ask(store, lambda s: s.claims_by_actor(actor))
        out[f"claims_by_actor {actor} own"] = ask(store, lambda s: s.claims_by_actor(actor, scope=VoiceScope.OWN))
        out[f"figures by {actor}"] = ask(store, lambda s: s.figures(Metric.KILLED, by=actor))
        out[f"figures by {actor} own"] = ask(store, lambda s: s.figures(Metric.KILLED, by=actor, scope=VoiceScope.OWN))
        out[f"incidents by {actor}"] = ask(store, lambda s: s.incidents(by=actor))
        out[f"incidents by {actor} own"] = ask(store, lambda s: s.incidents(by=actor, scope=VoiceScope.OWN))
    for claim in pool["Claim"]:
        out[f"claim_provenance {claim}"] = ask(store, lambda s: s.claim_provenance(claim))
    for metric in (Metric.KILLED, Metric.INJURED, Metric.ATTACKS):
        out[f"figures {metric}"] = ask(store, lambda s: s.figures(metric))
    for kind in ClaimLinkKind:
        out[f"claim_pairs {kind}"] = ask(store, lambda s: s.claim_pairs(kind))
    for i, (text, (limit, offset)) in enumerate(params.searches):
        out[f"search_actors {i}"] = ask(store, lambda s: s.search_actors(text, limit=limit, offset=offset))
        out[f"search_claims {i}"] = ask(store, lambda s: s.search_claims(text, limit=limit, offset=offset))
        out[f"search_actors {i} all"] = ask(store, lambda s: s.search_actors(text, limit=100))
        out[f"search_claims {i} all"] = ask(store, lambda s: s.search_claims(text, limit=100))
    for i, (actor, since, until, channel, (limit, offset)) in enumerate(params.claims_by_actor):
        out[f"claims_by_actor {i}"] = ask(store, lambda s: s.claims_by_actor(
            actor, since=since, until=until, channel=channel, limit=limit, offset=offset))
        out[f"claims_by_actor {i} own"] = ask(store, lambda s: s.claims_by_actor(
            actor, since=since, until=until, channel=channel, scope=VoiceScope.OWN, limit=limit, offset=offset))
    for i, (metric, place, since, until, (limit, offset)) in enumerate(params.figures):
        out[f"figures {i}"] = ask(store, lambda s: s.figures(
            metric, place=place, since=since, until=until, limit=limit, offset=offset))
        out[f"figures by {i}"] = ask(store, lambda s: s.figures(
            metric, place=place, since=since, until=until, by=pool["Actor"][i % len(pool["Actor"])],
            limit=limit, offset=offset))
    for i, (kind, metric, (limit, offset)) in enumerate(params.pairs):
        out[f"claim_pairs {i}"] = ask(store, lambda s: s.claim_pairs(kind, metric=metric, limit=limit, offset=offset))
    for source, target in params.paths:
        out[f"shortest_path {source} {target}"] = ask(store, lambda s: s.shortest_path(source, target))
    if subgraphs:
        for article in pool["Article"]:
            out[f"article_graph {article}"] = ask(store, lambda s: s.article_graph(article))
        out["export_graph"] = ask(store, lambda s: s.export_graph())
    return out


def _candidate_with_tie_set(store: GraphStore, incident_ids: list[str]) -> list[Any]:
    # The Cypher orders by claim and figure only: several speakers of one
    # claim tie, so ties are compared as a set.
    groups: dict[tuple[str, str], set[Any]] = {}
    order: list[tuple[str, str]] = []
    for c in store.figure_candidates(incident_ids):
        key = (c.claim_id, c.figure.id)
        if key not in groups:
            groups[key] = set()
            order.append(key)
        groups[key].add((c.speaker_id, c.chain_root, c.claim_text, c.claim_date, c.figure, c.incident_id,
                         c.superseded))
    return [(key, frozenset(groups[key])) for key in order]


# --- fixtures -------------------------------------------------------------------


@dataclass
class Tally:
    cases: dict[str, int] = field(default_factory=dict)

    def count(self, name: str) -> None:
        self.cases[name] = self.cases.get(name, 0) + 1


@pytest.fixture(scope="module")
def tally(request: pytest.FixtureRequest) -> Iterator[Tally]:
    t = Tally()
    yield t
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        for name, n in t.cases.items():
            print(f"\nstore parity: {n} generated cases in {name}")


@pytest.fixture(scope="module")
def neo4j(neo4j_server: Neo4jServer, _schema_ready: None) -> Iterator[Neo4jStore]:
    s = Neo4jStore(neo4j_server.uri, "neo4j", neo4j_server.password)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("parity")


# --- the tests -------------------------------------------------------------------


def _fresh(neo4j: Neo4jStore, folder: Path) -> MemoryStore:
    neo4j.clear()
    path = folder / "graph.json"
    path.unlink(missing_ok=True)
    return MemoryStore(path)


@PARITY
@given(sequence=write_sequences(SHARED_IDS), params=asks(SHARED_IDS))
def test_random_batches_give_the_same_graph_and_answers(
    sequence: list[Batch], params: Asks, neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path, tally: Tally,
) -> None:
    tally.count("test_random_batches_give_the_same_graph_and_answers")
    memory = _fresh(neo4j, folder)
    for batch in sequence:
        assert outcome(memory, batch) == outcome(neo4j, batch)
    assert memory.counts() == neo4j.counts()
    expected = dump_neo4j(neo4j_server)
    assert dump_memory(memory) == expected
    assert query_answers(memory, SHARED_IDS, params, subgraphs=False) == query_answers(
        neo4j, SHARED_IDS, params, subgraphs=False)
    assert dump_memory(MemoryStore(memory.path)) == expected


def _stored_texts(memory: MemoryStore) -> list[str]:
    """Claim texts, actor names and aliases, and place names, as stored."""
    texts = []
    for _, data in memory.graph().nodes(data=True):
        p = data["props"]
        texts += [t for t in (p.get("text"), p.get("name"), p.get("place"), *(p.get("aliases") or [])) if t]
    return sorted(set(texts))


def fragments(data: st.DataObject, texts: list[str]) -> list[str]:
    """Pieces of stored texts, some in capitals: searches that must find something."""
    if not texts:
        return []
    out = []
    for _ in range(data.draw(st.integers(1, 4), label="fragments")):
        text = data.draw(st.sampled_from(texts))
        start = data.draw(st.integers(0, len(text)))
        piece = text[start:data.draw(st.integers(start, len(text)))]
        out.append(data.draw(st.sampled_from([piece, piece.upper(), text, text.upper()])))
    return out


@PARITY
@given(sequence=write_sequences(MODEL_IDS), params=asks(MODEL_IDS), data=st.data())
def test_every_query_answers_the_same_on_random_graphs(
    sequence: list[Batch], params: Asks, data: st.DataObject, neo4j: Neo4jStore, folder: Path, tally: Tally,
) -> None:
    tally.count("test_every_query_answers_the_same_on_random_graphs")
    memory = _fresh(neo4j, folder)
    for batch in sequence:
        assert outcome(memory, batch) == outcome(neo4j, batch)
    found = fragments(data, _stored_texts(memory))
    params = dataclasses.replace(
        params, searches=params.searches + [(text, (100, 0)) for text in found],
        figures=params.figures + [(m, text, None, None, (100, 0)) for text in found for m in (Metric.KILLED,)])
    assert query_answers(memory, MODEL_IDS, params) == query_answers(neo4j, MODEL_IDS, params)


def test_every_query_answers_the_same_on_the_hand_built_graph(neo4j: Neo4jStore, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(query_batch())
    every = Asks(
        searches=[(q, (20, 0)) for q in ("hadd", "Interior Ministry", "ministry", "cwr", "depot raid", "DEPOT",
                                         "killed when", "omar front", 'haddad" OR *:*', "(haddad)^9~", "")],
        claims_by_actor=[(Q.omar, MAY[2], None, None, (50, 0)), (Q.omar, None, MAY[1], None, (50, 0)),
                         (Q.omar, None, None, Channel.PRESS_BRIEFING, (50, 0)), (Q.omar, None, None, None, (1, 1))],
        figures=[(Metric.KILLED, "port AMAR", None, None, (100, 0)), (Metric.KILLED, Q.port, None, None, (100, 0)),
                 (Metric.KILLED, None, MAY[2], None, (100, 0)), (Metric.KILLED, None, None, None, (1, 1))],
        pairs=[(ClaimLinkKind.CORROBORATES, Metric.KILLED, (100, 0)),
               (ClaimLinkKind.CONTRADICTS, Metric.INJURED, (100, 0))],
        paths=[(a, b) for a in (Q.omar, Q.dana, Q.loner, Q.harbor) for b in (Q.harbor, Q.front, Q.loner, Q.omar)],
    )
    ids = IdPools({
        "Article": [Q.a1, Q.a2, Q.a3],
        "Actor": [Q.harbor, Q.wire, Q.valley, Q.ministry, Q.omar, Q.official, Q.front, Q.dana, Q.loner],
        "Claim": [Q.toll, Q.roads, Q.curfew, Q.fighters, Q.planned, Q.residents, Q.injured, Q.aid],
    })
    assert query_answers(memory, ids, every) == query_answers(neo4j, ids, every)


def test_a_profile_counts_carriers_over_the_same_last_claims_on_both_stores(
    neo4j: Neo4jStore, folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(query_batch())
    for module in ("neo4j_store", "memory.read"):
        monkeypatch.setattr(f"claimgraph.graph.{module}.CARRIED_BY_CLAIMS", 1)
    answers = [store.actor_profile(Q.omar) for store in (memory, neo4j)]
    assert answers[0] == answers[1]
    profile = answers[1]
    assert profile.claims > 1 and profile.carried_by_claims == 1
    assert profile.carried_by and all(c.claims == 1 for c in profile.carried_by)


def test_a_path_passes_through_no_node_over_the_degree_cap_on_both_stores(
    neo4j: Neo4jStore, folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(query_batch())
    ends = [Q.omar, Q.harbor, Q.dana, Q.front]
    through_actor = {}
    for cap in (0, 1, 2, 1000):
        for module in ("neo4j_store", "memory.store"):
            monkeypatch.setattr(f"claimgraph.graph.{module}.MAX_PATH_DEGREE", cap)
        for a in ends:
            for b in ends:
                answers = [store.shortest_path(a, b) for store in (memory, neo4j)]
                assert plain(answers[0]) == plain(answers[1]), (cap, a, b)
                assert answers[1].max_degree == cap
                through_actor[cap, a, b] = any(n.label == NodeLabel.ACTOR for n in answers[1].nodes[1:-1])
    # every actor has an edge or more: under a cap of 0 no path passes through one,
    # whereas under the default cap the speaker reaches the front through an outlet
    assert not any(through for (cap, _, _), through in through_actor.items() if cap == 0)
    assert through_actor[1000, Q.dana, Q.front]


def test_a_path_leaves_an_end_over_the_end_cap_the_same_way_on_both_stores(
    neo4j: Neo4jStore, folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(query_batch())
    ends = [Q.omar, Q.ministry, Q.harbor, Q.wire, Q.dana, Q.front, Q.loner]
    free = {(a, b): neo4j.shortest_path(a, b) for a in ends for b in ends}
    changed = set()
    for cap, claims in ((2, 1), (1, 1), (1, 2), (0, 0)):
        for module in ("neo4j_store", "memory.store"):
            monkeypatch.setattr(f"claimgraph.graph.{module}.PATH_END_CAP", cap)
            monkeypatch.setattr(f"claimgraph.graph.{module}.PATH_END_CLAIMS", claims)
        for a in ends:
            for b in ends:
                for history in (False, True):
                    answers = [store.shortest_path(a, b, history=history) for store in (memory, neo4j)]
                    assert plain(answers[0]) == plain(answers[1]), (cap, claims, a, b, history)
                path = answers[1]
                assert (path.end_cap, path.end_claims) == (cap, claims)
                if path.nodes != free[a, b].nodes:
                    changed.add((cap, a, b))
                    assert path.bounded and (not path.found or len(path.edges) >= len(free[a, b].edges))
    # the spokesman (three claims and his ministry) is bounded at a cap of 2, the outlets
    # (two articles) from a cap of 1, and at 0 with no claim to leave by an end is left
    # only through its organizations
    assert (2, Q.omar, Q.front) in changed and (1, Q.harbor, Q.dana) in changed
    assert not free[Q.dana, Q.front].bounded


def test_a_path_is_looked_for_within_max_path_hops_the_same_way_on_both_stores(
    neo4j: Neo4jStore, folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(query_batch())
    actors = [Q.harbor, Q.wire, Q.valley, Q.ministry, Q.omar, Q.official, Q.front, Q.dana, Q.loner]
    # the statement writes the number in its pattern: patched with the constant
    statement = queries.query("shortest_path")
    lengths = {}
    for hops in (MAX_PATH_HOPS, 7, 4):
        for module in ("neo4j_store", "memory.store", "memory.read"):
            monkeypatch.setattr(f"claimgraph.graph.{module}.MAX_PATH_HOPS", hops)
        monkeypatch.setitem(queries.catalog()._load(), "shortest_path",
                            statement.replace(f"*..{MAX_PATH_HOPS}]", f"*..{hops}]"))
        for a in actors:
            for b in actors:
                for history in (False, True):
                    answers = [store.shortest_path(a, b, history=history) for store in (memory, neo4j)]
                    assert plain(answers[0]) == plain(answers[1]), (hops, a, b, history)
                path = answers[1]
                assert path.max_hops == hops and len(path.edges) <= hops
                lengths[hops, a, b] = len(path.edges) if path.found else None
    # the outlet reaches the reporter in seven steps only: none within six, found within seven;
    # at four the paths of five and six steps go too
    assert (lengths[MAX_PATH_HOPS, Q.valley, Q.dana], lengths[7, Q.valley, Q.dana]) == (None, 7)
    assert lengths[MAX_PATH_HOPS, Q.front, Q.dana] == 6 and lengths[4, Q.front, Q.dana] is None


# --- PolNeAR-derived ingests -------------------------------------------------------------

POLNEAR_ARTICLES = 300


def _every(items: list[str], n: int) -> list[str]:
    """n items spread evenly over the sorted list (the same ones on every run)."""
    items = sorted(items)
    step = max(1, len(items) // n)
    return items[::step][:n]


def test_polnear_ingests_give_the_same_graph_and_answers(neo4j: Neo4jStore, neo4j_server: Neo4jServer,
                                                        folder: Path, tally: Tally) -> None:
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.pipeline import ingest_documents
    from claimgraph.ingest.readers import iter_documents

    texts = sorted(shared_path("polnear", "train", "text").glob("*.txt"))[:POLNEAR_ARTICLES]
    memory = _fresh(neo4j, folder)
    aliases = load_aliases()
    reports = [ingest_documents(store, iter_documents(texts), aliases) for store in (memory, neo4j)]
    tally.cases["test_polnear_ingests_give_the_same_graph_and_answers (articles)"] = len(texts)
    assert reports[0] == reports[1] and reports[0].written == len(texts)
    assert memory.counts() == neo4j.counts()
    assert dump_memory(memory) == dump_neo4j(neo4j_server)

    graph = memory.graph()
    by_label = {label: [k[1] for k in graph.nodes if k[0] == label] for label in ID_LABELS}
    actors = _every(by_label["Actor"], 30)
    ids = IdPools({label: _every(by_label[label], n) for label, n in (("Article", 15), ("Actor", 30), ("Claim", 40))})
    days = sorted({d for _, d in graph.nodes(data=True) for d in [d["props"].get("published")] if d})
    middle = days[len(days) // 2] if days else None
    every = Asks(
        searches=[(q, (20, 0)) for q in ("president", "said", "campaign", "percent", "state department",
                                         "the", "house", "Obama", "officials", "million")],
        claims_by_actor=[(a, middle, None, None, (50, 0)) for a in actors[:10]]
        + [(a, None, middle, Channel.STATEMENT, (5, 1)) for a in actors[10:20]],
        figures=[(m, None, None, None, (100, 0)) for m in Metric]
        + [(m, None, middle, None, (10, 2)) for m in Metric],
        pairs=[(kind, metric, (100, 0)) for kind in ClaimLinkKind for metric in (None, Metric.KILLED)],
        paths=[(a, b) for a, b in zip(actors[:15], actors[15:], strict=False)] + [(actors[0], a) for a in actors[1:10]],
    )
    assert query_answers(memory, ids, every) == query_answers(neo4j, ids, every)


def _without_ingested_at(graph: Subgraph) -> Subgraph:
    nodes = [n.model_copy(update={"properties": {k: v for k, v in n.properties.items() if k != "ingested_at"}})
             for n in graph.nodes]
    return Subgraph(nodes=nodes, edges=graph.edges)


def _graphml(graph: Subgraph) -> tuple[list[Any], list[Any]]:
    """The GraphML document as read back: its nodes and edges with their data."""
    out = io.BytesIO()
    write_graphml(graph, out)
    read = nx.read_graphml(io.BytesIO(out.getvalue()), force_multigraph=True)
    return sorted(read.nodes(data=True)), sorted(read.edges(keys=True, data=True))


def test_graphml_and_prov_exports_are_the_same_from_either_store(neo4j: Neo4jStore, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(query_batch())
        store.write(sample_batch())
    exported = [_without_ingested_at(store.export_graph()) for store in (memory, neo4j)]
    nodes, edges = _graphml(exported[0])
    assert (nodes, edges) == _graphml(exported[1])
    assert len(nodes) == sum(memory.counts().nodes[label.value] for label in NodeLabel)
    assert len(edges) == sum(memory.counts().relationships.values())
    prov = [json.loads(to_prov(graph).serialize(format="json")) for graph in exported]
    assert prov[0] == prov[1]


@pytest.mark.parametrize(("text", "query"), [("the minister (υπουργός) spoke", "υπουργός"),
                                             ("a Windowsアプリ update", "Windowsアプリ")])
def test_a_search_finds_what_the_word_rule_finds_on_both_stores(
    neo4j: Neo4jStore, folder: Path, text: str, query: str,
) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(Batch(claims=[Claim("claim-1", text, QuoteKind.DIRECT)]))
    assert memory.search_claims(query).total == 1
    assert neo4j.search_claims(query).total == 1


@pytest.mark.parametrize("aliases", [
    ("text", 7), (("nested",),), ({"a": 1},), ("ok", None), (1, 2.5), (True, False), ((1,), "one"),
    ("\ud800",), (2**64,),
])
def test_a_value_neo4j_refuses_is_refused_alike_and_writes_nothing(
    neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path, aliases: tuple[Any, ...],
) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        store.write(sample_batch("a"))
    before = dump_neo4j(neo4j_server)
    batch = sample_batch("b")
    batch.actors.append(Actor("actor-odd", "Odd", ActorKind.PERSON, aliases=aliases))
    outcomes = []
    for store in (memory, neo4j):
        try:
            store.write(batch)
            outcomes.append("written")
        except StoreError:
            outcomes.append("refused")
    assert outcomes[0] == outcomes[1]
    assert dump_memory(memory) == dump_neo4j(neo4j_server)
    if outcomes[0] == "refused":
        assert dump_memory(memory) == before


# --- a revision that comes later takes back the links of the value it revises -----------

def _report(slug: str, title: str, body: str, published: dt.date) -> Any:
    from claimgraph.ingest.document import ArticleMeta, Document

    return Document(f"{title}\n\n{body}\n", ArticleMeta(title=title, url=f"https://harbor.example/{slug}",
                                                        outlet="Harbor Post", published=published), f"{slug}.txt")


FIRST_REPORT = _report(
    "strike", "Drone Strike Hits Militia Camp Near Wadi Saleh",
    "A drone strike hit a militia camp near Wadi Saleh on Monday, the army said.\n\n"
    "Army spokesman Colonel Amir Dahan said 12 fighters were killed.\n\n"
    "The Red Hand militia said four of its fighters died in the strike.", dt.date(2025, 2, 3))
LATER_REPORT = _report(
    "toll", "Militia Raises Toll From Strike Near Wadi Saleh",
    "The Red Hand militia said on Wednesday that seven of its fighters were killed in Monday's drone strike "
    "near Wadi Saleh.", dt.date(2025, 2, 5))


def _conflicts(store: GraphStore) -> list[tuple[str, str]]:
    return [(kind.value, pair.reason) for kind in ClaimLinkKind for pair in store.claim_pairs(kind).items]


def test_a_later_revision_takes_back_the_links_of_the_old_figure_in_both_stores(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.pipeline import ingest_documents

    memory, aliases = _fresh(neo4j, folder), load_aliases()
    stores = (memory, neo4j)
    for store in stores:
        ingest_documents(store, [FIRST_REPORT], aliases)
    assert [_conflicts(s) for s in stores] == [[("CONTRADICTS", "12 vs 4 killed in the same strike")]] * 2
    for store in stores:
        ingest_documents(store, [LATER_REPORT], aliases)
    # The militia's four is revised by its seven: four against twelve no longer counts.
    assert [_conflicts(s) for s in stores] == [[("CONTRADICTS", "12 vs 7 killed in the same strike")]] * 2
    assert dump_memory(memory) == dump_neo4j(neo4j_server)


def test_unlink_revised_keeps_a_claim_that_still_states_a_current_figure_and_reruns_harmlessly(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    claims = [Claim(f"claim-{n}", f"claim {n}", QuoteKind.DIRECT) for n in range(3)]
    old, other, stale, current, newer = (Figure(f"figure-{n}", Metric.KILLED, n) for n in
                                         ("old", "other", "stale", "current", "newer"))
    states = [States(c.id, f.id, "article-x", 0, 1) for c, f in (
        (claims[0], old), (claims[1], other), (claims[2], stale), (claims[2], current))]
    links = [ClaimLink(ClaimLinkKind.CONTRADICTS, claims[0].id, claims[1].id, Metric.KILLED, "4 vs 12"),
             ClaimLink(ClaimLinkKind.CORROBORATES, claims[1].id, claims[2].id, Metric.KILLED, "12 vs 12")]
    base = Batch(articles=[Article("article-x", "sha-x")], claims=claims,
                 figures=[old, other, stale, current, newer], states=states, claim_links=links)
    revision = Batch(figure_links=[FigureLink(FigureLinkKind.REVISES, newer.id, f.id, "later count")
                                   for f in (old, stale)])
    for store in (memory, neo4j):
        store.write(base)
        store.write(revision)
        store.write(revision)
    # claim 0 states only a revised figure: its link goes; claim 2 still states a current one
    assert [_conflicts(s) for s in (memory, neo4j)] == [[("CORROBORATES", "12 vs 12")]] * 2
    assert dump_memory(memory) == dump_neo4j(neo4j_server)


def _search_batch() -> tuple[Batch, list[str]]:
    """Ten claims with "convoy" (dates shared, some undated) and two without; the ten in search order."""
    days = [dt.date(2026, 5, 3), None, dt.date(2026, 5, 1), dt.date(2026, 5, 3), None, dt.date(2026, 5, 2),
            dt.date(2026, 5, 1), dt.date(2026, 5, 3), None, dt.date(2026, 5, 2)]
    claims = [Claim(f"claim-{i:02d}", f"The convoy report number {i}", QuoteKind.DIRECT, first_seen=day)
              for i, day in zip((7, 3, 9, 1, 8, 2, 5, 4, 0, 6), days, strict=True)]
    others = [Claim(f"claim-x{i}", f"A column reported {i}", QuoteKind.DIRECT, first_seen=dt.date(2026, 5, 9)) for i in range(2)]
    order = sorted(claims, key=lambda c: (c.first_seen is None, c.first_seen or dt.date.min, c.id))
    return Batch(claims=claims + others), [c.id for c in order]


def _walk_capped_pages(store: GraphStore, cap: tuple[str, int], monkeypatch: pytest.MonkeyPatch, order: list[Any],
                       page_at: Callable[[int], Any], key: Callable[[Any], Any]) -> None:
    """With the store's cap (its attribute and value), every page of three from each offset,
    ``page_at(offset)``: the total exact up to the cap, else the cap and capped, and its items'
    keys always ``order``'s slice."""
    attribute, most = cap
    monkeypatch.setattr(store, attribute, most)
    expected = (most, True) if len(order) > most else (len(order), False)
    for offset in range(len(order) + 1):
        page = page_at(offset)
        assert (page.total, page.total_capped) == expected
        assert [key(x) for x in page.items] == order[offset:offset + 3]


@pytest.mark.parametrize("cap", [3, 9, 10, 11])
def test_a_search_counts_up_to_its_cap_says_when_it_stopped_and_pages_in_order_on_both_stores(
    neo4j: Neo4jStore, folder: Path, cap: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    batch, order = _search_batch()
    for store in (memory, neo4j):
        store.write(batch)
        _walk_capped_pages(store, ("search_cap", cap), monkeypatch, order, lambda offset, s=store: s.search_claims(
            "CONVOY" if offset % 2 else "convoy", limit=3, offset=offset), lambda c: c.id)
        assert store.search_claims("convoy 7").total == 1


_PAIRS = {  # metric: (a, b) claim numbers; 3, and 11 only in a replaced article version, hide their pairs
    Metric.KILLED: [(0, 1), (5, 13), (7, 10), (8, 14), (9, 15), (3, 11)],
    Metric.INJURED: [(1, 5), (4, 11), (6, 8)],
    Metric.ARRESTED: [(0, 7), (2, 4), (3, 9), (2, 12)],
}


def _pairs_batch(kind: ClaimLinkKind) -> tuple[Batch, list[tuple[str, str, str]]]:
    """Pairs of three metrics (the catalog lists killed before arrested), three of them with a claim
    that only a replaced version reports; the ten others as (metric, a, b) in list order."""
    claims = [Claim(f"claim-{i:02d}", f"claim {i}", QuoteKind.DIRECT) for i in range(16)]
    old, new = Article("article-old", "sha-old", key="k", version=1), Article("article-new", "sha-new", key="k",
                                                                                 version=2)
    reported = [ReportedIn(c.id, old.id if n in (3, 5, 11) else new.id, 0, 1, c.text)
                for n, c in enumerate(claims) if n % 4 != 2] + [ReportedIn(claims[5].id, new.id, 0, 1, "claim 5")]
    links = [ClaimLink(kind, claims[a].id, claims[b].id, metric, f"{a} and {b}")
             for metric, pairs in _PAIRS.items() for a, b in pairs]
    shown = sorted((link.metric.value, link.a_id, link.b_id) for link in links
                   if not {link.a_id, link.b_id} & {claims[3].id, claims[11].id})
    return Batch(articles=[old, new], versions=[PreviousVersion(new.id, old.id)], claims=claims,
                 reported_in=reported, claim_links=links), shown


@pytest.mark.parametrize("kind", list(ClaimLinkKind))
@pytest.mark.parametrize("cap", [3, 9, 10, 11])
def test_a_pair_list_counts_up_to_its_cap_says_when_it_stopped_and_pages_in_order_on_both_stores(
    neo4j: Neo4jStore, folder: Path, cap: int, kind: ClaimLinkKind, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    batch, order = _pairs_batch(kind)
    for store in (memory, neo4j):
        store.write(batch)
        _walk_capped_pages(store, ("pair_cap", cap), monkeypatch, order,
                           lambda offset, s=store: s.claim_pairs(kind, limit=3, offset=offset),
                           lambda p: (p.metric.value, p.a.claim.id, p.b.claim.id))
        killed = store.claim_pairs(kind, metric=Metric.KILLED)
        assert (killed.total, killed.total_capped, len(killed.items)) == (min(5, cap), 5 > cap, 5)
        every = store.claim_pairs(kind, history=True, limit=3, offset=8)
        assert [(p.a.claim.id, p.b.claim.id) for p in every.items] == [
            ("claim-03", "claim-11"), ("claim-05", "claim-13"), ("claim-07", "claim-10")]


def _counted_voices_batch() -> tuple[Batch, str, int, int]:
    """An organization that said 6 claims (two killed figures each) and its spokesman 5 (one each),
    dated on five days: the batch, the organization's id, its own claims, the spokesman's."""
    org = Actor("actor-counting-council", "Counting Council", ActorKind.ORGANIZATION)
    spokesman = Actor("actor-counting-spokesman", "Counting spokesman", ActorKind.PERSON)
    article = Article("article-counts", "sha-counts", title="Counts", published=dt.date(2026, 5, 1))
    batch = Batch(articles=[article], actors=[org, spokesman], speaks_for=[SpeaksFor(spokesman.id, org.id, "spokesman")])
    for speaker, claims, figures in ((org, 6, 2), (spokesman, 5, 1)):
        for n in range(claims):
            claim = Claim(f"claim-{speaker.id}-{n}", f"{speaker.name} count {n}", QuoteKind.DIRECT,
                          first_seen=dt.date(2026, 5, 1 + n % 5))
            batch.claims.append(claim)
            batch.asserted.append(Asserted(speaker.id, claim.id, article.id, "said", Channel.STATEMENT, claim.first_seen))
            batch.reported_in.append(ReportedIn(claim.id, article.id, 0, 10, claim.text))
            for k in range(figures):
                figure = Figure(f"figure-{claim.id}-{k}", Metric.KILLED, str(k + 1))
                batch.figures.append(figure)
                batch.states.append(States(claim.id, figure.id, article.id, 0, 1))
    return batch, org.id, 6, 5


@pytest.mark.parametrize("cap", [3, 5, 6, 11, 17, 100])
def test_an_actors_counts_stop_at_the_cap_say_so_and_keep_every_page_on_both_stores(
    neo4j: Neo4jStore, folder: Path, cap: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    batch, org, own, others = _counted_voices_batch()

    def shown(count: int) -> tuple[int, bool]:
        return min(count, cap), count > cap

    answers: dict[str, list[Any]] = {}
    for store in (memory, neo4j):
        store.write(batch)
        whole = {history: (store.claims_by_actor(org, limit=50, history=history),
                           store.figures(Metric.KILLED, by=org, limit=50, history=history)) for history in (False, True)}
        monkeypatch.setattr(store, "search_cap", cap)
        monkeypatch.setattr(store, "figure_cap", cap)
        seen = answers.setdefault(type(store).__name__, [])
        for history in (False, True):
            profile = store.actor_profile(org, history=history)
            assert (profile.claims, profile.claims_capped) == shown(own)
            assert (profile.claims_through_others, profile.claims_through_others_capped) == shown(others)
            assert profile.carried_by_claims == own
            claims_whole, figures_whole = whole[history]
            seen.append(profile)
            for offset in range(0, own + others + 1, 4):
                page = store.claims_by_actor(org, limit=4, offset=offset, history=history)
                assert ((page.own, page.own_capped), (page.through_others, page.through_others_capped),
                        (page.total, page.total_capped)) == (shown(own), shown(others), shown(own + others))
                assert page.items == claims_whole.items[offset:offset + 4]
                seen.append(page)
            for offset in range(0, 2 * own + others + 1, 5):
                table = store.figures(Metric.KILLED, by=org, limit=5, offset=offset, history=history)
                assert (table.total, table.total_capped) == shown(2 * own + others)
                assert table.items == figures_whole.items[offset:offset + 5]
                seen.append(table)
        dated = store.claims_by_actor(org, since=dt.date(2026, 5, 4))
        assert (dated.total, dated.total_capped) == shown(2 + 2)
        seen.append(dated)
    assert answers["MemoryStore"] == answers["Neo4jStore"]


def _incident_batch() -> tuple[Batch, list[str]]:
    """Thirteen incidents at the harbour and two newer elsewhere; the thirteen in list order. Dated ones
    with and without a window (one dated after its window ends), undated ones whose window ends
    after every date, on the day the first page's dated ones end (the id puts it on that page)
    and before every date, and some with neither."""
    rows = [("10", dt.date(2026, 5, 3), dt.date(2026, 5, 2), dt.date(2026, 5, 4)),
            ("00", None, dt.date(2026, 5, 1), dt.date(2026, 5, 3)),
            ("09", dt.date(2026, 5, 1), None, None),
            ("01", dt.date(2026, 5, 3), dt.date(2026, 5, 2), dt.date(2026, 5, 4)),
            ("08", None, None, None),
            ("02", None, None, dt.date(2026, 5, 6)),
            ("05", dt.date(2026, 5, 2), dt.date(2026, 5, 1), dt.date(2026, 5, 3)),
            ("04", dt.date(2026, 5, 5), None, dt.date(2026, 5, 3)),
            ("03", None, None, None),
            ("06", dt.date(2026, 4, 28), dt.date(2026, 4, 27), dt.date(2026, 4, 29)),
            ("11", dt.date(2026, 5, 2), dt.date(2026, 5, 1), dt.date(2026, 5, 3)),
            ("13", None, dt.date(2026, 4, 20), dt.date(2026, 4, 25)),
            ("12", dt.date(2026, 4, 30), dt.date(2026, 4, 29), dt.date(2026, 5, 1))]
    kinds = ("strike", "shelling", "raid")
    harbour = [Incident(f"incident-{n}", kinds[k % 3], f"incident {n}", place="North Harbour", date=day,
                        window_start=start, window_end=end) for k, (n, day, start, end) in enumerate(rows)]
    others = [Incident(f"incident-x{n}", "strike", f"incident x{n}", place="Ridge", date=dt.date(2026, 5, 9))
              for n in range(2)]

    def newest_first(i: Incident) -> tuple[bool, int, str]:
        day = i.date or i.window_end
        return day is None, -day.toordinal() if day else 0, i.id
    return Batch(incidents=harbour + others), [i.id for i in sorted(harbour, key=newest_first)]


@pytest.mark.parametrize("cap", [3, 12, 13, 14])
def test_the_incident_list_counts_up_to_the_cap_says_when_it_stopped_and_pages_in_order_on_both_stores(
    neo4j: Neo4jStore, folder: Path, cap: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    batch, order = _incident_batch()
    strikes = sum(1 for i in batch.incidents if i.kind == "strike" and i.place == "North Harbour")
    for store in (memory, neo4j):
        store.write(batch)
        assert store.incidents(place="harbour", kind="strike").total == strikes == 5
        _walk_capped_pages(store, ("incident_cap", cap), monkeypatch, order, lambda offset, s=store: s.incidents(
            place="HARBOUR" if offset % 2 else "harbour", limit=3, offset=offset), lambda i: i.id)


# --- the figures table's order key (graph.stated) ------------------------------------------


def _wrong_stated_keys(dump: Dump) -> list[tuple[tuple[str, str], tuple[str, str], Any, tuple[str, str]]]:
    """The STATES edges whose stated_key, speaker_key and place_key are not graph.stated's keys for
    their claim's ASSERTED edges, first_seen and figure, as (claim, figure, stored, right)."""
    said: dict[tuple[str, str], list[tuple[str, Any]]] = {}
    for rel_type, start, end, props in dump.relationships:
        if rel_type == "ASSERTED" and start[0] == "Actor":
            said.setdefault(end, []).append((start[1], dict(props).get("date", (None, None))[1]))
    wrong = []
    for rel_type, claim, figure, props in dump.relationships:
        if rel_type != "STATES":
            continue
        first_seen = dump.nodes[claim][1].get("first_seen", (None, None))[1]
        metric, speakers = dump.nodes[figure][1]["metric"][1], said.get(claim, [])
        by_metric = stated_key(metric, stated_on((d for _, d in speakers), first_seen), figure[1], claim[1])
        right = (by_metric, speaker_key(speakers, first_seen, metric, claim[1], figure[1]),
                 place_key(dump.nodes[figure][1].get("place", (None, None))[1], by_metric))
        stored = tuple(dict(props).get(name, (None, None))[1] for name in ("stated_key", "speaker_key", "place_key"))
        if stored != right:
            wrong.append((claim, figure, stored, right))
    return wrong


_DAY = [dt.date(2026, 3, d) for d in range(1, 29)]


def _stated(speaker: Actor, article: Article, n: int, said_on: dt.date | None, seen: dt.date | None,
            metric: Metric = Metric.KILLED) -> Batch:
    """Claim ``n`` that ``speaker`` said on ``said_on`` (first seen ``seen``), reported in ``article``
    and stating one figure of ``metric``."""
    claim = Claim(f"claim-{n:02d}", f"the toll stated in claim {n}", QuoteKind.DIRECT, first_seen=seen)
    figure = Figure(f"figure-{n:02d}", metric, str(n))
    return Batch(articles=[article], actors=[speaker], claims=[claim], figures=[figure],
                 asserted=[Asserted(speaker.id, claim.id, article.id, "said", Channel.STATEMENT, said_on)],
                 reported_in=[ReportedIn(claim.id, article.id, 0, 10, claim.text)],
                 states=[States(claim.id, figure.id, article.id, 0, 1)])


def _table(store: GraphStore, **filters: Any) -> list[tuple[str, dt.date | None]]:
    return [(row.figure.id, row.stated_on) for row in store.figures(Metric.KILLED, **filters).items]


_MINISTRY = Actor("actor-toll-ministry", "Toll Ministry", ActorKind.ORGANIZATION)
_MEDIC = Actor("actor-toll-medic", "Toll medic", ActorKind.PERSON)
_FIRST = Article("article-toll-first", "sha-toll-first", published=_DAY[10])
_LATER = Article("article-toll-later", "sha-toll-later", published=_DAY[20])


def _toll_graph() -> list[Batch]:
    """Figure 1 said on day 10; figure 2 on day 5; figure 3 by no dated speaker, first seen day 20;
    an injured figure on day 1; then a later article in which a medic said claim 1 on day 2 and
    claim 3 is seen on day 3."""
    later_claims = Batch(articles=[_LATER], actors=[_MEDIC],
                         claims=[Claim("claim-01", "the toll stated in claim 1", QuoteKind.DIRECT, first_seen=_DAY[2]),
                                 Claim("claim-03", "the toll stated in claim 3", QuoteKind.DIRECT, first_seen=_DAY[3])],
                         asserted=[Asserted(_MEDIC.id, "claim-01", _LATER.id, "told", Channel.INTERVIEW, _DAY[2])],
                         reported_in=[ReportedIn(c, _LATER.id, 0, 10, "the toll") for c in ("claim-01", "claim-03")])
    return [_stated(_MINISTRY, _FIRST, 1, _DAY[10], _DAY[10]), _stated(_MINISTRY, _FIRST, 2, _DAY[5], _DAY[5]),
            _stated(_MINISTRY, _FIRST, 3, None, _DAY[20]),
            _stated(_MINISTRY, _FIRST, 4, _DAY[1], _DAY[1], Metric.INJURED), later_claims]


def test_a_later_article_with_an_earlier_date_moves_the_figure_up_and_keeps_its_key_on_both_stores(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    *first, later = _toll_graph()
    for store in (memory, neo4j):
        for batch in first:
            store.write(batch)
        assert _table(store) == [("figure-02", _DAY[5]), ("figure-01", _DAY[10]), ("figure-03", _DAY[20])]
    assert _wrong_stated_keys(dump_neo4j(neo4j_server)) == []
    for store in (memory, neo4j):
        store.write(later)
        store.write(later)
        # The medic's earlier date comes first; claim 3, undated, follows its first_seen back.
        assert _table(store) == [("figure-01", _DAY[2]), ("figure-03", _DAY[3]), ("figure-02", _DAY[5])]
        assert _table(store, since=_DAY[3], until=_DAY[5]) == [("figure-03", _DAY[3]), ("figure-02", _DAY[5])]
        assert _table(store, until=_DAY[2]) == [("figure-01", _DAY[2])]
    written = dump_neo4j(neo4j_server)
    assert _wrong_stated_keys(written) == []
    assert dump_memory(memory) == written


def test_the_keys_stay_right_when_an_article_goes_on_both_stores(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        for batch in _toll_graph():
            store.write(batch)
        store.remove_article(_LATER.id)
        # The medic's ASSERTED edge and claim 3's first_seen stay with the claims the first article still reports.
        assert _table(store) == [("figure-01", _DAY[2]), ("figure-03", _DAY[3]), ("figure-02", _DAY[5])]
    assert _wrong_stated_keys(dump_neo4j(neo4j_server)) == []
    for store in (memory, neo4j):
        store.remove_article(_FIRST.id)
        assert _table(store) == []
    assert dump_memory(memory) == dump_neo4j(neo4j_server)


@pytest.mark.parametrize("cap", [1, 2, 3, 7])
def test_the_figures_table_counts_up_to_its_cap_and_pages_in_order_on_both_stores(
    neo4j: Neo4jStore, folder: Path, cap: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    order = ["figure-01", "figure-03", "figure-02"]
    for store in (memory, neo4j):
        for batch in _toll_graph():
            store.write(batch)
        _walk_capped_pages(store, ("figure_cap", cap), monkeypatch, order,
                           lambda offset, s=store: s.figures(Metric.KILLED, limit=3, offset=offset),
                           lambda row: row.figure.id)


def test_a_graph_written_before_stated_keys_gets_them_from_setup_schema(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    _fresh(neo4j, folder)
    for batch in _toll_graph():
        neo4j.write(batch)
    before = neo4j.figures(Metric.KILLED)
    with neo4j._driver.session(database=neo4j.database) as s:
        assert s.run(TEST_QUERIES.query("strip_stated_keys")).single(strict=True)["stripped"] == 4
    assert neo4j.read("stated_keys_missing") == [{"missing": 4}]
    assert neo4j.figures(Metric.KILLED).items == []
    neo4j.setup_schema()
    assert neo4j.figures(Metric.KILLED) == before
    assert neo4j.read("stated_keys_missing") == [{"missing": 0}]
    assert _wrong_stated_keys(dump_neo4j(neo4j_server)) == []


# --- the figures table at a place (graph.stated's place_key, a Place's name_key) ------------

_NEW = Place("place-new", "New")
_NEW_YORK = Place("place-new-york", "New York")


def _placed_graph() -> list[Batch]:
    """Claims 1-5 said on days 1-5, each a killed figure: 1 at "new", 2 at "New York", 3 at
    "NEW" and ABOUT New York, 4 at no place and ABOUT New, 5 at "New killed" (a place whose name
    starts with another place's name and the metric: its keys follow New's prefix)."""
    places: list[str | None] = ["new", "New York", "NEW", None, "New killed"]
    batches = []
    for n, place in enumerate(places, start=1):
        batch = _stated(_MINISTRY, _FIRST, n, _DAY[n], _DAY[n])
        batch.figures = [dataclasses.replace(f, place=place) for f in batch.figures]
        batches.append(batch)
    batches.append(Batch(places=[_NEW, _NEW_YORK],
                         about=[About("claim-03", _NEW_YORK.id, AboutKind.PLACE),
                                About("claim-04", _NEW.id, AboutKind.PLACE)]))
    return batches


def test_the_figures_table_at_a_place_finds_its_figures_and_the_claims_about_it_on_both_stores(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    for store in (memory, neo4j):
        for batch in _placed_graph():
            store.write(batch)
        assert [f for f, _ in _table(store, place="New")] == ["figure-01", "figure-03", "figure-04"]
        assert [f for f, _ in _table(store, place="new york")] == ["figure-02", "figure-03"]
        # By id: only the claims ABOUT that Place, not the figures whose place is its name.
        assert [f for f, _ in _table(store, place=_NEW_YORK.id)] == ["figure-03"]
        assert [f for f, _ in _table(store, place="NEW KILLED")] == ["figure-05"]
        assert _table(store, place="York") == []
        table = store.figures(Metric.KILLED, place="new", limit=1, offset=1)
        assert (table.total, [row.figure.id for row in table.items]) == (3, ["figure-03"])
    written = dump_neo4j(neo4j_server)
    assert _wrong_stated_keys(written) == []
    assert dump_memory(memory) == written


def test_a_graph_written_before_place_keys_gets_them_from_setup_schema(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    _fresh(neo4j, folder)
    for batch in _placed_graph():
        neo4j.write(batch)
    before = {place: neo4j.figures(Metric.KILLED, place=place) for place in ("new", "New York")}
    with neo4j._driver.session(database=neo4j.database) as s:
        assert s.run(TEST_QUERIES.query("strip_place_keys")).single(strict=True)["stripped"] == 5
        assert s.run(TEST_QUERIES.query("strip_place_names")).single(strict=True)["stripped"] == 2
    assert neo4j.read("stated_keys_missing") == [{"missing": 5}]
    assert neo4j.figures(Metric.KILLED, place="new").items == []
    neo4j.setup_schema()
    assert {place: neo4j.figures(Metric.KILLED, place=place) for place in before} == before
    assert neo4j.read("stated_keys_missing") == [{"missing": 0}]
    assert _wrong_stated_keys(dump_neo4j(neo4j_server)) == []


# --- one speaker's figures in order (graph.stated's speaker_key) -----------------------------


def _said(store: GraphStore, by: str, **filters: Any) -> list[tuple[str, str | None]]:
    return [(row.figure.id, row.speaker.id if row.speaker else None)
            for row in store.figures(Metric.KILLED, by=by, **filters).items]


def test_an_actors_figures_follow_a_first_seen_moved_back_and_a_second_speaker_on_both_stores(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    memory = _fresh(neo4j, folder)
    *first, later = _toll_graph()
    ministry = [("figure-02", _MINISTRY.id), ("figure-01", _MINISTRY.id), ("figure-03", _MINISTRY.id)]
    for store in (memory, neo4j):
        for batch in first:
            store.write(batch)
        assert _said(store, _MINISTRY.id) == ministry
    assert _wrong_stated_keys(dump_neo4j(neo4j_server)) == []
    for store in (memory, neo4j):
        store.write(later)
        store.write(later)
        # Claim 3, undated, follows its first_seen back to day 3; claim 1, now said by the medic
        # too, keeps the ministry's own date (day 10) in its voice and the medic's (day 2) in his.
        assert _said(store, _MINISTRY.id) == [("figure-03", _MINISTRY.id), ("figure-02", _MINISTRY.id),
                                              ("figure-01", _MINISTRY.id)]
        assert _said(store, _MEDIC.id) == [("figure-01", _MEDIC.id)]
        assert _said(store, _MINISTRY.id, since=_DAY[4], until=_DAY[10]) == [("figure-02", _MINISTRY.id),
                                                                            ("figure-01", _MINISTRY.id)]
        assert _said(store, _MEDIC.id, since=_DAY[3]) == []
    written = dump_neo4j(neo4j_server)
    assert _wrong_stated_keys(written) == []
    # Claim 3 keeps its one speaker; claim 1, with two, is keyed with none.
    keys = sorted(dict(props)["speaker_key"][1] for rel_type, *_, props in written.relationships
                  if rel_type == "STATES")
    assert keys == [" killed 2026-03-03 claim-01 figure-01", "actor-toll-ministry injured 2026-03-02 claim-04 figure-04",
                    "actor-toll-ministry killed 2026-03-04 claim-03 figure-03",
                    "actor-toll-ministry killed 2026-03-06 claim-02 figure-02"]
    assert dump_memory(memory) == written


@pytest.mark.parametrize("cap", [1, 2, 3, 7])
def test_an_actors_figures_count_up_to_the_cap_and_page_in_order_on_both_stores(
    neo4j: Neo4jStore, folder: Path, cap: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = _fresh(neo4j, folder)
    order = ["figure-03", "figure-02", "figure-01"]
    for store in (memory, neo4j):
        for batch in _toll_graph():
            store.write(batch)
        _walk_capped_pages(store, ("figure_cap", cap), monkeypatch, order,
                           lambda offset, s=store: s.figures(Metric.KILLED, by=_MINISTRY.id, limit=3, offset=offset),
                           lambda row: row.figure.id)


def test_a_graph_written_before_speaker_keys_gets_them_from_setup_schema(
        neo4j: Neo4jStore, neo4j_server: Neo4jServer, folder: Path) -> None:
    _fresh(neo4j, folder)
    for batch in _toll_graph():
        neo4j.write(batch)
    before = {actor: neo4j.figures(Metric.KILLED, by=actor) for actor in (_MINISTRY.id, _MEDIC.id)}
    with neo4j._driver.session(database=neo4j.database) as s:
        assert s.run(TEST_QUERIES.query("strip_speaker_keys")).single(strict=True)["stripped"] == 4
    assert neo4j.read("stated_keys_missing") == [{"missing": 4}]
    assert neo4j.figures(Metric.KILLED, by=_MINISTRY.id).items == []
    neo4j.setup_schema()
    assert {actor: neo4j.figures(Metric.KILLED, by=actor) for actor in before} == before
    assert neo4j.read("stated_keys_missing") == [{"missing": 0}]
    assert _wrong_stated_keys(dump_neo4j(neo4j_server)) == []
