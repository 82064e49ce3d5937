"""Section-level retrieval for `ask`: reach the sentence that states an answer in other words.

A question written in a reader's words often shares one content word or none with the sentence that
answers it ("Who lost the battle?" for "X defeated Y"; "What was the name of …"; "He …" for the asked
person). BM25 over single sentences with the question's own words never fetches such a sentence; the
section it stands in, read whole, usually holds the question's words and their relatives. So:

1. **Concepts**: each weighted question word with its other forms — its irregular inflections and
   the other names of a name at full weight, its WordNet relatives (synonyms of the frequent senses,
   derivationally related forms, what a verb causes or entails, a noun's direct hypernym, verb groups:
   ``lexical.related``) at their credit times ``RETRIEVAL["relative"]``, below the word itself.
2. **Sections**: BM25 over whole sections (a section's sentences are its words; each matching sentence
   counts once), a concept scoring by its best form in the section (relatives stand in for the word,
   they do not add to it), weighted as ``ask`` weighs the word (light and background words less).
3. The best ``RETRIEVAL["sections"]`` sections' sentences are returned to be covered like any retrieved
   sentence; `chosen` then picks, per section, the best covered ones not already examined and the
   one or two sentences after each ("… The treaty …", "He …": the answer continues a hit).

Every weight is in ``qa.weights.RETRIEVAL``.
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import Any

from vitrina.qa.candidates import Sentence
from vitrina.qa.lexical import base_forms, phrasal_relatives, related
from vitrina.qa.question import Question
from vitrina.qa.weights import BACKGROUND_WEIGHT, DEEPER, DESCRIBED, LIGHT_WEIGHT, LINKED, RETRIEVAL
from vitrina.store.read import KnowledgeBase

Alias = tuple[tuple[str, ...], list[tuple[str, ...]]]
Section = tuple[str, str | None]  # (document, section id)


def concepts(q: Question, words: Iterable[str], aliases: list[Alias],
             inflections: Callable[[str], list[str]],
             held: Callable[[str], bool] | None = None) -> dict[str, dict[str, float]]:
    """For each question word, its forms to search for and each form's weight (1 for the word itself,
    its irregular inflections and its other names; a relative's credit times ``RETRIEVAL["relative"]``).
    With ``held`` (`held_by`, the second look), the relatives searched are the best ones the exhibit holds,
    and the words of a phrasal verb also stand for its relatives ("pass away": die, death)."""
    out: dict[str, dict[str, float]] = {}
    for word in words:
        forms: dict[str, float] = {word: 1.0}
        for form in inflections(word):
            forms.setdefault(form, 1.0)
        if word in q.names:
            for own, variants in aliases:
                if word in own:
                    for v in variants:
                        if len(v) <= RETRIEVAL["alias_words"]:
                            forms.setdefault(" ".join(v), 1.0)
        else:
            near: dict[str, float] = {}
            for base in base_forms(word):
                for other, credit in (related(base, q.pos.get(word)) | phrasal_relatives(base, q.pos.get(word))
                                      ).items():
                    near[other] = max(near.get(other, 0.0), credit)
            if held and q.phrasal and word in q.phrasal[1]:  # "pass away": the phrasal verb's relatives
                for other, credit in related(q.phrasal[0], "v").items():
                    near[other] = max(near.get(other, 0.0), credit)
            for other in best_held(near, int(RETRIEVAL["relatives"]), held):
                forms.setdefault(other, near[other] * RETRIEVAL["relative"])
        for own, variants in q.described:  # "the British prime minister": the people the exhibit calls so
            if word in own:
                for v in variants:
                    forms.setdefault(" ".join(v), DESCRIBED["credit"])
        for own, variants in q.linked:  # "the Soviets": the people a searched form names (qa/names.py)
            if word in own:
                for v in variants:
                    forms.setdefault(" ".join(v), LINKED["credit"])
        out[word] = forms
    return out


def best_held(near: dict[str, float], limit: int, held: Callable[[str], bool] | None = None) -> list[str]:
    """The ``limit`` relatives of best credit (ties alphabetical), only those ``held`` says the exhibit holds:
    WordNet's derived forms come first by credit, and many are words no text uses ("finder" for "found",
    "lendable" for "lend"), which would take the places of the synonyms that do occur ("establish")."""
    out: list[str] = []
    for other in sorted(near, key=lambda w: (-near[w], w)):
        if len(out) >= limit:
            break
        if held is None or held(other):
            out.append(other)
    return out


def held_by(kb: KnowledgeBase) -> Callable[[str], bool]:
    """Whether some sentence of the exhibit holds a word or phrase (as FTS5 matches it), each asked once per
    database content (shared by a server's threads)."""
    key = kb.content_key()

    def held(form: str) -> bool:
        term = _fts_term(form)
        if term == '""':
            return False
        terms = _HELD.get(key)
        if terms is None:
            terms = {}
            _HELD.put(key, terms)
        known = terms.get(term)
        if known is None:
            known = terms[term] = kb.match_count(term) > 0
        return known
    return held


def importance(q: Question, word: str) -> float:
    """How much a question word counts in the section query (as ``ask`` weighs it, without its IDF)."""
    weight = RETRIEVAL["name"] if word in q.names else 1.0
    if word in q.light or q.pos.get(word) == "r" and word not in q.names:
        weight *= LIGHT_WEIGHT
    if word in q.background:
        weight *= BACKGROUND_WEIGHT
    return weight


def section_scores(kb: KnowledgeBase, q: Question, found: dict[str, dict[str, float]]) -> dict[Section, float]:
    """BM25 of every section holding a form of a question word: per word, its best form's term score."""
    sizes = _sizes(kb)
    count = len(sizes) or 1
    average = sum(sizes.values()) / count if sizes else 1.0
    k1, b = RETRIEVAL["k1"], RETRIEVAL["b"]
    scores: dict[Section, float] = defaultdict(float)
    for word, forms in found.items():
        best: dict[Section, float] = {}
        for form, weight in forms.items():
            term = _fts_term(form)
            if term == '""':
                continue
            rows = kb.section_match_counts(term)
            if not rows or len(rows) > RETRIEVAL["common_share"] * count:
                continue  # a form in most sections tells none apart
            idf = math.log((count - len(rows) + 0.5) / (len(rows) + 0.5) + 1.0)
            for document, section, tf in rows:
                size = sizes.get((document, section), average)
                value = weight * idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * size / average))
                if value > best.get((document, section), 0.0):
                    best[(document, section)] = value
        factor = importance(q, word)
        for key, value in best.items():
            scores[key] += factor * value
    return dict(scores)


def best_sections(scores: dict[Section, float]) -> list[Section]:
    """The best-scoring sections, best first, at most ``RETRIEVAL["sections"]`` and within
    ``RETRIEVAL["section_share"]`` of the best score."""
    if not scores:
        return []
    ordered = sorted(scores, key=lambda k: (-scores[k], k[0], k[1] or ""))
    top = scores[ordered[0]]
    return [k for k in ordered[:int(RETRIEVAL["sections"])] if scores[k] >= RETRIEVAL["section_share"] * top]


def section_sentences(kb: KnowledgeBase, q: Question, words: Iterable[str], aliases: list[Alias],
                      inflections: Callable[[str], list[str]], wider: bool = False,
                      shares: dict[Section, float] | None = None) -> list[dict[str, Any]]:
    """The sentences (``ranked_sentences`` rows, plus ``order``: their section's place) that hold a form of
    a question word in the sections that best hold the question's words and their relatives; ``shares``, when
    given, is filled with every scored section's score over the best one's."""
    found = concepts(q, words, aliases, inflections, held_by(kb) if wider else None)
    scores = section_scores(kb, q, found)
    if shares is not None and scores:
        top = max(scores.values()) or 1.0
        shares.update((key, value / top) for key, value in scores.items())
    sections = best_sections(scores)
    if not sections:
        return []
    place = {key: i for i, key in enumerate(sections)}
    terms = " OR ".join(dict.fromkeys(t for forms in found.values() for t in map(_fts_term, forms) if t != '""'))
    rows = kb.ranked_sentences_in(terms, list(dict.fromkeys(d for d, _s in sections)), int(RETRIEVAL["scan"]))
    return [{**r, "order": place[(r["document"], r["section"])]} for r in rows
            if (r["document"], r["section"]) in place]


def pair_query(q: Question, found: dict[str, dict[str, float]]) -> str:
    """An FTS5 expression for the sentences holding forms of two question words, any two: each word stands
    for its best ``RETRIEVAL["pair_forms"]`` forms (itself, its inflections and other names, its strongest
    WordNet relatives), light words left out. The own-word query ranks a sentence holding one
    rare word above one holding two common words in other forms ("Roosevelt … defeat" for "Roosevelt …
    beat"), and the relatives' query never mixes the two: this one asks for the pair."""
    groups = []
    for word, forms in found.items():
        if word in q.light:
            continue
        best = sorted(forms, key=lambda f: (-forms[f], f))[:int(RETRIEVAL["pair_forms"])]
        terms = list(dict.fromkeys(t for t in map(_fts_term, best) if t != '""'))
        if terms:
            groups.append("(" + " OR ".join(terms) + ")")
    groups = groups[:int(RETRIEVAL["pair_words"])]
    return " OR ".join(f"({a} AND {b})" for a, b in combinations(groups, 2))


def pair_sentences(kb: KnowledgeBase, q: Question, words: Iterable[str], aliases: list[Alias],
                   inflections: Callable[[str], list[str]]) -> list[dict[str, Any]]:
    """The best ``RETRIEVAL["pairs"]`` sentences by BM25 that hold forms of two question words (`pair_query`)."""
    expr = pair_query(q, concepts(q, words, aliases, inflections, held_by(kb)))
    return kb.ranked_sentences(expr, int(RETRIEVAL["pairs"])) if expr else []


def chosen(sentences: list[Sentence], pool: list[Sentence],
           fetch: Callable[[list[int]], list[dict[str, Any]]]) -> list[Sentence]:
    """Sentences of the best sections to examine besides ``pool`` (``sentences`` best covered first):
    per section the best covered ``RETRIEVAL["per_section"]`` not examined yet (at least
    ``RETRIEVAL["floor"]``), and after each the next ``RETRIEVAL["followers"]`` sentences of its
    paragraph, which take its coverage (``fetch``: rows of sentence ids, as ``sentence_rows``)."""
    ids = {s.id for s in pool}
    picked: list[Sentence] = []
    per_section: dict[int, int] = defaultdict(int)
    for s in sentences:
        if s.section_order is None or s.id in ids or s.coverage < RETRIEVAL["floor"] \
                or per_section[s.section_order] >= RETRIEVAL["per_section"]:
            continue
        per_section[s.section_order] += 1
        s.added = True
        picked.append(s)
        ids.add(s.id)
    steps = int(RETRIEVAL["followers"])
    led = [*pool[:int(RETRIEVAL["followed"])], *picked]
    rows = {r["id"]: r for r in fetch(sorted({s.id + k for s in led for k in range(steps + 1)}))}
    by_id = {s.id: s for s in sentences}
    out = list(picked)
    for s in led:
        own = rows.get(s.id)
        for k in range(1, steps + 1):
            after = rows.get(s.id + k)
            if own is None or after is None or after["document"] != s.document or after["block"] != own["block"]:
                break
            if after["id"] in ids:
                continue
            known = by_id.get(after["id"])
            out.append(Sentence(after["id"], s.document, s.section, after["start"], after["end"], after["text"],
                                s.rank, coverage=max(s.coverage, known.coverage if known else 0.0), exact=s.exact,
                                missing=list(s.missing), indirect=s.indirect, neighbour=True,
                                section_order=s.section_order, added=True))
            ids.add(after["id"])
    return out


def deeper(sentences: list[Sentence], pool: list[Sentence]) -> list[Sentence]:
    """The best covered sentences past the usual pool (``sentences`` best covered first): among the
    ``DEEPER["depth"]`` best, those not examined yet that cover at least ``DEEPER["share"]`` of the best
    sentence's coverage and ``DEEPER["floor"]`` of the question, at most ``DEEPER["most"]``. A paraphrase
    ("lost" for "defeated", "the head of government" for "Prime Minister") costs the stating sentence more
    coverage than the pool's fixed gap allows. They count as added (a weaker lead, as the section stage's)."""
    if not sentences:
        return []
    ids = {s.id for s in pool}
    floor = max(DEEPER["floor"], DEEPER["share"] * sentences[0].coverage)
    out: list[Sentence] = []
    for s in sentences[:int(DEEPER["depth"])]:
        if len(out) >= DEEPER["most"]:
            break
        if s.id in ids or s.coverage < floor:
            continue
        s.added = True
        out.append(s)
        ids.add(s.id)
    return out


def titled_sections(kb: KnowledgeBase, q: Question) -> list[Section]:
    """The sections whose title (or whose document's only section's title) holds a name of the question, for each
    name that at most ``RETRIEVAL["titled_most"]`` titles hold: the section's subject stands for the name its
    sentences leave out ("The talks opened at …" under a title naming the conference). A name in many titles
    tells no section apart."""
    by_word: dict[str, list[Section]] = defaultdict(list)
    for key, title in _titles(kb).items():
        for word in dict.fromkeys(_title_words(title)):
            by_word[word].append(key)
    out: list[Section] = []
    for name in q.names:
        found = by_word.get(name, [])
        if len(found) <= RETRIEVAL["titled_most"]:
            out += [key for key in found if key not in out]
    return out


def titled_sentences(kb: KnowledgeBase, q: Question, unnamed: str, seen: set[int]) -> list[dict[str, Any]]:
    """The best ``RETRIEVAL["titled"]`` sentences by BM25 of the sections `titled_sections` finds that hold the
    question's other words (``unnamed``, an FTS5 expression without its names), not in ``seen``."""
    sections = titled_sections(kb, q)
    if not sections or not unnamed:
        return []
    wanted = set(sections)
    keep = int(RETRIEVAL["titled"])
    rows = kb.ranked_sentences_in(unnamed, list(dict.fromkeys(d for d, _s in sections)), int(RETRIEVAL["scan"]))
    return [r for r in rows if (r["document"], r["section"]) in wanted and r["id"] not in seen][:keep]


def _title_words(title: str) -> list[str]:
    return re.findall(r"[^\W_]+", title.lower())


def _titles(kb: KnowledgeBase) -> dict[Section, str]:
    """Every section's title, cached per database content (shared by a server's threads)."""
    key = kb.content_key()
    cached = _TITLES.get(key)
    if cached is not None:
        return cached
    rows = kb.section_titles({d for d, _s in _sizes(kb)})
    titles = {(r["document"], r["id"]): r["title"] or "" for r in rows}
    _TITLES.put(key, titles)
    return titles


def _sizes(kb: KnowledgeBase) -> dict[Section, int]:
    """Sentences per section, cached per database content (shared by a server's threads)."""
    key = kb.content_key()
    cached = _SIZES.get(key)
    if cached is not None:
        return cached
    sizes = {(d, s): n for d, s, n in kb.section_sizes()}
    _SIZES.put(key, sizes)
    return sizes


class _PerContent:
    """Values kept per database content key, shared by a server's threads: each entry is written whole under
    the lock, so a thread never sees a half-made one; two keys cover a server that alternates between a
    database and its rebuild (a rebuilt database leaves its old key behind)."""

    def __init__(self, kept: int) -> None:
        self._values: dict[Any, Any] = {}
        self._kept = kept
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            return self._values.get(key)

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._values[key] = value
            while len(self._values) > self._kept:
                del self._values[next(iter(self._values))]

    def __len__(self) -> int:
        return len(self._values)


_SIZES_KEPT = 2
_HELD = _PerContent(_SIZES_KEPT)  # content key -> {FTS5 term: whether any sentence matches it} (held_by)
_SIZES = _PerContent(_SIZES_KEPT)  # content key -> sentences per section (_sizes)
_TITLES = _PerContent(_SIZES_KEPT)  # content key -> every section's title (_titles)


def _fts_term(word: str) -> str:
    toks = re.findall(r"[^\W_]+", word)
    return '"' + " ".join(toks) + '"'
