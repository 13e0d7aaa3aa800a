"""Neo4j Browser in headless Chromium: the provenance query draws the speaker and the claim.

Debian's /usr/bin/chromium through Playwright (no browser download). The
seed article is ingested into the test server; the test connects Browser to
it, applies cypher/browser/style.grass, runs cypher/browser/provenance.cypher
for the gold's "several enemy KIA" claim, reads the node captions from the
SVG graph view and saves a screenshot in test-output/.
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator

import pytest
import yaml

from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers import read_path
from tests.browser_files import browser_query, style
from tests.chromium import CHROMIUM, CHROMIUM_ARGS, OUTPUT, TIMEOUT_MS, needs
from tests.conftest import Neo4jServer, shared_path

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]



@pytest.fixture
def page(neo4j_server: Neo4jServer) -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api")
    needs(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    with playwright.sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 1000})
        origin = f"http://127.0.0.1:{neo4j_server.http_port}"
        # pasting keeps the editor from auto-closing quotes and brackets as typing would
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        try:
            yield page
        finally:
            context.close()


def _connect(page, server: Neo4jServer) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"http://127.0.0.1:{server.http_port}/browser/", wait_until="domcontentloaded")
    page.get_by_test_id("bolt-scheme-select").select_option("bolt://")
    page.get_by_test_id("boltaddress").fill(f"127.0.0.1:{server.bolt_port}")
    page.get_by_test_id("username").fill("neo4j")
    page.get_by_test_id("password").fill(server.password)
    page.get_by_test_id("connect").click()
    page.get_by_text("connected as user neo4j").wait_for()


def _run(page, command: str) -> None:  # type: ignore[no-untyped-def]
    frames = page.locator("[data-testid='frame']").count()
    page.evaluate("text => navigator.clipboard.writeText(text)", command)
    page.locator("[data-testid='activeEditor']").first.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.press("Control+V")
    page.get_by_test_id("editor-Run").click()
    page.wait_for_function(f"() => document.querySelectorAll(\"[data-testid='frame']\").length > {frames}")


def _captions(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.wait_for_selector("svg g.node text")
    page.wait_for_timeout(1500)  # the force layout settles and writes every caption
    return [re.sub(r"\s+", " ", c).strip() for c in
            page.eval_on_selector_all(
                "svg g.node", "nodes => nodes.map(n => [...n.querySelectorAll('text')].map(t => t.textContent).join(' '))")]


def _fills(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Node caption -> the colour its circle is filled with."""
    pairs = page.eval_on_selector_all("svg g.node", """nodes => nodes.map(n => [
        [...n.querySelectorAll('text')].map(t => t.textContent).join(' '),
        (n.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill')])""")
    return {re.sub(r"\s+", " ", caption).strip(): (fill or "").upper() for caption, fill in pairs}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_provenance_in_browser_shows_the_speaker_and_the_claim(
        page, neo4j_server: Neo4jServer, store: Neo4jStore) -> None:  # type: ignore[no-untyped-def]
    gold = yaml.safe_load(shared_path("corpus", "seed", "us-strikes-iraq.gold.yaml").read_text(encoding="utf-8"))
    report = ingest_documents(store, read_path(shared_path("corpus", "seed", "us-strikes-iraq.txt")), load_aliases())
    assert report.ok and report.written == 1
    wanted = next(c for c in gold["claims"] if c["id"] == "ryder-ac130-kia")
    [claim] = store.search_claims(wanted["key"]).items
    speaker = claim.speakers[0].name

    OUTPUT.mkdir(exist_ok=True)
    try:
        _connect(page, neo4j_server)
        _run(page, ":style " + style())
        _run(page, f":param claim => '{wanted['key']}'")
        _run(page, browser_query("provenance").cypher)
        captions = _captions(page)
    finally:
        page.screenshot(path=str(OUTPUT / "browser-provenance.png"))

    assert any(speaker.lower() in c.lower() for c in captions), captions
    # style.grass is applied: a person is drawn in the colour it gives node.Person
    assert _fills(page).get(speaker) == "#4C8EDA"
    # Browser cuts a long caption to three lines ending in "…", the last line
    # from further on: the first words must open the claim's text, the cut
    # word must start a later word of it
    claim_words = _words(claim.text)

    def opens_the_claim(caption: str) -> bool:
        *whole, cut = _words(caption.rstrip("\u2026")) or [""]
        return bool(whole) and claim_words[:len(whole)] == whole and any(
            w.startswith(cut) for w in claim_words[len(whole):])

    assert any(opens_the_claim(c) for c in captions), (captions, claim.text)
    assert (OUTPUT / "browser-provenance.png").stat().st_size > 10_000
