"""Zones of a page that are read apart from its text flow.

* **Boxed zones**: lines framed by a drawn rectangle (a tinted or ruled side-bar)
  with text of the page beside it are read as a unit after the page's body, not
  between the columns they stand in.
* **Footnotes**: the run of small-type lines at a page's foot, under all of its
  body-type text, that opens with a note number ("1", "2.", "*") is apparatus:
  left out of the body (a note that reads as a picture credit stays, for the
  footnoted-credit rule of :mod:`vitrina.structure.footnotes`). Note calls, raised
  small digits after a word, are left out of their lines.
* **Turned lines**: text set along a turned baseline (a credit printed up the side of
  a picture) is the credit of the caption of the picture it stands beside, or left out.

Every threshold is in ``ZONE_LIMITS``.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from vitrina.structure.captions import is_credit, match_label
from vitrina.structure.cues import ends_sentence
from vitrina.structure.geometry import Box, PageGeometry, TextLine

ZONE_LIMITS: dict[str, float] = {
    "region_min_lines": 2,  # a drawn box framing at least this many whole lines is a zone
    "region_max_share": 0.4,  # ... and at most this share of the page's lines (not a page frame)
    "region_side_width": 0.4,  # ... or any share, when no wider than this share of the text's width
    "region_side_height": 0.6,  # ... and no taller than this share of its height (a side-bar, no panel frame)
    "region_slack": 2.0,  # points a framed line may reach past its box's edge
    "folios_under_notes": 1,  # round 55 (struct71): a folio under a page's called notes does not hide them (0 off)
    "split_raised_digits": 1,  # round 55 (struct71): superscript digits glued to a figure ("in 1127²") call a note (0 off)
    "note_size": 0.9,  # footnote type is at most this share of the body type
    "note_max_lines": 12,  # a page's footnotes run over at most this many lines
    "column_foot_notes": 1,  # notes may stand at the foot of their column, over another column's text (round 53; 0 off)
    # round 55 (structset73): the small-type lines at a page's foot under all its text, no mark opening them, ending a
    # sentence, after a page whose notes closed on no sentence's end, are that note going on over the page (0 off)
    "carried_foot_notes": 1,
    # round 57 (structset77): a note carried over from the page before is the foot's lines in the type of its last
    # line (within ``note_type``): small text in another type over it (a tinted box's) is not the note's (0 off)
    "carried_note_type": 1,
    "note_type": 0.05,  # notes under a caption at the page's foot share one type size, within this share
    "note_touch": 0.1,  # ... their first line's box may reach this many body sizes over the text's foot
    "descent_share": 0.2,  # the share of a glyph box's height under its baseline (a call's raise measured)
    "foot_gap": 3.0,  # notes in body type stand apart under every other line by at least this many body sizes
    "call_size": 0.85,  # a note call's glyphs are at most this share of its line's usual glyph height
    "call_raise": 0.2,  # ... and their foot stands this share of that height above the line's
    # round 45 (structset53): or no taller than the line's usual glyphs with its foot this share of their
    # height above the line's (a call set barely smaller than the text, raised far; 0: off)
    "call_raise_high": 0.4,
    "picture_reach": 6.0,  # a caption stands within this many body sizes of a picture (else it is text)
    "prose_words": 12,  # ... unless it runs to a sentence end over at least this many words
    "turned_reach": 3.0,  # a turned line within this many of its type heights of a picture is its credit
    "turned_along": 1,  # switch (round 46): ... when, set up the page beside it, it stays within the picture's
    # height (that reach past its ends) or starts level with one of them (a type height): a turned line running
    # past them from neither belongs to a strip of its own
    "kicker_words": 6,  # a kicker line over a heading (its label) has at most this many words
    "label_words": 3,  # ... and one closing on its number ("Display 2") in caption type at most this many
    "kicker_size": 0.95,  # ... in type at most this share of the heading's
    "kicker_gap": 1.5,  # ... standing at most this many of the heading's sizes above it
    "kicker_overlap": 0.5,  # ... or overlapping it by at most this many of its sizes (a tight leading)
    "call_digits": 2,  # a note call is at most this many raised digits
    "spaced_calls": 1,  # raised digits after a space that follows a stop are a call too ("ledger. ¹ The"; 0 off)
    "note_gap": 0.8,  # a sidenote's next line stands at most this many of its sizes under the last
    "note_sentence_credit": 1,  # a sidenote's line going on its sentence is judged with it, not as a credit (0 off)
    "note_under": 2.5,  # ... or a note set under the passage calling it, at most this many of its sizes under its last line
    "overlay_lines": 3,  # a caption printed over its picture runs over at most this many lines
    # round 59 (structset81): ... a credit turned up the picture's edge not counted among them (0: counted)
    "overlay_turned_uncounted": 1,
    "overlay_share": 0.3,  # ... covering at most this share of the picture's box
    "overlay_height": 3.0,  # ... in a box at least this many times as tall as those lines (a box the text fills is a table cell or a diagram's box, no picture)
    # round 56 (struct74): a drawing's legend under its box (keys counting on from A or 1, small type) is the
    # picture's, not text (0: off); ... its type at most this share of the body's
    "drawing_legends": 1,
    "legend_type": 0.75,
    "legend_words": 8,  # ... each of its lines at most this many words (its key with them)
    "picture_label_lines": 3,  # a drawn box holding at least this many short lines (two: a heading with its label in a band) ...
    "picture_label_words": 5,  # ... each at most this many words, ending no sentence, covering at most ``overlay_share``
    "lone_label_share": 0.02,  # one short line alone in a drawn box covering at most this share of it names the
    # picture the box stands for: the picture's, no text (round 54, structset72; 0 off)
    "lone_label_letters": 3,  # ... a name of at least this many letters (a number or letter alone is the picture's key)
    "picture_label_starts": 0.75,  # ... with at least this share of distinct left edges (scattered, not a table's columns)
    "picture_label_align": 2.0,  # (left edges this many points apart are distinct)
    "caption_gap": 2.0,  # a caption opening with a position label at most this many of its sizes under or over
    # a drawn box names it a picture: its short lines are the picture's whatever their left edges
    "round_pictures": 1,  # a drawn box whose crossing lines each reach out of it and keep out of the
    # ellipse it frames is a round picture the text flows round, no frame of text (0 off)
    # round 38 (docs/structure.md)
    "numbered_pictures": 1,  # a drawn box whose only text is a number or two set inside it (a picture's
    # key number, its caption gathered in a numbered key elsewhere) is a picture, no frame of text (0 off)
    "picture_numbers": 2,  # ... at most this many such numbers in one box
    # round 39 (docs/structure.md)
    "raised_note_marks": 1,  # a sidenote or a note under its passage may open with its number raised
    # against its first word ("¹The" read as "1The"), as a page-foot note may (0 off)
    # round 44 (docs/structure.md)
    "level_calls": 1,  # one or two digits glued to a word's stop in the body's own type, neither raised nor
    # smaller ("there,1 declared"), call the note opening with that number in small type at a page's foot
    # (only for finding that note under other small lines: a boxed side-bar set over it; 0 off)
    "small_calls": 1,  # one or two digits glued to a word's closing stop, at most ``call_size`` of the line's
    # tallest letters high, are a call though set on the baseline ("levels.1" in small type; 0 off)
    "glued_marks": 1,  # a footnote opening with its number set against a capital in its own type ("1The"),
    # the body calling that number, is a note as one opening with a raised mark is (0 off)
    # round 49 (structset61)
    "picture_keys": 3,  # a line of at most this many keys ("(a)", "b", "(2)"), each set inside a drawn box at
    # least ``key_box`` of its type size wide and high, is the pictures' keys, not text (0 off)
    "key_box": 6.0,
}

NOTES_TITLE = "Notes"  # the section closing a document with its notes, in every reader (``assemble`` too)
NOTE_MARK = re.compile(r"^(?:\d{1,2}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}|[*\u2020\u2021])[.)]?(?:\s|$)")


def body_size(pages: list[PageGeometry]) -> float:
    """The type size that sets most characters of the document."""
    counts: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            counts[round(line.size, 1)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def boxed_zones(lines: list[TextLine], regions: list[Box], pictures: Sequence[Box] = ()) -> list[list[TextLine]]:
    """Groups of ``lines`` framed by one drawn box each, largest box first (not the
    boxes of ``pictures`` nor boxes inside them: a caption printed over its picture)."""
    slack = ZONE_LIMITS["region_slack"]
    taken: set[int] = set()
    zones = []
    regions = [r for r in regions if not any(
        p[0] - slack <= r[0] and r[2] <= p[2] + slack and p[1] - slack <= r[1] and r[3] <= p[3] + slack
        for p in pictures)]
    width = max((ln.x1 for ln in lines), default=0.0) - min((ln.x0 for ln in lines), default=0.0)
    height = max((ln.bottom for ln in lines), default=0.0) - min((ln.top for ln in lines), default=0.0)
    for x0, top, x1, bottom in sorted(regions, key=lambda r: -(r[2] - r[0]) * (r[3] - r[1])):
        inside = [
            ln for ln in lines
            if id(ln) not in taken and ln.x0 >= x0 - slack and ln.x1 <= x1 + slack
            and ln.top >= top - slack and ln.bottom <= bottom + slack
        ]
        # (a box within ``region_side_width`` of the text's width and ``region_side_height``
        # of its height is no page or panel frame, however much of a sparse page it holds)
        side = x1 - x0 <= ZONE_LIMITS["region_side_width"] * width and bottom - top <= ZONE_LIMITS["region_side_height"] * height
        if len(inside) < ZONE_LIMITS["region_min_lines"] or (
                len(inside) > ZONE_LIMITS["region_max_share"] * len(lines) and not side):
            continue
        # a box holding lines that reach out of it is a picture frame or a rule, not a zone
        outside = [ln for ln in lines if id(ln) not in taken and ln not in inside]
        if any(_crosses((x0, top, x1, bottom), ln) for ln in outside):
            continue
        # only a box with text level with it, beside it, stands apart from the flow (a
        # banner across the page holding the title is read where it stands)
        if not any(ln.top < bottom and ln.bottom > top and (ln.x1 <= x0 or ln.x0 >= x1) for ln in outside):
            continue
        taken.update(id(ln) for ln in inside)
        zones.append(inside)
    return zones


def _crosses(box: Box, line: TextLine) -> bool:
    x0, top, x1, bottom = box
    slack = ZONE_LIMITS["region_slack"]
    overlaps = line.x0 < x1 - slack and line.x1 > x0 + slack and line.top < bottom - slack and line.bottom > top + slack
    return overlaps


def _page_foot_notes(lines: list[TextLine], size: float, called: set[str] | None = None) -> set[int]:
    """ids of the footnote lines at the page's foot (see the module): the small-type lines
    under all the body text, from the first when it opens with a note mark (raised, or glued
    to a capital and called: ``glued_mark``) and they are at most ``note_max_lines``, else
    (with ``called``, the marks the document's body calls) from the last small line opening
    with a called mark, when the lines from it to the foot are in its type (a caption, a
    table or a boxed side-bar set under the text in small type stands over the notes)."""
    small = ZONE_LIMITS["note_size"] * size
    upright = [ln for ln in lines if not ln.rotated]
    body = [ln for ln in upright if ln.size > small]
    if not body:
        return set()
    floor = max(ln.bottom for ln in body) - ZONE_LIMITS["note_touch"] * size  # boxes that touch: under it
    foot = sorted((ln for ln in upright if ln.top >= floor and ln.size <= small), key=lambda ln: (ln.top, ln.x0))
    if not foot:
        foot = _body_type_notes(upright, size, called or set())
    if not foot:
        return set()
    if len(foot) > ZONE_LIMITS["note_max_lines"] or not (
            NOTE_MARK.match(foot[0].text) or raised_mark(foot[0]) or glued_mark(foot[0], called or set())):
        foot = _called_notes_under(foot, called or set())
        if not foot or len(foot) > ZONE_LIMITS["note_max_lines"]:
            return set()
    if any(is_credit(_RAISED_LEAD.sub("", NOTE_MARK.sub("", ln.text, count=1), count=1).split(), closes_caption=True)
           for ln in foot if not notes_title(ln.text)):  # (the notes' own title, "Notes", set beside them)
        return set()  # footnoted picture credits: read with their captions
    return {id(ln) for ln in foot}


def footnotes(lines: list[TextLine], size: float, called: set[str] | None = None) -> set[int]:
    """ids of the footnote lines of the page: at the page's foot (``_page_foot_notes``), and with
    ``column_foot_notes`` on, at the foot of a column ending higher (``_column_foot_notes``)."""
    small = ZONE_LIMITS["note_size"] * size
    upright = [ln for ln in lines if not ln.rotated]
    body = [ln for ln in upright if ln.size > small]
    return _page_foot_notes(lines, size, called) | _column_foot_notes(upright, body, small, called or set())


def carried_foot_notes(before: list[TextLine], lines: list[TextLine], size: float) -> set[int]:
    """ids of the lines ending a note carried over from the page before (``carried_foot_notes``): ``before``,
    that page's footnote lines, closes on no sentence's end, and this page's small-type lines under all its
    text open with no mark, are at most ``note_max_lines`` and end a sentence (a foot line in the note's type
    going on with it; a note of its own opens with its mark)."""
    if not ZONE_LIMITS["carried_foot_notes"] or not before:
        return set()
    if ends_sentence(max(before, key=lambda ln: (ln.top, ln.x0)).text):
        return set()
    small = ZONE_LIMITS["note_size"] * size
    upright = [ln for ln in lines if not ln.rotated]
    body = [ln for ln in upright if ln.size > small]
    if not body:
        return set()
    floor = max(ln.bottom for ln in body) - ZONE_LIMITS["note_touch"] * size
    foot = sorted((ln for ln in upright if ln.top >= floor and ln.size <= small), key=lambda ln: (ln.top, ln.x0))
    if foot and ZONE_LIMITS["carried_note_type"]:  # (a box's small text over the foot is in a type of its own)
        foot = [ln for ln in foot if abs(ln.size - foot[-1].size) <= ZONE_LIMITS["note_type"] * foot[-1].size]
    if not foot or len(foot) > ZONE_LIMITS["note_max_lines"] or NOTE_MARK.match(foot[0].text) or raised_mark(foot[0]):
        return set()
    return {id(ln) for ln in foot} if ends_sentence(foot[-1].text) else set()


def _column_foot_notes(upright: list[TextLine], body: list[TextLine], small: float, called: set[str]) -> set[int]:
    """ids of notes set at the foot of the column holding their call, not under the whole page's text (a
    column ending higher than the one beside it): a small-type line opening with a mark the body calls, no
    body line of its column under it, and the small lines close under it at its indent (``_note_run``),
    ending a sentence (round 53, struct68; ``column_foot_notes``, 0 off). Notes reading as picture credits
    stay with them."""
    if not ZONE_LIMITS["column_foot_notes"] or not called:
        return set()
    notes = sorted((ln for ln in upright if ln.size <= small), key=lambda ln: (ln.top, ln.x0))
    found: set[int] = set()
    for k, line in enumerate(notes):
        mark = NOTE_MARK.match(line.text)
        if id(line) in found or mark is None or mark.group(0).strip().rstrip(".)") not in called:
            continue
        column = [b for b in body if b.x0 < line.x1 and b.x1 > line.x0]
        if not column or any(b.bottom > line.top for b in column if b.top >= line.top - ZONE_LIMITS["region_slack"]):
            continue  # body text of its column under it (or beside it): no note at the column's foot
        run = _note_run(notes, k)
        text = _RAISED_LEAD.sub("", NOTE_MARK.sub("", " ".join(ln.text for ln in run), count=1), count=1)
        if ends_sentence(text) and not is_credit(text.split(), closes_caption=True):
            found |= {id(ln) for ln in run}  # (a numbered entry of a strip, "1 c. 890 Ship built", ends none)
    return found


def notes_title(text: str) -> bool:
    """The line reads as the notes' own title (``NOTES_TITLE``, in any case, maybe with a colon)."""
    return " ".join(text.split()).rstrip(":").lower() == NOTES_TITLE.lower()


def _body_type_notes(lines: list[TextLine], size: float, called: set[str]) -> list[TextLine]:
    """Notes set in the body's own type at the page's foot: the lines under every other
    line of the page, past a gap of at least ``foot_gap`` body sizes, the first opening with
    a mark the body calls (a raised digit after a word); [] when there are none."""
    ordered = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    for k in range(len(ordered) - 1, 0, -1):
        above = max(ln.bottom for ln in ordered[:k])
        if ordered[k].top - above >= ZONE_LIMITS["foot_gap"] * size:
            foot = ordered[k:]
            mark = NOTE_MARK.match(foot[0].text)
            if mark is not None and mark.group(0).strip().rstrip(".)") in called:
                return foot
            return []
        if len(ordered) - k >= ZONE_LIMITS["note_max_lines"]:
            return []
    return []


def _called_notes_under(foot: list[TextLine], called: set[str]) -> list[TextLine]:
    """The foot's lines from the last one opening with a mark the body calls, when every
    line from it on is in its type size (with ``folios_under_notes``, a folio under them aside: a number
    alone, the page's); [] when there is none."""
    for k in range(len(foot) - 1, 0, -1):
        mark = NOTE_MARK.match(foot[k].text)
        if mark is not None and _plain_digits(mark.group(0).strip().rstrip(".)")) in called or glued_mark(
                foot[k], called):
            rest = [foot[k]] + [ln for ln in foot[k + 1:] if not (
                ZONE_LIMITS["folios_under_notes"] and ln.text.strip().isdigit())]
            same = all(abs(ln.size - foot[k].size) <= ZONE_LIMITS["note_type"] * foot[k].size for ln in rest)
            return rest if same else []
    return []


def sidenotes(lines: list[TextLine], size: float, called: set[str] | None = None) -> set[int]:
    """ids of the sidenote lines of a page: a run of small-type lines beside the text
    (body-type lines level with it, none above or under it across its width), opening
    with a note number that a body line of the page calls (raised small digits after a
    word; with ``called``, the calls of the whole document: a note set on the page after
    its call, the paragraph going on over a page break), and the small-type lines close under
    it at its indent; a note that reads as a picture credit stays (read with its caption)."""
    small = ZONE_LIMITS["note_size"] * size
    notes = sorted((ln for ln in lines if not ln.rotated and ln.size <= small), key=lambda ln: (ln.top, ln.x0))
    if not any(_note_number(ln) for ln in notes):
        return set()  # (the common case: no calls to look for)
    body = [ln for ln in lines if not ln.rotated and ln.size > small]
    calls = {number for ln in body for number in note_calls(ln)} | (called or set())
    found: set[int] = set()
    for k, line in enumerate(notes):
        if id(line) in found or _note_number(line) not in calls:
            continue
        run = _note_run(notes, k)
        if not (_beside_text(run, body) or _under_text(run, body)) or _reads_as_credit(run):
            continue
        found.update(id(ln) for ln in run)
    return found


def _note_number(line: TextLine) -> str | None:
    """The number or mark opening a note's first line: printed before its text ("1 The",
    "2. The", "*"), or (with ``raised_note_marks`` on) one or two digits raised against its
    first word ("¹The" read as "1The", ``raised_mark``); None when the line opens with none."""
    mark = NOTE_MARK.match(line.text)
    if mark is not None:  # a superscript digit ("¹") answers the call it is read as ("1")
        return _plain_digits(mark.group(0).strip().rstrip(".)"))
    if ZONE_LIMITS["raised_note_marks"] and raised_mark(line):
        lead = _RAISED_LEAD.match(line.text)
        return lead.group(0) if lead is not None else None
    return None


def _reads_as_credit(run: list[TextLine]) -> bool:
    """A line of the note reads as a picture credit on its own: the note is a caption's credit.
    With ``note_sentence_credit`` on, a line going on the sentence of the line over it (that
    one ends no sentence: "… kept in the County Record Office," / "CRO 12/3.") is part of the
    note's own sentence, no credit of its own."""
    for n, line in enumerate(run):
        carried = n > 0 and ZONE_LIMITS["note_sentence_credit"] and not ends_sentence(run[n - 1].text.strip())
        if not carried and is_credit(NOTE_MARK.sub("", line.text, count=1).split(), closes_caption=True):
            return True
    return False


def _note_run(notes: list[TextLine], k: int) -> list[TextLine]:
    """The note opening at ``notes[k]`` and its lines close under it, at its indent."""
    run = [notes[k]]
    for line in notes[k + 1 :]:
        last = run[-1]
        if len(run) >= ZONE_LIMITS["note_max_lines"] or line.top - last.bottom > ZONE_LIMITS["note_gap"] * last.size:
            break
        if _note_number(line) is not None or not (run[0].x0 - last.size <= line.x0 < run[0].x1):
            continue
        run.append(line)
    return run


def _beside_text(run: list[TextLine], body: list[TextLine]) -> bool:
    top, bottom = run[0].top, run[-1].bottom
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    level = [ln for ln in body if ln.top < bottom and ln.bottom > top]
    return bool(level) and all(ln.x1 <= x0 or ln.x0 >= x1 for ln in level)


def _under_text(run: list[TextLine], body: list[TextLine]) -> bool:
    """The note is set right under a body line above it (a note closing the passage that
    calls it, in the column's width), within ``note_under`` of its sizes."""
    top, x0, x1 = run[0].top, min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    above = [ln for ln in body if ln.bottom <= top + ZONE_LIMITS["region_slack"] and ln.x0 < x1 and ln.x1 > x0]
    return bool(above) and top - max(ln.bottom for ln in above) <= ZONE_LIMITS["note_under"] * run[0].size


def document_calls(pages: list[list[TextLine]], size: float) -> set[str]:
    """The notes the body lines of all ``pages`` call (``note_calls``)."""
    small = ZONE_LIMITS["note_size"] * size
    return {number for lines in pages for ln in lines if not ln.rotated and ln.size > small
            for number in note_calls(ln)}


_LEVEL_CALL = re.compile(r"(?<=[^\W\d_][.,;:!?’”])\d{1,2}(?=\s|$)")


def level_calls(pages: list[list[TextLine]], size: float) -> set[str]:
    """With ``level_calls`` on, the numbers glued to a word's stop in the body lines of all
    ``pages`` ("there,1 declared", "ended.2"), set level in the text's own type (a producer
    that neither raises nor shrinks its calls): a note opening with such a number at a
    page's foot is called, though other small lines (a boxed side-bar) stand over it."""
    if not ZONE_LIMITS["level_calls"]:
        return set()
    small = ZONE_LIMITS["note_size"] * size
    return {m.group(0) for lines in pages for ln in lines if not ln.rotated and ln.size > small
            for m in _LEVEL_CALL.finditer(ln.text)}


def note_calls(line: TextLine) -> set[str]:
    """The notes ``line`` calls: one or two digits raised in small glyphs right after a word or
    a stop (or written as superscript digits, "¹"), or a note symbol glued to a word ("*", "†")."""
    return {_plain_digits(line.text[k:end].strip()) for k, end in _call_spans(line)}


_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _plain_digits(text: str) -> str:
    return "".join(str(_SUPERSCRIPT_DIGITS.index(ch)) if ch in _SUPERSCRIPT_DIGITS else ch for ch in text)


# A note's mark in a symbol, glued to the word it notes ("launch*,", "ships†."): raised or not,
# a symbol set against a word is a call; a dagger between two words' letters ("Marlow†later":
# the space after a raised mark lost in extraction) is one too; so is one glued to the stop after a
# figure ("about 1804,†": a symbol is no digit of the number, round 48).
_SYMBOL_CALL = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W_][.,;:)’”]))(?:[*\u2020\u2021](?=[\s.,;:)’”]|$)|[\u2020\u2021](?=[^\W\d_]))"
)


def _call_spans(line: TextLine) -> list[tuple[int, int]]:
    text = line.text
    symbols = [(m.start(), m.end()) for m in _SYMBOL_CALL.finditer(text)]
    if not any(ch.isdigit() for ch in text) or len(text) <= ZONE_LIMITS["call_digits"]:
        return symbols
    spans = symbols
    k = 1
    while k < len(text):
        spaced = _after_space(text, k)
        if text[k].isdigit() and (not text[k - 1].isspace() or spaced):
            end = k
            raised = text[k] in _SUPERSCRIPT_DIGITS
            # (with ``split_raised_digits``, superscript digits after a figure are a run of their own: "1127²")
            while end < len(text) and text[end].isdigit() and (
                    not ZONE_LIMITS["split_raised_digits"] or (text[end] in _SUPERSCRIPT_DIGITS) == raised):
                end += 1
            called = end - k <= ZONE_LIMITS["call_digits"] and (end == len(text) or not text[end].isalnum())
            # superscript digits are raised by their code, whatever boxes the reader gave them
            if called and (all(ch in _SUPERSCRIPT_DIGITS for ch in text[k:end]) or _raised(line, k, end)
                           or _small_after_stop(line, k, end)):
                spans.append((k - 1 if spaced else k, end))  # a spaced call takes its space with it
            k = end
        else:
            k += 1
    return sorted(spans)


def _small_after_stop(line: TextLine, start: int, end: int) -> bool:
    """With ``small_calls`` on, the digits ``start:end`` are glued to a stop that closes a word
    ("levels.1", "Maidstone.2") and end the line or a word, set in glyphs at most
    ``call_size`` of the line's tallest letters high though standing on its baseline: a note
    call in small type the producer did not raise."""
    text = line.text
    if not ZONE_LIMITS["small_calls"] or start < 2 or text[start - 1] not in ".,;:!?" or not text[start - 2].isalpha():
        return False
    if end < len(text) and text[end] != " " or 4 * end > len(line.boxes):
        return False
    letters = [k for k in range(len(text)) if text[k].isalpha() and 4 * k + 3 < len(line.boxes)]
    if not letters:
        return False
    tallest = max(line.box(k)[3] - line.box(k)[1] for k in letters)
    return all(line.box(j)[3] - line.box(j)[1] <= ZONE_LIMITS["call_size"] * tallest for j in range(start, end))


def _after_space(text: str, k: int) -> bool:
    """``text[k]`` follows one space after a stop (with ``spaced_calls`` on): where a raised
    call set apart from the sentence or clause it notes stands ("ledger. ¹ The"; after a
    word, "Case ¹", a small raised figure may be a label's)."""
    return bool(ZONE_LIMITS["spaced_calls"]) and k >= 2 and text[k - 1] == " " and text[k - 2] in ".,;:!?)’”"


_RAISED_LEAD = re.compile(rf"^\d{{1,{ZONE_LIMITS['call_digits']}}}(?=[^\W\d_])")  # a footnote's mark set close to its first word: "1The"


def raised_mark(line: TextLine) -> bool:
    """``line`` opens with a footnote's mark set as a superscript right against its first
    word ("¹The ledger …" read as "1The"): one or two digits raised above the line's foot."""
    lead = _RAISED_LEAD.match(line.text)
    return lead is not None and _raised(line, 0, lead.end())


def glued_mark(line: TextLine, called: set[str] | None = None) -> bool:
    """``line`` opens with a footnote's number set right against its first word's capital in
    the line's own type, not raised ("1The ledger …": a producer's note marker with no space
    after it), with ``called`` a number the document's body calls (``glued_marks`` on)."""
    lead = _RAISED_LEAD.match(line.text)
    return bool(ZONE_LIMITS["glued_marks"]) and lead is not None and line.text[lead.end()].isupper() and (
        called is None or lead.group() in called)


def without_raised_mark(line: TextLine) -> TextLine:
    """``line`` without the raised (or glued, ``glued_mark``) mark opening it ("1The ledger …"
    reads "The ledger …")."""
    lead = _RAISED_LEAD.match(line.text)
    if lead is None or not (_raised(line, 0, lead.end()) or glued_mark(line)):
        return line
    return replace(line, text=line.text[lead.end() :], boxes=line.boxes[4 * lead.end() :])


def _raised(line: TextLine, start: int, end: int) -> bool:
    """The glyphs ``start:end`` of ``line`` are smaller than its usual letters and raised
    above its usual foot (a superscript)."""
    text = line.text
    letters = [k for k in range(len(text)) if text[k].isalpha() and 4 * k + 3 < len(line.boxes)]
    if not letters or 4 * end > len(line.boxes):
        return False
    heights = sorted(line.box(k)[3] - line.box(k)[1] for k in letters)
    usual = heights[len(heights) // 2]
    feet = sorted(line.box(k)[3] for k in letters)
    foot = feet[len(feet) // 2]
    high = ZONE_LIMITS["call_raise_high"]
    return all(
        line.box(j)[3] - line.box(j)[1] <= ZONE_LIMITS["call_size"] * usual
        and foot - line.box(j)[3] >= ZONE_LIMITS["call_raise"] * usual
        # (or no taller than the letters, raised far: a call barely smaller than the text's type)
        or bool(high) and line.box(j)[3] - line.box(j)[1] <= usual and foot - line.box(j)[3] >= high * usual
        for j in range(start, end)
    )


def without_note_calls(line: TextLine) -> TextLine:
    """``line`` without its note calls: one or two digits raised in small glyphs right
    after a word or a stop ("… in 1476.²" reads "… in 1476."), or a note symbol glued to
    a word ("launch*," reads "launch,"); a call between two words' letters, whose space
    the extraction lost ("Marlow†later"), becomes that space."""
    text = line.text
    spans = _call_spans(line)
    drop = {j for k, end in spans for j in range(k, end)}
    if not drop:
        return line
    spaced = {k for k, end in spans if k > 0 and end < len(text) and text[k - 1].isalpha() and text[end].isalpha()}
    kept = [j for j in range(len(text)) if j not in drop or j in spaced]
    boxes = array("d")
    for j in kept:
        boxes.extend(line.box(j))
    base = max(line.box(j)[3] for j in kept) if kept else line.bottom
    height = max(line.box(j)[3] - line.box(j)[1] for j in kept) if kept else 0.0
    raised = max([line.raised, *(base - line.box(j)[3] - ZONE_LIMITS["descent_share"] * (
        height - (line.box(j)[3] - line.box(j)[1])) for j in drop)])
    return replace(line, text="".join(" " if j in spaced else text[j] for j in kept), boxes=boxes, raised=raised)


def picture_boxes(page: PageGeometry) -> list[Box]:
    """Boxes of the page's pictures: its images, drawn boxes framing no text (a grey
    placeholder, a tinted plate), and drawn boxes with a caption set over them
    (:func:`overlaid`)."""
    boxes = [image.box for image in page.images]
    for region in page.regions:
        crossing = [ln for ln in page.lines if _crosses(region, ln)]
        if not crossing or overlaid(region, page) or (ZONE_LIMITS["round_pictures"] and _flows_round(region, crossing)) or (
                ZONE_LIMITS["numbered_pictures"] and numbered_picture(region, crossing)):
            boxes.append(region)
    return boxes


PICTURE_NUMBER = re.compile(r"^\d{1,2}$")  # a picture's key number: "1" … "99"


def numbered_picture(region: Box, crossing: list[TextLine]) -> bool:
    """Every line crossing the drawn box is a bare number (``PICTURE_NUMBER``) set wholly
    inside it, at most ``picture_numbers`` of them: a picture numbered for a key that
    gathers the captions elsewhere on the page (a wall panel's or a catalogue's key)."""
    x0, top, x1, bottom = region
    slack = ZONE_LIMITS["region_slack"]
    return len(crossing) <= ZONE_LIMITS["picture_numbers"] and all(
        PICTURE_NUMBER.match(ln.text.strip()) is not None
        and ln.x0 >= x0 - slack and ln.x1 <= x1 + slack and ln.top >= top - slack and ln.bottom <= bottom + slack
        for ln in crossing
    )


def _flows_round(region: Box, crossing: list[TextLine]) -> bool:
    """The lines crossing a drawn box each reach out of it and keep out of the ellipse it
    frames: text wrapped round a round picture (a disc, an oval) nicking the corners of its
    bounding box."""
    x0, top, x1, bottom = region
    slack = ZONE_LIMITS["region_slack"]
    cx, cy, rx, ry = (x0 + x1) / 2, (top + bottom) / 2, (x1 - x0) / 2, (bottom - top) / 2
    if rx <= slack or ry <= slack:
        return False
    for ln in crossing:
        if ln.x0 >= x0 - slack and ln.x1 <= x1 + slack:
            return False  # a line inside the box's width: text set in it
        # the point of the line's box nearest the centre, in the ellipse's unit coordinates
        nx = (min(max(cx, ln.x0), ln.x1) - cx) / rx
        ny = (min(max(cy, ln.top), ln.bottom) - cy) / ry
        if nx * nx + ny * ny < 1.0:
            return False
    return True


def overlay_boxes(page: PageGeometry) -> list[Box]:
    """The page's pictures with a caption printed over them (:func:`overlaid`)."""
    return [region for region in page.regions if overlaid(region, page)]


def overlaid(region: Box, page: PageGeometry) -> bool:
    """A picture with its caption printed over it: a drawn box whose text, all framed
    by it, is a few lines (``overlay_lines``) of type smaller than the page's usual,
    covering at most ``overlay_share`` of its area, in a box at least ``overlay_height``
    times as tall as those lines stacked (a line turned up its edge, a credit, stacks on none;
    a box the text fills -- a table's cell, a family
    tree's or a timeline's box -- holds no picture), a box other boxes do not frame (no
    page tint), not running across the whole page's width (a band)."""
    x0, top, x1, bottom = region
    slack = ZONE_LIMITS["region_slack"]
    if x0 <= slack and x1 >= page.width - slack:
        return False  # a band across the whole page under a line of type (a poster's footer strip)
    crossing = [ln for ln in page.lines if _crosses(region, ln)]
    rows = [ln for ln in crossing if not ln.rotated] if ZONE_LIMITS["overlay_turned_uncounted"] else crossing
    if not crossing or len(rows) > ZONE_LIMITS["overlay_lines"]:
        return False
    inside = all(ln.x0 >= x0 - slack and ln.x1 <= x1 + slack and ln.top >= top - slack
                 and ln.bottom <= bottom + slack for ln in crossing)
    sizes = sorted(ln.size for ln in page.lines)
    usual = sizes[len(sizes) // 2]
    small = all(ln.size < usual for ln in crossing)
    area = max((x1 - x0) * (bottom - top), 1.0)
    covered = sum((ln.x1 - ln.x0) * (ln.bottom - ln.top) for ln in crossing) / area
    stacked = [ln for ln in crossing if not ln.rotated] or crossing  # (a credit turned up the edge is no row)
    extent = max(ln.bottom for ln in stacked) - min(ln.top for ln in stacked)
    tall = bottom - top >= ZONE_LIMITS["overlay_height"] * extent
    return inside and small and tall and covered <= ZONE_LIMITS["overlay_share"] and len(crossing) < 0.2 * len(page.lines)


# a picture's key for its caption: "(a)", "b)", "(12)", "3." (a letter alone or two, "A", "To", is a word)
PICTURE_KEY = re.compile(r"^(?:\((?:[A-Za-z]|\d{1,2})\)|[A-Za-z][.)]|\d{1,2}[.)]?)$")


def picture_keys(page: PageGeometry) -> set[int]:
    """ids of the lines made only of picture keys (``PICTURE_KEY``, at most ``picture_keys`` of them,
    one or more a line: keys printed level in pictures side by side read as one line), each key
    set wholly inside a drawn box at least ``key_box`` of the line's type size wide and high that
    no other line crosses (a picture, grey or drawn; not a page's or a panel's frame): the letters a caption elsewhere ("(a) The house …") names it by."""
    most = int(ZONE_LIMITS["picture_keys"])
    if not most:
        return set()
    found: set[int] = set()
    slack = ZONE_LIMITS["region_slack"]
    for line in page.lines:
        words = line.text.split()
        if not 0 < len(words) <= most or not all(PICTURE_KEY.match(w) for w in words):
            continue
        if all(PICTURE_NUMBER.match(w) for w in words):
            continue  # bare numbers: the caption key's own (``pagelayout._caption_keys`` pairs them with its entries)
        least = ZONE_LIMITS["key_box"] * line.size
        # (a picture: no other line crosses it, as none crosses a grey placeholder; a page's frame holds the text)
        boxes = [b for b in page.regions if b[2] - b[0] >= least and b[3] - b[1] >= least and not any(
            _crosses(b, other) for other in page.lines if other is not line)]
        at, inside = 0, True
        for word in words:
            at = line.text.index(word, at)
            x0 = min(line.box(k)[0] for k in range(at, at + len(word)))
            x1 = max(line.box(k)[2] for k in range(at, at + len(word)))
            at += len(word)
            if not any(b[0] - slack <= x0 and x1 <= b[2] + slack and b[1] - slack <= line.top
                       and line.bottom <= b[3] + slack for b in boxes):
                inside = False
                break
        if inside:
            found.add(id(line))
    return found


def picture_labels(page: PageGeometry) -> set[int]:
    """ids of the lines printed inside a drawn picture: a map's place names, the words on a
    facsimile. A drawn box holding only short lines (``picture_label_words``) that end no
    sentence, covering little of it (``overlay_share``), set at scattered left edges (a
    table's cells line up in columns) unless a caption with a position label stands right
    under or over it (a facsimile's lettering lines up: "Above: A cover …" names the box a
    picture), and no caption printed over it (:func:`overlaid`)."""
    found: set[int] = set()
    most = ZONE_LIMITS["picture_label_words"]
    for region in page.regions:
        crossing = [ln for ln in page.lines if _crosses(region, ln)]
        if len(crossing) == 1 and _lone_label(region, crossing[0]):
            found.add(id(crossing[0]))  # (one short line in a corner of a large box: its name, round 54)
            continue
        if len(crossing) < ZONE_LIMITS["picture_label_lines"] or overlaid(region, page):
            continue
        if any(len(ln.text.split()) > most or ends_sentence(ln.text) for ln in crossing):
            continue
        x0, top, x1, bottom = region
        slack = ZONE_LIMITS["region_slack"]
        if not all(ln.x0 >= x0 - slack and ln.x1 <= x1 + slack and ln.top >= top - slack
                   and ln.bottom <= bottom + slack for ln in crossing):
            continue
        area = max((x1 - x0) * (bottom - top), 1.0)
        covered = sum((ln.x1 - ln.x0) * (ln.bottom - ln.top) for ln in crossing) / area
        starts = {round(ln.x0 / ZONE_LIMITS["picture_label_align"]) for ln in crossing}
        scattered = len(starts) >= ZONE_LIMITS["picture_label_starts"] * len(crossing)
        if covered <= ZONE_LIMITS["overlay_share"] and (scattered or _captioned(region, page)):
            found.update(id(ln) for ln in crossing)
    return found


_LEGEND_KEY = re.compile(r"^([A-Z]|\d{1,2})\.?\s+\S")  # a legend's entry opening on its key: "B pump worked by …"


def drawing_legends(page: PageGeometry, size: float) -> set[int]:
    """ids of the lines of a drawing's legend set right under its drawn box (``drawing_legends``; round 56,
    struct74): a run of lines in type at most ``legend_type`` of the body's ``size``, each within the box's
    width and close under the one before (the first within ``caption_gap`` of its size under the box), short
    (``legend_words``) and ending no sentence, at least ``picture_label_lines`` of them opening on keys
    counting on from A or 1 ("A suction hose", "B pump …"), with at most one line before them (the
    legend's title): the picture's words, as the labels printed inside it are, not the text."""
    if not ZONE_LIMITS["drawing_legends"]:
        return set()
    found: set[int] = set()
    slack = ZONE_LIMITS["region_slack"]
    small = [ln for ln in page.lines if ln.text.strip() and ln.size <= ZONE_LIMITS["legend_type"] * size]
    for x0, _top, x1, bottom in page.regions:
        run: list[TextLine] = []
        last = bottom
        for line in sorted((ln for ln in small if ln.x0 >= x0 - slack and ln.x1 <= x1 + slack and ln.top >= bottom - slack),
                           key=lambda ln: ln.top):
            if line.top - last > ZONE_LIMITS["caption_gap"] * line.size:
                break
            run.append(line)
            last = line.bottom
        keys = [m.group(1) for m in (_LEGEND_KEY.match(ln.text.strip()) for ln in run) if m]
        counted = keys == [chr(ord("A") + k) for k in range(len(keys))] or keys == [str(k + 1) for k in range(len(keys))]
        if (len(keys) >= ZONE_LIMITS["picture_label_lines"] and counted and len(run) - len(keys) <= 1
                and all(len(ln.text.split()) <= ZONE_LIMITS["legend_words"] and not ends_sentence(ln.text)
                        for ln in run)):
            found.update(id(ln) for ln in run)
    return found


def _lone_label(region: Box, line: TextLine) -> bool:
    """``line``, alone in the drawn box, is a short label naming a picture placeholder ("Site plan" in a corner
    of a grey box), no caption printed over it, nor a key a caption cites ("1"): at least ``lone_label_letters``
    letters, at most ``picture_label_words`` words ending no sentence,
    wholly inside the box and covering at most ``lone_label_share`` of it (a box titled by one line, a band,
    is mostly that line; a caption over its picture says more; round 54, structset72)."""
    share = ZONE_LIMITS["lone_label_share"]
    x0, top, x1, bottom = region
    slack = ZONE_LIMITS["region_slack"]
    inside = line.x0 >= x0 - slack and line.x1 <= x1 + slack and line.top >= top - slack and line.bottom <= bottom + slack
    area = max((x1 - x0) * (bottom - top), 1.0)
    named = sum(1 for ch in line.text if ch.isalpha()) >= ZONE_LIMITS["lone_label_letters"]  # (a key "1": cited)
    return (bool(share) and inside and named and len(line.text.split()) <= ZONE_LIMITS["picture_label_words"]
            and not ends_sentence(line.text) and (line.x1 - line.x0) * (line.bottom - line.top) <= share * area)


def _captioned(region: Box, page: PageGeometry) -> bool:
    """A line opening with a position label ("Above: …") stands right under or over the
    drawn box, within ``caption_gap`` of its size, across the box's width."""
    x0, top, x1, bottom = region
    for line in page.lines:
        if line.x1 <= x0 or line.x0 >= x1 or match_label(line.text) is None:
            continue
        gap = max(line.top - bottom, top - line.bottom)
        if 0.0 <= gap <= ZONE_LIMITS["caption_gap"] * line.size:
            return True
    return False


def turned_near(line: TextLine, pictures: list[Box]) -> Box | None:
    """The picture a turned line stands beside (within ``turned_reach`` of its type height)."""
    across = min(line.x1 - line.x0, line.bottom - line.top)
    reach = ZONE_LIMITS["turned_reach"] * across
    best: tuple[float, Box] | None = None
    for box in pictures:
        x0, top, x1, bottom = box
        dx = max(x0 - line.x1, line.x0 - x1, 0.0)
        dy = max(top - line.bottom, line.top - bottom, 0.0)
        distance = max(dx, dy)
        if ZONE_LIMITS["turned_along"] and line.bottom - line.top > line.x1 - line.x0 and dx > 0 and (
                line.top < top - reach or line.bottom > bottom + reach) and not (
                abs(line.top - top) <= across or abs(line.bottom - bottom) <= across):
            continue  # set up the page beside the picture past its ends, from neither: it runs along something else
        if distance <= reach and (best is None or distance < best[0]):
            best = (distance, box)
    return best[1] if best else None
