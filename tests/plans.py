"""Reading Neo4j query plans: which operators a query runs."""
from __future__ import annotations

from typing import Any

SCANS = {"NodeByLabelScan", "AllNodesScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan"}
"""Operators that visit every node of a label, or everything."""
INDEXED = {"NodeUniqueIndexSeek", "NodeIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange", "DirectedRelationshipIndexSeek", "DirectedRelationshipIndexSeekByRange",
           "ProcedureCall"}
"""Operators that enter the graph through an index (ProcedureCall: a full-text index query)."""
INDEX_SCANS = {"NodeIndexScan", "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan"}
"""Operators that read a whole index: right only for a query meant to visit every indexed entry."""


def operators(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """Every operator of a plan, depth first, with its details."""
    here = (plan["operatorType"].split("@")[0], str(plan.get("args", {}).get("Details", "")))
    return [here, *(op for child in plan.get("children", []) for op in operators(child))]
