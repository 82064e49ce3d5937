"""Parallel-language text: a document mostly in one language that sets a translation
beside it (a bilingual wall panel's second column, a block of the other language after
each block of the first).

A line or block leans to a language by its function words: spaCy's stop-word list of
each language it ships (``spacy/lang/XX/stop_words.py``, read as files: no model, no
download). A word counts for a language only when the other language's list lacks it
("la", "una", "il" for Italian against English; "the", "by", "which" for English
against Italian), so words the two share ("a", "in") decide nothing. The document's
main language is the one most of its words lean to, its second the one most of the rest
lean to; where the second holds at least ``min_parallel_words`` and less than
``max_parallel_share`` of the leaning words, the document is bilingual and every block
(raw text: every run of lines) leaning to the second language is its translation:
kept in the document as a ``translation`` block, out of the reading text and its
sections.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from vitrina.structure.cues import ends_sentence
from vitrina.structure.layout import Entry, Fragment, Heading
from vitrina.structure.lines import Line, LineSet

LIMITS: dict[str, float] = {
    "parallel": 1,  # 0: no block is set apart as a translation
    "min_parallel_words": 40,  # the second language's leaning words that make a document bilingual
    "max_parallel_share": 0.4,  # ... less than this share of the words leaning either way (the body mostly one language)
    "sure_lean": 2,  # a line or block leaning this many words to one language is in it
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@cache
def stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words, by spaCy's code ("en", "it"), one-word entries only."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return {}
    lists: dict[str, frozenset[str]] = {}
    for folder in sorted((Path(next(iter(spec.submodule_search_locations))) / "lang").iterdir()):
        words = _load_list(folder / "stop_words.py")
        if words:
            lists[folder.name] = frozenset(w for w in words if w.isalpha())
    return lists


def _load_list(path: Path) -> set[str] | None:
    """The ``STOP_WORDS`` of one spaCy stop-word file, loaded alone (not its language's
    package, which would load its tokenizer)."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_vitrina_stop_words_{path.parent.name}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # a list that needs its package: that language is not read
        return None
    words = getattr(module, "STOP_WORDS", None)
    return {str(w).lower() for w in words} if words else None


@cache
def _holders() -> dict[str, frozenset[str]]:
    """Each stop word and the languages whose lists hold it."""
    index: dict[str, set[str]] = {}
    for code, words in stop_words().items():
        for word in words:
            index.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in index.items()}


def words_of(text: str) -> list[str]:
    """The text's words in lower case, of two letters or more (a lone letter is a stop
    word in lists that hold the alphabet)."""
    return [w for w in (m.lower().replace("’", "'") for m in _WORD.findall(text)) if len(w) > 1]


def listed(text: str | list[str]) -> Counter[str]:
    """How many of the text's words (or of these words, ``words_of`` a text) each language's list holds."""
    holders = _holders()
    counts: Counter[str] = Counter()
    for word in _words(text):
        counts.update(holders.get(word, ()))
    return counts


def _words(text: str | list[str]) -> list[str]:
    """The words of a text, or these (a text's ``words_of``, read once for several questions)."""
    return words_of(text) if isinstance(text, str) else text


def leans(text: str | list[str], main: str) -> Counter[str]:
    """For each other language, the text's words (or these words) in its list and not in ``main``'s, less
    those in ``main``'s and not in its: above 0 the text leans to that language."""
    holders = _holders()
    own, shared, others = 0, Counter[str](), Counter[str]()
    for word in _words(text):
        codes = holders.get(word, frozenset())
        if main in codes:
            own += 1
            shared.update(codes)
        else:
            others.update(codes)
    return Counter({code: others[code] - (own - shared[code]) for code in others})


def lean(text: str | list[str], main: str, second: str) -> int:
    """How far the text (or these words) leans to ``second`` against ``main`` (``leans``), in words."""
    lists = stop_words()
    first, other = lists.get(main, frozenset()), lists.get(second, frozenset())
    words = _words(text)
    return sum(w in other and w not in first for w in words) - sum(w in first and w not in other for w in words)


def parallel_pair(texts: Sequence[str]) -> tuple[str, str] | None:
    """(main, second) language of a bilingual document given its lines or blocks, or None
    (one language, or ``parallel`` off). Of the two languages whose lists hold most of its
    words, the main is the one more of its words stand in texts leaning to; the second is
    the language the texts leaning away from the main lean to most. The document is
    bilingual when the texts leaning to the second hold at least ``min_parallel_words``
    words and less than ``max_parallel_share`` of the words of the texts leaning to
    either (a full translation beside its original, as long, is two bodies)."""
    if not LIMITS["parallel"] or not stop_words():
        return None
    total: Counter[str] = Counter()
    texts_words = [words_of(text) for text in texts]  # each text read once
    for words in texts_words:
        total.update(listed(words))
    top = [code for code, _ in total.most_common(2)]
    if len(top) < 2:
        return None
    lengths = [len(words) for words in texts_words]
    first = [lean(words, top[0], top[1]) for words in texts_words]
    toward_second = sum(n for n, m in zip(lengths, first, strict=True) if m > 0)
    main = top[1] if toward_second > sum(n for n, m in zip(lengths, first, strict=True) if m < 0) else top[0]
    second_words: Counter[str] = Counter()
    for words in texts_words:
        best = max(leans(words, main).items(), key=lambda item: item[1], default=None)
        if best is not None and best[1] > 0:
            second_words[best[0]] += best[1]
    if not second_words:
        return None
    second = second_words.most_common(1)[0][0]
    margins = [lean(words, main, second) for words in texts_words]
    in_second = sum(n for n, m in zip(lengths, margins, strict=True) if m > 0)
    in_main = sum(n for n, m in zip(lengths, margins, strict=True) if m < 0)
    if in_second < LIMITS["min_parallel_words"] or in_second >= LIMITS["max_parallel_share"] * (in_second + in_main):
        return None
    return main, second


def in_second_language(texts: Sequence[str], runs_on: Sequence[bool]) -> list[bool]:
    """Which of a bilingual document's texts (lines or blocks, in reading order) are in
    its second language; all False when it is not bilingual (``parallel_pair``). A text
    leaning at least ``sure_lean`` words either way is in that language; one leaning less
    goes with the text before it where it runs on from it (``runs_on``: the line before
    ends no sentence), else with the next text that leans surely (a heading with the
    text it heads), else with the one before."""
    pair = parallel_pair(texts)
    if pair is None:
        return [False] * len(texts)
    margins = [lean(text, *pair) for text in texts]
    sure = [None if abs(m) < LIMITS["sure_lean"] else m > 0 for m in margins]
    out: list[bool] = []
    for n, verdict in enumerate(sure):
        if verdict is None and out and runs_on[n]:
            verdict = out[-1]
        if verdict is None:
            verdict = next((v for v in sure[n + 1 :] if v is not None), out[-1] if out else False)
        out.append(verdict)
    return out


Run = tuple[int | None, list[Line]]  # the index of the line kept before it (None: none), its lines


def without_second_language(lineset: LineSet) -> tuple[LineSet, list[Run]]:
    """The text's lines without those of a bilingual document's second language
    (``in_second_language``, a line running on from one that ends no sentence), and those
    lines in runs, each with the kept line it follows (raw text: the two languages'
    blocks stand interleaved, and would be read into each other's paragraphs)."""
    lines = lineset.lines
    runs_on = [n > 0 and not ends_sentence(lines[n - 1].text) for n in range(len(lines))]
    second = in_second_language([line.text for line in lines], runs_on)
    if not any(second):
        return lineset, []
    kept: list[Line] = []
    runs: list[Run] = []
    for line, apart in zip(lines, second, strict=True):
        if apart:
            anchor = len(kept) - 1 if kept else None  # the kept line's place once renumbered
            if runs and runs[-1][0] == anchor:
                runs[-1][1].append(line)
            else:
                runs.append((anchor, [line]))
            continue
        kept.append(line)
    for n, line in enumerate(kept):
        line.index = n  # the layout addresses lines by their place among the kept
    return replace(lineset, lines=kept), runs


def with_translations(entries: list[Entry], runs: list[Run]) -> list[Entry]:
    """The entries with each run of second-language lines as a ``translation`` block after
    the entry holding the line it followed (its place in the text)."""
    if not runs:
        return entries
    holder = {id(line): n for n, entry in enumerate(entries) for line in _entry_lines(entry)}
    by_line = {line.index: line for entry in entries for line in _entry_lines(entry)}
    after: dict[int, list[Fragment]] = {}
    for anchor, lines in runs:
        at = -1
        while anchor is not None and anchor >= 0:
            line = by_line.get(anchor)
            if line is not None and id(line) in holder:
                at = holder[id(line)]
                break
            anchor -= 1
        after.setdefault(at, []).append(Fragment("translation", lines))
    out: list[Entry] = list(after.get(-1, []))
    for n, entry in enumerate(entries):
        out.append(entry)
        out.extend(after.get(n, []))
    return out


def translations_apart(entries: list[Entry]) -> list[Entry]:
    """The entries of a page layout (PDF) with a bilingual document's second-language
    blocks as ``translation`` blocks: a heading in it no longer opens a section (a
    heading leaning neither way goes with the block it heads)."""
    texts = [" ".join(line.text for line in _entry_lines(entry)) for entry in entries]
    second = in_second_language(texts, [False] * len(entries))
    out: list[Entry] = []
    for entry, apart in zip(entries, second, strict=True):
        if apart and isinstance(entry, Heading):
            out.append(Fragment("translation", list(entry.lines)))
        elif apart and isinstance(entry, Fragment) and entry.kind != "table":
            out.append(replace(entry, kind="translation", position=None))
        else:
            out.append(entry)
    return out


def _entry_lines(entry: Entry) -> list[Line]:
    lines = list(entry.lines)
    if isinstance(entry, Fragment):
        for deferred in entry.deferred:
            lines.extend(deferred.lines)
    return lines
