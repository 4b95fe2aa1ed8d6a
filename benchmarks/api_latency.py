"""HTTP API latency on a 100,000-event store, as a ratio to a trivial endpoint of the same server.

    python benchmarks/api_latency.py [--events 100000] [--clients 8] [--requests 200] [--db FILE]

1. Builds (or reuses, with --db FILE) a SQLite store of at least ``--events`` events: the dev
   gold articles are extracted once by the real pipeline, then their results are stored again
   and again through ``Store.add`` under new ids, outlets and dates (shifted a week per copy),
   so the rows are real extractions spread over years; incidents are rebuilt at the end.
2. Starts ``eventwire serve`` on a free 127.0.0.1 port.
3. For each endpoint, ``--clients`` threads (one httpx client each) send a fixed number of
   requests between them; the run stops by itself. Heavy analyses get ``--heavy-requests``.
4. Prints p50 and p99 per endpoint in milliseconds and as a ratio to ``/api/health`` measured
   the same way, so the figure to compare across machines is the ratio, not the milliseconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from webserver import DEV_GOLD, running_server

# Endpoints timed, and whether each is a heavy analysis (fewer requests). Filters use the
# dev gold's most frequent actors so they select real rows.
ENDPOINTS = [
    ("/api/health", False),
    ("/api/counts", False),
    ("/api/events?limit=50", False),
    ("/api/events?limit=50&offset=50000", False),
    ("/api/events?actor=Israel&limit=50", False),
    ("/api/events?type=ASSAULT&since=2020-01-01&limit=50&context=true", False),
    ("/api/actors?limit=50", False),
    ("/api/places", False),
    ("/api/articles?limit=50", False),
    ("/api/articles/{article}", False),
    ("/api/incidents?limit=50", True),
    ("/api/analysis/timeline?actor=Israel&with=Hezbollah&period=month", True),
    ("/api/analysis/escalation?period=month", True),
    ("/api/analysis/network", True),
    ("/api/analysis/followthrough?within=30", True),
    ("/api/analysis/contradictions", True),
]


def build_store(path: Path, target_events: int) -> dict[str, int]:
    """Store real extraction results, copied under new ids and dates, until ``target_events``."""
    from eventwire import process
    from eventwire.ingest import content_id
    from eventwire.ingest.readers import parse_date
    from eventwire.model import Article
    from eventwire.service import rebuild
    from eventwire.store import Store

    articles = []
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            articles.append(Article(id=record["id"], text=record["text"], published=parse_date(record.get("published")),
                                    title=record.get("title"), outlet=record.get("outlet"), url=record.get("url")))
    started = time.perf_counter()
    results = [r for r in process(articles) if not r.errors]
    extract_s = time.perf_counter() - started
    per_copy = sum(len(r.events) for r in results)
    outlets = ("Wire A", "Daily Ledger", "Evening Courier", "Global Dispatch", "Regional Herald", "Radio Bulletin")
    stored = events = copy = 0
    started = time.perf_counter()
    with Store(str(path)) as store:
        while events < target_events:
            shift = dt.timedelta(days=7 * copy)
            for result in results:
                article = result.article
                text = article.text + f"\n\n(copy {copy})"  # a distinct text: a distinct content id
                new = dataclasses.replace(article, id=f"{article.id}~{copy}", text=text,
                                          outlet=outlets[copy % len(outlets)],
                                          published=article.published and article.published + shift)
                moved = tuple(dataclasses.replace(e, article_id=new.id, date=e.date and e.date + shift)
                              for e in result.events)
                quotes = tuple(dataclasses.replace(q, article_id=new.id) for q in result.quotes)
                store.add(dataclasses.replace(result, article=new, events=moved, quotes=quotes), content_id(text))
                stored += 1
                events += len(moved)
            copy += 1
        store_s = time.perf_counter() - started
        started = time.perf_counter()
        incidents = rebuild(store)
        incidents_s = time.perf_counter() - started
    return {"articles": stored, "events": events, "events_per_copy": per_copy, "copies": copy,
            "incidents": incidents, "extract_s": round(extract_s, 1), "store_s": round(store_s, 1),
            "incidents_s": round(incidents_s, 1)}


def measure(base: str, path: str, clients: int, requests: int, timeout: float) -> tuple[list[float], list[str]]:
    """Latencies (seconds) of the ``requests`` GETs of ``path`` sent by ``clients`` threads that
    answered 200, and what went wrong with the others (status or time-out)."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    share = [requests // clients + (1 if i < requests % clients else 0) for i in range(clients)]

    def client(count: int) -> None:
        with httpx.Client(base_url=base, timeout=timeout) as http:
            for _ in range(count):
                started = time.perf_counter()
                try:
                    response = http.get(path)
                except httpx.TimeoutException:
                    with lock:
                        failures.append(f"no answer within {timeout:.0f} s")
                    continue
                elapsed = time.perf_counter() - started
                with lock:
                    if response.status_code == 200:
                        latencies.append(elapsed)
                    else:
                        failures.append(f"{response.status_code} {response.text[:200]}")

    threads = [threading.Thread(target=client, args=(n,)) for n in share if n]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures


def percentile(values: list[float], q: int) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[q - 1]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="requests per light endpoint")
    parser.add_argument("--heavy-requests", type=int, default=16, help="requests per analysis endpoint")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a request counts as failed")
    parser.add_argument("--skip-analyses", action="store_true", help="time the paged reads only")
    parser.add_argument("--db", type=Path, help="store to build, or reuse if it exists")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object at the end")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="eventwire-api-bench-"))
    db = args.db or folder / "bench.db"
    built = None
    if not db.exists():
        print(f"building a store of >= {args.events} events at {db} ...", file=sys.stderr)
        built = build_store(db, args.events)
        print(f"built: {built}", file=sys.stderr)
    article = "seed-iran-allies-retaliation~0"
    rows: list[dict] = []
    print(f"{'endpoint':<72} {'n':>4} {'p50 ms':>9} {'p99 ms':>9} {'p50 ×':>8} {'p99 ×':>8}", flush=True)
    with running_server(db, token=None) as server:
        for path, heavy in ENDPOINTS:
            if heavy and args.skip_analyses and "/analysis/" in path:
                continue
            path = path.format(article=article)
            count = args.heavy_requests if heavy else args.requests
            measure(server.base, path, 1, 1, args.timeout)  # warm-up: first-use loads are not timed
            latencies, failures = measure(server.base, path, args.clients, count, args.timeout)
            row = {"path": path, "requests": count, "ok": len(latencies), "failures": failures[:3],
                   "p50_ms": _ms(percentile(latencies, 50)), "p99_ms": _ms(percentile(latencies, 99))}
            base_row = rows[0] if rows else row
            row["p50_ratio"] = _ratio(row["p50_ms"], base_row["p50_ms"])
            row["p99_ratio"] = _ratio(row["p99_ms"], base_row["p99_ms"])
            rows.append(row)
            print(f"{path:<72} {count:>4} {_cell(row['p50_ms'])} {_cell(row['p99_ms'])} {_cell(row['p50_ratio'], 8)} "
                  f"{_cell(row['p99_ratio'], 8)}" + (f"  ({len(failures)} failed: {failures[0]})" if failures else ""),
                  flush=True)
    result = {"db": str(db), "built": built, "clients": args.clients, "rows": rows}
    if args.json:
        print(json.dumps(result, indent=2))
    return result


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def _ratio(value: float | None, base: float | None) -> float | None:
    return None if value is None or not base else value / base


def _cell(value: float | None, width: int = 9) -> str:
    return f"{'—':>{width}}" if value is None else f"{value:>{width}.1f}"


if __name__ == "__main__":
    main()
