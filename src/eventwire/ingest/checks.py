"""Turn raw bytes into article text, or say precisely why not."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..config import Options
from ..errors import InputError

_WORD = re.compile(r"[A-Za-z]+")


def decode(data: bytes, options: Options) -> str:
    """Bytes of one file to text: rejects empty, oversized, binary and non-UTF-8 input."""
    if len(data) > options.max_bytes:
        raise InputError("E004", size=len(data), limit=options.max_bytes)
    if not data.strip():
        raise InputError("E001")
    if b"\x00" in data[:8192]:
        raise InputError("E002")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("E003", position=exc.start) from exc
    return normalise(text)


def normalise(text: str) -> str:
    """Unify line endings so spans are stable whatever platform wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, options: Options) -> None:
    """Reject texts eventwire cannot analyse: no words, or not English."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        raise InputError("E013")
    if len(words) < options.language_check_min_words:
        return
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < options.min_english_share:
        raise InputError("E005", share=share)
