"""Turn laid-out entries into Document blocks, with exact source pieces.

Lines of a block are joined with one space, except after a dash or slash closing
a word (no space; one standing alone, " / ", keeps its spaces)
and after a line-end hyphen: a word break drops the hyphen, a compound keeps
it. A closing quote used as an opening one is repaired (same length, so offsets
stay honest) and recorded as a repair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from vitrina.lexicon import words
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.structure.captions import DATE_ALONE, REFERENCE_LIMITS, cross_reference
from vitrina.structure.cues import (
    FUNCTION_WORDS,
    LINE_HYPHENS,
    ends_sentence,
    headline_case,
    letters_only,
    one_letter_word,
    said_again,
    said_shorter,
    scrambled_case,
)
from vitrina.structure.footnotes import GLUED_NOTE_NUMBER
from vitrina.structure.hyphens import HyphenJudge, completes_word
from vitrina.structure.layout import Entry, Fragment, Heading
from vitrina.structure.leadcredits import LEAD_CREDITS, mark_lead_credit
from vitrina.structure.lines import Line, word_pieces
from vitrina.structure.zones import NOTE_MARK, NOTES_TITLE

Span = tuple[Line, int, int | None]  # line, first word, end word (exclusive)

_DASHES = ("—", "–", "/")
_LONE_DASHES = ("—", "–", "-", "--")
OPENING_QUOTES = "“\"‘'«"
_WRONG_OPENING = re.compile(r"(?:^|(?<=[\s—–(\-]))”(?=\w)")


def emit(builder: DocumentBuilder, entries: list[Entry], judge: HyphenJudge, raw_text: bool = False) -> None:
    """The entries into the document; ``raw_text``: headings in scrambled case (small
    capitals extracted without their sizes) are set in headline case."""
    for entry in entries:
        if isinstance(entry, Heading):
            spans: list[Span] = [(entry.lines[0], entry.skip_words, None)]
            spans += [(line, 0, None) for line in entry.lines[1:]]
            if entry.cut_words:
                line, first, _ = spans[-1]
                spans[-1] = (line, first, -entry.cut_words)
            if entry.subtitle:
                builder.block("heading", join_spans(spans, judge))
            else:
                pieces = join_spans(spans, judge)
                rank = entry.rank if entry.rank is not None else label_depth(entry.label)
                pieces = _size_cased(pieces, entry.lines)
                builder.section(entry.label, _recased(pieces) if raw_text else pieces, rank=rank)
        else:
            _emit_fragment(builder, entry, judge)


_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


def label_depth(label: str | None) -> int | None:
    """A heading's rank by its numbered label: how many numbers a dotted one counts ("2" 1, "2.1" 2,
    "2.1.3." 3); None for another label or none (text whose headings show no rank)."""
    if label is None or not _DOTTED_NUMBER.fullmatch(label.strip()):
        return None
    return len(label.strip().rstrip(".").split("."))




def emit_notes(builder: DocumentBuilder, notes: list[list[Line]], judge: HyphenJudge) -> None:
    """The notes set apart from the text (footnotes, sidenotes) in a final "Notes"
    section, one paragraph a note, its leading number left out (the calls are gone)."""
    if not notes:
        return
    open_notes_section(builder)
    for note in notes:
        first = 1 if len(note[0].words) > 1 and NOTE_MARK.match(note[0].words[0][0]) else 0
        spans: list[Span] = [(note[0], first, None)]
        spans += [(line, 0, None) for line in note[1:]]
        pieces = join_spans(spans, judge)
        if not first:
            pieces = _without_glued_number(pieces)
        if any(p.text.strip() for p in pieces):
            builder.block("paragraph", pieces)


def open_notes_section(builder: DocumentBuilder) -> None:
    """Open the closing notes section, unless the document's own last section is already
    its notes (an unlabelled heading "Notes" the text printed over its endnotes): the notes
    set apart then join it, and the document has one notes section, not two."""
    last = builder.last_section
    if last is not None and last[0] is None and " ".join(last[1].split()).lower() == NOTES_TITLE.lower():
        return
    builder.section(None, NOTES_TITLE)


def _without_glued_number(pieces: list[Piece]) -> list[Piece]:
    """The note's pieces without the number glued to its first word ("1The ledger …")."""
    m = GLUED_NOTE_NUMBER.match(pieces[0].text) if pieces else None
    if m is None:
        return pieces
    head, ref = pieces[0], pieces[0].ref
    sub = SourceRef(ref.start + m.end(), ref.end, ref.line, ref.page) if ref else None
    return [Piece(head.text[m.end():], sub), *pieces[1:]]


def _size_cased(pieces: list[Piece], lines: list[Line]) -> list[Piece]:
    """A heading's pieces with each word of a line set in small capitals over capital letters
    (``Line.cased``: "A STUPA ON A MOUND" with its capitals in two sizes) in the case its
    sizes show ("A Stupa on a Mound"): the heading's words as written, not as a style set
    them. Words are matched in order, a word only to one spelled alike; each piece keeps its source."""
    cased = [word for line in lines for word in (line.cased or ())]
    if not cased:
        return pieces
    text = "".join(p.text for p in pieces)
    out = list(text)
    at = 0
    for found in re.finditer(r"\S+", text):
        word = found.group()
        k = next((k for k in range(at, len(cased)) if cased[k].upper() == word and len(cased[k]) == len(word)), None)
        if k is None:
            continue
        out[found.start() : found.end()] = cased[k]
        at = k + 1
    recased = _initials_everywhere("".join(out))
    if recased == text:
        return pieces
    return _respelled(pieces, recased)


# round 56 (struct74): small capitals giving every word a full-size initial, the function words inside the
# heading too ("A Builder With A Scheme"), show the typesetter's style, not the writer's case: those
# function words are read in lower case, as headline case sets them (0: as the sizes show)
SMALL_CAPS_SWITCHES = {"function_words_lowered": 1}


def _initials_everywhere(text: str) -> str:
    """``text`` (a heading recased from its small capitals' sizes) with its inner function words in lower
    case when every word of it opens on a capital; unchanged otherwise (the sizes then show a case of its own)."""
    words = text.split(" ")
    inner = range(1, len(words) - 1)
    if not SMALL_CAPS_SWITCHES["function_words_lowered"] or not all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return text
    if not any(words[k].lower() in FUNCTION_WORDS for k in inner):
        return text
    return " ".join(w.lower() if k in inner and w.lower() in FUNCTION_WORDS else w for k, w in enumerate(words))


def _recased(pieces: list[Piece]) -> list[Piece]:
    """A heading's pieces in headline case where its letters' case is scrambled
    (synthetic small capitals read without their sizes); each piece keeps its source."""
    text = "".join(p.text for p in pieces)
    recased = headline_case(text) if scrambled_case(text) else text
    if recased == text or len(recased) != len(text):
        return pieces
    return _respelled(pieces, recased)


def _respelled(pieces: list[Piece], text: str) -> list[Piece]:
    """``pieces`` spelling ``text`` (of their joined length) instead, each piece its own stretch of it and its
    source kept."""
    out, at = [], 0
    for piece in pieces:
        out.append(replace(piece, text=text[at : at + len(piece.text)]))
        at += len(piece.text)
    return out


def _emit_fragment(builder: DocumentBuilder, frag: Fragment, judge: HyphenJudge) -> None:
    mark_lead_credit(frag)
    body, credit = fragment_spans(frag)
    pieces = join_spans(body, judge)
    if frag.calls:
        pieces = without_note_calls(pieces, frag.calls)
    if any(p.text.strip() for p in pieces):
        pieces, repairs = repair_quotes(pieces)
        credit_pieces = _unbracketed(_without_closing_stop(join_spans(credit, judge))) if credit else []
        credit_text = "".join(p.text for p in credit_pieces) or None
        block = builder.block(frag.kind, pieces, position=frag.position, credit=credit_text)  # type: ignore[arg-type]
        for offset, original, replacement in repairs:
            start = block.start + offset
            builder.repair(
                start,
                start + len(replacement),
                original,
                replacement,
                "closing quote used as opening",
            )
        if credit_pieces:
            builder.block("credit", credit_pieces)
    for deferred in frag.deferred:
        _emit_fragment(builder, deferred, judge)


def _drop_cap(word: str) -> bool:
    """A lone capital that is no word by itself (not "A" or "I")."""
    return len(word) == 1 and word.isupper() and not one_letter_word(word)


def _spaced_drop_cap(words: list[tuple[str, int]], judge: HyphenJudge) -> bool:
    """A drop cap the extraction set apart by a space in its own line ("J ohnstown in"):
    a lone capital, then letters in lower case that are no word of the text or the
    lexicon, while with the capital they are one ("Johnstown" elsewhere in the text)."""
    if len(words) < 2 or len(words[0][0]) != 1 or not words[0][0].isupper():
        return False
    head = re.match(r"[^\W\d_]+", words[1][0])
    if head is None or not head.group(0)[:1].islower() or head.group(0) in judge.lexicon:
        return False
    return completes_word(words[0][0], head.group(0), judge)


def _completed_word(letter: str, rest: str) -> bool:
    """"A" or "I" set as a drop cap: with the letters after it an English word
    ("I" + "n early" = "In"), as "I went" is not."""
    return one_letter_word(letter) and completes_word(letter, rest)


def _without_closing_stop(pieces: list[Piece]) -> list[Piece]:
    """A credit is a name: the full stop closing it as a sentence ("Courtesy of the
    Harbour Archive.") is not part of it, nor the colon parting it from the caption after it
    (``leadcredits``' ``colon_ends``); an abbreviation's stop ("… & Co.") is."""
    text = "".join(p.text for p in pieces).rstrip()
    colon = text.endswith(":") and bool(LEAD_CREDITS["colon_ends"])  # (a credit set before its caption, a colon between)
    if not colon and (not text.endswith(".") or not ends_sentence(text.split()[-1])):
        return pieces
    while pieces and not pieces[-1].text.strip():
        pieces = pieces[:-1]
    last = pieces[-1]
    ref = last.ref
    trimmed = last.text.rstrip()[:-1]
    cut = len(last.text) - len(trimmed)
    new_ref = SourceRef(ref.start, ref.end - cut, ref.line, ref.page) if ref else None
    return [*pieces[:-1], Piece(trimmed, new_ref)] if trimmed else pieces[:-1]


def _unbracketed(pieces: list[Piece]) -> list[Piece]:
    """A credit printed in brackets ("(Photo: Jan Hartley)") is the name within them."""
    text = "".join(p.text for p in pieces).strip()
    if not (text.startswith("(") and text.endswith(")")) or "(" in text[1:]:
        return pieces
    pieces = [p for p in pieces if p.text.strip()]
    return _trim_piece_end(_trim_piece_start(pieces, 1), 1)


def _trim_piece_start(pieces: list[Piece], cut: int) -> list[Piece]:
    first = pieces[0]
    ref = first.ref
    new_ref = SourceRef(ref.start + cut, ref.end, ref.line, ref.page) if ref else None
    return [Piece(first.text[cut:], new_ref), *pieces[1:]] if first.text[cut:] else pieces[1:]


def _trim_piece_end(pieces: list[Piece], cut: int) -> list[Piece]:
    last = pieces[-1].text.rstrip()
    ref = pieces[-1].ref
    spare = len(pieces[-1].text) - len(last) + cut
    new_ref = SourceRef(ref.start, ref.end - spare, ref.line, ref.page) if ref else None
    return [*pieces[:-1], Piece(last[:-cut], new_ref)] if last[:-cut] else pieces[:-1]


def _drop_closing_dash(body: list[Span]) -> list[Span]:
    """A dash set between a caption and its credit ("… in 1890. — Courtesy of …")
    belongs to neither."""
    if not body:
        return body
    line, first, end = body[-1]
    stop = len(line.words) if end is None else end
    if stop > first and line.words[stop - 1][0] in _LONE_DASHES:
        return [*body[:-1], (line, first, stop - 1)] if stop - 1 > first else body[:-1]
    return body


def fragment_spans(frag: Fragment) -> tuple[list[Span], list[Span]]:
    """The word spans of a fragment's text and of its credit."""
    if frag.lead_credit is not None:
        return _lead_credit_spans(frag, frag.lead_credit)
    body: list[Span] = []
    credit: list[Span] = []
    for n, line in enumerate(frag.lines):
        first = frag.label_words if n == 0 else 0
        if frag.credit is not None and n == frag.credit[0]:
            cut = frag.credit[1]
            if cut > first and frag.note is None:  # a footnote's number opens its line
                body.append((line, first, cut))
            credit.append((line, cut, None))
        elif frag.credit is not None and n > frag.credit[0]:
            credit.append((line, first, None))
        elif frag.note is not None and n == frag.note[0]:
            if frag.note[1] > first:  # the note number closing the text is left out
                body.append((line, first, frag.note[1]))
        elif first < len(line.words):
            body.append((line, first, None))
    if frag.kind == "caption" and CAPTION_SWITCHES["trailing_references"]:
        body = _without_trailing_reference(body)
    return (_drop_closing_dash(body) if credit else body), _without_opening_dash(credit)


# round 59 (struct80): a bracketed cross-reference after a caption's last sentence is no caption text
CAPTION_SWITCHES = {"trailing_references": 1}
def _without_trailing_reference(body: list[Span]) -> list[Span]:
    """A caption's spans without a bracketed cross-reference set after its last sentence
    ("… with its leather case. (see ¶ 6)"): it points the reader at the text, it is not
    what the picture shows. One inside the sentence ("… in Somerset (see ¶ 2).") is the
    sentence's own and stays."""
    flat = [(k, w) for k, (line, first, end) in enumerate(body)
            for w in range(first, len(line.words) if end is None else end)]
    texts = [body[k][0].words[w][0] for k, w in flat]
    if not texts or not texts[-1].endswith(")"):
        return body
    for j in range(len(texts) - 1, max(0, len(texts) - REFERENCE_LIMITS["words"]) - 1, -1):
        if texts[j].startswith("("):
            break
    else:
        return body
    if j == 0 or not ends_sentence(texts[j - 1]) or not cross_reference(" ".join(texts[j:])[1:-1]):
        return body
    k, w = flat[j]
    line, first, _ = body[k]
    return [*body[:k], (line, first, w)] if w > first else body[:k]




def _lead_credit_spans(frag: Fragment, cut: tuple[int, int]) -> tuple[list[Span], list[Span]]:
    """(caption, credit) spans of a caption whose credit opens it and ends at ``cut`` (``leadcredits``)."""
    body: list[Span] = []
    credit: list[Span] = []
    at, word = cut
    for n, line in enumerate(frag.lines):
        first = frag.label_words if n == 0 else 0
        if n < at:
            credit.append((line, first, None))
        elif n > at:
            body.append((line, first, None))
        else:
            if word > first:
                credit.append((line, first, word))
            if word < len(line.words):
                body.append((line, max(word, first), None))
    return body, credit


def _without_opening_dash(credit: list[Span]) -> list[Span]:
    """A dash opening a credit's own line ("— Courtesy of …") belongs to neither."""
    if not credit:
        return credit
    line, first, end = credit[0]
    stop = len(line.words) if end is None else end
    if first < stop and line.words[first][0] in _LONE_DASHES:
        return [(line, first + 1, end), *credit[1:]] if first + 1 < stop else credit[1:]
    return credit


def join_spans(spans: list[Span], judge: HyphenJudge) -> list[Piece]:
    """Pieces for consecutive line spans, joined as running text."""
    spans = _without_lone_break_hyphens(spans)
    pieces: list[Piece] = []
    for n, (line, first, last) in enumerate(spans):
        if n == 0 and _spaced_drop_cap(line.words[first:last], judge):  # "J ohnstown in 1889"
            run = word_pieces(line, first, first + 1) + word_pieces(line, first + 1, last)
        else:
            run = word_pieces(line, first, last)
        if not run:
            continue
        if n + 1 < len(spans) and pieces is not None:
            nxt_line, nxt_first, _ = spans[n + 1]
            words = line.words[first:last]
            tail_word, tail_offset = words[-1]
            next_word = nxt_line.words[nxt_first][0] if nxt_first < len(nxt_line.words) else ""
            run.extend(_joiner(line, tail_word, tail_offset, next_word, run, judge))
        pieces.extend(run)
    return pieces


def _without_lone_break_hyphens(spans: list[Span]) -> list[Span]:
    """Without a line holding only the hyphen of a word broken over lines ("quar\u00ad" /
    "i\u00ad" / "‐" / "an"): between a line ending in a soft hyphen and one going on in
    lower case, it is the break's printed hyphen, which the soft hyphen already marks."""
    kept: list[Span] = []
    for n, span in enumerate(spans):
        line, first, last = span
        words = line.words[first:last]
        if 0 < n < len(spans) - 1 and len(words) == 1 and words[0][0] in LINE_HYPHENS and kept:
            before, after = kept[-1], spans[n + 1]
            tail = before[0].words[before[1] : before[2]]
            head = after[0].words[after[1] : after[2]]
            if tail and head and tail[-1][0].endswith("\u00ad") and head[0][0][:1].islower():
                continue
        kept.append(span)
    return kept


# round 48 (structlow): a line ending on digits and a hyphen and the next opening on a digit are one
# number or range broken at its hyphen ("1911-" / "017", "1914-" / "18"), joined with no space (0: off)
JOIN_SWITCHES = {"numbers_at_hyphens": 1}
_BROKEN_NUMBER = re.compile(r"\d-$")


def _joiner(
    line: Line, word: str, offset: int, next_word: str, run: list[Piece], judge: HyphenJudge
) -> Iterator[Piece]:
    """What goes between a line's last word and the next line (may trim the hyphen)."""
    if word.endswith(LINE_HYPHENS) and len(word) > 1 and next_word[:1].isalpha():
        if word[-2].isalpha() and (word.endswith("\u00ad") or not judge.keep(word[:-1], next_word)):
            last = run.pop()
            ref = last.ref
            assert ref is not None
            run.append(Piece(last.text[:-1], SourceRef(ref.start, ref.end - 1, ref.line, ref.page)))
        return
    if JOIN_SWITCHES["numbers_at_hyphens"] and _BROKEN_NUMBER.search(word) and next_word[:1].isdigit():
        return  # a number broken at its hyphen, its rest on the next line ("HPA 1911-" + "017"): no space
    if (word.endswith(_DASHES) and word not in _DASHES) or not next_word:
        return  # "Paris—" + "Lille": no space; a dash or slash standing alone is spaced
    if next_word[:1] in "—–" and next_word[1:2].isalnum() and word[-1:].isalnum():
        return  # "States" + "—set up": a closed dash broken before it
    if line.text.strip() == word and next_word[:1].islower() and (
        _drop_cap(word) or _completed_word(word, next_word)
    ):
        return  # a drop cap on a line of its own and the rest of its word: "B" + "y 1917"
    end = offset + len(word)
    last = run[-1]
    ref = last.ref
    if ref is not None and ref.end == end:  # contiguous: widen the last piece
        run[-1] = Piece(last.text + " ", SourceRef(ref.start, end + 1, ref.line, ref.page))
        return
    yield Piece(" ", SourceRef(end, end + 1, line.lineno, line.page))


def without_note_calls(pieces: list[Piece], numbers: frozenset[str]) -> list[Piece]:
    """The pieces without the note calls glued to a word or its stop ("decks,1 an",
    "tool3 . The", "dark.*", a raised number printed inline): a number (or mark) of one of the page's notes
    right after a lower-case letter or after a stop that follows a letter, with the space
    an extraction put between it and a stop after it."""
    text = "".join(p.text for p in pieces)
    cuts: list[tuple[int, int]] = []
    for m in _GLUED_CALL.finditer(text):
        before = text[max(0, m.start() - 2): m.start()]
        # a reference mark or a raised figure glued to a stop after a figure too ("about 1804,†",
        # "in 1727,¹"): no digit of the number
        glued = before[-1:].islower() or (before[-1:] in _CALL_STOPS and (
            before[:1].isalpha() or (before[:1].isdigit() and _mark_after_figure(m.group(1))))) or (
            _closing_call(text, m.start(), m.end())) or (
            bool(RAISED_ON_FIGURES) and before[-1:].isdigit() and m.group(1)[0] in _RAISED) or (
            bool(MARKS_ON_FIGURES) and before[-1:].isdigit() and m.group(1)[0] in _MARKS)
        if m.group(1).translate(_PLAIN_DIGITS) in numbers and glued:
            cuts.append((m.start(), m.end()))
    if not cuts:
        return pieces
    out: list[Piece] = []
    at = 0
    for piece in pieces:
        end = at + len(piece.text)
        keep = [(max(at, a), min(end, b)) for a, b in _gaps(cuts, at, end)]
        for a, b in keep:
            ref = piece.ref
            sub = SourceRef(ref.start + a - at, ref.start + b - at, ref.line, ref.page) if ref else None
            out.append(Piece(piece.text[a - at: b - at], sub))
        at = end
    return out


def _mark_after_figure(call: str) -> bool:
    """``call`` glued to a stop after a figure is a note call, no digit of the number: a reference
    mark ("1804,†"), or, with ``raised_after_figures`` on (round 50), a raised figure ("1727,¹")."""
    return call[0] in _MARKS or (bool(QUOTE_SWITCHES["raised_after_figures"]) and call[0] in _RAISED)


# round 55 (struct71): a call in raised figures glued right to a figure ("in 1127²"), its number one of the page's
# notes, is the call, no digit of the number (0 off)
RAISED_ON_FIGURES = 1
# round 57 (structset77): a reference mark glued right to a figure ("in 1879*"), the mark one of the page's notes'
# is the call, no part of the number (0 off)
MARKS_ON_FIGURES = 1
_RAISED = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # superscript digits


def _closing_call(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` follows a sentence's stop after a figure or a closing
    bracket ("in 1476.2 By then", "(Fig. 1).2 Price") and the next sentence opens after
    it (or the text ends): a note call, not a decimal's digits ("3.5 metres")."""
    if start < 2 or text[start - 1] not in ".!?" or not (text[start - 2].isdigit() or text[start - 2] in _CALL_STOPS):
        return False
    rest = text[end:].lstrip()
    return not rest or (end < len(text) and text[end].isspace() and rest[:1].isupper())


def _gaps(cuts: list[tuple[int, int]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of [start, end) outside ``cuts``."""
    at = start
    for a, b in cuts:
        if b <= at or a >= end:
            continue
        if a > at:
            yield at, a
        at = max(at, b)
    if at < end:
        yield at, end


_CALL_STOPS = ".,;:!?”’\"')"
_MARKS = "*\u2020\u2021"  # reference marks (asterisk, dagger, double dagger)
# a note number (or a reference mark: "*", "†", "‡") glued to what it follows, before a
# space, a stop (perhaps spaced) or the end
_GLUED_CALL = re.compile(r"(\d{1,2}|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,2}|[*\u2020\u2021]{1,2})(?: (?=[.,;:!?])|(?=[.,;:!?]|\s|$))")
# superscript digits (a call the extraction kept raised: "force.¹") read as the note's number
_PLAIN_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")


def repair_quotes(pieces: list[Piece]) -> tuple[list[Piece], list[tuple[int, str, str]]]:
    """Replace ” that opens a quotation by “; offsets are block-relative."""
    text = "".join(p.text for p in pieces)
    spots = [m.start() for m in _WRONG_OPENING.finditer(text)]
    if not spots:
        return pieces, []
    fixed: list[Piece] = []
    offset = 0
    for piece in pieces:
        size = len(piece.text)
        inside = [spot - offset for spot in spots if offset <= spot < offset + size]
        if inside:
            chars = list(piece.text)
            for at in inside:
                chars[at] = "“"
            piece = Piece("".join(chars), piece.ref)
        fixed.append(piece)
        offset += size
    return fixed, [(spot, "”", "“") for spot in spots]


def without_pull_quotes(entries: list[Entry], min_words: float, raw_text: bool = False) -> list[Entry]:
    """Entries without pull quotes: a heading, caption or quoted paragraph of at least
    ``min_words`` words, ending a sentence, repeated within another paragraph (set
    large between rules, it is said twice), or an unlabelled heading that is a quoted
    statement (``quoted_statement``), said once or paraphrased, or an unlabelled heading
    that is one sentence ending in a full stop, between a block and the next heading
    (``display_sentence``), or one that cuts a paragraph in mid-sentence (``cutting_sentence``: the
    paragraph's halves are joined again), or a caption with no position or credit that is a quoted
    statement (``quoted_caption``); in ``raw_text`` (no type to tell), a paragraph of one short
    sentence between a paragraph and a heading (``closing_line``)."""
    paras = [e for e in entries if isinstance(e, Fragment) and e.kind == "paragraph"]
    bodies = [letters_only("".join(line.text for line in e.lines)) for e in paras]
    # (the paragraphs' words, a word broken at a line's end joined again)
    paragraphs = [_LINE_END_HYPHEN.sub("", "\n".join(line.text for line in e.lines)) for e in paras]

    def repeated(entry: Entry) -> bool:
        text = " ".join(line.text for line in entry.lines)
        if isinstance(entry, Fragment) and entry.kind == "paragraph" and text[:1] not in OPENING_QUOTES:
            return False  # a paragraph is a pull quote only when set as a quotation
        if len(text.split()) < min_words or not ends_sentence(text, lenient=True):
            return False
        if isinstance(entry, Heading) and entry.label is None and quoted_statement(text):
            return True  # a statement in quotation marks set as display type is quoted, not a title
        # a quote set large (a heading, or in quotation marks) may be cut down from its sentence
        shortened = isinstance(entry, Heading) or text[:1] in OPENING_QUOTES
        return said_again(text, bodies) or (shortened and said_shorter(text, paragraphs))

    def closing_quote(n: int) -> bool:
        # a short quotation alone between a paragraph's full stop and the next heading:
        # set apart between two sections (the HTML reader's rule for a blockquote there)
        entry = entries[n]
        if not (isinstance(entry, Fragment) and entry.kind == "paragraph") or n == 0 or n + 1 >= len(entries):
            return False
        text = " ".join(line.text for line in _without_attribution(entry.lines))
        before, after = entries[n - 1], entries[n + 1]
        attributed = bool(QUOTE_SWITCHES["attributed_quotes"]) and _attributed(entry.lines) and (
            isinstance(after, Fragment) and after.kind in _AFTER_QUOTE)
        after_table = (bool(QUOTE_SWITCHES["quotes_after_tables"]) and isinstance(before, Fragment) and before.kind == "table"
                       and isinstance(after, Heading) and _attributed(entry.lines))
        after_caption = (bool(QUOTE_SWITCHES["quotes_after_captions"]) and isinstance(before, Fragment)
                         and before.kind == "caption" and isinstance(after, Heading) and _attributed(entry.lines))
        return ((quoted_statement(text) or _sourced_statement(entry.lines, text)) and len(text.split()) <= PULL_QUOTE_MAX_WORDS
                and (isinstance(after, Heading) or attributed) and isinstance(before, Fragment) and (
                    after_table or after_caption or (
                    before.kind == "paragraph" and ends_sentence(" ".join(line.text for line in before.lines[-1:])))))

    def display_sentence(n: int) -> bool:
        # a sentence of at least ``min_words`` words set in display type between a
        # block and the next heading, titling no block: a pull quote (a section's
        # title names it, it does not end in a full stop), said once or paraphrased
        entry = entries[n]
        if not isinstance(entry, Heading) or entry.label or entry.subtitle or n == 0:
            return False
        text = " ".join(line.text for line in entry.lines).strip()
        before, after = entries[n - 1], entries[n + 1 : n + 2]
        return (len(text.split()) >= min_words and text.endswith(".") and ends_sentence(text)
                and not _INNER_SENTENCE_END.search(text)  # one sentence: a lede of several stays
                and isinstance(before, Fragment) and all(isinstance(e, Heading) for e in after))

    def closing_line(n: int) -> bool:
        # a paragraph of one short sentence (at most SECTION_END_QUOTE_WORDS words) after
        # another paragraph and right before a heading: set apart between two sections,
        # a pull quote that kept no type of its own (raw text); no committed gold section
        # ends on such a paragraph (0 of 576)
        entry = entries[n]
        if not raw_text or not (isinstance(entry, Fragment) and entry.kind == "paragraph") or n == 0 or n + 1 >= len(entries):
            return False
        text = " ".join(line.text for line in entry.lines).strip()
        before, after = entries[n - 1], entries[n + 1]
        return (0 < len(text.split()) <= SECTION_END_QUOTE_WORDS and text[:1].isupper() and text.endswith(".")
                and ends_sentence(text) and not _INNER_SENTENCE_END.search(text)
                and isinstance(after, Heading) and isinstance(before, Fragment) and before.kind == "paragraph")

    def cutting_sentence(n: int) -> bool:
        # a sentence of at least ``min_words`` words set in display type (an unlabelled heading)
        # between a paragraph ending no sentence and a paragraph going on with it in lower case:
        # a box or pull quote set inside the paragraph, titling nothing (a heading never stands
        # in mid-sentence)
        entry = entries[n]
        if not isinstance(entry, Heading) or entry.label or entry.subtitle or n == 0 or n + 1 >= len(entries):
            return False
        text = " ".join(line.text for line in entry.lines).strip()
        before, after = entries[n - 1], entries[n + 1]
        if not (isinstance(before, Fragment) and before.kind == "paragraph" and before.lines
                and isinstance(after, Fragment) and after.kind == "paragraph" and after.lines):
            return False
        return (len(text.split()) >= min_words and ends_sentence(text) and not _INNER_SENTENCE_END.search(text)
                and not ends_sentence(before.lines[-1].text) and after.lines[0].text.lstrip()[:1].islower())

    def quoted_caption(n: int) -> bool:
        # a "caption" with no position label and no credit that is one quoted statement of at least
        # ``min_words`` words (``quoted_statement``): a pull quote set off the text like a caption
        entry = entries[n]
        if not (isinstance(entry, Fragment) and entry.kind == "caption") or entry.position or entry.credit:
            return False
        text = " ".join(line.text for line in entry.lines).strip()
        return len(text.split()) >= min_words and quoted_statement(text)

    out: list[Entry] = []
    joining = False  # the entry before was a sentence cutting a paragraph: this one goes on with it
    for n, e in enumerate(entries):
        if joining and isinstance(out[-1], Fragment) and isinstance(e, Fragment):
            out[-1] = replace(out[-1], lines=[*out[-1].lines, *e.lines], complete=e.complete)
            joining = False
            continue
        joining = False
        if cutting_sentence(n):
            joining = bool(out) and out[-1] is entries[n - 1]
            continue
        if (not repeated(e) and not closing_quote(n) and not display_sentence(n) and not closing_line(n)
                and not quoted_caption(n)):
            out.append(e)
    return out


# what may follow an attributed quotation set apart: a paragraph, or (round 50, structset64) a table
# block (a map's key, a fact table)
_AFTER_QUOTE = ("paragraph", "table")


def _sourced_statement(lines: list[Line], text: str) -> bool:
    """With ``sourced_statements`` on, ``text`` (``lines`` without their last) is one sentence in capitals
    and its source stands under it on a dash line opening in capitals ("— Ann Hebden, keeper"): a
    quotation set apart though printed without quotation marks (round 52, structset67)."""
    if not QUOTE_SWITCHES["sourced_statements"] or len(lines) < 2 or not attribution_line(lines[-1].text):
        return False
    named = lines[-1].text.split()
    lower = bool(QUOTE_SWITCHES["described_sources"]) and len(named) > QUOTE_SWITCHES["described_sources"]
    return (len(named) > 1 and (named[1][:1].isupper() or lower) and text[:1].isupper() and ends_sentence(text)
            and not _INNER_SENTENCE_END.search(text))


def _without_attribution(lines: list[Line]) -> list[Line]:
    """A quotation's lines without the line under them naming its source."""
    return lines[:-1] if _attributed(lines) else lines


def _attributed(lines: list[Line]) -> bool:
    """The last of ``lines`` names the source of the quotation over it (a dash line, or a name, a
    comma and a year: ``dated_attribution``)."""
    return len(lines) > 1 and (attribution_line(lines[-1].text) or bool(
        QUOTE_SWITCHES["dated_attributions"]) and dated_attribution(lines[-1].text) or bool(
        QUOTE_SWITCHES["role_attributions"]) and role_attribution(lines[-1].text))


# round 49 (structset59): "dated_attributions": a name, a comma and a year under a quotation names its
# source as a dash line does; "attributed_quotes": a short quotation set apart with its source under it
# between two paragraphs is a pull quote as one before a heading is (0: off)
# round 50 (structset64): "raised_after_figures": a call in raised figures glued to a stop after a number
# ("in 1727,¹") is cleared as a reference mark there is (0: off)
# round 51 (structset65): "role_attributions": a name, a comma and the speaker's role ("Ann Hebden, keeper") under
# a quotation names its source as a dash line does (0: off)
# round 52 (structset67): "sourced_statements": a one-sentence statement with its source on a dash line under it,
# without quotation marks, is quoted as one in them is, for the rules on quotations set apart (0: off)
# round 53 (structset70): "typed_dashes": a source line may open with a dash typed as a hyphen standing alone (0: off)
# round 55 (structset73): "quotes_after_tables": a quotation with its source under it between a table block (a
# timeline's rows, which close no sentence) and the next heading is set apart, as one after a finished paragraph is
QUOTE_SWITCHES = {"dated_attributions": 1, "attributed_quotes": 1, "raised_after_figures": 1, "role_attributions": 1,
                  "sourced_statements": 1, "typed_dashes": 1, "quotes_after_tables": 1,
                  # round 56 (structset75): ... its source described in lower case on a dash line of more than
                  # this many words ("— a carter, remembering the road in 1840"; 0 off)
                  "described_sources": 3,
                  # round 57 (struct76): a quotation with its source under it between a caption and the next
                  # heading is set apart, as one after a finished paragraph is (0 off)
                  "quotes_after_captions": 1}
ATTRIBUTION_DATED_WORDS = 6  # a dated attribution ("Ann Hebden, 1821") is at most this many words
_DATED_ATTRIBUTION = re.compile(r"^[A-Z][^,.!?;:]*,\s+(?:c\.\s*)?\d{3,4}$")


def dated_attribution(text: str) -> bool:
    """A quotation's source named without a dash: a name, a comma and a year, a few words at most
    (``ATTRIBUTION_DATED_WORDS``: "Ann Hebden, 1821", "Ann Hebden, c. 1821")."""
    text = text.strip()
    return len(text.split()) <= ATTRIBUTION_DATED_WORDS and bool(_DATED_ATTRIBUTION.match(text))


# round 51 (structset65): a source named by a name and the speaker's role ("Ann Hebden, keeper", "Ann Hebden,
# guest curator, 1990"): capitalised name words, a comma, then lower-case words (and perhaps a year)
_ROLE_ATTRIBUTION = re.compile(r"^[A-Z][^,.!?;:\d]*,\s+[a-z][a-z' -]*(?:,\s+(?:c\.\s*)?\d{3,4})?$")


def role_attribution(text: str) -> bool:
    """A quotation's source named without a dash by a name and a role, a few words at most
    (``ATTRIBUTION_DATED_WORDS``): "Ann Hebden, keeper", "Ann Hebden, guest curator, 1990"."""
    text = text.strip()
    return len(text.split()) <= ATTRIBUTION_DATED_WORDS and bool(_ROLE_ATTRIBUTION.match(text))


def attribution_line(text: str) -> bool:
    """``text`` may name a quotation's source: it opens with a dash and holds at most
    ``ATTRIBUTION_WORDS`` words ("— from a diary, 1851")."""
    words = text.split()
    return bool(words) and (words[0][:1] in ("—", "–") or _typed_dash(words)) and len(words) <= ATTRIBUTION_WORDS


def _typed_dash(words: list[str]) -> bool:
    """With ``typed_dashes`` on, the line opens with a dash typed in hyphens, standing alone as a word ("- from
    a diary", "-- Ann Reed"): a producer printing ASCII alone sets its dashes so (round 53, structset70)."""
    return bool(QUOTE_SWITCHES["typed_dashes"]) and len(words) > 1 and words[0] in ("-", "--")


ATTRIBUTION_WORDS = 12  # a line opening with a dash under a quotation, this short, names its source
_INNER_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"']?\s+[\u201c\"]?[A-Z]")
SECTION_END_QUOTE_WORDS = 12  # a one-sentence paragraph this short between a paragraph and a heading is a pull quote
PULL_QUOTE_MAX_WORDS = 25  # a quotation alone between a paragraph and a heading this short is a pull quote

_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n(?=[^\W\d_])")


def quoted_statement(text: str) -> bool:
    """``text`` is one quotation, opening and closing with quotation marks, that ends with a
    full stop inside them: said by someone and set apart (a pull quote), where a title in
    quotation marks names a phrase ("“Remember the Alamo!”", "“Forty Acres”") without one."""
    text = text.strip()
    if len(text) < 3 or text[0] not in OPENING_QUOTES or text[-1] not in "”\"’'»":
        return False
    inner = text[1:-1].rstrip()
    return inner.endswith(".") and not any(q in inner for q in "“”\"") and ends_sentence(inner)



SERIES_LABELS_MIN = 3  # headings opening "Word N" with one word and N counting on, this many at least, are labelled
NUMBERED_ORDER_MIN = 3  # numbered sections read out of order are put in order from this many on
DATED_RUNS_MAX = 3  # dated entries read as this many rising runs at most (columns) are merged by date


def in_numbered_order(entries: list[Entry]) -> list[Entry]:
    """Sections numbered 1, 2, 3 … that the page's geometry read in another order (cards on a
    wall numbered down the columns but set row by row) put back in the order of their
    numbers: when every section heading from the first numbered one on carries a number and
    the numbers run without gap or repeat. Sections labelled by years (a timeline's entries
    set left and right of its rule) that were read as a few rising runs, one a column, whose
    years interleave, are merged by year. Each section keeps its own blocks."""
    heads = [k for k, e in enumerate(entries) if isinstance(e, Heading) and not e.subtitle]
    numbers = {k: n for k in heads if (n := _section_number(entries[k])) is not None}
    numbered = list(numbers)
    if len(numbered) < NUMBERED_ORDER_MIN or heads[heads.index(numbered[0]):] != numbered:
        return entries
    labels = list(numbers.values())
    if labels == sorted(labels):
        return entries
    counting = sorted(labels) == list(range(min(labels), min(labels) + len(labels)))
    if not counting and not _interleaved_runs(labels, [entries[k] for k in numbered]):
        return entries
    bounds = [*numbered, len(entries)]
    groups = sorted(((numbers[a], entries[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)),
                    key=lambda pair: pair[0])
    return entries[: numbered[0]] + [e for _, group in groups for e in group]


def _section_number(entry: Entry) -> int | None:
    """A section's number: its label's digits, or a dated label's first year ("1812-15")."""
    label = entry.label if isinstance(entry, Heading) else None
    if label and label.isdigit():
        return int(label)
    year = re.match(r"\d{3,4}", label or "")
    return int(year.group(0)) if year and DATE_ALONE.match(label or "") else None


def _interleaved_runs(years: list[int], heads: list[Entry]) -> bool:
    """All labels are dates, read as at most ``DATED_RUNS_MAX`` rising runs, and the runs
    overlap in time (else the order read is already the order of the years)."""
    if not all(isinstance(h, Heading) and DATE_ALONE.match(h.label or "") for h in heads):
        return False
    runs: list[list[int]] = [[years[0]]]
    for year in years[1:]:
        if year > runs[-1][-1]:
            runs[-1].append(year)
        else:
            runs.append([year])
    overlap = all(b[0] < a[-1] and b[-1] > a[0] for a, b in zip(runs, runs[1:], strict=False))
    return 1 < len(runs) <= DATED_RUNS_MAX and overlap and len(set(years)) == len(years)


# A heading opening with a unit word (any capitalised word, or the section sign) and an
# identifier: "Bay 2 Title", "§2 Title", "Stage IV Title".
# The identifier of a counted unit: a number, a section's dotted number ("4.2", counted by its
# last part), a roman numeral or a letter.
_IDENT = r"\d{1,3}(?:\.\d{1,3}){0,2}|[IVXLC]{1,6}|[A-Z]"
_UNIT_WORD = r"[A-Z][a-z]{1,14}\.?|[A-Z]{2,15}"  # "Bay", "Fig.", or set in capitals ("CHART")
_UNIT_LEAD = re.compile(
    rf"^(?:(?P<word>{_UNIT_WORD})(?P<space> )|(?P<sign>§)(?P<signspace> ?))(?P<id>{_IDENT})(?:\s+(?=\S)|$)"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def with_series_labels(entries: list[Entry]) -> list[Entry]:
    """Unlabelled section headings that open with one unit word and an identifier
    counting on from heading to heading ("Bay 1 …", "Bay 2 …", "Bay 3 …"; "§1 …", "§2 …")
    carry that as their label: the document's own series shows the word is a unit, not a
    title's first word, whatever the word is. A unit word of the lexicon's ``panel_words``
    set apart by a space gives the identifier alone, as every reader stores it ("Panel 2"
    -> "2"); any other keeps its word ("Bay 2", "§2")."""
    entries = with_labels_closing_titles(with_labels_under_titles(entries))
    leads: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for k, entry in enumerate(entries):
        if not isinstance(entry, Heading) or entry.subtitle or entry.label or entry.skip_words:
            continue
        lead = _UNIT_LEAD.match(entry.lines[0].text)
        alone = lead is not None and lead.end() == len(entry.lines[0].text)  # a label line over the title
        if lead and (lead.group("word") or "").lower() not in FUNCTION_WORDS and (len(entry.lines) > 1 or not alone):
            leads.setdefault(lead.group("word") or lead.group("sign"), []).append((k, lead))
    out = list(entries)
    for series in leads.values():
        ranks = [_rank(lead.group("id")) for _k, lead in series]
        if len(series) < SERIES_LABELS_MIN or not _counting_on([lead.group("id") for _k, lead in series], ranks):
            continue
        for k, lead in series:
            entry = out[k]
            assert isinstance(entry, Heading)
            unit, ident = lead.group("word") or lead.group("sign"), lead.group("id")
            space = lead.group("space") or lead.group("signspace")
            label = ident if space and unit.lower() in _PANEL_WORDS else f"{unit}{space}{ident}"
            out[k] = replace(entry, label=label, skip_words=len(lead.group(0).split()))
    return out


_PANEL_WORDS = words("panel_words")

# A label alone on its line: a unit word (any capitalised word, or the section sign) and an
# identifier, or the identifier alone ("Station 2", "§ 3", "IV").
_UNIT_ALONE = re.compile(
    rf"^(?:(?P<word>[A-Z][a-z]{{1,14}}\.?)(?P<space> )|(?P<sign>§)(?P<signspace> ?))?(?P<id>{_IDENT})$"
)


def with_labels_under_titles(entries: list[Entry]) -> list[Entry]:
    """Section titles whose label is set right under them ("The Lamp Room" over
    "Station 2"), as the heading's last line or as a heading of its own read between the
    title and the section's first block, carry that label: when at least
    ``SERIES_LABELS_MIN`` titles do, with one unit word and identifiers counting on (the
    document's own series shows the line labels the title over it, not the next one; a
    label over its title is followed by that title, not by a block)."""
    found: list[tuple[int, bool, re.Match[str]]] = []  # (title, label is a heading of its own, label)
    for k, entry in enumerate(entries):
        if not isinstance(entry, Heading) or entry.subtitle or entry.label or entry.skip_words:
            continue
        if _UNIT_ALONE.match(entry.lines[0].text.strip()):
            continue  # a label itself
        if len(entry.lines) > 1 and (last := _UNIT_ALONE.match(entry.lines[-1].text.strip())):
            found.append((k, False, last))
            continue
        nxt, after = entries[k + 1 : k + 2], entries[k + 2 : k + 3]
        if (nxt and after and isinstance(nxt[0], Heading) and isinstance(after[0], Fragment)
                and not nxt[0].subtitle and not nxt[0].label and len(nxt[0].lines) == 1
                and (alone := _UNIT_ALONE.match(nxt[0].lines[0].text.strip()))):
            found.append((k, True, alone))
    units = {m.group("word") or m.group("sign") for _k, _own, m in found}
    ranks = [_rank(m.group("id")) for _k, _own, m in found]
    if (len(found) < SERIES_LABELS_MIN or len(units) != 1
            or any(b != a + 1 for a, b in zip(ranks, ranks[1:], strict=False))):
        return entries
    out: list[Entry | None] = list(entries)
    for k, own, m in found:
        entry = entries[k]
        assert isinstance(entry, Heading)
        unit, ident = m.group("word") or m.group("sign"), m.group("id")
        space = m.group("space") or m.group("signspace") or ""
        label = ident if not unit or (space and unit.lower() in _PANEL_WORDS) else f"{unit}{space}{ident}"
        out[k] = replace(entry, label=label, lines=entry.lines if own else entry.lines[:-1])
        if own:
            out[k + 1] = None
    return [e for e in out if e is not None]


# A label closing a title's last line after its words: a unit word and an identifier
# ("A Young Man from Bologna Part I", a label set flush right on the heading's line).
_UNIT_CLOSING = re.compile(rf"\S\s+(?P<word>[A-Z][a-z]{{1,14}}\.?)(?P<space> )(?P<id>{_IDENT})$")
_BARE_CLOSING = re.compile(rf"\S\s+(?P<word>)(?P<id>{_IDENT})$")  # the identifier alone


def with_labels_closing_titles(entries: list[Entry]) -> list[Entry]:
    """Section titles whose last line closes on an identifier, with or without a unit word
    ("… Bologna Part I", "… Row of Fire A"), carry it as their label when at least
    ``SERIES_LABELS_MIN`` titles do with one unit word (or none) and their identifiers
    count 1, 2, 3 … in reading order, or start later and come round (D, A, B, C: the series
    shows the words label the title, not end it: a label printed at the right end of the
    heading's line, read onto it; a folded leaflet's back panel read before its inside). Titles that already carry a
    label and close on a second series counting on ("1 Looking … Audio 41", "2 … Audio
    42": an audio stop, a case number) lose those words: the label stays the first one."""
    found: dict[tuple[bool, str], list[tuple[int, re.Match[str]]]] = {}
    for k, entry in enumerate(entries):
        if not isinstance(entry, Heading) or entry.subtitle:
            continue
        labelled = bool(entry.label or entry.skip_words)
        last = entry.lines[-1].text.strip()
        closing = _UNIT_CLOSING.search(last)
        if closing and closing.group("word").lower() not in FUNCTION_WORDS:
            found.setdefault((labelled, closing.group("word")), []).append((k, closing))
        bare = _BARE_CLOSING.search(last)
        if bare and not labelled:  # (a bare identifier after a label is the title's own: "… Plan B")
            found.setdefault((labelled, ""), []).append((k, bare))
    out = list(entries)
    done: set[int] = set()
    for (labelled, word), series in sorted(found.items(), key=lambda item: not item[0][1]):  # unit words first
        series = [(k, m) for k, m in series if k not in done]
        ranks = [_rank(m.group("id")) for _k, m in series]
        if len(series) < SERIES_LABELS_MIN:
            continue
        if labelled:
            if any(b != a + 1 for a, b in zip(ranks, ranks[1:], strict=False)):
                continue
        elif not _counts_round(ranks):
            continue
        for k, m in series:
            entry = entries[k]
            assert isinstance(entry, Heading)
            done.add(k)
            if labelled:
                out[k] = replace(entry, cut_words=2)
                continue
            ident = m.group("id")
            label = ident if not word or word.lower() in _PANEL_WORDS else f"{word} {ident}"
            out[k] = replace(entry, label=label, cut_words=2 if word else 1)
    return out


def _counting_on(idents: list[str], ranks: list[int]) -> bool:
    """The identifiers count on (1, 2, 3); section numbers under one number ("4.1", "4.3",
    "4.4") may skip one the layout did not read as a heading, as long as they rise: the shared
    number shows a series where "Apollo 8", "Apollo 11" do not."""
    if all(b == a + 1 for a, b in zip(ranks, ranks[1:], strict=False)):
        return True
    prefixes = {ident.rpartition(".")[0] for ident in idents}
    return len(prefixes) == 1 and "" not in prefixes and all(b > a for a, b in zip(ranks, ranks[1:], strict=False))


def _counts_round(ranks: list[int]) -> bool:
    """The ranks are 1, 2, … n read in order, or from some k on round to it (k … n, 1 … k-1):
    a folded leaflet whose last panel is read before the first."""
    if not ranks or 1 not in ranks:
        return False
    start = ranks.index(1)
    return ranks[start:] + ranks[:start] == list(range(1, len(ranks) + 1))


def _rank(ident: str) -> int:
    """An identifier's place in its series: 1, 2 …; A=1, B=2 …; I, II, III …"""
    if ident[0].isdigit():
        return int(ident.split(".")[-1])  # a dotted number counts by its last part
    if len(ident) == 1 and ident not in "IVX":
        return ord(ident) - ord("A") + 1
    values = [_ROMAN_VALUES[c] for c in ident]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


_CONTINUATION_MARKS = frozenset(words("continuation_marks"))
_MARK_TAIL = re.compile(r"^(?P<head>.*?\w)[\s,.:;—–-]*[(\[]?(?P<mark>[^\s()\[\]]+)[)\]]?\.?$")


CONTINUED_TABLES = 1  # round 55 (struct71): a table's title carried over with a continuation mark, and its header
# row set again under it, open no sections (0 off)


def without_continued_heads(entries: list[Entry]) -> list[Entry]:
    """A heading repeating an earlier heading with a continuation mark closing it ("Part 2
    A Present (continued)" after "Part 2 A Present"; ``lexicon/continuation_marks.txt``) is
    no new section: the part carried over a page, slide or column break. It is dropped, and
    a paragraph right before it ending no sentence goes on in the paragraph right after."""
    seen: set[str] = set()
    under: dict[str, str] = {}  # a table's title: the key of its next line (its header row)
    out: list[Entry] = []
    k = 0
    while k < len(entries):
        entry = entries[k]
        if not isinstance(entry, Heading):
            if CONTINUED_TABLES and _table(entry) and not _table(out[-1] if out else None):
                title = _heading_key(entry.lines[0].text)  # a table's first line: its title
                nxt = entries[k + 1] if k + 1 < len(entries) else None
                row = entry.lines[1] if len(entry.lines) > 1 else nxt.lines[0] if nxt is not None and _table(
                    nxt) else None
                if title not in seen and row is not None:
                    seen.add(title)
                    under[title] = _heading_key(row.text)
            out.append(entry)
            k += 1
            continue
        text = " ".join(line.text for line in entry.lines)
        carried = without_continuation_mark(text)
        if carried is None or _heading_key(carried) not in seen:
            seen.add(_heading_key(text))
            out.append(entry)
            k += 1
            continue
        header = under.get(_heading_key(carried))
        following = entries[k + 1] if k + 1 < len(entries) else None
        if header and isinstance(following, Heading) and _heading_key(
                " ".join(line.text for line in following.lines)) == header:
            k += 2  # the table's header row set again under its carried title: no heading either
            continue
        before = out[-1] if out else None
        after = entries[k + 1] if k + 1 < len(entries) else None
        if (_open_paragraph(before) and isinstance(after, Fragment) and after.kind == "paragraph"
                and isinstance(before, Fragment)):
            before.lines.extend(after.lines)
            before.calls = before.calls | after.calls
            before.deferred.extend(after.deferred)
            before.credit, before.note = after.credit, after.note
            k += 2
        else:
            k += 1
    return out


def _table(entry: Entry | None) -> bool:
    return isinstance(entry, Fragment) and entry.kind == "table" and bool(entry.lines)


def without_continuation_mark(text: str) -> str | None:
    """``text`` without a continuation mark closing it, or None when none closes it."""
    found = _MARK_TAIL.match(text.strip())
    if found is None or found.group("mark").lower() not in _CONTINUATION_MARKS:
        return None
    return found.group("head")


def _heading_key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _open_paragraph(entry: Entry | None) -> bool:
    return (isinstance(entry, Fragment) and entry.kind == "paragraph" and entry.credit is None
            and entry.note is None and not ends_sentence(entry.last.text, lenient=True))
