"""Query latency through the HTTP API and through the bare driver, on a synthetic graph.

For each size (100,000 and 1,000,000 claims; ``--quick``: 10,000 and 100,000 with
fewer calls), :mod:`bench.synthetic` writes the graph as CSV (kept in
``var/bench/synthetic-<N>`` for the next run), ``neo4j-admin database import``
loads it into the benchmark's server (:mod:`bench.server`), and the schema is
set up and its indexes waited for. Then, for each query of the catalog
(``docs/queries.md``), the same parameter sets (ids and words drawn from the
generated graph) go, call after call, to the bare driver running the query's
Cypher file the way the store reads it (:func:`store_call`) and to the API (uvicorn in a child process on loopback, the standard
library's HTTP client on one kept-alive connection): p50 and p95 of each, and
API/driver at p95. Both paths stop a call
at the API's time limit (``CLAIMGRAPH_QUERY_TIMEOUT_S``, 10 s), and the calls
so stopped are counted and printed. ``EXPLAIN`` of each
query tells whether it enters the graph through an index (export_graph reads
the whole graph on purpose: it is timed on its own, not counted).

    python -m bench.queries            # 100k and 1M claims, 200 calls a query
    python -m bench.queries --quick    # 10k and 100k claims, 50 calls a query
    python -m bench.queries --pages    # the pages against the JSON routes they render
    python -m bench.queries --sizes 100000 --overhead incident,incidents   # where an API call's time goes
    python -m bench.queries --quick --only incident --servers h11/asyncio,httptools/asyncio   # uvicorn's choices
    python -m bench.queries --only search_claims,search_claims_before      # chosen queries, both sizes
    python -m bench.queries --only figures,figures_at_place_before         # the table at a place, before its key
    python -m bench.queries --sizes 1000000 --profile search_claims_before,search_claims   # db hits, common word
    python -m bench.queries --sizes 1000000 --profile incidents_before,incidents   # db hits, unfiltered list
    python -m bench.queries --sizes 1000000 --profile claims_by_actor_before,claims_by_actor   # heaviest speaker
    python -m bench.queries --sizes 100000 --profile figures_before,figures   # killed, first page
    python -m bench.queries --sizes 1000000 --plan-time incidents,incidents_before   # seconds to plan each statement

A graph the server already holds from an earlier run (the same files, counts
unchanged since) is not imported again: the server is restarted on it, so its
caches start as cold as after an import, and that size runs first.

``--only`` times chosen queries of the catalog on each size, and may name a
baseline (:data:`BASELINES`): an earlier form of a query, kept in ``bench/cypher``,
timed on the bare driver on the same calls as the query it stands for (the API
answers with the current form only, so its columns read n/a), in the same run.
When both are named, a line says on how many calls their answers were equal: their records, or
for the figures tables (whose records now carry only what the answer keeps) the typed answers.

``--profile`` runs chosen queries (``search_claims``, the actor's claims, figures
and profile, the pair lists, the incident list, the figures table, or a baseline
of one) once under PROFILE on the first size: a search for the graph's most
common claim word, an actor's query for its heaviest speaker, a pair list for
every metric, the incident list with no filter, the figures table of killed with
no filter. It prints the counts answered, the database hits and rows of the
whole plan (the incident list's: of its statements together) and the operator
with the most rows.

``--plan-time`` plans each statement of chosen queries (``CYPHER replan=force
EXPLAIN``: planned anew, not run) ``--rounds`` times in turn on the first size and
prints the seconds each took, the first round (on a fresh server: cold) apart.

``--overhead`` times chosen queries call after call on the bare driver, through
the API with this benchmark's client and through the API with httpx: what the
API adds, and what the choice of client adds to that.

``--servers`` starts one API server per uvicorn choice of HTTP parser and event loop
(``HTTP/LOOP``: ``h11``, ``httptools`` or ``auto``; ``asyncio``, ``uvloop`` or ``auto``) and
times the ``--only`` queries call after call on the driver and on each server in turn, with
each server's CPU a call: two ways of serving compared on the same calls, the same load.

``--pages`` ingests real articles (the samples, the seed, conflict-dev and
PolNeAR's dev split, as ``claimgraph ingest`` does: incidents resolved, figures linked)
into the benchmark's server, then times each page under /ui against the JSON
routes whose answers it renders, call after call on the same parameters, on
the same API: the incident list against ``GET /incidents`` (same filters), an
incident page against ``GET /incidents/{id}``, a claim page against its
provenance, an actor page against the profile and the claims it shows.

Run from the repository root. The last line is the summary.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import neo4j

from bench.bulk_import import CsvFile, import_full
from bench.server import REPO, BenchServer, load_average, process_cpu_seconds
from bench.statements import bench_query
from bench.synthetic import VERSION, Sample, generate
from claimgraph.graph import incident_reads, path_reads, queries, to_results
from claimgraph.graph.model import INCIDENT_KINDS, Metric
from claimgraph.graph.neo4j_store import plain_values
from claimgraph.graph.results import (
    CARRIED_BY_CLAIMS,
    FIGURE_TOTAL_CAP,
    INCIDENT_TOTAL_CAP,
    MAX_PATH_DEGREE,
    MAX_PATH_HOPS,
    PAIR_TOTAL_CAP,
    PATH_END_CAP,
    PATH_END_CLAIMS,
    SEARCH_TOTAL_CAP,
    NodeLabel,
    RelType,
)
from claimgraph.graph.search import lucene_query, search_phrase, search_words
from claimgraph.graph.stated import metric_range
from claimgraph.graph.store import incident_kinds
from claimgraph.graph.voice import MAX_MEMBER_DEPTH, VoiceScope, key_range
from claimgraph.settings import Settings
from tests.plans import INDEXED, SCANS, operators

API_PORT = int(os.environ.get("CLAIMGRAPH_BENCH_API_PORT", "48000"))
"""The API's port on loopback (another for a second benchmark at once)."""
MAX_TIMEOUTS = 10
"""Calls of one query stopped at the time limit after which its remaining calls are not made."""
_TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut"
_METRICS = [Metric.KILLED, Metric.INJURED, Metric.ATTACKS, Metric.ARRESTED]
BASELINES = {"search_claims_before": "search_claims", "claims_by_actor_before": "claims_by_actor",
             "figures_by_actor_before": "figures_by_actor", "actor_profile_before": "actor_profile",
             "contradictions_before": "contradictions", "corroborations_before": "corroborations",
             "incidents_before": "incidents", "incidents_one_statement": "incidents", "figures_before": "figures",
             "figures_at_place_before": "figures",
             "shortest_path_before": "shortest_path"}
"""Earlier forms of catalog queries (``bench/cypher``), by the query whose calls they are timed on."""


class Api:
    """GET on the API over one kept-alive HTTP/1.1 connection (the standard library's client).

    httpx took 0.6 to 1.7 ms a call more at p50 (``--overhead``, 200 calls of five queries at
    a load of 3): time of the client, not of the API, that counted on the API's side of each ratio.
    A connection the server closed is opened again once, and a GET is safe to send twice.
    """

    def __init__(self, port: int, timeout: float = 120) -> None:
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def get(self, path: str, params: dict[str, Any] | None = None) -> tuple[int, bytes]:
        target = f"{path}?{urlencode(params)}" if params else path
        for attempt in range(2):
            try:
                self._connection.request("GET", target)
                response = self._connection.getresponse()
                return response.status, response.read()
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine):
                self._connection.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        status, body = self.get(path, params)
        if status != 200:
            raise SystemExit(f"GET {path} {params} answered {status}: {body[:300]!r}")
        return json.loads(body)

    def close(self) -> None:
        self._connection.close()


@dataclass(frozen=True, slots=True)
class Call:
    """One call of a query: the route the API answers it on and what the store sends the driver."""

    path: str
    params: dict[str, Any]
    cypher: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Timing:
    name: str
    driver_p50: float
    driver_p95: float
    api_p50: float
    api_p95: float
    seek: bool | None
    calls: int = 0
    timeouts: int = 0
    """Calls stopped at the time limit, on either path (their time counts as the limit)."""
    warmup_stopped: int = 0
    """Of the unmeasured calls before them (the first after a server start, which plan the
    query), those stopped at the time limit on either path."""

    @property
    def ratio(self) -> float:
        return self.api_p95 / self.driver_p95 if self.driver_p95 else float("inf")


def _date(sample: Sample, rng: random.Random) -> dt.date:
    return dt.date.fromisoformat(sample.first_day) + dt.timedelta(days=rng.randrange(sample.days))


def _search(word_pool: list[str], rng: random.Random, path: str, phrase: bool) -> Call:
    words = " ".join(rng.sample(word_pool, 2 if rng.random() < 0.3 else 1))
    limit = 20
    folded = search_words(words)
    cypher: dict[str, Any] = {"lucene": lucene_query(folded), "words": folded, "limit": limit, "offset": 0}
    if phrase:
        cypher["phrase"] = search_phrase(words)
    else:
        cypher["history"] = False
        cypher["cap"] = SEARCH_TOTAL_CAP
    return Call(path, {"q": words, "limit": limit}, cypher)


def _claims_by_actor(actor: str, since: dt.date | None) -> Call:
    params: dict[str, Any] = {"limit": 50, **({"since": since.isoformat()} if since else {})}
    low, high = key_range(since, None)
    return Call(f"/actors/{actor}/claims", params, {"id": actor, "depth": MAX_MEMBER_DEPTH, "low": low,
                                                    "high": high, "filtered": True,
                                                    "filters": {"channel": None}, "limit": 50, "offset": 0,
                                                    "history": False, "cap": SEARCH_TOTAL_CAP})


def _figures_by_actor(actor: str, metric: str) -> Call:
    low, high = key_range(None, None)
    return Call("/figures", {"metric": metric, "by": actor, "limit": 100},
                {"id": actor, "metric": metric, "filters": {"place": None}, "depth": MAX_MEMBER_DEPTH, "low": low,
                 "high": high, "limit": 100, "offset": 0, "history": False, "cap": FIGURE_TOTAL_CAP})


def _figures(metric: str, place: str | None) -> Call:
    """The figures table's first page (its baseline, figures_before, takes metric and the dated filters)."""
    low, high = metric_range(metric, None, None)
    params: dict[str, Any] = {"metric": metric, "limit": 100, **({"place": place} if place else {})}
    return Call("/figures", params, {"metric": metric, "low": low, "high": high,
                                     "filters": {"place": place, "since": None, "until": None},
                                     "limit": 100, "offset": 0, "history": False, "cap": FIGURE_TOTAL_CAP})


def _actor_profile(actor: str) -> Call:
    low, high = key_range(None, None)
    return Call(f"/actors/{actor}", {}, {"id": actor, "low": low, "high": high,
                                         "carried_claims": CARRIED_BY_CLAIMS, "history": False,
                                         "cap": SEARCH_TOTAL_CAP})


def _pairs(route: str, metric: str | None) -> Call:
    metrics = [metric] if metric else [m.value for m in Metric]
    return Call(route, {"limit": 100, **({"metric": metric} if metric else {})},
                {"metrics": metrics, "limit": 100, "offset": 0, "history": False, "cap": PAIR_TOTAL_CAP})


def _calls(sample: Sample, rng: random.Random) -> dict[str, Callable[[], Call]]:
    """For each catalog query, a maker of one varied call.

    The heaviest speaker is in every pool of actors the calls are drawn from,
    so a query whose cost grows with an actor's claims meets it.
    """
    speakers = list(dict.fromkeys([sample.heaviest, *sample.speakers]))
    actors = list(dict.fromkeys([sample.heaviest, *sample.actors]))

    def claims_by_actor() -> Call:
        actor = rng.choice(speakers)
        return _claims_by_actor(actor, _date(sample, rng) if rng.random() < 0.3 else None)

    def figures() -> Call:
        return _figures(rng.choice(_METRICS).value, rng.choice(sample.places[:60]) if rng.random() < 0.5 else None)

    def figures_by_actor() -> Call:
        actor, metric = rng.choice(actors), rng.choice(_METRICS).value
        return _figures_by_actor(actor, metric)

    def pairs(route: str) -> Callable[[], Call]:
        def make() -> Call:
            return _pairs(route, rng.choice(_METRICS).value if rng.random() < 0.7 else None)
        return make

    def path() -> Call:
        source, target = rng.choice(speakers), rng.choice(actors)
        low, high = key_range(None, None)
        return Call("/paths", {"from": source, "to": target},
                    {"source": source, "target": target, "max_hops": MAX_PATH_HOPS, "max_degree": MAX_PATH_DEGREE,
                     "end_cap": PATH_END_CAP, "end_claims": PATH_END_CLAIMS, "low": low, "high": high,
                     "history": False})

    def by_id(route: str, pool: list[str], **extra: Any) -> Callable[[], Call]:
        def make() -> Call:
            node = rng.choice(pool)
            return Call(route.format(node), {}, {"id": node, **extra})
        return make

    def incidents() -> Call:
        kind = rng.choice(INCIDENT_KINDS[:-1]) if rng.random() < 0.3 else None
        metric = rng.choice(_METRICS).value if rng.random() < 0.3 else None
        place = rng.choice(sample.places[:60]) if rng.random() < 0.2 else None
        since = _date(sample, rng) if rng.random() < 0.2 else None
        conflict = rng.choice((True, False)) if rng.random() < 0.3 else None
        params: dict[str, Any] = {"limit": 50, **({"kind": kind} if kind else {}), **({"metric": metric} if metric else {}),
                                  **({"place": place} if place else {}),
                                  **({"since": since.isoformat()} if since else {}),
                                  **({"has_conflict": str(conflict).lower()} if conflict is not None else {})}
        filters: dict[str, Any] = {"place": place, "since": since, "until": None, "metric": metric, "words": [],
                   "has_conflict": conflict, "by": None, "depth": MAX_MEMBER_DEPTH}
        return Call("/incidents", params, {"kinds": incident_kinds(kind), "filters": filters, "limit": 50,
                                           "offset": 0, "history": False, "cap": INCIDENT_TOTAL_CAP})

    return {
        "search_actors": lambda: _search(sample.name_words, rng, "/actors", phrase=True),
        "actor_profile": lambda: _actor_profile(rng.choice(actors)),
        "claims_by_actor": claims_by_actor,
        "search_claims": lambda: _search(sample.claim_words, rng, "/claims", phrase=False),
        "claim_provenance": by_id("/claims/{}/provenance", sample.claim_ids),
        "figures": figures,
        "figures_by_actor": figures_by_actor,
        "contradictions": pairs("/contradictions"),
        "corroborations": pairs("/corroborations"),
        "shortest_path": path,
        "article_graph": lambda: Call(*_article_graph(rng.choice(sample.article_ids))),
        "incidents": incidents,
        "incident": by_id("/incidents/{}", sample.incident_ids, history=False),
    }


def _article_graph(article: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """The latest version's graph (version null: the article as it stands)."""
    return f"/articles/{article}/graph", {}, {"id": article, "version": None}


def _percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def named_query(name: str) -> str:
    """A catalog query's text, or a baseline's."""
    return bench_query(name) if name in BASELINES else queries.query(name)


def statements(name: str) -> tuple[str, ...]:
    """The statements a call of the query runs: the incident list's several (graph.incident_reads),
    the path search's (graph.path_reads), else the query (a catalog one or a baseline)."""
    return {"incidents": incident_reads.STATEMENTS, "shortest_path": path_reads.STATEMENTS}.get(name, (name,))


def run_call(tx: neo4j.ManagedTransaction, name: str, params: dict[str, Any],
             plans: list[Any] | None = None) -> list[dict[str, Any]]:
    """One call of the query in the caller's transaction, as the store makes it (the incident list
    runs its statements through graph.incident_reads, the path search through graph.path_reads):
    its records. With ``plans``, each statement runs under PROFILE and its profile is added there."""
    def records(text: str, values: dict[str, Any]) -> list[dict[str, Any]]:
        if plans is None:
            return [dict(r) for r in tx.run(text, **values)]
        result = tx.run("PROFILE " + text, **values)
        rows = [dict(r) for r in result]
        plans.append(result.consume().profile)
        return rows

    def read(statement: str, values: dict[str, Any]) -> list[dict[str, Any]]:
        return records(queries.query(statement), values)

    if name == "incidents":
        return [incident_reads.incident_page(lambda statement, values: read(statement, values)[0], **params)]
    if name == "shortest_path":
        return [path_reads.path_record(read, **params)]
    return records(named_query(name), params)


def store_call(driver: neo4j.Driver, name: str, params: dict[str, Any], limit_s: float) -> list[dict[str, Any]]:
    """One call of the query read as the store reads it (``Neo4jStore.read``): a single statement through
    the driver's execute_query (BEGIN sent with the query), the incident list's and the path search's
    statements in one managed transaction of a session; each stopped at ``limit_s``."""
    if len(statements(name)) > 1:
        @neo4j.unit_of_work(timeout=limit_s)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return run_call(tx, name, params)

        with driver.session(database="neo4j", default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work)
    return driver.execute_query(neo4j.Query(named_query(name), timeout=limit_s), params,
                                routing_=neo4j.RoutingControl.READ, database_="neo4j", bookmark_manager_=None,
                                result_transformer_=lambda result: [dict(r) for r in result])


def uses_index(session: neo4j.Session, name: str, params: dict[str, Any]) -> bool:
    """EXPLAIN: each statement's plan enters through an index (a seek, a full-text query or a
    lookup by element id) and scans no label."""
    for statement in statements(name):
        plan = session.run("EXPLAIN " + named_query(statement), **params).consume().plan
        if plan is None:
            raise RuntimeError(f"EXPLAIN of {statement} returned no plan")
        ops = operators(plan)
        if any(op in SCANS for op, _ in ops) or not any(op in INDEXED for op, _ in ops):
            return False
    return True


def measure(name: str, batch: list[Call], driver: neo4j.Driver, client: Api, limit_s: float,
            answers: list[Any] | None = None) -> Timing:
    """Calls, one after the other on the same parameters, on the driver and through the API.

    Both paths stop a query at the API's time limit (``CLAIMGRAPH_QUERY_TIMEOUT_S``);
    a stopped call counts its time, and once ``MAX_TIMEOUTS`` calls of a query
    were stopped the rest are not made (its p95 is then the limit, whatever
    the rest would do). A baseline is timed on the driver only (its API columns are NaN).
    """
    baseline = name in BASELINES

    answered: list[Any] = []

    def on_driver(call: Call) -> tuple[float, bool]:
        started = time.perf_counter()
        try:
            answered.append(store_call(driver, name, call.cypher, limit_s))
        except neo4j.exceptions.ClientError as e:
            if not (e.code or "").startswith(_TIMED_OUT):
                raise
            answered.append(None)
            return time.perf_counter() - started, True
        return time.perf_counter() - started, False

    def on_api(call: Call) -> tuple[float, bool]:
        if baseline:
            return float("nan"), False
        started = time.perf_counter()
        status, body = client.get(call.path, call.params)
        elapsed = time.perf_counter() - started
        if status == 504:
            return elapsed, True
        if status != 200:
            raise SystemExit(f"{name}: GET {call.path} {call.params} answered {status}: {body[:300]!r}")
        return elapsed, False

    warmup_stopped = 0
    for call in batch[:10]:
        (_, d_out), (_, a_out) = on_driver(call), on_api(call)
        warmup_stopped += d_out + a_out
    answered.clear()
    driver_ms, api_ms = [], []
    timeouts = 0
    for call in batch:
        (d, d_out), (a, a_out) = on_driver(call), on_api(call)
        driver_ms.append(1000 * d)
        api_ms.append(1000 * a)
        timeouts += d_out or a_out
        if timeouts >= MAX_TIMEOUTS:
            break
    if answers is not None:
        answers.extend(answered)
    with driver.session(database="neo4j") as session:
        seek = uses_index(session, name, batch[0].cypher)
    return Timing(name, _percentile(driver_ms, 50), _percentile(driver_ms, 95), _percentile(api_ms, 50),
                  _percentile(api_ms, 95), seek, len(driver_ms), timeouts, warmup_stopped)


def _figure_answer(records: list[dict[str, Any]], call: Call) -> Any:
    """The typed table a figures call's records make, as the store makes it."""
    p = call.cypher
    return [to_results.figure_table(plain_values(r), metric=p["metric"], place=p["filters"]["place"], since=None,
                                    until=None, limit=p["limit"], offset=p["offset"], cap=p["cap"],
                                    scope=VoiceScope.ALL if "depth" in p else None) for r in records]


def _path_answer(records: list[dict[str, Any]], call: Call) -> Any:
    """The path and the ends bounded: the baseline, which bounds none, has no such column."""
    return [(r.get("bounded", []), r["paths"]) for r in records]


ANSWERS: dict[str, Callable[[list[dict[str, Any]], Call], Any]] = {
    "figures": _figure_answer, "figures_by_actor": _figure_answer, "shortest_path": _path_answer}
"""Queries whose records carry only what their answer keeps (map projections) while their baseline's carry
whole property maps, or a column their baseline lacks: compared by the answer, not record for record."""


def same_answers(baseline: str, before: list[Any], query: str, after: list[Any], calls: list[Call]) -> str:
    """How many calls the baseline and its query answered alike, of those both answered: their records,
    or for a query of :data:`ANSWERS` the answers made of them."""
    answer = ANSWERS.get(query)
    both = [(b, a) if answer is None else (answer(b, call), answer(a, call))
            for b, a, call in zip(before, after, calls, strict=False) if b is not None and a is not None]
    differ = sum(b != a for b, a in both)
    return (f"answers: {baseline} and {query} {'equal' if not differ else 'DIFFER'} on {len(both) - differ} "
            f"of {len(both)} calls both answered")


def measure_export(driver: neo4j.Driver, server: BenchServer, calls: int) -> Timing:
    """The whole-graph export: the bare driver, then the store's typed answer (the API has no route for it)."""
    params: dict[str, Any] = {"labels": [label.value for label in NodeLabel], "types": [t.value for t in RelType]}
    text = queries.query("export_graph")
    driver_ms, store_ms = [], []
    with server.store() as store:
        for _ in range(calls):
            started = time.perf_counter()
            with driver.session(database="neo4j", default_access_mode=neo4j.READ_ACCESS) as session:
                session.execute_read(lambda tx: list(tx.run(text, **params)))
            driver_ms.append(1000 * (time.perf_counter() - started))
            started = time.perf_counter()
            store.export_graph()
            store_ms.append(1000 * (time.perf_counter() - started))
    return Timing("export_graph", _percentile(driver_ms, 50), _percentile(driver_ms, 95),
                  _percentile(store_ms, 50), _percentile(store_ms, 95), None)


# --- the graph and the API --------------------------------------------------------------

def _graph_folder(claims: int) -> Path:
    return REPO / "var" / "bench" / f"synthetic-{claims}-v{VERSION}"


def synthetic_graph(claims: int) -> tuple[list[CsvFile], Sample, Path]:
    """The import files of the graph of this size, made once and kept."""
    folder = _graph_folder(claims)
    marker = folder / "complete"
    if not marker.exists():
        started = time.perf_counter()
        files, _ = generate(claims, folder)
        marker.write_text("\n".join(f"{f.kind}\t{f.name}\t{f.path}\t{f.rows}" for f in files), encoding="utf-8")
        print(f"generated {claims} claims as CSV in {time.perf_counter() - started:.0f} s")
    files = [CsvFile(Path(path), kind, name, int(rows))
             for kind, name, path, rows in (line.split("\t") for line in marker.read_text().splitlines())]
    return files, Sample.load(folder / "sample.json"), folder


def _wait_for_port(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"the API did not listen on port {port}")


def start_api(server: BenchServer, port: int = API_PORT, options: tuple[str, ...] = ()) -> subprocess.Popen[bytes]:
    """uvicorn's defaults (``--http auto --loop auto``), as ``claimgraph serve`` runs it, unless ``options`` say."""
    # The client keeps one connection; uvicorn would close it after 5 s idle (an EXPLAIN, the export).
    command = [sys.executable, "-m", "uvicorn", "claimgraph.api.http.app:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
               "--timeout-keep-alive", "600", *options]
    process = subprocess.Popen(command, cwd=REPO, env=server.env())
    _wait_for_port(port, time.monotonic() + 60)
    return process


def _holding(server: BenchServer, folder: Path) -> str:
    """What :meth:`BenchServer.holds` says once the server holds this graph and nothing else was written."""
    with server.store() as store:
        counts = store.counts()
    return f"{folder.name} {sorted(counts.nodes.items())} {sorted(counts.relationships.items())}"


def _held(server: BenchServer, claims: int) -> bool:
    return (server.holds() or "").startswith(_graph_folder(claims).name + " ")


def load_graph(server: BenchServer, claims: int) -> Sample:
    """The graph of this size in the server, which is then started afresh (cold caches, no plans)."""
    files, sample, folder = synthetic_graph(claims)

    def schema() -> None:
        with server.store() as store:
            store.setup_schema()

    rows = sum(f.rows for f in files)
    if _held(server, claims):
        started = time.perf_counter()
        running = server.pid() is not None
        server.up()
        if server.holds() == _holding(server, folder):
            if running:
                server.down()
                server.up()
            restarted = time.perf_counter()
            schema()
            print(f"{claims} claims: {rows} nodes and relationships held from the last run (not imported), "
                  f"server {'restarted' if running else 'started'} in {restarted - started:.0f} s, "
                  f"schema and indexes online in "
                  f"{time.perf_counter() - restarted:.0f} s   [{load_average()}]")
            return sample
    timing = import_full(server, files, schema)
    server.imported(_holding(server, folder))
    print(f"{claims} claims: {rows} nodes and relationships imported in {timing.import_s:.0f} s, "
          f"server restarted in {timing.restart_s:.0f} s, schema and indexes online in {timing.schema_s:.0f} s"
          f"   [{load_average()}]")
    return sample


def chosen(makers: dict[str, Callable[[], Call]], only: list[str] | None) -> dict[str, Callable[[], Call]]:
    """The makers of the queries named (all without ``only``); a baseline's are its query's."""
    if only is None:
        return makers
    unknown = [name for name in only if BASELINES.get(name, name) not in makers]
    if unknown:
        raise SystemExit(f"--only: no query {unknown}; the catalog's: {', '.join(makers)}; "
                         f"baselines: {', '.join(BASELINES)}")
    return {name: makers[BASELINES.get(name, name)] for name in only}


def run_size(server: BenchServer, claims: int, calls: int, export: bool,
             only: list[str] | None = None) -> list[Timing]:
    started = time.perf_counter()
    sample = load_graph(server, claims)
    loaded = time.perf_counter()
    rng = random.Random(claims)
    makers = chosen(_calls(sample, rng), only)
    api = start_api(server)
    limit_s = Settings().query_timeout_s
    timings = []
    client = Api(API_PORT)
    try:
        with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", server.password),
                                        notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF) as driver:
            width = max([18, *map(len, makers)])
            print(f"{'query':<{width}} {'driver p50':>10} {'p95':>8} {'API p50':>9} {'p95':>8} {'API/driver p95':>15}"
                  f"  seek  ({claims} claims, {calls} calls each)")
            # A baseline is timed on its query's calls, drawn once, and its answers compared.
            batches: dict[str, list[Call]] = {}
            answers: dict[str, list[Any]] = {}
            for name, make in makers.items():
                query = BASELINES.get(name, name)
                if query not in batches:
                    batches[query] = [make() for _ in range(calls)]
                answers[name] = []
                t = measure(name, batches[query], driver, client, limit_s, answers[name])
                timings.append(t)
                stopped = f"  {t.timeouts} of {t.calls} calls stopped at {limit_s:.0f} s" if t.timeouts else ""
                if t.warmup_stopped:
                    stopped += f"  {t.warmup_stopped} unmeasured calls stopped at {limit_s:.0f} s"
                print(f"{name:<{width}} {t.driver_p50:10.1f} {t.driver_p95:8.1f} {t.api_p50:9.1f} {t.api_p95:8.1f} "
                      f"{t.ratio:15.2f}  {'yes' if t.seek else 'NO'}   [{load_average()}]{stopped}")
            for name, query in BASELINES.items():
                if name in answers and query in answers:
                    print(same_answers(name, answers[name], query, answers[query], batches[query]))
            measured = time.perf_counter()
            if export:
                t = measure_export(driver, server, 1)
                print(f"{'export_graph':<{width}} {t.driver_p50:10.1f} {t.driver_p95:8.1f} {t.api_p50:9.1f} "
                      f"{t.api_p95:8.1f} {t.ratio:15.2f}  n/a  (1 call; the store, not the API, which has no "
                      f"export route; the whole graph by design)   [{load_average()}]")
    finally:
        client.close()
        api.terminate()
        api.wait(timeout=30)
    print(f"{claims} claims: graph ready in {loaded - started:.0f} s, queries timed in {measured - loaded:.0f} s"
          + (f", export in {time.perf_counter() - measured:.0f} s" if export else ""))
    return timings


# --- the pages against the JSON routes they render ----------------------------------------

@dataclass(frozen=True, slots=True)
class PageCall:
    """A page and the JSON routes (path, params) that answer what it shows."""

    page: str
    params: dict[str, Any]
    json: list[tuple[str, dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class PageTiming:
    name: str
    json_p50: float
    json_p95: float
    page_p50: float
    page_p95: float
    calls: int
    stopped: int = 0
    """calls (page or JSON) stopped at the API's time limit"""

    @property
    def ratio(self) -> float:
        return self.page_p95 / self.json_p95 if self.json_p95 else float("inf")


def ingest_corpus(server: BenchServer) -> None:
    """The samples, the seed, conflict-dev and PolNeAR dev (what of them is here) in a fresh database."""
    from bench.corpus import SHARED
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.pipeline import ingest_documents
    from claimgraph.ingest.readers import iter_documents

    server.fresh()
    folders = [REPO / "samples", SHARED / "corpus" / "seed", SHARED / "corpus" / "conflict-dev" / "texts",
               SHARED / "polnear" / "dev" / "text"]
    started = time.perf_counter()
    with server.store() as store:
        store.setup_schema()
        aliases = load_aliases()
        written = 0
        for folder in folders:
            if folder.exists():
                written += ingest_documents(store, iter_documents([folder]), aliases, workers=1).written
        counts = store.counts()
    print(f"pages: {written} articles ingested in {time.perf_counter() - started:.0f} s: "
          f"{counts.nodes.get('Incident', 0)} incidents, {counts.nodes.get('Claim', 0)} claims   "
          f"[{load_average()}]")


def page_calls(client: Api, rng: random.Random) -> dict[str, Callable[[], PageCall]]:
    """For each page, a maker of one call and the JSON calls it renders, on ids the graph holds."""
    def answer(path: str, **params: Any) -> Any:
        # a cold server plans each query once; on a loaded machine that can pass the API's time limit
        for _ in range(2):
            status, _ = client.get(path, params)
            if status != 504:
                break
        return client.json(path, params)

    incidents = answer("/incidents", limit=500)["items"]
    if not incidents:
        raise SystemExit("pages: the ingested corpus holds no incident")
    details = [answer(f"/incidents/{i['id']}") for i in incidents[:100]]
    figures = [f for d in details for m in d["metrics"] for f in m["figures"]]
    claim_ids = sorted({f["claim"]["id"] for f in figures})
    speaker_ids = sorted({f["speaker"]["id"] for f in figures if f.get("speaker")})
    words = sorted({w for i in incidents for w in i["label"].replace(",", " ").split() if w.isalpha()})

    def listing() -> PageCall:
        params: dict[str, Any] = {}
        if rng.random() < 0.3:
            params["q"] = rng.choice(words)
        if rng.random() < 0.3:
            params["metric"] = rng.choice(["killed", "injured"])
        conflict = rng.random() < 0.3
        json_params = {**params, "limit": 50, **({"has_conflict": "true"} if conflict else {})}
        return PageCall("/ui/", {**params, **({"conflict": "1"} if conflict else {})}, [("/incidents", json_params)])

    def incident() -> PageCall:
        node = rng.choice(incidents)["id"]
        return PageCall(f"/ui/incidents/{node}", {}, [(f"/incidents/{node}", {})])

    def claim() -> PageCall:
        node = rng.choice(claim_ids)
        return PageCall(f"/ui/claims/{node}", {}, [(f"/claims/{node}/provenance", {})])

    def actor() -> PageCall:
        node = rng.choice(speaker_ids)
        return PageCall(f"/ui/actors/{node}", {}, [(f"/actors/{node}", {}), (f"/actors/{node}/claims", {"limit": 100})])

    return {"incident list": listing, "incident page": incident, "claim page": claim, "actor page": actor}


def measure_page(name: str, make: Callable[[], PageCall], calls: int, client: Api) -> PageTiming:
    """Each call's page, then its JSON routes; a call stopped at the API's time limit (504) counts
    its time and is counted (a loaded machine can stop a cold query), any other answer ends the run."""
    stopped = 0

    def get(path: str, params: dict[str, Any]) -> float:
        nonlocal stopped
        started = time.perf_counter()
        status, body = client.get(path, params)
        if status == 504:
            stopped += 1
        elif status != 200:
            raise SystemExit(f"{name}: GET {path} {params} answered {status}: {body[:300]!r}")
        return 1000 * (time.perf_counter() - started)

    batch = [make() for _ in range(calls)]
    for call in batch[: min(10, calls)]:
        get(call.page, call.params)
        for path, params in call.json:
            get(path, params)
    stopped = 0
    page_ms, json_ms = [], []
    for call in batch:
        page_ms.append(get(call.page, call.params))
        json_ms.append(sum(get(path, params) for path, params in call.json))
    return PageTiming(name, _percentile(json_ms, 50), _percentile(json_ms, 95), _percentile(page_ms, 50),
                      _percentile(page_ms, 95), calls, stopped)


def run_pages(server: BenchServer, calls: int) -> list[PageTiming]:
    ingest_corpus(server)
    api = start_api(server)
    timings = []
    client = Api(API_PORT)
    try:
        makers = page_calls(client, random.Random(14))
        print(f"{'page':<14} {'JSON p50':>9} {'p95':>8} {'page p50':>9} {'p95':>8} {'page/JSON p95':>14}"
              f"  ({calls} calls each, ms)")
        for name, make in makers.items():
            t = measure_page(name, make, calls, client)
            timings.append(t)
            stopped = f"  {t.stopped} calls stopped at the time limit" if t.stopped else ""
            print(f"{name:<14} {t.json_p50:9.1f} {t.json_p95:8.1f} {t.page_p50:9.1f} {t.page_p95:8.1f} "
                  f"{t.ratio:14.2f}   [{load_average()}]{stopped}")
    finally:
        client.close()
        api.terminate()
        api.wait(timeout=30)
    return timings


def _read(driver: neo4j.Driver, name: str, params: dict[str, Any], plans: list[Any] | None = None,
          ) -> list[dict[str, Any]]:
    with driver.session(database="neo4j", default_access_mode=neo4j.READ_ACCESS) as session:
        return session.execute_read(lambda tx: run_call(tx, name, params, plans))


def _profiled(plan: Any) -> tuple[int, list[tuple[int, str]]]:
    """Database hits of the whole plan, and (rows, operator) of each operator."""
    own = (int(plan.get("rows", 0)), plan["operatorType"].split("@")[0])
    hits = int(plan.get("dbHits", 0))
    rows = [own]
    for child in plan.get("children", []):
        child_hits, child_rows = _profiled(child)
        hits += child_hits
        rows += child_rows
    return hits, rows


def profiled_call(name: str, sample: Sample) -> tuple[str, dict[str, Any]]:
    """What ``--profile`` runs a query (or its baseline) on: a search, the most common claim word;
    an actor's query, the heaviest speaker (its own claims and its voices', no filter; killed figures);
    a pair list, every metric."""
    query = BASELINES.get(name, name)
    heaviest = sample.heaviest
    if query == "search_claims":
        word = sample.claim_words[0]
        folded = search_words(word)
        return f"q={word!r}", {"lucene": lucene_query(folded), "words": folded, "limit": 20, "offset": 0,
                               "history": False, "cap": SEARCH_TOTAL_CAP}
    if query == "incidents":
        filters: dict[str, Any] = {"place": None, "since": None, "until": None, "metric": None, "words": [], "has_conflict": None,
                   "by": None, "depth": MAX_MEMBER_DEPTH}
        return "no filter", {"kinds": incident_kinds(None), "filters": filters, "limit": 50, "offset": 0,
                             "history": False, "cap": INCIDENT_TOTAL_CAP}
    if query in ("contradictions", "corroborations"):
        return "every metric", _pairs(f"/{query}", None).cypher
    if query == "figures":
        return "killed, no filter", _figures(Metric.KILLED.value, None).cypher
    actor_calls: dict[str, Callable[[], Call]] = {
        "claims_by_actor": lambda: _claims_by_actor(heaviest, None),
        "figures_by_actor": lambda: _figures_by_actor(heaviest, Metric.KILLED.value),
        "actor_profile": lambda: _actor_profile(heaviest),
    }
    if query not in actor_calls:
        raise SystemExit(f"--profile: no profiled call for {name}; these: search_claims, incidents, contradictions, "
                         f"corroborations, figures, {', '.join(actor_calls)} and their baselines")
    return f"actor={heaviest}", actor_calls[query]().cypher


_COUNTS = ("total", "own", "through_others", "claims", "claims_through_others")


def run_profile(server: BenchServer, claims: int, names: list[str]) -> None:
    """Each named query once under PROFILE (after one unmeasured run) on :func:`profiled_call`'s parameters."""
    sample = load_graph(server, claims)
    with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", server.password),
                                    notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF) as driver:
        for name in names:
            on, params = profiled_call(name, sample)
            _read(driver, name, params)
            plans: list[Any] = []
            [record] = _read(driver, name, params, plans)
            hits, rows = 0, list[tuple[int, str]]()
            for plan in plans:
                plan_hits, plan_rows = _profiled(plan)
                hits, rows = hits + plan_hits, rows + plan_rows
            most, operator = max(rows)
            counts = ", ".join(f"{key} {record[key]}" for key in _COUNTS if key in record)
            items = f", {len(record['items'])} items" if "items" in record else ""
            print(f"{name:<24} {on}: {counts}{items}, {hits} db hits, most rows {most} ({operator})   "
                  f"({claims} claims) [{load_average()}]")


def run_plan_times(server: BenchServer, claims: int, names: list[str], rounds: int) -> None:
    """How long Neo4j takes to plan each statement the named queries run (``CYPHER replan=force
    EXPLAIN``, nothing executed), round after round in the order named; the first round on a
    server just (re)started is cold. Parameters: :func:`profiled_call`'s, and for the incident
    list's statements the values a page past the cap passes them."""
    sample = load_graph(server, claims)
    asked = [(statement, profiled_call(name, sample)[1]) for name in names for statement in statements(name)]
    seconds: dict[str, list[float]] = {statement: [] for statement, _ in asked}
    with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", server.password),
                                    notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF) as driver:
        for _ in range(rounds):
            for statement, params in asked:
                values = {**params, "filters": {**params.get("filters", {}), "voices": []}, "ids": [],
                          "floor": incident_reads.EARLIEST, "id": sample.heaviest, "depth": MAX_MEMBER_DEPTH}
                with driver.session(database="neo4j", default_access_mode=neo4j.READ_ACCESS) as session:
                    started = time.perf_counter()
                    session.run("CYPHER replan=force EXPLAIN " + named_query(statement), **values).consume()
                    seconds[statement].append(time.perf_counter() - started)
    width = max(len(statement) for statement in seconds)
    print(f"{'statement':<{width}} {'cold':>6} {'warm min':>9} {'median':>7} {'max':>6}  "
          f"(s to plan, {rounds} rounds, {claims} claims) [{load_average()}]")
    for statement, taken in seconds.items():
        warm = taken[1:] or taken
        print(f"{statement:<{width}} {taken[0]:6.2f} {min(warm):9.2f} {statistics.median(warm):7.2f} "
              f"{max(warm):6.2f}   every round: {' '.join(f'{t:.2f}' for t in taken)}")


FIRST_CALL_LIMIT_S = 300.0
"""How long a first call may take in :func:`run_first_calls`, past the API's limit, so that it is measured."""


def run_first_calls(server: BenchServer, claims: int, rounds: int) -> None:
    """The incident list's first page (past the cap on these graphs) as the first call on a server
    just restarted: cold, and after :meth:`Neo4jStore.warm_up` (what the API runs when it starts),
    then the same page again; ``rounds`` times each, in turn."""
    load_graph(server, claims)
    print(f"{'incidents, first page':<22} {'warm-up':>8} {'1st call':>9} {'2nd call':>9}  (s, {claims} claims)")
    for _ in range(rounds):
        for warmed in (False, True):
            server.down()
            server.up()
            with server.store(query_timeout=FIRST_CALL_LIMIT_S) as store:
                started = time.perf_counter()
                if warmed:
                    store.warm_up()
                planned = time.perf_counter()
                first = store.incidents()
                answered = time.perf_counter()
                again = store.incidents()
                ended = time.perf_counter()
            if not first.total_capped or again != first:
                raise SystemExit("--first-call: the page is not past the cap, or the second call answered otherwise")
            warm_up = f"{planned - started:8.2f}" if warmed else f"{'none':>8}"
            print(f"{'after warm-up' if warmed else 'cold':<22} {warm_up} {answered - planned:9.2f} "
                  f"{ended - answered:9.2f}   [{load_average()}]")


def run_overhead(server: BenchServer, claims: int, names: list[str], calls: int) -> None:
    """For each named query, call after call on the same parameters: the bare driver, the API through
    this benchmark's client and the API through httpx (each call's three in turn, after 10 unmeasured)."""
    sample = load_graph(server, claims)
    makers = _calls(sample, random.Random(claims))
    unknown = set(names) - set(makers)
    if unknown:
        raise SystemExit(f"--overhead: no query {sorted(unknown)}; the catalog's: {', '.join(makers)}")
    api = start_api(server)
    client = Api(API_PORT)
    limit_s = Settings().query_timeout_s
    try:
        with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", server.password),
                                        notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF) as driver, \
                httpx.Client(base_url=f"http://127.0.0.1:{API_PORT}", timeout=120) as other:
            print(f"{'query':<18} {'driver p50':>10} {'p95':>7} {'API p50':>8} {'p95':>7} {'httpx p50':>9} {'p95':>7}"
                  f"  API/driver p95, httpx/driver p95  ({claims} claims, {calls} calls each, ms)")
            for name in names:
                times: dict[str, list[float]] = {"driver": [], "api": [], "httpx": []}
                batch = [makers[name]() for _ in range(calls + 10)]
                for i, call in enumerate(batch):
                    started = time.perf_counter()
                    store_call(driver, name, call.cypher, limit_s)
                    on_driver = time.perf_counter()
                    status, _ = client.get(call.path, call.params)
                    on_api = time.perf_counter()
                    response = other.get(call.path, params=call.params)
                    response.read()
                    on_httpx = time.perf_counter()
                    if status != 200 or response.status_code != 200:
                        raise SystemExit(f"{name}: GET {call.path} {call.params} answered {status}, "
                                         f"{response.status_code}")
                    if i >= 10:
                        for key, began, ended in (("driver", started, on_driver), ("api", on_driver, on_api),
                                                  ("httpx", on_api, on_httpx)):
                            times[key].append(1000 * (ended - began))
                p = {k: (_percentile(v, 50), _percentile(v, 95)) for k, v in times.items()}
                print(f"{name:<18} {p['driver'][0]:10.1f} {p['driver'][1]:7.1f} {p['api'][0]:8.1f} "
                      f"{p['api'][1]:7.1f} {p['httpx'][0]:9.1f} {p['httpx'][1]:7.1f}  "
                      f"{p['api'][1] / p['driver'][1]:.2f}, {p['httpx'][1] / p['driver'][1]:.2f}   "
                      f"[{load_average()}]")
    finally:
        client.close()
        api.terminate()
        api.wait(timeout=30)


def _uvicorn_options(variant: str) -> tuple[str, ...]:
    """``HTTP/LOOP`` (``h11/asyncio``, ``httptools/uvloop``, ``auto/auto``) as uvicorn's options."""
    http, _, loop = variant.partition("/")
    return ("--http", http or "auto", "--loop", loop or "auto")


def run_servers(server: BenchServer, claims: int, names: list[str], variants: list[str], calls: int) -> None:
    """One API server per uvicorn variant (``HTTP/LOOP``), and for each named query the same calls on
    the bare driver and on each server in turn (the servers' order turned each call, so none is
    always the one after the driver), after 10 unmeasured: p50 and p95, API/driver p95 and each
    server's CPU a call (its process's, over the timed calls)."""
    sample = load_graph(server, claims)
    makers = _calls(sample, random.Random(claims))
    unknown = set(names) - set(makers)
    if unknown:
        raise SystemExit(f"--servers: no query {sorted(unknown)}; the catalog's: {', '.join(makers)}")
    ports = [API_PORT + i for i in range(len(variants))]
    apis = [start_api(server, port, _uvicorn_options(v)) for port, v in zip(ports, variants, strict=True)]
    clients = [Api(port) for port in ports]
    limit_s = Settings().query_timeout_s
    try:
        with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", server.password),
                                        notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF) as driver:
            print(f"{'query':<18} {'driver p50':>10} {'p95':>6}  " + "  ".join(
                f"{v + ' p50':>{max(len(v) + 4, 8)}} {'p95':>6} {'ratio':>5} {'CPU':>5}" for v in variants)
                + f"  ({claims} claims, {calls} calls each, ms; CPU: the server's a call)")
            for name in names:
                batch = [makers[name]() for _ in range(calls + 10)]
                driver_ms: list[float] = []
                api_ms: list[list[float]] = [[] for _ in variants]
                cpu: list[float] = []
                for i, call in enumerate(batch):
                    if i == 10:
                        cpu = [process_cpu_seconds(api.pid) for api in apis]
                    started = time.perf_counter()
                    store_call(driver, name, call.cypher, limit_s)
                    elapsed = time.perf_counter() - started
                    if i >= 10:
                        driver_ms.append(1000 * elapsed)
                    for k in range(len(variants)):
                        j = (i + k) % len(variants)
                        started = time.perf_counter()
                        status, body = clients[j].get(call.path, call.params)
                        elapsed = time.perf_counter() - started
                        if status != 200:
                            raise SystemExit(f"{name}: GET {call.path} {call.params} answered {status}: "
                                             f"{body[:300]!r}")
                        if i >= 10:
                            api_ms[j].append(1000 * elapsed)
                spent = [process_cpu_seconds(api.pid) - before for api, before in zip(apis, cpu, strict=True)]
                d50, d95 = _percentile(driver_ms, 50), _percentile(driver_ms, 95)
                print(f"{name:<18} {d50:10.1f} {d95:6.1f}  " + "  ".join(
                    f"{_percentile(ms, 50):>{max(len(v) + 4, 8)}.1f} {_percentile(ms, 95):6.1f} "
                    f"{_percentile(ms, 95) / d95:5.2f} {1000 * s / calls:5.2f}"
                    for v, ms, s in zip(variants, api_ms, spent, strict=True)) + f"   [{load_average()}]")
    finally:
        for client in clients:
            client.close()
        for api in apis:
            api.terminate()
            api.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 and 100,000 claims, 50 calls a query")
    parser.add_argument("--sizes", help="claims per graph, comma-separated (default 100000,1000000)")
    parser.add_argument("--calls", type=int, help="calls per query (default 200; quick 50)")
    parser.add_argument("--pages", action="store_true",
                        help="the pages against the JSON routes they render, on ingested articles")
    parser.add_argument("--only", metavar="QUERIES",
                        help="only these queries (comma-separated; catalog names or baselines of bench/cypher)")
    parser.add_argument("--profile", metavar="QUERIES",
                        help="these queries once under PROFILE (a search: the most common word; an actor's: "
                             "the heaviest speaker; a pair list: every metric), on the first size")
    parser.add_argument("--plan-time", metavar="QUERIES",
                        help="how long each statement of these queries takes to plan (CYPHER replan=force EXPLAIN), "
                             "--rounds times in turn, on the first size")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds of --plan-time (default 5; the first cold) or of --first-call")
    parser.add_argument("--first-call", action="store_true",
                        help="the incident list's first call on a restarted server, cold and after the API's "
                             "warm-up, --rounds times, on the first size")
    parser.add_argument("--overhead", metavar="QUERIES",
                        help="these queries (comma-separated) on the driver, through the API and through httpx, "
                             "on the first size (default calls 200)")
    parser.add_argument("--servers", metavar="VARIANTS",
                        help="one API server per uvicorn HTTP/LOOP (e.g. h11/asyncio,httptools/asyncio), the "
                             "--only queries on the driver and each server in turn, on each size (default calls 200)")
    args = parser.parse_args(argv)
    if args.pages:
        timings = run_pages(BenchServer().stopped_at_exit(), args.calls or 100)
        worst = max(timings, key=lambda t: t.ratio)
        print(f"pages: worst page/JSON p95 {worst.ratio:.2f} ({worst.name}); "
              + ", ".join(f"{t.name} {t.page_p95:.1f} vs {t.json_p95:.1f} ms" for t in timings))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [10_000, 100_000] if args.quick else [100_000, 1_000_000])
    calls = args.calls or (50 if args.quick else 200)
    server = BenchServer().stopped_at_exit()
    print(f"machine: {os.cpu_count()} cores, {load_average()} at start")
    if args.overhead:
        run_overhead(server, sizes[0], args.overhead.split(","), calls)
        return 0
    if args.servers:
        if not args.only:
            raise SystemExit("--servers: name the queries with --only")
        for claims in sorted(sizes, key=lambda c: not _held(server, c)):
            run_servers(server, claims, args.only.split(","), args.servers.split(","), calls)
        return 0
    if args.profile:
        run_profile(server, sizes[0], args.profile.split(","))
        return 0
    if args.plan_time:
        run_plan_times(server, sizes[0], args.plan_time.split(","), args.rounds)
        return 0
    if args.first_call:
        run_first_calls(server, sizes[0], args.rounds)
        return 0
    started = time.perf_counter()
    only = args.only.split(",") if args.only else None
    # The export reads the whole graph (one call, no growth measured): on the smallest only.
    by_size = {claims: run_size(server, claims, calls, export=claims == min(sizes) and only is None, only=only)
               for claims in sorted(sizes, key=lambda c: not _held(server, c))}
    print(f"wall time {time.perf_counter() - started:.0f} s   [{load_average()}]")
    print(summary(by_size))
    return 0


def summary(by_size: dict[int, list[Timing]]) -> str:
    """The last line: the worst API/driver p95, the worst growth of the driver's p95 from the
    smallest graph to the largest, the queries that enter through an index, the calls stopped
    (and, when any, the unmeasured first calls stopped). Of the catalog's queries only: a
    baseline is the form a query had before, printed above to compare, not what is served."""
    served = {c: [t for t in ts if t.name not in BASELINES] for c, ts in by_size.items()}
    ratio, name, claims = max((t.ratio, t.name, c) for c, ts in served.items() for t in ts)
    small, large = min(served), max(served)
    before = {t.name: t.driver_p95 for t in served[small]}
    growth, grown = max((t.driver_p95 / before[t.name], t.name) for t in served[large] if before.get(t.name))
    seek: dict[str, bool] = {}
    for ts in served.values():
        for t in ts:
            seek[t.name] = seek.get(t.name, True) and bool(t.seek)
    stopped = sum(t.timeouts for ts in served.values() for t in ts)
    unmeasured = sum(t.warmup_stopped for ts in served.values() for t in ts)
    return (f"queries: worst api/driver p95 {ratio:.2f} ({name}) at {claims} claims, worst growth p95 "
            f"{growth:.2f} ({grown}) from {small} to {large} claims, seeks {sum(seek.values())}/{len(seek)}, "
            f"stopped {stopped}" + (f" (and {unmeasured} unmeasured)" if unmeasured else ""))


if __name__ == "__main__":
    raise SystemExit(main())
