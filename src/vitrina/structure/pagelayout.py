"""Structure from page geometry: reading order, running heads, headings, captions, credits.

Input is what :mod:`vitrina.ingest.pdf` read (lines of glyphs with boxes and
type, image boxes); output is the same :class:`~vitrina.structure.layout.Entry`
list the text path builds, emitted through the same ``emit``:

1. Running headers, footers and page numbers are lines at the top or bottom
   edge of a page that repeat (digits aside) at the same place on other pages,
   or a lone page number at the edge; they stay out of the body.
2. Columns: a vertical gutter that no line (or very few) crosses, with text on
   both sides; lines crossing it cut the page into bands read top to bottom,
   each band left column first.
3. Type: the body type is the style with most characters. Larger or bold
   lines are headings; smaller or italic lines (or one opening with a position
   label) are captions; a caption's last line(s) in still smaller type, or in
   a credit's own form, are its credit.
4. Paragraphs break on a vertical gap wider than the body's line pitch, a
   first-line indent, or a sentence ending on a line the next word would have
   fitted on; across a column, page or figure a paragraph continues unless its
   last line ended it. A caption set inside a paragraph is placed after it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from vitrina.ingest.letters import parties
from vitrina.model import Document, DocumentBuilder, Figure
from vitrina.structure import spreads, zones
from vitrina.structure.assemble import (
    MARKS_ON_FIGURES,
    OPENING_QUOTES,
    emit,
    emit_notes,
    in_numbered_order,
    with_series_labels,
    without_continued_heads,
    without_pull_quotes,
)
from vitrina.structure.captions import (
    CREDIT_LEADS,
    DATE_ALONE,
    LABEL_ALONE,
    LABEL_LEAD,
    NAMED_CARD_NUMBER,
    PLACED_DATE,
    alone_label,
    credit_start,
    dated_label,
    figure_lead,
    is_credit,
    lead_at,
    lead_label,
    match_label,
    numbered_kicker,
    widen_lead,
)
from vitrina.structure.contents import contents_apart, listed_contents_apart, repeated_titles_apart
from vitrina.structure.cues import (
    FUNCTION_WORDS,
    HOURS_RANGE,
    LINE_HYPHENS,
    ends_sentence,
    in_capitals,
    is_title_like,
    rule_line,
    starts_lowercase,
    title_deck,
    year_line,
)
from vitrina.structure.entrynumbers import hanging_entry_numbers
from vitrina.structure.footnotes import with_footnote_credits
from vitrina.structure.geometry import Box, ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.hyphens import HyphenJudge
from vitrina.structure.languages import foreign_sentences, translations_apart
from vitrina.structure.layout import BRACKET_KEY as _BRACKET_KEY
from vitrina.structure.layout import KEYS_ALONE as _KEYS_ALONE
from vitrina.structure.layout import Entry, Fragment, Heading, lay_out, underlinable_title
from vitrina.structure.layout import key_rank as _key_rank
from vitrina.structure.layout import keyed_captions_cited as _keyed_captions_cited
from vitrina.structure.lines import (
    PAGE_AT_END,
    PAGE_AT_START,
    PAGE_NUMBER,
    RUNNING_SEPARATOR,
    TRAILING_PAGE,
    Line,
    LineSet,
    closes_with_its_page,
    counted_name_lines,
    echo_key,
    imprint,
    locator,
)
from vitrina.structure.ownnumbers import own_numbers_over_kickers
from vitrina.structure.plainlayout import (
    MARGIN_NUMBER,
    is_jump_line,
    jump_pairs,
    label_rank,
    plain_roman,
)
from vitrina.structure.salutations import salutations_apart
from vitrina.structure.timelines import leader_tables, timeline_tables
from vitrina.structure.zones import ZONE_LIMITS

# Every threshold of the page layout, in units of the font size unless noted.
LIMITS: dict[str, float] = {
    "edge_share": 0.14,  # running heads live in this share of the page height at top/bottom
    "edge_lines": 2.0,  # ... and are among this many lines nearest the edge
    "list_terms": 2,  # a run of this many headings in type under the body's, heading no text, are a list's terms (0 off)
    "credit_name_words": 3,  # a credit's name opened at a caption line's end, wrapping on, has at most this many words there
    "back_panels_last": 1,  # a wide first sheet with its title in the rightmost panel: its other panels last (0 off)
    "sheet_aspect": 1.15,  # (a sheet at least this much wider than tall)
    "carried_lines": 6,  # a sentence going on over a page ends within this many of the next page's lines
    "open_tail_lines": 12,  # a band of at most this many lines under the columns, after a column's foot
    # leaving a sentence open over the page, is read after that sentence's end (0 off)
    "same_size": 0.3,  # points: a part of a running line level with it is set in its size, this close
    "level_size_share": 0.06,  # (or this share of the running line's size apart)
    "continued_heads": 1,  # a heading repeating an earlier one with a continuation mark is no section (0 off)
    # round 41: an edge line of the same words on two pages or more with a number at either end counting the
    # pages ("Harbour Museum 58" on the left page, "59 Harbour Museum" on the right: the folio at the outer
    # edge) is a running line (0 off)
    "folio_ended_lines": 1,
    # round 56 (struct74): the edge lines of facing pages in one size, the left opening on its folio and the
    # right closing on the next, are running heads whatever their words (0: off)
    "facing_folio_heads": 1,
    # round 41: a line ends short by the measure of its column's lines in its own type size when at least this
    # many are measured (a lede set wider in larger type over the text left every body line short; 0 off)
    "measure_by_type": 4,
    "counting_labels": 1,  # edge lines each a unit word and its label, the labels differing page to page, are no running line (0 off)
    "level_edge_lines": 1,  # a line level with a page's top or bottom line is at the page's edge too (round 50; 0 off)
    "counted_folios": 1,  # bare numbers at the edges of two pages or more counting the pages are folios (0 off)
    "edge_place": 0.025,  # same place on two pages: within this share of the page height
    "repeat_share": 0.4,  # repeated on at least this share of the pages (and two pages)
    "running_gap": 0.5,  # ... and set apart from the text below/above by more than this
    "gutter_min": 0.6,  # a column gutter is at least this wide
    "gutter_crossing": 0.25,  # at most this share of a page's lines may cross the gutter
    "margin_width": 0.6,  # a side of a gutter this much narrower than the other, in smaller type, is a margin
    "measure_slack": 1.0,  # a body line ending this far (points) past its column's right edge is not of its measure
    "imprint_lines": 2,  # an imprint holds this many lines at least under the institution's name ...
    "imprint_name_line": 1,  # switch: the institution's name opening an imprint may be a paragraph line, not a heading
    "imprint_words": 8,  # an imprint's lines under the institution's name (address, hours) are at most this long
    "imprint_notice_words": 12,  # ... and its notices closing a sentence ("Lift to every floor.", ``imprint_notices``)
    "imprint_notices": 1,  # switch: short notices closing a sentence ("Lift to every floor.") may stand in an imprint,
    # and a picture's caption read among its lines is no part of it (round 40, 0 off)
    "margin_gap": 6.0,  # ... set at most this many body sizes from it (further: a panel of its own)
    "margin_block_gap": 2.0,  # margin lines closer than this (in their size) are one block, set in together
    "column_min_lines": 2.0,  # each side of a gutter holds at least this many lines (2: a flow ending in the next panel)
    "indent_lines": 3,  # this many indented lines, all after a sentence end, show an indented style
    "indent_sentence_ends": 3,  # ... or, over at least this many line-ending sentence ends,
    "indent_share": 0.3,  # ... this share of the lines after them indented
    "indent_match": 1.5,  # points: a first line set in by the document's own indent, within this
    "gutter_band": 0.2,  # a gutter is looked for this share of a zone's width in from either side
    "running_length": 2.0,  # a running head repeating a heading is within this factor of its length
    "gutter_candidates": 4,  # the least-crossed gaps tried as a page's gutter, in order
    "down_past_band": 1,  # columns read down past a band across them when the text runs on so (1; 0 off)
    "band_lines": 4,  # ... a band of at most this many lines (a pull quote, not a page's section across)
    "column_depth": 5,  # a page is cut at gutters this many times deep (up to 2**5 columns)
    "legible_size": 0.3,  # type under this share of the body size is no reading text (a producer's
    # 1 pt imprint, 0.09); the smallest read in sets 1-17 (credits) is 0.52
    "heading_size": 1.12,  # type this much larger than the body is a heading
    "upright_leading": 0.3,  # ... its lines set this far apart at most (in their size) one under the other
    "strip_lines": 8,  # ... and takes at most this many turned lines running on from it beyond the picture's reach
    "upright_turned_captions": 1,  # a turned caption beside a picture is read turned upright under it (0: as drawn)
    "turned_block_heads": 1,  # a turned line in heading type in a band beside a block heads it (0 off)
    "turned_head_reach": 3.0,  # ... the block's rows level with it start at most this far to its right
    "turned_block_gap": 1.0,  # ... and a block ends at a gap this wide between its lines
    "turned_over_smaller_heads": 1,  # switch (round 47): a turned heading heads its block before the upright
    # heading lines right over the block in smaller type (a cover's title up its band, its upright deck over the
    # lede: the title first); before, the block began after them and the deck was read before the title
    "turned_text_size": 0.9,  # turned lines beside no picture in at least this share of the body
    # size are text set on its edge (kept); smaller ones are imprints and fold marks (left out)
    "caption_size": 0.94,  # type this much smaller than the body is a caption
    "credit_size": 0.96,
    "credit_lines": 4,  # a credit set inline may wrap over this many of its caption's last lines
    # round 42 (structset47): a line after the caption's last sentence in type both smaller and in another style
    # (italic against upright) is the credit whole when it ends in a credit by its form, a medium line before it
    # ("Glass, about 1886. Lent by …"; 0: off)
    "styled_credit_lines": 1,
    "credit_line_words": 12,  # a credit on its own line, known by its style, is this short  # a caption line this much smaller than the caption is its credit
    "bold_sentence_words": 5,  # a bold body-size run of at least this many words ending a sentence is a paragraph
    "heading_max_words": 24,  # a longer bold run is emphasis, not a heading
    "caps_heading_words": 10,  # a line in capitals (cues.in_capitals) with at most this many words is a heading
    # round 58 (structset79): ... and one in smaller capitals (this share of the body's size at least, as
    # capitals set to the body's x-height are) standing right over the body's next line in its column, no
    # further under it than the body's size, heads that text: no caption (``_small_capitals_heads``; 0: off)
    "small_caps_heading_share": 0.7,
    "heading_run_words": 30,  # display type running longer than this, to a full stop, is a lede
    "lede_lines": 3,  # ... and so is one over this many lines, longer than any heading, to a full stop
    "caption_run_words": 60,  # body-size italic running longer than this is a lede, not a caption
    "lede_size": 1.05,  # ... and so is italic prose in type this much larger than the body's (a caption is no larger); 0 off
    "echo_words": 12,  # a running head repeating the title has at most this many words
    "footer_stack_gap": 1.0,  # a small line this close (its sizes) over or under a running line shares its footer
    "footer_size_match": 0.1,  # ... when the two sizes differ by at most this share of its size
    "footer_flush": 0.5,  # ... and their left edges by at most this many of its sizes
    "footer_gap": 3.0,  # a one-page document's last line set this far (its sizes) under the rest is its footer
    # round 42 (structset46): a header or footer set as a pair, flush left and flush right on one baseline at the
    # page's edge, is running even where nothing repeats; each part's outer end within this many of its type
    # sizes of the text's edge (0: off)
    "edge_pairs": 1,
    # round 42 (structset46): a stack of at most this many short lines ending on a range of opening hours is a
    # visitor's address block, not text (0: off)
    "address_lines": 4,
    "address_names": 1,  # ... centred on one axis too, the name over street and hours in any type (round 45; 0: off)
    "pair_edge": 1.0,
    "part_gap": 2.0,  # a blank this wide inside an edge line parts it (flush left / flush right)
    "echo_letters": 8,  # a running head repeating a heading's letters repeats at least this many
    "echo_parts": 1,  # ... in the whole line or in one part set flush left or right, the heading's
    # number or letter aside ("Museum      The Story" over "3 The Story"; 1; 0 off)
    "label_gap": 0.6,
    "tab_reach": 3.0,  # a label alone this close right of a heading line, level with it, is its tab
    "key_caption_gap": 3.0,  # round 56 (struct74): a caption's key stands at most this many of its sizes over it (0: anywhere)
    "row_tabs": 1,  # round 56 (struct74): ... or however far right, the two alone on their row (0: off)
    "stacked_overlap": 0.25,
    "ragged_right_edge": 0.1,  # lines ending within this much (in their size) of each other share a right edge
    "ragged_last_share": 0.8,  # a line this much shorter than the one above is a paragraph's last line  # a label this much (in the title's letter height) into the title's line is still over it  # a lone label glyph this far (in its size) from the title is set apart
    "cell_gap": 1.5,  # a gap this wide (in the line's size) inside a line parts two table cells
    "cell_align": 2.0,  # points: cells of a table's rows start this close to its header's
    "table_rows": 2,  # a header row over at least this many rows lined up with it is a table's
    "box_head_lines": 3,  # a short line over this many lines of a box's smaller text, larger than it, heads it (0 off)
    "box_head_gap": 1.5,  # ... set at most this far above the box's first line (in that line's size)
    "number_strips": 3,  # a line of this many small numbers counting up by one, alone, is a picture strip's key (0 off)
    "table_heads": 2,  # round 54 (struct69): a heading-type line in small type over this many table rows at least,
    # cells where theirs start, is their header row, and a small-type heading line right over it their title (0 off)
    "cell_rows": 3,  # lines parted into cells at the same places, this many in a run at least, are a table's rows (0 off)
    # round 45 (structset53): this many columns of a few short lines side by side, their tops level, are a
    # strip of cells (a timeline strip under the text): a table (0 off)
    "cell_strips": 4,
    "strip_cell_lines": 4,  # ... each column at most this many lines
    "strip_cell_words": 6,  # ... each line at most this many words
    "strip_cell_gap": 2.0,  # ... each line at most this many body sizes under the one before
    "list_lines": 3,  # a run of caption-type lines each stopping short this long at least is a list
    "list_near_widest": 0.9,  # ... judged on its lines narrower than this share of its widest
    "heading_gap": 0.9,  # lines of one heading are at most this far apart
    # round 51 (struct2): runs of one type opening level with the longest run of an interleaved column, beside it
    # (a caption in three languages in narrow columns), are read whole left to right (0: off) ...
    "level_runs_across": 1,
    "translated_captions": 1,  # ... and a caption in another language, holding their credit, gives it to its original
    "level_run_tops": 0.3,
    "level_run_lines": 2,  # (... each run at least this many lines, a line under them all spanning them)  # (... their first lines' tops at most this share of the type's size apart)
    "run_in_gap": 0.6,  # regular type this close after a bold line on its baseline is the text after a run-in head
    "run_in_foot": 0.1,  # (its baseline: feet at most this share of the size apart)
    "numbered_heads": 2,  # headings of one type opening with numbers counting on, this many at least, are numbered
    "lettered_heads": 1,  # ... and so are roman numerals ("I", "II") or letters ("A", "B") counting on (0 off)
    # round 44 (structset52): ... and numbers with a letter counting on under one number ("4a", "4b"), a
    # sub-numbered unit's sections (0 off)
    "sub_numbered_heads": 1,
    "heading_align": 1.0,  # ... and a line completing one (after its colon) is flush or centred within this
    "column_labels": 2,  # labels alone heading their columns far over each column's heading, this many at least (0 off)
    "word_space": 0.25,  # a word space, in type sizes: a word fitted after a line if its width and this did
    "char_width": 0.5,  # an average character, in type sizes: a word's width when its glyphs are not known
    "pitch_slack": 1.3,  # a line pitch this much above the usual one opens a paragraph
    # one type throughout (the text layout's cues): a line under one that ran full to its column's measure and
    # ended no sentence, at no wider a pitch than the column's usual (median) one times ``pitch_slack``, goes on
    # the sentence however loose the document's leading (a one-and-a-half-spaced page: "died on 2 March" /
    # "1958."; round 52 red team D6; 0 off)
    "wrapped_goes_on": 1,
    "raised_foot": 0.2,  # a smaller glyph with its foot this far above the baseline is raised (a note call)
    "raise_fit": 0.15,  # a line's extra pitch within this many sizes of its call's raise is that raise alone
    "descent_share": 0.2,  # the share of a glyph box's height under its baseline
    "flush_share": 0.5,  # a column's body lines start at one edge at least this often: its flush edge
    "style_pitches": 2,  # a type size's own line pitch is read from at least this many of its lines inside sentences
    "space_before": 0.25,  # ... or one this much (in type sizes) wider than every pitch inside a sentence,
    "space_breaks": 2,  # ... as wide as after this many paragraphs at least that ended short
    # (both fitted across sets 1-17 and engineered, bench/fit_layout.py: PDF mean flat for
    # space_before 0.1-0.25 and space_breaks 2-3, lower at 0.35 and at 4; 2 since set 18, where a
    # page's intro has only two short-ended paragraphs)
    "indent": 0.6,  # a first line this far in from the column edge is indented (a 1 em indent: line boxes run 1.1-1.4 em)
    "credit_tail_words": 10,  # a credit closing a caption's line runs over at most this many words
    "credit_min_words": 3,  # ... and at least this many with its lead ("Photo: Ed" may wrap on)
    "caption_gap": 1.0,  # caption lines further apart than this are separate captions
    "led_credit_gap": 1.5,  # ... but a credit line opening with a credit's lead ("Photo: …"), in smaller type or
    # another style, under its caption in its column, may stand this far (caption sizes) under it (round 51; = caption_gap: off)
    # round 48 (structlow): body lines set beside an open caption (no overlap across, starting at most
    # this many of the caption's sizes under its last line) read between its lines by their height keep
    # it open: its next line, its credit in smaller type say, goes on with it (0: off)
    "caption_beside_reach": 2.0,
    "block_shift": 2.0,  # a line this many type sizes off the left, right and centre above starts a block
    "caption_pitch": 1.15,  # a body-type caption goes on over lines at most this far apart
    "drop_cap_size": 2.0,  # a lone letter this many times the size of the line beside it is a drop cap
    # round 56 (struct74): a line opened by a drop cap spans its own letters' height, not the letter's (0: off)
    "drop_cap_extent": 1,
    "hanging_label_gap": 0.6,  # a large first letter this many of its heights clear of the text is a label, no drop cap
    "drop_cap_glance": 1.6,  # a first glyph box under this many type sizes tall is no drop cap (a glyph box runs ~1.2)
    "raised_initial": 1.5,  # a first letter's glyph box this many times the line's usual glyph height, on its baseline, is a raised initial
    "initial_foot_slack": 0.25,  # ... and its foot this share of that height at most below the baseline (lower: a drop cap)
    "margin_note_words": 8,  # a margin note (cross-reference, source) runs to at most this many words
    "wrap_slack": 1.0,  # points: a line run round a drop cap starts at most this far left of the letter's right edge
    "quote_indent": 0.3,  # a display statement set in at least this far from its column's edge (and its lines
    "quote_indent_most": 1.5,  # ... within this of one another), at most this far in, is a pull quote
    "pull_quote_words": 6,  # a heading or caption repeating a body sentence this long is a pull quote
    "italic_body_share": 0.7,  # the body counts as set in italics when this share of its body-size text is
    "image_near": 2.5,  # a block this close below or beside an image may be its caption
    # round 44 (structset52): a box enclosing a caption's first line (a frame drawn round a picture and its
    # caption) is not another picture whose caption the caption's next line (its credit) would open (0 off)
    "caption_frames": 1,
    "box_slack": 1.0,  # points: a line this far out of a picture's box still stands inside or over it
    "image_caption_lines": 8.0,  # ... when it has fewer lines than this
    "caption_inset": 2.0,  # a caption this far in from its column's edge is set beside a picture
    "fold_gap": 5.0,  # a blank band this high across a region set in columns over and under it cuts it in rows,
    # the same columns or not (a folded leaflet's strips; round 45; 0: off)
    # round 47 (structset58): a part under such a band of at most ``strip_row_lines`` lines holding a row of at least
    # ``strip_row`` lines level with one another in as many columns over it is a strip across them (0 off)
    "strip_row": 3,
    "strip_row_lines": 12,
    "strip_level": 0.2,  # ... level: baselines this many of the type's sizes apart at most
    "strip_item_words": 3,  # ... each of those lines at most this many words (a number, a stop: no row of headings)
    "row_gap": 1.5,  # a blank band this high across a region, with other columns under it than over it, cuts it in rows
    # round 45 (structset53): ... unless a sentence runs on across it in a column (a box quote taken out of
    # the column left the blank; 0: off)
    "row_cut_sentences": 1,
    "plan_depth": 3,  # gutters looked for this deep when comparing two rows' columns
    "plan_slack": 2.0,  # two rows' gutters this close (in type sizes) are the same gutter
    "picture_span": 1.5,  # a picture this many times wider than the usual line spans columns: it cuts the page into bands
    "credit_beside": 4.0,  # a credit run this close beside a picture, within its height, is the picture's
    "caption_reach": 4.0,  # a caption within this many of its line heights of an image is its
    "credit_wrap_leading": 2.0,  # ... on the credit's next line: its top at most this many credit sizes lower
    "credit_wrap_words": 3,  # a credit wrapped onto a line of its own brings at most this many name words ("Sandberg")
    "stray_caption_reach": 4.5,  # a short caption-type run, no position label, farther than this many body sizes from every picture, is set-apart text (a table's cell, a diagram's box); 0 off
    # round 59 (struct80): ... but a run whose last lines, after a line closing a sentence, read as a credit
    # (``_credit_run``: "Map drawn for this leaflet by …" / "of 1862") is a caption and its credit (0 off)
    "stray_credit_tails": 1,
    # switches (1 on, 0 off), each judged leave one set out (bench/fit_layout.py --before; docs/formats.md, round 22)
    "type_change_opens": 1,  # across columns, a capital line in other type opens a paragraph even mid-sentence
    # round 41 (structset44): next in the column, a line opening in capitals in a type size this share of its own
    # apart from the line before (an object label's small tombstone lines, then its text) opens a paragraph; 0 off
    "size_step_opens": 0.1,
    "figure_cut_indented": 1,  # where paragraphs open indented, only an indent under a figure inside a column opens one
    "figure_pitch_mute": 1,  # a picture between two lines of a column mutes their pitch as a paragraph cue
    "figure_uncaptioned": 1,  # ... even with no caption read between them (0: only with one)
    "figure_cut_full": 1,  # a figure after a sentence's end parts paragraphs even when the line before it ran full
    "boxed_pitch_mute": 1,  # a drawn box holding text read elsewhere (a pull quote, a side-bar) between two
    # lines of a column mutes their pitch as a figure does: a line going on under it goes on (round 39; 0 off)
    # round 29 (docs/structure.md), each judged leave one set out (bench/fit_layout.py --before 0)
    "held_edge_lines": 3,  # a line ending where this many of the column's lines right above it end (justified, narrower
    "held_edge_reach": 5,  # than the column: beside a float) among this many ran full to that measure (0 off)
    # ... the reach counting body lines only, past at most this many other lines read between them (a float's
    # caption set beside the short lines, read level with them; round 48, structset57: 0 off)
    "held_edge_skip": 8,
    # a line ending on a word broken by a hyphen, read before a caption, and a line after the caption opening in
    # lower case go on as one paragraph, however far in the second starts (beside a float; round 48; 0 off)
    "hyphen_goes_on": 1,
    # a wide pitch under a line ending no sentence, beside a float's caption reaching lower than it, opens no
    # paragraph: the float's clearance (round 48; 0 off)
    "float_clearance": 1,
    "wrap_measure": 1,  # beside a box the text wraps around, a line's measure is that of the lines beside it
    "framed_measure": 1,  # a column's measure is kept apart inside each drawn box framing its lines
    "inline_note_calls": 1,  # a note's number glued to a word in the text's own type is its call
    # round 30 (docs/structure.md), each judged leave one set out (bench/fit_layout.py --before 0)
    "picture_level": 1,  # a picture in the other column level with a display line keeps it from spanning the columns
    "edge_pair_numbers": 1,  # an edge pair's right part may be a number alone ("2.6" beside the museum's name;
    # round 43; 0: off)
    "slant_pitch": 1.5,  # lines whose boxes overlap (set at a slant) follow one another at most this pitch apart
    # (in their size), baseline to baseline (round 44; 0: off)
    "stacked_heads": 1,  # lines each repeating at their place on the pages' edge, stacked one over the other, are
    # apart from the text together (a running head of two lines; round 44; 0: off)
    "pair_number_size": 1.25,  # ... that number, or a label alone ("Panel 7"), may be set up to this much larger
    # round 58 (struct78): a short line in capitals in caption type right over a heading of its column is the
    # section's kicker, a heading line for the heading's reader to judge, no caption (``_caption_type_kickers``; 0 off)
    "caption_type_kickers": 1,
    # round 58 (struct78): a line ending on a function word right over the title ("Building the" over "Northern
    # Canal"), read apart from it, opens the title block (``_title_opening_apart``; 0 off)
    "title_openings": 1,
    # round 58 (struct78): at least this many upright labels alone in the page's outer margin, outside every line's
    # reach (numbers on coloured tabs at a leaflet's edge), each labels the nearest heading of the nearest column
    # (``_edge_tabs``; 0 off)
    "edge_tabs": 2,
    # round 59 (structset81): tabs along the sheet's top edge count too (above every other line of the page); a
    # page's top tabs, as many as its headings, label them in order (a tri-fold's panels numbered only by tabs,
    # a section's heading at the foot of the panel before its tab's; ``_edge_tabs``, ``_top_tabs_in_order``; 0 off)
    "top_edge_tabs": 1,
    # round 59 (structset81): a short line closing on a number ("FROM 1734") over a heading opening on its own
    # section number ("4.3  The Man …") is its kicker, not its label (``_labelled_under_kicker``; 0 off)
    "numbered_heads_keep_labels": 1,
    # round 58 (struct78): the text's left edge an edge pair is set flush with is its words', past a label hanging in
    # the margin before a heading ("1" beside "THE FIRST LOCK …", ``_text_left``; 0: the lines' own left)
    "hanging_label_edges": 1,
    # than the page's usual type (a folio in bold beside the sheet's name; round 44; 1: no larger)
    "table_titles": 2,  # an unlabelled heading over nothing but this many table rows or more titles the table,
    # no section (round 43; 0: off)
    "open_word_completes": 1,  # ... and so does one under a heading line ending on a lower-case function word
    # ("The Wreck of the"), in any size (round 43; 0: off)
    "lower_completes": 1,  # a heading line opening in lower case completes the heading line above it
    "heading_lines_together": 1,  # a heading's next line spans the columns only with its first
    "imprint_marks_no_words": 1,  # a dash or other mark standing alone is no word of an imprint's line ("10 am – 4 pm")
    "title_first": 1,  # the block the document's title opens, read after other text (a cover panel printed
    # on the leaflet's second side, a title band drawn as a box beside the columns), is read first (0: off)
    "title_lead": 1.5,  # ... the title's type at least this many times as large as any line not in its block
    "labelled_credit_ends": 1,  # round 54 (struct69): a credit set over its caption in the caption's type ends
    # before the line opening with the caption's position label ("Courtesy of …" / "Left: …"; 0 off)
    "stated_decks": 2,  # round 54 (struct69): up to this many lines right under the title in any type, the title's
    # lines and theirs spelling the document's stated title (its PDF Title), are its deck: title lines (0 off)
    "title_decks": 1,  # a deck in title case under a title in one part (no colon) is the title's second part (1);
    # the subtitle convention every reader follows (round 33, docs/structure.md); 0: every deck a heading block apart
    "kicker_title_decks": 1,  # round 49 (structset59): the unit title under a kicker read as a line of its own (one
    # line ending no sentence, set over the title on its page) is still the title a deck under it belongs to (0 off)
    "flush_attributions": 1,  # round 49 (structset59): a short line in smaller type right under a display quote, flush
    # with its right edge, naming its speaker ("Name, 1753"), is its attribution, out of the text with it (0 off)
    "attribution_words": 6,  # ... at most this many words
    # round 56 (struct74): a dashed attribution under a quote goes on over a second line right under it, in its
    # type, opening in lower case ("— Letter of a harbour" / "master's clerk, 1842"; 0: one line)
    "wrapped_dash_attributions": 1,
    "flush_left_dashes": 1,  # round 53 (structset70): a dash line flush left under a display quote is its source (0 off)
    "indented_quote_sources": 1,  # round 53 (structset70): ... and an indented one's, as an italic one's (0 off)
    # round 57 (structset77): ... and so does such a line in a caption's small type (a box's table: "The mill in
    # dates" over "Year | Event"), a title with no stop and no credit (0 off)
    "caption_table_titles": 1,
    "body_table_titles": 8,  # round 53 (structset70): a short body-type line right over a table titles it, at most
    # this many words (``_body_table_titles``; 0 off)
    "overline_kicker_size": 0.5,  # a capitals line right over the title in type at most this share of it is a kicker (0 off)
    "facing_folios": 1,  # two page numbers counting on ("22 23") alone at a page's edge are a spread's folios (round 45; 0 off)
    # round 50 (structset63): a number alone set at least as large as the title, level with it and a title size
    # or more apart from it (a panel's number large in a disc beside the title band) is no word of the title (0 off)
    "title_side_numbers": 1,
    "kicker_worded_title": 1.5,  # the title a kicker stands over is the largest line but a lone number set this many
    # times larger than every other line (a panel's number beside the title; round 51; 0 off)
    "title_side_gap": 0.75,  # ... set at least this share of the title's size beside it (round 51: was 1.0)
    # round 50 (structset63): on a page with a header but no footer, its last line at the foot edge set like the
    # header (its family and size, flush with it, as far from the foot as the header from the head) is its footer (0 off)
    "mirrored_footers": 1,
    # round 51 (struct): a caption line opening with a position label in another column ("Ci-dessus : …" beside
    # "Above: …") opens a caption of its own, not the run of the column before it going on (0 off)
    "labelled_runs_apart": 1,
    # round 51 (struct): in a column with lines side by side, the lines of a block set at a slant (boxes taller than
    # the type, overlapping) stay one run, each a baseline under the last (0 off)
    "slanted_runs": 1,
    "slant_drift": 0.3,  # ... a line so set: its baseline drifts this share of its size from its first glyph to its last
    "slant_glyph": 1.5,  # ... and no glyph's box is taller than this many of its sizes (a drop capital's line is no slant)
    # round 51 (struct): a heading-type line smaller than the body printed inside a picture whose caption is
    # printed over it (zones.overlaid) is that caption (0 off)
    "overlaid_captions": 1,
    # round 51 (struct): a lone label at a page's edge right over a heading, the next label of its series alone over
    # another heading elsewhere ("I" over the first section's title, "II" over the next), is no page number (0 off)
    "series_head_labels": 1,
    "turned_credit_own_run": 1,  # round 51 (struct): a turned credit follows its caption's last line close below,
    # not the last caption line of the column (another picture's caption further down; 0 off)
    "lone_edge_labels": 1,  # a unit word and number alone under every line of its page at the foot is its number (round 45; 0 off)
    # round 47 (structset58): a kicker line over a heading that opens with its own label ("2.2 The Title")
    # is no label: the heading keeps its own, the kicker is left out like an overline (0 off)
    "kicker_over_own_label": 1,
    # round 52 (structset67): a paragraph left in mid-sentence, then headings and rows only, every line set under this
    # share of the body's size (a fact box set into the column), or nothing (the box cleared before the layout), then a
    # paragraph going on in lower case: one paragraph, the box's lines a table after it (0 off)
    "paragraphs_over_boxes": 0.85,
    # round 52 (structset67): a heading line that is a date alone takes no kicker label from the line over it, nor
    # joins a title already joined to its deck (lines of two sizes) as a third part (0 off)
    # round 57 (structset77): ``dates_unkicked`` holds for a place and a date alone ("Leiden, 1790–1842") under a
    # title and its deck set in two types: the panel's date line, no third part of the title (0 off)
    "placed_dates_unkicked": 1,
    "display_dates": 1,  # a date alone under the title in larger type than it is no part of the title (round 56; 0 off)
    "dates_unkicked": 1,
    "kickers_apart": 1,  # ... a kicker read in a column of its own, flush over the title, is read with it (round 45; 0: off)
    "kicker_reach": 1.5,  # ... and a line at most this many of the title's sizes over it, in its column, its kicker
    "opening_title_chars": 160,  # an opening line of its own this long at most, title-like, above the
    # first heading (or holding the metadata title as its start) is the document's title ...
    "opening_title_size": 0.95,  # ... when set at least this share of that heading's size (not a line of
    # form labels in body type over a large title)
    "body_credit_wraps": 1,  # a credit on a line of its own in body type wraps onto lines at its left edge (0 off)
    "typed_frames": 1,  # a box typed in one character ("* Text *" between rules of "*") is read without its sides (0 off)
    "frame_title_words": 8,  # ... its first line, over a blank row, title-like, this short at most, its heading
    "underlined_decks": 1,  # a title-like line closing on a colon over a typed title's underlined line is its first part (0 off)
    "nameplate": 1,  # a periodical's name over its issue line and a larger headline is no section
    "zones_carried_on": 0.1,  # framed columns a body sentence goes on from (in lower case) are read before it, their
    # last line in its type within this share of its size (round 45; 0 off)
    "jumps_rejoined": 1,  # a story's part carried over to a later page by jump lines is read where it broke off (round 45; 0: off)
    "nameplate_reread": 1,  # ... and the page is read again without it, the headline the unit title (round 45; 0: off)
    "credit_heads_under_captions": 1,  # lines read as a heading right under a caption, smaller, reading as a credit,
    # are its credit (round 56, structset75; 0: off)
    "named_nameplates": 1,  # ... a nameplate whose name opens a running line needs no issue line, and a line level with
    # one of its lines (the issue at the measure's other end) is the plate's too (round 56, structset75; 0: off)
    "italic_statements": 1,  # an italic display statement where headings are upright is a pull quote, set anywhere (0 off)
    # round 37 (docs/structure.md)
    "inset_captions": 1,  # a caption under a picture inset across the gutter, the columns running on level
    # beside it on both sides (text flowing round a round picture), is read in the column it starts in (0 off)
    "across_last_lines": 1,  # the short last line of a paragraph set across the columns (a standfirst) stays
    # across with it, not in the column under it (0 off)
    "wrap_starts": 1,  # a line set in from its column's edge by a picture level with it there is not indented (0 off)
    "gutter_overruns": 1,  # a line of the left side ending just past the gutter, nothing level with it, stays
    # in its column (a credit longer than its margin's measure; 0 off)
    "overrun": 1.0,  # ... ending at most this many of its sizes past where the right side's lines start
    # round 55 (struct71): a margin run under a caption kept, at its left edge, after at most this many of the
    # caption's sizes of space, goes on from it (its credit), no margin note (0 off)
    "spaced_margin_credits": 1.0,
    "caption_wraps": 1,  # round 55 (struct71): a bold caption's next line, short and so heading-type, stays caption (0 off)
    "side_quotes": 1,  # a quotation alone in a narrow side column beside the text is a pull quote (0 off)
    "closed_quotes": 1,  # a heading-type run wholly in quotation marks closing a sentence inside them is a pull quote, however short (0 off)
    "caption_runs_on": 1,  # a caption left inside a sentence at a column's foot goes on in lower case at the
    # next column's head, even under another picture, with the lines under it there (0 off)
    # round 38 (docs/structure.md)
    "caption_keys": 1,  # entries in caption type opening with the numbers set on the page's pictures
    # (a key at the page's foot or side) are those pictures' captions, their numbers and the key's
    # own short heading no text (0 off)
    # round 45 (structset53): entries in caption type each opening with a bracketed key counting on
    # ("(a) …", "(b) …"; at least this many) are the captions of pictures keyed so, maybe on another page:
    # the keys and the key's short heading no text, a line of the keys alone (the plate's key) no text,
    # each caption read at the end of the section whose text cites its key (0 off)
    "letter_keys": 2,
    # round 46 (structset56): a caption key's entry whose number no picture of its own page carries keys the
    # picture of the page beside it carrying that number (a spread's caption column on the facing page; 0 off)
    "facing_keys": 1,
    "key_heading_words": 6,  # ... the key's heading, right over its first entry, has at most this many words
    # (3 until round 47: "Pictures on the facing page" over a key of the facing page's pictures is one; structset58)
    # round 46 (structset56): ... or in type no larger than the body's (a heading in the text's type; 0 off)
    "key_heading_body": 1,
    "key_heading_gap": 2.5,  # ... standing at most this many of the entry's sizes over it
    "key_size": 0.5,  # points: an entry's wrapped lines are in its type, within this
    # round 45 (structset54): an entry's lines may wrap at its key's edge (the key not hanging), and a line in
    # type no larger reading as a credit, right under its last sentence, closes it before the next key (0 off)
    "key_entry_credits": 1,
    # round 47 (structset58): ... and a line under an entry, at its edge, in clearly smaller type of the
    # other slope (upright under italic), short and ending no sentence, is its credit by that type alone
    # ("Town Library, Maps 2.17", no credit word; 0 off)
    "key_credit_type": 1,
    "key_credit_words": 12,  # ... at most this many words
    "keys_on_pictures": 1,  # ... and a line holding one of the key's keys alone ("(b)") is the key set on a picture: no text (0 off)
    "key_entry_gap": 1.5,  # ... and the next entry may open this many of the entry's sizes under such a credit (0 off)
    "key_number_reach": 1.0,  # a picture's number set beside it stands this many of its sizes from its box at most
    "column_heads_under_pictures": 1,  # switch (round 46): lines level across the gutter right under a
    # picture set across it, the right one opening at its column's edge, are each column's head, no caption
    # across the picture (``_column_heads_level``)
    "turned_imprints": 1,  # switch (round 46): a turned line on a page's edge reading as an imprint (parts set
    # apart by dots: "Room 6 · Handout 2", ``lines.imprint``), no side panel's, is the strip's furniture, no text
    "turned_panels": 1,  # switch (round 46): turned lines in small type beside no picture running to a sentence's
    # end over ``turned_panel_words`` words are a side panel set on its edge, kept (its bold first line its heading)
    "turned_panel_words": 12,
    "carried_paragraphs": 1,  # switch (round 46): a page's lines ending the sentence the page before left open
    # run on to their paragraph's end (a full line ending a sentence over a line with no indent goes on)
    "turned_decks": 1,  # switch (round 46): a turned line in type above the body's, set right beside a turned
    # display line from the same end, is its title's deck (``_turned_decks``), read with it
    "subtitle_body_type": 1,  # switch (round 46): heading lines after a title set turned (or on another page), in
    # type smaller than the body's, are no subtitle of it (an address block's name after a turned title band)
    "imprints_by_parts": 1,  # switch (round 46): an unlabelled heading over an imprint's short lines, one of them
    # parts set apart by dots ("Open daily 10-5 · Free entry"), is a visitor panel though no running line names it
    "bold_dotted_edge_labels": 1,  # switch (round 46): a lone edge label with a dotted number ("Panel 2.7") under
    # every other line of its page is the sheet's number in bold type too (``_lone_edge_label``)
    "level_margin_notes": 1,  # a short line in type smaller than the body's, level by baseline with a body
    # line and set beside it outside every body line's measure (a date or note in a margin column
    # beside the paragraphs), is a margin note, not a heading or caption cutting the paragraph (0 off)
    "level_foot": 0.5,  # (level: feet at most this many of the body line's sizes apart)
    # round 40 (docs/structure.md)
    "tab_bands": 2,  # tabs down the page's edge, each a small box holding its band's label ("A", "B"), at
    # least this many: the page is read band by band, each band's columns in turn (0 off)
    "tab_box": 4.0,  # ... a tab at most this many body sizes wide and high
    "margin_numbers": 3,  # numbers alone (a unit at most) in type under the body's, outside every body
    # line's measure, no other small-type line level beside them, rising down the pages: at least this
    # many are a margin's paragraph numbers or a drawn scale, no text (0 off)
    # round 49 (structset61)
    "figure_heads_column": 1,  # where paragraphs open indented, a flush line under a figure heading the next
    # column goes on with the paragraph that closed the last one at a sentence's end (0 off)
    "question_kickers": 1,  # a kicker over a heading may be a question in capitals ("WHY BUILD IT?"; 0 off)
    "keys_over_captions": 1,  # a heading-type line that is only a picture's key ("(a)", ``zones.PICTURE_KEY``) in
    # type smaller than the body's, over caption-size lines of its column, keys the caption under it: no heading,
    # no text; so is a line in smaller capitals right over the first such key (the caption column's head; 0 off)
    "boxed_breaks": 1,  # a heading-type run inside one drawn box (a tint) set in its column between a body line
    # ending no sentence and one going on in lower case is a box quote parting the paragraph, no heading (0 off)
    # round 51 (structset65)
    "short_close": 0.25,  # a run's last line ending on an abbreviation's stop ("p.m.") this share of the run's
    # widest line short of it closes the run's sentence (a side-bar's prose, not a caption; 0 off)
    "strips_apart": 1,  # a strip of level cells under two text columns or more is read after the page's text (0 off)
    "edge_labels_kept": 1,  # a unit's label alone right over its heading at a page's top is no facing running head
    # round 54 (structset72)
    "down_past_picture": 1,  # two columns cut by a picture across both are read down each column past it when the
    # text's sentences run on so (the caption at the first join ending a sentence; 0 off)
    "captions_over_pictures": 1,  # ... or its caption (smaller type) closes the band above the picture; then, every join
    # going on read down the columns, they are read so (round 56, structset75; 0: off)
    "picture_caption_runs": 2,  # ... the band under the picture opening with at most this many runs in caption type
}


@dataclass(slots=True)
class Placed:
    """A line in reading order, with the column it stands in."""

    line: TextLine
    column: tuple[int, int]  # (page, column number on the page)
    left: float  # the column's left edge
    right: float  # the column's right edge
    kind: str = "body"  # body | heading | caption | credit | note (a margin note: closes the document) | table (set-apart small type)
    # | number (a margin's paragraph number or a scale's mark: no text)
    lead: bool = False  # opens with a run-in number read into it: an entry of its own
    margin: bool = False  # set in a margin beside the text column (notes, side captions)
    tab: str | None = None  # a label printed on a turned tab beside the section (its heading's label)
    numbered: int = 0  # a caption line opening with its picture's number read in: that number's words (left out of its text)


def rebuild_pdf(
    content: PdfContent, doc_id: str, source: str, prepare: Callable[[PdfContent], PdfContent] | None = None
) -> Document:
    """A structured Document from the geometry of a PDF (its spreads read as their pages;
    ``prepare`` clears the reading pages before their layout is read: key tables, frames)."""
    reading, sheets = spreads.reading_pages(content)
    doc = _rebuild(prepare(reading) if prepare else reading, doc_id, source)
    return spreads.on_sheets(doc, sheets) if sheets else doc


def _rebuild(content: PdfContent, doc_id: str, source: str) -> Document:
    running = running_lines(content)
    size = zones.body_size(content.pages)
    bodies: list[list[TextLine]] = []
    boxed: list[list[list[TextLine]]] = []
    turned: list[TextLine] = []
    tabs: list[TextLine] = []  # labels set turned on a tab beside their section
    read: list[tuple[PageGeometry, list[TextLine]]] = []
    edge_tabs = _edge_tabs(content, running)  # upright numbers on tabs at the page's outer edge
    jumps: list[TextLine] = []  # the jump lines, in the order of the pages, each page's from its top
    for page in content.pages:
        jumps.extend(sorted((line for line in page.lines if id(line) not in running and is_jump_line(line.text)),
                            key=lambda line: (line.top, line.x0)))
        # a newspaper's jump line ("Continued on page 2") is apparatus: the story reads on
        kept = [
            line for line in page.lines
            if id(line) not in running and line.text.strip() and not is_jump_line(line.text)
            and line.size >= LIMITS["legible_size"] * size  # a producer's imprint set too small to read
        ]
        inside = zones.picture_labels(page)  # a map's names, a facsimile's words: the picture's, not text
        inside |= zones.picture_keys(page)  # the keys "(a)", "(b)" printed in pictures for captions set elsewhere
        inside |= zones.drawing_legends(page, size)  # a drawing's legend under it ("A suction hose", "B pump …")
        kept = [line for line in kept if id(line) not in inside]
        tabs.extend(line for line in kept if line.rotated and alone_label(line.text))
        turned.extend(line for line in kept if line.rotated)
        kept = [line for line in kept if not line.rotated and id(line) not in edge_tabs]
        read.append((page, kept))
    called = zones.document_calls([kept for _page, kept in read], size)  # a note may fall on the page after its call
    level = called | zones.level_calls([kept for _page, kept in read], size)  # calls set in the text's own type
    pages = [(page, kept, zones.footnotes(kept, size, level) | zones.sidenotes(kept, size, called)) for page, kept in read]
    for n in range(1, len(pages)):  # a note going on at the next page's foot, no mark opening its lines there
        page, kept, notes = pages[n]
        before = [line for line in pages[n - 1][1] if id(line) in pages[n - 1][2]]
        pages[n] = (page, kept, notes | zones.carried_foot_notes(before, kept, size))
    noted = any(notes for _page, _kept, notes in pages)  # calls may fall on a page after their note's
    notes_set: list[list[TextLine]] = []  # the notes, each its lines, closing the document
    for page, kept, notes in pages:
        if noted:
            notes_set.extend(_page_notes([line for line in kept if id(line) in notes]))
            kept = [zones.without_note_calls(line) for line in kept if id(line) not in notes]
        page_zones = zones.boxed_zones(kept, page.regions, zones.picture_boxes(page))
        framed = {id(line) for zone in page_zones for line in zone}
        bodies.append(with_drop_caps([line for line in kept if id(line) not in framed]))
        boxed.append(page_zones)
    usual = _usual_gutter([_gutter(body) for body in bodies])
    placed: list[Placed] = []
    waiting: list[Placed] = []  # the side-bars of a page whose last sentence goes on over the page
    tail: list[Placed] = []  # a band under the columns, after a column's sentence going on over the page
    for page, body, page_zones in zip(content.pages, bodies, boxed, strict=True):
        top = min((line.top for line in body), default=page.height)
        bands = [n for n, zone in enumerate(page_zones) if max(line.bottom for line in zone) <= top]
        for n in bands:  # a boxed band over all the page's text (a title band) before it
            placed.extend(_zone_order(page_zones[n], n))
        body, strip = _strip_apart(body, size) if LIMITS["strips_apart"] else (body, [])
        order = _run_in_rests_after_heads(_tab_bands_order(body, page, usual, size))
        order.extend(p for n, cell in enumerate(strip) for p in _zone_order(cell, STRIP_COLUMN + n))
        if tail:  # after the lines that end the sentence the page before left open (or as read)
            cut = _sentence_carried_over(order)
            order[cut:cut] = tail
        order, tail = _open_column_tail(order)
        after = [p for n, zone in enumerate(page_zones) if n not in bands for p in _zone_order(zone, n)]
        carried = _carried_from_zones(order, after) if LIMITS["zones_carried_on"] else None
        if carried is not None:  # the framed columns a sentence of the body runs on from, read before it
            order, after = [*order[:carried], *after, *order[carried:]], []
        cut = _sentence_carried_over(order) if waiting else 0
        if cut:  # after the lines that end the sentence the page before left open
            placed.extend([*order[:cut], *waiting, *order[cut:]])
            waiting = []
        else:
            placed.extend(order)
            if waiting and not _runs_on(placed):  # after the first page whose text comes to an end
                placed.extend(waiting)
                waiting = []
        if after and _runs_on(placed):
            waiting.extend(after)  # read after the sentence's end, not inside it
        else:  # a boxed side-bar after the page's text
            placed.extend(after)
    placed.extend([*tail, *waiting])
    placed = _back_panels_last(placed, content)
    if LIMITS["title_first"]:
        placed = _title_block_first(placed)
    classify(placed, content)
    _credit_heads_under_captions(placed)
    if LIMITS["jumps_rejoined"]:
        placed = _jumps_rejoined(placed, jumps)
    if LIMITS["caption_keys"]:
        placed = _caption_keys(placed, content, size)
    keys: dict[int, str] = {}  # id of a keyed caption's first placed line: its key
    if LIMITS["letter_keys"]:
        placed, keys = _letter_keys(placed, size)
    if LIMITS["level_margin_notes"]:
        _level_margin_notes(placed, size)
    if LIMITS["margin_numbers"]:
        _margin_numbers(placed, size)
    notes_set.extend(_margin_runs(placed))
    placed = [p for p in placed if p.kind not in ("note", "quote", "number")]
    if LIMITS["typed_frames"]:
        placed = _typed_frames(placed)
    placed = _typed_rules(placed)
    _tabs_to_headings(placed, tabs)
    _edge_tabs_to_headings(placed, [line for page in content.pages for line in page.lines if id(line) in edge_tabs])
    turned = _turned_headings(placed, [ln for ln in turned if ln not in tabs], size)
    placed = _with_turned_credits(placed, turned, content)
    _keep_stray_turned(placed, turned, content, size)
    notes_set.sort(key=lambda note: (note[0].page, note[0].top, note[0].x0))
    source_text, lines, boxes = _source_lines(content, placed, running, [ln for note in notes_set for ln in note])
    lines, note_lines = lines[: len(placed)], iter(lines[len(placed) :])
    sizes = {id(line): p.line.size for p, line in zip(placed, lines, strict=True)}
    if any(p.kind == "heading" for p in placed):
        entries = entries_from(placed, lines, content)
        if LIMITS["nameplate"] and LIMITS["nameplate_reread"]:
            placed, lines, entries = _without_nameplate_lines(placed, lines, content, entries, sizes,
                                                              _running_texts(content, running))
    else:  # one type throughout: the text's own cues must find the structure
        entries = lay_out(_as_lineset(placed, lines, source_text))
    entries = leader_tables(timeline_tables(without_imprints(with_footnote_credits(entries), _running_texts(content, running))))
    if keys:
        entries = _keyed_captions_cited(entries, {id(line): keys[id(p)] for p, line in zip(
            placed, lines, strict=True) if id(p) in keys})
    sizes = {id(line): p.line.size for p, line in zip(placed, lines, strict=True)}
    if LIMITS["nameplate"]:
        entries = without_nameplate(entries, sizes, _running_texts(content, running))
    entries = _list_terms_as_rows(entries, sizes, size)
    entries = _table_titles(entries)
    if LIMITS["paragraphs_over_boxes"]:
        entries = _paragraphs_over_boxes(entries, sizes, size)
    if LIMITS["continued_heads"]:
        entries = without_continued_heads(entries)
    if LIMITS["inline_note_calls"]:
        _calls_of_notes(entries, notes_set)
    entries = translations_apart(entries)  # a bilingual panel's second language, beside the body
    if LIMITS["translated_captions"]:
        entries = _translated_captions(entries)  # a caption's translation holding the credit under both
    entries = salutations_apart(entries)  # a letter's date line and salutation set without space
    entries = listed_contents_apart(repeated_titles_apart(contents_apart(entries)))  # a contents list; a back panel's title (round 54)
    builder = DocumentBuilder(doc_id, source, "pdf", source_text=source_text)
    judge = HyphenJudge(source_text)
    emit(builder, entries, judge)
    emit_notes(builder, [[next(note_lines) for _ in note] for note in notes_set], judge)
    title = None if builder_has_heading(entries) else content.title
    if content.title and parties(content.title):
        # the file names the document a letter from one party to another: its first heading
        # is the letter's address line ("To the Secretary of …"), not its title
        title = content.title
    doc = builder.build(title=title)
    opening = _opening_title(doc, content)
    if opening:
        doc = doc.evolve(title=opening)
    doc = doc.evolve(source_map=doc.source_map.with_boxes(*boxes).lines_by_page(_first_lines(source_text, boxes[1])))
    return doc.evolve(figures=figures(doc, content))


def _frame(line: TextLine, boxes: list[Box]) -> int:
    """The index of the smallest drawn box of the line's page framing it, or -1."""
    slack = ZONE_LIMITS["region_slack"]
    framing = [(r[2] - r[0]) * (r[3] - r[1]) for r in boxes]
    inside = [n for n, r in enumerate(boxes) if r[0] - slack <= line.x0 and line.x1 <= r[2] + slack
              and r[1] - slack <= line.top and line.bottom <= r[3] + slack]
    return min(inside, key=lambda n: framing[n], default=-1)


_REFERENCE_MARKS = "*\u2020\u2021"  # a note's reference mark (asterisk, dagger, double dagger)


def _calls_of_notes(entries: list[Entry], notes: list[list[TextLine]]) -> None:
    """Each paragraph takes the numbers of the notes set on its pages (``Fragment.calls``):
    such a number glued to a word or its stop in the paragraph, printed in the text's own
    type ("midwives.1 Together"), is the note's call, left out of the text as a raised one
    is (``assemble.without_note_calls``; the plain-text reader does the same)."""
    numbers: dict[int, set[str]] = {}
    for note in notes:
        mark = zones.NOTE_MARK.match(note[0].text)
        token = mark.group(0).strip().rstrip(".)") if mark is not None else ""
        if token.isdigit() or (MARKS_ON_FIGURES and token and all(ch in _REFERENCE_MARKS for ch in token)):
            numbers.setdefault(note[0].page, set()).add(token)  # (a reference mark's call, round 57)
    if not numbers:
        return
    for entry in entries:
        if isinstance(entry, Fragment) and entry.kind == "paragraph":
            pages = {line.page for line in entry.lines}
            entry.calls = frozenset(n for page in pages if page is not None for n in numbers.get(page, ()))


def _carried_from_zones(order: list[Placed], after: list[Placed]) -> int | None:
    """Where in the page's body order a sentence goes on from its framed columns (chained
    text frames read as boxed zones, after the body): the first body line in the type of the
    zones' text (within ``zones_carried_on`` of its size) that opens the order or follows a line
    ending a sentence or set in other type, when the zones' last line in that type stops where no sentence can
    (on a comma or a function word) and the body line goes on with it (it opens in lower case,
    or on a capital after a preposition: "… the paintings of" / "Lascaux, and …"). The zones
    are read right before it (None: none such)."""
    share = LIMITS["zones_carried_on"]
    for k in range(len(order)):
        line, before = order[k].line, order[k - 1].line if k else None
        same = [p.line for p in after if abs(p.line.size - line.size) <= share * line.size]
        if not same or before is not None and abs(before.size - line.size) <= share * line.size and not ends_sentence(
                before.text):
            continue
        words = same[-1].text.split()
        last = words[-1] if words else ""
        open_end = last.endswith(",") or (last.islower() and last in FUNCTION_WORDS)
        goes_on = starts_lowercase(line.text.strip()) or (last.islower() and last in FUNCTION_WORDS)
        return k if open_end and goes_on else None
    return None


def _jumps_rejoined(placed: list[Placed], jumps: list[TextLine]) -> list[Placed]:
    """The lines in reading order with each text carried over by jump lines read in one piece,
    as ``plainlayout.jumps_rejoined`` does for raw text: the body line right over a jump line
    sending the text on ("Continued on page 4"), in its column and ending no sentence, takes
    the body lines right under the matching jump line it comes back by ("Continued from page
    1"), on that page, from the first (opening in lower case: the broken sentence goes on)
    through the first that ends a sentence. Jump lines pair in order of reading, the n-th
    going on with the n-th coming back, and only when there are as many of each; a part
    already read right after where it broke off is left where it is."""
    pairs = jump_pairs(jumps)
    if not pairs:
        return placed
    out = list(placed)
    for going, coming in pairs:
        before = _body_line_by(out, going, over=True)
        start = _body_line_by(out, coming, over=False)
        if before is None or start is None or start == before + 1 or ends_sentence(out[before].line.text):
            continue
        if not starts_lowercase(out[start].line.text.strip()):
            continue
        end = next((k for k in range(start, len(out)) if ends_sentence(out[k].line.text)), None)
        if end is None or start <= before <= end:
            continue
        run = out[start : end + 1]
        if any(p.kind != "body" or p.line.page != coming.page for p in run):
            continue
        keep = out[before]
        rest = out[:start] + out[end + 1 :]
        cut = rest.index(keep) + 1
        out = rest[:cut] + run + rest[cut:]
    return out


def _body_line_by(placed: list[Placed], jump: TextLine, over: bool) -> int | None:
    """The index of the body line nearest over (or under) ``jump`` on its page, in a column
    sharing some of its width (the column's text the jump line closes or opens), or None."""
    best: tuple[float, int] | None = None
    for k, p in enumerate(placed):
        line = p.line
        if p.kind != "body" or line.page != jump.page or max(p.right, line.x1) <= jump.x0 or jump.x1 <= min(p.left, line.x0):
            continue
        gap = jump.top - line.bottom if over else line.top - jump.bottom
        if gap >= -0.5 * line.size and (best is None or gap < best[0]):
            best = (gap, k)
    return best[1] if best else None


def _run_in_rests_after_heads(order: list[Placed]) -> list[Placed]:
    """A line in regular type that goes on a bold line (or one in small capitals) on its
    baseline, at most ``run_in_gap`` of its size after it (the text after a run-in head,
    parted from it by the type change), read right after that line, whatever order the
    page gave them."""
    heads = [p for p in order if p.line.bold or p.line.small_caps]
    for rest in [p for p in order if not (p.line.bold or p.line.small_caps)]:
        size = rest.line.size
        head = next((h for h in heads if h.line.page == rest.line.page and h.column == rest.column
                     and abs(h.line.bottom - rest.line.bottom) <= LIMITS["run_in_foot"] * size
                     and 0 <= rest.line.x0 - h.line.x1 <= LIMITS["run_in_gap"] * size), None)
        if head is None or order.index(rest) == order.index(head) + 1:
            continue
        order.remove(rest)
        order.insert(order.index(head) + 1, rest)
    return order


def _sentence_carried_over(order: list[Placed]) -> int:
    """How many of a page's first lines end the sentence the page before left open: the
    lines of its first column up to the first that ends a sentence, when the first opens in
    lower case (a sentence going on); 0 otherwise. The previous page's side-bars are read
    after them."""
    if not order or not starts_lowercase(order[0].line.text.strip()):
        return 0
    for n, p in enumerate(order[: int(LIMITS["carried_lines"])]):
        if p.column != order[0].column or p.kind != "body":
            return 0
        if ends_sentence(p.line.text.strip()) and not (LIMITS["carried_paragraphs"] and _paragraph_goes_on(order, n)):
            return n + 1
    return 0


def _paragraph_goes_on(order: list[Placed], n: int) -> bool:
    """The line ``order[n]``, ending a sentence, runs to its column's right edge (within half its
    type size) and the next line of its column is body text opening at the same left edge, no
    indent: the paragraph goes on after that sentence, and what the page before held back (its
    side-bars) is read after the paragraph's end, not inside it (``carried_paragraphs``)."""
    if n + 1 >= len(order):
        return False
    line, nxt = order[n], order[n + 1]
    half = line.line.size / 2
    return (nxt.column == line.column and nxt.kind == "body" and line.line.x1 >= line.right - half
            and abs(nxt.line.x0 - line.line.x0) <= half)


def _open_column_tail(order: list[Placed]) -> tuple[list[Placed], list[Placed]]:
    """A page's reading order parted before a band set under its columns (a box not drawn
    as one, read after the last column) when the last column's foot leaves a sentence open
    and the band, at most ``open_tail_lines`` lines, ends one: the band is read after that
    sentence's end on the next page. (order, band); the band empty when none stands so."""
    limit = int(LIMITS["open_tail_lines"])
    if not limit or len(order) < 2 or not ends_sentence(order[-1].line.text.strip()):
        return order, []
    k = next((n for n in range(len(order) - 1, 0, -1) if order[n - 1].column != order[n].column), 0)
    foot, band = order[k - 1] if k else None, order[k:]
    if foot is None or len(band) > limit or ends_sentence(foot.line.text.strip()):
        return order, []
    under = all(p.line.top > foot.line.bottom for p in band)
    if not under or starts_lowercase(band[0].line.text.strip()) or any(p.column == foot.column for p in band):
        return order, []
    return order[:k], band


def _runs_on(placed: list[Placed]) -> bool:
    """The text read so far breaks off inside a sentence (its last line ends none): it
    runs on over the page, so a side-bar of that page is read after its end."""
    return bool(placed) and not ends_sentence(placed[-1].line.text.rstrip())


def _page_notes(lines: list[TextLine]) -> list[list[TextLine]]:
    """A page's footnote and sidenote lines as notes: each from its number (or mark) to
    the next note's, in the order they are read down the page."""
    notes: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if zones.notes_title(line.text):
            continue  # their own title ("Notes"), set over them or beside them: the notes section has it
        if zones.raised_mark(line) or zones.glued_mark(line):
            notes.append([zones.without_raised_mark(line)])
        elif not notes or zones.NOTE_MARK.match(line.text):
            notes.append([line])
        else:
            notes[-1].append(line)
    return notes


def _margin_runs(placed: list[Placed]) -> list[list[TextLine]]:
    """The margin notes (lines read as kind "note"), each run of them read in a row one note."""
    runs: list[list[TextLine]] = []
    last = -2
    for k, p in enumerate(placed):
        if p.kind != "note":
            continue
        if k == last + 1 and runs and runs[-1][-1].page == p.line.page:
            runs[-1].append(p.line)
        else:
            runs.append([p.line])
        last = k
    return runs


def _typed_rules(placed: list[Placed]) -> list[Placed]:
    """Lines without typed rules ("=====", "~~~~": no text, their room parts the text): a
    short line a rule stands right under, ending no sentence, is a heading, as a typist
    marks one ("Tide Mills" / "~~~~~~~~~~"), and so is a panel label alone right over it."""
    kept: list[Placed] = []
    for p in placed:
        if not rule_line(p.line.text):
            kept.append(p)
            continue
        over = kept[-1] if kept else None
        if over is None or over.column != p.column or p.line.top - over.line.bottom > LIMITS[
                "pitch_slack"] * over.line.size:
            continue
        if not underlinable_title(over.line.text.strip()):
            continue
        over.kind = "heading"
        label = kept[-2] if len(kept) > 1 else None
        if label is not None and label.column == p.column and LABEL_ALONE.match(label.line.text.strip()):
            label.kind = "heading"
        elif label is not None and LIMITS["underlined_decks"] and _title_part_over(label, over):
            label.kind = "heading"  # a title's first part, closing on its colon, over the underlined line
    return kept


def _typed_frames(placed: list[Placed]) -> list[Placed]:
    """Boxes a typist drew in one character (a rule of "*" over and under, every line
    between opening and closing with it: "* Text *"): the lines read without their sides,
    blank rows left out, the box a block of its own; its first line, short and title-like
    (a question's mark aside) over a blank row, is its heading (a side-bar's title)."""
    out: list[Placed] = []
    k = 0
    while k < len(placed):
        end = _frame_end(placed, k)
        if end is None:
            out.append(placed[k])
            k += 1
            continue
        mark = placed[k].line.text.strip()[0]
        inner = [_without_sides(p, mark) for p in placed[k + 1 : end]]
        rows = [p for p in inner if p is not None]
        if rows:
            rows[0].lead = True
            title = rows[0].line.text.strip()
            blank_after = len(inner) > 1 and inner[0] is not None and inner[1] is None
            if blank_after and len(title.split()) <= LIMITS["frame_title_words"] and is_title_like(title.rstrip("?!")):
                rows[0].kind = "heading"
                if len(rows) > 1:
                    rows[1].lead = True
        out.extend(rows)
        k = end + 1
    return out


def _frame_end(placed: list[Placed], k: int) -> int | None:
    """The index of the rule closing a typed frame opening at ``k`` (a rule of one
    character), every line between in its column opening and closing with that character;
    None when no frame opens there."""
    text = placed[k].line.text.strip()
    if not rule_line(text) or text[0].isalnum():
        return None
    mark = text[0]
    for n in range(k + 1, len(placed)):
        line = placed[n].line.text.strip()
        if placed[n].column != placed[k].column:
            return None
        if line == text or rule_line(line) and line[0] == mark and len(line) == len(text):
            return n if n > k + 1 else None
        if len(line) < 2 or line[0] != mark or line[-1] != mark:
            return None
    return None


def _without_sides(p: Placed, mark: str) -> Placed | None:
    """A framed line without its side marks and the spaces inside them (None for a blank row)."""
    text = p.line.text
    start = text.index(mark) + 1
    end = text.rindex(mark)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    line = p.line
    part = replace(line, text=text[start:end], boxes=line.boxes[4 * start : 4 * end], x0=0.0, x1=0.0, top=0.0, bottom=0.0)
    part.__post_init__()
    return Placed(part, p.column, p.left, p.right, p.kind)


def _title_part_over(label: Placed, over: Placed) -> bool:
    """``label`` is a title's first part right over the underlined line ``over`` in its
    column: a title-like line closing on a colon ("Ships of the Line:" / "The Fleet, 1805")."""
    text = label.line.text.strip()
    return (label.column == over.column and text.endswith(":") and underlinable_title(text[:-1])
            and 0 < over.line.top - label.line.bottom <= LIMITS["pitch_slack"] * over.line.size)


STRIP_COLUMN = 9000  # the columns of a strip of cells set apart under the text (``_strip_apart``)


def _strip_apart(body: list[TextLine], size: float) -> tuple[list[TextLine], list[list[TextLine]]]:
    """(the page's other lines, the cells of a strip set under its text, left to right), with
    ``strips_apart`` on: a row of at least ``cell_strips`` short lines (``strip_cell_words``, ending no
    sentence) level with one another and side by side, each with the lines right under it in its own
    slot (two to ``strip_cell_lines`` in all, ``strip_cell_gap`` body sizes apart), spanning two
    text columns or more (two left edges each starting ``column_min_lines`` lines above it) but not the
    page's whole width (a text column stands beside it), with no other line under its top across its width; a short line right over its first cell (its title,
    "TIMELINE") goes with it. A timeline strip under a panel's columns: read after the page's text,
    not inside its columns (``_cell_strips`` makes its lines table blocks)."""
    short = [ln for ln in body if 0 < len(ln.text.split()) <= LIMITS["strip_cell_words"] and not ends_sentence(ln.text)]
    for head in sorted(short, key=lambda ln: ln.top):
        row = sorted((ln for ln in short if abs(ln.top - head.top) <= 0.5 * size), key=lambda ln: ln.x0)
        if len(row) < LIMITS["cell_strips"] or any(a.x1 >= b.x0 for a, b in itertools.pairwise(row)):
            continue
        cells = _strip_cells(row, body, size)
        if cells is not None:
            kept = {id(ln) for cell in cells for ln in cell}
            return [ln for ln in body if id(ln) not in kept], cells
    return body, []


def _strip_cells(row: list[TextLine], body: list[TextLine], size: float) -> list[list[TextLine]] | None:
    """The cells of the strip whose level row is ``row`` (see ``_strip_apart``), or None."""
    x0, x1, top = row[0].x0, max(ln.x1 for ln in row), min(ln.top for ln in row)
    slots = [(ln.x0, row[k + 1].x0 if k + 1 < len(row) else float("inf")) for k, ln in enumerate(row)]
    cells: list[list[TextLine]] = [[ln] for ln in row]
    for ln in sorted(body, key=lambda ln: ln.top):
        if ln in row or ln.top <= top or ln.x1 < x0 or ln.x0 > x1:
            continue
        k = next((k for k, (a, b) in enumerate(slots) if a - size <= ln.x0 < b and ln.x1 <= b + size), None)
        if k is None or len(ln.text.split()) > LIMITS["strip_cell_words"] or ends_sentence(ln.text):
            return None  # a line under the row across its width that is no cell's: no strip
        if ln.top - cells[k][-1].bottom > LIMITS["strip_cell_gap"] * size or len(cells[k]) >= LIMITS["strip_cell_lines"]:
            return None
        cells[k].append(ln)
    if any(len(cell) < 2 for cell in cells):
        return None  # (numbers alone in a row: a map's markers, no strip of notes)
    if not any(ln.x0 > x1 or ln.x1 < x0 for ln in body if ln.bottom <= top):
        return None  # (a strip across the page's whole width closes the page already in the columns' order)
    above = [ln for ln in body if ln.bottom <= top and x0 - size <= ln.x0 <= x1]
    edges = Counter(round(ln.x0 / size) for ln in above)
    if sum(1 for count in edges.values() if count >= LIMITS["column_min_lines"]) < 2:
        return None
    title = [ln for ln in above if abs(ln.x0 - x0) <= size and 0 <= top - ln.bottom <= LIMITS["strip_cell_gap"] * size
             and len(ln.text.split()) <= LIMITS["strip_cell_words"] and not ends_sentence(ln.text)]
    if title:
        cells[0].insert(0, max(title, key=lambda ln: ln.bottom))
    return cells


def _zone_order(zone: list[TextLine], n: int) -> list[Placed]:
    """A boxed zone's lines in reading order, in a column of their own."""
    placed = reading_order(zone)
    for p in placed:
        p.column = (p.column[0], ZONE_COLUMN + n)
    return placed


def _turned_headings(placed: list[Placed], turned: list[TextLine], size: float) -> list[TextLine]:
    """Turned lines in heading type (a title band up the page's edge; a credit up a
    picture's side is set small) read as headings before their page's text, in the order
    their lines are read across (left to right when they read upwards). The other turned
    lines are returned."""
    decks = _turned_decks(turned, size) if LIMITS["turned_decks"] else []
    beside = {id(line) for line in _turned_block_headings(placed, [ln for ln in turned if ln not in decks], size)}
    turned = [line for line in turned if id(line) not in beside]
    display = [line for line in turned if line.size >= LIMITS["heading_size"] * size or line in decks]
    for page in sorted({line.page for line in display}):
        band = sorted((line for line in display if line.page == page), key=_across)
        at = next((k for k, p in enumerate(placed) if p.line.page >= page), len(placed))
        placed[at:at] = [Placed(line, (page, TURNED_COLUMN), line.x0, line.x1, "heading") for line in band]
    return [line for line in turned if line not in display]


def _turned_decks(turned: list[TextLine], size: float) -> list[TextLine]:
    """A turned title and its deck: turned lines in type larger than the body's set right beside a
    turned line in display type (``heading_size``) larger than theirs, reading the same way from the
    same end (a title's second line up its band: "Up the Hill" / "A Walk in 1850" in italics), with
    that display line (``turned_decks``): read as the title's lines before the page's text, not as a
    block's heading or a block of text after the page's. [] when no line stands so."""
    found: list[TextLine] = []
    for line in turned:
        if line.size <= size:
            continue
        for head in turned:
            if (head is line or head.page != line.page or head.size <= line.size
                    or head.size < LIMITS["heading_size"] * size or _reads_upwards(head) != _reads_upwards(line)):
                continue
            gap = max(line.x0 - head.x1, head.x0 - line.x1)
            start = (head.bottom, line.bottom) if _reads_upwards(head) else (head.top, line.top)
            if 0 <= gap <= head.size and abs(start[0] - start[1]) <= line.size:
                found.extend(ln for ln in (head, line) if ln not in found)
                break
    return found


def _turned_block_headings(placed: list[Placed], turned: list[TextLine], size: float) -> list[TextLine]:
    """Turned lines in heading type (bold where the body is not, or larger) set in a band
    beside a block of upright text (the rows of the block level with them, a little to
    their right): each read as that block's heading, before its first line; a label
    hanging at the start of that line, out in the band ("A" before the block's edge), is
    the heading's label. The lines so read are returned."""
    if not LIMITS["turned_block_heads"]:
        return []
    _size, body_bold, _italic = body_style(placed)
    taken: list[TextLine] = []
    for line in sorted(turned, key=lambda ln: (ln.page, ln.top)):
        heading_type = (line.bold and not body_bold) or line.size >= LIMITS["heading_size"] * size
        if not heading_type or len(line.text.split()) > LIMITS["heading_max_words"] or ends_sentence(line.text):
            continue
        start = _block_beside(placed, line, size)
        if start is None:
            continue
        head = Placed(line, (line.page, TURNED_COLUMN), line.x0, line.x1, "heading")
        hanging = _hanging_label(placed, start)
        if hanging is not None:
            head.tab, placed[start].line = hanging
        placed.insert(start, head)
        taken.append(line)
    return taken


def _block_beside(placed: list[Placed], turned: TextLine, size: float) -> int | None:
    """Where the block of upright body text beside a turned line begins in ``placed``: the
    first line of the run of lines (one column, no wider gap than ``turned_block_gap``
    body sizes between them) holding the nearest line level with it, at most
    ``turned_head_reach`` body sizes to its right; None when no line stands so."""
    reach = LIMITS["turned_head_reach"] * size
    level = [n for n, p in enumerate(placed)
             if p.line.page == turned.page and p.kind == "body" and not p.line.rotated
             and _overlaps(p.line.top, p.line.bottom, turned.top, turned.bottom)
             and 0 <= p.line.x0 - turned.x1 <= reach]
    if not level:
        return None
    n = level[0]
    while n > 0:
        prev, line = placed[n - 1], placed[n]
        gap = line.line.top - prev.line.bottom
        if prev.column != line.column or prev.kind != "body" or gap > LIMITS["turned_block_gap"] * size or gap < -size:
            break
        n -= 1
    if LIMITS["turned_over_smaller_heads"]:
        n = _over_smaller_heads(placed, n, turned)
    return n


def _over_smaller_heads(placed: list[Placed], n: int, turned: TextLine) -> int:
    """Where a turned heading's block begins once the upright heading lines read right before the
    block's first line ``placed[n]`` (same column and page, over it) are taken in, when each is in
    smaller type than the turned line: a heading of lower rank (a deck under a title set up the edge)
    comes after the turned one, not before it."""
    while n > 0:
        prev, line = placed[n - 1], placed[n]
        if (prev.kind != "heading" or prev.column != line.column or prev.line.page != line.line.page
                or prev.line.rotated or prev.line.size >= turned.size or prev.line.top >= line.line.top):
            break
        n -= 1
    return n


def _overlaps(top: float, bottom: float, other_top: float, other_bottom: float) -> bool:
    return top < other_bottom and other_top < bottom


def _hanging_label(placed: list[Placed], start: int) -> tuple[str, TextLine] | None:
    """A label (a letter, numeral or roman numeral) opening a block's first line and
    hanging out before the block's edge (the next line's start), the text after it at
    that edge: (the label, the line without it)."""
    line = placed[start].line
    token = line.text.split(" ", 1)[0]
    if start + 1 >= len(placed) or not _LABEL_TOKEN.match(token) or len(line.text) <= len(token) + 1:
        return None
    edge = placed[start + 1].line.x0
    rest = len(token)
    while rest < len(line.text) and line.text[rest] == " ":
        rest += 1
    slack = LIMITS["wrap_slack"]
    if 4 * rest >= len(line.boxes) or not (line.box(len(token) - 1)[2] <= edge and abs(line.box(rest)[0] - edge) <= slack):
        return None
    boxes = array("d", line.boxes[4 * rest:])
    trimmed = replace(line, text=line.text[rest:], boxes=boxes, x0=min(boxes[0::4]), top=min(boxes[1::4]),
                      x1=max(boxes[2::4]), bottom=max(boxes[3::4]))
    return token, trimmed


def _reads_upwards(line: TextLine) -> bool:
    """A turned line whose glyphs climb the page (its first glyph lower than its last)."""
    return line.box(0)[3] > line.box(len(line.boxes) // 4 - 1)[3]


def _across(line: TextLine) -> float:
    """Where a turned line stands in the order its block is read across: lines reading
    upwards follow each other rightwards, lines reading downwards leftwards."""
    return line.x0 if _reads_upwards(line) else -line.x1


def _with_turned_credits(placed: list[Placed], turned: list[TextLine], content: PdfContent) -> list[Placed]:
    """Each turned line beside a captioned picture set after that caption as its credit
    (a caption that has a credit line already takes none); turned lines beside a picture
    no caption stands near are its caption (and credit); the others left out."""
    pages = {page.number: page for page in content.pages}
    uncaptioned: dict[Box, list[TextLine]] = {}
    for line in turned:
        picture = zones.turned_near(line, zones.picture_boxes(pages[line.page]))
        if picture is None:
            continue
        if not any(p.kind == "caption" and p.line.page == line.page and _box_distance(
                (p.line.x0, p.line.top, p.line.x1, p.line.bottom), picture) <= LIMITS["caption_reach"] * p.line.size
                for p in placed):
            # (a picture drawn twice, a fill and its frame: one picture)
            same = next((box for box in uncaptioned if LIMITS["upright_turned_captions"]
                         and uncaptioned[box][0].page == line.page and _same_box(box, picture)), picture)
            uncaptioned.setdefault(same, []).append(line)
            continue
        near = [
            (k, _box_distance((p.line.x0, p.line.top, p.line.x1, p.line.bottom), picture))
            for k, p in enumerate(placed)
            if p.kind == "caption" and p.line.page == line.page
        ]
        near = [(k, d) for k, d in near if d <= LIMITS["caption_reach"] * placed[k].line.size]
        if not near:
            continue
        k = min(near, key=lambda kd: kd[1])[0]
        while k + 1 < len(placed) and placed[k + 1].kind == "caption" and placed[k + 1].column == placed[k].column and (
                not LIMITS["turned_credit_own_run"] or _close_below(placed[k].line, placed[k + 1].line)):
            k += 1  # (to the caption's last line: the next caption in its column, further down, is another's)
        if any(is_credit(p.line.text.split(), closes_caption=True) for p in placed[max(0, k - 1): k + 1]):
            continue
        host = placed[k]
        placed.insert(k + 1, Placed(line, host.column, host.left, host.right, "caption"))
    beside_none = [line for line in turned if zones.turned_near(line, zones.picture_boxes(pages[line.page])) is None]
    for picture, lines in uncaptioned.items():
        if LIMITS["upright_turned_captions"]:
            lines.extend(_strip_lines(lines, [ln for ln in beside_none if ln not in lines]))
        _turned_caption(placed, picture, lines)
    return placed


def _strip_lines(strip: list[TextLine], others: list[TextLine]) -> list[TextLine]:
    """Turned lines running on a strip of turned lines beside a picture, further from the
    picture than its reach: each within ``turned_reach`` of the strip's lines (their type
    height) read the same way on its page (a credit's lines set after the caption's), at
    most ``strip_lines`` of them."""
    found: list[TextLine] = []
    grown = True
    while grown and len(found) < LIMITS["strip_lines"]:
        grown = False
        for line in others:
            if line in found:
                continue
            beside = [(ln.x0, ln.top, ln.x1, ln.bottom) for ln in [*strip, *found]
                      if ln.page == line.page and _reads_upwards(ln) == _reads_upwards(line)]
            if zones.turned_near(line, beside) is not None:
                found.append(line)
                grown = True
    return found


def _keep_stray_turned(placed: list[Placed], turned: list[TextLine], content: PdfContent, size: float) -> None:
    """Turned lines in text type beside no picture (a note up the margin, a side panel
    set on its edge) are not dropped: they are read as a block of their own after their
    page's text, in the order their lines are read across."""
    pages = {page.number: page for page in content.pages}
    near = [line for line in turned if zones.turned_near(line, zones.picture_boxes(pages[line.page])) is not None]
    if LIMITS["upright_turned_captions"] and near:  # (a strip's lines run on from those: its caption's)
        near += _strip_lines(near, [line for line in turned if line not in near])
    stray = [line for line in turned if line.size >= LIMITS["turned_text_size"] * size and line not in near]
    panels = _turned_panel_lines([line for line in turned if line not in near and line not in stray]) if (
        LIMITS["turned_panels"]) else []
    stray += panels
    if LIMITS["turned_imprints"]:  # a strip's imprint on its page's edge ("Room 6 · Handout 2"): no text
        stray = [line for line in stray if line in panels or not imprint(line.text)]
    for page in sorted({line.page for line in stray}):
        block = sorted((line for line in stray if line.page == page), key=_across)
        at = next((k for k, p in enumerate(placed) if p.line.page > page), len(placed))
        panel = LIMITS["turned_panels"] and any(line in panels for line in block)
        if panel:  # a panel read as its reader reads it with the page turned: its lines upright, one under another
            x0, top = min(line.x0 for line in block), min(line.top for line in block)
            block = _upright_under(block, (x0, top, x0, top))
        kept = [Placed(line, (page, TURNED_COLUMN + 1), line.x0, line.x1) for line in block]
        if panel:
            left, right = min(line.x0 for line in block), max(line.x1 for line in block)
            for item in kept:
                item.left, item.right = left, right
        kept[0].lead = True  # a block of its own, not the end of the page's last paragraph
        if panel and _turned_panel_head(block):
            kept[0].kind = "heading"  # the panel's own heading
        placed[at:at] = kept


def _turned_panel_lines(lines: list[TextLine]) -> list[TextLine]:
    """The turned lines in type smaller than the text's, beside no picture, that make a side panel
    set on its edge (``turned_panels``): on their page, read across, they run to a sentence's end
    over ``turned_panel_words`` words or more (prose, not a credit or an imprint up the margin)."""
    found: list[TextLine] = []
    for page in sorted({line.page for line in lines}):
        block = sorted((line for line in lines if line.page == page), key=_across)
        text = " ".join(line.text for line in block)
        if len(block) >= 2 and len(text.split()) >= LIMITS["turned_panel_words"] and ends_sentence(block[-1].text.strip()):
            found.extend(block)
    return found


def _turned_panel_head(block: list[TextLine]) -> bool:
    """The first of a turned block's lines is its heading: bold where the lines after it are not
    (or larger than them), short, ending no sentence, over a line that does not go on with it."""
    first, rest = block[0], block[1:]
    if not rest or len(first.text.split()) > LIMITS["heading_max_words"] or ends_sentence(first.text.strip()) and not (
            first.text.strip().endswith("?")):
        return False
    lighter = all(not line.bold for line in rest) and first.bold
    larger = all(first.size >= LIMITS["heading_size"] * line.size for line in rest)
    return lighter or larger


def _turned_caption(placed: list[Placed], picture: Box, lines: list[TextLine]) -> None:
    """Turned lines up the sides of a picture with no other caption: its caption (credit
    lines after the rest), read after the sentence of the text nearest the picture."""
    page = lines[0].page
    body = [(k, _box_distance((p.line.x0, p.line.top, p.line.x1, p.line.bottom), picture))
            for k, p in enumerate(placed) if p.kind == "body" and p.line.page == page]
    if not lines[1:] and is_credit(lines[0].text.split(), closes_caption=True) or not body:
        return  # a credit alone up a picture's side: no caption to credit
    k = min(body, key=lambda kd: kd[1])[0]
    while (k + 1 < len(placed) and placed[k + 1].kind == "body" and placed[k + 1].column == placed[k].column
           and not ends_sentence(placed[k].line.text)):
        k += 1
    host = placed[k]
    if LIMITS["upright_turned_captions"]:
        ordered = _upright_under(sorted(lines, key=_across), picture)
    else:
        ordered = sorted(lines, key=lambda ln: is_credit(ln.text.split(), closes_caption=True))
    placed[k + 1 : k + 1] = [Placed(ln, host.column, host.left, host.right, "caption") for ln in ordered]


def _same_box(a: Box, b: Box) -> bool:
    """Two drawn boxes covering each other within ``box_slack`` points on every side."""
    return all(abs(p - q) <= LIMITS["box_slack"] for p, q in zip(a, b, strict=True))


def _upright_under(lines: list[TextLine], picture: Box) -> list[TextLine]:
    """A turned caption's lines (in the order they are read across) turned upright, as the
    reader sees them with the page turned, and set under the picture they run beside, at
    its left edge, one under the other (lines set on both sides of the picture, a caption
    on one and its credit on the other, close up): a strip's lines read as a caption's, its
    credit's lead and wrapped lines after the rest ("Photo: Harbour" / "Archive, HA 3")."""
    upwards = _reads_upwards(lines[0])
    start = max(ln.bottom for ln in lines) if upwards else min(ln.top for ln in lines)
    below = picture[3] + LIMITS["caption_gap"] * lines[0].size / 2
    out: list[TextLine] = []
    edge = 0.0  # where the line before ended, across
    for line in lines:
        across = line.x0 if upwards else line.x1
        if out:
            below = out[-1].bottom + min(abs(across - edge), LIMITS["upright_leading"] * out[-1].size)
        edge = line.x1 if upwards else line.x0
        boxes: list[float] = []
        for k in range(len(line.boxes) // 4):
            x0, top, x1, bottom = line.box(k)
            if upwards:  # the page turned clockwise: what climbed now runs rightwards
                boxes += [picture[0] + start - bottom, below + x0 - across, picture[0] + start - top, below + x1 - across]
            else:
                boxes += [picture[0] + top - start, below + across - x1, picture[0] + bottom - start, below + across - x0]
        out.append(replace(line, boxes=boxes, x0=0.0, x1=0.0, top=0.0, bottom=0.0, rotated=False))
        out[-1].__post_init__()
    return out


def _tabs_to_headings(placed: list[Placed], tabs: list[TextLine]) -> None:
    """A label on a turned tab beside a box (a worksheet's "Activity 2") labels the
    section whose heading is the last one at or above the tab's foot, right of it on its
    page: the box the tab runs along."""
    for tab in tabs:
        above = [n for n, p in enumerate(placed) if p.kind == "heading" and p.line.page == tab.page
                 and p.line.top <= tab.bottom and p.line.x0 >= tab.x1]
        if not above:
            continue
        n = max(above, key=lambda k: placed[k].line.top)
        while n > 0 and placed[n - 1].kind == "heading" and _same_heading(placed[n - 1].line, placed[n].line):
            n -= 1  # the heading's first line
        if placed[n].tab is None:
            placed[n].tab = alone_label(tab.text)


def _edge_tabs(content: PdfContent, running: set[int]) -> set[int]:
    """With ``edge_tabs`` on, the ids of upright labels alone ("1", ``alone_label``) standing in the page's
    outer margin, outside every other line's reach across the page (left of all or right of all; with
    ``top_edge_tabs``, above all too), at least
    ``edge_tabs`` of them in the document, no two alike: a leaflet's section numbers printed on coloured tabs
    at the sheet's edge, not level with their headings (``_edge_tabs_to_headings`` places them)."""
    least = int(LIMITS["edge_tabs"])
    if not least:
        return set()
    found: list[TextLine] = []
    for page in content.pages:
        lines = [ln for ln in page.lines if ln.text.strip() and not ln.rotated and id(ln) not in running]
        for line in lines:
            others = [ln for ln in lines if ln is not line and not alone_label(ln.text)]
            if alone_label(line.text) is None or not others:
                continue
            beside = line.x1 < min(ln.x0 for ln in others) or line.x0 > max(ln.x1 for ln in others)
            if beside or LIMITS["top_edge_tabs"] and line.bottom < min(ln.top for ln in others):
                found.append(line)
    labels = [alone_label(line.text) for line in found]
    return {id(line) for line in found} if len(found) >= least and len(set(labels)) == len(labels) else set()


def _edge_tabs_to_headings(placed: list[Placed], tabs: list[TextLine]) -> None:
    """Each tab at the page's edge (``_edge_tabs``) labels the heading of its page nearest to it: a heading
    level with it, however far across the page; else, among the headings of the column nearest the tab
    across the page, the one whose middle is nearest the tab's."""
    tabs = _top_tabs_in_order(placed, tabs)
    for tab in tabs:
        heads = [n for n, p in enumerate(placed) if p.kind == "heading" and p.line.page == tab.page
                 and p.tab is None and (n == 0 or placed[n - 1].kind != "heading"
                                        or not _same_heading(placed[n - 1].line, p.line))]
        if not heads:
            continue
        level = [n for n in heads if placed[n].line.top < tab.bottom and tab.top < placed[n].line.bottom]
        across = {n: max(placed[n].line.x0 - tab.x1, tab.x0 - placed[n].line.x1, 0.0) for n in heads}
        nearest = min(across.values())
        column = level or [n for n in heads if across[n] <= nearest + tab.size]
        middle = (tab.top + tab.bottom) / 2
        n = min(column, key=lambda k: abs((placed[k].line.top + placed[k].line.bottom) / 2 - middle))
        placed[n].tab = alone_label(tab.text)


def _page_heads(placed: list[Placed], page: int) -> list[int]:
    """The headings of ``page`` in reading order, a heading's second line (``_same_heading``) aside."""
    return [n for n, p in enumerate(placed) if p.kind == "heading" and p.line.page == page
            and p.tab is None and (n == 0 or placed[n - 1].kind != "heading"
                                   or not _same_heading(placed[n - 1].line, p.line))]


def _top_tabs_in_order(placed: list[Placed], tabs: list[TextLine]) -> list[TextLine]:
    """With ``top_edge_tabs`` on, the tabs set above every line of a page that has as many such tabs as headings
    label its headings in order, the tabs taken across the page (a panel's tab numbers the section it carries
    on, whose heading may stand at the foot of the panel before); the tabs left to place otherwise."""
    if not LIMITS["top_edge_tabs"]:
        return tabs
    left = list(tabs)
    for page in sorted({tab.page for tab in tabs}):
        tops = min((p.line.top for p in placed if p.line.page == page), default=None)
        top = sorted((t for t in tabs if t.page == page and tops is not None and t.bottom < tops), key=lambda t: t.x0)
        heads = _page_heads(placed, page)
        if len(top) < 2 or len(top) != len(heads):
            continue
        for tab, n in zip(top, heads, strict=True):
            placed[n].tab = alone_label(tab.text)
            left.remove(tab)
    return left


def with_drop_caps(lines: list[TextLine]) -> list[TextLine]:
    """A drop cap (one large letter beside the first lines of a paragraph) set back at
    the start of the line it opens: "B" beside "y the spring…" is "By the spring…"."""
    out = [_settled_initial(_unspaced_drop_cap(line)) for line in lines]
    out = _flush_beside_caps(out)
    if LIMITS["drop_cap_extent"]:
        out = [_dropped_extent(line) for line in out]
    for cap in list(out):
        if len(cap.text.strip()) != 1 or not cap.text.strip().isalpha():
            continue
        beside = [
            line for line in out
            if line is not cap
            and line.size * LIMITS["drop_cap_size"] <= cap.size
            and 0 <= line.x0 - cap.x1 <= cap.size
            and cap.top - line.size <= line.top < cap.bottom
            and line.text[:1].isalpha()
        ]
        if not beside:
            continue
        first = min(beside, key=lambda line: line.top)
        for other in beside:  # the lines run round the letter: flush with it, not indented
            if other is not first:
                out[out.index(other)] = replace(other, x0=min(other.x0, cap.x0))
        joined = replace(
            first, text=cap.text.strip() + first.text, boxes=array("d", [*cap.box(cap.text.index(cap.text.strip())), *first.boxes])
        )
        out[out.index(first)] = joined
        out.remove(cap)
    return out


def _flush_beside_caps(lines: list[TextLine]) -> list[TextLine]:
    """Lines run round a drop cap read into the line it opens (its glyph far taller than
    the rest) stand flush with it, not indented."""
    out = list(lines)
    for line in lines:
        x0, _top, x1, bottom = line.box(0) if line.text else (0.0, 0.0, 0.0, 0.0)
        if len(line.text) < 3 or bottom - _top < LIMITS["drop_cap_glance"] * line.size:  # (cheap check first)
            continue
        heights = sorted(line.box(k)[3] - line.box(k)[1] for k in range(1, len(line.boxes) // 4))
        if not heights or bottom - _top < LIMITS["drop_cap_size"] * heights[len(heights) // 2]:
            continue
        feet = sorted(line.box(k)[3] for k in range(1, len(line.boxes) // 4))
        foot = feet[len(feet) // 2]  # the line's own baseline, under its small letters
        for k, other in enumerate(out):
            if other is not line and foot <= other.top < bottom and x1 - LIMITS["wrap_slack"] <= other.x0 <= x1 + line.size:
                out[k] = replace(other, x0=line.x0)
    return out


def _dropped_extent(line: TextLine) -> TextLine:
    """A line opened by a drop cap read into it (its first glyph ``drop_cap_size`` times the height of its
    other letters, hanging below their baseline) spans its own letters' height: the lines run round the
    letter, inside its height, follow it as the next lines of its paragraph, not as lines beside a taller one."""
    if len(line.text) < 3 or not line.text[0].isalpha():
        return line
    _x0, top, _x1, bottom = line.box(0)
    if bottom - top < LIMITS["drop_cap_glance"] * line.size:  # (cheap check first)
        return line
    measured = _initial_measured(line)
    if measured is None:
        return line
    usual, foot = measured
    if bottom - top < LIMITS["drop_cap_size"] * usual or bottom <= foot + LIMITS["initial_foot_slack"] * usual:
        return line  # the line's own type, or a raised initial (``_settled_initial``)
    return _extent_without_initial(line)


def _initial_measured(line: TextLine) -> tuple[float, float] | None:
    """The usual height and baseline of a line's letters after its first (medians), or ``None``
    when the line has no other letters to measure."""
    rest = [line.box(k) for k in range(1, len(line.boxes) // 4) if not line.text[k].isspace()]
    if not rest:
        return None
    heights = sorted(b[3] - b[1] for b in rest)
    feet = sorted(b[3] for b in rest)
    return heights[len(heights) // 2], feet[len(feet) // 2]


def _extent_without_initial(line: TextLine) -> TextLine:
    """The line spanning only its letters after the first."""
    rest = [line.box(k) for k in range(1, len(line.boxes) // 4) if not line.text[k].isspace()]
    return replace(line, top=min(b[1] for b in rest), bottom=max(b[3] for b in rest))


def _settled_initial(line: TextLine) -> TextLine:
    """A raised initial (a large first letter standing on the line's baseline) does not
    make its line taller: the line's extent is its other letters', so the space over
    it reads as the usual leading and not as a paragraph break."""
    if len(line.text) < 3 or not line.text[0].isalpha():
        return line
    _x0, top, _x1, bottom = line.box(0)
    measured = _initial_measured(line)
    if measured is None:
        return line
    usual, foot = measured
    if bottom - top < LIMITS["raised_initial"] * usual or bottom > foot + LIMITS["initial_foot_slack"] * usual:
        return line  # the line's own type, or a drop cap hanging below the baseline
    return _extent_without_initial(line)


def _unspaced_drop_cap(line: TextLine) -> TextLine:
    """A drop cap already read into its line ("T he storm…", the letter's glyph far
    taller than the rest) loses the space the reader put after it."""
    text = line.text
    if len(text) < 3 or not (text[0].isalpha() and text[1] == " " and text[2].isalpha()):
        return line
    tall = line.box(0)[3] - line.box(0)[1]
    if tall < LIMITS["drop_cap_glance"] * line.size:  # a label letter in the line's own type ("I  Title")
        return line
    heights = sorted(line.box(k)[3] - line.box(k)[1] for k in range(2, len(line.boxes) // 4))
    if not heights or tall < LIMITS["drop_cap_size"] * heights[len(heights) // 2]:
        return line
    if line.box(2)[0] - line.box(0)[2] > LIMITS["hanging_label_gap"] * tall:
        return line  # a label letter hanging before the text, set apart from it ("A   The quay…")
    boxes = array("d", [*line.box(0), *line.boxes[8:]])
    return replace(line, text=text[0] + text[2:], boxes=boxes)


def figures(doc: Document, content: PdfContent) -> tuple[Figure, ...]:
    """Every image of the PDF as a figure, linked to the nearest caption on its page.

    A caption belongs to the image it stands closest to (below, above or
    beside), within ``caption_reach`` of its type size; each caption once.
    """
    placed_captions: list[tuple[str, int, tuple[float, float, float, float], float]] = []
    for block in doc.blocks:
        if block.kind != "caption":
            continue
        where = doc.source_map.box(block.start, min(block.end, block.start + 40))
        if where is not None:
            number, x0, top, x1, bottom = where
            placed_captions.append((block.id, number, (x0, top, x1, bottom), bottom - top))
    taken: set[str] = set()
    found: list[Figure] = []
    for page in content.pages:
        for image in page.images:
            best: tuple[float, str] | None = None
            for block_id, number, box, height in placed_captions:
                if number != page.number or block_id in taken:
                    continue
                distance = _box_distance(image.box, box)
                if distance <= LIMITS["caption_reach"] * max(height, 6.0) and (
                    best is None or distance < best[0]
                ):
                    best = (distance, block_id)
            caption = best[1] if best else None
            if caption:
                taken.add(caption)
            found.append(Figure(f"f{len(found)}", caption, page.number, image.box,
                                mime=image.mime, data=image.data))
    # An image left without a caption takes a free one further down its page
    # or at the top of the next (a caption pushed over the page break).
    for n, figure in enumerate(found):
        if figure.caption is not None:
            continue
        free = [c for c in placed_captions if c[0] not in taken and c[1] in (
            figure.page, (figure.page or 0) + 1)]
        if free:
            block_id = min(free, key=lambda c: (c[1], c[2][1]))[0]
            taken.add(block_id)
            found[n] = replace(figure, caption=block_id)
    return tuple(found)


def _box_distance(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return (dx * dx + dy * dy) ** 0.5


def _opening_title(doc: Document, content: PdfContent) -> str | None:
    """The document's opening line as its title, when it is a paragraph of one short
    title-like line before any heading and the title found otherwise is a later heading
    set no larger (a title in the body's type over its panels' headings) or the metadata
    title cut short ("Keepers" for "Keepers of the Coast")."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.kind != "paragraph" or first.section is not None:
        return None
    line = doc.text[first.start : first.end].strip()
    if len(line) > LIMITS["opening_title_chars"] or "\n" in line or not is_title_like(line):
        return None
    if doc.sections and doc.title == doc.sections[0].title:
        heading, opening = _set_size(content, doc.title), _set_size(content, line)
        no_smaller = heading is None or (opening is not None and opening >= LIMITS["opening_title_size"] * heading)
        return line if no_smaller else None
    stated = _norm(content.title or "")
    cut_short = not doc.sections and bool(stated) and _norm(line).startswith(stated + " ")
    return line if cut_short else None


def _set_size(content: PdfContent, text: str) -> float | None:
    """The type size of the first line of the pages that ``text`` starts with."""
    wanted = _norm(text)
    for page in content.pages:
        for line in page.lines:
            words = _norm(line.text)
            if words and (wanted == words or wanted.startswith(words + " ")):
                return line.size
    return None


def builder_has_heading(entries: Sequence[Entry]) -> bool:
    return any(isinstance(e, Heading) for e in entries)


# ------------------------------------------------------------ running heads


def running_lines(content: PdfContent) -> set[int]:
    """ids of the lines that are running headers, footers or page numbers."""
    candidates: list[tuple[TextLine, str, float]] = []  # line, key, place
    for page in content.pages:
        lines = sorted((ln for ln in page.lines if ln.text.strip()), key=lambda ln: ln.top)
        limit = LIMITS["edge_share"] * page.height
        edge = int(LIMITS["edge_lines"])
        top = _with_level_lines([ln for ln in lines[:edge] if ln.bottom <= limit], lines, lines[:1])
        bottom = _with_level_lines([ln for ln in lines[-edge:] if ln.top >= page.height - limit], lines, lines[-1:])
        for line in top:
            candidates.append((line, "t" + _running_key(line), line.top / page.height))
        for line in bottom:
            if line not in top:
                candidates.append((line, "b" + _running_key(line), line.bottom / page.height))
    pages_with: dict[str, list[tuple[int, float]]] = {}
    for line, key, place in candidates:
        pages_with.setdefault(key, []).append((line.page, place))
    needed = max(2.0, LIMITS["repeat_share"] * len(content.pages))
    title = _display_title(content)
    stated = content.title or ""
    usual = _median([ln.size for page in content.pages for ln in page.lines if ln.text.strip()])
    running: set[int] = set()
    counting = _counting_labels(candidates)

    def same_pages(key: str, place: float) -> set[int]:
        return {p for p, q in pages_with[key] if abs(q - place) <= LIMITS["edge_place"]}

    # a header of two lines stacked, each repeating at its place: each is apart from the text but
    # for the other (with ``stacked_heads``)
    stacked = {id(line) for line, key, place in candidates
               if LIMITS["stacked_heads"] and len(same_pages(key, place)) >= needed and key not in counting}
    for line, key, place in candidates:
        same = same_pages(key, place)
        repeated = len(same) >= needed and _set_apart(line, content, stacked) and key not in counting
        echo = _echoes_title(line, title) and _set_apart(line, content)
        stamped = _carries_stated_title(line, stated, usual)
        # a line at the edge naming only where the panel hangs ("Room 4 · West Wing"), as
        # the text reader takes it, even on a page of its own where nothing can repeat
        located = locator(line.text) and _set_apart(line, content)
        numbered = _lone_page_number(line, content) or _lone_edge_label(line, content, usual)
        if repeated or echo or stamped or located or numbered:
            running.add(id(line))
    running |= _kicker_over_title(content, running)
    running |= _lone_footer(content, running)
    running |= _edge_pairs(content, running, usual)
    running |= _address_blocks(content, running, usual)
    running |= _panel_imprint(content, running)
    running |= _footer_blocks(content, running, usual)
    running |= _facing_heads(candidates, running, content)
    running |= _heading_echoes(candidates, content)
    running |= _counted_folios(candidates)
    running |= _folio_ended_lines(candidates)
    running |= _facing_folio_heads(candidates)
    running |= _title_side_numbers(content)
    running |= _mirrored_footers(content, running)
    running -= {id(line) for line, _key, _place in candidates if _series_head_label(line, content)}
    for page in content.pages:  # pages imposed on one sheet: each one's footer, its number counting up
        lines = sorted((ln for ln in page.lines if ln.text.strip()), key=lambda ln: (ln.top, ln.x0))
        running |= {id(lines[k]) for k in counted_name_lines([ln.text for ln in lines])}
    # a page number level with a running line already found ("Harbour Museum … 2"), or a
    # short part of the same header line in its size, whatever its weight ("Harbour
    # Museum" in bold … "Gallery 2")
    found = [ln for ln, _key, _place in candidates if id(ln) in running]
    for line, _key, _place in candidates:
        level = [other for other in found
                 if other.page == line.page and other.top < line.bottom and line.top < other.bottom]
        part = any(_level_size(other, line) for other in level) and len(
            line.text.split()) <= ZONE_LIMITS["kicker_words"] and not ends_sentence(line.text)
        if level and id(line) not in running and (part or _lone_page_number(line, content, running)):
            running.add(id(line))
    return running if _leaves_a_body(content, running) else set()


def _with_level_lines(edge: list[TextLine], lines: list[TextLine], outer: list[TextLine]) -> list[TextLine]:
    """``edge`` (a page's top or bottom lines) with, when ``level_edge_lines`` is on, every line set level
    with the outermost one ``outer`` (sharing its height) when that one is at the edge: a folio beside a
    footer stands at the edge however the lines sort by top (a credit on the footer's baseline sorting
    under it; round 50, structset64)."""
    if not LIMITS["level_edge_lines"] or not outer or outer[0] not in edge:
        return edge
    last = outer[0]
    level = [ln for ln in lines if ln not in edge and ln.top < last.bottom and last.top < ln.bottom]
    return [*edge, *level]


def _counting_labels(candidates: list[tuple[TextLine, str, float]]) -> set[str]:
    """Keys of edge lines that are a unit word and its label alone, with another label on
    other pages ("Part 1" over the first section's heading, "Part 2" over the next): the
    sections' labels set where a running line could stand, not a running line (which
    repeats its text, or numbers the page). With ``counting_labels`` on."""
    if not LIMITS["counting_labels"]:
        return set()
    texts: dict[str, set[str]] = {}
    for line, key, _place in candidates:
        texts.setdefault(key, set()).add(line.text.strip())
    return {
        key for key, found in texts.items()
        if len(found) > 1 and all(LABEL_ALONE.match(t) and t[:1].isalpha() and " " in t for t in found)
    }


def _level_size(running: TextLine, line: TextLine) -> bool:
    """A line level with a running line set in its size: ``same_size`` points apart, or
    ``level_size_share`` of the size (a folio a shade larger than the imprint beside it)."""
    return abs(running.size - line.size) < max(LIMITS["same_size"], LIMITS["level_size_share"] * running.size)


def _counted_folios(candidates: list[tuple[TextLine, str, float]]) -> set[int]:
    """ids of bare numbers at the pages' edges that count the pages: on two pages or more,
    each number less its page's place the same ("14" on the first page, "16" on the
    third), wherever on the edge each stands (a folio at the foot of one page, at the head
    of another beside a one-off running head)."""
    if not LIMITS["counted_folios"]:
        return set()
    offsets: dict[int, list[TextLine]] = {}
    for line, _key, _place in candidates:
        text = line.text.strip()
        if text.isdigit() and len(text) <= 4:
            offsets.setdefault(int(text) - line.page, []).append(line)
    return {id(line) for lines in offsets.values() if len({ln.page for ln in lines}) >= 2 for line in lines}


_FOLIO_FIRST = re.compile(r"^(\d{1,4})\s+(\S.*)$")
_FOLIO_LAST = re.compile(r"^(.*\S)\s+(\d{1,4})$")


def _folio_ended_lines(candidates: list[tuple[TextLine, str, float]]) -> set[int]:
    """ids of edge lines of the same words, at the same edge in the same size, on two pages
    or more, each with a number at its start or end that counts the pages (each number less
    its page's place the same): a running line with its folio set at the outer edge of
    facing pages ("Harbour Museum 58", "59 Harbour Museum"), which ``_running_key`` does not
    part from a numbered heading ("3 Ships") when the number opens it. A unit word and its
    label alone ("Part 2" over each part's heading, a page on) counts sections, not pages."""
    if not LIMITS["folio_ended_lines"]:
        return set()
    groups: dict[tuple[str, str, int, int], list[TextLine]] = {}
    for line, key, _place in candidates:
        text = " ".join(line.text.split())
        found = _FOLIO_FIRST.match(text)
        words, number = (found.group(2), found.group(1)) if found else (None, None)
        found = None if words else _FOLIO_LAST.match(text)
        if found:
            words, number = found.group(1), found.group(2)
        if words and number and any(ch.isalpha() for ch in words) and not LABEL_ALONE.match(text):
            groups.setdefault((key[0], words.lower(), round(line.size), int(number) - line.page), []).append(line)
    return {id(line) for lines in groups.values() if len({ln.page for ln in lines}) >= 2 for line in lines}


def _facing_folio_heads(candidates: list[tuple[TextLine, str, float]]) -> set[int]:
    """ids of the edge lines of two facing pages, at the same edge in the same size, the left one opening on
    its folio and the right one closing on the next ("88 Insuring the City", "The First Fire Offices 89"):
    a book's running heads, each page's own words (the part's title on the left, the chapter's on the right)
    and the folios at the outer edges counting the pages. Numbered headings open on their numbers on every
    page, never close on them on the next (``facing_folio_heads``; round 56, struct74)."""
    if not LIMITS["facing_folio_heads"]:
        return set()
    opening: dict[tuple[str, int, int], list[TextLine]] = {}  # (edge, size, folio less the page)
    closing: dict[tuple[str, int, int], list[TextLine]] = {}
    for line, key, _place in candidates:
        text = " ".join(line.text.split())
        if LABEL_ALONE.match(text):
            continue
        first, last = _FOLIO_FIRST.match(text), _FOLIO_LAST.match(text)
        if first and any(ch.isalpha() for ch in first.group(2)):
            opening.setdefault((key[0], round(line.size), int(first.group(1)) - line.page), []).append(line)
        elif last and any(ch.isalpha() for ch in last.group(1)):
            closing.setdefault((key[0], round(line.size), int(last.group(2)) - line.page), []).append(line)
    found: set[int] = set()
    for group, lefts in opening.items():
        for left in lefts:
            rights = [r for r in closing.get(group, []) if r.page == left.page + 1]
            if rights:
                found |= {id(left), *(id(r) for r in rights)}
    return found


def _leaves_a_body(content: PdfContent, running: set[int]) -> bool:
    """Whether any text line is left once ``running`` is taken out: headers and footers frame a
    body, so a document whose every line repeats (the same sentence on each page) is its own text."""
    return any(ln.text.strip() and id(ln) not in running for page in content.pages for ln in page.lines)


def _heading_echoes(candidates: list[tuple[TextLine, str, float]], content: PdfContent) -> set[int]:
    """ids of edge lines after page 1, set apart, that repeat the letters of a line in
    heading type elsewhere in the text (a running head giving the current section's
    name: "§ 3 · The Story" over the heading "§ 3 The Story"), or whose part set flush
    left or right repeats such a heading without its number or letter ("Museum      The
    Story" over "3 The Story": the section in progress, the museum's name beside it)."""
    edge = {id(line) for line, _key, _place in candidates if line.page > 1}
    keys = {id(line): _echo_keys(line) for line, _key, _place in candidates if line.page > 1}
    wanted = {key for found in keys.values() for key in found if len(key) >= LIMITS["echo_letters"]}
    if not wanted:
        return set()
    lengths = {len(key) for key in wanted}
    headings: dict[str, float] = {}
    ratio = LIMITS["running_length"]
    for page in content.pages:
        for line in page.lines:
            if id(line) in edge or not any(n / ratio <= len(line.text) <= ratio * n for n in lengths):
                continue
            for key in _heading_keys(line.text):
                if key in wanted:
                    headings[key] = max(headings.get(key, 0.0), line.size + (100.0 if line.bold else 0.0))
    found = set()
    for line, _key, _place in candidates:
        weight = max((headings.get(key, -1.0) for key in keys.get(id(line), ())), default=-1.0)
        heavier = weight > line.size + (100.0 if line.bold else 0.0)
        if line.page > 1 and heavier and _set_apart(line, content):
            found.add(id(line))
    return found


def _echo_keys(line: TextLine) -> list[str]:
    """The letters of an edge line and, when its glyphs stand apart in parts (flush left and
    flush right), of each part (with ``echo_parts`` on)."""
    parts = _set_parts(line) if LIMITS["echo_parts"] else []
    return [_letters_key(line.text)] + ([_letters_key(part) for part in parts] if len(parts) > 1 else [])


def _heading_keys(text: str) -> list[str]:
    """The letters of a heading line and, with ``echo_parts`` on, of its words after a leading
    label token ("3", "IV", "B"): a running head names the section without its number."""
    keys = [_letters_key(text)]
    first, _, rest = text.strip().partition(" ")
    if LIMITS["echo_parts"] and rest and _LABEL_TOKEN.match(first.rstrip(".")):
        keys.append(_letters_key(rest))
    return keys


def _letters_key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


_NOT_ALNUM = re.compile(r"[\W_]+")


def _facing_heads(
    candidates: list[tuple[TextLine, str, float]], running: set[int], content: PdfContent
) -> set[int]:
    """Running heads that differ between facing pages (the museum's name on the left
    page, the exhibit's title on the right): an edge line in the type of a running
    head found on another page, at the same edge and height, set apart, ending no
    sentence."""
    found = [(line, key[0], place) for line, key, place in candidates if id(line) in running]
    return {
        id(line)
        for line, key, place in candidates
        if id(line) not in running
        and not ends_sentence(line.text, lenient=True)
        and any(
            other.page != line.page
            and edge == key[0]
            and abs(other_place - place) <= LIMITS["edge_place"]
            and round(other.size) == round(line.size)
            for other, edge, other_place in found
        )
        and _set_apart(line, content)
        and not _label_over_heading(line, content)
    }


def _label_over_heading(line: TextLine, content: PdfContent) -> bool:
    """With ``edge_labels_kept`` on, ``line`` is a unit's label alone ("Stage 1", ``LABEL_ALONE`` or a word and
    its numeral, ``numbered_kicker``) set
    right over a line in larger type at its left edge (its heading, within ``box_head_gap`` of that
    line's size): the section's label at a page's top, no running head of a facing page."""
    text = line.text.strip()
    if not LIMITS["edge_labels_kept"] or not (LABEL_ALONE.match(text) or numbered_kicker(text, 2)):
        return False
    page = next((pg for pg in content.pages if pg.number == line.page), None)
    return page is not None and any(
        other.size > line.size and 0 <= other.top - line.bottom <= LIMITS["box_head_gap"] * other.size
        and abs(other.x0 - line.x0) <= other.size and other.x0 < line.x1
        for other in page.lines if other is not line)


def _kicker_over_title(content: PdfContent, running: set[int]) -> set[int]:
    """A line in small type at the top edge of the first page, set apart above the
    title (the page's largest type): the exhibit's running head, even on a document
    of one page where it cannot repeat ("Harbour Lights: An Exhibit" over the title)."""
    if not content.pages:
        return set()
    page = content.pages[0]
    lines = sorted((ln for ln in page.lines if ln.text.strip()), key=lambda ln: ln.top)
    if len(lines) < 3:
        return set()
    worded = [ln for ln in lines if not re.fullmatch(r"\d{1,3}", ln.text.strip())] or lines
    largest = max(ln.size for ln in lines)
    share = LIMITS["kicker_worded_title"]
    if share and largest >= share * max(ln.size for ln in worded):
        largest = max(ln.size for ln in worded)  # (a panel's number set far larger than the title is no title)
    else:
        worded = lines
    title_top = min(ln.top for ln in worded if ln.size >= 0.95 * largest)
    usual = _median([ln.size for ln in lines])
    return {
        id(line)
        for line in lines
        if id(line) not in running
        and line.bottom <= LIMITS["edge_share"] * page.height
        and line.top < title_top
        and len(line.text.split()) >= 2
        and not LABEL_ALONE.match(line.text.strip())
        and (line.size <= LIMITS["caption_size"] * usual and line.bottom < title_top
             and (_set_apart(line, content) or _overline(line, lines, title_top))
             # (a display title's glyph box may rise into the kicker's: within ``kicker_overlap``)
             or line.size <= _kicker_size(usual, largest) and _overline(line, lines, title_top)
             and line.bottom < title_top + ZONE_LIMITS["kicker_overlap"] * line.size)
    }


def _kicker_size(usual: float, largest: float) -> float:
    """The largest type of a kicker in capitals over the title: under the body's
    (``caption_size``), or, with ``overline_kicker_size`` on, at most that share of the
    title's (a kicker in body type over a display title)."""
    share = LIMITS["overline_kicker_size"]
    return max(LIMITS["caption_size"] * usual, share * largest if share else 0.0)


def _overline(line: TextLine, lines: list[TextLine], title_top: float) -> bool:
    """``line`` is set in capitals right over the title, no other text between them
    ("GALLERY 4 · THE …" close over the exhibit's title): a kicker naming the place."""
    between = [ln for ln in lines if ln is not line and line.bottom <= ln.top < title_top
               and ln.x1 > line.x0 and ln.x0 < line.x1]
    return line.text.isupper() and not ends_sentence(line.text) and not between


def _lone_footer(content: PdfContent, running: set[int]) -> set[int]:
    """On a page with no running footer (a document of one page, where no footer can
    repeat, or a brochure's back panel): the page's last line, at its bottom edge, in small type, ending no sentence, set far apart from the text over
    it (``footer_gap`` of its size) and from any picture (a poster's museum line)."""
    found: set[int] = set()
    for page in content.pages:
        bottom = (1 - LIMITS["edge_share"]) * page.height
        if not any(id(ln) in running and ln.top >= bottom for ln in page.lines):  # a page with no footer
            found |= _page_footer(page, running)
    return found


def _edge_pairs(content: PdfContent, running: set[int], usual: float) -> set[int]:
    """A header or footer set as a pair on one baseline, even on a page of its own where nothing can
    repeat ("Museum name" flush left, "Panel 4.2" or the series' name flush right): the page's
    outermost lines at its top or bottom edge (``edge_share``), two short parts of words (at most
    ``echo_words`` words, ending no sentence; a lone page number has rules of its own) in type no larger than the body's
    (a number beside words, ``_paired_number``, or a label alone: up to ``pair_number_size`` of it), one starting at
    the text's left edge
    and one ending at its right edge (within ``pair_edge`` of their size), a wide blank between them
    (``part_gap``) and a blank band between them and the text (``_set_apart``). A heading, a table's row
    or a body line is not so set (with switch ``edge_pairs``)."""
    found: set[int] = set()
    if not LIMITS["edge_pairs"]:
        return found
    for page in content.pages:
        lines = sorted((ln for ln in page.lines if ln.text.strip() and not ln.rotated), key=lambda ln: ln.top)
        if len(lines) < 4:
            continue
        limit = LIMITS["edge_share"] * page.height
        for first, second, rest in ((lines[0], lines[1], lines[2:]), (lines[-1], lines[-2], lines[:-2])):
            if id(first) in running and id(second) in running:
                continue
            a, b = sorted((first, second), key=lambda ln: ln.x0)
            at_edge = all(ln.bottom <= limit for ln in (a, b)) or all(ln.top >= page.height - limit for ln in (a, b))
            left, right = min(_text_left(ln) for ln in rest), max(ln.x1 for ln in rest)
            outer = (all(ln.top >= max(a.bottom, b.bottom) for ln in rest)
                     or all(ln.bottom <= min(a.top, b.top) for ln in rest))
            if (at_edge and outer and a.top < b.bottom and b.top < a.bottom
                    and b.x0 - a.x1 > LIMITS["part_gap"] * max(a.size, b.size)
                    and a.x0 - left <= LIMITS["pair_edge"] * a.size and right - b.x1 <= LIMITS["pair_edge"] * b.size
                    and all((ln.size <= usual or ln.size <= LIMITS["pair_number_size"] * usual and (
                        _paired_number(ln, a) or _edge_label(ln.text)))
                            and _word_count(ln.text) <= LIMITS["echo_words"]
                            and (any(c.isalpha() for c in ln.text) or _paired_number(ln, a))
                            and not ends_sentence(ln.text) and _set_apart(ln, content) for ln in (a, b))):
                found |= {id(a), id(b)}
    return found


def _text_left(line: TextLine) -> float:
    """Where the line's text starts: past a label hanging in the margin before it ("1" a wide blank
    away from "THE FIRST LOCK …", ``alone_label``, the blank wider than ``part_gap`` of its size), with
    ``hanging_label_edges`` on; the line's own left otherwise. The text's left edge is its words', not
    its margin's labels'."""
    label, space, _rest = line.text.partition(" ")
    if not LIMITS["hanging_label_edges"] or not space or alone_label(label) is None:
        return line.x0
    at = len(label) + len(line.text[len(label):]) - len(line.text[len(label):].lstrip(" "))
    if at >= len(line.text) or 4 * at + 2 >= len(line.boxes):
        return line.x0
    after = line.box(at)[0]
    return after if after - line.box(len(label) - 1)[2] > LIMITS["part_gap"] * line.size else line.x0


def _address_blocks(content: PdfContent, running: set[int], usual: float) -> set[int]:
    """A visitor's address block: two to ``address_lines`` short lines (at most ``kicker_words`` + 2 words
    each, ending no sentence) stacked flush left one under the other, in type no larger than the body's,
    set apart above and under (``_set_apart``), its last line giving opening hours as a range of hours
    ("Open daily 10.00–16.30", "Tuesday to Sunday, 10–5"): the name, street and hours of the place a
    leaflet's back panel or a guide's foot sends its reader to, not its text (with switch ``address_lines``)."""
    found: set[int] = set()
    most = int(LIMITS["address_lines"])
    if not most:
        return found
    for page in content.pages:
        lines = sorted((ln for ln in page.lines if ln.text.strip() and not ln.rotated and id(ln) not in running),
                       key=lambda ln: (ln.top, ln.x0))
        for end, last in enumerate(lines):
            if not HOURS_RANGE.search(last.text):
                continue
            block = [last]
            for line in reversed(lines[max(0, end - most + 1):end]):
                above = block[0]
                if (not _stacked_on_axis(line, above) or line.bottom > above.top
                        or above.top - line.bottom > LIMITS["footer_stack_gap"] * max(above.size, line.size)):
                    break
                block.insert(0, line)
            # (with ``address_names`` on, the place's name over its street and hours may be in larger type)
            named = bool(LIMITS["address_names"]) and len(block) >= 3
            if len(block) >= 2 and all(
                    (ln.size <= usual or named and n == 0) and _word_count(ln.text) <= ZONE_LIMITS["kicker_words"] + 2
                    and not ends_sentence(ln.text) for n, ln in enumerate(block)) and _block_apart(block, lines):
                found |= {id(ln) for ln in block}
    return found


def _stacked_on_axis(line: TextLine, under: TextLine) -> bool:
    """``line`` and the line under it are set flush left (within ``footer_flush`` of the
    smaller type), or, with ``address_names`` on, centred on one axis."""
    reach = LIMITS["footer_flush"] * min(line.size, under.size)
    if abs(line.x0 - under.x0) <= reach:
        return True
    return bool(LIMITS["address_names"]) and abs((line.x0 + line.x1) - (under.x0 + under.x1)) / 2 <= reach


def _block_apart(block: list[TextLine], lines: list[TextLine]) -> bool:
    """No other line of the page comes within ``running_gap`` of the block's type size over or under it
    across its width (the block stands on its own)."""
    top, bottom = block[0].top, block[-1].bottom
    x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    reach = LIMITS["running_gap"] * block[-1].size
    return not any(ln not in block and ln.x1 > x0 and ln.x0 < x1
                   and (top - reach < ln.bottom <= top or bottom <= ln.top < bottom + reach) for ln in lines)


def _panel_imprint(content: PdfContent, running: set[int]) -> set[int]:
    """An imprint alone in its panel on the last page (a brochure's back panel: "Harbour
    Museum · Summer Guide"): a line in small type with no other text over or under it,
    reading as an imprint (parts set apart by a dot or bar, each capitalised)."""
    if not content.pages:
        return set()
    page = content.pages[-1]
    lines = [ln for ln in page.lines if ln.text.strip() and id(ln) not in running and not ln.rotated]
    if len(lines) < 3:
        return set()
    usual = _median([ln.size for ln in lines])
    return {
        id(line) for line in lines
        if line.size <= LIMITS["caption_size"] * usual and imprint(line.text)
        and not any(other is not line and other.x1 > line.x0 and other.x0 < line.x1 for other in lines)
    }


def _edge_label(text: str) -> bool:
    """``text`` is a label alone ("Panel 4", "IV"), its number perhaps dotted ("Panel 7.3": a
    unit word of the lexicon before a number ``alone_label`` takes alone)."""
    words = text.split()
    return alone_label(text) is not None or (
        len(words) == 2 and alone_label(words[1]) is not None and alone_label(f"{words[0]} 1") is not None)


def _paired_number(line: TextLine, left: TextLine) -> bool:
    """With ``edge_pair_numbers`` on, ``line`` is the right part of an edge pair holding a
    number alone, dotted or not (the sheet's or panel's number, "2.6", beside the museum's
    name), the left part holding words."""
    return (bool(LIMITS["edge_pair_numbers"]) and line is not left and any(c.isalpha() for c in left.text)
            and re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){0,2}", line.text.strip()) is not None)


def _footer_blocks(content: PdfContent, running: set[int], usual: float) -> set[int]:
    """Lines in small type stacked flush with a running line, right over or under it, that
    end no sentence (a footer of two lines: the museum's name over the leaflet's), and the
    lines elsewhere that repeat such a line's words in another case ("MUSEUM OF …" as a
    brand line over the cover): running too."""
    found: set[int] = set()
    lines = [ln for page in content.pages for ln in page.lines if ln.text.strip() and not ln.rotated]
    known = [ln for ln in lines if id(ln) in running]
    for line in lines:
        if id(line) in running or ends_sentence(line.text, lenient=True) or line.size > LIMITS["caption_size"] * usual:
            continue
        for other in known:
            gap = max(other.top - line.bottom, line.top - other.bottom)
            if (other.page == line.page and abs(other.size - line.size) <= LIMITS["footer_size_match"] * line.size
                    and abs(other.x0 - line.x0) <= LIMITS["footer_flush"] * line.size
                    and 0 <= gap <= LIMITS["footer_stack_gap"] * line.size):
                found.add(id(line))
                break
    words = {echo_key(line.text) for line in lines if id(line) in found}
    found |= {id(line) for line in lines if id(line) not in running and echo_key(line.text) in words
              and not ends_sentence(line.text, lenient=True) and line.size <= LIMITS["caption_size"] * usual}
    return found


def _page_footer(page: PageGeometry, running: set[int]) -> set[int]:
    lines = [ln for ln in page.lines if ln.text.strip() and id(ln) not in running and not ln.rotated]
    if len(lines) < 3:
        return set()
    last = max(lines, key=lambda ln: ln.bottom)
    usual = _median([ln.size for ln in lines])
    above = [ln.bottom for ln in lines if ln is not last and ln.x1 > last.x0 and ln.x0 < last.x1]
    above += [box[3] for box in zones.picture_boxes(page) if box[2] > last.x0 and box[0] < last.x1]
    gap = LIMITS["footer_gap"] * last.size
    if (
        last.top >= (1 - LIMITS["edge_share"]) * page.height
        and last.size <= LIMITS["caption_size"] * usual
        and not ends_sentence(last.text, lenient=True)
        and not zones.NOTE_MARK.match(last.text)  # a footnote (a credit set as one)
        and _word_count(last.text) <= LIMITS["echo_words"]
        and all(last.top - bottom > gap for bottom in above if bottom <= last.top)
    ):
        return {id(last)}
    return set()


def _word_count(text: str) -> int:
    """Words of ``text``, not counting the marks set between its parts ("·", "–", "|")."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def _carries_stated_title(line: TextLine, stated: str, usual: float) -> bool:
    """An edge line in small type holding the PDF's metadata title with more (a
    browser's print header: "30/11/2026, 14:22  The Ice Harvest | Valley History
    Room"): a running head even on a document of one page. The title must stand apart
    in the line, not open a longer heading ("Keepers" of "Keepers of the Coast", a
    metadata title cut short: that line is the page's own title)."""
    text = _norm(line.text)
    title = _norm(stated)
    return (
        len(title.split()) >= 2
        and line.size <= usual
        and text != title
        and _stands_apart(_part_words(_set_parts(line)), _part_words([stated]))
    )


_PART_MARK = "\u2016"  # stands for a wide blank or a separator between a line's parts


def _part_words(parts: list[str]) -> list[str]:
    """The lower-cased words of ``parts``, with a mark between parts and at each separator."""
    marked = f" {_PART_MARK} ".join(RUNNING_SEPARATOR.sub(f" {_PART_MARK} ", part) for part in parts)
    return re.sub(rf"[^\w{_PART_MARK}]+", " ", marked.lower()).split()


def _stands_apart(words: list[str], title: list[str]) -> bool:
    """``title`` occurs in ``words`` with no word of letters running on from it on
    either side (a mark, a number, a time or the line's end borders it)."""
    size = len(title)
    for start in range(len(words) - size + 1):
        if words[start : start + size] != title:
            continue
        before = words[start - 1] if start else ""
        after = words[start + size] if start + size < len(words) else ""
        if not before.isalpha() and not after.isalpha():
            return True
    return False


def _display_title(content: PdfContent) -> str:
    """The title as set: the largest type on the first page, or the metadata title."""
    first = [ln for ln in content.pages[0].lines if ln.text.strip()] if content.pages else []
    if not first:
        return _norm(content.title or "")
    worded = [ln for ln in first if len(ln.text.strip()) > 1] or first  # a drop cap is no title
    largest = max(ln.size for ln in worded)
    return _norm(" ".join(ln.text for ln in worded if ln.size >= 0.95 * largest))


def _echoes_title(line: TextLine, title: str) -> bool:
    """A line after the first page repeating (part of) the title, alone or as one
    part of a running head ("Title · Museum"): a running head, even on a document
    too short for it to repeat (it starts on page 2)."""
    if line.page < 2 or not title or line.text.rstrip().endswith((".", "!", "?")):
        return False
    parts = [_norm(part) for piece in _set_parts(line) for part in RUNNING_SEPARATOR.split(piece)]
    return any(
        2 <= len(part.split()) <= LIMITS["echo_words"] and f" {part} " in f" {title} "
        for part in ([_norm(line.text)] + (parts if len(parts) > 1 else []))
    )


def _set_parts(line: TextLine) -> list[str]:
    """The line's text cut where its glyphs stand apart by a wide blank (a running head set
    flush left and flush right on one baseline: "Museum           Title")."""
    parts: list[str] = []
    start = 0
    last_right: float | None = None
    for k, ch in enumerate(line.text[: len(line.boxes) // 4]):
        if ch.isspace():
            continue
        x0, _top, x1, _bottom = line.box(k)
        if last_right is not None and x0 - last_right > LIMITS["part_gap"] * line.size:
            parts.append(line.text[start:k])
            start = k
        last_right = x1
    parts.append(line.text[start:])
    return parts


def _set_apart(line: TextLine, content: PdfContent, beside: set[int] | frozenset[int] = frozenset()) -> bool:
    """A blank band wider than a line separates ``line`` from the page's other text
    (a running head stands in the margin; a panel label sits on its title); the lines of
    ``beside`` (ids: the other lines of a running head set in two) do not count."""
    page = content.pages[line.page - 1]
    gaps = [
        max(other.top - line.bottom, line.top - other.bottom)
        for other in page.lines
        if other is not line and other.text.strip() and other.x1 > line.x0 and other.x0 < line.x1
        and id(other) not in beside
    ]
    return not gaps or min(gaps) > LIMITS["running_gap"] * line.size


def _running_key(line: TextLine) -> str:
    """The line's text with numbers as "#" and a page number at either end dropped
    ("Harbour Museum 3", "Harbour Museum" with its number set apart as another line,
    and "— 3 — Harbour Museum" share one key), with its type size."""
    text = re.sub(r"\d+", "#", line.text.lower())
    text = PAGE_AT_END.sub("", PAGE_AT_START.sub("", " ".join(text.split())))
    return f"{text or '#'}|{round(line.size)}"


def _lone_edge_label(line: TextLine, content: PdfContent, usual: float) -> bool:
    """With ``lone_edge_labels`` on, a unit word and its number alone ("Panel 2.7", ``_edge_label``),
    in plain type no larger than the usual, standing under every other line of its page at
    the page's foot (``edge_share``): the sheet's number, as a page number is, not a label
    opening a section (nothing follows it on the page)."""
    text = line.text.strip()
    if not LIMITS["lone_edge_labels"] or len(text.split()) != 2 or not _edge_label(text):
        return False
    page = content.pages[line.page - 1]
    # a dotted number ("Panel 2.7": a sheet within a series) numbers no section: in bold type too (round 46)
    dotted = bool(LIMITS["bold_dotted_edge_labels"]) and re.search(r"\d\.\d", text) is not None
    if line.bold and not dotted or line.size > usual or line.top < (1 - LIMITS["edge_share"]) * page.height:
        return False
    others = [ln for ln in page.lines if ln is not line and ln.text.strip()]
    return bool(others) and max(ln.bottom for ln in others) < line.top


def _facing_folios(text: str) -> bool:
    """With ``facing_folios`` on, ``text`` is two page numbers, the second the next ("22 23"):
    a spread's two folios read as one line across it."""
    parts = text.split()
    return (bool(LIMITS["facing_folios"]) and len(parts) == 2 and all(p.isdigit() and len(p) <= 4 for p in parts)
            and int(parts[1]) == int(parts[0]) + 1)


def _title_side_numbers(content: PdfContent) -> set[int]:
    """With ``title_side_numbers`` on, the one number alone in the document set at least as large
    as the title (the first page's largest worded type), level with a title line and at least a title
    size apart from it (``title_side_gap`` of it): a panel's number set large beside the title, no word of
    it (numbers so set in a series are the sections' labels)."""
    if not LIMITS["title_side_numbers"] or not content.pages:
        return set()
    lines = [ln for ln in content.pages[0].lines if ln.text.strip()]
    worded = [ln for ln in lines if len(ln.text.strip()) > 1 and any(c.isalpha() for c in ln.text)]
    if not worded:
        return set()
    largest = max(ln.size for ln in worded)
    titles = [ln for ln in worded if ln.size >= 0.95 * largest]
    numbers = [ln for page in content.pages for ln in page.lines
               if re.fullmatch(r"\d{1,3}", ln.text.strip()) and ln.size >= largest]
    if len(numbers) != 1:  # a series of large numbers labels the sections, beside the title or not
        return set()
    gap = LIMITS["title_side_gap"] * largest
    return {id(ln) for ln in numbers
            if any(_overlaps(ln.top, ln.bottom, t.top, t.bottom) and _apart(ln, t, gap) for t in titles)}


def _mirrored_footers(content: PdfContent, running: set[int]) -> set[int]:
    """With ``mirrored_footers`` on, on a page whose topmost line is a running head and whose foot
    has none: its bottom line, at the foot edge (``edge_share``), in the head's type family and size,
    flush left with it (within its size) and as far from the foot as the head is from the top
    (within its size), short (``echo_words``) and ending no sentence, is the page's footer (a
    poster's museum line under the text, mirroring the series line over it)."""
    found: set[int] = set()
    if not LIMITS["mirrored_footers"]:
        return found
    for page in content.pages:
        lines = [ln for ln in page.lines if ln.text.strip() and not ln.rotated]
        if len(lines) < 3:
            continue
        head, foot = min(lines, key=lambda ln: ln.top), max(lines, key=lambda ln: ln.bottom)
        edge = (1 - LIMITS["edge_share"]) * page.height
        if (id(head) in running and id(foot) not in running and foot.top >= edge
                and not any(id(ln) in running and ln.top >= edge for ln in lines)
                and _family(foot) == _family(head) and abs(foot.size - head.size) <= 0.5
                and abs(foot.x0 - head.x0) <= head.size
                and abs((page.height - foot.bottom) - head.top) <= head.size
                and _word_count(foot.text) <= LIMITS["echo_words"] and not ends_sentence(foot.text)):
            found.add(id(foot))
    return found


def _family(line: TextLine) -> str:
    """The font family of ``line``: its font's name without subset tag or style ("Sans" of "ABCDEF+Sans-Bold")."""
    return line.font.split("+")[-1].split("-")[0].split(",")[0]


def _apart(line: TextLine, other: TextLine, gap: float) -> bool:
    """``line`` stands at least ``gap`` to the left or right of ``other``."""
    return line.x0 - other.x1 >= gap or other.x0 - line.x1 >= gap


def _series_head_label(line: TextLine, content: PdfContent) -> bool:
    """With ``series_head_labels`` on, a lone label at a page's edge ("I") set right over a heading
    (``_over_heading``) whose series goes on inside a page, clear of its edges, the next label ("II")
    alone in the same type right over a heading too: the first section's label standing where a folio
    or a running head could, neither (folios stand at the edges, and number no heading)."""
    token = line.text.strip()
    if not LIMITS["series_head_labels"] or not _LONE_TOKEN.match(token) or not _over_heading(line, content):
        return False
    roman = plain_roman(token)
    for page in content.pages:
        for other in page.lines:
            text = other.text.strip()
            if (other is not line and _LONE_TOKEN.match(text) and plain_roman(text) == roman
                    and text.isdigit() == token.isdigit() and label_rank(text) == label_rank(token) + 1
                    and abs(other.size - line.size) <= LIMITS["same_size"] and other.bold == line.bold
                    and _inside_page(other, page) and _over_heading(other, content)):
                return True
    return False


def _inside_page(line: TextLine, page: PageGeometry) -> bool:
    """``line`` stands clear of the page's top and foot edges (``edge_share`` of its height)."""
    limit = LIMITS["edge_share"] * page.height
    return line.top > limit and line.bottom < page.height - limit


_LONE_TOKEN = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6}|[A-Z])$")  # a bare label alone: "2", "IV", "B"


def _over_heading(line: TextLine, content: PdfContent) -> bool:
    """``line`` stands right over a line in larger type at its left edge (within its size), the
    gap between them at most its size: a label set over its heading."""
    return any(
        other.size > line.size and 0 <= other.top - line.bottom <= line.size and abs(other.x0 - line.x0) <= line.size
        for other in content.pages[line.page - 1].lines)


def _lone_page_number(line: TextLine, content: PdfContent, running: set[int] | None = None) -> bool:
    """A page number at the page's edge, alone (lines in ``running`` aside) or
    closing a running title."""
    text = line.text.strip()
    own_page = closes_with_its_page(text, line.page, len(content.pages))
    if not (PAGE_NUMBER.match(text) or TRAILING_PAGE.search(text) or own_page or _facing_folios(text)):
        return False
    page = content.pages[line.page - 1]
    skip = running or set()
    others = [ln for ln in page.lines if ln is not line and ln.text.strip() and id(ln) not in skip]
    if not others:
        return False
    above = min(ln.top for ln in others) > line.bottom
    below = max(ln.bottom for ln in others) < line.top
    return above or below


# ------------------------------------------------------------ reading order


# Column numbers of lines across a page's columns start here (one per band).
FULL_WIDTH = 1000
TURNED_COLUMN = 4000  # the column of a band of turned headings
# Column numbers of a page's boxed zones (side-bars) start here (one per zone).
ZONE_COLUMN = 5000


def reading_order(
    lines: list[TextLine], depth: int = 0, usual: float | None = None,
    pictures: Sequence[tuple[float, float, float, float]] = (),
) -> list[Placed]:
    """The lines of one page in reading order, with their column edges: cut at the
    widest-agreed gutter, each side cut again (as deep as ``column_depth``), lines across
    a gutter (and the caption under a picture across it) cutting the page into bands.

    ``usual`` is the gutter most pages have: a page with too little text to show
    its own (a last page, one column half full) is cut there when it can be.
    """
    if not lines:
        return []
    page = lines[0].page
    parts = _rows(lines, pictures, depth) or _picture_bands(lines, pictures)
    if parts is not None:  # rows of other columns; a picture wider than a column: above, beside, under it
        read = [reading_order(part, depth, usual, pictures) for part in parts]
        banded = _renumbered(read)  # (each band's columns numbered apart first)
        return (_down_past_picture(read) if LIMITS["down_past_picture"] else None) or banded
    split = _gutter(lines) if depth < LIMITS["column_depth"] else None
    if split is None and depth == 0 and usual is not None and _fits_gutter(lines, usual):
        split = usual
    if split is None:
        ordered = sorted(lines, key=lambda ln: (round(ln.top, 1), ln.x0))
        if _interleaved(ordered):
            ordered = _by_runs(ordered)
        left, right = _edges(ordered)
        return [Placed(ln, (page, depth), left, right) for ln in ordered]
    gutter = split
    result: list[Placed] = []
    band_left: list[TextLine] = []
    band_right: list[TextLine] = []
    # Lines across the gutter run the page's full width: one column per run of them.
    full_left, full_right = _edges(lines)
    bands = [0]
    fresh: dict[tuple[int, int, int], int] = {}  # (band, side, inner column) -> column number
    chunks: list[tuple[str, list[list[Placed]]]] = []  # each band's sides, or lines across them, as read

    def flush() -> None:
        if band_left or band_right:
            bands[0] += 1
        sides = []
        for n, side in enumerate((band_left, band_right)):
            ordered = reading_order(side, depth + 1, pictures=pictures)
            for placed in ordered:
                key = (bands[0], n, placed.column[1])
                placed.column = (page, fresh.setdefault(key, 10 * (depth + 1) + len(fresh)))
            sides.append(ordered)
        if _margin_side(band_left, band_right):
            result.extend(_interleave(sides[1], _in_margin(sides[0])))
            chunks.append(("margin", [result[len(result) - len(sides[0]) - len(sides[1]):]]))
        elif _margin_side(band_right, band_left):
            result.extend(_interleave(sides[0], _in_margin(sides[1])))
            chunks.append(("margin", [result[len(result) - len(sides[0]) - len(sides[1]):]]))
        elif sides[0] or sides[1]:
            result.extend(sides[0] + sides[1])
            chunks.append(("band", sides))
        band_left.clear()
        band_right.clear()

    spanning = _spanning(lines, gutter, pictures) | _under_spanning_pictures(lines, gutter, pictures)
    inset = _inset_captions(lines, gutter, pictures) if LIMITS["inset_captions"] else set()
    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if id(line) in inset:
            (band_left if line.x0 < gutter else band_right).append(line)
        elif LIMITS["across_last_lines"] and not band_left and not band_right and chunks and chunks[-1][0] == "across" and _last_line_across(
                result[-1], line, lines):
            result.append(Placed(line, result[-1].column, result[-1].left, result[-1].right))
            chunks[-1][1][0].append(result[-1])
        elif id(line) not in spanning and (line.x1 <= gutter or (
                LIMITS["gutter_overruns"] and _overruns_gutter(line, gutter, lines))):
            band_left.append(line)
        elif line.x0 >= gutter and id(line) not in spanning:
            band_right.append(line)
        else:
            flush()
            left, right = min(full_left, line.x0), max(full_right, line.x1)
            result.append(Placed(line, (page, FULL_WIDTH + bands[0]), left, right))
            if chunks and chunks[-1][0] == "across":
                chunks[-1][1][0].append(result[-1])
            else:
                chunks.append(("across", [[result[-1]]]))
    flush()
    if LIMITS["down_past_band"]:
        return _columns_down_past_band(chunks) or result
    return result


def _columns_down_past_band(chunks: list[tuple[str, list[list[Placed]]]]) -> list[Placed] | None:
    """The page read down each column past a band across both (a pull quote set across the
    middle of two columns: left column above it, left column under it, right column above,
    right column under), when the text says so: read band by band, a column would end
    inside a sentence and the next piece open a new one, or end one and the next go on in
    lower case, more often than read down the columns. None when there is no such band or
    the text does not choose the columns."""
    bands = [n for n, (kind, parts) in enumerate(chunks) if kind == "across" and len(parts[0]) <= LIMITS["band_lines"]]
    for n in bands:
        if not (0 < n < len(chunks) - 1) or chunks[n - 1][0] != "band" or chunks[n + 1][0] != "band":
            continue
        above, under = chunks[n - 1][1], chunks[n + 1][1]
        if not all(above) or not all(under):
            continue
        across = [above[0], above[1], under[0], under[1]]
        down = [above[0], under[0], above[1], under[1]]
        if _broken_joins(down) < _broken_joins(across):
            return _with_band_between(chunks, n, down)
    return None


def _broken_joins(pieces: list[list[Placed]]) -> int:
    """How many of the joins between pieces read in this order the text contradicts: a piece
    ending inside a sentence followed by one opening in capitals, or a piece ending its
    sentence followed by one going on in lower case."""
    broken = 0
    for prev, nxt in itertools.pairwise(pieces):
        open_end = not ends_sentence(prev[-1].line.text.strip())
        goes_on = starts_lowercase(nxt[0].line.text.strip())
        broken += open_end != goes_on
    return broken


def _with_band_between(
    chunks: list[tuple[str, list[list[Placed]]]], n: int, down: list[list[Placed]]
) -> list[Placed]:
    """The page's chunks with the two bands around chunk ``n`` read as ``down``, the band
    itself read at the first join of ``down`` where a sentence ends (else after them)."""
    at = next((k + 1 for k, piece in enumerate(down[:-1]) if ends_sentence(piece[-1].line.text.strip())), len(down))
    middle = [p for piece in down[:at] for p in piece] + chunks[n][1][0] + [p for piece in down[at:] for p in piece]
    before = [p for _kind, parts in chunks[: n - 1] for side in parts for p in side]
    after = [p for _kind, parts in chunks[n + 2 :] for side in parts for p in side]
    return before + middle + after


def _rows(
    lines: list[TextLine], pictures: Sequence[tuple[float, float, float, float]], depth: int
) -> list[list[TextLine]] | None:
    """The region cut across, at the first blank band (``row_gap`` times the type size
    high, crossed by no line and no picture) above and under which the columns differ
    (a poster's row of three columns over a row of two, a strip of dates under them): the
    two parts, each read whole before the other; None when there is no such band."""
    if len(lines) < 2 * LIMITS["column_min_lines"] or depth >= LIMITS["column_depth"]:
        return None
    size = _median([ln.size for ln in lines])
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    spans = sorted([(ln.top, ln.bottom) for ln in lines] + [
        (y0, y1) for x0, y0, x1, y1 in pictures if x0 < right and x1 > left])
    reach = spans[0][1]
    for top, bottom in spans[1:]:
        if top - reach >= LIMITS["row_gap"] * size:
            cut = (top + reach) / 2
            above = [ln for ln in lines if ln.bottom <= cut]
            under = [ln for ln in lines if ln.top >= cut]
            if above and under and (_other_columns(above, under, size) or _strip_under(above, under, size)
                                    or _folded_apart(above, under, size, top - reach)) and not (
                    LIMITS["row_cut_sentences"] and _sentence_across(above, under)):
                return [above, under]
        reach = max(reach, bottom)
    return None


def _folded_apart(above: list[TextLine], under: list[TextLine], size: float, gap: float) -> bool:
    """With ``fold_gap`` on, a blank band at least that many type sizes high parts two
    regions each set in columns (a leaflet's strips folded apart, a page's two stories):
    each region's columns are read before the other's, the same gutters or not."""
    reach = LIMITS["fold_gap"]
    return bool(reach) and gap >= reach * size and bool(_column_plan(above, size)) and bool(_column_plan(under, size))


def _sentence_across(above: list[TextLine], under: list[TextLine]) -> bool:
    """A sentence runs on across the blank band between ``above`` and ``under``: under's first
    line opens in lower case right below the last line over it in its column (the line of
    ``above`` lowest over its own extent), which ends no sentence ("… but they had the" |
    a box quote taken out | "same shape. …"): a column interrupted, not a new row."""
    first = min(under, key=lambda ln: (ln.top, ln.x0))
    over = [ln for ln in above if ln.x0 < first.x1 and first.x0 < ln.x1]
    if not over or not starts_lowercase(first.text.strip()):
        return False
    last = max(over, key=lambda ln: ln.bottom)
    return abs(last.x0 - first.x0) <= last.size and not ends_sentence(last.text.strip())


def _column_plan(lines: list[TextLine], size: float, depth: int = 0) -> list[float]:
    """The x of every gutter of a region, found as the reading order finds them."""
    cut = _gutter(lines) if depth < LIMITS["plan_depth"] else None
    if cut is None:
        return []
    left = [ln for ln in lines if ln.x1 <= cut]
    right = [ln for ln in lines if ln.x0 >= cut]
    return sorted([*_column_plan(left, size, depth + 1), cut, *_column_plan(right, size, depth + 1)])


def _other_columns(above: list[TextLine], under: list[TextLine], size: float) -> bool:
    """Two parts of a region set in other columns: not the same gutters, and a line of one
    runs across a gutter of the other (a column of one part that is merely shorter, or
    blank, is no other layout)."""
    plan_above, plan_under = _column_plan(above, size), _column_plan(under, size)
    if (not plan_above and not plan_under) or _same_plan(plan_above, plan_under, size):
        return False
    return any(ln.x0 < cut < ln.x1 for ln in under for cut in plan_above) or any(
        ln.x0 < cut < ln.x1 for ln in above for cut in plan_under)


def _strip_under(above: list[TextLine], under: list[TextLine], size: float) -> bool:
    """With ``strip_row`` on, the part under a blank band is a strip set across the columns over
    it: at most ``strip_row_lines`` lines, ``strip_row`` or more of them short (``strip_item_words``)
    and level with one another (one baseline) standing in as many of the columns over the band (a numbered row of stages, dates or
    steps under a panel's columns), read after the columns, not as each column's foot."""
    least = int(LIMITS["strip_row"])
    if not least or len(under) > LIMITS["strip_row_lines"]:
        return False
    plan = _column_plan(above, size)
    if len(plan) + 1 < least:
        return False
    short = [ln for ln in under if len(ln.text.split()) <= LIMITS["strip_item_words"]]
    for line in short:
        level = [ln for ln in short if abs(ln.bottom - line.bottom) <= LIMITS["strip_level"] * line.size]
        if len({sum(1 for cut in plan if cut < ln.x0) for ln in level}) >= least:
            return True
    return False


def _same_plan(a: list[float], b: list[float], size: float) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= LIMITS["plan_slack"] * size for x, y in zip(a, b, strict=True))


def _picture_bands(
    lines: list[TextLine], pictures: Sequence[tuple[float, float, float, float]]
) -> list[list[TextLine]] | None:
    """The lines above, level with and under the first picture of the region that is wider
    than its columns (``picture_span`` times the usual line), that no line straddles at
    its top or bottom edge and that has only smaller type beside it (its caption); None
    when there is none or the cut leaves one band."""
    if len(lines) < 2 * LIMITS["column_min_lines"]:
        return None
    measure = _median([ln.x1 - ln.x0 for ln in lines])
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    for x0, y0, x1, y1 in sorted(pictures, key=lambda box: box[1]):
        if x1 - x0 < LIMITS["picture_span"] * measure or x1 <= left or x0 >= right or y1 <= top or y0 >= bottom:
            continue
        if any(ln.top < y < ln.bottom for ln in lines for y in (y0, y1)):
            continue
        above = [ln for ln in lines if ln.bottom <= y0]
        level = [ln for ln in lines if y0 < ln.bottom and ln.top < y1]
        under = [ln for ln in lines if ln.top >= y1]
        size = _median([ln.size for ln in lines])
        if any(ln.size > LIMITS["caption_size"] * size for ln in level):
            continue  # the text runs on beside the picture: its columns go on past it
        bands = [band for band in (above, level, under) if band]
        # each side cut by the picture shows its own columns (or is too short to show any)
        cut = [_gutter(band) is not None for band in (above, under) if band]
        short = [len(band) < 2 * LIMITS["column_min_lines"] for band in (above, under) if band]
        if len(bands) > 1 and any(cut) and all(c or s for c, s in zip(cut, short, strict=True)):
            return bands
    return None


def _column_runs(band: list[Placed]) -> list[list[Placed]]:
    """The band's lines in runs of one column each, as read."""
    runs: list[list[Placed]] = []
    for p in band:
        if runs and runs[-1][-1].column == p.column:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _down_past_picture(bands: list[list[Placed]]) -> list[Placed] | None:
    """Two columns cut by a picture set across both (a figure band in the middle of the page), read down each
    column past it when the text says so (``_broken_joins``, as ``_columns_down_past_band`` reads past a band
    of text): the left column above the picture, the left under it, the right above, the right under, the
    picture's caption (the lines in smaller type opening the band under it) at the first of those joins where
    a sentence ends. None when the cut is not the same two columns above and under, or the text does not
    choose the columns (round 54, structset72)."""
    if len(bands) != 2:
        return None
    above, under = _column_runs(bands[0]), _column_runs(bands[1])
    closing = _caption_closing(above, under)
    if closing:  # the caption set over the picture, closing the band above it (round 56)
        caption = [p for run in above[-closing:] for p in run]
        above = above[:-closing]
    if len(above) < 2 or not 2 < len(under) + bool(closing) <= 2 + LIMITS["picture_caption_runs"]:
        return None
    a0, a1, u0, u1 = above[-2], above[-1], under[-2], under[-1]
    size = _median([p.line.size for p in u0 + u1])
    if not closing:
        caption = [p for run in under[:-2] for p in run]
    if any(p.line.size > LIMITS["caption_size"] * size for p in caption) or not (
            _same_edge(a0, u0, size) and _same_edge(a1, u1, size)):
        return None
    down_broken, across_broken = _broken_joins([a0, u0, a1, u1]), _broken_joins([a0, a1, u0, u1])
    if down_broken > across_broken or (down_broken == across_broken and not (closing and not down_broken)):
        return None  # (a caption over the picture, every join going on read down: a column runs past it)
    down = [a0, u0, a1, u1]
    at = next((k + 1 for k, piece in enumerate(down[:-1]) if ends_sentence(piece[-1].line.text.strip())), len(down))
    return [p for piece in [*above[:-2], *down[:at], caption, *down[at:]] for p in piece]


def _caption_closing(above: list[list[Placed]], under: list[list[Placed]]) -> int:
    """With ``captions_over_pictures`` on, how many runs close the band above a picture set across two columns
    as its caption (0: none): after at least two runs, at most ``picture_caption_runs`` runs across more than
    one column's width or in smaller type than the columns', when the band under it holds just the two
    columns."""
    if not LIMITS["captions_over_pictures"] or len(under) != 2 or len(above) < 3:
        return 0
    size = _median([p.line.size for run in under for p in run])
    width = max(max(p.line.x1 for p in run) - min(p.line.x0 for p in run) for run in under)
    n = 0
    while n < min(int(LIMITS["picture_caption_runs"]), len(above) - 2):
        run = above[-1 - n]
        small = all(p.line.size < size - LIMITS["same_size"] for p in run)
        wide = max(p.line.x1 for p in run) - min(p.line.x0 for p in run) > width
        if not (small or wide):
            break
        n += 1
    return n


def _same_edge(a: list[Placed], b: list[Placed], size: float) -> bool:
    """Two runs of lines stand at one left edge: one column's."""
    return abs(min(p.line.x0 for p in a) - min(p.line.x0 for p in b)) <= LIMITS["indent"] * size


def _renumbered(bands: list[list[Placed]]) -> list[Placed]:
    """Bands read one after another, the columns of each numbered apart from the others'
    (a band's lines across its columns keep their numbers at or above ``FULL_WIDTH``)."""
    result: list[Placed] = []
    for n, band in enumerate(bands):
        for placed in band:
            column = placed.column[1]
            if n:
                column = column + 100_000 * n if column >= FULL_WIDTH else -(column + 1_000 * n)
            placed.column = (placed.column[0], column)
            result.append(placed)
    return result


def _under_spanning_pictures(
    lines: list[TextLine], gutter: float, pictures: Sequence[tuple[float, float, float, float]]
) -> set[int]:
    """ids of the lines in smaller type right under a picture set across the gutter, within
    its width (its caption and credit): they read with the picture, across the columns."""
    if not pictures:
        return set()
    size = _median([ln.size for ln in lines])
    found: set[int] = set()
    for picture in pictures:
        x0, _top, x1, _bottom = picture
        if x0 < gutter < x1:
            # a line with another level with it out of the picture's span ends the run: a caption
            # per column (a parallel text's), not one across the picture
            def stop(line: TextLine, x0: float = x0, x1: float = x1) -> bool:
                return _level_outside(line, lines, x0, x1) or bool(
                    LIMITS["column_heads_under_pictures"]) and _column_heads_level(line, lines, gutter, x1, size)

            found.update(id(ln) for ln in _caption_run(lines, picture, size, stop=stop))
    return found


def _caption_run(
    lines: list[TextLine], picture: tuple[float, float, float, float], size: float,
    stop: Callable[[TextLine], bool] | None = None,
) -> list[TextLine]:
    """The lines in smaller type (than the body's ``size``) right under ``picture`` and within
    its width, each at most ``image_near`` of its sizes under the one before, until ``stop``."""
    x0, _top, x1, bottom = picture
    run: list[TextLine] = []
    last = bottom
    for line in sorted(lines, key=lambda ln: ln.top):
        if line.top < bottom or line.x0 < x0 - LIMITS["image_near"] or line.x1 > x1 + LIMITS["image_near"]:
            continue
        if line.top - last > LIMITS["image_near"] * line.size or line.size > LIMITS["caption_size"] * size:
            break
        if stop is not None and stop(line):
            break
        run.append(line)
        last = line.bottom
    return run


def _overruns_gutter(line: TextLine, gutter: float, lines: list[TextLine]) -> bool:
    """``line`` crosses the gutter but ends within ``overrun`` of its sizes past where the
    right side's lines start, with nothing level with it there, right under a line of the
    left side that starts where it starts (a credit longer than its margin column's
    measure): it is the left side's line, no line across the columns."""
    if not line.x0 < gutter < line.x1:
        return False
    right = [ln for ln in lines if ln.x0 >= gutter]
    if not right or line.x1 > min(ln.x0 for ln in right) + LIMITS["overrun"] * line.size:
        return False
    if any(ln.top < line.bottom and ln.bottom > line.top for ln in right):
        return False
    return any(
        ln.x1 <= gutter and 0 <= line.top - ln.bottom <= line.size and abs(ln.x0 - line.x0) <= line.size
        for ln in lines
    )


def _last_line_across(above: Placed, line: TextLine, lines: list[TextLine]) -> bool:
    """``line`` is the short last line of the paragraph set across the columns right over
    it (a standfirst's): an across line left inside its sentence, the next line in its
    type at its left edge, at most a line's space under it, nothing level with it."""
    if above.column[1] < FULL_WIDTH:
        return False
    prev = above.line
    return (
        not ends_sentence(prev.text.strip())
        and _same_type(prev, line)
        and abs(line.x0 - prev.x0) <= LIMITS["indent"] * line.size
        and 0 <= line.top - prev.bottom <= line.size
        and not any(other is not line and other.top < line.bottom and other.bottom > line.top for other in lines)
    )


def _inset_captions(
    lines: list[TextLine], gutter: float, pictures: Sequence[tuple[float, float, float, float]]
) -> set[int]:
    """ids of the lines in smaller type right under a picture inset across the gutter, one
    of them across the gutter, with the columns going on level beside them on both sides
    (the caption of a round picture the two columns flow round): no band across the page,
    but a caption inside the column it starts in."""
    if not pictures:
        return set()
    size = _median([ln.size for ln in lines])
    found: set[int] = set()
    for picture in pictures:
        if not picture[0] < gutter < picture[2]:
            continue
        run = _caption_run(lines, picture, size)
        if not run or not any(ln.x0 < gutter < ln.x1 for ln in run):
            continue
        top, low = run[0].top, run[-1].bottom
        start, end = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
        level = [ln for ln in lines if ln not in run and ln.top < low and ln.bottom > top]
        if any(ln.x1 <= start for ln in level) and any(ln.x0 >= end for ln in level):
            found.update(id(ln) for ln in run)
    return found


def _column_heads_level(line: TextLine, lines: list[TextLine], gutter: float, x1: float, size: float) -> bool:
    """``line`` stands level with another line across the gutter, and the one right of it opens
    where the text lines under it in its column open (lines in the body's type, more than
    ``caption_size`` of ``size``) and stops short of the picture's right edge
    ``x1``: each column's own head ("Stage 1" | "Stage 2" over the columns' headings), set under a
    picture across them, not one caption across the picture (a credit set flush right on the
    caption's line ends at the picture's edge)."""
    near = LIMITS["image_near"]
    for other in lines:
        if other is line or not (other.top < line.bottom and other.bottom > line.top):
            continue
        if (other.x0 >= gutter) == (line.x0 >= gutter):
            continue
        right = other if other.x0 >= gutter else line
        if right.x1 >= x1 - near:
            continue
        if any(under.top >= right.bottom and under.x0 >= gutter and abs(under.x0 - right.x0) <= 1.0
               and under.size > LIMITS["caption_size"] * size for under in lines if under is not right):
            return True
    return False


def _level_outside(line: TextLine, lines: list[TextLine], x0: float, x1: float) -> bool:
    """Another line stands level with ``line`` out of the span ``x0``-``x1``."""
    near = LIMITS["image_near"]
    return any(
        other is not line and other.top < line.bottom and other.bottom > line.top
        and (other.x1 <= x0 - near or other.x0 >= x1 + near or other.x0 < x0 - near or other.x1 > x1 + near)
        for other in lines
    )


def _interleaved(ordered: list[TextLine]) -> bool:
    """Two lines of one column stand level and side by side (a caption set beside the
    shortened lines that run round its picture)."""
    return any(
        b.top < a.bottom - 0.3 * b.size and (b.x0 >= a.x1 or b.x1 <= a.x0)
        for a, b in zip(ordered, ordered[1:], strict=False)
    )


def _by_runs(ordered: list[TextLine]) -> list[TextLine]:
    """Lines regrouped into runs, each line under the last of a run in its type that it
    overlaps across; the other runs set whole into the longest at their height."""
    runs: list[list[TextLine]] = []
    for line in ordered:
        best: list[TextLine] | None = None
        for run in runs:
            last = run[-1]
            gap = line.top - last.bottom
            if (
                line.x0 < last.x1 and last.x0 < line.x1
                and abs(line.size - last.size) <= 0.15 * last.size
                and (-0.3 * line.size <= gap <= line.size or _slanted_under(last, line))
                and (best is None or last.bottom > best[-1].bottom)
            ):
                best = run
        if best is None:
            runs.append([line])
        else:
            best.append(line)
    # the longest run is the text; the others are set into it at their height
    main = max(runs, key=len)
    if LIMITS["level_runs_across"]:
        main, runs = _level_runs_across(main, runs)
    inserts: dict[int, list[TextLine]] = {}
    for run in sorted((r for r in runs if r is not main), key=lambda r: r[0].top):
        at = next((k for k, line in enumerate(main) if line.top > run[0].top), len(main))
        inserts.setdefault(at, []).extend(run)
    result: list[TextLine] = []
    for k, line in enumerate(main):
        result.extend(inserts.get(k, []))
        result.append(line)
    return result + inserts.get(len(main), [])


def _translated_captions(entries: list[Entry]) -> list[Entry]:
    """A caption in another language than the document's (``languages.foreign_sentences``, or a bilingual
    document's translation block), its credit on lines of its own, read after a caption in the document's
    language without a credit (translations between aside):
    the translation of that caption, set beside it over one credit; the credit goes to the caption, the text
    is a ``translation`` block."""
    texts = [" ".join(ln.text for ln in (e.lines[: e.credit[0]] if isinstance(e, Fragment) and e.credit else e.lines))
             for e in entries]
    foreign = foreign_sentences(texts, [False] * len(entries))
    out: list[Entry] = []
    kept: list[bool] = []  # each entry of ``out`` foreign
    for n, entry in enumerate(entries):
        k = len(out) - 1
        while k >= 0 and _translation(out[k]):
            k -= 1
        prev = out[k] if k >= 0 else None
        if (isinstance(entry, Fragment) and (entry.kind == "translation" or entry.kind == "caption" and foreign[n])
                and entry.credit is not None and entry.credit[1] == 0 and entry.credit[0] > 0
                and isinstance(prev, Fragment) and prev.kind == "caption" and prev.credit is None and not kept[k]):
            cut = entry.credit[0]
            out[k] = replace(prev, lines=[*prev.lines, *entry.lines[cut:]], credit=(len(prev.lines), 0), complete=True)
            out.append(Fragment("translation", list(entry.lines[:cut])))
            kept.append(True)
            continue
        out.append(entry)
        kept.append(foreign[n])
    return out


def _level_runs_across(main: list[TextLine], runs: list[list[TextLine]]) -> tuple[list[TextLine], list[list[TextLine]]]:
    """Runs in the main run's type opening level with it (one caption set in narrow columns side by side, each
    in its language), each of ``level_run_lines`` lines or more of words as the main run's lines beside them, are read
    whole, left to right, before the main run's lines under them all when the first of those spans them (a
    credit across them): one run of them all, the others' lines no longer set in at their height."""
    size = main[0].size
    level = [r for r in runs if r is not main and abs(r[0].size - size) <= 0.15 * size
             and abs(r[0].top - main[0].top) <= LIMITS["level_run_tops"] * size
             and not _overlaps(r[0].x0, r[0].x1, main[0].x0, main[0].x1)]
    if not level:
        return main, runs
    bottom = max(r[-1].bottom for r in level)
    head = [ln for ln in main if ln.top < bottom]
    tail = main[len(head):]
    most = LIMITS["level_run_lines"]
    if len(head) < most or any(len(r) < most or not _worded(r) for r in level) or not tail or not all(
            _overlaps(tail[0].x0, tail[0].x1, r[0].x0, r[0].x1) for r in level):
        return main, runs  # (each a block of words, over one line across them all: a credit shared)
    merged = [ln for r in sorted([*level, head], key=lambda r: r[0].x0) for ln in r] + tail
    return merged, [merged, *(r for r in runs if r is not main and all(r is not q for q in level))]


def _translation(entry: Entry) -> bool:
    return isinstance(entry, Fragment) and entry.kind == "translation"


def _worded(run: list[TextLine]) -> bool:
    """Most of the run's glyphs are letters: text, not a table's leaders and numbers (". . . . 4")."""
    glyphs = [ch for ln in run for ch in ln.text if not ch.isspace()]
    return 2 * sum(ch.isalpha() for ch in glyphs) > len(glyphs)


def _slanted_under(last: TextLine, line: TextLine) -> bool:
    """With ``slanted_runs`` on, ``line`` is the next line of a block set at a slant under ``last``:
    their boxes, taller than the type, overlap, but its baseline stands a line under ``last``'s
    (as ``_close_below`` reads a slanted card's lines)."""
    pitch = line.bottom - last.bottom
    return bool(LIMITS["slanted_runs"]) and line.top > last.top and (
        0.5 * line.size <= pitch <= LIMITS["slant_pitch"] * line.size) and _at_slant(last) and _at_slant(line)


def _at_slant(line: TextLine) -> bool:
    """The line's baseline drifts across it (its last glyph's foot at least ``slant_drift`` of its
    size off its first's), every glyph's box a glyph high: set at a slant, not a line holding a
    drop capital (one tall glyph) or a raised call."""
    b = line.boxes
    if len(b) < 8:
        return False
    tall = max(b[k + 3] - b[k + 1] for k in range(0, len(b), 4))
    return tall <= LIMITS["slant_glyph"] * line.size and abs(b[-1] - b[3]) >= LIMITS["slant_drift"] * line.size


def _spanning(
    lines: list[TextLine], gutter: float, pictures: Sequence[tuple[float, float, float, float]] = ()
) -> set[int]:
    """ids of lines in larger type on the left of the gutter with nothing level with
    them on its right (no line, no picture: a column goes on through its picture), the
    columns going on above and below: a heading set across the columns (it cuts the page
    into bands, read one after the other)."""
    left = [ln for ln in lines if ln.x1 <= gutter]
    right = [ln for ln in lines if ln.x0 >= gutter]
    if len(right) < LIMITS["column_min_lines"]:
        return set()
    size = _median([ln.size for ln in lines])
    tops = sorted(ln.top for ln in left)
    pitch = _median([b - a for a, b in zip(tops, tops[1:], strict=False) if b > a] or [size])
    found = set()
    last: TextLine | None = None  # the display line right over this one, when it goes on from it
    for ln in sorted(left, key=lambda line: line.top):
        if ln.size < LIMITS["heading_size"] * size:
            last = None
            continue
        if last is not None and LIMITS["heading_lines_together"] and _same_heading(last, ln):
            if id(last) in found:  # (a heading's next line goes with its first, across or not)
                found.add(id(ln))
            last = ln
            continue
        last = ln
        above = [r.bottom for r in right if r.bottom <= ln.top]
        below = [r.top for r in right if r.top >= ln.bottom]
        level = any(r.top < ln.bottom and r.bottom > ln.top for r in right) or bool(LIMITS["picture_level"]) and any(
            x0 >= gutter and y0 < ln.bottom and y1 > ln.top for x0, y0, _x1, y1 in pictures)
        text_below = [t.top for t in left if t.top >= ln.bottom and t.size < LIMITS["heading_size"] * size]
        # the right column breaks off level with it, for more than a paragraph's space,
        # and both columns start again at one height under it
        if (above and below and text_below and not level and min(below) - max(above) >= 2 * pitch
                and abs(min(below) - min(text_below)) <= 0.5 * pitch):
            found.add(id(ln))
        elif above and not below and not text_below and not level and ln.top - max(above) >= 2 * pitch:
            # the last line of its column, the other column ended over a paragraph's space
            # above it (parallel texts side by side): it opens what follows both columns
            found.add(id(ln))
    return found


def _margin_side(side: list[TextLine], other: list[TextLine]) -> bool:
    """``side`` is a margin beside the text column ``other``: narrower, and all in
    smaller type (captions and notes set level with what they belong to) but for panel
    labels alone in display type ("01", "II" level with their headings)."""
    if not side or not other:
        return False
    left, right = _edges(side)
    other_left, other_right = _edges(other)
    body = _median([ln.size for ln in other])
    small = [ln for ln in side if ln.size <= LIMITS["caption_size"] * body]
    gap = max(other_left - right, left - other_right)  # the white between the margin and the text
    return right - left < LIMITS["margin_width"] * (other_right - other_left) and gap <= LIMITS["margin_gap"] * body and all(
        ln in small or alone_label(ln.text.strip()) is not None for ln in side)


def _in_margin(placed: list[Placed]) -> list[Placed]:
    for p in placed:
        p.margin = True
    return placed


def _interleave(main: list[Placed], margin: list[Placed]) -> list[Placed]:
    """The margin's blocks set into the text column's lines at their height."""
    blocks: list[list[Placed]] = []
    for placed in margin:
        last = blocks[-1][-1].line if blocks else None
        if last is not None and placed.line.top - last.bottom <= LIMITS["margin_block_gap"] * last.size:
            blocks[-1].append(placed)
        else:
            blocks.append([placed])
    display = LIMITS["heading_size"] * _median([p.line.size for p in main]) if main else 0.0
    # a panel label alone in the margin ("01") goes before the text line level with it
    # (its heading), not where its top falls among the lines
    level = {n: _level_line(block, main) for n, block in enumerate(blocks)}
    result: list[Placed] = []
    k = 0
    prev: TextLine | None = None
    for at, placed in enumerate(main):
        # (not between the lines of a heading, nor under a kicker over it: a title over
        # two lines stays whole, and so does a heading with its label)
        heading_above = prev is not None and (prev.bold or prev.size >= display) and (
            len(prev.text.split()) <= ZONE_LIMITS["kicker_words"])
        # (a block wholly above a heading goes before it: a margin caption of the section before)
        while (k < len(blocks) and blocks[k][0].line.top < placed.line.top and not heading_above and (
                placed.line.size < display or blocks[k][-1].line.bottom <= placed.line.top)):
            if level[k] is None:
                result.extend(blocks[k])
            k += 1
        result.extend(p for n, block in enumerate(blocks) if level[n] == at for p in block)
        result.append(placed)
        prev = placed.line
    for n, block in enumerate(blocks[k:], start=k):
        if level[n] is None:
            result.extend(block)
    return result


def _level_line(block: list[Placed], main: list[Placed]) -> int | None:
    """The index of the first line of ``main`` level with ``block`` when the block is a
    panel label alone on one line (None otherwise)."""
    if len(block) != 1 or alone_label(block[0].line.text.strip()) is None:
        return None
    label = block[0].line
    return next((n for n, p in enumerate(main) if p.line.top < label.bottom and label.top < p.line.bottom), None)


def _usual_gutter(gutters: list[float | None]) -> float | None:
    """The gutter of most pages that have one, when at least half of them do."""
    found = [g for g in gutters if g is not None]
    if not found or len(found) < 0.5 * len(gutters):
        return None
    return _median(found)


def _fits_gutter(lines: list[TextLine], cut: float) -> bool:
    crossing = sum(1 for ln in lines if ln.x0 < cut < ln.x1)
    left = any(ln.x1 <= cut for ln in lines)
    right = any(ln.x0 >= cut for ln in lines)
    return left and right and crossing <= LIMITS["gutter_crossing"] * len(lines)


def _gutter(lines: list[TextLine]) -> float | None:
    """The x of a column gutter on this page, if there is one."""
    if len(lines) < 2 * LIMITS["column_min_lines"]:
        return None
    lo = int(min(ln.x0 for ln in lines))
    hi = int(max(ln.x1 for ln in lines)) + 1
    cover = [0] * (hi - lo + 2)
    for ln in lines:
        cover[int(ln.x0) - lo + 1] += 1
        cover[int(ln.x1) - lo + 1] -= 1
    running = 0
    counts = []
    for value in cover:
        running += value
        counts.append(running)
    span = hi - lo
    # candidate gutters: the least-crossed x of each run of x positions crossed no more
    # than allowed, fewest crossings first, then nearest the middle
    allowed = LIMITS["gutter_crossing"] * len(lines)
    candidates: list[tuple[int, float, float]] = []
    run: list[int] = []
    band = LIMITS["gutter_band"]
    for x in [*range(int(band * span), int((1 - band) * span)), -1]:
        if x >= 0 and counts[x] <= allowed:
            run.append(x)
            continue
        if run:
            least = min(counts[k] for k in run)
            at = min((k for k in run if counts[k] == least), key=lambda k: abs(k - span / 2))
            candidates.append((least, abs(at - span / 2), float(lo + at)))
            run = []
    for _count, _distance, cut in sorted(candidates)[: int(LIMITS["gutter_candidates"])]:
        found = _checked_gutter(lines, cut)
        if found is not None:
            return found
    return None


def _checked_gutter(lines: list[TextLine], cut: float) -> float | None:
    """The gutter at ``cut`` when lines stand side by side on both sides of it, set
    apart by a gap wide enough."""
    left = [ln for ln in lines if ln.x1 <= cut]
    right = [ln for ln in lines if ln.x0 >= cut]
    if min(len(left), len(right)) < LIMITS["column_min_lines"]:
        return None
    size = _median([ln.size for ln in lines])
    side_by_side = min(ln.bottom for ln in right) < max(ln.top for ln in left) and min(
        ln.bottom for ln in left
    ) < max(ln.top for ln in right)
    if not side_by_side:
        return None
    # the gutter's width between the lines that stand level with the other side (a
    # caption set under the columns may reach into the gutter's band); all lines when
    # none do (a margin column whose captions stand between paragraphs)
    gap = min(ln.x0 for ln in right) - max(ln.x1 for ln in left)
    if gap < LIMITS["gutter_min"] * size:
        facing_left, facing_right = _facing(left, right), _facing(right, left)
        if not facing_left or not facing_right:
            return None
        gap = min(ln.x0 for ln in facing_right) - max(ln.x1 for ln in facing_left)
        if gap < LIMITS["gutter_min"] * size:
            return None
    return (max(ln.x1 for ln in left) + min(ln.x0 for ln in right)) / 2


def _facing(side: list[TextLine], other: list[TextLine]) -> list[TextLine]:
    """The lines of ``side`` level with some line of ``other``."""
    spans = sorted((ln.top, ln.bottom) for ln in other)
    tops = [top for top, _ in spans]
    reach = max(bottom - top for top, bottom in spans)
    facing = []
    for ln in side:
        start = bisect.bisect_left(tops, ln.top - reach)
        end = bisect.bisect_left(tops, ln.bottom)
        if any(bottom > ln.top for _, bottom in spans[start:end]):
            facing.append(ln)
    return facing


def _edges(lines: list[TextLine]) -> tuple[float, float]:
    lefts = sorted(ln.x0 for ln in lines)
    rights = sorted(ln.x1 for ln in lines)
    return lefts[len(lefts) // 10], rights[min(len(rights) - 1, (9 * len(rights)) // 10)]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 10.0


# ------------------------------------------------------------ source text


def _source_lines(
    content: PdfContent, placed: list[Placed], running: set[int], notes: Sequence[TextLine] = ()
) -> tuple[str, list[Line], tuple[array, array]]:
    """The source text (every line, reading order; a page's notes, then its running heads,
    after its body), a :class:`Line` per placed line and then per note line, and the boxes
    (x0, top, x1, bottom, flat) and pages of every source character."""
    by_page: dict[int, list[TextLine]] = {}
    for p in placed:
        by_page.setdefault(p.line.page, []).append(p.line)
    for note_line in notes:
        by_page.setdefault(note_line.page, []).append(note_line)
    for page in content.pages:
        extra = [ln for ln in page.lines if id(ln) in running]
        by_page.setdefault(page.number, []).extend(extra)
    parts: list[str] = []
    boxes = array("d")
    pages = array("I")
    line_of: dict[int, Line] = {}
    offset = 0
    lineno = 1
    for number in sorted(by_page):
        for text_line in by_page[number]:
            line = Line(len(line_of), lineno, offset, text_line.text)
            line.page = number
            line.cased = text_line.cased
            line_of[id(text_line)] = line
            parts.append(text_line.text + "\n")
            boxes.extend(text_line.boxes)
            boxes.extend((0.0, 0.0, 0.0, 0.0))  # the newline
            pages.extend([number] * len(text_line.text))
            pages.append(0)
            offset += len(text_line.text) + 1
            lineno += 1
    lines = [line_of[id(p.line)] for p in placed] + [line_of[id(ln)] for ln in notes]
    return "".join(parts), lines, (boxes, pages)


def _first_lines(source_text: str, pages: Sequence[int]) -> dict[int, int]:
    """The source line (1-based) each page's first line is, from the page of every source
    character (0 for a newline): pages follow one another in the source text."""
    first: dict[int, int] = {}
    start = 0
    for lineno, line in enumerate(source_text.split("\n"), start=1):
        if line and start < len(pages):
            first.setdefault(pages[start], lineno)
        start += len(line) + 1
    first.pop(0, None)
    return first


def _as_lineset(placed: list[Placed], lines: list[Line], source_text: str) -> LineSet:
    """Lines in reading order for the text layout, a new column or page marked; a typed
    rule ("=====") is no line: it underlines the line right over it and parts the text."""
    kept: list[tuple[Placed, Line]] = []
    ruled = False
    for p, line in zip(placed, lines, strict=True):
        if rule_line(line.text):
            if kept and kept[-1][0].column == p.column:
                kept[-1][1].underlined = True
            ruled = True
            continue
        line.separator_before = line.separator_before or ruled
        ruled = False
        kept.append((p, line))
    usual = _column_pitches([p for p, _line in kept])
    measure: dict[tuple[int, int], float] = {}
    for p, _line in kept:
        measure[p.column] = max(measure.get(p.column, 0.0), p.line.x1)
    for n, (p, line) in enumerate(kept):
        line.index = n
        line.spacing = "unspaced"
        line.page_start = n > 0 and kept[n - 1][0].column != p.column
        if n > 0 and p.column == kept[n - 1][0].column:
            prev = kept[n - 1][0].line
            pitch = p.line.top - prev.top
            line.gap_before = 1 if pitch > LIMITS["pitch_slack"] * 1.25 * p.line.size and not _wrapped_over(
                prev, p.line, pitch, usual.get(p.column), measure[p.column]) else 0
    return LineSet([line for _, line in kept], "unspaced", False, source_text)


def _column_pitches(placed: list[Placed]) -> dict[tuple[int, int], float]:
    """Per column, the median pitch between its consecutive lines (None-free: a column of one line has none)."""
    seen: dict[tuple[int, int], list[float]] = {}
    for a, b in itertools.pairwise(placed):
        if a.column == b.column and b.line.top > a.line.top:
            seen.setdefault(a.column, []).append(b.line.top - a.line.top)
    return {column: _median(pitches) for column, pitches in seen.items()}


def _wrapped_over(prev: TextLine, line: TextLine, pitch: float, usual: float | None, measure: float) -> bool:
    """``line`` goes on the sentence ``prev`` left open (``wrapped_goes_on``): ``prev`` ran full to the column's
    measure (``line``'s first word would not have fitted after it) and ends no sentence, and the pitch between
    them is no wider than the column's usual one allows."""
    if not LIMITS["wrapped_goes_on"] or usual is None or pitch > LIMITS["pitch_slack"] * usual:
        return False
    if ends_sentence(prev.text, lenient=True) or not line.text.split():
        return False
    word = line.text.split()[0]
    return measure - prev.x1 <= (len(word) + 1) * LIMITS["char_width"] * prev.size


# ------------------------------------------------------------ type


def _back_panels_last(placed: list[Placed], content: PdfContent) -> list[Placed]:
    """A folded leaflet's outside read cover first, its other panels last: when the first
    page is a sheet wider than tall, its text parted into panels by clear bands down the
    whole sheet, and the largest type (the cover's title) stands in the rightmost panel
    (the front of a folded sheet lies right of its back and its flaps), the other panels'
    lines are read after the inside pages, in their own order."""
    if not LIMITS["back_panels_last"] or len(content.pages) < 2:
        return placed
    sheet = content.pages[0]
    lines = [ln for ln in sheet.lines if ln.text.strip() and not ln.rotated]
    if not lines or sheet.width < LIMITS["sheet_aspect"] * sheet.height:
        return placed
    panels = _panels(lines)
    title = max(lines, key=lambda ln: ln.size)
    if len(panels) < 2 or not panels[-1][0] <= title.x0 < panels[-1][1]:
        return placed
    cover = panels[-1][0]
    back = [p for p in placed if p.line.page == 1 and p.line.x1 <= cover]
    if not back or len(back) == sum(p.line.page == 1 for p in placed):
        return placed
    moved = {id(p) for p in back}
    return [p for p in placed if id(p) not in moved] + back


def _panels(lines: list[TextLine]) -> list[tuple[float, float]]:
    """The sheet's panels from left to right: the spans across it its lines cover, merged
    where they overlap (a clear band down the whole sheet parts two panels)."""
    spans: list[tuple[float, float]] = []
    for x0, x1 in sorted((ln.x0, ln.x1) for ln in lines):
        if spans and x0 < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], x1))
        else:
            spans.append((x0, x1))
    return spans


def _title_block_first(placed: list[Placed]) -> list[Placed]:
    """``placed`` with the document's title block read first, where the reading order put text
    before it. The title is the line in the largest type, ``title_lead`` times larger than every
    line outside its block, of two words or more, ending no sentence; its block runs in its
    column from the lines right over it (a kicker) through its subtitle and lede to the first
    heading-type line after the lede (a side-bar under the title in a band), or the column's end."""
    if not placed:
        return placed
    k = max(range(len(placed)), key=lambda n: placed[n].line.size)
    title = placed[k].line
    if len(title.text.split()) < 2 or ends_sentence(title.text):
        return placed
    start = k
    while start > 0 and _kicker_of(placed[start - 1], placed[start]):
        start -= 1
    if start == 0:
        return placed
    size, bold, italic = body_style(placed)
    end, seen_text = k + 1, False
    while end < len(placed) and placed[end].column == placed[k].column:
        heading = _heading_type(placed[end].line, size, bold, italic, set())
        if heading and seen_text:
            break
        seen_text = seen_text or not heading
        end += 1
    block = placed[start:end]
    rest = placed[:start] + placed[end:]
    if any(p.line.size * LIMITS["title_lead"] > title.size for p in rest):
        return placed
    kicker = _kicker_apart(rest, placed[start].line) if LIMITS["kickers_apart"] else None
    if kicker is not None:  # read with the title it stands over, not where its frame fell
        rest.remove(kicker)
        block.insert(0, kicker)
    opening = _title_opening_apart(rest, block[0].line) if LIMITS["title_openings"] else None
    if opening is not None:  # the title's first words, read after the lines its display line overlaps
        rest.remove(opening)
        block.insert(0, opening)
    return block + rest


def _title_opening_apart(rest: list[Placed], top: TextLine) -> Placed | None:
    """A line read apart from the title block, standing right over its first line ``top`` (its foot at most a
    quarter of its size into the title's box: a display line's box is tall), flush with it (within one size of
    its type), in smaller type, ending on a function word ("Building the" over "Northern Canal"): the title's
    opening words, which no kicker ends on (``title_openings``)."""
    for p in rest:
        line = p.line
        words = line.text.split()
        if (words and words[-1] in FUNCTION_WORDS and line.page == top.page and line.top < top.top
                and line.bottom <= top.top + 0.25 * line.size
                and top.top - line.bottom <= LIMITS["kicker_reach"] * top.size
                and abs(line.x0 - top.x0) <= line.size and line.size < top.size):
            return p
    return None


def _kicker_apart(rest: list[Placed], top: TextLine) -> Placed | None:
    """A line read in a column of its own (no other line shares it) standing right over the
    title block's first line ``top`` (at most ``kicker_reach`` of its size), flush with it
    (within one size of its type), short (``kicker_words``) and ending no sentence: the
    kicker over a title, set in a frame of its own (a title band at the foot of a panel)."""
    columns = Counter(p.column for p in rest)
    for p in rest:
        line = p.line
        if (columns[p.column] == 1 and line.page == top.page and line.bottom <= top.top
                and top.top - line.bottom <= LIMITS["kicker_reach"] * top.size
                and abs(line.x0 - top.x0) <= line.size and len(line.text.split()) <= ZONE_LIMITS["kicker_words"]
                and not ends_sentence(line.text) and line.size < top.size):
            return p
    return None


# A line closing on a year or a span: a dated deck ("… and Cocoa Powder, 1828"), over which a place and a date is
# the panel's date line.
_CLOSING_YEAR = re.compile(r"\b\d{3,4}s?(?:\s*[-\u2013\u2014]\s*\d{2,4}s?)?\W{0,2}$")


def _title_deck(title: Entry, deck: list[Line], sizes: dict[int, float] | None = None) -> bool:
    """The deck under the unit title is the title's second part: the title is in one part (no
    colon parting it already) and the deck reads as a title (every word but the function words
    capitalised or a number, no sentence), not as a description in sentence case ("The
    flood of …")."""
    if not isinstance(title, Heading):
        return False
    dated = DATE_ALONE.match(deck[0].text.strip()) or (LIMITS["placed_dates_unkicked"] and PLACED_DATE.match(
        deck[0].text.strip()) and _CLOSING_YEAR.search(title.lines[-1].text)) if deck else None
    if LIMITS["dates_unkicked"] and sizes and len(deck) == 1 and dated and len(
            {round(sizes.get(id(line), 0.0)) for line in title.lines}) > 1:
        return False  # (a date alone under a title and its deck, two types already, is a heading block: the panel's dates)
    if LIMITS["display_dates"] and sizes and len(deck) == 1 and DATE_ALONE.match(deck[0].text.strip()) and (
            sizes.get(id(deck[0]), 0.0) > max(sizes.get(id(line), 0.0) for line in title.lines) + LIMITS["same_size"]):
        return False  # (a date alone set larger than the title under it is a display line: a heading block)
    return title_deck(" ".join(line.text for line in title.lines), " ".join(line.text for line in deck))


def _kicker_of(above: Placed, below: Placed) -> bool:
    """``above`` stands right over ``below`` in its column (a kicker over the title)."""
    line, under = above.line, below.line
    return (above.column == below.column and line.bottom <= under.top
            and under.top - line.bottom <= LIMITS["kicker_reach"] * under.size)


def body_style(placed: list[Placed]) -> tuple[float, bool, bool]:
    counts: Counter[tuple[float, bool, bool]] = Counter()
    for p in placed:
        counts[(round(p.line.size * 2) / 2, p.line.bold, p.line.italic)] += len(p.line.text)
    return counts.most_common(1)[0][0] if counts else (10.0, False, False)


def _italic_share(placed: list[Placed], size: float) -> float:
    """The share of the body-size text set in italics (a parallel translation in italics
    beside upright text makes half the body italic: neither is the body's one style)."""
    counts: Counter[bool] = Counter()
    for p in placed:
        if abs(p.line.size - size) <= LIMITS["same_size"]:
            counts[p.line.italic] += len(p.line.text)
    total = sum(counts.values())
    return counts[True] / total if total else 0.0


def classify(placed: list[Placed], content: PdfContent) -> None:
    """Set each line's kind from its type relative to the body type."""
    size, bold, italic = body_style(placed)
    outline = {_norm(title) for _, title, _ in content.outline}
    for p in placed:
        if _heading_type(p.line, size, bold, italic, outline) and not _position_alone(p.line.text) and not (
                match_label(p.line.text) and p.line.size < LIMITS["heading_size"] * size):  # "Right: The …" in bold
            p.kind = "heading"
        elif _caption_type(p.line, size, italic):
            p.kind = "caption"
    if LIMITS["small_caps_heading_share"]:
        _small_capitals_heads(placed, size, italic)
    if LIMITS["overlaid_captions"]:
        _overlaid_captions(placed, content, size)
    _display_quotes(placed, size, _italic_share(placed, size) >= LIMITS["italic_body_share"])
    if LIMITS["boxed_breaks"]:
        _boxed_breaks(placed, content)
    if LIMITS["keys_over_captions"]:
        _keys_over_captions(placed, size)
    _indented_statements(placed, size)
    _ledes_to_body(placed, size)
    _bold_sentences(placed, size)
    _bold_credits(placed, size)
    if LIMITS["caption_wraps"]:
        _caption_wraps(placed, size)
    _labels_over_headings(placed)
    _labels_to_their_headings(placed)
    _badges_before_headings(placed)
    _tab_badges_to_headings(placed)
    _hanging_labels_to_headings(placed)
    _margin_statements(placed, content, size)
    if LIMITS["side_quotes"]:
        _side_column_quotes(placed)
    _captions_without_pictures(placed, content, size)
    decks = _stated_deck(placed, content) if LIMITS["stated_decks"] else set()
    _lede_under_title(placed, decks)
    _lede_beside_title(placed)
    _listed_lines_to_body(placed)
    _margin_notes(placed, content, size)
    _captions_by_images(placed, content, size)
    _leading_credits(placed)
    _credits_under_pictures(placed, content)
    _run_in_numbers(placed, size, content)
    _table_rows(placed)
    _stray_captions(placed, content, size)
    if LIMITS["cell_rows"]:
        _cell_rows(placed, size)
    if LIMITS["number_strips"]:
        _number_strips(placed)
    if LIMITS["cell_strips"]:
        _cell_strips(placed, size)
    if LIMITS["box_head_lines"]:
        _box_headings(placed, size)
    if LIMITS["body_table_titles"]:
        _body_table_titles(placed, size)
    _table_heads(placed, size)
    hanging_entry_numbers(placed)  # a catalogue entry's number hanging before its caption (round 54)
    if LIMITS["caption_type_kickers"]:
        _caption_type_kickers(placed)


def _caption_type_kickers(placed: list[Placed]) -> None:
    """A line read as a caption by its small type that is a short line in capitals ending no sentence nor
    opening with a position label, right over a heading of its column (at most ``kicker_gap`` of the heading's
    size above it, flush with it within a size) in smaller type: the section's kicker ("A SEALED SUIT" over
    "4.3 …"), read as a heading line so the heading's reader judges it (``caption_type_kickers``)."""
    for p, under in zip(placed, placed[1:], strict=False):
        line, head = p.line, under.line
        text = line.text.strip()
        if p.kind != "caption" or under.kind != "heading" or under.column != p.column or head.page != line.page:
            continue
        if not in_capitals(text) or ends_sentence(text) or match_label(text) or (
                len(text.split()) > ZONE_LIMITS["kicker_words"]):
            continue
        gap = head.top - line.bottom
        if (-ZONE_LIMITS["kicker_overlap"] * head.size <= gap <= ZONE_LIMITS["kicker_gap"] * head.size
                and abs(line.x0 - head.x0) <= line.size and line.size < head.size):
            p.kind = "heading"


def _small_capitals_heads(placed: list[Placed], size: float, italic: bool) -> None:
    """A short line in capitals smaller than the body (``small_caps_heading_share`` of its size at least), upright
    as the body is and ending no sentence, right over a line of body type in its column (at its left edge or
    indented, no further under it than the body's size): a heading set in capitals the size of the body's
    small letters, over the text it heads. A caption in small type has its picture, not the text, under it."""
    for p, under in zip(placed, placed[1:], strict=False):
        line, below = p.line, under.line
        text = line.text.strip()
        if p.kind != "caption" or not in_capitals(text) or ends_sentence(text) or line.italic != italic:
            continue
        if len(text.split()) > LIMITS["caps_heading_words"] or line.size < LIMITS["small_caps_heading_share"] * size:
            continue
        if under.kind != "body" or below.page != line.page or under.column != p.column or below.size < size:
            continue
        if 0 <= below.top - line.bottom <= size and -LIMITS["indent"] * size <= below.x0 - line.x0 <= 2 * size:
            p.kind = "heading"


def _body_table_titles(placed: list[Placed], size: float) -> None:
    """A short line in body type right over a table's first row (kind "table", within ``caption_gap`` of its
    size), of its column, opening in capitals and ending no sentence nor clause, at most ``body_table_titles``
    words and narrower than ``ragged_last_share`` of its column (a paragraph's line over a table runs to the
    measure): the table's title, set apart with it ("Grain harvested, by year" over "Year | Tonnes"; round 53,
    structset70). The paragraph a table interrupts then reads on over both."""
    for p, under in zip(placed, placed[1:], strict=False):
        text = p.line.text.strip()
        kinds = ("body", "caption") if LIMITS["caption_table_titles"] else ("body",)
        if p.kind not in kinds or under.kind != "table" or under.column != p.column or under.line.page != p.line.page:
            continue
        if not text[:1].isupper() or text[-1:] in ".!?:;," or len(text.split()) > LIMITS["body_table_titles"]:
            continue
        narrow = p.line.x1 - p.line.x0 <= LIMITS["ragged_last_share"] * (p.right - p.left)
        close = 0 <= under.line.top - p.line.bottom <= LIMITS["caption_gap"] * max(p.line.size, size)
        if narrow and close:
            p.kind = "table"


def _overlaid_captions(placed: list[Placed], content: PdfContent, size: float) -> None:
    """Heading-type lines in type smaller than the body's printed inside a picture with its
    caption over it (``zones.overlay_boxes``: a few small lines on a tint band at the
    picture's foot), the last of them closing a sentence, are that caption, in bold or not:
    no heading, nor a pull quote (a label on a map, "Town walk · sites 1 to 6", states nothing)."""
    for page in content.pages:
        for box in zones.overlay_boxes(page):
            inside = [p for p in placed if p.kind == "heading" and p.line.page == page.number
                      and p.line.size < size and _inside_box(p.line, box)]
            if inside and ends_sentence(inside[-1].line.text.strip()):
                for p in inside:
                    p.kind = "caption"


def _box_headings(placed: list[Placed], size: float) -> None:
    """A short title line in mixed case ending no sentence (``is_title_like``), read as body and not
    going on from a line right above it, set right over text in type smaller than
    the body's (a box's own text: a side-bar) and larger than that text by ``heading_size``, at
    its left edge, is the box's heading: its type stands out from the text it heads though not
    from the page's body (a side-bar's title in the body's size over its smaller text). The
    box's text runs on for ``box_head_lines`` lines at least in its one size, to a sentence's end."""
    most = int(LIMITS["box_head_lines"])
    for k, p in enumerate(placed[: len(placed) - most]):
        text = p.line.text.strip()
        if p.kind != "body" or not 0 < len(text.split()) <= LIMITS["heading_max_words"] or ends_sentence(text):
            continue
        if not is_title_like(text) or in_capitals(text) or text.endswith((",", "-", "\u00ad")):
            continue  # a title in mixed case (capitals have their own rule), no line of a sentence
        before = placed[k - 1] if k else None
        if before is not None and before.kind == "body" and before.line.page == p.line.page and not ends_sentence(
                before.line.text) and 0 <= p.line.top - before.line.bottom <= p.line.size:
            continue  # the line goes on with the text right above it
        run = placed[k + 1 : k + 1 + most]
        first = run[0].line
        if match_label(text) is not None or first.page != p.line.page or abs(first.x0 - p.line.x0) > size:
            continue
        if not 0 <= first.top - p.line.bottom <= LIMITS["box_head_gap"] * first.size:
            continue
        if first.size > LIMITS["caption_size"] * size or p.line.size < LIMITS["heading_size"] * first.size:
            continue
        if all(q.kind in ("body", "caption") and abs(q.line.size - first.size) <= LIMITS["same_size"]
               and q.line.page == first.page for q in run) and any(ends_sentence(q.line.text) for q in placed[
                k + 1 : k + 1 + 3 * most]):
            p.kind = "heading"


def _number_strips(placed: list[Placed]) -> None:
    """A line of small numbers alone counting up by one ("1 2 3 4 5 6"), at least
    ``number_strips`` of them, is the key of a strip of pictures (the frames' numbers under
    them, each in a cell of its own), no caption and no text: a table's row."""
    for p in placed:
        tokens = p.line.text.split()
        if p.kind in ("caption", "body") and len(tokens) >= LIMITS["number_strips"] and all(
                zones.PICTURE_NUMBER.match(t) for t in tokens) and all(
                int(b) == int(a) + 1 for a, b in zip(tokens, tokens[1:], strict=False)):
            p.kind = "table"


_KEY_ENTRY = re.compile(r"^(\d{1,2})\s+(?=\S)")  # "1 Caxton's mark …": a key's entry and its number


def _caption_keys(placed: list[Placed], content: PdfContent, size: float) -> list[Placed]:
    """A caption key: pictures carrying small numbers (``zones.PICTURE_NUMBER`` set inside a
    picture's box or right beside it, ``_on_picture``) and, on the same page, outside every
    picture, entries in type smaller than the body opening with those numbers ("1 The
    printer's mark …"), each wrapped onto
    lines at its text's left edge and perhaps closed by a credit. Each entry is read as its
    picture's caption without the number (its credit found as any caption's); the numbers
    on the pictures and the key's short heading over its first entry ("Pictured") are no
    text. A numbered list in body type, or one whose numbers no picture carries, is not
    touched."""
    pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
    numbers: dict[tuple[int, str], int] = {}
    for k, p in enumerate(placed):
        text = p.line.text.strip()
        if zones.PICTURE_NUMBER.match(text) and any(_on_picture(p.line, box) for box in pictures.get(p.line.page, ())):
            numbers.setdefault((p.line.page, text), k)
    if not numbers:
        return placed
    drop: set[int] = set()
    keyed: list[int] = []
    for k, p in enumerate(placed):
        entry = _KEY_ENTRY.match(p.line.text)
        pictured = _keyed_picture(numbers, p.line.page, entry.group(1)) if entry is not None else None
        if (
            entry is None or pictured is None
            or p.line.size > LIMITS["caption_size"] * size
            or any(_inside_box(p.line, box) for box in pictures.get(p.line.page, ()))
        ):
            continue
        drop.add(pictured)
        keyed.append(k)
        p.line = _without_number(p.line, entry.end())
        p.kind, p.numbered = "caption", 0
        last = p.line
        for q in placed[k + 1 :]:  # its wrapped lines, at its text's left edge
            if not _wraps_entry(last, q.line) or _KEY_ENTRY.match(q.line.text):
                break
            q.kind, last = "caption", q.line
    if keyed:
        first = placed[keyed[0]]
        before = keyed[0] - 1
        if before >= 0 and _key_heading(placed[before].line, first.line, size):
            drop.add(before)
    return [p for k, p in enumerate(placed) if k not in drop]


def _keyed_picture(numbers: dict[tuple[int, str], int], page: int, number: str) -> int | None:
    """The index of the picture number a key's entry on ``page`` opening with ``number`` keys:
    the one on its own page, or, with ``facing_keys`` on and none there, the one on the page
    beside it (a spread's caption column keying the facing page's pictures too). None: none."""
    if (page, number) in numbers:
        return numbers[(page, number)]
    if not LIMITS["facing_keys"]:
        return None
    return next((numbers[(other, number)] for other in (page - 1, page + 1) if (other, number) in numbers), None)


def _letter_keys(placed: list[Placed], size: float) -> tuple[list[Placed], dict[int, str]]:
    """A key of captions by bracketed letters or numbers: at least ``letter_keys`` entries in
    type smaller than the body's, one under the other at one left edge on a page, each
    opening with its key counting on from the one before ("(a) A drain …", "(b) A seal …"),
    each wrapped onto lines at its text's left edge (``_wraps_entry``). Each entry is a
    caption of its own without its key (its credit found as any caption's), the key's short
    heading over the first entry ("Opposite") and a line of the keys alone (the plate's key
    under its pictures) no text. Gives the lines left and {id of each entry's first
    line: its key}, for ``_keyed_captions_cited``."""
    least = int(LIMITS["letter_keys"])
    runs: list[list[int]] = []
    for k, p in enumerate(placed):
        entry = _BRACKET_KEY.match(p.line.text)
        if entry is None or p.line.size > LIMITS["caption_size"] * size or p.kind not in ("body", "caption", "credit", "table"):
            continue
        opened = runs[-1][-1] if runs else -1
        prev = placed[opened].line if runs else None
        above = placed[k - 1].line if k else None
        if (prev is not None and above is not None and prev.page == p.line.page
                and abs(prev.x0 - p.line.x0) <= LIMITS["box_slack"]
                and _entry_wraps(placed, opened, k)
                and abs((prev if _credit_closed(placed, opened, k) else above).size - p.line.size) <= LIMITS["key_size"]
                and 0 <= p.line.top - above.bottom <= _entry_gap(placed, opened, k, above)
                and _key_rank(entry.group(1)) == _key_rank(_key_of(prev.text)) + 1):
            runs[-1].append(k)  # (the next entry, right under the last one's last line)
        else:
            runs.append([k])
    runs = [run for run in runs if len(run) >= least and _key_rank(_key_of(placed[run[0]].line.text)) == 1]
    if not runs:
        return placed, {}
    drop: set[int] = set()
    keys: dict[int, str] = {}
    for run in runs:
        for k in run:
            key = _key_of(placed[k].line.text)
            p = placed[k]
            edge = p.line.x0  # (the key's own edge)
            p.line = _without_number(p.line, _BRACKET_KEY.match(p.line.text).end())  # type: ignore[union-attr]
            p.kind, p.numbered, p.lead = "caption", 0, True  # (a caption of its own)
            keys[id(p)] = key
            wrapped = p.line  # (without its key: its text's left edge)
            for q in placed[k + 1 :]:
                if _BRACKET_KEY.match(q.line.text):
                    break
                if not _wraps_entry(wrapped, q.line, edge):
                    if _entry_credit(wrapped, q.line, edge):
                        q.kind = "caption"  # (its credit in its own type, closing it: read as the caption's credit)
                    break
                q.kind, wrapped = "caption", q.line
        before = run[0] - 1
        if before >= 0 and _key_heading(placed[before].line, placed[run[0]].line, size):
            drop.add(before)
    found = set(keys.values()) if LIMITS["keys_on_pictures"] else set()  # (a key of the run alone: on its picture)
    drop |= {k for k, p in enumerate(placed) if (_KEYS_ALONE.match(p.line.text.strip())
             or _key_alone(p.line.text) in found)
             and p.line.size <= size + LIMITS["key_size"]}
    return [p for k, p in enumerate(placed) if k not in drop], keys


def _entry_credit(last: TextLine, line: TextLine, edge: float) -> bool:
    """With ``key_credit_type`` on, ``line``, right under an entry's ``last`` line at its text's or its
    key's ``edge``, is the entry's credit in its own type (``_credit_type``)."""
    at = min(abs(line.x0 - last.x0), abs(line.x0 - edge)) <= LIMITS["box_slack"]
    return (line.page == last.page and at and 0 <= line.top - last.bottom <= LIMITS["caption_gap"] * last.size
            and _credit_type(line, last))


def _entry_gap(placed: list[Placed], opened: int, end: int, above: TextLine) -> float:
    """How far under the line ``above`` the next key entry may open: ``caption_gap`` of its size,
    or, after an entry closed by its credit in smaller type (``_credit_closed``), ``key_entry_gap``
    of the entry's own size (entries spaced apart, "(a) … credit", space, "(b) …")."""
    gap = LIMITS["caption_gap"] * above.size
    if LIMITS["key_entry_gap"] and _credit_closed(placed, opened, end):
        gap = max(gap, LIMITS["key_entry_gap"] * placed[opened].line.size)
    return gap


def _entry_wraps(placed: list[Placed], opened: int, end: int) -> bool:
    """The lines between the key entry at ``opened`` and ``end`` wrap that entry: each under
    the one before at the left edge of the entry's text (its key hanging in the margin or not)."""
    edge = placed[opened].line.x0
    last = _without_number(placed[opened].line, _BRACKET_KEY.match(placed[opened].line.text).end())  # type: ignore[union-attr]
    for j in range(opened + 1, end):
        if not _wraps_entry(last, placed[j].line, edge) and not (j == end - 1 and _credit_closed(placed, opened, end)):
            return False
        last = placed[j].line
    return True


def _credit_closed(placed: list[Placed], opened: int, end: int) -> bool:
    """With ``key_entry_credits`` on, the line before ``end`` closes the key entry at ``opened``
    as its credit: a line in type no larger, at the entry's edge (the key's or its text's), right
    under a line ending a sentence, reading as a credit (``is_credit``)."""
    if not LIMITS["key_entry_credits"] or end - opened < 2:
        return False
    last, line = placed[end - 2].line, placed[end - 1].line
    first = placed[opened].line
    text_edge = _without_number(first, _BRACKET_KEY.match(first.text).end()).x0 if end - 2 == opened else last.x0  # type: ignore[union-attr]
    return (
        line.page == last.page and line.size <= last.size + LIMITS["key_size"] and ends_sentence(last.text)
        and min(abs(line.x0 - first.x0), abs(line.x0 - text_edge)) <= LIMITS["box_slack"]
        and 0 <= line.top - last.bottom <= LIMITS["caption_gap"] * last.size
        and (is_credit(line.text.split(), closes_caption=True) or _credit_type(line, last))
    )


def _credit_type(line: TextLine, last: TextLine) -> bool:
    """With ``key_credit_type`` on, ``line`` is set apart from the entry line ``last`` over it as a
    credit by its type alone: clearly smaller (more than ``key_size`` points), upright under an
    italic entry or the reverse, short (at most ``key_credit_words`` words) and ending no sentence
    (a lender and a shelf mark, "Town Library, Maps 2.17")."""
    return (bool(LIMITS["key_credit_type"]) and last.size - line.size > LIMITS["key_size"]
            and line.italic != last.italic and len(line.text.split()) <= LIMITS["key_credit_words"]
            and not ends_sentence(line.text))


_KEY_ALONE = re.compile(r"^\((\d{1,2}|[a-zA-Z])\)$")  # one key alone, "(b)": set on its picture


def _key_alone(text: str) -> str | None:
    found = _KEY_ALONE.match(text.strip())
    return found.group(1) if found else None


def _key_of(text: str) -> str:
    found = _BRACKET_KEY.match(text)
    return found.group(1) if found else ""


def _level_margin_notes(placed: list[Placed], size: float) -> None:
    """Margin notes level with the text: a block of lines in heading or caption type smaller
    than the body's (each right under the one before, at its left edge, in its type), short
    (at most ``margin_note_words`` in all), ending no sentence, no label, position label or
    credit, not going on a caption or credit over it, its first line's foot level with a body
    line's beside it, and every line of its page reaching over its width another such block
    (a margin column of notes alone, outside the text's measure: "1819" beside the paragraph
    telling of 1819), is a note ("note": read with the notes, out of the paragraphs it stands
    beside). A caption in the margin runs longer or ends its sentence."""
    body: dict[int, list[TextLine]] = {}
    for p in placed:
        if p.kind == "body":
            body.setdefault(p.line.page, []).append(p.line)
    blocks: list[list[Placed]] = []
    k = 0
    while k < len(placed):
        end = k + 1
        if placed[k].kind in ("heading", "caption"):
            while end < len(placed) and placed[end].kind in ("heading", "caption") and _wraps_entry(
                    placed[end - 1].line, placed[end].line) and placed[end].line.bold == placed[k].line.bold:
                end += 1
            goes_on = k > 0 and placed[k - 1].kind in ("caption", "credit") and _wraps_entry(
                placed[k - 1].line, placed[k].line)  # (a caption's or credit's last lines)
            if not goes_on and _level_note(placed[k:end], body.get(placed[k].line.page, []), size):
                blocks.append(placed[k:end])
        k = end
    noted = {id(p) for block in blocks for p in block}
    for block in blocks:
        x0, x1 = min(p.line.x0 for p in block), max(p.line.x1 for p in block)
        page = block[0].line.page
        if all(id(p) in noted for p in placed if p.line.page == page and p.line.x0 < x1 and x0 < p.line.x1):
            for p in block:
                p.kind = "note"


def _level_note(block: list[Placed], body: list[TextLine], size: float) -> bool:
    first = block[0].line
    text = " ".join(p.line.text for p in block)
    if (
        any(p.line.size > LIMITS["caption_size"] * size for p in block)
        or len(text.split()) > LIMITS["margin_note_words"] or ends_sentence(text)
        or alone_label(text.strip()) is not None or match_label(text) is not None
        or any(_credit_line(p.line.text) for p in block)
        or any(b.x0 < p.line.x1 and p.line.x0 < b.x1 for b in body for p in block)
    ):
        return False
    return any(abs(b.bottom - first.bottom) <= LIMITS["level_foot"] * b.size for b in body)


def _tab_bands_order(body: list[TextLine], page: PageGeometry, usual: float | None, size: float) -> list[Placed]:
    """The page's reading order, band by band when its sections are set in bands across the
    page marked by tabs (``_tab_tops``): each band's columns read before the next band's."""
    pictures = zones.picture_boxes(page)
    tops = _tab_tops(body, page.regions, size) if LIMITS["tab_bands"] else []
    if not tops:
        return reading_order(body, usual=usual, pictures=pictures)
    cuts = [-1.0, *tops, page.height + 1.0]
    bands = [[ln for ln in body if a <= ln.top < b] for a, b in itertools.pairwise(cuts)]
    return _renumbered([reading_order(band, usual=usual, pictures=pictures) for band in bands if band])


def _tab_tops(body: list[TextLine], regions: list[Box], size: float) -> list[float]:
    """The tops of a page's tabs, where the bands begin: small drawn boxes (at most ``tab_box``
    body sizes wide and high), each holding the first word of a line, a label alone ("A",
    "2": the letter or number of the band's heading printed on its tab), at least
    ``tab_bands`` of them down one edge (their left sides within a body size), at other
    heights; [] when there are fewer."""
    reach = LIMITS["tab_box"] * size
    tabs: list[tuple[float, float]] = []  # (left side, top)
    for x0, y0, x1, y1 in regions:
        if x1 - x0 > reach or y1 - y0 > reach:
            continue
        for line in body:
            words = line.text.split()
            middle = (line.top + line.bottom) / 2
            if words and x0 <= line.x0 < x1 and y0 <= middle <= y1 and alone_label(words[0]) is not None:
                tabs.append((x0, min(y0, line.top)))
                break
    if len(tabs) < LIMITS["tab_bands"]:
        return []
    lefts = [x for x, _top in tabs]
    if max(lefts) - min(lefts) > size or len({round(top) for _x, top in tabs}) < len(tabs):
        return []
    return sorted(top for _x, top in tabs)


def _margin_numbers(placed: list[Placed], size: float) -> None:
    """Numbers down a margin, no text: lines each a number alone (with at most a unit, "1,000 m"),
    in type under the body's (at most ``caption_size`` of it), read as headings, captions or table
    cells, standing outside every body line's measure on their page, with no other line in such
    small type level (by its foot, ``level_foot``) beside them, at least ``margin_numbers`` in
    the document, their values rising down each page and from page to page. Numbers counting
    the paragraphs they stand level with (a catalogue's paragraph numbers) and the marks of a
    scale drawn down a panel's edge ("1,000 m" … "10,900 m") are both such a column; a table's
    numbers stand beside its other cells."""
    found: list[tuple[Placed, float]] = []
    for p in placed:
        match = MARGIN_NUMBER.fullmatch(p.line.text.strip())
        if p.kind in ("heading", "caption", "table") and match and p.line.size <= LIMITS["caption_size"] * size:
            found.append((p, float(re.sub(r"\D", "", match.group(1)))))
    if len(found) < LIMITS["margin_numbers"]:
        return
    marks = {id(p) for p, _value in found}
    by_page: dict[int, list[Placed]] = {}
    for other in placed:
        if id(other) not in marks:
            by_page.setdefault(other.line.page, []).append(other)
    for p, _value in found:
        line = p.line
        for other in by_page.get(line.page, []):
            o = other.line
            across = o.x0 < line.x1 and line.x0 < o.x1
            level = abs(o.bottom - line.bottom) <= LIMITS["level_foot"] * line.size
            small = other.kind != "body" and o.size <= LIMITS["caption_size"] * size
            if (across and other.kind == "body") or (level and not across and small):
                return
    ordered = sorted(found, key=lambda item: (item[0].line.page, item[0].line.top))
    if any(b[1] <= a[1] for a, b in itertools.pairwise(ordered)):
        return
    for p, _value in found:
        p.kind = "number"


def _on_picture(number: TextLine, box: Box) -> bool:
    """A picture's number: set inside its box, or beside it, within ``key_number_reach`` of its
    own size of one of its edges and level with (or across) the box along that edge."""
    if _inside_box(number, box):
        return True
    reach = LIMITS["key_number_reach"] * number.size
    x0, top, x1, bottom = box
    across = x0 - reach <= number.x0 and number.x1 <= x1 + reach
    level = top - reach <= number.top and number.bottom <= bottom + reach
    return (across and (0 <= top - number.bottom <= reach or 0 <= number.top - bottom <= reach)) or (
        level and (0 <= x0 - number.x1 <= reach or 0 <= number.x0 - x1 <= reach))


def _without_number(line: TextLine, start: int) -> TextLine:
    """``line`` without its first ``start`` characters (a key entry's number and the space
    after it), its extent read again from the glyphs left."""
    return replace(line, text=line.text[start:], boxes=line.boxes[4 * start :], x0=0.0, top=0.0, x1=0.0, bottom=0.0)


def _wraps_entry(last: TextLine, line: TextLine, edge: float | None = None) -> bool:
    """``line`` goes on a key entry whose last line is ``last``: on its page, in its type,
    starting at its left edge (or, with ``key_entry_credits`` on, at the key's own ``edge``: the key
    not hanging), right under it."""
    at = abs(line.x0 - last.x0) <= LIMITS["box_slack"] or (
        edge is not None and bool(LIMITS["key_entry_credits"]) and abs(line.x0 - edge) <= LIMITS["box_slack"])
    return (
        line.page == last.page and abs(line.size - last.size) <= LIMITS["key_size"] and line.italic == last.italic
        and at and 0 <= line.top - last.bottom <= LIMITS["caption_gap"] * last.size
    )


def _key_heading(line: TextLine, entry: TextLine, size: float) -> bool:
    """``line`` heads a key whose first entry is ``entry``: on its page, a short line in
    type no larger than the entry's (with ``key_heading_body`` on, or than the body's
    ``size``: a heading in the text's type, no display heading) ending no sentence, right
    over it, not right of it."""
    words = line.text.split()
    largest = entry.size + LIMITS["key_size"]
    if LIMITS["key_heading_body"]:
        largest = max(largest, size + LIMITS["key_size"])
    return (
        line.page == entry.page and 0 < len(words) <= LIMITS["key_heading_words"] and not ends_sentence(line.text)
        and line.size <= largest and line.x0 <= entry.x0 + LIMITS["box_slack"]
        and 0 <= entry.top - line.bottom <= LIMITS["key_heading_gap"] * entry.size
    )


def _closed_parts(run: list[Placed]) -> list[list[Placed]]:
    """A caption run cut after each line that closes a caption (``_closes_caption``) and
    opens no next line in its column: what a credit ends, the run's next column does not
    carry on."""
    parts: list[list[Placed]] = [[]]
    for prev, p in zip([None, *run], run, strict=False):
        if prev is not None and prev.column != p.column and _closes_caption(prev.line.text):
            parts.append([])
        parts[-1].append(p)
    return parts


def _closes_caption(text: str) -> bool:
    """A caption line after which the caption is done: it ends a sentence, or is a credit
    line or closes on one, not left open ("Lent by the Society of" wraps on)."""
    if ends_sentence(text):
        return True
    words = text.split()
    open_end = text.rstrip().endswith(_LEFT_OPEN) or (bool(words) and words[-1].lower() in FUNCTION_WORDS)
    return not open_end and _credit_led_or_closed(text)


def _credit_led_or_closed(text: str) -> bool:
    """A line opening with a credit lead ("Courtesy of …", "©") or closing on a credit."""
    return text.lower().startswith(CREDIT_LEADS) or _led_credit_end(text)


_LEFT_OPEN = (",", ";", ":", "-", "\u2013", "\u2014", "&")  # a line ending so goes on elsewhere


def _stray_captions(placed: list[Placed], content: PdfContent, size: float) -> None:
    """In a document with pictures, a caption-type run standing farther than
    ``stray_caption_reach`` body sizes from every picture of its page, set in caption type
    (smaller, or italic in an upright body), opening with no
    position label, is no caption but text set apart in small type -- a table's cells, a
    family tree's or a timeline's boxes, an audio stop's number: a table block, out of the
    captions and the paragraphs alike. A run holding a credit line stays (a caption with its
    credit; its picture may be overleaf), as does one left open at its end (a credit wrapped
    on elsewhere: "… Archive,"), one carrying on the caption read right before it, left
    open, a run under its picture's key ("(a)", read by ``_keys_over_captions``), and a prose run
    (``_captions_without_pictures`` read it)."""
    reach = LIMITS["stray_caption_reach"] * size
    italic = _italic_share(placed, size) >= LIMITS["italic_body_share"]
    pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
    if not reach or not any(pictures.values()):
        return
    for run in (part for block in _caption_blocks(placed) for part in _closed_parts(block)):
        first = run[0].line
        if match_label(first.text) is not None or _credit_run(run) or any(_credit_led_or_closed(p.line.text) for p in run):
            continue
        if LIMITS["stray_credit_tails"] and any(
                ends_sentence(run[k - 1].line.text) and _credit_run(run[k:]) for k in range(1, len(run))):
            continue  # a caption's sentence, then its credit wrapped on a line of its own
        if run[-1].line.text.rstrip().endswith(_LEFT_OPEN):
            continue
        at = placed.index(run[0])
        before = placed[at - 1] if at else None
        if before is not None and before.kind == "caption" and not _closes_caption(before.line.text):
            continue  # the caption read before it goes on here (set with a loose leading)
        if before is not None and before.kind == "caption" and _credit_wrapped_on(before.line, run):
            continue  # a credit wrapped onto a line of its own ("… / Pavel" over "Sandberg")
        if before is not None and before.kind == "number" and zones.PICTURE_KEY.match(before.line.text.strip()):
            continue  # keyed to its picture ("(a)" over it, ``_keys_over_captions``): the picture is elsewhere
        if not all(_caption_type(p.line, size, italic) for p in run):
            continue  # body type read as a caption by the picture it stands beside (``_captions_by_images``)
        if all(_run_distance(run, box) > reach for box in pictures.get(first.page, [])):
            for p in run:
                p.kind = "table"


def _credit_wrapped_on(credit: TextLine, run: list[Placed]) -> bool:
    """``run`` is one short line of names (capitalised words, no figures) set right under a credit
    line that ends no sentence, on its left edge and page: the credit's last words, wrapped."""
    line = run[0].line
    if len(run) != 1 or ends_sentence(credit.text) or not _credit_led_or_closed(credit.text):
        return False
    words = line.text.split()
    return (0 < len(words) <= LIMITS["credit_wrap_words"] and all(w[:1].isupper() and w.isalpha() for w in words)
            and line.page == credit.page and abs(line.x0 - credit.x0) <= credit.size
            and 0 < line.top - credit.top <= LIMITS["credit_wrap_leading"] * credit.size)


def _margin_statements(placed: list[Placed], content: PdfContent, size: float) -> None:
    """A caption-type run in type no smaller than the body's, bold or italic, near no
    picture, making one statement to a full stop over ``pull_quote_words`` words and no
    position label, not read right after a heading (a standfirst): a pull quote set in the
    margin, out of the text (kind "quote"). A caption is set smaller than the text it serves."""
    pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
    reach = ZONE_LIMITS["picture_reach"] * size
    for run in _caption_blocks(placed):
        first = run[0].line
        if first.size < size or not all(p.line.bold or p.line.italic for p in run) or match_label(first.text):
            continue
        if _read_after_heading(placed, run[0]):
            continue  # a standfirst under its heading
        if any(_run_distance(run, box) <= reach for box in pictures.get(first.page, [])):
            continue
        text = " ".join(p.line.text.strip() for p in run)
        if len(text.split()) >= LIMITS["pull_quote_words"] and text.endswith(".") and not _SENTENCE_BREAK.search(text):
            for p in run:
                p.kind = "quote"


def _side_column_quotes(placed: list[Placed]) -> None:
    """A run of body lines making one quotation, in quotation marks from its first word to
    its last (``pull_quote_words`` words or more), alone in a side column at most
    ``margin_width`` as wide as a column of text level with it on its page: a pull quote set
    beside the text (an OCR layer tells no italic), out of the text (kind "quote")."""
    for run in _runs(placed, "body"):
        if len({p.column for p in run}) > 1 or not _quoted_statement(run):
            continue
        first = run[0]
        width = first.right - first.left
        top, bottom = first.line.top, run[-1].line.bottom
        beside = [p for p in placed if p.column != first.column and p.line.page == first.line.page
                  and p.kind == "body" and p.line.top < bottom and p.line.bottom > top]
        if beside and width <= LIMITS["margin_width"] * max(p.right - p.left for p in beside):
            for p in run:
                p.kind = "quote"


def _captions_without_pictures(placed: list[Placed], content: PdfContent, size: float) -> None:
    """In a document with pictures, a caption-type run with no position label standing
    near no picture of its page is body text (a standfirst in italics under the title, a
    side-bar set in smaller type). With no picture found, a run of prose read right after a
    heading is still that heading's text (a boxed side-bar under its title)."""
    pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
    reach = ZONE_LIMITS["picture_reach"] * size
    runs = _caption_blocks(placed)
    prose = [
        run for run in runs
        if match_label(run[0].line.text) is None and _run_closed(run)
        and sum(len(p.line.text.split()) for p in run) >= ZONE_LIMITS["prose_words"]
    ]
    if not any(pictures.values()):
        for run in prose:
            if _read_after_heading(placed, run[0]) and not any(match_label(p.line.text) for p in run[1:]):
                for p in run:
                    p.kind = "body"
        return
    # each picture serves the caption run nearest to it (a prose run loses its picture to
    # a nearer caption closed by its credit: a boxed side-bar beside a captioned picture)
    served: set[int] = set()
    for number, boxes in pictures.items():
        for box in boxes:
            reached = [(d, n) for n, run in enumerate(runs) if run[0].line.page == number
                       and not _credit_line(" ".join(p.line.text for p in run))  # (nor does a credit alone)
                       and (d := _run_distance(run, box)) <= reach]
            if reached:
                served.add(min(reached)[1])
    # (a run holding a position-labelled caption is that picture's, whatever heading it follows)
    under_heading = {id(run[0]) for run in prose if _read_after_heading(placed, run[0])
                     and not any(match_label(p.line.text) for p in run[1:])}
    for n, run in enumerate(runs):
        if any(run is r for r in prose) and (n not in served or id(run[0]) in under_heading):
            for p in run:
                p.kind = "body"


def _run_closed(run: list[Placed]) -> bool:
    """The run's last line ends a sentence; or (switch ``short_close``) it ends on a stop after an
    abbreviation ("… marked p.m.") and stops short of the run's widest line by ``short_close`` of
    that width at least: a paragraph's last line, the stop its sentence's end."""
    last = run[-1].line
    if ends_sentence(last.text):
        return True
    share = LIMITS["short_close"]
    widest = max(p.line.x1 - p.line.x0 for p in run)
    return bool(share) and len(run) > 1 and ends_sentence(last.text, lenient=True) and (
        last.x1 - last.x0 <= (1 - share) * widest)


def _display_quotes(placed: list[Placed], size: float, italic: bool) -> None:
    """A heading-type run set in italics where the body is upright, centred in its column,
    making one statement ending in a full stop over ``pull_quote_words`` words or more, is
    a pull quote set as display type ("Thirst did what the sea had left undone."): no
    heading (a heading names, it does not state), and out of the text (kind "quote"). So is
    a heading-type run in any type wholly inside quotation marks, of as many words."""
    run: list[Placed] = []
    for p in [*placed, None]:
        if p is not None and p.kind == "heading" and (
                not run or (p.column == run[-1].column and _close_below(run[-1].line, p.line)
                            and p.line.italic == run[-1].line.italic)):
            run.append(p)
            continue
        shown_apart = run and run[0].line.italic and not italic and (
            _centred_statement(run, size) or _attributed_quotation(run) or _italic_statement(run, placed))
        if run and (shown_apart or _quoted_statement(run)):
            for q in [*run, *_dashed_attribution(placed, run, size)]:
                q.kind = "quote"
        run = [p] if p is not None and p.kind == "heading" else []


def _keys_over_captions(placed: list[Placed], size: float) -> None:
    """Keys of captions set apart from their pictures (a caption column keyed "(a)", "(b)" to
    pictures on another page): a heading line in type smaller than the body's that is one key
    (``zones.PICTURE_KEY``), right over a line of its column in type smaller still than the body's
    (the caption), is no heading and no text (kind "number"); so is a heading line in capitals,
    smaller than the body's, right over the first such key (the column's head, "ILLUSTRATIONS"). Right over:
    on its page, at most ``key_caption_gap`` of the key's size above it."""
    for n, p in enumerate(placed[:-1]):
        after = placed[n + 1]
        if (p.kind != "heading" or p.line.size >= size or not zones.PICTURE_KEY.match(p.line.text.strip())
                or after.column != p.column or after.kind == "heading" or after.line.size >= size):
            continue
        reach = LIMITS["key_caption_gap"]
        if reach and not (after.line.page == p.line.page and after.line.top - p.line.bottom <= reach * p.line.size):
            continue  # a number far over the caption (a section's tab at the page's top) keys nothing
        p.kind = "number"
        before = placed[n - 1] if n else None
        if (before is not None and before.kind == "heading" and before.column == p.column
                and before.line.size < size and in_capitals(before.line.text)):
            before.kind = "number"


def _boxed_breaks(placed: list[Placed], content: PdfContent) -> None:
    """A run of heading-type lines (one column, one type) lying wholly inside one drawn box of its
    page, read between two body lines of its column (the one after under the one before: a box
    across the column may start a band of its own), the one before ending no sentence and the one
    after going on in lower case: a box quote set into the paragraph mid-sentence (a heading never
    parts a sentence), out of the text (kind "quote"), so the paragraph reads on across it."""
    regions = {page.number: page.regions for page in content.pages}
    slack = ZONE_LIMITS["region_slack"]
    for run in _runs(placed, "heading"):
        first, last = placed.index(run[0]), placed.index(run[-1])
        if first == 0 or last + 1 >= len(placed) or len({p.column for p in run}) > 1:
            continue
        before, after = placed[first - 1], placed[last + 1]
        if (before.kind != "body" or after.kind != "body" or before.column != run[0].column
                or after.line.page != before.line.page or not _overlaps(before.line.x0, before.line.x1, after.line.x0, after.line.x1)
                or ends_sentence(before.line.text.rstrip())
                or not after.line.text.lstrip()[:1].islower()):
            continue
        x0 = min(p.line.x0 for p in run)
        x1 = max(p.line.x1 for p in run)
        top, bottom = run[0].line.top, max(p.line.bottom for p in run)
        if any(b[0] - slack <= x0 and x1 <= b[2] + slack and b[1] - slack <= top and bottom <= b[3] + slack
               and b[1] >= before.line.bottom - slack and b[3] <= after.line.top + slack
               for b in regions.get(run[0].line.page, ())):
            for p in run:
                p.kind = "quote"


_QUOTED = re.compile(r"^[\u201c\"\u2018][^\u201c\u201d\"]+[\u201d\"\u2019][.!?]?$")


def _italic_statement(run: list[Placed], placed: list[Placed]) -> bool:
    """The italic display run (the body upright) makes one statement or question of
    ``pull_quote_words`` words or more, with no label, where most of the document's headings
    are upright (its other heading-type lines of at most ``caps_heading_words`` words ending
    no sentence, ``numbered_heads`` upright at least) and text or a caption is read before it
    (not a deck under the title): a pull quote however it is set in its column ("A map of the sky, or a calendar in metal?"). A
    heading names; it does not state or ask in a sentence of its own type."""
    if not LIMITS["italic_statements"]:
        return False
    text = " ".join(p.line.text.strip() for p in run)
    if len(text.split()) < LIMITS["pull_quote_words"] or not text.rstrip("\u201d\u2019\"'").endswith((".", "?", "!")):
        return False
    if _SENTENCE_BREAK.search(text) or alone_label(run[0].line.text) or LABEL_LEAD.match(text):
        return False
    at = next(n for n, p in enumerate(placed) if p is run[0])
    names = [p for p in placed if p.kind == "heading" and all(p is not q for q in run)
             and len(p.line.text.split()) <= LIMITS["caps_heading_words"] and not ends_sentence(p.line.text)]
    upright = sum(not p.line.italic for p in names)
    return (upright >= LIMITS["numbered_heads"] and 2 * upright > len(names)
            and any(p.kind in ("body", "caption") for p in placed[:at]))


def _quoted_statement(run: list[Placed]) -> bool:
    """The run is one quotation, in quotation marks from its first word to its last, of
    ``pull_quote_words`` words or more, or of any length closing a sentence inside its
    marks ("Nothing is lost." in its marks; switch ``closed_quotes``): display type quoting
    someone, not a heading (a title in quotation marks names a thing, "The Silent Road"
    in its marks, and closes no sentence)."""
    text = " ".join(p.line.text.strip() for p in run)
    if _QUOTED.match(text) is None:
        return False
    return len(text.split()) >= LIMITS["pull_quote_words"] or bool(
        LIMITS["closed_quotes"] and _CLOSED_QUOTE.search(text))


_CLOSED_QUOTE = re.compile(r"[.!?][\u201d\"\u2019]$")  # a sentence's end, then the closing quotation mark


_DASH_LEAD = ("\u2014", "\u2013", "-")


def _dashed_attribution(placed: list[Placed], run: list[Placed], size: float) -> list[Placed]:
    """The line right under a display quote, centred under it and opening with a dash: its
    attribution (or its translation), part of the quote."""
    at = placed.index(run[-1]) + 1
    if at >= len(placed):
        return []
    nxt, last = placed[at], run[-1].line
    centre = (last.x0 + last.x1) / 2
    centred = abs((nxt.line.x0 + nxt.line.x1) / 2 - centre) <= size or _flush_left_under(run, nxt.line, size)
    below = nxt.line.page == last.page and 0 <= nxt.line.top - last.bottom <= LIMITS["caption_gap"] * last.size
    if centred and below and nxt.line.text.lstrip().startswith(_DASH_LEAD):
        wrap = placed[at + 1] if at + 1 < len(placed) else None
        return [nxt, wrap] if wrap is not None and _attribution_wrap(nxt, wrap) else [nxt]
    after = placed[at + 1].line if at + 1 < len(placed) else None
    return [nxt] if below and _flush_attribution(run, nxt.line, after) else []


def _attribution_wrap(dash: Placed, wrap: Placed) -> bool:
    """With ``wrapped_dash_attributions`` on, ``wrap`` goes on with a quote's dashed attribution ``dash``
    ("— Letter of a harbour" / "master's clerk, 1842"): right under it in its column and type, flush with
    it, opening in lower case, at most ``attribution_words`` words (round 56, struct74)."""
    a, b = dash.line, wrap.line
    return (bool(LIMITS["wrapped_dash_attributions"]) and wrap.column == dash.column and b.page == a.page
            and abs(b.size - a.size) < LIMITS["same_size"] and 0 <= b.top - a.bottom <= LIMITS["caption_gap"] * a.size
            and abs(b.x0 - a.x0) <= a.size and b.text.strip()[:1].islower()
            and len(b.text.split()) <= LIMITS["attribution_words"])


def _flush_left_under(run: list[Placed], line: TextLine, size: float) -> bool:
    """With ``flush_left_dashes`` on, ``line`` starts where the display quote's lines start (within half the
    body's size): a dash line set flush left under a quote set flush left (round 53, structset70)."""
    return bool(LIMITS["flush_left_dashes"]) and abs(line.x0 - min(p.line.x0 for p in run)) <= 0.5 * size


def _flush_attribution(run: list[Placed], line: TextLine, after: TextLine | None) -> bool:
    """The line right under a display quote, in smaller type, set flush with the quote's right
    edge (within one of its sizes) and in from its left, naming its speaker in a few words
    (at most ``attribution_words``, capitalised, ending no sentence, no position label: "Name,
    1753"), no line of its own under it going on from its left edge: the quote's attribution,
    part of it, no caption (``flush_attributions``)."""
    if not LIMITS["flush_attributions"]:
        return False
    size = max(p.line.size for p in run)
    text = line.text.strip()
    if line.size >= size or not text or not text[0].isupper() or ends_sentence(text) or match_label(text):
        return False
    if after is not None and after.page == line.page and abs(after.x0 - line.x0) <= line.size / 2 and (
            0 <= after.top - line.bottom <= line.size):
        return False  # a block going on under it (a caption's next line), no attribution alone
    if len(text.split()) > LIMITS["attribution_words"]:
        return False
    left, right = min(p.line.x0 for p in run), max(p.line.x1 for p in run)
    return abs(line.x1 - right) <= size and line.x0 > left + size


# A quotation in quotation marks, then a dash and who said it ("“…” – Name, as …").
_ATTRIBUTED = re.compile(r"^[\u201c\"\u2018](?P<quote>[^\u201d\"\u2019]+)[\u201d\"\u2019]\s*[\u2014\u2013-]\s*\w")


def _attributed_quotation(run: list[Placed]) -> bool:
    """The italic display run is a quotation of ``pull_quote_words`` words or more in
    quotation marks, its speaker after a dash: a pull quote with its attribution (a heading
    names, it quotes no one), wherever it is set in its column."""
    attributed = _ATTRIBUTED.match(" ".join(p.line.text.strip() for p in run))
    return attributed is not None and len(attributed.group("quote").split()) >= LIMITS["pull_quote_words"]


def _centred_statement(run: list[Placed], size: float) -> bool:
    text = " ".join(p.line.text.strip() for p in run)
    if len(text.split()) < LIMITS["pull_quote_words"] or not text.endswith((".", ".\u201d", ".\"")):
        return False
    if _SENTENCE_BREAK.search(text):
        return False  # a pull quote is one sentence; a centred lede in display type runs on
    # centred: the lines share one centre, and one of them at least is set in from the left
    # (a run boxed on its own has its first line for its column)
    centres = [(p.line.x0 + p.line.x1) / 2 for p in run]
    return max(centres) - min(centres) <= size and any(p.line.x0 > p.left + size for p in run)


def _indented_statements(placed: list[Placed], size: float) -> None:
    """A run of heading-type lines all set in from their column's left edge by the same
    small indent (a pull quote hung inside its rules or tint), making one statement ending
    in a full stop over ``pull_quote_words`` words or more, with no label: a pull quote in
    display type, out of the text (kind "quote"). A heading starts at its column's edge."""
    run: list[Placed] = []
    for p in [*placed, None]:
        if p is not None and p.kind == "heading" and run and p.column == run[-1].column and (
                p.line.size == run[-1].line.size and _close_below(run[-1].line, p.line)):
            run.append(p)
            continue
        if run and _indented_statement(run, size):
            sources = _dashed_attribution(placed, run, size) if LIMITS["indented_quote_sources"] else []
            for q in [*run, *sources]:
                q.kind = "quote"
        run = [p] if p is not None and p.kind == "heading" else []


def _indented_statement(run: list[Placed], size: float) -> bool:
    text = " ".join(p.line.text.strip() for p in run)
    if len(text.split()) < LIMITS["pull_quote_words"] or not text.endswith((".", ".\u201d", ".\"")):
        return False
    if _SENTENCE_BREAK.search(text) or alone_label(run[0].line.text) or LABEL_LEAD.match(text):
        return False
    indents = [p.line.x0 - p.left for p in run]
    return LIMITS["quote_indent"] * size <= min(indents) and max(indents) - min(indents) <= LIMITS["quote_indent"] * size and (
        max(indents) <= LIMITS["quote_indent_most"] * size)


_SENTENCE_BREAK = re.compile(r"[.!?][\u201d\u2019\"']?\s+[\u201c\"]?[A-Z]")


def _lede_under_title(placed: list[Placed], decks: set[int] | None = None) -> None:
    """A caption-type run right under the title (the heading in the largest type, its lines
    together, and its deck: ``decks``, ids of its lines), with no position label, running to a sentence end over ``prose_words`` words
    or more, is the title's lede (an introduction set in italics), body text: a caption
    names its picture in fewer words or opens with where it is."""
    headings = [n for n, p in enumerate(placed) if p.kind == "heading"]
    if not headings:
        return
    top = max(placed[n].line.size for n in headings)
    at = next(n for n in headings if placed[n].line.size == top)
    while at + 1 < len(placed) and placed[at + 1].kind == "heading" and (
            _in_title(placed, headings, at + 1, top) or id(placed[at + 1]) in (decks or set())):
        at += 1
    first = at + 1 if at + 1 < len(placed) and placed[at + 1].kind == "caption" else _line_under(placed, at)
    if first is None:
        return
    run = [placed[first]]
    for p in placed[first + 1:]:
        # (a lede line in display type may have been read as a heading: the lede's type goes on)
        if (p.kind != "caption" and not _same_type(p.line, run[0].line)) or p.column != run[-1].column or (
                not _close_below(run[-1].line, p.line)):
            break
        run.append(p)
    if match_label(run[0].line.text) is not None or not ends_sentence(run[-1].line.text):
        return
    if sum(len(p.line.text.split()) for p in run) >= ZONE_LIMITS["prose_words"]:
        for p in run:
            p.kind = "body"


def _stated_deck(placed: list[Placed], content: PdfContent) -> set[int]:
    """Lines read right after the title (the heading lines in the largest type) that complete the title the
    PDF states (its information Title) are the title's deck, heading lines, whatever their type: a subtitle
    set in the lede's type under a display title ("Harbour Lights" / "The Keepers of the North Light, 1850–1900",
    stated as both). At most ``stated_decks`` lines, each on the title's page, none ending a sentence. The ids
    of the deck's lines."""
    stated = _norm(content.title or "")
    headings = [n for n, p in enumerate(placed) if p.kind == "heading"]
    if not stated or not headings:
        return set()
    top = max(placed[n].line.size for n in headings)
    at = next(n for n in headings if placed[n].line.size == top)
    while at + 1 < len(placed) and placed[at + 1].kind == "heading" and placed[at + 1].line.size == top:
        at += 1
    title = " ".join(p.line.text for p in placed[: at + 1] if p.kind == "heading" and p.line.size == top)
    if stated == _norm(title) or not stated.startswith(_norm(title) + " "):
        return set()
    deck: list[Placed] = []
    for p in placed[at + 1 : at + 1 + int(LIMITS["stated_decks"])]:
        if p.kind == "heading" or p.line.page != placed[at].line.page or ends_sentence(p.line.text):
            return set()
        deck.append(p)
        title += " " + p.line.text
        if _norm(title) == stated:
            for line in deck:
                line.kind = "heading"
            return {id(line) for line in deck}
        if not stated.startswith(_norm(title) + " "):
            return set()
    return set()


def _in_title(placed: list[Placed], headings: list[int], n: int, top: float) -> bool:
    """The heading line at ``n``, right after the title's lines, is one of them: in the
    title's size, or a second title line in a smaller size still larger than any heading
    read after it (a two-size title: "Fire the Mail!" over its subtitle line)."""
    size = placed[n].line.size
    return size == top or all(size > placed[k].line.size for k in headings if k > n)


def _line_under(placed: list[Placed], at: int) -> int | None:
    """The index of the caption-type line that is the next line under the title line at
    ``at`` on its page, starting at its left edge (whatever the reading order put between
    them: a title band read after the page's text), or None."""
    title = placed[at].line
    middle = (title.top + title.bottom) / 2  # (a line set into the title's lower half is under it too)
    below = [n for n, p in enumerate(placed) if p.line.page == title.page and p.line.top > middle
             and p.line.x0 < title.x1 and p.line.x1 > title.x0]
    if not below:
        return None
    n = min(below, key=lambda k: placed[k].line.top)
    near = placed[n]
    return n if near.kind == "caption" and abs(near.line.x0 - title.x0) <= title.size else None


def _read_after_heading(placed: list[Placed], first: Placed) -> bool:
    """``first`` is read right after a heading (the title's standfirst, a side-bar's text under
    its title): a picture's caption belongs to its picture, not to a heading, so a run of
    prose read there is the heading's text, whatever picture stands near it."""
    k = next(n for n, p in enumerate(placed) if p is first)
    if k == 0 or placed[k - 1].kind != "heading" or figure_lead(first.line.text):
        return False  # (a numbered caption, "Fig. 2 …", is its picture's whatever it follows)
    # (a pull quote set as display type is no heading the run belongs to)
    return placed[k - 1].line.text.lstrip()[:1] not in OPENING_QUOTES


def _lede_beside_title(placed: list[Placed]) -> None:
    """A caption-type run set beside the title (right of its lines, level with them), with
    no position label, running to a sentence end over ``prose_words`` words or more, is the
    title's lede set in a column of its own: body text, read right after the title."""
    headings = [n for n, p in enumerate(placed) if p.kind == "heading"]
    if not headings:
        return
    top = max(placed[n].line.size for n in headings)
    title = [p for p in placed if p.kind == "heading" and p.line.size == top]
    if not title or any(p.line.page != title[0].line.page for p in title):
        return
    x1, upper, lower = max(p.line.x1 for p in title), min(p.line.top for p in title), max(p.line.bottom for p in title)
    for run in _caption_blocks(placed):
        first = run[0].line
        if first.page != title[0].line.page or min(p.line.x0 for p in run) < x1:
            continue
        if not (first.top < lower and upper < run[-1].line.bottom) or match_label(first.text) is not None:
            continue
        if not ends_sentence(run[-1].line.text) or sum(len(p.line.text.split()) for p in run) < ZONE_LIMITS["prose_words"]:
            continue
        for p in run:
            placed.remove(p)
            p.kind, p.column = "body", title[-1].column
        at = placed.index(title[-1]) + 1
        placed[at:at] = run
        return


def _table_rows(placed: list[Placed]) -> None:
    """A heading-type line parted into cells by wide gaps over body lines parted at the
    same places (a table's header row over its rows: "Year   Event") is the table's first
    row, no heading; each row whose cells all line up opens a paragraph of its own (a row
    wrapped inside its last cell goes on)."""
    for k, p in enumerate(placed):
        if p.kind != "heading":
            continue
        cells = _cell_starts(p.line)
        if len(cells) < 2:
            continue
        rows: list[Placed] = []
        for q in placed[k + 1 :]:
            if q.kind != "body" or q.column != p.column:
                break
            starts = _cell_starts(q.line)
            if _aligned(starts, cells):
                rows.append(q)
            elif not (len(starts) == 1 and any(abs(starts[0] - c) <= LIMITS["cell_align"] for c in cells[1:])):
                break  # (a line starting in a later cell goes on the row above)
        if len(rows) < LIMITS["table_rows"]:
            continue
        p.kind, p.lead = "body", True
        for q in rows:
            q.lead = True


def _cell_rows(placed: list[Placed], size: float) -> None:
    """A run of at least ``cell_rows`` caption lines in type smaller than the body's, of one
    column and page, each parted by wide gaps (``cell_gap``) into cells starting at the same places (a
    table with no header row: "1868 patent   two rows of keys …"), is a table, its lines
    table blocks; so is a heading over nothing but the run (the table's title: the DOCX and
    HTML readers' rule). Text wrapped in lines is never parted at one place line after line; rows
    in body type stay the text's (``_table_rows``: a timeline's "1974   Farmers find …")."""
    k = 0
    while k < len(placed):
        cells = _cell_starts(placed[k].line)
        end = k + 1
        while len(cells) >= 2 and end < len(placed) and _same_row_plan(placed[k], placed[end], cells):
            end += 1
        run = placed[k:end]
        if len(run) < LIMITS["cell_rows"] or any(p.kind != "caption" or p.line.size >= size - LIMITS["same_size"]
                                                 for p in run):
            k += 1
            continue
        for p in run:
            p.kind = "table"
        title = placed[k - 1] if k else None
        after = placed[end] if end < len(placed) else None
        if title is not None and title.kind == "heading" and title.column == run[0].column and (
                after is None or after.kind == "heading" or after.column != run[0].column):
            title.kind = "table"
        k = end


def _table_heads(placed: list[Placed], size: float) -> None:
    """A heading-type line in type smaller than the body's (bold over regular rows) right over a table's rows
    (``table_heads`` of them at least, kind "table", of its column), its cells starting where theirs do (one
    cell only when a header part level with it in another column is the table's already), is the table's
    header row; a heading-type line in such small type right over the header (within ``caption_gap``
    of the body's size) is the table's title (a table set into a paragraph, text going on under it: round 54,
    struct69). Both table lines."""
    least = int(LIMITS["table_heads"])
    if not least:
        return
    for k, head in enumerate(placed):
        rows = placed[k + 1 : k + 1 + least]
        if head.kind != "heading" or head.line.size >= size - LIMITS["same_size"] or len(rows) < least:
            continue
        cells = _cell_starts(head.line)
        if len(cells) < 2 and not any(_level_part(head, q) for q in placed):
            continue  # (one cell: a header row's part read in a column of its own, level with its first part)
        if not all(q.kind == "table" and _same_row_plan(head, q, cells) for q in rows):
            continue
        head.kind = "table"
        title = placed[k - 1] if k else None
        if title is not None and title.kind == "heading" and title.column == head.column and (
                title.line.size < size - LIMITS["same_size"]) and title.line.page == head.line.page and (
                0 <= head.line.top - title.line.bottom <= LIMITS["caption_gap"] * max(title.line.size, size)):
            title.kind = "table"


def _level_part(head: Placed, other: Placed) -> bool:
    """``other`` is a table line of ``head``'s page and type, standing level with it in another column."""
    return (other is not head and other.kind == "table" and other.column != head.column
            and other.line.page == head.line.page and _same_type(other.line, head.line)
            and abs(other.line.top - head.line.top) <= LIMITS["same_size"] * head.line.size)


def _cell_strips(placed: list[Placed], size: float) -> None:
    """A strip of cells side by side: at least ``cell_strips`` columns read one after another on
    a page, each of at most ``strip_cell_lines`` short lines (``strip_cell_words``) ending no
    sentence, their first lines level (within the body's size) and each standing right of the
    one before (a timeline strip's numbered cells under the text: "3" / "1834" / "A skeleton
    found"), is a table, its lines table blocks: the numbers are no headings, the notes no text."""
    groups: list[list[Placed]] = []
    for p in placed:
        last = groups[-1][-1].line if groups else None
        if last is not None and groups[-1][-1].column == p.column and last.page == p.line.page and (
                0 <= p.line.top - last.bottom <= LIMITS["strip_cell_gap"] * size):  # (one right under another)
            groups[-1].append(p)
        else:
            groups.append([p])

    def cell(group: list[Placed]) -> bool:
        return len(group) <= LIMITS["strip_cell_lines"] and all(
            p.kind in ("body", "heading", "caption", "table") and len(p.line.text.split()) <= LIMITS["strip_cell_words"]
            and not ends_sentence(p.line.text.strip()) for p in group)

    def beside(a: list[Placed], b: list[Placed]) -> bool:
        return (a[0].line.page == b[0].line.page and abs(a[0].line.top - b[0].line.top) <= size
                and max(p.line.x1 for p in a) <= min(p.line.x0 for p in b))

    k = 0
    while k < len(groups):
        end = k + 1
        if cell(groups[k]):
            while end < len(groups) and cell(groups[end]) and beside(groups[end - 1], groups[end]):
                end += 1
        if end - k >= LIMITS["cell_strips"]:
            for group in groups[k:end]:
                for p in group:
                    p.kind = "table"
        k = end


def _same_row_plan(first: Placed, p: Placed, cells: list[float]) -> bool:
    """``p`` is a row of ``first``'s table: same column and page, its cells starting where
    ``first``'s do."""
    return p.column == first.column and p.line.page == first.line.page and _aligned(_cell_starts(p.line), cells)


def _cell_starts(line: TextLine) -> list[float]:
    """Where the line's cells start: its left edge and every word set after a gap of at
    least ``cell_gap`` of its size."""
    starts = [line.x0]
    text = line.text
    for j in range(1, len(text)):
        if text[j] != " " and text[j - 1] == " ":
            end = j - 1
            while end > 0 and text[end] == " ":
                end -= 1
            if line.box(j)[0] - line.box(end)[2] >= LIMITS["cell_gap"] * line.size:
                starts.append(line.box(j)[0])
    return starts


def _aligned(starts: list[float], cells: list[float]) -> bool:
    return len(starts) == len(cells) and all(abs(a - b) <= LIMITS["cell_align"] for a, b in zip(starts, cells, strict=True))


def _listed_lines_to_body(placed: list[Placed]) -> None:
    """A run of caption-type lines, none ending a sentence, each stopping where the next
    line's first word would have fitted within the run's widest line, is a list of one
    item a line (an object's tombstone: maker, date, material, credit line), no caption:
    wrapped text never stops short so. Body text, each line its own paragraph, when it opens
    its section's text (the object the section is about); set in among the section's
    paragraphs, right after body text of its column, it is an object's label beside the text
    (a tombstone between the paragraphs): set-apart text, a table block."""
    for run in _caption_blocks(placed):
        if len(run) < LIMITS["list_lines"] or match_label(run[0].line.text) is not None:
            continue
        if any(ends_sentence(p.line.text) or _INNER_STOP.search(p.line.text) or p.column != run[0].column
               for p in run):
            continue  # (prose, or a run going on over a column or page)
        widest = max(p.line.x1 - p.line.x0 for p in run)
        # (a line nearly as wide as the widest cannot tell)
        told = [(a, b) for a, b in zip(run, run[1:], strict=False)
                if a.line.x1 - a.line.x0 < LIMITS["list_near_widest"] * widest]
        if told and all(_word_fits(a.line, b.line, widest) for a, b in told):
            at = placed.index(run[0])
            among = at > 0 and placed[at - 1].kind == "body" and placed[at - 1].column == run[0].column
            for p in run:
                p.kind = "table" if among else "body"
                p.lead = not among


# a sentence end inside a line (not an initial's full stop): prose, no list item
_INNER_STOP = re.compile(r"(?<!\b[A-Z])[.!?][”’\"')]?\s+[A-Z]")


def _word_fits(line: TextLine, nxt: TextLine, measure: float) -> bool:
    """The first word of ``nxt`` (and a space) would have fitted on ``line`` within ``measure``."""
    words = nxt.text.split()
    if not words:
        return False
    char = (line.x1 - line.x0) / max(1, len(line.text))
    return (line.x1 - line.x0) + char * (len(words[0]) + 1) <= measure


def _margin_notes(placed: list[Placed], content: PdfContent, size: float) -> None:
    """Short notes in smaller or italic type set in the margin beside the text (a
    cross-reference "see also …", a source, a scene number), each a few words ending no
    sentence and no credit: apparatus of the page, not text and not captions — unless it is
    the run of the margin nearest to a picture standing over or under it there (that one
    is the picture's caption), or goes on right under a caption kept (its credit)."""
    reach = ZONE_LIMITS["picture_reach"] * size
    runs = [run for run in _caption_blocks(placed) if all(p.margin for p in run)]
    served: set[int] = set()
    for page in content.pages:
        for box in zones.picture_boxes(page):
            reached = [(_run_distance(run, box), n) for n, run in enumerate(runs) if run[0].line.page == page.number
                       and box[0] < max(p.line.x1 for p in run) and box[2] > min(p.line.x0 for p in run)]
            reached = [r for r in reached if r[0] <= reach]
            if reached:
                served.add(min(reached)[1])
    kept: TextLine | None = None  # the last line of the last run kept as a caption
    for n, run in enumerate(runs):
        first = run[0].line
        follows = kept is not None and kept.page == first.page and (
            _close_below(kept, first) or bool(LIMITS["spaced_margin_credits"]) and _spaced_below(kept, first))
        if not (n in served or follows or ends_sentence(run[-1].line.text) or match_label(first.text)
                or any(_credit_line(p.line.text) for p in run)
                or sum(len(p.line.text.split()) for p in run) > LIMITS["margin_note_words"]):
            for p in run:
                p.kind = "note"
            continue
        kept = run[-1].line


def _spaced_below(kept: TextLine, line: TextLine) -> bool:
    """``line`` starts at ``kept``'s left edge under it, a little space between them (at most a line of
    ``kept``'s type): a credit set a half line under its caption in the margin."""
    gap = line.top - kept.bottom
    return (kept.page == line.page and abs(line.x0 - kept.x0) <= LIMITS["indent"] * kept.size
            and 0 <= gap <= LIMITS["spaced_margin_credits"] * kept.size)


def _caption_blocks(placed: list[Placed]) -> list[list[Placed]]:
    """Runs of consecutive caption lines, each close below the last one, or in its column
    and going on across a column or page."""
    runs: list[list[Placed]] = []
    for prev, p in zip([None, *placed], placed, strict=False):
        if p.kind != "caption":
            continue
        if prev is not None and prev.kind == "caption" and runs and runs[-1][-1] is prev and (
            _close_below(prev.line, p.line) or (prev.column != p.column and not ends_sentence(prev.line.text)
                                                and not _labelled_apart(p.line.text))
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _labelled_apart(text: str) -> bool:
    """A line opening with a position label opens a caption of its own (``labelled_runs_apart``)."""
    return bool(LIMITS["labelled_runs_apart"]) and match_label(text) is not None


def _credits_under_pictures(placed: list[Placed], content: PdfContent) -> None:
    """A picture's credit and caption set on opposite sides of it read as one: a credit
    run (a credit by its form, at most ``credit_lines`` lines) under a picture moves right
    after the one caption run over it (or printed inside it); failing that, a credit run
    over a picture moves after the one caption run under it (credit, picture, caption)."""
    pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
    overlays = {page.number: zones.overlay_boxes(page) for page in content.pages}
    runs = _caption_blocks(placed)
    for credit in [run for run in runs if _credit_run(run)]:
        page = credit[0].line.page
        for under in (True, False):
            facing = [
                run for box in pictures.get(page, []) if _touches(credit, box, under)
                for run in runs if run[0].line.page == page and not _credit_run(run) and (
                    _touches(run, box, not under) or (under and box in overlays[page] and _within(run, box)))
            ]
            if facing:
                break
        if not facing:  # a credit in the margin beside its picture: the caption over or under it
            facing = [
                run for box in pictures.get(page, []) if _alongside(credit, box)
                for run in runs if run[0].line.page == page and not _credit_run(run) and (
                    _touches(run, box, True) or _touches(run, box, False))
            ]
        if len(facing) != 1 or placed.index(credit[0]) == placed.index(facing[0][-1]) + 1:
            continue
        for p in credit:
            placed.remove(p)
        at = placed.index(facing[0][-1]) + 1
        for n, p in enumerate(credit):
            p.column = facing[0][-1].column
            placed.insert(at + n, p)


def _alongside(run: list[Placed], box: tuple[float, float, float, float]) -> bool:
    """A run set to the left or right of a picture, within its height, a little apart."""
    left, right = min(p.line.x0 for p in run), max(p.line.x1 for p in run)
    return _box_beside((left, run[0].line.top, right, run[-1].line.bottom), box, run[0].line.size)


def _box_beside(part: tuple[float, float, float, float], box: tuple[float, float, float, float], size: float) -> bool:
    """``part`` stands left or right of ``box``, within its height, at most ``credit_beside`` sizes apart."""
    gap = part[0] - box[2] if part[0] >= box[2] else box[0] - part[2]
    return 0 <= gap <= LIMITS["credit_beside"] * size and box[1] < part[3] and part[1] < box[3]


def _credit_run(run: list[Placed]) -> bool:
    """A run of a few lines reading as a credit by its own form (a lead, a credit word, an
    institution's acronym), not merely short and capitalised."""
    return len(run) <= LIMITS["credit_lines"] and is_credit(
        " ".join(p.line.text for p in run).split(), closes_caption=False)


def _touches(run: list[Placed], box: tuple[float, float, float, float], under: bool) -> bool:
    """A caption run right under (or right over) a picture, across its width."""
    left, right = min(p.line.x0 for p in run), max(p.line.x1 for p in run)
    if left >= box[2] or right <= box[0]:
        return False
    reach = LIMITS["image_near"] * run[0].line.size
    if under:
        return 0 <= run[0].line.top - box[3] <= reach
    return 0 <= box[1] - run[-1].line.bottom <= reach


def _within(run: list[Placed], box: tuple[float, float, float, float]) -> bool:
    """A caption run printed over its picture, inside its box."""
    return all(_inside_box(p.line, box) for p in run)


def _inside_box(line: TextLine, box: tuple[float, float, float, float]) -> bool:
    """``line`` is printed inside ``box`` (within ``box_slack`` of its edges)."""
    slack = LIMITS["box_slack"]
    return (box[0] - slack <= line.x0 and line.x1 <= box[2] + slack
            and box[1] - slack <= line.top and line.bottom <= box[3] + slack)


def _run_distance(run: list[Placed], box: tuple[float, float, float, float]) -> float:
    """How far a caption run stands from a picture of its first page, measured by its lines on that page
    (a run going on over the page has its other lines in another page's coordinates: round 54, struct69)."""
    run = [p for p in run if p.line.page == run[0].line.page]
    left, right = min(p.line.x0 for p in run), max(p.line.x1 for p in run)
    top, bottom = min(p.line.top for p in run), max(p.line.bottom for p in run)
    return _box_distance((left, top, right, bottom), box)


def _leading_credits(placed: list[Placed]) -> None:
    """A credit set over its caption in smaller type (under or beside the picture, the
    credit first; wrapped over a few lines) moves after the caption's lines."""
    k = 0
    while k < len(placed):
        end = k
        while end + 1 < len(placed) and placed[end + 1].kind == "caption" and (
            placed[end + 1].column == placed[end].column or _close_below(placed[end].line, placed[end + 1].line)
        ):
            end += 1
        first = placed[k]
        # the credit's lines: the first one's type, wrapped over a few lines
        last = k
        while last + 1 < end and last - k + 1 < LIMITS["credit_lines"] and _same_type(
                placed[last + 1].line, first.line) and not _label_opens(placed[last + 1].line.text):
            last += 1
        if (
            first.kind == "caption" and end > last
            and (first.line.size <= LIMITS["credit_size"] * placed[last + 1].line.size
                 or _label_opens(placed[last + 1].line.text))
            and is_credit(" ".join(p.line.text for p in placed[k:last + 1]).split(), closes_caption=True)
            and not is_credit(placed[end].line.text.split(), closes_caption=True)
        ):
            credit = placed[k:last + 1]
            del placed[k:last + 1]
            at = end - len(credit) + 1
            placed[at:at] = credit
        k = end + 1


def _label_opens(text: str) -> bool:
    """With ``labelled_credit_ends`` on, a line opening with a position label ("Left: …") opens the caption a
    credit set over it in the caption's own type ends before (round 54, struct69)."""
    return bool(LIMITS["labelled_credit_ends"]) and match_label(text) is not None


# A heading's own section number opening it: dotted ("4.3", "2.1.") or a number and a stop ("3.").
_SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$|^\d{1,3}\.$")


def _labels_over_headings(placed: list[Placed]) -> None:
    """A panel label alone on a small or italic line right over a heading ("Part Two"
    above its title, or any short line closing on its number, "Display 2") belongs to the
    heading; so does a panel label alone read apart from the heading set right under it
    (taken into a caption level with it across the page): ``_labels_to_their_headings``
    moves it there."""
    for p, nxt in zip(placed, placed[1:], strict=False):
        if p.kind != "caption":
            continue
        label = alone_label(p.line.text) or numbered_kicker(p.line.text, int(ZONE_LIMITS["label_words"]))
        over_next = nxt.kind == "heading" and bool(label) and _near_below(p, nxt)
        read_apart = bool(alone_label(p.line.text)) and not _near_below(p, nxt) and any(
            _title_under(p, q) for q in placed)
        if over_next or read_apart:
            p.kind = "heading"


def _title_under(label: Placed, title: Placed) -> bool:
    """``title`` is a heading line set right under ``label``, spanning it from its left edge."""
    return (title.kind == "heading" and title is not label and _near_below(label, title)
            and title.line.x0 <= label.line.x0 and label.line.x1 <= title.line.x1
            and not alone_label(title.line.text))


def _labels_to_their_headings(placed: list[Placed]) -> None:
    """A panel label alone in heading type, read apart from the heading right under it
    (a numeral on a disc between two columns, taken into one of them): moved to just
    before that heading, whose label it is."""
    k = 0
    while k < len(placed):
        p = placed[k]
        follows = k + 1 < len(placed) and _near_below(p, placed[k + 1])
        if p.kind != "heading" or follows or not alone_label(p.line.text):
            k += 1
            continue
        title = next((q for q in placed if _title_under(p, q)), None)
        if title is None:
            k += 1
            continue
        del placed[k]
        at = placed.index(title)
        placed.insert(at, p)
        p.column = title.column
        k += 0 if at > k else 1  # (moved on: the next line is now at k)


def _badges_before_headings(placed: list[Placed]) -> None:
    """A panel label alone, in heading type, level with a heading line of its column (a
    badge in a card's corner, drawn after the title or beside it) goes before that line."""
    for k in range(1, len(placed)):
        badge, title = placed[k], placed[k - 1]
        if badge.kind == title.kind == "heading" and (alone_label(badge.line.text) or _side_badge(badge, title)) and not alone_label(
            title.line.text
        ) and _level(badge, title):
            placed[k - 1], placed[k] = badge, title


def _tab_badges_to_headings(placed: list[Placed]) -> None:
    """A panel label alone ("Case 4") in heading type, level with the first line of a
    heading elsewhere in the reading order (on a tab at the right end of a heading that
    wraps, read after the heading's last line or at the column's foot; right of the line,
    at most ``tab_reach`` of its size away, or anywhere right of it in the same column: set
    flush right at the column's edge) goes right before that heading line: its label (one
    set right over a heading of its own is that heading's)."""
    for badge in [p for p in placed if p.kind == "heading" and alone_label(p.line.text)]:
        k = placed.index(badge)
        if k + 1 < len(placed) and placed[k + 1].kind == "heading" and _close_below(badge.line, placed[k + 1].line):
            continue  # a label set over its own heading
        titles = [
            p for p in placed if p is not badge and p.kind == "heading" and not alone_label(p.line.text)
            and _level(badge, p, any_column=True) and badge.line.x0 >= p.line.x1 and (
                badge.column == p.column or badge.line.x0 - p.line.x1 <= LIMITS["tab_reach"] * p.line.size
                or _alone_on_row(badge, p, placed))
        ]
        if len(titles) != 1:
            continue
        at = placed.index(titles[0])
        if at > 0 and placed[at - 1] is badge:
            continue
        placed.remove(badge)
        badge.column = titles[0].column
        placed.insert(placed.index(titles[0]), badge)


def _alone_on_row(badge: Placed, title: Placed, placed: list[Placed]) -> bool:
    """With ``row_tabs`` on, ``badge`` and the heading line ``title`` left of it are the only lines of their
    row across the page (none level with either), and ``badge`` stands right of every line of its page but
    the other tabs (in the margin): a tab at the page's edge numbering the section whose heading it stands level with, however far
    right (round 56, struct74)."""
    if not LIMITS["row_tabs"]:
        return False
    a, b = badge.line, title.line
    top, bottom = min(a.top, b.top), max(a.bottom, b.bottom)
    page = [p.line for p in placed if p.line.page == a.page and p is not badge]
    if any(line.x1 > a.x0 and not alone_label(line.text) for line in page):  # (the other tabs stand beside it)
        return False  # a label opening a column of text ("Case 3" over its own panel), no tab in the margin
    return not any(line.top < bottom and top < line.bottom for line in page if line is not b)


def _hanging_labels_to_headings(placed: list[Placed]) -> None:
    """Labels alone (a panel number, a timeline's date: ``_margin_label``) hung left of
    the text, each level with a heading line to its right with nothing between them (a
    column of dates beside a timeline's entries, each on its heading's baseline), read
    apart from their headings: each goes right before its heading line, as its label. Only
    a series of them, ``numbered_heads`` at least, is such a column."""
    by_page: dict[int, list[Placed]] = {}
    for p in placed:
        by_page.setdefault(p.line.page, []).append(p)
    labels: dict[int, Placed] = {}  # id of a heading line -> the label hung beside it
    for label in placed:
        if label.kind not in ("heading", "caption", "body") or _margin_label(label.line.text.strip()) is None:
            continue
        page = by_page[label.line.page]
        titles = [q for q in page if q.kind == "heading" and _hangs_beside(label, q, page)]
        if len(titles) == 1 and id(titles[0]) not in labels:
            labels[id(titles[0])] = label
    if len(labels) < LIMITS["numbered_heads"]:
        return
    moved = {id(label) for label in labels.values()}
    order: list[Placed] = []
    for p in placed:
        hung = labels.get(id(p))
        if hung is not None:
            hung.kind, hung.column = "heading", p.column
            order.append(hung)
        if id(p) not in moved:
            order.append(p)
    placed[:] = order


def _hangs_beside(label: Placed, title: Placed, placed: list[Placed]) -> bool:
    """``label`` opens its row at the left and stands left of the heading line ``title``,
    level with it, with no other line between them (a label right of another heading may
    be that heading's tab), and ``title`` is no label itself."""
    a, b = label.line, title.line
    if title is label or b.x0 < a.x1 or _margin_label(b.text.strip()) is not None or not _level(label, title, True):
        return False
    return not any(
        p.line.page == a.page and p.line.top < a.bottom and a.top < p.line.bottom and p.line.x0 < b.x0
        for p in placed if p is not label and p is not title
    )


def _side_badge(badge: Placed, title: Placed) -> bool:
    """``badge`` is a short numbered label ("Stop 3") in smaller type, set left of
    ``title`` at its height (a label cell or tab of a heading row): the title's label."""
    a, b = badge.line, title.line
    return (
        numbered_kicker(a.text, int(ZONE_LIMITS["label_words"]))
        and a.size <= ZONE_LIMITS["kicker_size"] * b.size and a.x1 <= b.x0
    )


def _level(badge: Placed, title: Placed, any_column: bool = False) -> bool:
    """``badge`` stands at the height of ``title``'s line, apart from it, in its column
    (or in any column: a margin's)."""
    a, b = badge.line, title.line
    return (
        a.page == b.page and (any_column or badge.column == title.column)
        and a.top < b.bottom and b.top < a.bottom
        and (a.x0 >= b.x1 or a.x1 <= b.x0)
    )


def _runs(placed: list[Placed], kind: str) -> list[list[Placed]]:
    """Runs of consecutive lines of ``kind`` in one type, each line close below the last."""
    runs: list[list[Placed]] = []
    for prev, p in zip([None, *placed], placed, strict=False):
        if p.kind != kind:
            continue
        if prev is not None and prev.kind == kind and runs and runs[-1][-1] is prev and (
            _same_type(prev.line, p.line) and _same_heading(prev.line, p.line)
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _display_runs(placed: list[Placed]) -> list[list[Placed]]:
    """Runs of lines in one type, each close below the last in its column, holding both
    heading and body lines: text in display type whose long lines were too long for a heading."""
    # one line of each heading type: lines in none of them (the body) are passed over cheaply
    display = list({(round(p.line.size, 2), p.line.bold, p.line.italic): p.line
                    for p in placed if p.kind == "heading"}.values())
    runs: list[list[Placed]] = []
    for prev, p in zip([None, *placed], placed, strict=False):
        if p.kind not in ("heading", "body") or not any(_same_type(p.line, line) for line in display):
            continue
        if prev is not None and runs and runs[-1][-1] is prev and prev.column == p.column and (
                _same_type(prev.line, p.line) and _same_heading(prev.line, p.line)):
            runs[-1].append(p)
        else:
            runs.append([p])
    return [run for run in runs if len({p.kind for p in run}) == 2]


def _ledes_to_body(placed: list[Placed], size: float) -> None:
    """A lede or introduction set in display type (larger, bold or italic) is body text:
    a heading-type run of many words ending a sentence, or a caption-type run in body
    size, with no position label, longer than any caption, or one of prose in type larger
    than the body's (``lede_size``)."""
    # (a display run's longest lines, over ``heading_max_words``, already read as body)
    for run in [*_runs(placed, "heading"), *_display_runs(placed)]:
        words = sum(len(p.line.text.split()) for p in run)
        if ends_sentence(run[-1].line.text) and (words > LIMITS["heading_run_words"] or (
            len(run) >= LIMITS["lede_lines"] and words > LIMITS["heading_max_words"]
        )):
            for p in run:
                p.kind = "body"
    for run in _runs(placed, "caption"):
        words = sum(len(p.line.text.split()) for p in run)
        body_size = run[0].line.size >= LIMITS["caption_size"] * size
        # prose in type larger than the body's serves no picture: a caption is set no larger
        larger = bool(LIMITS["lede_size"]) and run[0].line.size >= LIMITS["lede_size"] * size and (
            ends_sentence(run[-1].line.text) and words >= ZONE_LIMITS["prose_words"])
        if ((words > LIMITS["caption_run_words"] and body_size) or larger) and match_label(run[0].line.text) is None:
            for p in run:
                p.kind = "body"


_RUN_IN_NUMBER = re.compile(r"^\d{1,4}(?:[–-]\d{1,4})?\.?$")  # "1862", "12.", "1914–18"


def _bold_sentences(placed: list[Placed], size: float) -> None:
    """Where larger type sets the headings, a run of bold body-size lines reading as a
    sentence in sentence case ("2. Give one reason why …?", a worksheet's question, an
    emphasised statement) is a bold paragraph, not a heading of its own; a title-case
    crosshead ("Who Was to Blame?") stays."""
    display = LIMITS["heading_size"] * size
    if not any(p.kind == "heading" and p.line.size >= display for p in placed):
        return
    runs: list[list[Placed]] = []
    after = -2  # the index of the last line taken
    for n, p in enumerate(placed):
        if p.kind != "heading" or not p.line.bold or p.line.size >= display:
            continue
        if after == n - 1 and _close_below(runs[-1][-1].line, p.line):
            runs[-1].append(p)
        else:
            runs.append([p])
        after = n
    for run in runs:
        text = " ".join(p.line.text for p in run)
        if (ends_sentence(text) and len(text.split()) >= LIMITS["bold_sentence_words"]
                and not is_title_like(text.rstrip(".!?"))):
            for p in run:
                p.kind = "body"


def _run_in_number(label: str) -> bool:
    """A bare number ("12.", "1914–18") or a year, perhaps with its era ("196 BC", "AD 43")."""
    return _RUN_IN_NUMBER.match(label) is not None or year_line(label)


def _run_in_numbers(placed: list[Placed], size: float, content: PdfContent) -> None:
    """A number alone in heading type (a year over an entry of a timeline, an item's
    number) right over a block in smaller type, with no title under it, leads that block
    (over a block in the body type, a year that ends a heading, "The Treaty," / "1776", does not):
    it is read into the block's first line, and the block is body text. Set right under a
    picture (an object card: picture, number, caption) the number is the picture's, and the
    block in caption type stays its caption, the number read in as its label."""
    pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
    k = 0
    while k + 1 < len(placed):
        p, nxt = placed[k], placed[k + 1]
        label = p.line.text.strip()
        named = NAMED_CARD_NUMBER.match(label) is not None and nxt.kind == "caption"  # "Cat. 12" over its card's caption
        if not (
            p.kind == "heading" and (_run_in_number(label) or named) and nxt.kind != "heading"
            and nxt.column == p.column and p.line.text == label
            and _smaller_entry(label, p.line, nxt.line, size) and match_label(nxt.line.text) is None
            and (nxt.line.size <= LIMITS["caption_size"] * size  # (over body type: not a heading's last line)
                 or not (k and placed[k - 1].kind == "heading" and _same_heading(placed[k - 1].line, p.line)))
            and 0 <= nxt.line.top - p.line.bottom <= LIMITS["heading_gap"] * p.line.size
        ):
            k += 1
            continue
        end = k + 2
        while end < len(placed) and placed[end].column == p.column and _same_type(
                placed[end].line, nxt.line) and _close_below(placed[end - 1].line, placed[end].line):
            end += 1
        x1, top, bottom = p.line.box(len(label) - 1)[2], nxt.line.top, nxt.line.bottom
        boxes = array("d", [*p.line.boxes[: 4 * len(label)], x1, top, max(x1, nxt.line.x0), bottom, *nxt.line.boxes])
        nxt.line = replace(nxt.line, text=f"{label} {nxt.line.text}", boxes=boxes, x0=min(p.line.x0, nxt.line.x0))
        if named or nxt.kind == "caption" and any(_card_number(p.line, box, size) for box in pictures.get(p.line.page, ())):
            nxt.numbered = len(label.split())
        else:
            for q in placed[k + 1 : end]:
                q.kind = "body"
            nxt.lead = True
        del placed[k]
        k = end - 1


def _card_number(number: TextLine, picture: Box, size: float) -> bool:
    """A number set right under a picture, inside its width: the picture's own number."""
    x0, _top, x1, bottom = picture
    slack = LIMITS["box_slack"]
    return (x0 - slack <= number.x0 and number.x1 <= x1 + slack
            and -slack <= number.top - bottom <= LIMITS["image_near"] * size)


def _smaller_entry(label: str, number: TextLine, entry: TextLine, size: float) -> bool:
    """The block under a number alone is an entry it leads: set smaller than the body, or,
    under a year in type clearly larger than its own, in any size up to the body's (a
    timeline whose entries are the body text); a chapter number over body text is a label."""
    if entry.size <= LIMITS["caption_size"] * size:
        return True
    return year_line(label) and entry.size <= size and entry.size <= LIMITS["caption_size"] * number.size


def _bold_credits(placed: list[Placed], size: float) -> None:
    """A heading-type run in caption-size type opening with a credit lead ("Courtesy of …"
    set bold beside a picture) is a caption line: a credit."""
    for run in _runs(placed, "heading"):
        words = " ".join(p.line.text for p in run).split()
        if run[0].line.size <= LIMITS["caption_size"] * size and lead_at(words, 0) and _credit_run(run):
            for p in run:
                p.kind = "caption"


def _caption_wraps(placed: list[Placed], size: float) -> None:
    """A heading-type line in caption-size type right under a caption line left inside its sentence,
    in its type, at its left edge and at most a line's space under it, is that caption's next line
    ("… and the tiers" / "of figures."): a caption line, no heading."""
    for prev, p in zip(placed, placed[1:], strict=False):
        line, above = p.line, prev.line
        if (p.kind == "heading" and prev.kind == "caption" and line.page == above.page
                and line.size <= LIMITS["caption_size"] * size and _same_type(above, line)
                and not ends_sentence(above.text.strip())
                and abs(line.x0 - above.x0) <= LIMITS["indent"] * line.size
                and 0 <= line.top - above.bottom <= line.size):
            p.kind = "caption"


def _heading_type(line: TextLine, size: float, bold: bool, italic: bool, outline: set[str]) -> bool:
    """Larger than the body, or bold where the body is not, or an outline entry, or caps."""
    short = len(line.text.split()) <= LIMITS["heading_max_words"]
    larger = line.size >= LIMITS["heading_size"] * size
    bolder = line.bold and not bold and not line.italic
    return (short and (larger or bolder)) or _norm(line.text) in outline or _capitals_heading(
        line, size, italic
    )


def _position_alone(text: str) -> bool:
    """A caption's position label alone on its line ("Left:" in bold over the caption)."""
    label = match_label(text)
    return label is not None and label[1] >= len(text.strip())


def _caption_type(line: TextLine, size: float, italic: bool) -> bool:
    """Smaller or italic where the body is upright, or opening with a position label."""
    smaller = line.size <= LIMITS["caption_size"] * size
    return smaller or (line.italic and not italic) or match_label(line.text) is not None


def _capitals_heading(line: TextLine, size: float, body_italic: bool) -> bool:
    """A short line all in capitals (or small capitals), in body-size upright type: a
    heading set in caps."""
    return (
        in_capitals(line.text.upper() if line.small_caps else line.text)
        and len(line.text.split()) <= LIMITS["caps_heading_words"]
        and line.size >= 0.97 * size
        and line.italic == body_italic
    )


def _captions_by_images(placed: list[Placed], content: PdfContent, size: float) -> None:
    """A short body block right under or beside an image is its caption."""
    images: dict[int, list[ImageBox]] = {}
    for page in content.pages:
        images[page.number] = page.images
    # images that already have caption-type text beside, below or just above them
    # ("Below: …" set over its picture) need no other caption
    served = {
        id(image)
        for p in placed
        if p.kind == "caption"
        for image in images.get(p.line.page, [])
        if _next_to_image(p.line, [image], size)
        or _just_above(p.line, image, size)
        or _just_left(p.line, image, size, LIMITS["caption_reach"])
    }
    body_pitch = _body_pitch(placed)
    i = 0
    while i < len(placed):
        p = placed[i]
        free = [im for im in images.get(p.line.page, []) if id(im) not in served]
        if p.kind != "body" or not _next_to_image(p.line, free, size, p.right) or _goes_on(placed, i):
            i += 1
            continue
        j = i
        pitch = 0.0
        while j + 1 < len(placed) and placed[j + 1].kind == "body" and _close_below(
            placed[j].line, placed[j + 1].line
        ):
            step = placed[j + 1].line.top - placed[j].line.top
            if step > LIMITS["caption_pitch"] * (pitch or body_pitch):
                break  # the caption's own leading ends (or, after its first line, the
                # body's): the body goes on below it after a paragraph space
            pitch = pitch or step
            j += 1
        if j - i < LIMITS["image_caption_lines"] and (
            i == 0
            or placed[i - 1].kind != "body"
            or not _close_below(placed[i - 1].line, p.line)
            or _opens_image_band(placed[i - 1].line, p.line, [im for im in free if im.box[0] < p.right], size)
        ):
            for k in range(i, j + 1):
                placed[k].kind = "caption"
            # the image has its caption: the body under it is no second one
            served |= {id(im) for im in free if _next_to_image(p.line, [im], size, p.right)}
        i = j + 1


def _goes_on(placed: list[Placed], i: int) -> bool:
    """Line ``i`` carries on the sentence of the body line read before it (that line ends no
    sentence and this one opens in lower case): a paragraph going on at a column's or page's
    head under a picture, not the picture's caption."""
    prev = placed[i - 1] if i else None
    return (prev is not None and prev.kind == "body" and starts_lowercase(placed[i].line.text)
            and not ends_sentence(prev.line.text))


def _next_to_image(line: TextLine, images: list[ImageBox], size: float, column_right: float | None = None) -> bool:
    """``line`` stands right under or beside an image; with ``column_right`` (the right
    edge of the line's column) also on the left of an image that starts in its column."""
    reach = LIMITS["image_near"] * size
    for image in images:
        x0, top, x1, bottom = image.box
        below = 0 <= line.top - bottom <= reach and line.x0 < x1 and line.x1 > x0
        beside = 0 <= line.x0 - x1 <= reach and top - reach <= line.top <= bottom
        # set on its left, however short: its cell runs up to the picture
        left = (column_right is not None and line.x1 <= x0 < column_right
                and top - 0.3 * size <= line.top <= bottom)
        if below or beside or left:
            return True
    return False


def _opens_image_band(prev: TextLine, line: TextLine, images: list[ImageBox], size: float) -> bool:
    """``line`` starts level with the top of a picture beside it while the line before
    stands above that picture: a new block (its caption) begins, however close."""
    slack = 0.3 * size
    return any(
        prev.bottom <= image.box[1] + slack <= line.top + 2 * slack
        and (line.x1 <= image.box[0] or line.x0 >= image.box[2])
        for image in images
    )


def _just_above(line: TextLine, image: ImageBox, size: float) -> bool:
    """``line`` stands right over ``image``, overlapping it across."""
    x0, top, x1, _ = image.box
    return 0 <= top - line.bottom <= LIMITS["image_near"] * size and line.x0 < x1 and line.x1 > x0


def _just_left(line: TextLine, image: ImageBox, size: float, reach: float = LIMITS["image_near"]) -> bool:
    """``line`` ends before ``image``, within ``reach`` of its size, at its height (a
    caption set on its left)."""
    x0, top, _, bottom = image.box
    return 0 <= x0 - line.x1 <= reach * size and top <= line.top <= bottom


def _led_credit_end(text: str) -> bool:
    """A line closing on a credit after a sentence end, the credit opening with a credit's
    lead and naming more than one word ("… Hamilton. Courtesy of the North Collection",
    not "… north. Photo: Ed", whose name may wrap on): the caption is done."""
    words = text.split()
    return any(
        ends_sentence(words[k - 1]) and lead_at(words, k) and is_credit(words[k:], True)
        for k in range(max(1, len(words) - int(LIMITS["credit_tail_words"])),
                       len(words) - int(LIMITS["credit_min_words"]) + 1)
    )


def _credit_line(text: str) -> bool:
    """A line that is a credit by itself, opening with a credit lead ("© Name", "Photo: …")."""
    return text.lower().startswith(CREDIT_LEADS) and is_credit(text.split(), closes_caption=True)


def _other_alignment(prev: TextLine, line: TextLine) -> bool:
    """``line`` shares neither the left edge, the centre nor the right edge of the line
    above: it starts another block (a caption beside the next picture), not a line of
    the same (flush left, centred or set flush right)."""
    shift = LIMITS["block_shift"] * line.size
    return (
        abs(line.x0 - prev.x0) > shift
        and abs(line.x1 - prev.x1) > shift
        and abs((line.x0 + line.x1) - (prev.x0 + prev.x1)) / 2 > shift
    )


def _close_below(prev: TextLine, line: TextLine) -> bool:
    """``line`` is set right under ``prev``: the blank between them at most 0.8 of its size (their
    boxes overlapping by half of it at most); or, where the boxes stand taller than the type (the
    glyphs of a card set at a slight slant each take a taller box, the lines' boxes overlapping), its
    baseline under ``prev``'s by at most ``slant_pitch`` of its size."""
    gap = line.top - prev.bottom
    if prev.page != line.page:
        return False
    if -0.5 * line.size <= gap <= 0.8 * line.size:
        return True
    pitch = line.bottom - prev.bottom
    return gap < 0 and line.top > prev.top and 0.5 * line.size <= pitch <= LIMITS["slant_pitch"] * line.size


def _style(line: TextLine) -> tuple[float, bool, bool]:
    return round(line.size, 1), line.bold, line.italic


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


# ------------------------------------------------------------ entries


class _Flow:
    """Turns classified lines in reading order into headings and fragments."""

    def __init__(self, placed: list[Placed], lines: list[Line], content: PdfContent):
        self.placed = placed
        self.lines = lines
        self.geometry = {id(line): p.line for p, line in zip(placed, lines, strict=True)}
        self.images = {page.number: page.images for page in content.pages}
        self.pictures = {page.number: zones.picture_boxes(page) for page in content.pages}
        self.overlays = {page.number: zones.overlay_boxes(page) for page in content.pages}
        self.entries: list[Entry] = []
        self.para: Fragment | None = None
        self.cap: Fragment | None = None
        self.last_body = -1  # index of the open paragraph's last line
        self.last_cap = -1
        self.pitch = _body_pitch(placed)
        # where each column's body lines end at most, apart inside and outside each drawn box
        # (a boxed band read in the column's flow keeps a measure of its own)
        regions = {page.number: page.regions for page in content.pages}
        self.frames = {id(p): _frame(p.line, regions.get(p.line.page, [])) if LIMITS["framed_measure"] else -1
                       for p in placed}
        self.measure: dict[tuple[tuple[int, int], int], float] = {}
        # the same in each type size, with the count of lines measured (a lede set wider in larger type)
        self.type_measure: dict[tuple[tuple[int, int], int, float], tuple[float, int]] = {}
        for p in placed:
            # (a line running past its column's right edge — a band across the page read in
            # the column's number — does not widen the column's measure)
            if p.kind == "body" and p.line.x1 <= p.right + LIMITS["measure_slack"]:
                key = (p.column, self.frames[id(p)])
                self.measure[key] = max(self.measure.get(key, 0.0), p.line.x1)
                typed = (*key, round(p.line.size * 2) / 2)
                widest, count = self.type_measure.get(typed, (0.0, 0))
                self.type_measure[typed] = (max(widest, p.line.x1), count + 1)
        self.obstacles = {page.number: [*page.regions, *self.pictures[page.number]] for page in content.pages}
        self.boxed = {page.number: [r for r in page.regions if r not in self.pictures[page.number]
                                    and any(_inside_box(ln, r) for ln in page.lines)] for page in content.pages}
        self._beside: dict[tuple[tuple[int, int], Box], float] = {}
        self._by_column: dict[tuple[int, int], list[TextLine]] = {}
        self.indent_style = _indent_style(placed)
        self.indents = _indents_after_ends(placed)
        self.body_size = body_style(placed)[0]
        self._dated_heads_count: int | None = None
        self.numbered = _numbered_series(placed)
        self.column_heads = _column_labels(placed)
        self.index = {id(p): k for k, p in enumerate(placed)}
        self.flush = _flush_edges(placed)
        self.spaced = self._paragraph_space()
        self.pitches = _pitches_in_sentences(placed)

    def run(self) -> list[Entry]:
        i = 0
        while i < len(self.placed):
            kind = self.placed[i].kind
            if kind == "heading":
                i = self._heading(i)
                continue
            if kind == "caption":
                self._caption_line(i)
            elif kind == "table":
                self._close_caption()
                self.entries.append(Fragment("table", [self.lines[i]]))
            else:
                self._body_line(i)
            i += 1
        self._close_caption()
        return self.entries

    # headings
    def _heading(self, i: int) -> int:
        self._close_caption()
        self.para = None
        group = self._heading_group(i)
        kicker = self._kicker(group)
        if kicker is not None and self._labelled_under_kicker(kicker, group):
            return group[-1] + 1  # (a kicker over a heading with its own label: apparatus, no label)
        if kicker is not None:  # a kicker line over the heading is its label
            group = self._heading_group(group[-1] + 1)
            self.entries.append(Heading(kicker, [self.lines[k] for k in group], 0, rank=self._rank(group)))
            return group[-1] + 1
        if self._overline(group):  # a gallery's name over the unit title: apparatus, like a running head
            return group[-1] + 1
        lines = [self.lines[k] for k in group]
        label, skip, lines = _heading_label(lines)
        if label is None and len(group) > 1 and self._label_in_margin(group):
            label, lines = _margin_label(lines[-1].text.strip()), lines[:-1]
        if label is None and lines:
            label = self.placed[group[0]].tab or _label_set_apart(self.placed[group[0]].line)
            if label is None and id(self.placed[group[0]].line) in self.numbered:
                label = self.placed[group[0]].line.text.split(" ", 1)[0]
            if label is None:
                label = _unit_label_set_apart(self.placed[group[0]].line)
            skip = len(label.split()) if label and not self.placed[group[0]].tab else 0
        if lines:
            subtitle = label is None and self._subtitle(group)
            title = self.entries[self._title_at()] if subtitle else None
            if title is not None and LIMITS["title_decks"] and _title_deck(title, lines, self._sizes(title, lines)):
                title.lines.extend(lines)  # "The Silent Mill" / "Ashby, May 1840": one title
                return group[-1] + 1
            self.entries.append(Heading(label, lines, skip, subtitle, rank=self._rank(group)))
        return group[-1] + 1

    def _sizes(self, title: Entry, deck: list[Line]) -> dict[int, float]:
        """The type sizes of ``title``'s and ``deck``'s lines, by the lines' ids."""
        wanted = {id(line) for line in [*getattr(title, "lines", []), *deck]}
        return {id(line): p.line.size for line, p in zip(self.lines, self.placed, strict=False) if id(line) in wanted}

    def _rank(self, group: list[int]) -> float:
        """A heading's rank: its largest type size negated (to the half point), a larger heading higher."""
        return -max(round(self.placed[k].line.size * 2) / 2 for k in group)

    def _label_in_margin(self, group: list[int]) -> bool:
        """The heading's last line is a label alone set in the margin wholly left of its title
        lines (a timeline's year, a stop number beside the heading), read after them."""
        last = self.placed[group[-1]].line
        title = [self.placed[k].line for k in group[:-1]]
        return _margin_label(last.text.strip()) is not None and last.x1 < min(line.x0 for line in title)

    def _kicker(self, group: list[int]) -> str | None:
        """A short line in a smaller heading type right over a heading, after the unit
        title ("12 May 1921", "Stop 3" over "The Harbour Wall"), or a date alone over it
        in any size (a timeline's "1802"): its text, the label."""
        nxt = group[-1] + 1
        if len(group) != 1 or nxt >= len(self.placed) or self.placed[nxt].kind != "heading":
            return None
        if not any(isinstance(e, Heading) for e in self.entries):
            return None
        kicker, title = self.placed[group[0]], self.placed[nxt]
        text = kicker.line.text.strip()
        if LIMITS["dates_unkicked"] and DATE_ALONE.match(title.line.text.strip()) and not DATE_ALONE.match(text):
            return None  # a date alone under a line ("The Salt Road" / "1610–1790") is that line's date, not its title
        # (a question in capitals, "WHY BUILD IT?", is a kicker's teaser, no sentence of the text)
        asked = bool(LIMITS["question_kickers"]) and text.endswith("?") and in_capitals(text)
        short = len(text.split()) <= ZONE_LIMITS["kicker_words"] and (not ends_sentence(text) or asked)
        smaller = kicker.line.size <= ZONE_LIMITS["kicker_size"] * title.line.size
        # a timeline's year, often the larger type: one of a series of years alone over headings
        smaller = smaller or (DATE_ALONE.match(text) is not None and self._dated_heads() >= 2)
        gap = title.line.top - kicker.line.bottom
        near = kicker.line.page == title.line.page and -ZONE_LIMITS["kicker_overlap"] * title.line.size <= gap <= (
            ZONE_LIMITS["kicker_gap"] * title.line.size)
        # a panel label alone beside its heading, level with it, in any size ("01" in the margin)
        beside = (alone_label(text) is not None or _side_badge(kicker, title)) and kicker.line.page == title.line.page and (
            kicker.line.top < title.line.bottom and title.line.top < kicker.line.bottom)
        return text if (short and smaller and near) or beside else None

    def _labelled_under_kicker(self, kicker: str, group: list[int]) -> bool:
        """With ``kicker_over_own_label`` on, the heading under the kicker line at ``group``
        opens with a label of its own ("2.2 The Title", "4   The Title") and the kicker is
        none ("THE SHEETS", no numeral; with ``numbered_heads_keep_labels``, a numeral too when the
        heading opens on a dotted section number: "FROM 1734" over "4.3 …"): a section's kicker, not its label."""
        title = self.placed[group[-1] + 1].line
        first = title.text.split()[0] if title.text.split() else ""
        own_number = bool(LIMITS["numbered_heads_keep_labels"]) and _SECTION_NUMBER.match(first) is not None
        if not LIMITS["kicker_over_own_label"] or _margin_label(kicker) is not None or numbered_kicker(
                kicker, int(ZONE_LIMITS["label_words"])) and not own_number:
            return False
        return LABEL_LEAD.match(title.text.strip()) is not None or _label_set_apart(title) is not None

    def _dated_heads(self) -> int:
        """How many lines of the document are a date alone right over a heading (a timeline's years)."""
        if self._dated_heads_count is None:
            self._dated_heads_count = sum(
                1 for k in range(len(self.placed) - 1)
                if DATE_ALONE.match(self.placed[k].line.text.strip()) and self.placed[k + 1].kind == "heading"
            )
        return self._dated_heads_count

    def _overline(self, group: list[int]) -> bool:
        """A short line in capitals and smaller heading type right over the unit title, no
        label by its form ("HALL OF MAPS" over the exhibit's title): it names the place."""
        nxt = group[-1] + 1
        if len(group) != 1 or nxt >= len(self.placed) or self.placed[nxt].kind != "heading":
            return False
        if any(isinstance(e, Heading) for e in self.entries):
            return False
        over, title = self.placed[group[0]].line, self.placed[nxt].line
        text = over.text.strip()
        gap = title.top - over.bottom
        return (
            text.isupper() and alone_label(text) is None and not ends_sentence(text)
            and len(text.split()) <= ZONE_LIMITS["kicker_words"]
            and over.size <= ZONE_LIMITS["kicker_size"] * title.size and over.page == title.page
            and -ZONE_LIMITS["kicker_overlap"] * title.size <= gap <= ZONE_LIMITS["kicker_gap"] * title.size
        )

    def _heading_group(self, i: int) -> list[int]:
        """Indexes of the lines of the heading that starts at line ``i``."""
        group = [i]
        while i + len(group) < len(self.placed):
            nxt = self.placed[i + len(group)]
            prev = self.placed[group[-1]]
            label_only = len(group) == 1 and _margin_label(prev.line.text.strip()) is not None
            # a panel label alone beside the next heading opens that heading, never ends this one
            opens_next = not label_only and LABEL_ALONE.match(nxt.line.text.strip()) and (
                i + len(group) + 1 < len(self.placed) and _level(nxt, self.placed[i + len(group) + 1], True))
            if nxt.kind != "heading" or opens_next or not (
                _same_heading(prev.line, nxt.line)
                or _completes_heading(prev, nxt)
                or (label_only and (_near_below(prev, nxt) or _beside(prev.line, nxt.line) or _level(prev, nxt)
                                    or _stranded(prev, nxt) or self.column_heads.get(id(prev)) is nxt))
            ):
                break
            group.append(i + len(group))
        return group

    def _subtitle(self, group: list[int]) -> bool:
        """Heading lines set right under the unit title in a style no other heading
        shares (an italic deck line under a bold title) are its subtitle."""
        at = self._title_at()
        if at < 0:
            return False
        style = _style(self.placed[group[0]].line)
        if any(_style(self.placed[k].line) != style for k in group):
            return False
        if LIMITS["subtitle_body_type"] and self.entries[at].lines:
            title = self.geometry.get(id(self.entries[at].lines[-1]))
            first = self.placed[group[0]].line
            apart = title is not None and (title.rotated != first.rotated or title.page != first.page)
            if apart and max(self.placed[k].line.size for k in group) < body_style(self.placed)[0]:
                return False  # a line in type smaller than the text's set apart from a turned title is no deck of it
        shared = sum(1 for p in self.placed if p.kind == "heading" and _style(p.line) == style)
        return shared == len(group)

    def _title_at(self) -> int:
        """Where the unit title stands among the entries read so far: the one heading, first, or
        after kicker lines alone over it (``kicker_title_decks``: each a line of its own ending
        no sentence, on the title's page above it); -1 when the entries are no title so far."""
        if not self.entries:
            return -1
        *before, last = self.entries
        if not isinstance(last, Heading) or not last.lines:
            return -1
        if not before:
            return 0
        if not LIMITS["kicker_title_decks"]:
            return -1
        head = self.geometry.get(id(last.lines[0]))
        for entry in before:
            if not isinstance(entry, Fragment) or len(entry.lines) != 1:
                return -1
            line = self.geometry.get(id(entry.lines[0]))
            if head is None or line is None or line.page != head.page or line.bottom > head.top:
                return -1
            if ends_sentence(line.text.strip()):
                return -1
        return len(before)

    # captions
    def _caption_line(self, i: int) -> None:
        p = self.placed[i]
        line = self.lines[i]
        cap = self.cap
        if cap is not None and p.line.rotated and self.last_cap == i - 1:  # a credit up the picture's side
            if cap.credit is None:
                cap.credit = (len(cap.lines), 0)
                cap.lines.append(line)
            self.last_cap = i
            return
        if cap is not None and self._continues_caption(cap, i):
            prev = self.placed[self.last_cap]
            if (
                cap.credit is None
                and p.line.size <= LIMITS["credit_size"] * prev.line.size
                and is_credit(line.text.split(), closes_caption=True)
            ) or (cap.credit is None and _own_line_credit(cap, line)) or (
                cap.credit is None and _credit_by_style(cap, prev.line, p.line)
            ):
                before = cap.lines[-2].text if len(cap.lines) > 1 else ""
                opened = open_credit_start(cap.last.text.split(), ends_sentence(before))
                if opened is None:
                    opened = _wrapped_name_start(cap.last.text.split())
                at = (len(cap.lines) - 1, opened) if opened is not None else (len(cap.lines), 0)
                cap.credit = at if at != (0, 0) else (len(cap.lines), 0)
            cap.lines.append(line)
            self.last_cap = i
            return
        self._close_caption()
        label = match_label(line.text)
        position, label_words = None, p.numbered
        if label is not None and not p.numbered:
            position = label[0]
            label_words = len(line.text[: label[1]].split())
        cap = Fragment("caption", [line], position, label_words)
        para = self.para
        if para is not None and not self._para_ended(self.last_body):
            para.deferred.append(cap)
        else:
            self.para = None
            self.entries.append(cap)
        self.cap = cap
        self.last_cap = i

    def _continues_caption(self, cap: Fragment, i: int) -> bool:
        line = self.lines[i]
        p = self.placed[i]
        prev = self.placed[self.last_cap]
        if match_label(line.text) or (self.last_cap != i - 1 and not self._beside_run(i)) or p.lead:
            return False
        if (
            cap.credit is not None
            and not starts_lowercase(line.text)
            and not self._credit_goes_on(cap, prev, p)
        ):
            return False
        opening = self.geometry.get(id(cap.lines[0]))
        first = self._picture_at(opening) if opening is not None else None
        runs_on = bool(LIMITS["caption_runs_on"])
        under = self._picture_at(p.line, under=True)
        if under is not None and opening is not None and LIMITS["caption_frames"] and _inside_box(
                opening, self.pictures[under[0]][under[1]]):
            under = first  # a frame drawn round the picture and its caption, not another picture
        if first is not None and under not in (None, first) and not (
                runs_on and starts_lowercase(line.text) and not ends_sentence(cap.last.text)) and not (
                runs_on and self._picture_at(p.line, under=True) == self._picture_at(prev.line, under=True)):
            return False  # a line right under another picture opens that picture's caption (not a
            # sentence going on in lower case: the caption runs on over the column's foot)
        if prev.column == p.column:
            if cap.credit is None and self._image_between(prev.line, p.line):
                # a caption over its picture, the credit under it (in smaller type, or
                # in the caption's own size when it opens with a credit's lead)
                smaller = p.line.size <= LIMITS["credit_size"] * prev.line.size
                led = p.line.size <= prev.line.size and lead_at(line.text.split(), 0)
                return (smaller or led) and is_credit(line.text.split(), closes_caption=True)
            if cap.credit is None and self._under_own_picture(prev.line, p.line):
                # a caption printed over its picture, the credit under the picture
                return is_credit(line.text.split(), closes_caption=False)
            if cap.credit is None and self._beside_own_picture(prev.line, p.line):
                # a caption over (or under) its picture, the credit in the margin beside it
                return is_credit(line.text.split(), closes_caption=False)
            if cap.credit is None and self._under_picture_beside(cap, p.line):
                # a caption beside its picture, the credit under (or over) the picture
                return is_credit(line.text.split(), closes_caption=False)
            gap = p.line.top - prev.line.bottom
            # a credit in smaller type may be set flush right under a ragged caption, and
            # spaced from it by the caption's type
            # (or in the caption's size and another style of it: italic under roman)
            restyled = p.line.size <= prev.line.size and p.line.italic != prev.line.italic
            credit = cap.credit is None and (
                p.line.size <= LIMITS["credit_size"] * prev.line.size or restyled) and is_credit(
                line.text.split(), closes_caption=True)
            reach = LIMITS["led_credit_gap"] if credit and _credit_line(line.text) else LIMITS["caption_gap"]
            far = gap > reach * (prev.line.size if credit else p.line.size) and not (
                cap.credit is not None and self._at_caption_pitch(cap, p))  # (a credit at the caption's loose leading)
            aligned = credit or not _other_alignment(prev.line, p.line)
            return not (far or self._image_between(prev.line, p.line) or not aligned)
        # across a column or page: only an unfinished caption goes on (a credit on a
        # line of its own, "© Name", finishes it), or one whose credit, in its own
        # smaller type, flowed on to the next column's head
        if starts_lowercase(line.text):
            return True
        words = line.text.split()
        if cap.credit is None and p.line.size <= LIMITS["credit_size"] * prev.line.size and (
                is_credit(words, closes_caption=True) or lead_at(words, 0)):
            return True
        finished = ends_sentence(cap.last.text) or _NOTE_CALL_END.search(cap.last.text) is not None
        return not (finished or (len(cap.lines) > 1 and _credit_line(cap.last.text)) or _led_credit_end(cap.last.text))

    def _picture_at(self, line: TextLine, under: bool = False) -> tuple[int, int] | None:
        """The one picture (page, index) that ``line`` stands right under (or, unless
        ``under``, over), within ``image_near`` of its type size, starting across its
        width; None for none, or for a line between two pictures."""
        reach = LIMITS["image_near"] * line.size
        found = [
            (line.page, k) for k, box in enumerate(self.pictures.get(line.page, []))
            if (-line.size <= line.top - box[3] <= reach
                or (not under and -line.size <= box[1] - line.bottom <= reach))  # (overlapping by a line at most)
            and box[0] - LIMITS["box_slack"] <= line.x0 < box[2]
        ]
        return found[0] if len(found) == 1 else None

    def _credit_goes_on(self, cap: Fragment, prev: Placed, p: Placed) -> bool:
        """A credit wrapped over its own lines ("Courtesy of the Harbour" / "Archive"):
        the same type, close below, and the whole still reads as one credit."""
        assert cap.credit is not None
        n, k = cap.credit
        if n >= len(cap.lines) or prev.column != p.column or not _same_type(prev.line, p.line):
            return False
        if ends_sentence(cap.last.text) or (p.line.top - prev.line.bottom > LIMITS["caption_gap"] * p.line.size
                                            and not self._at_caption_pitch(cap, p)):
            return False
        if self._credit_by_type(cap):  # its own type carries it on, whatever its words
            return True
        credit = [w for w, _ in cap.lines[n].words[k:]]
        for line in cap.lines[n + 1 :]:
            credit += [w for w, _ in line.words]
        credit = credit[1:] if credit and credit[0] in _DASH_WORDS else credit
        return is_credit(credit + p.line.text.split(), closes_caption=True)

    def _at_caption_pitch(self, cap: Fragment, p: Placed) -> bool:
        """``p`` follows the caption's last line at the pitch of its two last lines (a
        caption set with loose leading keeps it in its credit)."""
        if len(cap.lines) < 2:
            return False
        last, before = self.geometry.get(id(cap.lines[-1])), self.geometry.get(id(cap.lines[-2]))
        if last is None or before is None or last.page != before.page or last.page != p.line.page:
            return False
        own = last.top - before.top
        return 0 < p.line.top - last.top <= LIMITS["caption_pitch"] * own

    def _credit_by_type(self, cap: Fragment) -> bool:
        """The caption's credit opens a line of its own in type smaller than the caption's,
        or in another style of it (italic under roman)."""
        assert cap.credit is not None
        n, k = cap.credit
        if k != 0 or not 0 < n < len(cap.lines):
            return False
        first, credit = self.geometry.get(id(cap.lines[0])), self.geometry.get(id(cap.lines[n]))
        return first is not None and credit is not None and (
            credit.size <= LIMITS["credit_size"] * first.size or credit.italic != first.italic)

    def _under_own_picture(self, inside: TextLine, below: TextLine) -> bool:
        """``inside`` is printed over a picture (a drawn box with its caption over it) and
        ``below`` stands right under it."""
        return any(
            _inside_box(inside, box) and 0 <= below.top - box[3] <= LIMITS["image_near"] * below.size
            for box in self.overlays.get(below.page, [])
        )

    def _beside_own_picture(self, caption: TextLine, credit: TextLine) -> bool:
        """``caption`` stands right over or under a picture and ``credit`` beside it."""
        reach = LIMITS["image_near"] * caption.size
        return any(
            (0 <= box[1] - caption.bottom <= reach or 0 <= caption.top - box[3] <= reach)
            and box[0] - LIMITS["box_slack"] <= caption.x0 < box[2]
            and _box_beside((credit.x0, credit.top, credit.x1, credit.bottom), box, credit.size)
            for box in self.pictures.get(credit.page, [])
        )

    def _under_picture_beside(self, cap: Fragment, credit: TextLine) -> bool:
        """The caption ``cap`` stands left or right of a picture, within its height, and
        ``credit`` right under (or over) that picture, across its width."""
        lines = [g for g in (self.geometry.get(id(line)) for line in cap.lines) if g is not None]
        if not lines or any(g.page != credit.page for g in lines):
            return False
        part = (min(g.x0 for g in lines), lines[0].top, max(g.x1 for g in lines), lines[-1].bottom)
        reach = LIMITS["image_near"] * credit.size
        return any(
            _box_beside(part, box, lines[0].size)
            and credit.x0 < box[2] and credit.x1 > box[0]
            and (0 <= credit.top - box[3] <= reach or 0 <= box[1] - credit.bottom <= reach)
            for box in self.pictures.get(credit.page, [])
        )

    def _picture_between(self, above: TextLine, below: TextLine) -> bool:
        """A picture stands between the two lines, across their column's width (in part)."""
        return any(
            above.bottom <= box[1] and box[3] <= below.top + 1 and box[0] < below.x1 and box[2] > below.x0
            for box in self.pictures.get(below.page, [])
        )

    def _box_between(self, above: TextLine, below: TextLine) -> bool:
        """A drawn box framing text stands between the two lines, across their column's width
        (in part): a pull quote or a side-bar set into the column, its text read as a block of
        its own (the lines read between them in the column would have made them not adjacent)."""
        page = self.boxed.get(below.page, [])
        return any(
            above.bottom <= box[1] and box[3] <= below.top + 1 and box[0] < below.x1 and box[2] > below.x0
            for box in page
        )

    def _image_between(self, above: TextLine, below: TextLine) -> bool:
        return any(
            above.bottom <= box[1] and box[3] <= below.top + 1
            for box in self.pictures.get(below.page, [])
        )

    def _close_caption(self) -> None:
        cap = self.cap
        if cap is not None and cap.credit is None:
            words: list[tuple[str, int, int]] = []
            # a credit wraps over up to four of a narrow caption's last lines
            for n in range(max(0, len(cap.lines) - int(LIMITS["credit_lines"])), len(cap.lines)):
                skip = cap.label_words if n == 0 else 0
                for k, (w, _) in enumerate(cap.lines[n].words):
                    if k < skip:
                        continue
                    if k == 0 and words and words[-1][0].endswith(LINE_HYPHENS) and w[:1].islower():
                        head = words.pop()  # a word broken at the line end
                        words.append((head[0][:-1] + w, head[1], head[2]))
                        continue
                    words.append((w, n, k))
            start = trailing_credit([w for w, _, _ in words])
            if start is not None and (start > 0 or words[start][1] > 0):  # never the whole caption
                cap.credit = (words[start][1], words[start][2])
        self.cap = None

    def _beside_caption(self, i: int) -> bool:
        """With ``caption_beside_reach`` on, body line ``i`` stands beside the open caption's last
        line (on its page, no overlap across), starting at most ``caption_beside_reach`` of the
        caption's size under it: text set beside the caption, read between its lines by height."""
        reach = LIMITS["caption_beside_reach"]
        if not reach or self.cap is None:
            return False
        last, line = self.placed[self.last_cap].line, self.placed[i].line
        return (line.page == last.page and (line.x0 >= last.x1 or line.x1 <= last.x0)
                and line.top - last.bottom <= reach * last.size)

    def _beside_run(self, i: int) -> bool:
        """The lines read between the open caption's last line and line ``i`` are body lines
        beside both (``_beside_caption``): line ``i`` comes next in the caption."""
        if not LIMITS["caption_beside_reach"] or self.last_cap >= i - 1:
            return False
        last, line = self.placed[self.last_cap].line, self.placed[i].line
        between = self.placed[self.last_cap + 1 : i]
        return line.page == last.page and all(
            p.kind == "body" and p.line.page == last.page
            and (p.line.x0 >= max(last.x1, line.x1) or p.line.x1 <= min(last.x0, line.x0)) for p in between)

    # body
    def _caption_goes_on(self, i: int) -> bool:
        """A caption set in body type goes on over line ``i``: the same type, the
        usual line pitch, and the caption's previous line wrapped (no credit yet)."""
        cap = self.cap
        if cap is None or self.last_cap != i - 1:
            return False
        prev, cur = self.placed[i - 1], self.placed[i]
        if cap.credit is not None and not _broken_word(prev.line, cur.line) and not self._credit_wraps(cap, prev, cur):
            return False  # the credit closes the caption, unless a word of it goes on below
        if prev.column != cur.column or not _same_type(prev.line, cur.line):
            return False
        pitch = self._pitch(cur.line.size)
        if len(cap.lines) >= 2:  # the caption's own leading, when it shows one
            pitch = prev.line.top - self.placed[i - 2].line.top
        if cur.line.top - prev.line.top > LIMITS["caption_pitch"] * pitch:
            return False
        if match_label(cur.line.text):
            return False
        if self._credit_closes(cap) and not (
            _credit_tail(cur, prev) or _broken_word(prev.line, cur.line) or _tail_in_own_measure(cur, prev)
        ):
            return False
        if cap.credit is None and _own_line_credit(cap, self.lines[i]):
            return True  # a credit by its form on a line of its own under the caption's last sentence
        return not ends_sentence(prev.line.text) or not self._fits(prev, cur.line)

    def _credit_wraps(self, cap: Fragment, prev: Placed, cur: Placed) -> bool:
        """With ``body_credit_wraps`` on, a credit on a line of its own in body type goes on over
        ``cur``: set at the credit line's left edge, at the usual pitch, the credit ending no
        sentence and still reading as one with ``cur``'s words ("Lent by the Harbour" /
        "Pilots' Guild, HPG 12")."""
        assert cap.credit is not None
        n, k = cap.credit
        if not LIMITS["body_credit_wraps"] or n != len(cap.lines) - 1 or k != 0 or prev.column != cur.column:
            return False
        if abs(cur.line.x0 - prev.line.x0) > LIMITS["heading_align"] or ends_sentence(prev.line.text):
            return False
        if cur.line.top - prev.line.top > LIMITS["caption_pitch"] * self._pitch(cur.line.size):
            return False
        return is_credit(prev.line.text.split() + cur.line.text.split(), closes_caption=True)

    def _credit_closes(self, cap: Fragment) -> bool:
        """The caption's last line ends in a whole credit (an institution's name or an
        acronym after its last sentence); a credit lead still open ("Photo:",
        "Courtesy of the") goes on over the next line."""
        words = [w for w, _ in cap.last.words]
        for k in range(1, len(words)):
            run = words[k:]
            if not ends_sentence(words[k - 1]) or run[-1].lower() in FUNCTION_WORDS:
                continue
            if run[-1].lower().startswith(CREDIT_LEADS):
                return False
            if is_credit(run, closes_caption=False):
                return True
        return False

    def _body_line(self, i: int) -> None:
        if self._caption_goes_on(i):
            self._caption_line(i)
            return
        if not self._beside_caption(i):
            self._close_caption()
        line = self.lines[i]
        para = self.para
        if para is not None and not self._breaks(self.last_body, i):
            para.lines.append(line)
        elif (resumed := self._resumed_round_box(i)) is not None:
            resumed.lines.append(line)
            self.para = resumed
        else:
            self.para = Fragment("paragraph", [line])
            self.entries.append(self.para)
        self.last_body = i

    def _resumed_round_box(self, i: int) -> Fragment | None:
        """The paragraph a drawn box framing text (a side-bar read in the column's flow) cut
        mid-sentence: body line ``i``, opening in lower case under the box that holds the body
        line read before it, goes on the last paragraph set over the box in its column whose
        last line ends no sentence."""
        if not LIMITS["boxed_pitch_mute"] or self.last_body < 0:
            return None
        prev, cur = self.placed[self.last_body].line, self.placed[i].line
        if not starts_lowercase(cur.text) or prev.page != cur.page:
            return None
        box = next((b for b in self.boxed.get(cur.page, [])
                    if _inside_box(prev, b) and not _inside_box(cur, b) and b[3] <= cur.top + 1
                    and b[0] < cur.x1 and b[2] > cur.x0), None)
        if box is None:
            return None
        for entry in reversed(self.entries):
            if not isinstance(entry, Fragment) or entry.kind != "paragraph":
                continue
            last = self.geometry[id(entry.lines[-1])]
            if last.page == cur.page and not _inside_box(last, box):
                goes_on = (last.bottom <= box[1] + 1 and last.x0 < cur.x1 and last.x1 > cur.x0
                           and not ends_sentence(last.text, lenient=True))
                return entry if goes_on else None
        return None

    def _breaks(self, j: int, i: int) -> bool:
        """A new paragraph starts at placed line ``i`` after body line ``j``."""
        prev, cur = self.placed[j], self.placed[i]
        if cur.lead:
            return True
        text = cur.line.text
        indented = cur.line.x0 - cur.left >= LIMITS["indent"] * cur.line.size
        prev_indented = prev.line.x0 - prev.left >= 0.5 * LIMITS["indent"] * prev.line.size
        # next in the column (a margin's caption set level with the text between them aside)
        adjacent = prev.column == cur.column and all(
            self.placed[k].column != cur.column for k in range(j + 1, i))
        # a picture standing between them in the column: the pitch tells nothing
        # (with ``figure_uncaptioned`` on, also where nothing was read between them: a caption
        # set apart, as a turned strip or in another column)
        figured = adjacent and (bool(LIMITS["figure_pitch_mute"]) and (
            i > j + 1 or bool(LIMITS["figure_uncaptioned"])) and self._picture_between(
            prev.line, cur.line) or bool(LIMITS["boxed_pitch_mute"]) and self._box_between(prev.line, cur.line))
        if adjacent and not figured:
            pitch = cur.line.top - prev.line.top
            if cur.line.top < prev.line.bottom and _slanted_under(prev.line, cur.line):
                pitch = cur.line.bottom - prev.line.bottom  # a slanted block's lines: their baselines' pitch
            usual = self._pitch(cur.line.size)
            raised = _raised_by(cur.line)  # a line set lower by its note call's raise alone opens nothing
            if raised and abs(pitch - raised - usual) <= LIMITS["raise_fit"] * cur.line.size:
                pitch = usual
            if pitch > LIMITS["pitch_slack"] * usual and not (
                    LIMITS["float_clearance"] and not ends_sentence(prev.line.text, lenient=True)
                    and self._caption_beside_gap(prev.line, cur.line)):
                return True
            if self.spaced is not None and pitch >= self.spaced and ends_sentence(prev.line.text, lenient=True):
                return True  # the space the document sets between paragraphs, after a full line
            if indented and not prev_indented and not _ragged_left_end(prev.line, cur.line) and not (
                    LIMITS["wrap_starts"] and self._pushed_in(cur)):
                return True
            if starts_lowercase(text):
                return False
            step = LIMITS["size_step_opens"]
            if step and abs(cur.line.size - prev.line.size) >= step * cur.line.size:
                return True  # a block in another type size: the tombstone lines over a label's text
            return ends_sentence(prev.line.text, lenient=True) and self._fits(prev, cur.line)
        if LIMITS["hyphen_goes_on"] and _word_broken_over(prev.line.text, text):
            return False  # a word broken at the line's end goes on past a caption set between (round 48)
        # (across a caption: measured from where the column's body lines start, a caption or
        # label set out in its margin having widened the column)
        if cur.line.x0 - self._flush(cur) >= LIMITS["indent"] * cur.line.size and (
                self.indent_style or self._known_indent(cur)):
            return True  # (an indent opens a paragraph whatever ended the last: "…;" / "(c) …")
        if starts_lowercase(text):
            return False
        if not _same_type(prev.line, cur.line) and (
                LIMITS["type_change_opens"] or ends_sentence(prev.line.text, lenient=True)):
            return True  # a deck in its own type over the columns; a block in other type
        if not ends_sentence(prev.line.text, lenient=True):
            return False
        if figured or any(
                self.placed[k].kind == "caption" and _cuts_flow(self.placed[k], prev, cur) for k in range(j + 1, i)):
            # a figure set inside a paragraph cuts it mid-sentence, seldom at a full stop;
            # where paragraphs open indented, a flush line going on under a figure set inside
            # its column goes on (the indent test above opened the paragraph when it was set
            # in; a figure closing a column may close a paragraph set flush in the next); with
            # ``figure_cut_full`` 0, a line before the figure that ran full goes on round it too
            if self.indent_style and LIMITS["figure_cut_indented"] and prev.column == cur.column:
                return False
            if self.indent_style and LIMITS["figure_heads_column"] and self._figure_heads_column(j, i):
                return False  # the next column opens on the figure, the text going on flush under it
            return ends_sentence(prev.line.text) and (
                bool(LIMITS["figure_cut_full"]) or self._fits(prev, cur.line))
        if self.indent_style:
            return False
        return self._fits(prev, cur.line)

    def _figure_heads_column(self, j: int, i: int) -> bool:
        """Every line read between body lines ``j`` and ``i`` is a caption or credit in ``i``'s
        column, over it, and nothing of that column is read before them: the figure heads the
        column the text goes on in, the column's first line under it (where paragraphs open
        indented, a flush line there goes on with the sentence-ended paragraph before)."""
        cur = self.placed[i]
        between = self.placed[j + 1 : i]
        if not between or self.placed[j].column == cur.column:
            return False
        if not all(p.kind in ("caption", "credit") and p.column == cur.column and p.line.top < cur.line.top
                   for p in between):
            return False
        return all(p.column != cur.column for p in self.placed[: j + 1])

    def _caption_beside_gap(self, prev: TextLine, cur: TextLine) -> bool:
        """A caption line of the page stands beside ``prev`` (level with it, clear of it left or
        right) and reaches down past it toward ``cur``: the text ran round a float whose caption
        ends lower than the short lines beside it, so the gap under ``prev`` is the float's."""
        for p in self.placed:
            line = p.line
            if p.kind != "caption" or line.page != prev.page:
                continue
            beside = line.x1 <= prev.x0 or line.x0 >= prev.x1
            if beside and line.top < prev.bottom and line.bottom > prev.bottom and line.top < cur.top:
                return True
        return False

    def _pushed_in(self, cur: Placed) -> bool:
        """The line starts in from its column's edge because a picture stands level with it
        there, between the edge and its first glyph (text flowing round a picture set into
        the column): no indent."""
        line = cur.line
        return any(  # (not a picture under the whole line: a scanned page behind its OCR text)
            top < line.bottom and bottom > line.top and x0 < line.x0 and cur.left < x1 < line.x1
            for x0, top, x1, bottom in self.pictures.get(line.page, [])
        )

    def _paragraph_space(self) -> float | None:
        """The least line pitch that opens a paragraph where the document sets a space between
        paragraphs smaller than ``pitch_slack`` shows: learnt from the body's own lines, the
        pitches after paragraphs that ended short (a sentence ended, the next word would have
        fitted) all wider by ``space_before`` of the type than every pitch inside a sentence;
        halfway between the two. None when the two do not part so cleanly."""
        ends: list[float] = []
        inside: list[float] = []
        for prev, cur in itertools.pairwise(self.placed):
            if not (prev.kind == cur.kind == "body" and prev.column == cur.column
                    and abs(prev.line.size - self.body_size) < 1 and abs(cur.line.size - self.body_size) < 1):
                continue
            pitch = cur.line.top - prev.line.top
            if pitch <= 0 or cur.lead:
                continue
            if not ends_sentence(prev.line.text, lenient=True) or starts_lowercase(cur.line.text):
                inside.append(pitch)
            elif self._fits(prev, cur.line) and cur.line.x0 - self._flush(cur) < LIMITS["indent"] * cur.line.size:
                ends.append(pitch)
        if len(ends) < LIMITS["space_breaks"] or not inside:
            return None
        low, high = max(inside), min(ends)
        if high - low < LIMITS["space_before"] * self.body_size:
            return None
        return (low + high) / 2

    def _known_indent(self, cur: Placed) -> bool:
        """``cur`` is indented by as much as a line the document indents after a sentence
        end in its column, where no line going on from a running sentence is indented."""
        inset = cur.line.x0 - cur.left
        return any(abs(inset - seen) <= LIMITS["indent_match"] for seen in self.indents)

    def _para_ended(self, j: int) -> bool:
        """The paragraph whose last line is ``j`` has certainly ended."""
        if j < 0:
            return True
        prev = self.placed[j]
        return ends_sentence(prev.line.text, lenient=True) and self._fits(prev, None)

    def _fits(self, prev: Placed, nxt: TextLine | None) -> bool:
        """The next line's first word would have fitted after ``prev``: it ended short."""
        key = (prev.column, self.frames.get(id(prev), -1))
        measure = min(prev.right, self.measure.get(key, prev.right))
        typed = self.type_measure.get((*key, round(prev.line.size * 2) / 2))
        if LIMITS["measure_by_type"] and typed is not None and typed[1] >= LIMITS["measure_by_type"]:
            measure = min(measure, typed[0])  # (a wider lede in larger type does not widen the text's measure)
        measure = self._wrapped_measure(prev, measure)
        measure = self._held_measure(prev, measure)
        room = measure - prev.line.x1
        set_width = _first_word_width(nxt, prev.line.size) if nxt is not None else None
        if set_width is not None and self._justified_above(prev, measure):
            # justified lines show the measure exactly: the word as its glyphs are set,
            # and a word space
            return room > set_width + LIMITS["word_space"] * prev.line.size
        word = nxt.text.split()[0] if nxt is not None else "word"
        return room > (len(word) + 1) * LIMITS["char_width"] * prev.line.size

    def _wrapped_measure(self, prev: Placed, measure: float) -> float:
        """The measure of ``prev``'s line where the text wraps around a box (a side-bar, a
        picture) standing in its column right of it: the column's lines beside that box end
        at most where the widest of them ends, not at the column's edge."""
        line = prev.line
        if not LIMITS["wrap_measure"]:
            return measure
        beside = [box for box in self.obstacles.get(line.page, ())
                  if line.x1 <= box[0] < measure and box[1] < line.bottom and line.top < box[3]]
        if not beside:
            return measure
        widest = max(self._widest_beside(prev.column, box) for box in beside)
        return max(widest, line.x1) if widest else measure

    def _held_measure(self, prev: Placed, measure: float) -> float:
        """The measure of ``prev``'s line where it ends on the right edge that at least
        ``held_edge_lines`` of the column's ``held_edge_reach`` body lines right above it keep,
        short of the column's measure: justified text set narrower beside something in its
        column (a pull quote floated in the text, whose margin holds the measure a line or two
        past its last line) runs full to that edge, and a sentence ending there ends no
        paragraph."""
        need, reach = int(LIMITS["held_edge_lines"]), int(LIMITS["held_edge_reach"])
        line = prev.line
        tolerance = LIMITS["ragged_right_edge"] * line.size
        if not need or measure - line.x1 <= tolerance:
            return measure
        k = self.index.get(id(prev), 0)
        # (the body lines right above it, past a float's caption read level with them, in the column)
        window = self.placed[max(0, k - reach - int(LIMITS["held_edge_skip"])):k]
        above = [p.line for p in window
                 if p.kind == "body" and p.column == prev.column and p.line.page == line.page
                 and p.line.top < line.top and abs(p.line.size - line.size) < 1][-reach:]
        held = sum(abs(ln.x1 - line.x1) <= tolerance for ln in above)
        return line.x1 if held >= need else measure

    def _widest_beside(self, column: tuple[int, int], box: Box) -> float:
        """Where the widest body line of ``column`` level with ``box`` and left of it ends
        (0 when there is none); each column and box measured once."""
        key = (column, box)
        if key not in self._beside:
            if not self._by_column:
                for p in self.placed:
                    if p.kind == "body":
                        self._by_column.setdefault(p.column, []).append(p.line)
            self._beside[key] = max((ln.x1 for ln in self._by_column.get(column, ())
                                     if box[1] < ln.bottom and ln.top < box[3] and ln.x1 <= box[0]), default=0.0)
        return self._beside[key]

    def _justified_above(self, prev: Placed, measure: float) -> bool:
        """The line over ``prev`` in its column is set full to the measure (justified)."""
        k = self.index.get(id(prev), 0) - 1
        if k < 0:
            return False
        above = self.placed[k]
        return (
            above.kind == "body" and above.column == prev.column and above.line.top < prev.line.top
            and abs(measure - above.line.x1) <= LIMITS["ragged_right_edge"] * above.line.size
        )

    def _flush(self, p: Placed) -> float:
        """Where the body's lines of ``p``'s column start: the column's edge, or the edge
        most of its body lines keep when a label or caption set out in its margin widens the
        column (a line there is not indented)."""
        return max(p.left, self.flush.get(p.column, p.left))

    def _pitch(self, size: float) -> float:
        """The usual line pitch of body lines in ``size``: the body's, or the one the lines of
        that size keep inside their sentences (an intro or a side-bar set with its own
        leading), or 1.25 of the size where they show none."""
        if abs(size - self.body_size) < 1:
            return self.pitch
        return self.pitches.get(round(size, 1), 1.25 * size)




def trailing_credit(words: list[str]) -> int | None:
    """Where a credit starts among a caption's last words, or None.

    A credit lead ("Courtesy of", "Photo:") anywhere near the end settles it;
    otherwise a credit-shaped run after a sentence end (strict, then lenient).
    """
    for k in range(len(words) - 1, max(-1, len(words) - 10), -1):
        if lead_at(words, k) and is_credit(words[k:], True):
            return widen_lead(words, k)
        if words[k].startswith("(") and words[-1].endswith(")") and k > 0 and ends_sentence(words[k - 1]):
            bare = [*words[:k], words[k][1:], *words[k + 1: -1], words[-1][:-1]] if k < len(words) - 1 else [
                *words[:k], words[k][1:-1]]
            if lead_at(bare, k) and is_credit(bare[k:], True):  # "… border. (Photo: Name)"
                return k
    start = credit_start(words, True)
    if start is not None:
        return start
    for k in range(max(1, len(words) - 8), len(words)):
        if ends_sentence(words[k - 1], lenient=True) and is_credit(words[k:], True):
            return k
    return None


def open_credit_start(words: list[str], after_sentence: bool = False) -> int | None:
    """Where a credit opened at the end of a caption line starts when its name wraps
    on to the next line: a credit lead after the caption's finished sentence, bare,
    after an opening bracket or after a dash ("… 1915. (Photo: Jan", "… 1915. — Image:");
    with ``after_sentence`` (the line before ended one) it may open the line."""
    for k in range(len(words) - 1, -1, -1):
        before = words[k - 1] if k else ""
        if before in _DASH_WORDS and k >= 2:
            before = words[k - 2]
        finished = ends_sentence(before) if k else after_sentence
        if finished and lead_at([words[k].lstrip("(["), *words[k + 1 :]], 0):
            return k
    return None


def _wrapped_name_start(words: list[str]) -> int | None:
    """Where a credit without lead opens at the end of a caption line, its name wrapping on
    to the credit's own line in smaller type ("… about 1800. St" / "Giles Parish Museum"):
    the one to ``credit_name_words`` capitalised words after the line's last sentence end,
    ending none of their own ("… 1845. Replica." closes the caption)."""
    for k in range(len(words) - 1, 0, -1):
        if ends_sentence(words[k - 1]):
            tail = words[k:]
            if (1 <= len(tail) <= LIMITS["credit_name_words"] and all(w[:1].isupper() for w in tail)
                    and not ends_sentence(" ".join(tail)) and not tail[-1].endswith((",", ";", ":"))):
                return k
            return None
    return None


_DASH_WORDS = ("—", "–", "-", "--")
# a sentence closed by a note number ("… the street. 3"): the caption is finished
_NOTE_CALL_END = re.compile(r"[.!?][\"”’)]?\s*\d{1,2}$")


def _credit_tail(line: Placed, prev: Placed) -> bool:
    """A short line of one to three capitalised words, no full stop, far shorter than
    the line before: the wrapped end of that line's credit ("Photo: Jan" / "Hartley")."""
    words = line.line.text.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not line.line.text.endswith(".")
        and line.line.width < 0.5 * prev.line.width
    )


def _tail_in_own_measure(line: Placed, prev: Placed) -> bool:
    """A short capitalised line (no full stop) under a caption set in a measure of its
    own beside a picture (both indented from the column's edge, flush with each
    other): the wrapped end of the caption's credit ("Photo: Ann" / "Lindqvist")."""
    words = line.line.text.split()
    inset = prev.line.x0 - prev.left
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not line.line.text.endswith(".")
        and inset >= LIMITS["caption_inset"] * prev.line.size
        and abs(line.line.x0 - prev.line.x0) <= 0.2 * prev.line.size
    )


def _broken_word(prev: TextLine, line: TextLine) -> bool:
    """``prev`` ends in a word broken at its hyphen that ``line`` completes ("His-" / "torical")."""
    return prev.text.rstrip().endswith(LINE_HYPHENS) and starts_lowercase(line.text)


def _same_type(a: TextLine, b: TextLine) -> bool:
    return abs(a.size - b.size) < 0.3 and a.italic == b.italic and a.bold == b.bold


def _own_line_credit(cap: Fragment, line: Line) -> bool:
    """A caption line that is a credit by its form alone, after a finished sentence:
    a credit lead ("Courtesy of", "Photo:") or an institution's name."""
    words = line.text.split()
    if not ends_sentence(cap.last.text) or credit_start(words, True, True) != 0:
        return False
    lead = line.text.lower().startswith(("courtesy", "photo", "credit", "source", "©"))
    return lead or is_credit(words, closes_caption=False)


def _credit_by_style(cap: Fragment, prev: TextLine, line: TextLine) -> bool:
    """A short line after the caption's finished last sentence, set in another style
    (italic against upright or the reverse, or smaller type) and ending no sentence:
    a credit on its own line ("Lent by a private collector"), not a medium line such
    as "Oil on canvas, 1850."."""
    words = line.text.split()
    restyled = line.italic != prev.italic or line.size <= LIMITS["credit_size"] * prev.size
    if not (restyled and ends_sentence(cap.last.text) and 0 < len(words) <= LIMITS["credit_line_words"]):
        return False
    if not any(ends_sentence(w) for w in words):
        return True
    # a medium line before the credit, both in the credit's type ("Glass, about 1886. Lent by …"): with
    # type both smaller and in another style, the line is the credit whole, its last part one by its form
    # (a medium line in the caption's own type stays the caption's sentence)
    both = line.italic != prev.italic and line.size <= LIMITS["credit_size"] * prev.size
    start = credit_start(words, closes_caption=False)
    return bool(LIMITS["styled_credit_lines"]) and both and start is not None and start > 0


def _near_below(above: Placed, below: Placed) -> bool:
    """``below`` follows ``above`` closely on the same page (a label over its title)."""
    gap = below.line.top - above.line.bottom
    size = max(above.line.size, below.line.size)
    return above.line.page == below.line.page and _under(gap, below.line.top - above.line.top, size)


def _completes_heading(prev: Placed, nxt: Placed) -> bool:
    """``nxt`` completes a heading line that ends on a colon ("Over the Pass:" over a
    smaller "The Tunnel, 1825-1843") or on a lower-case function word ("The Fall of the"
    over a larger "Old Bridge"), or opens in lower case ("A Cape of Gold" over a
    smaller "from the Hill"): a colon leaves its phrase open and a heading never opens in
    lower case, so the heading line set right under it, flush with it or centred on it,
    is its second half in any size."""
    above, below = prev.line, nxt.line
    opened = above.text.rstrip().endswith(":") or bool(LIMITS["lower_completes"]) and starts_lowercase(below.text.strip())
    last = above.text.split()[-1] if above.text.split() else ""
    if LIMITS["open_word_completes"] and last.islower() and last in FUNCTION_WORDS:
        opened = True  # "The Wreck of the" over a larger "Tanker Name, 1967": an article or preposition goes on
    if not opened or LABEL_ALONE.match(above.text.strip()):
        return False
    flush = abs(above.x0 - below.x0) <= LIMITS["heading_align"] * below.size
    centred = abs((above.x0 + above.x1) - (below.x0 + below.x1)) / 2 <= LIMITS["heading_align"] * below.size
    return _near_below(prev, nxt) and (flush or centred)


def _beside(label: TextLine, title: TextLine) -> bool:
    """``title`` starts right of ``label`` at its height (a tall number set beside it)."""
    return (
        label.page == title.page
        and 0 <= title.x0 - label.x1 <= 2 * title.size
        and title.top < label.bottom
        and label.top < title.bottom
    )


def _body_pitch(placed: list[Placed]) -> float:
    """The usual distance between consecutive body lines of one column."""
    pitches = []
    for a, b in zip(placed, placed[1:], strict=False):
        if a.kind == b.kind == "body" and a.column == b.column:
            d = b.line.top - a.line.top
            if d > 0:
                pitches.append(d)
    return _median(pitches) if pitches else 12.0


def _flush_edges(placed: list[Placed]) -> dict[tuple[int, int], float]:
    """Per column, the left edge most of its body lines start at (to the point), where at
    least ``flush_share`` of them do (not a column set ragged left); of edges as many lines
    start at, the leftmost (two lines, one indented: an indent is set in from the edge)."""
    starts: dict[tuple[int, int], Counter[float]] = {}
    for p in placed:
        if p.kind == "body":
            starts.setdefault(p.column, Counter())[round(p.line.x0)] += 1
    edges = {}
    for column, c in starts.items():
        count = max(c.values())
        edge = min(x for x, n in c.items() if n == count)
        if count >= LIMITS["flush_share"] * c.total():
            edges[column] = float(edge) - 0.5
    return edges


def _pitches_in_sentences(placed: list[Placed]) -> dict[float, float]:
    """Per type size, the median pitch between consecutive body lines of one column and
    size where a sentence runs on from one to the next (no paragraph can part them), when
    at least ``style_pitches`` such pairs show it."""
    seen: dict[float, list[float]] = {}
    for a, b in itertools.pairwise(placed):
        if not (a.kind == b.kind == "body" and a.column == b.column and abs(a.line.size - b.line.size) < 0.1):
            continue
        pitch = b.line.top - a.line.top
        if pitch > 0 and (not ends_sentence(a.line.text, lenient=True) or starts_lowercase(b.line.text)):
            seen.setdefault(round(a.line.size, 1), []).append(pitch)
    return {size: _median(p) for size, p in seen.items() if len(p) >= LIMITS["style_pitches"]}


def _ragged_left_end(prev: TextLine, cur: TextLine) -> bool:
    """``cur`` is the short last line of a paragraph set flush right (ragged left, as an
    entry left of a timeline's centre line): it ends where the line above ends, and the
    sentence runs on into it; set in from the left, it opens nothing."""
    width, above = cur.x1 - cur.x0, prev.x1 - prev.x0
    return (abs(cur.x1 - prev.x1) <= LIMITS["ragged_right_edge"] * cur.size
            and width < LIMITS["ragged_last_share"] * above and not ends_sentence(prev.text, lenient=True))


def _indent_style(placed: list[Placed]) -> bool:
    """Paragraphs open with a first-line indent: most body lines after a sentence
    end are indented, and the ones after a running sentence are not."""
    after_end = indented = running_indented = 0
    for a, b in zip(placed, placed[1:], strict=False):
        if a.kind == b.kind == "body" and a.column == b.column:
            inset = b.line.x0 - b.left >= LIMITS["indent"] * b.line.size
            if ends_sentence(a.line.text):
                after_end += 1
                indented += inset
            else:
                running_indented += inset
    # (narrow columns end many lines with a sentence inside a paragraph: then indents
    # after sentence ends alone, and never after a running line, tell the style)
    return after_end >= LIMITS["indent_sentence_ends"] and (indented >= LIMITS["indent_share"] * after_end or (
        indented >= LIMITS["indent_lines"] and running_indented == 0))


def _indents_after_ends(placed: list[Placed]) -> list[float]:
    """The first-line indents the document shows (a body line after a sentence end set in
    from its column's edge), none when a line going on from a running sentence is indented."""
    seen: list[float] = []
    for a, b in zip(placed, placed[1:], strict=False):
        if a.kind == b.kind == "body" and a.column == b.column:
            inset = b.line.x0 - b.left
            if inset >= LIMITS["indent"] * b.line.size:
                if not ends_sentence(a.line.text):
                    return []
                seen.append(inset)
    return seen


def _cuts_flow(caption: Placed, prev: Placed, cur: Placed) -> bool:
    """``caption`` stands in the text's way between ``prev`` and ``cur``: in the column of
    either, or across the page's columns (not in a margin of its own beside them)."""
    return caption.column in (prev.column, cur.column) or caption.column[1] >= FULL_WIDTH


def _first_word_width(line: TextLine, size: float) -> float | None:
    """The width of ``line``'s first word as its glyphs are set, scaled to type of ``size``."""
    text = line.text
    start = len(text) - len(text.lstrip())
    end = text.find(" ", start)
    end = len(text) if end < 0 else end
    if start >= end or 4 * end > len(line.boxes) or not line.size:
        return None
    return (line.box(end - 1)[2] - line.box(start)[0]) * size / line.size


def _column_labels(placed: list[Placed]) -> dict[int, Placed]:
    """Labels alone (a stop's number on a route band, "1" … "4" over the columns) each set over
    its column, within the column's edges, read right before the column's first heading though
    far over it (the band's other words, a stop's name and date, are the drawing's): id of each
    label -> its heading. Only a series of them, ``column_labels`` at least, each label another,
    heads columns so; one number far over one heading may be anything."""
    found: dict[int, Placed] = {}
    for label, title in zip(placed, placed[1:], strict=False):
        text = label.line.text.strip()
        if (label.kind == title.kind == "heading" and alone_label(text) and not _margin_label(title.line.text.strip())
                and label.column == title.column and label.line.page == title.line.page
                and label.line.bottom <= title.line.top and not _near_below(label, title)
                and title.left - LIMITS["measure_slack"] <= label.line.x0
                and label.line.x1 <= title.right + LIMITS["measure_slack"]):
            found[id(label)] = title
    texts = {p.line.text.strip() for p in placed if id(p) in found}
    return found if LIMITS["column_labels"] and len(texts) == len(found) >= LIMITS["column_labels"] else {}


def _stranded(label: Placed, heading: Placed) -> bool:
    """``label`` closes its column and ``heading`` opens the next one (further up the page,
    or on a later page): a label left at a column's foot while its heading went on."""
    a, b = label.line, heading.line
    return label.column != heading.column and (b.page > a.page or (b.page == a.page and b.top < a.top))


def _same_heading(prev: TextLine, line: TextLine) -> bool:
    """``line`` goes on the heading ``prev`` (same type size, close below). The gap is
    measured between the lines' usual glyphs, so a taller number set beside a title
    over two lines ("12" spanning both) does not make them overlap."""
    gap = _core_extent(line)[0] - _core_extent(prev)[1]
    if prev.rotated and line.rotated:  # turned lines follow each other across the page
        gap = max(line.x0 - prev.x1, prev.x0 - line.x1)
    pitch = _core_extent(line)[0] - _core_extent(prev)[0]
    return (
        prev.page == line.page
        and abs(prev.size - line.size) <= 0.15 * prev.size
        and _under(gap, pitch, line.size)
    )


def _under(gap: float, pitch: float, size: float) -> bool:
    """A line ``gap`` under the last one's foot and ``pitch`` under its top is set right
    under it: not level with it (the boxes may overlap, the fonts' boxes taller than the
    leading) and at most ``heading_gap`` of its size apart."""
    return (-0.5 * size <= gap or pitch >= 0.5 * size) and gap <= LIMITS["heading_gap"] * size


def _raised_by(line: TextLine) -> float:
    """How far the line's highest raised glyph (a note call set smaller, its foot above the
    baseline) stands up: a web page's line box grows by that much, so the line sits lower
    under the one above without opening a paragraph."""
    _top, base = _core_extent(line)
    core = base - _top
    raised = line.raised  # (a note call taken out of it)
    for k, ch in enumerate(line.text[: len(line.boxes) // 4]):
        top, bottom = line.boxes[4 * k + 1], line.boxes[4 * k + 3]
        if not ch.isspace() and bottom - top < core and base - bottom > LIMITS["raised_foot"] * line.size:
            # (a smaller glyph's box reaches less far under its baseline: the raise is less)
            raised = max(raised, base - bottom - LIMITS["descent_share"] * (core - (bottom - top)))
    return raised


def _core_extent(line: TextLine) -> tuple[float, float]:
    """(top, bottom) of most of a line's visible glyphs: the median glyph box."""
    shown = [k for k, ch in enumerate(line.text[: len(line.boxes) // 4]) if not ch.isspace()]
    tops = sorted(line.boxes[4 * k + 1] for k in shown)
    bottoms = sorted(line.boxes[4 * k + 3] for k in shown)
    if not tops:
        return line.top, line.bottom
    return tops[len(tops) // 2], bottoms[len(bottoms) // 2]


def _margin_label(text: str) -> str | None:
    """A label alone (a panel number, "Stop 3") or a date alone (a timeline's year, "c. 2900
    BC"): its text."""
    return alone_label(text) or (text if dated_label(text) else None)


def _heading_label(lines: list[Line]) -> tuple[str | None, int, list[Line]]:
    """(label, label words on the first title line, title lines) of a heading."""
    first = lines[0].text.strip()
    alone = _margin_label(first)
    if alone and len(lines) > 1:
        return alone, 0, lines[1:]
    lead = LABEL_LEAD.match(first)
    if lead:
        label = lead_label(lead)
        return label, len(lead.group(0).split()), lines
    return None, 0, lines


def _label_set_apart(line: TextLine) -> str | None:
    """A panel letter, numeral or roman numeral opening a heading line and set apart
    from the title by a wide gap (printed in its own box or tab): "4   Title"."""
    first = line.text.split(" ", 1)[0]
    if not first or len(line.text) <= len(first) + 1 or not _LABEL_TOKEN.match(first):
        return None
    end = line.box(len(first) - 1)[2]
    nxt = len(first)
    while nxt < len(line.text) and line.text[nxt] == " ":
        nxt += 1
    if nxt >= len(line.text) or 4 * nxt + 3 >= len(line.boxes):
        return None
    gap = line.box(nxt)[0] - end
    if gap <= LIMITS["label_gap"] * line.size and not _stacked(line.box(0), line.box(nxt)):
        return None
    return first if first[0].isdigit() else first.upper()


def _unit_label_set_apart(line: TextLine) -> str | None:
    """A unit word and its identifier ("Part Two", "Room 4") opening a heading line and set
    apart from the title by a wide gap (a label in the margin on the heading's baseline,
    the title at the text's edge): the label, as printed."""
    words = line.text.split(" ")
    if len(words) < 3 or not all(words[:2]) or not LABEL_ALONE.match(" ".join(words[:2])):
        return None
    end = len(words[0]) + 1 + len(words[1])
    nxt = end
    while nxt < len(line.text) and line.text[nxt] == " ":
        nxt += 1
    if nxt >= len(line.text) or 4 * nxt + 3 >= len(line.boxes):
        return None
    gap = line.box(nxt)[0] - line.box(end - 1)[2]
    return " ".join(words[:2]) if gap > LIMITS["label_gap"] * line.size else None


def _stacked(label: Box, title: Box) -> bool:
    """The label's glyph stands over the title's first letter, not beside it (a big
    numeral set above its heading that shares a text line with it)."""
    height = title[3] - title[1]
    return title[0] < label[2] and label[3] <= title[1] + LIMITS["stacked_overlap"] * height


_BARE_NUMBER = re.compile(r"^(\d{1,3}) +\S")
# a heading opening with a number and a lower-case letter ("4a The Model", "4b The Frame")
_SUB_NUMBER = re.compile(r"^(\d{1,3})([a-z]) +[A-Z]")
# a heading opening with a bare roman numeral or letter ("II The Voyage", "C The Trial")
_BARE_SERIES_LABEL = re.compile(r"^([IVXLC]{1,6}|[A-Z]) +\S")


def _series_rank(text: str) -> tuple[str, int] | None:
    """(the kind of label, its place in its series) of a heading opening with a bare
    number, roman numeral or letter; None for any other heading."""
    match = _BARE_NUMBER.match(text)
    if match:
        return "number", int(match.group(1))
    match = _SUB_NUMBER.match(text) if LIMITS["sub_numbered_heads"] else None
    if match:  # one series per number: "4a", "4b" count on; "4a", "5b" do not
        return f"number {match.group(1)}", ord(match.group(2)) - ord("a") + 1
    match = _BARE_SERIES_LABEL.match(text) if LIMITS["lettered_heads"] else None
    if match is None:
        return None
    token = match.group(1)
    return ("roman" if plain_roman(token) else "letter"), label_rank(token)


def _numbered_series(placed: list[Placed]) -> set[int]:
    """Heading lines opening with a bare number that counts on from the one before it
    among the headings of their type ("1 The Bridge", "2 The Storm", "3 The Inquiry"):
    the engine's section numbers, set with a word space. ids of those lines; a lone
    heading opening with a number ("3 Men in a Boat") counts nothing and is a title."""
    series: dict[tuple[float, bool, str], list[tuple[int, int]]] = {}
    for k, p in enumerate(placed):
        rank = _series_rank(p.line.text) if p.kind == "heading" else None
        opens = k == 0 or placed[k - 1].kind != "heading" or not _same_heading(placed[k - 1].line, p.line)
        if rank and opens:
            series.setdefault((*_style(p.line)[:2], rank[0]), []).append((k, rank[1]))
    found: set[int] = set()
    for heads in series.values():
        numbers = [n for _k, n in heads]
        if len(heads) >= LIMITS["numbered_heads"] and all(b == a + 1 for a, b in itertools.pairwise(numbers)):
            found.update(id(placed[k].line) for k, _n in heads)
    return found


_LABEL_TOKEN = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[A-Z])$")


def _running_texts(content: PdfContent, running: set[int]) -> list[str]:
    return [_norm(line.text) for page in content.pages for line in page.lines if id(line) in running]


def without_imprints(entries: list[Entry], running: list[str]) -> list[Entry]:
    """Entries without the publisher's imprint: an unlabelled heading that opens a running
    header or footer line, and more (the institution's name, "Harbour Museum"
    of "Harbour Museum · Leaflet 2"), over ``imprint_lines`` or more lines, all short and ending no sentence (an
    address, opening hours) up to the next heading: the leaflet's visitor panel, not a
    section of its text."""
    heads = [k for k, e in enumerate(entries) if isinstance(e, Heading) and not e.subtitle and not e.label]
    # (or the name set as a paragraph line of its own in the address's type)
    heads += [k for k, e in enumerate(entries) if isinstance(e, Fragment) and e.kind == "paragraph"
              and LIMITS["imprint_name_line"]]
    drop: set[int] = set()
    for k in sorted(heads):
        head = entries[k]
        assert isinstance(head, Heading | Fragment)
        named = head.lines[:1] if isinstance(head, Fragment) else head.lines
        name = _norm(" ".join(line.text for line in named))
        end = next((n for n in range(k + 1, len(entries)) if isinstance(entries[n], Heading)), len(entries))
        captions = {n for n in range(k + 1, end) if LIMITS["imprint_notices"] and _caption_entry(entries[n])}
        under = [line.text for line in head.lines[len(named):]] + [
            line.text for n in range(k + 1, end) if n not in captions for line in entries[n].lines]
        if LIMITS["imprints_by_parts"] and isinstance(head, Heading) and not any(
                r.startswith(name) and r != name for r in running):
            # a heading over lines of an imprint's parts ("Open daily · Free entry"), up to the text after them
            end = next((n for n in range(k + 1, end) if entries[n].lines and ends_sentence(
                entries[n].lines[-1].text.strip()) and _imprint_words(" ".join(
                line.text for line in entries[n].lines)) > LIMITS["imprint_notice_words"]), end)
            under = [line.text for n in range(k + 1, end) if n not in captions for line in entries[n].lines]
            if not any(imprint(t) for t in under):
                continue
        elif not name or not any(r.startswith(name) and r != name for r in running):
            continue
        if _imprint_lines(under):
            drop.update(n for n in range(k, end) if n not in captions)
        elif isinstance(head, Fragment) and len(head.lines) == 1:
            drop.add(k)  # the name alone as a paragraph (set under the title): no text
    return [e for n, e in enumerate(entries) if n not in drop]


def without_nameplate(entries: list[Entry], sizes: dict[int, float], running: Sequence[str] = ()) -> list[Entry]:
    """Entries without a periodical's nameplate (a broadsheet's masthead): the document's
    first heading, unlabelled, over nothing but set-apart lines (its ear, its dateline)
    among which an issue line of parts between separators (``lines.imprint``: "Museum
    News · Spring edition"), then a heading in smaller type than it and larger than every
    heading after it (the headline: the document's title). ``sizes``: type size by line id. With
    ``named_nameplates`` on, a nameplate whose name opens a running line ("Gazette" of "Gazette - No. 4")
    needs no issue line (``running``: the running lines' texts, normalised)."""
    return entries[_nameplate_end(entries, sizes, running):]


def _nameplate_end(entries: list[Entry], sizes: dict[int, float], running: Sequence[str] = ()) -> int:
    """How many entries open the document as its nameplate (``without_nameplate``), or 0."""
    first = entries[0] if entries else None
    if not isinstance(first, Heading) or first.label or first.subtitle:
        return 0
    end = next((k for k, e in enumerate(entries) if k and isinstance(e, Heading) and not e.subtitle), None)
    if end is None or end == 1:
        return 0
    between = entries[1:end]
    # (the issue line in small type, set apart: a table row, or, with ``nameplate_reread``, a caption)
    small = ("table", "caption") if LIMITS["nameplate_reread"] else ("table",)
    if not all(isinstance(e, Heading) or e.kind in small for e in between):
        return 0
    if not any(imprint(line.text) for e in between for line in e.lines) and not _named_in_running(first, running):
        return 0

    def size(entry: Entry) -> float:
        return max(sizes.get(id(line), 0.0) for line in entry.lines)

    later = [size(e) for e in entries[end + 1:] if isinstance(e, Heading)]
    if not size(entries[0]) > size(entries[end]) > max(later, default=0.0):
        return 0
    return end


def _credit_heads_under_captions(placed: list[Placed]) -> None:
    """Lines read as a heading right under a caption's last line in its column, set smaller than it, at most
    ``credit_lines`` of them reading together as a credit closing a caption ("Museum of Post, MP 4.1"), are
    the caption's credit (its lines, the caption's reader parting it): a credit in type of its own set apart
    from the caption's is no heading (switch ``credit_heads_under_captions``)."""
    if not LIMITS["credit_heads_under_captions"]:
        return
    k = 1
    while k < len(placed):
        cap = placed[k - 1]
        if cap.kind != "caption" or placed[k].kind != "heading":
            k += 1
            continue
        end = k
        while (end < len(placed) and end - k < LIMITS["credit_lines"] and placed[end].kind == "heading"
               and placed[end].column == cap.column and placed[end].line.size < cap.line.size):
            end += 1
        words = " ".join(p.line.text for p in placed[k:end]).split()
        whole = end == len(placed) or placed[end].kind != "heading" or placed[end].column != cap.column
        if end > k and whole and is_credit(words, closes_caption=True):
            for p in placed[k:end]:
                p.kind = "caption"
        k = max(end, k + 1)


def _named_in_running(head: Heading, running: Sequence[str]) -> bool:
    """With ``named_nameplates`` on, the heading's text (case aside) opens a running line and is not all of it:
    a periodical's name over its first page, repeated in its folio lines with the issue ("Gazette - No. 4")."""
    name = _norm(" ".join(line.text for line in head.lines)).casefold()
    return bool(LIMITS["named_nameplates"]) and bool(name) and any(
        r.casefold().startswith(name) and r.casefold() != name for r in running)


def _without_nameplate_lines(
    placed: list[Placed], lines: list[Line], content: PdfContent, entries: list[Entry], sizes: dict[int, float],
    running: Sequence[str] = (),
) -> tuple[list[Placed], list[Line], list[Entry]]:
    """The page read again without a periodical's nameplate (``without_nameplate``): with the
    masthead gone, the headline is the unit title, so what stands over it and under it reads
    as a title's does — a kicker in capitals over it is apparatus (no label), a deck under it
    in a style of its own its subtitle or second part (``nameplate_reread``)."""
    end = _nameplate_end(entries, sizes, running)
    if not end:
        return placed, lines, entries
    plate = {id(line) for entry in entries[:end] for line in entry.lines}
    if LIMITS["named_nameplates"]:  # (the issue line set level with the plate's line, at the measure's other end)
        level = {(p.line.page, round(p.line.bottom)) for p, line in zip(placed, lines, strict=True) if id(line) in plate}
        plate |= {id(line) for p, line in zip(placed, lines, strict=True)
                  if (p.line.page, round(p.line.bottom)) in level}
    keep = [k for k, line in enumerate(lines) if id(line) not in plate]
    placed, lines = [placed[k] for k in keep], [lines[k] for k in keep]
    return placed, lines, entries_from(placed, lines, content)


def _list_terms_as_rows(entries: list[Entry], sizes: dict[int, float], body: float) -> list[Entry]:
    """Headings read from a list's terms set in bold (a notice's dates, an opening-hours
    box's days) as the rows they are: a run of at least ``list_terms`` headings in type
    smaller than the body's, none heading a paragraph (at most table rows or a gloss in
    small type until the next),
    and the heading right before the run heading nothing of its own (the list's title),
    are table rows, not sections."""
    if not LIMITS["list_terms"]:
        return entries
    heads = [k for k, e in enumerate(entries) if isinstance(e, Heading) and not e.subtitle]
    ends = [*heads[1:], len(entries)]

    def bare(n: int) -> bool:  # no paragraph until the next heading (a term's one-line gloss is no text)
        return not any(isinstance(e, Fragment) and e.kind == "paragraph" for e in entries[heads[n] + 1 : ends[n]])

    def small(n: int) -> bool:
        return max(sizes.get(id(line), body) for line in entries[heads[n]].lines) < body - LIMITS["same_size"]

    rows: set[int] = set()
    n = 0
    while n < len(heads):
        end = n
        while end < len(heads) and bare(end) and small(end):
            end += 1
        if end - n >= LIMITS["list_terms"]:
            title = n - 1 if n and heads[n - 1] + 1 == heads[n] else None  # heading nothing but the run
            rows.update(heads[title if title is not None else n : end])
        n = max(end, n + 1)
    return [Fragment("table", list(e.lines)) if k in rows else e for k, e in enumerate(entries)]


# A title opening with a word and a dotted number ("Table 4.2 …", "Fig. 3.1 …"): a numbered object's.
_NUMBERED_OBJECT = re.compile(r"^[A-Z][a-z]{1,9}\.? \d{1,3}\.\d{1,3}[.:]? +\S")


def _paragraphs_over_boxes(entries: list[Entry], sizes: dict[int, float], size: float) -> list[Entry]:
    """A paragraph ending no sentence, then only headings and table rows all set smaller than
    ``paragraphs_over_boxes`` of the body's ``size`` (a fact box set into the column, its labels bold) or
    nothing (a key table cleared before the layout left its gap), then a paragraph opening in lower case: the
    sentence runs on over the box, one paragraph; the box's lines are a table read after it. (A list's item
    closing on a semicolon or colon and the next opening "(b) …" are two.)"""
    small = LIMITS["paragraphs_over_boxes"] * size

    def boxed(entry: Entry) -> bool:
        return ((isinstance(entry, Heading) and entry.label is None and not entry.subtitle)
                or (isinstance(entry, Fragment) and entry.kind == "table")) and all(
            sizes.get(id(line), size) < small for line in entry.lines)

    out: list[Entry] = []
    k = 0
    while k < len(entries):
        entry = entries[k]
        j = k + 1
        while isinstance(entry, Fragment) and entry.kind == "paragraph" and j < len(entries) and boxed(entries[j]):
            j += 1
        after = entries[j] if j < len(entries) else None
        if (isinstance(entry, Fragment) and entry.kind == "paragraph" and entry.lines and not ends_sentence(entry.last.text)
                and isinstance(after, Fragment) and after.kind == "paragraph" and after.lines
                and after.lines[0].text.strip()[:1].islower() and entry.last.text.rstrip()[-1:] not in ";:"):
            box = [Fragment("table", [line for e in entries[k + 1 : j] for line in e.lines])] if j > k + 1 else []
            out.append(replace(entry, lines=[*entry.lines, *after.lines],
                               deferred=[*entry.deferred, *box, *after.deferred], complete=after.complete))
            k = j + 1
            continue
        out.append(entry)
        k += 1
    return out


def _table_titles(entries: list[Entry]) -> list[Entry]:
    """With ``table_titles`` on, an unlabelled heading after the first over nothing but
    table rows up to the next heading, at least ``table_titles`` of them, titles that table
    (a box's "Twelve days in March" over its dated rows, a visitor panel's name over its
    address lines): a table row, no section of the text. So is an unlabelled heading over
    nothing opening with a word and a dotted number ("Table 4.2 Bounties …": a numbered
    table's title, its cells read elsewhere)."""
    least = int(LIMITS["table_titles"])
    if not least:
        return entries
    heads = [k for k, e in enumerate(entries) if isinstance(e, Heading) and not e.subtitle]
    titles: set[int] = set()
    for n, k in enumerate(heads[1:], 1):
        head = entries[k]
        end = heads[n + 1] if n + 1 < len(heads) else len(entries)
        under = entries[k + 1 : end]
        if not (isinstance(head, Heading) and head.label is None):
            continue
        if len(under) >= least and all(isinstance(e, Fragment) and e.kind == "table" for e in under) and not any(
                line.text.strip()[:1].islower() for e in under for line in e.lines):
            titles.add(k)  # (rows going on in lower case are a paragraph's lines read as cells: text)
        elif not under and _NUMBERED_OBJECT.match(" ".join(line.text for line in head.lines)):
            titles.add(k)  # "Table 4.2 Bounties paid" over nothing: a numbered table's (or figure's) title
    return [Fragment("table", list(e.lines)) if k in titles else e for k, e in enumerate(entries)]


def _imprint_lines(under: list[str]) -> bool:
    """The lines under an institution's name are its imprint: ``imprint_lines`` or more,
    each at most ``imprint_words`` long and ending no sentence (an address, opening hours);
    with ``imprint_notices`` on, notices of a line each closing a sentence (opening in upper
    case, at most ``imprint_notice_words`` long) may stand among them ("Lift to every
    floor."), so long as ``imprint_lines`` of them end none."""
    if len(under) < LIMITS["imprint_lines"]:
        return False
    open_lines = [t for t in under if not ends_sentence(t)]
    if any(_imprint_words(t) > LIMITS["imprint_words"] for t in open_lines):
        return False
    if not LIMITS["imprint_notices"]:
        return len(open_lines) == len(under)
    return len(open_lines) >= LIMITS["imprint_lines"] and all(
        t.lstrip()[:1].isupper() and _imprint_words(t) <= LIMITS["imprint_notice_words"]
        for t in under if ends_sentence(t))


def _caption_entry(entry: Entry) -> bool:
    """A picture's caption read among an imprint's lines, by its position label ("Above:"):
    no part of it (lines in caption type with no label may be the imprint's own)."""
    return isinstance(entry, Fragment) and entry.kind == "caption" and entry.position is not None


def _imprint_words(text: str) -> int:
    """The words of an imprint's line: a dash or other mark set alone between them (the
    range of opening hours, "10 am – 4.30 pm") is none."""
    tokens = text.split()
    if LIMITS["imprint_marks_no_words"]:
        return sum(1 for token in tokens if any(ch.isalnum() for ch in token))
    return len(tokens)


def _word_broken_over(before: str, after: str) -> bool:
    """``before`` ends on a letter and a hyphen (a word broken at the line's end) and ``after``
    opens on a lower-case letter: the word's rest."""
    before = before.rstrip()
    return len(before) > 1 and before[-1] in "-\u00ad\u2010" and before[-2].isalpha() and after[:1].islower()


def entries_from(placed: list[Placed], lines: list[Line], content: PdfContent) -> list[Entry]:
    entries = without_pull_quotes(_Flow(placed, lines, content).run(), LIMITS["pull_quote_words"])
    return in_numbered_order(own_numbers_over_kickers(with_series_labels(entries)))

