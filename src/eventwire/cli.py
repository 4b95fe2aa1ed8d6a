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


# -- Event store: ingest, failures, incidents, query, export, db ------------------------------

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Database: a SQLite file path or sqlite:///FILE (default ./eventwire.db), or postgresql://...")]


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"
    acled = "acled"


# Failures listed one by one at the end of an ingest; the rest are counted (all are stored).
FAILURES_SHOWN = 20


def _open_store(db: str | None, lock_timeout: float | None = None):
    from .store import Store

    return Store(db) if lock_timeout is None else Store(db, lock_timeout=lock_timeout)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .html, .jsonl, .rss/.atom/.xml feeds) or folders.")],
    db: DbOption = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for articles that lack one.")] = None,
    incidents: Annotated[bool, typer.Option("--incidents/--no-incidents", help="Rebuild incidents at the end.")] = True,
    lock_timeout: Annotated[Optional[float], typer.Option(help="Seconds to wait for a SQLite file locked by another process.")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML file overriding default options key by key.")] = None,
) -> None:
    """Store articles, their events and quotes in a database; skips what is already stored."""
    from .ingest.readers import parse_date
    from .service import ingest as ingest_corpus

    bar = None
    try:
        options = _options(config)
        default_date = parse_date(published) if published else None
        with _open_store(db, lock_timeout) as store:
            if sys.stderr.isatty():
                from tqdm import tqdm

                bar = tqdm(unit=" articles", desc="ingest", file=sys.stderr)
            summary = ingest_corpus(paths, store, options, published=default_date,
                                    progress=(lambda kind: bar.update(1)) if bar else None,
                                    rebuild_incidents=incidents)
    except EventwireError as exc:
        if bar:
            bar.close()
        _fail(exc)
    if bar:
        bar.close()
    for failure in summary.failures[:FAILURES_SHOWN]:
        typer.echo(f"{failure.origin}: {failure.message}", err=True)
    if len(summary.failures) > FAILURES_SHOWN:
        typer.echo(f"... and {len(summary.failures) - FAILURES_SHOWN} more (eventwire failures)", err=True)
    reasons = ", ".join(f"{code} ×{n}" for code, n in summary.failure_codes)
    typer.echo(f"eventwire: {summary.read} articles read, {summary.stored} stored, {summary.duplicates} skipped as "
               f"duplicates, {summary.failed} failed" + (f" ({reasons})" if reasons else "")
               + (f"; {summary.incidents} incidents" if summary.incidents is not None else ""), err=True)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def failures(db: DbOption = None,
             as_json: Annotated[bool, typer.Option("--json", help="One JSON object per failure.")] = False) -> None:
    """List the inputs that could not be stored: file, stage, code and reason."""
    try:
        with _open_store(db) as store:
            found = store.failures()
    except EventwireError as exc:
        _fail(exc)
    for failure in found:
        if as_json:
            typer.echo(json.dumps({"origin": failure.origin, "stage": failure.stage, "code": failure.code,
                                   "message": failure.message, "times": failure.times,
                                   "last_seen": failure.last_seen.isoformat()}, ensure_ascii=False))
        else:
            typer.echo(f"{failure.origin}\t{failure.stage}\t{failure.code}\t{failure.message}")
    if not as_json:
        typer.echo(f"eventwire: {len(found)} failures recorded", err=True)


incidents_app = typer.Typer(help="Incidents: events from different articles that report the same happening.",
                            no_args_is_help=True)
app.add_typer(incidents_app, name="incidents")


@incidents_app.command("rebuild")
def incidents_rebuild(db: DbOption = None) -> None:
    """Regroup every stored event into incidents."""
    from .service import rebuild

    try:
        with _open_store(db) as store:
            count = rebuild(store)
    except EventwireError as exc:
        _fail(exc)
    typer.echo(f"eventwire: {count} incidents", err=True)


db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create or migrate the database schema to this eventwire's revision (also done on every connect)."""
    from .store import head_revision

    try:
        with _open_store(db) as store:
            counts = store.counts()
    except EventwireError as exc:
        _fail(exc)
    typer.echo(f"eventwire: database at schema revision {head_revision()} ({counts.articles} articles, "
               f"{counts.events} events)", err=True)


def _event_query(actor, target, type, status, country, since, until):
    import datetime as dt

    from .errors import StoreError
    from .store import EventQuery

    def day(value: str | None):
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise StoreError("E072", value=value) from exc

    return EventQuery(actor=actor, target=target, type=type, status=status, country=country,
                      since=day(since), until=day(until))


@app.command()
def query(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor: canonical name, affiliation or code (case-insensitive).")] = None,
    target: Annotated[Optional[str], typer.Option(help="Target: canonical name, affiliation or code.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    status: Annotated[Optional[str], typer.Option(help="occurred, planned, possible or denied.")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO country code of the place, actor or target.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date (event date, else publication).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date.")] = None,
    incidents: Annotated[bool, typer.Option("--incidents", help="Incidents with a report matching the filters, not events.")] = False,
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="table, csv or jsonl.")] = QueryFormat.table,
) -> None:
    """Stored events (or incidents) matching the filters."""
    from . import views

    try:
        filters = _event_query(actor, target, type, status, country, since, until)
        with _open_store(db) as store:
            if incidents:
                views.write_incidents(store.incidents(filters), format.value, sys.stdout)
            else:
                views.write_events(store.events(filters), format.value, sys.stdout,
                                         views.incidents_by_event(store) if format != QueryFormat.table else {})
    except EventwireError as exc:
        _fail(exc)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl, parquet, gdelt (GDELT 2.0 event table) or acled.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    db: DbOption = None,
) -> None:
    """Export every stored event, each row linked to its article and evidence offsets."""
    from . import export as exporter
    from . import views

    try:
        with _open_store(db) as store:
            count = exporter.write(store.events(), format.value, output, views.incidents_by_event(store))
    except EventwireError as exc:
        _fail(exc)
    typer.echo(f"eventwire: {count} rows written to {output}", err=True)


# -- HTTP API and dashboard -------------------------------------------------------------------

@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind: loopback unless you mean to expose the server.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level: critical, error, warning, info, debug.")] = "warning",
) -> None:
    """Serve the HTTP API (/api, /docs, /openapi.json) and the dashboard (/) over a database.

    Writes (POST /api/articles, POST /api/extract) need 'Authorization: Bearer TOKEN': the token
    is EVENTWIRE_TOKEN if set, else a new one printed here at start.
    """
    import ipaddress
    import os
    import secrets

    import uvicorn

    from .web import create_app

    token = os.environ.get("EVENTWIRE_TOKEN") or None
    generated = token is None
    token = token or secrets.token_urlsafe(24)
    try:
        web_app = create_app(db, token)
    except EventwireError as exc:
        _fail(exc)
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        typer.echo(f"eventwire: warning: binding {host}, reachable beyond this machine; reads need no token",
                   err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"eventwire: serving {web_app.state.store.url.split('://', 1)[0]} store at http://{shown}:{port}/ "
               f"(API docs /docs, OpenAPI /openapi.json)", err=True)
    typer.echo(f"eventwire: write token: {token}" if generated else "eventwire: write token from EVENTWIRE_TOKEN",
               err=True)
    uvicorn.run(web_app, host=host, port=port, log_level=log_level, access_log=log_level in ("info", "debug"))


# -- Analysis: timelines, escalation, network, follow-through, contradictions; HTML report ---

analyze_app = typer.Typer(help="Analyses over the stored events: timeline, escalation, network, followthrough, "
                               "contradictions.", no_args_is_help=True)
app.add_typer(analyze_app, name="analyze")

ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="Actor: canonical name, affiliation or code.")]
TargetOpt = Annotated[Optional[str], typer.Option("--target", help="Target: canonical name, affiliation or code.")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
StatusOpt = Annotated[Optional[str], typer.Option("--status", help="occurred, planned, possible or denied.")]
CountryOpt = Annotated[Optional[str], typer.Option("--country", help="ISO country code of the place, actor or target.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Events on or after this date (event date, else publication).")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Events on or before this date.")]
AnalysisFormatOpt = Annotated[QueryFormat, typer.Option("--format", "-f", help="table, csv or jsonl.")]
PeriodOpt = Annotated[str, typer.Option("--period", help="day, week or month.")]


def _analyze(run) -> None:
    """Open the store, run one analysis, write it; library errors become 'Error: ...' and exit 1."""
    try:
        run()
    except EventwireError as exc:
        _fail(exc)


@analyze_app.command("timeline")
def analyze_timeline(
    db: DbOption = None, actor: ActorOpt = None, with_: Annotated[Optional[str], typer.Option(
        "--with", help="The other side of the dyad (same as --target).")] = None, target: TargetOpt = None,
    type: TypeOpt = None, status: StatusOpt = None, country: CountryOpt = None, since: SinceOpt = None,
    until: UntilOpt = None, period: PeriodOpt = "week",
    directed: Annotated[bool, typer.Option("--directed", help="Only acts of --actor on --with, not both ways.")] = False,
    format: AnalysisFormatOpt = QueryFormat.table,
) -> None:
    """Events between two actors per day, week or month, each with its article and sentence."""
    from .analysis import timeline
    from .analysis.output import write
    from .errors import AnalysisError

    def run() -> None:
        if not actor:
            raise AnalysisError("E081")
        filters = _event_query(None, None, type, status, country, since, until)
        with _open_store(db) as store:
            write(timeline(store, actor, with_ or target, directed=directed, period=period, query=filters),
                  format.value, sys.stdout)
    _analyze(run)


@analyze_app.command("escalation")
def analyze_escalation(
    db: DbOption = None, actor: ActorOpt = None, target: TargetOpt = None, type: TypeOpt = None,
    status: StatusOpt = None, country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    period: PeriodOpt = "week",
    top: Annotated[int, typer.Option("--top", help="Dyads listed as movers.")] = 10,
    recent: Annotated[int, typer.Option("--recent", help="Periods compared at the end of the corpus.")] = 1,
    format: AnalysisFormatOpt = QueryFormat.table,
) -> None:
    """PLOVER conflict–cooperation scores per dyad and period: trends, change points, biggest movers."""
    from .analysis import escalation
    from .analysis.output import write

    def run() -> None:
        filters = _event_query(actor, target, type, status, country, since, until)
        with _open_store(db) as store:
            write(escalation(store, period=period, query=filters, top=top, recent=recent), format.value, sys.stdout)
    _analyze(run)


@analyze_app.command("network")
def analyze_network(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Show only this party's neighbourhood.")] = None,
    depth: Annotated[int, typer.Option("--depth", help="Ties away from --actor.")] = 1,
    target: TargetOpt = None, type: TypeOpt = None, status: StatusOpt = None, country: CountryOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, format: AnalysisFormatOpt = QueryFormat.table,
) -> None:
    """Who acts on whom: cooperative and hostile ties, and alliances (communities of cooperation)."""
    from .analysis import neighbourhood, network
    from .analysis.output import write

    def run() -> None:
        filters = _event_query(None, target, type, status, country, since, until)
        with _open_store(db) as store:
            found = network(store, query=filters)
        write(neighbourhood(found, actor, depth) if actor else found, format.value, sys.stdout)
    _analyze(run)


@analyze_app.command("followthrough")
def analyze_followthrough(
    db: DbOption = None, actor: ActorOpt = None, target: TargetOpt = None, type: TypeOpt = None,
    status: StatusOpt = None, country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    within: Annotated[int, typer.Option("--within", help="Days after a threat in which an act counts as its follow-up.")] = 30,
    format: AnalysisFormatOpt = QueryFormat.table,
) -> None:
    """Threats (and planned attacks, coercion, sanctions): followed by the act within N days, by whom, how soon?"""
    from .analysis import followthrough
    from .analysis.output import write

    def run() -> None:
        filters = _event_query(actor, target, type, status, country, since, until)
        with _open_store(db) as store:
            write(followthrough(store, within_days=within, query=filters), format.value, sys.stdout,
                  kind="followthrough")
    _analyze(run)


@analyze_app.command("contradictions")
def analyze_contradictions(
    db: DbOption = None, actor: ActorOpt = None, target: TargetOpt = None, type: TypeOpt = None,
    status: StatusOpt = None, country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    format: AnalysisFormatOpt = QueryFormat.table,
) -> None:
    """Incidents whose reports disagree (toll, responsibility, method, date, place, denial), with each side's outlets."""
    from .analysis import contradictions
    from .analysis.output import write

    def run() -> None:
        filters = _event_query(actor, target, type, status, country, since, until)
        with _open_store(db) as store:
            write(contradictions(store, query=filters), format.value, sys.stdout, kind="contradictions")
    _analyze(run)


@app.command("report")
def report_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    db: DbOption = None, actor: ActorOpt = None, target: TargetOpt = None, type: TypeOpt = None,
    status: StatusOpt = None, country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    period: PeriodOpt = "week",
    within: Annotated[int, typer.Option("--within", help="Days for threat follow-through.")] = 30,
    top: Annotated[int, typer.Option("--top", help="Dyads shown as escalation movers.")] = 10,
) -> None:
    """One self-contained HTML report (no scripts, no network): figures, timelines, escalation, network,
    follow-through, contradictions, and the evidence sentence behind every item."""
    from . import report

    def run() -> None:
        filters = _event_query(actor, target, type, status, country, since, until)
        with _open_store(db) as store:
            report.write(store, output, query=filters, period=period, within_days=within, top=top)
    _analyze(run)
    typer.echo(f"eventwire: report written to {output}", err=True)
