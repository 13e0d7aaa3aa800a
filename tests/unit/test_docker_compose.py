"""docker-compose.yml cannot run here (no Docker engine); check what it names
against the code: image, ports, environment, and the Dockerfile it builds."""
from __future__ import annotations

from pathlib import Path

import yaml

from claimgraph.settings import Settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_runs_neo4j_5_26_community_and_the_api() -> None:
    assert set(COMPOSE["services"]) == {"neo4j", "api"}
    assert COMPOSE["services"]["neo4j"]["image"] == "neo4j:5.26-community"
    assert COMPOSE["services"]["api"]["build"] == "."


def test_compose_publishes_every_port_on_loopback_only() -> None:
    ports = [p for s in COMPOSE["services"].values() for p in s.get("ports", [])]
    assert ports and all(p.startswith("127.0.0.1:") for p in ports)
    assert {p.split(":", 1)[1] for p in ports} == {"7474:7474", "7687:7687", "8000:8000"}


def test_neo4j_has_a_volume_a_healthcheck_and_auth_from_the_environment() -> None:
    neo4j = COMPOSE["services"]["neo4j"]
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert neo4j["healthcheck"]["test"]
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${CLAIMGRAPH_NEO4J_PASSWORD")


def test_api_environment_names_only_real_settings_and_a_valid_uri() -> None:
    env = COMPOSE["services"]["api"]["environment"]
    fields = {f"CLAIMGRAPH_{name.upper()}" for name in Settings.model_fields}
    assert set(env) <= fields
    assert Settings(neo4j_uri=env["CLAIMGRAPH_NEO4J_URI"]).neo4j_uri == "bolt://neo4j:7687"
    assert env["CLAIMGRAPH_NEO4J_USER"] == Settings().neo4j_user
    assert COMPOSE["services"]["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_the_dockerfile_copies_every_package_folder() -> None:
    links = [p for p in (REPO / "claimgraph").iterdir() if p.is_symlink()]
    folders = {"claimgraph"} | {p.resolve().relative_to(REPO).parts[0] for p in links}
    assert {"api", "graph", "ingest", "cypher"} <= folders
    dockerfile = (REPO / "Dockerfile").read_text()
    for folder in folders:
        assert f"COPY {folder} {folder}" in dockerfile
    assert '"claimgraph", "serve"' in dockerfile
