"""The stores the analysis and report tests read.

``build``: a SQLite store of HAND-WRITTEN records over real article texts, so that every figure
the analysis tests assert follows from the records below and the documented weights
(``data/plover_weights.yaml``), not from what the extractor happens to produce. The texts are
tests/fixtures/analysis_corpus.jsonl (short texts written for these tests that restate publicly
reported events of July–October 2024: the Beirut strike that killed Fuad Shukr and its rising
toll, Iran's and Hezbollah's vows to respond, Hezbollah's rocket and drone attack of 25 August,
Iran's missile attack of 1 October) plus two articles of the dev gold (../shared/gold/dev.jsonl):
the reference article ``seed-iran-allies-retaliation`` and a Ukraine aid article, which gives
the network a second, unrelated alliance. Articles are read with the ingest readers (as
``eventwire ingest`` reads them), and stored, with incidents rebuilt, as ``service.ingest`` does.

``build_extracted``: the fixture articles run through the real extraction (``service.ingest``),
for the one end-to-end smoke test, which asserts no exact figure.

The records, by article (published, outlet), each event with its date, ISO week of 2024 and
score (type/mode weight × status factor; all statuses are "occurred"):

- fixture-beirut-strike-toll-early (07-30, Fixture Wire A): ASSAULT Israel → Fuad Shukr
  (affiliation Hezbollah) in Beirut, no mode, 3 dead; 07-30, W31; -9.0
- fixture-beirut-strike-toll-later (07-31, Fixture Wire B): the same strike, 5 dead; 07-30, W31; -9.0
- seed-iran-allies-retaliation (08-02, France24/AFP): the same strike, aerial, no toll; 07-30,
  W31; -9.5. THREATEN Ali Khamenei (affiliation Iran) → no target, undated (the publication
  date stands in); -3.5
- fixture-irgc-vows-punishment (08-03, Fixture Wire A): THREATEN Iran → Israel; 08-03, W31;
  -3.5. AID Iran → Hezbollah, undated (08-03), W31; +10. CONSULT Iran → Hezbollah in Beirut;
  08-02, W31; +2.5
- fixture-nasrallah-vows-response (08-06, Fixture Wire B): THREATEN Hezbollah → Israel; 08-06, W32; -3.5
- fixture-hezbollah-rockets-drones (08-25, Fixture Wire A): ASSAULT Hezbollah → Israel, aerial;
  08-25, W34; -9.5
- fixture-iran-missiles-israel (10-01, Fixture Wire B): ASSAULT Iran → Israel, aerial; 10-01, W40; -9.5
- dev-voa-2024-07-11-ukraine-aid-package (07-11, Voice of America): AID Joe Biden (affiliation
  United States) → Ukraine; 07-11, W28; +10. CONSULT Joe Biden → Volodymyr Zelenskyy
  (affiliation Ukraine); 07-11, W28; +2.5. ASSAULT Russia → Ukraine, ground, undated (07-11); -9.0

The three strike reports are one incident (same type, actor, target, place and day, three
articles); every other event is an incident of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Article, ArticleResult, Event, Participant, Place, Quote, Source, Span

REPO = Path(__file__).resolve().parents[1]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev.jsonl"
FIXTURES = REPO / "tests" / "fixtures" / "analysis_corpus.jsonl"

SEED = "seed-iran-allies-retaliation"
UKRAINE_AID = "dev-voa-2024-07-11-ukraine-aid-package"
DEV_ARTICLES = (SEED, UKRAINE_AID)

# -- participants and places -----------------------------------------------------------------

ISRAEL = Participant(name="Israel", text="Israel", kind="country", country="IL", code="ISR")
IRAN = Participant(name="Iran", text="Iran", kind="country", country="IR", code="IRN")
IRANIAN_OFFICIALS = Participant(name="Iran", text="Iranian officials", kind="country", country="IR", code="IRN")
HEZBOLLAH = Participant(name="Hezbollah", text="Hezbollah", kind="organisation", country="LB")
HEZBOLLAH_LEADERS = Participant(name="Hezbollah", text="Hezbollah leaders", kind="organisation", country="LB")
SHUKR = Participant(name="Fuad Shukr", text="Fuad Shukr", kind="person", country="LB", affiliation="Hezbollah")
KHAMENEI = Participant(name="Ali Khamenei", text="Ayatollah Ali Khamenei", kind="person", country="IR",
                       affiliation="Iran")
NASRALLAH = Participant(name="Hassan Nasrallah", text="Hassan Nasrallah", kind="person", country="LB",
                        affiliation="Hezbollah")
BIDEN = Participant(name="Joe Biden", text="President Joe Biden", kind="person", country="US",
                    affiliation="United States")
UKRAINE = Participant(name="Ukraine", text="Ukraine", kind="country", country="UA", code="UKR")
ZELENSKYY = Participant(name="Volodymyr Zelenskyy", text="Ukrainian President Volodymyr Zelenskyy", kind="person",
                        country="UA", affiliation="Ukraine")
RUSSIA = Participant(name="Russia", text="Russia", kind="country", country="RU", code="RUS")

BEIRUT = Place(name="Beirut", text="southern Beirut", country="LB", lat=33.89, lon=35.50, geonameid=276781)
WASHINGTON = Place(name="Washington", text="Washington", country="US", lat=38.90, lon=-77.04, geonameid=4140963)
HEALTH_MINISTRY = Source(name="Lebanon's health ministry", text="Lebanon's health ministry")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def span(text: str, evidence: str) -> Span:
    """The span of ``evidence`` in ``text`` (its first occurrence), checked to be there."""
    start = text.find(evidence)
    assert start >= 0, f"evidence not in the article text: {evidence!r}"
    return Span(evidence, start, start + len(evidence))


def event(article: Article, evidence: str, type: str, actor: Participant | None, target: Participant | None, *,
          status: str = "occurred", date: str | None = None, date_source: str | None = None,
          **fields: Any) -> Event:
    """An event whose evidence is a real span of ``article``; dated ones are dated by their own text."""
    when = day(date) if date else None
    return Event(type=type, actor=actor, target=target, status=status, evidence=span(article.text, evidence),
                 date=when, date_precision="day" if when else "unresolved",
                 date_source=date_source or ("text" if when else None), confidence=0.9,
                 article_id=article.id, **fields)


def quote(article: Article, text: str, speaker: Participant | None, cue: str, anonymous: bool = False) -> Quote:
    found = span(article.text, text)
    return Quote(speaker=speaker, anonymous=anonymous, cue=cue, text=text, start=found.start, end=found.end,
                 article_id=article.id)


# -- the records -----------------------------------------------------------------------------

def records(a: dict[str, Article]) -> list[ArticleResult]:
    """The hand-written events and quotes of every article (see the module docstring)."""
    early, later = a["fixture-beirut-strike-toll-early"], a["fixture-beirut-strike-toll-later"]
    irgc, nasrallah = a["fixture-irgc-vows-punishment"], a["fixture-nasrallah-vows-response"]
    rockets, missiles = a["fixture-hezbollah-rockets-drones"], a["fixture-iran-missiles-israel"]
    seed, aid = a[SEED], a[UKRAINE_AID]
    found = {
        early.id: [
            event(early, "Israel struck Hezbollah commander Fuad Shukr in southern Beirut on Tuesday, "
                         "killing three people", "ASSAULT", ISRAEL, SHUKR, date="2024-07-30", location=BEIRUT,
                  source=HEALTH_MINISTRY, fatalities=3),
        ],
        later.id: [
            event(later, "Israel struck Hezbollah commander Fuad Shukr in southern Beirut on Tuesday, "
                         "killing five people", "ASSAULT", ISRAEL, SHUKR, date="2024-07-30", location=BEIRUT,
                  source=HEALTH_MINISTRY, fatalities=5),
        ],
        seed.id: [
            event(seed, "Iran’s supreme leader Ayatollah Ali Khamenei threatened a “harsh punishment”",
                  "THREATEN", KHAMENEI, None),
            event(seed, "Israel said it “eliminated” Shukr Tuesday in a strike on southern Beirut",
                  "ASSAULT", ISRAEL, SHUKR, date="2024-07-30", mode="aerial", location=BEIRUT),
        ],
        irgc.id: [
            event(irgc, "Iran threatened Israel on Saturday with a harsh punishment", "THREATEN", IRAN, ISRAEL,
                  date="2024-08-03"),
            event(irgc, "Iran has supplied Hezbollah with weapons and money for decades", "AID", IRAN, HEZBOLLAH),
            event(irgc, "Iranian officials met Hezbollah leaders in Beirut on Friday", "CONSULT",
                  IRANIAN_OFFICIALS, HEZBOLLAH_LEADERS, date="2024-08-02",
                  location=Place(name="Beirut", text="Beirut", country="LB", lat=33.89, lon=35.50,
                                 geonameid=276781)),
        ],
        nasrallah.id: [
            event(nasrallah, "Hezbollah threatened Israel on Tuesday with a response to the killing of its "
                             "commander Fuad Shukr", "THREATEN", HEZBOLLAH, ISRAEL, date="2024-08-06"),
        ],
        rockets.id: [
            event(rockets, "Hezbollah attacked Israel with hundreds of rockets and drones on Sunday", "ASSAULT",
                  HEZBOLLAH, ISRAEL, date="2024-08-25", mode="aerial"),
        ],
        missiles.id: [
            event(missiles, "Iran attacked Israel with about 180 ballistic missiles on Tuesday", "ASSAULT",
                  IRAN, ISRAEL, date="2024-10-01", mode="aerial"),
        ],
        aid.id: [
            event(aid, "President Joe Biden announced a significant new military aid package for Ukraine "
                       "Thursday", "AID", BIDEN, UKRAINE, date="2024-07-11", location=WASHINGTON),
            event(aid, "during a meeting with Ukrainian President Volodymyr Zelenskyy", "CONSULT", BIDEN, ZELENSKYY,
                  date="2024-07-11", location=WASHINGTON),
            event(aid, "Russia's invasion", "ASSAULT", RUSSIA, UKRAINE, mode="ground"),
        ],
    }
    quotes = {
        seed.id: [quote(seed, "Two scenarios were discussed: a simultaneous response from Iran and its allies or "
                              "a staggered response from each party", None, "told", anonymous=True)],
        aid.id: [quote(aid, "We count on it", ZELENSKYY, "said")],
    }
    return [ArticleResult(article=article, events=tuple(found.get(article.id, ())),
                          quotes=tuple(quotes.get(article.id, ())))
            for article in a.values()]


# -- building stores -------------------------------------------------------------------------

def read_articles(path: Path, ids: Iterable[str] | None = None) -> dict[str, Article]:
    """The articles of a JSONL file as ``eventwire ingest`` reads them (only ``ids``, if given)."""
    from eventwire.config import Options
    from eventwire.ingest import read_paths

    wanted = set(ids) if ids is not None else None
    found = {}
    for item in read_paths([str(path)], Options()):
        assert isinstance(item, Article), item
        if wanted is None or item.id in wanted:
            found[item.id] = item
    assert wanted is None or set(found) == wanted, wanted - set(found)
    return found


def corpus_articles() -> dict[str, Article]:
    if not DEV_GOLD.exists():
        pytest.skip(f"shared gold not found at {DEV_GOLD}")
    return {**read_articles(FIXTURES), **read_articles(DEV_GOLD, DEV_ARTICLES)}


def store_results(path: str, results: Iterable[ArticleResult]) -> str:
    """Store hand-written results and rebuild the incidents, as ``service.ingest`` does."""
    from eventwire.incidents import group_incidents, rules
    from eventwire.ingest import content_id
    from eventwire.store import Store

    with Store(path) as store:
        for result in results:
            assert store.add(result, content_id(result.article.text))
        grouping = rules()
        store.replace_incidents(group_incidents(store.events(), grouping), grouping.version)
    return path


_built: dict[str, str] = {}


def build(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of the SQLite store of hand-written records, built on first use."""
    if "db" not in _built:
        path = str(tmp_path_factory.mktemp("analysis") / "analysis.db")
        _built["db"] = store_results(path, records(corpus_articles()))
    return _built["db"]


def build_extracted(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of a SQLite store of the fixture articles run through the real extraction."""
    from eventwire.service import ingest
    from eventwire.store import Store

    path = str(tmp_path_factory.mktemp("extracted") / "extracted.db")
    with Store(path) as store:
        summary = ingest([str(FIXTURES)], store)
    assert summary.failed == 0 and summary.stored == len(read_articles(FIXTURES)), summary
    return path
