"""``NAME.meta.json``: declared metadata for ``NAME.txt`` or ``NAME.html``."""
from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.readers.decode import decode_utf8, read_bytes
from claimgraph.ingest.readers.errors import ReadError
from claimgraph.ingest.readers.jsontext import parse_json
from claimgraph.ingest.readers.metadata import Declared, validate_meta
from claimgraph.ingest.readers.read_limits import ReadLimits

SIDECAR_SUFFIX = ".meta.json"


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_of(article: Path) -> Path:
    return article.with_name(article.name.removesuffix(article.suffix) + SIDECAR_SUFFIX)


def read_sidecar(article: Path, limits: ReadLimits) -> Declared:
    """The sidecar's fields, or nothing declared when the article has none.

    A sidecar that is there but bad is an error naming the sidecar: the
    article is not read without the metadata someone meant it to have.
    """
    path = sidecar_of(article)
    if not (path.exists() or path.is_symlink()):
        return Declared({})
    data = read_bytes(path, limits.max_file_bytes)
    if not data.strip():
        raise ReadError(path, "empty file")
    try:
        return validate_meta(parse_json(decode_utf8(data)), limits)
    except ValueError as error:
        raise ReadError(path, str(error)) from None
