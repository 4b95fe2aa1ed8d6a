"""`eventwire ingest / failures / query / export / incidents / db` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store

REPO = Path(__file__).resolve().parents[1]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev.jsonl"
NEW_COMMANDS = ["ingest", "failures", "query", "export", "incidents rebuild", "db upgrade"]


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """The dev gold ingested once, plus one broken file, into a SQLite file."""
    folder = tmp_path_factory.mktemp("store")
    (folder / "empty.txt").write_bytes(b"")
    path = str(folder / "events.db")
    result = run("ingest", DEV_GOLD, folder / "empty.txt", "--db", path)
    assert result.exit_code == 3, result.output
    assert "31 stored" in result.stderr and "1 failed (E001 ×1)" in result.stderr
    return path


def test_ingest_summary_counts_duplicates_on_a_second_run(db):
    result = run("ingest", DEV_GOLD, "--db", db)
    assert result.exit_code == 0
    assert re.search(r"31 articles read, 0 stored, 31 skipped as duplicates, 0 failed", result.stderr)


def test_failures_lists_file_stage_code_and_reason(db):
    result = run("failures", "--db", db)
    [line] = result.stdout.splitlines()
    origin, stage, code, message = line.split("\t")
    assert origin.endswith("empty.txt") and (stage, code) == ("ingest", "E001") and "empty" in message


def test_query_filters_by_type_and_date(db):
    rows = [json.loads(line) for line in run("query", "--db", db, "--type", "assault", "--since", "2014-01-01",
                                             "--format", "jsonl").stdout.splitlines()]
    assert rows and {r["type"] for r in rows} == {"ASSAULT"}
    assert all((r["date"] or r["published"]) >= "2014-01-01" for r in rows)


def test_query_values_are_bound_parameters_not_sql(db):
    result = run("query", "--db", db, "--actor", "Israel' OR '1'='1", "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""


def test_query_actor_matches_canonical_name_case_insensitively(db):
    rows = [json.loads(line) for line in run("query", "--db", db, "--actor", "hamas", "--format", "jsonl").stdout.splitlines()]
    assert rows and {r["actor"]["name"] for r in rows} == {"Hamas"}


def test_query_incidents_jsonl_shape(db):
    lines = run("query", "--db", db, "--incidents", "--format", "jsonl").stdout.splitlines()
    incidents = [json.loads(line) for line in lines]
    assert incidents
    for incident in incidents:
        assert {"id", "type", "actor", "target", "date", "location", "reports", "disagreements"} <= set(incident)
        for report in incident["reports"]:
            assert {"article", "outlet", "evidence"} <= set(report)
            assert set(report["evidence"]) == {"text", "start", "end"}
        for disagreement in incident["disagreements"]:
            assert disagreement["field"] in ("fatalities", "mode", "date", "actor", "status", "location")
            assert all({"value", "articles"} == set(v) for v in disagreement["values"])


def test_query_table_and_bad_date(db):
    assert "when" in run("query", "--db", db, "--type", "CONSULT").stdout
    result = run("query", "--db", db, "--since", "last week")
    assert result.exit_code == 1 and "[E072]" in result.stderr


def _evidence_matches_article(db: str, article_id: str, start: int, end: int, text: str) -> bool:
    with Store(db) as store:
        return store.article(article_id).text[start:end] == text


def test_export_gdelt_has_61_columns_cameo_codes_and_a_link_to_the_evidence(db, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    assert run("export", "--db", db, "--format", "gdelt", "-o", out).exit_code == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {len(r) for r in rows} == {61}
    assert all(re.fullmatch(r"\d{3,4}", r[26]) and r[28] == r[26][:2] for r in rows)
    assert {r[29] for r in rows} <= {"1", "2", "3", "4"}
    link = re.search(r"#eventwire:article=(.+);evidence=(\d+)-(\d+)$", rows[0][60])
    assert link is not None


def test_export_acled_uses_its_columns_and_event_types(db, tmp_path):
    out = tmp_path / "events.acled.csv"
    run("export", "--db", db, "--format", "acled", "-o", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and list(rows[0])[:3] == ["event_id_cnty", "event_date", "year"]
    assert {r["event_type"] for r in rows} <= {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                               "Protests", "Riots", "Strategic developments"}
    row = rows[0]
    assert _evidence_matches_article(db, row["article"], int(row["evidence_start"]), int(row["evidence_end"]),
                                     row["notes"])


@pytest.mark.parametrize("format", ["csv", "jsonl", "parquet"])
def test_flat_exports_link_every_row_to_article_url_and_evidence(db, tmp_path, format):
    out = tmp_path / f"events.{format}"
    assert run("export", "--db", db, "--format", format, "-o", out).exit_code == 0
    if format == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    elif format == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 150
    row = rows[0]
    if format == "jsonl":
        start, end, text = row["evidence"]["start"], row["evidence"]["end"], row["evidence"]["text"]
    else:
        start, end, text = int(row["start"]), int(row["end"]), row["evidence"]
    assert "url" in row and _evidence_matches_article(db, row["article"], start, end, text)


def test_incidents_rebuild_and_db_upgrade(db):
    assert "incidents" in run("incidents", "rebuild", "--db", db).stderr
    assert "schema revision 0001" in run("db", "upgrade", "--db", db).stderr


def test_unreachable_database_is_a_coded_error():
    result = run("ingest", DEV_GOLD, "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.exit_code == 1 and result.stderr.startswith("Error: [E060]")


@pytest.mark.parametrize("command", NEW_COMMANDS)
def test_every_store_command_has_help_and_is_documented(command):
    result = run(*command.split(), "--help")
    assert result.exit_code == 0 and "--db" in result.stdout
    assert f"eventwire {command}" in (REPO / "docs" / "store.md").read_text(encoding="utf-8")
