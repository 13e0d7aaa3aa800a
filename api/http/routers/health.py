"""GET /health: whether the store answers."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel

from claimgraph.api.http.deps import StoreDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "unavailable"]


@router.get("/health", response_model=Health, responses={503: {"model": Health, "description": "store down"}})
def health(store: StoreDep, response: Response) -> Health:
    """200 when the graph store answers, 503 when it does not."""
    if store.ping():
        return Health(status="ok")
    response.status_code = 503
    return Health(status="unavailable")
