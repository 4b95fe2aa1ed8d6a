"""`eventwire report`: one self-contained HTML file whose every item links to its evidence, and
whose article text is escaped, built from the hand-written records of tests/analysis_corpus.py
(real article texts, events written for the test, so the figures do not depend on extraction)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from analysis_corpus import FIXTURES, HEZBOLLAH, ISRAEL, SEED, build, event, read_articles, store_results
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import ArticleResult

HOSTILE_TITLE = '<script>alert("pwned")</script><img src=x onerror=alert(1)> & "Hezbollah"'


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    db = build(tmp_path_factory)
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run("report", "--db", db, "-o", out)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_report_fetches_nothing(page):
    assert "<script" not in page.lower()
    assert "<link" not in page.lower() and "@import" not in page and "url(" not in page
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:|//)""", page, re.IGNORECASE)
    assert not re.search(r"https?://", page)


def test_every_link_points_to_an_anchor_in_the_page(page):
    targets = set(re.findall(r'href="#([^"]+)"', page))
    anchors = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= anchors


def test_sections_and_headline_figures(page):
    for section in ("figures", "timelines", "escalation", "network", "followthrough", "contradictions", "evidence"):
        assert f'id="{section}"' in page
    assert "<b>8</b>articles" in page  # the six fixture articles and two of the dev gold
    assert "<svg" in page


def test_a_dyad_report_links_the_beirut_strike_to_its_sentence_with_article_and_outlet(tmp_path_factory):
    db = build(tmp_path_factory)
    out = tmp_path_factory.mktemp("dyad") / "israel-hezbollah.html"
    result = run("report", "--db", db, "--actor", "Israel", "--target", "Hezbollah", "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    # Three reports of the Beirut strike, Hezbollah's threat and its attack.
    assert "<h3>Israel – Hezbollah: 5 event(s)</h3>" in page
    entry = re.search(rf'<dt id="(ev-\d+)">{SEED} · France24/AFP · 2024-08-02</dt>\s*<dd>[^<]*(<i>[^<]*</i>)?\s*'
                      r"<blockquote>Israel said it “eliminated” Shukr Tuesday in a strike on southern Beirut</blockquote>",
                      page)
    assert entry, "the seed article's strike sentence is in the evidence section"
    assert f'href="#{entry.group(1)}"' in page


def test_follow_through_and_contradictions_are_shown(page):
    assert "ally Hezbollah" in page
    assert "death toll" in page and "Fixture Wire A" in page and "Fixture Wire B" in page


def test_a_hostile_title_is_escaped(tmp_path):
    record = json.loads(next(line for line in FIXTURES.read_text(encoding="utf-8").splitlines()
                             if "fixture-nasrallah-vows-response" in line))
    record["title"] = HOSTILE_TITLE
    record["text"] = record["text"] + "\n\n" + "<b>Hezbollah</b> & Israel </blockquote> traded fire."
    source = tmp_path / "hostile.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    article = next(iter(read_articles(source).values()))
    hostile = event(article, "<b>Hezbollah</b> & Israel </blockquote> traded fire.", "ASSAULT", HEZBOLLAH, ISRAEL)
    threat = event(article, "Hezbollah threatened Israel on Tuesday", "THREATEN", HEZBOLLAH, ISRAEL, date="2024-08-06")
    db, out = tmp_path / "hostile.db", tmp_path / "hostile.html"
    store_results(str(db), [ArticleResult(article=article, events=(threat, hostile))])
    result = run("report", "--db", db, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert HOSTILE_TITLE not in page and "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;img src=x onerror=alert(1)&gt; &amp; " in page
    assert HOSTILE_TITLE in html.unescape(page)  # shown, as text
    assert "&lt;b&gt;Hezbollah&lt;/b&gt; &amp; Israel &lt;/blockquote&gt; traded fire." in page  # the evidence too
    assert page.count("</blockquote>") == page.count("<blockquote>")


def test_an_unwritable_report_path_is_a_coded_error(tmp_path_factory):
    db = build(tmp_path_factory)
    result = run("report", "--db", db, "-o", Path("/nonexistent-dir/report.html"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: [E086]")
