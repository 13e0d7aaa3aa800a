"""Article files for the Spark job: listed on the driver, their bytes read through Spark's file source.

A path with a scheme (``file://``, ``hdfs://``, ``s3a://``...) is listed
through the Hadoop file system of that scheme, with the rules of ingest's
walk (:func:`~claimgraph.ingest.readers.walk.article_files`: hidden entries
and sidecars skipped, a folder's files by name before its subfolders); a
local path by that walk itself. Every file's bytes, and its sidecar's, then
come through Spark's ``binaryFile`` source on the executors, so any store the
cluster has a connector for is readable (docs/scale.md). On the executor a
file's bytes are put in a private folder under the file's own name, beside
its sidecar's, and read by ingest's own readers
(:func:`~claimgraph.ingest.readers.files.documents_of`): the same documents and
the same errors, which then carry the name the user gave.
"""
from __future__ import annotations

import itertools
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers import ReadError, ReadLimits
from claimgraph.ingest.readers.decode import too_large
from claimgraph.ingest.readers.files import documents_of, is_article_file
from claimgraph.ingest.readers.sidecar import sidecar_of
from claimgraph.ingest.readers.walk import article_files

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

SPARK_MAX_FILE_BYTES = 2**31 - 1
"""The largest file Spark's binaryFile source reads (one array): a JSON Lines file over it is refused."""
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_GLOB = re.compile(r"([\\{}\[\]*?])")
_SMALL_FILES = {"spark.sql.sources.parallelPartitionDiscovery.threshold": str(2**31 - 1),
                "spark.sql.files.openCostInBytes": "8192"}
HIDDEN_TO_SPARK = "Spark's file source skips names that start with '_' or '.': rename the file to read it"


@dataclass(frozen=True, slots=True)
class Stored:
    """A file as the user names it (its documents' origin) and as Spark's file source names it."""

    name: str
    uri: str


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An article file to read, with its sidecar when it has one."""

    file: Stored
    sidecar: Stored | None = None

    def uris(self) -> list[str]:
        return [self.file.uri] + ([self.sidecar.uri] if self.sidecar is not None else [])


def is_uri(path: str | os.PathLike[str]) -> bool:
    """Whether a path names a store by its scheme (``s3a://bucket/news``) rather than a local file."""
    return isinstance(path, str) and _URI.match(path) is not None


def list_files(spark: SparkSession, paths: Sequence[str | os.PathLike[str]],
               limits: ReadLimits) -> list[SourceFile | ReadError]:
    """Every article file under ``paths`` in ingest's reading order, or why it is refused."""
    files: list[SourceFile | ReadError] = []
    hadoop = _Hadoop(spark)
    for uri, group in itertools.groupby(paths, key=is_uri):
        if uri:
            for given in group:
                files.extend(hadoop.article_files(str(given), limits))
        else:
            files.extend(item if isinstance(item, ReadError) else _local_file(hadoop, item, limits)
                         for item in article_files(list(group)))
    return files


def _local_file(hadoop: _Hadoop, path: Path, limits: ReadLimits) -> SourceFile | ReadError:
    """A local file found by ingest's walk, or the reader's error for one Spark cannot read."""
    sidecar = sidecar_of(path)
    has_sidecar = sidecar.exists() or sidecar.is_symlink()
    if not is_article_file(path) or not _readable(path) or (has_sidecar and not _readable(sidecar)):
        # Refused before its content is read (a type, a broken link, a folder): the readers say why.
        try:
            list(documents_of(path, limits))
        except ReadError as error:
            return error
    size = path.stat().st_size
    if refused := _refusal(str(path), size, limits):
        return refused
    return SourceFile(Stored(str(path), hadoop.local(path)),
                      Stored(str(sidecar), hadoop.local(sidecar)) if has_sidecar else None)


def _readable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.R_OK)


def _refusal(name: str, size: int, limits: ReadLimits) -> ReadError | None:
    """Why Spark does not read a file: a name its file source hides (its sidecar's name starts alike),
    or more bytes than a reader takes (the readers check a whole file's size before reading it; a
    JSON Lines file streams)."""
    base = name.rsplit("/", 1)[-1]
    if _hidden_to_spark(base):
        return ReadError(name, HIDDEN_TO_SPARK)
    streamed = PurePosixPath(base).suffix.lower() == ".jsonl"
    limit = SPARK_MAX_FILE_BYTES if streamed else limits.max_file_bytes
    if size > limit:
        return ReadError(name, too_large(size, limit))
    return None


def _hidden_to_spark(base: str) -> bool:
    return base.startswith((".", "_"))


class _Hadoop:
    """Listing through the Hadoop file systems of the driver's Spark session (py4j)."""

    def __init__(self, spark: SparkSession) -> None:
        self._jvm: Any = spark._jvm  # noqa: SLF001 - the one way to Hadoop's FileSystem from Python
        self._conf: Any = spark._jsc.hadoopConfiguration()  # noqa: SLF001
        self._folders: dict[str, str] = {}

    def _path(self, uri: str) -> tuple[Any, Any]:
        path = self._jvm.org.apache.hadoop.fs.Path(uri)
        return path.getFileSystem(self._conf), path

    def qualified(self, uri: str) -> str:
        """The name Spark's file source gives the file (``file:/a/b.txt``)."""
        fs, path = self._path(uri)
        return str(fs.makeQualified(path).toString())

    def local(self, path: Path) -> str:
        """The name Spark's file source gives a local file: its folder's, asked once per folder."""
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._folders:
            self._folders[folder] = self.qualified("file://" + folder).rstrip("/")
        return f"{self._folders[folder]}/{path.name}"

    def article_files(self, given: str, limits: ReadLimits) -> Iterator[SourceFile | ReadError]:
        from py4j.protocol import Py4JJavaError

        try:
            fs, root = self._path(given)
            status = fs.getFileStatus(root)
        except Py4JJavaError as error:
            yield ReadError(given, _problem(error))
            return
        if not status.isDirectory():
            yield self._explicit(fs, given, status.getLen(), limits)
            return
        prefix = str(fs.makeQualified(root).toString()).rstrip("/") + "/"
        sizes: dict[str, tuple[str, int]] = {}
        listing = fs.listFiles(root, True)
        while listing.hasNext():
            found = listing.next()
            uri = str(found.getPath().toString())
            sizes[uri.removeprefix(prefix)] = (uri, found.getLen())
        for relative in sorted((r for r in sizes if walked(r)), key=walk_order):
            name = f"{given.rstrip('/')}/{relative}"
            uri, size = sizes[relative]
            sidecar = str(sidecar_of(Path(relative)))
            if refused := _refusal(name, size, limits):
                yield refused
            else:
                yield SourceFile(Stored(name, uri),
                                 Stored(f"{given.rstrip('/')}/{sidecar}", sizes[sidecar][0]) if sidecar in sizes else None)

    def _explicit(self, fs: Any, given: str, size: int, limits: ReadLimits) -> SourceFile | ReadError:
        """A file named by its URI: always read, or refused (as ingest reads a file named explicitly)."""
        base = Path(given.rsplit("/", 1)[-1])
        if not is_article_file(base):
            try:
                documents_of(base, limits)
            except ReadError as error:
                return ReadError(given, error.problem)
        if refused := _refusal(given, size, limits):
            return refused
        sidecar = given.removesuffix(base.name) + sidecar_of(base).name
        sidecar_fs, sidecar_path = self._path(sidecar)
        if not sidecar_fs.exists(sidecar_path):
            return SourceFile(Stored(given, self.qualified(given)))
        return SourceFile(Stored(given, self.qualified(given)), Stored(sidecar, self.qualified(sidecar)))


def _problem(error: Exception) -> str:
    java = getattr(error, "java_exception", None)
    if java is None:
        return f"cannot list: {error}"
    name, message = java.getClass().getSimpleName(), java.getMessage()
    if name == "FileNotFoundException":
        return "no such file or folder"
    if name == "UnsupportedFileSystemException":
        return f"no file system for this scheme on the cluster (add its connector): {message}"
    return f"cannot list: {name}: {message}"


def walked(relative: str) -> bool:
    """Whether ingest's walk reads this file of a folder: no hidden part, a known type, not a sidecar."""
    parts = relative.split("/")
    return not any(p.startswith(".") for p in parts) and is_article_file(Path(relative))


def walk_order(relative: str) -> tuple[tuple[int, str], ...]:
    """The walk's order: a folder's files by name, then its subfolders by name, each depth first."""
    *folders, name = relative.split("/")
    return (*((1, f) for f in folders), (0, name))


def file_contents(spark: SparkSession, files: Sequence[SourceFile | ReadError],
                  partitions: int) -> RDD[tuple[int, tuple[Iterable[SourceFile | ReadError], Iterable[tuple[str, bytes]]]]]:
    """Each file by its place in ``files``, with the bytes Spark read of it and its sidecar."""
    index = {uri: i for i, f in enumerate(files) if isinstance(f, SourceFile) for uri in f.uris()}
    entries = spark.sparkContext.parallelize(list(enumerate(files)), max(1, min(len(files), partitions)))
    if not index:
        return entries.cogroup(spark.sparkContext.emptyRDD(), partitions)
    # Paths are globs to the file source: a name's [, {, * stand for themselves.
    with _article_files_settings(spark):
        read = (spark.read.format("binaryFile").option("ignoreMissingFiles", "true")
                .load([_GLOB.sub(r"\\\1", uri) for uri in index]).select("path", "content"))
        contents = read.rdd.map(lambda row: (index.get(row.path, -1), (row.path, bytes(row.content))))
    return entries.cogroup(contents, partitions)


@contextmanager
def _article_files_settings(spark: SparkSession) -> Iterator[None]:
    """The file source set for many small named files, while the read is planned.

    Its defaults are for a few large files: a job of one task per path to
    find them (here the driver named each one already), and a split cost of
    4 MB per file (30 articles a task): reading a thousand articles took ten
    times what reading them directly does. Here the paths are found on the
    driver and a file costs what an article weighs.
    """
    saved = {key: spark.conf.get(key, None) for key in _SMALL_FILES}
    for key, value in _SMALL_FILES.items():
        spark.conf.set(key, value)
    try:
        yield
    finally:
        for key, before in saved.items():
            if before is None:
                spark.conf.unset(key)
            else:
                spark.conf.set(key, before)


def documents(entry: SourceFile, contents: dict[str, bytes], limits: ReadLimits) -> list[Document]:
    """The file's documents, read from its bytes by ingest's readers; raises their ReadError, by the file's name."""
    with tempfile.TemporaryDirectory(prefix="claimgraph-") as folder:
        local = Path(folder) / entry.file.name.rsplit("/", 1)[-1]
        names = {str(local): entry.file.name}
        for stored, at in ((entry.file, local), (entry.sidecar, sidecar_of(local))):
            if stored is None:
                continue
            if stored.uri not in contents:
                raise ReadError(stored.name, "not read by Spark's file source (gone, or named otherwise)")
            at.write_bytes(contents[stored.uri])
            names[str(at)] = stored.name
        try:
            found = list(documents_of(local, limits))
        except ReadError as error:
            raise ReadError(names.get(error.path, error.path), error.problem, error.where) from None
    return [replace(d, origin=entry.file.name + d.origin.removeprefix(str(local))) for d in found]

