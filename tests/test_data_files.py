"""The domain data files as specifications: each loads, holds what its header promises, and has
none of the slips YAML makes easy (a bare `on` read as True, a key written twice)."""

from __future__ import annotations

import re
from importlib import resources

import yaml

from eventwire.data import actor_entries, lexicon, place_entries
from eventwire.model import ASSAULT_MODES, EVENT_TYPES


def _text(name: str) -> str:
    return (resources.files("eventwire.data") / name).read_text(encoding="utf-8")


def test_every_lexicon_list_holds_words_not_yaml_booleans():
    raw = yaml.safe_load(_text("lexicon.yaml"))
    for key, value in raw.items():
        if isinstance(value, list):
            assert all(isinstance(item, str) for item in value), key
    for event_type, preps in raw["no_target_preps"].items():
        assert event_type in EVENT_TYPES and all(isinstance(p, str) for p in preps)
    assert "on" in lexicon().words("target_preps")  # "strikes on Hamas": the bare-`on` trap


def test_no_trigger_is_written_twice():
    section, seen = None, set()
    for line in _text("lexicon.yaml").splitlines():
        if re.match(r"^\w+:", line):
            section = line.split(":")[0]
        match = re.match(r'^  ("?[^:"]+"?): ', line)
        if match and section in ("verbs", "nouns"):
            key = (section, match.group(1).strip('"'))
            assert key not in seen, f"{key} written twice: YAML silently keeps the last"
            seen.add(key)


def test_no_word_list_is_written_twice():
    """A second list under one name silently replaces the first, and the rule written for it."""
    names = re.findall(r"^(\w+):", _text("lexicon.yaml"), re.MULTILINE)
    assert sorted(name for name in set(names) if names.count(name) > 1) == []


def test_triggers_name_plover_types_and_assault_modes():
    lex = lexicon()
    for event_type, mode in [*lex.verbs.values(), *lex.nouns.values()]:
        assert event_type in EVENT_TYPES
        assert mode is None or (event_type == "ASSAULT" and mode in ASSAULT_MODES)


def test_actor_dictionary_is_large_unique_and_linked():
    entries = actor_entries()
    names = [e.name for e in entries]
    assert len(entries) >= 400 and len(names) == len(set(names))
    by_name = set(names)
    assert all(e.parent in by_name for e in entries if e.parent)
    states = [e for e in entries if e.kind == "state"]
    assert len(states) >= 193 and all(re.fullmatch(r"[A-Z]{2}", e.country or "") for e in states)
    kinds = {e.kind for e in entries}
    assert {"state", "state_organ", "armed_group", "igo", "person"} <= kinds
    people = [e for e in entries if e.kind == "person"]
    assert all(e.role for e in people)


def test_place_table_has_coordinates_on_earth():
    for place in place_entries():
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place.name
        assert re.fullmatch(r"[A-Z]{2}", place.country), place.name
