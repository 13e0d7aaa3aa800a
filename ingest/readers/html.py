"""HTML pages: the main text and the page's metadata, by trafilatura.

For an HTML page the document text is the *extracted main text* (paragraphs
joined by newlines, navigation, boilerplate and markup removed), not the HTML
source: every span offset points into that extracted text. Metadata comes
from the page (title, canonical URL, site name as the outlet, publication
date, ``<html lang>``), then from a ``NAME.meta.json`` sidecar where one is
there (the sidecar wins), then from the extracted text (dateline, wire tag).
The page must be UTF-8.
"""
from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers.decode import text_problem
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.inferred import infer_meta
from claimgraph.ingest.readers.metadata import validate_meta
from claimgraph.ingest.readers.plain import read_file_text
from claimgraph.ingest.readers.read_limits import ReadLimits
from claimgraph.ingest.readers.sidecar import read_sidecar

# Only dates the page states as its own publication date: no guessing from
# URLs or body text, and never today's date as a fallback.
_DATE_SEARCH = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read_html_file(path: Path, limits: ReadLimits) -> Document:
    page = read_file_text(path, limits)
    text, page_fields = _extract(path, page)
    try:
        declared_by_page = validate_meta(page_fields, limits)
    except ValueError as error:
        raise ReadError(path, f"page metadata: {error}") from None
    inferred = infer_meta(text, limits.max_name_chars)
    meta = read_sidecar(path, limits).over(declared_by_page.over(inferred))
    return Document(text=text, meta=meta, origin=str(path))


def _extract(path: Path, page: str) -> tuple[str, dict[str, object]]:
    # Imported here: trafilatura takes ~0.2 s to import, which every
    # `claimgraph extract` of a plain-text file would otherwise pay.
    import trafilatura
    from trafilatura.settings import Document as Extracted

    try:
        tree = trafilatura.load_html(page)
        language = tree.get("lang") if tree is not None else None
        result = trafilatura.bare_extraction(
            tree if tree is not None else page,
            with_metadata=True,
            include_comments=False,
            deduplicate=False,
            date_extraction_params=_DATE_SEARCH,
        )
    # trafilatura and lxml on hostile markup can fail in many ways; each is a
    # property of this file, so it becomes this file's error, not a crash.
    except Exception as error:
        raise ReadError(path, f"cannot parse the HTML page: {error}") from None
    if not isinstance(result, Extracted) or not isinstance(result.text, str) or not result.text.strip():
        raise ReadError(path, "no main text found in the HTML page")
    text = result.text
    problem = text_problem(text)
    if problem:
        raise ReadError(path, f"main text of the page: {problem}")
    fields = {
        "title": result.title,
        "url": result.url,
        "outlet": result.sitename,
        "published": result.date,
        "language": language.replace("_", "-") if isinstance(language, str) else None,
    }
    return text, {name: value for name, value in fields.items() if value is not None}
