"""Sources to Articles: files, folders and stdin; bad inputs become Failures, never a crash."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import Options
from ..errors import InputError
from ..model import Article, Failure
from .checks import decode
from .feeds import SUFFIXES as FEED_SUFFIXES
from .feeds import read_feed
from .readers import content_id, read_html, read_jsonl, read_text

__all__ = ["SUFFIXES", "content_id", "read_paths"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl") + FEED_SUFFIXES


def read_paths(paths: Iterable[str], options: Options) -> Iterator[Article | Failure]:
    """Every article under ``paths`` (files, folders recursively, ``-`` for stdin), in order."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            yield from _read_one(data, "<stdin>", _stdin_kind(data), options)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES:
                    yield from _read_file(child, options)
        else:
            yield from _read_file(path, options)


def _stdin_kind(data: bytes) -> str:
    """Stdin has no suffix: JSON Lines start with an object, anything else is text (or HTML)."""
    return ".jsonl" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else ".txt"


def _read_file(path: Path, options: Options) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        if not path.exists():
            raise InputError("E011")
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise InputError("E010", suffix=suffix)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError("E012", reason=exc.strerror or exc) from exc
    except InputError as exc:
        yield Failure(origin=origin, stage="ingest", code=exc.code, message=str(exc))
        return
    yield from _read_one(data, origin, suffix, options)


def _read_one(data: bytes, origin: str, suffix: str, options: Options) -> Iterator[Article | Failure]:
    try:
        text = decode(data, options)
        if suffix == ".jsonl":
            yield from read_jsonl(text, origin, options)
        elif suffix in FEED_SUFFIXES:
            yield from read_feed(text, origin, options)
        elif suffix in (".html", ".htm") or (suffix == ".txt" and _looks_like_html(text)):
            yield read_html(text, origin, options)
        else:
            yield read_text(text, origin, options)
    except InputError as exc:
        yield Failure(origin=origin, stage="ingest", code=exc.code, message=str(exc))


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")
