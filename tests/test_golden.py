"""Whole-article output pinned in golden files: any change to what eventwire extracts from the
example article shows up here as a diff to review. Regenerate after an intended change with
``EVENTWIRE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.config import Options
from eventwire.ingest import read_paths
from eventwire.pipeline import process

HERE = Path(__file__).resolve().parent
CASES = {"voa-example": HERE.parent / "examples" / "voa-example.txt"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_whole_article_output_matches_golden_file(name):
    [article] = list(read_paths([str(CASES[name])], Options()))
    record = next(process([article])).to_record()
    golden = HERE / "golden" / f"{name}.json"
    rendered = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"no golden file: run with EVENTWIRE_UPDATE_GOLDEN=1 to create {golden}"
    assert json.loads(rendered) == json.loads(golden.read_text(encoding="utf-8"))
