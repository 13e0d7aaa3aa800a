"""The FastAPI dependencies that hand out the app's settings and store."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from claimgraph.graph.store import GraphStore
from claimgraph.settings import Settings


def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(app_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
