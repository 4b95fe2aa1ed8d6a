"""Paged reads the HTTP API needs beyond ``Store``'s streaming ones: one page of events with the
total, distinct actors with counts, places with counts, articles with their events and quotes.

Every query is SQLAlchemy Core over the store's own tables and filter expressions
(``store.store.sql_filters``), so each value reaches SQL as a bound parameter, never
formatted into the statement. Ordering always ends on a unique key, so pages are stable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..incidents import Incident
from ..model import Article, Quote
from ..store import EventQuery, Store, StoredEvent
from ..store import engine as db
from ..store.schema import articles, events, incident_reports, incidents, quotes
from ..store.store import quote_of, sql_filters, stored_event

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


_EVENT_COLUMNS = (events, articles.c.outlet, articles.c.published, articles.c.url, articles.c.title,
                  articles.c.ingested_at)


def event_page(store: Store, query: EventQuery, limit: int, offset: int) -> Page:
    """Events matching ``query`` in stable order, ``limit`` from ``offset``, with the total.

    The page's ids are chosen on narrow rows first (sort keys only), then only those rows are
    read whole: sorting 100,000 full rows to keep 50 would cost ten times as much.
    """
    conditions = sql_filters(query)
    joined = events.join(articles, events.c.article_id == articles.c.id)
    count = sa.select(sa.func.count()).select_from(joined).where(*conditions)
    ids = (sa.select(events.c.id).select_from(joined).where(*conditions)
           .order_by(*_event_order()).limit(limit).offset(offset))
    with db.guard("reading events"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        chosen = [row.id for row in connection.execute(ids)]
        rows = connection.execute(sa.select(*_EVENT_COLUMNS).select_from(joined).where(events.c.id.in_(chosen))
                                  ) if chosen else []
        by_id = {row.id: stored_event(row) for row in rows}
    return Page(items=tuple(by_id[i] for i in chosen), total=total, limit=limit, offset=offset)


def incident_ids(store: Store, event_ids: list[int]) -> dict[int, str]:
    """The incident each of these events is a report of (events in no incident are left out)."""
    if not event_ids:
        return {}
    statement = sa.select(incident_reports.c.event_id, incident_reports.c.incident_id).where(
        incident_reports.c.event_id.in_(event_ids))
    with db.guard("reading incident links"), store.engine.connect() as connection:
        return {row.event_id: row.incident_id for row in connection.execute(statement)}


def incident_page(store: Store, query: EventQuery, limit: int, offset: int) -> Page:
    """Incidents with a report matching ``query`` in the store's order (date, id), one page.

    The same selection as ``Store.incidents(query)``, paged in SQL so that only the page's
    records are decoded.
    """
    conditions = sql_filters(query)
    where: list[sa.ColumnElement[bool]] = []
    if conditions:
        matching = (sa.select(incident_reports.c.incident_id)
                    .join(events, incident_reports.c.event_id == events.c.id)
                    .join(articles, events.c.article_id == articles.c.id).where(*conditions))
        where.append(incidents.c.id.in_(matching))
    count = sa.select(sa.func.count()).select_from(incidents).where(*where)
    page = (sa.select(incidents.c.record).where(*where).order_by(incidents.c.date, incidents.c.id)
            .limit(limit).offset(offset))
    with db.guard("reading incidents"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        items = tuple(Incident.from_record(row.record) for row in connection.execute(page))
    return Page(items=items, total=total, limit=limit, offset=offset)


def actors(store: Store, query: EventQuery, limit: int, offset: int) -> Page:
    """Distinct canonical actors (as actor or target of a matching event), most events first.

    Counts come from a grouping on the indexed name columns alone; kind, country and code are
    then read for the page's names only.
    """
    conditions = sql_filters(query)
    # Only date filters reach the articles table (publication date stands in for a missing date).
    source = events.join(articles, events.c.article_id == articles.c.id) if (query.since or query.until) else events

    def side(prefix: str) -> sa.Select[Any]:
        name = events.c[f"{prefix}_name"]
        counted, zero = sa.func.count(), sa.literal(0)
        as_actor, as_target = (counted, zero) if prefix == "actor" else (zero, counted)
        return (sa.select(name.label("name"), as_actor.label("as_actor"), as_target.label("as_target"))
                .select_from(source).where(name.is_not(None), *conditions).group_by(name))

    both = sa.union_all(side("actor"), side("target")).subquery()
    grouped = (sa.select(both.c.name, sa.func.sum(both.c.as_actor).label("as_actor"),
                         sa.func.sum(both.c.as_target).label("as_target"))
               .group_by(both.c.name)).subquery()
    page = (sa.select(grouped).order_by((grouped.c.as_actor + grouped.c.as_target).desc(), grouped.c.name)
            .limit(limit).offset(offset))
    count = sa.select(sa.func.count()).select_from(grouped)
    with db.guard("reading actors"), store.engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        counted = connection.execute(page).all()
        names = [r.name for r in counted]
        details: dict[str, tuple[Any, Any, Any]] = {}
        for prefix in ("target", "actor"):  # the actor side's details win
            name = events.c[f"{prefix}_name"]
            found = (sa.select(name.label("name"), sa.func.max(events.c[f"{prefix}_kind"]).label("kind"),
                               sa.func.max(events.c[f"{prefix}_country"]).label("country"),
                               sa.func.max(events.c[f"{prefix}_code"]).label("code"))
                     .where(name.in_(names)).group_by(name)) if names else None
            for r in connection.execute(found) if found is not None else []:
                details[r.name] = (r.kind, r.country, r.code)
    items = tuple(ActorCount(name=r.name, kind=details.get(r.name, (None,) * 3)[0],
                             country=details.get(r.name, (None,) * 3)[1], code=details.get(r.name, (None,) * 3)[2],
                             as_actor=int(r.as_actor), as_target=int(r.as_target)) for r in counted)
    return Page(items=items, total=total, limit=limit, offset=offset)


def places(store: Store, query: EventQuery, limit: int) -> Page:
    """Places with coordinates where matching events happened, most events first."""
    conditions = [*sql_filters(query), events.c.location_lat.is_not(None), events.c.location_lon.is_not(None)]
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
        found = tuple(stored_event(row) for row in connection.execute(event_rows))
        said = tuple(quote_of(row) for row in connection.execute(quote_rows))
    return ArticleDetail(article=article, events=found, quotes=said,
                         incidents=incident_ids(store, [item.id for item in found]))
