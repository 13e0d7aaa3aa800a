"""What a graph holds, reduced to values two runs can be compared by."""
from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimgraph.graph.model import ActorKind, ArticleText
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.results import NodeLabel

# What a MERGE of each relationship type matches on besides its two ends
# (cypher/write/merge_*.cypher): two relationships with the same key are one
# written twice.
_RELATIONSHIP_KEY = {"REPORTED_IN": ("start",), "CONTRADICTS": ("metric",), "CORROBORATES": ("metric",)}


MODEL_LABELS = {*NodeLabel, ArticleText.__name__, *(kind.value.title() for kind in ActorKind)}
"""Every label the model writes: the primary labels, the kept texts and an actor's kind (Person, Outlet, ...)."""


@dataclass(frozen=True)
class Fingerprint:
    """Counts per label and type, a checksum over ids and properties, and how
    many node ids or relationship keys occur more than once."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    checksum: str
    duplicates: int
    content: dict[str, dict[str, Any]] = field(repr=False, compare=False)

    def describe(self) -> str:
        return (f"{sum(self.nodes.values())} nodes {self.nodes}; "
                f"{sum(self.relationships.values())} relationships {self.relationships}; "
                f"checksum {self.checksum[:16]}; duplicates {self.duplicates}")

    def changed_properties(self, other: Fingerprint) -> dict[str, set[str]]:
        """Per label (nodes) or type (relationships), the properties that differ
        from ``other``'s on the same node or relationship; ``"(missing)"`` when
        one graph lacks it, ``"(labels)"`` when the labels differ."""
        changed: dict[str, set[str]] = {}
        for key in self.content.keys() | other.content.keys():
            mine, theirs = self.content.get(key), other.content.get(key)
            if mine == theirs:
                continue
            row = mine or theirs
            assert row is not None
            kind = row["type"] or ",".join(row["labels"])
            if mine is None or theirs is None:
                names = {"(missing)"}
            else:
                props, other_props = mine["properties"], theirs["properties"]
                names = {k for k in props.keys() | other_props.keys() if props.get(k) != other_props.get(k)}
                if mine["labels"] != theirs["labels"]:
                    names.add("(labels)")
            changed.setdefault(kind, set()).update(names)
        return changed

    def differences(self, other: Fingerprint, limit: int = 6) -> str:
        """The first rows that differ from ``other``'s, for a failure message."""
        lines = []
        for key in sorted(self.content.keys() | other.content.keys()):
            mine, theirs = self.content.get(key), other.content.get(key)
            if mine != theirs:
                lines.append(f"- {_canonical(theirs)}\n+ {_canonical(mine)}")
            if len(lines) == limit:
                break
        return "\n".join(lines)


def stored_articles(store: Neo4jStore) -> int:
    return store.counts().nodes.get("Article", 0)


def await_no_transactions(store: Neo4jStore, timeout: float = 600) -> None:
    """Wait until the server runs no transaction but this check: a killed
    client's commit that had reached the server still completes, and one it
    had not sent is rolled back once the server sees the connection gone."""
    deadline = time.monotonic() + timeout
    while store.read("open_transactions")[0]["open"]:
        assert time.monotonic() < deadline, f"transactions still open after {timeout} s"
        time.sleep(0.05)


_PRIMARY_LABELS = (*NodeLabel, ArticleText.__name__)


def _key(row: dict[str, Any]) -> str:
    if row["kind"] == "node":
        # Ids are unique per primary label: an article's kept text has the article's id.
        label = next((label for label in _PRIMARY_LABELS if label in row["labels"]), None)
        key: tuple[Any, ...] = ("node", label, row["properties"]["id"])
    else:
        props = row["properties"]
        key = ("relationship", row["type"], row["source"], row["target"],
               *(props.get(k) for k in _RELATIONSHIP_KEY.get(row["type"], ())))
    return json.dumps(key, default=str)


def _sorted_labels(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "labels": sorted(row["labels"])} if row["labels"] is not None else row


def _incidents_by_figures(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each Incident's id replaced by the smallest id of the figures that COUNT it, wherever it
    appears. The first article to report an event names its incident (ingest.incidents): two
    runs that wrote the reports in another order hold the same incidents under other ids."""
    members: dict[str, list[str]] = {}
    for r in rows:
        if r["type"] == "COUNTS":
            members.setdefault(r["target"], []).append(r["source"])
    name = {incident: f"incident counting {min(figures)}" for incident, figures in members.items()}
    if not name:
        return rows
    out = []
    for r in rows:
        props = r["properties"]
        if r["kind"] == "node" and props.get("id") in name and "Incident" in (r["labels"] or []):
            r = {**r, "properties": {**props, "id": name[props["id"]]}}
        elif r["kind"] == "node" and props.get("incident") in name:
            r = {**r, "properties": {**props, "incident": name[props["incident"]]}}
        elif r["kind"] == "relationship" and r["target"] in name and r["type"] in ("COUNTS", "REPORTS"):
            r = {**r, "target": name[r["target"]]}
        out.append(r)
    return out


def _canonical(row: dict[str, Any] | None) -> str:
    # Lists held as properties (aliases) keep their stored order: it is content.
    return json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)


def fingerprint(store: Neo4jStore) -> Fingerprint:
    """The graph's fingerprint, from cypher/admin/graph_checksum.cypher, incidents named by their figures."""
    rows = _incidents_by_figures([_sorted_labels(r) for r in store.read("graph_checksum")])
    digest = hashlib.sha256()
    for line in sorted(_canonical(r) for r in rows):
        digest.update(line.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    keys = Counter(_key(r) for r in rows)
    repeated = sum(n - 1 for n in keys.values() if n > 1)
    counts = store.counts()
    return Fingerprint(dict(counts.nodes), dict(counts.relationships), digest.hexdigest(), repeated,
                       {_key(r): r for r in rows})
