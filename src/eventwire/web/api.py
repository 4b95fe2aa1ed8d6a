"""The ``/api`` endpoints: thin handlers over the store, the paged reads, the analysis library
and the service layer. Handlers are plain ``def`` (run in the server's thread pool); each
returns a ``JSONResponse`` built from the library's records, described by ``schemas``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import __version__
from ..export import event_record
from ..model import EVENT_TYPES, STATUSES
from ..store import EventQuery, Store
from . import reads
from .schemas import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    ActorPage,
    ArticleOut,
    ArticlePage,
    ArticlesIn,
    ContradictionsOut,
    CountsOut,
    ErrorOut,
    EscalationOut,
    EventPage,
    ExtractIn,
    ExtractOut,
    FollowthroughOut,
    HealthOut,
    IncidentPage,
    IngestOut,
    NetworkOut,
    PlacePage,
    TimelineOut,
)

# Characters of article text shown on each side of an event's evidence, at most, when the
# sentence around it has no nearer boundary.
CONTEXT_CHARS = 240

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text} for code, text in (
        (404, "Unknown path or id"), (422, "Invalid parameter or body"), (500, "Server error"))}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS, 401: {"model": ErrorOut, "description": "Missing or wrong token"},
    413: {"model": ErrorOut, "description": "Request body over the size limit"}}

router = APIRouter(prefix="/api", responses=ERRORS)
bearer = HTTPBearer(auto_error=False, description="The token `eventwire serve` printed, or EVENTWIRE_TOKEN.")


def store_of(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(store_of)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


def _checked(value: str | None, allowed: Iterable[str], name: str, transform=str.upper) -> str | None:
    if value is None or value == "":
        return None
    value = transform(value)
    allowed = tuple(allowed)
    if value not in allowed:
        raise HTTPException(422, f"invalid request: {name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _query(actor: str | None, target: str | None, type: str | None, status: str | None, country: str | None,
           since: dt.date | None, until: dt.date | None) -> EventQuery:
    return EventQuery(actor=actor or None, target=target or None,
                      type=_checked(type, EVENT_TYPES, "type"),
                      status=_checked(status, STATUSES, "status", str.lower),
                      country=(country or None) and country.upper(), since=since, until=until)


def event_filters(
    actor: Annotated[str | None, Query(description="Actor: canonical name, affiliation or code (case-insensitive).")] = None,
    target: Annotated[str | None, Query(description="Target: canonical name, affiliation or code.")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT.")] = None,
    status: Annotated[str | None, Query(description="occurred, planned, possible or denied.")] = None,
    country: Annotated[str | None, Query(description="ISO country code of the place, actor or target.")] = None,
    since: Annotated[dt.date | None, Query(description="On or after this date (event date, else publication).")] = None,
    until: Annotated[dt.date | None, Query(description="On or before this date.")] = None,
) -> EventQuery:
    """The filters of ``eventwire query``."""
    return _query(actor, target, type, status, country, since, until)


def scope_filters(
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT.")] = None,
    status: Annotated[str | None, Query(description="occurred, planned, possible or denied.")] = None,
    country: Annotated[str | None, Query(description="ISO country code of the place, actor or target.")] = None,
    since: Annotated[dt.date | None, Query(description="On or after this date.")] = None,
    until: Annotated[dt.date | None, Query(description="On or before this date.")] = None,
) -> EventQuery:
    """The filters of ``eventwire query`` less actor and target (for analyses that name actors themselves)."""
    return _query(None, None, type, status, country, since, until)


Filters = Annotated[EventQuery, Depends(event_filters)]
ScopeFilters = Annotated[EventQuery, Depends(scope_filters)]


def _json(body: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse(json.loads(json.dumps(body, default=_default)), status_code=status)


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_record() if hasattr(value, "to_record") else dataclasses.asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _page(page: reads.Page, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"ok": True, "total": page.total, "limit": page.limit, "offset": page.offset, "items": items}


def _context(text: str, start: int, end: int) -> dict[str, str]:
    """The sentence around ``text[start:end]``: what comes before and after it, to its boundaries."""
    lo = max(0, start - CONTEXT_CHARS)
    before = text[lo:start]
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    if cut >= 0:
        before = before[cut + 1:].lstrip()
    after = text[end:end + CONTEXT_CHARS]
    stops = [i for i in (after.find("\n"), after.find(". "), after.find("? "), after.find("! ")) if i >= 0]
    if stops:
        after = after[:min(stops) + 1]
    return {"before": before, "after": after.rstrip("\n")}


# -- reads -----------------------------------------------------------------------------------

@router.get("/health", response_model=HealthOut, tags=["meta"], summary="Liveness (no database work)")
def health() -> JSONResponse:
    return JSONResponse({"ok": True, "version": __version__})


@router.get("/counts", response_model=CountsOut, tags=["meta"], summary="Rows in the store")
def counts(store: StoreDep) -> JSONResponse:
    found = store.counts()
    return _json({"ok": True, **dataclasses.asdict(found)})


@router.get("/events", response_model=EventPage, tags=["events"], summary="Events matching the filters")
def list_events(store: StoreDep, filters: Filters, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
                context: Annotated[bool, Query(description="Add the sentence around each evidence span.")] = False,
                ) -> JSONResponse:
    """Stored events in the order of `eventwire query` (publication date, article, position, id)."""
    page = reads.event_page(store, filters, limit, offset)
    linked = reads.incident_ids(store, [item.id for item in page.items])
    items = []
    texts: dict[str, str] = {}
    for item in page.items:
        record = event_record(item, {})
        record["incident"] = linked.get(item.id)
        if context:
            if item.article_id not in texts:
                article = store.article(item.article_id)
                texts[item.article_id] = article.text if article else ""
            span = item.event.evidence
            record["context"] = _context(texts[item.article_id], span.start, span.end)
        items.append(record)
    return _json(_page(page, items))


@router.get("/incidents", response_model=IncidentPage, tags=["events"],
            summary="Incidents with a report matching the filters")
def list_incidents(store: StoreDep, filters: Filters, limit: Limit = DEFAULT_LIMIT,
                   offset: Offset = 0) -> JSONResponse:
    page = reads.incident_page(store, filters, limit, offset)
    return _json(_page(page, [incident.to_record() for incident in page.items]))


@router.get("/actors", response_model=ActorPage, tags=["events"],
            summary="Distinct canonical actors with event counts")
def list_actors(store: StoreDep, filters: Filters, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    """Every canonical actor that acts or is acted on in a matching event, most events first."""
    page = reads.actors(store, filters, limit, offset)
    return _json(_page(page, [actor.to_record() for actor in page.items]))


@router.get("/places", response_model=PlacePage, tags=["events"],
            summary="Places (with coordinates) of matching events, with counts")
def list_places(store: StoreDep, filters: Filters, limit: Limit = MAX_LIMIT) -> JSONResponse:
    page = reads.places(store, filters, limit)
    return _json(_page(page, [place.to_record() for place in page.items]))


@router.get("/articles", response_model=ArticlePage, tags=["articles"], summary="Stored articles")
def list_articles(store: StoreDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
                  outlet: Annotated[str | None, Query(description="Outlet (case-insensitive).")] = None,
                  since: Annotated[dt.date | None, Query(description="Published on or after.")] = None,
                  until: Annotated[dt.date | None, Query(description="Published on or before.")] = None,
                  ) -> JSONResponse:
    """Articles newest first (then by id), with how many events and quotes each gave."""
    page = reads.article_page(store, limit, offset, outlet=outlet, since=since, until=until)
    return _json(_page(page, [summary.to_record() for summary in page.items]))


@router.get("/articles/{article_id}", response_model=ArticleOut, tags=["articles"],
            summary="One article with its text, events and quotations")
def get_article(store: StoreDep, article_id: str) -> JSONResponse:
    """The text with every event (evidence span) and quotation (span) found in it."""
    detail = reads.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    events = []
    for item in detail.events:
        record = event_record(item, {})
        record["incident"] = detail.incidents.get(item.id)
        events.append(record)
    return _json({"ok": True, **detail.article.to_record(), "text": detail.article.text, "events": events,
                  "quotes": [quote.to_record() for quote in detail.quotes]})


# -- analysis --------------------------------------------------------------------------------

Period = Annotated[str, Query(description="Bucket size: day, week or month.")]


def _result(name: str, params: dict[str, Any], result: Any) -> JSONResponse:
    return _json({"ok": True, "analysis": name, "params": params, "result": result.to_record()})


def _listed(name: str, params: dict[str, Any], results: list[Any], limit: int, offset: int) -> JSONResponse:
    items = [item.to_record() for item in results[offset:offset + limit]]
    return _json({"ok": True, "analysis": name, "params": params, "total": len(results), "limit": limit,
                  "offset": offset, "items": items})


@router.get("/analysis/timeline", response_model=TimelineOut, tags=["analysis"],
            summary="Events of an actor or a dyad per period")
def analysis_timeline(store: StoreDep, scope: ScopeFilters,
                      actor: Annotated[str, Query(min_length=1, description="The actor (canonical name or code).")],
                      with_: Annotated[str | None, Query(alias="with", description="The other side of the dyad.")] = None,
                      directed: Annotated[bool, Query(description="Only events from actor to the other side.")] = False,
                      period: Period = "week") -> JSONResponse:
    """Each period's events (with evidence) and conflict–cooperation score; the type, status,
    country and date filters narrow the events counted."""
    from ..analysis import timeline

    result = timeline(store, actor, with_ or None, directed=directed, period=period, query=scope)
    return _result("timeline", {"actor": actor, "with": with_, "directed": directed, "period": period}, result)


@router.get("/analysis/escalation", response_model=EscalationOut, tags=["analysis"],
            summary="Conflict–cooperation scores per dyad and period, trends, change points, movers")
def analysis_escalation(store: StoreDep, filters: Filters, period: Period = "week",
                        top: Annotated[int, Query(ge=1, le=100, description="Dyads to report.")] = 10) -> JSONResponse:
    from ..analysis import escalation

    result = escalation(store, period=period, query=filters, top=top)
    return _result("escalation", {"period": period, "top": top}, result)


@router.get("/analysis/network", response_model=NetworkOut, tags=["analysis"],
            summary="Who acts on whom: the actor network, or one actor's neighbourhood")
def analysis_network(store: StoreDep, filters: Filters,
                     around: Annotated[str | None, Query(description="Only this actor's neighbourhood.")] = None,
                     depth: Annotated[int, Query(ge=1, le=3, description="Steps from `around`.")] = 1,
                     ) -> JSONResponse:
    from ..analysis import neighbourhood, network

    graph = network(store, query=filters)
    if around:
        graph = neighbourhood(graph, around, depth=depth)
    return _result("network", {"around": around, "depth": depth}, graph)


@router.get("/analysis/followthrough", response_model=FollowthroughOut, tags=["analysis"],
            summary="Threats and whether the threatened action followed")
def analysis_followthrough(store: StoreDep, filters: Filters,
                           within: Annotated[int, Query(ge=1, le=3650, description="Days allowed for the action.")] = 30,
                           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    from ..analysis import followthrough

    results = followthrough(store, within_days=within, query=filters)
    return _listed("followthrough", {"within": within}, results, limit, offset)


@router.get("/analysis/contradictions", response_model=ContradictionsOut, tags=["analysis"],
            summary="Reports of the same happening that disagree")
def analysis_contradictions(store: StoreDep, filters: Filters, limit: Limit = DEFAULT_LIMIT,
                            offset: Offset = 0) -> JSONResponse:
    from ..analysis import contradictions

    results = contradictions(store, query=filters)
    return _listed("contradictions", {}, results, limit, offset)


# -- writes ----------------------------------------------------------------------------------

_ingest_lock = threading.Lock()


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]) -> None:
    """Documents the bearer scheme; the ``Guard`` middleware has already refused a bad token."""
    if credentials is None or request.app.state.token is None:
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})


Writer = Depends(require_token)


@router.post("/articles", response_model=IngestOut, tags=["articles"], dependencies=[Writer],
             responses=WRITE_ERRORS, summary="Submit articles for ingest (token required)")
def submit_articles(store: StoreDep, body: ArticlesIn) -> JSONResponse:
    """Extract and store each new article (the same checks and id rules as `eventwire ingest` on a
    JSON Lines file); an article already stored is skipped, a bad one is reported under `failures`."""
    from ..ingest import content_id
    from ..ingest.checks import normalise
    from ..service import ingest

    with tempfile.TemporaryDirectory(prefix="eventwire-submit-") as folder:
        path = Path(folder) / "submitted.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for article in body.articles:
                out.write(json.dumps(article.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n")
        with _ingest_lock:
            summary = ingest([str(path)], store)
    failures = [dataclasses.replace(f, origin=f.origin.replace(str(path), "articles")).to_record()
                for f in summary.failures]
    return _json({"ok": True, "read": summary.read, "stored": summary.stored, "duplicates": summary.duplicates,
                  "failed": summary.failed, "failures": failures, "incidents": summary.incidents,
                  "ids": [a.id or content_id(normalise(a.text)) for a in body.articles]})


@router.post("/extract", response_model=ExtractOut, tags=["articles"], dependencies=[Writer],
             responses=WRITE_ERRORS, summary="Extract one article without storing it (token required)")
def extract_article(body: ExtractIn) -> JSONResponse:
    from ..pipeline import extract

    result = extract(body.text, body.published, title=body.title, outlet=body.outlet, url=body.url, id=body.id)
    return _json({"ok": True, **result.to_record()})
