"""A heading's own number over the kicker line set above it.

A panel may print a short kicker over each numbered heading ("BEFORE 1900" over "1 A New Metal"): a line
that closes on a numeral reads as a label by its form (``captions.numbered_kicker``, "12 May 1921" over a
title), and the heading takes it as its label while its own number stays a word of its title. When the
document's headings open with bare numbers that count on (1, 2, 3 …, at least ``SERIES_LABELS_MIN`` of them,
the ones already labelled by that number included), the number each heading opens with is its label: the
series shows it, and a heading has one label. A kicker taken as the label of such a heading is then
apparatus, as a kicker over a heading with a label of its own is (``kicker_over_own_label``). Round 54
(structset72).

Where the kicker was read apart from its heading instead (text without geometry: "AFTER 1900" a heading of its
own, "1900" a paragraph of one line), a short line ending no sentence right over a heading of that series,
alone in its heading or block, is the same kicker: a table block, no section and no paragraph
(``kickers_over_own_numbers``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vitrina.structure.assemble import SERIES_LABELS_MIN
from vitrina.structure.cues import ends_sentence
from vitrina.structure.layout import Entry, Fragment, Heading

OWN_NUMBERS = {
    "on": 1,  # 0: off
    "kicker_words": 4,  # a kicker read apart over a numbered heading of the series has at most this many words (0: off)
}

# A bare number opening a heading's line before a capital ("1 A Metal …"), no stop or unit word.
_OWN_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z\u00c0-\u00de])")


def own_numbers_over_kickers(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each heading opening on its number in a counting series labelled by that number."""
    if not OWN_NUMBERS["on"]:
        return entries
    series = _series(entries)
    if not any(kicked for _k, _n, kicked in series) or not _counting(series):
        return entries
    out = list(entries)
    for k, number, kicked in series:
        entry = out[k]
        if kicked and isinstance(entry, Heading):
            out[k] = replace(entry, label=str(number), skip_words=1)
    return _kickers_apart(out, series)


def _series(entries: list[Entry]) -> list[tuple[int, int, bool]]:
    """(entry index, number, labelled by a kicker) of each heading opening on a bare number, labelled by it
    or by a kicker over it."""
    series: list[tuple[int, int, bool]] = []
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
    return series


def _counting(series: list[tuple[int, int, bool]]) -> bool:
    """At least ``SERIES_LABELS_MIN`` numbers, counting on from 0 or 1."""
    numbers = [number for _k, number, _kicked in series]
    return (len(series) >= SERIES_LABELS_MIN and numbers[0] in (0, 1)
            and numbers == list(range(numbers[0], numbers[0] + len(numbers))))


def _kickers_apart(entries: list[Entry], series: list[tuple[int, int, bool]]) -> list[Entry]:
    """``entries`` with each kicker read apart right over a heading of the series (see the module) set as a
    table block: a heading or a paragraph of one short line ending no sentence."""
    most = OWN_NUMBERS["kicker_words"]
    out = list(entries)
    for k, _number, kicked in series:
        before = entries[k - 1] if k and most and not kicked else None
        lines = before.lines if isinstance(before, (Heading, Fragment)) else []
        if len(lines) != 1 or len(lines[0].text.split()) > most or ends_sentence(lines[0].text):
            continue
        if (isinstance(before, Heading) and before.label is None and not before.subtitle) or (
                isinstance(before, Fragment) and before.kind == "paragraph" and not before.deferred):
            out[k - 1] = Fragment("table", list(lines))
    return out
