"""Round 31: signals of answerability that do not count the question's words in the sentence.

The answerability gate (``GATE`` in qa/weights.py) decides whether ``ask`` answers at all. Its inputs until round 30
were mostly how many of the question's words the best answer's sentence shares; a question in other words shares
few, and its right answer looked like a guess at an unanswerable question. The values here describe the answer
another way, measured as gate inputs (bench/loso_variants.py; docs/search-and-ask.md, "Round 31"):

* **member values** (per candidate, ``MEMBER``): the answer's kind against the question word's (a typed fact of the
  expected kind, and that fact in the asked role of the aligned word); the question's names and years found in the
  sentence's *section* under any of their names (a sentence may name its subject only in the section before it);
  the asked noun and the predicate tied by WordNet to a word of the sentence (synonyms, hypernyms, derivations);
  and a WordNet opposite of the predicate in the sentence (a converse frame or a denial);
* **rivalry** (per question, ``RIVALRY``): whether the runner-up answer is another answer of the same kind stated by
  another sentence — an unanswerable question's best guess usually has such rivals, a stated answer seldom — and how
  much of the pooled scores the best answer's sentence holds.

Round 34 adds the **clause values** (per candidate, ``FRAME``), read from the sentence's dependency parse: does the
clause holding the answer also hold the question's other participants (its names and nouns, by their own forms or a
close WordNet relative) — not merely the sentence — and the word aligned with the question's predicate? A question in
other words keeps its participants and its act in the answer's clause; a guess at an unanswerable question often
finds the participants in one clause and a fact of the asked kind in another.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

from vitrina.qa.lexical import base_forms, opposites, related
from vitrina.qa.rank import head_token
from vitrina.qa.text import WORD
from vitrina.qa.weights import AGREE, FRAME_CHECK

MEMBER = ("typed_agrees", "typed_role", "names_in_section", "years_in_section", "asked_link", "predicate_link",
          "predicate_opposed")
RIVALRY = ("rival_same_kind", "rival_other_sentence", "rival_typed", "rival_slot", "rival_other_document",
           "top_sentence_mass")
FRAME = ("clause_arguments", "clause_frame")
AGREEMENT = ("alike_share", "alike_documents", "distinct_lead")
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "xcomp", "pcomp"})
NOMINAL_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # a clause on a noun: the noun is its participant too
YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")
KIND_PREFIX = "kind_"


class Ranked(NamedTuple):
    """One pooled answer as the rivalry reads it: its pooled score, its best member's features, sentence and
    document, and its text."""

    score: float
    features: Mapping[str, float]
    sentence: int
    document: str
    text: str


def typed(features: Mapping[str, float], agreeing: Collection[str]) -> float:
    """1 when the candidate is a fact of the expected kind by its type (not by naming the asked noun)."""
    return float(any(features.get(KIND_PREFIX + kind) for kind in agreeing))


Section = tuple[frozenset[str], frozenset[str], frozenset[str]]  # a section's base forms, name words, years


def member_values(features: Mapping[str, float], agreeing: Collection[str], q: Any, sentence_forms: frozenset[str],
                  section: Section | None, missing: Collection[str]) -> dict[str, float]:
    """The member values of one candidate. ``sentence_forms``: base forms of the sentence's words; ``section``:
    the base forms of its section's text and title, the question's name words found there under another name,
    and the years it states (None: no section); ``missing``: the question's words the coverage did not find in
    the sentence."""
    kind = typed(features, agreeing)
    filled = max(features.get("in_slot", 0.0), features.get("role_slot", 0.0))
    return {"typed_agrees": kind, "typed_role": kind * filled * features.get("aligned", 0.0),
            **sentence_values(q, sentence_forms, section, frozenset(missing), bool(features.get("aligned")))}


def sentence_values(q: Any, sentence_forms: frozenset[str], section: Section | None, missing: frozenset[str],
                    aligned: bool) -> dict[str, float]:
    """The member values that are a property of the sentence (the same for each of its candidates)."""
    return {
        **in_section(q, missing, section),
        "asked_link": link(q.head or q.kind_noun, "n", sentence_forms),
        "predicate_link": 1.0 if aligned else link(q.predicate, "v", sentence_forms),
        "predicate_opposed": 0.0 if aligned else opposed(q.predicate, sentence_forms),
    }


def in_section(q: Any, missing: Collection[str], section: Section | None) -> dict[str, float]:
    """Share of the question's names (outside its scene-setting clause) found in the sentence or, under any of
    their names, in its section; the same for its years. 1 when the question has none."""
    names = [n for n in dict.fromkeys(q.names) if n not in q.background]
    years = [y for y in q.years if y not in q.background]
    forms, named, stated = section if section is not None else (frozenset(), frozenset(), frozenset())
    absent = [n for n in names if n in missing and n not in named and not base_forms(n) & forms]
    return {"names_in_section": 1.0 - len(absent) / len(names) if names else 1.0,
            "years_in_section": sum(y in stated for y in years) / len(years) if years else 1.0}


def years_of(text: str) -> frozenset[str]:
    """The four-digit years a text states."""
    return frozenset(YEAR.findall(text))


def link(word: str | None, pos: str, forms: frozenset[str]) -> float:
    """How closely a word of the sentence stands for ``word``: 1 itself, else its best WordNet relative's credit
    (synonym, hypernym, derivation); 1 when there is no such word to look for."""
    if not word:
        return 1.0
    if base_forms(word) & forms:
        return 1.0
    return max((credit for form, credit in related(word, pos).items() if form in forms), default=0.0)


def opposed(word: str | None, forms: frozenset[str]) -> float:
    """The best credit of a WordNet opposite of ``word`` among the sentence's words (0: none, or no word)."""
    if not word:
        return 0.0
    return max((credit for form, credit in opposites(word, "v").items() if form in forms), default=0.0)


def forms_of(text: str) -> frozenset[str]:
    """WordNet base forms of a text's words."""
    return frozenset(f for w in WORD.findall(text) for f in base_forms(w))


def rivalry(ranked: Sequence[Ranked], agreeing: Collection[str]) -> dict[str, float]:
    """The rivalry values of a question's pooled answers (best first): the runner-up is the best answer that is
    not the best one in other words (neither's words hold the other's)."""
    out = dict.fromkeys(RIVALRY, 0.0)
    if not ranked:
        return out
    top = ranked[0]
    total = sum(r.score for r in ranked) or 1.0
    out["top_sentence_mass"] = sum(r.score for r in ranked if r.sentence == top.sentence) / total
    own = _words(top.text)
    runner = next((r for r in ranked[1:] if not (_words(r.text) <= own or own <= _words(r.text))), None)
    if runner is None:
        return out
    same_kind = _kind(runner.features) == _kind(top.features)
    other_sentence = runner.sentence != top.sentence
    expected = typed(runner.features, agreeing) or runner.features.get("agrees", 0.0)
    filled = max(runner.features.get("in_slot", 0.0), runner.features.get("role_slot", 0.0))
    out.update({
        "rival_same_kind": float(same_kind),
        "rival_other_sentence": float(other_sentence),
        "rival_typed": float(same_kind and other_sentence and bool(expected)),
        "rival_slot": float(other_sentence and bool(expected) and bool(filled) and bool(runner.features.get("aligned"))),
        "rival_other_document": float(runner.document != top.document),
    })
    return out


def alike(a: str, b: str) -> bool:
    """Are two answers one in other words (one's words hold the other's: "1850" and "in March 1850")?"""
    wa, wb = _words(a), _words(b)
    return wa <= wb or wb <= wa


def agreement(ranked: Sequence[Ranked], documents: Sequence[Collection[str]]) -> dict[str, float]:
    """Round 41: how far the pooled answers (best first) agree on the best one. ``documents``: per answer, the
    documents of its sentences. ``alike_share``: the pooled share of the answers that are the best one in other
    words (itself included); ``alike_documents``: the documents stating any of them, beyond the first, over
    AGREE_DOCUMENTS (at most 1); ``distinct_lead``: ``alike_share`` less the share of the best answer that is not
    the best one in other words."""
    out = dict.fromkeys(AGREEMENT, 0.0)
    if not ranked:
        return out
    total = sum(r.score for r in ranked) or 1.0
    same = [alike(r.text, ranked[0].text) for r in ranked]
    share = sum(r.score for r, s in zip(ranked, same, strict=True) if s) / total
    stated = {d for r_docs, s in zip(documents, same, strict=True) if s for d in r_docs}
    rival = next((r.score for r, s in zip(ranked, same, strict=True) if not s), 0.0) / total
    return {"alike_share": share, "alike_documents": min(1.0, max(0, len(stated) - 1) / AGREE["documents"]),
            "distinct_lead": share - rival}


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(text))


def _kind(features: Mapping[str, float]) -> str | None:
    return next((name for name, value in features.items() if name.startswith(KIND_PREFIX) and value), None)


def frame_values(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int, q: Any, aligned: bool
                 ) -> dict[str, float]:
    """The clause values of a candidate (``start``, ``end``: offsets in its sentence; ``parsed``: the sentence's parse
    and the indices of its words aligned with the question's predicate, ``aligned`` whether there are any).
    ``clause_arguments``: the share of the question's participants found in the candidate's clause (1 when the
    question has none, 0 without a parse); ``clause_frame``: the same when that clause also holds an aligned word,
    else 0."""
    token = head_token(parsed, start, end)
    if token is None or parsed is None:
        return dict.fromkeys(FRAME, 0.0)
    words = clause_words(token)
    share = present_share(participants(q), words)
    return {"clause_arguments": share, "clause_frame": share if aligned and parsed[1] & {w.i for w in words} else 0.0}


def participants(q: Any) -> frozenset[str]:
    """The question's participants: its names and nouns outside the scene-setting clause, less the asked noun and
    the predicate."""
    nouns = {w for w in q.content if q.pos.get(w) == "n"} | set(q.names) | q.subject | q.objects
    return frozenset(nouns - set(q.heads) - q.background - q.light - {q.predicate, q.kind_noun})


def clause_words(token: Any) -> list[Any]:
    """The words of the clause holding ``token``: its nearest clause head (the root, or a verb heading a clause of
    another word) and the words below it outside the clauses it heads in turn, with the noun a relative clause
    describes and the subject a joined verb shares."""
    head = token
    while not _heads_clause(head) and head.head.i != head.i:
        head = head.head
    words = [w for w in head.subtree if not _below_other_clause(w, head)]
    if head.dep_ in NOMINAL_CLAUSE_DEPS:
        words.append(head.head)
    elif head.dep_ in ("conj", "xcomp") and not any(c.dep_.startswith("nsubj") for c in head.children):
        words += [w for c in head.head.children if c.dep_.startswith("nsubj") for w in c.subtree]
    return words


def _heads_clause(token: Any) -> bool:
    """A verb joined to another word as a clause of it (a subordinate, relative, complement or joined clause)."""
    return token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")


def _below_other_clause(word: Any, head: Any) -> bool:
    """``word`` lies in a clause below ``head``'s own (a clause head on the way up, ``head`` itself aside)."""
    while word.i != head.i:
        if _heads_clause(word):
            return True
        word = word.head
    return False


def present_share(wanted: frozenset[str], words: Sequence[Any]) -> float:
    """Share of ``wanted`` (folded words) among ``words`` (parsed tokens): a word by its base forms counts 1, a
    close WordNet relative its credit."""
    if not wanted:
        return 1.0
    forms = frozenset(f for w in words for f in base_forms(w.text) | {w.lower_})
    return sum(presence(word, forms) for word in wanted) / len(wanted)


def presence(word: str, forms: frozenset[str]) -> float:
    """1 when a form of ``word`` is among ``forms``, else its best WordNet relative's credit there when it reaches
    ``FRAME_CHECK["relative_credit"]``."""
    if (base_forms(word) | {word}) & forms:
        return 1.0
    best = max((credit for form, credit in related(word).items() if form in forms), default=0.0)
    return best if best >= FRAME_CHECK["relative_credit"] else 0.0
