"""Ground attacked or taken: which side a town, a base or a checkpoint stands for.

"The rebels captured Malakal", "an assault on the Donetsk airport": the target the text names is a
place, but the event is against whoever holds it, which is what timelines and actor networks need.
"""

from __future__ import annotations

import dataclasses

from ..data import lexicon
from ..extract.frames import EventFrame
from ..extract.phrases import is_agent, is_facility
from ..model import Event, Participant
from .actors import PARTY_KINDS, actor_dictionary
from .places import gazetteer


def attacks_ground(frame: EventFrame, event: Event) -> bool:
    """Is the attack's target a place or facility rather than a party: "captured Malakal",
    "seized control of Gao", "an assault on the Donetsk airport", "attacked the army checkpoint"?
    A city struck from the air stays the target: it is what was hit. A vow to attack ground ("will
    destroy the infrastructure in Lebanon") threatens its holder."""
    if frame.type != "ASSAULT" or frame.target is None or event.target is None or \
            event.target.kind in PARTY_KINDS | {"person"}:
        return False
    lex = lexicon()
    root = frame.target.root
    if is_facility(root):
        return root.lemma_.lower() not in lex.words("civilian_facility_nouns")
    taken = frame.trigger.lemma_.lower() in lex.words("seizure_verbs")
    return taken and (root.ent_type_ in ("GPE", "LOC", "FAC") or not is_agent(frame.target, lex) or
                      root.lemma_.lower() in lex.words("place_nouns") | lex.words("ground_nouns") or
                      gazetteer().resolve(event.target.text) is not None)  # a town the model took for a body


def holders_of_ground(events: list[Event], grounds: set[int]) -> list[Event]:
    """Ground attacked or taken stands for the side holding it (what an analyst's actor network
    needs): the facility's owner ("an Israeli military base"), else the side the attacker fights
    elsewhere in the article, else the state of the country it lies in when the attacker is not
    that state. The target keeps the place's words as its text."""
    fights = [(i, e) for i, e in enumerate(events) if i not in grounds and e.type == "ASSAULT"
              and e.actor is not None and e.target is not None]
    held = list(events)
    for index in grounds:
        event = events[index]
        owner = actor_dictionary().party(event.target.affiliation, event.target.text) if event.target.affiliation else None
        holder = owner or _opponent(event, index, fights) or _state_holding(event)
        if holder is not None and (event.actor is None or holder.party != event.actor.party):
            held[index] = dataclasses.replace(event, target=dataclasses.replace(holder, text=event.target.text))
    return held


def _opponent(event: Event, index: int, fights: list[tuple[int, Event]]) -> Participant | None:
    """The side the actor fights most often in the article's other attacks (the nearest on a tie)."""
    if event.actor is None:
        return None
    side = event.actor.party
    tally: dict[str, tuple[int, int, Participant]] = {}
    for at, fight in fights:
        other = fight.target if fight.actor.party == side else fight.actor if fight.target.party == side else None
        if other is None or other.party == side:
            continue
        closeness = -abs(at - index)
        count, nearest, _ = tally.get(other.party, (0, closeness, other))
        tally[other.party] = (count + 1, max(nearest, closeness), other)
    return max(tally.values(), key=lambda entry: entry[:2])[2] if tally else None


def _state_holding(event: Event) -> Participant | None:
    """The state of the country the ground lies in, unless that state is the attacker."""
    if event.location is None or event.location.country is None:
        return None
    if event.actor is not None and event.actor.kind in ("state", "state_organ") and \
            event.actor.country == event.location.country:
        return None
    return actor_dictionary().state_in(event.location)
