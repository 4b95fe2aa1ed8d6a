"""Status (occurred / planned / possible / denied) and source attribution of a trigger.

Both are read off the chain of verbs above the trigger: modals and governing
verbs ("vowed to", "may", "is expected to", "denied") set the status; the first
reporting verb with a subject ("X said", "X claimed") or an "according to X"
gives the source.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..data import Lexicon
from .phrases import by_agent, inherited_subject, is_agent, phrase
from .placetime import attempted
from .triggers import noun_type, sets_deadline, to_infinitive, verb_type

_SPEECH_ACTS = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT"}

# Dependency labels that link a reported or governed clause to the verb above it.
_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "advcl", "pcomp", "relcl", "acl", "pobj", "prep", "dobj")


def _governors(token: Token, limit: int = 6, own_clause: bool = False) -> list[Token]:
    """The verbs and nouns the token's clause hangs from; with ``own_clause``, not past a relative
    clause (for status: it is told in its own tense; its reporter still reports it)."""
    chain = []
    current = token
    for _ in range(limit):
        if current.head == current or current.dep_ not in _CLAUSE_LINKS:
            break
        if current.dep_ == "conj" and current.tag_ in ("VBZ", "VBD", "VBP"):
            break  # "intends to remain in power and accuses X": a finite verb of its own
        if own_clause and current.dep_ == "relcl" and current.tag_ in ("VBZ", "VBD", "VBP", "VBN"):
            # "members whom they had taken hostage", "rejected criticism from groups that accuse the
            # army of torture": a relative clause is told in its own tense and is its own claim,
            # whatever the sentence does with the noun it describes
            break
        current = current.head
        chain.append(current)
    return chain


def _told_apart(clause: Token) -> bool:
    """A clause told in its own right inside a request: "to help stop what he called Russian
    aggression", "urged the junta to step down after soldiers seized power"."""
    return clause.dep_ == "ccomp" or clause.tag_ in ("VBD", "VBZ", "VBP") or clause.dep_ == "advcl" and \
        any(c.dep_ == "mark" for c in clause.children) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _given_time_to(act: Token, lex: Lexicon) -> bool:
    """Is the act what a deadline is given for ("48 hours to release them or face protests",
    "a week to surrender")?"""
    if act.dep_ == "conj":
        act = act.head
    if act.dep_ not in ("advcl", "xcomp", "relcl", "acl") or not to_infinitive(act):
        return False
    giver = act.head.head if act.head.pos_ == "NOUN" else act.head
    return sets_deadline(giver, lex)


def _addressed(verb: Token, lex: Lexicon) -> bool:
    """Does the verb name whom it is said to ("called on Russia", "urged the army")? Not "called
    King Abdullah to offer condolences": a telephone call."""
    telephoned = verb.lemma_.lower() == "call"
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") or child.dep_ == "dobj" and not telephoned:
            party = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else child
            if party is not None and is_agent(phrase(party), lex):
                return True
    return False


def _charge_denied(denial: Token, told: Token, lex: Lexicon) -> bool:
    """ "blamed the M23 for the deaths, a charge Kigali rejected", parsed as if the blaming were what
    was rejected: the charge named between them is denied, not the telling of it."""
    # ("accused police of detaining reporters, a charge police denied", parsed "charge" as the
    # compound of the denier)
    return any(c.dep_ in ("nsubj", "dobj") and told.i < c.i < denial.i
               and any(w.lemma_.lower() in lex.words("charge_nouns") for w in (c, *c.children)
                       if w is c or w.dep_ == "compound")
               for c in denial.children)


def _free_relative(verb: Token) -> bool:
    """ "crush what he called a treasonous attack", "in what Arce denounced as a coup": a finite verb
    of a "what" clause is told in its own tense, like a relative clause, whatever governs the clause."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in verb.children) and \
        any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def _charge_disowned(accusing: Token, lex: Lexicon) -> bool:
    """ "accused Rwanda of arming the rebels, a charge that Kigali rejects", "a claim denied by the
    French": the accused side's denial, told beside the accusation, is the status of the deed charged."""
    return any(t.i > accusing.i and t.lemma_.lower() in lex.words("charge_nouns")
               and t.doc[t.left_edge.i - 1].text == ","
               and any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lex.words("denial_governors")
                       for c in t.children)
               for t in accusing.sent)


def status_of(trigger: Token, lex: Lexicon) -> str:
    """The trigger's status, from its own modals and negation and those of its governors."""
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trigger.children):
        return "possible"  # "if the detainees are not released": a condition, not an event
    head = trigger.head.lemma_.lower()
    # ("demanding that the party be outlawed": a passive subjunctive, "be" bare with no modal)
    subjunctive_passive = trigger.tag_ == "VBN" and not any(c.dep_ == "aux" for c in trigger.children) and \
        any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in trigger.children)
    subjunctive = trigger.tag_ in ("VB", "VBP") or subjunctive_passive
    if head in lex.words("demand_governors") and (trigger.dep_ == "ccomp" and subjunctive or
                                                  trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VB"):
        return "demanded"  # "insisted that the leaders recognize Israel", "demands that he step down"
    if head in lex.words("demand_governors") and (trigger.dep_ == "xcomp" or (
            trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children))):
        return "demanded"  # "urged governments to impose sanctions", "calls for firms to break ties"
    if _given_time_to(trigger, lex):
        return "demanded"  # "gave the government 48 hours to release the students or face protests"
    if head in lex.words("demand_governors") and trigger.dep_ == "advcl" and to_infinitive(trigger) and \
            _addressed(trigger.head, lex):
        return "demanded"  # "called on Russia to free Navalny", parsed as a purpose
    if head in lex.words("demand_governors") - {"call", "press"} and trigger.dep_ == "advcl" and \
            to_infinitive(trigger) and any(c.dep_ == "dobj" and not is_agent(phrase(c), lex)
                                           for c in trigger.head.children):
        return "demanded"  # "marched to demand weapons to fight the rebels": what the thing asked for is for
    if trigger.dep_ == "advcl" and to_infinitive(trigger) and \
            any(c.dep_ == "dobj" and (noun_type(c, lex) == "REQUEST" or c.lemma_.lower() == "call")
                for c in trigger.head.children):
        return "demanded"  # "dismissed calls from Brussels to recognise Kosovo": what the calls ask
    if trigger.dep_ == "advcl" and to_infinitive(trigger) \
            and trigger.head.tag_ in ("VBZ", "VBP", "VB"):
        # "travels to Riyadh to meet the king": a purpose not yet achieved. After a past verb
        # ("visited Capitol Hill to meet leaders") news reports the purpose as done.
        return "planned"
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in lex.words("obligation_modals"):
            return "demanded"  # "Y must release them": asked for, not done (see modality.py)
        if child.dep_ == "neg":
            return "denied"
        if child.dep_ in ("aux", "advmod") and child.lower_ in lex.words("possible_modals"):
            return "possible"
        if child.dep_ == "aux" and child.lower_ in lex.words("planned_modals"):
            return "planned"
    if _free_relative(trigger):
        return "occurred"  # "would deal harshly with what he called fascists": the label is given now
    # "denied that it had bombed the camp, blaming the rebels": the blame is said, not denied
    said_alongside = trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children)
    governors = _governors(trigger, own_clause=True)
    previous = trigger
    for governor in governors:  # "denied ordering the army to fire": denied, whatever lies between
        if governor.lemma_.lower() in lex.words("denial_governors") and not said_alongside and \
                previous.dep_ in ("ccomp", "xcomp", "pcomp", "dobj", "pobj") and \
                not (previous is trigger and _charge_denied(governor, trigger, lex)):
            return "denied"
        charging = governor.lemma_.lower() in lex.words("charging_verbs") | lex.words("blaming_verbs")
        if charging and _charge_disowned(governor, lex):
            return "denied"  # "accused Iran of arming the Houthis, a charge Tehran denies"
        if governor.lemma_.lower() in lex.words("reporting_verbs"):
            break
        previous = governor
    previous, own_words = trigger, _told_apart(trigger)
    for governor in governors:
        lemma = governor.lemma_.lower()
        if lemma in lex.words("reporting_verbs"):
            break  # the reported clause's own modality counts, not the reporter's
        if lemma in lex.words("permission_governors") and previous.dep_ in ("xcomp", "ccomp"):
            return "possible"  # "permitting Ukraine to strike launchers in Russia": allowed, not done
        if previous is not trigger and not own_words and lemma in lex.words("demand_governors") and (
                previous.dep_ == "xcomp" or previous.dep_ == "advcl" and to_infinitive(previous) and _addressed(governor, lex)):
            return "demanded"  # "called on Rwanda to stop supporting the M23": asked for, all of it
        own_words = own_words or _told_apart(governor)
        if governor.pos_ == "ADJ" and lemma in lex.words("possibility_adjectives") and previous.dep_ == "xcomp":
            return "possible"  # "the militants are likely to attack the town"
        if lemma == "be" and previous.dep_ == "xcomp" and to_infinitive(previous):
            return "planned"  # "Hezbollah was to withdraw its fighters", "the teams are to begin talks"
        if governor.pos_ == "ADJ" and lemma in lex.words("planned_governors") and previous.dep_ == "xcomp":
            return "planned"  # "was ready to provide assistance", "talks are due to resume"
        # An infinitive, object or participial adjunct ("will lead the response, striking X")
        # shares the modality of the verb it hangs from.
        # Not a speech act said beside it ("said it would boycott the vote, accusing the commission
        # of bias": the accusation is made now).
        speaking_now = previous is trigger and said_alongside and verb_type(trigger, lex) in _SPEECH_ACTS
        if governor.pos_ == "VERB" and not speaking_now and (previous.dep_ in ("xcomp", "dobj", "pobj", "prep", "conj") or (
                previous.dep_ == "advcl" and not any(c.dep_ == "mark" for c in previous.children))):
            # a plan is in the verb's complement, not in an adjunct beside it ("set fire to a church,
            # killing 15 worshippers", "moved in to disperse the protesters" happened); a promise
            # the model hung as an adjunct is still one ("promised during a visit to free them")
            # "threatened on Sunday to arrest them": an infinitive the parser hung as an adjunct is
            # still the act threatened ("threatened a wider war, striking a village" struck)
            infinitive = to_infinitive(previous)
            # "agree to a ceasefire and to begin negotiations": a conjunct stands beside the promise
            committed = lemma in lex.words("commitment_governors") and previous.dep_ != "conj" or \
                infinitive and verb_type(governor, lex) == "THREATEN"
            # "protesters tried to storm parliament", "residents who tried to block them": an attempt
            # told as past or going on was made, whatever came of it (not "will try to meet")
            tried = previous.dep_ == "xcomp" and attempted(previous)
            # "ordered the aid after speaking with Haftar": what came before the order is no part of it
            done_before = previous.dep_ == "prep" and previous.lower_ in lex.words("earlier_act_preps")
            if (lemma in lex.words("planned_governors") or committed) and lemma not in lex.words("occurred_governors") \
                    and (previous.dep_ != "advcl" or committed) and not tried and not done_before:
                return "planned"  # "agreed to withdraw"
            for child in governor.children:
                if child.dep_ in ("aux",) and child.lower_ in lex.words("possible_modals"):
                    return "possible"
                if child.dep_ == "aux" and child.lower_ in lex.words("planned_modals"):
                    return "planned"
                if child.dep_ == "aux" and child.lower_ in lex.words("obligation_modals"):
                    return "demanded"  # "should use their leverage to stop the bombing": asked, not done
        previous = governor
    return "occurred"


def find_source(trigger: Token, sent: Span, lex: Lexicon) -> tuple[Span | None, bool]:
    """Who the sentence attributes the trigger's event to, and whether that source is unnamed."""
    source = None
    for governor in _governors(trigger):
        if governor.lemma_.lower() in lex.words("reporting_verbs") and governor.pos_ in ("VERB", "AUX"):
            subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.dep_ == "nsubjpass" and governor.lemma_.lower() != "quote":
                # "instructors were said to have opened fire": said of them, by whom the agent tells
                subject = by_agent(governor)
                if subject is None:
                    break
            if subject is not None and subject.lower_ not in ("i", "we", "you"):
                source = _subject_phrase(subject)
                break
            if subject is None and governor.tag_ == "VBG" and governor.dep_ in ("advcl", "conj"):
                # "warned residents to stay away, saying it would attack them": who warned says it
                source = inherited_subject(governor)
                if source is not None:
                    break
    if source is None:
        source = _trailing_attribution(trigger, sent, lex)
    if source is None:
        source = _according_to(sent)
    if source is None:
        return None, False
    return source, is_anonymous(source, lex)


def _trailing_attribution(trigger: Token, sent: Span, lex: Lexicon) -> Span | None:
    """ "X met in Tehran ..., said a source close to the group": the parser often hangs the
    reporting verb under the reported clause instead of above it."""
    root = sent.root
    if trigger != root and root not in list(trigger.ancestors):
        return None
    for child in root.children:
        if child.i > trigger.i and child.lemma_.lower() in lex.words("reporting_verbs") and \
                child.dep_ in ("parataxis", "advcl", "conj", "ccomp", "dep"):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return _subject_phrase(subject)
    return None


def _according_to(sent: Span) -> Span | None:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            pobj = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _subject_phrase(pobj)
    return None


def _subject_phrase(token: Token) -> Span:
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("prep", "compound", "amod") and child.lower_ in ("of", "close", "from", "with") or child.dep_ in ("amod", "acl") and child.lower_ in ("close", "familiar"):
            right = max(right, child.right_edge.i)
    return token.doc[left:right + 1]


def is_anonymous(span: Span, lex: Lexicon) -> bool:
    """Unnamed: a generic head noun ("a source", "officials", "a leader of X") with no person named."""
    root = span.root
    if root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or any(e.label_ == "PERSON" for e in span.ents):
        return False  # a person or body named ("Doctors Without Borders said")
    if root.lower_ in ("one", "two", "three", "some", "several", "many", "most"):
        # "one of them said", "one of the sources told Reuters": a member of an unnamed set
        members = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(m.pos_ == "PRON" or is_anonymous(m.doc[m.i:m.i + 1], lex) for m in members)
    return root.lemma_.lower() in lex.words("anonymous_heads") or root.lower_ in lex.words("anonymous_heads") | \
        lex.words("member_nouns")


def asks_anonymity(verb: Token) -> bool:
    """ "a resident, who asked not to be named, told Reuters", "who asked that his name not be
    published", "who requested anonymity": a request for anonymity, not the quotation's cue nor a
    request of anyone."""
    return any(c.dep_ == "xcomp" and any(t.lemma_.lower() in ("name", "identify") for t in c.subtree) or
               c.dep_ == "ccomp" and {"name", "not"} <= {t.lemma_.lower() for t in c.subtree} or
               c.dep_ == "dobj" and c.lemma_.lower() == "anonymity"
               for c in verb.children)


def speaks_anonymously(verb: Token) -> bool:
    """ "an official who spoke to the Kyiv Post on condition of anonymity": speaking on the terms
    of a source is how a report was got, not a meeting with the outlet."""
    return any(c.dep_ == "prep" and any(t.lemma_.lower() == "anonymity" for t in c.subtree)
               for c in verb.children)
