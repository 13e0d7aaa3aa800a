"""The graph as ``neo4j-admin database import`` files, folded as the online writer folds it.

:class:`GraphCsv` takes the batches the online writer writes and folds them
with the write queries' own rules (``cypher/write/merge_*.cypher``: a node or
relationship met again keeps what ON CREATE set, takes what SET sets, unions
an actor's aliases and labels, keeps a claim's earliest first_seen; a COUNTS
edge sets its figure's incident), so the files hold the graph the writer
leaves, node for node. The columns are the model's fields
(:mod:`claimgraph.graph.model`, the rows :func:`~claimgraph.graph.rows.to_row`
makes for the writer), typed from their annotations, plus what the queries
add themselves (an article's ``ingested_at``, an actor's ``search_names``, a place's
``name_key``, an ASSERTED edge's ``voice_key``, a STATES edge's ``stated_key``, ``speaker_key``
and ``place_key``, a figure's ``incident`` and ``incident_label``).
Files: one per node label, one per relationship type (ABOUT one per target
label); the header may go in a file of its own, so that many writers' part
files make one input (:func:`import_args`).
"""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Self

from claimgraph.graph import actor_readings, model
from claimgraph.graph.model import AboutKind, Batch, ClaimLinkKind, FigureLinkKind
from claimgraph.graph.rows import field_kinds, to_row
from claimgraph.graph.stated import place_key, place_name_key, speaker_key, stated_key, stated_on
from claimgraph.graph.voice import voice_key

ARRAY_DELIMITER = "\x1f"
"""Between the items of an array field: a character no name or alias holds."""

Row = dict[str, Any]
_TYPES: dict[Any, str] = {str: "", float: "double", int: "long", bool: "boolean", dt.date: "date", tuple: "string[]"}


def _type(kind: Any) -> str:
    if isinstance(kind, type) and issubclass(kind, Enum):
        return ""
    return _TYPES[kind]


@dataclass(frozen=True, slots=True)
class Columns:
    """The header of one file: ``name:type`` per property, the id/endpoint columns first."""

    names: tuple[str, ...]
    types: tuple[str, ...]

    def header(self) -> list[str]:
        return [f"{n}:{t}" if t else n for n, t in zip(self.names, self.types, strict=True)]

    def whole_numbers(self, values: Sequence[Any]) -> tuple[str, ...]:
        """The double columns whose value is a Python int: the writer stores those as Neo4j integers."""
        return tuple(n for n, t, v in zip(self.names, self.types, values, strict=True)
                     if t == "double" and type(v) is int)

    def with_longs(self, names: Sequence[str]) -> Columns:
        """These columns typed ``long`` (a row's file where they hold whole numbers)."""
        return Columns(self.names, tuple("long" if n in names else t for n, t in zip(self.names, self.types,
                                                                                     strict=True)))


VARIANT_SEPARATOR = "~"
"""In a file's key, between the label or type and the double columns it holds as longs (``Figure~low``)."""


def file_key(name: str, longs: Sequence[str] = ()) -> str:
    """The key of the file of a label or relationship file whose rows hold whole numbers in ``longs``.

    The import types a column once per file, while the writer stores each
    value with its own type (a figure's ``low`` of 3 is an integer, of 2.5 a
    float): rows go to the file of their label whose header types them alike.
    """
    return VARIANT_SEPARATOR.join((name, *longs))


def _split_key(key: str) -> tuple[str, tuple[str, ...]]:
    name, *longs = key.split(VARIANT_SEPARATOR)
    return name, tuple(longs)


def key_of(file: CsvFile) -> str:
    """The key of an import file, from its name (``nodes_KEY.csv``, ``rels_KEY.header.csv``)."""
    return file.path.name.split(".", 1)[0].split("_", 1)[1]


def _node_columns(cls: type, label: str, extra: Sequence[tuple[str, str]] = ()) -> Columns:
    fields = [(name, _type(kind)) for name, kind in field_kinds(cls) if name != "id"]
    pairs = [("id", f"ID({label})"), *fields, *extra]
    return Columns(tuple(n for n, _ in pairs), tuple(t for _, t in pairs))


NODE_COLUMNS: dict[str, Columns] = {
    "Article": _node_columns(model.Article, "Article", [("ingested_at", "datetime"), ("latest", "boolean")]),
    "ArticleText": _node_columns(model.ArticleText, "ArticleText"),
    "Actor": _node_columns(model.Actor, "Actor", [(":LABEL", ""), ("search_names", "")]),
    "Claim": _node_columns(model.Claim, "Claim"),
    "Figure": _node_columns(model.Figure, "Figure", [("incident", ""), ("incident_label", "")]),
    "Incident": _node_columns(model.Incident, "Incident"),
    "Place": _node_columns(model.Place, "Place", [("name_key", "")]),
    "Event": _node_columns(model.Event, "Event"),
}


@dataclass(frozen=True, slots=True)
class RelationshipFile:
    """A relationship file: its type, the ends (label and the model field naming each) and properties."""

    type: str
    start: str
    end: str
    start_field: str
    end_field: str
    columns: Columns

    def props(self, item: Any) -> Row:
        """The properties the write query sets from the item (``article_id`` is stored as ``article``)."""
        row = to_row(item)
        return {("article" if n == "article_id" else n): row[n] for n in _property_fields(type(item), self)}


def _property_fields(cls: type, spec: RelationshipFile | tuple[str, str]) -> list[str]:
    ends = (spec.start_field, spec.end_field) if isinstance(spec, RelationshipFile) else spec
    # A link's ``kind`` and ABOUT's ``target`` choose the file (the type, the end label): no property.
    return [name for name, kind in field_kinds(cls)
            if name not in ends and kind not in (FigureLinkKind, ClaimLinkKind, AboutKind)]


def _relationship(rel_type: str, start: str, end: str, cls: type, start_field: str, end_field: str,
                  extra: Sequence[tuple[str, str]] = ()) -> RelationshipFile:
    kinds = dict(field_kinds(cls))
    pairs = [("article" if n == "article_id" else n, _type(kinds[n]))
             for n in _property_fields(cls, (start_field, end_field))] + list(extra)
    return RelationshipFile(rel_type, start, end, start_field, end_field,
                            Columns(tuple(n for n, _ in pairs), tuple(t for _, t in pairs)))


REL_FILES: dict[str, RelationshipFile] = {
    "ASSERTED": _relationship("ASSERTED", "Actor", "Claim", model.Asserted, "actor_id", "claim_id",
                              [("voice_key", "")]),
    "REPORTED_IN": _relationship("REPORTED_IN", "Claim", "Article", model.ReportedIn, "claim_id", "article_id"),
    "HAS_TEXT": RelationshipFile("HAS_TEXT", "Article", "ArticleText", "id", "id", Columns((), ())),
    "PREVIOUS_VERSION": _relationship("PREVIOUS_VERSION", "Article", "Article", model.PreviousVersion, "article_id",
                                      "previous_id"),
    "NAMES": _relationship("NAMES", "Article", "Actor", model.Names, "article_id", "actor_id"),
    "PUBLISHED_BY": _relationship("PUBLISHED_BY", "Article", "Actor", model.PublishedBy, "article_id", "outlet_id"),
    "SYNDICATED_FROM": _relationship("SYNDICATED_FROM", "Article", "Actor", model.SyndicatedFrom, "article_id",
                                     "outlet_id"),
    "SPEAKS_FOR": _relationship("SPEAKS_FOR", "Actor", "Actor", model.SpeaksFor, "actor_id", "org_id"),
    "MEMBER_OF": _relationship("MEMBER_OF", "Actor", "Actor", model.MemberOf, "actor_id", "org_id"),
    "STATES": _relationship("STATES", "Claim", "Figure", model.States, "claim_id", "figure_id",
                            [("stated_key", ""), ("speaker_key", ""), ("place_key", "")]),
    **{kind.value: _relationship(kind.value, "Figure", "Figure", model.FigureLink, "from_id", "to_id")
       for kind in FigureLinkKind},
    "COUNTS": _relationship("COUNTS", "Figure", "Incident", model.Counts, "figure_id", "incident_id"),
    "REPORTS": _relationship("REPORTS", "Article", "Incident", model.Reports, "article_id", "incident_id"),
    **{kind.value: _relationship(kind.value, "Claim", "Claim", model.ClaimLink, "a_id", "b_id")
       for kind in ClaimLinkKind},
    "VARIANT_OF": _relationship("VARIANT_OF", "Claim", "Claim", model.VariantOf, "a_id", "b_id"),
    **{f"ABOUT_{kind.value}": _relationship("ABOUT", "Claim", kind.value, model.About, "claim_id", "target_id")
       for kind in AboutKind},
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
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
    """The graph the online writer would leave after these batches, as import files.

    ``incident_labels`` names the label of incidents these batches count but
    do not hold, ``replaced`` the articles a newer version replaced in
    batches it does not see (a part of a graph written by several writers).
    """

    def __init__(self, ingested_at: dt.datetime | None = None,
                 incident_labels: Mapping[str, str] | None = None, replaced: Iterable[str] = ()) -> None:
        self._ingested_at = ingested_at or dt.datetime.now(dt.UTC)
        self._labels = incident_labels or {}
        self._replaced = set(replaced)
        self.nodes: dict[str, dict[str, Row]] = {label: {} for label in NODE_COLUMNS}
        self.rels: dict[str, dict[Any, Row]] = {name: {} for name in REL_FILES}
        self._incident_of: dict[str, str] = {}

    def add(self, batch: Batch) -> None:
        for article in batch.articles:
            _last(self.nodes["Article"], article.id, {**to_row(article), "key": article.key or article.id,
                                                      "ingested_at": self._ingested_at})
        for text in batch.texts:
            _last(self.nodes["ArticleText"], text.id, to_row(text))
            _first(self.rels["HAS_TEXT"], (text.id, text.id), {})
        for actor in batch.actors:
            self._merge_actor(to_row(actor))
        for claim in batch.claims:
            self._merge_claim(to_row(claim))
        for figure in batch.figures:
            _last(self.nodes["Figure"], figure.id, to_row(figure))
        for incident in batch.incidents:
            _first(self.nodes["Incident"], incident.id, to_row(incident))
        for place in batch.places:
            row = to_row(place)
            _first(self.nodes["Place"], place.id, {**row, "name_key": place_name_key(row["name"])})
        for event in batch.events:
            _first(self.nodes["Event"], event.id, to_row(event))
        self._add_relationships(batch)

    def _merge_actor(self, row: Row) -> None:
        new = {name: row[name] for name in actor_readings.PROPERTIES}
        stored = self.nodes["Actor"].setdefault(row["id"], {"id": row["id"], **new, ":LABEL": ["Actor"]})
        stored.update(actor_readings.join(stored, new))
        stored["search_names"] = actor_readings.search_names(stored)
        label = actor_readings.KIND_LABELS[row["kind"]]
        if label not in stored[":LABEL"]:
            stored[":LABEL"].append(label)

    def _merge_claim(self, row: Row) -> None:
        stored = self.nodes["Claim"].setdefault(row["id"], row)
        if stored is not row and row["first_seen"] is not None and (
                stored["first_seen"] is None or row["first_seen"] < stored["first_seen"]):
            stored["first_seen"] = row["first_seen"]

    def _add_relationships(self, batch: Batch) -> None:
        r, f = self.rels, REL_FILES
        for named in batch.names:
            _first(r["NAMES"], (named.article_id, named.actor_id), f["NAMES"].props(named))
        for version in batch.versions:
            _first(r["PREVIOUS_VERSION"], (version.article_id, version.previous_id), {})
            self._replaced.add(version.previous_id)
        for asserted in batch.asserted:
            _first(r["ASSERTED"], (asserted.actor_id, asserted.claim_id), f["ASSERTED"].props(asserted))
        for mention in batch.reported_in:
            _last(r["REPORTED_IN"], (mention.claim_id, mention.article_id, mention.start),
                  f["REPORTED_IN"].props(mention))
        for name, outlets in (("PUBLISHED_BY", batch.published_by), ("SYNDICATED_FROM", batch.syndicated_from)):
            for outlet in outlets:
                _first(r[name], (outlet.article_id, outlet.outlet_id), {})
        for name, ties in (("SPEAKS_FOR", batch.speaks_for), ("MEMBER_OF", batch.member_of)):
            for tie in ties:
                _first(r[name], (tie.actor_id, tie.org_id), f[name].props(tie))
        for states in batch.states:
            _first(r["STATES"], (states.claim_id, states.figure_id), f["STATES"].props(states))
        for figure_link in batch.figure_links:
            kind = figure_link.kind.value
            _first(r[kind], (figure_link.from_id, figure_link.to_id), f[kind].props(figure_link))
        for counts in batch.counts:
            _first(r["COUNTS"], (counts.figure_id, counts.incident_id), f["COUNTS"].props(counts))
            self._incident_of[counts.figure_id] = counts.incident_id
        for reports in batch.reports:
            _first(r["REPORTS"], (reports.article_id, reports.incident_id), {})
        for claim_link in batch.claim_links:
            kind = claim_link.kind.value
            _first(r[kind], (claim_link.a_id, claim_link.b_id, claim_link.metric.value), f[kind].props(claim_link))
        for variant in batch.variants:
            _first(r["VARIANT_OF"], (variant.a_id, variant.b_id), f["VARIANT_OF"].props(variant))
        for about in batch.about:
            _first(r[f"ABOUT_{AboutKind(about.target).value}"], (about.claim_id, about.target_id), {})

    def _incident_label(self, incident_id: str) -> str | None:
        stored = self.nodes["Incident"].get(incident_id)
        return stored["label"] if stored is not None else self._labels.get(incident_id)

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
                rel_type = REL_FILES[name].type
                rels[rel_type] = rels.get(rel_type, 0) + len(store)
        return nodes, rels

    def write(self, folder: Path, *, header: bool = True) -> list[CsvFile]:
        """The files into ``folder``; without ``header`` they are parts to list after :func:`write_headers`'."""
        with CsvFiles(folder, header=header) as files:
            for label, store in self.nodes.items():
                for row in store.values():
                    if label == "Article":
                        # merge_articles sets latest on creation, merge_previous_version clears it.
                        row = {**row, "latest": row["id"] not in self._replaced}
                    if label == "Figure" and row["id"] in self._incident_of:
                        incident = self._incident_of[row["id"]]
                        row = {**row, "incident": incident, "incident_label": self._incident_label(incident)}
                    files.node(label, row)
            claims = self.nodes["Claim"]
            said: dict[str, list[tuple[str, dt.date | None]]] = {}
            for (speaker, claim), props in self.rels["ASSERTED"].items():
                said.setdefault(claim, []).append((speaker, props["date"]))
            for name, rels in self.rels.items():
                for (start, end, *_), props in rels.items():
                    if name == "ASSERTED":
                        date = props["date"] if props["date"] is not None else claims[end]["first_seen"]
                        props = {**props, "voice_key": voice_key(start, date, end)}
                    elif name == "STATES":
                        props = {**props, **self._stated_keys(start, end, said)}
                    files.relationship(name, start, end, props)
        return files.written()

    def _stated_keys(self, claim_id: str, figure_id: str,
                     said: Mapping[str, list[tuple[str, dt.date | None]]]) -> dict[str, str | None]:
        """The STATES edge's stated_key, speaker_key and place_key (graph.stated), when these batches hold its
        claim and figure: a claim's ASSERTED edges go with it (spark.plan.shard_of), so its speakers
        and their dates are known. Else none, and Neo4jStore.setup_schema keys the edge after the import."""
        claim, figure = self.nodes["Claim"].get(claim_id), self.nodes["Figure"].get(figure_id)
        if claim is None or figure is None:
            return {"stated_key": None, "speaker_key": None, "place_key": None}
        speakers = said.get(claim_id, [])
        by_metric = stated_key(figure["metric"], stated_on((d for _, d in speakers), claim["first_seen"]), figure_id,
                               claim_id)
        return {"stated_key": by_metric,
                "speaker_key": speaker_key(speakers, claim["first_seen"], figure["metric"], claim_id, figure_id),
                "place_key": place_key(figure["place"], by_metric)}


@dataclass(frozen=True, slots=True)
class CsvFile:
    """One CSV file: node (with its ID space) or relationship (with its type)."""

    path: Path
    kind: str
    name: str
    rows: int


class CsvFiles:
    """The import files of one graph, written row by row (nothing is held); a file is made at its first row."""

    def __init__(self, folder: Path, *, header: bool = True) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._folder = folder
        self._header = header
        self._handles: list[Any] = []
        self._writers: dict[str, Any] = {}
        self._counts: dict[str, int] = {}
        self._files: dict[str, tuple[Path, str, str]] = {}

    def _writer(self, key: str) -> Any:
        if key not in self._writers:
            kind, name, header = _file_of(key)
            path = self._folder / f"{'nodes' if kind == 'nodes' else 'rels'}_{key}.csv"
            handle = path.open("w", newline="", encoding="utf-8")
            self._handles.append(handle)
            self._writers[key] = csv.writer(handle)
            if self._header:
                self._writers[key].writerow(header)
            self._counts[key] = 0
            self._files[key] = (path, kind, name)
        self._counts[key] += 1
        return self._writers[key]

    def node(self, label: str, row: Row) -> None:
        """One node: ``row`` maps the column names of ``NODE_COLUMNS[label]`` (``:LABEL`` a list) to values."""
        columns = NODE_COLUMNS[label]
        values = [row.get(n) for n in columns.names]
        self._writer(file_key(label, columns.whole_numbers(values))).writerow(list(map(_cell, values)))

    def relationship(self, name: str, start: str, end: str, props: Row) -> None:
        """One relationship of a ``REL_FILES`` file, between two node ids."""
        columns = REL_FILES[name].columns
        values = [props.get(n) for n in columns.names]
        self._writer(file_key(name, columns.whole_numbers(values))).writerow([start, end, *map(_cell, values)])

    def written(self) -> list[CsvFile]:
        """The files written, each holding rows."""
        return [CsvFile(path, kind, name, self._counts[key]) for key, (path, kind, name) in self._files.items()]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self._handles:
            handle.close()


def _file_of(key: str) -> tuple[str, str, list[str]]:
    """A file key's kind (nodes, relationships), its label or type, and its header."""
    name, longs = _split_key(key)
    if name in NODE_COLUMNS:
        return "nodes", name, NODE_COLUMNS[name].with_longs(longs).header()
    spec = REL_FILES[name]
    return "relationships", spec.type, _rel_header(spec, spec.columns.with_longs(longs))


def _rel_header(spec: RelationshipFile, columns: Columns) -> list[str]:
    return [f":START_ID({spec.start})", f":END_ID({spec.end})", *columns.header()]


def write_headers(folder: Path, keys: Iterable[str]) -> dict[str, CsvFile]:
    """A header-only file for each file key (:func:`key_of` of the parts it heads), by its key."""
    folder.mkdir(parents=True, exist_ok=True)
    headers: dict[str, CsvFile] = {}
    for key in keys:
        kind, name, header = _file_of(key)
        path = folder / f"{'nodes' if kind == 'nodes' else 'rels'}_{key}.header.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow(header)
        headers[key] = CsvFile(path, kind, name, 0)
    return headers


def import_args(files: Sequence[CsvFile], report: Path, database: str = "neo4j") -> list[str]:
    """``neo4j-admin database import full`` arguments for these files into ``database``.

    Files of one label or type are one input, in the order given (a header
    file first, then its parts). The import writes its report of bad rows to
    ``report`` (by default it would land in the working directory).
    """
    args = ["database", "import", "full", database, "--overwrite-destination=true", "--multiline-fields=true",
            f"--report-file={report}",
            f"--array-delimiter={ARRAY_DELIMITER}", "--skip-bad-relationships=false",
            "--skip-duplicate-nodes=false"]
    grouped: dict[tuple[str, str, Path], list[Path]] = {}
    for f in files:
        # Files of one key share a name stem before the first dot: nodes_Actor(.header).csv
        grouped.setdefault((f.kind, f.name, Path(f.path.name.split(".", 1)[0])), []).append(f.path)
    for (kind, name, _), paths in grouped.items():
        args.append(f"--{kind}={name}={','.join(map(str, paths))}")
    return args
