"""Events that modality implies: promises, conditional threats, refusals and demands.

Read after the frames of a sentence are built, because each rule looks at a frame
together with the verb that governs it:

- "X promised / is willing to <cooperative act>"  → X AGREE (occurred) besides the planned act;
  "X swore to <hostile act>" → X THREATEN (occurred). PLOVER codes intent this way.
- "X will <hostile act> unless / if ..."          → X THREATEN (occurred): a conditional threat.
- "X refused to / failed to / will not <cooperative act>" → X REJECT (occurred), not the act.
- "X said Y must / should <act>"                  → X REQUEST to Y; the act itself did not happen.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from ..data import Lexicon
from .attribution import find_source
from .frames import EventFrame
from .phrases import DESCRIBED_PRONOUNS, described_clause, first_conjunct, inherited_subject, is_agent
from .placetime import date_of_words, venue_of_words
from .triggers import (blames, names_a_blow, noun_entry, sets_deadline, to_infinitive, told_as_ahead,
                       verb_type)

COOPERATIVE = {"AGREE", "CONCEDE", "CONSULT", "SUPPORT", "AID", "COOPERATE", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}


def derive(frames: list[EventFrame], sent: Span, lex: Lexicon, phrase) -> list[EventFrame]:
    """The sentence's frames after modality: refusals retyped, implied promises, threats and
    requests added, demanded acts removed. ``phrase`` builds a participant phrase from a token."""
    by_trigger = {f.trigger.i: f for f in frames}
    result: list[EventFrame] = []
    warnings = _warnings(sent, lex, phrase)
    warned = {w.trigger.i for w in warnings}
    dropped: set[int] = set()
    for frame in frames:
        if frame.status == "demanded" or _conditional_clause(frame.trigger) or frame.trigger.i in warned:
            continue  # asked for, the condition of something else ("if they do not settle"), a warning
        if frame.type in HOSTILE and _permitted(frame.trigger, lex):
            continue  # "not permitting Ukraine to strike launchers in Russia": allowed, not done
        governor = _xcomp_governor(frame.trigger)
        lemma = governor.lemma_.lower() if governor is not None else ""
        ultimatum = by_trigger.get(governor.i) if governor is not None else None
        if ultimatum is not None and ultimatum.type == "THREATEN" and lemma in lex.words("object_control_verbs"):
            continue  # "told the units to surrender or face an assault": the threat's demand, no act
        if frame.type == "AID" and _purpose_of_deployment(frame.trigger, by_trigger, lex):
            # "deployed 5,000 soldiers to evacuate residents": the relief forces are sent for is the
            # duty of the deployment, not an act told besides it (personnel sent "to investigate",
            # police sent "to disperse" a crowd: another act, kept)
            continue
        if _given_time_for(frame.trigger, by_trigger, lex):
            continue  # "gave the rebels 48 hours to lay down their weapons": demanded, not done
        if frame.type == "AGREE" and _concession_agreed(frame.trigger, lex):
            # "agreed to hand four villages back to Baku": agreeing to give something up is the concession
            frame = dataclasses.replace(frame, type="CONCEDE", status="occurred")
        elif frame.type == "CONCEDE" and lemma == "agree" and _concession_agreed(governor, lex):
            if governor.i not in by_trigger:
                result.append(_implied(frame, "CONCEDE", governor))
            continue  # told once, by the agreeing verb
        if lemma in _RELUCTANCE:
            continue  # "Israel was reluctant to accept the truce": neither done nor refused
        threat = _threat_of(frame.trigger, lex) if frame.status == "planned" else None
        if threat is not None:
            # "threatened to hit 52 Iranian sites": the threat is the event, not a planned strike
            if threat.i not in by_trigger:
                by_trigger[threat.i] = _implied(frame, "THREATEN", threat)
                result.append(by_trigger[threat.i])
            continue
        wished = _wished(frame.trigger, lex)
        if wished is not None:
            # "Israel wants the Palestinians to agree": Israel's request, not the Palestinians' act
            wisher, wanted = wished
            result.append(dataclasses.replace(_implied(frame, "REQUEST", wisher),
                                              actor=_subject(wisher, phrase), target=phrase(wanted)))
            continue
        if frame.type in COOPERATIVE and _negated(frame.trigger, lex) and (
                lemma in lex.words("permission_governors") or
                lemma in lex.words("object_control_verbs") and any(c.dep_ == "dobj" for c in governor.children)):
            # "not authorized to talk to reporters": not being permitted is no refusal, nor a talk;
            # "warned residents not to cooperate with the police": told not to, no one refused
            continue
        if frame.type in COOPERATIVE and _negated(frame.trigger, lex) and \
                (_describes_its_noun(frame.trigger) or _never_so_far(frame.trigger)):
            # "the Durand Line, which Kabul has never recognised", "Bolsonaro, who has never conceded
            # defeat": a negative relative clause tells a standing state of its noun, no refusal; so
            # does a negative perfect ("Belgrade has never recognized", "has not been recognised by any")
            continue
        if frame.type in COOPERATIVE and _vowed_prevention(frame.trigger, lex):
            # "We will not allow chaos", "I will not allow this insubordination": a resolve to
            # prevent something, no request or offer turned down
            continue
        if frame.type in ("RETREAT", "CONCEDE") and _vowed_persistence(frame.trigger, frame.type, lex):
            # "We will not back down", "we will not surrender a single village": a resolve to hold
            # on, no request or offer turned down
            continue
        if frame.type in COOPERATIVE and frame.status == "denied" and _decided_against(frame.trigger):
            # "decided not to renew a survey agreement with India": a refusal of it, not a denial
            frame = dataclasses.replace(frame, type="REJECT", status="occurred")
        if frame.type in COOPERATIVE and (lemma in lex.words("refusal_governors") or _negated(frame.trigger, lex)) \
                and not _conditional_clause(frame.trigger):
            frame = dataclasses.replace(frame, type="REJECT", status="occurred")
            if governor is not None and governor.i in by_trigger:
                dropped.add(governor.i)  # "refused to meet X": one REJECT, with X as target
        elif governor is not None and lemma in lex.words("refusal_governors") and lemma != "fail" and \
                (frame.trigger.dep_ == "xcomp" or frame.trigger.head.lemma_.lower() not in lex.words("ending_verbs")):
            # "refused to send troops", "refused to condemn the invasion": the refusal is the event,
            # no troops went ("failed to capture the town" is an attempt that happened; "refused
            # to end their strike": the strike goes on)
            refusal = by_trigger.get(governor.i)
            if refusal is None:
                result.append(_implied(frame, "REJECT", governor))
            else:
                refusal.target = refusal.target or frame.target
            continue
        elif governor is not None and lemma in lex.words("commitment_governors") and \
                frame.type in (*HOSTILE, "THREATEN") and _negated(frame.trigger, lex):
            # "pledging not to use force", "vowed not to attack civilians", "agreed not to threaten or
            # use force": a promise of restraint, not a threat, and no attack
            existing = by_trigger.get(governor.i)
            if existing is not None and existing.type == "THREATEN":
                existing.type, existing.target = "AGREE", existing.target or frame.target
            elif existing is None or existing.type != "AGREE":
                result.append(_implied(frame, "AGREE", governor))
            continue
        elif governor is not None and lemma == "offer" and \
                frame.trigger.lemma_.lower() in lex.words("resigning_verbs"):
            # "Kim offered to resign": giving way over the crisis (CONCEDE), neither a deal with
            # anyone nor a resignation yet
            existing = by_trigger.get(governor.i)
            if existing is not None:
                existing.type = "CONCEDE"
            else:
                result.append(_implied(frame, "CONCEDE", governor))
            continue
        elif governor is not None and lemma in lex.words("commitment_governors"):
            # Agreeing or offering to do something hostile is not a threat ("agreed to lock up arms").
            # nor is pledging forces aimed at no one ("pledged to send personnel" to a mission)
            hostile_ok = lemma not in ("agree", "offer") and not (frame.type == "MOBILIZE" and frame.target is None)
            # "was ready to resume negotiations": readiness tells the act as planned, no pledge made,
            # unless it is put as an offer of terms (_offers_terms)
            agreed = frame.type in COOPERATIVE and (
                lemma not in lex.words("readiness_words") or _offers_terms(frame, governor)) and \
                not (frame.type in _GIVEN_BY_PLEDGING and lemma in lex.words("donor_pledge_verbs"))
            implied = "AGREE" if agreed else "THREATEN" if frame.type in HOSTILE and hostile_ok else None
            existing = by_trigger.get(governor.i)
            if implied and existing is not None and existing.type == implied:
                existing.target = existing.target or frame.target
            elif implied:
                result.append(_implied(frame, implied, governor))
            if lemma == "agree" and frame.status == "planned" and frame.type in _TOLD_BY_AGREEING:
                continue  # "agreed to extend a truce", "agreed to extend the drills": the agreement is the event
            if lemma == "agree" and frame.type in _DECIDED_BY_AGREEING and governor.i in by_trigger:
                dropped.add(governor.i)  # "ministers agreed to prepare sanctions": allies decide the act
        if frame.type in HOSTILE and frame.status in ("planned", "possible") and _no_act_ahead(frame, lex):
            continue
        condition = _conditional(frame.trigger)
        if frame.status == "planned" and frame.type in HOSTILE | {"REJECT", "RETREAT"} and condition:
            # "will quit the talks if...", "will withdraw unless...": a threat made, of an act not
            # reported as planned; "would halt rocket fire if Israel ended its raids": an offer
            offer = frame.type == "RETREAT" and condition == "if"
            result.append(_implied(frame, "AGREE" if offer else "THREATEN", frame.trigger))
            continue
        if frame.status == "planned" and condition == "if" and _defence_vowed(frame.trigger, lex):
            # "We will defend Erbil at any cost if they come one step closer": a defence promised
            # against a move not yet made warns whoever would make it; no support is given
            doer = _condition_subject(frame.trigger)
            result.append(dataclasses.replace(_implied(frame, "THREATEN", frame.trigger),
                                              target=phrase(doer) if doer is not None else None))
            continue
        if frame.type == "ASSAULT" and frame.status == "planned" and \
                frame.trigger.lemma_.lower() in lex.words("retaliation_words"):
            # "Israel will retaliate harshly": announcing retaliation is a threat made
            frame = dataclasses.replace(frame, type="THREATEN", mode=None)
        if frame.type == "THREATEN" and frame.status == "planned":
            frame = dataclasses.replace(frame, status="occurred")  # a vow is made when reported
        result.append(frame)
    result = [f for f in result if not (f.trigger.i in dropped and by_trigger.get(f.trigger.i) is f)]
    said = warnings + _demands(sent, lex, phrase, result) + _reported_blame(sent, lex, phrase, result) + \
        _consequences(sent, lex, phrase, result) + _answers_in_store(sent, lex, phrase, result) + \
        _ruled_out(sent, lex, phrase)
    for frame in said:
        frame.place = frame.place or venue_of_words(frame.trigger)  # "told a briefing in Beijing that X must"
        if frame.date is None:  # built apart from the clause's dates: ', the army said on Wednesday'
            date_of_words(frame, sent)
    return result + said


def _implied(frame: EventFrame, event_type: str, trigger: Token) -> EventFrame:
    return dataclasses.replace(frame, type=event_type, mode=None, trigger=trigger, status="occurred",
                               fatalities=None, merged=[], two_sided=False)


# Acts an "agree to" tells no more of than the agreement: "agreed to extend a truce" (no second AGREE),
# "agreed to extend the drills" (MOBILIZE: a joint exercise, no threat or build-up against anyone).
_TOLD_BY_AGREEING = frozenset({"AGREE", "MOBILIZE"})
# Acts on a third party that an "agree to" only decides among those agreeing, with no one agreed
# with: "EU ministers agreed to prepare sanctions against officials" is the SANCTION (planned) alone.
_DECIDED_BY_AGREEING = frozenset({"SANCTION", "SUPPORT"})
# Aid or backing a side pledges is that act told as planned, no deal with anyone: "Algeria and
# Qatar pledged to send assistance", "pledged to stand by Somalia".
_GIVEN_BY_PLEDGING = frozenset({"AID", "SUPPORT"})
_RELUCTANCE = frozenset({"reluctant", "unwilling", "hesitant", "loath", "loth"})
_DECIDING_VERBS = frozenset({"decide", "choose", "opt", "vote", "resolve"})


def _decided_against(trigger: Token) -> bool:
    """ "decided not to renew the agreement", "voted not to extend the mission": chose not to."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECIDING_VERBS and \
        any(c.dep_ == "neg" for c in verb.children)


def _threat_of(trigger: Token, lex: Lexicon) -> Token | None:
    """The verb of threatening whose infinitive the act is, or is joined to ("threatened to freeze
    talks and impose measures", "threatened to launch a strike")."""
    verb = first_conjunct(_object_of(trigger))
    # (an infinitive the parser hung as an adjunct is still the act: "threatened on Sunday to launch")
    threatened = (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and to_infinitive(verb)) and \
        verb.head.lemma_.lower() in lex.words("threatening_verbs")
    return verb.head if threatened else None


def _never_so_far(trigger: Token) -> bool:
    """Is the verb a negative perfect, "never" or passive ("Belgrade has never recognized Kosovo's
    declaration", "it has not been recognised by any country")? What has not happened up to now is a
    state of affairs, not a refusal given on a day."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return any(c.dep_ == "neg" and c.lower_ == "never" or c.dep_ == "auxpass" for c in verb.children)


def _describes_its_noun(trigger: Token) -> bool:
    """Is the trigger's verb (or the first of the verbs it is joined to) a relative clause on a
    noun ("whom Paris does not recognise", "who flew to Florida and has never conceded")?"""
    return first_conjunct(trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head).dep_ == "relcl"


def _purpose_of_deployment(trigger: Token, by_trigger: dict[int, EventFrame], lex: Lexicon) -> bool:
    """Is the verb the purpose of a deployment ("has deployed 5,000 soldiers to evacuate residents and
    distribute aid", "would send 600 more troops to help evacuate its nationals")? A purpose clause
    says what the forces are sent for; the sending is the act reported, not what they are to do.
    Forces sent to back a side ("sending troops to support 'terrorists' in Idlib") are the military
    aid the sending gives it, and stay."""
    if trigger.lemma_.lower() in lex.words("backing_verbs"):
        return False
    verb = first_conjunct(trigger)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.words("assisting_verbs"):
        verb = verb.head  # "to help evacuate": the helping is the purpose
    deployment = by_trigger.get(verb.head.i)
    return verb.dep_ == "advcl" and verb.head != verb and to_infinitive(verb) and \
        deployment is not None and deployment.type == "MOBILIZE"


def _offers_terms(frame: EventFrame, readiness: Token) -> bool:
    """Whether a readiness to act is put as an offer to someone, which PLOVER codes as AGREE: put in
    the conditional ("would be ready to host a meeting"), a concession held out ("prepared to lift
    the ban"), or with its terms counted ("ready to contribute up to 4,000 troops"). Bare readiness
    ("stands ready to support the Government", "was ready to provide assistance") is the planned
    act alone."""
    verb = readiness.head if readiness.dep_ == "acomp" else readiness  # "would be ready": on "be"
    if frame.type == "CONCEDE" or any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return True
    return any(t.like_num for c in frame.trigger.children if c.dep_ == "dobj" for t in c.subtree)


def _xcomp_governor(trigger: Token) -> Token | None:
    """The verb or adjective an infinitive hangs from ("refused to", "is willing to"); for an event
    noun, the one its verb hangs from ("refused to engage in talks")."""
    verb = _object_of(trigger)
    trigger = verb if verb.pos_ == "VERB" else trigger
    if trigger.dep_ == "xcomp" and trigger.head != trigger:
        return trigger.head
    return None


def _object_of(trigger: Token) -> Token:
    """For an event noun that is an object ("refused to engage in talks", "threatened to launch a
    strike"), the word it is the object of; any other trigger itself."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj"):
        return trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    return trigger


def _vowed_prevention(trigger: Token, lex: Lexicon) -> bool:
    """A permission verb negated under a modal of the future or of ability ("will not allow",
    "cannot permit"): the speaker's resolve that something shall not happen, not a refusal."""
    return trigger.lemma_.lower() in lex.words("permission_governors") and \
        any(c.dep_ == "neg" for c in trigger.children) and \
        any(c.dep_ == "aux" and c.lower_ in lex.words("prevention_modals") for c in trigger.children)


def _vowed_persistence(trigger: Token, frame_type: str, lex: Lexicon) -> bool:
    """A pull-back or a giving in negated under a modal of the future or of ability ("will not
    surrender", "cannot back down"): the speaker's resolve to hold on, not a refusal of anything asked.
    Not yielding to someone ("would not yield to violent groups") is refusing what they demand."""
    phrasal = " ".join([trigger.lemma_.lower(), *(c.lower_ for c in trigger.children if c.dep_ == "prt")])
    giving_up = frame_type == "RETREAT" or phrasal in lex.words("giving_in_verbs")
    yielded_to = any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.subtree if c.head == trigger
                     or c.head.head == trigger and c.head.dep_ == "prt")
    return giving_up and not yielded_to and any(c.dep_ == "neg" for c in trigger.children) and \
        any(c.dep_ == "aux" and c.lower_ in lex.words("prevention_modals") for c in trigger.children)


def _negated(trigger: Token, lex: Lexicon) -> bool:
    """Plain negation of the act ("will not accept"), not a denial of a report."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    governor = _xcomp_governor(trigger)
    return governor is not None and any(c.dep_ == "neg" for c in governor.children) and \
        governor.lemma_.lower() not in lex.words("denial_governors")


def _no_act_ahead(frame: EventFrame, lex: Lexicon) -> bool:
    """Does a hostile act told as ahead name no particular act anyone plans? Put beyond what the
    actor can or will do ("Kenya cannot afford to kill its children", "agreed not to threaten or use
    force"); ranged over by a free-choice "any" ("any attack on civilians will be met with...", "any
    foreign force that comes in to kill"); or an attack told without its doer ("the militants would
    be crushed", "will be met with an attack"): a plan is someone's, so that is a vow or a forecast."""
    return _act_ruled_out(frame.trigger, lex) or _unspecific(frame, lex) or \
        frame.type == "ASSAULT" and frame.actor is None and not frame.actor_is_speaker


def _act_ruled_out(trigger: Token, lex: Lexicon) -> bool:
    """Is the act's infinitive negated, or the verb it hangs from ("cannot afford to kill"), or the
    infinitive it is joined to without an auxiliary or subject of its own ("not to threaten or use
    force", "will not launch an attack")?"""
    verb = _object_of(trigger)
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children):
        verb = first_conjunct(verb)
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    governor = _xcomp_governor(verb)
    if governor is not None and governor.lemma_.lower() in lex.words("holding_back_verbs"):
        return False  # "will not hesitate to strike": a litotes, the strike is promised
    return _negated(verb, lex)


def _unspecific(frame: EventFrame, lex: Lexicon) -> bool:
    """Is the act, or its doer, or the noun its participle describes, quantified by "any" ("any
    attack on civilians", "any foreign force that comes to kill", "any measures targeting")? Not its
    target: "would expel any aid groups who violate the rules" threatens them."""
    def any_of(token: Token | None) -> bool:
        return token is not None and any(c.dep_ == "det" and c.lower_ in lex.words("free_choice_determiners")
                                         for c in token.children)
    trigger = frame.trigger
    described = trigger.head if trigger.dep_ in ("acl", "relcl") else None
    doer = frame.actor.root if frame.actor is not None else None
    return any_of(trigger) or any_of(described) or any_of(doer)


def _wished(trigger: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """(the verb of wishing, whom it wants to act) for "X wants Y to <act>", whichever way the
    parser attached Y (object of "wants", or subject of the infinitive)."""
    head = trigger.head
    if trigger.dep_ not in ("xcomp", "ccomp") or head == trigger or head.lemma_.lower() not in lex.words("wish_governors"):
        return None
    if not to_infinitive(trigger):
        return None
    wanted = next((c for c in head.children if c.dep_ == "dobj"), None) or \
        next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return (head, wanted) if wanted is not None else None


def _subject(verb: Token, phrase) -> Span | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return phrase(subject) if subject is not None else None


def _permitted(trigger: Token, lex: Lexicon) -> bool:
    """Is the act only one someone allows ("an agreement that would allow Angolan forces to
    attack")? Its verb or the verb it is the means of ("to use weapons to strike") is allowed."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger  # "to impose curfews": the curfew's verb
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VB":
        verb = verb.head  # "allows authorities to impose curfews, ban gatherings and arrest suspects"
    for _ in range(3):
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in lex.words("permission_governors"):
            return True
        if _power_granted(verb, lex):
            return True
        purpose = verb.dep_ == "advcl" and to_infinitive(verb)
        if verb.dep_ != "xcomp" and not purpose:
            return False  # "... after rebels attacked it": a clause of its own time, not the allowed act
        verb = verb.head
    return False


def _power_granted(verb: Token, lex: Lexicon) -> bool:
    """ "gives authorities powers to ban gatherings", "giving security services powers to restrict
    movement, seize vehicles": what a grant of power makes lawful is a capacity, not an act done."""
    nouns = lex.words("capacity_nouns")
    if verb.dep_ == "acl" and to_infinitive(verb):
        return verb.head.lemma_.lower() in nouns
    # the parser may hang the infinitive, or a bare verb joined to it ("seize"), on the giving verb
    infinitive = verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb)
    bare = verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ != "VB"
    return (infinitive or bare) and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.head.children)


def _conditional_clause(trigger: Token) -> bool:
    """Is the trigger the condition itself ("if the detainees are not released"), or an act within
    it ("if the Philippines continued to send ships")?"""
    token = trigger
    while token.dep_ in ("xcomp", "dobj", "pobj", "prep") and token.head != token:
        token = token.head
    if token.dep_ != "advcl":
        return False
    marks = {m.lower_ for m in token.children if m.dep_ == "mark"}
    return bool(marks & {"if", "unless", "whether"}) or ("until" in marks and _still_pending(token))


def _concession_agreed(verb: Token, lex: Lexicon) -> bool:
    """ "agreed to let fuel ships dock", "agreed to hand the villages back": an agreement whose act
    is giving way (lexicon conceding_infinitives)."""
    return verb.lemma_.lower() == "agree" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lex.words("conceding_infinitives") for c in verb.children)


def _still_pending(clause: Token) -> bool:
    """An "until" clause told in the present is a condition still awaited ("keep up sit-ins until
    Assad steps down", "until the siege is lifted"), not an act; "fought until the rebels withdrew"
    tells one that happened."""
    verbs = [clause] + [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    return any(v.tag_ in ("VBZ", "VBP") for v in verbs)


def _defence_vowed(trigger: Token, lex: Lexicon) -> bool:
    """ "would defend the city if federal forces moved north": a defending verb, said ahead."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in lex.words("defence_verbs")


def _condition_subject(trigger: Token) -> Token | None:
    """The doer of the "if" clause an act hangs on ("if federal forces moved north": the forces)."""
    for child in (c for c in trigger.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ == "if" for m in child.children):
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None


def _conditional(trigger: Token) -> str | None:
    """ "will withdraw unless ...", "will boycott if ...": the act hangs on a condition; its word."""
    for child in trigger.children:
        for mark in child.children if child.dep_ == "advcl" else ():
            if mark.dep_ == "mark" and mark.lower_ in ("unless", "if"):
                return mark.lower_
    # "would expel any aid groups who violate Sudanese law": only those who do, if they do
    anyone = next((c for c in trigger.children if c.dep_ == "dobj" and (c.lower_ == "anyone" or any(
        d.dep_ == "det" and d.lower_ == "any" for d in c.children))), None)
    if anyone is not None and any(t.dep_ == "relcl" for t in anyone.subtree):
        return "if"
    return None


def _warnings(sent: Span, lex: Lexicon, phrase) -> list[EventFrame]:
    """ "Saudi Arabia will not let Iran undermine its security": refusing a party leave to act is a
    warning to it (THREATEN), not a rejection of anything asked."""
    frames = []
    for verb in sent:
        if verb.lemma_.lower() not in lex.words("permission_governors") or \
                not any(c.dep_ == "neg" for c in verb.children):
            continue
        act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        party = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
            (next((c for c in act.children if c.dep_ == "nsubj"), None) if act is not None else None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if act is None or party is None or subject is None or not is_agent(phrase(party), lex):
            continue
        source, anonymous = find_source(verb, sent, lex)
        frames.append(EventFrame(type="THREATEN", trigger=verb, evidence=_clause(verb, sent),
                                 actor=phrase(subject), target=phrase(party), source=source,
                                 source_anonymous=anonymous, confidence=0.6))
    return frames


def _demands(sent: Span, lex: Lexicon, phrase, reported: list[EventFrame]) -> list[EventFrame]:
    """ "X said Y must release the prisoners": X requests it of Y; unless the "must" is itself
    an act reported ("said the diplomats must leave the country": an expulsion)."""
    frames = []
    acts = {f.trigger.i for f in reported}
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in acts or not any(
                c.dep_ == "aux" and c.lower_ in lex.words("obligation_modals") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in lex.words("unasked_modal_subjects") or \
                not is_agent(phrase(subject), lex):
            continue  # "persecution must stop", "the protest must not have been in vain": no one asked
        if subject.dep_ == "nsubjpass" or any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                               for c in subject.children):
            # "those responsible must be held to account" names who is to undergo it, not who is
            # asked; "a member state wishing to leave must give notice" is a rule, asking no one
            continue
        if any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
            continue  # "should Pyongyang go ahead": a condition, inverted, not an obligation
        source, anonymous = find_source(verb, sent, lex)
        frame = EventFrame(type="REQUEST", trigger=verb, evidence=_clause(verb, sent),
                           actor=source, target=phrase(subject), source=source,
                           source_anonymous=anonymous, actor_is_speaker=source is None,
                           confidence=0.6)
        frames.append(frame)
    return frames


def _consequences(sent: Span, lex: Lexicon, phrase, reported: list[EventFrame]) -> list[EventFrame]:
    """ "The military said those who attacked army installations would face the full force of the
    law", "anyone caught looting will be prosecuted", "those responsible will answer before the
    law": telling a party it will be made to answer for what it does threatens it (not "will not
    be prosecuted", a pardon)."""
    frames = []
    acts = {f.trigger.i for f in reported if f.actor is not None}
    earlier = _quoted_before(sent)
    for verb in sent:
        host = verb.head if verb.dep_ == "conj" else verb  # "will be found and punished"
        if verb.i in acts or not (told_as_ahead(verb, lex) or told_as_ahead(host, lex)):
            continue
        subject = _penalized(verb, lex)
        party = _named_before(earlier, lex) if earlier is not None and subject is not None and \
            _plural_pronoun(subject) else None
        if subject is None or _negated(verb, lex) or _negated(host, lex) or \
                subject.pos_ == "PRON" and subject.lower_ not in DESCRIBED_PRONOUNS and party is None or \
                any(c.dep_ == "advcl" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                    for c in verb.children):
            continue  # not "he would face prosecution without fear", "would face the death penalty if convicted"
        source, anonymous = find_source(verb, sent, lex)
        # (with no source, a quotation going on is its speaker's: '... the minister said. "All of them
        # will be punished."')
        if source is None and earlier is None or source is not None and not _an_authority(source, lex):
            continue  # an authority warns; "analysts said Russia would face consequences" forecasts
        frames.append(EventFrame(type="THREATEN", trigger=verb, evidence=_clause(verb, sent),
                                 actor=source, target=phrase(party or subject), source=source,
                                 source_anonymous=anonymous, actor_is_speaker=source is None,
                                 confidence=0.55))
    return frames


def _quoted_before(sent: Span) -> Span | None:
    """The sentence before, when ``sent`` is a quotation of its own going on from a quotation in it
    ('... the spokesman said. "They will be hunted down"'): the same speaker's words."""
    doc = sent.doc
    opening = next((t for t in sent if not t.is_space), None)
    if opening is None or not opening.is_quote or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc[before.start:opening.i].text or not any(t.is_quote for t in before):
        return None
    return before


def _plural_pronoun(token: Token) -> bool:
    """ "They", "all of them": a plural party the speaker named before."""
    whole = any(g.dep_ == "pobj" and g.lower_ == "them" for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return token.lower_ == "they" or token.lower_ in ("all", "both", "each") and whole


def _named_before(sent: Span, lex: Lexicon) -> Token | None:
    """The last party named in the plural in the quoted words of ``sent``, not one in a clause
    describing another ("These rioters, whom we call criminals, did ...": the rioters)."""
    inside = False
    party = None
    for token in sent:
        if token.is_quote:
            inside = not inside
        elif inside and token.tag_ in ("NNS", "NNPS") and token.dep_ not in ("compound", "poss") and \
                not any(a.dep_ in ("relcl", "acl") for a in token.ancestors) and \
                is_agent(token.doc[token.left_edge.i:token.i + 1], lex):
            party = token
    return party


def _penalized(verb: Token, lex: Lexicon) -> Token | None:
    """Who the verb says will undergo the law: the subject of "face" with a penalty ("would face the
    full force of the law"), of "answer" before it ("will answer before the law"), or of a passive
    punishing verb or a passive with a penalty ("will be prosecuted", "will be found and punished",
    "will be held accountable under the law", "will be brought to justice")."""
    lemma = verb.lemma_.lower()
    penalties = lex.words("penalty_nouns")
    if lemma == "face":
        penalty = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if penalty is None or not {t.lemma_.lower() for t in penalty.subtree} & penalties:
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (the parser may hang the law on the predicate: "held accountable under the law")
    heads = (verb, *(c for c in verb.children if c.dep_ in ("oprd", "acomp")))
    before_the_law = any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in penalties
                                                  for o in c.children) for h in heads for c in h.children)
    if lemma == "answer" and before_the_law:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    passive = verb if any(c.dep_ == "auxpass" for c in verb.children) else \
        verb.head if verb.dep_ == "conj" and verb.tag_ == "VBN" else None  # "be found and punished"
    if passive is None or not (lemma in lex.words("punishing_verbs") or before_the_law):
        return None
    return next((c for c in passive.children if c.dep_ == "nsubjpass" or described_clause(c)), None)


def _an_authority(source: Span, lex: Lexicon) -> bool:
    """A named party or one of the state's bodies, or a part of one speaking for it ("the
    military's media wing"); "he told reporters" points back to a named speaker."""
    root = source.root
    return root.lower_ in ("he", "she") or any(
        t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or t.lemma_.lower() in lex.words("state_agent_nouns")
        for t in (root, *(c for c in root.children if c.dep_ == "poss")))


def _ruled_out(sent: Span, lex: Lexicon, phrase) -> list[EventFrame]:
    """ "There will be no negotiation with the outlaws," the spokesman said: a side declaring that a
    dealing with another will not be is refusing it (REJECT); declaring that there will be no
    leniency for others threatens them ("there will be no impunity for the rioters")."""
    frames = []
    for noun in sent:
        be = noun.head
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        existential = be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children)
        if noun.dep_ not in ("attr", "nsubj") or not negated or not existential or not told_as_ahead(be, lex):
            continue
        lenient = noun.lemma_.lower() in lex.words("leniency_nouns")
        if not lenient and noun.lemma_.lower() not in lex.words("dealing_nouns"):
            continue  # "there will be no repeat election", "no forced displacement": no dealing refused
        wanted = "for" if lenient else "with"
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == wanted), None)
        # (the parser may take "with the outlaws coming from Libya" for a clause whose subject they are)
        other = next((g for c in (prep.children if prep is not None else ()) for g in (c, *c.children)
                      if g.dep_ in ("pobj", "nsubj")), None)
        source, anonymous = find_source(be, sent, lex)
        if other is None or source is None or not _an_authority(source, lex):
            continue
        frames.append(EventFrame(type="THREATEN" if lenient else "REJECT", trigger=noun,
                                 evidence=_clause(be, sent), actor=source, target=phrase(other),
                                 source=source, source_anonymous=anonymous, confidence=0.55))
    return frames


def _answers_in_store(sent: Span, lex: Lexicon, phrase, reported: list[EventFrame]) -> list[EventFrame]:
    """ "Raisi said the cowardly crime will not go unanswered", "Tehran's response will be decisive
    and harsh": an answer announced for an act is a threat by whoever announces it, to the act's
    author (not "the question went unanswered" told of the past)."""
    frames = []
    acts = {f.trigger.i for f in reported}
    if any(f.type == "THREATEN" for f in reported):
        return []  # ("would not go unanswered and that Russia would respond": the threat is told)
    for verb in sent:
        if verb.i in acts or not told_as_ahead(verb, lex):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        unanswered = verb.lemma_.lower() == "go" and any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "acomp" and c.lower_ in lex.words("unanswered_words") for c in verb.children)
        answer = verb.lemma_.lower() == "be" and subject is not None and \
            subject.lemma_.lower() in lex.words("retaliation_words")
        if subject is None or not (unanswered or answer):
            continue
        source, anonymous = find_source(verb, sent, lex)
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) if answer else None
        actor = phrase(owner) if owner is not None and is_agent(phrase(owner), lex) else source
        if actor is None:
            continue
        frames.append(EventFrame(type="THREATEN", trigger=verb, evidence=_clause(verb, sent),
                                 actor=actor, target=None, target_act=phrase(subject), source=source,
                                 source_anonymous=anonymous, confidence=0.55))
    return frames


def _reported_blame(sent: Span, lex: Lexicon, phrase, frames: list[EventFrame]) -> list[EventFrame]:
    """ "X said Y started this escalation of violence": X accuses Y. A statement about another
    party with a word of blame in it (``blame_words``) is an ACCUSE by the speaker."""
    found = []
    taken = {f.trigger.i for f in frames if f.type == "ACCUSE"}
    for verb in sent:
        if verb.lemma_.lower() not in lex.words("reporting_verbs") or verb.pos_ not in ("VERB", "AUX"):
            continue
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # ("Porras has refused to step down and has said the blockades are illegal": a shared speaker)
        said_by = phrase(speaker) if speaker is not None else \
            inherited_subject(verb) if verb.dep_ == "conj" else None
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if said_by is None or clause is None or verb.i in taken or clause.i in taken:
            continue
        accused = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # ("said the prime minister's move was the worst attack on institutions")
        blow = accused is not None and any(c.dep_ == "attr" and names_a_blow(c, accused, lex)
                                           for c in clause.children)
        if not blow and not any(blames(t, lex) and not _names_the_victim(t, lex)
                                and not _villain_elsewhere(t, accused, clause, lex) and not _fought_against(t)
                                for t in clause.subtree):
            continue
        if accused is None or accused.lower_ in ("it", "this", "that", "there", "i", "we", "he", "she"):
            continue
        if blames(accused, lex) and _comes_to_an_end(clause, lex):
            continue
        if accused.dep_ == "nsubjpass":
            # "said more than 1,200 people have been detained", "claimed the vote was rigged": the
            # subject of a passive is what the act befell, not its blamed doer
            continue
        owned = any(c.dep_ == "poss" or c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)
                    for c in accused.children)  # "the election won by the NLD", "Kabul's move"
        if not (owned or is_agent(phrase(accused), lex) or noun_entry(accused, lex) is not None
                or accused.lemma_.lower() in lex.words("act_nouns") | lex.words("blame_words")):
            continue  # "said the humanitarian situation was appalling": a state of things, no one blamed
        # An act as the accused ("said the prime minister's move was a coup") is read for its
        # author by find_events, with every other frame's target.
        found.append(EventFrame(type="ACCUSE", trigger=verb, evidence=_clause(verb, sent),
                                actor=said_by, target=phrase(accused), confidence=0.55))
    return found


def _comes_to_an_end(verb: Token, lex: Lexicon) -> bool:
    """ "said persecution must stop", "the violence comes to an end": a wrong said to end is wished
    away with no doer named, blamed on no one (not "said the army must stop the killings")."""
    if verb.lemma_.lower() in lex.words("ending_verbs"):
        return not any(c.dep_ == "dobj" for c in verb.children)
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(g.lemma_.lower() == "end" for g in p.children)
               for p in verb.children)


def _villain_elsewhere(word: Token, accused: Token | None, clause: Token, lex: Lexicon) -> bool:
    """A word naming wrongdoers ("terrorists", "the corrupt") blames the people it names, not the
    clause's subject, unless it is said of that subject ("said the rebels were terrorists", "the
    puppet government"): "Djibo will never be in the hands of the terrorists", "your revolution has
    shaken the corrupt" blame no Djibo, no revolution."""
    villains = lex.words("villain_words")
    if word.lower_ not in villains and word.lemma_.lower() not in villains:
        return False
    if word.dep_ in ("amod", "compound") and (word.head.lemma_.lower() in lex.words("act_nouns")
                                              or noun_entry(word.head, lex) is not None):
        return False  # "preparing terrorist acts": the word blames the act's doer
    word = first_conjunct(word)
    return not (word == accused or word.head == accused
                or word.dep_ in ("attr", "acomp") and word.head == clause)


def _fought_against(word: Token) -> bool:
    """ "said Washington would keep supporting Honduras in the fight against organized crime": a wrong
    named as what is fought is blamed on no one in the clause."""
    word = first_conjunct(word)
    while word.dep_ in ("amod", "compound") and word.head != word:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ == "against"


def _names_the_victim(word: Token, lex: Lexicon) -> bool:
    """ "said security forces killed 26 criminals", "arrested 18 people suspected of sabotage": the
    word tells who was hit, not blame for the doer ("in attacks amounting to crimes" blames)."""
    noun = word
    while noun.dep_ in ("amod", "compound", "conj", "appos", "pcomp", "pobj", "prep", "acl") and noun.head != noun:
        if noun.dep_ == "acl" and noun.lemma_.lower() not in _CHARGED:
            return False
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb_type(noun.head, lex) in ("ASSAULT", "COERCE")


# participles that say what the people hit are held for ("suspected of", "charged with")
_CHARGED = frozenset({"suspect", "accuse", "charge", "convict", "want"})


def _clause(verb: Token, sent: Span) -> Span:
    start = max(verb.left_edge.i, sent.start)
    end = min(verb.right_edge.i + 1, sent.end)
    span = verb.doc[start:end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span


def _given_time_for(trigger: Token, by_trigger: dict, lex: Lexicon) -> bool:
    """Is the act what an ultimatum gives someone time to do ("48 hours to lay down their arms")?"""
    for host in (trigger.head, trigger.head.head):
        threat = by_trigger.get(host.i) if host != trigger else None
        if threat is not None and threat.type == "THREATEN" and sets_deadline(host, lex):
            return True
    return False
