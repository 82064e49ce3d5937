"""Plain-text reader: decode, then recover the structure (``vitrina.structure``)."""

from __future__ import annotations

import re
import unicodedata

from vitrina.ingest._mapped import document_id
from vitrina.ingest.encoding import decode
from vitrina.model import Document
from vitrina.registry import readers
from vitrina.structure import manpage, rebuild
from vitrina.structure.hyphens import Lexicon, english_lexicon

__all__ = ["document_id", "read"]


@readers.register("text", label="plain text", suffixes=(".txt", ".text"))
def read(data: bytes, source: str) -> list[Document]:
    text = manpage.text_cleared(extraction_marks_resolved(decode(data, source)))
    return [rebuild(text, document_id(source), source, "text")]


def extraction_marks_resolved(text: str) -> str:
    """Text extracted from a PDF with its typesetting marks resolved: a ligature glyph
    (U+FB00–U+FB06, "ﬁ") as its letters, a soft hyphen inside a line dropped (one at a
    line end stays: the word was broken there, and the lines are joined without it) unless
    it joins two words (``_printed_soft_hyphen``)."""
    if _LIGATURE.search(text):
        text = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if "\u00ad" in text:
        lexicon = english_lexicon()
        text = _INNER_SOFT_HYPHEN.sub(lambda m: "-" if _printed_soft_hyphen(m, lexicon) else "", text)
        text = _unbroken_soft_hyphens(text)
    return _letter_spacing_resolved(text)


# round 41 (structset44): a line ending on a soft hyphen, joined with the next, no longer than the longest of
# the ``soft_line_window`` lines either side: one printed line that the extraction cut at the hyphen (the word
# was not broken on the page); 0 off
TEXT_LIMITS = {"soft_line_window": 1}


def _unbroken_soft_hyphens(text: str) -> str:
    """Lines an extraction cut at a soft hyphen the page did not break at, joined: Chromium's PDFs read by
    ``pdftotext -raw`` put the rest of every soft-hyphened word on a new line ("Philo\u00ad" / "logical
    Society. In 1857 …"), though the word stands whole on its printed line. When the two lines together are
    no longer than the longest line near them, they were one printed line (a word broken at the line end
    leaves a full line before it); else the hyphen ends the line and the lines are joined later."""
    window = int(TEXT_LIMITS["soft_line_window"])
    if not window:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        while line.endswith("\u00ad") and k + 1 < len(lines) and lines[k + 1].strip():
            near = [len(x) for x in lines[max(0, k - window): k] + lines[k + 2: k + 2 + window] if x.strip()]
            if not near or len(line) - 1 + len(lines[k + 1]) > max(near):
                break
            k += 1
            line = line[:-1] + lines[k]
        out.append(line)
        k += 1
    return "\n".join(out)


def _printed_soft_hyphen(mark: re.Match[str], lexicon: Lexicon) -> bool:
    """A soft hyphen inside a line joining two words ("south\u00adwest", "twenty\u00adone")
    was printed: a discretionary hyphen shows only where a line breaks, so an extraction
    that keeps one inside a line got it from a producer writing every printed hyphen so.
    One inside a word ("impor\u00adtant": syllables, not both English words) marks a break
    point only."""
    text = mark.string
    head = re.search(r"[^\W\d_]+$", text[max(0, mark.start() - 40): mark.start()])
    tail = re.match(r"[^\W\d_]+", text[mark.end(): mark.end() + 40])
    if head is None or tail is None:
        return False
    left, right = head.group(0), tail.group(0)
    return min(len(left), len(right)) > 1 and left in lexicon and right in lexicon


def _letter_spacing_resolved(text: str) -> str:
    """A letter-spaced line, which an extraction prints one letter at a time ("A N A C T
    O F C O N G R E S S"), as words: its letters cut at the document's own words and the
    English lexicon's ("AN ACT OF CONGRESS"); a label spaced with it ("2 . T H E") closed up
    ("2. THE"), or one set unspaced before it kept ("II R e a d i n g" is "II Reading", with
    ``SPACING_SWITCHES`` unspaced_labels on, as is a comma spaced among the letters); a
    shorter spaced line right under one such ("N O T") is its heading's end."""
    vocabulary: set[str] = set()
    if "\f" in text and SPACING_SWITCHES["page_openings"]:  # a page's first line opens after its form feed
        return "\f".join(_spacing_resolved(page, vocabulary, text) for page in text.split("\f"))
    return _spacing_resolved(text, vocabulary, text)


def _spacing_resolved(text: str, vocabulary: set[str], whole: str) -> str:
    """``_letter_spacing_resolved`` on ``text`` (the whole or one page), the letters cut at the words
    of ``whole`` (``vocabulary``: filled once, when first needed)."""
    spaced_line = _SPACED_LINE if SPACING_SWITCHES["unspaced_labels"] else _SPACED_LINE_LETTERS
    if not spaced_line.search(text) and not _SPACED_PARTS.search(text):
        return text
    from vitrina.structure.hyphens import segmented

    if not vocabulary:
        vocabulary.update(_WORD.findall(whole))

    def words(m: re.Match[str]) -> str:
        label = m.group(1).replace(" ", "") + " " if m.group(1) else ""
        tail = "\n" + m.group(3).replace(" ", "") if m.group(3) else ""
        parts = [segmented(part.replace(" ", ""), vocabulary) for part in m.group(2).split(" , ")]
        return label + ", ".join(parts) + tail

    return _SPACED_PARTS.sub(lambda m: _spaced_parts(m.group(0), vocabulary), spaced_line.sub(words, text))


def _spaced_parts(line: str, vocabulary: set[str]) -> str:
    """A letter-spaced line in parts parted by a spaced separator, perhaps with a number
    ("G A L L E R Y · C A S E 1 4"): each run of letters cut into words, each run of
    digits closed up, the separators kept ("GALLERY · CASE 14")."""
    from vitrina.structure.hyphens import segmented

    out: list[str] = []
    for run in re.finditer(r"((?:[^\W\d_] ?)+)|((?:\d ?)+)|(\S)", line):
        letters, digits, mark = run.groups()
        out.append(segmented(letters.replace(" ", ""), vocabulary) if letters
                   else digits.replace(" ", "") if digits else mark)
    return " ".join(out)


_INNER_SOFT_HYPHEN = re.compile("\u00ad(?!\n)")
_LIGATURE = re.compile("[\ufb00-\ufb06]")  # a regex scan: a loop over each character cost ~0.25 s a MB
# a line of at least four single letters, one space apart (a comma spaced among them),
# perhaps after a label so spaced ("1 . ", "I I . ") or set unspaced ("II ", "3. ": a
# numeral of two or more characters, or figures), and a line of two or three so spaced
# under it (one word)
_SPACED_LINE = re.compile(
    r"^((?:[^\W_] ){1,4}[.):] |(?:[IVXLC]{2,5}|\d{1,2})[.):]? )?((?:[^\W\d_] ){3,}(?:, (?:[^\W\d_] ){2,})*[^\W\d_])"
    r"(?:\n((?:[^\W\d_] ){1,2}[^\W\d_])$)?$", re.M)
# the same before round 30: a spaced label only, no comma
_SPACED_LINE_LETTERS = re.compile(
    r"^((?:[^\W_] ){1,4}[.):] )?((?:[^\W\d_] ){3,}[^\W\d_])(?:\n((?:[^\W\d_] ){1,2}[^\W\d_])$)?$", re.M)
# switches of the letter-spacing reading (round 30): a label set unspaced before a
# letter-spaced title, and commas spaced among its letters ("II R e a d i n g", "S o c k s , B e e r")
SPACING_SWITCHES = {
    "unspaced_labels": 1,  # 0: _SPACED_LINE_LETTERS
    # round 47 (structset58): a page's first line, right after its form feed, is read as any line (a running head
    # letter-spaced on every page: the same words on each; 0: "^" alone, the form feed hiding it)
    "page_openings": 1,
}
_WORD = re.compile(r"[^\W\d_]{2,}")
# a letter-spaced line in parts: single characters one space apart, at least four letters
# in a row, and a separator between parts ("G A L L E R Y · C A S E 1 4"; a middle dot
# may come out of a PDF as any of the dot operators: U+2219, U+22C5, U+2027)
_SPACED_PARTS = re.compile(r"^(?=.*(?:[^\W\d_] ){3}[^\W\d_])(?=.* [·•∙⋅‧|/] )(?:\S ){4,}\S$", re.M)
