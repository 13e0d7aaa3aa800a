"""The docs against the code: every command and route is documented, and the
sample session in README.md and docs/queries.md is what the commands print.

The session runs in-process against the embedded store, on the samples, at
the width the docs were printed at (100 columns). When extraction or a table
changes, this test fails until the docs show the new output.
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest
import typer.main

from claimgraph.api.cli.main import app as cli_app
from claimgraph.api.http.app import create_app
from claimgraph.settings import Settings
from tests.cli import run

REPO = Path(__file__).resolve().parents[2]
QUERIES_DOC = REPO / "docs" / "queries.md"
SESSION_DOCS = [REPO / "README.md", QUERIES_DOC]
SESSION_COLUMNS = "100"
_ROUTE = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`?\s]*)")
_PARAMETER = re.compile(r"\{[^}]*\}")


def _route_key(method: str, path: str) -> str:
    """``GET /actors/{}``: a route with its parameters unnamed (the docs say ``{id}``, the code ``{actor_id}``)."""
    return f"{method} {_PARAMETER.sub('{}', path)}"


def test_every_cli_command_is_documented() -> None:
    doc = QUERIES_DOC.read_text(encoding="utf-8")
    commands = typer.main.get_command(cli_app).commands  # type: ignore[attr-defined]
    assert len(commands) >= 10
    missing = [name for name in commands if not re.search(rf"^claimgraph {re.escape(name)}\b", doc, re.MULTILINE)]
    assert not missing, f"add to docs/queries.md's Command line section: {missing}"


def test_every_http_route_is_documented_and_every_documented_route_exists() -> None:
    routes = _api_routes()
    documented = {_route_key(m, p) for m, p in _ROUTE.findall(QUERIES_DOC.read_text(encoding="utf-8"))}
    assert len(routes) >= 12
    assert not routes - documented, "add to docs/queries.md's HTTP API table"
    assert not documented - routes, "docs/queries.md names routes the API does not have"


def _api_routes() -> set[str]:
    # From the OpenAPI schema: FastAPI nests included routers differently across versions.
    paths = create_app(Settings()).openapi()["paths"]
    return {_route_key(method.upper(), path) for path, operations in paths.items() for method in operations}


_CURL = re.compile(r"curl -s (?:-X (\w+) )?'?http://127\.0\.0\.1:8000(/[^'?\s]*)")


@pytest.mark.parametrize("doc", SESSION_DOCS, ids=lambda p: p.name)
def test_every_curl_example_asks_a_route_the_api_has(doc: Path) -> None:
    routes = _api_routes()
    asked = [(method or "GET", path) for method, path in _CURL.findall(doc.read_text(encoding="utf-8"))]
    assert len(asked) >= 3
    # a route's parameter matches an id in the example ("/claims/claim-308.../provenance")
    patterns = [re.compile(re.escape(r).replace(re.escape("{}"), "[^/]+")) for r in routes]
    for method, path in asked:
        assert any(p.fullmatch(f"{method} {path}") for p in patterns), f"{doc.name}: {method} {path} is no route"


@dataclass(frozen=True)
class Step:
    command: str
    printed: str


def session(doc: Path) -> list[Step]:
    """The ``$ claimgraph ...`` commands of the doc's first code block under "A short session", and what follows each."""
    text = doc.read_text(encoding="utf-8")
    section = text[text.index("## A short session"):]
    block = re.search(r"```\n(.*?)```", section, re.DOTALL)
    assert block, f"{doc.name}: no code block in the short session"
    steps = re.split(r"^\$ ", block.group(1), flags=re.MULTILINE)[1:]
    return [Step(*step.split("\n", 1)) for step in steps]


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]


def test_both_docs_show_the_same_session() -> None:
    readme, queries = (session(doc) for doc in SESSION_DOCS)
    assert readme == queries and len(readme) >= 4


@pytest.mark.parametrize("doc", SESSION_DOCS, ids=lambda p: p.name)
def test_the_sample_session_prints_what_the_docs_show(doc: Path, tmp_path: Path) -> None:
    env = {"CLAIMGRAPH_NEO4J_URI": "", "CLAIMGRAPH_STORE_PATH": str(tmp_path / "graph.json"),
           "COLUMNS": SESSION_COLUMNS, "NO_COLOR": "1"}
    for step in session(doc):
        program, *args = shlex.split(step.command)
        assert program == "claimgraph"
        args = [str(REPO / a) if a == "samples/" else a for a in args]
        result = run(*args, env=env)
        assert result.exit_code == 0, f"$ {step.command}\n{result.stderr}"
        assert _lines(result.stdout) == _lines(step.printed), f"{doc.name} is stale for $ {step.command}"
