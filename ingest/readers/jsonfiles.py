"""JSON articles: ``.json`` (one object, or a list of objects) and ``.jsonl``.

Each record is an object with ``text`` and the metadata fields (see
:mod:`claimgraph.ingest.readers.metadata`). Fields a record leaves out are
inferred from its text; an explicit null means "none". A file is read whole
or not at all: every record is validated before the first document is handed
on, so one bad record makes the file an error naming that record.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import BinaryIO

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers.decode import decode_utf8, regular_file_stat
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.inferred import infer_meta
from claimgraph.ingest.readers.jsontext import parse_json
from claimgraph.ingest.readers.metadata import Declared, describe, validate_record
from claimgraph.ingest.readers.plain import read_file_text
from claimgraph.ingest.readers.read_limits import ReadLimits


@dataclass(frozen=True, slots=True)
class _Record:
    """A validated record; ``where`` locates it in its file ("[2]", ":7")."""

    where: str
    text: str
    declared: Declared

    def document(self, path: Path, limits: ReadLimits) -> Document:
        meta = self.declared.over(infer_meta(self.text, limits.max_name_chars))
        return Document(text=self.text, meta=meta, origin=f"{path}{self.where}")


def read_json_file(path: Path, limits: ReadLimits) -> list[Document]:
    """One document for an object; one per item, origin ``path[i]``, for a list."""
    try:
        value = parse_json(read_file_text(path, limits))
    except ValueError as error:
        raise ReadError(path, str(error)) from None
    if isinstance(value, dict):
        records = [_validated(path, "", value, limits)]
    elif isinstance(value, list):
        if not value:
            raise ReadError(path, "no records (an empty JSON list)")
        records = [_validated(path, f"[{i}]", item, limits) for i, item in enumerate(value)]
    else:
        raise ReadError(path, f"the file holds {describe(value)}; expected an object or a list of objects")
    return [record.document(path, limits) for record in records]


def iter_jsonl_file(path: Path, limits: ReadLimits) -> Iterator[Document]:
    """One document per non-blank line, origin ``path:LINE``.

    Streams: the file is read twice, once to validate every record and once
    to hand the documents on, so no more than one record is held at a time.
    A file changed between the two passes can still fail in the second.
    """
    if regular_file_stat(path).st_size == 0:
        raise ReadError(path, "empty file")
    if sum(1 for _ in _jsonl_records(path, limits)) == 0:
        raise ReadError(path, "no records (no non-blank line)")
    for record in _jsonl_records(path, limits):
        yield record.document(path, limits)


def iter_jsonl_stream(stream: BinaryIO, name: str, limits: ReadLimits) -> Iterator[Document | ReadError]:
    """JSON Lines from a stream (standard input), origin ``NAME:LINE``.

    A stream can be read only once, so it cannot be validated whole before its
    first document is handed on: here each record is its own unit, whole or
    not at all, and a bad record is its own error while the others go on.
    """
    path = Path(name)
    limit = limits.max_record_bytes
    offset = 0
    for number in count(1):
        # Two bytes of room for a "\r\n" ending; anything longer is over the limit.
        raw = stream.readline(limit + 2)
        if not raw:
            return
        start, offset = offset, offset + len(raw)
        line = raw.removesuffix(b"\n").removesuffix(b"\r")
        if len(line) > limit:
            while not raw.endswith(b"\n") and (raw := stream.readline(limit + 2)):
                offset += len(raw)
            yield ReadError(path, f"record too large: over the limit of {limit:,} bytes", f":{number}")
        elif line.strip():
            try:
                yield _jsonl_record(path, f":{number}", line, start, limits).document(path, limits)
            except ReadError as error:
                yield error


def count_json_items(path: Path, limits: ReadLimits) -> int:
    """The items of a JSON list (1 for anything else), parsed but not validated."""
    try:
        value = parse_json(read_file_text(path, limits))
    except ValueError:
        return 1
    return len(value) if isinstance(value, list) and value else 1


def count_jsonl_lines(path: Path, limits: ReadLimits) -> int:
    """The non-blank lines of a JSON Lines file (1 when it has none), read in bounded pieces."""
    regular_file_stat(path)
    lines, counted = 0, False
    with path.open("rb") as handle:
        # A line longer than a piece comes in several; it counts once, when its first non-blank piece comes.
        while piece := handle.readline(limits.max_record_bytes + 2):
            if not counted and piece.strip():
                lines, counted = lines + 1, True
            if piece.endswith(b"\n"):
                counted = False
    return max(lines, 1)


def _jsonl_records(path: Path, limits: ReadLimits) -> Iterator[_Record]:
    regular_file_stat(path)
    limit = limits.max_record_bytes
    try:
        with path.open("rb") as handle:
            offset = 0
            for number in count(1):
                # Two bytes of room for a "\r\n" ending; anything longer is over the limit.
                raw = handle.readline(limit + 2)
                if not raw:
                    return
                line = raw.removesuffix(b"\n").removesuffix(b"\r")
                if len(line) > limit:
                    raise ReadError(path, f"record too large: over the limit of {limit:,} bytes", f":{number}")
                if line.strip():
                    yield _jsonl_record(path, f":{number}", line, offset, limits)
                offset += len(raw)
    except OSError as error:
        raise ReadError(path, f"cannot read: {error.strerror or error}") from error


def _jsonl_record(path: Path, where: str, line: bytes, offset: int, limits: ReadLimits) -> _Record:
    try:
        value = parse_json(decode_utf8(line, offset), one_line=True)
    except ValueError as error:
        raise ReadError(path, str(error), where) from None
    return _validated(path, where, value, limits)


def _validated(path: Path, where: str, value: object, limits: ReadLimits) -> _Record:
    try:
        text, declared = validate_record(value, limits)
    except ValueError as error:
        raise ReadError(path, str(error), where) from None
    return _Record(where, text, declared)
