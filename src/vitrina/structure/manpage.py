"""Typewriter furniture of a text laid out with characters: man-page apparatus, frames, note marks.

A text set by a terminal formatter (man(7) through mandoc or groff, tbl) draws what a
typesetter would draw as rules with characters, and carries a man page's own apparatus.
These functions clear that away before the layout is read, for raw text (``lines_cleared``
on its lines) and for a PDF's lines (``pdf_cleared`` on its ``TextLine``s):

- a frame drawn with characters: a border line ``+-----+`` is a rule and goes; a line held
  between bars (``|text |``) inside a frame keeps its text without the bars; an empty framed
  line goes (an empty frame is a picture's place);
- a note mark in square brackets glued to a word ("letter[1] of") goes; in raw text, so does a
  note symbol glued to a word ("Monarch*.") when a note line opens with it, and a raised note
  number that broke its line ("reef1" / "in") when a note line opens with a number;
- in a man page (its ``.TH`` header, ``NAME(7) … NAME(7)``, is among its lines), a section
  under a heading in capitals only is the page's apparatus (NAME, SEE ALSO and the like)
  when the page also has headings in mixed case, which carry its prose: such a section goes,
  its heading, and its lines up to the next heading in capitals, a running line or the end
  (the NAME section holds its one ``name - description`` line only).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from vitrina.structure import cues
from vitrina.structure.geometry import PdfContent, TextLine

T = TypeVar("T")

LIMITS = {
    "caps_heading_words": 3,  # words at most in an apparatus heading ("SEE ALSO")
    "border_dashes": 3,  # dashes at least in a frame's border line
    "frame_title_lines": 3,  # lines at most of a title wrapped at the head of a frame
}

_TH_HEADER = re.compile(r"^\s*([A-Z][\w.:-]*)\((\d\w{0,3})\)\s+.*?\b\1\(\2\)\s*$")
_TH_TOKEN = re.compile(r"\b[A-Z][\w.:-]*\(\d\w{0,3}\)")
_BORDER = re.compile(r"^\s*\+(?:[-=]{" + str(LIMITS["border_dashes"]) + r",}\+)+\s*$")
_BARRED = re.compile(r"^\s*\|(.*?)\|?\s*$")
_NOTE_MARK = re.compile(r"(?<=[^\W\d_])\[\d{1,3}\]")
_NAME_LINE = re.compile(r"^\S+(?:, \S+)* [-\u2010-\u2014\\] \S")


def is_man_page(texts: Sequence[str]) -> bool:
    """Whether a man page's ``.TH`` header (``NAME(7) … NAME(7)``) is among these lines."""
    return any(_TH_HEADER.match(text) for text in texts)


def caps_heading(text: str) -> bool:
    """A short heading in capitals only ("SEE ALSO")."""
    words = text.split()
    return (0 < len(words) <= LIMITS["caps_heading_words"]
            and all(w.isalpha() and w.isupper() and len(w) > 1 for w in words))


def frame_kept(texts: Sequence[str]) -> list[str | None]:
    """Each line's text with a character-drawn frame cleared: ``None`` for a line to drop
    (a border, an empty framed line), the text between the bars for a framed line, the
    line itself otherwise. A line without bars inside a frame (a running head where the
    page broke) is kept as it is."""
    out: list[str | None] = []
    inside = False
    for text in texts:
        if _BORDER.match(text):
            out.append("\f" if "\f" in text else None)
            inside = not inside
            continue
        barred = _BARRED.match(text) if inside else None
        if barred is None:
            out.append(text)
            continue
        body = barred.group(1).strip()
        page_break = "\f" * ("\f" in text[: barred.start(1)])  # a page break stays where it was
        out.append(page_break + body if body or page_break else None)
    return out


def apparatus(texts: Sequence[str], heading: Callable[[int], bool]) -> set[int]:
    """The indices of a man page's apparatus lines (see the module text); ``heading(i)``
    says whether line ``i`` may be a section heading at all (by its type, in a PDF)."""
    if not is_man_page(texts):
        return set()
    caps = [i for i, text in enumerate(texts) if heading(i) and caps_heading(text)]
    mixed = any(heading(i) and text.strip() and not caps_heading(text) and not _TH_TOKEN.search(text)
                and re.search(r"[a-z]", text) and re.match(r"\S", text) for i, text in enumerate(texts))
    if not caps or not mixed:
        return set()
    drop: set[int] = set()
    caps_set = set(caps)
    for start in caps:
        drop.add(start)
        for i in range(start + 1, len(texts)):
            text = texts[i]
            if i in caps_set or _TH_TOKEN.search(text):
                break
            drop.add(i)
            if _NAME_LINE.match(text) and i == start + 1:
                break
    return drop


def frame_openings(texts: Sequence[str]) -> set[int]:
    """The indices of the lines that open a frame's text (the first line after an opening
    border that is not itself a border)."""
    out: set[int] = set()
    inside = False
    for i, text in enumerate(texts):
        if _BORDER.match(text):
            inside = not inside
            if inside and i + 1 < len(texts) and not _BORDER.match(texts[i + 1]):
                out.add(i + 1)
    return out


def framed_title_joined(texts: list[str], start: int) -> list[str]:
    """A frame's title wrapped over lines at ``start`` (a raw text's box has no type to
    tell it by) joined into one line, when those lines are in title case, end no sentence
    but perhaps a question, and prose follows them."""
    end = start
    while end < len(texts) and end - start < LIMITS["frame_title_lines"]:
        text = texts[end].strip()
        if not text or text.endswith((".", ",", ";", ":")) or not cues.is_title_like(text.rstrip("?")):
            break
        end += 1
        if text.endswith("?"):
            break
    if end - start < 2 or end >= len(texts) or len(texts[end]) <= max(len(t) for t in texts[start:end]):
        return texts
    return [*texts[:start], " ".join(t.strip() for t in texts[start:end]), *texts[end:]]


def symbol_calls_cleared(lines: list[str]) -> list[str]:
    """A note symbol glued to a word's end ("Monarch*.") left out of the lines, when a note
    line opens with that symbol ("* A cattle steamer …"): it is the note's call."""
    symbols = {m.group(1) for text in lines if (m := _SYMBOL_NOTE.match(text))}
    if not symbols:
        return lines
    glued = re.compile(r"(?<=[^\W\d_])(?:" + "|".join(map(re.escape, sorted(symbols))) + r")(?=[\s.,;:!?)]|$)")
    return [text if _SYMBOL_NOTE.match(text) else glued.sub("", text) for text in lines]


def raised_calls_joined(lines: list[str]) -> list[str]:
    """A note number raised after a word at a line's end, with the one word after it put
    on a line of its own ("… struck a reef1" / "in" / "the …": an extraction breaks the
    line at the raised type), the number left out and the word put back on its line, when
    a note line opens with a number ("¹ Now called …")."""
    if not any(_NUMBER_NOTE.match(text) for text in lines):
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        text = lines[k]
        call = _END_CALL.search(text)
        if call and k + 1 < len(lines) and _LONE_WORD.match(lines[k + 1]):
            out.append(text[: call.start()] + " " + lines[k + 1].strip())
            k += 2
            continue
        out.append(text)
        k += 1
    return out


_NUMBER_NOTE = re.compile(r"^\s*(?:\d{1,2}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}) [A-Z]")
_END_CALL = re.compile(r"(?<=[^\W\d_]{3})(?:\d{1,2}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2})$")
_LONE_WORD = re.compile(r"^[a-z]+$")
_SYMBOL_NOTE = re.compile(r"^\s*([*\u2020\u2021]{1,2}) \S")


def lines_cleared(lines: list[str]) -> list[str]:
    """Raw-text lines with frames, bracketed note marks and man-page apparatus cleared."""
    framed = frame_kept(lines)
    openings = frame_openings(lines)
    kept: list[str] = []
    starts: list[int] = []  # where each frame's text opens among the kept lines
    for i, text in enumerate(framed):
        if text is not None:
            if i in openings:
                starts.append(len(kept))
            kept.append(text)
    for at in reversed(starts):
        kept = framed_title_joined(kept, at)
    drop = apparatus(kept, lambda i: True)
    return raised_calls_joined(symbol_calls_cleared(
        [_NOTE_MARK.sub("", text) for i, text in enumerate(kept) if i not in drop]))


def text_cleared(text: str) -> str:
    """``lines_cleared`` over a whole text, returned unchanged when nothing applies."""
    lines = text.split("\n")
    if not (any(_BORDER.match(t) for t in lines) or _NOTE_MARK.search(text) or is_man_page(lines)
            or any(_SYMBOL_NOTE.match(t) or _NUMBER_NOTE.match(t) for t in lines)):
        return text
    return "\n".join(lines_cleared(lines))


def pdf_cleared(content: PdfContent) -> PdfContent:
    """A PDF's pages with frames, bracketed note marks and man-page apparatus cleared."""
    every = [line.text for page in content.pages for line in page.lines]
    if not (any(_BORDER.match(t) for t in every) or any(_NOTE_MARK.search(t) for t in every)
            or is_man_page(every)):
        return content
    margin = min((line.x0 for page in content.pages for line in page.lines if line.text.strip()), default=0.0)
    man = is_man_page(every)
    framed = iter(frame_kept(every))  # a frame may run on over a page break
    for page in content.pages:
        kept: list[TextLine] = []
        for line in page.lines:
            text = next(framed)
            if text is not None:
                kept.append(_retexted(line, text) if text != line.text else line)
        if man:
            at_margin = [abs(line.x0 - margin) < line.size for line in kept]
            drop = apparatus([line.text for line in kept], at_margin.__getitem__)
            kept = [line for i, line in enumerate(kept) if i not in drop]
        page.lines = [_unmarked(line) for line in kept]
    return content


def _retexted(line: TextLine, text: str) -> TextLine:
    """``line`` cut to ``text``, a stretch of its own text, with that stretch's boxes."""
    start = line.text.find(text)
    if start < 0:
        return line
    return _cut(line, start, start + len(text))


def _unmarked(line: TextLine) -> TextLine:
    marks = list(_NOTE_MARK.finditer(line.text))
    if not marks:
        return line
    text, boxes = line.text, list(line.boxes)
    for m in reversed(marks):
        text = text[: m.start()] + text[m.end():]
        boxes = boxes[: 4 * m.start()] + boxes[4 * m.end():]
    return _rebuilt(line, text, boxes)


def _cut(line: TextLine, start: int, end: int) -> TextLine:
    return _rebuilt(line, line.text[start:end], list(line.boxes[4 * start: 4 * end]))


def _rebuilt(line: TextLine, text: str, boxes: list[float]) -> TextLine:
    if len(boxes) != 4 * len(text) or not boxes:
        return line
    return TextLine(page=line.page, text=text, boxes=boxes, size=line.size, bold=line.bold,
                    italic=line.italic, font=line.font, rotated=line.rotated, small_caps=line.small_caps)
