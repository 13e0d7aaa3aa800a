"""Which extraction rules read an article: the release plus a digest of the rules and alias tables.

Every stored article version records it (``Article.extractor``), so a graph
that holds readings of several rule sets shows it (``claimgraph status``),
and ``claimgraph reextract`` can find what older rules read. The digest
covers every extraction module's source (this package's ``.py`` files but the
ingest machinery and the readers, which only decide the text) and the alias
table the extraction used, so a change of either gives another version.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import metadata, resources

from claimgraph.ingest.aliases import AliasTable

NOT_RULES = frozenset({"pipeline.py", "reextract.py", "versions.py", "texts.py", "extractor.py", "__init__.py"})
"""Modules of claimgraph.ingest that write, schedule or name readings rather than make them."""

DIGEST_CHARS = 12


@cache
def release() -> str:
    """The installed claimgraph release."""
    return metadata.version("claimgraph")


@cache
def _rules_digest() -> str:
    h = hashlib.sha256()
    root = resources.files("claimgraph.ingest")
    for folder, prefix in ((root, ""), (root.joinpath("attribution"), "attribution/")):
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".py") and (prefix or entry.name not in NOT_RULES):
                h.update(f"{prefix}{entry.name}\0".encode())
                h.update(entry.read_bytes())
    return h.hexdigest()


_TABLES: dict[int, tuple[AliasTable, str]] = {}
"""Digest per alias table (the table is held, so its id is not reused while it is cached)."""


def _table_digest(table: AliasTable) -> str:
    known = _TABLES.get(id(table))
    if known is None:
        digest = hashlib.sha256(repr((table.actors, table.places)).encode("utf-8", "surrogatepass")).hexdigest()
        known = _TABLES[id(table)] = (table, digest)
    return known[1]


def extractor_version(table: AliasTable) -> str:
    """``<release>+<digest>``: the rules of this installation with this alias table."""
    digest = hashlib.sha256(f"{_rules_digest()}\0{_table_digest(table)}".encode()).hexdigest()
    return f"{release()}+{digest[:DIGEST_CHARS]}"


def release_of(version: str) -> tuple[int, ...]:
    """The release part of an extractor version as numbers, for ordering: "0.2.1+ab12" -> (0, 2, 1)."""
    numbers = re.findall(r"\d+", version.split("+", 1)[0])
    if not numbers:
        raise ValueError(f"not an extractor version or release: {version!r} (expected e.g. 0.1.0 or 0.1.0+3f2a9c1e0b7d)")
    return tuple(int(n) for n in numbers)
