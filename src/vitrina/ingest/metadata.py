"""A document's own title, author and date from the properties its file carries.

Office files and PDFs carry properties written by software, not always about
this document: a DOCX started from a template keeps the template's creation
date, author and sometimes title; PDF printer drivers write "Microsoft Word -
x.doc" as the title; office suites fill the author from a login such as
"User". A property is kept only when nothing says it is inherited or generic,
and each kept field records where it came from in ``<field>_source``
(``date_source = "docx core properties: modified (created … is the template's)"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from vitrina import lexicon


@dataclass(frozen=True)
class DocxDateRules:
    """Evidence thresholds for a DOCX's properties; each says they are not the document's own."""

    # Created this many days before the last save, from a named (non-blank) template:
    # the date the template file was made, carried into every document made from it.
    template_gap_days: int = 30
    # Created this many days before a last save by someone other than the creator, with
    # few saves since: the date of an older file this one was copied from.
    inherited_gap_days: int = 365
    inherited_max_revision: int = 3
    # Created this long after the last save: the clock or the property is wrong.
    future_slack_days: int = 1
    # app.xml's word count outside this ratio of the text's words: properties not saved with
    # the text (Word counts words a little differently from a whitespace split: a wide band).
    stale_word_ratio: tuple[float, float] = (0.5, 2.0)
    # Below this many words of text the ratio says too little.
    stale_min_words: int = 5


DOCX_DATE_RULES = DocxDateRules()
# Dates before this year are defaults of the file format or a zeroed clock (1601, 1899, 1970).
EARLIEST_PLAUSIBLE_YEAR = 1980

# HTML <meta> names (lower-cased) that state the page's own author and date, best first:
# citation_* (Highwire/Google Scholar), Dublin Core, Open Graph article, then plain names.
HTML_AUTHOR_NAMES = ("citation_author", "dc.creator", "dcterms.creator", "article:author", "author")
HTML_DATE_NAMES = ("citation_publication_date", "citation_date", "dcterms.issued", "dc.date.issued",
                   "dcterms.date", "dc.date", "article:published_time", "date")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


def generic_title(title: str) -> bool:
    """True for a placeholder ("Untitled") or a file name written by a PDF printer driver."""
    folded = " ".join(title.lower().split())
    if not folded or folded in lexicon.words("generic_titles"):
        return True
    if any(folded.startswith(prefix) for prefix in lexicon.words("software_title_prefixes")):
        return True
    return bool(re.fullmatch(r"[\w .-]+\.(?:docx?|rtf|odt|pdf|txt|pptx?|xlsx?|html?)", folded))


def generic_author(author: str) -> bool:
    return " ".join(author.lower().split()) in lexicon.words("generic_authors")


@dataclass
class Found:
    """Fields and the source of each, ready for ``DocumentBuilder.build(meta=…)``."""

    fields: dict[str, str]

    def add(self, name: str, value: str | None, source: str) -> None:
        if value and name not in self.fields:
            self.fields[name] = value
            self.fields[f"{name}_source"] = source


# ---------------------------------------------------------------- DOCX


@dataclass
class DocxProperties:
    """What docProps/core.xml and docProps/app.xml say (python-docx's names), and the text's size."""

    title: str = ""
    author: str = ""
    last_modified_by: str = ""
    created: datetime | None = None
    modified: datetime | None = None
    revision: int = 0
    template: str = ""
    stated_words: int | None = None  # app.xml <Words>, written by the editor at each save
    actual_words: int = 0  # words in the text we read


@dataclass
class Evidence:
    """Why a DOCX's created date is not its own, and how much else goes with it.

    ``kind``: "date" (only the created date is wrong: use the last save),
    "inherited" (made from a template or an older file: its created date,
    creator and title are that file's; the last save and its author are the
    document's), "stale" (properties never saved with this text, as when a program fills a
    copy of a template: neither date is the document's; a creator or title the
    program set, when not generic, is kept).
    """

    reason: str
    kind: str = "date"


def docx_metadata(props: DocxProperties) -> dict[str, str]:
    """Title, author and date a DOCX states about itself, each with its source."""
    found = Found({})
    evidence = _not_own(props)
    where = "docx core properties"
    if evidence is None:
        found.add("date", _iso(props.created), f"{where}: created")
    if evidence is None or evidence.kind == "stale":
        if props.author and not generic_author(props.author):
            found.add("author", props.author.strip(), f"{where}: creator")
    else:  # "date" or "inherited": the last save and its author
        if props.modified is not None and _plausible(props.modified):
            found.add("date", _iso(props.modified), f"{where}: modified ({evidence.reason})")
        if evidence.kind == "date" and props.author and not generic_author(props.author):
            found.add("author", props.author.strip(), f"{where}: creator")
        if props.last_modified_by and not generic_author(props.last_modified_by):
            found.add("author", props.last_modified_by.strip(), f"{where}: lastModifiedBy ({evidence.reason})")
    if (evidence is None or evidence.kind != "inherited") and props.title and not generic_title(props.title):
        found.add("title", props.title.strip(), f"{where}: title")
    return found.fields


def _not_own(props: DocxProperties) -> Evidence | None:
    """Evidence that the created date (or every property) is not this document's, or None."""
    stale = _stale_statistics(props)
    if stale:
        return Evidence(stale, "stale")
    created, modified = props.created, props.modified
    if created is None:
        return Evidence("no created date")
    if not _plausible(created):
        return Evidence(f"created {created.date()} is a default date")
    if modified is None:
        return None
    gap = modified - created
    if gap < -timedelta(days=DOCX_DATE_RULES.future_slack_days):
        return Evidence(f"created {created.date()} is after the last save")
    template = props.template.strip()
    if (template and template.lower() not in lexicon.words("blank_templates")
            and gap > timedelta(days=DOCX_DATE_RULES.template_gap_days)):
        return Evidence(f"created {created.date()} is the date of template {template}", "inherited")
    others = props.last_modified_by.strip() and props.author.strip() and (
        props.last_modified_by.strip().lower() != props.author.strip().lower())
    if (others and gap > timedelta(days=DOCX_DATE_RULES.inherited_gap_days)
            and 0 < props.revision <= DOCX_DATE_RULES.inherited_max_revision):
        return Evidence(f"created {created.date()} by {props.author.strip()} is an older file's", "inherited")
    return None


def _stale_statistics(props: DocxProperties) -> str | None:
    """Word rewrites app.xml's word count at every save: a count far from the text's means the
    properties were not written with this text (a program filled a template's copy)."""
    stated, actual = props.stated_words, props.actual_words
    if stated is None or actual < DOCX_DATE_RULES.stale_min_words:
        return None
    low, high = DOCX_DATE_RULES.stale_word_ratio
    if stated == 0 or not low <= stated / actual <= high:
        return f"app.xml counts {stated} words, the text has {actual}: the properties are a template's"
    return None


def _plausible(moment: datetime) -> bool:
    return moment.year >= EARLIEST_PLAUSIBLE_YEAR


def _iso(moment: datetime | date | None) -> str | None:
    return moment.date().isoformat() if isinstance(moment, datetime) else moment.isoformat() if moment else None


# ---------------------------------------------------------------- PDF


PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
# The sources of a ``date`` the file's making wrote (a PDF's CreationDate or ModDate: the day a program made or saved
# the file, the day a teacher printed a book to PDF), not a date its text states: the text's own date goes first.
FILE_DATE_SOURCES = ("pdf info:",)


def file_made_date(meta: dict[str, str]) -> bool:
    """Whether the metadata's ``date`` is the file's making (``FILE_DATE_SOURCES``), not the text's."""
    return bool(meta.get("date")) and meta.get("date_source", "").startswith(FILE_DATE_SOURCES)


def pdf_metadata(info: dict[str, Any]) -> dict[str, str]:
    """Title, author and date from a PDF's information dictionary, each with its source."""
    found = Found({})
    title = str(info.get("Title") or "").strip()
    if title and not generic_title(title):
        found.add("title", title, "pdf info: Title")
    author = str(info.get("Author") or "").strip()
    if author and not generic_author(author):
        found.add("author", author, "pdf info: Author")
    created, modified = _pdf_date(info.get("CreationDate")), _pdf_date(info.get("ModDate"))
    if created and (modified is None or created <= modified):
        found.add("date", created, "pdf info: CreationDate")
    elif modified:
        found.add("date", modified, "pdf info: ModDate" + (" (CreationDate is after it)" if created else ""))
    return found.fields


def _pdf_date(value: Any) -> str | None:
    """``D:20080512093000+02'00'`` -> ``2008-05-12`` (as precise as given), None if implausible."""
    match = PDF_DATE.match(str(value or "").strip())
    if not match or int(match.group(1)) < EARLIEST_PLAUSIBLE_YEAR:
        return None
    return _calendar_date(*match.groups())


# ---------------------------------------------------------------- HTML


# A BCP 47 language tag as a document states it (``xml:lang``, ``<html lang>``): a primary subtag and subtags
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def stated_language(element: Any, where: str) -> dict[str, str]:
    """The language an XML or HTML element states for its text: its own or its nearest ancestor's ``xml:lang``
    (or HTML's ``lang``), as ``language`` with its ``language_source``; nothing when none is stated or the value
    is no language tag (round 41 red team DEF-16: a TEI's ``xml:lang="fr"`` was lost)."""
    for node in (element, *element.iterancestors()):
        value = (node.get(XML_LANG) or node.get("lang") or "").strip()
        if value:
            if not LANGUAGE_TAG.fullmatch(value):
                return {}
            return {"language": value, "language_source": f"{where}: the {'xml:' * bool(node.get(XML_LANG))}lang of "
                                                          f"<{etree_name(node)}>"}
    return {}


def etree_name(node: Any) -> str:
    """An element's name without its namespace."""
    tag = node.tag if isinstance(node.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def html_metadata(meta: dict[str, list[str]]) -> dict[str, str]:
    """Author and date from a page's own <meta> (lower-cased names), each with its source."""
    found = Found({})
    for name in HTML_AUTHOR_NAMES:
        authors = [a for a in meta.get(name, []) if a and not generic_author(a) and "://" not in a]
        if authors:
            found.add("author", "; ".join(dict.fromkeys(authors)), f"html meta: {name}")
            break
    for name in HTML_DATE_NAMES:
        value = next((v for v in meta.get(name, []) if _html_date(v)), None)
        if value:
            found.add("date", _html_date(value), f"html meta: {name}")
            break
    return found.fields


def _html_date(value: str) -> str | None:
    """An ISO date or timestamp (or citation's ``2008/05/12``) as ``YYYY[-MM[-DD]]``."""
    match = ISO_DATE.match(value.strip().replace("/", "-"))
    if not match:  # any year: a page may be the edition of an old text, dated as such
        return None
    return _calendar_date(*match.groups())


def _calendar_date(year: str, month: str | None, day: str | None) -> str | None:
    """``YYYY[-MM[-DD]]`` from a date's matched parts, as precise as given; None when no such day
    is in the calendar (month 13, 30 February)."""
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)
