"""Named Cypher queries, loaded from the files in ``cypher/``.

Each ``.cypher`` file under ``cypher/write``, ``cypher/read`` and
``cypher/admin`` is one query, named by its file stem and opened by a comment
saying what it returns. Code asks for a query by name; no Cypher is ever
assembled from strings, and user input only ever reaches Neo4j as parameters.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"
_QUERY_DIRS = ("write", "read", "admin")


class UnknownQuery(KeyError):
    pass


@cache
def _catalog() -> dict[str, str]:
    catalog: dict[str, str] = {}
    for sub in _QUERY_DIRS:
        for path in sorted((CYPHER_DIR / sub).glob("*.cypher")):
            if path.stem in catalog:
                raise RuntimeError(f"two Cypher files are named {path.stem!r}")
            catalog[path.stem] = path.read_text(encoding="utf-8")
    return catalog


def query(name: str) -> str:
    """The text of the named query (the file ``cypher/*/<name>.cypher``)."""
    try:
        return _catalog()[name]
    except KeyError:
        raise UnknownQuery(name) from None


def names() -> list[str]:
    return sorted(_catalog())


def schema_statements() -> list[str]:
    """The statements of ``cypher/schema.cypher``, comments dropped."""
    text = (CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
