"""A catalogue entry's number hanging before its caption, kept out of the caption's text.

A catalogue prints each object's entry as a caption opening with the entry's number ("12", "3.14") and sets
the entry's further lines (the rest of the description, the lender's credit) flush with the text after the
number, so that the number hangs out before the entry. That hanging indent is what sets the number apart from
a caption that merely opens with a figure ("1,200 tons of ore …", wrapped back to its first line's edge): a
caption line whose first word is a bare number and whose next line in the same column starts where the
line's second word starts, clear of the line's own edge, is an entry led by its number. The number is the
entry's label, left out of the caption's text (``Placed.numbered``), as a picture's number read into its
caption is. Round 54 (structset72).

Text without geometry shows no indent; there a caption opening with a dotted entry number before a capital
("3.14 Pewter tankard …") is led by it (``dotted_entry_numbers``): a section's or chapter's number and the
entry's own, the form a catalogue numbers its entries by, where a caption's text never opens so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vitrina.structure.layout import Entry, Fragment

if TYPE_CHECKING:
    from vitrina.structure.pagelayout import Placed

# Every threshold of the hanging entry number.
ENTRY_NUMBERS = {
    "on": 1,  # 0: off
    "indent": 0.5,  # points: the next line starts within this of the second word's left edge ...
    "clear": 1.0,  # ... which stands at least this many of the line's sizes right of the line's edge
    "dotted": 1,  # text without geometry: a caption opening with a dotted entry number is led by it (0 off)
}

# An entry's number: digits, perhaps parted by stops ("3.14", "12", "4.2.1"), no unit or word.
_ENTRY_NUMBER = re.compile(r"^\d{1,4}(?:\.\d{1,4}){0,3}\.?$")
# A dotted entry number opening a caption's text before a capital ("3.14 Pewter …").
_DOTTED_ENTRY = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,2}\s+(?=[A-Z\u00c0-\u00de])")


def hanging_entry_numbers(placed: list[Placed]) -> None:
    """Mark each caption line led by a hanging entry number: its number's words left out of its text."""
    if not ENTRY_NUMBERS["on"]:
        return
    for p, nxt in zip(placed, placed[1:], strict=False):
        if p.kind == "caption" and not p.numbered and nxt.kind in ("caption", "credit") and _hangs(p, nxt):
            p.numbered = 1


def _hangs(p: Placed, nxt: Placed) -> bool:
    """``nxt`` starts flush with the text after ``p``'s first word, a bare number standing clear before it."""
    line, under = p.line, nxt.line
    words = line.text.split()
    if len(words) < 2 or not _ENTRY_NUMBER.match(words[0]) or nxt.column != p.column or under.page != line.page:
        return False
    second = line.text.find(words[1], len(line.text) - len(line.text.lstrip()) + len(words[0]))
    if second < 0 or 4 * second + 3 >= len(line.boxes):
        return False
    edge = line.box(second)[0]
    return (edge - line.x0 >= ENTRY_NUMBERS["clear"] * line.size
            and abs(under.x0 - edge) <= ENTRY_NUMBERS["indent"] and under.top > line.top)


def dotted_entry_numbers(entries: list[Entry]) -> None:
    """Mark each caption (a paragraph's deferred ones too) opening with a dotted entry number, no position
    label read, as led by that number: its word left out of the caption's text."""
    if not ENTRY_NUMBERS["dotted"]:
        return
    for entry in entries:
        if not isinstance(entry, Fragment):
            continue
        for frag in [entry, *entry.deferred]:
            if (frag.kind == "caption" and frag.position is None and not frag.label_words and frag.lines
                    and _DOTTED_ENTRY.match(frag.lines[0].text.strip())):
                frag.label_words = 1
