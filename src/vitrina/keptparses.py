"""The sentence parses of the comparisons stage kept in the exhibit between builds (round 59, issue #18).

The comparisons stage parses sentences (``qa.parse.parse_many``: the dated and counted sentences, the names'
frames, the clauses, the arguments of opposed statements, the acts values hang on); on an exhibit whose
statements and judgements are all kept, the parses are what a build of one changed document still makes for the
whole collection. A parse reads nothing but the sentence's text and the parser, so a build keeps the parses the
stage asked for — ``qa.parse``'s compact records: the words, the spaces and the tag, POS, dependency, head,
lemma and morphology columns, with their strings written out (a column holds the strings' hashes, which another
process's vocabulary does not know) — keyed by the text, and the next build rebuilds a sentence it finds kept
instead of parsing it again (``qa.parse.kept_between_builds``).

What is kept is every sentence the stage asked for outside the making of statements and of kept judgements
(``qa.parse.not_noted``, ``qa.parse.unnoted``), sorted by its text: a document whose statements are read kept, or a
judgement read kept, asks for none of its sentences there, so noting them would make an incremental build keep
other parses than a build of the whole collection. The passes after
the statements ask for the same sentences either way (not in the same order: the statements' order follows the
documents'), so the entries are those of one build of the whole collection; a sentence no longer asked for is
gone with the next build.

Entries: ``compare-parsed:head`` (JSON: the version and the number of parts) and ``compare-parsed:NNNNNNNN``
(JSON: the strings the part's columns name, then each sentence as ``[text, lemmas, token lengths, spaces,
columns]``, the columns a token's six values, a string's number in the part's strings or the head's offset),
each at most ``KEPT_PARSES["part_chars"]`` characters. The version is that of the parser: spaCy, thinc, numpy and
the model, the machine, and the source of the modules that load and run it (``qa/parse.py``,
``extract/nlp.py``). An entry that cannot be read, or of another version, reads nothing: the sentences are
parsed again. A sentence whose columns do not read back as they were made (a string the vocabulary numbers
otherwise) is not kept.
"""

from __future__ import annotations

import json
import platform
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc
    from thinc.types import Ints2d

    from vitrina.qa.parse import _Record

KEY_PREFIX = "compare-parsed:"
HEAD_KEY = KEY_PREFIX + "head"

KEPT_PARSES = {
    # characters of one entry (the comparisons' ``PART_CHARS``): larger sets of parses are cut into parts
    "part_chars": 1_000_000,
    # parts held decoded while reading (sentences are asked for in about the order they were kept)
    "parts_held": 4,
}

_HEAD = 3  # the head's column in ``qa.parse._attributes``: an offset, not a string
_COLUMNS = range(6)  # the columns of ``qa.parse._attributes``
_WORD = (1 << 64) - 1  # a signed offset as the column's unsigned 64 bits
# one sentence as noted: text, lemmas, token lengths, spaces ("0"/"1" each), per token its six values
_Noted = tuple[str, bool, list[int], str, list[list[str | int]]]


def parser_version() -> str:
    """The version of the parser a kept parse was made by (the module's docstring)."""
    import hashlib

    from vitrina.extract import nlp
    from vitrina.qa import parse
    from vitrina.tablecache import package_versions, source_digest

    parts = (*package_versions(("spacy", "thinc", "numpy", nlp.MODEL)), platform.machine(),
             source_digest(parse, nlp))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def noted(text: str, lemmas: bool, doc: Doc, columns: Any, strings: StringStore) -> _Noted | None:
    """A parse as kept: its words as lengths of ``text``, its columns' strings; None when it would not read
    back as made."""
    lengths = [len(t.text) for t in doc]
    spaces = "".join("1" if t.whitespace_ else "0" for t in doc)
    if "".join(t.text_with_ws for t in doc) != text:
        return None
    rows: list[list[str | int]] = []
    for row in columns.tolist():
        values: list[str | int] = []
        for n, value in enumerate(row):
            if n == _HEAD:
                values.append(value - (1 << 64) if value >= 1 << 63 else value)  # a signed offset
                continue
            string = strings[value]
            if strings.add(string) != value:
                return None
            values.append(string)
        rows.append(values)
    return text, lemmas, lengths, spaces, rows


def record_of(sentence: Sequence[Any], names: Sequence[str], strings: StringStore) -> _Record:
    """The ``qa.parse`` record of a kept sentence (``[text, lemmas, lengths, spaces, columns]``, the columns'
    strings numbered in ``names``), its strings added to ``strings``."""
    import numpy

    text, _lemmas, lengths, spaces, rows = sentence
    words, at = [], 0
    for length, space in zip(lengths, spaces, strict=True):
        words.append(text[at:at + length])
        at += length + (space == "1")
    hashes = [strings.add(name) for name in names]
    table = [[value & _WORD if n == _HEAD else hashes[value] for n, value in enumerate(row)] for row in rows]
    columns = numpy.array(table, dtype=numpy.uint64).reshape(len(table), len(_COLUMNS))
    return words, [s == "1" for s in spaces], cast("Ints2d", columns)


class InMemory:
    """Rows of (text, lemmas, noted JSON) read back sorted, in memory (``store.scratch.SortedTexts`` keeps them in
    a scratch file)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str]] = []

    def add_all(self, rows: Iterable[tuple[str, int, str]]) -> None:
        self.rows += rows

    def in_order(self) -> Iterator[str]:
        return (row[2] for row in sorted(self.rows))


class KeptParses:
    """The parses a build finds kept by the last build (``earlier``: a reader of its exhibit's meta entries) and
    those it keeps for the next (``entries``), noted in ``out`` (``InMemory``, or a scratch file's
    ``SortedTexts`` of two keys)."""

    def __init__(self, version: str, earlier: Callable[[str], str | None] | None, out: Any = None,
                 limits: dict[str, int] | None = None) -> None:
        self.version, self.earlier = version, earlier
        self.out = out if out is not None else InMemory()
        self.limits = limits if limits is not None else KEPT_PARSES
        self.noting = True  # off while statements are made (``qa.parse.not_noted``)
        self.seen: set[tuple[str, bool]] = set()  # sentences noted (or found unkeepable)
        self.read = self.made = 0
        self._parts: OrderedDict[int, tuple[list[str], list[Any]]] = OrderedDict()
        self._index = self._earlier_index()

    def _earlier_index(self) -> dict[tuple[str, bool], tuple[int, int]]:
        """(text, lemmas) -> (part, place) of every parse the last build kept in this version."""
        head = self._json(HEAD_KEY)
        if not isinstance(head, dict) or head.get("version") != self.version or not isinstance(head.get("parts"), int):
            return {}
        index: dict[tuple[str, bool], tuple[int, int]] = {}
        for part in range(1, head["parts"] + 1):
            for place, sentence in enumerate(self._part(part)[1]):
                index[(sentence[0], bool(sentence[1]))] = (part, place)
        self._parts.clear()
        return index

    def _json(self, key: str) -> Any:
        text = self.earlier(key) if self.earlier is not None else None
        try:
            return json.loads(text) if text is not None else None
        except ValueError:
            return None

    def _part(self, number: int) -> tuple[list[str], list[Any]]:
        """A part's strings and sentences (empty when it cannot be read), a few held decoded."""
        if number in self._parts:
            self._parts.move_to_end(number)
            return self._parts[number]
        data = self._json(f"{KEY_PREFIX}{number:08d}")
        ok = isinstance(data, dict) and isinstance(data.get("strings"), list) and isinstance(data.get("sentences"),
                                                                                             list)
        self._parts[number] = found = (data["strings"], data["sentences"]) if ok else ([], [])
        while len(self._parts) > self.limits["parts_held"]:
            self._parts.popitem(last=False)
        return found

    def record(self, text: str, lemmas: bool, strings: StringStore) -> _Record | None:
        """The record of ``text`` parsed (with ``lemmas`` or not) as the last build kept it; None when it kept
        none or it cannot be read."""
        where = self._index.get((text, lemmas))
        if where is None:
            return None
        names, sentences = self._part(where[0])
        try:
            found = record_of(sentences[where[1]], names, strings)
        except (ValueError, TypeError, IndexError):
            del self._index[(text, lemmas)]
            return None
        self.read += 1
        return found

    def note(self, text: str, lemmas: bool, doc: Doc, strings: StringStore) -> None:
        """Keep the parse ``doc`` of ``text`` for the next build (once a sentence, while noting)."""
        from vitrina.qa.parse import _attributes

        if not self.noting or (text, lemmas) in self.seen:
            return
        self.seen.add((text, lemmas))
        kept = noted(text, lemmas, doc, doc.to_array(_attributes()), strings)
        if kept is not None:
            self.out.add_all([(text, int(lemmas), json.dumps(kept, ensure_ascii=False))])

    def entries(self) -> Iterator[tuple[str, str]]:
        """The meta entries of the parses kept for the next build: the parts, then the head."""
        parts = 0
        for strings, sentences in _parts_of(map(json.loads, self.out.in_order()), self.limits["part_chars"]):
            parts += 1
            yield f"{KEY_PREFIX}{parts:08d}", json.dumps({"strings": strings, "sentences": sentences},
                                                        ensure_ascii=False, separators=(",", ":"))
        yield HEAD_KEY, json.dumps({"version": self.version, "parts": parts})


def _parts_of(kept: Iterable[Sequence[Any]], part_chars: int) -> Iterator[tuple[list[str], list[Any]]]:
    """The noted sentences in parts of about ``part_chars`` characters, each with its own strings."""
    strings: dict[str, int] = {}
    sentences: list[Any] = []
    size = 0
    for text, lemmas, lengths, spaces, rows in kept:
        known = len(strings)
        columns = [[v if n == _HEAD else strings.setdefault(str(v), len(strings)) for n, v in enumerate(row)]
                   for row in rows]
        sentences.append([text, int(lemmas), lengths, spaces, columns])
        size += len(json.dumps(sentences[-1], ensure_ascii=False)) + sum(len(s) + 3 for s in list(strings)[known:])
        if size >= part_chars:
            yield list(strings), sentences
            strings, sentences, size = {}, [], 0
    if sentences:
        yield list(strings), sentences
