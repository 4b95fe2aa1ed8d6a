"""The ``eventwire`` command: thin Typer commands over the library.

Library errors become ``Error: ...`` on stderr and exit 1; per-article failures
are listed on stderr with a summary line, and the exit status is 2 when any
article failed (the others are still written).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .config import Options
from .errors import EventwireError
from .model import Article, ArticleResult, Failure

app = typer.Typer(help="eventwire: source-attributed political event data from news articles, offline.",
                  no_args_is_help=True, add_completion=False)


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


def _options(config: Path | None) -> Options:
    return Options.from_file(config) if config else Options()


def _fail(exc: EventwireError) -> None:
    typer.echo(f"Error: {exc}", err=True)
    raise typer.Exit(1)


# Exit statuses: 0 all articles processed; 1 an error that stopped the run (bad option, no
# model, bad data file); 2 a usage error (Click's own); 3 some articles failed, the rest written.
EXIT_SOME_FAILED = 3


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .html, .jsonl), folders, or - for stdin.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for articles that lack one.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="jsonl (DESIGN.md records), table or csv (one row per event).")] = Format.jsonl,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML file overriding default options key by key.")] = None,
) -> None:
    """Extract events and quotations from articles."""
    from . import formats
    from .ingest.readers import parse_date

    writer = {Format.jsonl: formats.write_jsonl, Format.csv: formats.write_csv,
              Format.table: formats.write_table}[format]
    tally = {"processed": 0, "failed": 0}
    try:
        options = _options(config)
        default_date = parse_date(published) if published else None
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            writer(_results(paths, options, default_date, tally), out)
        finally:
            if output:
                out.close()
    except EventwireError as exc:
        _fail(exc)
    typer.echo(f"eventwire: {tally['processed']} articles processed, {tally['failed']} failed", err=True)
    if tally["failed"]:
        raise typer.Exit(EXIT_SOME_FAILED)


def _results(paths: list[str], options: Options, default_date, tally: dict[str, int]) -> Iterator[ArticleResult]:
    """Extraction results for every readable article; each failure is reported on stderr as it comes."""
    from .ingest import read_paths
    from .pipeline import process

    def report(failure: Failure) -> None:
        tally["failed"] += 1
        typer.echo(f"{failure.origin}: {failure.message}", err=True)

    def articles() -> Iterator[Article]:
        for item in read_paths(paths, options):
            if isinstance(item, Failure):
                report(item)
            elif item.published is None and default_date is not None:
                yield dataclasses.replace(item, published=default_date)
            else:
                yield item

    for result in process(articles(), options):
        for error in result.errors:
            report(error)
        if not result.errors:
            tally["processed"] += 1
        yield result


@app.command("eval")
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (../shared/gold/GUIDELINES.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss, false alarm and wrong speaker.")] = False,
    split: Annotated[Optional[str], typer.Option(help="Only gold articles whose 'split' field has this value.")] = None,
    plover: Annotated[bool, typer.Option("--plover", help="GOLD is PLOVER_GSR_CAMEO.txt: score event type, source and target on its example records.")] = False,
) -> None:
    """Score extraction against hand-annotated gold: event P/R/F1, per type, dates, places, status, quotes."""
    from .evaluate import (evaluate, evaluate_plover, format_plover_report, format_report, read_gold,
                           read_plover_examples)

    try:
        if plover:
            plover_report = evaluate_plover(read_plover_examples(gold))
            typer.echo(json.dumps(plover_report.as_dict(), indent=2) if as_json else format_plover_report(plover_report))
            return
        report = evaluate(read_gold(gold, split))
    except EventwireError as exc:
        _fail(exc)
    if as_json:
        payload = report.as_dict()
        if errors:
            payload["errors"] = report.errors
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, show_errors=errors))


def main() -> None:  # pragma: no cover - console entry point
    app()
