"""The import files type each number as the online writer stores it."""
from __future__ import annotations

import csv
from pathlib import Path

from claimgraph.graph.import_files import GraphCsv, key_of, write_headers
from claimgraph.graph.model import Article, Batch, Figure, Metric, PreviousVersion


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def test_whole_numbers_of_float_fields_go_to_a_file_that_types_them_long(tmp_path: Path) -> None:
    # "several" gives a low of 3 (an int, stored as a Neo4j integer); "2.5 million" a float value.
    batch = Batch(figures=[Figure(id="f1", metric=Metric.KILLED, raw="several", low=3),
                           Figure(id="f2", metric=Metric.KILLED, raw="2.5 million", value=2.5e6),
                           Figure(id="f3", metric=Metric.KILLED, raw="12", value=12.0, low=12, high=12)])
    graph = GraphCsv()
    graph.add(batch)
    files = {key_of(f): f for f in graph.write(tmp_path)}

    assert set(files) == {"Figure", "Figure~low", "Figure~low~high"}
    assert all(f.rows == 1 for f in files.values())
    assert "low:long" in _header(files["Figure~low"].path)
    assert {"value:double", "low:double", "high:double"} <= set(_header(files["Figure"].path))
    assert {"value:double", "low:long", "high:long"} <= set(_header(files["Figure~low~high"].path))
    # A header file of its own (for parts written without one) says the same.
    headers = write_headers(tmp_path / "headers", files)
    assert {k: _header(h.path) for k, h in headers.items()} == {k: _header(f.path) for k, f in files.items()}


def test_an_article_a_newer_version_replaced_is_no_longer_the_latest(tmp_path: Path) -> None:
    # The replacing version may be in another part's batches: ``replaced`` names what those replaced.
    graph = GraphCsv(replaced={"a3"})
    graph.add(Batch(articles=[Article(id=i, text_sha256=i) for i in ("a1", "a2", "a3")],
                    versions=[PreviousVersion(article_id="a2", previous_id="a1")]))
    [articles] = [f for f in graph.write(tmp_path) if f.name == "Article"]
    with articles.path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["id:ID(Article)"]: r["latest:boolean"] for r in rows} == {"a1": "false", "a2": "true", "a3": "false"}
