"""GET /health: whether the store answers; with details, what rules read its articles."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from claimgraph.api.http.deps import StoreDep
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph.store import StoreError
from claimgraph.ingest.extractor import extractor_version

router = APIRouter(tags=["health"], route_class=ThreadedRoute)


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    current_extractor: str | None = Field(default=None, description="the rules this server extracts with")
    extractors: dict[str, int] | None = Field(
        default=None, description="article versions per extractor version that read them (with details)")


@router.get("/health", response_model=Health, response_model_exclude_none=True,
            responses={503: {"model": Health, "description": "store down"}})
def health(request: Request, store: StoreDep, response: Response, details: Annotated[bool, Query(
        description="also count the articles each extractor version read (visits every article)")] = False,
           ) -> Health:
    """200 when the graph store answers, 503 when it does not."""
    if not store.ping():
        response.status_code = 503
        return Health(status="unavailable")
    if not details:
        return Health(status="ok")
    try:
        extractors = store.extractor_counts()
    except StoreError:
        response.status_code = 503
        return Health(status="unavailable")
    return Health(status="ok", current_extractor=extractor_version(request.app.state.aliases), extractors=extractors)
