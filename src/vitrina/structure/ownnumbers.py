"""A heading's own number over the kicker line set above it.

A panel may print a short kicker over each numbered heading ("BEFORE 1900" over "1 A New Metal"): a line
that closes on a numeral reads as a label by its form (``captions.numbered_kicker``, "12 May 1921" over a
title), and the heading takes it as its label while its own number stays a word of its title. When the
document's headings open with bare numbers that count on (1, 2, 3 …, at least ``SERIES_LABELS_MIN`` of them,
the ones already labelled by that number included), the number each heading opens with is its label: the
series shows it, and a heading has one label. A kicker taken as the label of such a heading is then
apparatus, as a kicker over a heading with a label of its own is (``kicker_over_own_label``). Round 54
(structset72).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vitrina.structure.assemble import SERIES_LABELS_MIN
from vitrina.structure.layout import Entry, Heading

OWN_NUMBERS = {"on": 1}  # 0: off

# A bare number opening a heading's line before a capital ("1 A Metal …"), no stop or unit word.
_OWN_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z\u00c0-\u00de])")


def own_numbers_over_kickers(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each heading opening on its number in a counting series labelled by that number."""
    if not OWN_NUMBERS["on"]:
        return entries
    series: list[tuple[int, int, bool]] = []  # (entry index, number, labelled by a kicker)
    for k, entry in enumerate(entries):
        if not isinstance(entry, Heading) or entry.subtitle or not entry.lines:
            continue
        match = _OWN_NUMBER.match(entry.lines[0].text.strip())
        if match is None:
            continue
        number = match.group(1)
        if entry.label == number and entry.skip_words == 1:
            series.append((k, int(number), False))
        elif entry.label and entry.label != number and not entry.skip_words:
            series.append((k, int(number), True))
    numbers = [number for _k, number, _kicked in series]
    if (len(series) < SERIES_LABELS_MIN or not any(kicked for _k, _n, kicked in series)
            or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] not in (0, 1)):
        return entries
    out = list(entries)
    for k, number, kicked in series:
        entry = out[k]
        if kicked and isinstance(entry, Heading):
            out[k] = replace(entry, label=str(number), skip_words=1)
    return out
