"""Load: 50 concurrent clients on the read routes for as long as an ingest runs."""
from __future__ import annotations

import asyncio
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import Neo4jServer
from tests.reliability.conftest import SAMPLES
from tests.reliability.processes import (
    REQUEST_STUCK_S,
    STUCK_S,
    UVICORN_KEEP_ALIVE_S,
    api_process,
    finish,
    run_ingest,
    start_ingest,
)

pytestmark = pytest.mark.reliability

CLIENTS = 50
ROUNDS = 4
"""Requests each client sends at least, however soon the ingest ends: the load is
counted in requests, not seconds, so a slow machine does not make it lighter."""


@dataclass(frozen=True)
class Result:
    path: str
    status: int | str
    seconds: float


def read_routes(store: Neo4jStore) -> list[str]:
    graph = store.export_graph()

    def ids(label: str) -> list[str]:
        return [n.id for n in graph.nodes if label in n.labels]

    people, outlets, claims, articles = ids("Person"), ids("Outlet"), ids("Claim"), ids("Article")
    routes = ["/health", "/actors?q=ministry", "/claims?q=killed", "/figures?metric=killed", "/contradictions",
              "/corroborations", "/figures?metric=injured&place=Qasr%20Badr"]
    routes += [f"/actors/{a}" for a in people[:5]] + [f"/actors/{a}/claims" for a in people[:5]]
    routes += [f"/claims/{c}/provenance" for c in claims[:5]] + [f"/articles/{a}/graph" for a in articles[:3]]
    routes += [f"/paths?from={a}&to={outlets[0]}" for a in people[:3]]
    return routes


async def client_loop(client: httpx.AsyncClient, routes: list[str], start: int,
                      ingest: subprocess.Popen[str], results: list[Result]) -> None:
    i = start
    stuck_at = time.monotonic() + STUCK_S
    while (i - start < ROUNDS or ingest.poll() is None) and time.monotonic() < stuck_at:
        path = routes[i % len(routes)]
        i += 1
        began = time.monotonic()
        try:
            status: int | str = (await client.get(path)).status_code
        except httpx.HTTPError as error:
            status = f"{type(error).__name__}: {error!r} (cause {error.__cause__!r})"
        results.append(Result(path, status, time.monotonic() - began))


async def load(base_url: str, routes: list[str], ingest: subprocess.Popen[str]) -> list[Result]:
    """Every client asks until the ingest has ended and it has sent ROUNDS requests."""
    results: list[Result] = []
    # As http_client: idle connections go before uvicorn closes them.
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS,
                          keepalive_expiry=UVICORN_KEEP_ALIVE_S / 2)
    async with httpx.AsyncClient(base_url=base_url, timeout=REQUEST_STUCK_S, limits=limits) as client:
        await asyncio.gather(*(client_loop(client, routes, i, ingest, results) for i in range(CLIENTS)))
    return results


def route_of(path: str) -> str:
    """The route a request went to: its path without the query, ids as {id}."""
    return "/".join("{id}" if any(c.isdigit() for c in part) else part for part in path.split("?")[0].split("/"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def test_fifty_clients_on_the_read_routes_during_an_ingest_get_no_errors(
    rel_server: Neo4jServer, rel_store: Neo4jStore, corpus: Path,
) -> None:
    assert run_ingest(rel_server, SAMPLES).returncode == 0
    routes = read_routes(rel_store)
    with api_process(rel_server) as live:
        started = time.monotonic()
        ingest = start_ingest(rel_server, corpus)
        results = asyncio.run(load(live.base_url, routes, ingest))
        load_s = time.monotonic() - started
        ingest_run = finish(ingest, started)

    latencies = [r.seconds for r in results]
    errors = [r for r in results if r.status != 200]
    p50, p99 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000
    print(f"\n{CLIENTS} clients for {load_s:.0f} s on {len(routes)} read routes: {len(results)} requests "
          f"({len(results) / load_s:.0f}/s), {len(errors)} errors; latency p50 {p50:.0f} ms, "
          f"p99 {p99:.0f} ms, max {max(latencies) * 1000:.0f} ms")
    by_route: dict[str, list[float]] = {}
    for r in results:
        by_route.setdefault(route_of(r.path), []).append(r.seconds)
    slowest = sorted(by_route.items(), key=lambda item: -percentile(item[1], 0.99))[:4]
    print("slowest routes by p99: " + ", ".join(f"{route} {percentile(times, 0.99) * 1000:.0f} ms"
                                                for route, times in slowest))
    print(f"ingest alongside: exit {ingest_run.returncode}, {ingest_run.summary}, {ingest_run.seconds:.1f} s")
    assert len(results) >= CLIENTS * ROUNDS
    assert not errors, errors[:10]
    assert ingest_run.returncode == 0, ingest_run.output
    assert ingest_run.summary.written > 0
