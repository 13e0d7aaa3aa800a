"""Plain text articles: ``NAME.txt`` with an optional ``NAME.meta.json``."""
from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers.decode import decode_utf8, read_bytes, text_problem
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.inferred import infer_meta
from claimgraph.ingest.readers.read_limits import ReadLimits
from claimgraph.ingest.readers.sidecar import read_sidecar


def read_text_file(path: Path, limits: ReadLimits) -> Document:
    """The file's decoded text, with metadata from the sidecar where it says,
    and inferred from the text for what it leaves out (an explicit null in
    the sidecar means "none", not "infer")."""
    text = read_file_text(path, limits)
    inferred = infer_meta(text, limits.max_name_chars)
    return Document(text=text, meta=read_sidecar(path, limits).over(inferred), origin=str(path))


def read_file_text(path: Path, limits: ReadLimits) -> str:
    """The whole file as text, refused when it is empty, binary or not UTF-8."""
    data = read_bytes(path, limits.max_file_bytes)
    if not data:
        raise ReadError(path, "empty file")
    try:
        text = decode_utf8(data)
    except ValueError as error:
        raise ReadError(path, str(error)) from None
    problem = text_problem(text)
    if problem:
        raise ReadError(path, problem)
    return text
