"""A store's listing (by URI) follows ingest's walk; a file's bytes read as ingest reads the file."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers import DEFAULT_LIMITS, ReadError, iter_documents
from claimgraph.ingest.readers.walk import article_files
from claimgraph.spark.sources import SourceFile, Stored, documents, is_uri, walk_order, walked


def test_a_listing_is_filtered_and_ordered_as_the_walk_reads_a_folder(tmp_path: Path) -> None:
    for name in ["b.txt", "a.json", "B.html", "z/a.txt", "z/y/x.jsonl", "a/c.txt", "a/c.meta.json",
                 ".hidden/d.txt", "a/.e.txt", "notes.csv", "a/b/_f.txt", "a0.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    listed = [str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()]
    walk = [str(p.relative_to(tmp_path)) for p in article_files([tmp_path]) if isinstance(p, Path)]
    assert sorted(filter(walked, listed), key=walk_order) == walk


def test_uris_are_told_from_local_paths() -> None:
    assert [is_uri(p) for p in ["s3a://bucket/news", "file:///tmp/a.txt", "hdfs://nn:8020/x", "news/a.txt",
                                 "C:/news", Path("s3a://b")]] == [True, True, True, False, False, False]


def test_bytes_read_as_the_file_with_its_sidecar_named_as_the_user_named_them(tmp_path: Path) -> None:
    article, sidecar = tmp_path / "a.txt", tmp_path / "a.meta.json"
    article.write_text("Officials said 12 people were killed in a strike near Dar Kala on Monday.\n")
    sidecar.write_text(json.dumps({"outlet": "The Courier", "published": "2024-03-15"}))
    entry = SourceFile(Stored("s3a://bucket/news/a.txt", "s3a://bucket/news/a.txt"),
                       Stored("s3a://bucket/news/a.meta.json", "s3a://bucket/news/a.meta.json"))
    contents = {"s3a://bucket/news/a.txt": article.read_bytes(), "s3a://bucket/news/a.meta.json": sidecar.read_bytes()}

    [doc] = documents(entry, contents, DEFAULT_LIMITS)
    [want] = iter_documents([article])
    assert isinstance(want, Document)
    assert doc == replace(want, origin="s3a://bucket/news/a.txt")

    with pytest.raises(ReadError) as refused:
        documents(entry, {**contents, "s3a://bucket/news/a.meta.json": b"{"}, DEFAULT_LIMITS)
    assert refused.value.path == "s3a://bucket/news/a.meta.json"
    with pytest.raises(ReadError, match="not read by Spark"):
        documents(entry, {"s3a://bucket/news/a.txt": article.read_bytes()}, DEFAULT_LIMITS)
