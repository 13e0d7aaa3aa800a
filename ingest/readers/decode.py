"""Bytes from a file, and the checks that make them text.

A document's text is the file's bytes decoded as UTF-8, with one change: a
leading UTF-8 byte order mark is dropped (it is an encoding marker, not text).
Newlines are kept as they are in the file (no universal-newline translation),
so span offsets computed on the text match the file's characters one for one.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from claimgraph.ingest.readers.errors import ReadError

_BOM = "\ufeff"
_UTF16_32_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
# C0 and C1 controls except the layout ones plain text legitimately holds
# (tab, newline, vertical tab, form feed, carriage return).
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Above this share of control characters a "text" is binary data that happened
# to decode; ordinary articles have none.
_MAX_CONTROL_SHARE = 0.05


def regular_file_stat(path: Path) -> os.stat_result:
    """The file's stat, refusing folders and special files (a FIFO would block a read)."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        problem = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        raise ReadError(path, problem) from error
    except OSError as error:
        raise ReadError(path, f"cannot read: {error.strerror or error}") from error
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, "not a regular file")
    return info


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The whole file, refusing folders, special files and files over ``max_bytes``."""
    info = regular_file_stat(path)
    if info.st_size > max_bytes:
        raise ReadError(path, too_large(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            # One byte past the limit: a file that grew after stat() is still caught.
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ReadError(path, f"cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise ReadError(path, too_large(len(data), max_bytes))
    return data


def too_large(size: int, limit: int) -> str:
    return f"too large: {size:,} bytes, over the limit of {limit:,} bytes"


def decode_utf8(data: bytes, offset: int = 0) -> str:
    """``data`` as UTF-8 text, BOM dropped; raises ValueError naming the problem.

    ``offset`` is where ``data`` starts in its file, so a reported byte offset
    is a position in the file.
    """
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise ValueError(f"{encoding} text (byte order mark); expected UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ValueError(f"binary content (NUL byte at byte offset {offset + nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise ValueError(
            f"invalid UTF-8 at byte offset {offset + error.start} (byte 0x{bad})"
        ) from None
    return text.removeprefix(_BOM)


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be an article's text, or None when it can."""
    if not text.strip():
        return "empty text" if not text else "text is whitespace only"
    if "\x00" in text:
        return "binary content (NUL character in the text)"
    if _SURROGATE.search(text):
        return "text holds an unpaired surrogate (not valid Unicode)"
    controls = len(_BINARY_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        return f"binary content ({controls} control characters in {len(text)})"
    return None
