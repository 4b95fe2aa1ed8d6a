"""Invariants that hold for any input: every span points at its own text, nothing crashes."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventwire

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"
HELDOUT = Path(__file__).resolve().parent / "gold" / "heldout.jsonl"


def _paragraphs() -> list[str]:
    paragraphs = []
    for path in (GOLD, HELDOUT):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                paragraphs += [p for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    return paragraphs


PARAGRAPHS = _paragraphs()
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_spans_point_at_text(result: eventwire.ArticleResult) -> None:
    text = result.article.text
    for event in result.events:
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert event.type in eventwire.model.EVENT_TYPES
        assert event.status in eventwire.model.STATUSES
    for quote in result.quotes:
        assert text[quote.start:quote.end] == quote.text


@SETTINGS
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=6), st.dates())
def test_real_paragraphs_in_any_order_give_spans_that_match_the_text(paragraphs, published):
    result = eventwire.extract("\n\n".join(paragraphs), published=published)
    assert result.errors == ()
    assert_spans_point_at_text(result)


@SETTINGS
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_text_never_crashes(text):
    assert_spans_point_at_text(eventwire.extract(text, published="2024-08-02"))


@SETTINGS
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=4))
def test_dated_events_never_fall_after_publication_unless_planned(paragraphs):
    import datetime as dt

    published = dt.date(2020, 6, 15)
    for event in eventwire.extract("\n\n".join(paragraphs), published=published).events:
        if event.date is not None and event.status == "occurred" and event.date_source != "text":
            assert event.date <= published
