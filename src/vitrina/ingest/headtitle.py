"""A document's title from its own first line (else its file name, as spelled), when its reader found none or took
a dateline for one.

A reader that finds no title falls back on the file's name ("03_diary_1828"); one that takes the first heading
may take a letter's dateline ("Bytown, 3 June 1827"), which says where and when the text was written, not what it
is. When the text's first line stands alone (a blank line or the text's end after it), is short
(``HEAD_TITLE["max_words"]``) and ends no sentence, it is the title the writer gave ("Letter from A to B", "Diary
of C, summer 1828"); the title's source is kept as ``title_source``. A first line that is itself a dateline is no
title either: the title is left as it was.
"""

from __future__ import annotations

import re

from vitrina.model import Document

HEAD_TITLE = {"max_words": 16}  # the most words of a first line read as the title
_FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]+?)[ \t]*(?:\n[ \t]*\n|\n?\s*$)")
_ENDS_SENTENCE = re.compile(r"[.!?:;,][\"'”’)\]]*$")
_NAME_SEPARATORS = re.compile(r"[_\-\s]+")


def is_dateline(line: str) -> bool:
    """Whether ``line`` is only a place and a day ("Bytown, Upper Canada, 14 March 1827", "Tuesday 14 March
    1826."): a date of writing with at most a place before it and punctuation after it."""
    from vitrina.extract.dates import PLACE_LEAD, find_dates

    found = [d for d in find_dates(line) if "/" not in d.edtf and len(d.edtf) == len("YYYY-MM-DD")]
    return any(PLACE_LEAD.fullmatch(line, 0, d.start) is not None and not re.search(r"\w", line[d.end:])
               for d in found)


def first_line_title(text: str) -> str | None:
    """The text's first line when it stands alone as a title (see the module's doc), else None."""
    found = _FIRST_LINE.match(text)
    if found is None:
        return None
    line = " ".join(found["line"].split())
    if not line or len(line.split()) > HEAD_TITLE["max_words"] or _ENDS_SENTENCE.search(line) or is_dateline(line):
        return None
    return line


def with_head_title(doc: Document) -> Document:
    """``doc`` titled by its first line when its title is its file's id or a dateline and no reader stated one."""
    meta = dict(doc.meta)
    if meta.get("title_source") or not (doc.title == doc.id or is_dateline(doc.title)):
        return doc
    title = first_line_title(doc.text)
    if title is None and doc.title == doc.id:
        return _titled_by_file_name(doc)
    if title is None or title == doc.title:
        return doc
    why = "file name" if doc.title == doc.id else "dateline"
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
