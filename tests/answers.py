"""Answers compared across stores and runs."""
from __future__ import annotations

from typing import Any


def timeless(data: Any) -> Any:
    """An answer (dumped to plain data) without the wall-clock ingested_at, which differs between runs."""
    if isinstance(data, dict):
        return {k: timeless(v) for k, v in data.items() if k != "ingested_at"}
    if isinstance(data, list):
        return [timeless(v) for v in data]
    return data
