"""PDF reader: glyphs with their boxes and type via pypdfium2, then layout by geometry.

Extraction runs in a child process with a wall-clock limit, a CPU limit and an
address-space limit, so a hostile PDF cannot hang or exhaust the build.
Encrypted, corrupt and image-only PDFs raise :class:`InputError`.

Per page the child first puts the page as it is shown: its /Rotate baked in, a
page set mostly head down turned a half turn, and the annotations that show
text (a filled form field, a FreeText box) folded into its content. It then
reads every character's box and its text object's font (size, weight,
italics), groups characters into lines by baseline and gaps (turned type, a
half turn included, along its own baseline), and lists image boxes (the image
itself when small enough). Reading order,
running headers and footers, headings, captions and credits are decided from
that geometry by ``vitrina.structure.pagelayout``.
"""

from __future__ import annotations

import bisect
import ctypes
import dataclasses
import math
import multiprocessing
import multiprocessing.connection
import re
import struct
import unicodedata
import zlib
from array import array
from collections.abc import Sequence
from typing import Any

from vitrina.errors import InputError
from vitrina.ingest._bidi import base_is_right_to_left, logical_order
from vitrina.ingest._bidi import right_to_left as _right_to_left
from vitrina.ingest._fontprogram import cff_face_names, program_face
from vitrina.ingest._gutters import Gutter, column_gutters, crosses_gutter
from vitrina.ingest._ocr import invisible_text, settled_sizes
from vitrina.ingest.encoding import add_warning
from vitrina.ingest.headtitle import first_line_title
from vitrina.ingest.metadata import pdf_metadata
from vitrina.ingest.pdfcmaps import has_refused_map, with_readable_cmaps
from vitrina.ingest.text import document_id
from vitrina.lexicon import rows, words
from vitrina.limits import FILE_LIMITS
from vitrina.model import Document
from vitrina.registry import readers
from vitrina.structure.captions import alone_label
from vitrina.structure.geometry import SOFT_HYPHENS, ImageBox, PageGeometry, PdfContent, TextLine

# Limits of one batch of pages read outside a build's worker; inside one, a batch has the
# file's own limits (``workers.task_limits``: --time-limit, --memory-limit)
TIME_LIMIT_S = 60.0  # per batch of pages
MEMORY_LIMIT_BYTES = 2 * 1024**3  # per batch of pages
MAX_PAGES = FILE_LIMITS["pdf_pages"]  # a longer PDF is read up to this page, with a warning
# Pages one extraction child reads: a long PDF (a 1,500-page book) is read in batches, each
# within the time and memory limits above, and the file's worker hears of each
# (``workers.progress``), so its clock measures a batch, not the whole book
PAGES_PER_BATCH = 250

# Line building, in units of the font size.
LINE_LIMITS = {
    "unit_font": 1.5,  # a font size this small is a unit font: its object's matrix gives the size
    # a font size whose object's matrix scales it by more than this factor (or less than its inverse) is read
    # times the matrix's scale when the glyph's box agrees: a page drawn at a scale (Vivliostyle through Skia
    # sets 10 pt type as Tf 115 in a 0.094 matrix); a scale nearer 1 (a browser's CSS pixels at 0.75 pt) keeps
    # the stated size, on which the line thresholds were measured (reading it too moved sets 7, 9, 10 and
    # engineered-1 down; a turned caption's 3.1 matrix is not its size: its glyphs say so). 0: off
    "matrix_size": 2.0,
    "baseline_shift": 0.45,  # a glyph this far off the line's baseline starts another line
    "space_gap": 0.18,  # a gap this wide between glyphs is a word space
    # round 48 (structset57): ... and one this wide where the type turns to another face or font of its size
    # (a bold lead placed a thin space before the roman text: "Above:" | "A model"); 0 off
    "face_space_gap": 0.1,
    "column_gap": 1.6,  # a gap this wide after a line break marker starts another line
    "back_step": 0.6,  # a glyph this far left of the line's end starts another line
    "gutter_jump": 3.0,  # ... and so does one this far right of it in another type, break marker or none
    "face_jump": 1,  # (another type includes another face, bold or italic, of a font of the same name; 0 off)
    "type_change": 0.05,  # (another type: another font, or a size this share off; a badge, a caption across a gutter)
    "margin_jump": 1.5,  # a gap this wide (in the line's size) into type this share smaller than the line's
    "margin_size": 0.12,  # ... at least starts another line: a date or note set in the margin level with
    # a body line, after its end (0 off)
    # round 48 (structset60): into type clearly smaller (``margin_size_far`` of the line's size at least) a
    # narrower gap will do: a sidenote set in the margin column on a body line's baseline, the gutter only
    # a little wider than an em (a justified line's widest word space stays in the line's own type; 0 off),
    # after a line of running text (``margin_far_words`` words at least: a picture's key number before its
    # caption, a display numeral before a kicker are no body line)
    "margin_jump_far": 1.2,
    "margin_size_far": 0.25,
    "margin_far_words": 4,
    # round 47 (structset58): ... and such a piece opening a block of lines at its left edge under it stays
    # a line of its own after a heading's type too (a box's heading in its own cell beside the text; 0 off)
    "cell_text_cut": 1,
    "raised_size": 0.85,  # a glyph in type this much smaller than its line's, raised with its
    "raised_reach": 0.6,  # ... foot inside the line and its top at most this far above it, is a superscript
    # round 50 (structset64): a break the extraction reports after a superscript is a word space where a letter
    # follows ("1727,¹" + break + "and"; before a stop, "tool³. The", none; 0 off)
    "raised_break_words": 1,
    "calls_in_spaces": 1,  # round 53 (structset70): a raised call set into a word space keeps the space (0 off)
    "spaced_letters": 4,  # at least this many single glyphs one space apart are a letter-spaced run
    "spaced_gap": 0.3,  # ... whose narrowest gap is at most this wide (letter spacing, not a table)
    "spaced_word": 0.15,  # ... where a gap this much wider than the narrowest is a word space
    "spaced_kerned_pairs": 1,  # ... and a word of two glyphs (a kerned pair, "PA" of "PA R T") right before
    # such a run, a space no wider apart, opens it (round 41; 0 off)
    "tracking": 0.08,  # glyphs inside words this far apart (median) are letter-spaced: a space
    # no wider than their gap plus ``spaced_word`` is no word space (a tracked "P ART 1")
    "tracking_pairs": 2,  # (read from at least this many glyph pairs inside words)
    "small_caps_low": 0.6,  # a font's letters at this share of its size ...
    "small_caps_high": 0.85,  # ... up to this one, on the same baseline as its capitals, are small capitals
    "small_caps_foot": 0.12,  # (same baseline: feet at most this share of the capitals' height apart)
    "rejoin_gap": 0.6,  # two pieces of a line in one type, on one baseline, this close are one line
    "rejoin_foot": 0.1,  # (one baseline: feet at most this share of the size apart)
    "printed_hyphen": 0.2,  # a soft-hyphen code inside a line drawn at least this wide is a printed hyphen
    "tab_gap": 1.0,  # smaller type in another font this far (in the line's size) after a line starts
    "tab_size": 0.15,  # type this share smaller than the line's, in its font, after a word space may start
    # another line (a label on a tab at the end of a heading)
    "tall_box": 1.8,  # a glyph box this many times its size tall has its font's metrics in the wrong unit
    "box_height": 1.15,  # ... and is set to this height (a usual font's ascent plus descent) ...
    "box_ascent": 0.8,  # ... about its baseline, this share of the box below its top
    "run_in_words": 12,  # a numbered bold head run into its paragraph's first line has at most this many words
    "run_in_face": 1,  # ... closed by a stop or colon, or (1; 0 off) by a change of typeface into the text
    "small_caps_heads": 1,  # a line opening with a head in small capitals (perhaps after a label) run into
    # regular type is two lines, the head and its paragraph's first line (0 off)
    "small_caps_rest": 2,  # ... when the regular type after it runs to at least this many words
    # round 45 (structset53): the case the sizes show of small capitals printed as capitals throughout
    # (a synthetic small-caps face over capital letters) is kept beside the line, for a heading (0: off)
    "small_caps_case_aside": 1,
    # round 45 (structset53): a spacing accent glyph placed over or under the letter beside it (TeX's
    # cedilla) is that letter's accent: one accented character (0: off)
    "placed_accents": 1,
    "named_faces": 1,  # a font whose name's style part names a face lighter than bold ("-Roman",
    # "-Italic") is not bold whatever weight its stem width suggests (0 off)
    # round 54 (struct69): the style part's words read written out where a foundry abbreviates them
    # ("NimbusSanL-Regu", "NimbusRomNo9L-ReguItal": regular, italic; lexicon font_style_abbreviations; 0 off)
    "abbreviated_styles": 1,
    "program_faces": 1,  # a font whose name and descriptor state no bold or italic is read so by its
    # embedded program's own tables (OS/2 weight class and selection, head style, post angle; 0 off)
    # round 59 (structset81): a font named with no style part ("Helvetica") that pdfium's stem guess makes bold is
    # read upright and regular when its embedded CFF program names its face (FullName, Weight) with no bold word
    # ("Nimbus Sans"; ``_cff_names_lighter``; 0 off)
    "cff_names_lighter": 1,
    "program_os2_first": 1,  # ... an OS/2 table states the face alone, the head's style bits read only
    # without one (a subsetter wrote "bold" into every subset's head; round 45 structset54; 0 off)
    # round 49 (structset61): a glyph pdfium turns by more than this many radians from upright (its angle on
    # the page, the enclosing form's matrix included: Ipe sets each label in a Form XObject and turns the form,
    # not the text object) is set along a turned baseline (0: the text object's own matrix alone says so)
    "turned_char_angle": 0.2,
    # round 51 (structset65): a pilcrow and a number ("¶ 4") drawn as a piece of its own level with a line's
    # start, left of it, is the paragraph's number in the margin: no text (0: off)
    "paragraph_marks": 1,
    "giant_ratio": 4.0,  # a number alone (three figures at most) in type this many times larger than the type after it
    # stands on a line of its own when that type is off its baseline, however the boxes overlap (a panel's number
    # beside a kicker; round 51, structset65; 0 off)
    "paragraph_mark_gap": 0.5,  # ... set off from the line's text by a gap this wide (in the line's size)
}
# Images kept as figure files: a bigger one keeps only its box (image bombs stay boxes).
IMAGE_LIMITS = {
    "max_pixels": 4096 * 4096,  # decoded size above which the image is not rendered
    "max_bytes": 2 * 1024**2,  # encoded file size above which it is dropped
    "min_points": 24.0,  # an image smaller than this on the page is decoration
}
# Drawn rectangles kept as regions (a boxed or tinted side-bar): at least this big, in points.
REGION_LIMITS = {
    "min_width": 36.0,  # narrower paths are rules, bullets or badges
    "min_height": 18.0,  # flatter paths are rules under a heading or between columns
    "max_paths": 2000.0,  # a page drawing more paths than this is a picture: no regions read
}
# A page set head down: of up to ``upside_down_sample`` of its letters, more than half turned
# within ``upside_down_angle`` radians of a half turn.
# round 42 (structset46): a sheet whose letters stand both ways up, each way at least ``turned_half_share`` of
# them (a French fold's inside spread printed head down over its cover), is read as two pages, each upright:
# the part as stored, then the part turned a half turn (0: off)
PAGE_LIMITS = {"upside_down_sample": 400, "upside_down_angle": 0.2, "turned_half_share": 0.2}
BOLD_WEIGHT = 600  # font weight from which type counts as bold
_ITALIC_FLAG = 1 << 6  # PDF font descriptor flag "Italic"
_UNUSUAL = "\x7f\x85\xa0" + SOFT_HYPHENS  # characters below U+2000 that need a closer look


@readers.register("pdf", label="PDF", suffixes=(".pdf",))
def read(data: bytes, source: str) -> list[Document]:
    from vitrina.structure.datecolumns import pdf_without_date_columns
    from vitrina.structure.keytables import pdf_without_key_tables
    from vitrina.structure.manpage import pdf_cleared
    from vitrina.structure.mapkeys import pdf_without_map_keys
    from vitrina.structure.pagelayout import rebuild_pdf

    content = extract(data, source)
    if not any(line.text.strip() for page in content.pages for line in page.lines):
        raise InputError(source, "PDF has no text layer (scanned images only?)")
    # (spreads are cut into their pages first: the clearing reads pages)
    doc = rebuild_pdf(content, document_id(source), source,
                      prepare=lambda pages: pdf_without_key_tables(pdf_without_map_keys(pdf_without_date_columns(pdf_cleared(pages)))))
    meta = pdf_metadata(content.info)
    if meta.get("title") != doc.title:
        meta.pop("title_source", None)
    if doc.title == doc.id and not meta.get("title"):
        doc = _titled_by_opening_line(doc, content)
    meta.pop("title", None)
    return [doc.evolve(meta=tuple(sorted({**dict(doc.meta), **meta}.items())))]


OPENING_LINE_SOURCE = "pdf: the opening line (no title in its metadata, none set apart by its type)"


def _titled_by_opening_line(doc: Document, content: PdfContent) -> Document:
    """A PDF that states no title and sets none apart (the layout found no larger line): titled by the first
    page's line the text opens with, when it reads as a title (``headtitle.first_line_title``: short, ending no
    sentence), as a DOCX without a Title paragraph is by its opening line (round 54 red team D12)."""
    opening = doc.text.split()
    for line in content.pages[0].lines if content.pages else ():
        words = line.text.split()
        if words and opening[: len(words)] == words:
            title = first_line_title(line.text)
            goes_on = len(opening) > len(words) and opening[len(words)][:1].islower()  # a sentence wrapped
            if title and not goes_on:
                return doc.evolve(title=title, meta=(*doc.meta, ("title_source", OPENING_LINE_SOURCE)))
            break
    return doc


def join_pages(pages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Page texts joined by newlines, with each page's (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    offset = 0
    for page in pages:
        spans.append((offset, offset + len(page)))
        parts.append(page)
        offset += len(page) + 1
    return "\n".join(parts), spans


def extract_pages(data: bytes, source: str, time_limit: float | None = None) -> list[str]:
    """The text of every page (lines in content order), extracted with limits."""
    return extract(data, source, time_limit).page_texts()


def extract(data: bytes, source: str, time_limit: float | None = None) -> PdfContent:
    """Lines, glyph boxes, images and metadata, read in resource-limited child processes,
    ``PAGES_PER_BATCH`` pages at a time (title, outline and metadata from the first batch).
    Each child has ``time_limit`` seconds, by default the file's limits (``batch_limits``)."""
    from vitrina.workers import heartbeat

    if not data.startswith(b"%PDF-"):
        raise InputError(source, "not a PDF file")
    seconds, memory = batch_limits()
    time_limit = seconds if time_limit is None else time_limit
    first, total = _extract_batch(data, source, time_limit, 0, memory)
    pages = list(first.pages)
    if total > MAX_PAGES:
        add_warning(f"only the first {MAX_PAGES:,} of {total:,} pages read (the PDF page limit)")
    batches = math.ceil(min(total, MAX_PAGES) / PAGES_PER_BATCH)
    for batch in range(1, batches):
        heartbeat()  # a batch read: the next one has the time limit too
        pages.extend(_extract_batch(data, source, time_limit, batch * PAGES_PER_BATCH, memory)[0].pages)
    return PdfContent(pages, first.title, first.outline, first.info)


def batch_limits() -> tuple[float, int]:
    """Seconds and bytes one batch of pages may take: the file's limits in a build's worker
    (the child reading pages analyses the file as much as the worker does), else the
    module's defaults."""
    from vitrina.workers import task_limits

    limits = task_limits()
    if limits is None:
        return TIME_LIMIT_S, MEMORY_LIMIT_BYTES
    return limits.seconds, limits.memory_mb * 1024**2


def _extract_batch(data: bytes, source: str, time_limit: float, start: int,
                   memory: int = MEMORY_LIMIT_BYTES) -> tuple[PdfContent, int]:
    """Pages ``start`` to ``start + PAGES_PER_BATCH`` read in a child limited to
    ``time_limit`` seconds and ``memory`` bytes, and the document's page count."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(data, sender, time_limit, start, PAGES_PER_BATCH, memory),
                            daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(time_limit):
            raise InputError(source, f"PDF text extraction took longer than {time_limit:g} s "
                                     "(the per-file time limit, --time-limit)")
        status, payload = receiver.recv()
    except EOFError:
        child.join(5)
        raise InputError(source, f"PDF text extraction failed ({_child_end(child.exitcode, memory)})") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if status != "ok":
        raise InputError(source, payload)
    return payload


def _context() -> Any:
    """A fork server where the platform has one: each extraction forks from a clean
    process that has pdfium loaded (milliseconds, not a new interpreter), and
    inherits nothing of the caller (no models, locks or threads). Else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["vitrina.ingest.pdf", "pypdfium2"])
    return context


def _child_end(code: int | None, memory: int) -> str:
    """Why a page-reading child ended without an answer."""
    import signal

    if code == -signal.SIGXCPU:
        return "over its CPU limit, the per-file time limit (--time-limit)"
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}" if -code in signal.valid_signals() else f"signal {-code}"
    return f"crashed, exit status {code}; its memory limit is {memory // 1024**2} MB (--memory-limit)"


def _child(data: bytes, sender: multiprocessing.connection.Connection, time_limit: float, start: int = 0,
           count: int = MAX_PAGES, memory: int = MEMORY_LIMIT_BYTES) -> None:
    _limit_resources(time_limit, memory)
    try:
        sender.send(("ok", read_geometry_batch(data, start, count)))
    except MemoryError:
        sender.send(("error", f"PDF needs more than {memory // 1024**2} MB of memory to extract "
                              "(the per-file memory limit, --memory-limit)"))
    except Exception as exc:  # pdfium reports every problem as an exception
        sender.send(("error", _reason(exc)))
    finally:
        sender.close()


def _limit_resources(time_limit: float, memory: int = MEMORY_LIMIT_BYTES) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        cpu = int(time_limit) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    except (ImportError, ValueError, OSError):
        pass  # not on a POSIX system: the wall-clock limit still applies


# ------------------------------------------------------------ geometry (child side)


def read_geometry(data: bytes) -> PdfContent:
    """Every page's text lines and images, plus the document's title and outline."""
    return read_geometry_batch(data, 0, MAX_PAGES)[0]


def read_geometry_batch(data: bytes, start: int, count: int) -> tuple[PdfContent, int]:
    """Pages ``start`` to ``start + count`` (their lines and images, with the document's
    title, outline and metadata; none past ``MAX_PAGES``), and the document's page count."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        total = len(pdf)
        pages = []
        check_maps = True  # until a page shows fonts pdfium could not map, or the maps were rewritten
        index = start
        while index < min(start + count, total, MAX_PAGES):  # past the page limit: left out (``extract``)
            page = pdf[index]
            if _flattened(page):  # pdfium reads a flattened page's new content once reloaded
                page.close()
                page = pdf[index]
            try:
                pages.append(_page_geometry(page, index + 1, check_maps))
            except _RefusedMaps:
                check_maps = False
            else:
                index += 1
                continue
            finally:
                page.close()
            repaired = with_readable_cmaps(data)
            if repaired is not data:  # read again from this page with the rewritten maps
                pdf.close()
                pdf = pdfium.PdfDocument(repaired)
        if start:  # the document's own data comes with the first batch
            return PdfContent(pages), total
        return PdfContent(pages, _metadata_title(pdf), _outline(pdf), _info(pdf)), total
    finally:
        pdf.close()


class _RefusedMaps(Exception):
    """A page whose fonts' Unicode maps pdfium refused (``pdfcmaps``)."""


def _metadata_title(pdf: Any) -> str | None:
    return pdf_metadata(_info(pdf)).get("title")


def _info(pdf: Any) -> dict[str, str]:
    """The information dictionary (Title, Author, CreationDate…), {} when broken."""
    try:
        return {str(k): _utf8_restored(str(v)) for k, v in pdf.get_metadata_dict().items() if v}
    except Exception:  # broken metadata is no reason to refuse the text
        return {}


def _utf8_restored(value: str) -> str:
    """An information string whose UTF-8 bytes were written without a byte order mark, so
    that they read as PDFDocEncoding ("1820â•ﬁ1880" for "1820–1880": a writer passing UTF-8
    through, as Ghostscript's pdfmark does), decoded as the UTF-8 it is; else as read. Text
    meant as PDFDocEncoding past ASCII is no valid UTF-8 (a lone "é" byte), so it stays."""
    if value.isascii():
        return value
    from pypdf.generic import encode_pdfdocencoding

    try:
        return encode_pdfdocencoding(value).decode("utf-8")
    except (UnicodeError, ValueError):
        return value


def _outline(pdf: Any) -> list[tuple[int, str, int | None]]:
    items = []
    try:
        for item in pdf.get_toc(max_depth=8):
            page = item.page_index + 1 if item.page_index is not None else None
            items.append((int(item.level), str(item.title), page))
    except Exception:  # a broken outline is left out
        return []
    return items


def _flattened(page: Any) -> bool:
    """Fold the page's annotations into its content when one of them shows text a reader
    sees as the page's own (a filled form field, a typewriter FreeText box), so that it
    is read with the page's text instead of lost; True when the page changed. Only the
    annotations' appearance as displayed is folded in (links, notes' icons carry none)."""
    import pypdfium2.raw as pdfium_c

    shown = {pdfium_c.FPDF_ANNOT_WIDGET, pdfium_c.FPDF_ANNOT_FREETEXT}
    kinds = set()
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if annot:
            kinds.add(pdfium_c.FPDFAnnot_GetSubtype(annot))
            pdfium_c.FPDFPage_CloseAnnot(annot)
    if not kinds & shown:
        return False
    return pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) == pdfium_c.FLATTEN_SUCCESS


def _page_geometry(page: Any, number: int, check_maps: bool = False) -> PageGeometry:
    _upright(page)
    textpage = page.get_textpage()
    if check_maps and has_refused_map(textpage.raw):
        textpage.close()
        raise _RefusedMaps
    share = _head_down_share(textpage)
    if share > 0.5:  # most letters stand on their heads: read again once turned
        textpage.close()
        _turn(page, 180)
        textpage = page.get_textpage()
    geometry = _read_page(page, textpage, number)
    least = PAGE_LIMITS["turned_half_share"]
    if least and least <= share <= 1 - least:  # type set both ways up: each part read upright
        other = _read_page(page, None, number, turn=True)
        upright, turned = (other, geometry) if share > 0.5 else (geometry, other)
        upright.lines = [line for line in upright.lines if not _half_turned(line)]
        # (type turned a quarter, up a picture's side, is read once, with the upright part)
        turned.lines = [line for line in turned.lines if not line.rotated]
        if upright.lines and turned.lines:
            upright.turned_half = turned
            return upright
    return geometry


def _read_page(page: Any, textpage: Any, number: int, turn: bool = False) -> PageGeometry:
    """The page's lines, images and regions as it stands (turned a half turn first with ``turn``;
    ``textpage`` None: taken here); the text page is closed."""
    if turn:
        _turn(page, 180)
    if textpage is None:
        textpage = page.get_textpage()
    width, height = page.get_size()
    geometry = PageGeometry(number, float(width), float(height))
    try:
        geometry.lines = _text_lines(textpage, number, float(height))
        gutters = column_gutters(geometry.lines)
        if gutters:  # two columns' lines run on as one: read again, parted at the gutters
            geometry.lines = _text_lines(textpage, number, float(height), gutters)
    finally:
        textpage.close()
    if invisible_text(page):  # an OCR layer: its sizes are the recogniser's estimates
        geometry.lines = settled_sizes(geometry.lines)
    geometry.images = _images(page, number, float(height))
    geometry.regions = _regions(page, float(height))
    return geometry


def _half_turned(line: TextLine) -> bool:
    """A line read along a turned baseline running across the page (a half turn: type set head
    down), not up or down it (a quarter turn: a credit up a picture's side)."""
    return line.rotated and len(line.text.strip()) > 1 and line.x1 - line.x0 > line.bottom - line.top


def _upright(page: Any) -> None:
    """Bake a page's /Rotate into its content, so that every box is read as the page is
    shown: a landscape page set on portrait paper (``/Rotate 90``, as ps2pdf and many
    printers make it) otherwise reads as all of its text turned."""
    turn = page.get_rotation() % 360
    if turn:
        _turn(page, turn)


def _head_down_share(textpage: Any) -> float:
    """The share of the page's letters that stand on their heads (their angle a half turn): more
    than half on a page set head down with no /Rotate (a folded card's or brochure's panel), whose
    lines would read as letters in reverse order; a part of it on a sheet printed both ways up (a
    French fold: the inside spread head down over the cover and back panel)."""
    import math

    import pypdfium2.raw as raw

    count = textpage.count_chars()
    step = max(1, count // PAGE_LIMITS["upside_down_sample"])
    angles = [raw.FPDFText_GetCharAngle(textpage.raw, i) for i in range(0, count, step)
              if not chr(raw.FPDFText_GetUnicode(textpage.raw, i)).isspace()]
    headed = sum(1 for angle in angles if abs(angle - math.pi) < PAGE_LIMITS["upside_down_angle"])
    return headed / len(angles) if angles else 0.0


def _turn(page: Any, turn: int) -> None:
    """Turn the page's content by ``turn`` degrees clockwise, as a viewer shows it."""
    import pypdfium2 as pdfium

    left, bottom, right, top = page.get_mediabox()
    width, height = right - left, top - bottom
    # (x, y) of the stored page -> (x, y) of the shown one, the media box's corner at 0, 0
    matrix = {
        90: (0, -1, 1, 0, -bottom, width + left),
        180: (-1, 0, 0, -1, width + left, height + bottom),
        270: (0, 1, -1, 0, height + bottom, -left),
    }.get(turn)
    if matrix is None:  # not a quarter turn: the PDF is malformed, read it as stored
        return
    shown = pdfium.PdfMatrix(*matrix)
    for obj in list(page.get_objects(max_depth=0)):  # a form's own objects move with it
        obj.transform(shown)
    page.set_rotation(0)
    box = (0, 0, height, width) if turn in (90, 270) else (0, 0, width, height)
    page.set_mediabox(*box)
    page.set_cropbox(*box)
    page.gen_content()


class _Style:
    __slots__ = ("size", "bold", "italic", "font", "rotated")

    def __init__(self, size: float, bold: bool, italic: bool, font: str, rotated: bool = False):
        self.size = size
        self.bold = bold
        self.italic = italic
        self.font = font
        self.rotated = rotated


def _text_lines(textpage: Any, number: int, height: float, gutters: Sequence[Gutter] = ()) -> list[TextLine]:
    """Characters in content order, grouped into lines by baseline and gaps (a gap on one of
    the page's column ``gutters`` parts a line too)."""
    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    textpage = textpage.raw  # the bare handle: no wrapper conversion on every call
    char_box = raw.FPDFText_GetLooseCharBox
    text_object = _object_handle()
    rect = raw.FS_RECTF()
    styles: dict[int, _Style] = {}
    faces: dict[int, tuple[bool, bool] | None] = {}  # each font's program's (bold, italic), by its handle
    lines: list[TextLine] = []
    chars: list[str] = []
    boxes = array("d")
    counts: dict[int, int] = {}
    baseline = size = last_x0 = last_x1 = last_top = last_bottom = 0.0
    pending_break = pending_space = raised = mixed = False  # (mixed: the line holds a right-to-left letter)
    base_x1 = 0.0  # the right edge of the last glyph not raised
    turned: list[str] = []  # glyphs set along a turned baseline, in content order
    turned_boxes = array("d")
    turned_counts: dict[int, int] = {}
    turned_spaces: set[int] = set()  # glyphs of the turned run the text puts a space before
    shift, space, column, back, jump, change, tall = (LINE_LIMITS[k] for k in (
        "baseline_shift", "space_gap", "column_gap", "back_step", "gutter_jump", "type_change", "tall_box"))
    last_style: _Style | None = None
    margin_cuts: list[int] = []  # lines cut off by ``_margin_jump`` alone (their index)
    run_start = 0
    tab: tuple[int, dict[int, int], bool] | None = None  # where a span set apart in smaller type begins
    run_in: tuple[int, dict[int, int]] | None = None  # where a paragraph's text after its run-in bold head begins
    # (and whether it is in the line's own font: then only a unit word's label is a span of its own)
    for k, ch in enumerate(text):
        if ch <= " " or ch in _UNUSUAL:  # the common case costs one comparison
            if ch in "\r\n":
                pending_break = True
                continue
            if ch.isspace():
                pending_space = True
                continue
            if not ch.isprintable() and ch not in SOFT_HYPHENS:
                continue
        elif ch >= "\u2000" and ch.isspace():
            pending_space = True
            continue
        char_box(textpage, k, rect)
        key = text_object(textpage, k) or 0
        style = styles.get(key)
        if style is None:
            style = styles[key] = _object_style(textpage, k, raw.FPDFText_GetTextObject(textpage, k), faces)
        x0, top, x1, bottom = rect.left, height - rect.top, rect.right, height - rect.bottom
        if bottom - top > tall * style.size and not style.rotated:
            top, bottom = _usual_extent(top, bottom, style.size)
        if style.rotated:  # word spaces come from the gaps along the turned line, or the text's own
            if turned and _off_turned_line(turned_boxes, x0, top, x1, bottom):  # another turned line
                lines.append(_turned_line(number, turned, turned_boxes, turned_counts, styles, turned_spaces))
                turned, turned_boxes, turned_counts, turned_spaces = [], array("d"), {}, set()
            if turned and pending_space and not pending_break:
                turned_spaces.add(len(turned))
            turned.append(ch)
            turned_boxes.extend((x0, top, x1, bottom))
            turned_counts[key] = turned_counts.get(key, 0) + 1
            pending_break = pending_space = False
            continue
        if turned:  # a turned run ends where upright glyphs go on
            lines.append(_turned_line(number, turned, turned_boxes, turned_counts, styles, turned_spaces))
            turned, turned_boxes, turned_counts, turned_spaces = [], array("d"), {}, set()
        if chars:
            gap = x0 - last_x1
            if mixed or (ch > "\u058f" and _right_to_left(ch)):  # (Hebrew and Arabic begin at U+0590)
                # a line holding a right-to-left run goes on leftwards (pdfium's reading order of the run) or
                # rightwards (a producer drawing the run's words in visual order): the gap is the one on the
                # side the glyph stands (the line is put in reading order when it is made: ``_make_line``)
                gap = max(gap, last_x0 - x1)
            unit = size if size > style.size else style.size
            unit = unit if unit > 1.0 else 1.0
            giant = _giant_beside(size, style.size) and _lone_number(chars)
            off_line = abs(bottom - baseline) > shift * unit and (giant or not _overlaps(
                top, bottom, last_top, last_bottom) and not _raised(style.size, top, bottom, size, baseline))
            # pdfium gives each letter of a ligature the whole glyph's box: same x0, same line
            stepped_back = gap < -back * unit and abs(x0 - last_x0) > 0.01
            # (measured in the line's own type when larger type begins: a year beyond a gutter)
            reach = size if style.size > size else unit
            jumped = gap > jump * max(reach, 1.0) and last_style is not None and (
                last_style.font != style.font or abs(last_style.size - style.size) > change * unit
                or _other_face(last_style, style))
            margin = not (off_line or stepped_back or jumped) and _margin_jump(gap, size, style.size, chars)
            if off_line or stepped_back or jumped or margin or (pending_break and gap > column * unit) or (
                    gutters and crosses_gutter(gutters, last_x1, x0, bottom)):
                lines.extend(_run_in_parted(number, chars, boxes, counts, styles, tab, run_in))
                if margin:
                    margin_cuts.append(len(lines))
                chars, boxes, counts, tab, run_in, mixed = [], array("d"), {}, None, None, False
            elif (pending_space or (pending_break and (not raised or _word_after_raised(ch))) or gap > space * unit or (
                    raised and _call_in_space(chars[-1], ch, x0 - base_x1, space * unit)) or _label_run_ends(
                    chars, run_start, last_style, style, (last_top, last_bottom), bottom)
                    or _face_turn_spaced(gap, unit, last_style, style)) and chars[-1] != " ":
                chars.append(" ")
                boxes.extend((last_x1, last_top, max(x0, last_x1), last_bottom))
            if _tab_follows(gap, size, last_style, style):
                tab = (len(chars), dict(counts), False)
            elif _label_tab_follows(gap, size, last_style, style, bottom - baseline):
                tab = (len(chars), dict(counts), True)
            if chars and run_in is None and tab is None and _run_in_head(chars, counts, styles, style):
                run_in = (len(chars), dict(counts))
        if not chars:
            baseline, size = bottom, style.size
        if not chars or last_style is None or abs(last_style.size - style.size) > change * size:
            run_start = len(chars)  # where the glyphs of this type size begin on the line
        counts[key] = counts.get(key, 0) + 1
        mixed = mixed or (ch > "\u058f" and _right_to_left(ch))
        parts = unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else None
        if parts:  # "ﬁ" is two letters: each gets its share of the glyph's box
            step = (x1 - x0) / len(parts)
            for n, part in enumerate(parts):
                chars.append(part)
                boxes.extend((x0 + n * step, top, x0 + (n + 1) * step, bottom))
        else:
            chars.append(ch)
            boxes.extend((x0, top, x1, bottom))
        # a break the extraction reports after a superscript is no word space ("tool³. The")
        raised = style.size < size and bool(chars) and _raised(style.size, top, bottom, size, baseline)
        if not raised:
            base_x1 = x1
        last_x0, last_x1, last_top, last_bottom, last_style = x0, x1, top, bottom, style
        pending_break = pending_space = False
    if chars:
        lines.extend(_run_in_parted(number, chars, boxes, counts, styles, tab, run_in))
    if turned:
        lines.append(_turned_line(number, turned, turned_boxes, turned_counts, styles, turned_spaces))
    lines = [line for line in _margin_pieces_kept(lines, margin_cuts) if line.text]
    if any(ch > "\u058f" and _right_to_left(ch) for line in lines for ch in line.text):
        lines = [_in_reading_order(line, text) for line in lines]
    return _rejoined(_without_paragraph_marks(lines))


# A paragraph's number in the margin: a pilcrow and a number ("¶ 4", "¶12"), alone or opening a line.
_PARAGRAPH_MARK = re.compile(r"\u00b6\s?\d{1,3}")
_MARKED_LINE = re.compile(r"\u00b6\s?\d{1,3}(?= )")


def _without_paragraph_marks(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` without the paragraphs' numbers in the margin (``_PARAGRAPH_MARK``, switch
    ``paragraph_marks``): a piece of its own on the baseline of a piece beginning after it ends, or the
    opening of a line set off from its text by a gap of ``paragraph_mark_gap`` of its size (hung in
    the margin). They number the paragraphs, they are not their text (a handout's "¶ 3")."""
    if not LINE_LIMITS["paragraph_marks"]:
        return lines
    out: list[TextLine] = []
    for n, line in enumerate(lines):
        if line.rotated or line.cased or "\u00b6" not in line.text[:2]:
            out.append(line)
        elif _PARAGRAPH_MARK.fullmatch(line.text.strip()):
            if not any(m != n and not other.rotated and other.x0 > line.x1
                       and abs(other.bottom - line.bottom) <= LINE_LIMITS["rejoin_foot"] * line.size
                       for m, other in enumerate(lines)):
                out.append(line)
        else:
            out.append(_unmarked(line, lines))
    return out


def _unmarked(line: TextLine, lines: list[TextLine]) -> TextLine:
    """The line without the paragraph mark opening it, when the mark hangs in the margin: a gap of
    ``paragraph_mark_gap`` of its size at least sets it off from the text after it, and that text
    begins where another line on the page begins (the column's edge). Else the line as it is."""
    mark = _MARKED_LINE.match(line.text)
    if mark is None or mark.end() + 1 >= len(line.text):
        return line
    start = mark.end() + 1
    edge = line.boxes[4 * start]
    gap = edge - line.boxes[4 * (mark.end() - 1) + 2]
    slack = LINE_LIMITS["rejoin_foot"] * line.size
    if gap < LINE_LIMITS["paragraph_mark_gap"] * line.size or not any(
            other is not line and abs(other.x0 - edge) <= slack for other in lines):
        return line
    return dataclasses.replace(line, text=line.text[start:], boxes=array("d", line.boxes[4 * start :]),
                               x0=0.0, top=0.0, x1=0.0, bottom=0.0)


def _giant_beside(size: float, other: float) -> bool:
    """One of the two sizes is ``giant_ratio`` times the other or more (a panel's number set huge beside
    a kicker in small capitals): after a lone number (``_lone_number``) a glyph off the line's baseline starts
    another line though its box lies within the giant glyph's height, and is no raised figure (0: off; round 51)."""
    ratio = LINE_LIMITS["giant_ratio"]
    return bool(ratio) and min(size, other) > 0 and max(size, other) >= ratio * min(size, other)


def _lone_number(chars: Sequence[str]) -> bool:
    """The glyphs read so far on the line are a number alone of at most three figures (a panel's number)."""
    text = "".join(chars).strip()
    return 0 < len(text) <= 3 and text.isdigit()


def _margin_jump(gap: float, size: float, other: float, chars: Sequence[str] = ()) -> bool:
    """A gap of ``margin_jump`` of the line's ``size`` into type ``margin_size`` of it smaller (a
    date or note set in the margin level with a body line, after its end): the margin's text is
    a line of its own, not the line's last words. (Smaller type before larger, a label before
    its title, stays one line.) Into type ``margin_size_far`` smaller, ``margin_jump_far`` of a
    gap is enough after a line of running text, ``chars`` holding ``margin_far_words`` words (a
    sidenote's margin column close to the text's edge)."""
    if not LINE_LIMITS["margin_size"]:
        return False
    if LINE_LIMITS["margin_jump_far"] and other <= (1 - LINE_LIMITS["margin_size_far"]) * size and (
            gap > LINE_LIMITS["margin_jump_far"] * size) and (
            len("".join(chars).split()) >= LINE_LIMITS["margin_far_words"]):
        return True
    return gap > LINE_LIMITS["margin_jump"] * size and other <= (1 - LINE_LIMITS["margin_size"]) * size


def _margin_pieces_kept(lines: list[TextLine], cuts: list[int]) -> list[TextLine]:
    """``lines`` with each piece cut off by ``_margin_jump`` alone joined back to the line
    before it unless that line is in the page's body type (the size of most of its
    characters) or the piece is a label alone (a heading's tab, "Case 1", as ``_tab_parted``
    keeps it): a margin's date stands beside the body text; smaller type after a gap on a
    caption's line (its credit set flush right) stays the caption's."""
    if not cuts:
        return lines
    chars: dict[float, int] = {}
    for line in lines:
        chars[round(line.size, 1)] = chars.get(round(line.size, 1), 0) + len(line.text)
    body = max(chars, key=lambda k: chars[k])
    joined: list[TextLine] = []
    at = set(cuts)
    for n, line in enumerate(lines):
        if n in at and joined and not line.rotated and alone_label(line.text.strip()) is None and (
                abs(joined[-1].size - body) > LINE_LIMITS["type_change"] * body or joined[-1].page != line.page) and not (
                LINE_LIMITS["cell_text_cut"] and _opens_a_block(line, lines[n + 1 :])):
            joined[-1] = _joined_line(joined[-1], line)
            continue
        joined.append(line)
    return joined


def _opens_a_block(piece: TextLine, after: list[TextLine]) -> bool:
    """With ``cell_text_cut`` on, the ``piece`` cut off a line opens a block of text going on under
    it: the next line in its type starts at its left edge, right under it (a box's text beside
    its heading in a cell of its own, "Notes | In the offices …"), not a credit set flush right."""
    nxt = next((line for line in after if line.page == piece.page and not line.rotated
                and abs(line.size - piece.size) <= LINE_LIMITS["type_change"] * piece.size
                and line.top > piece.top), None)
    return nxt is not None and abs(nxt.x0 - piece.x0) <= LINE_LIMITS["rejoin_gap"] * piece.size and (
        0 <= nxt.top - piece.bottom <= piece.size)


def _in_reading_order(line: TextLine, page: str) -> TextLine:
    """A line holding a right-to-left letter, its glyphs put in reading order: sorted by where they stand (each
    combining mark with the letter it follows), a word space between two glyphs the content order parted with one
    or as far apart as ``space_gap`` of the type, then read through the bidirectional algorithm
    (``_bidi.logical_order``; the line's direction from its letters, else its ``page``'s text). Other lines are
    left as they are."""
    chars, boxes, size = list(line.text), line.boxes, line.size
    if line.rotated or not any(ch > "\u058f" and _right_to_left(ch) for ch in chars):
        return line
    clusters: list[list[int]] = []  # glyph indexes: a letter and the marks set on it
    spaced_after: set[int] = set()  # clusters the content order follows with a space
    for i, ch in enumerate(chars):
        if ch == " ":
            if clusters:
                spaced_after.add(len(clusters) - 1)
        elif clusters and unicodedata.combining(ch) and (i == 0 or chars[i - 1] != " "):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    neighbours = {(n, n + 1) for n in spaced_after}
    placed = sorted(range(len(clusters)), key=lambda n: (boxes[4 * clusters[n][0]] + boxes[4 * clusters[n][0] + 2]))
    visual: list[str] = []
    units: list[list[int] | tuple[int, int]] = []  # a cluster, or a space between two clusters
    for k, n in enumerate(placed):
        if k:
            m = placed[k - 1]
            left, right = 4 * clusters[m][0], 4 * clusters[n][0]
            if (m, n) in neighbours or (n, m) in neighbours or boxes[right] - boxes[left + 2] > (
                    LINE_LIMITS["space_gap"] * size):
                visual.append(" ")
                units.append((m, n))
        visual.append(chars[clusters[n][0]])
        units.append(clusters[n])
    out_chars: list[str] = []
    out_boxes = array("d")
    for at in logical_order(visual, base_is_right_to_left(line.text, page)):
        unit = units[at]
        if isinstance(unit, tuple):
            left, right = 4 * clusters[unit[0]][0], 4 * clusters[unit[1]][0]
            out_chars.append(" ")
            out_boxes.extend((boxes[left + 2], boxes[left + 1], max(boxes[right], boxes[left + 2]), boxes[left + 3]))
            continue
        for i in unit:
            out_chars.append(chars[i])
            out_boxes.extend(boxes[4 * i: 4 * i + 4])
    # (the extent from every box: a line in reading order may end on a glyph inside it)
    return dataclasses.replace(line, text="".join(out_chars), boxes=out_boxes, x0=min(out_boxes[0::4]),
                               top=min(out_boxes[1::4]), x1=max(out_boxes[2::4]), bottom=max(out_boxes[3::4]))


def _other_face(last: _Style, style: _Style) -> bool:
    """Type in another face (bold after roman, roman after italic) though the font's name is the
    same: a producer naming every embedded font alike ("Unknown") tells its faces only by their
    weight and angle, so a wide gap into another face is a jump to another cell or column."""
    return bool(LINE_LIMITS["face_jump"]) and (last.bold, last.italic) != (style.bold, style.italic)


def _usual_extent(top: float, bottom: float, size: float) -> tuple[float, float]:
    """The top and bottom of a glyph whose box is implausibly tall for its size (a font
    whose ascent and descent were written in its own units, not thousandths of an em:
    boxes twice the line pitch, each line overlapping the next): the box set to a usual
    font's height about its baseline, ``box_ascent`` of the way down the box."""
    baseline = top + LINE_LIMITS["box_ascent"] * (bottom - top)
    ascent = LINE_LIMITS["box_ascent"] * LINE_LIMITS["box_height"] * size
    return baseline - ascent, baseline - ascent + LINE_LIMITS["box_height"] * size


def _rejoined(lines: list[TextLine]) -> list[TextLine]:
    """Lines with the pieces of one printed line joined: text drawn in between (a sidenote
    set beside the line, then the line's rest) breaks the content order, not the line. Two
    upright pieces in one type, on one baseline, the second starting a word space after
    the first ends, are one line."""
    by_foot = sorted(range(len(lines)), key=lambda n: lines[n].bottom)
    feet = [lines[n].bottom for n in by_foot]
    joined: dict[int, int] = {}  # index of a piece -> index of the piece it continues
    for n, line in enumerate(lines):
        if line.rotated:
            continue
        slack = LINE_LIMITS["rejoin_foot"] * line.size
        lo, hi = bisect.bisect_left(feet, line.bottom - slack), bisect.bisect_right(feet, line.bottom + slack)
        nxt = [m for m in by_foot[lo:hi] if m != n and m not in joined and _continues_on(line, lines[m])]
        if nxt:
            joined[min(nxt, key=lambda m: lines[m].x0)] = n
    if not joined:
        return lines
    following = {prev: k for k, prev in joined.items()}  # a piece -> the piece continuing it (one at most)
    out: list[TextLine] = []
    for n, line in enumerate(lines):
        if n in joined:
            continue
        m = following.get(n)
        while m is not None:
            line = _joined_line(line, lines[m])
            m = following.get(m)
        out.append(line)
    return out


def _continues_on(left: TextLine, right: TextLine) -> bool:
    gap = right.x0 - left.x1
    return (
        not right.rotated and 0 <= gap <= LINE_LIMITS["rejoin_gap"] * left.size
        and (left.font, left.bold, left.italic) == (right.font, right.bold, right.italic)
        and abs(left.size - right.size) <= LINE_LIMITS["type_change"] * left.size
        # (a run-in head in small capitals stays apart from the text after it)
        and (left.small_caps == right.small_caps or not LINE_LIMITS["small_caps_heads"])
    )


def _joined_line(left: TextLine, right: TextLine) -> TextLine:
    boxes = array("d", left.boxes)
    boxes.extend((left.x1, left.top, right.x0, left.bottom))
    boxes.extend(right.boxes)
    return TextLine(left.page, f"{left.text} {right.text}", boxes, left.size, left.bold, left.italic, left.font,
                    small_caps=left.small_caps and right.small_caps)


def _off_turned_line(boxes: array, x0: float, top: float, x1: float, bottom: float) -> bool:
    """A glyph set off the turned line so far: it shares neither its extent across nor
    along with the line's last glyph (glyphs along one line overlap across it, whichever
    way it turns): a caption up one side of a picture, its credit up the other."""
    px0, ptop, px1, pbottom = boxes[-4:]
    return not _overlaps(px0, px1, x0, x1) and not _overlaps(ptop, pbottom, top, bottom)


def _turned_line(
    page: int, chars: list[str], boxes: array, counts: dict[int, int], styles: dict[int, _Style],
    spaces: set[int] | None = None,
) -> TextLine:
    """One line of glyphs set along a turned baseline, a space where the gap between two
    glyphs along it is a word space or where the text has one (``spaces``: the glyphs it
    stands before); its extent is that of all its glyphs."""
    spaced: list[str] = []
    spaced_boxes = array("d")
    upright = max(boxes[3::4]) - min(boxes[1::4]) > max(boxes[2::4]) - min(boxes[0::4])
    for n, ch in enumerate(chars):
        x0, top, x1, bottom = boxes[4 * n: 4 * n + 4]
        if n:
            px0, ptop, px1, pbottom = boxes[4 * n - 4: 4 * n]
            gap = max(top - pbottom, ptop - bottom) if upright else max(x0 - px1, px0 - x1)
            across = (x1 - x0 if upright else bottom - top) or 1.0  # the glyph's height across the line
            if (gap > LINE_LIMITS["space_gap"] * across or n in (spaces or ())) and spaced[-1] != " ":
                spaced.append(" ")
                spaced_boxes.extend((x0, top, x1, bottom))
        spaced.append(ch)
        spaced_boxes.extend((x0, top, x1, bottom))
    line = _make_line(page, spaced, spaced_boxes, counts, styles)
    b = line.boxes
    line.x0, line.x1 = min(b[0::4]), max(b[2::4])
    line.top, line.bottom = min(b[1::4]), max(b[3::4])
    line.rotated = True
    return line


def _object_handle() -> Any:
    """FPDFText_GetTextObject returning the handle as a plain int (cheap to compare)."""
    import pypdfium2.raw as raw
    import pypdfium2_raw.bindings as bindings

    try:
        function = bindings._libs["pdfium"]["FPDFText_GetTextObject"]
        function.argtypes = raw.FPDFText_GetTextObject.argtypes
        function.restype = ctypes.c_void_p
        return function
    except (AttributeError, KeyError, TypeError):  # another binding layout: cast each handle

        def handle(textpage: Any, index: int) -> int:
            obj = raw.FPDFText_GetTextObject(textpage, index)
            return ctypes.cast(obj, ctypes.c_void_p).value or 0

        return handle


def _object_style(textpage: Any, index: int, obj: Any,
                  faces: dict[int, tuple[bool, bool] | None] | None = None) -> _Style:
    import pypdfium2.raw as raw

    size = float(raw.FPDFText_GetFontSize(textpage, index)) or 10.0
    name = ""
    weight = 0
    italic = False
    if obj:
        font = raw.FPDFTextObj_GetFont(obj)
        if font:
            buffer = ctypes.create_string_buffer(256)
            length = raw.FPDFFont_GetBaseFontName(font, buffer, 256)
            name = buffer.raw[: max(0, length - 1)].decode("latin-1", "replace")
            weight = int(raw.FPDFFont_GetWeight(font))
            if _named_lighter(name.split("+")[-1]):  # (the name's word over the stem's guess)
                weight = min(weight, BOLD_WEIGHT - 1)
            elif weight >= BOLD_WEIGHT and faces is not None and _cff_names_lighter(font, name, faces):
                weight = BOLD_WEIGHT - 1
            angle = ctypes.c_int(0)
            raw.FPDFFont_GetItalicAngle(font, angle)
            flags = int(raw.FPDFFont_GetFlags(font))
            italic = bool(flags & _ITALIC_FLAG) or angle.value != 0
            if faces is not None and LINE_LIMITS["program_faces"] and weight < BOLD_WEIGHT:
                face = _program_face(font, faces)  # a descriptor that states no face: the program's
                weight = BOLD_WEIGHT if face and face[0] else weight
                italic = italic or bool(face and face[1])
    rotated = False
    if obj:
        matrix = raw.FS_MATRIX()
        if raw.FPDFPageObj_GetMatrix(obj, matrix):
            rotated = abs(matrix.b) + abs(matrix.c) > 0.1 * (abs(matrix.a) + abs(matrix.d))
            # a half turn (type set head down, a tent card's far half) is turned text too: read
            # along its own baseline, it keeps its letters in order
            rotated = rotated or (matrix.a < 0 and matrix.d < 0)
            if not rotated and LINE_LIMITS["turned_char_angle"]:
                rotated = _turned_on_page(float(raw.FPDFText_GetCharAngle(textpage, index)))
            scale = math.hypot(matrix.c, matrix.d) or 1.0
            # a font set at size 1 and scaled by its matrix (cairo), or a page drawn at a scale
            if size <= LINE_LIMITS["unit_font"] or _drawn_at_a_scale(textpage, index, size, scale, rotated):
                size *= scale
    lowered = name.lower().split("+")[-1]
    bold = weight >= BOLD_WEIGHT or any(part in lowered for part in words("font_bold_names"))
    italic = italic or any(part in lowered for part in words("font_italic_names")) or any(
        part in words("font_italic_names") for part in _style_words(name.split("+")[-1]))
    return _Style(round(size, 2), bold, italic, name.split("+")[-1], rotated)


def _turned_on_page(angle: float) -> bool:
    """A glyph's angle on the page (pdfium's, in radians, -1 when unknown) is off upright by more
    than ``turned_char_angle`` either way: it is turned by a form or the page's matrix around it."""
    if angle < 0:
        return False
    limit = LINE_LIMITS["turned_char_angle"]
    return limit < angle < 2 * math.pi - limit


def _drawn_at_a_scale(textpage: Any, index: int, size: float, scale: float, rotated: bool) -> bool:
    """A text object's matrix scales its font by more than ``matrix_size`` either way and the glyph's
    box across its baseline is nearer the scaled size than the stated one: the font's stated size is
    not the printed one."""
    import pypdfium2.raw as raw

    factor = LINE_LIMITS["matrix_size"]
    if not factor or 1 / factor <= scale <= factor:
        return False
    box = raw.FS_RECTF()
    if not raw.FPDFText_GetLooseCharBox(textpage, index, box):
        return False
    extent = abs(box.right - box.left) if rotated else abs(box.top - box.bottom)
    if extent <= 0:
        return False
    return abs(math.log(extent / (size * scale))) < abs(math.log(extent / size))


def _named_lighter(name: str) -> bool:
    """A font whose base name ends in a style part naming a face lighter than bold
    ("C059-Roman", "Arial,Italic"; in abbreviated parts, "NimbusSanL-Regu", "…-ReguItal"):
    pdfium's weight is guessed from the stem width (a heavy-stemmed roman passes for bold),
    the name is the producer's word."""
    lowered = name.lower()
    style = re.split(r"[-,]", lowered)[-1] if re.search(r"[-,]", lowered) else ""
    if not LINE_LIMITS["named_faces"]:
        return False
    parts = _style_words(name)
    return style in words("font_regular_names") or (
        bool(parts) and all(part in words("font_regular_names") for part in parts))


def _style_words(name: str) -> list[str]:
    """The words of a font's base name's style part (after its last "-" or ","), cut where a capital
    opens a word and each foundry abbreviation written out (``font_style_abbreviations``, round 54:
    "ReguItal" -> regular, italic); [] for a name with no style part, or with ``abbreviated_styles`` off."""
    if not LINE_LIMITS["abbreviated_styles"] or not re.search(r"[-,]", name):
        return []
    written = {row[0]: row[1] for row in rows("font_style_abbreviations") if len(row) == 2}
    style = re.split(r"[-,]", name)[-1]
    return [written.get(part.lower(), part.lower()) for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+", style)]


def _cff_names_lighter(font: Any, name: str, faces: dict[int, tuple[bool, bool] | None]) -> bool:
    """A font pdfium's stem guess made bold read regular by its embedded CFF program's face names
    (``_cff_lighter_by_names``); read once per font, kept in ``faces`` under the font's negated key."""
    if not LINE_LIMITS["cff_names_lighter"]:
        return False
    key = -(ctypes.cast(font, ctypes.c_void_p).value or 0)  # (the sfnt reading keeps the positive key)
    if key not in faces:
        program = _embedded_program(font)
        faces[key] = (False, False) if program is not None and _cff_lighter_by_names(name, program) else None
    return faces[key] is not None


def _cff_lighter_by_names(name: str, program: bytes) -> bool:
    """With ``cff_names_lighter`` on, a font whose base name has no style part and names no bold face
    ("Helvetica"), embedded as a CFF program whose Top DICT names its face (``cff_face_names``: FullName,
    Weight) with no bold word ("Nimbus Sans"): a regular face."""
    base = name.split("+")[-1].lower()
    bold = words("font_bold_names")
    if not LINE_LIMITS["cff_names_lighter"] or re.search(r"[-,]", base) or any(part in base for part in bold):
        return False
    names = cff_face_names(program)
    return bool(names) and not any(part in named.lower() for named in names or [] for part in bold)


def _program_face(font: Any, faces: dict[int, tuple[bool, bool] | None]) -> tuple[bool, bool] | None:
    """The (bold, italic) an embedded font's own program states (``_fontprogram``), read once
    per font a page uses."""
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key not in faces:
        program = _embedded_program(font)
        faces[key] = None if program is None else program_face(program, BOLD_WEIGHT,
                                                               bool(LINE_LIMITS["program_os2_first"]))
    return faces[key]


def _embedded_program(font: Any) -> bytes | None:
    """The font program a PDF embeds for ``font`` (its FontFile stream's bytes), or None."""
    import pypdfium2.raw as raw

    size = ctypes.c_size_t(0)
    if not raw.FPDFFont_GetIsEmbedded(font) or not raw.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size)):
        return None
    buffer = (ctypes.c_ubyte * size.value)()
    return bytes(buffer) if raw.FPDFFont_GetFontData(font, buffer, size.value, ctypes.byref(size)) else None


def _make_line(
    page: int, chars: list[str], boxes: array, counts: dict[int, int], styles: dict[int, _Style]
) -> TextLine:
    """A line from its glyphs: trailing spaces off, soft hyphens settled, type of most glyphs."""
    while chars and chars[-1] == " ":
        chars.pop()
        del boxes[-4:]
    per_style: dict[tuple[float, bool, bool, str], int] = {}
    for key, count in counts.items():
        s = styles[key]
        style_key = (s.size, s.bold, s.italic, s.font)
        per_style[style_key] = per_style.get(style_key, 0) + count
    (size, bold, italic, font), _ = max(per_style.items(), key=lambda kv: kv[1])
    if LINE_LIMITS["placed_accents"] and any(ch in _SPACING_ACCENTS for ch in chars):
        chars, boxes = _accents_placed(chars, boxes)
    small_caps = _small_caps(chars, boxes, per_style)
    cased = None
    if small_caps is not None and small_caps[0] is chars:  # in capitals as printed: the case kept aside
        cased, small_caps = small_caps[2], None  # (the line's type stays that of most of its glyphs)
    elif small_caps is not None:
        chars, size, _ = small_caps
    chars, boxes = _tracked_spaces_closed(chars, boxes, size)
    if len(chars) >= 2 * LINE_LIMITS["spaced_letters"] - 1:
        chars, boxes = _letter_spacing_closed(chars, boxes, size)
    chars = _printed_soft_hyphens(chars, boxes, size)
    raw_text = "".join(chars)
    text = _normalise_soft_hyphens(raw_text)
    if len(text) != len(raw_text):
        boxes = _fit_boxes(chars, boxes)
    return TextLine(page, text, boxes, size, bold, italic, font, small_caps=small_caps is not None,
                    cased=tuple(cased.split()) if cased and LINE_LIMITS["small_caps_case_aside"] else None)


def _combining(ch: str) -> str | None:
    """The combining mark a spacing accent stands for (Unicode's compatibility decomposition
    of U+00B8 CEDILLA is a space and U+0327 COMBINING CEDILLA), or None."""
    parts = unicodedata.decomposition(ch).split()
    if len(parts) == 3 and parts[0] == "<compat>" and parts[1] == "0020":
        mark = chr(int(parts[2], 16))
        return mark if unicodedata.combining(mark) else None
    return None


_SPACING_ACCENTS = {chr(c): m for c in range(0xA0, 0x2E0) if (m := _combining(chr(c))) is not None}


def _accents_placed(chars: list[str], boxes: array) -> tuple[list[str], array]:
    """A spacing accent glyph a typesetter placed over or under the letter beside it (TeX's
    ``\\c{s}``: a cedilla glyph, then the s it sits under): the letter with its accent, as one
    character where Unicode has one ("ş"), the accent glyph gone. An accent standing
    apart from the letters (its middle over no neighbour's box) stays as printed."""
    drop: set[int] = set()
    for i, ch in enumerate(chars):
        mark = _SPACING_ACCENTS.get(ch)
        if mark is None:
            continue
        middle = (boxes[4 * i] + boxes[4 * i + 2]) / 2
        for j in (i + 1, i - 1):
            if 0 <= j < len(chars) and j not in drop and chars[j].isalpha() and (
                    boxes[4 * j] <= middle <= boxes[4 * j + 2]):
                joined = unicodedata.normalize("NFC", chars[j] + mark)
                if len(joined) == 1:
                    chars[j] = joined
                    drop.add(i)
                break
    return _without_glyphs(chars, boxes, drop) if drop else (chars, boxes)


def _small_caps(
    chars: list[str], boxes: array, per_style: dict[tuple[float, bool, bool, str], int]
) -> tuple[list[str], float, str] | None:
    """Small capitals a typesetter made by setting capitals of the font smaller (a
    synthetic ``small-caps``): one font in two sizes, the smaller holding only letters on
    the capitals' baseline. Their text has whatever case the glyphs map to ("EmbroidEry"):
    the case is read from the size, a full-size letter a capital and a small one lower case.
    Where every small capital reads as a capital the text is as printed and stays (``chars``
    itself is given back), its case by the sizes aside for a heading (round 45). Gives the
    letters, the capitals' size and the text in the case the sizes show, or None."""
    sizes: dict[tuple[bool, bool, str], list[float]] = {}
    for size, bold, italic, font in per_style:
        sizes.setdefault((bold, italic, font), []).append(size)
    pairs = [(min(v), max(v)) for v in sizes.values() if len(v) == 2]
    low, high, foot = (LINE_LIMITS[k] for k in ("small_caps_low", "small_caps_high", "small_caps_foot"))
    pairs = [(a, b) for a, b in pairs if low <= a / b <= high]
    if len(pairs) != 1:
        return None
    small, big = pairs[0]
    heights = [boxes[4 * i + 3] - boxes[4 * i + 1] for i in range(len(chars))]
    tall = max(heights)
    cut = tall * (1 + small / big) / 2  # between the two type sizes' glyph heights
    capital_feet = [boxes[4 * i + 3] for i, h in enumerate(heights) if h >= cut and chars[i].isalpha()]
    lowered = [i for i, h in enumerate(heights) if h < cut and chars[i] != " "]
    if not capital_feet or len(lowered) < 2 or not all(chars[i].isalpha() for i in lowered):
        return None
    baseline = sorted(capital_feet)[len(capital_feet) // 2]
    if any(abs(boxes[4 * i + 3] - baseline) > foot * tall for i in lowered):
        return None  # raised small letters: superscripts ("1st"), not small capitals
    if not _sizes_meet_inside_a_word(chars, set(lowered)):
        return None  # two type sizes side by side (a small label beside a heading), not small capitals
    out = [ch.upper() if ch.isalpha() else ch for ch in chars]
    for i in lowered:
        out[i] = chars[i].lower()
    if all(chars[i].isupper() for i in lowered):
        return chars, big, "".join(out)  # the text reads as printed, in capitals throughout: it stays
    return out, big, "".join(out)


def _sizes_meet_inside_a_word(chars: list[str], small: set[int]) -> bool:
    """Small capitals stand for the lower case inside words, so some word holds letters of
    both sizes ("THe"); where every word keeps to one size the sizes are two pieces of type."""
    word: set[bool] = set()
    for i, ch in enumerate([*chars, " "]):
        if ch == " ":
            if len(word) == 2:
                return True
            word = set()
        elif ch.isalpha():
            word.add(i in small)
    return False


def _tracked_spaces_closed(chars: list[str], boxes: array, size: float) -> tuple[list[str], array]:
    """In letter-spaced type (the glyphs inside words set ``tracking`` of the size apart
    or more), a space no wider than that spacing plus ``spaced_word`` is no word space
    ("P ART 1" is "PART 1"); other lines are left as they are."""
    if " " not in chars or not size:
        return chars, boxes
    inside = sorted(boxes[4 * i] - boxes[4 * i - 2] for i in range(1, len(chars))
                    if chars[i] != " " and chars[i - 1] != " ")
    if len(inside) < LINE_LIMITS["tracking_pairs"]:
        return chars, boxes
    tracking = inside[len(inside) // 2]
    if tracking < LINE_LIMITS["tracking"] * size:
        return chars, boxes
    cut = tracking + LINE_LIMITS["spaced_word"] * size
    drop = {i for i in range(1, len(chars) - 1) if chars[i] == " " and chars[i - 1] != " " and chars[i + 1] != " "
            and boxes[4 * i + 4] - boxes[4 * i - 2] <= cut}
    if not drop:
        return chars, boxes
    return _without_glyphs(chars, boxes, drop)


def _letter_spacing_closed(chars: list[str], boxes: array, size: float) -> tuple[list[str], array]:
    """Letter-spaced type ("A F T E R  T H E") read as words: in a run of single glyphs
    one space apart that is the whole line or holds wider gaps too, a space no wider than
    the run's narrowest gap (plus a margin) is the letter spacing and goes; a wider one
    is a word space and stays."""
    drop: set[int] = set()
    n = len(chars)
    start = 0
    while start < n:
        if chars[start] == " " or (start and chars[start - 1] != " "):
            start += 1  # a run starts at a glyph that starts a word
            continue
        end = start  # chars[start:end + 1] alternates glyph, space, glyph ...
        while end + 2 < n and chars[end + 1] == " " and chars[end] != " " and chars[end + 2] != " " and (
                end + 3 >= n or chars[end + 3] == " "):
            end += 2
        if (end - start) // 2 + 1 >= LINE_LIMITS["spaced_letters"]:
            spaces = range(start + 1, end, 2)
            widths = [boxes[4 * i + 2] - boxes[4 * i] for i in spaces]
            narrowest = min(widths)
            cut = narrowest + LINE_LIMITS["spaced_word"] * size
            # evenly spaced letters among other words may be words of one letter ("Rows A B C")
            whole = start == 0 and end == n - 1
            if narrowest <= LINE_LIMITS["spaced_gap"] * size and (whole or max(widths) > cut):
                drop.update(i for i, w in zip(spaces, widths, strict=True) if w <= cut)
                before = start - 1  # a kerned pair opening the run ("PA R T": no space inside "PA")
                if (LINE_LIMITS["spaced_kerned_pairs"] and before >= 2 and chars[before] == " "
                        and before - 1 not in drop and boxes[4 * before + 2] - boxes[4 * before] <= cut
                        and _word_start(chars, before - 1) >= before - 2):
                    drop.add(before)
        start = end + 1
    if not drop:
        return chars, boxes
    return _without_glyphs(chars, boxes, drop)


def _word_start(chars: list[str], at: int) -> int:
    """The index of the first glyph of the word whose glyph ``chars[at]`` is."""
    while at > 0 and chars[at - 1] != " ":
        at -= 1
    return at


def _without_glyphs(chars: list[str], boxes: array, drop: set[int]) -> tuple[list[str], array]:
    """``chars`` and their boxes without the glyphs at the indexes ``drop``."""
    kept = [i for i in range(len(chars)) if i not in drop]
    new_boxes = array("d")
    for i in kept:
        new_boxes.extend(boxes[4 * i: 4 * i + 4])
    return [chars[i] for i in kept], new_boxes


def _call_in_space(call: str, ch: str, room: float, space: float) -> bool:
    """With ``calls_in_spaces`` on, a letter right after a raised call (``call``: its last glyph, a digit or
    a note mark; no letter, no apostrophe, whose glyph stands as high) opens a word when it stands at least a word space from the glyph before the call
    (``room``): the call was set into the space after a word ("Lumper,¹grown" is "Lumper,¹ grown"). A
    raised letter ("Mᶜ") may be part of its word; a call never is."""
    return bool(LINE_LIMITS["calls_in_spaces"]) and (call.isdigit() or call in _CALL_MARKS) and ch.isalpha() and room > space


_CALL_MARKS = "*†‡§¶"  # the marks a note call may be printed in besides digits (no apostrophe)


def _word_after_raised(ch: str) -> bool:
    """With ``raised_break_words`` on, ``ch`` after a superscript and a reported break opens a word."""
    return bool(LINE_LIMITS["raised_break_words"]) and ch.isalpha()


def _raised(glyph_size: float, top: float, bottom: float, size: float, baseline: float) -> bool:
    """A superscript of its line (a note call "decks,¹"): smaller type, its foot raised
    above the line's baseline but inside the line's height, its top little above it."""
    return (
        glyph_size <= LINE_LIMITS["raised_size"] * size
        and baseline - size < bottom < baseline
        and top >= baseline - size - LINE_LIMITS["raised_reach"] * size
    )


_NUMBERED_HEAD = re.compile(r"^\d{1,2}[.)]?\s+[^\W\d_]")  # "1. A Village …", "2 The Harbour"


def _run_in_head(chars: list[str], counts: dict[int, int], styles: dict[int, _Style], style: _Style) -> bool:
    """Regular type begins after a line set so far all in bold that reads as a numbered
    heading closed by a stop or colon ("1. A Village on the Edge." + "Hirta lies …"), or
    set in another typeface than the text it runs into (a bold sans head on a serif text,
    "1 Two Clinics" + "The hospital …": the change of face closes it as a stop would): a
    run-in head, a span of its own, as a heading on a line of its own is."""
    if style.bold or not counts or not all(styles[key].bold for key in counts):
        return False
    text = "".join(chars).strip()
    closed = text[-1:] in ".:" or bool(LINE_LIMITS["run_in_face"]) and all(_font_family(styles[key].font) != _font_family(style.font) for key in counts)
    return (_NUMBERED_HEAD.match(text) is not None and closed
            and 2 <= len(text.split()) <= LINE_LIMITS["run_in_words"])


def _font_family(name: str) -> str:
    """A font's family from its base name: the subset tag, the style after a hyphen or
    comma and a foundry's "MT"/"PS" ending left out ("ABCDEF+Arial-BoldMT" → "arial")."""
    family = re.split(r"[-,]", name.lower().split("+")[-1])[0]
    for ending in sorted(words("font_foundry_endings"), key=len, reverse=True):
        if family.endswith(ending) and len(family) > len(ending):
            return family[: -len(ending)]
    return family


def _run_in_parted(
    page: int, chars: list[str], boxes: array, counts: dict[int, int], styles: dict[int, _Style],
    tab: tuple[int, dict[int, int], bool] | None, run_in: tuple[int, dict[int, int]] | None,
) -> list[TextLine]:
    """The line, or its run-in head and the text after it as two (``_run_in_head``,
    ``_small_caps_head``)."""
    if run_in is None:
        small_caps = _small_caps_head(chars, boxes, counts, styles) if LINE_LIMITS["small_caps_heads"] else None
        if small_caps is not None:
            return _small_caps_parted(page, chars, boxes, counts, styles, small_caps)
        return _tab_parted(page, chars, boxes, counts, styles, tab)
    at, before = run_in
    after = {key: count - before.get(key, 0) for key, count in counts.items() if count > before.get(key, 0)}
    end = at
    while end and chars[end - 1] == " ":
        end -= 1
    # the stop closing the head runs it into the text; the head standing alone, it goes
    closing = {end - 1} if chars[end - 1] in ".:" else set()
    head_chars, head_boxes = _without_glyphs(chars[:at], array("d", boxes[: 4 * at]), closing)
    head = _make_line(page, head_chars, head_boxes, before, styles)
    return [head, _make_line(page, chars[at:], array("d", boxes[4 * at :]), after, styles)]


class _SmallCapsHead:
    """Where a run-in head in small capitals ends (``rest``: the index of the text's first
    glyph), its letters in the case their sizes show, and the small capitals' type."""

    __slots__ = ("label", "rest", "text", "style")

    def __init__(self, label: int, rest: int, text: list[str], style: tuple[float, float, bool, bool, str]):
        self.label = label  # the end of a label opening the line (0: none)
        self.rest = rest
        self.text = text
        self.style = style  # (small size, full size, bold, italic, font)


def _small_caps_head(chars: list[str], boxes: array, counts: dict[int, int],
                     styles: dict[int, _Style]) -> _SmallCapsHead | None:
    """A line opening with a head set in small capitals (capitals of the line's font at a
    smaller size standing for the lower case, ``small_caps_low`` to ``small_caps_high`` of
    the capitals' glyph height, on their baseline), perhaps after a label alone in its own
    type ("A", "4.1"), and going on in regular type at full size (a word holding a full-size
    letter after its first, opening on a capital: a new sentence): a run-in head
    ("A DUG UP BY NIGHT In July …" printed "A Dug Up by Night" + "In July …"). A paragraph
    opening on a few words in small capitals goes on in lower case: no head."""
    pair = _small_caps_pair(counts, styles)
    if pair is None:
        return None
    small, big, *_ = pair
    words = _words_at(chars)
    letters = [boxes[4 * i + 3] - boxes[4 * i + 1] for i, ch in enumerate(chars) if ch.isalpha()]
    if len(words) < 2 or not letters:
        return None
    tall = sorted(letters)[len(letters) // 2]  # the text's letters are mostly full size
    cut = tall * (1 + small / big) / 2
    shapes = [_small_caps_word(chars, boxes, start, end, cut) for start, end in words]
    first = 1 if alone_label("".join(chars[words[0][0]:words[0][1]])) is not None and shapes[0] is None else 0
    end = first
    while end < len(words) and shapes[end] is not None:
        end += 1
    rest = words[end:]
    if end == first or len(rest) < LINE_LIMITS["small_caps_rest"] or not _opens_sentence(chars, *rest[0]):
        return None
    text = list(chars[: words[end - 1][1]])
    for (start, stop), shape in zip(words[first:end], shapes[first:end], strict=True):
        text[start:stop] = shape or []
    return _SmallCapsHead(words[0][1] if first else 0, rest[0][0], text, pair)


def _small_caps_pair(counts: dict[int, int], styles: dict[int, _Style]) -> tuple[float, float, bool, bool, str] | None:
    """The line's one font set in two sizes as small capitals are (``small_caps_low`` to
    ``small_caps_high`` of each other): (small, full size, bold, italic, font), or None."""
    sizes: dict[tuple[bool, bool, str], set[float]] = {}
    for key in counts:
        s = styles[key]
        sizes.setdefault((s.bold, s.italic, s.font), set()).add(s.size)
    low, high = LINE_LIMITS["small_caps_low"], LINE_LIMITS["small_caps_high"]
    pairs = [(min(v), max(v), *face) for face, v in sizes.items()
             if len(v) == 2 and low <= min(v) / max(v) <= high]
    return pairs[0] if len(pairs) == 1 else None


def _words_at(chars: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of glyphs between spaces."""
    words = []
    start = None
    for i, ch in enumerate([*chars, " "]):
        if ch == " ":
            if start is not None:
                words.append((start, i))
            start = None
        elif start is None:
            start = i
    return words


def _small_caps_word(chars: list[str], boxes: array, start: int, end: int, cut: float) -> list[str] | None:
    """The word's letters in the case their glyph heights show (a full-size first letter a
    capital, the small ones lower case), when it is set in small capitals: letters (a
    closing mark allowed, a hyphen or apostrophe inside) of which every one after the first
    is small, at least one small; else None."""
    out = []
    small_seen = False
    for i in range(start, end):
        ch = chars[i]
        if not ch.isalpha():
            if i == end - 1 and ch in ",.:;" and i > start or ch in "-'’" and start < i < end - 1:
                out.append(ch)
                continue
            return None
        is_small = boxes[4 * i + 3] - boxes[4 * i + 1] < cut
        if not is_small and i > start:
            return None
        small_seen = small_seen or is_small
        out.append(ch.lower() if is_small else ch.upper())
    return out if small_seen else None


def _opens_sentence(chars: list[str], start: int, end: int) -> bool:
    """The word opens on a capital (or a quotation mark before one); a figure after small
    capitals is a label's number ("Bay 1"), not a sentence's start."""
    word = "".join(chars[start:end]).lstrip("“‘\"'(")
    return bool(word) and word[0].isupper()


def _small_caps_parted(page: int, chars: list[str], boxes: array, counts: dict[int, int],
                       styles: dict[int, _Style], head: _SmallCapsHead) -> list[TextLine]:
    """The run-in head in small capitals (its letters in their case, its type the capitals'
    full size) and the regular text after it, as two lines."""
    small, big, bold, italic, font = head.style
    start = head.label
    while start < len(head.text) and head.text[start] == " ":
        start += 1
    text = list(head.text[start:])
    head_boxes = array("d", boxes[4 * start: 4 * (start + len(text))])
    while text and text[-1] == " ":
        text.pop()
        del head_boxes[-4:]
    lines = [TextLine(page, "".join(text), head_boxes, big, bold, italic, font, small_caps=True)]
    if head.label:  # a label in its own type (the face not the small capitals'), a line of its own
        other = {key: count for key, count in counts.items() if styles[key].font != font}
        lines.insert(0, _make_line(page, chars[: head.label], array("d", boxes[: 4 * head.label]),
                                   other or counts, styles))
    after = {key: count for key, count in counts.items()
             if (styles[key].size, styles[key].font) != (small, font)}
    return [*lines, _make_line(page, chars[head.rest:], array("d", boxes[4 * head.rest:]), after or counts, styles)]


def _tab_parted(
    page: int, chars: list[str], boxes: array, counts: dict[int, int], styles: dict[int, _Style],
    tab: tuple[int, dict[int, int], bool] | None,
) -> list[TextLine]:
    """The line, or two when it closes on a panel label alone ("Case 3") set apart in
    smaller type (``_tab_follows``; in the line's own font, ``_label_tab_follows``, only a
    label with its unit word, "Part II"): a label printed on a tab at the heading's right
    end is a span of its own, as a label set left of its heading is."""
    if tab is not None:
        at, before, own_font = tab
        label = "".join(chars[at:]).strip()
        if label and at > 0 and alone_label(label) is not None and (not own_font or len(label.split()) > 1):
            after = {key: count - before.get(key, 0) for key, count in counts.items() if count > before.get(key, 0)}
            head = _make_line(page, chars[:at], array("d", boxes[: 4 * at]), before, styles)
            return [head, _make_line(page, chars[at:], array("d", boxes[4 * at :]), after, styles)]
    return [_make_line(page, chars, boxes, counts, styles)]


def _tab_follows(gap: float, size: float, last: _Style | None, style: _Style) -> bool:
    """Smaller type in another font set a wide gap after the line (at least ``tab_gap`` of
    the line's size, several word spaces): maybe a span of its own, not the line's next
    word (a label printed on a tab at the right end of a heading, "The Find   Case 3")."""
    return (
        last is not None and last.font != style.font
        and style.size < (1 - LINE_LIMITS["type_change"]) * last.size
        and gap > LINE_LIMITS["tab_gap"] * size
    )


def _label_tab_follows(gap: float, size: float, last: _Style | None, style: _Style, foot: float) -> bool:
    """Clearly smaller type in the line's own font, a word space or more after it, on its
    baseline (``foot``: how far below it the glyph stands; not raised as a note call): maybe a
    label set flush right at the end of a heading ("The Crossing ........ Part II")."""
    return (
        last is not None and last.font == style.font
        and style.size < (1 - LINE_LIMITS["tab_size"]) * last.size
        and gap > LINE_LIMITS["space_gap"] * size
        and abs(foot) <= LINE_LIMITS["rejoin_foot"] * size
    )


def _face_turn_spaced(gap: float, unit: float, last: _Style | None, style: _Style) -> bool:
    """Type turning to another face or font on the baseline past a gap of ``face_space_gap`` of
    the type or more (a bold lead set by itself before the roman text, "Above:" | "A model …",
    placed a thin space apart): a word space. Inside a word a face turns with no gap."""
    return (LINE_LIMITS["face_space_gap"] > 0 and last is not None and gap > LINE_LIMITS["face_space_gap"] * unit
            and abs(last.size - style.size) <= LINE_LIMITS["type_change"] * unit
            and (last.font != style.font or (last.bold, last.italic) != (style.bold, style.italic)))


def _label_run_ends(chars: list[str], run_start: int, last: _Style | None, style: _Style,
                    last_box: tuple[float, float], bottom: float) -> bool:
    """Larger type begins on a baseline below a run of smaller type of more than one word
    that sits on it like a superscript: two spans set side by side (a small label in its
    cell beside a heading, "Case 1" | "A Plan"), however close: a word space between them.
    (A note call is a word or a figure, never a run of words.)"""
    return (
        last is not None and last.size < style.size
        and _raised(last.size, last_box[0], last_box[1], style.size, bottom)
        and " " in chars[run_start:]
    )


def _overlaps(top: float, bottom: float, other_top: float, other_bottom: float) -> bool:
    """Vertical overlap of two glyph boxes covers most of the smaller one (a superscript)."""
    overlap = min(bottom, other_bottom) - max(top, other_top)
    smaller = min(bottom - top, other_bottom - other_top)
    return smaller > 0 and overlap > 0.6 * smaller


def _printed_soft_hyphens(chars: list[str], boxes: array, size: float) -> list[str]:
    """A soft-hyphen code inside a line, between letters, drawn with a glyph as wide as a
    hyphen's, is a hyphen the producer mapped to U+00AD ("fourteen-year-old"): a soft
    hyphen is only ever printed at a line's end."""
    if not any(ch in SOFT_HYPHENS for ch in chars[1:-1]):
        return chars
    wide = LINE_LIMITS["printed_hyphen"] * size
    out = list(chars)
    for n in range(1, len(chars) - 1):
        if (chars[n] in SOFT_HYPHENS and chars[n - 1].isalpha() and chars[n + 1].isalpha()
                and boxes[4 * n + 2] - boxes[4 * n] >= wide):
            out[n] = "-"
    return out


def _normalise_soft_hyphens(text: str) -> str:
    """A soft-hyphen marker at the line end is a hyphen; anywhere else it is dropped."""
    if not any(ch in text for ch in SOFT_HYPHENS):
        return text
    end = text[-1] in SOFT_HYPHENS
    body = "".join(ch for ch in text[:-1] if ch not in SOFT_HYPHENS)
    last = "-" if end else text[-1]
    return body + last


def _fit_boxes(chars: list[str], boxes: array) -> array:
    """Boxes for the text after soft hyphens inside it were dropped."""
    kept = array("d")
    for n, ch in enumerate(chars[:-1]):
        if ch not in SOFT_HYPHENS:
            kept.extend(boxes[4 * n : 4 * n + 4])
    kept.extend(boxes[-4:])
    return kept


# ------------------------------------------------------------ images


def _images(page: Any, number: int, height: float) -> list[ImageBox]:
    import pypdfium2.raw as raw

    found = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        try:
            left, bottom, right, top = obj.get_bounds()
            if min(right - left, top - bottom) < IMAGE_LIMITS["min_points"]:
                continue
            pixels = tuple(int(v) for v in obj.get_px_size())
            data, mime = _image_file(obj, pixels)
            box = (float(left), height - float(top), float(right), height - float(bottom))
            found.append(ImageBox(number, box, (pixels[0], pixels[1]), data, mime))
        except Exception:  # an image pdfium cannot decode keeps no entry
            continue
    return found


def _regions(page: Any, height: float) -> list[tuple[float, float, float, float]]:
    """Boxes of drawn rectangles big enough to frame text (a tinted or ruled side-bar)."""
    import pypdfium2.raw as raw

    found = []
    for n, obj in enumerate(page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=4)):
        if n >= REGION_LIMITS["max_paths"]:
            return []
        try:
            left, bottom, right, top = obj.get_bounds()
        except Exception:  # a path pdfium cannot measure is no region
            continue
        if right - left >= REGION_LIMITS["min_width"] and top - bottom >= REGION_LIMITS["min_height"]:
            found.append((float(left), height - float(top), float(right), height - float(bottom)))
    return found


def _image_file(obj: Any, pixels: tuple[int, ...]) -> tuple[bytes | None, str | None]:
    """The image as a JPEG (when stored as one) or a PNG, within the size limits."""
    if pixels[0] * pixels[1] > IMAGE_LIMITS["max_pixels"] or 0 in pixels:
        return None, None
    filters = list(obj.get_filters())
    if filters == ["DCTDecode"]:
        data = bytes(obj.get_data(decode_simple=False))
        return (data, "image/jpeg") if len(data) <= IMAGE_LIMITS["max_bytes"] else (None, None)
    png = _png(obj.get_bitmap(render=False))
    if png is None or len(png) > IMAGE_LIMITS["max_bytes"]:
        return None, None
    return png, "image/png"


def _png(bitmap: Any) -> bytes | None:
    """A PNG of a pdfium bitmap (BGR, BGRx, BGRA or grey), written with zlib."""
    width, height, stride = int(bitmap.width), int(bitmap.height), int(bitmap.stride)
    channels = {"L": 1, "BGR": 3, "BGRX": 4, "BGRA": 4}.get(str(bitmap.mode))
    if channels is None:
        return None
    buffer = bytes(bitmap.buffer)
    rows = bytearray()
    for y in range(height):
        row = buffer[y * stride : y * stride + width * channels]
        rows.append(0)
        if channels == 1:
            rows += row
        else:
            out = bytearray(width * 3)
            out[0::3] = row[2::channels]
            out[1::3] = row[1::channels]
            out[2::3] = row[0::channels]
            rows += out
    colour = 0 if channels == 1 else 2

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + chunk(b"IEND", b"")
    )


# pdfium's error code when it read a file's structure but found no document in it: no page tree, or
# one without pages (pypdfium2 words it "PDFium: Success")
_NO_PAGES_CODE = 0


def _reason(exc: Exception) -> str:
    message = str(exc)
    lowered = message.lower()
    if "password" in lowered or "security" in lowered or "encrypt" in lowered:
        return "PDF is encrypted"
    if isinstance(exc, ValueError):
        return message
    if getattr(exc, "err_code", None) == _NO_PAGES_CODE:
        return "PDF has no pages (nothing to read)"
    return f"corrupt or unreadable PDF ({message or type(exc).__name__})"
