"""DOCX converted from a PDF: a document of printed lines, not of paragraphs.

A converter from PDF (pdf2docx, Acrobat, Spire's PDF-to-Word, online services) keeps the page:
every printed line becomes a paragraph (or a frame, a one-cell table, a run of its own), each
at the line height the page had, and the running heads, footers and page numbers come along as
body text. ``converted_from_pdf`` recognises such a document from its own evidence; the reader
then reads its pages as the PDF path does: the running lines dropped with the layout stage's
own rule (:func:`vitrina.structure.lines.split_lines` on the document's lines, page by page),
and a word broken at a line end made whole again with its judge
(:class:`vitrina.structure.hyphens.HyphenJudge`).
"""

from __future__ import annotations

import re

from vitrina.structure.cues import ends_sentence
from vitrina.structure.hyphens import HyphenJudge
from vitrina.structure.layout import SHORT_LINE, full_line_measure
from vitrina.structure.lines import split_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Every threshold of the reading of converted documents.
LINES_LIMITS = {
    "min_paragraphs": 8,  # a document of fewer paragraphs with text is never read as converted
    "exact_share": 0.5,  # ... it is when this share of them is set at an exact line height (a page's lines kept)
    "open_words": 6,  # or when, of its paragraphs of at least this many words (at least ``open_lines`` of them),
    "open_lines": 12,
    "open_share": 0.6,  # ... this share ends no sentence (each a line cut from its paragraph)
    "run_lines": 3,  # a run of this many paragraphs of one style and face or more may be one paragraph's lines
    "line_chars": 140,  # ... when its full lines (``full_line_measure``) hold at most this many characters
}

_BROKEN = re.compile(r"[^\W\d_]-\Z")  # a line ending in a letter and a hyphen
_GOES_ON = re.compile(r"\A[^\W\d_]")
_CALL = re.compile(r"(?<=[.!?])[\d*\u2020\u2021]{1,3}\Z")  # a note call typed after a sentence's stop ("wall.2")


def _exact_height(p) -> bool:
    spacing = p.find(f"{_W}pPr/{_W}spacing")
    return spacing is not None and spacing.get(f"{_W}lineRule") == "exact"


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{_W}t"))


def cut_lines(paragraphs: list) -> bool:
    """Most of the paragraphs of ``open_words`` words or more end no sentence: they are printed
    lines cut out of their paragraphs (at least ``min_paragraphs`` paragraphs with text)."""
    texts = [t for t in (" ".join(_text(p).split()) for p in paragraphs) if t]
    long = [_CALL.sub("", t) for t in texts if len(t.split()) >= LINES_LIMITS["open_words"]]
    return (len(texts) >= LINES_LIMITS["min_paragraphs"] and len(long) >= LINES_LIMITS["open_lines"]
            and sum(1 for t in long if not ends_sentence(t)) >= LINES_LIMITS["open_share"] * len(long))


def line_measure(lengths: list[int]) -> float | None:
    """The full line's length (characters) of a run of paragraphs that are one column's printed
    lines (the layout stage's ``full_line_measure``), None when the run is too short to tell
    (``run_lines``) or its full lines are longer than a printed line holds (``line_chars``:
    paragraphs, not lines)."""
    if len(lengths) < LINES_LIMITS["run_lines"]:
        return None
    width = full_line_measure(lengths)
    return width if 0 < width <= LINES_LIMITS["line_chars"] else None


def full_line_ends(length: int, width: float) -> bool:
    """A line of ``length`` characters ending a sentence still runs on when it is a full line of
    its column (longer than the layout stage's ``SHORT_LINE`` share of ``width``): a paragraph
    ends on a short line."""
    return SHORT_LINE * width < length


def converted_from_pdf(paragraphs: list) -> bool:
    """The paragraph elements (``w:p``, in order) are a page's printed lines, as a converter
    from PDF writes them: most set at an exact line height, or most of the longer ones ending
    no sentence (lines cut out of their paragraphs). Word's own paragraphs take the line height
    of their type and end their sentences."""
    texts = [(p, " ".join(_text(p).split())) for p in paragraphs]
    texts = [(p, t) for p, t in texts if t]
    if len(texts) < LINES_LIMITS["min_paragraphs"]:
        return False
    if sum(1 for p, _ in texts if _exact_height(p)) >= LINES_LIMITS["exact_share"] * len(texts):
        return True
    return cut_lines(paragraphs)


def running_lines(lines: list[tuple[int, str]]) -> set[int]:
    """The indices of the running heads, footers and page numbers among a document's lines,
    each given as (page, text) in reading order, by the layout stage's rule for a text of
    known pages (:func:`vitrina.structure.lines.split_lines`)."""
    texts = [" ".join(text.split()) for _, text in lines]
    numbered = [(n, page, text) for n, ((page, _), text) in enumerate(zip(lines, texts, strict=True)) if text]
    if not numbered:
        return set()
    body = "\n".join(text for _, _, text in numbered)
    pages: list[tuple[int, int]] = []
    offset = 0
    for k, (_, page, text) in enumerate(numbered):
        if k == 0 or page != numbered[k - 1][1]:
            pages.append((offset, offset))
        pages[-1] = (pages[-1][0], offset + len(text))
        offset += len(text) + 1
    kept = {line.lineno for line in split_lines(body, pages).lines}
    return {n for k, (n, _, _) in enumerate(numbered, start=1) if k not in kept}


def run_breaks(p) -> list[int]:
    """Offsets in the paragraph's text (its runs' ``w:t`` text joined) just past a hyphen that
    closes a run before a run opening with a letter: a converter that writes each printed line
    as a run of one paragraph leaves a word broken at the line's end so ("mon-" | "astery")."""
    runs = ["".join(t.text or "" for t in r.iter(f"{_W}t")) for r in p.iter(f"{_W}r")]
    out: list[int] = []
    offset = 0
    for run, after in zip(runs, runs[1:], strict=False):
        offset += len(run)
        if _BROKEN.search(run) and _GOES_ON.match(after):
            out.append(offset)
    return out


def mended(text: str, breaks: list[int], judge: HyphenJudge) -> list[int]:
    """The offsets of the hyphens to drop in ``text``: at each of ``breaks`` (an offset just past
    a line-end hyphen, the next line's text right after it), the hyphen of a word broken at the
    line's end, not of a compound (``HyphenJudge.keep``)."""
    return [at - 1 for at in breaks
            if 1 < at < len(text) and text[at - 1] == "-" and text[at - 2].isalpha() and text[at].isalpha()
            and not judge.keep(text[:at - 1], text[at:])]


def with_line_ends(text: str, breaks: tuple[int, ...]) -> str:
    """``text`` with a line end at each of ``breaks``: the halves of a broken word ("mon-" |
    "astery") no longer read as one hyphenated token when the judge looks the word up."""
    out, last = [], 0
    for at in sorted(breaks):
        out += [text[last:at], "\n"]
        last = at
    return "".join([*out, text[last:]])
