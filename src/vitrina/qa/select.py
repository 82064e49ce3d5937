"""Learned sentence selection for `ask` (round 30): which sentences past the examined pool to examine too.

The examined pool (the best covered sentences, their neighbours and followers, the section stage's) misses the
sentence that states the answer when it shares few of the question's words. This stage looks at a wider set —
the first look's other FTS hits and the ``SELECTION["dense"]`` sentences of the exhibit nearest the question by
WordLlama cosine (``vitrina.semantic``) — describes every one of them and every examined sentence by the numbers in
``FEATURES`` and scores them with a logistic regression fitted by ``bench/select_stage.py`` (coefficients in
``qa.weights.SELECTION_MODEL``; standardisation folded in). The ``SELECTION["add"]`` best outside the pool are
examined too (``Sentence.selected``); every sentence keeps its score (``Sentence.selection``), which the ranker and
the gate may read (``rank.PROPOSED``). With ``SELECTION["add"]`` 0 the stage is off and costs nothing.

The sentence vectors are computed once per exhibit content (shared by a server's threads).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from vitrina.lexicon import words as lexicon_words
from vitrina.qa.candidates import Sentence
from vitrina.qa.question import Question
from vitrina.qa.weights import SELECTION, SELECTION_MODEL
from vitrina.store.read import KnowledgeBase

FEATURES = ("coverage", "coverage_gap", "exact", "fts_place", "in_fts", "bm25", "cosine", "cosine_gap",
            "cosine_place", "document_place", "document_cosine_place", "section_share", "in_pool", "asked_type",
            "pronoun_opening", "after_hit", "length", "indirect")
DESCRIPTIONS = {  # what each input measures (the comments of the fitted table)
    "intercept": "the log-odds when every input is 0",
    "coverage": "IDF-weighted share of the question's words the sentence holds",
    "coverage_gap": "its coverage less the best covered hit's",
    "exact": "share of the question's words found by their own base forms",
    "fts_place": "log(1 + its place among the first look's hits, best covered first)",
    "in_fts": "the sentence is a hit of the first look",
    "bm25": "its BM25 score over the best hit's (0: not a hit)",
    "cosine": "cosine of the sentence to the question (WordLlama)",
    "cosine_gap": "its cosine less the exhibit's best",
    "cosine_place": "log(1 + its place by cosine in the exhibit)",
    "document_place": "log(1 + its document's place by its best covered hit)",
    "document_cosine_place": "log(1 + its document's place by its best cosine)",
    "section_share": "its section's BM25 score over the best section's (qa/retrieve.py)",
    "in_pool": "the sentence is examined anyway",
    "asked_type": "it holds a thing of the asked kind (a year or month, a number, a name, a list)",
    "pronoun_opening": "it opens with a pronoun or demonstrative",
    "after_hit": "it follows one of the three best covered hits",
    "length": "log(1 + its words)",
    "indirect": "IDF share of the question's words found only in its context",
}
YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")
DIGIT = re.compile(r"\d")
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
NAMED_KINDS = frozenset({"person", "place", "named"})
CHUNK = 5000  # sentence ids read per query (SQLite's bound on parameters)
_LOCK = threading.Lock()
_VECTORS: dict[Any, Exhibit] = {}  # content key -> its sentence vectors


def on() -> bool:
    """Whether the stage examines any sentence (a fitted model and a budget)."""
    return bool(SELECTION["add"]) and bool(SELECTION_MODEL)


class Exhibit:
    """Every sentence's id, document index, where it stands and its normalised vector (``vitrina.semantic``)."""

    def __init__(self, rows: list[dict[str, Any]], vectors: np.ndarray) -> None:
        documents: dict[str, int] = {}
        self.ids = np.array([r["sid"] for r in rows], dtype=np.int64)
        self.documents = np.array([documents.setdefault(r["document"], len(documents)) for r in rows], dtype=np.int64)
        self.vectors = vectors
        self.row = {r["sid"]: k for k, r in enumerate(rows)}
        self.rows = rows

    def sentence(self, sentence_id: int) -> Sentence:
        """A fresh Sentence of this id (not covered yet; no BM25 rank)."""
        r = self.rows[self.row[sentence_id]]
        return Sentence(r["sid"], r["document"], r["section"], r["start"], r["end"], r["text"], 0.0)


def exhibit(kb: KnowledgeBase) -> Exhibit:
    """The exhibit's sentence vectors, computed once per content."""
    key = kb.content_key()
    with _LOCK:
        known = _VECTORS.get(key)
    if known is not None:
        return known
    from vitrina import semantic
    from vitrina.store.read import SentenceFilter

    ids = sorted(kb.sentence_ids(SentenceFilter()))
    rows = [r for k in range(0, len(ids), CHUNK) for r in kb.hit_rows(ids[k:k + CHUNK])]
    rows.sort(key=lambda r: r["sid"])
    found = Exhibit(rows, semantic.embed([r["text"] for r in rows]))
    with _LOCK:
        _VECTORS.clear()  # one exhibit at a time
        _VECTORS[key] = found
    return found


class Near:
    """One question's cosines: to every sentence, the nearest ones, each document's place by its best cosine."""

    def __init__(self, kb: KnowledgeBase, question: str) -> None:
        from vitrina import semantic

        self.exhibit = ex = exhibit(kb)
        self.cosines = ex.vectors @ semantic.embed([question])[0] if len(ex.ids) else np.zeros(0)
        order = np.argsort(-self.cosines, kind="stable")
        self.nearest = [int(ex.ids[i]) for i in order[: int(SELECTION["dense"])]]
        self.place = {int(ex.ids[i]): k for k, i in enumerate(order[: int(SELECTION["places"])])}
        self.best = float(self.cosines.max()) if len(ex.ids) else 0.0
        best = np.full(int(ex.documents.max()) + 1 if len(ex.ids) else 0, -2.0)
        np.maximum.at(best, ex.documents, self.cosines)
        self.document_place = np.empty(len(best), dtype=np.int64)
        self.document_place[np.argsort(-best, kind="stable")] = np.arange(len(best))

    def cosine(self, sentence_id: int) -> float:
        row = self.exhibit.row.get(sentence_id)
        return float(self.cosines[row]) if row is not None else 0.0

    def document(self, sentence_id: int) -> int:
        row = self.exhibit.row.get(sentence_id)
        return int(self.document_place[self.exhibit.documents[row]]) if row is not None else int(SELECTION["places"])


def asked_type(q: Question, text: str) -> float:
    """Whether the sentence holds a thing of the kind the question asks for (a year or month for a date, a number
    for a quantity, a capitalised word not the question's for a name, a coordination for a list)."""
    if q.expects == "date":
        return float(bool(YEAR.search(text)) or bool({w.lower() for w in WORD.findall(text)} & _months()))
    if q.expects == "quantity":
        return float(bool(DIGIT.search(text)) or any(_like_num(w) for w in WORD.findall(text)))
    if q.expects in NAMED_KINDS:
        own = set(q.names)
        return float(any(m.group(0).lower() not in own for m in CAPITALISED.finditer(text)))
    if q.expects == "list":
        return float(text.count(",") >= 2 or " and " in text)
    return 1.0


def _months() -> frozenset[str]:
    return lexicon_words("months")


def _like_num(word: str) -> bool:
    from spacy.lang.en.lex_attrs import like_num

    return bool(like_num(word))


def _openers() -> frozenset[str]:
    """Words opening a sentence that refers back: third-person pronouns and demonstratives (lexicon)."""
    from vitrina.lexicon import rows

    return frozenset(r[0] for r in rows("personal_pronouns")) | frozenset(
        r[0] for r in rows("demonstrative_determiners"))


def describe(q: Question, candidates: Sequence[Sentence], sentences: Sequence[Sentence], pool_ids: set[int],
             near: Near) -> list[dict[str, float]]:
    """``FEATURES`` of each candidate sentence (covered), against the first look's hits ``sentences`` (best
    covered first) and the examined pool's ids."""
    by_fts = {s.id: i for i, s in enumerate(sentences)}
    best = sentences[0].coverage if sentences else 0.0
    best_rank = min((s.rank for s in sentences), default=-1.0) or -1.0
    document_best: dict[str, float] = {}
    for s in sentences:
        document_best[s.document] = max(document_best.get(s.document, 0.0), s.coverage)
    by_coverage = {d: k for k, d in enumerate(sorted(document_best, key=lambda d: -document_best[d]))}
    hits = {s.id for s in sentences[:3]}
    documents_of = {s.id: s.document for s in [*sentences, *candidates]}
    openers = _openers()
    out = []
    for s in candidates:
        place = by_fts.get(s.id)
        first = WORD.match(s.text)
        out.append({
            "coverage": s.coverage,
            "coverage_gap": s.coverage - best,
            "exact": s.exact,
            "fts_place": math.log1p(place if place is not None else len(sentences) + 20),
            "in_fts": float(place is not None),
            "bm25": s.rank / best_rank if place is not None and best_rank < 0 else 0.0,
            "cosine": near.cosine(s.id),
            "cosine_gap": near.cosine(s.id) - near.best,
            "cosine_place": math.log1p(near.place.get(s.id, int(SELECTION["places"]))),
            "document_place": math.log1p(by_coverage.get(s.document, len(by_coverage) + 5)),
            "document_cosine_place": math.log1p(near.document(s.id)),
            "section_share": s.section_share,
            "in_pool": float(s.id in pool_ids),
            "asked_type": asked_type(q, s.text),
            "pronoun_opening": float(first is not None and first.group(0).lower() in openers),
            "after_hit": float(s.id - 1 in hits and documents_of.get(s.id - 1) == s.document),
            "length": math.log1p(len(s.text.split())),
            "indirect": s.indirect,
        })
    return out


def score(values: dict[str, float], model: dict[str, float] | None = None) -> float:
    """The fitted probability that a sentence states the answer (``SELECTION_MODEL``)."""
    model = SELECTION_MODEL if model is None else model
    z = model.get("intercept", 0.0) + sum(model.get(n, 0.0) * v for n, v in values.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def choose(scored: Iterable[tuple[Sentence, float]], pool_ids: set[int], k: int) -> list[Sentence]:
    """The ``k`` best scored sentences outside the pool (ties: the earlier sentence)."""
    outside = [(p, s) for s, p in scored if s.id not in pool_ids]
    outside.sort(key=lambda x: (-x[0], x[1].id))
    return [s for _p, s in outside[:k]]
