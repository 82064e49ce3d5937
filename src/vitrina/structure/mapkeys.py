"""Numbered keys of a map or a picture read from plain text: the markers' numbers and their key.

A map panel prints small numbers on the map (its places) and, under it, a key naming them
("1 Marrowby – the old mill", "2 …"). An extraction reads the markers as lone numbers, one a
line, then the key's lines opening with the same numbers in the same order; the notes passes
would read the key as a page's closing notes (numbers counting up) and the text after it as
their continuation. A run of at least ``KEY_LIMITS["numbers"]`` lone numbers counting from 1,
right followed by as many short key lines opening with those numbers in order, none ending a
sentence, is such a key: a table block, with the short title line over the numbers (the map's
title, "THE VALE IN 1820") when there is one. Round 50 (structset64). A key set across on one line
under the markers ("1 Mill 2 Ford 3 Weir", each number in order opening a short entry) is such a
key too (``key_across``, round 51).
"""

from __future__ import annotations

import re

from vitrina.structure.captions import is_credit
from vitrina.structure.cues import ends_sentence, starts_lowercase
from vitrina.structure.geometry import PdfContent, TextLine
from vitrina.structure.lines import Line

# Every threshold of a map's numbered key.
KEY_LIMITS = {
    "numbers": 3,  # a key has at least this many markers (lone numbers counting from 1); 0: off
    "key_words": 10,  # a key's line has at most this many words ("4 Quillan – flax from the lower fields")
    "title_words": 6,  # the map's title over the markers has at most this many words
    "title_gap": 8.0,  # ... on a PDF page, the title's foot at most this many of its sizes over the markers' top
    "wrap_pitch": 1.8,  # ... and no key line goes on over a line this many of its sizes under it (top to top)
    "key_across": 1,  # 1: a key set across on one line under the markers ("1 Mill 2 Ford 3 Weir") counts (round 51)
    # round 56 (struct74): a drawing's parts lettered "A" / "B" / … one a line, then as many key lines opening
    # with those letters in order ("A suction hose …"), are such a key too (0: numbers only)
    "lettered": 1,
    "marker_sizes": 1.0,  # ... its markers' sizes within this many points of marker 1's (a panel number is no marker)
    # round 59 (struct80): on a PDF page, the key's lines are set in one size, the commonest among the lines opening
    # with a number: a numbered heading elsewhere on the page ("3 Cones Lowered") is no key line (0: any size)
    "key_size": 1,
    # round 59 (struct80): in plain text, the lines right under the key, at most this many, the last closing a
    # sentence, then a credit line (perhaps wrapped onto a second in lower case) are the map's caption and credit
    # (``key_caption``; 0 off)
    "caption_lines": 3,
}

_LONE = re.compile(r"^\s*(\d{1,2})\s*$")


def numbered_keys(lines: list[Line]) -> list[list[Line]]:
    """The numbered keys of ``lines`` (see the module), each as its lines in order: the title
    over the markers (when there is one), the markers and the key's lines."""
    least = int(KEY_LIMITS["numbers"])
    if not least:
        return []
    found: list[list[Line]] = []
    k = 0
    while k < len(lines):
        count = _markers_from(lines, k)
        if count >= least and _key_follows(lines, k + count, count):
            size = 2 * count
        elif count >= least and KEY_LIMITS["key_across"] and k + count < len(lines) and _entries_across(
                lines[k + count].text.strip(), count):
            size = count + 1  # the key set across on one line under the markers
        else:
            k += 1
            continue
        first = k - 1 if k > 0 and _map_title(lines[k - 1].text) else k
        found.append(lines[first : k + size])
        k += size
    return found


def key_caption(lines: list[Line], key: list[Line]) -> tuple[list[Line], int] | None:
    """The caption and credit set right under a numbered key (``numbered_keys``): at most
    ``caption_lines`` lines opening in a capital, the last closing a sentence and none before it,
    then a line reading as a credit (``captions.is_credit``), with the next when it goes on in lower
    case ("Map drawn for this leaflet by …" / "of 1862"): (the lines, where the credit starts), or None.
    Without a credit under it a sentence after the key may be the text's own."""
    most = int(KEY_LIMITS["caption_lines"])
    at = key[-1].index + 1
    if not most or at >= len(lines) or not lines[at].text[:1].isupper():
        return None
    end = next((k for k in range(at, min(at + most, len(lines))) if ends_sentence(lines[k].text)), None)
    if end is None or end + 1 >= len(lines):
        return None
    credit = [lines[end + 1]]
    if end + 2 < len(lines) and not ends_sentence(credit[0].text) and (
            starts_lowercase(lines[end + 2].text) or lines[end + 2].text[:1].isdigit()):
        credit.append(lines[end + 2])
    if not is_credit(" ".join(line.text for line in credit).split(), closes_caption=True):
        return None
    return [*lines[at : end + 1], *credit], end + 1 - at


def _marker(n: int, lettered: bool) -> str:
    """The ``n``-th marker (from 0): "1", "2", … or, ``lettered``, "A", "B", …"""
    return chr(ord("A") + n) if lettered else str(n + 1)


def _lettered(lines: list[Line], k: int) -> bool:
    """The markers from line ``k`` are capital letters (a drawing's parts "A" / "B" / …; ``lettered``)."""
    return bool(KEY_LIMITS["lettered"]) and k < len(lines) and lines[k].text.strip() == "A"


def _markers_from(lines: list[Line], k: int) -> int:
    """How many lone numbers counting from 1 (or capital letters counting from A) stand one a line from line ``k``."""
    lettered = _lettered(lines, k)
    count = 0
    while k + count < len(lines) and lines[k + count].text.strip() == _marker(count, lettered) and (
            lettered or _LONE.match(lines[k + count].text)):
        count += 1
    return count


def _key_follows(lines: list[Line], k: int, count: int) -> bool:
    """Lines ``k`` on open with the markers in order, each a short key line ending no sentence."""
    if k + count > len(lines):
        return False
    lettered = _lettered(lines, k - count)
    for n in range(count):
        text = lines[k + n].text.strip()
        words = text.split()
        if (len(words) < 2 or words[0] != _marker(n, lettered) or len(words) > KEY_LIMITS["key_words"]
                or ends_sentence(text)):
            return False
    return True


def _map_title(text: str) -> bool:
    """A short line ending no sentence: the map's title over its markers."""
    words = text.split()
    return 0 < len(words) <= KEY_LIMITS["title_words"] and not ends_sentence(text) and not _LONE.match(text)


# -- on a PDF page: the markers are lines of their own anywhere on the map, the key under or beside it


def pdf_without_map_keys(content: PdfContent) -> PdfContent:
    """``content`` with each page's map key left out: its markers (lone numbers 1 to n, each once,
    at least ``numbers`` of them), its key lines (one opening with each number, short, ending no
    sentence) and the short title line right over the markers ("THE VALE IN 1820"); read as text they
    are a heading over nothing, stray numbers and notes. A table in note form, out of the page's
    reading before the layout is read, as a label–value table's lines are (``keytables``)."""
    if not KEY_LIMITS["numbers"]:
        return content
    return content.without_lines(map_key_lines)


def map_key_lines(lines: list[TextLine]) -> set[int]:
    """The indices of a page's map key lines, its markers and its title (empty: none)."""
    if not KEY_LIMITS["numbers"]:
        return set()
    markers: dict[int, list[int]] = {}
    keys: dict[int, list[int]] = {}
    for n, line in enumerate(lines):
        if (m := _LONE.match(line.text.strip())) is not None:
            markers.setdefault(int(m.group(1)), []).append(n)
    if not markers:
        return set()
    top = min(lines[k].top for found in markers.values() for k in found)
    for n, line in enumerate(lines):  # the key stands under the map or beside it, never over it
        text = line.text.strip()
        if line.top >= top and (words := text.split()) and words[0].isdigit() and (
                2 <= len(words) <= KEY_LIMITS["key_words"]) and not ends_sentence(text):
            keys.setdefault(int(words[0]), []).append(n)
    if KEY_LIMITS["key_size"] and keys:
        keys = _in_key_size(lines, keys)
    count = 0
    while len(markers.get(count + 1, ())) == 1 and len(keys.get(count + 1, ())) == 1:
        count += 1
    if count < KEY_LIMITS["numbers"] and (across := _key_across(lines, markers, top)) is not None:
        found = across[1] | {across[0]}
        title = _title_over(lines, found)
        return found | ({title} if title is not None else set())
    if count < KEY_LIMITS["numbers"] or count + 1 in markers or count + 1 in keys:
        return set()
    if any(_wraps(lines, keys[k][0]) for k in range(1, count + 1)):
        return set()  # a numbered caption wrapping onto lines under it is a picture's key, read as captions
    found = {markers[k][0] for k in range(1, count + 1)} | {keys[k][0] for k in range(1, count + 1)}
    title = _title_over(lines, found)
    return found | ({title} if title is not None else set())


def _in_key_size(lines: list[TextLine], keys: dict[int, list[int]]) -> dict[int, list[int]]:
    """The key lines set in the key's size: the commonest size among them (within ``marker_sizes``)."""
    sizes = [lines[n].size for found in keys.values() for n in found]
    size = max(sizes, key=lambda s: sum(abs(s - other) <= KEY_LIMITS["marker_sizes"] for other in sizes))
    kept = {k: [n for n in found if abs(lines[n].size - size) <= KEY_LIMITS["marker_sizes"]] for k, found in keys.items()}
    return {k: found for k, found in kept.items() if found}


def _key_across(lines: list[TextLine], markers: dict[int, list[int]], top: float) -> tuple[int, set[int]] | None:
    """The one line under the markers holding the whole key set across ("1 Mill 2 Ford 3 Weir"),
    when the markers are 1 to n each once (n at least ``numbers``, no n + 1; ``key_across`` on):
    its index and the markers'. A lone number in another size (a panel's number) is no marker."""
    if not KEY_LIMITS["key_across"] or len(markers.get(1, ())) != 1:
        return None
    size = lines[markers[1][0]].size
    alike = {k: [n for n in found if abs(lines[n].size - size) <= KEY_LIMITS["marker_sizes"]]
             for k, found in markers.items()}
    count = _counted(alike)
    if count < KEY_LIMITS["numbers"] or alike.get(count + 1):
        return None
    found = [n for n, line in enumerate(lines) if line.top >= top and _entries_across(line.text, count)]
    return (found[0], {alike[k][0] for k in range(1, count + 1)}) if len(found) == 1 else None


def _counted(markers: dict[int, list[int]]) -> int:
    """n, when the markers 1 to n stand once each."""
    count = 0
    while len(markers.get(count + 1, ())) == 1:
        count += 1
    return count


def _entries_across(text: str, count: int) -> bool:
    """``text`` is the numbers 1 to ``count`` in order, each opening a short entry of words, and
    ends no sentence."""
    words = text.split()
    if not words or words[0] != "1" or ends_sentence(text):
        return False
    opens = [i for i, word in enumerate(words) if word.isdigit()]
    if [words[i] for i in opens] != [str(k) for k in range(1, count + 1)]:
        return False
    ends = [*opens[1:], len(words)]
    return all(1 <= end - start - 1 <= KEY_LIMITS["key_words"] for start, end in zip(opens, ends, strict=True))


def _wraps(lines: list[TextLine], n: int) -> bool:
    """Line ``n`` goes on over a line right under it (within ``wrap_pitch`` of its size, under its
    width) that opens no key line nor is a marker: a wrapped entry, not a key's one-line entry."""
    line = lines[n]
    return any(
        k != n and 0 < other.top - line.top <= KEY_LIMITS["wrap_pitch"] * line.size
        and other.x0 < line.x1 and other.x1 > line.x0 and not _KEY_OPENING.match(other.text.strip())
        for k, other in enumerate(lines))


_KEY_OPENING = re.compile(r"^\d{1,2}(?:\s+\S|$)")  # a key line's number and its words, or a marker alone


def _title_over(lines: list[TextLine], found: set[int]) -> int | None:
    """The short line right over the key's markers and lines, over their span, ending no sentence."""
    top = min(lines[k].top for k in found)
    left = min(lines[k].x0 for k in found)
    right = max(lines[k].x1 for k in found)
    above = [n for n, line in enumerate(lines) if n not in found and line.bottom <= top and line.x0 < right
             and line.x1 > left]
    if not above:
        return None
    n = max(above, key=lambda k: lines[k].bottom)
    line = lines[n]
    return n if _map_title(line.text.strip()) and top - line.bottom <= KEY_LIMITS["title_gap"] * line.size else None
