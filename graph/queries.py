"""Named Cypher queries, loaded from ``.cypher`` files: the one loader.

Each ``.cypher`` file is one query, named by its file stem and opened by a
comment saying what it returns. Code asks a :class:`Catalog` for a query by
name; no Cypher is ever assembled from strings, and user input only ever
reaches Neo4j as parameters.

The application's catalog is the package's ``cypher/`` folder (``write``,
``read`` and ``admin``; read through :mod:`importlib.resources`, so it works
from a wheel as from the tree). Benchmarks and tests keep the Cypher only they
run beside themselves and load it with :meth:`Catalog.from_dir`, the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from claimgraph.errors import ClaimgraphError

QUERY_DIRS = ("write", "read", "admin")


class UnknownQuery(ClaimgraphError, KeyError):
    pass


@dataclass(frozen=True)
class Catalog:
    """The queries of some folders of one root, by name."""

    root: Traversable
    subdirs: tuple[str, ...] = ("",)
    _texts: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_dir(cls, path: Path, subdirs: tuple[str, ...] = ("",)) -> Catalog:
        return cls(path, subdirs)

    def _load(self) -> dict[str, str]:
        if not self._texts:
            texts: dict[str, str] = {}
            for sub in self.subdirs:
                folder = self.root.joinpath(sub) if sub else self.root
                for entry in sorted(folder.iterdir(), key=lambda e: e.name):
                    if not entry.name.endswith(".cypher"):
                        continue
                    name = entry.name.removesuffix(".cypher")
                    if name in texts:
                        raise RuntimeError(f"two Cypher files are named {name!r}")
                    texts[name] = entry.read_text(encoding="utf-8")
            self._texts.update(texts)
        return self._texts

    def query(self, name: str) -> str:
        """The text of the named query."""
        try:
            return self._load()[name]
        except KeyError:
            raise UnknownQuery(name) from None

    def names(self, subdir: str | None = None) -> list[str]:
        """Every query name, or those of one folder."""
        if subdir is None:
            return sorted(self._load())
        folder = self.root.joinpath(subdir)
        return sorted(e.name.removesuffix(".cypher") for e in folder.iterdir() if e.name.endswith(".cypher"))

    def file_text(self, relative: str) -> str:
        """Any file under the root (the schema, the Browser style and guides)."""
        entry = self.root
        for part in relative.split("/"):
            entry = entry.joinpath(part)
        return entry.read_text(encoding="utf-8")


@cache
def catalog() -> Catalog:
    """The application's queries (``cypher/write``, ``read``, ``admin``)."""
    return Catalog(resources.files("claimgraph.cypher"), QUERY_DIRS)


@cache
def browser_catalog() -> Catalog:
    """The ready Neo4j Browser queries (``cypher/browser``); ``style.grass`` is beside them."""
    return Catalog(resources.files("claimgraph.cypher"), ("browser",))


def query(name: str) -> str:
    """The text of the named application query (the file ``cypher/*/<name>.cypher``)."""
    return catalog().query(name)


def names() -> list[str]:
    return catalog().names()


def schema_statements() -> list[str]:
    """The statements of ``cypher/schema.cypher``, comments dropped."""
    text = catalog().file_text("schema.cypher")
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
