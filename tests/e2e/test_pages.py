"""The pages under /ui over HTTP: what they show, that they escape, need no key, write nothing."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from claimgraph.api.http.app import create_app
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Batch, Incident
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.store import GraphStore
from tests.browser_files import browser_query
from tests.conftest import Neo4jServer
from tests.e2e.apps import API_KEY, api_settings
from tests.query_graph import Q

pytestmark = pytest.mark.neo4j

BROWSER = "http://127.0.0.1:7474/browser/"
HOSTILE_TITLE = '<script>alert("headline")</script><img src=x onerror="alert(2)">'
HOSTILE_QUOTE = "<script>alert('quote')</script> <b>Twelve</b> people were killed in the raid"
HOSTILE_TEXT = ("Officials gave new numbers on Tuesday.\n\n"
                f'"{HOSTILE_QUOTE}," said Omar Haddad, a spokesman for the Interior Ministry.\n')


def _html(client: TestClient, path: str, status: int = 200, **params: str) -> str:
    r = client.get(path, params=params or None)
    assert r.status_code == status, (path, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def _text(html: str) -> str:
    """The page as a reader sees it: tags dropped, entities left as they are."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def pages(neo4j_server: Neo4jServer, store: Neo4jStore) -> Iterator[TestClient]:
    settings = api_settings(neo4j_server, neo4j_browser_url=BROWSER)
    with TestClient(create_app(settings)) as c:
        yield c


def test_pages_need_no_key_and_write_nothing(pages: TestClient, store: Neo4jStore) -> None:
    from tests.query_graph import query_batch

    store.write(query_batch())
    before = store.counts()
    for path in ("/ui/search", f"/ui/claims/{Q.toll}", f"/ui/actors/{Q.omar}"):
        _html(pages, path)
    _html(pages, "/ui/search", q="haddad")
    assert pages.get("/", follow_redirects=False).headers["location"] == "/ui/"
    assert pages.post(f"/ui/claims/{Q.toll}").status_code == 405
    assert store.counts() == before


def test_claim_page_shows_each_chain_and_opens_the_claim_in_browser(pages: TestClient, store: Neo4jStore) -> None:
    from tests.query_graph import query_batch

    store.write(query_batch())
    html = _html(pages, f"/ui/claims/{Q.toll}")
    text = _text(html)
    assert "nine people were killed when the depot was raided" in text
    chains = re.findall(r'<ol class="chain"[^>]*>(.*?)</ol>', html, re.S)
    assert [re.findall(r">([^<>]+)</a>", c) for c in chains] == [
        ["Harbor Times", "Coastal Wire", "Omar Haddad", "Interior Ministry"],
        ["Valley Post", "Omar Haddad", "Interior Ministry"]]
    assert "The toll sentence, lead paragraph." in text and "characters 40–80" in text

    [link] = re.findall(r'href="(http://127\.0\.0\.1:7474/browser/\?[^"]+)"', html)
    query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
    assert query["cmd"] == ["edit"]
    # the editor gets the ready file, its :param line holding this claim
    arg = query["arg"][0]
    param = re.search(r"^:param claim => (.+?);$", arg, re.M)
    assert param is not None
    assert param.group(1) == "'nine people were killed when the depot was raided'"
    assert browser_query("provenance").cypher in arg


def test_actor_page_lists_what_it_asserted_by_date(pages: TestClient, store: Neo4jStore) -> None:
    from tests.query_graph import query_batch

    store.write(query_batch())
    text = _text(_html(pages, f"/ui/actors/{Q.omar}"))
    assert "Omar Haddad" in text and "Interior Ministry" in text
    order = [text.index(t) for t in ("nine people were killed", "the coast road opens again",
                                     "the curfew stays until further notice")]
    assert order == sorted(order)


def test_the_actor_page_says_more_than_a_count_past_the_cap(pages: TestClient, store: Neo4jStore,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.query_graph import query_batch

    store.write(query_batch())
    claims = store.actor_profile(Q.omar).claims
    monkeypatch.setattr(Neo4jStore, "search_cap", claims - 1)
    text = _text(_html(pages, f"/ui/actors/{Q.omar}"))
    assert f"Claims more than {claims - 1}" in text


def test_unknown_ids_and_bad_parameters_answer_as_pages(pages: TestClient) -> None:
    assert "no claim with this id" in _html(pages, "/ui/claims/claim-nothing", 404)
    assert "no actor with this id" in _html(pages, "/ui/actors/actor-nothing", 404)
    assert "offset" in _html(pages, f"/ui/actors/{Q.omar}", 422, offset="-3")


def test_pages_need_the_key_where_every_read_does(neo4j_server: Neo4jServer, store: Neo4jStore) -> None:
    with TestClient(create_app(api_settings(neo4j_server, read_requires_key=True))) as c:
        assert c.get("/ui/search").status_code == 401
        assert c.get("/ui/search", headers={"X-API-Key": API_KEY}).status_code == 200


def test_a_browser_gives_the_key_once_through_the_form_and_it_opens_reads_only(
        neo4j_server: Neo4jServer, store: Neo4jStore) -> None:
    with TestClient(create_app(api_settings(neo4j_server, read_requires_key=True))) as c:
        assert 'href="/ui/key"' in _html(c, "/ui/search", 401)
        assert 'name="key"' in _html(c, "/ui/key")
        wrong = c.post("/ui/key", data={"key": "not-the-key"}, follow_redirects=False)
        assert wrong.status_code == 401
        assert "set-cookie" not in wrong.headers
        assert c.get("/ui/search").status_code == 401
        right = c.post("/ui/key", data={"key": API_KEY}, follow_redirects=False)
        assert (right.status_code, right.headers["location"]) == (303, "/ui/")
        cookie = right.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/ui" in cookie
        assert c.get("/ui/search", params={"q": "raid"}).status_code == 200
        # the cookie is for the pages: the JSON routes still want the header, and writes never read it
        c.cookies.set("claimgraph_read_key", API_KEY)
        assert c.get("/claims").status_code == 401
        assert c.post("/articles", json={"text": "A test."}).status_code == 401


@pytest.fixture(params=["neo4j", "embedded"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        yield request.getfixturevalue("store")
    else:
        with MemoryStore(tmp_path / "graph.json") as memory:
            yield memory


def test_a_headline_and_a_quote_made_of_markup_are_shown_as_text(
        neo4j_server: Neo4jServer, any_store: GraphStore) -> None:
    with TestClient(create_app(api_settings(neo4j_server), store=any_store)) as c:
        r = c.post("/articles", headers={"X-API-Key": API_KEY},
                   json={"text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "outlet": "Harbor <i>Times</i>",
                         "url": "https://news.example/hostile", "published": "2024-05-07"})
        assert r.status_code == 200 and r.json()["written"] == 1, r.text
        [hit] = c.get("/claims", params={"q": "people were killed in the raid"}).json()["items"]
        assert hit["text"] == HOSTILE_QUOTE
        speaker = hit["speakers"][0]["id"]
        outlet = c.get("/actors", params={"q": "Harbor"}).json()["items"][0]["id"]
        pages = {path: _html(c, path) for path in (f"/ui/claims/{hit['id']}", f"/ui/actors/{speaker}",
                                                   f"/ui/actors/{outlet}", "/ui/search?q=killed")}
        for path, html in pages.items():
            # no tag from the article reaches the page as a tag...
            for tag in ("<script>alert", "<img src=x", "<b>Twelve", "<i>Times"):
                assert tag not in html, (path, tag)
        # ...and the reader sees the markup as the article's text
        quote = "&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt; &lt;b&gt;Twelve&lt;/b&gt;"
        headline = "&lt;script&gt;alert(&#34;headline&#34;)&lt;/script&gt;&lt;img src=x onerror=&#34;alert(2)&#34;&gt;"
        claim_page, speaker_page, outlet_page, search_page = pages.values()
        assert quote in claim_page and quote in speaker_page and quote in search_page
        assert headline in claim_page and headline in speaker_page
        assert "Harbor &lt;i&gt;Times&lt;/i&gt;" in outlet_page and "Harbor &lt;i&gt;Times&lt;/i&gt;" in claim_page


def test_the_incident_list_says_more_than_the_cap_when_the_count_stopped_there(
        neo4j_server: Neo4jServer, any_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    any_store.write(Batch(incidents=[Incident(f"incident-{n}", "strike", f"strike {n}", date=dt.date(2024, 5, n))
                                     for n in range(1, 4)]))
    with TestClient(create_app(api_settings(neo4j_server), store=any_store)) as c:
        assert "Incidents 1–3 of 3." in _text(_html(c, "/ui/"))
        monkeypatch.setattr(any_store, "incident_cap", 2)
        assert "Incidents 1–3 of more than 2." in _text(_html(c, "/ui/"))


def test_the_actor_page_groups_what_it_asserted_by_incident(pages: TestClient, store: Neo4jStore) -> None:
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.pipeline import ingest_documents
    from claimgraph.ingest.readers import read_path
    from tests.conftest import shared_path

    assert ingest_documents(store, read_path(shared_path("corpus", "seed", "us-strikes-iraq.txt")),
                            load_aliases()).written == 1
    ryder = pages.get("/actors", params={"q": "Pat Ryder"}).json()["items"][0]["id"]
    claims = pages.get(f"/actors/{ryder}/claims").json()["items"]
    [kia] = [c for c in claims if "several enemy KIA" in c["text"]]
    [incident] = kia["incidents"]
    html = _html(pages, f"/ui/actors/{ryder}")
    heading = html.index(f'<a href="/ui/incidents/{incident["id"]}">{incident["label"]}</a>')
    following = html.find("<h3>", heading)
    assert heading < html.index("several enemy KIA") < (following if following > 0 else len(html))
