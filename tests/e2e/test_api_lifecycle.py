"""An article over time over HTTP on Neo4j: a second version, its history, a claim's clocks, health
details, and removal with the API key."""
from __future__ import annotations

from fastapi.testclient import TestClient

from tests.e2e.apps import API_KEY
from tests.lifecycle import FLOOD_URL, FLOOD_V1, FLOOD_V2

KEY = {"X-API-Key": API_KEY}


def _post(client: TestClient, text: str) -> str:
    answer = client.post("/articles", json={"text": text, "url": FLOOD_URL, "outlet": "Valley Post",
                                            "published": "2024-05-07"}, headers=KEY)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["article_id"])


def test_versions_clocks_and_removal_over_http(client: TestClient) -> None:
    key = _post(client, FLOOD_V1)
    _post(client, FLOOD_V2)
    versions = client.get(f"/articles/{key}/versions").json()["versions"]
    assert [(v["id"], v["latest"]) for v in versions] == [(key, False), (f"{key}@2", True)]
    latest = client.get(f"/articles/{key}/graph").json()
    first = client.get(f"/articles/{key}/graph", params={"version": 1}).json()
    assert {n["caption"] for n in latest["nodes"]} - {n["caption"] for n in first["nodes"]} >= {"Seventeen"}
    claim = client.get("/claims", params={"q": "Seventeen killed Oder"}).json()["items"][0]["id"]
    clocks = client.get(f"/claims/{claim}/clocks").json()
    assert [(p["article"], p["latest"]) for p in clocks["published"]] == [(f"{key}@2", True)]
    assert clocks["published"][0]["ingested_at"] and clocks["happened"][0]["incident"]
    health = client.get("/health", params={"details": True}).json()
    assert health["extractors"] == {health["current_extractor"]: 2}
    assert client.delete(f"/articles/{key}").status_code == 401
    removed = client.delete(f"/articles/{key}@2", headers=KEY)
    assert (removed.status_code, removed.json()["articles"], removed.json()["key"]) == (200, 2, key)
    again = client.delete(f"/articles/{key}", headers=KEY)
    assert (again.status_code, again.json()["error"]) == (404, "not_found")
