"""Whether two graphs are the same: counts and an order-free checksum per label and type.

The rows come from ``cypher/admin/graph_checksum.cypher`` (labels and
properties per node, type, ends and properties per relationship, without the
wall-clock ``ingested_at``). Each row is hashed, and the hashes of a label or
a type are added up, so the sum does not depend on the order rows arrive in
and nothing has to be held: a graph of millions of rows is checked in one pass.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

import neo4j

from claimgraph.graph import queries

_MODULUS = 1 << 128


def _canonical(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def fingerprint(driver: neo4j.Driver, database: str = "neo4j") -> dict[str, tuple[int, int]]:
    """Per node label set or relationship type: (rows, checksum)."""
    groups: dict[str, list[int]] = {}
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        for record in session.run(queries.query("graph_checksum")):
            row = record.data()
            group = row["type"] or ":".join(sorted(row["labels"]))
            canonical = json.dumps(_canonical({**row, "labels": sorted(row["labels"] or [])}), sort_keys=True)
            digest = int.from_bytes(hashlib.sha256(canonical.encode()).digest()[:16], "big")
            tally = groups.setdefault(group, [0, 0])
            tally[0] += 1
            tally[1] = (tally[1] + digest) % _MODULUS
    return {group: (count, checksum) for group, (count, checksum) in groups.items()}


def differences(a: dict[str, tuple[int, int]], b: dict[str, tuple[int, int]]) -> list[str]:
    """The labels and types whose rows differ between two fingerprints (empty: the same graph)."""
    out = []
    for group in sorted(a.keys() | b.keys()):
        left, right = a.get(group, (0, 0)), b.get(group, (0, 0))
        if left != right:
            note = f"{left[0]} vs {right[0]} rows" if left[0] != right[0] else "same rows, other properties"
            out.append(f"{group}: {note}")
    return out
