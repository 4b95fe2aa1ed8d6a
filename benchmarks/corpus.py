"""A generated corpus folder for ingest tests and benchmarks, from real articles.

Every file is made from the real article texts of ../shared/gold/dev.jsonl and
tests/gold/heldout.jsonl: shortened re-publications under other outlets and dates (.txt
with a header), JSON Lines files, RSS feeds, byte-identical duplicates under other names,
and broken files (empty, binary, not UTF-8, malformed feed XML, HTML without a body, a bad
JSON line). The manifest says what a correct ingest must end with: every distinct good
text stored once, every broken input listed with its code.

    python benchmarks/corpus.py OUT_FOLDER N_FILES [SEED]
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO.parent / "shared" / "gold" / "dev.jsonl", REPO / "tests" / "gold" / "heldout.jsonl")
OUTLETS = ("Wire Service A", "Daily Ledger", "Evening Courier", "Global Dispatch", "Regional Herald",
           "Morning Post", "Radio Bulletin", "Online Monitor")

# A section front: navigation and footer, no story (what a crawler saves for a moved article).
NO_ARTICLE_PAGE = """<!DOCTYPE html>
<html><head><title>Example News - World</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<footer><p>© 2024 Example News Ltd.</p><a href="/privacy">Privacy</a></footer></body></html>
"""


@dataclass
class Manifest:
    good: set[str] = field(default_factory=set)              # content ids a correct ingest stores
    broken: dict[str, str] = field(default_factory=dict)     # origin -> expected failure code
    files: int = 0
    duplicate_files: int = 0


def base_articles() -> list[dict]:
    records = []
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def _content_id(text: str) -> str:
    from eventwire.ingest import content_id

    return content_id(text)


def _variant(rng: random.Random, article: dict, max_paragraphs: int) -> tuple[dict, str]:
    """A re-publication: a run of the article's paragraphs under another outlet's sign-off, dated ±1 day."""
    paragraphs = [p.strip() for p in article["text"].split("\n\n") if p.strip()]
    keep = rng.randint(min(2, len(paragraphs)), min(max_paragraphs, len(paragraphs)))
    first = rng.randint(0, len(paragraphs) - keep)
    outlet = rng.choice(OUTLETS)
    published = article.get("published")
    if published:
        published = (dt.date.fromisoformat(published) + dt.timedelta(days=rng.choice((-1, 0, 0, 1)))).isoformat()
    body = "\n\n".join(paragraphs[first:first + keep] + [f"({outlet}, {published or 'undated'})"])
    meta = {"title": article.get("title") or "Untitled", "outlet": outlet, "published": published,
            "url": article.get("url")}
    return meta, body


def _expect(manifest: "Manifest", body: str, origin: str, rejected: list[tuple[str, str]], suffix: str) -> None:
    """A good text is stored; one eventwire's language check rejects (a short run of list-like
    paragraphs can fall under its English-word share) is an expected E005 failure."""
    from eventwire.config import Options
    from eventwire.errors import InputError
    from eventwire.ingest.checks import check_text

    try:
        check_text(body, Options())
    except InputError as exc:
        manifest.broken[origin + suffix] = exc.code
        rejected.append((suffix, exc.code))
        return
    manifest.good.add(_content_id(body))


def _txt(meta: dict, body: str) -> str:
    header = [f"Title: {meta['title']}", f"Outlet: {meta['outlet']}"]
    if meta["published"]:
        header.append(f"Date: {meta['published']}")
    if meta["url"]:
        header.append(f"URL: {meta['url']}")
    return "\n".join(header) + "\n\n" + body + "\n"


def _rss(items: list[tuple[dict, str]]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
           "<title>Generated Feed</title><link>https://example.org/</link><description>test</description>"]
    for meta, body in items:
        html = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
        out.append(f"<item><title>{escape(meta['title'])}</title>"
                   + (f"<link>{escape(meta['url'])}</link>" if meta["url"] else "")
                   + f"<content:encoded>{escape(html)}</content:encoded></item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def make_corpus(folder: Path, n_files: int, seed: int = 0, max_paragraphs: int = 4) -> Manifest:
    """Write ``n_files`` files under ``folder`` (in sub-folders) and return what ingest must find."""
    from eventwire.ingest.feeds import html_to_text

    rng = random.Random(seed)
    articles = base_articles()
    manifest = Manifest()
    written: list[tuple[Path, list[tuple[str, str]]]] = []  # good files and their rejected parts
    broken_kinds = ("empty", "binary", "latin1", "bad_xml", "no_body", "bad_json")
    for index in range(n_files):
        sub = folder / f"batch{index % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        roll = rng.random()
        if roll < 0.15 and written:  # a byte-identical copy of an earlier good file
            original, rejected = rng.choice(written)
            path = sub / f"copy{index:05d}{original.suffix}"
            path.write_bytes(original.read_bytes())
            for suffix, code in rejected:
                manifest.broken[f"{path}{suffix}"] = code
            manifest.duplicate_files += 1
        elif roll < 0.28:
            kind = broken_kinds[index % len(broken_kinds)]
            path = _broken(sub, index, kind, rng.choice(articles), manifest)
        elif roll < 0.38:
            path = sub / f"wire{index:05d}.jsonl"
            lines, rejected = [], []
            for number in range(rng.randint(1, 3)):
                meta, body = _variant(rng, rng.choice(articles), max_paragraphs)
                lines.append(json.dumps({"title": meta["title"], "outlet": meta["outlet"],
                                         "published": meta["published"], "url": meta["url"], "text": body}))
                _expect(manifest, body, str(path), rejected, f":{number + 1}")
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            written.append((path, rejected))
        elif roll < 0.45:
            path = sub / f"feed{index:05d}.rss"
            items = [_variant(rng, rng.choice(articles), max_paragraphs) for _ in range(2)]
            path.write_text(_rss(items), encoding="utf-8")
            rejected = []
            for number, (_, body) in enumerate(items, 1):
                html = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
                _expect(manifest, html_to_text(html), str(path), rejected, f"#item{number}")
            written.append((path, rejected))
        else:
            meta, body = _variant(rng, rng.choice(articles), max_paragraphs)
            path = sub / f"story{index:05d}.txt"
            path.write_text(_txt(meta, body), encoding="utf-8")
            rejected = []
            _expect(manifest, body, str(path), rejected, "")
            written.append((path, rejected))
        manifest.files += 1
    return manifest


def _broken(sub: Path, index: int, kind: str, article: dict, manifest: Manifest) -> Path:
    if kind == "empty":
        path, code = sub / f"empty{index:05d}.txt", "E001"
        path.write_bytes(b"")
    elif kind == "binary":
        path, code = sub / f"scan{index:05d}.txt", "E002"
        path.write_bytes(b"%PDF-1.4\x00\x00\x01" + article["text"][:200].encode())
    elif kind == "latin1":
        path, code = sub / f"latin{index:05d}.txt", "E003"
        path.write_bytes(("Caf\u00e9 " + article["text"][:300]).encode("latin-1", "replace"))
    elif kind == "bad_xml":
        path, code = sub / f"cut{index:05d}.rss", "E050"
        path.write_text(_rss([({"title": article["title"], "url": None}, article["text"][:400])])[:-40],
                        encoding="utf-8")
    elif kind == "no_body":
        path, code = sub / f"menu{index:05d}.html", "E006"
        path.write_text(NO_ARTICLE_PAGE, encoding="utf-8")
    else:
        path, code = sub / f"bad{index:05d}.jsonl", "E007"
        path.write_text('{"title": "cut off", "text": "' + article["text"][:80].replace('"', "'") + "\n",
                        encoding="utf-8")
        manifest.broken[f"{path}:1"] = code
        return path
    manifest.broken[str(path)] = code
    return path


if __name__ == "__main__":
    out, count = Path(sys.argv[1]), int(sys.argv[2])
    result = make_corpus(out, count, int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    print(f"{result.files} files: {len(result.good)} distinct good articles, {len(result.broken)} broken inputs, "
          f"{result.duplicate_files} byte-identical copies")
