"""Actor mentions to canonical participants, through the actor dictionary and the article's context.

A mention is a spaCy span (the noun phrase of an actor, target or speaker).
It resolves, in order: a pronoun to the nearest earlier compatible mention; a
dictionary name, alias or demonym inside it; a description ("the group", "the
Lebanese group", "the country") to the entity the article means; a surname to
the full name the article used before; anything else to the phrase as written,
with its country inferred from a demonym ("Iraqi factions" → IQ).
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..data import ActorEntry, actor_entries, lexicon
from ..extract.phrases import (DESCRIBED_PRONOUNS, by_agent, described_clause, entity_of, first_conjunct,
                               holding_sides, identifies, is_agent, is_definite, is_facility, phrase,
                               prep_object, untagged_name)
from ..extract.quotes import document_author
from ..extract.triggers import verb_type
from ..model import Participant, Place
from .places import gazetteer

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_GROUP_KINDS = {"armed_group", "party", "movement"}
# Bodies that are neither states nor armed: they act through their staff, teams and convoys.
_CIVIL_KINDS = {"igo", "ngo", "organization"}
# Kinds a word like "the agency" or "the organization" may stand for: no state, no person.
_BODY_KINDS = {"state_organ", "igo", "ngo", "organization"}
_ANY_BODY_NOUNS = {"organization", "organisation", "agency", "body", "charity"}
# Kinds of actor that are a side in a conflict or a negotiation, not a person or a place.
PARTY_KINDS = {"state", "state_organ", "igo"} | _GROUP_KINDS
# A people's part, not its state ("the Serb majority").
_PEOPLE_NOUNS = {"majority", "minority", "community", "communities", "population", "populations"}
# Whoever the possessive speaks for ("his side would engage in talks", "shelling its positions").
_SIDE_NOUNS = {"side", "camp", "position", "positions", "base", "bases", "line", "lines", "stronghold", "strongholds"}
# Descriptions any body named since may fit ("the group"), unlike "the coalition".
_GENERIC_BODIES = {"group", "groups", "organization", "organisation", "movement", "faction", "militia", "party"}
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|"
                          r"so-called|several|many|other)\s+", re.IGNORECASE)


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", "").replace("”", "").replace('"', "")
    text = re.sub(r"'s$", "", text.strip())
    return re.sub(r"\s+", " ", text).strip().lower()


class ActorDictionary:
    """Look-ups over the curated actor dictionary (``data/actors.yaml``)."""

    def __init__(self, entries: tuple[ActorEntry, ...]) -> None:
        self.by_name = {e.name: e for e in entries}
        self.names: dict[str, ActorEntry] = {}
        self.demonyms: dict[str, ActorEntry] = {}
        self.metonyms: dict[str, ActorEntry] = {}
        self.people_by_surname: dict[str, list[tuple[str, ActorEntry]]] = {}
        for entry in entries:
            for alias in (entry.name, *entry.aliases) if entry.kind == "person" else ():
                *given, surname = _norm(alias).split()
                if given:
                    self.people_by_surname.setdefault(surname, []).append((given[0], entry))
            for alias in (entry.name, *entry.aliases):
                self.names.setdefault(_norm(alias), entry)
            for demonym in entry.demonyms:
                self.demonyms.setdefault(_norm(demonym), entry)
            for metonym in entry.metonyms:
                self.metonyms.setdefault(_norm(metonym), entry)

    def lookup(self, text: str) -> ActorEntry | None:
        key = _norm(text)
        key = re.sub(r"^the ", "", key)
        return self.names.get(key)

    def demonym(self, text: str) -> ActorEntry | None:
        return self.demonyms.get(_norm(text))

    def spelling_of(self, name: str) -> ActorEntry | None:
        """The person a name spells another way ("Vitaly Klitschko" for "Vitali Klitschko")."""
        *given, surname = _norm(name).split()
        return next((entry for first, entry in self.people_by_surname.get(surname, ())
                     if given and same_given_name(first, given[0])), None)

    def state_in(self, place: Place) -> Participant | None:
        """The state of the country a place lies in, named by the place's words."""
        return self.state_of_country(place.country, place.text)

    def state_of_country(self, country: str | None, text: str) -> Participant | None:
        entry = next((e for e in self.by_name.values() if e.kind == "state" and e.country == country), None)
        return self.participant(entry, text) if entry is not None else None

    def state_of(self, entry: ActorEntry) -> ActorEntry | None:
        seen = set()
        while entry.parent and entry.parent in self.by_name and entry.name not in seen:
            seen.add(entry.name)
            entry = self.by_name[entry.parent]
        return entry if entry.kind == "state" else None

    def participant(self, entry: ActorEntry, text: str) -> Participant:
        affiliation = entry.parent if entry.kind in ("person", "state_organ") else None
        return Participant(name=entry.name, text=text, kind=entry.kind, country=entry.country,
                           code=entry.code, affiliation=affiliation)

    def party(self, name: str, text: str) -> Participant:
        """The side a name stands for: its dictionary entry, else a body by that name."""
        entry = self.by_name.get(name)
        return self.participant(entry, text) if entry is not None else \
            Participant(name=name, text=text, kind="organization")


def same_given_name(a: str, b: str) -> bool:
    """Transliterations of one given name ("Vitali"/"Vitaly", "Muammar"/"Moammar") differ in a
    letter or two and start alike."""
    a, b = a.lower(), b.lower()
    return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


@functools.cache
def actor_dictionary() -> ActorDictionary:
    return ActorDictionary(actor_entries())


def _plural(token: Token) -> bool:
    """Is the noun the mention names plural ("Russian" in "90 Russian servicemen" names them)?"""
    while token.dep_ in ("amod", "compound", "nummod", "poss") and token.head != token:
        token = token.head
    counted = any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in token.children)
    return token.tag_ in ("NNS", "NNPS") or counted  # "the 90 servicemen", whatever tag the model gave


def in_subject(token: Token) -> bool:
    """A subject, or the name on one ("Ukrainian troops", "Hamas's leader")."""
    subject = ("nsubj", "nsubjpass")
    return token.dep_ in subject or (token.dep_ in ("amod", "compound", "poss") and token.head.dep_ in subject)


def _main_subject(token: Token) -> bool:
    """The subject of its sentence's main verb (or of one joined to it)."""
    while token.dep_ in ("amod", "compound", "poss") and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and first_conjunct(token.head).dep_ == "ROOT"


# Singular nouns for a body, not a person ("a government", "an army"): no "he" or "she".
_BODY_NOUNS = frozenset({"administration", "agency", "army", "authority", "cabinet", "coalition", "court",
                         "delegation", "force", "government", "military", "ministry", "movement", "navy",
                         "parliament", "party", "police", "regime", "state", "council", "alliance", "crowd",
                         "family", "mob"})


# Nouns that say a person's sex: "a woman was killed ... he said" is someone else.
_FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister", "widow", "grandmother",
                           "spokeswoman", "businesswoman", "chairwoman", "congresswoman", "actress", "nun",
                           "schoolgirl", "policewoman", "councilwoman"})
_MALE_NOUNS = frozenset({"man", "boy", "father", "husband", "son", "brother", "widower", "grandfather",
                         "spokesman", "businessman", "chairman", "congressman", "actor", "monk", "schoolboy",
                         "policeman", "fisherman", "councilman"})


@dataclass(frozen=True)
class Mention:
    index: int
    participant: Participant


class ActorResolver:
    """Resolves mentions in one article, remembering which entities the article has named."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.dictionary = actor_dictionary()
        self.lexicon = lexicon()
        self.history: list[Mention] = []
        for ent in doc.ents:
            if _town_taken_for_body(ent):
                continue  # "an attack on a base in El Carmen ... accused the group": no group is a town
            participant = self._named(ent)
            if participant is not None:
                self.history.append(Mention(ent.root.i, participant))
        # "the president's website, a day after he agreed": a title the article gave a named
        # person earlier is a mention of that person, for the pronouns after it
        titles = self.lexicon.words("person_titles")
        for token in doc:
            if token.lower_ in titles and _used_as_noun(token) and not token.ent_type_:
                titled = self._titled_person(token, token.text)
                if titled is not None:
                    bisect.insort(self.history, Mention(token.i, titled), key=lambda seen: seen.index)

    # -- public -------------------------------------------------------------------------------

    def resolve(self, span: Span | None) -> Participant | None:
        """The participant a phrase names; non-pronoun results join the article's history so that
        a later "it" or "the group" can point back to a description ("the Iraqi alliance")."""
        if span is None or not span.text.strip():
            return None
        found = self._resolve(span)
        # (a document is no antecedent: "the government said in a statement. It will work with ..."
        # is the government)
        if found is not None and span.root.pos_ != "PRON" and found.kind not in (None, "anonymous") and \
                span.root.lemma_.lower() not in self.lexicon.words("document_nouns"):
            bisect.insort(self.history, Mention(span.root.i, found), key=lambda seen: seen.index)
        return found

    def peek(self, span: Span) -> Participant | None:
        """The participant a phrase names, without remembering it for later pronouns."""
        return self._resolve(span) if span.text.strip() else None

    def _resolve(self, span: Span) -> Participant | None:
        root = span.root
        text = _trim(span)
        lower = root.lower_
        if lower in DESCRIBED_PRONOUNS and any(c.dep_ in ("acl", "relcl") for c in root.children) or \
                described_clause(root):
            return Participant(text, text, "group")  # "those involved in the attacks": not anaphoric
        if root.pos_ == "PRON" or lower in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            return self._pronoun(root, text)
        if root.lemma_.lower() in self.lexicon.words("document_nouns"):
            # "..., the statement said": whoever issued it says so, and is what a later "it" means
            author = document_author(root)
            issuer = self._resolve(author) if author is not None else None
            if issuer is not None:
                return dataclasses.replace(issuer, text=text)
        possessor = next((c for c in root.children
                          if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")), None)
        head_word = {root.lemma_.lower(), root.lower_}
        inside = self._named_in(span)
        if inside is not None and inside.kind == "person" and inside.affiliation and \
                head_word & (self.lexicon.words("armed_nouns") | self.lexicon.words("weapon_nouns")) and \
                root.ent_type_ != "PERSON":
            # "forces loyal to President Salva Kiir": the side he leads fights, not he (and his
            # side's warplanes)
            return self.dictionary.party(inside.affiliation, text)
        if inside is not None and inside.kind == "state" and head_word & _PEOPLE_NOUNS and \
                any(e.label_ == "NORP" for e in span.ents):
            # "the Serb majority", "the Tamil minority": a people, not its state
            return Participant(_DETERMINERS.sub("", text), text, "group", inside.country)
        named = inside or self._apposed_name(root) or self._first_member(root)
        if named is not None:
            return Participant(named.name, text, named.kind, named.country, named.code,
                               named.affiliation)
        # "its troops", "its fighters": the forces of whoever "it" is
        agents = head_word & (self.lexicon.words("state_agent_nouns") | self.lexicon.words("armed_nouns"))
        staff = head_word & self.lexicon.words("staff_nouns")
        owned = agents or staff or head_word & (self.lexicon.words("group_nouns") | _SIDE_NOUNS)
        if possessor is not None and owned:
            owner = self._pronoun(possessor, text)
            if owner is not None and owner.affiliation:
                return self.dictionary.party(owner.affiliation, text)
            if owner is not None and (head_word & _SIDE_NOUNS or agents and
                                      owner.kind in {"state", "state_organ", "person"} | _GROUP_KINDS):
                # "his side would engage in talks": he speaks for it; "its troops": Russia's, or the
                # army's; "his forces": the commander's
                return dataclasses.replace(owner, text=text)
            if owner is not None and staff and owner.kind in _CIVIL_KINDS and root.dep_ == "nsubj":
                # "The U.N. said its agencies distributed flour", "the Red Cross said its teams had
                # evacuated the wounded", "the EAC, whose leaders met": a body acts through its staff
                # (the staff one meets, "met its Ukrainian staff", are people met)
                return dataclasses.replace(owner, text=text)
        if possessor is not None and head_word & self.lexicon.words("state_nouns"):
            # "a new offensive against his country": the speaker's state
            owner = self._pronoun(possessor, text)
            state = self.dictionary.state_of_country(owner.country, text) if owner is not None and owner.country else None
            if state is not None:
                return state
        if root.lemma_.lower() in self.lexicon.words("institution_nouns") and is_definite(root) and \
                all(c.dep_ in ("det", "punct") for c in root.children if c.i < root.i):
            # "the council", "the court": the council or court the article named before
            same = next((seen.participant for seen in reversed(self.history)
                         if seen.index < root.i and _named_kind_of(seen.participant.text, root.lower_)), None)
            if same is None and root.lemma_.lower() in _ANY_BODY_NOUNS:
                same = self._named_body_the_sentence_before_was_about(root)
            if same is not None:
                return dataclasses.replace(same, text=text)
        # "the group", "the country" point back to a body named before; "the rebels" describe
        # people, named by what they are
        if head_word & (self.lexicon.words("group_nouns") | self.lexicon.words("state_nouns")) and root.tag_ != "NNS":
            described = self._description(span, root, text)
            if described is not None:
                return described
        if head_word & self.lexicon.words("person_titles") and _used_as_noun(root):
            titled = self._titled_person(root, text)
            if titled is not None:
                return titled
        # A name the model left untagged or tagged inside a longer span ("Anti-Japanese")
        entry = self.dictionary.lookup(text) or (self.dictionary.demonyms.get(_norm(text)) or
                                                 self._metonym(span) if len(span) == 1 else None)
        if entry is not None and text != text.lower():  # "guards" is no name ("Guards" is the IRGC)
            return self.dictionary.participant(entry, text)
        if (earlier := self._owned_before(root)) is not None:
            return dataclasses.replace(earlier, text=text)  # "Sudan's foreign ministry ... the ministry said"
        if len(span) == 1 and root.is_title and (person := self._named_person_before(root.text, span)) is not None:
            return person  # '"...," Blacking said': a surname the model took for a common noun
        fuller = self._fuller_mention(root)
        if fuller is not None:
            return Participant(name=_bare_name(fuller), text=text, kind=_guess_kind(fuller))
        holder = self._holder(root, text)
        if holder is not None:
            return holder
        if (framing := self._framing_state(root)) is not None:
            return self.dictionary.participant(framing, text)
        state = self._state_from_modifiers(root)
        # "an Israeli military base" is Israel's: hitting it is hitting Israel; "a Tamil Tiger rebel
        # fortification" the Tigers' ("Iraqi factions" are of Iraq, but not Iraq's: no affiliation
        # for people)
        facility = is_facility(root)
        places = self.lexicon.words("place_nouns") | self.lexicon.words("country_nouns")
        # ("its consulate in Damascus": a post abroad is of the state it serves, found below)
        served = root.lemma_.lower() in self.lexicon.words("serving_post_nouns")
        holder = None if served else next(
            (c for c in root.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PRON") and
             c.lemma_.lower() not in places | self.lexicon.words("person_titles")), None) or \
            self._owner_after_of(root, places)
        if facility and holder is not None and (held_by := self._resolve(phrase(holder))) is not None:
            # "raided the group's headquarters", "seized the regional broadcaster's offices", "shells
            # hit his house", "raided the home of one freed prisoner": acting on a party's premises
            # acts on the party (not "the city's airport": where, not whose; not "the ombudsman's
            # office", "the mayor's office": a body named by the post it serves)
            return dataclasses.replace(held_by, text=text)
        owner = (state.name if state is not None else self._named_owner(root)) if facility else None
        return Participant(name=_bare_name(span), text=text, kind=_guess_kind(span),
                           country=state.country if state else None, affiliation=owner)

    def index_of(self, participant: Participant) -> int:
        """Token index of the latest mention of ``participant`` in the history (-1 if none)."""
        return max((s.index for s in self.history if s.participant.name == participant.name), default=-1)

    def named_before(self, index: int, kinds: set[str] | None = None, singular: bool = False,
                     unlike: frozenset[int] = frozenset()) -> Participant | None:
        mention = self.mention_before(index, kinds, singular, unlike)
        return mention.participant if mention is not None else None

    def mention_before(self, index: int, kinds: set[str] | None = None, singular: bool = False,
                       unlike: frozenset[int] = frozenset()) -> Mention | None:
        """The most recent earlier mention of a fitting kind; a subject beats a closer non-subject
        within the same sentence window (salience: "X said ... she tweeted"), and a subject of the
        pronoun's own sentence beats one of the sentence before. ``singular``: not a plural noun
        ("It thanked the UAE" is not "the 90 servicemen"). ``unlike``: token indices the pronoun
        cannot point to."""
        fitting = [s for s in self.history if s.index < index and (kinds is None or s.participant.kind in kinds)
                   and not (singular and _plural(self.doc[s.index])) and s.index not in unlike]
        if not fitting:
            return None
        window_start = self.doc[index].sent.start
        previous = self.doc[window_start - 1].sent.start if window_start > 0 else 0
        recent = [s for s in fitting if s.index >= previous]
        subjects = [s for s in recent if in_subject(self.doc[s.index])]
        own_subjects = [s for s in subjects if s.index >= window_start]
        # the sentence before's main subject outranks one it reports ("General Waker-Uz-Zaman said
        # Hasina had stepped down. He said he had held talks": the general)
        main = [s for s in subjects if _main_subject(self.doc[s.index])]
        return (own_subjects or main or subjects or recent or fitting)[-1]

    # -- steps --------------------------------------------------------------------------------

    def _named(self, ent: Span) -> Participant | None:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            return None
        entry = self.dictionary.lookup(ent.text) or self._owned_organ(ent)
        if entry is None and not _is_place_modifier(ent) and (ent.label_ == "GPE" or len(ent) == 1):
            entry = self._metonym(ent)  # "Tehran said": Iran speaks
        if entry is None and ent.label_ == "NORP":
            entry = self.dictionary.demonyms.get(_norm(ent.text))
        if entry is not None:
            return self.dictionary.participant(entry, ent.text)
        if len(ent) == 1 and ent.label_ in ("ORG", "GPE") and \
                (person := self._named_person_before(ent.text, ent)) is not None:
            return person  # "Qureshi expressed optimism": a surname the small model took for a place or body
        if ent.label_ == "ORG" and self._titled(ent):
            return self._person(ent)  # "first lady Olena Zelenska" tagged ORG by the small model
        if ent.label_ == "PERSON":
            if len(ent) == 1 and gazetteer().resolve(ent.text) is not None:
                return None  # a one-word "person" that is a place name is the small model's slip
            return self._person(ent)
        if ent.label_ == "ORG":
            return Participant(name=_DETERMINERS.sub("", ent.text), text=ent.text, kind="organization")
        return None

    def _owned_organ(self, ent: Span) -> ActorEntry | None:
        """ "Russia's Defence Ministry" is the dictionary's "Russian Defence Ministry": a body named
        after its state's possessive, as the dictionary names it after the state's demonym."""
        owner = next((entity_of(c) for c in ent.root.children if c.dep_ == "poss" and c.ent_type_ == "GPE"),
                     None)
        state = self.dictionary.lookup(owner.text) if owner is not None else None
        if ent.label_ != "ORG" or state is None:
            return None
        return next((found for demonym in state.demonyms
                     if (found := self.dictionary.lookup(f"{demonym} {ent.text}")) is not None), None)

    def _metonym(self, name: Span) -> ActorEntry | None:
        """The state a capital's name stands for, also where the model took the capital for a
        person ("Kiev accused Moscow"); not a person's surname ("Colonel Ricardo Lima ... Lima said")."""
        if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == name.text
               for e in name.doc.ents if e.start < name.start):
            return None
        return self.dictionary.metonyms.get(_norm(name.text))

    def _titled(self, ent: Span) -> bool:
        """Is the name preceded or followed by a person's title ("first lady Olena Zelenska",
        "Glyn Davies, the U.S. special envoy")?"""
        titles = self.lexicon.words("person_titles")
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return before is not None and before.lower_ in titles or \
            any(c.dep_ == "appos" and c.lemma_.lower() in titles for c in ent.root.children)

    def _person(self, ent: Span) -> Participant:
        """A person not in the dictionary; a lone surname takes the full name used before."""
        name = _norm_person(ent.text)
        if (spelled := self.dictionary.spelling_of(name)) is not None:
            return self.dictionary.participant(spelled, ent.text)
        earlier = self._named_person_before(name, ent)
        if earlier is not None:
            return earlier
        affiliation = None
        # "Hezbollah leader Hassan Nasrallah": an organisation right before the title.
        for token in ent.root.lefts:
            if token.ent_type_ in ("ORG", "GPE", "NORP") and token.i < ent.start:
                entry = self.dictionary.lookup(token.text) or self.dictionary.demonyms.get(_norm(token.text))
                affiliation = entry.name if entry else token.text
        return Participant(name=name, text=ent.text, kind="person", affiliation=affiliation)

    def _named_person_before(self, name: str, ent: Span) -> Participant | None:
        """The person the article named before that this name means: a lone surname the full
        name, a variant spelling ("Vitaly"/"Vitali") the first one used."""
        given, _, surname = name.rpartition(" ")
        for seen in reversed(self.history):
            full = seen.participant
            if seen.index < ent.root.i and full.kind == "person" and full.name.split()[-1] == surname and \
                    (not given or " " in full.name and same_given_name(full.name.split()[0], given.split()[0])):
                return Participant(full.name, ent.text, "person", full.country, full.code, full.affiliation)
        return None

    def _named_in(self, span: Span) -> Participant | None:
        """The named entity the phrase is about: the one holding its head, else the first."""
        # (not a name in a relative clause on it: "peacekeepers who violate Sudanese law")
        ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
                and not any(a.dep_ == "relcl" and span.start <= a.i < span.end for a in e.root.ancestors)]
        # the name holding the head, or set beside it ("South Sudan's President Kiir"), first
        # (or a person set beside the title's body: "The chairman of the East African Community,
        # President Salva Kiir" is Kiir, wherever the parser hung the apposition)
        titled = span.root.lemma_.lower() in self.lexicon.words("person_titles")
        holding_root = [e for e in ents if e.start <= span.root.i < e.end or e.root.dep_ == "appos" and
                        (e.root.head == span.root or titled and e.label_ == "PERSON")]
        ordered = holding_root + [e for e in ents if e not in holding_root]
        for ent in ordered:
            if ent not in holding_root and span.root.pos_ == "NOUN" and \
                    span.root.lemma_.lower() not in self.lexicon.words("state_agent_nouns") and \
                    self._modifier_only(ent, span.root):
                # "Chinese demonstrators", "Russia-backed separatists": the state does not act
                continue
            if ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.root.head == span.root and \
                    span.root.pos_ == "NOUN" and self.dictionary.lookup(ent.text) is None:
                continue  # "Riot police": a word the model took for a name, no one's forces
            if ent.label_ == "NORP" and ent not in holding_root and span.root.pos_ == "NOUN":
                # "Iranian officials", "Israeli warplanes": the demonym's state acts.
                if span.root.lemma_.lower() in self.lexicon.words("group_nouns") and \
                        self._description(span, span.root, span.text) is not None:
                    continue
            owned = ent.root.head.lemma_.lower()
            if ent.label_ == "GPE" and ent not in holding_root and ent.root.dep_ == "poss" and ent.root.head != span.root \
                    and owned in self.lexicon.words("group_nouns") - self.lexicon.words("state_agent_nouns"):
                continue  # "the leader of Nigeria's militant group": a group in Nigeria, not its state
            known_state = (entry := self.dictionary.lookup(ent.text)) is not None and entry.kind == "state"
            if (ent.label_ in ("LOC", "FAC") and not known_state) or (
                    ent.label_ == "GPE" and ent not in holding_root and _is_place_modifier(ent)):
                continue  # a region or a venue ("the Middle East"); "South Sudan" tagged LOC is a state
            if ent not in holding_root and _town_taken_for_body(ent):
                continue  # "276 schoolgirls from Chibok": a town the model took for a body
            if ent not in holding_root and self._common_word_taken_for_name(ent, span.root):
                continue  # "The State government", "Eastern authorities": the phrase names the body
            participant = self._named(whole_name(ent, span.root) if ent.label_ == "PERSON" else ent)
            if participant is not None:
                return participant
        return None

    def _first_member(self, root: Token) -> Participant | None:
        """ "The country's supporters, including China, Russia and Egypt": the parties named, else
        those a body is made up of."""
        including = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        member = next((c for c in including.children if c.dep_ == "pobj"), None) if including is not None else None
        return self._named_at(member) if member is not None else self._made_up_of(root)

    def _made_up_of(self, root: Token) -> Participant | None:
        """ "The contingent, made up of Rwanda Defence Force troops": a body of members is their side."""
        made = next((c for c in root.children if c.dep_ == "acl" and
                     c.lemma_.lower() in self.lexicon.words("composition_verbs")), None)
        if made is None:
            return None
        member = next((g for c in made.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "of"
                       for g in (c, *c.children) if g.dep_ in ("dobj", "pobj")), None)
        return self._named_in(phrase(member)) if member is not None else None

    def _apposed_name(self, root: Token) -> Participant | None:
        """ "Shin Gambira, a well-known Buddhist monk who led protests": the description is the name's."""
        return self._named_at(root.head) if root.dep_ == "appos" else None

    def _named_at(self, token: Token) -> Participant | None:
        ent = entity_of(token)
        return self._named(ent) if ent is not None else None

    def _common_word_taken_for_name(self, ent: Span, root: Token) -> bool:
        """A capitalised adjective or state noun the model tagged as a name, set on the head it
        describes ("Eastern authorities sealed off Derna", "The State government suspended"): no
        actor goes by that word, so the whole phrase names the party."""
        word = ent.root
        return len(ent) == 1 and ent.label_ in ("ORG", "NORP") and word.head == root and \
            word.dep_ in ("amod", "compound") and (word.pos_ == "ADJ" or word.lower_ in
                                                   self.lexicon.words("state_nouns")) and \
            self.dictionary.lookup(ent.text) is None and self.dictionary.demonym(ent.text) is None

    def _modifier_only(self, ent: Span, root: Token) -> bool:
        """Is the entity only a modifier of a common noun that is a party of its own?"""
        if ent.root.head != root and ent.root.head.head != root:
            return False
        if ent.root.dep_ not in ("amod", "compound", "npadvmod", "nmod", "poss") and \
                ent.root.head.dep_ not in ("amod", "compound"):
            return False
        return root.lemma_.lower() in self.lexicon.words("agent_nouns")

    def _pronoun(self, token: Token, text: str) -> Participant | None:
        lower = token.lower_
        if lower in _FIRST_PERSON:
            return None
        antecedent = _relative_antecedent(token) or _reporting_subject(token) or _addressee(token) or \
            _described_noun(token) or _act_author(token) or _sentence_party(token)
        if antecedent is not None:
            found = self._resolve(antecedent)
            if found is not None:
                return dataclasses.replace(found, text=text)
        kinds: set[str] | None
        if lower in ("he", "she", "him", "her"):
            described = self._unnamed_person_before(token)
            if described is not None:
                return dataclasses.replace(described, text=text)
        prior = self._people_the_sentence_before_was_about(token) if lower == "them" else \
            _sources_told_before(token) if lower == "they" else None
        if prior is not None:
            found = self._resolve(prior)
            if found is not None:
                return dataclasses.replace(found, text=text)
        if lower == "it" and (prior := self._described_body_the_sentence_before_was_about(token)) is not None:
            found = self._resolve(prior)
            if found is not None and found.kind not in (None, "anonymous", "person"):
                return dataclasses.replace(found, text=text)
        if lower in _PERSON_PRONOUNS:
            kinds = {"person"}
        else:  # "it", "they": a state, body or group; "they" is rarely one person
            kinds = {"state", "state_organ", "armed_group", "party", "movement", "igo", "ngo",
                     "organization", "group", "media"}
        found = self.named_before(token.i, kinds, singular=lower in ("it", "its"), unlike=_own_subject(token))
        if found is None:
            return None
        return Participant(found.name, text, found.kind, found.country, found.code, found.affiliation)

    def _named_body_the_sentence_before_was_about(self, root: Token) -> Participant | None:
        """ "The Security Service of Ukraine (SBU) said it had opened an investigation. The agency
        also said ...": a word any body fits, opening its sentence, is the body the sentence before
        was about, its main subject."""
        if root.sent.start == 0 or not _main_subject(root):
            return None
        before = self.doc[root.sent.start - 1].sent
        return next((seen.participant for seen in self.history if before.start <= seen.index < before.end
                     and _main_subject(self.doc[seen.index]) and seen.participant.kind in _BODY_KINDS), None)

    def _described_body_the_sentence_before_was_about(self, pronoun: Token) -> Span | None:
        """ "The coalition halted its air campaign on April 2. It also freed more than 100
        prisoners": a sentence opening on "it" goes on about the body the sentence before was
        about, its main subject, when that is a description of a body ("the coalition", "the
        agency") the article named by no name there."""
        if not (_main_subject(pronoun) and pronoun.i == pronoun.sent.start) or pronoun.sent.start == 0:
            return None
        before = self.doc[pronoun.sent.start - 1].sent
        subject = next((t for t in before if _main_subject(t) and t.dep_ == "nsubj"), None)
        bodies = self.lexicon.words("group_nouns") | self.lexicon.words("state_nouns") | \
            self.lexicon.words("institution_nouns")
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_ or \
                subject.lemma_.lower() not in bodies or not is_definite(subject):
            return None
        return phrase(subject)

    def _people_the_sentence_before_was_about(self, pronoun: Token) -> Span | None:
        """ "The foreign ministers of Estonia and Latvia travelled to Tbilisi. A spokesperson said
        the Prime Minister had declined to meet them": with no one plural before it in its own
        sentence, "them" are the people the sentence before was about, its main subject."""
        own_before = pronoun.doc[pronoun.sent.start:pronoun.i]
        if pronoun.sent.start == 0 or any(t.tag_ in ("NNS", "NNPS") for t in own_before):
            return None
        before = self.doc[pronoun.sent.start - 1].sent
        subject = next((t for t in before if _main_subject(t) and t.dep_ == "nsubj"), None)
        people = self.lexicon.words("agent_nouns") | self.lexicon.words("person_titles")
        if subject is None or subject.tag_ != "NNS" or subject.ent_type_ or \
                subject.lemma_.lower() not in people or not is_definite(subject):
            return None
        return phrase(subject)

    def _unnamed_person_before(self, pronoun: Token) -> Participant | None:
        """ "a 31-year-old demonstrator died earlier this month. Activists say he was beaten": a
        person the text introduces without a name, as the subject of the pronoun's sentence or the
        one before, after any named person, is who "he" is."""
        start = self.doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
        if any(start <= seen.index < pronoun.i and seen.participant.kind == "person" for seen in self.history):
            return None  # "Netanyahu said a soldier was killed. He vowed ...": the named one speaks
        bodies = self.lexicon.words("group_nouns") | self.lexicon.words("state_nouns") | _BODY_NOUNS
        other_sex = _FEMALE_NOUNS if pronoun.lower_ in ("he", "him") else _MALE_NOUNS
        for token in reversed(self.doc[start:pronoun.i]):
            # "a 31-year-old demonstrator", "the army chief of Burkina Faso": one person described
            role = token.lemma_.lower() in self.lexicon.words("role_heads") | self.lexicon.words("person_titles")
            if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" and not token.ent_type_ and \
                    token.lemma_.lower() in self.lexicon.words("agent_nouns") | self.lexicon.words("role_heads") and \
                    token.lemma_.lower() not in bodies | other_sex and \
                    any(c.dep_ == "det" and (c.lower_ in ("a", "an") or role and c.lower_ == "the")
                        for c in token.children):
                return self._resolve(phrase(token))  # "the army chief of Burkina Faso": whose chief too
        return None

    def _description(self, span: Span, root: Token, text: str) -> Participant | None:
        """ "the group", "the Lebanese group", "the country" → the entity the article means."""
        if not is_definite(root):
            return None
        if any(c.dep_ == "amod" and c.lemma_.lower() == "lead" for c in root.lefts):
            return None  # "the Saudi-led coalition" names itself by its leader: no body named before
        state = self._state_from_modifiers(root)
        country = state.country if state else None
        is_state = bool({root.lemma_.lower(), root.lower_} & self.lexicon.words("state_nouns"))
        # "the relief group", "the rights group": a humanitarian body, not an armed one
        civil = any(c.lower_ in self.lexicon.words("civil_society_words") for c in root.children)
        # "the organization", "the agency": any body, armed, civic or intergovernmental
        body = root.lemma_.lower() in _ANY_BODY_NOUNS
        union = root.lemma_.lower() in self.lexicon.words("state_union_nouns")
        tiers = [{"state"}] if is_state else [{"ngo", "igo"}, {"organization"}] if civil else \
            [_GROUP_KINDS | {"organization", "ngo", "igo"}] if body else \
            [{"igo"}, _GROUP_KINDS | {"organization"}] if union else [_GROUP_KINDS | {"organization"}]
        # "the coalition" is the "Saudi-led coalition" named before, whatever was named since
        # (not "the group", which any group named since may be)
        word = root.lower_
        same_head = None if is_state or word in _GENERIC_BODIES else next(
            (seen.participant for seen in reversed(self.history)
             if seen.index < root.i and _named_kind_of(seen.participant.text, word)), None)
        if same_head is not None:
            return dataclasses.replace(same_head, text=text)
        # (a modified one, "the Iraqi alliance", says which of the bodies named it is)
        bare = all(c.dep_ == "det" for c in root.lefts)
        introduced = self._introduced(root) if bare and not is_state and word not in _GENERIC_BODIES else None
        if introduced is not None:
            return dataclasses.replace(introduced, text=text)
        if bare and not list(root.rights) and root.lemma_.lower() == "government" and not country:
            # "ADDIS ABABA - ... an arms embargo on Ethiopia and Eritrea ... The government declared a
            # state of emergency": a government no one owns (not "the government in Kiev") is the one
            # of the country the story is about, the first it names, not whichever state was named last
            home = next((seen.participant for seen in sorted(self.history, key=lambda m: m.index)
                         if seen.index < root.i and seen.participant.kind == "state"), None)
            if home is not None:
                return Participant(home.name, text, home.kind, home.country, home.code, home.affiliation)
        for kinds in tiers:
            for seen in reversed(self.history):
                candidate = seen.participant
                if seen.index >= root.i or candidate.kind not in kinds or \
                        self._one_of_a_pair(root, seen.index):
                    continue
                if country and candidate.country != country:
                    continue
                return Participant(candidate.name, text, candidate.kind, candidate.country,
                                   candidate.code, candidate.affiliation)
        return None

    def _one_of_a_pair(self, root: Token, index: int) -> bool:
        """ "Hamas and Palestinian Islamic Jihad fired rockets ... The organization accuses Israel": one
        body ("the organization", singular) is none of bodies named side by side, which it could not
        tell apart."""
        named = self.doc[index]
        return root.tag_ == "NN" and (named.dep_ == "conj" or any(c.dep_ == "conj" for c in named.children))

    def _introduced(self, root: Token) -> Participant | None:
        """ "Kenya heads a multinational force ... the gangs accused the force": a definite
        description is the party the article introduced with the same noun, undetermined ("a"),
        not whichever group it named last."""
        earlier = next((t for t in reversed(self.doc[:root.i]) if t.lemma_ == root.lemma_ and t.pos_ == "NOUN"
                        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
        if earlier is None:
            return None
        # "the Coordination Framework, an alliance of Iran-backed parties": the name it describes
        return self._apposed_name(earlier) or self._resolve(phrase(earlier))

    def _owned_before(self, root: Token) -> Participant | None:
        """ "the ministry", "the army": the body the article last called by this noun, when it was
        named by whose it is ("Sudan's foreign ministry", "the Malian army")."""
        if root.tag_ != "NN" or not is_definite(root) or root.ent_type_:
            return None
        earlier = next((t for t in reversed(self.doc[:root.i]) if t.lemma_ == root.lemma_), None)
        if earlier is None or not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
                                      for c in earlier.children):
            return None
        owner = self._resolve(self.doc[earlier.left_edge.i:earlier.i + 1])
        for ent in (e for e in self.doc.ents if earlier.i < e.start and e.end <= root.i and e.label_ in ("GPE", "NORP")):
            entry = self.dictionary.lookup(ent.text) or self.dictionary.demonym(ent.text)
            if entry is not None and entry.kind == "state" and (owner is None or entry.country != owner.country):
                return None  # "Kenya's police arrested 30 ... In Uganda, the police fired": another country now
        return owner

    def _fuller_mention(self, root: Token) -> Span | None:
        """ "the diplomats", "Leaders met ...": a bare plural party is the one the article described
        before with the same noun ("U.S., South Korean and Japanese diplomats")."""
        if root.tag_ != "NNS" or root.ent_type_ or any(c.dep_ != "det" for c in root.children):
            return None
        lemma = root.lemma_.lower()
        if lemma not in self.lexicon.words("agent_nouns") or lemma in self.lexicon.words("crowd_nouns"):
            return None
        for earlier in reversed(self.doc[:root.i]):
            modifiers = {c.dep_ for c in earlier.children}
            if earlier.lemma_.lower() == lemma and earlier.tag_ == "NNS" and "nummod" not in modifiers and \
                    modifiers & {"amod", "compound", "nmod"}:
                fuller = self.doc[max(earlier.left_edge.i, earlier.sent.start):earlier.i + 1]
                return fuller if len(fuller) <= 6 and not any(t.is_space or t.like_url for t in fuller) else None
        return None

    def _titled_person(self, root: Token, text: str) -> Participant | None:
        """ "the president", "the minister": the last person the article gave that title, in the
        text ("President Joe Biden") or in the dictionary's role."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) or \
                root.dep_ == "appos" and root.head.pos_ == "PROPN":
            return None  # "Glyn Davies, the U.S. special envoy": the title of the name beside it
        title = root.lower_
        attached = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
        # "Zelenskyy thanked the president": not the clause's own subject (that would be "himself")
        own_subject = {c.i for c in attached.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        titled = []
        for seen in reversed(self.history):
            person = seen.participant
            if seen.index >= root.i or person.kind != "person" or seen.index in own_subject:
                continue
            entry = self.dictionary.by_name.get(person.name)
            role = (entry.role or "") if entry is not None else ""
            if title in person.text.lower().split() or title in role.lower().split() or \
                    title in _title_words(self.doc[seen.index]):
                titled.append(seen)
        if not titled:
            # "the governor of New Mexico is moving troops ... Governor Michelle Lujan Grisham
            # announced": a title the next sentence gives a name, before any earlier one
            following = root.doc[root.sent.end].sent.end if root.sent.end < len(root.doc) else root.sent.end
            titled = [s for s in self.history if root.i < s.index < following and s.participant.kind == "person"
                      and title in _title_words(self.doc[s.index])][:1]
        if not titled:
            return None
        # the one the article made the subject of its news beats one met in passing ("during a
        # meeting with Ukrainian President Volodymyr Zelenskyy")
        person = next((s for s in titled if in_subject(self.doc[s.index])), titled[0]).participant
        return Participant(person.name, text, "person", person.country, person.code, person.affiliation)

    def _owner_after_of(self, root: Token, places: frozenset[str]) -> Token | None:
        """ "the home of one freed prisoner", "positions of the Karabakh Defence Army": the party
        after "of" (not "the airport of Kabul", "the port of the city": where it is)."""
        of = prep_object(root, "of")
        if of is None or of.ent_type_ in ("GPE", "LOC", "FAC") or of.lemma_.lower() in places or \
                not is_agent(phrase(of), self.lexicon):
            return None
        return of

    def _named_owner(self, root: Token) -> str | None:
        """The body named on a facility ("a Tamil Tiger rebel fortification"), by its dictionary name."""
        for child in root.children:
            if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "NORP")):
                name = self.doc[child.left_edge.i:child.i + 1].text
                if child.ent_type_ in ("GPE", "LOC") or gazetteer().resolve(name) is not None:
                    continue  # "the Donetsk airport": where it is, not whose
                entry = self._side_named(name)  # "a Tamil Tiger fortification"
                return entry.name if entry is not None else name
        modifiers = [c for c in root.children if c.dep_ in ("amod", "compound", "nmod") and c.i < root.i]
        # "Kurdish militant positions", "rebel bases": the fighters' ground
        return self._fighters(list(self.doc[modifiers[0].left_edge.i:root.i])) if modifiers else None

    def _fighters(self, words: list[Token]) -> str | None:
        """The side that fighters named attributively belong to: "Islamic State militant" → Islamic
        State, "Kurdish militant" → Kurdish militants, "former rebel" → rebels."""
        armed = self.lexicon.words("armed_nouns") - self.lexicon.words("state_agent_nouns")
        fighter = next((w for w in words if w.lower_ in armed and w.tag_ != "NNS"), None)
        if fighter is None:
            return None
        names = [w.text for w in words if w.i < fighter.i and (w.ent_type_ or w.pos_ == "PROPN")]
        entry = self._side_named(" ".join(names)) if names else None
        return entry.name if entry is not None else " ".join([*names, fighter.lower_ + "s"])

    def _side_named(self, name: str) -> ActorEntry | None:
        """The body a name used attributively stands for, in the singular: "Tamil Tiger", "Houthi"."""
        return self.dictionary.lookup(name) or self.dictionary.lookup(name + "s")

    def _holder(self, root: Token, text: str) -> Participant | None:
        """ "rebel-held areas", "Houthi-controlled territory": ground stands for the side holding it."""
        for side in holding_sides(root, self.lexicon):
            entry = self._side_named(side.text)
            if entry is not None:
                return self.dictionary.participant(entry, text)
            fighters = self._fighters([side])
            if fighters is not None:
                return Participant(name=fighters, text=text, kind="group")
        return None

    def _framing_state(self, root: Token) -> ActorEntry | None:
        """ "In Israel, the military said it was moving a division north": a sentence opened on a
        state's name sets where its bare "the military", "the police" serve."""
        sent = root.sent
        if root.lemma_.lower() not in self.lexicon.words("state_agent_nouns") or not is_definite(root) or \
                any(c.dep_ != "det" for c in root.lefts) or sent[0].lower_ != "in" or len(sent) < 3 or \
                sent[2].text != "," or sent[1].ent_type_ != "GPE" or sent[0].head != sent.root:
            return None
        entry = self.dictionary.lookup(sent[1].text)
        return entry if entry is not None and entry.kind == "state" else None

    def _state_from_modifiers(self, root: Token) -> ActorEntry | None:
        for child in root.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):  # "Iraqi factions", "Nepal's rebels"
                name = self.doc[child.left_edge.i:child.i + 1].text  # "South Sudan's", not "Sudan"
                entry = self.dictionary.demonyms.get(_norm(name)) or self.dictionary.lookup(name)
                if entry is not None and entry.kind == "state":
                    return entry
        return None



def whole_name(person: Span, head: Token) -> Span:
    """ "negotiator Vera Lucía Ospina told reporters", the model's name cut at "Vera Lucía": the
    name runs on through the capitalised words up to the phrase's head."""
    doc = person.doc
    if head.i < person.end or head.pos_ != "PROPN" or \
            not all(t.pos_ == "PROPN" and t.is_title for t in doc[person.end:head.i + 1]):
        return person
    return Span(doc, person.start, head.i + 1, label="PERSON")


def _title_words(name: Token) -> set[str]:
    """The words a name is given as title: "Palestinian President Mahmoud Abbas", "Glyn Davies,
    the U.S. special envoy"."""
    before = {t.lower_ for t in name.doc[name.left_edge.i:name.i]}
    apposed = {c.lower_ for c in name.children if c.dep_ == "appos"}
    return before | apposed


def _relative_antecedent(pronoun: Token) -> Span | None:
    """ "Eritrea, whose troops fought alongside ...": "whose" is the noun its clause describes."""
    if pronoun.lower_ != "whose":
        return None
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    return phrase(clause.head) if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None


def _own_subject(pronoun: Token) -> frozenset[int]:
    """The tokens of the subject acting on an object pronoun: "police used water cannons to clear
    them" are not the police ("themselves" would be). The subject of a verb the pronoun's clause
    is the purpose or complement of counts too."""
    if pronoun.dep_ == "poss" and (asker := _asker_of_owned_act(pronoun.head)) is not None:
        verb = asker  # "Moldova has repeatedly demanded their withdrawal": someone else's
    elif pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return frozenset()
    else:
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
            return frozenset(t.i for s in subjects for t in s.subtree)
        verb = verb.head


def _asker_of_owned_act(act: Token) -> Token | None:
    """The verb demanding an act only its owner can do ("demanded their withdrawal", "calling for
    their departure"): one asks it of others, not of oneself."""
    lex = lexicon()
    if act.lemma_.lower() not in lex.words("leaving_nouns") or act.dep_ not in ("dobj", "pobj"):
        return None
    verb = act.head if act.dep_ == "dobj" else act.head.head
    return verb if verb_type(verb, lex) == "REQUEST" else None


def _reporting_subject(pronoun: Token) -> Span | None:
    """ "West African leaders say they are in Abidjan", "Putin said he would": the subject of a
    reported clause is the reporter, when the reporter is named and agrees in number."""
    # "Armenia's prime minister said Azerbaijan may attack his country": a possessive in the reported
    # clause is the reporter's too
    clause = pronoun.head if pronoun.dep_ in ("nsubj", "nsubjpass") else \
        next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None) if pronoun.dep_ == "poss" else None
    if clause is None or clause.dep_ != "ccomp":
        return None
    reporting = clause.head
    if any(c.dep_ in ("dobj", "dative") and not _press(c) for c in reporting.children):
        return None  # "told Putin he should help": he may be the one told (not "told reporters he")
    reporter = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.pos_ == "PRON" or reporter.i > pronoun.i:
        # "They also detained dozens of young men, residents said": a pronoun before a trailing
        # attribution points back to the sentence before, not forward to the teller
        return None
    person = reporter.ent_type_ == "PERSON"
    body = not person and (reporter.ent_type_ in ("ORG", "NORP", "GPE") or reporter.tag_ == "NN")
    plural = reporter.tag_ in ("NNS", "NNPS") or reporter.ent_type_ in ("ORG", "NORP", "GPE")
    if (pronoun.lower_ in _PLURAL_PRONOUNS and plural) or (pronoun.lower_ in ("he", "she", "his", "her") and
                                                           (person or reporter.tag_ == "NN" and reporter.lemma_.lower() in lexicon().words("person_titles"))) or \
            (pronoun.lower_ in ("it", "its") and body):
        return _noun_phrase(reporter)
    return None


def _sources_told_before(pronoun: Token) -> Span | None:
    """ "..., two residents and a health worker told The Associated Press. They blamed the military": a
    "they" opening the sentence after people told the press is those people, not the outlet they told."""
    start = pronoun.sent.start
    if start == 0 or pronoun.i != start or not _main_subject(pronoun):
        return None
    reporting, people = lexicon().words("reporting_verbs"), lexicon().words("agent_nouns")
    return next((phrase(s) for verb in pronoun.doc[start - 1].sent if verb.lemma_.lower() in reporting
                 and any(c.dep_ in ("dobj", "dative") and _press(c) for c in verb.children)
                 for s in verb.children if s.dep_ == "nsubj" and s.tag_ == "NNS" and not s.ent_type_
                 and s.lemma_.lower() in people), None)


def _press(told: Token) -> bool:
    """The press one tells something ("told reporters", "told a local newspaper", "told AFP")."""
    if told.lemma_.lower() in lexicon().words("press_nouns"):
        return True
    ent = entity_of(told)
    entry = actor_dictionary().lookup(ent.text) if ent is not None else None
    return entry is not None and entry.kind == "media"


def _act_author(pronoun: Token) -> Span | None:
    """ "threats by North Korea that it will retaliate", "Hamas's vow that it would respond": the
    subject of what a threat or pledge says is its author, when it names one."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("acl", "ccomp"):
        return None
    act = clause.head if clause.head.pos_ == "NOUN" else _noun_before_that(clause)
    # a vow's "it" is who vows; a claim's or an accusation's is usually who is accused
    if act is None or act.lemma_.lower() not in lexicon().words("pledge_nouns"):
        return None
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    by = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    author = owner or (next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None)
    return _noun_phrase(author) if author is not None and author.pos_ != "PRON" else None


def _noun_before_that(clause: Token) -> Token | None:
    """ "threats by North Korea that it will retaliate", the clause hung on the sentence's verb by
    the small model: the noun the words right before "that" belong to."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return None
    token = clause.doc[mark.i - 1]
    for _ in range(4):  # up from "Korea" through "by" to "threats"
        if token.pos_ == "NOUN":
            return token
        if token.dep_ not in ("pobj", "prep", "compound"):
            return None
        token = token.head
    return None


def _used_as_noun(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective standing as one ("the secretary-general
    told") or for a name though written in lower case ("the prime minister said") or as a title
    ("the President said")."""
    capitalised_title = token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower or capitalised_title or \
        token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _addressee(pronoun: Token) -> Span | None:
    """ "told Russian President Vladimir Putin he should help": who is told what they should do is
    the one told (what one "would" do is the speaker's own plan)."""
    if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp" or pronoun.lower_ not in ("he", "she"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lexicon().words("obligation_modals") for c in pronoun.head.children):
        return None
    told = next((c for c in pronoun.head.head.children if c.dep_ in ("dobj", "dative")), None)
    return _noun_phrase(told) if told is not None and told.ent_type_ == "PERSON" else None


def _sentence_party(pronoun: Token) -> Span | None:
    """ "students barricaded themselves in while fighters shot at them", "police stopped the
    marchers and beat them": the one a clause's object pronoun stands for is in the clause it
    hangs on: its subject (a "while" clause with a subject of its own) or its object (a second
    verb or a participle sharing the subject: "suspended French outlets, accusing them of
    propaganda", "wrote to the federal government, asking it to intervene", "expressed solidarity
    with the protesters but urged them to remain calm")."""
    if pronoun.dep_ not in ("dobj", "pobj") or pronoun.lower_ not in ("them", "him", "her", "it"):
        return None
    clause = next((a for a in pronoun.ancestors if a.pos_ == "VERB"), None)
    if clause is None:
        return None
    # "told supporters in the square, before calling on them to continue": a clause after a
    # preposition hangs on the verb the preposition does, like an adverbial clause
    after_prep = clause.dep_ == "pcomp" and clause.head.dep_ == "prep"
    governing, dep = (clause.head.head, "advcl") if after_prep else (clause.head, clause.dep_)
    if dep not in ("advcl", "conj") or governing.pos_ != "VERB":
        return None
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    if dep == "conj" and own_subject:
        return None  # "protesters blocked roads and police dispersed them": not the roads
    if dep == "advcl" and own_subject:
        nouns = [c for c in governing.children if c.dep_ == "nsubj"]
    else:
        # the object the two verbs share, else the party the first one is aimed at by a preposition
        objects = [c for c in governing.children if c.dep_ in ("dobj", "dative")]
        nouns = objects + [g for h in (governing, *objects) for c in h.children if c.dep_ == "prep"
                           for g in c.children if g.dep_ == "pobj"]
        # or the doers of what those are said to be ("the price for emissions produced by wealthy
        # nations, and urged them to honour their commitments")
        nouns += [g for n in nouns for a in n.children if a.dep_ == "acl" and (g := by_agent(a)) is not None]
    for noun in nouns:
        if noun.pos_ == "PRON":
            return None
        # ("wrote to Erdogan and to Guterres asking them": two joined at their prepositions)
        plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children) or \
            noun.dep_ == "pobj" and any(c.dep_ == "conj" and c.pos_ == "ADP" for c in noun.head.children)
        if pronoun.lower_ == "them":
            agrees = plural
        elif pronoun.lower_ == "it":
            agrees = not plural and noun.ent_type_ != "PERSON" and noun.pos_ in ("NOUN", "PROPN")
        else:
            agrees = noun.ent_type_ == "PERSON"
        if agrees and is_agent(_noun_phrase(noun), lexicon()):
            # (not a thing: "denied the allegations, calling them lies" is said of their authors)
            return _noun_phrase(noun)
    return None


def _noun_phrase(noun: Token) -> Span:
    """The name a noun is part of ("Ladies in White"), else the noun with its modifiers and the
    body an of-phrase names ("the leaders of the Group of Seven said they were suspending": G7's)."""
    lex = lexicon()
    # (only for people acting for a body: "the broadcasts of French outlets" are no outlet)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None) \
        if noun.lower_ in lex.words("state_agent_nouns") | lex.words("staff_nouns") else None
    end = of.right_edge.i if of is not None and any(c.dep_ == "pobj" for c in of.children) else noun.i
    return entity_of(noun) or noun.doc[noun.left_edge.i:end + 1]


def _described_noun(pronoun: Token) -> Span | None:
    """ "dissidents arrested at their weekly demonstration": a possessive inside a clause that
    describes a noun is that noun's, when they agree in number."""
    if pronoun.dep_ != "poss":
        return None
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ in ("acl", "relcl") and ancestor.head.pos_ in ("NOUN", "PROPN"):
            noun = ancestor.head
            plural = noun.tag_ in ("NNS", "NNPS")
            if (pronoun.lower_ in _PLURAL_PRONOUNS and plural) or \
                    (pronoun.lower_ in ("his", "her") and noun.ent_type_ == "PERSON"):
                return _noun_phrase(noun)
            return None
        if ancestor.dep_ in ("ROOT", "ccomp", "advcl"):
            return None
    return None


def _bare_name(span: Span) -> str:
    """A name for an unnamed party: the phrase without its determiner or possessor, so that
    "Nepal's Maoist rebels" and "the Maoist rebels" are one name, "Maoist rebels"."""
    root = span.root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    start = owner.right_edge.i + 1 if owner is not None and owner.i < root.i else span.start
    if owner is not None and owner.lemma_.lower() in lexicon().words("person_titles") and \
            not owner.ent_type_ and span.start <= owner.i < root.i:
        # "Ecuador's ombudsman's office", "the attorney general's office": an office is named by the
        # post it serves (not "the group's fighters", "the country's top court": those are the body's)
        start = max(span.start, owner.i if owner.left_edge.i == owner.i else
                    next((c.right_edge.i + 1 for c in owner.children if c.dep_ == "poss"), owner.left_edge.i))
    while start < root.i and span.doc[start].dep_ in ("det", "case", "punct"):
        start += 1
    # "gunmen in Guerrero", "men in plain clothes": the words that tell them apart are in the text;
    # the name stays the kind they are
    end = min((c.i for c in root.children if c.i > root.i and identifies(c)), default=span.end) \
        if root.lower_ in lexicon().words("described_heads") else span.end
    name = _DETERMINERS.sub("", _trim(span.doc[start:end])) or _trim(span)
    return lexicon().generic_names.get(name.lower(), _uncapitalized(name, span.doc[start]))


def _uncapitalized(name: str, first: Token) -> str:
    """ "Rebels attacked ..." and "the rebels" are one party: a common noun is capitalised only
    because it opens the sentence (not a name the model took for one: "Lubinets, however, accused")."""
    if first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_ and not first.is_upper and \
            not untagged_name(first):
        return name[:1].lower() + name[1:]
    return name


def _trim(span: Span) -> str:
    """The phrase as written, without edge punctuation or a possessive ending ("Kabul's move")."""
    return re.sub(r"\s*['’]s$", "", span.text.strip(" ,.;:\"“”'’")).strip(" ,.;:\"“”'’")


def _norm_person(text: str) -> str:
    text = re.sub(r"['’]s$", "", text.strip())
    return re.sub(r"^(?:President|Prime Minister|Minister|Gen\.|General|Dr\.|Mr\.|Mrs\.|Ms\.|"
                  r"Ayatollah|Sheikh|King|Queen|Prince|Pope)\s+", "", text)


def _named_kind_of(text: str, head: str) -> bool:
    """Is ``text`` a named thing of this kind ("Saudi-led coalition" for "coalition"), not another
    bare description ("his group")?"""
    words = text.split()
    return len(words) > 1 and words[-1].lower() == head and any(w[:1].isupper() for w in words[1:-1] + words[:1]
                                                                if w.lower() != "the")


def _town_taken_for_body(ent: Span) -> bool:
    """A place name the model tagged as an organisation, where the phrase uses it as a place ("276
    schoolgirls from Chibok", "a military base in El Carmen") and no actor goes by that name."""
    return ent.label_ == "ORG" and _is_place_modifier(ent) and actor_dictionary().lookup(ent.text) is None \
        and gazetteer().resolve(ent.text) is not None


def _is_place_modifier(ent: Span) -> bool:
    """A GPE inside a larger phrase as a place ("in Tehran", "Tehran's residence")."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in ("in", "at", "near", "from", "across", "inside", "on", "to", "into")


def _guess_kind(span: Span) -> str:
    root = span.root
    if root.ent_type_ == "PERSON":
        return "person"
    if root.lemma_.lower() in ("police", "army", "military", "troops", "soldier", "force", "forces",
                               "government", "ministry", "authority", "authorities", "official"):
        return "state_organ"
    return "group"
