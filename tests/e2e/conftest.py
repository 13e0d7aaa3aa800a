"""The API over HTTP against the real Neo4j (FastAPI's TestClient runs the app in-process)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.http.app import create_app
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers.walk import iter_documents
from tests.conftest import REPO, Neo4jServer
from tests.e2e.apps import api_settings
from tests.query_graph import query_batch

SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def _plans_ready(neo4j_server: Neo4jServer, _schema_ready: None) -> None:
    """The statements of an article's write and of the incident list, planned once before the first
    API test. On a server just started, planning them took seconds a statement on a loaded machine,
    and the API's write time limit counts that: the first test's POST was once answered 504. What
    the tests check is the API's answers, not how fast this machine plans."""
    with Neo4jStore(neo4j_server.uri, "neo4j", neo4j_server.password) as s:
        s.clear()
        ingest_documents(s, iter_documents([SAMPLES]), load_aliases())
        s.warm_up()
        s.clear()


@pytest.fixture
def client(neo4j_server: Neo4jServer, _plans_ready: None, store: Neo4jStore) -> Iterator[TestClient]:
    """The API on the test server; the graph emptied before the test."""
    with TestClient(create_app(api_settings(neo4j_server))) as c:
        yield c


@pytest.fixture
def newsroom(client: TestClient, store: Neo4jStore) -> TestClient:
    """The API over the hand-built graph of tests/query_graph.py."""
    store.write(query_batch())
    return client
