"""A line of glyphs taken from left to right on the page, put back in reading (logical) order.

A PDF sets glyphs where they are seen: a right-to-left run (Hebrew, Arabic) is drawn from left to right in visual
order, and pdfium's text order does not always undo it (a producer that shapes a run with HarfBuzz and draws it word
by word gets its words back in visual order). The glyphs of such a line are sorted by where they stand, and the
Unicode Bidirectional Algorithm (UAX #9, implicit rules W1–W7, N1–N2, I1–I2 and the reordering rule L2; a line of a
PDF carries no explicit embedding) is run over that visual sequence: reversing the runs its levels give turns the
visual order into the logical one (the reordering is its own inverse on a line without embeddings).
``logical_order`` gives the permutation, so each glyph's box goes with it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_STRONG_RIGHT = frozenset({"R", "AL"})
_NEUTRAL = frozenset({"ON", "WS", "S", "B", "BN"})
_IGNORED = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})  # read as boundary neutrals


def right_to_left(ch: str) -> bool:
    """A letter of a script written right to left (Hebrew, Arabic, Syriac, Thaana…)."""
    return unicodedata.bidirectional(ch) in _STRONG_RIGHT


def letter_directions(text: str) -> tuple[int, int]:
    """How many strong right-to-left and left-to-right letters ``text`` holds."""
    right = left = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RIGHT:
            right += 1
        elif kind == "L":
            left += 1
    return right, left


def base_is_right_to_left(line: str, page: str) -> bool:
    """Whether a line is set right to left: all its strong letters are right-to-left ones, or, a line mixing both,
    most of its page's are (a line's glyphs in visual order do not say which letter comes first: "Label: " and a
    Hebrew name reads the same as the name and an English word after it; the text around it says which)."""
    right, left = letter_directions(line)
    if not left or not right:
        return right > 0
    page_right, page_left = letter_directions(page)
    return page_right > page_left


def levels(text: str, right_base: bool) -> list[int]:
    """The embedding level of every character of one line (UAX #9 rules W1–W7, N1–N2, I1–I2, L1)."""
    base = 1 if right_base else 0
    sos = "R" if right_base else "L"
    kinds = ["BN" if (k := unicodedata.bidirectional(ch) or "L") in _IGNORED else k for ch in text]
    prev = sos
    for i, kind in enumerate(kinds):  # W1: a non-spacing mark takes its base's type
        if kind == "NSM":
            kinds[i] = prev
        prev = kinds[i]
    strong = sos
    for i, kind in enumerate(kinds):  # W2, W3
        if kind in ("L", "R", "AL"):
            strong = kind
        if kind == "EN" and strong == "AL":
            kinds[i] = "AN"
        if kind == "AL":
            kinds[i] = "R"
    for i in range(1, len(kinds) - 1):  # W4: one separator between two numbers of a type
        kind, before, after = kinds[i], kinds[i - 1], kinds[i + 1]
        if kind == "ES" and before == after == "EN" or kind == "CS" and before == after and before in ("EN", "AN"):
            kinds[i] = before
    n = len(kinds)
    i = 0
    while i < n:  # W5: terminators next to a European number
        if kinds[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and kinds[j] == "ET":
            j += 1
        if (i > 0 and kinds[i - 1] == "EN") or (j < n and kinds[j] == "EN"):
            kinds[i:j] = ["EN"] * (j - i)
        i = j
    kinds = ["ON" if k in ("ES", "ET", "CS") else k for k in kinds]  # W6
    strong = sos
    for i, kind in enumerate(kinds):  # W7
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            kinds[i] = "L"
    i = 0
    while i < n:  # N1, N2: a neutral run takes the direction around it, else the base's
        if kinds[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and kinds[j] in _NEUTRAL:
            j += 1
        before = sos if i == 0 else ("R" if kinds[i - 1] in ("R", "EN", "AN") else "L")
        after = sos if j == n else ("R" if kinds[j] in ("R", "EN", "AN") else "L")
        kinds[i:j] = [before if before == after else sos] * (j - i)
        i = j
    out = []
    for kind in kinds:  # I1, I2
        if base == 0:
            out.append(1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
        else:
            out.append(2 if kind in ("L", "EN", "AN") else 1)
    end = n  # L1: white space at the line's end goes back to the base level
    while end > 0 and unicodedata.bidirectional(text[end - 1]) in ("WS", "S", "B", "BN"):
        end -= 1
        out[end] = base
    return out


def logical_order(visual: Sequence[str], right_base: bool) -> list[int]:
    """The indexes of ``visual`` (a line's characters from left to right as set) in reading order (rule L2:
    from the highest level to the lowest odd one, every run at that level or higher reversed); ``right_base``:
    the line is set right to left (``base_is_right_to_left``)."""
    text = "".join(visual)
    if not any(right_to_left(ch) for ch in text):
        return list(range(len(text)))
    found = levels(text, right_base)
    order = list(range(len(text)))
    top = max(found)
    lowest_odd = 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if found[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and found[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order
