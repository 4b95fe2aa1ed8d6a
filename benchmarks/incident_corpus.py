"""The incident-grouping evaluation corpus: dev gold events plus re-reports by other outlets.

Each event of ../shared/gold/dev.jsonl is one report of one happening. Every gold article is
then "re-published" twice by other outlets (article id ``<id>~r1``/``~r2``, published 0-1 day
later), each re-report carrying a random subset of its events with the changes wire copy
shows: paraphrased evidence, the date shifted by one day or dropped, the place dropped, the
perpetrator left unnamed ("a strike killed ..."), a different death toll, or a denial.

Expected grouping: a gold event and its re-reports are one incident; so are gold events of
different dev articles listed in tests/gold/incidents-expected.json (hand-checked: the same
happening reported by two dev articles). Scores are pairwise precision and recall over
reports.

    python benchmarks/incident_corpus.py        # prints the scores
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from eventwire import incidents
from eventwire.model import Event, Participant, Place, Span

REPO = Path(__file__).resolve().parents[1]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev.jsonl"
EXPECTED = REPO / "tests" / "gold" / "incidents-expected.json"
OUTLETS = ("Wire Service A", "Daily Ledger", "Evening Courier", "Global Dispatch", "Regional Herald")
REWRITES_PER_ARTICLE = 2
# Share of an article's events that a re-report carries, and how often each change happens.
CARRIED = 0.6
CHANGES = {"date_shift": 0.25, "date_dropped": 0.15, "place_dropped": 0.15, "actor_unnamed": 0.15,
           "toll_changed": 0.3, "denied": 0.05}


@dataclass(frozen=True)
class Report(incidents.Report):
    happening: str  # the expected incident: "<article id>#<gold event index>"


def _participant(names) -> Participant | None:
    if not names:
        return None
    names = [names] if isinstance(names, str) else names
    return Participant(name=names[0], text=names[-1])


def gold_event(record: dict, index: int, gold: dict) -> Event:
    date = gold.get("date")
    precision = "unresolved"
    day = None
    if date:
        precision = "day" if len(date) == 10 else "month"
        day = dt.date.fromisoformat(date if len(date) == 10 else date[:7] + "-01")
    place = Place(name=gold["location"], text=gold["location"], country=gold.get("country")) if gold.get("location") else None
    evidence = gold.get("evidence") or ""
    start = max(record["text"].find(evidence), 0)
    return Event(type=gold["type"], actor=_participant(gold.get("actor")), target=_participant(gold.get("target")),
                 status=gold.get("status") or "occurred", evidence=Span(evidence, start, start + len(evidence)),
                 mode=gold.get("mode"), location=place, date=day, date_precision=precision,
                 fatalities=gold.get("fatalities"), article_id=record["id"])


def build(seed: int = 0) -> list[Report]:
    rng = random.Random(seed)
    records = [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    reports: list[Report] = []
    for record in records:
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        events = [gold_event(record, i, g) for i, g in enumerate(record.get("events", []))]
        for i, event in enumerate(events):
            reports.append(Report(len(reports) + 1, event, record["id"], record.get("outlet"), published,
                                  f"{record['id']}#{i}"))
        for k in range(1, REWRITES_PER_ARTICLE + 1):
            article_id = f"{record['id']}~r{k}"
            outlet = rng.choice(OUTLETS)
            later = published + dt.timedelta(days=rng.choice((0, 1))) if published else None
            for i, event in enumerate(events):
                if rng.random() > CARRIED:
                    continue
                reports.append(Report(len(reports) + 1, rewrite(event, rng, article_id), article_id, outlet, later,
                                      f"{record['id']}#{i}"))
    return reports


def rewrite(event: Event, rng: random.Random, article_id: str) -> Event:
    changes: dict = {"article_id": article_id,
                     "evidence": Span("(paraphrased) " + event.evidence.text, 0, len(event.evidence.text) + 14)}
    if event.date and event.date_precision == "day":
        if rng.random() < CHANGES["date_shift"]:
            changes["date"] = event.date + dt.timedelta(days=rng.choice((-1, 1)))
        elif rng.random() < CHANGES["date_dropped"]:
            changes.update(date=None, date_precision="unresolved")
    if event.location and rng.random() < CHANGES["place_dropped"]:
        changes["location"] = None
    if event.type in ("ASSAULT", "COERCE") and event.actor and rng.random() < CHANGES["actor_unnamed"]:
        changes["actor"] = None
    if event.fatalities and rng.random() < CHANGES["toll_changed"]:
        changes["fatalities"] = event.fatalities + rng.choice((-2, -1, 1, 2, 3))
    if rng.random() < CHANGES["denied"]:
        changes["status"] = "denied"
    return dataclasses.replace(event, **changes)


def expected_clusters(reports: list[Report]) -> dict[int, str]:
    """Report id -> expected incident key, with hand-checked cross-article merges applied."""
    merges = json.loads(EXPECTED.read_text(encoding="utf-8"))["same_happening"] if EXPECTED.exists() else []
    alias = {}
    for group in merges:
        for key in group["events"]:
            alias[key] = group["events"][0]
    return {r.id: alias.get(r.happening, r.happening) for r in reports}


def pairwise(predicted: dict[int, str], expected: dict[int, str]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of a grouping, and the numbers of predicted and expected pairs."""
    def pairs(labels: dict[int, str]) -> set[tuple[int, int]]:
        groups: dict[str, list[int]] = {}
        for report, label in labels.items():
            groups.setdefault(label, []).append(report)
        return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}

    got, want = pairs(predicted), pairs(expected)
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    return precision, recall, len(got), len(want)


def score(seed: int = 0) -> tuple[float, float, int, int]:
    from eventwire.incidents import group_incidents

    reports = build(seed)
    predicted = {r.event_id: incident.id for incident in group_incidents(reports) for r in incident.reports}
    return pairwise(predicted, expected_clusters(reports))


if __name__ == "__main__":
    for seed in (0, 1, 2):
        p, r, got, want = score(seed)
        print(f"seed {seed}: pairwise precision {p:.3f} recall {r:.3f} ({got} predicted pairs, {want} expected)")
