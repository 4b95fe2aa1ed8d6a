"""Incidents: event reports from different articles that describe the same happening.

Pure functions over event-like records (anything with ``id``, ``event``, ``article_id``,
``outlet`` and ``published``); no SQL here. The store persists what ``group_incidents``
returns, and imports this module for its record types.

Two reports are linked when they share a type family, their participants match (the
same actor and target; either direction for mutual acts; for contested acts such as
attacks, the same target at the same place with a different or missing actor), their
places are compatible and their dates fall within a window (``data/incidents.yaml``).
Every link records which fields matched, so each grouping can be explained.

Candidate pairs come from blocks (type family + participant key) swept in date order,
so the work grows with the number of reports times the reports per block and window,
not with all pairs.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol

import yaml

from .errors import DataError
from .model import Event, Place, Span

__all__ = ["Disagreement", "GroupingRules", "Incident", "IncidentReport", "Link", "ReportedEvent",
           "group_incidents", "rules"]

DISAGREEMENT_FIELDS = ("actor", "mode", "date", "fatalities", "status", "location")


class ReportedEvent(Protocol):
    """What grouping needs of one stored event: its id, the event and its article's metadata."""

    @property
    def id(self) -> int: ...
    @property
    def event(self) -> Event: ...
    @property
    def article_id(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def published(self) -> dt.date | None: ...


@dataclass(frozen=True)
class Report:
    """A ``ReportedEvent`` made by hand (tests, benchmarks, callers without a store)."""

    id: int
    event: Event
    article_id: str
    outlet: str | None
    published: dt.date | None


@dataclass(frozen=True)
class GroupingRules:
    version: str
    families: dict[str, str]          # event type -> family
    contested_actor: frozenset[str]   # families where responsibility may differ between reports
    mutual_types: frozenset[str]      # types where actor and target may swap between reports
    window_days: int
    undated_window_days: int
    max_span_days: int
    place_radius_km: float


@functools.cache
def rules() -> GroupingRules:
    """The shipped rules of ``data/incidents.yaml`` (mutual types from the trigger lexicon)."""
    from .data import lexicon

    path = resources.files("eventwire.data") / "incidents.yaml"
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        families = {kind: family for family, kinds in data["families"].items() for kind in kinds}
        return GroupingRules(
            version=str(data["version"]), families=families,
            contested_actor=frozenset(data["contested_actor"]),
            mutual_types=frozenset(t.upper() for t in lexicon().words("mutual_types")),
            window_days=int(data["window_days"]), undated_window_days=int(data["undated_window_days"]),
            max_span_days=int(data["max_span_days"]), place_radius_km=float(data["place_radius_km"]),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DataError("E030", path="incidents.yaml", reason=exc) from exc


@dataclass(frozen=True)
class IncidentReport:
    """One reporting event: which article said it, where in its text, and what it said."""

    event_id: int
    article_id: str
    outlet: str | None
    published: dt.date | None
    evidence: Span

    def to_record(self) -> dict[str, Any]:
        return {"event": self.event_id, "article": self.article_id, "outlet": self.outlet,
                "published": _iso(self.published), "evidence": self.evidence.to_record()}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> IncidentReport:
        return cls(event_id=record["event"], article_id=record["article"], outlet=record["outlet"],
                   published=_date(record["published"]), evidence=Span(**record["evidence"]))


@dataclass(frozen=True)
class Disagreement:
    """A field on which reports differ: each value with the articles that report it."""

    field: str
    values: tuple[tuple[Any, tuple[str, ...]], ...]

    def to_record(self) -> dict[str, Any]:
        return {"field": self.field,
                "values": [{"value": value, "articles": list(articles)} for value, articles in self.values]}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Disagreement:
        return cls(field=record["field"],
                   values=tuple((v["value"], tuple(v["articles"])) for v in record["values"]))


@dataclass(frozen=True)
class Link:
    """Why two reports were merged: the fields that matched, in words."""

    a: int
    b: int
    matched: tuple[str, ...]

    def to_record(self) -> dict[str, Any]:
        return {"events": [self.a, self.b], "matched": list(self.matched)}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Link:
        return cls(a=record["events"][0], b=record["events"][1], matched=tuple(record["matched"]))


@dataclass(frozen=True)
class Incident:
    id: str
    type: str
    family: str
    actor: str | None
    target: str | None
    date: dt.date | None
    date_precision: str
    location: Place | None
    reports: tuple[IncidentReport, ...]
    outlets: int
    first_report: IncidentReport
    latest_report: IncidentReport
    disagreements: tuple[Disagreement, ...]
    links: tuple[Link, ...]
    mode: str | None = None
    fatalities: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "family": self.family, "mode": self.mode,
            "actor": self.actor, "target": self.target, "date": _iso(self.date),
            "date_precision": self.date_precision,
            "location": self.location.to_record() if self.location else None,
            "fatalities": self.fatalities,
            "outlets": self.outlets, "report_count": len(self.reports),
            "first_report": self.first_report.to_record(), "latest_report": self.latest_report.to_record(),
            "reports": [report.to_record() for report in self.reports],
            "disagreements": [d.to_record() for d in self.disagreements],
            "why": [link.to_record() for link in self.links],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Incident:
        return cls(
            id=record["id"], type=record["type"], family=record["family"], mode=record["mode"],
            actor=record["actor"], target=record["target"], date=_date(record["date"]),
            date_precision=record["date_precision"],
            location=Place(**record["location"]) if record["location"] else None,
            fatalities=record["fatalities"], outlets=record["outlets"],
            reports=tuple(IncidentReport.from_record(r) for r in record["reports"]),
            first_report=IncidentReport.from_record(record["first_report"]),
            latest_report=IncidentReport.from_record(record["latest_report"]),
            disagreements=tuple(Disagreement.from_record(d) for d in record["disagreements"]),
            links=tuple(Link.from_record(link) for link in record["why"]),
        )


def group_incidents(reports: Iterable[ReportedEvent], grouping: GroupingRules | None = None) -> list[Incident]:
    """Group reports into incidents (every report ends in exactly one; most stand alone)."""
    grouping = grouping or rules()
    items = sorted(reports, key=lambda r: r.id)
    parent = {r.id: r.id for r in items}
    span = {r.id: (_when(r), _when(r)) for r in items}
    # An article reports a happening once (extraction already merges its repeats), so two of
    # its events are never one incident, directly or through a third report.
    sources = {r.id: {r.article_id} for r in items}
    links: dict[int, list[Link]] = defaultdict(list)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _candidates(items, grouping):
        root_a, root_b = find(a.id), find(b.id)
        if root_a == root_b:
            continue
        matched = match(a, b, grouping)
        if matched is None:
            continue
        if sources[root_a] & sources[root_b]:
            continue
        merged = _merge_span(span[root_a], span[root_b])
        if merged[0] and merged[1] and (merged[1] - merged[0]).days > grouping.max_span_days:
            continue
        parent[root_b] = root_a
        span[root_a] = merged
        sources[root_a] |= sources.pop(root_b)
        links[root_a].extend(links.pop(root_b, []))
        links[root_a].append(Link(a=a.id, b=b.id, matched=matched))

    members: dict[int, list[ReportedEvent]] = defaultdict(list)
    for r in items:
        members[find(r.id)].append(r)
    incidents = [_incident(group, tuple(links.get(root, ())), grouping) for root, group in members.items()]
    return sorted(incidents, key=lambda i: (_iso(i.date) or "", i.id))


# -- candidates: blocks swept by date --------------------------------------------------------

def _block_keys(r: ReportedEvent, grouping: GroupingRules) -> list[tuple[str, ...]]:
    event = r.event
    family = grouping.families.get(event.type, event.type)
    actor, target = _name(event.actor), _name(event.target)
    keys: list[tuple[str, ...]] = []
    if actor or target:
        if event.type in grouping.mutual_types:
            keys.append((family, "pair", *sorted((actor or "", target or ""))))
        else:
            keys.append((family, "pair", actor or "", target or ""))
    if family in grouping.contested_actor:
        if target:
            keys.append((family, "target", target))
        if actor:
            keys.append((family, "actor", actor))
    return keys


def _candidates(items: Sequence[ReportedEvent], grouping: GroupingRules):
    """Pairs sharing a block whose dates are within the widest window, in a stable order."""
    blocks: dict[tuple[str, ...], list[ReportedEvent]] = defaultdict(list)
    for r in items:
        for key in _block_keys(r, grouping):
            blocks[key].append(r)
    reach = max(grouping.window_days, grouping.undated_window_days)
    for key in sorted(blocks):
        block = blocks[key]
        dated = sorted((r for r in block if _when(r)), key=lambda r: (_when(r), r.id))
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if (_when(b) - _when(a)).days > reach:
                    break
                yield a, b
        undated = [r for r in block if not _when(r)]
        for i, a in enumerate(undated):
            for b in undated[i + 1:]:
                yield a, b


# -- matching one pair -----------------------------------------------------------------------

def match(a: ReportedEvent, b: ReportedEvent, grouping: GroupingRules | None = None) -> tuple[str, ...] | None:
    """The fields on which two reports agree enough to be one incident, or None."""
    grouping = grouping or rules()
    ea, eb = a.event, b.event
    family = grouping.families.get(ea.type, ea.type)
    if family != grouping.families.get(eb.type, eb.type):
        return None
    matched = [f"type family {family} ({ea.type}" + (f"/{eb.type})" if eb.type != ea.type else ")")]
    place = _place_match(ea.location, eb.location, grouping)
    if place is None:
        return None
    date = _date_match(a, b, grouping)
    if date is None:
        return None
    participants = _participants_match(ea, eb, family, grouping, strong_place=place.startswith("place "),
                                       same_day=date.startswith("same date"))
    if participants is None:
        return None
    return tuple(matched + participants + [place, date])


def _participants_match(ea: Event, eb: Event, family: str, grouping: GroupingRules, *,
                        strong_place: bool, same_day: bool) -> list[str] | None:
    a1, t1, a2, t2 = _name(ea.actor), _name(ea.target), _name(eb.actor), _name(eb.target)
    if a1 and a1 == a2 and t1 == t2:
        return [f"actor {a1}", f"target {t1}" if t1 else "no target in either"]
    if (ea.type in grouping.mutual_types and eb.type in grouping.mutual_types and a1 and t1
            and {a1, t1} == {a2, t2}):
        return [f"participants {a1} and {t1} (either direction, mutual act)"]
    if family not in grouping.contested_actor or not (strong_place or same_day):
        return None
    if t1 and t1 == t2:
        return [f"target {t1}", f"actor differs or unnamed ({a1 or 'unnamed'} / {a2 or 'unnamed'})"]
    if a1 and a1 == a2 and (t1 is None or t2 is None) and strong_place:
        return [f"actor {a1}", f"target only in one report ({t1 or t2 or 'none'})"]
    return None


def _place_match(p: Place | None, q: Place | None, grouping: GroupingRules) -> str | None:
    if p is None and q is None:
        return "no place in either"
    if p is None or q is None:
        return f"only one report names a place ({(p or q).name})"  # type: ignore[union-attr]
    if (p.geonameid and p.geonameid == q.geonameid) or p.name.lower() == q.name.lower():
        return f"place {p.name}"
    if p.lat is not None and q.lat is not None and p.lon is not None and q.lon is not None:
        km = _km(p.lat, p.lon, q.lat, q.lon)
        if km <= grouping.place_radius_km:
            return f"place {p.name} ~ {q.name} ({km:.0f} km apart)"
    if p.country and p.country == q.country and (_country_level(p) or _country_level(q)):
        return f"same country {p.country} ({p.name} / {q.name})"
    return None


def _date_match(a: ReportedEvent, b: ReportedEvent, grouping: GroupingRules) -> str | None:
    da, db = _day(a.event), _day(b.event)
    if da and db:
        gap = abs((da - db).days)
        if gap == 0:
            return f"same date {da}"
        return f"dates {min(da, db)} and {max(da, db)} ({gap} day apart)" if gap <= grouping.window_days else None
    wa, wb = _when(a), _when(b)
    if wa is None or wb is None:
        return "undated" if wa is None and wb is None else None
    gap = abs((wa - wb).days)
    if gap > grouping.undated_window_days:
        return None
    return f"undated report published within {gap} day(s) of the other"


# -- building one incident -------------------------------------------------------------------

def _incident(group: list[ReportedEvent], links: tuple[Link, ...], grouping: GroupingRules) -> Incident:
    group = sorted(group, key=lambda r: (r.published or dt.date.max, r.article_id, r.event.evidence.start))
    reports = tuple(IncidentReport(event_id=r.id, article_id=r.article_id, outlet=r.outlet,
                                   published=r.published, evidence=r.event.evidence) for r in group)
    dated = [r for r in group if r.published]
    first = min(dated, key=lambda r: r.published) if dated else group[0]  # type: ignore[arg-type,return-value]
    latest = max(dated, key=lambda r: r.published) if dated else group[-1]  # type: ignore[arg-type,return-value]
    events = [r.event for r in group]
    date, precision = _best_date(events)
    # Stable across rebuilds: the members' articles, spans and types (and store ids, which
    # never renumber, for two identical readings of one span).
    key = "|".join(sorted(f"{r.article_id}:{r.event.evidence.start}:{r.event.evidence.end}:{r.event.type}:{r.id}"
                          for r in group))
    return Incident(
        id="I" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        type=_most_common([e.type for e in events]) or events[0].type,
        family=grouping.families.get(events[0].type, events[0].type),
        actor=_most_common([_name(e.actor) for e in events]),
        target=_most_common([_name(e.target) for e in events]),
        mode=_most_common([e.mode for e in events]),
        fatalities=_most_common([e.fatalities for e in events]),
        date=date, date_precision=precision, location=_best_place(events),
        reports=reports, outlets=len({r.outlet or f"article:{r.article_id}" for r in group}),
        first_report=reports[group.index(first)], latest_report=reports[group.index(latest)],
        disagreements=_disagreements(group), links=links,
    )


def _disagreements(group: list[ReportedEvent]) -> tuple[Disagreement, ...]:
    found = []
    for name in DISAGREEMENT_FIELDS:
        values: dict[Any, list[str]] = {}
        for r in group:
            value = _field(r.event, name)
            if value is None:
                continue
            articles = values.setdefault(value, [])
            if r.article_id not in articles:
                articles.append(r.article_id)
        if name == "actor":
            values = _merge_parties(values)
        if len(values) > 1:
            ordered = sorted(values.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))
            found.append(Disagreement(field=name, values=tuple((v, tuple(a)) for v, a in ordered)))
    return tuple(found)


def _field(event: Event, name: str) -> Any:
    if name == "actor":
        return event.actor.party if event.actor is not None else None
    if name == "date":
        day = _day(event)
        return day.isoformat() if day else None
    if name == "location":
        return event.location.name if event.location else None
    return getattr(event, name)


def _best_date(events: list[Event]) -> tuple[dt.date | None, str]:
    """The most reported day; if no report gives a day, the most reported coarser date."""
    for precisions in (("day",), ("range", "month")):
        candidates = [(e.date, e.date_precision) for e in events if e.date and e.date_precision in precisions]
        if candidates:
            counts = Counter(candidates)
            return min(counts, key=lambda c: (-counts[c], c[0]))
    return None, "unresolved"


def _best_place(events: list[Event]) -> Place | None:
    """The most reported place; ties go to the most precise (gazetteer id, then coordinates)."""
    places = [e.location for e in events if e.location]
    if not places:
        return None
    counts = Counter(p.name for p in places)
    return max(places, key=lambda p: (counts[p.name], p.geonameid is not None, p.lat is not None))


# -- small helpers ---------------------------------------------------------------------------

def _merge_parties(values: dict[Any, list[str]]) -> dict[Any, list[str]]:
    """ "Hezbollah" and "Hezbollah fighters" name one responsible party: the shorter name stands."""
    merged: dict[Any, list[str]] = {}
    for value in sorted(values, key=len):
        home = next((kept for kept in merged if re.search(rf"\b{re.escape(kept)}\b", value)), value)
        merged.setdefault(home, [])
        merged[home].extend(a for a in values[value] if a not in merged[home])
    return merged


def _name(participant: Any) -> str | None:
    return participant.name if participant is not None else None


def _day(event: Event) -> dt.date | None:
    return event.date if event.date and event.date_precision == "day" else None


def _when(r: ReportedEvent) -> dt.date | None:
    """The day a report places its event: its own day, else its article's publication date."""
    return _day(r.event) or r.published


def _merge_span(x: tuple[dt.date | None, dt.date | None], y: tuple[dt.date | None, dt.date | None]):
    lows = [d for d in (x[0], y[0]) if d]
    highs = [d for d in (x[1], y[1]) if d]
    return (min(lows) if lows else None, max(highs) if highs else None)


def _country_level(place: Place) -> bool:
    return place.geonameid is None and place.lat is None


def _most_common(values: list[Any]) -> Any:
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    return max(counts, key=lambda v: (counts[v], -present.index(v)))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
