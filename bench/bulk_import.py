"""The physical limit: the same final graph as CSV, loaded by ``neo4j-admin database import``.

:class:`GraphCsv` takes the batches the online writer writes and folds them
with the write queries' own rules (``cypher/write/merge_*.cypher``: a node or
relationship met again keeps what ON CREATE set, takes what SET sets, unions
an actor's aliases and labels, keeps a claim's earliest first_seen), so the
CSV files hold the graph the writer leaves, node for node. Files: one per
node label, one per relationship type (ABOUT one per target label), with a
typed header (``published:date``, ``aliases:string[]``, ``id:ID(Claim)``).
:func:`import_full` stops the benchmark server, imports into its ``neo4j``
database (``--overwrite-destination``) and starts it again.
"""
from __future__ import annotations

import csv
import datetime as dt
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from bench.server import BenchServer
from claimgraph.graph.model import (
    AboutKind,
    Batch,
    ClaimLinkKind,
    Figure,
    FigureLinkKind,
)
from claimgraph.graph.rows import to_row
from claimgraph.graph.store import StoredFigure
from claimgraph.graph.voice import voice_key

ARRAY_DELIMITER = "\x1f"
"""Between the items of an array field: a character no name or alias holds."""

Row = dict[str, Any]
_KIND_LABELS = {"person": "Person", "organization": "Organization", "group": "Group", "outlet": "Outlet"}


@dataclass(frozen=True, slots=True)
class CsvFile:
    """One CSV file: node (with its ID space) or relationship (with its type)."""

    path: Path
    kind: str
    name: str
    rows: int


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
    "Place": _columns("id:ID(Place) name"),
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
    "STATES": ("STATES", "Claim", "Figure", _columns("article start:long end:long")),
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


def _first(store: dict[Any, Row], key: Any, props: Row) -> None:
    """ON CREATE SET: the first write of a key stays."""
    store.setdefault(key, props)


def _last(store: dict[Any, Row], key: Any, props: Row) -> None:
    """SET: every write overwrites."""
    store[key] = props


class GraphCsv:
    """The graph the online writer would leave after these batches, as CSV files."""

    def __init__(self, ingested_at: dt.datetime | None = None) -> None:
        self._ingested_at = ingested_at or dt.datetime.now(dt.UTC)
        self.nodes: dict[str, dict[str, Row]] = {label: {} for label in NODE_COLUMNS}
        self.rels: dict[str, dict[Any, Row]] = {name: {} for name in REL_COLUMNS}
        # What figure_candidates reads, kept as the rows arrive.
        self._figures: dict[str, Figure] = {}
        self._stated: list[tuple[str, str]] = []
        self._said: dict[str, list[tuple[str, dt.date | None]]] = defaultdict(list)
        self._orgs: dict[str, set[str]] = defaultdict(set)

    def add(self, batch: Batch) -> None:
        for article in batch.articles:
            _last(self.nodes["Article"], article.id, {**to_row(article), "ingested_at": self._ingested_at})
        for actor in batch.actors:
            self._merge_actor(to_row(actor))
        for claim in batch.claims:
            self._merge_claim(to_row(claim))
        for figure in batch.figures:
            _last(self.nodes["Figure"], figure.id, to_row(figure))
            self._figures[figure.id] = figure
        for place in batch.places:
            _first(self.nodes["Place"], place.id, to_row(place))
        for event in batch.events:
            _first(self.nodes["Event"], event.id, to_row(event))
        self._add_relationships(batch)

    def _merge_actor(self, row: Row) -> None:
        stored = self.nodes["Actor"].get(row["id"])
        label = _KIND_LABELS[row["kind"]]
        if stored is None:
            stored = {"id": row["id"], "name": row["name"], "kind": row["kind"], "role": row["role"],
                      "aliases": [], "anonymous": False, "outlet_kind": None, ":LABEL": ["Actor"]}
            self.nodes["Actor"][row["id"]] = stored
        stored["aliases"] += [a for a in dict.fromkeys(row["aliases"]) if a not in stored["aliases"]]
        stored["anonymous"] = stored["anonymous"] or row["anonymous"]
        stored["role"] = stored["role"] if stored["role"] is not None else row["role"]
        if row["kind"] == "outlet":
            stored["kind"] = "outlet"
        if "agency" in (stored["outlet_kind"], row["outlet_kind"]):
            stored["outlet_kind"] = "agency"
        elif stored["outlet_kind"] is None:
            stored["outlet_kind"] = row["outlet_kind"]
        stored["search_names"] = " | ".join([stored["name"], *stored["aliases"]])
        if label not in stored[":LABEL"]:
            stored[":LABEL"].append(label)

    def _merge_claim(self, row: Row) -> None:
        stored = self.nodes["Claim"].setdefault(row["id"], row)
        if stored is not row and row["first_seen"] is not None and (
                stored["first_seen"] is None or row["first_seen"] < stored["first_seen"]):
            stored["first_seen"] = row["first_seen"]

    def _add_relationships(self, batch: Batch) -> None:
        r = self.rels
        for x in batch.asserted:
            if (x.actor_id, x.claim_id) not in r["ASSERTED"]:
                self._said[x.claim_id].append((x.actor_id, x.date))
            _first(r["ASSERTED"], (x.actor_id, x.claim_id), {**to_row(x), "article": x.article_id})
        for x in batch.reported_in:
            _last(r["REPORTED_IN"], (x.claim_id, x.article_id, x.start), to_row(x))
        for x in batch.published_by:
            _first(r["PUBLISHED_BY"], (x.article_id, x.outlet_id), {})
        for x in batch.syndicated_from:
            _first(r["SYNDICATED_FROM"], (x.article_id, x.outlet_id), {})
        for x in batch.speaks_for:
            self._orgs[x.actor_id].add(x.org_id)
            _first(r["SPEAKS_FOR"], (x.actor_id, x.org_id), {**to_row(x), "article": x.article_id})
        for x in batch.member_of:
            self._orgs[x.actor_id].add(x.org_id)
            _first(r["MEMBER_OF"], (x.actor_id, x.org_id), {**to_row(x), "article": x.article_id})
        for x in batch.states:
            if (x.claim_id, x.figure_id) not in r["STATES"]:
                self._stated.append((x.claim_id, x.figure_id))
            _first(r["STATES"], (x.claim_id, x.figure_id), {**to_row(x), "article": x.article_id})
        for x in batch.figure_links:
            name = "EXCLUDES" if x.kind is FigureLinkKind.EXCLUDES else "PART_OF"
            _first(r[name], (x.from_id, x.to_id), {**to_row(x), "article": x.article_id})
        for x in batch.claim_links:
            name = "CONTRADICTS" if x.kind is ClaimLinkKind.CONTRADICTS else "CORROBORATES"
            _first(r[name], (x.a_id, x.b_id, x.metric.value), to_row(x))
        for x in batch.variants:
            _first(r["VARIANT_OF"], (x.a_id, x.b_id), to_row(x))
        for x in batch.about:
            _first(r[f"ABOUT_{AboutKind(x.target).value}"], (x.claim_id, x.target_id), {})

    def figure_candidates(self, metrics: list[str]) -> list[StoredFigure]:
        """What ``cypher/read/figure_candidates.cypher`` returns for this graph, in its order."""
        wanted = set(metrics)
        claims = self.nodes["Claim"]
        found = []
        for claim_id, figure_id in self._stated:
            figure = self._figures[figure_id]
            if figure.metric.value not in wanted:
                continue
            for speaker, date in self._said[claim_id]:
                root = min(self._orgs[speaker]) if self._orgs.get(speaker) else speaker
                found.append(StoredFigure(claim_id, claims[claim_id]["text"], speaker, root, figure, date))
        return sorted(found, key=lambda s: (s.claim_id, s.figure.id))

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Nodes per label and relationships per type, as the graph will count them."""
        nodes: dict[str, int] = {}
        for label, store in self.nodes.items():
            if label == "Actor":
                for row in store.values():
                    for lb in row[":LABEL"]:
                        nodes[lb] = nodes.get(lb, 0) + 1
            elif store:
                nodes[label] = len(store)
        rels: dict[str, int] = {}
        for name, store in self.rels.items():
            if store:
                rel_type = REL_COLUMNS[name][0]
                rels[rel_type] = rels.get(rel_type, 0) + len(store)
        return nodes, rels

    def write(self, folder: Path) -> list[CsvFile]:
        with CsvFiles(folder) as files:
            for label, store in self.nodes.items():
                for row in store.values():
                    files.node(label, row)
            claims = self.nodes["Claim"]
            for name, rels in self.rels.items():
                for (start, end, *_), props in rels.items():
                    if name == "ASSERTED":
                        date = props["date"] if props["date"] is not None else claims[end]["first_seen"]
                        props = {**props, "voice_key": voice_key(start, date, end)}
                    files.relationship(name, start, end, props)
        return files.written()


class CsvFiles:
    """The import files of one graph, written row by row (nothing is held)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._handles = []
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


def import_args(files: list[CsvFile], report: Path) -> list[str]:
    """``neo4j-admin database import full`` arguments for these files into the database ``neo4j``.

    The import writes its report of bad rows to ``report`` (by default it
    would land in the working directory, the repository root).
    """
    args = ["database", "import", "full", "neo4j", "--overwrite-destination=true", "--multiline-fields=true",
            f"--report-file={report}",
            f"--array-delimiter={ARRAY_DELIMITER}", "--skip-bad-relationships=false",
            "--skip-duplicate-nodes=false", "--verbose"]
    for f in files:
        args.append(f"--{f.kind}={f.name}={f.path}")
    return args


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
    server.down()
    started = time.perf_counter()
    server.admin(*import_args(files, server.home / "logs" / "import.report"))
    imported = time.perf_counter()
    server.up()
    restarted = time.perf_counter()
    setup_schema()
    return ImportTiming(imported - started, time.perf_counter() - restarted, restarted - imported)

