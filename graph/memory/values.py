"""Property values as Neo4j stores them, and the bits of Cypher logic on them.

The embedded store must refuse what Neo4j refuses and store what Neo4j
stores, so a batch that works on one store works on the other: scalars,
dates and homogeneous lists of them; no maps, no nested lists, no nulls in a
list. A list of integers and floats becomes a list of floats, as in Neo4j.
Null is not a value: setting a property to null removes it.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from claimgraph.errors import ClaimgraphError

_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1


class RefusedValue(ClaimgraphError, ValueError):
    """A value Neo4j would not store as a property; the message says why."""


def _family(value: Any) -> str:
    """The Cypher type a Python value maps to, for homogeneity and comparison."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        return "datetime" if value.tzinfo is not None else "localdatetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, dict):
        return "map"
    return type(value).__name__


def _scalar(value: Any) -> Any:
    if isinstance(value, Enum):
        value = value.value
    family = _family(value)
    if family == "number" and isinstance(value, int) and not isinstance(value, bool):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise RefusedValue(f"integer {value} is outside the 64-bit range")
        return int(value)
    if family == "string":
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise RefusedValue(f"text {value[:40]!r} is not valid Unicode ({e.reason})") from None
        return str(value)
    if family in ("boolean", "number", "date", "datetime", "localdatetime"):
        return value
    raise RefusedValue(f"a {family} cannot be stored as a property "
                       "(only scalars, dates and lists of them)")


def property_value(value: Any) -> Any:
    """The value as Neo4j would store it, or RefusedValue; None stays None (removal)."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)):
        return _scalar(value)
    items = [v.value if isinstance(v, Enum) else v for v in value]
    if any(v is None for v in items):
        raise RefusedValue("a list holding null cannot be stored as a property")
    families = {_family(v) for v in items}
    if families & {"list", "map"}:
        raise RefusedValue("a list holding lists or maps cannot be stored as a property")
    if len(families) > 1:
        raise RefusedValue(f"a list mixing {' and '.join(sorted(families))} cannot be stored as a property")
    stored = [_scalar(v) for v in items]
    if families == {"number"} and any(isinstance(v, float) for v in stored):
        return [float(v) for v in stored]
    return stored


def _comparable(a: Any, b: Any) -> bool:
    """Whether Cypher orders a and b (same type family), rather than giving null."""
    return a is not None and b is not None and _family(a) == _family(b) and _family(a) != "map"


def less_than(a: Any, b: Any) -> bool | None:
    """Cypher ``a < b``: null when either is null or the types do not compare."""
    if not _comparable(a, b):
        return None
    return bool(a < b)


def coalesce(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)
