"""schemathesis against the app's own OpenAPI schema: no 5xx on any route, the API key set."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.api.http.app import create_app
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.settings import Settings
from tests.conftest import Neo4jServer
from tests.reliability.conftest import SAMPLES
from tests.reliability.processes import API_KEY, REQUEST_STUCK_S, STUCK_S, api_process, keep_log, run_ingest

pytestmark = pytest.mark.reliability

SCHEMATHESIS = [sys.executable, "-m", "schemathesis.cli"]
"""schemathesis under the interpreter running the tests."""
MAX_EXAMPLES = 25
"""Cases per operation and mode: with the seed drawn afresh each run, runs add up to a longer hunt."""


def test_no_route_answers_5xx_to_anything_the_schema_allows_or_forbids(
    rel_server: Neo4jServer, rel_store: Neo4jStore, tmp_path: Path,
) -> None:
    assert run_ingest(rel_server, SAMPLES).returncode == 0
    seed = os.environ.get("CLAIMGRAPH_RELIABILITY_SEED")
    with api_process(rel_server) as live:
        result = subprocess.run(
            [*SCHEMATHESIS, "run", f"{live.base_url}/openapi.json", "--checks", "not_a_server_error",
             "--mode", "all", "--max-examples", str(MAX_EXAMPLES), "--header", f"X-API-Key: {API_KEY}",
             "--request-timeout", str(REQUEST_STUCK_S), "--report-dir", str(tmp_path), *(["--seed", seed] if seed else [])],
            capture_output=True, text=True, timeout=STUCK_S, env={**os.environ, "NO_COLOR": "1"})
    keep_log("schemathesis", result.stdout + result.stderr)
    generated = re.search(r"(\d+) generated", result.stdout)
    used_seed = re.search(r"Seed: (\d+)", result.stdout)
    operations = re.search(r"Tested: (\d+)", result.stdout)
    print(f"\nschemathesis: {generated.group(0) if generated else '?'} test cases over "
          f"{operations.group(1) if operations else '?'} operations, seed {used_seed.group(1) if used_seed else '?'}, "
          f"exit {result.returncode}")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert generated and int(generated.group(1)) > 0
    routes = sum(len(methods) for methods in create_app(Settings()).openapi()["paths"].values())
    assert operations and int(operations.group(1)) == routes
