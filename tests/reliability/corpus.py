"""Which graph node each article of a corpus becomes."""
from __future__ import annotations

from pathlib import Path

from claimgraph.graph import ids
from claimgraph.ingest.document import Document
from claimgraph.ingest.readers import iter_documents


def article_id(doc: Document) -> str:
    return ids.article_id(ids.text_sha256(doc.text), doc.meta.url)


def article_ids(*paths: Path) -> dict[str, str]:
    """Origin (as `claimgraph ingest` names an article) -> Article node id."""
    return {d.origin: article_id(d) for d in iter_documents(list(paths)) if isinstance(d, Document)}
