"""What the store hands back: stored events with their article's metadata, queries, counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Event


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored: its database id, the event, and where it was reported."""

    id: int
    event: Event
    article_id: str
    outlet: str | None
    published: dt.date | None
    url: str | None
    title: str | None
    ingested_at: dt.datetime | None = None
    incident: str | None = None  # the incident it reports, once incidents are built


@dataclass(frozen=True)
class EventQuery:
    """Filters of ``eventwire query``; every value reaches SQL as a bound parameter."""

    actor: str | None = None
    target: str | None = None
    type: str | None = None
    status: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class StoredFailure:
    origin: str
    stage: str
    code: str
    message: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    times: int


@dataclass(frozen=True)
class Counts:
    articles: int
    events: int
    quotes: int
    failures: int
    incidents: int
