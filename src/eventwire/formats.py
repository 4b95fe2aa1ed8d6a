"""Writing ArticleResults as JSON Lines, CSV (one row per event) or a terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from .model import ArticleResult, Event

CSV_COLUMNS = ["article", "type", "mode", "actor", "target", "status", "date", "date_precision",
               "location", "country", "lat", "lon", "source", "source_anonymous", "fatalities",
               "confidence", "evidence", "start", "end"]


def write_jsonl(results: Iterable[ArticleResult], out: TextIO) -> None:
    out.writelines(json.dumps(result.to_record(), ensure_ascii=False) + "\n" for result in results)


def event_row(article_id: str, event: Event) -> dict[str, object]:
    return {
        "article": article_id, "type": event.type, "mode": event.mode,
        "actor": event.actor.name if event.actor else None,
        "target": event.target.name if event.target else None,
        "status": event.status, "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "location": event.location.name if event.location else None,
        "country": event.location.country if event.location else None,
        "lat": event.location.lat if event.location else None,
        "lon": event.location.lon if event.location else None,
        "source": event.source.name if event.source else None,
        "source_anonymous": event.source.anonymous if event.source else None,
        "fatalities": event.fatalities, "confidence": round(event.confidence, 2),
        "evidence": event.evidence.text, "start": event.evidence.start, "end": event.evidence.end,
    }


def write_csv(results: Iterable[ArticleResult], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for result in results:
        for event in result.events:
            writer.writerow(event_row(result.article.id, event))


def print_table(columns: list[str], rows: list[list[str]], out: TextIO, width: int = 160) -> None:
    """A plain terminal table (Rich), shared by every command that prints one."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console(file=out, width=width, force_terminal=False).print(table)


def write_table(results: Iterable[ArticleResult], out: TextIO) -> None:
    """A readable table per article, in the shape of DESIGN.md's: when, who, did, to whom, where, says who."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=160, force_terminal=False)
    for result in results:
        article = result.article
        table = Table(title=f"{article.title or article.id} ({article.outlet or 'unknown outlet'}, "
                            f"{article.published or 'undated'})", show_lines=False)
        for column in ("when", "who", "did", "to whom", "where", "says who"):
            table.add_column(column)
        for event in result.events:
            did = event.type + (f" ({event.mode})" if event.mode else "")
            if event.fatalities:
                did += f", {event.fatalities} dead"
            when = event.date.isoformat() if event.date else ("(undated)" if event.status == "occurred" else event.status)
            if event.status not in ("occurred",) and event.date:
                when += f" {event.status}"
            where = f"{event.location.name}, {event.location.country}" if event.location else ""
            source = ""
            if event.source:
                source = event.source.name + (" (anonymous)" if event.source.anonymous else "")
            table.add_row(when, event.actor.name if event.actor else "unknown", did,
                          event.target.name if event.target else "", where, source)
        console.print(table)
        for quote in result.quotes:
            speaker = quote.speaker.name if quote.speaker else "unknown speaker"
            flag = " (anonymous)" if quote.anonymous else ""
            console.print(f"  “{quote.text[:100]}{'…' if len(quote.text) > 100 else ''}” — {speaker}{flag}")
