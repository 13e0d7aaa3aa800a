"""The pages in headless Chromium: the seed article's incident, side by side, as a reader sees it.

Debian's /usr/bin/chromium through Playwright (no browser download), as the
Neo4j Browser test does. The seed article is ingested into the test server,
the app serves the pages on a free loopback port (uvicorn in a thread), and
the browser goes from the incident list to the seed's incident by keyboard,
reads "several" from Pat Ryder and "one" from the PMF source in the drawn
chart and in the table, opens Ryder's claim, and saves screenshots of the
three pages (and the incident's killed section, and the incident at phone
width) in test-output/; docs/ keeps copies. Every request
the pages make goes to the app itself: nothing is fetched from elsewhere.
"""
from __future__ import annotations

import socket
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import uvicorn

from claimgraph.api.http.app import create_app
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers import read_path
from tests.chromium import CHROMIUM, CHROMIUM_ARGS, OUTPUT, TIMEOUT_MS, needs
from tests.conftest import Neo4jServer, shared_path
from tests.e2e.apps import api_settings

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

BROWSER_URL = "http://127.0.0.1:7474/browser/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Site:
    base: str
    incident_id: str


@pytest.fixture
def site(neo4j_server: Neo4jServer, store: Neo4jStore) -> Iterator[Site]:
    """The seed article in the store and the app serving it; the seed's incident is the one
    holding Pat Ryder's figure."""
    report = ingest_documents(store, read_path(shared_path("corpus", "seed", "us-strikes-iraq.txt")), load_aliases())
    assert report.ok and report.written == 1
    [incident] = store.incidents(q="Ryder several", metric="killed").items  # type: ignore[arg-type]
    app = create_app(api_settings(neo4j_server, neo4j_browser_url=BROWSER_URL))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ready = threading.Event()

    def watch() -> None:
        while thread.is_alive() and not server.started:
            ready.wait(0.05)
        ready.set()

    threading.Thread(target=watch, daemon=True).start()
    assert ready.wait(30) and server.started, "the app did not start"
    try:
        yield Site(f"http://127.0.0.1:{server.config.port}", incident.id)
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api")
    needs(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    with playwright.sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()


def _chart_texts(page, section: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The words plotly drew in a chart: the figures' labels and the rows' names."""
    page.wait_for_selector(f"{section} .chart[data-drawn='1'] svg")
    return page.eval_on_selector_all(f"{section} .chart svg text", "ts => ts.map(t => t.textContent)")


def _chart_rows(page, section: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each figure label of the chart -> the name of the row (source) it is drawn nearest to."""
    pairs = page.evaluate("""section => {
        const mid = el => { const b = el.getBoundingClientRect(); return b.top + b.height / 2; };
        const svg = document.querySelector(section + " .chart svg.main-svg");
        const rows = [...document.querySelectorAll(section + " .chart g.ytick text")]
            .map(t => [t.textContent, mid(t)]);
        return [...document.querySelectorAll(section + " .chart g.textpoint text")].map(t => {
            const y = mid(t);
            const row = rows.reduce((a, b) => Math.abs(b[1] - y) < Math.abs(a[1] - y) ? b : a);
            return [t.textContent, row[0]];
        });
    }""", section)
    return {label: row for label, row in pairs}


def _row_of(page, section: str, figure: str, speaker: str) -> str:  # type: ignore[no-untyped-def]
    rows = page.eval_on_selector_all(f"{section} table.figures tbody tr", "rs => rs.map(r => r.innerText)")
    matching = [r for r in rows if r.split()[0] == figure and speaker in r]
    assert matching, (figure, speaker, rows)
    return str(matching[0])


def test_the_seed_incident_shows_several_from_ryder_against_one_from_the_pmf_source(
        site: Site, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    requested: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    OUTPUT.mkdir(exist_ok=True)

    # the list: reached, then left, by keyboard alone
    page.goto(f"{site.base}/ui/")
    page.screenshot(path=str(OUTPUT / "pages-incidents.png"), full_page=True)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    link = page.locator(f"a[href='/ui/incidents/{site.incident_id}']")
    row = page.locator("table.incidents tbody tr", has=link).inner_text()
    assert "killed:" in row and "several" in row and "contradiction" in row
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/ui/incidents/{site.incident_id}")

    # the incident: the chart draws both figures in the rows of their sources...
    texts = _chart_texts(page, "#metric-killed")
    assert any(t.startswith("several ·") for t in texts), texts
    assert any(t.startswith("one ·") for t in texts), texts
    rows = _chart_rows(page, "#metric-killed")
    [several] = [row for label, row in rows.items() if label.startswith("several ·")]
    ones = [row for label, row in rows.items() if label.startswith("one ·")]
    assert several.startswith("Pat Ryder"), rows
    assert any(row.startswith("Popular Mobilization Forces source") for row in ones), rows
    # ...and the table gives each with its speaker, the figure marked in its sentence
    ryder = _row_of(page, "#metric-killed", "several", "Pat Ryder")
    pmf = _row_of(page, "#metric-killed", "one", "Popular Mobilization Forces")
    assert "3 or more" in ryder and "latest" in ryder
    assert "1" in pmf.split()
    marks = page.eval_on_selector_all("#metric-killed table.figures mark", "ms => ms.map(m => m.textContent)")
    assert "several" in marks and "one" in marks
    conflicts = page.locator("#metric-killed ul.links").inner_text()
    assert "contradicts" in conflicts and "Pat Ryder" in conflicts and "Popular Mobilization Forces" in conflicts
    page.screenshot(path=str(OUTPUT / "pages-incident.png"), full_page=True)
    page.locator("#metric-killed").screenshot(path=str(OUTPUT / "pages-incident-killed.png"))

    # at phone width the chart still names every row and writes every figure
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    texts = _chart_texts(page, "#metric-killed")
    assert any(t.startswith("several ·") for t in texts) and any(t.startswith("Pat Ryder") for t in texts), texts
    assert any(t.startswith("one ·") for t in texts), texts
    page.locator("#metric-killed").scroll_into_view_if_needed()
    page.evaluate("document.querySelector('#metric-killed').scrollIntoView()")
    page.screenshot(path=str(OUTPUT / "pages-incident-phone.png"))
    page.set_viewport_size({"width": 1280, "height": 900})

    # Ryder's claim: its chain, and the link into Neo4j Browser
    page.locator("#metric-killed table.figures tr", has_text="Pat Ryder").get_by_role(
        "link", name="claim and its chains").first.click()
    page.wait_for_selector("ol.chain")
    chain = page.locator("ol.chain").first.inner_text()
    assert "Pat Ryder" in chain
    assert "several enemy KIA" in page.locator("h1").inner_text()
    href = page.get_by_role("link", name="Open this claim in Neo4j Browser").get_attribute("href")
    assert href is not None and href.startswith(BROWSER_URL + "?cmd=edit&arg=")
    page.screenshot(path=str(OUTPUT / "pages-claim.png"), full_page=True)

    assert not dialogs
    outside = [u for u in requested if not u.startswith(site.base) and not u.startswith("data:")]
    assert not outside, outside
    for name in ("pages-incidents", "pages-incident", "pages-incident-killed", "pages-claim", "pages-incident-phone"):
        assert (OUTPUT / f"{name}.png").stat().st_size > 10_000
