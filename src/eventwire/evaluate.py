"""Scoring extraction against hand-annotated gold (``../shared/gold/GUIDELINES.md``).

Events match one to one, as many as can be (each prediction paired, among equally good
matchings, with the gold event told in the same words). *Strict*: same type, actor and
target; *loose*: same type and actor. A participant matches when the predicted
canonical name or surface text equals, or contains as whole words, one of the
gold names; a gold actor ``unknown`` is matched by an empty or unknown actor; a
gold target ``[]`` by no target; mutual acts (CONSULT, AGREE, COOPERATE) match
either way round. Only ``occurred`` gold events are required: a prediction
that matches a gold event of another status is neutral (neither right nor
wrong), and date, place and status are scored on the strict pairs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx

from .config import Options
from .errors import DataError
from .ingest.readers import parse_date
from .model import EVENT_TYPES, Article, ArticleResult, Event, Participant, Quote
from .pipeline import process
from .resolve.actors import actor_dictionary

MUTUAL = {"CONSULT", "AGREE", "COOPERATE"}
# Words of a quote's opening compared to match predicted and gold quotes (gold may keep a prefix).
QUOTE_PREFIX_WORDS = 8


@dataclass(frozen=True)
class GoldEvent:
    type: str
    actor: tuple[str, ...]
    target: tuple[str, ...]
    status: str
    date: str | None
    location: str | None
    evidence: str


@dataclass(frozen=True)
class GoldQuote:
    speaker: tuple[str, ...]
    anonymous: bool
    text: str


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    events: tuple[GoldEvent, ...]
    quotes: tuple[GoldQuote, ...]
    split: str | None = None


def read_gold(path: Path, split: str | None = None) -> list[GoldArticle]:
    articles = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError("E033", path=path, reason=getattr(exc, "strerror", None) or exc) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if split and record.get("split") != split:
                continue
            article = Article(id=record["id"], text=record["text"], published=parse_date(record.get("published")),
                              title=record.get("title"), outlet=record.get("outlet"), url=record.get("url"),
                              origin=f"{path}:{number}")
            events = tuple(GoldEvent(e["type"], tuple(e["actor"]), tuple(e["target"]), e["status"],
                                     e.get("date"), e.get("location"), e.get("evidence", ""))
                           for e in record["events"])
            quotes = tuple(GoldQuote(tuple(q["speaker"]), bool(q["anonymous"]), q["text"])
                           for q in record["quotes"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DataError("E031", line=number, reason=exc) from exc
        articles.append(GoldArticle(article, events, quotes, record.get("split")))
    return articles


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]+", " ", text.lower())).strip()


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"(?:^|\s){re.escape(needle)}(?:\s|$)", haystack) is not None


def participant_matches(predicted: Participant | None, gold: tuple[str, ...], role: str) -> bool:
    gold_names = [_norm(g) for g in gold]
    if role == "target" and not gold_names:
        return predicted is None
    if "unknown" in gold_names and (predicted is None or _norm(predicted.name) == "unknown"):
        return True
    if predicted is None:
        return False
    # the actor dictionary's other names for the same actor ("ECOWAS" for the Economic Community
    # of West African States, "Burma" for Myanmar) name it as well as its canonical name does
    entry = actor_dictionary().by_name.get(predicted.name)
    aliases = entry.aliases if entry is not None else ()
    candidates = [_norm(name) for name in (predicted.name, predicted.text, *aliases)]
    return any(c == g or _contains_words(c, g) for c in candidates for g in gold_names if g)


def _event_matches(pred: Event, gold: GoldEvent, strict: bool) -> bool:
    if pred.type != gold.type:
        return False

    def pair(actor: Participant | None, target: Participant | None) -> bool:
        if not participant_matches(actor, gold.actor, "actor"):
            return False
        return not strict or participant_matches(target, gold.target, "target")

    if pair(pred.actor, pred.target):
        return True
    return gold.type in MUTUAL and pair(pred.target, pred.actor)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 3), "right": self.right, "total": self.total}


@dataclass
class Report:
    articles: int = 0
    strict: Tally = field(default_factory=Tally)
    loose: Tally = field(default_factory=Tally)
    per_type: dict[str, Tally] = field(default_factory=dict)
    date: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    status: Accuracy = field(default_factory=Accuracy)
    quotes: Tally = field(default_factory=Tally)
    speaker: Accuracy = field(default_factory=Accuracy)
    errors: list[dict[str, object]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # articles extraction could not process

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles, "failed": self.failed,
            "events_strict": self.strict.as_dict(), "events_loose": self.loose.as_dict(),
            "per_type_f1": {t: tally.as_dict() for t, tally in sorted(self.per_type.items())},
            "date": self.date.as_dict(), "location": self.location.as_dict(),
            "status": self.status.as_dict(), "quotes": self.quotes.as_dict(),
            "speaker_end_to_end": self.speaker.as_dict(),
        }


def _match_events(predicted: list[Event], gold: tuple[GoldEvent, ...], strict: bool,
                  text: str = "") -> dict[int, int]:
    """Predicted index → gold index, one to one: as many occurred gold events matched as possible,
    then as many of the others, so the order of events never costs a match. Among matchings that
    do as well, the one pairing each prediction with the gold event told in the same words wins,
    so date, place and status are compared between the same happening (two protests on two days
    are not scored crosswise)."""
    graph = networkx.Graph()
    for p, event in enumerate(predicted):
        for g, gold_event in enumerate(gold):
            if _event_matches(event, gold_event, strict):
                weight = _OCCURRED_WEIGHT if gold_event.status == "occurred" else _MATCH_WEIGHT
                graph.add_edge(("p", p), ("g", g), weight=weight + _shared_words(event, gold_event, text))
    ends = (dict(pair) for pair in networkx.max_weight_matching(graph))
    return {end["p"]: end["g"] for end in ends}


# Weights that rank matchings by occurred gold matched, then by any gold matched, then by shared
# evidence (at most 1 a pair): each outweighs the most the next can add in one article.
_MATCH_WEIGHT = 1_000
_OCCURRED_WEIGHT = 1_000_000


def _shared_words(event: Event, gold: GoldEvent, text: str) -> float:
    """How much of the two evidence spans is the same stretch of the article (0..1)."""
    start = text.find(gold.evidence) if gold.evidence else -1
    if start < 0:
        return 0.0
    end = start + len(gold.evidence)
    overlap = min(end, event.evidence.end) - max(start, event.evidence.start)
    union = max(end, event.evidence.end) - min(start, event.evidence.start)
    return max(overlap, 0) / union if union else 0.0


def _score_events(report: Report, result: ArticleResult, gold: GoldArticle) -> None:
    predicted = list(result.events)
    for strict, tally in ((True, report.strict), (False, report.loose)):
        pairs = _match_events(predicted, gold.events, strict, gold.article.text)
        for p_index, event in enumerate(predicted):
            g_index = pairs.get(p_index)
            per_type = report.per_type.setdefault(event.type, Tally()) if strict else None
            if g_index is None:
                tally.fp += 1
                if per_type is not None:
                    per_type.fp += 1
                if strict:
                    report.errors.append({"article": gold.article.id, "kind": "false alarm",
                                          "event": _describe(event)})
            elif gold.events[g_index].status == "occurred":
                tally.tp += 1
                if per_type is not None:
                    per_type.tp += 1
        matched = set(pairs.values())
        for g_index, gold_event in enumerate(gold.events):
            if gold_event.status == "occurred" and g_index not in matched:
                tally.fn += 1
                if strict:
                    report.per_type.setdefault(gold_event.type, Tally()).fn += 1
                    report.errors.append({"article": gold.article.id, "kind": "miss",
                                          "gold": f"{gold_event.type} {gold_event.actor[:1]}→{gold_event.target[:1]}: {gold_event.evidence[:90]}"})
        if strict:
            for p_index, g_index in pairs.items():
                event, gold_event = predicted[p_index], gold.events[g_index]
                report.date.add((event.date.isoformat() if event.date else None) == gold_event.date)
                report.location.add(_location_matches(event, gold_event))
                report.status.add(event.status == gold_event.status)


def _location_matches(event: Event, gold: GoldEvent) -> bool:
    if gold.location is None:
        return event.location is None
    if event.location is None:
        return False
    wanted = _norm(gold.location)
    names = [_norm(event.location.name), _norm(event.location.text)]
    return any(n == wanted or _contains_words(n, wanted) or _contains_words(wanted, n) for n in names if n)


def _describe(event: Event) -> str:
    actor = event.actor.name if event.actor else "-"
    target = event.target.name if event.target else "-"
    return f"{event.type} {actor}→{target} [{event.status}]: {event.evidence.text[:90]}"


def _quote_key(text: str) -> str:
    return " ".join(_norm(text).split()[:QUOTE_PREFIX_WORDS])


def _score_quotes(report: Report, quotes: tuple[Quote, ...], gold: GoldArticle) -> None:
    taken: set[int] = set()
    for gold_quote in gold.quotes:
        key = _quote_key(gold_quote.text)
        match = next((i for i, q in enumerate(quotes) if i not in taken and
                      (key in _norm(q.text) or _quote_key(q.text) in _norm(gold_quote.text))), None)
        if match is None:
            report.quotes.fn += 1
            report.speaker.add(False)
            report.errors.append({"article": gold.article.id, "kind": "quote missed", "gold": gold_quote.text[:80]})
            continue
        taken.add(match)
        report.quotes.tp += 1
        speaker_ok = participant_matches(quotes[match].speaker, gold_quote.speaker, "speaker")
        report.speaker.add(speaker_ok)
        if not speaker_ok:
            found = quotes[match].speaker
            report.errors.append({"article": gold.article.id, "kind": "wrong speaker",
                                  "gold": gold_quote.speaker[0], "predicted": found.text if found else None})
    report.quotes.fp += len(quotes) - len(taken)


def evaluate(gold_articles: Iterable[GoldArticle], options: Options | None = None) -> Report:
    gold_list = list(gold_articles)
    by_id = {g.article.id: g for g in gold_list}
    report = Report(articles=len(gold_list))
    for result in process((g.article for g in gold_list), options):
        gold = by_id[result.article.id]
        report.failed.extend(f"{gold.article.id}: {failure.message}" for failure in result.errors)
        _score_events(report, result, gold)
        _score_quotes(report, result.quotes, gold)
    for event_type in EVENT_TYPES:
        report.per_type.setdefault(event_type, Tally())
    return report


def format_report(report: Report, show_errors: bool = False) -> str:
    lines = [f"articles: {report.articles}"]
    if report.failed:  # scored as all misses: a crash must not pass for a weak extractor
        lines.append(f"articles that failed extraction: {len(report.failed)}")
        lines.extend(f"  {failure}" for failure in report.failed)
    for label, tally in (("events strict (type+actor+target)", report.strict),
                         ("events loose (type+actor)", report.loose),
                         ("quotes detected", report.quotes)):
        lines.append(f"{label:36s} P {tally.precision:.3f}  R {tally.recall:.3f}  F1 {tally.f1:.3f}"
                     f"  (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})")
    for label, acc in (("date accuracy (matched)", report.date),
                       ("location accuracy (matched)", report.location),
                       ("status accuracy (matched)", report.status),
                       ("speaker accuracy (end to end)", report.speaker)):
        lines.append(f"{label:36s} {acc.value:.3f}  ({acc.right}/{acc.total})")
    lines.append("per-type strict F1:")
    occurring = [(t, tally) for t, tally in sorted(report.per_type.items()) if tally.tp + tally.fp + tally.fn]
    for event_type, tally in occurring:
        lines.append(f"  {event_type:10s} F1 {tally.f1:.3f}  (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})")
    if show_errors:
        counts = Counter(str(e["kind"]) for e in report.errors)
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        lines.extend("  " + json.dumps(e, ensure_ascii=False) for e in report.errors)
    return "\n".join(lines)


# -- PLOVER gold-standard example records ---------------------------------------------------------

# PLOVER 0.5b1 categories of the example records, renamed in the current PLOVER types.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


@dataclass(frozen=True)
class PloverExample:
    id: str
    type: str
    text: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def read_plover_examples(path: Path) -> list[PloverExample]:
    """The example records of ``PLOVER_GSR_CAMEO.txt`` (a JSON array), old categories renamed."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError("E033", path=path, reason=exc) from exc
    examples = []
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        examples.append(PloverExample(
            id=record["id"], type=PLOVER_RENAMED.get(record["event"], record["event"]), text=record["text"],
            sources=_actor_texts(record.get("source")), targets=_actor_texts(record.get("target"))))
    return examples


def _actor_texts(actors: object) -> tuple[str, ...]:
    """Actor texts of a record's source or target: a list of actor objects, one object, or absent."""
    if isinstance(actors, dict):
        actors = [actors]
    if not isinstance(actors, list):
        return ()
    return tuple(a["actorText"] for a in actors if isinstance(a, dict) and a.get("actorText"))


@dataclass
class PloverReport:
    records: int = 0
    type_found: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    per_type: dict[str, Accuracy] = field(default_factory=dict)
    misses: list[dict[str, object]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"records": self.records, "type_accuracy": self.type_found.as_dict(),
                "source_accuracy": self.source.as_dict(), "target_accuracy": self.target.as_dict(),
                "per_type": {t: a.as_dict() for t, a in sorted(self.per_type.items())}}


def evaluate_plover(examples: list[PloverExample], options: Options | None = None) -> PloverReport:
    """Event type: right when an extracted event has the record's type. Source and target: scored
    on those records, against the record's actor texts."""
    report = PloverReport(records=len(examples))
    articles = (Article(id=e.id, text=e.text, published=None) for e in examples)
    for example, result in zip(examples, process(articles, options)):
        hits = [e for e in result.events if e.type == example.type]
        report.type_found.add(bool(hits))
        report.per_type.setdefault(example.type, Accuracy()).add(bool(hits))
        if not hits:
            report.misses.append({"id": example.id, "type": example.type, "text": example.text,
                                  "predicted": [e.type for e in result.events]})
            continue
        event = hits[0]
        if example.sources:
            report.source.add(participant_matches(event.actor, _plover_names(example.sources), "actor"))
        if example.targets:
            report.target.add(participant_matches(event.target, _plover_names(example.targets), "target"))
    return report


def _plover_names(actor_texts: tuple[str, ...]) -> tuple[str, ...]:
    """Actor texts and their head words ("Senior Hungarian officials" also matches "officials"); a
    possessive is the owner's name ("praised Haiti's efforts" is marked "Haiti's")."""
    texts = tuple(re.sub(r"['’]s$", "", text) for text in actor_texts)
    return texts + tuple(text.split()[-1] for text in texts if len(text.split()) > 1)


def format_plover_report(report: PloverReport) -> str:
    lines = [f"PLOVER example records: {report.records}"]
    for label, acc in (("event type accuracy", report.type_found), ("source accuracy (typed)", report.source),
                       ("target accuracy (typed)", report.target)):
        lines.append(f"{label:36s} {acc.value:.3f}  ({acc.right}/{acc.total})")
    lines.append("per type:")
    lines.extend(f"  {t:10s} {a.value:.3f}  ({a.right}/{a.total})" for t, a in sorted(report.per_type.items()))
    return "\n".join(lines)
