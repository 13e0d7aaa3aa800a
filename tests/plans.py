"""Reading Neo4j query plans: which operators a query runs."""
from __future__ import annotations

from typing import Any

SCANS = {"NodeByLabelScan", "AllNodesScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan"}
"""Operators that visit every node of a label, or everything."""
INDEXED = {"NodeUniqueIndexSeek", "NodeIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange", "DirectedRelationshipIndexSeek", "DirectedRelationshipIndexSeekByRange",
           "ProcedureCall", "NodeByElementIdSeek", "DirectedRelationshipByElementIdSeek"}
"""Operators that enter the graph through an index (ProcedureCall: a full-text index query) or by
an element id another statement of the same read returned (the path search's levels)."""
INDEX_SCANS = {"NodeIndexScan", "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan"}
"""Operators that read a whole index: right only for a query meant to visit every indexed entry."""


def _depth_first(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [plan, *(op for child in plan.get("children", []) for op in _depth_first(child))]


def operators(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """Every operator of a plan, depth first, with its details."""
    return [(op["operatorType"].split("@")[0], str(op.get("args", {}).get("Details", ""))) for op in _depth_first(plan)]


def operator_rows(profile: dict[str, Any]) -> list[tuple[str, str, int]]:
    """Every operator of a profiled plan, as :func:`operators` gives it, with the rows it produced."""
    return [(*op, int(node.get("rows", 0))) for op, node in zip(operators(profile), _depth_first(profile), strict=True)]
