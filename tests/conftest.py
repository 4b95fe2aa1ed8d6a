"""Shared fixtures: real article texts, a file writer into tmp_path, and the pipeline loaded once.

Article texts come from the repository's example (public-domain VOA) and from the
shared gold files next to the repository (``../shared/gold``), never from text
invented for the test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED_GOLD = REPO.parent / "shared" / "gold"
HELDOUT_GOLD = REPO / "tests" / "gold" / "heldout.jsonl"


def _header_and_body(raw: str) -> tuple[dict[str, str], str]:
    head, _, body = raw.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return fields, body.strip("\n")


@pytest.fixture(scope="session")
def voa_file() -> Path:
    """examples/voa-example.txt: Title/Date/Outlet/URL header, a blank line, seven paragraphs."""
    return EXAMPLES / "voa-example.txt"


@pytest.fixture(scope="session")
def voa_header(voa_file: Path) -> dict[str, str]:
    return _header_and_body(voa_file.read_text(encoding="utf-8"))[0]


@pytest.fixture(scope="session")
def voa_body(voa_file: Path) -> str:
    """The VOA article body exactly as written below its header (no trailing newline)."""
    return _header_and_body(voa_file.read_text(encoding="utf-8"))[1]


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article of DESIGN.md: headline, 'Share:' line, curly quotes, no header."""
    path = SHARED_GOLD / "seed-article.txt"
    if not path.exists():
        pytest.skip(f"shared gold not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_gold_lines() -> list[str]:
    """The lines of ../shared/gold/dev.jsonl (one gold article each)."""
    path = SHARED_GOLD / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"shared gold not found at {path}")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_gold_records(dev_gold_lines: list[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in dev_gold_lines]


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """``write("sub/name.txt", content)``: a real file under tmp_path (str as UTF-8, bytes as is)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return _write


@pytest.fixture(scope="session")
def pipeline():
    """eventwire's spaCy pipeline, loaded once for the whole session (it is cached per process)."""
    from eventwire.nlp import load_pipeline

    return load_pipeline()
