"""One self-contained HTML report over the event store (``eventwire report``).

Headline figures, dyad timelines, escalation, the actor network, threat follow-through and
contradicting reports, every item linked to an evidence section that quotes its sentence with
the article id and outlet. Inline CSS and inline SVG only: no script, no stylesheet, no image
or font is fetched, so the file opens the same offline, attached to an email, or archived.
Everything from the articles is escaped (Jinja2 autoescape).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .analysis import (
    ActorNetwork,
    Contradiction,
    EscalationReport,
    EventRef,
    ThreatOutcome,
    Timeline,
    contradictions,
    escalation,
    followthrough,
    network,
    svg,
    timeline,
    weights,
)
from .analysis._common import check_period
from .errors import AnalysisError
from .report_template import TEMPLATE
from .store import EventQuery, Store

# Dyads given a timeline in the report when no --actor/--target pair is asked for.
REPORT_TIMELINES = 3
# Network ties listed in the report's tables, by event count.
REPORT_EDGES = 25


@dataclass(frozen=True)
class Evidence:
    anchor: str
    article: str
    outlet: str | None
    published: dt.date | None
    title: str | None
    text: str
    start: int
    end: int


def render(store: Store, *, query: EventQuery | None = None, period: str = "week", within_days: int = 30,
           top: int = 10) -> str:
    """The report as one HTML string."""
    from jinja2 import Environment

    check_period(period)
    query = query or EventQuery()
    counts = store.counts()
    esc = escalation(store, period=period, query=query, top=top)
    net = network(store, query=query)
    threats = followthrough(store, within_days=within_days, query=query, alliances=network(store))
    found = contradictions(store, query=query)
    timelines = _timelines(store, query, esc, period)
    evidence: dict[str, Evidence] = {}
    for ref in _refs(timelines, esc, net, threats, top):
        evidence.setdefault(ref.anchor, Evidence(ref.anchor, ref.article, ref.outlet, ref.published, ref.title,
                                                 ref.evidence.text, ref.evidence.start, ref.evidence.end))
    for item in found:
        for side in item.sides:
            for r in side.reports:
                evidence.setdefault(f"ev-{r.event_id}", Evidence(f"ev-{r.event_id}", r.article_id, r.outlet,
                                                                  r.published, None, r.evidence.text,
                                                                  r.evidence.start, r.evidence.end))
    titles = _titles(store, {e.article for e in evidence.values() if e.title is None})
    context: dict[str, Any] = {
        "generated": dt.date.today().isoformat(), "filters": _filters(query), "counts": counts, "period": period,
        "within_days": within_days, "weights": weights(),
        "timelines": [(t, Markup(svg.bars([(b.label, float(len(b.events))) for b in t.buckets],
                                          title=f"events per {period}", counts=True))) for t in timelines],
        "escalation": esc,
        "escalation_charts": [(d, Markup(svg.bars([(p.label, p.score) for p in d.series],
                                                   title=f"{d.name}: score per {period}"))) for d in esc.movers],
        "network": net, "network_svg": Markup(svg.network(net)),
        "edges": sorted(net.edges, key=lambda e: (-e.count, e.score, e.source, e.target))[:REPORT_EDGES],
        "threats": threats, "threat_counts": {s: sum(1 for t in threats if t.status == s)
                                              for s in ("followed", "unfulfilled", "unassessable")},
        "contradictions": found,
        "evidence": sorted(evidence.values(), key=lambda e: (e.article, e.start)), "titles": titles,
    }
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return environment.from_string(TEMPLATE).render(**context)


def write(store: Store, path: Path, **options: Any) -> None:
    text = render(store, **options)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise AnalysisError("E086", path=path, reason=exc.strerror or exc) from exc


def _timelines(store: Store, query: EventQuery, esc: EscalationReport, period: str) -> list[Timeline]:
    if query.actor and query.target:
        return [timeline(store, query.actor, query.target, period=period, query=query)]
    pairs = sorted(esc.undirected, key=lambda d: (-d.event_count, d.total, d.actor, d.target))[:REPORT_TIMELINES]
    return [timeline(store, d.actor, d.target, period=period, query=query) for d in pairs]


def _refs(timelines: list[Timeline], esc: EscalationReport, net: ActorNetwork, threats: list[ThreatOutcome],
          top: int) -> list[EventRef]:
    refs: list[EventRef] = [e for t in timelines for b in t.buckets for e in b.events]
    refs += [e for d in esc.movers for e in d.events]
    refs += [e for edge in sorted(net.edges, key=lambda e: (-e.count, e.score, e.source, e.target))[:REPORT_EDGES]
             for e in edge.events]
    for outcome in threats:
        refs.append(outcome.threat)
        if outcome.followed_by:
            refs.append(outcome.followed_by.event)
    return refs


def _titles(store: Store, articles: set[str]) -> dict[str, str | None]:
    found = {}
    for article_id in sorted(articles):
        article = store.article(article_id)
        found[article_id] = article.title if article else None
    return found


def _filters(query: EventQuery) -> str:
    parts = [f"{name}={value}" for name, value in vars(query).items() if value]
    return ", ".join(parts) if parts else "none"


__all__ = ["Contradiction", "render", "write"]
