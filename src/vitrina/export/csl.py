"""The source documents as CSL-JSON, ready for Zotero, Pandoc or citeproc.

One record per document: ``id``, ``type``, ``title``, and what the reader
found in the input's own metadata (TEI header, HTML meta, DOCX core
properties): ``author``, ``issued``, ``publisher``, ``container-title``,
``language`` (else the language of its text, ``export.doclanguage``), ``URL``. A document that belongs to a
collection is an ``article`` in that container, otherwise a ``document``. The input file
name goes to ``source``.

A date the file's making wrote (a PDF's CreationDate) is never ``issued``: it dates the file, not the work, and
citation managers would print it as the date of publication (round 44 red team L3). With no date of the text
(its dateline or byline: ``dated``) the record has no ``issued``, and its ``note`` (Zotero's "Extra") gives the
file's date as such. Where the metadata has no date or author,
the text's own may give them (round 38 red team
D-csl-thin): a date that ends the document's first block when that block is a short line (a
letter's dateline: "Harbour House, 12 June 1874") is its ``issued``; a person named at the end of
its last block when that block is a short line (a signature: "Yours truly, A. Name") its ``author``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from vitrina.catalogue import document_record
from vitrina.edtf_bounds import is_valid
from vitrina.export.atomic import json_export
from vitrina.export.doclanguage import text_language
from vitrina.ingest.member import cited_name
from vitrina.ingest.metadata import file_made_date
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase, as_knowledge_base

# Reader metadata keys -> CSL variables (first key found wins).
STRING_FIELDS: dict[str, tuple[str, ...]] = {
    "publisher": ("publisher", "publicationStmt", "publisher_name"),
    "container-title": ("collection", "container", "series", "site_name"),
    "language": ("language", "lang"),
    "URL": ("url", "source_url", "canonical"),
    "abstract": ("description", "abstract"),
}
AUTHOR_KEYS = ("author", "authors", "creator")
# ("dated": the date the text states as its own, its dateline's or byline's, ``extract/writing.py``)
DATE_KEYS = ("issued", "dated", "date", "published", "created")
# The text's own date and author (``text_issued``, ``text_author``): the most words of a dateline block or
# a signature block (a longer block is prose, whose dates and names are what it tells, not who wrote it
# when), and the characters of closing punctuation or space allowed after the date or name in it.
TEXT_LIMITS = {"dateline_words": 8, "signature_words": 8, "trailing_chars": 2,
               # a masthead: the short lines (at most masthead_words) among the first masthead_blocks, above the
               # first one of running prose (more than prose_words), read for a day whose weekday is written with it
               # and agrees with the calendar ("SATURDAY, JUNE 18, 1898"); a longer line is a caption or a story
               "masthead_blocks": 4, "masthead_words": 12, "prose_words": 25}
# The block kinds a signature is written in: a line of the writer's own prose. A caption's or credit's names are a
# picture's makers or holders ("Credit: photograph by A. Name"), a table row's what it tabulates ("1716 | Marriage
# to A. Name", round 41 red team DEF-14: a chronology closing a memoir made a person it names its author), a
# heading's what a section is about: never the document's writer.
SIGNATURE_KINDS = frozenset({"paragraph"})
PLAIN_DATE = re.compile(r"^(-?\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")  # not seasons


def document_meta(kb: KnowledgeBase) -> dict[str, dict[str, str]]:
    """Each document's reader metadata (kept in its stored analysis)."""
    result: dict[str, dict[str, str]] = {}
    for doc_id, pairs in kb.analysis_meta().items():
        try:
            result[doc_id] = {str(k): str(v) for k, v in pairs or [] if v}
        except (ValueError, TypeError):
            result[doc_id] = {}
    return result


def with_catalogue(own: dict[str, str], catalogue: list[list[str]] | None) -> dict[str, str]:
    """The document's metadata with its catalogue record's fields (columns named as metadata keys: "creator",
    "date", "publisher" …): the archive's record stands over what was read off the text ("text: byline …"), the
    file's own metadata over the record."""
    merged = dict(own)
    given = {column.strip().lower(): value for column, value in catalogue or [] if value}
    for group in (AUTHOR_KEYS, DATE_KEYS):  # a record's creator or date stands over the text's byline or dateline
        if any(key in given for key in group):
            for key in group:
                if merged.get(f"{key}_source", "").startswith("text") or key == "date" and file_made_date(merged):
                    merged.pop(key, None)  # (and over the date a PDF's making wrote: round 48 red team D12)
                    merged.pop(f"{key}_source", None)
    if given.get("title") and _guessed_title(merged):  # … and its title over one made from the file's name
        merged["title"] = given["title"]
        merged["title_source"] = "catalogue"
    for key, value in given.items():
        if not merged.get(key):
            merged[key] = value
    return merged


def _guessed_title(meta: dict[str, str]) -> bool:
    """Whether the document's title was only guessed by its reader: its file's name, its text's first line, a
    DOCX's opening line (``title_source``), not a title the input states."""
    source = meta.get("title_source", "")
    return source == "file name" or source.startswith("text:") or "opening line" in source


def csl_date(value: str) -> dict[str, Any] | None:
    """A CSL date: ``date-parts`` for a plain ISO date, a range of two ("1786/1810": two dates) and an approximate
    or uncertain one ("1786~", "1786?": with ``circa``), which CSL processors read; else the EDTF or raw text."""
    value = value.strip()
    if (parts := _date_parts(value)) is not None:
        return {"date-parts": [parts]}
    if (ends := value.split("/")) and len(ends) == 2 and all(map(_date_parts, ends)):
        return {"date-parts": [_date_parts(end) for end in ends]}
    if value[-1:] in "~?%" and (parts := _date_parts(value[:-1])) is not None:
        return {"date-parts": [parts], "circa": True}
    if is_valid(value):
        return {"edtf": value} if re.fullmatch(r"[0-9XSu?~%./-]+", value) else {"raw": value}
    return {"raw": value} if value else None


def _date_parts(value: str) -> list[int] | None:
    """Year, month and day (as far as given) of a plain ISO date, else None."""
    match = PLAIN_DATE.match(value)
    return [int(part) for part in match.groups() if part is not None] if match else None


def csl_names(value: str) -> list[dict[str, str]]:
    """Authors as CSL names: literal names, ``;``-separated in the metadata."""
    return [{"literal": name.strip()} for name in value.split(";") if name.strip()]


def _ends_block(end: int, block: dict[str, Any], text: str) -> bool:
    rest = text[end:block["end"]]
    return len(rest) <= TEXT_LIMITS["trailing_chars"] and not any(ch.isalnum() for ch in rest)


def _short(block: dict[str, Any], text: str, words: int) -> bool:
    return block.get("kind") != "heading" and len(text[block["start"]:block["end"]].split()) <= words


def text_issued(kb: KnowledgeBase, doc_id: str, text: str) -> str | None:
    """The EDTF of the date ending the document's first block, when that block is a short line; else of the day
    a masthead gives with its weekday (``masthead_day``)."""
    blocks = kb.block_rows(doc_id)
    if len(blocks) < 2:
        return None
    dates = kb.date_rows(doc_id)
    first = blocks[0]
    if _short(first, text, TEXT_LIMITS["dateline_words"]):  # a line above a text
        for date in dates:
            if first["start"] <= date["start"] and date["end"] <= first["end"] \
                    and _ends_block(date["end"], first, text):
                return str(date["edtf"])
    return masthead_day(blocks, dates, text)


WEEKDAY_BEFORE = re.compile(r"\b([A-Za-z]+)\.?,?\s*$")  # a word right before the date ("Saturday, ")
WEEKDAY_LEAD = re.compile(r"([A-Za-z]+)\.?,?\s")  # … or the first word of the date's own span


def masthead_day(blocks: list[dict[str, Any]], dates: list[dict[str, Any]], text: str) -> str | None:
    """The day a newspaper's or newsletter's masthead gives: in one of the blocks above the first of running prose
    (``TEXT_LIMITS``), a date to the day right after a weekday's name that the calendar agrees with ("Saturday,
    June 18, 1898" was a Saturday). In a heading the day must close it and not open it (the paper's name before
    it: a title that opens with a day names what it is about). A day told in a story is read in its prose, below;
    a weekday that does not fit the date is no evidence."""
    top: list[dict[str, Any]] = []
    for block in blocks[: TEXT_LIMITS["masthead_blocks"]]:
        if len(text[block["start"]:block["end"]].split()) > TEXT_LIMITS["prose_words"]:
            break
        top.append(block)
    for date in dates:
        day = PLAIN_DATE.match(str(date["edtf"]))
        if not day or day.group(3) is None or int(day.group(1)) < 1:
            continue
        holder = next((b for b in top if b["start"] <= date["start"] and date["end"] <= b["end"]), None)
        if holder is None or len(text[holder["start"]:holder["end"]].split()) > TEXT_LIMITS["masthead_words"] or (holder.get("kind") == "heading" and (  # a title naming a day ("Sunday, 7 May…: A
                date["start"] == holder["start"] or not _ends_block(date["end"], holder, text))):  # Day Remembered")
            continue
        words = (WEEKDAY_LEAD.match(text, date["start"], date["end"]),
                 WEEKDAY_BEFORE.search(text[max(0, date["start"] - 16):date["start"]]))
        weekday = _weekday(*(int(part) for part in day.groups()))
        if any(word and word.group(1).lower() == weekday for word in words):
            return str(date["edtf"])
    return None


def _weekday(year: int, month: int, day: int) -> str | None:
    """The English name of the day's weekday (proleptic Gregorian calendar, as ``datetime``), lower case."""
    import calendar

    try:
        return calendar.day_name[calendar.weekday(year, month, day)].lower()
    except ValueError:
        return None


def text_author(kb: KnowledgeBase, doc_id: str, text: str) -> str | None:
    """The person named at the end of the document's last block, when that block is a short line of prose
    (``SIGNATURE_KINDS``: no caption, credit or table row)."""
    blocks = kb.block_rows(doc_id)
    if len(blocks) < 2 or not _short(blocks[-1], text, TEXT_LIMITS["signature_words"]) \
            or blocks[-1].get("kind") not in SIGNATURE_KINDS:
        return None
    last = blocks[-1]
    for mention in kb.document_mentions(doc_id):
        if (mention["type"] == "person" and last["start"] <= mention["start"] and mention["end"] <= last["end"]
                and _ends_block(mention["end"], last, text)):
            return str(mention["name"])
    return None


def record(doc: dict[str, Any], meta: dict[str, str]) -> dict[str, Any]:
    title = meta["title"] if meta.get("title_source") == "catalogue" else doc["title"]
    item: dict[str, Any] = {"id": doc["id"], "type": "document", "title": title}
    for field, keys in STRING_FIELDS.items():
        value = next((meta[k] for k in keys if meta.get(k)), None)
        if value:
            item[field] = value
    author = next((meta[k] for k in AUTHOR_KEYS if meta.get(k)), None)
    if author:
        item["author"] = csl_names(author)
    issued = next((csl_date(meta[k]) for k in DATE_KEYS if meta.get(k) and not (k == "date" and file_made_date(meta))),
                  None)
    if issued:
        item["issued"] = issued
    source = doc["source"]
    if re.match(r"^https?://", source) and "URL" not in item:
        item["URL"] = source
    else:
        item["source"] = cited_name(source)
    if "container-title" in item:
        item["type"] = "article"
    return item


def records(store: KnowledgeBase | sqlite3.Connection) -> list[dict[str, Any]]:
    kb = as_knowledge_base(store)
    meta = document_meta(kb)
    items = []
    for row in kb.document_rows():
        own = with_catalogue(meta.get(row["id"], {}), document_record(kb, row["id"], row["source"]))
        item = record(row, own)
        if "issued" not in item and (issued := text_issued(kb, row["id"], row["text"])):
            item["issued"] = csl_date(issued)
        if "issued" not in item and file_made_date(own):  # the text states none: no issued, the file's date said
            item["note"] = (f"issued: not stated in the text; the file itself was made {own['date']} "
                            f"({own.get('date_source')}), which is no date of the work")
        if "author" not in item and (author := text_author(kb, row["id"], row["text"])):
            item["author"] = [{"literal": author}]
        if "language" not in item and (language := text_language(row["text"])):  # the text's, when none stated
            item["language"] = language
        items.append(item)
    return items


@exporters.register("csl", folder=False, unit="references", about="CSL-JSON", counted=len)
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    return json_export(records(conn), out)
