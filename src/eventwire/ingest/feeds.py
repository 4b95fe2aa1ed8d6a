"""RSS 2.0 and Atom feed files: one Article per item, from its full text or its description.

A feed that is not well-formed XML (or not a feed at all) is one ``InputError`` for the
file; an item with no text is a ``Failure`` for that item and the other items go on.
The outlet is the feed's own title; HTML in item bodies is reduced to paragraphs.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser

from ..config import Options
from ..errors import InputError
from ..model import Article, Failure
from .checks import check_text, normalise
from .readers import content_id

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
SUFFIXES = (".rss", ".atom", ".xml")

# Tags after which a paragraph ends when an item body is HTML.
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}
_SKIP_TAGS = {"script", "style"}


def read_feed(text: str, origin: str, options: Options) -> Iterator[Article | Failure]:
    """Every item of an RSS 2.0 or Atom document; raises ``InputError`` for a malformed file."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError("E050", reason=exc) from exc
    if root.tag == "rss":
        channel = root.find("channel")
        outlet = _text(channel, "title") if channel is not None else None
        items = channel.findall("item") if channel is not None else []
        parse = _rss_item
    elif root.tag == f"{ATOM}feed":
        outlet = _text(root, f"{ATOM}title")
        items = root.findall(f"{ATOM}entry")
        parse = _atom_entry
    else:
        raise InputError("E051", root=root.tag.rpartition("}")[2])
    for number, item in enumerate(items, 1):
        where = f"{origin}#item{number}"
        try:
            title, url, published, body = parse(item, number)
            body = html_to_text(body) if _looks_like_markup(body) else normalise(body).strip()
            if not body:
                raise InputError("E052", number=number)
            check_text(body, options)
            yield Article(id=content_id(body), text=body, published=published, title=title,
                          outlet=outlet, url=url, origin=where)
        except InputError as exc:
            yield Failure(origin=where, stage="ingest", code=exc.code, message=str(exc))


def _rss_item(item: ET.Element, number: int) -> tuple[str | None, str | None, dt.date | None, str]:
    body = _text(item, CONTENT) or _text(item, "description") or ""
    raw_date = _text(item, "pubDate") or _text(item, DC_DATE)
    return _text(item, "title"), _text(item, "link"), _date(raw_date, number), body


def _atom_entry(entry: ET.Element, number: int) -> tuple[str | None, str | None, dt.date | None, str]:
    content = entry.find(f"{ATOM}content")
    if content is not None and content.get("type") == "xhtml":
        body = ET.tostring(content, encoding="unicode", method="html")
    else:
        body = _text(entry, f"{ATOM}content") or _text(entry, f"{ATOM}summary") or ""
    url = None
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            url = link.get("href")
            break
    raw_date = _text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated")
    return _text(entry, f"{ATOM}title"), url, _date(raw_date, number), body


def _text(parent: ET.Element | None, tag: str) -> str | None:
    element = parent.find(tag) if parent is not None else None
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None


def _date(value: str | None, number: int) -> dt.date | None:
    """RSS uses RFC 822 (``Tue, 30 Jul 2024 18:00:00 GMT``), Atom RFC 3339."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError) as exc:
        raise InputError("E053", number=number, value=value) from exc


def _looks_like_markup(body: str) -> bool:
    return "<" in body and ">" in body


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Item HTML to plain paragraphs separated by one blank line."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    paragraphs = (" ".join(chunk.split()) for chunk in "".join(collector.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
