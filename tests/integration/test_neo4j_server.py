"""The project's own Neo4j server scripts (make neo4j-up / neo4j-down)."""
from __future__ import annotations

import json
import subprocess
import urllib.request

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.neo4j


def test_a_second_neo4j_up_is_a_no_op(neo4j_server) -> None:
    pid_before = (neo4j_server.home / "run" / "neo4j.pid").read_text()
    result = neo4j_server.make("neo4j-up")
    assert result.returncode == 0, result.stderr
    assert "nothing to do" in result.stdout
    assert "fetching" not in result.stdout
    assert (neo4j_server.home / "run" / "neo4j.pid").read_text() == pid_before


def test_neo4j_up_on_a_taken_port_refuses_and_leaves_the_running_server_alone(neo4j_server,
                                                                            tmp_path) -> None:
    pid_before = (neo4j_server.home / "run" / "neo4j.pid").read_text()
    env = {**neo4j_server.env(), "CLAIMGRAPH_NEO4J_HOME": str(tmp_path / "other")}
    result = subprocess.run(["make", "--no-print-directory", "neo4j-up"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert f"port {neo4j_server.bolt_port} on 127.0.0.1 is taken" in result.stderr
    assert not (tmp_path / "other").exists()
    assert (neo4j_server.home / "run" / "neo4j.pid").read_text() == pid_before
    assert neo4j_server.make("neo4j-status").returncode == 0


def test_the_server_listens_on_loopback_with_auth_on(neo4j_server) -> None:
    conf = (neo4j_server.home / "conf" / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in conf
    assert f"server.bolt.listen_address=127.0.0.1:{neo4j_server.bolt_port}" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert neo4j_server.password not in conf


def test_the_server_is_neo4j_5_26_community(neo4j_server) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{neo4j_server.http_port}/", timeout=5) as resp:
        info = json.load(resp)
    assert info["neo4j_version"].startswith("5.26.")
    assert info["neo4j_edition"] == "community"


def test_neo4j_browser_is_served(neo4j_server) -> None:
    url = f"http://127.0.0.1:{neo4j_server.http_port}/browser/"
    with urllib.request.urlopen(url, timeout=5) as resp:
        assert resp.status == 200
        assert b"Neo4j Browser" in resp.read()
