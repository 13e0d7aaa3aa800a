"""One error shape for every route, and the handlers that produce it.

Every error answer is ``{"error": <code>, "detail": <what went wrong>}``, so a
client can branch on ``error`` and show ``detail``. Store failures keep the
database's address and driver messages out of the answer (they go to the log).
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimgraph.errors import ClaimgraphError
from claimgraph.graph.store import NotFound, QueryTimeout, StoreError, StoreUnavailable

log = logging.getLogger("claimgraph.api")


class ErrorBody(BaseModel):
    error: str
    detail: str


class ValidationErrorBody(ErrorBody):
    errors: list[dict[str, Any]]


class ApiError(ClaimgraphError):
    """An answer other than success, raised from a dependency or a route."""

    def __init__(self, status: int, error: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.error = error
        self.detail = detail
        self.headers = headers


def _answer(status: int, error: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(error=error, detail=detail).model_dump(), status_code=status, headers=headers)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error answers a route can give."""
    described = {
        401: "missing or wrong X-API-Key",
        404: "no node with that id",
        413: "request body too large",
        503: "the graph store is unavailable (or, for writes, no API key is configured)",
        504: "the query ran past the configured timeout",
    }
    return {s: {"model": ErrorBody, "description": described[s]} for s in statuses}


def _where(loc: tuple[Any, ...]) -> str:
    place = {"query": "query parameter", "path": "path parameter", "body": "body field", "header": "header"}
    if not loc:
        return "request"
    kind = place.get(str(loc[0]), str(loc[0]))
    name = ".".join(str(x) for x in loc[1:])
    return f"{kind} {name!r}" if name else kind


def _problem(error: dict[str, Any]) -> str:
    if error["type"] == "json_invalid":
        # Its location is ("body", <character offset>), not a field.
        return f"request body: not valid JSON (at character {error['loc'][-1]})"
    return f"{_where(tuple(error['loc']))}: {error['msg']}"


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in exc.errors()]
    detail = "; ".join(_problem(e) for e in errors)
    body = ValidationErrorBody(error="invalid_request", detail=detail, errors=errors)
    return JSONResponse(body.model_dump(), status_code=422)


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _answer(exc.status, exc.error, exc.detail, exc.headers)


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    error = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return _answer(exc.status_code, error, str(exc.detail), getattr(exc, "headers", None))


async def _not_found(_: Request, exc: Exception) -> JSONResponse:
    return _answer(404, "not_found", str(exc))


async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
    log.warning("store unavailable on %s %s: %s", request.method, request.url.path, exc)
    return _answer(503, "store_unavailable",
                   "the graph database is not reachable; the API answers again as soon as it is back",
                   {"Retry-After": "5"})


async def _timeout(request: Request, exc: Exception) -> JSONResponse:
    log.warning("query timeout on %s %s: %s", request.method, request.url.path, exc)
    return _answer(504, "query_timeout", str(exc))


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    log.error("store error on %s %s: %s", request.method, request.url.path, exc)
    return _answer(500, "store_error", "the graph store failed to answer; see the server log")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(StoreUnavailable, _unavailable)
    app.add_exception_handler(QueryTimeout, _timeout)
    app.add_exception_handler(StoreError, _store_error)
