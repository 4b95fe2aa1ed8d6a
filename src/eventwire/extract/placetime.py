"""Where and when, as the text of an event's clause says it: the date and place entities of the
trigger's clause (growing up through the verbs above it), else of its sentence; durations,
background clauses and relative clauses kept out.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span, Token

from ..data import lexicon
from ..nlp import site_noun
from .frames import EventFrame
from .triggers import SPOKEN_TYPES, noun_entry, noun_type, to_infinitive, told_as_ahead, verb_entry

PLACE_PREPS = {"in", "at", "near", "across", "inside", "outside", "around", "from", "into", "on", "through",
               "throughout", "off", "along"}
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
PLACE_LABELS = ("GPE", "LOC", "FAC")
# "at the request of", "at Baghdad's behest"
REQUEST_NOUNS = ("request", "behest")


def place_and_date(frame: EventFrame, anchor: Token, sent: Span) -> None:
    """Date and place entities of the trigger's clause, else of the sentence. An event noun that
    is only mentioned ("to respond to Israel's killing of X") keeps to its own phrase."""
    # Not into a relative clause of its own ("an agreement that will take effect Thursday").
    # Nor into a background clause of its own ("before the deal was announced in Cairo").
    other_time = {t.i for host in (anchor, *anchor.ancestors) for c in host.children
                  if c not in anchor.ancestors and c != anchor and _earlier_or_later(c) for t in c.subtree}
    # "arrested upon his return, ending a five-month stay in Germany": a participle's own object
    # and place are another happening's
    other_place = {t.i for c in anchor.children if _participle_clause(c) for t in c.subtree}
    # "accused the rebels of killing 11 civilians in the village of Kalambi": the alleged act's place
    other_place |= {t.i for act in anchor.subtree if act != anchor and _alleged_act(act) for t in act.subtree}
    # "fired at demonstrators in several cities, and a crowd attacked a police station in Enayetpur":
    # a later clause with a subject of its own tells its own happening and place
    other_place |= {t.i for host in (anchor, *anchor.ancestors) for c in host.children
                    if c.i > anchor.i and _clause_of_its_own(c) for t in c.subtree}
    # "opened fire on protesters on Tuesday, the same day the officers landed in Haiti": a clause
    # telling which day is another happening, with its own place
    other_place |= {t.i for r in sent if r.dep_ == "relcl" and r.head.ent_type_ == "DATE"
                    and anchor not in r.subtree and frame.trigger not in r.subtree for t in r.subtree}
    if frame.type in SPOKEN_TYPES and anchor == frame.trigger:
        # "demanded that Cuba arrest the commanders in Havana", "urged the army to withdraw from
        # Goma": the place of the act asked for or warned of, not of the words
        other_place |= {t.i for c in anchor.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
        # "condemned the drone attacks on Port Sudan", "held Bush responsible for the war in
        # Lebanon": the place of the matter spoken of, not of the speaking
        other_place |= {t.i for c in anchor.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in
                        ("for", "of", "over", "about") for t in c.subtree}
        # "condemned the coup and said a delegation would arrive in Ouagadougou": a later verb of the
        # same speaker tells another act, with its own place
        other_place |= {t.i for c in anchor.children
                        if c.dep_ == "conj" and c.i > anchor.i and c.pos_ == "VERB" for t in c.subtree}
    if frame.type in SPOKEN_TYPES:
        # "Abadi, who visited troops in Bartella, vowed": the speaker's own doings, told aside
        other_place |= {t.i for s in _subjects(anchor) for c in s.children if c.dep_ == "relcl"
                        for t in c.subtree}
    # "accused the coalition of holding up tankers, while the government in Aden blames the rebels":
    # a clause set beside the act, with a subject of its own, has its own place
    other_place |= {t.i for c in anchor.children if c.dep_ == "advcl" and _set_beside(c)
                    for t in c.subtree}
    clause = {t.i for t in anchor.subtree} - other_time - {t.i for c in anchor.children
                                                          if c.dep_ in ("relcl", "acl") for t in c.subtree}
    governor = anchor.head
    own_phrase_only = anchor.pos_ != "VERB" and anchor == frame.trigger and not frame.governed
    # A background clause ("after the military overthrew the government") has its own time.
    frame.background = background(anchor) or (frame.trigger != anchor and background(frame.trigger))
    own_phrase_only = own_phrase_only or frame.background
    if frame.background and anchor.pos_ == "VERB":
        # the background clause is the one holding the time: "demonstrators in Tehran stormed
        # the embassy to protest" is in Tehran
        holder = time_holder(anchor)
        clause |= {t.i for t in holder.subtree} - {t.i for c in holder.children if c.dep_ in ("relcl", "acl")
                                                   for t in c.subtree}
    for _ in range(0 if own_phrase_only else 3):
        clause.update(t.i for t in governor.children if t.dep_ in ("npadvmod", "prep", "tmod", "advmod"))
        for child in governor.children:
            if child.dep_ in ("npadvmod", "prep", "tmod"):
                clause.update(t.i for t in child.subtree)
        if governor.head == governor:
            break
        governor = governor.head
    where = _place_where_told(anchor)
    if where is not None:
        clause.add(where.i)
    participants = set()
    for part in (frame.actor, frame.target):
        # "filled the streets of Haiti's capital": a place noun's names are places, not parties
        if part is not None and part.root.lemma_.lower() not in lexicon().words("place_nouns"):
            participants.update(range(part.start, part.end))
    elsewhen = _other_times(sent, anchor)
    # "launched drones at Kyiv early Thursday": a weekday the tagger left untagged is a day all the same
    weekdays = [Span(anchor.doc, t.i, t.i + 1, label="DATE") for t in sent
                if t.lower_ in WEEKDAYS and t.text[0].isupper() and not t.ent_type_]
    dates = [e for e in [*sent.ents, *weekdays] if point_in_time(e) and not _bound_of_other(e, anchor)
             and e.root.i not in elsewhen and not _dates_other_noun(e, anchor)]
    dates += [anchor.doc[t.i:t.i + 1] for t in sent if t.lower_ in DAY_WORDS and not t.ent_type_]
    # "Army warplanes struck the bridge the following day": a day counted from the one just told,
    # which the tagger often leaves untagged
    dates += [anchor.doc[t.i - 2:t.i + 1] for t in sent if t.lower_ == "day" and not t.ent_type_
              and t.i - 2 >= sent.start and anchor.doc[t.i - 2].lower_ == "the"
              and anchor.doc[t.i - 1].lower_ in ("following", "next", "previous")]
    # "Hours earlier, the junta suspended the broadcasts": the day just told, which the tagger leaves untagged
    dates += [anchor.doc[t.i:t.i + 2] for t in sent if t.lower_ in ("hours", "minutes") and not t.ent_type_
              and t.i + 1 < sent.end and anchor.doc[t.i + 1].lower_ in ("earlier", "later")]
    dates = [_with_its_day(e) for e in dates] + [anchor.doc[t.i - 1:t.i + 1] for t in sent if _that_part_of_day(t)]
    # "Duterte, who declared martial law last week, vowed on Thursday": a relative clause on
    # another word has its own time; not one telling when an event word happened ("killed 12
    # protesters in clashes that erupted on Sunday": the clashes' day is the killing's)
    related = {t.i for r in sent if r.dep_ == "relcl" and r.head not in (anchor, frame.trigger)
               and anchor not in r.subtree and not _happened_then(r) and not _meanwhile_of(r, frame)
               and not (to_infinitive(r) and _done_for(r))
               for t in r.subtree}
    kept = [e for e in dates if e.root.i not in related and not _part_of_a_day_told(e)]
    # "fired tear gas at protesters who had marched down on Monday": with no day of its own, the act
    # done to them has the day of what its object was doing
    dates = kept or [e for e in dates if e.root.i in _doings_of_object(anchor) and not _part_of_a_day_told(e)]
    if any(e.label_ == "DATE" for e in dates):
        # "at 10:30 a.m. on Monday": the clock gives no day where a day is said
        dates = [e for e in dates if not (e.label_ == "TIME" and re.search(r"\d", e.text))]
    places = [e for e in [*sent.ents, *_area_phrases(sent)] if e.label_ in (*PLACE_LABELS, "AREA")
              and (place_use(e) or _sent_to(e, frame, anchor))
              and not _named_apart(e)
              and e.root.i not in other_time and e.root.i not in other_place
              and (not participants.issuperset(range(e.start, e.end)) or _sent_to(e, frame, anchor)
                   or ground_left(e, frame)
                   or _where_the_actor_is(e, frame) or _venue_taken_for_party(e, frame))
              and not _owned_elsewhere(e, frame, anchor)]
    # "crimes against civilians in Darfur, where the army has been fighting": whatever Darfur's own
    # phrase is about, the 'where' clause is set there
    places += [e for e in sent.ents if where is not None and e.root == where and e not in places]
    if told_before(anchor):
        # "arrested on Tuesday three men who had kidnapped a journalist": not the arrest's day
        dates = [e for e in dates if e.root in time_holder(anchor).subtree]
    if own_phrase_only:
        dates = [e for e in dates if e.root.i in clause]
        places = [e for e in places if e.root.i in clause]
    if ongoing(anchor):
        dates = []  # "we have been hitting them hard": an activity, not a happening on a day
        frame.background = True  # and no date borrowed from the paragraph or the publication
    # "said on Tuesday that the navy had destroyed the fleet on Monday night": a day said in the
    # act's own clause is the act's, however near the saying's day stands to it
    own = _days_in_own_clause(dates, anchor)
    if not own and anchor.dep_ == "conj":
        # "killed 26 gunmen on Thursday and wounded a dozen others, the ministry said on Friday": a
        # verb joined to a dated one shares its day, not the day of the saying both hang on
        own = _days_in_own_clause(dates, anchor.head)
    if not own and bare_participle(anchor):
        # "had stormed the hospital the previous day, opening fire inside": a participle with no
        # subject of its own tells how the deed above it was done, on that deed's day
        own = _days_in_own_clause(dates, next((a for a in anchor.ancestors if a.pos_ == "VERB"), anchor))
    frame.date = closest(own or dates, clause, anchor)
    if frame.date is not None and _one_of_several_days(frame.date):
        frame.date, frame.background = None, True  # and none borrowed from the paragraph either
    if frame.date is None and any(_year_of_thing(e, anchor) for e in sent.ents if e.root.i in clause) \
            and counted_from_happening(time_holder(anchor)) is None:
        # (not "The day after the attack, India suspended the 1960 treaty": a day counted from the attack)
        frame.background = True  # "the 2015 nuclear deal was signed": a past act, not today's news
    frame.date_of_governor = frame.date is not None and (frame.date.root not in anchor.subtree
                                                         or said_before_subject(frame.date, anchor))
    # "repositioning troops from Arizona to the Eagle Pass area": where they go, not where from
    origins = [e for e in places if e.root.dep_ == "pobj" and e.root.head.lower_ == "from"]
    # "fired on a convoy carrying supplies to Mandalay in Nawnghkio Township": where a thing was
    # bound is no venue while another place is named
    bound = [e for e in places if e.root.dep_ == "pobj" and e.root.head.lower_ in ("to", "toward", "towards")
             and e.root.head.head.dep_ == "acl"]
    here = [e for e in places if e not in origins]
    nearest = by_nearness([e for e in here if e not in bound] or here or origins, clause, anchor)
    if not nearest and frame.type in SPOKEN_TYPES and anchor == frame.trigger:
        nearest = [venue for venue in (venue_of_words(anchor),) if venue is not None]
    ranked = [_area_name(e) or _named_within(e) or _first_listed(e) or _town_it_locates(e) or e
              for e in nearest]
    frame.place = ranked[0] if ranked else None
    frame.other_places = ranked[1:]
    if frame.date is None and frame.background:
        # ("after officers stormed the building and freed the staff": both verbs share the clause's time)
        frame.day_offset = day_offset(time_holder(anchor))
        frame.counted_from = _counted_back(frame.day_offset)
    elif frame.date is None:
        frame.counted_from = counted_from_happening(time_holder(_verb_of_subject(anchor)))


def _verb_of_subject(anchor: Token) -> Token:
    """ "Reinforcements were sent two days after the attack": a noun the event is named by, as the
    subject of a verb, has that verb's time."""
    return anchor.head if anchor.pos_ == "NOUN" and anchor.dep_ in ("nsubj", "nsubjpass") else anchor


def date_of_words(frame: EventFrame, sent: Span) -> None:
    """The day of words the saying reports, read as for any event but keeping the place found
    ('"Those who attacked army installations will face the law," the army said on Wednesday')."""
    probe = dataclasses.replace(frame, merged=[])
    place_and_date(probe, frame.trigger, sent)
    frame.date, frame.date_of_governor = probe.date, probe.date_of_governor
    frame.background = frame.background or probe.background


def _named_within(ent: Span) -> Span | None:
    """The town or quarter a wider place only locates: "the southern Gaza Strip city of Khan
    Younis", "Shusha, the second-largest town in Nagorno-Karabakh" happened in Khan Younis, in
    Shusha: the most specific place named."""
    nouns = lexicon().words("locality_nouns")
    token = ent.root
    while token.dep_ == "compound" and token.head != token:
        token = token.head
    if token.dep_ == "poss" and token.head.lemma_.lower() in nouns:
        token = token.head  # "in Iraq's northern city of Erbil"
    name = None
    if token != ent.root and token.lemma_.lower() in nouns:
        # "the poor Caracas neighborhood of Petare"
        name = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    if name is None and token.dep_ == "pobj" and token.head.lower_ in ("in", "of") and \
            token.head.head.lemma_.lower() in nouns:
        holder = token.head.head
        if holder.dep_ == "appos":
            name = holder.head  # "Mayo, a poor district in south Khartoum"
        elif holder.pos_ == "PROPN":
            name = holder  # "in Bassa Local Government Area of Plateau State": a name of its own
        # (not "the Amhara town of Kobo", where the name after "of" is the town)
    if name is None or name.pos_ != "PROPN" or not name.is_title or name.ent_type_ in ("PERSON", "NORP"):
        return None
    start = name.i
    while start > 0 and name.doc[start - 1].dep_ == "compound" and name.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return Span(name.doc, start, name.i + 1, label="GPE")


def _area_phrases(sent: Span) -> list[Span]:
    """ "deployed to the Torkham area", "in the Rampura and Badda areas of the capital": a name the
    tagger took for no place (or for an organisation) before a word for a part of a country names a
    place; the phrase is placed as its noun is, and stands for the name (see _area_name). So does a
    known town the tagger took for a person or a body before a crossing or a facility of it ("released
    detainees at the Naqoura crossing", "deployed around Erbil airport")."""
    lex = lexicon()
    nouns = lex.words("locality_nouns")
    sites = lex.words("passage_nouns") | lex.words("facility_nouns")
    found = []
    for token in sent:
        names = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i]
        # ("in a rural area of Toribio municipality": a name the tagger took for a people, no "of" after it)
        kinds = ("", "ORG") if any(c.lower_ == "of" for c in token.children) else ("", "ORG", "NORP")
        if token.dep_ == "pobj" and token.lemma_.lower() in nouns and names and all(
                c.pos_ == "PROPN" and c.is_title and c.ent_type_ in kinds for c in names):
            found.append(Span(sent.doc, names[0].i, token.i + 1, label="AREA"))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in sites and (site := _site_name(token)):
            found.append(Span(sent.doc, site[0].i, token.i + 1, label="AREA"))
    return found


def _site_name(token: Token) -> list[Token]:
    """The known town naming a site where an act is done ("met at the Torkham border crossing",
    "deployed around foreign missions and Erbil airport"); not a place the thing done to goes to or
    comes from ("banned flights to and from Erbil airport")."""
    names = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i]
    if names and names[-1].pos_ == "NOUN":  # the word for its kind: "border", "island"
        names = names[:-1]
    held = token
    while held.dep_ == "conj":
        held = held.head
    if not names or held.dep_ != "pobj" or held.head.head.pos_ != "VERB" or not all(
            c.pos_ == "PROPN" and c.is_title and c.ent_type_ in ("", "ORG", "PERSON") for c in names):
        return []
    return names if _known_town(names) else []


def _known_town(names: list[Token]) -> bool:
    """Do the words name a town or a region the gazetteer knows (not a country: "Israeli prison")?"""
    from ..resolve.places import gazetteer  # (here: the resolve package imports this module)
    text = names[0].doc[names[0].i:names[-1].i + 1].text
    return gazetteer().resolve(text) is not None and gazetteer().country_code(text) is None


def _area_name(ent: Span) -> Span | None:
    """The name in an area phrase ("the Torkham area" is Torkham; "the Rampura and Badda areas": the
    first listed)."""
    if ent.label_ != "AREA":
        return None
    end = ent.start + 1
    while end < ent.root.i and ent.doc[end].dep_ not in ("cc", "conj") and (
            ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_title or ent.doc[end].text == "-"):
        end += 1
    return Span(ent.doc, ent.start, end, label="GPE")


def _town_it_locates(ent: Span) -> Span | None:
    """ "In Lhoksukon, North Aceh", "near Hudur in the Bakool region", "in Pahalgam, in Indian Kashmir": a
    wider area named just after a town only says where the town lies; the town is the place (whatever the
    tagger calls it)."""
    token = ent.root
    areas = lexicon().words("locality_nouns") | lexicon().words("area_suffix_nouns")
    if token.dep_ == "compound" and token.head.lemma_.lower() in areas:
        token = token.head  # "the Bakool region", "in neighboring Niger state"
    comma = token.head.i > 1 and token.doc[token.head.i - 1].text == ","
    if token.dep_ == "appos":
        town = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in" and comma and \
            not any(c.dep_ == "conj" for c in token.head.children):
        # "in Pahalgam, in Indian Kashmir", "near Laiza, in Kachin state"
        town = token.doc[token.head.i - 2]
    elif token != ent.root and token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.i > 0:
        town = token.doc[token.head.i - 1]
    else:
        return None
    if town.dep_ != "pobj" or town.head.lower_ not in PLACE_PREPS or town.pos_ != "PROPN" or \
            not town.is_title or town.ent_type_ not in ("", "GPE", "LOC", "FAC", "PERSON"):
        return None
    start = town.i
    while start > 0 and town.doc[start - 1].dep_ == "compound" and town.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return Span(town.doc, start, town.i + 1, label="GPE")


def _first_listed(ent: Span) -> Span | None:
    """ "rallies in Yogyakarta, Bandung and Jakarta", "soldiers to the streets of Maputo and the
    neighbouring city of Matola": of places listed together the news names first where the act
    chiefly was; the last one is only the nearest to the verb."""
    nouns = lexicon().words("place_nouns")
    token = ent.root
    if token.dep_ == "appos":
        token = token.head  # "the capital Islamabad"
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in nouns:
        token = token.head.head  # "the neighbouring city of Matola"
    if token.dep_ != "conj":
        token = _name_before_listed(token, ent, nouns)
    if token.dep_ != "conj":
        return None
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.pos_ != "PROPN" and token.lemma_.lower() in nouns:
        # "in Punjab province and the capital Islamabad"
        token = next((c for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"),
                     token)
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in ("PERSON", "ORG"):
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return Span(token.doc, start, token.i + 1, label="GPE")


def _name_before_listed(token: Token, ent: Span, nouns: frozenset[str]) -> Token:
    """ "airstrikes on Kabul and Paktika province": the parser hangs the first name on the province
    word, and the one listed after it; that one stands for the list."""
    if token.lemma_.lower() not in nouns:
        return token
    return next((g for c in token.children if c.dep_ in ("nmod", "compound") and c.i < ent.start
                 for g in c.children if g.dep_ == "conj" and ent.start <= g.i < ent.end), token)


def _bound_of_other(ent: Span, anchor: Token) -> bool:
    """A date bounding a period ("flights banned starting Thursday"); but a deadline on the act's own
    verb is when it is done ("will pull its forces out by Sunday", "By early Saturday, forces had taken")."""
    bound = ent.root.head
    deadline = bound.lower_ == "by" and bound.head == anchor and anchor.pos_ == "VERB"
    return bound.lower_ in BOUNDS and not deadline


def _doings_of_object(anchor: Token) -> set[int]:
    """Tokens of relative clauses telling what the verb's object did ("at protesters who had marched
    on Monday"; not "the cease-fire that Kyiv declared Friday", another's act)."""
    objects = [c for c in anchor.children if c.dep_ == "dobj"] + \
        [g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return {t.i for o in objects for r in o.children if r.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in r.children) for t in r.subtree}


def _one_of_several_days(ent: Span) -> bool:
    """ "gathered outside parliament on Tuesday and Wednesday": days joined by a conjunction tell
    a span of days, not the one day of the act."""
    root = ent.root
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(p.ent_type_ == "DATE" for p in partners)


def _with_its_day(ent: Span) -> Span:
    """ "Thursday evening" the tagger cut in two, "the same night": the part of the day with its day."""
    if ent.text.lower() not in DAY_PARTS or ent.start == 0:
        return ent
    start = ent.start - 1
    if ent.doc[start].ent_type_ == "DATE":
        while ent.doc[start].ent_iob_ == "I":
            start -= 1
    elif ent.doc[start].lower_ == "same" and start > 0:
        start -= 1
    elif ent.doc[start].lower_ != "that":
        return ent
    return ent.doc[start:ent.end]


def _that_part_of_day(token: Token) -> bool:
    """ "That night, rebels attacked": a day the tagger leaves unlabelled."""
    return token.lower_ in DAY_PARTS and not token.ent_type_ and token.i > 0 and \
        token.doc[token.i - 1].lower_ == "that"


def _happened_then(clause: Token) -> bool:
    """ "clashes that erupted on Sunday", "a raid that began on Tuesday": when the event word happened."""
    lex = lexicon()
    return clause.lemma_.lower() in lex.words("happening_verbs") and noun_entry(clause.head, lex) is not None


def _meanwhile_of(clause: Token, frame: EventFrame) -> bool:
    """ "Pompeo, who was visiting Poland on Saturday, urged": a progressive relative clause on the
    actor tells what the actor was doing when it acted, so its day is the act's."""
    return frame.actor is not None and frame.actor.start <= clause.head.i < frame.actor.end and \
        clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in clause.children)


def _days_in_own_clause(dates: list[Span], verb: Token) -> list[Span]:
    """The days told in the verb's own clause, not in a clause below it nor before a saying's subject."""
    below = {t.i for c in verb.children if c.dep_ in ("advcl", "relcl", "ccomp") for t in c.subtree}
    return [e for e in dates if e.root.i in {t.i for t in verb.subtree} - below
            and not said_before_subject(e, verb)]


def bare_participle(verb: Token) -> bool:
    """A participle adjunct with neither subject nor marker ("..., opening fire inside the building")."""
    return verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children)


def said_before_subject(date: Span, anchor: Token) -> bool:
    """ "said on Monday he would visit Kenya": a day between the saying and the reported clause's
    subject is when it was said, wherever the parser hangs it."""
    clause = next((t for t in (anchor, *anchor.ancestors) if t.dep_ == "ccomp"), None)
    if clause is None or not clause.head.i < date.start:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= date.end for c in clause.children)


COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def day_offset(clause: Token) -> tuple[Token, int] | None:
    """ "(X happened) a day after Y", "two days before Y": Y's date is X's shifted by the days."""
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    if clause.dep_ != "advcl" or mark not in ("after", "before"):
        return None
    # ("12 days after bandits stormed a school": the parser may hang the stretch on "after")
    # ("The move came a day after crowds tried to storm ...": or on the verb, just before "after")
    start = next(c for c in clause.children if c.dep_ == "mark").i
    stretches = [*clause.children, *(t for c in clause.children if c.dep_ == "mark" for t in c.children),
                 *(c for c in clause.head.children if c.dep_ == "npadvmod" and c.right_edge.i == start - 1
                   and _stretch_days(c) is not None)]
    for child in stretches:
        if child.dep_ == "npadvmod" and child.lower_ in ("hours", "minutes") and \
                not any(c.dep_ == "nummod" for c in child.children):
            # "resigned on Tuesday, hours after men with bats attacked students": the same day (not
            # "fired tear gas early on Tuesday, hours after crowds stormed": maybe the night before)
            day = own_date(clause.head)
            words = [*clause.head.children, *([*day, *day.root.head.children] if day is not None else [])]
            small_hours = any(t.lower_ in lexicon().words("small_hours_words") for t in words)
            return None if small_hours else (clause.head, 0)
        if child.dep_ == "npadvmod" and child.lemma_.lower() == "day":
            # ("10 days after gunmen stormed a school": a count in figures counts alike)
            count = next((int(c.text) if c.text.isdigit() else COUNTS.get(c.lower_) for c in child.children
                          if c.dep_ in ("det", "nummod")), None)
            if count is not None and not any(c.lower_ in ("less", "more") for c in child.subtree):
                return clause.head, -count if mark == "after" else count
    if mark == "after" and _simple_past(clause) and _simple_past(clause.head) and \
            not any(c.dep_ == "npadvmod" for c in stretches) and not _time_counted_before(clause):
        # "struck five Hamas targets late Monday after militants opened fire on troops": what set off
        # a past act is of its day (not "more than a week after the military overthrew the government")
        return clause.head, 0
    return None


def _counted_back(offset: tuple[Token, int] | None) -> tuple[Token, int] | None:
    """ "The abduction came 10 days after gunmen stormed a school": if the clause counted from
    dates nothing itself, the deed its subject names is what the storming's day is counted back from."""
    if offset is None:
        return None
    head, days = offset
    deed = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return (deed, days) if deed is not None else None


def counted_from_happening(verb: Token) -> tuple[Token, int] | None:
    """ "The day after the raid, the council scrapped ...", "Hours after meeting Abiy, he was arrested",
    "condemned the assault the day after it happened": the happening (the noun or the clause's verb
    after "after") the act's day is counted from, and the days from it."""
    stretch = next((c for c in verb.children if c.dep_ == "npadvmod" and _stretch_days(c) is not None), None)
    after = next((c for c in [*verb.children, *(stretch.children if stretch is not None else ())]
                  if c.dep_ == "prep" and c.lower_ == "after"), None)
    if after is not None:
        stretch = stretch or next((c for c in after.children if c.dep_ == "npadvmod"), None)
        deed = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
    else:
        clause = next((c for c in verb.children if c.dep_ == "advcl"
                       and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)), None)
        stretch = stretch or next((c for c in (clause.children if clause is not None else ())
                                   if c.dep_ == "npadvmod"), None)
        subject = next((c for c in (clause.children if clause is not None else ())
                        if c.dep_ == "nsubj"), None)
        # ("the assault the day after it happened": "it" is the act's object)
        told = next((c for c in verb.children if c.dep_ == "dobj"), None) if subject is not None and \
            subject.pos_ == "PRON" else subject
        deed = told if told is not None and told.pos_ == "NOUN" else clause
    days = _stretch_days(stretch) if stretch is not None else None
    return (deed, days) if deed is not None and days is not None else None


def _stretch_days(stretch: Token) -> int | None:
    """The days a stretch before "after" counts: "the day", "a day", "two days" (not "days" untold),
    "hours" (the same day)."""
    if stretch.lower_ in ("hours", "minutes") and not any(c.dep_ == "nummod" for c in stretch.children):
        return 0
    if stretch.lemma_.lower() != "day":
        return None
    count = next((c for c in stretch.children if c.dep_ in ("det", "nummod")), None)
    if count is None:
        return None
    if count.lower_ == "the":
        return 1  # "the day after the raid"
    return int(count.text) if count.text.isdigit() else COUNTS.get(count.lower_)


def _time_counted_before(clause: Token) -> bool:
    """ "less than a day after demonstrators stormed the embassy": a stretch of time counted to the clause."""
    start = next(c for c in clause.children if c.dep_ == "mark").i
    return any(e.end == start and DURATION.search(e.text) for e in clause.sent.ents)


def _simple_past(verb: Token) -> bool:
    """ "opened fire", not "had opened fire" nor "was stormed": a past act told in the narrative's time."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def point_in_time(ent: Span) -> bool:
    """A date or time entity that names a point, not a span of time ("two days", "weekly")."""
    if re.fullmatch(r"\d{1,3}", ent.text):
        return False  # "Khan, 70, was arrested": an age the tagger took for a date
    if re.search(r"\d-(?:year|month|week|day)-old\b", ent.text):
        return False  # "19-year-old Ma Kyal Sin was shot": an age, not a day
    return ent.label_ in ("DATE", "TIME") and not length_of_time(ent.text)


def length_of_time(text: str) -> bool:
    """ "two days", "within 48 hours", "weekly": how long, not when ("Saturday night" and "the same day"
    are when)."""
    return bool(DURATION.search(text)) and not NOT_DURATION.search(text)


def own_date(verb: Token) -> Span | None:
    """A date said in the verb's own clause, not in the clauses hanging on it."""
    kept = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in ("advcl", "relcl", "ccomp")
                                           for t in c.subtree}
    dates = [e for e in verb.sent.ents
             if point_in_time(e) and e.root.i in kept and not _dates_other_noun(e, verb)]
    return closest(dates, kept, verb)


def _part_of_a_day_told(ent: Span) -> bool:
    """ "refused, on the afternoon of April 5, to grant", "seized Damascus in the early hours of Sunday":
    the part of the day names no day; the date hanging on it by "of" does. Nor does a stretch from
    a thing dated ("criticized it within minutes of the announcement on Tuesday night")."""
    return ent.root.lower_ in DAY_PARTS | {"hours", "minutes"} and any(
        c.lower_ == "of" and any(g.ent_type_ == "DATE" for g in c.subtree) for c in ent.root.children)


def _year_of_thing(ent: Span, anchor: Token) -> bool:
    """ "suspended the 1960 Indus Waters Treaty on Wednesday": the year names the treaty."""
    return bool(re.fullmatch(r"\d{4}", ent.text)) and ent.root.dep_ in ("nummod", "compound", "nmod", "amod") \
        and ent.root.head != anchor


def _dates_other_noun(ent: Span, anchor: Token) -> bool:
    """ "protests following the August 9 election", "relief for victims of Saturday's cyclone": the
    day of another happening the event is set after or before or is about ("killed in Saturday's
    attack" keeps its day)."""
    noun = ent.root.head
    if _year_of_thing(ent, anchor) or ent.root.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return True  # (nor "describing May 9 as a black chapter": a day spoken of, not when)
    # (but "After Thursday's meeting, the two sides agreed": what talks come to comes on their day)
    set_by = noun.head.lower_ in BACKGROUND_MARKS | {"following"} and not (
        noun.head.lower_ == "after" and noun_type(noun, lexicon()) == "CONSULT")
    # (not "called a boycott of the April 29 runoff": an event noun's object is its occasion)
    about = noun.head.lower_ == "of" and noun.head.head != anchor and noun_entry(noun.head.head, lexicon()) is None
    return ent.root.dep_ in ("compound", "nmod", "poss", "amod") and noun != anchor and \
        noun.pos_ == "NOUN" and noun.dep_ in ("pobj", "dobj") and (set_by or about)


# A date entity that is a span of time, not a point in it ("two days", "hours", "weekly").
DURATION = re.compile(
    r"^(?:(?:less|more) than |about |nearly |almost |some |several |a few |the past |the last |over )?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few|\w+) )?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?|nights?)$"
    r"|^\w+-(?:hour|day|week|month|year)s?(?: \w+)?$|^(?:weekly|daily|monthly|annual|yearly)$"
    # "a week-long truce", "a months-long siege": how long, not when
    r"|^(?:a |an )?(?:\w+[- ])?(?:hour|day|week|month|year)s?-long$"
    # "for a 10th day", "a third straight week": a count of days, not a day
    r"|^(?:a|the) (?:\d+(?:st|nd|rd|th)|(?!next |following |previous )\w+) (?:straight |consecutive )?"
    r"(?:day|week|month|year|night)$",
    re.IGNORECASE)


# "Saturday night", "last week": a point in time, whatever word follows
NOT_DURATION = re.compile(r"^(?:last|this|next|that|the same) |^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                          re.IGNORECASE)
# Day words the NER often leaves unlabelled.
DAY_WORDS = {"overnight", "today", "tonight", "yesterday"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # Monday is 0
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
BACKGROUND_MARKS = {"after", "before", "since", "until", "when", "while"}
# Words that open a clause setting a period of its own ("since the conflict started July 8").
PERIOD_WORDS = {"since", "until", "till"}
# Words that make a date the bound of a period ("flights banned starting Thursday"), not a day of the event.
BOUNDS = {"starting", "beginning", "until", "till", "from", "by"}


def sets_a_period(ent: Span) -> bool:
    """Is the date in a clause that sets a period ("since the conflict started July 8")?"""
    return any(c.lower_ in PERIOD_WORDS and c.dep_ in ("mark", "prep")
               for head in (ent.root, *ent.root.ancestors) for c in head.children) or \
        ent.root.head.lower_ in BOUNDS


def _other_times(sent: Span, anchor: Token) -> set[int]:
    """Tokens of clauses with a time of their own: a period set ("since the conflict started July
    8", "until the talks end Friday") or an infinitive ("to start Tuesday"), unless the event is
    in one: their dates are not its day."""
    found: set[int] = set()
    for token in sent:
        clause = None
        if token.lower_ in PERIOD_WORDS and token.dep_ in ("mark", "prep"):
            clause = token.head if token.dep_ == "mark" else token
        elif token.dep_ in ("advcl", "acl", "xcomp") and to_infinitive(token) and not attempted(token):
            clause = token  # "called for protests ahead of his trial, to start Tuesday": a time to come
        elif _alleged_act(token):
            clause = token  # "accused the army of shelling villages on Saturday": the alleged act's day
        elif token.dep_ == "relcl" and told_as_ahead(token, lexicon()):
            clause = token  # "reached an agreement that will go into effect on Thursday"
        if clause is not None:
            span = {t.i for t in clause.subtree}
            if _done_for(clause):
                # "fired tear gas to disperse protesters in Makurdi on Monday": the purpose's own
                # day is the act's (not "to stop a protest called for Thursday")
                span -= {t.i for c in clause.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
            if anchor.i not in span:
                found |= span
    return found


def _done_for(clause: Token) -> bool:
    """ "fired tear gas to disperse protesters in Makurdi on Monday": the purpose of an act done
    is an act itself, of the same day (the parser hangs the day on the purpose)."""
    if any(t.lower_ in ("later", "next", "coming") for t in clause.subtree):
        return False
    if clause.dep_ == "advcl":
        return clause.head.tag_ == "VBD" and verb_entry(clause, lexicon()) is not None
    # "urged Papuans to remain calm on Monday": a bare weekday closing a past report is the day of
    # the report, which the parser hangs on its complement (not a loose ", to start Tuesday")
    loose = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    # so too on an infinitive telling the past act's object ("rejected calls to step down on Friday")
    of_object = clause.dep_ in ("acl", "relcl") and clause.head.dep_ == "dobj"
    past = (clause.head.head if of_object else clause.head).tag_ == "VBD"
    return (clause.dep_ == "xcomp" or of_object) and past and not loose and any(
        c.dep_ in ("prep", "npadvmod") and any(t.lower_ in WEEKDAYS for t in c.subtree) for c in clause.children)


def attempted(clause: Token) -> bool:
    """ "fired at protesters trying to remove containers at Talar on Monday", "appeared to soften its
    approach Thursday": what was being tried is of the trying's time, not a time to come (but "will
    try to meet on Friday" is ahead)."""
    head = clause.head
    return head.lemma_.lower() in lexicon().words("attempting_verbs") | lexicon().words("seeming_verbs") \
        and head.tag_ in ("VBD", "VBG", "VBN") \
        and not any(c.dep_ == "aux" and c.lower_ in lexicon().words("planned_modals") for c in head.children)


def _earlier_or_later(clause: Token) -> bool:
    """ "before the deal was announced in Cairo", "after meeting X in Doha": a background clause of
    another time and place ("when" and "while" clauses share the event's)."""
    marks = BACKGROUND_MARKS - {"when", "while"}
    if clause.dep_ == "prep":  # "after meeting X"
        return clause.lower_ in marks and any(c.dep_ == "pcomp" for c in clause.children)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def in_other_time(token: Token) -> bool:
    """Is the word inside a before/after clause ("before the deal was announced in Cairo")?"""
    return any(_earlier_or_later(ancestor) for ancestor in (token, *token.ancestors))


def ongoing(verb: Token) -> bool:
    """Present perfect progressive ("have been hitting"), or a perfect "since" a time ("has
    exchanged fire since the war erupted"): an ongoing activity with no day."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    since = any(c.dep_ in ("prep", "mark") and c.lower_ == "since" or
                c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children if m.dep_ == "mark")
                for c in verb.children)
    return verb.tag_ == "VBG" and any(c.lower_ == "been" for c in verb.children if c.dep_ == "aux") or \
        perfect and since


def time_holder(token: Token) -> Token:
    """The verb whose time a verb shares: itself, or the verb it completes, is coordinated with
    or is the purpose of ("stormed the embassy to protest": the storming)."""
    while token.head != token and (token.dep_ in ("xcomp", "conj") or (
            token.dep_ == "advcl" and not any(c.dep_ == "mark" for c in token.children))):
        token = token.head
    return token


def background(token: Token) -> bool:
    """A clause that reports an earlier or circumstantial happening ("after the army overthrew"),
    and the verbs that share its time ("after demonstrators stormed the embassy to protest")."""
    token = time_holder(token)
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in token.children):
        return True
    return token.dep_ == "pcomp" and token.head.lower_ in BACKGROUND_MARKS


def told_before(verb: Token) -> bool:
    """ "three men who had kidnapped a journalist", "farmers, who have blocked the highway for a month":
    a perfect relative clause tells what was done before the sentence's news, on no day the sentence
    or its paragraph tells."""
    holder = time_holder(verb)
    return verb.pos_ == "VERB" and holder.dep_ == "relcl" and \
        any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in holder.children)


def place_use(ent: Span) -> bool:
    """A place entity used as a place: object of "in/at/near..." directly or through a noun
    ("in the northern town of Gao", "the streets of Haiti's capital, Port-au-Prince")."""
    if ent.text.lower().removeprefix("the ") in ("west", "east", "north", "south"):
        return False
    if ent.label_ in ("LOC", "FAC"):
        return not _names_a_kind(ent)
    token = ent.root
    for _ in range(4):
        head = token.head
        if token.dep_ == "pobj" and (head.lower_ in PLACE_PREPS or head.lower_ == "of" and head.head.lower_ == "out"):
            return True  # ("pulled out of Goma")
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lexicon().words(
                "serving_post_nouns"):
            return False  # "outside the Embassy of Ecuador in Mexico City": the state it serves
        if token.dep_ == "pobj" and head.lower_ == "of" and (
                head.head.lemma_.lower() in lexicon().words("place_nouns") or _compass_of_act(head.head)):
            return True  # "filled the streets of Haiti's capital, Port-au-Prince", "fought south of Kirkuk"
        if token.dep_ == "poss" and head.dep_ == "dobj" and site_noun(head):
            return True  # "secured Almaty's international airport", "blocked Tel Aviv's main highway"
        if token.dep_ not in ("pobj", "appos", "compound", "poss", "conj", "prep") or head == token:
            return False
        token = head
    return False


def _names_a_kind(ent: Span) -> bool:
    """ "swaps brokered by Gulf states", "Red Sea state police", "a Kremlin spokesman": a sea or a
    building before a common noun tells which kind of thing it is, not where anything was done
    (unlike a place word after it: "the Red Sea city", "the Gaza border")."""
    head = ent.root.head
    if ent.root.dep_ != "compound" or head.pos_ != "NOUN":
        return False
    lex = lexicon()
    places = lex.words("place_nouns") | lex.words("locality_nouns") | lex.words("passage_nouns") | \
        lex.words("facility_nouns") | lex.words("landmark_nouns") | lex.words("quarter_nouns")
    return head.lemma_.lower() not in places and head.lower_ not in places


def venue_of_words(trigger: Token) -> Span | None:
    """Where words asking or warning were said: a town after "in" or "at" on the saying verb or on
    the occasion it was said at ("told a regular briefing in Beijing that Britain should stop",
    "said on Sunday at a news conference in Cairo"), not one in what was said."""
    lex = lexicon()
    verb = trigger
    while verb.dep_ == "ccomp" and verb.lemma_.lower() not in lex.words("reporting_verbs"):
        verb = verb.head
    occasions = lex.words("speaking_occasion_nouns")
    for ent in trigger.sent.ents:
        root = ent.root
        holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") else None
        if holder is not None and holder.lemma_.lower() in occasions and holder.dep_ in ("pobj", "dobj"):
            # "at a news conference in Cairo"
            holder = holder.head.head if holder.dep_ == "pobj" else holder.head
            if holder.dep_ == "dobj" and holder.head == verb:
                holder = verb  # "condemned the attack at a news conference in Cairo", however parsed
        if ent.label_ == "GPE" and holder == verb:
            return ent
    return None


def _compass_of_act(token: Token) -> bool:
    """ "exchanged fire south of Kirkuk": where an act was, not a landmark's bearing ("the airport
    east of Tel Aviv")."""
    return token.lower_ in _COMPASS and token.head.pos_ == "VERB"


def _alleged_act(token: Token) -> bool:
    """A gerund after "of" or "for" ("accused the army of shelling villages", "blamed them for
    killing"): another act than the verb's, with its own day and place."""
    return token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in ("of", "for")


def _clause_of_its_own(clause: Token) -> bool:
    """ "..., and a crowd attacked a police station": an act joined on with its own subject (not a
    happening that goes on with the first: "extended a credit line, and a ship arrived in Colombo")."""
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and \
        verb_entry(clause, lexicon()) is not None


def _set_beside(clause: Token) -> bool:
    """ "..., while the government in Aden blames", "..., as the rebels fought into Goma": a clause
    with a subject of its own, told alongside."""
    return any(c.dep_ == "mark" and c.lower_ in ("while", "as", "whereas") for c in clause.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or of the verb it is joined to or hangs on ("vowed ... and urged residents",
    "pledged to stand by")."""
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _participle_clause(clause: Token) -> bool:
    """ "..., ending a stay in Germany": a participle adjunct with an object of its own."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children) \
        and any(c.dep_ == "dobj" for c in clause.children)


def _sent_to(ent: Span, frame: EventFrame, anchor: Token) -> bool:
    """ "repositioning troops from Arizona to Texas": where forces are sent is where they deploy;
    "visited Beijing": where a visit goes is where the meeting is (the capital also stands for its
    government as the one met)."""
    root = ent.root
    if frame.type == "CONSULT" and root.dep_ == "dobj" and root.head == anchor and anchor.lemma_.lower() == "visit":
        return True
    if frame.type == "CONSULT" and root.dep_ == "pobj" and root.head.lower_ == "to" and _travels(root.head.head, frame):
        return True  # "flew to Khartoum to mediate, holding talks", "Guterres, who flew to Sweden, met"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and _goes_there_to(anchor, root.head.head):
        return True  # "flew troops to Culiacan to reinforce the garrison", "travelled to Tbilisi to back"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.dep_ == "dobj" and \
            _goes_there_to(anchor, root.head.head.head):
        return True  # "send a mission to Conakry to meet the leaders": the one sent, bound there
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head  # "to the Texas city of Eagle Pass"
    if root.dep_ == "compound" and root.head.lemma_.lower() in lexicon().words("place_nouns") and \
            not any(c.lower_ == "of" for c in root.head.children):
        root = root.head  # "to the Mopti region" (but "the Texas city of Eagle Pass" is Eagle Pass)
    if root.dep_ == "poss" and site_noun(root.head):
        root = root.head  # "ordered troops to Kabul's international airport": the town owning the site
    return frame.type in ("MOBILIZE", "RETREAT", "AID", "PROTEST") and root.dep_ in ("pobj", "dative") \
        and root.head.lower_ == "to" and root.head.head == anchor


def ground_left(ent: Span, frame: EventFrame) -> bool:
    """ "withdrew a contingent of its forces from Libya", "Danish special forces left Mali": the
    ground a pull-back leaves is where it happened, though the place is also what was left."""
    if frame.type != "RETREAT":
        return False
    root, verbs = ent.root, lexicon().words("departure_verbs")
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in verbs
    prep = root.head
    return root.dep_ == "pobj" and (prep.lower_ == "from" or
                                    prep.lower_ == "of" and prep.head.lower_ == "out")  # "pulled out of Homs"


def _goes_there_to(anchor: Token, verb: Token) -> bool:
    """Is the act the purpose of a journey or a sending ("sent a delegation to Niamey to express
    solidarity")? Who goes somewhere to do a thing does it where they went."""
    lex = lexicon()
    return anchor.head == verb and anchor.dep_ in ("advcl", "xcomp") and to_infinitive(anchor) and \
        verb.lemma_.lower() in lex.words("travel_verbs") | lex.words("sending_verbs")


def _travels(verb: Token, frame: EventFrame) -> bool:
    """Is the verb the meeting party's journey: a travel verb said of the frame's actor?"""
    if frame.actor is None or verb.lemma_.lower() not in lexicon().words("travel_verbs"):
        return False
    actor = range(frame.actor.start, frame.actor.end)
    return any(c.dep_ == "nsubj" and c.i in actor for c in verb.children) or \
        verb.dep_ == "relcl" and verb.head.i in actor


def _venue_taken_for_party(ent: Span, frame: EventFrame) -> bool:
    """ "lifted a night-time curfew in Bangui", "released captives held in Sanaa", "captured the
    headquarters of the Western Command in Rakhine State's Ann Township": a place after "in" or
    "at" inside the target is where a deed done on the spot was done (not where words were said of
    it, nor sanctions laid from afar: "sanctions on X over abuses in Darfur")."""
    root = ent.root
    target = frame.target
    if frame.type in SPOKEN_TYPES | {"SANCTION"} or root.dep_ != "pobj" or \
            root.head.lower_ not in ("in", "at") or target is None or not target.start <= root.i < target.end:
        return False
    # (not in a clause of its own: "the arrest of activists who landed in the islands")
    path = [a for a in root.ancestors if target.start <= a.i < target.end and a != target.root]
    return not any(a.dep_ in ("relcl", "ccomp", "advcl") for a in path)


def _where_the_actor_is(ent: Span, frame: EventFrame) -> bool:
    """ "demonstrators in Tehran stormed the embassy": a crowd acts where it is; so do the people a
    place tells apart ("officials in Hargeisa accused", "urged all sides in Tigray")."""
    head = ent.root.head
    if ent.root.dep_ != "pobj" or head.lower_ != "in":
        return False
    if head.head.lower_ in lexicon().words("described_heads") and \
            any(p is not None and p.start <= head.head.i < p.end for p in (frame.actor, frame.target)):
        return True
    if head.head.lower_ in lexicon().words("posted_envoy_nouns") and frame.actor is not None and \
            frame.actor.start <= head.head.i < frame.actor.end:
        return True  # "the U.S. ambassador in Pristina, Jeffrey Hovenier, urged": speaks where posted
    return frame.actor is not None and head.head == frame.actor.root and \
        frame.type in ("PROTEST", "ASSAULT", "COERCE")


def _owned_elsewhere(ent: Span, frame: EventFrame, anchor: Token) -> bool:
    """ "threatened punishment for the killing of Haniyeh in Tehran": the place is the killing's,
    another happening the sentence names, not the threat's. The act's own object ("lifted the
    blockade on Gaza"), occasion and means are not other happenings."""
    lex = lexicon()
    token = ent.root.head
    for _ in range(6):  # a place sits a few words below its event ("the killing of X in Tehran")
        if token in (anchor, frame.trigger):
            return False
        own_object = token.dep_ == "dobj" and (token.head == anchor or frame.type not in SPOKEN_TYPES
                                               and (_purpose_of(token.head, anchor) or
                                                    _done_in_course_of(anchor, token.head)))
        # its occasion ("at the summit in Washington") or means ("eliminated X in a strike on Beirut")
        occasion = token.dep_ == "pobj" and (token.head.lower_ in ("at", "during") or (
            token.head.lower_ in ("in", "with") and token.head.head == anchor))
        # "accused the group of attacking an army camp in Kashmir": the attack's place, not the charge's
        named_act = token.pos_ == "NOUN" and noun_entry(token, lex) or \
            token.dep_ == "pcomp" and verb_entry(token, lex) is not None
        if named_act and not (own_object or occasion) or token.lemma_.lower() in REQUEST_NOUNS:
            return True  # (and "at Baghdad's request" names the asker, not where the act happened)
        if token.head == token:
            return False
        token = token.head
    return False


def _done_in_course_of(anchor: Token, verb: Token) -> bool:
    """ "carried out raids in Guayaquil, arresting 70 suspects": a participle adjunct tells what
    was done in the course of the main act, so the arrests were made where the raids were (and
    so the killings joined to them: "..., arresting 70 and killing five")."""
    while anchor.dep_ == "conj" and anchor.head != anchor:
        anchor = anchor.head
    return anchor.head == verb and anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and \
        not any(c.dep_ == "mark" for c in anchor.children)


def _purpose_of(verb: Token, anchor: Token) -> bool:
    """ "used tear gas to clear a blockade in Chimaltenango": what an act is done to, on the spot,
    is where the act was (the purpose infinitive's object is the act's own; not so for words:
    "summoned the envoy in Baghdad to protest the strikes in Kurdistan")."""
    return verb.head == anchor and verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb)


def seat_of_speaker(ent: Span, frame: EventFrame) -> bool:
    """ "the U.N. mission in Iraq urged", "Hezbollah, Iran's ally in Lebanon, expressed": a place
    that tells where the speaker is based, hung on the speaker's name."""
    actor = frame.actor
    root = ent.root
    if actor is None or frame.type not in SPOKEN_TYPES or root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    holder = root.head.head
    if holder.dep_ == "acl" and holder.tag_ == "VBN":
        holder = holder.head  # "an opposition group based in Ethiopia"
    while holder.dep_ == "appos" and holder.head != holder:
        holder = holder.head  # "Hezbollah, Iran's ally in Lebanon"
    return actor.start <= holder.i < actor.end


def _place_where_told(anchor: Token) -> Token | None:
    """ "crimes against civilians in Darfur, where the army has been fighting rebels": a 'where'
    clause happens at the named place it hangs on, whatever that place's own phrase is about."""
    for clause in (anchor, *anchor.ancestors):
        if clause.dep_ == "relcl":
            told_there = any(c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children)
            return clause.head if told_there and clause.head.ent_type_ in PLACE_LABELS else None
    return None


def _named_apart(ent: Span) -> bool:
    """ "Ukraine's capital, Kyiv", "Haiti's capital, Port-au-Prince": the city is the place."""
    root = ent.root
    return root.dep_ == "poss" and any(c.dep_ == "appos" and c.ent_type_ in PLACE_LABELS for c in root.head.children)


def closest(ents: list[Span], clause: set[int], anchor: Token) -> Span | None:
    ranked = by_nearness(ents, clause, anchor)
    return ranked[0] if ranked else None


def by_nearness(ents: list[Span], clause: set[int], anchor: Token) -> list[Span]:
    """The entities of the anchor's clause (else of the sentence), nearest to the anchor first."""
    inside = [e for e in ents if e.root.i in clause]
    # equally near, one said of the anchor's own words wins ("on Saturday, saying they had fired the day before")
    return sorted(inside or ents, key=lambda e: (abs(e.root.i - anchor.i), e.root not in anchor.subtree))
