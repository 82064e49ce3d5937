"""A record's numbering conventions the model reads as names.

Police, prison and shipping records number what they list and whom they list: "Reg. No. 812" (the column
"register number"), "P.C. 54 Lind" (a rank abbreviation, the officer's collar number, his surname). The model
types "Reg" a person and "P.C. 54 Lind" an organization, or "P.C." a person. Two general tests:

* **a label before a numbering word** (``labels_a_number``): one word directly followed by a full stop and a word
  of ``lexicon/numbering_words.txt`` ("X. No.") abbreviates what is numbered, no one's name;
* **a rank and a collar number** (``ranked_numbers``): dotted capitals, a number and a capitalised name ("A.B. 12
  Roe") are a title and the person's name: the whole is one person's mention (the collar number tells two
  officers of one surname apart, so it stays in the name that links them); dotted capitals alone before a number
  ("X, A.B. 12,") are the title of the person named before them, no one of their own.
"""

from __future__ import annotations

import re

from vitrina.extract.entities import RawMention
from vitrina.lexicon import words

_DOTTED = r"(?:[A-Z]\.){1,3}"
_RANK_NUMBER_NAME = re.compile(rf"{_DOTTED}[ \t]*\d+[ \t]+(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}})")
_DOTTED_ALONE = re.compile(_DOTTED)
_NUMBER_AFTER = re.compile(r"[ \t]*\d")
_NUMBERING_AFTER = re.compile(r"\.[ \t]*(\w+)\.?")


def labels_a_number(text: str, m: RawMention) -> bool:
    """One word directly followed by a full stop and a numbering word ("Reg. No.", "Cert. No."): a label."""
    after = _NUMBERING_AFTER.match(text, m.end)
    return " " not in text[m.start : m.end] and after is not None and after.group(1).lower() in words("numbering_words")


def ranked_numbers(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with rank abbreviations and collar numbers read as a person's title (module doc), and no
    label before a numbering word. The input's own markup is trusted as it is."""
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        if m.source == "markup":
            out.append(m)
        elif labels_a_number(text, m):
            continue
        elif _RANK_NUMBER_NAME.fullmatch(surface) is not None:
            out.append(RawMention(m.start, m.end, "person", "rank"))
        elif _DOTTED_ALONE.fullmatch(surface) and _NUMBER_AFTER.match(text, m.end) and m.type != "place":
            continue
        else:
            out.append(m)
    return out
