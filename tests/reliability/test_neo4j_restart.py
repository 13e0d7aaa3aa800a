"""Neo4j stopped under a running ingest, and restarted under a running API."""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from claimgraph.api.http.app import API_RETRY_S
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.ingest.pipeline import DEFAULT_CHUNK
from tests.conftest import Neo4jServer
from tests.reliability.conftest import CORPUS_SIZE, SAMPLES, CleanRun, server_down, server_up
from tests.reliability.corpus import article_ids, most_in_one_write
from tests.reliability.graphs import fingerprint, stored_articles
from tests.reliability.processes import (
    API_KEY,
    ApiProcess,
    api_process,
    finish,
    http_client,
    run_ingest,
    start_ingest,
)

pytestmark = pytest.mark.reliability

OUTAGE_ANSWER_S = API_RETRY_S + 20.0
"""A request while the database is down answers 503 within the API's retry budget, plus slack for a
loaded machine; still well short of the driver's default 30 s of retries or a hung connection."""
STUCK_S = 600.0
"""How long a condition may take to come true before the test calls it stuck."""
POLLED = 3
"""Answers the poller must have given in a phase before the test moves on."""


def test_neo4j_stopped_mid_ingest_names_what_was_not_written_and_the_rerun_completes_it(
    rel_server: Neo4jServer, corpus: Path, clean_run: CleanRun, rel_store: Neo4jStore,
) -> None:
    origins = article_ids(corpus)
    assert len(set(origins.values())) == CORPUS_SIZE
    started = time.monotonic()
    process = start_ingest(rel_server, corpus)
    while process.poll() is None and stored_articles(rel_store) < 2 * DEFAULT_CHUNK:
        time.sleep(0.05)
    # The ingest is frozen while the server stops: otherwise, on a machine
    # where the ingest is fast and the shutdown slow, it could finish the
    # corpus before the server is gone and the scenario would test nothing.
    # A transaction it had under way stays open and is ended by the shutdown.
    os.killpg(process.pid, signal.SIGSTOP)
    stored_at_stop = stored_articles(rel_store)
    stop_s = server_down(rel_server)
    os.killpg(process.pid, signal.SIGCONT)
    broken = finish(process, started)
    broken_s = time.monotonic() - started
    server_up(rel_server)

    failures = broken.not_ingested()
    stored = rel_store.existing_articles(sorted(set(origins.values())))
    missing = {origin for origin, aid in origins.items() if aid not in stored}
    rerun = run_ingest(rel_server, corpus)
    after = fingerprint(rel_store)

    summary = broken.summary
    print(f"\nNeo4j stopped (in {stop_s:.1f} s) with {stored_at_stop} of {CORPUS_SIZE} articles stored; "
          f"the ingest exited {broken.returncode} after {broken_s:.1f} s: written {summary.written}, "
          f"failed {summary.failed} ({len(failures)} named on stderr), {len(stored)} stored in fact")
    print(f"re-run after Neo4j returned: exit {rerun.returncode}, skipped {rerun.summary.skipped}, "
          f"written {rerun.summary.written}; graph {after.describe()}")

    assert process.poll() is not None and broken.returncode != 0, broken.output
    assert summary.read == CORPUS_SIZE and summary.written + summary.failed == CORPUS_SIZE, broken.output
    assert summary.failed > 0 and len(failures) == summary.failed, broken.output
    assert all(problem.startswith("not written:") and "not available" in problem for problem in failures.values())
    # Every article missing from the graph is named; a named one may have been
    # committed by the one transaction whose answer was lost as the server went down.
    assert missing <= set(failures), sorted(missing - set(failures))[:5]
    assert len(failures) - len(missing) <= most_in_one_write(corpus)
    assert rerun.returncode == 0, rerun.output
    assert (rerun.summary.skipped, rerun.summary.written) == (len(stored), len(missing))
    assert after.duplicates == 0
    assert (after.nodes, after.relationships, after.checksum) == (
        clean_run.fingerprint.nodes, clean_run.fingerprint.relationships, clean_run.fingerprint.checksum)


@dataclass(frozen=True)
class Answer:
    at: float
    path: str
    status: int | str
    seconds: float

    @property
    def done(self) -> float:
        return self.at + self.seconds


class Poller(threading.Thread):
    """Asks the API one route after another until stopped, noting every answer."""

    def __init__(self, api: ApiProcess, paths: list[str]) -> None:
        super().__init__(daemon=True)
        self.api, self.paths = api, paths
        self.answers: list[Answer] = []
        self.halt = threading.Event()

    def run(self) -> None:
        with http_client(self.api.base_url) as client:
            i = 0
            while not self.halt.is_set():
                path = self.paths[i % len(self.paths)]
                i += 1
                start = time.monotonic()
                try:
                    status: int | str = client.get(path).status_code
                except httpx.HTTPError as error:
                    status = type(error).__name__
                self.answers.append(Answer(start, path, status, time.monotonic() - start))
                self.halt.wait(0.1)

    def await_answers(self, since: float, count: int = POLLED) -> None:
        """Wait until ``count`` requests sent at or after ``since`` have their answer."""
        deadline = time.monotonic() + STUCK_S
        while sum(a.at >= since for a in list(self.answers)) < count:
            assert self.is_alive(), "the poller stopped"
            assert time.monotonic() < deadline, f"the poller got no {count} answers in {STUCK_S} s"
            time.sleep(0.05)


def timed_get(client: httpx.Client, path: str) -> tuple[httpx.Response, float]:
    start = time.monotonic()
    return client.get(path), time.monotonic() - start


def read_routes(store: Neo4jStore) -> list[str]:
    graph = store.export_graph()

    def first(label: str) -> str:
        return next(n.id for n in graph.nodes if label in n.labels)

    actor, outlet, claim, article = first("Person"), first("Outlet"), first("Claim"), first("Article")
    return ["/health", "/actors?q=ministry", f"/actors/{actor}", f"/actors/{actor}/claims", "/claims?q=killed",
            f"/claims/{claim}/provenance", "/figures?metric=killed", "/contradictions", "/corroborations",
            f"/paths?from={actor}&to={outlet}", f"/articles/{article}/graph"]


def test_the_api_answers_503_while_neo4j_restarts_and_recovers_without_a_restart(
    rel_server: Neo4jServer, rel_store: Neo4jStore,
) -> None:
    assert run_ingest(rel_server, SAMPLES).returncode == 0
    routes = read_routes(rel_store)
    with api_process(rel_server) as api, \
            http_client(api.base_url) as client:
        before = {path: client.get(path) for path in routes}
        assert {p: r.status_code for p, r in before.items()} == {p: 200 for p in routes}
        poller = Poller(api, routes)
        poller.start()
        poller.await_answers(since=0)
        down_at = time.monotonic()
        server_down(rel_server)
        down_done = time.monotonic()
        # A few at a time, within the API's max_concurrent_requests: each
        # answer's time is then the API's, not a wait for a worker thread.
        with ThreadPoolExecutor(4) as pool:
            during = dict(zip(routes, pool.map(lambda path: timed_get(client, path), routes), strict=True))
        start = time.monotonic()
        write = client.post("/articles", json={"text": "A harbour official said two cranes collapsed."},
                            headers={"X-API-Key": API_KEY})
        write_s = time.monotonic() - start
        ingest_while_down = run_ingest(rel_server, SAMPLES)
        poller.await_answers(since=down_done)
        up_at = time.monotonic()
        server_up(rel_server)
        up_done = time.monotonic()
        recovered_at = None
        while time.monotonic() - up_done < STUCK_S:
            if client.get("/health").status_code == 200:
                recovered_at = time.monotonic()
                break
            time.sleep(0.2)
        if recovered_at is not None:
            poller.await_answers(since=recovered_at)
        poller.halt.set()
        poller.join(timeout=STUCK_S)
        after = {path: client.get(path) for path in routes}
        still_running = api.process.poll() is None

    statuses = Counter(a.status for a in poller.answers)
    # Each answer goes to a phase by when it was asked and answered: one that
    # straddles a boundary may carry either side's outcome.
    before_stop = [a for a in poller.answers if a.done < down_at]
    stopping = [a for a in poller.answers if a.at < down_at <= a.done]
    in_outage = [a for a in poller.answers if down_at <= a.at and a.done < up_at]
    down = [a for a in in_outage if a.at >= down_done]
    starting = [a for a in poller.answers if a.at < up_done and a.done >= up_at]
    after_start = [a for a in poller.answers if a.at >= up_done]
    after_recovery = [a for a in poller.answers if recovered_at and a.at >= recovered_at]
    print(f"\npoller: {len(poller.answers)} requests {dict(statuses)}; while Neo4j was down "
          f"{len(in_outage)} requests {dict(Counter(a.status for a in in_outage))}, slowest "
          f"{max((a.seconds for a in in_outage), default=0):.2f} s")
    print(f"every route while down: {sorted({r.status_code for r, _ in during.values()})}, slowest "
          f"{max(s for _, s in during.values()):.2f} s; POST /articles {write.status_code} in {write_s:.2f} s")
    print(f"`claimgraph ingest` while Neo4j was down: exit {ingest_while_down.returncode} in "
          f"{ingest_while_down.seconds:.1f} s: {ingest_while_down.stderr.strip()[:100]}")
    print(f"while Neo4j started: {len(starting)} requests {dict(Counter(a.status for a in starting))}; "
          f"after: {len(after_start)} requests {dict(Counter(a.status for a in after_start))}")
    print(f"Neo4j up again after {up_done - up_at:.1f} s; the API answered 200 "
          f"{(recovered_at or float('nan')) - up_done:.2f} s later, same process: {still_running}")

    for path, (response, seconds) in during.items():
        expected = {"status": "unavailable"} if path == "/health" else {"error": "store_unavailable"}
        assert response.status_code == 503 and expected.items() <= response.json().items(), path
        assert seconds < OUTAGE_ANSWER_S, (path, seconds)
    assert (write.status_code, write.json()["error"]) == (503, "store_unavailable")
    assert write_s < OUTAGE_ANSWER_S + 2
    assert ingest_while_down.returncode == 3, ingest_while_down.output
    assert "nothing ingested" in ingest_while_down.stderr and "Traceback" not in ingest_while_down.output
    assert before_stop and all(a.status == 200 for a in before_stop), Counter(a.status for a in before_stop)
    assert {a.status for a in stopping} <= {200, 503}, Counter(a.status for a in stopping)
    assert {a.status for a in in_outage} <= {200, 503}, Counter(a.status for a in in_outage)
    assert down and all(a.status == 503 for a in down), Counter(a.status for a in down)
    # A query sent while the database is still starting may run past the time
    # limit (504) rather than find it closed (503); once it is up, only 503
    # until the API's next query succeeds.
    assert {a.status for a in starting} <= {200, 503, 504}, Counter(a.status for a in starting)
    assert {a.status for a in after_start} <= {200, 503}, Counter(a.status for a in after_start)
    assert recovered_at is not None, f"the API did not answer 200 within {STUCK_S} s of Neo4j's return"
    assert after_recovery and all(a.status == 200 for a in after_recovery), Counter(a.status for a in after_recovery)
    assert still_running
    assert {p: (r.status_code, r.json()) for p, r in after.items()} == {p: (200, r.json()) for p, r in before.items()}
