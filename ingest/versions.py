"""Article versions: a new text under a stored article's key is its next version.

The key is the article's URL (else its first text, which cannot change:
:func:`claimgraph.graph.ids.article_id`). The first version stored has the
key as its id; version n > 1 has ``<key>@<n>`` and points to the version it
replaced through PREVIOUS_VERSION. Numbers are given under the writers' lock
(:meth:`claimgraph.graph.store.GraphStore.write_linked`), so two processes
writing two new texts of one article number them one after the other. A text
any version already holds is not stored again.

A figure the previous version gave that the new one gives otherwise (the same
source, metric and victims, another value) is revised by it: a REVISES edge,
as for a source's own revision within one text.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from claimgraph.graph.model import Batch, FigureLink, FigureLinkKind, PreviousVersion
from claimgraph.graph.store import StoredVersion
from claimgraph.ingest.linking import LinkCandidate, describe, interval

VERSION_MARK = "@"


def version_id(key: str, version: int) -> str:
    """The id of the article's version ``version`` (1: the key itself)."""
    return key if version == 1 else f"{key}{VERSION_MARK}{version}"


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a new text goes: its version id and number, and the version it replaces (None: the first)."""

    id: str
    version: int
    previous_id: str | None


def place(items: Sequence[tuple[str, str]], stored: Sequence[StoredVersion]) -> list[Placed | None]:
    """For each (key, text_sha256), in order, its place among the stored versions and
    the ones placed before it; None for a text some version of the article already holds."""
    versions: dict[str, list[StoredVersion]] = defaultdict(list)
    for v in stored:
        versions[v.key].append(v)
    placed: list[Placed | None] = []
    for key, sha in items:
        known = versions[key]
        if any(v.text_sha256 == sha for v in known):
            placed.append(None)
            continue
        latest = [v for v in known if v.latest]
        number = max((v.version for v in known), default=0) + 1
        previous = max(latest or known, key=lambda v: v.version).id if known else None
        new = Placed(version_id(key, number), number, previous)
        versions[key] = [replace(v, latest=False) for v in known] + [StoredVersion(new.id, key, number, sha, True)]
        placed.append(new)
    return placed


def as_version(batch: Batch, placed: Placed) -> Batch:
    """One article's batch written as the version ``placed`` says: the article and every
    edge that names it under the version's id, and the edge to the version it replaced."""
    [article] = batch.articles
    old = article.id
    out = Batch()
    # A first version keeps the article's id: nothing to rename, and renaming every row of a
    # new article (the usual case) was a tenth of the writing process's CPU.
    for f in fields(Batch):
        items = getattr(batch, f.name)
        setattr(out, f.name, [_renamed(item, old, placed.id) for item in items] if placed.id != old else list(items))
    out.articles = [replace(article, id=placed.id, version=placed.version)]
    if placed.previous_id is not None:
        out.versions.append(PreviousVersion(placed.id, placed.previous_id))
    return out


def _renamed(item: Any, old: str, new: str) -> Any:
    changes = {name: new for name in ("article_id", "id") if getattr(item, name, None) == old}
    return replace(item, **changes) if changes else item


def version_revisions(placed: Placed, new: Sequence[LinkCandidate],
                      stored: Sequence[LinkCandidate]) -> list[FigureLink]:
    """REVISES links from the new version's figures to the previous version's: where one source
    gave one figure of a metric and victims (of one incident, or none) in each, with another value."""
    if placed.previous_id is None:
        return []
    new_ids = {c.figure.id for c in new}
    before = [c for c in stored if c.at is not None and c.at[0] == placed.previous_id and c.figure.id not in new_ids]
    before_ids = {c.figure.id for c in before}
    groups: dict[tuple[Any, ...], tuple[list[LinkCandidate], list[LinkCandidate]]] = defaultdict(lambda: ([], []))
    for side, candidates in ((0, before), (1, [c for c in new if c.figure.id not in before_ids])):
        for c in candidates:
            if c.share is None and not c.figure.hypothetical:
                key = (c.chain_root, c.figure.metric, c.figure.incident_victim, c.incident_id)
                groups[key][side].append(c)
    links = []
    for olds, news in groups.values():
        if len(olds) == 1 and len(news) == 1 and interval(olds[0].figure) != interval(news[0].figure):
            old, now = olds[0].figure, news[0].figure
            links.append(FigureLink(FigureLinkKind.REVISES, now.id, old.id,
                                    f"version {placed.version} of the article revised {describe(old)} to "
                                    f"{describe(now)}", placed.id))
    return sorted(links, key=lambda link: (link.from_id, link.to_id))
