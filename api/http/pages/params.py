"""Query parameters of the pages: a form sends an empty field as "", which means "any"."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BeforeValidator, StringConstraints

from claimgraph.api.http.routers.params import MAX_OFFSET, MAX_SEARCH
from claimgraph.graph.model import INCIDENT_KINDS, Metric


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


FormText = Annotated[Annotated[str, StringConstraints(max_length=MAX_SEARCH)] | None,
                     BeforeValidator(_blank_is_none), Query(description="words to look for")]
FormDate = Annotated[dt.date | None, BeforeValidator(_blank_is_none), Query(description="YYYY-MM-DD")]
FormMetric = Annotated[Metric | None, BeforeValidator(_blank_is_none), Query(description="a metric")]
FormKind = Annotated[Literal[INCIDENT_KINDS] | None, BeforeValidator(_blank_is_none),  # type: ignore[valid-type]
                     Query(description="an incident kind")]
FormFlag = Annotated[bool, BeforeValidator(lambda v: _blank_is_none(v) or False), Query()]
PageOffset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
