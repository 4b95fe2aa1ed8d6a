"""Direct quotations and who said them.

Quotation marks are paired per paragraph (curly or straight); a paragraph that
opens a quote and never closes it continues into the next paragraph that opens
one (the news convention for multi-paragraph quotes). The speaker is the
subject of the nearest cue verb ("said", "told", "added") outside the marks in
the same sentence, else in the neighbouring sentence, else the speaker of the
quote just before when the paragraph is nothing but the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..data import Lexicon, lexicon
from ..nlp import doc_text
from .attribution import asks_anonymity, is_anonymous
from .frames import QuoteFrame
from .phrases import entity_of, is_agent, phrase, possessor
from .triggers import spoken

MIN_QUOTE_WORDS = 4
_OPENERS = {"“": "”", '"': '"', "«": "»"}
_TRAILING = " ,.;:…"


@dataclass(frozen=True)
class _Marked:
    start: int  # first character inside the marks
    end: int    # one past the last character inside the marks


def find_quotes(doc: Doc) -> list[QuoteFrame]:
    lex = lexicon()
    frames: list[QuoteFrame] = []
    whole = doc_text(doc)
    for marked in _quotation_spans(whole):
        start, end = _trim(whole, marked.start, marked.end)
        text = whole[start:end]
        if len(text.split()) < MIN_QUOTE_WORDS:
            continue
        speaker, cue = _attribution(doc, start, end, lex)
        if speaker is None and _opens_paragraph(whole, marked.start):
            # a quotation paragraph after a paragraph of prose that names a speaker is theirs (a
            # quotation paragraph after a quotation continues it: the lead-in finds nothing then)
            speaker = _lead_in_subject(doc, start, lex)
        if speaker is None and frames and (_opens_paragraph(whole, marked.start)
                                           or _same_paragraph_chars(whole, frames[-1].end, start)):
            previous = frames[-1]
            speaker, cue = previous.speaker, previous.cue
        if speaker is None:
            speaker = _lead_in_subject(doc, start, lex)
        if speaker is not None and speaker.root.lemma_.lower() in lex.words("document_nouns"):
            speaker = document_author(speaker.root) or speaker
        antecedent = None
        if speaker is not None and speaker.root.lower_ in ("he", "she", "it"):
            antecedent = _last_speaker(doc, start, lex, people=speaker.root.lower_ != "it")
        anonymous = is_anonymous(antecedent or speaker, lex) if speaker is not None else False
        frames.append(QuoteFrame(start=start, end=end, text=text, speaker=speaker, cue=cue,
                                 anonymous=anonymous, antecedent=antecedent))
    return frames


def _last_speaker(doc: Doc, before: int, lex: Lexicon, people: bool = True) -> Span | None:
    """The last named subject of a speech verb before ``before``: in news prose "he said" after a
    quote almost always means the person last reported as speaking, not the last name mentioned
    ("it said": the last body reported speaking, "the army said in a statement")."""
    speech = lex.words("quote_verbs") | lex.words("reporting_verbs")
    found = None
    for token in doc:
        if token.idx >= before:
            break
        if token.lemma_.lower() in speech and token.pos_ in ("VERB", "AUX"):
            subject = _speaker(token)
            root = subject.root if subject is not None else None
            if root is None or root.pos_ == "PRON" or subject.end_char > before:
                continue
            named = _names_person(root, lex) or (
                root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")) or \
                any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children)  # "his father, Amjad Amini"
            # "A witness, who did not want to be named, said ... 'No warning,' he told AFP": one
            # unnamed person reported speaking is who "he" is too
            unnamed_person = root.tag_ == "NN" and is_anonymous(subject, lex)
            body = root.ent_type_ == "ORG" or root.lemma_.lower() in (
                lex.words("group_nouns") | lex.words("state_nouns") | lex.words("state_agent_nouns"))
            if (named or unnamed_person) if people else body and not is_anonymous(subject, lex):
                found = subject
    if people and found is not None and is_anonymous(found, lex):
        # "A police officer said ... Ruto defended the police. '...,' he said": a person named as
        # the subject since the unnamed one spoke is who "he" is
        named = [t for t in doc[found.end:] if t.idx < before and t.dep_ == "nsubj" and t.ent_type_ == "PERSON"]
        if named:
            return doc[named[-1].left_edge.i:named[-1].i + 1]
    return found


def _quotation_spans(text: str) -> list[_Marked]:
    """Text inside quotation marks, paragraph by paragraph; an unclosed quote runs to the
    paragraph's end (the next paragraph reopens it, and inherits its speaker)."""
    spans: list[_Marked] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        i, p_end = paragraph.start(), paragraph.end()
        while i < p_end:
            char = text[i]
            if char in _OPENERS and not _is_apostrophe_context(text, i):
                close = text.find(_OPENERS[char], i + 1, p_end)
                spans.append(_Marked(i + 1, p_end if close == -1 else close))
                if close == -1:
                    break
                i = close
            i += 1
    return spans


def _is_apostrophe_context(text: str, i: int) -> bool:
    return text[i] == '"' and i > 0 and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in _TRAILING + "\n":
        end -= 1
    return start, end


def _lead_in_subject(doc: Doc, start: int, lex: Lexicon) -> Span | None:
    """ "Nasrallah also offered a gesture toward ceasefire. 'Any time you ...'": a quotation with
    no cue of its own is the words of the person the sentence before it in the paragraph is
    about."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    own = first.sent if first is not None else None
    if own is None or own.start == 0 or own.start_char < start - 2:
        return None  # the quotation does not open its sentence
    before = doc[own.start - 1].sent
    if any(t.is_quote for t in before):
        return None
    if _same_paragraph(before, first):
        subject = _speaker(before.root)
    elif _opens_paragraph(doc_text(doc), start):
        # "Analyst X says the pattern is familiar. / "Violence always erupts ...": a paragraph that
        # is a quotation continues the speaker the paragraph before ended on
        cue = next((t for t in reversed(before) if t.pos_ in ("VERB", "AUX") and (
            t.lemma_.lower() in lex.words("quote_verbs") or spoken(t, lex))), None)
        if cue is None and before.text.rstrip().endswith(":"):
            cue = before.root  # "X described the attack in stark terms:" then the quoted paragraph
        subject = _speaker(cue) if cue is not None else None
    else:
        return None
    titled = subject is not None and any(t.lemma_.lower() in lex.words("person_titles") for t in subject)
    return subject if subject is not None and (_names_person(subject.root, lex) or titled) else None


def _names_person(root: Token, lex: Lexicon) -> bool:
    """A person's name or title ("Nasrallah", "the minister")."""
    return root.ent_type_ == "PERSON" or root.lemma_.lower() in lex.words("person_titles")


def _opens_paragraph(text: str, start: int) -> bool:
    """Does the quotation whose words begin at ``start`` open its paragraph (after its mark)?"""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 1


def _attribution(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[Span | None, str | None]:
    quoted = range(start - 1, end + 2)
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return None, None
    governing = _governing_cue(first, quoted, lex)
    if governing is not None:
        speaker = _speaker(governing, quoted)
        if speaker is not None and not (start <= speaker.start_char < end) and _can_speak(speaker, governing, lex):
            return speaker, governing.text
    sentences = _sentences_around(doc, first)
    for sent in sentences:
        cues = [t for t in sent if t.lemma_.lower() in lex.words("quote_verbs") and t.pos_ in ("VERB", "AUX")
                and t.idx not in quoted and not asks_anonymity(t)]
        cues.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
        for cue in cues:
            speaker = _speaker(cue, quoted)
            if speaker is None or start <= speaker.start_char < end:
                speaker = _stranded_speaker(cue, end)
            if speaker is not None and not (start <= speaker.start_char < end) and _can_speak(speaker, cue, lex):
                return speaker, cue.text
        according = next((t for t in sent if t.lower_ == "according" and t.idx not in quoted
                          and t.i + 1 < sent.end and t.nbor().lower_ == "to"), None)
        source = next((c for c in according.nbor().children if c.dep_ == "pobj"), None) if according else None
        if source is not None:
            return _whole_phrase(source), "according to"  # '"...," according to the ministry'
    return None, None


def _governing_cue(quote: Span, quoted: range, lex: Lexicon) -> Token | None:
    """The verb of saying or speech act whose clause holds a quotation set inside a sentence
    ('praised the Afghans for having "broken the shackles"', 'said the authorities must deal
    "decisively" with them, and the Guards warned ...'): its speaker, not the nearest cue's."""
    if quote.start == quote.sent.start or quote[0].idx in (quote.sent.start_char, quote.sent.start_char + 1):
        return None  # a quotation opening its sentence is told by the cue after it
    verbs = [t for t in quote[0].ancestors if t.idx not in quoted and t.pos_ in ("VERB", "AUX")]
    # a verb of saying first ('urged people to "stay calm," the minister said'), the nearest one
    # ('Nasrallah said Israel would "pay a price," Al-Manar reported')
    # ... else a speech act said outright ("praised", "accused"; not "deployed troops to support
    # the police 'in response to the emergency'")
    return next((t for t in verbs if t.lemma_.lower() in lex.words("quote_verbs")), None) or \
        next((t for t in verbs if spoken(t, lex) and t.tag_ != "VB"), None)


_ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "put", "send", "read", "tweet"})


def document_author(document: Token) -> Span | None:
    """ '"...," the statement said': whoever issued it, named on it ("the ministry's statement", "a
    statement from the army") or as the one who issued the same kind of document before ("The
    Foreign Ministry issued a statement on Monday")."""
    owner = possessor(document)
    if owner is not None and owner.pos_ != "PRON":
        return _whole_phrase(owner)
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            issuer = next((c for c in child.children if c.dep_ == "pobj"), None)
            if issuer is not None:
                return _whole_phrase(issuer)
    lemma = document.lemma_.lower()
    earlier = next((t for t in reversed(document.doc[:document.i]) if t.lemma_.lower() == lemma), None)
    if earlier is None:
        return None
    # the nearest mention says who: "the ministry issued a statement", "the army said in a statement"
    # (not "Israel dismissed the statement")
    verb = earlier.head.head if earlier.dep_ == "pobj" and earlier.head.lower_ == "in" else earlier.head
    issued = earlier.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_VERBS or \
        earlier.dep_ == "pobj" and verb.lemma_.lower() in lexicon().words("quote_verbs")
    issuer = _speaker(verb) if issued else None
    return issuer if issuer is not None and issuer.root.pos_ != "PRON" else None


def _whole_phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def _stranded_speaker(cue: Token, quote_end: int) -> Span | None:
    """ '"...," a rebel commander who asked not to be named told VOA': the small model may hang
    the speaker on the quotation's verb; the noun phrase that ends right before the cue, after
    the quotation, is who spoke."""
    before = next((t for t in cue.doc[:cue.i] if t.right_edge.i == cue.i - 1 and t.pos_ in ("NOUN", "PROPN")
                   and t.left_edge.idx > quote_end), None)
    return cue.doc[before.left_edge.i:before.i + 1] if before is not None else None


def _same_paragraph_chars(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _sentences_around(doc: Doc, quote: Span) -> list[Span]:
    inside = list({s.start: s for s in (t.sent for t in quote)}.values())
    after = inside[-1].end < len(doc) and doc[inside[-1].end].sent
    before = inside[0].start > 0 and doc[inside[0].start - 1].sent
    ordered = inside + [s for s in (after, before) if s and s not in inside and _same_paragraph(s, quote)]
    return ordered


def _same_paragraph(sent: Span, quote: Span) -> bool:
    lo, hi = sorted((sent.start_char, quote.start_char))
    return "\n" not in doc_text(sent.doc)[lo:hi]


_SAYING = {"say", "tell", "add", "state", "write", "declare", "read"}


def _can_speak(speaker: Span, cue: Token, lex: Lexicon) -> bool:
    """ 'said the "special military operation" would continue "until ..."': a cue word other than
    saying whose subject is a thing ("continue") is no attribution; whatever "says" speaks ("the
    report said"), and people, bodies, pronouns and documents speak."""
    if cue.lemma_.lower() in _SAYING:
        return True
    root = speaker.root
    surname = root.is_title and not root.is_sent_start  # '"...," Blacking said': a name the model missed
    return root.pos_ != "NOUN" or surname or bool(speaker.ents) or is_agent(speaker, lex) or \
        root.lemma_.lower() in lex.words("document_nouns") | lex.words("anonymous_heads")


def _speaker(cue: Token, quoted: range = range(0)) -> Span | None:
    # not a word of the quotation the model hung on the cue ('"... all of them," said Rima')
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx not in quoted), None)
    if subject is None and cue.dep_ in ("conj", "xcomp", "advcl") and cue.head != cue:
        head = cue.head
        while (head.idx in quoted or head.dep_ == "ccomp" and head.head.lemma_.lower() in
               lexicon().words("quote_verbs")) and head.head != head:
            # 'said officers "acted within the law" and told reporters: "..."': the model hangs the
            # second cue on the reported clause; the reporter speaks, not the clause's subject
            head = head.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
        subject = cue.head  # "a commander who asked not to be named": the commander
    left = subject.left_edge.i
    right = subject.i
    if subject.ent_type_:  # the whole name, however the tokenizer cut it ("al-Jubeir")
        ent = entity_of(subject)
        left, right = min(left, ent.start), max(right, ent.end - 1)
    while left < right and cue.doc[left].is_punct:
        left += 1  # '"...," one resident told VOA': the quotation's closing marks are not the speaker's
    for child in subject.rights:
        if child.dep_ in ("prep", "amod", "acl", "appos") and child.lower_ in ("of", "for", "close", "from", "with") \
                or child.dep_ == "appos" and child.ent_type_:  # "a spokesman for the Houthis, Yahya Saree"
            # not into a relative clause ("one resident of the village, who asked not to be named")
            obj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
            right = max(right, phrase(obj).end - 1 if obj is not None else child.right_edge.i)
        elif child.dep_ == "appos":
            break
    return cue.doc[left:right + 1]
