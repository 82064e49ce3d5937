"""Parallel-language text: a document mostly in one language that sets a translation
beside it (a bilingual wall panel's second column, a block of the other language after
each block of the first).

A line or block leans to a language by its function words: spaCy's stop-word list of
each language it ships (``vitrina.language``, the one identification API:
``stop_words``, ``lean``, ``leans``). A word counts for a language only when the other language's list lacks it
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

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from vitrina.language import lean, leans, listed, stop_words, words_of
from vitrina.structure.captions import match_label
from vitrina.structure.cues import ends_sentence
from vitrina.structure.layout import Entry, Fragment, Heading
from vitrina.structure.lines import Line, LineSet

LIMITS: dict[str, float] = {
    "parallel": 1,  # 0: no block is set apart as a translation
    "min_parallel_words": 40,  # the second language's leaning words that make a document bilingual
    "max_parallel_share": 0.4,  # ... less than this share of the words leaning either way (the body mostly one language)
    "sure_lean": 2,  # a line or block leaning this many words to one language is in it
    # round 50 (rawtext): in a document of one language (not bilingual), a sentence (raw text: the
    # lines running on to its end) leaning this many words to another language is a translation
    # set beside the text, a caption repeated in two more languages (0: off)
    "foreign_sentence_lean": 3,
    "foreign_max_share": 0.15,  # ... while such sentences hold less than this share of its words (more: two bodies)
}


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
        return foreign_sentences(texts, runs_on)
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


def foreign_sentences(texts: Sequence[str], runs_on: Sequence[bool]) -> list[bool]:
    """Which texts of a document in one language belong to a sentence in another: the
    texts grouped into sentences (a text running on from the one before joins its group,
    ``runs_on``), a group leaning at least ``foreign_sentence_lean`` words to one language
    against the document's own (the language whose list holds most of its words), unless it
    opens on a position label (a caption of its own, labelled in its language); none
    when such groups hold ``foreign_max_share`` of the words or more (a text set in full in
    two languages is two bodies, both kept)."""
    out = [False] * len(texts)
    least = LIMITS["foreign_sentence_lean"]
    if not least or not stop_words():
        return out
    texts_words = [words_of(text) for text in texts]
    total: Counter[str] = Counter()
    for words in texts_words:
        total.update(listed(words))
    if not total:
        return out
    main = total.most_common(1)[0][0]
    groups: list[list[int]] = []
    for n in range(len(texts)):
        if groups and runs_on[n]:
            groups[-1].append(n)
        else:
            groups.append([n])
    for group in groups:
        if match_label(texts[group[0]]):
            continue  # a caption with a position label of its own ("Ci-dessus : …") is one, in any language
        words = [word for n in group for word in texts_words[n]]
        if max(leans(words, main).values(), default=0) >= least:
            for n in group:
                out[n] = True
    foreign = sum(len(words) for words, apart in zip(texts_words, out, strict=True) if apart)
    if foreign >= LIMITS["foreign_max_share"] * sum(len(words) for words in texts_words):
        return [False] * len(texts)
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
