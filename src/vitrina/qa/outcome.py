"""Round 57 red team D6: a question presupposing that someone won a contest the collection says they lost.

"How many votes did X get when she won W?" asks X's count and presupposes that X won W. The answering sentence
("X stood for W … and polled N votes") does not say who won; another sentence of the collection may contradict the
premise:

* a result table of W — a run of rows ("A | party | 11,204") in a document or section whose heading names W — gives
  another row a larger figure than X's row in the first column holding figures (another holder's larger count for
  the same occasion), or
* a sentence naming W says X lost (a verb whose first senses include WordNet's "fail to win", the antonym of "be the
  winner in a contest").

The premise is read off the question's parse: a verb whose first senses (``OUTCOME["senses"]``) include WordNet's
``win.v.01``, its subject (a pronoun stands for the question's named subject) and the proper name it won (its
object). The occasion is the years the question or the answering sentence writes: the table's heading, or the loss
sentence or its document's title, must write one of them when there are any. Nothing outside the collection is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina.qa.lexical import base_forms, fold, wordnet
from vitrina.qa.parse import parse
from vitrina.qa.weights import OUTCOME

VICTORY = "win.v.01"  # WordNet: "be the winner in a contest or competition; be victorious"
CELL = " | "  # a table row's cells, as the store keeps a row
FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?%?$")  # "11,204", "9630", "48.7%"
YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


@dataclass(frozen=True)
class Premise:
    """The win a question presupposes: the winner's name words in order, and the contest's name as written."""

    winner: tuple[str, ...]
    contest: str


@dataclass(frozen=True)
class Refutation:
    """A stored sentence contradicting the premise: ``other`` the holder with the larger figure (or "" when the
    sentence says the winner lost), ``sentence`` the SentenceHit-like row that says so."""

    other: str
    sentence: Any

    def note(self, premise: Premise) -> str:
        asked = " ".join(w.capitalize() for w in premise.winner)
        if self.other:
            return f"The sources give {self.other} more votes than {asked} in {premise.contest}."
        return f"The sources say {asked} lost {premise.contest}."


@lru_cache(maxsize=512)
def _sense_of(word: str, sense: str) -> bool:
    """Whether one of the first ``OUTCOME["senses"]`` verb senses of a base form of ``word`` is ``sense`` (a
    WordNet synset name)."""
    wn = wordnet()
    if wn is None:
        return False
    for form in base_forms(word.lower()):
        if any(s.name() == sense for s in wn.synsets(form, "v")[: int(OUTCOME["senses"])]):
            return True
    return False


@lru_cache(maxsize=1)
def _defeat() -> str:
    """The synset name of the victory sense's antonym ("fail to win")."""
    wn = wordnet()
    if wn is None:
        return ""
    antonyms = [a.synset().name() for lemma in wn.synset(VICTORY).lemmas() for a in lemma.antonyms()]
    return antonyms[0] if antonyms else ""


def victory(word: str) -> bool:
    return _sense_of(word, VICTORY)


def defeat(word: str) -> bool:
    sense = _defeat()
    return bool(sense) and _sense_of(word, sense)


def _proper_run(token: Any) -> list[Any]:
    """The proper nouns of a noun phrase's head and its compounds, in order."""
    words = [t for t in token.subtree if t.pos_ == "PROPN" and (t.i == token.i or t.dep_ in ("compound", "flat"))]
    return sorted(words, key=lambda t: t.i)


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def asked_win(question: str) -> Premise | None:
    """The win the question presupposes in a clause of its own ("… when she *won* W?"), or None. Its subject is a
    name, or a pronoun standing for the main clause's named subject; its object a proper name (the contest)."""
    doc = parse(question)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "relcl") or not victory(verb.lower_):
            continue
        subject = _subject(verb)
        if subject is not None and subject.pos_ == "PRON":
            subject = _subject(verb.head)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or obj is None:
            continue
        winner, contest = _proper_run(subject), _proper_run(obj)
        if winner and contest:
            return Premise(tuple(fold(t.text) for t in winner), " ".join(t.text for t in contest))
    return None


def _figure(cell: str) -> float | None:
    text = cell.strip()
    return float(text.replace(",", "").rstrip("%")) if FIGURE.match(text) else None


def _rows(sentences: list[Any]) -> list[list[Any]]:
    """Runs of consecutive table rows of one section."""
    runs: list[list[Any]] = []
    for s in sentences:
        if CELL not in s.text:
            continue
        if runs and runs[-1][-1].section == s.section and runs[-1][-1].end + OUTCOME["row_gap"] >= s.start:
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return words[-1] in {fold(w) for w in re.findall(r"[^\W\d_]+", text)}  # the surname: a name's last word


def _larger_row(run: list[Any], winner: tuple[str, ...]) -> tuple[str, Any] | None:
    """(another row's name, its row) when another row of the table has a larger figure than the winner's row in the
    first column where the winner's row holds a figure."""
    own = next((r for r in run if _holds(r.text.split(CELL)[0], winner)), None)
    if own is None:
        return None
    cells = own.text.split(CELL)
    column = next((i for i, c in enumerate(cells) if _figure(c) is not None), None)
    if column is None:
        return None
    mine = _figure(cells[column]) or 0.0
    for row in run:
        other = row.text.split(CELL)
        if row is own or len(other) != len(cells):
            continue
        value = _figure(other[column])
        if value is not None and value > mine:
            return other[0].strip(), row
    return None


def _of_occasion(text: str, years: set[str]) -> bool:
    return not years or bool(set(YEAR.findall(text)) & years)


def _lost(s: Any, winner: tuple[str, ...]) -> bool:
    """Whether the sentence says the winner lost: a defeat verb (not negated) whose subject, or its coordinated
    head's, names the winner's surname."""
    for verb in parse(s.text):
        if verb.pos_ != "VERB" or not defeat(verb.lower_) or any(c.dep_ == "neg" for c in verb.children):
            continue
        head = verb
        subject = _subject(head)
        while subject is None and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
            subject = _subject(head)
        if subject is not None and _holds(" ".join(t.text for t in subject.subtree), winner):
            return True
    return False


def refutation(kb: Any, premise: Premise, years: set[str]) -> Refutation | None:
    """A stored sentence contradicting the premise (a result table of the contest with a larger figure than the
    winner's, or a sentence saying the winner lost it), on the occasion of ``years``; None when none does."""
    phrase = '"' + " ".join(re.findall(r"[^\W_]+", premise.contest)) + '"'
    hits = kb.ranked_sentences(phrase, int(OUTCOME["hits"]))
    contest = [fold(w) for w in re.findall(r"[^\W\d_]+", premise.contest)]
    for document in dict.fromkeys(h["document"] for h in hits):
        info = kb.document(document)
        title = info.title if info is not None and info.title else ""
        sentences = kb.sentences(document)
        for run in _rows(sentences):
            heading = next((s.text for s in sentences if s.section == run[0].section), "")
            context = f"{title} {heading}"
            if not all(w in fold(context) for w in contest) or not _of_occasion(context, years):
                continue
            larger = _larger_row(run, premise.winner)
            if larger is not None:
                return Refutation(larger[0], larger[1])
    for hit in hits:
        if hit.get("kind") == "heading":
            continue
        info = kb.document(hit["document"])
        context = f"{info.title if info is not None and info.title else ''} {hit['text']}"
        if _of_occasion(context, years) and _holds(hit["text"], premise.winner):
            row = next((s for s in kb.sentences(hit["document"]) if s.start == hit["start"]), None)
            if row is not None and _lost(row, premise.winner):
                return Refutation("", row)
    return None
