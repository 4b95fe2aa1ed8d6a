"""Analyses as an analyst reads them: a dyad's timeline with its evidence, escalation scores from
the PLOVER weights, alliances, threats and their follow-up, contradicting tolls; and the CLI over them.

The store holds hand-written records over real article texts (tests/analysis_corpus.py, whose
docstring tabulates every event with its date and score), so each figure asserted here follows
from those records and ``data/plover_weights.yaml``, whatever the extractor does. One smoke test
at the end runs the real extraction and asserts only properties that do not depend on its details."""

from __future__ import annotations

import csv
import io
import json

import pytest
from analysis_corpus import SEED, build, build_extracted
from typer.testing import CliRunner

from eventwire.analysis import (
    ActorNetwork,
    NetworkEdge,
    contradictions,
    escalation,
    followthrough,
    neighbourhood,
    network,
    timeline,
    weights,
)
from eventwire.analysis.escalation import change_points, trend
from eventwire.cli import app
from eventwire.errors import AnalysisError
from eventwire.model import Event, Span
from eventwire.store import EventQuery, Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return build(tmp_path_factory)


@pytest.fixture(scope="module")
def store(db):
    with Store(db) as opened:
        yield opened


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


# -- timeline --------------------------------------------------------------------------------

def test_israel_hezbollah_timeline_holds_the_beirut_strike_with_its_sentence(store):
    found = timeline(store, "Israel", "Hezbollah", period="week")
    week = next(b for b in found.buckets if b.label == "2024-W31")
    assert week.start.isoformat() == "2024-07-29" and week.end.isoformat() == "2024-08-04"
    strike = next(e for e in week.events if e.article == SEED)
    assert (strike.type, strike.mode, strike.actor, strike.target) == ("ASSAULT", "aerial", "Israel", "Fuad Shukr")
    assert strike.target_affiliation == "Hezbollah"  # found through the affiliation
    assert strike.date.isoformat() == "2024-07-30" and strike.date_source == "event"
    article = store.article(SEED)
    assert article.text[strike.evidence.start:strike.evidence.end] == strike.evidence.text
    assert "Shukr" in strike.evidence.text
    # The strike as reported by both fixture wires and the seed article: three reports of one
    # incident, each listed (a timeline shows every report; escalation counts the incident once).
    assert week.by_type == {"ASSAULT": 3}
    assert [e.article for e in week.events] == [
        "fixture-beirut-strike-toll-early", "fixture-beirut-strike-toll-later", SEED]
    assert len({e.incident for e in week.events}) == 1


def test_an_undirected_timeline_has_both_directions_and_a_directed_one_only_a_on_b(store):
    both = timeline(store, "Israel", "Hezbollah", period="month")
    directed = timeline(store, "Hezbollah", "Israel", directed=True, period="month")
    actors = {e.actor for b in both.buckets for e in b.events}
    assert {"Israel", "Hezbollah"} <= actors
    assert {e.actor for b in directed.buckets for e in b.events} == {"Hezbollah"}
    # Hezbollah's threat of 6 August and its rocket and drone attack of 25 August.
    assert [b.label for b in directed.buckets] == ["2024-08"]
    assert directed.buckets[0].by_type == {"ASSAULT": 1, "THREATEN": 1}
    assert both.count == 5  # those two and the three reports of the Beirut strike


def test_timeline_record_is_json_ready_with_article_ids_and_evidence(store):
    record = json.loads(json.dumps(timeline(store, "Israel", "Hezbollah", period="day").to_record()))
    first = record["buckets"][0]
    assert first["period"] == "2024-07-30"
    assert first["count"] == 3 and first["score"] == -27.5  # the strike: -9 and -9 (no mode), -9.5 (aerial)
    assert {"article", "evidence", "type", "status", "date", "date_source"} <= set(first["events"][0])
    assert set(first["events"][0]["evidence"]) == {"text", "start", "end"}


def test_an_unknown_period_is_a_coded_error(store):
    with pytest.raises(AnalysisError, match=r"\[E080\].*'year'"):
        timeline(store, "Israel", period="year")


# -- escalation ------------------------------------------------------------------------------

@pytest.mark.parametrize(("type", "mode", "status", "expected"), [
    ("ASSAULT", "aerial", "occurred", -9.5),       # manual: ASSAULT: Aerial -9.5
    ("ASSAULT", "artillery", "occurred", -9.5),    # eventwire 'artillery' = manual 'heavy-weapons'
    ("ASSAULT", "ground", "occurred", -9.0),       # no manual mode: the type's score
    ("ASSAULT", "aerial", "planned", -4.75),       # planned counts half
    ("ASSAULT", "aerial", "possible", -2.375),     # possible a quarter
    ("ASSAULT", "aerial", "denied", 0.0),          # denied nothing
    ("THREATEN", None, "occurred", -3.5),
    ("AID", None, "occurred", 10.0),
    ("ACCUSE", None, "occurred", -3.0),            # the manual's +3 read as a lost minus sign
])
def test_event_scores_follow_the_weights_file(type, mode, status, expected):
    event = Event(type=type, actor=None, target=None, status=status, evidence=Span("x", 0, 1), mode=mode)
    assert weights().score(event) == expected


def test_dyad_sums_follow_the_weights_and_count_an_incident_once(store):
    report = escalation(store, period="week")
    pair = next(d for d in report.undirected if {d.actor, d.target} == {"Hezbollah", "Israel"})
    # Beirut strike (three reports, one incident), Hezbollah's threat (-3.5), its attack (aerial, -9.5).
    assert pair.event_count == 3
    assert pair.total == pytest.approx(sum(e.score for e in pair.events))
    assert sorted(e.type for e in pair.events) == ["ASSAULT", "ASSAULT", "THREATEN"]
    table = weights()
    for ref in pair.events:
        assert ref.score == table.base(ref.type, ref.mode) * table.status[ref.status]
    assert len({e.incident for e in pair.events}) == 3
    # The strike counts once, as its first report in store order (the earliest article, which
    # gives no mode: ASSAULT's -9), not three times, nor as the seed's aerial -9.5.
    strike = next(e for e in pair.events if e.actor == "Israel")
    assert (strike.article, strike.score) == ("fixture-beirut-strike-toll-early", -9.0)
    assert pair.total == -9.0 - 3.5 - 9.5
    directed = next(d for d in report.directed if (d.actor, d.target) == ("Hezbollah", "Israel"))
    assert directed.total == -13.0 and [p.score for p in directed.series if p.events] == [-3.5, -9.5]


def test_movers_are_the_dyads_that_moved_in_the_last_period(store):
    report = escalation(store, period="week", top=3)
    assert report.last_period.isoformat() == "2024-09-30"  # Iran's missile attack, 1 October 2024
    # Only Iran – Israel has events in the last two weeks: its missile attack (-9.5) against nothing.
    assert [(m.actor, m.target) for m in report.movers] == [("Iran", "Israel")]
    mover = report.movers[0]
    assert mover.change == -9.5
    # Iran's threat in W31 (-3.5), eight empty weeks, the missiles in W40 (-9.5): one shift, at W40.
    assert [p.score for p in mover.series] == [-3.5] + [0.0] * 8 + [-9.5]
    assert [c.label for c in mover.change_points] == ["2024-W40"]


def test_change_points_find_a_level_shift_and_not_noise():
    assert change_points([0, 0, 0, 0, -9, -9, -10, -9]) == [4]
    assert change_points([1, 2, 1, 2, 1]) == []
    assert change_points([0, -9]) == []  # too short to tell
    assert trend([0, -1, -2, -3]) == -1.0


# -- network ---------------------------------------------------------------------------------

def test_cooperating_actors_share_a_community_and_hostile_ones_do_not(store):
    found = network(store)
    axis = found.community_of("Iran")
    assert {"Iran", "Hezbollah"} <= set(axis)
    assert "Israel" not in axis
    tie = next(e for e in found.edges if (e.source, e.target, e.kind) == ("Iran", "Hezbollah", "cooperative"))
    assert tie.count == 2 and tie.score == 10.0 + 2.5  # weapons and money (AID), a meeting (CONSULT)
    hostile = next(e for e in found.edges if (e.source, e.target, e.kind) == ("Hezbollah", "Israel", "hostile"))
    assert hostile.count == 2 and hostile.score == -3.5 - 9.5
    strike = next(e for e in found.edges if (e.source, e.target) == ("Israel", "Hezbollah"))
    assert strike.kind == "hostile" and strike.count == 1  # three reports, one incident
    # The Ukraine article's Biden (United States) and Ukraine are an alliance of their own.
    assert found.communities == (("Hezbollah", "Iran"), ("Ukraine", "United States"))
    assert found.community_of("Russia") == ()


def test_communities_are_the_same_run_to_run(store):
    assert network(store).communities == network(store).communities


def test_a_neighbourhood_keeps_the_actor_its_ties_and_nothing_else(store):
    found = neighbourhood(network(store), "Hezbollah")
    names = {n.name for n in found.nodes}
    assert {"Hezbollah", "Iran", "Israel"} <= names and "Ukraine" not in names
    assert all("Hezbollah" in (e.source, e.target) or {e.source, e.target} <= names for e in found.edges)
    with pytest.raises(AnalysisError, match=r"\[E083\]"):
        neighbourhood(network(store), "Atlantis")


# -- follow-through --------------------------------------------------------------------------

def _outcome(outcomes, article):
    return next(o for o in outcomes if o.threat.article == article)


def test_a_threat_followed_by_an_attack_is_reported_with_its_lag(store):
    outcome = _outcome(followthrough(store, within_days=30), "fixture-nasrallah-vows-response")
    assert outcome.status == "followed" and outcome.lag_days == 19  # 6 August → 25 August 2024
    record = outcome.to_record()
    assert record["threat"]["actor"] == "Hezbollah" and record["threat"]["target"] == "Israel"
    assert record["threat"]["date"] == "2024-08-06" and record["threat"]["date_source"] == "event"
    follow = record["followed_by"]
    assert (follow["article"], follow["type"], follow["actor"], follow["via"]) == (
        "fixture-hezbollah-rockets-drones", "ASSAULT", "Hezbollah", "self")
    assert follow["date"] == "2024-08-25" and "rockets and drones" in follow["evidence"]["text"]
    assert record["lag_days"] == 19


def test_an_allys_attack_fulfils_a_threat_and_says_whose(store):
    outcome = _outcome(followthrough(store, within_days=30), "fixture-irgc-vows-punishment")
    assert outcome.status == "followed" and outcome.lag_days == 22
    assert outcome.followed_by.via == "ally" and outcome.followed_by.ally == "Hezbollah"
    assert "Hezbollah" in outcome.allies


def test_a_threat_without_follow_up_within_the_window_is_listed_unfulfilled(store):
    short = _outcome(followthrough(store, within_days=10), "fixture-nasrallah-vows-response")
    assert short.status == "unfulfilled" and short.followed_by is None and short.lag_days is None
    assert short.to_record()["followed_by"] is None


def test_threats_dated_by_publication_say_so_and_untargeted_ones_are_unassessable(store):
    outcomes = followthrough(store, within_days=30, query=EventQuery(actor="Iran"))
    khamenei = next(o for o in outcomes if o.threat.article == SEED and o.threat.actor == "Ali Khamenei")
    assert khamenei.threat.date_source == "publication" and khamenei.threat.date.isoformat() == "2024-08-02"
    assert khamenei.status == "unassessable" and "no target" in khamenei.reason


def test_followthrough_keeps_to_the_callers_type_and_status(store):
    everything = followthrough(store, within_days=30)
    vows = followthrough(store, within_days=30, query=EventQuery(type="THREATEN"))
    assert vows and {o.threat.type for o in vows} == {"THREATEN"}
    assert len(vows) == sum(o.threat.type == "THREATEN" for o in everything)
    made = followthrough(store, within_days=30, query=EventQuery(status="occurred"))
    assert made and {o.threat.status for o in made} == {"occurred"}
    assert len(made) == sum(o.threat.status == "occurred" for o in everything)
    assert followthrough(store, within_days=30, query=EventQuery(type="AID")) == []


def test_a_ceasefire_between_enemies_does_not_make_them_allies():
    def tie(a, b, kind, score):
        return NetworkEdge(source=a, target=b, kind=kind, count=1, score=score, events=())
    edges = (tie("Hezbollah", "Israel", "hostile", -30.0), tie("Israel", "Hezbollah", "hostile", -20.0),
             tie("Israel", "Hezbollah", "cooperative", 6.0), tie("Iran", "Hezbollah", "cooperative", 8.0),
             tie("Iran", "Hamas", "cooperative", 4.0), tie("United States", "Israel", "cooperative", 7.0))
    net = ActorNetwork(nodes=(), edges=edges, communities=())
    assert net.allies_of("Hezbollah") == ("Iran",)
    assert net.allies_of("Israel") == ("United States",)
    assert net.allies_of("iran") == ("Hezbollah", "Hamas")


def test_within_must_be_positive(store):
    with pytest.raises(AnalysisError, match=r"\[E082\]"):
        followthrough(store, within_days=0)


# -- contradictions --------------------------------------------------------------------------

def test_disagreeing_tolls_of_one_strike_are_a_contradiction_with_both_sides(store):
    found = [c for c in contradictions(store) if c.aspect == "death toll"]
    assert len(found) == 1
    toll = found[0]
    assert (toll.type, toll.actor, toll.target, toll.place) == ("ASSAULT", "Israel", "Fuad Shukr", "Beirut")
    sides = {s.value: s for s in toll.sides}
    assert set(sides) == {3, 5}
    assert sides[3].outlets == ("Fixture Wire A",) and sides[5].outlets == ("Fixture Wire B",)
    assert "killing three people" in sides[3].reports[0].evidence.text
    assert "killing five people" in sides[5].reports[0].evidence.text


# -- CLI -------------------------------------------------------------------------------------

def test_cli_timeline_csv_lists_the_strike_with_its_article(db):
    result = run("analyze", "timeline", "--db", db, "--actor", "Israel", "--with", "Hezbollah", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert any(r["article"] == SEED and r["type"] == "ASSAULT (aerial)" and "Shukr" in r["evidence"] for r in rows)


def test_cli_followthrough_jsonl_records_have_the_promised_shape(db):
    result = run("analyze", "followthrough", "--db", db, "--within", "30", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    followed = [r for r in records if r["followed_by"]]
    assert followed and all({"article", "evidence", "actor", "target", "date", "date_source"} <= set(r["threat"])
                            for r in records)
    assert all({"article", "evidence", "type", "actor", "date", "via"} <= set(r["followed_by"]) for r in followed)


@pytest.mark.parametrize("command", ["escalation", "network", "contradictions", "followthrough"])
def test_cli_analyses_print_tables(db, command):
    result = run("analyze", command, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_cli_network_neighbourhood_and_unknown_actor(db):
    result = run("analyze", "network", "--db", db, "--actor", "Hezbollah")
    assert result.exit_code == 0 and "Iran" in result.stdout and "Ukraine" not in result.stdout
    result = run("analyze", "network", "--db", db, "--actor", "Atlantis")
    assert result.exit_code == 1 and result.stderr.startswith("Error: [E083]")


@pytest.mark.parametrize(("args", "code"), [
    (["timeline"], "E081"),
    (["timeline", "--actor", "Israel", "--period", "year"], "E080"),
    (["followthrough", "--within", "0"], "E082"),
    (["escalation", "--top", "0"], "E084"),
    (["escalation", "--since", "last week"], "E072"),
])
def test_cli_errors_are_coded_and_exit_1(db, args, code):
    result = run("analyze", *args, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: [{code}]")


def test_every_analyze_command_has_help():
    for command in ("timeline", "escalation", "network", "followthrough", "contradictions"):
        result = run("analyze", command, "--help")
        assert result.exit_code == 0 and "--db" in result.stdout


def test_cli_an_empty_result_still_has_its_columns(db):
    result = run("analyze", "contradictions", "--db", db, "--actor", "Atlantis", "-f", "csv")
    assert result.exit_code == 0 and result.stdout.startswith("incident,date,type,actor,target")


def test_every_analyze_command_is_documented():
    from analysis_corpus import REPO

    text = (REPO / "docs" / "analysis.md").read_text(encoding="utf-8")
    for command in ("timeline", "escalation", "network", "followthrough", "contradictions"):
        assert f"eventwire analyze {command}" in text
    assert "eventwire report" in text and "plover_weights.yaml" in text


# -- end to end ------------------------------------------------------------------------------

def test_smoke_analyses_run_on_a_store_built_by_the_real_extraction(tmp_path_factory):
    """The fixture articles through the real extraction, then every analysis and the report.

    Only properties that survive changes to extraction are asserted: no counts, no scores.
    """
    from eventwire.report import render

    with Store(build_extracted(tmp_path_factory)) as extracted:
        found = timeline(extracted, "Israel", "Hezbollah", period="week")
        refs = [e for b in found.buckets for e in b.events]
        strike = [e for e in refs if e.type == "ASSAULT" and "Shukr" in e.evidence.text]
        assert strike, "the Israel – Hezbollah timeline holds the Beirut strike"
        for ref in strike:
            text = extracted.article(ref.article).text
            assert text[ref.evidence.start:ref.evidence.end] == ref.evidence.text
        json.dumps(found.to_record())
        json.dumps(escalation(extracted, period="week").to_record())
        json.dumps(network(extracted).to_record())
        outcomes = followthrough(extracted, within_days=30)
        for outcome in outcomes:
            record = json.loads(json.dumps(outcome.to_record()))
            assert set(record) == {"threat", "status", "within_days", "followed_by", "lag_days", "allies", "reason"}
            assert {"article", "evidence", "type", "actor", "target", "date", "date_source"} <= set(record["threat"])
            assert record["status"] in ("followed", "unfulfilled", "unassessable")
            if record["followed_by"]:
                assert {"article", "evidence", "type", "actor", "date", "via", "ally"} <= set(record["followed_by"])
        json.dumps([c.to_record() for c in contradictions(extracted)])
        assert "<html" in render(extracted)
