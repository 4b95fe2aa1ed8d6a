"""Threat follow-through: was a threat followed by the threatened kind of act, and how soon?

A threat is a THREATEN event (any status but denied) or a planned ASSAULT, COERCE or SANCTION,
by A against B. It is followed when, within ``within_days`` of the threat's date, an ASSAULT,
COERCE or SANCTION that occurred was carried out

- by A itself (``via="self"``: the actor's name or affiliation matches A's), or
- by one of A's allies (``via="ally"``): a party whose ties with A in the whole store outweigh
  their hostilities (``ActorNetwork.allies_of``: net conflict–cooperation score above zero),

on B or B's affiliates (the target's name or affiliation matches B's name or affiliation).

Dates: an event's own date, else its article's publication date (``date_source`` says which).
A follow-up reported in the threat's own article counts only if both carry their own dates and
the act's is later: an undated act in the threat's article is usually the act that provoked it
("vowed revenge for the killing of ..."), dated by publication it would pass as the reply.
Threats with no target or no date cannot be checked and are listed as ``unassessable`` with
the reason. The earliest follow-up wins; on the same day, the actor's own act before an ally's.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import AnalysisError
from ..store import EventQuery, Store, StoredEvent
from ._common import EventRef, events, party, sides, when
from .network import ActorNetwork, network

FOLLOW_TYPES = ("ASSAULT", "COERCE", "SANCTION")
PLANNED_TYPES = ("ASSAULT", "COERCE", "SANCTION")


@dataclass(frozen=True)
class FollowUp:
    event: EventRef
    via: str  # "self" or "ally"
    ally: str | None = None  # the ally's party, when via == "ally"

    def to_record(self) -> dict[str, Any]:
        record = self.event.to_record()
        record["via"] = self.via
        record["ally"] = self.ally
        return record


@dataclass(frozen=True)
class ThreatOutcome:
    threat: EventRef
    status: str  # followed, unfulfilled or unassessable
    within_days: int
    followed_by: FollowUp | None = None
    lag_days: int | None = None
    allies: tuple[str, ...] = ()  # the threat actor's allies, as considered
    reason: str | None = None     # why unassessable

    def to_record(self) -> dict[str, Any]:
        return {"threat": self.threat.to_record(), "status": self.status, "within_days": self.within_days,
                "followed_by": self.followed_by.to_record() if self.followed_by else None,
                "lag_days": self.lag_days, "allies": list(self.allies), "reason": self.reason}


def followthrough(store: Store, *, within_days: int = 30, query: EventQuery | None = None,
                  alliances: ActorNetwork | None = None) -> list[ThreatOutcome]:
    """Every threat in the events matching ``query``, with its follow-up (or none) within ``within_days``."""
    if within_days < 1:
        raise AnalysisError("E082", value=within_days)
    # Only the kinds that can be a threat are read, each filtered in SQL (within the caller's filters).
    base = query or EventQuery()
    kinds = [("THREATEN", base.status), *((kind, "planned") for kind in PLANNED_TYPES)]
    threats = [item for kind, status in kinds
               if (base.type is None or base.type.upper() == kind) and (base.status is None or base.status == status)
               for item in events(store, base, type=kind, status=status) if _is_threat(item)]
    if not threats:
        return []
    alliances = alliances or network(store)
    acts = _acts_by_target(item for kind in FOLLOW_TYPES
                           for item in store.events(EventQuery(type=kind, status="occurred")))
    outcomes = [_outcome(threat, acts, alliances, within_days) for threat in threats]
    order = {"followed": 0, "unfulfilled": 1, "unassessable": 2}
    return sorted(outcomes, key=lambda o: (order[o.status], o.threat.date or dt.date.max, o.threat.article,
                                           o.threat.evidence.start))


def _is_threat(item: StoredEvent) -> bool:
    event = item.event
    if event.type == "THREATEN":
        return event.status != "denied"
    return event.type in PLANNED_TYPES and event.status == "planned"


# Side (lower-cased name or affiliation) → the acts on it, as (day, id, act) in date order.
ActIndex = dict[str, list[tuple[dt.date, int, StoredEvent]]]


def _acts_by_target(acts: Iterable[StoredEvent]) -> ActIndex:
    """Acts filed under each side they hit, by date: a threat looks only at its target's window."""
    index: ActIndex = defaultdict(list)
    for act in acts:
        day, _ = when(act)
        if day is not None:
            for side in sides(act.event.target):
                index[side].append((day, act.id, act))
    for dated in index.values():
        dated.sort(key=lambda entry: entry[:2])
    return index


def _window(acts: ActIndex, target_sides: frozenset[str], start: dt.date,
            within: int) -> list[tuple[dt.date, StoredEvent]]:
    """(day, act) for the acts on any of the target's sides dated ``start`` to ``within`` days after."""
    found: dict[int, tuple[dt.date, StoredEvent]] = {}
    end = start + dt.timedelta(days=within)
    for side in target_sides:
        dated = acts.get(side, [])
        for day, act_id, act in dated[bisect.bisect_left(dated, (start,), key=lambda e: e[:1]):]:
            if day > end:
                break
            found[act_id] = (day, act)
    return list(found.values())


def _outcome(threat: StoredEvent, acts: ActIndex, alliances: ActorNetwork, within: int) -> ThreatOutcome:
    ref = EventRef.of(threat)
    actor_party = party(threat.event.actor)
    allies = alliances.allies_of(actor_party) if actor_party else ()
    if threat.event.actor is None:
        return ThreatOutcome(ref, "unassessable", within, reason="the threat names no actor")
    if threat.event.target is None:
        return ThreatOutcome(ref, "unassessable", within, allies=allies, reason="the threat names no target")
    if ref.date is None:
        return ThreatOutcome(ref, "unassessable", within, allies=allies,
                             reason="neither the threat nor its article has a date")
    actor_sides, target_sides = sides(threat.event.actor), sides(threat.event.target)
    ally_names = {a.lower() for a in allies}
    best: tuple[tuple[int, int, int], FollowUp] | None = None
    for day, act in _window(acts, target_sides, ref.date, within):
        if act.id == threat.id:
            continue
        if act.article_id == threat.article_id and not (
                ref.date_source == "event" and act.event.date is not None and day > ref.date):
            continue
        act_party = party(act.event.actor)
        if sides(act.event.actor) & actor_sides:
            follow = FollowUp(EventRef.of(act), via="self")
        elif act_party and act_party.lower() in ally_names:
            follow = FollowUp(EventRef.of(act), via="ally", ally=act_party)
        else:
            continue
        key = ((day - ref.date).days, 0 if follow.via == "self" else 1, act.id)
        if best is None or key < best[0]:
            best = (key, follow)
    if best is None:
        return ThreatOutcome(ref, "unfulfilled", within, allies=allies)
    return ThreatOutcome(ref, "followed", within, followed_by=best[1], lag_days=best[0][0], allies=allies)
