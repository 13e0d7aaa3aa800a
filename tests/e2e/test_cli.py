"""The query commands against the real server, in-process through Typer's runner; serve as a real process."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import networkx as nx
import pytest
from click.testing import Result

from claimgraph.graph.neo4j_store import Neo4jStore
from tests.cli import COMMAND, run
from tests.conftest import Neo4jServer, shared_path
from tests.query_graph import CONTRADICTION_REASON, Q, query_batch

pytestmark = pytest.mark.neo4j


@pytest.fixture
def newsroom(store: Neo4jStore) -> Neo4jStore:
    store.write(query_batch())
    return store


def cli(server: Neo4jServer, *args: str, **env: str) -> Result:
    return run(*args, env={**server.env(), **env})


def test_who_said_by_name_prints_a_table(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    r = cli(neo4j_server, "who-said", "Omar Haddad")
    assert r.exit_code == 0, r.stderr
    assert "Omar Haddad: claims 1-3 of 3" in r.stdout
    assert "nine people were killed" in r.stdout and "press briefing" in r.stdout


def test_who_said_json_with_filters(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    r = cli(neo4j_server, "who-said", Q.omar, "--since", "2024-05-02", "--json")
    body = json.loads(r.stdout)
    assert (body["total"], [c["id"] for c in body["items"]]) == (1, [Q.roads])


def test_who_said_an_organization_shows_through_whom(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    r = cli(neo4j_server, "who-said", "Interior Ministry")
    assert r.exit_code == 0, r.stderr
    title = " ".join(r.stdout.split()[:40])
    assert "Interior Ministry: claims 1-" in title and "through those who speak for or belong to it" in title
    assert "Omar Haddad, spokesman" in " ".join(r.stdout.split())
    own = json.loads(cli(neo4j_server, "who-said", "Interior Ministry", "--own", "--json").stdout)
    assert own["through_others"] == 0 and own["scope"] == "own"


def test_who_said_pmf_on_the_seed_names_no_near_duplicate(neo4j_server: Neo4jServer, store: Neo4jStore) -> None:
    seed = shared_path("corpus", "seed", "us-strikes-iraq.txt")
    assert cli(neo4j_server, "ingest", str(seed)).exit_code == 0
    r = cli(neo4j_server, "who-said", "PMF")
    assert r.exit_code == 0, r.stderr
    assert "also matching" not in r.stderr
    assert "anonymous source" in " ".join(r.stdout.split())
    pmf = json.loads(cli(neo4j_server, "who-said", "PMF", "--json").stdout)
    assert [c["via"] for c in pmf["items"] if "one fighter" in c["text"]] == ["anonymous source"]
    ryder = json.loads(cli(neo4j_server, "who-said", "Ryder", "--json").stdout)
    assert ryder["total"] == ryder["own"] >= 3
    killed = cli(neo4j_server, "figures", "--metric", "killed", "--by", "PMF")
    assert killed.exit_code == 0 and "also matching" not in killed.stderr
    assert "stated by Popular Mobilization Forces and those who speak for or belong to it" in " ".join(
        killed.stdout.split())
    assert "anonymous source" in killed.stdout
    assert cli(neo4j_server, "figures", "--metric", "killed", "--own").exit_code == 2
    incidents = json.loads(cli(neo4j_server, "incidents", "--by", "PMF", "--json").stdout)
    assert incidents["total"] >= 1 and incidents["scope"] == "all"


def test_who_said_an_unknown_name_exits_1(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    r = cli(neo4j_server, "who-said", "Nobody Anywhere")
    assert r.exit_code == 1 and "no actor matches 'Nobody Anywhere'" in r.stderr


def test_provenance_by_words_shows_the_chain(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    r = cli(neo4j_server, "provenance", "killed when the depot")
    assert r.exit_code == 0, r.stderr
    assert "Harbor Times -> Coastal Wire -> Omar Haddad -> Interior Ministry" in " ".join(r.stdout.split())


def test_figures_and_contradictions(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    table = json.loads(cli(neo4j_server, "figures", "--metric", "killed", "--json").stdout)
    assert [row["figure"]["raw"] for row in table["items"]] == ["nine", "two", "at least eight"]
    printed = cli(neo4j_server, "contradictions")
    assert printed.exit_code == 0 and CONTRADICTION_REASON in printed.stdout


def test_a_bad_metric_is_a_usage_error(neo4j_server: Neo4jServer) -> None:
    r = cli(neo4j_server, "figures", "--metric", "bananas")
    assert r.exit_code == 2 and "bananas" in r.stderr


def test_path_between_names(neo4j_server: Neo4jServer, newsroom: Neo4jStore) -> None:
    r = cli(neo4j_server, "path", "Dana Reyes", "Northern Front")
    assert r.exit_code == 0 and "6 step(s)" in r.stdout
    none = cli(neo4j_server, "path", "Omar Haddad", "Isolated Observer")
    assert none.exit_code == 1 and "no attribution path" in none.stderr


def test_a_path_from_an_end_over_the_end_cap_says_it_left_through_the_last_claims(
    neo4j_server: Neo4jServer, newsroom: Neo4jStore, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("claimgraph.graph.neo4j_store.PATH_END_CAP", 2)
    monkeypatch.setattr("claimgraph.graph.neo4j_store.PATH_END_CLAIMS", 1)
    r = cli(neo4j_server, "path", "Omar Haddad", "Northern Front")
    assert r.exit_code == 0, r.stderr
    assert "6 step(s), leaving Omar Haddad (over 2 links) only through the last 1 claims" in " ".join(r.stdout.split())
    none = cli(neo4j_server, "path", "Omar Haddad", "Isolated Observer")
    assert none.exit_code == 1 and "only through the last 1 claims and the organizations" in none.stderr


def test_export_graphml_to_a_file_and_prov_json_to_stdout(neo4j_server: Neo4jServer, newsroom: Neo4jStore,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "graph.graphml"
    r = cli(neo4j_server, "export", "--format", "graphml", "-o", str(target))
    assert r.exit_code == 0, r.stderr
    assert nx.read_graphml(target).number_of_nodes() == 27  # with the depot raid incident
    prov = cli(neo4j_server, "export", "--format", "prov-json")
    assert f"cg:{Q.omar}" in json.loads(prov.stdout)["agent"]


def test_an_unreachable_store_exits_3_with_a_message(neo4j_server: Neo4jServer) -> None:
    r = cli(neo4j_server, "contradictions", CLAIMGRAPH_NEO4J_URI="bolt://127.0.0.1:1")
    assert r.exit_code == 3 and "unavailable" in r.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_health_on_the_given_port(neo4j_server: Neo4jServer) -> None:
    port = _free_port()
    proc = subprocess.Popen([*COMMAND, "serve", "--host", "127.0.0.1", "--port", str(port)],
                            env=neo4j_server.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    assert json.loads(response.read()) == {"status": "ok"}
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
