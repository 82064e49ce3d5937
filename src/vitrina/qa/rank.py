"""A learned ranking of candidate answers, and the confidence of the best one.

Every candidate of a question (qa/candidates.py) is described by the same
numbers — how much of the question its sentence covers, how well its kind
fits, whether it fills the aligned slot, how close it stands to the
question's words, whether it repeats them, how the sentence ranks, the
hand-set score — and ranked by a linear score whose coefficients were fitted
on the tuning questions (``RANKER`` in qa/weights.py, written by
bench/fit_ask.py: a conditional logit, i.e. a softmax over one question's
candidates). The best candidate's confidence is a logistic regression on its
own features, its softmax share and its margin (``CALIBRATION``), fitted
the same way. With empty tables the hand-set score and confidence stand.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.lexicon import rows as lexicon_rows
from vitrina.qa import dimension
from vitrina.qa.duration import asks_duration, reads_duration
from vitrina.qa.exchange import within
from vitrina.qa.feeling import felt
from vitrina.qa.frame import dependents as _dependents
from vitrina.qa.frame import sentence_frame
from vitrina.qa.lexical import (
    base_forms,
    category,
    common_kind_of,
    kind_of,
    near_kind,
    related,
    verb_class,
)
from vitrina.qa.quoted_name import given
from vitrina.qa.respond import responder_act
from vitrina.qa.shaped import fills
from vitrina.qa.span_role import span_role
from vitrina.qa.spans import ROLE_NAMES, ROLES, slot_match
from vitrina.qa.stated import stated_role
from vitrina.qa.text import STOPWORDS, WORD, fold
from vitrina.qa.weights import CONFIDENCE, LEXICAL, RESPONSE, SENTENCE_WORDS_FULL, STATEMENT_ARCS

TERMINAL = re.compile(r"[.!?][\"”’')\]]*\s*$")  # how a sentence of running text ends
KINDS = ("date", "quantity", "person", "place", "organization", "named", "term", "list", "clause", "sentence",
         "truth", "span")
STRUCTURE = ("span_anchor", "span_slot", "span_form", "span_part", *(f"span_{role}" for role in ROLE_NAMES),
             "record")
EXPECTS = ("person", "place", "date", "quantity", "named", "list", "sentence", "truth")
HELD = ("year", "names", "asked", "constraints", "aligned", "coverage", "frame")  # what a sentence holds of the question
# ("frame", round 47: qa/frame.py, the question's participants and asked slot in their roles beside the asked act)
FACTOIDS = ("date", "quantity", "person", "place", "named")  # kinds a question asks of one act's participant
# the kinds of candidate that are of the kind a question expects
AGREEING: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}),
    "place": frozenset({"place"}),
    "date": frozenset({"date"}),
    "quantity": frozenset({"quantity"}),
    "named": frozenset({"named", "term", "organization", "group"}),
    "list": frozenset({"list"}),
    "sentence": frozenset({"clause", "sentence"}),
    "truth": frozenset({"truth"}),
}


DESCRIPTIONS: dict[str, str] = {  # what each feature measures (the comments of the fitted tables)
    "rule_share": "the hand-set score (coverage^2 x fit x proximity) over the question's best",
    "coverage": "IDF-weighted share of the question's words found in the sentence (relatives count partly)",
    "exact": "share of the question's words found by their own base forms",
    "indirect": "IDF share of the question's words found only in the sentence's context (section title, sentences before)",
    "argument_match": "share of the names and nouns of the question's subject and object found in the arguments of the sentence's aligned verb",
    "coverage_gap": "the best-covered sentence's coverage less this sentence's (near 0: nearly tied with the best)",
    "sentence_length": "log(1 + words of the sentence) / log(80), at most 1 (a long sentence shares words by chance)",
    "terminal": "the sentence ends as a sentence does (. ! ? or a closing quotation mark): not a caption or title",
    "fit": "hand-set fit of the candidate's kind to the question (qa/weights.py FIT)",
    "proximity": "closeness of the candidate to the question's words in its sentence",
    "in_slot": "the candidate fills the asked slot of an aligned predicate (qa/structure.py)",
    "off_slot": "the sentence's aligned slot holds something else",
    "resolved": "the candidate is a pronoun's antecedent",
    "aligned": "the question's predicate has a counterpart in the sentence",
    "sentence_first": "the sentence is the best-covered one",
    "sentence_order": "1 / (1 + place of the sentence in the coverage order)",
    "bm25_share": "the sentence's BM25 score over the best one's",
    "heading": "the sentence is a heading",
    "named_by": "the candidate follows a naming word ('called', 'dubbed', 'code-named', 'known as', 'the name')",
    "neighbour": "the sentence follows a best-covered one (it was not retrieved for the question's words)",
    "follower": "the sentence follows an examined one and opens by referring back to it ('He …', 'The treaty …')",
    "follower_far": "… two sentences after it",
    "support": "sentences stating the same answer (at most 3) / 3",
    "question_overlap": "share of the candidate's content words that are the question's (the asked noun aside)",
    "anchor_path": "1 / (1 + dependency arcs from the candidate's head up to the aligned word)",
    "names_head": "the candidate contains the asked noun ('which office': 'the Survey Office')",
    "length": "log(1 + words) / log(40), at most 1",
    "whole_sentence": "the candidate is the whole sentence",
    "missing_name": "a name of the question is absent from the sentence",
    "missing_event": "when/where: the asked action is absent from the sentence",
    "agrees": "the candidate is of the expected kind (by type, or naming the asked noun)",
    "capitalised": "the candidate starts with a capital letter",
    "span_anchor": "parse span: credit of the aligned word it depends on (0: the root)",
    "span_slot": "parse span: its grammatical role fills the asked slot",
    "span_part": "parse span: a shorter reading of a dependent (clause without its marker, noun phrase without its clause, apposition)",
    "record": "the candidate is a name or value a role or record field gives (an apposition, a parenthesis, a label, a field: qa/records.py)",
    "span_form": "parse span: its form suits the expected kind (a number for how many, a year for when)",
    "stated_role": "the question's predicate itself (same word, synonym, derived form, two-word verb) governs the "
                   "candidate's head in the role the asked slot has, in running text: that word's credit (qa/stated.py)",
    "stated_loose": "stated_role with any word aligned with the question's predicate, however loosely (measured)",
    "role_slot": "the candidate's head depends (through at most a preposition) on an aligned word in a role that fills the asked slot",
    "head_category": "the WordNet kind of the candidate's head word (person, place, date, amount) is the expected one",
    "head_kind_of": "the candidate's head noun is the asked noun or a kind of it in WordNet ('which agreement': a treaty)",
    "align_credit": "how closely the sentence's word matches the question's predicate (1 same word, less a WordNet relative)",
    "missing_top": "the heaviest question word absent from the sentence, its share of the question's IDF weight",
    "missing_content": "the IDF share of the question's words other than names absent from the sentence",
    "predicate_missing": "the question's predicate has no counterpart in the sentence, not even a WordNet relative",
    "inside_larger": "the candidate lies inside a longer candidate of its sentence that fills the asked slot",
    "holds_agreeing": "the candidate holds a shorter candidate of the expected kind (a name with its title or modifier)",
    "precision_short": "a date question's asked noun (day, month, year) is more precise than the candidate's date",
    "count_mismatch": "how many X: the candidate's head noun is neither X nor a kind of it (a count of something else)",
    "quantity_agrees": "a quantity is asked and the candidate is an amount of the asked dimension (money, mass, "
                       "length, a share …) or counts the asked noun or one WordNet ties to it (qa/dimension.py)",
    "quantity_stated": "quantity_agrees, and the candidate's sentence holds the question's predicate (aligned)",
    "unit_fits": "a quantity is asked and the noun ending the candidate is of the asked unit's kind (a time period for "
                 "how long, a unit of measure for how far, money for how much it cost) or the counted X of how many X",
    "responder": "a response or stance is asked and the candidate is in the predicate of a clause whose subject is the "
                 "responder (1) or a personal pronoun (0.5): qa/respond.py",
    "focus_act": "the candidate is a predicate span answering what X did, underwent or resulted in, by its credit "
                 "(qa/predicate.py)",
    "exchanged": "an exchange is asked (What did X get in return for Y?) and the candidate is what a sentence's "
                 "exchange gave back (qa/exchange.py)",
    "span_role": "a thing is asked and the candidate is a parse span whose role fills the asked slot of an aligned "
                 "verb (qa/span_role.py)",
    "quoted_name": "a thing's name is asked and the candidate is a name its sentence gives: a short quotation or a name "
                   "after a naming word (qa/quoted_name.py)",
    "felt": "a feeling may answer (How did X feel / react?) and the candidate is a word of feeling, by how surely "
            "its experiencer is X (qa/feeling.py)",
    "shaped": "the candidate is the constituent filling the slot the question names by its shape: the modified "
              "phrase of the asked kind, what a word of desire or fear governs (qa/shaped.py)",
    "duration": "how long / how many years is asked and the candidate states an amount of time: a number and a unit of "
                "time, a 'month-long' / '30-year' adjective, or a range of two dates (qa/duration.py; not a count of "
                "other things, not a point on the calendar)",
    "members_short": "the question asks several (a plural, a count, 'who were …') and the candidate names fewer "
                     "(one name, or fewer conjoined members than the count asked: 'which two X')",
    "members_match": "the question asks several and the candidate's conjoined members are as many as asked (two or "
                     "more when no count is asked)",
    "kind_near": "the candidate's head noun is the asked noun, a kind of it, or a kind next to it in WordNet (one "
                 "hypernym step: 'which law' answered by an act, 'the deal' by an agreement)",
    "role_other": "the candidate is an argument of a word aligned with the question's verb in another role than "
                  "the asked one ('Who signed for X?' answered by the one signed for)",
    "beside_asked": "the word the candidate depends on also governs one of the question's names or nouns (the "
                    "candidate stands in the clause that states the question's participants)",
    "kind_clash": "the asked noun names a kind (a person, a place, a date, an amount, or a thing that is none of "
                  "these) and the candidate is of another ('which law' answered by a person's name)",
    "share": "the best candidate's share of the pooled scores",
    "top3": "the three best candidates' joint share of the pooled scores",
    "entropy": "entropy of the pooled scores' shares over the log of their count (0: one answer stands out)",
    "candidates": "log(1 + candidate answers) / log(50), at most 1",
    "best_coverage": "the coverage of the best-covered examined sentence (how well the texts cover the question)",
    "margin": "its lead over the runner-up's share",
    "asked_unnamed": "the sentence holds the asked noun ('which officer': 'an officer') with no tie to the candidate: "
                     "it mentions the asked one without naming it",
    "qualifier_missing": "share of the asked noun's modifiers ('which *Siberian* river', 'the *second* pilot') "
                         "with no counterpart in the sentence",
    "approximate": "the candidate's number is bounded or hedged in its sentence ('over 60', 'up to 50%')",
    "constraint_missing": "share of the question's numbers, years, ordinals and superlatives the sentence does not state",
    "year_conflict": "the question names a year; the sentence states years, none of them that one",
    "governed": "the candidate's head hangs on the word aligned with the question's predicate inside its clause",
    "clause_crossed": "the candidate reaches the aligned word only through another clause (relative, adverbial, complement)",
    "roles_reversed": "a name the question makes the doer (undergoer) of its predicate is the undergoer (doer) of the aligned word",
    "asked_tied": "the asked noun ('who was the captain') is in the candidate or names it (apposition, compound, copula, 'of')",
    "asked_absent": "the asked noun ('which official') is neither in the sentence nor any kind of it",
    "rival_stated": "another document states another answer of the expected kind in the asked slot of the aligned word",
    "section_stage": "the sentence was examined only because section-level retrieval chose its section (qa/retrieve.py)",
    "selected": "the sentence was examined only because the learned selection stage chose it (qa/select.py)",
    "selection": "the selection stage's probability that the sentence states the answer (qa/select.py; 0 when off)",
    "section_share": "the BM25 score of the sentence's section for the question's words and their relatives (section "
                     "retrieval, qa/retrieve.py) over the best section's (0: its section holds none of them)",
    "document_share": "share of the examined sentences that stand in the sentence's document",
    "names_elsewhere": "share of the question's names found only in the sentence's context (title, sentences before), "
                       "not in the sentence: its participants are in the neighbourhood",
    "slot_agrees": "the candidate fills the asked slot of an aligned predicate and is of the expected kind",
    "frame_filled": "the candidate fills (or depends in the asked role on) the asked slot of an aligned word whose other "
                    "arguments hold the question's participants (in_slot or role_slot times argument_match)",
    "aligned_coverage": "the sentence's coverage when the question's predicate has a counterpart in it, else 0",
    "top_score": "the best answer's own ranking score (log of its pooled score, scaled): how good it is by itself, "
                 "not only against its rivals",
    "alike_share": "the pooled share of the answers that are the best one in other words (its words hold theirs or "
                   "theirs its), itself included",
    "alike_documents": "documents stating the best answer or one alike, beyond the first, over AGREE documents (at most 1)",
    "distinct_lead": "alike_share less the share of the best answer that is not the best one in other words",
    **{f"holds_{h}": f"the sentence holds the question's {h} (share; 1 when the question has none)" for h in HELD},
    **{f"alone_{h}": f"what the sentence holds of the question's {h} less the most any other examined sentence holds"
       for h in HELD},
    **{f"over_best_{h}": f"what the sentence holds of the question's {h} less what the best-covered other sentence holds"
       for h in HELD},
    "event_slot": "the candidate fills (or depends in the asked role on) the slot of a word aligned with the question's predicate",
    **{f"unaligned_{kind}": f"a {kind} is asked and the sentence has no counterpart of the question's predicate"
       for kind in FACTOIDS},
    "intercept": "the log-odds of a right answer when every feature is 0",
    "asks_plural": "the question asks for several (a plural which-noun)",
    "asks_negated": "the question is negated",
}


def describe(name: str) -> str:
    """What a feature of the fitted tables measures."""
    if name in DESCRIPTIONS:
        return DESCRIPTIONS[name]
    prefix, _, rest = name.partition("_")
    return {"kind": f"the candidate is of kind {rest}", "span": f"parse span in the role {rest}",
            "asks": f"the question expects a {rest}"}.get(prefix, name)


def question_overlap(text: str, own: set[str]) -> float:
    """Share of a candidate's content words that are words of the question (an answer rarely repeats it)."""
    found = [w for w in WORD.findall(text) if fold(w) not in STOPWORDS]
    if not found:
        return 0.0
    return sum(1 for w in found if base_forms(w) & own) / len(found)


def features(cand: Any, q: Any, context: Mapping[str, Any]) -> dict[str, float]:
    """The numbers a candidate is ranked by (all in about [0, 1.3]).

    ``context`` holds per-question values: ``best_score`` (the highest hand-set
    score), ``order`` (sentence id -> place in the coverage order), ``best_rank``
    (the best BM25 rank), ``support`` (answer key -> sentences stating it),
    ``own`` (base forms of the question's words but the asked noun's), ``head`` (the asked noun's:
    "which *office*" answered by "the Survey Office"), ``proximity`` (a function)."""
    s = cand.sentence
    missing = {w for w, _ in s.missing}
    events = [w for w in q.content if w not in q.light]
    words = len(WORD.findall(cand.text))
    out = {
        "rule_share": cand.score / context["best_score"] if context["best_score"] > 0 else 0.0,
        "coverage": s.coverage,
        "exact": s.exact,
        "indirect": s.indirect,
        "coverage_gap": max(0.0, context.get("best_coverage", s.coverage) - s.coverage),
        "sentence_length": min(1.0, math.log1p(len(WORD.findall(s.text))) / math.log(SENTENCE_WORDS_FULL)),
        "terminal": float(bool(TERMINAL.search(s.text))),
        "fit": min(1.3, cand.fit),
        "proximity": context["proximity"](cand),
        "in_slot": float(cand.in_slot),
        "off_slot": float(not cand.in_slot and any(x.kind != "truth" for x in s.slots)),
        "resolved": float(cand.resolved),
        "aligned": float(s.aligned and not s.other_act),
        "sentence_first": float(context["order"].get(s.id, 99) == 0),
        "sentence_order": 1.0 / (1 + context["order"].get(s.id, 99)),
        "bm25_share": s.rank / context["best_rank"] if context["best_rank"] < 0 else 0.0,
        "heading": float(s.heading),
        "neighbour": float(s.neighbour),
        "follower": float(s.follower == 1),
        "follower_far": float(s.follower == 2),
        "support": min(3, context["support"].get(cand.key, 1)) / 3,
        "question_overlap": question_overlap(cand.text, context["own"]),
        "anchor_path": anchor_path(context.get("parses", {}).get(s.id), cand.start - s.start, cand.end - s.start),
        "names_head": float(bool(context["head"]) and any(base_forms(w) & context["head"] for w in WORD.findall(cand.text))),
        "length": min(1.0, math.log1p(words) / math.log(40)),
        "whole_sentence": float(cand.kind == "sentence" or (cand.start <= s.start + 1 and cand.end >= s.end - 2)),
        "missing_name": float(bool(missing & set(q.names) - q.background or q.names and set(q.names) <= missing)),
        "missing_event": float(q.expects in ("date", "place") and bool(events) and events[-1] in missing),
        "capitalised": float(cand.text[:1].isupper()),
        "align_credit": s.align_credit,
        "missing_top": max((w for _word, w in s.missing), default=0.0) / context["total_weight"]
        if context.get("total_weight") else 0.0,
        "missing_content": sum(w for word, w in s.missing if word not in q.names) / context["total_weight"]
        if context.get("total_weight") else 0.0,
        "predicate_missing": float(bool(q.predicate) and q.predicate not in q.light
                                   and any(q.predicate in base_forms(word) for word in missing)),
    }
    out["named_by"] = named_by(s.text, cand.start - s.start)
    # round 57 askv57: a name the sentence gives, by quotation marks or a naming word, when a name is asked
    out["quoted_name"] = given(cand.start - s.start, cand.end - s.start, getattr(s, "quoted", []), out["named_by"], q)
    memo = context.get("per_sentence")  # a property of the sentence: once per sentence when the caller keeps a memo
    parsed = context.get("parses", {}).get(s.id)
    out["argument_match"] = _per_sentence(memo, ("argument_match", s.id), lambda: argument_match(parsed, q))
    out.update(head_features(parsed, cand.start - s.start, cand.end - s.start, q))
    if context.get("asked_form", True):  # round 39: measured, or read by a table (ask._rank decides)
        out.update(asked_form(parsed, cand.start - s.start, cand.end - s.start, cand.kind, q,
                              context.get("asked_kind", True)))
    out["stated_role"] = out["stated_loose"] = 0.0
    if context.get("stated", True):  # round 53: measured, or read by a table (ask._rank decides)
        token = head_token(parsed, cand.start - s.start, cand.end - s.start)
        running, credits = out["terminal"] > 0 and not s.heading, getattr(s, "credits", {})
        out["stated_role"] = stated_role(token, credits, q, running)
        out["stated_loose"] = stated_role(token, credits, q, running, least=0.0)  # any aligned word
    out["precision_short"] = precision_short(cand.edtf, q)
    out["unit_fits"] = unit_fits(cand.text, q)
    # round 53 askquant: an amount of the asked dimension or counting the asked noun (qa/dimension.py)
    out["quantity_agrees"] = dimension.agreement(cand.text, q) if cand.kind == "quantity" else 0.0
    # … stated for the question's predicate: the sentence aligns with it, or it is the measuring verb itself ("weigh")
    out["quantity_stated"] = out["quantity_agrees"] * max(out["aligned"], float(dimension.measuring(q)))
    out["duration"] = float(cand.kind != "sentence" and asks_duration(q) and reads_duration(cand.text))
    # round 54 askslot: the constituent filling the slot the question names by its shape (qa/shaped.py)
    out["shaped"] = fills(cand.start - s.start, cand.end - s.start, getattr(s, "shaped", []))
    # round 55 askv55: a predicate span answering "What did X do / happened to X / the result of X" (qa/predicate.py)
    out["exchanged"] = within(cand.start - s.start, cand.end - s.start, getattr(s, "exchanged", []))
    out["felt"] = felt(cand.start - s.start, cand.end - s.start, getattr(s, "felt", []))
    out["focus_act"] = float(cand.in_slot) if getattr(q, "act_focus", None) is not None else 0.0
    out["responder"] = responder_act(
        parsed[0] if parsed else None, head_token(parsed, cand.start - s.start, cand.end - s.start),
        out["whole_sentence"] > 0, q.responder, set(getattr(q, "others", ())), frozenset(getattr(s, "elsewhere", ())),
    ) * _tied_to_event(q, missing) if getattr(q, "responder", ()) else 0.0
    out.update(near_miss(parsed, cand.start - s.start, cand.end - s.start, q, missing))
    if context.get("statement", True):
        out.update(statement(parsed, cand.start - s.start, cand.end - s.start, q,
                             missing, out["aligned"] > 0))
    # of the expected kind by its type, or by its own words ("which office": "the Survey Office")
    out["agrees"] = max(float(cand.kind in AGREEING.get(q.expects, frozenset())), out["names_head"])
    out.update(frame_features(out, s, q))
    documents = context.get("documents")
    out["document_share"] = documents[s.document] / max(1, sum(documents.values())) if documents else 0.0
    if context.get("relative", True):  # a property of the sentence too
        out.update(_per_sentence(memo, ("holds", s.id), lambda: holds(parsed, s, q, missing, out["aligned"],
                                                                      context.get("frame", True))))
    for kind in KINDS:
        out[f"kind_{kind}"] = float(cand.kind == kind)
    for name in STRUCTURE:
        out[name] = cand.structure.get(name, 0.0)
    # round 56 askrole56: a parse span filling the asked role of the aligned verb when a thing is asked
    out["span_role"] = span_role(cand.kind, cand.structure, out.get("role_slot", 0.0), q)
    return out


def _tied_to_event(q: Any, missing: set[str]) -> float:
    """For a response asked: 1 when the sentence (or its context) holds a word of what was responded to — a content
    word of the question that is neither the responder's nor the response verb — or when the question has none;
    0 when every such word is missing (X's act about something else). ``RESPONSE["tied"]`` 0: always 1."""
    if not RESPONSE["tied"]:
        return 1.0
    words = set(q.responder) | {q.predicate or ""} | set(q.light)
    event = [w for w in q.content if w not in words]
    return float(not event or any(w not in missing for w in event))


def _per_sentence(memo: dict | None, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, once per key when the caller keeps a ``memo`` (a property of the sentence, not the
    candidate)."""
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def frame_features(out: Mapping[str, float], s: Any, q: Any) -> dict[str, float]:
    """Round 21 (measured as ranking inputs, ``PROPOSED``): whether the candidate fills the asked slot of the act the
    question names with the question's own participants around it, rather than only sharing its words; and where
    the sentence was found and where its participants are."""
    filled = max(out["in_slot"], out.get("role_slot", 0.0))
    names = set(q.names)
    return {
        "section_stage": float(getattr(s, "added", False)),
        "selected": float(getattr(s, "selected", False)),
        "selection": getattr(s, "selection", 0.0),
        "section_share": getattr(s, "section_share", 0.0),
        "names_elsewhere": len(set(getattr(s, "elsewhere", ())) & names) / len(names) if names else 0.0,
        "slot_agrees": out["in_slot"] * out["agrees"],
        "frame_filled": filled * out["argument_match"],
        "aligned_coverage": out["aligned"] * out["coverage"],
    }




def holds(parsed: tuple[Any, frozenset[int]] | None, s: Any, q: Any, missing: set[str], aligned: float,
          frame: bool = True) -> dict[str, float]:
    """Round 22: how much of the question's constraints the candidate's sentence holds (``holds_*``, absolute;
    read by no table — the ranker reads them relative to the other examined sentences, ``relative``): the
    question's years, its names, the asked noun or a kind of it ("which river": "the Volga river"), its numbers,
    ordinals and superlatives, its predicate (aligned), and its words (coverage). 1 when the question has none
    of them: every sentence then holds them alike."""
    years = [y for y in q.years if y not in q.background]
    stated = set(YEAR.findall(s.text))
    names = set(q.names) - q.background
    out = {
        "holds_year": sum(y in stated for y in years) / len(years) if years else 1.0,
        "holds_names": 1.0 - len(names & missing) / len(names) if names else 1.0,
        "holds_asked": 1.0,
        "holds_constraints": 1.0,
        "holds_aligned": aligned,
        "holds_coverage": s.coverage,
        # round 47: measured, read by no table (``FRAMED``); 1 (every sentence alike) unless measured or read
        "holds_frame": sentence_frame(parsed, q) if frame else 1.0,
    }
    if parsed is not None and q.head and q.expects in ("person", "place", "named", "list", "quantity"):
        out["holds_asked"] = float(q.head not in missing or asked_in(parsed[0], q.head))
    wanted = [w for w in question_constraints(q.text, q.head or "", frozenset(q.background)) if w not in years]
    if wanted and parsed is not None:
        forms = sentence_forms(parsed[0])
        out["holds_constraints"] = sum(_stated(word, forms, missing, q) for word in wanted) / len(wanted)
    return out


def relative(found: Sequence[Any]) -> None:
    """Round 22: each ``holds_*`` of a candidate's sentence against the other examined sentences that offer
    candidates — ``alone_*``: what it holds less the most any other sentence holds (+1: it alone holds the
    question's year; -1: another holds it and it does not); ``over_best_*``: less what the best-covered other
    sentence holds (the usual winner: it shares the question's words, may lack a constraint). Written into
    ``cand.features``; a question with one sentence gets 0 throughout."""
    held: dict[int, Mapping[str, float]] = {}
    for cand in found:
        held.setdefault(cand.sentence.id, cand.features)
    ranked = sorted(held, key=lambda sid: -held[sid].get("holds_coverage", 0.0))  # stable: first seen first
    values: dict[int, dict[str, float]] = {sid: {} for sid in held}
    for name in HELD:
        key = f"holds_{name}"
        top = sorted(held, key=lambda sid: -held[sid].get(key, 0.0))[:2]  # the two sentences holding the most
        for sid, own in held.items():
            mine = own.get(key, 0.0)
            other_max = next((held[o].get(key, 0.0) for o in top if o != sid), mine)
            best_other = next((o for o in ranked[:2] if o != sid), sid)
            values[sid][f"alone_{name}"] = mine - other_max
            values[sid][f"over_best_{name}"] = mine - held[best_other].get(key, 0.0)
    for cand in found:
        cand.features.update(values[cand.sentence.id])


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "dative", "attr", "prep"})  # a verb's participants


def argument_match(parsed: tuple[Any, frozenset[int]] | None, q: Any) -> float:
    """Share of the question's subject names and object nouns ("When did *X* proclaim the *blockade*?")
    found among the arguments of the sentence's words aligned with its predicate (subject, object,
    agent, prepositional phrases): the sentence states the same act of the same participants, not
    another act that shares a word with the question ("the navy established blockades")."""
    wanted = {w for w in (getattr(q, "subject", set()) | getattr(q, "objects", set())) if w}
    if parsed is None or not wanted:
        return 0.0
    doc, anchors = parsed
    found: set[str] = set()
    for i in anchors:
        for child in _dependents(doc[i]):
            if child.dep_ in ARGUMENTS:
                for token in child.subtree:
                    forms = base_forms(token.text)
                    found |= {w for w in wanted if w in forms or base_forms(w) & forms}
    return len(found) / len(wanted)


def head_token(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int) -> Any | None:
    """The syntactic head of the words between ``start`` and ``end`` (sentence offsets), or None."""
    if parsed is None:
        return None
    doc = parsed[0]
    starts = doc.user_data.get("token_starts")  # kept with the parse (qa/parse.py caches it)
    if starts is None:
        starts = doc.user_data["token_starts"] = [t.idx for t in doc]
    for token in doc[bisect_left(starts, start):bisect_left(starts, end)]:
        if not start <= token.head.idx < end or token.head.i == token.i:
            return token
    return None


def head_features(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int, q: Any) -> dict[str, float]:
    """What the candidate's head word says: its role for an aligned word (through a preposition), its
    WordNet kind against the expected one, and whether it is a kind of the asked noun."""
    token = head_token(parsed, start, end)
    out = {"role_slot": 0.0, "head_category": 0.0, "head_kind_of": 0.0, "count_mismatch": 0.0}
    if token is None or parsed is None:
        return out
    anchors = parsed[1]
    label, prep = token.dep_, None
    if label in ("pobj", "pcomp") and token.head.dep_ == "prep":
        label, prep = "prep", token.head.lower_
        governor = token.head.head
    else:
        governor = token.head
    role = ROLES.get(label)
    out["role_slot"] = float(governor.i in anchors and role is not None and slot_match(role, prep, q))
    noun = token.pos_ in ("NOUN", "PROPN")  # the parser's lemmatizer is off: WordNet's morphology reads the word
    kind = category(token.text if token.pos_ == "PROPN" else token.lower_) if noun else None
    wanted = {"quantity": ("money", "percent", "measure")}.get(q.expects, (q.expects,))
    out["head_category"] = float(kind is not None and kind in wanted)
    # "which waterway": a river; not for amounts, whose asked noun is what is counted ("how many towns"); a name
    # typed by its title word ("which ship": "HMS Resolution", "the frigate Constitution")
    out["head_kind_of"] = float(bool(q.head) and q.expects != "quantity" and noun
                                and (kind_of(token.lower_, q.head)
                                     or fold(token.text) not in q.names and titled(parsed[0], token, q.head)))
    # "how many sheep": "about 12 acres" counts something else (a bare number or "men" itself does not)
    out["count_mismatch"] = float(bool(q.head) and q.expects == "quantity" and noun and q.unit is None
                                  and not kind_of(token.text if token.pos_ == "PROPN" else token.lower_, q.head))
    return out


# Round 45: the kinds of thing (lexical.category, from WordNet hypernyms) whose noun states an amount of the unit a
# quantity question asks (qa/question.py ``Question.unit``); a frequency ("how often": "times") has no such kind
UNIT_KINDS: dict[str, frozenset[str]] = {
    "duration": frozenset({"date"}),  # how long, how soon: years, months, weeks (time periods and time units)
    "measure": frozenset({"measure", "money"}),  # how far, how big, how heavy: miles, tons, dollars
    "money": frozenset({"money", "measure"}),  # how much did it cost: dollars, pounds, francs
    "percent": frozenset({"percent"}),  # what share, what percentage: percent, proportion
}


def unit_fits(text: str, q: Any) -> float:
    """Does the quantity answer state the amount of what is asked? The noun ending the candidate (a quantity reads
    number, then unit or counted noun: "27 years", "two miles", "some 8.7 million soldiers") is of the asked unit's
    kind (``UNIT_KINDS``), or for "how many X" X or a kind of it. 0 when no quantity is asked, the candidate ends
    in no word ("200,000") or the question names neither unit nor counted noun."""
    if q.expects != "quantity":
        return 0.0
    words = [w for w in WORD.findall(text) if w[:1].isalpha()]
    if not words:
        return 0.0
    noun = words[-1]
    if q.unit in UNIT_KINDS:
        return float(category(noun) in UNIT_KINDS[q.unit])
    if q.unit is None and q.head:
        return float(kind_of(noun.lower(), q.head))
    return 0.0


def titled(doc: Any, token: Any, asked: str) -> bool:
    """A proper name typed by its title word where no entity type says what it is (round 40): a common noun or a
    title before the name, or a compound inside it, that is the asked noun or a kind of it in WordNet ("which
    ship": "the frigate *Constitution*"; "which general": "General Grant"), or a vessel's prefix (lexicon
    ``vessel_words``: "HMS Resolution", "the U.S.S. Ticonderoga") when the asked noun is a kind of vessel."""
    if token.pos_ != "PROPN":
        return False
    titles = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i < token.i]
    if token.i > 0 and doc[token.i - 1].pos_ in ("NOUN", "ADJ") and doc[token.i - 1].head.i == token.i:
        titles.append(doc[token.i - 1])
    for title in titles:
        word = title.lower_.replace(".", "")
        if word in vessel_titles():
            if vessel_kind(asked):
                return True
        elif word != token.lower_ and word.isalpha() and common_kind_of(word, asked):
            return True
    return False


@lru_cache(maxsize=1)
def vessel_titles() -> frozenset[str]:
    """The vessel words of the lexicon (``vessel_words``: ship nouns and navies' prefixes), dots dropped."""
    return frozenset(e.value.lower().replace(".", "") for e in lexicon.entries("vessel_words"))


@lru_cache(maxsize=4096)
def vessel_kind(asked: str) -> bool:
    """The asked noun is one of the lexicon's vessel words or a kind of one ("which steamer", "what vessel")."""
    return any(kind_of(asked, word) for word in vessel_titles())


# The kinds a candidate's type stands for, set against the kind the asked noun names (qa.lexical.category): a
# quantity is an amount of any unit; an organization, a named thing or a term is none of these kinds.
TYPE_CATEGORY: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}), "place": frozenset({"place"}), "date": frozenset({"date"}),
    "quantity": frozenset({"money", "percent", "measure"}),
}


def asked_form(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int, kind: str, q: Any,
               kinds: bool = True) -> dict[str, float]:
    """Round 39: whether the candidate has the form the question asks: as many members as asked ("which *two* X",
    "who were X's partners": a list, not one name), and the kind the asked noun names ("which law": an act, a
    kind next to a law in WordNet — not a person's name). Without ``kinds`` only the members are read (what a
    table reads: the kind and role inputs cost a WordNet walk and a parse walk per candidate)."""
    out = {"members_short": 0.0, "members_match": 0.0, "kind_near": 0.0, "kind_clash": 0.0, "role_other": 0.0,
           "beside_asked": 0.0}
    token = head_token(parsed, start, end)
    if kinds and token is not None and parsed is not None:
        out.update(asked_role(token, parsed[1], q))
    wanted = asked_count(q.text, q.head or "") if q.several else 0
    # "What were the X called?" asks one name for them all ("zaibatsu"), unless it counts them ("the two X")
    if q.several and q.expects != "sentence" and (not q.naming or wanted > 1):
        found = members(parsed, start, end) if token is not None else 1 + (kind == "list")
        out["members_short"] = float(found < max(2, wanted))
        out["members_match"] = float(found == wanted if wanted > 1 else found > 1)
    asked = q.head or q.kind_noun
    if not kinds or not asked or q.expects in ("date", "quantity", "sentence", "truth"):
        return out
    word = token.lower_ if token is not None and token.pos_ in ("NOUN", "PROPN") else None
    out["kind_near"] = float(word is not None and near_kind(word, asked))
    wanted_kind = category(asked)
    own = TYPE_CATEGORY.get(kind)
    if own is None and word is not None and kind not in ("clause", "sentence", "span", "list"):
        head_kind = category(word)
        own = frozenset({head_kind}) if head_kind else None
    if wanted_kind is None:  # a thing that is no person, place, date or amount: a person's name is not one
        out["kind_clash"] = float(kind == "person" and known_noun(asked) and not kind_of(asked, "person"))
    elif own is not None:
        out["kind_clash"] = float(wanted_kind not in own)
    return out


def asked_role(token: Any, anchors: frozenset[int], q: Any) -> dict[str, float]:
    """The candidate's role beside the question's matched verb and nouns: ``role_other``, it is an argument of a
    word aligned with the question's verb (through at most a preposition) in a role that is not the asked one ("Who
    signed for X?": the one signed *for*, not the signer); ``beside_asked``, the word it depends on also governs
    one of the question's own names or nouns (it stands in the clause that states the asked participants)."""
    label, prep, governor = token.dep_, None, token.head
    if label in ("pobj", "pcomp") and token.head.dep_ == "prep":
        label, prep, governor = "prep", token.head.lower_, token.head.head
    role = ROLES.get(label)
    participants = (set(q.subject) | set(q.objects) | set(q.names)) - set(q.background)
    beside = False
    if participants and governor.i != token.i:
        for child in _dependents(governor):
            if child.i == token.i or child.i == token.head.i:
                continue
            words = {fold(t.text) for t in child.subtree}
            if participants & words or any(base_forms(w) & participants for w in words):
                beside = True
                break
    return {"role_other": float(governor.i in anchors and role is not None and not slot_match(role, prep, q)),
            "beside_asked": float(beside)}


def members(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int) -> int:
    """The members a candidate names: 1 + its nouns, names and numbers joined to another of its words as
    conjuncts ("France and Italy", "A, B and C")."""
    if parsed is None:
        return 1
    doc = parsed[0]
    starts = doc.user_data.get("token_starts") or [t.idx for t in doc]
    span = doc[bisect_left(starts, start):bisect_left(starts, end)]
    return 1 + sum(1 for t in span if t.dep_ == "conj" and start <= t.head.idx < end
                   and t.pos_ in ("NOUN", "PROPN", "NUM"))


@lru_cache(maxsize=4096)
def asked_count(question: str, asked: str) -> int:
    """The count the question gives the asked noun ("which *two* senators": 2; 0 when none)."""
    from vitrina.extract.numbers import parse_number
    from vitrina.qa.parse import parse

    for token in parse(question):
        if token.dep_ == "nummod" and asked and asked in base_forms(token.head.text) | {fold(token.head.text)}:
            value = parse_number(token.text)
            if value is not None and value == int(value):
                return int(value)
    return 0


@lru_cache(maxsize=4096)
def known_noun(word: str) -> bool:
    """WordNet knows ``word`` as a noun (its kind can be told)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and any(wn.synsets(f.replace(" ", "_"), "n") for f in base_forms(word))


# Ties between the asked noun and the answer's head: "the archbishop, X" (apposition), "diplomat X" (compound),
# "X, the spokesman" and "X was the spokesman" (copula), "the pilot named X" (object complement).
NAMING_DEPS = frozenset({"appos", "compound", "nmod", "attr", "oprd"})
LINKED_DEPS = frozenset({"pobj", "oprd", "attr", "appos", "compound", "dobj"})  # a name one word away (not a conjunct)
HEDGES = frozenset({"quantmod", "advmod"})  # a number's bound or hedge: "over 60", "nearly 500", "up to 50%"


def near_miss(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int, q: Any,
              missing: set[str]) -> dict[str, float]:
    """What a near miss looks like in the candidate's sentence (inputs of the confidence only): the asked
    noun there but tied to something else ("an intelligence officer" unnamed beside the journalist's
    name), the asked noun's modifiers absent (the *second* pilot), the number only bounded ("over 60")."""
    asked = q.head or q.kind_noun
    qualifiers = asked_modifiers(q.text, asked) if asked else ()
    out = {"asked_unnamed": 0.0, "approximate": 0.0,
           "qualifier_missing": sum(w in missing for w in qualifiers) / len(qualifiers) if qualifiers else 0.0}
    token = head_token(parsed, start, end)
    if token is None or parsed is None:
        return out
    doc = parsed[0]
    if asked and q.expects in ("person", "place", "named"):
        out["asked_unnamed"] = float(any(not start <= t.idx < end and not _tied(t, token)
                                         for t in asked_nouns(doc, asked)))
    starts = doc.user_data["token_starts"]  # set by head_token above
    numbers = [t for t in doc[bisect_left(starts, start):bisect_left(starts, end)] if t.like_num]
    out["approximate"] = float(any(c.dep_ in HEDGES and c.pos_ in ("ADV", "ADP", "ADJ") for n in numbers
                                   for c in n.children))
    return out


MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod"})  # a noun's restricting modifiers


@lru_cache(maxsize=4096)
def asked_modifiers(question: str, asked: str) -> tuple[str, ...]:
    """The folded modifiers of the asked noun in the question's parse ("which *Siberian* river", "the
    *second* pilot", "the *Army intelligence* officer"): what restricts which one is asked."""
    from vitrina.qa.parse import parse

    out: list[str] = []
    for token in parse(question):
        if token.pos_ in ("NOUN", "PROPN") and asked in (fold(token.lemma_), fold(token.text)):
            out += [fold(c.text) for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i
                    and c.is_alpha and fold(c.text) not in STOPWORDS]
    return tuple(dict.fromkeys(out))


def asked_nouns(doc: Any, asked: str) -> list[Any]:
    """The common nouns of a parsed sentence that are the asked noun, once per sentence and noun (every candidate
    of the sentence reads them: iterating the parse per candidate was a large share of ask's time)."""
    seen = doc.user_data.setdefault("asked_nouns", {})
    if asked not in seen:
        seen[asked] = [t for t in doc if t.pos_ == "NOUN" and _is_asked(t, asked)]
    return list(seen[asked])


def _is_asked(token: Any, head: str) -> bool:
    """The sentence word is the asked noun (any inflection)."""
    return head in base_forms(token.lower_)


def _tied(noun: Any, answer: Any) -> bool:
    """The asked noun names or is named by the answer's head: directly (apposition, compound, complement),
    through one preposition or participle ("the town *of* X", "every country *except* X", "a ship *named*
    X"), or as subject and complement of one copula."""
    for a, b in ((noun, answer), (answer, noun)):
        if a.head.i == b.i and a.dep_ in NAMING_DEPS:
            return True
        link = a.head
        if a.dep_ in LINKED_DEPS and link.head.i == b.i and link.i != b.i and (link.pos_ == "ADP" or link.dep_ in ("prep", "acl", "appos")):
            return True
    return noun.head.i == answer.head.i and {noun.dep_, answer.dep_} & {"attr", "oprd"} != set()


# Arcs that open another clause: a word under the aligned predicate through one of them belongs to another act
# ("the envoy *who* signed …", "after X had fallen …", "said *that* …"), not to the one asked about.
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj", "csubjpass", "pcomp"})
YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")  # a four-digit year of the last millennium


def statement(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int, q: Any,
              missing: set[str], aligned: bool) -> dict[str, float]:
    """Whether the sentence states what was asked, not only something about the same people (inputs of the
    confidence only): the share of the question's constraints — its numbers and years, its ordinals ("the
    *second* pilot", "his *first* trip"), its superlatives — that the sentence does not state; a year the
    question names while the sentence states only other years; the candidate governed by the word aligned
    with the question's predicate inside that word's own clause, or reached from it only through another
    clause."""
    out = {"constraint_missing": 0.0, "year_conflict": 0.0, "governed": 0.0, "clause_crossed": 0.0,
           "roles_reversed": 0.0, "asked_absent": 0.0, "asked_tied": 0.0}
    if parsed is None:
        return out
    doc, anchors = parsed
    forms = sentence_forms(doc)
    if q.head and q.expects in ("person", "place", "named", "list"):
        out["asked_absent"] = float(not asked_in(doc, q.head))
    wanted = question_constraints(q.text, q.head or "", frozenset(q.background))
    if wanted:
        out["constraint_missing"] = sum(not _stated(word, forms, missing, q) for word in wanted) / len(wanted)
    years = [y for y in q.years if y not in q.background]
    stated = set(YEAR.findall(doc.text))
    out["year_conflict"] = float(bool(years) and bool(stated) and not stated & set(years))
    token = head_token(parsed, start, end)
    asked = q.head or q.kind_noun
    if token is not None and asked and q.expects in ("person", "place", "named"):
        # "Who was the captain of X?": the relational noun names the candidate ("Captain Y", "Y, the captain")
        out["asked_tied"] = float(any(_is_asked(t, asked) and (_tied(t, token) or start <= t.idx < end) for t in doc
                                      if t.pos_ in ("NOUN", "PROPN")))
    if not aligned:
        return out
    out["roles_reversed"] = float(reversed_roles(doc, anchors, q))
    if token is None:
        return out
    arcs, crossed = 0, False
    while token.i not in anchors:
        if token.head.i == token.i or arcs > STATEMENT_ARCS:
            return out
        crossed = crossed or (arcs > 0 and token.dep_ in CLAUSE_DEPS)  # the candidate's own arc is its slot
        token, arcs = token.head, arcs + 1
    out["governed"] = float(not crossed)
    out["clause_crossed"] = float(crossed)
    return out


DOER_DEPS = frozenset({"nsubj", "agent"})  # who acts: the subject, or the "by" phrase of a passive
UNDERGOER_DEPS = frozenset({"dobj", "dative", "nsubjpass"})  # what the act is done to: object, recipient, passive subject


def reversed_roles(doc: Any, anchors: frozenset[int], q: Any) -> bool:
    """A name the question gives the doer of its predicate stands on the undergoer's side of the aligned word
    in the sentence, and not on the doer's, or the reverse ("Who replaced X?" / "Y was replaced by X"): the
    sentence states the relation the other way round. A passive question's subject is its undergoer."""
    doers, undergoers = (q.objects, q.subject) if q.passive else (q.subject, q.objects)
    names = set(q.names)
    doers, undergoers = doers & names, undergoers & names
    if not doers and not undergoers:
        return False
    doing: set[str] = set()
    undergoing: set[str] = set()
    for i in anchors:
        for child in _dependents(doc[i]):
            side = doing if child.dep_ in DOER_DEPS else undergoing if child.dep_ in UNDERGOER_DEPS else None
            if side is not None:
                side |= {fold(t.text) for t in child.subtree}
    return bool(doers & undergoing - doing or undergoers & doing - undergoing)


def asked_in(doc: Any, head: str) -> bool:
    """The sentence holds the asked noun or a kind of it ("which official": "the minister"), once per
    sentence and noun."""
    seen = doc.user_data.setdefault("asked", {})
    if head not in seen:
        seen[head] = any(t.pos_ in ("NOUN", "PROPN") and kind_of(t.lower_, head) for t in doc)
    return bool(seen[head])


def sentence_forms(doc: Any) -> frozenset[str]:
    """Every word of a parsed sentence with its WordNet base forms (kept with the parse)."""
    cached = doc.user_data.get("forms")
    if cached is None:
        cached = doc.user_data["forms"] = frozenset(f for t in doc for f in base_forms(t.text) | {fold(t.text)})
    return cached


@lru_cache(maxsize=4096)
def question_constraints(question: str, asked: str, background: frozenset[str]) -> tuple[str, ...]:
    """The folded words of a question that restrict which fact is asked, from its parse: numbers and
    years (not the count of the asked noun: "which *two* senators"), ordinals (spaCy's ``like_num``
    knows "first", "second"), superlatives (tag JJS: "the *largest* ship"); none of the scene set by an
    adverbial clause (``background``)."""
    from vitrina.qa.parse import parse

    out: list[str] = []
    for token in parse(question):
        word = fold(token.text)
        if word in background or not token.text[:1].isalnum():
            continue
        counted = token.dep_ == "nummod" and asked in (fold(token.head.lemma_), fold(token.head.text))
        ordinal = token.like_num and token.tag_ != "CD" and token.is_alpha
        if token.tag_ == "CD" and not counted or ordinal or token.tag_ == "JJS" and word not in STOPWORDS:
            out.append(word)
    return tuple(dict.fromkeys(out))


def _stated(word: str, forms: frozenset[str], missing: set[str], q: Any) -> bool:
    """A constraint of the question is stated by the sentence: by the coverage's account when it is a
    content word (its relatives and the sentence's context count there), else by the word itself, a base
    form of it or a close WordNet relative ("first" / "initial")."""
    if word in q.content:
        return word not in missing
    own = base_forms(word)
    if own & forms:
        return True
    return any(c >= LEXICAL["synonym"] and form in forms for w in own for form, c in related(w, "a").items())


def asked_precision(q: Any) -> int:
    """The precision a date question's asked noun names (1 year, 2 month, 3 day; 0: none named)."""
    if q.expects != "date" or not q.head:
        return 0
    return _named_precision(q.head)


@lru_cache(maxsize=4096)
def _named_precision(head: str) -> int:
    """The precision the noun names (lexicon ``date_precision_nouns``), once per noun, not per candidate."""
    return max((int(p) for noun, p in lexicon_rows("date_precision_nouns") if noun in base_forms(head)), default=0)


def date_precision(edtf: str | None) -> int:
    """The precision of an EDTF date (1 year, 2 month, 3 day; 0 none); of an interval, its less precise end."""
    if not edtf:
        return 0
    ends = [e for e in edtf.strip("[]{}").replace(",", "/").split("/") if e and e not in ("..", "")]  # sets too
    return min((len(e.strip("~?%").lstrip("-").split("-")) for e in ends), default=0)


def precision_short(edtf: str | None, q: Any) -> float:
    """1 when the question asks a day, month or year ("On what day …") and the candidate's date is less
    precise ("1844" for a day) or no date at all ("two months later"): the asked slot is not filled."""
    asked = asked_precision(q)
    return float(asked > 0 and date_precision(edtf) < asked)


def nesting(found: Sequence[Any], expects: str) -> dict[int, tuple[float, float]]:
    """Per candidate (by id): (inside a longer candidate of its sentence that fills the asked slot,
    holds a shorter candidate of the expected kind)."""
    by_sentence: dict[int, list[Any]] = {}
    for cand in found:
        by_sentence.setdefault(cand.sentence.id, []).append(cand)
    agreeing = AGREEING.get(expects, frozenset())
    out = {}
    for group in by_sentence.values():
        for cand in group:
            inside = any(o.start <= cand.start and cand.end <= o.end and o.end - o.start > cand.end - cand.start
                         and (o.in_slot or o.structure.get("span_slot")) for o in group)
            holds = any(cand.start <= o.start and o.end <= cand.end and o.end - o.start < cand.end - cand.start
                        and o.kind in agreeing for o in group)
            out[id(cand)] = (float(inside), float(holds))
    return out


def rivals(found: Sequence[Any]) -> dict[int, float]:
    """Per candidate (by id): 1 when another document states another answer of the expected kind in the asked
    slot of a word aligned with the question's predicate — a competing statement, so the sources do not
    agree on one answer (an answer holding the other's words, "Ada Lind" / "Lind", is the same one)."""
    stated = [(c.sentence.document, c.key, set(WORD.findall(c.key))) for c in found
              if c.features.get("aligned") and c.features.get("agrees")
              and max(c.features.get("in_slot", 0.0), c.features.get("role_slot", 0.0))]
    out = {}
    for cand in found:
        words = set(WORD.findall(cand.key))
        out[id(cand)] = float(any(document != cand.sentence.document and key != cand.key
                                  and not (own <= words or words <= own) for document, key, own in stated))
    return out


def anchor_path(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int) -> float:
    """1 / (1 + arcs) from the candidate's head word up to a word aligned with the question's predicate
    (or the root when none is): an argument of the asked verb is 1/2, a word inside it less; 0 when the
    candidate's head is not under such a word (another clause, another sentence)."""
    token = head_token(parsed, start, end)
    if token is None or parsed is None:
        return 0.0
    anchors, arcs = parsed[1], 0
    while token.i not in anchors:
        if token.head.i == token.i or arcs > 12:
            return 0.0
        token, arcs = token.head, arcs + 1
    return 1.0 / (1 + arcs)


NAME_LEAD = re.compile(r"(?:^|[^\w’'-])([\w’'-]+)(?:\s+(?:as|to\s+as))?[\s,:]*[“\"‘']?(?:(?:the|a|an)\s+)?$",
                       re.I)  # the word before a candidate, past "as", an opening quote and an article


def named_by(text: str, start: int) -> float:
    """1 when the candidate at ``start`` of the sentence ``text`` follows a naming word: a verb or noun of WordNet's
    naming verbs (called, dubbed, nicknamed, termed, code-named; "the name") or a naming phrase of lexicon
    ``qa_naming`` ("known as", "referred to as"): the name a sentence gives, which a naming question asks."""
    before = text[max(0, start - 40):start]
    m = NAME_LEAD.search(before)
    if m is None:
        return 0.0
    word = m.group(1).lower()
    if word in object_pronouns():  # "called it “X”": the named thing between the verb and the name
        return named_by(before, m.start(1))
    if any(verb_class(b) == "naming" for b in base_forms(word) | {word.rsplit("-", 1)[-1]}):
        return 1.0
    lead = re.sub(r"[\s,:“\"‘']+$", "", before[:m.end()]).lower()
    lead = re.sub(r"\s+(?:the|a|an)$", "", lead)
    return float(any(lead.endswith(phrase) for phrase in naming_phrases()))


@lru_cache(maxsize=1)
def object_pronouns() -> frozenset[str]:
    """Third-person object pronouns (lexicon personal_pronouns)."""
    return frozenset(row[0] for row in lexicon_rows("personal_pronouns") if row[1] == "object")


@lru_cache(maxsize=1)
def naming_phrases() -> tuple[str, ...]:
    """The naming phrases of lexicon ``qa_naming`` ("known as", "referred to as")."""
    return tuple(row[0] for row in lexicon_rows("qa_naming"))


def question_features(q: Any) -> dict[str, float]:
    """What the question asks for (used by the confidence only: constant within one question)."""
    out = {f"asks_{e}": float(q.expects == e) for e in EXPECTS}
    out["asks_name"] = float(bool(q.naming or q.wants_name))
    out["asks_plural"] = float(bool(q.plural))
    out["asks_negated"] = float(bool(q.negated))
    return out


def reads_any(names: Sequence[str], *tables: Mapping[str, float] | None) -> bool:
    """Does any of the weight tables give one of ``names`` a weight (so it must be computed)?"""
    return any(table and any(table.get(name) for name in names) for table in tables)


def linear(values: Mapping[str, float], table: Mapping[str, float]) -> float:
    return table.get("intercept", 0.0) + sum(coef * values.get(name, 0.0) for name, coef in table.items()
                                            if name != "intercept")


def softmax_shares(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(x - top) for x in scores]
    total = sum(exps)
    return [e / total for e in exps]


def confidence_features(best: Mapping[str, float], shares: Sequence[float], q: Any) -> dict[str, float]:
    """The best candidate's features and how the pooled scores' shares (best first) spread."""
    return confidence_values(best, question_features(q), shares)


# inputs of the confidence alone
NEAR_MISS = ("asked_unnamed", "qualifier_missing", "approximate")  # candidate features the ranker does not use
# Round 16: whether the sentence states what was asked (rank.statement, rank.rivals). Measured leave one set out as
# inputs of the confidence and not kept (docs/search-and-ask.md, "Round 16"): neither the ranker nor the confidence
# reads them unless bench/fit_ask.py is asked to (--add NAME …).
STATEMENT = ("constraint_missing", "year_conflict", "governed", "clause_crossed", "rival_stated",
             "roles_reversed", "asked_absent", "asked_tied")
# Round 39: the candidate's form against what the question asks — as many members as asked, the asked noun's kind
# (rank.asked_form); measured as ranking inputs (bench/fit_ask.py --rank-add NAME …).
ASKED_FORM = ("members_short", "members_match", "kind_near", "kind_clash", "role_other", "beside_asked")
# Round 46 askdur: an amount of time for "how long" (qa/duration.py), added beside the fit (weights.RANKER_ADDED)
ADDED_UNIT = ("duration", "responder", "quantity_agrees", "shaped", "focus_act", "felt", "exchanged", "span_role",
             "quoted_name")  # round 50 askrespond: the responder's own act
# (qa/respond.py); round 53 askquant: an amount of the asked dimension (qa/dimension.py); round 54 askslot: the
# constituent filling a slot the question names by its shape (qa/shaped.py); round 55 askv55: the predicate span of
# a "What did X do / what happened to X" question (qa/predicate.py, measured: RANKER_ADDED has no entry)
ASKED_KIND = ASKED_FORM[2:]  # … of them, the asked noun's kind and the role (a WordNet and a parse walk per candidate)
# Round 21: candidate features measured as ranking inputs (bench/fit_ask.py --rank-add NAME …); read by `ask` only
# through a fitted table that holds them.
PROPOSED = ("section_stage", "names_elsewhere", "slot_agrees", "frame_filled", "aligned_coverage",
            "section_share", "document_share", "selected", "selection", *ASKED_FORM)
# Round 22: what a sentence holds of the question's constraints, absolute (``holds``) and relative to the other
# examined sentences (``relative``); measured as ranking inputs (bench/fit_ask.py --rank-add NAME …).
HOLDS = tuple(f"holds_{h}" for h in HELD)
# Round 47 asksent: the question's frame against the sentence's (qa/frame.py), computed when measured (``explain``)
# or read by a table: measured as a ranking and a gate input, no net gain (docs/search-and-ask.md "Round 47 asksent")
FRAMED = ("holds_frame", "alone_frame", "over_best_frame")
RELATIVE = tuple(f"{kind}_{h}" for kind in ("alone", "over_best") for h in HELD)
# Round 53 askrank: the question's predicate governs the candidate in the asked role (qa/stated.py), computed when
# measured (``explain``) or read by a table; the best candidate's value reaches the confidence and the gate by name
# through ``confidence_values`` (a GATE or CALIBRATION entry "stated_role" reads it, and switches it on)
STATED_ROLE = ("stated_role", "stated_loose")
# Round 21: inputs of the answerability gate alone (never of the shown confidence): the best answer's own ranking
# score. Round 9 measured it as a confidence input (leave one set out +0.03) and dropped it because the shown
# confidences spread and more wrong answers reached 0.8; since round 17 the gate decides abstention and the
# calibration what is shown, so the gate can read it without touching the shown confidence.
GATE_ONLY = ("top_score",)
CONFIDENCE_ONLY = ("share", "margin", "top3", "entropy", "candidates", "best_coverage", "event_slot",
                   *(f"unaligned_{kind}" for kind in FACTOIDS))


def spread(shares: Sequence[float]) -> dict[str, float]:
    """How the pooled candidates' shares (best first, summing to 1) spread: the best one's share and its
    lead over the runner-up, the top three's joint share, the entropy over the log of the count (0: one
    answer stands out, 1: all alike), and the count itself on a log scale — evidence scattered over
    many rival answers is weaker than the same best share among few."""
    n = len(shares)
    entropy = -sum(p * math.log(p) for p in shares if p > 0) / math.log(n) if n > 1 else 0.0
    return {"share": shares[0] if n else 0.0, "margin": shares[0] - shares[1] if n > 1 else (shares[0] if n else 0.0),
            "top3": sum(shares[:3]), "entropy": entropy,
            "candidates": min(1.0, math.log1p(n) / math.log(CONFIDENCE["spread_candidates"]))}


def confidence_values(best: Mapping[str, float], asks: Mapping[str, float], shares: Sequence[float]
                      ) -> dict[str, float]:
    """What the confidence is fitted on (bench/fit_ask.py calls this too): the best candidate's
    features, what the question asks, the spread of the pooled shares and the best coverage of any
    examined sentence (how well the texts cover the question at all)."""
    best_coverage = best.get("coverage", 0.0) + best.get("coverage_gap", 0.0)
    return {**best, **asks, **spread(shares), "best_coverage": best_coverage, **evidence(best, asks)}


def evidence(best: Mapping[str, float], asks: Mapping[str, float]) -> dict[str, float]:
    """Whether the best candidate answers the asked act: it fills (or depends in the asked role on) the
    slot of a sentence word aligned with the question's predicate — and, per asked kind, whether it comes
    from a sentence without the asked act at all (a date, number or name of another event nearby: "When
    did X die?" answered by the date of X's last treaty)."""
    aligned = best.get("aligned", 0.0)
    out = {"event_slot": aligned * max(best.get("in_slot", 0.0), best.get("role_slot", 0.0))}
    for kind in FACTOIDS:
        out[f"unaligned_{kind}"] = asks.get(f"asks_{kind}", 0.0) * (1.0 - aligned)
    return out


def gate_values(values: Mapping[str, float], log_score: float) -> dict[str, float]:
    """The gate's inputs: the calibration's and the best answer's log pooled ranking score (``GATE_ONLY``), scaled."""
    return {**values, "top_score": max(-30.0, min(30.0, log_score)) / CONFIDENCE["top_score_scale"]}


def unfilled(best: Mapping[str, float]) -> float:
    """Share of the learned confidence kept for the best candidate: less when the question asks a day, month
    or year and its date is less precise — it does not fill the asked slot, however sure the rest is."""
    return CONFIDENCE["precision_short"] if best.get("precision_short") else 1.0


def displayed(learned: float, knots: Sequence[tuple[float, float]], confident_from: float,
              confident: float = 0.8) -> float:
    """The confidence shown for a learned one: its out-of-fold calibration (``knots`` of (learned
    confidence, share of such answers right), interpolated linearly; bench/fit_ask.py fits them by
    isotonic regression), never ``confident`` or more below ``confident_from`` — the band whose
    out-of-fold precision reached the target — and at least ``confident`` inside it. Without knots,
    the learned confidence itself."""
    if not knots:
        return learned
    xs = [x for x, _y in knots]
    i = bisect_right(xs, learned)
    if i == 0:
        value = knots[0][1]
    elif i == len(knots):
        value = knots[-1][1]
    else:
        (x0, y0), (x1, y1) = knots[i - 1], knots[i]
        value = y0 + (y1 - y0) * (learned - x0) / (x1 - x0) if x1 > x0 else y1
    return max(confident, value) if learned >= confident_from else min(value, confident - 0.01)


def logistic(x: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, x))))
