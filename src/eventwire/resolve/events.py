"""Frames to Events and Quotes: canonical participants, places, dates; one event per happening.

This is where an article's context is used: pronouns and descriptions point to
entities named earlier, a sentence with no date or place inherits the last one
named earlier in its paragraph, an event inside a quotation is attributed to
the quote's speaker, and repeated mentions of one happening are merged.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ..data import ActorEntry, lexicon
from ..extract.events import stated_adversary
from ..extract.frames import EventFrame, QuoteFrame
from ..extract.phrases import (DESCRIBED_PRONOUNS, PHYSICAL_TYPES, by_agent, entity_of, is_definite,
                               is_facility, phrase, prep_object)
from ..extract.placetime import (COUNTS, REQUEST_NOUNS, attempted, bare_participle, ground_left,
                                 in_other_time, own_date, place_use, point_in_time, said_before_subject,
                                 seat_of_speaker, sets_a_period, told_before)
from ..extract.triggers import (SPOKEN_TYPES, counted, hyphenated, in_solidarity, noun_entry, noun_type,
                                spoken, told_as_ahead)
from ..model import Article, Event, Participant, Place, Quote, Source
from ..model import Span as TextSpan
from ..nlp import dateline, dateline_place, doc_text
from .actors import PARTY_KINDS, ActorResolver, actor_dictionary, in_subject, whole_name
from .dates import resolve_date
from .ground import attacks_ground, holders_of_ground
from .places import DIRECTION, gazetteer

_WEEKDAY_OR_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                             r"yesterday|today|overnight|\d{1,2})\b", re.IGNORECASE)


def resolve_article(doc: Doc, article: Article, event_frames: list[EventFrame],
                    quote_frames: list[QuoteFrame]) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
    actors = ActorResolver(doc)
    places = gazetteer()
    countries = _article_countries(doc, places)
    setting = _story_setting(doc, places, countries)
    quotes = tuple(_quote(frame, actors, article, quote_frames) for frame in quote_frames)
    events: list[Event] = []
    acts: dict[int, Span] = {}  # event index → the act its target is the author of
    doers: dict[tuple[str, str], tuple[Token, Participant]] = {}  # (type, verb) → its latest doer
    grounds: set[int] = set()  # indices of attacks on ground (a town taken, a checkpoint hit)
    reciprocal: set[int] = set()  # indices of acts done to "each other"
    arresters: list[tuple[int, Participant]] = []  # who the article says detains or frees people
    unclaimed: set[int] = set()  # indices of arrests with no one named
    standing: set[tuple] = set()  # (type, evidence span) of acts aimed at no one by their nature
    asides: set[tuple] = set()  # (type, evidence span) of requests told as "at X's request"
    running: set[tuple] = set()  # (type, evidence span) of acts told as lasting or habitual
    tolls: dict[tuple[int, int], str] = {}  # evidence span → kind of toll ("16 were wounded")
    unaimed: set[tuple[int, int]] = set()  # evidence of attacks told with no one hit ("claimed the ambush")
    anew: set[tuple] = set()  # (type, evidence span) of acts told as new by "a" ("beaten during a rally")
    manners: set[tuple] = set()  # (type, evidence span) of acts told as how another was done ("..., firing")
    words: list[str] = []  # per event, the lemma of the word that told the act
    told_at: list[int] = []  # per event, the index of the word that told the act
    counted: dict[int, tuple[Token, int] | None] = {}  # event index → the deed its day counts from, and days
    measurer: Participant | None = None  # who last laid a measure or sent a force
    told_only: set[tuple[str, int, int]] = set()  # deals told as made before: authors of acts, no events
    bare_refusals: set[int] = set()  # indices of refusals told with no one refused ("refused to step down")
    for frame in event_frames:
        imposer = _imposer(frame, doers)
        event = _event(frame, doc, article, actors, places, countries, setting, quote_frames, quotes,
                       _parallel_doer(frame, doers) or imposer or _measure_taker(frame, measurer))
        if event is not None:
            if event.actor is not None:
                doers[(frame.type, frame.trigger.lemma_.lower())] = (frame.trigger, event.actor)
                if event.type in _MEASURE_TYPES:
                    measurer = event.actor
            if event.target is None and frame.target_act is not None and imposer is None:
                acts[len(events)] = frame.target_act
            if attacks_ground(frame, event):
                grounds.add(len(events))
            if _reciprocal(frame.trigger) or _fought_by_the_pair(frame, event):
                reciprocal.add(len(events))
            if (toll := _toll(frame)) is not None:
                tolls[(event.evidence.start, event.evidence.end)] = toll
            if event.type == "ASSAULT" and event.target is None:
                unaimed.add((event.evidence.start, event.evidence.end))
            # (a measure lifted is lifted from whom it was laid on, not from the imposer's counterpart
            # nor from the author of the measure: that is the lifter)
            if frame.self_standing or imposer is not None or _protest_for_a_side(frame) or _open_call(frame):
                standing.add(_told_key(event))
            if _at_request_note(frame):
                asides.add(_told_key(event))
            if _lasting(frame.trigger):
                running.add(_told_key(event))
            if _told_anew(frame.trigger):
                anew.add(_told_key(event))
            if _manner_of_deed(frame.trigger):
                manners.add(_told_key(event))
            if frame.act_only:
                told_only.add(_told_key(event))
            if _bare_refusal(frame, event):
                bare_refusals.add(len(events))
            if frame.nationwide and event.target is None and \
                    (event.actor is None or event.actor.kind in _RULERS):
                event = _laid_on_the_country(event, _story_country(doc, places))
            if (event.date_text is None and event.date is None) or event.date_source == "paragraph":
                # "The day after the raid, the council ...": a day counted from a deed beats one borrowed
                counted[len(events)] = frame.counted_from
            if _holds_people(frame, event):
                arresters.append((len(events), event.actor))
            elif event.actor is None and (_arrest(frame) or _agentless_release(frame)):
                unclaimed.add(len(events))
            events.append(event)
            for other in _each_named_state(event, frame, actors):
                if other.target is None and frame.target_act is not None:
                    acts[len(events)] = frame.target_act  # each state's target is found alike
                events.append(other)
            events.extend(_each_named_target(event, frame.target, actors, countries))
            told_at += [frame.trigger.i] * (len(events) - len(words))
            words += [frame.trigger.lemma_.lower()] * (len(events) - len(words))
    mediations = {_told_key(e) for e, word in zip(events, words)
                  if word in lexicon().words("mediating_verbs")}
    for index, act in acts.items():
        if _pair_in_mutual_act(events[index]):
            continue  # "the two sides have held 16 rounds of talks": the talks are the pair's own
        told_by = {id(e): word for e, word in zip(events, words)}
        author = _author_among_events(act, events[index], events[:index], events[index + 1:], told_by,
                                      _stem_verb_doer(act, events[index].actor, actors))
        if author is not None:
            events[index] = dataclasses.replace(events[index], target=author)
    for index in bare_refusals:
        events[index] = _refusing_the_asker(events[index], events[:index])
    for index, (deed, days) in ((i, c) for i, c in counted.items() if c is not None):
        anchor = _counted_from(deed, events, words, told_at)
        if anchor is not None:
            events[index] = dataclasses.replace(events[index], date=anchor.date + dt.timedelta(days=days),
                                                date_precision="day", date_source="paragraph")
    events = _arrests_by_the_arresters(events, unclaimed, arresters)
    events = holders_of_ground(_weapons_fired_by_the_attacker(events), grounds)
    events = [e for e in events if _told_key(e) not in told_only]
    if any(e.location is not None and e.location.lat is None for e in events):
        events = _refined_places(events, _cities_told_from(doc, places, countries))
    events = [_both_sides(event, events[:i], events[i + 1:]) for i, event in enumerate(events)]
    events += [dataclasses.replace(events[i], actor=events[i].target, target=events[i].actor)
               for i in sorted(reciprocal) if events[i].actor is not None and events[i].target is not None]
    # a release no holder was found for is dropped: freeing is a holder's act, not an unknown one's
    events = [e for i, e in enumerate(events)
              if not (i in unclaimed and e.type == "CONCEDE" and e.actor is None)]
    events = [split for event in events for split in _to_both_sides(event, events)]
    stated = _protested_party(doc, actors)
    events = _aid_to_the_stricken(infer_missing_targets(events, standing, mediations, asides, stated,
                                                        doc_text(doc)), _story_country(doc, places))
    # an act with neither doer nor receiver found says not who did what to whom ("during an exchange of
    # fire in Plum", "the fighting"): GUIDELINES annotate background only when it does
    return tuple(e for e in merge_duplicates(events, doc_text(doc), tolls, running, unaimed, anew, manners)
                 if e.actor is not None or e.target is not None), quotes


def _told_key(event: Event) -> tuple[str, int, int]:
    """An event's type and evidence span: how the sets of acts told a certain way (lasting, aside,
    anew ...) recognise it after its record has been rebuilt."""
    return event.type, event.evidence.start, event.evidence.end


def _told_anew(trigger: Token) -> bool:
    """A deed named with "a" as the occasion of another ("beaten during a rally", "arrested at a protest")
    is one not told before: of the one it told, the article would say "the rally". (A deed done with
    "a" is often the one told again: "have launched a coup attempt", "issued a strong protest".)"""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and \
        trigger.head.lower_ in lexicon().words("occasion_preps") and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)


def _manner_of_deed(trigger: Token) -> bool:
    """ "stormed the compound, firing stun grenades at worshippers": a participle hanging on a verb
    tells how that deed was done, not another deed, whatever its means."""
    return trigger.dep_ == "advcl" and trigger.head.pos_ == "VERB" and bare_participle(trigger)


def _bare_refusal(frame: EventFrame, event: Event) -> bool:
    """ "Porras has refused to step down", "The high court declined to issue a restraining order": a
    refusal whose sentence names no one refused."""
    return event.type == "REJECT" and event.target is None and event.actor is not None and \
        frame.target_act is None and frame.trigger.lemma_.lower() in lexicon().words("refusal_governors")


def _refusing_the_asker(refusal: Event, earlier: list[Event]) -> Event:
    """A bare refusal refuses whoever the article last told asking the refuser ("protesters demanded
    the resignation of Porras ... Porras has refused to step down"; "filed petitions with the court ...
    the court declined to issue an order")."""
    asker = next((e.actor for e in reversed(earlier) if e.type == "REQUEST" and e.actor is not None
                  and e.target is not None and e.target.party == refusal.actor.party
                  and e.actor.party != refusal.actor.party), None)
    return dataclasses.replace(refusal, target=asker) if asker is not None else refusal


def _weapons_fired_by_the_attacker(events: list[Event]) -> list[Event]:
    """ "Ukraine has stepped up attacks on Crimea. A drone hit an oil depot in Sevastopol": a weapon
    is no actor; whoever the article last reported attacking fired it, else the act names no one (nor
    does a fight of two sides: "Heavy fighting between the rebels and the army continued. Mortar fire
    hit several areas of Goma" says not whose mortars)."""
    fired = []
    for event in events:
        if event.type == "ASSAULT" and event.actor is not None and _bare_weapon(event.actor):
            last = next((e for e in reversed(fired) if e.type == "ASSAULT"
                         and e.status == "occurred" and e.actor is not None
                         and e.actor.kind in PARTY_KINDS | {"group"}), None)
            attacker = last.actor if last is not None and not _two_way(last, fired) else None
            event = dataclasses.replace(event, confidence=event.confidence - 0.2, actor=dataclasses.replace(
                attacker, text=event.actor.text) if attacker is not None else None)
        fired.append(event)
    return fired


def _two_way(attack: Event, events: list[Event]) -> bool:
    """Is the attack one side of a fight told in the same words the other way round?"""
    return attack.target is not None and any(
        e.type == attack.type and e.evidence == attack.evidence and e.actor is not None
        and e.actor.party == attack.target.party for e in events)


def _bare_weapon(actor: Participant) -> bool:
    """ "a drone", "Missiles", "two drones": a weapon no side's word owns ("army warplanes",
    "RSF drones" and "Russian missiles" are their side's)."""
    lex = lexicon()
    weapons = lex.words("weapon_nouns")
    owners = (lex.words("state_agent_nouns") | lex.words("armed_nouns")) - weapons
    words = actor.name.lower().split()
    return bool(words) and words[-1] in weapons and actor.name[1:] == actor.name[1:].lower() \
        and not set(words) & owners


def _aid_to_the_stricken(events: list[Event], story_country: str | None) -> list[Event]:
    """Aid pledged or sent with no recipient named and no counterpart to lend ("Japan has pledged $2m
    in emergency aid", "Algeria and Qatar pledged to send assistance") goes to the country it is
    delivered in, else to the one the story is about: relief is reported for the stricken side."""
    filled = []
    for event in events:
        if event.type == "AID" and event.target is None and event.actor is not None:
            country = (event.location.country if event.location is not None else None) or story_country
            state = actor_dictionary().state_of_country(country, "") \
                if country != event.actor.country else None
            if state is not None:
                event = dataclasses.replace(event, target=dataclasses.replace(state, text=state.name),
                                            confidence=event.confidence - 0.2)
        filled.append(event)
    return filled


# Who can lay a measure on a country (not a crowd that "blocked roads across the country")
_RULERS = ("state", "state_organ", "person")


def _laid_on_the_country(event: Event, story_country: str | None) -> Event:
    """ "The government imposed a nationwide curfew": a measure on the whole country falls on the
    country the actor governs, or, for "the authorities" of no country named, the story's."""
    country = (event.actor.country if event.actor is not None else None) or story_country
    state = actor_dictionary().state_of_country(country, "")
    if state is None:
        return event
    return dataclasses.replace(event, target=dataclasses.replace(state, text=state.name))


def _state_called_about(frame: EventFrame, actors: ActorResolver,
                        actor: Participant | None) -> Participant | None:
    """ "called for political compromise in Ukraine", "for respect for the rule of law in Pakistan":
    a call asked of no one is made of the state it is about."""
    asked = [t for c in frame.trigger.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    for token in asked:
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.ent_type_ == "GPE":
            named = actors.peek(entity_of(token))  # the whole name: "South Korea", not "Korea"
            if named is not None and named.kind == "state" and (actor is None or named.party != actor.party):
                return named
    return None


def _helper_who_came(frame: EventFrame, actors: ActorResolver,
                     actor: Participant | None) -> Participant | None:
    """ "The first units of a CSTO contingent landed in Kazakhstan after Tokayev appealed for help": a
    call for help asked of no one was made of whoever came in answer, the doer of the act it preceded."""
    trigger = frame.trigger
    if trigger.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        return None
    if not any(t.lemma_.lower() in lexicon().words("help_nouns") for t in _asked_for(trigger)):
        return None
    doer = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    helper = actors.peek(phrase(doer)) if doer is not None else None
    return helper if helper is not None and helper.kind in PARTY_KINDS and (
        actor is None or helper.party != actor.party) else None


def _international_call(frame: EventFrame) -> Participant | None:
    """ "The Government of Ukraine has requested international assistance": what is asked of the
    world at large is asked of the international community."""
    if any(c.dep_ == "amod" and c.lower_ == "international"
           for t in _asked_for(frame.trigger) for c in t.children):
        return Participant(name="international community", text=frame.trigger.text, kind="group")
    return None


def _open_call(frame: EventFrame) -> bool:
    """ "demanded an independent investigation", "called for a national dialogue", "urged caution": a
    call for a process anyone may start, addressed to no one, asks no counterpart in particular."""
    open_calls = lexicon().words("open_call_nouns")  # ("urged de-escalation": split at the hyphen)
    return frame.type == "REQUEST" and frame.target is None and frame.target_act is None and any(
        {t.lemma_.lower(), hyphenated(t)} & open_calls for t in _asked_for(frame.trigger))


def _asked_for(trigger: Token) -> list[Token]:
    """What a call asks for, its object or a preposition's ("appealed for help", "requested
    international assistance"): what is asked tells who is asked."""
    return [t for c in trigger.children if c.dep_ in ("dobj", "prep")
            for t in (c, *c.children) if t.dep_ in ("dobj", "pobj")]


def _protested_authority(frame: EventFrame, actors: ActorResolver, actor: Participant | None) -> Participant | None:
    """ "five weeks of protests following the election in which Lukashenko was declared winner":
    a protest that names no target is aimed at the authority its own clause names, a state organ
    or a state's leader (not one in a clause beside it, nor its source)."""
    clause = frame.trigger if frame.trigger.pos_ == "VERB" else next(
        (t for t in frame.trigger.ancestors if t.pos_ == "VERB"), frame.trigger)
    # a clause beside it ("as Putin met ...") is apart; its purpose ("to demand X resign") is not
    beside = [c for c in clause.children if c.dep_ == "parataxis" or (
        c.dep_ == "advcl" and any(g.dep_ in ("mark", "nsubj") for g in c.children))]
    apart = {t.i for c in beside for t in c.subtree}
    if frame.source is not None:
        apart |= set(range(frame.source.start, frame.source.end))
    inside = {t.i for t in clause.subtree} - apart
    for ent in clause.sent.ents:
        if ent.root.i not in inside or ent.label_ == "GPE":
            continue  # a capital named here is a place
        named = actors.peek(ent)
        if named is not None and _is_authority(named, actors) and (actor is None or named.party != actor.party):
            return named
    return None


def _rally_of_supporters(frame: EventFrame) -> bool:
    """ "Thousands of government supporters rallied in the capital", "hundreds of supporters gathered
    outside the party's headquarters": a crowd named as someone's supporters turns out for its side, not
    against whoever or wherever the clause names; only "against X" gives it an adversary."""
    crowd = counted(frame.actor.root).lemma_.lower() if frame.actor is not None else ""
    if crowd not in lexicon().words("supporter_nouns") or frame.trigger.lemma_.lower() in lexicon().words(
            "storming_verbs"):
        return False  # "supporters of Bolsonaro stormed the seats of power": it is against what it storms
    target = frame.target
    return target is None or not (target.root.head.lower_ == "against" and target.root.dep_ == "pobj")


def _protest_for_a_side(frame: EventFrame) -> bool:
    """ "held sit-ins in solidarity with the protesters", "Erdogan supporters packed the square": a
    protest told as backing a side, with no adversary in its clause, is aimed at no one; it takes none
    from the article's other protests. Backers of a dissenter are against whom he defies ("supporters
    of jailed Kremlin critic Alexei Navalny took to the streets")."""
    if frame.type != "PROTEST" or frame.target is not None:
        return False
    lex = lexicon()
    if _rally_of_supporters(frame) and \
            not {t.lower_ for t in counted(frame.actor.root).subtree} & lex.words("dissent_words"):
        return True
    # (on the act's noun or its verb: "a strike in solidarity with", "observed a strike in solidarity")
    trigger = frame.trigger
    told = [trigger, *(c for c in trigger.children if c.dep_ == "dobj"),
            *([trigger.head] if trigger.dep_ == "dobj" else [])]
    return in_solidarity(told, lex)


def _is_authority(participant: Participant, actors: ActorResolver) -> bool:
    """A state organ, a state's leader, or a state named by its seat of power ("the Kremlin")."""
    if participant.kind == "state_organ":
        return True
    if participant.kind == "state":
        entry = actors.dictionary.by_name.get(participant.name)
        return entry is not None and participant.text.lower() in {m.lower() for m in entry.metonyms}
    state = actors.dictionary.by_name.get(participant.affiliation or "")
    return participant.kind == "person" and state is not None and state.kind == "state"


def _parallel_doer(frame: EventFrame, doers: dict[tuple[str, str], tuple[Token, Participant]]) -> Participant | None:
    """ "X offered A the premiership. B was offered the post of deputy": an agentless passive of the
    verb the sentence before reported with its doer is that doer's act again. Not for acts that
    stand with an unknown doer ("its soldiers have been killed" is not the last killer's act)."""
    trigger = frame.trigger
    if frame.actor is not None or frame.unknown_actor_ok or trigger.dep_ not in ("ROOT", "conj", "ccomp") or \
            not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    earlier = doers.get((frame.type, trigger.lemma_.lower()))
    if earlier is None:
        return None
    doer_verb, doer = earlier
    sentence = trigger.sent
    previous = trigger.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    same_paragraph = "\n" not in doc_text(trigger.doc)[doer_verb.idx:trigger.idx]
    # "Iran was sanctioned last year": a time of its own makes it another act
    return doer if doer_verb.i >= previous.start and same_paragraph and frame.date is None else None


_MEASURE_TYPES = ("COERCE", "MOBILIZE")


def _measure_taker(frame: EventFrame, measurer: Participant | None) -> Participant | None:
    """ "The military seized power ... Curfews have been enforced", "Tanks were deployed around the
    palace": a state measure or a force sent, told in the agentless passive, is the act of whoever the
    article last told laying a measure or sending a force (none told: no one is named)."""
    trigger = frame.trigger
    if measurer is None or frame.actor is not None or frame.type not in _MEASURE_TYPES or \
            not any(c.dep_ == "auxpass" for c in trigger.children) or \
            any(c.dep_ == "agent" for c in trigger.children):
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    lex = lexicon()
    measures = lex.words("armed_nouns") | lex.words("carrier_nouns") if frame.type == "MOBILIZE" else \
        lex.words("area_measure_nouns") | lex.words("withheld_service_nouns") | lex.words("passage_nouns")
    return measurer if subject is not None and {subject.lemma_.lower(), subject.lower_} & measures else None


def _imposer(frame: EventFrame,
             doers: dict[tuple[str, str], tuple[Token, Participant]]) -> Participant | None:
    """ "The government had imposed a curfew ... On Monday morning, the curfew was lifted": a measure
    told before, ended with no doer named, is ended by whoever laid it."""
    trigger = frame.trigger
    if frame.type != "CONCEDE" or frame.actor is not None or \
            trigger.lemma_.lower() not in lexicon().words("ending_verbs"):
        return None
    measure = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if measure is None or not is_definite(measure):
        return None
    earlier = doers.get(("COERCE", measure.lemma_.lower()))
    return earlier[1] if earlier is not None else None


def _article_cities(doc: Doc, places, countries: frozenset[str]) -> dict[str, Place]:
    """Country → the city of it the article names as a place at least twice, and most often (first
    named on a tie): the city it is about, not one a speaker is in ("Moscow said")."""
    counts: dict[str, dict[str, tuple[int, int, Place]]] = {}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or not place_use(ent):
            continue
        place = places.resolve(ent.text, countries)
        if place is None or place.lat is None or place.country is None:
            continue
        seen = counts.setdefault(place.country, {})
        count, first, _ = seen.get(place.name, (0, ent.start, place))
        seen[place.name] = (count + 1, first, place)
    cities = {country: max(seen.values(), key=lambda c: (c[0], -c[1])) for country, seen in counts.items()}
    return {country: place for country, (count, _, place) in cities.items() if count >= 2}


def _cities_told_from(doc: Doc, places, countries: frozenset[str]) -> dict[str, Place]:
    """The article's city of each country, where the dateline's city stands first: "BRASÍLIA —
    Thousands stormed the seats of Brazil's three branches of power" is about Brasília, though the
    story names São Paulo twice more."""
    cities = _article_cities(doc, places, countries)
    told_from = _dateline_city(doc, places, countries)
    if told_from is not None and told_from.country in cities:
        cities[told_from.country] = told_from
    return cities


def _dateline_city(doc: Doc, places, countries: frozenset[str]) -> Place | None:
    found = dateline(doc.text)
    return places.resolve(dateline_place(found), countries) if found is not None else None


def _refined_places(events: list[Event], cities: dict[str, Place]) -> list[Event]:
    """ "Police and protesters clashed overnight in Ukraine" in an article about Kyiv: a country
    as a venue is narrowed to the city of it the article is about ("northern Afghanistan" names a
    part of its own, not the capital's; nor is a named province or town, "deployed troops across
    Sindh", narrowed to a city the article names elsewhere in the country)."""
    refined = []
    for event in events:
        place = event.location
        if place is not None and _is_country(place) and place.country in cities and \
                not DIRECTION.match(place.text):
            event = dataclasses.replace(event, location=cities[place.country])
        refined.append(event)
    return refined


def _story_setting(doc: Doc, places, countries: frozenset[str]) -> Place | None:
    """The place the story is set in, in the country it is about: its dateline's ("HONG KONG
    (Reuters) - "), else the city of that country it names most often as a venue, at least twice."""
    country = _story_country(doc, places)
    found = dateline(doc.text)
    setting = _dateline_city(doc, places, countries) if found is not None else \
        _article_cities(doc, places, countries).get(country)
    return setting if setting is not None and setting.country == country else None


def _scene_of(trigger: Token, setting: Place | None, places, countries: frozenset[str],
              *parties: Participant | None) -> Place | None:
    """Where a clash told with no place happened: the story's setting, unless the last town the article
    named before it is another ("marched through Toribio ... the rebels had abducted", in a story from
    Bogotá), its sentence points to another place ("near the ancient Ta Muen", "killed 25 civilians
    there"), the setting is a dateline abroad, or the act is a noun ("the demonstrations", "air raids"):
    one of a kind told over the story, not a scene. A wrong place on a map is worse than none."""
    if setting is None or trigger.pos_ in ("NOUN", "PROPN") or _away_from(setting, *parties) or \
            any(t.lower_ == "there" and t.dep_ == "advmod" for t in trigger.sent) or \
            any(e.label_ in ("GPE", "LOC", "FAC") and not _at_the_setting(e, setting, places, countries)
                for e in trigger.sent.ents):
        return None
    for ent in reversed([e for e in trigger.doc.ents if e.end <= trigger.sent.start]):
        if ent.label_ != "GPE" or not place_use(ent) or _locates_another_place(ent):
            continue
        place = places.resolve(ent.text, countries)
        if place is not None and _is_country(place):
            continue
        return setting if _at_the_setting(ent, setting, places, countries) else None
    return setting


def _at_the_setting(ent: Span, setting: Place, places, countries: frozenset[str]) -> bool:
    """ "Hong Kong police", "stormed the seats of Brazil's three branches": the setting, or its country."""
    place = places.resolve(ent.text, countries)
    return place is not None and (place.name == setting.name or _is_country(place) and
                                  place.country == setting.country)


def _away_from(setting: Place, *parties: Participant | None) -> bool:
    """ "PUTRAJAYA (Reuters) - " over a Thai-Cambodian clash: a dateline in a country none of the
    parties is from names where the reporter is, not the act."""
    own = {p.country for p in parties if p is not None and p.country}
    return bool(own) and setting.country not in own


def _spread(trigger: Token) -> bool:
    """An act told over many places ("across the country", "in several cities") is at no one place."""
    lex = lexicon()
    return any(t.dep_ == "pobj" and (t.head.lower_ in lex.words("spreading_preps") or t.tag_ == "NNS" and
                                     t.lemma_.lower() in lex.words("place_nouns"))
               for t in trigger.subtree)


def _from_afar(trigger: Token) -> bool:
    """ "Macron said he had spoken by telephone with Bazoum", "in a phone call with": talks held from
    afar join two places and are at neither (not where the article or a speaker is)."""
    means = lexicon().words("remote_means")
    return trigger.lemma_.lower() in means or any(
        t.lemma_.lower() in means for c in trigger.children if c.dep_ in ("prep", "compound")
        for t in (c, *c.children))


def _told_lately(day: dt.date | None, published: dt.date | None) -> bool:
    """A day told within a week of the article's: the story's news, not its background."""
    return day is not None and published is not None and abs((published - day).days) <= 7


def _article_countries(doc: Doc, places) -> frozenset[str]:
    return _countries_named(doc.ents, places)


def _countries_named(ents, places) -> frozenset[str]:
    """The countries that place names and demonyms among ``ents`` name."""
    codes = (_country_code(ent.text, places, demonym=ent.label_ == "NORP") for ent in ents
             if ent.label_ in ("GPE", "NORP"))
    return frozenset(code for code in codes if code)


def _country_code(name: str, places, demonym: bool) -> str | None:
    """The country a place name names (with ``demonym``, a demonym too: "Kenyan")."""
    entry = actor_dictionary().demonym(name) if demonym else None
    return places.country_code(name) or (entry.country if entry is not None else None)


def _event(frame: EventFrame, doc: Doc, article: Article, actors: ActorResolver, places,
           countries: frozenset[str], setting: Place | None, quote_frames: list[QuoteFrame],
           quotes: tuple[Quote, ...], parallel_doer: Participant | None = None) -> Event | None:
    # The reporter usually comes first in the text ("X say they ..."): resolve it first so that
    # the pronouns after it can point to it.
    quote = _enclosing_quote(frame, quote_frames, quotes)
    source = _source(frame, actors, quote)
    actor = actors.resolve(frame.actor) or parallel_doer
    target = actors.resolve(frame.target)
    if quote is not None:
        # Inside a quotation "we" is the speaker's side; "they" and "it" point to whatever the
        # speaker meant, which the article's narration cannot tell.
        speaker = quote.speaker if not quote.anonymous else None
        # "'If they fire again, we will respond,' the official said": a threat is made in the very
        # words quoted, so an unnamed speaker who utters it has made it; named by what the text
        # calls him (what his side plans or does is not told by who he is)
        # ("... will answer before the law," he told reporters: a speaker told outside the quote is
        # the narration's)
        narrated = frame.type == "THREATEN" and frame.actor is not None and \
            not quote.start <= frame.actor.start_char < quote.end
        actor = actor or quote.speaker if narrated else \
            _in_quote_pronoun(frame.actor, actor, quote.speaker if frame.type == "THREATEN" else speaker)
        target = _in_quote_pronoun(frame.target, target, speaker, warned=frame.type == "THREATEN")
    if actor is None and frame.actor_is_speaker and source is not None and not source.anonymous:
        actor = Participant(name=source.name, text=source.text)  # "... must stop," he said
    if actor is None and not frame.unknown_actor_ok and not _agentless_release(frame):
        return None
    protest = _protest_named_for(frame, actor)
    if protest is not None:
        # A protest is by protesters: "protests erupted in Kyiv", "protests calling for X" name
        # their actors by what they do ("a nationwide strike": strikers).
        crowd = lexicon().crowd_names.get(protest.lemma_.lower(), "protesters")
        actor = Participant(name=crowd, text=protest.text, kind="group")
    elif frame.actor is not None and (frame.type in PHYSICAL_TYPES or frame.type == "REQUEST" and (
            actor is None or actor.kind == "group")) and (
            {(crowd := counted(frame.actor.root)).lemma_.lower(), crowd.lower_} & lexicon().words("crowd_nouns")
            or frame.type == "PROTEST" and crowd.ent_type_ == "NORP" and crowd.tag_ in ("NNS", "NNPS")):
        # "Thousands of people took to the streets", "supporters of X rallied", "Belarusians
        # continued to protest": a crowd acting in the news is protesters, whatever name hangs on
        # it (a people is not its state); the text keeps how it was put. So is an unnamed crowd
        # demanding ("thousands took to the streets to demand his resignation").
        actor = Participant(name="protesters", text=frame.actor.text, kind="group",
                            country=actor.country if actor is not None else None)
    if frame.type == "REQUEST" and target is None and frame.target_act is None:
        target = _state_called_about(frame, actors, actor) or _helper_who_came(frame, actors, actor) or \
            _international_call(frame)
    if _at_request_note(frame) and target is not None and target.kind == "group" and target.country:
        # "French Mirage jets bombed a column ..., at Deby's request": asked of the state whose
        # unnamed force acted
        target = actors.dictionary.state_of_country(target.country, target.text) or target
    if frame.type == "PROTEST" and target is None:
        target = _protested_authority(frame, actors, actor)
    if frame.type == "PROTEST" and target is not None and target.kind != "state" and \
            _rally_of_supporters(frame):
        target = None  # (an embassy rallied outside stands for its state: "outside the French embassy")
    if frame.type == "AID" and target is not None and target.kind == "person" and target.affiliation:
        # "thanked the United States for a new aid package": the aid is to the side he leads
        target = actors.dictionary.party(target.affiliation, target.text)
    if actor is None and target is None and frame.fatalities is None and not _agentless_release(frame):
        # ("the six were released": a release is of those held, found with their captor below)
        return None  # "the attack", "the fighting": a mention of something, no report of it
    if actor is not None and actor.kind == "media" and frame.type in PHYSICAL_TYPES:
        return None  # a credit line ("VOA") next to an event noun is not its perpetrator
    if actor is not None and {"correspondent", "reporter"} & set(actor.text.lower().split()):
        return None  # "VOA Correspondent Alisha Ryu reports ... allege": the press tells, it does not act
    if frame.type == "CONSULT" and target is not None and target.kind == "media":
        return None  # "spoke to VOA": an interview is the source of other events, not a meeting
    event_type = frame.type
    if frame.official_type and actor is not None and actor.kind in _OFFICIAL_KINDS and \
            not _people_of_state(actor):
        event_type = frame.official_type  # a government "protesting" is a diplomatic protest
    status = frame.status
    if status == "planned" and event_type in _VOWED_TYPES and _own_vow(frame, actor, quote, actors):
        # "We will bomb Tel Aviv", "he said his government would expel any aid groups": a side
        # announcing its own violence makes a threat; the act is not a planned event yet
        event_type, status = "THREATEN", "occurred"
    target = _aid_to_a_town(event_type, actor, frame.target, target, actors, countries)
    if actor is not None and target is not None and (
            actor.name == target.name or _same_side(actor, target) and not _its_people(target)):
        # "Nasrallah warned his group was bound to respond": not a threat to his group (but "Maduro
        # called on Venezuelans to enlist" speaks to a people, not to his state)
        # but a measure laid on the actor's own city falls on the city: "extended the state of
        # emergency in Lima" (Peru's government), not on no one
        target = Participant(name=target.text, text=target.text, kind="place", country=target.country) \
            if frame.place is not None and frame.target is frame.place else None
    # ("three men have been killed" tells no day, whatever day the paragraph named before; nor does
    # a plan: "condemned the attacks on Oct. 10. He said Washington would provide arms"; nor an act
    # denied: "The mutiny began Friday night. The ministry denied attacking the camps")
    borrows = not (frame.background or _present_perfect(frame.trigger) or status in ("planned", "denied") or
                   _simple_present(frame.trigger))
    # "farmers, who have blocked the highway for a month": a perfect relative clause borrows no day
    borrows_day = borrows and not told_before(frame.trigger)
    if frame.date is not None and _hour_without_day(doc, frame.date, article.published):
        # "Police withdrew from the square shortly before midnight": an hour names no day; the day the
        # story last told does, in this paragraph or an earlier one
        date_span = _day_told_before(doc, frame.date) if borrows_day else None
    else:
        # a day told with its part of the day is tagged a time ("began Friday night when ..."); it is a day
        date_span = frame.date or (_day_told_last(doc, frame.trigger.i)
                                   or _day_before_the_pronoun(doc, frame.trigger.i) if borrows_day else None)
    if date_span is not None and date_span is not frame.date and not _shares_its_time(frame, date_span):
        date_span = None  # another's words told after a dated act need not be of its day
    if status == "planned" and frame.date_of_governor and date_span is not None and not _told_ahead(date_span):
        date_span = None  # "said on Monday it would withdraw": Monday is when it was said
    # "said on Wednesday it had sent reinforcements": sent before Wednesday, day untold; so too when
    # the saying's day was told in an earlier sentence ("The army spoke on Saturday. It said it had
    # halted air strikes")
    # "gunmen have fired on officers on several occasions, police said on Tuesday": done lately, on no
    # day told; but the day's news may be so told ("200 people have been arrested, a rights group said
    # Sunday", published that Sunday)
    lately = date_span is not None and frame.date_of_governor and _present_perfect(frame.trigger) and \
        _resolve_told(doc, date_span, article.published)[0] != article.published
    before_saying = lately or date_span is not None and (
        frame.date_of_governor and _before_the_saying(frame.trigger) or
        date_span is not frame.date and _past_perfect(frame.trigger))
    if before_saying:
        date_span = None
    date_value, precision, date_source = None, "unresolved", None
    if date_span is not None:
        # "called marches for Wednesday": the day an act is set for is ahead
        ahead = frame.status == "planned" and (not frame.date_of_governor or _told_ahead(date_span)) or \
            date_span.root.head.lower_ == "for"
        date_value, precision = _resolve_told(doc, date_span, article.published, future=ahead)
        date_source = "text" if date_span is frame.date else "paragraph"
    elif frame.day_offset is not None and article.published:
        date_value, precision, date_source = _shifted_date(doc, frame.day_offset, article.published)
    elif frame.status == "occurred" and article.published and not frame.background and not before_saying and \
            not told_before(frame.trigger) and (
            _in_lede(doc, frame.trigger.i) and not _lasting(frame.trigger) and
            not _present_perfect(frame.trigger) or _said_as_issued(frame.trigger, event_type)):
        # News convention: the lede reports the day's news. Used only for the first paragraph,
        # and flagged, so the publication date is never silently an event date. Not for the present
        # perfect ("has given Russia an ultimatum"): done lately, on no day said.
        date_value, precision, date_source = article.published, "day", "publication"
    if status == "occurred" and date_span is not None and date_span is frame.date and _dates_act(date_span, frame) \
            and date_value is not None and date_value > article.published:
        status = "planned"  # "called a general strike for next Thursday": not yet happened
    # words are said where they are said: an accusation or a call takes no place from the paragraph;
    # nor does a plan, which is not yet anywhere ("Kenya will deploy 900 soldiers next month"); nor an
    # act told as background to the paragraph's news, which need not be at its scene ("more than 3,000
    # people had been detained", "police have arrested six suspects", "denied attacking the camps")
    unplaced = event_type in SPOKEN_TYPES or status == "planned" or not borrows or \
        _past_perfect(frame.trigger)
    place_span = frame.place or _here(frame.trigger) or (None if unplaced else _earlier_in_paragraph(
        doc, frame.trigger.i, ("GPE", "LOC", "FAC"),
        lambda e: _is_place_mention(e) and _shares_its_time(frame, e)))
    location = places.resolve(place_span.text, countries) if place_span is not None else None
    region = _region_named(place_span) if location is not None and _is_country(location) else None
    if region is not None and (in_region := places.resolve(region.text, countries)) is not None:
        place_span, location = region, in_region
    # "attacked a police station in Enayetpur": a town named in the act's own clause that the
    # gazetteer lacks is still where it happened (if nothing better is found), though neither its
    # coordinates nor its country are known
    unknown_town = place_span if location is None and place_span is not None and place_span is frame.place \
        and (_named_town(place_span) or _named_feature(place_span) or _named_site(place_span)) \
        and place_span.root.head.lower_ != "from" else None
    nearest_unknown = location is None and unknown_town is None and place_span is frame.place
    if nearest_unknown:
        # "In Kyiv, relatives rallied on Independence Square": the square names nothing the
        # gazetteer knows; the next place of the clause does
        place_span, location = next(((span, found) for span in frame.other_places
                                     if (found := places.resolve(span.text, countries)) is not None),
                                    (place_span, None))
    if location is not None and place_span.start > 0 and DIRECTION.match(doc[place_span.start - 1].text + " "):
        # "in northern Afghanistan": the mention keeps the part of the country it names
        location = dataclasses.replace(location, text=doc[place_span.start - 1:place_span.end].text)
    if location is not None and _names_participant(location, actor, target) and \
            not ground_left(place_span, frame):
        location = None
    locality = _named_locality(frame.trigger, places)
    if locality is not None and (location is None or _is_country(location) or places.is_region(location) or
                                 place_span is not None and place_span.root in locality.root.subtree):
        # "captured the town of Nyanzale in North Kivu province", "In Sagaing Region, fighters captured
        # the town of Kawlin": a town the gazetteer lacks is still where it happened, in the country
        # of the region around it
        country = location.country if location is not None else _only_country(frame.trigger.sent, places)
        name = doc[locality[-1].left_edge.i:locality[-1].i + 1].text
        location = Place(name=name, text=locality.text, country=country)
    elif location is not None and places.is_region(location) and \
            (taken := _unknown_town_taken(frame, places)) is not None:
        location = Place(name=taken.text, text=taken.text, country=location.country)
    if location is None and frame.target is not None and event_type in PHYSICAL_TYPES:
        location = _city_hit(frame.target, places, countries) or \
            _ground_taken(frame, places, countries)  # "targeted Ukraine's capital, Kyiv"
    if location is None or _is_country(location):
        location = _capital_of(frame, places) or location
    if location is not None and _is_country(location) and not _inside(place_span, event_type == "ASSAULT") \
            and not ground_left(place_span, frame):
        location = None  # "pressure on Venezuela", "strikes from Israel": a country, but no venue
    if location is not None and _is_country(location) and \
            any(c.dep_ == "conj" for c in place_span.root.children) and \
            not (place_span.start > 0 and DIRECTION.match(doc[place_span.start - 1].text + " ")):
        # "the regimes in Mali, Burkina Faso and Niger": countries listed are no one venue (but
        # "struck targets in northern Iraq and northern Syria" names a part of the first)
        location = None
    if location is not None and _is_country(location) and seat_of_speaker(place_span, frame):
        # "The U.S. embassy in Senegal urged": the country the speaker is posted in names the
        # speaker, not where its words went (a city it sits in is where it spoke: "the embassy in
        # Manila said" was said in Manila)
        location = None
    if location is None and frame.target is not None and event_type in PHYSICAL_TYPES:
        location = _part_of_country_hit(frame.target, places, countries)
    if target is None and event_type == "ASSAULT" and location is not None and _is_country(location) \
            and actor is not None and actor.kind not in _STATE_KINDS:
        target = actor_dictionary().state_in(location)  # "rebels have been fighting in Sri Lanka": against its state
    if event_type == "ASSAULT" and location is not None and not _is_country(location) and \
            _anonymous_people(frame.target) and not nearest_unknown and \
            not (place_span is not None and place_span.root.head.lower_ == "near"):
        # "Russian attacks killed seven people in Kharkiv": the people are counted in fatalities;
        # who was hit is the city (its text says so), not one a hotel they were killed at stands in
        # (nor a town named only as a landmark: "attacked a village near Mocimboa da Praia")
        target = Participant(name=location.name, text=location.text, kind="place", country=location.country)
    if location is None and unknown_town is not None:
        name = unknown_town.text.removeprefix("the ").removeprefix("The ")
        location = Place(name=name, text=unknown_town.text)
    if location is None and frame.actor is not None:
        location = _office_town(frame.actor, places, countries)
    if location is None and event_type not in SPOKEN_TYPES:
        location = _town_told_before(frame.trigger, places, countries, event_type in PHYSICAL_TYPES)
    if location is None and event_type in PHYSICAL_TYPES:
        # "marched through the capital", no country in the sentence: the story's country's capital
        location = _capital_of(frame, places, of_story=True)
    if location is None and (event_type in _SCENE_TYPES or _arrest(frame)) and status == "occurred" and \
            borrows and not frame.nationwide and not _spread(frame.trigger) and \
            _told_lately(date_value, article.published) and \
            not (actor is not None and target is not None and actor.kind == target.kind == "state"):
        # "Police fired tear gas to disperse the crowd" on Tuesday, in a story from Port-au-Prince: a
        # clash of the day's news told with no place happened where the story is set (not one of
        # years past, nor a war between states: "Russia's invasion of Ukraine"); so did the arrests
        # made on its streets ("Police arrested 54 people that night"), not a ban laid on a country
        # from no street ("dissolved all political parties")
        location = _scene_of(frame.trigger, setting, places, countries, actor, target)
    if event_type == "CONSULT" and _from_afar(frame.trigger):
        location = None
    evidence = frame.evidence
    return Event(
        type=event_type, mode=frame.mode if event_type == "ASSAULT" else None,
        actor=actor, target=target, status=status,
        evidence=TextSpan(evidence.text, evidence.start_char, evidence.end_char),
        location=location, date=date_value, date_text=date_span.text if date_span is not None else None,
        date_precision=precision, date_source=date_source if date_value else None,
        source=source, fatalities=frame.fatalities,
        confidence=frame.confidence - (0.15 if actor is None else 0.0), article_id=article.id,
        act=_coordinated_act(frame.trigger),
    )


def _coordinated_act(trigger: Token) -> tuple[int, int] | None:
    """The act's verb and the first of its coordinated verbs (character offsets), when the verb has an
    object of its own: "halted imports of citrus and suspended exports of sand" tells two acts, while
    "shot and killed 58 Palestinians" (one object for both verbs) tells one, as does a toll told with
    two verbs ("killed 26 people and wounded more than 100": the dead and hurt of one attack)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else \
        trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else None
    if verb is not None and verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and \
            verb.head.head.pos_ == "VERB":
        # an earlier deed told of the object in a relative clause: "deported 14 residents who were
        # arrested after landing on the islands" (two deeds on the same people)
        return verb.head.head.idx, verb.idx
    if verb is None or not any(c.dep_ == "dobj" for c in verb.children) or \
            verb.lemma_.lower() in lexicon().words("casualty_verbs"):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    if first is verb and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children) and \
            not any(c.dep_ == "dobj" and any(r.dep_ == "relcl" for r in c.children) for c in verb.children):
        return None  # no coordination
    if _one_cut_of_communications(first):
        return None
    return first.idx, verb.idx


def _one_cut_of_communications(first: Token) -> bool:
    """ "restricted internet access and blocked Instagram and WhatsApp", "suspended mobile internet
    services and blocked access to Twitter": cutting the network and the platforms on it is one
    measure (not "imposed a curfew and shut down mobile internet services": two)."""
    services = lexicon().words("withheld_service_nouns")
    objects = [o for v in (first, *first.conjuncts) for o in v.children if o.dep_ == "dobj"]
    return any(o.lemma_.lower() in services for o in objects) and \
        all(o.lemma_.lower() in services or o.ent_type_ == "ORG" for o in objects)


_OFFICIAL_KINDS = {"state", "state_organ", "igo"}
# acts on a street the story is set in: a crackdown, a march, a pullback ("police withdrew late on Monday")
_SCENE_TYPES = ("ASSAULT", "PROTEST", "RETREAT")
_FIRST_PERSON = {"we", "us", "i", "me", "our", "my"}
_VOWED_TYPES = ("ASSAULT", "COERCE", "SANCTION")


def _shares_its_time(frame: EventFrame, told: Span) -> bool:
    """May the event take the day or place told in an earlier sentence? Acts on the scene do;
    words said (an accusation, an appeal) do when that sentence is about their sayer ("he", or a
    name they repeat): another's reaction told after a dated attack need not be of its day or place."""
    actor = frame.actor
    if frame.type not in SPOKEN_TYPES or actor is None or actor.root.pos_ == "PRON":
        return True
    words = {t.lower_ for t in told.sent if not t.is_stop}
    return any(t.lower_ in words for t in actor if not t.is_stop and t.pos_ in ("PROPN", "NOUN"))


def _telling_verb(trigger: Token) -> Token:
    """The verb whose tense tells the act's time: the trigger, or the verb a trigger noun hangs on."""
    return trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head


def _tense_verb(trigger: Token) -> Token:
    """The verb whose auxiliaries tell the act's tense: "Eritrea has called up reservists and moved troops",
    "had looted warehouses and attacked convoys": a joined verb with no auxiliary or subject of its own
    shares the first verb's (not a verb of speaking, most often the sayer's own: "said it had struck the
    bases and blamed the destruction on Kyiv")."""
    verb = _telling_verb(trigger)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not spoken(verb, lexicon()) and \
            not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _present_perfect(trigger: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in _tense_verb(trigger).children)


def _simple_present(trigger: Token) -> bool:
    """ "The United States provides Jordan with $1.4 billion a year": a verb in the simple present
    tells what holds or is said now, not what happened on a day the narrative told before."""
    verb = _telling_verb(trigger)
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _said_as_issued(trigger: Token, event_type: str) -> bool:
    """ "The Government rejects the demands", "Amnesty International calls on Israel to": words told in
    the simple present are said as the statement is issued, on its day; not a standing charge ("Kyiv
    accuses Russia of stealing grain") nor a wish ("Israel wants the Palestinians to agree")."""
    return event_type in SPOKEN_TYPES and event_type != "ACCUSE" and _simple_present(trigger) and \
        _telling_verb(trigger).lemma_.lower() not in lexicon().words("wish_governors")


def _past_perfect(trigger: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in _tense_verb(trigger).children)


def _before_the_saying(trigger: Token) -> bool:
    """Is the act told in the past perfect under a verb of saying ("said it had sent")?"""
    verb = _tense_verb(trigger) if trigger.dep_ == "conj" else trigger
    return verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _told_ahead(date: Span) -> bool:
    """Is the date said of a verb in the future ("will visit Doha on Tuesday to press the Taliban")?"""
    verb = _dated_verb(date)
    return told_as_ahead(verb, lexicon()) and not said_before_subject(date, verb)


def _dated_verb(date: Span) -> Token:
    """The word a date is said of: "visit Doha on Tuesday" → visit."""
    return date.root.head.head if date.root.head.dep_ == "prep" else date.root.head


def _told_past(date: Span) -> bool:
    """Is the date said of a verb in the past tense ("attacked a police station on September 27")?"""
    if date.root.head.lower_ == "for":
        return False  # "called a general strike for September 27": the day it is set for
    verb = _dated_verb(date)
    lex = lexicon()
    if verb.lemma_.lower() in lex.words("light_verbs") | lex.words("convening_verbs") or \
            any(c.dep_ == "dobj" and noun_entry(c, lex) for c in verb.children):
        return False  # "called a general strike on September 27", "announced elections on": the event's day
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children) or \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "would" for c in verb.children)


def _dates_act(date: Span, frame: EventFrame) -> bool:
    """Is the date said of the act or what it is made of ("called a strike for next Thursday", "a
    boycott of the April 29 runoff"), not of another clause?"""
    token = date.root
    while token.dep_ in ("pobj", "prep", "compound", "nmod", "dobj", "npadvmod") and token.head != token:
        token = token.head
        if token == frame.trigger:
            return True
    return False


def _own_vow(frame: EventFrame, actor: Participant | None, quote: Quote | None, actors: ActorResolver) -> bool:
    """Is a planned act told by its own side (its speaker or reporter), not announced as a
    decision ("announced he would dismiss the government") nor reported by others?"""
    if actor is None or any(a.lemma_.lower() in ("announce", "decide", "order", "plan", "prepare")
                            for a in frame.trigger.ancestors):
        return False
    # told as what will be ("we will bomb"), not as what was tried ("said they attempted to")
    trigger = frame.trigger
    own_clause = (trigger, trigger.head) if trigger.dep_ in ("xcomp", "conj") else (trigger,)
    if not any(told_as_ahead(t, lexicon()) for t in own_clause):
        return False
    speaker = quote.speaker if quote is not None and not quote.anonymous else \
        actors.peek(frame.source) if frame.source is not None else None
    return speaker is not None and (speaker.name == actor.name or speaker.party == actor.party)


def _protest_named_for(frame: EventFrame, actor: Participant | None) -> Token | None:
    """The protest word a crowd is to be named by: a protest with no one named ("protests erupted"),
    or one standing as a subject ("protests calling for his resignation")."""
    if actor is None and frame.type == "PROTEST":
        return frame.trigger
    if frame.actor is not None and noun_type(frame.actor.root, lexicon()) == "PROTEST":
        return frame.actor.root
    return None


def _people_of_state(actor: Participant) -> bool:
    """ "Palestinians", "ethnic Albanians", "Palestinians of the West Bank": a state's people
    named by a plural demonym or a word for people, not its government."""
    if actor.kind != "state":
        return False
    lex = lexicon()
    people = lex.words("agent_nouns") - lex.words("state_agent_nouns")
    words = [w.lower() for w in re.findall(r"[\w-]+", actor.text)]
    plural_demonyms = {d.lower() for d in actor_dictionary().by_name[actor.name].demonyms if d.endswith("s")} \
        if actor.name in actor_dictionary().by_name else set()
    return any(w in people or w in plural_demonyms for w in words)


def _its_people(target: Participant) -> bool:
    """ "Venezuelans", "ordinary Somalis": a state's people named by its plural demonym (not "the
    country", nor a title held over them: "the Catholicos of All Armenians")."""
    entry = actor_dictionary().by_name.get(target.name) if target.kind == "state" else None
    plural = {d.lower() for d in entry.demonyms if d.endswith("s")} if entry is not None else set()
    words = re.findall(r"[\w-]+", target.text.lower())
    return bool(words) and words[-1] in plural and "of" not in words


_OPENING_MARKS = "\"'\u201c\u2018 "


def _enclosing_quote(frame: EventFrame, quote_frames: list[QuoteFrame], quotes: tuple[Quote, ...]) -> Quote | None:
    """The quotation the frame's evidence starts in, if any (quotations never overlap); evidence
    that opens with the quotation mark starts in it too."""
    text = frame.evidence.text
    start = frame.evidence.start_char + len(text) - len(text.lstrip(_OPENING_MARKS))
    return next((quote for quote_frame, quote in zip(quote_frames, quotes)
                 if quote_frame.start <= start < quote_frame.end), None)


def _in_quote_pronoun(span: Span | None, resolved: Participant | None,
                      speaker: Participant | None, warned: bool = False) -> Participant | None:
    if span is None or span.root.pos_ != "PRON":
        return resolved
    if warned and span.root.lower_ in DESCRIBED_PRONOUNS and \
            any(c.dep_ in ("acl", "relcl") for c in span.root.children):
        # "those who attacked army installations will face the law": a warning is aimed at whoever
        # does what it names (not a reading of "anyone who protested was beaten", told of no one)
        return resolved
    if span.root.lower_ in _FIRST_PERSON:
        return speaker
    return None


# "the two sides", "representatives of both sides", "the two delegations": the pair, not a party of
# their own; a word may say what kind ("military commanders from both sides")
_BOTH_SIDES = re.compile(r"^(?:(?:\w+ )?(?:representatives|leaders|delegates|delegations|officials|members|"
                         r"envoys|negotiators|soldiers|troops|forces|fighters|commanders|chiefs)"
                         r" (?:of|from) )?(?:the )?(?:two|both|warring|rival) "
                         r"(?:sides|parties|countries|nations|camps|delegations)$", re.IGNORECASE)
_OWNER = re.compile(r"^[\w.]+['’]s? ")
# the pair named as owner, told before: "the two countries' special representatives agreed", "the
# sides also agreed on joint checks", "as the delegations met" are the pair again, not a third party
_PAIR_OWNER = re.compile(r"^(?:the )?(?:two|both) (?:sides|parties|countries|nations)['’] ", re.IGNORECASE)
_THE_PAIR = re.compile(r"^the (?:sides|parties|delegations)$", re.IGNORECASE)


def _sides_acting(actor: Participant) -> bool:
    """ "Yemen's warring parties agreed": the pair acting, whoever's they are said to be (a call "on
    Yemen's warring parties" is told as one, to the pair as a whole)."""
    text = _OWNER.sub("", actor.text)
    return bool(_BOTH_SIDES.match(text) or _BOTH_PEOPLE.match(text) or _PAIR_OWNER.match(actor.text)
                or _THE_PAIR.match(actor.text))


def _each_named_target(event: Event, target: Span | None, actors: ActorResolver,
                       countries: frozenset[str]) -> list[Event]:
    """ "hosted both Hillary Clinton and William Hague": the same act toward each party named
    beside the first (the event itself has the first). Places a measure is laid on are one area:
    "the state of emergency in Lima, Cusco, Callao and Puno". A measure on things or bodies is one
    measure ("blocked Facebook and WhatsApp", "suspended the broadcasts of RFI and France 24"); each
    person held is held in an arrest of their own ("Asad Umar and Fawad Chaudhry were taken into custody").
    Ground given up together is one pull-back ("have withdrawn from the neighbouring Amhara and Afar
    regions")."""
    if target is None or event.target is None or event.target.kind == "place" or event.type == "RETREAT" or \
            not (_names_a_party(target.root) or _side_by_its_people(target.root)) or \
            event.type == "COERCE" and event.target.kind != "person":
        return []
    others = []
    # "spoke to both Tshisekedi and Rwandan President Paul Kagame", which the model may read as one
    # name: the first person hangs on the last as an nmod with the rest as its conjunct
    glued = [t for t in target.root.children if t.dep_ == "nmod" and
             t.ent_type_ == "PERSON" == target.root.ent_type_ and any(g.dep_ == "conj" for g in t.children)]
    for conjunct in (t for t in target.root.children if t.dep_ == "conj" and _names_a_party(t) or t in glued
                     or t.dep_ == "conj" and _side_by_its_people(t) and _side_by_its_people(target.root)):
        start = conjunct.left_edge.i + (conjunct.left_edge.dep_ == "preconj")
        named = target.doc[start:conjunct.i + 1]
        others += _each_as(event, named, actors, countries)
    # "blamed the BNP and its ally Jamaat-e-Islami": a conjunct may be named by its apposition
    appositions = (entity_of(a) for t in target.root.children if t.dep_ == "conj" and not _names_a_party(t)
                   for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN")
    for named in (e for e in appositions if e is not None and e.label_ in ("PERSON", "ORG", "GPE")):
        others += _each_as(event, named, actors, countries)
    return others


def _each_as(event: Event, named: Span, actors: ActorResolver, countries: frozenset[str]) -> list[Event]:
    """The event again toward another party named beside its target (none if it is the same party)."""
    party = _aid_to_a_town(event.type, event.actor, named, actors.peek(named), actors, countries)
    if party is None or party.name in (event.target.name, event.actor.name if event.actor else None):
        return []
    return [dataclasses.replace(event, target=party)]


def _each_named_state(event: Event, frame: EventFrame, actors: ActorResolver) -> list[Event]:
    """ "Egypt, Qatar and Saudi Arabia condemned the incursion", "France and Britain called on
    Israel": states listed as saying one thing each say it through their own government, so the
    same act by each state named beside the first (the event itself has the first). So too with
    deeds, each done by its own forces or agencies: "The United States and the United Kingdom
    carried out strikes on Houthi targets", "China, India and Russia have sent rescue teams". Only
    states: bodies named together speak in one joint voice ("the African Union and ECOWAS have
    recognized Ouattara"), and mutual acts ("Israel and Hamas agreed") and joint drills ("Seoul,
    Washington and Tokyo will hold exercises") are told once. The states may be named through
    those who speak for them ("the governments of the United States, France and the United Arab
    Emirates urged all parties", "The foreign ministers of Estonia, Iceland and Latvia travelled to
    Tbilisi"): the list hangs on the "of", and each state named there acts as well. Armed groups too
    each fire their own weapons: "Hamas and Palestinian Islamic Jihad fired more than 4,300 rockets"."""
    span = frame.actor
    kinds = _ARMED_KINDS if event.type == "ASSAULT" else {"state"}
    if event.type in _MUTUAL or event.type == "MOBILIZE" or span is None or event.actor is None or \
            event.actor.kind not in kinds or _reciprocal(frame.trigger) or frame.two_sided:
        # "Armenia and Azerbaijan blamed each other": the pair, each way (_reciprocal); "French and
        # Malian soldiers clashed with Islamist fighters": the allies are one side of the fight
        return []
    root, named = span.root, _names_a_party
    if not _names_a_party(root):
        root = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and _names_a_party(o)), None)
        if root is None:
            # "Russian and Syrian warplanes struck", "U.S. and Afghan special forces carried out raids":
            # the forces of each state the words before the noun name
            root = next((c for c in span.root.children
                         if c.dep_ in ("amod", "nmod", "compound") and _state_word(c)), None)
            named = _state_word
        if root is None:
            return []
    if any(c.dep_ == "acl" and c.lemma_.lower() in lexicon().words("composition_verbs")
           for c in root.children):
        return []  # "the alliance – made up of the MNDAA, the TNLA and the Arakan Army – launched": one body
    parties = [actors.peek(entity_of(t)) for t in root.conjuncts if named(t) and t.i > root.i]
    if any(party is None or party.kind not in kinds for party in parties):
        return []  # "the United States and the European Union": a joint word, told once
    others: list[Event] = []
    for party in (p for p in parties if p is not None):
        if party.name not in (event.actor.name, event.target.name if event.target else None) \
                and all(party.name != e.actor.name for e in others):
            others.append(dataclasses.replace(event, actor=party))
    return others


def _arrest(frame: EventFrame) -> bool:
    return frame.type == "COERCE" and frame.trigger.lemma_.lower() in lexicon().words("arrest_words")


def _agentless_release(frame: EventFrame) -> bool:
    """ "about 30 of the detainees had been released without charge": a release with no one named
    is by whoever held them, the jailer the article names elsewhere (or no release is told: a freeing
    with no holder has no doer, and "demanded that 5,000 be freed" frees no one)."""
    trigger = frame.trigger
    # ("many of whom were fined and later released": the second participle shares the passive)
    shared = trigger.head.children if trigger.dep_ == "conj" and trigger.tag_ == "VBN" else ()
    return frame.type == "CONCEDE" and frame.status == "occurred" and \
        trigger.lemma_.lower() in lexicon().words("freeing_verbs") and \
        any(c.dep_ in ("auxpass", "nsubjpass") for c in (*trigger.children, *shared))


def _holds_people(frame: EventFrame, event: Event) -> bool:
    """An arrest or a release by a named authority: it is the one who holds people. Not one only
    asked for ("urged the security chiefs to arrest the perpetrators"): no one is held by it."""
    return event.actor is not None and event.actor.kind in PARTY_KINDS | {"group"} and \
        event.status == "occurred" and (
        _arrest(frame) or frame.trigger.lemma_.lower() in lexicon().words("freeing_verbs"))


def _arrests_by_the_arresters(events: list[Event], unclaimed: set[int],
                              arresters: list[tuple[int, Participant]]) -> list[Event]:
    """ "Navalny was arrested" in an article where "Russian police detained 500 protesters": an
    arrest with no one named is by whoever the article says detains or frees people (the nearest
    such mention), else it stands with an unknown actor."""
    if not arresters:
        return events
    filled = list(events)
    for i in unclaimed:
        # ("the government also released X ... five prisoners have been released": a release the
        # article tells with its doer is told again, not another; one with no doer is by the jailer)
        jailers = [a for a in arresters if events[a[0]].type != "CONCEDE"]
        freeing = events[i].type == "CONCEDE"
        if freeing and (not jailers or any(events[a[0]].type == "CONCEDE" for a in arresters)):
            continue
        held, doer = min(jailers if freeing else arresters, key=lambda a: (abs(a[0] - i), a[0] > i))
        # "detained six Turkish sailors ... The six were released", "many of whom were later released":
        # a release naming no one (or its captor, for a "they") frees those the captor held
        freed = events[i].target
        target = events[held].target if freeing and (freed is None or freed.name == doer.name) else freed
        filled[i] = dataclasses.replace(events[i], actor=doer, target=target,
                                        confidence=events[i].confidence - 0.1)
    return filled


def _state_word(token: Token) -> bool:
    """A state's name or its adjective, whole ("Afghan" in "U.S. and Afghan special forces")."""
    entity = entity_of(token)
    return entity is not None and entity.label_ in ("NORP", "GPE") and entity.root == token


def _names_a_party(token: Token) -> bool:
    """A name of its own ("William Hague"), not a word inside one ("... Oneness and Jihad") or an
    adjective ("South Korean and Japanese diplomats")."""
    entity = entity_of(token) if token.pos_ == "PROPN" else None
    return entity is not None and entity.label_ in ("PERSON", "ORG", "GPE") and entity.root == token


def _side_by_its_people(token: Token) -> bool:
    """ "Israeli officials", "Islamic Jihad leaders": a side named through those who speak for it (a
    title word owned by a name), which a list joins to another side ("held talks with Israeli
    officials and Islamic Jihad leaders")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().words("person_titles") and \
        any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in token.children)


_RECIPROCALS = ("each other", "one another")


def _toll(frame: EventFrame) -> str | None:
    """Harm counted, not done: victims told by number as the subject of a casualty verb report
    what an attack told before cost. "opening": the toll opens its paragraph ("Two Israeli
    civilians were wounded", "eight people died"), the attack told just before; "running": a
    total since a time ("35 people had been killed and 80 wounded since Thursday"), the fighting
    the article tells, no attack of its own; "war": a war's count so far ("Sudan's war ... has killed
    tens of thousands"). Not an attack told in its own words ("an ambush
    killed 37 people"), nor the toll of an attack its own clause names ("the attack in which 26
    men were killed"), nor one after a sentence of its paragraph (which tells the attack it counts)."""
    trigger = frame.trigger
    lex = lexicon()
    if trigger.lemma_.lower() not in lex.words("casualty_verbs") or trigger.dep_ == "relcl":
        return None
    if _present_perfect(trigger) and any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.words("war_nouns")
                                         for c in trigger.children):
        return "war"  # "Sudan's war ... has killed tens of thousands": the war's count so far, no one act
    objects = any(c.dep_ == "dobj" for c in trigger.children)
    victims = next((c for c in trigger.children
                    if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and not objects), None)
    if victims is None or not (victims.like_num or any(c.dep_ == "nummod" for c in victims.children)):
        return None
    if any(c.lower_ in lex.words("running_total_preps") for verb in (trigger, *trigger.conjuncts)
           for c in verb.children):
        return "running"
    text = trigger.doc.text
    if text[text.rfind("\n\n", 0, trigger.sent.start_char) + 1:trigger.sent.start_char].strip():
        return None
    return "opening"


def _reciprocal(trigger: Token) -> bool:
    """ "The warring sides have blamed each other": the act goes both ways."""
    doc = trigger.doc
    objects = [t for c in trigger.children for t in (c, *c.children) if t.dep_ in ("dobj", "pobj")]
    return any(doc[max(t.i - 1, 0):t.i + 1].text.lower() in _RECIPROCALS or
               doc[t.i:t.i + 2].text.lower() in _RECIPROCALS for t in objects)


def _fought_by_the_pair(frame: EventFrame, event: Event) -> bool:
    """ "The two countries fought a border war", "Soldiers from the two sides exchanged fire": a fight
    the pair waged goes both ways, once _both_sides has found the pair."""
    return frame.two_sided and event.target is None and event.actor is not None and _sides_acting(event.actor)


def _pair_in_mutual_act(event: Event) -> bool:
    """ "the two sides have held talks", "the two countries signed the agreement": in an act two
    sides do together the talks or deal are the pair's own, not an earlier act by someone else
    whose author would be the target; the pair is found by _both_sides."""
    return event.type in _MUTUAL and event.actor is not None and _sides_acting(event.actor)


_BOTH_PEOPLE = re.compile(r"^(?:the )?(?:two|both) "
                          r"(?:leaders|men|presidents|(?:foreign |prime |defen[cs]e )?ministers)$", re.IGNORECASE)


def _both_sides(event: Event, earlier: list[Event], later: list[Event]) -> Event:
    """ "The two sides agreed": the parties of the nearest two-party event, before it if any."""
    if event.actor is None or event.target is not None or not _sides_acting(event.actor):
        return event
    # a helper and those it helps are not sides ("treated 116 people"), nor is the pair itself ("met
    # the two delegations")
    paired = [e for e in (*reversed(earlier), *later) if e.actor is not None and e.target is not None
              and e.type not in ("AID", "SUPPORT") and not _BOTH_SIDES.match(e.actor.text)
              and not _BOTH_SIDES.match(e.target.text)]
    if re.search(r"\b(?:countries|nations)\b", event.actor.text, re.IGNORECASE):
        # "the two countries agreed": two states, not a state and the rebels it fights
        paired = [e for e in paired if e.actor.kind == e.target.kind == "state"] or paired
    elif _BOTH_PEOPLE.match(event.actor.text):
        # "the two leaders agreed", "the two ministers last met": two people the article names
        paired = [e for e in paired if e.actor.kind == e.target.kind == "person"]
    # the article's main pair, the one told most often, whichever way; the nearest of equals
    told = collections.Counter(frozenset((e.actor.party, e.target.party)) for e in paired)
    pair = max(paired, key=lambda e: told[frozenset((e.actor.party, e.target.party))]) if paired else None
    if pair is None:
        return event
    return dataclasses.replace(event, actor=dataclasses.replace(pair.actor, text=event.actor.text),
                               target=dataclasses.replace(pair.target, text=event.actor.text),
                               confidence=event.confidence - 0.1)


def _author_among_events(act: Span, answer: Event, earlier: list[Event], later: list[Event],
                         told_by: dict[int, str] | None = None,
                         stem_doer: Participant | None = None) -> Participant | None:
    """ "Iran criticized the move": the move is the previous event's, and so is its author.
    "Condemned the arrest", "vowed revenge for the killing": the author of the nearest arrest or
    killing the article reports, before the mention, else after it. A definite description
    of force repeating the word an attack was told with points back to that attack ("two
    assailants attacked the complex ... security forces killed them ... NATO condemned the attack":
    the assailants'), ahead of a nearer one told in other words."""
    lex = lexicon()
    told_by = told_by or {}
    # "vowed revenge", "the response": an answer to the latest attack
    # "refusing calls to step down": calls are the requests a "call for" makes
    lemma = act.root.lemma_.lower()
    crowds = False
    kind = ("ASSAULT", None) if lemma in lex.words("retaliation_words") else \
        noun_entry(act.root, lex) or lex.nouns.get(f"{lemma} for")
    actor = answer.actor
    if answer.type == "PROTEST":
        # "youths protesting over the killing of villagers": a crowd protests a deed told before its
        # own sentence (not the police firing tear gas at it there, nor one told after)
        sent = act.sent
        earlier = [e for e in earlier
                   if e.evidence.end <= sent.start_char or e.evidence.start >= sent.end_char]
        later = []
    # A hostile answer is to someone else's act, not a partner's: the author is of another side
    # and not one the actor works with, backs or helps in this article (foes too meet and agree
    # ceasefires). A welcome may be of a partner's act ("Hague welcomed the release" by his host).
    if actor is None:
        friends = set()
    elif answer.type in _COOPERATIVE:
        friends = {actor.party}
    else:
        friends = _friends(actor, [*earlier, *later])
    others = [e for e in (*reversed(earlier), *later) if e.actor is not None and e.actor.kind != "unknown"
              and e.actor.party not in friends]
    if kind is not None:
        # a government's "protest" is stored as the ACCUSE it is ("rejected the protest"); "backing the
        # protests", many of them, are a crowd's
        crowds = kind[0] == "PROTEST" and act.root.tag_ == "NNS"
        types = {kind[0], "ACCUSE"} if kind[0] == "PROTEST" and not crowds else {kind[0]}
        # "condemned the kidnapping": the nearest abduction, before the nearest attack of any kind
        # (only deeds of force: "the call", "the decision" are words too common to point back)
        told = next((e for e in others if e.type in types and e.type in _FORCE and not _bare_weapon(e.actor)
                     and (told_by.get(id(e)) in (lemma, _deed_of(act, e, told_by.get(id(e))))
                          or _derived(lemma, told_by.get(id(e))))),
                    None)
        lede = None if lemma in lex.words("retaliation_words") else _lede_act(act, types, earlier, others)
        chosen = told or lede or \
            next((e for e in others if e.type in types and kind[1] is not None and e.mode == kind[1]),
                 None) or \
            next((e for e in others if e.type in types), None)
        if chosen is not None and chosen.type in _MUTUAL and actor is not None and chosen.target is not None \
                and chosen.target.party == actor.party:
            return None  # "Kiir hailed the agreement" his own country signed: no one else's act
    else:
        # "Nahid Islam welcomed the decision": a deed of authority that is judged is no one's words,
        # march or attack
        deed = lemma in lex.words("deed_nouns") and answer.type in ("ACCUSE", "REJECT", "SUPPORT")
        # "called the declaration 'an illegal act'", "concerned by the ruling": the act a verb of the
        # same stem told ("Yoon declared martial law", "the court ruled"), nearest first, whatever
        # side did it (a party's own leader may be criticised)
        doers = [e for e in (*reversed(earlier), *later) if e.actor is not None and e.actor.kind != "unknown"
                 and (actor is None or e.actor.name != actor.name)]
        told = next((e for e in doers if _tells_deed(act, e)), None)
        if told is None and stem_doer is not None:
            return stem_doer  # (named as the article named the doer: "the North")
        chosen = told or next((e for e in reversed(earlier) if e.actor is not None
                               and (actor is None or e.actor.name != actor.name)
                               and not (deed and e.type in (*SPOKEN_TYPES, "PROTEST", "ASSAULT"))),
                              None)
    if chosen is None and crowds:
        # "broke up protests in several districts" with no march told: whoever protests is a crowd
        return Participant(name=lex.crowd_names.get(lemma, "protesters"), text=act.text, kind="group")
    if chosen is None:
        return None
    author = chosen.actor
    if chosen.type in _FORCE and author.kind == "person" and author.affiliation:
        # "condemned the attacks": aimed at the side that carried them out, not at the spokesman who
        # claimed them or the leader who ordered them (as force inferred falls on the side)
        author = actor_dictionary().party(author.affiliation, author.text)
    return dataclasses.replace(author, text=act.text)


def _lede_act(act: Span, types: set[str], earlier: list[Event], others: list[Event]) -> Event | None:
    """The act of force the article opens with, when a bare definite description names its kind:
    news tells its main deed first and its reactions after, so "the assault" or "the coup" with
    nothing of its own is that deed ("Gangs stormed Mirebalais ... police launched a counteroffensive
    ... Jean condemned the assault" accuses the gangs, not the police told nearer), when the
    opening tells the force of one known side only (not "soldiers and foreign fighters killed",
    "the army resumed its offensive after rebels killed a leader"). The description names the
    operation ("the assault", "the coup"), not the deaths it caused: "the killings" may be any of
    the deaths the article tells, nor an answer ("vowed revenge"), which is to the latest attack.
    A compound may name the kind ("the missile attack", "the coup attempt"); a modifier of its own
    ("the latest attack", "the attack on the market") tells some other act."""
    if any(c.dep_ in ("amod", "nmod", "prep", "acl", "relcl") for c in act.root.children) or \
            act.root.lemma_.lower() in lexicon().words("death_words"):
        return None
    text = act.doc.text
    lede = text.find("\n\n")
    lede = len(text) if lede < 0 else lede
    found = [e for e in earlier if e.type in types and e.type in _FORCE and e.evidence.start < lede]
    if not found or len({None if e.actor is None else e.actor.party for e in found}) > 1:
        return None
    return next((e for e in others if e is found[0] and not _bare_weapon(e.actor)), None)


def _stem_verb_doer(act: Span, actor: Participant | None, actors: ActorResolver) -> Participant | None:
    """Who the article says did the act with the verb its noun was made from, when no event told
    it: "the North launched about 310 balloons ... the State Department condemned the balloon
    launches" (the subject, or the "by" agent of a passive), nearest before the mention, else after.
    Not the judging actor's own side."""
    lemma = act.root.lemma_.lower()
    verbs = [t for t in act.doc if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")
             and not act.start <= t.i < act.end and _derived(lemma, t.lemma_.lower())]
    for verb in sorted(verbs, key=lambda t: (t.i > act.root.i, abs(t.i - act.root.i))):
        agent = by_agent(verb)
        doer = agent if agent is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = actors.peek(phrase(doer)) if doer is not None else None
        if found is not None and found.kind != "unknown" and (actor is None or found.party != actor.party):
            return found
    return None


def _tells_deed(act: Span, event: Event) -> bool:
    """ "The court ... ruled unanimously that the party ... and ordered it dissolved": an event
    whose telling has the verb the act's noun was made from ("the ruling")."""
    told = act.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    # (not a "ruling party": a verb's form that only describes)
    return any(t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")
               and _derived(act.root.lemma_.lower(), t.lemma_.lower()) for t in told or ())


def _derived(noun: str, verb: str | None) -> bool:
    """Is the noun the verb's own deed: "the killings", "the shooting" ("killed"), "the ruling"
    ("ruled"), "the abductions" ("abducted"), "its isolation" ("isolate"), "the launches"?"""
    if verb is None or len(verb) < 4:
        return False
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    return any(noun in (stem, stem + "ing", stem + "ion", stem + "ation") for stem in stems)


def _deed_of(act: Span, event: Event, verb: str | None) -> str | None:
    """The verb an event was told with, when the act's word is the noun that did it in that telling:
    "a 24-hour Azerbaijani offensive that killed 200 people ... the EU condemned the offensive" points
    back to the killing (not "officers beat her, saying she suffered a heart attack": no attack beat).
    Only a bare description: "the missile strikes" says its own kind, and is found by it."""
    if any(c.dep_ in ("compound", "amod", "nmod") for c in act.root.children):
        return None
    told = act.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    lemma = act.root.lemma_.lower()
    for noun in told or ():
        if noun.lemma_.lower() != lemma or noun.pos_ != "NOUN":
            continue
        if any(c.dep_ == "relcl" and c.lemma_.lower() == verb for c in noun.children) or \
                noun.dep_ == "nsubj" and noun.head.lemma_.lower() == verb:
            return verb
    return None


_COOPERATIVE = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"}
# Sides that talk or agree may be foes ("Israel and Islamic Jihad agreed to the ceasefire"); those
# that work together, back or help each other are friends
_ALLIED = {"COOPERATE", "SUPPORT", "AID"}


def _friends(actor: Participant, events: list[Event]) -> set[str]:
    """The actor's side and the sides it works with, backs or helps in the article's events."""
    side = actor.party
    found = {side}
    for e in events:
        if e.type in _ALLIED and e.actor is not None and e.target is not None:
            pair = {e.actor.party, e.target.party}
            if side in pair:
                found |= pair
    return found


def _to_both_sides(event: Event, events: list[Event]) -> list[Event]:
    """ "The UN threatened both countries": one event toward each party of the article's pair."""
    if event.target is None or not _BOTH_SIDES.match(event.target.text) or event.actor is None \
            or event.actor.text == event.target.text:  # "the two sides agreed": already the pair
        return [event]
    pair = next((e for e in events if e.actor is not None and e.target is not None and e is not event
                 and not _BOTH_SIDES.match(e.target.text) and not _BOTH_SIDES.match(e.actor.text)
                 and event.actor.name not in (e.actor.name, e.target.name)), None)
    if pair is None:
        return [event]
    return [dataclasses.replace(event, target=dataclasses.replace(side, text=event.target.text))
            for side in (pair.actor, pair.target)]



def _anonymous_people(span: Span | None) -> bool:
    """ "at least seven people", "13 persons": victims counted, not named or described."""
    return span is not None and counted(span.root).lemma_.lower() in lexicon().words("kindless_toll_nouns")


_LOCALITY_NOUNS = {"town", "village", "city", "district", "township", "locality", "commune", "municipality"}


def _unknown_town_taken(frame: EventFrame, places) -> Span | None:
    """ "took control of Kiwanja ... in North Kivu province": a town the gazetteer lacks, taken, is
    a place inside the province named beside it."""
    root = _ground_root(frame)
    if root is None or root.ent_type_ != "GPE":
        return None
    town = entity_of(root)
    return town if _named_town(town) and places.resolve(town.text) is None else None


def _named_locality(trigger: Token, places) -> Span | None:
    """ "the town of Nyanzale", "the village of Tawori" in the trigger's clause, when the
    gazetteer does not know the name: the words that say it, ending on the name."""
    for noun in trigger.subtree:
        if noun.lemma_.lower() not in _LOCALITY_NOUNS:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if name is not None and name.pos_ == "PROPN" and name.is_title and \
                places.resolve(noun.doc[name.left_edge.i:name.i + 1].text) is None:
            return noun.doc[noun.left_edge.i:name.i + 1]
    return None


def _city_hit(target: Span, places, countries: frozenset[str]) -> Place | None:
    """The city a physical act was aimed at, where the target names one: also where it happened.
    A name on a facility is its city whatever the model tagged it ("the Donetsk airport")."""
    names = [ent.text for ent in target.ents if ent.label_ == "GPE"]
    if is_facility(target.root):
        names += [c.text for c in target.root.children
                  if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP")]
    for name in names:
        place = places.resolve(name, countries)
        if place is not None and not _is_country(place):
            return place
    return None


def _aid_to_a_town(event_type: str, actor: Participant | None, span: Span | None, target: Participant | None,
                   actors: ActorResolver, countries: frozenset[str]) -> Participant | None:
    """ "has flown aid to Damascus and Aleppo", "aircraft carrying tents landed in Islamabad and
    Karachi": aid sent to a foreign town is aid to its country (the words still name the town); a
    government's aid to its own town is to the town ("the Tripoli government sent aid to Derna")."""
    if event_type != "AID" or span is None or target is None or target.code is not None:
        return target
    town = _town_named(span, countries)
    if town is None or actor is not None and actor.country == town.country:
        return target
    return actors.dictionary.state_of_country(town.country, target.text) or target


def _town_named(span: Span, countries: frozenset[str]) -> Place | None:
    """The town the phrase itself names, or the first of the towns it joins ("Islamabad and Karachi"),
    whatever the model tagged it; not a town modifying another word ("the Bukavu hospital") nor a
    province or territory."""
    heads = [span.root, *(t for t in span.root.conjuncts if span.start <= t.i < span.end)]
    for head in (h for h in heads if h.pos_ == "PROPN"):
        place = gazetteer().resolve((entity_of(head) or head.doc[head.i:head.i + 1]).text, countries)
        if place is not None and not _is_country(place) and not gazetteer().is_region(place):
            return place  # (a territory is its own recipient: "sent aid to Gaza")
    return None


def _part_of_country_hit(target: Span, places, countries: frozenset[str]) -> Place | None:
    """ "fired rockets at northern Israel", "a ground invasion of southern Lebanon": a part of a
    country a physical act was aimed at is where it happened (the country alone names no venue)."""
    for ent in target.ents:
        before = target.doc[ent.start - 1].text if ent.start > 0 else ""
        if ent.label_ != "GPE" or not DIRECTION.fullmatch(before + " "):
            continue
        place = places.resolve(ent.text, countries)
        if place is not None and _is_country(place):
            return dataclasses.replace(place, text=target.doc[ent.start - 1:ent.end].text)
    return None


def _ground_root(frame: EventFrame) -> Token | None:
    """The word naming the ground a seizure took: "seized Goma", "seized control of most of Aleppo"."""
    lex = lexicon()
    if frame.target is None or frame.trigger.lemma_.lower() not in lex.words("seizure_verbs"):
        return None
    root = frame.target.root
    if root.lemma_.lower() in lex.words("ground_nouns"):
        root = counted(prep_object(root, "of") or root)
    return root


def _ground_taken(frame: EventFrame, places, countries: frozenset[str]) -> Place | None:
    """ "The M23 seized Goma", "seized control of Gao", "seized control of most of Aleppo": the town
    taken is where it happened, even when the tagger took its name for a person's or a people's."""
    root = _ground_root(frame)
    if root is None or root.pos_ != "PROPN" or root.ent_type_ == "ORG":
        return None
    # (a town the tagger took for a people's name, "most of Aleppo", is still a town the gazetteer knows)
    place = places.resolve(root.doc[root.left_edge.i:root.i + 1].text, countries)
    return place if place is not None and not _is_country(place) else None


def _capital_of(frame: EventFrame, places, of_story: bool = False) -> Place | None:
    """ "in the capital", "in the Kenyan capital", "Sudan's capital": the capital of the state its
    modifier names, else of the one country the sentence names ("Sudanese forces fired tear gas ...
    in the capital"), else (``of_story``, and no country named) of the story's; "in the capital,
    Kathmandu": the name, where the model took it for no place."""
    clause = {t.i for t in frame.trigger.subtree}
    capital = next((t for t in frame.trigger.sent if t.lower_ == "capital" and t.dep_ == "pobj" and t.i in clause
                    and _stands_at(t, frame.type in _MOVING_TYPES)
                    and any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in t.children)), None)
    if capital is None:
        return None
    doc = capital.doc
    for name in (doc[capital.i + 2] if capital.i + 2 < len(doc) and doc[capital.i + 1].text == "," else None,
                 doc[capital.i + 1] if capital.i + 1 < len(doc) else None):
        # "the capital, Kathmandu", "Congo's capital Brazzaville" (a city the model may take for a body)
        city = places.resolve(entity_of(name).text if name.ent_type_ else name.text) \
            if name is not None and name.pos_ == "PROPN" else None
        if city is not None and city.lat is not None:
            return city
    named = next((c for c in capital.children
                  if c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in ("NORP", "GPE")), None)
    if named is not None:
        name = re.sub(r"['’]s$", "", entity_of(named).text)  # "South Sudan's capital"
        country = _country_code(name, places, demonym=True)
    else:
        # (a sentence naming two countries leaves it open: "Russian missiles struck ... the capital,
        # Ukrainian officials said")
        country = _only_country(frame.trigger.sent, places) or \
            (_story_country(doc, places) if of_story and not _countries_named(frame.trigger.sent.ents, places)
             else None)
    return places.capital(country) if country else None


_MOVING_TYPES = ("MOBILIZE", "RETREAT", "AID")


def _stands_at(place: Token, moving: bool) -> bool:
    """Is the act where the place word is? "in the capital", "across the capital"; a force moved goes to
    or leaves it ("deployed officers to the capital", "withdrew from the capital"); a part of it stands for
    it ("pulled back from some districts of the capital")."""
    lex = lexicon()
    prep = place.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and \
            prep.head.lemma_.lower() in lex.words("place_nouns") | lex.words("quarter_nouns"):
        prep = prep.head.head
    return prep.lower_ in ("in", "at", "near", "across", "outside", "through", "around") or \
        moving and prep.lower_ in lex.words("destination_preps")


def _story_country(doc: Doc, places) -> str | None:
    """The country the story is about: the one the article names most often, the first named on a tie
    (a story from Tbilisi about a "Russian-style" law names Russia first and Georgia throughout)."""
    named = collections.Counter(code for ent in doc.ents if ent.label_ in ("GPE", "NORP")
                                and (code := _country_code(ent.text, places, demonym=ent.label_ == "NORP")))
    return max(named, key=named.__getitem__) if named else None


def _only_country(sent: Span, places) -> str | None:
    """The one country a sentence names ("Sudanese forces ... in the capital"); none when it names
    two ("Russian missiles struck ... in the capital, Ukrainian officials said")."""
    codes = _countries_named(sent.ents, places)
    return next(iter(codes)) if len(codes) == 1 else None


def _town_told_before(trigger: Token, places, countries: frozenset[str], physical: bool) -> Place | None:
    """ "massed thousands of fighters around the city", "seized a checkpoint outside the town": a
    bare definite town word in the act's clause points back to the last town the article named as
    a place (a country or region is no town); so does a landmark a physical act is at ("rallied
    outside the building"), told as one already known."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), trigger)
    # (not one in a clause below it: "agreed to move 20 kilometers outside the city"; but a participle
    # on the act or its doer tells the act's scene: "officers guarding the building withdrew")
    if not any(_bare_town_word(t, physical) and (_clause_of(t, trigger) in (clause, trigger) or
                                                 _participle_of(_clause_of(t, trigger), clause))
               for t in clause.subtree):
        return None
    # a town named before the act's clause, in an earlier sentence or its own ("students rallied in
    # Gulu, and soldiers then stormed the building")
    for ent in reversed([e for e in trigger.doc.ents if e.end <= clause.left_edge.i]):
        if ent.label_ != "GPE" or not place_use(ent) or _locates_another_place(ent):
            continue
        place = places.resolve(ent.text, countries)
        if place is not None and place.lat is not None:
            return place
        if place is None and _named_town(ent):
            return Place(name=ent.text, text=ent.text)
    return None


def _participle_of(verb: Token, clause: Token) -> bool:
    """ "officers guarding the building", "opening fire inside the building": a participle hung on the
    act's verb or on one of its words."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("acl", "advcl") and \
        (verb.head == clause or verb.head.head == clause)


def _office_town(actor: Span, places, countries: frozenset[str]) -> Place | None:
    """ "Moscow police announced the closure of seven metro stations", "a Managua court sentenced":
    a town's own office acts in its town."""
    offices = lexicon().words("town_office_nouns")
    for token in actor:
        if token.dep_ != "compound" or token.ent_type_ != "GPE" or token.head.i <= token.i or \
                token.head.lemma_.lower() not in offices:
            continue
        place = places.resolve(entity_of(token).text, countries)
        if place is not None and place.lat is not None:
            return place
    return None


def _locates_another_place(ent: Span) -> bool:
    """ "in El Fasher, the last army stronghold in Darfur": a place named in another place's
    description tells where that one lies; the place told of is the one it describes."""
    return any(a.ent_type_ in ("GPE", "LOC", "FAC") and not ent.start <= a.i < ent.end
               for a in ent.root.ancestors)


def _bare_town_word(token: Token, physical: bool = False) -> bool:
    """ "the city", "the town's market": a town word that names none itself ("the town of Ber");
    for a physical act, also a landmark of the town told before ("officers stormed the building")."""
    lex = lexicon()
    words = lex.words("town_nouns") | (lex.words("landmark_nouns") if physical else frozenset())
    if not {token.lemma_.lower(), token.lower_} & words or token.ent_type_:
        return False
    own_name = any(c.dep_ in ("appos", "compound", "amod") or c.dep_ == "prep" and c.lower_ == "of"
                   for c in token.children)
    return not own_name and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _region_named(span: Span) -> Span | None:
    """ "hit an oil depot in Russia's Krasnodar region": a country owning a region it names only
    locates it; the region is where."""
    head = span.root.head
    if span.root.dep_ != "poss" or head.lemma_.lower() not in lexicon().words("locality_nouns"):
        return None
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return span.doc[names[0].left_edge.i:head.i + 1] if names else None


def _named_town(span: Span) -> bool:
    """A town's name ("Enayetpur", "in Chaung-U Township"): capitalised proper nouns the tagger calls a
    GPE (its LOC and FAC are as often seas, deals and buildings), or a lone name it calls a LOC after a
    preposition ("stormed a school in Kagara")."""
    lone = span.label_ == "LOC" and len(span) == 1 and span.root.dep_ == "pobj"
    return (span.label_ == "GPE" or lone) and all(_name_word(t) for t in span)


def _name_word(token: Token) -> bool:
    """A word of a place's name: a capitalised proper noun, or the hyphen or "al" joining its parts
    ("Chaung-U", "Jabal al-Zawiya")."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() or token.text == "-" or token.lower_ == "al"


def _named_feature(span: Span) -> bool:
    """A sea, river or valley named after a preposition in the act's own clause ("deployed warships
    to the Baltic Sea", "patrols along the Arauca River"): a natural feature the gazetteer of towns
    and states lacks is still where (a bare "the Mediterranean" or "the Nile" only says where
    another place lies)."""
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    return span.label_ == "LOC" and len(words) > 1 and span.root.dep_ == "pobj" and \
        all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and \
        words[-1].lower_ in lexicon().words("feature_nouns")


def _named_site(span: Span) -> bool:
    """A local place the gazetteer lacks, named before the word for its kind ("in the Jabal
    al-Zawiya area", "near the Kastanies crossing", "at Ain al-Asad air base"): the name is where."""
    lex = lexicon()
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    if not words or words[-1].dep_ != "compound" or words[-1].head.dep_ != "pobj":
        return False
    kinds = lex.words("locality_nouns") | lex.words("passage_nouns") | lex.words("facility_nouns")
    return words[-1].head.lemma_.lower() in kinds and \
        all(_name_word(t) for t in words)


def _is_country(place: Place) -> bool:
    return place.lat is None and place.geonameid is not None and place.country is not None


def _inside(span: Span | None, attack: bool) -> bool:
    """Named as the venue within a country: "clashed in Ukraine" (not "rallied across Belarus" nor
    "spread to 20 cities in China": spread over the country, at no one place of it; but "air strikes
    across Syria" hit ground the country's state holds, which names the side hit)."""
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head.lower_
    lex = lexicon()
    if prep not in ("in", "inside", "into") and not (attack and prep in lex.words("spreading_preps")):
        return False
    holder, before = span.root.head.head, span.doc[span.start - 1].text if span.start > 0 else ""
    return not (holder.tag_ == "NNS" and holder.lemma_.lower() in lex.words("town_nouns")) or \
        bool(DIRECTION.match(before + " "))  # "their villages in south Lebanon": a part of it


def _in_lede(doc: Doc, index: int) -> bool:
    """Is the token in the article's first paragraph?"""
    first_break = doc_text(doc).find("\n\n")
    return first_break == -1 or doc[index].idx < first_break


def _lasting(trigger: Token) -> bool:
    """ "has fought the insurgency for more than a decade", "have often attacked convoys": a state of
    affairs or a habit, not the day's news (guidelines: an ongoing event has no day)."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    if verb.tag_ not in ("VBZ", "VBP") and not any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False  # "police repeatedly fired tear gas" is the day's news; "have often attacked" is not
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lexicon().words("habitual_adverbs"):
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and \
                any(t.ent_type_ == "DATE" for t in child.subtree if t.dep_ == "pobj"):
            return True
        # "Since then, the two sides have held 16 rounds of talks", "since the protests began on
        # March 30, Israeli fire has killed more than 100": a stretch of time up to now (the
        # present perfect; "had struck 310 targets since Sunday" is a stretch ended in the past)
        if (child.lower_ == "since" and child.dep_ == "prep" or child.dep_ == "advcl" and
                any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children)) and \
                not _past_perfect(verb):
            return True
    return False


def _shifted_date(doc: Doc, offset: tuple, published) -> tuple:
    """ "..., a day after he agreed": the date of the clause it hangs on, shifted by the days."""
    head, days = offset
    span = own_date(head)
    if span is not None:
        base, precision = resolve_date(span.text, published)
        source = "text"
    else:
        # "The amnesty comes a day after...": the present is the day of publication, as is the lede's news
        now = _in_lede(doc, head.i) or head.tag_ in ("VBZ", "VBP")
        base, precision, source = (published, "day", "publication") if now else (None, "unresolved", None)
    if base is None or precision != "day":
        return None, "unresolved", None
    return base + dt.timedelta(days=days), "day", source


def _counted_from(deed: Token, events: list[Event], words: list[str], told_at: list[int]) -> Event | None:
    """The dated event a day is counted from when its clause tells no day: the deed named, told with
    the same word or its verb ("The abduction of the schoolgirls came 10 days after gunmen stormed a
    school": the abduction the article dated), else one of its type, nearest before ("Hours after
    meeting Abiy": a meeting dated earlier). (Not the clause's own act dated from its paragraph:
    "Police detained 140 people after protesters threw stones" is of no day the paragraph's two days tell.)"""
    lemma = deed.lemma_.lower()
    kind = noun_type(deed, lexicon()) if deed.pos_ == "NOUN" else \
        next((e.type for e, at in zip(events, told_at) if at == deed.i), "")
    earlier = [(e, word) for e, word, at in reversed(list(zip(events, words, told_at)))
               if at < deed.i and e.date is not None and e.date_precision == "day"]
    return next((e for e, word in earlier if word == lemma or _derived(lemma, word)), None) or \
        next((e for e, _ in earlier if e.type == kind), None) or _act_told_before(deed, kind, earlier)


def _act_told_before(deed: Token, kind: str, earlier: list[tuple[Event, str]]) -> Event | None:
    """ "Rajapaksa declared an emergency on Friday. The move came a day after crowds tried to storm
    his house": a bare act noun ("the move", "the decision") stands for the act told just before it."""
    if kind or deed.pos_ != "NOUN" or deed.lemma_.lower() not in lexicon().words("act_nouns"):
        return None
    return next((e for e, _ in earlier), None)


def _has_day(span: Span) -> bool:
    """A day a later sentence can share; "10 days ago" counts from its own event, not the next, and
    "Geneva is to host a conference on Thursday" is a day to come; "leave within 48 hours" is a
    length of time, not a day; nor is an age ("Deby, 68, died", "a 31-year-old demonstrator")."""
    return bool(_WEEKDAY_OR_DAY.search(span.text)) and " ago" not in span.text and not sets_a_period(span) \
        and not _to_come(span.root) and point_in_time(span)


def _to_come(token: Token) -> bool:
    """Is the word in a clause about what will happen ("will meet", "is to host")?"""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "to") and not attempted(t)
               for t in token.ancestors for c in t.children)


def _is_place_mention(span: Span) -> bool:
    """A place named as where something is ("in Gaza"), or a town a scene is spread over or whose
    street it took ("blocked roads across Yerevan", "blocked Tel Aviv's main highway"), not inside a
    clause of another time ("before the deal was announced in Cairo")."""
    root = span.root
    town = span.label_ == "GPE"
    at = root.dep_ == "pobj" and (root.head.lower_ in ("in", "at", "near") or
                                  town and root.head.lower_ in lexicon().words("spreading_preps"))
    street = town and root.dep_ == "poss" and place_use(span)
    return (at or street) and not in_other_time(root)


def _here(trigger: Token) -> Span | None:
    """ "arrested at their weekly demonstration here": where the reporter is, the place the
    article last named as a venue, else (in the lede) the first it names: its dateline, which
    is usually cut from the text."""
    if not any(t.lower_ == "here" and t.dep_ == "advmod" and _clause_of(t, trigger) in (trigger, trigger.head)
               for t in trigger.sent):
        return None
    venues = [e for e in trigger.doc.ents if e.label_ in ("GPE", "LOC", "FAC") and place_use(e)
              and not trigger.sent.start <= e.start < trigger.sent.end]
    before = [e for e in venues if e.end <= trigger.sent.start]
    if before:
        return before[-1]
    return next(iter(venues), None) if _in_lede(trigger.doc, trigger.i) else None


def _clause_of(token: Token, trigger: Token) -> Token:
    """The verb (or the trigger) a word belongs to: the first of them above it."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") or a == trigger), token.sent.root)


# "that day", "three days later", "the next day", "hours earlier": a day counted from the day just told
_RELATIVE_DAY = re.compile(
    r"^(?:later |earlier )?(?:that|the same) (?:day|night|evening|morning|afternoon)$"
    r"|^(?:(?:a few|several|some|\w+) )?(?:hours|minutes) (?:later|earlier)$"
    r"|^(?P<count>a|an|one|two|three|four|five|six|seven|\d) (?P<unit>day|week)s? (?P<way>later|earlier|after|before)$"
    r"|^the (?P<next>next|following|previous) (?:day|morning|afternoon|evening|night)$"
    r"|^the day (?P<side>before|after)$", re.IGNORECASE)


def _days_from_told(text: str) -> int | None:
    """How many days after the day just told a relative expression is (None: not one)."""
    match = _RELATIVE_DAY.match(text.strip())
    if match is None:
        return None
    if match["count"]:
        days = int(match["count"]) if match["count"].isdigit() else COUNTS[match["count"].lower()]
        days *= 7 if match["unit"].lower() == "week" else 1
        return days if match["way"].lower() in ("later", "after") else -days
    if match["next"] or match["side"]:
        return -1 if (match["next"] or match["side"]).lower() in ("previous", "before") else 1
    return 0


def _hour_without_day(doc: Doc, span: Span, published: dt.date | None) -> bool:
    """Is the date a time of day said of the act that resolves to no day ("at around 1 a.m.",
    "shortly before midnight"), not a length that describes a thing ("a 45 minute televised speech")?"""
    verb = _dated_verb(span)
    return span.label_ == "TIME" and verb.pos_ == "VERB" and verb.dep_ not in ("amod", "compound") and \
        _resolve_told(doc, span, published)[0] is None


def _day_told_last(doc: Doc, index: int) -> Span | None:
    """The day an earlier sentence of the paragraph set its act on, unless a later sentence moved the
    story to a stretch of time: "Protesters rallied on Sunday. A student died earlier this month. He
    was beaten during a rally": the rally is of no day told."""
    found = _earlier_in_paragraph(doc, index, ("DATE", "TIME"), lambda e: _can_share(e) or _sets_the_time(e))
    return found if found is not None and _can_share(found) else None


def _sets_the_time(span: Span) -> bool:
    """A stretch of days said as when a clause's act happened ("died earlier this month", "was
    arrested last week"), not one that names a thing ("the 2020 election") nor a part of a day told
    ("on Thursday morning")."""
    head = span.root.head
    if head.pos_ in ("ADP", "ADV") and span.root.dep_ in ("pobj", "npadvmod"):
        head = head.head
    return span.label_ == "DATE" and point_in_time(span) and head.pos_ == "VERB" \
        and span.root.dep_ in ("npadvmod", "pobj", "advmod")


def _can_share(span: Span) -> bool:
    """A date later words can take as theirs: a day, or a day counted from one."""
    return _has_day(span) or _days_from_told(span.text) is not None


def _resolve_told(doc: Doc, span: Span, published: dt.date | None, future: bool = False,
                  depth: int = 0) -> tuple[dt.date | None, str]:
    """A date expression to a day; one counted from the day just told ("three days later") counts
    from that day, which may itself be counted from an earlier one."""
    days = _days_from_told(span.text)
    if days is None:
        return resolve_date(span.text, published, future=future, past=_told_past(span))
    base = _day_told_before(doc, span) if depth < 3 else None
    if base is None:
        return None, "unresolved"
    day, precision = _resolve_told(doc, base, published, _told_ahead(base), depth + 1)
    if day is None or precision != "day":
        return None, "unresolved"
    day += dt.timedelta(days=days)
    if published is not None and day > published and not future:
        return None, "unresolved"  # a day counted from one to come, for an act told as done
    return day, "day"


def _day_told_before(doc: Doc, span: Span) -> Span | None:
    """The last day named before ``span``: in its paragraph, its own sentence included, else
    earlier in the article."""
    found = _earlier_in_paragraph(doc, span.start, ("DATE", "TIME"), _can_share, before=span.start)
    if found is None:
        earlier = [e for e in doc.ents if e.end <= span.start and e.label_ in ("DATE", "TIME") and _can_share(e)]
        found = earlier[-1] if earlier else None
    return found


def _day_before_the_pronoun(doc: Doc, index: int, depth: int = 0) -> Span | None:
    """ "Lukashenko dismissed the protesters Friday. [...] He accused Poland of orchestrating the
    unrest": a paragraph opened by a pronoun goes on with the one before, and shares its last day;
    so does a paragraph of his quoted words between them."""
    paragraph_start = doc_text(doc).rfind("\n", 0, doc[index].idx) + 1
    opening = doc.char_span(paragraph_start, paragraph_start + 1, alignment_mode="expand")
    if paragraph_start < 2 or opening is None or depth > 2 or not (
            opening[0].pos_ == "PRON" and opening[0].dep_ in ("nsubj", "nsubjpass") or
            depth and opening[0].is_quote):
        return None
    return _earlier_in_paragraph(doc, opening.start - 1, ("DATE", "TIME"),
                                 lambda e: _can_share(e) and not _quoted(e), before=opening.start) or \
        _day_before_the_pronoun(doc, opening.start - 1, depth + 1)


def _quoted(span: Span) -> bool:
    """Is the span inside a quotation ("What the court did today is not the end")? Its "today" is
    the day the words were said, not one the story has told."""
    text = doc_text(span.doc)
    before = text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]
    return sum(before.count(mark) for mark in '"\u201c\u201d') % 2 == 1


def _earlier_in_paragraph(doc: Doc, index: int, labels: tuple[str, ...], accept,
                          before: int | None = None) -> Span | None:
    """The last entity with ``labels`` in an earlier sentence of the same paragraph (the event's
    own sentence was read by extraction, which kept out the dates that are not the event's), or
    ending by token ``before``."""
    paragraph_start = doc_text(doc).rfind("\n", 0, doc[index].idx) + 1
    sentence_start = doc[index].sent.start
    found = None
    for ent in doc.ents:
        too_late = ent.end > before if before is not None else ent.start >= sentence_start
        if ent.start_char < paragraph_start or too_late:
            continue
        if ent.label_ in labels and accept(ent):
            found = ent
    return found


def _names_participant(place: Place, actor: Participant | None, target: Participant | None) -> bool:
    """A place that is just the actor's or target's own country name is no location (an attack
    "into southern Israel" names a part of the target's country, and a place)."""
    parties = (actor,) if DIRECTION.match(place.text + " ") else (actor, target)
    return any(p is not None and p.kind == "state" and p.name == place.name for p in parties)


def _source(frame: EventFrame, actors: ActorResolver, quote: Quote | None) -> Source | None:
    """Who the event is attributed to: the speaker of the quotation it sits in, else the
    sentence's reporter or "according to"."""
    if quote is not None and quote.speaker is not None:
        return Source(quote.speaker.name, quote.speaker.text, quote.anonymous)
    if frame.source is None:
        return None
    if frame.source_anonymous:
        return Source(name=_description(frame.source.text), text=frame.source.text, anonymous=True)
    participant = actors.resolve(frame.source)
    if participant is None:
        return None
    return Source(name=participant.name, text=frame.source.text, anonymous=False)


def _quote(frame: QuoteFrame, actors: ActorResolver, article: Article, quote_frames: list[QuoteFrame]) -> Quote:
    speaker = None
    anonymous = frame.anonymous
    described = _titled_before(frame.speaker, actors) if frame.speaker is not None else None
    if described is None and anonymous and frame.speaker is not None:
        described = _described_person(frame.speaker, actors)
    if described is not None:
        speaker, anonymous = dataclasses.replace(described, text=frame.speaker.text), False
    elif frame.speaker is not None:
        if frame.anonymous:
            # "he told AFP": the witness said before; "the officer said": the officer described before
            unnamed = frame.antecedent or _introduced_before(frame.speaker) or frame.speaker
            named = actors.resolve(unnamed)
            affiliation = named.name if named is not None and named.kind != "group" else None
            speaker = Participant(name=_description(unnamed.text), text=frame.speaker.text,
                                  kind="anonymous", affiliation=affiliation)
        elif frame.antecedent is not None and (named := _pronoun_speaker(frame, actors, quote_frames)) is not None:
            speaker = dataclasses.replace(named, text=frame.speaker.text)  # "she said": the last speaker
        elif frame.speaker.root.lower_ in ("he", "she"):
            speaker = _named_outside_quotes(frame, actors, quote_frames)
        else:
            # "NSC Senior Director ... Juan Gonzalez", "the prime minister of the self-styled Donetsk
            # People's Republic, Alexander Borodai": the person named speaks, not the body
            person = next((e for e in frame.speaker.ents if e.label_ == "PERSON"), None)
            speaker = actors.resolve(whole_name(person, frame.speaker.root) if person is not None else frame.speaker)
    return Quote(speaker=speaker, anonymous=anonymous, cue=frame.cue, text=frame.text,
                 start=frame.start, end=frame.end, article_id=article.id)


def _introduced_before(speaker: Span) -> Span | None:
    """ "An Iraqi officer who asked not to be named ... '...,' the officer said": the fuller
    description the same unnamed source was introduced with."""
    root = speaker.root
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    earlier = next((t for t in reversed(speaker.doc[:speaker.start]) if t.lemma_ == root.lemma_ and t.pos_ == "NOUN"), None)
    if earlier is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
        return None
    return phrase(earlier)


def _titled_before(speaker: Span, actors: ActorResolver) -> Participant | None:
    """ "Foreign Ministry spokesman Wang Jianhua ... the spokesman said", "Iran's ambassador to
    the agency, Mohsen Taheri, ... the ambassador said": the person the title was last given to
    (a title last given to no name, "a senior official ... the official added", stays unnamed)."""
    root = speaker.root
    if not _the_role(speaker, lexicon().words("role_heads") | lexicon().words("person_titles")):
        return None
    titled = next((t for t in reversed(speaker.doc[:speaker.start]) if t.lemma_ == root.lemma_), None)
    person = _person_with_title(titled) if titled is not None else None
    found = actors.resolve(person) if person is not None else None
    demonym = _nationality(speaker, actors)
    if found is not None and demonym is not None and found.country != demonym.country:
        return None  # "Egypt's foreign minister Sameh Shoukry ... the Jordanian minister said": another one
    return found


def _person_with_title(title: Token) -> Span | None:
    """The name a title noun is given: "spokesman Wang Jianhua", "the ambassador, Mohsen Taheri",
    "Mohsen Taheri, the ambassador"."""
    doc = title.doc
    candidates = [doc[title.i + 1]] if title.i + 1 < len(doc) else []
    candidates += [c for c in title.children if c.dep_ == "appos"]
    if title.dep_ in ("compound", "appos", "nmod", "amod"):
        candidates.append(title.head)
    person = next((c for c in candidates if c.ent_type_ == "PERSON"), None)
    return entity_of(person) if person is not None else None


def _described_person(speaker: Span, actors: ActorResolver) -> Participant | None:
    """ "Lavrov met his Turkish counterpart. ... the Russian diplomat said": a definite description
    of one person, with a nationality, names the person of that nationality the sentences before
    named; not one the article introduced unnamed ("a senior official ... the official added")."""
    root = speaker.root
    if not _the_role(speaker, lexicon().words("role_heads")) or \
            any(t.lemma_ == root.lemma_ for t in speaker.doc[:speaker.start]):
        return None
    sentence = speaker.sent.start
    window = speaker.doc[sentence - 1].sent.start if sentence > 0 else 0
    mention = actors.mention_before(root.i, {"person"})
    if mention is None or mention.index < window:
        return None
    person = mention.participant
    demonym = _nationality(speaker, actors)
    return person if demonym is not None and person.country == demonym.country else None


def _the_role(speaker: Span, roles: frozenset[str]) -> bool:
    """ "the spokesman", "the Russian diplomat": one person named by the role, definitely."""
    return speaker[0].lower_ == "the" and speaker.root.tag_ == "NN" and speaker.root.lemma_.lower() in roles


def _nationality(speaker: Span, actors: ActorResolver) -> ActorEntry | None:
    """The state whose demonym describes the speaker ("the Jordanian minister"), if any."""
    return next((actors.dictionary.demonym(t.text) for t in speaker if t.ent_type_ == "NORP"), None)


def _named_outside_quotes(frame: QuoteFrame, actors: ActorResolver,
                          quote_frames: list[QuoteFrame]) -> Participant | None:
    """ "Guaido addressed supporters. '... until Maduro leaves power,' he told the crowd": the
    pronoun's person, but not one a quotation names: the last person named outside them."""
    doc = actors.doc

    def quoted(index: int) -> bool:
        return any(q.start <= doc[index].idx < q.end for q in quote_frames)

    speaker = actors.resolve(frame.speaker)
    if speaker is None or not quoted(actors.index_of(speaker)):
        return speaker
    before = next((seen.participant for seen in reversed(actors.history) if seen.participant.kind == "person"
                   and seen.index < frame.speaker.root.i and not quoted(seen.index)), None)
    return dataclasses.replace(before, text=frame.speaker.text) if before is not None else None


def _pronoun_speaker(frame: QuoteFrame, actors: ActorResolver, quote_frames: list[QuoteFrame]) -> Participant | None:
    """ "he said": the last person reported speaking, unless a person was named after them
    outside quotation marks (not one a quotation names: "... the wolf is coming," she said)."""
    assert frame.antecedent is not None
    speaker = actors.resolve(frame.antecedent)
    later = None
    if frame.speaker is not None and frame.speaker.root.lower_ in ("he", "she"):
        # not a person the quotation itself names ("... that Bush and Rice want," he said)
        quoted = actors.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        before = min(frame.speaker.root.i, quoted.start) if quoted is not None else frame.speaker.root.i
        mention = actors.mention_before(before, {"person"})
        if mention is not None and not any(q.start <= actors.doc[mention.index].idx < q.end for q in quote_frames) \
                and _speaks_or_acts(actors.doc[mention.index]):
            later = mention
    if later is not None and later.index > frame.antecedent.root.i:
        return later.participant
    if speaker is not None and speaker.kind not in ("person", "group") and frame.speaker is not None and \
            frame.speaker.root.lower_ in ("he", "she"):
        # "VOA's Ukrainian Service asked him ... 'We count on it,' he said": a named body is no
        # "he" (an unnamed description, kind "group", may be a name the model missed)
        return dataclasses.replace(later.participant, text=frame.speaker.text) if later is not None else None
    return speaker


def _speaks_or_acts(token: Token) -> bool:
    """A subject ("Guaido addressed supporters"), not one acted on or spoken of; or the name right
    before a speech verb the model left without a subject ("a spokesman, Ahmed al-Mismari, said")."""
    if in_subject(token):
        return True
    name = entity_of(token)
    after = next((t for t in token.doc[name.end if name else token.i + 1:token.sent.end] if not t.is_punct), None)
    return after is not None and after.pos_ == "VERB" and after.lemma_.lower() in lexicon().words("quote_verbs") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)


def _description(text: str) -> str:
    return re.sub(r"^(?:a|an|the|one|two|three|several|some)\s+(?!of\b)", "", text.strip(), flags=re.IGNORECASE)


# Types where an untargeted act is, in news prose, aimed at the actor's adversary in the story
# ("Hamas responded with rocket attacks", "Khamenei threatened a harsh punishment").


def _same_side(a: Participant, b: Participant) -> bool:
    return _serves(a, b) or _serves(b, a)


# CAMEO sectors of a country's people who belong to it without acting for its state: opposition,
# clergy, rights campaigners, parties, separatists.
_OUTSIDE_THE_STATE = ("OPP", "REL", "HRI", "PTY", "SEP")


def _serves(person: Participant, side: Participant) -> bool:
    """The person acts for the side. Its opposition leaders and clerics belong to a country without
    speaking for its state: "Sistani called on the government" asks another side."""
    if not person.affiliation or person.affiliation != side.name:
        return False
    return not (side.kind == "state" and (person.code or "")[3:6] in _OUTSIDE_THE_STATE)


# Praise of an agreement and a deployment often have no counterpart; lending them one measured
# worse on the dev gold (no change on the tune half), unlike every other type.
_SELF_STANDING = ("SUPPORT", "MOBILIZE")
_FORCE = ("ASSAULT", "COERCE")
_HOSTILE = ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "REJECT")


def infer_missing_targets(events: list[Event], standing: set[tuple] = frozenset(),
                          mediations: set[tuple] = frozenset(),
                          asides: set[tuple] = frozenset(), stated: Participant | None = None,
                          text: str = "") -> list[Event]:
    """Fill an event's missing target with the actor's main counterpart in the article: the party
    it is most often paired with in events whose target the text names, in any kind of event, but
    for force the parties of its hostile events when it has any (measured: restricting all hostile
    acts to hostile counterparts lost events on both gold sets).
    Lower confidence marks the inference; the target's ``text`` is the mention it was taken from.
    ``standing``: the (type, evidence start, end) of events aimed at no one by their nature;
    ``mediations``: those of a go-between's dealings with the sides, which make it no side itself;
    ``asides``: those of requests told as "at X's request", which make the asker no side of a
    meeting or deal ("At Russia's request, the Security Council met": it met no one named), though
    a force sent or withdrawn at a state's request deals with it ("At Yerevan's request, Russian
    border guards will withdraw").
    ``stated``: the party the article says its protests are against, for protests that name none
    when the protest events themselves name no single one.
    ``text``: the article, whose paragraphs tell how near a crowd's counterpart was told."""
    counterparts = _partners(events)
    # the protested deal with many, rarely with a crowd, except in answering it ("Ruto withdrew
    # the bill", "agreed to talks"): only then does a protest lend them a counterpart
    # (nor is a go-between the side a deal is made with: "The truce, mediated by Egypt, was approved
    # by Israel's cabinet" agrees with Hamas)
    answering = _partners([e for e in events
                           if _told_key(e) not in mediations | asides],
                          protests_answered=True)
    # a protest is aimed at those in power, not at the police who broke it up or the crowds it
    # fought: its counterpart comes from the protesters' other dealings (measured: keeping the
    # protesters' own attacks, "stormed the embassy", lost more than it won on two battery sets)
    protested = _partners([e for e in events if e.type not in _FORCE], unnamed=False)
    adversary = _protests_adversary(events) or stated
    # force falls on a foe: "The LNA launched its offensive" hits the GNA it fights, not the UN it talks
    # with (measured: the same for threats, sanctions or a friend for friendly acts lost events)
    foes = _partners([e for e in events if e.type in _HOSTILE])
    donors = {e.actor.party for e in events if e.type == "AID" and e.actor is not None}
    filled = []
    for event in events:
        if event.target is None and event.actor is not None and event.type not in _SELF_STANDING and \
                _told_key(event) not in standing:
            options = (protested if event.type == "PROTEST" else answering if event.type in _ANSWERING_CROWDS
                       else counterparts).get(event.actor.party, {})
            if event.type in _FORCE:
                options = foes.get(event.actor.party) or options
            if event.type == "ACCUSE":
                # "condemned the assault on democracy and voiced support for Lula": whom the actor backs
                # or helps in the article is not whom it accuses
                friends = _friends(event.actor, events)
                options = {party: pair for party, pair in options.items() if party not in friends}
            if event.type == "AID":
                # "China has pledged tents, and the United Kingdom has announced £1.5 million": a
                # fellow donor is no recipient; the stricken side is (_aid_to_the_stricken)
                options = {party: pair for party, pair in options.items() if party not in donors}
            if event.actor.kind == "group" and text:
                options = {party: pair for party, pair in options.items()
                           if _dealt_with_nearby(event, party, events, text)}
            if not options and event.type == "PROTEST" and event.actor.kind == "group" and \
                    adversary is not None:
                # (only an unnamed crowd: a union or party on strike may have its own grievance)
                options = {adversary.party: (1, adversary)}
            told_with = None
            if event.type == "THREATEN":
                side_foes = _foes_of_the_side_named(event, events, foes)
                options = options or side_foes
                told_with = _same_telling(event, events)
                if _on_the_enemy(event) and (against := foes.get(event.actor.party) or side_foes):
                    options, told_with = against, None
            if told_with is not None:
                options = {told_with.party: (1, told_with)}
            if options:
                # a counterpart the sentence itself names outranks a commoner one: "Lithuania, which
                # has given Tsikhanouskaya refuge" aids her, not Lukashenko whom it deals with more
                _, other = max(options.values(),
                               key=lambda pair: (_named_in(pair[1], event.evidence.text), pair[0]))
                if other.affiliation and (_speaking_organ(other) or
                                          event.type in _FORCE and other.kind == "person"):
                    # "Russia struck the area": force falls on the side a counterpart speaks for, not on
                    # the leader who spoke ("Zelenskyy said..."), or the ministry; a person hit is one
                    # the text names, and troops attacked are themselves the counterpart
                    other = actor_dictionary().party(other.affiliation, other.text)
                event = dataclasses.replace(event, target=other, confidence=event.confidence - 0.2)
        filled.append(event)
    return filled


_ANSWERING_CROWDS = ("CONCEDE", "CONSULT", "REJECT", "AGREE")

# Paragraphs within which an unnamed crowd's dealings are taken to be the same crowd's: "protesters"
# or "gunmen" told three paragraphs on are as often other people called alike (protesters in Kano do
# not make demands of the police chief a Lagos crowd faced four paragraphs before). Measured: of the
# crowd fills from that far, none right on the tuning sets, four where gold names no target.
_CROWD_REACH = 3


def _dealt_with_nearby(event: Event, party: str, events: list[Event], text: str) -> bool:
    """Is the counterpart paired with the event's (unnamed) actor within _CROWD_REACH paragraphs?"""
    here = _paragraph_of(text, event.evidence.start)
    return any(abs(_paragraph_of(text, e.evidence.start) - here) < _CROWD_REACH for e in events
               if e.actor is not None and e.target is not None
               and {e.actor.party, e.target.party} == {event.actor.party, party})


def _named_in(party: Participant, text: str) -> bool:
    """Is the person named in the text, by full name or surname ("Tsikhanouskaya")? (Only a person: a group
    or a place a sentence names is as often another act's, "fired rockets at Kiryat Shmona and vowed")"""
    if party.kind != "person":
        return False
    names = {party.text, party.name, party.text.split()[-1], party.name.split()[-1]}
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names if name[:1].isupper())


def _foes_of_the_side_named(threat: Event, events: list[Event], foes: dict) -> dict:
    """A speaker the article pairs with no one threatens the foe of a side the warning names: "Salami
    warned that Iran would respond to any attack" is aimed at Iran's, "warned that any intervention in
    Niger would be a declaration of war" at Niger's (not a side naming the speaker, "Guinea-Bissau's
    opposition warned"); a foe's spokesman stands for it."""
    told = threat.evidence.text.replace(threat.actor.text, " ")
    named = {p.party for e in events for p in (e.actor, e.target) if p is not None
             and p.kind in PARTY_KINDS and p.party != threat.actor.party
             and any(re.search(rf"\b{re.escape(n)}\b", told) for n in {p.name, p.text})}
    options: dict = {}
    for side in named:
        for party, (count, other) in foes.get(side, {}).items():
            if party != threat.actor.party and party not in named:
                if other.kind == "person" and other.affiliation:
                    other = actor_dictionary().party(other.affiliation, other.text)
                options[party] = (options.get(party, (0, other))[0] + count, other)
    return options


def _on_the_enemy(threat: Event) -> bool:
    """ "warned that the crime will not pass without the enemy receiving punishment": a threat that calls
    its target "the enemy" is aimed at the actor's foe, not at an ally it backed in the same breath."""
    return any(re.search(rf"\bthe {word}\b", threat.evidence.text, re.IGNORECASE)
               for word in lexicon().words("foe_nouns"))


def _same_telling(threat: Event, events: list[Event]) -> Participant | None:
    """The party the actor dealt with just before threatening, in the same clause: "urged Burhan to
    return to the talks and warned that Washington would take further steps" warns Burhan, whoever
    else the actor dealt with most in the article (not an act reported inside the warning, "said it
    had fired rockets at X and vowed ...", nor one told after it, "vowed ... and called on partners")."""
    return next((e.target for e in events if e is not threat and e.type != "THREATEN" and e.target is not None
                 and e.actor is not None and e.actor.party == threat.actor.party
                 and e.evidence.start <= threat.evidence.start < e.evidence.end), None)


def _protests_adversary(events: list[Event]) -> Participant | None:
    """The one party the article's protests name as what they oppose, when they name only one: a
    movement keeps its adversary through the story, so a rally told without it ("Thousands of
    protesters rallied ..., chanting against Assad" / "The protests began on Aug. 17") is aimed at
    it too, whoever the crowd is called in each sentence ("thousands", "students")."""
    named = {e.target.party: e.target for e in events if e.type == "PROTEST" and e.target is not None
             and e.actor is not None and e.target.kind in PARTY_KINDS | {"person"}}
    return next(iter(named.values())) if len(named) == 1 else None


def _protested_party(doc: Doc, actors: ActorResolver) -> Participant | None:
    """The party the article says its protests are against ("anti-coup protesters"), if it is one
    (not "a protest movement against a political class")."""
    stated = stated_adversary(doc, lexicon())
    party = actors.peek(stated) if stated is not None else None
    return party if party is not None and party.kind in PARTY_KINDS | {"person"} else None


def _at_request_note(frame: EventFrame) -> bool:
    """A request told as the circumstance of another act: "the council met at Russia's request"."""
    return frame.type == "REQUEST" and frame.trigger.lemma_.lower() in REQUEST_NOUNS and \
        frame.trigger.dep_ == "pobj" and frame.trigger.head.lower_ == "at"


def _speaking_organ(party: Participant) -> bool:
    """A state's organ that speaks for it (a ministry), not its troops ("US troops")."""
    words = set(party.text.lower().split())
    return party.kind == "state_organ" and not words & lexicon().words("armed_nouns")


def _partners(events, protests_answered: bool = False,
              unnamed: bool = True) -> dict[str, dict[str, tuple[int, Participant]]]:
    """Each party's counterparts: how often paired, and one mention. ``unnamed``: whether acts done
    to unnamed people ("protesters", "dozens", "250 inmates") pair them. A crowd protests whom it
    addresses itself ("demanded Lam's resignation"), not whoever spoke of or acted on it: a leader
    condemning the protesters, a cleric backing them or a foreign state praising them are told
    alike ("Lam condemned the protesters" does not make her what they marched against), and
    people the crowd freed or fought are no authority (measured: sparing the crowd's own
    counterpart of the unnamed alone won two events on the batteries, this nine)."""
    partners: dict[str, dict[str, tuple[int, Participant]]] = {}
    for event in events:
        if event.actor is None or event.target is None or not unnamed and event.target.kind == "group":
            continue
        if event.target.kind not in PARTY_KINDS | {"person", "group"} or event.actor.kind not in PARTY_KINDS | {"person", "group"}:
            continue
        one_way = event.type == "PROTEST" and not protests_answered
        pairs = ((event.actor, event.target),) if one_way else \
            ((event.actor, event.target), (event.target, event.actor))
        for a, b in pairs:
            if a.party == b.party:
                continue
            count, _ = partners.setdefault(a.party, {}).get(b.party, (0, b))
            partners[a.party][b.party] = (count + 1, b)
    return partners


def merge_duplicates(events: list[Event], text: str = "", tolls: dict[tuple[int, int], str] | None = None,
                     running: set[tuple] | frozenset[tuple] = frozenset(),
                     unaimed: set[tuple[int, int]] | frozenset = frozenset(),
                     anew: set[tuple] | frozenset[tuple] = frozenset(),
                     manners: set[tuple] | frozenset[tuple] = frozenset()) -> list[Event]:
    """One event per happening: same type, actor and target (either way for mutual acts); an
    attack reported only by its victims or as "the fighting" folds into the attack with a named
    perpetrator on the same victim, or else the one its paragraph reports (or the paragraph before,
    for a toll opening its own, or any, for a running total: ``tolls`` holds their evidence spans and
    kinds); an act with no target folds
    into the same act told with its target in overlapping words. An act told as lasting or habitual
    (``running`` holds their types and evidence spans) is a campaign, not one of its days: "Since the
    protests began on March 30, Israeli fire has killed more than 100 Palestinians" stays apart from
    "Israeli forces shot and killed 58 Palestinians on Monday". A claim of an attack told before
    names its doer (``unaimed`` holds the evidence spans of attacks told with no one hit). A deed
    named anew with "a" (``anew`` holds their types and evidence spans) is another of its kind, not
    the one told before: "he was beaten during a rally" is not the day's rally of the lede. A deed
    told as how another was done (``manners``: "stormed the compound, firing stun grenades") is that
    deed, whatever its means."""
    events = _fold_unattributed(events, text, tolls or {}, unaimed)
    kept: list[Event] = []
    keys: list[tuple] = []  # each kept event's happening key, in step with ``kept``
    for event in events:
        # "assassinated Haniyeh by detonating a device": one act, told with its means (or its
        # target told after it: "launched a campaign to wipe out the rebels")
        means = next((k for k in kept if _told_with_its_target(event, k)), None) \
            if event.target is None else None
        untargeted = next((i for i, k in enumerate(kept) if k.target is None and _told_with_its_target(k, event)),
                          None) if event.target is not None else None
        if untargeted is not None:
            kept[untargeted], keys[untargeted] = _fill(event, kept[untargeted]), _happening_key(event)
            continue
        key = _happening_key(means or event)
        index = None if _told_key(event) in anew else \
            next((i for i, k in enumerate(kept) if keys[i] == key
                  and _indistinct(k, event, _told_key(k) in manners or _told_key(event) in manners)
                  and (_told_key(k) in running) == (_told_key(event) in running)), None)
        if index is None:
            index = next((i for i, k in enumerate(kept) if _hit_in_its_state(k, event)), None)
        if index is None:
            kept.append(event)
            keys.append(key)
        else:
            kept[index] = _fill(kept[index], event)
    return kept


def _hit_in_its_state(a: Event, b: Event) -> bool:
    """One strike told twice, once as hitting a territory and once its state ("Israeli air strikes on
    Gaza City killed 42 Palestinians": Gaza Strip and Palestine), in one sentence or on one day: the
    same deed by the same side, whichever name the target is given."""
    if a.type != b.type or a.status != b.status or a.actor is None or b.actor is None or \
            a.actor.party != b.actor.party or a.target is None or b.target is None:
        return False
    kinds = {a.target.kind, b.target.kind}
    if kinds != {"state", "place"} or not a.target.country or a.target.country != b.target.country:
        return False
    one_telling = a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end
    # (the places differ as the targets do, "Gaza City" and "Gaza Strip": only days and means tell)
    return (one_telling or a.date is not None and a.date == b.date) and \
        _indistinct(a, dataclasses.replace(b, location=a.location))


def _indistinct(a: Event, b: Event, one_deed: bool = False) -> bool:
    """Nothing tells two reports of the same sides apart: different days in the text or different
    means ("killed X in an airstrike", "exchanged fire") are two acts, unless ``one_deed`` (one told
    as how the other was done: "stormed the compound, firing stun grenades")."""
    if a.date_text and b.date_text and (a.date, a.date_precision) != (b.date, b.date_precision):
        return False
    if a.location is not None and b.location is not None and a.location.lat is not None and \
            b.location.lat is not None and a.location.name != b.location.name:
        return False  # "supporters rallied in Tehran", "supporters marched in La Paz": two rallies
    if a.type in SPOKEN_TYPES and a.actor is not None and b.actor is not None and \
            ("person" in (a.actor.kind, b.actor.kind) or a.type == "ACCUSE") and a.actor.name != b.actor.name:
        # words are their speaker's own: "Maduro accused Washington of preparing an invasion" and
        # "Interior Minister Cabello accused the United States of murdering fishermen" are two, as are
        # a government's charge and its leader's ("Venezuela's government accused Guyana of provoking
        # a conflict", "President Maduro accused Guyana of handing the region to oil companies") and a
        # ministry's charge and its state's ("the defence ministry said Ukraine had been preparing
        # terrorist acts", "Russia blamed the attack on Ukrainian sea drones"); but a state's threats
        # echoed by its army are one threat
        return False
    if _two_deeds(a, b):
        return False
    return one_deed or not (a.mode and b.mode and a.mode != b.mode)


def _two_deeds(a: Event, b: Event) -> bool:
    """Are these two coordinated verbs of one sentence, each with its object? "imposed a curfew and
    shut the borders" tells two deeds; but words said in one breath ("dismissed his claims and turned
    down his invitation") are one statement, and "visited Addis Ababa and met Abiy" one meeting."""
    return a.act is not None and b.act is not None and a.act[0] == b.act[0] and a.act[1] != b.act[1] \
        and a.type not in SPOKEN_TYPES and a.type not in _MUTUAL


def _told_with_its_target(bare: Event, told: Event) -> bool:
    """Is ``told`` the act ``bare`` reports, told with a target: the same type, side and status in
    overlapping words ("assassinated X by detonating a device")?"""
    return bare.actor is not None and told.actor is not None and told.target is not None \
        and told.type == bare.type and told.actor.party == bare.actor.party and told.status == bare.status \
        and told.evidence.start < bare.evidence.end and bare.evidence.start < told.evidence.end \
        and not _two_deeds(bare, told)  # "imposed a curfew and blocked access to Twitter": two


_MUTUAL = {"CONSULT", "AGREE", "COOPERATE"}
_STATE_KINDS = {"state", "state_organ"}
_ARMED_KINDS = {"state", "armed_group"}


def _paragraph_of(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _fold_unattributed(events: list[Event], text: str, tolls,
                       unaimed: set[tuple[int, int]] | frozenset = frozenset()) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        host, toll = None, tolls.get((event.evidence.start, event.evidence.end))
        if toll == "war" and event.type == "ASSAULT":
            continue
        if event.type == "ASSAULT" and (event.actor is None or _told_back(event.actor)) \
                and event.status == "occurred" and text:
            paragraph = _paragraph_of(text, event.evidence.start)
            # (a state's forces are never "the attackers" or "the gunmen")
            attacks = [k for k in reversed(kept) if k.type == "ASSAULT" and k.actor is not None and
                       k.status == "occurred" and (event.actor is None or k.actor.kind not in _STATE_KINDS)]
            # the attack on the same victim anywhere ("the strike that killed Shukr"), else the
            # attack its paragraph reports
            # (a named person killed is an act of its own, told for that person: "One protester, Jhan
            # Carlo Condori, was shot dead during the clashes" is not the clashes' police attack)
            named = event.target is not None and event.target.kind == "person" and \
                _has_proper_name(event.target)  # (not "one serviceman had been killed")
            # (a toll, counted victims with no one named, may open the next paragraph: "Russia
            # attacked Odesa with missiles and drones. / At least two people were wounded")
            told = (paragraph, paragraph - 1) if toll == "opening" or event.actor else (paragraph,)
            host = next((k for k in attacks if event.target is not None and k.target is not None
                         and k.target.party == event.target.party), None) or \
                next((k for k in attacks if not named and
                      (toll == "running" or _paragraph_of(text, k.evidence.start) in told)), None)
            if host is not None and event.actor is not None and not _indistinct(host, event):
                host = None  # "the attackers" who struck again on another day are another attack
        elif _claim(event):
            host = _claimed_attack(event, kept, text, (event.evidence.start, event.evidence.end) in unaimed)
            if host is not None:
                index = kept.index(host)
                if host.actor is None or not _has_proper_name(host.actor) and _has_proper_name(event.actor):
                    # (each report of that attack alike, so that they stay one)
                    same = _happening_key(host)
                    kept = [dataclasses.replace(k, actor=event.actor) if _happening_key(k) == same else k
                            for k in kept]
                kept[index] = _fill(kept[index], event)
                continue
        if host is None and toll == "running" and event.actor is None:
            continue  # "five civilians had been killed since the start of the incursion", no attack told
        if host is None:
            kept.append(event)
            continue
        index = kept.index(host)
        kept[index] = _fill(host, event)
    return kept


def _told_back(actor: Participant) -> bool:
    """Is the doer named only by the deed with "the", pointing back to an attack told before ("the
    attackers arrived on motorcycles before dawn and shot residents")?"""
    words = actor.text.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in lexicon().words("attack_anaphors")


def _claim(event: Event) -> bool:
    """An attack its author claims ("claimed responsibility for the attack", "claimed to have killed
    12 soldiers"), not one it reports doing anew ("the French army said it had carried out an airstrike")."""
    return event.type == "ASSAULT" and event.status == "occurred" and \
        event.actor is not None and event.source is not None and event.source.name == event.actor.name and \
        _CLAIM.search(event.evidence.text) is not None


def _claimed_attack(claim: Event, kept: list[Event], text: str, unaimed: bool) -> Event | None:
    """The attack told before that a claim repeats: with no one named hit ("A car bomb killed 21 people.
    The ELN claimed responsibility for the attack"), the attack told before whose doer is unknown; else
    the last attack of its paragraph not done by another named side ("Al-Shabaab fighters attacked a
    base. The militants claimed to have killed 12 soldiers"; "hundreds of fighters stormed Palma ... The
    Islamic State group claimed responsibility for the assault")."""
    attacks = [k for k in reversed(kept) if k.type == "ASSAULT" and k.status == "occurred"]
    if unaimed and (host := next((k for k in attacks if k.actor is None), None)) is not None:
        return host
    paragraph = _paragraph_of(text, claim.evidence.start)
    return next((k for k in attacks if _paragraph_of(text, k.evidence.start) == paragraph and
                 (k.actor is None or not (_has_proper_name(k.actor) and _has_proper_name(claim.actor))
                  or k.actor.party == claim.actor.party)), None)


def _has_proper_name(participant: Participant) -> bool:
    """Is the side called by its name ("Al-Shabaab fighters"), not only described ("hundreds of fighters",
    "the militants")? Only a name sets a claimed attack apart as another side's."""
    return participant.name[:1].isupper()


_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)


def _happening_key(event: Event) -> tuple:
    """Type, status and the two sides: "the Treasury sanctioned Myanmar" and "the United States
    announced sanctions on Myanmar" are one happening in one article."""
    actor = event.actor.party.lower() if event.actor else ""
    target = event.target.party.lower() if event.target else ""
    pair = tuple(sorted((actor, target))) if event.type in _MUTUAL else (actor, target)
    return (event.type, event.status == "occurred", pair)


def _fill(first: Event, later: Event) -> Event:
    """The first mention's evidence, with gaps filled from a later mention of the same happening."""
    updates = {}
    # The date travels whole (day, words, precision, where from): a text date beats an assumed one.
    if (later.date_source == "text" and first.date_source != "text") or (first.date is None and later.date is not None) \
            or (first.date is None and first.date_text is None and later.date_text is not None):
        updates.update(date=later.date, date_text=later.date_text, date_precision=later.date_precision,
                       date_source=later.date_source)
    for name in ("mode", "location", "source", "fatalities"):
        if getattr(first, name) is None and getattr(later, name) is not None:
            updates[name] = getattr(later, name)
    updates["confidence"] = min(0.99, max(first.confidence, later.confidence) + 0.05)
    return dataclasses.replace(first, **updates)
