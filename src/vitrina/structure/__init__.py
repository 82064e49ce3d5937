"""Structure recovery: decoded plain / PDF-extracted text in, a structured Document out.

``rebuild`` finds sections (unit titles, panel letters), body paragraphs,
captions with their position labels and credits, and rejoins text that page
breaks and captions interrupted. Every piece of the rebuilt text keeps a
``SourceRef`` into the decoded source, so ``doc.source_map.locate`` works.

Caption placement: a caption that interrupts a paragraph is placed right after
that paragraph; captions between paragraphs stay where they are; captions
before the unit title (title-page matter) are placed right after the title.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from vitrina.model import Document, DocumentBuilder
from vitrina.structure import captions, cues
from vitrina.structure.assemble import emit, emit_notes
from vitrina.structure.bylines import bylines_apart
from vitrina.structure.fieldlists import head_fields_apart
from vitrina.structure.hyphens import HyphenJudge
from vitrina.structure.languages import with_translations, without_second_language
from vitrina.structure.layout import Entry, lay_out
from vitrina.structure.lines import Line, LineSet, split_lines
from vitrina.structure.mail import mail_parts
from vitrina.structure.plainlayout import is_plain, lay_out_plain
from vitrina.structure.timelines import dated_rows_parted, timeline_tables
from vitrina.structure.turnlines import turn_lines_apart

__all__ = ["clear_caches", "rebuild"]

log = logging.getLogger("vitrina.build")


def rebuild(
    text: str,
    doc_id: str,
    source: str,
    fmt: str,
    pages: Sequence[tuple[int, int]] | None = None,
) -> Document:
    """Rebuild the reading-order structure of ``text``.

    ``pages`` gives the (start, end) offsets of each page in ``text`` when the
    input has real pages (PDF); SourceRefs then carry 1-based page numbers.
    """
    builder = DocumentBuilder(doc_id, source, fmt, source_text=text)
    lineset, translations = without_second_language(split_lines(text, pages))
    (entries, notes), plain = _laid_out(lineset, source)
    entries = dated_rows_parted(entries)
    entries = with_translations(bylines_apart(turn_lines_apart(head_fields_apart(mail_parts(entries))))
                                if fmt == "text" else entries,
                                translations)
    judge = HyphenJudge(text)
    emit(builder, entries, judge, raw_text=plain)
    emit_notes(builder, notes, judge)
    return builder.build()


def _laid_out(lineset: LineSet, source: str) -> tuple[tuple[list[Entry], list[list[Line]]], bool]:
    """The entries and notes of the plain-text layout when the text reads as plain, else of
    the page layout; and whether the plain one was used. A failure inside the plain-text
    layout (a bug on a layout nobody foresaw) falls back to the page layout, which reads
    any text, so the document is not lost; the failure is logged."""
    if is_plain(lineset):
        try:
            return lay_out_plain(lineset), True
        except Exception as error:  # noqa: BLE001 - any layout bug: read the text another way
            log.warning("%s: the plain-text layout failed (%s: %s); read with the page layout",
                        source, type(error).__name__, error)
    return (timeline_tables(lay_out(lineset)), []), False


def clear_caches() -> None:
    """Forget memoised per-line cues (for benchmarks that repeat one text)."""
    for cached in (
        cues.ends_sentence,
        cues.starts_lowercase,
        cues.starts_uppercase,
        cues.is_title_like,
        cues.raw_title_like,
        cues.is_acronym,
        captions.match_label,
    ):
        cached.cache_clear()
