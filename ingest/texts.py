"""An article's text as the graph keeps it: zlib-compressed, then base64 (a string property
both stores hold as it is). News text compresses to about a third; base64 adds a third back."""
from __future__ import annotations

import base64
import zlib

LEVEL = 9


def compress_text(text: str) -> str:
    return base64.b64encode(zlib.compress(text.encode("utf-8", "surrogatepass"), LEVEL)).decode("ascii")


def decompress_text(stored: str) -> str:
    return zlib.decompress(base64.b64decode(stored)).decode("utf-8", "surrogatepass")
