"""The ingest as a Spark job: read and extract on the executors, block, link, shard.

:func:`keyed_rows` gives an RDD of ``(shard, rows)``: every node and
relationship the single-process ingest would write for the corpus, each shard
(one MERGE target) with its rows in the single-process order, spread over the
partitions by a stable hash of the shard. :mod:`spark.online` writes it into a
running Neo4j, :mod:`spark.bulk` into ``neo4j-admin database import`` files.
See :mod:`spark.plan` for why the result is the single-process graph.

Corpus order is the order ``claimgraph ingest`` reads: the same walk of the
same paths (on the driver), then each file's documents in the file's order.
Files are read through Spark's file source (:mod:`claimgraph.spark.sources`):
local paths, or URIs of any store the cluster has a connector for
(``hdfs://``, ``s3a://``).
"""
from __future__ import annotations

import itertools
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimgraph.ingest.aliases import AliasTable, load_aliases
from claimgraph.ingest.extract import Extraction, extract
from claimgraph.ingest.pipeline import DEFAULT_CHUNK, Failure
from claimgraph.ingest.readers import DEFAULT_LIMITS, ReadError, ReadLimits
from claimgraph.spark.plan import Blocks, KeyedRow, article_key, block_rows, blocking_keys, matching_pairs
from claimgraph.spark.sources import SourceFile, documents, file_contents, list_files

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

Outcome = tuple[str, Extraction | None, str | None]
"""(origin, the extraction, or what went wrong)."""


@dataclass(frozen=True, slots=True)
class JobOptions:
    chunk_size: int = DEFAULT_CHUNK
    """Articles per chunk, as ``claimgraph ingest --chunk-size``: links come out as that ingest's."""
    partitions: int | None = None
    """Partitions of the shuffles (default: Spark's default parallelism)."""
    limits: ReadLimits = DEFAULT_LIMITS


@dataclass(slots=True)
class JobPlan:
    """The keyed rows and what the job found on the way."""

    rows: RDD[tuple[tuple[str, ...], list[KeyedRow]]]
    articles: int
    """Articles extracted (one already met with the same text is written once, as ingest skips it)."""
    failures: list[Failure]
    """Files and articles refused or not extracted, each with why, in corpus order."""
    blocks: int
    """Groups of articles whose incidents may be one event (a block links inside itself only)."""


def session(master: str | None = None, app_name: str = "claimgraph-ingest") -> SparkSession:
    """The Spark session; ``master`` None leaves it to ``spark-submit``. Python workers run this
    interpreter unless PYSPARK_PYTHON says otherwise (they import claimgraph)."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master)
    return builder.getOrCreate()


_ALIASES: dict[tuple[str, ...], AliasTable] = {}


def _aliases(files: tuple[str, ...]) -> AliasTable:
    """The alias table, built once per worker process (it does not pickle; its files are small)."""
    if files not in _ALIASES:
        _ALIASES[files] = load_aliases(files)
    return _ALIASES[files]


def _read_and_extract(item: tuple[int, tuple[Iterable[SourceFile | ReadError], Iterable[tuple[str, bytes]]]],
                      limits: ReadLimits, alias_files: tuple[str, ...]) -> Iterator[tuple[int, int, Outcome]]:
    """A file's documents, each extracted; one bad file or article is an outcome, never an exception."""
    index, (entries, contents) = item
    for entry in entries:
        if isinstance(entry, ReadError):
            yield index, 0, (entry.path + entry.where, None, entry.problem)
            continue
        try:
            read = documents(entry, dict(contents), limits)
        except ReadError as error:
            yield index, 0, (error.path + error.where, None, error.problem)
            continue
        aliases = _aliases(alias_files)
        for n, doc in enumerate(read):
            try:
                yield index, n, (doc.origin, extract(doc, aliases), None)
            except Exception as e:  # noqa: BLE001 - one bad article must not fail the job
                yield index, n, (doc.origin, None, f"extraction failed: {type(e).__name__}: {e}")


def shard_partition(shard: tuple[str, ...], partitions: int) -> int:
    """A stable partition of a shard (Python's own string hash differs between worker processes)."""
    return zlib.crc32("\x1f".join(shard).encode("utf-8", "surrogatepass")) % partitions


def _sorted_shards(rows: Iterable[tuple[tuple[str, ...], KeyedRow]]) -> Iterator[tuple[tuple[str, ...], list[KeyedRow]]]:
    by_shard: dict[tuple[str, ...], list[KeyedRow]] = {}
    for shard, row in rows:
        by_shard.setdefault(shard, []).append(row)
    for shard in sorted(by_shard):
        yield shard, sorted(by_shard[shard], key=lambda r: r.order)


def keyed_rows(spark: SparkSession, paths: Sequence[str | os.PathLike[str]],
               alias_files: Sequence[str | os.PathLike[str]] = (), options: JobOptions = JobOptions()) -> JobPlan:
    """Read, extract, resolve and link the corpus under ``paths``; the rows to write, by shard.

    ``alias_files`` are read after the packaged table, as ``CLAIMGRAPH_ALIASES`` are (on the
    driver first, so a bad one stops the job before it starts; then once per worker)."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    partitions = options.partitions or sc.defaultParallelism
    chunk, limits = options.chunk_size, options.limits
    aliases = tuple(os.fspath(p) for p in alias_files)
    load_aliases(aliases)
    files = list_files(spark, paths, limits)
    read = (file_contents(spark, files, partitions)
            .flatMap(lambda item: _read_and_extract(item, limits, aliases))
            .persist(StorageLevel.MEMORY_AND_DISK))
    # Per file: how many documents, and which failed; a document's place in the corpus is the
    # number of documents of the files before it, then its index in its file.
    tally = (read.map(lambda r: (r[0], (1, [(r[1], r[2][0], r[2][2])] if r[2][2] is not None else [])))
             .reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1]), partitions)
             .collect())
    sizes = {index: size for index, (size, _) in tally}
    failures = [Failure(origin, problem) for _, (_, bad) in sorted(tally) for _, origin, problem in sorted(bad)]
    offsets, total = {}, 0
    for index in range(len(files)):
        offsets[index], total = total, total + sizes.get(index, 0)
    extracted = read.flatMap(lambda r: [(offsets[r[0]] + r[1], r[2][1])] if r[2][1] is not None else [])
    # Blocks: articles of one key (versions of each other), and articles whose incidents may be one event.
    versions = (extracted.map(lambda p: (article_key(p[1]), p[0]))
                .groupByKey(partitions)
                .flatMap(lambda kv: [(a, b) for a, b in itertools.pairwise(sorted(kv[1]))]))
    events = (extracted
              .flatMap(lambda p: [(key, (p[0], i)) for i in p[1].incidents.incidents for key in blocking_keys(i)])
              .groupByKey(partitions)
              .flatMap(lambda kv: matching_pairs(list(kv[1]))))
    blocks = Blocks()
    for a, b in versions.union(events).distinct().collect():
        blocks.join(a, b)
    roots = blocks.roots()
    shared_roots = sc.broadcast(roots)
    rows = (extracted
            .map(lambda p: (shared_roots.value.get(p[0], p[0]), p))
            .groupByKey(partitions)
            .flatMap(lambda kv: block_rows(list(kv[1]), chunk))
            .map(lambda r: (r.shard, r))
            .partitionBy(partitions, lambda shard: shard_partition(shard, partitions))
            .mapPartitions(_sorted_shards, preservesPartitioning=True)
            .persist(StorageLevel.MEMORY_AND_DISK))
    articles = total - len(failures)
    # Every article is a block of its own but those joined to another's block.
    block_count = articles - len(roots) + len(set(roots.values()))
    return JobPlan(rows, articles, failures, block_count)


def partition_batches(shards: Iterable[tuple[tuple[str, ...], list[KeyedRow]]], fields: frozenset[str],
                      max_rows: int) -> Iterator[list[KeyedRow]]:
    """A partition's rows of these batch fields, in groups of about ``max_rows`` that never split a shard."""
    group: list[KeyedRow] = []
    for _, rows in shards:
        mine = [r for r in rows if r.field in fields]
        if group and len(group) + len(mine) > max_rows:
            yield group
            group = []
        group.extend(mine)
    if group:
        yield group

