"""The dashboard in a real browser: Debian's Chromium driven by PyPI playwright, against a real
``eventwire serve`` over the dev gold store plus one hostile article submitted through the API.

Every view loads with no console error and no request leaving the server; filters change the
table; the map, network and charts draw SVG; the article view highlights events and quotes;
and nothing in a hostile article (script tags, event handlers, javascript: URLs in its title,
outlet, URL and text) ever runs. Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from webserver import copy_database, dev_database, running_server

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "dashboard-token"
# Flags that keep Chromium from reaching for the network on its own (updates, sync, QUIC probes).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium: apt-get install -y chromium "
                "(.ci/run installs it)", allow_module_level=True)

HOSTILE_ID = "hostile-article"
PAYLOADS = {
    "title": "<script>window.__pwned='title'</script><img src=x onerror=\"window.__pwned='title-img'\">",
    "outlet": "<svg onload=\"window.__pwned='outlet'\"></svg><b onmouseover=alert(1)>Outlet</b>",
    "url": "javascript:window.__pwned='url';alert('url')",
}
TEXT_PAYLOAD = ("<script>window.__pwned='text'</script> <img src=x onerror=\"window.__pwned='text-img'\"> "
                "<a href=\"javascript:alert('text')\">click</a>")


def hostile_text() -> str:
    """The VOA example with markup and scripts spliced into its paragraphs."""
    raw = (REPO / "examples" / "voa-example.txt").read_text(encoding="utf-8")
    paragraphs = raw.partition("\n\n")[2].strip().split("\n\n")
    return "\n\n".join(p + (" " + TEXT_PAYLOAD if i % 2 == 0 else "") for i, p in enumerate(paragraphs))


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Iterator[str]:
    db = copy_database(dev_database(), tmp_path_factory.mktemp("dashboard"))
    with running_server(db, token=TOKEN) as server:
        article = {"id": HOSTILE_ID, "published": "2024-08-02", "text": hostile_text(), **PAYLOADS}
        response = httpx.post(server.base + "/api/articles", json={"articles": [article]},
                              headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300)
        assert response.status_code == 200 and response.json()["stored"] == 1, response.text
        yield server.base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Chromium on a fresh, empty profile (playwright's launch makes a new temporary one each time)."""
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Watched:
    """A page with every console error, page error, dialog and outside request recorded."""

    def __init__(self, page, base: str) -> None:
        self.page, self.base = page, base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)
        page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:")
                else self.outside.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.settled()

    def settled(self) -> None:
        # A selector, not wait_for_function: the page's CSP forbids the eval that polling a function needs.
        self.page.wait_for_selector("body[data-state=ready], body[data-state=error]", state="attached",
                                    timeout=30_000)
        assert self.page.evaluate("document.body.dataset.state") == "ready", self.page.inner_text("#view")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"), full_page=True)


@pytest.fixture
def page(browser, base) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    watched = Watched(context.new_page(), base)
    yield watched
    context.close()


VIEWS = {
    "events": "/",
    "incidents": "/incidents",
    "actors": "/actors",
    "articles": "/articles",
    "article": "/articles/seed-iran-allies-retaliation",
    "timeline": "/timeline?actor=Israel&period=month",
    "escalation": "/escalation",
    "map": "/map",
    "network": "/network",
    "followthrough": "/followthrough?within=60",
    "contradictions": "/contradictions",
}


@pytest.mark.parametrize("name", VIEWS)
def test_each_view_loads_cleanly_and_links_its_json_twin(page, name):
    page.open(VIEWS[name])
    page.shot(name)
    assert page.errors == [] and page.dialogs == [] and page.outside == []
    twin = page.page.get_attribute("#json-link", "href")
    assert twin.startswith("/api/")
    body = httpx.get(page.base + twin).json()
    assert body["ok"] is True


def test_filters_change_the_table(page):
    page.open("/events")
    every = page.page.inner_text(".page-info")
    rows = page.page.locator("#view tbody tr").count()
    page.page.fill('#filters input[name="actor"]', "Israel")
    page.page.select_option('#filters select[name="type"]', "ASSAULT")
    page.page.click('#filters button[type="submit"]')
    page.page.wait_for_url("**actor=Israel**")
    page.settled()
    page.shot("events-filtered")
    narrowed = page.page.inner_text(".page-info")
    assert narrowed != every
    cells = page.page.locator("#view tbody tr td:nth-child(3)").all_inner_texts()
    assert cells and len(cells) < rows + 1 and all(c.startswith("ASSAULT") for c in cells)
    assert "actor=Israel" in page.page.get_attribute("#json-link", "href")
    expected = httpx.get(page.base + "/api/events", params={"actor": "Israel", "type": "ASSAULT"}).json()["total"]
    assert narrowed.endswith(f"of {expected}")
    assert page.errors == []


def test_paging_moves_through_the_events(page):
    page.open("/events")
    first = page.page.locator("#view tbody tr").first.get_attribute("data-id")
    page.page.click(".pager .next")
    page.settled()
    assert page.page.inner_text(".page-info").startswith("51–")
    assert page.page.locator("#view tbody tr").first.get_attribute("data-id") != first


def test_each_event_row_shows_its_evidence_in_its_sentence(page):
    page.open("/events?actor=Israel")
    marks = page.page.locator("#view td.evidence mark.ev")
    assert marks.count() > 0
    cell = page.page.locator("#view td.evidence").first.inner_text()
    assert marks.first.inner_text() in cell


def test_map_draws_the_offline_basemap_and_the_places(page):
    page.open("/map")
    assert page.page.locator("svg.map path.country").count() > 150
    places = httpx.get(page.base + "/api/places").json()["items"]
    assert page.page.locator("svg.map circle.place").count() == len(places) > 0
    assert page.outside == []


def test_network_draws_and_a_click_focuses_an_actor(page):
    page.open("/network")
    assert page.page.locator("svg.network circle.node").count() > 10
    assert page.page.locator("svg.network line.edge").count() > 10
    page.page.locator("svg.network circle.node").first.click()
    page.page.wait_for_url("**around=**")
    page.settled()
    assert page.page.locator("svg.network circle.node.focus").count() == 1
    page.shot("network-around")


def test_timeline_and_escalation_draw_charts(page):
    page.open("/timeline?actor=Israel&with=Hezbollah&period=month")
    timeline = httpx.get(page.base + "/api/analysis/timeline?actor=Israel&with=Hezbollah&period=month").json()
    assert page.page.locator("svg.timeline rect.bar").count() == len(timeline["result"]["buckets"]) > 0
    page.open("/escalation")
    assert page.page.locator("svg.escalation polyline.line").count() > 0


def test_article_view_highlights_events_and_quotes_in_the_text(page):
    page.open("/articles/seed-iran-allies-retaliation")
    article = httpx.get(page.base + "/api/articles/seed-iran-allies-retaliation").json()
    assert page.page.text_content(".article-text") == article["text"]
    assert page.page.locator(".article-text mark.ev").count() > 0
    assert page.page.locator(".article-text mark.q").count() > 0
    assert page.page.locator(".side tbody tr").count() == len(article["events"]) + len(article["quotes"])


@pytest.mark.parametrize("path", [f"/articles/{HOSTILE_ID}", "/articles", "/events?since=2024-08-02&until=2024-08-02",
                                  "/incidents?since=2024-08-02&until=2024-08-02", "/actors"])
def test_a_hostile_article_is_shown_as_text_and_nothing_in_it_runs(page, path):
    page.open(path)
    page.page.mouse.move(200, 300)
    page.page.wait_for_timeout(300)
    page.shot("hostile-" + path.strip("/").split("?")[0].replace("/", "-"))
    assert page.page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    injected = page.page.locator("#view script, #view img, #view iframe, #view [onerror], #view [onload], "
                                 "#view [onmouseover], #view a[href^='javascript:']").count()
    assert injected == 0
    assert [e for e in page.errors if "Content Security Policy" in e] == []  # nothing even tried to run


def test_the_hostile_article_view_shows_every_payload_literally(page):
    page.open(f"/articles/{HOSTILE_ID}")
    assert page.page.inner_text("h2.article-title") == PAYLOADS["title"]
    meta = page.page.inner_text("#view p.note")
    assert PAYLOADS["outlet"] in meta and PAYLOADS["url"] in meta
    assert page.page.locator("#view a.source-url").count() == 0  # a javascript: URL is never a link
    assert TEXT_PAYLOAD in page.page.text_content(".article-text")
    listed = httpx.get(page.base + f"/api/articles/{HOSTILE_ID}").json()
    assert listed["title"] == PAYLOADS["title"]


def test_api_docs_render_offline(page):
    page.page.goto(page.base + "/docs")
    page.page.wait_for_selector(".swagger-ui .information-container", timeout=30_000)
    assert page.page.locator(".opblock").count() >= 15
    assert page.outside == [] and page.errors == []
    page.shot("docs")
