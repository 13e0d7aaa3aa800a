"""Keys, limits, time limits, injection, where Neo4j listens, and where the password goes."""
from __future__ import annotations

import ast
import re
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import httpx
import neo4j
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimgraph import settings as api_settings
from claimgraph.api.cli.main import app as cli_app
from claimgraph.api.http.app import create_app
from claimgraph.graph import ids, queries
from claimgraph.graph.model import INCIDENT_KINDS, Article
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.rows import to_rows
from tests.conftest import REPO, Neo4jServer
from tests.queries import TEST_QUERIES
from tests.reliability.conftest import SAMPLES
from tests.reliability.graphs import MODEL_LABELS, fingerprint
from tests.reliability.maze import maze
from tests.reliability.processes import (
    API_KEY,
    LOGS,
    REQUEST_STUCK_S,
    api_process,
    app_settings,
    cli_env,
    http_client,
    run_cli,
    run_ingest,
)

pytestmark = pytest.mark.reliability

KEY = {"X-API-Key": API_KEY}
ARTICLE = {"text": "The health ministry said on Monday that 12 people were killed when a strike hit the depot.",
           "url": "https://security.example/depot"}
TIME_LIMIT_SLACK_S = 60.0
"""Past the time limit, how long a stopped query may still take to answer: Neo4j looks for
transactions past their timeout every 2 s (db.transaction.monitor.check.interval), and a loaded
machine adds its own delay. The 504 naming the limit is the proof the limit stopped the query;
this bound only fails a query that ran on as if there were none."""

INJECTIONS = [
    "' OR 1=1 //",
    '" OR ""="',
    "x'}) MATCH (n) DETACH DELETE n //",
    "`) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //",
    "1}) RETURN 1 UNION MATCH (n) SET n.pwned = true RETURN 1 //",
    "$id",
    "{id: 'x'}",
    "CALL dbms.security.createUser('mallory', 'pw123456', false)",
    "*:*",
    "title:x OR text:* AND ~ ^2",
    "\\",
    "../../../etc/passwd",
    "%00%27",
    "\u202eevil",
    "2024-01-01' OR '1'='1",
    "x" * 300,
]


@pytest.fixture
def newsroom(rel_server: Neo4jServer, rel_store: Neo4jStore) -> Neo4jStore:
    """The reliability graph holding the sample articles."""
    assert run_ingest(rel_server, SAMPLES).returncode == 0
    return rel_store


@pytest.fixture
def api(rel_server: Neo4jServer, newsroom: Neo4jStore) -> Iterator[TestClient]:
    with TestClient(create_app(app_settings(rel_server))) as client:
        yield client


# --- keys ------------------------------------------------------------------

def test_writes_need_the_api_key(api: TestClient, newsroom: Neo4jStore) -> None:
    before = fingerprint(newsroom)
    answers = [api.post("/articles", json=ARTICLE, headers=headers).status_code
               for headers in ({}, {"X-API-Key": ""}, {"X-API-Key": "wrong"}, {"X-API-Key": API_KEY + "x"},
                               {"X-API-Key": API_KEY[:-1]}, {"Authorization": f"Bearer {API_KEY}"})]
    assert answers == [401] * 6
    assert fingerprint(newsroom).checksum == before.checksum
    assert api.post("/articles", json=ARTICLE, headers=KEY).status_code == 200


def test_with_no_api_key_configured_no_write_is_accepted(rel_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    with TestClient(create_app(app_settings(rel_server, api_key=None))) as client:
        for headers in ({}, KEY, {"X-API-Key": ""}):
            r = client.post("/articles", json=ARTICLE, headers=headers)
            assert (r.status_code, r.json()["error"]) == (503, "no_api_key")


OPEN_READS = {"/health", "/ui/key"}
"""Open whatever the settings: the health check, and the form through which a browser gives the key."""


def read_paths(store: Neo4jStore) -> dict[str, dict[str, str]]:
    """Every read route with valid parameters, from the app's OpenAPI schema."""
    graph = store.export_graph()

    def first(label: str) -> str:
        return next(n.id for n in graph.nodes if label in n.labels)

    valid = {"q": "ministry", "limit": "5", "offset": "0", "actor_id": first("Person"), "claim_id": first("Claim"),
             "article_id": first("Article"), "since": "2024-01-01", "until": "2025-12-31", "channel": "statement",
             "metric": "killed", "place": "Qasr Badr", "from": first("Person"), "to": first("Outlet"),
             "kind": INCIDENT_KINDS[0], "has_conflict": "true", "incident_id": first("Incident"),
             "conflict": "true", "version": "1", "include_history": "true",
             "by": first("Organization"), "scope": "all"}
    spec = create_app(api_settings.Settings()).openapi()
    routes = {}
    for path, operations in spec["paths"].items():
        if "get" in operations and path not in OPEN_READS:
            routes[path] = {p["name"]: valid[p["name"]] for p in operations["get"].get("parameters", [])}
    return routes


def url(path: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The path with its path parameters filled (escaped), and the query parameters."""
    query = dict(params)
    for name in re.findall(r"{(\w+)}", path):
        path = path.replace(f"{{{name}}}", urllib.parse.quote(query.pop(name), safe=""))
    return path, query


def test_reads_are_keyed_when_configured_and_request_size_is_limited(
    rel_server: Neo4jServer, newsroom: Neo4jStore,
) -> None:
    routes = read_paths(newsroom)
    settings = {"CLAIMGRAPH_READ_REQUIRES_KEY": "true", "CLAIMGRAPH_MAX_REQUEST_BYTES": "5000"}
    with api_process(rel_server, **settings) as live, http_client(live.base_url) as client:
        answers = {}
        for path, params in routes.items():
            target, query = url(path, params)
            answers[path] = [client.get(target, params=query, headers=h).status_code
                             for h in ({}, {"X-API-Key": "wrong"}, KEY)]
        health = client.get("/health").status_code
        body = b'{"text": "' + b"quay " * 1000 + b'"}'
        declared = client.post("/articles", content=body, headers={**KEY, "Content-Type": "application/json"})
        chunked = client.post("/articles", content=iter([body[:3000], body[3000:]]),
                              headers={**KEY, "Content-Type": "application/json"})
        small = client.post("/articles", json=ARTICLE, headers=KEY)
    print(f"\nreads with CLAIMGRAPH_READ_REQUIRES_KEY: {answers}; /health {health}")
    print(f"CLAIMGRAPH_MAX_REQUEST_BYTES=5000: {len(body)} bytes -> {declared.status_code}, chunked -> "
          f"{chunked.status_code}; {len(str(ARTICLE))} bytes -> {small.status_code}")
    assert answers == {path: [401, 401, 200] for path in routes}
    assert health == 200
    assert (declared.status_code, declared.json()["error"]) == (413, "too_large")
    assert (chunked.status_code, chunked.json()["error"]) == (413, "too_large")
    assert small.status_code == 200


def test_reads_are_open_by_default(api: TestClient, newsroom: Neo4jStore) -> None:
    for path, params in read_paths(newsroom).items():
        target, query = url(path, params)
        assert api.get(target, params=query).status_code == 200, path


# --- time limits -----------------------------------------------------------

def test_a_query_past_the_time_limit_is_stopped_with_a_clear_error(
    rel_server: Neo4jServer, rel_store: Neo4jStore,
) -> None:
    batch, entrance, exit_ = maze(25)
    rel_store.write(batch)
    with api_process(rel_server, CLAIMGRAPH_QUERY_TIMEOUT_S="2") as live, http_client(live.base_url) as client:
        start = time.monotonic()
        slow = client.get("/paths", params={"from": entrance, "to": exit_})
        slow_s = time.monotonic() - start
        start = time.monotonic()
        # The API still serves: a plain read answers 200. Under the same 2 s
        # limit a loaded machine may stop one too (504), so it is asked again
        # until it answers, within a bound that only a stuck API reaches.
        after = client.get(f"/actors/{entrance}")
        while after.status_code == 504 and time.monotonic() - start < TIME_LIMIT_SLACK_S:
            after = client.get(f"/actors/{entrance}")
        after_s = time.monotonic() - start
    print(f"\n/paths through 25**5 shortest paths with CLAIMGRAPH_QUERY_TIMEOUT_S=2: {slow.status_code} "
          f"in {slow_s:.2f} s ({slow.json()['detail']}); next request {after.status_code} in {after_s:.2f} s")
    assert (slow.status_code, slow.json()["error"]) == (504, "query_timeout")
    assert "2.0s" in slow.json()["detail"]
    assert slow_s < 2 + TIME_LIMIT_SLACK_S
    assert after.status_code == 200


def test_a_write_kept_waiting_past_the_time_limit_is_stopped_with_a_clear_error(
    rel_server: Neo4jServer, newsroom: Neo4jStore,
) -> None:
    sha = ids.text_sha256(ARTICLE["text"])
    same_article = Article(ids.article_id(sha, ARTICLE["url"]), sha, url=ARTICLE["url"])
    driver = neo4j.GraphDatabase.driver(rel_server.uri, auth=("neo4j", rel_server.password))
    with api_process(rel_server, CLAIMGRAPH_QUERY_TIMEOUT_S="2") as live, http_client(live.base_url) as client, \
            driver, driver.session() as session:
        # Another writer is writing the same article and neither commits nor lets go.
        holder = session.begin_transaction()
        holder.run(queries.query("merge_articles"), rows=to_rows([same_article])).consume()
        start = time.monotonic()
        blocked = client.post("/articles", json=ARTICLE, headers=KEY)
        blocked_s = time.monotonic() - start
        holder.rollback()
        retried = client.post("/articles", json=ARTICLE, headers=KEY)
    print(f"\nPOST /articles while another transaction holds its lock: {blocked.status_code} in {blocked_s:.2f} s "
          f"({blocked.json().get('detail')}); once released: {retried.status_code} {retried.json()}")
    assert (blocked.status_code, blocked.json()["error"]) == (504, "query_timeout")
    assert blocked_s < 2 + TIME_LIMIT_SLACK_S
    assert retried.status_code == 200 and retried.json()["written"] == 1


# --- injection -------------------------------------------------------------

def test_injection_through_every_parameter_of_every_route_changes_nothing(
    api: TestClient, newsroom: Neo4jStore,
) -> None:
    before = fingerprint(newsroom)
    statuses: dict[int, int] = {}
    tried = 0
    for path, params in read_paths(newsroom).items():
        for name in params:
            for attack in INJECTIONS:
                target, query = url(path, {**params, name: attack})
                status = api.get(target, params=query).status_code
                tried += 1
                statuses[status] = statuses.get(status, 0) + 1
                assert status in (200, 404, 422), (path, name, attack, status)
    after_reads = fingerprint(newsroom)
    posted = {}
    for field in ("title", "url", "outlet", "syndicated_from", "dateline", "language", "published"):
        for i, attack in enumerate(INJECTIONS):
            body = {**ARTICLE, "url": f"https://injection.example/{field}/{i}", field: attack}
            r = api.post("/articles", json=body, headers=KEY)
            tried += 1
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
            assert r.status_code in (200, 422), (field, attack, r.status_code, r.text)
            if r.status_code == 200 and field == "title":
                assert newsroom.read("node_by_id", TEST_QUERIES, id=r.json()["article_id"])[0]["properties"]["title"] == attack
            posted[r.status_code] = posted.get(r.status_code, 0) + 1
    after_posts = fingerprint(newsroom)
    print(f"\n{tried} requests with {len(INJECTIONS)} injection strings in every parameter and body field: "
          f"statuses {dict(sorted(statuses.items()))}")
    assert after_reads.checksum == before.checksum, after_reads.differences(before)
    # The posts added their articles and took nothing away or apart.
    assert before.content.keys() <= after_posts.content.keys()
    assert set(after_posts.nodes) <= MODEL_LABELS
    assert not any("pwned" in row["properties"] for row in after_posts.content.values())


def test_injection_through_every_cli_query_command_changes_nothing(
    rel_server: Neo4jServer, newsroom: Neo4jStore, monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in cli_env(rel_server).items():
        if name.startswith("CLAIMGRAPH_"):
            monkeypatch.setenv(name, value)
    api_settings.get_settings.cache_clear()
    before = fingerprint(newsroom)
    runner = CliRunner()
    codes: dict[int, int] = {}
    try:
        for attack in INJECTIONS:
            for args in (["who-said", attack], ["provenance", attack], ["figures", "--metric", "killed", "--place",
                         attack], ["path", attack, "Reuters"], ["path", "Reuters", attack],
                         ["contradictions", "--metric", attack], ["who-said", "Reuters", "--since", attack],
                         ["figures", "--metric", "killed", "--by", attack]):
                result = runner.invoke(cli_app, args)
                codes[result.exit_code] = codes.get(result.exit_code, 0) + 1
                assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output, result.exception)
                assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), args
    finally:
        api_settings.get_settings.cache_clear()
    print(f"\n{sum(codes.values())} CLI query commands with injection strings: exit codes {codes}")
    assert fingerprint(newsroom).checksum == before.checksum


_CYPHER = re.compile(
    r"\b(?:OPTIONAL MATCH|MATCH|MERGE|CREATE)\s*\(|\bDETACH\s+DELETE\b|\bUNWIND\s+[$\[]|\bRETURN\s+\S+\s+AS\s"
    r"|\bCALL\s+(?:db|dbms|apoc|gds)\.|\bSHOW\s+(?:CONSTRAINTS|INDEXES|DATABASES|TRANSACTIONS)\b"
    r"|\bSET\s+\w+\.\w+\s*=|\bWHERE\s+\w+\.\w+\s*(?:=|<|>|IN\b)")
_SKIPPED = {".venv", "var", ".cache", "tests", "build", "node_modules", ".git", "test-output"}


def python_files() -> list[Path]:
    return sorted(p for p in REPO.rglob("*.py") if not _SKIPPED & set(p.relative_to(REPO).parts))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    # A string statement after an assignment documents it (attribute docstrings).
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.add(id(node.value))
    return found


def test_python_sends_cypher_only_by_query_name() -> None:
    """No Cypher in a Python string (outside tests), and every query the driver
    runs is a name looked up in cypher/, never text built in Python."""
    files = python_files()
    literals, runs = [], []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and _CYPHER.search(node.value)):
                literals.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value[:60]!r}")
            if (isinstance(node, ast.Call) and _driver_call(node) and "neo4j" in path.read_text(encoding="utf-8")
                    and node.args and not _named_query(node.args[0])):
                runs.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)[:80]}")
    print(f"\n{len(files)} Python files checked")
    assert files and not literals, literals
    assert not runs, runs


_PLAN_PREFIXES = ("EXPLAIN ", "PROFILE ", "CYPHER replan=force EXPLAIN ")


def _named_query(arg: ast.expr) -> bool:
    """A query looked up by name (``queries.query(name)``, the benchmarks' ``bench_query(name)``), a
    variable holding one, one of them after a fixed EXPLAIN/PROFILE, or one of them wrapped in the
    driver's ``neo4j.Query`` (which carries its timeout); never a literal, f-string or other
    concatenation."""
    if isinstance(arg, ast.Name):
        return True
    if isinstance(arg, ast.List):
        return True  # subprocess.run([...]): a command, not a query
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add):
        return (isinstance(arg.left, ast.Constant) and arg.left.value in _PLAN_PREFIXES
                and _named_query(arg.right))
    if not isinstance(arg, ast.Call):
        return False
    func = arg.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name == "Query":
        return bool(arg.args) and _named_query(arg.args[0])
    return name == "query" or name.endswith("_query")


def _driver_call(call: ast.Call) -> bool:
    """``x.run(...)`` or ``x.execute_query(...)`` on anything but uvicorn (whose ``run`` serves an app)."""
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr in ("run", "execute_query")
            and not (isinstance(func.value, ast.Name) and func.value.id == "uvicorn"))


def test_the_static_check_finds_cypher_built_in_python() -> None:
    probe = ast.parse('tx.run(f"MATCH (n {{id: \'{x}\'}}) RETURN n")\nq = "MERGE (a:Actor {id: $id})"')
    calls = [n for n in ast.walk(probe) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "run"]
    assert calls and not _named_query(calls[0].args[0])
    built = ast.parse('s.run("EXPLAIN MATCH (n) " + queries.query("x"))\ns.run(queries.query("x") + " LIMIT 1")')
    runs = [n for n in ast.walk(built) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "run"]
    assert len(runs) == 2 and not any(_named_query(r.args[0]) for r in runs)
    named = ast.parse('s.run("EXPLAIN " + queries.query(name))\ns.run(bench_query("naive_x"), row=row)')
    runs = [n for n in ast.walk(named) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "run"]
    assert len(runs) == 2 and all(_named_query(r.args[0]) for r in runs)
    wrapped = ast.parse('d.execute_query(neo4j.Query(queries.query(n), timeout=t))\n'
                        'd.execute_query(neo4j.Query("MATCH (n) RETURN n", timeout=t))\n'
                        'd.execute_query(neo4j.Query(f"MATCH (n {{id: {x}}})"))')
    runs = [n for n in ast.walk(wrapped) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "execute_query"]
    assert [_named_query(r.args[0]) for r in runs] == [True, False, False]
    assert _CYPHER.search("MERGE (a:Actor {id: $id})") and _CYPHER.search("x RETURN n.id AS id")
    assert not _CYPHER.search("The ministry will merge (the two offices) next year; return as planned.")


# --- where Neo4j listens, and the password ----------------------------------

def _listening(pid: int) -> set[tuple[str, int]]:
    """(address, port) of every TCP socket the process listens on, from /proc."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:
                address, port = local.split(":")
                found.add((_address(address, width), int(port, 16)))
    return found


def _address(hex_address: str, width: int) -> str:
    raw = bytes.fromhex(hex_address)
    if width == 8:
        return ".".join(str(b) for b in raw[::-1])
    words = [raw[i:i + 4][::-1] for i in range(0, 16, 4)]
    joined = b"".join(words)
    if joined[:12] == b"\x00" * 10 + b"\xff\xff":
        return ".".join(str(b) for b in joined[12:])
    return ":".join(joined[i:i + 2].hex() for i in range(0, 16, 2))


def test_neo4j_listens_on_loopback_only(rel_server: Neo4jServer, rel_store: Neo4jStore) -> None:
    conf = (rel_server.home / "conf" / "neo4j.conf").read_text()
    listen = dict(line.split("=", 1) for line in conf.splitlines() if "listen_address=" in line)
    pid = int((rel_server.home / "run" / "neo4j.pid").read_text())
    sockets = _listening(pid)
    print(f"\nneo4j.conf: {listen}; pid {pid} listens on {sorted(sockets)}")
    assert listen and all(value.split(":")[0] == "127.0.0.1" for value in listen.values())
    assert {("127.0.0.1", rel_server.bolt_port), ("127.0.0.1", rel_server.http_port)} <= sockets
    assert all(address in ("127.0.0.1", "0000:0000:0000:0000:0000:0000:0000:0001") for address, _ in sockets), sockets


def test_the_api_listens_on_loopback_by_default(rel_server: Neo4jServer, rel_store: Neo4jStore) -> None:
    with api_process(rel_server) as live:
        sockets = _listening(live.process.pid)
    assert sockets and all(address == "127.0.0.1" for address, _ in sockets), sockets


def test_the_password_comes_from_the_environment_and_is_never_logged(
    rel_server: Neo4jServer, newsroom: Neo4jStore,
) -> None:
    """Runs what could print the password (a good run, a refused login, an
    outage), then searches everything this session's runs printed, the API
    logs and the Neo4j logs for it."""
    wrong = "wrong-password-Zx81"
    assert run_cli(rel_server, ["who-said", "Reuters"]).returncode in (0, 1)
    refused = run_cli(rel_server, ["who-said", "Reuters"], env=cli_env(rel_server, CLAIMGRAPH_NEO4J_PASSWORD=wrong))
    unset = {k: v for k, v in cli_env(rel_server).items() if k != "CLAIMGRAPH_NEO4J_PASSWORD"}
    missing = run_cli(rel_server, ["who-said", "Reuters"], env=unset)
    bad_ingest = run_ingest(rel_server, SAMPLES, env=cli_env(rel_server, CLAIMGRAPH_NEO4J_PASSWORD=wrong))
    with api_process(rel_server, CLAIMGRAPH_NEO4J_PASSWORD=wrong) as live:
        denied = httpx.get(f"{live.base_url}/actors?q=reuters", timeout=REQUEST_STUCK_S)
    assert refused.returncode == 3 and "unavailable" in refused.stderr
    assert missing.returncode == 3
    assert bad_ingest.returncode == 3 and "Traceback" not in bad_ingest.output, bad_ingest.output
    assert "nothing ingested" in bad_ingest.stderr and "unauthorized" in bad_ingest.stderr
    assert denied.status_code == 503

    searched = {p: p.read_text(errors="replace") for p in LOGS.glob("*.log")}
    searched |= {p: p.read_text(errors="replace") for p in (rel_server.home / "logs").glob("*") if p.is_file()}
    searched[rel_server.home / "conf" / "neo4j.conf"] = (rel_server.home / "conf" / "neo4j.conf").read_text()
    leaks = [str(p) for p, text in searched.items() if rel_server.password in text or wrong in text]
    print(f"\nsearched {len(searched)} files ({sum(len(t) for t in searched.values()):,} characters) "
          f"for the password: {len(leaks)} hold it")
    assert not leaks, leaks
