"""Routes whose plain ``def`` endpoints FastAPI sees as coroutines.

FastAPI runs a ``def`` endpoint in a worker thread, and then sends its answer
through a worker thread a second time to check it against the response model.
An endpoint here already returns that model, so the check is an isinstance;
it is the second trip that costs (on a busy machine, a wait for a thread and
for the event loop again). A ``ThreadedRoute`` runs the endpoint in a worker
thread itself, as a coroutine, so the answer is checked and serialized on the
event loop at once. Worker threads stay bounded by the same limiter.
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool


def in_thread(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """The endpoint as a coroutine that runs it in a worker thread (signature kept for FastAPI)."""

    @functools.wraps(endpoint)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await run_in_threadpool(endpoint, *args, **kwargs)

    return run


class ThreadedRoute(APIRoute):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if not inspect.iscoroutinefunction(endpoint):
            endpoint = in_thread(endpoint)
        super().__init__(path, endpoint, **kwargs)
