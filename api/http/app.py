"""The FastAPI application: routers per resource, one store per process.

``create_app()`` builds it; ``claimgraph serve`` runs it with uvicorn. The
store (for Neo4j, one driver and its connection pool) is opened at startup
and kept: when the database goes away, routes answer 503 and the driver
reconnects by itself once it is back, so the API recovers without a restart.
"""
from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI

from claimgraph.api.http import errors
from claimgraph.api.http.body_limit import BodyLimit
from claimgraph.api.http.pages.routes import install as install_pages
from claimgraph.api.http.routers import actors, articles, claims, figures, health, incidents, links, paths
from claimgraph.graph.store import GraphStore
from claimgraph.settings import Settings, get_settings
from claimgraph.stores import open_store

API_RETRY_S = 2.0
"""How long a request waits out an unreachable database before answering 503."""
API_CONNECT_S = 3.0

log = logging.getLogger("claimgraph.api")

DESCRIPTION = """Who asserted what, through which channel, carried by which outlet and wire
agency, with which numbers, and which claims contradict or corroborate each other.

Reads are open unless `CLAIMGRAPH_READ_REQUIRES_KEY` is set; writes need the
`X-API-Key` header. Errors answer `{"error": ..., "detail": ...}`."""


def _warm_up(store: GraphStore, stop: threading.Event) -> None:
    # Best effort: a failure costs only the first reads' planning.
    try:
        store.warm_up(stop)
    except Exception as e:
        log.warning("preparing the store's query plans failed (the first reads plan them instead): %s: %s",
                    type(e).__name__, e)


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The API; ``store`` given means the caller opened it and will close it."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from claimgraph.ingest.aliases import load_aliases

        # Routes run in worker threads, each with its own query. Past a few at
        # once on a small server every query slows down together until they all
        # run past CLAIMGRAPH_QUERY_TIMEOUT_S; queued requests wait outside
        # Neo4j, where waiting does not count against the time limit.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.max_concurrent_requests
        app.state.aliases = load_aliases(settings.aliases)
        app.state.store = store or open_store(settings, max_retry_time=API_RETRY_S, connection_timeout=API_CONNECT_S,
                                              time_limited_writes=True)
        # What is loaded by now (modules, schemas, the alias table, the driver)
        # lives as long as the server. Left to the collector, each full
        # collection walks all of it again, tens of ms that land on whichever
        # request allocated last (a few in a hundred on a large answer: its
        # p95); frozen, it is never walked and each request's garbage goes on
        # being collected.
        gc.collect()
        gc.freeze()
        # In the background: the API answers at once, and a database that is
        # down at start costs one logged line here, not the start.
        stop_warming = threading.Event()
        warming = threading.Thread(target=_warm_up, args=(app.state.store, stop_warming), name="claimgraph-warm-up",
                                   daemon=True)
        warming.start()
        try:
            yield
        finally:
            # Closing the driver under a warm-up still using a connection broke the
            # close itself (the driver's buffers are not shared across threads): the
            # warm-up is told to stop and waited for, at most the statement it is
            # planning.
            stop_warming.set()
            warming.join()
            gc.unfreeze()
            if store is None:
                app.state.store.close()

    app = FastAPI(title="claimgraph", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    errors.install(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    for module in (health, actors, claims, figures, incidents, links, paths, articles):
        app.include_router(module.router)
    install_pages(app)
    return app
