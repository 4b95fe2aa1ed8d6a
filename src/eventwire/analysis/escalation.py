"""Escalation: PLOVER conflict–cooperation scores summed per dyad and period, with trend and change points.

Each event scores its type (and mode) weight from ``data/plover_weights.yaml`` times its status
factor (occurred 1, planned 0.5, possible 0.25, denied 0). A dyad is the pair of parties
(``_common.party``: an actor's affiliation, else its name) of an event's actor and target;
events without both, or whose two sides are the same party, are left out. An incident reported
by several articles counts once (its first report in store order): three outlets re-telling
one strike are one strike. Directed dyads (A → B) and undirected pairs (A – B, both
directions summed) are both reported.

Per dyad, the series runs over every period from the dyad's first to its last event (empty
periods are 0). Its trend is the least-squares slope in score per period; its change points
come from binary segmentation (``ruptures.Binseg``, least-squares cost) with a BIC-style
penalty ``2 · σ² · ln n``, σ estimated robustly from the median absolute first difference
(falling back to the series' standard deviation when most periods are equal). Series shorter
than ``MIN_CHANGE_POINT_PERIODS`` get no change points: too few periods to tell a shift from noise.

"Movers" are the dyads whose summed score changed most between the corpus's last ``recent``
periods and the ``recent`` periods before them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..errors import AnalysisError
from ..store import EventQuery, Store
from ._common import (
    EventRef,
    check_period,
    events,
    iso,
    party,
    period_label,
    period_range,
    period_start,
    when,
)
from .weights import weights

# Binary segmentation needs a few periods on each side of a shift; with fewer than this many
# periods any "change point" is one event.
MIN_CHANGE_POINT_PERIODS = 4


@dataclass(frozen=True)
class PeriodScore:
    start: dt.date
    label: str
    score: float
    events: int

    def to_record(self) -> dict[str, Any]:
        return {"period": self.label, "start": iso(self.start), "score": self.score, "events": self.events}


@dataclass(frozen=True)
class ChangePoint:
    """The series' level shifts at ``start``: mean score per period before and after."""

    start: dt.date
    label: str
    before: float
    after: float

    def to_record(self) -> dict[str, Any]:
        return {"period": self.label, "start": iso(self.start), "mean_before": self.before, "mean_after": self.after}


@dataclass(frozen=True)
class DyadSeries:
    actor: str
    target: str
    directed: bool
    series: tuple[PeriodScore, ...]
    trend: float  # least-squares slope, score per period
    change_points: tuple[ChangePoint, ...]
    total: float
    event_count: int
    change: float = 0.0  # score of the last ``recent`` corpus periods minus the ``recent`` before them
    events: tuple[EventRef, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.actor} {'→' if self.directed else '–'} {self.target}"

    def to_record(self) -> dict[str, Any]:
        return {"dyad": self.name, "actor": self.actor, "target": self.target, "directed": self.directed,
                "total": self.total, "events": self.event_count, "trend": self.trend, "change": self.change,
                "series": [p.to_record() for p in self.series],
                "change_points": [c.to_record() for c in self.change_points],
                "evidence": [e.to_record() for e in self.events]}


@dataclass(frozen=True)
class EscalationReport:
    period: str
    weights_version: str
    last_period: dt.date | None
    recent: int
    directed: tuple[DyadSeries, ...]     # every directed dyad, most conflictual total first
    undirected: tuple[DyadSeries, ...]   # every pair, most conflictual total first
    movers: tuple[DyadSeries, ...]       # pairs whose score moved most in the last period(s)
    directed_movers: tuple[DyadSeries, ...]

    def to_record(self) -> dict[str, Any]:
        return {"period": self.period, "weights_version": self.weights_version,
                "last_period": iso(self.last_period), "recent": self.recent,
                "movers": [d.to_record() for d in self.movers],
                "directed_movers": [d.to_record() for d in self.directed_movers],
                "undirected": [d.to_record() for d in self.undirected],
                "directed": [d.to_record() for d in self.directed]}


def escalation(store: Store, *, period: str = "week", query: EventQuery | None = None, top: int = 10,
               recent: int = 1) -> EscalationReport:
    """Conflict–cooperation scores per dyad and period, their trends, change points and movers."""
    check_period(period)
    if top < 1:
        raise AnalysisError("E084", value=top)
    if recent < 1:
        raise AnalysisError("E088", value=recent)
    table = weights()
    directed: dict[tuple[str, str], list[tuple[dt.date, EventRef]]] = defaultdict(list)
    undirected: dict[tuple[str, str], list[tuple[dt.date, EventRef]]] = defaultdict(list)
    last: dt.date | None = None
    counted: set[str] = set()
    for item in events(store, query):
        a, b = party(item.event.actor), party(item.event.target)
        day, _ = when(item)
        incident = item.incident
        if not a or not b or a == b or day is None or incident in counted:
            continue
        if incident is not None:
            counted.add(incident)
        ref = EventRef.of(item, score=table.score(item.event), incident=incident)
        start = period_start(day, period)
        last = max(last, start) if last else start
        directed[(a, b)].append((start, ref))
        undirected[tuple(sorted((a, b)))].append((start, ref))  # type: ignore[index]
    recent_window = _window(last, period, recent)

    def build(groups: dict[tuple[str, str], list[tuple[dt.date, EventRef]]], is_directed: bool) -> list[DyadSeries]:
        found = [_series(a, b, is_directed, items, period, recent_window) for (a, b), items in groups.items()]
        return sorted(found, key=lambda d: (d.total, d.actor, d.target))

    all_directed, all_pairs = build(directed, True), build(undirected, False)
    return EscalationReport(period=period, weights_version=table.version, last_period=last, recent=recent,
                            directed=tuple(all_directed), undirected=tuple(all_pairs),
                            movers=_movers(all_pairs, top), directed_movers=_movers(all_directed, top))


def _window(last: dt.date | None, period: str, recent: int) -> tuple[list[dt.date], list[dt.date]]:
    """The corpus's last ``recent`` period starts, and the ``recent`` before them."""
    if last is None:
        return [], []
    starts = [last]
    while len(starts) < 2 * recent:
        starts.insert(0, period_start(starts[0] - dt.timedelta(days=1), period))
    return starts[recent:], starts[:recent]


def _series(actor: str, target: str, is_directed: bool, items: list[tuple[dt.date, EventRef]], period: str,
            window: tuple[list[dt.date], list[dt.date]]) -> DyadSeries:
    sums: dict[dt.date, float] = defaultdict(float)
    counts: dict[dt.date, int] = defaultdict(int)
    for start, ref in items:
        sums[start] += ref.score or 0.0
        counts[start] += 1
    starts = period_range(min(sums), max(sums), period)
    series = tuple(PeriodScore(start=s, label=period_label(s, period), score=round(sums.get(s, 0.0), 4),
                               events=counts.get(s, 0)) for s in starts)
    values = [p.score for p in series]
    latest, before = window
    change = sum(sums.get(s, 0.0) for s in latest) - sum(sums.get(s, 0.0) for s in before)
    refs = tuple(ref for _, ref in sorted(items, key=lambda x: (x[0], x[1].article, x[1].evidence.start)))
    return DyadSeries(actor=actor, target=target, directed=is_directed, series=series, trend=trend(values),
                      change_points=tuple(_change_points(series, values, period)), total=round(sum(values), 4),
                      event_count=len(items), change=round(change, 4), events=refs)


def trend(values: list[float]) -> float:
    """Least-squares slope of ``values`` against their index (0 for fewer than two)."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return round(num / den, 4)


def change_points(values: list[float]) -> list[int]:
    """Indexes where the series' mean shifts (binary segmentation, BIC-style penalty)."""
    import numpy as np
    import ruptures

    n = len(values)
    if n < MIN_CHANGE_POINT_PERIODS:
        return []
    signal = np.asarray(values, dtype=float)
    diffs = np.diff(signal)
    sigma = 1.4826 * float(np.median(np.abs(diffs - np.median(diffs)))) / math.sqrt(2)
    if sigma == 0.0:
        sigma = float(np.std(signal))
    if sigma == 0.0:
        return []
    penalty = 2 * sigma ** 2 * math.log(n)
    breaks = ruptures.Binseg(model="l2", min_size=1, jump=1).fit(signal.reshape(-1, 1)).predict(pen=penalty)
    return [b for b in breaks if 0 < b < n]


def _change_points(series: tuple[PeriodScore, ...], values: list[float], period: str) -> list[ChangePoint]:
    found = []
    indexes = change_points(values)
    bounds = [0, *indexes, len(values)]
    for k, index in enumerate(indexes):
        before, after = values[bounds[k]:index], values[index:bounds[k + 2]]
        found.append(ChangePoint(start=series[index].start, label=series[index].label,
                                 before=round(sum(before) / len(before), 4), after=round(sum(after) / len(after), 4)))
    return found


def _movers(dyads: list[DyadSeries], top: int) -> tuple[DyadSeries, ...]:
    moved = [d for d in dyads if d.change]
    return tuple(sorted(moved, key=lambda d: (-abs(d.change), d.actor, d.target))[:top])
