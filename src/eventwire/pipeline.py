"""Articles in, ArticleResults out: nlp → extract → resolve, one pipeline load per process.

A failure inside one article's analysis becomes that article's ``Failure``
record; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from .config import Options
from .extract import find_events, find_quotes
from .ingest import content_id
from .ingest.checks import normalise
from .model import Article, ArticleResult, Failure
from .nlp import load_pipeline
from .resolve import resolve_article


def process(articles: Iterable[Article], options: Options | None = None) -> Iterator[ArticleResult]:
    """Extract events and quotes from each article, streaming in spaCy batches."""
    options = options or Options()
    nlp = load_pipeline()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size):
        try:
            events, quotes = resolve_article(doc, article, find_events(doc), find_quotes(doc))
        except (ValueError, KeyError, IndexError, AttributeError) as exc:  # a bug must not sink the batch
            failure = Failure(origin=article.origin or article.id, stage="extract",
                              code="E040", message=f"[E040] extraction failed: {type(exc).__name__}: {exc}")
            yield ArticleResult(article=article, errors=(failure,))
            continue
        yield ArticleResult(article=article, events=events, quotes=quotes)


def extract(text: str, published: dt.date | str | None = None, *, title: str | None = None,
            outlet: str | None = None, url: str | None = None, id: str | None = None,
            options: Options | None = None) -> ArticleResult:
    """Events and quotes of one article text, as typed records (the Python API)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    text = normalise(text)
    article = Article(id=id or content_id(text), text=text, published=published, title=title,
                      outlet=outlet, url=url)
    return next(process([article], options))
