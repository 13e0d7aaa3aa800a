"""Session fixtures: one real Neo4j server for the whole run, and ../shared.

The server is the project's own (``make neo4j-up``), in its own folder and on
its own ports, so the tests never touch the demo database. When something
already answers at the test URI it is used as is; when the fixture started
the server it stops it at the end (CLAIMGRAPH_TEST_KEEP_NEO4J=1 keeps it).
"""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.graph.neo4j_store import Neo4jStore

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@dataclass(frozen=True)
class Neo4jServer:
    bolt_port: int
    http_port: int
    password: str
    home: Path

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def env(self) -> dict[str, str]:
        """The environment `make neo4j-*` and the CLI need to reach this server."""
        return {
            **os.environ,
            "CLAIMGRAPH_NEO4J_HOME": str(self.home),
            "CLAIMGRAPH_NEO4J_BOLT_PORT": str(self.bolt_port),
            "CLAIMGRAPH_NEO4J_HTTP_PORT": str(self.http_port),
            "CLAIMGRAPH_NEO4J_PASSWORD": self.password,
            "CLAIMGRAPH_NEO4J_URI": self.uri,
            "CLAIMGRAPH_NEO4J_HEAP": os.environ.get("CLAIMGRAPH_NEO4J_HEAP", "1g"),
            "CLAIMGRAPH_NEO4J_PAGECACHE": os.environ.get("CLAIMGRAPH_NEO4J_PAGECACHE", "512m"),
        }

    def make(self, target: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["make", "--no-print-directory", target], cwd=REPO, env=self.env(),
                              capture_output=True, text=True, timeout=600)


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test where it is absent, fails under CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent (the shared corpus sits beside the repo in CI)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    bolt_port = int(os.environ.get("CLAIMGRAPH_TEST_BOLT_PORT", "17687"))
    server = Neo4jServer(
        bolt_port=bolt_port,
        http_port=int(os.environ.get("CLAIMGRAPH_TEST_HTTP_PORT", "17474")),
        password=os.environ.get("CLAIMGRAPH_TEST_NEO4J_PASSWORD", "claimgraph-test"),
        home=REPO / "var" / f"neo4j-test-{bolt_port}",
    )
    started = server.make("neo4j-status").returncode != 0
    if started:
        result = server.make("neo4j-up")
        if result.returncode != 0:
            pytest.fail(f"make neo4j-up failed:\n{result.stdout}\n{result.stderr}")
    yield server
    if started and not os.environ.get("CLAIMGRAPH_TEST_KEEP_NEO4J"):
        server.make("neo4j-down")


@pytest.fixture(scope="session")
def _schema_ready(neo4j_server: Neo4jServer) -> None:
    with Neo4jStore(neo4j_server.uri, "neo4j", neo4j_server.password) as store:
        store.setup_schema()


@pytest.fixture
def store(neo4j_server: Neo4jServer, _schema_ready: None) -> Iterator[Neo4jStore]:
    """A Neo4jStore on the test server, its graph emptied before the test."""
    s = Neo4jStore(neo4j_server.uri, "neo4j", neo4j_server.password)
    s.clear()
    try:
        yield s
    finally:
        s.close()
