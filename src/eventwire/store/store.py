"""Reads and writes of the event store. One transaction per article: the article, its events
and its quotes are stored together or not at all, so a run killed at any moment resumes with
nothing lost and nothing duplicated (unique content ids and (article, seq) keys)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..errors import StoreError
from ..incidents import Incident
from ..model import Article, ArticleResult, Event, Failure, Participant, Place, Quote, Source, Span
from . import engine as db
from .records import Counts, EventQuery, StoredEvent, StoredFailure
from .schema import articles, events, failures, incident_reports, incidents, quotes

# Ids per IN (...) lookup: well under SQLite's 32,766 bound-parameter limit.
LOOKUP_CHUNK = 500
# Incident rows per INSERT batch when rebuilding.
INCIDENT_BATCH = 2000


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


class Store:
    """An open event store (SQLite file or PostgreSQL database)."""

    def __init__(self, url: str | None = None, *, lock_timeout: float = db.LOCK_TIMEOUT) -> None:
        self.url = db.resolve_url(url)
        self.engine: Engine = db.create(self.url, lock_timeout=lock_timeout)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ------------------------------------------------------------------------------

    def stored_ids(self, content_ids: Sequence[str], ids: Sequence[str]) -> tuple[set[str], dict[str, str]]:
        """Which of these content ids are stored, and the content id stored under each given id."""
        found_content: set[str] = set()
        by_id: dict[str, str] = {}
        with db.guard("looking up stored articles"), self.engine.connect() as connection:
            for start in range(0, max(len(content_ids), len(ids)), LOOKUP_CHUNK):
                chunk_c = list(content_ids[start:start + LOOKUP_CHUNK])
                chunk_i = list(ids[start:start + LOOKUP_CHUNK])
                query = sa.select(articles.c.id, articles.c.content_id).where(
                    sa.or_(articles.c.content_id.in_(chunk_c), articles.c.id.in_(chunk_i)))
                for row in connection.execute(query):
                    if row.content_id in chunk_c:
                        found_content.add(row.content_id)
                    by_id[row.id] = row.content_id
        return found_content, by_id

    def add(self, result: ArticleResult, content_id: str) -> bool:
        """Store one article with its events and quotes in one transaction; False if already stored."""
        article = result.article
        try:
            with db.guard(f"storing article {article.id}"), self.engine.begin() as connection:
                connection.execute(articles.insert().values(_article_row(article, content_id)))
                if result.events:
                    connection.execute(events.insert(), [_event_row(article.id, i, e) for i, e in enumerate(result.events)])
                if result.quotes:
                    connection.execute(quotes.insert(), [_quote_row(article.id, i, q) for i, q in enumerate(result.quotes)])
                if article.origin:  # the file now reads fine: its old failures are history
                    connection.execute(failures.delete().where(failures.c.origin == article.origin))
        except StoreError as exc:
            if isinstance(exc.__cause__, sa.exc.IntegrityError):
                return False  # stored meanwhile by another process: unique keys kept it single
            raise
        return True

    def add_failure(self, failure: Failure) -> None:
        """Record (or refresh) why one input failed; the same failure seen again is counted, not repeated."""
        now = _now()
        key = sa.and_(failures.c.origin == failure.origin, failures.c.stage == failure.stage,
                      failures.c.code == failure.code)
        with db.guard("recording a failure"), self.engine.begin() as connection:
            updated = connection.execute(failures.update().where(key).values(
                message=failure.message, last_seen=now, times=failures.c.times + 1))
            if updated.rowcount == 0:
                connection.execute(failures.insert().values(
                    origin=failure.origin, stage=failure.stage, code=failure.code, message=failure.message,
                    first_seen=now, last_seen=now, times=1))

    def replace_incidents(self, found: Iterable[Incident], rules_version: str) -> int:
        """Replace every stored incident with ``found``, in one transaction."""
        count = 0
        with db.guard("storing incidents"), self.engine.begin() as connection:
            connection.execute(incident_reports.delete())
            connection.execute(incidents.delete())
            batch: list[Incident] = []
            for incident in found:
                batch.append(incident)
                if len(batch) >= INCIDENT_BATCH:
                    count += self._insert_incidents(connection, batch, rules_version)
                    batch = []
            count += self._insert_incidents(connection, batch, rules_version)
        return count

    @staticmethod
    def _insert_incidents(connection: sa.Connection, batch: list[Incident], rules_version: str) -> int:
        if not batch:
            return 0
        connection.execute(incidents.insert(), [{
            "id": i.id, "type": i.type, "actor": i.actor, "target": i.target, "date": i.date,
            "location_name": i.location.name if i.location else None,
            "location_country": i.location.country if i.location else None,
            "report_count": len(i.reports), "outlets": i.outlets,
            "first_published": i.first_report.published, "latest_published": i.latest_report.published,
            "rules_version": rules_version, "record": i.to_record(),
        } for i in batch])
        connection.execute(incident_reports.insert(), [
            {"incident_id": i.id, "event_id": r.event_id, "article_id": r.article_id}
            for i in batch for r in i.reports])
        return len(batch)

    # -- reads -------------------------------------------------------------------------------

    def counts(self) -> Counts:
        with db.guard("counting rows"), self.engine.connect() as connection:
            def n(table: sa.Table) -> int:
                return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            return Counts(articles=n(articles), events=n(events), quotes=n(quotes),
                          failures=n(failures), incidents=n(incidents))

    def failures(self) -> list[StoredFailure]:
        with db.guard("reading failures"), self.engine.connect() as connection:
            rows = connection.execute(sa.select(failures).order_by(failures.c.origin, failures.c.code))
            return [StoredFailure(origin=r.origin, stage=r.stage, code=r.code, message=r.message,
                                  first_seen=r.first_seen, last_seen=r.last_seen, times=r.times) for r in rows]

    def article(self, article_id: str) -> Article | None:
        with db.guard("reading an article"), self.engine.connect() as connection:
            row = connection.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        return Article(id=row.id, text=row.text, published=row.published, title=row.title,
                       outlet=row.outlet, url=row.url, origin=row.origin)

    def events(self, query: EventQuery | None = None) -> Iterator[StoredEvent]:
        """Stored events matching ``query``, by article publication date then position."""
        columns = [events, articles.c.outlet, articles.c.published, articles.c.url, articles.c.title,
                   articles.c.ingested_at, incident_reports.c.incident_id]
        statement = (sa.select(*columns).join(articles, events.c.article_id == articles.c.id)
                     .outerjoin(incident_reports, incident_reports.c.event_id == events.c.id)
                     .where(*sql_filters(query or EventQuery()))
                     .order_by(articles.c.published, events.c.article_id, events.c.seq))
        with db.guard("reading events"), self.engine.connect() as connection:
            for row in connection.execution_options(yield_per=2000).execute(statement):
                yield stored_event(row)

    def incidents(self, query: EventQuery | None = None) -> Iterator[Incident]:
        """Stored incidents with at least one report matching ``query``, by date."""
        statement = sa.select(incidents.c.record).order_by(incidents.c.date, incidents.c.id)
        conditions = sql_filters(query or EventQuery())
        if conditions:
            matching = (sa.select(incident_reports.c.incident_id)
                        .join(events, incident_reports.c.event_id == events.c.id)
                        .join(articles, events.c.article_id == articles.c.id).where(*conditions))
            statement = statement.where(incidents.c.id.in_(matching))
        with db.guard("reading incidents"), self.engine.connect() as connection:
            for row in connection.execution_options(yield_per=1000).execute(statement):
                yield Incident.from_record(row.record)


def sql_filters(query: EventQuery) -> list[sa.ColumnElement[bool]]:
    """Filters as SQL expressions; values are bound parameters, never formatted into SQL. Public
    for the web read layer (``web.reads``), which pages and counts with the same filters."""
    found: list[sa.ColumnElement[bool]] = []
    if query.actor:
        found.append(_participant_is("actor", query.actor))
    if query.target:
        found.append(_participant_is("target", query.target))
    if query.type:
        found.append(events.c.type == query.type.upper())
    if query.status:
        found.append(events.c.status == query.status.lower())
    if query.country:
        code = query.country.upper()
        found.append(sa.or_(events.c.location_country == code, events.c.actor_country == code,
                            events.c.target_country == code))
    when = sa.func.coalesce(events.c.date, articles.c.published)
    if query.since:
        found.append(when >= query.since)
    if query.until:
        found.append(when <= query.until)
    return found


def _participant_is(prefix: str, value: str) -> sa.ColumnElement[bool]:
    """Canonical name or affiliation (case-insensitive), or the actor code."""
    lowered = value.lower()
    return sa.or_(sa.func.lower(events.c[f"{prefix}_name"]) == lowered,
                  sa.func.lower(events.c[f"{prefix}_affiliation"]) == lowered,
                  events.c[f"{prefix}_code"] == value.upper())


def _article_row(article: Article, content_id: str) -> dict[str, Any]:
    return {"id": article.id, "content_id": content_id, "title": article.title, "outlet": article.outlet,
            "published": article.published, "url": article.url, "origin": article.origin,
            "text": article.text, "ingested_at": _now()}


def _participant_row(prefix: str, participant: Participant | None) -> dict[str, Any]:
    p = participant
    return {f"{prefix}_name": p.name if p else None, f"{prefix}_text": p.text if p else None,
            f"{prefix}_kind": p.kind if p else None, f"{prefix}_country": p.country if p else None,
            f"{prefix}_code": p.code if p else None, f"{prefix}_affiliation": p.affiliation if p else None}


def _event_row(article_id: str, seq: int, event: Event) -> dict[str, Any]:
    place, source = event.location, event.source
    return {
        "article_id": article_id, "seq": seq, "type": event.type, "mode": event.mode,
        **_participant_row("actor", event.actor), **_participant_row("target", event.target),
        "status": event.status, "date": event.date, "date_text": event.date_text,
        "date_precision": event.date_precision, "date_source": event.date_source,
        "location_name": place.name if place else None, "location_text": place.text if place else None,
        "location_country": place.country if place else None, "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None, "location_geonameid": place.geonameid if place else None,
        "source_name": source.name if source else None, "source_text": source.text if source else None,
        "source_anonymous": source.anonymous if source else None, "fatalities": event.fatalities,
        "evidence_text": event.evidence.text, "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end, "confidence": event.confidence,
    }


def _quote_row(article_id: str, seq: int, quote) -> dict[str, Any]:
    return {"article_id": article_id, "seq": seq, **_participant_row("speaker", quote.speaker),
            "anonymous": quote.anonymous, "cue": quote.cue, "text": quote.text,
            "start": quote.start, "end": quote.end}


def _participant(row: Any, prefix: str) -> Participant | None:
    name = getattr(row, f"{prefix}_name")
    if name is None:
        return None
    return Participant(name=name, text=getattr(row, f"{prefix}_text") or name,
                       kind=getattr(row, f"{prefix}_kind"), country=getattr(row, f"{prefix}_country"),
                       code=getattr(row, f"{prefix}_code"), affiliation=getattr(row, f"{prefix}_affiliation"))


def quote_of(row: Any) -> Quote:
    """A ``Quote`` from a row of the quotes table (for the web read layer's article view)."""
    return Quote(speaker=_participant(row, "speaker"), anonymous=bool(row.anonymous), cue=row.cue,
                 text=row.text, start=row.start, end=row.end, article_id=row.article_id)


def stored_event(row: Any) -> StoredEvent:
    """A ``StoredEvent`` from a row of the events table joined with its article (and, where the
    query joined it, its incident)."""
    return StoredEvent(id=row.id, event=event_of(row), article_id=row.article_id, outlet=row.outlet,
                       published=row.published, url=row.url, title=row.title, ingested_at=row.ingested_at,
                       incident=getattr(row, "incident_id", None))


def event_of(row: Any) -> Event:
    location = None
    if row.location_name is not None:
        location = Place(name=row.location_name, text=row.location_text or row.location_name,
                         country=row.location_country, lat=row.location_lat, lon=row.location_lon,
                         geonameid=row.location_geonameid)
    source = None
    if row.source_name is not None:
        source = Source(name=row.source_name, text=row.source_text or row.source_name,
                        anonymous=bool(row.source_anonymous))
    return Event(
        type=row.type, actor=_participant(row, "actor"), target=_participant(row, "target"),
        status=row.status, evidence=Span(row.evidence_text, row.evidence_start, row.evidence_end),
        mode=row.mode, location=location, date=row.date, date_text=row.date_text,
        date_precision=row.date_precision, date_source=row.date_source, source=source,
        fatalities=row.fatalities, confidence=row.confidence, article_id=row.article_id,
    )
