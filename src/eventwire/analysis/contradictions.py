"""Contradictions: incidents whose reports disagree, each side with its outlets and sentences.

Reads the disagreements the incident grouping stored (``eventwire.incidents``): one
``Contradiction`` per incident and disagreeing field. Fields are named for the reader:
``fatalities`` is the death toll, ``actor`` the responsibility, ``status`` a denial when one side
says the act did not happen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..incidents import Incident, IncidentReport
from ..store import EventQuery, Store
from ._common import iso

ASPECTS = {"fatalities": "death toll", "actor": "responsibility", "mode": "method", "date": "date",
           "location": "place", "status": "status"}


@dataclass(frozen=True)
class Side:
    """One version of the disputed field: its value and the reports that give it."""

    value: Any
    reports: tuple[IncidentReport, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.outlet or r.article_id for r in self.reports))

    def to_record(self) -> dict[str, Any]:
        return {"value": self.value, "outlets": list(self.outlets),
                "reports": [{"article": r.article_id, "outlet": r.outlet, "published": iso(r.published),
                             "evidence": r.evidence.to_record()} for r in self.reports]}


@dataclass(frozen=True)
class Contradiction:
    incident: str
    type: str
    actor: str | None
    target: str | None
    date: dt.date | None
    place: str | None
    field: str
    aspect: str  # the field in words: death toll, responsibility, method, date, place, denial, status
    sides: tuple[Side, ...]

    def to_record(self) -> dict[str, Any]:
        return {"incident": self.incident, "type": self.type, "actor": self.actor, "target": self.target,
                "date": iso(self.date), "place": self.place, "field": self.field, "aspect": self.aspect,
                "sides": [s.to_record() for s in self.sides]}


def contradictions(store: Store, *, query: EventQuery | None = None) -> list[Contradiction]:
    """Every disagreement of every stored incident with a report matching ``query``."""
    found = []
    for incident in store.incidents(query):
        found.extend(_of(incident))
    return found


def _of(incident: Incident) -> list[Contradiction]:
    by_article: dict[str, list[IncidentReport]] = {}
    for report in incident.reports:
        by_article.setdefault(report.article_id, []).append(report)
    found = []
    for disagreement in incident.disagreements:
        sides = tuple(Side(value=value, reports=tuple(r for a in articles for r in by_article.get(a, ())))
                      for value, articles in disagreement.values)
        aspect = ASPECTS.get(disagreement.field, disagreement.field)
        if disagreement.field == "status" and any(s.value == "denied" for s in sides):
            aspect = "denial"
        found.append(Contradiction(
            incident=incident.id, type=incident.type, actor=incident.actor, target=incident.target,
            date=incident.date, place=incident.location.name if incident.location else None,
            field=disagreement.field, aspect=aspect, sides=sides))
    return found
