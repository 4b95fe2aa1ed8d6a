"""The event store on SQLite and on a real PostgreSQL server: idempotent, incremental ingest,
failures recorded, schema from the shipped migrations, coded errors for database faults.

PostgreSQL tests start a throwaway server (tests/pgserver.py) and skip, saying why, only
when the PostgreSQL binaries are not installed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire.config import Options
from eventwire.errors import StoreError
from eventwire.service import ingest
from eventwire.store import Store

from pgserver import find_bin, new_database, running_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

DEV_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


@pytest.fixture(scope="session")
def pg_admin():
    if find_bin() is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    with running_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return new_database(request.getfixturevalue("pg_admin"))


def table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {name: connection.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one()
                for name in ("articles", "events", "quotes", "failures", "incidents", "incident_reports")}


def test_dev_gold_ingested_twice_leaves_the_same_row_counts(db_url):
    with Store(db_url) as store:
        first = ingest([str(DEV_GOLD)], store)
        counts = table_counts(store)
        second = ingest([str(DEV_GOLD)], store)
        assert table_counts(store) == counts
    assert (first.read, first.stored, first.failed) == (31, 31, 0)
    assert (second.stored, second.duplicates) == (0, 31)
    assert counts["articles"] == 31 and counts["events"] > 150 and counts["quotes"] > 30


def test_migrated_schema_matches_the_table_definitions(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from eventwire.store.schema import metadata

    with Store(db_url) as store, store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    assert diff == []


def test_same_text_from_a_txt_file_and_a_jsonl_line_is_stored_once(db_url, write, dev_gold_records):
    record = dev_gold_records[4]
    txt = write("story.txt", f"Title: {record['title']}\nDate: {record['published']}\n\n{record['text']}")
    jsonl = write("wire.jsonl", json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
    with Store(db_url) as store:
        summary = ingest([str(txt), str(jsonl)], store)
        assert (summary.stored, summary.duplicates) == (1, 1)
        assert store.counts().articles == 1


def test_a_given_id_reused_for_another_text_is_a_failure_not_an_overwrite(db_url, write, dev_gold_records):
    a, b = dev_gold_records[5], dev_gold_records[6]
    first = write("a.jsonl", json.dumps({"id": "story-1", "text": a["text"]}) + "\n")
    second = write("b.jsonl", json.dumps({"id": "story-1", "text": b["text"]}) + "\n")
    with Store(db_url) as store:
        ingest([str(first)], store, rebuild_incidents=False)
        summary = ingest([str(second)], store, rebuild_incidents=False)
        assert summary.failure_codes == (("E065", 1),)
        assert store.article("story-1").text == a["text"]
        assert [f.code for f in store.failures()] == ["E065"]


def test_a_grown_folder_only_sends_new_articles_to_the_pipeline(tmp_path, write, dev_gold_records, monkeypatch):
    import eventwire.pipeline as pipeline

    for i, record in enumerate(dev_gold_records[:3]):
        write(f"inbox/{i}.txt", record["text"])
    with Store(str(tmp_path / "e.db")) as store:
        ingest([str(tmp_path / "inbox")], store, rebuild_incidents=False)
        write("inbox/3.txt", dev_gold_records[3]["text"])
        seen: list[str] = []
        real = pipeline.process

        def counting(articles, options=None):
            def spy():
                for article in articles:
                    seen.append(article.origin)
                    yield article
            return real(spy(), options)

        monkeypatch.setattr(pipeline, "process", counting)
        summary = ingest([str(tmp_path / "inbox")], store, rebuild_incidents=False)
    assert seen == [str(tmp_path / "inbox" / "3.txt")]
    assert (summary.stored, summary.duplicates) == (1, 3)


def test_failures_are_recorded_once_and_cleared_when_the_file_is_fixed(db_url, write, dev_gold_records):
    broken = write("late.txt", b"")
    with Store(db_url) as store:
        ingest([str(broken)], store, rebuild_incidents=False)
        ingest([str(broken)], store, rebuild_incidents=False)
        [failure] = store.failures()
        assert (failure.origin, failure.stage, failure.code, failure.times) == (str(broken), "ingest", "E001", 2)
        write("late.txt", dev_gold_records[7]["text"])
        ingest([str(broken)], store, rebuild_incidents=False)
        assert store.failures() == [] and store.counts().articles == 1


def test_a_full_disk_stops_the_run_with_E063_and_keeps_what_was_stored(tmp_path, write, dev_gold_records,
                                                                       monkeypatch):
    import eventwire.store.store as store_module

    for i, record in enumerate(dev_gold_records[:4]):
        write(f"inbox/{i}.txt", record["text"])
    real, calls = store_module._article_row, []

    def full_on_third(article, content_id):
        calls.append(article.id)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return real(article, content_id)

    monkeypatch.setattr(store_module, "_article_row", full_on_third)
    with Store(str(tmp_path / "e.db")) as store:
        with pytest.raises(StoreError) as caught:
            ingest([str(tmp_path / "inbox")], store)
        assert caught.value.code == "E063" and "free space" in str(caught.value)
        assert store.counts().articles == 2
        monkeypatch.setattr(store_module, "_article_row", real)
        summary = ingest([str(tmp_path / "inbox")], store)
        assert (summary.stored, summary.duplicates) == (2, 2) and store.counts().articles == 4


def test_a_locked_sqlite_file_is_E062_and_nothing_stored_is_lost(tmp_path, write, dev_gold_records):
    db = tmp_path / "e.db"
    write("a.txt", dev_gold_records[0]["text"])
    write("b.txt", dev_gold_records[1]["text"])
    with Store(str(db)) as store:
        ingest([str(tmp_path / "a.txt")], store, rebuild_incidents=False)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Store(str(db), lock_timeout=0.2) as store, pytest.raises(StoreError) as caught:
            ingest([str(tmp_path / "b.txt")], store, rebuild_incidents=False)
        assert caught.value.code == "E062"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(str(db)) as store:
        assert store.counts().articles == 1


@pytest.mark.parametrize("url, code", [
    ("postgresql://nobody@127.0.0.1:1/none", "E060"),
    ("mysql://user@localhost/db", "E061"),
    ("/no/such/folder/events.db", "E060"),
])
def test_unusable_database_urls_are_coded_errors(url, code):
    with pytest.raises(StoreError) as caught:
        Store(url)
    assert caught.value.code == code


def test_generated_200_file_folder_stores_every_good_article_once_and_lists_every_broken_one(tmp_path):
    _corpus_round_trip(tmp_path, 200)


@pytest.mark.slow
def test_generated_2000_file_folder_stores_every_good_article_once_and_lists_every_broken_one(tmp_path):
    _corpus_round_trip(tmp_path, 2000)


def _corpus_round_trip(tmp_path: Path, n_files: int) -> None:
    from corpus import make_corpus

    manifest = make_corpus(tmp_path / "corpus", n_files, seed=7, max_paragraphs=2)
    with Store(str(tmp_path / "e.db")) as store:
        summary = ingest([str(tmp_path / "corpus")], store, Options())
        with store.engine.connect() as connection:
            stored = connection.execute(sa.text("SELECT content_id FROM articles")).scalars().all()
        assert len(stored) == len(set(stored)) and set(stored) == manifest.good
        assert {f.origin: f.code for f in store.failures()} == manifest.broken
        assert summary.stored == len(manifest.good) and summary.failed == len(manifest.broken)
        again = ingest([str(tmp_path / "corpus")], store, Options(), rebuild_incidents=False)
        assert again.stored == 0 and store.counts().articles == len(manifest.good)


def test_killed_ingest_resumes_with_every_article_stored_exactly_once(tmp_path):
    """A real `eventwire ingest` subprocess is SIGKILLed mid-run, then run again to the end."""
    import signal
    import subprocess
    import time

    from corpus import make_corpus

    manifest = make_corpus(tmp_path / "corpus", 60, seed=3, max_paragraphs=2)
    db = tmp_path / "e.db"
    script = Path(sys.executable).parent / "eventwire"
    command = [str(script), "ingest", str(tmp_path / "corpus"), "--db", str(db), "--no-incidents"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, stored_at_kill = time.monotonic() + 120, 0
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
                        stored_at_kill = reader.execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    stored_at_kill = 0  # schema not created yet
                if stored_at_kill >= 5:
                    break
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert 5 <= stored_at_kill < len(manifest.good), "the run was not killed mid-way"
    finished = subprocess.run(command, capture_output=True, text=True)
    assert finished.returncode == 3, finished.stderr  # some inputs are broken on purpose
    with sqlite3.connect(db) as reader:
        stored = [row[0] for row in reader.execute("SELECT content_id FROM articles")]
        gaps = reader.execute(
            "SELECT article_id FROM events GROUP BY article_id HAVING max(seq) + 1 != count(*)").fetchall()
        orphans = reader.execute(
            "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    assert sorted(stored) == sorted(manifest.good)
    assert gaps == [] and orphans == 0
