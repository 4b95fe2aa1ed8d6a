"""Trigger words: which tokens the lexicon reads as an event of which PLOVER type and mode.

A verb is looked up with its object first ("lock up weapons" is disarming, "lock up
protesters" coercion), then with its particle or preposition ("call for"), then alone; an
event noun with its compound or adjective ("air strike", "hunger strike"), then alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..data import Lexicon, lexicon


def lemma_type(token: Token, lex: Lexicon) -> str | None:
    """The type the lexicon gives the word's lemma on its own, whatever its object or particle."""
    return (lex.verbs.get(token.lemma_.lower()) or (None,))[0]


def verb_entry(token: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    lemma = token.lemma_.lower()
    if (token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBN") and \
            (found := keyed_with(token, token.head, lex)) is not None:
        return found  # "the deal they struck", "the cease-fire that Poroshenko declared", "diplomats expelled"
    # A particle that undoes the verb decides before its object ("called off the strike").
    undone = next((c for c in token.children if c.dep_ == "prt" and c.lower_ in lex.words("undoing_particles")), None)
    if undone is not None:
        # (through a measure: "called off an earlier round of talks")
        objects = [w for c in token.children if c.dep_ == "dobj"
                   for w in (c.lemma_.lower(), *object_words(c))]
        for key in (*(f"{lemma} {undone.lower_} {o}" for o in objects), f"{lemma} {undone.lower_}"):
            if key in lex.verbs:
                return lex.verbs[key]  # "called off talks" before "called off" alone
    if sets_deadline(token, lex) or ultimatum(token, lex) or _reserves_a_reprisal(token, lex) or \
            _announced_answer(token, lex):
        return "THREATEN", None
    if trade_cut_off(token, lex) is not None:
        return "SANCTION", None
    if _fired_into_open_water(token, lex):
        return "MOBILIZE", None
    if _bidden_to_comply(token, lex):
        return "REQUEST", None
    if lemma == "fire" and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower()
                                                     in lex.words("person_titles")) for c in token.children):
        # "fired his defence minister": dismissed from office (PLOVER COERCE), not shot (guns are fired
        # at people)
        return "COERCE", None
    if lemma in lex.words("arrival_verbs") and relief_carrier(token, lex) is not None:
        return "AID", None
    if lemma in lex.words("force_moving_verbs") and _force_on_the_move(token, lex) or \
            _forces_readied(token, lex):
        return "MOBILIZE", None
    if lemma in lex.words("gathering_verbs") and _protesters_gathering(token, lex):
        return "PROTEST", None
    if lemma in lex.words("convening_verbs"):
        # "called a strike", "called a boycott" (which the parser may take for a complement); not
        # "called the rally illegal", which names it
        objects = [c for c in token.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
        if len(objects) == 1 and \
                (objects[0].lemma_.lower() == "strike" or noun_type(objects[0], lex) == "PROTEST"):
            return "PROTEST", None
    if lemma in lex.words("telephoning_verbs") and _telephoned(token, lex):
        return "CONSULT", None
    # The object decides first ("lock up weapons" is disarming), then particles, prepositions and
    # object complements ("held Bush responsible").
    # "stopped fighting", "pulled back": a gerund complement or an adverb particle keys it too.
    # "to" keys a verb with no object of its own: "took to the streets", not "took the matter to
    # the OAS" ("pulled its troops out of Mekele" keeps its "out")
    # (people taken there still go: "took its supporters to the streets")
    has_object = any(c.dep_ == "dobj" and c.pos_ != "PRON" and not c.ent_type_ and
                     c.lemma_.lower() not in lex.words("agent_nouns") for c in token.children)
    # a particle key said of the subject's own going holds with no object ("the column turned back",
    # not "turned back two trucks", which stops others)
    own_going = lex.words("objectless_particle_keys") if any(c.dep_ == "dobj" for c in token.children) else ()
    for deps in (("dobj", "xcomp", "nsubjpass"), ("prt", "prep", "oprd", "advmod")):
        for child in token.children:
            if child.dep_ in deps and not (child.dep_ == "prep" and child.lower_ == "to" and has_object) and \
                    f"{lemma} {child.lower_}" not in own_going and \
                    (found := keyed_with(token, child, lex)) is not None:
                return found
    captive = captive_complement(token, lex)
    if captive is not None and (found := lex.verbs.get(f"{lemma} {captive.lemma_.lower()}")) is not None:
        return found
    pronoun = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in ("them", "it")), None)
    if pronoun is not None and (found := _keyed_with_antecedent(token, pronoun, lex)) is not None:
        return found
    if lemma_type(token, lex) == "MOBILIZE" and _watchers_sent(token, lex):
        return None
    return lex.verbs.get(lemma)


def captive_complement(verb: Token, lex: Lexicon) -> Token | None:
    """The "hostage" of "took ... hostage" however the parser places it: as the verb's clause ("took
    some 250 others hostage") or the last of its object's list ("taken 130 guards and staff hostage")."""
    heads = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "dobj")]
    heads += [c for o in heads if o.dep_ == "dobj" for c in o.conjuncts]
    return next((c for c in heads if c.lower_ in lex.words("captive_complements")), None)


def _watchers_sent(verb: Token, lex: Lexicon) -> bool:
    """ "deployed a civilian monitoring mission", "have deployed observers to several blockades": people
    sent to watch, not a force."""
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    words = lex.words("civilian_deployment_words")
    return bool(sent) and all({s.lemma_.lower(), s.lower_} & words or any(
        c.dep_ in ("amod", "compound") and c.lower_ in words for c in s.children) for s in sent)


def _fired_into_open_water(verb: Token, lex: Lexicon) -> bool:
    """ "fired two ballistic missiles into the sea off its west coast", "firing three missiles into
    waters north of the maritime border": an attack by its object that lands in open water strikes
    no one; it shows force (PLOVER MOBILIZE: posturing "short of actual use of force")."""
    # ("fired a missile at a tanker in the Red Sea" strikes the tanker: every aim must be water)
    struck = [c for c in verb.children
              if c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "at", "against")]
    waters = [g for p in struck for g in p.children if g.dep_ == "pobj"
              and {g.lemma_.lower(), g.lower_} & lex.words("open_water_nouns")]
    if len(waters) != len(struck) or not waters and not _flown_past(verb, lex):
        return False
    launched = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return launched is not None and (keyed_with(verb, launched, lex) or ("",))[0] == "ASSAULT"


def _flown_past(verb: Token, lex: Lexicon) -> bool:
    """ "fired a ballistic missile over northern Japan", "fired two cruise missiles from a submarine
    off its east coast": a launch told by where it flew over or was fired from offshore, with no aim,
    is a test or show of force, not a strike ("fired six missiles from the direction of the Golan
    Heights" names no such place and stays an attack)."""
    for prep in (p for t in (verb, *verb.subtree) for p in t.children if p.dep_ == "prep"):
        place = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if place is None:
            continue
        if prep.lower_ == "over" and place.ent_type_ in ("GPE", "LOC"):
            return True
        if prep.lower_ == "off" and place.lemma_.lower() in lex.words("offshore_nouns"):
            return True
    return False


def _forces_readied(verb: Token, lex: Lexicon) -> bool:
    """ "ordered his army on Friday to be ready to repel any provocation": forces ordered to readiness are
    put on a war footing, as forces put on alert are (PLOVER MOBILIZE); so are any ordered "to prepare for
    emergency deployment"."""
    if verb.lemma_.lower() not in lex.words("directing_verbs"):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() == "prepare" and noun_type(g, lex) == "MOBILIZE"
           for c in verb.children for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
           for g in p.children if g.dep_ == "pobj"):
        return True
    forces = any(c.dep_ == "dobj" and counted(c).lemma_.lower() in lex.words("armed_nouns")
                 for c in verb.children)
    return forces and any(g.dep_ == "acomp" and g.lower_ in lex.words("readiness_words")
                          for c in verb.children if c.dep_ == "xcomp" for g in c.children)


def _force_on_the_move(verb: Token, lex: Lexicon) -> bool:
    """ "troops arrived in Doha", "units of the Border Service moved into the area", "a contingent
    of instructors arrived in Ouagadougou": armed forces going somewhere are deployed (PLOVER MOBILIZE);
    going back or out is a pull-back ("troops returned to their bases", "moved out of the town")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
        subject = verb.head  # "soldiers who landed in Kazakhstan"
    if subject is None or any(c.dep_ in ("prt", "advmod") and c.lower_ in lex.words("pulling_back_words")
                              for c in verb.children):
        return False
    # (irregulars entering a town take it: "Taliban fighters entered Kabul", "the rebels entered Aleppo")
    irregulars = lex.words("group_nouns") - lex.words("state_agent_nouns")
    forces = (lex.words("armed_nouns") | lex.words("force_nouns")) - irregulars
    # "the first units of a contingent", "a contingent of Turkish troops": the force is what the body is of
    heads = (subject, counted(subject), *(g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                                         for g in p.children if g.dep_ == "pobj"))
    if not any(h.lemma_.lower() in forces or h.lower_ in forces for h in heads):
        return False
    # whose force it is must be named ("Turkish troops arrived", not "the first troops had landed in
    # Pemba", which retells a deployment told before); a question is no report ("how many soldiers would
    # arrive")
    if not any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in subject.subtree) or \
            verb.dep_ != "relcl" and next(verb.subtree).tag_ in ("WDT", "WP", "WRB"):
        return False
    if _moving_to_fight(verb, subject, lex):
        return False
    # (into a place told as someone's, an incursion: "troops are moving into the rebels' last stronghold")
    reached = verb.lemma_.lower() in lex.words("arrival_verbs")
    places = [c for c in verb.children if c.dep_ == "dobj" and reached] + \
        [g for p in verb.children if p.dep_ == "prep" and p.lower_ in lex.words("destination_preps")
         for g in p.children if g.dep_ == "pobj"]
    return bool(places) and not any(c.dep_ == "poss" for g in places for c in g.children)


def _moving_to_fight(verb: Token, subject: Token, lex: Lexicon) -> bool:
    """ "soldiers arrived by helicopter and exchanged fire", "had landed on the bank in an attempt to seize
    the plant": a move told with an attack or a capture is part of that fight, not a deployment."""
    others = [t for t in verb.subtree if t.i != verb.i and t not in subject.subtree]
    if verb.dep_ == "conj":
        others.append(verb.head)
    for t in others:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma not in lex.words("force_moving_verbs") and \
                (lemma in lex.words("seizure_verbs") or verb_type(t, lex) == "ASSAULT"):
            return True
        if t.pos_ == "NOUN" and noun_type(t, lex) == "ASSAULT":
            return True
    return False


def _protesters_gathering(verb: Token, lex: Lexicon) -> bool:
    """ "Thousands of protesters gathered in the capital", "dozens of residents gathered outside the
    police station": a crowd the text calls protesters, or any crowd gathered outside a building
    (people gathered at a cemetery or a summit are mourners or delegates, not a protest)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("relcl", "acl"):
        subject = verb.head  # "protesters who gathered late Tuesday", "demonstrators massed in front of"
    if subject is None:
        return False
    crowd = counted(subject)
    if crowd.lemma_.lower() in lex.words("protester_nouns"):
        return True
    # people gathered while voicing a demand or a grievance protest ("relatives of detainees gathered
    # outside the prison, demanding to know where their family members were"); office holders
    # gathered so are meeting ("leaders gathered in Brussels, calling for a ceasefire")
    # (a nationality in the plural is such a crowd too: "about 300 Filipinos gathered outside the
    # ICC detention center", "hundreds of Serbs gathered outside the municipal building to demand")
    people = crowd.ent_type_ == "NORP" and crowd.tag_ in ("NNS", "NNPS")
    private = (people or not crowd.ent_type_) and crowd.lemma_.lower() not in lex.words("state_agent_nouns")
    if private and any((c.dep_ == "advcl" and c.tag_ == "VBG" or
                        c.dep_ in ("advcl", "xcomp") and to_infinitive(c))
                       and verb_type(c, lex) in ("REQUEST", "ACCUSE") for c in verb.children):
        return True
    return (people or {crowd.lemma_.lower(), crowd.lower_} & lex.words("crowd_nouns")) and \
        any(t.lower_ in ("outside", "front") and t.head.i >= verb.i for t in verb.subtree if t.i > verb.i)


# Events done by speaking, to or about someone: "urged", "accused", "warned", "hailed".
SPOKEN_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT"})


def spoken(verb: Token, lex: Lexicon) -> bool:
    """Is the verb an event done by speaking ("urged", "praised"), not one of doing ("killed")?"""
    return verb_type(verb, lex) in SPOKEN_TYPES


def to_infinitive(verb: Token) -> bool:
    """Is the verb told with "to" ("to release them", "a week to surrender")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def told_as_ahead(verb: Token, lex: Lexicon) -> bool:
    """Is the verb told with a modal of what is to come ("will retaliate", "would face the law")?"""
    return any(c.dep_ == "aux" and c.lower_ in lex.words("planned_modals") for c in verb.children)


def trade_cut_off(verb: Token, lex: Lexicon) -> Token | None:
    """ "barred American banks from providing financial services to MOGE", "stopped selling US dollars
    to four Kurdish banks": a state keeping its banks or nationals from dealing with a party, or halting
    its own dealings with it, cuts the party off (PLOVER SANCTION). The dealing verb, with whom it names."""
    lemma = verb.lemma_.lower()
    acts = []
    if lemma in lex.words("barring_verbs") and any(
            c.dep_ == "dobj" and (c.ent_type_ == "NORP" or c.lemma_.lower() in lex.words("dealer_nouns"))
            for c in verb.children):
        acts = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children if g.dep_ == "pcomp"]
    elif lemma in lex.words("ending_verbs"):
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return next((a for a in acts if a.lemma_.lower() in lex.words("trading_verbs") and any(
        p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with") and
        any(g.dep_ == "pobj" for g in p.children)
        for p in a.children)), None)


def sets_deadline(verb: Token, lex: Lexicon) -> bool:
    """ "gave the government 48 hours to release the students": a time given to someone to act."""
    if verb.lemma_.lower() not in lex.words("deadline_verbs"):
        return False
    times = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in lex.words("deadline_nouns")]
    # the act may hang on the verb or on the time ("a week to surrender")
    acts = [c for h in (verb, *times) for c in h.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
            and to_infinitive(c)]
    # an ultimatum names its penalty ("or face renewed protests") or calls itself one; "gave the
    # government two weeks to respond to the petition" is a procedure
    # ("gave the rebels 48 hours to lay down their weapons": a time to give in is an ultimatum too,
    # as is one to do what is demanded: "gives Doha 10 days to comply")
    penalty = any(t.lower_ == "or" for a in acts for t in a.subtree) or \
        any(t.lemma_.lower() in ("deadline", "ultimatum") for t in times) or \
        any(verb_type(a, lex) in ("RETREAT", "CONCEDE") or
            a.lemma_.lower() in lex.words("deadline_demands") for a in acts)
    return bool(times) and bool(acts) and penalty and any(c.dep_ == "dative" for c in verb.children)


def _announced_answer(verb: Token, lex: Lexicon) -> bool:
    """ "said Seoul would respond firmly to any provocation", "Iran will retaliate": an answer
    announced for the future is a threat made (not "could respond", a guess, nor "called on
    donors to respond"); a warning or vow that governs it is the threat already."""
    if verb.lemma_.lower() not in lex.words("retaliation_words") or verb.pos_ != "VERB":
        return False
    if not told_as_ahead(verb, lex) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether") for c in verb.children):
        return False  # "had decided how the United States would respond": a question, no answer told
    # ("warned that it would consider any deployment hostile and would respond accordingly")
    return not any(lemma_type(t, lex) == "THREATEN" for t in verb.ancestors)


def _reserves_a_reprisal(verb: Token, lex: Lexicon) -> bool:
    """ "reserves the right to take retaliatory measures", "reserves the right to respond with
    force": a threat (not "reserves the right to appeal")."""
    if verb.lemma_.lower() != "reserve":
        return False
    right = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"), None)
    act = next((c for c in right.children if c.dep_ == "acl" and to_infinitive(c)), None) if right is not None else None
    if act is None:
        return False
    answering = lex.words("retaliation_words")
    return act.lemma_.lower() in answering or verb_type(act, lex) in ("ASSAULT", "COERCE", "SANCTION") or \
        any(t.lemma_.lower() in answering or t.lower_ in ("retaliatory", "military", "necessary") for t in act.subtree)


def ultimatum(verb: Token, lex: Lexicon) -> bool:
    """ "told Ukrainian units to surrender by 5 a.m. or face an assault": an order with its penalty."""
    if verb.lemma_.lower() not in lex.words("object_control_verbs"):
        return False
    ordered = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)]
    # ("urged Americans to leave or risk being stranded", "act now or face famine" are advice: the
    # penalty must be one someone deals out)
    # (the penalty may be borne or paid as well as faced: "to leave the area or bear all consequences")
    return any(c.dep_ == "conj" and c.lemma_.lower() in lex.words("suffering_verbs") and
               any(cc.lower_ == "or" for cc in act.children if cc.dep_ == "cc") and _dealt_out(c, lex)
               for act in ordered for c in act.children)


def _dealt_out(face: Token, lex: Lexicon) -> bool:
    """ "or face an assault / arrest / the consequences": a penalty or a hostile act, not a danger."""
    faced = next((c for c in face.children if c.dep_ == "dobj"), None)
    if faced is None:
        return False
    word = faced.lemma_.lower()
    return word in lex.words("penalty_nouns") or noun_type(faced, lex) in ("ASSAULT", "COERCE", "SANCTION")


def _keyed_with_antecedent(verb: Token, pronoun: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    """ "claimed attacks on US troops before suspending them": a pronoun object keys the verb as
    the nearest noun before it in the sentence that does (of the pronoun's number), when the
    verb continues the same doer's clause (no subject of its own: "but police stopped them" is
    about people, not the attacks)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    plural = pronoun.lower_ == "them"
    for noun in reversed(verb.doc[verb.sent.start:verb.i]):
        if noun.pos_ == "NOUN" and (noun.tag_ == "NNS") == plural and \
                (found := keyed_with(verb, noun, lex)) is not None:
            return found
    return None


def blames(token: Token, lex: Lexicon) -> bool:
    """Is the word one of blame ("rigged", "a flagrant violation", "traitors")? Not as a word of a
    name: "Hayat Tahrir al-Sham" holds no sham."""
    words = lex.words("blame_words")
    if token.pos_ == "VERB" and token.lemma_.lower() in lex.words("violating_verbs"):
        return _breaks_a_rule(token, lex)
    if token.pos_ == "PROPN" or token.lower_ not in words and token.lemma_.lower() not in words:
        return False
    # "would respond firmly to any provocation", "desist from any further provocative actions": a wrong
    # anyone might do is warned of, blamed on no one
    noun = token.head if token.dep_ in ("amod", "compound") else token
    free_choice = lex.words("free_choice_determiners")
    return not any(c.dep_ == "det" and c.lower_ in free_choice for c in noun.children)


def names_a_blow(named: Token, judged: Token, lex: Lexicon) -> bool:
    """ "called the mutiny a stab in the back", "described the arrest as a kidnapping": an act named
    a deed of force is blamed on its doer (not "said the attack was a suicide bombing": a blow named
    a blow is only described; nor "what they called his kidnapping": the act is named by the blow)."""
    if named.pos_ != "NOUN" or judged.tag_ == "WP":
        return False
    return noun_type(named, lex) == "ASSAULT" and \
        noun_type(judged, lex) != "ASSAULT"


def _breaks_a_rule(verb: Token, lex: Lexicon) -> bool:
    """ "said the closure violated the principles of the community": breaking a deal or a rule
    blames; breaking a thing ("breach the fence") does not, nor does a rule kept for whoever might
    break it ("would expel any aid groups who violate Sudanese law")."""
    rules = lex.words("agreement_nouns") | lex.words("rule_nouns")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in rules for c in verb.children):
        return False
    free_choice = lex.words("free_choice_determiners")
    return not (verb.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in free_choice
                                             for c in first_conjunct(verb.head).children))


def _ordered_somewhere(verb: Token, lex: Lexicon) -> bool:
    """ "ordered about 3,500 paratroopers to Kuwait", "ordered paratroopers to the region of Grodno": what
    is ordered to a place is sent there (not "ordered troops to withdraw", an order to act)."""
    if verb.lemma_.lower() not in lex.words("directing_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(g.dep_ == "pobj" for g in p.children)
               for t in (verb, *objects) for p in t.children)


def _tells_when(prep: Token) -> bool:
    """ "on Monday", "in March": a preposition of time, which keys no verb phrase."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _telephoned(verb: Token, lex: Lexicon) -> bool:
    """ "Duda called Zelensky on Monday", "called his Turkish counterpart to discuss the crisis": a
    person called with nothing said of them is rung up (PLOVER CONSULT); not "called Putin a killer"
    (named so), "called on Iran" or "called for talks" (demands), "called him back" (a particle)."""
    if verb.dep_ in ("acl", "relcl") or any(c.dep_ in ("auxpass", "nsubjpass", "prt") for c in verb.children):
        return False
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") and c.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
           or c.dep_ == "prep" and c.lower_ in lex.words("phrasal_call_preps") and not _tells_when(c)
           for c in verb.children):
        return False
    called = [c for c in verb.children if c.dep_ == "dobj"]
    return len(called) == 1 and (called[0].ent_type_ == "PERSON" or
                                 called[0].lemma_.lower() in lex.words("person_titles") |
                                 lex.words("counterpart_nouns"))


def _bidden_to_comply(verb: Token, lex: Lexicon) -> bool:
    """ "directed the government to comment on the petitions", "directed him to appear before the court":
    a bidding to do what is no event of its own is a demand made of whom it is told to (one to deploy
    or to arrest is the act it sets off, told by that act's verb). Not "ordered": most often the order
    is the act it sets off, even one with no entry ("ordered them to hand over their vehicles")."""
    if verb.lemma_.lower() not in lex.words("bidding_verbs") or \
            not any(c.dep_ == "dobj" for c in verb.children):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)]
    acts += [c for act in acts for c in act.children if c.dep_ == "conj"]
    return bool(acts) and not any(verb_entry(act, lex) for act in acts)


def first_conjunct(token: Token) -> Token:
    """The first of the words joined to this one ("imposing a curfew and allowing soldiers":
    "imposing"), which holds the place in the sentence the others share."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def keyed_with(verb: Token, child: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    """The lexicon entry the verb has together with this object or particle ("declare cease-fire")."""
    if child.dep_ == "prep" and _tells_when(child):
        return None  # "called Putin a killer on Tuesday" is no "call on"
    sending = verb.lemma_.lower() in lex.words("sending_verbs") or _ordered_somewhere(verb, lex)
    giving = verb.lemma_.lower() in lex.words("giving_verbs")
    lemmas = (verb.lemma_.lower(), "send") if sending else (verb.lemma_.lower(),)
    # "co-operation" is keyed as "cooperation"
    words = (*object_words(child), hyphenated(child), hyphenated(child).replace("-", ""),
             child.lemma_.lower(), child.lower_)
    # the object may be told by the words that describe it ("an aircraft carrier strike group", "a
    # drone strike campaign"); what is sent by what stands beside it ("advisers and equipment")
    if child.dep_ in ("dobj", "nsubjpass"):
        places = lex.words("place_nouns")  # "took over the town hall" is no town taken
        words += tuple(t.lemma_.lower() for t in reversed([c for c in child.lefts if c.dep_ == "compound"])
                       if t.lemma_.lower() not in places)
        if sending or giving:
            # (every item of the list: the parser chains "teams, medical staff and relief supplies")
            words += tuple(c.lemma_.lower() for c in child.conjuncts)
            # "sent a team of doctors and medical supplies": what goes is what the team is of
            of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            words += tuple(t.lemma_.lower() for p in (of.children if of is not None else ())
                           if p.dep_ == "pobj" for t in (p, *(c for c in p.children if c.dep_ == "conj")))
    if child.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lex.words("rescue_verbs"):
        # "evacuated dozens of wounded protesters", "the injured sailor was evacuated": the people's
        # hurt tells a rescue, not a withdrawal of one's own
        words += tuple(a.lower_ for n in {child, counted(child)} for a in n.children if a.dep_ == "amod")
    if child.dep_ == "dobj" and child.ent_type_ in ("GPE", "ORG"):
        words += (child.ent_type_,)  # "suspended Sudan", "is leaving ECOWAS": keyed by what the object is
    if child.dep_ == "prep":  # "spoke by telephone": the preposition with its object
        # (its word as written too: the tagger lemmatizes "their bases" as "basis")
        words += tuple(f"{child.lower_} {w}" for g in child.children if g.dep_ == "pobj"
                       for w in {g.lemma_.lower(), g.lower_})
    for lemma in lemmas:
        for word in words:
            found = lex.verbs.get(f"{lemma} {word}")
            if found is not None and not _plain_sense(verb, child, found, lex):
                return found
    if giving and child.dep_ in ("dobj", "nsubjpass") and set(words) & lex.words("relief_goods"):
        # Relief goods handed over are aid whichever verb hands them: "distributed rice and
        # cooking oil to 20,000 displaced people", "delivered 25,000 tonnes of wheat to Mali"
        return "AID", None
    if giving and child.dep_ in ("dobj", "nsubjpass") and \
            any(relief_laden(v, lex) for v in {child, counted(child)}):
        return "AID", None  # or the vehicles carrying them: "sent a convoy of 14 lorries carrying medicine"
    if child.dep_ == "dobj" and (giving or verb.lemma_.lower() in lex.words("funding_verbs")) and \
            _a_sum(child, lex):
        return "AID", None  # money paid out to a side: "deposited $500 million in Sudan's central bank"
    return None


def _plain_sense(verb: Token, child: Token, found: tuple[str, str | None], lex: Lexicon) -> bool:
    """A crowd-action idiom that keeps its plain sense: "UN monitors observed an Israeli drone strike"
    (a strike stops work only told with labour or protest: "observed a general strike in protest
    against the offensive"); "Mourners packed the square for the funeral" (a crowd out for a rite)."""
    if found[0] != "PROTEST" or lemma_type(verb, lex) == "PROTEST":
        return False
    if child.lemma_.lower() == "strike" and not work_stoppage(child, lex) and \
            not in_solidarity((verb, child), lex, or_protest=True):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and counted(subject).lemma_.lower() in lex.words("rite_crowd_nouns")


def in_solidarity(heads, lex: Lexicon, or_protest: bool = False) -> bool:
    """ "in solidarity with the sit-in" (and, ``or_protest``, "in protest against the killings"), said
    on any of ``heads``: an act told as backing a side, or as a protest."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in lex.words("solidarity_nouns") or
                              or_protest and noun_type(g, lex) == "PROTEST")
        for g in c.children)
        for h in heads for c in h.children)


def work_stoppage(strike: Token, lex: Lexicon) -> bool:
    """ "workers began an open-ended strike", "went on strike": a strike told with a word of labour
    is a work stoppage, not an attack (not "Libyan National Army"; a union's name still speaks of labour)."""
    return strike.head.lower_ == "on" or any(
        t.lower_ in lex.words("labor_words") and not (t.ent_type_ and t.lower_ in ("national", "general"))
        for t in strike.sent)


def _a_sum(noun: Token, lex: Lexicon) -> bool:
    """ "$500 million", "80 million euros ($86m)", "money": an object that is an amount of money."""
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in lex.words("currency_nouns")
               for t in (noun, *(c for c in noun.children if c.dep_ == "appos")))


# Heads that count what follows them: "an equal number of weapons", "the majority of the dissidents".
QUANTITY_NOUNS = {"number", "amount", "stockpile", "cache", "batch", "part", "all", "some", "most",
                  "thousands", "hundreds", "dozens", "scores", "series", "set", "pair", "group", "one",
                  "many", "majority", "each", "several", "few", "rest", "half", "handful", "wave", "spate",
                  "string", "volley", "salvo",
                  "kg", "kilogram", "ton", "tonne", "worth", "load", "shipment", "consignment", "convoy", "column",
                  "package", "round", "bottle", "sack", "bag", "box", "crate", "carton", "truckload",
                  "company", "battalion", "brigade", "contingent", "platoon",
                  "regiment", "detachment", "unit"}


def charge_on_accusers(token: Token) -> bool:
    """ "accused by rights groups of massacres": the parser hangs the charge on the accusers, whose
    "of" phrase is then no part of them."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and \
        lemma_type(token.head.head, lexicon()) == "ACCUSE"


def counted(token: Token) -> Token:
    """The noun a quantity counts ("dozens of protesters" → protesters), else the token itself."""
    if not {token.lemma_.lower(), token.lower_} & QUANTITY_NOUNS and token.pos_ != "NUM" or token.pos_ == "PROPN":
        return token  # (not a name: "the Azov Battalion of the National Guard")
    if charge_on_accusers(token):
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # "hundreds of tonnes of food": counted through each measure; "most of those detained": the
    # people a clause describes
    described = inner is not None and inner.lower_ == "those" and any(c.dep_ == "acl" for c in inner.children)
    return counted(inner) if inner is not None and inner.pos_ in ("NOUN", "PROPN") or described else token


def object_words(obj: Token) -> tuple[str, ...]:
    """ "lock up an equal number of weapons": the object that counts is the weapons; "sent ships
    carrying food": the food."""
    inner = cargo(obj) or counted(obj)
    return (inner.lemma_.lower(), inner.lower_) if inner is not obj else ()


def cargo(obj: Token) -> Token | None:
    """What a carrier object carries ("two navy ships carrying food and medicine"), if said."""
    carrying = next((c for c in obj.children
                     if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport")), None)
    return next((c for c in carrying.children if c.dep_ == "dobj"), None) if carrying is not None else None


def relief_carrier(verb: Token, lex: Lexicon) -> Token | None:
    """ "a convoy of trucks carrying food reached Mekelle", "an aircraft with medical supplies
    landed in Beirut": the subject of an arrival that carries relief goods is aid delivered."""
    carrier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if carrier is None:
        return None
    return next((v for v in dict.fromkeys((carrier, counted(carrier))) if relief_laden(v, lex)), None)


def relief_laden(vehicle: Token, lex: Lexicon) -> bool:
    """ "trucks carrying food", "an aircraft with medical supplies", "convoys of food and medicine": a
    vehicle loaded with relief goods."""
    goods = lex.words("relief_goods")
    # (the parser may hang "carrying" on a name in the phrase: "aircraft from Turkey and the UAE
    # carrying tents")
    loads = [c for t in vehicle.subtree if t.dep_ == "acl" and t.lemma_.lower() in ("carry", "transport")
             or t.dep_ == "prep" and t.lower_ in ("with", "of") and t.head == vehicle
             for c in t.children if c.dep_ in ("dobj", "pobj")]
    return any(t.lemma_.lower() in goods for load in loads for t in (load, counted(load), *load.conjuncts))


def noun_entry(token: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    lemma = token.lemma_.lower()
    for child in token.doc[token.left_edge.i:token.i]:
        # a modifier before a compound modifies it whole: "a joint [fighter drill]", "joint [search]
        # operations", "joint [anti-narcotics] operations" (the parser may hang it on the compound)
        between = token.doc[child.i + 1:token.i]
        if child.dep_ in ("compound", "amod") and child.head.i in range(child.i + 1, token.i + 1) and \
                all(t.dep_ in ("compound", "amod", "punct") for t in between):
            for key in (f"{hyphenated(child)} {lemma}", f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {token.lower_}"):
                if key in lex.nouns:
                    return lex.nouns[key]
    # "the expulsion of France's ambassador": what the act is done to may key it, as a verb's object
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    for done_to in (c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"):
        if f"{lemma} {done_to.lemma_.lower()}" in lex.nouns:
            return lex.nouns[f"{lemma} {done_to.lemma_.lower()}"]
    for key in (hyphenated(token), token.lower_, lemma):
        if key in lex.nouns:
            return lex.nouns[key]
    for child in token.children:  # "renewed his call for more air defense systems", not "a call for 90 minutes"
        if child.dep_ != "prep" or child.i != token.i + 1:
            continue
        # "a state of emergency": the preposition's object may be part of the name
        whole = next((f"{lemma} {child.lower_} {c.lower_}" for c in child.children
                      if c.dep_ == "pobj" and c.i == child.i + 1), None)
        if whole in lex.nouns:
            return lex.nouns[whole]
        if f"{lemma} {child.lower_}" in lex.nouns and \
                not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in child.subtree):
            return lex.nouns[f"{lemma} {child.lower_}"]
    if asked_of(token) is not None and f"{lemma} for" in lex.nouns:
        return lex.nouns[f"{lemma} for"]
    if f"{lemma} for" in lex.nouns and _calls_refused(token, lex):
        return lex.nouns[f"{lemma} for"]
    return None


def verb_type(token: Token, lex: Lexicon) -> str:
    """The type of the event the verb tells, or "" if it tells none, for comparing at once
    ("fired his defence minister" → "COERCE", "said" → "")."""
    return (verb_entry(token, lex) or ("",))[0]


def noun_type(token: Token, lex: Lexicon) -> str:
    """The type of the event the noun names, or "" if it names none, for comparing at once
    ("the protests" → "PROTEST", "the town" → "")."""
    return (noun_entry(token, lex) or ("",))[0]


def _calls_refused(noun: Token, lex: Lexicon) -> bool:
    """ "rejected calls from opposition parties to step down", "ignored calls from the UN to halt
    the offensive": calls from someone to do something, which someone rejects or heeds, are demands
    (not "received a call from the president", a telephone call)."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in lex.words("drawing_verbs") | lex.words("refusing_verbs"):
        return False
    asked = [c for h in (noun, verb) for c in h.children
             if c.dep_ in ("acl", "advcl", "relcl") and to_infinitive(c)]
    return bool(asked) and any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def asked_of(noun: Token) -> Token | None:
    """ "renewed his call for the ELN rebels to free all hostages", parsed with "for ... to free"
    as a clause of the verb, or of the noun ("renewed calls for international corporations to break
    ties", "its call for Russia and Ukraine to resolve the conflict", the asked then hung on "for"),
    or "its demand that the Kurds annul the vote": the clause right after the noun is what the call
    asks, of its subject."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.lower_ not in ("for", "that"):
        return None
    hosts = (noun.head, noun) if noun.dep_ == "dobj" else (noun,)
    clause = next((c for h in hosts for c in h.children if c.dep_ in ("advcl", "acl") and
                   any(m.dep_ == "mark" and m.i == after.i for m in c.children)), None)
    if clause is not None:
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if after.lower_ == "that" or after.head != noun:
        return None
    clause = next((c for c in noun.children if c.dep_ == "acl" and to_infinitive(c)), None)
    asked = next((c for c in after.children if c.dep_ == "pobj"), None)
    return asked if clause is not None and asked is not None and asked.i < clause.i else None


def hyphenated(token: Token) -> str:
    """ "cease-fire": the tokenizer splits a hyphenated word; the lexicon keys it whole (the parser
    may hang both halves on the verb: "suspended co-operation with the US")."""
    doc = token.doc
    first = doc[token.i - 2] if token.i >= 2 else token
    if token.i >= 2 and doc[token.i - 1].text == "-" and \
            (first.head == token or first.head == token.head and first.dep_ == token.dep_ == "dobj") and \
            not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_
