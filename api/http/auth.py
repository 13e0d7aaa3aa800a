"""API keys: writes always need one, reads when CLAIMGRAPH_READ_REQUIRES_KEY is set.

The key travels in the ``X-API-Key`` header and is compared in constant time
(``hmac.compare_digest``), so the answer's timing says nothing about how much
of a guess was right. With no key configured, writes are refused with 503:
the server is not set up for them, which is not the client's fault.

A browser cannot add a header to a link, so the pages also take the key from
a cookie the key form sets (``/ui/key``). The cookie opens reads only: a write
never looks at it, so a page on another site that makes the browser send it
(cross-site request forgery) can at most read what the key already lets read,
and SameSite=Strict keeps even that from happening.
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyCookie, APIKeyHeader

from claimgraph.api.http.deps import get_store, settings_of
from claimgraph.api.http.errors import ApiError
from claimgraph.graph.store import GraphStore
from claimgraph.settings import Settings

API_KEY_HEADER = "X-API-Key"
READ_KEY_COOKIE = "claimgraph_read_key"

_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False,
                       description="The key set in CLAIMGRAPH_API_KEY on the server")


_cookie = APIKeyCookie(name=READ_KEY_COOKIE, auto_error=False,
                       description="The same key, set by the key form of the pages (reads only)")


def check_key(settings: Settings, given: str | None) -> None:
    configured = settings.api_key.get_secret_value() if settings.api_key else ""
    if not configured:
        raise ApiError(503, "no_api_key", "this server accepts no writes: CLAIMGRAPH_API_KEY is not set")
    if given is None or not hmac.compare_digest(given.encode(), configured.encode()):
        raise ApiError(401, "unauthorized", f"a valid {API_KEY_HEADER} header is required")


def check_read(settings: Settings, given: str | None) -> None:
    if settings.read_requires_key:
        check_key(settings, given)


# Coroutines (see deps): a key check is a comparison, no reason for a worker thread. They
# read the settings off the request, and a read route gets the store from its key check:
# each dependency of a route is one more for FastAPI to resolve on every request (about
# 10 microseconds of CPU each in process, of some 250 the app spends on a small answer).
async def write_access(request: Request, key: Annotated[str | None, Security(_header)]) -> None:
    check_key(settings_of(request), key)


async def readable_store(request: Request, key: Annotated[str | None, Security(_header)]) -> GraphStore:
    """The store, once the key lets the request read."""
    check_read(settings_of(request), key)
    return await get_store(request)


async def page_read_access(request: Request, key: Annotated[str | None, Security(_header)],
                           cookie: Annotated[str | None, Security(_cookie)]) -> None:
    check_read(settings_of(request), key if key is not None else cookie)


WriteAccess = Depends(write_access)
ReadStoreDep = Annotated[GraphStore, Depends(readable_store)]
"""What every read route takes for the store (in place of ``StoreDep``): no read without the key check."""
PageReadAccess = Depends(page_read_access)
