"""The API over HTTP against the real Neo4j (FastAPI's TestClient runs the app in-process)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.http.app import create_app
from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import Neo4jServer
from tests.e2e.apps import api_settings
from tests.query_graph import query_batch


@pytest.fixture
def client(neo4j_server: Neo4jServer, store: Neo4jStore) -> Iterator[TestClient]:
    """The API on the test server; the graph emptied before the test."""
    with TestClient(create_app(api_settings(neo4j_server))) as c:
        yield c


@pytest.fixture
def newsroom(client: TestClient, store: Neo4jStore) -> TestClient:
    """The API over the hand-built graph of tests/query_graph.py."""
    store.write(query_batch())
    return client
