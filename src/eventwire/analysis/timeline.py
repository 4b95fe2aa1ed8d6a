"""Dyad timelines: what A and B did to each other, per day, week or month, each event with its sentence."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..store import EventQuery, Store, StoredEvent
from ._common import (
    EventRef,
    check_period,
    events,
    iso,
    next_period,
    period_label,
    period_start,
    when,
)
from .weights import weights


@dataclass(frozen=True)
class TimelineBucket:
    """One period: counts by type and by status, and the events themselves."""

    start: dt.date
    end: dt.date  # last day of the period
    label: str
    events: tuple[EventRef, ...]

    @property
    def by_type(self) -> dict[str, int]:
        return dict(sorted(Counter(e.type for e in self.events).items()))

    @property
    def by_status(self) -> dict[str, int]:
        return dict(sorted(Counter(e.status for e in self.events).items()))

    @property
    def score(self) -> float:
        return round(sum(e.score or 0.0 for e in self.events), 4)

    def to_record(self) -> dict[str, Any]:
        return {"period": self.label, "start": iso(self.start), "end": iso(self.end), "count": len(self.events),
                "score": self.score, "by_type": self.by_type, "by_status": self.by_status,
                "events": [e.to_record() for e in self.events]}


@dataclass(frozen=True)
class Timeline:
    actor_a: str
    actor_b: str | None
    directed: bool
    period: str
    buckets: tuple[TimelineBucket, ...]
    undated: tuple[EventRef, ...] = ()  # neither the event nor its article has a date

    @property
    def count(self) -> int:
        return sum(len(b.events) for b in self.buckets) + len(self.undated)

    def to_record(self) -> dict[str, Any]:
        return {"actor_a": self.actor_a, "actor_b": self.actor_b, "directed": self.directed,
                "period": self.period, "count": self.count,
                "buckets": [b.to_record() for b in self.buckets],
                "undated": [e.to_record() for e in self.undated]}


def timeline(store: Store, actor_a: str, actor_b: str | None = None, *, directed: bool = False,
             period: str = "week", query: EventQuery | None = None) -> Timeline:
    """Events between ``actor_a`` and ``actor_b`` (A on B only if ``directed``), by period.

    Actors match by canonical name, affiliation or code, as ``eventwire query`` does, so
    "Hezbollah" finds Fuad Shukr (affiliation Hezbollah) as a target. Without ``actor_b``, every
    event ``actor_a`` takes part in (as actor only, if ``directed``). Only periods with events
    are listed (a dyad reported in 2014 and 2024 would otherwise list 500 empty weeks); an event
    is placed by its own date, else its article's publication date (``date_source`` says which).
    """
    check_period(period)
    found: dict[int, StoredEvent] = {}
    pairs = [(actor_a, actor_b)] if directed or actor_b is None else [(actor_a, actor_b), (actor_b, actor_a)]
    if actor_b is None and not directed:
        pairs = [(actor_a, None), (None, actor_a)]
    for actor, target in pairs:
        overrides: dict[str, Any] = {}
        if actor is not None:
            overrides["actor"] = actor
        if target is not None:
            overrides["target"] = target
        for item in events(store, query, **overrides):
            found[item.id] = item
    table = weights()
    dated: dict[dt.date, list[EventRef]] = {}
    undated: list[EventRef] = []
    for item in found.values():
        ref = EventRef.of(item, score=table.score(item.event), incident=item.incident)
        day, _ = when(item)
        if day is None:
            undated.append(ref)
        else:
            dated.setdefault(period_start(day, period), []).append(ref)
    buckets = []
    for start in sorted(dated):
        refs = sorted(dated[start], key=lambda r: (r.date, r.article, r.evidence.start))
        end = next_period(start, period) - dt.timedelta(days=1)
        buckets.append(TimelineBucket(start=start, end=end, label=period_label(start, period), events=tuple(refs)))
    return Timeline(actor_a=actor_a, actor_b=actor_b, directed=directed, period=period, buckets=tuple(buckets),
                    undated=tuple(sorted(undated, key=lambda r: (r.article, r.evidence.start))))
