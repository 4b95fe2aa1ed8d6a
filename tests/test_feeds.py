"""RSS 2.0 and Atom feed files become Articles, one per item; broken feeds say why."""

from __future__ import annotations

import datetime as dt
from html import escape

import pytest

from eventwire.config import Options
from eventwire.ingest import read_paths
from eventwire.model import Article, Failure


def _paragraphs(record: dict, n: int = 3) -> list[str]:
    return [p for p in record["text"].split("\n\n") if p.strip()][:n]


def rss(records: list[dict], *, with_full_text: bool = True) -> str:
    items = []
    for record in records:
        html = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(record))
        body = (f"<content:encoded><![CDATA[{html}]]></content:encoded>" if with_full_text
                else f"<description>{escape(html)}</description>")
        items.append(f"<item><title>{escape(record['title'])}</title><link>https://example.org/{record['id']}</link>"
                     f"<pubDate>Fri, 02 Aug 2024 09:30:00 GMT</pubDate>{body}</item>")
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>France24 World</title>{''.join(items)}</channel></rss>")


def atom(record: dict) -> str:
    text = "\n\n".join(_paragraphs(record))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Voice of America</title>"
            f"<entry><title>{escape(record['title'])}</title><link href='https://voa.example/{record['id']}'/>"
            f"<published>2012-09-27T10:00:00Z</published><content type='text'>{escape(text)}</content></entry></feed>")


def read(path) -> list[Article | Failure]:
    return list(read_paths([str(path)], Options()))


@pytest.mark.parametrize("full_text", [True, False], ids=["content-encoded", "description"])
def test_rss_items_become_articles_with_outlet_date_link_and_paragraphs(write, dev_gold_records, full_text):
    records = dev_gold_records[:2]
    items = read(write("world.rss", rss(records, with_full_text=full_text)))
    assert [type(i) for i in items] == [Article, Article]
    first = items[0]
    assert first.outlet == "France24 World" and first.published == dt.date(2024, 8, 2)
    assert first.url == f"https://example.org/{records[0]['id']}" and first.title == records[0]["title"]
    assert first.text.split("\n\n") == [" ".join(p.split()) for p in _paragraphs(records[0])]
    assert first.origin.endswith("world.rss#item1")


def test_atom_entry_becomes_an_article(write, dev_gold_records):
    record = next(r for r in dev_gold_records if "sudans" in r["id"])
    [article] = read(write("voa.atom", atom(record)))
    assert article.outlet == "Voice of America" and article.published == dt.date(2012, 9, 27)
    assert article.url.endswith(record["id"]) and "Sudan" in article.text


@pytest.mark.parametrize("name, content, code", [
    ("cut.rss", lambda r: rss(r)[:-30], "E050"),
    ("sitemap.xml", lambda r: '<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>', "E051"),
])
def test_a_broken_feed_file_is_one_coded_failure(write, dev_gold_records, name, content, code):
    [failure] = read(write(name, content(dev_gold_records[:1])))
    assert isinstance(failure, Failure) and failure.code == code and failure.stage == "ingest"
    assert failure.message.startswith(f"[{code}]")


def test_an_item_without_text_fails_alone_and_the_others_go_on(write, dev_gold_records):
    feed = rss(dev_gold_records[:1]).replace("<item>", "<item><title>Headline only</title></item><item>", 1)
    items = read(write("mixed.rss", feed))
    assert isinstance(items[0], Failure) and items[0].code == "E052" and items[0].origin.endswith("#item1")
    assert isinstance(items[1], Article)
