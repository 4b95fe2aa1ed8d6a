"""What extract hands to resolve: event and quote candidates still pointing into the parse.

Frames hold spaCy spans, not names: resolve turns the spans into canonical
actors, places and dates. Frames are mutable because merging two mentions of
one happening fills one frame's gaps from the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token


@dataclass
class EventFrame:
    type: str
    trigger: Token
    evidence: Span
    mode: str | None = None
    actor: Span | None = None
    target: Span | None = None
    status: str = "occurred"
    source: Span | None = None
    source_anonymous: bool = False
    date: Span | None = None
    place: Span | None = None
    # The clause's other places, nearest first: where the nearest names nothing the gazetteer knows
    # ("rallied on Independence Square" in "In Kyiv, ... rallied on Independence Square")
    other_places: list[Span] = field(default_factory=list)
    fatalities: int | None = None
    confidence: float = 0.5
    merged: list[Token] = field(default_factory=list)
    # True where the text reports the act without naming who did it ("were killed", "a bomb
    # exploded"): such an event stands with an unknown actor; other actorless frames are fragments.
    unknown_actor_ok: bool = False
    two_sided: bool = False
    governed: bool = False  # a noun trigger reported by a verb ("launched attacks", "talks opened")
    # The actor is whoever says it: the quote's speaker or the reporter ("... must stop," he said).
    actor_is_speaker: bool = False
    # What the act is when a government does it ("protested the landing" is a diplomatic ACCUSE;
    # "blocked the road" is COERCE): applied in resolve, once the actor's kind is known.
    official_type: str | None = None
    # The target is the author of an act the text names without its author ("criticized the
    # move", "vowed revenge for the killing"): resolve finds it among the article's events.
    target_act: Span | None = None
    # Reported in a background clause ("after X overthrew Y"): no date borrowed from elsewhere.
    background: bool = False
    # "announced Saturday he would dismiss ...": the date is the announcement's, a day already past
    date_of_governor: bool = False
    # "..., a day after he agreed": the date is the date of the clause it hangs on, shifted by
    # the days given; resolve counts from that clause's own date (or the lede's publication date).
    day_offset: tuple[Token, int] | None = None
    # "The day after the raid, the council scrapped ...": the happening the act's day is counted from
    # (a noun or a clause's verb) and the days; resolve finds its day among the article's events,
    # when the act has no day of its own (nor one ``day_offset`` gives).
    counted_from: tuple[Token, int] | None = None
    # Aimed at no one by its nature, so resolve lends it no counterpart: a call for a strike or a
    # protest rallies the caller's own followers ("the BNP called for a general strike").
    self_standing: bool = False
    # A measure laid on the whole country ("imposed a nationwide curfew"): resolve makes the country
    # the target, the one the actor governs or else the one the story is about.
    nationwide: bool = False
    # A deal told by what it does ("the ceasefire between A and B that took effect"): made before, so no
    # event of its own, but kept until resolve finds it as the act others answer ("welcomed the ceasefire").
    act_only: bool = False


@dataclass
class QuoteFrame:
    start: int
    end: int
    text: str
    speaker: Span | None
    cue: str | None
    anonymous: bool
    # For a pronoun speaker ("she said"), the last named speaker before the quote.
    antecedent: Span | None = None
