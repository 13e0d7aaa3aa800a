"""Typed graph values to the parameter rows the write queries UNWIND.

Enums become their plain string values and tuples become lists, so the rows
hold only what Bolt (and the embedded store) take as property values; dates
stay ``datetime.date`` (the driver sends them as Neo4j DATE).
"""
from __future__ import annotations

from dataclasses import fields
from enum import Enum
from functools import cache
from typing import Any


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def to_row(item: Any) -> dict[str, Any]:
    return {name: _plain(getattr(item, name)) for name in _field_names(type(item))}


def to_rows(items: list[Any]) -> list[dict[str, Any]]:
    return [to_row(i) for i in items]
