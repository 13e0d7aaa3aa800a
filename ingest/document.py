"""A document as the readers hand it to extraction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    syndicated_from: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """``text`` is exactly what was read; every span offset points into it."""

    text: str
    meta: ArticleMeta
    origin: str
