"""Date expressions to calendar dates, resolved against the article's publication date.

Reported past events resolve to the latest such day on or before publication;
planned ones to the first after it. Month-only and range expressions keep their
precision but no day: the publication date is never used as an event date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import dateparser

from ..extract.placetime import WEEKDAYS
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_RANGE = re.compile(r"\b(early|mid|late|end of|beginning of|this week|last week|next week|"
                    r"weekend|this month|last month|next month|this year|last year|next year|"
                    r"recent|past|weeks|months|years|since|decade|century|season|summer|winter|"
                    r"spring|autumn|fall)\b")
_DAY_WORDS = re.compile(r"\b(today|yesterday|tonight|overnight|this morning|this afternoon|"
                        r"this evening|last night|tomorrow|day|days ago)\b")
# Words that dateparser reads but that are not dates of an event.
_NOT_A_DATE = re.compile(r"^(?:now|currently|the time|time|recently|daily|weekly|annual|"
                         r"once|later|earlier|soon|\d+ (?:years?|months?) old)$")
_AFTER_COMMA_STRETCH = re.compile(r"(?<=\d),\s+(?:\w+\s+)?(?:hours|days|weeks|months|years)$", re.IGNORECASE)
_TRIM = re.compile(r"^(?:on|in|at|by|since|from|until|early|late|overnight|last|this|the)\s+",
                   re.IGNORECASE)


def resolve_date(text: str, published: dt.date | None, future: bool = False,
                 past: bool = False) -> tuple[dt.date | None, str]:
    """``(date or None, precision)`` for a date expression; precision is day/month/range/unresolved.
    ``future``: said of an act still to come; ``past``: said in the past tense."""
    if published is None:
        return None, "unresolved"
    # "captured the plant on March 4, days after launching the invasion": the tagger runs the day
    # and the stretch after it into one date; the stretch counts from something else, the day stands
    text = _AFTER_COMMA_STRETCH.sub("", text.strip())
    return _resolve(text, published, future, past)


@functools.lru_cache(maxsize=4096)
def _resolve(text: str, published: dt.date, future: bool, past: bool) -> tuple[dt.date | None, str]:
    lowered = text.lower()
    if _NOT_A_DATE.match(lowered):
        return None, "unresolved"
    has_weekday = any(day in lowered for day in WEEKDAYS)
    has_day_number = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", lowered)) and any(
        month[:3] in lowered for month in _MONTHS)
    which_year = re.search(r",?\s+(this|last) year$", lowered)
    if has_day_number and which_year:
        # "on October 1 this year": the day of the year named, which dateparser does not read
        year = published.year - (which_year[1] == "last")
        return _resolve(f"{text[:which_year.start()]} {year}", published, future, past)
    if lowered in ("overnight", "last night", "tonight", "this morning", "this afternoon",
                   "this evening", "today", "early today"):
        return published, "day"
    if lowered == "last evening":
        # "welcomed the agreement in a statement last evening": the evening of the day before (unlike
        # "last night", which in a morning paper is the night just ending)
        return published - dt.timedelta(days=1), "day"
    if not (has_weekday or has_day_number or _DAY_WORDS.search(lowered)):
        if re.search(r"\b(?:last|this|next) month\b", lowered) or (
                any(month in lowered for month in _MONTHS) and not _RANGE.search(lowered)):
            return None, "month"
        if _RANGE.search(lowered):
            return None, "range"
        return None, "unresolved"
    if has_weekday:
        day = next(day for day in WEEKDAYS if day in lowered)
        # "next Thursday" is ahead whatever the verb's tense; "last Friday" in a Friday paper is a week back
        ahead = future or bool(re.search(r"\b(?:next|coming)\b", lowered))
        date = _weekday(published, WEEKDAYS.index(day), ahead)
        if date == published and re.search(r"\blast\b", lowered):
            date -= dt.timedelta(days=7)
        return date, "day"
    parsed = _parse(text, published, future, has_day_number)
    if parsed is None:
        return None, "unresolved"
    if has_day_number and not future and not past and not re.search(r"\b\d{4}\b", lowered):
        # "the April 29 runoff" in an April 13 paper is this year's, weeks ahead; "Oct. 7" in a
        # June paper is last year's, and so is any day said of what "attacked" or "was killed"
        ahead = _parse(text, published, True, has_day_number)
        if ahead is not None and published < ahead <= published + _SOON and published - parsed > _LONG_AGO:
            parsed = ahead
    return parsed, "day"


# A day named without its year is ahead when it is within months and the past reading most of a
# year back ("a general strike for March 1" in January; not "Oct. 7" in June)
_SOON = dt.timedelta(days=120)
_LONG_AGO = dt.timedelta(days=300)


def _parse(text: str, published: dt.date, future: bool, has_day_number: bool) -> dt.date | None:
    parsed = dateparser.parse(
        _TRIM.sub("", text), languages=["en"],
        settings={"RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
                  "PREFER_DATES_FROM": "future" if future else "past",
                  "REQUIRE_PARTS": ["day"] if has_day_number else []},
    )
    return parsed.date() if parsed is not None else None


def _weekday(published: dt.date, weekday: int, future: bool) -> dt.date:
    """Latest such weekday on or before publication; for planned events the first on or after it
    ("was due to meet on Tuesday evening" in a Tuesday paper is that evening: a week ahead would
    be "next Tuesday")."""
    if future:
        ahead = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
