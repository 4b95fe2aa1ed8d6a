"""Participant phrases read off the dependency parse: subjects (also shared through "vowed to
attack" or relative clauses), objects and prepositional targets, and the tests that tell a
party ("the army", "Hamas militants") from an abstraction ("anonymity") or a place.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from ..data import Lexicon, actor_entries, demonyms, lexicon
from ..nlp import takes_town
from .triggers import (charge_on_accusers, counted, first_conjunct, lemma_type, noun_entry, noun_type,
                       spoken, to_infinitive)

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")


RELATIVE = {"that", "which", "who", "whom", "whose"}
_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
# Dependency labels through which a verb shares the subject of the verb it hangs from.
SUBJECT_SHARING = ("xcomp", "conj", "advcl", "acl", "pcomp")


def doc_span(token: Token) -> Span:
    return token.doc[token.i:token.i + 1]


def entity_of(token: Token) -> Span | None:
    """The named entity the token is part of, if any."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None) if token.ent_type_ else None


def is_definite(noun: Token) -> bool:
    """ "the attack", "this assault": a noun that points back to something already told."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def child_phrase(head: Token, deps: tuple[str, ...]) -> Span | None:
    """The phrase of ``head``'s first child with one of ``deps``; a relative pronoun ("who",
    "which") stands for the noun its clause describes."""
    child = next((c for c in head.children if c.dep_ in deps), None)
    if child is None:
        return None
    if child.lower_ in RELATIVE and child.dep_ in ("dobj", "dative"):
        # "the rebels, whom Congo accuses Rwanda of backing": a party named as a second object after
        # the relative is the verb's own; the relative belongs to the clause nested in it (not "whom
        # the president gave a warning")
        child = next((c for c in head.children if c.dep_ in deps and c.dep_ in ("dobj", "dative")
                      and c.i > child.i and c.lower_ not in RELATIVE and is_agent(phrase(c), lexicon())),
                     child)
    # "Glas, to whom Mexico had granted asylum", "the group with which it held talks": a relative
    # under a preposition stands for the noun its clause describes too
    clause = head.head if head.dep_ == "prep" and head.head.dep_ == "relcl" else head
    if child.lower_ in RELATIVE and clause.dep_ == "relcl" and clause.head != clause:
        antecedent = clause.head
        seat = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent
        if child.dep_ == "nsubj" and antecedent.ent_type_ in ("GPE", "LOC") and antecedent.head.lower_ in ("in", "at") \
                and seat.lemma_.lower() in lexicon().words("state_nouns") | {"authorities", "leadership"}:
            # "the central government in Addis Ababa, which launched a campaign": the place only
            # says where the government sits; the government acts (not "camps in Chad, which")
            antecedent = seat
        elif child.dep_ == "nsubj" and head.lemma_.lower() in lexicon().words("casualty_verbs") and \
                antecedent.dep_ == "pobj" and noun_type(seat, lexicon()) == "ASSAULT" and \
                (is_facility(antecedent) or antecedent.ent_type_ in ("GPE", "LOC", "FAC")):
            # "the attack on an army base in Djibo that killed 30 soldiers": the attack killed (not
            # "raids on the bandits who killed 50 villagers": the bandits did)
            antecedent = seat
        elif child.lower_ == "who" and antecedent.ent_type_ in ("GPE", "LOC"):
            # "Relatives of hostages still in Gaza, who have held weekly rallies": people, not the
            # place, are "who": the noun phrase the place ends
            while antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep":
                antecedent = antecedent.head.head
        return phrase(antecedent)
    if child.dep_ == "dative" and child.pos_ == "ADP":  # "sent to the Houthis"
        return child_phrase(child, ("pobj",))
    named = next((c for c in head.children if c.dep_ == child.dep_ and c.i > child.i and c.ent_type_ in _NAME_LABELS
                  and c.left_edge.i == child.i + 1), None) if child.dep_ in SUBJECTS else None
    # (or any noun set off after a fronted place: "In Cali, the epicentre of the unrest, police opened fire")
    apposed = child.left_edge.i > 1 and child.doc[child.left_edge.i - 1].lower_ == "," and \
        child.doc[child.left_edge.i - 2].ent_type_ in ("GPE", "LOC", "FAC")
    later = next((c for c in head.children if c.dep_ == child.dep_ and c.i > child.i), None) \
        if child.dep_ in SUBJECTS else None
    # "A plane carrying officers landed, two years after Haiti's government appealed to the UN",
    # parsed as two subjects of "appealed": the one before the clause's "after" is another clause's
    marked = later is not None and any(c.dep_ == "mark" and child.i < c.i < later.i for c in head.children)
    if later is not None and later.i < head.i and \
            (apposed or marked or child.lemma_.lower() in lexicon().words("place_nouns")):
        # "In Manokwari, the capital of West Papua, thousands of protesters blocked roads": the
        # place's apposition, parsed as a first subject, is where; the second subject acts
        return phrase(later)
    if named is not None:
        # "Sudan's army chief Abdel Fattah al-Burhan rejected", "Sudan's paramilitary Rapid Support
        # Forces shelled", parsed as two subjects: one party, named by the second (a body by its name
        # alone, not by the country that describes it)
        start = phrase(child).start if named.ent_type_ == "PERSON" else phrase(named).start
        return head.doc[start:phrase(named).end]
    # "released the majority of the dissidents": the dissidents are released. A subject keeps its
    # count ("thousands of people took to the streets"), which says how many acted.
    return phrase(child if child.dep_ in SUBJECTS else counted(child))


def by_agent(verb: Token) -> Token | None:
    """The noun a passive verb's "by" names ("the camp was attacked by gunmen": gunmen)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def passive_agent(verb: Token) -> Span | None:
    """The phrase of the passive verb's "by" agent, keeping its count ("killed by hundreds of fighters")."""
    agent = by_agent(verb)
    return phrase(counted(agent)) if agent is not None else None


# Pronouns a relative clause describes rather than points back from ("those who attacked the base").
DESCRIBED_PRONOUNS = frozenset({"those", "anyone", "whoever", "everyone", "anybody"})


def described_clause(token: Token) -> bool:
    """ "Anyone caught looting will be prosecuted": the parser may take a described pronoun with its
    participle for a clause that is the subject; it names a party all the same."""
    return token.dep_ == "csubjpass" and any(c.dep_ == "nsubj" and c.lower_ in DESCRIBED_PRONOUNS
                                             for c in token.children)


def phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without relative clauses, appositions or commas."""
    left = right = token.i
    role = token.lemma_.lower() in lexicon().words("role_heads")
    children = list(token.children)
    for n, child in enumerate(children):
        if child.i > token.i and (child.dep_ in ("relcl", "appos", "punct", "cc", "acl", "advcl", "prep") or
                                  child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")):
            # (nor a day the parser hung on the noun: "spoke with the emir the previous day")
            if child.dep_ == "prep" and (child.lower_ in ("of", "from") and not charge_on_accusers(token) or
                                         role and child.lower_ == "for" and any(
                    c.dep_ == "pobj" and c.ent_type_ in ("ORG", "NORP") for c in child.children)
                    or _name_goes_on(token, child)) and \
                    not any(c.dep_ == "pcomp" for c in child.children):
                # "leader of X", "soldiers from the M23", "a spokesman for the Taliban"; not "the
                # party of rigging the election"
                right = max(right, child.right_edge.i)
                continue
            housed = _housed(token, child)
            if housed is not None:
                right = max(right, housed.i)  # (not the place after them: "for displaced people near Laiza")
                continue
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                right = max(right, child.right_edge.i)  # "a senior rebel leader, Thamilendi"
                continue
            if child.dep_ == "acl" and child.lower_ in lexicon().words("allegiance_words") and \
                    {token.lemma_.lower(), token.lower_} & \
                    (lexicon().words("armed_nouns") | lexicon().words("weapon_nouns")):
                # "forces allied to the GNA", "a warplane belonging to Haftar's forces": whose side they are
                right = max(right, child.right_edge.i)
                continue
            # (not "those arrested by police": the clause is the act)
            if child.dep_ in ("acl", "relcl") and token.lower_ in DESCRIBED_PRONOUNS and \
                    not any(c.dep_ == "agent" for c in child.children):
                # "those involved in the attacks": who they are (up to a closing quotation mark)
                quote = next((t.i for t in token.doc[child.i:child.right_edge.i + 1] if t.is_quote), None)
                right = max(right, child.right_edge.i if quote is None else quote - 1)
                continue
            if token.lower_ in lexicon().words("described_heads") and identifies(child):
                # "officials in Hargeisa accused", "seized by men in plain clothes", "attacks by groups
                # linked to al-Qaeda": the words that say which officials, men or groups are meant
                right = max(right, child.right_edge.i)
                continue
            if child.dep_ in ("cc", "punct"):
                continue
            named = next((c for c in children[n + 1:] if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            titled = token.lemma_.lower() in lexicon().words("person_titles")
            if (role or titled) and named is not None:
                # "the separatist leader in Donetsk, Alexander Zakharchenko", "Saudi Arabia's minister
                # of state for foreign affairs, Adel al-Jubeir": the title is the named person's
                right = max(right, named.right_edge.i)
            break
        if child.dep_ == "conj":
            right = max(right, child.right_edge.i)
            continue
        if child.i < token.i:
            left = min(left, child.left_edge.i)
        else:
            right = max(right, child.right_edge.i)
    if token.ent_type_ in _NAME_LABELS:
        # "the Movement for Oneness and Jihad in West Africa": a name is not cut at its preposition
        ent = entity_of(token)
        left, right = min(left, ent.start), max(right, ent.end - 1)
    left = _after_dateline(token.doc, left, token.i)
    span = token.doc[left:right + 1]
    if len(span) > 1 and span[0].lower_ == "dead" and span.start > 0 and token.doc[span.start - 1].pos_ == "VERB":
        span = span[1:]  # "shot dead two protesters": "dead" belongs to the verb
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


def _name_goes_on(token: Token, prep: Token) -> bool:
    """ "The Indonesian Forum for the Environment", "UN High Commissioner for Human Rights": a
    capitalised body or post goes on through "for" and the capitalised words after it (the model
    often ends the name at "for")."""
    def capitalised(word: Token) -> bool:
        return word.pos_ == "PROPN" and word.is_title and word.ent_type_ in ("", "ORG")
    return prep.lower_ == "for" and capitalised(token) and \
        any(c.dep_ == "pobj" and capitalised(c) for c in prep.children)


def _housed(token: Token, prep: Token) -> Token | None:
    """ "bombed a camp for displaced people": a site named by the people it holds is theirs."""
    if prep.dep_ != "prep" or prep.lower_ != "for" or not is_facility(token):
        return None
    people = lexicon().words("toll_nouns")
    return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in people), None)


def identifies(modifier: Token) -> bool:
    """A post-modifier that tells who a generic noun means: a place they are in or a dress they wear
    ("in Idlib", "in plain clothes"), a side they are tied to ("linked to"), a guise ("posing as")."""
    lex = lexicon()
    if modifier.dep_ == "prep" and modifier.lower_ == "in":
        return any(c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC") or
                                         c.lower_ in lex.words("attire_nouns")) for c in modifier.children)
    # (or how they were going: "13 people traveling in a bus")
    return modifier.dep_ == "acl" and modifier.tag_ in ("VBN", "VBG") and \
        (modifier.lower_ in lex.words("allegiance_words")
         or modifier.lemma_.lower() in lex.words("guise_verbs")
         or modifier.tag_ == "VBG" and modifier.lemma_.lower() in lex.words("travel_verbs"))


def inherited_subject(verb: Token) -> Span | None:
    """The subject a verb shares with the verb it depends on ("vowed to attack", "X and then fled")."""
    current = verb
    for _ in range(4):
        if current.dep_ == "relcl" and current.tag_ == "VBD" and current.head.dep_ == "ROOT" and \
                current.head.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_ in SUBJECTS for c in current.children):
            # "The UN high commissioner, Michelle Bachelet, on Tuesday called on ...": a clause with no
            # subject of its own on the root noun is the sentence the model took the subject from
            return phrase(current.head)
        if current.dep_ not in SUBJECT_SHARING or current.head == current:
            return None
        head = current.head
        if current.dep_ == "conj" and _finite(current) and head.dep_ == "relcl" and head.head.dep_ == "ROOT" \
                and head.head.pos_ in ("NOUN", "PROPN"):
            # "The opposition National Party, whose former leader was extradited in April, called the
            # measure late and accused the government": the sentence's own verbs, hung on its clause
            return phrase(head.head)
        if current.dep_ == "conj" and _finite(current) and _infinitive(head):
            # "renewed calls for corporations to break ties and have urged governments": a tensed
            # verb the model hung on an infinitive shares the subject of the clause above it
            above = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and _finite(a)), None)
            return child_phrase(above, SUBJECTS) if above is not None else None
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head != head:
            head = head.head  # "Syria is willing to withdraw": the subject of "is" withdraws
        if head.pos_ == "ADP" and head.dep_ == "prep" and head.head != head:
            lex = lexicon()
            # "people were wounded from fighting" were hit; "dissuaded Israel from attacking",
            # "were barred from leaving": the one kept from it would have done it
            restrained = head.lower_ != "from" or \
                head.head.lemma_.lower() in lex.words("barring_verbs") | lex.words("prevention_verbs") or \
                not any(c.dep_ in PASSIVE_SUBJECTS for c in head.head.children)
            if current.dep_ == "pcomp" and head.lower_ in ("of", "for", "as", "from") and restrained:
                # "accused Moscow of shelling the plant", "thanked X for helping", "quoted Putin as
                # calling for", "have not stopped Russia from attacking": the object did it
                # (passive: "troops have been accused of killing civilians": the subject did it;
                # not "people were wounded from fighting": they were hit)
                host = head.head
                if host.dep_ == "pobj" and host.head.dep_ == "agent":
                    host = host.head.head  # "accused by rights groups of killing": the parser hangs "of" on the groups
                obj = child_phrase(host, ("dobj", *PASSIVE_SUBJECTS))
                if obj is None and host.dep_ in ("dobj", *PASSIVE_SUBJECTS) and host.head.pos_ == "VERB" \
                        and is_agent(phrase(host), lex):
                    # "accused Russian forces of shelling Enerhodar": the parser hangs "of" on the forces
                    obj = phrase(host)
                if obj is not None:
                    return obj
            head = head.head  # "..., after blaming the group": the subject of the verb "after" hangs on
        if head.pos_ in ("NOUN", "PROPN") and current.dep_ == "acl":
            if current.tag_ == "VBD" and any(
                    t.tag_ == "WDT" for t in head.doc[max(head.left_edge.i - 1, 0):head.i]):
                # "Haniyeh, which the group blamed on Israel": a past tense right after a relative
                # pronoun is the relative clause's own verb; the model hung it on its subject
                return phrase(head)
            if current.tag_ == "VBD" and head.dep_ == "ROOT":
                # "The junta, led by General Tiani, announced ... and demanded that French forces
                # leave": a past tense no noun phrase holds; the model took the subject for the root
                return phrase(head)
            if to_infinitive(current) and head.lower_ in lexicon().words("intention_nouns"):
                # "the government's decision last week to block 26 platforms", "announced a move to
                # expel the envoy": who decided is who does it (a move one announces is one's own;
                # not "criticised the decision to deploy")
                launched = head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon().words("light_verbs")
                author = nominal_actor(head) or (child_phrase(head.head, SUBJECTS) if launched else None)
                if author is not None:
                    return author
            if current.tag_ != "VBG":
                return None  # "an ultimatum to free the generals": whoever is given it frees them
            if head.dep_ == "pobj" and not is_agent(phrase(head), lexicon()):
                # "The Arab League issued a statement at a summit in Kuwait rejecting any talk of":
                # a place or occasion does nothing; the participle, hung on the nearest noun, tells
                # what the clause's doer did
                clause = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
                doer = child_phrase(clause, SUBJECTS) if clause is not None else None
                if doer is not None and is_agent(doer, lexicon()):
                    return doer
            if head.dep_ != "dobj" or is_agent(phrase(head), lexicon()):
                return phrase(head)  # "demonstrators protesting the results": they protest
            # "issued a statement rejecting X": the statement's issuer rejects
            return child_phrase(head.head, SUBJECTS) or inherited_subject(head.head)
        if current.dep_ == "xcomp" and head.lemma_.lower() in lexicon().words("object_control_verbs"):
            # "urged both sides to call": the object does the calling; "visited X to meet": not X
            obj = child_phrase(head, ("dobj",))
            if obj is not None:
                return obj
        charged = charged_party(head) if current.dep_ == "advcl" and current.tag_ == "VBG" else None
        if charged is not None:
            # "accused the RSF of opening fire on a convoy, wounding a French national": the
            # participle goes on with the deed charged, so the accused did it
            return charged
        passive = any(c.dep_ in PASSIVE_SUBJECTS for c in head.children)
        # "Israel is expected to launch an offensive": the subject of a passive that only reports
        # or expects does what its complement says
        subject = child_phrase(head, SUBJECTS) if not passive else \
            child_phrase(head, PASSIVE_SUBJECTS) if current.dep_ == "xcomp" and _bare_or_perfect(current) and \
            head.lemma_.lower() in lexicon().words("raising_verbs") else None  # not "were reported killed"
        told = subject or (child_phrase(head, PASSIVE_SUBJECTS) if passive else None)
        # ("HRW said 40 civilians had been killed by the attackers, and accused JNIM of war crimes":
        # those a reported deed was done to do not go on to accuse anyone in the same clause)
        acted_on = passive and any(c.dep_ == "dobj" for c in current.children)
        if told is not None and current.dep_ == "conj" and _said_of_a_thing(head, told, acted_on) and \
                (_speech_act(current) or _past_beside_modal(current, head)):
            # "China said the ban was discriminatory and urged India to reverse it", "UNIFIL said one
            # of its bases was hit and called on all parties": the parser hangs the second verb in
            # the reported clause; a thing there urges no one. Nor does it act in a past tense that
            # cannot share the clause's modal: "Pakistan said any attempt to divert its water would
            # be treated as an act of war and closed its airspace" (the sayer closed it)
            return child_phrase(head.head, SUBJECTS)
        if subject is None and told is not None and current.dep_ == "conj" and _speech_act(current) and \
                head.lower_ in lexicon().words("feeling_participles") and \
                not any(c.dep_ in ("auxpass", *PASSIVE_SUBJECTS) for c in current.children) and \
                (told.root.pos_ == "PRON" or is_agent(told, lexicon())):
            # "he was shocked by the killings and urged the authorities to investigate": a feeling,
            # then what he did about it; he urges (not "was arrested and charged"). Reported ("X said
            # he was shocked and urged"), the "he" is the sayer.
            sayer = child_phrase(head.head, SUBJECTS) if head.dep_ == "ccomp" and told.root.pos_ == "PRON" \
                and head.head.lemma_.lower() in lexicon().words("reporting_verbs") else None
            return sayer or told
        if subject is not None:
            return subject
        current = head
    return None


def _speech_act(verb: Token) -> bool:
    """A verb of saying something to or about someone ("urged", "accused", "warned"), not of doing
    ("the bomb exploded and killed 12 people")."""
    lex = lexicon()
    return verb.lemma_.lower() in lex.words("reporting_verbs") or spoken(verb, lex)


def _said_of_a_thing(clause: Token, subject: Span, acted_on: bool = False) -> bool:
    """Is the clause reported by a verb of saying, about a thing rather than a party (or about a
    party only acted on)?"""
    lex = lexicon()
    # (an event is a thing too: "said the withdrawal of Rwandan troops was not negotiable")
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.words("reporting_verbs") and \
        subject.root.pos_ != "PRON" and \
        (acted_on or not is_agent(subject, lex) or noun_entry(subject.root, lex) is not None)


_TENSED = ("VBD", "VBZ", "VBP", "MD")


def _finite(verb: Token) -> bool:
    return verb.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED for c in verb.children)


def _past_beside_modal(verb: Token, clause: Token) -> bool:
    """ "would be treated ... and closed": a simple past joined to a verb with a modal."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _bare_or_perfect(verb: Token) -> bool:
    """ "to launch", "to have opened fire" (not the participle of "were reported killed")."""
    return verb.tag_ == "VB" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and to_infinitive(verb)


def is_agent(span: Span, lex: Lexicon, event_type: str | None = None) -> bool:
    """Can this phrase be a party to an event? Names, pronouns and nouns for people or bodies
    (and, as the target of a physical act, facilities); not abstractions ("anonymity", "revenge")."""
    root = span.root
    if event_type in PHYSICAL_TYPES and is_facility(root):
        return True
    if root.pos_ == "PRON" or root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or described_clause(root):
        return True
    if event_type == "AID" and {root.lemma_.lower(), root.lower_} & lex.words("relief_site_nouns"):
        return True  # "sent blankets to 300 shelters": those sheltering there receive them
    if root.pos_ == "PROPN" and root.ent_type_ in ("", "WORK_OF_ART", "PRODUCT"):
        # a name the model left untagged or took for a title inside quotation marks, or for a
        # product's ("the authorities jailed Kamto")
        return True
    if root.ent_type_ == "" and len(root.text) > 1 and root.text.isalpha() and root.text.isupper() and \
            not root.sent.text.isupper():
        return True  # a body's initials the model took for a common noun ("accused the AA of ...")
    if untagged_name(root):
        return True
    if len(span) == 1 and root.text in demonyms():
        return True  # "the Chinese Consulate": "Chinese" was tagged part of the building's name
    if event_type in ("COERCE", "CONCEDE") and _laid_on_area(root, lex):
        # "a state of emergency in the Amhara region", "lifted a night-time curfew in Gondar": the
        # area a measure is laid on, or lifted from
        return True
    if event_type in ("ASSAULT", "COERCE") and (_settlements_hit(root, lex) or holding_sides(root, lex)):
        return True
    if root.lemma_.lower() in lex.words("place_nouns") and event_type not in ("ASSAULT", "COERCE"):
        # "filled the streets of Haiti's capital": a place, whoever's it is (a city attacked or
        # blockaded is a target: "a missile attack that targeted Ukraine's capital")
        return False
    if root.ent_type_ == "LOC" and event_type not in PHYSICAL_TYPES and root.dep_ in ("dobj", "dative"):
        return True  # "accused the South", "warned Europe": a region spoken to stands for its side
    # A name modifying the head ("Hamas militants", "Israel's army") makes it a party; a name
    # deeper in the phrase ("control of several towns in eastern Congo") does not.
    if any(e.label_ in ("PERSON", "ORG", "GPE", "NORP") and names_head(e.root, root) for e in span.ents):
        return True
    if root.lemma_.lower() in lex.words("person_titles") and (body := prep_object(root, "of")) is not None \
            and is_agent(phrase(body), lex):
        return True  # "the head of the rebel delegation": a post named by the body it serves
    if root.lower_ in lex.words("state_power_nouns") and \
            any(c.lower_ in lex.words("state_power_modifiers") for c in root.lefts):
        return True  # "negotiating with world powers": states, not powers granted ("expanded powers")
    return root.lemma_.lower() in lex.words("agent_nouns") or root.lower_ in lex.words("agent_nouns")


def untagged_name(root: Token) -> bool:
    """A capitalised word the small model took for a common noun: a name set after another word,
    not capitalised for opening the sentence ("the online travel company EaseMyTrip suspended
    bookings", "Dmytro Lubinets on Tuesday accused Russia"), or one the article used so before or
    gave as a name's last word ("her counterpart Dmytro Lubinets ... Lubinets, however, accused")."""
    if root.pos_ != "NOUN" or root.ent_type_ or not root.text[:1].isupper() or not root.is_alpha or \
            root.sent.text.isupper():
        return False
    return _after_a_word(root) or any(
        e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.end <= root.i and e[-1].text == root.text
        for e in root.doc.ents) or any(t.text == root.text and _after_a_word(t) for t in root.doc[:root.i])


def _after_a_word(token: Token) -> bool:
    """Is the word set after another one of its sentence, other than one capitalised for opening it?"""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return before is not None and before.is_alpha and (before.i > token.sent.start or before.pos_ == "PROPN")


def _settlements_hit(root: Token, lex: Lexicon) -> bool:
    """Settlements a physical act falls on, told by their kind and not as known ones ("shelling villages
    in southern Tigray", "attacked several villages"): they are what is hit, not where (one village
    struck is where the people it kills were: "striking a village ... and killing three fighters")."""
    return root.dep_ == "dobj" and root.tag_ == "NNS" and root.lemma_.lower() in lex.words("locality_nouns") \
        and not any(c.dep_ in ("det", "poss") for c in root.children)


def holding_sides(root: Token, lex: Lexicon) -> list[Token]:
    """The sides ground is told as held by ("shelled a government-held neighborhood", "airstrikes on
    AA-held areas", "Houthi-controlled territory"): it is hit as theirs, and stands for them."""
    participles = lex.words("holding_participles")
    holding = (c for c in root.children if c.dep_ == "amod" and c.lemma_.lower() in participles)
    sides = (next((s for s in c.children if s.dep_ in ("npadvmod", "compound")), None) for c in holding)
    return [side for side in sides if side is not None]


def _laid_on_area(root: Token, lex: Lexicon) -> bool:
    """A place ("the Amhara region", "Gondar") in the area phrase of a measure's noun or of the verb
    taking it ("a curfew in Gondar", "lifted a curfew in Gondar")."""
    areas = lex.words("place_nouns") | lex.words("territory_nouns")
    if not (root.lemma_.lower() in areas or root.ent_type_ in ("GPE", "LOC")) or \
            root.head.lower_ not in ("in", "on", "across"):
        return False
    holder = root.head.head
    measures = lex.words("area_measure_nouns")
    return holder.lemma_.lower() in measures or holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in measures for c in holder.children)


def is_facility(noun: Token) -> bool:
    """A building, base or vehicle ("bases" is lemmatized "basis", so the word itself counts too)."""
    return bool({noun.lemma_.lower(), noun.lower_} & lexicon().words("facility_nouns"))


def names_head(name: Token, root: Token) -> bool:
    """Is the name a modifier of the head, directly or through "of" ("the home of X"), even a few
    "of" phrases deep ("the head of chancery of the Embassy, Roberto Canseco")?"""
    token = name
    for _ in range(6):
        if token.head == root:
            return token.dep_ in ("compound", "amod", "nmod", "poss", "appos") or \
                (token.dep_ == "prep" and token.lower_ == "of")
        if token.dep_ == "pobj" and token.head.lower_ != "of":
            return False
        if token.head == token:
            return False
        token = token.head
    return False


# Prefixes the tokenizer splits off a demonym ("anti-Israel protests", "intra-Afghan talks").
_PREFIXES = {"anti", "pro", "intra", "inter", "non", "cross", "trans", "pan", "post", "pre"}


def _after_anti(token: Token) -> bool:
    """ "Anti-Japanese protests", "intra-Afghan talks": the people named are what the event is
    against or among, not who does it."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ in _PREFIXES


def possessor(noun: Token) -> Token | None:
    """Who owns the noun: "Israel's strike"; not a day's ("Sunday's rocket attack")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)


def prep_object(head: Token, word: str) -> Token | None:
    """The object of the head's own preposition ``word``: "the resignation of the deans" → deans."""
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == word
                 for g in c.children if g.dep_ == "pobj"), None)


def nominal_actor(noun: Token) -> Span | None:
    """Who carried out an event named by a noun: "Israel's strike", "Israeli strikes", "strikes by X",
    "an attack claimed by al-Shabab", "the attack, which was claimed by the Islamic State group"."""
    # "an RSF drone strike", "an M23 mortar attack": the name may modify the weapon
    weapons = [c for c in noun.children if c.dep_ == "compound" and c.lower_ in lexicon().mode_words]
    for child in [*noun.children, *(g for w in weapons for g in w.children if g.i < w.i)]:
        if child.dep_ == "poss" and child == possessor(child.head):
            return phrase(child)
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG") \
                and (child.is_alpha or child.pos_ == "PROPN") and child.lower_ not in _PREFIXES and not _after_anti(child):
            return doc_span(child)
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < noun.i and \
                child.lemma_.lower() in lexicon().words("armed_nouns") | \
                lexicon().words("acting_body_nouns") and \
                not any(g.dep_ == "amod" and g.lower_ == "joint" for g in child.children):
            # "the police crackdown", "an army offensive": the force acts (not "a joint fighter drill",
            # the two sides' drill of fighter jets)
            return phrase(child)
        if child.dep_ == "prep" and child.lower_ == "by":
            found = child_phrase(child, ("pobj",))
            if found is not None:
                return found
    return claimed_by(noun)


def claimed_by(noun: Token) -> Span | None:
    """ "an attack claimed by al-Shabab", "the attack, which was carried out by X": its author, and a
    report of the act, not a mention."""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        if clause.lemma_.lower() in lexicon().words("claiming_verbs"):
            found = passive_agent(clause)
            if found is not None:
                return found
    return None


# Types whose object can be a place physically acted on; for the others ("warned Pyongyang",
# "met in Tehran" aside) a capital as object is its government.
PHYSICAL_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID")


def _after_dateline(doc, left: int, head: int) -> int:
    """ "WASHINGTON / PORT-AU-PRINCE - Thousands filled...": a dateline glued to the subject."""
    start = left
    for i in range(left, head):
        if doc[i].text in ("-", "—", "–") and i > left and all(
                t.is_upper or t.text in ("/", ",", "-") for t in doc[left:i] if not t.is_space):
            start = i + 1  # the last dash: "PORT-AU-PRINCE" has dashes of its own
    return start


def is_place(span: Span, event_type: str = "ASSAULT") -> bool:
    """A phrase that names a place (a city, a region), not a party ("strikes on southern Beirut")."""
    root = span.root
    if root.ent_type_ in ("LOC", "FAC"):
        # "Sudan accused the South of arming rebels": the object of a word is who is spoken to
        return event_type in PHYSICAL_TYPES or root.dep_ not in ("dobj", "dative")
    taken = root.dep_ == "dobj" and takes_town(root.head)
    if root.ent_type_ == "GPE" and (event_type in ("ASSAULT", "AID") or taken):
        # "airstrikes on Sanaa", "a missile attack that targeted Kyiv": the city is hit; "sent aid to
        # Gaza": the people there receive it; "sealed off Derna": the town is what is closed in
        return False
    if root.ent_type_ == "GPE":
        ent = entity_of(root)
        text = re.sub(r"^the ", "", ent.text if ent is not None else root.text, flags=re.IGNORECASE)
        states, capitals = state_names()
        return text not in states and (event_type in PHYSICAL_TYPES or text not in capitals)
    return False


@functools.cache
def state_names() -> tuple[frozenset[str], frozenset[str]]:
    """Names that make a GPE a party (a state acting), and capitals that may stand for one."""
    states = [e for e in actor_entries() if e.kind == "state"]
    return (frozenset(name for e in states for name in (e.name, *e.aliases)),
            frozenset(name for e in states for name in e.metonyms))


def split_pair(actor: Span) -> tuple[Span, Span | None]:
    """ "Sudan and South Sudan signed": a mutual act's parties, first as actor, second as target."""
    conj = next((c for c in actor.root.children if c.dep_ == "conj"), None)
    if conj is None and any(c.dep_ == "cc" for c in actor.root.children):
        # "Representatives of the junta and the alliance held talks": the parser may give the verb
        # two subjects, the "and" left on the first
        conj = next((c for c in actor.root.head.children
                     if c.dep_ == actor.root.dep_ and c.i > actor.root.i), None)
    doc = actor.doc
    of = next((c for c in actor.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owners = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None and conj is None else None
    if owners is not None and any(c.dep_ == "conj" for c in owners.children) and not is_place(phrase(owners), "CONSULT"):
        return split_pair(phrase(owners))  # "the navies of China and Russia": China, and Russia
    if conj is None:
        # "Indian and French troops": two nations' forces, named by their adjectives
        first = next((c for c in actor.root.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in
                      ("NORP", "GPE") and any(g.dep_ == "conj" and g.ent_type_ in ("NORP", "GPE", "ORG")
                                              for g in c.children)), None)
        if first is not None:
            # "Pakistani and Afghan Taliban forces": Pakistan, and the Afghan Taliban's forces
            # ("Somali and African Union troops": the second name whole, not "Union troops")
            second = next(g for g in first.children if g.dep_ == "conj")
            return doc[first.i:first.i + 1], doc[second.left_edge.i:actor.root.i + 1]
        # "Lukashenko and Russian President Vladimir Putin", read by the model as one name
        named = next((c for c in actor.root.children if c.dep_ == "nmod" and c.ent_type_ == "PERSON" == actor.root.ent_type_
                      and any(g.dep_ == "conj" for g in c.children)), None)
        if named is None:
            return actor, None
        second = next(g for g in named.children if g.dep_ == "conj")
        return doc[named.left_edge.i:named.i + 1], doc[second.left_edge.i:actor.root.i + 1]
    first_end = min((c.i for c in actor.root.children if c.dep_ in ("cc", "conj", "punct") and c.i > actor.root.i),
                    default=actor.root.i + 1)
    return doc[actor.start:first_end], phrase(conj)


def name_glued_to_date(verb: Token) -> Span | None:
    """The small model often reads "eliminated Shukr Tuesday" as one noun phrase "Shukr Tuesday"
    (a date with a compound): the name is then the object."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            names = [c for c in child.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE")]
            if names:
                return phrase(names[0])
    return None


def name_glued_to_verb(verb: Token) -> Span | None:
    """The small model often reads the name before a bare verb as its modifier ("demanded that Yoon
    step down": "Yoon" an adjective of "step"; "that Maduro resign": a compound): with no subject
    of its own, the clause's name right before its verb is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    names = [c for c in verb.children if c.dep_ in ("compound", "amod") and c.i == verb.i - 1
             and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    return phrase(names[0]) if names else None


def what_it_called(verb: Token, lex: Lexicon) -> Token | None:
    """A free relative with a naming verb stands for the thing it names: "condemned what it called a
    brutal attack on protesters", "what he called Russian aggression" are aimed at the attack and the
    aggression, not at "what". The verb may be the naming verb itself or the one governing its clause."""
    namers = (verb, *(c for c in verb.children if c.dep_ == "ccomp"))
    for namer in (n for n in namers if n.lemma_.lower() in lex.words("naming_verbs")):
        if not any(c.dep_ == "dobj" and c.tag_ == "WP" and c.lower_ == "what" for c in namer.children):
            continue
        named = next((c for c in namer.children if c.dep_ == "oprd"), None) or \
            prep_object(namer, "as")
        # (a name is no description: "denounced as a coup d'état" may be parsed as a proper noun)
        if named is not None and named.pos_ == "NOUN":
            return named
    return None


def charged_party(verb: Token) -> Span | None:
    """ "accused the RSF of opening fire": the one an accusation charges with a deed ("of"; not
    "criticised the slow pace of the operation", a judged act's own "of")."""
    if verb.lemma_.lower() not in lexicon().words("charging_verbs"):
        return None
    return next((phrase(c) for c in verb.children if c.dep_ == "dobj" and
                 any(p.dep_ == "prep" and p.lower_ == "of" for p in (*c.children, *verb.children))), None)


def denied(prep: Token) -> bool:
    """ "fighting for survival, not against Ethiopia": a phrase said not to hold names no one."""
    return any(c.dep_ == "neg" for c in prep.children)


def prep_target(head: Token, event_type: str, lex: Lexicon,
                 preps: tuple[str, ...] | None = None) -> Span | None:
    allowed = set(preps) if preps else lex.words("target_preps") - lex.no_target_preps.get(event_type, frozenset()) \
        | set(lex.type_target_preps.get(event_type, ()))
    for child in head.children:
        # "sent weapons to the Houthis": the model may call the "to" a dative; "called on all parties
        # to protect civilians": or a particle, which then governs an object like a preposition
        misread = child.dep_ == "dative" and child.pos_ == "ADP" or \
            child.dep_ == "prt" and any(c.dep_ == "pobj" for c in child.children)
        # "On the Greek border, police fired tear gas at migrants": a phrase fronted before the verb
        # sets the scene; the verb's own phrases follow it (but for a relative's: "with which the
        # government is holding talks")
        fronted = child.i < head.i and head.pos_ in ("VERB", "AUX") and \
            not any(g.tag_ in ("WDT", "WP") for g in child.children)
        if (child.dep_ == "prep" or misread) and child.lower_ in allowed and not fronted and \
                not denied(child):
            # "flights to and from Venezuela": coordinated prepositions share their object
            target = child_phrase(child, ("pobj",)) or next(
                (found for c in child.children if c.dep_ == "conj" and (found := child_phrase(c, ("pobj",)))),
                None)
            # "strikes against what it describes as Iranian targets": the party the clause names (not
            # "demonstrated against what they described as the slow arrival of aid": no one)
            named = next((n for c in child.children if c.dep_ == "pcomp" and (n := what_it_called(c, lex))), None)
            if target is None and named is not None and is_agent(phrase(named), lex):
                target = phrase(named)
            if target is None and child.lower_ != "with":
                # "opened fire on Palestinians trying to return": the parser makes the noun the
                # subject of the gerund that describes it (not "with a spokesman calling it a step")
                target = next((found for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                               and (found := child_phrase(c, ("nsubj",))) is not None
                               and is_agent(found, lex)), None)
            if target is not None and not is_place(target, event_type) and target.root.ent_type_ not in ("DATE", "TIME"):
                return target
    return None
