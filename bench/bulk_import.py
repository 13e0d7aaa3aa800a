"""The physical limit: the same final graph as CSV, loaded by ``neo4j-admin database import``.

:mod:`bench.ingest` writes the ingested graph with the package's import-file fold
(:class:`claimgraph.graph.import_files.GraphCsv`, which ``spark-ingest --bulk`` writes
too: the graph the online writer leaves, node for node). :class:`CsvFiles` writes the synthetic
query graph row by row, with the columns of ``NODE_COLUMNS``/``REL_COLUMNS``.
:func:`import_full` stops the benchmark server, imports into its ``neo4j``
database (``--overwrite-destination``) and starts it again.
"""
from __future__ import annotations

import csv
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self, TextIO

from bench.server import BenchServer
from claimgraph.graph.import_files import ARRAY_DELIMITER, CsvFile, import_args

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Columns:
    """The header of one file: ``name:type`` per property, the id/endpoint columns first."""

    names: tuple[str, ...]
    types: tuple[str, ...]

    def header(self) -> list[str]:
        return [f"{n}:{t}" if t else n for n, t in zip(self.names, self.types, strict=True)]


def _columns(spec: str) -> _Columns:
    parts = [p.split(":", 1) if ":" in p[1:] else (p, "") for p in spec.split()]
    return _Columns(tuple(n for n, _ in parts), tuple(t for _, t in parts))


# Node files: the id column, then the properties the write queries set.
NODE_COLUMNS = {
    "Article": _columns("id:ID(Article) text_sha256 url title published:date dateline language "
                        "ingested_at:datetime"),
    "Actor": _columns("id:ID(Actor) :LABEL name kind role aliases:string[] anonymous:boolean outlet_kind "
                      "search_names"),
    "Claim": _columns("id:ID(Claim) text quote confidence:double first_seen:date"),
    "Figure": _columns("id:ID(Figure) metric raw qualifier value:double low:double high:double unit place "
                       "period_start:date period_end:date incident_agent incident_victim incident_date:date "
                       "aggregate:boolean incident incident_label"),
    "Incident": _columns("id:ID(Incident) kind label place places:string[] date:date window_start:date "
                         "window_end:date"),
    "Place": _columns("id:ID(Place) name name_key"),
    "Event": _columns("id:ID(Event) name date:date"),
}

# Relationship files: (type, start space, end space, property columns).
REL_COLUMNS: dict[str, tuple[str, str, str, _Columns]] = {
    "ASSERTED": ("ASSERTED", "Actor", "Claim", _columns(
        "article cue channel date:date anonymous:boolean source_start:long source_end:long cue_start:long "
        "cue_end:long voice_key")),
    "REPORTED_IN": ("REPORTED_IN", "Claim", "Article", _columns("start:long end:long sentence")),
    "PUBLISHED_BY": ("PUBLISHED_BY", "Article", "Actor", _columns("")),
    "SYNDICATED_FROM": ("SYNDICATED_FROM", "Article", "Actor", _columns("")),
    "SPEAKS_FOR": ("SPEAKS_FOR", "Actor", "Actor", _columns("role article start:long end:long")),
    "MEMBER_OF": ("MEMBER_OF", "Actor", "Actor", _columns("article start:long end:long")),
    "STATES": ("STATES", "Claim", "Figure", _columns("article start:long end:long stated_key speaker_key place_key")),
    "EXCLUDES": ("EXCLUDES", "Figure", "Figure", _columns("reason article")),
    "PART_OF": ("PART_OF", "Figure", "Figure", _columns("reason article")),
    "CONTRADICTS": ("CONTRADICTS", "Claim", "Claim", _columns("metric reason")),
    "CORROBORATES": ("CORROBORATES", "Claim", "Claim", _columns("metric reason")),
    "VARIANT_OF": ("VARIANT_OF", "Claim", "Claim", _columns("terms:string[] reason")),
    "COUNTS": ("COUNTS", "Figure", "Incident", _columns("article start:long end:long reason share")),
    "REPORTS": ("REPORTS", "Article", "Incident", _columns("")),
    "ABOUT_Place": ("ABOUT", "Claim", "Place", _columns("")),
    "ABOUT_Event": ("ABOUT", "Claim", "Event", _columns("")),
    "ABOUT_Actor": ("ABOUT", "Claim", "Actor", _columns("")),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(map(str, value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)






class CsvFiles:
    """The import files of one graph, written row by row (nothing is held)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._handles: list[TextIO] = []
        self._writers: dict[str, Any] = {}
        self._counts: dict[str, int] = {}
        self._files: dict[str, tuple[Path, str, str]] = {}
        for label, columns in NODE_COLUMNS.items():
            self._open(folder / f"nodes_{label}.csv", label, "nodes", label, columns.header())
        for name, (rel_type, start, end, columns) in REL_COLUMNS.items():
            header = [f":START_ID({start})", f":END_ID({end})", *columns.header()]
            self._open(folder / f"rels_{name}.csv", name, "relationships", rel_type, header)

    def _open(self, path: Path, key: str, kind: str, name: str, header: list[str]) -> None:
        handle = path.open("w", newline="", encoding="utf-8")
        self._handles.append(handle)
        self._writers[key] = csv.writer(handle)
        self._writers[key].writerow(header)
        self._counts[key] = 0
        self._files[key] = (path, kind, name)

    def node(self, label: str, row: Row) -> None:
        """One node: ``row`` maps the column names of ``NODE_COLUMNS[label]`` (``:LABEL`` a list) to values."""
        self._writers[label].writerow([_cell(row.get(n)) for n in NODE_COLUMNS[label].names])
        self._counts[label] += 1

    def relationship(self, name: str, start: str, end: str, props: Row) -> None:
        """One relationship of a ``REL_COLUMNS`` file, between two node ids."""
        columns = REL_COLUMNS[name][3]
        self._writers[name].writerow([start, end, *(_cell(props.get(n)) for n in columns.names)])
        self._counts[name] += 1

    def written(self) -> list[CsvFile]:
        """The files that hold rows (an empty file is no input for the import)."""
        return [CsvFile(path, kind, name, self._counts[key]) for key, (path, kind, name) in self._files.items()
                if self._counts[key]]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self._handles:
            handle.close()


@dataclass(frozen=True, slots=True)
class ImportTiming:
    import_s: float
    schema_s: float
    restart_s: float

    @property
    def total_s(self) -> float:
        """Import plus the schema (constraints and indexes built over the imported graph)."""
        return self.import_s + self.schema_s


def import_full(server: BenchServer, files: list[CsvFile], setup_schema: Callable[[], None]) -> ImportTiming:
    """Stop the server, import the files over its database, start it, build the schema."""
    server.imported(None)
    server.down()
    started = time.perf_counter()
    server.admin(*import_args(files, server.home / "logs" / "import.report"))
    imported = time.perf_counter()
    server.up()
    restarted = time.perf_counter()
    setup_schema()
    return ImportTiming(imported - started, time.perf_counter() - restarted, restarted - imported)

