"""An article's rows written as the version it was placed as (ingest/versions.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import fields

from claimgraph.graph.model import Batch
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import extract
from claimgraph.ingest.versions import Placed, as_version, version_id

TEXT = ("The harbour authority said on Tuesday that 14 people were injured when a crane fell. "
        "Police said two workers were killed.")


def _batch() -> Batch:
    doc = Document(TEXT, ArticleMeta(outlet="Harbour Gazette", published=dt.date(2025, 3, 4),
                                     url="https://gazette.example/crane"), "t")
    return extract(doc, load_aliases()).to_batch()


def _naming(batch: Batch, article_id: str) -> int:
    return sum(1 for f in fields(Batch) for item in getattr(batch, f.name)
               if article_id in (getattr(item, "article_id", None), getattr(item, "id", None)))


def test_a_first_version_keeps_every_row_as_extracted() -> None:
    batch = _batch()
    [article] = batch.articles
    out = as_version(batch, Placed(version_id(article.id, 1), 1, None))
    for f in fields(Batch):
        assert getattr(out, f.name) == getattr(batch, f.name), f.name
    assert not out.versions


def test_a_second_version_renames_every_row_that_names_the_article() -> None:
    batch = _batch()
    [article] = batch.articles
    second = version_id(article.id, 2)
    out = as_version(batch, Placed(second, 2, article.id))
    assert _naming(batch, article.id) > 1
    assert _naming(out, article.id) == 0
    assert _naming(out, second) >= _naming(batch, article.id)
    assert out.articles[0].version == 2
    assert [(v.article_id, v.previous_id) for v in out.versions] == [(second, article.id)]
