"""The embedded store: the provenance graph in a networkx graph and one file.

For a researcher without a Neo4j server. It answers what the Neo4j store
answers, with the same write semantics (see :mod:`claimgraph.graph.memory.write`) and the same
query results (see :mod:`claimgraph.graph.memory.read`); the parity tests hold the two
together.

Persistence: the whole graph is saved to one JSON file after every successful
write, atomically (see :mod:`claimgraph.graph.memory.file`), so a write that returned is on
disk and a crash never leaves half a file. Saving on close instead would lose
every write since the last close to a crash and would hide an ingest from the
API until it ended; a save re-encodes only the nodes and relationships the
write touched, so it costs about 0.1 s for a 12 MB graph (840 PolNeAR
articles, 21,000 nodes).

Several processes may share the file (the API serving while the CLI
ingests): a writer holds an exclusive lock on a ``<file>.lock`` beside it
while it reloads, applies and saves, and every read or write first reloads
the file when another process has replaced it since (a ``stat``, so checking
costs microseconds; the reload itself about 1 s per 10 MB). POSIX only
(``fcntl``).
"""
from __future__ import annotations

import datetime as dt
import fcntl
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import networkx as nx

from claimgraph.graph import history, to_results
from claimgraph.graph.history import ArticleHistory, ClaimClocks
from claimgraph.graph.memory import articles as memory_articles
from claimgraph.graph.memory import file as memory_file
from claimgraph.graph.memory import read as memory_read
from claimgraph.graph.memory.articles import drop_reading
from claimgraph.graph.memory.write import Transaction, apply_plan
from claimgraph.graph.model import Batch, Channel, ClaimLinkKind, Incident, Metric
from claimgraph.graph.results import (
    MAX_PATH_DEGREE,
    MAX_PATH_HOPS,
    PATH_END_CAP,
    PATH_END_CLAIMS,
    ActorHit,
    ActorProfile,
    AttributionPath,
    ClaimPairs,
    ClaimsByActor,
    ClaimSearch,
    FigureTable,
    IncidentDetail,
    IncidentPage,
    Page,
    Provenance,
    Subgraph,
)
from claimgraph.graph.rows import write_plan
from claimgraph.graph.search import search_words
from claimgraph.graph.store import (
    ArticleStamp,
    ArticleVersions,
    Dropped,
    GraphCounts,
    GraphStore,
    IncidentWindow,
    Linker,
    NotFound,
    StoredFigure,
    StoredReading,
    StoredVersion,
    StoreError,
    WriteResult,
    check_page,
    incident_kinds,
)
from claimgraph.graph.voice import VoiceScope, depth_of


@dataclass(frozen=True, slots=True)
class _GraphSource:
    """What linking reads, from the graph the writer holds locked."""

    graph: nx.MultiDiGraph

    def versions(self, keys: list[str]) -> list[StoredVersion]:
        return memory_read.article_versions(self.graph, keys)

    def incidents(self, windows: list[IncidentWindow]) -> list[Incident]:
        return memory_read.incident_candidates(self.graph, windows)

    def figures(self, incident_ids: list[str]) -> list[StoredFigure]:
        return memory_read.figure_candidates(self.graph, incident_ids)


class MemoryStore(GraphStore):
    """The graph in memory, persisted to ``path`` (or nowhere when path is None)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._lock = threading.RLock()
        self._graph = nx.MultiDiGraph()
        self._stamp: memory_file.FileStamp | None = None
        self._encoder = memory_file.Encoder()
        self._closed = False
        with self._lock:
            self._refresh()

    def __repr__(self) -> str:
        return f"MemoryStore({str(self.path) if self.path else None!r})"

    # --- file ----------------------------------------------------------------

    def _refresh(self) -> None:
        """Reload the file when another process replaced it since we last read or wrote it."""
        if self._closed:
            raise StoreError(f"{self!r} is closed")
        if self.path is None or memory_file.stamp(self.path) == self._stamp:
            return
        try:
            self._graph, self._stamp = memory_file.load(self.path)
            memory_articles.mark_latest(self._graph)
            self._encoder.clear()
        except memory_file.GraphFileError as e:
            raise StoreError(f"cannot read the embedded graph: {e}") from None
        except OSError as e:
            raise StoreError(f"cannot read the embedded graph at {self.path}: {e}") from None

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self._stamp = memory_file.save(self._encoder.document(self._graph), self.path)
        except OSError as e:
            raise StoreError(f"cannot save the embedded graph to {self.path}: {e}") from None

    @contextmanager
    def _writing(self) -> Iterator[nx.MultiDiGraph]:
        """The current graph, for this thread and process alone until the block ends."""
        with self._lock:
            if self.path is None:
                self._refresh()
                yield self._graph
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                lock = open(self.path.with_name(self.path.name + ".lock"), "a")  # noqa: SIM115
            except OSError as e:
                raise StoreError(f"cannot lock the embedded graph at {self.path}: {e}") from None
            with lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                self._refresh()
                yield self._graph

    @contextmanager
    def _reading(self) -> Iterator[nx.MultiDiGraph]:
        with self._lock:
            self._refresh()
            yield self._graph

    # --- GraphStore ------------------------------------------------------------

    def setup_schema(self) -> None:
        """Nothing to create: nodes are keyed by (label, id), so ids are unique per label."""
        with self._reading():
            pass

    def write(self, batch: Batch) -> WriteResult:
        plan = write_plan(batch)
        if not plan:
            return WriteResult()
        with self._writing() as graph:
            return self._apply(graph, plan)

    def write_linked(self, link: Linker, replacing: Sequence[str] = ()) -> Batch:
        """Dropping a replaced reading, reading the stored incidents and figures, linking and
        writing happen under the file lock, so a writer in another process cannot come in between."""
        with self._writing() as graph:
            tx = Transaction(graph, "drop_reading")
            try:
                if replacing:
                    drop_reading(tx, list(replacing))
                linked = link(_GraphSource(graph))
            except BaseException:
                tx.rollback()
                raise
            self._apply(graph, write_plan(linked), tx)
            return linked

    def article_stamps(self) -> list[ArticleStamp]:
        with self._reading() as graph:
            return memory_articles.article_stamps(graph)

    def article_reading(self, article_id: str) -> StoredReading:
        with self._reading() as graph:
            found = memory_articles.article_reading(graph, article_id)
        if found is None:
            raise NotFound("article", article_id)
        return found

    def extractor_counts(self) -> dict[str, int]:
        counts = Counter(stamp.extractor or "unknown" for stamp in self.article_stamps())
        return dict(sorted(counts.items()))

    def article_history(self, ref: str) -> ArticleHistory:
        with self._reading() as graph:
            record = memory_articles.article_history(graph, ref)
        if record is None:
            raise NotFound("article", ref)
        return history.article_history(record)

    def claim_clocks(self, claim_id: str) -> ClaimClocks:
        with self._reading() as graph:
            record = memory_articles.claim_clocks(graph, claim_id)
        if record is None:
            raise NotFound("claim", claim_id)
        return history.claim_clocks(record)

    def find_article(self, ref: str) -> ArticleVersions:
        with self._reading() as graph:
            found = memory_articles.article_refs(graph, ref)
        if found is None:
            raise NotFound("article", ref)
        return found

    def remove_article(self, ref: str) -> Dropped:
        with self._writing() as graph:
            article = memory_articles.article_refs(graph, ref)
            if article is None:
                raise NotFound("article", ref)
            tx = Transaction(graph, "remove_article")
            try:
                dropped = drop_reading(tx, list(article.versions))
                removed = memory_articles.drop_articles(tx, list(article.versions))
                memory_articles.unstamp_articles(tx, dropped.reread)
            except BaseException:
                tx.rollback()
                raise
            self._apply(graph, [], tx)
            return replace(dropped, articles=removed, key=article.key)

    def _apply(self, graph: nx.MultiDiGraph, plan: list[tuple[str, list[dict[str, Any]]]],
               before: Transaction | None = None) -> WriteResult:
        """Apply the plan (after the changes ``before`` made) and save; on any failure the
        graph and the file stay as they were."""
        try:
            tx, applied = apply_plan(graph, plan)
        except BaseException:
            if before is not None:
                before.rollback()
            raise
        touched = [*tx.touched_nodes, *(before.touched_nodes if before else [])], \
            [*tx.touched_edges, *(before.touched_edges if before else [])]
        self._encoder.forget(*touched)
        try:
            self._save()
        except BaseException:
            tx.rollback()
            if before is not None:
                before.rollback()
            self._encoder.forget(*touched)
            raise
        return WriteResult(applied)

    def existing_articles(self, ids: list[str]) -> dict[str, str]:
        with self._reading() as graph:
            return memory_read.articles_by_id(graph, ids)

    def article_versions(self, keys: list[str]) -> list[StoredVersion]:
        with self._reading() as graph:
            return memory_read.article_versions(graph, keys)

    def incident_candidates(self, windows: list[IncidentWindow]) -> list[Incident]:
        with self._reading() as graph:
            return memory_read.incident_candidates(graph, windows)

    def figure_candidates(self, incident_ids: list[str]) -> list[StoredFigure]:
        with self._reading() as graph:
            return memory_read.figure_candidates(graph, incident_ids)

    # --- the query catalog (one function of memory_read per file in cypher/read) ---

    def search_actors(self, query: str, *, limit: int = 20, offset: int = 0) -> Page[ActorHit]:
        check_page(limit, offset)
        if not search_words(query):
            return Page[ActorHit](total=0, limit=limit, offset=offset, items=[])
        with self._reading() as graph:
            return to_results.actor_hits(memory_read.search_actors(graph, query, limit, offset), limit, offset)

    def actor_profile(self, actor_id: str, *, history: bool = False) -> ActorProfile:
        with self._reading() as graph:
            record = memory_read.actor_profile(graph, actor_id, history)
            if record is None:
                raise NotFound("actor", actor_id)
            return to_results.actor_profile(record, self.search_cap)

    def claims_by_actor(
        self,
        actor_id: str,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        channel: Channel | None = None,
        scope: VoiceScope = VoiceScope.ALL,
        limit: int = 50,
        offset: int = 0,
        history: bool = False,
    ) -> ClaimsByActor:
        check_page(limit, offset)
        scope = VoiceScope(scope)
        with self._reading() as graph:
            record = memory_read.claims_by_actor(graph, actor_id, since, until, channel.value if channel else None,
                                                 depth_of(scope), limit, offset, history)
            if record is None:
                raise NotFound("actor", actor_id)
            return to_results.claims_by_actor(record, scope, limit, offset, self.search_cap)

    def search_claims(self, query: str, *, limit: int = 20, offset: int = 0,
                      history: bool = False) -> ClaimSearch:
        check_page(limit, offset)
        if not search_words(query):
            return ClaimSearch(total=0, limit=limit, offset=offset, items=[])
        with self._reading() as graph:
            record = memory_read.search_claims(graph, query, limit, offset, history, self.search_cap)
            return to_results.claim_hits(record, limit, offset)

    def claim_provenance(self, claim_id: str) -> Provenance:
        with self._reading() as graph:
            record = memory_read.claim_provenance(graph, claim_id)
            if record is None:
                raise NotFound("claim", claim_id)
            return to_results.provenance(record)

    def figures(
        self,
        metric: Metric,
        *,
        place: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        by: str | None = None,
        scope: VoiceScope = VoiceScope.ALL,
        limit: int = 100,
        offset: int = 0,
        history: bool = False,
    ) -> FigureTable:
        check_page(limit, offset)
        metric = Metric(metric)
        if by is not None:
            scope = VoiceScope(scope)
            with self._reading() as graph:
                found = memory_read.figures_by_actor(graph, by, metric.value, place, since, until, depth_of(scope),
                                                     limit, offset, history)
                if found is None:
                    raise NotFound("actor", by)
                return to_results.figure_table(found, metric=metric, place=place, since=since, until=until,
                                               limit=limit, offset=offset, scope=scope, cap=self.figure_cap)
        with self._reading() as graph:
            record = memory_read.figures(graph, metric.value, place, since, until, limit, offset, history)
            return to_results.figure_table(record, metric=metric, place=place, since=since, until=until,
                                           limit=limit, offset=offset, cap=self.figure_cap)

    def claim_pairs(
        self, kind: ClaimLinkKind, *, metric: Metric | None = None, limit: int = 100, offset: int = 0,
        history: bool = False,
    ) -> ClaimPairs:
        check_page(limit, offset)
        kind = ClaimLinkKind(kind)
        metrics = [Metric(metric).value] if metric else [m.value for m in Metric]
        with self._reading() as graph:
            record = memory_read.claim_pairs(graph, kind.value, metrics, limit, offset, history,
                                             self.pair_cap)
            return to_results.claim_pairs(record, kind.value, limit, offset)

    def incidents(
        self,
        *,
        q: str | None = None,
        place: str | None = None,
        kind: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        metric: Metric | None = None,
        has_conflict: bool | None = None,
        by: str | None = None,
        scope: VoiceScope = VoiceScope.ALL,
        limit: int = 50,
        offset: int = 0,
        history: bool = False,
    ) -> IncidentPage:
        check_page(limit, offset)
        kinds = incident_kinds(kind)
        metric = Metric(metric) if metric is not None else None
        scope = VoiceScope(scope)
        with self._reading() as graph:
            if by is not None and memory_read.actor_exists(graph, by) is None:
                raise NotFound("actor", by)
            voices = None if by is None else memory_read.voice_ids(graph, by, depth_of(scope))
            record = memory_read.incidents(graph, kinds, place, since, until, metric.value if metric else None,
                                           search_words(q or ""), has_conflict, voices, limit, offset,
                                           history, self.incident_cap)
            return to_results.incident_page(record, limit=limit, offset=offset, q=q, place=place, kind=kind,
                                         since=since, until=until, metric=metric, has_conflict=has_conflict,
                                         by=by, scope=scope if by is not None else None)

    def incident(self, incident_id: str, *, history: bool = False) -> IncidentDetail:
        with self._reading() as graph:
            record = memory_read.incident(graph, incident_id, history)
            if record is None:
                raise NotFound("incident", incident_id)
            return to_results.incident_detail(record)

    def shortest_path(self, source_id: str, target_id: str, *, history: bool = False) -> AttributionPath:
        with self._reading() as graph:
            record = memory_read.shortest_path(graph, source_id, target_id, MAX_PATH_DEGREE, PATH_END_CAP,
                                               PATH_END_CLAIMS, history)
            for end, actor_id in (("source", source_id), ("target", target_id)):
                if record[end] is None:
                    raise NotFound("actor", actor_id)
            return to_results.attribution_path(record, MAX_PATH_HOPS, MAX_PATH_DEGREE, PATH_END_CAP,
                                               PATH_END_CLAIMS)

    def article_graph(self, article_id: str, version: int | None = None) -> Subgraph:
        with self._reading() as graph:
            record = memory_read.article_graph(graph, article_id, version)
            if record is None:
                raise NotFound("article", article_id)
            return to_results.subgraph(record)

    def export_graph(self) -> Subgraph:
        with self._reading() as graph:
            return to_results.subgraph(memory_read.export_graph(graph))

    def warm_up(self, stop: threading.Event | None = None) -> None:
        """Nothing to prepare: the embedded store has no query plans."""

    def ping(self) -> bool:
        try:
            with self._reading():
                return True
        except StoreError:
            return False

    def counts(self) -> GraphCounts:
        with self._reading() as graph:
            labels = Counter(label for _, data in graph.nodes(data=True) for label in data["labels"])
            types = Counter(data["type"] for _, _, data in graph.edges(data=True))
        return GraphCounts(dict(sorted(labels.items())), dict(sorted(types.items())))

    def clear(self) -> None:
        with self._writing():
            old, self._graph = self._graph, nx.MultiDiGraph()
            try:
                self._save()
            except BaseException:
                self._graph = old
                raise
            self._encoder.clear()

    def graph(self) -> nx.MultiDiGraph:
        """A copy of the whole graph: nodes keyed (label, id) with ``labels`` and
        ``props``, relationships with ``type`` and ``props``."""
        with self._reading() as graph:
            copy = nx.MultiDiGraph()
            copy.add_nodes_from((key, {"labels": set(data["labels"]), "props": dict(data["props"])})
                                for key, data in graph.nodes(data=True))
            copy.add_edges_from((u, v, key, {"type": data["type"], "props": dict(data["props"])})
                                for u, v, key, data in graph.edges(keys=True, data=True))
            return copy

    def close(self) -> None:
        with self._lock:
            self._closed = True
