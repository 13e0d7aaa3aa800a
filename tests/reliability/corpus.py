"""Which graph node each article of a corpus becomes."""
from __future__ import annotations

from pathlib import Path

from claimgraph.graph import ids
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import Document
from claimgraph.ingest.extract import extract
from claimgraph.ingest.pipeline import DEFAULT_CHUNK, IN_FLIGHT_ROWS, held_rows
from claimgraph.ingest.readers import iter_documents


def article_id(doc: Document) -> str:
    return ids.article_id(ids.text_sha256(doc.text), doc.meta.url)


def article_ids(*paths: Path) -> dict[str, str]:
    """Origin (as `claimgraph ingest` names an article) -> Article node id."""
    return {d.origin: article_id(d) for d in iter_documents(list(paths)) if isinstance(d, Document)}


def most_in_one_write(*paths: Path) -> int:
    """The most articles of the corpus one write transaction can hold: as many of its lightest
    articles as the bound on what the writer holds takes, or a whole chunk, which passes alone."""
    aliases = load_aliases()
    rows = sorted(held_rows([extract(d, aliases)]) for d in iter_documents(list(paths)) if isinstance(d, Document))
    fitting = 0
    while fitting < len(rows) and sum(rows[: fitting + 1]) <= IN_FLIGHT_ROWS:
        fitting += 1
    return max(fitting, DEFAULT_CHUNK)
