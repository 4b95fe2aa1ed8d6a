"""The one layer the CLI (and later the HTTP API) calls for corpus work: ingest into the store,
rebuild incidents, query, export.

Ingest is incremental: articles are read (cheap), their content ids looked up in the store
in batches, and only new ones go through the NLP pipeline. Each stored article is its own
transaction, so a killed run resumes where it stopped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .config import Options
from .errors import InputError
from .incidents import group_incidents, rules
from .ingest import content_id, read_paths
from .model import Article, Failure
from .store import Store

# Articles read ahead and looked up in the store in one query before any NLP runs.
LOOKUP_BATCH = 64


@dataclass(frozen=True)
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    failure_codes: tuple[tuple[str, int], ...] = ()
    incidents: int | None = None
    failures: tuple[Failure, ...] = field(default=(), repr=False)


# Progress events the ingest reports to its caller: "stored", "duplicate", "failed".
Progress = Callable[[str], None]


def ingest(paths: Iterable[str], store: Store, options: Options | None = None, *,
           published: dt.date | None = None, progress: Progress | None = None,
           rebuild_incidents: bool = True) -> IngestSummary:
    """Read, extract and store every new article under ``paths``; record every failure."""
    from .pipeline import process

    options = options or Options()
    tally: Counter[str] = Counter()
    failures: list[Failure] = []
    content_ids: dict[str, str] = {}  # article id -> content id, for articles sent to the pipeline

    def note(kind: str) -> None:
        tally[kind] += 1
        if progress:
            progress(kind)

    def fail(failure: Failure) -> None:
        failures.append(failure)
        store.add_failure(failure)
        note("failed")

    def new_articles() -> Iterator[Article]:
        seen: set[str] = set()
        batch: list[Article] = []
        for item in read_paths(paths, options):
            if isinstance(item, Failure):
                tally["read"] += 1
                fail(item)
                continue
            tally["read"] += 1
            if item.published is None and published is not None:
                item = dataclasses.replace(item, published=published)
            batch.append(item)
            if len(batch) >= LOOKUP_BATCH:
                yield from _unseen(batch, store, seen, content_ids, note, fail)
                batch = []
        yield from _unseen(batch, store, seen, content_ids, note, fail)

    pending = new_articles()
    first = next(pending, None)
    if first is not None:  # load the pipeline only when there is something new to analyse
        for result in process(_chain(first, pending), options):
            if result.errors:
                for error in result.errors:
                    fail(error)
                continue
            if store.add(result, content_ids.pop(result.article.id)):
                note("stored")
            else:
                note("duplicate")
    count = rebuild(store) if rebuild_incidents else None
    codes = Counter(f.code for f in failures)
    return IngestSummary(read=tally["read"], stored=tally["stored"], duplicates=tally["duplicate"],
                         failed=tally["failed"], failure_codes=tuple(sorted(codes.items())),
                         incidents=count, failures=tuple(failures))


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _unseen(batch: list[Article], store: Store, seen: set[str], content_ids: dict[str, str],
            note: Progress, fail: Callable[[Failure], None]) -> Iterator[Article]:
    """The articles of ``batch`` neither stored nor already met in this run."""
    hashes = [content_id(article.text) for article in batch]
    stored, stored_by_id = store.stored_ids(hashes, [article.id for article in batch])
    for article, digest in zip(batch, hashes):
        if digest in stored or digest in seen:
            note("duplicate")
            continue
        earlier = stored_by_id.get(article.id) or content_ids.get(article.id)
        if earlier is not None and earlier != digest:
            error = InputError("E065", article_id=article.id, stored=earlier, new=digest)
            fail(Failure(origin=article.origin or article.id, stage="store", code=error.code, message=str(error)))
            continue
        seen.add(digest)
        content_ids[article.id] = digest
        yield article


def rebuild(store: Store) -> int:
    """Regroup every stored event into incidents and replace the stored ones."""
    grouping = rules()
    return store.replace_incidents(group_incidents(store.events(), grouping), grouping.version)
