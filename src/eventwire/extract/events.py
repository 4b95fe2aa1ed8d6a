"""Event frames from a parsed article: triggers, participants, modality and attribution.

For each sentence: find trigger words of the lexicon (verbs, event nouns), read
actor and target off the dependency parse (active, passive and nominal forms),
decide the status from modals and governing verbs, find who the sentence
attributes it to, then fold nominal mentions into the verb that reports the
same happening ("killed in Israeli air strikes" is one event).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from ..data import Lexicon, city_names, demonyms, lexicon
from .attribution import asks_anonymity, find_source, speaks_anonymously, status_of
from .fatalities import death_count
from .frames import EventFrame
from .modality import derive
from .phrases import (
    DESCRIBED_PRONOUNS,
    PASSIVE_SUBJECTS,
    PHYSICAL_TYPES,
    RELATIVE,
    SUBJECTS,
    by_agent,
    charged_party,
    child_phrase,
    claimed_by,
    denied,
    doc_span,
    entity_of,
    first_conjunct,
    inherited_subject,
    is_agent,
    is_definite,
    is_facility,
    is_place,
    name_glued_to_date,
    name_glued_to_verb,
    nominal_actor,
    passive_agent,
    phrase,
    possessor,
    prep_object,
    prep_target,
    split_pair,
    state_names,
    what_it_called,
)
from .placetime import PLACE_PREPS, REQUEST_NOUNS, background, place_and_date
from .triggers import (SPOKEN_TYPES, asked_of, blames, captive_complement, cargo, counted, hyphenated,
                       keyed_with, names_a_blow, noun_entry, noun_type, relief_carrier, relief_laden,
                       to_infinitive, trade_cut_off, ultimatum, verb_entry, verb_type, work_stoppage)


def find_events(doc: Doc) -> list[EventFrame]:
    """All event frames of the article, one per trigger after nominal ones are folded in."""
    lex = lexicon()
    frames: list[EventFrame] = []
    for sent in doc.sents:
        sentence_frames = [frame for token in sent if (frame := _frame(token, sent, lex))]
        sentence_frames = [f for f in _fold_nominals(sentence_frames) if not _mention_only(f, lex)]
        sentence_frames = _meetings_over_visits(sentence_frames)
        sentence_frames = _force_with_its_aim(derive(sentence_frames, sent, lex, phrase))
        _object_raised_to_both(sentence_frames)
        sentence_frames = _one_attack_per_toll(sentence_frames, lex)
        sentence_frames = _sent_to_fight(_without_stated_aims(_fought_alongside(sentence_frames)))
        sentence_frames = _without_what_it_enabled(sentence_frames, lex)
        sentence_frames = _without_forced_freeing(sentence_frames, lex)
        sentence_frames = _without_measures_spelled_out(sentence_frames)
        for frame in sentence_frames:
            _leaving_a_body(frame, lex)
        sentence_frames += [r for f in sentence_frames if (r := _at_request(f))]
        sentence_frames += [j for f in sentence_frames if (j := _done_jointly(f))]
        sentence_frames = _without_approvals_of_acts(sentence_frames, lex)  # (a request it answered stays)
        _share_targets(sentence_frames)
        sentence_frames = _without_unaddressed_demands(sentence_frames, lex)
        sentence_frames = _without_blocked_texts(sentence_frames, lex)
        sentence_frames = _without_charged_instigations(sentence_frames, lex)
        for frame in sentence_frames:  # derived frames too: "said the attacks were a violation"
            if frame.target is not None:
                frame.target, act = _author_of_act(frame.target, frame.type, lex)
                frame.target_act = frame.target_act or act
            if frame.target is not None and not _a_party(frame.target, frame.trigger, lex, frame.type):
                # "persecution ... must stop": an abstraction is no party, though whoever did it
                # may be ("claims the election won by the NLD was fraudulent")
                owner = _done_by(frame.target.root)
                frame.target = owner if owner is not None and is_agent(owner, lex) else None
        sentence_frames = [f for f in sentence_frames if not _quarrel_with_a_person(f, lex)
                           and not _targeted_by_penalty(f, sentence_frames, lex)]
        for frame in sentence_frames:
            frame.act_only = _deal_described(frame, lex)
        sentence_frames += [_reversed(f) for f in sentence_frames if f.two_sided and f.target is not None]
        count = death_count(sent, lex)
        if count is not None:
            assaults = [f for f in sentence_frames if f.type == "ASSAULT"]
            if assaults and all(f.fatalities is None for f in assaults):
                assaults[0].fatalities = count
        retold = {id(f) for f in sentence_frames if _toll_retold(f, lex)}
        # (the fighting a running total counts from is no blow of its own: "since the clashes began")
        since_words = {i for f in sentence_frames if id(f) in retold for i in _running_since(f.trigger, lex)}
        if retold and any(f.type == "ASSAULT" for f in frames) and \
                not any(f.type == "ASSAULT" and id(f) not in retold and f.trigger.i not in since_words
                        for f in sentence_frames):
            # (a count beside a blow its own sentence tells is that blow's: "four civilians had been
            # killed and one wounded after shelling sparked a fire")
            sentence_frames = [f for f in sentence_frames if id(f) not in retold]
        for frame in sentence_frames:
            _release_asked_of_captor(frame, frames, lex)
        frames.extend(sentence_frames)
    return _resignations_yielded(frames, lex)


def _speaking_institution(actor: Span, event_type: str, lex: Lexicon) -> bool:
    """A hospital speaks through its staff, so it can appeal or accuse; it does no other act."""
    return event_type in SPOKEN_TYPES and actor.root.lemma_.lower() in lex.words("speaking_institution_nouns")


def _release_asked_of_captor(request: EventFrame, earlier: list[EventFrame], lex: Lexicon) -> None:
    """ "The Houthis seized the ship and are still holding its crew. Japan has called for their
    release": a release asked with only a pronoun for the captives is asked of whoever the article
    last told took someone captive."""
    if request.type != "REQUEST" or request.target is not None:
        return
    asked = prep_object(request.trigger, "for") or \
        next((c for c in request.trigger.children if c.dep_ == "dobj"), None)
    owner = possessor(asked) if asked is not None else None
    if asked is None or asked.lemma_.lower() not in lex.words("freeing_nouns") or \
            owner is None or owner.pos_ != "PRON":
        return
    captures = lex.words("arrest_words") | lex.words("seizure_verbs")
    captor = next((f.actor for f in reversed(earlier) if f.actor is not None and (
        f.type == "COERCE" and f.trigger.lemma_.lower() in captures or f.mode == "abduction")), None)
    request.target = captor


def _a_party(target: Span, verb: Token, lex: Lexicon, event_type: str | None = None) -> bool:
    """A phrase that can be a party, or the one an accusation charges with a deed, whatever its noun
    ("accused palm oil and mining companies of clearing forests")."""
    if is_agent(target, lex, event_type) or event_type == "REQUEST" and _bidden(target, verb):
        return True
    charged = charged_party(verb)
    return charged is not None and charged.root == target.root


def _bidden(target: Span, verb: Token) -> bool:
    """ "urged Governor Hyacinth Alia to work together", "called on Member States to fund it": whoever
    a call bids to act is a party, whatever the model took the name for (an event, a place)."""
    root = target.root
    spoken_to = root.head == verb and root.dep_ == "dobj" or \
        root.dep_ == "pobj" and root.head.lower_ in ("on", "upon") and root.head.head == verb
    return spoken_to and any(c.dep_ == "xcomp" and c.i > root.i for c in verb.children)


def _resignations_yielded(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "Prime Minister KP Sharma Oli resigned on Tuesday" in an article telling of the protests against
    him: a resignation under a crowd's pressure gives way to it (CONCEDE); one told of no protest is
    a leaving of office (PLOVER RETREAT), as is one told with a flight ("resigned and fled the country")."""
    if not any(f.type == "PROTEST" for f in frames):
        return frames
    for frame in frames:
        if frame.type == "RETREAT" and _resigning(frame.trigger, lex) and not _fled_too(frame.trigger, lex):
            frame.type = "CONCEDE"
    return frames


def _fled_too(verb: Token, lex: Lexicon) -> bool:
    """ "resigned and fled the country": a leaving told with a flight is a retreat from those who pressed."""
    return any(c.dep_ == "conj" and c.lemma_.lower() in lex.words("fleeing_verbs") for c in verb.children)


def _resigning(word: Token, lex: Lexicon) -> bool:
    """Does the word tell a leaving of office ("resigned", "stepped down": the parser may take the
    particle for an adverb)?"""
    down = any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in word.children)
    lemma = word.lemma_.lower()
    return (f"{lemma} down" if down else lemma) in lex.words("resigning_verbs")


def _toll_retold(frame: EventFrame, lex: Lexicon) -> bool:
    """ "At least two people were wounded", "More than 1,800 people have been killed since": a
    count of victims with no doer, told after the article has reported an attack, counts that
    attack's victims again when it counts the hurt, a running total, or people at large; victims
    of a party of their own stay an attack told ("Five Russian peacekeepers were killed")."""
    verb = frame.trigger
    if frame.type != "ASSAULT" or frame.actor is not None or verb.pos_ != "VERB" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in lex.words("casualty_verbs") \
            or any(c.dep_ == "agent" for c in verb.children):
        return False
    victims = frame.target.root if frame.target is not None else None
    return verb.lemma_.lower() in lex.words("injury_verbs") or victims is None \
        or victims.lemma_.lower() in lex.words("toll_nouns") or victims.like_num \
        or bool(_running_since(verb, lex))


def _running_since(verb: Token, lex: Lexicon) -> set[int]:
    """The words of the time a running total counts from, as a phrase or a clause on the verb or
    its conjunct ("killed since Thursday", "killed and 425 wounded since the fighting began")."""
    since = lex.words("running_total_preps")
    starts = [word.head if word.dep_ == "mark" else word for word in verb.subtree
              if word.lower_ in since and word.dep_ in ("prep", "mark")]
    return {t.i for start in starts for t in start.subtree}


_STANCE_TYPES = ("PROTEST", "ACCUSE", "REJECT")


def _without_stated_aims(frames: list[EventFrame]) -> list[EventFrame]:
    """ "marched to oppose the law", "summoned the envoy to protest": the aim of a protest or a
    summons is said by it, not a second act (nor the envoy's protest)."""
    stances = {f.trigger.i for f in frames if f.type in ("PROTEST", "ACCUSE")}
    return [f for f in frames if not (f.type in _STANCE_TYPES and f.trigger.dep_ in ("advcl", "xcomp")
                                      and to_infinitive(f.trigger) and f.trigger.head.i in stances)]


def _without_unaddressed_demands(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "gathered outside the cathedral to demand peace", "marched, demanding their release": a
    crowd's demand that asks no one is what it came out for, not a request of its own ("marched to
    demand that the army reopen the road" asks the army, and stays; so does "called a strike to
    demand that the crossing be reopened", a call made)."""
    outings = lex.words("gathering_verbs") | lex.words("street_protest_verbs")
    protests = {f.trigger.i for f in frames if f.type == "PROTEST" and f.trigger.lemma_.lower() in outings}
    return [f for f in frames if not (f.type == "REQUEST" and f.target is None and
                                      f.trigger.dep_ in ("advcl", "xcomp") and f.trigger.head.i in protests)]


def _quarrel_with_a_person(frame: EventFrame, lex: Lexicon) -> bool:
    """Fighting is between armed sides or crowds: a clash with one named person is a quarrel
    ("the patriarch, who has clashed repeatedly with Pashinyan"), no blow struck."""
    return _assault_told_with(frame, "quarrel_verbs", lex) and \
        any(side is not None and side.root.ent_type_ == "PERSON" for side in (frame.actor, frame.target))


def _targeted_by_penalty(frame: EventFrame, frames: list[EventFrame], lex: Lexicon) -> bool:
    """ "imposed sanctions on two senators, bringing to 27 the number of Haitians targeted by Ottawa":
    whom a side penalising in the same sentence targets, it targets with the penalty, no blow."""
    return _assault_told_with(frame, "penalty_aiming_verbs", lex) and frame.actor is not None and \
        any(f.type == "SANCTION" and f.actor is not None and
            _same_state_or_word(f.actor.root, frame.actor.root) for f in frames)


def _assault_told_with(frame: EventFrame, words: str, lex: Lexicon) -> bool:
    """An ASSAULT keyed by one of the lexicon's ``words``, verbs that may tell no blow at all."""
    return frame.type == "ASSAULT" and frame.trigger.lemma_.lower() in lex.words(words)


def _same_state_or_word(one: Token, other: Token) -> bool:
    """The same word, or two place names, taken for one state ("Canada" ... "Ottawa"): any two GPEs
    pass, so the same-sentence SANCTION is trusted to be the one side's."""
    return one.lower_ == other.lower_ or one.ent_type_ == other.ent_type_ == "GPE"


def _without_blocked_texts(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "blocked a statement that would have called for an inquiry", "blocked a statement proposed by
    France calling for": a text stopped before it was issued asked nothing; the veto is the event
    (a text "rejected" once issued did ask: "rejected a UN statement calling on Myanmar to")."""
    refused = {c.i for f in frames if f.type == "REJECT" and f.trigger.lemma_.lower() not in
               lex.words("refusing_verbs") for c in f.trigger.children if c.dep_ == "dobj"}
    return [f for f in frames if not (f.type == "REQUEST" and f.trigger.dep_ in ("relcl", "acl")
                                      and f.trigger.head.i in refused)]


def _without_charged_instigations(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "accused Iran of ordering the pipeline attacks", "accused Ukraine's special services of
    organizing the explosion": the charge is that the accused set the act going, not a report that
    they did it; the accusation is the event (a deed charged outright stays: "accused the army of
    shelling villages")."""
    def charged_instigation(noun: Token) -> bool:
        verb, prep = noun.head, noun.head.head
        # (the "of" may hang on the accused: "accused [Ukraine's services of organizing]")
        charge = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and verb.dep_ == "pcomp" and \
            verb.lemma_.lower() in lex.words("instigating_verbs") and prep.lower_ in ("of", "for") and \
            verb_type(charge, lex) == "ACCUSE"
    return [f for f in frames if f.type == "ACCUSE" or not charged_instigation(f.trigger)]


def _without_approvals_of_acts(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "the Bundestag approved the deployment of 700 soldiers", "parliament approved a state of
    emergency": approving an act is deciding it, the act its noun tells, not an agreement with
    anyone ("the cabinet approved the truce" is: its object is an agreement). Nor is approving a
    measure of one's own ("parliament approved constitutional amendments", "ministers approved the
    14th package"): a decision taken, with no other party to it; only a deal or another's proposal
    approved is agreed to."""
    deals = lex.words("agreement_nouns") | lex.words("proposal_nouns")
    return [f for f in frames if not (
        f.type == "AGREE" and f.trigger.lemma_.lower() in lex.words("approving_verbs") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() not in deals
            for c in f.trigger.children))]


def _without_what_it_enabled(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "police pulled back from the square, allowing the rallies to go ahead", "reopened the crossing
    to allow in convoys": a permission told as the outcome or the aim of another act is what that
    act made possible, not a concession of its own."""
    def enabling(verb: Token) -> bool:
        verb = first_conjunct(verb)  # "imposing a curfew and allowing soldiers to patrol"
        return verb.dep_ == "advcl" and (verb.tag_ == "VBG" or to_infinitive(verb))
    return [f for f in frames if not (f.type == "CONCEDE" and f.trigger.pos_ == "VERB"
                                      and f.trigger.lemma_.lower() in lex.words("permission_governors")
                                      and enabling(f.trigger))]


# Acts told of a forced entry as part of it, by their word list and how they are joined to the entry
# (a fire set as a second act stays: "stormed and set fire to the residence").
_PARTS_OF_ENTRY = {"CONCEDE": ("freeing_verbs", ("conj", "advcl")), "COERCE": ("arson_verbs", ("advcl",))}


def _without_forced_freeing(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "officers stormed the building and freed the journalists", "stormed the prisons, freeing about
    4,000 inmates": people freed by a forced entry are freed by the raid or the rescue, no concession.
    So are fires set in it: "attacked the French embassy, setting fires at its entrance", "tried to
    storm his residence, setting fire to two buses" tell the attack, not a second act of coercion."""
    def breaking_in(verb: Token) -> bool:
        lemma = verb.lemma_.lower()  # (with its preposition: "broke into")
        keys = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prep")}
        return bool(keys & lex.words("breaking_in_verbs")) or any(  # ("tried to storm")
            c.dep_ == "xcomp" and breaking_in(c) for c in verb.children)

    def told_of_entry(frame: EventFrame) -> bool:
        if frame.type not in _PARTS_OF_ENTRY:
            return False
        kind, joined = _PARTS_OF_ENTRY[frame.type]
        verb = frame.trigger
        lemma = verb.lemma_.lower()  # (with its object: "set fire")
        keys = {lemma, *(f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj")}
        # the last of a string of participles is told of the entry as the first is ("stormed the town,
        # killing ten people and setting fire to dozens of homes")
        lead = first_conjunct(verb) if verb.tag_ == "VBG" else verb
        # a fire a blow set off is the blow's damage ("a drone hit an oil depot, setting off a fire")
        struck = frame.type == "COERCE" and verb_type(lead.head, lex) == "ASSAULT"
        return lead.dep_ in joined and bool(keys & lex.words(kind)) and (breaking_in(lead.head) or struck)
    return [f for f in frames if not told_of_entry(f)]


def _without_measures_spelled_out(frames: list[EventFrame]) -> list[EventFrame]:
    """ "imposed sanctions on Niger, freezing financial transactions and closing borders": a participle
    on a penalty tells what the penalty consists of, not a second one aimed at whatever it freezes."""
    penalties = {f.trigger.i for f in frames if f.type == "SANCTION"}

    def spelling_out(verb: Token) -> bool:
        # ("imposed sanctions on Mali, closing borders and freezing state assets" may parse the
        # participle as a conjunct of the finite verb)
        joined = verb.dep_ == "advcl" or verb.dep_ == "conj" and verb.head.tag_ != "VBG"
        return verb.tag_ == "VBG" and joined and verb.head.i in penalties
    return [f for f in frames if not (f.type == "SANCTION" and spelling_out(f.trigger))]


def _force_with_its_aim(frames: list[EventFrame]) -> list[EventFrame]:
    """ "fired tear gas and live rounds to disperse protesters": one use of force, aimed at those
    its aim names, not a second attack."""
    attacks = {f.trigger.i: f for f in frames if f.type == "ASSAULT"}
    dropped = set()
    for frame in frames:
        aim = frame.trigger.dep_ == "advcl" and to_infinitive(frame.trigger)
        attack = attacks.get(frame.trigger.head.i) if aim and frame.type == "ASSAULT" else None
        if attack is not None and attack is not frame:
            dropped.add(id(frame))
            # "struck a house in Rafah to kill a Hamas commander": the house was hit, the commander aimed at
            if attack.target is None or frame.target is not None and is_facility(attack.target.root):
                attack.target = frame.target
    return [f for f in frames if id(f) not in dropped]


def _leaving_a_body(frame: EventFrame, lex: Lexicon) -> None:
    """ "announced their withdrawal from ECOWAS", "pulled out of UNESCO": a member leaving an
    organisation breaks relations with it (PLOVER SANCTION); forces withdrawn are a RETREAT."""
    if frame.type != "RETREAT":
        return
    forces = [frame.actor.root] if frame.actor is not None else []
    forces += [c for c in frame.trigger.children if c.dep_ == "dobj"]  # "withdraw its troops from Badme"
    # (forces, not a government or a regime: "the military regimes announced their withdrawal from
    # ECOWAS" leave the bloc; the state agents that are armed are the armed nouns)
    armed = lex.words("armed_nouns")
    if any(counted(f).lemma_.lower() in armed for f in forces):
        return
    preps = [c for c in frame.trigger.children if c.dep_ == "prep" and c.lower_ in ("from", "out")]
    preps += [g for p in preps if p.lower_ == "out" for g in p.children if g.dep_ == "prep" and g.lower_ == "of"]
    body = next((o for p in preps for o in p.children if o.dep_ == "pobj" and _body_left(o, frame.actor, lex)), None)
    if body is not None:
        frame.type, frame.target = "SANCTION", phrase(body)


def _body_left(thing: Token, member: Span | None, lex: Lexicon) -> bool:
    """Is ``thing`` an organisation a state or body belongs to, not a building left ("withdrew from
    Nasser Hospital", "Biden left the White House")?"""
    buildings = lex.words("facility_nouns") | lex.words("place_nouns")
    person = member is not None and (member.root.ent_type_ == "PERSON" or
                                     member.root.lemma_.lower() in lex.words("person_titles"))
    return thing.ent_type_ == "ORG" and thing.lemma_.lower() not in buildings and not person


def _sent_to_fight(frames: list[EventFrame]) -> list[EventFrame]:
    """ "deployed 1,000 soldiers to help fight the insurgents": forces sent against the insurgents,
    no fighting reported yet; "sent jets to bomb Cambodian targets": the bombing, no aid given;
    "announced £1.5 million to support the relief effort": the aid is the support, not words of it."""
    sent = {f.trigger.i: f for f in frames if f.type in ("MOBILIZE", "AID")}
    dropped = set()
    for frame in frames:
        helped = frame.trigger.dep_ in ("xcomp", "ccomp") and frame.trigger.head.lemma_.lower() == "help"
        purpose = frame.trigger.head if helped else frame.trigger
        aim = purpose.dep_ in ("advcl", "xcomp") and to_infinitive(purpose)
        sender = sent.get(purpose.head.i) if aim else None
        if sender is not None and frame.type == "SUPPORT" and not helped:
            dropped.add(id(frame))
        if sender is None or frame.type not in ("ASSAULT", "COERCE"):
            continue
        if helped:
            dropped.add(id(frame))
            sender.target = sender.target or frame.target
        elif sender.type == "AID":
            dropped.add(id(sender))
    return [f for f in frames if id(f) not in dropped]


def _done_jointly(frame: EventFrame) -> EventFrame | None:
    """ "Soldiers and police carried out joint raids", "Kazakh and CSTO forces jointly secured the
    airport": besides the raid, the two act together (PLOVER COOPERATE, joint military action)."""
    if frame.type not in ("ASSAULT", "COERCE") or frame.actor is None or not any(
            c.lower_ in ("joint", "jointly") and c.dep_ in ("amod", "advmod")
            for c in frame.trigger.children):
        return None
    first, second = split_pair(frame.actor)
    if second is None:
        return None
    return dataclasses.replace(frame, type="COOPERATE", mode=None, actor=first, target=second,
                               fatalities=None, two_sided=False)


def _at_request(frame: EventFrame) -> EventFrame | None:
    """ "deployed troops at the request of the government", "closed its border at Baghdad's
    request": the one who asked requested the act of its doer, before it was done (the phrase may
    hang on the act's purpose: "sent police and soldiers to restore order at Sogavare's request")."""
    purposes = [c for c in frame.trigger.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
    request = next((g for head in (frame.trigger, *purposes) for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "at"
                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in REQUEST_NOUNS), None)
    if request is None or frame.actor is None:
        return None
    asker = possessor(request) or prep_object(request, "of")
    if asker is None or asker.pos_ == "PRON":
        return None
    return EventFrame(type="REQUEST", trigger=request, evidence=frame.evidence, actor=phrase(asker),
                      target=frame.actor, background=True, confidence=0.6)


def _fought_alongside(frames: list[EventFrame]) -> list[EventFrame]:
    """ "SADC troops fought alongside the Congolese army": the two fight as allies, a joint act;
    the fighting is an attack only on an enemy the text names ("... against Islamic State")."""
    result = []
    lex = lexicon()
    for frame in frames:
        ally = prep_object(frame.trigger, "alongside")
        allied = frame.type == "ASSAULT" and frame.actor is not None and ally is not None and \
            is_agent(phrase(ally), lex) and ally.lemma_.lower() not in lex.words("place_nouns")  # not "the border"
        if allied:
            result.append(dataclasses.replace(frame, type="COOPERATE", mode=None, target=phrase(ally),
                                              fatalities=None, two_sided=False))
            # "fought alongside the army against M23 rebels": the model may hang the enemy on the ally
            enemy = frame.target or next((phrase(g) for c in ally.children if c.dep_ == "prep" and
                                          c.lower_ == "against" for g in c.children if g.dep_ == "pobj"), None)
            if enemy is None:
                continue
            frame.target = enemy
        result.append(frame)
    return result


def _share_targets(frames: list[EventFrame]) -> None:
    """ "Police fired tear gas and arrested dozens of protesters": two physical acts told as one
    doer's conjoined verbs hit the same people when only the second names them (but those helped
    are not what another act is aimed at: "evacuated 28 communities and deployed troops"). Penalties
    conjoined so are one punishment of one party: "closed its borders with Niger and imposed
    sweeping economic sanctions" sanctions Niger."""
    by_trigger = {f.trigger.i: f for f in frames}
    penalties = ("SANCTION", "COERCE")

    def alike(one: str, other: str) -> bool:
        if "SANCTION" in (one, other):
            return one in penalties and other in penalties
        return one in PHYSICAL_TYPES and other in PHYSICAL_TYPES and (one == "AID") == (other == "AID")

    for frame in frames:
        if frame.target is not None or frame.type not in (*PHYSICAL_TYPES, "SANCTION") or frame.trigger.pos_ != "VERB":
            continue
        partners = [by_trigger.get(c.i) for c in frame.trigger.children if c.dep_ == "conj"]
        if frame.trigger.dep_ == "conj":
            partners.append(by_trigger.get(frame.trigger.head.i))
        partner = next((p for p in partners if p is not None and alike(frame.type, p.type) and p.target is not None
                        and p.actor is not None and frame.actor is not None and p.actor.root == frame.actor.root), None)
        if partner is not None:
            frame.target = partner.target


def _question(clause: Token) -> bool:
    """ "(asked him) if he thought restrictions would be lifted": what one is asked to say, not to
    do ("asked Russia if it would help" asks for help)."""
    return clause.dep_ in ("ccomp", "advcl") and \
        any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children) and \
        not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "can") for c in clause.children)


def _meetings_over_visits(frames: list[EventFrame]) -> list[EventFrame]:
    """ "Zelenskyy visited Capitol Hill to meet with congressional leaders": one meeting, with the
    people met; the place visited is where it happened, not a second party ("will discuss it with
    him when he visits Turkey" too). A clause set before or after it tells another occasion: "held
    talks with party leaders before the Cabinet met" is two meetings."""
    meetings = {f.trigger.i for f in frames if f.type == "CONSULT"}
    return [f for f in frames if not (f.type == "CONSULT" and any(
        c.dep_ in ("xcomp", "advcl") and c.i in meetings and not _set_apart(c) for c in f.trigger.children))]


def _set_apart(clause: Token) -> bool:
    """ "before the Cabinet met", "after the two leaders spoke": a clause timed against another."""
    return any(c.dep_ == "mark" and c.lower_ in ("before", "after", "since", "until")
               for c in clause.children)


def _object_raised_to_both(frames: list[EventFrame]) -> None:
    """ "attacks that have killed and wounded civilians": an object told once after two conjoined
    verbs of one kind is the object of both, so the first verb, which has none of its own, takes it."""
    by_trigger = {f.trigger.i: f for f in frames}
    for frame in frames:
        verb = frame.trigger
        if frame.target is not None or verb.pos_ != "VERB" or frame.type not in PHYSICAL_TYPES or \
                any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        second = next((by_trigger.get(c.i) for c in verb.children if c.dep_ == "conj" and c.i in by_trigger
                       and not any(s.dep_.startswith("nsubj") for s in c.children)), None)
        if second is not None and second.type == frame.type and second.target is not None:
            frame.target = second.target


def _one_attack_per_toll(frames: list[EventFrame], lex: Lexicon) -> list[EventFrame]:
    """ "Six were killed and 18 wounded as militants stormed the camp": one attack, its victims
    counted twice. Victims counted with no doer belong to the sentence's attack that has one,
    else to the first count."""
    counting = [f for f in frames if f.type == "ASSAULT" and f.trigger.pos_ == "VERB"
                and f.trigger.lemma_.lower() in lex.words("casualty_verbs")]
    tolls = [f for f in counting if f.actor is None]
    # ("17 people were killed when a rocket hit a market": a blow by a means, its doer untold, that
    # the count hangs on)
    # ("a strike hit the hospital on Monday, killing two people": the count hangs on the blow)
    attacks = [f for f in frames if f.type == "ASSAULT" and (f.actor is not None or f.unknown_actor_ok and f not in tolls
                                                             and any(f.trigger.head == t.trigger and f.trigger.dep_ == "advcl"
                                                                     or t.trigger.head == f.trigger
                                                                     and t.trigger.dep_ == "advcl" for t in tolls))]
    dropped = {id(f) for f in (tolls if attacks else tolls[1:])}
    aimless = [f for f in attacks if f.target is None]
    linked = aimless and tolls and aimless[0].trigger.head == tolls[0].trigger and aimless[0].trigger.dep_ == "advcl"
    if len(aimless) == 1 and len(attacks) == 1 and linked and tolls[0].target is not None:
        # "scores of civilians were killed when RSF fighters rampaged through the town": the
        # sentence's only attack hit those it counts
        aimless[0].target = tolls[0].target
    by_trigger = {f.trigger.i: f for f in attacks}
    for toll in counting:
        # "opened fire on a party, killing 11 people", "fired a missile at a car, killing five
        # gunmen": the attack's own toll; the people killed are its target when it named no party
        # ("opened fire on the crowd to disperse it, wounding dozens": through the attack's aim)
        # ("opened fire on demonstrators, killing one man and wounding two others": the second count
        # is joined to the first, and is the same attack's toll; not a named person hurt, an act told
        # for that person: "killing the president and wounding his wife, Martine Moïse")
        clause = toll.trigger
        named = toll.target is not None and any(t.ent_type_ == "PERSON" for t in toll.target)
        if clause.dep_ == "conj" and clause.tag_ == "VBG" and clause.head.dep_ == "advcl" and \
                clause.head.tag_ == "VBG" and not named:
            clause = clause.head
        head = clause.head
        if head.i not in by_trigger and head.dep_ == "advcl" and to_infinitive(head):
            head = head.head
        attack = by_trigger.get(head.i)
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or attack is None or attack is toll:
            continue
        dropped.add(id(toll))
        attack.place = attack.place or toll.place
        # (a blow by an untold hand keeps the place it hit: "an air strike hit a school, killing 15")
        # (a count of mere people leaves the aim standing: "opened fire on a convoy, wounding 14 people")
        kindless = toll.target is not None and \
            toll.target.root.lemma_.lower() in lex.words("kindless_toll_nouns")
        if attack.target is None or attack.actor is not None and not kindless and (
                is_facility(attack.target.root) or not is_agent(attack.target, lex)):
            attack.target = toll.target or attack.target
    return [f for f in frames if id(f) not in dropped]


def _frame(token: Token, sent: Span, lex: Lexicon) -> EventFrame | None:
    if _prevented(token, lex):
        return None
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return None  # "entered the zone without meeting resistance": what was not done is no event
    act = _act_dismayed_at(token, lex) if token.pos_ in ("VERB", "ADJ") else None
    if act is not None:
        return _dismay_frame(token, act, sent, lex)
    if token.pos_ == "VERB" and token.dep_ != "amod":
        onward = _phrasal(token, lex, "onward_phrasal_verbs") and \
            not any(c.dep_ == "dobj" for c in token.children)  # (with an object, it still presses it)
        if _phrasal(token, lex, "inert_phrasal_verbs") or onward or _asks_a_question(token, lex) or \
                _names_what_is_acted_on(token, lex):
            return None
        ground = _ground_given_up(token, lex)
        if ground is not None:
            return _pull_back(token, ground, sent, lex)
        found = ("ACCUSE", None) if _named_with_blame(token, lex) else verb_entry(token, lex)
        if found and found[0] in ("PROTEST", "RETREAT") and _talks_left(token, lex):
            # "walked out of the peace talks", "pulled out of talks on the dam": the talks halted
            # (CAMEO 16), not a rally or a pull-back
            found = ("SANCTION", None)
        if found and found[0] == "ASSAULT" and found[1] == "ground" and _taken_unopposed(token, lex):
            found = ("COERCE", None)
        if found and token.lemma_.lower() in lex.words("siding_verbs") and not _sided_with(token, lex):
            return None
        if found:
            return _verb_frame(token, sent, found, lex)
        return _done_together(token, sent, lex)
    elif token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP", "DATE") and \
            not (token.dep_ == "compound" and token.head.pos_ == "NOUN"):
        # "riot police", "aid convoy", "arrest warrant", "attack helicopters" name no event
        found = noun_entry(token, lex)
        if found:
            return _noun_frame(token, sent, found, lex)
    return None


def _act_dismayed_at(feeling: Token, lex: Lexicon) -> Token | None:
    """ "was deeply concerned by the ruling", "are appalled at the use of lethal force": the act a
    party is dismayed at (not "concerned for the safety of civilians", nor a plight no one did)."""
    if feeling.lower_ not in lex.words("dismay_feelings") or feeling.dep_ in ("amod", "compound"):
        return None
    return next((o for c in feeling.children if c.dep_ in ("prep", "agent") and
                 c.lower_ in lex.words("feeling_prepositions")
                 for o in c.children if o.dep_ == "pobj" and _an_act(o, lex)), None)


def _dismay_frame(feeling: Token, act: Token, sent: Span, lex: Lexicon) -> EventFrame | None:
    """ "Borrell said he was 'profoundly shocked' by the strikes": the one dismayed accuses the
    act's doer (told with the act, or by resolve from the article's events)."""
    # (the feeling is the verb's, or an adjective after "was")
    holder = feeling.head if feeling.dep_ == "acomp" else feeling
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for h in (holder, feeling) for c in h.children):
        # "was shocked by the killings and urged the authorities to investigate": the urging is told
        return None
    reported = holder.dep_ == "ccomp" and holder.head.lemma_.lower() in lex.words("reporting_verbs")
    source, anonymous = find_source(holder, sent, lex)
    if not reported and source is None:
        return None  # "the protesters were angered by the nomination": a cause, no one's statement
    actor = child_phrase(holder, (*SUBJECTS, *PASSIVE_SUBJECTS))
    if actor is not None and actor.root.pos_ == "PRON" and reported:
        # "Ardern said she was concerned", "adding that it was alarmed"
        actor = child_phrase(holder.head, SUBJECTS) or inherited_subject(holder.head) or actor
    if actor is None or not (actor.root.pos_ == "PRON" or is_agent(actor, lex)):
        return None
    target, target_act = _author_of_act(phrase(act), "ACCUSE", lex)
    if target is not None and (not is_agent(target, lex, "ACCUSE") or _owned_by(target, _OWN_POSSESSIVES)):
        target = None
    frame = EventFrame(type="ACCUSE", trigger=feeling, evidence=_evidence(feeling, sent, actor, target),
                       actor=actor, target=target, status=status_of(holder, lex), confidence=0.6,
                       governed=True)  # (a feeling told of its holder is reported, even as an adjective)
    frame.target_act = target_act if target is None else None
    frame.source, frame.source_anonymous = source, anonymous
    place_and_date(frame, feeling, sent)
    return frame


def _done_together(verb: Token, sent: Span, lex: Lexicon) -> EventFrame | None:
    """ "Kazakh and CSTO forces jointly secured the airport", "the route was organized jointly by the
    UN and Ukrainian authorities", "escorted merchant vessels together with the Italian destroyer":
    whatever two sides do jointly, they cooperate in (PLOVER COOPERATE), the verb being no trigger."""
    joint = lex.words("joint_adverbs")
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    # (the parser may hang "together" on the "with" it goes with)
    adverb = next((c for h in (verb, *withs) for c in h.children
                   if c.dep_ == "advmod" and c.lower_ in joint), None)
    if adverb is None:
        return None
    partner = next((phrase(o) for h in (verb, adverb) for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"), None)
    doers = passive_agent(verb) or child_phrase(verb, SUBJECTS) or inherited_subject(verb)
    if doers is None:
        return None
    actor, target = (doers, partner) if partner is not None else split_pair(doers)
    if target is None or not is_agent(actor, lex) or not is_agent(target, lex):
        return None  # "brought the factions together", "the two countries are jointly redeveloping"
    frame = EventFrame(type="COOPERATE", trigger=verb, evidence=_evidence(verb, sent, actor, target),
                       actor=actor, target=target, status=status_of(verb, lex), confidence=0.6)
    frame.source, frame.source_anonymous = find_source(verb, sent, lex)
    place_and_date(frame, verb, sent)
    return frame


def _taken_unopposed(verb: Token, lex: Lexicon) -> bool:
    """ "taking the town of Gharyan without a fight", "took control of the palace without
    resistance", "without firing a shot": ground taken with no fighting is occupied (COERCE), not
    fought for (ASSAULT ground)."""
    unopposed = lex.words("unopposed_nouns") | lex.words("two_sided_nouns")
    return any(c.dep_ == "prep" and c.lower_ == "without" and
               any(t.lemma_.lower() in unopposed for t in c.subtree) for c in verb.children) or \
        any(c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ == "unopposed" for c in verb.children)


def _controlled(verb: Token) -> Span | None:
    """ "took control of the presidential palace", "seized control of the airport": what is taken
    control of is what the taking is aimed at (the control itself is part of the trigger)."""
    return next((phrase(g) for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def _sided_with(verb: Token, lex: Lexicon) -> bool:
    """ "Washington stood firmly with its ally", "Britain stood behind Hong Kong": standing with or
    behind a party takes its side; "stood behind the barricades", "stood with their rifles" is where
    someone stood."""
    return any(p.dep_ == "prep" and is_agent(phrase(o), lex) for p in verb.children
               for o in p.children if o.dep_ == "pobj")


def _names_what_is_acted_on(verb: Token, lex: Lexicon) -> bool:
    """ "struck what it called 'terrorist infrastructure'", "launched what it called anti-terrorist
    measures": a free relative that is the object of another party's deed only names what the deed is
    done to or is ("condemned what it called aggression" is told by "condemned"); one asked of others
    still blames ("appealed to the EU to help stop what he called Russian aggression")."""
    deed = verb.head
    return verb.lemma_.lower() in lex.words("naming_verbs") and verb.dep_ in ("ccomp", "dobj", "xcomp") and \
        deed.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in deed.children) and \
        any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children)


def _named_with_blame(verb: Token, lex: Lexicon) -> bool:
    """ "called Israel's strike a flagrant violation", "described the vote as rigged": naming what
    someone did with a word of blame accuses them."""
    if verb.lemma_.lower() not in lex.words("naming_verbs") or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # (the parser may hang the "as" on the object: "described the actions of the ministry as a coup")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    as_ = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
           for g in c.children if g.dep_ == "pobj"]
    named = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ in ("NOUN", "ADJ")] + as_
    judged = next(c for c in verb.children if c.dep_ == "dobj")
    return any(blames(t, lex) for n in named for t in n.subtree) or \
        any(names_a_blow(n, judged, lex) for n in named)


def _talks_left(verb: Token, lex: Lexicon) -> bool:
    """ "walked out of the talks", "stormed out of the meeting": left a meeting (the parser may
    hang "of" on "out")."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt")]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]
    return any(p.lower_ in ("of", "from") and noun_type(o, lex) == "CONSULT"
               for p in preps for o in p.children if o.dep_ == "pobj")


def _ground_left(verb: Token, lex: Lexicon) -> bool:
    """ "Israeli forces pulled back from some positions", "troops pulled out of the towns": forces
    leaving ground retreat from no one (the ground is where), so the story's enemy is not lent them
    as the side they pulled back from; a party left is named ("withdrew from Mali"), and so is a
    people's land ("withdraw its troops from Congolese territory"), and a pull-back under a deal is
    made to the side it was agreed with ("withdrawn from the city of Goma after reaching an agreement
    with the Congolese government")."""
    if _under_a_deal(verb, lex):
        return False
    if _nothing_left(verb, lex):
        return True
    # ("pulled back from", "out of" as the parser hangs them: on the particle or on the verb)
    outs = [c for c in verb.children
            if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("from", "out", "back")]
    preps = [p for o in outs for p in (o, *o.children) if p.dep_ == "prep" and p.lower_ in ("from", "of")]
    grounds = [phrase(o) for p in preps for o in p.children if o.dep_ == "pobj"]
    return bool(grounds) and all((not is_agent(g, lex) or is_place(g, "RETREAT") or _named_ground(g, lex))
                                 and not any(t.ent_type_ == "NORP" for t in g) for g in grounds)


def _nothing_left(verb: Token, lex: Lexicon) -> bool:
    """ "Indian troops also pulled back", "Israeli troops were to withdraw within 60 days", "has since
    withdrawn most of its soldiers": forces withdrawn from nothing the clause names leave no one it
    names, so the story's enemy is not lent them as the side they left."""
    if verb.lemma_.lower() not in lex.words("pullback_verbs"):
        return False
    # ("pull out of", but "withdraw its fighters north of the Litani" names no ground left)
    outs = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back")]
    left = [c for h in (verb, *outs) for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "off")]
    # (the parser may take a direction for an object: "pulled back southwards")
    return not left and all(_armed(c, lex) or not is_agent(phrase(c), lex)
                            for c in verb.children if c.dep_ == "dobj")


def _named_ground(span: Span, lex: Lexicon) -> bool:
    """ "Parliament Road", "Manokwari's city centre": a name on a street or a quarter makes it no party
    (but a people's land is theirs: "Congolese territory")."""
    return span.root.lemma_.lower() in lex.words("place_nouns") | lex.words("quarter_nouns") and \
        not any(t.ent_type_ == "NORP" for t in span)


def _ready_to_help(verb: Token, lex: Lexicon) -> bool:
    """Is the support one a party stands ready to give ("stands ready to support the Government",
    "stands ready to continue supporting the Guatemalan authorities")? A readiness to help is help
    offered, not a stand taken for a side."""
    governor = verb
    for _ in range(2):  # (through "continue")
        if governor.dep_ != "xcomp" or governor.head == governor:
            return False
        governor = governor.head
        if governor.lemma_.lower() in lex.words("readiness_words"):
            return True
    return False


def _backing_charged(verb: Token, lex: Lexicon) -> bool:
    """Is the support only the deed of a charge or of its denial ("accused Kigali of backing the RED-Tabara
    rebel group", "whom Congo accuses Rwanda of supporting", "denied backing the M23")? Backing so told
    is a standing tie alleged, a state of affairs, not an act of support the article reports."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        # ("accused Kigali of ...": the parser may hang the "of" on the one charged)
        charger = verb.head.head if verb.head.head.pos_ == "VERB" else verb.head.head.head
        return charger.lemma_.lower() in lex.words("charging_verbs")
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj") and \
        verb.head.lemma_.lower() in lex.words("denial_governors")


def _ground_held(given: Token, lex: Lexicon) -> bool:
    """Is what is defended the defender's own ground or self, not a party: an unnamed base or soil,
    a stretch of it ("will defend every inch of our land"), or itself ("would not hesitate to defend
    itself")?"""
    if given.lower_ in _REFLEXIVES:
        return True
    grounds = lex.words("facility_nouns") | lex.words("place_nouns")
    stretch = (o for c in given.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
               if o.dep_ == "pobj")
    return not phrase(given).ents and any(n.lemma_.lower() in grounds for n in (given, *stretch))


def _under_a_deal(verb: Token, lex: Lexicon) -> bool:
    """ "withdrawn from the city of Goma after reaching an agreement with the Congolese government":
    a pull-back under a deal is made to the side it was agreed with."""
    return any(t.lemma_.lower() in lex.words("agreement_nouns")
               and any(c.lower_ == "with" for c in t.children) for t in verb.subtree)


def _territory_left(verb: Token, lex: Lexicon) -> Span | None:
    """ "Federal forces withdrew from the Tigrayan capital, Mekelle", "will pull its forces out of the
    Kalbajar district", "left Mali": forces leaving a named town, district or country give it up
    (PLOVER RETREAT: a retreat from, or ceding of, territory), so the territory ceded is what the
    retreat is aimed at; a street, a square or positions are only where troops stood ("withdrew from
    Parliament Road", "pulled back from positions near Kirants"), and an unnamed "the city" is left
    to the story, as is a pull-back under a deal (made to the side it was agreed with), and a crowd
    leaving a city ("protesters began pulling out of Cali") gives up no ground."""
    crowds = lex.words("crowd_nouns") | lex.words("protester_nouns")
    mover = child_phrase(verb, ("nsubj", "nsubjpass")) or inherited_subject(verb)
    if mover is not None and counted(mover.root).lemma_.lower() in crowds or _under_a_deal(verb, lex):
        return None
    outs = [c for c in verb.children
            if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("from", "out", "back")]
    preps = [p for o in outs for p in (o, *o.children) if p.dep_ == "prep" and p.lower_ in ("from", "of")]
    grounds = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if verb.lemma_.lower() in lex.words("departure_verbs"):
        grounds += [c for c in verb.children if c.dep_ == "dobj"]  # "left Mali"
    return next((named for ground in grounds if (named := _named_territory(ground, lex)) is not None), None)


def _named_territory(ground: Token, lex: Lexicon) -> Span | None:
    """The name of a town, district or country ("Mali", "the Tigrayan capital, Mekelle", "the Gaza Strip
    city of Khan Younis", "the Kalbajar district"), not of the country it lies in ("the Amhara and
    Afar regions of northern Ethiopia"); none for a street, a square, positions or "the city"."""
    if ground.ent_type_ in ("GPE", "LOC") or ground.pos_ == "PROPN" and ground.text in city_names():
        return entity_of(ground) or phrase(ground)
    if ground.lemma_.lower() not in lex.words("territory_nouns"):
        return None
    # ("several towns it had captured, including Bambari and Bossangoa": the towns are those named)
    named = next((c for c in ground.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) or \
        next((o for c in ground.children if c.dep_ == "prep" and c.lower_ in ("of", "including")
              for o in c.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.text not in state_names()[0]), None)
    if named is not None:
        return entity_of(named) or phrase(named)
    name = [c for c in ground.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    return ground.doc[name[0].left_edge.i:name[-1].i + 1] if name else None


def _relief_destination(verb: Token, lex: Lexicon) -> Span | None:
    """ "UNICEF sent water tanks to the town of Bilozerka", "airdropped food parcels over the northern
    Gaza Strip", "sent food, water and blankets to some 300 shelters": relief taken to a named place,
    or to the shelters, camps and hospitals where people are cared for, is given to those there."""
    for head in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in head.children
                     if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "over")):
            place = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if place is None:
                continue
            if {place.lemma_.lower(), place.lower_} & lex.words("relief_site_nouns"):
                return phrase(place)
            named = _named_territory(place, lex)
            if named is not None:
                return named
    return None


def _ground_given_up(verb: Token, lex: Lexicon) -> Token | None:
    """ "The rebels left Goma", "troops abandoned their positions": fighters giving up ground
    pull back (PLOVER RETREAT: a military retreat from, or ceding, territory). The ground, if so."""
    if verb.lemma_.lower() not in lex.words("departure_verbs"):
        return None
    ground = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if ground is None or subject is None or not _armed(subject, lex):
        return None
    # a town's name (the small model may tag "Goma" a person: a known city is a town), or a
    # place, a post, ground
    named = ground.ent_type_ in ("GPE", "LOC", "FAC") or ground.pos_ == "PROPN" and ground.text in city_names()
    return ground if named or ground.lemma_.lower() in \
        lex.words("place_nouns") | lex.words("facility_nouns") | lex.words("ground_nouns") else None


def _pull_back(verb: Token, ground: Token, sent: Span, lex: Lexicon) -> EventFrame | None:
    """The RETREAT of fighters giving up ground: a named town or country given up is ceded ("left
    Mali"), other ground is where, not whom (no one is named receiving it); a named town is the venue."""
    frame = _verb_frame(verb, sent, ("RETREAT", None), lex)
    if frame is not None:
        frame.target = _territory_left(verb, lex)  # ("left Mali": the territory ceded, as above)
        if ground.pos_ == "PROPN":
            frame.place = frame.place or phrase(ground)
    return frame


def _phrasal(token: Token, lex: Lexicon, words: str) -> bool:
    """Is the verb with one of its particles in the lexicon list ``words``? The parser may hang the
    particle as a preposition ("swore in a cabinet") or an adverb ("pressed ahead with")."""
    lemma = token.lemma_.lower()
    return any(c.dep_ in ("prt", "prep", "advmod") and f"{lemma} {c.lower_}" in lex.words(words)
               for c in token.children)


def _asks_a_question(token: Token, lex: Lexicon) -> bool:
    """ "are asking how a city could be lost", "asked whether Iran would strike", "when asked about
    Iran": a question put, no one asked to act."""
    if token.lemma_.lower() not in lex.words("questioning_verbs"):
        return False
    words = lex.words("question_words")
    return any(c.dep_ == "prep" and c.lower_ == "about" or
               c.dep_ == "ccomp" and any(w.lower_ in words and w.i < c.i for w in c.children)
               for c in token.children)


def _prevented(token: Token, lex: Lexicon) -> bool:
    """ "arrived at her apartment to prevent her detention": an act someone prevents did not
    happen, and preventing an attack or an arrest coerces no one (preventing a protest does), nor
    does preventing a danger or a revenge no one is named for ("to prevent reprisals", "outbreaks")."""
    preventing = lex.words("prevention_verbs")
    if token.lemma_.lower() in preventing:
        unowned = lex.words("hazard_nouns") | lex.words("retaliation_words")
        return any(c.dep_ == "dobj" and (noun_type(c, lex) in _HOSTILE_ACTS or
                                         c.lemma_.lower() in unowned) for c in token.children)
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "from":  # "stopped them from attacking"
        head = head.head
        preventing = preventing | lex.words("barring_verbs")  # "banned women from visiting"
    elif token.dep_ not in ("dobj", "xcomp"):
        return False
    # "sanctions have not stopped Russia from attacking", "police failed to stop them": it happened
    failed = any(c.dep_ == "neg" for c in head.children) or \
        head.dep_ == "xcomp" and head.head.lemma_.lower() in lex.words("refusal_governors")
    return head.lemma_.lower() in preventing and not failed


# -- verbs ---------------------------------------------------------------------------------------

def _verb_frame(verb: Token, sent: Span, found: tuple[str, str | None], lex: Lexicon) -> EventFrame | None:
    event_type, mode = found
    if _credit_line(verb):
        return None  # "Associated Press writer Gonzalo Solano contributed to this report"
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VB" and
                                  c.lemma_.lower() not in ("be", "have", "get") for c in verb.children):
        # "to let wounded Palestinians through": a full verb misread as the auxiliary of a participle
        # that only describes the people
        return None
    # "activists jailed for leading a protest": a past participle on a noun is passive too.
    reduced_passive = _reduced_passive(verb)
    # "civilians are held hostage, shelled by government forces": a participle clause with its doer
    passive_clause = verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children)
    # "six were killed and 18 wounded": the second participle shares the first one's auxiliary
    elliptic_passive = verb.dep_ == "conj" and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in verb.head.children)
    passive = reduced_passive or passive_clause or elliptic_passive or \
        any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.lemma_.lower() in lex.words("stative_participles") and \
            any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        passive = False  # "Israel is opposed to French mediation": Israel opposes it
    actor = target = None
    if verb.dep_ == "relcl" and _present_simple(verb) and not (event_type == "ACCUSE" and _reports_an_act(verb)):
        # "the groups it supports across the region", "North Korea, which regularly threatens the
        # United States", "the airport, which is almost completely destroyed": a description, not
        # a report ("groups that allege the military is blocking aid" report what they say)
        return None
    if verb.dep_ == "relcl" and verb.head.lower_ in DESCRIBED_PRONOUNS:
        # "those who attacked army installations would face the law", "those who stepped down":
        # who they are, not a report of what happened (but "those arrested by police" is one)
        return None
    if event_type == "COERCE" and _own_work_suspended(verb, lex):
        return None  # "NRC temporarily suspended their activities": a party stops its own work
    if event_type == "COERCE" and _power_taken_in_passing(verb, lex):
        return None  # "juntas that seized power in their own coups": who rules, no one acted on named
    if event_type == "COERCE" and _only_tried(verb, lex):
        return None  # "tried to seize power", "attempted to take over the airport": none was taken
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children):
        return None  # "Washington had offered no concessions", "gave no details": nothing was done
    if event_type == "AID" and not any(c.dep_ == "dobj" for c in verb.children):
        # "have pledged to deepen their military cooperation": the promised act is the event (if any),
        # no aid given; "has been aiding in talks between the government and the protesters": mediation
        if any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children) or any(
                p.dep_ == "prep" and p.lower_ == "in" and noun_type(g, lex) == "CONSULT"
                for p in verb.children for g in p.children if g.dep_ == "pobj"):
            return None
    if event_type == "AID" and any(c.dep_ == "xcomp" and verb_entry(c, lex) for c in verb.children):
        return None  # "pledged to support Ukraine": the promised act is the event ("pledged $2m" gives)
    if event_type == "SUPPORT" and verb.dep_ == "acl" and verb.tag_ == "VBG":
        return None  # "the coalition backing Yemen's government": who stands with whom, not an act
    if event_type == "ASSAULT" and verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb) and \
            verb.head.lemma_.lower() in lex.words("enlisting_verbs"):
        return None  # "conscripted thousands of men to fight against the AA": what they are raised for
    if event_type == "ASSAULT" and verb.lemma_.lower() in lex.words("two_sided_verbs") and \
            (_present_simple(verb) or _side_denied(verb)):
        # "Haiti's overwhelmed police fight the gangs", "when the politicians fight": who fights
        # whom as a standing state, not a battle reported ("are fighting", "fought" are); "fighting
        # for the survival of the Amhara people, not against Ethiopia": a cause told, no foe
        return None
    if verb.dep_ != "relcl" and any(c.dep_ == "nsubj" and _asked_after(c) for c in verb.children):
        return None  # "it was not clear which side fired the rocket": a doer asked after, none told
    if (_present_simple(verb) or event_type == "ASSAULT" and verb.dep_ != "xcomp") and \
            any(c.dep_ == "neg" for c in verb.children):
        # "We don't attack Putin or Moscow": a stance, no act of a day denied; "the leader was not
        # killed by an airstrike": an attack said not to be, not one a party denies (a denial verb).
        # "vowed not to attack civilians" is a pledge, read as one elsewhere
        return None
    if _present_simple(verb) and any(c.dep_ == "advmod" and c.lower_ in lex.words("habitual_adverbs")
                                     for c in verb.children):
        return None  # "and frequently targets hotels": a habit told in the present, no act of a day
    if event_type == "THREATEN" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.words("risk_verbs")
                                       and not any(n.dep_ == "neg" for n in c.children)
                                       for c in verb.children):
        # "the attack threatened to fuel tensions": a risk, not a threat; but "warned Manila not to
        # complicate the situation" tells a party what not to do, a warning to it
        return None
    if verb.lemma_.lower() in lex.words("mandative_verbs") and not _mandative(verb, lex):
        return None  # "insisted it was innocent": a claim; "insisted that X recognize Israel": a demand
    if event_type == "REQUEST" and verb.lemma_.lower() == "ask" and any(_question(c) for c in verb.children):
        return None  # "asked him if he thought ...": a question, not a request
    if event_type == "REQUEST" and asks_anonymity(verb):
        return None  # "a resident, who asked not to be named": no request to anyone
    if event_type == "REJECT" and (asks_anonymity(verb) or _declines_to_speak(verb)):
        return None  # "declined to comment", "who declined to give her name": no one's demand refused
    if verb.lemma_.lower() == "sign" and _signed_thing(verb) not in (None, *lex.words("agreement_nouns")):
        return None  # "signed an executive order", "the order Biden signed": no one else agreed
    if event_type == "THREATEN" and verb.lemma_.lower() == "warn" and not ultimatum(verb, lex) and \
            any(c.dep_ == "dobj" for c in verb.children) and _advice(verb, lex):
        return None  # "the embassy warned Americans to avoid the area": advice, not a threat (unless "or face")
    if event_type == "THREATEN" and verb.lemma_.lower() == "warn" and _hazard_warned(verb, lex):
        return None  # "aid agencies warned of a cholera outbreak": a danger foreseen, no one threatened
    if verb.lower_ == "warning" and any(c.dep_ == "dobj" and c.lemma_.lower() == "shot" for c in verb.children):
        return None  # "stormed the base with warning shots": shots fired, no threat made
    if event_type == "ASSAULT" and any(c.dep_ == "dobj" and any(m.lower_ == "warning" for m in c.children)
                                       and not any(m.dep_ == "conj" for m in c.children) for c in verb.children):
        return None  # "fired warning shots into the air": no one was shot at (not "warning shots and tear gas")
    if reduced_passive and verb.head.lower_ == "those" and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "released most of those detained": the people an act told elsewhere left
    if passive:
        target = phrase(verb.head) if reduced_passive else \
            child_phrase(verb.head, (*PASSIVE_SUBJECTS, "nsubj")) if passive_clause else \
            child_phrase(verb, (*PASSIVE_SUBJECTS, "nsubj"))
        if target is None and elliptic_passive:
            # "they were detained and beaten": the second participle's victims are the first one's
            target = child_phrase(verb.head, PASSIVE_SUBJECTS)
        if target is None and verb.dep_ == "conj" and event_type == "ACCUSE":
            # "whose troops have fought alongside Ethiopian forces and have been accused by rights
            # groups": the accused are the subject the two verbs share
            target = child_phrase(verb.head, SUBJECTS)
        moved = target  # ("troops had been sent to Chaman": the force keys the verb and still moves)
        if target is not None and _part_of_trigger(verb, target, event_type, lex):
            target = None  # "prisoners were exchanged by the two sides"
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _hands_of(verb) or \
            (_fought_with(verb, lex) if event_type == "ASSAULT" else None)
        if event_type in ("MOBILIZE", "RETREAT") and agent is None and not reduced_passive and \
                moved is not None and is_agent(moved, lex):
            # "Kenyan police were deployed to Haiti", "troops were withdrawn from Mekelle": the force
            # sent or pulled back is the side that moves, whoever gave the order
            actor = moved
            target = _faced(verb, lex) if event_type == "MOBILIZE" else _from(event_type, lex, verb)
        elif event_type == "MOBILIZE" and agent is None:
            target = _faced(verb, lex)  # "armoured vehicles were deployed": sent, not faced
        elif agent is not None:
            actor = child_phrase(agent, ("pobj", "pcomp"))  # "by Russian shelling": the means, below
            if verb.lemma_.lower() in lex.words("mediating_verbs") and target is not None and \
                    not is_agent(target, lex):
                target = _deal_maker(target.root)
                if target is None:
                    return None  # "the agreement, brokered by France, took effect": no side named
            elif event_type == "AGREE" and target is not None and not is_agent(target, lex) and \
                    target.root.lemma_.lower() in lex.words("agreement_nouns"):
                # "the truce, mediated by Egypt, was approved by the cabinet": the deal approved is
                # no party (nor is its go-between); its sides are, where named ("a truce between")
                sides = _between([target.root])
                target = sides[0] if sides is not None else None
        elif event_type == "ASSAULT" and _casualties_of_reported_attack(verb, lex):
            return None  # "the policemen killed in the attack": the dead of an attack told elsewhere
        elif event_type == "PROTEST":
            return None  # "the bodies were taken to the capital": moved, not marching; no one protests
    else:
        actor = child_phrase(verb, SUBJECTS) or child_phrase(verb, PASSIVE_SUBJECTS)
        # A deployment's object is the force sent, not whom it is aimed at.
        target = child_phrase(verb, ("dobj", "dative")) or _particle_object(verb, lex) \
            if event_type != "MOBILIZE" else _faced(verb, lex)
        target = _kind_then_name(verb, target)
        target = _recipient_read_as_modifier(verb, target, lex) or target
        if event_type in ("ASSAULT", "COERCE"):
            target = _whole_of_part(target, lex)
        if (target is None or target.root.tag_ == "WP") and (named := what_it_called(verb, lex)) is not None:
            # ("what he called Russian aggression": the doer the name gives, whatever the noun)
            target = nominal_actor(named) or _done_by(named) or phrase(named)
        if target is not None and _part_of_trigger(verb, target, event_type, lex):
            target = None
        target = _held_captive(verb, lex) or target
        target = _laid_on(verb, lex) or target
        dealing = trade_cut_off(verb, lex) if event_type == "SANCTION" else None
        if dealing is not None:  # "barred American banks from providing services to MOGE": MOGE is cut off
            target = prep_target(dealing, event_type, lex, preps=("to", "with")) or target
        if verb.lemma_.lower() in lex.words("mediating_verbs") and target is not None and \
                not is_agent(target, lex):
            # "Qatar brokered a truce between Israel and Hamas": the go-between deals with the sides
            # of what it brokered; with none named ("Turkey brokered a swap") no one is named
            sides = _between([target.root])
            if sides is None:
                return None
            target = sides[0]
        elif verb.lemma_.lower() in lex.words("mediating_verbs") and target is None and verb.dep_ != "advcl":
            # "Oman has mediated between the rebels and Saudi Arabia": the sides named on the verb itself
            # (not "Mediating between A and B, Egyptian officials met both": the main verb tells whom)
            target = next(iter(_between([verb]) or ()), None)
        if target is not None and target.root.lower_ in _REFLEXIVES:
            target = None  # "a suicide bomber blew himself up": no one else is the target
        if target is not None and target.root.lemma_.lower() == "right" and verb.lemma_.lower() == "reserve":
            target = None  # "reserves the right to retaliate": the right is no one
        if event_type == "RETREAT" and target is not None and \
                _armed(target.root, lex):
            # "withdrew its troops from Mali": the force pulled back; whom it leaves is "from"
            target = _from(event_type, lex, verb, target.root)
        if target is None and event_type in ("ASSAULT", "COERCE") and _object_gap(verb, lex):
            target = phrase(verb.head)  # "a teenager the rebels had abducted": the noun is the object
        if target is None:
            target = name_glued_to_date(verb)
        # "exchanged fire at the border crossing": a two-sided act's other side is "with" it
        sides = ("with", "against") if verb.lemma_.lower() in lex.words("two_sided_verbs") else None
        if target is None or target.root.pos_ == "NUM":
            target = prep_target(verb, event_type, lex, preps=sides) or _keyed_object(verb, lex) or target
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        # "suspended co-operation with the US": the parser may hang both halves of a split word, and
        # the word's own preposition, on the verb
        split = len(objs) > 1 and hyphenated(objs[-1]) != objs[-1].lower_
        obj = objs[-1] if split else next(iter(objs), None)
        # "recalled its ambassador to Israel": the actor's own envoy is not whom the act is aimed at
        own_envoy = event_type == "SANCTION" and target is not None and _owned_by(target, _OWN_POSSESSIVES)
        # "struck rebel positions on the eastern outskirts of Hodeida": a place hit is the target, and
        # its own "on" phrase says where it lies
        hit = event_type in ("ASSAULT", "COERCE") and target is not None and is_facility(target.root)
        # "expressed solidarity with Sudan": a judgment's object the verb is read with is the stance,
        # not whom it is toward (though the parser may take "solidarity" for a name; "evacuated people"
        # are its object)
        keyed = event_type in _JUDGING_TYPES and target is not None and obj is not None and \
            target.root.i == obj.i and keyed_with(verb, obj, lex) is not None
        if (target is None or not (hit or _a_party(target, verb, lex)) or own_envoy or keyed) and \
                obj is not None and not (event_type in _JUDGING_TYPES and _authored_act(obj, lex)):
            # "severed ties with Iran", "stepped up strikes on Hamas": the object's own preposition
            preps = ("with", "on", "against", "to", *lex.type_target_preps.get(event_type, ()))
            if "on" in lex.no_target_preps.get(event_type, ()):
                # "will hold an emergency meeting on Libya": what talks or deals are on is their topic
                preps = tuple(p for p in preps if p != "on")
            fired = counted(obj)
            if event_type == "ASSAULT" and {fired.lemma_.lower(), fired.lower_} & lex.words("weapon_nouns"):
                # "fired more than 1,000 rockets towards Israel": a weapon's aim is where it is fired
                preps += ("at", "toward", "towards")
            if event_type in _JUDGING_TYPES and verb.lemma_.lower() != "blame" and \
                    (_an_act(obj, lex) or obj.lemma_.lower() in lex.words("blame_words")):
                # "condemned the use of force against protesters", "the violence against protesters":
                # aimed at its unnamed doer, not its victims (but "blamed the attack on armed herders"
                # names the doers)
                preps = tuple(p for p in preps if p not in ("on", "against"))
            # "suspended the issuance of visas to Afghan nationals": the measure's object may be a
            # process whose own object carries the preposition
            # ("closed two of its border crossings with Iraq": a counted object is what it counts)
            of = prep_object(obj, "of") if event_type == "SANCTION" else None
            if of is None and counted(obj) is not obj:
                of = counted(obj)
            # "imposed an arms embargo, travel ban and asset freeze on him": a phrase shared by
            # coordinated objects hangs on the last of them
            target = next((found for measure in (obj, *obj.conjuncts, *((verb,) if split else ()))
                           if (found := prep_target(measure, event_type, lex, preps=preps))), None) or \
                (prep_target(of, event_type, lex, preps=preps) if of is not None else None) or \
                prep_target(verb, event_type, lex, preps=sides) or target
            if target is not None and target.root == obj and "on" not in preps and \
                    noun_type(obj, lex) == event_type and prep_object(obj, "on") is not None:
                target = None  # "hold a summit on the crisis": the meeting held is no party to it
        if event_type == "ASSAULT" and (target is None or not (hit or is_agent(target, lex))):
            target = _aimed_past_the_means(verb, lex) or _gathered_where_fired(verb, lex) or target
        if event_type == "REJECT" and (target is None or not is_agent(target, lex)) and obj is not None:
            target = _called_partner(obj, lex) or target
        if event_type == "REJECT" and target is None:
            target = _asker_refused(verb, lex) or _refused_the_main_subject(verb, actor, lex)
        if event_type in ("REJECT", "CONCEDE") and target is None:
            target = _let_through(verb, lex)
        if event_type == "AID" and target is not None and target.root.dep_ == "dobj" and \
                ({target.root.lower_, target.root.lemma_.lower()} & (set(lex.mode_words) | lex.words("carrier_nouns"))):
            target = prep_target(verb, event_type, lex, preps=("to",))  # "supplying drones to the GNA"
        if target is None and event_type == "THREATEN":
            # "warned that Colombia would go to the OAS if Havana refused": aimed at Havana; "warned
            # that his fighters would resist any foreign force": at the force
            # ("threatened to freeze visa talks and impose measures unless Russia pulled back": the
            # condition may hang on any of the acts threatened)
            acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
            # ("warned in a statement that it would hold ...": the parser may hang the clause on the
            # statement)
            acts += [c for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                     for c in o.children if c.dep_ == "acl" and any(m.lower_ == "that" for m in c.children)]
            acts += [c for a in acts for c in a.children if c.dep_ == "conj"]
            # ("vowed that the government would use all legal tools to punish those responsible": the
            # act vowed may be the purpose of another)
            embedded = _embedded_acts(verb)
            target = _condition_doer((verb, *acts, *embedded), lex, speaker=actor) or \
                _faced_by_own_side(verb, lex) or _warned_of_penalty(verb, lex) or \
                _vowed_against([*acts, *embedded], lex) or _reprisal_against(verb, lex)
        if target is None and event_type in _SPEECH_TARGET_TYPES:
            target = _reported_subject(verb, event_type, lex)
        elif target is not None and not _a_party(target, verb, lex) and \
                event_type in _SPEECH_TARGET_TYPES and not any(t.tag_ == "WP" for t in verb.subtree):
            # an object that is no party may be a misparse of the clause's last verb ("demanding
            # that the government restore the subsidy ... and drop mining projects"), but not the
            # name given to an act ("condemned what Price called an outrageous attack")
            target = _reported_subject(verb, event_type, lex) or target
    if actor is not None and actor.root.lemma_.lower() in lex.words("hazard_nouns"):
        return None  # "killed by the earthquake", "floods displaced thousands": no side acts
    if event_type == "RETREAT" and target is not None and target.root.head.lower_ in ("from", "to") and \
            (not is_agent(target, lex) or is_place(target, "REQUEST") or _named_ground(target, lex)):
        # "withdrew from positions near the hospital", "from Kherson", "return to their bases": ground
        # left or gone back to, no one
        target = None
    # "Fighting between government and separatist forces claimed more lives" (not "mediating
    # between Israel and Hamas": the mediator is elsewhere)
    pair = _sides_fighting(verb, lex) if verb.tag_ == "VBG" and actor is None and not passive else None
    if pair is not None:
        actor, target = pair
    fought_both_ways = pair is not None
    if event_type == "ASSAULT" and target is None and not fought_both_ways and _fought_for_a_cause(verb):
        return None  # "men who have fought for two years", "the freedom they fought for": no foe, no battle
    if actor is None and not passive:  # "X spoke before his phone was seized": not X
        actor = inherited_subject(verb) or _stranded_subject(verb)
    if verb.lemma_.lower() in lex.words("seizure_verbs"):
        event_type, mode, target = _seizure(verb, event_type, mode, target, lex)
    if event_type == "COERCE" and verb.lemma_.lower() in lex.words("ousting_verbs") and \
            _not_forced_out(verb, lex):
        return None
    if verb.lemma_.lower() == "strike" and event_type == "ASSAULT" and actor is not None and \
            (worker := counted(actor.root)).pos_ != "PROPN" and worker.lemma_.lower() in lex.words("labor_words") and \
            worker.lemma_.lower() != "general" and not any(c.dep_ == "dobj" for c in verb.children):
        # "workers will strike on Friday", "unions struck against the reform": a walkout, no one hit
        # (not "the general vowed to strike back", nor "the Karen National Union will strike again")
        event_type, mode = "PROTEST", None
    if verb.lemma_.lower() == "storm" and event_type == "ASSAULT" and actor is not None and \
            {(crowd := counted(actor.root)).lemma_.lower(), crowd.lower_} & (lex.words("crowd_nouns") | {"protester"}) \
            and not any(m.lower_ == "armed" for m in crowd.children) and not _fought_through(verb, lex):
        event_type, mode = "PROTEST", None  # "demonstrators stormed the embassy": a crowd's, not an armed assault
    if event_type == "COERCE" and verb.lemma_.lower() in ("block", "blockade", "occupy") and \
            _civilians_blocking(verb, actor, lex):
        event_type, mode = "PROTEST", None  # "students blocked the intersection": a protest, no coercion
    rallied = next((c for c in verb.children if c.dep_ == "dobj"), None) \
        if verb.lemma_.lower() == "rally" else None
    if event_type == "PROTEST" and rallied is not None:
        if not is_agent(doc_span(counted(rallied)), lex):
            return None  # "rallied support in the region": gathered backing, no crowd out
        if target is not None and target.root in (rallied, counted(rallied)):
            target = None  # "rallied tens of thousands of people in Tbilisi": the crowd, not whom it opposes
    if event_type == "PROTEST" and verb.lemma_.lower() in lex.words("gathering_verbs") and \
            target is not None and target.root.dep_ == "dobj":
        # "gathered outside parliament", misread as gathering parliament: the place, not the protested
        target = None
    if event_type == "AGREE" and verb.lemma_.lower() == "sign" and _signed_alone(verb, lex):
        return None  # "the statement, signed by the spokesman", "signed a law": one hand, no agreement
    if event_type == "COOPERATE" and verb.lemma_.lower() == "work" and actor is not None and \
            (actor.root.ent_type_ == "PERSON" or actor.root.lower_ in ("he", "she", "i") or
             actor.root.lemma_.lower() in lex.words("role_heads")):
        # one person "working with" others talks with them: "Kerry will continue working with Israeli
        # and Palestinian leaders" (agencies and forces working together act jointly)
        event_type = "CONSULT"
    if event_type == "CONCEDE" and verb.lemma_.lower() == "hand" and _arms_to_a_force(verb, lex):
        # "handed over 68 armoured vehicles to the army": arms given, not ground
        event_type, mode = "AID", None
    if event_type == "ACCUSE" and verb.lemma_.lower() == "summon" and any(
            c.dep_ == "dobj" and _armed(c, lex) for c in verb.children):
        # "summoned reservists": called up, not called in to be reproached
        event_type, mode = "MOBILIZE", None
    if event_type == "MOBILIZE" and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "back", "out")
                                        for c in verb.children):
        event_type = "RETREAT"  # "moving the troops away from the border": a pull-back
    # a name is a party, whatever its word means ("Amnesty condemned")
    means = noun_entry(counted(actor.root), lex) if actor is not None and actor.root.pos_ != "PROPN" else None
    if means is None and actor is not None and event_type == "ASSAULT" and _weapon_mode(actor.root, lex) \
            and (not is_agent(actor, lex) or _done_by(actor.root) is not None):
        # "a roadside bomb killed four soldiers"; "drones launched by the RSF struck the airport"
        means = ("ASSAULT", _weapon_mode(actor.root, lex))
    if event_type == "ASSAULT" and (means is not None and means[0] == "SANCTION"
                                    or _aim_of_a_measure(verb, lex)):
        return None  # "the embargo hit its economy", "adopted sanctions targeting Russia's LNG trade"
    # "protests calling for his resignation": a protest acts through its crowd (resolve names it)
    crowd_act = means is not None and means[0] == "PROTEST" and nominal_actor(actor.root) is None
    instrument = means is not None and not crowd_act
    if instrument:
        # "A roadside bombing killed one soldier": the subject is the means; its doer, if named.
        # "A drone attack set fire to a depot": damage done by an attack is the attack.
        mode = means[1] or mode
        # "forces backed by U.S. air strikes": backing by force of arms is military aid
        event_type = "AID" if event_type == "SUPPORT" else "ASSAULT" if means[0] == "ASSAULT" else event_type
        sides = _sides_fighting(actor.root, lex)
        if sides is not None:  # "fighting between the army and rebels killed 20": both sides fought
            (actor, target), fought_both_ways = sides, True
        else:
            actor = nominal_actor(counted(actor.root))  # ("a wave of Israeli air strikes": Israel's)
    if event_type == "SUPPORT" and _backed_with_means(verb, lex):
        event_type, mode = "AID", None
    if actor is not None and not crowd_act and (not (is_agent(actor, lex) or _speaking_institution(
            actor, event_type, lex)) or _host_city(verb, actor)):
        actor = None
    if actor is None and event_type == "ASSAULT":
        actor = _blamed_in_relative(verb, lex)
    if event_type == "CONSULT" and target is not None and target.root.lemma_.lower() in lex.words("press_nouns"):
        return None  # "spoke to reporters": the report itself is not an event
    if event_type == "CONSULT" and speaks_anonymously(verb):
        return None  # "who spoke to the Kyiv Post on condition of anonymity": a source, not a talk
    # "retaliated against the rebel attack on the base": the act answered, aimed at its author
    answering = verb.lemma_.lower() in lex.words("retaliation_words")
    if event_type == "THREATEN" and target is not None and noun_entry(target.root, lex) is not None and \
            target.root.lemma_.lower() not in lex.words("retaliation_words"):
        target = None  # "threatened a nationwide strike": the act threatened, aimed at whom it names
    target, target_act = _author_of_act(target, event_type, lex, answered=answering)
    if target is not None and target == actor:
        # "the deal, signed by the government and the TPLF": the act's author is its doer, no one it
        # is done to (a mutual act's two signers are split below)
        target = None
    if target is not None and not _a_party(target, verb, lex, event_type):
        # "will observe the cease-fire that Poroshenko declared": a thing's author is the one it
        # is done toward; "mortar rounds fired by the rebels" are their means, aimed at no one
        weapon = any(t.lower_ in lex.mode_words for t in (target.root, *target.root.children)
                     if t is target.root or t.dep_ == "compound")
        target = None if weapon else _done_by(target.root)
    if target is not None and is_place(target, event_type) and \
            not (event_type == "REQUEST" and _bidden(target, verb)):
        target = None
    given = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if event_type == "CONCEDE" and (target is None or target.root == given) and given is not None and \
            given.lemma_.lower() in lex.words("area_measure_nouns"):
        # "lifted a night-time curfew in Gondar": relief falls on the area the measure was laid on,
        # as the measure itself did ("imposed a curfew on Baghdad")
        areas = lex.words("place_nouns") | lex.words("territory_nouns")
        target = next((entity_of(o) or phrase(o) for c in (*given.children, *verb.children)
                       if c.dep_ == "prep" and c.lower_ in ("in", "on", "across") for o in c.children
                       if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in areas)),
                      None)
    unnamed = given is not None and not phrase(given).ents
    if event_type == "CONSULT" and unnamed and is_facility(given) and \
            (target is None or target.root == given) and prep_target(verb, event_type, lex, preps=("with",)) is None:
        # "the minister visited the camp", "visited the blast site": a place visited, no one met
        # (not "visited a factory with Shoigu")
        return None
    if event_type == "SUPPORT" and given is not None and _ground_held(given, lex):
        return None  # "would defend the base to the end", "will defend our soil": holding ground, not words of support
    if event_type == "SUPPORT" and _ready_to_help(verb, lex):
        return None  # "stands ready to support the Government ... in aligning legislation": help offered
    if event_type == "SUPPORT" and _backing_charged(verb, lex):
        return None  # "accused Kigali of backing the rebels", "denied backing the M23": a tie alleged
    if target is None and event_type == "THREATEN":
        target = _town_advanced_on(verb, lex)  # (a place, so after the place filter above)
    if target is None and event_type == "THREATEN" and (conditioned := _party_of_condition(verb, actor, lex)):
        # "vowed a response if Israel attacks": Israel's, not the latest attack's
        target, target_act = conditioned, None
    if target is None and target_act is None and event_type in _ANSWERING_TYPES:
        target, target_act = _answered_act(verb, lex)
    if target is None and event_type in ("ASSAULT", "COERCE"):
        target = _crowd_met(verb, lex) or _purpose_object(verb, lex) or _controlled(verb)
    if target is None and target_act is None and event_type == "ASSAULT":
        target_act = _act_put_down(verb, lex)
    if target is None and target_act is None and given is not None and keyed_with(verb, given, lex) is None and (
            event_type == "SUPPORT" and _cause_only(given, lex)):
        # "broadened to support human rights": a cause championed, no one supported ("established
        # diplomatic ties" is keyed)
        return None
    if event_type in ("AID", "CONCEDE", "REJECT") and given is not None and \
            keyed_with(verb, given, lex) is None and given.lemma_.lower() in lex.words("information_nouns"):
        # "did not provide evidence for its claims", "has not released figures on its losses": what is
        # told is not given nor yielded, whoever it is about, so withholding it refuses nothing (nor
        # does "declined further comment")
        return None
    if event_type == "AGREE" and given is not None and given.lemma_.lower() in lex.words("resignation_nouns"):
        return None  # "accepted the resignation of the government": another's leaving taken note of, no deal
    if event_type.lower() in lex.words("mutual_types") and target is None:
        target = prep_target(verb, event_type, lex, preps=("with",))
    # "A and B clashed", "A clashed with B": both sides fight. "A fought B" is one-sided.
    # "exchanged fire with B": an object that is part of the trigger leaves the verb two-sided
    two_sided = verb.lemma_.lower() in lex.words("two_sided_verbs") and \
        not any(c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lemma_.lower()}" not in lex.verbs for c in verb.children)
    if two_sided and target is None:
        other = prep_target(verb, event_type, lex, preps=("with", "against"))
        target = other if other is not None and is_agent(other, lex) else None  # not "fought with clubs"
    # "fought alongside federal forces against Tigrayan fighters": "against" names whom the fight is
    # on, no fight back ("clashed with", "fought with" are both ways)
    two_sided = two_sided and not (target is not None and target.root.head.lower_ == "against")
    # "the Maoists and the government declared a ceasefire": each side stops for the other
    truce = event_type == "RETREAT" and any(
        (keyed_with(verb, c, lex) or ("",))[0] == "RETREAT"
        and c.lemma_.lower() in lex.words("agreement_nouns") for c in verb.children if c.dep_ == "dobj")
    if (event_type.lower() in lex.words("mutual_types") or two_sided or truce) and target is None \
            and actor is not None:
        actor, target = split_pair(actor)
    if verb.lemma_.lower() in lex.words("party_verbs") and (actor is None or target is None):
        return None  # "destroyed its chemical weapons", "homes destroyed in the fighting": no one hit
    # (not "water tanks"; nor "convoys of food and medicine", which are given)
    carriers = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.words("carrier_nouns")
                     and not any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in c.children)
                     and not relief_laden(c, lex)), None)
    # ("a convoy of 14 lorries carrying medicine": what the convoy counts carries it)
    laden = next((c for c in verb.children
                  if c.dep_ == "dobj" and (cargo(c) or cargo(counted(c))) is not None), None) \
        if event_type == "AID" and target is None else None
    if laden is not None:
        # "sent two navy ships carrying food and medicine to Indonesia": the cargo is given
        target = next((phrase(o) for t in laden.subtree if t.dep_ == "prep" and t.lower_ == "to"
                       for o in t.children if o.dep_ == "pobj" and is_agent(phrase(o), lex)), None)
    elif event_type == "AID" and target is None and carriers is not None and verb.lemma_.lower() == "send":
        # "sent 18 aircraft and six warships around Taiwan", "sent aircraft into Polish airspace":
        # its own forces sent to no one (tanks "delivered" are given)
        event_type, target = "MOBILIZE", _faced(verb, lex)
    carrier = relief_carrier(verb, lex) if event_type == "AID" else None
    if carrier is not None:
        # "an Iraqi aircraft carrying medical supplies landed in Beirut": the aid is the owner's of
        # the carrier ("trucks from the IOM"), or, unnamed, its teller's ("WFP said a convoy of
        # trucks carrying food reached Mekelle"); it goes to where it arrives
        actor = nominal_actor(carrier) or nominal_actor(counted(carrier)) or _from(event_type, lex, carrier)
        if actor is not None and len(actor) == 1 and entity_of(actor.root) is not None:
            actor = entity_of(actor.root)  # "152 World Food Programme trucks": the whole name
        cut = next((t.i for t in actor or () if t.dep_ == "acl"), None)
        if actor is not None and cut is not None:  # "from Turkey and the UAE carrying tents": the givers
            actor = verb.doc[actor.start:cut]
        target = next((phrase(o) for c in verb.children
                       if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("in", "into", "to", "at")
                       for o in (c, *c.children) if o.dep_ in ("dobj", "pobj")), None)
    status_anchor = verb
    ways = lex.words("passage_nouns") | lex.words("severed_way_nouns")
    if event_type == "SANCTION" and any(c.dep_ == "dobj" and c.lemma_.lower() in ways for c in verb.children):
        return None  # "to cut off the militants' escape routes": a way blocked, no party penalised
    if event_type == "SANCTION" and verb.lemma_.lower() in lex.words("expulsion_verbs"):
        expelled = _expulsion(verb, lex)
        if expelled is not None:
            actor, target, status_anchor = expelled
        elif not any(c.dep_ == "dobj" and _body_left(c, actor, lex) for c in verb.children) or \
                any(c.lower_ == "behind" or c.dep_ == "prep" and c.lower_ == "in" and
                    any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
                    for c in verb.children):
            # leaving of one's own accord (but a member leaving a body breaks with it); what is left
            # somewhere stays there ("leaving only the Nahal Brigade in the territory")
            return None
    commander = _commander(verb, lex) if event_type in ("MOBILIZE", "RETREAT") else None
    if commander is not None:
        actor, status_anchor = commander
    frame = EventFrame(type=event_type, mode=mode, trigger=verb, actor=actor, target=target,
                       evidence=_evidence(verb, sent, actor, target),
                       unknown_actor_ok=(passive or instrument) and event_type in _UNKNOWN_ACTOR_TYPES,
                       actor_is_speaker=carrier is not None and actor is None)
    frame.status = status_of(status_anchor, lex)
    frame.source, frame.source_anonymous = find_source(verb, sent, lex)
    place_and_date(frame, verb, sent)
    # an abduction is one whatever weapons the kidnappers carried ("gunmen kidnapped 300 girls")
    frame.mode = frame.mode if event_type != "ASSAULT" or frame.mode == "abduction" else \
        (_mode(verb, sent, lex, target) or frame.mode)
    frame.confidence = 0.6 + 0.15 * (actor is not None) + 0.15 * (target is not None)
    frame.two_sided = two_sided or (fought_both_ways and event_type == "ASSAULT")
    frame.target_act = target_act if target is None else None
    # "cut internet access across the country": a measure on the whole country falls on it
    frame.nationwide = target is None and event_type == "COERCE" and \
        any(_nationwide(t, lex) for t in (verb, *(c for c in verb.children if c.dep_ == "dobj")))
    if event_type == "RETREAT" and frame.target is None:
        frame.target = _territory_left(verb, lex) or _paused_target(verb, lex)
    if event_type == "AID" and frame.target is None and carrier is None:
        frame.target = _relief_destination(verb, lex)
    frame.self_standing = event_type == "REQUEST" and target is None and target_act is None and \
        _calls_out_a_protest(verb, lex) or \
        event_type == "RETREAT" and target is None and _ground_left(verb, lex) or \
        event_type == "CONCEDE" and target is None and \
        verb.lemma_.lower() in lex.words("reopening_verbs") or \
        event_type == "COERCE" and target is None and not frame.nationwide and _service_withheld(verb, lex)
    if event_type == "PROTEST" and frame.target is not None and \
            counted(frame.target.root).lemma_.lower() in lex.words("passage_nouns"):
        frame.target = None  # "students would block the city's three bridges": where, not whom
    if event_type == "PROTEST" and frame.target is None:
        frame.target = _not_its_own(_protested_against(verb, lex), frame.actor)
    if event_type == "PROTEST" and (frame.target is None or frame.target == frame.actor) and \
            frame.target_act is None:
        # ("a strike called by Fatah": the caller read as whom it is called against is its doer)
        frame.target, frame.target_act = _protested_act(verb, lex)
    if event_type == "PROTEST" and frame.target is None and frame.target_act is None:
        frame.target = _protested_until(verb, frame.actor, lex)
    if event_type == "PROTEST":
        transitive = any(c.dep_ == "dobj" for c in verb.children)
        # a walkout by officials is still a protest
        frame.official_type = "ACCUSE" if verb.lemma_.lower() == "protest" and transitive else \
            None if verb.lemma_.lower() == "walk" else "COERCE"
    if event_type == "SANCTION" and target is None and given is not None and given.lemma_.lower() in ("export", "import"):
        # "halted imports of citrus fruit from Taiwan": the partner is in the goods' phrase
        # (with none named, the partner is the actor's counterpart: "cut off oil exports through
        # the northern pipelines" hit Sudan)
        frame.target = next((phrase(g) for t in given.subtree if t.dep_ == "prep" and t.lower_ in ("to", "from")
                             for g in t.children if g.dep_ == "pobj" and is_agent(phrase(g), lex)), None)
    return frame


_ENACTED_NOUNS = frozenset({"law", "decree", "order", "bill", "edict", "ordinance", "petition"})


def _deal_maker(deal: Token) -> Span | None:
    """Who made the deal a go-between brokered: the subject of the verb the deal hangs on ("Damiba
    agreed to resign under a deal brokered by religious leaders", "the truce, mediated by Egypt, was
    approved by Israel's cabinet"); a deal no side is said to have made names no one."""
    host = deal.head.head if deal.dep_ == "pobj" else \
        deal.head if deal.dep_ in ("nsubj", "nsubjpass") else None
    if host is None or host.pos_ not in ("VERB", "AUX"):
        return None
    maker = next((c for c in host.children if c.dep_ == "nsubj" and c != deal), None)
    return phrase(maker) if maker is not None else passive_agent(host) or inherited_subject(host)


def _signed_alone(verb: Token, lex: Lexicon) -> bool:
    """A statement, letter, law or decree signed by one side agrees nothing with anyone (a "joint
    statement", or one signed "with" a partner, does)."""
    signed = verb.head if verb.dep_ in ("acl", "relcl") else \
        next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if signed is None or signed.lemma_.lower() not in lex.words("document_nouns") | _ENACTED_NOUNS:
        return False
    joint = any(c.lower_ in ("joint", "bilateral") for c in signed.children)
    partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                  for c in (*verb.children, *signed.children))
    signers = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    # "the leaders of X and Y", "both sides", "Sudan's warring parties" signed
    several = any(t.dep_ == "conj" or t.lower_ in ("two", "both")
                  or t.tag_ in ("NNS", "NNPS") and t.dep_ != "poss" for t in signers)
    return not joint and not partner and not several


_ROAD_NOUNS = frozenset({"intersection", "junction", "roundabout", "bridge", "motorway", "railway",
                         "crossing", "entrance", "avenue", "boulevard", "route", "roads", "highways",
                         "streets"})


def _own_work_suspended(verb: Token, lex: Lexicon) -> bool:
    """ "Médecins Sans Frontières suspended its activities", "lawyers would suspend work for a
    month": what is suspended is the doer's own work (its possessive, or the bare noun), so no one
    is coerced; "suspended all political activities", "the activities of the party", "suspended
    the newspaper's licence" act on others."""
    if verb.lemma_.lower() != "suspend":
        return False
    done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if done is None or done.lemma_.lower() not in lex.words("own_work_nouns") and \
            done.lower_ not in lex.words("own_work_nouns"):
        return False
    owner = possessor(done)
    if owner is not None:
        return owner.pos_ == "PRON"
    return not any(c.dep_ in ("det", "amod", "compound", "nummod", "prep") for c in done.children)


def _power_taken_in_passing(verb: Token, lex: Lexicon) -> bool:
    """ "ruled by juntas that seized power in their own coups", "since the Taliban seized power
    last year": taking power, told in a relative or background clause, says how a ruler came to
    rule and names no one it was taken from; a coup reported as news is told in its own clause
    ("the army seized power on Wednesday"), and a ruler named as ousted is an act on them."""
    if verb.lemma_.lower() not in lex.words("seizure_verbs") or \
            not any(c.dep_ == "dobj" and c.lemma_.lower() == "power" for c in verb.children):
        return False
    return verb.dep_ in ("relcl", "acl") or background(verb)


def _only_tried(verb: Token, lex: Lexicon) -> bool:
    """ "rogue soldiers tried to seize power", "attempted to take over the airport": a seizure tried
    is none made, the ground or power stays where it was; the acts done in the trying ("attacked
    police") are told in words of their own (but "tried to hack into the computers" is a break-in)."""
    if verb.lemma_.lower() not in lex.words("seizure_verbs"):
        return False
    while verb.dep_ == "conj":  # ("tried to storm and occupy the building")
        verb = verb.head
    return verb.dep_ in ("xcomp", "acl") and to_infinitive(verb) and \
        verb.head.lemma_.lower() in lex.words("attempting_verbs")


def _civilians_blocking(verb: Token, actor: Span | None, lex: Lexicon) -> bool:
    """ "students blocked the Shahbagh intersection", "displaced families blocked the highway":
    people with no force or office of their own blocking a road protest (the police blocking an
    avenue, a state blocking a website or a resolution, coerce or refuse). A sit-in is the same
    act: "students occupying faculties", "blockaded dozens of university faculties" (the blocked
    thing counted through its quantity, a building as much as a road)."""
    if actor is None or actor.root.pos_ == "PROPN" or actor.root.ent_type_ in ("ORG", "GPE", "NORP"):
        return False
    who = counted(actor.root)
    words = {who.lemma_.lower(), who.lower_}
    forces = lex.words("armed_nouns") | lex.words("state_agent_nouns")
    if not words & lex.words("agent_nouns") or words & forces:
        return False
    blocked = next((counted(c) for c in verb.children if c.dep_ == "dobj"), None)
    ways = lex.words("place_nouns") | lex.words("passage_nouns") | lex.words("facility_nouns") | \
        lex.words("civilian_facility_nouns") | _ROAD_NOUNS
    return blocked is not None and bool({blocked.lemma_.lower(), blocked.lower_} & ways)


def _credit_line(verb: Token) -> bool:
    """A byline's credit: whoever "contributed to this report" gave the newsroom words, not aid; so
    did whoever "contributed from Kyiv", giving nothing to anyone, only writing from a place."""
    if verb.lemma_.lower() != "contribute":
        return False
    preps = [p for p in verb.children if p.dep_ == "prep"]
    if preps and all(p.lower_ == "from" for p in preps) and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(o.lemma_.lower() in ("report", "story", "article") and
               any(d.lower_ == "this" for d in o.children) for p in preps for o in p.children)


def _armed(noun: Token, lex: Lexicon) -> bool:
    """A force, counted through its quantity ("dozens of fighters", "two battalions")."""
    return counted(noun).lemma_.lower() in lex.words("armed_nouns")


def _backed_with_means(verb: Token, lex: Lexicon) -> bool:
    """ "supporting Iraqi and Kurdish forces with air power", "forces backed by Russian air power",
    "backs the Houthis with weapons and money": backing given in arms, firepower or money is
    material aid (PLOVER AID), not the words of SUPPORT ("non-material cooperation"); so is
    backing that forces are sent to give ("sending troops to support 'terrorists' in Idlib")."""
    sender = verb.head if verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb) else None
    if sender is not None and sender.lemma_.lower() in lex.words("sending_verbs") and \
            any(c.dep_ == "dobj" and _armed(c, lex) for c in sender.children):
        return True
    means = [g for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    means += [c for g in means for c in g.conjuncts]
    material = lex.words("material_means")
    return any({g.lemma_.lower(), g.lower_} & material or
               any(f"{m.lower_} {g.lemma_.lower()}" in material for m in g.lefts) for g in means)


def _weapon_mode(noun: Token, lex: Lexicon) -> str | None:
    """The mode of a weapon noun, read with its compounds: "a land mine" (not the "mine" alone)."""
    compounds = [c.lower_ for c in noun.lefts if c.dep_ == "compound"]
    return next((lex.mode_words[w] for k in range(len(compounds) + 1)
                 if (w := " ".join([*compounds[k:], noun.lower_])) in lex.mode_words), None)


def _arms_to_a_force(verb: Token, lex: Lexicon) -> bool:
    """ "handed over armoured vehicles to the Somali army": weapons or carriers given to a force
    (not "told ministers to hand over their official vehicles")."""
    arms = set(lex.mode_words) | lex.words("carrier_nouns")
    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if giver is not None and _armed(giver, lex):
        return False  # "the surrendering militants handed over 40 vehicles to the army": they give up
    given = any(c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & arms for c in verb.children)
    return given and any(_armed(o, lex) for p in verb.children
                         if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj")


def _aim_of_a_measure(verb: Token, lex: Lexicon) -> bool:
    """ "sanctions targeting Russia's LNG trade", "adopted new sanctions on Monday targeting ...":
    a participle on a sanction (or on the clause imposing one) says what the measure aims at."""
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG":
        return False
    head = verb.head
    measures = [head] + [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else [head]
    # ("adopted a 14th package of sanctions against Russia, targeting its LNG": the measure is what
    # the package or round is made of)
    measures += [g for m in measures for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
    return any(noun_type(m, lex) == "SANCTION" for m in measures)


def _measure_aimed_at(noun: Token, lex: Lexicon) -> Span | None:
    """ "sanctions targeting Russia's LNG trade": whom the measure aims at (the owner of what it hits)."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for aim in (c for h in holders for c in h.children
                if c.dep_ in ("acl", "advcl") and _aim_of_a_measure(c, lex)):
        hit = next((c for c in aim.children if c.dep_ == "dobj"), None)
        if hit is not None:
            owner = possessor(hit)
            found = phrase(owner) if owner is not None else phrase(hit)
            return found if is_agent(found, lex) else None
    return None


def _particle_object(verb: Token, lex: Lexicon) -> Span | None:
    """ "soldiers have cordoned off communities": the parser may hang a phrasal verb's object on its
    particle, as if it were a preposition's."""
    return next((found for c in verb.children if c.dep_ == "prt"
                 and f"{verb.lemma_.lower()} {c.lower_}" in lex.verbs
                 and (found := child_phrase(c, ("pobj",))) is not None), None)


def _object_gap(verb: Token, lex: Lexicon) -> bool:
    """ "a teenager the rebels had abducted": a relative clause with its own subject, no object and
    no relative word is about its noun as the object (not "the deal they struck", which keys it)."""
    return verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children) and \
        any(c.dep_ == "nsubj" for c in verb.children) and \
        not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree if t.i < verb.i) and \
        keyed_with(verb, verb.head, lex) is None and is_agent(phrase(verb.head), lex)


def _cause_only(noun: Token, lex: Lexicon) -> bool:
    """An abstraction with neither a party, nor an act, agreement or document of one, anywhere in
    its phrase ("the courage of the protesters", "the extension of the truce" have one)."""
    acts = lex.words("agreement_nouns") | lex.words("act_nouns") | lex.words("document_nouns")
    return not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PRON" or noun_entry(t, lex) is not None
                   or t.lemma_.lower() in acts | lex.words("agent_nouns") or t.lower_ in lex.words("agent_nouns")
                   for t in noun.subtree)


def _held_captive(verb: Token, lex: Lexicon) -> Span | None:
    """The people taken hostage, where the parser hangs them on "hostage": its subject ("took some
    250 others hostage" read as a clause) or the word before it ("took two soldiers hostage")."""
    captive = captive_complement(verb, lex)
    if captive is None or f"{verb.lemma_.lower()} {captive.lemma_.lower()}" not in lex.verbs:
        return None  # (not "free up to 1,000 government captives": the captives are the freed)
    held = next((c for c in captive.children if c.dep_ in ("nsubj", "compound")), None)
    if held is None:  # (or the verb's other object: "others" beside "hostage", both objects)
        held = next((c for c in verb.children if c.dep_ == "dobj" and c is not captive), None)
    return phrase(held) if held is not None else None


def _part_of_trigger(verb: Token, thing: Span, event_type: str, lex: Lexicon) -> bool:
    """ "launched a drone at a US warship", "used force against protesters", "exchanged
    prisoners", "sent a Patriot system": an object keyed with the verb is how the act is done or
    what is given, not whom it is done to (but people evacuated or rescued are the ones helped:
    "evacuated 14 wounded civilians")."""
    given = event_type == "AID" and verb.lemma_.lower() not in lex.words("rescue_verbs")
    return bool({thing.root.lower_, thing.root.lemma_.lower()} & (set(lex.mode_words) | lex.words("means_nouns"))
                or given) and keyed_with(verb, thing.root, lex) is not None


# not "refused to respond to a demand" nor "refused to discuss a ceasefire": those reject something
_PRESS_SILENCE = frozenset({"say", "comment", "elaborate", "disclose", "specify", "confirm"})


def _declines_to_speak(verb: Token) -> bool:
    """ "declined to comment", "refused to say how many were held": silence toward the press."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _PRESS_SILENCE for c in verb.children)


def _asked_after(subject: Token) -> bool:
    """ "who fired", "which side fired": a subject a question asks after."""
    return subject.tag_ == "WP" or any(c.dep_ == "det" and c.tag_ == "WDT" for c in subject.children)


def _present_simple(verb: Token) -> bool:
    """ "supports", "is destroyed": a state of affairs ("has destroyed", "is shelling", "is being
    shelled" are not)."""
    # ("do not attack": do-support keeps the present simple)
    auxiliaries = [c for c in verb.children
                   if c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "does")]
    if not auxiliaries:
        # "police fight the gangs" is at times tagged as a bare VB: with a subject it is tensed
        return verb.tag_ in ("VBZ", "VBP") or \
            verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ == "VBN" and all(a.lower_ in ("is", "are", "'s", "'re") for a in auxiliaries)


def _reports_an_act(verb: Token) -> bool:
    """ "groups that allege the military is blocking aid", "that accuse the army of torturing
    detainees": what they say someone did, not a standing charge ("which Washington accuses of
    terrorism")."""
    return any(c.dep_ == "ccomp" or c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)
               for c in verb.children)


def _hands_of(verb: Token) -> Token | None:
    """ "killed at the hands of Boko Haram militants": the "of" that names the doer."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"):
        hands = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "hands"), None)
        if hands is not None:
            return next((c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None


def _fought_with(verb: Token, lex: Lexicon) -> Token | None:
    """ "killed in clashes with ethnic Serb protesters", "in an exchange of fire with the gunmen":
    the "with" that names the other side of the fighting."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        fight = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if fight is None or not (_fighting_word(fight, lex) or fight.lemma_.lower() == "exchange"):
            continue
        for host in (fight, *(g for c in fight.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj")):
            found = next((c for c in host.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            if found is not None:
                return found
    return None


def _crowd_met(verb: Token, lex: Lexicon) -> Span | None:
    """ "Police fired tear gas when protesters tried to reach the palace": the crowd whose move the
    force answered."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "after") for c in clause.children):
            continue
        crowd = child_phrase(clause, ("nsubj",))
        if crowd is not None and {counted(crowd.root).lemma_.lower(), crowd.root.lemma_.lower()} & (
                lex.words("crowd_nouns") | {"protester", "rioter", "mourner", "student"}):
            return crowd
    return None


def _fought_through(verb: Token, lex: Lexicon) -> bool:
    """ "stormed the town with heavy weapons, killing six soldiers", "exchanging fire with guards"."""
    return any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in lex.words("casualty_verbs") | lex.words("two_sided_verbs")
               for c in verb.children)


def _purpose_object(verb: Token, lex: Lexicon) -> Span | None:
    """ "used water cannon to push protesters back", "fired missiles to kill the commander": force
    used to an end is aimed at whom that end is done to."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and to_infinitive(clause) and \
                clause.lemma_.lower() not in lex.words("protecting_verbs"):  # not "to protect civilians"
            aim = child_phrase(clause, ("dobj",))
            if aim is not None and is_agent(aim, lex):
                return aim
        # "fired tear gas to clear protesters", misread as "to" with "clear" the crowd's adjective
        for crowd in (g for g in clause.children if g.dep_ == "pobj") if clause.dep_ == "prep" and \
                clause.lower_ == "to" else ():
            aim_verb = crowd.doc[clause.i + 1]
            if aim_verb.dep_ == "amod" and aim_verb.head == crowd and \
                    aim_verb.lower_ in lex.words("quelling_verbs"):
                aim = crowd.doc[aim_verb.i + 1:phrase(crowd).end]
                if is_agent(aim, lex):
                    return aim
    return None


def _act_put_down(verb: Token, lex: Lexicon) -> Span | None:
    """ "used tear gas to clear a blockade", "used troops to crush a pro-democracy uprising",
    "repelled the attack using tear gas": force used on a protest or an attack is aimed at those
    who make it, found among the article's events as for "condemned the attack"."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c))]
    if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG":
        # "repelled the attack using tear gas" (the parser may hang the means on the act)
        heads.append(verb.head if verb.dep_ == "advcl" else verb.head.head)
    for head in heads:
        put_down = next((c for c in head.children if c.dep_ == "dobj"), None)
        if put_down is not None and head.lemma_.lower() in lex.words("quelling_verbs") and \
                noun_type(put_down, lex) in ("PROTEST", "ASSAULT", "COERCE") and \
                nominal_actor(put_down) is None:
            return phrase(put_down)
    return None


def _protested_against(trigger: Token, lex: Lexicon) -> Span | None:
    """Whom a crowd's protest is against when its clause names no object: "rallied outside the
    Russian embassy", "marched chanting slogans against the ruling party", "rallied in support of
    the army and against France", "rallied in Bamako to denounce France"."""
    heads = [trigger]
    if trigger.pos_ != "VERB" and trigger.head.pos_ in ("VERB", "AUX") and trigger.dep_ in ("dobj", "pobj"):
        heads.append(trigger.head)  # "held a rally outside the Chinese consulate"
    if trigger.dep_ in ("advcl", "xcomp") and to_infinitive(trigger):
        heads.append(trigger.head)  # "gathered outside the embassy of Ecuador to protest"
    for head in heads:
        # (not a noun's own "against": "the protest by Ukrainians against the president" is a mention)
        found = _mission_protested(head, lex) or \
            (_against_phrase(head, lex) if head.pos_ == "VERB" else None) or \
            _denounced_in_purpose(head, lex) or _resisted_in_purpose(head, lex)
        if found is None:
            # "chanting slogans against X": what the crowd shouted is against whom it marched (also
            # a second act: "waving flags and chanting slogans against X", "chanting 'Death to X'")
            found = next((f for c in head.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                          for act in (c, *c.conjuncts) for o in act.children if o.dep_ == "dobj"
                          if (f := _against_phrase(o, lex) or _cursed(o, lex))), None)
        if found is not None:
            return found
    return None


def _protested_act(trigger: Token, lex: Lexicon) -> tuple[Span | None, Span | None]:
    """ "to protest the killings", "in protest against the Israeli offensive", "to denounce the attack":
    a crowd out against an act is against whoever did it: the doer the act's phrase names, else
    (None, the act) for resolve to find among the article's events."""
    # ("a general strike called by Fatah to protest the killings": the purpose of the calling)
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    if trigger.dep_ in ("advcl", "xcomp") and to_infinitive(trigger):
        heads.insert(1, trigger.head)
    for head in heads:
        purposes = [c for c in head.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                    and verb_type(c, lex) in ("ACCUSE", "PROTEST")]
        # "in protest against/at/over the raid": the protest noun's phrase names the act
        protests = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                    for o in c.children if o.dep_ == "pobj" and noun_type(o, lex) == "PROTEST"]
        acts = [o for h in (head, *purposes) for o in h.children if o.dep_ == "dobj" and h is not head] + \
            [o for h in (head, *purposes, *protests) for c in h.children
             if c.dep_ == "prep" and c.lower_ in lex.words("protested_act_preps")
             for o in c.children if o.dep_ == "pobj"]
        for act in (a for a in acts if noun_entry(a, lex) is not None and a.pos_ == "NOUN"):
            author, told = _author_of_act(phrase(act), "ACCUSE", lex)
            if author is not None and author.root.pos_ != "PRON" and is_agent(author, lex) \
                    and not is_place(author, "PROTEST"):
                return author, None
            if author is None and told is not None:
                return None, told
    return None, None


def _protested_until(trigger: Token, crowd: Span | None, lex: Lexicon) -> Span | None:
    """ "would keep rallying until the government gave guarantees", "would launch a strike until Yoon
    resigns": a protest kept up until a party acts (or held if it does) is aimed at that party, as
    is one set off by a party's refusal ("walked out of Parliament when the government refused"),
    but not at the police it waits for ("rallied in the square until police arrived")."""
    heads = (trigger, trigger.head) if trigger.dep_ in ("xcomp", "dobj") else (trigger,)
    refusals = (c for h in heads for c in h.children if c.dep_ == "advcl" and verb_type(c, lex) == "REJECT"
                and any(m.lower_ in ("when", "after") for m in c.children if m.dep_ in ("advmod", "mark")))
    party = _condition_doer(heads, lex, speaker=crowd) or \
        next((p for c in refusals if (p := child_phrase(c, ("nsubj",))) is not None
              and p.root.pos_ != "PRON" and is_agent(p, lex)), None)
    if party is None or _armed(party.root, lex) or \
            counted(party.root).lemma_.lower() in lex.words("police_nouns"):
        return None
    return _not_its_own(party, crowd)


def _not_its_own(protested: Span | None, crowd: Span | None) -> Span | None:
    """ "ANC supporters marched to the ANC headquarters": a crowd at its own party's offices is
    not protesting it."""
    if protested is None or crowd is None or protested.text.lower() not in crowd.text.lower():
        return protested
    return None


def _against_phrase(head: Token, lex: Lexicon) -> Span | None:
    """ "against France" (also the second of two phrases: "for the army and against France")."""
    # (not "against violence against women": what the crowd opposes is not its target)
    preps = [t for c in head.children if c.dep_ == "prep" for t in c.subtree
             if t is c or t.lower_ == "against" and t.dep_ == "conj" and t.head.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ == "against"):
        found = child_phrase(prep, ("pobj",))
        if found is not None and is_agent(found, lex) and not is_place(found, "PROTEST"):
            return found
    return None


def _cursed(chant: Token, lex: Lexicon) -> Span | None:
    """ "chanting 'Death to Israel'": whom a chanted curse is wished "to"."""
    if chant.lemma_.lower() not in lex.words("curse_nouns"):
        return None
    found = next((child_phrase(c, ("pobj",)) for c in chant.children
                  if c.dep_ == "prep" and c.lower_ == "to"), None)
    return found if found is not None and is_agent(found, lex) and not is_place(found, "PROTEST") else None


def _mission_protested(head: Token, lex: Lexicon) -> Span | None:
    """ "rallied outside the Russian embassy", "outside the Embassy of Ecuador", "marched to the SNS
    premises", "outside the ICC detention center": a protest at a country's mission or a body's
    offices is against its owner; one at a named institution is against the institution ("a sit-in
    outside the Supreme Court")."""
    for prep in (c for c in head.children
                 if c.dep_ == "prep" and c.lower_ in ("outside", "at", "near", "before", "to")):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is not None and (institution := _named_institution(place, lex)) is not None:
            return institution
        if place is None or place.lemma_.lower() not in lex.words("mission_nouns"):
            continue
        owner = next((c for c in place.children if c.dep_ in ("amod", "compound", "poss") and
                      (c.ent_type_ in ("NORP", "GPE", "ORG") or c.text in demonyms())), None)
        if owner is not None:
            return place.doc[owner.left_edge.i:owner.i + 1]
        owner = next((o for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "ORG")), None)
        if owner is not None:
            return phrase(owner)
    return None


def _named_institution(place: Token, lex: Lexicon) -> Span | None:
    """ "the Supreme Court", "the National Assembly": a place named as an institution (not a bare "the
    Parliament": whose parliament it is is for the story to tell)."""
    name = [c for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN"] \
        if place.ent_type_ == "ORG" and place.lemma_.lower() in lex.words("institution_nouns") else []
    return place.doc[name[0].left_edge.i:place.i + 1] if name else None


def _denounced_in_purpose(verb: Token, lex: Lexicon) -> Span | None:
    """ "rallied in Bamako to denounce France": whom the crowd came out to denounce, or to make its
    demand of ("rallied in Tel Aviv, demanding that the government reach a deal")."""
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                    or c.dep_ == "advcl" and c.tag_ == "VBG"
                    and verb_type(c, lex) == "REQUEST"):
        if verb_type(purpose, lex) in ("ACCUSE", "PROTEST"):
            denounced = child_phrase(purpose, ("dobj",))
            if denounced is not None and noun_entry(denounced.root, lex) is not None:
                return nominal_actor(denounced.root)  # "to denounce the killing of soldiers by M23": M23
            if denounced is not None and is_agent(denounced, lex) and not is_place(denounced, "PROTEST"):
                return denounced
            # "to denounce the government's failure to stop the gangs", "to protest against the Russian
            # military presence": whose doing the crowd came out against
            opposed = [denounced.root] if denounced is not None else []
            opposed += [o for c in purpose.children if c.dep_ == "prep" and c.lower_ == "against"
                        for o in c.children if o.dep_ == "pobj"]
            found = next((f for o in opposed if (f := nominal_actor(o)) is not None and is_agent(f, lex)
                          and not is_place(f, "PROTEST")), None)
            if found is not None:
                return found
        if verb_type(purpose, lex) == "REQUEST":
            # "rallied in Tel Aviv, demanding that the government reach a deal": the crowd's demand is
            # made of whoever it wants to act (not "demanding that the suspects be handed over"), or
            # against the side whose members it wants acted on ("demanding that Rwandan officials be tried")
            asked = next((a for c in purpose.children if c.dep_ == "ccomp"
                          if (a := child_phrase(c, ("nsubj",)) or
                              next((phrase(s) if s.pos_ == "PROPN" else nominal_actor(s)
                                   for s in c.children if s.dep_ == "nsubjpass"), None))
                          is not None), None)
            if asked is not None and is_agent(asked, lex) and not is_place(asked, "PROTEST"):
                return asked
    return None


def _service_withheld(verb: Token, lex: Lexicon) -> bool:
    """ "suspended mobile Internet services across Manipur", "had banned all unauthorised gatherings":
    a service or freedom withdrawn, told as the measure's object, is aimed at no party."""
    return any(c.dep_ in ("dobj", "nsubjpass") and
               any(t.lemma_.lower() in lex.words("withheld_service_nouns")
                   for t in (c, *(g for g in c.children if g.dep_ == "compound")))
               for c in verb.children)


def _nationwide(word: Token, lex: Lexicon) -> bool:
    """ "a nationwide curfew", "internet access across most of the country": the word's own
    modifiers say it covers a whole country."""
    return any(c.dep_ == "amod" and c.lower_ in lex.words("nationwide_words") or
               c.dep_ == "prep" and c.lower_ in ("across", "throughout") and
               any(t.lemma_.lower() in lex.words("country_nouns") for t in c.subtree)
               for c in word.children)


def _expulsion(verb: Token, lex: Lexicon) -> tuple[Span | None, Span | None, Token] | None:
    """ "ordered the Red Cross to leave the region", "said all Iranian diplomats must leave the
    country": being made to leave is being expelled (PLOVER SANCTION): the one who orders is the
    actor, the one made to leave the target, and the order's status is the event's."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.words("object_control_verbs"):
        governor = verb.head
        told = child_phrase(governor, ("dobj",))
        # "urged its nationals to leave the country": one's own people are evacuated, not expelled
        # (one's own envoys called home still break with the host: "told its ambassador to leave")
        if told is not None and _owned_by(told, (*_OWN_POSSESSIVES, "their")) and \
                told.root.lower_ not in lex.words("posted_envoy_nouns"):
            return None
        return child_phrase(governor, SUBJECTS) or inherited_subject(governor), told, governor
    ordered = any(c.dep_ == "aux" and c.lower_ in lex.words("obligation_modals") for c in verb.children)
    if ordered and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.words("reporting_verbs"):
        return child_phrase(verb.head, SUBJECTS), child_phrase(verb, ("nsubj",)), verb.head
    return None


def _commander(verb: Token, lex: Lexicon) -> tuple[Span, Token] | None:
    """ "Putin ordered troops taking part in exercises to return to their bases", "ordered the army to
    deploy": a force moves at its commander's order, so the one who orders moves it, and the order given
    is the move made (the order's status is the event's)."""
    governor = verb.head
    if verb.dep_ == "advcl" and to_infinitive(verb) and governor.dep_ == "acl" and \
            governor.head.dep_ == "dobj":
        governor = governor.head.head  # the parser hangs the order's infinitive on the object's participle
    elif verb.dep_ != "xcomp":
        return None
    if governor.lemma_.lower() not in lex.words("directing_verbs"):
        return None
    if any(c.dep_ == "nsubjpass" and _armed(c, lex) for c in governor.children):
        # "its fighters had been ordered to stop attacking": by their own side, unless told otherwise
        return passive_agent(governor) or child_phrase(governor, ("nsubjpass",)), governor
    if not any(c.dep_ == "dobj" and _armed(c, lex) for c in governor.children):
        return None
    orderer = child_phrase(governor, SUBJECTS) or inherited_subject(governor)
    return (orderer, governor) if orderer is not None else None


def _mandative(verb: Token, lex: Lexicon) -> bool:
    """Does the verb's clause say what someone must do: a bare verb ("insisted that Palestinian
    leaders recognize Israel") or one with "must/should"?"""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        # "insisted on a permanent ceasefire": what it insists on is what it demands
        # (not "insisting on the referendum" it holds itself)
        # (nor "insisted on a boycott" or "on talks", its own or mutual acts)
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(
            o.dep_ == "pobj" and (noun_entry(o, lex) or ("PROTEST",))[0] not in ("PROTEST", "CONSULT")
            for o in c.children) for c in verb.children)
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    # after a past "insisted", a present "recognize" is not reported speech (that would be
    # "recognized"): it is the subjunctive of a demand
    bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and verb.tag_ in ("VBD", "VBN")
                                   and clause.lemma_.lower() not in ("be", "have"))  # "insisted the charges are false"
    return (bare and not auxiliaries) or any(a.lower_ in lex.words("obligation_modals") for a in auxiliaries)


def _stranded_subject(verb: Token) -> Span | None:
    """ "explosions were heard in Bissau, and soldiers attacked the home": the small model often
    hangs the second clause's subject on the first clause's last noun; the noun right before a
    subjectless coordinated verb is its subject."""
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and not _reduced_passive(verb)
    if verb.dep_ == "acl" and past and _subject_without_verb(verb.head):
        # "The cleric, Ali al-Sistani, called on the government", "The students, who launched the
        # protests, called on...": the parser took the subject for the root and the finite verb for
        # a clause on it
        return phrase(verb.head)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ != "conj" or before is None or before.dep_ != "conj" or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return verb.doc[before.left_edge.i:before.i + 1]


def _aimed_past_the_means(verb: Token, lex: Lexicon) -> Span | None:
    """ "opened fire with live rounds on protesters": the parser may hang the aim on the means."""
    return next((found for w in verb.children if w.dep_ == "prep" and w.lower_ == "with"
                 for means in w.children if means.dep_ == "pobj"
                 if (found := prep_target(means, "ASSAULT", lex, preps=("on", "at", "against"))) is not None
                 and is_agent(found, lex)), None)


def _gathered_where_fired(verb: Token, lex: Lexicon) -> Span | None:
    """ "fired tear gas near Independence Square, where protesters had tried to gather": force used on
    a place falls on those the place is told to hold."""
    return next((found for p in verb.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                 for place in p.children if place.dep_ == "pobj"
                 for clause in place.children if clause.dep_ == "relcl"
                 and any(t.lower_ == "where" and t.dep_ == "advmod" for t in clause.subtree)
                 if (found := child_phrase(clause, ("nsubj",))) is not None and is_agent(found, lex)), None)


def _from(event_type: str, lex: Lexicon, *heads: Token | None) -> Span | None:
    """Whom something comes or is taken from, said on the first of ``heads`` that says it ("seized an
    airfield from the separatists", "withdrew its troops from Mali", "received aid from Iran")."""
    return next((found for head in heads if head is not None
                 and (found := prep_target(head, event_type, lex, preps=("from",))) is not None), None)


def _not_forced_out(verb: Token, lex: Lexicon) -> bool:
    """ "Khan, who was ousted in a no-confidence vote": a ruler voted out is removed by law, not by
    force; "protesters toppled statues of Chávez" put out no one (the thing felled is no party)."""
    voted = any(o.dep_ == "pobj" and o.lemma_.lower() in lex.words("ballot_nouns")
                for c in verb.children if c.dep_ in ("prep", "agent") for o in c.children)
    felled = next((counted(c) for c in verb.children if c.dep_ == "dobj"), None)
    return voted or felled is not None and not is_agent(doc_span(felled), lex)


def _seizure(verb: Token, event_type: str, mode: str | None, target: Span | None,
             lex: Lexicon) -> tuple[str, str | None, Span | None]:
    """ "seized an airfield from the separatists", "seized the embankment after heavy fighting":
    ground taken from an armed side, or taken by fighting, is an assault (PLOVER: taking a place by
    fighting); the side it was taken from is the target."""
    taken = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    taken = counted(taken) if taken is not None else None  # "seized parts of Gondar": Gondar
    ground = taken is not None and (taken.ent_type_ in ("GPE", "LOC", "FAC") or
                                    taken.lemma_.lower() in lex.words("facility_nouns") | lex.words("place_nouns"))
    loser = _from(event_type, lex, verb, taken)
    if loser is not None and is_agent(loser, lex):
        target = loser
    armed_loser = loser is not None and bool(
        {counted(loser.root).lemma_.lower(), counted(loser.root).lower_} &
        (lex.words("state_agent_nouns") | lex.words("group_nouns")))
    # "after heavy fighting", "after days of fighting", "in a lightning offensive"
    occasions = [o for c in verb.children
                 if c.dep_ == "prep" and c.lower_ in ("after", "following", "amid", "in", "during")
                 for o in c.children if o.dep_ == "pobj"]
    occasions += [g for o in occasions for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    fought = any(noun_type(o, lex) == "ASSAULT" for o in occasions)
    # a name taken in a fight is ground, whatever the tagger took it for ("seized Nagorno-Karabakh in
    # a lightning offensive"); people seized are not
    ground = ground or fought and taken is not None and taken.pos_ == "PROPN" and \
        taken.ent_type_ not in ("PERSON", "NORP")
    if ground and (fought or armed_loser):
        return "ASSAULT", "ground", target
    if event_type == "COERCE" and taken is not None and _seized_by_irregulars(verb, taken, lex):
        return "ASSAULT", "abduction", target
    people = lex.words("armed_nouns") | lex.words("member_nouns")
    if event_type == "ASSAULT" and taken is not None and not ground and \
            (taken.ent_type_ == "PERSON" or taken.lemma_.lower() in people):
        return "COERCE", None, target  # "captured more than 120 LNA troops": people taken prisoner, no ground
    return event_type, mode, target


def _seized_by_irregulars(verb: Token, taken: Token, lex: Lexicon) -> bool:
    """ "cartel members seized several soldiers' relatives", "Diallo was seized by men in plain
    clothes": people seized by someone who holds no office are abducted (CAMEO 181, PLOVER ASSAULT);
    seized by a state or its forces ("police seized three suspects") they are arrested (COERCE)."""
    people = lex.words("anonymous_heads") | lex.words("member_nouns") | lex.words("crowd_nouns") | \
        lex.words("press_nouns") | lex.words("young_nouns")
    # (a name the tagger missed is a person by its apposition: "Daouda Diallo, a rights activist")
    # (a ship's name is no person: "seized the car carrier Galaxy Leader")
    person = taken.ent_type_ == "PERSON" and not any(
        c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() not in people
        for c in taken.children) or taken.lemma_.lower() in people or \
        any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in people for c in taken.children)
    agent = by_agent(verb)
    # (the second of two joined acts has the first one's subject: "stormed a school and seized 27 pupils")
    shared = inherited_subject(verb) if taken.dep_ != "nsubjpass" else None
    seizer = agent if taken.dep_ == "nsubjpass" else \
        next((c for c in verb.children if c.dep_ == "nsubj"), shared.root if shared is not None else None)
    if not person or seizer is None:
        return False
    # the seizer must be someone ("taken by bus to a police academy" is a ride, not an abduction)
    seizer = counted(seizer)
    words = {seizer.lemma_.lower(), seizer.lower_}
    someone = seizer.ent_type_ in ("ORG", "PERSON") or \
        bool(words & (people | lex.words("agent_nouns") | lex.words("group_nouns")))
    return someone and not words & lex.words("state_agent_nouns")


def _casualties_of_reported_attack(verb: Token, lex: Lexicon) -> bool:
    """ "killed in the attack", "wounded in Saturday's bombing": victims counted of an attack
    the article refers back to, which names no one of its own."""
    if verb.lemma_.lower() not in lex.words("casualty_verbs"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        attack = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if attack is None or noun_type(attack, lex) != "ASSAULT":
            continue
        referring = is_definite(attack) or any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")
                                               for c in attack.children)
        own_content = any(c.dep_ == "prep" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                          for c in attack.children)
        if referring and not own_content:
            return True
    return False


def _faced(verb: Token, lex: Lexicon) -> Span | None:
    """Whom a deployment faces: "deployed troops against the rebels", "in advance of / ahead of
    another migrant caravan"; a launch over a country is aimed at it ("fired a ballistic missile
    over northern Japan", the parser hanging "over" on the verb or the missile)."""
    weapons = [c for c in verb.children if c.dep_ == "dobj" and
               {counted(c).lemma_.lower(), counted(c).lower_} & lex.words("weapon_nouns")]
    over = next((g for h in (verb, *weapons) for p in h.children if p.dep_ == "prep" and p.lower_ == "over"
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
    if weapons and over is not None:
        return phrase(over)
    institution = next((n for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                        if o.dep_ == "pobj" and (n := _named_institution(o, lex)) is not None), None)
    if institution is not None:
        return institution  # "troops were deployed to the National Assembly": sent against it
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        border = next((c for c in prep.children
                       if c.dep_ == "pobj" and c.lemma_.lower() in ("border", "frontier")), None)
        if prep.lower_ == "against":
            faced = child_phrase(prep, ("pobj",))
        elif border is not None:
            # "sending troops to its border with Ukraine": forces massed on a border face the state across it
            across = next((c for c in border.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            faced = child_phrase(across, ("pobj",)) if across is not None else None
        else:
            lead = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("advance", "anticipation")), None)
            of = next((c for c in lead.children if c.dep_ == "prep" and c.lower_ == "of"), None) if lead else None
            faced = child_phrase(of, ("pobj",)) if of is not None else _dreaded_doer(prep, lex)
        if faced is not None and is_agent(faced, lex):
            return faced
    return _resisted_in_purpose(verb, lex)


def _dreaded_doer(prep: Token, lex: Lexicon) -> Span | None:
    """ "calling up reservists amid fears of an Iranian drone or missile attack", "in response to the
    Houthi attacks": forces raised against a feared or answered act face its doer."""
    for lead in (c for c in prep.children if c.dep_ == "pobj" and
                 c.lemma_.lower() in lex.words("dreaded_act_nouns") | lex.words("retaliation_words")):
        acts = [a for link in lead.children if link.dep_ == "prep" and link.lower_ in ("of", "to")
                for o in link.children if o.dep_ == "pobj" for a in (o, *o.conjuncts)]
        if any(_an_act(a, lex) for a in acts):
            return next((doer for a in acts if (doer := nominal_actor(a) or _done_by(a)) is not None), None)
    return None


def _resisted_in_purpose(verb: Token, lex: Lexicon) -> Span | None:
    """ "sent two carrier groups to the eastern Mediterranean to deter Iran", "took to the streets
    to resist them": a force or crowd sent out to act against someone is aimed at them (not "to
    protect residents": protecting is no resisting verb)."""
    # "have been deployed to the area and are working with vigilantes to track the kidnappers": the
    # purpose may hang on a verb joined to the deployment that shares its subject
    hosts = (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and not any(g.dep_ in SUBJECTS for g in c.children)))
    for clause in (c for h in hosts for c in h.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                   and c.lemma_.lower() in lex.words("resisting_verbs")):
        aim = child_phrase(clause, ("dobj",))
        if aim is not None and is_agent(aim, lex):
            return aim
    return None


def _paused_target(verb: Token, lex: Lexicon) -> Span | None:
    """ "stopped attacking foreign troops": a pause in attacks is toward those they were aimed at."""
    paused = next((c for c in verb.children
                   if c.dep_ == "xcomp" and c.tag_ == "VBG" and _keyed_object_of(c, verb)), None)
    aimed = child_phrase(paused, ("dobj",)) if paused is not None else None
    return aimed if aimed is not None and is_agent(aimed, lex) else None


def _keyed_object(verb: Token, lex: Lexicon) -> Span | None:
    """ "spoke to Lavrov": the object of the preposition the lexicon reads with the verb."""
    keyed = next((c for c in verb.children if c.dep_ == "prep" and f"{verb.lemma_.lower()} {c.lower_}" in lex.verbs), None)
    return child_phrase(keyed, ("pobj",)) if keyed is not None else None


def _host_city(verb: Token, actor: Span) -> bool:
    """ "Geneva is to host a conference": a city that is no state's seat hosts as a venue, not a
    party ("Moscow hosted the talks" stays Russia's act)."""
    return verb.lemma_.lower() == "host" and actor.root.ent_type_ == "GPE" and \
        actor.text in city_names() and is_place(actor, "CONSULT")


def _signed_thing(verb: Token) -> str | None:
    """What was signed: the object, or the noun a relative clause hangs on ("the order he signed")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.dep_ == "relcl":
        obj = verb.head
    return counted(obj).lemma_.lower() if obj is not None else None


# Verbs with which a government's "protest" is a diplomatic note, not a street protest.
_DIPLOMATIC_VERBS = {"lodge", "issue", "file", "deliver", "send", "voice", "express", "register", "make"}

# Types whose target may be the author of the act they answer ("vowed revenge for the killing").
_ANSWERING_TYPES = ("THREATEN", "ASSAULT")
_REFLEXIVES = {"himself", "herself", "themselves", "itself", "ourselves", "myself"}

# Acts whose prevention protects (preventing a protest or talks suppresses them: COERCE).
_HOSTILE_ACTS = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE")

# Types reported without a perpetrator often enough to stand with an unknown actor.
_UNKNOWN_ACTOR_TYPES = ("ASSAULT", "PROTEST", "COERCE")

# Types whose verb may name its target as the subject of the reported clause
# ("Hamas vowed that Israel will pay", "accused X of", "urged Y to").
_SPEECH_TARGET_TYPES = ("THREATEN", "ACCUSE", "REQUEST", "SUPPORT")


def _calls_out_a_protest(verb: Token, lex: Lexicon) -> bool:
    """ "called for a general strike", "called for a further week of strikes", "calling for a
    boycott": a call for a protest that names no one called on rallies the caller's own followers;
    it is asked of no adversary (but "called on Cameroonians to keep up demonstrations" asks them)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for called in (c for c in prep.children if c.dep_ == "pobj"):
            counted_of = (g for o in called.children if o.dep_ == "prep" and o.lower_ == "of"
                          for g in o.children if g.dep_ == "pobj")
            if any(noun_type(n, lex) == "PROTEST" for n in (called, *counted_of)):
                return True
    return False


def _reported_subject(verb: Token, event_type: str, lex: Lexicon) -> Span | None:
    clause = next((c for c in verb.children if c.dep_ in ("ccomp",)), None)
    if clause is None:
        return None
    caught = _caught_party(verb, clause, lex) if event_type == "THREATEN" else None
    if caught is not None:
        return caught
    if event_type == "THREATEN" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children) and \
            clause.lemma_.lower() not in lex.words("suffering_verbs"):
        # "warned that Iran would respond", "vowed that the army would not stop": who will carry out
        # a threat, not whom it is aimed at (but "warned that organisers would face the law")
        return None
    subject = child_phrase(clause, ("nsubj", "nsubjpass")) or name_glued_to_verb(clause)
    if subject is not None and subject.root.pos_ != "PRON" and is_agent(subject, lex) and \
            not _owned_by(subject, _OWN_POSSESSIVES):
        return subject  # not "warned that his fighters would never surrender": his own side
    return None


def _caught_party(verb: Token, clause: Token, lex: Lexicon) -> Span | None:
    """ "warned that miscreants found carrying weapons would be dealt with firmly", misparsed with
    "found" as the clause and the fate ("would be dealt with", "would face") hung on it or beside it:
    the party found doing it is the one the penalty awaits."""
    if clause.tag_ not in ("VBN", "VBD") or clause.lemma_.lower() not in lex.words("caught_participles") or \
            any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    fate = next((c for c in (*clause.children, *verb.children) if c.dep_ == "ccomp" and c is not clause
                 and c.i > clause.i), None)
    if fate is None or not (fate.lemma_.lower() in lex.words("suffering_verbs")
                            or any(c.dep_ == "auxpass" for c in fate.children)):
        return None
    party = child_phrase(clause, ("nsubj",))
    return party if party is not None and is_agent(party, lex) else None


def _author_of_act(target: Span | None, event_type: str, lex: Lexicon,
                   answered: bool = False) -> tuple[Span | None, Span | None]:
    """ "rejected China's opposition" → China; "condemned Israeli strikes" → Israel; "criticized the
    move", "condemned Navalny's arrest" → (None, the act): its author is found by resolve from the
    article's earlier events. A named person owning a physical act is its victim ("Navalny's
    arrest"), owning any other its author ("Puigdemont's threat").
    ``answered``: the act is what a threat or retaliation answers, aimed at its author."""
    if target is None:
        return None, None
    root = target.root
    of = prep_object(root, "of")
    if of is not None and root.lemma_.lower() in lex.words("aspect_nouns"):
        # "welcomed the peaceful character of the demonstrations": judging how an act went judges the act
        target, root = phrase(of), of
    act_type = (noun_entry(root, lex) or (None,))[0]
    if event_type == "REQUEST" and (owner := _owner_of_leaving(root, lex)) is not None:
        return owner, None
    if root.lemma_.lower() == "death":
        return None, target  # "protested the death of Mahsa Amini": whoever caused it, if known
    happening = (answered or event_type not in PHYSICAL_TYPES) and act_type is not None
    if not happening and root.lemma_.lower() not in lex.words("act_nouns") and \
            not _judged_as(target, event_type, lex):
        return target, None
    if event_type == "REQUEST" and act_type == "REQUEST":
        # "press their demands that Gbagbo step down": the demands' owner asks, their clause's
        # subject is asked
        clause = next((c for c in root.children if c.dep_ in ("relcl", "acl", "ccomp")), None)
        return (child_phrase(clause, ("nsubj",)) if clause is not None else None), None
    if event_type == "REQUEST" and root.lemma_.lower() in lex.words("freeing_nouns"):
        # "demanded the girls' release", "the release of hostages held by the ELN": asked of whoever
        # holds them, never of the held
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        held = possessor(root) or (next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None)
        return (_done_by(held) if held is not None else None), None
    if event_type == "REQUEST":
        # "called for a meeting of the parliament", "the resignation of Ortega": asked of its doer
        doer = possessor(root)
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if doer is not None:
            return phrase(doer), None
        return (child_phrase(of, ("pobj",)) if of is not None else None), None
    blamed = _blamed_on(root)
    if blamed is not None:
        return blamed, None
    if act_type in ("MOBILIZE", "RETREAT"):
        # "condemned the deployment of army units in La Paz": forces deployed or withdrawn move
        # themselves, so the force "of" the noun is its doer (not a victim, as in "the killing of")
        moved = next((o for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and _armed(o, lex)), None)
        if moved is not None:
            return phrase(moved), None
    owner = possessor(root)
    # "dismissed calls from Brussels"; "rejected the demands of these groups" (not "criticism of X")
    source = next((c for c in root.children if c.dep_ == "prep" and (c.lower_ == "from" or
                                                                       c.lower_ == "of" and act_type == "REQUEST")), None)
    if owner is None and source is not None and (act_type in ("REQUEST", "ACCUSE", "THREATEN", "COERCE") or
                                                 root.lemma_.lower() in lex.words("act_nouns")):
        # "dismissed calls from Brussels", "rejected criticism from rights groups": who made them
        owner = next((c for c in source.children if c.dep_ == "pobj"), None)
    if owner is None and source is None and act_type is None:
        owner = _doer_of(root, lex)
    # "Navalny's arrest": a person owning a physical act is its victim; "Puigdemont's threat",
    # "the prime minister's move" are their author's
    done_to = happening and act_type in ("ASSAULT", "COERCE")
    if owner is not None and not (done_to and owner.ent_type_ == "PERSON"):
        return phrase(owner), None
    if (author := _done_by(root)) is not None:
        return author, None
    # "Israel's strike"; "rejected the Israeli proposal": the proposal is Israel's
    if (happening or root.lemma_.lower() in lex.words("act_nouns")) and owner is None and \
            (author := nominal_actor(root)) is not None:
        return author, None
    return None, target


def _doer_of(root: Token, lex: Lexicon) -> Token | None:
    """ "condemned the actions of the security forces", "criticized the decision of the court": a
    party after "of" on a noun of conduct is the one who acted, so the judgement is aimed at it."""
    if root.lemma_.lower() not in lex.words("doer_of_nouns"):
        return None
    doer = prep_object(root, "of")
    return doer if doer is not None and is_agent(phrase(doer), lex) else None


def _owner_of_leaving(root: Token, lex: Lexicon) -> Span | None:
    """ "demanded their immediate departure", "the resignation of all 1,577 university deans",
    "called for an end to the U.S. military presence": an act only its owner can do is asked of
    its owner (a possessive, "of" or a party modifying it)."""
    if root.lemma_.lower() in lex.words("ending_verbs"):
        root = prep_object(root, "to") or root
    if root.lemma_.lower() not in lex.words("leaving_nouns"):
        return None
    owner = possessor(root) or prep_object(root, "of")
    return phrase(owner) if owner is not None else nominal_actor(root)


def _judged_as(target: Span, event_type: str, lex: Lexicon) -> bool:
    """ "condemned the launches as 'unacceptable'", "denounced the operation as illegal": a thing
    condemned as something bad is an act, whatever its noun (only for accusations: "halt the launches"
    and "signed the memorandum" keep their own target)."""
    root = target.root
    return event_type == "ACCUSE" and root.dep_ == "dobj" and not is_agent(target, lex) and \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in root.head.children)


# Types that judge an act: aimed at whoever did it.
_JUDGING_TYPES = ("ACCUSE", "REJECT", "SUPPORT")


def _an_act(noun: Token, lex: Lexicon) -> bool:
    return noun_entry(noun, lex) is not None or noun.lemma_.lower() in lex.words("act_nouns")


def _authored_act(noun: Token, lex: Lexicon) -> bool:
    """An act whose doer the phrase names ("the police crackdown on demonstrators", "Israel's
    strikes on Gaza"): condemning or rejecting it is aimed at the doer, not at whom it hit."""
    doer = nominal_actor(noun) or _done_by(noun)
    return _an_act(noun, lex) and doer is not None and doer.root.pos_ != "PRON"


def _asker_refused(verb: Token, lex: Lexicon) -> Span | None:
    """ "refused to grant the safe-conduct requested by Mexico": refusing to give what someone asked
    for refuses them, as rejecting their request does."""
    for done in (c for c in verb.children if c.dep_ == "xcomp"):
        for thing in (c for c in done.children if c.dep_ == "dobj"):
            for asked in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          and verb_type(c, lex) == "REQUEST"):
                asker = passive_agent(asked)
                if asker is not None and is_agent(asker, lex):
                    return asker
    return None


def _refused_the_main_subject(verb: Token, refuser: Span | None, lex: Lexicon) -> Span | None:
    """ "boycotted the vote after France refused to postpone it", "held talks with the RSF, but the
    army has declined to attend": a bare refusal told as the reason for, or the rebuff of, the main
    clause's deed refuses whoever did that deed: they had asked for what was refused."""
    if verb.lemma_.lower() not in lex.words("refusal_governors") or \
            any(c.dep_ == "dobj" for c in verb.children):
        return None
    head = verb.head
    reason = verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and
                                          c.lower_ in ("when", "after", "because") for c in verb.children)
    rebuff = verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children)
    if head == verb or not (reason or rebuff):
        return None
    asker = child_phrase(head, SUBJECTS) or inherited_subject(head)
    if asker is None or not is_agent(asker, lex) or \
            (refuser is not None and asker.root.lemma_.lower() == refuser.root.lemma_.lower()):
        return None
    return asker


def _let_through(verb: Token, lex: Lexicon) -> Span | None:
    """ "refused to let UN investigators into Moura", "allowed a convoy to cross": a permission given
    or refused is toward whom it lets in or through, the subject the parse gives the clause let."""
    for allow in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if allow.lemma_.lower() not in lex.words("permission_governors"):
            continue
        for let in (c for c in allow.children if c.dep_ == "ccomp"):
            who = let if let.pos_ in ("NOUN", "PROPN", "PRON") else \
                next((c for c in let.children if c.dep_ == "nsubj"), None)
            if who is not None and is_agent(found := phrase(who), lex):
                return found
    return None


def _called_partner(call: Token, lex: Lexicon) -> Span | None:
    """ "rejected calls for talks with the rebels": refusing a call to deal with someone is refusing
    them, as "refused to meet X" is; the target is the partner of what was called for."""
    if noun_type(call, lex) != "REQUEST":
        return None
    asked = prep_object(call, "for")
    partner = prep_target(asked, "CONSULT", lex, preps=("with",)) if asked is not None else None
    return partner if partner is not None and is_agent(partner, lex) else None


def _advice(verb: Token, lex: Lexicon) -> bool:
    """A warning to do something that advises rather than threatens: told to a people ("warned
    Americans to avoid the area") or to the warner's own ("warned its citizens to leave"), or with a
    danger no one deals out as the alternative ("warned countries to prepare or face a surge in
    cases"; a dealt-out one is an ultimatum). Told to a party or to those in its way, it is a demand
    backed by force: "Hamas warned Israel to withdraw", "warned residents not to return"."""
    told = [c for c in verb.children if c.dep_ == "xcomp"]
    addressee = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "to warn residents of three prefectures to take shelter": told to shelter, they are kept from harm
    sheltered = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c) and
                 any(t.lemma_.lower() in lex.words("shelter_words") for t in c.subtree)]
    if addressee is not None and sheltered:
        return True
    if not told or addressee is None:
        return False
    own = addressee.ent_type_ == "NORP" or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in addressee.children)
    alternative = any(c.dep_ == "conj" and any(cc.lower_ == "or" for cc in act.children if cc.dep_ == "cc")
                      for act in told for c in act.children)
    return own or alternative


def _hazard_warned(verb: Token, lex: Lexicon) -> bool:
    """A warning of a danger no one brings, told to no one: "warned that the outbreak could spread",
    "warned of famine". Not "warned that organisers would be prosecuted", "warned of escalation"."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # "warned Pyongyang that such an act would be a miscalculation"
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    relative = subject is None or subject.lower_ in ("that", "which")
    if verb.dep_ in ("relcl", "acl") and clause is not None and relative:
        # "a move that military chiefs warned could harm Israel's readiness": a harm foreseen of a thing
        return not is_agent(phrase(verb.head), lex)
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    warned = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if any(noun is not None and noun.lemma_.lower() in lex.words("hazard_nouns")
           for noun in (subject, warned, *_hazard_faced(clause))):
        return True
    if subject is not None and subject.lemma_.lower() in lex.words("tally_nouns") and \
            clause.lemma_.lower() in lex.words("rising_verbs") and \
            not any(m.lower_ in ("if", "unless") for c in clause.children if c.dep_ == "advcl" for m in c.children):
        return True  # "warned that the death toll could rise", "the number of dead could reach 20,000": a forecast
    # "warned that the violence risked a regional conflagration": a course of things, no one's act
    if clause is None or clause.lemma_.lower() != "risk":
        return _course_of_things(clause, subject, lex)
    doer = child_phrase(clause, ("nsubj",))
    return doer is not None and not is_agent(doer, lex)


def _hazard_faced(clause: Token | None) -> tuple[Token, ...]:
    """What a warned-of clause says is faced ("warned that Sudan faced one of the worst famines"):
    its object, or the kind a count of it names."""
    if clause is None or clause.lemma_.lower() != "face":
        return ()
    objects = tuple(c for c in clause.children if c.dep_ == "dobj")
    return (*objects, *(p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"))


def _course_of_things(clause: Token | None, subject: Token | None, lex: Lexicon) -> bool:
    """A warning that a thing, neither a party nor an act, will do harm: "warned that its
    fall would plunge the country into chaos", "warned that the divisions were spreading and posed a
    danger". Not "warned that any attack would meet a severe reaction" (an act answered), "the war
    would resume" (nothing done to anyone), nor a condition set ("if ...")."""
    if clause is None or subject is None or any(c.dep_ in ("auxpass", "advcl") for c in clause.children):
        return False
    done = any(c.dep_ == "dobj" for v in (clause, *(c for c in clause.children if c.dep_ == "conj"))
               for c in v.children)
    return done and subject.pos_ == "NOUN" and not _an_act(subject, lex) and \
        not is_agent(phrase(subject), lex) and subject.lemma_.lower() not in lex.words("retaliation_words")


def _kind_then_name(verb: Token, target: Span | None) -> Span | None:
    """ "suspended the magazine Jeune Afrique": the parser may hang a name set right after its kind
    as a second object; the name is whom the act is done to."""
    if target is None or target.root.pos_ != "NOUN":
        return target
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and
                 c.left_edge.i == target.end), None)
    return phrase(name) if name is not None else target


def _recipient_read_as_modifier(verb: Token, target: Span | None, lex: Lexicon) -> Span | None:
    """ "has given Tsikhanouskaya refuge", "granted Assange asylum": the parser may read the name
    given to as a modifier of the common noun given; a name so set before the object of a verb
    that takes a recipient first is that recipient."""
    if target is None or verb.lemma_.lower() not in lex.words("recipient_first_verbs") or \
            target.root.dep_ != "dobj" or target.root.pos_ != "NOUN" or target.root.ent_type_ or \
            any(c.dep_ == "dative" for c in verb.children):
        return None
    return next((name for name in target.doc.ents if target.start <= name.start and name.end <= target.root.i
                 and name.label_ in ("PERSON", "GPE", "ORG") and name.root.dep_ == "compound"), None)


def _whole_of_part(target: Span | None, lex: Lexicon) -> Span | None:
    """ "seized parts of Gondar", "torched parts of the city's airport": a part taken or hit is of the
    whole its "of" names, which is the target."""
    if target is None or target.root.lemma_.lower() not in lex.words("partitive_nouns"):
        return target
    whole = prep_object(target.root, "of")
    return phrase(whole) if whole is not None else target


def _done_by(thing: Token) -> Span | None:
    """ "an attack by X", "the election won by X's party", "negotiators announced by X", "the work
    that X has been performing": X."""
    # ("condemned the use of force against demonstrators by the police": the parser may hang "by"
    # on the active verb whose object the act is)
    misplaced = (thing.head,) if thing.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in thing.head.children) \
        else ()
    for host in (thing, *(c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"), *misplaced):
        by = next((c for c in host.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        if by is not None and (author := child_phrase(by, ("pobj",))) is not None:
            return author
    for clause in (c for c in thing.children if c.dep_ == "relcl" and c.lemma_.lower() in lexicon().words("doing_verbs")):
        doer = child_phrase(clause, ("nsubj",))
        # not "the work that was done", nor "the ceasefire that took effect" (the relative pronoun,
        # read as the noun it stands for: the act is no doer of itself)
        if doer is not None and doer.root.tag_ not in ("WDT", "WP") and doer.root != thing:
            return doer  # "the work they have been performing"; not "the sanctions Russia opposed"
    owner = possessor(thing)
    owner = owner if owner is not None and owner.pos_ != "PRON" else None
    owned = lexicon().words("act_nouns") | lexicon().words("possession_nouns")
    if owner is not None and thing.lemma_.lower() in owned:
        return phrase(owner)  # "criticized the government's handling of the crisis"
    of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and thing.lemma_.lower() in lexicon().words("possession_nouns"):
        return child_phrase(of, ("pobj",))  # "froze the assets of opposition leaders": theirs
    return None


def _blamed_on(act: Token) -> Span | None:
    """ "the killing of Haniyeh, which the group blamed on Israel": Israel is the act's author."""
    for clause in (c for c in act.children if c.dep_ in ("relcl", "acl")):
        if clause.lemma_.lower() in lexicon().words("attribution_verbs"):
            on = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "to")), None)
            if on is not None:
                return child_phrase(on, ("pobj",))
    return None


def _laid_on(verb: Token, lex: Lexicon) -> Span | None:
    """ "blamed the killings on the Mara Salvatrucha", "an attack, which Washington blamed on Iran-backed
    factions": whom an act is laid on is the one accused, whatever the object (the act, or the
    relative pronoun standing for it)."""
    if verb.lemma_.lower() not in lex.words("attribution_verbs"):
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")), None)
    # (the model may hang the relative pronoun there too: "which the group blamed on Israel")
    doer = next((phrase(o) for o in on.children if o.dep_ == "pobj" and o.lower_ not in RELATIVE), None) \
        if on is not None else None
    return doer if doer is not None and is_agent(doer, lex) else None


def _blamed_in_relative(verb: Token, lex: Lexicon) -> Span | None:
    """ "soldiers were killed in an air strike on Feb. 27, which Ankara blamed on Syrian forces": an
    attack with no doer named is by whom the sentence's relative clause lays it on (the model hangs
    the clause on any word near the end)."""
    return next((doer for t in verb.subtree if t.dep_ in ("relcl", "advcl") and
                 any(c.dep_ == "dobj" and c.lower_ in RELATIVE for c in t.children)
                 and (doer := _laid_on(t, lex)) is not None), None)


def _party_of_condition(verb: Token, actor: Span | None, lex: Lexicon) -> Span | None:
    """ "Iran vowed a harsh response if Israel attacks its sites": a threat is aimed at whoever
    must act, or not, to bring it on, the party its condition is about."""
    for clause in (*verb.children, verb.head):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if not _is_condition(clause, verb, subject):
            continue
        if subject is None or actor is not None and subject.i in range(actor.start, actor.end):
            continue
        party = phrase(subject)
        if is_agent(party, lex) and subject.pos_ != "PRON":
            return party
    return None


def _is_condition(clause: Token, verb: Token, subject: Token | None) -> bool:
    """An "if"/"unless" clause under the threat, or an inverted "should" clause after it ("pledging a
    response should Pyongyang go ahead", which the parser often makes the threat's head)."""
    if clause.dep_ == "advcl" and clause.head == verb:
        return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)
    return subject is not None and verb.i < clause.i and (clause.head == verb or verb.head == clause) and \
        any(a.dep_ == "aux" and a.lower_ == "should" and verb.i < a.i < subject.i for a in clause.children)


def _answered_act(trigger: Token, lex: Lexicon) -> tuple[Span | None, Span | None]:
    """Whom a threat or retaliation is aimed at, from the act it answers: "threatened punishment for
    the killing of X", "vowed to respond to Israel's strike" → that act's author (or the act, for
    resolve to find its author among the article's events). "The response", "retaliation" with no
    act named answer the article's latest attack."""
    # the threat's own words and the act it threatens ("warned it would respond", "threatened to
    # take countermeasures against Seoul")
    acts = (trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")))
    threatened = (*acts, *(c for a in acts for c in a.children if c.dep_ == "dobj"))
    for prep in (c for h in threatened[1:] for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "on")):
        aimed = child_phrase(prep, ("pobj",))
        if aimed is not None and is_agent(aimed, lex):
            return aimed, None
    conditioned = _condition_doer(threatened, lex)
    if conditioned is not None:
        return conditioned, None
    hosts = (trigger, *(c for c in trigger.children if c.dep_ == "dobj"))
    for host in hosts:
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
            act = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if act is not None and noun_type(act, lex) == "ASSAULT":
                return _author_of_act(phrase(act), "ASSAULT", lex, answered=True)
    # "vowed to avenge the killings", "vowed to avenge his death": an answer's own object, when an
    # attack or a death, is the act answered, as "revenge for the killings" names it
    for answer in (a for a in acts[1:] if a.lemma_.lower() in lex.words("retaliation_words")):
        act = next((c for c in answer.children if c.dep_ == "dobj"), None)
        if act is not None and (noun_type(act, lex) == "ASSAULT" or
                                act.lemma_.lower() == "death"):
            return _author_of_act(phrase(act), "ASSAULT", lex, answered=True)
    # "will lead the first response ..., striking military targets": the answer may be the
    # verb the act hangs from, or that verb's object
    governor = trigger.head if trigger.head != trigger else None
    around = (*hosts, *((governor, *(c for c in governor.children if c.dep_ == "dobj")) if governor is not None else ()))
    answer = next((h for h in around if h.lemma_.lower() in lex.words("retaliation_words")), None)
    return None, (doc_span(answer) if answer is not None else None)


# Possessives that make a party the speaker's own ("his fighters"); "their" may be another's.
_OWN_POSSESSIVES = ("his", "her", "its", "our", "my")


def _owned_by(party: Span, possessives: tuple[str, ...]) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in possessives for c in party.root.children)


def _faced_by_own_side(verb: Token, lex: Lexicon) -> Span | None:
    """ "warned that his fighters would resist any foreign force", "said we will hit the invaders":
    what the speaker's own side will act on."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = child_phrase(clause, ("nsubj",)) if clause is not None else None
    own = subject is not None and (subject.root.lower_ in ("we", "i") or _owned_by(subject, (*_OWN_POSSESSIVES, "their"))
                                   or _same_nation(subject, child_phrase(verb, SUBJECTS)))
    answering = clause is not None and clause.lemma_.lower() in lex.words("retaliation_words")
    hostile = verb_type(clause, lex) in ("ASSAULT", "COERCE", "THREATEN") or answering or \
        clause.lemma_.lower() in lex.words("resisting_verbs") if clause is not None else False
    if not hostile or not (own or answering):
        # not "warned that his troops would protect civilians"; but an answer to an act is aimed at
        # its author whoever answers ("warned that Thai troops would respond to any violation by
        # Cambodian forces")
        return None
    # "would respond firmly to any violation by Cambodian forces": the one whose act is answered
    answered = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"), None) if answering else None
    faced = prep_target(clause, "THREATEN", lex, preps=("against", "on")) or child_phrase(clause, ("dobj",)) or \
        (child_phrase(answered, ("pobj",)) if answered is not None else None)
    if faced is None:
        return None
    doer = _done_by(faced.root)
    if doer is not None or noun_entry(faced.root, lex) is not None or faced.root.lemma_.lower() in lex.words("act_nouns"):
        return doer or nominal_actor(faced.root)  # "would resist any Israeli ground invasion": Israel
    return faced if is_agent(faced, lex) else None


def _same_nation(party: Span | None, speaker: Span | None) -> bool:
    """ "Thai Defence Minister X warned that Thai troops would respond": the speaker's own nation."""
    if party is None or speaker is None:
        return False
    nations = {t.lower_ for t in speaker if t.ent_type_ in ("NORP", "GPE")}
    return bool(nations) and any(t.lower_ in nations for t in party if t.ent_type_ in ("NORP", "GPE"))


def _reprisal_against(verb: Token, lex: Lexicon) -> Span | None:
    """ "reserves the right to take retaliatory measures against Ukraine": whom the reprisal is against
    (a reprisal "against any attack by Syrian government forces" is against the attackers)."""
    if verb.lemma_.lower() != "reserve":
        return None
    against = (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "against")
    for aim in (child_phrase(t, ("pobj",)) for t in against):
        if aim is None:
            continue
        if is_agent(aim, lex):
            return aim
        attacker = _done_by(aim.root) if _an_act(aim.root, lex) else None
        if attacker is not None:
            return attacker
    return None


def _vowed_against(acts: list[Token], lex: Lexicon) -> Span | None:
    """ "vowed to punish Sergei Shoigu", "threatened to crush the rebels": whom the vowed act is against."""
    for act in acts:
        faced = child_phrase(act, ("dobj",)) if act.lemma_.lower() in lex.words("resisting_verbs") else \
            _held_to_answer(act, lex)
        # "vowed that the rebels would keep striking Israel-bound vessels": a hostile act kept up
        kept = next((c for c in act.children if c.dep_ == "xcomp" and
                     verb_type(c, lex) in ("ASSAULT", "COERCE")), None) if faced is None else None
        faced = child_phrase(kept, ("dobj",)) if kept is not None else faced
        if faced is not None and is_agent(faced, lex):
            return faced
    return None


def _held_to_answer(act: Token, lex: Lexicon) -> Span | None:
    """ "would hold al-Sadr's movement responsible for any harm", "to hold the rebels accountable": to be
    made to answer for what may come threatens the one held (the parser may hang the complement on the
    object, or make the object its subject)."""
    held = next((c for c in act.children if c.dep_ == "dobj"), None)
    complements = [c for c in (*act.children, *(held.children if held is not None else ()))
                   if c.dep_ in ("ccomp", "oprd", "acomp", "amod") and c.pos_ == "ADJ"]
    for complement in complements:
        if (keyed := keyed_with(act, complement, lex)) is not None and keyed[0] == "ACCUSE":
            if held is None:
                return child_phrase(complement, ("nsubj",))
            whole = phrase(held)  # (not the complement hung on it)
            return whole.doc[whole.start:complement.i] if whole.start < complement.i < whole.end else whole
    return None


def _town_advanced_on(verb: Token, lex: Lexicon) -> Span | None:
    """ "threatened to march on the capital, Bangui", "vowed to push on towards the capital N'Djamena":
    the town a threatened advance is aimed at is what is threatened."""
    advancing = lex.words("advancing_verbs")
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in advancing):
        for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "towards", "toward")):
            aim = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if aim is None:
                continue
            # "the capital, Bangui": the name may be an apposition or, misparsed, follow the comma
            after = aim.doc[aim.i + 1:aim.i + 3]
            named = (aim, *(c for c in aim.children if c.dep_ == "appos"),
                     *(t for t in after if len(after) == 2 and after[0].text == ","))
            town = next((t for t in named if t.ent_type_ == "GPE"), None)
            if town is not None:
                return entity_of(town) or phrase(town)
    return None


_PENALTIES = ("SANCTION", "COERCE")


def _warned_of_penalty(verb: Token, lex: Lexicon) -> Span | None:
    """ "warned that any Western instructors sent to Ukraine would be treated as targets", "warned
    that Washington could impose travel restrictions on Georgian officials": those to suffer it,
    not whoever imposes it."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    suffering = child_phrase(clause, ("nsubjpass",))
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    penalty = clause.lemma_.lower() == "impose" or verb_type(clause, lex) in _PENALTIES or \
        obj is not None and noun_type(obj, lex) in _PENALTIES
    if suffering is None and penalty:
        suffering = prep_target(clause, "SANCTION", lex, preps=("on", "against")) or \
            (prep_target(obj, "SANCTION", lex, preps=("on", "against")) if obj is not None else None)
    if suffering is not None and (_an_act(suffering.root, lex) or not is_agent(suffering, lex)):
        # "warned that any attempt by Ukrainian forces to retake the plant would be met with a crushing
        # response", "any Israeli incursion would be repelled": an act is answered on its doer
        suffering = _done_by(suffering.root) or \
            (nominal_actor(suffering.root) if _an_act(suffering.root, lex) else None)
    # "those involved in the attacks would be tried": a pronoun with its description is named
    described = suffering is not None and suffering.root.lower_ in ("those", "anyone", "whoever") and \
        any(c.dep_ in ("acl", "relcl") for c in suffering.root.children)
    named = suffering is not None and (suffering.root.pos_ != "PRON" or described) and \
        is_agent(suffering, lex)
    return suffering if named else None


_CONDITION_MARKS = {"if", "unless", "should", "until"}


def _condition_doer(acts: tuple[Token, ...], lex: Lexicon, speaker: Span | None = None) -> Span | None:
    """ "will respond if Israel attacks", "a response should Pyongyang go ahead": the doer of the
    condition a threat is made on, or of what an act is kept up "until" ("will strike until Yoon
    resigns"). Forces sent in are the party that sends them ("would take all necessary measures if
    federal troops were sent into the region")."""
    for clause in (c for h in acts for c in h.children if c.dep_ == "advcl"):
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "aux")}
        subject = child_phrase(clause, ("nsubj",))
        sent = child_phrase(clause, ("nsubjpass",))
        if subject is None and sent is not None and _armed(sent.root, lex):
            subject = sent
        if subject is None and "until" in marks:
            # "vowed to keep up sit-ins until Assad steps down": the parser may make the name a
            # compound of the verb, as if "Assad steps" were one noun
            subject = next((phrase(c) for c in clause.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                            and c.ent_type_ in ("PERSON", "ORG", "GPE")), None)
        if marks & _CONDITION_MARKS and subject is not None and subject.root.pos_ == "PRON" and \
                speaker is not None:
            subject = _antecedent(subject.root, speaker, lex)
        if marks & _CONDITION_MARKS and subject is not None and subject.root.pos_ != "PRON" and \
                is_agent(subject, lex):
            return subject
    return None


def _antecedent(pronoun: Token, speaker: Span, lex: Lexicon) -> Span | None:
    """ "warned that relations with the United States would suffer if it did not hand over the
    cleric", "his fighters would treat the foreign officers as invaders if they abused Haitians": a
    condition's "it" or "they" is the nearest party before it of the same number that is a
    participant of the sentence (subject, object or prepositional object; not an "as" role), the
    subject of the clause the condition hangs on first ("no country could join the bloc if it
    introduced the death penalty": the country). When that party is the speaker's ("Hamas said it
    would free them if it got a truce"), the condition is the speaker's, aimed at no one."""
    plural = {"it": False, "they": True}.get(pronoun.lower_)
    if plural is None:
        return None
    consequence = pronoun.head.head
    before = reversed(pronoun.sent[:pronoun.i - pronoun.sent.start])
    for t in (*(c for c in consequence.children if c.dep_ == "nsubj" and c.i < pronoun.i), *before):
        roles = ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
        if t.pos_ not in ("NOUN", "PROPN") or t.head.lower_ == "as" or \
                (t.tag_ in ("NNS", "NNPS")) != plural or t.dep_ not in roles:
            continue
        party = phrase(t)
        if not is_agent(party, lex):
            continue
        own = t.i in range(speaker.start, speaker.end) or _owned_by(party, (*_OWN_POSSESSIVES, "their")) or \
            _same_nation(party, speaker)
        if own and t.head == consequence and t.dep_ == "nsubj":
            continue  # "his fighters would treat the foreign officers as invaders if they abused Haitians"
        return None if own else party
    return None


def _embedded_acts(verb: Token) -> list[Token]:
    """The acts a threat embeds, where its condition may hang: "warned that Mexico would ask the UN
    to suspend Ecuador's membership if the Ecuadorian Government did not apologise", "threatened to
    launch a strike if the government did not step down" (an infinitive the parser hung as an
    adjunct). A verb conjoined to the threat's own is another statement, not what it threatens."""
    found, frontier = [], [verb]
    for depth in range(3):
        frontier = [c for a in frontier for c in a.children if c.dep_ in ("ccomp", "xcomp") or
                    depth and c.dep_ == "conj" or
                    c.dep_ == "advcl" and c.tag_ == "VB" and
                    any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]
        found += frontier
    return found


# -- nouns ---------------------------------------------------------------------------------------

def _agreed_after(noun: Token, lex: Lexicon) -> Token | None:
    """The verb of agreeing that the talks came before: "signed the deals after four days of talks",
    "agreed to a ceasefire following talks in Doha"."""
    of = noun.head
    measure = of.head if of.lower_ == "of" and of.head.dep_ == "pobj" else None  # "four days of talks"
    prep = (measure or noun).head
    if (measure or noun).dep_ != "pobj" or prep.lower_ not in ("after", "following") or \
            prep.head.pos_ != "VERB":
        return None
    agreed = prep.head
    return agreed if verb_type(agreed, lex).lower() in lex.words("mutual_types") else None


def _joined_exercise(noun: Token, lex: Lexicon) -> bool:
    """ "ships are taking part in the war games", "jets to join exercises": joining an exercise told as a
    whole, whose participants are no deployment of their own."""
    if noun.lower_ not in lex.words("exercise_nouns"):
        return False
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    joining = lex.words("exercise_joining_words")
    return head.lemma_.lower() in joining or any(c.dep_ == "dobj" and c.lemma_.lower() in joining
                                                  for c in head.children)


def _noun_frame(noun: Token, sent: Span, found: tuple[str, str | None], lex: Lexicon) -> EventFrame | None:
    event_type, mode = found
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # "had carried out no air strikes since midnight"
    if noun.lower_ in lex.words("stance_nouns") and noun.head.lower_ != "on":
        return None
    if noun.lemma_.lower() == "strike" and work_stoppage(noun, lex):
        event_type, mode = "PROTEST", None
    if event_type == "MOBILIZE" and _joined_exercise(noun, lex):
        return None
    if event_type == "MOBILIZE" and any(c.lower_ == "joint" for c in noun.children if c.dep_ == "amod"):
        event_type = "COOPERATE"  # "joint military exercises", "joint patrols": done together
    actor = nominal_actor(noun)
    if actor is not None and actor.root.head == noun and actor.root.dep_ == "compound" and \
            f"{actor.root.lemma_.lower()} {noun.lemma_.lower()}" in lex.nouns:
        actor = None  # "visa bans": the word is part of the event's name, whatever the tagger says
    target = None
    if actor is not None and actor.root.dep_ == "poss" and actor.root.ent_type_ == "PERSON" and \
            event_type in ("ASSAULT", "COERCE"):
        actor, target = None, actor  # "Navalny's arrest", "Bashir's arrest": the person is its victim
    # "talks between A and B", also when the parser hangs "between" on the verb ("talks opened
    # Monday between A and B").
    between_hosts = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
    pair = _between(between_hosts)
    if pair is not None:
        actor, target = pair
    governor = _light_verb(noun, lex)
    news = _news_carrying(noun, lex)
    if news is not None:
        # "reports of air strikes by the Malian Air Force on CMA positions": the parser hangs the
        # act's own phrases on the news of it
        actor = actor or next((child_phrase(c, ("pobj",)) for c in news.children
                               if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i), None)
        target = target or _noun_target(news, event_type, lex)
    if target is None and governor is not None and noun.head.lower_ == "under":
        # "placed Bazoum under house arrest": Bazoum; "Bazoum was placed under house arrest" too
        target = phrase(governor.head) if _reduced_passive(governor) else \
            child_phrase(governor, ("dobj", *PASSIVE_SUBJECTS))
    if target is None and event_type == "REQUEST" and (asked := asked_of(noun)) is not None:
        target = phrase(asked)  # "his call for the ELN rebels to free all hostages"
    if target is None:
        target = _noun_target(noun, event_type, lex)
    if actor is not None and actor.root.pos_ == "PRON" and governor is not None:
        actor = child_phrase(governor, SUBJECTS) or actor  # "their forces completed their withdrawal"
    if actor is None and governor is not None:
        actor = child_phrase(governor, SUBJECTS) or passive_agent(governor) \
            or (inherited_subject(governor) if not _passive_governor(governor) else None)
    if actor is None and event_type in ("RETREAT", "MOBILIZE"):
        # "the withdrawal of Russian troops from the border began": with no one named ordering it,
        # the forces that move are the side that moves them
        moved = next((child_phrase(c, ("pobj",)) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        actor = moved if moved is not None and is_agent(moved, lex) and not is_place(moved, event_type) else None
    if actor is None and event_type == "MOBILIZE" and governor is not None:
        put_on_alert = child_phrase(governor, PASSIVE_SUBJECTS)
        if put_on_alert is not None and (
                counted(put_on_alert.root).lemma_.lower() in lex.words("armed_nouns") | lex.words("state_agent_nouns")
                or put_on_alert.root.ent_type_ in ("GPE", "ORG", "NORP")):
            actor = put_on_alert  # "the armed forces were placed on maximum alert" (not residents)
    if actor is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and \
            event_type != "PROTEST" and \
            (noun.head.lower_ in lex.words("occasion_preps") or _talks_with_partner(noun, event_type, lex)):
        # "Biden announced the package during a meeting with Zelenskyy": the subject was at it
        # (not "police arrested 120 people during a protest")
        occasion = noun.head.head
        actor = child_phrase(occasion, SUBJECTS) or inherited_subject(occasion)
    unattended = actor is None and target is None and event_type == "CONSULT"
    agreed = _agreed_after(noun, lex) if unattended else None
    if agreed is not None:
        # "Erdogan and Putin agreed a ceasefire after six hours of talks": the talks that led to an
        # agreement were held by its parties
        actor = child_phrase(agreed, SUBJECTS) or inherited_subject(agreed)
    credited = _credited_with(noun, lex)
    if actor is None and credited is not None:
        actor, thanker = credited
        target = target or (thanker if event_type in _COOPERATIVE_TYPES else None)
    drawn = _drawn_from(noun, lex) if actor is None and event_type in SPOKEN_TYPES else None
    if drawn is not None:
        actor, target = drawn[0], target or drawn[1]
    drawer = _drawing_verb(noun, lex) if drawn is not None else None
    if governor is not None and governor.lemma_.lower() == "receive":
        giver = _from(event_type, lex, governor, noun)
        if giver is not None:
            # "received a phone call from the crown prince", "received aid from Iran": the giver acts
            actor, target = giver, actor
    if target is None and governor is not None and _in_object_of(noun, governor):
        # "gave his coalition partners an ultimatum" (which the parser may hang on the partners);
        # "sent Qatar a list of 13 demands": the one given the object the event noun heads or fills
        target = child_phrase(governor, ("dative",))
        if target is not None and target.start <= noun.i < target.end:
            target = noun.doc[target.start:noun.left_edge.i] if noun.left_edge.i > target.start else None
    if target is None and governor is not None:
        target = prep_target(governor, event_type, lex)
    reporter = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in lex.words("light_verbs")), None)
    if target is None and governor is None and reporter is not None:
        # "air raids carried out by the military on its camps": the participle reporting the act
        # holds its phrases
        target = prep_target(reporter, event_type, lex)
    imposer = passive_agent(reporter) if actor is None and governor is None and reporter is not None and \
        noun.lemma_.lower() in lex.words("area_measure_nouns") else None
    if imposer is not None:
        actor = imposer  # "despite curfews imposed by local administrations": a measure reported laid
    if target is None:
        target = _anti_target(noun)
    target, target_act = _author_of_act(target, event_type, lex)
    if actor is not None and (not is_agent(actor, lex) or (governor is not None and _host_city(governor, actor))):
        actor = None
    if target is not None and (not is_agent(target, lex, event_type) or is_place(target, event_type)):
        target = None
    if target is None and event_type == "PROTEST":
        target = _not_its_own(_protested_against(noun, lex), actor)
    if target is None and target_act is None and event_type == "PROTEST":
        target, target_act = _protested_act(noun, lex)
        if target is None and target_act is None:
            target = _protested_until(noun, actor, lex)
    if target is None and event_type == "SANCTION":
        target = _measure_aimed_at(noun, lex)
    if target is None and target_act is None and event_type in _ANSWERING_TYPES:
        target, target_act = _answered_act(noun, lex)
    if event_type.lower() in lex.words("mutual_types") and target is None and actor is not None:
        actor, target = split_pair(actor)  # "Israel and Hamas have reached a cease-fire"
    if governor is not None and governor.dep_ == "relcl" and is_definite(noun):
        return None  # "terrorists who carried out the assault": who did an attack told elsewhere
    told = event_type == "PROTEST" and _told_as_happening(noun)
    happening = _happens(noun, lex)
    if actor is None and target is None and not told and \
            not (noun.dep_ in ("nsubj", "nsubjpass") and event_type in _UNKNOWN_ACTOR_TYPES):
        return None
    frame = EventFrame(type=event_type, mode=mode, trigger=noun, actor=actor, target=target,
                       evidence=_evidence(governor or noun, sent, actor, target),
                       governed=governor is not None or drawer is not None or told or happening
                       or claimed_by(noun) is not None or imposer is not None or news is not None,
                       unknown_actor_ok=told or (noun.dep_ in ("nsubj", "nsubjpass") or _passive_governor(governor))
                       and event_type in _UNKNOWN_ACTOR_TYPES)
    frame.target_act = target_act if target is None else None
    anchor = governor or noun
    if governor is not None or happening:
        frame.status = status_of(anchor if governor is not None else noun.head, lex)  # "the strike never happened"
    elif noun.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in lex.words("possibility_adjectives")
                                      for c in noun.head.children):
        frame.status = "possible"  # "an Israeli strike on Iran is unlikely"
    elif any(c.dep_ == "amod" and c.lower_ in _PLANNED_MODIFIERS for c in noun.children):
        frame.status = "planned"  # "broke up the opposition's planned sit-in", "a proposed ceasefire"
    else:
        frame.status = "occurred"
    if governor is not None and frame.status == "occurred":
        if governor.lemma_.lower() in lex.words("planning_verbs"):
            frame.status = "planned"  # "the rebels are planning an attack on the capital"
        elif governor.lemma_.lower() in lex.words("deliberating_verbs"):
            frame.status = "possible"  # "Washington is weighing new sanctions against Tehran"
    if governor is not None and governor.lemma_.lower() in lex.words("denial_governors"):
        if event_type == "ACCUSE":
            return None  # "Sudan denies the accusations": the accusers' act, told where they made it
        frame.status = "denied"  # "the group denied the attack"
    elif event_type == "ASSAULT" and governor is not None and any(c.dep_ == "neg" for c in governor.children):
        return None  # "Aspides does not conduct strikes": an attack said not to be made, none denied
    if event_type == "PROTEST" and governor is not None and governor.lemma_.lower() in _DIPLOMATIC_VERBS:
        frame.official_type = "ACCUSE"  # "the ministry lodged a strong protest"
        if frame.target is None:
            # "lodged a formal protest with Beijing": a note is lodged with whom it is addressed to
            frame.target = next((found for c in (*governor.children, *noun.children)
                                 if c.dep_ == "prep" and c.lower_ == "with"
                                 for found in (child_phrase(c, ("pobj",)),)
                                 if found is not None and is_agent(found, lex)), None)
    frame.source, frame.source_anonymous = find_source(anchor, sent, lex)
    if governor is not None and governor.lemma_.lower() in ("claim",) and frame.source is None:
        frame.source = actor
    place_and_date(frame, noun, sent)
    if governor is not None and frame.date is not None and governor.lemma_.lower() == "claim" and \
            frame.date.root not in noun.subtree:
        # "claimed responsibility on Monday for the attack": Monday is the claim's; the attack's
        # day is told where the attack is
        frame.date, frame.background = None, True
    elif governor is not None and frame.date is not None and frame.date.root in governor.subtree:
        frame.date_of_governor = False  # "would stage a rally on Saturday": the light verb's day is the rally's
    if frame.target is None and event_type == "COERCE" and noun.lemma_.lower() in lex.words("area_measure_nouns") and \
            frame.place is not None and frame.place.label_ in ("GPE", "LOC"):
        frame.target = frame.place  # "imposed a curfew on Baghdad": the measure falls on the place
    elif frame.target is None and event_type == "COERCE" and \
            noun.lemma_.lower() in lex.words("area_measure_nouns"):
        # "a state of emergency in the Amhara region", "in seven provinces": an area named by a
        # common noun is the measure's target too
        frame.target = next((phrase(o) for c in noun.children
                             if c.dep_ == "prep" and c.lower_ in ("in", "on", "across")
                             for o in c.children
                             if o.dep_ == "pobj" and o.lemma_.lower() in lex.words("place_nouns")), None)
        # "imposed a 36-hour curfew from Saturday evening": a measure on an area the text leaves
        # unnamed falls on no party the article deals with, unless it covers the whole country
        frame.nationwide = frame.target is None and _nationwide(noun, lex)
        frame.self_standing = frame.target is None and not frame.nationwide
    if event_type == "ASSAULT":
        frame.mode = _mode(noun, sent, lex, target) or mode
    frame.confidence = 0.45 + 0.15 * (actor is not None) + 0.15 * (target is not None)
    frame.two_sided = pair is not None and event_type == "ASSAULT" and _fighting_word(noun, lex)
    return frame


def _news_carrying(noun: Token, lex: Lexicon) -> Token | None:
    """ "reports of air strikes", "news of the arrests": the noun carrying news of the act, on which the
    parser hangs the act's own "by" and "on" phrases."""
    carrier = noun.head.head
    of_news = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    return carrier if of_news and carrier.lemma_.lower() in lex.words("report_nouns") else None


def _talks_with_partner(noun: Token, event_type: str, lex: Lexicon) -> bool:
    """ "Assad, in a phone call with the UAE president, vowed ...", "is expected in Port Sudan for talks
    with Burhan": talks with a named partner told as the occasion of a clause are its subject's."""
    # not "Akar said after four-way talks with UN officials": who speaks of talks need not have held them;
    # not "would only sit for talks with a team that conforms": a partner yet to be found is a condition
    return event_type == "CONSULT" and noun.head.lower_ in lex.words("talks_occasion_preps") and \
        noun.head.head.lemma_.lower() not in lex.words("reporting_verbs") and \
        any(c.dep_ == "prep" and c.lower_ == "with" and not any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for o in c.children for d in o.children)
            for c in noun.children)


def _passive_governor(governor: Token | None) -> bool:
    """ "leaders have been placed under house arrest", "were taken into custody": the act is done to
    the verb's subject by someone untold."""
    if governor is None or any(c.dep_ == "agent" for c in governor.children):
        return False
    # "Taken into custody, the leaders ...": a participle clause with no subject or auxiliary of its own
    participle_clause = governor.dep_ == "advcl" and governor.tag_ == "VBN" and \
        not any(c.dep_ in ("aux", *SUBJECTS) for c in governor.children)
    return _reduced_passive(governor) or participle_clause or \
        any(c.dep_ in ("auxpass", *PASSIVE_SUBJECTS) for c in governor.children)


def _reduced_passive(verb: Token) -> bool:
    """ "the dissidents, taken into custody hours before": a past participle on a noun is passive (not
    "Snipers, whose identity was not known, fired on the crowds": on a verbless sentence's root noun,
    with no stranded preposition, the participle is the sentence's past-tense verb; so too on a noun
    made subject of a saying that has its own: "Snipers, ..., fired on the crowds, two sources said");
    nor one with a subject of its own: "reports that activists were attacked" hangs a clause on the noun)."""
    if any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return False
    finite = _subject_without_verb(verb.head) and verb.i > 0 and \
        verb.doc[verb.i - 1].lower_ == "," and verb.lower_.endswith("ed") and \
        not any(c.dep_ == "agent" for c in verb.children) and \
        all(any(c.dep_ == "pobj" for c in p.children) for p in verb.children if p.dep_ == "prep")
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not finite


def _subject_without_verb(noun: Token) -> bool:
    """A noun the parse left with no verb of its own: a verbless sentence's root, or a second
    subject of one verb (the first is the saying's own: "two medical sources said")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.dep_ == "ROOT" or noun.dep_ == "nsubj" and \
        any(c.dep_ == "nsubj" and c.i != noun.i for c in noun.head.children)


_PLANNED_MODIFIERS = {"planned", "proposed", "threatened", "upcoming", "scheduled", "intended"}


def _between(hosts: list[Token]) -> tuple[Span, Span | None] | None:
    """The two sides of "talks between A and B", "fighting between A and B"."""
    for child in (c for host in hosts for c in host.children):
        if child.dep_ == "prep" and child.lower_ == "between":
            pair = child_phrase(child, ("pobj",))
            if pair is not None:
                # "rebel leaders", not "and ..."; the parser may hang the first side as a modifier
                # of the second ("government and separatist forces")
                first = next((t for t in pair.root.children if t.dep_ in ("nmod", "compound", "amod") and
                              any(c.dep_ == "cc" for c in t.children)), pair.root)
                conj = next((t for t in first.children if t.dep_ == "conj"), None)
                if first != pair.root:
                    second = pair.doc[conj.i:pair.root.i + 1] if conj is not None else phrase(pair.root)
                else:
                    second = phrase(conj) if conj is not None else None
                if second is None:
                    second = _side_hung_on_host(child.head, pair)
                return pair.doc[first.left_edge.i:first.i + 1], second
    return None


def _side_hung_on_host(host: Token, first: Span) -> Span | None:
    """ "The fighting between the army, led by Gen. Burhan, and the RSF, commanded by ...": after a
    side's own modifier the parser may join the other side to the event word, not to the first side."""
    return next((phrase(c) for c in host.children if c.dep_ == "conj" and c.i > first.end and
                 (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))), None)


def _side_denied(verb: Token) -> bool:
    """ "not against Ethiopia": a phrase of the verb says whom it is not done to."""
    return any(c.dep_ == "prep" and denied(c) for c in verb.children)


def _fought_for_a_cause(verb: Token) -> bool:
    """ "who have fought for two years": a lone side's fight told by its time or aim, with no foe, no
    ground ("fought their way into Goma") and no second side ("the two sides fought for hours")."""
    if verb.lemma_.lower() != "fight" or any(c.dep_ in ("dobj", "prt") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ != "for" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and not subjects or any(s.lower_ in ("who", "that", "which") for s in subjects):
        subjects = [verb.head]
    return not any(c.dep_ in ("conj", "nummod") or c.lower_ in ("both", "each")
                   for s in subjects for c in s.children)


def _fighting_word(word: Token, lex: Lexicon) -> bool:
    """Is the word one for fighting on both sides ("clashes", "fighting", "battle")?"""
    return bool({word.lemma_.lower(), word.lower_} & lex.words("two_sided_nouns"))


def _sides_fighting(word: Token, lex: Lexicon) -> tuple[Span, Span | None] | None:
    """The two sides of "fighting between A and B" told by a fighting word, if it names them."""
    return _between([word]) if _fighting_word(word, lex) else None


_COOPERATIVE_TYPES = ("AID", "SUPPORT", "CONCEDE", "AGREE", "COOPERATE")


def _credited_with(noun: Token, lex: Lexicon) -> tuple[Span, Span | None] | None:
    """ "Zelenskyy thanked the United States for a new aid package", "condemned Israel for the
    strikes": the one thanked or blamed did the act (for a help, to the one who thanks)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ != "VERB":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in lex.words("credit_verbs"):
        return None
    credited = child_phrase(verb, ("dobj",))
    if credited is None and (credited := child_phrase(verb, PASSIVE_SUBJECTS)) is not None:
        # "Boko Haram has been blamed for the abduction": the one blamed, by whoever the agent names
        return credited, passive_agent(verb)
    return (credited, child_phrase(verb, SUBJECTS) or inherited_subject(verb)) if credited is not None else None


def _drawn_from(noun: Token, lex: Lexicon) -> tuple[Span, Span | None] | None:
    """ "drawing sharp criticism from EU leaders", "ignored warnings from officials in Moscow":
    words said by whom "from" names, to whoever drew, faced or ignored them."""
    verb = _drawing_verb(noun, lex)
    # the parser may hang "from" on the verb ("drew condemnation from rights groups")
    source = next((c for c in (*noun.children, *(verb.children if verb is not None else ()))
                   if c.dep_ == "prep" and c.lower_ == "from"), None)
    speaker = child_phrase(source, ("pobj",)) if source is not None else None
    if speaker is None or not is_agent(speaker, lex):
        return None
    return speaker, (child_phrase(verb, SUBJECTS) or inherited_subject(verb)) if verb is not None else None


def _drawing_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb that drew, faced or ignored the words the noun names ("drew criticism")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    drawing = lex.words("drawing_verbs")
    if noun_type(noun, lex) == "REQUEST":
        drawing = drawing | lex.words("refusing_verbs")  # "rejected demands from ECOWAS": made to the junta
    return verb if verb is not None and verb.lemma_.lower() in drawing else None


def _told_as_happening(noun: Token) -> bool:
    """ "protests calling for Ortega's resignation", "Friday's nationwide strike", "a strike on
    Friday", "arrested 120 people during a protest": a protest the text dates, shows at work or
    sets another reported act in is reported, though no one is named."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "during" and \
            verb_type(noun.head.head, lexicon()) in ("ASSAULT", "COERCE"):
        return True
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" or child.dep_ == "poss" and child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def _happens(noun: Token, lex: Lexicon) -> bool:
    """ "talks opened Monday", "fighting erupted on Sunday": the noun is reported as happening, on
    the verb's day and at its place."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.words("happening_verbs")


def _deal_described(frame: EventFrame, lex: Lexicon) -> bool:
    """ "an alleged secret agreement between A and B that would allow ...", "the ceasefire between A
    and B that took effect at 2am": a deal told by what it does is one made before, not its making
    (unless a verb makes it: "reached a deal that would free hostages")."""
    noun = frame.trigger
    if frame.type != "AGREE" or noun.pos_ == "VERB" or _light_verb(noun, lex) is not None:
        return False
    clauses = [c for c in noun.children if c.dep_ == "relcl"]  # (its subject "that", "which")
    return noun.lemma_.lower() in lex.words("agreement_nouns") and any(
        s.dep_ == "nsubj" and s.tag_ == "WDT" for c in clauses for s in c.children)


def _in_object_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is ``verb``'s direct object or sits in it through "of" ("a list of demands"),
    so that one the verb gives it to (a dative) is the one it is aimed at."""
    token = noun
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head != verb:
        token = token.head.head
    return token.dep_ == "dobj"


def _light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb that reports an event noun as its subject's act: "launched attacks", "claimed
    responsibility for drone attacks", "took part in protests", "responded with rocket attacks".
    Other verbs only mention the event ("respond to Israel's killing"): no governor then."""
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in lex.words("light_verbs") and not is_definite(noun) \
            and noun.head.lemma_.lower() != "receive":  # "threats were received by journalists": not theirs
        # "sanctions were imposed on the company by the EU" (not "the attack was carried out by
        # X": an act told before, whose doer is named)
        return noun.head
    if noun.dep_ not in ("dobj", "pobj"):
        return None
    # "responded with rocket attacks": a physical act is done with; "conforms with our agreements" is
    # no agreement made
    means = noun_type(noun, lex) in PHYSICAL_TYPES
    # planning and weighing hold only their own object ("preparing for a possible invasion" does not)
    intending = lex.words("planning_verbs") | lex.words("deliberating_verbs")
    token = noun
    for _ in range(6):  # "took part in five weeks of protests"
        head = token.head
        if head == token or head.lemma_.lower() in lex.words("report_nouns"):
            return None  # "received reports of air strikes": news of an act, not the act
        if head.pos_ in ("VERB", "AUX"):
            via_with = means and token.dep_ == "pobj" and token.head.lower_ == "with" and not _naming_only(head, lex)
            if head.lemma_.lower() in intending and token is not noun:
                return None  # "weighing the impact of the strikes"
            if head.lemma_.lower() in lex.words("light_verbs") or via_with or \
                    _phrasal(head, lex, "light_phrasal_verbs"):
                return head
            return None
        if head.pos_ == "ADP" and head.lower_ in ("on", "under"):
            # "arrived on a visit", "insisted on its demands", "placed Bazoum under house arrest"
            # (the model may hang "under" on the last of the people placed)
            verb = head.head
            while head.lower_ == "under" and verb.dep_ in ("dobj", "conj") and verb.pos_ in ("NOUN", "PROPN"):
                verb = verb.head
            light = verb.pos_ == "VERB" and verb.lemma_.lower() in lex.words("light_verbs")
            if light and verb.lemma_.lower() in lex.words("mandative_verbs") and \
                    noun_type(noun, lex) not in ("REQUEST", "PROTEST", "CONSULT"):
                return None  # "insisted on a ceasefire": demanded, not made (its demands are its own)
            return verb if light or _being_in(head, verb, noun, lex) else None
        if head.pos_ == "ADP" and head.lower_ not in ("of", "for", "in", "with"):
            return None
        if head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            via_with = means and head.lower_ == "with" and not _naming_only(verb, lex)
            light = verb.lemma_.lower() in lex.words("light_verbs") and verb.lemma_.lower() not in intending
            return verb if light or via_with or _being_in(head, verb, noun, lex) else None
        token = head
    return None


_BEING_IN = {"in": "CONSULT", "on": "PROTEST"}


def _being_in(prep: Token, verb: Token, noun: Token, lex: Lexicon) -> bool:
    """ "is in talks with Ethiopian officials", "has been on hunger strike": being in talks is
    holding them, being on strike is striking."""
    return verb.lemma_.lower() == "be" and noun_type(noun, lex) == _BEING_IN.get(prep.lower_)


def _naming_only(verb: Token, lex: Lexicon) -> bool:
    """ "charged three soldiers with murder", "threatened Seoul with retaliation": the act is named,
    not done by the verb's subject."""
    return verb_type(verb, lex) in ("ACCUSE", "THREATEN")


def _anti_target(noun: Token) -> Span | None:
    """ "anti-Japanese protests", "anti-government rallies": what the event is against."""
    for token in noun.lefts:
        if token.lower_ == "anti" and token.i + 2 < noun.i + 1:
            against = token.doc[token.i + 2] if token.doc[token.i + 1].text == "-" else None
            if against is not None and against.i < noun.i:
                return doc_span(against)
    for token in noun.subtree:
        if token.i < noun.i and token.lower_.startswith("anti-") and len(token) > 5:
            return doc_span(token)
    return None


def stated_adversary(doc: Doc, lex: Lexicon) -> Span | None:
    """The first party the article says its protests or protesters are against, told even in a
    mere mention ("as protests against his government entered their third week", "a crackdown on
    anti-government protesters"): a movement keeps that adversary through the story."""
    for token in doc:
        if token.pos_ != "NOUN" or not (token.lemma_.lower() in lex.words("protester_nouns")
                                        or noun_type(token, lex) == "PROTEST"):
            continue
        found = _against_phrase(token, lex) or _anti_target(token)
        if found is not None and found.root.lemma_.lower() in lex.words("ruler_making_acts"):
            found = _junta(doc, lex)
        if found is not None and is_agent(found, lex) and not is_place(found, "PROTEST"):
            return found
    return None


def _junta(doc: Doc, lex: Lexicon) -> Span | None:
    """ "anti-coup protesters": a crowd against a seizure of power is against the rulers it made,
    whom the article names by a word for them ("Myanmar's military regime", "the junta")."""
    return next((phrase(t) for t in doc if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("amod", "compound")
                 and t.lemma_.lower() in lex.words("junta_nouns")), None)


def _noun_target(noun: Token, event_type: str, lex: Lexicon) -> Span | None:
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        done_to = child_phrase(child, ("pobj",)) if prep == "of" else None
        if done_to is not None and f"{noun.lemma_.lower()} {done_to.root.lemma_.lower()}" in lex.nouns and \
                noun.lemma_.lower() not in lex.nouns:
            # "the use of force against protesters": a noun that is no act alone ("use") is made one
            # by its "of" object, which then names the act, not its target ("the expulsion of the
            # ambassador": an act alone, done to what follows)
            continue
        if prep == "of" and event_type in ("ASSAULT", "COERCE", "CONCEDE", "ACCUSE"):
            return done_to
        if prep == "into" and event_type == "ACCUSE":
            return child_phrase(child, ("pobj",))  # "an investigation into Boluarte": the one looked into
        deplored = child_phrase(child, ("pobj",)) if prep in ("about", "over") else None
        if deplored is not None and event_type == "ACCUSE" and \
                (_authored_act(deplored.root, lex) or _doer_of(deplored.root, lex) is not None):
            # "concern over Russia's actions": an act deplored is aimed at the doer the phrase names
            # (not "concern about civilians trapped in the city", a plight, nor "about repeated
            # attacks", whose doer is left to the story)
            return deplored
        if prep == "of" and event_type == "SANCTION":  # "the expulsion of France's ambassador"
            expelled = child_phrase(child, ("pobj",))
            if expelled is not None and is_agent(expelled, lex):
                return expelled
        # (not "joint operations against jihadist groups": allies' foe is no partner of theirs)
        if prep in ("on", "against") and event_type not in ("AGREE", "CONSULT", "PROTEST", "COOPERATE"):
            found = child_phrase(child, ("pobj",))
            # "sent Lebanon a list of demands on Monday": a day is when, not whom, the act fell on
            if found is not None and not is_place(found, event_type) and \
                    found.root.ent_type_ not in ("DATE", "TIME"):
                return found
        if prep in ("with",) and event_type.lower() in lex.words("mutual_types"):
            return child_phrase(child, ("pobj",))
        if prep in ("to", "for") and event_type in ("AID",) or prep == "for" and event_type == "SUPPORT":
            return child_phrase(child, ("pobj",))  # "aid to Ukraine", "voiced support for Lula"
    return None


def _mention_only(frame: EventFrame, lex: Lexicon) -> bool:
    """ "their talks", "Palestinian rocket attacks": an event noun no verb reports and that does
    not name both parties is a mention of something, not a report of it (it may still have
    given its actor or mode to the verb it was folded into)."""
    if frame.type == "PROTEST" and (frame.actor is not None or frame.target is not None) \
            and not _points_back(frame.trigger, lex):
        return False  # "anti-government protests", "protests by students": reported as such
    return frame.trigger.pos_ != "VERB" and not frame.governed and (frame.actor is None or frame.target is None)


def _points_back(noun: Token, lex: Lexicon) -> bool:
    """ "their march", "the protests", "Baghdad's protest": a bare noun owned or made definite names a
    happening told before, not a new report of it (a word that says which one tells something new:
    "their weekly demonstration"; one still going is told: "refused to end their strike")."""
    bare = all(c.dep_ in ("det", "poss", "case", "punct") for c in noun.children)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.words("ending_verbs"):
        return False
    return noun.pos_ != "VERB" and bare and (is_definite(noun) or possessor(noun) is not None)


def _fold_nominals(frames: list[EventFrame]) -> list[EventFrame]:
    """A noun trigger that names the means of a verb trigger's event ("killed in air strikes",
    "the strike that killed Shukr", "launched attacks") fills that verb's gaps and disappears."""
    verbs = [f for f in frames if f.trigger.pos_ == "VERB"]
    kept: list[EventFrame] = []
    for frame in frames:
        if frame.trigger.pos_ == "VERB":
            # "stopped fighting": the fighting is part of the stopping, no attack of its own
            if not any(_keyed_object_of(frame.trigger, v.trigger) for v in verbs):
                kept.append(frame)
            continue
        host = next((v for v in verbs if _same_family(v, frame) and _attached(frame.trigger, v.trigger)
                     or _keyed_object_of(frame.trigger, v.trigger)), None)
        if host is not None and _sides_of_its_own(frame, host):
            host = None  # "Qatar hosted talks between Congolese and Rwandan officials": two events
        if host is None:
            kept.append(frame)
            continue
        host.actor = host.actor or frame.actor
        host.target = host.target or frame.target
        host.mode = frame.mode or host.mode
        host.place = host.place or frame.place
        host.date = host.date or frame.date
        host.fatalities = host.fatalities or frame.fatalities
        host.merged.append(frame.trigger)
    return kept


def _sides_of_its_own(noun_frame: EventFrame, verb_frame: EventFrame) -> bool:
    """Is the noun's event between two parties, neither of them the verb's doer (the host of talks
    between two others)?"""
    if noun_frame.actor is None or noun_frame.target is None or verb_frame.actor is None or \
            _between([noun_frame.trigger]) is None:
        return False
    doer = verb_frame.actor.root
    return doer not in (noun_frame.actor.root, noun_frame.target.root)


def _keyed_object_of(part: Token, verb: Token) -> bool:
    """ "declared a ceasefire", "stopped fighting": the object or complement is part of the verb's
    trigger (a pause in attacks, not an agreement or an attack of its own)."""
    paused = part.head.head
    if part.dep_ == "pobj" and part.head.lower_ in ("in", "of", "to", "on") and paused.dep_ == "dobj" and \
            paused.head == verb and keyed_with(verb, paused, lexicon()) == ("RETREAT", None):
        return True  # "announced a pause in its offensive": the offensive paused, not another attack
    if part.dep_ not in ("dobj", "xcomp") or part.head != verb:
        return False
    keyed = keyed_with(verb, part, lexicon())  # and the verb is read by it ("called off the strike" is not)
    return keyed is not None and verb_entry(verb, lexicon()) == keyed


def _reversed(frame: EventFrame) -> EventFrame:
    """Two-sided fighting ("clashes between A and B") is two events, one each way."""
    return dataclasses.replace(frame, actor=frame.target, target=frame.actor, two_sided=False, merged=[])


def _same_family(a: EventFrame, b: EventFrame) -> bool:
    return a.type == b.type


def _attached(noun: Token, verb: Token) -> bool:
    """Noun is the verb's means (prep/agent object), its relative-clause head, or its object."""
    if verb.dep_ == "relcl" and (verb.head == noun or verb.head.dep_ == "conj" and verb.head.head == noun):
        return True  # ("airstrikes and artillery attacks that have killed civilians": the clause is on both)
    if noun.head == verb and noun.dep_ in ("dobj", "nsubj", "npadvmod"):
        return True
    if verb.lemma_.lower() in lexicon().words("retaliation_words") and noun.dep_ == "pobj" and \
            noun.head.lower_ in ("for", "against", "to"):
        return False  # "retaliate for the attack on its base": the act answered ("with shelling": the means)
    current = noun
    for _ in range(5):  # "killed as the result of an ambush by gunmen": through preps and nouns
        if current.dep_ not in ("pobj", "prep", "agent") and not (current.pos_ == "NOUN" and current.dep_ == "pobj"):
            return False
        current = current.head
        if current == verb:
            return True
    return False


# -- shared --------------------------------------------------------------------------------------


def _evidence(anchor: Token, sent: Span, actor: Span | None, target: Span | None) -> Span:
    """The clause that states the event: the trigger's subtree plus its participants, in the sentence."""
    starts = [anchor.left_edge.i]
    ends = [anchor.right_edge.i]
    for part in (actor, target):
        if part is not None and sent.start <= part.start and part.end <= sent.end:
            starts.append(part.start)
            ends.append(part.end - 1)
    start, end = max(min(starts), sent.start), min(max(ends), sent.end - 1)
    span = anchor.doc[start:end + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span


def _mode(anchor: Token, sent: Span, lex: Lexicon, target: Span | None = None) -> str | None:
    """ASSAULT mode from the words around the trigger ("drones", "gunmen", "tear gas"); not from
    the people hit ("killing three soldiers" is no ground assault)."""
    tokens = list(anchor.subtree) if anchor.pos_ == "VERB" else list(anchor.head.subtree) + [anchor]
    hit = range(target.start, target.end) if target is not None and is_agent(target, lex) else range(0)
    text = " " + " ".join(t.lower_ for t in tokens if t.i not in hit) + " "
    sentence_text = " " + " ".join(t.lower_ for t in sent if t.i not in hit) + " "
    for token in tokens:  # "eliminated X in a strike": the means noun's own mode
        found = noun_entry(token, lex) if token.pos_ == "NOUN" else None
        if found and found[0] == "ASSAULT" and found[1]:
            in_words = next((m for w, m in lex.mode_words.items() if f" {w} " in text), None)
            return in_words or found[1]
    for haystack in (text, sentence_text):
        best = None
        for word, mode in lex.mode_words.items():
            if f" {word} " in haystack:
                position = haystack.index(f" {word} ")
                if best is None or position < best[0]:
                    best = (position, mode)
        if best:
            return best[1]
    return None
