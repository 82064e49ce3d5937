"""Picture credits set as footnotes.

A caption closed by a note number ("… over the street. 1", the number raised)
takes as its credit the note of that number on the same page, a line that opens
with the number and reads as a credit ("1 Photo: Ann Reed / Harbour Trust"). The
numbers are left out of the caption and of the credit; the notes, once every one
of them has found its caption, are no blocks of their own.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from vitrina.structure.captions import is_credit
from vitrina.structure.cues import ends_sentence, is_title_like, starts_lowercase
from vitrina.structure.layout import Entry, Fragment
from vitrina.structure.lines import Line
from vitrina.structure.zones import NOTES_TITLE

NOTE_LIMITS = {
    "digits": 2,  # a note number has at most this many digits
    # round 56 (struct74): a numbered note set at a column's foot inside a paragraph going on in the next column
    # (the line before ending no sentence, the line after the note resuming in lower case; 0 off)
    "column_foot_notes": 1,
    "raised_calls_after": 1,  # round 55 (struct71): a note marked in superscript digits may be called after it (0 off)
    # round 43 (structset49): a lone number in a line broken around it after a sentence's stop calls the note of
    # that number printed at the document's end, on a later page (an endnote; 0 off)
    "end_note_calls": 1,
    # round 41: a note opening with a reference symbol ("† …") whose call is glued to a word or stop in the
    # text before it is a note after any line, not only after a sentence's end (a credit over it; 0 off)
    "called_symbols": 1,
    # round 45: a called reference symbol alone on its line over the note's text is that note's mark (0 off)
    "marks_alone": 1,
    # round 47 (struct56b): a reference symbol ("*", "†") alone on a line inside a sentence (the line before ends
    # none, the line after goes on in lower case) calls the note opening with that symbol on its page: a raised
    # call the extraction printed apart, no text, as a lone note number is (0 off)
    "symbol_calls_alone": 1,
    "credit_lines": 3,  # a note's credit wraps over at most this many lines
    "page_lines": 12,  # the footnotes closing a page of extracted text run over at most this many lines
    "edge_lines": 3,  # ... and are followed by at most this many running lines (a footer, a page number)
    "edge_words": 8,  # ... each of at most this many words
    "notes_to_page_foot": 6,  # round 46: a called note after a line ending no sentence is one when notes follow
    # it down to its page's foot, at most this many (0: off)
    "sidenote_lines": 4,  # a sidenote printed inside the text runs over at most this many lines
    # round 48 (structset60): ... and a called note after a line ending no sentence is one where the text
    # goes on after it in lower case (a margin note the extraction set between its paragraph's lines; 0 off)
    "notes_mid_sentence": 1,
    # round 58 (structset79): ... its call glued to a word of the very line that resumes the sentence after it ("…
    # showed a fault" / "* Seed is …" / "called seed.* A finer …"): a column's note written where the
    # flow entered the next column, before the line that calls it (0 off)
    "calls_after_notes": 1,
    # round 59 (struct80): a column's notes written where the flow entered the column come before the lines that
    # call them: a note's number glued to a word ("Quaker1", "falls.2") within this many lines after the note
    # calls it as one before it would (0 off)
    "plain_calls_after": 30,
    # round 48 (structset60): a page's closing run of notes holds no line going on in lower case after a line
    # ending a sentence (the text resumes there: the "note" was a margin note set inside it; 0 off)
    "tail_text_resumes": 1,
    "glued_foot_notes": 1,  # a note at a page's foot may open with its number glued to its first word
    # ("1Seattle …"), its call glued after a quote's closing mark and a stop ("gold”.1") (round 39; 0 off)
    # ... or after the notes' own title, "Notes 1 The …"; a call in superscript digits answers a note numbered in
    # plain ones there ("Knossos,¹" / "1 …") (round 48; 0 off)
    "titled_foot_notes": 1,
    # round 50 (structset64): a call in raised figures may follow a number and its stop ("first heard in 1727,¹",
    # "in 1823.²"): a raised figure is never a digit of the number before it (0 off)
    "raised_after_figures": 1,
    # round 51 (structset65): a page's closing "note" whose opening line is a short title ending no sentence, its
    # number the next after headings numbered 1, 2, … in title lines before it ("1 The Long Ledger" … "3 A Late
    # Settlement"), is the next section's heading, no note (0 off)
    "counted_heads": 1,
    # round 54 (structset72): a short line in lower case closing a page right under a note that opens with its
    # number and ends no sentence is that note's end, no footer left in the text (0 off) ...
    "note_tails": 1,
    "note_tail_words": 3,  # ... of at least this many words; so is a run of lines over a page's closing notes
    # opening in lower case after a sentence's end and ending one: a note carried over from the page before ...
    "note_tail_lines": 2,  # ... of at most this many lines
    # round 55 (structset73): a note opening with a reference symbol called glued earlier on its page ("museum,*")
    # and running unfinished to the page's foot over two lines or more goes on over the page: a note, though it
    # ends no sentence there (0 off)
    "carried_symbol_notes": 1,
    # round 57 (structset77): ... over one line too, when the line holds at least this many words (a note set
    # across the page, wider than the text's columns; 0 off) ...
    "carried_line_words": 12,
    # ... and a reference symbol glued to a figure ("in 1879*") calls its note as one glued to a word (0 off)
    "symbols_after_figures": 1,
    # round 55 (structset73): a note printed between paragraphs away from its call, numbered in plain figures
    # ("1 The manuscript …"), answers a call in raised figures glued to a word or stop ("yards.¹") (0 off)
    "raised_called_notes": 1,
}


@dataclass
class _Note:
    fragment: Fragment
    lines: list[Line]  # the note's lines, its number's own line left out
    skip: int  # words of the first line before the credit (the number), 0 or 1


def with_footnote_credits(entries: list[Entry]) -> list[Entry]:
    """``entries`` with footnoted credits joined to their captions (see the module)."""
    notes = _notes(entries)
    if not notes:
        return entries
    used: dict[int, int] = {}  # id(note fragment) -> notes taken from it
    for cap in _fragments(entries):
        marker = _marker(cap) if cap.kind == "caption" else None
        if marker is None:
            continue
        n, k, number = marker
        note = notes.get((cap.lines[n].page, number))
        if note is None or note.fragment is cap or cap.note is not None:
            continue
        cap.note = (n, k)
        cap.credit = (len(cap.lines), note.skip)
        cap.lines.extend(note.lines)
        used[id(note.fragment)] = used.get(id(note.fragment), 0) + 1
    held = {id(f): sum(1 for note in notes.values() if note.fragment is f) for f in _fragments(entries)}
    spent = {key for key, count in used.items() if count == held.get(key)}
    return _without(entries, spent)


def _fragments(entries: list[Entry]) -> Iterator[Fragment]:
    for entry in entries:
        if isinstance(entry, Fragment):
            yield entry
            yield from _fragments(list(entry.deferred))


def _without(entries: list[Entry], spent: set[int]) -> list[Entry]:
    kept: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Fragment):
            if id(entry) in spent:
                continue
            entry.deferred = [d for d in _without(list(entry.deferred), spent) if isinstance(d, Fragment)]
        kept.append(entry)
    return kept


def _number(word: str) -> str | None:
    return word if word.isdigit() and len(word) <= NOTE_LIMITS["digits"] and not word.startswith("0") else None


def _notes(entries: list[Entry]) -> dict[tuple[int | None, str], _Note]:
    """The footnotes of the text by (page, number): fragments made only of lines
    opening with a note number, each note reading as a credit."""
    found: dict[tuple[int | None, str], _Note] = {}
    for frag in _fragments(entries):
        groups = _note_groups(frag)
        if groups is None:
            continue
        for number, note in groups:
            found.setdefault((note.lines[0].page, number), note)
    return found


def _note_groups(frag: Fragment) -> list[tuple[str, _Note]] | None:
    lines = frag.lines
    if frag.note is not None or not lines or not lines[0].words or _number(lines[0].words[0][0]) is None:
        return None
    groups: list[tuple[str, list[Line]]] = []
    for line in lines:
        number = _number(line.words[0][0]) if line.words else None
        if number is not None:
            groups.append((number, [line]))
        else:
            groups[-1][1].append(line)
    notes = []
    for number, group in groups:
        alone = len(group[0].words) == 1
        body = group[1:] if alone else group
        words = [w for k, line in enumerate(body) for j, (w, _) in enumerate(line.words) if alone or k or j]
        if not body or not is_credit(words, closes_caption=True):
            return None
        notes.append((number, _Note(frag, body, 0 if alone else 1)))
    return notes


def _marker(cap: Fragment) -> tuple[int, int, str] | None:
    """(line, word, number) of the note number closing a caption's text: its last
    word after a sentence end, or all a credit found there holds."""
    if cap.credit is not None:
        n, k = cap.credit
        if n >= len(cap.lines) or k >= len(cap.lines[n].words):
            return None
        rest = [w for w, _ in cap.lines[n].words[k:]] + [w for line in cap.lines[n + 1 :] for w, _ in line.words]
        number = _number(rest[0]) if len(rest) == 1 else None
        return (n, k, number) if number is not None and _after_sentence(cap, n, k) else None
    n = len(cap.lines) - 1
    k = len(cap.lines[n].words) - 1
    number = _number(cap.lines[n].words[k][0]) if k >= 0 else None
    return (n, k, number) if number is not None and _after_sentence(cap, n, k) else None


def _after_sentence(cap: Fragment, n: int, k: int) -> bool:
    """The word before (line n, word k) ends a sentence: the number is a note call."""
    if k > 0:
        return ends_sentence(cap.lines[n].words[k - 1][0])
    return n > 0 and ends_sentence(cap.lines[n - 1].text)


def plain_notes(lines: list[Line], source: str) -> dict[int, list[Line]]:
    """Footnoted credits in text without geometry, where a raised note number is
    printed on a line of its own: {index of the call's line: the note's lines}.

    The call is a lone number right after a line ending a sentence; its note is a
    later line reading as a credit on the same page right after a line of the same
    number (in ``lines``, or dropped from them as a page number: then it stands
    between the two lines in ``source``); the note may wrap while it reads as one."""
    calls: dict[tuple[int | None, str], int] = {}
    found: dict[int, list[Line]] = {}
    for line in lines:
        number = _number(line.text.strip())
        if number is None or line.index == 0:
            continue
        if (line.page, number) not in calls and ends_sentence(lines[line.index - 1].text):
            calls[(line.page, number)] = line.index
    if not calls:
        return found
    for line in lines[1:]:
        prev = lines[line.index - 1]
        gap = source[prev.start + len(prev.raw) : line.start].strip()
        number = _number(gap)
        last = line.index - 1  # the call may be the line before the dropped number
        if number is None:
            number, last = _number(prev.text.strip()), line.index - 2
        call = calls.get((line.page, number)) if number is not None else None
        if call is None or call > last or call in found:
            continue
        note = _note_text(lines, line.index)
        if note:
            found[call] = note
    return found


def _note_text(lines: list[Line], first: int) -> list[Line]:
    """The lines from ``first`` reading as one credit on the same page (none if the
    first does not)."""
    taken: list[Line] = []
    words: list[str] = []
    for line in lines[first : first + NOTE_LIMITS["credit_lines"]]:
        if line.page != lines[first].page or (taken and (line.page_start or _number(line.text.strip()))):
            break
        if not is_credit(words + line.text.split(), closes_caption=True):
            break
        taken.append(line)
        words += line.text.split()
    return taken


_NOTE_OPENING = re.compile(r"^(\d{1,2})(?:[.)]?\s+(?=\S)|(?=[A-Z][a-z]))")
# a note's number glued to its first word, the raised figure's space lost ("1The ledger …")
GLUED_NOTE_NUMBER = re.compile(r"^\d{1,2}(?=[A-Z][a-z])")
_LONE_NUMBER = re.compile(r"^(\d{1,2})$")


def _opening(lines: list[Line], k: int) -> tuple[str, str] | None:
    """(number, text) of a note opening at ``lines[k]``: "2 The figure …" on one line, or
    a lone "2" (a raised number the extraction printed apart) over the note's text."""
    m = _NOTE_OPENING.match(lines[k].text)
    if m is not None:
        return m.group(1), lines[k].text[m.end():]
    m = _LONE_NUMBER.match(lines[k].text.strip())
    if m is not None and k + 1 < len(lines) and not _LONE_NUMBER.match(lines[k + 1].text.strip()):
        return m.group(1), lines[k + 1].text
    return None


def plain_footnotes(lines: list[Line], inside: frozenset[int] = frozenset()) -> set[int]:
    """Indexes of the footnotes a text extraction printed at the end of their page, or at
    its start (apparatus: no block of their own). The page's last lines, from a line
    opening with a note number ("1. …", "2 …") to the page's end, every line that opens
    with a number giving the next one (or its first lines, after its running lines, each
    opening with the next number or going on with an unfinished note); each number called
    in the page's other lines, glued to the word or stop it follows ("… in 1476.2 By",
    "… woven into it.1") or on a line of its own. Notes that read as picture credits are
    left to :func:`plain_notes`."""
    found: set[int] = set()
    pages: dict[int | None, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    for page_lines in pages.values():
        # a note's call comes before it: above the notes closing a page, under those opening it
        tail = _note_tail(page_lines, inside)
        if tail and _counted_head(tail, lines):
            tail = []
        if tail:
            found |= _called_notes(tail, [ln for ln in page_lines if ln.index < tail[0].index])
        head = _note_head(page_lines)
        if head:
            found |= _called_notes(head, [ln for ln in page_lines if ln.index > head[-1].index])
    return found


def plain_sidenotes(lines: list[Line]) -> set[int]:
    """Indexes of the sidenotes a text extraction printed inside the text, right after the
    line that calls them: a line ending in a number glued to its last word or stop
    ("… the mill at Orsk.1"), then a line opening with that number ("1 The ledger …") and
    the lines going on to the end of its sentence. The text reads on after the note; a
    note that reads as a picture credit is no sidenote."""
    found: set[int] = set()
    for k in range(1, len(lines)):
        call = _GLUED_CALL.search(lines[k - 1].text)
        opening = _NOTE_OPENING.match(lines[k].text)
        if call is None or opening is None or call.group(1) != opening.group(1) or (k - 1) in found:
            continue
        if _counted_title(lines, k, opening):
            continue
        note = [lines[k]]
        while not ends_sentence(note[-1].text) and len(note) < NOTE_LIMITS["sidenote_lines"] and k + len(note) < len(lines):
            note.append(lines[k + len(note)])
        text = " ".join(line.text for line in note)[opening.end():]
        if ends_sentence(note[-1].text) and not is_title_like(text) and not is_credit(text.split(), closes_caption=True):
            found.update(line.index for line in note)
    return found


def plain_called_notes(lines: list[Line], held: frozenset[int] = frozenset()) -> set[int]:
    """Indexes of the notes a text extraction printed between paragraphs, away from their
    call (the note set in small type under the passage, or on the page after its call):
    a line opening with a note number or symbol ("1 …", "* …", "¹ …") right after a line
    ending a sentence (or closing its page), that number called before it glued to a word or
    stop ("flagship1 at", "years¹.", "cannibals*.") or a symbol opening no other line (its
    call cleared by the reader), running to its sentence end within ``sidenote_lines`` lines;
    a note that reads as a title or a picture credit is none."""
    text = "\n".join(line.text for line in lines)
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines), initial=0))
    openings = Counter(m.group(1) for line in lines if (m := _CALLED_OPENING.match(line.text)))
    found: set[int] = set()
    for k in range(1, len(lines)):
        if k in held or k - 1 in found:
            continue
        alone = _mark_alone(lines, k)
        if alone:  # the mark extracted on a line of its own over its note's text ("*" / "Hooke showed …")
            found.update(line.index for line in alone)
            continue
        opening = _CALLED_OPENING.match(lines[k].text)
        if opening is None:
            continue
        mark = opening.group(1)
        digits = _plain_mark(mark)
        forms = {mark, digits, _raised_mark(digits)} if NOTE_LIMITS["raised_called_notes"] else {mark, digits}
        called = re.compile(rf"[^\W\d_][.,;:!?”’\"')]?(?:{'|'.join(re.escape(f) for f in sorted(forms))})(?=[\s.,;:!?”’\"')]|$)")
        # a symbol opening one line alone: its call glued to a word was cleared with the
        # reader's apparatus (``manpage.symbol_calls_cleared``), a list's marks repeat
        lone_symbol = mark in _NOTE_SYMBOLS and openings[mark] == 1
        glued = called.search(text, 0, starts[k]) is not None or _raised_call_after(mark, text, starts[k + 1]
                                                                                   if k + 1 < len(starts) else len(text))
        note = [lines[k]]
        while not ends_sentence(note[-1].text) and len(note) < NOTE_LIMITS["sidenote_lines"] and k + len(note) < len(lines):
            note.append(lines[k + len(note)])
        after = k + len(note)
        if not (glued or lone_symbol) and _plain_call_after(called, text, starts, after - 1):
            # called only after it: no title opens it ("1 The Market Hall" over its text is a heading)
            glued = not is_title_like(lines[k].text[opening.end():].strip())
        if not (glued or lone_symbol):
            continue
        if _counted_title(lines, k, opening):
            continue
        page_end = after >= len(lines) or lines[after].page_start  # a note set at its page's foot
        # a reference symbol called in the text ("guns.†") opens its note after any line (a
        # caption's credit ending no sentence set over it); a number only after a sentence's end
        symbol_called = bool(NOTE_LIMITS["called_symbols"]) and mark in _NOTE_SYMBOLS and glued
        resumed_call = bool(NOTE_LIMITS["calls_after_notes"]) and not page_end and called.search(
            lines[after].text) is not None
        mid_sentence = bool(NOTE_LIMITS["notes_mid_sentence"]) and (glued or resumed_call) and not page_end and (
            starts_lowercase(lines[after].text) and lines[after].page == lines[k].page)
        if not (ends_sentence(lines[k - 1].text) or page_end or symbol_called or mid_sentence or (
                NOTE_LIMITS["notes_to_page_foot"] and _notes_to_page_foot(lines, after))):
            continue
        body = " ".join(line.text for line in note)[opening.end():]
        if ends_sentence(note[-1].text) and not is_title_like(body) and not is_credit(body.split(), closes_caption=True):
            found.update(line.index for line in note)
    return found


def _plain_call_after(called: re.Pattern[str], text: str, starts: list[int], k: int) -> bool:
    """With ``plain_calls_after`` on, the note opening line ``k`` is called, its number glued to a word or
    stop (``called``), within that many lines after it: the note written before the column calling it."""
    reach = int(NOTE_LIMITS["plain_calls_after"])
    if not reach or k + 1 >= len(starts):
        return False
    return called.search(text, starts[k + 1], starts[min(k + 1 + reach, len(starts) - 1)]) is not None


def _raised_call_after(mark: str, text: str, start: int) -> bool:
    """With ``raised_calls_after`` on, a note opening with a mark in superscript digits ("² …") is called from
    later in the text by that mark glued to a word, a stop or a figure ("Europe.¹", "in 1127²"): an extraction
    may write a column's notes before the lines that call them; a raised figure is no digit of the text."""
    if not NOTE_LIMITS["raised_calls_after"] or not mark or not all(ch in _SUPERSCRIPTS for ch in mark):
        return False
    glued = re.compile(rf"[^\W_][.,;:!?”’\"')]?{re.escape(mark)}(?=[\s.,;:!?”’\"')]|$)")
    return glued.search(text, start) is not None


def _glued_call(mark: str, closing: str) -> re.Pattern[str]:
    """A call of note ``mark`` glued to a word and up to ``closing`` stops ("levels1,", "gold”.1",
    "source†"), in plain or raised figures; with ``raised_after_figures`` on, a call in raised figures
    also after a number and its stop ("in 1727,¹", "in 1823.²": a raised figure is no digit of the year)."""
    forms = {mark, _plain_mark(mark), _raised_mark(mark)}
    glued = rf"[^\W\d_][.,;:!?”’\"')]{closing}(?:{'|'.join(re.escape(form) for form in forms)})"
    raised = [form for form in forms if form and all(ch in _SUPERSCRIPTS for ch in form)]
    if NOTE_LIMITS["raised_after_figures"] and raised:
        glued += rf"|\d[.,;:!?”’\"')]{{1,2}}(?:{'|'.join(re.escape(form) for form in raised)})"
    if NOTE_LIMITS["symbols_after_figures"] and mark and all(ch in _NOTE_SYMBOLS for ch in mark):
        glued += rf"|\d{re.escape(mark)}"  # "in 1879*": a symbol is no digit of the year
    return re.compile(rf"(?:{glued})(?=[\s.,;:!?”’\"')]|$)")


def _notes_to_page_foot(lines: list[Line], at: int) -> bool:
    """From line ``at`` on, notes follow one another down to their page's foot, each opening with
    its mark ("² …") and running to its sentence end within ``sidenote_lines`` lines (at most
    ``notes_to_page_foot`` of them): the notes of a margin or a page's foot, which an extraction
    prints after the page's last line of text even in mid-sentence ("… keep their horses" / "¹ The
    sum …" / "² …" / next page "for them.") (round 46)."""
    for _ in range(int(NOTE_LIMITS["notes_to_page_foot"]) + 1):
        if at >= len(lines) or lines[at].page_start:
            return True
        if _CALLED_OPENING.match(lines[at].text) is None:
            return False
        span = 1
        while not ends_sentence(lines[at + span - 1].text) and span < NOTE_LIMITS["sidenote_lines"] and at + span < len(lines):
            span += 1
        if not ends_sentence(lines[at + span - 1].text):
            return False
        at += span
    return False


def _mark_alone(lines: list[Line], k: int) -> list[Line]:
    """With ``marks_alone`` on, the lines of a note whose reference symbol stands alone on line
    ``k`` (the extraction broke the line after its mark): the symbol called before it glued to a
    word or stop ("away.*"), the line before it ending a sentence, the note's text on the lines
    under it opening in capitals and running to its sentence end within ``sidenote_lines``
    lines, no title nor credit ([] when not)."""
    mark = lines[k].text.strip()
    if not NOTE_LIMITS["marks_alone"] or mark not in _NOTE_SYMBOLS or k + 1 >= len(lines) or k == 0:
        return []
    if not ends_sentence(lines[k - 1].text) or not lines[k + 1].text[:1].isupper():
        return []
    before = "\n".join(line.text for line in lines[:k])
    if re.search(rf"[^\W\d_][.,;:!?”’\"')]?{re.escape(mark)}(?=[\s.,;:!?”’\"')]|$)", before) is None:
        return []
    note = [lines[k], lines[k + 1]]
    while not ends_sentence(note[-1].text) and len(note) <= NOTE_LIMITS["sidenote_lines"] and k + len(note) < len(lines):
        note.append(lines[k + len(note)])
    body = " ".join(line.text for line in note[1:])
    if not ends_sentence(note[-1].text) or is_title_like(body) or is_credit(body.split(), closes_caption=True):
        return []
    return note


def _counted_title(lines: list[Line], k: int, opening: re.Match[str]) -> bool:
    """Line ``k`` opens with a number and a title (title-like, ending no sentence) and a later
    line opens with the next number and a title too: the first heading of a numbered series
    ("1 The Mill" … "2 The Weir"), not a note, though a note call of that number precedes it."""
    if not opening.group(1).isdecimal():  # (a raised figure, "¹", is a note's mark alone)
        return False

    def titled(text: str, number: int) -> bool:
        m = _CALLED_OPENING.match(text)
        body = text[m.end():].strip() if m is not None else ""
        return (m is not None and m.group(1) == str(number) and is_title_like(body)
                and not ends_sentence(body))

    number = int(opening.group(1))
    return titled(lines[k].text, number) and any(titled(line.text, number + 1) for line in lines[k + 1 :])


def plain_page_foot_notes(lines: list[Line], held: frozenset[int] = frozenset()) -> set[int]:
    """Indexes of the note a text extraction printed at its page's foot, right before the
    page's running lines, when the text runs on over the page (its line before the note
    ends no sentence): a line opening with a note number or symbol ("1 …", "† …") called
    earlier on the page glued to a word or stop ("levels1,", "source†"), running to its
    sentence end within ``sidenote_lines`` lines; a note that reads as a title or a picture
    credit is none."""
    found: set[int] = set()
    pages: dict[int | None, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    carried = False  # the page before closed on a symbol note going on over the page
    for page_lines in pages.values():
        end = len(page_lines)
        while end > 0 and len(page_lines) - end < NOTE_LIMITS["edge_lines"] and _running_like(page_lines[end - 1].text):
            end -= 1
        if carried:
            found.update(line.index for line in _carried_symbol_end(page_lines, end))
        carried = False
        for k in range(max(1, end - int(NOTE_LIMITS["sidenote_lines"])), end):
            opening = _foot_opening(page_lines[k].text)
            if opening is None or page_lines[k].index in held:
                continue
            mark = opening.group(1)
            if not ends_sentence(page_lines[end - 1].text) and not _carried_symbol_note(page_lines, k, end, lines):
                continue
            closing = "{0,2}" if NOTE_LIMITS["glued_foot_notes"] else "?"  # "gold”.1": a quote's mark and a stop
            called = _glued_call(mark, closing)
            if not any(called.search(line.text) for line in page_lines[:k]):
                continue
            run = page_lines[k:end]  # notes to the page's foot: each line opens one or goes on with it
            if any(ends_sentence(a.text) and _foot_opening(b.text) is None
                   for a, b in zip(run, run[1:], strict=False)):
                continue
            body = " ".join(line.text for line in run)[opening.end():]
            if not is_title_like(body) and not is_credit(body.split(), closes_caption=True):
                found.update(line.index for line in page_lines[k:end])
            break
        carried = _closes_on_carried_note(page_lines, end, found | held)
    return found


def plain_column_foot_notes(lines: list[Line], held: frozenset[int] = frozenset()) -> set[int]:
    """Indexes of the notes a text extraction set at a column's foot inside the paragraph the next column goes
    on with (``column_foot_notes``; round 56, struct74): a line opening with a note number ("1 The …", spaced)
    after a line ending no sentence, running to a sentence's end within ``sidenote_lines`` lines, the line
    after it going on in lower case (the paragraph resumed), the number called earlier on its page, glued to
    a word ("timber.1") or on a line of its own ("1"); a note that reads as a title or a credit is none."""
    if not NOTE_LIMITS["column_foot_notes"] or not NOTE_LIMITS["notes_mid_sentence"]:
        return set()  # (a note read mid-sentence: off with round 48's notes_mid_sentence too)
    found: set[int] = set()
    most = int(NOTE_LIMITS["sidenote_lines"])
    for k in range(1, len(lines) - 1):
        opening = _CALLED_OPENING.match(lines[k].text)
        if opening is None or k in held or lines[k - 1].index in held or ends_sentence(lines[k - 1].text):
            continue
        end = next((j for j in range(k, min(len(lines) - 1, k + most)) if ends_sentence(lines[j].text)), None)
        if end is None or not lines[end + 1].text[:1].islower():
            continue
        mark = opening.group(1)
        before = [line for line in lines[:k] if line.page == lines[k].page]
        called = _glued_call(mark, "?")
        if not any(line.text.strip() == mark or called.search(line.text) for line in before):
            continue
        body = " ".join(line.text for line in lines[k : end + 1])[opening.end() :]
        if not is_title_like(body) and not is_credit(body.split(), closes_caption=True):
            found.update(line.index for line in lines[k : end + 1])
    return found


def _closes_on_carried_note(page_lines: list[Line], end: int, notes: set[int] | frozenset[int]) -> bool:
    """The page's text closes (before its running lines, ``end``) on a note opening with a reference
    symbol that ends no sentence there (``carried_symbol_notes``): it goes on at the next page's foot."""
    if not NOTE_LIMITS["carried_symbol_notes"] or not end or page_lines[end - 1].index not in notes:
        return False
    if ends_sentence(page_lines[end - 1].text):
        return False
    for line in reversed(page_lines[max(0, end - int(NOTE_LIMITS["sidenote_lines"])) : end]):
        if line.index not in notes:
            return False
        opening = _CALLED_OPENING.match(line.text)
        if opening is not None:
            return opening.group(1) in _NOTE_SYMBOLS
    return False


def _carried_symbol_end(page_lines: list[Line], end: int) -> list[Line]:
    """The end of a symbol note carried over from the page before (``_carried_symbol_note``): the page's
    closing lines before its running lines (``end``), at most ``note_tail_lines``, ending a sentence,
    right after a line ending one, opening no note of their own ([] when not so)."""
    for start in range(end - 1, max(0, end - 1 - int(NOTE_LIMITS["note_tail_lines"])), -1):
        run = page_lines[start:end]
        if (ends_sentence(page_lines[start - 1].text) and ends_sentence(run[-1].text)
                and not any(ends_sentence(line.text) for line in run[:-1]) and _foot_opening(run[0].text) is None):
            return run
    return []


def _carried_symbol_note(page_lines: list[Line], k: int, end: int, lines: list[Line]) -> bool:
    """With ``carried_symbol_notes`` on, line ``k`` opens with a reference symbol ("* The …") a note that
    runs unfinished to its page's foot (line ``end`` closing it): the note goes on over the page, at
    the next page's foot; a page follows in the text. (A number is no such sign: a numbered heading or
    a row of figures closing a page opens so too.)"""
    opening = _CALLED_OPENING.match(page_lines[k].text)
    return (bool(NOTE_LIMITS["carried_symbol_notes"]) and opening is not None and opening.group(1) in _NOTE_SYMBOLS
            and (end - k >= 2 or _worded_note_line(page_lines[k])) and page_lines[end - 1].index + 1 < len(lines)
            and not any(ends_sentence(line.text) for line in page_lines[k:end]))


def _worded_note_line(line: Line) -> bool:
    """With ``carried_line_words`` set, ``line`` holds at least that many words: a note's line set wide."""
    most = int(NOTE_LIMITS["carried_line_words"])
    return bool(most) and len(line.text.split()) >= most


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# a note's opening mark: a number, a superscript number or a note symbol, then a space
_NOTE_SYMBOLS = frozenset("*\u2020\u2021")
_CALLED_OPENING = re.compile(r"^(\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[*\u2020\u2021])\s+(?=[A-Z])")


# (with ``glued_foot_notes`` on) a note's number glued to its first word, its raised figure's space lost
_GLUED_OPENING = re.compile(r"^(\d{1,2})(?=[A-Z][a-z])")


# the notes' own title opening the line of their first note ("Notes 1 The …": a band of notes with
# its title set beside them, read as one line; round 48)
_TITLED_OPENING = re.compile(rf"^{NOTES_TITLE}:?\s+(\d{{1,2}}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}|[*\u2020\u2021])\s+(?=[A-Z])")


def _foot_opening(text: str) -> re.Match[str] | None:
    """The mark opening a note at a page's foot: spaced ("1 The …", "¹ The …", "* The …") or,
    with ``glued_foot_notes`` on, a number glued to the note's first word ("1Seattle …"); with
    ``titled_foot_notes`` on, after the notes' own title ("Notes 1 The …")."""
    opening = _CALLED_OPENING.match(text)
    if opening is None and NOTE_LIMITS["titled_foot_notes"]:
        opening = _TITLED_OPENING.match(text)
    if opening is None and NOTE_LIMITS["glued_foot_notes"]:
        opening = _GLUED_OPENING.match(text)
    return opening


def opens_like_note(text: str) -> bool:
    """The line opens as a footnote does: a note number, spaced or glued to its first word,
    a superscript number or a note symbol."""
    text = text.lstrip()
    return bool(_NOTE_OPENING.match(text) or _CALLED_OPENING.match(text) or text[:1] in _SUPERSCRIPTS)


def _plain_mark(mark: str) -> str:
    return "".join(str(_SUPERSCRIPTS.index(ch)) if ch in _SUPERSCRIPTS else ch for ch in mark)


def _raised_mark(mark: str) -> str:
    """The mark in superscript digits ("12" -> "¹²"): the call a note numbered in plain digits may have."""
    return "".join(_SUPERSCRIPTS[int(ch)] if ch in "0123456789" else ch for ch in mark)


# a note number glued to the word or stop it follows, closing the line ("… at Orsk.1")
_GLUED_CALL = re.compile(r"(?<=[^\W\d_]|[.,;:!?”’\"')])(\d{1,2})$")


def _counted_head(tail: list[Line], lines: list[Line]) -> bool:
    """The tail's opening line is a numbered heading (switch ``counted_heads``): a short title
    ending no sentence ("3 A Late Settlement"), every number below its own opening an earlier line
    that is such a title too ("1 …", "2 …"), at least one of them, and none its own."""
    if not NOTE_LIMITS["counted_heads"]:
        return False
    first = tail[0]
    opening = _NOTE_OPENING.match(first.text)

    def titled(line: Line, number: int) -> bool:
        m = _NOTE_OPENING.match(line.text)
        rest = line.text[m.end():] if m is not None else ""
        return (m is not None and int(m.group(1)) == number and 0 < len(rest.split()) <= NOTE_LIMITS["edge_words"]
                and not ends_sentence(rest) and is_title_like(rest))

    if opening is None or int(opening.group(1)) < 2 or not titled(first, int(opening.group(1))):
        return False
    before = [line for line in lines if line.index < first.index]
    own = int(opening.group(1))
    return all(any(titled(line, n) for line in before) for n in range(1, own)) and not any(
        titled(line, own) for line in before)  # (a heading of that number already: notes count anew)


def _called_notes(tail: list[Line], page_lines: list[Line]) -> set[int]:
    """Indexes of the notes of ``tail`` when every number is called in ``page_lines``
    and none reads as a credit."""
    if not tail:
        return set()
    kept = {line.index for line in tail}
    rest = "\n".join(line.text for line in page_lines if line.index not in kept)
    openings = [o for j in range(len(tail)) if (o := _opening(tail, j))]
    # called glued to the word or stop it follows, or on a line of its own
    called = all(re.search(rf"(?:[^\W\d_][.,;:!?”’\"')]?|\d[.,;:!?”’\"')]){n}(?=\s|$)|(?:^|\n){n}(?=\n|$)", rest)
                 for n, _ in openings)
    credits = any(is_credit(text.split(), closes_caption=True) for _, text in openings)
    return kept if called and not credits else set()


def note_numbers(lines: list[Line], notes: set[int]) -> dict[int | None, set[str]]:
    """{page: the numbers of the notes ``notes`` (their lines' indexes) on it}."""
    found: dict[int | None, set[str]] = {}
    for k in notes:
        if (opening := _opening(lines, k)) is not None:
            found.setdefault(lines[k].page, set()).add(opening[0])
        elif (raised := _CALLED_OPENING.match(lines[k].text)) is not None and raised.group(1)[0] in _SUPERSCRIPTS:
            found.setdefault(lines[k].page, set()).add(_plain_mark(raised.group(1)))  # "¹ The …": note 1
        elif NOTE_LIMITS["titled_foot_notes"] and (titled := _TITLED_OPENING.match(lines[k].text)) is not None:
            found.setdefault(lines[k].page, set()).update(_run_on_numbers(lines[k].text, _plain_mark(titled.group(1))))
    return found


def _run_on_numbers(text: str, first: str) -> set[str]:
    """``first`` and the numbers of the notes run on after it in one line of a band of notes,
    each the next number opening a sentence after a sentence's end ("1 Akin means ….
    2 The …")."""
    numbers = {first}
    if not first.isdecimal() or not first.isascii():
        return numbers
    n = int(first)
    while re.search(rf"[.!?”’\"')]\s+{n + 1}\s+(?=[A-Z])", text):
        n += 1
        numbers.add(str(n))
    return numbers


def plain_note_calls(lines: list[Line], notes: set[int]) -> set[int]:
    """Indexes of the lone numbers calling the notes ``notes`` (their lines' indexes) on
    their page: a raised note number the extraction printed on a line of its own, in the
    middle of the line it was set in."""
    by_page = note_numbers(lines, notes)
    numbers = {(page, n) for page, found in by_page.items() for n in found}
    pages = [page for page in by_page if page is not None]
    last = max(pages) if pages and NOTE_LIMITS["end_note_calls"] else None
    calls = set()
    symbols = {(lines[k].page, m.group(1)) for k in notes
               if (m := _CALLED_OPENING.match(lines[k].text)) is not None and m.group(1) in _NOTE_SYMBOLS}
    for line in lines:
        if line.index in notes:
            continue
        if _symbol_call_alone(lines, line.index, symbols):
            calls.add(line.index)
            continue
        if (m := _LONE_NUMBER.match(line.text.strip())) is None:
            continue
        if (line.page, m.group(1)) in numbers or (
                last is not None and line.page is not None and line.page < last
                and m.group(1) in by_page[last] and _inside_sentence_run(lines, line.index)):
            calls.add(line.index)
    return calls


def _symbol_call_alone(lines: list[Line], k: int, symbols: set[tuple[int | None, str]]) -> bool:
    """With ``symbol_calls_alone`` on, ``lines[k]`` is a reference symbol alone that calls the note opening
    with it on its page, printed inside the sentence it was raised in: the line before ends no sentence
    and the line after goes on in lower case ("about thirty-two" / "*" / "hours.")."""
    mark = lines[k].text.strip()
    if not NOTE_LIMITS["symbol_calls_alone"] or mark not in _NOTE_SYMBOLS or not 0 < k < len(lines) - 1:
        return False
    prev, nxt = lines[k - 1], lines[k + 1]
    return ((lines[k].page, mark) in symbols and prev.page == nxt.page == lines[k].page
            and not ends_sentence(prev.text) and nxt.text[:1].islower())


def _inside_sentence_run(lines: list[Line], k: int) -> bool:
    """The lone number ``lines[k]`` stands where a call raised after a sentence's stop was set,
    the line it was printed in broken around it: the line before ends a sentence, the line after
    goes on on its page with more text under it, and the two together are no longer than the
    page's longest line (an endnote's call, its note printed on a later page)."""
    if not 0 < k < len(lines) - 2:
        return False
    prev, nxt, under = lines[k - 1], lines[k + 1], lines[k + 2]
    if not (prev.page == nxt.page == under.page == lines[k].page) or not ends_sentence(prev.text):
        return False
    if ends_sentence(nxt.text) or not nxt.text[:1].isupper():
        return False
    longest = max(line.length for line in lines if line.page == prev.page)
    return prev.length + 1 + nxt.length <= longest


def _note_head(page_lines: list[Line]) -> list[Line]:
    """The page's opening run of numbered notes counting up by one (an extraction that
    prints a page's footnotes first), after its running lines: from a line opening with a
    note number, each line opening with the next one or going on with an unfinished note."""
    start = 0
    while start < min(len(page_lines), NOTE_LIMITS["edge_lines"]) and _running_like(page_lines[start].text):
        start += 1
    run: list[Line] = []
    expected: int | None = None
    for line in page_lines[start : start + NOTE_LIMITS["page_lines"]]:
        m = _NOTE_OPENING.match(line.text)
        if m is not None and is_title_like(_NOTE_OPENING.sub("", line.text, count=1)):
            break  # a numbered heading ("2. The Harbour"), no note
        if m is not None and (expected is None or int(m.group(1)) == expected):
            expected = int(m.group(1)) + 1
            run.append(line)
        elif run and m is None and not ends_sentence(run[-1].text):
            run.append(line)
        else:
            break
    # notes are prose: the run ends a sentence
    return run if run and len(run) < len(page_lines) and ends_sentence(run[-1].text) else []


def _note_tail(page_lines: list[Line], inside: frozenset[int] = frozenset()) -> list[Line]:
    """The page's closing run of numbered notes counting up by one, or [] (the page's
    running lines, short lines ending no sentence, may follow them); no run opens with a
    sidenote printed inside the text (``inside``: the text reads on after it)."""
    end = len(page_lines)
    while end > 0 and len(page_lines) - end < NOTE_LIMITS["edge_lines"] and _running_like(page_lines[end - 1].text) and not (
            NOTE_LIMITS["note_tails"] and _note_goes_on(page_lines, end - 1)):
        end -= 1
    best: list[Line] = []
    for k in range(end - 1, max(-1, end - 1 - NOTE_LIMITS["page_lines"]), -1):
        if _opening(page_lines[:end], k) is None:
            continue
        run = page_lines[k:end]
        numbers = [int(o[0]) for j in range(len(run)) if (o := _opening(run, j))]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))) and page_lines[k].index not in inside and not (
                NOTE_LIMITS["tail_text_resumes"] and _text_resumes(run)):
            best = run
    if best and NOTE_LIMITS["note_tails"]:
        best = [*_carried_note_end(page_lines, page_lines.index(best[0])), *best]
    return best


def _carried_note_end(page_lines: list[Line], k: int) -> list[Line]:
    """The lines right over a page's closing notes (line ``k`` opening them) that end a note carried over from
    the page before: at most ``note_tail_lines`` lines with no number, the first opening in lower case right
    after a line ending a sentence (no text goes on so) and the last ending a sentence (round 54, structset72)."""
    for j in range(k - 1, max(0, k - 1 - NOTE_LIMITS["note_tail_lines"]), -1):
        if _NOTE_OPENING.match(page_lines[j].text):
            return []
        if starts_lowercase(page_lines[j].text) and ends_sentence(page_lines[j - 1].text):
            carried = page_lines[j:k]
            ok = ends_sentence(carried[-1].text, lenient=True) and len(" ".join(ln.text for ln in carried).split()) >= (
                NOTE_LIMITS["note_tail_words"])
            return carried if ok else []
    return []


def _note_goes_on(page_lines: list[Line], k: int) -> bool:
    """Line ``k`` (a short line closing the page) goes on with the note right over it: that note's line opens
    with its number and ends no sentence, and line ``k`` opens in lower case with at least ``note_tail_words``
    words (the note's wrapped end, "books of buyers in Amsterdam and Lübeck,"), no footer of the page (round
    54, structset72)."""
    if k == 0 or len(page_lines[k].text.split()) < NOTE_LIMITS["note_tail_words"] or not starts_lowercase(page_lines[k].text):
        return False
    above = page_lines[k - 1].text
    return _NOTE_OPENING.match(above) is not None and not ends_sentence(above)


def _text_resumes(run: list[Line]) -> bool:
    """After a line of the run ending a sentence, a line goes on in lower case: the text resumes
    mid-sentence after a note set inside it (a margin note), so the run is no page's closing notes."""
    return any(ends_sentence(a.text) and starts_lowercase(b.text) for a, b in itertools.pairwise(run))


def _running_like(text: str) -> bool:
    return len(text.split()) <= NOTE_LIMITS["edge_words"] and not ends_sentence(text) and not _NOTE_OPENING.match(text)
