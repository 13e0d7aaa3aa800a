"""Settings for an API under test, pointed at the test server."""
from __future__ import annotations

from pydantic import SecretStr

from claimgraph.settings import Settings
from tests.conftest import Neo4jServer

API_KEY = "e2e-key-not-a-secret"


def api_settings(server: Neo4jServer, **overrides: object) -> Settings:
    values: dict[str, object] = dict(neo4j_uri=server.uri, neo4j_password=SecretStr(server.password),
                                     api_key=SecretStr(API_KEY))
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]
