"""Writing the job's rows as ``neo4j-admin database import`` files, a part per partition.

Each task folds its shards with :class:`~claimgraph.graph.import_files.GraphCsv`
(the write queries' rules: a shard's rows are all in the task, in write order)
into ``FOLDER/part-NNNNN/``, files without a header; the driver writes one
header file per file key the parts use (a label or type, and which number
columns hold whole numbers: :func:`~claimgraph.graph.import_files.file_key`),
and :func:`import_command` lists each header first, then its parts. A figure's ``incident_label`` is its incident's label,
which may sit in another partition: the labels go to every task first (one
short string per incident), and so do the ids of the articles a newer
version replaced (no longer ``latest``).

The import builds a new database, offline (the server stopped): the fastest
first load there is. The schema (constraints, indexes) is built afterwards,
when the server runs (:func:`complete_import`, ``claimgraph schema``), with
the empty alias lists a CSV field cannot hold.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph.import_files import CsvFile, GraphCsv, import_args, key_of, write_headers
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.store import GraphStore
from claimgraph.spark.job import JobPlan
from claimgraph.spark.plan import KeyedRow, batch_of


@dataclass(frozen=True, slots=True)
class PartWriter:
    """Folds one partition's shards into its part files (Spark pickles it to the executors)."""

    folder: str
    incident_labels: dict[str, str]
    ingested_at: dt.datetime
    replaced: frozenset[str]
    """Articles a newer version replaced (its PREVIOUS_VERSION edge may sit in another partition)."""

    def __call__(self, index: int, shards: Iterable[tuple[tuple[str, ...], list[KeyedRow]]]) -> Iterator[CsvFile]:
        graph = GraphCsv(self.ingested_at, self.incident_labels, self.replaced)
        for _, rows in shards:
            graph.add(batch_of(rows))
        yield from graph.write(Path(self.folder) / f"part-{index:05d}", header=False)


def write_bulk(plan: JobPlan, folder: Path) -> list[CsvFile]:
    """The import files of the plan's graph under ``folder``: each header file, then its parts."""
    folder = folder.resolve()
    labels = dict(plan.rows.flatMap(lambda shard: [(r.item.id, r.item.label) for r in shard[1]
                                                   if r.field == "incidents"]).collect())
    replaced = frozenset(plan.rows.flatMap(lambda shard: [r.item.previous_id for r in shard[1]
                                                          if r.field == "versions"]).collect())
    writer = PartWriter(str(folder), labels, dt.datetime.now(dt.UTC), replaced)
    parts = plan.rows.mapPartitionsWithIndex(writer).collect()
    headers = write_headers(folder, sorted({key_of(f) for f in parts}))
    return [*headers.values(), *sorted(parts, key=lambda f: f.path)]


def complete_import(store: GraphStore) -> None:
    """The schema over an imported graph, and what a CSV cannot hold: empty lists (aliases, places)."""
    store.setup_schema()
    if isinstance(store, Neo4jStore):
        store.repair("empty_lists")


def import_command(files: list[CsvFile], folder: Path, database: str = "neo4j") -> list[str]:
    """The ``neo4j-admin`` arguments that load ``files`` into ``database`` (which they replace)."""
    return import_args(files, folder.resolve() / "import.report", database)
