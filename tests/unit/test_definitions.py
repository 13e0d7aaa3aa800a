"""One definition per concept: the copies that cannot be derived from graph/model.py stay equal to it.

The model's dataclasses are the definition of every node and relationship.
Rows for the write queries and the embedded store are derived from them
(graph/rows.py), and so is reading a stored Figure back; what the language
does not let us derive (the Cypher files, the HTTP result models, the
extraction values, the readers' validation model) is compared here, field by
field, so a field added in one place and not the others fails a test.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import re
import sys
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import claimgraph
from claimgraph.graph import ids
from claimgraph.graph.model import Article, Batch, Figure, Metric, Qualifier
from claimgraph.graph.neo4j_store import NEW_NODE_EDGES
from claimgraph.graph.results import ArticleRef, FigureValue
from claimgraph.graph.rows import figure_from_properties, to_row, write_plan
from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.figures import FigureMention
from claimgraph.ingest.readers.metadata import META_FIELDS, MetaRecord
from claimgraph.ingest.spans import Span

REPO = Path(__file__).resolve().parents[2]
WRITE_QUERIES = REPO / "cypher" / "write"

# Figure fields linking compares inside ingest; the API does not show them.
FIGURE_FIELDS_NOT_SHOWN = {"incident_agent", "incident_victim"}
# What the API's figure adds: the incident it counts (from its COUNTS edge).
FIGURE_FIELDS_ADDED = {"incident", "incident_label"}
# Article metadata that becomes relationships (PUBLISHED_BY, SYNDICATED_FROM) rather than Article properties.
META_AS_RELATIONSHIPS = {"outlet", "syndicated_from"}
# What the graph's Article has that no reader declares: its identity and version, the rules that
# read it and where it was read.
ARTICLE_IDENTITY = {"id", "text_sha256", "key", "version", "extractor", "source"}


_SAMPLE_VALUES: dict[Any, Any] = {str: "x", int: 1, float: 1.0, bool: False, dt.date: dt.date(2024, 1, 1), tuple: ()}


def _sample_value(hint: Any) -> Any:
    """A value of the type: None for an optional one, an enum's first member, else a fixed sample."""
    if type(None) in typing.get_args(hint):
        return None
    kind = typing.get_origin(hint) or hint
    if isinstance(kind, type) and issubclass(kind, Enum):
        return next(iter(kind))
    assert kind in _SAMPLE_VALUES, f"no sample value for {hint}: add one to _SAMPLE_VALUES"
    return _SAMPLE_VALUES[kind]


def _instances(cls: Any) -> list[Any]:
    """Instances of a model dataclass: one with each member of each of its enum fields, so every
    query a list is split into by kind gets rows."""
    hints = typing.get_type_hints(cls)
    required = {f.name: _sample_value(hints[f.name]) for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    made = [cls(**required)]
    for f in dataclasses.fields(cls):
        kind = hints[f.name]
        if isinstance(kind, type) and issubclass(kind, Enum):
            made.extend(cls(**{**required, f.name: member}) for member in kind)
    return made


@dataclasses.dataclass(frozen=True)
class WriteKind:
    query: str
    rows: list[dict[str, Any]]
    dispatch: frozenset[str]
    """Fields write_plan split the model's list on (a FigureLink's kind): the query's file implies
    their value (its relationship type), so it does not read them."""


def _every_write_kind() -> list[WriteKind]:
    """Every write query, with the rows of every kind of node and relationship the model defines."""
    hints = typing.get_type_hints(Batch)
    kinds = []
    for f in dataclasses.fields(Batch):
        cls = typing.get_args(hints[f.name])[0]
        plan = write_plan(Batch(**{f.name: _instances(cls)}))
        enums = {name for name, hint in typing.get_type_hints(cls).items()
                 if isinstance(hint, type) and issubclass(hint, Enum)}
        # split on: one value in each query's rows, a different one in each query (of the
        # queries whose rows are the model's: unlink_revised takes only the revised figure's id)
        split_plan = [(query, rows) for query, rows in plan if set(rows[0]) == set(_fields(cls))]
        split = frozenset(name for name in enums if len(split_plan) > 1
                          and all(len({row[name] for row in rows}) == 1 for _, rows in split_plan)
                          and len({rows[0][name] for _, rows in split_plan}) == len(split_plan))
        kinds.extend(WriteKind(query, rows, split if (query, rows) in split_plan else frozenset())
                     for query, rows in plan)
    return kinds


def _row_keys_used(query: str) -> set[str]:
    return set(re.findall(r"\brow\.(\w+)", (WRITE_QUERIES / f"{query}.cypher").read_text(encoding="utf-8")))


def _fields(cls: Any) -> dict[str, Any]:
    """Field name -> type, for a dataclass or a pydantic model."""
    if isinstance(cls, type) and issubclass(cls, BaseModel):
        return {name: info.annotation for name, info in cls.model_fields.items()}
    return _hints_as_written(cls)


def _hints_as_written(cls: Any) -> dict[str, Any]:
    """The type hints of the class in its module's source: a module compiled by mypyc (claimgraph/native.py)
    keeps no annotations."""
    if str(getattr(sys.modules[cls.__module__], "__file__", "")).endswith(".py"):
        return typing.get_type_hints(cls)
    source = Path(claimgraph.__path__[0]).joinpath(*cls.__module__.split(".")[1:]).with_suffix(".py")
    spec = importlib.util.spec_from_file_location(f"_as_written_{cls.__module__}", source)
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        return typing.get_type_hints(getattr(module, cls.__name__))
    finally:
        del sys.modules[spec.name]


def test_every_merge_query_is_in_the_write_plan() -> None:
    planned = {kind.query for kind in _every_write_kind()}
    on_disk = {p.stem for pattern in ("merge_*.cypher", "unlink_*.cypher") for p in WRITE_QUERIES.glob(pattern)}
    assert planned == on_disk


@pytest.mark.parametrize("kind", _every_write_kind(), ids=lambda kind: kind.query)
def test_each_write_query_sets_every_field_of_its_model_and_no_other(kind: WriteKind) -> None:
    query = kind.query
    fields = set(kind.rows[0]) - kind.dispatch
    used = _row_keys_used(query)
    assert not fields - used, f"cypher/write/{query}.cypher does not write {sorted(fields - used)}"
    assert not used - fields, f"cypher/write/{query}.cypher reads {sorted(used - fields)}, which the model lacks"


@pytest.mark.parametrize("merge", sorted(NEW_NODE_EDGES))
def test_a_new_nodes_create_writes_what_its_merge_writes(merge: str) -> None:
    edges = NEW_NODE_EDGES[merge]
    assert _row_keys_used(edges.create) == _row_keys_used(merge)
    assert {edges.owner, *edges.key} <= _row_keys_used(merge)


def test_the_api_figure_is_the_models_figure_but_the_linking_features() -> None:
    model, shown = _fields(Figure), _fields(FigureValue)
    assert set(shown) - FIGURE_FIELDS_ADDED == set(model) - FIGURE_FIELDS_NOT_SHOWN
    assert {name: shown[name] for name in set(shown) - FIGURE_FIELDS_ADDED} == {
        name: model[name] for name in set(shown) - FIGURE_FIELDS_ADDED}


def test_the_extracted_figure_mention_carries_every_figure_field() -> None:
    """A mention is the Figure before it has a claim: its span gives ``raw`` and, with the claim, the ``id``."""
    mention, model = _fields(FigureMention), _fields(Figure)
    assert {k: v for k, v in mention.items() if k != "span"} == {k: v for k, v in model.items() if k not in ("id", "raw")}


def test_a_figure_mention_becomes_a_figure_field_for_field() -> None:
    mention = FigureMention(Span(10, 14, "nine"), Metric.INJURED, Qualifier.AT_LEAST, value=9.0, low=9.0, high=None,
                            unit="people", place="Tal Rima", period_start=dt.date(2024, 5, 1),
                            period_end=dt.date(2024, 5, 2), incident_agent="shelling", incident_victim="civilians",
                            incident_date=dt.date(2024, 5, 1), aggregate=True)
    figure = mention.to_figure("claim-1")
    assert figure.id == ids.figure_id("claim-1", "injured", "nine", "Tal Rima") and figure.raw == "nine"
    for f in dataclasses.fields(FigureMention):
        if f.name != "span":
            assert getattr(figure, f.name) == getattr(mention, f.name), f.name


def test_a_stored_figure_reads_back_as_the_same_figure() -> None:
    every_field_set = Figure(
        id="figure-1", metric=Metric.KILLED, raw="about 40", qualifier=Qualifier.APPROXIMATELY, value=40.0, low=36.0,
        high=44.0, unit="people", place="Qasr Badr", period_start=dt.date(2024, 3, 1), period_end=dt.date(2024, 3, 3),
        incident_agent="strike", incident_victim="militants", incident_date=dt.date(2024, 3, 2), aggregate=True)
    defaults = Figure(id="figure-2", metric=Metric.KILLED, raw="some")
    for figure in (every_field_set, defaults):
        assert figure_from_properties(to_row(figure)) == figure
    # a node written before a field existed reads back with the field's default
    assert figure_from_properties({"id": "figure-2", "metric": "killed", "raw": "some", "qualifier": "exact"}) == defaults


def test_the_readers_validate_every_metadata_field() -> None:
    assert META_FIELDS == tuple(f.name for f in dataclasses.fields(ArticleMeta))
    assert tuple(MetaRecord.model_fields) == META_FIELDS


def test_the_graphs_article_holds_the_metadata_that_is_not_a_relationship() -> None:
    meta, article = _fields(ArticleMeta), _fields(Article)
    assert set(article) - ARTICLE_IDENTITY == set(meta) - META_AS_RELATIONSHIPS
    assert all(article[name] == meta[name] for name in set(article) - ARTICLE_IDENTITY)


def test_the_api_article_reference_is_part_of_the_graphs_article() -> None:
    ref, article = _fields(ArticleRef), _fields(Article)
    assert set(ref) <= set(article) and all(ref[name] == article[name] for name in ref)

