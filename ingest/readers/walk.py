"""Files and folders to a stream of documents and errors."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.files import documents_of, is_article_file
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
    if isinstance(paths, (str, os.PathLike)):
        # One path passed bare would otherwise be walked character by character.
        paths = [paths]
    seen: set[_Identity] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk_folder(path, limits, seen)
        else:
            yield from _read_file(path, limits, seen)


def _walk_folder(top: Path, limits: ReadLimits, seen: set[_Identity]) -> Iterator[Document | ReadError]:
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
            elif is_article_file(path):
                yield from _read_file(path, limits, seen)
        stack.extend(reversed(subfolders))


def _read_file(path: Path, limits: ReadLimits, seen: set[_Identity]) -> Iterator[Document | ReadError]:
    identity = _identity(path)
    if identity is not None:
        if identity in seen:
            return
        seen.add(identity)
    try:
        documents = documents_of(path, limits)
        yield from documents
    except ReadError as error:
        yield error


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
