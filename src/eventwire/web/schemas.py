"""HTTP schemas: pydantic models at the edge, for request bodies and the OpenAPI document.

Responses are built from the library's records (``to_record``) and described here; a test
validates real responses against these models so the document cannot drift from the data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# Upper bound of ``limit`` on every paged endpoint.
MAX_LIMIT = 500
DEFAULT_LIMIT = 50


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    """The one shape of every HTTP error."""

    ok: Literal[False] = False
    error: str = Field(description="What went wrong and what to do.")
    status: int = Field(description="The HTTP status, repeated in the body.")


class ParticipantOut(_Open):
    name: str
    text: str
    kind: str | None = None
    country: str | None = None
    code: str | None = None
    affiliation: str | None = None


class PlaceOut(_Open):
    name: str
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class SourceOut(_Open):
    name: str
    text: str
    anonymous: bool


class SpanOut(BaseModel):
    text: str
    start: int = Field(description="Character offset into the article text (text[start:end] is the evidence).")
    end: int


class EventOut(_Open):
    """A stored event: DESIGN.md's event record plus its id, its article and its incident."""

    id: int
    article: str
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    type: str
    mode: str | None = None
    actor: ParticipantOut | None = None
    target: ParticipantOut | None = None
    location: PlaceOut | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_precision: str
    date_source: str | None = None
    status: Literal["occurred", "planned", "possible", "denied"]
    source: SourceOut | None = None
    fatalities: int | None = None
    evidence: SpanOut
    confidence: float
    incident: str | None = None


class QuoteOut(_Open):
    speaker: ParticipantOut | None = None
    anonymous: bool
    cue: str | None = None
    text: str
    start: int
    end: int


class _Page(BaseModel):
    ok: Literal[True] = True
    total: int = Field(description="How many items match in all.")
    limit: int
    offset: int


class EventPage(_Page):
    items: list[EventOut]


class IncidentOut(_Open):
    id: str
    type: str
    actor: str | None = None
    target: str | None = None
    date: dt.date | None = None
    report_count: int
    outlets: int
    reports: list[dict[str, Any]]
    disagreements: list[dict[str, Any]]


class IncidentPage(_Page):
    items: list[IncidentOut]


class ActorOut(BaseModel):
    name: str
    kind: str | None = None
    country: str | None = None
    code: str | None = None
    events: int
    as_actor: int
    as_target: int


class ActorPage(_Page):
    items: list[ActorOut]


class PlaceCountOut(BaseModel):
    name: str
    country: str | None = None
    lat: float
    lon: float
    events: int
    fatalities: int


class PlacePage(_Page):
    items: list[PlaceCountOut]


class ArticleSummaryOut(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    events: int
    quotes: int


class ArticlePage(_Page):
    items: list[ArticleSummaryOut]


class ArticleOut(BaseModel):
    ok: Literal[True] = True
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    text: str = Field(description="The article text as eventwire read it; every span indexes into it.")
    events: list[EventOut]
    quotes: list[QuoteOut]


class TimelineBucketOut(_Open):
    period: str
    start: dt.date
    end: dt.date
    count: int
    score: float
    events: list[dict[str, Any]]


class TimelineRecord(_Open):
    actor_a: str
    actor_b: str | None = None
    directed: bool
    period: str
    count: int
    buckets: list[TimelineBucketOut]
    undated: list[dict[str, Any]]


class DyadSeriesOut(_Open):
    dyad: str
    actor: str
    target: str
    directed: bool
    total: float
    events: int
    series: list[dict[str, Any]]
    change_points: list[dict[str, Any]]
    evidence: list[dict[str, Any]]


class EscalationRecord(_Open):
    period: str
    last_period: dt.date | None = None
    movers: list[DyadSeriesOut]
    directed_movers: list[DyadSeriesOut]
    undirected: list[DyadSeriesOut]
    directed: list[DyadSeriesOut]


class NodeOut(_Open):
    name: str
    acts: int
    received: int
    community: int | None = None


class EdgeOut(_Open):
    source: str
    target: str
    kind: str
    count: int
    events: list[dict[str, Any]]


class NetworkRecord(_Open):
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    communities: list[list[str]]


class _Analysis(BaseModel):
    ok: Literal[True] = True
    analysis: str
    params: dict[str, Any] = Field(description="The parameters the analysis ran with.")


class TimelineOut(_Analysis):
    result: TimelineRecord


class EscalationOut(_Analysis):
    result: EscalationRecord


class NetworkOut(_Analysis):
    result: NetworkRecord


class ThreatOutcomeOut(_Open):
    threat: dict[str, Any]
    status: Literal["followed", "unfulfilled", "unassessable"]
    within_days: int
    followed_by: dict[str, Any] | None = None
    lag_days: int | None = None


class FollowthroughOut(_Analysis, _Page):
    items: list[ThreatOutcomeOut]


class ContradictionOut(_Open):
    incident: str
    type: str
    field: str
    aspect: str
    sides: list[dict[str, Any]]


class ContradictionsOut(_Analysis, _Page):
    items: list[ContradictionOut]


class HealthOut(BaseModel):
    ok: Literal[True] = True
    version: str


class CountsOut(BaseModel):
    ok: Literal[True] = True
    articles: int
    events: int
    quotes: int
    failures: int
    incidents: int


# -- writes ----------------------------------------------------------------------------------

class ArticleIn(BaseModel):
    """One article to ingest; ``id`` defaults to the hash of the text."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=200)
    text: str = Field(min_length=1)
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None


class ArticlesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=200)


class FailureOut(BaseModel):
    origin: str
    stage: str
    code: str
    message: str


class IngestOut(BaseModel):
    ok: Literal[True] = True
    read: int
    stored: int
    duplicates: int
    failed: int
    failures: list[FailureOut]
    incidents: int | None = None
    ids: list[str] = Field(description="Ids of the submitted articles, in order.")


class ExtractIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    id: str | None = Field(default=None, max_length=200)


class ExtractOut(_Open):
    ok: Literal[True] = True
    id: str
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    errors: list[dict[str, Any]]
