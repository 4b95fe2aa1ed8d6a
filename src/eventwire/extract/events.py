"""Event frames from a parsed article: triggers, participants, modality and attribution.

For each sentence: find trigger words of the lexicon (verbs, event nouns), read
actor and target off the dependency parse (active, passive and nominal forms),
decide the status from modals and governing verbs, find who the sentence
attributes it to, then fold nominal mentions into the verb that reports the
same happening ("killed in Israeli air strikes" is one event).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..data import Lexicon, actor_entries, lexicon
from .attribution import find_source, status_of
from .fatalities import death_count
from .frames import EventFrame
from .modality import derive

_SUBJECTS = ("nsubj", "csubj")
_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_RELATIVE = {"that", "which", "who", "whom", "whose"}
# Dependency labels through which a verb shares the subject of the verb it hangs from.
_SUBJECT_SHARING = ("xcomp", "conj", "advcl", "acl", "pcomp")
_PLACE_PREPS = {"in", "at", "near", "across", "inside", "outside", "around", "from", "into", "on"}
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def find_events(doc: Doc) -> list[EventFrame]:
    """All event frames of the article, one per trigger after nominal ones are folded in."""
    lex = lexicon()
    frames: list[EventFrame] = []
    for sent in doc.sents:
        sentence_frames = [frame for token in sent if (frame := _frame(token, sent, lex))]
        sentence_frames = [f for f in _fold_nominals(sentence_frames) if not _mention_only(f)]
        sentence_frames = derive(sentence_frames, sent, lex, _phrase)
        sentence_frames += [_reversed(f) for f in sentence_frames if f.two_sided and f.target is not None]
        count = death_count(sent, lex)
        if count is not None:
            assaults = [f for f in sentence_frames if f.type == "ASSAULT"]
            if assaults and all(f.fatalities is None for f in assaults):
                assaults[0].fatalities = count
        frames.extend(sentence_frames)
    return frames


def _frame(token: Token, sent: Span, lex: Lexicon) -> EventFrame | None:
    if token.pos_ == "VERB" and token.dep_ != "amod":
        found = _verb_entry(token, lex)
        if found:
            return _verb_frame(token, sent, found, lex)
    elif token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP"):
        found = _noun_entry(token, lex)
        if found:
            return _noun_frame(token, sent, found, lex)
    return None


def _verb_entry(token: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    lemma = token.lemma_.lower()
    if token.dep_ == "relcl" and f"{lemma} {token.head.lemma_.lower()}" in lex.verbs:
        return lex.verbs[f"{lemma} {token.head.lemma_.lower()}"]  # "the deal they struck"
    # The object decides first ("lock up weapons" is disarming), then particles and prepositions.
    for deps in (("dobj",), ("prt", "prep")):
        for child in token.children:
            if child.dep_ in deps:
                for word in (*_object_words(child), child.lemma_.lower(), child.lower_):
                    if f"{lemma} {word}" in lex.verbs:
                        return lex.verbs[f"{lemma} {word}"]
    return lex.verbs.get(lemma)


_QUANTITY_NOUNS = {"number", "amount", "stockpile", "cache", "batch", "part", "all", "some", "most",
                   "thousands", "hundreds", "dozens", "series", "set", "pair", "group"}


def _object_words(obj: Token) -> tuple[str, ...]:
    """ "lock up an equal number of weapons": the object that counts is the weapons."""
    if obj.lemma_.lower() in _QUANTITY_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            return (inner.lemma_.lower(), inner.lower_)
    return ()


def _noun_entry(token: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
            for key in (f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {token.lower_}"):
                if key in lex.nouns:
                    return lex.nouns[key]
    if token.lower_ in lex.nouns:
        return lex.nouns[token.lower_]
    return lex.nouns.get(lemma)


# -- verbs ---------------------------------------------------------------------------------------

def _verb_frame(verb: Token, sent: Span, found: tuple[str, str | None], lex: Lexicon) -> EventFrame | None:
    event_type, mode = found
    # "activists jailed for leading a protest": a past participle on a noun is passive too.
    reduced_passive = verb.dep_ == "acl" and verb.tag_ == "VBN"
    passive = reduced_passive or any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
    actor = target = None
    if event_type == "THREATEN" and verb.lemma_.lower() == "warn" and \
            any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "the embassy warned Americans to avoid the area": advice, not a threat
    if passive:
        target = _phrase(verb.head) if reduced_passive else _child_phrase(verb, _PASSIVE_SUBJECTS)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            actor = _child_phrase(agent, ("pobj",))
    else:
        actor = _child_phrase(verb, _SUBJECTS)
        # A deployment's object is the force sent, not whom it is aimed at.
        target = _child_phrase(verb, ("dobj", "dative")) if event_type != "MOBILIZE" else None
        if target is None:
            target = _name_glued_to_date(verb)
        if target is None or target.root.pos_ == "NUM":
            target = _prep_target(verb, event_type, lex) or target
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if (target is None or not _is_agent(target, lex)) and obj is not None:
            # "severed ties with Iran", "stepped up strikes on Hamas": the object's own preposition
            target = _prep_target(obj, event_type, lex, preps=("with", "on", "against", "to")) or target
        if target is None and event_type in _SPEECH_TARGET_TYPES:
            target = _reported_subject(verb, lex)
    if actor is None and not reduced_passive:
        actor = _inherited_subject(verb)
    instrument = actor is not None and _noun_entry(actor.root, lex) is not None
    if instrument:
        # "A roadside bombing killed one soldier": the subject is the means; its doer, if named.
        mode = (_noun_entry(actor.root, lex) or (None, None))[1] or mode
        actor = _nominal_actor(actor.root)
    if actor is not None and not _is_agent(actor, lex):
        actor = None
    target, target_act = _author_of_act(target, lex)
    if target is not None and not _is_agent(target, lex, event_type):
        target = None
    if target is not None and _is_place(target, event_type):
        target = None
    if event_type.lower() in lex.words("mutual_types") and target is None:
        target = _prep_target(verb, event_type, lex, preps=("with",))
    # "A and B clashed", "A clashed with B": both sides fight. "A fought B" is one-sided.
    two_sided = verb.lemma_.lower() in lex.words("two_sided_verbs") and not any(c.dep_ == "dobj" for c in verb.children)
    if two_sided and target is None:
        target = _prep_target(verb, event_type, lex, preps=("with", "against"))
    if (event_type.lower() in lex.words("mutual_types") or two_sided) and target is None and actor is not None:
        actor, target = _split_pair(actor)
    frame = EventFrame(type=event_type, mode=mode, trigger=verb, actor=actor, target=target,
                       evidence=_evidence(verb, sent, actor, target),
                       unknown_actor_ok=(passive or instrument) and event_type in _UNKNOWN_ACTOR_TYPES)
    frame.status = status_of(verb, lex)
    frame.source, frame.source_anonymous = find_source(verb, sent, lex)
    _place_and_date(frame, verb, sent)
    frame.mode = frame.mode if event_type != "ASSAULT" else (_mode(verb, sent, lex) or frame.mode)
    frame.confidence = 0.6 + 0.15 * (actor is not None) + 0.15 * (target is not None)
    frame.two_sided = two_sided
    frame.target_act = target_act if target is None else None
    if event_type == "PROTEST":
        transitive = any(c.dep_ == "dobj" for c in verb.children)
        frame.official_type = "ACCUSE" if verb.lemma_.lower() == "protest" and transitive else "COERCE"
    return frame


# Verbs with which a government's "protest" is a diplomatic note, not a street protest.
_DIPLOMATIC_VERBS = {"lodge", "issue", "file", "deliver", "send", "voice", "express", "register", "make"}

# Types reported without a perpetrator often enough to stand with an unknown actor.
_UNKNOWN_ACTOR_TYPES = ("ASSAULT", "PROTEST")

# Types whose verb may name its target as the subject of the reported clause
# ("Hamas vowed that Israel will pay", "accused X of", "urged Y to").
_SPEECH_TARGET_TYPES = ("THREATEN", "ACCUSE", "REQUEST", "SUPPORT")


def _reported_subject(verb: Token, lex: Lexicon) -> Span | None:
    clause = next((c for c in verb.children if c.dep_ in ("ccomp",)), None)
    if clause is None:
        return None
    subject = _child_phrase(clause, ("nsubj", "nsubjpass"))
    if subject is not None and subject.root.pos_ != "PRON" and _is_agent(subject, lex):
        return subject
    return None


def _split_pair(actor: Span) -> tuple[Span, Span | None]:
    """ "Sudan and South Sudan signed": a mutual act's parties, first as actor, second as target."""
    conj = next((c for c in actor.root.children if c.dep_ == "conj"), None)
    if conj is None:
        return actor, None
    doc = actor.doc
    first_end = min((c.i for c in actor.root.children if c.dep_ in ("cc", "conj", "punct") and c.i > actor.root.i),
                    default=actor.root.i + 1)
    return doc[actor.start:first_end], _phrase(conj)


def _author_of_act(target: Span | None, lex: Lexicon) -> tuple[Span | None, Span | None]:
    """ "rejected China's opposition" → China; "criticized the move" → (None, the move): the
    move's author is found by resolve from the article's previous event."""
    if target is None or target.root.lemma_.lower() not in lex.words("act_nouns"):
        return target, None
    owner = next((c for c in target.root.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _phrase(owner), None
    by = next((c for c in target.root.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None and (author := _child_phrase(by, ("pobj",))) is not None:
        return author, None
    return None, target


def _name_glued_to_date(verb: Token) -> Span | None:
    """The small model often reads "eliminated Shukr Tuesday" as one noun phrase "Shukr Tuesday"
    (a date with a compound): the name is then the object."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            names = [c for c in child.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE")]
            if names:
                return _phrase(names[0])
    return None


def _is_agent(span: Span, lex: Lexicon, event_type: str | None = None) -> bool:
    """Can this phrase be a party to an event? Names, pronouns and nouns for people or bodies
    (and, as the target of a physical act, facilities); not abstractions ("anonymity", "revenge")."""
    root = span.root
    if event_type in _PHYSICAL_TYPES and root.lemma_.lower() in lex.words("facility_nouns"):
        return True
    if root.pos_ == "PRON" or root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    # A name modifying the head ("Hamas militants", "Israel's army") makes it a party; a name
    # deeper in the phrase ("control of several towns in eastern Congo") does not.
    if any(e.label_ in ("PERSON", "ORG", "GPE", "NORP") and _names_head(e.root, root) for e in span.ents):
        return True
    return root.lemma_.lower() in lex.words("agent_nouns") or root.lower_ in lex.words("agent_nouns")


def _names_head(name: Token, root: Token) -> bool:
    """Is the name a modifier of the head, directly or through "of" ("the home of X")?"""
    token = name
    for _ in range(4):
        if token.head == root:
            return token.dep_ in ("compound", "amod", "nmod", "poss", "appos") or \
                (token.dep_ == "prep" and token.lower_ == "of")
        if token.dep_ == "pobj" and token.head.lower_ != "of":
            return False
        if token.head == token:
            return False
        token = token.head
    return False


def _nominal_actor(noun: Token) -> Span | None:
    """Who carried out an event named by a noun: "Israel's strike", "Israeli strikes", "strikes by X"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _phrase(child)
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG") \
                and child.is_alpha and child.lower_ not in ("anti", "pro"):
            return doc_span(child)
        if child.dep_ == "prep" and child.lower_ == "by":
            found = _child_phrase(child, ("pobj",))
            if found is not None:
                return found
    return None


def _inherited_subject(verb: Token) -> Span | None:
    """The subject a verb shares with the verb it depends on ("vowed to attack", "X and then fled")."""
    current = verb
    for _ in range(4):
        if current.dep_ not in _SUBJECT_SHARING or current.head == current:
            return None
        head = current.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head != head:
            head = head.head  # "Syria is willing to withdraw": the subject of "is" withdraws
        if head.pos_ == "ADP" and head.dep_ == "prep" and head.head != head:
            head = head.head  # "..., after blaming the group": the subject of the verb "after" hangs on
        if head.pos_ in ("NOUN", "PROPN") and current.dep_ == "acl":
            if head.dep_ != "dobj":
                return None
            current = head  # "issued a statement rejecting X": the statement's issuer rejects
            continue
        if current.dep_ == "xcomp":  # "urged both sides to call": the object does the calling
            obj = _child_phrase(head, ("dobj",))
            if obj is not None:
                return obj
        passive = any(c.dep_ in _PASSIVE_SUBJECTS for c in head.children)
        subject = _child_phrase(head, _SUBJECTS) if not passive else None
        if subject is not None:
            return subject
        current = head
    return None


def _prep_target(head: Token, event_type: str, lex: Lexicon,
                 preps: tuple[str, ...] | None = None) -> Span | None:
    allowed = set(preps) if preps else lex.words("target_preps") - lex.no_target_preps.get(event_type, frozenset())
    if event_type == "REQUEST" and not preps:
        allowed = allowed | {"for"}  # "called for the reservist troops to help"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in allowed:
            target = _child_phrase(child, ("pobj",))
            if target is not None and not _is_place(target, event_type) and target.root.ent_type_ != "DATE":
                return target
    return None


# -- nouns ---------------------------------------------------------------------------------------

def _noun_frame(noun: Token, sent: Span, found: tuple[str, str | None], lex: Lexicon) -> EventFrame | None:
    event_type, mode = found
    if noun.lemma_.lower() == "strike" and any(t.lower_ in lex.words("labor_words") for t in sent):
        event_type, mode = "PROTEST", None  # "workers began an open-ended strike"
    actor = _nominal_actor(noun)
    target = None
    # "talks between A and B", also when the parser hangs "between" on the verb ("talks opened
    # Monday between A and B").
    between_hosts = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
    for child in (c for host in between_hosts for c in host.children):
        if child.dep_ == "prep" and child.lower_ == "between":
            pair = _child_phrase(child, ("pobj",))
            if pair is not None:
                actor = doc_span(pair.root)
                conj = next((t for t in pair.root.children if t.dep_ == "conj"), None)
                target = _phrase(conj) if conj is not None else None
    if target is None:
        target = _noun_target(noun, event_type, lex)
    governor = _light_verb(noun, lex)
    if actor is None and governor is not None:
        actor = _child_phrase(governor, _SUBJECTS) or _inherited_subject(governor)
    if target is None and governor is not None:
        target = _prep_target(governor, event_type, lex)
    if target is None:
        target = _anti_target(noun)
    target, target_act = _author_of_act(target, lex)
    if actor is not None and not _is_agent(actor, lex):
        actor = None
    if target is not None and (not _is_agent(target, lex, event_type) or _is_place(target, event_type)):
        target = None
    if event_type.lower() in lex.words("mutual_types") and target is None and actor is not None:
        actor, target = _split_pair(actor)  # "Israel and Hamas have reached a cease-fire"
    if actor is None and target is None and not (noun.dep_ in ("nsubj", "nsubjpass") and event_type in _UNKNOWN_ACTOR_TYPES):
        return None
    frame = EventFrame(type=event_type, mode=mode, trigger=noun, actor=actor, target=target,
                       evidence=_evidence(governor or noun, sent, actor, target), governed=governor is not None,
                       unknown_actor_ok=noun.dep_ in ("nsubj", "nsubjpass") and event_type in _UNKNOWN_ACTOR_TYPES)
    frame.target_act = target_act if target is None else None
    anchor = governor or noun
    frame.status = status_of(anchor, lex) if governor is not None else "occurred"
    if governor is not None and governor.lemma_.lower() in lex.words("denial_governors"):
        frame.status = "denied"  # "the group denied the attack"
    if event_type == "PROTEST" and governor is not None and governor.lemma_.lower() in _DIPLOMATIC_VERBS:
        frame.official_type = "ACCUSE"  # "the ministry lodged a strong protest"
    frame.source, frame.source_anonymous = find_source(anchor, sent, lex)
    if governor is not None and governor.lemma_.lower() in ("claim",) and frame.source is None:
        frame.source = actor
    _place_and_date(frame, noun, sent)
    if event_type == "ASSAULT":
        frame.mode = _mode(noun, sent, lex) or mode
    frame.confidence = 0.45 + 0.15 * (actor is not None) + 0.15 * (target is not None)
    return frame


def _light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb that reports an event noun as its subject's act: "launched attacks", "claimed
    responsibility for drone attacks", "took part in protests", "responded with rocket attacks".
    Other verbs only mention the event ("respond to Israel's killing"): no governor then."""
    if noun.dep_ not in ("dobj", "pobj"):
        return None
    token = noun
    for _ in range(4):
        head = token.head
        if head == token:
            return None
        if head.pos_ in ("VERB", "AUX"):
            via_with = token.dep_ == "pobj" and token.head.lower_ == "with"
            if head.lemma_.lower() in lex.words("light_verbs") or via_with:
                return head
            return None
        if head.pos_ == "ADP" and head.lower_ not in ("of", "for", "in", "with"):
            return None
        if head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
            via_with = head.lower_ == "with"
            verb = head.head
            return verb if verb.lemma_.lower() in lex.words("light_verbs") or via_with else None
        token = head
    return None


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


def _noun_target(noun: Token, event_type: str, lex: Lexicon) -> Span | None:
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        if prep == "of" and event_type in ("ASSAULT", "COERCE", "CONCEDE", "ACCUSE"):
            return _child_phrase(child, ("pobj",))
        if prep in ("on", "against") and event_type not in ("AGREE", "CONSULT", "PROTEST"):
            found = _child_phrase(child, ("pobj",))
            if found is not None and not _is_place(found, event_type):
                return found
        if prep in ("with",) and event_type.lower() in lex.words("mutual_types"):
            return _child_phrase(child, ("pobj",))
        if prep in ("to", "for") and event_type in ("AID",):
            return _child_phrase(child, ("pobj",))
    return None


def _mention_only(frame: EventFrame) -> bool:
    """ "their talks", "Palestinian rocket attacks": an event noun no verb reports and that does
    not name both parties is a mention of something, not a report of it (it may still have
    given its actor or mode to the verb it was folded into)."""
    return frame.trigger.pos_ != "VERB" and not frame.governed and (frame.actor is None or frame.target is None)


def _fold_nominals(frames: list[EventFrame]) -> list[EventFrame]:
    """A noun trigger that names the means of a verb trigger's event ("killed in air strikes",
    "the strike that killed Shukr", "launched attacks") fills that verb's gaps and disappears."""
    verbs = [f for f in frames if f.trigger.pos_ == "VERB"]
    kept: list[EventFrame] = []
    for frame in frames:
        if frame.trigger.pos_ == "VERB":
            kept.append(frame)
            continue
        host = next((v for v in verbs if _same_family(v, frame) and _attached(frame.trigger, v.trigger)), None)
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


def _reversed(frame: EventFrame) -> EventFrame:
    """Two-sided fighting ("clashes between A and B") is two events, one each way."""
    return dataclasses.replace(frame, actor=frame.target, target=frame.actor, two_sided=False, merged=[])


def _same_family(a: EventFrame, b: EventFrame) -> bool:
    return a.type == b.type


def _attached(noun: Token, verb: Token) -> bool:
    """Noun is the verb's means (prep/agent object), its relative-clause head, or its object."""
    if verb.dep_ == "relcl" and verb.head == noun:
        return True
    if noun.head == verb and noun.dep_ in ("dobj", "nsubj", "npadvmod"):
        return True
    current = noun
    for _ in range(5):  # "killed as the result of an ambush by gunmen": through preps and nouns
        if current.dep_ not in ("pobj", "prep", "agent") and not (current.pos_ == "NOUN" and current.dep_ == "pobj"):
            return False
        current = current.head
        if current == verb:
            return True
    return False


# -- shared --------------------------------------------------------------------------------------

def doc_span(token: Token) -> Span:
    return token.doc[token.i:token.i + 1]


def _child_phrase(head: Token, deps: tuple[str, ...]) -> Span | None:
    """The phrase of ``head``'s first child with one of ``deps``; a relative pronoun ("who",
    "which") stands for the noun its clause describes."""
    child = next((c for c in head.children if c.dep_ in deps), None)
    if child is None:
        return None
    if child.lower_ in _RELATIVE and head.dep_ == "relcl" and head.head != head:
        return _phrase(head.head)
    return _phrase(child)


def _phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without relative clauses, appositions or commas."""
    left = right = token.i
    for child in token.children:
        if child.dep_ in ("relcl", "appos", "punct", "cc", "acl", "advcl", "prep") and child.i > token.i:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                right = max(right, child.right_edge.i)  # "leader of X", "soldiers from the M23"
                continue
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                right = max(right, child.right_edge.i)  # "a senior rebel leader, Thamilendi"
                continue
            if child.dep_ in ("cc", "punct"):
                continue
            break
        if child.dep_ == "conj":
            right = max(right, child.right_edge.i)
            continue
        if child.i < token.i:
            left = min(left, child.left_edge.i)
        else:
            right = max(right, child.right_edge.i)
    span = token.doc[left:right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


# Types whose object can be a place physically acted on; for the others ("warned Pyongyang",
# "met in Tehran" aside) a capital as object is its government.
_PHYSICAL_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID")


def _is_place(span: Span, event_type: str = "ASSAULT") -> bool:
    """A phrase that names a place (a city, a region), not a party ("strikes on southern Beirut")."""
    root = span.root
    if root.ent_type_ in ("LOC", "FAC"):
        return True
    if root.ent_type_ == "GPE":
        ent = next((e for e in span.ents if e.start <= root.i < e.end), None)
        text = (ent.text if ent is not None else root.text).removeprefix("the ")
        states, capitals = _state_names()
        return text not in states and (event_type in _PHYSICAL_TYPES or text not in capitals)
    return False


@functools.cache
def _state_names() -> tuple[frozenset[str], frozenset[str]]:
    """Names that make a GPE a party (a state acting), and capitals that may stand for one."""
    states = [e for e in actor_entries() if e.kind == "state"]
    return (frozenset(name for e in states for name in (e.name, *e.aliases)),
            frozenset(name for e in states for name in e.metonyms))


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


def _mode(anchor: Token, sent: Span, lex: Lexicon) -> str | None:
    """ASSAULT mode from the words around the trigger ("drones", "gunmen", "tear gas")."""
    tokens = list(anchor.subtree) if anchor.pos_ == "VERB" else list(anchor.head.subtree) + [anchor]
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    sentence_text = " " + " ".join(t.lower_ for t in sent) + " "
    for token in tokens:  # "eliminated X in a strike": the means noun's own mode
        found = _noun_entry(token, lex) if token.pos_ == "NOUN" else None
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


def _place_and_date(frame: EventFrame, anchor: Token, sent: Span) -> None:
    """Date and place entities of the trigger's clause, else of the sentence. An event noun that
    is only mentioned ("to respond to Israel's killing of X") keeps to its own phrase."""
    # Not into a relative clause of its own ("an agreement that will take effect Thursday").
    clause = {t.i for t in anchor.subtree} - {t.i for c in anchor.children if c.dep_ in ("relcl", "acl")
                                             for t in c.subtree}
    governor = anchor.head
    own_phrase_only = anchor.pos_ != "VERB" and anchor == frame.trigger and not frame.governed
    # A background clause ("after the military overthrew the government") has its own time.
    frame.background = _background(anchor) or (frame.trigger != anchor and _background(frame.trigger))
    own_phrase_only = own_phrase_only or frame.background
    for _ in range(0 if own_phrase_only else 3):
        clause.update(t.i for t in governor.children if t.dep_ in ("npadvmod", "prep", "tmod", "advmod"))
        for child in governor.children:
            if child.dep_ in ("npadvmod", "prep", "tmod"):
                clause.update(t.i for t in child.subtree)
        if governor.head == governor:
            break
        governor = governor.head
    participants = set()
    for part in (frame.actor, frame.target):
        if part is not None:
            participants.update(range(part.start, part.end))
    dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")
             and (_NOT_DURATION.search(e.text) or not _DURATION.search(e.text))]
    dates += [anchor.doc[t.i:t.i + 1] for t in sent if t.lower_ in _DAY_WORDS and not t.ent_type_]
    places = [e for e in sent.ents if e.label_ in _PLACE_LABELS and _place_use(e)
              and not participants.issuperset(range(e.start, e.end))]
    if own_phrase_only:
        dates = [e for e in dates if e.root.i in clause]
        places = [e for e in places if e.root.i in clause]
    frame.date = _closest(dates, clause, anchor)
    frame.place = _closest(places, clause, anchor)


# A date entity that is a span of time, not a point in it ("two days", "hours", "weekly").
_DURATION = re.compile(
    r"^(?:(?:less|more) than |about |nearly |almost |some |several |a few |the past |the last |over )?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few|\w+) )?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?|nights?)$"
    r"|^\w+-(?:hour|day|week|month|year)s?(?: \w+)?$|^(?:weekly|daily|monthly|annual|yearly)$",
    re.IGNORECASE)
_NOT_DURATION = re.compile(r"^(?:last|this|next|that|the same) ", re.IGNORECASE)
# Day words the NER often leaves unlabelled.
_DAY_WORDS = {"overnight", "today", "tonight", "yesterday"}


_BACKGROUND_MARKS = {"after", "before", "since", "until", "when", "while"}


def _background(token: Token) -> bool:
    """A clause that reports an earlier or circumstantial happening ("after the army overthrew")."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in token.children):
        return True
    return token.dep_ == "pcomp" and token.head.lower_ in _BACKGROUND_MARKS


def _place_use(ent: Span) -> bool:
    """A place entity used as a place: object of "in/at/near..." directly or through a noun
    ("in the northern town of Gao", "the streets of Haiti's capital, Port-au-Prince")."""
    if ent.text.lower().removeprefix("the ") in ("west", "east", "north", "south"):
        return False
    if ent.label_ in ("LOC", "FAC"):
        return True
    token = ent.root
    for _ in range(4):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
            return True
        if token.dep_ not in ("pobj", "appos", "compound", "poss", "conj", "prep") or head == token:
            return False
        token = head
    return False


def _closest(ents: list[Span], clause: set[int], anchor: Token) -> Span | None:
    inside = [e for e in ents if e.root.i in clause]
    pool = inside or ents
    if not pool:
        return None
    return min(pool, key=lambda e: abs(e.root.i - anchor.i))


def iter_triggers(doc: Doc) -> Iterator[Token]:
    """Every token the lexicon reads as an event trigger (for diagnostics and tests)."""
    lex = lexicon()
    for token in doc:
        if (token.pos_ == "VERB" and _verb_entry(token, lex)) or (
                token.pos_ in ("NOUN", "PROPN") and _noun_entry(token, lex)):
            yield token
