"""The graph in a Neo4j server, through the official driver.

One driver per store (one per process), transaction functions for every read
and write (so the driver retries transient errors such as deadlocks, and reads
can route to secondaries on a ``neo4j://`` cluster), and writes as UNWIND
batches of parameter rows: one round trip per query, never one per row.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Final

import neo4j
import neo4j.time
from neo4j import GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from claimgraph.graph import history, queries, to_results
from claimgraph.graph.history import ArticleHistory, ClaimClocks
from claimgraph.graph.incident_reads import incident_page, list_filters, plan_every_statement
from claimgraph.graph.model import Article, ArticleText, Batch, Channel, ClaimLinkKind, Incident, Metric
from claimgraph.graph.path_reads import Read, path_record
from claimgraph.graph.results import (
    CARRIED_BY_CLAIMS,
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
    NodeLabel,
    Page,
    Provenance,
    RelType,
    Subgraph,
)
from claimgraph.graph.rows import (
    Restated,
    figure_from_properties,
    from_properties,
    incident_from_properties,
    to_rows,
    write_plan,
)
from claimgraph.graph.search import lucene_query, search_phrase, search_words
from claimgraph.graph.stated import metric_range
from claimgraph.graph.store import (
    ArticleStamp,
    ArticleVersions,
    Dropped,
    GraphCounts,
    GraphStore,
    IncidentWindow,
    IncompleteWrite,
    Linker,
    NotFound,
    QueryTimeout,
    StoredFigure,
    StoredReading,
    StoredVersion,
    StoreError,
    StoreUnavailable,
    WriteResult,
    check_page,
    incident_kinds,
    url_key,
)
from claimgraph.graph.voice import VoiceScope, depth_of, key_range

_UNAVAILABLE = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    neo4j_errors.AuthError,
    neo4j_errors.DatabaseUnavailable,
    ConnectionError,
    OSError,
)

_LOGIN_REFUSED = "Neo.ClientError.Security.AuthenticationRateLimit"
"""Neo4j's answer to a login after too many wrong ones: the driver raises it as a plain
ClientError, but it is the same outage as a wrong password (AuthError)."""

WARM_UP_TIMEOUT_S = 120.0
"""How long :meth:`Neo4jStore.warm_up` may plan: it took 29 to 36 s on a fresh server holding
a million claims, at a load of 3.5 to 4.5 on two cores (docs/benchmarks.md, the tenth round)."""

BACKFILL_ROWS: Final = 10_000
"""Claims keyed a transaction when :meth:`Neo4jStore.setup_schema` keys the STATES edges of an older graph."""

_CLAIM_PAIR_QUERIES = {ClaimLinkKind.CONTRADICTS: "contradictions", ClaimLinkKind.CORROBORATES: "corroborations"}


_NEO4J_TIMES = (neo4j.time.Date, neo4j.time.DateTime, neo4j.time.Time)
_PLAIN = frozenset({str, int, float, bool, type(None)})


def plain_values(value: Any) -> Any:
    """Driver values to plain Python: Neo4j dates and times become ``datetime`` ones.

    The driver hands maps and lists as exact ``dict`` and ``list``, so the
    type is compared, not isinstance-checked: this walks every value of a
    large answer (a page of the figures table holds tens of thousands), and
    a plain value is kept where it is met, without a call for it. Maps and
    lists are converted in place: each read's are its own, fresh from the
    driver, and copying them cost a third of the walk (an incident's 140
    microseconds against 90).
    """
    kind = type(value)
    if kind is dict:
        # Replacing the value of a key the loop has reached leaves the dict's size, and so
        # the iteration, as they were.
        for k, v in value.items():
            if type(v) not in _PLAIN:
                value[k] = plain_values(v)
        return value
    if kind is list:
        for i, v in enumerate(value):
            if type(v) not in _PLAIN:
                value[i] = plain_values(v)
        return value
    if kind in _NEO4J_TIMES:
        return value.to_native()
    return value


def _records(result: neo4j.Result) -> list[dict[str, Any]]:
    """The read queries return maps, lists and values, never nodes (they use
    properties() or map projections), so a record is a dict as it is: Record.data() would walk the
    whole answer once more for nothing."""
    return [dict(r) for r in result]


def _only(records: list[dict[str, Any]]) -> dict[str, Any]:
    """A statement's one record (the incident list's statements each return one)."""
    [record] = records
    return record


def _stored_figure(r: Mapping[str, Any]) -> StoredFigure:
    return StoredFigure(r["claim_id"], r["claim_text"], r["speaker_id"], r["chain_root"],
                        figure_from_properties(r["figure"]), plain_values(r["claim_date"]), r["incident_id"],
                        r["superseded"], r["share"], _span_of(r))


def _stored_version(r: Mapping[str, Any]) -> StoredVersion:
    return StoredVersion(r["id"], r["key"], r["version"], r["text_sha256"], r["latest"])


def _span_of(r: Mapping[str, Any]) -> tuple[str, int, int] | None:
    if r["article_id"] is None or r["start"] is None or r["end"] is None:
        return None
    return r["article_id"], r["start"], r["end"]


class _TxSource:
    """What linking reads, inside the write transaction that holds the figure-links lock."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self._tx = tx

    def versions(self, keys: list[str]) -> list[StoredVersion]:
        return [_stored_version(r) for r in self._tx.run(queries.query("article_versions"), keys=keys)]

    def incidents(self, windows: list[IncidentWindow]) -> list[Incident]:
        rows = self._tx.run(queries.query("incident_candidates"), windows=[w.row() for w in windows])
        return [incident_from_properties(plain_values(r["incident"])) for r in rows]

    def figures(self, incident_ids: list[str]) -> list[StoredFigure]:
        rows = self._tx.run(queries.query("figure_candidates"), incidents=incident_ids)
        return [_stored_figure(r.data()) for r in rows]


def _is_timeout(error: neo4j_errors.Neo4jError) -> bool:
    # A transaction past its timeout that was waiting for a lock is stopped
    # with LockClientStopped rather than TransactionTimedOut.
    code = error.code or ""
    return (code.startswith("Neo.ClientError.Transaction.TransactionTimedOut")
            or code == "Neo.ClientError.Transaction.LockClientStopped")


def _drop_reading(tx: ManagedTransaction, articles: list[str]) -> Dropped:
    """Drop what the articles' reading holds and nothing other articles carry (the articles stay);
    NotFound when one of them is gone (removed by another process since it was chosen)."""
    reading = tx.run(queries.query("reading_of_articles"), articles=articles).single(strict=True)
    if reading["found"] < len(set(articles)):
        raise NotFound("article", ", ".join(articles))
    actors = sorted(set(reading["actors"]))
    dropped = tx.run(queries.query("drop_claims"), claims=reading["claims"]).single(strict=True)
    tx.run(queries.query("drop_article_edges"), articles=articles, actors=actors).consume()
    tx.run(queries.query("recompute_actors"), actors=actors).consume()
    orphans = tx.run(queries.query("drop_orphans"), actors=actors, incidents=sorted(set(reading["incidents"])),
                     places=sorted(set(reading["places"])), events=sorted(set(reading["events"]))).single(strict=True)
    return Dropped(0, dropped["claims"], dropped["figures"], orphans["actors"], orphans["incidents"],
                   orphans["places"], orphans["events"], reread=tuple(sorted(set(reading["carriers"]))))


def _article_versions(tx: ManagedTransaction, ref: str) -> ArticleVersions:
    record = tx.run(queries.query("article_refs"), refs=url_key(ref)).single()
    if record is None:
        raise NotFound("article", ref)
    return ArticleVersions(record["key"], tuple(record["versions"]))


@dataclass(frozen=True, slots=True)
class NewEdges:
    """How the edges of a node new in this transaction are written: a CREATE instead of the merge."""

    create: str
    """The CREATE statement (cypher/write/create_*.cypher)."""
    owner: str
    """The row field naming the new node (an article's or a claim's id)."""
    key: tuple[str, ...]
    """What the merge matches on: rows repeating it are one edge."""
    first: bool = False
    """The merge sets the edge's properties ON CREATE, so the first row of a key stays (else the last)."""


NEW_NODES = {"merge_articles": "article_id", "merge_claims": "claim_id"}
"""The node merges that also return the ids of the nodes holding no relationship (``new``), and the
row field by which an edge names such a node."""

NEW_NODE_EDGES: dict[str, NewEdges] = {
    "merge_reported_in": NewEdges("create_reported_in", "article_id", ("claim_id", "article_id", "start")),
    "merge_published_by": NewEdges("create_published_by", "article_id", ("article_id", "outlet_id")),
    "merge_syndicated_from": NewEdges("create_syndicated_from", "article_id", ("article_id", "outlet_id")),
    "merge_reports": NewEdges("create_reports", "article_id", ("article_id", "incident_id")),
    "merge_names": NewEdges("create_names", "article_id", ("article_id", "actor_id")),
    "merge_asserted": NewEdges("create_asserted", "claim_id", ("actor_id", "claim_id"), first=True),
    "merge_states": NewEdges("create_states", "claim_id", ("claim_id", "figure_id"), first=True),
    "merge_about_place": NewEdges("create_about_place", "claim_id", ("claim_id", "target_id")),
    "merge_about_event": NewEdges("create_about_event", "claim_id", ("claim_id", "target_id")),
    "merge_about_actor": NewEdges("create_about_actor", "claim_id", ("claim_id", "target_id")),
}
"""The merges whose edges a new article or claim gets by a CREATE (cypher/write/merge_articles.cypher,
merge_claims.cypher say why nothing can match), and how."""


class SentRows(list[dict[str, Any]]):
    """A statement's rows as sent: a list the driver packs as any other, whose repr names only how many
    rows it holds. The driver builds its debug line for every RUN, the repr of all its parameters, whether
    or not anything logs it: over a write's rows that cost about as much as building them, 0.25 ms an
    article of the writing process's 3 to 3.5 (docs/benchmarks.md, the twenty-third round)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _run(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]], name: str) -> neo4j.Record:
    """Runs the write query on the rows, its record; a row not applied is an IncompleteWrite named
    for the plan's statement (the merge, whichever query wrote it, as the embedded store names it)."""
    record = tx.run(queries.query(query), rows=SentRows(rows)).single(strict=True)
    if record["applied"] != len(rows):
        raise IncompleteWrite(
            f"{name}: {len(rows)} rows sent, {record['applied']} applied "
            "(a relationship names a node that is neither in the batch nor in the graph)"
        )
    return record


def _one_per_key(rows: list[dict[str, Any]], edges: NewEdges) -> list[dict[str, Any]]:
    """One row per key: what the merge leaves of rows repeating a key (the first row's
    properties when it sets them on creation, else the last's)."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[k] for k in edges.key)
        if not (edges.first and key in kept):
            kept[key] = row
    return list(kept.values())


def _apply(tx: ManagedTransaction, plan: list[tuple[str, list[dict[str, Any]]]]) -> dict[str, int]:
    """The plan's statements in order; an article or a claim that held no edge before gets
    its own edges CREATEd (nothing to match: a MERGE would search its edges in vain), and
    such a claim is keyed again only if the batch gives it a figure (it has no other)."""
    applied: dict[str, int] = {}
    new: dict[str, set[str]] = {}
    stating: set[str] = set()
    for name, rows in plan:
        if name == "merge_states":
            stating = {row["claim_id"] for row in rows}
        elif name == "merge_stated_keys" and new.get("claim_id"):
            keyed = [row for row in rows if row["claim_id"] in stating or row["claim_id"] not in new["claim_id"]]
            # The others hold no STATES edge: applied as they are, with nothing to write.
            applied[name] = len(rows) - len(keyed)
            rows = keyed
            if not rows:
                continue
        edges = NEW_NODE_EDGES.get(name)
        if edges is not None and new.get(edges.owner):
            fresh = [row for row in rows if row[edges.owner] in new[edges.owner]]
            rows = [row for row in rows if row[edges.owner] not in new[edges.owner]]
            if fresh:
                _run(tx, edges.create, _one_per_key(fresh, edges), name)
                applied[name] = len(fresh)
            if not rows:
                continue
        record = _run(tx, name, rows, name)
        applied[name] = applied.get(name, 0) + int(record["applied"])
        if name in NEW_NODES:
            new[NEW_NODES[name]] = set(record["new"])
    return applied


class Neo4jStore(GraphStore):
    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        *,
        query_timeout: float | None = None,
        write_timeout: float | None = None,
        max_retry_time: float = 30.0,
        connection_timeout: float = 10.0,
    ) -> None:
        self.uri = uri
        self.database = database
        self._query_timeout = query_timeout
        self._write_timeout = write_timeout
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                max_transaction_retry_time=max_retry_time,
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout,
                # The server's notifications (e.g. "relationship type does not
                # exist yet" on an empty graph) are noise to every caller here.
                notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
            )
        except (ValueError, neo4j_errors.ConfigurationError) as e:
            raise StoreError(f"invalid Neo4j URI {uri!r}: {e}") from e

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    @contextmanager
    def _errors(self, timeout: float | None = None) -> Iterator[None]:
        try:
            yield
        except _UNAVAILABLE as e:
            raise StoreUnavailable(f"Neo4j at {self.uri} is not available: {e}") from e
        except neo4j_errors.Neo4jError as e:
            if _is_timeout(e):
                raise QueryTimeout(f"the query ran longer than {timeout}s and was stopped") from e
            if e.code == _LOGIN_REFUSED:
                raise StoreUnavailable(f"Neo4j at {self.uri} is not available: {e}") from e
            raise StoreError(f"Neo4j refused the operation ({e.code}): {e.message}") from e
        except (UnicodeEncodeError, OverflowError) as e:
            # The driver cannot encode the value (a lone surrogate, an integer
            # past 64 bits): the input's fault, refused like any bad value.
            raise StoreError(f"a value Neo4j cannot store: {e}") from e

    def _session(self, **kwargs: Any) -> neo4j.Session:
        return self._driver.session(database=self.database, **kwargs)

    def read(self, name: str, catalog: queries.Catalog | None = None, **params: Any) -> list[dict[str, Any]]:
        """Run the named read query (of the application's catalog unless another
        is given: a benchmark's or a test's own); its records as dicts."""
        text = (catalog or queries.catalog()).query(name)
        # The driver's execute_query sends BEGIN with the query instead of
        # waiting for BEGIN's answer first (what a session's execute_read does):
        # one round trip to the server less on every read, with the same retries
        # of a managed transaction. No bookmark manager: the reads never waited
        # for bookmarks (each session started without any).
        with self._errors(self._query_timeout):
            return self._driver.execute_query(neo4j.Query(text, timeout=self._query_timeout), params,
                                              routing_=neo4j.RoutingControl.READ, database_=self.database,
                                              bookmark_manager_=None, result_transformer_=_records)

    def repair(self, name: str) -> dict[str, Any]:
        """Run a named admin write of the catalog that returns one record (a repair after a bulk import)."""
        with self._errors(), self._session() as s:
            return s.execute_write(lambda tx: tx.run(queries.query(name)).single(strict=True).data())

    def setup_schema(self) -> None:
        """The schema, then the voice_key of ASSERTED edges a graph written
        before graph.voice lacks and the stated_key, speaker_key and place_key of STATES
        edges one written before graph.stated's keys lacks (each checked from counts, set
        once), the key of articles written before versions and the name_key of places
        written before it."""
        with self._errors(), self._session() as s:
            for statement in queries.schema_statements():
                s.run(statement).consume()
            s.run(queries.query("await_indexes")).consume()
            if s.run(queries.query("voice_keys_missing")).single(strict=True)["missing"]:
                s.run(queries.query("backfill_voice_keys")).consume()
            if s.run(queries.query("stated_keys_missing")).single(strict=True)["missing"]:
                ids = s.run(queries.query("unkeyed_claims")).single(strict=True)["ids"]
                for start in range(0, len(ids), BACKFILL_ROWS):
                    rows = to_rows([Restated(i) for i in ids[start:start + BACKFILL_ROWS]])
                    s.execute_write(_run, "merge_stated_keys", rows, "merge_stated_keys")
            s.run(queries.query("backfill_article_keys")).consume()
            s.run(queries.query("backfill_place_names")).consume()

    def write(self, batch: Batch) -> WriteResult:
        plan = write_plan(batch)
        if not plan:
            return WriteResult()
        with self._errors(self._write_timeout), self._session() as s:
            return WriteResult(s.execute_write(neo4j.unit_of_work(timeout=self._write_timeout)(_apply), plan))

    def write_linked(self, link: Linker, replacing: Sequence[str] = ()) -> Batch:
        """One transaction that first takes the figure-links lock, so writers
        that link run one at a time, each seeing the incidents and figures the
        others committed (and dropping a replaced reading first)."""

        @neo4j.unit_of_work(timeout=self._write_timeout)
        def work(tx: ManagedTransaction) -> Batch:
            tx.run(queries.query("lock_figure_links")).consume()
            if replacing:
                _drop_reading(tx, list(replacing))
            linked = link(_TxSource(tx))
            _apply(tx, write_plan(linked))
            tx.run(queries.query("unlock_figure_links")).consume()
            return linked

        with self._errors(self._write_timeout), self._session() as s:
            return s.execute_write(work)

    def article_stamps(self) -> list[ArticleStamp]:
        return [ArticleStamp(r["id"], r["key"], r["version"], r["extractor"]) for r in self.read("article_stamps")]

    def article_reading(self, article_id: str) -> StoredReading:
        record = self._record("article_reading", id=article_id)
        if record is None:
            raise NotFound("article", article_id)
        text = from_properties(ArticleText, record["text"]) if record["text"] is not None else None
        return StoredReading(from_properties(Article, record["article"]), record["previous_id"], text)

    def extractor_counts(self) -> dict[str, int]:
        return {r["extractor"]: r["articles"] for r in self.read("extractor_counts")}

    def article_history(self, ref: str) -> ArticleHistory:
        record = self._record("article_history", refs=url_key(ref))
        if record is None:
            raise NotFound("article", ref)
        return history.article_history(record)

    def claim_clocks(self, claim_id: str) -> ClaimClocks:
        record = self._record("claim_clocks", id=claim_id)
        if record is None:
            raise NotFound("claim", claim_id)
        return history.claim_clocks(record)

    def find_article(self, ref: str) -> ArticleVersions:
        with self._errors(self._query_timeout), self._session(default_access_mode=neo4j.READ_ACCESS) as s:
            return s.execute_read(neo4j.unit_of_work(timeout=self._query_timeout)(_article_versions), ref)

    def remove_article(self, ref: str) -> Dropped:
        """In one transaction under the figure-links lock, so no ingest links to what goes."""

        @neo4j.unit_of_work(timeout=self._write_timeout)
        def work(tx: ManagedTransaction) -> Dropped:
            tx.run(queries.query("lock_figure_links")).consume()
            article = _article_versions(tx, ref)
            versions = list(article.versions)
            dropped = _drop_reading(tx, versions)
            removed = tx.run(queries.query("drop_articles"), articles=versions).single(strict=True)["articles"]
            tx.run(queries.query("unstamp_articles"), articles=list(dropped.reread)).consume()
            tx.run(queries.query("unlock_figure_links")).consume()
            return replace(dropped, articles=removed, key=article.key)

        with self._errors(self._write_timeout), self._session() as s:
            return s.execute_write(work)

    def existing_articles(self, ids: list[str]) -> dict[str, str]:
        return {r["id"]: r["text_sha256"] for r in self.read("articles_by_id", ids=ids)}

    def article_versions(self, keys: list[str]) -> list[StoredVersion]:
        return [_stored_version(r) for r in self.read("article_versions", keys=keys)]

    def incident_candidates(self, windows: list[IncidentWindow]) -> list[Incident]:
        rows = self.read("incident_candidates", windows=[w.row() for w in windows])
        return [incident_from_properties(plain_values(r["incident"])) for r in rows]

    def figure_candidates(self, incident_ids: list[str]) -> list[StoredFigure]:
        return [_stored_figure(r) for r in self.read("figure_candidates", incidents=incident_ids)]

    def _read_together(self, run: Callable[[Read], dict[str, Any]]) -> dict[str, Any]:
        """The record ``run`` makes of the named reads it runs, all in one read transaction under the
        query time limit (the incident list's statements, the path search's), Neo4j's values made plain."""
        @neo4j.unit_of_work(timeout=self._query_timeout)
        def work(tx: ManagedTransaction) -> dict[str, Any]:
            return run(lambda name, params: _records(tx.run(queries.query(name), **params)))

        with self._errors(self._query_timeout), self._session(default_access_mode=neo4j.READ_ACCESS) as s:
            return plain_values(s.execute_read(work))

    def _record(self, name: str, **params: Any) -> dict[str, Any] | None:
        """The one record of a query that returns at most one, as plain Python."""
        rows = self.read(name, **params)
        return plain_values(rows[0]) if rows else None

    def _one(self, name: str, **params: Any) -> dict[str, Any]:
        """The record of a query that always returns exactly one (it aggregates)."""
        record = self._record(name, **params)
        if record is None:
            raise StoreError(f"{name} returned no record")
        return record

    def search_actors(self, query: str, *, limit: int = 20, offset: int = 0) -> Page[ActorHit]:
        check_page(limit, offset)
        words = search_words(query)
        if not words:
            return Page[ActorHit](total=0, limit=limit, offset=offset, items=[])
        record = self._one("search_actors", lucene=lucene_query(words), words=words,
                              phrase=search_phrase(query), limit=limit, offset=offset)
        return to_results.actor_hits(record, limit, offset)

    def actor_profile(self, actor_id: str, *, history: bool = False) -> ActorProfile:
        low, high = key_range(None, None)
        record = self._record("actor_profile", id=actor_id, low=low, high=high, carried_claims=CARRIED_BY_CLAIMS,
                              cap=self.search_cap, history=history)
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
        low, high = key_range(since, until)
        # Leaving out claims only replaced versions report is a filter: the degree counts them.
        filtered = since is not None or until is not None or channel is not None or not history
        record = self._record("claims_by_actor", id=actor_id, depth=depth_of(scope), low=low, high=high,
                              filtered=filtered, filters={"channel": channel.value if channel else None},
                              limit=limit, offset=offset, history=history, cap=self.search_cap)
        if record is None:
            raise NotFound("actor", actor_id)
        return to_results.claims_by_actor(record, scope, limit, offset, self.search_cap)

    def search_claims(self, query: str, *, limit: int = 20, offset: int = 0,
                      history: bool = False) -> ClaimSearch:
        check_page(limit, offset)
        words = search_words(query)
        if not words:
            return ClaimSearch(total=0, limit=limit, offset=offset, items=[])
        record = self._one("search_claims", lucene=lucene_query(words), words=words, limit=limit, offset=offset,
                           history=history, cap=self.search_cap)
        return to_results.claim_hits(record, limit, offset)

    def claim_provenance(self, claim_id: str) -> Provenance:
        record = self._record("claim_provenance", id=claim_id)
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
            low, high = key_range(since, until)
            found = self._record("figures_by_actor", id=by, metric=metric.value, filters={"place": place},
                                 depth=depth_of(scope), low=low, high=high, limit=limit, offset=offset,
                                 history=history, cap=self.figure_cap)
            if found is None:
                raise NotFound("actor", by)
            return to_results.figure_table(found, metric=metric, place=place, since=since, until=until,
                                           limit=limit, offset=offset, scope=scope, cap=self.figure_cap)
        low, high = metric_range(metric.value, since, until)
        record = self._one("figures", low=low, high=high, filters={"place": place}, limit=limit, offset=offset,
                           history=history, cap=self.figure_cap)
        return to_results.figure_table(record, metric=metric, place=place, since=since, until=until,
                                       limit=limit, offset=offset, cap=self.figure_cap)

    def claim_pairs(
        self, kind: ClaimLinkKind, *, metric: Metric | None = None, limit: int = 100, offset: int = 0,
        history: bool = False,
    ) -> ClaimPairs:
        check_page(limit, offset)
        kind = ClaimLinkKind(kind)
        metrics = [Metric(metric).value] if metric else [m.value for m in Metric]
        record = self._one(_CLAIM_PAIR_QUERIES[kind], metrics=metrics, limit=limit, offset=offset,
                           history=history, cap=self.pair_cap)
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
        if by is not None and self._record("actor_exists", id=by) is None:
            raise NotFound("actor", by)
        filters = list_filters(place=place, since=since, until=until, metric=metric.value if metric else None,
                               words=search_words(q or ""), has_conflict=has_conflict, by=by, depth=depth_of(scope))
        cap = self.incident_cap
        record = self._read_together(lambda read: incident_page(
            lambda name, params: _only(read(name, params)), kinds=kinds, filters=filters, limit=limit, offset=offset,
            history=history, cap=cap))
        return to_results.incident_page(record, limit=limit, offset=offset, q=q, place=place, kind=kind,
                                        since=since, until=until, metric=metric, has_conflict=has_conflict,
                                        by=by, scope=scope if by is not None else None)

    def warm_up(self, stop: threading.Event | None = None) -> None:
        """Plans the incident list's statements for its first page with no filter.

        Each holds the list's long filter and takes seconds to plan; on a fresh
        server a page past the cap plans four of them, longer together than the
        query time limit, so the first visitor of the list would be answered 504.
        Planned here under EXPLAIN (nothing is read), without that limit, they are
        in the server's plan cache before anyone asks. A filter of another kind
        (a place, dates) is a new plan, planned on first use as before."""
        if stop is not None and stop.is_set():
            return
        filters = list_filters(place=None, since=None, until=None, metric=None, words=[], has_conflict=None,
                               by=None, depth=depth_of(VoiceScope.ALL))

        @neo4j.unit_of_work(timeout=WARM_UP_TIMEOUT_S)
        def work(tx: ManagedTransaction) -> None:
            def plan(name: str, params: dict[str, Any]) -> None:
                if stop is None or not stop.is_set():
                    tx.run("EXPLAIN " + queries.query(name), **params).consume()
            # The page statement's plan is keyed on its ids' length bucket: a page of the
            # routes' default limit.
            plan_every_statement(plan, kinds=incident_kinds(None), filters=filters, limit=50, history=False,
                                 cap=self.incident_cap)

        with self._errors(WARM_UP_TIMEOUT_S), self._session(default_access_mode=neo4j.READ_ACCESS) as s:
            s.execute_read(work)

    def incident(self, incident_id: str, *, history: bool = False) -> IncidentDetail:
        record = self._record("incident", id=incident_id, history=history)
        if record is None:
            raise NotFound("incident", incident_id)
        return to_results.incident_detail(record)

    def shortest_path(self, source_id: str, target_id: str, *, history: bool = False) -> AttributionPath:
        low, high = key_range(None, None)
        record = self._read_together(lambda read: path_record(
            read, source=source_id, target=target_id, low=low, high=high, history=history, max_hops=MAX_PATH_HOPS,
            max_degree=MAX_PATH_DEGREE, end_cap=PATH_END_CAP, end_claims=PATH_END_CLAIMS))
        for end, actor_id in (("source", source_id), ("target", target_id)):
            if record[end] is None:
                raise NotFound("actor", actor_id)
        return to_results.attribution_path(record, MAX_PATH_HOPS, MAX_PATH_DEGREE, PATH_END_CAP, PATH_END_CLAIMS)

    def article_graph(self, article_id: str, version: int | None = None) -> Subgraph:
        record = self._record("article_graph", id=article_id, version=version)
        if record is None:
            raise NotFound("article", article_id)
        return to_results.subgraph(record)

    def export_graph(self) -> Subgraph:
        record = self._one("export_graph", labels=[label.value for label in NodeLabel],
                              types=[t.value for t in RelType])
        return to_results.subgraph(record)

    def ping(self) -> bool:
        try:
            return self.read("ping") == [{"ok": 1}]
        except StoreUnavailable:
            return False

    def counts(self) -> GraphCounts:
        nodes = {r["label"]: r["count"] for r in self.read("count_labels")}
        rels = {r["type"]: r["count"] for r in self.read("count_relationship_types")}
        return GraphCounts(nodes, rels)

    def constraints(self) -> dict[str, list[str]]:
        """Uniqueness constraints: label -> constrained properties."""
        return {r["label"]: r["properties"] for r in self.read("list_constraints")}

    def clear(self) -> None:
        with self._errors(), self._session() as s:
            for name in ("clear_relationships", "clear_nodes"):
                s.run(queries.query(name)).consume()

    def close(self) -> None:
        self._driver.close()
