"""Ingest as a user meets it: real files in a folder become Articles, bad ones become coded Failures.

Everything goes through ``read_paths(paths, Options())``, the one entry point the
CLI and the Python API use.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import Article, Failure, Options
from eventwire.ingest import read_paths

# A news page as sites serve it: navigation, a byline, an <article> of several paragraphs,
# a "most read" box and a footer. Paragraph text from the seed article (AFP via France24).
NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Iran, allies plan joint but limited retaliation against Israel | Example News</title>
<meta property="og:title" content="Iran, allies plan joint but limited retaliation against Israel">
<meta property="og:site_name" content="Example News">
<meta name="date" content="2024-08-02">
<link rel="canonical" href="https://news.example.org/middle-east/iran-allies-retaliation">
</head>
<body>
<header class="site-header">
  <nav class="main-nav"><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Iran, allies plan joint but limited retaliation against Israel</h1>
  <p class="byline">By Staff Writer | <time datetime="2024-08-02">August 2, 2024</time></p>
  <p>Iran and its proxies are preparing coordinated action meant to deter Israel but avert all-out war, sources and analysts said, after the killings of top Hamas and Hezbollah figures.</p>
  <p>On Wednesday, Iranian officials met in Tehran with representatives of the so-called “Axis of Resistance” — a loose alliance of Tehran-backed groups hostile to Israel — to discuss retaliation for the deaths of Hamas’s leader and Hezbollah’s top military commander, said a source close to Lebanese group.</p>
  <p>Iran’s supreme leader Ayatollah Ali Khamenei threatened a “harsh punishment” for the killing of Hamas leader Ismail Haniyeh in Tehran, which the group blamed on Israel, also vowing revenge.</p>
  <p>Hezbollah leader Hassan Nasrallah warned Thursday his group was bound to respond to Israel’s killing of top military commander Fuad Shukr, saying in a speech broadcast at the funeral that his death and that of Haniyeh “crossed” red lines.</p>
</article>
<aside class="related"><h2>Most read</h2><ul>
  <li><a href="/a">Celebrity chef opens new restaurant downtown</a></li>
  <li><a href="/b">Stock markets rally on tech earnings</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2024 Example News Ltd. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie settings</a> | <a href="/contact">Contact us</a></p></footer>
</body>
</html>
"""

NEWS_PAGE_PARAGRAPHS = re.findall(r"<p>(.*?)</p>", NEWS_PAGE.split("<article>")[1].split("</article>")[0])
BOILERPLATE = ("Home", "Subscribe to our newsletter", "Most read", "Celebrity chef", "Stock markets rally",
               "All rights reserved", "Privacy policy", "Cookie settings", "Contact us", "By Staff Writer")

# An older site's layout: no <article>, no metadata but a copyright year in the footer.
DIV_PAGE = """<html><head><title>Nepal rebels report progress in arms talks - The Daily Wire</title></head>
<body>
<div id="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></div>
<div class="story-body">
<p>Nepal's Maoist rebels say they have made significant progress in peace talks with the government on arms management.</p>
<p>A Maoist spokesman said Sunday the two sides have agreed in principle to separately lock up an equal number of weapons under United Nations supervision.</p>
<p>The issue of weapons held by the rebels has been the main sticking point in the peace process aimed at ending a decade-old Maoist insurgency.</p>
</div>
<div class="footer">Copyright 2006 The Daily Wire. All rights reserved.</div>
</body></html>
"""

# A section front: navigation and footer, no story on it.
NO_ARTICLE_PAGE = """<!DOCTYPE html>
<html><head><title>Example News - World</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<footer><p>© 2024 Example News Ltd.</p><a href="/privacy">Privacy</a></footer></body></html>
"""

# Le Monde-style and El País-style news paragraphs: real news prose, not English.
FRENCH = (
    "Le gouvernement français a annoncé mardi une série de mesures destinées à soutenir les agriculteurs "
    "touchés par la sécheresse, après plusieurs semaines de manifestations dans les campagnes. Le Premier "
    "ministre a déclaré que l'État débloquerait une aide d'urgence de 400 millions d'euros, tandis que les "
    "syndicats agricoles ont jugé ces annonces insuffisantes et appelé à poursuivre la mobilisation devant "
    "les préfectures jusqu'à la fin du mois. Les représentants de la FNSEA doivent être reçus jeudi à Matignon.\n"
)
SPANISH = (
    "El Gobierno de Colombia y el Ejército de Liberación Nacional anunciaron este lunes en Caracas la "
    "reanudación de las conversaciones de paz, suspendidas desde hace varios meses tras un atentado contra "
    "una base militar en el departamento de Arauca. Los negociadores de ambas partes afirmaron que la nueva "
    "ronda se centrará en un cese al fuego bilateral y en la participación de la sociedad civil, mientras "
    "organizaciones de derechos humanos pidieron garantías para las comunidades rurales afectadas por el conflicto.\n"
)

# First bytes of a real PNG file: signature, IHDR chunk (NUL bytes throughout).
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866") + bytes(64)


def read(*paths: Path | str, options: Options | None = None) -> list[Article | Failure]:
    return list(read_paths([str(p) for p in paths], options or Options()))


def only_article(records: list[Article | Failure]) -> Article:
    assert len(records) == 1, records
    assert isinstance(records[0], Article), records[0]
    return records[0]


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


# ---------------------------------------------------------------- plain text


def test_txt_header_lines_become_fields(voa_file, voa_header, voa_body):
    article = only_article(read(voa_file))
    assert article.title == "Nepal Maoists: Deal on Arms Management Very Close"
    assert article.published == dt.date(2006, 11, 6)
    assert article.outlet == "Voice of America"
    assert article.url == voa_header["URL"]
    assert article.origin == str(voa_file)


def test_txt_body_below_header_is_kept_exactly(write, voa_body):
    path = write("voa.txt", "Title: Nepal Maoists\nDate: 2006-11-06\n\n" + voa_body + "\n")
    article = only_article(read(path))
    assert article.text == voa_body
    assert "Title:" not in article.text


def test_txt_without_header_is_all_body(write, seed_text):
    path = write("seed.txt", seed_text)
    article = only_article(read(path))
    assert article.text == seed_text.strip("\n")
    assert (article.title, article.published, article.outlet, article.url) == (None, None, None, None)
    assert "“harsh punishment”" in article.text  # curly quotes survive


def test_txt_windows_line_endings_are_unified(write, voa_body):
    path = write("crlf.txt", "Title: Nepal Maoists\r\n\r\n" + voa_body.replace("\n", "\r\n"))
    article = only_article(read(path))
    assert article.title == "Nepal Maoists"
    assert article.text == voa_body


def test_txt_utf8_byte_order_mark_is_not_text(write, voa_body):
    path = write("bom.txt", b"\xef\xbb\xbf" + voa_body.encode("utf-8"))
    assert only_article(read(path)).text == voa_body


def test_txt_holding_an_html_page_is_read_as_html(write):
    article = only_article(read(write("saved-page.txt", NEWS_PAGE)))
    assert "<p>" not in article.text
    assert NEWS_PAGE_PARAGRAPHS[0] in article.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(7)), title=st.text(st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"]),
                                                       min_size=1, max_size=60).filter(str.strip))
def test_txt_any_body_and_title_round_trip(write, voa_body, order, title):
    paragraphs = voa_body.split("\n\n")
    body = "\n\n".join(paragraphs[i] for i in order)
    path = write("roundtrip.txt", f"Title: {title}\nOutlet: Voice of America\n\n{body}\n")
    article = only_article(read(path))
    assert article.text == body
    assert article.title == title.strip()


# ---------------------------------------------------------------- HTML


def test_html_page_gives_article_body_without_boilerplate(write):
    article = only_article(read(write("iran.html", NEWS_PAGE)))
    for paragraph in NEWS_PAGE_PARAGRAPHS:
        assert paragraph in article.text
    for junk in BOILERPLATE:
        assert junk not in article.text, junk
    assert "\n\n".join(NEWS_PAGE_PARAGRAPHS) in article.text  # paragraphs stay paragraphs


def test_html_page_metadata_becomes_fields(write):
    article = only_article(read(write("iran.html", NEWS_PAGE)))
    assert article.title == "Iran, allies plan joint but limited retaliation against Israel"
    assert article.outlet == "Example News"
    assert article.url == "https://news.example.org/middle-east/iran-allies-retaliation"
    assert article.published == dt.date(2024, 8, 2)


def test_html_page_without_article_element_still_gives_the_story(write):
    article = only_article(read(write("nepal.htm", DIV_PAGE)))
    assert article.text.startswith("Nepal's Maoist rebels say")
    assert "decade-old Maoist insurgency." in article.text
    for junk in ("Weather", "Copyright", "All rights reserved"):
        assert junk not in article.text


def test_html_copyright_year_is_not_a_publication_date(write):
    # "Copyright 2006" says nothing about the day; 2006-01-01 would mis-resolve "Sunday".
    article = only_article(read(write("nepal.htm", DIV_PAGE)))
    assert article.published is None


# ---------------------------------------------------------------- JSON Lines


def test_jsonl_records_become_articles_with_their_ids_and_dates(write, dev_gold_records):
    records = [{k: r[k] for k in ("id", "text", "published", "title", "outlet")} for r in dev_gold_records[:3]]
    path = write("batch.jsonl", jsonl(*records))
    articles = read(path)
    assert [a.id for a in articles] == [r["id"] for r in records]
    assert [a.text for a in articles] == [r["text"] for r in records]
    assert [a.published for a in articles] == [dt.date.fromisoformat(r["published"]) for r in records]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_jsonl_record_without_id_gets_a_content_hash(write, voa_body):
    path = write("noid.jsonl", jsonl({"text": voa_body}, {"text": voa_body, "published": None}))
    first, second = read(path)
    assert first.id == second.id
    assert re.fullmatch(r"[0-9a-f]{16}", first.id)
    assert first.published is None


def test_jsonl_blank_lines_are_skipped_but_counted(write, voa_body):
    path = write("gaps.jsonl", "\n" + jsonl({"id": "a", "text": voa_body}) + "\n\n" + jsonl({"id": "b", "text": voa_body}))
    assert [a.origin for a in read(path)] == [f"{path}:2", f"{path}:5"]


def test_jsonl_bad_line_between_good_ones_fails_alone(write, dev_gold_records):
    good = [{"id": r["id"], "text": r["text"]} for r in dev_gold_records[:2]]
    path = write("mixed.jsonl", jsonl(good[0]) + '{"id": "broken", "text": "unterminated\n' + jsonl(good[1]))
    first, failure, second = read(path)
    assert (first.id, second.id) == (good[0]["id"], good[1]["id"])
    assert isinstance(failure, Failure)
    assert failure.origin == f"{path}:2"
    assert failure.code == "E007"
    assert failure.message.startswith("[E007]")


# ---------------------------------------------------------------- folders and stdin


def test_folder_is_read_recursively_in_sorted_order(tmp_path, write, voa_body, seed_text, dev_gold_records):
    write("corpus/b.txt", voa_body)
    write("corpus/a/2024/seed.txt", seed_text)
    write("corpus/a/2024/page.html", NEWS_PAGE)
    write("corpus/a/feed.jsonl", jsonl({"id": dev_gold_records[1]["id"], "text": dev_gold_records[1]["text"]}))
    write("corpus/c/notes.md", "# not an article")
    write("corpus/c/scan.pdf", b"%PDF-1.4\n")
    origins = [record.origin for record in read(tmp_path / "corpus")]
    corpus = tmp_path / "corpus"
    assert origins == [str(corpus / "a/2024/page.html"), str(corpus / "a/2024/seed.txt"),
                       f"{corpus / 'a/feed.jsonl'}:1", str(corpus / "b.txt")]


def test_folder_with_a_bad_file_still_gives_the_good_ones(tmp_path, write, voa_body):
    write("corpus/1-empty.txt", "")
    write("corpus/2-good.txt", voa_body)
    failure, article = read(tmp_path / "corpus")
    assert isinstance(failure, Failure) and failure.code == "E001"
    assert isinstance(article, Article) and article.text == voa_body


def test_paths_are_read_in_the_order_given(write, voa_body, seed_text):
    second, first = write("z.txt", seed_text), write("a.txt", voa_body)
    assert [r.origin for r in read(second, first)] == [str(second), str(first)]


def test_dash_reads_a_text_article_from_stdin(monkeypatch, voa_body):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Title: From a pipe\n\n" + voa_body.encode())))
    article = only_article(read("-"))
    assert (article.title, article.text, article.origin) == ("From a pipe", voa_body, "<stdin>")


def test_dash_reads_json_lines_from_stdin(monkeypatch, dev_gold_records):
    lines = jsonl(*({"id": r["id"], "text": r["text"]} for r in dev_gold_records[:2]))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    articles = read("-")
    assert [a.id for a in articles] == [r["id"] for r in dev_gold_records[:2]]
    assert [a.origin for a in articles] == ["<stdin>:1", "<stdin>:2"]


# ---------------------------------------------------------------- content-hash ids


def test_same_text_twice_gets_the_same_id(write, voa_body):
    once = only_article(read(write("one/voa.txt", voa_body)))
    again = only_article(read(write("two/copy-of-voa.txt", "Title: Syndicated copy\n\n" + voa_body)))
    assert once.id == again.id


def test_different_text_gets_a_different_id(write, voa_body, seed_text):
    one = only_article(read(write("voa.txt", voa_body)))
    other = only_article(read(write("seed.txt", seed_text)))
    assert one.id != other.id


# ---------------------------------------------------------------- bad inputs


def _latin1_article(voa_body: str) -> bytes:
    return ("Café owners in Kathmandu said " + voa_body).encode("latin-1")


BAD_INPUTS = [
    # (case id, file name, content builder, options, code, line in origin)
    ("empty", "empty.txt", lambda body: b"", None, "E001", None),
    ("whitespace-only", "blank.txt", lambda body: b"\n   \n\t\n", None, "E001", None),
    ("binary", "photo.txt", lambda body: PNG_BYTES, None, "E002", None),
    ("invalid-utf8", "latin1.txt", _latin1_article, None, "E003", None),
    ("over-size-limit", "long.txt", lambda body: body.encode(), Options(max_bytes=200), "E004", None),
    ("french", "le-monde.txt", lambda body: FRENCH.encode(), None, "E005", None),
    ("spanish", "el-pais.txt", lambda body: SPANISH.encode(), None, "E005", None),
    ("french-html", "le-monde.html",
     lambda body: f"<html><body><article><p>{FRENCH}</p><p>{FRENCH}</p></article></body></html>".encode(),
     None, "E005", None),
    ("html-without-article", "section-front.html", lambda body: NO_ARTICLE_PAGE.encode(), None, "E006", None),
    ("jsonl-malformed", "feed.jsonl", lambda body: b'{"id": "a", "text": ', None, "E007", 1),
    ("jsonl-not-an-object", "feed.jsonl", lambda body: b'["a list", "not an article"]\n', None, "E008", 1),
    ("jsonl-no-text", "feed.jsonl", lambda body: b'{"id": "a", "title": "Headline only"}\n', None, "E008", 1),
    ("jsonl-bad-date", "feed.jsonl", lambda body: jsonl({"text": body, "published": "2 August 2024"}).encode(),
     None, "E009", 1),
    ("txt-bad-header-date", "dated.txt", lambda body: f"Title: X\nDate: last Tuesday\n\n{body}".encode(),
     None, "E009", None),
    ("unsupported-suffix", "report.pdf", lambda body: b"%PDF-1.4\n" + body.encode(), None, "E010", None),
    ("no-words", "numbers.txt", lambda body: b"2024-08-02 14:00 | 33.89, 35.49 | +961 1 234 567\n", None, "E013", None),
]


@pytest.mark.parametrize(("name", "build", "options", "code", "line"),
                         [pytest.param(*case[1:], id=case[0]) for case in BAD_INPUTS])
def test_bad_input_is_a_coded_failure_naming_the_file(write, voa_body, name, build, options, code, line):
    path = write(name, build(voa_body))
    records = read(path, options=options)
    assert len(records) == 1, records
    failure = records[0]
    assert isinstance(failure, Failure), failure
    assert failure.code == code
    assert f"[{code}]" in failure.message
    assert failure.stage == "ingest"
    assert failure.origin == (f"{path}:{line}" if line else str(path))


def test_missing_path_is_a_coded_failure(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    (failure,) = read(missing)
    assert isinstance(failure, Failure)
    assert (failure.code, failure.origin) == ("E011", str(missing))
    assert "[E011]" in failure.message


def test_failure_messages_say_what_to_do(write, voa_body):
    (too_big,) = read(write("long.txt", voa_body), options=Options(max_bytes=100))
    assert str(len(voa_body.encode())) in too_big.message and "100" in too_big.message
    (latin1,) = read(write("latin1.txt", _latin1_article(voa_body)))
    assert "UTF-8" in latin1.message


def test_size_limit_is_the_users_to_raise(write, voa_body):
    path = write("long.txt", voa_body)
    assert isinstance(read(path, options=Options(max_bytes=len(voa_body.encode())))[0], Article)


def test_short_english_brief_passes_the_language_check(write):
    brief = "Police in Kenya arrested twelve protesters outside parliament in Nairobi on Tuesday.\n"
    assert only_article(read(write("brief.txt", brief))).text == brief.strip()


def test_a_bad_file_never_stops_the_batch(write, voa_body, seed_text):
    paths = [write("1.txt", b""), write("2.txt", voa_body), write("3.txt", PNG_BYTES), write("4.txt", seed_text)]
    kinds = [type(record).__name__ for record in read(*paths)]
    assert kinds == ["Failure", "Article", "Failure", "Article"]


def test_shuffled_paragraphs_are_different_articles(tmp_path, write, voa_body):
    paragraphs = voa_body.split("\n\n")
    rng = random.Random(7)
    texts = set()
    for n in range(20):
        rng.shuffle(paragraphs)
        texts.add("\n\n".join(paragraphs))
        write(f"shuffled/{n:02}.txt", "\n\n".join(paragraphs))
    ids = {article.id for article in read(tmp_path / "shuffled")}
    assert len(ids) == len(texts)
