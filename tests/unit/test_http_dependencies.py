"""What FastAPI resolves for the API's key checks on every request.

Each dependency of a dependency costs FastAPI a resolution per request; the key
checks read the settings off the request, so the key (header, and the cookie
for the pages) is all they depend on.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.dependencies.utils import get_dependant
from fastapi.security import APIKeyCookie, APIKeyHeader

from claimgraph.api.http.auth import page_read_access, read_access, write_access


@pytest.mark.parametrize("check", [read_access, write_access, page_read_access])
def test_key_checks_depend_on_the_key_alone(check: Callable[..., Any]) -> None:
    dependant = get_dependant(path="/", call=check)
    assert dependant.dependencies
    assert all(isinstance(d.call, APIKeyHeader | APIKeyCookie) for d in dependant.dependencies), \
        [d.call for d in dependant.dependencies]
