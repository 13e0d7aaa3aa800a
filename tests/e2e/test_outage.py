"""Neo4j down: every route answers 503 with a clear body, and the API recovers by itself."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.http.app import API_RETRY_S, create_app
from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import Neo4jServer
from tests.e2e.apps import API_KEY, api_settings
from tests.e2e.proxy import Proxy
from tests.query_graph import Q, query_batch

pytestmark = pytest.mark.neo4j

CLOSED = "bolt://127.0.0.1:1"
ANSWER_SLACK_S = 20.0
"""Past the API's retry budget, how long a 503 may still take on a loaded machine: the bound fails
an API that waits out the driver's default 30 s of retries, not a slow machine."""
RECOVERY_STUCK_S = 300.0
"""How long the API may take to answer 200 once the database is back before it is called stuck."""
READS = ["/actors?q=haddad", f"/actors/{Q.omar}", f"/actors/{Q.omar}/claims", "/claims?q=depot",
         f"/claims/{Q.toll}/provenance", "/figures?metric=killed", "/contradictions", "/corroborations",
         f"/paths?from={Q.omar}&to={Q.harbor}", f"/articles/{Q.a1}/graph"]


@pytest.fixture
def down(neo4j_server: Neo4jServer) -> Iterator[TestClient]:
    dead = Neo4jStore(CLOSED, "neo4j", "irrelevant", max_retry_time=0, connection_timeout=1)
    try:
        with TestClient(create_app(api_settings(neo4j_server, neo4j_uri=CLOSED), store=dead)) as c:
            yield c
    finally:
        dead.close()


@pytest.mark.parametrize("path", READS)
def test_every_read_answers_503_when_the_store_is_down(down: TestClient, path: str) -> None:
    r = down.get(path)
    assert r.status_code == 503
    body = r.json()
    assert body["error"] == "store_unavailable" and "not reachable" in body["detail"]
    assert "127.0.0.1:1" not in body["detail"]
    assert r.headers["Retry-After"] == "5"


def test_a_write_answers_503_when_the_store_is_down(down: TestClient) -> None:
    r = down.post("/articles", json={"text": "A port official said the crane fell."}, headers={"X-API-Key": API_KEY})
    assert (r.status_code, r.json()["error"]) == (503, "store_unavailable")


def test_health_answers_503_when_the_store_is_down(down: TestClient) -> None:
    r = down.get("/health")
    assert (r.status_code, r.json()) == (503, {"status": "unavailable"})


def test_the_api_starts_with_the_store_down_and_logs_that_its_plans_were_not_prepared(
        down: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    for thread in threading.enumerate():
        if thread.name == "claimgraph-warm-up":
            thread.join(RECOVERY_STUCK_S)
    assert down.get("/health").status_code == 503
    # The app started in the fixture: the warning may have come before the test or in it.
    logged = [*caplog.get_records("setup"), *caplog.records]
    assert any(r.levelno == logging.WARNING and "preparing the store's query plans failed" in r.getMessage()
               for r in logged)


def test_the_api_stops_and_waits_for_its_warm_up_before_it_closes_the_store(neo4j_server: Neo4jServer) -> None:
    with TestClient(create_app(api_settings(neo4j_server))) as c:
        assert c.get("/health").status_code == 200
    assert not [t for t in threading.enumerate() if t.name == "claimgraph-warm-up" and t.is_alive()]


def test_with_default_settings_503_comes_within_the_retry_budget(neo4j_server: Neo4jServer) -> None:
    with TestClient(create_app(api_settings(neo4j_server, neo4j_uri=CLOSED))) as c:
        start = time.monotonic()
        r = c.get("/contradictions")
        elapsed = time.monotonic() - start
    assert r.status_code == 503
    assert elapsed < API_RETRY_S + ANSWER_SLACK_S


def test_the_api_recovers_by_itself_when_the_database_returns(neo4j_server: Neo4jServer, store: Neo4jStore) -> None:
    store.write(query_batch())
    proxy = Proxy(neo4j_server.bolt_port)
    proxy.start()
    try:
        # A generous query time limit: a first query on a cold server on a loaded
        # machine may pass the default 10 s, and its 504 would not be the outage.
        settings = api_settings(neo4j_server, neo4j_uri=proxy.uri, query_timeout_s=RECOVERY_STUCK_S)
        with TestClient(create_app(settings)) as c:
            assert c.get(f"/actors/{Q.omar}").status_code == 200
            proxy.stop()
            assert c.get(f"/actors/{Q.omar}").status_code == 503
            assert c.get("/health").status_code == 503
            proxy.start()
            assert recovers(c), f"/health did not answer 200 within {RECOVERY_STUCK_S} s of the database's return"
            r = c.get(f"/actors/{Q.omar}")
            assert (r.status_code, r.json()["name"]) == (200, "Omar Haddad")
    finally:
        proxy.close()


def recovers(client: TestClient) -> bool:
    """Whether /health answers 200 again (each 503 waits out the API's retry budget first)."""
    deadline = time.monotonic() + RECOVERY_STUCK_S
    while time.monotonic() < deadline:
        if client.get("/health").status_code == 200:
            return True
        time.sleep(0.2)
    return False
