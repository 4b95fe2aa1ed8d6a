"""The event store: a relational schema behind SQLAlchemy, SQLite by default, PostgreSQL by URL.

    Store(url)            open (and migrate) a database; ``None`` means ./eventwire.db
    Store.add(...)        one article with its events and quotes, in one transaction
    Store.events(query)   stored events with their article's metadata
    Store.incidents(...)  stored incidents (built by eventwire.incidents)
"""

from .engine import DEFAULT_DB, head_revision, resolve_url
from .records import Counts, EventQuery, StoredEvent, StoredFailure
from .store import Store

__all__ = ["DEFAULT_DB", "Counts", "EventQuery", "Store", "StoredEvent", "StoredFailure", "head_revision",
           "resolve_url"]
