"""The corpus the analysis and report tests read: the dev gold (../shared/gold/dev.jsonl, with
the reference article ``seed-iran-allies-retaliation``) plus tests/fixtures/analysis_corpus.jsonl.

The fixture articles are marked as such in their ``license`` field: short texts written for
these tests that restate publicly reported events of July–October 2024 (the Beirut strike that
killed Fuad Shukr and its rising toll, Iran's and Hezbollah's vows to respond, Hezbollah's
rocket and drone attack of 25 August, Iran's missile attack of 1 October), so that a threat
and its follow-up, and two tolls of one strike, appear in different articles with different
publication dates. The database is built once per test session (extraction takes ~10 s).
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev.jsonl"
FIXTURES = REPO / "tests" / "fixtures" / "analysis_corpus.jsonl"

_built: dict[str, str] = {}


def build(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of a SQLite store holding the dev gold and the fixture articles, built on first use."""
    if "db" not in _built:
        if not DEV_GOLD.exists():
            pytest.skip(f"shared gold not found at {DEV_GOLD}")
        from eventwire.service import ingest
        from eventwire.store import Store

        path = str(tmp_path_factory.mktemp("analysis") / "analysis.db")
        with Store(path) as store:
            summary = ingest([str(DEV_GOLD), str(FIXTURES)], store)
        assert summary.failed == 0 and summary.stored == 37, summary
        _built["db"] = path
    return _built["db"]
