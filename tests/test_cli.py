"""The ``eventwire`` command as a user runs it: real files in, JSONL/CSV/table out, coded errors on stderr.

Most tests call the Typer app in-process (CliRunner, one pipeline load per session);
one runs the installed console script in a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import EVENT_TYPES, STATUSES

ARTICLE_KEYS = ["id", "title", "outlet", "published", "url", "events", "quotes", "errors"]
EVENT_KEYS = {"type", "mode", "actor", "target", "location", "date", "date_text", "date_precision",
              "status", "source", "fatalities", "evidence", "confidence"}
QUOTE_KEYS = {"speaker", "anonymous", "cue", "text", "start", "end"}
EVAL_KEYS = {"events_strict", "events_loose", "per_type_f1", "date", "location", "status", "quotes",
             "speaker_end_to_end"}
SCRIPT = Path(sys.executable).parent / "eventwire"

FRENCH = (
    "Le gouvernement français a annoncé mardi une série de mesures destinées à soutenir les agriculteurs "
    "touchés par la sécheresse, après plusieurs semaines de manifestations dans les campagnes. Le Premier "
    "ministre a déclaré que l'État débloquerait une aide d'urgence de 400 millions d'euros, tandis que les "
    "syndicats agricoles ont jugé ces annonces insuffisantes et appelé à poursuivre la mobilisation.\n"
)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def mixed_folder(tmp_path: Path, voa_file: Path, dev_gold_records) -> Path:
    """Two good articles (a .txt with header, a .jsonl line) and three bad files."""
    folder = tmp_path / "inbox"
    (folder / "wire").mkdir(parents=True)
    (folder / "voa.txt").write_text(voa_file.read_text(encoding="utf-8"), encoding="utf-8")
    record = dev_gold_records[1]
    (folder / "wire" / "feed.jsonl").write_text(
        json.dumps({k: record[k] for k in ("id", "title", "outlet", "published", "text")}) + "\n",
        encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "wire" / "photo.html").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(32))
    (folder / "le-monde.txt").write_text(FRENCH, encoding="utf-8")
    return folder


BAD_FILES = {"empty.txt": "[E001]", "wire/photo.html": "[E002]", "le-monde.txt": "[E005]"}


def assert_mixed_folder_result(folder: Path, status: int, stdout: str, stderr: str) -> None:
    assert status == 3  # some articles failed, the rest written
    out = records(stdout)
    assert len(out) == 2
    assert all(list(record) == ARTICLE_KEYS for record in out), [list(record) for record in out]
    assert {record["title"] for record in out} == {"Nepal Maoists: Deal on Arms Management Very Close",
                                                    "Saudi Arabia Cuts Diplomatic Ties With Iran as Tensions Escalate"}
    lines = stderr.strip().splitlines()
    for name, code in BAD_FILES.items():
        assert any(line.startswith(f"{folder / name}: {code}") for line in lines), (name, stderr)
    assert lines[-1] == "eventwire: 2 articles processed, 3 failed"


# ---------------------------------------------------------------- extract


def test_extract_folder_writes_good_articles_and_reports_bad_files(runner, mixed_folder):
    result = run(runner, "extract", mixed_folder)
    assert_mixed_folder_result(mixed_folder, result.exit_code, result.stdout, result.stderr)


def test_installed_console_script_extracts_a_folder(mixed_folder):
    completed = subprocess.run([str(SCRIPT), "extract", str(mixed_folder)], capture_output=True, text=True,
                               timeout=300, check=False)
    assert_mixed_folder_result(mixed_folder, completed.returncode, completed.stdout, completed.stderr)


def test_extract_records_have_the_design_shape(runner, voa_file):
    result = run(runner, "extract", voa_file)
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["published"] == "2006-11-06"
    assert record["url"] == "http://www.voanews.com/a/a-13-2006-11-06-voa4/328712.html"
    assert record["events"], "the VOA example reports talks, an agreement and a ceasefire"
    for event in record["events"]:
        assert EVENT_KEYS <= set(event), EVENT_KEYS - set(event)
        assert event["type"] in EVENT_TYPES and event["status"] in STATUSES
        assert set(event["evidence"]) == {"text", "start", "end"}
    for quote in record["quotes"]:
        assert QUOTE_KEYS <= set(quote), QUOTE_KEYS - set(quote)
    assert record["errors"] == []
    assert result.stderr.strip() == "eventwire: 1 articles processed, 0 failed"


def test_every_span_indexes_the_text_it_came_from(runner, tmp_path, dev_gold_lines):
    gold = tmp_path / "dev.jsonl"
    gold.write_text("\n".join(dev_gold_lines) + "\n", encoding="utf-8")
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in dev_gold_lines}
    result = run(runner, "extract", gold)
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert [record["id"] for record in out] == list(texts)
    spans = 0
    for record in out:
        text = texts[record["id"]]
        for event in record["events"]:
            evidence = event["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["text"], (record["id"], evidence)
            spans += 1
        for quote in record["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"], (record["id"], quote)
            spans += 1
    assert spans > len(out)  # the check ran over real output, not an empty list


def test_spans_of_a_txt_article_index_its_body(runner, voa_file, voa_body):
    (record,) = records(run(runner, "extract", voa_file).stdout)
    for event in record["events"]:
        evidence = event["evidence"]
        assert voa_body[evidence["start"]:evidence["end"]] == evidence["text"]


def test_csv_has_a_header_and_one_row_per_event(runner, tmp_path, dev_gold_lines):
    gold = tmp_path / "three.jsonl"
    gold.write_text("\n".join(dev_gold_lines[:3]) + "\n", encoding="utf-8")
    as_jsonl = records(run(runner, "extract", gold).stdout)
    result = run(runner, "extract", gold, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert {"article", "type", "actor", "target", "status", "date", "evidence", "start", "end"} <= set(header)
    expected = [(record["id"], event["type"], event["evidence"]["text"])
                for record in as_jsonl for event in record["events"]]
    assert [(row["article"], row["type"], row["evidence"]) for row in rows] == expected


def test_table_prints_when_who_did_to_whom(runner, voa_file):
    result = run(runner, "extract", voa_file, "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert "Nepal Maoists: Deal on Arms Management Very Close" in result.stdout
    for column in ("when", "who", "did", "to whom", "where", "says who"):
        assert column in result.stdout
    assert "AGREE" in result.stdout


def test_output_option_writes_the_file_not_stdout(runner, tmp_path, voa_file):
    target = tmp_path / "out" / "events.jsonl"
    target.parent.mkdir()
    result = run(runner, "extract", voa_file, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert records(target.read_text(encoding="utf-8")) == records(run(runner, "extract", voa_file).stdout)


def test_dash_reads_an_article_from_stdin(runner, voa_file):
    result = run(runner, "extract", "-", input=voa_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["title"] == "Nepal Maoists: Deal on Arms Management Very Close"
    assert record["events"]


def test_published_fills_a_missing_date_and_resolves_weekdays_against_it(runner, tmp_path, voa_body):
    undated = tmp_path / "undated.txt"
    # an act of a named weekday (the VOA body's own "said Sunday the two sides have agreed" dates
    # only the saying: an act in the present perfect takes no day from it)
    attack = "Maoist rebels attacked a police post in western Nepal on Sunday, killing two officers."
    undated.write_text(f"{voa_body}\n\n{attack}", encoding="utf-8")
    (without,) = records(run(runner, "extract", undated).stdout)
    (with_date,) = records(run(runner, "extract", undated, "--published", "2006-11-06").stdout)
    assert without["published"] is None
    assert with_date["published"] == "2006-11-06"
    sunday = [e for e in with_date["events"] if e["date_text"] == "Sunday"]
    assert sunday and all(e["date"] == "2006-11-05" for e in sunday)


def test_published_does_not_override_the_articles_own_date(runner, voa_file):
    (record,) = records(run(runner, "extract", voa_file, "--published", "2024-01-01").stdout)
    assert record["published"] == "2006-11-06"


def test_bad_published_date_is_an_error_not_a_traceback(runner, voa_file):
    result = run(runner, "extract", voa_file, "--published", "yesterday")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: [E009]")


def test_missing_config_file_is_an_error_not_a_traceback(runner, tmp_path, voa_file):
    result = run(runner, "extract", voa_file, "--config", tmp_path / "nope.toml")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: [E030]")


def test_config_file_overrides_the_size_limit(runner, tmp_path, voa_file):
    config = tmp_path / "small.toml"
    config.write_text("max_bytes = 100\n", encoding="utf-8")
    result = run(runner, "extract", voa_file, "--config", config)
    assert result.exit_code == 3
    assert f"{voa_file}: [E004]" in result.stderr


def test_pipeline_that_cannot_load_is_an_error_not_a_traceback(runner, voa_file, monkeypatch):
    from eventwire import pipeline
    from eventwire.errors import PipelineError

    def no_model():
        raise PipelineError("E020")

    monkeypatch.setattr(pipeline, "load_pipeline", no_model)
    result = runner.invoke(app, ["extract", str(voa_file)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: [E020]")


# ---------------------------------------------------------------- eval


@pytest.fixture
def small_gold(tmp_path: Path, dev_gold_lines) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(dev_gold_lines[:2]) + "\n", encoding="utf-8")
    return path


def test_eval_prints_the_figures(runner, small_gold):
    result = run(runner, "eval", small_gold)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("articles: 2")
    for label in ("events strict", "events loose", "quotes detected", "date accuracy", "location accuracy",
                  "status accuracy", "speaker accuracy", "per-type strict F1"):
        assert label in result.stdout


def test_eval_json_is_parseable_with_every_figure(runner, small_gold):
    result = run(runner, "eval", small_gold, "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert EVAL_KEYS <= set(report)
    assert report["articles"] == 2
    assert set(report["events_strict"]) >= {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert 0.0 <= report["events_strict"]["f1"] <= 1.0
    assert set(report["per_type_f1"]) == set(EVENT_TYPES)


def test_eval_errors_lists_the_misses(runner, small_gold):
    report = json.loads(run(runner, "eval", small_gold, "--json", "--errors").stdout)
    assert isinstance(report["errors"], list)
    assert {error["kind"] for error in report["errors"]} <= {"miss", "false alarm", "quote missed",
                                                             "wrong speaker"}


def test_eval_malformed_gold_is_a_coded_error(runner, tmp_path, dev_gold_lines):
    gold = tmp_path / "broken.jsonl"
    gold.write_text(dev_gold_lines[0] + "\n" + '{"id": "x", "text": "no events key"}\n', encoding="utf-8")
    result = run(runner, "eval", gold)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: [E031] gold file line 2")


def test_eval_missing_gold_file_is_an_error_not_a_traceback(runner, tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "no-such-gold.jsonl")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", [[], ["extract"], ["eval"]], ids=["eventwire", "extract", "eval"])
def test_every_command_has_help(runner, command):
    result = run(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    assert len(result.stdout.splitlines()) > 5


def test_help_lists_every_command(runner):
    result = run(runner, "--help")
    for name, command in (("extract", "Extract events"), ("eval", "Score extraction")):
        assert name in result.stdout and command in result.stdout


def test_installed_script_help_runs():
    completed = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, timeout=120, check=False)
    assert completed.returncode == 0, completed.stderr
    assert "extract" in completed.stdout and "eval" in completed.stdout


def test_eval_counts_an_actor_named_by_another_of_its_dictionary_names(runner, tmp_path):
    # the extractor names the bloc by its dictionary name; the annotator wrote its acronym
    article = {"id": "ecowas", "published": "2012-04-13", "outlet": "VOA", "license": "public domain",
               "text": "The Economic Community of West African States condemned the coup in Guinea-Bissau.",
               "events": [{"type": "ACCUSE", "actor": ["ECOWAS"], "target": [], "location": None,
                           "date": None, "status": "occurred", "source": None, "fatalities": None,
                           "evidence": "condemned the coup"}],
               "quotes": []}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(article) + "\n", encoding="utf-8")
    report = json.loads(run(runner, "eval", gold, "--json").stdout)
    assert report["events_loose"]["tp"] == 1


def test_eval_compares_dates_between_the_same_happening(runner, tmp_path):
    # two protests by the same crowd on two days, either prediction a match for either gold event: each
    # prediction is paired with the gold event told in the same words, so both dates are right
    text = ("YEREVAN (Reuters) - Thousands of protesters rallied in Yerevan on Thursday against the border "
            "deal. On Sunday, the protesters blocked roads across the capital.")
    protest = {"type": "PROTEST", "actor": ["protesters"], "target": [], "location": "Yerevan",
               "status": "occurred", "source": None, "fatalities": None}
    article = {"id": "yerevan", "published": "2024-05-13", "outlet": "Reuters", "license": "test",
               "text": text, "quotes": [],
               "events": [dict(protest, date="2024-05-09", evidence="Thousands of protesters rallied"),
                          dict(protest, date="2024-05-12", evidence="the protesters blocked roads")]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(article) + "\n", encoding="utf-8")
    report = json.loads(run(runner, "eval", gold, "--json").stdout)
    assert report["events_strict"]["tp"] == 2
    assert report["date"] == {"accuracy": 1.0, "right": 2, "total": 2}
