"""Query and path parameters shared by the routers, with their limits."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Path, Query

MAX_PAGE = 500

NodeId = Annotated[str, Path(min_length=1, max_length=300, description="the node's id")]
SearchText = Annotated[str, Query(min_length=1, max_length=500, description="words to look for (each must appear)")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
Since = Annotated[dt.date | None, Query(description="from this date on (inclusive, YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="up to this date (inclusive, YYYY-MM-DD)")]
