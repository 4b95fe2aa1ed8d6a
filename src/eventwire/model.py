"""The typed records every stage agrees on.

Imports nothing of eventwire. Each record is a frozen dataclass; ``to_record``
turns it into the JSON shape of DESIGN.md (the shape gold files and
``eventwire eval`` use), so no dict-shaped result crosses a module boundary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ASSAULT_MODES = ("aerial", "explosive", "firearms", "artillery", "ground", "abduction", "other")
STATUSES = ("occurred", "planned", "possible", "denied")
DATE_PRECISIONS = ("day", "month", "range", "unresolved")


@dataclass(frozen=True)
class Article:
    """One news article as read by ingest; ``text`` is what every span indexes into."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # file (and line) it was read from, for error messages

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
        }


@dataclass(frozen=True)
class Span:
    """A character span of the article text: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Participant:
    """An actor, target or speaker: canonical ``name`` plus the ``text`` as written."""

    name: str
    text: str
    kind: str | None = None
    country: str | None = None
    code: str | None = None
    affiliation: str | None = None

    @property
    def party(self) -> str:
        """The side it stands for: its affiliation (Nasrallah → Hezbollah, the Mossad → Israel),
        else its own name."""
        return self.affiliation or self.name

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "name": self.name, "text": self.text, "kind": self.kind,
            "country": self.country, "code": self.code,
        }
        if self.affiliation:
            record["affiliation"] = self.affiliation
        return record


@dataclass(frozen=True)
class Place:
    """A gazetteer entry the text's place mention resolved to."""

    name: str
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name, "text": self.text, "country": self.country,
            "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid,
        }


@dataclass(frozen=True)
class Source:
    """Who the article attributes an event to."""

    name: str
    text: str
    anonymous: bool = False

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "anonymous": self.anonymous}


@dataclass(frozen=True)
class Event:
    type: str
    actor: Participant | None
    target: Participant | None
    status: str
    evidence: Span
    mode: str | None = None
    location: Place | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_precision: str = "unresolved"
    # Where the date came from: "text" (the event's own clause), "paragraph" (an earlier sentence
    # of its paragraph), "publication" (a lede event with no date of its own), or None.
    date_source: str | None = None
    source: Source | None = None
    fatalities: int | None = None
    confidence: float = 0.5
    article_id: str = ""
    # (first conjunct, own verb) character offsets when the act is one of coordinated verbs each with
    # its own object ("imposed a curfew and shut the borders"): two acts, never merged as one.
    act: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    def to_record(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode,
            "actor": self.actor.to_record() if self.actor else None,
            "target": self.target.to_record() if self.target else None,
            "location": self.location.to_record() if self.location else None,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text, "date_precision": self.date_precision,
            "date_source": self.date_source,
            "status": self.status,
            "source": self.source.to_record() if self.source else None,
            "fatalities": self.fatalities,
            "evidence": self.evidence.to_record(),
            "confidence": round(self.confidence, 2),
        }


@dataclass(frozen=True)
class Quote:
    speaker: Participant | None
    anonymous: bool
    cue: str | None
    text: str
    start: int
    end: int
    article_id: str = ""

    def to_record(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_record() if self.speaker else None,
            "anonymous": self.anonymous, "cue": self.cue,
            "text": self.text, "start": self.start, "end": self.end,
        }


@dataclass(frozen=True)
class Failure:
    """Why one input could not be processed: where, at which stage, and the coded reason."""

    origin: str
    stage: str
    code: str
    message: str

    def to_record(self) -> dict[str, Any]:
        return {"origin": self.origin, "stage": self.stage, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article: the record ``eventwire extract`` writes."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    errors: tuple[Failure, ...] = field(default_factory=tuple)

    def to_record(self) -> dict[str, Any]:
        record = self.article.to_record()
        record["events"] = [event.to_record() for event in self.events]
        record["quotes"] = [quote.to_record() for quote in self.quotes]
        record["errors"] = [error.to_record() for error in self.errors]
        return record
