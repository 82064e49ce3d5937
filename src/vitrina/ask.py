"""Questions answered from the exhibit, with citations, or an honest abstention.

1. Analyse the question from its dependency parse (qa/question.py): the
   slot the wh-word asks, the predicate, the head noun and its WordNet kind.
2. Retrieve sentences with FTS5 (content words, their WordNet relatives and
   the other names of the question's names; BM25), then measure how much of
   the question each covers (IDF-weighted; a word counts through its
   WordNet base forms, partly through related words; the section title and
   the previous sentence count partly, a pronoun for a name nearly fully).
3. Parse the best-covered sentences (qa/parse.py, cached), align their
   predicates with the question's and read the constituent that fills the
   asked slot (qa/structure.py); pronouns in it are resolved (qa/coref.py).
4. Candidates: the slot's constituent and typed facts of the knowledge base
   (dates, amounts, names, quotations), those inside the slot counting more
   (qa/candidates.py); scored by coverage, fit and proximity.
5. Abstain when a proper name of the question appears nowhere, when no
   sentence covers the question well enough, or when confidence is low.
6. Across documents, compare the best date/quantity answers: a more precise
   contained value wins (the other cited as support); a real disagreement is
   reported as such, with lower confidence.

Every weight and threshold is in qa/weights.py.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from vitrina.compare import stored_text as stored_comparisons
from vitrina.edtf_bounds import day_number
from vitrina.extract.edtf_text import YEAR_WORD
from vitrina.extract.numbers import find_ordinals
from vitrina.lexicon import entries as lexicon_entries
from vitrina.lexicon import rows as lexicon_rows
from vitrina.lexicon import words as lexicon_words
from vitrina.qa import (
    answerable,
    attach,
    bound,
    coref,
    denial,
    describe,
    docpass,
    either,
    exchange,
    feeling,
    formername,
    labels,
    limits,
    looser,
    namesake,
    origin,
    otheract,
    outcome,
    parenthetical,
    premise,
    quoted_name,
    rank,
    refer,
    relative_date,
    retrieve,
    rolenoun,
    sametime,
    select,
    shaped,
    slottype,
    spelling,
    topical,
    whatis,
    whois,
)
from vitrina.qa import identifier as numbered
from vitrina.qa.candidates import (
    ENUMERATED,
    Candidate,
    Facts,
    Sentence,
    adjust,
    bare_pronoun,
    candidates,
    exchanged_candidates,
    felt_candidates,
    identifier,
    interval,
    label_candidates,
    names_something,
    no_name,
    parse_spans,
    quoted_candidates,
    record_candidates,
    shaped_candidates,
    slot_candidates,
)
from vitrina.qa.duration import asks_duration, reads_duration
from vitrina.qa.lexical import (
    base_forms,
    category,
    causal_noun,
    causal_verb,
    fold,
    irregular_forms,
    loosely_related,
    nominalises,
    opposites,
    phrasal_relatives,
    phrasal_verbs,
    record_abbreviations,
    regular_forms,
    related,
    sense_participle,
)
from vitrina.qa.names import (
    acronym_readings,
    country_of_capital,
    equivalents,
    linked_mentions,
    name_phrases,
    people_named,
    wordnet_names,
)
from vitrina.qa.parse import parse, parse_many
from vitrina.qa.predicate import with_aliases as predicate_aliases
from vitrina.qa.question import Question, analyse
from vitrina.qa.spans import (
    apposed_name,
    asked_conjunct,
    asked_count,
    bare_count,
    coordination,
    count_of_asked_noun,
    lower_bound,
    other_side_of_copula,
    outside_asked_role,
    predicate,
    purpose_infinitive,
    value_of_asked_noun,
    whole_subject,
    with_rate,
    without_apposition,
    without_preposition,
    without_relative_clause,
)
from vitrina.qa.spans import spans as parse_spans_of
from vitrina.qa.stated import aligned_credits
from vitrina.qa.stored import stored_answer
from vitrina.qa.structure import PRONOUNS, anchors, enumerations, fill, other_object, renamed_names
from vitrina.qa.text import STOPWORDS, WORD, demonyms, places_of, words
from vitrina.qa.weights import (
    ALIASES,
    ANSWER_THRESHOLD,
    ASKED_ARGUMENT,
    BACKGROUND_WEIGHT,
    BOUND56,
    BOUND58,
    BROADER_MAJORITY,
    CALIBRATION,
    CALIBRATION_MAP,
    CANDIDATE_COVERAGE,
    CITE_CLOSEST,
    COMPLETE_EVIDENCE,
    COMPOUND_CREDIT,
    CONFIDENCE,
    CONFIDENT,
    CONFIDENT_FROM,
    CONFLICT_PROXIMITY,
    CONFLICT_SCORE,
    CONTEXT_CREDIT,
    CONTEXT_SENTENCES,
    COREF_CREDIT,
    DEEPER,
    DENIAL,
    DENSITY_FLOOR,
    DESCRIBED,
    DESCRIBING_WEIGHT,
    DESCRIPTION_WORDS,
    DOCPASS,
    EITHER,
    EVENT_GAP,
    EXAMINE,
    EXPANSIONS,
    FOCUS_DOCUMENTS,
    FOCUS_KEEP,
    FOLLOWER_DISCOUNT,
    FOLLOWER_OPENING,
    FOLLOWERS,
    FORMER_NAME,
    GATE,
    HEADING_FACTOR,
    LEARNED_THRESHOLD,
    LEXICAL,
    LIGHT_WEIGHT,
    LINKED,
    LOOSER,
    MIN_COVERAGE,
    MODIFIER_WEIGHT,
    NAME_BONUS,
    NAME_CREDIT,
    NAME_ENDING,
    NAME_STEM,
    NAMESAKE,
    NEIGHBOURS,
    OUTCOME,
    PARENTHETICAL,
    POOL_GAP,
    PROXIMITY_FLOOR,
    PROXIMITY_MEAN,
    PROXIMITY_NEAR,
    PROXIMITY_NEAREST_SHARE,
    QUANTITY_GATE,
    RANKER,
    RANKER_ADDED,
    RECORD_HEADING_CREDIT,
    RECORD_HEADING_WORDS,
    REFER,
    RETRIEVAL,
    RETRIEVE,
    RETRIEVE_RELATED,
    RIVAL_GAP,
    RIVAL_SCORE,
    ROLES55,
    SCENE,
    SELECTION,
    SPAN_LIMIT,
    SUPPORT_BONUS,
    TOPICAL,
    VARIANT_CREDIT,
    WHATIS,
    WHOIS,
)
from vitrina.stance import (
    CORRECTION_CHARS,
    disputed_at,
    retracted_at,
    self_corrected,
    self_reported_at,
)
from vitrina.store.read import KnowledgeBase, SentenceHit, as_knowledge_base


def ask(store: KnowledgeBase | sqlite3.Connection, question: str, explain: bool = False) -> dict[str, Any]:
    """The answer to ``question`` with its citations and confidence, or ``answer`` None. With ``explain``, also the evidence the confidence was
    computed from and the best candidate even when withheld (bench/fit_ask.py reads these)."""
    conn = as_knowledge_base(store)
    respelled = _respelled(conn, question or "")
    q = analyse(respelled)
    result = _asked(conn, question, respelled, q, explain)
    if EITHER["on"]:  # "Was it X or Y …?": one of the options answers (qa/either.py)
        return _either(conn, respelled, q, result)
    return result


def _either(conn: KnowledgeBase, respelled: str, q: Question, result: dict[str, Any]) -> dict[str, Any]:
    """``result``, or for an either-or question whose answer names none of its options, the option the best
    retrieved sentence stating the question's frame states (qa/either.py), cited there; a bare "Yes" to an either-or
    question is no answer (withheld) when no sentence states an option."""
    if not re.search(r"\bor\b", respelled, re.IGNORECASE):
        return result
    doc = parse(respelled)
    options = either.alternatives(doc, q.type == "yes/no")
    if not options:
        ordered = either.ordered_choice(doc) if LEXICAL["ordered_choice"] else None
        return _ordered(conn, q, ordered, result) if ordered else result
    shown = fold(result["answer"] or "")
    if any(all(re.search(rf"\b{re.escape(k)}", shown) for k in o.keys) for o in options if not o.verb):
        return result  # the ordinary answer is one of the options already
    found = _option_stated(conn, q, options)
    if found is not None:
        answer, sentence, titles = found
        return {**result, "answer": answer, "confidence": EITHER["confidence"],
                "citations": [_citation(sentence, titles)]}
    if fold(result["answer"] or "") == "yes":
        return {**result, "answer": None, "confidence": 0.0}
    return result


def _ordered(conn: KnowledgeBase, q: Question, options: list[either.Option], result: dict[str, Any]
             ) -> dict[str, Any]:
    """Round 58 askv58: "Which came first, X or Y?" answered by the option (as the question writes it) whose year is
    the earliest, each option's year the one written nearest it in the best covered retrieved sentence stating it with
    a year (qa/either.py `year_near`), cited at those sentences; ``result`` when an option has no year or two share
    the earliest."""
    aliases = _aliases(conn, q)
    weights, _missing = _weights(conn, q, conn.sentence_count() or 1, aliases)
    sentences, titles = covered(conn, q, weights, aliases, wider=True)
    variants = {k: list(v) for own, v in aliases for k in own if len(own) == 1}
    dated: dict[int, tuple[int, str, Sentence]] = {}
    reading = sentences[:int(EITHER["sentences"])]
    for s, doc in zip(reading, parse_many([s.text for s in reading]), strict=True):
        for i, option in enumerate(options):
            spans = either.occurrences(doc, option, variants)
            year = either.year_near(doc, spans) if i not in dated else None
            if year is not None:
                dated[i] = (year, option.text, s)
    if len(dated) < len(options):
        return result
    ranked = sorted(dated.values(), key=lambda d: d[0])
    if ranked[0][0] == ranked[1][0]:
        return result
    cited = [_citation(d[2], titles) for d in ranked]
    return {**result, "answer": ranked[0][1], "confidence": EITHER["confidence"],
            "citations": [c for i, c in enumerate(cited) if c not in cited[:i]]}


def _option_stated(conn: KnowledgeBase, q: Question, options: list[either.Option]
                   ) -> tuple[str, Sentence, dict] | None:
    """(the answering words, the sentence, the section titles) of the option stated by the retrieved sentence that
    states the most of the question's frame (its words less the options'), at least ``EITHER["frame_min"]`` of
    it; None when no sentence does."""
    total = conn.sentence_count() or 1
    aliases = _aliases(conn, q)
    weights, _missing = _weights(conn, q, total, aliases)
    option_words = {w for o in options for k in o.keys for w in k.split()}
    frame = {w: v for w, v in weights.items() if w not in option_words and not (base_forms(w) & option_words)}
    if not frame:
        return None
    sentences, titles = covered(conn, q, weights, aliases, wider=True)
    variants = {k: list(v) for own, v in aliases for k in own if len(own) == 1}
    lexicon = _question_lexicon(frame, q.pos)
    best: tuple[float, str, Sentence] | None = None
    reading = sentences[:int(EITHER["sentences"])]
    for s, doc in zip(reading, parse_many([s.text for s in reading]), strict=True):
        probe = Sentence(s.id, s.document, s.section, s.start, s.end, s.text, s.rank)
        _cover(probe, q, frame, "", "", aliases, lexicon)
        if probe.coverage < EITHER["frame_min"] or (best is not None and probe.coverage <= best[0]):
            continue
        stated = {i: spans for i, o in enumerate(options) if (spans := either.occurrences(doc, o, variants))}
        if not stated:
            continue
        at = [t.i for t in doc if any(a <= t.idx < b for a, b in probe.matched)
              and not any(x <= t.i < y for spans in stated.values() for x, y in spans)]
        chosen = either.nearest(doc, stated, at)
        if chosen is None:
            continue
        a, b = either.shown(doc, stated[chosen][0], options[chosen].verb)
        best = (probe.coverage, s.text[a:b], s)
    if best is None:
        return None
    return best[1], best[2], titles


def _asked(conn: KnowledgeBase, question: str, respelled: str, q: Question, explain: bool) -> dict[str, Any]:
    """The ordinary answer to the analysed question ``q`` (`ask`)."""
    result: dict[str, Any] = {"question": question, "answer": None, "confidence": 0.0,
                              "citations": [], "type": q.type}
    stored = stored_answer(conn, respelled)  # a stored quotation's speaker, a letter's sending (qa/stored.py)
    if stored is not None:
        return {**result, **stored}
    if not q.content and not q.names:
        return result
    total = conn.sentence_count() or 1
    aliases = _aliases(conn, q)
    # the other names of the question's names are its own words — except when it asks one ("What was X called?")
    q.others = set() if renamed_names(q) else {w for _own, variants in aliases for v in variants for w in v}
    q.others |= {w for _own, variants in [*q.described, *q.linked] for v in variants for w in v}
    if q.act_focus is not None:  # "What did the US do?": X's other names as the sentence's subject
        q.act_focus = predicate_aliases(q.act_focus, [*aliases, *q.linked])
    weights, missing_name = _weights(conn, q, total, aliases)
    if missing_name:  # a proper name the sources never mention, under any name: nothing to say
        return result
    role = whois.asked_role(q)  # "What was X's job?": X's role as the sources describe X, before any ranked candidate
    if role and (described := _role_of(conn, q, weights, aliases, role, dict(result))) is not None:
        return _replied(described, explain)
    first = _answered(conn, q, weights, aliases, dict(result), explain, wider=bool(DEEPER["first_look"]))
    weak, looked = bool(first.pop(WEAK, False)), first.pop(POOL, frozenset())
    if first["answer"] is not None or first.get("premise") or DEEPER["first_look"] or not (DEEPER["second_look"]
                                                                   or DEEPER["weak_look"] and weak):
        return _replied(_identified(conn, q, weights, aliases, first), explain)
    # withheld or nothing found: look again, wider (qa/retrieve.py: pairs of question words, the relatives the
    # exhibit holds, the next best covered sentences); an answer found only so is shown, else the first look stands
    # (``DEEPER["fresh"]``: only the sentences the first look did not examine, which then are not its rivals)
    second = _answered(conn, q, weights, aliases, dict(result), explain, wider=True,
                       **({"skip": looked} if DEEPER["fresh"] else {}))
    second.pop(WEAK, None)
    second.pop(POOL, None)
    return _replied(_identified(conn, q, weights, aliases, second if second["answer"] is not None else first),
                    explain)


def _identified(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
                result: dict[str, Any]) -> dict[str, Any]:
    """``result``, or for "Who is X?" left unanswered, X's most defining description in a sentence naming X
    (qa/whois.py: an apposition, a role noun before the name, a relative clause), cited there; any other question
    goes on to `_defined` ("What is X?")."""
    if result["answer"] is not None or result.get("premise"):
        return result
    if not whois.asks_identity(q):
        return _defined(conn, q, weights, aliases, result)
    return _answered_by_description(conn, q, weights, aliases, list(q.names), result) or result


def _role_of(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias], role: list[str],
             result: dict[str, Any]) -> dict[str, Any] | None:
    """``result`` answered by the role of the person ``role`` names (qa/whois.py: an apposition, a copula, a role
    noun or a title before the name in the best retrieved sentences naming the person — first an "as" phrase of the
    person's verb when the part the person acted in is asked), cited there; None when no sentence describes the
    person so (the ranked candidates then answer)."""
    kinds = whois.CAPACITY_KINDS if whois.asks_capacity(q) else whois.ROLE_KINDS  # "In what capacity …": "as NP"
    return _answered_by_description(conn, q, weights, aliases, role, result, kinds,
                                    office=bool(LEXICAL["office_asked"]))


def _answered_by_description(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
                             names: list[str], result: dict[str, Any],
                             kinds: tuple[str, ...] | None = None, office: bool = False) -> dict[str, Any] | None:
    """``result`` answered by the best description (of ``kinds``, else every kind) of the person ``names``
    names in the best retrieved sentences (qa/whois.py), cited there; None when none weighs enough. The person
    is named by ``names`` or by another name of theirs of two words or more (a family name alone may be a
    relative's)."""
    sentences, titles = covered(conn, q, weights, aliases, wider=True)
    forms = [frozenset(names)] + [frozenset(v) for own, variants in aliases for v in variants
                                  if set(own) & set(names) and len(v) > 1]
    read = sentences[:int(WHOIS["sentences"])]
    described = whois.describe(read, forms, kinds, office=office) if kinds else whois.describe(read, forms)
    found = [f for f in described if f.weight >= WHOIS["min_weight"]]
    return _described_answer(result, found[0], titles) if found else None


def _defined(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
             result: dict[str, Any]) -> dict[str, Any]:
    """``result``, or for "What is X?" / "What does X mean?" left unanswered, X's most defining gloss in a
    sentence naming X (qa/whatis.py: a glossary line, a copula, a bracketed gloss, "or", an apposition), cited there."""
    term = whatis.asked_term(q)
    if not term:
        return result
    sentences, titles = covered(conn, q, weights, aliases, wider=True)
    reading = whatis.defining(sentences, term, int(WHATIS["sentences"]))
    found = [f for f in whatis.define(reading, term) if f.weight >= WHATIS["min_weight"]]
    return _described_answer(result, found[0], titles) if found else result


def _described_answer(result: dict[str, Any], best: Any, titles: dict) -> dict[str, Any]:
    """``result`` answered by a description found in a retrieved sentence (qa/whois.py's or qa/whatis.py's
    ``Found``: its text, weight and sentence), cited there."""
    result["answer"], result["confidence"] = best.text, round(best.weight, 3)
    result["citations"] = [_citation(best.sentence, titles)]
    return result


def _replied(result: dict[str, Any], explain: bool) -> dict[str, Any]:
    """The reply as callers read it: "confidence" is the chance the answer shown is right, so a reply without an
    answer ("the sources don't say"; its citations are the closest passages) has confidence 0 — the withheld
    candidate's own confidence (often 0.6–0.79: the gate, not the confidence, decides abstention) read as an
    answer's. With ``explain`` it is kept, as the bench's fitting and calibration tools read it."""
    if result["answer"] is None and not explain:
        result["confidence"] = 0.0
    return result


WEAK = "_weak"  # set by `_answered` when its look examined nothing: no sentence covered enough, or no candidate
DENIED = "denied_argument"  # marks the "No" of `_denied_argument` (a key no ranking table reads)
POOL = "_pool"  # set by `_answered`: the ids of the sentences its look examined


def _answered(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
              result: dict[str, Any], explain: bool, wider: bool = False,
              skip: frozenset[int] = frozenset()) -> dict[str, Any]:
    """``result`` filled with the answer from the sentences retrieved for ``q`` (``wider``: the second look),
    the sentences of ``skip`` not examined."""
    sentences, titles = covered(conn, q, weights, aliases, wider)
    if not sentences:
        return {**result, WEAK: True}
    best = sentences[0]
    closest = [_citation(s, titles) for s in sentences[:2] if s.coverage >= CITE_CLOSEST]
    if best.coverage < CANDIDATE_COVERAGE or best.coverage < MIN_COVERAGE and not CALIBRATION and not explain:
        result["citations"] = closest[:1]
        result["confidence"] = round(CONFIDENCE["uncovered"] * best.coverage, 3)
        return {**result, WEAK: True}
    pool = examined(conn, sentences, wider)
    pool += followers(conn, pool, q, weights, aliases, titles)
    if DOCPASS["documents"] and not wider:  # the best covered of the first documents' other sentences (qa/docpass.py)
        ranked = in_documents(conn, q, weights, aliases, docpass.documents(sentences))
        pool += docpass.chosen(ranked, pool, best.coverage)
    if select.on() and not wider:  # the learned selection stage (qa/select.py): a few more sentences examined
        pool += selected(conn, q, weights, aliases, sentences, pool)
    pool = [s for s in pool if s.id not in skip]
    result[POOL] = frozenset(s.id for s in pool)
    if not pool:
        result["citations"] = closest[:1]
        result["confidence"] = round(CONFIDENCE["no_candidate"] * best.coverage, 3)
        return {**result, WEAK: True}
    by_section = {(s.document, s.section): s.section_share for s in sentences}
    for s in pool:  # a neighbour or follower stands in a section of the retrieved ones
        s.section_share = by_section.get((s.document, s.section), s.section_share)
    asker = shaped.asker_words(q.text, q.content + q.names, q.others) if LEXICAL["shaped_holder"] else frozenset()
    stated_read = explain or rank.reads_any(rank.STATED_ROLE, RANKER, RANKER_ADDED, CALIBRATION, GATE)  # qa/stated.py
    for s, doc in zip(pool, parse_many([s.text for s in pool]), strict=True):
        s.slots = fill(doc, q)
        s.enumerations = enumerations(doc) if q.expects == "list" else []
        aligned = anchors(doc, q)
        s.aligned = bool(aligned)
        s.align_credit = max((credit for _t, credit in aligned), default=0.0)
        s.other_act = bool(aligned) and all(other_object(a, q) for a, _credit in aligned)
        s.spans = parse_spans_of(doc, q)
        s.shaped = shaped.spans(doc, q.kind_of, q.desire, asker, q.promiser if q.commitment else None) \
            if q.kind_of or q.desire or q.commitment else []
        if q.origin:  # round 58 askorigin58: the place in the origin role (qa/origin.py)
            s.shaped = sorted(set(s.shaped) | set(origin.spans(doc, q.origin)))
        s.felt = feeling.spans(doc, q.feeler, frozenset(q.others)) if q.feeling else []
        s.exchanged = exchange.spans(doc) if q.exchange else []
        s.quoted = quoted_name.spans(s.text) if quoted_name.asked(q) and quoted_name.tied(q, doc) else []
        s.parsed = (doc, frozenset(t.i for t, _c in aligned) or frozenset(t.i for t in doc if t.dep_ == "ROOT"))
        s.credits = aligned_credits(doc, q, aligned) if stated_read else {}
    facts = _facts(conn, {s.document for s in pool}, pool)
    found: list[Candidate] = []
    best_rank = min(s.rank for s in pool)
    blocks = _blocks(conn, pool)

    def resolve(s: Sentence, slot: Any) -> coref.Antecedent | None:
        return coref.resolve(conn, s.document, blocks.get(s.id), s.start + slot.start, slot.head_text, s.start)

    held = any(not s.heading and (f := labels.field(s.text)) is not None and labels.asked(f, q)
               for s in pool)  # the asked record field is among the examined sentences (qa/labels.py)
    for s in pool:
        density = DENSITY_FLOOR + (1 - DENSITY_FLOOR) * (s.rank / best_rank if best_rank < 0 else 1.0)
        made = slot_candidates(s, facts[s.document], q, resolve) + candidates(s, facts[s.document], q) \
            + parse_spans(s, q) + record_candidates(s, q) + label_candidates(s, q) + shaped_candidates(s, q) \
            + felt_candidates(s, q) + exchanged_candidates(s, q) + quoted_candidates(s, q)
        if not s.heading:  # a heading's "Title: subtitle" is no record field
            made = [c for c in made if not labels.another_field(s.text, c.start - s.start, c.end - s.start, q, held)]
        if q.name_words:  # a name is asked: "German", "Communist", "initially" name nothing
            made = [c for c in made if not no_name(s, c)]
        if q.expects == "quantity":  # "at A (four) and at B (eight)": a count answers only of its own noun (round 40)
            made = [c for c in made if not attach.attached_elsewhere(s.parsed, c.start - s.start, c.end - s.start,
                                                                      answerable.participants(q))]
            made = _bound_elsewhere(s, q, made)
        for cand in adjust(s, facts[s.document], q, made):
            cand.score = _score(cand, q) * density * (HEADING_FACTOR if s.heading else 1.0)
            found.append(cand)
    if not found:
        result["citations"] = closest[:1]
        result["confidence"] = round(CONFIDENCE["no_candidate"] * best.coverage, 3)
        return {**result, WEAK: True}
    _rank(found, q, pool, best_rank, sum(weights.values()), measured=explain)
    _ordinal_member(found, q)
    _date_bound(found, q)
    _parenthetical_role(found, q)
    _role_noun(found, q)
    _identifier_unstated(found, q)
    found = _complement_holder(found, q)
    _denied_argument(found, q, pool)
    _off_topic(found, q)
    if explain or rank.reads_any(answerable.MEMBER + answerable.FRAME, GATE):  # round 31, 34: measured gate inputs
        _answerability(conn, found, q, aliases)
    found = _fuller_names(conn, found)
    result = _answer(result, q, found, titles, _comparisons(conn) if q.expects in RECONCILED else {},
                     explain, lambda cand: _antecedent_sentence(conn, cand, blocks.get(cand.sentence.id)),
                     lambda cand: _fuller_name(conn, cand),
                     lambda cand: _premise_contradicted(conn, cand, q) or _other_agent(cand, q)
                     or _document_premise(conn, cand, q),
                     lambda cand: _text_after(conn, cand), lambda cand: _mistyped(conn, cand, q),
                     lambda cand: _unasked(conn, cand, q, found))
    result = _relative_date(conn, result, q, found, titles)
    result = _won_premise(conn, _former_name_stated(conn, _winner_stated(conn, result, q), q), q)
    return _other_year_differ(conn, _locate_statements(conn, result), q)


def _winner_stated(conn: KnowledgeBase, result: dict[str, Any], q: Question) -> dict[str, Any]:
    """Round 57 red team D7 (qa/outcome.py): "Who won W in Y?" found no answer, and a document naming W states its
    winner on that occasion in other words ("W was won by X", "X was elected … for W", "A lost to X") or gives W's
    result table, whose row with the largest figure is the winner's: that name, cited there, at
    ``OUTCOME["winner_confidence"]``."""
    if not OUTCOME["on"] or result.get("answer") is not None or result.get("premise"):
        return result
    contest = outcome.asked_contest(q.text)
    found = outcome.stated_winner(conn, contest, set(q.years)) if contest is not None else None
    return _stated(conn, result, found, OUTCOME["winner_confidence"])


def _former_name_stated(conn: KnowledgeBase, result: dict[str, Any], q: Question) -> dict[str, Any]:
    """Round 57 red team D7 (qa/formername.py): "What was X's maiden name?" found no answer, and a stored sentence
    holding X's surname states the name X bore before ("X (née Y)", "X, born Y Z", "X, who before her marriage was
    Miss Y Z"): that name, cited there, at ``FORMER_NAME["confidence"]``."""
    if not FORMER_NAME["on"] or result.get("answer") is not None or result.get("premise"):
        return result
    bearer = formername.asked_bearer(q.text)
    found = formername.stated_former_name(conn, bearer) if bearer else None
    return _stated(conn, result, found, FORMER_NAME["confidence"])


def _stated(conn: KnowledgeBase, result: dict[str, Any], found: Any, confidence: float) -> dict[str, Any]:
    """``result`` answered by a name a stored sentence states (``found``: its ``name`` and ``sentence``), cited
    there at ``confidence``; ``result`` itself when nothing was found."""
    if found is None:
        return result
    s = found.sentence
    return {**result, "answer": found.name, "confidence": confidence,
            "citations": [_citation(s, _section_titles(conn, {s.document}))]}


def _won_premise(conn: KnowledgeBase, result: dict[str, Any], q: Question) -> dict[str, Any]:
    """Round 57 red team D6 (qa/outcome.py): "How many votes did X get when she won W?" and the collection says X
    lost W on the occasion the question or the answering sentence dates (a result table giving another a larger
    figure, a sentence saying X lost): a false premise, withheld with the contradicting sentence cited (also when
    the answer was withheld already: the correction is the reply)."""
    if not OUTCOME["on"] or result.get("premise"):
        return result
    won = outcome.asked_win(q.text)
    if won is None:
        return result
    cited = result.get("citations") or []
    years = set(q.years) | set(YEAR_WORD.findall(cited[0]["text"] if cited else ""))
    found = outcome.refutation(conn, won, years)
    if found is None:
        return result
    s = found.sentence
    citation = _citation(s, _section_titles(conn, {s.document}))
    note = {"kind": "outcome", "asked": " ".join(w.capitalize() for w in won.winner), "stated": found.other, "note": found.note(won),
            "citation": citation}
    return {**result, "answer": None, "confidence": 0.0, "premise": note, "citations": [citation]}


@functools.lru_cache(maxsize=256)
def _asked_occasion(question: str) -> tuple[str, frozenset[str]] | None:
    """``bound.asked_occasion`` of a question, read once for all the sentences it examines."""
    return bound.asked_occasion(parse(question))


def _bound_elsewhere(s: Sentence, q: Question, made: list[Candidate]) -> list[Candidate]:
    """Round 56 red team D-ASK-WRONG (qa/bound.py): in a sentence pairing several holders with several values ("A
    polled 5,000 and B 4,000"), a value bound to a holder that names none of the question's names, while another
    holder there names them, is that holder's value and no answer. Quantity questions."""
    if BOUND58["occasion"]:  # round 58: "came on Founders' Day" — a figure of another named occasion is no answer
        occasion = _asked_occasion(q.text)
        made = [c for c in made if not bound.occasion_elsewhere(s.parsed, c.start - s.start, c.end - s.start, occasion)]
    if not BOUND56["on"] or not q.names:
        return made
    return [c for c in made if not bound.bound_elsewhere(s.parsed, c.start - s.start, c.end - s.start, q.names)]


def _complement_holder(found: list[Candidate], q: Question) -> list[Candidate]:
    """Round 56 red team D-ASK-WRONG (qa/bound.py): "Who was baptised Simeon?" asks the subject of the act the name
    completes. When an examined sentence's aligned verb is completed by that name ("Temba was baptised Simeon"),
    the candidates of sentences whose act is completed by no such name ("B, baptised Mary") are another's act and
    dropped, and a candidate of a stating sentence holding its subject and more ("On Whitsunday C") is cut to the
    subject. Who-questions; nothing changes when no candidate stands in a stating sentence."""
    if not BOUND56["on"] or not found or q.expects != "person":
        return found
    complement = bound.asked_complement(parse(q.text))
    if not complement:
        return found
    subjects: dict[int, list[Any] | None] = {}
    for cand in found:
        s = cand.sentence
        if s.id not in subjects:
            subjects[s.id] = bound.complement_subject(s.parsed, complement) if s.aligned else None
    kept = []
    for cand in found:
        words = subjects[cand.sentence.id]
        if not words:
            continue
        s = cand.sentence
        first, last = min(w.idx for w in words), max(w.idx + len(w) for w in words)
        a, b = cand.start - s.start, cand.end - s.start
        if a <= first and last <= b and (a, b) != (first, last):
            cand = dataclasses.replace(cand, start=s.start + first, end=s.start + last, text=s.text[first:last])
        kept.append(cand)
    return kept or found


def _other_year_differ(conn: KnowledgeBase, result: dict[str, Any], q: Question) -> dict[str, Any]:
    """Round 56 red team D-COMPARE-FALSE (qa/sametime.py): "X (sources differ: Y)" where the question asks of a
    year, X's citation is dated to it and Y's to another year only: Y is another year's value, no disagreement, and
    the answer is X alone (the confidence shown is left as it was)."""
    answer, cited = result.get("answer"), result.get("citations") or []
    marker = " (sources differ: "
    if not BOUND56["on"] or not answer or marker not in answer or len(cited) < 2:
        return result
    dated = [{**c, "document_title": _document_title(conn, c["document"])} for c in cited[:2]]
    if not sametime.other_year(dated[0], dated[1], q.years):
        return result
    return {**result, "answer": answer[:answer.index(marker)], "citations": [cited[0], *cited[2:]]}


def _document_title(conn: KnowledgeBase, document: str) -> str | None:
    info = conn.document(document)
    return info.title if info is not None else None


def _role_noun(found: list[Candidate], q: Question) -> None:
    """Round 55 red team D3 (qa/rolenoun.py): "Who occupied X?" and the best name is labelled with another role
    noun in its sentence ("owner A, occupier B"): the one name there labelled with a noun of the asked act
    ("occupier") takes the best one's score, and the other labelled names rank at ``ROLES55["unlabelled_share"]``
    of it. Who-questions only."""
    if not ROLES55["on"] or not found or q.expects != "person":
        return
    asked = rolenoun.asked_nouns(q)
    top = max(found, key=lambda c: c.score)
    s = top.sentence
    label = rolenoun.label_before(s.text, top.start - s.start)
    if not asked or label is None or label in asked:
        return
    chosen = {c.key: c for c in found if c.sentence.id == s.id
              and rolenoun.label_before(s.text, c.start - s.start) in asked}
    if len(chosen) != 1:
        return  # none, or several names of the asked role: the labels do not single one out
    (best,), score, rule_score = chosen.values(), top.score, top.rule_score
    share = ROLES55["unlabelled_share"]
    for cand in found:
        if cand.sentence.id == s.id and cand.key != best.key and cand.score > score * share \
                and rolenoun.label_before(s.text, cand.start - s.start) is not None:
            cand.score, cand.rule_score = score * share, min(cand.rule_score, rule_score * share)
    for cand in found:
        if cand.key == best.key and cand.sentence.id == s.id:
            cand.score, cand.rule_score = max(cand.score, score), max(cand.rule_score, rule_score)


def _identifier_unstated(found: list[Candidate], q: Question) -> None:
    """Round 55 red team D3 (qa/identifier.py): the question names a numbered thing ("What is plot 45?"): a
    candidate whose sentence does not write that number ranks at ``ROLES55["unstated_share"]`` of its score, while
    another candidate's sentence writes it (a neighbouring sentence's or another row's name is another thing's)."""
    if not ROLES55["on"] or not found:
        return
    asked = numbered.asked(q.text)
    if not asked:
        return
    stating = {c.sentence.id for c in found if numbered.stated(c.sentence.text, asked)}
    if not stating:
        return
    for cand in found:  # a record's "Label: value" line names its record's number in the heading, not itself
        if cand.sentence.id not in stating and labels.field(cand.sentence.text) is None:
            cand.score *= ROLES55["unstated_share"]
            cand.rule_score *= ROLES55["unstated_share"]


def _relative_date(conn: KnowledgeBase, result: dict[str, Any], q: Question, found: list[Candidate],
                   titles: dict) -> dict[str, Any]:
    """Round 55 red team D8 (qa/relative_date.py): a date answered with relative words the build resolved to a
    day ("this morning" under the heading of 11 June 1903) is shown as that day, and the dated text it was
    resolved from (the entry's heading) is cited after the sentence."""
    answer = result.get("answer")
    if not ROLES55["on"] or answer is None or q.expects != "date" or not result.get("citations"):
        return result
    cited = result["citations"][0]
    top = next((c for c in found if c.text == answer and c.sentence.document == cited["document"]
                and c.sentence.start == cited["start"]), None)
    if top is None or not relative_date.relative(top.text, top.edtf):
        return result
    day = str(top.edtf)
    result = {**result, "answer": relative_date.shown(day)}
    doc = top.sentence.document
    row = relative_date.anchor(conn.dates(document=doc), lambda d: conn.text_slice(doc, d.start, d.end),
                               top.start, day)
    heading = next((h for h in conn.sentences(doc) if row is not None and h.start <= row.start < h.end), None)
    if heading is not None and heading.start != cited["start"]:
        result["citations"] = [cited, _citation(heading, titles), *result["citations"][1:]]
    return result


def _ordinal_member(found: list[Candidate], q: Question) -> None:
    """"When was the *second* instalment paid?" and the best sentence lists the instalments ("in two instalments,
    on D1 and on D2"): the candidate of the best one's kind at the asked position in that sentence takes the best
    one's score (the two swap). Only when the ordinal's noun stands in the sentence in another (plural) form, so
    that the sentence names a set of them, and the ordinal itself is not in the sentence."""
    ordinal = _asked_ordinal(q.text)
    if ordinal is None or not found:
        return
    n, noun = ordinal
    top = max(found, key=lambda c: c.score)
    s = top.sentence
    forms = [m.group() for m in WORD.finditer(s.text)]
    if any(_folded(w) == noun for w in forms) or not any(noun in base_forms(w) and _folded(w) != noun for w in forms):
        return
    if find_ordinals(s.text):
        return  # the sentence numbers its members itself: the ranking reads that
    members: list[Candidate] = []
    for cand in sorted((c for c in found if c.sentence.id == s.id and c.kind == top.kind), key=lambda c: c.start):
        if members and cand.start < members[-1].end:
            continue  # a part of the member before ("1788" in "1 February 1788")
        members.append(cand)
    if not 1 <= n <= len(members) or len(members) < 2:
        return
    chosen = members[n - 1]
    if chosen is not top:
        chosen.score, top.score = top.score, chosen.score
        chosen.rule_score, top.rule_score = top.rule_score, chosen.rule_score


def _date_bound(found: list[Candidate], q: Question) -> None:
    """"Which port did X reach on D?" and the best candidate's sentence writes D on another phrase than the
    candidate's ("reached A on D1, calling at B (D)"): the candidate of the same sentence and kind that D binds in
    the parse (qa/premise.date_binding) takes the best one's score, and the sentence's candidates it does not bind
    rank no higher than the chosen one did. Dates asked are never moved."""
    if not found or q.expects == "date":
        return
    top = max(found, key=lambda c: c.score)
    s = top.sentence
    if s.parsed is None or premise.date_binding(q, s.parsed[0], top.start - s.start, top.end - s.start) is not False:
        return
    bound = [c for c in found if c.sentence.id == s.id and c.kind == top.kind and c is not top
             and premise.date_binding(q, s.parsed[0], c.start - s.start, c.end - s.start)]
    if not bound:
        return
    chosen = max(bound, key=lambda c: c.score)
    score, rule_score = chosen.score, chosen.rule_score
    chosen.score, chosen.rule_score = top.score, top.rule_score
    for cand in found:  # every candidate of the sentence the date does not bind ranks where the chosen one did
        if cand.sentence.id == s.id and cand.score > score and cand is not chosen \
                and premise.date_binding(q, s.parsed[0], cand.start - s.start, cand.end - s.start) is False:
            cand.score, cand.rule_score = score, min(cand.rule_score, rule_score)


def _parenthetical_role(found: list[Candidate], q: Question) -> None:
    """"Who chaired the meeting?" and the best candidate's sentence lists names with the asked role in parentheses
    after another one ("Present: A (in the chair), B, C"): that name takes the best one's score, and the names of the
    sentence without the role rank at ``PARENTHETICAL["unmarked_share"]`` of it (qa/parenthetical.py; round 51 red
    team D01). Who-questions only."""
    if not found or q.expects != "person":
        return
    top = max(found, key=lambda c: c.score)
    s = top.sentence

    def marked(c: Candidate) -> bool:
        role = parenthetical.role_after(s.text, c.end - s.start)
        return role is not None and parenthetical.asks_role(role, q)

    if marked(top):
        return
    chosen = {c.key: c for c in found if c.sentence.id == s.id and marked(c)}
    if len(chosen) != 1:
        return  # none, or several names with the role: the parentheses do not single one out
    (best,), score, rule_score = chosen.values(), top.score, top.rule_score
    best.score, best.rule_score = score, rule_score
    for cand in found:
        if cand.sentence.id == s.id and cand is not best and cand.score > score * PARENTHETICAL["unmarked_share"] \
                and not (best.start <= cand.start and cand.end <= best.end):
            cand.score = score * PARENTHETICAL["unmarked_share"]
            cand.rule_score = min(cand.rule_score, rule_score * PARENTHETICAL["unmarked_share"])


def _denied_argument(found: list[Candidate], q: Question, pool: list[Sentence]) -> None:
    """"Was X V-ed after A?" answered "Yes" by a sentence that lacks A's words ("X was V-ed after him") while an
    examined sentence of its document denies a tie to A ("It had no connection with A"): a "No" of the denying sentence
    takes the Yes's score, and the Yes ranks at ``DENIAL["yes_share"]`` of it (qa/denial.py; round 51 red team D02)."""
    if not found or q.expects != "truth":
        return
    top = max(found, key=lambda c: c.score)
    argument = denial.asked_argument(q)
    if top.kind != "truth" or top.text != "Yes" or not argument \
            or denial.holds(frozenset(fold(w) for w in WORD.findall(top.sentence.text)), argument):
        return
    near = sorted((s for s in pool if s.document == top.sentence.document and s.id != top.sentence.id
                   and s.parsed is not None), key=lambda s: abs(s.id - top.sentence.id))
    for s in near[:int(DENIAL["sentences"])]:
        span = denial.denial(s.parsed[0], argument) if s.parsed is not None else None
        if span is None:
            continue
        no = Candidate(s, s.start + span[0], s.start + span[1], "No", "truth", top.fit, in_slot=True,
                       structure={DENIED: 1.0})
        no.score, no.rule_score = top.score, top.rule_score
        no.features = dict(top.features)  # it answers the act the Yes's sentence aligned with: that evidence is its own
        top.score, top.rule_score = top.score * DENIAL["yes_share"], top.rule_score * DENIAL["yes_share"]
        found.append(no)
        return


def _off_topic(found: list[Candidate], q: Question) -> None:
    """Round 52 red team D8 (qa/topical.py): a candidate overlapping a table's header row is dropped (while another
    remains); for "What did X say about Y?", a candidate whose sentence names no word of
    Y ranks at ``TOPICAL["off_topic_share"]`` of its score while another candidate's sentence names one."""
    labelled = [c for c in found if topical.in_labels(c.sentence.text, c.start - c.sentence.start,
                                                        c.end - c.sentence.start)]
    if labelled and len(labelled) < len(found):  # a table's header row is never an answer
        dropped = {id(c) for c in labelled}
        found[:] = [c for c in found if id(c) not in dropped]
    topic = topical.asked_topic(q, parse(q.text)) if found else frozenset()
    if not topic:
        return
    on = {c.sentence.id for c in found if topical.mentions(c.sentence.text, topic)}
    if not on:
        return
    for cand in found:
        if cand.sentence.id not in on:
            cand.score *= TOPICAL["off_topic_share"]
            cand.rule_score *= TOPICAL["off_topic_share"]


def _unmet_premise(top: Candidate, q: Question) -> str | None:
    """The question's premise the answering sentence leaves unmet in its role (qa/premise.py, round 49 red team
    D2), or None: the asked act done by another named subject, a name the question uses twice (a ship's name and
    the place it arrives at) held once, the full date the question states dating another phrase than the answer."""
    s = top.sentence
    if s.parsed is None or top.structure.get(DENIED):
        return None  # a denial of the question's argument (``_denied_argument``) is itself the premise's answer
    doc = s.parsed[0]
    if premise.date_binding(q, doc, top.start - s.start, top.end - s.start) is False:
        return "date"
    return premise.other_subject(q, doc) or premise.reversed_roles(q, doc) or premise.repeated_name(q, s.text)


def _document_premise(conn: KnowledgeBase, top: Candidate, q: Question) -> str | None:
    """The place the question sets ("Who built the P Hotel *in P*?") that the answering sentence's document writes
    only inside longer names, or the value it states in figures ("the 1:50,000 edition") that the document never
    writes (qa/premise.place_only_in_names, value_unstated; round 50 red team D1), the year it sets that the document
    never writes (year_unwritten; round 51 red team D03), or None."""
    s = top.sentence
    document = conn.text_slice(s.document, 0, int(premise.PREMISE["document_chars"]))
    return premise.place_only_in_names(q, s.text, document) or premise.value_unstated(q, document) \
        or premise.year_unwritten(q, s.text, document)


def _asked_ordinal(question: str) -> tuple[int, str] | None:
    """The ordinal number of the question ("the second instalment": 2) and the folded noun after it."""
    for _start, end, value in find_ordinals(question):
        after = re.match(r"\s+([^\W\d_]+)", question[end:])
        if after and value == int(value):
            return int(value), _folded(after.group(1))
    return None


def _mistyped(conn: KnowledgeBase, cand: Candidate, q: Question) -> bool:
    """The answer's type does not fit the asked slot's (qa/slottype.py): a name of a person, organization,
    place or group for a kind of matter; a date of another act told in the past for an act still to come."""
    if q.head and slottype.asks_matter(q.head):
        types = _name_types(conn, cand)
        if slottype.mistyped_name(q, types | ({cand.kind} if cand.kind in slottype.SLOT_TYPES["not_matter"]
                                              else set())):
            return True
    if _unmeasured(conn, cand, q) or _agent_of_other_act(cand, q):
        return True
    if cand.kind == "date" and slottype.asks_future(q):
        s = cand.sentence
        doc = s.parsed[0] if s.parsed is not None else parse(s.text)
        return slottype.past_other_act(doc, cand.start - s.start, cand.end - s.start, q)
    return False


def _unmeasured(conn: KnowledgeBase, cand: Candidate, q: Question) -> bool:
    """A person's or organization's name answering "What was the value / cost of X?" (qa/slottype.py; round 53
    red team D6): the asked noun is a measure, the answer mostly a name of another type."""
    if q.type not in ("what", "which"):
        return False
    doc = parse(q.text)
    if slottype.asked_measure(q, doc) is None:  # no measure asked: no store read for the answer's names
        return False
    return slottype.mistyped_amount(q, doc, _name_types(conn, cand) | {cand.kind})


def _name_types(conn: KnowledgeBase, cand: Candidate) -> set[str]:
    """The types of the names that make up most of the answer (``SLOT_TYPES["name_share"]`` of its characters)."""
    wide = max(1, cand.end - cand.start)
    return {m[2] for m in conn.mentions_inside(cand.sentence.document, cand.start, cand.end)
            if (m[1] - m[0]) / wide >= slottype.SLOT_TYPES["name_share"]}


def _agent_of_other_act(cand: Candidate, q: Question) -> bool:
    """"Who designed X?" answered by the agent of another act the sentence states of X ("unveiled by A") while it
    states no form of the asked one (qa/otheract.py; round 53 red team D6)."""
    s = cand.sentence
    if q.type != "who" or s.parsed is None:
        return False
    return otheract.other_act(q, s.parsed[0], cand.start - s.start, cand.end - s.start) is not None


def _unasked(conn: KnowledgeBase, cand: Candidate, q: Question, found: list[Candidate]) -> str | None:
    """Why the answer's sentence is not about what the question asks (qa/namesake.py; round 54 red team D2):
    "namesake" when it names another person of the asked person's surname and not the asked given name,
    "distinguished" when it sets its person of the asked name apart from the one the text is about, "act" when
    neither it nor another sentence giving the same answer states the question's act by a form or a WordNet
    relative; else None."""
    if not NAMESAKE["on"]:
        return None
    s = cand.sentence
    at = [(a - s.start, b - s.start) for a, b, kind, _e in conn.mentions_inside(s.document, s.start, s.end)
          if kind == "person"]
    people = [s.text[a:b] for a, b in at]
    if namesake.namesake(q.text, s.text, people) is not None:
        return "namesake"
    if namesake.distinguished(q.text, [s.text[a:b] for a, b in at if namesake.set_apart(s.text, a)]) is not None:
        return "distinguished"
    if namesake.predicate_unstated(q, _parsed(s)) is None:
        return None
    same = {id(o.sentence): o.sentence for o in found if o.sentence.id != s.id and _same(o, cand)}
    if any(namesake.states_act(q, _parsed(o)) for o in same.values()):
        return None  # another sentence gives the same answer with the asked act
    return "act"


def _parsed(s: Sentence) -> Any:
    """The sentence's parse (parsed again when the pool's is not kept)."""
    return s.parsed[0] if s.parsed is not None else parse(s.text)


def _text_after(conn: KnowledgeBase, cand: Candidate) -> str:
    """The text after the candidate's sentence up to the paragraph's end (at most ``CORRECTION_CHARS``)."""
    s = cand.sentence
    after = conn.text_slice(s.document, s.end, s.end + CORRECTION_CHARS)
    return re.split(r"\n[ \t]*\n", after.lstrip(), maxsplit=1)[0]


def _premise_contradicted(conn: KnowledgeBase, top: Candidate, q: Question) -> str | None:
    """The name the question sets as a condition that the answering sentence contradicts, or None: a
    proper name of the question under a preposition ("the keeper of the lighthouse *in A*") that the
    sentence lacks, while it names another entity of the same type under the same preposition ("… *in
    B*"): the sentence states the fact of another place (person, organization), so it does not answer a
    question whose premise it denies. Types are the knowledge base's (an unknown name contradicts
    nothing); the answer itself is never the rival."""
    missing = {w for w, _ in top.sentence.missing}
    lost = missing & set(q.names) - set(q.background)
    parsed = top.sentence.parsed
    if not lost or not parsed:
        return None
    s = top.sentence
    for token in parse(q.text):
        if fold(token.text) not in lost or token.dep_ != "pobj" or token.head.pos_ != "ADP":
            continue
        name = _proper_run(token)
        types = {e["type"] for e in conn.entities_named(name)}
        if not types:
            continue
        prep = token.head.lower_
        spans = [(m[0], m[1], m[2]) for m in conn.mentions_inside(s.document, s.start, s.end) if m[2] in types]
        for other in parsed[0]:
            if other.dep_ != "pobj" or other.head.lower_ != prep:
                continue
            at = s.start + other.idx
            if top.start <= at < top.end:
                continue  # the answer's own words
            rival = next(((a, b, t) for a, b, t in spans if a <= at < b), None)
            if rival is None:
                continue
            if rival[2] == "place" and _one_place_holds_the_other(name, s.text[rival[0] - s.start : rival[1] - s.start]):
                continue  # "a trip to Pyongyang" / "a trip to North Korea": the same premise, told wider
            return name
    return None


def _other_agent(top: Candidate, q: Question) -> str | None:
    """The agent the question gives the asked act ("given *by A*") when the answering sentence gives that act, by
    the parse, another one ("given … *by B*", though it names A elsewhere, for another act): a false premise. The
    agents compared are the words of the "by" phrases of the verbs whose base form is the question's predicate;
    the sentence's agent must hold all of the question's agent's words."""
    parsed = top.sentence.parsed
    if not q.predicate or q.predicate in q.light or parsed is None:
        return None
    asked = _agents(parse(q.text), q.predicate)
    stated = _agents(parsed[0], q.predicate)
    if not asked or not stated or any(a <= b for a in asked for b in stated):
        return None
    return " ".join(sorted(next(iter(asked))))


def _agents(doc: Any, predicate: str) -> list[frozenset[str]]:
    """The proper-name words of each "by" phrase of a verb standing for ``predicate`` (by base form; the batch
    parse has no lemmas): its agent, or a "by" phrase the parse hung on the verb's object ("given to the A Museum
    by B": "by B" under "Museum"). Only named agents: "by descent", "by post" name none."""
    found = []
    for t in doc:
        if t.pos_ not in ("VERB", "AUX") or predicate not in base_forms(t.lower_):
            continue
        heads = [t, *(o for p in t.children if p.dep_ in ("prep", "dative", "dobj") for o in [p, *p.children]
                      if o.dep_ in ("pobj", "dobj"))]
        for head in heads:
            for by in (c for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                for obj in (c for c in by.children if c.dep_ == "pobj"):
                    words = _name_words(obj)
                    if words:
                        found.append(words)
    return found


def _name_words(token: Any) -> frozenset[str]:
    """The folded words of the proper name a noun phrase's head is or is apposed to ("Ada Penrose", "his
    daughter Ada Penrose"), not of the phrases inside it ("descent to his daughter …" names no one)."""
    heads = [token, *(c for c in token.children if c.dep_ == "appos")]
    return frozenset(fold(x.text) for h in heads if h.pos_ == "PROPN"
                     for x in (*(c for c in h.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"), h))


def _one_place_holds_the_other(a: str, b: str) -> bool:
    """Whether some gazetteer sense of one name is the other's or lies inside it (a town in its country or
    state): the two names can state one premise at two scales."""
    from vitrina.extract.places import gazetteer, inside

    gaz = gazetteer()
    ones = [sense.place for sense in gaz.senses(a)]
    others = [sense.place for sense in gaz.senses(b)]
    return any(x.key == y.key or inside(x, y) or inside(y, x) for x in ones for y in others)


def _proper_run(token: Any) -> str:
    """The proper name ending at ``token``: the run of proper nouns before it and it ("New York")."""
    first = token.i
    while first > 0 and token.doc[first - 1].pos_ == "PROPN":
        first -= 1
    return token.doc[first : token.i + 1].text


# ------------------------------------------------------------ retrieval


def _respelled(conn: KnowledgeBase, question: str) -> str:
    """The question with its words spelled as the exhibit spells them (qa/spelling.py); the exhibit's
    vocabulary is read only for a question typed in lower case or with a word no sentence holds."""
    if not spelling.needs_vocabulary(question, lambda word: _df(conn, word) == 0):
        return question
    return spelling.respelled(question, spelling.vocabulary(conn))


def covered(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias], wider: bool = False
            ) -> tuple[list[Sentence], dict]:
    """The retrieved sentences, best covered first, and their section titles (``wider``: `_retrieve`'s)."""
    sentences = _retrieve(conn, q, aliases, weights, wider)
    titles = _section_titles(conn, {s.document for s in sentences})
    previous = _previous_texts(conn, sentences)
    lexicon = _coverage_lexicon(q, weights)
    for s in sentences:
        _cover(s, q, weights, titles.get((s.document, s.section), ("", None))[0], previous.get(s.id, ""), aliases,
               lexicon)
    sentences.sort(key=lambda s: (-s.coverage, s.rank))
    if LOOSER["on"] and not wider and (unmet := looser.unmet(q, weights, sentences)):
        sentences, titles = _looser_pass(conn, q, weights, aliases, sentences, titles, lexicon, unmet)
    if RETRIEVAL["around"] and sentences:
        near, best, joined = _around(conn, sentences), sentences[0].coverage, []
        previous = _previous_texts(conn, [s for s, _hit in near])
        for s, hit in near:
            title = titles.get((s.document, s.section), ("", None))[0]
            _cover(s, q, weights, title, previous.get(s.id, ""), aliases, lexicon)
            pair = _sentence({"id": s.id, "document": s.document, "section": s.section, "start": 0, "end": 0,
                              "rank": s.rank, "kind": None,
                              "text": f"{s.text} {hit.text}" if s.id < hit.id else f"{hit.text} {s.text}"})
            _cover(pair, q, weights, title, "", aliases, lexicon)
            if pair.coverage >= best + RETRIEVAL["around_gain"]:  # the two hold what no one sentence holds
                s.coverage = max(s.coverage, RETRIEVAL["around_share"] * pair.coverage)
                joined.append(s)
        sentences = sorted(sentences + joined, key=lambda s: (-s.coverage, s.rank))
    return sentences, titles


def _looser_pass(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
                 sentences: list[Sentence], titles: dict, lexicon: dict[str, tuple[frozenset[str], dict[str, float]]],
                 unmet: list[str]) -> tuple[list[Sentence], dict]:
    """The first look's sentences with those of the looser pass (qa/looser.py): the ``unmet`` words' looser
    WordNet relatives searched with the question's other words; the pass's sentences, and the first look's that
    hold such a relative, covered again with the unmet words crediting them."""
    held = retrieve.held_by(conn)
    found = [f for w in unmet for f in looser.searched(w, q.pos.get(w, "n"), held)]
    rest = replace(q, content=[w for w in q.content if w not in unmet])
    others = [w for w in rest.content + _inflections(rest) + _expansions(rest, aliases, held) if w not in q.light]
    others += [f for w in _expansions(rest, [], held) for f in sorted(irregular_forms(w, "v")) if held(f)]
    expr = looser.query(found, others)
    if not expr:
        return sentences, titles
    seen = {s.id: s for s in sentences}
    new = [_sentence(r) for r in conn.ranked_sentences(expr, int(LOOSER["limit"])) if r["id"] not in seen]
    loose = looser.loosened(lexicon, unmet, q.pos)
    forms = frozenset(f for w in unmet for f in loose[w][1])
    again = [s for s in sentences if _forms_of(s.text) & forms]
    if not new and not again:
        return sentences, titles
    titles = {**titles, **_section_titles(conn, {s.document for s in new} - {d for d, _s in titles})}
    previous = _previous_texts(conn, new + again)
    for s in new + again:
        s.matched, s.named = [], []
        _cover(s, q, weights, titles.get((s.document, s.section), ("", None))[0], previous.get(s.id, ""), aliases,
               loose)
    return sorted(sentences + new, key=lambda s: (-s.coverage, s.rank)), titles


def _around(conn: KnowledgeBase, sentences: list[Sentence]) -> list[tuple[Sentence, Sentence]]:
    """The sentences just after (and with ``RETRIEVAL["around_before"]``, just before) each of the
    ``RETRIEVAL["around"]`` best-covered retrieved ones, in the same paragraph and not retrieved themselves: a
    question's words are often split over two sentences ("The Lend-Lease Act passed in 1941. Over the next years
    the United States provided … $11 billion …"), so the one holding the answer shares too few of them for the
    full-text query. Each is returned with its hit; `covered` keeps it only when the two, covered as one passage,
    hold ``RETRIEVAL["around_gain"]`` more of the question than the best single sentence (it then takes
    ``RETRIEVAL["around_share"]`` of the pair's coverage); the learned ranking knows it as a neighbour."""
    seen = {s.id for s in sentences}
    steps = (1, -1) if RETRIEVAL["around_before"] else (1,)
    hits = sentences[:int(RETRIEVAL["around"])]
    rows = {r["id"]: r for r in conn.sentence_rows(sorted({s.id + k for s in hits for k in (0, *steps)}))}
    out: list[tuple[Sentence, Sentence]] = []
    for s in hits:
        own = rows.get(s.id)
        for k in steps:
            near = rows.get(s.id + k)
            if own is None or near is None or near["id"] in seen or near["document"] != s.document \
                    or near["block"] != own["block"]:
                continue
            out.append((Sentence(near["id"], s.document, s.section, near["start"], near["end"], near["text"], s.rank,
                                 heading=s.heading, neighbour=True), s))
            seen.add(near["id"])
    return out


def in_documents(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
                 docs: list[str]) -> list[Sentence]:
    """The sentences of ``docs`` (those of at most ``DOCPASS["most_sentences"]`` sentences) holding a question word
    other than a name or one of its relatives, covered with their section's title and their paragraph as context,
    best covered first (qa/docpass.py)."""
    rows = conn.document_sentence_rows(docs)
    sizes = Counter(r["document"] for r in rows)
    rows = [r for r in rows if sizes[r["document"]] <= DOCPASS["most_sentences"]]
    if not rows:
        return []
    titles = _section_titles(conn, {r["document"] for r in rows})
    context = docpass.contexts(rows)
    lexicon = _coverage_lexicon(q, weights)
    if DOCPASS["loose"]:
        lexicon = docpass.loosened(lexicon, q.pos, set(q.names))
    names = set(q.names)
    wanted = frozenset(f for word, (own, near) in lexicon.items() if word not in names for f in (*own, *near))
    out = []
    for r in rows:
        if not _forms_of(r["text"]) & wanted:
            continue  # none of the question's common words nor their relatives: its context alone says nothing
        s = _sentence(r)
        _cover(s, q, weights, titles.get((s.document, s.section), ("", None))[0], context.get(s.id, ""), aliases,
               lexicon)
        out.append(s)
    return sorted(out, key=lambda s: (-s.coverage, s.id))


def _coverage_lexicon(q: Question, weights: dict[str, float]) -> dict[str, tuple[frozenset[str], dict[str, float]]]:
    """The forms and relatives of each question word that coverage looks for."""
    loose = q.predicate if q.slot != "truth" and q.predicate not in q.light else None
    return _question_lexicon(weights, q.pos, antonyms_too=q.slot == "truth", phrasal=q.phrasal, loose=loose)


def examined(conn: KnowledgeBase, sentences: list[Sentence], wider: bool = False) -> list[Sentence]:
    """The sentences searched for candidates: the best covered ones (and the sentence after each); ``wider``
    (the second look), also the next best covered past the gap and the depth (`retrieve.deeper`)."""
    best = sentences[0].coverage
    pool = [s for s in sentences[:EXAMINE] if s.coverage >= max(CANDIDATE_COVERAGE, best - POOL_GAP)]
    pool = pool + _neighbours(conn, pool)
    pool = pool + retrieve.chosen(sentences, pool, conn.sentence_rows)  # more of the best sections (qa/retrieve.py)
    return pool + retrieve.deeper(sentences, pool) if wider else pool


def selected(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
             sentences: list[Sentence], pool: list[Sentence], add: int | None = None) -> list[Sentence]:
    """The selection stage's best ``add`` (``SELECTION["add"]``) sentences outside ``pool`` among the first look's
    other hits and the sentences nearest the question by cosine (covered here); every examined and candidate
    sentence gets its ``selection`` score."""
    near = select.Near(conn, q.text)
    every = candidate_sentences(conn, q, weights, aliases, sentences, pool, near)
    values = select.describe(q, every, sentences, {s.id for s in pool}, near)
    scored = [(s, select.score(v)) for s, v in zip(every, values, strict=True)]
    for s, p in scored:
        s.selection = p
    chosen = select.choose(scored, {s.id for s in pool}, int(SELECTION["add"]) if add is None else add)
    for s in chosen:
        s.selected = True
    return chosen


def candidate_sentences(conn: KnowledgeBase, q: Question, weights: dict[str, float], aliases: list[Alias],
                        sentences: list[Sentence], pool: list[Sentence], near: select.Near) -> list[Sentence]:
    """The examined pool, then the first look's other hits, then the nearest by cosine (covered as hits are)."""
    taken = {s.id for s in pool}
    hits = [s for s in sentences if s.id not in taken]
    taken |= {s.id for s in hits}
    stubs = [near.exhibit.sentence(i) for i in near.nearest if i not in taken]
    if stubs:
        titles = _section_titles(conn, {s.document for s in stubs})
        previous = _previous_texts(conn, stubs)
        lexicon = _coverage_lexicon(q, weights)
        for s in stubs:
            _cover(s, q, weights, titles.get((s.document, s.section), ("", None))[0], previous.get(s.id, ""),
                   aliases, lexicon)
    return [*pool, *hits, *stubs]


def _fts_term(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def _df(conn: KnowledgeBase, word: str) -> int:
    toks = [t for t in re.findall(r"[^\W_]+", word)]
    if not toks:
        return 0
    expr = '"' + " ".join(toks) + '"'
    return conn.match_count(expr)


def _weights(conn: KnowledgeBase, q: Question, total: int,
             aliases: list[Alias] | None = None) -> tuple[dict[str, float], bool]:
    """IDF weight per content word; True when a proper name never occurs (nor any other name of it)."""
    weights: dict[str, float] = {}
    missing_name = False
    typed = q.expects in ("person", "place", "date") and q.head and q.slot != "attr"  # a role is no kind
    typed = typed or (q.expects == "list" and q.head not in q.names  # "which countries", not "the Four Policemen"
                      and category(q.head or "") in ("person", "place"))
    for word in dict.fromkeys(q.content + q.names):
        if (typed or q.unit in ("percent", "money")) and (word == q.head or q.head in base_forms(word)):
            continue  # "which country", "what year", "how much money": the answer's kind, not a word to find
        df = _df(conn, word)
        if df == 0 and word in q.names:
            df = _alias_df(conn, word, aliases or [])
            missing_name = missing_name or df == 0
        weight = math.log((total + 1) / (df + 0.5)) + (NAME_BONUS if word in q.names else 0.0)  # smoothed IDF
        if word in q.light or q.pos.get(word) == "r" and word not in q.names:
            weight *= LIGHT_WEIGHT  # "take place", "put forward", "ultimately": little about which event
        if word in q.background:
            weight *= BACKGROUND_WEIGHT  # "… when he came to X": the scene, which a passage may not restate
        optional = 1.0
        if word not in q.names and q.pos.get(word) == "a":
            optional *= MODIFIER_WEIGHT  # "top", "main", "earlier": modifiers are paraphrased freely
        if word not in q.names and word in q.heads and word != q.head and q.head not in base_forms(word):
            optional *= DESCRIBING_WEIGHT  # "which *earlier* treaty": describes the answer, which a passage names
        if word in q.scene:
            optional *= SCENE["absent"]  # "… at the Y meeting": the scene selects the statement, or is left out
        if optional < 1.0:
            q.optional[word] = optional
        weights[word] = weight
    return weights, missing_name


Alias = tuple[tuple[str, ...], list[tuple[str, ...]]]  # a name's folded words, its other names' words


def _alias_df(conn: KnowledgeBase, key: str, aliases: list[Alias]) -> int:
    """Sentences that state a name under another of its names (the most frequent one)."""
    counts = [_df(conn, " ".join(v)) for own, variants in aliases if key in own for v in variants]
    return max(counts, default=0)


def _aliases(conn: KnowledgeBase, q: Question) -> list[Alias]:
    """For each name in the question, the words of its other names (aliases, same country, demonyms); also sets
    ``q.linked`` and ``q.linked_mentions`` (`_linked`) and ``q.described``, the names of the people its descriptions stand for ("the British prime minister": qa/describe.py)."""
    q.described = describe.described(conn, q.text) if DESCRIBED["credit"] else []
    q.linked, q.linked_mentions = [], {}
    out: list[Alias] = []
    for phrase in name_phrases(q.text):
        own = tuple(_bare(w) for w in words(phrase))
        others = set(equivalents(conn, phrase)) | {phrase}
        for place in places_of(phrase):  # "Soviet" stands for the Soviet Union and its other names
            others |= {place} | set(equivalents(conn, place))
        if ALIASES["acronym"]:  # "OSS" / "the Office of Strategic Services": the sources' own definition
            others |= acronym_readings(conn, phrase)
        seats = q.seats if RETRIEVAL["party_capitals"] else q.actors
        if set(own) <= seats and (country := country_of_capital(phrase)):
            # "Why did Moscow …", "relations between Washington and Moscow": the government
            others |= {country} | set(equivalents(conn, country))
        if ALIASES["wordnet"] and others == {phrase} and _df(conn, phrase) == 0:
            # a name the sources never use nor link to an entity: WordNet's other names of the one individual it
            # names ("Ike" for Eisenhower), as a last resort before "the sources never mention it"
            others |= wordnet_names(phrase)
            if ALIASES["unnamed_capital"] and (country := country_of_capital(phrase)) \
                    and not _placed_in(q.text, phrase):
                # a capital the sources never name stands for its country ("aid to Athens": the Greek government),
                # unless it is where the asked act happened ("sang in Berlin": the city itself)
                others |= {country} | set(equivalents(conn, country))
        variants = {tuple(_bare(w) for w in words(name)) for name in others}
        for name in others:  # "British" for Britain through its other name "Great Britain"
            variants |= {tuple(d.split()) for d in demonyms(name)}
        variants.discard(own)
        if own and variants:
            out.append((own, sorted(v for v in variants if v)))
        if own and LINKED["credit"]:
            _linked(conn, q, phrase, own, variants)
    return out


def _placed_in(text: str, phrase: str) -> bool:
    """Whether ``phrase`` follows a preposition of static location in ``text`` ("in Berlin", "at Ankara"; lexicon
    ``qa_place_prepositions``, its "static location" group): there it names the place, not the country's government."""
    static = {e.value for e in lexicon_entries("qa_place_prepositions") if e.reason == "static location"}
    pattern = r"\b(?:" + "|".join(map(re.escape, sorted(static))) + r")\s+(?:the\s+)?" + re.escape(phrase) + r"\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _linked(conn: KnowledgeBase, q: Question, phrase: str, own: tuple[str, ...],
            variants: set[tuple[str, ...]]) -> None:
    """Adds to ``q.linked`` the written forms of the peoples the knowledge base names by one of the name's searched
    forms ("Soviets" for "Soviet") and to ``q.linked_mentions`` the stored mentions of the name's entity under none
    of its names ("the President"), each credited ``LINKED["credit"]`` (qa/names.py)."""
    searched = {" ".join(v) for v in variants | {own}}
    peoples = people_named(conn, searched) if LINKED["peoples"] else set()
    extra = {tuple(_bare(w) for w in words(name)) for name in peoples} - variants - {own}
    if extra:
        q.linked.append((own, sorted(v for v in extra if v)))
    limit = int(LINKED["mentions"])
    found = linked_mentions(conn, phrase, int(LINKED["entities"]))[:limit] if limit else []
    if found:
        for word in own:
            q.linked_mentions.setdefault(word, []).extend(found)


def _bare(word: str) -> str:
    """A folded word without a possessive ending ("ussr's" -> "ussr")."""
    return re.sub(r"'s?$", "", word) or word


def _question_lexicon(weights: dict[str, float], pos: dict[str, str] | None = None,
                      antonyms_too: bool = False, phrasal: tuple[str, frozenset[str]] | None = None,
                      loose: str | None = None) -> dict[str, tuple[frozenset[str], dict[str, float]]]:
    """For each question word: its base forms and its WordNet relatives with their credit
    (for yes/no questions also its antonyms: "acquitted" answers "convicted?"); the words of a
    phrasal verb also have the phrasal verb's relatives ("took over": replace, assume); the verb
    ``loose`` (the asked predicate) also its looser relatives at their lower credit ("name" / appoint:
    the sentence that states the act in a rarer sense outranks one that does not state it)."""
    out = {}
    whole = related(phrasal[0], "v") if phrasal else {}
    if phrasal and antonyms_too:  # "go down": rise states the opposite
        whole = {**opposites(phrasal[0], "v"), **whole}
    for word in weights:
        own = base_forms(word)
        if sense_participle(word):  # "born": "bears the inscription" is another sense of bear, not the word
            own = frozenset({word.lower()})
        near: dict[str, float] = dict(opposites(word, (pos or {}).get(word))) if antonyms_too else {}
        for form in own:
            for other, credit in (related(form, (pos or {}).get(word))
                                  | phrasal_relatives(form, (pos or {}).get(word))).items():
                near[other] = max(near.get(other, 0.0), credit)  # "set up" for "establish": the sentence's pairs
        if phrasal and word in phrasal[1]:
            for other, credit in whole.items():
                near[other] = max(near.get(other, 0.0), credit)
        if loose and loose in own:
            for other, credit in loosely_related(loose, "v").items():
                near[other] = max(near.get(other, 0.0), credit)
        if sense_participle(word):
            for verb in base_forms(word) - own:
                near.pop(verb, None)
        out[word] = (own, near)
    return out


def _expansions(q: Question, aliases: list[Alias], held: Callable[[str], bool] | None = None) -> list[str]:
    """Extra retrieval words: the strongest WordNet relatives of the question's words (with ``held``, of those
    the exhibit holds: `retrieve.best_held`), other names."""
    extra: list[str] = []
    for word in q.content:
        if word in q.names or word in q.light:
            continue
        near: dict[str, float] = dict(opposites(word, q.pos.get(word))) if q.slot == "truth" else {}
        for form in base_forms(word):
            for other, credit in related(form, q.pos.get(word)).items():
                near[other] = max(near.get(other, 0.0), credit)
        extra += retrieve.best_held(near, EXPANSIONS, held)
        pairs = {p: c for form in base_forms(word) for p, c in phrasal_relatives(form, q.pos.get(word)).items()}
        extra += retrieve.best_held(pairs, EXPANSIONS, held)  # "set up" for "establish"
    if q.phrasal:  # "took over": a passage may say "replaced"
        extra += retrieve.best_held(related(q.phrasal[0], "v"), EXPANSIONS, held)
    for _own, variants in [*aliases, *q.described, *q.linked]:
        extra += [" ".join(v) for v in variants if len(v) <= 3]
    return extra


def _inflections(q: Question) -> list[str]:
    """The irregular inflections of the question's common words ("send": sent, "meet": met), which
    the index's stemmer does not join to them; names are spelled as they are, light words left out."""
    out = []
    for w in q.content:
        if w in q.names or w in q.light:
            continue
        stems, own = {_stem(w)}, base_forms(w)
        for form in sorted(irregular_forms(w, q.pos.get(w))):
            if form in own:
                continue  # "held": the question's past form is the passage's form too, its base would add noise
            if _stem(form) not in stems:  # "shipped" is stemmed to "ship" already: only new stems
                stems.add(_stem(form))
                out.append(form)
        if q.pos.get(w) in ("v", None):  # "died" is stemmed to "di", "die" to "die": the regular forms too
            for form in sorted(regular_forms(w)):
                if _stem(form) not in stems:
                    stems.add(_stem(form))
                    out.append(form)
        # "baptised": "bapt." of a register (lexicon record_abbreviations; switch: lexical.RECORDS)
        out += [a for a in record_abbreviations(w) if _stem(a) not in stems]
    return out


def _inflections_of(q: Question) -> Callable[[str], list[str]]:
    """The irregular inflections of one question word (as `_inflections` finds them), for qa/retrieve.py."""
    def of(word: str) -> list[str]:
        if word in q.names or word in q.light:
            return []
        one = replace(q, content=[word])
        return _inflections(one)
    return of


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """The word as the index's Porter stemmer reduces it (NLTK's Porter, original algorithm)."""
    return _porter().stem(word)


@lru_cache(maxsize=1)
def _porter() -> Any:
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)


def _or_query(words_: list[str]) -> str:
    terms = [_fts_term(w) for w in dict.fromkeys(words_) if re.search(r"[^\W_]", w)]
    return " OR ".join(t for t in terms if t != '""')


def _retrieve(conn: KnowledgeBase, q: Question, aliases: list[Alias],
              weights: dict[str, float] | None = None, wider: bool = False) -> list[Sentence]:
    """Sentences ranked by BM25 for the question's own words, plus those found through their
    relatives and other names (a second query, so that relatives do not outrank the own words),
    plus, in the documents of the best hits, those stating the question's other words without its
    names ("He then sent …", "Under its terms …": the name is in the sentences around). ``wider`` (the second
    look): the relatives searched are those the exhibit holds, and sentences holding two question words in any of
    their forms are fetched too (qa/retrieve.py)."""
    own = _or_query(q.content + q.names + _inflections(q))
    held = retrieve.held_by(conn) if wider else None
    extra = _or_query(_expansions(q, aliases, held))
    seen: dict[int, Sentence] = {}
    for expr, limit in ((own, RETRIEVE), (extra, RETRIEVE_RELATED)):
        if not expr:
            continue
        for r in conn.ranked_sentences(expr, limit):
            if r["id"] not in seen:
                seen[r["id"]] = _sentence(r)
    pairs = wider or bool(RETRIEVAL["first_pairs"])  # round 46: the first look asks for the pairs too
    for r in retrieve.pair_sentences(conn, q, weights or {}, aliases, _inflections_of(q)) if pairs else []:
        seen.setdefault(r["id"], _sentence(r))  # two question words, in their own or other forms
    for mentions in q.linked_mentions.values():  # "the President" the linker tied to the asked president
        for r in mentions:
            seen.setdefault(r["id"], _sentence(r))
    focus = list(dict.fromkeys(s.document for s in seen.values()))[:FOCUS_DOCUMENTS]
    unnamed = _or_query([w for w in q.content if w not in q.names and w not in q.light]
                        + [w for w in _expansions(q, [], held) if w not in q.names])
    if FOCUS_KEEP and focus and unnamed and q.names:
        kept = [r for r in conn.ranked_sentences_in(unnamed, focus, FOCUS_KEEP + len(seen)) if r["id"] not in seen
                ][:FOCUS_KEEP]
        seen.update((r["id"], _sentence(r)) for r in kept)
    if RETRIEVAL["titled"] and q.names:  # the section's title names what its sentences leave out (qa/retrieve.py)
        for r in retrieve.titled_sentences(conn, q, unnamed, set(seen)):
            seen.setdefault(r["id"], _sentence(r))
    shares: dict[tuple[str, str | None], float] = {}
    for r in retrieve.section_sentences(conn, q, weights or {}, aliases, _inflections_of(q), wider, shares):
        found = seen.setdefault(r["id"], _sentence(r))  # the best sections' sentences (qa/retrieve.py)
        found.section_order = r["order"]
    for s in seen.values():
        s.section_share = shares.get((s.document, s.section), 0.0)
    if REFER["on"] and q.names:
        _referring(conn, q, seen, aliases)
    return list(seen.values())


def _referring(conn: KnowledgeBase, q: Question, seen: dict[int, Sentence], aliases: list[Alias]) -> None:
    """In the documents of the best hits that name the question's entity, the sentences that speak of it otherwise
    ("The conference opened …", "It captured …"; qa/refer.py): the hits there and the sentences the question's other
    words find there, each marked with the name its reference stands for (``Sentence.referred``, credited by
    `_cover`); those not yet retrieved are added."""
    names = name_phrases(q.text)
    asked = set(q.names) | q.others  # its names and the words of their other names ("FDR")
    hits = sorted(seen.values(), key=lambda s: s.rank)
    docs = list(dict.fromkeys(s.document for s in hits if _names_any(s.text, asked)))[:int(REFER["documents"])]
    if not names or not docs:
        return
    unnamed = _or_query([w for w in q.content if w not in q.names and w not in q.light])
    fetched = [_sentence(r) for r in (conn.ranked_sentences_in(unnamed, docs, int(REFER["fetch"]) + len(seen))
                                      if unnamed else []) if r["id"] not in seen][:int(REFER["fetch"])]
    there = [s for s in hits if s.document in docs and not _names_any(s.text, asked)]
    candidates = [s for s in [*fetched, *there] if refer.may_refer(s.text, names)][:int(REFER["resolve"])]
    if not candidates:
        return
    titles = _section_titles(conn, set(docs))
    others = {name: [v for own, variants in aliases if own == tuple(_bare(w) for w in words(name)) for v in variants]
              for name in names}
    for s in candidates:
        info = conn.document(s.document)
        heads = (titles.get((s.document, s.section), ("", None))[0], info.title if info else "")
        row = {"id": s.id, "document": s.document, "start": s.start, "text": s.text}
        found = refer.spoken_of(conn, row, names, int(REFER["window"]), heads, others)
        if found:
            s.referred = [(ref.start, ref.end, name) for ref, name in found]
            seen.setdefault(s.id, s)


def _names_any(text: str, asked: set[str]) -> bool:
    """True when a capitalised word of ``text`` is one of the question's (folded) name words ("the conference" does
    not name the Harnby Conference)."""
    return any(m.group()[:1].isupper() and _folded(m.group()) in asked for m in WORD.finditer(text))


def _sentence(r: dict[str, Any]) -> Sentence:
    return Sentence(r["id"], r["document"], r["section"], r["start"], r["end"], r["text"], r["rank"],
                    heading=r["kind"] == "heading")


def _section_titles(conn: KnowledgeBase, docs: set[str]) -> dict[tuple[str, str | None], tuple[str, str | None]]:
    rows = conn.section_titles(docs)
    return {(r["document"], r["id"]): (r["title"], r["label"]) for r in rows}


def _previous_texts(conn: KnowledgeBase, sentences: list[Sentence]) -> dict[int, str]:
    """The sentences just before each one (same document and block), the context of its pronouns."""
    ids = sorted({s.id - k for s in sentences for k in range(1, CONTEXT_SENTENCES + 1)})
    rows = conn.sentence_rows(ids)
    by_id = {r["id"]: (r["document"], r["block"], r["text"]) for r in rows}
    out = {}
    for s in sentences:
        own = by_id.get(s.id - 1)
        texts = [by_id[s.id - k][2] for k in range(1, CONTEXT_SENTENCES + 1)
                 if s.id - k in by_id and by_id[s.id - k][0] == s.document
                 and (k == 1 or own is None or by_id[s.id - k][1] == own[1])]
        out[s.id] = " ".join(texts)
    return out


def _alias_hits(seq: list[tuple[str, int, int]], aliases: list[Alias]) -> dict[str, list[tuple[int, int]]]:
    """Question name words whose other names occur in the sentence, with the spans found."""
    folded = [x[0] for x in seq]
    present = set(folded)
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for own, variants in aliases:
        for variant in variants:
            if variant[0] not in present:
                continue
            n = len(variant)
            for i in range(len(folded) - n + 1):
                if folded[i] == variant[0] and tuple(folded[i:i + n]) == variant:
                    for key in own:
                        found[key].append((seq[i][1], seq[i + n - 1][2]))
    return found


def _linked_hits(s: Sentence, seq: list[tuple[str, int, int]], q: Question) -> dict[str, list[tuple[int, int]]]:
    """Question name words found in the sentence under a linked form (``q.linked``) or as a stored mention of
    their entity under another name (``q.linked_mentions``), with the spans (in the sentence's text)."""
    found = _alias_hits(seq, q.linked) if q.linked else defaultdict(list)
    for word, mentions in q.linked_mentions.items():
        for m in mentions:
            if m["document"] == s.document and s.start <= m["at"] and m["to"] <= s.end:
                found[word].append((m["at"] - s.start, m["to"] - s.start))
    return found


QUOTATION_MARK = re.compile(r"[“”\"]")
PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(PRONOUNS)) + r")\b", re.I)


def _cover(s: Sentence, q: Question, weights: dict[str, float], title: str, previous: str,
           aliases: list[Alias] | None = None,
           lexicon: dict[str, tuple[frozenset[str], dict[str, float]]] | None = None) -> None:
    """IDF-weighted share of the question's words found in the sentence.

    A word counts fully when one of its WordNet base forms occurs, nearly
    fully under another name of the thing it names or as a pronoun whose
    antecedent is in the previous sentence, partly through a WordNet relative
    (its credit) or as the first part of a compound; words only in the
    section title or the previous sentence count partly.
    """
    seq = [(_folded(m.group()), m.start(), m.end()) for m in WORD.finditer(s.text)]
    by_form: dict[str, list[tuple[int, int]]] = defaultdict(list)
    common: dict[str, list[tuple[int, int]]] = defaultdict(list)  # words outside names, for relatives
    for i, (word, a, b) in enumerate(seq):
        for form in base_forms(word):
            by_form[form].append((a, b))
            if a == 0 or not s.text[a].isupper():
                common[form].append((a, b))
        if i + 1 < len(seq) and not s.text[a].isupper():
            for pair in phrasal_verbs(word, seq[i + 1][0]):  # "set up", "stepped down": one verb
                common[pair].append((a, seq[i + 1][2]))
    named = _alias_hits(seq, aliases or [])
    described = _alias_hits(seq, q.described) if q.described else {}
    linked = _linked_hits(s, seq, q)
    lexicon = lexicon if lexicon is not None else _question_lexicon(weights, q.pos)
    context = _forms_of(title) | _forms_of(previous)
    record = _record_heading(title, lexicon)
    pronoun = PRONOUN.search(s.text) or _definite_repeat(s.text, q)
    got = total = exact = indirect = 0.0
    s.missing, s.elsewhere = [], []
    for word, weight in weights.items():
        own, near = lexicon[word]
        total += weight
        spans = [span for form in own for span in by_form.get(form, [])]
        if spans:
            got += weight
            exact += weight
            s.matched.extend(spans)
            if word in q.names:
                s.named.extend(spans)
            continue
        credit, spans = 0.0, []
        if word in named:
            credit, spans = NAME_CREDIT, named[word]
        elif word in described:  # "the British prime minister": a person the exhibit calls so, named
            credit, spans = DESCRIBED["credit"], described[word]
        elif word in linked:  # "the Soviets", "the President": a form the knowledge base links to the name
            credit, spans = LINKED["credit"], linked[word]
        elif word in q.names and (variant := _name_variant(word, by_form)):
            credit, spans = VARIANT_CREDIT, variant
        elif word in q.names and (referred := _referred(word, s)):
            credit, spans = REFER["credit"], referred  # "The conference …" for the Geneva Naval Conference
        else:
            starts = {w[:2] for w in own}  # a nominalisation shares its verb's first letters
            for form, places in common.items():  # "General" in a title is no relative of "command"
                c = near.get(form, 0.0)
                if not c and word not in q.names and form[:2] in starts \
                        and any(nominalises(form, w) or nominalises(w, form) for w in own):
                    c = LEXICAL["derived"]  # "annex" / "annexation": a suffix WordNet does not link
                if c > credit:
                    credit, spans = c, list(places)
        if not spans and word == q.predicate and (which := limits.asked(q)):
            marks = limits.text_marks([w for w, _a, _b in seq], which)  # "lasted until T" for "end"
            credit, spans = SPAN_LIMIT["credit"], [(seq[i][1], seq[i][2]) for i in marks]
        if not spans and word not in q.names:
            credit, spans = COMPOUND_CREDIT, _compound_part(word, by_form)
        if spans:
            got += credit * weight
            s.matched.extend(spans)
            if word in q.names:
                s.named.extend(spans)
        elif word in q.names and pronoun and own & context:
            got += COREF_CREDIT * weight  # "He sent …" after a sentence naming the question's person
            s.named.append((pronoun.start(), pronoun.end()))
        elif q.verb_class == "saying" and q.predicate in own and QUOTATION_MARK.search(s.text):
            got += LEXICAL["synonym"] * weight  # "describe", "write": a quotation shows the words, whatever the verb
        elif word in q.name_words and names_something(s.text):
            got += LEXICAL["synonym"] * weight  # "nickname", "called": "became known as", "dubbed", a quoted term
        elif own & record:  # the record's identifier heads its section: its sentences speak of it
            got += RECORD_HEADING_CREDIT * weight
        elif own & context:
            got += (SCENE["context_credit"] if word in q.scene else CONTEXT_CREDIT) * weight
            indirect += weight
            if word in q.names:
                s.elsewhere.append(word)
        else:
            s.missing.append((word, weight))
            total -= weight * (1 - q.optional.get(word, 1.0))  # a modifier counts when found, less when not
    s.coverage = got / total if total else 0.0
    s.exact = exact / total if total else 0.0
    s.indirect = indirect / total if total else 0.0


def _referred(word: str, s: Sentence) -> list[tuple[int, int]]:
    """Spans of the sentence's references (qa/refer.py) that stand for a name holding the question word."""
    return [(a, b) for a, b, name in s.referred if word in {_folded(w) for w in WORD.findall(name)}]


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return _bare(fold(word))


def _record_heading(title: str, lexicon: dict[str, tuple[frozenset[str], dict[str, float]]]) -> frozenset[str]:
    """The base forms of a section title that is a record's identifier the question names: a short title holding
    an identifier's number (``qa.candidates.identifier``: "AB-C 0042", "KV-T 3381"; a year is none), each of whose
    words is a word of the question. Empty otherwise."""
    words = WORD.findall(title)
    if not words or len(words) > RECORD_HEADING_WORDS \
            or not any(identifier(title, m.start(), m.end()) for m in re.finditer(r"\d+", title)):
        return frozenset()
    asked = {f for own, _near in lexicon.values() for f in own}
    forms = [base_forms(w) for w in words]
    return frozenset(f for fs in forms for f in fs) if all(fs & asked for fs in forms) else frozenset()


@lru_cache(maxsize=4096)
def _forms_of(text: str) -> frozenset[str]:
    """WordNet base forms of the words of a text (section titles and previous sentences recur)."""
    return frozenset(f for w in WORD.findall(text) for f in base_forms(w))


def _definite_repeat(text: str, q: Question) -> re.Match[str] | None:
    """"the treaty" in a sentence, the question naming a treaty: a description standing for the name."""
    nouns = [w for w in q.content if q.pos.get(w) == "n" and w not in q.names]
    if not nouns:
        return None
    return re.search(r"\bthe (?:" + "|".join(re.escape(n) for n in nouns) + r")\b", text, re.I)


def _name_variant(name: str, by_form: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Spans of a word that is the name with a derivational ending or without it ("Czechoslovak" /
    "Czechoslovakia", "Japan" / "Japanese"): the same stem of five letters or more, a short ending."""
    if len(name) < NAME_STEM or not name.isalpha():
        return []
    for form, spans in by_form.items():
        short, long_ = sorted((name, form), key=len)
        if form != name and len(short) >= NAME_STEM and long_.startswith(short) \
                and len(long_) - len(short) <= NAME_ENDING:
            return spans
    return []


def _compound_part(word: str, by_form: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Spans of a sentence word that starts a compound question word ("war" in "wartime")."""
    w = fold(word)
    for cut in range(len(w) - 3, 2, -1):
        if w[:cut] in by_form and len(w) - cut >= 3:
            return by_form[w[:cut]]
    return []


def _neighbours(conn: KnowledgeBase, pool: list[Sentence]) -> list[Sentence]:
    """The sentence after each of the best-covered ones, in the same paragraph: the answer often
    follows the sentence that restates the question ("X was signed in Y. Its terms were …"); with
    ``RETRIEVAL["before"]`` (round 35), also the sentence before each of that many best-covered ones, which a
    hit often sums up ("A, B and C signed in 1955. These eight founded the pact."). Each takes its hit's
    coverage; the learned ranking knows it as a neighbour."""
    ids = {s.id for s in pool}
    steps = [(s, 1) for s in pool[:NEIGHBOURS]] + [(s, -1) for s in pool[:int(RETRIEVAL["before"])]]
    steps = [(s, k) for s, k in steps if s.id + k not in ids]
    if not steps:
        return []
    rows = {r["id"]: r for r in conn.sentence_rows(sorted({i for s, k in steps for i in (s.id, s.id + k)}))}
    out = []
    for s, k in steps:
        own, near = rows.get(s.id), rows.get(s.id + k)
        if own is None or near is None or near["id"] in ids or near["document"] != s.document \
                or near["block"] != own["block"]:
            continue
        out.append(Sentence(near["id"], s.document, s.section, near["start"], near["end"], near["text"], s.rank,
                            coverage=s.coverage, exact=s.exact, missing=list(s.missing), indirect=s.indirect,
                            neighbour=True))
        ids.add(near["id"])
    return out


def followers(conn: KnowledgeBase, pool: list[Sentence], q: Question, weights: dict[str, float],
              aliases: list[Alias], titles: dict) -> list[Sentence]:
    """The one or two sentences after each examined one, in its paragraph, that open by referring back to it
    ("He …", "In 1945, she …", "The treaty …", "Its terms …"): the answer often continues the sentence that
    restates the question. Each is covered with the sentences before it as context, and at least at its hit's
    coverage discounted (``FOLLOWER_DISCOUNT``); the learned ranking knows it as a follower."""
    ids = {s.id for s in pool}
    hits = [s for s in pool if not s.neighbour and not s.follower]
    rows = {r["id"]: r for r in conn.sentence_rows(sorted({s.id + k for s in hits for k in range(FOLLOWERS + 1)}))}
    lexicon = _coverage_lexicon(q, weights)
    out: list[Sentence] = []
    for s in hits:
        own = rows.get(s.id)
        if own is None or own["document"] != s.document:
            continue
        context = [s.text]
        for k in range(1, FOLLOWERS + 1):
            after = rows.get(s.id + k)
            if after is None or after["document"] != s.document or after["block"] != own["block"]:
                break
            if after["id"] not in ids and _refers_back(conn, s, after):
                f = Sentence(after["id"], s.document, s.section, after["start"], after["end"], after["text"], s.rank,
                             follower=k)
                _cover(f, q, weights, titles.get((s.document, s.section), ("", None))[0], " ".join(context[-2:]),
                       aliases, lexicon)
                floor = FOLLOWER_DISCOUNT[k - 1]
                f.coverage, f.exact = max(f.coverage, floor * s.coverage), max(f.exact, floor * s.exact)
                out.append(f)
                ids.add(f.id)
            context.append(after["text"])
    return out


@lru_cache(maxsize=1)
def _pronoun_kinds() -> dict[str, str]:
    """Third-person pronoun -> the kind of its antecedent (person, thing, plural): lexicon personal_pronouns."""
    return {row[0]: row[-1] for row in lexicon_rows("personal_pronouns")}


def _openings(text: str) -> list[tuple[str, int, str]]:
    """The words a sentence may refer back with before its own matter: its first ``FOLLOWER_OPENING`` words
    ("Under its terms, …", "In his address he …") and the first word after a comma among them ("In 1945, the
    treaty …"), each with its offset and the word after it."""
    found = list(WORD.finditer(text))
    out = []
    for i, m in enumerate(found[:FOLLOWER_OPENING + 1]):
        if i < FOLLOWER_OPENING or "," in text[found[i - 1].end():m.start()]:
            nxt = found[i + 1].group() if i + 1 < len(found) else ""
            out.append((m.group(), m.start(), nxt))
    return out


def _refers_back(conn: KnowledgeBase, hit: Sentence, row: dict[str, Any]) -> bool:
    """True when the opening of the sentence ``row`` (``_openings``) holds a pronoun whose antecedent is in ``hit``
    (qa/coref.py; "it", which coref does not resolve, for the hit's thing), or a definite description repeating
    a word of ``hit`` ("The treaty …", "This agreement …" after "… signed the agreement"). The first pronoun
    decides."""
    kinds = _pronoun_kinds()
    for word, at, _next in _openings(row["text"]):
        w = word.lower()
        kind = kinds.get(w)
        if kind == "thing":
            return True
        if kind is not None:
            ante = coref.resolve(conn, hit.document, row["block"], row["start"] + at, w, row["start"])
            return ante is not None and hit.start <= ante.start and ante.end <= hit.end
        if w in _determiners() and _described(row["text"][at + len(word):]) & _forms_of(hit.text) - STOPWORDS:
            return True
    return False


def _described(rest: str) -> set[str]:
    """The base forms of the words a determiner introduces, up to ``DESCRIPTION_WORDS`` before a comma or a stop
    word ("the treaty", "the resulting accord", "this secret agreement"; "the harbour" of "the harbour of X")."""
    found: set[str] = set()
    for word in WORD.findall(rest.split(",", 1)[0])[:DESCRIPTION_WORDS]:
        if fold(word) in STOPWORDS:
            break
        found |= base_forms(word)
    return found


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    """Definite and demonstrative determiners (lexicon demonstrative_determiners)."""
    return frozenset(row[0] for row in lexicon_rows("demonstrative_determiners"))


def _blocks(conn: KnowledgeBase, pool: list[Sentence]) -> dict[int, str | None]:
    return {r["id"]: r["block"] for r in conn.sentence_rows([s.id for s in pool])}


def _facts(conn: KnowledgeBase, docs: set[str], pool: list[Sentence]) -> dict[str, Facts]:
    facts = {d: Facts() for d in docs}
    found = conn.facts_near(docs, [(s.document, s.start, s.end) for s in pool])
    for r in found["mentions"]:
        facts[r[0]].mentions.append((r[1], r[2], r[3], r[4]))
    for r in found["dates"]:
        facts[r[0]].dates.append((r[1], r[2], r[3]))
    for r in found["quantities"]:
        facts[r[0]].quantities.append((r[1], r[2], r[3], r[4]))
    for r in found["quotes"]:
        facts[r[0]].quotes.append((r[1], r[2], r[3], r[4]))
    return facts


# ------------------------------------------------------------ scoring


def _proximity(cand: Candidate) -> float:
    """Closeness of a candidate to the question's words in its sentence (mean over words)."""
    s = cand.sentence
    if not s.matched or cand.kind in ("sentence", "truth"):
        return 1.0
    a, b = cand.start - s.start, cand.end - s.start
    # a date or amount belongs to the named thing it stands next to
    anchors = s.matched + s.named if cand.kind in ("date", "quantity") else s.matched
    gaps = [max(0, a - e, st - b) for st, e in anchors if not (st >= a and e <= b)]
    if not gaps:
        return 1.0
    nearest = min(gaps)
    mean = sum(1.0 / (1.0 + g / PROXIMITY_MEAN) for g in gaps) / len(gaps)
    return PROXIMITY_NEAREST_SHARE / (1.0 + nearest / PROXIMITY_NEAR) + (1 - PROXIMITY_NEAREST_SHARE) * mean


def _score(cand: Candidate, q: Question) -> float:
    cov = cand.sentence.coverage
    return cov * cov * cand.fit * (PROXIMITY_FLOOR + (1 - PROXIMITY_FLOOR) * _proximity(cand))


def _rank(found: list[Candidate], q: Question, pool: list[Sentence], best_rank: float,
          total_weight: float = 0.0, measured: bool = False) -> None:
    """Describe every candidate by the learned ranking's features; with a fitted ``RANKER``
    table its score replaces the hand-set one (exp of the linear score: pooled like a score).
    The measured-only inputs (``rank.STATEMENT``) are computed when ``measured`` (``explain``:
    bench/fit_ask.py) or when a shipped table reads one of them."""
    support: dict[str, set[int]] = defaultdict(set)
    for cand in found:
        support[cand.key].add(cand.sentence.id)
    context = {
        "best_score": max(c.score for c in found),
        "order": {s.id: i for i, s in enumerate(pool)},
        "best_coverage": max((s.coverage for s in pool), default=0.0),
        "best_rank": best_rank,
        "support": {k: len(v) for k, v in support.items()},
        "own": {b for w in q.content + q.names if w not in q.heads for b in base_forms(w)} | q.others,
        "head": {b for w in q.heads for b in base_forms(w)},
        "proximity": _proximity,
        "parses": {s.id: s.parsed for s in pool if s.parsed is not None},
        "total_weight": total_weight,
        "statement": measured or rank.reads_any(rank.STATEMENT, RANKER, CALIBRATION, GATE),
        "relative": measured or rank.reads_any(rank.HOLDS + rank.RELATIVE, RANKER, RANKER_ADDED, CALIBRATION, GATE),
        "frame": measured or rank.reads_any(rank.FRAMED, RANKER, RANKER_ADDED, CALIBRATION, GATE),
        "asked_form": measured or rank.reads_any(rank.ASKED_FORM, RANKER, RANKER_ADDED, CALIBRATION, GATE),
        "asked_kind": measured or rank.reads_any(rank.ASKED_KIND, RANKER, RANKER_ADDED, CALIBRATION, GATE),
        "stated": measured or rank.reads_any(rank.STATED_ROLE, RANKER, RANKER_ADDED, CALIBRATION, GATE),
        "per_sentence": {},  # rank.features: what is a property of the sentence, once per sentence
        "documents": Counter(s.document for s in pool),  # examined sentences per document (document_share)
    }
    nested = rank.nesting(found, q.expects)
    for cand in found:
        cand.features = rank.features(cand, q, context)
        cand.features["inside_larger"], cand.features["holds_agreeing"] = nested[id(cand)]
    if context["relative"]:  # what each sentence holds of the question against the others (round 22)
        rank.relative(found)
    rivals = rank.rivals(found) if context["statement"] else {}
    for cand in found:
        if context["statement"]:
            cand.features["rival_stated"] = rivals[id(cand)]
        cand.rule_score = cand.score
    if RANKER:
        for cand in found:
            linear = rank.linear(cand.features, RANKER) + rank.linear(cand.features, RANKER_ADDED)
            cand.score = math.exp(max(-30.0, min(30.0, linear)))
    if "section_stage" in RANKER:  # the fitted ranker weighs an added sentence itself (round 23)
        return
    for cand in found:
        if cand.sentence.added:  # examined only through the section stage (qa/retrieve.py): a weaker lead
            cand.score *= RETRIEVAL["added_score"]


# The kinds of answer two sources may give differently, each shown with its citation ("X (sources differ: Y)"):
# a date, an amount, a place (round 35: "died in A" / "died in B", red team D10).
RECONCILED = ("date", "quantity", "place")


def _answerability(conn: KnowledgeBase, found: list[Candidate], q: Question, aliases: list[Alias]) -> None:
    """Each candidate's answerability values (qa/answerable.py ``MEMBER`` and ``FRAME``), written into its features:
    its kind against the question's, the question's names and years in its section, WordNet ties of the asked noun
    and the predicate to its sentence, the question's participants and predicate in its clause (round 34)."""
    sections = _section_contexts(conn, {(c.sentence.document, c.sentence.section) for c in found}, aliases)
    agreeing = rank.AGREEING.get(q.expects, frozenset())
    per_sentence: dict[tuple[int, bool], dict[str, float]] = {}
    for cand in found:
        s, aligned = cand.sentence, bool(cand.features.get("aligned"))
        if (s.id, aligned) not in per_sentence:
            per_sentence[(s.id, aligned)] = answerable.sentence_values(
                q, _forms_of(s.text), sections.get((s.document, s.section)), frozenset(w for w, _x in s.missing),
                aligned)
        kind = answerable.typed(cand.features, agreeing)
        filled = max(cand.features.get("in_slot", 0.0), cand.features.get("role_slot", 0.0))
        cand.features.update({"typed_agrees": kind, "typed_role": kind * filled * float(aligned),
                              **per_sentence[(s.id, aligned)],
                              **answerable.frame_values(s.parsed, cand.start - s.start, cand.end - s.start, q, aligned)})


def _section_contexts(conn: KnowledgeBase, wanted: set[tuple[str, str | None]], aliases: list[Alias]
                      ) -> dict[tuple[str, str | None], answerable.Section]:
    """Per (document, section): the base forms of the section's text and title, the question's name words found
    there under another name, and the years it states."""
    out: dict[tuple[str, str | None], answerable.Section] = {}
    names = {w for own, _variants in aliases for w in own}
    for document in sorted({d for d, section in wanted if section is not None}):
        for section in conn.sections(document):
            if (document, section.id) not in wanted:
                continue
            text = conn.text_slice(document, section.start, section.end)
            seq = [(_folded(m.group()), m.start(), m.end()) for m in WORD.finditer(text)] if names else []
            out[(document, section.id)] = (_forms_of(text) | _forms_of(section.title or ""),
                                           frozenset(_alias_hits(seq, aliases)), answerable.years_of(text))
    return out


def _rivalry(pooled: list[tuple[float, list[Candidate]]], q: Question) -> dict[str, float]:
    """The rivalry of the pooled answers (qa/answerable.py ``RIVALRY``): is the runner-up another answer of the
    same kind from another sentence?"""
    ranked = [answerable.Ranked(score, m[0].features, m[0].sentence.id, m[0].sentence.document, m[0].text)
              for score, m in pooled]
    return answerable.rivalry(ranked, rank.AGREEING.get(q.expects, frozenset()))


def _confidence_values(top: Candidate, pooled: list[tuple[float, list[Candidate]]], q: Question) -> dict[str, float]:
    """What the calibration and the gate read: the best candidate's features, its share of the pooled scores
    and its lead over the next answer, what the question asks."""
    total = sum(score for score, _m in pooled) or 1.0
    return rank.confidence_features(top.features, [score / total for score, _m in pooled], q)


def _learned_confidence(values: dict[str, float], top: Candidate) -> float:
    """The calibrated probability that the best candidate is right (``CALIBRATION``)."""
    return rank.logistic(rank.linear(values, CALIBRATION)) * rank.unfilled(top.features)


def _group(found: list[Candidate], by_rule: bool = False) -> list[tuple[float, list[Candidate]]]:
    """Candidates with the same answer text pooled; best first (by the hand-set score if ``by_rule``)."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for cand in found:
        groups[cand.key].append(cand)
    pooled = []
    for members in groups.values():
        members = sorted(members, key=lambda c: -(c.rule_score if by_rule else c.score))
        support = len({m.sentence.id for m in members}) - 1
        best = members[0].rule_score if by_rule else members[0].score
        pooled.append((best * (1 + SUPPORT_BONUS * min(support, 3)), members))
    pooled.sort(key=lambda x: -x[0])
    return pooled


def _rule_pooled(found: list[Candidate], top: Candidate) -> list[tuple[float, list[Candidate]]]:
    """The pooled candidates by the hand-set score, the chosen answer's group first: reconciling dates
    and amounts compares scores as ratios, which the hand-set score is made for."""
    pooled = _group(found, by_rule=True)
    return sorted(pooled, key=lambda x: x[1][0].key != top.key)


def _antecedent_sentence(conn: KnowledgeBase, cand: Candidate, block: str | None) -> Sentence | None:
    """The sentence naming a pronoun's antecedent (the answer is that name: it is cited too)."""
    if cand.antecedent is None:
        return None
    start, end = cand.antecedent
    spans = conn.sentence_spans_before(cand.sentence.document, block, end, 1)
    if not spans or spans[0][1] < end or spans[0][0] == cand.sentence.start:
        return None
    a, b = spans[0]
    s = cand.sentence
    return Sentence(-1, s.document, s.section, a, b, conn.text_slice(s.document, a, b), s.rank)


def _fuller_names(conn: KnowledgeBase, found: list[Candidate]) -> list[Candidate]:
    """Every person named by a surname alone, named as the document named them before: "Lind" and
    "Ada Lind" in one essay are one answer, pooled (and the fuller name shown)."""
    done: dict[tuple[str, int, int], Candidate] = {}
    out = []
    for cand in found:
        if cand.kind != "person" or " " in cand.text.strip():
            out.append(cand)
            continue
        where = (cand.sentence.document, cand.start, cand.end)
        if where not in done:
            done[where] = _fuller_name(conn, cand)
        fuller = done[where]
        out.append(cand if fuller is cand else replace(cand, text=fuller.text, antecedent=fuller.antecedent))
    return out


def _fuller_name(conn: KnowledgeBase, cand: Candidate) -> Candidate:
    """A person answered by a surname ("Lind restored the chapel") is named as the document
    named them before ("Ada Lind", the same linked entity), that mention cited too."""
    if cand.kind != "person" or " " in cand.text.strip():
        return cand
    document = cand.sentence.document
    linked = [m for m in conn.mentions_inside(document, cand.start, cand.end) if m[2] == "person"]
    if not linked:
        return cand
    entity = linked[0][3]
    earlier = [m for m in conn.mentions_inside(document, 0, cand.start) if m[3] == entity]
    if not earlier:
        return cand
    start, end = max(earlier, key=lambda m: (m[1] - m[0], m[0]))[:2]
    text = conn.text_slice(document, start, end)
    if len(text.split()) < 2 or not text.endswith(cand.text):
        return cand
    return replace(cand, text=text, antecedent=(start, end))


def _answer(result: dict[str, Any], q: Question, found: list[Candidate], titles: dict,
            compared: Compared | None = None, explain: bool = False,
            antecedent_of: Callable[[Candidate], Sentence | None] | None = None,
            fuller: Callable[[Candidate], Candidate] | None = None,
            contradicted: Callable[[Candidate], str | None] | None = None,
            after: Callable[[Candidate], str] | None = None,
            mistyped: Callable[[Candidate], bool] | None = None,
            unasked: Callable[[Candidate], str | None] | None = None) -> dict[str, Any]:
    pooled = _group(found)
    top_score, members = pooled[0]
    top = fuller(members[0]) if fuller is not None else members[0]
    cited = [top]
    answer = _shown(top, q, found)
    disputed = _disputed(top) or after is not None and _retracted(top, after)
    runner_up = next((score for score, m in pooled[1:] if not _same(m[0], top) and not _joint(m[0], top, q)
                      and not _same_constituent(m[0], top)), 0.0)
    margin = (top_score - runner_up) / top_score if top_score else 0.0
    evidence = _evidence(top, margin, q)
    confidence = evidence["rule"]
    answered = confidence  # whether the sources answer at all: a disagreement between them is an answer
    if CALIBRATION:  # the learned probability; 0.8 or more only when the hand-set evidence score agrees
        values = _confidence_values(top, pooled, q)
        learned = _learned_confidence(values, top)
        confidence = answered = learned if confidence >= CONFIDENT else min(learned, CONFIDENT - 0.01)
        if GATE:  # abstain by the answerability gate: a rival candidate is no reason to withhold, no answer is
            answered = _complete_evidence_kept(_gate_probability(values, pooled, q), evidence["rule"])
    if q.expects in RECONCILED:
        # a place's rivals are weighed by the learned ranking (round 35: the hand-set score ranks another act's
        # place, "talks in A, which began in 1955", about as high as the asked one's)
        by_rule = _rule_pooled(found, top) if RANKER and q.expects != "place" else pooled
        # (the note "sources differ" lowers the confidence shown, not the decision to answer)
        answer, cited, confidence = _reconcile(q, top, by_rule[0][0], by_rule, confidence, compared or {})
        if CALIBRATION and GATE and len(cited) > 1 and "(sources differ: " in answer:
            # two sources answering differently answer the question: the gate reads the two answers as one
            joined = _joined(pooled, top, cited[1])
            answered = max(answered, _gate_probability(_confidence_values(top, joined, q), joined, q))
    elif q.expects == "truth":
        cited += [m for m in members[1:] if m.sentence.id != top.sentence.id][:1]  # a second sentence stating it
    result["answer"] = answer
    result["confidence"] = round(rank.displayed(confidence, CALIBRATION_MAP, CONFIDENT_FROM) if CALIBRATION
                                 else confidence, 3)
    result["citations"] = [_citation(s, titles) for s in _unique_sentences(cited)]
    named_at = antecedent_of(top) if antecedent_of is not None else None
    if named_at is not None:
        result["citations"].append(_citation(named_at, titles))
    if explain:
        result["evidence"], result["candidate"] = evidence, answer
        result["ranked"] = [_explained(score, members) for score, members in pooled]
        result["asks"] = rank.question_features(q)
    denied = contradicted(top) if contradicted is not None and result["answer"] is not None else None
    if denied is not None:  # a false premise: the sentence names another one where the question names this
        answered = min(answered, CONFIDENCE["denied_premise"] * confidence)
        result["confidence"] = round(min(result["confidence"], answered), 3)
        if explain:
            result["evidence"]["denied_premise"] = 1.0
    if result["answer"] is not None and _act_missing(evidence, q):
        # "When did X V?" answered from a sentence that names X and a date but not the act V: the date is another
        # act's (round 46 red team D4)
        answered = min(answered, CONFIDENCE["act_missing"] * confidence)
        result["confidence"] = round(min(result["confidence"], answered), 3)
        if explain:
            result["evidence"]["act_missing"] = 1.0
    unmet = _unmet_premise(top, q) if result["answer"] is not None else None
    if unmet is not None:
        # a premise of the question the answering sentence does not meet in its role: another subject does the
        # asked act, the question's place is only a name's word there, the stated date dates another phrase
        answered = min(answered, CONFIDENCE["unmet_premise"] * confidence)
        result["confidence"] = round(min(result["confidence"], answered), 3)
        if explain:
            result["evidence"]["unmet_premise"] = 1.0
    if answered < (LEARNED_THRESHOLD if CALIBRATION else ANSWER_THRESHOLD):
        result["answer"] = None
    false, false_at = _false_premise(top, q, found)
    if false is not None:  # the stating sentence contradicts what the question presupposes: its correction, cited
        result["premise"] = {**false.as_dict(), "citation": _citation(false_at, titles)}
        result["citations"] = [result["premise"]["citation"]]
        result["answer"], result["confidence"] = None, 0.0
        if explain:
            result["evidence"]["false_premise"] = 1.0
    if result["answer"] is not None and _denied_on_an_occasion(top, q):
        result["answer"] = None  # "X was not taken on this night": says when it was not, not when it was
        if explain:
            result["evidence"]["denied_on_an_occasion"] = 1.0
    if result["answer"] is not None and _reason_unstated(top, q):
        result["answer"] = None  # "Why did X marry Y?" and no marriage in the sentence: no reason is given for it
        if explain:
            result["evidence"]["reason_unstated"] = 1.0
    if result["answer"] is not None and _reason_denied(top, q):
        result["answer"] = None  # "Why did X move to A?" over "… has no connection with A": no reason for it
        if explain:
            result["evidence"]["reason_denied"] = 1.0
    if result["answer"] is not None and _another_person(top, q):
        result["answer"] = None  # "Who is X?" asks X's description or role, never another person's name
        if explain:
            result["evidence"]["another_person"] = 1.0
    if result["answer"] is not None and mistyped is not None and mistyped(top):
        result["answer"] = None  # of another type than the asked slot's ("What chemical …?" → a company)
        if explain:
            result["evidence"]["mistyped"] = 1.0
    why = unasked(top) if result["answer"] is not None and unasked is not None else None
    if why is not None:
        result["answer"] = None  # about another person of the surname, or another act than the asked one
        if explain:
            result["evidence"][f"unasked_{why}"] = 1.0
    if disputed and result["answer"] is not None:
        # "it is claimed that X, but there is no evidence": the source reports the answer and disputes it —
        # withheld, and shown as the claim it is
        result["disputed"], result["answer"], result["confidence"] = result["answer"], None, 0.0
    return result


def _act_missing(evidence: dict[str, float], q: Question) -> bool:
    """A date is asked ("When did X V?") and the answering sentence lacks the asked act: the question's closing
    content word, usually the act, is absent from it (``missing_event``), so the date is another act's. Dates
    only: a place question's last word is often a paraphrased act the place still answers ("In which city was
    A founded?" over "they met in B to form A"; round 46, ask_v40)."""
    return q.expects == "date" and bool(evidence.get("missing_event"))


def _another_person(top: Candidate, q: Question) -> bool:
    """"Who is X?" (the question's words all X's name, no predicate, no head noun) answered by a person's name
    that shares no word with X's: that names someone else, not who X is."""
    if not (whois.names_only(q) and not q.head) and not whois.asks_identity(q):
        return False
    if top.kind != "person":
        return False
    return not {_folded(w) for w in WORD.findall(top.text)} & set(q.names)


def _reason_unstated(top: Candidate, q: Question) -> bool:
    """A reason is asked ("Why did X marry Y?") and the answering sentence has no counterpart of the question's
    predicate, not even a WordNet relative, and no word marking a reason (lexicons ``reason_subordinators``,
    ``qa_reason_prepositions``: "because", "due"; a reason given for the act worded otherwise keeps its answer),
    and not all of the act's participants (``argument_match``, qa/rank.py):
    whatever it says, it gives no reason for that act."""
    if q.slot != "reason" or not q.predicate or q.predicate in q.light:
        return False
    if not any(q.predicate in base_forms(word) for word, _weight in top.sentence.missing):
        return False
    if top.features.get("argument_match", 0.0) >= 1.0:
        return False  # every participant of the act is there: the act worded otherwise ("argued for" / "prefer")
    marks = lexicon_words("reason_subordinators") | lexicon_words("qa_reason_prepositions")
    if {_folded(w) for w in WORD.findall(top.sentence.text)} & marks:
        return False
    return not _states_cause(top.sentence, q)


def _reason_denied(top: Candidate, q: Question) -> bool:
    """Round 55 red team D8 (qa/denial.py): a reason is asked of an act with an argument ("Why did X move to the
    city of L?"), and the answering sentence states no form of the act while it negates a predicate holding every
    word of that argument ("… has no connection with the city of L"): it denies the premise, it gives no reason."""
    if not ROLES55["on"] or q.slot != "reason" or not q.predicate:
        return False
    s = top.sentence
    if not any(q.predicate in base_forms(word) for word, _weight in s.missing):
        return False  # the act is stated: the sentence may give its reason
    argument = denial.asked_argument(q)
    return bool(argument) and denial.denial(_parsed(s), argument) is not None


def _states_cause(s: Sentence, q: Question) -> bool:
    """Does the sentence give a cause in a verb or noun rather than a reason word: a causal verb (WordNet,
    ``lexical.causal_verb``: "prevented", "led to", "forced", or one causing the asked act, "killed" for "die") with
    its cause as subject or agent ("A dispute prevented its grant", "was delayed by a dispute"), or a noun derived
    from a causal verb (``lexical.causal_noun``) as a subject or predicate noun ("The cause was …")?"""
    parsed = getattr(s, "parsed", None)  # (a sentence the ranking did not parse is parsed here)
    doc = parsed[0] if parsed is not None else parse(s.text)
    acts = base_forms(q.predicate) if q.predicate else frozenset()
    for t in doc:
        if t.pos_ not in ("VERB", "NOUN"):
            continue
        lemmas = ({t.lemma_.lower()} if t.lemma_ else set()) | base_forms(t.lower_)  # (the ranking's parse has none)
        if t.pos_ == "VERB" and {c.dep_ for c in t.children} & {"nsubj", "csubj", "agent"}:
            if any(causal_verb(lemma, acts) for lemma in lemmas):
                return True
        elif t.dep_ in ("nsubj", "attr") and any(causal_noun(lemma) for lemma in lemmas):
            return True
    return False


def _false_premise(top: Candidate, q: Question, found: list[Candidate]
                   ) -> tuple[premise.Contradiction | None, Sentence]:
    """How the best candidate's sentence contradicts the question's presupposition (qa/premise.py): another year
    for the asked act or the dated noun, or the asked act denied. Only a sentence aligned with the question's
    predicate (or its head noun) can contradict it; the other examined sentences may state the question's year.
    With the sentence that contradicts it (else the best candidate's)."""
    s = top.sentence
    if s.parsed is not None and s.aligned and not s.other_act:
        doc, _anchors = s.parsed
        aligned = _closely_aligned(s, q)
        others = [c.sentence.text for c in found if c.sentence.id != s.id and c.sentence.aligned]
        found_one = premise.date_contradiction(q, doc, aligned, others) or premise.act_contradiction(q, doc, aligned)
        if found_one is not None:
            return found_one, s
    if not q.years or any(y in c.sentence.text for c in found for y in q.years):
        return None, s
    # the best sentence does not state the asked act: another examined one dating it otherwise corrects the question
    # ("Why did X sink in 1715?" — the best candidate is a reason from elsewhere; "X sank in 1711" is examined)
    for c in sorted(found, key=lambda c: -c.score):
        other = c.sentence
        if other.id == s.id or other.parsed is None or not other.aligned or other.other_act:
            continue
        found_one = premise.date_contradiction(q, other.parsed[0], _closely_aligned(other, q), [])
        if found_one is not None:
            return found_one, other
    return None, s


def _denied_on_an_occasion(top: Candidate, q: Question) -> bool:
    """The best candidate's sentence denies the asked act on an occasion it names (qa/premise.py)."""
    s = top.sentence
    if s.parsed is None or not s.aligned or s.other_act:
        return False
    return premise.denied_on_an_occasion(q, s.parsed[0], _closely_aligned(s, q))


def _complete_evidence_kept(probability: float, rule: float) -> float:
    """The gate's ``probability``, raised to the answering threshold when the hand-set evidence ``rule`` is complete
    (``COMPLETE_EVIDENCE["rule"]``: the stating sentence holds every question word and the candidate fills the asked
    slot, no rival) and the gate nearly agrees (``COMPLETE_EVIDENCE["gate_floor"]``; round 59 red team D5)."""
    if not COMPLETE_EVIDENCE["on"] or rule < COMPLETE_EVIDENCE["rule"] or probability < COMPLETE_EVIDENCE["gate_floor"]:
        return probability
    return max(probability, LEARNED_THRESHOLD)


def _gate_probability(values: dict[str, float], pooled: list[tuple[float, list[Candidate]]], q: Question) -> float:
    """The answerability gate's probability that the sources answer the question (``GATE``)."""
    top_score = pooled[0][0]
    gate_in = values
    if "top_score" in GATE:  # the best answer's own score, only when the fitted gate reads it
        gate_in = rank.gate_values(values, math.log(top_score) if top_score > 0 else -30.0)
    if rank.reads_any(answerable.RIVALRY, GATE):  # round 31: the runner-up's kind and sentence
        gate_in = {**gate_in, **_rivalry(pooled, q)}
    # round 53 askquant: an amount of the asked dimension in a sentence stating the predicate (QUANTITY_GATE)
    return rank.logistic(rank.linear(gate_in, GATE) + rank.linear(values, QUANTITY_GATE))


def _joined(pooled: list[tuple[float, list[Candidate]]], top: Candidate,
            rival: Candidate) -> list[tuple[float, list[Candidate]]]:
    """The pooled answers with the rival a source gives instead of ``top`` pooled with it (one disputed answer)."""
    at = next((i for i, (_score, m) in enumerate(pooled) if m[0].key == top.key), None)
    other = next((i for i, (_score, m) in enumerate(pooled) if m[0].key == rival.key and i != at), None)
    if at is None or other is None:
        return pooled
    (a, first), (b, second) = pooled[at], pooled[other]
    rest = [p for i, p in enumerate(pooled) if i not in (at, other)]
    return sorted([(a + b, [*first, *second]), *rest], key=lambda x: -x[0])


def _disputed(top: Candidate) -> bool:
    """Is the best answer inside a claim its sentence reports and disputes (``vitrina.stance``)?"""
    s = top.sentence
    doc = s.parsed[0] if s.parsed is not None else parse(s.text)  # the ranking's parse when it made one
    return disputed_at(doc, top.start - s.start, top.end - s.start)


def _retracted(top: Candidate, after: Callable[[Candidate], str]) -> bool:
    """Is the best answer inside a statement the writer reports having made and the text after it corrects
    ("we stated that X. The correct number is Y": ``vitrina.stance.retracted_at``)?"""
    s = top.sentence
    if self_corrected(after(top)):  # "… in November. No, that's not right, it were October": taken back
        return True
    doc = parse(s.text)  # (its own parse, with sentence bounds: a passage stored whole may hold the correction)
    start, end = top.start - s.start, top.end - s.start
    if not self_reported_at(doc, start, end):
        return False  # (the text after is read only for the writer's own report)
    following = after(top)
    return retracted_at(doc, start, end, parse(following) if following.strip() else [])


def _shown(top: Candidate, q: Question, found: list[Candidate] | None = None) -> str:
    """The text shown for the best answer: for "How did X V?" answered by a whole sentence, the predicate of
    its clause about X (qa/spans.predicate) — what X did, without the subject, the scene before it and the
    purpose the question already names; for a name or noun phrase, the span without a relative clause set off
    by a comma (qa/spans.without_relative_clause); for a name when the question asks several ("Who were the
    three envoys?"), the whole coordination it is a member of (qa/spans.coordination); for a count, with the
    lower bound of its range (qa/spans.lower_bound: "between 300 and 400 ships", not "400 ships"), and the asked
    count where the sentence holds another (qa/spans.asked_count: a partitive's part, the count paired with
    the question's name or year, the count of the aligned clause), the count of the asked noun where the
    count shown counts another (qa/spans.count_of_asked_noun), an amount with the unit of its rate
    (qa/spans.with_rate: "$35 per ounce") and a count without the words describing what it counts
    (qa/spans.bare_count: "58" for "58 merchant ships"); for a name outside the asked role of the verbs standing
    for the question's, the one filling that role (`_role_filler`); for "What V'd X?" answered by the "of"
    object inside the subject, the whole subject (qa/spans.whole_subject); for a name with its description in
    apposition, the name (qa/spans.apposed_name); for "What was the aim of X?" or "What was X supposed to do?", the
    infinitive of purpose in or beside the answer (qa/spans.purpose_infinitive); for an answer headed by the asked noun
    with an "of" phrase of a number, that value (qa/spans.value_of_asked_noun); for a thing or person asked, the
    other side of "X is Y" when the span is the side restating the question (qa/spans.other_side_of_copula), the
    one member of a coordination holding the question's words when one thing is asked (qa/spans.asked_conjunct:
    also for what was said or promised, unquoted), the name without a description in apposition after it
    (qa/spans.without_apposition) and the object of a preposition opening the span
    (qa/spans.without_preposition). The ranking and the confidence are the candidate's."""
    s = top.sentence
    start, end = top.start - s.start, top.end - s.start
    kept = asks_duration(q) and reads_duration(top.text)  # "How long …?": an amount of time is never swapped
    # for a count of other things beside it ("sixty performances"; red team 48 D7)
    if q.expects == "quantity" and s.parsed is not None and not kept:  # the part, not the whole; the count
        # paired with the question's name or year; the count of the clause the question's verb stands for
        other = asked_count(s.parsed[0], start, end, q, _closely_aligned(s, q))
        if other is not None:
            return s.text[other[0]:other[1]]
        other = count_of_asked_noun(s.parsed[0], start, end, q)
        if other is not None:  # "two helicopters … the deaths of 18 soldiers" for "How many troops …?": 18
            return s.text[other[0]:other[1]]
        rate = with_rate(s.parsed[0], end)
        if rate is not None:  # "$35 per ounce", not "$35"
            bound = lower_bound(s.text, start)
            return s.text[start if bound is None else bound:rate]
        bare = bare_count(s.parsed[0], start, end) if q.unit is None else None
        if bare is not None:  # "58 Northern merchant ships" for "How many ships …?": the count
            bound = lower_bound(s.text, start)
            return s.text[start if bound is None else bound:bare[1]]
    if q.expects in ("date", "quantity"):  # a count with the lower bound of its range ("between 300 and 400")
        bound = lower_bound(s.text, start) if q.expects == "quantity" else None
        return top.text if bound is None else s.text[bound:end]
    if s.parsed is None:
        return top.text
    valued = value_of_asked_noun(s.parsed[0], start, end, q) if top.kind != "sentence" else None
    if valued is not None:  # "At what altitude …?" — "an altitude of 9,000 feet": the value
        return s.text[valued[0]:valued[1]]
    if q.purpose:  # "What was the aim of X?": the purpose infinitive in or beside the answer ("to relieve …")
        aim = purpose_infinitive(s.parsed[0], start, end)
        if aim is not None:
            return s.text[aim[0]:aim[1]]
    filler = _role_filler(top, q, found or [])
    if filler is not None:  # "Who obtained X?" — "Y obtained X and shared it with Z": Y, not Z
        return filler
    whole = whole_subject(s.parsed[0], start, end, q, s.parsed[1]) if s.aligned else None
    if whole is not None:  # "the strain of these wars compelled X": the strain, not the wars
        return s.text[whole[0]:whole[1]]
    named = apposed_name(s.parsed[0], start, end, q) if q.expects in ROLE_FILLED else None
    if named is not None:  # "a retired admiral, Pieter Hoorn": the name asked, not its description
        return s.text[named[0]:named[1]]
    joined = coordination(s.parsed[0], start, end) if q.several and top.kind != "sentence" else None
    if joined is not None:  # "Who were the three envoys?": every member of the coordination the name is in
        return s.text[joined[0]:joined[1]]
    if top.kind == "sentence":
        span = predicate(s.parsed[0], q) if q.slot == "manner" else None
    elif q.expects in ("sentence", "truth") or top.text.startswith(("“", '"')):
        return top.text  # a reason, a quotation: the clause may be part of what is asked
    elif q.unit == "quote":  # what was said, promised, asked: of several things, the one the question names
        span = asked_conjunct(s.parsed[0], start, end, q)
    else:  # "X, which …": the non-restrictive relative clause left off; the one member of a coordination
        # holding the question's words; a leading preposition left off a thing asked; the other side of "X is Y"
        # when Y restates the question
        other = other_side_of_copula(s.parsed[0], start, end, q)
        start, end = other or (start, end)
        span = without_relative_clause(s.parsed[0], start, end, q) or other
        span = without_apposition(s.parsed[0], *(span or (start, end)), q) or span
        member = asked_conjunct(s.parsed[0], *(span or (start, end)), q)
        span = member or span
        bare = without_preposition(s.parsed[0], *(span or (start, end)), q)
        span = bare or span
    return s.text[span[0]:span[1]] if span else top.text


def _role_filler(top: Candidate, q: Question, found: list[Candidate]) -> str | None:
    """For a who/what question asking a verb's subject or object, answered by a name that is no argument in
    that role of the sentence's verbs standing for the question's (the object of another verb, the agent of a
    participle, the winner where the loser of a converse verb is asked), the best-ranked candidate of the
    same sentence filling the asked role (`Candidate.in_slot`, from qa/structure.fill), else the sentence's
    one filled slot when it holds a name (not when the full date the question states binds the name's phrase:
    `_date_bound`). Only the sentence's words that are the question's verb or a close
    synonym count (`_closely_aligned`). None when the name fills the role, or nothing does; never for what
    was said (a quotation, a saying verb: the words said are the answer, whoever said them)."""
    s = top.sentence
    if q.expects not in ROLE_FILLED or top.in_slot or top.kind in ("sentence", "truth", "term") or not s.aligned \
            or q.wants_name or q.unit == "quote" or q.verb_class == "saying" or top.text.startswith(("“", '"')):
        return None
    if premise.date_binding(q, s.parsed[0], top.start - s.start, top.end - s.start):
        return None  # the full date the question states binds this name's phrase ("calling at B (D)"): the asked one
    aligned = _closely_aligned(s, q)
    if not aligned or not outside_asked_role(s.parsed[0], top.start - s.start, top.end - s.start, q, aligned):
        return None
    inside = [c for c in found if c.sentence.id == s.id and c.in_slot and c.kind not in ("sentence", "truth")
              and (c.end <= top.start or c.start >= top.end)]  # another constituent, not a cut of the name
    if any(_apposed(s, (c.start - s.start, c.end - s.start), top) for c in inside):
        return None  # "X, a banker who assumed the debts": the slot's phrase describes the name shown
    if inside:
        return max(inside, key=lambda c: c.score).text
    slots = [x for x in s.slots if x.kind != "truth" and not x.pronoun and not x.negated]
    if len(slots) != 1 or slots[0].start < top.end - s.start and top.start - s.start < slots[0].end \
            or not any(w[:1].isupper() for w in s.text[slots[0].start:slots[0].end].split()) \
            or _apposed(s, (slots[0].start, slots[0].end), top) \
            or bare_pronoun(s.text[slots[0].start:slots[0].end]):  # "I have hired X to …": a pronoun names nobody
        return None
    return s.text[slots[0].start:slots[0].end]


ROLE_FILLED = ("person", "place", "named")  # the kinds asked by the role of a verb's argument


def _apposed(s: Sentence, span: tuple[int, int], top: Candidate) -> bool:
    """The heads of a span (sentence offsets) and of the name shown are in apposition: they name one person or
    thing."""
    first = rank.head_token(s.parsed, span[0], span[1])
    second = rank.head_token(s.parsed, top.start - s.start, top.end - s.start)
    if first is None or second is None:
        return False
    return any(x.dep_ == "appos" and x.head.i == y.i for x, y in ((first, second), (second, first)))


def _closely_aligned(s: Sentence, q: Question) -> frozenset[int]:
    """The words of the sentence standing for the question's predicate with at least `ASKED_ARGUMENT`'s credit
    (the same word, a close synonym): a looser one may take its arguments in other roles."""
    if s.parsed is None or not s.aligned:
        return frozenset()
    return frozenset(t.i for t, credit in anchors(s.parsed[0], q) if credit >= ASKED_ARGUMENT["alignment"])


def _explained(score: float, members: list[Candidate]) -> dict[str, Any]:
    """A pooled candidate as bench/fit_ask.py reads it: its text, features and sentences."""
    best = members[0]
    return {"text": best.text, "score": score, "antecedent": best.antecedent is not None,
            "members": [{"document": m.sentence.document, "sentence": m.sentence.id, "text": m.sentence.text,
                         "features": m.features} for m in members]}


def _joint(other: Candidate, top: Candidate, q: Question) -> bool:
    """Two clauses filling the reason or manner slot of one sentence ("first, because …; second,
    because …"), or that sentence itself, are parts of one answer, not rivals."""
    return q.expects == "sentence" and top.in_slot and other.sentence.id == top.sentence.id \
        and (other.in_slot or other.kind == "sentence")  # the whole sentence holds the clause


def _evidence(top: Candidate, margin: float, q: Question) -> dict[str, float]:
    """What the confidence is computed from: the best answer's evidence as numbers in [0, ~1]
    ("rule" is the hand-set confidence, the others its parts)."""
    missing = {w for w, _ in top.sentence.missing}
    events = [w for w in q.content if w not in q.light]
    return {
        "rule": _confidence(top, margin, q),
        "coverage": top.sentence.coverage,
        "exact": top.sentence.exact,
        "fit": min(1.3, top.fit),
        "margin": min(1.0, margin * 2),
        "proximity": _proximity(top),
        "unaligned": float(bool(q.predicate and q.predicate not in q.light and not top.sentence.aligned)
                           or top.sentence.other_act),
        "in_slot": float(top.in_slot),
        "off_slot": float(not top.in_slot and any(x.kind != "truth" for x in top.sentence.slots)),
        "resolved": float(top.resolved),
        "missing_name": float(bool(missing & set(q.names) - q.background or q.names and set(q.names) <= missing)),
        "missing_event": float(q.expects in ("date", "place") and bool(events) and events[-1] in missing),
        "asks_truth": float(q.expects == "truth"),
        "asks_sentence": float(q.expects == "sentence"),
        "asks_list": float(q.expects == "list"),
        "asks_value": float(q.expects in ("date", "quantity")),
        "whole_sentence": float(top.kind == "sentence"),
    }


def _confidence(top: Candidate, margin: float, q: Question) -> float:
    """The hand-set evidence score: a monotone map of the evidence to [0, 1]."""
    c = CONFIDENCE
    cov = top.sentence.coverage
    raw = cov ** c["coverage_power"] * min(1.0, top.fit) * (c["margin_floor"] + (1 - c["margin_floor"])
                                                             * min(1.0, margin * 2)) \
        * (c["proximity_floor"] + (1 - c["proximity_floor"]) * _proximity(top))
    if q.predicate and q.predicate not in q.light and not top.sentence.aligned or top.sentence.other_act:
        raw *= c["unaligned"]  # the asked action is not in the answering sentence
    elif q.slot == "attr" and not top.in_slot:
        raw *= c["unfilled_role"]  # "Who was the X of Y?" answered outside the role's slot
    if top.in_slot:
        raw *= c["slot_bonus"]
    elif any(x.kind != "truth" for x in top.sentence.slots):
        raw *= c["off_slot"]
    if top.resolved:
        raw *= c["resolved"]
    if q.plural and q.expects == "list" and not ENUMERATED.search(top.text):
        raw *= c["single_for_plural"]  # "Which cities …?" answered by one name: the list may be incomplete
    if q.negated and q.slot != "truth" and not top.in_slot:
        raw *= c["polarity"]  # "Which X did not V?" answered outside a negated or excepted slot
    missing = {w for w, _ in top.sentence.missing}
    if missing & set(q.names) - q.background or q.names and set(q.names) <= missing:
        raw *= c["missing_name"]  # the passage is about someone/something else (or shares no name at all)
    events = [w for w in q.content if w not in q.light]
    if q.expects in ("date", "place") and events and events[-1] in missing:
        raw *= c["missing_event"]  # the event asked about (usually the closing verb) is not the one dated
    return max(0.0, min(1.0, c["base"] + (1 - c["base"]) * raw))


def _same_constituent(other: Candidate, top: Candidate) -> bool:
    """``other`` is a part of the constituent that gives ``top`` ("1902" of "the X Treaty of 1902"),
    or that constituent itself: one answer, not a rival."""
    if other.sentence.id != top.sentence.id or not top.in_slot:
        return False
    spans = [(top.sentence.start + x.start, top.sentence.start + x.end) for x in top.sentence.slots
             if x.kind != "truth"]
    return any(a <= min(top.start, other.start) and max(top.end, other.end) <= b for a, b in spans)


def _same(a: Candidate, b: Candidate) -> bool:
    if a.key == b.key:
        return True
    if a.kind == b.kind == "person" and _name_within(a.key, b.key):
        return True  # "Mara Olsen" and "Mara Lind Olsen": one person, named more or less fully
    if a.kind not in ("date", "quantity") and b.kind not in ("date", "quantity") and a.key and b.key \
            and (a.key in b.key or b.key in a.key):
        return True  # "Lena Holt" within "Secretary of State Lena Holt"
    ia, ib = interval(a.edtf), interval(b.edtf)
    if ia and ib:
        return _contains(ia, ib) or _contains(ib, ia)
    return a.value is not None and a.value == b.value


def _name_within(a: str, b: str) -> bool:
    """The words of the shorter name (two or more) are the longer one's first and last words, in order."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def _contains(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# per document: (start, end, comparison group, index of the statement in the group)
Compared = dict[str, list[tuple[int, int, dict[str, Any], int]]]


def _comparisons(kb: KnowledgeBase) -> Compared:
    """The cross-document comparisons the build stored (vitrina.compare), by document."""
    stored = stored_comparisons(kb)
    return _index_comparisons(stored) if stored else {}


@lru_cache(maxsize=4)
def _index_comparisons(stored: str) -> Compared:
    import json

    index: Compared = defaultdict(list)
    for group in json.loads(stored):
        for i, statement in enumerate(group["statements"]):
            index[statement["document"]].append((statement["start"], statement["end"], group, i))
    return dict(index)


def _comparison_of(cand: Candidate, compared: Compared) -> tuple[dict[str, Any], int] | None:
    """The comparison group holding a statement at the candidate's span, and its index there."""
    for start, end, group, i in compared.get(cand.sentence.document, []):
        if start < cand.end and cand.start < end:
            return group, i
    return None


def _compared_restatement(best: Candidate, pooled: list[tuple[float, list[Candidate]]],
                          compared: Compared) -> tuple[dict[str, Any], int] | None:
    """The comparison group, with a verdict of differ, of another statement of the answer's value in the answer's
    own document (a candidate the ranking pooled, of the answer's kind, that the answer's value holds or refines:
    "until 1995, when it reopened" next to "opened … on 2 May 1995"). The build compared that statement with the
    other sources; the answer states the same value, so the other sources differ from it too."""
    for _score, members in pooled:
        for cand in members:
            if cand.sentence.document != best.sentence.document or cand.kind != best.kind or not _same(best, cand):
                continue
            grouped = _comparison_of(cand, compared)
            if grouped is not None and grouped[0]["verdict"] == "differ" and _differing(*grouped, best) is not None:
                return grouped
    return None


def _differing(group: dict[str, Any], i: int, best: Candidate) -> Candidate | None:
    """A statement of the group, in another document, whose value differs from statement ``i``."""
    for reason in group["reasons"]:
        if reason["relation"] != "differ" or i not in (reason["a"], reason["b"]):
            continue
        other = group["statements"][reason["b"] if reason["a"] == i else reason["a"]]
        if other["document"] == best.sentence.document:
            continue
        sentence = other["sentence"]
        s = Sentence(-1, other["document"], None, sentence["start"], sentence["end"], sentence["text"], 0.0)
        return Candidate(s, other["start"], other["end"], other["text"], best.kind)
    return None


def _locate_statements(kb: KnowledgeBase, result: dict[str, Any]) -> dict[str, Any]:
    """Section of a citation that came from a stored comparison (its sentence is not a retrieved one)."""
    if "(sources differ: " not in (result["answer"] or ""):
        return result
    for cite in result["citations"]:
        if cite["section"] is None:
            hit = next((h for h in kb.sentences(cite["document"]) if h.start == cite["start"]), None)
            if hit is not None and hit.section is not None:
                title, label = _section_titles(kb, {hit.document}).get((hit.document, hit.section), (None, None))
                cite["section"] = label or title
    return result


def _reconcile(
    q: Question, top: Candidate, top_score: float, pooled: list[tuple[float, list[Candidate]]], confidence: float,
    compared: Compared | None = None,
) -> tuple[str, list[Candidate], float]:
    """Compare the best answer with strong rivals from other documents.

    When the build's comparison of sources (vitrina.compare) grouped the answer's
    statement, its verdict decides whether the sources differ; otherwise a rival
    counts as disagreeing only when stated with the question's own words."""
    rivals = [(score, m[0]) for score, m in pooled[1:]
              if score >= RIVAL_SCORE * top_score and m[0].sentence.coverage >= top.sentence.coverage - RIVAL_GAP]
    support = {m[0].key: len({c.sentence.id for c in m}) for _score, m in pooled}
    consistent = [r for _, r in rivals if _same(top, r) and r.sentence.id != top.sentence.id
                  and support.get(r.key, 1) + BROADER_MAJORITY > support.get(top.key, 1)]
    best = min([top, *consistent], key=_width)  # the most precise consistent statement
    backing = [c for c in [top, *consistent] if c is not best][:1]
    conflicting = [r for score, r in rivals
                   if r.kind == best.kind  # a value disagrees only with a value: a date with a date, an amount with an amount
                   and r.sentence.document != top.sentence.document and not _same(best, r)
                   and not _same(top, r) and score >= CONFLICT_SCORE * top_score and _proximity(r) >= CONFLICT_PROXIMITY
                   and r.sentence.exact >= top.sentence.exact - RIVAL_GAP  # a disagreement needs direct words
                   and not r.sentence.elsewhere  # … and the question's names in the sentence itself
                   and (r.in_slot or not top.in_slot)  # … filling the asked slot when the answer does
                   and _event_gap(r, q) <= _event_gap(top, q) + EVENT_GAP  # … about the same action
                   and not _other_event(r)]  # … in the clause of the asked act, not another's (round 40)
    grouped = _comparison_of(best, compared or {}) or _compared_restatement(best, pooled, compared or {})
    if grouped is not None:
        rival_statement = _differing(*grouped, best) if grouped[0]["verdict"] == "differ" else None
        if rival_statement is not None and not _other_event(_retrieved(rival_statement, pooled)):
            return (f"{_shown(best, q)} (sources differ: {rival_statement.text})", [best, rival_statement],
                    confidence * CONFIDENCE["disagreement"])
        conflicting = []  # the comparison found these statements compatible (agree, consistent, uncertain)
    if conflicting:
        rival = conflicting[0]
        return f"{_shown(best, q)} (sources differ: {rival.text})", [best, rival], confidence * CONFIDENCE["disagreement"]
    return _shown(best, q), [best, *_other_source(best, pooled), *backing], confidence


def _other_event(cand: Candidate) -> bool:
    """The value is of another event of its sentence than the asked one (qa/attach.py ``other_event``)."""
    s = cand.sentence
    return attach.other_event(s.parsed, s.aligned, cand.start - s.start, cand.end - s.start)


def _retrieved(cand: Candidate, pooled: list[tuple[float, list[Candidate]]]) -> Candidate:
    """The retrieved (parsed) candidate at the same place as a stored comparison's statement, else itself."""
    for _score, members in pooled:
        for m in members:
            if m.sentence.document == cand.sentence.document and m.start <= cand.start < m.end + 1 \
                    and cand.start <= m.start < cand.end + 1:
                return m
    return cand


def _other_source(best: Candidate, pooled: list[tuple[float, list[Candidate]]]) -> list[Candidate]:
    """The same answer stated in another document, cited as support."""
    for _score, members in pooled:
        if members[0].key == best.key:
            return [m for m in members if m.sentence.document != best.sentence.document][:1]
    return []


def _event_gap(cand: Candidate, q: Question) -> int:
    """Foreign words between a candidate and the question's event word (its last content word).

    Lowercase content words that are not the question's own suggest another
    action in between ("suicide in April, in the final days before the
    surrender"); names, prepositions and numbers do not.
    """
    events = [w for w in q.content if w not in q.light and w not in q.names]
    if not events:
        return 0
    key = base_forms(events[-1]) | set(related(events[-1]))
    s = cand.sentence
    a, b = cand.start - s.start, cand.end - s.start
    own = {f for w in q.content for f in base_forms(w)}
    gaps = []
    for m in WORD.finditer(s.text):
        if base_forms(m.group()) & key:
            between = s.text[b:m.start()] if m.start() >= b else s.text[m.end():a]
            gaps.append(sum(1 for w in WORD.findall(between)
                            if w.islower() and w not in STOPWORDS and not base_forms(w) & own))
    return min(gaps) if gaps else 10**6


def _width(cand: Candidate) -> float:
    """Length in days of a date's interval (precision); quantities all equal."""
    span = interval(cand.edtf)
    if not span:
        return 0.0
    return float(day_number(span[1]) - day_number(span[0]))  # any signed year: "-0043-01-01"


def _unique_sentences(cands: list[Candidate]) -> list[Sentence]:
    seen: dict[int, Sentence] = {}
    for c in cands:
        seen.setdefault(c.sentence.id, c.sentence)
    return list(seen.values())


def _citation(s: Sentence | SentenceHit, titles: dict) -> dict[str, Any]:
    title, label = titles.get((s.document, s.section), (None, None))
    return {"document": s.document, "section": label or title, "start": s.start, "end": s.end,
            "text": s.text}


__all__ = ["ask", "fold"]
