"""The ``eventwire`` command: thin Typer commands over the library.

Library errors become ``Error: ...`` on stderr and exit 1; per-article failures
are listed on stderr with a summary line, and the exit status is 2 when any
article failed (the others are still written).
"""

from __future__ import annotations

import json
import sys
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
    from .ingest import read_paths
    from .ingest.readers import parse_date
    from .pipeline import process

    try:
        options = _options(config)
        default_date = parse_date(published) if published else None
    except EventwireError as exc:
        _fail(exc)
    failures: list[Failure] = []
    done = 0

    def articles() -> "list[Article] | object":
        for item in read_paths(paths, options):
            if isinstance(item, Failure):
                failures.append(item)
                typer.echo(f"{item.origin}: {item.message}", err=True)
                continue
            if item.published is None and default_date is not None:
                from dataclasses import replace
                item = replace(item, published=default_date)
            yield item

    def results() -> "object":
        nonlocal done
        for result in process(articles(), options):
            if result.errors:
                failures.extend(result.errors)
                for error in result.errors:
                    typer.echo(f"{error.origin}: {error.message}", err=True)
            done += 1
            yield result

    writer = {Format.jsonl: formats.write_jsonl, Format.csv: formats.write_csv,
              Format.table: formats.write_table}[format]
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        writer(results(), out)
    finally:
        if output:
            out.close()
    typer.echo(f"eventwire: {done} articles processed, {len(failures)} failed", err=True)
    if failures:
        raise typer.Exit(2)


@app.command("eval")
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (../shared/gold/GUIDELINES.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss, false alarm and wrong speaker.")] = False,
    split: Annotated[Optional[str], typer.Option(help="Only gold articles whose 'split' field has this value.")] = None,
) -> None:
    """Score extraction against hand-annotated gold: event P/R/F1, per type, dates, places, status, quotes."""
    from .evaluate import evaluate, format_report, read_gold

    try:
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
