"""DOCX reader (python-docx), after the container passed the ZIP safety checks.

* Paragraph styles: "Title" -> document title (and the first section),
  "Heading 1"-"Heading 3" -> sections, deeper headings -> heading blocks,
  "Caption" -> caption blocks, everything else -> paragraphs. A paragraph in
  a custom style with an outline level (on it or its style) is a heading of
  that level, unless the document's prose carries that level (a producer writing
  one on every paragraph); without any heading style, a short paragraph whose effective type
  stands out from the body's is one (:mod:`vitrina.ingest._docx_format`), the
  lines under the title in type above every section heading's being the
  title's. A heading's panel label ("Panel 2: …", "B. …", a label alone on the
  paragraph before it, a kicker line before a line break in the heading:
  "Stop 4" / "The Orchard", or a label before a tab or an em space) is the
  section's label. A paragraph parted by a page or column break in mid-sentence
  is one paragraph.
* Images (``w:drawing`` pictures) are figures: the image file (size-capped),
  its alt text (``descr``, never a caption) and its caption. A caption is a
  paragraph in the Caption style, or a short paragraph set wholly in italics
  right after the image; its position label ("Above:") and its credit
  ("Courtesy of …", "Photo: …", "Image: …", "… — Courtesy …", or a credit
  paragraph of its own right after it) are split off
  (:mod:`vitrina.ingest._captions`).
* Text as Word shows it with tracked changes accepted: runs in hyperlinks,
  insertions (``w:ins``) and content controls are read, deletions (``w:del``),
  moved-away text and field codes are not (python-docx's ``paragraph.text``
  drops inserted runs). A heading numbered by Word's list numbering takes
  the printed number ("Stage %1" -> "Stage 2") as its section label
  (:mod:`vitrina.ingest._docx_numbering`). A caption set above a picture takes
  the credit paragraph under the picture; a paragraph in a credit style ("Picture
  Credit") is a credit, and a caption set above a table takes the credit line under
  the table.
* Tables: one paragraph per row, cells joined by `` | `` (merged cells once); a
  table nested in a cell and a content control in a cell are the cell's text, and
  rows or cells wrapped in a content control (a repeating section) the table's own.
* Floating text boxes, then the words of SmartArt diagrams (their data parts), follow
  the body; an equation's text (Office Math) reads inline. Footnotes, then endnotes
  (their own parts), close the document: a final "Notes" section, one paragraph a
  note (as the TEI reader keeps ``note``), never mixed into the paragraph citing them.

Source map: a DOCX has no text offsets of its own, so the "source text" is
the concatenation of all paragraph texts in document order -- body
paragraphs and the paragraphs inside table cells -- joined by ``"\\n"``.
``SourceRef.line`` is the 1-based paragraph index in that sequence and
``start``/``end`` are offsets in that concatenation.
"""

from __future__ import annotations

import io
import re
import weakref
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace

from lxml import etree

from vitrina.errors import InputError
from vitrina.ingest._captions import (
    bare_label,
    capitals_kicker_label,
    heading_label,
    is_credit_line,
    kicker_label,
    split_caption,
    title_kicker,
    unit_label,
    worded_labels,
)
from vitrina.ingest._docx_chunks import chunk_of, paragraphs_of_text
from vitrina.ingest._docx_format import (
    ParagraphLook,
    body_look,
    format_value,
    paragraph_formats,
    paragraph_look,
    prominence,
    stated_run_property,
    style_superscript,
)
from vitrina.ingest._docx_lines import (
    converted_from_pdf,
    cut_lines,
    full_line_ends,
    line_measure,
    mended,
    run_breaks,
    running_lines,
    with_line_ends,
)
from vitrina.ingest._docx_numbering import in_list, read_numbering
from vitrina.ingest._docx_package import without_missing_parts
from vitrina.ingest._docx_placed import page_ends, placed_order
from vitrina.ingest._docx_sections import section_heads
from vitrina.ingest._docx_styles import style_chain, style_of
from vitrina.ingest._mapped import LineIndex, MappedText, document_id
from vitrina.ingest._tables import separator as table_separator
from vitrina.ingest.encoding import add_warning
from vitrina.ingest.metadata import DocxProperties, docx_metadata
from vitrina.ingest.safety import (
    check_zip,
    check_zip_xml_members,
    safe_xml_parser,
    xml_error_reason,
)
from vitrina.lexicon import words
from vitrina.model import CELL_SEPARATOR, Block, Document, DocumentBuilder
from vitrina.registry import readers
from vitrina.structure.assemble import (
    ATTRIBUTION_WORDS,
    NOTES_TITLE,
    PULL_QUOTE_MAX_WORDS,
    attribution_line,
    open_notes_section,
)
from vitrina.structure.bylines import is_byline
from vitrina.structure.captions import (
    FIGURE_WORDS,
    alone_label,
    figure_lead,
    match_label,
    numbered_kicker,
)
from vitrina.structure.cues import (
    INNER_SENTENCE_END,
    date_lead,
    ends_sentence,
    in_capitals,
    is_title_like,
    letters_only,
    question_title,
    said_again,
    title_deck,
)
from vitrina.structure.fieldlists import is_field_line
from vitrina.structure.hyphens import HyphenJudge
from vitrina.structure.lines import imprint
from vitrina.structure.plainlayout import counting_labels

_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)

# Every threshold of the DOCX reader.
DOCX_LIMITS = {
    "caption_words": 60,  # an italic paragraph after an image is its caption up to this long
    "box_prose_words": 20,
    "credit_line_words": 12,  # a caption's last line after a line break, this short and ending no sentence, is its credit  # a one-cell table's text under its title line this long, to a full stop, is a side-bar's
    "heading_words": 12,  # a bold or larger paragraph this short is a heading (no heading styles)
    "tab_label_words": 3,  # a numbered label before a tab opening a heading has at most this many words
    "heading_size": 1.2,  # ... "larger": this many times the body's type size
    "image_bytes": 2 * 1024 * 1024,  # an image file larger than this keeps no data
    "image_pixels": 4096 * 4096,  # ... as does a PNG declaring more pixels (never decoded)
    "chunk_depth": 2,  # a DOCX imported inside a DOCX (w:altChunk) is read this many levels deep
    "pull_quote_words": 6,  # a quote-style paragraph this long repeating a body sentence is a pull quote
    "display_quote_words": 40,  # a quotation set off the column and displayed is a pull quote up to this long
    "set_apart_share": 0.2,  # ... when at most this share of the body's characters is set off the column
    "series_label_words": 4,  # a short paragraph right before each of several section headings is at most this long
    "series_labels": 3,  # ... and in one style of its own before at least this many headings: their labels
    "label_line_heads": 2,  # a unit's label line ("Stage 2") over a short plain line over prose, the unit word
    # repeated this many times: the short lines are the units' headings, set in the body's type
    "heading_prominence": 1.0,  # a short line ending no sentence this far from the body's type
    # (``_docx_format.prominence``) is a heading, in a document without heading styles
    "run_in_heads": 2,  # a document without headings opening this many paragraphs with a bold head has run-in heads
    "run_in_prose_words": 12,  # ... each head followed by running text of at least this many words to a sentence's end
    "dated_list_items": 3,  # a run of this many list items opening with dates, in note form, is a timeline table
    "body_outline_share": 0.5,  # an outline level whose paragraphs are prose in more than this share
    # of them marks the document's body text, not its headings
    # round 48 (structset57): the body's last paragraph, all in italic type at most this share of the body's size,
    # alone in that type and after no picture or caption, is the producer's colophon (0 off)
    "colophon_size": 0.8,
    # round 50 (structset64): a run of at least this many list items, each a short "Label: value" field
    # ("Published: London, 1754"), is a facts list: data rows, no text (0: off)
    "field_list_items": 3,
    # round 54 (structset72): a paragraph ending on a colon over a run of at least this many list items, each a
    # phrase ending no sentence, announces a listing: rows of a table, no text (0: off)
    "announced_list_items": 2,
    "ornament_chars": 12,  # a paragraph of at most this many characters, none a letter or digit ("❦ ❦ ❦"), is an ornament
}

# Mechanisms of rounds 31 and 32 that can be turned off (1 on, 0 off), to measure each.
DOCX_SWITCHES = {
    "join_across_breaks": 1,  # a paragraph parted by a page or column break in mid-sentence is one
    "title_lines": 1,  # the lines in type above every section heading's, over the first one, make one title
    "wide_space_labels": 1,  # a heading's label set off from its title by a wide space (em space) as by a tab
    "by_look": 1,  # headings by the paragraph's effective type against the body's (0: bold or larger only)
    "style_names": 1,  # a paragraph in the style named Title or Heading N is the title or such a heading
    # (0: only outline levels and the type say so)
    # round 59 (structset81): a Word section's own page header is its heading (``_docx_sections``)
    "section_header_headings": 1,
    # round 59 (structset81): a quotation and its dash source line right over a picture alone is no text
    # (``_closing_sourced_quote``)
    "sourced_quotes_over_pictures": 1,
    # round 59 (structset81): a line set apart right under a picture alone (not wholly quoted) is its caption
    # (``_display_quote``)
    "display_quotes_not_under_pictures": 1,
    # round 32:
    "typed_labels_first": 1,  # a label line typed over a heading wins over the number its style's list gives it
    "label_lines": 1,  # a short line in the heading's own type (style and level, or face) right over it labels it
    "callout_kinds": 1,  # ... but such a line naming a callout box's kind (lexicon callout_kinds: "Note" over its
    # title) is the box's furniture, left out (round 44)
    # round 33:
    "join_lines": 1,  # a paragraph going on with the sentence the one before it leaves open is its next line
    "styled_calls": 1,  # a note call raised by its character style or a position of its own, or a raised symbol
    "listed_notes": 1,  # notes at the body's end numbered by Word's list numbering answer the calls as typed
    # numbers do; their "Notes" heading, of any level, is the notes section's title
    "display_lines": 1,  # a line in display type ending no sentence right over the next section is no text
    "subtitle_style": 1,  # a paragraph in the Subtitle style under the title joins it or is a heading block
    "lede_under_title": 1,  # the paragraph right under the first section heading (the lede) is no pull quote    # round 34:
    "body_outline": 1,  # an outline level the document's prose carries is its body text's, no heading level
    "deck_by_type": 1,  # a short line in display type under the title is its deck, as one in the Subtitle style
    "credits_by_type": 1,  # an italic line under a caption with a position label is its credit, by its type
    "question_heads": 1,  # a short question in title case set apart by its type is a heading like any other
    # round 35:
    "contents_controls": 1,  # a content control Word marks as a table of contents is not the text
    "bold_under_kicker": 1,  # a bold short line under a lighter one opening the document is the title under its kicker
    "caption_over_table": 1,  # a caption-style line right over a table, no picture by it, is the table's title
    # round 36:
    "placed_text": 1,  # a document made of frames and text boxes placed on the page is read in page order
    # round 38:
    "converted_lines": 1,  # a document converted from PDF (``_docx_lines``): running lines dropped, broken words mended
    # round 40 (structleft):
    "framed_pull_quotes": 1,  # a frame holding a quotation alone, with at most its attribution line, is no text
    "labelled_panels": 1,  # a shaded one-cell box whose first line is a panel label ("Bay B") is a panel of the text, no side-bar (round 39)
    # round 42 (structset45):
    "cell_credit_paragraphs": 1,  # a credit line in its own paragraph under a labelled caption in a table cell is
    # its credit, whatever its style
    "bold_notes_heading": 1,  # a bold "Notes" paragraph right over the notes answering the calls is their heading
    "between_boxes": 1,  # a paragraph between two layout tables' panels, outside them, is set off the column
    "boxed_pull_quotes": 1,  # a one-cell table holding a quotation alone (as ``framed_pull_quotes``) is no text
    "boxes_after_body": 1,  # a heading over a table ending the body titles it though text boxes are read after it
    "repeated_nested_rows": 1,  # rows repeating a nested table's rows right after the row holding it are a
    # converter's copy (htmldocx), removed: the panel around the nested table is one cell again
    # round 42 (structset48):
    "label_cells": 1,  # a table cell holding a position label alone ("Above:") opens the caption in the cell
    # beside it: the two are one caption, joined by a space, not cells parted by " | "
    "figure_parts_paragraph": 1,  # a paragraph ending no sentence, a picture with its caption, then a
    # paragraph going on with that sentence: one paragraph, the figure after it
    "dated_lists": 1,  # a list of dated notes ("1861: feather described") is a timeline table, no text
    # round 43 (structset49):
    "label_line_heads": 1,  # a short line in the body's type under a unit's label line and over prose, in a
    # series of such units (``label_line_heads``), is the unit's heading, the label line its label
    # round 45 (structset53):
    "inline_text_boxes": 1,  # a text box drawn inline (``wp:inline``, in the line like a character: a heading in
    # a rounded box) is read where it stands, not after the body as a floating side-bar is
    "boxed_label_lines": 1,  # a box opening with a unit's label alone over a short bold line: that line is the
    # box's heading, the label line its label (``_emit``), not the heading over a paragraph
    # round 48 (structset60): a paragraph right under the Title reading as an imprint ("Gallery 3 · Case 2 ·
    # Island Crafts") is the title's kicker set under it, no text (0: off)
    "kickers_under_title": 1,
    # round 46 (structset55):
    "closing_imprints": 1,  # the body's last paragraph, set apart by its type and reading as an imprint
    # ("Museum · Panel texts · Draft 2"), is the producer's colophon, not text
    # round 53 (struct68): a heading with no text of its own right over a deeper heading groups sections, none itself
    "grouping_headings": 1,
    "italic_credit_tails": 1,  # a labelled caption's closing italic line in its own paragraph, after a sentence's
    # end, is its credit by its type (``_italic_credit_tail``), as the italic line under one is (``credits_by_type``)
    "broken_heading_labels": 1,  # a paragraph in a heading style whose first line, ended by a line break, is a
    # unit's label ("Wall 2" + break + "The Annexe") is labelled by it, as a paragraph so broken is (``_kicker_line``)
    # round 49 (structset59): a table row of one short line, set in a credit style or reading as a credit line,
    # right under the row read as a picture's caption is that caption's credit (``_credit_row``), not text
    "credit_rows": 1,
    # round 49 (structset61):
    "boxed_text_quotes": 1,  # a floating text box holding a quotation alone (as ``framed_pull_quotes``) is no text
    "styled_hidden": 1,  # a run whose character style sets w:vanish (LibreOffice's ODF hidden style) is hidden text
    # round 50 (structset64):
    # round 56 (struct74): a paragraph of one sign repeated however long ("─────…", "_____") is a typed rule, no
    # text, as an ornament is (0: only up to ornament_chars)
    "typed_rules": 1,
    "ornaments": 1,  # a paragraph of a few symbols, no letter or digit ("❦ ❦ ❦", "* * *"), is an ornament, no text
    "quote_attributions": 1,  # a dash line right under a pull quote left out ("— Ann Reed, keeper") goes with it
    "italic_decks": 1,
    "capitals_labels": 1,  # a unit's word and number in capitals alone over a heading ("PLATE I") labels it  # a short italic line ending no sentence right under the Title paragraph is its deck
    # round 51 (structset65):
    "label_paragraph_run_ins": 1,
    "quote_sources": 1,
    # round 52 (structset67): with no Title paragraph, an italic deck under the one Heading 1 over lower headings
    # is the title's second part (0 off)
    "sole_top_decks": 1,
    # round 54 (structset72): ... counting the headings in Word's heading styles only when that heading is in one
    # (the others told by their look alone: bold paragraphs of a document whose one styled heading is its title)
    "sole_styled_top": 1,
    # round 56 (structset75): under the Title paragraph, a heading that is the document's one heading of its
    # level, every other heading deeper, reading as a title's second part (``cues.title_deck``), is the title's
    # deck (a converter that maps "#" to Title and "##" to Heading 1 sets the subtitle as a heading; 0 off)
    "heading_decks": 1,
    # round 56 (structset75): a one-sentence paragraph wholly in quotation marks, its source on a dash line
    # under it, the two closing their section (the next section's heading next), is a pull quote in any style
    # (a converter that drops the quotation style and the italics; 0 off)
    "closing_sourced_quotes": 1,
    # round 52 (structset67): a one-sentence paragraph in a quotation style with its source on a dash line under
    # it, after a body paragraph, is a quotation set apart, left out with its source (0 off)
    "sourced_style_quotes": 1,  # a set-apart quotation followed on its line by its source is a display quote
    "broken_lines": 1,  # a title's words are counted line by line when a manual line break parts it  # a bold or capitals label paragraph ("LEG 1") over a run-in head labels its unit
    # round 53 (structset70): empty paragraphs (no text, no picture: spacing typed with Enter) stand between no
    # two items: a caption right over its picture, a credit right under it (0 off)
    "blank_paragraphs_skipped": 1,
    # round 53 (structset70): list items closing the body under a notes heading, as many as the raised calls,
    # their list's numbering undefined in the package, are the notes (``_unnumbered_listed_notes``; 0 off)
    "unnumbered_listed_notes": 1,
    # round 55 (struct71): a table one of whose cells holds a heading set by its type over a paragraph of prose
    # (``_headed_prose_cell``) places a page's panels: read cell by cell as headings and paragraphs (0 off)
    "headed_prose_cells": 1,
    # round 55 (struct71): a short line under a labelled caption set in type smaller than the caption's (not only
    # in italics) is its credit by its type, also when the picture the caption is set above stands between them
    "smaller_credits": 1,
    # round 57 (struct76): a run of framed or boxed paragraphs closing the body is judged as one inside it (a
    # titled side-bar, ``_titled_box_run``), not read as plain paragraphs because nothing follows it (0 off)
    "closing_boxes_judged": 1,
    # round 57 (struct76): a box's short first line set larger than every other line of the box heads it as a
    # bold one does (a writer may unset the style's bold on the run: Word then draws it upright, but larger; 0 off)
    "box_heads_by_size": 1,
    # round 57 (struct76): a list's item after another item of a list is the list's, never a label over the
    # heading after the list ("Whitby, 1802" / "Montrose, 1807" over a side-bar's title; 0 off)
    "list_items_no_labels": 1,
    # round 58 (structset79): a callout's kind opening its title's own line, then a dash or colon ("Note — How
    # Many …"), is the box's furniture, no word of its title (0 off)
    "callout_kind_leads": 1,
    # round 58 (structset79): a short plain line under the title reading as a title is its second line, set as a
    # paragraph of its own (``_plain_deck``; 0 off)
    "plain_decks": 1,
    # round 58 (struct78): an empty shaded one-cell table (a picture's stand-in: a grey box) right over a one-cell
    # table is the picture of the caption there, and that cell's second paragraph, a credit line, its credit, with
    # no position label (0 off)
    "placeholder_pictures": 1,
    # round 59 (struct80): a table of one row, a label alone in its first cell and a short bold title in the
    # second ("A" | "Words That Meant Nothing"), the body under it outside the table, is a section's heading
    # with its label, not a row of data (``_label_heading_row``; 0 off)
    "label_heading_rows": 1,
}


@dataclass
class _Image:
    src: str
    alt: str | None
    mime: str | None
    data: bytes | None
    title: str | None = None  # the picture's own title (``wp:docPr/@title``): often its caption as written


@dataclass
class _Item:
    """One paragraph (or table row) of the document, in order."""

    kind: str  # title | heading | caption | paragraph | table (a data table's row, or its title)
    text: MappedText
    level: int = 0
    italic: bool = False
    images: list[_Image] = field(default_factory=list)
    bold: bool = False
    size: float | None = None
    broken_at: int | None = None  # where the paragraph's first line break was (a space now)
    numbered: str | None = None  # the label Word's list numbering prints before it ("Stage 2", "1.")
    quoted: bool = False  # set in a quotation style ("Quote", "Intense Quote")
    credit: bool = False  # set in a credit style ("Picture Credit", "Photo credit")
    row: bool = False  # a table row
    floating: bool = False  # in a floating text box holding a picture (read at its section's end)
    set_apart: bool = False  # set off the text column: centred, ruled above/below or indented
    credit_at: int | None = None  # a caption's credit after its last line break starts here (``_caption_credit_break``)
    held: bool = False  # held in a frame or box with other paragraphs (a picture and its caption set apart)
    style: str = ""  # the paragraph style's name
    look: ParagraphLook | None = None  # its effective type, alignment and space above (``_docx_format``)
    break_before: bool = False  # a page or column break stands before it (``w:pageBreakBefore``, or a break
    # closing the paragraph before it)
    break_after: bool = False  # ... or closes it
    listed: bool = False  # an item of a Word list (numbered or bulleted)
    run_in: int | None = None  # a bold run-in head (``_run_in_head``) closes with its stop here
    breaks: tuple[int, ...] = ()  # offsets just past a hyphen ending a printed line, the next line after it
    page: int = 0  # the page it stands on (counted in a document converted from PDF)
    indented: bool = False  # its first line is indented (``w:ind w:firstLine``): it opens a paragraph
    boxed: bool = False  # read from a cell of a table used for layout (a panel set as a box)
    side_label: bool = False  # a layout table's line labelling the panel beside it (``_side_labels``)


def _paragraphs_in_order(document) -> list:
    """Body paragraphs and tables' cell paragraphs, as (kind, object) items."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list = []
    _block_items(document.element.body, document._body, items, Table, Paragraph)
    return items


def _block_items(element, parent, items: list, table_type, paragraph_type) -> None:
    """Paragraphs and tables under ``element`` in order, also those inside a
    block-level content control (``w:sdt``: a title or a boilerplate block a template
    locks), which python-docx's ``iter_inner_content`` passes over."""
    for child in element:
        if child.tag == f"{_W}p":
            items.append(("paragraph", paragraph_type(child, parent)))
        elif child.tag == f"{_W}tbl":
            items.append(("table", table_type(child, parent)))
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            if not _table_of_contents(child):
                _block_items(child, parent, items, table_type, paragraph_type)
        elif child.tag == f"{_W}altChunk":  # a part in another format imported here (``_docx_chunks``)
            items.append(("chunk", child))


def _table_of_contents(element) -> bool:
    """A content control Word marks as a table of contents (``w:docPartGallery`` "Table of
    Contents"): the document's headings listed again with their pages, navigation, not text."""
    gallery = element.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return (bool(DOCX_SWITCHES["contents_controls"]) and element.tag == f"{_W}sdt" and gallery is not None
            and (gallery.get(f"{_W}val") or "").lower() == "table of contents")


class _Source:
    """The concatenated paragraph text that stands for the DOCX source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> MappedText:
        # Line breaks inside a paragraph would shift the paragraph numbering.
        text = text.replace("\n", " ").replace("\r", " ")
        if self.parts:
            self.length += 1  # the joining "\n"
        mapped = MappedText()
        mapped.append_verbatim(text, self.length)
        self.parts.append(text)
        self.length += len(text)
        return mapped

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def _content_rows(table) -> list:
    """The table's rows without its header row: a first row Word repeats on every
    page (``w:tblHeader``), or one the table's style formats apart (a ``firstRow``
    conditional format the table's ``w:tblLook`` turns on), names the columns and
    is apparatus, when more rows follow."""
    rows = list(table.rows)
    if len(rows) < 2:
        return rows
    first = rows[0]._tr
    repeated = first.find(f"{_W}trPr/{_W}tblHeader") is not None
    look = table._tbl.find(f"{_W}tblPr/{_W}tblLook")
    styled = (look is not None and _on(look, "firstRow", "0020", look.get(f"{_W}val"))
              and _styles_first_row(table))
    return rows[1:] if repeated or styled else rows


def _styles_first_row(table) -> bool:
    style = _safe_style(table)
    element = getattr(style, "element", None)
    if element is None:
        return False
    return any(part.get(f"{_W}type") == "firstRow" for part in element.iter(f"{_W}tblStylePr"))


def _on(look, attribute: str, bit: str, value: str | None) -> bool:
    """A ``w:tblLook`` flag, as an attribute or as its bit in the hex ``w:val``."""
    flag = look.get(f"{_W}{attribute}")
    if flag is not None:
        return flag in ("1", "true", "on")
    try:
        return value is not None and bool(int(value, 16) & int(bit, 16))
    except ValueError:  # a value no hex number: the flag is not set
        return False


def _style_name(paragraph) -> str:
    """The name of the paragraph's style; the style id it names when the document does
    not define that style (a writer that sets ``Heading2`` or ``Title`` without a
    styles part for it: Word falls back to Normal's look, but the id still says what
    the paragraph is)."""
    style = style_of(paragraph)
    declared = _declared_style_id(paragraph)
    if style is None:  # (the styles cannot say: the id written on the paragraph still does, round 52)
        return declared or ""
    if declared and (style is None or style.style_id != declared):
        return declared
    return (style.name or "") if style is not None else ""


def _declared_style_id(paragraph) -> str | None:
    """The style id written on the paragraph itself (``w:pStyle``), if any."""
    p_pr = getattr(paragraph._p, "pPr", None)
    return p_pr.style if p_pr is not None else None


_OUTLINE_BODY = 9  # w:outlineLvl 9 is body text; 0-8 are heading levels 1-9


def _outline_level(paragraph) -> int | None:
    """The paragraph's heading level by its outline level (``_stated_outline_level``), None for
    body text: also for a level the document's own prose carries (``_body_outline_levels``: a
    producer writing an outline level on every paragraph, Calligra's 0 on its body text)."""
    level = _stated_outline_level(paragraph)
    if level is None or not DOCX_SWITCHES["body_outline"]:
        return level
    return None if level in _body_outline_levels(paragraph) else level


_body_levels_by_part: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _body_outline_levels(paragraph) -> frozenset[int]:
    """The outline levels that mark the body text of the paragraph's document part: a level whose
    paragraphs are mostly prose (more than ``heading_words`` words to a sentence's end, more than
    ``body_outline_share`` of its paragraphs with text) is no heading level there, whatever a
    producer wrote; found once per part."""
    try:
        part = paragraph.part
        if part not in _body_levels_by_part:
            _body_levels_by_part[part] = _prose_levels(part.document)
        return _body_levels_by_part[part]
    except (AttributeError, TypeError):  # a part that is no document (a header's), or none
        return frozenset()


def _prose_levels(document) -> frozenset[int]:
    counts: dict[int, list[int]] = {}  # level -> [paragraphs with text, prose paragraphs]
    for kind, paragraph in _paragraphs_in_order(document):
        level = _stated_outline_level(paragraph) if kind == "paragraph" else None
        text = " ".join(paragraph_text(paragraph).split()) if level is not None else ""
        if text:
            count = counts.setdefault(level, [0, 0])  # type: ignore[arg-type]
            count[0] += 1
            count[1] += len(text.split()) > DOCX_LIMITS["heading_words"] and ends_sentence(text)
    return frozenset(level for level, (lines, prose) in counts.items()
                     if prose > DOCX_LIMITS["body_outline_share"] * lines)


def _stated_outline_level(paragraph) -> int | None:
    """The paragraph's outline level (0 for a top heading) set on it or by its style or
    that style's bases, as Word's navigation pane reads it; None for body text."""
    qn = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    elements = [paragraph._p] + [style.element for style in style_chain(_safe_style(paragraph))]
    for element in elements:
        found = element.find(f"{qn}pPr/{qn}outlineLvl")
        if found is not None:
            try:
                level = int(found.get(f"{qn}val", _OUTLINE_BODY))
            except ValueError:
                return None
            return level if 0 <= level < _OUTLINE_BODY else None
    return None


def _table_items(table, document, src: _Source, picture_above: bool = False) -> list[_Item]:
    """The table's rows, one item each. A row holding a picture and a short text (or the
    row under a picture, or in a caption style) is the picture's caption (a label script
    set as a table of images and their captions); every other row is a paragraph, its
    cells parted by " | ", or by a space in a table used for layout (``prose_rows``).
    ``picture_above``: a picture stands right over the table (``_placeholder_picture``)."""
    rows: list[tuple[list[MappedText], list[_Image], bool, MappedText]] = []
    credit_styled: list[bool] = []  # each row's text all in a credit style ("Credit Row")
    for row in _content_rows(table):
        cells: list[MappedText] = []
        row_images: list[_Image] = []
        styled = False  # a cell paragraph in a caption style ("Caption Cell")
        credit = MappedText()  # the cell paragraphs in a credit style, after a caption's text
        styles: list[bool] = []  # for each paragraph holding text: set in a credit style
        for cell in _unique_cells(row):
            cell_text = MappedText()
            first: str | None = None  # the cell's first paragraph (when it has text), while its second is read
            for n, paragraph in enumerate(_cell_paragraphs(cell)):
                style = _style_name(paragraph)
                styled = styled or "caption" in style.lower()
                text = paragraph_text(paragraph)
                if text.strip():
                    styles.append(_credit_style(style))
                second = first is not None and _credit_paragraph(first, text, under_picture=picture_above and not rows)
                first = text if n == 0 and text.strip() else None
                own = credit if styled and _credit_style(style) or second else cell_text
                if len(own):
                    own.append_char(" ", src.length, src.length + 1)
                mapped = src.add(text)
                cut = _credit_break(text)
                if cut is not None and own is cell_text and not credit.text:  # "… (replica)." / "Replica by …"
                    own.extend(mapped.slice(0, cut))
                    credit.extend(mapped.slice(cut + 1, len(mapped)))
                    continue
                own.extend(mapped)
                row_images.extend(_images(paragraph, document))
            clean, _ = cell_text.normalise_space()
            if clean.text:
                cells.append(clean)
        rows.append((cells, row_images, styled, credit.normalise_space()[0]))
        credit_styled.append(bool(styles) and all(styles))
    separator = table_separator([[c.text for c in cells] for cells, _, _, _ in rows])
    # a data table: cells parted by " | " in rows of two cells or more (a one-cell box is no table)
    data = separator == CELL_SEPARATOR and any(len(cells) > 1 for cells, _, _, _ in rows)
    items: list[_Item] = []
    # the row above held a picture and no text (for the first row: the picture over the table)
    for n, (cells, row_images, styled, credit) in enumerate(rows):
        if items and items[-1].kind == "caption" and _credit_row(cells, row_images, credit_styled[n]):
            items.append(_Item("paragraph", cells[0], credit=True))
            picture_above = False
            continue
        row_text = MappedText()
        for cell in cells:
            if len(row_text):
                label_cell = DOCX_SWITCHES["label_cells"] and _bare_position_label(row_text.text)
                row_text.append_at(" " if label_cell else separator, row_text.ends[-1])
            row_text.extend(cell)
        short = len(row_text.text.split()) <= DOCX_LIMITS["caption_words"]
        labelled = match_label(row_text.text) is not None  # opening with its position: "Right: …"
        captioned = short and (row_images or picture_above or styled or labelled)
        kind = "caption" if captioned and row_text.text.strip() else "table" if data else "paragraph"
        if credit.text and kind != "caption":  # no caption here: the credit line is the row's text
            if len(row_text):
                row_text.append_at(separator, row_text.ends[-1])
            row_text.extend(credit)
        items.append(_Item(kind, row_text, images=row_images, row=True))
        if credit.text and kind == "caption":  # its credit paragraph, read as the caption's credit
            items.append(_Item("paragraph", credit, credit=True))
        picture_above = bool(row_images) and not row_text.text.strip()
    return items


def _credit_row(cells: list[MappedText], images: list[_Image], styled: bool) -> bool:
    """A row under the row read as a picture's caption is that caption's credit: one cell of one
    short line (``credit_line_words``) ending no sentence, no picture, set in a credit style
    ("Credit Row") or reading as a credit line by the cues every reader shares ("Lent by …",
    "Photo: …"; ``credit_rows``)."""
    if not DOCX_SWITCHES["credit_rows"] or images or len(cells) != 1:
        return False
    line = " ".join(cells[0].text.split())
    if not line or ends_sentence(line) or len(line.split()) > DOCX_LIMITS["credit_line_words"]:
        return False
    return styled or is_credit_line(line)


def _bare_position_label(text: str) -> bool:
    """``text`` is a position label alone ("Above:"): a cell holding it labels the caption in the
    cell beside it, which goes on after it as one caption ("Above: The cast …"), no data cells."""
    label = match_label(text.strip())
    return label is not None and label[1] >= len(text.strip())


def _credit_paragraph(caption: str, text: str, under_picture: bool = False) -> bool:
    """The second paragraph of a table cell is the credit of the caption that is its first: the
    first opens with a position label ("Below: …"), or stands in a cell right under a picture
    (``under_picture``), ends a sentence and is at most ``caption_words`` long, and this one is a
    short credit line by the cues every reader shares (``is_credit_line``: "Ridley Hall
    Collection, Gift of …"), ending no sentence (``cell_credit_paragraphs``)."""
    if not DOCX_SWITCHES["cell_credit_paragraphs"]:
        return False
    caption, line = " ".join(caption.split()), " ".join(text.split())
    placed = match_label(caption) is not None or under_picture
    if not line or not placed or len(caption.split()) > DOCX_LIMITS["caption_words"]:
        return False
    return (ends_sentence(caption) and not ends_sentence(line)
            and len(line.split()) <= DOCX_LIMITS["credit_line_words"] and is_credit_line(line))


def _caption_credit_break(text: str, held: bool) -> int | None:
    """Where the credit of a caption paragraph holding its own credit line starts: after
    its last line break, under text that ends a sentence, either a short line ending no
    sentence under a position label (``_credit_break``: "Above: Walkers …." + break +
    "Photo: …") or a credit line by its form ("Photo: …", "Lent by …") in a paragraph
    held in a frame or box with others (a picture and its caption set apart); None
    otherwise. A caption set so may stand with no picture in the file at all (a shaded
    placeholder in a frame), so the paragraph's own parts are what make it one."""
    if len(text.split()) > DOCX_LIMITS["caption_words"]:
        return None
    cut = _credit_break(text)
    if cut is not None or not held:
        return cut
    head, brk, tail = text.rpartition("\n")
    if brk and ends_sentence(head.strip()) and is_credit_line(" ".join(tail.split()), names=False):
        return len(head)
    return None


def _italic_credit_tail(paragraph, text: str) -> int | None:
    """Where the credit of a caption paragraph set in its own type starts: a caption opening
    with a position label ("Above: A copy of …") whose last runs, after a sentence's end and a
    space, are in italics where the caption's text is not, a short line opening in capitals
    and ending no sentence ("Oil on canvas: Gift of …"): the credit by its type, in the same
    paragraph as ``credits_by_type`` reads it on the line under (``italic_credit_tails``).
    The index of the space before it (``credit_at``), or None."""
    label = match_label(text.strip()) if DOCX_SWITCHES["italic_credit_tails"] and "\n" not in text else None
    if label is None or len(text.split()) > DOCX_LIMITS["caption_words"]:
        return None
    runs = [(run.text, bool(_run_font(run, paragraph, "italic"))) for run in paragraph.runs]
    if "".join(part for part, _ in runs) != text:
        return None
    k = len(runs)
    while k and (runs[k - 1][1] or not runs[k - 1][0].strip()):
        k -= 1
    if k == len(runs) or not any(part.strip() for part, _ in runs[k:]):
        return None
    start = sum(len(part) for part, _ in runs[:k])
    start += len(text[start:]) - len(text[start:].lstrip())
    head, tail = text[:start], text[start:].strip()
    words = tail.split()
    if not head[-1:].isspace() or not ends_sentence(head.strip()) or len(head.strip()) <= label[1]:
        return None
    if len(words) > DOCX_LIMITS["credit_line_words"] or ends_sentence(tail) or not words[0][:1].isupper():
        return None
    return start - 1


def _credit_break(text: str) -> int | None:
    """Where a caption paragraph's credit starts on a line of its own: after its last line
    break, a short line ending no sentence under text that ends one and opens with a
    position label ("Right: A lantern …." + break + "Lent by …"); None otherwise."""
    head, cut, tail = text.rpartition("\n")
    if not cut or match_label(head.strip()) is None or not ends_sentence(head.strip()):
        return None
    words = tail.split()
    if not 0 < len(words) <= DOCX_LIMITS["credit_line_words"] or ends_sentence(tail.strip()) or not words[0][:1].isupper():
        return None
    return len(head)


def _unwrap_table_controls(body) -> None:
    """Content controls and custom XML wrapping a table's rows or a row's cells (a
    repeating section of a template) give way to what they hold, so that the rows and
    cells are the table's own: python-docx reads only a table's direct rows and cells."""
    wrappers = (f"{_W}sdt", f"{_W}customXml")
    changed = True
    while changed:
        changed = False
        for wrapper in [el for tag in wrappers for el in body.iter(tag)]:
            parent = wrapper.getparent()
            if parent is None or parent.tag not in (f"{_W}tbl", f"{_W}tr"):
                continue
            content = wrapper.find(f"{_W}sdtContent") if wrapper.tag == f"{_W}sdt" else wrapper
            held = [child for child in (content if content is not None else ())
                    if child.tag in (f"{_W}tr", f"{_W}tc", *wrappers)]
            at = parent.index(wrapper)
            parent.remove(wrapper)
            for n, child in enumerate(held):
                parent.insert(at + n, child)
            changed = True


def _drop_repeated_nested_rows(body) -> None:
    """A table's rows that repeat, in order and right after the row holding it, the rows of a table
    nested in that row's cell (the same text and the same number of pictures, cell by cell) are a
    copy, not more rows: a converter writing a nested table (a picture under its caption, inside a
    panel's one cell) adds its rows to the outer table too (htmldocx). The copies are removed, so
    the panel is the one-cell box it was made as (``repeated_nested_rows``)."""
    if not DOCX_SWITCHES["repeated_nested_rows"]:
        return
    for table in list(body.iter(f"{_W}tbl")):
        rows = table.findall(f"{_W}tr")
        at = 0
        while at < len(rows):
            inner = [t for tc in rows[at].findall(f"{_W}tc") for t in tc.findall(f"{_W}tbl")]
            copy = _row_keys(inner[0].findall(f"{_W}tr")) if len(inner) == 1 else []
            following = rows[at + 1 : at + 1 + len(copy)]
            if copy and _row_keys(following) == copy:
                for row in following:
                    table.remove(row)
                rows = table.findall(f"{_W}tr")
            at += 1


def _row_keys(rows: list) -> list[tuple]:
    """Each row's cells by their text and their number of pictures (``_drop_repeated_nested_rows``)."""
    return [tuple(("".join(t.text or "" for t in tc.iter(f"{_W}t")), sum(1 for _ in tc.iter(f"{_W}drawing")))
                  for tc in row.findall(f"{_W}tc")) for row in rows]


def _cell_paragraphs(cell) -> list:
    """A cell's paragraphs in order, also those in a content control and in a table
    nested in the cell (a layout table inside a layout table), which ``cell.paragraphs``
    passes over: their text is the cell's."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list = []
    _block_items(cell._tc, cell, items, Table, Paragraph)
    paragraphs: list = []
    for kind, item in items:
        if kind == "paragraph":
            paragraphs.append(item)
        else:
            for row in item.rows:
                for inner in _unique_cells(row):
                    paragraphs.extend(_cell_paragraphs(inner))
    return paragraphs


def _unique_cells(row) -> list:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _italic(paragraph) -> bool:
    """Every run with visible text is set in italics (directly, or by its run or
    paragraph style)."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(_run_font(run, paragraph, "italic") for run in runs)


def _bold(paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(_run_font(run, paragraph, "bold") for run in runs)


def _size(paragraph) -> float | None:
    """The type size (points) of most of the paragraph's characters, when stated."""
    sizes: dict[float, int] = {}
    for run in paragraph.runs:
        size = _run_font(run, paragraph, "size")
        if run.text.strip() and size:
            sizes[size] = sizes.get(size, 0) + len(run.text)
    return max(sizes, key=lambda k: sizes[k]) if sizes else None


def _run_font(run, paragraph, attribute: str):
    """A run's font ``attribute`` (italic, bold, size in points): set on the run, else by its
    character style, else by its paragraph style, following each style's base."""
    return stated_run_property(run, paragraph, attribute)


def _safe_style(item):
    return style_of(item)


def _images(paragraph, document) -> list[_Image]:
    """The pictures drawn in ``paragraph``, with their alt text and (capped) file."""
    from docx.oxml.ns import qn

    found = []
    for drawing in paragraph._p.xpath(".//w:drawing"):
        blips = [blip for blip in drawing.xpath(".//a:blip") if _own_paragraph(blip) is paragraph._p]
        if not blips or _own_paragraph(drawing) is not paragraph._p:
            continue
        rid = blips[0].get(qn("r:embed"))
        part = document.part.related_parts.get(rid) if rid else None
        described = drawing.xpath(".//wp:docPr")
        alt = " ".join((described[0].get("descr") or "").split()) if described else ""
        title = " ".join((described[0].get("title") or "").split()) if described else ""
        if part is None:
            continue
        blob = bytes(part.blob)
        mime = getattr(part, "content_type", None)
        data = blob if _image_within_limits(blob) else None
        found.append(_Image(str(part.partname).lstrip("/"), alt or None, mime, data, title or None))
    return found


def _own_paragraph(element):
    """The innermost paragraph holding ``element`` (a picture in a text box belongs to the
    box's paragraph, not to the paragraph the box is anchored in)."""
    return next(element.iterancestors(f"{_W}p"), None)


def _image_within_limits(data: bytes) -> bool:
    if len(data) > DOCX_LIMITS["image_bytes"]:
        return False
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return width * height <= DOCX_LIMITS["image_pixels"]
    return True


def _open(data: bytes, source: str):
    import docx

    archive = check_zip(data, source, required=("word/document.xml",))
    check_zip_xml_members(archive, source)
    try:
        data, missing = without_missing_parts(data, archive)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:  # a member its header and directory disagree on
        raise InputError(source, f"cannot read DOCX: a damaged ZIP member ({type(exc).__name__})") from None
    if missing:
        add_warning(f"parts named but not in the package skipped: {', '.join(missing)}")
    try:
        return docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:  # a part too deep for the parser's limits, or not XML
        raise InputError(source, f"cannot read DOCX: {xml_error_reason(exc)}") from None
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise InputError(source, f"cannot read DOCX ({type(exc).__name__}: {exc})") from None


@readers.register("docx", label="DOCX", suffixes=(".docx",))
def read(data: bytes, source: str) -> list[Document]:
    return _read(data, source, depth=0)


def _read(data: bytes, source: str, depth: int) -> list[Document]:
    document = _open(data, source)
    _unwrap_table_controls(document.element.body)
    _drop_repeated_nested_rows(document.element.body)
    whole = _whole_body_chunk(document, source, depth)
    if whole is not None:
        return [whole]
    src = _Source()
    blocks: list[_Item] = []
    numbering = read_numbering(document)
    read_boxes: set = set()  # text boxes (their w:txbxContent) read at their anchor
    framed: list = []  # a run of framed paragraphs (w:framePr), a box of its own
    side_frames: list[list] = []  # runs of framed text alone (a side-bar), read after the body
    side_boxes: list = []  # one-cell tables holding a titled paragraph of prose (a shaded side-bar)
    box_run: list = []  # a run of paragraphs drawn in one bordered or shaded box (w:pBdr, w:shd)
    box_sign: bytes | None = None  # ... and that box's borders and fill (``_box_signature``)

    def place(run: list, aside: bool) -> None:
        """A run of framed or boxed paragraphs: a side-bar read after the body, or paragraphs where they stand."""
        if aside:
            side_frames.append(run)
        else:
            blocks.extend(_paragraph_item(inner, document, src, numbering, held=True) for inner in run)

    from docx.text.paragraph import Paragraph

    order = _paragraphs_in_order(document)
    placed = (placed_order(order, document.element.body, Paragraph, document._body)
              if DOCX_SWITCHES["placed_text"] else None)
    goes_on: set = set()
    pages: dict = {}
    if placed is not None:  # a page of placed lines (a converter from PDF): read in page order
        order, goes_on, boxes, pages = placed
        read_boxes.update(boxes)
    converted = bool(DOCX_SWITCHES["converted_lines"]) and (placed is not None or converted_from_pdf(
        [item._p for kind, item in order if kind == "paragraph"]))
    block_pages: list[int] = []
    ends = page_ends([item._p for kind, item in order if kind == "paragraph"], document.element.body)
    page = next_page = 0
    placeholder = False  # the element before was a picture's stand-in (``_placeholder_picture``)
    heads = section_heads(document) if DOCX_SWITCHES["section_header_headings"] and placed is None else {}
    head_level = _section_head_level(order) if heads else 0
    for kind, item in order:
        if heads and (head := _section_head(kind, item, heads)) is not None:
            blocks.append(_Item("heading", src.add(head), head_level, style="header"))
        under_placeholder, placeholder = placeholder, kind == "table" and _placeholder_picture(item)
        block_pages.extend([page] * (len(blocks) - len(block_pages)))
        page = next_page
        if kind == "paragraph" and item._p in pages:
            page = next_page = pages[item._p]
        elif kind == "paragraph" and item._p in ends:
            next_page = page + 1
        if placed is not None and kind == "paragraph":
            line = _paragraph_item(item, document, src, numbering)
            if item._p in goes_on and blocks and _same_line_type(blocks[-1], line):
                blocks[-1] = _joined(blocks[-1], line)
            elif line.text.text.strip() or line.images:  # (a box's empty anchor paragraph is no line)
                blocks.append(line)
            blocks.extend(_anchored_figure_boxes(item, document, src, read_boxes))
            continue
        if kind == "paragraph" and _framed(item):
            framed.append(item)
            continue
        if framed:
            place(framed, _side_frame(framed, document, blocks))
            framed = []
        sign = _box_signature(item) if kind == "paragraph" else None
        if sign is not None and (not box_run or sign == box_sign):
            box_run.append(item)
            box_sign = sign
            continue
        if box_run:
            place(box_run, _titled_box_run(box_run, document, blocks))
            box_run = []
            if sign is not None:
                box_run, box_sign = [item], sign  # a box of another border starts right after
                continue
        if kind == "paragraph":
            blocks.append(_paragraph_item(item, document, src, numbering))
            blocks.extend(_anchored_figure_boxes(item, document, src, read_boxes))
        elif kind == "chunk":
            blocks.extend(_chunk_items(item, document, src, source, depth))
        elif DOCX_SWITCHES["boxed_pull_quotes"] and _boxed_pull_quote(item):
            continue  # a one-cell box holding a quotation alone: displayed, not read
        elif (side := _side_bar(item)) is not None:
            side_boxes.append(side)
        elif DOCX_SWITCHES["label_heading_rows"] and (pair := _label_heading_row(item)) is not None:
            label, title = pair
            blocks.append(replace(_paragraph_item(label, document, src, numbering), side_label=True))
            blocks.append(replace(_paragraph_item(title, document, src, numbering), kind="heading", level=1))
        elif under_placeholder and _one_cell(item):  # the caption's cell under a picture's stand-in
            blocks.extend(_table_items(item, document, src, picture_above=True))
        elif _layout_table(cells := _cell_items(item), item) or (converted and len(item.rows) == 1):
            # it places headings and text, or a converter's row of boxes holds the page's lines: read cell by cell
            at = len(blocks)
            sides = _side_labels(item) if DOCX_SWITCHES["headed_prose_cells"] else set()
            if DOCX_SWITCHES["headed_prose_cells"] and _repeated_head(item):
                cells = _cell_items(item, list(item.rows)[1:])  # the head Word repeats on each page: a running head
            for part, inner in cells:
                if part == "paragraph":
                    line = _paragraph_item(inner, document, src, numbering)
                    blocks.append(replace(line, side_label=True) if inner._p in sides else line)
                    blocks.extend(_anchored_figure_boxes(inner, document, src, read_boxes))
                else:
                    blocks.extend(_table_items(inner, document, src))
            blocks[at:] = [replace(b, boxed=True) for b in blocks[at:]]
        else:
            blocks.extend(_table_items(item, document, src))
    if DOCX_SWITCHES["closing_boxes_judged"]:
        if framed:
            place(framed, _side_frame(framed, document, blocks))
        if box_run:
            place(box_run, _titled_box_run(box_run, document, blocks))
    else:
        for run in (framed, box_run):
            blocks.extend(_paragraph_item(inner, document, src, numbering, held=True) for inner in run)
    if converted:  # a converter's page of lines: its running heads, footers and folios are no text
        block_pages.extend([page] * (len(blocks) - len(block_pages)))
        blocks = _without_running_lines([replace(b, page=n) for b, n in zip(blocks, block_pages, strict=True)])
    if DOCX_SWITCHES["between_boxes"]:
        _set_apart_between_boxes(blocks)
    if DOCX_SWITCHES["join_across_breaks"]:
        blocks = _joined_across_breaks(blocks)
    if DOCX_SWITCHES["figure_parts_paragraph"]:
        blocks = _joined_around_figures(blocks)
    if DOCX_SWITCHES["join_lines"]:
        blocks = _joined_lines(blocks, lines_only=converted and placed is None and cut_lines(
            [item._p for kind, item in order if kind == "paragraph"]))
    if converted:
        blocks = _mended_words(blocks)
    blocks = _parted_run_in_heads(blocks)
    if DOCX_SWITCHES["ornaments"]:
        blocks = [item for item in blocks if not _ornament(item)]
    if DOCX_SWITCHES["blank_paragraphs_skipped"]:
        blocks = [item for item in blocks if not _blank(item)]
    notes_at = _closing_notes_at(blocks)
    blocks, closing = blocks[:notes_at], blocks[notes_at:]  # side-bars go before the closing notes
    called_at = _called_notes_at(blocks, _note_calls(document))  # notes typed as paragraphs at the body's end
    blocks, called = blocks[:called_at], blocks[called_at:]
    if called and _notes_heading(blocks):  # their own heading ("Notes"): the notes section's title
        blocks = blocks[:-1]
    if DOCX_SWITCHES["closing_imprints"]:
        blocks = _without_closing_imprint(blocks)
    body_end = len(blocks)  # the body's items: the side-bars' own headings come after them
    for box in _text_boxes(document):  # floating boxes (side-bars) after the body; a pull quote is none
        if box[0] not in read_boxes and not (DOCX_SWITCHES["boxed_text_quotes"] and _text_box_quote(box[1])):
            blocks.extend(_box_items(box[1], src))
    for run in side_frames:  # framed side-bars (Word's older text box) with them
        if not (DOCX_SWITCHES["framed_pull_quotes"] and _framed_pull_quote(run)):
            blocks.extend(_box_items(run, src))
    boxes_at = len(blocks)
    for lines in _diagram_texts(document):  # SmartArt (a timeline, a process) after them
        blocks.extend(_Item("paragraph", src.add(line), 0, False) for line in lines)
    blocks.extend(closing)
    _headings_by_type(blocks, body_end)  # the body's type alone says which lines are headings
    if DOCX_SWITCHES["label_line_heads"]:
        _heads_under_label_lines(blocks, body_end)
    _title_by_type(blocks)
    _kicker_over_title(blocks)
    if DOCX_SWITCHES["kickers_under_title"]:
        _kicker_under_title(blocks)
    if DOCX_SWITCHES["subtitle_style"]:
        _subtitle_under_title(blocks)
    blocks[boxes_at:boxes_at] = [  # shaded one-cell tables set as side-bars, before the closing notes
        item for head, bodies, italic in side_boxes
        for item in (_Item("heading", src.add(head), 1, False),
                     *(_Item("paragraph", src.add(body), 0, italic) for body in bodies))]
    if DOCX_SWITCHES["dated_lists"]:
        _dated_list_rows(blocks)
    if DOCX_LIMITS["field_list_items"]:
        _field_list_rows(blocks)
    if DOCX_LIMITS["announced_list_items"]:
        _announced_list_rows(blocks)
    _table_titles(blocks, body_end)
    blocks = _without_display_statements(_without_pull_quotes(_floats_at_section_end(blocks)))
    if DOCX_SWITCHES["credits_by_type"]:
        _credits_by_type(blocks)
    notes = [item.text for item in called] + [src.add(note) for note in _notes(document)]
    text = src.text
    builder = DocumentBuilder(document_id(source), source, "docx", text)
    index = LineIndex(text)
    title = _emit(builder, blocks, index)
    if notes:
        open_notes_section(builder)
        for note in notes:
            builder.block("paragraph", note.normalise_space()[0].pieces(index))
    core_title, meta = _core_properties(document, len(text.split()))
    if title:
        meta["title_source"] = "docx: paragraph in the Title style"
    elif not core_title:
        meta.pop("title_source", None)
        title = _opening_line(blocks)
        if title:
            meta["title_source"] = "docx: the opening line (no Title style, heading or stated title)"
    return [builder.build(title=title or core_title, meta=meta)]


def _chunk_document(element, document, source: str, depth: int) -> Document | None:
    """The document a ``w:altChunk`` imports, read by its format's reader; None (with a warning)
    when it cannot be read. A DOCX inside a DOCX is read to a depth of ``DOCX_LIMITS["chunk_depth"]``."""
    from vitrina.ingest import html

    chunk = chunk_of(element, document)
    if chunk is None:
        add_warning("a part imported in another format (w:altChunk) is missing or not readable; skipped")
        return None
    if chunk.format == "text":
        return None  # read as paragraphs by ``_chunk_items``
    if chunk.format == "docx" and depth >= DOCX_LIMITS["chunk_depth"]:
        add_warning(f"a DOCX imported inside a DOCX nested too deep; {chunk.part} skipped")
        return None
    try:
        read = html.read(chunk.data, source) if chunk.format == "html" else _read(chunk.data, source, depth + 1)
    except InputError as exc:
        add_warning(f"{chunk.part} (w:altChunk) skipped: {exc.reason}")
        return None
    return read[0] if read else None


def _whole_body_chunk(document, source: str, depth: int) -> Document | None:
    """The document, when its whole body is one imported HTML or DOCX part (what converters from
    HTML to Word write): that part read by its own reader, kept whole (sections, captions, figures)
    and stated as the DOCX's."""
    items = _paragraphs_in_order(document)
    chunks = [item for kind, item in items if kind == "chunk"]
    if len(chunks) != 1 or any(kind == "table" or (kind == "paragraph" and item.text.strip())
                               for kind, item in items):
        return None
    read = _chunk_document(chunks[0], document, source, depth)
    if read is None:
        return None
    meta = dict(read.meta)
    meta["title_source"] = f"docx: {meta.get('title_source', 'the part it imports')} (the body is one w:altChunk)"
    return read.evolve(format="docx", meta=tuple(meta.items()))


def _chunk_items(element, document, src: _Source, source: str, depth: int) -> list[_Item]:
    """A chunk standing among Word's own paragraphs, as items in its place: the imported
    document's title, headings, paragraphs and captions (a plain-text chunk's paragraphs)."""
    chunk = chunk_of(element, document)
    if chunk is not None and chunk.format == "text":
        return [_Item("paragraph", src.add(text)) for text in paragraphs_of_text(chunk.data)]
    read = _chunk_document(element, document, source, depth)
    if read is None:
        return []
    items = [_Item("heading", src.add(read.title), level=1)] if read.title else []
    titles = {(s.start, s.end) for s in read.sections}
    for block in read.blocks:
        text = read.text[block.start:block.end]
        if block.kind == "heading" and (block.start, block.end) in titles and text == read.title:
            continue
        kind = {"heading": "heading", "caption": "caption", "credit": "caption"}.get(block.kind, "paragraph")
        items.append(_Item(kind, src.add(text), level=2 if kind == "heading" else 0, credit=block.kind == "credit"))
    return items


def _without_running_lines(items: list[_Item]) -> list[_Item]:
    """The items of a document converted from PDF without the running heads, footers and page
    numbers its pages printed (``running_lines``, the layout stage's rule) and without the empty
    paragraphs a converter spaces its lines with; the first item left on each page after the
    first starts it (``break_before``)."""
    lines = [(item.page, item.text.text if not item.images else "") for item in items]
    running = running_lines(lines)
    out: list[_Item] = []
    for n, item in enumerate(items):
        if n in running or not (item.images or item.text.text.strip()):
            continue
        if out and out[-1].page != item.page:
            item = replace(item, break_before=True)
        out.append(item)
    return out


def _mended_words(items: list[_Item]) -> list[_Item]:
    """Items with each word a line end broke made whole ("mon-" | "astery": "monastery"), the
    hyphen of a compound kept ("twenty-" | "six"), as the document's hyphen judge decides (on the
    document's text with its lines broken where they were printed, as the PDF path reads it)."""
    judge = HyphenJudge("\n".join(with_line_ends(item.text.text, item.breaks) for item in items))
    out = []
    for item in items:
        drops = mended(item.text.text, list(item.breaks), judge) if item.breaks else []
        if drops:
            spans = [(a + 1, b) for a, b in zip([-1, *drops], [*drops, len(item.text)], strict=True)]
            item = replace(item, text=item.text.keep(spans)[0], breaks=())
        out.append(item)
    return out


def _joined_across_breaks(items: list[_Item]) -> list[_Item]:
    """Items with a body paragraph that a page or column break parts in mid-sentence, stored as
    two paragraphs (the second starting the new page or column), made one again (``_goes_on``).
    A paragraph holding nothing but the break (no text, no picture) passes its break on to the
    paragraph before it and is dropped, so the halves it stands between meet."""
    out: list[_Item] = []
    for item in items:
        before = out[-1] if out else None
        if (before is not None and (item.break_after or item.break_before)
                and not item.text.text.strip() and not item.images):
            out[-1] = replace(before, break_after=True)
            continue
        if before is not None and (before.break_after or item.break_before) and _goes_on(before, item):
            out[-1] = _joined(before, item)
        else:
            out.append(item)
    return out


def _joined_around_figures(items: list[_Item]) -> list[_Item]:
    """Items with a paragraph that a figure parts in mid-sentence made one again: a paragraph of
    text ending no sentence, then a picture (paragraphs holding images and no text) with its
    caption rows and credit lines, then a paragraph going on with the sentence (``_goes_on``) —
    the two halves joined, the figure right after them."""
    out: list[_Item] = []
    n = 0
    while n < len(items):
        item = items[n]
        end = n + 1
        while end < len(items) and _figure_part(items[end]):
            end += 1
        figure = items[n + 1 : end]
        pictured = any(part.images for part in figure)
        if pictured and end < len(items) and _line_goes_on_plain(item, items[end]) and _goes_on(item, items[end]):
            out.append(_joined(item, items[end]))
            out.extend(figure)
            n = end + 1
            continue
        out.append(item)
        n += 1
    return out


def _figure_part(item: _Item) -> bool:
    """A part of a figure set in the text's flow: a picture paragraph with no text, a caption, a
    caption's credit line, or an empty paragraph spacing them from the text (a converter closes a
    table holding the picture and its caption with one)."""
    if not item.text.text.strip():
        return True
    return item.kind == "caption" or item.credit


def _joined_lines(items: list[_Item], lines_only: bool = False) -> list[_Item]:
    """Items with the lines of one paragraph that a producer wrote each as a paragraph of its own
    (a converter from PDF writes every printed line, or every run, as a ``w:p``) made one again:
    a paragraph of text going on with the sentence the one before it leaves open (``_line_goes_on``),
    or, in a document of printed lines (``lines_only``), going on after a full line of its column
    that happens to end a sentence (``_full_line_goes_on``)."""
    widths = _line_run_widths(items) if lines_only else {}
    out: list[_Item] = []
    for n, item in enumerate(items):
        before = out[-1] if out else None
        under_picture = len(out) > 1 and bool(out[-2].images)  # ``before`` may be the picture's caption
        if before is not None and not under_picture and (
                _line_goes_on(before, item) or _full_line_goes_on(items[n - 1], item, widths.get(n))):
            out[-1] = _joined(before, item)
        else:
            out.append(item)
    return out


def _line_run_widths(items: list[_Item]) -> dict[int, float]:
    """For each item going on a run of plain paragraphs in one style and face that are one
    column's printed lines (``line_measure``), that column's full line (characters)."""
    widths: dict[int, float] = {}
    start = 0
    for end in range(1, len(items) + 1):
        if end < len(items) and _same_run(items[end - 1], items[end]):
            continue
        width = line_measure([len(" ".join(item.text.text.split())) for item in items[start:end]])
        if width is not None:
            widths.update((n, width) for n in range(start + 1, end))
        start = end
    return widths


def _same_run(before: _Item, item: _Item) -> bool:
    return (before.kind == item.kind == "paragraph" and not before.images and not item.images
            and before.style == item.style and before.look is not None and item.look is not None
            and before.look.face == item.look.face)


def _full_line_goes_on(line: _Item, item: _Item, width: float | None) -> bool:
    """``item`` is the next line of the paragraph whose last line is ``line``, though ``line``
    ends a sentence: ``line`` is a full line of its column (``full_line_ends``), and ``item`` opens
    no paragraph (no first-line indent, no space above it)."""
    if width is None or item.indented or item.look is None or item.look.space_before > 0:
        return False
    text = " ".join(line.text.text.split())
    return (ends_sentence(text) and full_line_ends(len(text), width) and _line_goes_on_plain(line, item)
            and not item.text.text[:1].islower())


def _line_goes_on_plain(before: _Item, item: _Item) -> bool:
    return all(not (x.listed or x.numbered or x.credit or x.quoted or x.held or x.floating or x.row
                    or x.credit_at is not None or x.kind != "paragraph") for x in (before, item))


def _line_goes_on(before: _Item, item: _Item) -> bool:
    """``item`` is the next line of ``before``'s paragraph: both plain paragraphs in one style
    (no list item, credit, quotation or frame), ``before`` ending no sentence and no colon and
    opening with no position label (a caption), and
    the sentence going on (``_goes_on``: ``item`` opens in lower case, or ``before`` is longer than
    a heading)."""
    plain = all(not (x.listed or x.numbered or x.credit or x.quoted or x.held or x.floating
                     or x.credit_at is not None) for x in (before, item))
    head = " ".join(before.text.text.split())
    return (plain and before.style == item.style and not head.endswith(":") and match_label(head) is None
            and _goes_on(before, item))


def _goes_on(before: _Item, item: _Item) -> bool:
    """``item`` goes on with the sentence ``before`` leaves open: both paragraphs of text in one
    face, ``before`` ending no sentence, and ``item`` opening in lower case or ``before`` longer
    than a heading (prose cut off, not a title line)."""
    if before.kind != "paragraph" or item.kind != "paragraph" or before.row or item.row:
        return False
    if before.images or item.images or before.look is None or item.look is None:
        return False
    head, tail = " ".join(before.text.text.split()), " ".join(item.text.text.split())
    if not head or not tail or before.look.face != item.look.face or ends_sentence(head):
        return False
    return tail[0].islower() or len(head.split()) > DOCX_LIMITS["heading_words"]


def _joined(first: _Item, second: _Item) -> _Item:
    """One item of two: ``second``'s text after ``first``'s, a space standing for what parted them."""
    text = MappedText()
    text.extend(first.text)
    broken = bool(_BROKEN_LINE.search(first.text.text)) and second.text.text[:1].isalpha()
    if not broken:  # a word broken at the line's end ("gran-" | "ite") goes on with no space
        text.append_char(" ", first.text.ends[-1], second.text.starts[0])
    shift = len(text)
    text.extend(second.text)
    breaks = (*first.breaks, *((len(first.text),) if broken else ()), *(at + shift for at in second.breaks))
    return replace(first, text=text, break_after=second.break_after, breaks=breaks)


_BROKEN_LINE = re.compile(r"[^\W\d_]-\Z")  # a line closing on a letter and a hyphen: a word goes on on the next


def _same_line_type(before: _Item, line: _Item) -> bool:
    """Two placed lines one paragraph may hold: both paragraphs of text, no picture, in one style and type."""
    return (before.kind == line.kind == "paragraph" and not before.images and not line.images
            and bool(before.text.text.strip()) and bool(line.text.text.strip())
            and before.style == line.style and before.bold == line.bold and before.size == line.size
            and before.italic == line.italic)


def _opening_line(items: list[_Item]) -> str | None:
    """A document with no Title paragraph, no heading and no title of its own in its properties:
    its first line names it when it is a heading in all but style -- short, no picture, ending no
    sentence -- over prose (the next line ends a sentence). Else None: the builder falls back
    to the file's name."""
    if any(item.kind in ("title", "heading") for item in items):
        return None
    lines = [item for item in items if item.text.text.strip()]
    if len(lines) < 2 or lines[0].kind != "paragraph" or lines[0].images:
        return None
    text, after = " ".join(lines[0].text.text.split()), " ".join(lines[1].text.text.split())
    if len(text.split()) > DOCX_LIMITS["heading_words"] or ends_sentence(text) or not ends_sentence(after):
        return None
    return text


def _section_head(kind: str, item, heads: dict) -> str | None:
    """The heading a Word section's own header gives the section this element opens, unless
    the element is a heading itself (the section titles itself in its body)."""
    element = getattr(item, "_p", None) if kind == "paragraph" else getattr(item, "_tbl", None)
    if element not in heads:
        return None
    if kind == "paragraph" and (_HEADING.match(_style_name(item)) or _outline_level(item) is not None):
        return None
    return heads[element]


def _section_head_level(order: list) -> int:
    """The level of headings read from section headers: one under the body's top heading level."""
    levels = [int(m.group(1)) for kind, item in order
              if kind == "paragraph" and (m := _HEADING.match(_style_name(item)))]
    return min(3, min(levels, default=1) + 1)


def _paragraph_item(item, document, src: _Source, numbering, held: bool = False) -> _Item:
    """The item of a paragraph: a title, heading, caption or paragraph by its style;
    ``held`` when it stands in a frame or box with others (a picture and its caption)."""
    style = _style_name(item)
    text = paragraph_text(item)
    mapped = src.add(text)
    numbered = numbering.label(item)
    heading = _HEADING.match(style) if DOCX_SWITCHES["style_names"] else None
    outline = _outline_level(item)
    images = _images(item, document)
    italic = _italic(item)
    if style.lower() == "title" and DOCX_SWITCHES["style_names"]:
        return _Item("title", mapped, 0, italic, images)
    broken_at = text.find("\n") if "\n" in text else None
    # a heading's label line over its title in the same paragraph ("Stop 4" + break + "The Orchard")
    heading_break = broken_at if DOCX_SWITCHES["broken_heading_labels"] else None
    if heading:
        return _Item("heading", mapped, int(heading.group(1)), italic, images, numbered=numbered, style=style,
                     look=paragraph_look(item), broken_at=heading_break)
    if outline is not None:  # a custom heading style: its outline level says so
        return _Item("heading", mapped, outline + 1, italic, images, numbered=numbered, style=style,
                     look=paragraph_look(item), broken_at=heading_break)
    if "caption" in style.lower():  # "Caption", "Image Caption", "Figure caption"
        return _Item("caption", mapped, 0, italic, images)
    return _Item(
        "paragraph", mapped, 0, italic, images, _bold(item), _size(item), broken_at, numbered,
        quoted="quote" in style.lower(), credit=_credit_style(style), set_apart=_set_apart(item),
        credit_at=_caption_credit_break(text, held) or _italic_credit_tail(item, text), held=held, style=style, look=paragraph_look(item),
        break_before=_page_break_before(item), break_after=_ends_on_break(item), listed=in_list(item),
        run_in=_run_in_head(item, text), breaks=_line_breaks(item, text), indented=_first_line_indented(item),
    )


def _first_line_indented(paragraph) -> bool:
    indent = format_value(paragraph_formats(paragraph), "first_line_indent")
    return bool(indent and indent > 0)


def _line_breaks(paragraph, text: str) -> tuple[int, ...]:
    """Where a run closing on a broken word's hyphen meets the next (``run_breaks``), when the
    runs' text is the paragraph's."""
    breaks = run_breaks(paragraph._p)
    if not breaks or "".join(t.text or "" for t in paragraph._p.iter(f"{_W}t")) != text:
        return ()
    return tuple(breaks)


_CLOSING_STOPS = (".", ":")


def _run_in_head(paragraph, text: str) -> int | None:
    """Where the stop closing a run-in head stands: the paragraph opens with bold runs holding a
    short title-case phrase (at most ``heading_words`` words, one sentence) closed by a full stop or
    colon, and goes on in lighter type with running text of ``run_in_prose_words`` words or more to
    a sentence's end ("**The Storm.** In 1881 a gale ..."), after its label if it has one ("**2. The
    Storm.**": the label's own stop ends no sentence). A position label or credit lead
    ("**Above:**") opens a caption, not a section. Else None."""
    lead = ""
    for run in paragraph.runs:
        if not run.text:
            continue
        if not _run_font(run, paragraph, "bold"):
            break
        lead += run.text
    head = lead.strip()
    stripped = text.lstrip()
    if not head or not stripped.startswith(head) or not head.endswith(_CLOSING_STOPS):
        return None
    rest = stripped[len(head):].strip()
    label, cut = heading_label(head)
    words_of = head[cut:] if label is not None else head  # "1. The Storm.": the title after its label's stop
    if not 0 < len(head.split()) <= DOCX_LIMITS["heading_words"] or INNER_SENTENCE_END.search(words_of):
        return None
    if not is_title_like(words_of[:-1]) or len(rest.split()) < DOCX_LIMITS["run_in_prose_words"] or not ends_sentence(rest):
        return None
    if match_label(head) is not None or is_credit_line(head, names=False):
        return None
    return len(text) - len(stripped) + len(head) - 1


def _parted_run_in_heads(items: list[_Item]) -> list[_Item]:
    """Items with each run-in head set before its paragraph as a heading, in a document with no
    heading of its own that opens at least ``run_in_heads`` paragraphs so, each head another phrase
    (one bold opening is emphasis; heads saying one phrase again are a repeated lead, "**Note.**")."""
    heads = [item for item in items if item.kind == "paragraph" and item.run_in is not None]
    titles = [" ".join(item.text.text[: item.run_in].split()).lower() for item in heads]
    labelled = _run_ins_under_labels(items)
    if not DOCX_LIMITS["run_in_heads"] or len(set(titles)) < len(titles):
        return items
    if any(item.kind == "heading" for item in items) or len(heads) < DOCX_LIMITS["run_in_heads"]:
        if len(labelled) < DOCX_LIMITS["run_in_heads"]:
            return items
    else:
        labelled = {id(item) for item in heads}
    out: list[_Item] = []
    for item in items:
        stop = item.run_in
        if id(item) not in labelled or stop is None:
            out.append(item)
            continue
        rest = stop + 1 + len(item.text.text[stop + 1 :]) - len(item.text.text[stop + 1 :].lstrip())
        out.append(_Item("heading", item.text.slice(0, stop), 1, item.italic, style=item.style, look=item.look))
        out.append(replace(item, text=item.text.slice(rest, len(item.text.text)), run_in=None))
    return out


def _run_ins_under_labels(items: list[_Item]) -> set[int]:
    """The ``id`` of each paragraph opening with a run-in head right under a heading that is a
    unit's label alone ("Leg 2" styled as a heading, then "**The Storm.** In 1881 ..."): in a
    document with headings of its own, such a label names its unit and the bold head is the
    unit's title, so it is parted as in a document without headings (``_parted_run_in_heads``)."""
    found: set[int] = set()
    before: _Item | None = None
    for item in items:
        if not (item.text.text.strip() or item.images):
            continue
        if (item.kind == "paragraph" and item.run_in is not None and before is not None
                and (before.kind == "heading" and kicker_label(before.text.text) is not None
                     or _label_paragraph(before))):
            found.add(id(item))
        before = item
    return found


def _label_paragraph(item: _Item) -> bool:
    """A paragraph of its own holding a unit's label alone, in bold or capitals ("**Stage 2**",
    "ROOM 4"; ``_label_over_heading``): over a paragraph opening with a run-in head it labels the
    unit that head titles, as a label styled as a heading does (round 51, structset65)."""
    text = " ".join(item.text.text.split())
    return (bool(DOCX_SWITCHES["label_paragraph_run_ins"]) and item.kind == "paragraph" and not item.images
            and not item.row and (item.bold or text.isupper()) and _label_over_heading(text) is not None)


_BREAKS = ("page", "column")


def _page_break_before(paragraph) -> bool:
    """The paragraph starts a new page (``w:pageBreakBefore`` on it or its style) or column, or
    opens on a page or column break."""
    if any(format_value([f], "page_break_before") for f in paragraph_formats(paragraph)):
        return True
    first = next((el for el in paragraph._p.iter(f"{_W}t", f"{_W}br") if el.tag == f"{_W}br" or el.text), None)
    return first is not None and first.tag == f"{_W}br" and first.get(f"{_W}type") in _BREAKS


def _ends_on_break(paragraph) -> bool:
    """The paragraph's last content is a page or column break (its text goes on on the next page)."""
    last = None
    for el in paragraph._p.iter(f"{_W}t", f"{_W}br"):
        if el.tag == f"{_W}br" or el.text:
            last = el
    return last is not None and last.tag == f"{_W}br" and last.get(f"{_W}type") in _BREAKS


def _set_apart(paragraph) -> bool:
    """The paragraph is set off the text column, directly or by its style (or that
    style's bases): centred, ruled above or below (``w:pBdr``), or indented on the left."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    formats = [paragraph.paragraph_format] + [s.paragraph_format for s in style_chain(_safe_style(paragraph))]
    alignment = format_value(formats, "alignment")
    indent = format_value(formats, "left_indent")
    ruled = any(f.element.find(f"{_W}pPr/{_W}pBdr") is not None for f in formats)
    return alignment == WD_ALIGN_PARAGRAPH.CENTER or ruled or bool(indent and indent > 0)


def _cell_items(table, rows: list | None = None) -> list:
    """The paragraphs and tables of a table's cells (of ``rows``, by default all) as (kind, object)
    items, row by row and cell by cell (a merged cell once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list = []
    for row in table.rows if rows is None else rows:
        for cell in _unique_cells(row):
            _block_items(cell._tc, cell, items, Table, Paragraph)
    return items


def _layout_table(cells: list, table=None) -> bool:
    """A table (its ``_cell_items``) used to place a page's parts, not to hold data: one of
    its cells holds a paragraph in a title or heading style (a panel's heading over its text
    in a column), or it is a box of one cell holding several paragraphs (a shaded side-bar:
    a table of one cell holds no data to read across), or its one row holds columns of
    prose (``_prose_columns``)."""
    if table is not None and _one_cell(table) and sum(
            1 for part, inner in cells if part == "paragraph" and paragraph_text(inner).strip()) > 1:
        return True
    if table is not None and _prose_columns(table):
        return True
    if table is not None and DOCX_SWITCHES["headed_prose_cells"] and _headed_prose_cell(table):
        return True
    for paragraph in (inner for part, inner in cells if part == "paragraph"):
        style = _style_name(paragraph)
        if DOCX_SWITCHES["style_names"] and (style.lower() == "title" or _HEADING.match(style)):
            return True
        if _outline_level(paragraph) is not None:
            return True
    return False


def _headed_prose_cell(table) -> bool:
    """One of the table's cells holds a heading set by its type over a paragraph of prose
    (``_headed_cell``). A panel laid in a cell holds that; a cell of data holds a value, or a
    description with no heading of its own over it."""
    return any(_headed_cell(cell) for row in table.rows for cell in _unique_cells(row))


def _headed_cell(cell, opens: bool = False) -> bool:
    """The cell holds a short paragraph ending no sentence (``heading_words``) standing
    ``heading_prominence`` from the type of the cell's prose (``_docx_format.prominence``), then a
    paragraph of prose (``box_prose_words`` words or more, ending a sentence); ``opens``: its first
    paragraph is that heading."""
    lines = [p for p in cell.paragraphs if p.text.strip()]
    prose = [_prose_paragraph(p) for p in lines]
    body = body_look([(paragraph_look(p), len(p.text)) for p, is_prose in zip(lines, prose, strict=True) if is_prose])
    if body is None:
        return False
    for n, paragraph in enumerate(lines[:1] if opens else lines[:-1]):
        text = " ".join(paragraph_text(paragraph).split())
        if (any(prose[n + 1:]) and len(text.split()) <= DOCX_LIMITS["heading_words"] and not ends_sentence(text)
                and prominence(paragraph_look(paragraph), body) >= DOCX_LIMITS["heading_prominence"]):
            return True
    return False


def _repeated_head(table) -> bool:
    """The table's first row is one Word repeats on every page (``w:tblHeader``), more rows under it."""
    rows = list(table.rows)
    return len(rows) > 1 and rows[0]._tr.find(f"{_W}trPr/{_W}tblHeader") is not None


def _side_labels(table) -> set:
    """The paragraphs (``_p``) of a layout table that label the panel beside them: a cell holding one
    short line ending no sentence (``series_label_words``) right before a cell of the same row that
    opens with a heading over prose (``_headed_prose_cell`` read on that cell) -- a label set in the
    margin column beside its panel's heading ("Stage two" beside "The Long Climb")."""
    found = set()
    for row in table.rows:
        cells = _unique_cells(row)
        for cell, beside in zip(cells, cells[1:], strict=False):
            lines = [p for p in cell.paragraphs if p.text.strip()]
            text = " ".join(paragraph_text(lines[0]).split()) if len(lines) == 1 else ""
            if (0 < len(text.split()) <= DOCX_LIMITS["series_label_words"] and not ends_sentence(text)
                    and _headed_cell(beside, opens=True)):
                found.add(lines[0]._p)
    return found


def _prose_paragraph(paragraph) -> bool:
    text = " ".join(paragraph_text(paragraph).split())
    return len(text.split()) >= DOCX_LIMITS["box_prose_words"] and ends_sentence(text)


def _prose_columns(table) -> bool:
    """A table of one row set as columns of text: two cells or more, each holding text and
    each holding a paragraph of prose (``box_prose_words`` words or more, ending a
    sentence), which no cell of data does; its cells are read one after the other."""
    rows = table.rows
    if len(rows) != 1:
        return False
    cells = [cell for cell in _unique_cells(rows[0]) if any(p.text.strip() for p in cell.paragraphs)]
    return len(cells) > 1 and all(any(
        len(text.split()) >= DOCX_LIMITS["box_prose_words"] and ends_sentence(text)
        for text in (" ".join(paragraph_text(p).split()) for p in cell.paragraphs)) for cell in cells)


def _titled_box(table):
    """The paragraph of a one-cell table that is a side-bar set as a box: its only text, no
    picture, a short first line ending no sentence (or asking a question) broken off by a
    line break from prose ending a sentence (its title and text in one paragraph); or None."""
    if not _one_cell(table):
        return None
    cells = _cell_items(table)
    texts = [inner for part, inner in cells if part == "paragraph" and paragraph_text(inner).strip()]
    if len(texts) != 1 or any(part != "paragraph" for part, _ in cells) or texts[0]._p.xpath(".//w:drawing"):
        return None
    title, _, body = paragraph_text(texts[0]).strip().partition("\n")
    short = 0 < len(title.split()) <= DOCX_LIMITS["heading_words"]
    titled = short and (not ends_sentence(title) or title.rstrip().endswith("?"))
    prose = len(body.split()) >= DOCX_LIMITS["box_prose_words"] and ends_sentence(body.strip())
    return texts[0] if titled and prose else None


def _closing_notes_at(blocks: list[_Item]) -> int:
    """Where the document's own closing notes begin: its last heading, when that heading
    reads as the notes' title (``NOTES_TITLE``) and every paragraph under it opens with a
    note number ("1 Translations …"); else the end."""
    at = max((n for n, item in enumerate(blocks) if item.kind == "heading"), default=None)
    if at is None or " ".join(blocks[at].text.text.split()).lower() != NOTES_TITLE.lower():
        return len(blocks)
    under = [item.text.text.strip() for item in blocks[at + 1:] if item.text.text.strip()]
    numbered = bool(under) and all(_NOTE_NUMBER.match(text) for text in under)
    return at if numbered else len(blocks)


_NOTE_NUMBER = re.compile(r"^(?:\d{1,3}|\[\d{1,3}\])[.)]?\s")


def _called_notes_at(blocks: list[_Item], calls: set[str]) -> int:
    """Where the notes typed as plain paragraphs at the body's end begin: each of the
    last paragraphs opening with a number that a raised note call in the text carries
    ("1 The crew …" after "Mattingly¹"), in type smaller than the body's when sizes are
    set -- or in any type when those paragraphs answer every call once, in order
    ("1", "2", … as many as the calls); else the end."""
    sizes = [item.size for item in blocks if item.kind == "paragraph" and item.size]
    body = max(set(sizes), key=sizes.count) if sizes else None
    every = _notes_start(blocks, calls, None)
    numbers = [_note_number(item) for item in blocks[every:]]
    if numbers and numbers == [str(k) for k in range(1, len(calls) + 1)]:
        return every
    if DOCX_SWITCHES["unnumbered_listed_notes"] and (listed := _unnumbered_listed_notes(blocks, calls)) is not None:
        return listed
    return _notes_start(blocks, calls, body)


def _unnumbered_listed_notes(blocks: list[_Item], calls: set[str]) -> int | None:
    """Where the body's last paragraphs start when they are items of a Word list printing no number
    (bulleted, or naming a numbering the package does not define), as many as the raised calls
    "1" … "n", under a notes heading (``_notes_heading``): the notes answering those calls, in order."""
    at = len(blocks)
    while at > 0 and blocks[at - 1].kind == "paragraph" and blocks[at - 1].listed and not blocks[at - 1].images:
        at -= 1
    run = blocks[at:]
    counted = sorted(calls, key=int) == [str(k) for k in range(1, len(calls) + 1)]
    if not run or not counted or len(run) != len(calls) or any(_note_number(item) for item in run):
        return None
    return at if _notes_heading(blocks[:at]) else None


def _notes_heading(blocks: list[_Item]) -> bool:
    """The last item is a heading, of any level, reading as the notes' title (``NOTES_TITLE``); or,
    with ``bold_notes_heading``, a paragraph so reading set in bold (a heading by its type in a
    document that styles none: the type tells headings later, ``_headings_by_type``)."""
    last = blocks[-1] if blocks else None
    if last is None or not DOCX_SWITCHES["listed_notes"]:
        return False
    headed = last.kind == "heading" or bool(DOCX_SWITCHES["bold_notes_heading"]) and last.kind == "paragraph" and last.bold
    return headed and " ".join(last.text.text.split()).lower() == NOTES_TITLE.lower()


def _notes_start(blocks: list[_Item], calls: set[str], body: float | None) -> int:
    """The first of the last paragraphs that open with a called number (set smaller than
    ``body`` when it and their size are known)."""
    at = len(blocks)
    while at > 0:
        item = blocks[at - 1]
        if item.kind != "paragraph" or item.images or _note_number(item) not in calls or (
                body and item.size and item.size >= body):
            break
        at -= 1
    return at


def _note_number(item: _Item) -> str:
    """The number a note paragraph opens with: typed ("1 The crew …"), or printed by Word's list
    numbering ("1." before the paragraph's text)."""
    number = _NOTE_NUMBER.match(item.text.text.strip())
    if number:
        return number.group(0).strip(" .)[]")
    listed = _LISTED_NUMBER.fullmatch(item.numbered or "") if DOCX_SWITCHES["listed_notes"] else None
    return listed.group(1) if listed else ""


_LISTED_NUMBER = re.compile(r"\[?(\d{1,3})[.)\]]?")


def _note_calls(document) -> set[str]:
    """The numbers raised as note calls anywhere in the body (superscript digits)."""
    calls: set[str] = set()
    raised = _raised_styles(document)
    for run in document.element.body.iter(f"{_W}r"):
        if _raised(run, raised):
            text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
            if _CALL_DIGITS.fullmatch(text):
                calls.add(text)
    return calls


def _side_bar(table) -> tuple[str, list[str], bool] | None:
    """A one-cell table set as a side-bar: its title, its paragraphs of prose and whether
    they are italic; the title and text in one paragraph (``_titled_box``) or a shaded
    cell of a title paragraph over paragraphs of prose (``_shaded_box``); or None."""
    boxed = _titled_box(table)
    if boxed is not None:
        head, _, body = paragraph_text(boxed).partition("\n")
        return head.strip(), [" ".join(body.split())], _italic(boxed)
    return _shaded_box(table)


def _shaded_box(table) -> tuple[str, list[str], bool] | None:
    """A shaded one-cell table, no picture and no inner table, whose first paragraph is a
    short line ending no sentence (or asking a question), no panel label (``kicker_label``: "Bay
    B", "Panel 2", with ``labelled_panels`` on), and whose other paragraphs are prose ending a
    sentence: a side-bar of a title paragraph over its text; or None."""
    if not _one_cell(table) or not _shaded(table):
        return None
    cells = _cell_items(table)
    paragraphs = [inner for part, inner in cells if part == "paragraph" and paragraph_text(inner).strip()]
    if len(paragraphs) < 2 or any(part != "paragraph" for part, _ in cells) or any(
            p._p.xpath(".//w:drawing") for p in paragraphs):
        return None
    title = " ".join(paragraph_text(paragraphs[0]).split())
    bodies = [" ".join(paragraph_text(p).split()) for p in paragraphs[1:]]
    short = 0 < len(title.split()) <= DOCX_LIMITS["heading_words"]
    titled = short and (not ends_sentence(title) or title.endswith("?"))
    if titled and DOCX_SWITCHES["labelled_panels"] and kicker_label(title) is not None:
        return None  # a panel's label over its text ("Bay B"): a section of the text where it stands
    prose = sum(len(b.split()) for b in bodies) >= DOCX_LIMITS["box_prose_words"] and all(
        ends_sentence(b) for b in bodies)
    return (title, bodies, any(_italic(p) for p in paragraphs[1:])) if titled and prose else None


def _placeholder_picture(table) -> bool:
    """An empty shaded one-cell table, no text and no picture in it: a grey box standing in for a
    picture (``placeholder_pictures``); the one-cell table right under it holds the caption."""
    if not DOCX_SWITCHES["placeholder_pictures"] or not _one_cell(table) or not _shaded(table):
        return False
    paragraphs = [inner for part, inner in _cell_items(table) if part == "paragraph"]
    return len(paragraphs) == len(_cell_items(table)) and not any(
        paragraph_text(p).strip() or p._p.xpath(".//w:drawing | .//w:pict") for p in paragraphs)


def _shaded(table) -> bool:
    """The table's cell or the table is filled with a colour (``w:shd`` with a fill)."""
    fills = table._tbl.xpath(".//w:tcPr/w:shd/@w:fill | ./w:tblPr/w:shd/@w:fill")
    return any(fill.lower() not in ("auto", "ffffff") for fill in fills)


def _label_heading_row(table) -> tuple | None:
    """A heading laid as a table of one row of two cells: the first holds a section label alone
    (``alone_label``: "A", "3", "IV", "Part 2"), the second one short bold line ending no sentence
    (``heading_words``): the (label, title) paragraphs; else None. A data table's row has a head
    row over it, or values that are no label and title."""
    rows = table.rows
    if len(rows) != 1 or len(cells := _unique_cells(rows[0])) != 2 or table._tbl.xpath(".//w:tbl"):
        return None
    lines = [[p for p in cell.paragraphs if p.text.strip()] for cell in cells]
    if any(len(found) != 1 for found in lines):
        return None
    label, title = lines[0][0], lines[1][0]
    text = " ".join(title.text.split())
    if (alone_label(" ".join(label.text.split())) is None or ends_sentence(text) or not _bold(title)
            or len(text.split()) > DOCX_LIMITS["heading_words"] or alone_label(text) is not None):
        return None
    return label, title


def _one_cell(table) -> bool:
    rows = table.rows
    return len(rows) == 1 and len(_unique_cells(rows[0])) == 1


def _core_properties(document, words: int) -> tuple[str | None, dict[str, str]]:
    """Title, author and date from ``docProps/core.xml`` and ``app.xml``, when the document's own
    (see :mod:`vitrina.ingest.metadata`); nothing when those parts are damaged.

    The parts are optional metadata: a malformed one (wrong root element, odd
    values) must not cost the document its text.
    """
    if not _has_core_part(document):
        return None, {}  # python-docx would make up a placeholder ("Word Document", created now)
    try:
        core = document.core_properties
        props = DocxProperties(
            title=core.title or "", author=core.author or "", last_modified_by=core.last_modified_by or "",
            created=core.created, modified=core.modified, revision=core.revision or 0,
            actual_words=words, **_app_properties(document),
        )
        meta = docx_metadata(props)
    except Exception:  # noqa: BLE001 - python-docx raises AttributeError, ValueError… on damaged parts
        return None, {}
    return meta.pop("title", None), meta


def _has_core_part(document) -> bool:
    """Whether the package holds a ``docProps/core.xml`` of its own. Without one, python-docx's
    ``core_properties`` is a default it makes up -- the title "Word Document", its own name as
    the author, the moment of reading as the created date -- which is no metadata of the file."""
    try:
        return any(rel.reltype.endswith("/core-properties") for rel in document.part.package.rels.values())
    except Exception:  # noqa: BLE001 - a damaged package: no metadata rather than no text
        return False


_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def _app_properties(document) -> dict:
    """The template and word count ``docProps/app.xml`` states ({} when none or unreadable)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            try:
                root = etree.fromstring(part.blob, safe_xml_parser())
            except etree.XMLSyntaxError:
                return {}
            template, words = root.findtext(f"{_APP}Template"), root.findtext(f"{_APP}Words")
            found: dict = {"template": (template or "").strip()}
            if words and words.strip().isdigit():
                found["stated_words"] = int(words)
            return found
    return {}


def _emit(builder: DocumentBuilder, items: list[_Item], lines: LineIndex) -> str | None:
    """Sections, blocks and figures from the document's paragraphs, in order."""
    if DOCX_SWITCHES["blank_paragraphs_skipped"]:
        items = [item for item in items if not _blank(item)]
    sections = [n for n, item in enumerate(items) if item.kind == "heading" and 1 <= item.level <= 3]
    counted = counting_labels([" ".join(items[n].text.text.split()) for n in sections])
    counted_at = {sections[k]: label for k, label in counted.items()}
    worded = worded_labels([" ".join(items[n].text.text.split()) for n in sections])
    worded_at = {sections[k]: label for k, label in worded.items()}
    grouping = _grouping_headings(items)
    series = _series_labels(items, sections) | (_label_lines(items, sections) if DOCX_SWITCHES["label_lines"] else set())
    kinds = {n for n in series if _callout_kind(items[n])}  # a callout's kind over its title: left out
    title = None
    label: str | None = None  # a panel label alone on the paragraph before its heading
    waiting: list[_Image] = []  # images whose caption may follow
    skip: set[int] = set()
    for n, item in enumerate(items):
        if n in skip:
            continue
        mapped, _ = item.text.normalise_space()
        if item.images:
            _flush(builder, waiting)
            waiting = list(item.images)
        if not mapped.text:
            continue
        following = items[n + 1] if n + 1 < len(items) else None
        in_list = item.listed and n > 0 and items[n - 1].listed and bool(DOCX_SWITCHES["list_items_no_labels"])
        if not in_list and _label_before_heading(item, mapped, following):
            label = _label_over_heading(mapped.text)
            continue
        if n in kinds:
            continue
        if n in series or item.side_label and following is not None and following.kind in ("heading", "title"):
            label = kicker_label(mapped.text) or mapped.text
            continue
        if item.kind == "title":
            title = title or mapped.text
            builder.section(label, mapped.pieces(lines), rank=0)  # the Title style, over Heading 1
        elif item.kind == "heading" and n in grouping:
            builder.block("heading", mapped.pieces(lines))  # it groups the sections under it, none itself
        elif item.kind == "heading" and 1 <= item.level <= 3:
            own, mapped = _heading_label(mapped, counted_at.get(n), item)
            mapped = mapped if own else _without_callout_kind(mapped)
            if own is None and n in worded_at:
                own, cut = worded_at[n]
                mapped, _ = mapped.slice(cut, len(mapped)).normalise_space()
            # a label typed over the heading is the author's, before a number its style's list gives it
            first = label if DOCX_SWITCHES["typed_labels_first"] else item.numbered
            builder.section(own or first or label or item.numbered, mapped.pieces(lines), rank=item.level)
        elif item.kind == "heading":
            builder.block("heading", mapped.pieces(lines))
        elif item.kind == "caption" or (waiting and _caption_after_image(item, mapped)) or (
                not waiting and _caption_over_image(items, n, mapped)) or _caption_over_credit(
                item, mapped, following) or (item.kind == "paragraph" and item.credit_at is not None):
            # the credit is the paragraph under the caption, or under the picture a
            # caption set above it stands over
            at = n + 2 if not waiting and _picture_only(following) else _after_rows(items, n + 1)
            credit_item = items[at] if at < len(items) and items[at].kind == "paragraph" else None
            mapped = _without_producer_number(mapped, waiting or (items[n + 1].images if following else []))
            block, used = _caption(builder, mapped, credit_item, lines, _own_credit(item))
            if used:
                skip.add(at)
            after = n + 2 if used and at == n + 1 else n + 1
            if not waiting and after < len(items) and items[after].images:
                waiting = list(items[after].images)  # a caption set above its picture
                items[after] = replace(items[after], images=[])
            _flush(builder, waiting, block)
            waiting = []
        else:
            _flush(builder, waiting)
            waiting = []
            builder.block("table" if item.kind == "table" else "paragraph", mapped.pieces(lines))
        label = None
    _flush(builder, waiting)
    return title


def _blank(item: _Item) -> bool:
    """An empty paragraph: no text and no picture (a line of spacing)."""
    return item.kind == "paragraph" and not item.images and not item.text.text.strip()


def _headings_by_type(items: list[_Item], body_end: int | None = None) -> None:
    """Headings set by direct formatting, in a document without heading styles: a short
    paragraph that ends no sentence, all in bold or in type clearly larger than the
    body's, is a section heading (the first one the title). A kicker over a heading (a
    short line in type clearly smaller than the heading right under it, naming no unit:
    "Gallery of Work and Health" over the title) is a heading block of no section. A
    side-bar's heading (an item from ``body_end`` on: a text box or frame read after the
    body) does not make the body's headings styled ones. "In bold or larger" is the paragraph's
    effective type standing ``heading_prominence`` from the body's (``_docx_format.prominence``:
    size, weight, capitals, typeface, alignment, space above); the title's lines are those over the
    first section heading set above every section heading (``_title_lines``)."""
    body = _body_type(items)
    if any(item.kind in ("title", "heading") and not item.floating for item in items[:body_end]):
        _headings_among_styled(items, body, body_end)
        return
    found = [n for n, item in enumerate(items) if _heading_by_type(item, body)]
    first = True
    for k, n in enumerate(found):
        item = items[n]
        text = " ".join(item.text.text.split())
        if _kicker_over(n, text, items, found[k + 1] if k + 1 < len(found) else None):
            items[n] = replace(item, kind="heading", level=_KICKER_LEVEL)
            continue
        label_line = alone_label(text) is not None
        items[n] = replace(item, kind="title" if first and not label_line else "heading", level=1)
        first = first and label_line
    if DOCX_SWITCHES["title_lines"]:
        _title_lines(items, found, body)


def _body_type(items: list[_Item]) -> _BodyType:
    """The body's type: the size most of the paragraphs' characters are set in, and their look."""
    sizes: dict[float, int] = {}
    for item in items:
        if item.kind == "paragraph" and item.size:
            sizes[item.size] = sizes.get(item.size, 0) + len(item.text.text)
    return _BodyType(max(sizes, key=lambda k: sizes[k]) if sizes else None, body_look(
        [(item.look, len(item.text.text)) for item in items if item.kind == "paragraph" and item.look is not None]))


def _title_lines(items: list[_Item], found: list[int], body: _BodyType) -> None:
    """The lines right under the title (empty paragraphs aside) found as headings in type standing
    farther from the body's than every later heading's (a title set in two lines of two sizes or
    faces: "The Long Road:" over "A Drover's Year, 1850") are the title's: one title of them."""
    at = next((n for n in found if items[n].kind == "title"), None)
    base = body.look
    if at is None or base is None:
        return
    later = [n for n in found if n > at and items[n].kind == "heading" and 1 <= items[n].level <= 3]
    for k, n in enumerate(later):
        between = items[at + 1 : n]
        if any(other.text.text.strip() or other.images for other in between) or items[n].look is None:
            return
        rest = [look for m in later[k + 1 :] if (look := items[m].look) is not None]
        standing = _standing(items[n], body)
        if not rest or any(standing <= prominence(look, base) for look in rest):
            return
        items[at] = _joined(items[at], items[n])
        items[n] = replace(items[n], kind="paragraph", text=MappedText())
        at = n


def _standing(item: _Item, body: _BodyType) -> float:
    """How far the item's type stands from the body's (0 when either is unknown)."""
    if item.look is None or body.look is None:
        return 0.0
    return prominence(item.look, body.look, in_capitals(" ".join(item.text.text.split())))


@dataclass(frozen=True)
class _BodyType:
    """The body's type: its stated size (the size of most characters whose size is stated) and its
    effective look (``_docx_format.body_look``)."""

    size: float | None
    look: ParagraphLook | None


_KICKER_LEVEL = 4  # a heading level below the sections': a heading block of its own


def _headings_among_styled(items: list[_Item], body: _BodyType, body_end: int | None) -> None:
    """Headings set by direct formatting in a document that styles its other headings
    (heading styles used inconsistently): after the first styled heading or title, a
    paragraph that ``_heading_by_type`` would make a heading, standing alone -- neither
    the paragraph before nor the one after it (empty ones aside) is a heading or another
    such line, and the one after is body prose ending a sentence -- is a section heading
    at the level most of the styled section headings have."""
    levels = [item.level for item in items[:body_end] if item.kind == "heading" and 1 <= item.level <= 3]
    level = max(set(levels), key=levels.count) if levels else 1
    first = next((n for n, item in enumerate(items) if item.kind in ("title", "heading")), None)
    if first is None:
        return
    end = len(items) if body_end is None else body_end
    for n in range(first + 1, end):
        if not _heading_by_type(items[n], body):
            continue
        before = _neighbour(items, n, -1)
        after = _neighbour(items, n, 1)
        if before is None or after is None or before.kind in ("title", "heading") or _heading_by_type(before, body):
            continue
        text = " ".join(after.text.text.split())
        if after.kind == "paragraph" and not after.images and not _heading_by_type(after, body) and ends_sentence(
                text) and len(text.split()) > DOCX_LIMITS["heading_words"]:
            items[n] = replace(items[n], kind="heading", level=level)


def _heads_under_label_lines(items: list[_Item], body_end: int | None) -> None:
    """Headings set in the body's own type, made so by the label line over them: a paragraph that
    is a unit's label alone, a word and its number or letter ("Stage 2", ``unit_label``), then a
    short paragraph ending no sentence and no credit, then prose ending a sentence. Where the
    body holds ``label_line_heads`` such units or more under one unit word, the document's own
    repetition shows the short lines are the units' headings (a converter that drops a heading's
    style inside a table cell leaves only this); the label line labels each (``_emit``). Their
    level is the one most of the styled section headings have."""
    end = len(items) if body_end is None else body_end
    shown = [n for n in range(end) if items[n].text.text.strip() or items[n].images]
    units: dict[str, list[int]] = {}
    for k in range(len(shown) - 2):
        label, head, after = (items[n] for n in shown[k : k + 3])
        if not all(x.kind == "paragraph" and not (x.images or x.row or x.listed or x.numbered or x.credit)
                   for x in (label, head, after)):
            continue
        text, title, prose = (" ".join(x.text.text.split()) for x in (label, head, after))
        word = unit_label(text)
        if word is None or kicker_label(title) is not None or is_credit_line(title, names=False):
            continue
        if len(title.split()) > DOCX_LIMITS["heading_words"] or ends_sentence(title):
            continue
        if len(prose.split()) > DOCX_LIMITS["heading_words"] and ends_sentence(prose):
            units.setdefault(word, []).append(shown[k + 1])
    levels = [item.level for item in items[:end] if item.kind == "heading" and 1 <= item.level <= 3]
    level = max(set(levels), key=levels.count) if levels else 1
    for heads in units.values():
        if len(heads) >= DOCX_LIMITS["label_line_heads"]:
            for n in heads:
                items[n] = replace(items[n], kind="heading", level=level)


def _neighbour(items: list[_Item], n: int, step: int) -> _Item | None:
    """The nearest item before (``step`` -1) or after (1) item ``n`` holding text or a picture."""
    k = n + step
    while 0 <= k < len(items) and not items[k].text.text.strip() and not items[k].images:
        k += step
    return items[k] if 0 <= k < len(items) else None


def _kicker_over_title(items: list[_Item]) -> None:
    """A short paragraph right before the title, ending no sentence and no label of it
    ("Exhibition script · Room 2"), is the title's kicker: a heading block of no section,
    as the HTML reader keeps a line over the ``<h1>`` and the PDF reader one over the
    title out of the body. Without a Title paragraph the title is the first top-level
    heading, when that one short paragraph alone stands before it."""
    at = next((n for n, item in enumerate(items) if item.kind == "title"), None)
    if at is None:  # (or the first heading, a title styled as the outline's top level)
        at = next((n for n, item in enumerate(items) if item.kind == "heading" and item.level == 1), None)
        if at is None or sum(1 for item in items[:at] if item.text.text.strip() or item.images) != 1:
            return
        at = max(n for n in range(at) if items[n].text.text.strip() or items[n].images) + 1
    if not at:
        return
    item = items[at - 1]
    text = " ".join(item.text.text.split())
    if item.kind == "paragraph" and not item.images and not item.row and title_kicker(
            text, int(DOCX_LIMITS["heading_words"])):
        items[at - 1] = replace(item, kind="heading", level=_KICKER_LEVEL)


def _kicker_under_title(items: list[_Item]) -> None:
    """A plain paragraph right under the Title paragraph (empty ones aside) reading as an imprint,
    short parts set apart by separators ending no sentence ("Gallery 3 · Case 2 · Island Crafts"),
    is the title's kicker set under it: a heading block of no section, as one over the title is."""
    at = next((n for n, item in enumerate(items) if item.kind == "title"), None)
    under = _neighbour(items, at, 1) if at is not None else None
    if under is None or under.kind != "paragraph" or under.images or under.row:
        return
    if imprint(" ".join(under.text.text.split())):
        items[items.index(under)] = replace(under, kind="heading", level=_KICKER_LEVEL)


def _subtitle_under_title(items: list[_Item]) -> None:
    """A paragraph in Word's Subtitle style, or a deck set by direct formatting (``_deck_by_type``),
    right under the title (the Title paragraph, else the first heading; empty paragraphs aside)
    is never body text: by the subtitle convention every
    reader follows (``cues.title_deck``) it is the title's second part when it reads as a title
    under a title in one part, else a heading block of the title's section."""
    at = next((n for n, item in enumerate(items) if item.kind == "title"), None)
    if at is None:
        at = next((n for n, item in enumerate(items) if item.kind == "heading" and 1 <= item.level <= 3), None)
    under = _neighbour(items, at, 1) if at is not None else None
    if at is not None and under is not None and _heading_deck(items, at, under):
        items[at] = _joined(items[at], under)
        items[items.index(under)] = replace(under, kind="paragraph", level=0, text=MappedText())
        return
    if at is None or under is None or under.kind != "paragraph":
        return
    top = items[at].kind == "title" or _sole_top_heading(items, at)
    styled = under.style.lower() == "subtitle" or _deck_by_type(under, _body_type(items)) or (
        top and _italic_deck(under))
    if not styled and not (_opening_heading(items, at) and _plain_deck(under, _body_type(items))):
        return
    n = items.index(under)
    title, deck = (" ".join(item.text.text.split()) for item in (items[at], under))
    if title_deck(title, deck):
        items[at] = _joined(items[at], under)
        items[n] = replace(under, text=MappedText())
    elif styled:
        items[n] = replace(under, kind="heading", level=_KICKER_LEVEL)


def _heading_deck(items: list[_Item], at: int, under: _Item) -> bool:
    """With ``heading_decks`` on, ``under`` (the nearest item under the Title paragraph at ``at``) is a heading
    that is the document's only one of its level, every other heading deeper, and reads as the title's
    second part (``title_deck``): a subtitle a converter set in a heading style one step above the sections'."""
    if not DOCX_SWITCHES["heading_decks"] or items[at].kind != "title" or under.kind != "heading":
        return False
    others = [item.level for item in items if item.kind == "heading" and item is not under]
    if not others or not all(level > under.level for level in others):
        return False
    title, deck = (" ".join(item.text.text.split()) for item in (items[at], under))
    return title_deck(title, deck)


def _sole_top_heading(items: list[_Item], at: int) -> bool:
    """With ``sole_top_decks`` on, the heading at ``at`` (the first, no Title paragraph before) is the
    document's one heading of level 1 over headings of lower levels: it stands for the title, and an italic
    deck right under it is the title's second part as one under a Title paragraph is."""
    if not DOCX_SWITCHES["sole_top_decks"] or items[at].kind != "heading" or items[at].level != 1:
        return False
    styled = bool(DOCX_SWITCHES["sole_styled_top"]) and items[at].style.lower().startswith("heading")
    levels = [item.level for item in items if item.kind == "heading" and item is not items[at]
              and not (styled and not item.style.lower().startswith("heading"))]
    return bool(levels) and all(level > 1 for level in levels) or (styled and not levels)


def _italic_deck(item: _Item) -> bool:
    """A short line wholly in italics ending no sentence, naming no unit, no picture: under the Title
    paragraph, the title's deck set by its slant (a converter that drops the title's line break sets
    the second title line as its own italic paragraph; switch ``italic_decks``)."""
    text = " ".join(item.text.text.split())
    return (bool(DOCX_SWITCHES["italic_decks"]) and item.italic and bool(text) and not item.images
            and not item.listed and len(text.split()) <= DOCX_LIMITS["heading_words"]
            and not ends_sentence(text) and alone_label(text) is None)


def _opening_heading(items: list[_Item], at: int) -> bool:
    """The heading at ``at`` opens the document: a heading (no Title paragraph, which may hold its own line
    break) of level 1, with only kickers and empty lines before it (a title set in the first heading style,
    whatever sections and boxes take the same level later)."""
    return items[at].kind == "heading" and items[at].level == 1 and all(
        not item.text.text.strip() or item.kind == "heading" and item.level == _KICKER_LEVEL for item in items[:at])


def _plain_deck(item: _Item, body: _BodyType) -> bool:
    """With ``plain_decks`` on, a short line in the body's own type (upright, not bold, not in display size)
    ending no sentence, naming no unit, no writer, no picture, no place among other parts ("Gallery 5 · Case
    2"): under the title, the second title line a converter sets as a paragraph of its own when a heading cannot
    hold a line break. It joins the title only when it reads as a title (``title_deck``)."""
    text = " ".join(item.text.text.split())
    display = body.size is not None and item.size is not None and item.size >= DOCX_LIMITS["heading_size"] * body.size
    return (bool(DOCX_SWITCHES["plain_decks"]) and bool(text) and not item.images and not item.listed
            and not item.italic and not item.bold and not display
            and not item.row and len(text.split()) <= DOCX_LIMITS["heading_words"] and not ends_sentence(text)
            and alone_label(text) is None and not is_byline(text) and not imprint(text))


def _deck_by_type(item: _Item, body: _BodyType) -> bool:
    """A paragraph set as a subtitle by direct formatting: a short line ending no sentence, naming
    no unit ("Room 2"), no picture, in type ``heading_size`` times the body's size at least."""
    text = " ".join(item.text.text.split())
    return (bool(DOCX_SWITCHES["deck_by_type"]) and bool(text) and not item.images
            and len(text.split()) <= DOCX_LIMITS["heading_words"] and not ends_sentence(text)
            and alone_label(text) is None and body.size is not None and item.size is not None
            and item.size >= DOCX_LIMITS["heading_size"] * body.size)


def _heading_by_type(item: _Item, body: _BodyType) -> bool:
    """A short paragraph ending no sentence (a question in title case may: "Who Was to Blame?",
    ``cues.question_title``), no credit, set apart from the body by its type: its
    look standing ``heading_prominence`` from the body's, or (a look unknown, or the switch off)
    bold or ``heading_size`` times the body's size."""
    text = " ".join(item.text.text.split())
    if DOCX_SWITCHES["by_look"] and item.look is not None and body.look is not None:
        distinct = _standing(item, body) >= DOCX_LIMITS["heading_prominence"]
    else:
        distinct = item.bold or (body.size is not None and item.size is not None
                                 and item.size >= DOCX_LIMITS["heading_size"] * body.size)
    asks = bool(DOCX_SWITCHES["question_heads"]) and question_title(text, int(DOCX_LIMITS["heading_words"]))
    return not (
        item.kind != "paragraph"
        or item.floating
        or item.images
        or not text
        or len(text.split()) > DOCX_LIMITS["heading_words"]
        or (ends_sentence(text) and not asks)
        or is_credit_line(text, names=False)
        or not distinct
    )


def _kicker_over(n: int, text: str, items: list[_Item], heading: int | None) -> bool:
    """Item ``n`` stands right over the heading-by-type at ``heading`` in type clearly
    smaller than it, and names no unit of its own ("Stop 4" is the heading's label)."""
    item = items[n]
    if heading is None or kicker_label(text) is not None or item.size is None:
        return False
    between = items[n + 1 : heading]
    under = items[heading]
    return (
        not any(other.text.text.strip() or other.images for other in between)
        and under.size is not None
        and under.size >= DOCX_LIMITS["heading_size"] * item.size
    )


def _table_titles(items: list[_Item], body_end: int | None = None) -> None:
    """A short line ending no sentence set right over a data table's first row (empty
    paragraphs aside) is the table's title ("The case in numbers"): a table block with its
    rows. A heading is one only when nothing but the table follows it up to the next
    heading (a section of the table alone) or the body's end (``body_end``: the text boxes and
    side-bars read after the body stand beside it, not under the heading, with ``boxes_after_body``);
    a heading over text stays the section's."""
    last = body_end if body_end is not None and DOCX_SWITCHES["boxes_after_body"] else len(items)
    for n, item in enumerate(items):
        if item.kind != "table" or (n and items[n - 1].kind == "table"):
            continue
        k = n - 1
        while k >= 0 and not items[k].text.text.strip() and not items[k].images:
            k -= 1
        if k < 0 or items[k].kind not in ("paragraph", "heading", "caption") or items[k].row or items[k].images:
            continue
        text = " ".join(items[k].text.text.split())
        if items[k].kind == "caption" and not _names_table(items, k, text):
            continue
        if not text or ends_sentence(text) or len(text.split()) > DOCX_LIMITS["heading_words"]:
            continue
        if items[k].kind == "heading":
            end = next((m for m in range(n, len(items)) if items[m].kind in ("heading", "title")), len(items))
            end = min(end, last) if n < last else end
            if any(other.kind != "table" and (other.text.text.strip() or other.images) for other in items[n:end]):
                continue
        items[k] = replace(items[k], kind="table")


def _dated_list_rows(items: list[_Item]) -> None:
    """A run of at least ``dated_list_items`` list items, each opening with a date with a year
    ("1851 The exhibition opens", "1851: …", ``cues.date_lead``) and going on in note form (no
    item ending a sentence), is a timeline in note form: a data table of its rows, as the HTML
    reader reads such a list (``typed_dated_lists``); a heading over it alone is its title
    (``_table_titles``)."""
    n = 0
    while n < len(items):
        end = n
        while end < len(items) and _dated_note(items[end]):
            end += 1
        if end - n >= DOCX_LIMITS["dated_list_items"]:
            items[n:end] = [replace(item, kind="table") for item in items[n:end]]
        n = max(end, n + 1)


def _field_list_rows(items: list[_Item]) -> None:
    """A run of at least ``field_list_items`` list items, each one short "Label: value" field ending
    no sentence ("Published: London, 1754", ``fieldlists.is_field_line``), is a facts list: a data
    table of its rows, as a label-cell table is, not paragraphs of the text."""
    n = 0
    while n < len(items):
        end = n
        while end < len(items) and _field_item(items[end]):
            end += 1
        if end - n >= DOCX_LIMITS["field_list_items"]:
            items[n:end] = [replace(item, kind="table") for item in items[n:end]]
        n = max(end, n + 1)


def _announced_list_rows(items: list[_Item]) -> None:
    """A short paragraph ending on a colon ("Editions in this case:", at most ``heading_words`` words, no
    sentence ending inside it) right over a run of at least ``announced_list_items`` list items, each a phrase
    ending no sentence ("Basel, 1557 (German)"), announces a listing: the line and its items are a table of rows, not paragraphs of the text, as a facts list is
    (round 54, structset72)."""
    n = 0
    while n < len(items):
        intro = items[n]
        text = " ".join(intro.text.text.split())
        end = n + 1
        while end < len(items) and _phrase_item(items[end]):
            end += 1
        if (intro.kind == "paragraph" and not intro.listed and not intro.images and text.endswith(":")
                and len(text.split()) <= DOCX_LIMITS["heading_words"] and INNER_SENTENCE_END.search(text) is None
                and end - n - 1 >= DOCX_LIMITS["announced_list_items"]):
            items[n:end] = [replace(item, kind="table") for item in items[n:end]]
        n = max(end, n + 1)


def _phrase_item(item: _Item) -> bool:
    """A list item of text that is one phrase: no sentence ends in it or at its end, nor goes on past it (a
    closing comma or semicolon: the items of one sentence)."""
    text = " ".join(item.text.text.split())
    return (item.listed and item.kind == "paragraph" and not item.images and bool(text) and not ends_sentence(text)
            and INNER_SENTENCE_END.search(text) is None and not text.endswith((",", ";")))


def _field_item(item: _Item) -> bool:
    """A list item of text that is one short field ("Label: value"), ending no sentence."""
    text = " ".join(item.text.text.split())
    return (item.listed and item.kind == "paragraph" and not item.images and bool(text)
            and not ends_sentence(text) and is_field_line(text))


def _ornament(item: _Item) -> bool:
    """A paragraph of a few symbols and no letter or digit ("❦ ❦ ❦", "* * *", "§"): an ornament
    set between parts, no text (at most ``ornament_chars`` characters besides spaces); with ``typed_rules``, one
    such sign repeated however long ("──────…": a rule typed across the page between panels)."""
    text = "".join(item.text.text.split())
    typed_rule = DOCX_SWITCHES["typed_rules"] and len(set(text)) == 1  # "─────…", "______": one sign drawn across
    return (item.kind == "paragraph" and not item.images and not item.row
            and len(text) > 0 and (typed_rule or len(text) <= DOCX_LIMITS["ornament_chars"])
            and not any(c.isalnum() for c in text))


def _dated_note(item: _Item) -> bool:
    """A list item of text opening with a date with a year (a colon closing the date as a space
    does) and ending no sentence."""
    text = " ".join(item.text.text.split())
    if not item.listed or item.kind != "paragraph" or item.images or not text or ends_sentence(text):
        return False
    first, _, rest = text.partition(" ")
    return date_lead(f"{first.removesuffix(':')} {rest}") > 0


def _names_table(items: list[_Item], k: int, text: str) -> bool:
    """The caption-style line ``k`` right over a table names the table: one phrase (no sentence
    ends inside it, no position label, no credit) and no picture before it that it would caption."""
    before = _neighbour(items, k, -1)
    return (bool(DOCX_SWITCHES["caption_over_table"]) and not (before is not None and before.images)
            and INNER_SENTENCE_END.search(text + " ") is None and match_label(text) is None
            and not is_credit_line(text, names=False)) if text else False


def _title_by_type(items: list[_Item]) -> None:
    """A document with headings but no Title paragraph: its first paragraph, before any
    heading, short, ending no sentence, bold or larger than every heading, is its title
    (a title in a style of the author's own, "Exhibit Title"); or its second, when that is
    a short line set larger than the first (the first its kicker)."""
    if any(item.kind == "title" for item in items):
        return
    first = next((n for n, item in enumerate(items) if item.text.text.strip()), None)
    if first is None or items[first].kind != "paragraph" or not any(item.kind == "heading" for item in items):
        return
    second = next((n for n in range(first + 1, len(items)) if items[n].text.text.strip()), None)
    if second is not None and items[second].kind == "paragraph" and (
            _larger_line(items[second], items[first]) or _bolder_line(items[second], items[first])):
        first = second  # a kicker set small over the title ("Room 3 · …"): the title is the next line
    item = items[first]
    text = " ".join(item.text.text.split())
    sizes = [other.size for other in items if other.kind == "paragraph" and other.size and other is not item]
    larger = item.size is not None and bool(sizes) and item.size >= DOCX_LIMITS["heading_size"] * max(sizes)
    if (
        item.images or _line_words(item) > DOCX_LIMITS["heading_words"] or ends_sentence(text)
        or alone_label(text) is not None or not (item.bold or larger)
        or (not larger and _over_top_heading(items, first))  # bold only, over a Heading 1: its kicker
    ):
        return
    items[first] = replace(item, kind="title", level=0)


def _bolder_line(item: _Item, over: _Item) -> bool:
    """``item`` is a short bold line (``heading_words``, ending no sentence) under ``over``, a short
    line ending no sentence and not bold (an italic kicker over a title in bold body type)."""
    text, above = (" ".join(x.text.text.split()) for x in (item, over))
    return (bool(DOCX_SWITCHES["bold_under_kicker"]) and item.bold and not over.bold and not item.images
            and not over.images and all(0 < len(t.split()) <= DOCX_LIMITS["heading_words"] and not ends_sentence(t)
                                        for t in (text, above)))


def _larger_line(item: _Item, over: _Item) -> bool:
    """``item`` is a short line (``heading_words``, ending no sentence) set at least
    ``heading_size`` times larger than ``over``: the title under its kicker."""
    text = " ".join(item.text.text.split())
    return (item.size is not None and over.size is not None and item.size >= DOCX_LIMITS["heading_size"] * over.size
            and not item.images and _line_words(item) <= DOCX_LIMITS["heading_words"] and not ends_sentence(text))


def _line_words(item: _Item) -> int:
    """The words of the item's longest line: with ``broken_lines`` on, a display paragraph parted by a
    manual line break (a title over its subtitle) counts each line's words, not both lines' together
    (round 51, structset65)."""
    text = item.text.text
    cut = item.broken_at
    if cut is None or not DOCX_SWITCHES["broken_lines"]:
        return len(text.split())
    return max(len(text[:cut].split()), len(text[cut + 1 :].split()))


def _over_top_heading(items: list[_Item], n: int) -> bool:
    """The next paragraph with text after item ``n`` is a heading of the top level."""
    nxt = next((item for item in items[n + 1:] if item.text.text.strip() or item.images), None)
    return nxt is not None and nxt.kind == "heading" and nxt.level == 1


def _text_boxes(document) -> list[tuple]:
    """(content element, paragraphs) of each floating text box anchored in the body (VML or
    DrawingML; a box given twice, as a drawing and its VML fallback, counted once)."""
    return _boxes_under(document.element.body, document)


def _boxes_under(element, document) -> list[tuple]:
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    content_tag = qn("w:txbxContent")
    boxes = []
    for content in element.iter(content_tag):
        if any(a.tag in (fallback, content_tag) for a in content.iterancestors()):
            continue
        boxes.append((content, [Paragraph(p, document._body) for p in content.iterchildren(qn("w:p"))]))
    return boxes


def _framed(paragraph) -> bool:
    """The paragraph is set in a frame (``w:framePr``): Word's older text box, placed
    apart from the text around it."""
    from docx.oxml.ns import qn

    props = paragraph._p.pPr
    return props is not None and props.find(qn("w:framePr")) is not None


def _side_frame(paragraphs: list, document, before: list[_Item]) -> bool:
    """A run of framed paragraphs is a side-bar, read after the body like a floating text
    box of text alone: it holds text and no picture, no paragraph in a caption or credit
    style, opening with a position label, closing on a credit line of its own
    (``_caption_credit_break``) or over a credit paragraph, and stands after no picture (a framed caption
    beside its picture stays with it)."""
    if before and before[-1].images:
        return False
    for paragraph in paragraphs:
        style = _style_name(paragraph)
        if _images(paragraph, document) or "caption" in style.lower() or _credit_style(style):
            return False
        text = paragraph_text(paragraph)
        if match_label(text.strip()) is not None or _caption_credit_break(text, True) is not None:
            return False  # a caption (by its position label, or a credit line of its own) beside its picture
    texts = [" ".join(paragraph_text(p).split()) for p in paragraphs]
    texts = [text for text in texts if text]
    pairs = zip(texts, texts[1:], strict=False)  # each paragraph and the next
    if any(ends_sentence(head) and is_credit_line(tail, names=False) for head, tail in pairs):
        return False  # a caption over its credit paragraph
    return bool(texts)


def _box_signature(paragraph) -> bytes | None:
    """The box a paragraph is drawn in, as its border and fill (``w:pBdr`` and ``w:shd``,
    set directly or by its style, following the style's bases): Word draws consecutive
    paragraphs of the same side borders and fill as one box. None when the paragraph is boxed
    by neither a fill nor borders on both sides (a rule above or below is no box)."""
    props = [paragraph._p.pPr] + [style.element.pPr for style in style_chain(_safe_style(paragraph))]
    border = next((b for p in props if p is not None and (b := p.find(f"{_W}pBdr")) is not None), None)
    fill = next((f.get(f"{_W}fill") for p in props if p is not None and (f := p.find(f"{_W}shd")) is not None), None)
    filled = fill is not None and fill.lower() not in ("auto", "ffffff")
    sides = {child.tag for child in border} if border is not None else set()
    if not filled and not {f"{_W}left", f"{_W}right"} <= sides:
        return None
    # the box's sides and fill: its top and bottom rules close its first and last paragraph
    # only (a box drawn open-bottomed over open-topped paragraphs is one box)
    edges = [child for child in border if child.tag in (f"{_W}left", f"{_W}right")] if border is not None else []
    return b"".join(etree.tostring(edge) for edge in edges) + (fill or "").encode()


def _titled_box_run(paragraphs: list, document, before: list[_Item]) -> bool:
    """A run of paragraphs drawn as one box is a side-bar, read after the body like a
    framed one (``_side_frame``), when it is titled: two paragraphs or more, the first a
    short line ending no sentence (or asking a question), the others prose ending a
    sentence."""
    texts = [" ".join(paragraph_text(p).split()) for p in paragraphs if paragraph_text(p).strip()]
    if len(texts) < 2 or not _side_frame(paragraphs, document, before):
        return False
    title, bodies = texts[0], texts[1:]
    short = len(title.split()) <= DOCX_LIMITS["heading_words"]
    titled = short and (not ends_sentence(title) or title.endswith("?"))
    return titled and all(ends_sentence(body) for body in bodies) and sum(
        len(body.split()) for body in bodies) >= DOCX_LIMITS["box_prose_words"]


def _anchored_figure_boxes(paragraph, document, src: _Source, read_boxes: set) -> list[_Item]:
    """The items of the floating text boxes anchored in ``paragraph`` that hold a picture or
    a caption closing on its own credit line (a figure with its caption and credit set in a
    box beside the text): read with the text
    they stand beside, not after the body. A box of text alone (a side-bar) is left for
    the end."""
    items: list[_Item] = []
    for content, paragraphs in _boxes_under(paragraph._p, document):
        if content in read_boxes:
            continue
        if DOCX_SWITCHES["inline_text_boxes"] and _set_inline(content):
            read_boxes.add(content)  # a box set in the line like a character: text where it stands
            items.extend(_box_items(paragraphs, src, document))
            continue
        if not any(_images(inner, document) or _caption_credit_break(paragraph_text(inner), True) is not None
                   for inner in paragraphs):
            continue  # (a caption with its own credit line: its picture may be a drawn shape)
        read_boxes.add(content)
        items.extend(replace(item, floating=True) for item in _box_items(paragraphs, src, document))
    return items


_INLINE_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}inline"


def _set_inline(content) -> bool:
    """A text box drawn inline (``wp:inline``): it stands in its paragraph's line as a
    character does, in the run of the text, not floating beside it (a heading set in a
    rounded box over its section), so it is read where it stands."""
    return any(a.tag == _INLINE_DRAWING for a in content.iterancestors())


def _floats_at_section_end(items: list[_Item]) -> list[_Item]:
    """Items with each floating figure box moved to the end of the section it is anchored
    in (before the next section heading): a box floats beside its section's text, and its
    caption does not part the section's paragraphs."""
    out: list[_Item] = []
    held: list[_Item] = []
    for item in items:
        if item.floating:
            held.append(item)
            continue
        if held and item.kind in ("title", "heading") and item.level <= 3:
            out.extend(held)
            held = []
        out.append(item)
    return out + held


_DIAGRAM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _diagram_texts(document) -> list[list[str]]:
    """The text of each SmartArt diagram in the body, one line per text paragraph of its
    data part (the words Word draws in its shapes, which the body itself does not hold)."""
    found = []
    for ids in document.element.body.iter(f"{_DIAGRAM}relIds"):
        rid = ids.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm")
        part = document.part.related_parts.get(rid) if rid else None
        if part is None:
            continue
        try:
            root = etree.fromstring(bytes(part.blob), safe_xml_parser())
        except etree.XMLSyntaxError:
            continue  # a damaged diagram is left out, the document is still read
        lines = [" ".join("".join(t.text or "" for t in p.iter(f"{_DRAWING}t")).split())
                 for p in root.iter(f"{_DRAWING}p")]
        found.append([line for line in lines if line])
    return found


_NOTE_PARTS = ("footnotes", "endnotes")
# Notes Word keeps in every notes part that are no notes: the rules drawn above them.
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


def _notes(document) -> list[str]:
    """The text of each footnote, then each endnote (their parts' order), its paragraphs
    joined by a space; the separator lines Word keeps there left out."""
    from docx.text.paragraph import Paragraph

    found = []
    for kind in _NOTE_PARTS:
        rels = [rel for rel in document.part.rels.values() if rel.reltype.endswith(f"/{kind}") and not rel.is_external]
        for rel in rels:
            try:
                root = etree.fromstring(bytes(rel.target_part.blob), safe_xml_parser())
            except etree.XMLSyntaxError:
                continue  # a damaged notes part is left out, the document is still read
            for note in root.iterchildren(f"{_W}{kind[:-1]}"):
                if note.get(f"{_W}type") in _NOT_NOTES:
                    continue
                paragraphs = [paragraph_text(Paragraph(p, document._body)) for p in note.iter(f"{_W}p")]
                text = " ".join(" ".join(paragraphs).split())
                if text:
                    found.append(text)
    return found


def _box_items(paragraphs: list, src: _Source, document=None) -> list[_Item]:
    """A text box's paragraphs (with their pictures when ``document`` is given); a short
    bold first line ending no sentence (or asking a question: "How Big Was It?") with
    more text under it is its heading."""
    items: list[_Item] = []
    more = sum(1 for paragraph in paragraphs if paragraph_text(paragraph).strip()) > 1
    for paragraph in paragraphs:
        text = paragraph_text(paragraph)
        images = _images(paragraph, document) if document is not None else []
        if not text.strip() and not images:
            continue
        mapped = src.add(text)
        # a unit's label alone over the box's heading ("Part 2" over "The Dig"): the heading is the next line
        labelled = len(items) == 1 and items[0].kind == "label"
        heading = (not items or labelled) and bool(text.strip()) and _box_head_type(paragraph, paragraphs) and len(
            text.split()) <= DOCX_LIMITS["heading_words"] and (
            not ends_sentence(text) or more and text.rstrip().endswith("?"))
        if labelled:  # (the label a paragraph over its heading, ``_emit`` reads it as the label)
            items[0] = replace(items[0], kind="paragraph" if heading else "heading", level=0 if heading else 1)
        elif heading and more and DOCX_SWITCHES["boxed_label_lines"] and kicker_label(" ".join(text.split())):
            items.append(_Item("label", mapped, 1, _italic(paragraph), images, bold=True, size=_size(paragraph)))
            continue
        kind = "heading" if heading else "paragraph"
        items.append(_Item(kind, mapped, 1 if heading else 0, _italic(paragraph), images, bold=_bold(paragraph),
                           size=_size(paragraph), credit_at=None if heading else _caption_credit_break(text, True)))
    if items and items[-1].kind == "label":
        items[-1] = replace(items[-1], kind="heading")  # a label line alone in its box: the box's heading
    return items


def _box_head_type(paragraph, paragraphs: list) -> bool:
    """The paragraph is set as a box's heading: bold, or (``box_heads_by_size``) in type larger than
    every other paragraph of the box with text."""
    if _bold(paragraph):
        return True
    if not DOCX_SWITCHES["box_heads_by_size"]:
        return False
    size = _size(paragraph)
    others = [_size(other) for other in paragraphs if other is not paragraph and paragraph_text(other).strip()]
    return size is not None and bool(others) and all(other is not None and other < size for other in others)


def _framed_pull_quote(paragraphs: list) -> bool:
    """A frame's paragraphs are a pull quote: its first line wholly in quotation marks,
    closing a sentence, and under it at most one line more, an attribution (at most
    ``credit_line_words`` words, ending no sentence); without one, the paragraph is in a
    quotation style. A quotation displayed beside the text, not text to read (nor the
    heading of a side-bar, which its short first line would otherwise be)."""
    lines = [" ".join(line.split()) for paragraph in paragraphs for line in paragraph_text(paragraph).split("\n")]
    lines = [line for line in lines if line]
    if not lines or len(lines) > 2 or not _QUOTED_WHOLE.match(lines[0]) or not ends_sentence(lines[0]):
        return False
    if len(lines) == 2:
        return len(lines[1].split()) <= DOCX_LIMITS["credit_line_words"] and not ends_sentence(lines[1])
    return any("quote" in (getattr(_safe_style(paragraph), "name", "") or "").lower() for paragraph in paragraphs)


def _text_box_quote(paragraphs: list) -> bool:
    """A floating text box's paragraphs are a pull quote: as a frame's are (``_framed_pull_quote``),
    or one line alone wholly in quotation marks closing a sentence, whatever its style -- a box
    drawn beside the text holding nothing but a quotation repeats it for display (``boxed_text_quotes``)."""
    lines = [" ".join(line.split()) for paragraph in paragraphs for line in paragraph_text(paragraph).split("\n")]
    lines = [line for line in lines if line]
    if len(lines) == 1 and _QUOTED_WHOLE.match(lines[0]) and ends_sentence(lines[0]):
        return True
    return _framed_pull_quote(paragraphs)


def _boxed_pull_quote(table) -> bool:
    """A table of one cell holding paragraphs alone (no picture, no table) that make a pull quote
    as a frame's do (``_framed_pull_quote``): a quotation set in a box between the paragraphs."""
    if not _one_cell(table):
        return False
    cells = _cell_items(table)
    paragraphs = [inner for part, inner in cells if part == "paragraph" and paragraph_text(inner).strip()]
    return bool(paragraphs) and all(part == "paragraph" for part, _ in cells) and not any(
        p._p.xpath(".//w:drawing") for p in paragraphs) and _framed_pull_quote(paragraphs)


def _without_closing_imprint(items: list[_Item]) -> list[_Item]:
    """Items without the imprint closing the body: its last paragraph with text, set apart from
    the body's type (italic, bold, indented, centred or ruled), reading as an imprint (short parts
    set apart by dots or bars, each opening in capitals or on a numeral, ending no sentence:
    "Harbour Museum · Panel texts · Draft 2", ``lines.imprint``) is the producer's colophon,
    not text (``closing_imprints``)."""
    shown = [n for n, item in enumerate(items) if item.text.text.strip() or item.images]
    if not shown:
        return items
    last = items[shown[-1]]
    text = " ".join(last.text.text.split())
    if (last.kind == "paragraph" and not last.images and not last.row and not last.listed
            and (last.italic or last.bold or last.set_apart) and imprint(text)):
        return items[: shown[-1]] + items[shown[-1] + 1 :]
    if len(shown) > 1 and _small_colophon(last, items[shown[-2]], _body_type(items).look):
        return items[: shown[-1]] + items[shown[-1] + 1 :]
    return items


def _small_colophon(last: _Item, before: _Item, body: ParagraphLook | None) -> bool:
    """``last``, the body's last paragraph, is a colophon by its type (``colophon_size``): all in
    italic, its size at most that share of the body's, the paragraph before it in other type and
    no picture, caption or credit (a credit under the last picture is the picture's)."""
    share = DOCX_LIMITS["colophon_size"]
    face = last.look.face if last.look is not None else None
    base = body.face if body is not None else None
    if not share or face is None or base is None or not last.italic or face.size > share * base.size:
        return False
    if last.kind != "paragraph" or last.images or last.row or last.listed or last.credit or last.quoted:
        return False
    prior = before.look.face if before.look is not None else None
    return (before.kind not in ("caption", "title") and not before.images and not before.credit
            and (prior is None or prior.size > share * base.size))


def _without_pull_quotes(items: list[_Item]) -> list[_Item]:
    """Items without pull quotes: a paragraph in a quotation style, a sentence or more
    long, whose words are repeated inside another paragraph (said twice, set large)."""
    bodies = [letters_only(item.text.text) for item in items if item.kind == "paragraph" and not item.quoted]

    def repeated(item: _Item) -> bool:
        text = " ".join(item.text.text.split())
        if not item.quoted or len(text.split()) < DOCX_LIMITS["pull_quote_words"] or not ends_sentence(text):
            return False
        return said_again(text, bodies)

    return [item for item in items if not repeated(item)]


def _without_display_statements(items: list[_Item]) -> list[_Item]:
    """Items without pull quotes set as display type: a paragraph after the first section
    heading, one short sentence (at most ``heading_words`` words, ``pull_quote_words`` or
    more) in bold or italic type clearly larger than the body's, stands out of the text."""
    sizes: dict[float, int] = {}
    for item in items:
        if item.kind == "paragraph" and item.size:
            sizes[item.size] = sizes.get(item.size, 0) + len(item.text.text)
    body = max(sizes, key=lambda k: sizes[k]) if sizes else None
    first = next((n for n, item in enumerate(items) if item.kind == "heading" and 1 <= item.level <= 3), None)
    if first is None:
        return items
    lede = _lede_at(items, first)

    def display(n: int, item: _Item) -> bool:
        text = " ".join(item.text.text.split())
        return (
            body is not None and n > first and item.kind == "paragraph" and not item.images and (item.bold or item.italic)
            and item.size is not None and item.size >= DOCX_LIMITS["heading_size"] * body
            and DOCX_LIMITS["pull_quote_words"] <= len(text.split()) <= DOCX_LIMITS["heading_words"]
            and ends_sentence(text) and not _INNER_SENTENCE.search(text)
        )

    def display_line(n: int, item: _Item) -> bool:
        """A line in display type ending no sentence that heads no text: the next section's
        heading (or a label line over it) follows."""
        text = " ".join(item.text.text.split())
        return (
            bool(DOCX_SWITCHES["display_lines"]) and body is not None and n > first and item.kind == "paragraph"
            and not item.images and not item.row and (item.bold or item.italic) and item.size is not None
            and item.size >= DOCX_LIMITS["heading_size"] * body
            and DOCX_LIMITS["pull_quote_words"] <= len(text.split()) <= DOCX_LIMITS["heading_words"]
            and not ends_sentence(text) and _over_next_section(items, n)
        )

    gone = {n for n, item in enumerate(items) if n != lede and (
        display(n, item) or display_line(n, item) or _display_quote(items, n, first) or _sourced_quote(items, n)
        or _closing_sourced_quote(items, n))}
    return [item for n, item in enumerate(items) if n not in gone | _attributions_of(items, gone)]


def _sourced_quote(items: list[_Item], n: int) -> bool:
    """With ``sourced_style_quotes`` on, item ``n`` is a quotation set apart with its source: a paragraph in a
    quotation style of one sentence (``pull_quote_words`` to
    ``PULL_QUOTE_MAX_WORDS`` words), the paragraph right under it a dash line naming its source, after a
    paragraph of the body (an epigraph or pull quote, not text to read: its source goes with it,
    ``_attributions_of``)."""
    item = items[n]
    text = " ".join(item.text.text.split())
    if not (DOCX_SWITCHES["sourced_style_quotes"] and item.kind == "paragraph" and item.quoted
            and not item.images and DOCX_LIMITS["pull_quote_words"] <= len(text.split()) <= PULL_QUOTE_MAX_WORDS
            and ends_sentence(text) and not _INNER_SENTENCE.search(text)):
        return False
    under, before = _neighbour(items, n, 1), _neighbour(items, n, -1)
    return (under is not None and under.kind == "paragraph" and not under.images
            and attribution_line(" ".join(under.text.text.split()))
            and before is not None and before.kind == "paragraph" and not before.quoted)


def _closing_sourced_quote(items: list[_Item], n: int) -> bool:
    """With ``closing_sourced_quotes`` on, item ``n`` is a paragraph wholly in quotation marks, one sentence
    (``pull_quote_words`` to ``PULL_QUOTE_MAX_WORDS`` words), under a paragraph of the body, with a dash line
    naming its source right under it and the next section's heading under that (or, with
    ``sourced_quotes_over_pictures``, a picture alone): a quotation set between sections (a pull quote),
    not text to read, whatever its style (its source goes with it)."""
    item = items[n]
    text = " ".join(item.text.text.split())
    if not (DOCX_SWITCHES["closing_sourced_quotes"] and item.kind == "paragraph" and not item.images
            and _QUOTED_WHOLE.match(text) and ends_sentence(text) and not _INNER_SENTENCE.search(text)
            and DOCX_LIMITS["pull_quote_words"] <= len(text.split()) <= PULL_QUOTE_MAX_WORDS):
        return False
    under, before = _neighbour(items, n, 1), _neighbour(items, n, -1)
    if (under is None or under.kind != "paragraph" or under.images
            or not attribution_line(" ".join(under.text.text.split()))
            or before is None or before.kind != "paragraph" or before.images):
        return False
    after = _neighbour(items, items.index(under), 1)
    if DOCX_SWITCHES["sourced_quotes_over_pictures"] and _picture_only(after):
        return True  # set between the text and a picture, as between sections
    return after is not None and after.kind == "heading" and 1 <= after.level <= 3


def _attributions_of(items: list[_Item], quotes: set[int]) -> set[int]:
    """The paragraphs right under the left-out quotes ``quotes`` (empty paragraphs aside) naming their
    source on a dash line ("— Ann Reed, keeper of furniture", ``assemble.attribution_line``): they go
    with the quote (switch ``quote_attributions``)."""
    if not DOCX_SWITCHES["quote_attributions"]:
        return set()
    found = set()
    for n in quotes:
        under = _neighbour(items, n, 1)
        if under is not None and under.kind == "paragraph" and not under.images and not under.row and (
                attribution_line(" ".join(under.text.text.split()))):
            found.add(items.index(under))
    return found


def _set_apart_between_boxes(items: list[_Item]) -> None:
    """A paragraph standing outside the layout tables (``boxed``) between two of them, the nearest
    items with text on both sides read from such boxes, is set off the text column as a centred or
    ruled one is (``set_apart``): in a document laid as panels the text is in the panels, and a line
    between them (a quotation shown between two panels) is displayed, not read with either
    (``between_boxes``; ``_display_quote`` then tells a pull quote by its words)."""
    shown = [n for n, item in enumerate(items) if item.text.text.strip() or item.images]
    for k, n in enumerate(shown[1:-1], start=1):
        item = items[n]
        if item.kind == "paragraph" and not item.boxed and items[shown[k - 1]].boxed and items[shown[k + 1]].boxed:
            items[n] = replace(item, set_apart=True)


def _over_next_section(items: list[_Item], n: int) -> bool:
    """The next item with text after item ``n`` is a section heading, or a short line right
    over one (its label)."""
    after = _neighbour(items, n, 1)
    if after is None:
        return False
    if after.kind == "heading" and 1 <= after.level <= 3:
        return True
    at = items.index(after)
    under = _neighbour(items, at, 1)
    text = " ".join(after.text.text.split())
    return (after.kind == "paragraph" and under is not None and under.kind == "heading" and 1 <= under.level <= 3
            and 0 < len(text.split()) <= DOCX_LIMITS["series_label_words"] and not ends_sentence(text))


def _lede_at(items: list[_Item], first: int) -> int | None:
    """The paragraph right under the first section heading (empty paragraphs aside): the lede
    under the title, read as text, never as a pull quote -- a pull quote stands between
    paragraphs of text, and nothing stands before this one."""
    if not DOCX_SWITCHES["lede_under_title"]:
        return None
    k = first + 1
    while k < len(items) and not items[k].text.text.strip() and not items[k].images:
        k += 1
    return k if k < len(items) and items[k].kind == "paragraph" else None


_QUOTED_WHOLE = re.compile(r"^[\u201c\u2018\"'].*[\u201d\u2019\"'][.!?]?$", re.DOTALL)


_QUOTED_LEAD = re.compile(r"^[\u201c\u2018\"'][^\u201d\u2019\"]+[.!?,]?[\u201d\u2019\"'][.!?]?\s+(?P<source>\S.*)$", re.DOTALL)


def _quote_and_source(text: str) -> bool:
    """``text`` is a quotation in quotation marks followed on its line by its source, a short phrase
    ending no sentence ("'For all, for ever.'  motto of a club, 1890s"; at most ``ATTRIBUTION_WORDS``
    words) or a dash line (switch ``quote_sources``; round 51, structset65)."""
    if not DOCX_SWITCHES["quote_sources"] or (found := _QUOTED_LEAD.match(text)) is None:
        return False
    source = found.group("source")
    return attribution_line(source) or (len(source.split()) <= ATTRIBUTION_WORDS and not ends_sentence(source))


def _display_quote(items: list[_Item], n: int, first: int) -> bool:
    """Item ``n`` is a pull quote set off by its layout alone: after the first section
    heading, a short paragraph (``pull_quote_words`` to ``display_quote_words``) set off
    the column (centred, ruled or indented) and displayed -- wholly in quotation marks or
    wholly in bold or italics -- in a body whose paragraphs are not otherwise set off (at
    most ``set_apart_share`` of their characters): a quotation shown between paragraphs,
    not text to read. A line right under a picture alone, not wholly in quotation marks, is its
    caption, not a pull quote (``display_quotes_not_under_pictures``)."""
    item = items[n]
    text = " ".join(item.text.text.split())
    if not (n > first and item.kind == "paragraph" and item.set_apart and not item.images
            and (item.bold or item.italic or _QUOTED_WHOLE.match(text) or _quote_and_source(text))
            and DOCX_LIMITS["pull_quote_words"] <= len(text.split()) <= DOCX_LIMITS["display_quote_words"]):
        return False
    if (DOCX_SWITCHES["display_quotes_not_under_pictures"] and _picture_only(_neighbour(items, n, -1))
            and not _QUOTED_WHOLE.match(text)):
        return False  # set apart under a picture alone, no quotation: the picture's caption
    body = [other for other in items if other.kind == "paragraph" and other.text.text.strip()]
    apart = sum(len(other.text.text) for other in body if other.set_apart)
    return apart <= DOCX_LIMITS["set_apart_share"] * sum(len(other.text.text) for other in body)


_INNER_SENTENCE = re.compile(r"[.!?][\u201d\u2019\"']?\s+[\u201c\"]?[A-Z]")


def _picture_only(item: _Item | None) -> bool:
    """A paragraph that holds pictures and no text."""
    return item is not None and bool(item.images) and not item.text.text.strip()


def _flush(builder: DocumentBuilder, images: list[_Image], caption: Block | None = None) -> None:
    """Record ``images`` as figures; the first takes ``caption``."""
    for image in images:
        builder.figure(caption, src=image.src, alt=image.alt, mime=image.mime, data=image.data)
        caption = None
    images.clear()


def _caption_after_image(item: _Item, mapped: MappedText) -> bool:
    """A short paragraph right after a picture, set wholly in italics or opening with a
    position label ("Right: …"), is its caption."""
    return item.kind == "paragraph" and (item.italic or _labelled_caption(mapped.text)) and len(
        mapped.text.split()) <= DOCX_LIMITS["caption_words"]


# A picture's number label alone, with the stop or dash after it ("Figure 1 — ", "Fig. 2.3: ").
_NUMBER_ALONE = re.compile(rf"^(?i:{FIGURE_WORDS})\s*(?:\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|[IVXLC]{{1,6}})\s*[.:\u2013\u2014-]?\s*$")


def _without_producer_number(mapped: MappedText, images: list[_Image]) -> MappedText:
    """A caption without the number label its producer set before it ("Figure 1 — "), when the
    picture's own title is the caption's text after that label: the writer gave the caption
    without it, and the producer counted the pictures (a numbered caption made from a picture's
    title). A number the picture's title does not tell apart stays, as printed."""
    text = mapped.text
    for image in images:
        own = image.title or ""
        if own and len(own) < len(text) and text.endswith(own) and _NUMBER_ALONE.match(text[: len(text) - len(own)]):
            cut, _ = mapped.slice(len(text) - len(own), len(text)).normalise_space()
            return cut
    return mapped


def _labelled_caption(text: str) -> bool:
    """``text`` opens with a position label ("Right: …") or a picture's number label
    ("Figure 1. The …", ``captions.figure_lead``): a caption's opening."""
    return match_label(text) is not None or figure_lead(text.strip()) or _FIGURE_NOTE_LEAD.match(text.strip()) is not None


# A picture's number label and a word in lower case saying what follows, then a colon ("Figure 1 caption: …",
# "Plate 3 detail: …"): a caption's opening in a manuscript.
_FIGURE_NOTE_LEAD = re.compile(rf"^(?i:{FIGURE_WORDS})\s*\d{{1,3}}(?:\.\d{{1,3}})*\s+[a-z]+:\s+\S")


def _caption_over_image(items: list[_Item], n: int, mapped: MappedText) -> bool:
    """A short paragraph opening with a position or number label ("Below: …", "Fig. 2 …") right over a paragraph
    of pictures alone, or over its credit line and then that paragraph, is the caption of
    those pictures, set above them."""
    if items[n].kind != "paragraph" or not _labelled_caption(mapped.text) or len(
            mapped.text.split()) > DOCX_LIMITS["caption_words"]:
        return False
    nxt = items[n + 1] if n + 1 < len(items) else None
    if _picture_only(nxt):
        return True
    after = items[n + 2] if n + 2 < len(items) else None
    return nxt is not None and _picture_only(after) and (
        nxt.credit or is_credit_line(" ".join(nxt.text.text.split())))


def _caption_over_credit(item: _Item, mapped: MappedText, following: _Item | None) -> bool:
    """A short paragraph opening with a position label ("Above: …") right over a credit
    line ("Photograph: …", a credit style) is a caption whatever its picture is (a drawn
    placeholder, a shaded box, a picture kept outside the file): the label points at a
    picture and the credit names its maker."""
    if item.kind != "paragraph" or following is None or len(mapped.text.split()) > DOCX_LIMITS["caption_words"]:
        return False
    if match_label(mapped.text) is None and not _held_caption(item, mapped, following):
        return False
    return following.credit or is_credit_line(" ".join(following.text.text.split()))


def _credits_by_type(items: list[_Item]) -> None:
    """A short line right under a caption opening with a position label ("Above: …"), ending no
    sentence, opening in capitals and set wholly in italics where the caption is not, is the
    caption's credit line by its type whatever its words ("Glass negative lent by …"). With
    ``smaller_credits`` on, so is such a line set in type smaller than the caption's, and the line
    may stand under the picture the caption is set above (caption, picture, credit)."""
    for n, item in enumerate(items[:-1]):
        text = " ".join(item.text.text.split())
        if item.kind != "paragraph" or item.italic or match_label(text) is None or len(
                text.split()) > DOCX_LIMITS["caption_words"]:
            continue
        at = n + 2 if DOCX_SWITCHES["smaller_credits"] and _picture_only(items[n + 1]) and n + 2 < len(items) else n + 1
        under = items[at]
        line = " ".join(under.text.text.split())
        smaller = bool(DOCX_SWITCHES["smaller_credits"]) and under.size is not None and item.size is not None and (
            under.size < item.size)
        if (under.kind == "paragraph" and (under.italic or smaller) and not under.images and line[:1].isupper()
                and len(line.split()) <= DOCX_LIMITS["credit_line_words"] and not ends_sentence(line)):
            items[at] = replace(under, credit=True)


def _held_caption(item: _Item, mapped: MappedText, following: _Item) -> bool:
    """A paragraph ending a sentence, held in one frame or box with the credit line under
    it (``held``): a caption and its credit set apart beside a picture, with no position
    label (the frame places it)."""
    return item.held and following.held and ends_sentence(mapped.text) and is_credit_line(
        " ".join(following.text.text.split()), names=False)


def _after_rows(items: list[_Item], at: int) -> int:
    """The first item after the table rows starting at ``at`` (``at`` itself when no
    table follows): a caption set above its table has its credit under the table."""
    while at < len(items) and items[at].row and items[at].kind in ("paragraph", "table"):
        at += 1
    return at


def _own_credit(item: _Item) -> tuple[MappedText, MappedText] | None:
    """(caption text, credit) of a caption paragraph whose credit line follows its last
    line break (``credit_at``), or None."""
    if item.credit_at is None:
        return None
    head, _ = item.text.slice(0, item.credit_at).normalise_space()
    tail, _ = item.text.slice(item.credit_at + 1, len(item.text)).normalise_space()
    return head, tail


def _caption(
    builder: DocumentBuilder, mapped: MappedText, following: _Item | None, lines: LineIndex,
    own: tuple[MappedText, MappedText] | None = None,
) -> tuple[Block | None, bool]:
    """The caption block (and its credit block); whether the next paragraph was its credit.
    ``own``: the caption's text and its credit line, cut at a line break in its paragraph."""
    position, caption, credit = split_caption(mapped)
    if own is not None and not credit.text:  # a credit its form alone does not tell: the line break does
        position, caption, _ = split_caption(own[0])
        credit = own[1]
    used = False
    if not credit.text and following is not None:
        nxt, _ = following.text.normalise_space()
        if following.credit or is_credit_line(nxt.text):
            _, _, credit = split_caption(nxt)
            # a line its style or type makes a credit is one whole ("Glass negative lent by …")
            credit = nxt if not credit.text or following.credit and DOCX_SWITCHES["credits_by_type"] else credit
            used = True
    if not caption.text:
        return None, used
    block = builder.block("caption", caption.pieces(lines), position=position, credit=credit.text or None)
    if credit.text:
        builder.block("credit", credit.pieces(lines))
    return block, used


def _grouping_headings(items: list[_Item]) -> set[int]:
    """Headings with no text of their own, right over a heading of a deeper level ("The Galleries" over
    "Room 1 — …" and its siblings): they group the sections under them and are none themselves (round 53,
    struct68; ``grouping_headings``). The first heading (the title) and one over its own level stay sections."""
    if not DOCX_SWITCHES["grouping_headings"]:
        return set()
    found: set[int] = set()
    headed = False  # a title or heading stands before: the first one is the document's title, whatever follows it
    for n, item in enumerate(items):
        first, headed = not headed, headed or item.kind == "title" or item.kind == "heading" and 1 <= item.level <= 3
        if first or item.kind != "heading" or not 1 <= item.level <= 3 or item.images:
            continue
        k = n + 1
        while k < len(items) and not items[k].text.text.strip() and not items[k].images:
            k += 1
        below = items[k] if k < len(items) else None
        if below is not None and below.kind == "heading" and item.level < below.level <= 3:
            found.add(n)
    return found


def _series_labels(items: list[_Item], sections: list[int]) -> set[int]:
    """Short paragraphs right before section headings, ending no sentence, in one style
    that is not the body's and alike before at least ``series_labels`` headings ("Evening,
    15 August" / "Night, …" in a label style): the document's own repetition shows they
    label the sections, whatever their words are; a lone line before one heading stays text."""
    most = int(DOCX_LIMITS["series_label_words"])
    body = Counter(item.style for item in items if item.kind == "paragraph").most_common(1)
    groups: dict[str, list[int]] = {}
    for n in sections:
        prev = items[n - 1] if n else None
        if prev is None or prev.kind != "paragraph" or prev.images or prev.row or not prev.style:
            continue
        text = " ".join(prev.text.text.split())
        if not 0 < len(text.split()) <= most or ends_sentence(text) or (body and prev.style == body[0][0]):
            continue
        groups.setdefault(prev.style, []).append(n - 1)
    return {n for found in groups.values() if len(found) >= DOCX_LIMITS["series_labels"] for n in found}


def _label_lines(items: list[_Item], sections: list[int]) -> set[int]:
    """Short lines ending no sentence set right over a section heading in the heading's own
    type (the same heading style and level, or the same face where the heading stands apart
    from the body): "Evening" over "The Storm", both bold 14 pt, labels the section, as a
    line over it that reads as a label does (``_label_before_heading``)."""
    body = body_look([(item.look, len(item.text.text)) for item in items
                      if item.kind == "paragraph" and item.look is not None])
    found = set()
    for n in sections:
        k = n - 1
        while k >= 0 and not items[k].text.text.strip() and not items[k].images:
            k -= 1
        if k >= 0 and _label_line(items[k], items[n], body):
            found.add(k)
    return found


def _callout_kind(item: _Item) -> bool:
    """With ``callout_kinds`` on, ``item`` is a line naming a callout box's kind alone ("Note", "Warning:";
    lexicon ``callout_kinds``): over the box's title it is the box's furniture, no label of its section."""
    text = " ".join(item.text.text.split()).rstrip(":").lower()
    return bool(DOCX_SWITCHES["callout_kinds"]) and not item.images and not item.row and text in words("callout_kinds")


# A word naming a callout's kind, then a dash or colon, then the title ("Note — How Many …").
_KIND_LEAD = re.compile(r"^(\w+)\s*[:\u2013\u2014]\s+(?=\S)")


def _without_callout_kind(mapped: MappedText) -> MappedText:
    """A heading without the callout kind its producer prints before the box's title on the same
    line ("Note — How Many …"; lexicon ``callout_kinds``), with ``callout_kind_leads`` on."""
    lead = _KIND_LEAD.match(mapped.text)
    if not DOCX_SWITCHES["callout_kind_leads"] or lead is None or lead.group(1).lower() not in words("callout_kinds"):
        return mapped
    rest, _ = mapped.slice(lead.end(), len(mapped)).normalise_space()
    return rest


def _label_line(line: _Item, heading: _Item, body: ParagraphLook | None) -> bool:
    """``line`` is short, ends no sentence and no credit, and is set as ``heading`` is."""
    text = " ".join(line.text.text.split())
    if line.images or line.row or not 0 < len(text.split()) <= DOCX_LIMITS["series_label_words"]:
        return False
    if ends_sentence(text) or is_credit_line(text, names=False):
        return False
    if line.kind == "heading":
        return line.level == heading.level and line.style == heading.style and bool(line.style)
    face = heading.look.face if heading.look is not None else None
    return (line.kind == "paragraph" and face is not None and line.look is not None and line.look.face == face
            and body is not None and heading.look is not None
            and prominence(heading.look, body) >= DOCX_LIMITS["heading_prominence"])


def _label_before_heading(item: _Item, mapped: MappedText, following: _Item | None) -> bool:
    """A label alone on its paragraph over a heading ("Panel 2", "B", "Stop 4"); never a
    table's row (a table's last row may be short and end on a year: "rebuilt | 1875")."""
    return (
        following is not None
        and following.kind in ("heading", "title")
        and not item.images
        and not item.row
        and _label_over_heading(mapped.text) is not None
    )


def _label_over_heading(text: str) -> str | None:
    """The label a paragraph alone over a heading gives it (``kicker_label``), or, with ``capitals_labels``
    on, a unit's word and number set in capitals ("PLATE I" -> "Plate I")."""
    label = kicker_label(text)
    if label is None and DOCX_SWITCHES["capitals_labels"]:
        label = capitals_kicker_label(text)
    return label


def _kicker_line(item: _Item) -> tuple[str, MappedText] | None:
    """(label, title) of a heading whose first line, ended by a line break, names its
    unit ("Stop 4", "Panel B") and whose next line is the title."""
    cut = item.broken_at
    raw = item.text
    if cut is None or not raw.text[cut + 1 :].strip():
        return None
    label = kicker_label(raw.text[:cut])
    if label is None:
        return None
    title, _ = raw.slice(cut + 1, len(raw)).normalise_space()
    return label, title


def _heading_label(
    mapped: MappedText, counted: str | None = None, item: _Item | None = None
) -> tuple[str | None, MappedText]:
    """A heading's own label ("Panel 2: The Lens", "B. Fog Signals", a bare letter
    counting up through the headings, or a kicker line over the title in the same
    paragraph: "Stop 4" + line break + "The Orchard") and its title."""
    kicker = _kicker_line(item) if item is not None else None
    if kicker is not None:
        return kicker
    tabbed = _tab_label(item) if item is not None else None
    if tabbed is not None:
        return tabbed
    label, cut = heading_label(mapped.text)
    if label is None:
        label, cut = bare_label(mapped.text, counted)
    if label is None:
        return None, mapped
    rest, _ = mapped.slice(cut, len(mapped)).normalise_space()
    return label, rest


_TAB = re.compile("\t")
_LABEL_GAP = re.compile("[\t\u2001\u2002\u2003]")  # a tab, an em or en quad or space: a gap set on purpose


def _tab_label(item: _Item) -> tuple[str, MappedText] | None:
    """A heading opening on a short numbered label or a panel label, then a tab, then the
    title ("Day 3" + tab + "The Storm"): the label as printed, and the title."""
    text = item.text.text
    gap = (_LABEL_GAP if DOCX_SWITCHES["wide_space_labels"] else _TAB).search(text)
    at = gap.start() if gap else -1
    head = " ".join(text[:at].split()) if at > 0 else ""
    if not head or not (alone_label(head) or numbered_kicker(head, int(DOCX_LIMITS["tab_label_words"]))):
        return None
    title, _ = item.text.slice(at + 1, len(item.text)).normalise_space()
    return (head, title) if title.text else None


# -- paragraph text as Word shows it (tracked changes accepted)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Containers whose content is not the paragraph's visible text as it reads with the
# tracked changes accepted: deletions, moved-away text, field codes, drawings (text boxes
# are paragraphs of their own), properties.
_HIDDEN = {
    f"{_W}{tag}"
    for tag in ("del", "moveFrom", "instrText", "delText", "delInstrText", "drawing", "pict", "object",
                "pPr", "rPr", "footnoteReference", "endnoteReference", "commentReference")
}
_MATH_TEXT = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
# Run content that stands for a character.
_CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}noBreakHyphen": "-", f"{_W}cr": "\n"}


def paragraph_text(paragraph) -> str:
    """The text of a paragraph as Word displays it with tracked changes accepted:
    runs anywhere inside it (hyperlinks, inserted ``w:ins`` runs, content controls,
    smart tags, field results), never deleted (``w:del``) or moved-away text or field
    codes. A line break is ``"\\n"``; a page or column break a space (it separates
    words). python-docx's ``paragraph.text`` leaves out inserted runs."""
    parts: list[str] = []
    _collect_text(paragraph._p, parts, _raised_styles(paragraph), _hidden_styles(paragraph))
    return "".join(parts)


def _collect_text(element, parts: list[str], raised: frozenset[str] = frozenset(),
                  hidden: frozenset[str] = frozenset()) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag == f"{_W}r" and _vanished(child, hidden):
            continue  # hidden text (a curator's note): not displayed or printed
        if tag == f"{_W}r" and (_note_call_run(child, parts, raised) or _custom_note_mark(child)):
            continue  # a note's number raised after a word ("territory¹"), or its own mark ("*"): a call, not text
        if tag in (f"{_W}t", _MATH_TEXT):  # an equation's text (Office Math) reads inline
            parts.append(child.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        elif tag == f"{_W}br":
            parts.append("\n" if child.get(f"{_W}type") in (None, "textWrapping") else " ")
        elif tag == f"{_W}p":
            continue  # a nested paragraph (a text box) is read on its own
        else:
            _collect_text(child, parts, raised, hidden)


def _note_call_run(run, parts: list[str], raised: frozenset[str] = frozenset()) -> bool:
    """A raised run (``_raised``) of one to three digits or note symbols ("*", "†") right
    after a word of three letters or more, or after a sentence's closing mark: a note call
    ("territory¹", "sides.²", "pay.*"). A unit's power after a short symbol ("m²", "km²")
    is no call."""
    if not _raised(run, raised):
        return False
    text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
    mark = _CALL_MARK if DOCX_SWITCHES["styled_calls"] else _CALL_DIGITS
    return bool(mark.fullmatch(text)) and bool(_CALLED.search("".join(parts[-3:])))


def _raised(run, raised: frozenset[str]) -> bool:
    """The run is set above the line: superscript on the run itself, else by its character
    style (``raised``: the ids of the styles that raise their text, ``_raised_styles``), or lifted
    by a position of its own (``w:position`` above 0)."""
    props = run.find(f"{_W}rPr")
    if props is None:
        return False
    align = props.find(f"{_W}vertAlign")
    if align is not None:
        return align.get(f"{_W}val") == "superscript"
    if not DOCX_SWITCHES["styled_calls"]:
        return False
    position = props.find(f"{_W}position")
    if position is not None and (position.get(f"{_W}val") or "").lstrip("+").isdigit():
        return int(position.get(f"{_W}val")) > 0
    style = props.find(f"{_W}rStyle")
    return style is not None and style.get(f"{_W}val") in raised


_raised_by_part: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _raised_styles(paragraph) -> frozenset[str]:
    """The ids of the document's character styles that set their text as superscript (on the
    style or a style it is based on), found once per document part; none when the styles
    cannot be read."""
    return _character_styles(paragraph, _raised_by_part, style_superscript)


def _character_styles(paragraph, cache: weakref.WeakKeyDictionary, test) -> frozenset[str]:
    """The ids of the document's character styles ``test`` holds for, found once per document part (``cache``,
    by part); none when the styles cannot be read."""
    try:
        part = paragraph.part
        if part not in cache:
            from docx.enum.style import WD_STYLE_TYPE

            cache[part] = frozenset(
                style.style_id for style in part.styles if style.type == WD_STYLE_TYPE.CHARACTER and test(style))
        return cache[part]
    except (AttributeError, KeyError, ValueError, TypeError):  # a part without styles, or damaged ones
        return frozenset()


_CALL_DIGITS = re.compile(r"\d{1,3}")
_CALL_MARK = re.compile(r"\d{1,3}|[*\u2020\u2021]{1,3}")  # a number or note symbols (asterisk, daggers)
_CALLED = re.compile(r"(?:[^\W\d_]{3}|[.,;:!?\"\u201d\u2019)])$")


def _custom_note_mark(run) -> bool:
    """A run holding a footnote or endnote reference whose mark the author typed
    (``w:customMarkFollows``: the reference shows no number, the run's own text, "*" or
    "†", is the mark): a call, read as no text, as a numbered reference is."""
    for tag in ("footnoteReference", "endnoteReference"):
        ref = run.find(f"{_W}{tag}")
        if ref is not None and ref.get(f"{_W}customMarkFollows") in ("1", "true", "on"):
            return True
    return False


def _vanished(run, hidden: frozenset[str] = frozenset()) -> bool:
    """A run formatted as hidden text: ``w:vanish`` in its own properties, else its character
    style hides it (``hidden``: the ids of such styles, ``_hidden_styles``; LibreOffice writes
    an ODF hidden character style so, the run carrying only ``w:rStyle``)."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    if vanish is not None:
        return vanish.get(f"{_W}val") not in ("0", "false", "off")
    style = run.find(f"{_W}rPr/{_W}rStyle")
    return bool(hidden) and style is not None and style.get(f"{_W}val") in hidden


_hidden_by_part: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _hidden_styles(paragraph) -> frozenset[str]:
    """The ids of the document's character styles that hide their text (``w:vanish`` on the
    style or a style it is based on), found once per document part; none when the styles
    cannot be read or ``styled_hidden`` is off."""
    if not DOCX_SWITCHES["styled_hidden"]:
        return frozenset()
    return _character_styles(paragraph, _hidden_by_part, _style_hides)


def _style_hides(style) -> bool:
    """The style, or the first style it is based on that says, sets ``w:vanish``."""
    for base in style_chain(style):
        vanish = base.element.find(f"{_W}rPr/{_W}vanish")
        if vanish is not None:
            return vanish.get(f"{_W}val") not in ("0", "false", "off")
    return False


def _credit_style(style: str) -> bool:
    """A paragraph style named for a picture's credit line ("Picture Credit", "Image Source")."""
    return bool(set(re.findall(r"[a-z]+", style.lower())) & words("credit_style_words"))
