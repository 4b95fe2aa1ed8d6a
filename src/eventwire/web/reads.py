"""Paged reads the HTTP API needs beyond ``Store``'s streaming ones: one page of events with the
total, distinct actors with counts, places with counts, articles with their events and quotes.

Every query is SQLAlchemy Core over the store's own tables and filter expressions
(``store.store._conditions``), so each value reaches SQL as a bound parameter, never
formatted into the statement. Ordering always ends on a unique key, so pages are stable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..incidents import Incident
from ..model import Article, Participant, Quote
from ..store import EventQuery, Store, StoredEvent
from ..store import engine as db
from ..store.schema import articles, events, incident_reports, quotes
from ..store.store import _conditions, _event

__all__ = ["ActorCount", "ArticleDetail", "ArticleSummary", "Page", "PlaceCount", "actors", "article_detail",
           "article_page", "event_page", "incident_page", "places"]


@dataclass(frozen=True)
class Page:
    """One page of a longer ordered list: the items and how many match in all."""

    items: tuple[Any, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class ActorCount:
    name: str
    kind: str | None
    country: str | None
    code: str | None
    as_actor: int
    as_target: int

    @property
    def events(self) -> int:
        return self.as_actor + self.as_target

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "country": self.country, "code": self.code,
                "events": self.events, "as_actor": self.as_actor, "as_target": self.as_target}


@dataclass(frozen=True)
class PlaceCount:
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    fatalities: int

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "events": self.events, "fatalities": self.fatalities}


@dataclass(frozen=True)
class ArticleSummary:
    article: Article
    events: int
    quotes: int

    def to_record(self) -> dict[str, Any]:
        return {**self.article.to_record(), "events": self.events, "quotes": self.quotes}


@dataclass(frozen=True)
class ArticleDetail:
    article: Article
    events: tuple[StoredEvent, ...]
    quotes: tuple[Quote, ...]
    incidents: dict[int, str]  # event id -> incident id


def _event_order() -> list[sa.ColumnElement[Any]]:
    # The order of ``eventwire query`` (publication date, article, position), ended on the unique id.
    return [articles.c.published.asc().nulls_last(), events.c.article_id, events.c.seq, events.c.id]


def _stored(row: Any) -> StoredEvent:
    return StoredEvent(id=row.id, event=_event(row), article_id=row.article_id, outlet=row.outlet,
                       published=row.published, url=row.url, title=row.title, ingested_at=row.ingested_at)


_EVENT_COLUMNS = (events, articles.c.outlet, articles.c.published, articles.c.url, articles.c.title,
                  articles.c.ingested_at)


def event_page(store: Store, query: EventQuery, limit: int, offset: int) -> Page:
    """Events matching ``query`` in stable order, ``limit`` from ``offset``, with the total."""
    conditions = _conditions(query)
    joined = events.join(articles, events.c.article_id == articles.c.id)
    count = sa.select(sa.func.count()).select_from(joined).where(*conditions)
    page = (sa.select(*_EVENT_COLUMNS).select_from(joined).where(*conditions)
            .order_by(*_event_order()).limit(limit).offset(offset))
    with db.guard("reading events"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        items = tuple(_stored(row) for row in connection.execute(page))
    return Page(items=items, total=total, limit=limit, offset=offset)


def incident_ids(store: Store, event_ids: list[int]) -> dict[int, str]:
    """The incident each of these events is a report of (events in no incident are left out)."""
    if not event_ids:
        return {}
    statement = sa.select(incident_reports.c.event_id, incident_reports.c.incident_id).where(
        incident_reports.c.event_id.in_(event_ids))
    with db.guard("reading incident links"), store.engine.connect() as connection:
        return {row.event_id: row.incident_id for row in connection.execute(statement)}


def incident_page(store: Store, query: EventQuery, limit: int, offset: int) -> Page:
    """Incidents with a report matching ``query`` (the store's order: date, id), one page."""
    items: list[Incident] = []
    total = 0
    for incident in store.incidents(query):
        if offset <= total < offset + limit:
            items.append(incident)
        total += 1
    return Page(items=tuple(items), total=total, limit=limit, offset=offset)


def actors(store: Store, query: EventQuery, limit: int, offset: int) -> Page:
    """Distinct canonical actors (as actor or target of a matching event), most events first."""
    conditions = _conditions(query)
    joined = events.join(articles, events.c.article_id == articles.c.id)

    def side(prefix: str, label: str) -> sa.Select[Any]:
        name = events.c[f"{prefix}_name"]
        return (sa.select(name.label("name"), sa.func.max(events.c[f"{prefix}_kind"]).label("kind"),
                          sa.func.max(events.c[f"{prefix}_country"]).label("country"),
                          sa.func.max(events.c[f"{prefix}_code"]).label("code"),
                          sa.func.count().label(label), sa.literal(0).label("other"))
                .select_from(joined).where(name.is_not(None), *conditions).group_by(name))

    as_actor = side("actor", "n").subquery()
    as_target = side("target", "n").subquery()
    both = sa.union_all(
        sa.select(as_actor.c.name, as_actor.c.kind, as_actor.c.country, as_actor.c.code,
                  as_actor.c.n.label("as_actor"), sa.literal(0).label("as_target")),
        sa.select(as_target.c.name, as_target.c.kind, as_target.c.country, as_target.c.code,
                  sa.literal(0).label("as_actor"), as_target.c.n.label("as_target")),
    ).subquery()
    grouped = (sa.select(both.c.name, sa.func.max(both.c.kind).label("kind"),
                         sa.func.max(both.c.country).label("country"), sa.func.max(both.c.code).label("code"),
                         sa.func.sum(both.c.as_actor).label("as_actor"),
                         sa.func.sum(both.c.as_target).label("as_target"))
               .group_by(both.c.name)).subquery()
    total_events = grouped.c.as_actor + grouped.c.as_target
    page = sa.select(grouped).order_by(total_events.desc(), grouped.c.name).limit(limit).offset(offset)
    count = sa.select(sa.func.count()).select_from(grouped)
    with db.guard("reading actors"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        items = tuple(ActorCount(name=r.name, kind=r.kind, country=r.country, code=r.code,
                                 as_actor=int(r.as_actor), as_target=int(r.as_target))
                      for r in connection.execute(page))
    return Page(items=items, total=total, limit=limit, offset=offset)


def places(store: Store, query: EventQuery, limit: int) -> Page:
    """Places with coordinates where matching events happened, most events first."""
    conditions = [*_conditions(query), events.c.location_lat.is_not(None), events.c.location_lon.is_not(None)]
    joined = events.join(articles, events.c.article_id == articles.c.id)
    grouped = (sa.select(events.c.location_name.label("name"), events.c.location_country.label("country"),
                         sa.func.avg(events.c.location_lat).label("lat"),
                         sa.func.avg(events.c.location_lon).label("lon"),
                         sa.func.count().label("n"),
                         sa.func.coalesce(sa.func.sum(events.c.fatalities), 0).label("dead"))
               .select_from(joined).where(*conditions)
               .group_by(events.c.location_name, events.c.location_country)).subquery()
    page = sa.select(grouped).order_by(grouped.c.n.desc(), grouped.c.name, grouped.c.country).limit(limit)
    count = sa.select(sa.func.count()).select_from(grouped)
    with db.guard("reading places"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        items = tuple(PlaceCount(name=r.name, country=r.country, lat=float(r.lat), lon=float(r.lon),
                                 events=int(r.n), fatalities=int(r.dead)) for r in connection.execute(page))
    return Page(items=items, total=total, limit=limit, offset=0)


def article_page(store: Store, limit: int, offset: int, *, outlet: str | None = None,
                 since: dt.date | None = None, until: dt.date | None = None) -> Page:
    """Stored articles (newest first, then id) with their event and quote counts."""
    conditions: list[sa.ColumnElement[bool]] = []
    if outlet:
        conditions.append(sa.func.lower(articles.c.outlet) == outlet.lower())
    if since:
        conditions.append(articles.c.published >= since)
    if until:
        conditions.append(articles.c.published <= until)
    n_events = (sa.select(sa.func.count()).where(events.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    n_quotes = (sa.select(sa.func.count()).where(quotes.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    page = (sa.select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.published, articles.c.url,
                      n_events.label("n_events"), n_quotes.label("n_quotes"))
            .where(*conditions).order_by(articles.c.published.desc().nulls_last(), articles.c.id)
            .limit(limit).offset(offset))
    count = sa.select(sa.func.count()).select_from(articles).where(*conditions)
    with db.guard("reading articles"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        items = tuple(ArticleSummary(article=Article(id=r.id, text="", published=r.published, title=r.title,
                                                     outlet=r.outlet, url=r.url),
                                     events=r.n_events, quotes=r.n_quotes) for r in connection.execute(page))
    return Page(items=items, total=total, limit=limit, offset=offset)


def article_detail(store: Store, article_id: str) -> ArticleDetail | None:
    """One article with its text, its events (with evidence spans) and its quotations; None if unknown."""
    article = store.article(article_id)
    if article is None:
        return None
    joined = events.join(articles, events.c.article_id == articles.c.id)
    event_rows = (sa.select(*_EVENT_COLUMNS).select_from(joined).where(events.c.article_id == article_id)
                  .order_by(events.c.seq, events.c.id))
    quote_rows = sa.select(quotes).where(quotes.c.article_id == article_id).order_by(quotes.c.seq, quotes.c.id)
    with db.guard("reading an article"), store.engine.connect() as connection:
        found = tuple(_stored(row) for row in connection.execute(event_rows))
        said = tuple(_quote(row) for row in connection.execute(quote_rows))
    return ArticleDetail(article=article, events=found, quotes=said,
                         incidents=incident_ids(store, [item.id for item in found]))


def _quote(row: Any) -> Quote:
    speaker = None
    if row.speaker_name is not None:
        speaker = Participant(name=row.speaker_name, text=row.speaker_text or row.speaker_name,
                              kind=row.speaker_kind, country=row.speaker_country, code=row.speaker_code,
                              affiliation=row.speaker_affiliation)
    return Quote(speaker=speaker, anonymous=bool(row.anonymous), cue=row.cue, text=row.text,
                 start=row.start, end=row.end, article_id=row.article_id)
