"""How much the readers take in before they call an input bad.

A limit is a value, not a setting read from the environment, so a caller (the
CLI, the API, a test) passes its own and extraction never sees anything that
did not fit.
"""
from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """``max_file_bytes`` bounds a .txt, .html, .json or sidecar file; a JSON
    Lines file may be larger, but each of its records is bounded by
    ``max_record_bytes``. ``max_name_chars`` bounds a title, outlet, wire
    agency or dateline; ``max_url_chars`` a URL."""

    max_file_bytes: int = 10 * MIB
    max_record_bytes: int = 10 * MIB
    max_name_chars: int = 300
    max_url_chars: int = 2048


DEFAULT_LIMITS = ReadLimits()
