"""A real ``eventwire serve`` on 127.0.0.1 for the API and dashboard tests.

``dev_database`` ingests the shared dev gold articles once per test session (a SQLite file in a
temporary folder), ``built_database`` any list of article files; ``running_server`` starts the
real command on a free loopback port, waits until ``/api/health`` answers and stops the process
afterwards.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

REPO = Path(__file__).resolve().parents[1]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev.jsonl"
# Articles that put a threat and its follow-up, and two tolls of one strike, in different
# reports (see tests/analysis_corpus.py), so follow-through and contradictions have data.
ANALYSIS_FIXTURES = REPO / "tests" / "fixtures" / "analysis_corpus.jsonl"
EVENTWIRE = Path(sys.executable).with_name("eventwire")
# Seconds for the server to import, open the store and answer /api/health.
START_TIMEOUT = 60.0

_built: dict[str, Path] = {}


def dev_database() -> Path:
    """A SQLite store of ../shared/gold/dev.jsonl and the analysis fixture articles, built once per process."""
    return built_database("dev", [DEV_GOLD] + ([ANALYSIS_FIXTURES] if ANALYSIS_FIXTURES.exists() else []))


def built_database(name: str, sources: list[Path]) -> Path:
    """``eventwire ingest SOURCES`` into a new SQLite file, once per process per ``name``.

    Skips the test when the shared gold is missing (every store built here starts from it)."""
    if name in _built:
        return _built[name]
    if not DEV_GOLD.exists():
        import pytest

        pytest.skip(f"shared gold not found at {DEV_GOLD}")
    folder = Path(tempfile.mkdtemp(prefix="eventwire-web-tests-"))
    db = folder / f"{name}.db"
    done = subprocess.run([str(EVENTWIRE), "ingest", *map(str, sources), "--db", str(db)], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    _built[name] = db
    return db


def copy_database(source: Path, target_folder: Path) -> Path:
    """A private copy of a store (SQLite file plus any WAL files), for tests that write."""
    target = target_folder / source.name
    for suffix in ("", "-wal", "-shm"):
        if Path(str(source) + suffix).exists():
            shutil.copy(str(source) + suffix, str(target) + suffix)
    return target


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    base: str
    log: IO[str]

    def output(self) -> str:
        """What the server printed so far (its start-up lines, warnings, errors)."""
        self.log.seek(0)
        return self.log.read()


@contextmanager
def running_server(db: Path, token: str | None = "test-token") -> Iterator[Server]:
    """``eventwire serve --db DB`` on a free loopback port (EVENTWIRE_TOKEN=token unless None)."""
    port = free_port()
    env = dict(os.environ)
    env.pop("EVENTWIRE_TOKEN", None)
    if token is not None:
        env["EVENTWIRE_TOKEN"] = token
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in the finally below, after the process
    process = subprocess.Popen([str(EVENTWIRE), "serve", "--db", str(db), "--host", "127.0.0.1",
                                "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"eventwire serve exited with {process.returncode}:\n{log.read()}")
            try:
                if httpx.get(base + "/api/health", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"eventwire serve did not answer within {START_TIMEOUT} s")
            time.sleep(0.2)
        yield Server(base, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
