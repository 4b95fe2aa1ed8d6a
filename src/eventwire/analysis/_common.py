"""What every analysis shares: periods, an event's date, its parties, and a reference to its evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import AnalysisError
from ..model import Participant, Span
from ..store import EventQuery, Store, StoredEvent

PERIODS = ("day", "week", "month")


def check_period(period: str) -> str:
    if period not in PERIODS:
        raise AnalysisError("E080", value=period)
    return period


def period_start(day: dt.date, period: str) -> dt.date:
    """The first day of the period holding ``day`` (weeks start on Monday, ISO 8601)."""
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: dt.date, period: str) -> dt.date:
    if period == "day":
        return start + dt.timedelta(days=1)
    if period == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def period_range(first: dt.date, last: dt.date, period: str) -> list[dt.date]:
    """Every period start from ``first``'s period to ``last``'s, empty periods included."""
    found, current, end = [], period_start(first, period), period_start(last, period)
    while current <= end:
        found.append(current)
        current = next_period(current, period)
    return found


def period_label(start: dt.date, period: str) -> str:
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return start.strftime("%Y-%m")
    return start.isoformat()


def when(item: StoredEvent) -> tuple[dt.date | None, str | None]:
    """The day an event is placed at and where that day came from.

    ``"event"``: the text dates the event (its clause or paragraph); ``"publication"``: it does
    not, and the article's publication date stands in (extraction may already have done so for a
    lede event, which it marks ``date_source="publication"``).
    """
    event = item.event
    if event.date is not None:
        return event.date, "publication" if event.date_source == "publication" else "event"
    if item.published is not None:
        return item.published, "publication"
    return None, None


def party(participant: Participant | None) -> str | None:
    """The political party an actor stands for: its affiliation (Nasrallah → Hezbollah, Mossad →
    Israel) if it has one, else its canonical name."""
    return participant.party if participant is not None else None


def sides(participant: Participant | None) -> frozenset[str]:
    """Lower-cased names a participant answers to: its canonical name and its affiliation."""
    if participant is None:
        return frozenset()
    return frozenset(n.lower() for n in (participant.name, participant.affiliation) if n)


def events(store: Store, query: EventQuery | None, **overrides: Any) -> Iterator[StoredEvent]:
    """``store.events`` with ``query``'s filters, some replaced (actor, target, ...)."""
    base = query or EventQuery()
    return store.events(dataclasses.replace(base, **overrides) if overrides else base)


@dataclass(frozen=True)
class EventRef:
    """One stored event as analyses cite it: what, who, when, and the sentence that says so."""

    event_id: int
    article: str
    outlet: str | None
    published: dt.date | None
    title: str | None
    type: str
    mode: str | None
    status: str
    actor: str | None
    actor_affiliation: str | None
    target: str | None
    target_affiliation: str | None
    date: dt.date | None
    date_source: str | None
    evidence: Span
    fatalities: int | None = None
    score: float | None = None
    incident: str | None = None

    @classmethod
    def of(cls, item: StoredEvent, score: float | None = None, incident: str | None = None) -> EventRef:
        event = item.event
        day, source = when(item)
        return cls(event_id=item.id, article=item.article_id, outlet=item.outlet, published=item.published,
                   title=item.title, type=event.type, mode=event.mode, status=event.status,
                   actor=event.actor.name if event.actor else None,
                   actor_affiliation=event.actor.affiliation if event.actor else None,
                   target=event.target.name if event.target else None,
                   target_affiliation=event.target.affiliation if event.target else None,
                   date=day, date_source=source, evidence=event.evidence, fatalities=event.fatalities,
                   score=score, incident=incident)

    @property
    def anchor(self) -> str:
        """The id of this event's entry in a report's evidence section."""
        return f"ev-{self.event_id}"

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "event": self.event_id, "article": self.article, "outlet": self.outlet,
            "published": iso(self.published), "type": self.type, "mode": self.mode, "status": self.status,
            "actor": self.actor, "target": self.target, "date": iso(self.date), "date_source": self.date_source,
            "fatalities": self.fatalities, "evidence": self.evidence.to_record(),
        }
        if self.actor_affiliation:
            record["actor_affiliation"] = self.actor_affiliation
        if self.target_affiliation:
            record["target_affiliation"] = self.target_affiliation
        if self.score is not None:
            record["score"] = self.score
        if self.incident is not None:
            record["incident"] = self.incident
        return record


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
