"""The HTTP API, against a real ``eventwire serve`` on 127.0.0.1 over a store built from the
shared dev gold articles: every read endpoint and its documented shape, the filters of
``eventwire query``, pagination, the write token, the body limit and the one error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import BaseModel
from typer.testing import CliRunner
from webserver import copy_database, dev_database, running_server

from eventwire.cli import app
from eventwire.web import schemas

REPO = Path(__file__).resolve().parents[1]
TOKEN = "test-token"


@pytest.fixture(scope="module")
def db() -> Path:
    return dev_database()


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[httpx.Client]:
    with running_server(db, token=TOKEN) as server, httpx.Client(base_url=server.base, timeout=120) as http:
        yield http


def ok(response: httpx.Response, model: type[BaseModel] | None = None) -> dict:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    if model is not None:
        model.model_validate(body)
    return body


def assert_error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    schemas.ErrorOut.model_validate(body)
    return body


# -- reads -------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, model", [
    ("/api/events", schemas.EventPage),
    ("/api/events?context=true", schemas.EventPage),
    ("/api/incidents", schemas.IncidentPage),
    ("/api/actors", schemas.ActorPage),
    ("/api/places", schemas.PlacePage),
    ("/api/articles", schemas.ArticlePage),
])
def test_each_list_endpoint_returns_data_in_its_documented_shape(client, path, model):
    body = ok(client.get(path), model)
    assert body["total"] > 0 and body["items"]
    assert len(body["items"]) <= body["limit"]


def test_counts_and_health(client):
    counts = ok(client.get("/api/counts"), schemas.CountsOut)
    assert counts["articles"] >= 31 and counts["events"] > 100
    ok(client.get("/api/health"), schemas.HealthOut)


def test_events_total_matches_the_store_count(client):
    counts = ok(client.get("/api/counts"))
    assert ok(client.get("/api/events?limit=1"))["total"] == counts["events"]


def test_an_article_comes_with_its_text_and_every_span_indexes_into_it(client):
    body = ok(client.get("/api/articles/seed-iran-allies-retaliation"), schemas.ArticleOut)
    text = body["text"]
    assert body["events"] and body["quotes"]
    for event in body["events"]:
        span = event["evidence"]
        assert text[span["start"]:span["end"]] == span["text"]
        assert event["article"] == "seed-iran-allies-retaliation"
    for quote in body["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_event_context_is_the_text_around_the_evidence(client):
    events = ok(client.get("/api/events?context=true&limit=100"))["items"]
    article = ok(client.get(f"/api/articles/{events[0]['article']}"))
    for event in (e for e in events if e["article"] == article["id"]):
        span, ctx = event["evidence"], event["context"]
        assert article["text"][:span["start"]].endswith(ctx["before"])
        assert article["text"][span["end"]:].startswith(ctx["after"])


def test_actors_are_distinct_with_counts_that_add_up(client):
    body = ok(client.get("/api/actors?limit=500"))
    names = [a["name"] for a in body["items"]]
    assert len(names) == len(set(names)) == body["total"]
    israel = next(a for a in body["items"] if a["name"] == "Israel")
    assert israel["events"] == israel["as_actor"] + israel["as_target"]
    as_actor = ok(client.get("/api/events?actor=Israel&limit=500"))["items"]
    assert israel["as_actor"] == sum(1 for e in as_actor if e["actor"]["name"] == "Israel")
    ranks = [a["events"] for a in body["items"]]
    assert ranks == sorted(ranks, reverse=True)


def test_places_carry_coordinates(client):
    for place in ok(client.get("/api/places"))["items"]:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 and place["events"] >= 1


# -- analyses --------------------------------------------------------------------------------------

def test_timeline_of_a_dyad_buckets_its_events_with_evidence(client):
    body = ok(client.get("/api/analysis/timeline?actor=Israel&with=Hezbollah&period=month"), schemas.TimelineOut)
    result = body["result"]
    assert result["actor_a"] == "Israel" and result["actor_b"] == "Hezbollah" and result["period"] == "month"
    assert result["count"] == sum(b["count"] for b in result["buckets"]) + len(result["undated"]) > 0
    for bucket in result["buckets"]:
        assert len(bucket["events"]) == bucket["count"]
        assert all(e["evidence"]["text"] for e in bucket["events"])


def test_timeline_filters_narrow_the_events(client):
    every = ok(client.get("/api/analysis/timeline?actor=Israel"))["result"]["count"]
    assaults = ok(client.get("/api/analysis/timeline?actor=Israel&type=ASSAULT"))["result"]
    assert 0 < assaults["count"] < every
    assert all(e["type"] == "ASSAULT" for b in assaults["buckets"] for e in b["events"])


def test_escalation_reports_at_most_top_movers(client):
    body = ok(client.get("/api/analysis/escalation?top=3&period=week"), schemas.EscalationOut)
    assert 0 < len(body["result"]["movers"]) <= 3
    assert body["params"] == {"period": "week", "top": 3}


def test_network_and_neighbourhood(client):
    whole = ok(client.get("/api/analysis/network"), schemas.NetworkOut)["result"]
    names = {n["name"] for n in whole["nodes"]}
    assert whole["edges"] and all(e["source"] in names and e["target"] in names for e in whole["edges"])
    near = ok(client.get("/api/analysis/network?around=Iran&depth=1"), schemas.NetworkOut)["result"]
    assert "Iran" in {n["name"] for n in near["nodes"]} and len(near["nodes"]) < len(whole["nodes"])


def test_followthrough_pairs_threats_with_outcomes(client):
    body = ok(client.get("/api/analysis/followthrough?within=60&limit=500"), schemas.FollowthroughOut)
    assert body["total"] == len(body["items"]) > 0
    assert all(item["threat"]["type"] == "THREATEN" or item["threat"]["type"] for item in body["items"])
    assert body["params"] == {"within": 60}
    page = ok(client.get("/api/analysis/followthrough?within=60&limit=2&offset=1"))
    assert page["items"] == body["items"][1:3]


def test_contradictions_list_disagreeing_reports(client):
    body = ok(client.get("/api/analysis/contradictions"), schemas.ContradictionsOut)
    assert body["total"] == len(body["items"])
    for item in body["items"]:
        assert len(item["sides"]) >= 2


# -- filters: the same as `eventwire query` -------------------------------------------------------

QUERIES = [
    {"actor": "Israel"},
    {"target": "Hezbollah"},
    {"type": "ASSAULT"},
    {"status": "planned"},
    {"country": "LB"},
    {"since": "2024-01-01"},
    {"until": "2012-12-31"},
    {"actor": "iran", "type": "threaten"},
    {"type": "ASSAULT", "since": "2024-07-01", "until": "2024-08-31"},
]


@pytest.mark.parametrize("filters", QUERIES, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()))
def test_filters_give_exactly_what_eventwire_query_gives(client, db, filters):
    body = ok(client.get("/api/events", params={**filters, "limit": 500}))
    options = [f"--{key}={value}" for key, value in filters.items()]
    done = CliRunner().invoke(app, ["query", "--db", str(db), "--format", "jsonl", *options])
    assert done.exit_code == 0, done.output
    expected = [json.loads(line)["id"] for line in done.stdout.splitlines() if line.strip()]
    assert expected, "the filter should match some dev gold events"
    assert [e["id"] for e in body["items"]] == expected
    assert body["total"] == len(expected)


def test_each_filtered_event_satisfies_its_filters(client):
    for event in ok(client.get("/api/events?type=ASSAULT&country=LB&limit=500"))["items"]:
        assert event["type"] == "ASSAULT"
        places = {event["location"] and event["location"]["country"], event["actor"] and event["actor"]["country"],
                  event["target"] and event["target"]["country"]}
        assert "LB" in places


def test_a_filter_value_is_data_never_sql(client):
    body = ok(client.get("/api/events", params={"actor": "x' OR '1'='1' --"}))
    assert body["total"] == 0 and body["items"] == []
    assert ok(client.get("/api/counts"))["events"] > 0


def test_incidents_filter_by_their_reports(client):
    every = ok(client.get("/api/incidents?limit=500"))
    assaults = ok(client.get("/api/incidents?type=ASSAULT&limit=500"))
    assert 0 < assaults["total"] < every["total"]
    assert all(i["type"] == "ASSAULT" for i in assaults["items"])


# -- pagination ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/events", "/api/incidents", "/api/actors", "/api/articles"])
def test_pages_tile_the_whole_list_in_a_stable_order(client, path):
    whole = ok(client.get(path, params={"limit": 500}))
    assert whole["total"] == len(whole["items"])
    key = "name" if path == "/api/actors" else "id"
    paged = []
    for offset in range(0, whole["total"], 7):
        page = ok(client.get(path, params={"limit": 7, "offset": offset}))
        assert page["total"] == whole["total"] and page["offset"] == offset and page["limit"] == 7
        paged += [item[key] for item in page["items"]]
    assert paged == [item[key] for item in whole["items"]]
    assert ok(client.get(path, params={"limit": 500}))["items"] == whole["items"]


def test_an_offset_past_the_end_gives_an_empty_page_with_the_total(client):
    body = ok(client.get("/api/events?offset=100000"))
    assert body["items"] == [] and body["total"] > 0


@pytest.mark.parametrize("query", ["limit=0", f"limit={schemas.MAX_LIMIT + 1}", "offset=-1", "limit=ten"])
def test_limits_out_of_range_are_refused(client, query):
    assert_error(client.get(f"/api/events?{query}"), 422)


def test_the_default_page_is_bounded(client):
    assert ok(client.get("/api/events"))["limit"] == schemas.DEFAULT_LIMIT


# -- errors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, path, status", [
    ("GET", "/api/articles/no-such-article", 404),
    ("GET", "/api/no-such-endpoint", 404),
    ("GET", "/no/such/page", 404),
    ("GET", "/api/events?since=yesterday", 422),
    ("GET", "/api/events?type=BOMBARD", 422),
    ("GET", "/api/events?status=rumoured", 422),
    ("GET", "/api/analysis/timeline", 422),
    ("GET", "/api/analysis/timeline?actor=Israel&period=fortnight", 422),
    ("GET", "/api/analysis/network?around=No%20Such%20Actor", 404),
    ("GET", "/api/analysis/followthrough?within=0", 422),
    ("DELETE", "/api/events", 401),
    ("PUT", "/api/articles", 401),
])
def test_every_error_has_the_one_json_shape(client, method, path, status):
    assert_error(client.request(method, path), status)


def test_unknown_article_names_the_id(client):
    body = assert_error(client.get("/api/articles/nope%27%3B--"), 404)
    assert "nope';--" in body["error"]


def test_a_wrong_method_with_a_token_is_405_in_the_same_shape(client):
    assert_error(client.delete("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}), 405)


# -- writes: token, body limit -------------------------------------------------------------------

ARTICLE = {"id": "api-test-voa", "title": "VOA example", "outlet": "Voice of America", "published": "2024-08-02"}


@pytest.fixture(scope="module")
def voa_text() -> str:
    raw = (REPO / "examples" / "voa-example.txt").read_text(encoding="utf-8")
    return raw.partition("\n\n")[2].strip()


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": "Basic dGVzdC10b2tlbg=="}],
                         ids=["none", "wrong", "no-scheme", "basic"])
@pytest.mark.parametrize("path", ["/api/articles", "/api/extract"])
def test_writes_without_the_token_are_401_and_write_nothing(client, voa_text, headers, path):
    before = ok(client.get("/api/counts"))
    body = {"articles": [{**ARTICLE, "text": voa_text}]} if path == "/api/articles" else {"text": voa_text}
    response = client.post(path, json=body, headers=headers)
    assert_error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    assert ok(client.get("/api/counts")) == before
    assert_error(client.get(f"/api/articles/{ARTICLE['id']}"), 404)


def test_a_body_over_the_limit_is_413_and_writes_nothing(client):
    before = ok(client.get("/api/counts"))
    big = {"articles": [{"id": "too-big", "text": "word " * 250_000}]}
    assert_error(client.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"}), 413)
    assert ok(client.get("/api/counts")) == before


def test_a_streamed_body_over_the_limit_is_413(client):
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(300):
            yield b"x" * 4096
        yield b'"}'

    response = client.post("/api/extract", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                     "Content-Type": "application/json"})
    assert_error(response, 413)


def test_a_malformed_body_is_422(client):
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    assert_error(client.post("/api/extract", content=b"{not json", headers=headers), 422)
    assert_error(client.post("/api/extract", json={"txt": "x"}, headers=headers), 422)
    assert_error(client.post("/api/articles", json={"articles": []}, headers=headers), 422)


@pytest.fixture(scope="module")
def writable(db: Path, tmp_path_factory) -> Iterator[tuple[httpx.Client, str]]:
    """A server over a private copy of the store, started with no EVENTWIRE_TOKEN."""
    copy = copy_database(db, tmp_path_factory.mktemp("writable"))
    with running_server(copy, token=None) as server, httpx.Client(base_url=server.base, timeout=300) as http:
        printed = [line for line in server.output().splitlines() if "write token:" in line]
        assert printed, server.output()
        yield http, printed[0].rsplit(" ", 1)[1]


def test_without_eventwire_token_a_generated_token_is_printed_and_works(writable, voa_text):
    http, token = writable
    assert len(token) >= 24
    assert_error(http.post("/api/extract", json={"text": voa_text}), 401)
    before = ok(http.get("/api/counts"))
    body = ok(http.post("/api/extract", json={"text": voa_text, "published": "2024-08-02"},
                        headers={"Authorization": f"Bearer {token}"}), schemas.ExtractOut)
    assert body["events"] and body["published"] == "2024-08-02"
    assert ok(http.get("/api/counts")) == before  # extract stores nothing


def test_submitted_articles_are_stored_once_and_readable(writable, voa_text):
    http, token = writable
    auth = {"Authorization": f"Bearer {token}"}
    submitted = {"articles": [{**ARTICLE, "text": voa_text}, {"id": "api-test-empty", "text": "   \n "}]}
    body = ok(http.post("/api/articles", json=submitted, headers=auth), schemas.IngestOut)
    assert body["stored"] == 1 and body["failed"] == 1
    assert body["failures"][0]["code"] == "E008" and "/tmp" not in body["failures"][0]["origin"]
    assert body["ids"][0] == ARTICLE["id"]
    stored = ok(http.get(f"/api/articles/{ARTICLE['id']}"), schemas.ArticleOut)
    assert stored["title"] == ARTICLE["title"] and stored["events"]
    after = ok(http.get("/api/counts"))["articles"]
    again = ok(http.post("/api/articles", json={"articles": [{**ARTICLE, "text": voa_text}]}, headers=auth))
    assert again["stored"] == 0 and again["duplicates"] == 1
    assert ok(http.get("/api/counts"))["articles"] == after


# -- OpenAPI, docs, headers -----------------------------------------------------------------------

ENDPOINTS = {
    ("get", "/api/health"), ("get", "/api/counts"), ("get", "/api/events"), ("get", "/api/incidents"),
    ("get", "/api/actors"), ("get", "/api/places"), ("get", "/api/articles"), ("get", "/api/articles/{article_id}"),
    ("post", "/api/articles"), ("post", "/api/extract"), ("get", "/api/analysis/timeline"),
    ("get", "/api/analysis/escalation"), ("get", "/api/analysis/network"), ("get", "/api/analysis/followthrough"),
    ("get", "/api/analysis/contradictions"),
}


def test_openapi_lists_every_endpoint_with_its_parameters(client):
    document = ok_json(client.get("/openapi.json"))
    listed = {(method, path) for path, item in document["paths"].items() for method in item}
    assert ENDPOINTS <= listed
    events = {p["name"] for p in document["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "target", "type", "status", "country", "since", "until", "limit", "offset"} <= events
    timeline = {p["name"] for p in document["paths"]["/api/analysis/timeline"]["get"]["parameters"]}
    assert {"actor", "with", "period"} <= timeline
    assert document["paths"]["/api/articles"]["post"]["security"] == [{"HTTPBearer": []}]
    assert "401" in document["paths"]["/api/extract"]["post"]["responses"]


def ok_json(response: httpx.Response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def test_docs_page_loads_only_local_assets(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert "/static/vendor/swagger-ui-bundle.js" in response.text
    assert "cdn." not in response.text and "https://" not in response.text
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


def test_dashboard_page_forbids_foreign_scripts(client):
    response = client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_server_binds_loopback_by_default():
    done = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert done.exit_code == 0 and "127.0.0.1" in done.stdout
