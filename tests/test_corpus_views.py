"""The demo corpus end to end: every analysis, API read and dashboard view shows data.

One SQLite store is built per module with the real CLI from the shared dev gold plus
``corpus/articles.jsonl`` (202 VOA and Wikinews articles, see ``corpus/SOURCES.md``). On it:

* every ``eventwire analyze`` subcommand (run as a subprocess, ``--format jsonl``) exits 0 and
  prints records whose evidence spans are the stored article text between ``start`` and ``end``;
* every GET endpoint listed in the server's own ``/openapi.json`` answers 200 with data, the ones
  with a path parameter called with every id the list endpoints give;
* every dashboard view, in Debian's Chromium, draws rows or marks (not an empty state) with no
  console error; screenshots go to test-artifacts/ as ``dashboard-corpus-*.png``.
"""

from __future__ import annotations

import functools
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from webserver import DEV_GOLD, EVENTWIRE, REPO, built_database, running_server

from eventwire.web import schemas
from eventwire.web.app import VIEWS as DASHBOARD_VIEWS

CORPUS = REPO / "corpus" / "articles.jsonl"
SEED = "seed-iran-allies-retaliation"
# A corpus article (Wikinews, CC BY 2.5) with both events and quotations, for the article view.
CORPUS_ARTICLE = "wn-2006-08-03-hezbollah-leader-threatens-tel-aviv"


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def db() -> Path:
    if not CORPUS.exists():
        pytest.skip(f"demo corpus not found at {CORPUS}")
    return built_database("corpus", [DEV_GOLD, CORPUS])


@pytest.fixture(scope="module")
def texts(db: Path) -> dict[str, str]:
    """Article id -> text, as written in the files the store was built from."""
    return {record["id"]: record["text"] for path in (DEV_GOLD, CORPUS) for record in _records(path)}


def evidence_spans(value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``(article id, evidence)`` pair anywhere in a record (events, reports, threats, ...)."""
    if isinstance(value, dict):
        if isinstance(value.get("article"), str) and isinstance(value.get("evidence"), dict):
            yield value["article"], value["evidence"]
        for item in value.values():
            yield from evidence_spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from evidence_spans(item)


def assert_spans_are_the_text(records: Any, texts: dict[str, str]) -> int:
    """Each evidence span's text is its article's text between start and end; returns how many."""
    spans = list(evidence_spans(records))
    wrong = [(article, span) for article, span in spans
             if texts.get(article, "")[span["start"]:span["end"]] != span["text"]]
    assert wrong == []
    return len(spans)


# -- eventwire analyze ---------------------------------------------------------------------------

# The options each subcommand is run with (besides --db and --format jsonl).
ANALYZE = {
    "timeline": ["--actor", "Israel", "--with", "Hezbollah", "--period", "month"],
    "escalation": ["--period", "month"],
    "network": [],
    "followthrough": ["--within", "60"],
    "contradictions": [],
}


@functools.cache
def analyze(db: Path, name: str, *options: str) -> list[dict[str, Any]]:
    """``eventwire analyze NAME OPTIONS --db DB --format jsonl``: its records (exit 0 asserted).

    Cached: the store is read-only here, so the same command gives the same records."""
    done = subprocess.run([str(EVENTWIRE), "analyze", name, *options, "--db", str(db), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_every_analyze_subcommand_is_run_here():
    from eventwire.cli import analyze_app

    assert {command.name for command in analyze_app.registered_commands} == set(ANALYZE)


@pytest.mark.parametrize("name", ANALYZE)
def test_each_analysis_prints_records_with_their_evidence(db, texts, name):
    records = analyze(db, name, *ANALYZE[name])
    assert records, f"eventwire analyze {name} printed no record"
    spans = assert_spans_are_the_text(records, texts)
    assert spans > 0 or name == "escalation"  # escalation lists scores per period, not events


def test_timeline_of_israel_and_hezbollah_has_the_2006_war(db):
    buckets = {r["period"]: r for r in analyze(db, "timeline", *ANALYZE["timeline"])}
    july = buckets["2006-07"]
    assert july["count"] == len(july["events"]) >= 5
    assert july["by_type"].get("ASSAULT", 0) > 0 and july["score"] < 0
    # Either side may be named by a member (Hassan Nasrallah for Hezbollah, the Mossad or an
    # Israeli base for Israel): Israel is one side by name or affiliation.
    def sides(e, role):
        return {e[role], e.get(f"{role}_affiliation")}
    assert all("Israel" in sides(e, "actor") | sides(e, "target") for b in buckets.values() for e in b["events"])
    assert any({e["actor"], e["target"]} == {"Israel", "Hezbollah"} and e["type"] == "ASSAULT" for e in july["events"])
    assert any(b["start"].startswith("2024-") for b in buckets.values())  # the 2024 reports too


def test_escalation_scores_israel_and_hezbollah_as_conflict(db):
    dyads = {r["dyad"]: r for r in analyze(db, "escalation", *ANALYZE["escalation"]) if not r["directed"]}
    (pair,) = [d for name, d in dyads.items() if set(name.split(" – ")) == {"Israel", "Hezbollah"}]
    assert pair["total"] < 0 and pair["events"] > 0
    assert sum(p["events"] for p in pair["series"]) == pair["events"]


def test_network_has_a_hostile_tie_between_israel_and_hezbollah(db, texts):
    edges = analyze(db, "network", "--actor", "Israel")
    hostile = [e for e in edges if {e["source"], e["target"]} == {"Israel", "Hezbollah"} and e["kind"] == "hostile"]
    assert hostile and all(e["count"] == len(e["events"]) for e in hostile)
    assert_spans_are_the_text(hostile, texts)


def test_followthrough_has_nasrallahs_threat_against_israel(db, texts):
    by_leader = analyze(db, "followthrough", "--actor", "Hassan Nasrallah")
    in_august = analyze(db, "followthrough", "--since", "2024-08-01", "--until", "2024-08-31")
    for lines in (by_leader, in_august):
        assert lines and all({"threat", "followed_by", "lag_days"} <= set(line) for line in lines)
        for line in lines:
            span = line["threat"]["evidence"]
            assert texts[line["threat"]["article"]][span["start"]:span["end"]] == span["text"]
            if line["followed_by"] is None:
                assert line["lag_days"] is None
            else:
                assert 0 <= line["lag_days"] <= line["within_days"]
        seed = [line["threat"] for line in lines if line["threat"]["article"] == SEED]
        assert any(t["actor"] == "Hassan Nasrallah" and t["target"] == "Israel" and t["type"] == "THREATEN"
                   and "Nasrallah" in t["evidence"]["text"] for t in seed), seed
    # The 2006 vow of open war was followed by Hezbollah's rockets within days.
    followed = [line for line in by_leader if line["followed_by"] is not None]
    assert any(line["threat"]["date"].startswith("2006-07") for line in followed), by_leader


def test_contradictions_put_at_least_two_sides_with_their_outlets(db):
    for record in analyze(db, "contradictions"):
        assert len(record["sides"]) >= 2
        assert len({json.dumps(side["value"], sort_keys=True) for side in record["sides"]}) == len(record["sides"])
        assert all(side["outlets"] and side["reports"] for side in record["sides"])


# -- the HTTP API --------------------------------------------------------------------------------

# Values for the required query parameters of read endpoints (the rest keep their defaults).
REQUIRED_QUERY = {("/api/analysis/timeline", "actor"): "Israel"}
EXTRA_QUERY = {"/api/analysis/timeline": {"with": "Hezbollah"}}
# Where the ids for each path parameter come from: a list endpoint and the key of its items.
PATH_IDS = {"article_id": ("/api/articles", "id")}


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[httpx.Client]:
    with running_server(db) as server, httpx.Client(base_url=server.base, timeout=120) as http:
        yield http


@pytest.fixture(scope="module")
def reads(client: httpx.Client) -> dict[str, dict[str, Any]]:
    """Path -> the GET operation, for every GET endpoint in the server's own OpenAPI document."""
    spec = client.get("/openapi.json").json()
    found = {path: item["get"] for path, item in spec["paths"].items() if "get" in item}
    assert len(found) >= 10
    return found


def has_data(body: dict[str, Any]) -> bool:
    """A page with items, an analysis result with a non-empty list, or any other non-empty field."""
    if "items" in body:
        return bool(body["items"]) and body.get("total", 1) > 0
    if "result" in body:
        return any(isinstance(v, list) and v for v in body["result"].values())
    return any(value not in (None, "", [], {}) for key, value in body.items() if key != "ok")


def answered(client: httpx.Client, path: str, operation: dict[str, Any], **params: Any) -> dict[str, Any]:
    """GET path: 200, ok, the shape its OpenAPI response schema names, and data."""
    response = client.get(path, params=params)
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:500]}"
    body = response.json()
    assert body["ok"] is True
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    getattr(schemas, ref.rsplit("/", 1)[1]).model_validate(body)
    assert has_data(body), f"{path} answered with no data: {json.dumps(body)[:500]}"
    return body


def test_every_read_endpoint_without_a_path_parameter_returns_data(client, reads):
    plain = {path: op for path, op in reads.items() if "{" not in path}
    assert {"/api/events", "/api/articles", "/api/analysis/followthrough"} <= set(plain)
    problems = {}
    for path, operation in plain.items():
        params = dict(EXTRA_QUERY.get(path, {}))
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "query" and parameter.get("required"):
                assert (path, parameter["name"]) in REQUIRED_QUERY, f"no value for required {parameter['name']} of {path}"
                params[parameter["name"]] = REQUIRED_QUERY[(path, parameter["name"])]
        try:
            answered(client, path, operation, **params)
        except AssertionError as error:
            problems[path] = str(error)
    assert problems == {}


def test_counts_are_the_dev_gold_plus_the_corpus(client, texts):
    counts = client.get("/api/counts").json()
    assert counts["articles"] == len(texts) == len(_records(DEV_GOLD)) + len(_records(CORPUS))
    assert counts["events"] > counts["articles"] and counts["incidents"] > 0 and counts["quotes"] > 0
    assert counts["failures"] == 0


def test_every_endpoint_with_a_path_parameter_answers_for_every_listed_id(client, reads, texts):
    templated = {path: op for path, op in reads.items() if "{" in path}
    assert templated
    for path, operation in templated.items():
        (name,) = [p["name"] for p in operation["parameters"] if p["in"] == "path"]
        source, key = PATH_IDS[name]
        ids, offset = [], 0
        while True:
            page = client.get(source, params={"limit": schemas.MAX_LIMIT, "offset": offset}).json()
            ids += [item[key] for item in page["items"]]
            offset += len(page["items"])
            if not page["items"] or offset >= page["total"]:
                break
        assert len(ids) == len(set(ids)) == len(texts)
        for value in ids:
            body = answered(client, path.replace("{" + name + "}", value), operation)
            if name == "article_id":
                assert body["id"] == value and body["text"] == texts[value]
                assert_spans_are_the_text(body["events"], texts)
                assert all(body["text"][q["start"]:q["end"]] == q["text"] for q in body["quotes"])


def test_corpus_articles_have_events_and_keep_their_source(client):
    corpus = {record["id"]: record for record in _records(CORPUS)}
    listed = client.get("/api/articles", params={"limit": schemas.MAX_LIMIT}).json()["items"]
    stored = {item["id"]: item for item in listed if item["id"] in corpus}
    assert set(stored) == set(corpus)
    assert all(stored[i]["outlet"] == corpus[i]["outlet"] and stored[i]["url"] == corpus[i]["url"] for i in corpus)
    with_events = [i for i in corpus if stored[i]["events"] > 0]
    assert len(with_events) >= 0.9 * len(corpus)


def test_the_most_active_actors_have_a_timeline_and_a_neighbourhood(client, reads):
    actors = client.get("/api/actors", params={"limit": 5}).json()["items"]
    assert len(actors) == 5
    for actor in actors:
        answered(client, "/api/analysis/timeline", reads["/api/analysis/timeline"], actor=actor["name"])
        network = answered(client, "/api/analysis/network", reads["/api/analysis/network"], around=actor["name"])
        assert actor["name"] in {node["name"] for node in network["result"]["nodes"]}


# -- the dashboard -------------------------------------------------------------------------------

ROWS = "#view tbody tr:not(:has(td.note[colspan]))"  # table rows other than "Nothing matches."
EMPTY_STATES = ("Nothing matches.", "No dated events.", "No dyads.", "No contradicting reports.")
# Each view's path and what it must draw: (selector, at least this many).
VIEW_MARKS: dict[str, tuple[str, list[tuple[str, int]]]] = {
    "events": ("/", [("#view tbody tr[data-id]", 1), ("#view td.evidence mark.ev", 1)]),
    "incidents": ("/incidents", [(ROWS, 1)]),
    "actors": ("/actors", [(ROWS, 1)]),
    "articles": ("/articles", [(ROWS, 1)]),
    "article": (f"/articles/{CORPUS_ARTICLE}", [(".article-text mark.ev", 1), (".article-text mark.q", 1),
                                                (".side tbody tr:not(:has(td.note[colspan]))", 2)]),
    "timeline": ("/timeline?actor=Israel&with=Hezbollah&period=month", [("svg.timeline rect.bar", 2), (ROWS, 5)]),
    "escalation": ("/escalation?period=month", [("svg.escalation polyline.line", 1), (ROWS, 1)]),
    "map": ("/map", [("svg.map circle.place", 10), (ROWS, 10)]),
    "network": ("/network", [("svg.network circle.node", 10), ("svg.network line.edge", 10)]),
    "followthrough": ("/followthrough?within=60", [(ROWS, 1), ("#view td.evidence mark.ev", 1)]),
    "contradictions": ("/contradictions", [("#view .card.contradiction", 1), ("#view .card mark.ev", 2)]),
}


def test_every_dashboard_view_is_checked_here():
    assert set(DASHBOARD_VIEWS) <= set(VIEW_MARKS)


@pytest.fixture(scope="module")
def dashboard():
    """tests/test_dashboard.py (its Chromium set-up and ``Watched`` page); skips without playwright/chromium."""
    return pytest.importorskip("test_dashboard")


@pytest.fixture(scope="module")
def browser(dashboard) -> Iterator[Any]:
    with dashboard.sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(dashboard.CHROMIUM), args=dashboard.CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(dashboard, browser, client) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    watched = dashboard.Watched(context.new_page(), str(client.base_url).rstrip("/"))
    yield watched
    context.close()


@pytest.mark.parametrize("name", VIEW_MARKS)
def test_each_dashboard_view_draws_the_corpus(page, client, name):
    path, marks = VIEW_MARKS[name]
    page.open(path)
    page.shot("corpus-" + name)
    assert page.errors == [] and page.outside == [] and page.dialogs == []
    drawn = {selector: page.page.locator(selector).count() for selector, _ in marks}
    assert all(drawn[selector] >= least for selector, least in marks), drawn
    shown = page.page.inner_text("#view")
    assert [state for state in EMPTY_STATES if state in shown] == []
    twin = client.get(page.page.get_attribute("#json-link", "href")).json()
    assert twin["ok"] is True and has_data(twin)
    if name == "articles":
        total = client.get("/api/counts").json()["articles"]
        assert page.page.inner_text(".page-info").endswith(f"of {total}")
    if name == "map":
        assert page.page.locator("svg.map circle.place").count() == len(client.get("/api/places").json()["items"])
    if name == "timeline":
        buckets = twin["result"]["buckets"]
        assert page.page.locator("svg.timeline rect.bar").count() == len(buckets)
