"""The graph in a Neo4j server, through the official driver.

One driver per store (one per process), transaction functions for every read
and write (so the driver retries transient errors such as deadlocks, and reads
can route to secondaries on a ``neo4j://`` cluster), and writes as UNWIND
batches of parameter rows: one round trip per query, never one per row.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from claimgraph.graph import queries
from claimgraph.graph.model import AboutKind, Batch, ClaimLinkKind, FigureLinkKind
from claimgraph.graph.rows import figure_from_properties, to_rows
from claimgraph.graph.store import (
    GraphCounts,
    GraphStore,
    IncompleteWrite,
    StoreError,
    StoredFigure,
    StoreUnavailable,
    WriteResult,
)

_UNAVAILABLE = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    neo4j_errors.AuthError,
    neo4j_errors.DatabaseUnavailable,
    ConnectionError,
    OSError,
)


def _write_plan(batch: Batch) -> list[tuple[str, list[dict[str, Any]]]]:
    """The write queries for a batch, nodes before the relationships on them."""
    plan: list[tuple[str, list[Any]]] = [
        ("merge_articles", batch.articles),
        ("merge_actors", batch.actors),
        ("merge_claims", batch.claims),
        ("merge_figures", batch.figures),
        ("merge_places", batch.places),
        ("merge_events", batch.events),
        ("merge_asserted", batch.asserted),
        ("merge_reported_in", batch.reported_in),
        ("merge_published_by", batch.published_by),
        ("merge_syndicated_from", batch.syndicated_from),
        ("merge_speaks_for", batch.speaks_for),
        ("merge_member_of", batch.member_of),
        ("merge_states", batch.states),
        ("merge_excludes", [x for x in batch.figure_links if x.kind is FigureLinkKind.EXCLUDES]),
        ("merge_part_of", [x for x in batch.figure_links if x.kind is FigureLinkKind.PART_OF]),
        ("merge_contradicts", [x for x in batch.claim_links if x.kind is ClaimLinkKind.CONTRADICTS]),
        ("merge_corroborates", [x for x in batch.claim_links if x.kind is ClaimLinkKind.CORROBORATES]),
        ("merge_variant_of", batch.variants),
        ("merge_about_place", [x for x in batch.about if x.target is AboutKind.PLACE]),
        ("merge_about_event", [x for x in batch.about if x.target is AboutKind.EVENT]),
        ("merge_about_actor", [x for x in batch.about if x.target is AboutKind.ACTOR]),
    ]
    return [(name, to_rows(items)) for name, items in plan if items]


def _apply(tx: ManagedTransaction, plan: list[tuple[str, list[dict[str, Any]]]]) -> dict[str, int]:
    applied: dict[str, int] = {}
    for name, rows in plan:
        record = tx.run(queries.query(name), rows=rows).single(strict=True)
        if record["applied"] != len(rows):
            raise IncompleteWrite(
                f"{name}: {len(rows)} rows sent, {record['applied']} applied "
                "(a relationship names a node that is neither in the batch nor in the graph)"
            )
        applied[name] = record["applied"]
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
        max_retry_time: float = 30.0,
        connection_timeout: float = 10.0,
    ) -> None:
        self.uri = uri
        self.database = database
        self._query_timeout = query_timeout
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                max_transaction_retry_time=max_retry_time,
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout,
            )
        except (ValueError, neo4j_errors.ConfigurationError) as e:
            raise StoreError(f"invalid Neo4j URI {uri!r}: {e}") from e

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except _UNAVAILABLE as e:
            raise StoreUnavailable(f"Neo4j at {self.uri} is not available: {e}") from e
        except neo4j_errors.Neo4jError as e:
            raise StoreError(f"Neo4j refused the operation ({e.code}): {e.message}") from e

    def _session(self, **kwargs: Any) -> neo4j.Session:
        return self._driver.session(database=self.database, **kwargs)

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the named read query; its records as dicts."""
        text = queries.query(name)

        @neo4j.unit_of_work(timeout=self._query_timeout)
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(text, **params)]

        with self._errors(), self._session(default_access_mode=neo4j.READ_ACCESS) as s:
            return s.execute_read(work)

    def setup_schema(self) -> None:
        with self._errors(), self._session() as s:
            for statement in queries.schema_statements():
                s.run(statement).consume()
            s.run(queries.query("await_indexes")).consume()

    def write(self, batch: Batch) -> WriteResult:
        plan = _write_plan(batch)
        if not plan:
            return WriteResult()
        with self._errors(), self._session() as s:
            return WriteResult(s.execute_write(_apply, plan))

    def existing_articles(self, ids: list[str]) -> dict[str, str]:
        return {r["id"]: r["text_sha256"] for r in self.read("articles_by_id", ids=ids)}

    def figure_candidates(self, metrics: list[str]) -> list[StoredFigure]:
        return [
            StoredFigure(r["claim_id"], r["claim_text"], r["speaker_id"], r["chain_root"],
                         figure_from_properties(r["figure"]))
            for r in self.read("figure_candidates", metrics=metrics)
        ]

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
            s.run(queries.query("clear_graph")).consume()

    def close(self) -> None:
        self._driver.close()
