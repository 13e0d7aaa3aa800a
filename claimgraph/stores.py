"""The store the settings name: Neo4j when a URI is configured, else the embedded one.

The HTTP app, the CLI, the benchmarks and the tests all open their store here,
so there is one place that maps configuration to a store.
"""
from __future__ import annotations

from claimgraph.graph.store import GraphStore
from claimgraph.settings import Settings


def open_store(settings: Settings, *, max_retry_time: float = 30.0, connection_timeout: float = 10.0,
               time_limited_writes: bool = False) -> GraphStore:
    """The configured store: Neo4j when CLAIMGRAPH_NEO4J_URI is set, else the embedded one.

    ``max_retry_time`` bounds how long the driver retries a transaction while
    the server is unreachable: long for a batch ingest that should ride out a
    restart, short for an API that should answer 503 at once. Reads always
    stop at CLAIMGRAPH_QUERY_TIMEOUT_S; ``time_limited_writes`` makes writes
    stop there too (the API's, so that no request holds the database; a batch
    ingest's chunks may take longer).
    """
    if settings.neo4j_uri:
        from claimgraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
            query_timeout=settings.query_timeout_s,
            write_timeout=settings.query_timeout_s if time_limited_writes else None,
            max_retry_time=max_retry_time,
            connection_timeout=connection_timeout,
        )
    from claimgraph.graph.memory import MemoryStore

    return MemoryStore(settings.store_path)
