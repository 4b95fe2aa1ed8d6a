"""Ingest throughput against `eventwire extract` alone, and incident grouping time at scale.

    .venv/bin/python benchmarks/ingest.py [N_FILES]

1. Store overhead: one generated corpus folder (benchmarks/corpus.py: real articles,
   duplicates, broken files), timed as `eventwire extract FOLDER -o /dev/null` and as
   `eventwire ingest FOLDER --db fresh.db` (both as subprocesses, start-up included), then
   the same ingest again (everything already stored).
2. Incident grouping: group_incidents over 10,000 and 100,000 synthetic reports (random
   actors, targets, places and days over three years, 1-3 re-reports per happening); the
   time ratio shows how the work grows (10 would be linear).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_corpus  # noqa: E402

from eventwire.incidents import Report, group_incidents  # noqa: E402
from eventwire.model import EVENT_TYPES, Event, Participant, Place, Span  # noqa: E402

BIN = Path(sys.executable).parent / "eventwire"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def store_overhead(n_files: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        manifest = make_corpus(folder, n_files, seed=11, max_paragraphs=99)
        for copy in folder.rglob("copy*"):  # extract alone would analyse copies that ingest skips
            copy.unlink()
        extract = timed([str(BIN), "extract", str(folder), "-f", "jsonl", "-o", "/dev/null"])
        ingest = timed([str(BIN), "ingest", str(folder), "--db", str(Path(tmp) / "e.db")])
        again = timed([str(BIN), "ingest", str(folder), "--db", str(Path(tmp) / "e.db")])
        print(f"{n_files - manifest.duplicate_files} files ({len(manifest.good)} distinct good articles, "
              f"{len(manifest.broken)} broken inputs; byte-identical copies removed)")
        print(f"  eventwire extract: {extract:.1f} s")
        print(f"  eventwire ingest (new SQLite db, incidents rebuilt): {ingest:.1f} s "
              f"= {ingest / extract:.2f} x extract")
        print(f"  eventwire ingest again (all stored): {again:.1f} s")


def synthetic(n: int, seed: int = 0) -> list[Report]:
    rng = random.Random(seed)
    actors = [Participant(name=f"Actor {i}", text=f"Actor {i}") for i in range(400)]
    places = [Place(name=f"Town {i}", text=f"Town {i}", country="XX", lat=rng.uniform(-40, 60),
                    lon=rng.uniform(-100, 140)) for i in range(300)]
    start = dt.date(2021, 1, 1)
    reports: list[Report] = []
    while len(reports) < n:
        kind = rng.choice(EVENT_TYPES)
        actor, target = rng.sample(actors, 2)
        place = rng.choice(places)
        day = start + dt.timedelta(days=rng.randrange(3 * 365))
        for _ in range(rng.randint(1, 3)):
            event = Event(type=kind, actor=actor if rng.random() > 0.1 else None, target=target, status="occurred",
                          evidence=Span("x", 0, 1), location=place if rng.random() > 0.2 else None,
                          date=day if rng.random() > 0.3 else None, date_precision="day", fatalities=rng.randint(0, 9))
            if event.date is None:
                event = dataclasses.replace(event, date_precision="unresolved")
            reports.append(Report(len(reports) + 1, event, f"a{len(reports)}", f"Outlet {rng.randrange(50)}",
                                  day + dt.timedelta(days=rng.randint(0, 2))))
    return reports[:n]


def grouping_time() -> None:
    times = {}
    for n in (10_000, 100_000):
        reports = synthetic(n)
        start = time.perf_counter()
        incidents = group_incidents(reports)
        times[n] = time.perf_counter() - start
        print(f"  group_incidents over {n:,} reports: {times[n]:.2f} s, {len(incidents):,} incidents")
    print(f"  100k / 10k time ratio: {times[100_000] / times[10_000]:.1f} (10 = linear, 100 = all pairs)")


if __name__ == "__main__":
    store_overhead(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
    grouping_time()
