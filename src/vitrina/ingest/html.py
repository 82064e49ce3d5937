"""HTML reader: one Document per page, headings as sections.

* Title from ``<title>``, else the first ``h1``.
* ``h1``-``h3`` open sections, ``h4``-``h6`` are heading blocks; ``p``,
  ``li``, ``blockquote``, ``dd``/``dt``, ``pre`` and loose text are
  paragraphs; table rows are paragraphs with cells joined by `` | ``.
* ``figure > figcaption`` (or an element whose class says caption) is a
  caption; its credit comes from a ``small``/``cite``/``.credit`` element in
  it or a trailing "Credit:", "Courtesy", "Photo:" … phrase, and is also
  emitted as a credit block. The figure's ``img`` is a figure
  (``Document.figures``: ``src``, ``alt``) linked to that caption; alt text
  describes the image and is never taken for a caption.
* An ``img`` outside ``<figure>`` is a figure too; the block right after it
  is its caption when its class says caption, or when it is a short ``p``/
  ``div`` set wholly in emphasis or holding a credit element
  (``small``/``cite``/``.credit``). A caption's position label ("Above:")
  and credit ("Courtesy …", "Photo: …", "… — Image: …") are split off.
* ``<noscript>`` (but a notice asking for scripting, and its blocks the page shows elsewhere) and
  ``<object>`` fallback content is read like a ``div`` (its pictures are stand-ins, not figures); a
  quotation set in display type (a pull quote) is not read; an inline ``<svg>`` set as a block gives its
  ``<title>`` and ``<text>`` labels as paragraphs.
* ``script``, ``style``, ``template``, ``nav``, forms, hidden
  elements (also ``style="display: none"`` that no link, control, tab panel or
  ``<details>`` of the page can reveal; ``aria-hidden`` text except a panel label
  opening a heading, which is printed), page-level ``header`` (unless it holds the page's only ``h1``:
  the document's headline)/``footer``, ``role`` banner/navigation/
  contentinfo, an ``aside`` made mostly of links, and elements whose class
  or id names page furniture (``lexicon/html_boilerplate.txt``: cookie
  notices, breadcrumbs, share links…) and hold no running text (three
  paragraphs of sentences) are skipped; comments are removed by
  the parser. Nothing is fetched, nothing is executed.
* ``q`` / ``blockquote`` give "quote" markup, ``time[datetime]`` "date".
* Web components (``_html_slots``): a custom element holding blocks is a box of blocks; a shadow
  host's children are read in the order its template's slots show them (a ``slot="label"`` child
  written after the text is the label over the heading), a child no slot shows is not read, and
  a host attribute the page's script prints in the slot over the heading is its label. A media
  player's short label and a box named a pull quote (``lexicon/html_quote_names``) are not text.
  Only a custom element (or an element with a declarative shadow root) is a host: a heading left
  outside its panel by a wrapping ``<p>`` stays where it stands.
* A ``<figure>`` without a ``<figcaption>`` takes the block right after it as its caption when that
  block reads as one (class, emphasis, a credit element) or opens with a position label ("Above: …").
* Elements before the ``<h1>`` saying it (or the ``<title>``) again are a header bar, not text; a
  list of notes opening with typed dates ("1912 · …") is a timeline table, as a ``<time>``-led one is.

Offsets: lxml builds the tree; the standard library's tokenizer gives every
character of text its exact offset in the decoded source, and the tree's
text nodes are aligned to that stream in document order.
"""

from __future__ import annotations

import codecs
import html as html_lib
import itertools
import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.html.defs import html5_tags as LXML_HTML5_TAGS
from lxml.html.defs import tags as LXML_TAGS

from vitrina.errors import InputError
from vitrina.extract.edtf_text import MONTH_RE, YEAR
from vitrina.ingest._captions import (
    CREDIT_PHRASE,
    LABEL_SEPARATORS,
    bare_label,
    clean_credit,
    heading_label,
    is_credit_line,
    kicker_label,
    split_credit,
    title_kicker,
)
from vitrina.ingest._docx_numbering import format_number, int_or
from vitrina.ingest._html_look import TYPED_CAPTION, mark_presentation_headings, mark_typed_captions
from vitrina.ingest._html_slots import SLOT_TEXT, UNSLOTTED, compose_slots
from vitrina.ingest._html_tables import heading_name, page_style, relayout, type_size
from vitrina.ingest._mapped import Inline, LineIndex, MappedText, TreeText, document_id
from vitrina.ingest._tables import separator as table_separator
from vitrina.ingest.encoding import add_warning, decode
from vitrina.ingest.metadata import html_metadata, stated_language
from vitrina.ingest.safety import refuse_entity_declarations
from vitrina.lexicon import entries, rows, words
from vitrina.model import Block, Document, DocumentBuilder
from vitrina.registry import readers
from vitrina.structure.assemble import NOTES_TITLE, without_continuation_mark
from vitrina.structure.captions import PLACED_DATE, alone_label, match_label, numbered_position
from vitrina.structure.cues import (
    date_lead,
    dateline,
    ends_sentence,
    is_title_like,
    letters_only,
    said_again,
    said_shorter,
    title_deck,
)
from vitrina.structure.lines import IMPRINT_SEPARATOR, PAGE_NUMBER, imprint
from vitrina.structure.plainlayout import counting_labels, is_jump_line, label_rank

SKIP_TAGS = {
    "script", "style", "template", "nav", "iframe", "embed",
    "svg", "canvas", "form", "button", "select", "input", "textarea", "head", "link", "meta",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "li", "blockquote", "dd", "dt", "pre", "address", "div", "section", "article",
    "main", "aside", "ul", "ol", "dl", "table", "figure", "figcaption", "hr", "header",
    "footer", "details", "summary", "center", "body", "h1", "h2", "h3", "h4", "h5", "h6",
    "noscript", "object", "hgroup", "search", "menu",
}  # fmt: skip
# Elements whose pictures are stand-ins, not figures of the page: a ``<noscript>`` copy of
# a lazily loaded image, an ``<object>``'s fallback picture (their text is read).
FALLBACK_TAGS = {"noscript", "object"}
# The text elements of an inline ``<svg>``: its accessible name and its drawn labels.
SVG_TEXT_TAGS = {"title", "text"}
# HTML5 void elements that libxml2's HTML 4 parser treats as containers, so
# ``<embed>`` would swallow the rest of its parent: their content is put back.
UNKNOWN_VOID_TAGS = ("embed", "source", "track", "wbr", "keygen")
SECTION_HEADINGS = {"h1", "h2", "h3"}  # their number is the section's rank (a sub-section of a smaller one)
MINOR_HEADINGS = {"h4", "h5", "h6"}
# Every element name HTML knows (lxml's lists of HTML 4 and HTML 5 elements, and the block tags above).
KNOWN_TAGS = frozenset(LXML_TAGS) | frozenset(LXML_HTML5_TAGS) | BLOCK_TAGS | SKIP_TAGS
NO_TEXT_DATA = {"script", "style", "template"}
# Every threshold of the HTML reader.
HTML_LIMITS = {
    "caption_words": 60,  # a block after an image is its caption up to this many words
    "note_call_chars": 4,  # a superscript link to the page itself this short is a note call ("12", "[a]")
    "aside_link_share": 0.5,  # an aside whose text is at least this much link text is site furniture
    "credit_words": 16,  # a credit set as the element after its caption is at most this long
    "deck_words": 12,  # a line right after the <h1> ending no sentence, this short, is its deck
    "quote_words": 40,  # a quotation set apart (a pull quote, an aside of one quotation) has at most this many words
    "dated_lists": 1,  # a list of <time>-led notes is a timeline's data table (0: off)
    # round 42 (structset45): ... also a list of notes each opening with a date typed as text ("1912 · …",
    # cues.date_lead), none ending a sentence (0: only <time>-led items)
    "typed_dated_lists": 1,
    # round 42 (structset45): a section heading over a box that holds nothing but a data table (or a dated list)
    # titles that table, as one right over it does (0: the table right after the heading only)
    "wrapped_table_titles": 1,
    # round 41: a link before the block holding the page's <h1> to that block ("Skip to main content", WCAG's
    # bypass link) is no text, whatever element the block is (a <main> was known before); 0 off
    "skip_to_content": 1,
    # round 47 (struct56b): ... also a link to the <h1> itself (Starlight's "Skip to content" to its h1's id)
    "skip_to_headline": 1,
    # round 41: a caption opening with the picture's number before its position label ("Figure 1: Above: …",
    # Org mode's numbering) reads the position and leaves the number out; 0 off
    "numbered_positions": 1,
    # round 41: a kicker closing a box (the site's header) right before the box the <h1> opens is the title's
    # kicker too, as one right before the <h1> in its own box; 0 off
    "kicker_across_boxes": 1,
    # round 42 (structset47): an element HTML does not know, its name no custom element's either (a generator's
    # broken tag, txt2tags' "<section~A~>"), holding a block is a box of blocks, as a browser lays the blocks
    # inside it out, not one run of text (0: off)
    "unknown_blocks": 1,
    # round 42 (structset47): a series label is looked for before a heading that opens its box too: the element
    # read before it, up this many boxes and down into the last of the box before (txt2tags sets a label line
    # inside the previous <section>); 0: off
    "labels_across_boxes": 3,
    # round 42 (structset47): the headings of an <hgroup> after its first are its subheadings (HTML 5.0): the
    # title's deck when they read as one (cues.title_deck), else heading blocks, never sections (0: off)
    "hgroup_subheadings": 1,
    # round 42 (structset47): a short line ending no sentence read first after the box holding the <h1> (its
    # <header>, only skipped elements such as a language switcher between, up this many boxes) is a deck or
    # kicker line of the title's head, as one right after the <h1> (0: off)
    "deck_after_head_box": 3,
    # round 47 (struct56b): ... the box holding the <h1> may be any element that opens on the <h1> and holds
    # nothing else but a deck line (Starlight's hero <div>: the h1 and its tagline) (0: a <header>/<hgroup> only)
    "deck_after_title_box": 1,
    # round 42 (structset47): the page's last line of text opening on the copyright sign, "(c)" or "©" (after
    # a typed rule), at most credit_words long, is the site's imprint, not text (0: off)
    "rights_footer": 1,
    # round 42 (structset47): a blockquote of one quotation in quotation marks closing its section after a
    # finished paragraph (at most the next section's short label after it) is a pull quote, not text (0: off)
    "closing_quotes": 1,
    "across_pull_quotes": 1,  # a paragraph parted by a pull quote in mid-sentence is one (0: off)
    # round 41 (structset44): a paragraph parted mid-sentence by a box set aside (an <aside>, a "Did you know?"
    # fact box), the text going on in lower case after it, is one; the box is read after it (0: off)
    "across_boxes": 1,
    # round 41 (structset44): an element with ARIA's role="heading" is the heading of its aria-level (2 when the
    # level is not given, as ARIA defines), read as that h1-h6 (0: off)
    "aria_headings": 1,
    # round 41 (structset44): two line breaks in a row (<br><br>, only white space between) part paragraphs
    # inside one element, as a blank line does in plain text (0: off)
    "break_paragraphs": 1,
    # round 41 (structset44): the labels of a series before headings of different levels count as one series
    # when their texts count up (1, 2, 3 / A, B, C) with the headings after them; an inline <svg> badge
    # (aria-hidden) holding only such a label is one (0: off)
    "counted_series_labels": 1,
    # round 42 (structset45): without a declarative shadow root only a custom element (a hyphen in its tag) is a
    # shadow host whose slots order its children; a plain box holding children marked slot="…" keeps its
    # source order, as a browser shows it (0: any element with a matching template is a host, as before)
    "slots_in_custom_hosts": 1,
    # round 42 (structset45): a <figure> with no <figcaption> waits for its caption as a picture outside a
    # figure does: the block right after it is its caption when it reads as one (``_caption_like``, or a
    # short block opening with a position label, "Above: …"); 0: such a figure has no caption
    "captions_after_figures": 1,
    # round 42 (structset45): a kicker's next element is the next one shown: a line the page does not read
    # between it and the <h1> (a language switcher, a control line) leaves it the title's kicker (0: off)
    "kicker_past_skipped": 1,
    # round 42 (structset45): ... and a kicker right before an <hgroup> opening on the <h1> is the title's (0: off)
    "kicker_over_hgroup": 1,
    # round 47 (structset58): ... and one right before a <header> holding no text of its own that opens on the
    # <h1> ("<p>Gallery</p><header><h1>…</h1>…</header>") is the title's too (0: off)
    "kicker_over_box": 1,
    # round 47 (structset58): an element with ARIA's role="tab" is a tab widget's control, dropped like a
    # <button> (its text names a panel of running text as ``tab_titles`` reads it; 0: off)
    "tab_controls": 1,
    # round 42 (structset45): an element before the first <h1> (outside its boxes) saying the <h1> or the
    # <title> again word for word, holding no block, is the site's header bar repeating the headline (0: off)
    "title_repeats": 1,
    # round 56 (struct74): an <h1> saying only the opening words of the next <h1>, nothing but a kicker between,
    # is a theme's repeat of the page's short title; the next <h1> is the headline (0: off)
    "headline_repeats": 1,
    # round 42 (structset46): a <button> inside a heading is the heading's text (WAI-ARIA's accordion: the
    # header's disclosure button holds the section's label and title); other buttons stay controls (0: off)
    "heading_buttons": 1,
    # round 43 (structset49): a paragraph parted mid-sentence by a picture whose caption is set after it outside
    # its <figure> (a sibling "figcap" block) is one, as one parted by a picture captioned inside it (0: off)
    "captions_set_after": 1,
    # round 44 (structset51): a tab panel of running text with no heading of its own is a section named by its
    # tab button (WAI-ARIA's tabs: the button is the panel's only title; 0: off)
    "tab_titles": 1,
    # round 56 (struct74): a tab widget marked by a framework's class names alone (Bootstrap's nav-tabs and
    # tab-pane, docmd's tabs-nav and tab-pane: lexicon/html_tab_names), its tabs as many as its panels, is read
    # as one carrying ARIA's tablist/tab/tabpanel roles (0: off)
    "class_named_tabs": 1,
    # round 56 (struct74): a tab's name opening on a panel label ("II · The Watch", "Panel 2: …") labels its
    # panel's section as a heading's does (0: the whole name is the title)
    "tab_labels": 1,
    # round 56 (struct74): a box's paragraph under its named title may sit in one wrapper of the box's content
    # (a callout's "callout-title" then "callout-content" holding the text; 0: only the box's own children)
    "box_content_wrappers": 1,
    # round 56 (struct74): ... and a line so named ending on a question mark is a title still ("Did It Burn?"),
    # its class saying so (0: a question is a sentence there too)
    "question_titles": 1,
    # round 47 (struct56b): a tab panel shown first, holding no heading and not the story going on (a paragraph
    # of running text and tab_panel_words words at least) is the site's widget (a timeline list, opening times):
    # not text, as one hidden by `hidden` was before (0: a shown panel is always read)
    "widget_tab_panels": 1,
    "tab_panel_words": 40,  # ... when the panel holds this many words at least (a side-bar's text, not visitor information)
    # round 44 (structure): a paragraph and its picture each wrapped in a <div> of their own (Asciidoctor's
    # "paragraph" and "imageblock": the picture's holder and its caption inside one <div>), the wrappers at most
    # this many levels deep, parted mid-sentence, is one as well (0: off)
    "figure_wrappers": 2,
    # round 44 (structure): a superscript holding a link to a place on the page in brackets ("<sup>[<a
    # href="#_footnotedef_1">1</a>]</sup>", Asciidoctor's footnote call) is a note call as the bare one is (0: off)
    "bracketed_calls": 1,
    # round 49 (structset59): a link within the page closing a paragraph and reading as a jump line ("continued
    # on page 2 ›") is no text; a paragraph it closes mid-sentence goes on past the next page's repeated
    # heading ("… (continued)", and the label over it) and an ellipsis opening the paragraph there (0: off)
    "jump_links": 1,
    "across_page_turns": 3,  # a paragraph closing its article "page" mid-sentence goes on in the next page's first
    # paragraph opening in lower case, the two pages' boxes at most this many levels up (round 40; 0: off)
    "display_size": 1.2,  # a quotation set this many times the body's type size is displayed (a pull quote)
    "quote_boxes": 200,  # pages with more asides/blockquotes than this are not searched for pull quotes (time bound)
    "byline_words": 16,  # a byline/date line under the headline is at most this long
    "byline_signs": 2,  # of a byline's signs (its lead word, a full date, a reading time) it shows this many
    "reading_time_words": 4,  # a reading-time estimate ("6 min read") is at most this long
    "prose_words": 12,  # a paragraph of running text: a sentence of at least this many words ...
    "prose_paragraphs": 3,  # ... and an element holding this many of them is text, whatever its name
    "series_label_words": 4,  # a short element right before each of several section headings is at most this long
    "series_labels": 3,  # ... and alike (one tag or class) before at least this many headings: their labels
    "summary_heading_words": 12,  # a <summary> opening a <details> of running text, this short, may be its heading
    "record_fields": 3,  # a definition list of this many short values at least is a record of fields ...
    "record_words": 8,  # ... each value at most this long, ending no sentence
    "side_sections": 2,  # a side column inside the article holding this many headed boxes is the site's
    "notice_words": 20,  # a <noscript> asking for scripting is at most this long (longer: fallback content)
    "fact_cards": 2,  # a box of at least this many alike cards, each a figure over its short label, is a fact strip
    # libxml2 checks each attribute of a start tag against the ones before it (quadratic: 60,000 attributes
    # took ~8 s): a tag longer than this many characters keeps its first ``tag_attributes`` attributes,
    # the rest blanked (same length, so offsets hold) before parsing
    "long_tag_chars": 20_000,
    "tag_attributes": 1_000,
    # libxml2 drops an attribute value past 10,000,000 characters and with it the rest of the page ("no text
    # found"): an attribute longer than this (no page's own; a data URI of a large picture at most) is cut out
    # before parsing, the text kept, with a warning
    "attribute_chars": 5_000_000,
    # round 44 (structset52): a label hidden from speech set just before a section heading as its sibling
    # (``<header><span aria-hidden="true">02</span><h2>…</h2></header>``) is printed on the screen, so it is
    # the section's label, as one set inside the heading is (0: off)
    "hidden_labels_before_headings": 1,
    # round 46 (structset56): a link to a heading's own id set right after the heading is its permalink, not
    # text, whatever its words ("Section titled …", for screen readers; 0: off)
    "sibling_permalinks": 1,
    # round 45 (structset53): an element of its own opening a section heading, holding a word and a counter
    # ("<h2><small>Wing B</small> …"), is the heading's label as printed when the headings of the page
    # open with such elements of the same word counting on (at least this many; 0: off)
    "worded_boxed_labels": 2,
    # round 45 (structset53): a heading's second line set in an element of its own glued to the first
    # (``<h1>Title<span class="line2">Deck line</span></h1>``, the style sheet making it a block) is
    # parted from it by a space (0: off)
    "glued_heading_lines": 1,
    # round 46 (structset55): a margin note set inside the paragraph that calls it (``span.sidenote``,
    # lexicon html_sidenote_names) is read with the page's notes, its superscript call left out (0: off)
    "inline_sidenotes": 1,
    # round 52 (structset67): ... its call may be the label toggling it, right before its checkbox (Tufte CSS's
    # ``<label for=…><sup>1</sup></label><input type="checkbox" id=…>``), left out too (0: off)
    "toggled_sidenote_calls": 1,
    # round 52 (structset67): a paragraph of page numbers only, naming the page ("Page 1 of 2", "← Page 1 · Page
    # 2 of 2"), is the pager of a text shown as pages, no text (0: off)
    "pager_lines": 1,
    # round 46 (structset55): with one <main> holding the page's headings, an <aside> outside it holding no
    # running text and no titled side-bar (a site's column of links under a heading line) is a side column
    # of the page, as one outside the page's one <article> is (0: off)
    "asides_outside_main": 1,
    # round 46 (structset55): a titled box closing a chapter right before the next chapter's heading (a
    # VuePress "::: tip" container between two <h2>) heads a section of its own, as one ending the page does
    "boxes_before_headings": 1,
    # round 46 (structset55): the last paragraph of the page's text reading as an imprint ("Museum · Gallery texts ·
    # Second edition", ``lines.imprint``) is its colophon, no text, as the DOCX reader's ``closing_imprints`` (0: off)
    "closing_imprints": 1,
    # round 49 (structset61): a heading the style sheet clips to a pixel ("visually hidden") that heads a
    # <section>/<article> of running text beside sibling sections headed by shown headings of the same
    # level is that section's title in the outline (a chapter whose title the design leaves to its
    # picture), not a screen reader's landmark label (0: every clipped heading is dropped)
    "hidden_section_headings": 1,
    # round 49 (structset61): a line after the heading in a section's own <header> that opens on a year
    # ("1933-1937 · Construction"), ends no sentence and is at most ``byline_words`` long is the heading's
    # date line, no text (0: off)
    "header_date_lines": 1,
    # round 57 (structset77): ... and so is one naming a place and closing on its date or span after a comma
    # ("Leiden and Delft, 1790–1842"; ``captions.PLACED_DATE``), under a section's heading, not the <h1> (0 off)
    "header_placed_dates": 1,
    # round 49 (structset61): a paragraph that is one short bold line right before a data table or a dated
    # list closing its box is the table's title, a table block (0: a paragraph)
    "bold_table_titles": 1,
    # round 51 (structset65): a hidden tab panel under a heading of its own holding at least this many paragraphs
    # of running text is a part of the story read in its tab, as one of ``prose_paragraphs`` is (0: off)
    "headed_tab_paragraphs": 2,
    # round 55 (structset73): a definition list whose every description holds blocks (paragraphs of its own) and
    # at least this many holding a paragraph of running text is a list of panels: each term a section heading
    # (its label as a heading's), each description that section's blocks; a glossary of one-line definitions
    # stays one paragraph an entry (0: off)
    "panel_lists": 2,
    # round 55 (structset73): a blockquote of one short quotation in quotation marks closing on its source in a
    # <footer> or <cite> of its own, set at the head of the text (no heading after the <h1> before it) with no
    # paragraph after it, is an epigraph displayed with its source, not text, as one between sections is (0: off)
    "marked_sources": 1,
    # round 58 (structset79): a container closing on a quotation and its source may close on page furniture
    # after them (a "Back to top ↑" jump, a hidden element): the quotation still closes its text (0: off)
    "jumps_close_containers": 1,
}
_BOILERPLATE = words("html_boilerplate")
_DISCUSSION = words("html_discussion")  # a readers' comment thread: prose, never the page's text
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo"}
_NOTE_NAMES = words("html_note_names")
_SIDENOTE_NAMES = words("html_sidenote_names")  # an inline note floated into the margin ("sidenote")
_QUOTE_NAMES = words("html_quote_names")  # a displayed quotation (a pull quote) by its class or id
_FLOAT_CLASSES = words("html_float_classes")  # a framework's float helpers: no kind of box, left out of the names
_LAZY_SOURCES = [e.value.lower() for e in entries("html_lazy_sources")]  # in the order tried
_UNSEEN_CLASSES = frozenset(words("html_unseen_classes"))  # kept off the screen by a framework's helper class
_SCRIPT_NOTICE = words("script_notice_words")
# DPUB-ARIA roles of notes: a block of them, one note, a call to one and the link back
_NOTE_ROLES = {"doc-endnotes", "doc-footnotes", "doc-footnote", "doc-endnote"}
_NOTE_LINK_ROLES = {"doc-noteref", "doc-backlink"}
_EMPHASIS_TAGS = {"em", "i", "small", "cite"}
_LAYOUT_ROLES = {"presentation", "none"}  # ARIA: a table used for layout, not data
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, source: str) -> str:
    """UTF-8 (or a BOM) first; else the page's ``<meta charset>``; else sniffing."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        match = _META_CHARSET.search(data[:4096])
        try:
            text = data.decode(match.group(1).decode("ascii")) if match else decode(data, source)
        except (LookupError, UnicodeDecodeError):
            text = decode(data, source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _DataStream(HTMLParser):
    """The page's character data with exact source offsets (script/style left out)."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.lines = LineIndex(source)
        self.out = MappedText()
        self._hidden: list[str] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines.line_start(line) + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in NO_TEXT_DATA:
            self._hidden.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden:
            while self._hidden and self._hidden.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.out.append_verbatim(data, self._offset())

    def _reference(self, raw_name: str) -> None:
        if self._hidden:
            return
        start = self._offset()
        end = start + 1 + len(raw_name)
        if self.source.startswith(";", end):
            end += 1
        char = html_lib.unescape(self.source[start:end])
        if len(char) == 1:
            self.out.append_char(char, start, end)
        else:
            self.out.append_at(char, start)

    def handle_entityref(self, name: str) -> None:
        self._reference(name)

    def handle_charref(self, name: str) -> None:
        self._reference("#" + name)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![CDATA[…]]>`` and friends; an unknown keyword (``<![CDATAX[``) is a bogus
        comment up to the next ``>`` (HTML5), where the standard parser asserts."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1


def _data_stream(source: str) -> MappedText:
    parser = _DataStream(source)
    parser.feed(source)
    parser.close()
    return parser.out


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _heading_rank(tag: str) -> int | None:
    """The rank of a section heading element (h1 1 … h3 3), None for a heading read from its look."""
    return int(tag[1]) if tag in SECTION_HEADINGS else None


def _classes(el) -> str:
    return (el.get("class") or "").lower()


def _heading_button(el) -> bool:
    """A ``<button>`` inside a heading (``h1``–``h6`` or ``role="heading"``): an accordion's or
    disclosure's header, whose text is the heading's own (WAI-ARIA's accordion pattern wraps each
    header button in a heading), not a control's label ("Menu", "Close")."""
    return bool(HTML_LIMITS["heading_buttons"]) and any(
        _tag(a) in SECTION_HEADINGS | MINOR_HEADINGS or a.get("role") == "heading" for a in el.iterancestors())


def _skipped(el) -> bool:
    tag = _tag(el)
    if tag == "button" and _heading_button(el):
        return el.get("hidden") is not None or el.get("aria-hidden") == "true"
    if not tag or tag in SKIP_TAGS or el.get("hidden") is not None and not _shown_later(el):
        return True
    if el.get(UNSLOTTED) is not None:  # a shadow host's child that no slot of its shadow tree shows
        return True
    if HTML_LIMITS["tab_controls"] and _tab_control(el):
        return True
    if tag == "dialog" and el.get("open") is None:  # a closed dialog (a lightbox) is not shown
        return True
    if el.get("popover") is not None and el.get(_POPOVER_NOTE) is None:  # shown only when opened
        return True
    if _note_link(el) or tag == "noscript" and _script_notice(el):
        return True
    if el.get("aria-hidden") == "true" and not _shown_label(el) or el.get("role") in _FURNITURE_ROLES:
        return True
    if tag in ("header", "footer"):
        # Page boilerplate, unless it belongs to the article itself; an article's own
        # footer of links (tags, related pages) is furniture too.
        if not any(_tag(a) in ("article", "main") for a in el.iterancestors()):
            return not (tag == "header" and (_headline_header(el) or _plain_header(el)))
        return tag == "footer" and (_mostly_links(el) or _furniture_name(el))
    if el.get(_SIDE_COLUMN) is not None or el.get(_SCRIPT_WRITTEN) is not None or el.get(_FALLBACK_COPY) is not None:
        return True
    if tag == "aside" or el.get("role") == "complementary":
        return _mostly_links(el) or _furniture_name(el)
    if tag == "section" and _link_list_section(el):
        return True
    if tag in ("ol", "ul") and _current_item_list(el):
        return True
    if tag in ("section", "div", "aside", "ol", "ul") and _named(el, _DISCUSSION):
        return True  # the readers' comments under an article
    if tag == "summary":  # the label of a disclosure control ("Read more"), not text,
        # unless it holds the heading, or is one (``_mark_summary_headings``)
        return not any(_tag(c) in SECTION_HEADINGS for c in el) and el.get(_SUMMARY_HEADING) is None
    if tag in ("p", "div") and (_tag_line(el) or _byline(el) or _control_line(el) or _player_line(el)
                                or _header_date_line(el) or _pager_line(el)):
        return True
    if tag in ("p", "div") and not any(_is_block(c) for c in el) and is_jump_line(_text_of(el)):
        return True  # "Continued from page 1": where the story came from, not text
    if tag == "a" and _jump_link(el):
        return True  # "… <a href="#page-2">continued on page 2 ›</a>": where the story goes on, not text
    return (_furniture_name(el) and not _prose(el)) or _in_page_jump(el)


def _jump_link(el) -> bool:
    """With ``jump_links`` on, a link to a place on the page closing its paragraph's text and
    reading as a jump line ("continued on page 2 ›", ``is_jump_line``): where the story goes on,
    not text (the paragraph reads on in the next page's first, ``_continued_over_page``)."""
    if not HTML_LIMITS["jump_links"] or not (el.get("href") or "").startswith("#"):
        return False
    if (el.tail or "").strip() or any(isinstance(c.tag, str) for c in el.itersiblings()):
        return False
    return is_jump_line(_text_of(el))


def _tab_control(el) -> bool:
    """A tab widget's control (``role="tab"`` on any element: a ``<label>`` of a CSS-only radio tab, a
    ``<div>``), dropped like a ``<button>``; its text names a panel of running text only as
    ``_tab_titles`` reads it. (A tab panel's own text stays, as ``_shown_later`` keeps a hidden one.)"""
    return el.get("role") == "tab"


def _headline_header(el) -> bool:
    """A page-level header that holds the page's only ``h1``: the document's own headline
    (and its standfirst), set before ``<main>`` by the page's template, not the site's
    banner; its navigation is still left out on its own."""
    inside = sum(1 for _ in el.iter("h1"))  # (counted: comparing each h1 with each was quadratic)
    return inside > 0 and inside == sum(1 for _ in el.getroottree().iter("h1"))


def _plain_header(el) -> bool:
    """A page-level header with text and nothing to navigate by -- no link, no ``nav``, no form
    or control: a newspaper's masthead and issue date set over its article, the document's own
    text. A site's banner always leads somewhere (its logo's link home, its menu, its search), or
    stands over an article that has a header of its own."""
    controls = ("a", "nav", "form", "button", "input", "select")
    if not _text_of(el) or any(_tag(d) in controls for d in el.iterdescendants() if isinstance(d.tag, str)):
        return False
    return sum(1 for _ in el.getroottree().iter("header")) == 1


def _shown_label(el) -> bool:
    """A panel label opening a section heading that screen readers are told to skip
    (``<h2><span aria-hidden="true">03</span> Title</h2>``): hidden from speech only,
    it is printed on the screen, so it stays the section's label."""
    parent = el.getparent()
    if (parent is not None and _tag(parent) in SECTION_HEADINGS and len(parent) > 0
            and parent[0] is el and _boxed_label(parent) is not None):
        return True
    return bool(HTML_LIMITS["hidden_labels_before_headings"]) and _label_before_heading(el)


def _label_before_heading(el) -> bool:
    """``el`` holds only a panel label ("02", "B") and the next thing shown after it, nothing
    but white space between, is a section heading: the heading's label set beside it
    (``<span aria-hidden="true">02</span><h2>Title</h2>``)."""
    if (el.tail or "").strip() or any(_is_block(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
        return False
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        if (nxt.tail or "").strip():
            return False
        nxt = nxt.getnext()
    text = _text_of(el)
    return nxt is not None and _tag(nxt) in SECTION_HEADINGS and bool(text) and alone_label(text) is not None


def _tag_line(el) -> bool:
    """A line of the article's own header that is one short link and no sentence (a
    topic tag over the title, "Victorian gardens"): navigation, not text."""
    if not any(_tag(a) == "header" for a in el.iterancestors()):
        return False
    links = list(el.iter("a"))
    text = _text_of(el)
    return (len(links) == 1 and _text_of(links[0]) == text and not ends_sentence(text)
            and len(text.split()) <= HTML_LIMITS["deck_words"])


def _control_line(el) -> bool:
    """A line of controls, not text: a ``p`` or ``div`` holding no block, ending no sentence,
    whose text is mostly link text (``aside_link_share``; buttons carry no text here) --
    "Show all 96 entries", "Plan your visit", a viewer's "Download page (PDF) · Page 1 of 4".
    A credit, a caption or a figure's part is kept whatever it links to."""
    if next(el.iter("a"), None) is None or any(_is_block(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
        return False  # (a block of blocks is judged block by block)
    text = _text_of(el)
    if not text or ends_sentence(text):
        return False
    if any(_tag(a) in ("figure", "figcaption") for a in el.iterancestors()) or is_credit_line(text):
        return False
    if _reference_line(el, text):
        return False
    own = _unlinked_text(el)  # what it says besides its links: a counter at most, no sentence, no credit
    return _mostly_links(el) and not any(ends_sentence(part) or is_credit_line(part) for part in own)


def _player_line(el) -> bool:
    """A media player and its label, not text: a ``p`` or ``div`` holding no block and an
    ``<audio>`` or ``<video>`` with its controls shown, whose words are a short line ending no
    sentence (at most ``deck_words``: "Audio guide · track 12"). A sentence about the recording
    ("Listen: the pilot's account, 1937.") is text, whatever it plays."""
    players = [d for d in el.iterdescendants("audio", "video") if d.get("controls") is not None]
    if not players or any(_is_block(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
        return False
    text = _text_of(el)
    return not ends_sentence(text) and len(text.split()) <= HTML_LIMITS["deck_words"]


def _reference_line(el, text: str) -> bool:
    """A line that is one link, all of its text, to another site: a reference the page's text gives (a
    letter in an archive's catalogue, a record elsewhere), not a control of the site ("Plan your visit",
    "Show all 40 entries" lead to the site's own pages). A page's own site is the host of its ``<base>``,
    canonical or ``og:url`` address, when it names one."""
    links = list(el.iter("a"))
    if len(links) != 1 or _text_of(links[0]) != text:
        return False
    host = _link_host(links[0].get("href") or "")
    return host is not None and host != _own_host(el.getroottree())


def _link_host(href: str) -> str | None:
    """The host of an address to a Web page (``http``/``https``, or ``//host/…``), lower-cased; None for a
    link within the site (a path, a query, a place on the page) or to no page (``mailto:``, ``javascript:``)."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:  # a malformed address ("http://[x"): no page
        return None
    if parts.scheme.lower() not in ("http", "https", "") or not parts.netloc:
        return None
    return (parts.hostname or "").lower() or None


def _own_host(tree) -> str | None:
    """The host of the page's own address: its ``<base href>``, canonical link or ``og:url``, if any."""
    for address in tree.xpath("//base/@href | //link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        host = _link_host(str(address))
        if host is not None:
            return host
    return None


def _unlinked_text(el) -> list[str]:
    """The runs of the element's text outside its links."""
    runs = []
    for node in el.xpath(".//text()[not(ancestor::a)]"):
        text = " ".join(str(node).split())
        if text:
            runs.append(text)
    return runs


def _byline(el) -> bool:
    """The byline or date line a publishing system sets under an article's headline, known by
    where it sits and what it says, not by its class: in the page's or the article's header, or
    right after the headline; short, ending no sentence; and showing at least ``byline_signs`` of
    a byline lead word ("By Ann Vale", "Published …"), a full date (a ``<time>`` or a day's
    month and year) and a reading time ("6 min read"). An object's line of facts on a
    collection page ("Glazed earthenware · 1880 · 32 cm high") shows none of them."""
    headed = el.get(_AFTER_HEADLINE) is not None  # in the headline's block
    if not (headed or any(_tag(a) == "header" for a in el.iterancestors())):
        return False
    text = _text_of(el)
    if not text or ends_sentence(text) or len(text.split()) > HTML_LIMITS["byline_words"]:
        return False
    parts = [p for p in IMPRINT_SEPARATOR.split(text) if p.strip()]
    signs = (
        _byline_lead(text.split()),
        next(el.iter("time"), None) is not None or bool(MONTH_RE.search(text) and re.search(YEAR, text)),
        any(_reading_time(part) for part in parts),
    )
    return sum(signs) >= HTML_LIMITS["byline_signs"]




_OPENING_YEAR = re.compile(rf"^\W*{YEAR}")


def _pager_line(el) -> bool:
    """With ``pager_lines`` on, a paragraph holding nothing but page numbers, one part or several set apart
    by dots or bars, at least one naming the page ("Page 1 of 2", "← Page 1 · Page 2 of 2"): the pager of a
    text shown as pages, no text."""
    if not HTML_LIMITS["pager_lines"] or any(_is_block(c) for c in el):
        return False
    parts = IMPRINT_SEPARATOR.split(_text_of(el).strip())
    return all(PAGE_NUMBER.match(part.strip()) for part in parts) and any(
        "page" in part.lower() for part in parts)


def _header_date_line(el) -> bool:
    """A section heading's date line: in the ``<header>`` of a ``<section>``/``<article>``, after
    the header's heading, opening on a year ("1933–1937 · Construction") or a place and its date
    (``header_placed_dates``), ending no sentence and
    at most ``byline_words`` long. The heading's furniture, as a byline is the headline's."""
    header = el.getparent()
    if not HTML_LIMITS["header_date_lines"] or header is None or _tag(header) != "header":
        return False
    box = header.getparent()
    if box is None or _tag(box) not in _SECTIONING:
        return False
    if not any(_tag(p) in SECTION_HEADINGS | MINOR_HEADINGS for p in el.itersiblings(preceding=True)):
        return False
    text = _text_of(el)
    titled = any(_tag(p) == "h1" for p in el.itersiblings(preceding=True))  # (under the page's title: its deck)
    dated = bool(_OPENING_YEAR.match(text)) or bool(
        HTML_LIMITS["header_placed_dates"] and not titled and PLACED_DATE.match(text))
    return dated and not ends_sentence(text) and len(text.split()) <= HTML_LIMITS["byline_words"]


def _byline_lead(tokens: list[str]) -> bool:
    """A byline's lead: its first word a byline lead ("By …", "Published …"), or a past
    participle then "by" ("Curated by …", "Photographed by …": a role and its holder)."""
    leads = words("byline_leads")
    if tokens and tokens[0].lower() in leads:
        return True
    return len(tokens) > 2 and tokens[1].lower() == "by" and tokens[0].lower().endswith(("ed", "en"))


def _reading_time(part: str) -> bool:
    """A reading-time estimate: "6 min read", "Reading time: 8 minutes"."""
    tokens = re.findall(r"\w+", part.lower())
    return (len(tokens) <= HTML_LIMITS["reading_time_words"] and any(t.isdigit() for t in tokens)
            and any(t in words("reading_time_words") for t in tokens))


def _in_page_jump(el) -> bool:
    """A paragraph that is only links within the page ("Back to top ↑"): navigation."""
    if _tag(el) not in ("p", "div", "li"):
        return False
    links = list(el.iter("a"))
    if HTML_LIMITS["sibling_permalinks"] and any(True for _ in el.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        return False  # (a heading and its permalink in their wrapper: the heading is text)
    return bool(links) and all((a.get("href") or "").startswith("#") for a in links) and _mostly_links(el)


def _furniture_name(el) -> bool:
    """The element's class or id names page furniture ("cookie-notice", "share_links",
    "skip-link")."""
    return _named(el, _BOILERPLATE)


def _named(el, names_of: frozenset[str] | set[str], ignored: frozenset[str] = frozenset()) -> bool:
    """The element's class or id holds one of ``names_of`` as a token or as a whole name
    with its hyphens and underscores taken out; whole names in ``ignored`` are left out first."""
    own_id = el.get("id") if el.get(_LINKED) is None else None  # a contents list's target is text
    names = f"{el.get('class') or ''} {own_id or ''}".lower()
    if ignored:
        names = " ".join(n for n in names.split() if n not in ignored)
    tokens = [t for t in re.split(r"[\s_-]+", names) if t]
    joined = [re.sub(r"[_-]+", "", name) for name in names.split()]
    return any(t in names_of for t in [*tokens, *joined])



def _notes_block(el) -> bool:
    """A block of footnotes or endnotes (or one note set apart): a DPUB-ARIA note role, an
    ``epub:type`` of notes, or a class/id of ``lexicon/html_note_names.txt``."""
    epub = (el.get("{http://www.idpf.org/2007/ops}type") or el.get("epub:type") or "").lower()
    return el.get("role") in _NOTE_ROLES or "note" in epub or el.get(_POPOVER_NOTE) is not None or _tag(el) in BLOCK_TAGS and (
        _named(el, _NOTE_NAMES) or el.get(_CALLED) is not None)


_CALLED = "data-vitrina-called-notes"  # a block of the notes the page's note calls point to


def _mark_called_notes(root) -> None:
    """Mark the blocks of notes the page's own note calls point to, whatever their name: a
    list an item of which is the target of a call (a list of sources, some of them called) (``<sup><a href="#n1">1</a></sup>`` →
    ``<li id="n1">``), widened to its container while that holds nothing else but a heading
    over it ("Notes")."""
    targets = {(a.get("href") or "")[1:] for a in root.iter("a") if _note_link(a) or (
        a.getparent() is not None and _tag(a.getparent()) == "sup" and _note_link(a.getparent()))}
    targets.discard("")
    if not targets:
        return
    for listing in root.iter("ol", "ul"):
        items = [c for c in listing if isinstance(c.tag, str) and _tag(c) == "li"]
        if not items or not any(c.get("id") in targets for c in items):
            continue
        block = listing
        parent = block.getparent()
        while parent is not None and _tag(parent) in BLOCK_TAGS and _tag(parent) not in ("body", "article", "main") and all(
                c is block or not isinstance(c.tag, str) or _tag(c) in SECTION_HEADINGS | MINOR_HEADINGS
                for c in parent):
            block, parent = parent, parent.getparent()
        block.set(_CALLED, "")


_UNLINKED_CALL = "data-vitrina-unlinked-call"  # a superscript number calling a note of a list after it
_CALL_NUMBER = re.compile(r"^\d{1,3}$")


_POPOVER_NOTE = "data-vitrina-popover-note"  # a popover a note call of the page opens


def _mark_popover_notes(root) -> None:
    """A popover (``popover`` attribute: shown only when a control opens it) that a short
    control in the running text opens (``<button popovertarget="n1">1</button>``, at most
    ``note_call_chars`` characters) is a note: the control is its call (left out of the text
    as a linked call is), the popover read with the page's notes. A popover nothing of that
    kind opens (a menu, a share box) is never shown with the page and is not read."""
    popovers = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("popover") is not None}
    for control in root.iter():
        if not isinstance(control.tag, str) or (target := control.get("popovertarget")) not in popovers:
            continue
        if 0 < len(_text_of(control)) <= HTML_LIMITS["note_call_chars"]:
            control.set(_UNLINKED_CALL, "")
            popovers[target].set(_POPOVER_NOTE, "")


_INLINE_NOTE = "data-vitrina-inline-note"  # a margin note set inside the paragraph that calls it


def _mark_inline_notes(root) -> None:
    """Mark the margin notes set inside the paragraphs that call them: an inline element
    (``span``, ``small``) whose class or id names a side note (``lexicon/html_sidenote_names``:
    Tufte CSS's ``sidenote``), standing in a paragraph's running text, is a note the style
    sheet floats out of the column, read with the page's notes, not as words of the sentence;
    a short superscript right before it (nothing but spaces between) is its call, left out
    as a linked call is (``inline_sidenotes``)."""
    if not HTML_LIMITS["inline_sidenotes"]:
        return
    for el in root.iter("span", "small"):
        parent = el.getparent()
        if parent is None or not _named(el, _SIDENOTE_NAMES) or not _text_of(el):
            continue
        if not any(_tag(a) in ("p", "li", "blockquote", "dd") for a in el.iterancestors()):
            continue
        el.set(_INLINE_NOTE, "")
        call = _toggle_label(el.getprevious()) if HTML_LIMITS["toggled_sidenote_calls"] else None
        call = call if call is not None else el.getprevious()
        if (call is not None and _tag(call) in ("sup", "label") and not (call.tail or "").strip()
                and 0 < len(_text_of(call)) <= HTML_LIMITS["note_call_chars"]):
            call.set(_UNLINKED_CALL, "")


def _toggle_label(control):
    """The ``<label>`` that toggles the note after ``control`` when ``control`` is a checkbox the label
    names by ``for`` (Tufte CSS: ``<label for="sn-1"><sup>1</sup></label><input type="checkbox" id="sn-1">``
    right before the note): the note's call, else None."""
    if control is None or _tag(control) != "input" or (control.tail or "").strip() or not control.get("id"):
        return None
    label = control.getprevious()
    if label is None or _tag(label) != "label" or (label.tail or "").strip() or label.get("for") != control.get("id"):
        return None
    return label


def _mark_closing_imprint(root) -> None:
    """Mark the imprint closing the page's text: the last paragraph with text of its one
    ``<main>`` (else its one ``<article>``, else the body), outside any figure or notes, reading
    as an imprint (short parts set apart by dots or bars, each opening in capitals or on a
    numeral, ending no sentence: "Harbour Museum · Gallery texts · Second edition",
    ``lines.imprint``) is the page's colophon, no text (``closing_imprints``)."""
    if not HTML_LIMITS["closing_imprints"]:
        return
    for tag in ("main", "article", "body"):
        found = [el for el in root.iter(tag) if el.get("hidden") is None]
        if len(found) == 1:
            break
    else:
        return
    last = None
    for el in found[0].iter("p", "div"):
        if _skipped(el) or any(_tag(a) == "figure" or _notes_block(a) for a in el.iterancestors()):
            continue
        if _tag(el) == "p" and _text_of(el):
            last = el
    if last is not None and imprint(" ".join(_text_of(last).split())):
        last.set(_SIDE_COLUMN, "")


def _mark_unlinked_calls(root) -> None:
    """Mark the note calls set as a bare superscript number ("… gold coins.<sup>1</sup>"), linked
    to nothing: a ``sup`` of digits alone, holding no element, after a word or a sentence's end (not a
    number: "10<sup>6</sup>" is a power), when an ordered list after it holds at least that many
    items (the notes it calls)."""
    calls = [sup for sup in root.iter("sup") if not len(sup) and _CALL_NUMBER.match((sup.text or "").strip())]
    if not calls:
        return
    order = {el: n for n, el in enumerate(root.iter())}
    lists = [(order[ol], len(_list_items(ol))) for ol in root.iter("ol")]
    for sup in calls:
        before = sup.getprevious()
        text = (before.tail if before is not None else sup.getparent().text) or ""
        number = int((sup.text or "").strip())
        if (text.rstrip()[-1:].isdigit() or not text.strip() or text != text.rstrip()
                or not any(at > order[sup] and count >= number for at, count in lists)):
            continue
        sup.set(_UNLINKED_CALL, "")


def _script_notice(el) -> bool:
    """A ``<noscript>`` that only asks for scripting ("Enable JavaScript to see the map"):
    short (``notice_words``), and one of its words is in ``lexicon/script_notice_words.txt``;
    longer fallback text that names scripts or a browser is content."""
    found = re.findall(r"[a-z]+", el.text_content().lower())
    return len(found) <= HTML_LIMITS["notice_words"] and any(w in _SCRIPT_NOTICE for w in found)


def _note_link(el) -> bool:
    """A note call or a note's link back to it ("¹", "↩"): a DPUB-ARIA role says so, or a
    superscript that is nothing but a link to a place on the page ("<sup><a href="#n2">2</a>"), perhaps
    in brackets (``bracketed_calls``), or a link that is nothing but one (a number set in the running text)."""
    if el.get("role") in _NOTE_LINK_ROLES or el.get(_UNLINKED_CALL) is not None:
        return True
    tag = _tag(el)
    if tag not in ("sup", "a") or len(el) != 1:
        return False
    around = ((el.text or "").strip(), (el[0].tail or "").strip())  # "<sup>[<a href="#n1">1</a>]</sup>" (Asciidoctor)
    if any(around) and not (HTML_LIMITS["bracketed_calls"] and tag == "sup" and around in (("[", "]"), ("(", ")"))):
        return False
    inner = el[0]
    link, sup = (inner, el) if tag == "sup" else (el, inner)
    return (_tag(link) == "a" and _tag(sup) == "sup" and (link.get("href") or "").startswith("#")
            and len(el.text_content().strip()) <= HTML_LIMITS["note_call_chars"])


def _prose(el) -> bool:
    """The element holds running text, ``prose_paragraphs`` paragraphs or more that end a
    sentence of ``prose_words`` words or more and are not link text: a section whose class
    or id happens to be a furniture word ("social-history", ``id="promo"`` on a chapter
    about a promotion campaign) is still text; a cookie notice or a newsletter box is a
    sentence or two."""
    count = 0
    for paragraph in el.iter("p", "li", "blockquote"):
        text = _text_of(paragraph)
        linked = sum(len(_text_of(a).split()) for a in paragraph.iter("a"))
        words_in = len(text.split())
        if words_in >= HTML_LIMITS["prose_words"] and ends_sentence(text) and linked * 2 < words_in:
            count += 1
    return count >= HTML_LIMITS["prose_paragraphs"]


def _headed_story(el) -> bool:
    """``el`` opens with a heading of its own (``h2``-``h4``) and holds ``headed_tab_paragraphs`` paragraphs of
    running text or more (a tab's part of the story, shorter than ``_prose`` asks)."""
    least = HTML_LIMITS["headed_tab_paragraphs"]
    if not least or next(el.iter("h2", "h3", "h4"), None) is None:
        return False
    running = [p for p in el.iter("p") if len(_text_of(p).split()) >= HTML_LIMITS["prose_words"] and ends_sentence(
        _text_of(p))]
    return len(running) >= least


def _running_text(el) -> bool:
    """``el`` holds a paragraph of running text: ``prose_words`` words or more to a sentence end."""
    return any(len(_text_of(p).split()) >= HTML_LIMITS["prose_words"] and ends_sentence(_text_of(p))
               for p in el.iter("p"))


def _link_list_section(el) -> bool:
    """A section that is a heading over a list of links and nothing else ("More
    exhibitions", "Related pages"): every letter under its heading is link text, or every item
    of its lists a link with a short note (``_annotated_link``; round 35)."""
    heads = [c for c in el if isinstance(c.tag, str) and _tag(c) in SECTION_HEADINGS | MINOR_HEADINGS]
    lists = [c for c in el if isinstance(c.tag, str) and _tag(c) in ("ul", "ol")]
    if len(heads) != 1 or not lists or len(heads) + len(lists) != len([c for c in el if isinstance(c.tag, str)]):
        return False
    letters = sum(len("".join(c.text_content().split())) for c in lists)
    linked = sum(len("".join(a.text_content().split())) for c in lists for a in c.iter("a"))
    if letters > 0 and linked == letters:
        return True
    items = [item for c in lists for item in _list_items(c)]
    return bool(items) and all(_annotated_link(item) for item in items)


def _annotated_link(item) -> bool:
    """A list item that is a link with a short note beside it ("The Wagonway Village  6 tracks", a
    card of related pages): link text at least ``aside_link_share`` of its letters, and no sentence."""
    letters = len("".join(item.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in item.iter("a"))
    return letters > 0 and linked >= HTML_LIMITS["aside_link_share"] * letters and not ends_sentence(_text_of(item))


def _current_item_list(el) -> bool:
    """A list one item of which is marked as the reader's current place (``aria-current``
    on the item or its link: "page", "step", "location"…): ARIA gives that mark to the
    items of navigation only (a breadcrumb trail, a pager, a menu), never to text."""
    for item in el:
        if not isinstance(item.tag, str) or _tag(item) != "li":
            continue
        marked = [item, *(c for c in item if isinstance(c.tag, str) and _tag(c) == "a")]
        if any((m.get("aria-current") or "false").lower() != "false" for m in marked):
            return True
    return False


def _mostly_links(el) -> bool:
    """Most of the element's text is link text (a list of site links)."""
    total = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return total == 0 or linked >= HTML_LIMITS["aside_link_share"] * total


def _markup(el) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    tag = _tag(el)
    if tag in ("q", "blockquote"):
        return "quote", (("cite", el.get("cite")),) if el.get("cite") else ()
    if tag == "time" and el.get("datetime"):
        return "date", (("when", el.get("datetime").strip()),)
    return None


def _is_credit_element(el) -> bool:
    return _tag(el) in ("small", "cite") or "credit" in _classes(el)


def _is_block(el) -> bool:
    return _tag(el) in BLOCK_TAGS or "caption" in _classes(el) or _custom_block(el)


def _custom_block(el) -> bool:
    """A custom element (a web component: its name holds a hyphen) holding a block: a box of
    the page's blocks (``<exhibit-panel>`` around a heading and paragraphs), not a run of text.
    So is an element HTML does not know at all (a generator's broken tag, ``<section~A~>``):
    a browser lays out the blocks inside it as blocks (``HTML_LIMITS["unknown_blocks"]``)."""
    tag = _tag(el)
    unknown = "-" in tag or bool(HTML_LIMITS["unknown_blocks"]) and tag not in KNOWN_TAGS
    return unknown and any(_tag(c) in BLOCK_TAGS for c in el)


def _images(el) -> list:
    """The ``img`` elements in ``el`` (itself included), in order."""
    return [img for img in el.iter("img")
            if not any(_tag(a) in FALLBACK_TAGS or _skipped(a) for a in img.iterancestors())]


def _image_source(img) -> str | None:
    """An image's address: its ``src``, or, when that is missing or a ``data:`` placeholder,
    the address a lazy-loading script would swap in (``lexicon/html_lazy_sources``)."""
    src = (img.get("src") or "").strip()
    if src and not src.lower().startswith("data:"):
        return src
    for name in _LAZY_SOURCES:
        if lazy := (img.get(name) or "").strip():
            return lazy
    return src or None


def _text_of(el) -> str:
    return " ".join(el.text_content().split())


def _caption_like(el) -> bool:
    """A block that reads as the caption of the image before it: its class says so, its type
    does (``_html_look.mark_typed_captions``), or it is a short ``p``/``div`` set wholly in emphasis
    or holding a credit element."""
    if "caption" in _classes(el) or el.get(TYPED_CAPTION) is not None:
        return True
    if _tag(el) not in ("p", "div") or not _text_of(el):
        return False
    if len(_text_of(el).split()) > HTML_LIMITS["caption_words"] or any(_is_block(c) for c in el):
        return False
    if any(_is_credit_element(c) for c in el.iter() if c is not el):
        return True
    plain = "".join((el.text or "").split()) + "".join(
        "".join((c.tail or "").split()) for c in el)
    return not plain and all(
        _tag(c) in _EMPHASIS_TAGS or _tag(c) == "br" or _only_images(c) for c in el)


def _labelled_caption(el) -> bool:
    """A short ``p``/``div`` of inline text opening with a picture's position label ("Above: …",
    ``match_label``): after a ``<figure>`` without a caption of its own, that figure's caption
    (``captions_after_figures``), whatever its class or type (a picture outside a figure is
    captioned only by a block that looks like a caption, ``_caption_like``)."""
    if not HTML_LIMITS["captions_after_figures"] or _tag(el) not in ("p", "div") or any(_is_block(c) for c in el):
        return False
    text = _text_of(el)
    return 0 < len(text.split()) <= HTML_LIMITS["caption_words"] and match_label(text) is not None


def _described_captions(root) -> dict:
    """Each picture's caption given by reference: an ``img`` (or the ``figure``/``picture``
    holding it) whose ``aria-describedby`` names a block of the page -- a ``p``/``div`` of
    inline text, at most ``caption_words`` words, outside the picture, no heading and no
    ``figcaption`` (a figure reads its own) -- maps to that block."""
    ids = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    found: dict = {}
    for holder in root.iter("img", "figure", "picture"):
        images = _images(holder)
        if not images or images[0] in found:
            continue
        for name in (holder.get("aria-describedby") or "").split():
            target = ids.get(name)
            if target is not None and _describes(target, holder) and target not in found.values():
                found[images[0]] = target
                break
    return found


def _describes(target, holder) -> bool:
    """``target`` can be the caption of the picture in ``holder`` (``_described_captions``)."""
    text = _text_of(target)
    return (
        _tag(target) in ("p", "div")
        and bool(text)
        and len(text.split()) <= HTML_LIMITS["caption_words"]
        and not any(_is_block(c) for c in target)
        and target not in holder.iterancestors()
        and holder not in target.iterancestors()
        and not any(_tag(a) == "figcaption" for a in target.iterancestors())
        and not _images(target)
    )


def _rights_line(el) -> bool:
    """A short ``p``/``div`` of inline content whose own text, its links left out, is a credit
    line ("Image © Harbour Trust." + a link to order a copy): the rights of the pictures over it."""
    if _tag(el) not in ("p", "div") or any(_is_block(c) for c in el):
        return False
    text = _text_of(el)
    linked = " ".join(_text_of(a) for a in el.iter("a"))
    own = " ".join(text.replace(linked, " ").split()) if linked else text
    return bool(own) and len(text.split()) <= HTML_LIMITS["credit_words"] and is_credit_line(own)


def _double_break(el) -> bool:
    """``el`` a ``<br>`` followed by another, only white space between (``break_paragraphs``):
    the first of two line breaks that leave an empty line, parting paragraphs."""
    if not HTML_LIMITS["break_paragraphs"] or _tag(el) != "br" or (el.tail or "").strip():
        return False
    nxt = el.getnext()
    return nxt is not None and isinstance(nxt.tag, str) and _tag(nxt) == "br"


def _next_element(el):
    """The element right after ``el`` (comments and processing instructions passed over), or None."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def _continued_over_figure(el):
    """The ``<p>`` that resumes ``el`` after a figure set between them: ``el`` a ``<p>``
    ending mid-sentence (no closing stop, colon or semicolon), the figure (with a caption
    set before it and a credit after it, ``_figure_run``), then a ``<p>`` opening in lower
    case; or after a pull quote set between them (a quotation marked as no text), then a ``<p>``
    opening in lower case or ``el`` holding ``prose_words`` words at least (prose cut off, not a
    title line: the DOCX reader's rule across page breaks). None otherwise."""
    if _tag(el) != "p":
        return None
    anchor = el
    for _ in range(int(HTML_LIMITS["figure_wrappers"])):  # a <p> alone in its wrapper: the wrapper's next
        parent = anchor.getparent()
        if _next_element(anchor) is not None or parent is None or _only_child(parent) is not anchor:
            break
        anchor = parent
    nxt = _next_element(anchor)
    if anchor is not el:  # wrapped: a picture wrapped with its caption parts it, and the next wrapper's <p> goes on
        between = [nxt] if nxt is not None and _wrapped_figure(nxt) else []
        rest = _next_element(nxt) if between else None
        for _ in range(int(HTML_LIMITS["figure_wrappers"])):
            if rest is None or _tag(rest) == "p" or _only_child(rest) is None:
                break
            rest = _only_child(rest)
        if rest is None or _tag(rest) != "p":
            return None
        head, tail = _text_of(el).rstrip(), _text_of(rest).lstrip()
        if not head or not tail or ends_sentence(head) or head[-1] in ":;":
            return None
        return rest if tail[:1].islower() else None
    quote = nxt is not None and _tag(nxt) in ("blockquote", "aside") and nxt.get(_SIDE_COLUMN) is not None and bool(
        HTML_LIMITS["across_pull_quotes"])
    box = (not quote and nxt is not None and bool(HTML_LIMITS["across_boxes"]) and _tag(nxt) == "aside"
           and not _skipped(nxt))
    between = [nxt] if quote or box else _figure_run(nxt)
    rest = _next_element(between[-1]) if between else None
    if rest is None or _tag(rest) != "p":
        return None
    head, tail = _text_of(el).rstrip(), _text_of(rest).lstrip()
    if not head or not tail or ends_sentence(head) or head[-1] in ":;":
        return None
    if box:
        return rest if tail[:1].islower() else None
    return rest if tail[:1].islower() or quote and len(head.split()) >= HTML_LIMITS["prose_words"] else None


def _continued(el):
    """The ``<p>`` that resumes ``el`` past a figure or quote, or on the next "page", or None."""
    rest = _continued_over_figure(el)
    return rest if rest is not None else _continued_over_page(el)


def _continued_over_page(el):
    """The ``<p>`` that resumes ``el`` on the article's next "page" (a page split in one file,
    its pages boxes one after another, a pager between them): ``el`` a ``<p>`` ending
    mid-sentence, the last shown element of its boxes up to ``across_page_turns`` levels,
    the next shown box's first block (past a jump line, "Continued from page 1", skipped) a ``<p>``
    opening in lower case, or in capitals right after such a jump line when ``el`` holds
    ``prose_words`` words at least (prose cut off at the turn, not a title line: a name may go on
    with the sentence; the jump line says the story goes on there). None otherwise."""
    depth = int(HTML_LIMITS["across_page_turns"])
    if _tag(el) != "p" or not depth:
        return None
    head = _text_before_jump(el).rstrip()
    if not head or ends_sentence(head) or head[-1] in ":;":
        return None
    node = el
    for _ in range(depth + 1):
        nxt = _next_shown(node)
        if nxt is not None:
            break
        node = node.getparent()
        if node is None or _tag(node) in ("body", "html"):
            return None
    else:
        return None
    if node is el:
        return None  # (a figure or quote between two paragraphs is ``_continued_over_figure``'s)
    while nxt is not None and _tag(nxt) != "p" and _box_tag(nxt):
        nxt = next((c for c in nxt if isinstance(c.tag, str) and not _skipped(c)), None)
        resumed = _carried_head(nxt) if nxt is not None and HTML_LIMITS["jump_links"] else None
        nxt = resumed if resumed is not None else nxt
    if nxt is None or _tag(nxt) != "p":
        return None
    tail = _text_of(nxt).lstrip()
    if HTML_LIMITS["jump_links"]:
        tail = tail.lstrip(_ELLIPSES + " ")
    jumped = _after_jump_line(nxt) and len(head.split()) >= HTML_LIMITS["prose_words"]
    return nxt if tail[:1].islower() or jumped else None


_ELLIPSES = "\u2026."  # an ellipsis opening the paragraph resumed on the next page ("… keeping time")
_BOX_TAGS = ("div", "section", "article", "main")


def _box_tag(el) -> bool:
    """A box the next page's text may open inside: a division, or a custom element (a hyphen in its
    tag: a web component holding the page's panel) with ``jump_links`` on."""
    return _tag(el) in _BOX_TAGS or bool(HTML_LIMITS["jump_links"]) and "-" in _tag(el)


def _text_before_jump(el) -> str:
    """``el``'s text without a jump link closing it (``_jump_link``)."""
    text = _text_of(el)
    last = next((c for c in reversed(el) if isinstance(c.tag, str)), None)
    if last is not None and _tag(last) == "a" and _jump_link(last):
        cut = _text_of(last)
        if text.endswith(cut):
            text = text[: -len(cut)]
    return text


def _carried_head(first):
    """When ``first`` (a box's first shown child) and the shown siblings after it up to a heading
    are that heading's label (at most ``series_label_words`` words each) and the heading closes on a
    continuation mark ("A Storm (continued)"; ``lexicon/continuation_marks.txt``): the shown element
    after the heading, where the carried text resumes; else None."""
    node = first
    while node is not None and _tag(node) not in SECTION_HEADINGS:
        if len(_text_of(node).split()) > HTML_LIMITS["series_label_words"] or _is_block(node) and _tag(node) != "span":
            return None
        node = _next_shown(node)
    if node is None or without_continuation_mark(_text_of(node)) is None:
        return None
    return _next_shown(node)


def _carried_parts(rest) -> list:
    """The repeated heading and its label right before ``rest`` in its box (``_carried_head``), and an
    ellipsis alone opening ``rest``: not text, the story goes on."""
    parent = rest.getparent()
    if parent is None or not HTML_LIMITS["jump_links"]:
        return []
    shown = [c for c in parent if isinstance(c.tag, str) and not _skipped(c)]
    parts: list = []
    if shown and _carried_head(shown[0]) is rest:
        parts = shown[: shown.index(rest)]
    first = next((c for c in rest if isinstance(c.tag, str)), None)
    if first is not None and not (rest.text or "").strip() and _text_of(first) and not _text_of(first).strip(_ELLIPSES):
        parts.append(first)
    return parts


def _after_jump_line(el) -> bool:
    """The element right before ``el`` (or, for a first child, before the nearest box holding it
    that has one) is a jump line ("Continued from page 1"): ``el`` is where the story comes back."""
    node = el
    while node is not None and _tag(node) not in ("body", "html"):
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            return _tag(before) in ("p", "div") and is_jump_line(_text_of(before))
        node = node.getparent()
    return False


def _next_shown(el):
    """The next element after ``el`` among its siblings that is not skipped, or None."""
    nxt = _next_element(el)
    while nxt is not None and _skipped(nxt):
        nxt = _next_element(nxt)
    return nxt


_NOTE_SYMBOLS = "*\u2020\u2021"  # the marks a table's note opens with: asterisk, dagger, double dagger


def _table_note(el) -> bool:
    """``el``, right after a data table, is the table's note: a ``p``/``div``/``small`` of inline
    content opening on a note symbol ("* Figures are …", "† Estimated"), raised in a ``<sup>``
    or set apart by a space, as the notes under a printed table are."""
    if _skipped(el) or _tag(el) not in ("p", "div", "small") or any(_is_block(c) for c in el) or _images(el):
        return False
    text = _text_of(el)
    if len(text) < 2 or text[0] not in _NOTE_SYMBOLS:
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    raised = first is not None and _tag(first) == "sup" and not (el.text or "").strip()
    return raised or text[1].isspace()


def _figure_run(el) -> list:
    """The elements from ``el`` that set one picture between two paragraphs: a caption set
    before it (``_caption_before``), the ``<figure>`` or the picture alone, or a caption set
    after it outside it (``_caption_like``, or a labelled line after a ``<figure>`` without a
    caption of its own, ``_labelled_caption``; ``captions_set_after``), and a credit line after
    them (``_credit_line``); empty when ``el`` starts no such run."""
    run = []
    if el is not None and _caption_before(el) is not None:
        run.append(el)
        el = _next_element(el)
    if el is None or not (_tag(el) == "figure" or _picture_holder(el)):
        return []
    figure = el
    run.append(el)
    after = _next_element(el)
    if len(run) == 1 and after is not None and HTML_LIMITS["captions_set_after"] and not _skipped(after) and (
            _caption_like(after) or _tag(figure) == "figure" and not any(True for _ in figure.iter("figcaption"))
            and _labelled_caption(after)):
        run.append(after)  # its caption set after it, outside it ("<figure>…</figure><div class=figcap>")
        after = _next_element(after)
    if after is not None and _credit_line(after):
        run.append(after)
    return run


def _only_child(el):
    """The one element ``el`` holds, a ``div`` holding no text of its own beside it (a wrapper); None otherwise."""
    if _tag(el) != "div" or (el.text or "").strip():
        return None
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 1 or (children[0].tail or "").strip():
        return None
    return children[0]


def _wrapped_figure(el) -> bool:
    """``el`` a ``div`` holding a picture alone (``_picture_holder``) and its caption (a block reading as
    a caption, ``_caption_like``, or opening with a position label, ``_labelled_caption``), perhaps a credit
    line, and nothing else: a figure set as plain blocks (Asciidoctor's "imageblock")."""
    if _tag(el) != "div" or _skipped(el) or (el.text or "").strip():
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    if any((c.tail or "").strip() for c in children):
        return False
    pictures = [c for c in children if _picture_holder(c)]
    rest = [c for c in children if not _picture_holder(c)]
    return len(pictures) == 1 and bool(rest) and all(
        _caption_like(c) or _labelled_caption(c) or _credit_line(c) for c in rest)


def _picture_holder(el) -> bool:
    """An element that is a picture and nothing else: an ``img``, a ``picture``, or a block
    or link holding images and no text (``<p><img></p>``, ``<a><img></a>``)."""
    return _tag(el) in ("img", "picture", "p", "div", "a", "span") and _only_images(el)


def _caption_before(el):
    """The picture a caption set before it belongs to: ``el`` reads as a caption (its class,
    emphasis or a credit element, ``_caption_like``; or a short ``p``/``div`` opening with a
    position label, "Below: …") and the next element is a picture alone or a ``<figure>``
    without a caption of its own, with no caption set after it (a picture's caption follows
    it by default: an italic line over a picture captioned under it stays text). None otherwise."""
    if _tag(el) not in ("p", "div"):
        return None
    nxt = _next_element(el)
    if nxt is None or _skipped(nxt) or _skipped(el) or _images(el) or any(_is_block(c) for c in el):
        return None
    if _tag(nxt) == "figure":
        if not _images(nxt) or any(c is not nxt for c in nxt.iter("figcaption")):
            return None
    elif not _picture_holder(nxt):
        return None
    after = _next_element(nxt)
    if after is not None and not _skipped(after) and _caption_like(after):
        return None
    text = _text_of(el)
    if not text or len(text.split()) > HTML_LIMITS["caption_words"]:
        return None
    return nxt if _caption_like(el) or match_label(text) is not None else None


def _credit_line(el) -> bool:
    """``el`` is a credit set as an element of its own (a ``p``, ``span``, ``small``,
    ``div`` or ``cite``): a credit element, or a short line whose text reads as a credit by the
    cues every reader shares (``is_credit_line``: a credit phrase, a lexicon lead, a lender or
    collection's name)."""
    return _tag(el) in ("p", "span", "small", "div", "cite") and not _images(el) and _reads_as_credit(el)


def _picture_credit(picture, caption):
    """The credit of a picture: a child of its ``<figure>`` of its own beside the caption
    (before or after the picture, before or after the caption), else the line right after it;
    or None."""
    if _tag(picture) == "figure":
        inside = next((c for c in picture if isinstance(c.tag, str) and c is not caption and _credit_line(c)), None)
        if inside is not None:
            return inside
    after = _next_element(picture)
    return after if after is not None and _credit_line(after) else None


def _credit_after(el):
    """The element right after a caption when it is the caption's credit: a credit
    element, or a short block that opens with a credit phrase or lead."""
    nxt = _next_element(el)
    return nxt if nxt is not None and _reads_as_credit(nxt) else None


def _reads_as_credit(el) -> bool:
    """``el`` is shown, holds no block, and is a credit element or a short line whose text reads
    as a credit by the cues every reader shares (``is_credit_line``)."""
    if _skipped(el) or any(_is_block(c) for c in el):
        return False
    text = _text_of(el)
    if not text or len(text.split()) > HTML_LIMITS["credit_words"]:
        return False
    return _is_credit_element(el) or is_credit_line(text)


def _only_images(el) -> bool:
    """An ``img``, or an element holding images and no text (``<a><img></a>``)."""
    return _tag(el) == "img" or (bool(_images(el)) and not _text_of(el))


def _picture_then_caption(el) -> bool:
    """A block opening with its picture and holding the caption after it
    (``<p><img …><br><em>The quay in 1890.</em></p>``)."""
    children = list(el)
    return (
        bool(children)
        and not (el.text or "").strip()
        and _only_images(children[0])
        and _caption_like(el)
    )


class _PageReader:
    def __init__(self, tree: TreeText, builder: DocumentBuilder):
        self.tree = tree
        self.b = builder
        self.waiting: list = []  # images outside <figure> whose caption may follow
        self.taken: set = set()  # elements already read as a caption's credit
        self.notes: list = []  # blocks of notes, read after the body (``finish_notes``)
        self.in_notes = False
        self.label: str | None = None  # a panel label set on the element before its heading
        self.counted: dict = {}  # section headings opening with a bare label that counts up
        self.described: dict = {}  # an image -> the block its aria-describedby names (its caption)
        self.tab_titles: dict = {}  # a tab panel of running text -> the tab button naming it (``_tab_titles``)
        self.figure_waits = False  # the waiting images are a captionless <figure>'s (``captions_after_figures``)

    def flush(self, caption: Block | None = None) -> None:
        """Record the waiting images as figures; the first takes ``caption``, else the
        block its ``aria-describedby`` names (read here, beside the picture)."""
        if caption is None and self.waiting and (described := self.described.pop(self.waiting[0], None)) is not None:
            caption = self.caption(described)
        for img in self.waiting:
            alt = " ".join((img.get("alt") or "").split()) or None
            self.b.figure(caption, src=_image_source(img), alt=alt)
            caption = None
        self.waiting = []
        self.figure_waits = False

    def inline(self, drop=None) -> Inline:
        return Inline(
            self.tree,
            markup=_markup,
            drop=drop or _skipped,
            space_after=lambda el: _tag(el) in ("br", "td", "th", "img"),
            space_before=_glued_heading_line,
        )

    def emit(self, kind, run: Inline, credit: str | None = None, images: list | None = None) -> None:
        text, pieces, spans = run.finish()
        if text:
            self.flush()
            self.b.block(kind, pieces, credit=credit, markup=spans)
        self.waiting.extend(images or [])
        if text and images:
            self.flush()  # images set inside a paragraph's text: figures without a caption

    def continued(self, el, rest) -> None:
        """A paragraph broken by a figure set mid-sentence, read as one paragraph before the
        figure (its caption then closes the section's text, as a printed page's would)."""
        carried = _carried_parts(rest)
        run = self.inline(drop=(lambda c: _skipped(c) or c in carried) if carried else None)
        run.add_element(el)
        run.text.append_at(" ", run.text.ends[-1] if len(run.text) else 0)
        run.add_element(rest)
        self.emit("paragraph", run, images=_images(el) + _images(rest))
        self.taken.add(rest)
        self.taken.update(carried)

    def container(self, el) -> None:
        """Block children one by one; runs of inline content between them are paragraphs."""
        run = self.inline()
        images: list = []
        run.add_text(el, "text")
        back: list | None = None  # the blocks after a notes block: the page's back matter, if it is
        for child in el:
            if back is not None and isinstance(child.tag, str):
                back.append(child)
                continue
            if _tag(child) == "svg" and child.get(_SERIES_LABEL) is not None:  # a badge printing the label
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
                self.label = _label_text(child)
            elif _tag(child) == "svg" and child.get("aria-hidden") != "true" and child.get("hidden") is None:
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
                self.svg(child)
            elif child.get(_INLINE_NOTE) is not None and not self.in_notes:
                self.notes.append(child)  # a margin note inside the text: read with the notes, the run goes on
            elif _skipped(child) or child in self.taken:
                pass
            elif _double_break(child):  # "…end.<br><br>Next …": a new paragraph
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
            elif _notes_block(child) and not self.in_notes:
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
                self.notes.append(child)
                if _back_matter(child) and child.get(_POPOVER_NOTE) is None:  # a popover stands where it is called
                    back = []
            elif _label_over_heading(child) or child.get(_SERIES_LABEL) is not None:  # "<summary><span>Part 2</span><h2>…"
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
                self.label = _label_text(child)
            elif (rest := _continued(child)) is not None:
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
                self.continued(child, rest)
            elif not self.waiting and not images and (picture := _caption_before(child)) is not None:
                self.emit("paragraph", run)
                run = self.inline()
                self.caption_over(child, picture)
            elif _is_block(child):
                self.emit("paragraph", run, images=images)
                run, images = self.inline(), []
                self.block(child)
            else:
                run.add_element(child)
                images.extend(_images(child))
            run.add_text(child, "tail")
        self.emit("paragraph", run, images=images)
        self.notes.extend(c for c in back or () if not _skipped(c) and c not in self.taken)

    def finish_notes(self) -> None:
        """The blocks of notes after the body: a "Notes" section, one paragraph a note
        (a list item, else a paragraph), as the TEI reader keeps ``note``."""
        if not self.notes:
            return
        self.flush()
        self.b.section(None, NOTES_TITLE)
        self.in_notes = True
        for block in self.notes:
            # the block's own heading ("Notes") is the section's title already
            self.taken.update(c for c in block if isinstance(c.tag, str) and _tag(c) in SECTION_HEADINGS | MINOR_HEADINGS)
            self.block(block)
        self.flush()
        self.notes = []

    def svg(self, el) -> None:
        """An inline ``<svg>`` set as a block: its ``<title>`` and each ``<text>`` label a
        paragraph of their own (a drawing's words; an icon inside a line stays out)."""
        stack = [el]
        while stack:  # document order, not into a label's own parts (one pass, however deep)
            item = stack.pop()
            if item is not el and _tag(item) in SVG_TEXT_TAGS:
                run = self.inline()
                run.add_element(item)
                self.emit("paragraph", run)
            else:
                stack.extend(reversed(item))

    def block(self, el) -> None:
        tag = _tag(el)
        tab = self.tab_titles.pop(el, None)
        if tab is not None:  # a tab panel of running text: a section under its tab's name
            self.flush()
            run = self.inline()
            run.add_text(tab, "text")  # (the button itself is a control, dropped as an element)
            run.add_children(tab)
            mapped, spans = run.finish_mapped()
            label = None
            if HTML_LIMITS["tab_labels"]:  # a tab named with its panel's label ("II · The Watch")
                label, mapped, spans = _heading_label(mapped, spans)
            if mapped.text.strip():
                self.b.section(label, mapped.pieces(self.tree.lines), markup=spans, rank=2)
            self.container(el)
            return
        if self.waiting and tag != "figure" and (
                tag == "figcaption" or _caption_like(el) or self.figure_waits and _labelled_caption(el)):
            self.flush(self.caption(el))
            return
        if self.waiting and _rights_line(el):
            self.rights(el)
            return
        if tag in SECTION_HEADINGS or tag in MINOR_HEADINGS or tag == "table":
            self.flush()  # a heading or table after an image: the image has no caption
        if _label_over_heading(el) or el.get(_SERIES_LABEL) is not None:
            self.label = _label_text(el)
            return
        if tag == "p" and el.get(_TABLE_TITLE) is not None:  # a bold line titling the table under it
            run = self.inline()
            run.add_element(el)
            self.emit("table", run)
            return
        if tag in SECTION_HEADINGS and (self.in_notes or el.get(_TABLE_TITLE) is not None):
            run = self.inline()  # a heading of the back matter, or the title of a data table
            run.add_element(el)
            self.emit("heading" if self.in_notes else "table", run)
        elif tag in SECTION_HEADINGS or el.get(_SUMMARY_HEADING) is not None or _box_heading(el):
            run = self.inline()
            run.add_element(el)
            deck = _deck_of_title(el)
            if deck is not None:  # "Lanterns on the Pier" / "Saltby, August 1902": one title
                run.text.append_at(" ", run.text.ends[-1] if len(run.text) else 0)
                run.add_element(deck)
                self.taken.add(deck)
            mapped, spans = run.finish_mapped()
            label, mapped, spans = _heading_label(mapped, spans, _boxed_label(el), self.counted.get(el))
            after = _label_after(el)
            if not self.label and after is not None and after.get(_SERIES_LABEL) is not None:
                self.label = _label_text(after)  # a label the source puts after its heading
                self.taken.add(after)
            if mapped.text:
                label = label or self.label or _list_marker(el) or _host_label(el)
                self.b.section(label, mapped.pieces(self.tree.lines), markup=spans, rank=_heading_rank(tag))
                self.label = None  # an empty heading (txt2tags' "<h1></h1>") leaves the label for the next
        elif tag in MINOR_HEADINGS:
            run = self.inline()
            run.add_element(el)
            self.emit("heading", run)
        elif tag == "figure":
            self.figure(el)
        elif tag == "hgroup":
            self.heading_group(el)
        elif tag == "figcaption" or "caption" in _classes(el):
            pictures = _images(el)  # a caption box holding its picture ("wp-caption")
            self.flush()
            self.waiting = pictures
            self.flush(self.caption(el))
        elif tag == "table":
            self.table(el)
        elif tag == "dl" and _panel_list(el):
            self.panels(el)
        elif tag == "dl":
            self.definitions(el)
        elif tag in ("ol", "ul") and _dated_notes(el):
            self.dated_rows(el)
        elif _fact_cards(el):
            self.fact_rows(el)
        elif _banner_line(el):
            run = self.inline()
            run.add_element(el)
            self.emit("credit", run)
        elif tag == "hr":
            return
        elif any(_is_block(c) and not _skipped(c) for c in el):
            self.container(el)
        elif any(_double_break(c) for c in el):
            self.container(el)  # paragraphs parted by <br><br>
        else:
            if _picture_then_caption(el):
                self.flush()
                self.waiting = _images(el)
                self.flush(self.caption(el))
                return
            inline_notes = [] if self.in_notes else [d for d in el.iter() if d is not el and d.get(_INLINE_NOTE) is not None]
            self.notes.extend(inline_notes)  # margin notes set inside the paragraph: read with the notes
            run = self.inline(drop=(lambda c: _skipped(c) or c in inline_notes) if inline_notes else None)
            run.add_element(el)
            self.emit("heading" if _deck(el) or _kicker(el) else "paragraph", run, images=_images(el))

    def heading_group(self, el) -> None:
        """``<hgroup>``: one section head. Its heading is the section's title; a label line
        before it ("Stage 2") its label (``_label_over_heading``); any other line of it (a
        subtitle, a kicker) a heading block of the head, not a paragraph of the text. A second
        heading of the group is a subheading of the first (HTML 5.0), a heading block too."""
        opened = False
        for child in el:
            if not isinstance(child.tag, str) or _skipped(child) or child in self.taken:
                continue
            tag = _tag(child)
            subheading = opened and HTML_LIMITS["hgroup_subheadings"] and tag in SECTION_HEADINGS
            if not subheading and (tag in SECTION_HEADINGS or tag in MINOR_HEADINGS or _label_over_heading(child)):
                self.block(child)
                opened = opened or tag in SECTION_HEADINGS
            else:
                run = self.inline()
                run.add_element(child)
                self.emit("heading", run)

    def figure(self, el) -> None:
        """``<figure>``: its image as a figure, linked to its ``<figcaption>``.

        The image's alt text describes the image for those who cannot see it;
        it is kept on the figure, never taken for a caption.
        """
        self.flush()
        captions = [c for c in el.iter("figcaption") if c is not el]
        credit = None
        if captions:  # a credit beside the caption inside the figure, else the line right after it
            credit = _picture_credit(el, captions[0])
        for child in el:
            if (_tag(child) != "figcaption" and not _skipped(child) and _is_block(child) and child is not credit
                    and child not in self.taken):  # a credit a caption inside took is read once
                self.block(child)
        block = self.caption(captions[0], credit) if captions else None
        if credit is not None and credit not in self.taken and credit.getparent() is el:
            self.block(credit)  # the caption had a credit of its own: the line stays text
        # the figure's pictures, not a ``<noscript>`` copy of one (unless the copy is all it has)
        pictures = _images(el) or list(el.iter("img"))
        described = [self.described.pop(img, None) for img in pictures]
        if block is None and any(d is not None for d in described):
            block = self.caption(next(d for d in described if d is not None))
        if block is None and not captions and HTML_LIMITS["captions_after_figures"]:
            self.waiting = pictures  # no caption of its own: the block after it may be (``block``)
            self.figure_waits = True
            return
        for img in pictures:
            alt = " ".join((img.get("alt") or "").split()) or None
            self.b.figure(block, src=_image_source(img), alt=alt)
            block = None  # a figure of several images: the caption goes with the first

    def caption_over(self, el, picture) -> None:
        """A caption set before its picture (``_caption_before``): the picture's images are
        figures with that caption; a credit inside a captionless ``<figure>`` or right after
        the picture is the caption's."""
        self.flush()
        credit = _picture_credit(picture, None)
        self.waiting = _images(picture)
        self.taken.add(picture)
        self.flush(self.caption(el, credit))
        if _tag(picture) == "figure":
            for child in picture:
                if child is not credit and not _skipped(child) and _is_block(child):
                    self.block(child)

    def rights(self, el) -> None:
        """The rights line under pictures without a caption: a credit block, its links (an
        offer to order a copy, a licence page) left out; the pictures are figures without one."""
        run = self.inline(drop=lambda c: _skipped(c) or _tag(c) == "a")
        run.add_text(el, "text")
        run.add_children(el)
        text, _ = run.finish_mapped()
        self.flush()
        if text.text.strip():
            self.b.block("credit", text.pieces(self.tree.lines))

    def caption(self, el, credit_element=None) -> Block | None:
        """A caption block (and its credit block) from ``el``; a credit set as the
        next element ("<p class='credit'>", "<p>Photo: …</p>"), or as ``credit_element``
        (a figure's credit line apart from its caption), is taken with it."""
        run = self.inline(drop=lambda c: _skipped(c) or _is_credit_element(c))
        run.add_text(el, "text")
        run.add_children(el)
        text, spans = run.finish_mapped()
        credit = self.inline()
        for c in el.iter():
            if c is not el and _is_credit_element(c):
                credit.add_element(c)
                credit.text.append_at(" ", credit.text.ends[-1] if len(credit.text) else 0)
        after = credit_element if credit_element is not None else _credit_after(el)
        if after is not None and not len(credit.text) and not split_credit(text)[1].text:
            credit.add_element(after)
            self.taken.add(after)
        credit_text, _ = credit.finish_mapped()
        credit_text = clean_credit(credit_text)
        position = None
        label = match_label(text.text)
        if label is None and HTML_LIMITS["numbered_positions"]:
            label = numbered_position(text.text)  # "Figure 1: Above: …"
        if label is not None and label[1] < len(text):  # "Above, left: …"
            position, cut = label[0], label[1]
            text = text.slice(cut, len(text))
            spans = [(k, a - cut, b - cut, attrs) for k, a, b, attrs in spans if a >= cut]
        if not credit_text.text:
            text, credit_text = split_credit(text)
            spans = [s for s in spans if s[2] <= len(text.text)]
        else:
            text, _ = _split_credit_phrase(text)  # a dash left before the credit element
        block = None
        if text.text:
            lines = self.tree.lines
            block = self.b.block(
                "caption", text.pieces(lines), position=position, credit=credit_text.text or None,
                markup=spans,
            )
        if credit_text.text:
            self.b.block("credit", credit_text.pieces(self.tree.lines))
        return block

    def table(self, el) -> None:
        rows = [[c for c in row if _tag(c) in ("td", "th")] for row in el.iter("tr")]
        texts = _table_cells(el)
        between = table_separator(texts)  # a table setting lines of text out, or data
        data = _data_table(el, texts)
        for cells in rows:
            if self.heading_row(cells):
                continue
            run = self.inline()
            run.add_cells(cells, between)
            self.emit("table" if data else "paragraph", run)
        note = _next_element(el)
        if data and note is not None and _table_note(note):
            run = self.inline()  # the table's own note: set with it, not the text's
            run.add_element(note)
            self.emit("table", run)
            self.taken.add(note)

    def heading_row(self, cells: list) -> bool:
        """A layout table's row holding a section heading in one cell: its cells are read
        as blocks, a cell holding only a panel label ("3.4", "B", "Case 2") beside the
        heading being that heading's label. False (nothing read) for any other row."""
        if not any(_tag(h) in SECTION_HEADINGS for c in cells for h in c.iter()):
            return False
        for cell in cells:
            text = _text_of(cell)
            label = alone_label(text) if text and not any(_is_block(c) for c in cell) else None
            if label is not None:
                self.label = label
            elif text:
                self.container(cell)
        return True


    def definitions(self, el) -> None:
        """A definition list: each term with its descriptions is one entry, one
        paragraph ("1851 The exhibition opens."), as a timeline or glossary reads; a
        list whose descriptions are all short values ending no sentence ("Date" /
        "Friday, 4 May 1900") is a record of fields, read as a data table's rows."""
        kind = "table" if _field_record(el) else "paragraph"
        run = None
        for child in el:
            tag = _tag(child)
            if tag == "div":  # HTML allows <div> groups of dt/dd
                self.definitions(child)
            elif tag == "dt" and not _skipped(child):
                if run is not None:
                    self.emit(kind, run)
                run = self.inline()
                run.add_element(child)
            elif tag == "dd" and not _skipped(child):
                run = run or self.inline()
                if len(run.text):
                    run.text.append_at(" ", run.text.ends[-1])
                run.add_element(child)
        if run is not None:
            self.emit(kind, run)

    def panels(self, el) -> None:
        """A definition list of panels (``_panel_list``): each term opens a section one rank
        under the heading the list stands under, its label read as a heading's; each
        description's blocks are that section's text."""
        rank = min(_rank_before(el) + 1, 6)
        for child in _panel_children(el):
            if _tag(child) == "dt":
                self.flush()
                run = self.inline()
                run.add_element(child)
                mapped, spans = run.finish_mapped()
                label, mapped, spans = _heading_label(mapped, spans, _boxed_label(child))
                if mapped.text:
                    self.b.section(label or self.label, mapped.pieces(self.tree.lines), markup=spans, rank=rank)
                    self.label = None
            else:
                self.container(child)


    def fact_rows(self, el) -> None:
        """A strip of fact cards (``_fact_cards``): a data table, each card a row of its
        lines ("13.7 tonnes | weight of the great bell"), as a record of fields is."""
        for card in _card_boxes(el):
            run = self.inline()
            for n, line in enumerate(_card_lines(card)):
                if n:
                    run.text.append_at(" | ", run.text.ends[-1] if len(run.text) else 0)
                run.add_element(line)
            self.emit("table", run)

    def dated_rows(self, el) -> None:
        """A list of dated notes (``_dated_notes``): a timeline's data table, each item a row of
        its date and its event ("1698 | Tower first lit"), as a timeline table in note form is; an
        item whose date is typed, not marked up, is a row as it is written."""
        for item in _list_items(el):
            stamp = next((c for c in item if isinstance(c.tag, str)), None)
            if stamp is None or _tag(stamp) != "time" or (item.text or "").strip():
                run = self.inline()
                run.add_element(item)
                self.emit("table", run)
                continue
            run = self.inline()
            run.add_element(stamp)
            run.text.append_at(" | ", run.text.ends[-1] if len(run.text) else 0)
            run.add_text(stamp, "tail")
            for child in list(item)[list(item).index(stamp) + 1 :]:
                run.add_element(child)
                run.add_text(child, "tail")
            self.emit("table", run)


def _list_items(el) -> list:
    return [c for c in el if isinstance(c.tag, str) and _tag(c) == "li" and not _skipped(c)]


def _dated_notes(el) -> bool:
    """A list of at least ``record_fields`` items, each opening with its date marked up as such (a
    ``<time>`` element first, no text before it) and going on in note form (no item ending a
    sentence): a timeline of notes, data as the project's timeline convention reads a table of them;
    items written as sentences stay text."""
    items = _list_items(el)
    if len(items) < HTML_LIMITS["record_fields"] or not HTML_LIMITS["dated_lists"]:
        return False
    if HTML_LIMITS["typed_dated_lists"] and all(_typed_dated_note(item) for item in items):
        return True
    for item in items:
        first = next((c for c in item if isinstance(c.tag, str)), None)
        text = _text_of(item)
        if first is None or _tag(first) != "time" or (item.text or "").strip() or ends_sentence(text) or (
                len(text) <= len(_text_of(first))):
            return False
    return True


def _typed_dated_note(item) -> bool:
    """A list item of inline text opening with a date with a year written as text ("1912 · The
    liner sinks", ``cues.date_lead``) and going on in note form, ending no sentence (``typed_dated_lists``)."""
    text = _text_of(item)
    return not any(_is_block(c) for c in item) and date_lead(text) > 0 and not ends_sentence(text)


def _panel_children(el) -> list:
    """The shown terms and descriptions of a definition list, inside its ``<div>`` groups too."""
    out = []
    for child in el:
        if not isinstance(child.tag, str) or _skipped(child):
            continue
        out.extend(_panel_children(child) if _tag(child) == "div" else [child] if _tag(child) in ("dt", "dd") else [])
    return out


def _panel_list(el) -> bool:
    """A definition list of panels (``panel_lists``): terms holding no block, short as a heading is
    (``summary_heading_words``), each followed by descriptions holding block elements only, at
    least ``panel_lists`` of them holding a paragraph of running text (a sentence of ``prose_words``)."""
    need = HTML_LIMITS["panel_lists"]
    children = _panel_children(el)
    terms = [c for c in children if _tag(c) == "dt"]
    descriptions = [c for c in children if _tag(c) == "dd"]
    if not need or len(terms) < need or not children or _tag(children[0]) != "dt":
        return False
    if any(any(_is_block(c) for c in t) or len(_text_of(t).split()) > HTML_LIMITS["summary_heading_words"]
           for t in terms):
        return False
    if any((d.text or "").strip() or not any(_is_block(c) for c in d) for d in descriptions):
        return False
    return sum(1 for d in descriptions if any(_running_paragraph(p) for p in d.iter("p"))) >= need


def _running_paragraph(el) -> bool:
    """A paragraph of running text: ``prose_words`` words or more, ending a sentence."""
    text = _text_of(el)
    return len(text.split()) >= HTML_LIMITS["prose_words"] and ends_sentence(text)


def _rank_before(el) -> int:
    """The rank of the last section heading (``h1``-``h6``) before ``el`` in the page, 1 without one."""
    rank = 1
    for item in el.getroottree().iter():
        if item is el:
            break
        if isinstance(item.tag, str) and _tag(item) in SECTION_HEADINGS:
            rank = int(_tag(item)[1])
    return rank


def _field_record(el) -> bool:
    """A definition list of at least ``record_fields`` descriptions, each at most
    ``record_words`` words and ending no sentence: fields and their values, not prose."""
    values = [_text_of(dd) for dd in el.iter("dd")]
    return len(values) >= HTML_LIMITS["record_fields"] and all(
        0 < len(v.split()) <= HTML_LIMITS["record_words"] and not ends_sentence(v) for v in values)


def _card_boxes(el) -> list:
    """The shown element children of ``el``."""
    return [c for c in el if isinstance(c.tag, str) and not _skipped(c)]


def _card_lines(card) -> list:
    """A card's lines: its shown block children (the card itself when it has none)."""
    lines = [c for c in card if _is_block(c) and not _skipped(c)]
    return lines or [card]


_DIGIT = re.compile(r"\d")


def _holds(el, *tags: str) -> bool:
    """``el`` is or holds an element of one of ``tags``."""
    return next(el.iter(*tags), None) is not None


def _fact_cards(el) -> bool:
    """A box of at least ``fact_cards`` cards of one tag and class, nothing else in it,
    each two or three short lines (at most ``record_words`` words, ending no sentence, no
    link, no picture) the first of which holds a figure ("13.7 tonnes" / "weight of the
    great bell"): a strip of facts at a glance, data, not paragraphs of the text."""
    if _tag(el) not in ("section", "div", "ul", "ol", "aside") or (el.text or "").strip():
        return False
    cards = _card_boxes(el)
    if len(cards) < HTML_LIMITS["fact_cards"] or len({(_tag(c), _classes(c)) for c in cards}) > 1:
        return False
    for card in cards:
        lines = _card_lines(card)
        texts = [_text_of(line) for line in lines]
        if (not 2 <= len(lines) <= 3 or any(_holds(line, "a", "img") for line in lines)
                or not _DIGIT.search(texts[0])):
            return False
        if any(not 0 < len(t.split()) <= HTML_LIMITS["record_words"] or ends_sentence(t) for t in texts):
            return False
    return True


_BACKGROUND_PICTURE = re.compile(r"background(?:-image)?\s*:[^;]*url\(", re.IGNORECASE)


def _banner_line(el) -> bool:
    """A short line (at most ``credit_words`` words, ending no sentence, no heading in it)
    inside a banner that paints the page's headline over a picture (a box whose own
    ``style`` sets a background image and which holds the ``h1``): the banner picture's
    line (its credit or what it shows), not the text; a picture named only in the style
    has no figure to take it as a caption."""
    if _tag(el) not in ("p", "div", "small", "span") or _holds(el, *SECTION_HEADINGS, *MINOR_HEADINGS):
        return False
    text = _text_of(el)
    if not 0 < len(text.split()) <= HTML_LIMITS["credit_words"] or ends_sentence(text):
        return False
    return any(_BACKGROUND_PICTURE.search(a.get("style") or "") and _holds(a, "h1") for a in el.iterancestors())


# Declarations (lower case, spaces removed) by which a style sheet hides text from the eye
# but not from a screen reader: any one of the first, or all of the last group.
CLIPPED_DECLARATIONS = ("clip:rect(0", "clip-path:inset(50%)")
ONE_PIXEL_BOX = ("width:1px", "height:1px", "overflow:hidden")


def _css_hidden_classes(root) -> set[str]:
    """Classes the page's own style sheets clip to nothing or a pixel: the "visually
    hidden" text only screen readers announce ("display: none" is not taken: scripts
    toggle it on content, tabs and accordions). A rule may list several selectors."""
    hidden: set[str] = set()
    for style in root.iter("style"):
        for selectors, body in _CSS_RULE.findall(style.text or ""):
            body = re.sub(r"\s+", "", body.lower())
            clipped = any(d in body for d in CLIPPED_DECLARATIONS) or all(d in body for d in ONE_PIXEL_BOX)
            if clipped:
                hidden.update(m.group(1).lower() for selector in selectors.split(",")
                              if (m := _CSS_CLASS.fullmatch(selector.strip())))
    return hidden


_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_CLASS = re.compile(r"\.([\w-]+)")


_LINKED = "data-vitrina-linked"  # set on an element an in-page link or control points to
_STYLE_HIDDEN = "data-vitrina-style-hidden"  # hidden here because its style keeps it out of view
_SIDE_COLUMN = "data-vitrina-side-column"  # set on a side column, skip link or pull quote: not the text
_INLINE_HIDDEN = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)
_CONTROL_ATTRIBUTES = ("aria-controls", "data-target", "data-bs-target", "data-toggle-target")


def _mark_linked(root) -> None:
    """Mark the elements the page's own links and controls point to (``href="#id"``,
    ``aria-controls``, a toggle's ``data-target``): chapters a contents list opens,
    panels a button reveals."""
    targets: set[str] = set()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        href = el.get("href") or ""
        if href.startswith("#") and len(href) > 1:
            targets.add(href[1:])
        for name in _CONTROL_ATTRIBUTES:
            targets.update(t.lstrip("#") for t in (el.get(name) or "").split())
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("id") in targets:
            el.set(_LINKED, "")


def _revealable(el) -> bool:
    """Text a control can show: a panel a link or button points to, or what is inside a
    tab panel or a ``<details>``."""
    return el.get(_LINKED) is not None or any(
        a.get("role") == "tabpanel" or _tag(a) == "details" for a in [el, *el.iterancestors()])


def _shown_later(el) -> bool:
    """An element the page's author hid with ``hidden`` that the page shows on demand: one
    found by in-page search (``hidden="until-found"``, an accordion's panel), a tab panel
    holding running text (``_prose``: the story going on in another tab; an inactive panel of
    object facts or a line of visitor information is the site's, not the page's text), or a
    panel a link or control of the page points to (``aria-controls``) that is not a list of
    links (a menu a button opens)."""
    if el.get("hidden") == "until-found":
        return True
    return el.get(_STYLE_HIDDEN) is None and (
        el.get("role") == "tabpanel" and (_prose(el) or _headed_story(el)) or el.get(_LINKED) is not None and el.get("role") != "tabpanel"
        and not _mostly_links(el))


_AFTER_HEADLINE = "data-vitrina-after-headline"  # set on each element after an ``h1`` among its siblings


def _mark_after_headlines(root) -> None:
    """Mark the siblings that follow an ``h1`` (the headline's block, ``_byline``), once for
    the whole page: a walk stops at a sibling marked already, so every element is visited
    at most once however many headlines and paragraphs a page holds (asking each paragraph
    for its preceding siblings instead took quadratic time on a page of many)."""
    for headline in root.iter("h1"):
        for after in headline.itersiblings():
            if after.get(_AFTER_HEADLINE) is not None:
                break
            if isinstance(after.tag, str):
                after.set(_AFTER_HEADLINE, "")


def _hide_styled(root) -> None:
    """Mark as ``hidden`` the elements of a class the page's style sheet clips away, and
    those set out of view by their own ``style`` attribute (``display: none``) that no
    link or control of the page can reveal (a retired draft left in the page)."""
    _mark_linked(root)
    hidden = _css_hidden_classes(root) | _UNSEEN_CLASSES
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        clipped = bool(hidden & set(_classes(el).split())) and not _outline_heading(el, hidden)
        if clipped or _INLINE_HIDDEN.search(el.get("style") or "") and not _revealable(el):
            el.set("hidden", "")
            el.set(_STYLE_HIDDEN, "")


_SECTIONING = ("section", "article")


def _outline_heading(el, hidden: set[str] | frozenset[str]) -> bool:
    """A heading (``h1``-``h6``) that is the first heading of a ``<section>``/``<article>`` holding
    running text, inside its ``<header>`` or as its own child, while a sibling
    section of the same tag is headed by a shown heading of the same level: one chapter of a
    series whose title the design keeps off the screen is still that chapter's title. (Running
    text: a paragraph of ``prose_words`` or more ending a sentence.)"""
    tag = _tag(el)
    if not HTML_LIMITS["hidden_section_headings"] or tag not in SECTION_HEADINGS | MINOR_HEADINGS:
        return False
    parent = el.getparent()
    if parent is not None and _tag(parent) == "header":
        parent = parent.getparent()
    if parent is None or _tag(parent) not in _SECTIONING or next(parent.iter(tag), None) is not el:
        return False
    if not any(len(_text_of(p).split()) >= HTML_LIMITS["prose_words"] and ends_sentence(_text_of(p))
               for p in parent.iter("p")):
        return False
    siblings = [*parent.itersiblings(preceding=True), *parent.itersiblings()]
    for sibling in siblings:
        if _tag(sibling) == _tag(parent):
            first = next(sibling.iter(tag), None)
            if first is not None and not set(_classes(first).split()) & hidden:
                return True
    return False


def _hide_permalinks(root) -> None:
    """Mark as ``hidden`` a heading's permalink: a link inside the heading to the heading itself (its
    own ``id`` or its section's) showing no letter or digit ("¶", "#", "§", an icon), which static-site
    generators (Sphinx, MkDocs, Hugo) and Markdown's table-of-contents extensions add to every heading;
    with ``sibling_permalinks`` on, also a link to the heading's own ``id`` set right after it as its
    next sibling, whatever its words (Starlight's, whose words are for screen readers).
    It is a control of the page, not words of the heading."""
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        targets = {f"#{el.get('id')}" for el in (heading, *heading.iterancestors()) if el.get("id")}
        for link in heading.iter("a"):
            if link.get("href") in targets and not any(c.isalnum() for c in link.text_content()):
                link.set("hidden", "")
        after = _next_element(heading) if HTML_LIMITS["sibling_permalinks"] else None
        if after is not None and _tag(after) == "a" and heading.get("id") and after.get("href") == f"#{heading.get('id')}":
            after.set("hidden", "")  # set right after it, its words for screen readers only ("Section titled …")


def _shown_text(el) -> str:
    """The element's text without what is marked ``hidden`` inside it."""
    parts = [el.text or ""] if el.get("hidden") is None else []
    for child in el:
        if isinstance(child.tag, str) and child.get("hidden") is None:
            parts.append(_shown_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _never_rendered(el) -> bool:
    """The element stands inside a ``<template>`` (markup for scripts to copy) or a closed
    ``<dialog>``: the page never shows it where it stands."""
    return any(_tag(a) == "template" or _tag(a) == "dialog" and a.get("open") is None
               for a in el.iterancestors())


def _mark_side_columns(root) -> None:
    """Mark the page's side columns, which are not its text (HTML's own sectioning: ``<main>``
    holds the page's dominant content, an ``<aside>`` outside the ``<article>`` is tangential to
    the page, not to the article): with one ``<main>`` holding headings, a block outside it with
    section headings of its own ("Plan your visit", "For schools"); with one ``<article>``, an
    aside (or ``role="complementary"``) outside it. A block of running text (``_prose``) and
    the block holding the page's ``<h1>`` stay."""
    mains = [el for el in root.iter("main") if el.get("hidden") is None and not _never_rendered(el)]
    if len(mains) == 1 and next(mains[0].iter(*SECTION_HEADINGS), None) is not None:
        main = mains[0]
        inside = set(main.iter())
        around = set(main.iterancestors())
        for link in root.iter("a"):
            if link not in inside and _skip_link(link, main):
                link.set(_SIDE_COLUMN, "")
        judged: set = set()  # columns already weighed: a column of many headings is read once
        for heading in root.iter(*SECTION_HEADINGS):
            if heading in inside:
                continue
            column = heading
            for parent in heading.iterancestors():
                if parent in around:
                    break
                column = parent
            if column in judged:
                continue
            judged.add(column)
            if (next(column.iter("h1"), None) is None and column not in around and not _prose(column)
                    and not _titled_side_bar(column)):
                column.set(_SIDE_COLUMN, "")
        if HTML_LIMITS["asides_outside_main"]:  # an aside outside the main content, as one outside the article
            for el in root.iter():
                if (isinstance(el.tag, str) and (_tag(el) == "aside" or el.get("role") == "complementary")
                        and el not in inside and el not in around and next(el.iter("h1"), None) is None
                        and not _prose(el) and not _titled_side_bar(el)):
                    el.set(_SIDE_COLUMN, "")
    articles = [el for el in root.iter("article") if el.get("hidden") is None and not _never_rendered(el)]
    if len(articles) == 1:
        article = articles[0]
        for el in root.iter():
            if not isinstance(el.tag, str) or not (_tag(el) == "aside" or el.get("role") == "complementary"):
                continue
            if not any(a is article for a in el.iterancestors()) and not any(
                    d is article for d in el.iter("article")) and not _prose(el) and not _story_sidebar(el, article) and (
                    not _titled_side_bar(el)):
                el.set(_SIDE_COLUMN, "")
        for column in _side_columns_in(article):
            column.set(_SIDE_COLUMN, "")


def _side_columns_in(article) -> list:
    """Side columns laid out inside the article: of a block holding just two blocks, the one
    with fewer section headings, when it holds at least ``side_sections`` of them (a column
    of boxes: "See it in the gallery", "For schools"), no ``<h1>`` and no running text
    (``_prose``) -- a story's own side-bar is one box, read where it stands."""
    headed: dict = {}  # element -> section headings inside it (itself included), counted once per heading
    for heading in article.iter(*SECTION_HEADINGS):
        for holder in (heading, *heading.iterancestors()):
            headed[holder] = headed.get(holder, 0) + 1
            if holder is article:
                break
    found = []
    for el in headed:
        parts = [c for c in el if isinstance(c.tag, str) and _tag(c) not in NO_TEXT_DATA]
        if len(parts) != 2:
            continue
        counts = [headed.get(part, 0) for part in parts]
        if counts[0] == counts[1]:
            continue  # two columns alike: the story set in two
        side = parts[0] if counts[0] < counts[1] else parts[1]
        if (min(counts) >= HTML_LIMITS["side_sections"] and next(side.iter("h1"), None) is None
                and not _prose(side)):
            found.append(side)
    return found


def _titled_side_bar(column) -> bool:
    """A side column that is an ``<aside>`` (or complementary) holding a box titled by a section
    heading over a paragraph of running text (``_titled_prose``), not named as the site's
    furniture: the story's side-bar set in a column of the page's grid, read after the text."""
    return ((_tag(column) == "aside" or column.get("role") == "complementary") and not _furniture_name(column)
            and any(_titled_prose(box) for box in column.iter("section", "div", "aside")))


def _titled_prose(el) -> bool:
    """``el`` holds a section heading and a paragraph of running text (``prose_words`` words or
    more to a sentence's end, no link)."""
    if next(el.iter(*SECTION_HEADINGS), None) is None:
        return False
    return any(len(_text_of(p).split()) >= HTML_LIMITS["prose_words"] and ends_sentence(_text_of(p))
               and not any(True for _ in p.iter("a")) for p in el.iter("p"))


def _story_sidebar(el, article) -> bool:
    """An aside set beside the article in the article's own container (a grid's side
    column of the story: same parent), titled by a section heading over at least one
    paragraph of running text (``_prose``'s measure): the story's side-bar, not the site's."""
    if el.getparent() is not article.getparent():
        return False
    if next(el.iter(*SECTION_HEADINGS), None) is None:
        return False
    return any(len(_text_of(p).split()) >= HTML_LIMITS["prose_words"] and ends_sentence(_text_of(p))
               and not any(True for _ in p.iter("a")) for p in el.iter("p"))


_OPENING_QUOTES = "“\"‘'«"
_SCRIPT_WRITTEN = "data-vitrina-script-written"  # an element whose text the page's script sets
# a script setting an element's text, the element found by one class or id:
# ``document.querySelector('.count').textContent = …``, ``getElementById('n').innerText = …``
_WRITES_TEXT = re.compile(
    r"""(?:querySelector(?:All)?\(\s*['"]([.#][\w-]+)['"]\s*\)|getElementById\(\s*['"]([\w-]+)['"]\s*\))"""
    r"""\s*\.\s*(?:textContent|innerText|innerHTML)\s*=(?!=)""")


def _mark_script_written(root) -> None:
    """Mark the elements whose text the page's own inline scripts set (a viewer's "View 1 of
    3", a counter): the state of a control, rewritten as the reader clicks, not the text.
    Nothing is executed; only the plain ``selector).textContent =`` forms are read."""
    found: set[str] = set()
    for script in root.iter("script"):
        for by_selector, by_id in _WRITES_TEXT.findall(script.text or ""):
            found.add(by_selector or f"#{by_id}")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        names = {f".{c}" for c in (el.get("class") or "").split()} | ({f"#{el.get('id')}"} if el.get("id") else set())
        if names & found:
            el.set(_SCRIPT_WRITTEN, "")


_FALLBACK_COPY = "data-vitrina-fallback-copy"  # fallback content saying again what the page shows


def _mark_repeated_fallbacks(root) -> None:
    """Mark the blocks of ``<noscript>`` fallback content whose text the page shows elsewhere (a
    lazily loaded picture's copy with its caption again): read once, where the page shows it; a
    fallback holding the only copy of its text is still read."""
    fallbacks = [el for el in root.iter("noscript") if not any(_tag(a) == "noscript" for a in el.iterancestors())]
    if not fallbacks:
        return
    inside = {d for el in fallbacks for d in el.iter()} | {
        d for template in root.iter("template") for d in template.iter()}
    page = " ".join(
        text for el in root.iter() if el not in inside and isinstance(el.tag, str) and _tag(el) not in NO_TEXT_DATA
        for text in (el.text, *(c.tail for c in el)) if text)
    shown = f" {_word_keys(page)} "
    for fallback in fallbacks:
        for block in fallback.iter(*BLOCK_TAGS):
            said = _word_keys(_text_of(block))
            if said and f" {said} " in shown:
                block.set(_FALLBACK_COPY, "")


def _word_keys(text: str) -> str:
    """``text``'s words by their letters and digits alone, lower case, one space apart."""
    return " ".join(key for word in text.split() if (key := letters_only(word)))


def _mark_title_repeats(root) -> None:
    """Mark the elements before the page's first ``<h1>`` (none of its own boxes) that say the
    ``<h1>`` or the ``<title>`` again, word for word, and hold no block: a site's header bar
    printing the page's title over it (ikiwiki's ``span.title``, a theme's "page title" line) says
    the headline once more; the ``<h1>`` is the document's title (``title_repeats``)."""
    if not HTML_LIMITS["title_repeats"]:
        return
    h1 = next((el for el in root.iter("h1") if not any(_tag(a) == "svg" for a in el.iterancestors())), None)
    if h1 is None:
        return
    title = root.find(".//title")
    keys = {_word_keys(_text_of(h1)), _word_keys(_text_of(title)) if title is not None else ""} - {""}
    longest = max((len(k) for k in keys), default=0)
    boxes = set(h1.iterancestors())
    done: set = set()  # the elements inside one marked already
    for el in root.iter():
        if el is h1:
            return
        if not isinstance(el.tag, str) or el in boxes or el in done or _tag(el) in NO_TEXT_DATA | {"title", "head"}:
            continue
        text = _text_of(el)
        if text and len(text) <= 2 * longest and not any(_is_block(c) for c in el) and _word_keys(text) in keys:
            el.set(_SIDE_COLUMN, "")
            done.update(el.iter())


def _mark_headline_repeats(root) -> None:
    """An ``<h1>`` holding no block that says only the opening words of the next ``<h1>`` ("Rome Burns" over
    "Rome Burns: The Fire of AD 64"), with nothing between them but lines ending no sentence (a kicker): a
    documentation theme printing the page's short title over the page's own headline; the next ``<h1>`` is the
    title (``headline_repeats``; round 56, struct74)."""
    if not HTML_LIMITS["headline_repeats"]:
        return
    heads = [el for el in root.iter("h1") if el.get(_SIDE_COLUMN) is None and not _skipped(el)]
    for first, second in zip(heads, heads[1:], strict=False):
        # (letters alone: a <br> between the headline's parts joins their words in the element's text)
        said, more = (_word_keys(_text_of(h)).replace(" ", "") for h in (first, second))
        if not said or len(more) <= len(said) or not more.startswith(said) or any(_is_block(c) for c in first):
            continue
        between, seen = [], False
        for el in root.iter():
            if el is second:
                break
            if seen and isinstance(el.tag, str) and el not in first.iterdescendants() and _tag(el) in ("p", "div"):
                between.append(el)
            seen = seen or el is first
        if not any(ends_sentence(_text_of(el)) for el in between if not any(_is_block(c) for c in el)):
            first.set(_SIDE_COLUMN, "")


def _mark_pull_quotes(root) -> None:
    """Mark the quotations set apart beside the text, which are not its text: an ``aside``
    or ``blockquote`` opening in quotation marks whose quotation is said again in a
    paragraph of the page (a pull quote: the PDF reader's rule, ``said_again`` /
    ``said_shorter``), or an ``aside`` holding one short quotation and at most its source
    ("“There is grandeur …” / Charles Darwin, 1859"), as is a ``blockquote`` of the same
    form standing between two sections. A quotation in the run of the text (a
    ``blockquote`` said once inside a section) stays."""
    boxes = [el for el in root.iter("aside", "blockquote") if not any(
        _tag(a) in ("aside", "blockquote") for a in el.iterancestors())]
    if not boxes or len(boxes) > HTML_LIMITS["quote_boxes"]:
        return
    quoted = []  # (box, its parts) opening on a short quotation: most boxes do not, and cost nothing more
    for box in boxes:
        parts = [text for c in box if isinstance(c.tag, str) and (text := _text_of(c))] or [_text_of(box)]
        quote = parts[0]
        if quote[:1] in _OPENING_QUOTES and 3 <= len(quote.split()) <= HTML_LIMITS["quote_words"]:
            quoted.append((box, parts))
    if not quoted:
        return
    inside = {d for box in boxes for d in box.iter()}
    texts = [_text_of(p) for p in root.iter("p") if p not in inside]
    bodies = [letters_only(t) for t in texts]
    vocab = [{letters_only(w) for w in t.split()} for t in texts]  # to try only paragraphs holding every word
    for box, parts in quoted:
        quote = parts[0]
        sourced = (_tag(box) == "aside" or _between_sections(box) or _closes_container(box)
                   or _closes_section(box, parts) or _marked_source(box)) and all(
            not ends_sentence(part) and len(part.split()) <= HTML_LIMITS["deck_words"] for part in parts[1:2]
        ) and len(parts) <= 2
        if sourced:
            box.set(_SIDE_COLUMN, "")
            continue
        wanted = {w for w in (letters_only(t) for t in quote.split()) if w}
        if said_again(quote, bodies) or said_shorter(
                quote, [t for t, have in zip(texts, vocab, strict=True) if wanted <= have]):
            box.set(_SIDE_COLUMN, "")


def _mark_named_quotes(root) -> None:
    """Mark a box whose class or id names a displayed quotation (``lexicon/html_quote_names``: a
    pull quote) holding one short quotation (at most ``quote_words`` words) and at most its source
    (a line ending no sentence, at most ``deck_words``), no heading: set beside the text, not its
    text, whether or not it opens in quotation marks or the text says it again."""
    for box in root.iter():
        if not isinstance(box.tag, str) or not _named(box, _QUOTE_NAMES, _FLOAT_CLASSES) or next(
                box.iter(*SECTION_HEADINGS, *MINOR_HEADINGS), None) is not None:
            continue
        parts = [t for c in box if isinstance(c.tag, str) and (t := _text_of(c))] or [_text_of(box)]
        if (1 <= len(parts) <= 2 and 0 < len(parts[0].split()) <= HTML_LIMITS["quote_words"]
                and all(not ends_sentence(p) and len(p.split()) <= HTML_LIMITS["deck_words"] for p in parts[1:])):
            box.set(_SIDE_COLUMN, "")


def _mark_display_quotes(root) -> None:
    """Mark the quotations set in display type, which are not the text: a ``blockquote`` or
    ``aside`` of one short quotation (at most ``quote_words`` words, and at most its source after
    it, a line ending no sentence), or a ``p`` of the text that is one quotation and nothing else
    (``_one_quotation``; round 35), whose type the page's style sheet sets ``display_size`` times
    the body's at least (the body's: the size most paragraphs are set in). A pull quote is set
    large to catch the eye, whether or not the text says it again; a quotation read in the run of
    the text is set no larger than it."""
    sheet = page_style(root)
    if not sheet.sizes:
        return
    sizes = Counter(type_size(p, sheet) for p in root.iter("p"))
    body = sizes.most_common(1)[0][0] if sizes else 1.0
    for box in root.iter("aside", "blockquote"):
        if any(_tag(a) in ("aside", "blockquote") for a in box.iterancestors()):
            continue
        kids = [c for c in box if isinstance(c.tag, str) and _text_of(c)]
        parts = [_text_of(c) for c in kids] or [_text_of(box)]
        first = kids[0] if kids else box
        if (1 <= len(parts) <= 2 and 3 <= len(parts[0].split()) <= HTML_LIMITS["quote_words"]
                and all(not ends_sentence(part) and len(part.split()) <= HTML_LIMITS["deck_words"] for part in parts[1:])
                and type_size(first, sheet) >= HTML_LIMITS["display_size"] * body):
            box.set(_SIDE_COLUMN, "")
    for line in root.iter("p"):
        text = _text_of(line)
        if (text[:1] in _OPENING_QUOTES and _one_quotation(text) and not any(
                _tag(a) in ("aside", "blockquote", "figure", "li", "td") for a in line.iterancestors())
                and type_size(line, sheet) >= HTML_LIMITS["display_size"] * body):
            line.set(_SIDE_COLUMN, "")


_CLOSING_QUOTES = "”\"’'»"


def _one_quotation(text: str) -> bool:
    """``text`` is one quotation and nothing else: opening and closing in quotation marks, at least
    three and at most ``quote_words`` words."""
    return (text[:1] in _OPENING_QUOTES and text.rstrip()[-1:] in _CLOSING_QUOTES
            and 3 <= len(text.split()) <= HTML_LIMITS["quote_words"])


def _table_cells(el) -> list[list[str]]:
    """The texts of a table's cells, row by row (empty cells left out)."""
    rows = [[c for c in row if _tag(c) in ("td", "th")] for row in el.iter("tr")]
    return [[t for t in (" ".join("".join(c.itertext()).split()) for c in cells) if t] for cells in rows]


def _data_table(el, texts: list[list[str]] | None = None) -> bool:
    """A data table: its cells kept apart (``_tables.separator``), rows of two cells or more,
    and no layout table (ARIA role ``presentation``/``none``); its rows are table blocks, as
    the DOCX reader's, not paragraphs of the text."""
    texts = _table_cells(el) if texts is None else texts
    return (table_separator(texts) == " | " and any(len(t) > 1 for t in texts)
            and el.get("role") not in _LAYOUT_ROLES)


_TABLE_TITLE = "data-vitrina-table-title"  # a section heading over nothing but a data table


def _mark_table_titles(root) -> None:
    """A section heading followed, up to the next heading (or a block opening with one, an
    aside with its own title) or the end of its container, by nothing but one data table (or a definition list of fields, ``_field_record``) titles that table ("Dimensions and materials"): the table's
    first block, not a section of the text (the DOCX reader's rule for a table's title)."""
    for heading in root.iter(*(SECTION_HEADINGS - {"h1"})):  # the page's headline stays its title
        after = []
        nxt = _next_element(heading)
        while nxt is not None and _tag(nxt) not in MINOR_HEADINGS and next(nxt.iter(*SECTION_HEADINGS), None) is None:
            if not _skipped(nxt) and (_text_of(nxt) or _images(nxt)):
                after.append(nxt)
            nxt = _next_element(nxt)
        while len(after) == 1 and HTML_LIMITS["wrapped_table_titles"] and (inner := _only_block(after[0])) is not None:
            after = [inner]  # a box holding the table and nothing else ("<div class='outline-text-2'><ol>…")
        if len(after) == 1 and ((_tag(after[0]) == "table" and _data_table(after[0]))
                                or (_tag(after[0]) == "dl" and _field_record(after[0]))
                                or (_tag(after[0]) in ("ol", "ul") and _dated_notes(after[0]))):
            heading.set(_TABLE_TITLE, "")
    if HTML_LIMITS["bold_table_titles"]:
        for line in root.iter("p"):
            if _bold_title_line(line):
                line.set(_TABLE_TITLE, "")


def _bold_title_line(el) -> bool:
    """A paragraph that is one short bold line (its text wholly in a ``<strong>``/``<b>``, at most
    ``deck_words`` words, ending no sentence) set right before a data table or a list of dated notes
    that closes its box (nothing shown after it): the table's title ("Key dates"), not a paragraph."""
    kids = [c for c in el if isinstance(c.tag, str)]
    text = _text_of(el)
    if (len(kids) != 1 or _tag(kids[0]) not in ("strong", "b") or _text_of(kids[0]) != text or not text
            or ends_sentence(text) or len(text.split()) > HTML_LIMITS["deck_words"]):
        return False
    nxt = _next_element(el)
    if nxt is None or nxt.getparent() is not el.getparent() or not (
            (_tag(nxt) == "table" and _data_table(nxt)) or (_tag(nxt) in ("ol", "ul") and _dated_notes(nxt))):
        return False
    return not any(isinstance(c.tag, str) and (_text_of(c) or _images(c)) for c in nxt.itersiblings())


def _only_block(el):
    """The one shown element a ``div``/``section`` holds when it holds nothing else (no text of its
    own, no other shown element), else None."""
    if _tag(el) not in ("div", "section") or (el.text or "").strip():
        return None
    kids = [c for c in el if isinstance(c.tag, str) and not _skipped(c) and (_text_of(c) or _images(c))]
    if len(kids) != 1 or any((c.tail or "").strip() for c in el):
        return None
    return kids[0]


def _back_matter(notes) -> bool:
    """What follows a page's notes block in its container is back matter read with the notes
    (an exhibition history, a citation line), not text, when all of it together holds fewer
    than ``prose_paragraphs`` paragraphs of running text (``_prose``): a page setting its notes
    after each chapter goes on with the next chapter's text."""
    rest = []
    nxt = _next_element(notes)
    while nxt is not None:
        if not _skipped(nxt):
            rest.append(nxt)
        nxt = _next_element(nxt)
    count = 0
    for el in rest:
        for paragraph in el.iter("p", "li", "blockquote"):
            text = _text_of(paragraph)
            if len(text.split()) >= HTML_LIMITS["prose_words"] and ends_sentence(text):
                count += 1
    return bool(rest) and count < HTML_LIMITS["prose_paragraphs"]
def _mark_quoted_asides(root) -> None:
    """Mark an ``aside`` standing between two sections that holds nothing but one
    ``blockquote`` or paragraph of one short sentence (at most ``quote_words`` words),
    whatever its marks: a pull quote set between the parts of the text, not its text (a
    side-bar has a heading or more to say)."""
    for box in root.iter("aside"):
        children = [c for c in box if isinstance(c.tag, str)]
        if len(children) != 1 or _tag(children[0]) not in ("blockquote", "p") or not _between_sections(box):
            continue
        text = _text_of(children[0])
        words = text.split()
        if 3 <= len(words) <= HTML_LIMITS["quote_words"] and ends_sentence(text) and not any(
                ends_sentence(w) for w in words[:-1]):
            box.set(_SIDE_COLUMN, "")


def _marked_source(box) -> bool:
    """``box`` (a ``blockquote``) is an epigraph: it closes on its quotation's source marked up as such,
    a ``<footer>`` or ``<cite>`` after the quotation (HTML's markup for a quotation's attribution), it
    stands at the head of the page's text (no heading after the ``<h1>`` before it), and the run of the
    text does not go on around it (no paragraph right after it, none introducing it with a colon right
    before it): displayed with its source, not a passage of the text (``marked_sources``)."""
    kids = [c for c in box if isinstance(c.tag, str) and _text_of(c)]
    if not HTML_LIMITS["marked_sources"] or len(kids) != 2 or _tag(kids[1]) not in ("footer", "cite"):
        return False
    after = next((c for c in box.itersiblings() if isinstance(c.tag, str) and not _skipped(c)), None)
    before = next((c for c in box.itersiblings(preceding=True) if isinstance(c.tag, str) and not _skipped(c)), None)
    if after is not None and _tag(after) == "p" or before is not None and _text_of(before).endswith(":"):
        return False
    last = None  # the last heading before it (a term of a list of panels counts as one)
    for el in box.getroottree().iter():
        if el is box:
            break
        if isinstance(el.tag, str) and _tag(el) in SECTION_HEADINGS | MINOR_HEADINGS | {"dt"}:
            last = _tag(el)
    return last == "h1"


def _closes_container(el) -> bool:
    """``el`` is the last element of a container (page furniture aside, ``_page_furniture_after``), after a
    paragraph that does not introduce it (ends in no colon), and gives its quotation's source (a second part): a quotation
    with its source set after a section's last paragraph is set apart at the section's end;
    one quoted in the run of the text is introduced by it, or the text goes on after it."""
    parent = el.getparent()
    if parent is None or any(isinstance(c.tag, str) and not _page_furniture_after(c) for c in el.itersiblings()):
        return False
    parts = [c for c in el if isinstance(c.tag, str) and _text_of(c)]
    before = next((c for c in el.itersiblings(preceding=True) if isinstance(c.tag, str)), None)
    return len(parts) == 2 and before is not None and _tag(before) == "p" and not _text_of(before).endswith(":")


def _page_furniture_after(el) -> bool:
    """With ``jumps_close_containers`` on, ``el`` (after a quotation) is the page's furniture, no text: hidden, or
    a jump within the page ("Back to top ↑") that a container may close on after its last text."""
    return bool(HTML_LIMITS["jumps_close_containers"]) and (_skipped(el) or _in_page_jump(el))


def _closes_section(el, parts: list[str]) -> bool:
    """``el`` (a ``blockquote``) is one quotation in quotation marks, set after its section's
    last paragraph (one that finished a sentence, no colon introducing it) with nothing after it
    but at most one short line ending no sentence (the next section's label, ``closing_quotes``):
    displayed at the section's end, not quoted in the run of the text, which introduces a
    quotation or goes on after it."""
    if not HTML_LIMITS["closing_quotes"] or len(parts) != 1 or not _one_quotation(parts[0]):
        return False
    after = [c for c in el.itersiblings() if isinstance(c.tag, str) and _text_of(c)]
    if len(after) > 1 or after and (ends_sentence(_text_of(after[0]))
                                    or len(_text_of(after[0]).split()) > HTML_LIMITS["series_label_words"]):
        return False
    before = next((c for c in el.itersiblings(preceding=True) if isinstance(c.tag, str)), None)
    text = _text_of(before) if before is not None else ""
    return before is not None and _tag(before) == "p" and ends_sentence(text) and not text.endswith(":")


def _between_sections(el) -> bool:
    """``el`` stands between the sections of its container, outside any of them (a
    ``blockquote`` set between two chapters' ``<section>`` elements): set apart from the run
    of the text, as an aside is."""
    parent = el.getparent()
    if parent is not None and sum(1 for c in parent if isinstance(c.tag, str) and _tag(c) == "section") >= 2:
        return True
    # or alone in a layout table's row (the cell and row holding nothing else) between rows
    # that each hold a section heading: the table's sections, set out row by row
    box = el
    while parent is not None and _tag(parent) in ("td", "th", "tr") and len(
            [c for c in parent if isinstance(c.tag, str)]) == 1 and not (parent.text or "").strip():
        box, parent = parent, parent.getparent()
    if _tag(box) != "tr" or parent is None:
        return False
    rows = [c for c in parent if isinstance(c.tag, str) and _tag(c) == "tr"]
    at = rows.index(box)
    def headed(row) -> bool:
        return next(row.iter(*SECTION_HEADINGS), None) is not None
    return any(headed(r) for r in rows[:at]) and any(headed(r) for r in rows[at + 1:])


def _heading_label(
    text: MappedText, spans: list, boxed: str | None = None, counted: str | None = None
) -> tuple[str | None, MappedText, list]:
    """A section heading's panel label ("Panel 2: …", "B. …", ``boxed``: the text of an
    element of its own opening the heading, or ``counted``: a bare label counting up
    through the headings), its title without it, and the markup spans shifted."""
    label, cut = heading_label(text.text)
    if label is None:
        label, cut = bare_label(text.text, counted)
    if label is None and boxed is not None and text.text.startswith(boxed):
        label = alone_label(boxed) or _worded_label(boxed)
        rest = text.text[len(boxed):]
        # a separator set between the label's element and the title ("Gallery 1 · …")
        title = rest.lstrip()
        if title[:1] and title[:1] in LABEL_SEPARATORS:
            title = title.lstrip(LABEL_SEPARATORS).lstrip()
        cut = len(text.text) - len(title)
    if label is None or cut >= len(text):
        return None, text, spans
    shifted = [(k, a - cut, b - cut, attrs) for k, a, b, attrs in spans if a >= cut]
    return label, text.slice(cut, len(text)), shifted


def _counted_headings(root) -> dict:
    """Section headings opening with a bare label that counts up through them
    ("A Smallpox …", "B A Living Chain"): {heading element: label}."""
    headings = [el for el in root.iter(*SECTION_HEADINGS) if not any(_skipped(a) for a in el.iterancestors())]
    found = counting_labels([_text_of(el) for el in headings])
    return {headings[k]: label for k, label in found.items()}


def _list_marker(heading) -> str | None:
    """The marker the browser prints before a heading that opens an item of an ordered
    list (``<ol><li><h2>…``): the item's number from the list's ``start``, the items'
    ``value`` and ``reversed``, as a letter or roman numeral by the list's ``type``; None
    when the list's markers are switched off (``list-style: none`` on the list, its
    items or, in the page's style sheet, their classes)."""
    item = heading.getparent()
    if item is None or _tag(item) != "li" or (item.text or "").strip():
        return None
    first = next((c for c in item if isinstance(c.tag, str) and not _skipped(c)), None)
    listing = item.getparent()
    if first is not heading or listing is None or _tag(listing) != "ol" or _unmarked(listing, item):
        return None
    items = [c for c in listing if _tag(c) == "li"]
    step = -1 if listing.get("reversed") is not None else 1
    number = int_or(listing.get("start"), len(items) if step < 0 else 1)
    for entry in items:
        number = int_or(entry.get("value"), number)
        if entry is item:
            break
        number += step
    kind = listing.get("type") or "1"
    if number < 1 or (kind in "aA" and number > 26):
        return None
    return format_number(number, _LIST_FORMATS.get(kind, "decimal"))


# an ordered list's type attribute, as the Word number format that prints it the same way
_LIST_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none\b", re.IGNORECASE)


def _unmarked(listing, item) -> bool:
    """The list's markers are switched off by a ``style`` attribute or a style-sheet rule
    on the list's or the item's class (or on ``ol``/``li`` themselves)."""
    if any(_NO_MARKER.search(el.get("style") or "") for el in (listing, item)):
        return True
    names = {f".{c}" for el in (listing, item) for c in _classes(el).split()} | {"ol", "li"}
    for style in listing.getroottree().getroot().iter("style"):
        for selectors, body in _CSS_RULE.findall(style.text or ""):
            if not _NO_MARKER.search(body):
                continue
            for selector in selectors.split(","):
                last = re.split(r"[\s>+~]+", selector.strip())[-1]
                if any(last == n or last.endswith(n) for n in names):
                    return True
    return False


def _boxed_label(heading) -> str | None:
    """The text of an element opening ``heading`` on its own when it is a panel label
    (``<h2><span class="letter">B</span> Fog Signals</h2>``)."""
    children = list(heading)
    if not children or (heading.text or "").strip() or _tag(children[0]) in ("em", "i", "a"):
        return None  # an emphasised first word is a word of the title ("<em>A</em> Short …")
    text = _text_of(children[0])
    if text and alone_label(text) is None and _worded_label(text) and HTML_LIMITS["worded_boxed_labels"]:
        return text if _worded_series(heading, text) else None
    return text if text and alone_label(text) is not None else None


_WORDED_LABEL = re.compile(r"^([A-Z][a-z]{1,15})\s+([A-Z]|\d{1,3}|[IVX]{1,5})$")


def _worded_label(text: str) -> str | None:
    """A word and a counter ("Wing B", "Bay 3", "Hall IV"): a label printed whole when its
    word is no unit word of the lexicon (``_worded_series`` tells it from a title's words)."""
    return text if _WORDED_LABEL.match(text.strip()) else None


def _worded_series(heading, text: str) -> bool:
    """``text`` opens ``heading`` in an element of its own, and the page's headings of its
    level open so, with the same word, in at least ``worded_boxed_labels`` headings whose
    counters count on (A, B, C; 1, 2, 3): a series of labels, not the first words of titles."""
    word = text.split()[0]
    counters = []
    for other in heading.getroottree().iter(_tag(heading)):
        children = list(other)
        if not children or (other.text or "").strip() or _tag(children[0]) in ("em", "i", "a"):
            continue
        found = _WORDED_LABEL.match(_text_of(children[0]).strip())
        if found and found.group(1) == word:
            counters.append(label_rank(found.group(2)))
    return (len(counters) >= HTML_LIMITS["worded_boxed_labels"]
            and all(b == a + 1 for a, b in itertools.pairwise(counters)))


_INLINE_WORD_TAGS = {"em", "i", "b", "strong", "a", "sup", "sub", "small", "cite", "abbr", "code", "span"}


def _glued_heading_line(el) -> bool:
    """``el``, the last element of a section heading (``h1``-``h3``) holding at least two words
    of its own, follows the heading's first line with no space between ("…Atlantic" +
    "RMS …", two words glued only by markup): a second line the style sheet sets as a block."""
    parent = el.getparent()
    if not HTML_LIMITS["glued_heading_lines"] or parent is None or _tag(parent) not in SECTION_HEADINGS:
        return False
    if _tag(el) in _INLINE_WORD_TAGS - {"span"} or el.getnext() is not None or (el.tail or "").strip():
        return False
    before = el.getprevious()
    lead = (before.tail if before is not None else parent.text) or ""
    if before is not None and not lead:
        lead = _text_of(before)
    own = _text_of(el)
    whole = _text_of(parent)
    return (len(own.split()) >= 2 and own[:1].isupper() and lead[-1:].isalnum()
            and len(whole[: len(whole) - len(own)].split()) >= 2)


def _deck(el) -> bool:
    """A short line right after the ``<h1>``, ending no sentence ("An exhibition in
    three rooms"): the title's deck, a heading block, not a paragraph."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    text = _text_of(el)
    after = prev is not None and _tag(prev) == "h1" or bool(HTML_LIMITS["deck_after_head_box"]) and _after_head_box(el)
    return (
        after and not _images(el)
        and 0 < len(text.split()) <= HTML_LIMITS["deck_words"] and not ends_sentence(text)
        and not dateline(text)  # a letter's "Clifton, 9 June 1890" under it is its text, not its deck
    )


def _after_head_box(el) -> bool:
    """``el`` is the first text read after the box that holds the page's ``<h1>`` (a
    ``<header>`` or ``<hgroup>``), only skipped elements (a language switcher) between,
    climbing out of the boxes ``el`` opens: a line set under the title's head."""
    node = el
    for _ in range(int(HTML_LIMITS["deck_after_head_box"])):
        prev = _element_before(node)
        while prev is not None and (_skipped(prev) or not _text_of(prev)):
            prev = _element_before(prev)
        if prev is None:
            node = node.getparent()
            if node is None or _tag(node) in ("body", "html"):
                return False
            continue
        return _tag(prev) in ("header", "hgroup") and prev.find(".//h1") is not None or bool(
            HTML_LIMITS["deck_after_title_box"]) and _title_box(prev)
    return False


def _title_box(box) -> bool:
    """``box`` (any element) opens on the page's ``<h1>`` (no text before it) and holds no other text than
    a line of ``deck_words`` at most, ending no sentence (a tagline, not a short paragraph): the title's head,
    however the site's template wraps it."""
    h1 = box.find(".//h1")
    if h1 is None or _never_rendered(h1):
        return False
    before = []
    for node in box.iter():
        if node is h1:
            break
        if isinstance(node.tag, str) and not _skipped(node):
            before.append((node.text or "").strip())
    if any(before):
        return False
    inside = {id(d) for d in h1.iter()}
    pieces = [piece for node in box.iter() if isinstance(node.tag, str) and not _skipped(node)
              for piece in ((node.text or "").strip() if id(node) not in inside else "",
                            (node.tail or "").strip() if node is not box and (id(node) not in inside or node is h1)
                            else "") if piece]
    return (len(" ".join(pieces).split()) <= HTML_LIMITS["deck_words"]
            and not any(ends_sentence(piece) for piece in pieces))


def _deck_of_title(el):
    """The deck right after the ``<h1>`` (``_deck``) when, by the subtitle convention every reader
    follows (``cues.title_deck``), it is the title's second part; or None (a deck in sentence
    case, or under a title parted by a colon already, stays a heading block of its own)."""
    if _tag(el) != "h1":
        return None
    nxt = _next_element(el)
    grouped = _grouped_subheading(el, nxt)
    if nxt is None or _skipped(nxt) or _tag(nxt) in SECTION_HEADINGS and not grouped or any(
            _is_block(c) for c in nxt.iter() if c is not nxt):
        return None  # a block holding others (a heading with its label) is no deck line
    if not (grouped or _deck(nxt)) or _label_over_heading(nxt) or nxt.get(_SERIES_LABEL) is not None:
        return None
    return nxt if title_deck(_text_of(el), _text_of(nxt)) else None


def _grouped_subheading(el, nxt) -> bool:
    """``nxt`` a heading after the heading ``el`` in one ``<hgroup>`` (HTML 5.0's heading group:
    its highest heading is the section's, the others are its subheadings), the title's deck
    when it reads as one (``HTML_LIMITS["hgroup_subheadings"]``)."""
    parent = el.getparent()
    return bool(HTML_LIMITS["hgroup_subheadings"]) and nxt is not None and parent is not None and (
        _tag(parent) == "hgroup" and nxt.getparent() is parent and _tag(nxt) in SECTION_HEADINGS | MINOR_HEADINGS)


def _box_heading(el) -> bool:
    """A heading of any level opening a box set last in its chapter -- an ``aside`` (or
    ``role="complementary"``) whose heading is its first element, with a paragraph of text under it,
    and nothing with text after the box in its container but the page's notes, or only the next
    section's heading (``boxes_before_headings``, round 46): the side-bar's own
    section, as a box's heading is in every reader ("What Was …?" in an ``<h5>`` under chapters
    headed by ``<h3>``). A box may be any ``div`` when its first line is a ``p``/``div`` whose class
    names a heading or title (``heading_name``: a note's ``admonition-title``), short, ending no
    sentence (round 35)."""
    box = el.getparent()
    if box is None or not (_tag(el) in MINOR_HEADINGS and (_tag(box) == "aside" or box.get("role") == "complementary")
                           or _named_title(el) and _tag(box) in ("div", "aside", "section")):
        return False
    first = next((c for c in box if isinstance(c.tag, str) and not _skipped(c)), None)
    if first is not el or not any(_tag(c) == "p" and ends_sentence(_text_of(c)) for c in _box_lines(box)):
        return False
    after = _next_element(box)
    while after is not None and (_skipped(after) or not _text_of(after) or _holds_notes(after)):
        after = _next_element(after)
    # a box closing its chapter right before the next chapter's heading is the side-bar's own section too
    return after is None or bool(HTML_LIMITS["boxes_before_headings"]) and _tag(after) in SECTION_HEADINGS


def _box_lines(box) -> list:
    """The box's lines: its children and, with ``box_content_wrappers``, the children of a child wrapping
    the box's content under its title (a callout's ``<div class="callout-content">``; round 56, struct74)."""
    kids = [c for c in box if isinstance(c.tag, str)]
    if not HTML_LIMITS["box_content_wrappers"]:
        return kids
    return kids + [g for c in kids if _tag(c) == "div" for g in c if isinstance(g.tag, str)]


def _holds_notes(el) -> bool:
    """``el`` is, or holds, a block of the page's notes (read after the body)."""
    return any(_notes_block(d) for d in el.iter() if isinstance(d.tag, str))


def _named_title(el) -> bool:
    """A ``p``/``div`` of inline content whose class names a heading or title, short
    (``summary_heading_words``), ending no sentence (a question may: ``question_titles``) and holding no link."""
    text = _text_of(el)
    asks = bool(HTML_LIMITS["question_titles"]) and text.rstrip().endswith("?")  # "Did It Work?" is a title
    return (_tag(el) in ("p", "div") and heading_name(el) and not any(_is_block(c) for c in el)
            and 0 < len(text.split()) <= HTML_LIMITS["summary_heading_words"] and (asks or not ends_sentence(text))
            and el.find(".//a") is None)


def _kicker(el) -> bool:
    """A short line right before the ``<h1>`` (elements not read passed over, ``kicker_past_skipped``;
    or closing its box, the next box opening on the ``<h1>``: ``_next_in_flow``; or right before an
    ``<hgroup>`` opening on it, ``kicker_over_hgroup``), ending no sentence and no label of it
    ("Online exhibition · 1850s"): the title's kicker, a heading block like its deck,
    not a paragraph (the PDF and DOCX readers keep a kicker over the title out of the
    body too)."""
    nxt = _next_shown(el) if HTML_LIMITS["kicker_past_skipped"] else _next_element(el)
    if nxt is None and HTML_LIMITS["kicker_across_boxes"]:
        nxt = _next_in_flow(el)
    if nxt is not None and _tag(nxt) == "hgroup" and HTML_LIMITS["kicker_over_hgroup"]:
        nxt = next((c for c in nxt if isinstance(c.tag, str) and not _skipped(c)), None)  # the group's first line
    if nxt is not None and _tag(nxt) in _TITLE_BOXES and HTML_LIMITS["kicker_over_box"]:
        nxt = _box_opening(nxt)
    if nxt is None or _tag(nxt) != "h1":  # asked of every paragraph: the text only before the <h1>
        return False
    return not _images(el) and title_kicker(_text_of(el), int(HTML_LIMITS["deck_words"]))


_TITLE_BOXES = ("header",)  # the box HTML gives a headline's introductory group (a <div> may be the page's content box)


def _box_opening(box):
    """The element a ``<header>`` opens on: its first shown element, entered through headers holding
    no text of their own (``<header><h1>…``); the box itself when it holds text before it."""
    while _tag(box) in _TITLE_BOXES and not (box.text or "").strip():
        first = next((c for c in box if isinstance(c.tag, str) and not _skipped(c)), None)
        if first is None:
            break
        box = first
    return box


def _next_in_flow(el):
    """The first element of the text after ``el`` when ``el`` closes its box: the next box
    after it (or after the box it closes, and so up), entered down to its first element
    holding text of its own or no element ("Room 2" closing the site's header, the
    ``<h1>`` opening the content box); None at the body's end."""
    node, nxt = el, None
    while nxt is None:
        node = node.getparent()
        if node is None or _tag(node) in ("body", "html"):
            return None
        nxt = _next_element(node)
    while _tag(nxt) not in SECTION_HEADINGS and not (nxt.text or "").strip():
        children = [c for c in nxt if isinstance(c.tag, str)]
        if not children:
            break
        nxt = children[0]
    return nxt


def _skip_link(el, main) -> bool:
    """A link outside ``<main>`` to the ``<main>`` itself ("Skip to main content"): a
    keyboard user's jump past the site's header, not text."""
    target = main.get("id")
    return bool(target) and _tag(el) == "a" and el.get("href") == f"#{target}"


def _mark_skip_links(root) -> None:
    """A link to the block that holds the page's one ``<h1>`` (``href="#content"``), or to that ``<h1>``
    itself (``skip_to_headline``), set before that block and outside it: the keyboard user's jump past the site's header (WCAG's bypass link,
    "Skip to main content"), not text, whatever element the block is (``_skip_link`` knows a
    ``<main>``)."""
    if not HTML_LIMITS["skip_to_content"]:
        return
    headlines = [h for h in root.iter("h1") if not _never_rendered(h)]
    if len(headlines) != 1:
        return
    own = [headlines[0]] if HTML_LIMITS["skip_to_headline"] else []  # a link to the <h1> itself
    holders = {a.get("id"): a for a in [*own, *headlines[0].iterancestors()] if a.get("id")}
    if not holders:
        return
    for link in root.iter("a"):
        href = link.get("href") or ""
        target = holders.get(href[1:]) if href.startswith("#") else None
        if target is not None and not any(a is target for a in link.iterancestors()) and (
                link.sourceline or 0) <= (target.sourceline or 0):
            link.set(_SIDE_COLUMN, "")


def _label_over_heading(el) -> bool:
    """A short element holding only a label ("Panel 2", "B", "Stop 4") right before a
    section heading: the heading's label."""
    if _tag(el) not in ("p", "div", "span"):
        return False
    nxt = _next_element(el)  # the sibling first: the label test is the dearer one, asked of every block
    return nxt is not None and _tag(nxt) in SECTION_HEADINGS and kicker_label(_text_of(el)) is not None


_SERIES_LABEL = "data-vitrina-series-label"  # set on a short element labelling the section heading after it
_SUMMARY_HEADING = "data-vitrina-summary-heading"  # set on a <summary> that is its chapter's heading


def _tab_titles(root) -> dict:
    """Each tab panel (``role="tabpanel"``) holding running text (``_running_text``) of ``tab_panel_words``
    words at least and no heading of its own, and the tab (``role="tab"``) that names it (the panel's
    ``aria-labelledby``, or the tab's ``aria-controls``): a short name of at most ``summary_heading_words`` words ending no sentence.
    WAI-ARIA's tabs pattern shows one panel at a time under its tab button, whose text is the
    panel's only title (a side-bar behind its tab: a section of that name). A panel of a list or
    of facts (a timeline) is no section. Off with ``tab_titles`` 0."""
    if not HTML_LIMITS["tab_titles"]:
        return {}
    tabs = [el for el in root.iter() if isinstance(el.tag, str) and el.get("role") == "tab"]
    by_id = {el.get("id"): el for el in tabs if el.get("id")}
    controlled = {t.strip(): el for el in tabs for t in (el.get("aria-controls") or "").split()}
    found: dict = {}
    for panel in root.iter():
        if not isinstance(panel.tag, str) or panel.get("role") != "tabpanel":
            continue
        tab = next((by_id[t] for t in (panel.get("aria-labelledby") or "").split() if t in by_id),
                   controlled.get(panel.get("id") or ""))
        if tab is None or any(_tag(d) in SECTION_HEADINGS for d in panel.iter()) or not _running_text(panel):
            continue
        if len(_text_of(panel).split()) < HTML_LIMITS["tab_panel_words"]:
            continue  # a line or two of visitor information ("Open daily except Monday. …") is the site's
        text = _text_of(tab)
        if 0 < len(text.split()) <= HTML_LIMITS["summary_heading_words"] and not ends_sentence(text):
            found[panel] = tab
    return found


_TAB_NAMES = rows("html_tab_names")  # (part, class-name tokens) of a framework's tab widget
_TAB_ID = "vitrina-tab-{}"  # the id given a class-named tab that has none, for its panel's aria-labelledby


def _tab_part(el, part: str) -> bool:
    """The element's class names the ``part`` ("list", "panel") of a tab widget (``lexicon/html_tab_names``):
    the entry's tokens in a row inside one class name split at hyphens and underscores."""
    wanted = [tuple(tokens.split()) for kind, tokens in _TAB_NAMES if kind == part]
    for name in (el.get("class") or "").lower().split():
        tokens = tuple(t for t in re.split(r"[_-]+", name) if t)
        if any(tokens[k : k + len(w)] == w for w in wanted for k in range(len(tokens) - len(w) + 1)):
            return True
    return False


def _tab_items(nav) -> list:
    """The tabs of a tab list: its child elements, down through a single wrapper (``<div class="tabs"><ul>``)."""
    kids = [c for c in nav if isinstance(c.tag, str)]
    while len(kids) == 1:
        kids = [c for c in kids[0] if isinstance(c.tag, str)]
    return kids


def _panels_after(box, nav) -> list:
    """The class-named tab panels in ``box`` after the tab list ``nav``, in order, one inside another not counted."""
    panels: list = []
    after = False
    for el in box.iter():
        after = after or el is nav
        if not after or el is nav or not isinstance(el.tag, str) or not _tab_part(el, "panel"):
            continue
        inside = set(el.iterancestors())
        if nav not in inside and not any(p in inside for p in panels):
            panels.append(el)
    return panels


def _mark_named_tabs(root) -> None:
    """A tab widget a framework marks by class names alone (``lexicon/html_tab_names``: Bootstrap's
    ``nav-tabs`` and ``tab-pane``, docmd's ``docmd-tabs-nav`` and ``docmd-tab-pane``) given ARIA's roles, so
    that it is read as one written with them (``_tab_titles``, ``_tab_control``): a tab list with no role
    whose tabs are short lines (at most ``summary_heading_words`` words) as many as the panels after it in
    the widget (the list's parent; a panel inside another not counted), paired in order. Off with
    ``class_named_tabs`` 0 (round 56, struct74)."""
    if not HTML_LIMITS["class_named_tabs"]:
        return
    most = int(HTML_LIMITS["summary_heading_words"])
    given = 0
    for nav in [el for el in root.iter() if isinstance(el.tag, str) and _tab_part(el, "list")]:
        box = nav.getparent()
        if box is None or nav.get("role") or any(el.get("role") == "tab" for el in nav.iter()):
            continue
        tabs = _tab_items(nav)
        panels = _panels_after(box, nav)
        if len(tabs) < 2 or len(tabs) != len(panels) or any(p.get("role") for p in panels):
            continue
        if not all(0 < len(_text_of(t).split()) <= most for t in tabs):
            continue
        for tab, panel in zip(tabs, panels, strict=True):
            if not tab.get("id"):
                given += 1
                tab.set("id", _TAB_ID.format(given))
            tab.set("role", "tab")
            panel.set("role", "tabpanel")
            panel.set("aria-labelledby", tab.get("id"))


def _mark_widget_tab_panels(root) -> None:
    """Each tab panel (``role="tabpanel"``) shown on the page (no ``hidden``, no hiding ``style``) holding no
    heading of its own, no paragraph of running text (``_running_text``) and fewer than ``tab_panel_words``
    words: the site's widget beside the text (a dated
    list on a Timeline tab, a line of opening times), not the page's text -- the rule the reader keeps for a
    panel hidden by ``hidden`` (``_shown_later``: only running text is read), for the panel shown first too
    (``widget_tab_panels``)."""
    if not HTML_LIMITS["widget_tab_panels"]:
        return
    for panel in root.iter():
        if not isinstance(panel.tag, str) or panel.get("role") != "tabpanel":
            continue
        if panel.get("hidden") is not None or _INLINE_HIDDEN.search(panel.get("style") or ""):
            continue  # a panel shown on demand keeps its rules (``_shown_later``, ``_revealable``)
        if any(_tag(d) in SECTION_HEADINGS | MINOR_HEADINGS for d in panel.iter()):
            continue
        if not _running_text(panel) and len(_text_of(panel).split()) < HTML_LIMITS["tab_panel_words"]:
            panel.set(_SIDE_COLUMN, "")  # (a sentence of running text keeps a panel however short)


def _mark_summary_headings(root) -> None:
    """A ``<summary>`` holding no heading element that opens a ``<details>`` of running text
    (a paragraph of ``prose_words`` words or more ending a sentence: a chapter a reader
    opens) and reads as a heading -- a panel label of its
    own element before the title (``<span>Chapter 2</span> Arrest …``), or a title in title
    case of two words or more that no other summary of the page repeats, ending no
    sentence, at most ``summary_heading_words`` words -- is the chapter's section heading;
    a control's label ("Read more", a "Transcript" under every track) stays out."""
    most = int(HTML_LIMITS["summary_heading_words"])
    said = Counter(" ".join(_text_of(s).split()).lower() for s in root.iter("summary"))
    for summary in root.iter("summary"):
        details = summary.getparent()
        if details is None or _tag(details) != "details" or any(_tag(c) in SECTION_HEADINGS for c in summary):
            continue
        text = _text_of(summary)
        if not 0 < len(text.split()) <= most or ends_sentence(text) or not _running_text(details):
            continue
        titled = is_title_like(text) and len(text.split()) > 1 and said[" ".join(text.split()).lower()] == 1
        if _boxed_label(summary) is not None or titled:
            summary.set(_SUMMARY_HEADING, "")


def _host_label(heading) -> str | None:
    """The label a shadow host's script prints over its heading, from the host's attribute
    (``_html_slots.SLOT_TEXT``), when it reads as a label (``kicker_label``)."""
    host = heading.getparent()
    if host is None or host.get(SLOT_TEXT) is None:
        return None
    return kicker_label(host.get(SLOT_TEXT))


def _label_text(el) -> str | None:
    """The label an element set over a section heading gives it: its kicker label
    ("Panel 2" -> "2"), else (a label of a series, ``_mark_series_labels``) its text."""
    text = _text_of(el)
    return kicker_label(text) or (" ".join(text.split()) if el.get(_SERIES_LABEL) is not None else None)


def _element_before(el):
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


_BOXES = {"section", "div", "article", "main"}  # boxes a label may close or stand before


def _read_before(heading):
    """The element read right before a heading that opens its box: the box's previous
    element, or, when that is a box, the last element inside it; elements without text (an
    empty ``<h1>``) are passed over, boxes climbed out of. txt2tags sets a raw label line
    before a heading inside the previous ``<section>``, so the label closes that box."""
    el = heading
    for _ in range(int(HTML_LIMITS["labels_across_boxes"])):
        prev = _element_before(el)
        while prev is not None and not _text_of(prev):
            prev = _element_before(prev)
        if prev is None:
            el = el.getparent()
            if el is None or _tag(el) not in _BOXES and _tag(el) in KNOWN_TAGS:
                return None
            continue
        while _tag(prev) in _BOXES and len(prev):
            last = [c for c in prev if isinstance(c.tag, str) and _text_of(c)]
            if not last:
                break
            prev = last[-1]
        return prev
    return None


def _mark_series_labels(root) -> None:
    """Short elements set right before section headings, ending no sentence, holding no
    link or picture, and alike (one class, else one tag) before at least ``series_labels``
    headings of one level ("<time>11 March</time><h2>…", "<span>After</span><h2>…"): the
    page's own repetition shows they label the sections (a date, a stage, a word), whatever
    their words are; a lone line before one heading stays text."""
    groups: dict[tuple[str, str], list] = {}
    counted: dict[str, list[tuple[etree._Element, str]]] = {}  # by the label's class or tag alone: (label, its line)
    most = int(HTML_LIMITS["series_label_words"])
    for heading in root.iter(*SECTION_HEADINGS):
        after = _label_after(heading)
        prev = after if after is not None else _element_before(heading)
        if prev is None and HTML_LIMITS["labels_across_boxes"]:
            prev = _read_before(heading)
        if prev is None or _tag(prev) in SECTION_HEADINGS | MINOR_HEADINGS | {"a", "img", "figure"}:
            continue
        text = _text_of(prev)
        if not 0 < len(text.split()) <= most or ends_sentence(text) or _images(prev) or prev.find(".//a") is not None:
            continue
        if _tag(prev) == "svg":  # a badge: a label only when it counts with the others (below)
            if prev.find(".//image") is None:
                counted.setdefault(prev.get("class") or "svg", []).append((prev, f"{text} {_text_of(heading)}"))
            continue
        groups.setdefault((_tag(heading), prev.get("class") or _tag(prev)), []).append(prev)
        counted.setdefault(prev.get("class") or _tag(prev), []).append((prev, f"{text} {_text_of(heading)}"))
    for found in groups.values():
        if len(found) >= HTML_LIMITS["series_labels"]:
            for el in found:
                el.set(_SERIES_LABEL, "")
    if not HTML_LIMITS["counted_series_labels"]:
        return
    for pairs in counted.values():  # a series over headings of different levels, counting 1, 2, 3
        if len(pairs) >= HTML_LIMITS["series_labels"] and len(counting_labels([t for _, t in pairs])) == len(pairs):
            for el, _ in pairs:
                el.set(_SERIES_LABEL, "")


def _label_after(heading):
    """The other element of a head wrapper holding just two, the heading first
    (``<header><h2>…</h2><p>Step 1</p></header>``): a style sheet may show it above the
    heading (``column-reverse``), so it is a candidate label as one set before it is."""
    parent = heading.getparent()
    if parent is None:
        return None
    kids = [c for c in parent if isinstance(c.tag, str)]
    if len(kids) != 2 or kids[0] is not heading or _tag(kids[1]) not in ("p", "div", "span"):
        return None
    return kids[1]


_TRAILING_DASH = re.compile(r"\s*[—–]\s*$")


def _split_credit_phrase(text: MappedText) -> tuple[MappedText, MappedText]:
    """Split a trailing credit phrase ("… Photo: Jane Roe") off a caption; a dash left
    at the caption's end ("… 1890 —" before a credit element) goes."""
    dash = _TRAILING_DASH.search(text.text)
    if dash:
        text = text.slice(0, dash.start())
    matches = list(CREDIT_PHRASE.finditer(text.text))
    match = matches[-1] if matches else None
    if match is None or match.start() == 0:
        return text, MappedText()
    cut = match.start()
    caption = text.slice(0, cut)
    caption, _ = caption.normalise_space()
    credit, _ = text.slice(cut, len(text)).normalise_space()
    if credit.text.startswith(("(", "[")) and credit.text.endswith((")", "]")):
        credit = credit.slice(1, len(credit) - 1)
    return caption, credit


def _page_title(root) -> str | None:
    """``<title>``, else the first ``h1``; the ``h1`` when the ``<title>`` is it with the
    site's name added ("The Ice Harvest | Valley History Room")."""
    found = {}
    for tag in ("title", "h1"):
        for el in root.iter(tag):
            text = " ".join(_shown_text(el).split())
            if text and not any(_tag(a) == "svg" for a in el.iterancestors()):
                found[tag] = text
                break
    title, h1 = found.get("title"), found.get("h1")
    if title and h1 and title != h1 and (_SITE_SUFFIX.search(title.replace(h1, "\x00", 1)) or _short_title_of(title, h1)):
        return h1
    return title or h1


def _short_title_of(title: str, h1: str) -> bool:
    """The ``<title>`` is a short form of the ``h1`` with the site's name ("The Ice Harvest - Valley
    History Room" over "The Ice Harvest: Cutting the River, 1880–1920"): a part of it between spaced
    separators opens the ``h1`` up to a word's end, and the other part is not in the ``h1``."""
    parts = _SPACED_SEPARATOR.split(title)
    if len(parts) != 2:
        return False
    for short, site in (parts, parts[::-1]):
        rest = h1[len(short):]
        if short and h1.startswith(short) and (not rest or not rest[0].isalnum()) and site not in h1:
            return True
    return False


# A page title made of the heading and the site's name: "<h1> | Site", "Site - <h1>".
_SPACED_SEPARATOR = re.compile(r"\s+(?:[|·•–—-]|::)\s+")
_SITE_SUFFIX = re.compile(r"^\x00\s*(?:[|·•:–—-]|::)\s*\S|\S\s*(?:[|·•:–—-]|::)\s*\x00$")


def _unwrap_void_elements(root) -> None:
    """Move what libxml2 nested inside a void element back after it, in order."""
    for el in list(root.iter(*UNKNOWN_VOID_TAGS)):
        parent = el.getparent()
        if parent is None or (not len(el) and not el.text):
            continue
        children, inner, tail = list(el), el.text or "", el.tail or ""
        el.text = None
        index = parent.index(el)
        for offset, child in enumerate(children, start=1):
            parent.insert(index + offset, child)
        if children:
            el.tail = inner
            children[-1].tail = (children[-1].tail or "") + tail
        else:
            el.tail = inner + tail


def _refuse_cut_off(parser: lxml.html.HTMLParser, source: str) -> None:
    """A page the parser stopped reading at its nesting limit (libxml2 gives up past 256 levels and keeps
    what it read, often nothing) is refused saying so, not read in part."""
    for entry in parser.error_log:
        depth = re.search(r"Excessive depth in document: (\d+)", entry.message)
        if depth and entry.level_name == "FATAL":
            raise InputError(source, f"elements nested more than {depth[1]} deep (a safety limit of the HTML "
                                     "parser); the page was not read")


# A start tag far longer than any page's own (``HTML_LIMITS["long_tag_chars"]``), and one attribute in it.
_LONG_START_TAG = re.compile(rf"<[A-Za-z][^<>]{{{HTML_LIMITS['long_tag_chars']},}}>")
_ATTRIBUTE = re.compile(r"""\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def _blank_excess_attributes(text: str) -> str:
    """``text`` with the attributes of very long start tags past the first ``tag_attributes`` turned into
    spaces (line breaks kept): the parser's duplicate check is quadratic in a tag's attributes; and any
    attribute longer than ``attribute_chars`` cut out, with a warning (the parser would drop the page with it)."""
    huge: list[int] = []

    def blank(tag: re.Match[str]) -> str:
        whole = tag.group()
        found = _ATTRIBUTE.finditer(whole)
        cut = next((a.end() for n, a in enumerate(found, start=1) if n == HTML_LIMITS["tag_attributes"]), None)
        kept = whole if cut is None else whole[:cut]
        if len(kept) > HTML_LIMITS["attribute_chars"]:  # (blanked last: a run of spaces is slow to match attributes in)
            kept = _huge_attributes_blanked(kept, huge)
        return kept if cut is None else kept + re.sub(r"[^\n]", " ", whole[cut:-1]) + ">"

    text = _LONG_START_TAG.sub(blank, text)
    if huge:
        add_warning(f"{len(huge)} attribute(s) longer than {HTML_LIMITS['attribute_chars']:,} characters left out "
                    f"(the longest {max(huge):,}); the text around them is kept")
    return text


def _huge_attributes_blanked(tag: str, huge: list[int]) -> str:
    """``tag`` with each attribute longer than ``attribute_chars`` cut out (a space and its line breaks left,
    so lines hold: its millions of characters kept as spaces would fill memory in the stages after), its
    length noted in ``huge``."""
    def blank(attribute: re.Match[str]) -> str:
        if len(attribute.group()) <= HTML_LIMITS["attribute_chars"]:
            return attribute.group()
        huge.append(len(attribute.group()))
        return " " + "\n" * attribute.group().count("\n")

    return tag[:1] + _ATTRIBUTE.sub(blank, tag[1:])


def _mark_aria_headings(root) -> None:
    """An element given ARIA's ``role="heading"`` is a heading of its ``aria-level`` (ARIA's default
    level is 2), read as that ``h1``-``h6`` (``aria_headings``): ``<div role="heading" aria-level="2">``
    is announced as a heading of level 2 and styled as one."""
    if not HTML_LIMITS["aria_headings"]:
        return
    for el in root.iter():
        if not isinstance(el.tag, str) or (el.get("role") or "").strip().lower() != "heading":
            continue
        if _tag(el) in SECTION_HEADINGS | MINOR_HEADINGS or any(_is_block(c) for c in el):
            continue
        level = int_or(el.get("aria-level"), 2)
        if 1 <= level <= 6:
            el.tag = f"h{level}"


def _parse_raw_fallbacks(root: lxml.html.HtmlElement) -> None:
    """``<noframes>`` content read as markup: the parser keeps it as raw text ("<p>In 1910 …</p>"),
    though it is the page's content for a reader without frames (and the only content of a
    frameset page)."""
    for el in list(root.iter("noframes")):
        raw = el.text or ""
        if "<" not in raw:
            continue
        try:
            parts = lxml.html.fragments_fromstring(raw, parser=lxml.html.HTMLParser(no_network=True))
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            continue
        el.text = parts[0] if parts and isinstance(parts[0], str) else None
        for part in parts:
            if not isinstance(part, str):
                el.append(part)
        el.tag = "div"  # a block of the page like any other


@readers.register("html", label="HTML", suffixes=(".html", ".htm"))
def read(data: bytes, source: str) -> list[Document]:
    text = _blank_excess_attributes(decode_html(data, source))
    refuse_entity_declarations(text, source)
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML ({exc})") from None
    _refuse_cut_off(parser, source)
    _parse_raw_fallbacks(root)
    _unwrap_void_elements(root)
    tree = TreeText(root, _data_stream(text), text)
    compose_slots(root, bool(HTML_LIMITS["slots_in_custom_hosts"]))  # web components: a shadow host's children in the order its slots show them
    relayout(root, tree)  # a page laid out with tables: its blocks in reading order
    _mark_aria_headings(root)
    mark_presentation_headings(root, tree)  # a page with no heading elements: headings by their type
    mark_typed_captions(root)  # lines after pictures set in caption type
    _mark_after_headlines(root)
    _hide_styled(root)
    _hide_permalinks(root)
    _mark_side_columns(root)
    _mark_skip_links(root)
    _mark_named_tabs(root)
    _mark_widget_tab_panels(root)
    _mark_repeated_fallbacks(root)
    _mark_title_repeats(root)
    _mark_headline_repeats(root)
    _mark_pull_quotes(root)
    _mark_display_quotes(root)
    _mark_named_quotes(root)
    _mark_quoted_asides(root)
    _mark_called_notes(root)
    _mark_unlinked_calls(root)
    _mark_popover_notes(root)
    _mark_inline_notes(root)
    _mark_closing_imprint(root)
    _mark_table_titles(root)
    _mark_series_labels(root)
    _mark_summary_headings(root)
    _mark_script_written(root)
    _mark_rights_footer(root)
    builder = DocumentBuilder(document_id(source), source, "html", text)
    body = root.find("body")
    page = _PageReader(tree, builder)
    page.counted = _counted_headings(body if body is not None else root)
    page.described = _described_captions(root)
    page.tab_titles = _tab_titles(root)
    page.taken.update(page.described.values())  # read with their picture, not where they stand
    page.container(body if body is not None else root)
    page.flush()
    page.finish_notes()
    stated: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if el.get("content"):
            stated.setdefault(name, []).append(" ".join(el.get("content").split()))
    meta = html_metadata(stated)
    meta.update(stated_language(body if body is not None else root, "html"))
    if stated.get("description"):
        meta["description"] = stated["description"][0]
    title = _page_title(root)
    if title:
        meta["title_source"] = "html: <title> (else the first <h1>)"
    dated = _title_day(root)
    if dated:
        meta["dated"] = dated  # (extract.DATED_KEY) anchors the text's partial dates ("March 3")
    return [builder.build(title=title, meta=meta)]


_RIGHTS_SIGN = re.compile(r"^[\s\-\u2013\u2014_=*~]*(?:\u00a9|\(c\))", re.IGNORECASE)  # after a typed rule


def _mark_rights_footer(root) -> None:
    """The page's last line of text, a short ``p``/``div`` opening (after a typed rule, "-----") on
    the copyright sign ("(c) Museum. Page built with …"): the site's imprint set at the body's
    foot (a generator's footer line written into the text), not the text (``rights_footer``)."""
    if not HTML_LIMITS["rights_footer"]:
        return
    lines = [el for el in root.iter("p", "div") if not any(_is_block(c) for c in el) and _text_of(el)]
    for el in reversed(lines):
        if _skipped(el) or any(_skipped(a) for a in el.iterancestors()):
            continue
        text = _text_of(el)
        if _RIGHTS_SIGN.match(text) and len(text.split()) <= HTML_LIMITS["credit_words"]:
            el.set(_SIDE_COLUMN, "")
        return


def _title_day(root) -> str | None:
    """The one full day (day, month and year) the page's ``<title>`` writes, as a clipping's or a
    letter's title states its date ("The Evening Courier, 4 March 1889"): the document's own
    date, which dates its partial dates when its text gives no year; None when it writes none,
    or more than one."""
    from vitrina.extract.dates import find_dates

    title = root.find(".//title")
    text = " ".join(title.text_content().split()) if title is not None else ""
    days = [d.edtf for d in find_dates(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.edtf)] if text else []
    return days[0] if len(days) == 1 else None
