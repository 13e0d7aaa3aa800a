"""Query and path parameters shared by the routers, with their limits."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Path, Query

MAX_PAGE = 500
MAX_OFFSET = 2**31 - 1 - MAX_PAGE
"""Neo4j slices a list with 32-bit integers: a page must end below 2**31."""
MAX_VERSION = 2**63 - 1
"""Neo4j holds 64-bit integers: the driver cannot send a larger one, so it is no version."""
MAX_SEARCH = 255
"""Lucene's tokenizer cuts terms at 255 characters, so a longer word can never
match; and the index refuses a wildcard over a word much past that length."""

NodeId = Annotated[str, Path(min_length=1, max_length=300, description="the node's id")]
SearchText = Annotated[str, Query(min_length=1, max_length=MAX_SEARCH,
                                  description="words to look for (each must appear)")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Version = Annotated[int | None, Query(ge=1, le=MAX_VERSION,
                                      description="this version of the article (default: the latest)")]
Since = Annotated[dt.date | None, Query(description="from this date on (inclusive, YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="up to this date (inclusive, YYYY-MM-DD)")]
IncludeHistory = Annotated[bool, Query(description="also the claims only replaced (older) article versions "
                                                   "report; by default only the latest versions count")]
