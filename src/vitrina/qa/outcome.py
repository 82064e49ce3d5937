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

from vitrina.extract.edtf_text import YEAR_WORD
from vitrina.qa.lexical import base_forms, fold, wordnet
from vitrina.qa.parse import parse
from vitrina.qa.weights import OUTCOME

VICTORY = "win.v.01"  # WordNet: "be the winner in a contest or competition; be victorious"
CELL = " | "  # a table row's cells, as the store keeps a row
FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?%?$")  # "11,204", "9630", "48.7%"


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
    """The proper nouns of a noun phrase's head and of the compounds it is made of (not of the phrases it heads:
    "X of the Y Party"), in order."""
    words, todo = [], [token]
    while todo:
        t = todo.pop()
        if t.pos_ == "PROPN":
            words.append(t)
            todo.extend(c for c in t.children if c.dep_ in ("compound", "flat"))
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


def _headed_runs(sentences: list[Any]) -> list[tuple[list[Any], str]]:
    """Each run of table rows with its section's heading (the section's first sentence)."""
    return [(run, next((s.text for s in sentences if s.section == run[0].section), "")) for run in _rows(sentences)]


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
    return not years or bool(set(YEAR_WORD.findall(text)) & years)


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
    read: dict[str, tuple[str, list[Any]]] = {}  # each hit document's title and sentences, fetched once for both
    for document in dict.fromkeys(h["document"] for h in hits):
        info = kb.document(document)
        title = info.title if info is not None and info.title else ""
        sentences = kb.sentences(document)
        read[document] = (title, sentences)
        for run, heading in _headed_runs(sentences):
            context = f"{title} {heading}"
            if not all(w in fold(context) for w in contest) or not _of_occasion(context, years):
                continue
            larger = _larger_row(run, premise.winner)
            if larger is not None:
                return Refutation(larger[0], larger[1])
    for hit in hits:
        if hit.get("kind") == "heading":
            continue
        title, sentences = read[hit["document"]]
        if _of_occasion(f"{title} {hit['text']}", years) and _holds(hit["text"], premise.winner):
            row = next((s for s in sentences if s.start == hit["start"]), None)
            if row is not None and _lost(row, premise.winner):
                return Refutation("", row)
    return None


# ------------------------------------------------------------ the winner asked (round 57 red team D7)
# "Who won W in Y?" where the sources state the result without the question's words: "W was won by X", "X was
# elected … for W" (WordNet's elect.v.01, "select by a vote for an office", of which the elected is the winner), or
# a result table of W whose row with the largest figure is the winner's.

ELECTION = "elect.v.01"  # WordNet: "select by a vote for an office or membership"


@dataclass(frozen=True)
class Winner:
    """A stated winner: the name as written (``start``/``end`` characters in the sentence) and its sentence."""

    name: str
    start: int
    end: int
    sentence: Any


def asked_contest(question: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """For "Who won W …?" (the wh-word the subject of a victory verb, the question's main verb): (the proper-name
    words of W, all its content words), folded; None otherwise or when W names no proper name."""
    doc = parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or not victory(root.lower_):
        return None
    subject = _subject(root)
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if subject is None or subject.lower_ != "who" or obj is None:
        return None
    words = [t for t in obj.subtree if t.is_alpha and len(t.text) > 1 and not t.is_stop]
    proper = tuple(fold(t.text) for t in words if t.pos_ == "PROPN")
    return (proper, tuple(fold(t.text) for t in words)) if proper else None


def _run_span(tokens: list[Any]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _stated_winner(text: str) -> tuple[int, int] | None:
    """The span of the winner a sentence states: the named agent of a passive victory verb ("was won by X"), the
    named subject of an active one ("X won …") or of a passive election verb ("X was elected …"), the named rival
    a defeat verb's subject lost to ("A lost to X"); not negated."""
    for verb in parse(text):
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if victory(verb.lower_) and passive:
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            run = _proper_run(agent) if agent is not None else []
        elif victory(verb.lower_) or passive and _sense_of(verb.lower_, ELECTION):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            run = _proper_run(subject) if subject is not None and subject.pos_ == "PROPN" else []
        elif defeat(verb.lower_):  # "A lost to B": B won
            rival = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                          if g.dep_ == "pobj"), None)
            run = _proper_run(rival) if rival is not None and rival.pos_ == "PROPN" else []
        else:
            continue
        if run:
            return _run_span(run)
    return None


def _largest_row(run: list[Any]) -> Any | None:
    """The row of a result table with the largest figure in the first column holding figures, when one row alone
    holds it."""
    cells = [row.text.split(CELL) for row in run]
    width = max(len(c) for c in cells)
    column = next((i for i in range(1, width) if any(len(c) > i and _figure(c[i]) is not None for c in cells)), None)
    if column is None:
        return None
    values = [(_figure(c[column]) if len(c) > column else None, row) for c, row in zip(cells, run, strict=True)]
    figures = sorted((v for v, _row in values if v is not None), reverse=True)
    if len(figures) < 2 or figures[0] == figures[1]:
        return None
    return next(row for v, row in values if v == figures[0])


def stated_winner(kb: Any, contest: tuple[tuple[str, ...], tuple[str, ...]], years: set[str]) -> Winner | None:
    """The winner of the contest the sources state on the occasion of ``years``: in a document naming every word of
    the contest, a sentence stating a win (its sentence or the document's title writing one of the years), else the
    largest row of a result table (its title or section heading writing one)."""
    proper, words = contest
    hits = kb.ranked_sentences(" ".join(f'"{w}"' for w in proper), int(OUTCOME["hits"]))
    for document in dict.fromkeys(h["document"] for h in hits):
        info = kb.document(document)
        title = info.title if info is not None and info.title else ""
        sentences = kb.sentences(document)
        held = {fold(w) for s in sentences for w in re.findall(r"[^\W\d_]+", s.text)} | \
            {fold(w) for w in re.findall(r"[^\W\d_]+", title)}
        if not set(words) <= held:
            continue
        for s in sentences:
            span = _stated_winner(s.text) if _of_occasion(f"{title} {s.text}", years) else None
            if span is not None:
                return Winner(s.text[span[0]:span[1]], span[0], span[1], s)
        for run, heading in _headed_runs(sentences):
            row = _largest_row(run) if _of_occasion(f"{title} {heading}", years) else None
            if row is not None:
                name = row.text.split(CELL)[0].strip()
                return Winner(name, row.text.index(name), row.text.index(name) + len(name), row)
    return None
