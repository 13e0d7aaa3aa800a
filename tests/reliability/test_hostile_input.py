"""Hostile files through `claimgraph ingest` and hostile bodies through POST /articles:
a clear error naming the file (or field) and the problem, and nothing partial written."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.http.app import create_app
from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import Neo4jServer
from tests.queries import TEST_QUERIES
from tests.reliability.conftest import SAMPLES
from tests.reliability.corpus import article_ids
from tests.reliability.graphs import MODEL_LABELS, fingerprint
from tests.reliability.hostile import (
    GOOD_TEXT,
    HUGE_BYTES,
    TRICKY_NAMES,
    good_article,
    hostile_files,
    hostile_sidecar,
    tricky_articles,
)
from tests.reliability.processes import API_KEY, app_settings, run_ingest

pytestmark = pytest.mark.reliability

KEY = {"X-API-Key": API_KEY}


def stored_node(store: Neo4jStore, node_id: str) -> dict[str, object]:
    [row] = store.read("node_by_id", TEST_QUERIES, id=node_id)
    return dict(row["properties"])


def test_every_hostile_file_is_refused_by_name_and_nothing_of_it_is_written(
    rel_server: Neo4jServer, rel_store: Neo4jStore, tmp_path: Path,
) -> None:
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    expected = {}
    for f in hostile_files():
        (hostile / f.name).write_bytes(f.content)
        expected[f.name] = f.problem
    sidecar, problem = hostile_sidecar(hostile)
    expected[sidecar.name] = problem
    valid = [good_article(hostile), *tricky_articles(hostile).values()]

    run = run_ingest(rel_server, hostile)
    refused = run.not_ingested()
    mixed = fingerprint(rel_store)
    rel_store.clear()
    assert run_ingest(rel_server, *valid).returncode == 0
    valid_only = fingerprint(rel_store)

    print(f"\n{len(expected)} hostile files (and {len(valid)} valid ones) through `claimgraph ingest`: "
          f"exit {run.returncode}, {run.summary}, in {run.seconds:.1f} s")
    for origin, why in sorted(refused.items()):
        print(f"  {Path(origin).name}: {why[:110]}")
    assert run.returncode == 1, run.output
    assert (run.summary.read, run.summary.written, run.summary.failed) == (
        len(expected) + len(valid), len(valid), len(expected)), run.output
    by_file = {Path(origin).name: f"{origin}: {why}" for origin, why in refused.items()}
    for name, problem in expected.items():
        assert name in {n.split(":")[0].split("[")[0] for n in by_file}, f"{name} not named:\n{run.stderr}"
        [message] = [m for n, m in by_file.items() if n.split(":")[0].split("[")[0] == name]
        assert str(hostile / name) in message and problem in message, message
    # The graph holds the valid articles and nothing of any refused file.
    assert mixed.checksum == valid_only.checksum, mixed.differences(valid_only)
    assert mixed.nodes["Article"] == len(valid)


def test_names_with_quotes_backticks_braces_and_cypher_are_stored_exactly_as_written(
    rel_server: Neo4jServer, rel_store: Neo4jStore, tmp_path: Path,
) -> None:
    paths = tricky_articles(tmp_path)
    assert run_ingest(rel_server, *paths.values()).returncode == 0
    ids = article_ids(*paths.values())
    for key, path in paths.items():
        article = stored_node(rel_store, ids[str(path)])
        assert (article["title"], article["dateline"]) == (TRICKY_NAMES[key], TRICKY_NAMES[key])
    outlets = {n.properties["name"] for n in rel_store.export_graph().nodes if "Outlet" in n.labels}
    assert set(TRICKY_NAMES.values()) <= outlets
    # No name became a label or anything else but a property value.
    labels = set(rel_store.counts().nodes)
    assert labels <= MODEL_LABELS, labels


@pytest.fixture
def api(rel_server: Neo4jServer, rel_store: Neo4jStore) -> Iterator[TestClient]:
    """The API in-process on the reliability server, over the sample articles."""
    assert run_ingest(rel_server, SAMPLES).returncode == 0
    with TestClient(create_app(app_settings(rel_server))) as client:
        yield client


def _body(**fields: object) -> bytes:
    return json.dumps({"text": GOOD_TEXT, **fields}, ensure_ascii=False).encode()


HOSTILE_BODIES: dict[str, tuple[bytes, int, str]] = {
    "empty body": (b"", 422, "body field: Field required"),
    "binary": (bytes(range(256)) * 4, 422, "request body: not valid JSON (at character 0)"),
    "invalid UTF-8": (b'{"text": "the quay \xff\xfe is closed"}', 400, "error parsing the body"),
    "malformed JSON": (b'{"text": "The quay is closed.",, }', 422, "request body: not valid JSON (at character 31)"),
    "truncated JSON": (b'{"text": "The quay is clo', 422, "request body: not valid JSON"),
    "a list": (b"[1, 2]", 422, "body"),
    "no text": (b'{"title": "x"}', 422, "body field 'text': Field required"),
    "empty text": (_body(text=""), 422, "body field 'text'"),
    "blank text": (_body(text=" \n\t "), 422, "body field 'text': text is whitespace only"),
    "NUL in text": (_body(text="the quay\x00 is closed"), 422, "body field 'text': binary content"),
    "lone surrogate": (b'{"text": "the quay \\ud800 is closed"}', 422, "body field 'text'"),
    "text a number": (_body(text=42), 422, "body field 'text'"),
    "title a list": (_body(title=["a"]), 422, "body field 'title'"),
    "unknown field": (_body(author="x"), 422, "body field 'author': Extra inputs are not permitted"),
    "date in words": (_body(published="yesterday"), 422, "body field 'published': 'yesterday' is not an ISO 8601"),
    "impossible date": (_body(published="2024-02-30"), 422, "body field 'published': '2024-02-30' is not a date"),
    "date a number": (_body(published=20240301), 422, "body field 'published': expected an ISO 8601 date string"),
    "script URL": (_body(url="javascript:alert(1)"), 422, "body field 'url': 'javascript:alert(1)' is not an abs"),
    "language": (_body(language="en'; DROP"), 422, "body field 'language'"),
    "control in name": (_body(outlet="Harbor\x07Times"), 422, "body field 'outlet': contains control character"),
    "right-to-left override": (_body(syndicated_from="AFP\u202eSSERP"), 422,
                               "body field 'syndicated_from': contains bidirectional control character U+202E"),
    "10,000-character name": (_body(outlet="N" * 10_000), 422,
                              "body field 'outlet': 10000 characters, over the limit of 300"),
    "10,000-character title": (_body(title="T" * 10_000), 422, "body field 'title': 10000 characters"),
}


def test_every_hostile_body_gets_a_clear_4xx_and_the_graph_is_unchanged(
    api: TestClient, rel_store: Neo4jStore,
) -> None:
    before = fingerprint(rel_store)
    answers = {}
    for name, (body, _, _) in HOSTILE_BODIES.items():
        r = api.post("/articles", content=body, headers={**KEY, "Content-Type": "application/json"})
        answers[name] = (r.status_code, r.json().get("detail", ""))
    huge = api.post("/articles", content=b"x" * HUGE_BYTES, headers={**KEY, "Content-Type": "application/json"})
    streamed = api.post("/articles", content=iter([b'{"text": "'] + [b"quay " * 200_000] * 50 + [b'"}']),
                        headers={**KEY, "Content-Type": "application/json"})
    after = fingerprint(rel_store)

    print(f"\n{len(HOSTILE_BODIES) + 2} hostile bodies to POST /articles:")
    for name, (status, detail) in answers.items():
        print(f"  {name}: {status} {detail[:100]}")
    print(f"  50 MB body: {huge.status_code}; 50 MB chunked body: {streamed.status_code}")
    for name, (_, status, detail) in HOSTILE_BODIES.items():
        assert answers[name][0] == status and detail in answers[name][1], (name, answers[name])
    assert (huge.status_code, huge.json()["error"]) == (413, "too_large")
    assert (streamed.status_code, streamed.json()["error"]) == (413, "too_large")
    assert after.checksum == before.checksum, after.differences(before)


def test_tricky_names_posted_are_stored_exactly_as_written(api: TestClient, rel_store: Neo4jStore) -> None:
    for key, name in TRICKY_NAMES.items():
        r = api.post("/articles", headers=KEY, json={"text": f"{name} reported that {GOOD_TEXT}", "title": name,
                                                     "outlet": name, "url": f"https://posted.example/{key}"})
        assert r.status_code == 200, r.text
        article = stored_node(rel_store, r.json()["article_id"])
        assert article["title"] == name
