"""One reader per source kind: plain text, HTML, JSON Lines. Each yields Articles.

A reader raises ``InputError`` for a whole unreadable file; for a JSONL file it
yields a ``Failure`` per bad line and goes on with the next.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from ..config import Options
from ..errors import InputError
from ..model import Article, Failure
from .checks import check_text, normalise

_HEADER = re.compile(r"^(Title|Date|Outlet|URL|Published|Source):\s*(.*)$", re.IGNORECASE)
_HEADER_KEYS = {"title": "title", "date": "published", "published": "published",
                "outlet": "outlet", "source": "outlet", "url": "url"}


def content_id(text: str) -> str:
    """Content-hash id: the same text read twice gets the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError("E009", value=value) from exc


def read_text(text: str, origin: str, options: Options) -> Article:
    """A ``.txt`` article: optional ``Key: value`` header lines, then a blank line, then the body."""
    meta: dict[str, str] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines) and (match := _HEADER.match(lines[index].strip())):
        meta[_HEADER_KEYS[match.group(1).lower()]] = match.group(2).strip()
        index += 1
    if meta and index < len(lines) and not lines[index].strip():
        body = "\n".join(lines[index + 1:])
    else:
        body, meta = text, {}
    body = body.strip("\n")
    check_text(body, options)
    return Article(
        id=content_id(body), text=body, published=parse_date(meta.get("published")),
        title=meta.get("title"), outlet=meta.get("outlet"), url=meta.get("url"), origin=origin,
    )


# trafilatura's default recall mode falls back to any text it finds, so a section front with
# no story became an "article" made of its menu ("Home / World / Sport"); precision mode
# returns nothing there and keeps the story on real article pages.
HTML_FAVOR_PRECISION = True
# htmldate's extensive search turns a footer's "© 2024" into 2024-01-01, a made-up day that
# relative dates ("on Tuesday") would then resolve against; markup and metadata dates only.
HTML_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def read_html(html: str, origin: str, options: Options) -> Article:
    """An HTML page: main text and metadata via trafilatura's boilerplate removal."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=HTML_FAVOR_PRECISION,
                                            date_extraction_params=dict(HTML_DATE_SEARCH))
    if extracted is None:
        document: dict[str, Any] = {}
    else:
        document = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = document.get("text") or ""
    if not body.strip():
        raise InputError("E006")
    body = normalise(body).replace("\n", "\n\n")
    check_text(body, options)
    published = None
    if (date := document.get("date")):
        try:
            published = parse_date(date)
        except InputError:
            published = None  # a page's own bad date is not a reason to lose its text
    return Article(
        id=content_id(body), text=body, published=published, title=document.get("title"),
        outlet=document.get("sitename"), url=document.get("url"), origin=origin,
    )


def read_jsonl(text: str, origin: str, options: Options) -> Iterator[Article | Failure]:
    """JSON Lines: one article object per line; a bad line is a Failure, the rest go on."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield _article_from_object(line, where, options)
        except InputError as exc:
            yield Failure(origin=where, stage="ingest", code=exc.code, message=str(exc))


def _article_from_object(line: str, where: str, options: Options) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError("E007", reason=exc.msg + f" at column {exc.colno}") from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InputError("E008")
    text = normalise(obj["text"])
    check_text(text, options)
    return Article(
        id=str(obj.get("id") or content_id(text)), text=text,
        published=parse_date(obj.get("published")), title=obj.get("title"),
        outlet=obj.get("outlet"), url=obj.get("url"), origin=where,
    )
