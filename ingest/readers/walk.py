"""Files and folders to a stream of documents and errors."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.files import count_in_file, documents_of, is_article_file
from claimgraph.ingest.readers.read_limits import DEFAULT_LIMITS, ReadLimits

_Identity = tuple[int, int]


def iter_documents(
    paths: Sequence[str | os.PathLike[str]], limits: ReadLimits = DEFAULT_LIMITS
) -> Iterator[Document | ReadError]:
    """Every document under ``paths``, and a ReadError for each file refused.

    A folder is walked depth first, entries sorted by name (a folder's files
    before its subfolders), skipping hidden entries, ``*.meta.json`` sidecars
    and files of other types. A file named explicitly is always read (or
    refused). Symbolic links are followed, but a folder or file already
    visited (by device and inode) is not visited again, so link loops end and
    nothing is read twice. Documents are produced one file at a time; a bad
    file yields its error and the walk goes on. A file's documents come only
    after the whole file was validated, so a refused file yields no document.
    """
    for item in article_files(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield from documents_of(item, limits)
        except ReadError as error:
            yield error


def count_documents(paths: Sequence[str | os.PathLike[str]], limits: ReadLimits = DEFAULT_LIMITS) -> int:
    """How many items :func:`iter_documents` yields for ``paths``, counted
    cheaply before reading (the total of a progress bar): the same walk, a
    JSON list's items, a JSON Lines file's non-blank lines. A refused file
    yields one error instead of its records, so there the count is high."""
    return sum(1 if isinstance(item, ReadError) else count_in_file(item, limits) for item in article_files(paths))


def article_files(paths: Sequence[str | os.PathLike[str]]) -> Iterator[Path | ReadError]:
    """Every file to read under ``paths`` in reading order, each once; an error for a folder not listed."""
    if isinstance(paths, (str, os.PathLike)):
        # One path passed bare would otherwise be walked character by character.
        paths = [paths]
    seen: set[_Identity] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk_folder(path, seen)
        elif _first_visit(path, seen):
            yield path


def _walk_folder(top: Path, seen: set[_Identity]) -> Iterator[Path | ReadError]:
    # An explicit stack: folder depth is not bounded by Python's recursion limit.
    stack = [top]
    while stack:
        folder = stack.pop()
        identity = _identity(folder)
        if identity is None or identity in seen:
            continue
        seen.add(identity)
        try:
            with os.scandir(folder) as scan:
                entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as error:
            yield ReadError(folder, f"cannot list the folder: {error.strerror or error}")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = folder / entry.name
            if _is_folder(entry):
                subfolders.append(path)
            elif is_article_file(path) and _first_visit(path, seen):
                yield path
        stack.extend(reversed(subfolders))


def _first_visit(path: Path, seen: set[_Identity]) -> bool:
    """False for a file already read; a file that cannot be stat'ed is read (and refused) by name."""
    identity = _identity(path)
    if identity is None:
        return True
    if identity in seen:
        return False
    seen.add(identity)
    return True


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _identity(path: Path) -> _Identity | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino
