"""Analysis results as a terminal table, CSV or JSON Lines (``eventwire analyze ...``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..formats import print_table
from .contradictions import Contradiction
from .escalation import DyadSeries, EscalationReport
from .followthrough import ThreatOutcome
from .network import ActorNetwork
from .timeline import Timeline

# Evidence sentences are cut to this many characters in terminal tables (CSV and JSONL keep them whole).
TABLE_EVIDENCE_CHARS = 90
# Follow-through rows already name two events; their sentences stay in CSV and JSONL only.
TABLE_HIDDEN = ("evidence", "date source")


def write(result: Any, format: str, out: TextIO, kind: str | None = None) -> int:
    """Write ``result`` (any analysis result) in ``format``; returns the number of rows or records.

    ``kind`` ("contradictions" or "followthrough") names what a list holds, so an empty one
    still prints the right columns.
    """
    if format == "jsonl":
        records = list(_records(result))
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
        return len(records)
    columns, rows = _rows(result, kind)
    if format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        keep = [i for i, c in enumerate(columns) if not (c in TABLE_HIDDEN and _is_threats(result))]
        _table([columns[i] for i in keep], [[_cut(row[i]) for i in keep] for row in rows], out)
        if isinstance(result, ActorNetwork):
            out.writelines(f"community {index}: {', '.join(members)}\n" for index, members in enumerate(result.communities))
    return len(rows)


def _records(result: Any) -> Iterable[dict[str, Any]]:
    if isinstance(result, Timeline):
        return (dict(b.to_record(), actor_a=result.actor_a, actor_b=result.actor_b) for b in result.buckets)
    if isinstance(result, EscalationReport):
        return (d.to_record() for d in (*result.undirected, *result.directed))
    if isinstance(result, ActorNetwork):
        community = {n.name: n.community for n in result.nodes}
        return (dict(e.to_record(), source_community=community.get(e.source),
                     target_community=community.get(e.target)) for e in result.edges)
    return (item.to_record() for item in result)


def _rows(result: Any, kind: str | None = None) -> tuple[list[str], list[list[str]]]:
    if isinstance(result, Timeline):
        return (["period", "date", "date_source", "type", "status", "actor", "target", "article", "evidence"],
                [[b.label, _s(e.date), _s(e.date_source), e.type + (f" ({e.mode})" if e.mode else ""), e.status,
                  _s(e.actor), _s(e.target), e.article, e.evidence.text] for b in result.buckets for e in b.events])
    if isinstance(result, EscalationReport):
        dyads: list[DyadSeries] = [*result.movers, *result.directed_movers]
        return (["dyad", "events", "total", f"change (last {result.recent} {result.period})", "trend per period",
                 "change points"],
                [[d.name, str(d.event_count), _n(d.total), _n(d.change), _n(d.trend),
                  "; ".join(f"{c.label} {_n(c.before)}→{_n(c.after)}" for c in d.change_points)] for d in dyads])
    if isinstance(result, ActorNetwork):
        community = {n.name: n.community for n in result.nodes}
        return (["source", "target", "kind", "events", "score", "source community", "target community"],
                [[e.source, e.target, e.kind, str(e.count), _n(e.score), _s(community.get(e.source)),
                  _s(community.get(e.target))] for e in result.edges])
    items = list(result)
    if (items and isinstance(items[0], Contradiction)) or (not items and kind == "contradictions"):
        return (["incident", "date", "type", "actor", "target", "place", "disagree on", "versions"],
                [[c.incident, _s(c.date), c.type, _s(c.actor), _s(c.target), _s(c.place), c.aspect,
                  " vs ".join(f"{s.value} ({', '.join(s.outlets)})" for s in c.sides)] for c in items])
    return (["status", "threat date", "date source", "actor", "target", "threat", "followed by", "via", "lag days",
             "article", "evidence"],
            [_threat_row(o) for o in items])


def _is_threats(result: Any) -> bool:
    return isinstance(result, list) and bool(result) and isinstance(result[0], ThreatOutcome)


def _threat_row(o: ThreatOutcome) -> list[str]:
    t, f = o.threat, o.followed_by
    follow = f"{f.event.type} by {f.event.actor} on {_s(f.event.date)} ({f.event.article})" if f else (o.reason or "")
    via = (f.via + (f" ({f.ally})" if f.ally else "")) if f else ""
    return [o.status, _s(t.date), _s(t.date_source), _s(t.actor), _s(t.target), f"{t.type} {t.status}", follow, via,
            _s(o.lag_days), t.article, t.evidence.text]


def _table(columns: list[str], rows: list[list[str]], out: TextIO) -> None:
    print_table(columns, rows, out, width=180)


def _s(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _n(value: float) -> str:
    return f"{value:g}"


def _cut(text: str) -> str:
    return text if len(text) <= TABLE_EVIDENCE_CHARS else text[:TABLE_EVIDENCE_CHARS - 1] + "…"
