"""A document's title from its own first line (else its file name, as spelled), when its reader found none or took
a dateline for one.

A reader that finds no title falls back on the file's name ("03_diary_1828"); one that takes the first heading
may take a letter's dateline ("Bytown, 3 June 1827"), which says where and when the text was written, not what it
is. When the text's first line stands alone (a blank line or the text's end after it), is short
(``HEAD_TITLE["max_words"]``) and ends no sentence, it is the title the writer gave ("Letter from A to B", "Diary
of C, summer 1828"); the title's source is kept as ``title_source``. A first line that is itself a dateline is no
title either: the title is left as it was.

A reader may also take a later line for the title when the first line is one (round 43 red team D8): a numbered
heading ("1. Summary", the first of a report's parts) or a line that only dates the text ("Press release, 14 March
2023", a release's second line: a few words, a comma and a day), or a line that only says where and when the text
was written at any precision ("Riga, in the spring of 1789", a letter's dateline under its title line: round 44
red team L4). Either way the first line, when it stands alone as a title, is the title.
"""

from __future__ import annotations

import re

from vitrina.model import Document

HEAD_TITLE = {
    "max_words": 16,  # the most words of a first line read as the title
    "dated_lead_words": 3,  # the most words before the comma and the day of a line that only dates the text
    "exclaimed_capitals": 1,  # round 56 red team D-TITLE: a first line in capitals closed by "!" is a headline (0: off)
}
_FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]+?)[ \t]*(?:\n[ \t]*\n|\n?\s*$)")
_ENDS_SENTENCE = re.compile(r"[.!?:;,][\"'”’)\]]*$")
_NAME_SEPARATORS = re.compile(r"[_\-\s]+")
_NUMBER_LABEL = r"(?:\d+(?:\.\d+)*\.?|[IVXivx]+\.|[A-Z]\.)"  # "1.", "2.3", "IV.", "A.": a numbered heading's label


def is_dateline(line: str) -> bool:
    """Whether ``line`` is only a place and a day ("Bytown, Upper Canada, 14 March 1827", "Tuesday 14 March
    1826."): a date of writing with at most a place before it and punctuation after it."""
    from vitrina.extract.dates import PLACE_LEAD

    return any(PLACE_LEAD.fullmatch(line, 0, d.start) is not None and not re.search(r"\w", line[d.end:])
               for d in _days(line))


def _days(line: str) -> list:
    """The single days ``line`` names (an EDTF day, no interval), each from the year written before it when the
    year comes first ("1892 Oct. 20", an astronomer's order, read as the year and then the day of that year)."""
    from dataclasses import replace

    from vitrina.extract.dates import find_dates

    found = find_dates(line)
    days = []
    for d in found:
        if "/" in d.edtf or len(d.edtf) != len("YYYY-MM-DD"):
            continue
        year = next((y for y in found if y.edtf == d.edtf[:4] and y.end < d.start and not line[y.end:d.start].strip()),
                    None)
        days.append(d if year is None else replace(d, start=year.start))
    return days


def is_dated_line(line: str) -> bool:
    """Whether ``line`` only dates the text: a day at its end after a few words and a comma ("Press release, 14
    March 2023", "Statement, 2 May 2024"), or a dateline (:func:`is_dateline`)."""
    if is_dateline(line):
        return True
    for d in _days(line):
        lead = line[:d.start].rstrip()
        if (lead.endswith(",") and not re.search(r"\w", line[d.end:])
                and 0 < len(lead[:-1].split()) <= HEAD_TITLE["dated_lead_words"]):
            return True
    return False


# before the date of a line that only says where and when a text was written, after its place: at most this many
# lower-case words ("Riga, in the spring of 1789": "in", the date being "the spring of 1789")
_LEAD_WORDS = r"(?:[a-z]+\s+){0,2}"


def is_place_and_time(line: str) -> bool:
    """Whether ``line`` only says where and when the text was written, at any precision: a place, a few lower-case
    words and a date ("Riga, in the spring of 1789", "Danzig, summer 1802"), punctuation after it."""
    from vitrina.extract.dates import PLACE_LEAD, find_dates

    lead = re.compile(PLACE_LEAD.pattern + _LEAD_WORDS)
    return any(lead.fullmatch(line, 0, d.start) is not None and "/" not in d.edtf
               and not re.search(r"\w", line[d.end:]) for d in find_dates(line))


def _later_heading(text: str, title: str, first_end: int) -> bool:
    """Whether ``title`` is a line after the text's first line that is a numbered heading ("1. Summary") or only
    dates the text, and no earlier line is it."""
    if not title.strip():
        return False
    own = re.escape(" ".join(title.split())).replace(r"\ ", r"\s+")
    line = re.compile(rf"^[ \t]*(?P<label>{_NUMBER_LABEL}[ \t]+)?{own}[ \t]*$", re.M)
    found = line.search(text)
    if found is None or found.start() < first_end:
        return False
    return found["label"] is not None or is_dated_line(title) or is_place_and_time(title)


def _goes_on(text: str, first: re.Match[str] | None) -> bool:
    """Whether the text's next line after its first starts in lower case (the first line's sentence goes on)."""
    if first is None:
        return False
    rest = text[first.end():].lstrip()
    return rest[:1].islower()


def first_line_title(text: str) -> str | None:
    """The text's first line when it stands alone as a title (see the module's doc), else None."""
    found = _FIRST_LINE.match(text)
    if found is None:
        return None
    line = " ".join(found["line"].split())
    if not line or len(line.split()) > HEAD_TITLE["max_words"] or is_dateline(line):
        return None
    if _ENDS_SENTENCE.search(line) and not exclaimed_headline(line):
        return None
    return line


def exclaimed_headline(line: str) -> bool:
    """A headline in capitals closed by exclamation marks ("SAVE THE OLD MILL!", "GRAND REOPENING!"): a poster's
    or a leaflet's title, which writers close with "!" as a sentence is closed; a line in sentence case ending so
    ("We won!") stays a sentence. Switch ``HEAD_TITLE["exclaimed_capitals"]``."""
    body = line.rstrip("!").rstrip()
    letters = [c for c in body if c.isalpha()]
    return (bool(HEAD_TITLE["exclaimed_capitals"]) and line.endswith("!") and len(letters) >= 2
            and all(c.isupper() for c in letters) and not re.search(r"[.!?;:]\s", body))  # one sentence only


def with_head_title(doc: Document, source_text: str | None = None) -> Document:
    """``doc`` titled by its first line when its title is its file's id, a dateline or a later line (a numbered
    heading, a line dating the text) and no reader stated one. ``source_text``: a plain text's own text, lines in
    the order written (a reader may set a heading it took for the title before the lines above it)."""
    meta = dict(doc.meta)
    if meta.get("title_source"):
        return doc
    text = source_text if source_text is not None else doc.text
    first = _FIRST_LINE.match(text)
    later = first is not None and doc.title != doc.id and _later_heading(text, doc.title, first.end("line"))
    if not (doc.title == doc.id or is_dateline(doc.title) or later):
        return doc
    title = first_line_title(text)
    if later and not (doc.title == doc.id or is_dateline(doc.title)) and _goes_on(text, first):
        return doc  # a first line that a lower-case line goes on from is a broken sentence, not a title
    if title is None and doc.title == doc.id:
        return _titled_by_file_name(doc)
    if title is None or title == doc.title:
        return doc
    why = "file name" if doc.title == doc.id else "dateline" if is_dateline(doc.title) else "later line"
    return doc.evolve(title=title, meta=(*doc.meta, ("title_source", f"text: its first line (the reader's title was "
                                                                    f"its {why})")))


def file_name_title(source: str) -> str:
    """The title a file's name gives, as its writer spelled it: the stem with runs of ``_`` and ``-`` read as
    spaces and letter case kept ("03_Diary_Ĉeĥa-1828" → "03 Diary Ĉeĥa 1828"), where the id is slugged and
    lower-cased to stay one spelling for URLs."""
    from vitrina.ingest.member import source_stem

    return " ".join(_NAME_SEPARATORS.sub(" ", source_stem(source)).split())


def _titled_by_file_name(doc: Document) -> Document:
    title = file_name_title(doc.source)
    if not title or title == doc.title:
        return doc
    return doc.evolve(title=title, meta=(*doc.meta, ("title_source", "file name")))
