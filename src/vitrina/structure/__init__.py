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

from collections.abc import Sequence

from vitrina.model import Document, DocumentBuilder
from vitrina.structure import captions, cues
from vitrina.structure.assemble import emit, emit_notes
from vitrina.structure.bylines import bylines_apart
from vitrina.structure.hyphens import HyphenJudge
from vitrina.structure.languages import with_translations, without_second_language
from vitrina.structure.layout import lay_out
from vitrina.structure.lines import split_lines
from vitrina.structure.mail import mail_parts
from vitrina.structure.plainlayout import is_plain, lay_out_plain
from vitrina.structure.timelines import dated_rows_parted, timeline_tables

__all__ = ["clear_caches", "rebuild"]


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
    plain = is_plain(lineset)
    entries, notes = lay_out_plain(lineset) if plain else (timeline_tables(lay_out(lineset)), [])
    entries = dated_rows_parted(entries)
    entries = with_translations(mail_parts(bylines_apart(entries)) if fmt == "text" else entries, translations)
    judge = HyphenJudge(text)
    emit(builder, entries, judge, raw_text=plain)
    emit_notes(builder, notes, judge)
    return builder.build()


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
