"""What a question asks, read from its dependency parse.

The wh-word's grammatical role gives the *slot* the answer fills: the
subject ("Who led the coup?"), the object ("Whom did X appoint?"), the
object of a preposition ("With whom did X negotiate?"), a time, a place, a
reason, a quantity, the complement of a naming verb ("What was X
code-named?") or the truth of the statement (yes/no questions). The noun a
which/what/how-many question asks about is its *head*; WordNet's hypernyms
of that noun give the kind of answer (a person, place, date, amount…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from vitrina import lexicon
from vitrina.extract.edtf_text import YEAR_WORD
from vitrina.qa import dimension, origin, shaped
from vitrina.qa.exchange import asked as exchange_asked
from vitrina.qa.feeling import asked as feeling_asked
from vitrina.qa.lexical import (
    adverb_idiom,
    age_adjective,
    aspectual,
    base_forms,
    category,
    derived_verb,
    first_sense_class,
    fold,
    has_sense,
    kind_of,
    names_happening,
    occasion_noun,
    purpose_noun,
    verb_class,
    verb_of_same_form,
    wording,
)
from vitrina.qa.parse import parse
from vitrina.qa.predicate import focus as predicate_focus
from vitrina.qa.respond import responder
from vitrina.qa.text import STOPWORDS
from vitrina.qa.weights import LEXICAL

WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
WH_TAGS = frozenset({"WP", "WP$", "WDT", "WRB"})
# prepositions that place an event in space ("at Uppsala", "in Bogota")
PLACE_PREPS = lexicon.words("qa_place_prepositions")  # "at X", "off the coast of X"
PARTY_PREPS = lexicon.words("qa_party_prepositions")  # "relations between X and Y", "talks with X"
WORDNET_POS = {"NOUN": "n", "PROPN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
DURATION_ADVERBS = frozenset({"long", "soon"})  # "how long", "how soon": a span of time
# WordNet classes of a thing that has a length rather than a duration: "How long is the bridge / the
# river / the border?" asks a measure (a structure, a natural object, a place's extent); an act, an
# event, a period or a person keeps "how long" a time ("How long was the siege / the term / X president?")
MEASURED_LEXNAMES = frozenset({"noun.artifact", "noun.object", "noun.location"})


@dataclass
class Question:
    text: str
    type: str  # who, what, which, when, where, why, how, how many, how much, list, yes/no
    expects: str  # person, place, date, quantity, named, list, sentence, truth
    slot: str = "object"  # subject, object, prep:<p>, complement, time, place, reason, manner, quantity, truth
    predicate: str | None = None  # lemma of the asked verb (None for "be")
    verb_class: str | None = None  # naming, saying, happening (qa/lexical.verb_class)
    wants_name: bool = False  # "What was the name of X…": a proper name is the answer
    subject: set[str] = field(default_factory=set)  # folded names in the asked verb's subject ("Germany")
    objects: set[str] = field(default_factory=set)  # folded nouns of the asked verb's object ("Japan's delegation")
    secondary: tuple[str, str] | None = None  # (verb, slot) of a clause on the asked noun: "the ship *seized* by X"
    passive: bool = False  # "Who was X appointed by?"
    head: str | None = None  # the noun asked about ("which ship", "how many tanks")
    heads: list[str] = field(default_factory=list)  # the words of the head noun group
    head_role: str | None = None  # the head noun's role for the predicate: subject or object ("how many X were V-ed")
    unit: str | None = None  # money, percent, measure, duration, or None
    dimension: str | None = None  # the measure "how ADJ" or a stative verb asks: mass, length, area … (qa/dimension.py)
    plural: bool = False  # "which countries", "which two": several answers joined
    several: bool = False  # the answer names several: plural, a list, or "Who were the three envoys …?" (shown whole)
    negated: bool = False
    content: list[str] = field(default_factory=list)  # folded content words, in order
    pos: dict[str, str] = field(default_factory=dict)  # content word -> WordNet part of speech (n, v, a)
    light: set[str] = field(default_factory=set)  # content words that say little (happen, particles)
    phrasal: tuple[str, frozenset[str]] | None = None  # ("take_over", {"took", "over"}): a WordNet phrasal verb
    optional: dict[str, float] = field(default_factory=dict)  # modifier -> share of its weight it costs when absent
    names: list[str] = field(default_factory=list)  # folded capitalised words (proper names)
    years: list[str] = field(default_factory=list)
    others: set[str] = field(default_factory=set)  # base forms of other names of the question's names
    background: set[str] = field(default_factory=set)  # words only of an adverbial clause ("when he came to X")
    # words only of a scene-setting phrase that may select the statement ("Under the X charter, …", "… at the Y
    # meeting"): found in the sentence or its neighbours they count, absent they cost a share (round 53 askctx)
    scene: set[str] = field(default_factory=set)
    nominal: str | None = None  # the verb of a support-verb object: "grant *recognition*" -> recognize
    wording: bool = False  # the asked noun names a wording (slogan, message): a quotation may answer
    # the words that ask a name ("nickname", "name", "called", "known"): a sentence's naming construction
    # ("known as", "dubbed", "code-named", a quotation) stands for them (`name_asked`)
    name_words: set[str] = field(default_factory=set)
    kind_noun: str | None = None  # "What was the first *ship* to sail …": the kind the answer must be
    when: tuple[str, frozenset[str]] | None = None  # ("before", {"civil", "war"}): "… before the Civil War?"
    possessed: str | None = None  # "*Whose* murder …?": the noun whose possessor is asked (slot "possessor")
    comparison: tuple[str, bool, frozenset[str]] | None = None  # "Was X heavier than Y?": ("heavy", more, {"y"})
    actors: set[str] = field(default_factory=set)  # folded names that act: subjects, objects, possessors of any verb
    # folded names that may stand for a government: the actors and a noun's prepositional object ("relations
    # between *Washington* and *Moscow*", "commitments to *Wellington*"), not a verb's ("sent to *Madrid*")
    seats: set[str] = field(default_factory=set)
    # ("the British prime minister"'s words, the words of the names of the people the exhibit calls so): qa/describe.py
    described: list[tuple[tuple[str, ...], list[tuple[str, ...]]]] = field(default_factory=list)
    # (a name's words, the written forms of the entities the store names by one of its forms that `ask` searches:
    # "Soviets" for the people a demonym names) and the stored mentions linked to the name's entity under none of
    # its names ("the President" linked to the named president) with their sentences: ask._linked, qa/names.py
    linked: list[tuple[tuple[str, ...], list[tuple[str, ...]]]] = field(default_factory=list)
    linked_mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # "What was X meant to do / created for?", "What was the purpose of X?": what X was for, a purpose clause
    # answers (slot "reason", a purpose before a cause: `purpose_asked`)
    purpose: bool = False
    # "Which X refused / failed to V?": a negative implicative heads the asked act; besides those said to refuse, the
    # exception of "every X except Y V-ed" answers (qa/structure.fill; round 48 askrank)
    refusal: bool = False
    # "How did X respond / react to Y?", "What was X's reaction / attitude to Y?": X's words, the head noun first
    # (qa/respond.responder); the ranker weighs X's own act in a sentence as the response (round 50 askrespond)
    responder: tuple[str, ...] = ()
    # "How did X feel / react …?": a word of feeling of X may answer (qa/feeling.py, round 56 askv56)
    feeling: bool = False
    exchange: bool = False  # "What did X get in return for Y?": the other side of an exchange (qa/exchange.py)
    feeler: tuple[str, ...] = ()  # … and X's words (folded), the responder's or the subject of the response verb
    # round 54 askslot (qa/shaped.py): "What kind / sort / type of N …?" — N, whose modified phrase answers; and
    # what the asker wanted, hoped, sought, feared or tried (the wh-word inside what a word of desire governs)
    kind_of: str | None = None
    desire: bool = False
    # round 58 askv58: what the asker promised, pledged or guaranteed (the wh-word inside what a word of promising
    # governs: qa/shaped.py, lexical.commitment_word)
    commitment: bool = False
    promiser: frozenset[str] = frozenset()  # … and the base forms of the names of its subject (shaped.promiser)
    # round 58 askorigin58: where X came from, was born, hailed from (qa/origin.py): a place in the origin role answers
    origin: str = ""  # "source" (where from) or "birth" (where born), else ""
    # "What did X do?", "What happened to X?", "What was the result of X?": the predicate asked of X
    # (qa/predicate.Focus; round 54 askpred), else None
    act_focus: Any = None

    @property
    def naming(self) -> bool:
        return self.verb_class == "naming"


def analyse(question: str) -> Question:
    raw = " ".join(question.split())
    preamble, asked = split_preamble(raw)
    doc = parse(_unquoted(asked)) if asked else None
    framed = False
    for _pass in range(FRAME_PASSES if LEXICAL["asker_frame"] else 0):
        cut = asker_frame(doc) if doc is not None and len(doc) else None
        if doc is None or cut is None:
            break
        start, end = cut  # the asker's frame around the question proper: it sets the scene, as a preamble does
        preamble = " ".join(p for p in (preamble, doc[:start].text, doc[end:].text.rstrip(" ?")) if p)
        asked = doc[start:end].text.rstrip(" ,;:?") + "?"
        doc, framed = parse(_unquoted(asked)), True
    scene, cut_off, evidence = "", False, set()
    if LEXICAL["scene_frame"] and doc is not None and len(doc) and (cut := scene_frame(doc)) is not None:
        # "After X ended, who …?", "Under the Y deal, what …?": the question proper is parsed alone (slot, verb and
        # answer type are its own); the fronted scene's words weigh as background ("scene_background") or are
        # evidence that selects the statement or its neighbours (`Question.scene`, "scene_evidence")
        if LEXICAL["scene_background"] > 1 or LEXICAL["scene_background"] and finite_clause(doc[:cut[0]]):
            scene = doc[:cut[0]].text.rstrip(" ,")
            preamble = " ".join(p for p in (preamble, scene) if p)
        elif LEXICAL["scene_evidence"]:
            evidence = {fold(t.text) for t in doc[:cut[0]] if t.pos_ in CONTENT_POS}
        cut_off = True
        asked = doc[cut[0]:cut[1]].text.rstrip(" ,;:?") + "?"
        doc = parse(_unquoted(asked))
    if LEXICAL["prompt_question"] and doc is not None and len(doc) and (prompt := prompt_question(doc)) is not None:
        preamble = " ".join(p for p in (preamble, doc[0].text) if p)  # "Name the X who V-ed": "Which X V-ed?"
        doc, framed = parse(prompt), True
    if LEXICAL["source_frame"] and doc is not None and len(doc) and (proper := source_frame(doc)) is not None:
        asked, frame = proper  # "How does the exhibit say X V?": the question is "How does X V?"
        preamble = " ".join(p for p in (preamble, frame) if p)
        doc, framed = parse(_unquoted(asked)), True
    q = Question(text=raw, type="what", expects="named")
    if doc is None or not len(doc):
        return q
    _content(parse(_unquoted(raw)) if preamble or cut_off else doc, q)
    if framed:  # "according" names no part of what is asked
        q.content = [w for w in q.content if w not in lexicon.words("qa_attribution_prepositions")]
    q.names = _names(raw, framed)
    q.actors = _actors(doc)
    q.seats = q.actors | _noun_objects(doc)
    q.years = YEAR_WORD.findall(raw)
    if evidence:  # "Under the Y charter, which …?": words that select the statement or its neighbours
        own = {fold(t.text) for t in doc}
        q.scene |= {w for w in q.content if w in evidence and w not in own}
    if preamble:  # "X resigned in 1957. Who succeeded him?": the statement sets the scene of the question
        own = {fold(t.text) for t in doc}
        q.background |= {w for w in q.content if w not in own and w not in q.names}
        if scene and LEXICAL["scene_names"]:
            q.background |= scene_names(scene, doc, q.names)
    wh = _main_wh(doc)
    first = _inverted_auxiliary(doc) or doc[0]
    if first.i > 0:  # "When X invaded, did Y…?", "During the talks with Z, did Y…?": the fronted
        own = {fold(t.text) for t in doc[first.i:]}  # phrase sets the scene, which a passage may leave out
        q.background |= {fold(t.text) for t in doc[:first.i] if not t.is_punct} - own
    if wh is not None and wh.i != first.i and (first.pos_ == "AUX" or first.tag_ == "MD"):
        wh = None  # "Did Spain recognize X when it joined…?": the wh-word opens a clause inside a yes/no question
    if wh is None and first.dep_ == "ROOT" and first.tag_ == "VB":  # "Name the…", "List the…"
        _head(q, next((c for c in first.children if c.dep_ == "dobj"), None))
        q.type, q.expects, q.slot, q.predicate = "list", "list", "object", None
        return q
    if wh is None:
        if first.pos_ == "AUX" or first.tag_ == "MD":
            q.type, q.expects, q.slot = "yes/no", "truth", "truth"
            q.when = temporal_frame(doc)
            q.comparison = comparison(doc)
        _predicate(q, _root(doc) if _root(doc).pos_ != "AUX" else _main_verb(doc))
        return q
    _wh(q, wh, doc)
    q.several = q.plural or q.expects == "list" or _members_asked(wh)
    if q.expects == "named" and q.head and not q.naming and wording(q.head):
        q.wording = True  # "What slogan / message / reply …": the words themselves, often quoted
    _said_gap(q, wh)
    _background(q, doc, wh)
    _stranded_preposition(q, doc)
    _secondary(q, doc)
    doing = _bare_doing(wh)
    if doing is not None:
        q.slot = f"prep:{doing.head.lower_}"  # "What did X prohibit Y from doing?": the act after "from"
    elif wh.dep_ in ("dobj", "dative") and wh.head.lemma_ == "do" and _infinitive(wh.head) \
            and q.predicate not in (None, "do"):
        q.slot = "object"  # "What did X pledge to do?": the infinitive complement of the pledge
    elif wh.dep_ in ("dobj", "dative") and wh.head.lemma_ == "do":
        q.slot, q.predicate, q.secondary = "action", None, None  # "What did X do?": the verb phrase X did
    if LEXICAL["predicate_focus"] and q.type == "what" and (found := predicate_focus(doc)) is not None:
        q.act_focus, q.slot, q.predicate, q.verb_class, q.secondary = found, "action", None, None, None
    if q.slot == "subject" and _do_support(doc):
        q.slot = "object"  # do-support: "Which ship did X command?" never asks the subject
    _name_ask(q, doc, wh)
    if LEXICAL["purpose_asked"] and q.type in ("what", "which") and purpose_asked(q, doc, wh):
        q.purpose, q.slot, q.expects = True, "reason", "sentence"
    elif LEXICAL["cause_asked"] and q.type == "what" and (caused := _caused_act(wh)) is not None:
        # "What prompted X to V?" asks "Why did X V?": the caused act is the predicate, the causal verb says little
        q.light |= {fold(wh.head.text), fold(wh.head.lemma_)}
        q.predicate = q.verb_class = None
        q.light.discard(fold(caused.text))
        q.light.discard(fold(caused.lemma_))
        _predicate(q, caused)
        q.type, q.expects, q.slot = "why", "sentence", "reason"
    if not q.purpose:  # the frame alone (askspan): the answer is cut to its purpose infinitive, the slot as read
        q.purpose = purpose_framed(doc, wh)
    if LEXICAL["response_asked"]:
        q.responder = responder(doc)
    if LEXICAL["feeling_asked"]:
        q.feeling, q.feeler = feeling_asked(doc, q.responder)
    if LEXICAL["exchange_asked"] and q.type == "what":
        q.exchange = exchange_asked(doc)
    if LEXICAL["shaped_slot"] and wh.lower_ in ("what", "which"):
        q.kind_of, q.desire = shaped.asked_kind(wh), shaped.asks_desire(doc, wh)
        promising = shaped.asked_commitment(wh) if LEXICAL["commitment_asked"] and not q.desire else None
        q.commitment, q.promiser = promising is not None, shaped.promiser(promising) if promising else frozenset()
    q.origin = origin.asked(doc, wh) if LEXICAL["origin_asked"] else ""
    return q


def _caused_act(wh: Any) -> Any | None:
    """"What prompted / led / made X (to) V?": the act V a verb of causation (lexicon ``qa_causal_verbs``, and the
    causative "make") with the wh-word as its subject brings about, which the question asks the cause of; None for
    any other question ("What caused the war?" names no caused act)."""
    verb = wh.head
    if wh.dep_ != "nsubj" or verb.pos_ != "VERB" or not (
            fold(verb.lemma_) in lexicon.words("qa_causal_verbs") or verb.lemma_ == "make"):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or c.dep_ == "xcomp"
                 and c.pos_ == "VERB" and any(d.dep_ == "dobj" for d in verb.children)), None)


def purpose_asked(q: Question, doc: Any, wh: Any) -> bool:
    """Whether the "what" question asks what a thing or an act was for (WordNet senses of the lexicon's
    ``qa_purpose_*`` lists): a verb of intending with the asked infinitive or a stranded "for" ("X was meant /
    designed to do what?", "What did X aim for?"; the intending verb and the bare infinitive then say little,
    ``q.light``, and are no predicate), a noun of purpose as the copula's subject with an "of" phrase ("What was the
    purpose / point of X?"), or a passive verb of making or using whose "for" is stranded ("What was X created / set
    up for?")."""
    if wh.dep_ in ("nsubj", "nsubjpass") or wh.tag_ != "WP":
        return False  # "What prompted X?": the asked thing acts; "which countries …": a kind is asked
    for verb in (t for t in doc if t.pos_ == "VERB" and t.i > wh.i):
        stranded = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "at")
                    and not any(g.dep_ in ("pobj", "pcomp") and g.pos_ != "ADV" for g in c.children)]
        if wh.dep_ == "pobj" and wh.head.head.i == verb.i and wh.head.lower_ in ("for", "at"):
            stranded.append(wh.head)  # "What did X aim for?" parsed with the wh-word as the object
        infinitives = [c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)  # "to do?", "to achieve?":
                       and all(g.dep_ in ("aux", "advmod") for g in c.children)  # "to balance against?" asks a thing
                       and has_sense(c.text, "v", lexicon.words("qa_purpose_acts"))]  # "to destroy?" asks a thing
        if (infinitives or stranded) and has_sense(verb.text, "v", lexicon.words("qa_purpose_intending")):
            light = [verb, *infinitives]
            q.light |= {fold(t.text) for t in light} | {fold(t.lemma_) for t in light}
            if q.predicate in {t.lemma_ for t in light}:
                q.predicate, q.verb_class = None, None
            return True
        if any(p.lower_ == "for" for p in stranded) and _passive_form(verb) \
                and has_sense(verb.text, "v", lexicon.words("qa_purpose_making"), 2):
            return True
    return wh.dep_ == "attr" and any(
        t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.i == wh.head.i
        and has_sense(t.text, "n", lexicon.words("qa_purpose_nouns"))
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in doc)


def _passive_form(verb: Any) -> bool:
    """A past participle read passively: with a passive auxiliary, or as a participle on its noun ("the bank
    created for …")."""
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")


def purpose_framed(doc: Any, wh: Any) -> bool:
    """(round 48 askspan) Does the question ask what something was for, by its frame alone: "What" equated by "be" with a noun of purpose that has an
    "of" phrase ("What was the aim of the raid?": WordNet, `lexical.purpose_noun`), or "What" the object of a bare
    "do" in the infinitive complement of a participle ("What was the board supposed to do?", "… meant to do")?"""
    if wh.lower_ != "what":
        return False
    if wh.dep_ in ("attr", "nsubj") and wh.head.lemma_ == "be":
        nouns = [c for c in wh.head.children if c.dep_ in ("nsubj", "attr") and c.i != wh.i and c.pos_ == "NOUN"]
        if any(purpose_noun(n.lemma_ or n.lower_) and any(p.dep_ == "prep" and p.lower_ == "of" for p in n.children)
               for n in nouns):
            return True
    return any(t.lemma_ == "do" and t.dep_ == "xcomp" and _infinitive(t) and t.head.tag_ == "VBN"
               and not any(c.dep_ == "dobj" and c.i != wh.i for c in t.children) for t in doc)


QUOTED = re.compile(r"(?<!\w)['‘“\"]([^'‘’“”\"]+)['’”\"](?!\w)")


def _unquoted(text: str) -> str:
    """The question without quotation marks around a phrase ("the 'X packages'"): they mark a name
    or the source's wording, and the parser reads a quoted phrase as a clause of its own."""
    return QUOTED.sub(r"\1", text)


def _bare_doing(wh: Any) -> Any | None:
    """"What did X prohibit Y from doing?": the bare "doing" whose object the wh-word is (the parser
    may hang the wh-word on the main verb instead)."""
    if wh.dep_ not in ("dobj", "dative"):
        return None
    if wh.head.lemma_ == "do" and wh.head.dep_ == "pcomp":
        return wh.head
    return next((g for c in wh.head.children if c.dep_ == "prep" for g in c.children
                 if g.dep_ == "pcomp" and g.lemma_ == "do" and not any(True for _ in g.children)), None)


def _main_wh(doc: Any) -> Any | None:
    """The wh-word of the question: a fronted "When X happened, what …?" clause's wh-word only
    sets the scene when another wh-word follows."""
    found = [t for t in doc if t.tag_ in WH_TAGS]
    if len(found) > 1 and found[0].head.dep_ == "advcl" and found[0].head.i < found[1].i:
        return found[1]
    return found[0] if found else None


def _background(q: Question, doc: Any, wh: Any) -> None:
    """Words of an adverbial clause ("when he came to X", "once Y had eased") set the scene of the
    asked statement; a passage may leave them out. Words also used in the main clause stay."""
    inside: set[int] = set()
    for clause in (t for t in doc if t.dep_ == "advcl"):
        if q.verb_class == "naming" and _bounding(clause):
            continue  # "What was X called before it became Y?": names change; the bound picks the asked one
        span = {t.i for t in clause.subtree}
        if wh.i not in span and not any(doc[i].lemma_ == q.predicate for i in span):
            inside |= span
    adjuncts = scene_adjuncts(doc, wh) if LEXICAL["scene_adjuncts"] else set()
    if LEXICAL["scene_adjuncts"] == 1:
        inside |= adjuncts
    main = {fold(t.text) for t in doc if t.i not in inside | adjuncts}
    q.background |= {fold(doc[i].text) for i in inside} - main
    q.scene |= {fold(doc[i].text) for i in adjuncts if doc[i].pos_ in CONTENT_POS} - main - q.background


def described_forms(q: Question) -> set[str]:
    """Base forms of the question's content words that are no name of it, "called" aside: what a
    "so-called" phrase must share to be the thing the question describes."""
    return {b for w in q.content if w not in q.names for b in base_forms(w)} - base_forms("called")


def _bounding(clause: Any) -> bool:
    """An adverbial clause opened by a temporal bound of lexicons ``qa_before``/``qa_after`` ("before it became
    independent", "after the war ended"), unlike "when …", which sets a scene."""
    from vitrina import lexicon

    bounds = lexicon.words("qa_before") | lexicon.words("qa_after")
    return any(c.dep_ == "mark" and c.lower_ in bounds for c in clause.children)


def temporal_frame(doc: Any) -> tuple[str, frozenset[str]] | None:
    """("before" | "after", the reference's words) of the first temporal preposition of a parse
    ("before the Civil War" -> ("before", {"civil", "war"})); prepositions from lexicons qa_before/qa_after."""
    from vitrina import lexicon

    for token in doc:
        if token.dep_ != "prep" or token.lower_ not in lexicon.words("qa_before") | lexicon.words("qa_after"):
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        words = frozenset(fold(t.text) for o in objects for t in o.subtree if t.pos_ in ("NOUN", "PROPN", "NUM"))
        if words:
            return ("before" if token.lower_ in lexicon.words("qa_before") else "after", words)
    return None


def comparison(doc: Any) -> tuple[str, bool, frozenset[str]] | None:
    """(the adjective's base form, whether "more" rather than "less", the words of what it is compared with)
    of the first comparative with a "than" phrase: "heavier than the rocket" -> ("heavy", True, {"rocket"}),
    "less costly than X" -> ("costly", False, {"x"})."""
    found = comparative(doc)
    return found[1:] if found is not None else None


def comparative(doc: Any) -> tuple[Any, str, bool, frozenset[str]] | None:
    """The first comparative word with a "than" phrase, with what ``comparison`` gives."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    for token in doc:
        degree = [c for c in token.children if c.dep_ == "advmod" and c.lower_ in ("more", "less")]
        if token.pos_ not in ("ADJ", "ADV") or token.tag_ not in ("JJR", "RBR") and not degree:
            continue
        than = [c for c in token.subtree if c.lower_ == "than" and c.dep_ == "prep"]
        if not than:
            continue
        base = (wn.morphy(token.lower_, "a") if wn is not None else None) or token.lower_
        words = frozenset(fold(t.text) for p in than for t in p.subtree if t.pos_ in ("NOUN", "PROPN"))
        return token, base, not (degree and degree[0].lower_ == "less"), words
    return None


def _secondary(q: Question, doc: Any) -> None:
    """A participle or relative clause on the question's noun ("the ship seized by X", "the treaty
    Y signed"): when the asked verb is missing from a sentence, that verb's argument is the answer."""
    for token in doc:
        if token.dep_ in ("acl", "relcl") and token.pos_ == "VERB" and fold(token.lemma_) != q.predicate:
            passive = token.tag_ == "VBN" and token.dep_ == "acl" or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
            has_object = any(c.dep_ == "dobj" for c in token.children)
            slot = "object" if passive or not has_object else "subject"
            q.secondary = (fold(token.lemma_), slot)
            return


def _stranded_preposition(q: Question, doc: Any) -> None:
    """"What was X known as?", "Who was it signed by?": a preposition without its object marks
    where the wh-phrase belongs; its verb is the predicate."""
    prep = next((t for t in doc if t.dep_ in ("prep", "agent")
                 and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)  # "about dealing with X" is complete
                 and t.head.pos_ == "VERB" and t.i > 1), None)
    if prep is None or q.type in ("why", "when", "where", "yes/no") or q.slot.startswith("prep:"):
        return
    _predicate(q, prep.head)
    q.predicate = _key_lemma(prep.head)
    q.verb_class = verb_class(q.predicate) or _naming_phrase(doc, prep)
    q.slot = "complement" if q.verb_class == "naming" else ("subject" if prep.lower_ == "by" else f"prep:{prep.lower_}")


def _naming_phrase(doc: Any, prep: Any) -> str | None:
    """"known as": a naming phrase of lexicon ``qa_naming`` ending at the stranded preposition."""
    from vitrina import lexicon

    text = fold(doc[prep.head.i:prep.i + 1].text)
    return "naming" if text in lexicon.words("qa_naming") else None


FRAME_PASSES = 2  # frames peeled off one question ("According to the panel, I wonder: who …?"); a third is not met
FRAME_OPENERS = ("AUX", "ADP")  # after a colon, the question proper opens with a wh-word, an auxiliary or "in which"


def asker_frame(doc: Any) -> tuple[int, int] | None:
    """(start, end) of the question proper inside the asker's frame, or None when the text is the question:

    * an attribution to a source, fronted or trailing and set off by a comma ("According to the exhibit, what …?",
      "… in 1900, per the census?"; lexicon ``qa_attribution_prepositions``);
    * a lead-in ended by a colon before a wh-word or an auxiliary ("For my history class: when did …?");
    * a wh-clause embedded under a verb whose subject or object is the asker or the one asked, a first- or
      second-person pronoun or a noun with such a possessive ("I need to know which ship …", "Can you tell me why …",
      "My teacher asked which …"): the clause from its wh-phrase on.

    A question that opens with its wh-word has no frame (its own clause may embed another: "Who knew which …?")."""
    end = len(doc) - 1 if doc[-1].text == "?" else len(doc)
    attributing = lexicon.words("qa_attribution_prepositions")
    for token in doc[:end]:
        if token.lower_ not in attributing or token.i + 1 >= end or doc[token.i + 1].pos_ == "NUM":
            continue  # "per year", "per 1,000": a rate
        opening = token.i == 0 or token.i == 1 and doc[0].lower_ == "as"
        comma = next((t.i for t in doc[token.i:end] if t.text == ","), None)
        if opening and comma is not None and not any(t.tag_ in WH_TAGS for t in doc[token.i:comma]):
            return comma + 1, end  # "According to the panel about X, which …?"
        before = token.i - (2 if doc[token.i - 1].lower_ == "as" else 1)
        if before > 0 and doc[before].text == "," and comma is None \
                and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in doc[token.i + 1:end]):
            return 0, before  # "…, according to the panel?"
    if doc[0].tag_ in WH_TAGS:
        return None
    for token in doc[1:end - 1]:
        after = doc[token.i + 1]
        if token.text == ":" and (after.tag_ in WH_TAGS or after.pos_ in FRAME_OPENERS and after.tag_ != "IN"
                                  or after.tag_ == "IN" and token.i + 2 < end and doc[token.i + 2].tag_ in WH_TAGS):
            return token.i + 1, end
    wh = next((t for t in doc[1:end] if t.tag_ in WH_TAGS), None)
    if wh is None:
        return None
    clause = next((t for t in [wh, *wh.ancestors] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    if clause is None or clause.dep_ not in ("ccomp", "xcomp", "dobj") or not _asker_governs(clause.head):
        return None
    start = wh.head.i if wh.dep_ == "pobj" and wh.head.i == wh.i - 1 else wh.i  # "in which city"
    if wh.dep_ in ("det", "advmod") and wh.head.dep_ == "pobj" and wh.head.head.i == wh.i - 1:
        start = wh.i - 1  # "in which palace", "from how far"
    return start, end


def scene_frame(doc: Any) -> tuple[int, int] | None:
    """(start, end) of the wh-question after a fronted scene-setting adjunct set off by a comma, or None: a
    subordinate clause or a prepositional phrase ("After X was killed, who …?", "Once X had invaded Y, whom …?", "At
    the Z meeting, what …?", "When the talks collapsed, what …?"). The small parser often takes the adjunct's verb
    for the root and hangs the question on it as a relative clause; the question proper is parsed again alone."""
    end = len(doc) - 1 if doc[-1].text == "?" else len(doc)
    if doc[0].tag_ not in SCENE_OPENERS:
        return None
    comma = next((t.i for t in doc[1:end] if t.text == ","), None)
    if comma is None or comma < 2 or comma + 1 >= end:
        return None
    if any(t.tag_ in WH_TAGS for t in doc[1:comma]):
        return None  # "When did X …, and who …?", "After which war, …": the wh-word is in the fronted part
    after = doc[comma + 1]
    opens = after.tag_ in WH_TAGS or (after.tag_ == "IN" and comma + 2 < end and doc[comma + 2].tag_ in WH_TAGS)
    return (comma + 1, end) if opens else None


def finite_clause(span: Any) -> bool:
    """True when ``span`` holds a finite verb or an auxiliary: a clause ("after the war ended"), not a phrase
    ("after the war")."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)


def scene_names(scene: str, doc: Any, names: list[str]) -> set[str]:
    """The question's names written only in its fronted scene ("Once X had invaded Y, whom did Z send?": X, Y): a
    stating sentence may leave them to its neighbours. None when the question proper has a third-person pronoun,
    which may stand for one of them ("After X resigned, who took his seat?")."""
    if any(t.tag_ in ("PRP", "PRP$") and t.morph.get("Person") == ["3"] for t in doc):
        return set()
    own = {fold(t.text) for t in doc}
    written = {re.sub(r"'s?$", "", fold(w)) for w in WORD.findall(scene)}  # possessive off, as in `_names`
    return {n for n in names if n in written and n not in own}


def scene_adjuncts(doc: Any, wh: Any) -> set[int]:
    """Token indices of the phrases on the asked verb that set the occasion or the cause of the asked act, not the
    asked slot: a preposition of lexicon ``qa_scene_prepositions`` ("What did X announce *at the summit*?", "What
    did Y gain *as a result of the ruling*?"). A one-word preposition's object must be an event, an act or a
    gathering by WordNet (`occasion_noun`), so that "at the port", "after 1945" stay what they are."""
    verb = next((t for t in [wh, *wh.ancestors] if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"), None)
    if verb is None:
        return set()  # the root's tag may be wrong ("did X endorse" read as a noun): the root is the verb
    scene_preps = lexicon.words("qa_scene_prepositions")
    found: set[int] = set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        span = sorted(t.i for t in prep.subtree)
        if wh.i in span or span[0] != prep.i:
            continue
        words = " ".join(doc[i].lower_ for i in span)
        compound = any(" " in p and words.startswith(p + " ") for p in scene_preps)
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if compound or prep.lower_ in scene_preps and any(occasion_noun(o.lemma_.lower()) for o in objects):
            found |= set(span)
    return found


SCENE_OPENERS = frozenset({"IN", "WRB", "VBG"})  # a subordinator or preposition ("after", "when", "following")


TENSE_AUXILIARIES = {"VBD": "did", "VBZ": "does", "VBP": "do"}  # do-support for a finite verb of each tag


def prompt_question(doc: Any) -> str | None:
    """The wh-question a classroom prompt asks of one thing: an imperative ("Name", "Identify", "Give") whose object
    is a singular noun with a clause on it, read as "Which N …?" — "Name the senator who led X" -> "Which senator
    led X?", "Identify the ship the navy sold in 1901" -> "Which ship did the navy sell in 1901?", "Name the treaty
    signed at X" -> "Which treaty was signed at X?". None for any other text: a plural object keeps the list
    reading, a clause opened by "where"/"when" keeps its own."""
    first = doc[0]
    if first.dep_ != "ROOT" or first.tag_ != "VB" or any(t.tag_ in WH_TAGS and t.dep_ == "advmod" for t in doc):
        return None
    obj = next((c for c in first.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NN" or any(c.dep_ == "conj" for c in obj.children):
        return None
    clause = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree}
    noun = " ".join(t.text for t in obj.subtree if t.i not in inside and t.dep_ != "det" and not t.is_punct)
    relative = next((c for c in clause.children if c.tag_ in WH_TAGS), None)
    words = [t for t in clause.subtree if not t.is_punct and (relative is None or t.i != relative.i)]
    rest = " ".join(t.text for t in words if t.i > clause.i)
    if relative is not None and relative.dep_ in ("nsubj", "nsubjpass"):  # "the senator who led X"
        body = " ".join(t.text for t in words)
    elif clause.dep_ == "acl" and clause.tag_ == "VBN" and relative is None:  # "the treaty signed at X"
        body = f"was {clause.text} {rest}"
    else:  # "the ship (that) the navy sold in 1901": do-support on the clause's own subject
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        auxiliary = TENSE_AUXILIARIES.get(clause.tag_)
        if subject is None or auxiliary is None or relative is not None and relative.dep_ != "dobj" \
                or any(t.tag_ in WH_TAGS for t in words):
            return None
        before = " ".join(t.text for t in words if t.i < clause.i)
        body = f"{auxiliary} {before} {clause.lemma_} {rest}"
    return " ".join(f"Which {noun} {body}".split()).replace(" 's", "'s") + "?"


def source_frame(doc: Any) -> tuple[str, str] | None:
    """(the question proper, the frame) of a question that asks what a source says: "How does the exhibit say
    people there regard him?" -> ("How does people there regard him?", "the exhibit say"). The wh-word opens the
    question; its verb is a verb of saying (`lexical.verb_class`) whose subject is a common noun that names no
    person or group in WordNet's first sense (an exhibit, an essay, a panel: a source, not a speaker, whose words
    are asked — "What did the envoy say …?" keeps its reading) and which has a clause of its own (a subject and a
    verb), the wh-word outside the source ("Which source says …?" asks the source). None for any other question."""
    if doc[0].tag_ not in WH_TAGS:
        return None
    verb = _root(doc)
    source = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if verb.pos_ != "VERB" or source is None or clause is None or source.pos_ != "NOUN" \
            or doc[0].i in {t.i for t in source.subtree} \
            or verb_class(fold(verb.lemma_)) != "saying" or not _a_source(source):
        return None
    inside = {t.i for t in clause.subtree}
    framing = {t.i for t in source.subtree} | {verb.i}
    kept = [t for t in doc if t.i in inside or t.i not in framing and t.i < clause.left_edge.i]
    if len(kept) < 3:
        return None
    text = " ".join(t.text for t in kept if not t.is_punct).replace(" 's", "'s").replace(" n't", "n't")
    return text + "?", " ".join(doc[i].text for i in sorted(framing))


def _a_source(noun: Any) -> bool:
    """A common noun whose most frequent WordNet sense names neither a person nor a group ("exhibit", "essay",
    "panel", "report"; not "historian", "government")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    senses = wn.synsets(fold(noun.lemma_), "n")[:1] if wn is not None else []
    return bool(senses) and senses[0].lexname() not in ("noun.person", "noun.group")


def _asker_governs(verb: Any) -> bool:
    """Whether ``verb`` (or a verb it hangs from by ``xcomp``, ``conj`` or ``ccomp``: "I need to know") has a first- or
    second-person subject or object, or a subject with such a possessive ("my teacher")."""
    for v in [verb, *verb.ancestors]:
        for child in v.children:
            if child.dep_ in ("nsubj", "dobj", "dative", "iobj") and (
                    _person_of(child) or any(g.dep_ == "poss" and _person_of(g) for g in child.children)):
                return True
        if v.dep_ not in ("xcomp", "conj", "ccomp"):
            return False
    return False


def _person_of(token: Any) -> bool:
    """A pronoun of the first or second person (spaCy's morphology: I, me, we, you, my, your)."""
    return token.tag_ in ("PRP", "PRP$") and bool(set(token.morph.get("Person")) & {"1", "2"})


SENTENCE_BREAK = re.compile(r"(?<=[a-z\d)\]”\"'])[.!]\s+(?=[A-Z“\"])|(?<=[a-z])\?\s+(?=[A-Z])")


def split_preamble(text: str) -> tuple[str, str]:
    """(statements before the question, the question sentence): "X resigned in 1957. Who succeeded
    him?" -> ("X resigned in 1957.", "Who succeeded him?"). A full stop after a capitalised word
    of under four letters ("U.S.", "Dr.", "Gen.") does not end a sentence."""
    cut = 0
    for m in SENTENCE_BREAK.finditer(text):
        before = re.search(r"(\S+)[.!?]$", text[:m.start() + 1])
        word = before.group(1) if before else ""
        if word[:1].isupper() and len(word) < 4 or "." in word:
            continue
        cut = m.end()
    return (text[:cut].strip(), text[cut:]) if cut else ("", text)


def _inverted_auxiliary(doc: Any) -> Any | None:
    """The auxiliary that opens the main clause of a question after a fronted phrase ("When X
    invaded, *did* Y…?", "During the talks, *did* Z…?"): an AUX/modal right after a comma,
    before its clause's subject."""
    for token in doc:
        if token.i and doc[token.i - 1].text == "," and (token.pos_ == "AUX" or token.tag_ == "MD"):
            head = token.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if head.dep_ == "ROOT" and all(s.i > token.i for s in subjects):
                return token
    return None


COPULAS = lexicon.words("copulas")  # linking verbs: without a complement the clause is incomplete


def _said_gap(q: Question, wh: Any) -> None:
    """"What did X say that Berlin had become?": the wh-word belongs to the reported clause whose
    linking verb lacks its complement; that complement, not the whole quotation, is asked."""
    if q.verb_class != "saying" or wh.head.dep_ == "ccomp":
        return
    for clause in wh.head.children:
        if clause.dep_ == "ccomp" and clause.lemma_ in COPULAS and clause.i > wh.i \
                and not any(c.dep_ in ("attr", "acomp", "oprd", "dobj") for c in clause.children):
            q.predicate, q.verb_class, q.slot, q.unit = fold(clause.lemma_), None, "attr", None
            return


def _members_asked(wh: Any) -> bool:
    """"Who were the three envoys …?", "Who were the members of …?", "… who were the other two?": the wh-word is
    one side of a copula whose other side is a plural noun or a number above one, so the answer names several
    (the span shown is their whole coordination, qa/spans.coordination)."""
    verb = wh.head
    if wh.dep_ not in ("nsubj", "attr") or verb.lemma_ not in COPULAS:
        return False
    other = next((c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != wh.i), None)
    if other is None:
        return False
    return other.tag_ in ("NNS", "NNPS") or other.like_num and other.lower_ not in ("one", "1")


def _counted_plural(noun: Any) -> bool:
    """A plural noun with a number above one ("the three main ideas")."""
    return noun.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1")
                                                 for c in noun.children)


def _do_support(doc: Any) -> bool:
    """"did/does/do" followed by a bare verb: the wh-phrase is not the subject."""
    return _bare_verb(doc) is not None


def _root(doc: Any) -> Any:
    return next((t for t in doc if t.dep_ == "ROOT"), doc[0])


def _main_verb(doc: Any) -> Any:
    verbs = [t for t in doc if t.pos_ == "VERB"]
    return verbs[0] if verbs else _root(doc)


def _predicate(q: Question, token: Any) -> None:
    """The asked verb: its lemma and class; "be", "do" and "have" are no predicate."""
    if token is None:
        return
    verb = _content_verb(token)
    if verb is None:
        _done_act(q, token)
        return
    doer, (verb, denied) = verb, _entailed_act(verb, q.slot == "truth")
    if verb is not doer:  # "managed to V": V is asked, "managed" says little
        q.light |= {fold(doer.text), fold(doer.lemma_)} | {fold(c.text) for c in doer.children if c.dep_ == "prt"}
    q.predicate = _key_lemma(verb)
    q.verb_class = verb_class(q.predicate)
    q.subject = {fold(t.text) for c in doer.children if c.dep_ == "nsubj" and c.tag_ not in WH_TAGS
                 for t in c.subtree if t.pos_ == "PROPN"}
    q.objects = {fold(t.text) for c in verb.children if c.dep_ == "dobj" and c.tag_ not in WH_TAGS
                 and (c.pos_ == "PROPN" or any(True for _ in c.children))  # "take part": an idiom, no object
                 for t in (c, *c.children) if t.pos_ in ("NOUN", "PROPN") and t.tag_ not in WH_TAGS}
    for word in (fold(verb.text), q.predicate):
        if word in q.pos:
            q.pos[word] = "v"  # the tagger may call a bare verb after "did" a noun
    q.phrasal = _phrasal(verb) or q.phrasal
    q.passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not _get_idiom(verb)
    q.negated = any(c.dep_ == "neg" for c in (*doer.children, *verb.children)) != denied
    q.refusal = bool(LEXICAL["refusal_exceptions"]) and not denied and verb is doer \
        and fold(verb.lemma_) in lexicon.words("qa_negative_implicatives") \
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)
    if q.verb_class == "happening" or verb.lemma_ == "take" and any(c.lemma_ == "place" for c in verb.children):
        q.light |= {fold(verb.text), fold(verb.lemma_), "place"}
    for c in verb.children:
        if c.dep_ == "prt":
            q.light.add(fold(c.text))  # "put forward", "set out": the particle says little
    if verb.is_stop and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.children) and q.slot != "truth":
        # a linking verb with an adjective ("When did X become independent?"): the state is the event, which a
        # passage states by its noun ("granted independence"), seldom with the same verb
        q.light |= {fold(verb.text), q.predicate or ""}
        q.predicate = next(fold(c.lemma_) for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ")
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    nominal = derived_verb(objects[0].lemma_) if objects else None
    if objects and nominal is None and verb.is_stop and not q.naming and not q.phrasal:
        # a light verb ("make a deal", "take a trip"): the act noun is the verb; not "take away the charters"
        nominal = verb_of_same_form(objects[0].lemma_)
    nominal = nominal or _phase_noun(verb)
    if nominal and nominal != q.predicate:
        # a support-verb construction ("grant recognition", "give the order"): the noun carries the event
        q.nominal = nominal
        q.light |= {fold(verb.text), q.predicate or ""}
    elif not objects:
        q.nominal = _phase_of(doer, q.predicate) or q.nominal


def _phase_noun(verb: Any) -> str | None:
    """"brought the war *to an end*", "put *an end* to", "came *to a halt*": the verb's object, or the object of its
    "to", is a noun spelled like a verb of an event's phase (`lexical.aspectual`), which states the act."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
              if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return next((fold(n.lemma_) for n in nouns if aspectual(fold(n.lemma_))), None)


def _phase_of(verb: Any, predicate: str | None) -> str | None:
    """"When did the strike begin?": a verb of an event's phase (`lexical.aspectual`) whose subject is an event
    noun gives that event's verb (or the noun itself) to align where the phase verb has no counterpart — a
    passage states the event, not its phase ("workers went on strike in March")."""
    if predicate is None or not aspectual(predicate):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is None or not names_happening(subject.lemma_):
        return None
    noun = fold(subject.lemma_)
    act = derived_verb(noun) or verb_of_same_form(noun) or noun
    return act if act != predicate else None


def _entailed_act(verb: Any, truth: bool) -> tuple[Any, bool]:
    """The act an implicative or aspectual verb of the question entails ("did X manage to *repel* …", "end
    up *joining*", "succeed in *ratifying*"; lexicon ``qa_implicatives``) or denies ("fail to *ratify*",
    ``qa_negative_implicatives``; yes/no questions only — "Which X refused to sign?" asks for those said to
    refuse, a passage rarely lists those who did not), and whether it denies it: that act is what a passage
    states or denies, the implicative rarely recurs. Any other verb stands as it is ("wanted to join")."""
    phrasal = _phrasal(verb)
    keys = {fold(verb.lemma_)} | ({phrasal[0]} if phrasal else set())
    denied = truth and bool(keys & lexicon.words("qa_negative_implicatives"))
    if not denied and not keys & lexicon.words("qa_implicatives"):
        return verb, False
    inner = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    inner += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    return (inner[0], denied) if inner else (verb, False)


def _get_idiom(verb: Any) -> bool:
    """"Which treaty got rid of X?": "get" before a participle that makes a WordNet verb with it ("get_rid_of",
    "get_married") is an active verb, not a passive — its subject is the doer."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in verb.children):
        return False
    particles = [f"_{c.lower_}" for c in verb.children if c.dep_ in ("prep", "prt")]
    return any(wn.synsets(f"get_{verb.lower_}{p}", "v") for p in [*particles, ""])


def _phrasal(verb: Any) -> tuple[str, frozenset[str]] | None:
    """The verb with its particle or bare noun as one WordNet verb ("took over" -> take_over, "hold
    out" -> hold_out, "took part" -> take_part, "got hold of" -> get_hold), with the question's words
    of it: a passage may say it in one word (replace, resist, participate)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return None
    lemma = wn.morphy(verb.lower_, "v") or verb.lower_
    doc = verb.doc
    following = [c for c in verb.children if c.dep_ == "prt"] + \
        [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"  # a bare noun: "take part", "get hold"
         and not any(d.dep_ in ("det", "amod", "poss", "compound", "nummod") for d in c.children)]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("ADP", "ADV", "PART"):
        following.append(doc[verb.i + 1])
    for word in following:
        compound = f"{lemma}_{word.lower_}"
        if wn.synsets(compound, "v"):
            return compound, frozenset({fold(verb.text), fold(word.text)})
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
            compound = f"{lemma}_{prep.lower_}_{noun.lower_}"  # "put to death" -> execute, "bring to trial"
            if wn.synsets(compound, "v"):
                return compound, frozenset({fold(verb.text), fold(prep.text), fold(noun.text)})
    return None


def _done_act(q: Question, token: Any) -> None:
    """"Who did (most of) the writing of X?": "do" with an action noun — the act is the noun's
    verb (writing -> write), as if the question said "Who wrote X?"."""
    if token.lemma_ != "do":
        return
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    for noun in (t for c in token.children if c.dep_ == "dobj" for t in c.subtree):
        verb = wn.morphy(noun.lower_, "v") if wn is not None and noun.pos_ == "NOUN" else None
        if verb and noun.lower_.endswith("ing") or noun.pos_ == "NOUN" and (verb := derived_verb(noun.lower_)):
            q.predicate, q.verb_class = fold(verb), verb_class(verb)
            return


def _content_verb(token: Any) -> Any | None:
    """``token`` when it is a content verb, else the content verb it governs or that governs it."""
    bare = _bare_verb(token.doc)
    if bare is not None:
        return bare
    options = [token, token.head, *token.children, *token.subtree, *token.doc]
    for verb in options:
        if verb.pos_ == "VERB" and verb.lemma_ not in ("be", "do", "have") and verb.tag_ not in WH_TAGS:
            return verb
    return _verb_by_sense(token.doc) if LEXICAL["verb_by_sense"] else None


def _verb_by_sense(doc: Any) -> Any | None:
    """The parse's root read as the verb when the parse gives no verb: a word "did/does/do" supports as its
    auxiliary that WordNet knows as a verb in its base form ("Why did X, Y's husband, *resign*?", "When did the
    mill *close*?", "How long did the strike *last*?" — tagged a noun, an adjective or an adverb); None otherwise."""
    root = _root(doc)
    if root.pos_ in ("VERB", "AUX") or root.tag_ in WH_TAGS or not root.text.isalpha():
        return None
    if root.text[:1].isupper() and not doc.text.islower():
        return None  # a capitalised word is a name, unless the whole question is written in lower case
    supported = any(c.dep_ == "aux" and c.lemma_ == "do" for c in root.children)
    return root if supported and _is_bare_verb(root.lower_) else None


def _bare_verb(doc: Any) -> Any | None:
    """The bare verb after "did/does/do" and its subject ("did the envoy *outline*").

    The small model often tags that verb a noun ("What policy did X outline?"),
    so the first lower-case word after the subject that WordNet knows as a
    verb in its base form is taken.
    """
    do = next((t for t in doc if t.lemma_ == "do" and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    if do is None:
        return None
    # "Who did most of the writing of the report?": "do" is the main verb; its object's words are no bare verb
    inside = {t.i for c in do.children if c.dep_ == "dobj" and c.tag_ not in WH_TAGS for t in c.subtree if t.i != c.i}
    subject = False
    options = []
    for token in doc[do.i + 1:]:
        if token.is_punct and token.text != "-":
            break
        if subject and token.text.islower() and token.pos_ in ("VERB", "NOUN") and _is_bare_verb(token.text) \
                and token.i not in inside \
                and doc[token.i - 1].pos_ != "DET" and token.lemma_ not in ("do", "be", "have"):
            options.append(token)
        # a capitalised word inside the question is a name even when the tagger calls it a verb ("did Genêt land")
        subject = subject or token.pos_ in ("NOUN", "PROPN", "PRON") or token.text[:1].isupper()
    # an infinitive ("to size things up") is never the verb "did" supports
    options = [t for t in options if not _infinitive(t)]
    for token in options:  # "did harbor-tax relief constitute": a noun of the subject may look like a verb
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.pos_ == "VERB" or after is None or not any(o.i == after.i for o in options):
            tagged = [t for t in options if t.i > token.i and t.pos_ == "VERB" and t.tag_ in ("VB", "VBP")]
            if token.pos_ == "NOUN" and tagged and not _after_complete_subject(token):
                return tagged[0]  # "did the first message sent by telegraph … say": a noun that could be
            return token  # a verb, then the tagger's bare verb; but "did Lind dispatch" is the verb
    return None


def _infinitive(token: Any) -> bool:
    """A verb marked by "to" ("to size things up")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        or token.i > 0 and token.doc[token.i - 1].lower_ == "to"


def _after_complete_subject(token: Any) -> bool:
    """The word right after "did" + a proper name or pronoun ("did Lind dispatch"): the subject
    is complete there, so a word that may be a verb is the verb, not a noun of the subject."""
    before = token.doc[token.i - 1]
    return (before.pos_ == "PRON" or before.pos_ == "PROPN" and before.text[:1].isupper()) and token.text.islower()


def _is_noun(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and word.isalpha() and bool(wn.synsets(word, "n"))


def _is_bare_verb(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and bool(wn.synsets(word, "v")) and wn.morphy(word, "v") == word


def _name_noun(token: Any) -> bool:
    """"name", or a noun that is a kind of name in WordNet's first sense, written as one word ("codename",
    "nickname"): the question asks a name."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in WH_TAGS:
        return False
    word = fold(token.lemma_ or token.text)
    if word == "name":
        return True
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    first = wn.synsets(word, "n")[:1] if wn is not None and word.endswith("name") else []
    return any(h.name() == "name.n.01" for x in first for path in x.hypernym_paths() for h in path) \
        or word.endswith("name") and len(word) > len("name") and not first and token.pos_ == "NOUN"


def _key_lemma(token: Any) -> str:
    """A word's lemma; for a hyphenated word ("co-sponsored") the lemma of its last part."""
    doc, i = token.doc, token.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        i += 2
    word = doc[i]
    bare = word.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in ("did", "does", "do") for c in word.children)
    if bare and word.lemma_ != word.lower_ and _base_verb(word.lower_):
        return fold(word.text)  # "did the council *found* a bank": a bare verb is its own lemma (not "find")
    return fold(word.lemma_)


def _base_verb(word: str) -> bool:
    """``word`` is a WordNet verb in its own base form ("found", "wound"), not only an inflection of
    another verb."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and bool(wn.synsets(word, "v")) and any(
        fold(lemma.name()) == word for x in wn.synsets(word, "v") for lemma in x.lemmas())


def _wh(q: Question, wh: Any, doc: Any) -> None:
    word = wh.lower_
    head = wh.head
    noun = _asked_noun(wh, doc) if word in ("what", "which") else None
    if noun is not None:
        _which_noun(q, wh, noun)
        return
    if word == "how":
        _how(q, wh, doc)
        return
    _predicate(q, head if head.pos_ in ("VERB", "AUX") else _root(doc))
    if word == "when":
        q.type, q.expects, q.slot = "when", "date", "time"
    elif word == "where":
        q.type, q.expects, q.slot = "where", "place", "place"
        if q.predicate in lexicon.words("qa_position_verbs"):
            q.light.add(q.predicate)  # "Where was X located?": the place, stated with "at/in" without the verb
    elif word == "why":
        q.type, q.expects, q.slot = "why", "sentence", "reason"
    elif word in ("who", "whom", "whose"):
        q.type, q.expects = "who", "person"
        q.slot = _role(wh)
        if LEXICAL["fronted_preposition"] and (fronted := _fronted_preposition(wh)) is not None:
            q.slot = f"prep:{fronted.lower_}"  # "Against whom did X V?": the object of that preposition is asked
        if q.slot == "attr":
            _identity(q, doc)
        if wh.dep_ == "poss" and wh.head.pos_ == "NOUN":  # "Whose murder set off X?": the one murdered
            q.slot, q.possessed = "possessor", _key_lemma(wh.head)
    else:  # what / which as a pronoun
        q.type, q.expects = word, "named"
        q.slot = _role(wh)
        q.wants_name = any(_name_noun(t) for t in doc)
        if q.slot == "attr" and any(t.dep_ == "relcl" for t in doc):
            _identity(q, doc)  # "What was the name of the satellite that exploded?": what exploded
        subject = next((c for c in _root(doc).children if c.dep_ == "nsubj"), None) if wh.dep_ == "attr" else None
        if q.slot == "attr" and q.predicate is None:
            _head(q, subject, kind_only=True)
        if subject is not None and q.expects == "named" and _counted_plural(subject):
            _head(q, subject)  # "What were the three main ideas of X?", "… the five areas X concentrated on?":
            q.type, q.expects = "list", "list"  # the members, a list
        if q.naming and LEXICAL["naming_needs_object"] and _names_nothing(wh):
            q.verb_class = None  # "What did X proclaim at Y?": what was proclaimed, not a name given to a thing
        _named_thing(q, doc)
        if q.naming:
            q.slot = "complement"
        elif q.verb_class == "saying" and q.slot in ("object", "dative", "attr"):
            q.slot, q.unit = "object", "quote"


def _fronted_preposition(wh: Any) -> Any | None:
    """The preposition opening the question right before the wh-pronoun when the parser did not make the wh-word its
    object ("Against whom did X rise?" parsed with "whom" as a subject), else None."""
    doc = wh.doc
    if wh.i != 1 or doc[0].pos_ != "ADP" or wh.dep_ == "pobj":
        return None
    return doc[0]


def _names_nothing(wh: Any) -> bool:
    """True when the wh-word is the only object of an active verb of naming ("What did X proclaim?", "What did the
    council declare?"): nothing is there to be named, so the verb's statement sense is asked ("What did they call the
    ship?" and "What was it called?" keep the naming reading: an object, a passive)."""
    verb = wh.head
    if wh.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp", "dative") for c in verb.children if c.i != wh.i)


def _named_thing(q: Question, doc: Any) -> None:
    """The noun whose name is asked: "the name of the *operation* …", "What did X call the *state*
    …?" — the answer is a name of that kind ("Operation X", "the state of X"); a person noun asks a person."""
    if q.head is not None:
        return
    noun = None
    if q.wants_name:
        name = next((t for t in doc if t.lemma_ == "name" and t.pos_ == "NOUN"), None)
        noun = next((p for prep in (name.children if name is not None else []) if prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
    elif q.naming:
        noun = next((t for t in doc if t.dep_ in ("dobj", "oprd") and t.pos_ == "NOUN" and t.head.pos_ == "VERB"
                     and fold(t.head.lemma_) == q.predicate), None)
    if noun is None:
        return
    q.head = fold(noun.lemma_)


def _identity(q: Question, doc: Any) -> None:
    """"Who was the X who/that V…": the answer is the doer of V (or the X itself without a clause)."""
    for token in doc:
        if token.dep_ == "relcl" and token.pos_ == "VERB":
            if token.head.pos_ == "NOUN":
                q.kind_noun = fold(token.head.lemma_)
            subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            verb = token
            while (inner := next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
                verb = inner  # "the X that Y tried to break up": the act is the infinitive's, X its object
            q.predicate = fold(verb.lemma_)
            q.verb_class = verb_class(q.predicate)
            q.slot = "object" if subject and subject[0].dep_ == "nsubjpass" else "subject"
            if subject and subject[0].tag_ not in WH_TAGS:
                q.slot = "object"  # "the X that Y signed": X is Y's object
            return
    q.predicate = None
    q.slot = "attr"
    role = next((t for t in doc if t.dep_ in ("nsubj", "attr") and t.pos_ in ("NOUN", "PROPN")
                 and category(t.text) == "person"), None)
    if role is not None:  # "Who was the first director of X?": the role noun the answer holds
        q.head = fold(role.lemma_)


def _asked_noun(wh: Any, doc: Any, before_aux: bool = True) -> Any | None:
    """The noun right after what/which ("which two countries", "what eight-point statement")."""
    aux = next((t for t in doc[wh.i + 1: wh.i + 6] if t.pos_ == "AUX" or t.tag_ == "MD"), None)
    if before_aux and aux is not None and aux.i > wh.i + 1 and _is_noun(doc[aux.i - 1].text) \
            and all(t.pos_ in ("ADJ", "NUM", "NOUN", "PROPN", "VERB") for t in doc[wh.i + 1:aux.i]):
        return doc[aux.i - 1]  # "Which envoys did…": the word before the auxiliary (the tagger may miss it)
    for token in doc[wh.i + 1: wh.i + 9]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.pos_ in ("NOUN", "PROPN") and (token.dep_ != "compound" or following is None
                                                  or following.pos_ not in ("NOUN", "PROPN")):
            return token
        # modifiers may be conjoined: "how many political and military figures"
        conjoined = token.pos_ == "CCONJ" and token.head.pos_ == "ADJ"
        if token.pos_ not in ("ADJ", "NUM", "NOUN", "PROPN", "PUNCT", "ADV") and not conjoined:
            return None
    return None


def _role(wh: Any) -> str:
    """The slot a wh-pronoun stands in: subject, object, prep:<p>, attr."""
    dep = wh.dep_
    if dep == "nsubj":
        return "subject"
    if dep == "nsubjpass":
        return "subject" if _get_idiom(wh.head) else "object"
    if dep in ("dobj", "dative", "oprd"):
        return "object"
    if dep == "pobj":
        return f"prep:{wh.head.lower_}"
    if dep == "attr":
        return "attr"
    return "object"


def _which_noun(q: Question, wh: Any, noun: Any) -> None:
    """"which ship", "what year", "in what city": the noun's kind decides the answer's kind."""
    _head(q, noun)
    q.type = wh.lower_
    kind = q.expects
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "pcomp") else noun
    if noun.dep_ in ("pobj", "pcomp"):
        verb = noun.head.head
    _predicate(q, verb if verb.pos_ in ("VERB", "AUX") else _root(noun.doc))
    if noun.dep_ in ("nsubj",) or noun.dep_ == "nsubjpass" and _get_idiom(noun.head):
        q.slot = "subject"
    elif noun.dep_ == "nsubjpass" or noun.dep_ in ("dobj", "attr"):
        q.slot = "object"
    elif noun.dep_ in ("pobj", "pcomp"):
        q.slot = f"prep:{noun.head.lower_}"
    if wh.i > 0 and wh.doc[wh.i - 1].pos_ == "ADP" and wh.doc[wh.i - 1].i == 0 and noun.dep_ not in ("pobj", "pcomp"):
        # "Along which line was X split?": a fronted preposition the parser left unattached heads the phrase
        fronted = wh.doc[wh.i - 1].lower_
        q.slot = "place" if kind == "place" and fronted in PLACE_PREPS else f"prep:{fronted}"
    if kind == "date":
        q.type, q.slot = "when", "time"
    elif kind == "place" and noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ in PLACE_PREPS:
        q.slot = "place"
    if q.plural and kind in ("named", "person", "place"):
        q.expects = "list"  # "which countries": every one named, joined
    if noun.dep_ in ("nsubjpass", "dobj") and _name_noun(noun) and q.predicate and not q.naming:
        _name_given(q, verb)
    if LEXICAL["means_asked"] and _asks_means(wh, noun):
        # "By what means / Through what method did X V?" asks "How did X V?": the means phrase, not the noun
        q.type, q.expects, q.slot, q.head, q.heads = "how", "sentence", "manner", None, []
        q.content = [w for w in q.content if w != fold(noun.text)]


def _asks_means(wh: Any, noun: Any) -> bool:
    """Whether the asked ``noun`` follows its wh-word after a preposition of means (lexicon
    ``qa_manner_prepositions``: "By what means", read off the words, as the parser often takes "means" for a verb)
    and its most frequent WordNet sense is a means, manner or method or falls under one (lexicon
    ``means_asking_senses``)."""
    doc = wh.doc
    if noun.i != wh.i + 1 or wh.i == 0 or doc[wh.i - 1].lower_ not in lexicon.words("qa_manner_prepositions"):
        return False
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    # the word as written first: spaCy reads "means" as the plural of "mean"
    senses = (wn.synsets(noun.lower_, "n") or wn.synsets(noun.lemma_, "n")) if wn is not None else []
    if not senses:
        return False
    asking = lexicon.words("means_asking_senses")
    return any(s.name() in asking for s in [senses[0], *senses[0].closure(lambda s: s.hypernyms())])


def _name_given(q: Question, verb: Any) -> None:
    """"What name was given to X?", "What nickname did Y use for X?": the verb only hands the name over — the
    question asks the complement of a naming act, as "What was X called?" does; the named thing is X."""
    q.light |= {q.predicate or ""} | ({fold(verb.text)} if verb.pos_ == "VERB" else set())
    q.verb_class, q.slot, q.head, q.plural = "naming", "complement", None, False
    named = next((p for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "for")
                  for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
    if named is not None:  # (the second object of "give X a name" is not taken: measured, it lost an answer)
        q.head = fold(named.lemma_)


def _head(q: Question, noun: Any, kind_only: bool = False, after: int = -1) -> None:
    """Set the head noun, its group, number and the kind of answer it asks for."""
    if noun is None:
        return
    lemma = fold(noun.lemma_) if noun.pos_ != "PROPN" else fold(noun.text)
    kind = {"date": "date", "person": "person", "place": "place", "money": "quantity", "percent": "quantity",
            "measure": "quantity"}.get(category(lemma) or "", "named")
    if kind_only:
        if kind != "named":
            q.expects, q.head = kind, lemma
        return
    q.head = lemma
    q.heads = [fold(t.text) for t in noun.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN") and after < t.i <= noun.i]
    q.plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" and c.lower_ not in ("one",)
                                                   for c in noun.children)
    q.unit = {"money": "money", "percent": "percent"}.get(category(lemma) or "")
    q.expects = kind


def _how(q: Question, wh: Any, doc: Any) -> None:
    """how many / how much / how long / how soon / how large / how (manner)."""
    nxt = doc[wh.i + 1] if wh.i + 1 < len(doc) else None
    word = nxt.lower_ if nxt is not None else ""
    if word in ("many", "much") and nxt is not None:
        q.type, q.expects, q.slot = f"how {word}", "quantity", "quantity"
        noun = _asked_noun(nxt, doc, before_aux=False) or _partitive(nxt)
        if noun is not None:
            _head(q, noun, after=nxt.i if noun.head.i == nxt.i or noun.dep_ != "pobj" else noun.head.i)
            q.expects, q.plural = "quantity", False
            q.head_role = {"nsubj": "subject", "nsubjpass": "object", "dobj": "object"}.get(noun.dep_)
        _predicate(q, noun.head if noun is not None and noun.head.pos_ == "VERB" else _root(doc))
        if word == "much" and q.unit is None and q.head is None:
            q.unit = _unit_of_verb(q)
        return
    _predicate(q, _root(doc))
    if word in DURATION_ADVERBS and not _length_of_a_thing(word, doc) or LEXICAL["age_asked"] and age_adjective(word):
        # "how long", "how soon"; "how old" (round 58 askv58): an age is a span of time
        q.type, q.expects, q.slot, q.unit = "how much", "quantity", "quantity", "duration"
    elif word in lexicon.words("qa_frequency_adverbs"):  # "how often": a rate
        q.type, q.expects, q.slot, q.unit = "how much", "quantity", "quantity", "frequency"
    elif nxt is not None and nxt.pos_ in ("ADJ", "ADV"):
        q.type, q.expects, q.slot, q.unit = "how much", "quantity", "quantity", "measure"
        q.dimension = _one_measure(dimension.adjective_dimensions(word))  # "how far": a length
    elif q.verb_class == "saying":  # "How did X describe Y?": the words X used, a quotation or its object
        q.type, q.expects, q.slot, q.unit = "how", "named", "object", "quote"
    else:
        q.type, q.expects, q.slot = "how", "sentence", "manner"


def _length_of_a_thing(word: str, doc: Any) -> bool:
    """"How long is the bridge?": "long" asks a length when the question's verb is "be" and its
    subject's most frequent WordNet noun sense is a structure, a natural object or a place
    (``MEASURED_LEXNAMES``); any other verb ("How long did the siege last?") asks a time."""
    root = _root(doc)
    if word != "long" or root is None or root.lemma_ != "be":
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    kind = first_sense_class(subject.lemma_.lower(), "n") or first_sense_class(subject.lower_, "n")
    return kind in MEASURED_LEXNAMES


def _partitive(many: Any) -> Any | None:
    """"How many of X's points …": the noun after "of" is the counted one (a part of its whole)."""
    doc = many.doc
    of = doc[many.i + 1] if many.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of":
        return None
    return next((t for t in of.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)


def _unit_of_verb(q: Question) -> str | None:
    """"How much did X pay / weigh": money or measure, from the nouns derived from the verb."""
    from vitrina.qa.lexical import related

    words = [q.predicate] if q.predicate else []
    words += [w for w, credit in related(q.predicate, "v").items() if credit >= LEXICAL["derived"]] \
        if q.predicate else []
    for word in words:
        kind = category(word)
        if kind in ("money", "measure"):
            return kind
    if any(category(w) == "money" for w in q.content):
        return "money"
    if dimension.transfers_possession(q.predicate or ""):  # "How much did X pay / get / lend?": money changed hands
        return "money"
    measured = _one_measure(dimension.verb_dimensions(q.predicate or ""))
    if measured is not None:  # "How much did X weigh?": weigh is "have a certain weight", a mass
        q.dimension = measured
        return "measure"
    return None


def _one_measure(dimensions: frozenset[str]) -> str | None:
    """The one dimension of measure (mass, length, area, volume) among ``dimensions``, else None."""
    measures = dimensions & dimension.MEASURES
    return next(iter(measures)) if len(measures) == 1 else None


def _content(doc: Any, q: Question) -> None:
    """Content words (folded, possessives off); hyphenated words give their parts of 3+ letters."""
    words: list[str] = []
    for token in doc:
        if token.tag_ in WH_TAGS or token.pos_ not in CONTENT_POS or token.is_stop and token.pos_ != "VERB":
            continue
        if token.pos_ == "ADV" and (token.head.tag_ in WH_TAGS or doc[token.i - 1].tag_ in WH_TAGS):
            continue  # "when exactly", "how soon": the adverb qualifies the question, not the event
        if token.lemma_ in ("be", "do", "have") or token.dep_ == "aux":
            continue
        text = "-".join(fold(w) for w in WORD.findall(token.text)).replace("'s", "").strip("'")
        glued = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        if len(text) < 3 and (glued or token.i + 1 < len(doc) and doc[token.i + 1].text == "-"):
            continue  # "co-", "re-": a prefix, not a word
        for part in text.split("-"):
            if len(part) >= 3 or part.isdigit() or token.pos_ == "PROPN":
                words.append(part)
                q.pos.setdefault(part, WORDNET_POS.get(token.pos_, "n"))
                if token.pos_ == "VERB" and token.is_stop:
                    q.light.add(part)  # "put", "take", "give": light verbs say little about the event
    q.content = list(dict.fromkeys(w for w in words if w))
    q.light |= _idiom_words(doc)


IDIOM_WORDS = (4, 3, 2)  # lengths of the multi-word adverbs looked up in WordNet, longest first


def _idiom_words(doc: Any) -> set[str]:
    """Folded words of multi-word adverbs WordNet knows ("in the first place", "at all", "in
    earnest"): an idiom says how, not which event, so its words weigh as little as a particle."""
    found: set[str] = set()
    tokens = [fold(t.text) for t in doc]
    i = 0
    while i < len(tokens):
        n = next((n for n in IDIOM_WORDS if i + n <= len(tokens) and adverb_idiom(tuple(tokens[i:i + n]))), 0)
        found |= set(tokens[i:i + n])
        i += max(n, 1)
    return found


ACTOR_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss"})


def _phrase_head(token: Any) -> Any:
    """The token heading the name phrase ``token`` belongs to: up through compounds, conjuncts and appositions."""
    head = token
    while head.dep_ in ("compound", "conj", "appos") and head.head is not head:
        head = head.head
    return head


def _actors(doc: Any) -> set[str]:
    """Folded proper-name words that are a verb's subject, object or a possessor ("When did *Washington*
    suspend …", "distracting *Moscow* and *Beijing*", "*Moscow*'s answer"), not a place something is in or
    goes to ("send him to Madrid"): a capital acting stands for its country's government."""
    found = set()
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        head = _phrase_head(token)
        if head.dep_ in ACTOR_ROLES or head.dep_ == "pobj" and head.head.dep_ == "agent":
            found.add(fold(token.text))
    return found


def _noun_objects(doc: Any) -> set[str]:
    """Folded proper-name words that are the object of a party preposition (lexicon ``qa_party_prepositions``)
    modifying a noun ("relations *between Washington and Moscow*", "the visit *to Tokyo*"): a capital there
    names its country as a party, unlike the place something is in ("the massacre *in Beijing*") or a verb's
    action goes to ("sent *to Madrid*")."""
    found = set()
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        head = _phrase_head(token)
        prep = head.head
        if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS and prep.head.pos_ == "NOUN":
            found.add(fold(token.text))
    return found


def _names(raw: str, framed: bool = False) -> list[str]:
    """Capitalised words that are not the question's first word nor part of a date (folded, possessive off); in a
    question inside the asker's frame (``framed``, `asker_frame`) the asker's pronoun "I" is none."""
    names = []
    dates = _date_spans(raw)
    starts = {0} | {m.end() for m in SENTENCE_BREAK.finditer(raw)}
    for i, match in enumerate(WORD.finditer(raw)):
        word = match.group()
        if i == 0 or not word[0].isupper() or any(a <= match.start() < b for a, b in dates):
            continue
        if framed and word == "I" and not re.search(r"[A-Z][\w.'’-]*\s+$", raw[:match.start()]):
            continue  # the asker's pronoun ("… and I need to know who …"), not a numeral of a name ("World War I")
        if match.start() in starts and fold(word) in STOPWORDS:
            continue  # "… in 1957. Who succeeded him?": a capital that only opens a sentence
        folded = fold(word)
        folded = re.sub(r"'s?$", "", folded) or folded
        names.append(folded)
    return list(dict.fromkeys(names))


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dates in ``text`` (the extract stage's date scanner): "June" there is no name."""
    try:
        from vitrina.extract.dates import find_dates
    except ImportError:
        return []
    try:
        return [(d.start, d.end) for d in find_dates(text)]
    except Exception:  # a colleague's scanner: never let it break a question
        return []


def name_asked(question: str) -> str | None:
    """How a what/which question asks for a name, read from its parse, or None: ``"noun"`` when the asked
    noun ("What *nickname* did …", "What was the *name* of …", "What is X's *nickname*?") is a kind of name in
    WordNet (under name.n.01: name, nickname, title, label) or names a wording (slogan, motto); ``"verb"`` when
    the wh-word is the complement of a naming verb ("What do historians call X?", "What was X code-named?",
    "What is X known as?"). A which/what noun of another kind asks that thing, not its name ("Which president
    was X named after?"); who/why/how questions ask no name."""
    _preamble, asked = split_preamble(" ".join(question.split()))
    doc = parse(_unquoted(asked)) if asked else None
    if doc is None or not len(doc):
        return None
    found = _name_asking(doc, _main_wh(doc))
    return found[0] if found else None


def _name_asking(doc: Any, wh: Any | None) -> tuple[str, Any] | None:
    """("noun", the name noun) or ("verb", the naming verb) of a question asking a name (`name_asked`), or None."""
    if wh is None or wh.lower_ not in ("what", "which"):
        return None
    noun = _asked_noun(wh, doc)
    if noun is None and wh.dep_ in ("attr", "nsubj"):  # "What was the name of X?", "What is X's nickname?"
        noun = next((c for c in wh.head.children if c.dep_ in ("nsubj", "attr") and c.i != wh.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None and _names_a_name(noun):
        return "noun", noun
    if noun is not None and noun.dep_ != "nsubj" or noun is not None and wh.dep_ not in ("attr", "nsubj", "oprd"):
        return None  # "Which president is X named after?": a thing of that kind is asked
    verb = _naming_verb_in(doc)
    return ("verb", verb) if verb is not None else None


def _name_ask(q: Question, doc: Any, wh: Any) -> None:
    """A question asking a name (`_name_asking`) keeps its naming words (``q.name_words``) and is read as the
    naming ask the parse may have hidden: "What nickname did X give / get / earn Y?" hands a name over
    (`_name_given`) whatever role the parser gave "nickname"; "What was X called / code-named?" asks the
    complement of the naming verb even when the parser hung "called" on the copula or on a relative clause."""
    found = _name_asking(doc, wh)
    if found is None or q.type not in ("what", "which"):
        return
    how, token = found
    if how == "verb" and LEXICAL["naming_needs_object"] and wh.head.i == token.i and _names_nothing(wh):
        return  # "What did X proclaim?": the statement sense (`_names_nothing`)
    q.name_words = {fold(token.text), fold(token.lemma_)} | ({"name"} if how == "noun" else set())
    if how == "verb":
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "as":
            q.name_words.add("as")
        if q.naming or q.secondary is not None and verb_class(q.secondary[0]) == "naming":
            return  # asked already, or "What was the pact that ended X called?": the act's sentence names it
        named = next((c for c in token.children if c.dep_ in ("dobj", "oprd") and c.pos_ == "NOUN"), None)
        q.verb_class, q.slot, q.predicate, q.secondary, q.kind_noun = "naming", "complement", fold(token.lemma_), None, None
        q.passive = named is None  # "What was X called?"; not "What do they call X?"
        q.head = fold(named.lemma_) if named is not None else None
        return
    verb = token.head
    if verb.lemma_ == "do":  # "What nickname did X get?": the parser may hang the noun on the auxiliary
        verb = verb.head if verb.dep_ == "aux" and verb.head.pos_ == "VERB" else next(
            (t for t in reversed(doc) if t.pos_ == "VERB" and t.lemma_ not in ("do", "be", "have")), verb)
    if q.naming or q.wants_name or q.wording or wh.head.i != token.i or verb.pos_ != "VERB" \
            or not (token.dep_ in ("nsubjpass", "dobj") or _do_support(doc)):
        return  # "What was the name of X?" is asked already; a name noun that does something is no name asked
    q.predicate = fold(verb.lemma_)
    _name_given(q, verb)


def _names_a_name(noun: Any) -> bool:
    """The noun is a kind of name (WordNet name.n.01, "codename" by its ending) or a wording (slogan)."""
    word = fold(noun.lemma_ or noun.text)
    return _name_noun(noun) or kind_of(word, "name") or wording(word)


def _naming_verb_in(doc: Any) -> Any | None:
    """The first verb of naming (WordNet name.v.01: call, dub, nickname, code-name) or naming phrase of lexicon
    ``qa_naming`` ("known as", "referred to as") in the question, or None."""
    phrases = lexicon.words("qa_naming")
    for token in doc:
        if token.pos_ not in ("VERB", "AUX", "ADJ") and token.tag_ != "VBN":
            continue
        if token.lower_ in phrases or verb_class(fold(token.lemma_)) == "naming" \
                or any(verb_class(b) == "naming" for b in base_forms(token.text)):
            return token
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and f"{token.lower_} {after.lower_}" in phrases:
            return token
    return None
