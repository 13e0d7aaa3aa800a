"""The FastAPI dependencies that hand out the app's settings and store.

They are coroutines, as is every dependency of the API: they only read the
app's state, and a plain ``def`` dependency would cost each request a trip
through the worker threads (and a wait for one when the threads are busy).
A dependency that needs the settings besides something else reads them with
``settings_of`` rather than through ``SettingsDep``: each dependency of a
dependency is one more FastAPI resolves on every request.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from claimgraph.graph.store import GraphStore
from claimgraph.settings import Settings


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def app_settings(request: Request) -> Settings:
    return settings_of(request)


async def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(app_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
