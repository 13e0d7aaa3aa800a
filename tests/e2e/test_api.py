"""Every route over HTTP on the hand-built graph: answers, 404, 422, 401, 413, docs."""
from __future__ import annotations

import gc

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.http.app import create_app
from claimgraph.api.http.routers.params import MAX_VERSION
from claimgraph.graph.results import PATH_END_CAP, PATH_END_CLAIMS
from tests.conftest import Neo4jServer
from tests.e2e.apps import API_KEY, api_settings
from tests.query_graph import CONTRADICTION_REASON, Q

pytestmark = pytest.mark.neo4j


def test_health_says_ok(client: TestClient) -> None:
    r = client.get("/health")
    assert (r.status_code, r.json()) == (200, {"status": "ok"})


def test_actor_search_and_profile(newsroom: TestClient) -> None:
    r = newsroom.get("/actors", params={"q": "hadd"})
    assert r.status_code == 200
    [hit] = r.json()["items"]
    assert (hit["id"], hit["match"]) == (Q.omar, "prefix")
    profile = newsroom.get(f"/actors/{Q.omar}").json()
    assert profile["organizations"][0]["actor"]["name"] == "Interior Ministry"
    assert profile["claims"] == 3


def test_claims_by_actor_with_filters_and_pages(newsroom: TestClient) -> None:
    r = newsroom.get(f"/actors/{Q.omar}/claims", params={"since": "2024-05-01", "channel": "statement"})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 1
    assert body["items"][0]["id"] == Q.toll
    assert [m["start"] for m in body["items"][0]["mentions"]] == [40, 120, 10]
    page = newsroom.get(f"/actors/{Q.omar}/claims", params={"limit": 1, "offset": 2}).json()
    assert ([c["id"] for c in page["items"]], page["total"]) == ([Q.curfew], 3)


def test_claim_search_and_provenance(newsroom: TestClient) -> None:
    [hit] = newsroom.get("/claims", params={"q": "killed when"}).json()["items"]
    paths = newsroom.get(f"/claims/{hit['id']}/provenance").json()["paths"]
    assert [[a["name"] for a in p["chain"]] for p in paths] == [
        ["Harbor Times", "Coastal Wire", "Omar Haddad", "Interior Ministry"],
        ["Valley Post", "Omar Haddad", "Interior Ministry"]]
    assert [e["type"] for e in paths[0]["edges"]][:2] == ["PUBLISHED_BY", "SYNDICATED_FROM"]


def test_figures_table_marks_the_conflict(newsroom: TestClient) -> None:
    body = newsroom.get("/figures", params={"metric": "killed"}).json()
    assert [r["figure"]["raw"] for r in body["items"]] == ["nine", "two", "at least eight"]
    assert body["items"][0]["contradicts"][0]["reason"] == CONTRADICTION_REASON
    assert newsroom.get("/figures", params={"metric": "killed", "place": "Port Amar",
                                            "until": "2024-05-01"}).json()["total"] == 1


def test_contradictions_and_corroborations(newsroom: TestClient) -> None:
    [pair] = newsroom.get("/contradictions").json()["items"]
    assert {pair["a"]["claim"]["id"], pair["b"]["claim"]["id"]} == {Q.toll, Q.fighters}
    assert newsroom.get("/corroborations", params={"metric": "killed"}).json()["total"] == 1
    assert newsroom.get("/corroborations", params={"metric": "injured"}).json()["total"] == 0


def test_shortest_path(newsroom: TestClient) -> None:
    body = newsroom.get("/paths", params={"from": Q.dana, "to": Q.front}).json()
    assert body["found"] and len(body["edges"]) == 6
    assert body["nodes"][0]["caption"] == "Dana Reyes" and body["nodes"][-1]["caption"] == "Northern Front"
    assert (body["bounded"], body["end_cap"], body["end_claims"]) == ([], PATH_END_CAP, PATH_END_CLAIMS)
    none = newsroom.get("/paths", params={"from": Q.omar, "to": Q.loner}).json()
    assert (none["found"], none["nodes"]) == (False, [])


def test_a_path_names_the_end_it_left_only_through_its_last_claims(
    newsroom: TestClient, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("claimgraph.graph.neo4j_store.PATH_END_CAP", 2)
    monkeypatch.setattr("claimgraph.graph.neo4j_store.PATH_END_CLAIMS", 1)
    body = newsroom.get("/paths", params={"from": Q.front, "to": Q.omar}).json()
    assert (body["bounded"], body["end_cap"], body["end_claims"]) == (["target"], 2, 1)
    assert body["found"] and body["nodes"][-2]["id"] in {Q.curfew, Q.ministry}


def test_article_graph_for_a_visual(newsroom: TestClient) -> None:
    body = newsroom.get(f"/articles/{Q.a1}/graph").json()
    assert body["nodes"][0]["id"] == Q.a1
    assert len(body["edges"]) == 19 and len({e["id"] for e in body["edges"]}) == 19


# --- errors -------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/actors/actor-nobody", "/actors/actor-nobody/claims", "/claims/claim-nothing/provenance",
    "/articles/article-nothing/graph", "/paths?from=actor-nobody&to=actor-nobody"])
def test_unknown_ids_answer_404_naming_the_id(newsroom: TestClient, path: str) -> None:
    r = newsroom.get(path)
    assert r.status_code == 404
    body = r.json()
    assert body["error"] == "not_found"
    assert "actor-nobody" in body["detail"] or "nothing" in body["detail"]


def test_an_unknown_route_answers_404_in_the_same_shape(client: TestClient) -> None:
    r = client.get("/no-such-route")
    assert (r.status_code, r.json()["error"]) == (404, "not_found")


@pytest.mark.parametrize(("path", "params", "named"), [
    ("/figures", {"metric": "bananas"}, "metric"),
    ("/figures", {}, "metric"),
    ("/figures", {"metric": "killed", "since": "last week"}, "since"),
    ("/actors", {}, "q"),
    ("/actors", {"q": ""}, "q"),
    ("/claims", {"q": "x", "limit": 0}, "limit"),
    ("/claims", {"q": "x", "limit": 100000}, "limit"),
    ("/claims", {"q": "x", "offset": -1}, "offset"),
    (f"/actors/{Q.omar}/claims", {"channel": "carrier pigeon"}, "channel"),
    ("/contradictions", {"metric": "vibes"}, "metric"),
    ("/paths", {"from": Q.omar}, "to"),
    (f"/articles/{Q.a1}/graph", {"version": 0}, "version"),
    (f"/articles/{Q.a1}/graph", {"version": MAX_VERSION + 1}, "version"),
])
def test_bad_parameters_answer_422_naming_the_parameter(newsroom: TestClient, path: str, params: dict[str, object],
                                                        named: str) -> None:
    r = newsroom.get(path, params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "invalid_request" and f"'{named}'" in body["detail"]


def test_the_largest_version_neo4j_holds_reaches_the_store(newsroom: TestClient) -> None:
    r = newsroom.get(f"/articles/{Q.a1}/graph", params={"version": MAX_VERSION})
    assert (r.status_code, r.json()["error"]) == (404, "not_found")


ARTICLE = {"text": "The harbour office said three cranes were damaged in the storm.", "title": "Storm",
           "url": "https://news.example/storm", "outlet": "Harbor Times", "published": "2024-06-01"}


def test_posting_an_article_needs_the_key(client: TestClient) -> None:
    missing = client.post("/articles", json=ARTICLE)
    wrong = client.post("/articles", json=ARTICLE, headers={"X-API-Key": API_KEY + "x"})
    assert (missing.status_code, missing.json()["error"]) == (401, "unauthorized")
    assert wrong.status_code == 401


def test_posting_without_a_configured_key_is_refused_with_503(neo4j_server: Neo4jServer, store: object) -> None:
    with TestClient(create_app(api_settings(neo4j_server, api_key=None))) as c:
        r = c.post("/articles", json=ARTICLE, headers={"X-API-Key": "anything"})
    assert (r.status_code, r.json()["error"]) == (503, "no_api_key")


def test_posting_an_article_twice_writes_it_once(client: TestClient) -> None:
    key = {"X-API-Key": API_KEY}
    first = client.post("/articles", json=ARTICLE, headers=key)
    assert first.status_code == 200, first.text
    assert (first.json()["written"], first.json()["skipped"]) == (1, 0)
    article_id = first.json()["article_id"]
    nodes_before = client.get(f"/articles/{article_id}/graph").json()
    again = client.post("/articles", json=ARTICLE, headers=key)
    assert (again.json()["written"], again.json()["skipped"]) == (0, 1)
    assert client.get(f"/articles/{article_id}/graph").json() == nodes_before


def test_a_posted_article_with_unknown_fields_is_refused(client: TestClient) -> None:
    r = client.post("/articles", json={**ARTICLE, "author": "x"}, headers={"X-API-Key": API_KEY})
    assert r.status_code == 422 and "author" in r.json()["detail"]


def test_a_body_over_the_limit_is_refused_before_it_is_read(neo4j_server: Neo4jServer, store: object) -> None:
    with TestClient(create_app(api_settings(neo4j_server, max_request_bytes=1000))) as c:
        r = c.post("/articles", json={**ARTICLE, "text": "x" * 5000}, headers={"X-API-Key": API_KEY})
        chunked = c.post("/articles", content=iter([b'{"text": "', b"y" * 3000, b'"}']),
                         headers={"X-API-Key": API_KEY, "Content-Type": "application/json"})
    assert (r.status_code, r.json()["error"]) == (413, "too_large")
    assert chunked.status_code == 413


def test_reads_can_require_the_key(neo4j_server: Neo4jServer, store: object) -> None:
    with TestClient(create_app(api_settings(neo4j_server, read_requires_key=True))) as c:
        assert c.get("/actors", params={"q": "x"}).status_code == 401
        assert c.get("/actors", params={"q": "x"}, headers={"X-API-Key": API_KEY}).status_code == 200
        assert c.get("/health").status_code == 200


def test_openapi_documents_every_route_with_a_response_model(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    routes = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    assert {("/actors", "get"), ("/actors/{actor_id}", "get"), ("/actors/{actor_id}/claims", "get"),
            ("/claims", "get"), ("/claims/{claim_id}/provenance", "get"), ("/figures", "get"),
            ("/contradictions", "get"), ("/corroborations", "get"), ("/paths", "get"),
            ("/articles/{article_id}/graph", "get"), ("/articles", "post"), ("/health", "get")} <= routes
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            if "pages" in op.get("tags", []):
                # the pages under /ui answer HTML (tests/e2e/test_pages.py); the key form's POST leads back
                assert path.startswith("/ui/"), (path, method)
                answer = op["responses"]["200"]["content"] if method == "get" else op["responses"]["303"]
                assert list(answer) == ["text/html"] if method == "get" else "content" not in answer
                continue
            content = op["responses"]["200"]["content"]
            assert "$ref" in str(content["application/json"]["schema"]), (path, method)
    assert "X-API-Key" in str(spec["components"]["securitySchemes"])
    assert client.get("/docs").status_code == 200


def test_what_the_server_loads_at_start_is_left_out_of_garbage_collection(neo4j_server: Neo4jServer) -> None:
    """Frozen at startup (a full collection no longer walks it on a request), released at shutdown."""
    gc.unfreeze()
    with TestClient(create_app(api_settings(neo4j_server))) as c:
        assert gc.get_freeze_count() > 0
        assert c.get("/health").status_code == 200
    assert gc.get_freeze_count() == 0
