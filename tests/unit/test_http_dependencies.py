"""What FastAPI resolves for the API's key checks on every request.

Each dependency of a dependency costs FastAPI a resolution per request: the key
checks read the settings off the request, and a read route gets the store from
its key check, so the key (header, and the cookie for the pages) is all they
depend on. No route but the health check and the key form goes without one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import get_dependant
from fastapi.routing import APIRoute
from fastapi.security import APIKeyCookie, APIKeyHeader

from claimgraph.api.http.app import create_app
from claimgraph.api.http.auth import page_read_access, readable_store, write_access
from claimgraph.settings import Settings

OPEN = {"/health", "/ui/key"}
"""The documented routes anyone may call: whether the store answers, and the form that sets the key."""


@pytest.mark.parametrize("check", [readable_store, write_access, page_read_access])
def test_key_checks_depend_on_the_key_alone(check: Callable[..., Any]) -> None:
    dependant = get_dependant(path="/", call=check)
    assert dependant.dependencies
    assert all(isinstance(d.call, APIKeyHeader | APIKeyCookie) for d in dependant.dependencies), \
        [d.call for d in dependant.dependencies]


def _calls(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def _routes(routes: list[Any]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute) and route.include_in_schema:
            yield route
        # FastAPI keeps an included router whole, behind an object of its own.
        if hasattr(route, "original_router"):
            yield from _routes(route.original_router.routes)


def test_every_documented_route_but_the_open_ones_checks_the_key() -> None:
    routes = list(_routes(create_app(Settings()).routes))
    assert {r.path for r in routes} > OPEN | {"/actors/{actor_id}", "/articles"}
    for route in routes:
        checks = {readable_store, write_access, page_read_access} & set(_calls(route.dependant))
        assert bool(checks) != (route.path in OPEN), (route.path, route.methods)
