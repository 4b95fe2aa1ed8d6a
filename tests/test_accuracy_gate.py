"""The accuracy gate: figures on the gold files may not fall below the floors pinned in
``accuracy_floors.json``. Raise a floor when a change improves it; never lower one to pass.

Date, place and status are judged on matched events, so a change that finds more events can
lower their ratio while getting more of them right: their floors are the number right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate, evaluate_plover, read_gold, read_plover_examples

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
FLOORS = json.loads((HERE / "accuracy_floors.json").read_text(encoding="utf-8"))
GOLD_FILES = {"dev": SHARED / "gold" / "dev.jsonl", "heldout": HERE / "gold" / "heldout.jsonl"}


def _figures(report) -> dict[str, float]:
    return {
        "strict_f1": report.strict.f1, "loose_f1": report.loose.f1,
        "dates_right": report.date.right, "locations_right": report.location.right,
        "statuses_right": report.status.right, "quote_f1": report.quotes.f1,
        "speaker_accuracy": report.speaker.value,
    }


@pytest.mark.parametrize("name", sorted(GOLD_FILES))
def test_gold_figures_do_not_fall_below_their_floors(name):
    path = GOLD_FILES[name]
    if not path.exists():
        pytest.skip(f"gold file not found: {path}")
    figures = _figures(evaluate(read_gold(path)))
    fallen = {k: (round(figures[k], 3), floor) for k, floor in FLOORS[name].items() if round(figures[k], 3) < floor}
    assert not fallen, f"{name}: figures below their floors (now, floor): {fallen}"


def test_plover_example_records_type_accuracy_does_not_fall():
    path = SHARED / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        pytest.skip(f"PLOVER examples not found: {path}")
    report = evaluate_plover(read_plover_examples(path))
    assert round(report.type_found.value, 3) >= FLOORS["plover"]["type_accuracy"]
