"""Two checks on a candidate's content for the ranking (round 52 red team D8).

* ``asked_topic`` and ``mentions``: "What did X say about Y?" asks a quotation about Y: the topic's words are read from the
  question's "about" phrase, and a candidate's sentence (the quotation and its reporting clause) that names none
  of them does not answer it while another examined sentence does.
* ``label_spans`` and ``in_labels``: a table's header row flattened into a sentence ("No Team Pl W L T Pts") is a run of column
  labels, never an answer.
"""
from __future__ import annotations

import re
from typing import Any

from vitrina.qa.text import STOPWORDS, WORD
from vitrina.qa.weights import TOPICAL

SAYING = "saying"  # the question's verb class of say/write/describe (qa/question.py)
LABEL_TOKEN = re.compile(r"[A-Z][A-Za-z]{0,3}\.?")  # "P", "Pts", "Pos", "Club": a short capitalised label


def asked_topic(q: Any, doc: Any) -> frozenset[str]:
    """The content words of the "about" phrase of a saying question ("What did X say about *the old mill*?"), lower
    case; empty when the question is no saying question or has no such phrase."""
    if getattr(q, "verb_class", None) != SAYING:
        return frozenset()
    for t in doc:
        if t.lower_ == "about" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
            return frozenset(w.lower_ for w in t.subtree if w.i != t.i and (w.is_alpha or w.like_num)
                             and w.lower_ not in STOPWORDS and w.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))
    return frozenset()


def mentions(text: str, topic: frozenset[str]) -> bool:
    """Does ``text`` name a word of the topic (or a word derived from it: "Korea" / "Korean")?"""
    said = {w.lower() for w in WORD.findall(text)}
    return any(w in said or len(w) >= TOPICAL["stem"] and any(_derived(w, s) for s in said) for w in topic)


def _derived(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= TOPICAL["stem"] and long_.startswith(short) and len(long_) - len(short) <= 3


def label_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the runs of column labels in ``text`` (a header row: ``TOPICAL["label_run"]`` short
    capitalised words in a row, no figure among them, ``TOPICAL["label_letters"]`` of them single letters)."""
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in [*re.finditer(r"\S+", text), None]:
        if m is not None and LABEL_TOKEN.fullmatch(m.group()):
            run.append(m)
            continue
        if len(run) >= TOPICAL["label_run"] \
                and sum(len(x.group().rstrip(".")) == 1 for x in run) >= TOPICAL["label_letters"]:
            spans.append((run[0].start(), run[-1].end()))
        run = []
    return spans


def label_run(text: str) -> bool:
    """Does ``text`` hold a run of column labels?"""
    return bool(label_spans(text))


def in_labels(text: str, start: int, end: int) -> bool:
    """Does the span ``start``–``end`` of ``text`` overlap one of its runs of column labels?"""
    return any(a < end and start < b for a, b in label_spans(text))
