"""Reading stored articles again with the current rules.

Each article version is read again from its kept text (or, when the text was
not kept, from the file it was read from) and its old reading is replaced by
the new one in one transaction (:meth:`GraphStore.write_linked` with
``replacing``): the claims, figures, actors, incidents and links only the old
reading carried go, the new reading is linked against the graph as an ingest
links it. A crash between two articles leaves each either wholly old or
wholly new, and the article records which rules read it (``extractor``), so
running again finishes the job.

Removing an article (:func:`remove`) reads again the versions of other
articles that shared a claim with it: such a claim keeps what the article
that first carried it said of it (``first_seen``, the ASSERTED cue and
spans), so its remaining carriers' reading gives them anew. The removal
clears their extractor in its own transaction, so a crash before they are
read again leaves them to ``reextract --outdated``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.graph import ids
from claimgraph.graph.store import ArticleStamp, Dropped, GraphStore, Linker, NotFound, StoredReading, StoreError
from claimgraph.ingest.aliases import AliasTable
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import Extraction, extract
from claimgraph.ingest.extractor import release_of
from claimgraph.ingest.pipeline import linked_batch
from claimgraph.ingest.readers import ReadError, read_path
from claimgraph.ingest.texts import decompress_text
from claimgraph.ingest.versions import Placed


@dataclass(frozen=True, slots=True)
class Missing:
    """An article that could not be read again, and why."""

    article_id: str
    problem: str
    source: str | None = None
    """The file its text must be read from (the graph did not keep it)."""


@dataclass(slots=True)
class ReextractReport:
    chosen: int = 0
    done: int = 0
    claims: int = 0
    figures: int = 0
    missing: list[Missing] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing


Progress = Callable[[ReextractReport], None]


def older_than(stamps: Sequence[ArticleStamp], version: str) -> list[str]:
    """The versions an extractor of an earlier release read (or an unrecorded one)."""
    bound = release_of(version)
    return [s.id for s in stamps if s.extractor is None or release_of(s.extractor) < bound]


def outdated(stamps: Sequence[ArticleStamp], current: str) -> list[str]:
    """The versions another extractor than ``current`` read."""
    return [s.id for s in stamps if s.extractor != current]


def needed_sources(store: GraphStore, article_ids: Sequence[str]) -> list[str]:
    """The files the chosen articles must be read from: those whose text the graph did not keep."""
    sources = []
    for article_id in article_ids:
        stored = store.article_reading(article_id)
        if stored.text is None and stored.article.source:
            sources.append(stored.article.source)
    return sorted(set(sources))


_RECORD = re.compile(r"(\[\d+\]|:\d+)$")
"""Where a record of a JSON or JSON Lines file is in it, as a document's origin ends."""


def _document(stored: StoredReading) -> Document | str:
    """The document as it was read, or what is missing."""
    a = stored.article
    if stored.text is not None:
        meta = ArticleMeta(title=a.title, url=a.url, outlet=stored.text.outlet,
                           syndicated_from=stored.text.syndicated_from, published=a.published,
                           dateline=a.dateline, language=a.language)
        return Document(decompress_text(stored.text.text_z), meta, origin=a.source or a.id)
    if not a.source:
        return "its text was not kept and the graph does not say where it was read"
    path = Path(_RECORD.sub("", a.source))
    try:
        docs = read_path(path)
    except (ReadError, OSError) as e:
        return f"its text was not kept; reading {a.source} failed: {e}"
    for doc in docs:
        if ids.text_sha256(doc.text) == a.text_sha256:
            return doc
    return f"its text was not kept and {a.source} no longer holds it"


def _reading(x: Extraction, stored: StoredReading) -> Linker:
    """The new reading, written as the stored version it replaces (same id, version and
    predecessor), its text kept as it was kept before."""
    placed = Placed(stored.article.id, stored.article.version, stored.previous_id)
    return lambda source: linked_batch([x], source, keep_text=stored.text is not None, placements=[placed])


def reextract(store: GraphStore, article_ids: Sequence[str], aliases: AliasTable, *,
              progress: Progress | None = None) -> ReextractReport:
    """Read each article version again and replace its reading, one transaction per article."""
    report = ReextractReport(chosen=len(article_ids))
    for article_id in article_ids:
        try:
            stored = store.article_reading(article_id)
        except StoreError as e:
            report.missing.append(Missing(article_id, str(e)))
            continue
        doc = _document(stored)
        if isinstance(doc, str):
            report.missing.append(Missing(article_id, doc, stored.article.source))
            continue
        try:
            batch = store.write_linked(_reading(extract(doc, aliases), stored), replacing=[article_id])
        except NotFound:
            # Removed by another process since it was read: nothing to read again.
            report.missing.append(Missing(article_id, "removed while it was being read again"))
            continue
        report.done += 1
        report.claims += len(batch.claims)
        report.figures += len(batch.figures)
        if progress is not None:
            progress(report)
    return report


def remove(store: GraphStore, ref: str, aliases: AliasTable) -> tuple[Dropped, ReextractReport]:
    """Remove the article ``ref`` names (:meth:`GraphStore.remove_article`), then read again,
    with ``aliases``, the versions of other articles that reported one of its claims."""
    dropped = store.remove_article(ref)
    return dropped, reextract(store, dropped.reread, aliases)
