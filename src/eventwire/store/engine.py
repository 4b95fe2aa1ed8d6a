"""Opening a database: URL forms, engine settings, schema migrations and error translation.

Database errors never reach the user raw: ``guard`` turns them into coded ``StoreError``s
(locked, full, unreachable, anything else) and leaves every committed transaction intact.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from ..errors import StoreError

DEFAULT_DB = "eventwire.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Seconds a writer waits for another process's SQLite lock before giving up with E062.
LOCK_TIMEOUT = 10.0
# Seconds to wait for a PostgreSQL server before E060 (an unreachable host otherwise hangs).
CONNECT_TIMEOUT = 5


def resolve_url(db: str | None) -> str:
    """``None`` → ./eventwire.db; a path → SQLite file; sqlite:/// and postgresql:// URLs as given."""
    db = db or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    scheme = db.split("://", 1)[0].lower()
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if scheme == "sqlite":
        return db
    raise StoreError("E061", url=_safe(db))


def _safe(url: str) -> str:
    """The URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def create(url: str, lock_timeout: float = LOCK_TIMEOUT) -> Engine:
    """An engine for ``url`` that has connected once and whose schema is at the newest revision."""
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError("E060", url=_safe(url), reason=f"folder {Path(path).parent} does not exist")
        engine = sa.create_engine(url, connect_args={"timeout": lock_timeout})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = sa.create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT}, pool_pre_ping=True)
    try:
        with engine.connect():
            pass
    except (sa.exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        translated = translate(exc, "connecting")
        if translated.code == "E064":
            raise StoreError("E060", url=_safe(url), reason=_reason(exc)) from exc
        raise translated from exc
    with guard("upgrading the schema"):
        upgrade(engine)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer and a killed writer leaves only committed
    # transactions. synchronous=NORMAL keeps commits durable across a killed process
    # (not across power loss of the machine), at a fraction of FULL's fsync cost.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Run the shipped migrations up to head (nothing if already there): (from, to)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return current, head
    known = {script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError("E066", found=current, expected=head)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return current, head


def _reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__


def translate(exc: BaseException, action: str) -> StoreError:
    reason = _reason(exc)
    lowered = reason.lower()
    if "database is locked" in lowered or "database table is locked" in lowered:
        return StoreError("E062", reason=reason)
    if ("disk is full" in lowered or "no space left" in lowered
            or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC)):
        return StoreError("E063", reason=reason)
    return StoreError("E064", action=action, reason=reason)


@contextmanager
def guard(action: str) -> Iterator[None]:
    """Database and file-system errors inside the block become coded StoreErrors."""
    try:
        yield
    except StoreError:
        raise
    except (sa.exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise translate(exc, action) from exc
