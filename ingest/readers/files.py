"""One file to its documents, by the file's type."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.html import read_html_file
from claimgraph.ingest.readers.jsonfiles import count_json_items, count_jsonl_lines, iter_jsonl_file, read_json_file
from claimgraph.ingest.readers.plain import read_text_file
from claimgraph.ingest.readers.read_limits import DEFAULT_LIMITS, ReadLimits
from claimgraph.ingest.readers.sidecar import SIDECAR_SUFFIX, is_sidecar

Reader = Callable[[Path, ReadLimits], Iterator[Document]]

_READERS: dict[str, Reader] = {
    ".txt": lambda path, limits: iter([read_text_file(path, limits)]),
    ".json": lambda path, limits: iter(read_json_file(path, limits)),
    ".jsonl": iter_jsonl_file,
    ".html": lambda path, limits: iter([read_html_file(path, limits)]),
    ".htm": lambda path, limits: iter([read_html_file(path, limits)]),
}
SUFFIXES = tuple(_READERS)


def is_article_file(path: Path) -> bool:
    """Whether a folder walk reads this file: a known type, and not a sidecar."""
    return path.suffix.lower() in _READERS and not is_sidecar(path)


def documents_of(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Document]:
    """The file's documents, lazily for JSON Lines. Raises ReadError before
    handing on any document when any part of the file is bad."""
    if is_sidecar(path):
        raise ReadError(
            path, f"a {SIDECAR_SUFFIX} file holds metadata for the article beside it, not an article"
        )
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        kind = repr(path.suffix) if path.suffix else "no extension"
        raise ReadError(path, f"unsupported file type ({kind}); readers take {', '.join(SUFFIXES)}")
    return reader(path, limits)


def count_in_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> int:
    """How many documents the file holds, without validating them: 1 for a
    file that is not a JSON list or JSON Lines, or that cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".json" and not is_sidecar(path):
            return count_json_items(path, limits)
        if suffix == ".jsonl":
            return count_jsonl_lines(path, limits)
    except (ReadError, OSError):
        pass
    return 1


def read_path(path: str | os.PathLike[str], limits: ReadLimits = DEFAULT_LIMITS) -> list[Document]:
    """Every document in one file; raises ReadError (naming the file and the
    problem) for a file that cannot be read whole."""
    return list(documents_of(Path(path), limits))
