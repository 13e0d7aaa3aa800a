"""The commands under test, run as a user runs them: `claimgraph` in a subprocess.

Everything they print is also kept under ``var/reliability-logs`` (one file
per run), so the secrets test can check that no run printed the password.
"""
from __future__ import annotations

import itertools
import os
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from pydantic import SecretStr

from claimgraph.settings import Settings
from tests.cli import COMMAND
from tests.conftest import REPO, Neo4jServer

LOGS = REPO / "var" / "reliability-logs"
API_KEY = "reliability-api-key-not-a-secret"

_SUMMARY = re.compile(r"read (\d+) articles: written (\d+), skipped (\d+) .*, failed (\d+)")
_NOT_INGESTED = re.compile(r"^not ingested (.+?): (.*)$", re.MULTILINE)
_runs = itertools.count()

STUCK_S = 1800.0
"""How long a command or request may take before the test calls it stuck. Only
a bound on hanging forever: these tests run beside other suites on a small,
loaded machine, and nothing they assert depends on how fast it is."""


@dataclass(frozen=True)
class IngestSummary:
    read: int
    written: int
    skipped: int
    failed: int


@dataclass(frozen=True)
class IngestRun:
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return f"exit {self.returncode}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"

    @property
    def summary(self) -> IngestSummary:
        found = _SUMMARY.search(self.stdout)
        assert found, f"no summary line in the output:\n{self.output}"
        return IngestSummary(*map(int, found.groups()))

    def not_ingested(self) -> dict[str, str]:
        """Article origin -> the problem, from the ``not ingested`` lines."""
        # rich wraps long lines at the console width; the test runs set it wide
        return dict(_NOT_INGESTED.findall(self.stderr))


def keep_log(name: str, text: str) -> Path:
    LOGS.mkdir(parents=True, exist_ok=True)
    path = LOGS / f"{next(_runs):03d}-{name}.log"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    return path


def cli_env(server: Neo4jServer, **extra: str) -> dict[str, str]:
    # A wide console so rich never wraps a "not ingested" line.
    return {**server.env(), "COLUMNS": "400", "NO_COLOR": "1", **extra}


def start_ingest(server: Neo4jServer, *paths: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`claimgraph ingest PATHS` in its own process group (so a kill takes its workers too)."""
    return subprocess.Popen([*COMMAND, "ingest", *map(str, paths)], env=env or cli_env(server),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def finish(process: subprocess.Popen[str], started: float, timeout: float = STUCK_S) -> IngestRun:
    stdout, stderr = process.communicate(timeout=timeout)
    run = IngestRun(process.returncode, stdout, stderr, time.monotonic() - started)
    keep_log("ingest", run.output)
    return run


def run_ingest(server: Neo4jServer, *paths: Path, env: dict[str, str] | None = None,
               timeout: float = STUCK_S) -> IngestRun:
    started = time.monotonic()
    return finish(start_ingest(server, *paths, env=env), started, timeout)


def kill_group(process: subprocess.Popen[str]) -> None:
    """SIGKILL the process and everything it started; reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    stdout, stderr = process.communicate()
    keep_log("killed-ingest", f"--- stdout\n{stdout}\n--- stderr\n{stderr}")


def run_cli(server: Neo4jServer, args: Sequence[str], env: dict[str, str] | None = None,
            timeout: float = STUCK_S) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*COMMAND, *args], env=env or cli_env(server), capture_output=True,
                            text=True, timeout=timeout)
    keep_log("cli", f"$ claimgraph {' '.join(args)}\nexit {result.returncode}\n"
                    f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}")
    return result


UVICORN_KEEP_ALIVE_S = 5.0


REQUEST_STUCK_S = 300.0
"""A request unanswered this long is stuck; a slow answer on a loaded machine is not a failure."""
QUERY_TIMEOUT_S = 120.0
"""The query time limit of every API these tests start, unless a test sets its own: a query past
the default 10 s on a loaded machine answers 504, which is the machine's speed and not what the
scenarios look for. The tests of the time limit itself set a short one."""


def http_client(base_url: str, timeout: float = REQUEST_STUCK_S) -> httpx.Client:
    """A client that drops an idle connection before uvicorn closes it from its
    side (after UVICORN_KEEP_ALIVE_S): a request sent on a connection the
    server is closing at that moment would fail without reaching the API."""
    return httpx.Client(base_url=base_url, timeout=timeout,
                        limits=httpx.Limits(keepalive_expiry=UVICORN_KEEP_ALIVE_S / 2))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class ApiProcess:
    process: subprocess.Popen[bytes]
    base_url: str
    log: Path


BIND_ATTEMPTS = 5
"""A free port found here may be taken by another process before the API binds it; try another."""


@contextmanager
def api_process(server: Neo4jServer, **settings: str) -> Iterator[ApiProcess]:
    """`claimgraph serve` on a free loopback port against ``server``; its log kept."""
    env = cli_env(server, CLAIMGRAPH_API_KEY=API_KEY, **{"CLAIMGRAPH_QUERY_TIMEOUT_S": str(QUERY_TIMEOUT_S), **settings})
    for _ in range(BIND_ATTEMPTS):
        api = _start_api(env)
        try:
            if _wait_for(api):
                break
        except BaseException:
            _stop(api.process)
            raise
    else:
        raise AssertionError(f"no free port in {BIND_ATTEMPTS} attempts:\n{api.log.read_text()}")
    try:
        yield api
    finally:
        _stop(api.process)


def _start_api(env: dict[str, str]) -> ApiProcess:
    port = free_port()
    log = keep_log("api", "")
    with log.open("ab") as sink:
        process = subprocess.Popen([*COMMAND, "serve", "--host", "127.0.0.1", "--port", str(port)],
                                   env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    return ApiProcess(process, f"http://127.0.0.1:{port}", log)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_for(api: ApiProcess, timeout: float = STUCK_S) -> bool:
    """True once the API answers; False when it exited because its port was
    taken meanwhile. Fails when it exits otherwise, or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if api.process.poll() is not None:
            log = api.log.read_text()
            if "address already in use" in log.lower():
                return False
            raise AssertionError(f"the API exited with {api.process.returncode}:\n{log}")
        try:
            httpx.get(f"{api.base_url}/openapi.json", timeout=REQUEST_STUCK_S).raise_for_status()
            return True
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError(f"the API did not answer within {timeout} s:\n{api.log.read_text()}")


def app_settings(server: Neo4jServer, **overrides: object) -> Settings:
    """Settings for an in-process API on ``server``, with the test API key."""
    values: dict[str, object] = dict(neo4j_uri=server.uri, neo4j_password=SecretStr(server.password),
                                     api_key=SecretStr(API_KEY), query_timeout_s=QUERY_TIMEOUT_S)
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]
