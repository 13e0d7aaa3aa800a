"""Templates, static files, and errors answered as pages rather than JSON."""
from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimgraph.api.http.errors import ApiError
from claimgraph.graph.store import NotFound, QueryTimeout, StoreError, StoreUnavailable

log = logging.getLogger("claimgraph.api")

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
PLOTLY_VERSION = version("plotly")



def web_url(url: str | None) -> str | None:
    """The article's address when it is a web address; any other scheme
    (``javascript:``, ``data:``) must not become a link."""
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals["plotly_version"] = PLOTLY_VERSION
templates.env.filters["web_url"] = web_url


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def _problem(exc: Exception) -> tuple[int, str, str]:
    """Status, title and what to tell the reader, for an error raised while building a page."""
    if isinstance(exc, NotFound):
        return 404, "Not found", f"The graph holds no {exc.kind} with this id."
    if isinstance(exc, RequestValidationError):
        where = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg', '')}"
                          for e in exc.errors())
        return 422, "Bad address", f"This page cannot be shown for these parameters ({where})."
    if isinstance(exc, ApiError):
        return exc.status, "Not allowed" if exc.status == 401 else "Unavailable", exc.detail
    if isinstance(exc, StoreUnavailable):
        return 503, "Database unavailable", "The graph database is not reachable; reload in a moment."
    if isinstance(exc, QueryTimeout):
        return 504, "Too slow", "The query ran past the server's time limit."
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, "Error", str(exc.detail)
    return 500, "Store error", "The graph store failed to answer; see the server log."


class PageRoute(APIRoute):
    """A route whose errors are pages: a browser shows them, with the way back."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except (NotFound, RequestValidationError, ApiError, StoreError, StarletteHTTPException) as exc:
                status, title, detail = _problem(exc)
                if status >= 500:
                    log.warning("page %s failed: %s", request.url.path, exc)
                headers = {"Retry-After": "5"} if isinstance(exc, StoreUnavailable) else None
                response = page(request, "error.html", status, title=title, detail=detail,
                                needs_key=status == 401)
                if headers:
                    response.headers.update(headers)
                return response

        return handle
