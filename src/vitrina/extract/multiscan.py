"""Many case-insensitive patterns over one text, in one pass instead of one pass each.

Python's ``re`` tries a pattern at every position of the text unless the
pattern starts with a plain literal or character set, which a case-insensitive
pattern opening with a lookbehind never does: the date rules
(``edtf_text.RULES``) scanned a megabyte of prose 24 times (~1.4 CPU s).

:class:`MultiScan` reads, from each pattern's own parse tree, the heads every
one of its matches starts with ("the" + spaces, "jan", "1" + a digit), finds
in one pass the positions where any head occurs (one regular expression: a
trie of all heads, behind the guard every pattern starts with), and tries each
pattern only where one of its own heads occurs, with ``pattern.match`` at that
position. The matches are exactly ``pattern.finditer``'s: every position where
a pattern can match is tried, in text order, and the next try starts where the
last match ended. A pattern whose heads cannot be read (one that may start
with any letter, an empty match, flags inside) is scanned whole as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from re import _constants as sre_constants  # type: ignore[attr-defined]  # the standard parser's
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

LIMITS = {
    "head_tokens": 8,  # a head is read up to this many tokens
    "set_chars": 12,  # a character set ("[12]", "[-/]") is spelled out up to this size
    "heads": 300,  # heads of one pattern at most (more are cut shorter)
    "walk_chars": 64,  # characters read after a position to tell which heads occur there
}

# Head tokens: one lower-case ASCII character, or one of these classes.
DIGIT = "\\d"  # one decimal digit
SPACES = "\\s+"  # one or more whitespace characters
Head = tuple[str, ...]
# (head, complete): ``complete`` when the head spells all of what it was read from
Heads = frozenset[tuple[Head, bool]]
_STOP: Heads = frozenset({((), False)})  # nothing known: any text may come
_EMPTY: Heads = frozenset({((), True)})  # zero-width: what follows decides


def all_leading_heads(patterns: Sequence[re.Pattern[str]], cache_name: str | None = None
                      ) -> list[frozenset[Head] | None]:
    """``leading_heads`` of each pattern. Reading them from the patterns' parse trees is most of the
    cost of making a scan (~0.2 s for the date rules, which every process that reads dates pays):
    with ``cache_name`` they are kept in the user's cache folder (``tablecache``), keyed by this
    module's code and the patterns' text and flags."""
    if cache_name is None:
        return [leading_heads(p) for p in patterns]
    import sys

    from vitrina import tablecache

    key = (tablecache.source_digest(sys.modules[__name__]), *(f"{p.flags}:{p.pattern}" for p in patterns))
    return tablecache.cached_table(cache_name, key, lambda: [leading_heads(p) for p in patterns])


def leading_heads(pattern: re.Pattern[str]) -> frozenset[Head] | None:
    """Heads one of which starts every match of ``pattern`` (a case-insensitive
    pattern), or None when none can be read."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None  # an empty match: finditer's stepping after one is not reproduced
        found = _sequence(list(tree.data))
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover - defensive
        return None
    heads = frozenset(head for head, _ in found)
    return None if () in heads else heads


def _sequence(items: list) -> Heads:
    """The heads of a sequence of parse items."""
    results: set[tuple[Head, bool]] = {((), True)}
    for op, av in items:
        if all(not done for _, done in results):
            break
        part = _item(op, av)
        grown: set[tuple[Head, bool]] = set()
        for head, done in results:
            if not done:
                grown.add((head, False))
                continue
            for more, more_done in part:
                joined = head + more
                if len(joined) >= LIMITS["head_tokens"]:
                    grown.add((joined[: LIMITS["head_tokens"]], False))
                else:
                    grown.add((joined, more_done))
        results = _shortened(grown) if len(grown) > LIMITS["heads"] else grown
    return frozenset(results)


def _shortened(heads: set[tuple[Head, bool]]) -> set[tuple[Head, bool]]:
    """``heads`` cut to the longest length that leaves at most ``LIMITS["heads"]``."""
    for length in range(max(len(h) for h, _ in heads) - 1, 0, -1):
        cut = {(h[:length], False) if len(h) > length else (h, done) for h, done in heads}
        if len(cut) <= LIMITS["heads"]:
            return cut
    return set(_STOP)


def _item(op: Any, av: Any) -> Heads:
    c = sre_constants
    if op is c.LITERAL:
        ch = chr(av).lower()
        # outside ASCII the head stops: case folding maps some such characters to ASCII
        # letters ("ſ" matches "s"), which the trie's walk does not follow
        return frozenset({((ch,), True)}) if ch.isascii() and len(ch) == 1 else _STOP
    if op is c.IN:
        if _is_space(av):
            return frozenset({((SPACES,), True)})  # one space read as one or more: wider
        chars = _set_chars(av)
        return frozenset(((ch,), True) for ch in chars) if chars else _STOP
    if op is c.BRANCH:
        return frozenset().union(*(_sequence(list(p.data)) for p in av[1]))
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _sequence(list(sub.data)) if not add_flags and not del_flags else _STOP
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(av.data))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return _repeat(*av)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # zero-width: reading past it only widens the heads
    return _STOP


def _repeat(low: int, high: int, sub: Any) -> Heads:
    items = list(sub.data)
    if len(items) == 1 and items[0][0] is sre_constants.IN and _is_space(items[0][1]):
        spaces = frozenset({((SPACES,), True)})  # \s+, \s*: one token
        return spaces | _EMPTY if low == 0 else spaces
    once = _sequence(items)
    if high != 1:  # more copies may follow the first: the head ends with it
        once = frozenset((head, False) for head, _ in once)
    return once | _EMPTY if low == 0 else once


def _is_space(items: Any) -> bool:
    return items == [(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)]


def _set_chars(items: list) -> list[str] | None:
    """The tokens of a small positive character set (ASCII characters lower-cased,
    ``DIGIT`` for ``\\d``), or None."""
    chars: list[str] = []
    for op, av in items:
        if op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_DIGIT:
            chars.append(DIGIT)
        elif op is sre_constants.LITERAL:
            chars.append(chr(av).lower())
        elif op is sre_constants.RANGE and av[1] - av[0] < LIMITS["set_chars"]:
            chars.extend(chr(x).lower() for x in range(av[0], av[1] + 1))
        else:
            return None  # a negation, another category (\w, \s), a large range
        if len(chars) > LIMITS["set_chars"]:
            return None
    if not all(ch == DIGIT or (ch.isascii() and len(ch) == 1) for ch in chars):
        return None
    return sorted(set(chars))


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    patterns: set[int] = field(default_factory=set)  # patterns one of whose heads ends here
    spaces: bool = False  # reached by SPACES: more whitespace keeps it


class MultiScan:
    """``finditer`` of many case-insensitive patterns over one text in one pass.

    ``guard`` is a zero-width assertion every pattern opens with (a lookbehind such as
    ``(?<![\\w-])``): heads are sought behind it only.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]], guard: str = "", cache_name: str | None = None):
        self.patterns = list(patterns)
        self.whole: list[int] = []  # patterns scanned whole (their heads not known)
        root = _Node()
        for k, heads in enumerate(all_leading_heads(self.patterns, cache_name)):
            if heads is None:
                self.whole.append(k)
                continue
            for head in heads:
                node = root
                for token in head:
                    node = node.children.setdefault(token, _Node(spaces=token == SPACES))
                node.patterns.add(k)
        self._root = root
        self._headed = [k for k in range(len(self.patterns)) if k not in self.whole]
        self._finder = re.compile(rf"{guard}(?={_trie_regex(root)})", re.IGNORECASE) if root.children else None

    def finditer(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, its non-empty matches in ``text`` (``pattern.finditer``'s)."""
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for k in self.whole:
            found[k] = [m for m in self.patterns[k].finditer(text) if m.end() > m.start()]
        if self._finder is None:
            return found
        ends = [0] * len(self.patterns)
        for hit in self._finder.finditer(text):
            at = hit.start()
            for k in self._candidates(text, at):
                if at < ends[k]:
                    continue
                m = self.patterns[k].match(text, at)
                if m is not None and m.end() > at:
                    found[k].append(m)
                    ends[k] = m.end()
        return found

    def _candidates(self, text: str, at: int) -> Iterable[int]:
        """The patterns one of whose heads occurs at ``at``, read through the trie one
        character at a time; every headed pattern when a character outside ASCII comes
        first (case folding: "ſ" matches "s") or the walk does not end in time."""
        hits: set[int] = set()
        nodes = [self._root]
        read = text[at : at + LIMITS["walk_chars"]]
        for ch in read:
            if not ch.isascii():
                return self._headed
            nodes = _step(nodes, ch)
            if not nodes:
                return hits
            for node in nodes:
                hits |= node.patterns
        return hits if at + len(read) == len(text) else self._headed


def _step(nodes: list[_Node], ch: str) -> list[_Node]:
    """The trie nodes reached from ``nodes`` by reading the ASCII character ``ch``."""
    low = ch.lower()
    space, digit = ch.isspace(), ch.isdigit()
    out: dict[int, _Node] = {}
    for node in nodes:
        if low in node.children:
            child = node.children[low]
            out[id(child)] = child
        if digit and DIGIT in node.children:
            child = node.children[DIGIT]
            out[id(child)] = child
        if space:
            if SPACES in node.children:
                child = node.children[SPACES]
                out[id(child)] = child
            if node.spaces:
                out[id(node)] = node
    return list(out.values())


def _trie_regex(node: _Node) -> str:
    """A regular expression matching where any head of the trie occurs."""
    if node.patterns:
        return ""  # a head ends here: what follows needs no reading
    alternatives = [(token if token in (DIGIT, SPACES) else re.escape(token)) + _trie_regex(child)
                    for token, child in sorted(node.children.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
