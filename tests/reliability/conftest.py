"""The reliability suite's own Neo4j server, corpus and clean reference run.

These tests stop, restart and overload the database, so they never use the
session server the other tests share: ``make neo4j-up`` runs a second server
in ``var/neo4j-reliability`` on ports 37687/37474 (or
``CLAIMGRAPH_RELIABILITY_BOLT_PORT``/``_HTTP_PORT``), with its own password
(``CLAIMGRAPH_RELIABILITY_NEO4J_PASSWORD``). When the fixture starts that
server it starts from an empty database and stops it at the end
(``CLAIMGRAPH_TEST_KEEP_NEO4J=1`` keeps it running).
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import REPO, Neo4jServer, shared_path
from tests.reliability.graphs import Fingerprint, fingerprint
from tests.reliability.processes import LOGS, IngestRun, run_ingest

CORPUS_SIZE = 400
"""Several chunks more than the ingest holds in flight (IN_FLIGHT_ROWS in the writer, some 120 of these
articles, its largest write; a chunk waiting to be handed over and one being extracted): after any one
write there is more to write, so a kill or an outage meets articles written, in flight and not yet read.
A larger corpus adds minutes to the suite, not cases."""
SAMPLES = REPO / "samples"
SAMPLE_ARTICLES = 6  # samples/: two .txt, one .json, two JSON Lines records, one .html


@dataclass(frozen=True)
class CleanRun:
    """The corpus ingested once into an empty graph, undisturbed."""

    fingerprint: Fingerprint
    run: IngestRun


def _server() -> Neo4jServer:
    return Neo4jServer(
        bolt_port=int(os.environ.get("CLAIMGRAPH_RELIABILITY_BOLT_PORT", "37687")),
        http_port=int(os.environ.get("CLAIMGRAPH_RELIABILITY_HTTP_PORT", "37474")),
        password=os.environ.get("CLAIMGRAPH_RELIABILITY_NEO4J_PASSWORD", "claimgraph-reliability-pw"),
        home=REPO / "var" / "neo4j-reliability",
    )


def server_up(server: Neo4jServer) -> None:
    """Start the server unless it runs; fail the test when it does not come up."""
    result = server.make("neo4j-up")
    if result.returncode != 0:
        pytest.fail(f"make neo4j-up failed:\n{result.stdout}\n{result.stderr}")


def server_down(server: Neo4jServer) -> float:
    """Stop the server; the seconds it took."""
    start = time.monotonic()
    result = server.make("neo4j-down")
    assert result.returncode == 0, result.stdout + result.stderr
    return time.monotonic() - start


def connect(server: Neo4jServer) -> Neo4jStore:
    return Neo4jStore(server.uri, "neo4j", server.password)


@pytest.fixture(scope="session")
def rel_server() -> Iterator[Neo4jServer]:
    server = _server()
    shutil.rmtree(LOGS, ignore_errors=True)
    started = server.make("neo4j-status").returncode != 0
    if started:
        # A fresh database: nothing from an earlier session, and the password
        # set from this session's environment.
        shutil.rmtree(server.home / "data", ignore_errors=True)
        server_up(server)
    with connect(server) as store:
        store.setup_schema()
    yield server
    if started and not os.environ.get("CLAIMGRAPH_TEST_KEEP_NEO4J"):
        server.make("neo4j-down")


@pytest.fixture
def rel_store(rel_server: Neo4jServer) -> Iterator[Neo4jStore]:
    """A store on the reliability server (brought back up if a test left it
    down), its graph emptied before the test."""
    if rel_server.make("neo4j-status").returncode != 0:
        server_up(rel_server)
    store = connect(rel_server)
    store.setup_schema()
    store.clear()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 articles: the project's samples plus PolNeAR training texts (copied
    outside the repo, read from ../shared)."""
    polnear = shared_path("polnear", "train", "text")
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLES, root / "samples", ignore=shutil.ignore_patterns("*.md"))
    texts = sorted(polnear.glob("*.txt"))[: CORPUS_SIZE - SAMPLE_ARTICLES]
    assert len(texts) == CORPUS_SIZE - SAMPLE_ARTICLES, f"{polnear} holds only {len(texts)} texts"
    (root / "polnear").mkdir()
    for text in texts:
        shutil.copyfile(text, root / "polnear" / text.name)
    return root


@pytest.fixture(scope="session")
def clean_run(rel_server: Neo4jServer, corpus: Path) -> CleanRun:
    """The reference: the corpus ingested once, alone, into an empty graph."""
    with connect(rel_server) as store:
        if rel_server.make("neo4j-status").returncode != 0:
            server_up(rel_server)
        store.clear()
        run = run_ingest(rel_server, corpus)
        assert run.returncode == 0, run.output
        assert (run.summary.read, run.summary.written) == (CORPUS_SIZE, CORPUS_SIZE), run.output
        reference = fingerprint(store)
        store.clear()
    print(f"\nclean run: {CORPUS_SIZE} articles in {run.seconds:.1f} s; {reference.describe()}")
    return CleanRun(reference, run)
