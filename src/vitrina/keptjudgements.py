"""Judgements of two statements of two documents kept in the exhibit between builds (round 57, issue #18).

The comparisons stage judges pairs of statements of two documents: are they the same thing (``compare._same_thing``),
are they one sentence retold whose names are then compared (``compare._retold_participants``). A judgement of two
statements reads nothing of their documents but the statements themselves (``compare._Copies`` rests on it within
a build), so it can be kept across builds, keyed by a digest of each side (``statement_digest``: the statement
without its document, its offsets counted from its sentence's start, as canonical JSON) and the code's version.

A judge is kept only past its cheap first tests (``gate``: most pairs of a block are refused by them in about a
microsecond, and keeping them would cost more than judging them again). A build keeps exactly the judgements it
asked for past the gate, made or read, in the order first asked, up to ``KEPT_JUDGEMENTS["pairs"]`` a judge; so:

* a pair with a changed or removed statement is not asked for again and is gone after the next build (a statement
  told alike in another document keeps its judgements: they are still right);
* the kept rows grow with the pairs the blocking makes (``compare.WEIGHTS.key_partners``, ``max_block``), not with
  the builds, and never past the cap;
* another code version (source files, word lists, packages, the weights tables as they stand) reads nothing.

The entries are plain data (JSON, base64 of little-endian integer arrays; never pickles: an exhibit may come from
elsewhere); one that cannot be read, or of another version, is ignored and the judgements made again: what is kept
only ever saves time, never changes a result.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Any

from vitrina.keptstatements import encode
from vitrina.qa.parse import unnoted

KEY_PREFIX = "compare-judged:"
HEAD_KEY = KEY_PREFIX + "head"

KEPT_JUDGEMENTS = {
    # judgements kept for the next build, a judge at most: past it a build judges as before but keeps no more
    # (at 1,200 short records the sentences retold ask ~100,000 past their gate; 8 bytes of key and 2 of result each)
    "pairs": 2_000_000,
    # characters of one entry (the comparisons' ``PART_CHARS``): larger tables are cut into parts
    "part_chars": 1_000_000,
}

_DIGEST = 16  # bytes of a statement's digest (blake2b)
_SHIFT = 32  # a pair's key: the first side's number shifted past the second's
_MAX_CODE = 0xFFFF  # the largest code of a result (unsigned 16 bits, array "H")

Judge = Callable[[Any, Any], Any]


def statement_digest(moved: Any) -> bytes:
    """The digest of a statement moved to its sentence (no document, offsets from the sentence's start), the same
    in every process (frozensets sorted: ``keptstatements.encode``)."""
    text = json.dumps(encode(moved), ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=_DIGEST).digest()


def _packed(values: array) -> str:
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode("ascii")


def _unpacked(typecode: str, text: str) -> array:
    values = array(typecode)
    values.frombytes(base64.b64decode(text.encode("ascii"), validate=True))
    if sys.byteorder == "big":
        values.byteswap()
    return values


class _Earlier:
    """One judge's kept judgements read from the last build: sorted pair keys and their results' codes."""

    def __init__(self, keys: array, codes: array, results: list[Any]) -> None:
        if len(keys) != len(codes) or any(c >= len(results) for c in codes):
            raise ValueError("not a kept judgement table")
        if any(keys[n] >= keys[n + 1] for n in range(len(keys) - 1)):
            order = sorted(range(len(keys)), key=keys.__getitem__)
            keys, codes = array("q", (keys[n] for n in order)), array("H", (codes[n] for n in order))
        self.keys, self.codes, self.results = keys, codes, results

    def get(self, key: int) -> tuple[bool, Any]:
        at = bisect_left(self.keys, key)
        if at < len(self.keys) and self.keys[at] == key:
            return True, self.results[self.codes[at]]
        return False, None


class _Kept:
    """One judge's judgements kept for the next build, in the order first asked."""

    def __init__(self) -> None:
        self.keys = array("q")
        self.codes = array("H")
        self.code_of: dict[Any, int] = {}

    def add(self, key: int, result: Any) -> None:
        """Keep ``result`` under ``key``; nothing when it would be a result past the codes' range (a judge whose
        results are many values: the pair is judged again next build)."""
        if result not in self.code_of and len(self.code_of) > _MAX_CODE:
            return
        self.keys.append(key)
        self.codes.append(self.code_of.setdefault(result, len(self.code_of)))

    def parts(self, part_chars: int) -> Iterator[str]:
        """The table as JSON entries of at most about ``part_chars`` characters, keys ascending, each once."""
        order = sorted(range(len(self.keys)), key=self.keys.__getitem__)
        rows = [n for x, n in enumerate(order) if x == 0 or self.keys[order[x - 1]] != self.keys[n]]
        per_part = max(1, part_chars * 3 // 4 // 10)  # 8 bytes of key and 2 of code a row, base64's 4/3
        results = list(self.code_of)
        for first in range(0, len(rows), per_part) or [0]:
            chunk = rows[first:first + per_part]
            yield json.dumps({"results": results, "keys": _packed(array("q", (self.keys[n] for n in chunk))),
                              "codes": _packed(array("H", (self.codes[n] for n in chunk)))},
                             ensure_ascii=False, separators=(",", ":"))


class KeptJudgements:
    """The judgements a build finds kept by the last build (``earlier``: a reader of its exhibit's meta entries)
    and those it keeps for the next (``entries``)."""

    def __init__(self, version: str, earlier: Callable[[str], str | None] | None,
                 limits: dict[str, int] | None = None) -> None:
        self.version = version
        self.limits = limits if limits is not None else KEPT_JUDGEMENTS
        self._earlier_number: dict[bytes, int] = {}  # a statement's digest -> its number in the last build
        self._earlier: dict[str, _Earlier] = {}
        self._digests: list[bytes] = []  # this build's digests, numbered in the order first kept
        self._number: dict[bytes, int] = {}
        self._kept: dict[str, _Kept] = {}
        self.read = self.made = 0  # judgements read from the last build / made in this one (past the gates)
        if earlier is not None:
            try:
                self._read(earlier)
            except (ValueError, TypeError, KeyError, AttributeError):  # another shape: nothing kept is read
                self._earlier_number, self._earlier = {}, {}

    def _read(self, earlier: Callable[[str], str | None]) -> None:
        head_text = earlier(HEAD_KEY)
        if head_text is None:
            return
        head = json.loads(head_text)
        if head["version"] != self.version:
            return
        digests = b"".join(base64.b64decode(self._entry(earlier, "digests", n).encode("ascii"), validate=True)
                           for n in range(1, int(head["digests"]) + 1))
        if len(digests) % _DIGEST:
            raise ValueError("not a digest table")
        number = {digests[x:x + _DIGEST]: n for n, x in enumerate(range(0, len(digests), _DIGEST))}
        tables = {}
        for name, parts in head["judges"].items():
            keys, codes, results = array("q"), array("H"), None
            for n in range(1, int(parts) + 1):
                part = json.loads(self._entry(earlier, name, n))
                if results is not None and part["results"] != results:
                    raise ValueError("not a kept judgement table")
                results = part["results"]
                keys += _unpacked("q", part["keys"])
                codes += _unpacked("H", part["codes"])
            tables[str(name)] = _Earlier(keys, codes, [_result(r) for r in results or []])
        self._earlier_number, self._earlier = number, tables

    @staticmethod
    def _entry(earlier: Callable[[str], str | None], name: str, n: int) -> str:
        text = earlier(f"{KEY_PREFIX}{name}:{n:08d}")
        if text is None:
            raise ValueError("a kept part is missing")
        return text

    def judged(self, name: str, digest_a: bytes, digest_b: bytes, a: Any, b: Any, judge: Judge) -> Any:
        """``judge(a, b)`` (two statements of two documents with these digests): read from the last build when it
        kept it, made otherwise; kept for the next build either way."""
        found, result = self._earlier_result(name, digest_a, digest_b)
        if found:
            self.read += 1
        else:
            result = unnoted(judge, a, b)  # (a judgement read parses nothing: ``vitrina.keptparses``)
            self.made += 1
        self._keep(name, digest_a, digest_b, result)
        return result

    def _earlier_result(self, name: str, digest_a: bytes, digest_b: bytes) -> tuple[bool, Any]:
        table = self._earlier.get(name)
        na, nb = self._earlier_number.get(digest_a), self._earlier_number.get(digest_b)
        if table is None or na is None or nb is None:
            return False, None
        return table.get((na << _SHIFT) | nb)

    def _keep(self, name: str, digest_a: bytes, digest_b: bytes, result: Any) -> None:
        kept = self._kept.setdefault(name, _Kept())
        if len(kept.keys) >= self.limits["pairs"]:
            return
        kept.add((self._numbered(digest_a) << _SHIFT) | self._numbered(digest_b), result)

    def _numbered(self, digest: bytes) -> int:
        n = self._number.setdefault(digest, len(self._digests))
        if n == len(self._digests):
            self._digests.append(digest)
        return n

    def entries(self) -> Iterator[tuple[str, str]]:
        """The meta entries of the judgements kept for the next build: a head naming the version and the parts,
        the statements' digests, then each judge's table."""
        if not self._kept:
            return
        per_part = max(1, self.limits["part_chars"] * 3 // 4 // _DIGEST)
        digest_parts = [base64.b64encode(b"".join(self._digests[x:x + per_part])).decode("ascii")
                        for x in range(0, len(self._digests), per_part)]
        judges = {name: list(kept.parts(self.limits["part_chars"])) for name, kept in sorted(self._kept.items())}
        yield HEAD_KEY, json.dumps({"version": self.version, "digests": len(digest_parts),
                                    "judges": {name: len(parts) for name, parts in judges.items()}})
        for n, text in enumerate(digest_parts, start=1):
            yield f"{KEY_PREFIX}digests:{n:08d}", text
        for name, parts in judges.items():
            for n, text in enumerate(parts, start=1):
                yield f"{KEY_PREFIX}{name}:{n:08d}", text


def _result(value: Any) -> Any:
    """A kept result as read: a string, a boolean or None only."""
    if value is None or isinstance(value, (str, bool)):
        return value
    raise ValueError("not a kept result")
