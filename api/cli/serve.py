"""`claimgraph serve`: the HTTP API under uvicorn."""
from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    import logging

    import uvicorn

    from claimgraph.api.http.app import create_app

    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    uvicorn.run(create_app(), host=host, port=port)
