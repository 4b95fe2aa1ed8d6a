"""Death tolls: "at least 12 people were killed", "killing nine", "dozens dead".

Numbers in digits or words; ranges keep the low figure; "dozens" counts 12,
"tens" 10, "hundreds" 100 (the lexicon's number words).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..data import Lexicon

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")


_MULTIPLIERS = {"dozen", "hundred", "thousand", "million"}


def number_value(token: Token, lex: Lexicon) -> int | None:
    """The number a word says; "two dozen", "three hundred" multiply their two words, whichever
    of them the parser made the head."""
    value = _word_value(token, lex)
    if value is None:
        return None
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is not None and after.lower_ in _MULTIPLIERS:
        return value * (_word_value(after, lex) or 1)
    if token.lower_ in _MULTIPLIERS and before is not None and (factor := _word_value(before, lex)):
        return factor * value
    return value


def _word_value(token: Token, lex: Lexicon) -> int | None:
    text = token.lower_
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    if text in lex.number_words:
        return lex.number_words[text]
    if "-" in text:  # twenty-five
        parts = [lex.number_words.get(p) for p in text.split("-")]
        if all(parts):
            return sum(p for p in parts if p)
    return None


def _count_of(noun: Token, lex: Lexicon) -> int | None:
    """The number a victim phrase carries ("nine militants", "three women and two children")."""
    total = None
    for head in [noun, *[c for c in noun.children if c.dep_ == "conj"]]:
        values = [number_value(c, lex) for c in head.children if c.dep_ in ("nummod", "quantmod", "amod")]
        # "dozens of villagers": the number word is the head
        if number_value(head, lex) is not None and (head.pos_ == "NUM" or head.tag_ == "NNS"):
            values.append(number_value(head, lex))
        numbers = [v for v in values if v]
        if numbers:
            total = (total or 0) + min(numbers)
    return total


def death_count(sent: Span, lex: Lexicon) -> int | None:
    """Deaths the sentence reports, from victims of a death word (kill, die, dead, death toll)."""
    deaths = lex.words("death_words")
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma not in deaths:
            continue
        candidates: list[Token] = []
        if token.pos_ == "VERB":
            candidates = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            if lemma == "die":
                candidates += [c for c in token.children if c.dep_ == "nsubj"]
        elif token.pos_ == "ADJ" and token.dep_ in ("acomp", "amod", "oprd"):
            candidates = [token.head] if token.dep_ == "amod" else [
                c for c in token.head.children if c.dep_ in ("nsubj", "dobj")]
        elif token.pos_ == "NOUN":
            candidates = [c.children and next((g for g in c.children if g.dep_ == "pobj"), c) or c
                          for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            candidates = [c for c in candidates if isinstance(c, Token)]
            if lemma in ("death", "fatality") and token.head.lemma_ in ("toll", "rise", "reach", "climb"):
                candidates += [c for c in token.head.subtree if c.pos_ == "NUM"]
        for candidate in candidates:
            value = number_value(candidate, lex) if candidate.pos_ == "NUM" else _count_of(candidate, lex)
            if value:
                return value
    return None
