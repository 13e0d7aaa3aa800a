"""Writing the job's rows into a running store, from every partition at once.

Each task opens its own store (one driver per executor process) and writes
its partition in transactions of ``max_rows`` rows through
:meth:`GraphStore.write`: the same write queries in the same UNWIND batches as
``claimgraph ingest``. Nodes are written first by every task, then the
relationships, so a relationship never names a node another task has not
written yet.

A task that dies and is run again, or runs twice at once (speculation),
writes nothing twice: every write is a MERGE on the node's id or the
relationship's key, and a shard's rows are applied in one order, so applying
them again on top of any earlier attempt leaves what one application leaves
(what ON CREATE set stays, the last SET is the same last row, an actor's
aliases are already all there, in the order first met).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claimgraph.graph.store import StoreError
from claimgraph.settings import Settings
from claimgraph.spark.job import JobPlan, partition_batches
from claimgraph.spark.plan import BATCH_FIELDS, KeyedRow, batch_of
from claimgraph.stores import open_store

NODE_FIELDS = frozenset(("articles", "actors", "claims", "figures", "incidents", "places", "events"))
LINK_FIELDS = frozenset(("claim_links",))
"""Written last: a REVISES edge's write deletes links of the claims it leaves no current figure
(unlink_revised), which it must not do while their other figures are still being written."""
RELATIONSHIP_FIELDS = frozenset(BATCH_FIELDS) - NODE_FIELDS - LINK_FIELDS
WRITE_ROWS = 5_000
"""Rows per transaction from one task."""


class TargetNotEmpty(StoreError):
    """The graph already holds incidents, which the job's linking would not see."""


@dataclass(frozen=True, slots=True)
class PartitionWriter:
    """Writes one partition's rows of some batch fields (Spark pickles it to the executors)."""

    settings: Settings
    fields: frozenset[str]
    max_rows: int = WRITE_ROWS
    after_write: Callable[[int], None] | None = None
    """Called with the number of each committed transaction (0, 1, ...): where a test kills a task."""

    def __call__(self, shards: Iterable[tuple[tuple[str, ...], list[KeyedRow]]]) -> None:
        with open_store(self.settings, max_retry_time=120.0) as store:
            for n, group in enumerate(partition_batches(shards, self.fields, self.max_rows)):
                store.write(batch_of(group))
                if self.after_write is not None:
                    self.after_write(n)


def check_target(settings: Settings) -> None:
    """Refuses a graph that holds incidents: the job resolves and links among the articles it reads,
    so an event already stored would get a second incident. (Articles without incidents may be
    added to any graph; a corpus onto a graph with incidents goes through ``claimgraph ingest``.)"""
    with open_store(settings) as store:
        store.setup_schema()
        held = store.counts().nodes.get("Incident", 0)
    if held:
        raise TargetNotEmpty(f"the graph already holds {held} incidents; spark-ingest links only among the "
                             "articles it reads, so it loads a graph without incidents (use claimgraph ingest "
                             "to add to this one)")


def write_online(plan: JobPlan, settings: Settings, *, max_rows: int = WRITE_ROWS,
                 after_write: Callable[[int], None] | None = None) -> None:
    """Every row of the plan into the configured store: all nodes, then the relationships, then
    the contradictions and corroborations."""
    for fields in (NODE_FIELDS, RELATIONSHIP_FIELDS, LINK_FIELDS):
        plan.rows.foreachPartition(PartitionWriter(settings, fields, max_rows, after_write))
