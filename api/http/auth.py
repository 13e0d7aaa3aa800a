"""API keys: writes always need one, reads when CLAIMGRAPH_READ_REQUIRES_KEY is set.

The key travels in the ``X-API-Key`` header and is compared in constant time
(``hmac.compare_digest``), so the answer's timing says nothing about how much
of a guess was right. With no key configured, writes are refused with 503:
the server is not set up for them, which is not the client's fault.
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Security
from fastapi.security import APIKeyHeader

from claimgraph.api.http.deps import SettingsDep
from claimgraph.api.http.errors import ApiError
from claimgraph.settings import Settings

API_KEY_HEADER = "X-API-Key"

_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False,
                       description="The key set in CLAIMGRAPH_API_KEY on the server")


def check_key(settings: Settings, given: str | None) -> None:
    configured = settings.api_key.get_secret_value() if settings.api_key else ""
    if not configured:
        raise ApiError(503, "no_api_key", "this server accepts no writes: CLAIMGRAPH_API_KEY is not set")
    if given is None or not hmac.compare_digest(given.encode(), configured.encode()):
        raise ApiError(401, "unauthorized", f"a valid {API_KEY_HEADER} header is required")


def write_access(settings: SettingsDep, key: Annotated[str | None, Security(_header)]) -> None:
    check_key(settings, key)


def read_access(settings: SettingsDep, key: Annotated[str | None, Security(_header)]) -> None:
    if settings.read_requires_key:
        check_key(settings, key)


WriteAccess = Depends(write_access)
ReadAccess = Depends(read_access)
