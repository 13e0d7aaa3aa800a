"""The FastAPI dependencies that hand out the app's settings and store.

They are coroutines, as is every dependency of the API: they only read the
app's state, and a plain ``def`` dependency would cost each request a trip
through the worker threads (and a wait for one when the threads are busy).
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from claimgraph.graph.store import GraphStore
from claimgraph.settings import Settings


async def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(app_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
