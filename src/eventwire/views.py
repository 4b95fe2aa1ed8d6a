"""Query results from the store as a terminal table, CSV or JSON Lines (``eventwire query``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from .export import EXPORT_COLUMNS, event_record, flat_row
from .formats import print_table
from .incidents import Incident
from .store import Store, StoredEvent

INCIDENT_CSV_COLUMNS = ["id", "type", "actor", "target", "date", "location", "country", "reports", "outlets",
                        "first_article", "first_published", "latest_article", "latest_published",
                        "disagreements"]


def incidents_by_event(store: Store) -> dict[int, Incident]:
    return {report.event_id: incident for incident in store.incidents() for report in incident.reports}


def write_events(stored: Iterable[StoredEvent], format: str, out: TextIO,
                 incidents: Mapping[int, Incident]) -> int:
    count = 0
    if format == "jsonl":
        for item in stored:
            out.write(json.dumps(event_record(item, incidents), ensure_ascii=False) + "\n")
            count += 1
    elif format == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for item in stored:
            writer.writerow(flat_row(item, incidents))
            count += 1
    else:
        rows = [_event_cells(item) for item in stored]
        _table(["when", "who", "did", "to whom", "where", "says who", "article"], rows, out)
        count = len(rows)
    return count


def _event_cells(item: StoredEvent) -> list[str]:
    event = item.event
    did = event.type + (f" ({event.mode})" if event.mode else "") + (f", {event.fatalities} dead" if event.fatalities else "")
    when = event.date.isoformat() if event.date else "(undated)"
    if event.status != "occurred":
        when += f" {event.status}"
    where = f"{event.location.name}, {event.location.country}" if event.location else ""
    source = (event.source.name + (" (anonymous)" if event.source.anonymous else "")) if event.source else ""
    return [when, event.actor.name if event.actor else "unknown", did, event.target.name if event.target else "",
            where, source, item.article_id]


def incident_row(incident: Incident) -> dict[str, Any]:
    place = incident.location
    return {"id": incident.id, "type": incident.type, "actor": incident.actor, "target": incident.target,
            "date": incident.date.isoformat() if incident.date else None,
            "location": place.name if place else None, "country": place.country if place else None,
            "reports": len(incident.reports), "outlets": incident.outlets,
            "first_article": incident.first_report.article_id,
            "first_published": _iso(incident.first_report.published),
            "latest_article": incident.latest_report.article_id,
            "latest_published": _iso(incident.latest_report.published),
            "disagreements": ";".join(d.field for d in incident.disagreements)}


def write_incidents(found: Iterable[Incident], format: str, out: TextIO) -> int:
    count = 0
    if format == "jsonl":
        for incident in found:
            out.write(json.dumps(incident.to_record(), ensure_ascii=False) + "\n")
            count += 1
    elif format == "csv":
        writer = csv.DictWriter(out, fieldnames=INCIDENT_CSV_COLUMNS)
        writer.writeheader()
        for incident in found:
            writer.writerow(incident_row(incident))
            count += 1
    else:
        rows = []
        for incident in found:
            row = incident_row(incident)
            rows.append([row["date"] or "(undated)", incident.type, row["actor"] or "unknown", row["target"] or "",
                         f"{row['location']}, {row['country']}" if row["location"] else "",
                         str(row["reports"]), str(row["outlets"]), row["disagreements"]])
        _table(["when", "type", "who", "to whom", "where", "reports", "outlets", "disagree on"], rows, out)
        count = len(rows)
    return count


def _table(columns: list[str], rows: list[list[str]], out: TextIO) -> None:
    print_table(columns, rows, out, width=160)


def _iso(value) -> str | None:
    return value.isoformat() if value else None
