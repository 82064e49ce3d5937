"""Structure of text extracted from a PDF without any blank line (``pdftotext -raw``).

No geometry and no blank lines: what is left is each line's length against
the usual full line of its page, sentence ends, case, and the forms of
labels, titles and credits.

* A heading stands after a finished block: a panel label alone on its line
  ("B", "IV", "Panel 2") over title lines, a numbered or lettered title
  ("7. The …", "II. The …"), or short title-case lines before a full body line.
* A caption opens with a position label ("Above, left:"), or is a short run
  of lines ending in a credit; it ends with its credit or a sentence that ends
  short. A caption inside an unfinished paragraph is placed after it and the
  paragraph goes on.
* A paragraph ends where a sentence ends on a line that the next line's first
  word would have fitted on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from statistics import median
from typing import Protocol, TypeGuard, TypeVar

from vitrina.extract.numbers import UNITS
from vitrina.lexicon import words
from vitrina.structure.assemble import (
    OPENING_QUOTES,
    QUOTE_SWITCHES,
    attribution_line,
    dated_attribution,
    in_numbered_order,
    quoted_statement,
    role_attribution,
    with_series_labels,
    without_continuation_mark,
    without_pull_quotes,
)
from vitrina.structure.captions import (
    ACCESSION,
    ACCESSION_CODE,
    BARE_LABEL,
    CREDIT_KEYWORDS,
    CREDIT_LEADS,
    CREDIT_WORDS,
    DATE_ALONE,
    FIGURE_WORDS,
    LABEL_ALONE,
    LABEL_LEAD,
    LABEL_TOKEN,
    NAMED_CARD_NUMBER,
    PLACED_DATE,
    REGISTER_NUMBER,
    SERIES_COUNT_END,
    alone_label,
    dated_lead,
    figure_lead,
    is_credit,
    lead_at,
    lead_label,
    marked_date,
    match_label,
    numbered_kicker,
    register_number_wraps,
    widen_lead,
    without_trailing_reference,
)
from vitrina.structure.contents import paged_contents_apart, repeated_titles_apart
from vitrina.structure.cues import (
    FUNCTION_WORDS,
    HOURS_RANGE,
    INNER_SENTENCE_END,
    LINE_HYPHENS,
    SENTENCE_OPENERS,
    date_alone,
    date_lead,
    date_line,
    ends_sentence,
    in_capitals,
    one_letter_word,
    question_title,
    raw_title_like,
    starts_lowercase,
    starts_uppercase,
    title_deck,
    year_line,
)
from vitrina.structure.entrynumbers import dotted_entry_numbers
from vitrina.structure.footnotes import (
    GLUED_NOTE_NUMBER,
    note_numbers,
    opens_like_note,
    plain_called_notes,
    plain_column_foot_notes,
    plain_footnotes,
    plain_note_calls,
    plain_notes,
    plain_page_foot_notes,
    plain_sidenotes,
)
from vitrina.structure.hyphens import completes_word
from vitrina.structure.insetcaptions import captions_out_of_sentences
from vitrina.structure.layout import (
    BRACKET_KEY,
    ENDS_WITH_YEAR,
    KEYS_ALONE,
    Entry,
    Fragment,
    Heading,
    key_rank,
    keyed_captions_cited,
    underlined_heading,
)
from vitrina.structure.leadcredits import inside_line_credit
from vitrina.structure.lineroles import line_features, role_scores
from vitrina.structure.lines import (
    RUNNING_SEPARATOR,
    TURNED_RUN,
    Line,
    LineSet,
    imprint,
    locator,
    one_word_runs,
)
from vitrina.structure.mapkeys import key_caption, numbered_keys
from vitrina.structure.margindates import margin_dates_out
from vitrina.structure.ownnumbers import own_numbers_over_kickers
from vitrina.structure.paragraphs import split_long
from vitrina.structure.rawcolumns import columns_unwoven, rows_parted
from vitrina.structure.roleweights import ROLE_WEIGHTS
from vitrina.structure.timelines import (
    TIMELINE_LIMITS,
    leader_tables,
    timeline_run,
    timeline_tables,
)
from vitrina.structure.zones import NOTE_MARK

# Every threshold of the plain-text layout, in shares of a page's full line.
PLAIN_LIMITS = {
    # round 58 (struct78): a credit closing on an object's number after a semicolon ("… Leeds; TM 1902/4") is
    # whole, as one after a comma is (``_accession_closed``; 0: after a comma only)
    "semicolon_numbers": 1,
    # round 43: a jump line naming its place in words ("Continued on the back panel") has at most this many
    # words after its lead (determiners and place words; a newspaper's page number form is apart)
    "jump_place_words": 4,
    # round 45: a jump line may name the story it carries after a colon ("Continued from page 1: The Mill
    # Race"): a title-like name of at most this many words (0: no name after a jump line)
    "jump_story_words": 8,
    "jump_pointer_lines": 1,
    "symbol_rows": 3,  # at least this many lines of a short label and signs only are a code's table, no text (round 45; 0 off)  # an arrow alone on the line under a jump line coming back is its pointer, dropped (round 45)
    # round 41: lone labels counting 1, 2, 3 … at least this many, each after the text of the section it labels
    # (positioned badges written after their panels), go to the headings they follow (0 off) ...
    "trailing_labels": 3,
    "trailing_heading_words": 8,  # ... a line of at most this many words may be a heading between them
    "continued_heads": 1,  # a heading repeated with a continuation mark (and its label over it again) is held out (0 off)
    "continued_head_words": 12,  # ... a heading of at most this many words
    "drop_cap_reach": 12,  # a drop cap printed apart is at most this many lines before its line
    # round 45 (structset53): a lone capital whose letter before or after in the alphabet stands alone on another
    # line too (the panels' "A", "B", "C") is a label, no drop cap (0 off)
    "lettered_series_caps": 1,
    "dated_rows": 3,  # ... but this many of them in a row, no text under any, are a table's rows (round 48; 0: off)
    "dated_heads": 3,  # at least this many title lines opening with a date ("1850 The Storm") are a timeline's
    "pull_quote_words": 6,  # a block repeating a body sentence this long is a pull quote
    # round 42 (structset47): the first label of a series (1, A, I) before a short name not in title case counts
    # when the series' next two labels open title-case lines after it ("I Fire under Water" / "II …" / "III …"; 0: off)
    "first_named_label": 1,
    "named_label_words": 4,  # a counted label between two others may open a name this short in any case
    "kicker_title_lines": 4,  # a title under a kicker label runs over at most this many lines
    "broken_title_lines": 2,  # a line in capitals over a mixed-case title broken over this many lines or more is its kicker
    "call_line": 1.1,  # two lines around a note call printed apart this long at most were one line
    "full_line": 0.9,  # percentile of line lengths taken as a page's full line
    "fits": 0.93,  # prev line + next word under this share: the line ended short
    "title_kickers": 1,  # a capitals heading right over the title, none other in capitals, is its kicker (round 44)
    # round 57 (struct76): ... so too over a later heading in mixed case (the cover's title read after the text),
    # the kicker then titling nothing; short parts between separators allowed (0 off)
    "kickers_over_later_titles": 1,
    # round 57 (struct76): a later heading repeating the title's opening lines (a folded sheet's back panel saying
    # the title again over its colophon) opens no section, as the PDF reader has read it since round 54
    # (``contents.repeated_titles_apart``; 0 off)
    "repeated_titles": 1,
    "held_lines": 3,  # ... unless this many of the ``held_reach`` lines above wrap mid-sentence at its length
    "held_reach": 5,  # (within ``held_share``): a measure narrowed beside a float (round 44; 0: off)
    "held_share": 0.08,
    "held_narrow": 0.8,  # ... the longest of them at most this share of the measure (a narrowed one, not ragged lines)
    "paragraph_fits": 0.93,  # the same, stricter, for a paragraph end (full lines vary in length)
    "measure_fits": 0.9,  # the same on the paragraph's own measure (its longest line wrapping mid-sentence)
    "local_measure_lines": 4,  # ... or, where that measure is narrow (narrow_measure), on the longest narrow line wrapping
    # mid-sentence this many lines either side on its page: text flowing round a picture (round 37; 0: off)
    "local_measure_least": 0.5,  # ... each such line at least this share of the page's full line (not a strip of words)
    "exact_wraps": 10,  # at least this many lines wrapping mid-sentence, every one of them ...
    "exact_share": 0.96,  # ... full to this share with the next word: lines set by character count (typed)
    "word_kicker_series": 2,  # one word over a title is its kicker where this many kickers with numerals head titles
    "kicker_part_words": 5,  # each part of a kicker parted by separators has at most this many words
    "raw_nameplates": 1,  # a name in capitals over an issue line (and a kicker) before the headline is left out (round 45)
    "named_mastheads": 1,  # a first line in capitals opening a running line, and the issue line under it, are left out (round 56)
    "kicker_words": 3,  # a kicker line over a title (its label) has at most this many words
    # round 48 (structlow): a heading's first line in capitals of short parts between separators ("GALLERY 2 ·
    # THE OLD TOWN"), over title lines in mixed case, is the title's kicker read into it: left out, with the
    # label read from it (0: off)
    "kickers_in_headings": 1,
    # round 44 (structset52): lines opening with a number and a letter counting on under it ("4a …", "4b …")
    # before title-case text count as a series of labels, as bare letters do (0: off)
    "sub_numbered_labels": 1,
    "interrupting_credits": 1,  # round 50 (struct): the lines between an inset caption's sentence end and the paragraph going on in lower case, ending no sentence and closed by an accession number, are its credit (0: off)
    "turned_credit_closes": 1,  # round 50 (struct): a credit printed one word a line, given to the caption right before it, closes that caption (0: off)
    "turned_holder_credits": 1,  # round 50 (struct): a credit printed one word a line may name its holder instead of opening with a lead (0: off)
    "turned_register_numbers": 1,  # round 50 (struct): a number after a register's capitals in a turned run ("UTA" / "2207") is its object number, no strip's next year (0: off)
    "marked_numbers": 1,  # round 50 (struct): a credit closed by a catalogue mark and number ("…, inv. HS 6.118") is closed as by an accession number; one such line under an inset caption is its credit (0: off)
    "measured_bands": 1,  # round 50 (struct): a stop's number and unit ("467 km") dates a band's stop as a year does (0: off)
    "dated_bands": 1,  # round 50 (struct): a route band whose every stop holds a date, no headings after it to number, stays held out (a drawn time strip), not read again as text; so does a strip numbering its stops on their names' lines (0: off)
    "doubled_letter_labels": 1,  # round 50 (struct): "A A Railway across …" opens with label A whatever the title's case (0: off)
    "doubled_label_words": 12,  # ... its title at most this many words
    "key_ends_notes": 1,  # round 50 (struct): the lines after a caption key, up to a line opening as a note, are no notes (0: off)
    "accession_holders": 1,  # round 50 (struct): a key's credit without lead may name its holder by a closing accession number instead of an institution's noun (0: off)
    "caption_references": 1,  # round 59 (struct80): a caption's line closing its sentence, then a bracketed
    # cross-reference ("… its case. (see ¶ 6)"), ends the caption as the sentence alone would
    "end_call_captions": 1,  # round 49 (structset59): a paragraph line ending a sentence with a note's call glued after
    # its stop ("… the Cloud.2") stops no sentence: the lines after it are no caption set inside it (0 off)
    "title_case_run_heads": 1,  # round 49 (structset59): a title-case line closing a fact table whose title is in
    # sentence case, prose after it, is the next heading (``_title_case_run_head``; 0 off)
    "whole_fact_tables": 1,  # round 49 (structset59): a paragraph all of whose lines are fact rows (a title, then
    # rows, none ending a sentence, most stating a figure) is a table whatever its rows' length (0: rows at most fact_line)
    "turned_title_ends": 1,  # round 49 (structset59): a title printed one word a line ends with those lines; one
    # line printed whole after it, before the lede, is no part of it (a one-page sheet's running line), left out (0 off)
    # round 51 (struct2): a label alone over a title after a block left open (a running line) heads it when the
    # series' next label alone stands right under the title (a list of labelled titles, no body between; 0: off)
    "listed_label_heads": 1,
    "mixed_letter_series": 1,  # round 49 (structset59): a lone letter label counts on with a roman numeral only when
    # that numeral is one character, readable as a letter ("A Yardstick …" before "II …" is no label; 0 off)
    "unit_series": 3,  # a word opening lines before numbers counting 1, 2, 3 … this far is the document's unit word
    # round 55 (struct71): a credit printed one word a line right after a paragraph whose last lines (at most
    # turned_caption_lines) follow a line ending it short of the measure: those lines are the caption it closes (0 off)
    "turned_caption_tails": 1,
    "turned_caption_lines": 4,  # a credit printed one word a line (lines.one_word_runs) credits the caption of up to this many lines after it
    "title_line": 0.8,  # a title line is at most this long
    "margin_note_line": 0.6,  # a margin note's line opening a paragraph is at most this long ...
    "margin_note_lines": 2,  # ... over at most this many lines ...
    "full_line_share": 0.8,  # ... before a line at least this long (the paragraph's full first line)
    "margin_wraps": 1,  # ... or a line wrapping mid-sentence where the next word would not fit (0: off)
    "glued_note_ratio": 1.2,  # a paragraph's first line this much longer than its next lines holds a margin note glued before it (0: off)
    "title_max_lines": 8.0,
    "title_max_chars": 160.0,
    "caption_measure_out": 1.5,  # a lower-case line this much longer than every line of a caption
    # cutting into a paragraph is that paragraph going on (fitted across sets 1-17 and
    # engineered, bench/fit_layout.py: raw-text mean flat from 1.15 to 1.8, lower at 1.1 and 2.0;
    # 1.5, mid-plateau, chosen on every leave-one-set-out split)
    "body_after_title": 0.6,  # the body line after an unlabelled title is at least this long
    "measure_lines": 4,  # a block's own measure is read from its first lines ...
    "measure_wrapped": 2,  # ... at least this many of them wrapping mid-sentence
    "stacked_titles": 4,  # round 54 (structraw): up to this many title lines set over a cover title's kicker in
    # capitals open that title (a cover's title set large over a kicker over the deck; 0: off) ...
    "stacked_title_words": 2,  # ... each of at most this many words (a title set large breaks every word or two)
    "caption_max_lines": 10.0,
    "credit_lines": 4,  # a credit may wrap over this many of its caption's last lines
    "narrow_caption_lines": 3,  # a caption known only by its narrow measure has at least this many lines
    "narrow_measure": 0.75,  # ... and its lines are all shorter than this share of the page's full line
    "same_measure": 0.8,  # lines of one measure: none shorter than this share of the longest
    "note_caption_lines": 5,  # a block closed by a footnoted credit's number is a caption this short
    "inset_caption_lines": 4.0,  # a caption set inside a paragraph, found by the lower-case
    # line after it, or an unlabelled caption found by its credit, has at most this many lines
    "compound_parts": 1,  # a line ending a sentence where a compound's first part and hyphen would have fitted ends a paragraph (round 48; 0: off)
    "widens_inside": 1,  # a run going from a measure into lines caption_wider longer is no one caption (round 48; 0: off)
    "wider_than_around": 1.04,  # caption lines all this much longer than the lines around it
    # round 51 (struct2): a caption found by its credit opens after a first line ending a sentence in the measure of
    # the paragraph before when its other lines are all set wider (``_wide_after_paragraph_line``; 0: off)
    "wide_caption_late_start": 1,
    "own_column": 0.85,  # caption lines all shorter than this stand in a column of their own
    "caption_wider": 1.08,  # a line this much longer than the page's full line is caption type
    "register_number_wraps": 1,  # a credit left open on a comma goes on over a line that is only a register number (0: off)
    "broken_credit_lines": 1,  # a credit's word broken at a line end goes on over a longer line ending no sentence (round 39; 0: off)
    # round 50 (structset64): a short capitalised line of at most this many words after the closing sentence of a
    # caption cutting into a paragraph left open, the paragraph going on under it in lower case, is the caption's
    # credit whatever its words and measure (``_credit_before_open_text``; 0 off)
    "open_text_credit_words": 10,
    # round 50 (structset64): a paragraph closing on a quotation of at most this many lines and a dash line naming
    # its source, after a line ending a sentence, is parted there (``_attributed_quotes_parted``; 0 off)
    "closing_quote_lines": 4,
    # round 50 (structset64): a table titled in capitals over at least ``fact_rows`` rows in words, each of at most
    # this many words, then a box's title and prose (``_capitals_fact_tables``; 0 off)
    "capitals_fact_rows": 8,
    # round 50 (structset64): timeline rows read into a paragraph in mid-sentence leave it, with at most this many
    # short wrapped lines of their last row (``_timelines_inside``; 0 off)
    "inside_timelines": 2,
    "credit_tail_words": 4,  # a credit's wrapped tail line (after a slash, a broken word or in a margin) has at most this many words
    "tombstone_lines": 3,  # after this many tombstone lines, a credit line closes the tombstone
    "credit_tail_lines": 3,  # a credit on lines of its own closing its block goes on over this many short lines
    "lone_caption_words": 12,  # a short sentence alone on its line between paragraphs, this long, is a caption
    "lone_caption_share": 0.8,  # ... when the next word would have fitted within this share of the full line
    "capitals_title_lines": 3,  # a title known by its capitals alone runs over at most this many lines
    "strip_reach": 4,  # a strip of dates has another year alone within this many lines of an entry's text
    "glued_sidenotes": 1,  # a line going on after glued_sidenote_words words with a note number called just before holds a margin note glued (round 48; 0: off)
    "glued_sidenote_words": 3,
    "credit_led_insets": 1,  # a caption set inside a paragraph opening with a credit's lead ("Courtesy of …") is one
    # however full its last line runs (a credit set over its caption; round 56, structset75; 0: off)
    "slugged_jumps": 1,  # a story's slug, a comma and a jump line ("Mill race, continued from page 1") is a jump line
    # (round 56, structset75; 0: off)
    "placeholder_words": 4,  # a line wholly in square brackets of two to this many lower-case words, inside a
    # sentence, is a picture's placeholder, no text (round 56, structset75; 0: off)
    "unquoted_attributions": 3,  # a dash line of this many words or more after a sentence's end names a quotation's
    # source though no quotation mark closes it: the block ends with it (round 56, structset75; 0: off)
    "notes_before_text": 1,  # a line opening with the note called at the line before's end, its sentence ended mid-line,
    # goes on with the text the call parted: the text's words split off (round 56, structset75; 0: off)
    "glued_position_labels": 1,  # a labelled heading's line going on with a position label ("Opposite: …") holds a caption glued (round 48; 0: off)
    "glued_ratio": 1.4,  # a line this much longer than the lines around it holds two lines glued
    "glued_credit_reach": 4,  # ... when a credit lead opens one of this many lines after it
    "glued_head": 1.08,  # ... and its first part, ending a sentence, is at most this much longer than the line before
    "fact_rows": 3,  # a fact table printed a row a line under its title has at least this many rows
    "fact_line": 0.8,  # ... each line no longer than this share of its page's full line
    "titled_fact_rows": 3,  # ... and under an unlabelled heading, its title (0: off)
    "credit_medium_words": 2,  # words naming the picture's medium before a credit's lead, after a sentence end, open the credit (round 35; 0 off)
    # round 42 (structset47): a credit closing on a register number of any form after a comma ("…, DC-G 112",
    # "…, RCC 14") is closed, as one on a dotted number is: a capitalised line under it is no tail (0: dotted only)
    "register_closes": 1,
    # round 42 (structset47): a caption's line opening, after the caption's finished sentence, with a short medium
    # of at most this many words closed by its own stop before a credit's lead ("Glass, about 1886. Lent by …") is the
    # credit's line whole (0: off)
    "medium_line_credits": 4,
    # round 42 (structset47): a title that wrapped mid-phrase ends on a line after which the next line's first word
    # would have fitted, within this share of the title's longest line (0: off)
    "title_fill": 0.8,
    "register_tails": 1,  # a wrapped credit's last line may close on a register number of any form ("…, RCC 14"; round 35; 0: dotted only)
    "role_attributions": 1,  # ... so does a name and a role ("Ann Hebden, keeper") after a line closing in ’ (round 51)
    "quote_attributions": 1,  # a dash line right after a closing quotation ends the quotation's block (round 35; 0: off)
    "end_calls": 1,  # a line ending a sentence with a note's call glued after its stop ("levels.1") ends it (round 30; 0: off)
    "end_call_heads": 1,  # ... and so ends the block: a heading may open after it ("… that year.2" / "4 The Mill"; round 33; 0: off)
    "box_titles": 1,  # a title in capitals among mixed-case headings over a table or fact rows titles them: no section (round 30; 0: off)
    "credit_after_caption": 1,  # a credit line read as the next block's first after a placed caption is its credit (0: off)
    "cover_title_lines": 3,  # a title read into a paragraph over its lede has at most this many lines (0: off)
    "cover_title_opening": 1,  # ... under a kicker, or opening the text (round 29; 0: a kicker only)
    "listed_credit_lines": 1,  # a caption's credit listed on a line of its own after its last sentence, left open by a comma and completed by the next line, ends the caption (round 51; 0: off)
    "stop_broken_numbers": 1,  # a credit's object number broken at one of its stops ("KMT.B" / ".1884.7") is one (round 51; 0: off)
    "cover_title_numbers": 1,  # ... its last line a number alone (the panel's number set beside it) is no title word (round 51; 0: off)
    "kickers_under_title": 1,  # ... a kicker in capitals parted by a separator may stand between it and the lede, left out (round 48; 0: off)
    "question_title_words": 8,  # a title ending in a question mark has at most this many words
    # round 53 (struct68): a paragraph stopping on a function word goes on in the next paragraph on a later page,
    # with no heading between them, though that one opens on a capital (0 off)
    "function_word_cuts": 1,
    "continued_reach": 5,  # a paragraph left open goes on in a lower-case paragraph at most this many entries on (0: off)
    "continued_back_reach": 5,  # ... a lower-case run after a sentence's end is parted, and goes on from an open paragraph this many entries on (0: off)
    "question_heads_anywhere": 1,  # a one-line question title opens a heading after any line, ended or not (0: off)
    "tombstone_min_lines": 3,  # an object's tombstone under its heading (maker, date, material) has at least this many short lines
    "tombstone_titles": 1,  # a labelled title line left open on nothing is whole over a tombstone with a credit line (round 50; 0: off)
    "run_in_series": 3,  # numbered heads run into their paragraphs' first lines count up 1, 2, 3 … at least this far (0: off)
    "run_in_title_words": 2,  # ... each title at least this many words
    "run_in_letters": 1,  # ... and so do heads lettered A, B, C … with their titles in capitals (round 31; 0: off)
    "quoted_captions": 1,  # a caption of one quoted statement, with no label nor credit, is a pull quote: left out (round 38; 0: off)
    "mark_calls": 1,  # a note's reference mark ("* …", "† …") glued to a word or stop on its page is its call, left out (round 38; 0: off)
    "next_page_notes": 1,  # ... and a note's number or mark glued so on the page before the note's (the extraction
    # printed the note after a page turn) is its call too (round 39; 0: off)
    "exclaimed_titles": 1,  # a title line of a few words in title case may end in an exclamation mark ("Fire the Mail!"; round 37; 0: off)
    "folio_heads": 1,  # a first line opening with a page number that the next page's first line counts on from is a running head (round 37; 0: off)
    "run_in_stops": 1,  # ... and numbered heads set with stops, closing their titles on a full stop ("1. The Title. Text …"; round 37; 0: off)
    # round 50 (rawtext): ... and lettered heads set with stops, A., B., C. … ("A. The Title. Text …"), a title
    # broken at a hyphen closing on the next line, a head filling its line counted but left whole (0: off)
    "run_in_lettered_stops": 1,
    "caption_mark_calls": 1,  # ... and a reference mark opening a note on a caption's page, glued in the caption, is its call, left out (round 50; 0: off)
    "credit_after_call": 1,  # a caption's credit may follow a sentence closed by a note's call ("… 1880.*"; round 50; 0: off)
    "key_entries": 2,  # a caption key: pictures' captions numbered 1, 2 … this far, each closed by its credit (0: off)
    "key_entry_lines": 4,  # ... each caption over at most this many lines ...
    "key_title_words": 5,  # ... under a title of at most this many words (held out: "Pictured"; round 50: 3 -> 5, "Pictures in this room")
    # round 47 (struct56b): a subtitle line under the opening title that reads as the title's second part by the
    # subtitle convention every reader follows (cues.title_deck: title case, no sentence, a title in one part) is
    # read as the title's second line, as the PDF, DOCX and HTML readers join it; 0: a heading block of its own
    "deck_joins_title": 1,
    # round 47 (struct56b): a run found by its closing credit, longer than shape_caption_words, that breaks this
    # many lines early (ending no sentence, the next line's first word fitting the run's own measure: a table's
    # rows, a heading over a side-bar's text) is no one wrapped caption; one such line (a caption's own title line)
    # is allowed (0: off)
    "caption_early_breaks": 2,
    # round 47 (struct56b): a caption found by its measure alone (no label, no credit: wider or narrower than the
    # body's) runs to this many words at most; a longer run is a block of text (a closing paragraph across the
    # columns, a column's paragraph on a page whose full line is that wide block's). Gold captions of every set:
    # median 14 words, 99 % at most 24, the longest 34 (0: off)
    "shape_caption_words": 30,
    # round 55 (structold): a run in a measure of its own (narrower or wider than the page's full line) found by its
    # closing credit, whose lines above the credit's hold more words than this, is a block of text, no caption (a
    # narrow column's closing paragraph over a running line or an imprint read as a credit by its form). Gold
    # captions of every set: the longest 34 words (0: off)
    "credit_caption_words": 40,
    # round 47 (struct56b): a credit lead in lower case inside a line, after words ending no sentence, in a line
    # going on from one that ends none ("… In 1853, with" / "companions lent by their chief"), is the sentence's own
    # words, no credit closing a caption ("Lantern slide lent by …" after a caption's stop still is; 0: any lead)
    "lower_leads_in_sentence": 1,
    "key_holder_credits": 1,  # ... a credit without lead naming its holder ("… Museum of Trades, HMT") closes one too (0: off)
    "key_numbers": 1,  # ... a line that is one of its entries' numbers alone, or glued before its title, is a picture's number, no text (round 46; 0: off)
    "year_strips": 1,  # numbers alone counting 1, 2, 3 … each over a year alone and a short line or two: a timeline
    # strip written out, held out (round 51, structset65; 0 off)
    "route_stops": 3,  # a route band: labels alone counting 1, 2, 3 … this far at least, each over its stop's lines (0: off)
    "route_stop_lines": 2,  # ... the same number of lines under each label, at most this many (a place, a date)
    "route_stop_words": 5,  # ... each at most this many words, ending no sentence
    "form_label_words": 3,  # a form field's label ("Date of visit:") has at most this many words
    "form_blank_chars": 3,  # ... and its blank is at least this many underscores or dots
    # the fitted line-role model (structure/lineroles.py, weights in roleweights.py) over the
    # rules' first pass; each chosen leave one set out over all 27 sets (bench/fit_lineroles.py
    # --loso, docs/formats.md "Round 22"): 0.9 chosen on every split (0.85 / 0.95 lower, 0.5-0.8
    # lower than no model); a paragraph break against the rules moved nothing at 0.7-0.9 and
    # lowered the mean at 0.5-0.8: off (1.01, a probability never reached). The veto, refitted
    # over 28 sets in round 23: 0.7 chosen on every split, but for +0.0001 (one exhibit) while it
    # dropped a hand-checked fixture's "Timeline" heading (tests/test_structure.py): off
    "model_heading": 0.9,  # a line the rules left out of a heading opens one from this probability
    "model_veto": 1.01,  # a heading of the rules whose lines all score this for no heading is none
    "model_break": 1.01,  # a paragraph opens (or goes on) against the rules from this probability
    "counted_heads_no_credit": 1,  # a line opening with a label counting with the text's others ("B The …"
    # between "A …" and "C …") is no caption's credit (round 40; 0: off)
    "comma_credit_lines": 1,  # a credit's first line ending on a comma is judged with its next line (round 40; 0: off)
    "paragraph_marks": 2,  # lines each a pilcrow and a number alone ("¶ 3"), at least this many, are the margin's
    # paragraph numbers, no text (round 51, structset65; 0 off)
    "figure_rows": 3,  # lines of figures alone in a row, at least this many, under a line left open and over one
    # going on in lower case, are a table set inside the sentence: no text (round 51, structset65; 0 off)
    "figure_heads": 2,  # ... with at most this many short lines over them (its title, its header row)
    "figure_head_words": 6,  # ... each of at most this many words
    "number_columns": 4,  # a drawn scale's marks printed one a line ("0 m" / "1,000 m" / …), at least this many
    # rising by even steps, are no text (round 40; 0: off)
    "wide_text_under_heading": 1,  # lines set wider than the body right under a heading are its text, no
    # caption without label or credit (round 40; 0: off)
    # round 55 (struct71): ... and so are lines opening with a paragraph sign and the number counting on ("¶ 4 The
    # …"), which opens a paragraph wherever it stands (0 off)
    "marked_paragraphs": 1,
    # round 55 (struct71): the line under a carried-over title repeating the line under its first showing (a
    # table's header row set again) is held with it, no heading (0 off)
    "continued_header_rows": 1,
    "numbered_paragraphs": 3,  # paragraphs numbered in a margin ("1 The farmer …", "2 Another …") count up
    # 1, 2, 3 … this far at least: the numbers are no text (round 40; 0: off)
    # round 50 (structset63): a line no longer than the paragraph just ended's full lines (their median) opens no caption
    # set wider than the text (the same measure: a box's paragraph goes on; 0 off)
    "wide_caption_past_paragraph": 1,
    # round 50 (structset63): a quotation's source line wrapped onto a short line in lower case still closes
    # the quotation that ends a paragraph (``closing_quote_lines``; 0 off) ...
    "wrapped_attributions": 1,
    "attribution_wrap_words": 3,  # ... the wrap at most this many words
    "wide_paragraph_goes_on": 1,  # wide lines after a paragraph set to that wide measure are its box's next
    # paragraph, no caption without label or credit (round 43; 0: off)
    "wide_paragraph_window": 40,  # of the paragraph just ended, its last lines on the page read for that (a box's
    # paragraph is far shorter; bounded so that a text of thousands of unbroken lines is read in linear time)
    "imprint_close": 2,  # a name over this many short lines closing the page, none ending a sentence (an address),
    # heads an imprint: no caption's credit (round 43; 0: off) ...
    "imprint_close_words": 8,  # ... each line of at most this many words
    "imprint_hours": 3,  # ... or over at least ``imprint_close`` such lines inside the page, the last of them (among this
    # many) giving opening hours ("Open daily 10–5"): a visitor's address block (round 44; 0: off)
    "imprint_hours_words": 12,  # ... the hours line of at most this many words
    "label_band": 1,  # ... or labels alone one right after the other, over no stop lines (tabs drawn in one pass
    # before the text: "Stage 1" / "Stage 2" / "Stage 3"; round 43; 0: off)
    "labelled_title_fits": 1,  # a counted label's title line whole on its line (ending on no function word)
    # is the whole title when the next line's first word would have fitted after it (round 43; 0: off)
    # round 45 (structset53): a fact table's last line opening with a section label that counts on from the last
    # section's, prose after it, is the next section's heading (0 off)
    "fact_run_heads": 1,
    "run_head_lenient_close": 1,  # the prose under a title-case run head may close on an abbreviation's stop
    # ("… train marked a.m."; round 51, structset65; 0 off)
    "fact_run_label_heads": 1,  # a fact table's run closing on a label line over a title line, prose after
    # them: the next section's label and heading (round 51, structset65; 0 off)
    # round 45 (structset53): at least this many lines each opening with a bracketed key counting on from (a),
    # where a line of the keys alone stands in the text, are captions read in the sections citing them (0 off)
    "letter_keys": 2,
    "key_heading_words": 3,  # ... the key's unlabelled heading right over them, at most this many words, no text
    # round 47 (structset58): ... and so do keys alone one a line, two or more in a row counting on ("(a)" / "(b)",
    # set on the pictures; 0 off)
    "keys_one_a_line": 1,
    # round 53 (struct68): ... and so do lower-case letters alone, without their brackets ("a" / "b"), where the
    # captions open with the keys in brackets (0 off)
    "bare_picture_keys": 1,
    # round 53 (struct68): at least this many section numbers counting 1, 2 … read between a heading's lines or
    # after its one line go over their headings (0 off); prose there is a line this share of a full one at least
    "labels_inside_headings": 2,
    "marked_strip_dates": 1,
    "marked_date_lines": 1,  # a date with an era or approximate mark alone closing a cover's title is none of it (round 53)  # a year strip's stop may give its date with an era or approximate mark (round 53; 0 off)
    "prose_line_share": 0.7,
    "credit_closes_key": 1,  # ... a key's entry ends with its credit line: a line after it is the text's (round 53)
    # round 47 (structset58): a jump line pointed by an arrow or ornament may open in lower case
    # ("continued overleaf »"; 0 off)
    "pointed_jumps_lower": 1,
    # round 59 (struct80): a jump line naming where the text came from may open in lower case unpointed
    # ("continued from the left-hand panel"): its lead and a place alone make no wrapped sentence's line (0 off)
    "lower_from_jumps": 1,
    "pointed_bare_jumps": 1,  # a jump lead alone pointed by an arrow ("continued »") is a jump line (round 51; 0 off)
    # round 47 (structset58): at least this many unlabelled headings in capitals, each right over a labelled
    # heading, are the sections' kickers, left out (0 off)
    "section_kickers": 2,
    # round 49 (structset61): such a kicker may be a question in capitals ("WHY BUILD IT?"; 0 off)
    "question_kickers": 1,
    # ... then a key's entries split by a credit line read as a caption are one run again, a short line ending no
    # sentence over the first entry is the key's heading, and an entry's own last line after its sentence, ending
    # none, is its credit
    "key_heading_line_words": 6,  # ... that heading at most this many words
    "key_credit_words": 12,  # ... that credit line at most this many words
    # round 45 (structset54): such a key's entries read as several blocks (a credit line alone taken for a heading,
    # the next key opening a paragraph) are joined into one run before its entries are found (0 off)
    "key_runs_joined": 1,
    # round 56 (struct74): a line of the pictures' keys alone ("(a) (b)") opening a paragraph is no margin note
    # (``_margin_lead``): it keys the captions (0: off)
    "keys_no_notes": 1,
    # round 56 (struct74): a paragraph a key's captions close mid-sentence (no text after them) goes on with the
    # next paragraph block: the page turned under the captions (0: off)
    "key_cut_resumed": 1,
    # round 56 (struct74): a quotation set inside a paragraph's column, read into it mid-sentence with its dashed
    # source opening the next block, is taken out and the paragraph joined again (``_inset_quotes_out``; 0: off)
    "inset_quotes": 1,
    "inset_quote_lines": 8,  # ... the quotation at most this many lines (a narrow column's)
    # round 59 (struct80): a quotation with no source closing a paragraph mid-sentence, a caption read right after
    # it and the sentence going on in lower case after the caption: the quotation is set apart, parted from the
    # paragraph (``_quotes_before_captions_parted``; 0 off)
    "quotes_before_captions": 1,
    "inset_source_wrap": 6,  # ... its source's wrap at most this many words
    # round 58 (structset79): a small table set inside a paragraph's column, read into it mid-sentence (a line
    # ending no sentence, the table's rows, perhaps its one-line note, then the sentence going on in lower case),
    # is taken out as a table and the paragraph joined again (``_inset_tables_out``; 0: off)
    "inset_table_lines": 8,  # ... the table at most this many lines, its head and note with it
    "inset_row_words": 7,  # ... each row at most this many words, a figure in it, ending no sentence
    "trailing_fact_tables": 1,  # a fact table read straight after a paragraph's last sentence closes it, no
    # text (round 43; 0: off)
    "measure_change_heads": 1.4,  # a title line after a column's unfinished line heads a box when the lines
    # under it are this many times longer than the column's longest (a side-bar set across columns; round 43; 0: off)
    "measure_change_lines": 3,  # ... the column's longest of the paragraph's last lines, this many at most (two
    # at least), and the box's lines under the title (the first two) all that long
    "measure_change_even": 0.75,  # ... the paragraph's last lines each this share of their longest (full lines)
    # round 46 (structraw): a run of at least this many one-word lines on a page (a page the extraction wrote one
    # word a line: every line short, so shortness tells no title from body) holds no unlabelled heading found by
    # the short-title rule (a label, "B", "II.", or a unit word and number on two lines, "Part" / "Two", still
    # opens one), no caption found by its lines' shape, no drop cap; a block ends where the run begins or ends,
    # and the page's other lines are measured without it (0 off)
    "word_page_run": 40,
    # round 54 (struct69): a first page opening with text printed one word a line (a folded leaflet's back, set
    # head down beside its cover), ``word_page_run`` words at least, in a document of more pages: read last (0 off)
    "turned_back_last": 1,
    "word_caption_words": 60,  # ... a caption labelled alone on such a page runs to its first sentence end within
    # this many words, then its credit to the accession number closing it (0 off)
    # round 52 (structset67): a section kicker in capitals (``section_kickers``) may run to this many words
    # ("FROM THE MILL TO THE PORT" over "3.1 The Harbour"; ``kicker_words`` stays the other kickers' limit)
    "section_kicker_words": 8,  # (6 until round 59: "BRONZE AGE, ABOUT 1500 TO 1000 BC" has seven)
    # round 59 (structset81): a kicker closing on a number ("FROM 1734") over a title opening on its own dotted
    # section number ("4.3 The Man in Salt") is no label of it (``_kicker_heading``; 0 off)
    "numbered_titles_keep_labels": 1,
    # round 52 (structset67): a bare number before nothing but a figure ("1 1790", a strip's numbered stop and its
    # year) labels no heading: the series counts labels before title words only (0 off)
    "figure_rest_labels": 1,
    # round 52 (structset67): a dash line naming a source ("— Ann Hebden, keeper") under a line ending a sentence
    # closes the quotation over it, quotation marks or none: a heading may open on the next line (0 off)
    "dash_sources_close": 1,
    # round 52 (structset67): lines opening with a credit's lead and reading as one credit, read into another
    # block right before a placed caption with no credit ("Courtesy of the …" / "Right: A note …"), are that
    # caption's credit, set over its picture and extracted first (0 off)
    "credit_before_caption": 1,
    # round 55 (structset73): a credit left open by a comma goes on over the next line when its last sentence with
    # that line reads as a credit, an origin line opening it ("Ottoman, 16th century. Lent by …,") aside (0 off)
    "credit_last_sentence": 1,
    # round 55 (structset73): lines ending a sentence inside a paragraph left open are no caption set inside it
    # when a dash line naming a source follows them ("… Amerige.”" / "— after the …"): a quotation and its
    # source, not the text going on in lower case (0 off)
    "sourced_no_inset": 1,
    # round 55 (structset73): lines running into a note the text holds out (printed inside the paragraph, away
    # from its call) are no caption set inside the paragraph: the text reads on past the note (0 off)
    "held_stop_insets": 1,
    # round 55 (structset73): a table of figures set inside a sentence may have rows opening with a label in words
    # ("Hounslow Heath 1784 5.19 miles", ``_labelled_figures_row``) as well as rows of figures alone (0 off) ...
    "labelled_figure_rows": 1,
    "labelled_row_words": 4,  # ... the label at most this many words opening in capitals
    # round 57 (structset77): a heading closing on the next number of the series of numbers printed beside
    # headings (``labels_inside_headings``) holds its label on its own line ("A Model for Others 3"; 0 off)
    "glued_heading_numbers": 1,
    # round 57 (structset77): counted lines ("1 Out of the Town", "2 …") each naming a later line of the text (the
    # headings they list) are a contents list's entries, no headings (0 off)
    "listed_contents": 1,
    # round 59 (structset81): ... each listed number labels the unlabelled heading its entry names (a leaflet
    # whose panels are numbered only on tabs the text does not place; ``_contents_labels``; 0 off)
    "contents_label_headings": 1,
    # round 59 (structset81): a titled box written inside a sentence (the paragraph's half, the box's title on the
    # half's last line, the box's text ending a sentence, the sentence going on in lower case) is set after the
    # body, its title a heading, the sentence joined (``_titled_boxes_out_of_sentences``; the title at most this
    # many words; 0 off)
    "titled_box_title_words": 5,
    # round 57 (structset77): a place and a date alone over the body ("Leiden, 1790–1842") under a title and its
    # deck is the panel's date line: the deck stands over it as over the body, and it joins no title (0 off)
    "dated_decks": 1,
    # round 57 (structset77): a caption set inside a paragraph in a measure wider than the column's (a picture
    # spanning two columns mid-page) ends short of the text by its width: a line of it wider than the page's full
    # line (``caption_wider``) is none of the column's, so the text's next word need not have fitted on it (0 off)
    "wide_inset_captions": 1,
    "unit_letters": 6,  # ... a unit after a figure ("miles", "km") at most this many letters
    # round 55 (structset73): ... and so may a map's key set inside a sentence, rows of a number counting up and a
    # short name ("1 Palma" / "2 Timbuktu" / …, ``_counted_key``), its title over or under the rows (0 off)
    "key_rows": 1,
    # round 55 (structset73): a line in capitals of a place and a date ("MAJORCA, ABOUT 1375") over a title of one
    # line is its kicker, as one of parts set apart by a separator is (0 off)
    "dated_kickers": 1,
}

# A reference mark opening a note: "* The names …", "† A joke …".
# (a mark alone on its line over the note's text, ``footnotes._mark_alone``, opens its note too)
_MARK_OPENING = re.compile(r"^([*\u2020\u2021]{1,2})(?:\s+\S|\s*$)")
# A line closing on a year (perhaps a span): a dated deck ("… and Cocoa Powder, 1828").
_CLOSING_YEAR = re.compile(r"\b\d{3,4}s?(?:\s*[-\u2013\u2014]\s*\d{2,4}s?)?\W{0,2}$")
# A note's mark opening a line: a number, raised figures or a reference symbol, then its text ("¹ Now …", "2 The …").
_NOTE_OPENING = re.compile(r"^(?:\d{1,2}\s+|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}\s*|[*\u2020\u2021]{1,2}\s*)[^\W\d_]")
# A list item's mark opening a line: "2. ", "(b) ", a bullet.
_ITEM_MARK = re.compile(r"^(?:[-*•–]|\(?(?:\d{1,2}|[a-z])[.)])\s")
# A number opening a title, perhaps after a unit word: "4 The Title", "Entry 4.1 The Title".
_NUMBERED_TITLE = re.compile(r"^((?:[A-Z][a-z]+ )?\d{1,3}(?:\.\d{1,3})*)[.:)]?\s+(?=[A-Z“\"‘])")
# A number alone on its line, perhaps after a unit word: "4", "Entry 4.2".
_NUMBER_LINE = re.compile(r"^(?:[A-Z][a-z]+ )?\d{1,3}(?:\.\d{1,3})*[.:)]?$")
# A line holding only a note number.
_NOTE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
# A line holding only a year or a span of years, perhaps in brackets: "(1945–1948)".
_YEARS_LINE = re.compile(r"^[(\[]?\d{3,4}s?(?:\s*[–—-]\s*\d{2,4}s?)?[)\]]?$")


def is_plain(lineset: LineSet) -> bool:
    """Text with no blank lines and no PDF trailing-space convention."""
    return lineset.spacing == "unspaced" and not lineset.trailing_convention


class PlainLayout:
    def __init__(self, lineset: LineSet, roles: dict[str, list[float]] | None = None, route: bool = True):
        for index, line in enumerate(lineset.lines):  # an earlier reading may have renumbered them in place
            line.index = index  # (``jumps_rejoined`` moves lines and numbers them afresh)
        parted, notes = margin_notes_parted(unglued(lineset.lines))
        lettered, bodies, heads = lettered_heads_parted(run_in_heads_parted(parted))
        numbered, opened = numbered_paragraphs(lettered)
        opened |= bodies
        self.lines = jumps_rejoined(_turned_back_last(turned_lines_joined(numbered)))
        self.numbered = {line.index for line in self.lines if id(line) in opened}  # numbered paragraphs' first lines
        self.run_in_bodies = {line.index for line in self.lines if id(line) in bodies}  # text after a run-in head
        self.lettered_heads = {line.index for line in self.lines if id(line) in heads}  # "A. The Title." heads
        self.glued_notes = {line.index for line in self.lines if id(line) in notes}  # margin notes parted from lines
        # the line-role model's probabilities per line ({"heading": …, "opens": …}), or None
        self.roles = roles
        self.width = _page_widths(self.lines)
        self.exact = _exact_measure(self.lines, self.width)
        self.entries: list[Entry] = []
        self.para: Fragment | None = None
        self._wrapped: dict[int, tuple[Fragment, int, Line | None, dict[int | None, int]]] = {}  # _longest_wrapped
        self._cap_widths: dict[int, tuple[Fragment, int, int, Line]] = {}  # _cap_width
        self._credit_ends: dict[tuple[int, bool], bool] = {}  # _ends_with_credit_at
        self._listed_wraps: dict[int, bool] = {}  # _listed_credit_wraps_at
        self._prose_credits: set[int] = set()  # credit lines closing a block too long for a caption
        self._fact_tails: dict[int, FactTail] = {}  # _trailing_fact_table, per paragraph as it grows
        self.cap: Fragment | None = None
        self.cap_open = False  # the caption still takes lines
        self.credit_through = -1  # a caption's credit takes the lines to this one
        self.inset_credit: tuple[int, int] | None = None  # (line in the caption, last line) of an inset caption's credit
        self.cap_through = -1  # ... at least to this line (its measure goes on to a credit)
        self.sequence = sequence_labels(self.lines)
        self.dated_heads = _dated_heads(self.lines)
        self.dated_rows = _dated_rows(self.lines)  # (lines of a table of dates: no heading opens on one)
        self.unit_sequence = {**worded_unit_sequence_labels(self.lines), **unit_sequence_labels(self.lines)}
        # "One" / "A Title" … "Three" / "A Title"; "ZONE A" / "A Title" … "ZONE C" / "A Title"
        self.worded_alone = {**unit_alone_labels(self.lines), **worded_alone_labels(self.lines)}
        self.running = [_words_key(text) for text in lineset.running]
        self.drop_caps = drop_caps(self.lines)  # {line it opens: the drop cap's line}
        self.held = set(self.drop_caps.values())
        self.notes = plain_notes(self.lines, lineset.source)  # {a note call's line: its note's credit lines}
        self.inner = lineset.inner_labels  # "1" moved over "A Ferry Who" / "Sang": the heading's number
        # (the number moved over its heading is no note's call, though the source still has it between the lines)
        self.notes = {call: note for call, note in self.notes.items() if call + 1 not in self.inner}
        self.held |= {ln.index for note in self.notes.values() for ln in note}
        self.map_keys = numbered_keys(self.lines)  # a map's markers "1" / "2" / … and its key "1 Marrowby – …"
        self.key_captions = [key_caption(self.lines, key) for key in self.map_keys]  # ... and the caption under it
        mapped = frozenset(line.index for key in self.map_keys for line in key) | frozenset(
            line.index for found in self.key_captions if found is not None for line in found[0])  # (no notes: a table)
        sidenotes = frozenset(plain_sidenotes(self.lines)) - mapped  # apparatus printed inside the text
        footnotes = plain_footnotes(self.lines, sidenotes | mapped) | sidenotes  # ... and closing a page
        footnotes |= plain_called_notes(self.lines, frozenset(footnotes) | mapped)  # ... or between paragraphs, away from the call
        footnotes |= plain_page_foot_notes(self.lines, frozenset(footnotes) | mapped)  # ... or at a page's foot inside a paragraph
        footnotes |= plain_column_foot_notes(self.lines, frozenset(footnotes) | mapped)  # ... or at a column's foot
        footnotes -= mapped
        self.held |= mapped
        self.note_numbers = note_numbers(self.lines, footnotes)  # {page: its notes' numbers}
        self.calls = plain_note_calls(self.lines, footnotes)  # their numbers printed apart
        footnotes |= self.glued_notes
        self.held |= footnotes | self.calls
        self.footnotes = footnotes
        self.held |= {line.index for line in self.lines if is_jump_line(line.text)}  # "Continued on page 4"
        self.held |= number_columns(self.lines)  # a scale drawn down the panel's edge: "0 m" / "1,000 m" / …
        self.held |= paragraph_marks(self.lines)  # "¶ 3" alone: a paragraph's number printed in the margin
        self.held |= numeric_tables_inside(self.lines)  # a table of figures set inside a sentence ("log-" / … / "arithm")
        self.held |= symbol_rows(self.lines)  # a code's table: "A · —" / "B — · · ·" / …
        if PLAIN_LIMITS["continued_heads"]:  # "A Present (continued)" under its label again
            self.held |= continued_heads(self.lines)
        self.held |= {line.index for line in self.lines if _form_fields(line.text)}  # "Name: Form:": blanks to fill
        self.held |= picture_placeholders(self.lines)  # "[museum photograph]" inside a sentence (round 56)
        self.held |= {  # the note's own number
            note[0].index - 1 for note in self.notes.values()
            if _NOTE_NUMBER.match(self.lines[note[0].index - 1].text) and note[0].index - 1 not in self.notes
        }
        self.first = next((k for k in range(len(self.lines)) if k not in self.held), 0)  # the text's first line
        if PLAIN_LIMITS["folio_heads"] and _folio_head(self.lines, self.first, lineset.source):  # "48 Catalogue of …" / … / "49"
            self.held.add(self.first)
            self.first += 1
        for _ in range(2):  # "HALL OF SCRIPTS" over "Three Scripts:" / "The Stone"
            if not self._kicker_over_title(self.first):
                break
            self.held.add(self.first)
            self.first += 1
        self.key, key_title = caption_key(self.lines)  # "Pictured" / "1 The …" / "Photo: …" / "2 …"
        keyed = {k for first, (_, last) in self.key.items() for k in range(first, last + 1)}
        after_key = self._after_key(keyed)
        self.held -= keyed | after_key  # (numbered like notes, but credited: captions)
        self.footnotes = self.footnotes - keyed - after_key
        if key_title is not None:
            self.held.add(key_title)
            self.footnotes = self.footnotes - {key_title}  # ("2 Pictured": no note numbered 2)
        self.held |= key_numbers(self.lines, self.key)  # "1" alone: the number on its picture
        # "1" / "Royal Park" / "20 August 1860" / "2" …: held out while its labels find their headings
        band, self.band_labels, self.band_end = route_band(self.lines) if route else (set(), [], 0)
        self.band = band
        self.held |= band | named_dated_strip(self.lines)  # "1 Boston" / "April 1895" / "2 Gibraltar" / …
        self.held |= numbered_year_strip(self.lines)  # "1" / "1546" / "Born at …" / "2" / "1566" / …
        # labels set after their sections' text ("… the law." / "1"): held out, given to the headings they follow
        self.trailing = trailing_labels(self.lines)
        self.held |= set(self.trailing)
        self.route_read = False  # the band's labels went to the headings after it (``_route_labels``)
        self.turned = turned_credits(self.lines)  # {first line: a credit printed one word a line}
        self.word_page = word_page_lines(self.lines)  # lines of a page written one word a line
        self.badges: list[tuple[int, str]] = []  # lone label lines that head no title: (line, label)
        self._kicker_series: int | None = None  # _word_kicker: kickers with numerals over titles

    def run(self) -> list[Entry]:
        i = 0
        while i < len(self.lines):
            i = self._step(i)
        self._close_caption()
        self._align_badges()
        self._trailing_to_headings()
        self._route_labels()
        self._margin_notes_out()
        self._map_keys_in()
        marks = self._note_marks()
        for entry in self.entries:
            if isinstance(entry, Fragment) and entry.kind == "paragraph":
                pages = {line.page for line in entry.lines}
                if PLAIN_LIMITS["next_page_notes"]:  # a note printed on the page after its call's
                    pages |= {page + 1 for page in pages if page is not None}
                entry.calls = frozenset(n for page in pages for n in self.note_numbers.get(page, set()) | marks.get(page, set()))
            if isinstance(entry, Fragment) and PLAIN_LIMITS["caption_mark_calls"]:
                for cap in (c for c in [entry, *entry.deferred] if c.kind == "caption"):
                    cap.calls = frozenset(m for line in cap.lines for m in marks.get(line.page, set()))
        return self.entries

    def _map_keys_in(self) -> None:
        """Each map's numbered key (``mapkeys.numbered_keys``, held out of the reading) a table block
        where it stands: before the first entry read after its first line."""
        for key, caption in zip(self.map_keys, self.key_captions, strict=True):
            at = next((n for n, entry in enumerate(self.entries) if entry.lines and entry.lines[0].index > key[0].index),
                      len(self.entries))
            self.entries.insert(at, Fragment("table", list(key)))
            if caption is not None:
                self.entries.insert(at + 1, Fragment("caption", caption[0], credit=(caption[1], 0), complete=True))

    def _note_marks(self) -> dict[int | None, set[str]]:
        """{page: the reference marks ("*", "†", "‡") opening notes held out on it}: the same
        mark glued to a word or stop in the page's paragraphs is its call (``mark_calls``)."""
        found: dict[int | None, set[str]] = {}
        if not PLAIN_LIMITS["mark_calls"]:
            return found
        for k in self.footnotes:
            m = _MARK_OPENING.match(self.lines[k].text)
            if m is not None:
                found.setdefault(self.lines[k].page, set()).add(m.group(1))
        return found

    def _margin_notes_out(self) -> None:
        """Short lines opening a paragraph, set in another measure, become notes: up to
        ``margin_note_lines`` lines at a paragraph's start, each at most ``margin_note_line`` of
        the page's full line, none ending a sentence nor together reading as a title or a
        caption, before a full line (``full_line_share``) opening in a capital. A paragraph's
        first line is a full one unless the paragraph ends on it, so such lines are text
        set apart (a margin note, a gloss) that the extraction put before the paragraph
        beside which it stands; they are read as the paragraph's notes."""
        for entry in self.entries:
            if not isinstance(entry, Fragment) or entry.kind != "paragraph":
                continue
            lead = self._margin_lead(entry.lines)
            if lead:
                self.footnotes = self.footnotes | {line.index for line in entry.lines[:lead]}
                del entry.lines[:lead]

    def _margin_lead(self, lines: list[Line]) -> int:
        """How many of ``lines`` (a paragraph's) open it as a margin note (0: none)."""
        for lead in range(1, int(PLAIN_LIMITS["margin_note_lines"]) + 1):
            if len(lines) < lead + 2:
                return 0
            note, first = lines[:lead], lines[lead]
            if PLAIN_LIMITS["keys_no_notes"] and any(KEYS_ALONE.match(line.text.strip()) for line in note):
                return 0  # the pictures' keys alone ("(a) (b)"), read with their captions
            text = " ".join(line.text for line in note)
            if note[-1].length > PLAIN_LIMITS["margin_note_line"] * self.width[note[-1].index] or ends_sentence(
                    note[-1].text, lenient=True):
                return 0
            if self._full_first(first, lines[lead + 1]) and starts_uppercase(
                    first.text) and not raw_title_like(text) and match_label(text) is None and not is_credit(
                    text.split(), closes_caption=True):
                return lead
        return 0

    def _full_first(self, first: Line, nxt: Line) -> bool:
        """``first``, a paragraph's first line, is a full one: at least ``full_line_share``
        of its page's full line or, where ``margin_wraps`` is set, wrapping mid-sentence
        where ``nxt``'s first word would not have fitted on it."""
        if first.length >= PLAIN_LIMITS["full_line_share"] * self.width[first.index]:
            return True
        return bool(PLAIN_LIMITS["margin_wraps"]) and not ends_sentence(first.text, lenient=True) and not self._fits(
            first, nxt.words[0][0] if nxt.words else "", PLAIN_LIMITS["paragraph_fits"])

    def note_runs(self) -> list[list[Line]]:
        """The footnotes and sidenotes held out of the text, each from its number to the next
        note's (a number printed on a line of its own is left out with the line)."""
        notes: list[list[Line]] = []
        fresh = False  # a lone number opened the next note
        for k in sorted(self.footnotes):
            line = self.lines[k]
            if _NOTE_NUMBER.match(line.text):
                fresh = True
            elif (fresh or not notes or NOTE_MARK.match(line.text) or GLUED_NOTE_NUMBER.match(line.text)
                  or notes[-1][-1].index != k - 1):
                notes.append([line])
                fresh = False
            else:
                notes[-1].append(line)
        return notes

    def _step(self, i: int) -> int:
        line = self.lines[i]
        if i in self.held:
            return i + 1  # a drop cap (it opens the paragraph it belongs to) or a footnote
        if i in self.notes:
            self._note_call(i)
            return i + 1
        if i in self.turned:
            return self._turned_credit(i)
        if i in self.key:
            return self._key_caption(i)
        if self.cap is not None and self.cap.last.index == self._before(i) and self._credit_line(i):
            return i + 1
        if i + 1 in self.inner and self.lines[i].text.strip() == self.inner[i + 1]:
            return self._inner_heading(i)
        if self._subtitle_at(i):
            title = self.entries[0]
            dated = len(title.lines) > 1 and self._dated_deck(i) if isinstance(title, Heading) else False
            if PLAIN_LIMITS["deck_joins_title"] and isinstance(title, Heading) and not dated and title_deck(
                    " ".join(ln.text for ln in title.lines), line.text):
                title.lines.append(line)  # the title's second part ("… Thunders" / "A Name at the River, 1850")
            else:
                self.entries.append(Heading(None, [line], 0, subtitle=True))
            return i + 1
        token = None if self._word_page_label(i) else self._split_badge(i)
        if token is not None:
            self.badges.append((i + 1, token))  # "Activity" / "2": a unit word over its number
            return i + 2
        if self._block_ended(i) or self._label_line_heading_after_unfinished(i) or self._measure_changed(i):
            heading = self._heading_at(i)
        else:
            heading = self._colon_title_after_list(i) or self._question_heading(i)
        heading = self._model_heading(i, heading)
        if heading is not None:
            heading = self._title_opened_before(heading)
            self._close_caption()
            self.para = None
            self.entries.append(heading)
            return heading.lines[-1].index + 1
        if self._badge_line(i):
            self.badges.append((i, line.text.strip()))  # a lone label heading nothing: a badge
            return i + 1
        if self.cap_open and self._caption_takes(i):
            return i + 1
        self._close_caption()
        if self.para is not None and self._tombstone_break(self.para, line, whole=True):
            self.para = Fragment("paragraph", [line])  # a tombstone's credit line credits no picture
            self.entries.append(self.para)
            return i + 1
        end = self._tombstone_among(i)
        if end is not None:  # an object's label set in among the text: apart from it
            self.entries.append(Fragment("table", self.lines[i:end]))
            self.para = None
            return end
        label = match_label(line.text)
        if label is not None:
            words = len(line.text[: label[1]].split())
            cap = Fragment("caption", [line], label[0], words)
            self._open_caption(cap)
            last = self._word_page_caption(cap, i)
            if last is not None:
                return last + 1
            self._check_caption(i)
            return i + 1
        if figure_lead(line.text):  # "Fig. 2 The …": a numbered picture's caption opens
            self._open_caption(Fragment("caption", [line]))
            self._check_caption(i)
            return i + 1
        end = None
        if i not in self.word_page and not self._stop_name(i):  # (there no line's length or shape sets a caption apart)
            end = self._unlabelled_caption_end(i)
            if end is not None and PLAIN_LIMITS["interrupting_credits"] and any(i < start <= end for start in self.turned):
                end = None  # (a turned credit is no caption's line: a caption set inside the paragraph may end above it)
            if end is None:
                end = self._interrupting_caption_end(i)
            if end is None:
                end = self._wide_caption_end(i)
            if end is None:
                end = self._narrow_caption_end(i)
            if end is None and self._lone_line_caption(i):
                end = i
        if end is not None and any(i < start <= end for start in self.turned):
            end = None  # a credit printed one word a line is no caption's end line by line
        if end is not None:
            # a number alone over the caption's text is its picture's number (an object card's)
            numbered = end > i and _CARD_NUMBER.match(line.text.strip()) is not None
            label_words = len(line.text.split()) if numbered else 0
            self._open_caption(Fragment("caption", list(self.lines[i : end + 1]), label_words=label_words))
            credit, self.inset_credit = self.inset_credit, None
            if credit is not None and credit[1] == end and self.cap is not None:
                self.cap.credit, self.cap_open = (credit[0], 0), False  # its credit read by its place
                return end + 1
            self._check_caption(end)
            return end + 1
        self._body_line(i)
        return i + 1

    def _inner_heading(self, i: int) -> int:
        """The heading under the number at line ``i`` that was read inside it (``labels_inside_headings``): its
        first line, and the next when that is a short title-case line over prose ("A Ferry Who" /
        "Sang"); a short line under it in sentence case over prose is its deck ("Harbour town, winter
        1822"), a heading block of no section. The next line's index."""
        self._close_caption()
        self.para = None
        title = [self.lines[i + 1]]
        j = i + 2
        if j + 1 < len(self.lines) and _may_head(self.lines[j].text) and not _prose_line(
                self.lines[j], self.width[j]) and _prose_line(self.lines[j + 1], self.width[j + 1]):
            if raw_title_like(self.lines[j].text):
                title.append(self.lines[j])
                j += 1
            else:
                self.entries.append(Heading(self.inner[i + 1], title, 0))
                self.entries.append(Heading(None, [self.lines[j]], 0, subtitle=True))
                return j + 1
        self.entries.append(Heading(self.inner[i + 1], title, 0))
        return j

    def _after_key(self, keyed: set[int]) -> set[int]:
        """With ``key_ends_notes`` on, the lines read as notes right after a caption key, up to
        the next line opening as a note does: the key's numbered entries were taken for notes
        running to the page's end, and the text after the key (a pull quote, a side-bar) with them."""
        if not keyed or not PLAIN_LIMITS["key_ends_notes"]:
            return set()
        found: set[int] = set()
        k = max(keyed) + 1
        while k in self.footnotes and not opens_like_note(self.lines[k].text):
            found.add(k)
            k += 1
        return found

    def _key_caption(self, i: int) -> int:
        """One caption of a caption key (``caption_key``): its number left out, its credit on
        its own lines. The next line's index."""
        credit, last = self.key[i]
        self._close_caption()
        self.para = None
        self.entries.append(Fragment("caption", list(self.lines[i : last + 1]), label_words=1, credit=(credit - i, 0),
                                     complete=True))
        return last + 1

    def _split_badge(self, i: int) -> str | None:
        """A badge printed over two lines, a unit word alone ("Activity", "Panel") over
        its number or letter alone, standing after a paragraph's end: its number."""
        if i + 1 >= len(self.lines) or self.lines[i].text.strip().lower() not in words("panel_words"):
            return None
        token = alone_label(f"{self.lines[i].text.strip()} {self.lines[i + 1].text.strip()}")
        if token is None:
            return None
        prev = self.lines[self._before(i)] if i > 0 else None
        return token if prev is not None and ends_sentence(prev.text) else None

    def _badge_line(self, i: int) -> bool:
        """A lone letter or roman numeral on its line heading nothing: a badge; "A" or
        "I" not when the next line goes on in lower case (the word: "A" / "small boat")."""
        token = self.lines[i].text.strip()
        if not _badge(token):
            return False
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        return not (one_letter_word(token) and starts_lowercase(nxt))

    def _before(self, i: int) -> int:
        """The line before ``i``, badges aside (a caption's credit may follow one)."""
        j = i - 1
        badges = {k for k, _ in self.badges}
        while j in badges:
            j -= 1
        return j

    def _align_badges(self) -> None:
        """Labels printed apart from their headings (a card's corner badge, which the
        extraction writes after the card's text or in front of the next heading): when
        the lone label lines and the letters opening headings count up from the first of
        their series, one for each heading, and the k-th stands between the k-th heading
        and the next one's first line, the k-th heading takes the k-th label. A heading's
        opening "A" counts as a letter only when the series needs it."""
        if not self.badges:
            return
        heads = [e for e in self.entries if isinstance(e, Heading) and not e.subtitle
                 and e.lines[0].index != self.first]
        if self._align_run(heads, len(self.lines)):
            return
        # else the labelled headings may be a run of their own among others (a worksheet's
        # activities after its title and a box): one heading a badge, in a row
        n = len(self.badges)
        for lo in range(len(heads) - n + 1):
            end = heads[lo + n].lines[0].index if lo + n < len(heads) else len(self.lines)
            if self._align_run(heads[lo : lo + n], end):
                return

    def _trailing_to_headings(self) -> None:
        """Each label set after its section's text (``trailing_labels``) goes to the last heading
        before it, the title aside, when that heading has none."""
        heads = [e for e in self.entries if isinstance(e, Heading) and not e.subtitle
                 and e.lines[0].index != self.first]
        for at, token in sorted(self.trailing.items()):
            before = [h for h in heads if h.lines[-1].index < at]
            if before and before[-1].label is None:
                before[-1].label = token
        for head in heads:
            if head.label is None and head.lines[0].index in self.inner:
                head.label = self.inner[head.lines[0].index]

    def _route_labels(self) -> None:
        """A route band's labels (``route_band``) go to the first headings after the band, one
        each in order (the stops' numbers printed over the columns, each column's heading under
        its number), when that many unlabelled headings follow."""
        n = len(self.band_labels)
        if not n:
            return
        heads = [e for e in self.entries if isinstance(e, Heading) and not e.subtitle
                 and e.lines[0].index >= self.band_end][:n]
        if len(heads) == n and all(h.label is None for h in heads):
            for head, label in zip(heads, self.band_labels, strict=True):
                head.label = label
            self.route_read = True

    def _align_run(self, heads: list[Heading], end: int) -> bool:
        """Give the headings ``heads`` (the next one starting at line ``end``) the badges
        and heading letters that count up one a heading, each within its heading's lines."""
        starts = [h.lines[0].index for h in heads] + [end]
        for loose in (False, True):
            leads = [_badge_lead(h, loose) for h in heads]
            tokens = sorted([*self.badges, *((h.lines[0].index, t) for h, t in zip(heads, leads, strict=True) if t)])
            if len(tokens) != len(heads) or [label_rank(t) for _, t in tokens] != list(range(1, len(heads) + 1)):
                continue
            if not all(starts[k] <= p <= starts[k + 1] for k, (p, _) in enumerate(tokens)):
                continue
            for k, head in enumerate(heads):
                if leads[k] and head.label is None:
                    head.skip_words = 1
                head.label = tokens[k][1]
            return True
        return False

    # ------------------------------------------------------------ blocks

    def _block_ended(self, i: int) -> bool:
        """Whatever came before line ``i`` is finished (a heading may start here)."""
        if i == 0 or self._word_page_edge(i):
            return True
        prev = self.lines[i - 1]
        if self.cap is not None and self.cap.last is prev:
            text = self.lines[i].text
            return not self.cap_open or bool(LABEL_ALONE.match(text)) or _numbered_title(text)
        if self.para is not None and self.para.last is prev and self._closes_quotation(self.lines[i]):
            return False  # a quotation's attribution goes with it ("… lemons.”" / "Ann Hebden, 1821")
        if self.para is not None and self.para.last is prev:
            # a sentence closed by a note's call glued after its stop ("… that year.2") ends it too
            end = _without_end_call(prev.text) if PLAIN_LIMITS["end_call_heads"] else prev.text
            return (ends_sentence(end, lenient=True) or _displayed_quotation(self.para.lines) or self._closes_quotation(prev)
                    or bool(_trailing_fact_table(self.para, self.width, self._fact_tails))  # a fact table's rows close it
                    or self._source_line_closes(prev))
        return True

    def _stop_name(self, i: int) -> bool:
        """With ``figure_rest_labels`` on, line ``i`` stands right under a strip's numbered stop and its year
        ("4 1902" / "Ostrava Quay"): that stop's name, no caption's first line."""
        return bool(PLAIN_LIMITS["figure_rest_labels"]) and i > 0 and _numbered_figure(self.lines[i - 1].text)

    def _source_line_closes(self, prev: Line) -> bool:
        """With ``dash_sources_close`` on, ``prev`` names a quotation's source on a dash line opening in
        capitals ("— Ann Hebden, keeper, 1821": ``attribution_line``) right under a line ending a sentence:
        the quotation set apart ends there, in quotation marks or not (a heading may open after it)."""
        if not PLAIN_LIMITS["dash_sources_close"] or prev.index == 0:
            return False
        named = prev.text.split()
        return (attribution_line(prev.text) and len(named) > 1 and named[1][:1].isupper()
                and ends_sentence(self.lines[prev.index - 1].text))

    def _open_caption(self, cap: Fragment) -> None:
        para = self.para
        if para is not None and not self._para_ended(para):
            para.deferred.append(cap)
        else:
            self.para = None
            self.entries.append(cap)
        self.cap = cap
        self.cap_open = True

    def _note_call(self, i: int) -> None:
        """A note number closing a caption (or a short block that it makes a caption):
        the note's lines are the caption's credit; the number is left out."""
        cap = self._caption_ending(i - 1)
        para = self.para
        if cap is None and para is not None and para.last.index == i - 1 and (
            len(para.lines) <= PLAIN_LIMITS["note_caption_lines"]
        ):
            label = match_label(para.lines[0].text)
            para.kind = "caption"
            if label is not None:
                para.position, para.label_words = label[0], len(para.lines[0].text[: label[1]].split())
            cap, self.para = para, None
        if cap is None or cap.credit is not None:
            return
        cap.credit = (len(cap.lines), 0)
        cap.lines.extend(self.notes[i])
        self.cap = cap
        self._close_caption()

    def _turned_credit(self, i: int) -> int:
        """A credit set up a picture's side, which the extraction printed one word a line:
        the credit of the caption right before it, else of the caption lines right after
        it (up to a sentence end), else of the last caption of its page without one; or
        left out. The index of the line after what it took."""
        run = self.turned[i]
        after = run[-1].index + 1
        before = self._caption_ending(i - 1)
        if before is not None and before.credit is None:
            before.credit = (len(before.lines), 0)
            before.lines.extend(run)
            if PLAIN_LIMITS["turned_credit_closes"] and before is self.cap:
                self.cap_open = False  # the credit closes its caption: a pull quote under it is none of it
            return after
        para = self.para
        if para is not None and para.last.index == i - 1 and _joined(para.last) and ends_sentence(para.last.text):
            # a caption set turned too, right before its credit ("A keeper …" / "Photo: …")
            caption = para.lines.pop()
            if not para.lines:
                self.entries.remove(para)
                self.para = None
            self._close_caption()
            cap = Fragment("caption", [caption, *run])
            cap.credit = (1, 0)
            self._open_caption(cap)
            self._close_caption()
            return after
        tail = self._caption_tail(i) if PLAIN_LIMITS["turned_caption_tails"] else 0
        if tail and para is not None:
            # the paragraph's last lines, after one that ends it, are the caption the credit closes
            caption_lines = para.lines[-tail:]
            del para.lines[-tail:]
            if not para.lines:
                self.entries.remove(para)
                self.para = None
            self._close_caption()
            cap = Fragment("caption", [*caption_lines, *run])
            cap.credit = (len(caption_lines), 0)
            self._open_caption(cap)
            self._close_caption()
            return after
        take: list[Line] = []
        for line in self.lines[after : after + int(PLAIN_LIMITS["turned_caption_lines"])]:
            if line.page != run[0].page or line.index in self.turned or match_label(line.text):
                break
            take.append(line)
            if ends_sentence(line.text):
                break
        if take and ends_sentence(take[-1].text) and not _numbered_title(take[0].text):
            self._close_caption()
            cap = Fragment("caption", [*take, *run])
            cap.credit = (len(take), 0)
            self._open_caption(cap)
            self._close_caption()
            return take[-1].index + 1
        earlier = [e for e in self._captions() if e.credit is None and e.last.page == run[0].page]
        if earlier:
            earlier[-1].credit = (len(earlier[-1].lines), 0)
            earlier[-1].lines.extend(run)
        return after

    def _captions(self) -> list[Fragment]:
        found: list[Fragment] = []
        for entry in self.entries:
            if isinstance(entry, Fragment):
                found += [f for f in [entry, *entry.deferred] if f.kind == "caption"]
        return found

    def _caption_ending(self, index: int) -> Fragment | None:
        """The caption (open, closed or set into a paragraph) whose last line is ``index``."""
        recent = self.entries[-2:]
        for entry in [*recent, *(d for e in recent if isinstance(e, Fragment) for d in e.deferred)]:
            if isinstance(entry, Fragment) and entry.kind == "caption" and entry.last.index == index:
                return entry
        return None

    def _caption_tail(self, i: int) -> int:
        """How many of the open paragraph's last lines, right before the credit printed one word a line at
        ``i``, are a caption set under it: at most ``turned_caption_lines`` lines, the last ending a sentence,
        after a line of the paragraph that ends a sentence short of the measure (``_fits``: a paragraph's
        end), or the whole paragraph when it is that short and follows another paragraph (under a heading
        it is that section's first text: a lede); 0 when there are none."""
        para = self.para
        if (para is None or para.last.index != i - 1 or any(_joined(line) for line in para.lines)
                or not ends_sentence(para.last.text)):
            return 0
        most = int(PLAIN_LIMITS["turned_caption_lines"])
        for tail in range(1, min(most, len(para.lines)) + 1):
            if tail == len(para.lines):
                at = self.entries.index(para) if para in self.entries else 0
                before = self.entries[at - 1] if at else None
                return tail if isinstance(before, Fragment) and before.kind == "paragraph" else 0
            end = para.lines[-tail - 1]
            if ends_sentence(end.text) and self._fits(end, "word"):
                return tail
        return 0

    def _close_caption(self) -> None:
        cap = self.cap
        if cap is not None and cap.credit is None:
            cut = _trailing_credit(cap)
            if cut is not None:
                cap.credit = cut
        self.cap = None
        self.cap_open = False

    def _para_ended(self, para: Fragment) -> bool:
        last = para.last
        return ends_sentence(last.text, lenient=True) and self._fits(last, "word")

    # ------------------------------------------------------------ headings

    def _heading_at(self, i: int) -> Heading | None:
        line = self.lines[i]
        if i in self.dated_rows or i in self.run_in_bodies:
            return None
        underlined = underlined_heading(self.lines, i) if i == 0 or ends_sentence(self.lines[i - 1].text) or (
            self.lines[i - 1].underlined) else None
        if underlined is not None:
            return underlined
        kicker = self._kicker_heading(i)
        if kicker is not None:
            return kicker
        alone = LABEL_ALONE.match(line.text)
        if alone and i + 1 < len(self.lines):
            title = self._title_block(i + 1, 0)
            if title:
                return Heading(alone_label(line.text), title, 0)
        parted = self._word_page_label(i)
        if parted is not None:
            title = self._title_block(i + 2, 0)
            if title:
                return Heading(parted, title, 0)
        if line.index in self.worded_alone:
            title = self._title_block(i + 1, 0)
            if title:
                return Heading(self.worded_alone[line.index], title, 0)
        date = dated_lead(line.text) if i in self.dated_heads else None
        if date:
            title = self._title_block(i, len(date.split()))
            if title:
                return Heading(date, title, len(date.split()))
        lead = LABEL_LEAD.match(line.text)
        if lead:
            title = self._title_block(i, len(lead.group(0).split()))
            if title:
                return Heading(_label(lead_label(lead)), title, len(lead.group(0).split()))
        if i in self.sequence:
            title = self._title_block(i, 1)
            if title:
                return Heading(self.sequence[i], title, 1)
        if i in self.unit_sequence:
            title = self._title_block(i, 2)
            if title:
                return Heading(self.unit_sequence[i], title, 2)
        capitals = self._capitals_heading(i)
        if capitals:
            return self._number_label(Heading(None, capitals, 0))
        title = self._title_block(i, 0)
        if (title and len(title) <= 4 and _plain_title(title) and all(self._short(t) for t in title)
                and not all(t.index in self.word_page for t in title) and not _numbered_figure(title[0].text)):
            nxt = title[-1].index + 1
            if nxt < len(self.lines) and (self._opens_body(nxt, title) or self._label_line_heading(nxt)
                                          or bool(LABEL_LEAD.match(self.lines[nxt].text))
                    or self._dated_entry(nxt) or self._tombstone_after(Heading(None, title, 0))):
                return self._number_label(Heading(None, title, 0))
        if i == self.first:
            dated = self._dated_title(i)
            if dated is not None:
                return dated
            over_deck = self._title_over_deck(title)
            if over_deck:
                return self._number_label(Heading(None, over_deck, 0))
            if self._opening_title(line):
                return self._number_label(Heading(None, [line], 0))
            if _plain_title([line]) and not _continues(line.text) and self._kicker_heading(i + 1):
                return Heading(None, [line], 0)  # the title over a first entry labelled by its date
            if title and _continues(line.text) and self._opening_title(title[-1], title):
                return Heading(None, title, 0)  # a title over lines ("The Flood:" / "Spring 1927")
        return None

    def _model_heading(self, i: int, heading: Heading | None) -> Heading | None:
        """The rules' heading at line ``i`` checked by the line-role model: dropped when
        all its lines score ``model_veto`` or more for no heading; where the rules found none
        and opened a block (or left the line out of every block), a run of lines scoring
        ``model_heading`` or more (a capitalised first line) is one."""
        if self.roles is None:
            return heading
        scores = self.roles["heading"]
        if heading is not None:
            return None if _vetoed(heading, self.roles["veto"]) else heading
        if (scores[i] < PLAIN_LIMITS["model_heading"] or not starts_uppercase(self.lines[i].text)
                or not self.roles["block_start"][i] or _numbered_figure(self.lines[i].text)):
            return None
        block = [self.lines[i]]
        j = i + 1
        while (j < len(self.lines) and len(block) < PLAIN_LIMITS["title_max_lines"] and j not in self.held
               and not self.lines[j].page_start and scores[j] >= PLAIN_LIMITS["model_heading"]):
            block.append(self.lines[j])
            j += 1
        return self._labelled(block)

    def _labelled(self, block: list[Line]) -> Heading:
        """A heading of the ``block`` lines with its label, if a label opens it: a label
        line over the title, a label lead, a counted series' number, a unit word's number."""
        first, k = block[0].text, block[0].index
        if len(block) > 1 and LABEL_ALONE.match(first):
            return Heading(alone_label(first), block[1:], 0)
        if len(block) > 1 and k in self.worded_alone:
            return Heading(self.worded_alone[k], block[1:], 0)
        if len(block) > 1 and _NUMBER_LINE.match(first.strip()):
            return Heading(first.strip(), block[1:], 0)  # "Entry 4.2" over its title
        dated = dated_lead(first) if k in self.dated_heads else None
        if dated:
            return Heading(dated, block, len(dated.split()))
        lead = LABEL_LEAD.match(first)
        if lead:
            return Heading(_label(lead_label(lead)), block, len(lead.group(0).split()))
        if k in self.sequence:
            return Heading(self.sequence[k], block, 1)
        if k in self.unit_sequence:
            return Heading(self.unit_sequence[k], block, 2)
        numbered = _NUMBERED_TITLE.match(first)
        if numbered:
            return Heading(numbered.group(1), block, len(numbered.group(1).split()))
        return self._number_label(Heading(None, block, 0))

    def _kicker_over_title(self, i: int) -> bool:
        """The first line is a kicker, not the title: a short line in capitals (or naming
        where the panel stands, "East Hall Panel 2 of 5", "TOUR STOP 4"), ending no sentence, over a title that is whole without it (a line ending in a colon and its
        completion, in mixed case), then the body."""
        if not self._kicker_line(i):
            return False
        j = i + 2 if self._kicker_line(i + 1) else i + 1  # two such lines ("Wing B · Room 4" / a notice)
        if j + 2 >= len(self.lines):
            return False
        text = self.lines[i].text
        return bool(self._title_whole_by_colon(j)) or (
            (_parted_kicker(text) or SERIES_COUNT_END.search(text.strip()) is not None
             or _numbered_capitals(text)) and self._title_over_body(j)) or (
            in_capitals(text) and self._title_over_body(j, int(PLAIN_LIMITS["broken_title_lines"]))) or (
            in_capitals(text) and _place_and_date(text) and self._title_over_body(j))

    def _title_over_body(self, j: int, least: int = 1) -> bool:
        """Lines from ``j`` are a title in mixed case (``least`` to ``kicker_title_lines``
        title lines, the last ending no phrase open), then a line that is no title. (A line in
        capitals over a mixed-case title broken over ``broken_title_lines`` lines or more --
        display type too large for one line -- is its kicker: a subtitle runs on one line.)"""
        end = j
        while (end < len(self.lines) and end - j < PLAIN_LIMITS["kicker_title_lines"]
               and _title_text(self.lines[end].text) and not in_capitals(self.lines[end].text)):
            end += 1
        return j + least <= end < len(self.lines) and not _continues(self.lines[end - 1].text) and not _title_text(
            self.lines[end].text)

    def _title_whole_by_colon(self, j: int) -> list[Line]:
        """The title lines from line ``j``, in mixed case, of at most ``kicker_title_lines``
        lines, whole by a colon and its completion ("Carts and Tolls:" / "The Salt Road"
        / "of the Estuary"), then a line that is no title (the body); or none."""
        end = j
        while (end < len(self.lines) and end - j < PLAIN_LIMITS["kicker_title_lines"]
               and _title_text(self.lines[end].text) and not in_capitals(self.lines[end].text)):
            end += 1
        title = list(self.lines[j:end])
        return title if end < len(self.lines) and _completed_by(title) else []

    def _kicker_line(self, i: int) -> bool:
        """A short line ending no sentence in capitals, naming where the panel stands, or
        in sentence case (a notice: "Please do not touch"), which no title is."""
        if i >= len(self.lines):
            return False
        text = self.lines[i].text
        if _parted_kicker(text):
            return True  # (short parts: however long the line, no body line)
        if ends_sentence(text) or len(text) > PLAIN_LIMITS["title_line"] * self.width[i]:
            return False
        return in_capitals(text) or locator(text) or (starts_uppercase(text) and not raw_title_like(text))

    def _dated_entry(self, i: int) -> bool:
        """Line ``i`` opens a strip of dated entries: a year alone on its line over a line
        opening a sentence, another year alone within ``strip_reach`` lines ("1862" /
        "Congress passes the act." / "1863" / …)."""
        reach = self.lines[i + 2 : i + 2 + int(PLAIN_LIMITS["strip_reach"])]
        return (
            year_line(self.lines[i].text)
            and i + 1 < len(self.lines)
            and starts_uppercase(self.lines[i + 1].text)
            and any(year_line(line.text) for line in reach)
        )

    def _capitals_heading(self, i: int) -> list[Line]:
        """A title set in capitals over a body in mixed case is a heading by its type alone,
        whatever the column's measure (a narrow card's heading over its short body lines):
        up to ``capitals_title_lines`` lines in capitals on one page, ending no sentence,
        then a line opening a sentence in mixed case. Its lines, or []."""
        if i == self.first:
            return []
        block: list[Line] = []
        for line in self.lines[i : i + int(PLAIN_LIMITS["capitals_title_lines"]) + 1]:
            if not in_capitals(line.text) or (block and line.page_start):
                break
            block.append(line)
        nxt = block[-1].index + 1 if block else len(self.lines)
        if not block or nxt >= len(self.lines) or len(block) > PLAIN_LIMITS["capitals_title_lines"]:
            return []
        text = " ".join(line.text for line in block)
        if match_label(text) or ends_sentence(text) or text.lower().startswith(CREDIT_LEADS) or _continues(text):
            return []
        body = self.lines[nxt].text
        return block if starts_uppercase(body) and not in_capitals(body) and len(body.split()) > 1 else []

    def _kicker_heading(self, i: int) -> Heading | None:
        """A kicker over a title after the opening one ("14 June 1861", "Stop 3" over
        "The Great Firing", then a full body line): a line of at most ``kicker_words``
        words opening or closing on a numeral, ending no sentence, is the title's label, unless the
        title opens on its own dotted section number (``numbered_titles_keep_labels``)."""
        if i == self.first or i + 1 >= len(self.lines):
            return None  # (the kicker and its title need two lines: a text of one line has none)
        text = self.lines[i].text.strip()
        numbered = numbered_kicker(text, int(PLAIN_LIMITS["kicker_words"]))
        if not (numbered or self._word_kicker(i)) or _numbered_title(text):
            return None
        if LABEL_ALONE.match(text):
            return None  # a panel label ("Room 1"): stored by its identifier below
        title = self._title_block(i + 1, 0)
        if not title or len(title) > PLAIN_LIMITS["kicker_title_lines"] or not _plain_title(title) or not all(self._short(t) for t in title):
            return None
        if PLAIN_LIMITS["numbered_titles_keep_labels"] and _OWN_SECTION_NUMBER.match(title[0].text.strip()):
            return None  # the title carries its own number: the line over it is its kicker
        nxt = title[-1].index + 1
        if nxt < len(self.lines) and self.lines[nxt].length >= PLAIN_LIMITS["body_after_title"] * self.width[nxt]:
            return Heading(text, title, 0)
        return None

    def _word_kicker(self, i: int) -> bool:
        """Line ``i`` is one capitalised word ending no sentence ("Before", "Why") in a
        document whose other headings carry kickers with numerals ("1814" over its title) at
        least ``word_kicker_series`` times: a kicker of that series in words."""
        text = self.lines[i].text.strip()
        if len(text.split()) != 1 or not text[:1].isupper() or ends_sentence(text) or _continues(text):
            return False
        if self._kicker_series is None:
            self._kicker_series = sum(
                1 for k, line in enumerate(self.lines[:-1])
                if numbered_kicker(line.text.strip(), int(PLAIN_LIMITS["kicker_words"]))
                and not LABEL_ALONE.match(line.text.strip()) and _plain_title([self.lines[k + 1]]))
        return self._kicker_series >= PLAIN_LIMITS["word_kicker_series"]

    def _subtitle_at(self, i: int) -> bool:
        """Line ``i``, right under the opening title, is its subtitle: one title-case line
        ending no sentence, before the body ("Flour and Tide:" / "The Estuary Mills" /
        "Millers and Tides on the Marsh, 1790–1880" / "The first mill …")."""
        if len(self.entries) != 1 or i + 1 >= len(self.lines):
            return False
        title = self.entries[0]
        if not isinstance(title, Heading) or title.label or title.lines[-1].index != i - 1:
            return False
        line, nxt = self.lines[i], self.lines[i + 1]
        if LABEL_ALONE.match(line.text) or LABEL_LEAD.match(line.text) or match_label(line.text):
            return False
        # longer than the title's lines and than a heading's usual measure: a deck line,
        # not the first panel's short heading
        if (starts_uppercase(line.text) and not ends_sentence(line.text) and not _continues(line.text)
                and (LABEL_ALONE.match(nxt.text) or LABEL_LEAD.match(nxt.text))):
            return True  # a deck line between the title and the first panel's label ("Room 1")
        if self._deck_line(title.lines, i) or (len(title.lines) > 1 and self._dated_deck(i)):
            return True
        if self._dated_deck(i + 1) and starts_uppercase(line.text) and not ends_sentence(line.text) and (
                not _continues(line.text)):
            return True  # a deck in any case over the panel's date line ("… Powder, 1828" / "Leiden, 1790–1842")
        long_line = line.length >= PLAIN_LIMITS["body_after_title"] * self.width[i] and line.length > max(
            t.length for t in title.lines)
        return (
            long_line
            and _plain_title([line])
            and not ends_sentence(line.text)
            and not _continues(line.text)
            and starts_uppercase(nxt.text)
            and not raw_title_like(nxt.text)
        )

    def _title_over_deck(self, block: list[Line] | None) -> list[Line]:
        """The opening title lines of ``block`` when its last line is a deck under them: the
        lines before it a plain title, closed; the deck one line in sentence case (no title),
        ending no sentence; the body opening under it ("The Day the Bridge Fell" / "The storm
        of 28 December 1879" / body)."""
        if not block or len(block) < 2:
            return []
        title = block[:-1]
        if not _plain_title(title) or _continues(title[-1].text) or _plain_title(block[-1:]):
            return []
        return title if self._deck_line(title, block[-1].index) else []

    def _deck_line(self, title: list[Line], i: int) -> bool:
        """Line ``i``, right under the opening ``title``, is its deck: short, in sentence case
        (its words after the first not capitalised as a title's are), ending no sentence and
        leaving no phrase open, over a line that opens the body."""
        line = self.lines[i]
        if i + 1 >= len(self.lines) or not starts_uppercase(line.text) or raw_title_like(line.text) and _plain_title([line]):
            return False
        if ends_sentence(line.text) or _continues(line.text) or not self._short(line):
            return False
        after = i + 1 + int(self._dated_deck(i + 1))  # (the panel's date line under the deck, round 57)
        return starts_uppercase(self.lines[after].text) and self._opens_body(after, title)

    def _dated_deck(self, i: int) -> bool:
        """With ``dated_decks`` on, line ``i`` is a place and a date alone ("Leiden, 1790–1842") over a body line,
        under a deck closing on its own date: a panel's date line under its title's deck, which the deck may stand
        over as over the body."""
        if not PLAIN_LIMITS["dated_decks"] or i + 1 >= len(self.lines):
            return False
        if i == 0 or not _CLOSING_YEAR.search(self.lines[i - 1].text):
            return False  # (the deck over it dated already: "… Powder, 1828"; else a title's last line, "Winter, 1709")
        return bool(PLACED_DATE.match(self.lines[i].text.strip())) and starts_uppercase(self.lines[i + 1].text) and (
            self.lines[i + 1].length >= PLAIN_LIMITS["body_after_title"] * self.width[i + 1])

    def _label_line_heading_after_unfinished(self, i: int) -> bool:
        """A panel label alone on its line ("Room B") over a title and a full body line
        opens a section even after a block that ends no sentence (the columns of the
        extraction interleave a caption there), and so does a title line opening with a
        label counting up with the others' ("2 The Mill") after a short line (a footer read
        there); not after a word or phrase that must go on."""
        prev = self.lines[i - 1] if i else None
        if prev is None or prev.text.rstrip().endswith((",", *LINE_HYPHENS)) or _continues(prev.text):
            return False
        if i in self.sequence and self._short(prev):  # "2 The Mill" after a short line (a footer, an address)
            title = self._title_block(i, 1)
        elif not self._label_line_heading(i):
            return False
        else:
            title = self._title_block(i + 1, 0)
        nxt = title[-1].index + 1 if title else len(self.lines)
        if nxt < len(self.lines) and self.lines[nxt].length >= PLAIN_LIMITS["body_after_title"] * self.width[nxt]:
            return True
        return bool(PLAIN_LIMITS["listed_label_heads"]) and nxt < len(self.lines) and _next_label_alone(
            self.lines[i].text, self.lines[nxt].text)

    def _title_opened_before(self, heading: Heading) -> Heading:
        """An unlabelled heading opening in lower case ("at Dawn:") goes on a title line read
        as the last line of the paragraph before it (a short line in title case, ending no
        sentence: "A Rescue"): that line opens the heading, taken out of the paragraph."""
        first = heading.lines[0]
        para = self.para
        if (heading.label is not None or not starts_lowercase(first.text) or para is None or not self.entries
                or self.entries[-1] is not para or para.last.index != first.index - 1):
            return heading
        prev = para.last
        if not self._short(prev) or ends_sentence(prev.text) or not raw_title_like(prev.text):
            return heading
        para.lines.pop()
        if not para.lines:
            self.entries.pop()
        return Heading(None, [prev, *heading.lines], 0, heading.subtitle)

    def _question_heading(self, i: int) -> Heading | None:
        """A question in title case on a short line of its own ("Why Did It Sink?") over a
        capitalised line opens a heading wherever the text before it stopped: after a list
        row or an address line, or inside a paragraph the extraction left open (a side-bar's
        heading drawn within another story). A sentence is never in title case, so the
        line's shape is enough without the block before it ending."""
        if not PLAIN_LIMITS["question_heads_anywhere"] or i + 1 >= len(self.lines):
            return None
        line, nxt = self.lines[i], self.lines[i + 1]
        if not (_question_title(line.text) and self._short(line) and starts_uppercase(nxt.text)):
            return None
        return self._number_label(Heading(None, [line], 0))

    def _colon_title_after_list(self, i: int) -> Heading | None:
        """A title over two lines, the first ending in a colon ("The Salt Road, 1790:" /
        "Carts and Tolls"), each short, then a full body line, opens a section after a short
        line that ends no sentence (an address block, a kicker: a leaflet's panels read on
        from one to the next); never after a full line of running prose."""
        if not 0 < i < len(self.lines) - 2:
            return None
        prev, first = self.lines[i - 1], self.lines[i]
        if not self._short(prev) or prev.text.rstrip().endswith((",", *LINE_HYPHENS)) or _continues(prev.text):
            return None
        if not (first.text.rstrip().endswith(":") and self._short(first)):
            return None
        title = self._title_block(i, 0)
        if len(title) != 2 or not _completed_by(title) or not self._short(title[-1]) or not _plain_title(title, True):
            return None
        nxt = self.lines[title[-1].index + 1]
        if not starts_uppercase(nxt.text) or nxt.length < PLAIN_LIMITS["body_after_title"] * self.width[nxt.index]:
            return None
        return self._number_label(Heading(None, title, 0))

    def _measure_changed(self, i: int) -> bool:
        """A title at line ``i`` right after an open paragraph's unfinished line heads a box
        set to another measure: the paragraph's last ``measure_change_lines`` lines (a
        column's full lines, ``measure_change_even``, a sentence running on from one to the
        next) are all shorter than the box's first
        two lines under the title by ``measure_change_heads`` (a side-bar across the columns
        the extraction read in the middle of a column's sentence); no date ends the
        sentence there. The paragraph goes on after the box
        (``_continued_paragraphs``)."""
        factor = PLAIN_LIMITS["measure_change_heads"]
        least = int(PLAIN_LIMITS["measure_change_lines"])
        para = self.para
        if not factor or para is None or para.last is not self.lines[i - 1] or (self.cap is not None and self.cap_open):
            return False
        if para.last.text.rstrip().endswith((",", *LINE_HYPHENS)):
            return False  # a word or clause cut at the line's end goes on in the next line
        title = self._title_block(i, 0)
        if not title:
            return False
        if any(date_line(line.text) or year_line(line.text) for line in title):
            return False  # "… They burned the ship in" / "January 1790": the sentence's end
        under = self.lines[title[-1].index + 1 : title[-1].index + 3]
        lines = para.lines[-least:]
        column = max(line.length for line in lines)
        if len(lines) < 2 or min(line.length for line in lines) < PLAIN_LIMITS["measure_change_even"] * column:
            return False  # a column's full lines, not a block of short ones (an address, a credit)
        if not any(starts_lowercase(line.text) for line in lines[1:]):
            return False  # prose running on from line to line, not a list of names (a map's, an address)
        return len(under) == 2 and under[0].text[:1].isupper() and all(
            line.length >= factor * column and line.index not in self.held and line.page == title[0].page
            for line in under)

    def _label_line_heading(self, i: int) -> bool:
        """Line ``i`` is a panel label alone on its line over a title ("Section II", or a
        counted number word, ``worded_alone_labels``)."""
        alone = bool(LABEL_ALONE.match(self.lines[i].text)) or self.lines[i].index in self.worded_alone
        return alone and bool(self._title_block(i + 1, 0)) if i + 1 < len(self.lines) else False

    def _number_label(self, heading: Heading) -> Heading:
        """A number opening an unlabelled title is its label when it is zero-padded
        ("07 Harbour Lights") or the running heads repeat the title without it
        ("12 Harbour Lights: …" under the header "Harbour Lights")."""
        words = [w for w, _ in heading.lines[0].words]
        if heading.label is not None or heading.skip_words or len(words) < 2:
            return heading
        number = words[0]
        if not re.fullmatch(r"\d{1,3}", number):
            return heading
        rest = _words_key(" ".join([*words[1:], *(ln.text for ln in heading.lines[1:])]))
        echoed = any(
            len(head.split()) >= 2 and f"{rest} ".startswith(f"{head} ") for head in self.running
        )
        if echoed or (len(number) > 1 and number.startswith("0")):
            return Heading(number, heading.lines, 1)
        return heading

    def _dated_title(self, i: int) -> Heading | None:
        """The text's first line, a title, over a line holding only its years
        ("… War Crimes Trials" / "(1945–1948)", or "… Relations," / "1981–1991": a comma
        before the years they complete), then a capitalised line."""
        if i + 2 >= len(self.lines):
            return None
        line, years, after = self.lines[i], self.lines[i + 1], self.lines[i + 2]
        head = line.text.rstrip()
        comma = head.endswith(",")
        if not (_YEARS_LINE.match(years.text.strip()) and _plain_title([line], commas=comma)
                and (comma or not _continues(head))):
            return None
        if not comma and self._kicker_heading(i + 1) is not None:
            return None  # the years label the first entry under the title ("1802" / "A Charter" / body)
        return Heading(None, [line, years], 0) if starts_uppercase(after.text) else None

    def _opening_title(self, line: Line, title: list[Line] | None = None) -> bool:
        """The text's first line (or ``title``, lines ending with ``line``) is its title
        when it reads as one (title case, no sentence) and body text follows, however
        long it is against narrow columns."""
        nxt = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        # (a title whole by its colon may hold a comma: "Three Rivers, One Town:" / "…")
        completed = title is not None and _completed_by(title) and _plain_title(title, commas=True)
        return (
            nxt is not None
            and (_plain_title(title or [line]) or completed)
            and not _continues(line.text)
            and starts_uppercase(nxt.text)
            and (not raw_title_like(nxt.text) or self._label_line_heading(nxt.index)
                 or (title is not None and _completed_by(title) and self._heading_then_body(nxt.index)))
        )

    def _heading_then_body(self, j: int) -> bool:
        """Line ``j`` opens a short title over a full body line (the first panel's
        heading right under the unit title)."""
        title = self._title_block(j, 0)
        nxt = title[-1].index + 1 if title else len(self.lines)
        return (
            nxt < len(self.lines)
            and all(self._short(t) for t in title)
            and self.lines[nxt].length >= PLAIN_LIMITS["body_after_title"] * self.width[nxt]
        )

    @staticmethod
    def _title_filled(block: list[Line], line: Line) -> bool:
        """The title in ``block`` wrapped mid-phrase already (a line of it left open on a
        function word or comma: its lines are filled to the title's measure), and the first
        word of ``line`` would have fitted after its last line: the title ended there, the
        line is the text's (``title_fill``, a share of the title's longest line)."""
        share = PLAIN_LIMITS["title_fill"]
        if not share or _continues(block[-1].text) or not any(_continues(b.text) for b in block[:-1]):
            return False
        return block[-1].length + 1 + len(line.words[0][0]) <= share * max(b.length for b in block)

    def _title_block(self, first: int, skip: int) -> list[Line]:
        """Title lines from ``first`` (its first ``skip`` words are a label), or [].

        A title line is short, or all capitalised and not followed by the lower-case
        rest of a sentence; a line ending in a function word or comma must go on.
        The whole title reads as title case and is followed by a capitalised line.
        """
        head = self.lines[first]
        text = " ".join(w for w, _ in head.words[skip:])
        asked = self._question_block(first, text)
        if asked:
            return asked
        question = _question_title(text)
        if not text or match_label(head.text) or (ends_sentence(text) and not question) or text.lower().startswith(
            CREDIT_LEADS
        ):
            return []  # (a line opening with a credit lead, "© Name", credits a picture)
        labelled = skip > 0 or (first > 0 and bool(LABEL_ALONE.match(self.lines[first - 1].text)))
        if not (_title_text(text) or _continues(text) or (labelled and starts_uppercase(text))):
            return []
        if not self._short(head, len(text)) and not _continues(text):
            return []
        block = [head]
        j = len(self.lines) if question else first + 1  # a question ends its title
        while j < len(self.lines) and len(block) < PLAIN_LIMITS["title_max_lines"]:
            line = self.lines[j]
            if (ends_sentence(line.text) or match_label(line.text) or line.page_start or j in self.glued_notes
                    or j in self.run_in_bodies):
                break
            if (LABEL_ALONE.match(line.text) or LABEL_LEAD.match(line.text) or j in self.sequence
                    or j in self.dated_heads) and not _continues(block[-1].text):
                break  # a panel label opens the next heading ("Section II", "II. The Mill", "2 The Mill")
            if (first == self.first and _completed_by(block) and not _continues(block[-1].text)
                    and starts_uppercase(line.text)):
                break  # "Flour and Tide:" / "The Estuary Mills": the title is whole
            if not (_continues(block[-1].text) or self._title_line(j)) or self._dated_entry(j):
                break
            if first == self.first and len(block) > 1 and self._dated_deck(j) and not _continues(block[-1].text):
                break  # the panel's date line under a title and its deck (round 57)
            if skip and _LISTED_NAME.search(line.text) and not _continues(block[-1].text):
                break  # after a whole labelled title line, a line listing names is the body's
            if (skip and PLAIN_LIMITS["tombstone_titles"] and not _continues(block[-1].text)
                    and self._tombstone_after(Heading(None, block, 0)) and self._credited_tombstone(j)):
                break  # "1 The Pocket Guide" / "Ada Marr, printer" / "1839" / …: the object's tombstone under it
            if self._title_filled(block, line):
                break  # "C Everything from Radios to" / "Pipes": the next word would have fitted after "Pipes"
            if (skip and first in self.sequence and PLAIN_LIMITS["labelled_title_fits"] and len(block) == 1
                    and not _continues(block[-1].text)
                    and block[-1].length + 1 + len(line.words[0][0]) <= line.length):
                break  # "2 The Great Death Pit" / "A Flood Beneath the City": "A" would have fitted on the first

            block.append(line)
            j += 1
        while block:  # the longest run of lines that reads as a whole title
            if self._whole_title(text, block, labelled):
                return block
            block.pop()
        return []

    def _question_block(self, first: int, text: str) -> list[Line]:
        """A question set as a title over short lines ("Who Broke" / "the Seal?"): the lines
        from ``first`` (its text ``text``, a label left out) to the first ending in a question
        mark, all short and none ending a sentence before it, whose words read as one question
        title (``_question_title``) over a capitalised line; or []."""
        block: list[Line] = []
        j = first
        while j < len(self.lines) and len(block) < PLAIN_LIMITS["title_max_lines"]:
            line = self.lines[j]
            if (block and line.page_start) or not self._short(line) or match_label(line.text):
                return []
            block.append(line)
            if line.text.rstrip().endswith("?"):
                break
            if ends_sentence(line.text):
                return []
            j += 1
        if len(block) < 2 or not block[-1].text.rstrip().endswith("?"):
            return []  # (a question on one line is the ordinary title's case)
        nxt = block[-1].index + 1
        asked = " ".join([text, *(line.text for line in block[1:])])
        if nxt >= len(self.lines) or not starts_uppercase(self.lines[nxt].text) or not _question_title(asked):
            return []
        return block

    def _whole_title(self, text: str, block: list[Line], labelled: bool) -> bool:
        """``block`` (its first line's text ``text``) is a complete title before the body.

        A labelled title may be in sentence case ("7. Ships leaving the harbour").
        """
        title = " ".join([text, *(line.text for line in block[1:])])
        if len(title) > PLAIN_LIMITS["title_max_chars"] or _continues(block[-1].text):
            return False
        nxt_text = self.lines[block[-1].index + 1].text if block[-1].index + 1 < len(self.lines) else ""
        if len(block) > 1 and not _continues(block[-2].text) and (date_line(block[-1].text) or date_line(nxt_text)):
            return False  # an object's maker and date under its whole title ("Name / Maker / 27 May 1860")
        if not (_title_text(title) or (labelled and not ends_sentence(title))):
            return False
        j = block[-1].index + 1
        nxt = self.lines[j] if j < len(self.lines) else None
        return (
            nxt is None or starts_uppercase(nxt.text) or nxt.text[:1] in "“\"'‘(" or j in self.drop_caps
        )

    def _title_line(self, j: int) -> bool:
        """Line ``j`` may go on a title (the previous line did not have to go on)."""
        line = self.lines[j]
        prev = self.lines[j - 1]
        nxt = self.lines[j + 1] if j + 1 < len(self.lines) else None
        lower = starts_lowercase(line.text)
        if ENDS_WITH_YEAR.search(prev.text) and not (lower and self._short(line)):
            return False  # "…, 1820–1890" closes a title ("… 1801–1805" / "and 1815–1816" goes on)
        if self._short(prev) and not self._short(line) and not _continues(prev.text):
            return False  # a full line after a short whole one: the body, however capitalised
        followed_by_rest = nxt is not None and starts_lowercase(nxt.text) and not _continues(line.text)
        if followed_by_rest and not self._short(line):
            return False  # the body's first line, its sentence going on below
        if lower:
            return self._short(line) and _title_text(line.text)
        return (self._short(line) and _title_text(line.text)) or _all_capitalised(line.text)

    def _opens_body(self, i: int, title: list[Line]) -> bool:
        """Line ``i``, under the short ``title`` lines, is a full body line: on the page's
        full line, or on the measure of the block it opens (a narrow column on a page of
        wider text), the title's lines then short on that measure too."""
        line = self.lines[i]
        if line.length >= PLAIN_LIMITS["body_after_title"] * self.width[i]:
            return True
        if any(year_line(t.text) for t in title):
            return False  # a year alone over an entry labels it (a strip of dates), no heading
        words = " ".join(t.text for t in title).split()
        if line.page != title[-1].page or any(lead_at(words, k) for k in range(len(words))):
            return False  # the body opens on the title's page; a credit titles nothing
        block = self.lines[i : i + int(PLAIN_LIMITS["measure_lines"])]
        wrapped = [ln.length for ln in block if ln.page == line.page and not ends_sentence(ln.text, lenient=True)]
        if len(wrapped) < PLAIN_LIMITS["measure_wrapped"]:
            return False
        measure = max(wrapped)
        return (line.length >= PLAIN_LIMITS["body_after_title"] * measure
                and all(t.length <= PLAIN_LIMITS["title_line"] * measure for t in title))

    def _short(self, line: Line, length: int | None = None) -> bool:
        size = line.length if length is None else length
        return size <= PLAIN_LIMITS["title_line"] * self.width[line.index]

    # ------------------------------------------------------------ captions

    def _caption_takes(self, i: int) -> bool:
        cap = self.cap
        assert cap is not None
        line = self.lines[i]
        if match_label(line.text) or figure_lead(line.text) or line.separator_before or line.gap_before:
            return False  # (the next picture's caption)
        if LABEL_ALONE.match(line.text) or _numbered_title(line.text) or i in self.lettered_heads:
            return False  # a panel label opens the next section
        if i <= self.cap_through:  # the caption's own measure goes on to its credit
            cap.lines.append(line)
            self._check_caption(i)
            return True
        last = cap.last
        interrupting = self.para is not None and cap in self.para.deferred
        if interrupting and ends_sentence(last.text) and starts_lowercase(line.text):
            return False  # the paragraph the caption cut into goes on after its sentence
        if interrupting and starts_lowercase(line.text) and line.length >= PLAIN_LIMITS["caption_measure_out"] * max(
                ln.length for ln in cap.lines):
            # the paragraph goes on in its own, wider measure; a line after the caption's
            # last sentence that is none itself is the caption's credit
            if cap.credit is None and len(cap.lines) >= 2 and ends_sentence(cap.lines[-2].text) and not (
                    ends_sentence(last.text, lenient=True) or _continues(last.text)):
                cap.credit = (len(cap.lines) - 1, 0)
            return False
        full = not self._cap_fits(cap, last, line.words[0][0])  # the caption's text wrapped
        going_on = not ends_sentence(_caption_end_text(last.text)) or starts_lowercase(line.text) or full
        wide = line.length > PLAIN_LIMITS["caption_wider"] * self.width[i]
        credit_tail = _credit_in_progress(last) and is_credit(line.text.split(), True)
        measure = cap.position is not None and self._measure_goes_on
        if not (going_on or wide or credit_tail) and not (measure and measure(cap, i - 1)):
            return False
        cap.lines.append(line)
        self._check_caption(i)
        return True

    def _word_page_edge(self, i: int) -> bool:
        """Line ``i`` and the line before it stand one on a page written one word a line
        (``word_page_lines``), the other not: a panel set another way ends or begins there."""
        return i > 0 and (i in self.word_page) != (i - 1 in self.word_page)

    def _word_page_label(self, i: int) -> str | None:
        """A panel label whose unit word and number a page written one word a line
        (``word_page_lines``) printed on two lines ("Part" / "Two"): the label as
        ``alone_label`` gives it, or None."""
        if i not in self.word_page or i + 2 >= len(self.lines) or i + 1 not in self.word_page:
            return None
        first = self.lines[i].text
        if LABEL_ALONE.match(first) or not self._title_block(i + 2, 0):
            return None
        return alone_label(f"{first} {self.lines[i + 1].text}")

    def _word_page_caption(self, cap: Fragment, i: int) -> int | None:
        """A caption whose position label stands alone on line ``i`` of a page written one word
        a line (``word_page_lines``), where no line's length or shape tells where it ends: its
        text runs through its first sentence end (at most ``word_caption_words`` words), and a
        credit right after it through the accession number closing it (a lead or a holder's
        name, then ", CODE 12.34", at most ``CREDIT_WORDS["listed"]`` words). The caption takes
        those lines, its credit set, and is closed; the last line taken, or None (read as any
        caption is)."""
        most = int(PLAIN_LIMITS["word_caption_words"])
        if not most or i not in self.word_page or cap.label_words != len(self.lines[i].text.split()):
            return None
        end = None
        for j in range(i + 1, min(i + 1 + most, len(self.lines))):
            if j not in self.word_page:
                return None
            if ends_sentence(self.lines[j].text):
                end = j
                break
        if end is None:
            return None
        cap.lines += self.lines[i + 1 : end + 1]
        credit: list[str] = []
        for j in range(end + 1, min(end + 1 + CREDIT_WORDS["listed"], len(self.lines))):
            if j not in self.word_page:
                break
            credit.append(self.lines[j].text)
            if _accession_closed(credit) and is_credit(credit, True):
                cap.credit = (len(cap.lines), 0)
                cap.lines += self.lines[end + 1 : j + 1]
                end = j
                break
        self.cap_open = False
        return end

    def _check_caption(self, i: int) -> None:
        """Close the caption when its last line ends it: a credit, or a short sentence end."""
        cap = self.cap
        assert cap is not None
        line = cap.last
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is not None and _credit_wraps(line, nxt):
            return  # "Courtesy of the Harbour" / "Museum"
        if line.text.endswith(LINE_HYPHENS) and nxt is not None and starts_lowercase(nxt.text):
            return  # a word broken at the line end goes on below
        short = nxt is None or self._cap_fits(cap, line, nxt.words[0][0])
        closes = short or nxt is None or bool(match_label(nxt.text)) or nxt.page_start
        cut = _trailing_credit(cap, closes)
        # a credit with a lead ("Photo:") or on a line of its own after a full stop
        # ends the caption even when the text it interrupted goes on in lower case
        interrupting = self.para is not None and cap in self.para.deferred
        sure = cut is not None and (
            interrupting  # the paragraph it cut into goes on in lower case
            or lead_at([w for w, _ in cap.lines[cut[0]].words], cut[1])
            or (cut[1] == 0 and cut[0] > 0 and ends_sentence(_caption_end_text(cap.lines[cut[0] - 1].text)))
        )
        if cut is not None and (sure or not (nxt is not None and starts_lowercase(nxt.text))):
            cap.credit = cut
            self.cap_open = False
            return
        if ends_sentence(_caption_end_text(line.text)) and closes:
            self.cap_open = cap.position is not None and self._measure_goes_on(cap, i)

    def _measure_goes_on(self, cap: Fragment, i: int) -> bool:
        """A labelled caption set in a column of its own goes on past a sentence that
        ends short, through the lines of the same narrow measure, to its credit
        ("Left: A brass level." / "Instruments like it …" / "Courtesy of …")."""
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or match_label(nxt.text) or nxt.page_start or self._heading_at(i + 1):
            return False
        was_open, self.cap_open = self.cap_open, False  # as if the caption ended here
        end = self._unlabelled_caption_end(i + 1)
        self.cap_open = was_open
        if end is None:
            return False
        narrow = PLAIN_LIMITS["own_column"] * self.width[i]
        body = [*cap.lines, *self.lines[i + 1 : end]]
        if not all(ln.length < narrow for ln in body):
            return False
        self.cap_through = end
        return True

    def _cap_fits(self, cap: Fragment, line: Line, word: str) -> bool:
        """The caption's line ended short: the next word would have fitted in its column."""
        if len(cap.lines) < 3:
            return self._fits(line, word)
        return line.length + 1 + len(word) <= PLAIN_LIMITS["fits"] * self._cap_width(cap)

    def _cap_width(self, cap: Fragment) -> int:
        """The longest of the caption's lines but its last, kept per caption and brought up to
        date with the lines added since (a caption that never closes would read all its lines
        for each new one: quadratic)."""
        kept = self._cap_widths.get(id(cap))
        seen, width = (kept[1], kept[2]) if kept is not None and kept[0] is cap and kept[1] < len(cap.lines) \
            and kept[3] is cap.lines[0] else (0, 0)
        for c in cap.lines[seen:-1]:
            width = max(width, c.length)
        self._cap_widths[id(cap)] = (cap, max(seen, len(cap.lines) - 1), width, cap.lines[0])
        return width

    def _credit_line(self, i: int) -> bool:
        """A credit on a line of its own right after a caption, or the wrapped end of one."""
        cap = self.cap
        line = self.lines[i]
        if cap is None or cap.last.index != self._before(i) or match_label(line.text):
            return False
        words = line.text.split()
        if cap.credit is not None and cap.last.text.split() and ACCESSION_CODE.match(
                f"{cap.last.text.split()[-1]} {line.text.strip()}"):
            cap.lines.append(line)  # an object's number broken after its register's letters ("… BC" / "68.117")
            return True
        if cap.credit is not None and PLAIN_LIMITS["stop_broken_numbers"] and cap.last.text.split() and (
                _STOP_REST.match(line.text.strip()) and _CODE_HEAD.match(cap.last.text.split()[-1])):
            cap.lines.append(line)  # an object's number broken at one of its stops ("…, KMT.B" / ".1884.7")
            return True
        if cap.credit is not None and PLAIN_LIMITS["register_number_wraps"] and register_number_wraps(
                cap.last.text, line.text):
            cap.lines.append(line)  # the object's number wrapped alone ("…Collection, ELC" / "77"), no label
            return True
        if _numbered_title(line.text) or LABEL_ALONE.match(line.text):
            return False  # "III. After the Meet", "Room 2": a section opens, not a credit
        if PLAIN_LIMITS["counted_heads_no_credit"] and line.index in self.sequence:
            return False  # "B The Chemist …" between "A …" and "C …": a heading of the series
        if cap.credit is not None:
            if i <= self.credit_through:
                cap.lines.append(line)  # (``_credit_before_resumed``: "Made in 1974 for the …" / "…, AC 74.2")
                return True
            if PLAIN_LIMITS["interrupting_credits"] and self.para is not None and cap in self.para.deferred and (
                    not ends_sentence(cap.last.text)) and (last := self._interrupting_credit_end(i, False)) is not None:
                self.credit_through = last  # the credit's rest under a caption set inside a paragraph
                cap.lines.append(line)
                return True
            if words and _credit_left_open(cap.last.text, line.text):
                cap.lines.append(line)  # "Image: Ada Marr /" / "Dene Archive", "Soci-" / "ety"
                return True
            if words and self._credit_goes_on(cap, line):
                cap.lines.append(line)  # "Mining Museum," / "RB 1974.8, gift of the Lumley" / "family"
                return True
            if self._credit_closes_block(cap, i):
                cap.lines.append(line)  # "Photo: Ada" / "Marr / Dene" / "Archive", then a page break
                return True
            wrapped = not self._cap_fits(cap, cap.last, words[0]) if words else False
            # a lead split at the line end ("… Photograph" / "© Ines Caddow") goes on
            split_lead = bool(words) and widen_lead([cap.last.words[-1][0], *words], 1) == 0
            if not split_lead and (self.cap_open or not wrapped or not _credit_tail(line)
                                   or _credit_closed(cap.last.text, line.text)):
                return False
            n, k = cap.credit
            credit = [w for m in range(n, len(cap.lines)) for w, _ in cap.lines[m].words[
                (k if m == n else 0):]]
            if not is_credit(credit + words, closes_caption=True):
                return False
            cap.lines.append(line)
            return True
        if self.cap_open and not ends_sentence(cap.last.text):
            return False
        lead = line.text.lower().startswith(CREDIT_LEADS)
        if (not is_credit(words, closes_caption=lead) and not self._credit_before_resumed(cap, i)
                and not self._credit_wrapped_at_comma(i) and not self._credit_before_open_text(cap, i)):
            return False
        cap.lines.append(line)
        cap.credit = (len(cap.lines) - 1, 0)
        before = [w for w, _ in cap.lines[-2].words]
        if lead and before and widen_lead([before[-1], *words], 1) == 0:
            cap.credit = (len(cap.lines) - 2, len(before) - 1)  # "… Photograph" / "© Name"
        self.cap_open = False
        return True

    def _credit_goes_on(self, cap: Fragment, line: Line) -> bool:
        """A credit begun over lines going on (``comma_credit_lines``): after a line ending on a
        comma, a line the credit reads as a credit with; after a line ending no sentence, one
        word in lower case alone on its line ending none, the credit with it still one
        (a name's last word wrapped: "… gift of the Lumley" / "family")."""
        if not PLAIN_LIMITS["comma_credit_lines"] or cap.credit is None:
            return False
        n, k = cap.credit
        credit = [w for m in range(n, len(cap.lines)) for w, _ in cap.lines[m].words[(k if m == n else 0):]]
        words = line.text.split()
        if not is_credit(credit + words, closes_caption=True) and not (
                cap.last.text.endswith(",") and _last_sentence_credit(credit + words)):
            return False
        if cap.last.text.endswith(","):
            return True
        return len(words) == 1 and starts_lowercase(line.text) and not ends_sentence(cap.last.text) and not ends_sentence(line.text)

    def _credit_wrapped_at_comma(self, i: int) -> bool:
        """Line ``i`` opens a credit going on over the next line after a comma ("Rainton Bridge
        Mining Museum," / "RB 1974.8, gift of the …"): the two lines read as a credit whole,
        the first alone does not."""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if not PLAIN_LIMITS["comma_credit_lines"] or nxt is None or nxt.page_start or not line.text.endswith(","):
            return False
        return is_credit([*line.text.split(), *nxt.text.split()], closes_caption=False)

    def _credit_before_resumed(self, cap: Fragment, i: int) -> bool:
        """Line ``i``, after the last sentence of a caption cutting into a paragraph, is the
        caption's credit whatever its words: a short capitalised line ending no sentence,
        with the paragraph going on under it in lower case in its own, wider measure."""
        line = self.lines[i]
        if i + 1 >= len(self.lines) or self.para is None or cap not in self.para.deferred:
            return False
        nxt = self.lines[i + 1]
        if PLAIN_LIMITS["interrupting_credits"] and ends_sentence(cap.last.text):
            last = self._interrupting_credit_end(i)
            if last is not None and (last > i or PLAIN_LIMITS["marked_numbers"]):
                self.credit_through = last  # the credit's lines, then the paragraph going on
                return True
        return (
            ends_sentence(cap.last.text) and self._short(line) and starts_uppercase(line.text)
            and len(line.text.split()) <= PLAIN_LIMITS["credit_tail_words"]
            and not (ends_sentence(line.text, lenient=True) or _continues(line.text))
            and starts_lowercase(nxt.text)
            and nxt.length >= PLAIN_LIMITS["caption_measure_out"] * max(ln.length for ln in [*cap.lines, line])
        )

    def _credit_before_open_text(self, cap: Fragment, i: int) -> bool:
        """With ``open_text_credits`` on, line ``i`` is the credit of a caption cutting into a paragraph
        left open (its last line ends no sentence) whatever its words, in any measure: after the
        caption's closing sentence, one short capitalised line ending no sentence (at most
        ``open_text_credit_words`` words), the paragraph going on right under it in lower case. A line
        of the open paragraph would not end short with its text going on under it."""
        line = self.lines[i]
        if not PLAIN_LIMITS["open_text_credit_words"] or i + 1 >= len(self.lines) or self.para is None or (
                cap not in self.para.deferred or not self.para.lines):
            return False
        return (
            ends_sentence(cap.last.text) and not ends_sentence(self.para.last.text, lenient=True)
            and self._short(line) and starts_uppercase(line.text)
            and len(line.text.split()) <= PLAIN_LIMITS["open_text_credit_words"]
            and not (ends_sentence(line.text, lenient=True) or _continues(line.text))
            and starts_lowercase(self.lines[i + 1].text)
        )

    def _credit_closes_block(self, cap: Fragment, i: int) -> bool:
        """A credit on lines of its own goes on over the short lines that close its block
        (a credit set in a narrow margin: "Photo: Ada" / "Marr / Dene" / "Archive"): at most
        ``credit_tail_lines`` lines of at most ``credit_tail_words`` words each, none ending a
        sentence, up to the text's end, a page break, a heading or a badge, that with the
        credit still read as one."""
        n, k = cap.credit or (0, 0)
        if k != 0 or (n > 0 and not ends_sentence(cap.lines[n - 1].text)):
            return False
        run: list[Line] = []
        j = i
        while j < len(self.lines) and len(run) <= PLAIN_LIMITS["credit_tail_lines"]:
            line = self.lines[j]
            if run and (line.page_start or _badge(line.text.strip()) or self._capitals_heading(j)):
                break
            if len(line.text.split()) > PLAIN_LIMITS["credit_tail_words"] or ends_sentence(line.text):
                return False
            run.append(line)
            j += 1
        if not run or len(run) > PLAIN_LIMITS["credit_tail_lines"]:
            return False
        credit = [w for m in range(n, len(cap.lines)) for w, _ in cap.lines[m].words]
        return is_credit(credit + [w for line in run for w, _ in line.words], closes_caption=True)

    def _unlabelled_caption_end(self, i: int) -> int | None:
        """The last line of a caption without a label starting at ``i``, found by its credit.

        After a finished block, or inside a paragraph when the lines stand in a
        column of their own (all narrower or all wider than the page's body).
        """
        line = self.lines[i]
        if not starts_uppercase(line.text):
            return None
        limit = min(len(self.lines), i + int(PLAIN_LIMITS["caption_max_lines"]))
        for k in range(i, limit):
            cand = self.lines[k]
            if k > i and (match_label(cand.text) or cand.page_start or LABEL_ALONE.match(cand.text)):
                return None  # a panel label ("Gallery 2") opens the next section, it credits nothing
            if k > i and (figure_lead(cand.text) or NAMED_CARD_NUMBER.match(cand.text.strip())):
                return None  # a numbered picture's caption opens there: the credit is its own
            if k > i and ends_sentence(self.lines[k - 1].text) and len(cand.text.split()) > 1 and self._capitals_heading(k):
                return None  # so does a heading in capitals (of words, no lone acronym) over a body in mixed case
            if (k > i and ends_sentence(self.lines[k - 1].text) and not ends_sentence(cand.text.rstrip("?"))
                    and self._heading_at(k) is not None and not self._ends_with_credit_at(k, True)):
                return None  # or any heading after a finished sentence: a caption does not run over it
            nxt = self.lines[k + 1] if k + 1 < len(self.lines) else None
            if nxt is not None and not nxt.page_start and self._listed_credit_wraps_at(k):
                return k + 1 if self._own_measure(i, k + 1) else None
            if (k > i and nxt is not None and not nxt.page_start and PLAIN_LIMITS["listed_credit_lines"]
                    and ends_sentence(self.lines[k - 1].text) and _listed_credit_line(cand, nxt)):
                return k + 1 if self._own_measure(i, k + 1) else None  # "… winter." / "Harbour Museum," / "Glass Plates"
            if self._ends_with_credit_at(k, k > i):
                nxt = self.lines[k + 1] if k + 1 < len(self.lines) else None
                if not self._credit_ends_here(cand, nxt):
                    continue
                if k > i and self._imprint_name(k):
                    return None
                end = k + 1 if nxt is not None and _credit_wraps(cand, nxt) else k
                return end if self._caption_block(i, k) and self._credited_caption_sized(i, k) else None
        return None

    def _ends_with_credit_at(self, k: int, after_previous: bool) -> bool:
        """``_ends_with_credit`` of line ``k`` (after line ``k - 1`` or alone), worked out once:
        every line is looked at again from each of the caption starts above it."""
        key = (k, after_previous)
        if key not in self._credit_ends:
            prev = self.lines[k - 1] if after_previous else None
            counted = PLAIN_LIMITS["counted_heads_no_credit"] and self.lines[k].index in self.sequence
            self._credit_ends[key] = not counted and _ends_with_credit(self.lines[k], prev)
        return self._credit_ends[key]

    def _listed_credit_wraps_at(self, k: int) -> bool:
        """``_listed_credit_wraps`` of line ``k`` onto the next, worked out once."""
        if k not in self._listed_wraps:
            self._listed_wraps[k] = _listed_credit_wraps(self.lines[k], self.lines[k + 1])
        return self._listed_wraps[k]

    def _own_measure(self, first: int, end: int) -> bool:
        """Lines ``first..end-1`` stand in a measure of their own: all narrower or all
        wider than the page's full line."""
        shares = [ln.length / self.width[ln.index] for ln in self.lines[first:end]]
        return bool(shares) and (
            max(shares) < PLAIN_LIMITS["own_column"] or min(shares) > PLAIN_LIMITS["caption_wider"]
        )

    def _interrupting_caption_end(self, i: int) -> int | None:
        """The last line of a caption without label or credit set inside a paragraph: the
        paragraph stops mid-sentence, a few lines open in capitals and end a sentence
        short, and the paragraph goes on in lower case after them."""
        para = self.para
        if para is None or para.last.index != i - 1 or ends_sentence(para.last.text, lenient=True):
            return None
        if PLAIN_LIMITS["end_call_captions"] and ends_sentence(_without_end_call(para.last.text), lenient=True):
            return None  # a sentence closed by a note's call glued after its stop ("… that year.2") is ended
        if not starts_uppercase(self.lines[i].text) or _trailing_fact_table(para, self.width, self._fact_tails):
            return None  # (a fact table's rows stop no sentence)
        limit = min(len(self.lines) - 1, i + int(PLAIN_LIMITS["inset_caption_lines"]))
        for k in range(i, limit):
            line, nxt = self.lines[k], self.lines[k + 1]
            if k > i and (match_label(line.text) or LABEL_ALONE.match(line.text)):
                return None
            if PLAIN_LIMITS["held_stop_insets"] and line.index in self.footnotes:
                return None  # a note printed inside the paragraph: the text reads on past it, no caption
            if ends_sentence(line.text) and starts_lowercase(nxt.text):
                if PLAIN_LIMITS["sourced_no_inset"] and attribution_line(nxt.text):
                    return None  # a quotation's source under it ("— after …"), not the text going on
                ended = self._fits(line, nxt.words[0][0]) or self._wider_inset(i, k)
                return k if ended or self._credit_led(i, k) else None
            if ends_sentence(line.text) and PLAIN_LIMITS["interrupting_credits"] and nxt.index in self.turned:
                after = self.turned[nxt.index][-1].index + 1  # its credit printed one word a line, then the text
                resumed = after < len(self.lines) and starts_lowercase(self.lines[after].text)
                return k if resumed and self._fits(line, self.lines[after].words[0][0]) else None
            if ends_sentence(line.text) and PLAIN_LIMITS["interrupting_credits"]:
                last = self._interrupting_credit_end(k + 1)
                if last is not None and (self._fits(line, self.lines[last + 1].words[0][0]) or self._wider_inset(i, k)):
                    self.inset_credit = (k + 1 - i, last)
                    return last
        return None

    def _wider_inset(self, i: int, k: int) -> bool:
        """With ``wide_inset_captions`` on, one of lines ``i`` to ``k`` is wider than the page's full line by
        ``caption_wider``: a caption spanning the columns, whose lines are none of the text's."""
        if _NOTE_OPENING.match(self.lines[i].text):
            return False  # a note set wide ("¹ Now called …", "* The …"): no caption
        return bool(PLAIN_LIMITS["wide_inset_captions"]) and any(
            ln.length > PLAIN_LIMITS["caption_wider"] * self.width[ln.index] for ln in self.lines[i : k + 1])

    def _credit_led(self, i: int, k: int) -> bool:
        """With ``credit_led_insets`` on, lines ``i`` to ``k`` (more than one) open with a credit's lead whose
        line reads as a credit and end on a caption's sentence: a credit set over its caption, read by its
        lead where the caption's last line is too full to tell it from the text by its length."""
        if not PLAIN_LIMITS["credit_led_insets"] or k <= i:
            return False
        first = self.lines[i].text
        return first.lower().startswith(CREDIT_LEADS) and is_credit(first.split(), True)

    def _interrupting_credit_end(self, j: int, opening: bool = True) -> int | None:
        """The last line of a credit from line ``j`` on, under a caption set inside a paragraph:
        at most ``credit_lines`` lines in capitals ending no sentence, the run closed by an
        accession number after a comma ("… Collection, AC 74.2"), then the paragraph going on in
        lower case (the credit read by its place, a lead or keyword it need not have)."""
        if j >= len(self.lines) or (opening and not starts_uppercase(self.lines[j].text)):
            return None  # (``opening`` off: the rest of a credit begun above, "… Cercle Vélo" / "d’Hazebrouck, …")
        for m in range(j, min(len(self.lines) - 1, j + int(PLAIN_LIMITS["credit_lines"]))):
            line = self.lines[m]
            if ends_sentence(line.text) or match_label(line.text) or line.page != self.lines[j].page:
                return None
            if starts_lowercase(self.lines[m + 1].text):
                run = " ".join(ln.text for ln in self.lines[j : m + 1]).split()
                return m if _accession_closed(run) else None
        return None

    @staticmethod
    def _last_lines_on_page(lines: list, page: int | None) -> list:
        """The paragraph's lines on ``page`` (its last ones: a paragraph runs on), at most
        ``PLAIN_LIMITS["wide_paragraph_window"]`` of them, so that a paragraph of thousands of lines
        (a text with no blank line) is not read whole again at each of its lines."""
        window = int(PLAIN_LIMITS["wide_paragraph_window"])
        found: list = []
        for ln in reversed(lines):
            if ln.page != page or len(found) == window:
                break
            found.append(ln)
        return found[::-1]

    def _wide_caption_end(self, i: int) -> int | None:
        """The last line of a caption without label or credit set in a measure wider than
        the body's: after a sentence end, lines at least as long as the page's full line
        (one clearly longer) and a last line ending a sentence short, then a new sentence."""
        line = self.lines[i]
        if i == 0 or not ends_sentence(self.lines[i - 1].text, lenient=True):
            return None
        if not starts_uppercase(line.text) or LABEL_ALONE.match(line.text) or _numbered_title(line.text):
            return None
        if PLAIN_LIMITS["wide_text_under_heading"] and self.entries and isinstance(self.entries[-1], Heading) and (
                self.entries[-1].lines[-1].index == i - 1):
            return None  # a box's text set wide under its own heading ("How Did …?" / its paragraph)
        before = self.lines[i - 1]
        if before.page == line.page and before.length > self.width[i - 1]:
            return None  # the wide measure began before: a wide block (an introduction) goes on
        para = self.para
        if PLAIN_LIMITS["wide_paragraph_goes_on"] and para is not None and para.last is before and len(para.lines) > 1:
            full = self._last_lines_on_page(para.lines[:-1], line.page)
            wide = [ln for ln in full if ln.length > PLAIN_LIMITS["caption_wider"] * self.width[ln.index]]
            if full and 2 * len(wide) >= len(full):
                return None  # ... in the paragraph just ended, most of its full lines wide: a box's next paragraph
            if PLAIN_LIMITS["wide_caption_past_paragraph"] and full and median([ln.length for ln in full]) >= line.length:
                return None  # ... or its full lines as long as this one (their median): the same measure, no caption's
        end = None
        limit = min(len(self.lines), i + int(PLAIN_LIMITS["inset_caption_lines"]))
        for k in range(i, limit):
            cur = self.lines[k]
            nxt = self.lines[k + 1] if k + 1 < len(self.lines) else None
            if k > i and (cur.page_start or match_label(cur.text)):
                return None
            if cur.length < self.width[k]:  # the caption's short last line
                fits = self._fits(cur, nxt.words[0][0] if nxt is not None else "word") or (
                    nxt is not None and _numbered_title(nxt.text))  # a heading follows
                end = k if k > i and ends_sentence(cur.text) and fits else None
                break
            if k > i and ends_sentence(cur.text) and (
                nxt is None or nxt.length < self.width[k + 1]
            ):
                end = k
                break
        if end is None:
            return None
        nxt = self.lines[end + 1] if end + 1 < len(self.lines) else None
        if nxt is not None and not (starts_uppercase(nxt.text) or nxt.page_start):
            return None
        widest = max(ln.length / self.width[ln.index] for ln in self.lines[i : end + 1])
        if not self._caption_sized(i, end):
            return None
        return end if widest > PLAIN_LIMITS["caption_wider"] else None

    def _caption_sized(self, first: int, end: int) -> bool:
        """Lines ``first..end`` hold no more words than a caption found by its measure alone
        (``shape_caption_words``; 0: any number)."""
        most = int(PLAIN_LIMITS["shape_caption_words"])
        return not most or sum(len(ln.words) for ln in self.lines[first : end + 1]) <= most

    def _credited_caption_sized(self, first: int, credit: int) -> bool:
        """Lines ``first..credit-1``, one block in a measure of its own over the line holding a credit, hold
        no more words than a caption (``credit_caption_words``; 0: any number): a longer block is a column's
        paragraph, and no tail of it is a caption with that credit either. A block in the body's measure is
        left to the other checks (a long one there gave a heading under it the credit-like line)."""
        most = int(PLAIN_LIMITS["credit_caption_words"])
        if not most:
            return True
        if credit in self._prose_credits:
            return False
        if not self._own_measure(first, credit):
            return True
        if sum(len(ln.words) for ln in self.lines[first:credit]) > most:
            self._prose_credits.add(credit)
            return False
        return True

    def _narrow_caption_end(self, i: int) -> int | None:
        """The last line of a caption without label or credit set in a measure narrower
        than the body's (the width of its picture): after a sentence end, at least
        ``narrow_caption_lines`` lines of one narrow measure, the last ending a
        sentence, then the body's full measure again with a new sentence."""
        if i == 0 or not ends_sentence(self.lines[i - 1].text, lenient=True):
            return None
        line = self.lines[i]
        if not starts_uppercase(line.text) or LABEL_ALONE.match(line.text) or LABEL_LEAD.match(line.text):
            return None
        limit = min(len(self.lines) - 1, i + int(PLAIN_LIMITS["caption_max_lines"]))
        for end in range(i + int(PLAIN_LIMITS["narrow_caption_lines"]) - 1, limit):
            run = self.lines[i : end + 1]
            nxt = self.lines[end + 1]
            if any(ln.page_start or match_label(ln.text) for ln in run[1:]):
                return None
            measure = max(ln.length for ln in run[:-1])
            if measure >= PLAIN_LIMITS["narrow_measure"] * self.width[i]:
                return None
            if min(ln.length for ln in run[:-1]) < PLAIN_LIMITS["same_measure"] * measure:
                return None  # not one measure: a ragged run of body lines
            if not ends_sentence(run[-1].text) or run[-1].length > measure:
                continue
            back = nxt.length >= PLAIN_LIMITS["own_column"] * self.width[end + 1] and not nxt.page_start
            return end if back and starts_uppercase(nxt.text) and self._caption_sized(i, end) else None
        return None

    def _lone_line_caption(self, i: int) -> bool:
        """A short sentence alone on its line between two paragraphs: the paragraph
        before ended short, the line holds one sentence and ends short too, and the
        body goes on with a new sentence in a full line (a one-line caption without
        label or credit; a paragraph of one short sentence is rare in exhibit text)."""
        if i == 0 or i + 1 >= len(self.lines) or self.para is None or self.para.last.index != i - 1:
            return False
        prev, line, nxt = self.lines[i - 1], self.lines[i], self.lines[i + 1]
        if nxt.page_start or line.page_start or not starts_uppercase(nxt.text):
            return False
        if not (line.text[:1].isalpha() and line.text[:1].isupper()):
            return False  # (not an entry of a list of dates: "1823 Everest takes charge …")
        if len(line.words) > PLAIN_LIMITS["lone_caption_words"] or not line.text.endswith("."):
            return False
        if _INNER_SENTENCE_END.search(line.text) or LABEL_LEAD.match(line.text) or raw_title_like(line.text):
            return False
        return (
            ends_sentence(prev.text)
            and self._fits(prev, line.words[0][0])
            and self._fits(line, nxt.words[0][0], PLAIN_LIMITS["lone_caption_share"])
            and nxt.length >= PLAIN_LIMITS["body_after_title"] * self.width[i + 1]
        )

    def _imprint_name(self, k: int) -> bool:
        """With ``imprint_close`` on, line ``k``, a name with no credit lead, heads the lines
        closing its page: at least ``imprint_close`` of them, each of at most
        ``imprint_close_words`` words and ending no sentence (an address, opening hours): the
        institution's imprint under the text, no caption's credit."""
        least = int(PLAIN_LIMITS["imprint_close"])
        line = self.lines[k]
        words = [w for w, _ in line.words]
        if not least or any(lead_at(words, n) for n in range(len(words))):
            return False
        after = [ln for ln in self.lines[k + 1 :] if ln.page == line.page and ln.index not in self.held]

        def short(ln: Line) -> bool:
            return len(ln.text.split()) <= PLAIN_LIMITS["imprint_close_words"] and not ends_sentence(ln.text)

        if len(after) >= least and all(short(ln) for ln in after):
            return True
        # (with ``imprint_hours``: an address block inside the page, its short lines ending on opening hours)
        # (the hours line itself may say more: "Open daily 10–5 · Free entry to the galleries")
        for n, ln in enumerate(after[: int(PLAIN_LIMITS["imprint_hours"])]):
            if HOURS_RANGE.search(ln.text) is not None and not ends_sentence(ln.text) and len(
                    ln.text.split()) <= PLAIN_LIMITS["imprint_hours_words"]:
                return n + 1 >= least
            if not short(ln):
                return False
        return False

    def _credit_ends_here(self, line: Line, nxt: Line | None) -> bool:
        """A credit without a lead ("National Archives", "LOC") ends its caption: the
        line stops short, or the next line starts something new."""
        words = [w for w, _ in line.words]
        if any(lead_at(words, k) for k in range(len(words))):
            return True
        if nxt is None or match_label(nxt.text) or nxt.page_start or nxt.separator_before:
            return True
        return self._fits(line, nxt.words[0][0]) or _credit_in_progress(line)

    def _cut_short(self, i: int) -> bool:
        """The line before ``i`` stops short in mid-sentence: something was set into
        the paragraph there (a figure and its caption)."""
        if i == 0:
            return False
        prev = self.lines[i - 1]
        word = self.lines[i].words[0][0]
        return not ends_sentence(prev.text, lenient=True) and self._fits(prev, word)

    @staticmethod
    def _ends_short_inside(body: list[Line]) -> bool:
        """A line of the run ends a sentence where the next line's first word would
        have fitted in the run's measure: a paragraph ended there, the run is no one
        caption in a column of its own."""
        measure = max(ln.length for ln in body)
        return any(
            ends_sentence(a.text) and a.length + 1 + len(b.words[0][0]) <= measure
            for a, b in zip(body, body[1:], strict=False)
        )

    def _narrows_inside(self, body: list[Line]) -> bool:
        """The run goes from the body's full measure into a narrow one of its own for
        its last ``narrow_caption_lines`` lines or more: the caption is the narrow
        run, set after (or into) a paragraph of the body."""
        least = int(PLAIN_LIMITS["narrow_caption_lines"])
        for k in range(1, len(body) - least + 1):
            head, tail = body[:k], body[k:]
            if max(ln.length / self.width[ln.index] for ln in head) < PLAIN_LIMITS["own_column"]:
                return False  # the run starts narrow: no change of measure
            measure = max(ln.length for ln in tail[:-1])
            if measure >= PLAIN_LIMITS["own_column"] * self.width[tail[0].index]:
                continue
            if min(ln.length for ln in tail[:-1]) >= PLAIN_LIMITS["same_measure"] * measure:
                return True
        return False

    @staticmethod
    def _widens_inside(body: list[Line]) -> bool:
        """With ``widens_inside`` on, the run goes from a measure of at least two lines into lines
        all ``caption_wider`` longer than the longest of them (its last line aside, short by
        nature): the wider lines are a caption set into the paragraph (or after it), not
        the paragraph's own lines."""
        if not PLAIN_LIMITS["widens_inside"]:
            return False
        for k in range(2, len(body) - 1):
            head, tail = body[:k], body[k:-1]
            if min(ln.length for ln in tail) > PLAIN_LIMITS["caption_wider"] * max(ln.length for ln in head):
                return True
        return False

    def _runs_on(self, line: Line) -> bool:
        """A line of running text that goes on into the next: no sentence end, no title."""
        return not ends_sentence(line.text, lenient=True) and not raw_title_like(line.text)

    def _breaks_early(self, first: int, credit: int) -> bool:
        """Lines ``first..credit-1`` hold more words than a caption (``shape_caption_words``) and break
        ``caption_early_breaks`` times or more where no wrapped text would: a line ending no sentence (nor a
        word broken at a hyphen) though the next line's first word would have fitted the run's own measure --
        a table's rows, a heading over a side-bar's text; no one caption."""
        early = int(PLAIN_LIMITS["caption_early_breaks"])
        if not early or credit - first < early or self._caption_sized(first, credit - 1):
            return False  # (a short run of rows over a caption is an object's label with it: read as before)
        run = self.lines[first : credit + 1]
        measure = PLAIN_LIMITS["paragraph_fits"] * max(ln.length for ln in run[:-1])
        return sum(
            not ends_sentence(a.text) and not a.text.endswith(LINE_HYPHENS) and a.length + 1 + len(b.words[0][0]) <= measure
            for a, b in zip(run[:-1], run[1:], strict=False) if b.words
        ) >= early

    def _caption_block(self, first: int, credit: int) -> bool:
        """Lines ``first..credit`` may be one caption: their own column, or one
        finished block with no paragraph end inside."""
        body = self.lines[first:credit]
        if self._narrows_inside(body) or self._widens_inside(body) or self._breaks_early(first, credit):
            return False
        if self._wide_after_paragraph_line(first, credit):
            return False
        if body and len(body) >= 2 and not self._ends_short_inside(body):
            lengths = [b.length for b in body[:-1]]
            width = self.width[first]
            # the body lines around (a caption just before is no measure of the body)
            captioned = {ln.index for e in self.entries if isinstance(e, Fragment) and e.kind == "caption"
                         for ln in e.lines}
            # (lines going on into the next: a paragraph's last line or a heading is short by nature)
            around = [ln.length for ln in self.lines[max(0, first - 3) : first]
                      if ln.index not in captioned and self._runs_on(ln)]
            around += [ln.length for ln in self.lines[credit + 1 : credit + 4] if self._runs_on(ln)]
            narrow = max(lengths) < PLAIN_LIMITS["own_column"] * width
            wide = min(lengths) > PLAIN_LIMITS["caption_wider"] * width or (
                len(around) >= 3 and min(lengths) > PLAIN_LIMITS["wider_than_around"] * max(around)
            )
            if narrow or wide:
                return True
        if not (self._block_ended(first) or self._cut_short(first)):
            return False
        if (self.entries and isinstance(self.entries[-1], Heading) and self.para is None
                and credit - first > PLAIN_LIMITS["inset_caption_lines"]):
            return False  # the body under a heading, in the body's measure, is no long caption
        # the line holding the credit counts too, unless it is the credit alone
        last = self.lines[credit]
        own_line = is_credit(last.text.split(), True) or last.text.lower().startswith(CREDIT_LEADS)
        following = self.lines[first + 1 : credit + (0 if own_line else 1)]
        # (measured on the page's full line, or on the run's own when it is set wider)
        measure = PLAIN_LIMITS["paragraph_fits"] * max((ln.length for ln in self.lines[first:credit]), default=0)
        return not any(
            ends_sentence(a.text) and (self._fits(a, b.words[0][0]) or a.length + 1 + len(b.words[0][0]) <= measure)
            for a, b in zip(self.lines[first:credit], following, strict=False)
        )

    def _wide_after_paragraph_line(self, first: int, credit: int) -> bool:
        """With ``wide_caption_late_start`` on: line ``first`` ends a sentence in the measure of the paragraph it
        follows (no longer than that paragraph's longest line on the page, at least two lines), and every
        line after it up to the credit's is longer than that line by ``wider_than_around``: the caption set
        in the wider measure opens on the next line, ``first`` is the paragraph's."""
        para, line = self.para, self.lines[first]
        if not PLAIN_LIMITS["wide_caption_late_start"] or para is None or para.last.index != first - 1:
            return False
        rest = self.lines[first + 1 : credit]
        measure = [ln.length for ln in para.lines if ln.page == line.page]
        if len(measure) < 2 or not rest or not ends_sentence(line.text) or line.length > max(measure):
            return False
        return min(ln.length for ln in rest) > PLAIN_LIMITS["wider_than_around"] * max(measure)

    # ------------------------------------------------------------ body

    def _body_line(self, i: int) -> None:
        line = self.lines[i]
        para = self.para
        if (para is not None and i not in self.drop_caps and not self._breaks(para.last, line, para)
                and not self._tombstone_break(para, line)):
            para.lines.append(line)
            return
        cap = self.drop_caps.get(i)
        self.para = Fragment("paragraph", [line] if cap is None else [self.lines[cap], line])
        self.entries.append(self.para)

    def _tombstone_break(self, para: Fragment, line: Line, whole: bool = False) -> bool:
        """Right under a heading, a tombstone (``_tombstone_after``): each of its lines is
        its own paragraph, up to the label's text. ``whole``: a short line ending no
        sentence goes on the tombstone wherever its word would fit."""
        if not self.entries or self.entries[-1] is not para or len(para.lines) != 1:
            return False
        k = len(self.entries) - 1
        while k > 0 and isinstance(self.entries[k], Fragment) and len(self.entries[k].lines) == 1:
            k -= 1  # the tombstone's lines so far
        head = self.entries[k]
        prev = para.last
        # a credit line after three tombstone lines or more closes the tombstone: the next
        # capitalised line opens a new block (the credit line is often as long as the body's)
        listed = len(self.entries) - 1 - k >= PLAIN_LIMITS["tombstone_lines"] and is_credit(prev.text.split(), True)
        return (
            isinstance(head, Heading) and not head.subtitle and prev.index == line.index - 1
            and (self._tombstone_step(prev, line, whole)
                 or (listed and starts_uppercase(line.text) and not _continues(prev.text)
                     and not ends_sentence(prev.text)))
            and self._tombstone_after(head)
        )

    def _tombstone_step(self, prev: Line, line: Line, whole: bool = True) -> bool:
        """``prev`` is a tombstone line before ``line``: short, ending no sentence and
        left open on nothing, stopping where ``line``'s first word would have fitted
        (``whole``: or ``line`` is another such short line)."""
        return (
            starts_uppercase(line.text) and self._short(prev) and not _continues(prev.text)
            and not ends_sentence(prev.text)
            and (self._fits(prev, line.words[0][0], PLAIN_LIMITS["paragraph_fits"])
                 or (whole and self._short(line) and not ends_sentence(line.text)))
        )

    def _tombstone_among(self, i: int) -> int | None:
        """Right after a paragraph's last sentence, an object's tombstone set in among the
        text (object, date, material, lender, number: at least ``tombstone_min_lines`` short
        lines, each a tombstone step to the next, one of them a credit line opened by its lead:
        "Lent by …", "Gift of …"), up to the text going on or a heading: the index after its
        last line, or None. Under a heading the tombstone is the section's own text
        (``_tombstone_after``)."""
        para = self.para
        if para is None or not self.entries or self.entries[-1] is not para or para.last.index != i - 1 or (
                not ends_sentence(para.last.text)):
            return None
        j = i
        while j + 1 < len(self.lines) and not self._heading_like(j + 1) and self._tombstone_step(
                self.lines[j], self.lines[j + 1]):
            j += 1
        if j + 1 < len(self.lines) and self._heading_like(j + 1):
            run = self.lines[i:j + 1]  # up to a heading
        elif not self._short(self.lines[j]):
            run = self.lines[i:j]  # up to the text going on
        else:
            return None
        if len(run) < PLAIN_LIMITS["tombstone_min_lines"] or not any(
                lead_at(ln.text.split(), 0) and is_credit(ln.text.split(), True) for ln in run):
            return None
        return run[-1].index + 1

    def _heading_like(self, k: int) -> bool:
        """Line ``k`` opens with a section label or the line-role model reads it as a heading."""
        text = self.lines[k].text
        scored = self.roles is not None and self.roles["heading"][k] >= PLAIN_LIMITS["model_heading"]
        return bool(LABEL_LEAD.match(text)) or k in self.sequence or k in self.dated_heads or scored

    def _credited_tombstone(self, j: int) -> bool:
        """The tombstone opening at line ``j`` (its lines each a tombstone step to the next)
        holds a credit line opened by its lead ("Lent by …", "Gift of …"), as an object's does
        and a plan's key or a list of names does not."""
        while j < len(self.lines):
            words = self.lines[j].text.split()
            if lead_at(words, 0) and is_credit(words, True):
                return True
            if j + 1 >= len(self.lines) or not self._tombstone_step(self.lines[j], self.lines[j + 1]):
                return False
            j += 1
        return False

    def _tombstone_after(self, head: Heading) -> bool:
        """An object's tombstone (maker, date, material, credit line) under ``head``,
        labelled or not: at least ``tombstone_min_lines`` short lines right after it, each
        a tombstone step to the next, then a full line (the label's text)."""
        j = head.lines[-1].index + 1
        while j + 1 < len(self.lines) and self._tombstone_step(self.lines[j], self.lines[j + 1]):
            j += 1
        run = j - head.lines[-1].index - 1
        return run >= PLAIN_LIMITS["tombstone_min_lines"] and j < len(self.lines) and not self._short(self.lines[j])

    def _breaks(self, prev: Line, line: Line, para: Fragment | None = None) -> bool:
        """A paragraph opens with ``line`` after ``prev``: by the rules, unless the
        line-role model is sure enough of the contrary (``model_break``)."""
        if line.index in self.numbered:
            return True  # a numbered paragraph opens here
        if prev.index == line.index - 1 and self._word_page_edge(line.index):
            return True  # a page written one word a line begins or ends: another panel
        rule = self._rule_breaks(prev, line, para)
        if self.roles is None:
            return rule
        p = self.roles["opens"][line.index]
        if p >= PLAIN_LIMITS["model_break"]:
            return True
        if p <= 1 - PLAIN_LIMITS["model_break"]:
            return False
        return rule

    def _rule_breaks(self, prev: Line, line: Line, para: Fragment | None = None) -> bool:
        end = _without_end_call(prev.text)  # "… at their old levels.1": the sentence ends before its call
        if self._closes_quotation(prev) and not starts_lowercase(line.text):
            return True
        if self._closes_quotation(line):
            return False  # the quotation's attribution goes with it
        if (para is not None and prev.index != line.index - 1 and ends_sentence(end, lenient=True)
                and self._narrower_flow(para, line)):
            return True  # after what cut it, another column's text at a narrower measure goes on
        if not ends_sentence(end, lenient=True) or starts_lowercase(line.text):
            return False
        if line.margin_dated:  # a margin date stood beside it (structure.margindates): it opens a paragraph
            return True
        if PLAIN_LIMITS["end_calls"] and end != prev.text.rstrip() and self._split_at_call(prev, line):
            return False
        if prev.index != line.index - 1 and not self._only_held_between(prev, line):
            if self._split_by_call(prev, line):
                return False
            # cut by a caption: a sentence end there is a paragraph end
            return ends_sentence(end)
        if ends_sentence(end) and self._indented_start(line):
            return True
        if ends_sentence(end) and (year_line(line.text) or bool(_ITEM_MARK.match(line.text))
                                   or _spaced_initial(line.text)):
            return True  # the next item of a list or a strip of dates, or a drop cap's paragraph
        return self._ends_short(prev, _first_breakable(line.words[0][0]), para)

    def _narrower_flow(self, para: Fragment, line: Line) -> bool:
        """With ``measure_change_heads`` and ``wide_paragraph_goes_on`` on, ``line`` and the
        line after it are both shorter than ``para``'s longest line on its page by that factor:
        they belong to a narrower column, not to the wide paragraph (a box) read before them."""
        factor = PLAIN_LIMITS["measure_change_heads"]
        if not (factor and PLAIN_LIMITS["wide_paragraph_goes_on"]):
            return False
        widest = max((ln.length for ln in para.lines if ln.page == line.page), default=0)
        pair = self.lines[line.index : line.index + 2]
        return (widest > self.width[line.index] and len(pair) == 2
                and all(ln.page == line.page and ln.length * factor <= widest for ln in pair))

    def _closes_quotation(self, line: Line) -> bool:
        """With ``quote_attributions`` on, ``line`` is a quotation's attribution
        (``assemble.attribution_line``) right after a line closing a quotation ("… than we walked.”" / "— from a diary, 1851"): the quotation
        set apart ends with it, and the next line opens a block."""
        if not PLAIN_LIMITS["quote_attributions"] or line.index == 0:
            return False
        before = self.lines[line.index - 1].text.rstrip()
        named = attribution_line(line.text) or bool(QUOTE_SWITCHES["dated_attributions"]) and dated_attribution(line.text)
        if self._unquoted_attribution(line, before):
            return True
        if PLAIN_LIMITS["role_attributions"]:  # "Ann Hebden, keeper" under "… walked.’" (round 51)
            named = named or role_attribution(line.text)
            return named and before.endswith(("”", '"', "’")) and ends_sentence(before)
        return named and before.endswith(("”", '"')) and ends_sentence(before)

    def _unquoted_attribution(self, line: Line, before: str) -> bool:
        """With ``unquoted_attributions`` on, ``line`` is a dash line naming a source (``attribution_line``, at
        least ``attribution_min_words`` words) right after a line ending a sentence, on its page, and no line
        next to it opens with a dash too (a list's items): a quotation set without quotation marks (a pull
        quote in display type) ends with its source, and the next line opens a block."""
        least = int(PLAIN_LIMITS["unquoted_attributions"])
        if not least or len(line.text.split()) < least or not attribution_line(line.text):
            return False
        near = [self.lines[k] for k in (line.index - 2, line.index + 1) if 0 <= k < len(self.lines)]
        dashed = any(attribution_line(other.text) for other in near)
        prev = self.lines[line.index - 1]
        return ends_sentence(before) and not dashed and prev.page == line.page

    def _only_held_between(self, prev: Line, line: Line) -> bool:
        """Nothing but held-out lines (a footnote closing the page, a note's call) stands
        between ``prev`` and ``line``, and a new page opens there: the text runs on over the
        page as if the lines were next to each other (no caption cut it)."""
        between = range(prev.index + 1, line.index)
        return line.page_start and all(k in self.held for k in between)

    def _ends_short(self, prev: Line, word: str, para: Fragment | None) -> bool:
        """``word`` would have fitted after ``prev``: on the paragraph's own measure, its
        longest line on the page that wraps mid-sentence (a page may hold blocks and
        columns of other measures); else on the page's full line."""
        longest = self._longest_wrapped(para, prev.page) if para is not None else 0
        if longest and PLAIN_LIMITS["local_measure_lines"] and self._narrowed(longest, prev):
            longest = max(longest, self._local_measure(prev))
        if self.exact:  # typed lines: the word fitted if it fitted by count
            return prev.length + 1 + len(word) <= max(longest, self.width[prev.index])
        if longest:
            return prev.length + 1 + len(word) <= PLAIN_LIMITS["measure_fits"] * longest
        return self._fits(prev, word, PLAIN_LIMITS["paragraph_fits"])

    def _narrowed(self, length: int, line: Line) -> bool:
        """``length`` is a measure narrowed from the page's full line at ``line`` (prose set
        beside a picture): shorter than ``narrow_measure`` of it, at least ``local_measure_least``
        (not a strip of a few words a line)."""
        width = self.width[line.index]
        return PLAIN_LIMITS["local_measure_least"] * width <= length < PLAIN_LIMITS["narrow_measure"] * width

    def _local_measure(self, line: Line) -> int:
        """The longest line wrapping mid-sentence within ``local_measure_lines`` lines either
        side of ``line`` on its page, held-out lines aside (0 for none): where the measure
        changes line by line (text flowing round a picture), a paragraph's last line is judged
        against the lines around it, the next paragraph's first lines too, not only its own."""
        reach = int(PLAIN_LIMITS["local_measure_lines"])
        lines = self.lines[max(0, line.index - reach): line.index + reach + 1]
        return max((ln.length for ln in lines if ln.page == line.page and ln.index not in self.held
                    and self._narrowed(ln.length, line) and ln.index != line.index and not ends_sentence(ln.text, lenient=True)), default=0)

    def _longest_wrapped(self, para: Fragment, page: int | None) -> int:
        """The longest line of ``para`` on ``page`` that wraps mid-sentence (0 for none), kept per
        paragraph and brought up to date with the lines added since (a paragraph of n lines asks
        n times: reading all its lines each time made 12,000 numbered lines take minutes)."""
        kept = self._wrapped.get(id(para))
        if kept is None or kept[0] is not para or kept[1] > len(para.lines) \
                or kept[1] and para.lines[kept[1] - 1] is not kept[2]:
            kept = (para, 0, None, {})  # a new paragraph, or its lines changed: read them all
        _, seen, _, longest = kept
        for ln in para.lines[seen:]:
            if not ends_sentence(ln.text, lenient=True):
                longest[ln.page] = max(longest.get(ln.page, 0), ln.length)
        self._wrapped[id(para)] = (para, len(para.lines), para.lines[-1] if para.lines else None, longest)
        return longest.get(page, 0)

    def _split_at_call(self, prev: Line, line: Line) -> bool:
        """``prev`` closes on a glued call and the two lines together make no more than one
        line: the extraction broke the line at the raised call, the sentence after it goes on
        in the paragraph (a footnote set between them, held out, aside)."""
        return all(k in self.held for k in range(prev.index + 1, line.index)) and (
            prev.length + 1 + line.length <= PLAIN_LIMITS["call_line"] * self.width[prev.index])

    def _split_by_call(self, prev: Line, line: Line) -> bool:
        """Only note calls stand between the two lines, which together make no more
        than one line: they are the two halves of the line the call was set in."""
        return all(k in self.calls for k in range(prev.index + 1, line.index)) and (
            prev.length + 1 + line.length <= PLAIN_LIMITS["call_line"] * self.width[prev.index])

    def _indented_start(self, line: Line) -> bool:
        """``line`` wraps mid-sentence though the next word would have fitted after it:
        it is short by a first-line indent the extraction dropped, so a paragraph opens."""
        i = line.index
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or nxt.page_start or nxt.separator_before:
            return False
        if ends_sentence(line.text, lenient=True) or line.text.endswith(("\u00ad", *LINE_HYPHENS)):
            return False
        # the sentence runs on into the next line: it goes on in lower case, or the line
        # stops on a word that cannot end one ("… now known as" / "H1, was finished …")
        if not (starts_lowercase(nxt.text) or _open_end(line.text)):
            return False
        # the word would have fitted both on the page's full line and on the next line
        # of the same sentence (character counts vary with proportional type)
        room = line.length + 1 + len(nxt.words[0][0])
        return room <= nxt.length and self._fits(line, nxt.words[0][0], PLAIN_LIMITS["paragraph_fits"])

    def _fits(self, prev: Line, word: str, share: float = PLAIN_LIMITS["fits"]) -> bool:
        return prev.length + 1 + len(word) <= share * self.width[prev.index] and not self._held_full(prev, word)

    def _held_full(self, prev: Line, word: str) -> bool:
        """With ``held_lines`` on, ``prev`` runs full to a narrowed measure: at least ``held_lines`` of the
        ``held_reach`` lines right above it on its page wrap mid-sentence at about its length (within
        ``held_share`` of it), the longest of them at most ``held_narrow`` of the measure, and the word would not
        have fitted within it (a column set narrower beside a float a line or two past it)."""
        need = int(PLAIN_LIMITS["held_lines"])
        if not need:
            return False
        above = [ln for ln in self.lines[max(0, prev.index - int(PLAIN_LIMITS["held_reach"])):prev.index]
                 if ln.page == prev.page and not ends_sentence(ln.text, lenient=True)
                 and abs(ln.length - prev.length) <= PLAIN_LIMITS["held_share"] * prev.length]
        if len(above) < need:
            return False
        held = max(ln.length for ln in above)
        return held <= PLAIN_LIMITS["held_narrow"] * self.width[prev.index] and prev.length + 1 + len(word) > held


# An object card's number alone on its line, bare or after a picture word from the lexicon ("31", "Fig. 4").
_CARD_NUMBER = re.compile(rf"^(?:(?i:{FIGURE_WORDS})\s*)?\d{{1,3}}$")


def _displayed_quotation(lines: list[Line]) -> bool:
    """The lines are one quotation, opened on the first and closed on the last with no
    closing mark between ("“Three weeks that the town never" / "forgot”"): a quotation
    displayed on its own (a pull quote), finished whether or not it ends a sentence."""
    text = " ".join(line.text.strip() for line in lines)
    if len(text) < 2 or text[0] not in _OPENING_QUOTES:
        return False
    closing = _OPENING_QUOTES[text[0]]
    return text[-1] == closing and closing not in text[1:-1]


_OPENING_QUOTES = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"'}


def _exact_measure(lines: list[Line], width: list[float]) -> bool:
    """The lines are set by character count (typed copy, a monospaced face): no line runs
    past its page's full line by more than a character, and every line that certainly
    wraps mid-sentence (the next goes on in lower case; no hyphen) is full but for less
    than the next line's first word, to ``exact_share`` of that line."""
    if any(line.length > width[line.index] + 1 for line in lines):
        return False  # (proportional type: lines of one measure vary in character count)
    shares = [
        (a.length + 1 + len(b.words[0][0])) / width[a.index]
        for a, b in zip(lines, lines[1:], strict=False)
        if b.page == a.page and not b.page_start and starts_lowercase(b.text)
        and not a.text.endswith(("\u00ad", *LINE_HYPHENS)) and width[a.index]
    ]
    return len(shares) >= PLAIN_LIMITS["exact_wraps"] and min(shares) >= PLAIN_LIMITS["exact_share"]


def _spaced_initial(text: str) -> bool:
    """The line opens with a drop cap the extraction set apart from its word ("S altings
    was …"): a lone capital that is no word by itself, then lower case."""
    words = text.split(maxsplit=2)
    return (len(words) > 1 and len(words[0]) == 1 and words[0].isupper() and not one_letter_word(words[0])
            and starts_lowercase(words[1]))


def is_jump_line(text: str) -> bool:
    """A jump line alone on its line: a note that the text goes on, or comes from, another
    place in the document. A lead from ``lexicon/jump_leads.txt`` then either a page word and a
    page number (a newspaper's "Continued on page 4", "(See page 2)") or a place in the
    document named in words (a leaflet's "Continued on the back panel", "Continued from the
    inside", "Continued overleaf", "See next column"): words of
    ``lexicon/jump_place_modifiers.txt`` ending on one of ``lexicon/jump_places.txt``, perhaps
    numbered ("panel 3"). Either may be pointed by an arrow or ornament before or after it
    ("Continued on page 4 \u25b8", "\u25c2 Continued from page 1")."""
    bare = _JUMP_POINTERS.sub("", text.strip())
    if bare != text.strip() and PLAIN_LIMITS["pointed_jumps_lower"] or _lower_from_jump(bare):
        bare = bare[:1].upper() + bare[1:]  # (pointed by an arrow, a jump may open in lower case: "continued overleaf »")
    m = _JUMP_LINE.match(bare)
    if m is not None and " ".join(m.group(1).lower().split()) in _jump_leads():
        return True
    if PLAIN_LIMITS["pointed_bare_jumps"] and bare != text.strip() and " ".join(bare.lower().split()) in _jump_leads():
        return True  # a lead alone pointed by its arrow: "continued »", "See ▸"
    if _worded_jump(bare):
        return True
    head, colon, story = bare.partition(": ")
    if bool(colon) and _story_named(story) and head != bare and is_jump_line(head):
        return True
    return _slugged_jump(bare)


def _lower_from_jump(text: str) -> bool:
    """With ``lower_from_jumps`` on, ``text`` opens in lower case on a lead naming where a text came from
    (``lexicon/jump_from_leads.txt``: "continued from the left-hand panel"): a wrapped sentence's line
    may open in lower case, but none is that lead and a place alone (``_worded_jump`` checks the rest)."""
    lowered = " ".join(text.split())
    return bool(PLAIN_LIMITS["lower_from_jumps"]) and starts_lowercase(lowered) and any(
        lowered.startswith(lead + " ") for lead in words("jump_from_leads"))


def _slugged_jump(text: str) -> bool:
    """With ``slugged_jumps`` on, ``text`` is a story's slug and, after its comma, a jump line naming where the
    text came from (``jumps_from``: "Mill race, continued from page 1", the carried-over part's head): the slug short (at most ``jump_story_words``
    words), ending no sentence, the jump line whole after it."""
    slug, comma, jump = text.partition(", ")
    if not PLAIN_LIMITS["slugged_jumps"] or not comma or not jump or not starts_uppercase(slug):
        return False
    return (0 < len(slug.split()) <= PLAIN_LIMITS["jump_story_words"] and not ends_sentence(slug)
            and jumps_from(jump[:1].upper() + jump[1:]))


def _story_named(text: str) -> bool:
    """``text`` names a story as its title does, after a jump line's colon ("… page 1: The
    Mill Race"): title-like, no sentence, at most ``jump_story_words`` words."""
    return 0 < len(text.split()) <= PLAIN_LIMITS["jump_story_words"] and raw_title_like(text.strip())


def _worded_jump(text: str) -> bool:
    """``text`` is a lead and a place in the document named in words ("Continued on the back
    panel"); set apart as its own line, so it opens on a capital (or a bracket), never on the
    lower-case word of a wrapped sentence."""
    m = _WORDED_JUMP.match(text)
    if m is None:
        return False
    tokens = m.group(1).lower().split()
    if tokens and _JUMP_PLACE_NUMBER.match(tokens[-1]) and len(tokens) >= 2:
        tokens = tokens[:-1]  # "panel 3", "column B"
    leads, places, modifiers = _jump_leads(), words("jump_places"), words("jump_place_modifiers")
    for cut in (2, 1):  # the lead is one or two words ("Continued on", "See")
        lead, rest = tokens[:cut], tokens[cut:]
        if (len(lead) == cut and " ".join(lead) in leads and 1 <= len(rest) <= PLAIN_LIMITS["jump_place_words"]
                and rest[-1] in places and all(word in modifiers for word in rest[:-1])):
            return True
    return False


@cache
def _jump_leads() -> frozenset[str]:
    return words("jump_leads")


def jumps_from(text: str) -> bool:
    """``text`` is a jump line on the carried-over part, naming where it came from ("Continued
    from the inside"): its lead is one of ``lexicon/jump_from_leads.txt``."""
    lowered = " ".join(_JUMP_POINTERS.sub("", text.strip()).lstrip("([").lower().split())
    return (is_jump_line(text) and any(lowered.startswith(lead + " ") for lead in words("jump_from_leads"))
            or _slugged_jump(text.strip()))


class HasText(Protocol):
    """A line of any layout: what ``jump_pairs`` reads of it."""

    @property
    def text(self) -> str: ...


_Jump = TypeVar("_Jump", bound=HasText)


def jump_pairs(jumps: list[_Jump]) -> list[tuple[_Jump, _Jump]]:
    """The jump lines sending a text on, each with the one it comes back by: the n-th going on with the n-th
    coming back, in reading order, and none when the two kinds are not as many (or there is none of either)."""
    back = [line for line in jumps if jumps_from(line.text)]
    on = [line for line in jumps if not jumps_from(line.text)]
    if not back or len(back) != len(on):
        return []
    return list(zip(on, back, strict=True))


def jumps_rejoined(lines: list[Line]) -> list[Line]:
    """``lines`` with each text carried over by jump lines read in one piece: a text broken off
    mid-sentence by a jump line sending it on ("Continued on the back panel") takes the lines
    after the matching jump line it comes back by ("Continued from the inside") through the
    first that ends a sentence, wherever in the document they stand (a leaflet printed outside
    first puts the carried-over part before its start). Jump lines pair in order of reading,
    the n-th going on with the n-th coming back, and only when there are as many of each; a
    pair whose carried-over part holds its own jump line is left alone. The lines are numbered
    afresh."""
    pairs = jump_pairs([line for line in lines if is_jump_line(line.text)])
    if not pairs:
        return lines
    out = list(lines)
    for going, coming in pairs:
        start = out.index(coming) + 1
        while PLAIN_LIMITS["jump_pointer_lines"] and start < len(out) and _pointer_only(out[start].text):
            del out[start]  # the jump line's arrow, extracted as a line of its own under it
        at = out.index(going)
        end = next((k for k in range(start, len(out)) if ends_sentence(out[k].text)), None)
        if (end is None or at == 0 or ends_sentence(out[at - 1].text) or start <= at <= end
                or any(is_jump_line(line.text) for line in out[start : end + 1])):
            continue
        run = out[start : end + 1]
        rest = out[:start] + out[end + 1 :]
        cut = rest.index(going)
        out = rest[:cut] + run + rest[cut:]
    if out == lines:
        return lines
    for index, line in enumerate(out):
        line.index = index
    return out


def symbol_rows(lines: list[Line]) -> set[int]:
    """With ``symbol_rows`` on, the indexes of runs of at least that many lines one after another on
    a page, each a short label (one to three letters or digits) then signs only, no letter nor
    digit among them ("A · —", "7 ★★"): a code's table or a key of symbols set as lines, no text
    (the raw-text counterpart of ``keytables._symbol_rows``)."""
    least = int(PLAIN_LIMITS["symbol_rows"])
    found: set[int] = set()
    if not least:
        return found
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and _symbol_line(line.text) and (not run or line.page == run[-1].page):
            run.append(line)
            continue
        if len(run) >= least:
            found.update(ln.index for ln in run)
        run = [line] if line is not None and _symbol_line(line.text) else []
    return found


_SYMBOL_LABEL = re.compile(r"^[^\W_]{1,3}$")


def _symbol_line(text: str) -> bool:
    words = text.split()
    return (len(words) >= 2 and bool(_SYMBOL_LABEL.match(words[0]))
            and not any(ch.isalnum() for word in words[1:] for ch in word))


def _pointer_only(text: str) -> bool:
    """``text`` is an arrow or ornament alone (``_JUMP_POINTERS``' kind: no letter nor digit, at
    most three signs): a jump line's pointer the extraction set on a line of its own."""
    bare = text.strip()
    return 0 < len(bare) <= 3 and not any(ch.isalnum() for ch in bare)


# an opening of up to two words, "page" or "p.", a page number (perhaps a section letter)
# Arrows and ornaments pointing a jump line on (symbols and quotation angles at its ends: "▸", "→", "»").
_JUMP_POINTERS = re.compile(r"^[^\w(\[]+(?=\w)|(?<=[\w.)\]])\s+[^\w\s)\].]+$")
_WORDED_JUMP = re.compile(r"^[(\[]?([A-Z][^\W\d_]*(?: [^\W_]+(?:-[^\W_]+)?){1,6})[)\]]?\.?$")  # (a compound place word: "left-hand")
_JUMP_PLACE_NUMBER = re.compile(r"^(?:\d{1,3}|[a-z])$")
_JUMP_LINE = re.compile(r"^[(\[]?([^\W\d_]+(?: [^\W\d_]+)?),? (?:page|p\.) ?[A-Z]?\d{1,3}[)\]]?\.?$", re.I)


def _open_end(text: str) -> bool:
    """The line stops where a sentence cannot: on a comma or a function word."""
    last = text.rsplit(maxsplit=1)[-1] if text.strip() else ""
    return last.endswith(",") or (last.islower() and last in FUNCTION_WORDS)


def _numbered_capitals(text: str) -> bool:
    """A line in capitals closed by a number of at most three digits ("GALLERY TOUR STOP 4"):
    where the panel stands in a series, a kicker; no title in capitals ends on a bare count."""
    words = text.split()
    return len(words) >= 2 and in_capitals(" ".join(words[:-1])) and words[-1].isdigit() and len(words[-1]) <= 3


def _place_and_date(text: str) -> bool:
    """With ``dated_kickers`` on, a line of a place and, after its comma, a date alone ("MAJORCA, ABOUT 1375",
    ``cues.date_line``): where and when, a kicker's form over a title, never a title's."""
    head, _, tail = text.rpartition(",")
    return bool(PLAIN_LIMITS["dated_kickers"]) and bool(head.strip()) and date_line(tail.strip()) and not any(
        ch.isdigit() for ch in head)


def _parted_kicker(text: str) -> bool:
    """A line of short parts set apart by a separator ("GALLERY 2 · HANDOUT 4", "North Wing ·
    Temporary Display"), none ending a sentence: where a panel stands or what it is, the
    form of a kicker or a running line, not of a title."""
    parts = [part.strip() for part in RUNNING_SEPARATOR.split(text)]
    return len(parts) >= 2 and all(
        0 < len(part.split()) <= PLAIN_LIMITS["kicker_part_words"] and not ends_sentence(part) for part in parts)


def _words_key(text: str) -> str:
    """Lower-case words without punctuation, for comparing a title with a running head."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _all_capitalised(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’.\-]*", text) if w.lower() not in FUNCTION_WORDS]
    return bool(words) and all(w[0].isupper() for w in words)


# a sentence end inside a line: not the full stop of an initial ("Ronald W. Reagan")
_INNER_SENTENCE_END = INNER_SENTENCE_END


def _plain_title(lines: list[Line], commas: bool = False) -> bool:
    """An unlabelled title: every content word capitalised, no sentence inside,
    and no comma (unless ``commas``) but before a closing year ("Border Talks, 1895–1899")."""
    text = " ".join(line.text for line in lines)
    if not _all_capitalised(text) or _INNER_SENTENCE_END.search(text):
        return False
    return commas or "," not in text or bool(ENDS_WITH_YEAR.search(text))


_TITLE_PARTICLES = words("title_particles")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def plain_roman(token: str) -> bool:
    """A roman numeral, not a letter: "IV", "XL", "V" (a lone "C" or "L" is a letter)."""
    return set(token) <= set(_ROMAN) and (len(token) > 1 or token in "IVX")


def _badge(token: str) -> bool:
    """A panel's letter or roman numeral (a lone number is a page's or a note's)."""
    return bool(LABEL_TOKEN.match(token)) and not token.isdigit()


def _form_fields(text: str) -> bool:
    """A row of a form's fields to fill in: short capitalised labels, each with its colon
    and the blank after it, underscores or dot leaders ("Date of visit: ......"), which
    an extraction may drop between two labels ("Name: Class: Date:"). One label with
    nothing after its colon is not enough: a title goes on after its colon."""
    *labels, tail = text.strip().split(":")
    if not labels or not _blank(tail):
        return False
    filled = bool(tail.strip())
    for k, piece in enumerate(labels):
        blank = _FORM_BLANK.match(piece.strip())
        label = piece.strip()[blank.end() :].split() if blank else piece.split()
        if blank and k == 0:
            return False
        filled |= blank is not None
        if not (1 <= len(label) <= PLAIN_LIMITS["form_label_words"] and label[0][:1].isupper()
                and all(w.isalpha() for w in label)):
            return False
    return filled or len(labels) >= 2


# The blank of a form field: a run of underscores or dots (leaders).
_FORM_BLANK = re.compile(rf"[_.…]{{{int(PLAIN_LIMITS['form_blank_chars'])},}}\s*")


def _blank(text: str) -> bool:
    """Nothing, or a form field's blank alone."""
    text = text.strip()
    return not text or bool(_FORM_BLANK.fullmatch(text))


def _badge_lead(head: Heading, loose: bool = False) -> str | None:
    """The letter opening a heading that may be a badge, not a word: any letter but "A"
    and "I", which are one only before a function word ("A THE HALL") or, ``loose``, when
    nothing else tells; or the heading's own label."""
    if head.label is not None:
        return head.label if _badge(head.label) else None
    words = head.lines[0].text.split()
    if len(words) < 2 or not _badge(words[0]) or len(words[0]) > 1:
        return None
    if one_letter_word(words[0]) and words[1].lower() not in FUNCTION_WORDS and not loose:
        return None
    return words[0]


def _next_label_alone(text: str, nxt: str) -> bool:
    """``nxt`` is the label alone that comes next in the series of ``text``'s, a label alone ("I" then
    "II", "3" then "4"): the titles are listed one under another, each under its label."""
    this, then = alone_label(text), alone_label(nxt)
    if this is None or then is None or _label_series(this) != _label_series(then):
        return False
    return label_rank(this) > 0 and label_rank(then) == label_rank(this) + 1


def _label_series(token: str) -> str:
    return "digit" if token.isdigit() else "roman" if plain_roman(token) else "letter"


def label_rank(token: str) -> int:
    """The place of a bare label in its series: A=1, B=2 …; 1, 2 …; I, II, III …"""
    if token.isdigit():
        return int(token)
    if token[-1:].islower() and token[:-1].isdigit():  # "4b": the second under number 4
        return ord(token[-1]) - ord("a") + 1
    if not plain_roman(token):
        # One letter counts A=1, B=2 …; any longer token is no bare label and counts nowhere.
        return ord(token) - ord("A") + 1 if len(token) == 1 else 0
    values = [_ROMAN[c] for c in token]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def trailing_labels(lines: list[Line]) -> dict[int, str]:
    """Lone label lines set after the text of the sections they label (the extraction writes a
    number or letter printed beside a panel's heading after the panel's text): {line index:
    label} when, with switch ``trailing_labels`` at least that many, the lone letters (or
    numbers) of the text count 1, 2, 3 … from the first, each stands after a line that may be a
    heading (``_may_head``) set after the label before it, not every label stands right over
    such a line, and the last is followed by no such line over text (a line of more words), so
    that the labels cannot be read as set over the headings after them; else {}."""
    least = int(PLAIN_LIMITS["trailing_labels"])
    if not least:
        return {}
    for digits in (False, True):
        found = [(k, line.text.strip()) for k, line in enumerate(lines)
                 if LABEL_TOKEN.match(line.text.strip()) and line.text.strip().isdigit() == digits]
        if len(found) < least or [label_rank(t) for _, t in found] != list(range(1, len(found) + 1)):
            continue
        if all(k + 1 < len(lines) and _may_head(lines[k + 1].text) for k, _ in found):
            continue  # each label right over a line that may head: labels over their headings
        last = found[-1][0]
        if last + 2 < len(lines) and _may_head(lines[last + 1].text) and not _may_head(lines[last + 2].text):
            continue  # the last label may head the lines after it: labels over their headings
        starts = [-1, *(k for k, _ in found)]
        if all(any(_may_head(lines[h].text) for h in range(starts[n] + 1, k)) for n, (k, _) in enumerate(found)):
            return {lines[k].index: token for k, token in found}
    return {}


def _may_head(text: str) -> bool:
    """A line that may be a heading by its words alone: opening in a capital, at most
    ``heading_words`` words, ending on no stop, comma, semicolon or colon, no label alone or
    caption's position label."""
    text = text.strip()
    words_in = text.split()
    return (bool(words_in) and len(words_in) <= PLAIN_LIMITS["trailing_heading_words"] and starts_uppercase(text)
            and text[-1] not in ".,;:" and not LABEL_TOKEN.match(text) and match_label(text) is None)


def sequence_labels(lines: list[Line]) -> dict[int, str]:
    """Lines opening with a bare panel label printed without punctuation ("B Title",
    "2 Title"), known as labels because they count up in order through the text
    (A, B, C; 1, 2, 3; I, II, III) before title-case text. {line index: label}."""
    found = counting_labels([line.text for line in lines])
    return {lines[k].index: token for k, token in found.items()}


_UNIT_LEAD = re.compile(r"^([A-Z][a-z]+) (\d{1,3}) (?=\S)")


def unit_sequence_labels(lines: list[Line]) -> dict[int, str]:
    """Lines opening with a capitalised word and a number before title-case text, the
    same word each time and the numbers counting 1, 2, 3 … through the document, at least
    ``unit_series`` of them ("Stop 1 The Gate" … "Stop 3 The Well"): that word names the
    document's units, whatever it is, and word and number are the heading's label, kept
    as printed. A picture's number ("Figure 2 …") is a caption's. {line index: label}."""
    found: dict[str, list[tuple[int, int]]] = {}
    for line in lines:
        lead = _UNIT_LEAD.match(line.text)
        if lead and not figure_lead(line.text) and _title_text(line.text[lead.end() :]):
            found.setdefault(lead.group(1), []).append((line.index, int(lead.group(2))))
    labels: dict[int, str] = {}
    for word, run in found.items():
        if len(run) >= PLAIN_LIMITS["unit_series"] and [n for _, n in run] == list(range(1, len(run) + 1)):
            labels.update({index: f"{word} {n}" for index, n in run})
    return labels


_WORDED_UNIT_LEAD = re.compile(r"^([A-Z][a-z]+) ([A-Z][a-z]+) (?=\S)")


def worded_unit_sequence_labels(lines: list[Line]) -> dict[int, str]:
    """Lines opening with a capitalised word and a number written as a word before
    title-case text, the same word each time and the numbers counting one, two, three …
    through the document, at least ``unit_series`` of them ("Stage One The Gate" …
    "Stage Three The Well"): word and number are the heading's label, kept as printed.
    {line index: label}."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for line in lines:
        lead = _WORDED_UNIT_LEAD.match(line.text)
        number = UNITS.get(lead.group(2).lower()) if lead else None
        if lead and number and _title_text(line.text[lead.end() :]):
            found.setdefault(lead.group(1), []).append((line.index, number, lead.group(0).strip()))
    labels: dict[int, str] = {}
    for run in found.values():
        if len(run) >= PLAIN_LIMITS["unit_series"] and [n for _, n, _ in run] == list(range(1, len(run) + 1)):
            labels.update({index: label for index, _, label in run})
    return labels


def worded_alone_labels(lines: list[Line]) -> dict[int, str]:
    """Lines holding only a capitalised number written as a word ("One", "Two" …), each over
    a line that may be a heading (``_may_head``), the numbers counting one, two, three …
    through the document, at least ``unit_series`` of them: a word label printed on its own
    line over each heading, with no unit word ("Part") before it. A lone "One" is an
    ordinary word too, so only the whole counted series is taken. {line index: label}."""
    run: list[tuple[int, int, str]] = []
    for k, line in enumerate(lines[:-1]):
        text = line.text.strip()
        number = UNITS.get(text.lower()) if text[:1].isupper() and text.isalpha() else None
        if number and _may_head(lines[k + 1].text):
            run.append((line.index, number, text))
    if len(run) < PLAIN_LIMITS["unit_series"] or [n for _, n, _ in run] != list(range(1, len(run) + 1)):
        return {}
    return {index: text for index, _, text in run}


# a unit word in capitals and an identifier alone on a line ("ZONE 2", "ZONE B")
_UNIT_ALONE_LINE = re.compile(r"^([A-Z]{2,15}) (\d{1,3}|[A-Z]|[IVXLC]{1,6})$")


def unit_alone_labels(lines: list[Line]) -> dict[int, str]:
    """Lines holding only a word in capitals and an identifier ("ZONE 1", "ZONE B"), each over
    a line that may be a heading (``_may_head``), the same word each time and the identifiers
    counting 1, 2, 3 … or A, B, C … or I, II, III … through the document, at least
    ``unit_series`` of them: that word names the document's units, whatever it is (the series
    shows it, as ``unit_sequence_labels`` reads it opening a title's line), and each line is
    the label of the title under it, kept as printed. Such a line would otherwise read as a
    heading in capitals over the title (``_capitals_heading``) and join it; a capitalised one
    ("Zone 2") is read by the kicker rule (``_kicker_heading``). {line index: label}."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    for k, line in enumerate(lines[:-1]):
        text = " ".join(line.text.split())
        alone = _UNIT_ALONE_LINE.match(text)
        if alone and not figure_lead(text) and _may_head(lines[k + 1].text):
            found.setdefault(alone.group(1).lower(), []).append((line.index, alone.group(2), text))
    labels: dict[int, str] = {}
    for run in found.values():
        idents = [ident for _, ident, _ in run]
        letters = [ord(ident) - ord("A") + 1 if len(ident) == 1 and ident.isalpha() else 0 for ident in idents]
        counted = [label_rank(ident) for ident in idents]
        counts = list(range(1, len(run) + 1))
        if len(run) >= PLAIN_LIMITS["unit_series"] and counts in (letters, counted):
            labels.update({index: text for index, _, text in run})
    return labels


# a line opening with a number and a lower-case letter ("4a The Model"): a sub-numbered unit's label
_SUB_LABEL = re.compile(r"^(\d{1,3})([a-z]) (?=[A-Z])")


def counting_labels(texts: list[str]) -> dict[int, str]:
    """Of ``texts`` (lines or headings, in order), those opening with a bare label that
    counts up with the others' (A … B …, 1 … 2 …, I … II …) before title-case text:
    {position in ``texts``: label}. A label before a short name not in title case ("2
    Turdus merula", a species) counts too when the labels right before and after it
    in the series open title-case lines before and after it."""
    found: list[tuple[int, str, str]] = []  # index, token, series
    named: list[tuple[int, str, str]] = []  # (the same, before a short capitalised name in another case)
    for index, text in enumerate(texts):
        bare = BARE_LABEL.match(text)
        sub = _SUB_LABEL.match(text) if PLAIN_LIMITS["sub_numbered_labels"] and not bare else None
        if sub:  # one series per number: "4a", "4b" count on; "4a", "5b" do not
            rest = text[sub.end() :]
            token, series = sub.group(1) + sub.group(2), f"number {sub.group(1)}"
        elif bare:
            rest = text[bare.end() :]
            token = bare.group(1)
            series = "digit" if token.isdigit() else "roman" if plain_roman(token) else "letter"
        else:
            continue
        if PLAIN_LIMITS["figure_rest_labels"] and _figures_only(rest):
            continue  # (a numbered stop's year, "1 1790": a label before a title has words)
        if _title_text(rest) or _doubled_letter(token, rest):
            found.append((index, token, series))
        elif _short_name(rest):
            named.append((index, token, series))
    found = sorted(found + [entry for entry in named if _between_counted(entry, found)])
    complete = _complete_series(found)
    labels: dict[int, str] = {}
    for k, (index, token, series) in enumerate(found):
        ranks = {label_rank(t) for _, t, s in found[:k] if _counts_with(s, t, series, token)}
        later = {label_rank(t) for _, t, s in found[k + 1 :] if _counts_with(s, t, series, token)}
        rank = label_rank(token)
        if rank - 1 in ranks or (rank + 1 in later and not _given_again(found, k)) or rank <= complete.get(series, 0):
            labels[index] = token
    return labels


def _numbered_figure(text: str) -> bool:
    """With ``figure_rest_labels`` on, ``text`` is a bare number before figures alone ("1 1790"): a
    numbered stop of a strip or key and its year, no heading."""
    bare = BARE_LABEL.match(text)
    return bool(PLAIN_LIMITS["figure_rest_labels"]) and bare is not None and _figures_only(text[bare.end():])


def _figures_only(rest: str) -> bool:
    """``rest`` holds figures and no letter ("1790", "1790–1801"): no title's words."""
    return any(ch.isdigit() for ch in rest) and not any(ch.isalpha() for ch in rest)


def _doubled_letter(token: str, rest: str) -> bool:
    """With ``doubled_letter_labels`` on, a letter label before a title opening with that same
    letter as its word ("A A Railway across the Alps"): no sentence opens on a letter twice, so
    the first is a label, whatever the title's case; a heading's length (``doubled_label_words``),
    ending no sentence. It still counts only with the series' next label after it."""
    words = rest.split()
    return (bool(PLAIN_LIMITS["doubled_letter_labels"]) and len(token) == 1 and token.isalpha()
            and len(words) >= 2 and words[0] == token and words[1][:1].isupper()
            and len(words) <= PLAIN_LIMITS["doubled_label_words"] and not ends_sentence(rest.rstrip()))


def _given_again(found: list[tuple[int, str, str]], k: int) -> bool:
    """The label of ``found[k]`` opens another line of its series before the next label of the
    series after it ("A Flame in a Cage" / "A Firedamp" / "B …": the first "A" is the word)."""
    _index, token, series = found[k]
    rank = label_rank(token)
    for _other, t, s in found[k + 1 :]:
        if _same_series(s, series) and label_rank(t) == rank + 1:
            return False
        if _same_series(s, series) and t == token:
            return True
    return False


def _complete_series(found: list[tuple[int, str, str]]) -> dict[str, int]:
    """{series: n} where the series' labels hold each rank from the first up to n once
    each, n at least ``unit_series``, in whatever order the text gives them (frames
    extracted out of reading order: "3 …" before "1 …" and "2 …"): each of those labels
    counts. (A number far off the run, a folio line "46 47", is no part of it.)"""
    ranks: dict[str, Counter[int]] = {}
    for _, token, series in found:
        ranks.setdefault(series, Counter())[label_rank(token)] += 1
    complete: dict[str, int] = {}
    for series, got in ranks.items():
        n = 0
        while got.get(n + 1) == 1:
            n += 1
        if n >= PLAIN_LIMITS["unit_series"]:
            complete[series] = n
    return complete


# A comma inside a line before another capitalised word ("Ruth Vale, Thomas"): a list of names.
_LISTED_NAME = re.compile(r"\w,\s+[A-Z]")


def _same_series(a: str, b: str) -> bool:
    return a == b or {a, b} == {"roman", "letter"}


def _counts_with(a: str, token_a: str, b: str, token_b: str) -> bool:
    """Two bare labels count in one series: of one series, or a letter with a roman numeral
    that could be read as a letter too (one character: "V", "X"); a numeral of two or more
    ("II", "IV") is no letter, so a lone letter ("A Long Way", the article) does not count on
    with it (``mixed_letter_series``)."""
    if not _same_series(a, b):
        return False
    if a == b or not PLAIN_LIMITS["mixed_letter_series"]:
        return True
    return len(token_a) == 1 and len(token_b) == 1


def _short_name(text: str) -> bool:
    """A short run opening on a capital and ending no sentence ("Turdus merula")."""
    words = text.split()
    return 0 < len(words) <= PLAIN_LIMITS["named_label_words"] and text[:1].isupper() and not ends_sentence(text)


def _between_counted(entry: tuple[int, str, str], found: list[tuple[int, str, str]]) -> bool:
    """The label before ``entry``'s in the series opens a line before it, and the one
    after it a line after it; the series' first label ("I Fire under Water") has none
    before it: the next two of the series open lines after it (``first_named_label``)."""
    index, token, series = entry
    rank = label_rank(token)
    before = any(i < index and _same_series(s, series) and label_rank(t) == rank - 1 for i, t, s in found)
    after = any(i > index and _same_series(s, series) and label_rank(t) == rank + 1 for i, t, s in found)
    if rank == 1 and PLAIN_LIMITS["first_named_label"]:  # the series' first: nothing before it, two after
        before = any(i > index and _same_series(s, series) and label_rank(t) == rank + 2 for i, t, s in found)
    return before and after


def _dated_heads(lines: list[Line]) -> set[int]:
    """Indexes of the lines opening with a date before a title ("c. 2900 BC Houses of
    Stone", "1850 The Storm": a timeline's entries, their dates printed on the headings'
    line), when at least ``dated_heads`` lines do: a series of them, not one line of text
    that opens on a year."""
    found = _dated_titles(lines)
    found -= _dated_rows(lines, found)
    return found if len(found) >= PLAIN_LIMITS["dated_heads"] else set()


def _dated_titles(lines: list[Line]) -> set[int]:
    """Indexes of the lines opening with a date before a title-like rest that ends no sentence."""
    found = set()
    for line in lines:
        label = dated_lead(line.text)
        rest = line.text.split()[len(label.split()):] if label else []
        if label and rest and raw_title_like(" ".join(rest)) and not ends_sentence(line.text):
            found.add(line.index)
    return found


def _dated_rows(lines: list[Line], found: set[int] | None = None) -> set[int]:
    """With ``dated_rows`` on, the lines of every run of at least ``dated_rows`` lines opening with a
    date before a title one right after another on a page (``found``: those lines, else worked out),
    nothing under any of them: a table of dates ("1881 The Opening" / "1882 …"), no timeline's
    headings."""
    rows = int(PLAIN_LIMITS["dated_rows"])
    if not rows:
        return set()
    if found is None:
        found = _dated_titles(lines)
    runs: list[list[int]] = []
    for index in sorted(found):
        if runs and runs[-1][-1] == index - 1 and lines[index].page == lines[index - 1].page:
            runs[-1].append(index)
        else:
            runs.append([index])
    return {index for run in runs if len(run) >= rows for index in run}


def _numbered_title(text: str) -> bool:
    """A line opening with a numeral or roman numeral label ("III. After the Meet",
    "Panel 4: …"); a lone letter with a full stop may be an initial ("J. Smith")."""
    lead = LABEL_LEAD.match(text)
    return lead is not None and not re.fullmatch(r"[A-Z]\.", lead.group(0).strip())


def _label(text: str) -> str:
    return text if text.isdigit() else text.upper()


def _title_text(text: str) -> bool:
    stripped = text.rstrip().rstrip(",;:")
    if _question_title(stripped) or _exclaimed_title(stripped):
        return True
    return bool(stripped) and raw_title_like(stripped) and not ends_sentence(stripped)


def _exclaimed_title(text: str) -> bool:
    """With ``exclaimed_titles`` on, a title line crying out ("Fire the Mail!"): title case up
    to its one exclamation mark, two to ``question_title_words`` words, as a question title."""
    stripped = text.strip()
    return bool(PLAIN_LIMITS["exclaimed_titles"]) and stripped.endswith("!") and question_title(
        stripped[:-1] + "?", int(PLAIN_LIMITS["question_title_words"]))


def _question_title(text: str) -> bool:
    """A title asking a question ("Who Was to Blame?"), at most ``question_title_words`` words
    (``cues.question_title``)."""
    return question_title(text, int(PLAIN_LIMITS["question_title_words"]))


def _completed_by(block: list[Line]) -> bool:
    """A title over lines is whole once a line ending in a colon has its completion."""
    return len(block) >= 2 and any(line.text.rstrip().endswith(":") for line in block[:-1])


def _continues(text: str) -> bool:
    """A title line that cannot end a title: a trailing function word, comma, colon or dash."""
    stripped = text.rstrip()
    if stripped.endswith((",", ":", "–", "—", "&", *LINE_HYPHENS)):
        return True
    last = stripped.rsplit(maxsplit=1)[-1] if stripped else ""
    if last[:1].isupper() and last.lower() in _TITLE_PARTICLES and len(stripped.split()) > 1:
        return False  # "The Crowd Closes In": title case capitalises a particle, not a preposition
    return last.lower() in FUNCTION_WORDS


def _credit_left_open(last: str, text: str) -> bool:
    """A credit line left open goes on over ``text``: a word broken at its hyphen that
    ``text`` completes in lower case, or a slash or ampersand at its end (or opening
    ``text``) before a short capitalised line, or a function word ending it ("… gift of
    the" / "Marr family": no name ends on one)."""
    words = text.split()
    if last.endswith(LINE_HYPHENS) and last[-2:-1].isalpha() and text[:1].islower():
        # (a longer line going on, ending no sentence: the credit's measure, "Collec-" / "tion of … BC")
        return len(words) <= PLAIN_LIMITS["credit_tail_words"] or (
            bool(PLAIN_LIMITS["broken_credit_lines"]) and not ends_sentence(text))
    if last.split() and ACCESSION_CODE.match(f"{last.split()[-1]} {text.strip()}"):
        return True  # an object's number broken after its register's letters ("…, GMC" / "1987.44")
    if PLAIN_LIMITS["register_number_wraps"] and register_number_wraps(last, text):
        return True  # the object's number wrapped after the holder's comma ("…Club," / "KRC 1907/4")
    if last.split() and last.split()[-1].lower() in FUNCTION_WORDS:  # the name goes on, capitalised
        return text[:1].isupper() and len(words) <= PLAIN_LIMITS["credit_tail_words"] and not ends_sentence(text)
    if not (last.endswith(("/", "&")) or text.startswith(("/ ", "& "))):
        return False
    named = [w for w in words if w[:1].isalnum()]
    capitalised = all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or not w[:1].isalpha() for w in words)
    return 1 <= len(named) <= PLAIN_LIMITS["credit_tail_words"] and capitalised and not ends_sentence(text)


def _credit_in_progress(line: Line) -> bool:
    """The line's last words open a credit that may wrap: "Courtesy of the Harbour"."""
    words = [w.lower() for w, _ in line.words]
    return any(lead_at(words, k) for k in range(max(0, len(words) - 6), len(words))) and not (
        line.text.endswith("."))


_KEY_NUMBER = re.compile(r"^(\d{1,2})[.)]?\s+(?=[A-Z“‘\"'])")


def route_band(lines: list[Line]) -> tuple[set[int], list[str], int]:
    """A route band written out line by line: labels alone counting 1, 2, 3 … (``label_rank``) at
    least ``route_stops`` far, each over the same number of short lines (at most
    ``route_stop_lines``, each at most ``route_stop_words`` words ending no sentence: a stop's
    place and date), one group right after the other. The band's lines are the drawing's, held
    out of the text; its labels number the columns' headings after it (``_route_labels``; when
    fewer unlabelled headings follow, the text is read again with the band's lines as text: a
    series of labels over their own one-line titles). (the band's lines, its labels in order,
    the line after it); (set(), [], 0) for none."""
    least = int(PLAIN_LIMITS["route_stops"])
    if not least:
        return set(), [], 0
    k = 0
    while k < len(lines):
        if PLAIN_LIMITS["label_band"]:  # labels alone one after the other ("Stage 1" / "Stage 2" / …): as printed
            end = _label_band_end(lines, k)
            if end - k >= least:
                return set(range(k, end)), [lines[n].text.strip() for n in range(k, end)], end
        if _band_rank(lines[k].text) != 1:
            k += 1
            continue
        for size in range(1, int(PLAIN_LIMITS["route_stop_lines"]) + 1):
            labels, end = _band_run(lines, k, size)
            if len(labels) >= least:
                return set(range(k, end)), labels, end
        k += 1
    return set(), [], 0


# A label of a word of any kind and its number ("Stage 2", "Zone 4"), alone on its line.
_WORD_NUMBER = re.compile(r"^([A-Z][a-z]+) (\d{1,3})$")


def _label_band_end(lines: list[Line], k: int) -> int:
    """The line after a run of labels alone from line ``k`` on, one right after the other and
    counting 1, 2, 3 …: bare (``_band_rank``) or one word with its number, the same word each
    time ("Stage 1" / "Stage 2" / "Stage 3"); ``k`` itself when line ``k`` opens none."""
    end, word = k, None
    while end < len(lines):
        text = lines[end].text.strip()
        named = _WORD_NUMBER.match(text)
        rank = int(named.group(2)) if named and alone_label(text) is None else _band_rank(text)
        if rank != end - k + 1 or (named and word not in (None, named.group(1))):
            break
        word = named.group(1) if named else word
        end += 1
    return end


_NAMED_STOP = re.compile(r"^(\d{1,2}) (?=\S)")


def named_dated_strip(lines: list[Line]) -> set[int]:
    """With ``dated_bands`` on, a drawn strip written out with each stop's number on its name's
    line ("1 Boston" / "April 1895" / "2 Gibraltar" / "August 1895" / …): at least ``route_stops``
    stops one right after the other, numbered 1, 2, 3 …, each a short line (``route_stop_words``
    words at most, no sentence) over at most ``route_stop_lines`` - 1 such lines, one of its
    lines ending in a year. The strip's lines, held out as the drawing they are."""
    least = int(PLAIN_LIMITS["route_stops"])
    if not PLAIN_LIMITS["dated_bands"] or not least:
        return set()
    k = 0
    while k < len(lines):
        end, count = k, 0
        while end < len(lines) and (stop := _named_stop_end(lines, end, count + 1)) is not None:
            end, count = stop, count + 1
        if count >= least:
            return set(range(k, end))
        k += 1
    return set()


_YEAR_ALONE = re.compile(r"\d{3,4}")


def numbered_year_strip(lines: list[Line]) -> set[int]:
    """With ``year_strips`` on, a timeline strip written out a cell at a time: at least ``route_stops``
    stops one right after another, each its number alone counting 1, 2, 3 … over a year alone and one or
    two short lines (``route_stop_words`` words at most, no sentence), the last stop's second line only
    when it goes on in lower case. The strip's lines, held out as the drawing they are (round 51)."""
    least = int(PLAIN_LIMITS["route_stops"])
    if not PLAIN_LIMITS["year_strips"] or not least:
        return set()
    for k in range(len(lines)):
        end, count = k, 0
        while (stop := _year_stop_end(lines, end, count + 1)) is not None:
            end, count = stop, count + 1
        if count >= least:
            titled = [n for n in (k - 1, end) if 0 <= n < len(lines) and _strip_title(lines[n].text)]
            return set(range(k, end)) | set(titled[:1])  # its title in capitals beside it ("TIMELINE")
    return set()


def _strip_title(text: str) -> bool:
    """A strip's title: a word or two in capitals, ending no sentence."""
    text = text.strip()
    return 0 < len(text.split()) <= 2 and text.isupper() and not ends_sentence(text)


def _era_marked_date(text: str) -> bool:
    """``text`` is a date alone with its era or approximate mark ("c. 1200 BC", "AD 43"), no bare year."""
    return marked_date(text.strip()) and not DATE_ALONE.match(text.strip())


def _stop_date(text: str) -> bool:
    """A year strip's date line: a year alone, or, with ``marked_strip_dates`` on, a date with its era or
    approximate mark ("c. 1792 BC", "12th c. BC": ``marked_date``; round 53, struct68)."""
    return bool(_YEAR_ALONE.fullmatch(text)) or bool(PLAIN_LIMITS["marked_strip_dates"]) and marked_date(text)


def _year_stop_end(lines: list[Line], k: int, number: int) -> int | None:
    """The line after stop ``number`` of a year strip opening at line ``k`` (``numbered_year_strip``), or None."""
    if k + 2 >= len(lines) + 0 or lines[k].text.strip() != str(number) or not _stop_date(lines[k + 1].text.strip()):
        return None
    end = k + 2
    while end < len(lines) and end - k - 2 < 2:
        text = lines[end].text.strip()
        if text == str(number + 1) or not 0 < len(text.split()) <= PLAIN_LIMITS["route_stop_words"] or ends_sentence(text):
            break
        nxt = lines[end + 1].text.strip() if end + 1 < len(lines) else ""
        if end > k + 2 and nxt != str(number + 1) and not text[:1].islower():
            break  # (the last stop: a second line only going on in lower case)
        end += 1
    return end if end > k + 2 else None


def _named_stop_end(lines: list[Line], k: int, number: int) -> int | None:
    """The line after stop ``number`` of a named strip opening at line ``k`` (``named_dated_strip``), or None."""
    lead = _NAMED_STOP.match(lines[k].text)
    if lead is None or int(lead.group(1)) != number:
        return None
    most = int(PLAIN_LIMITS["route_stop_lines"])
    for size in range(2, most + 1):  # the name's line and the lines under it
        stop = lines[k : k + size]
        texts = [lines[k].text[lead.end():], *(ln.text for ln in stop[1:])]
        if len(stop) < size or any(_NAMED_STOP.match(ln.text) for ln in stop[1:]):
            return None
        if all(0 < len(t.split()) <= PLAIN_LIMITS["route_stop_words"] and not ends_sentence(t) for t in texts) and any(
                ENDS_WITH_YEAR.search(t) for t in texts[1:]):
            return k + size
    return None


def dated_band(lines: list[Line], band: set[int]) -> bool:
    """With ``dated_bands`` on, every stop of the route band ``band`` (line indexes) holds a line
    ending in a year ("1869" / "Treaty with Italy", "Boston" / "April 1895") or a distance
    (``_measure_line``: "Paris – Lyon" / "467 km"): a drawn strip of places or events and their
    dates or lengths, no series of titles."""
    if not PLAIN_LIMITS["dated_bands"]:
        return False
    stops: list[list[str]] = []
    for k in sorted(band):
        if _band_rank(lines[k].text):
            stops.append([])
        elif stops:
            stops[-1].append(lines[k].text)
    return bool(stops) and all(any(ENDS_WITH_YEAR.search(text) or _measure_line(text) for text in stop) for stop in stops)


_MEASURE_LINE = re.compile(r"^\d[\d,.]*\s?([^\W\d_]+)\.?$")


def _measure_line(text: str) -> bool:
    """With ``measured_bands`` on, ``text`` is a number and its unit of measure alone ("467 km", "12 miles";
    the units of the lexicon's ``quantity_units``): a stop's distance in a drawn strip, as a date is."""
    m = _MEASURE_LINE.match(text.strip())
    return bool(PLAIN_LIMITS["measured_bands"]) and m is not None and m.group(1).lower() in words("quantity_units")


def _band_rank(text: str) -> int:
    """The place in its series of a label alone that counts (a number, a letter, a roman
    numeral: ``label_rank``), 0 for any other line."""
    label = alone_label(text)
    if label is None or not (label.isdigit() or len(label) == 1 or plain_roman(label)):
        return 0
    return label_rank(label)


def _band_run(lines: list[Line], k: int, size: int) -> tuple[list[str], int]:
    """The labels of a route band from line ``k`` on, each over ``size`` stop lines, and the line
    after the band (``route_band``)."""
    labels: list[str] = []
    while k + size < len(lines):
        label = alone_label(lines[k].text)
        if label is None or _band_rank(lines[k].text) != len(labels) + 1:
            break
        stop = [line.text for line in lines[k + 1 : k + 1 + size]]
        if not all(0 < len(t.split()) <= PLAIN_LIMITS["route_stop_words"] and not ends_sentence(t)
                   and alone_label(t) is None for t in stop):
            break
        labels.append(label)
        k += 1 + size
    return labels, k


def caption_key(lines: list[Line]) -> tuple[dict[int, tuple[int, int]], int | None]:
    """A caption key: the pictures' captions set together away from the text (at a page's
    foot), each opening with its picture's number counting 1, 2 … at least ``key_entries``
    far, one after the other, each a sentence over at most ``key_entry_lines`` lines closed
    by a credit on a line of its own (perhaps wrapped); under a short title ending no
    sentence ("Pictured"). ({first line: (its credit's first line, its last line)}, the
    title's line or None)."""
    limit = int(PLAIN_LIMITS["key_entries"])
    if not limit:
        return {}, None
    k = 0
    while k < len(lines):
        run = _key_run(lines, k)
        if len(run) >= limit:
            head = k - 1 if k and _key_title(_without_key_number(lines[k - 1].text, len(run))) else None
            return run, head
        k += max(1, len(run))
    return {}, None


def _without_key_number(text: str, count: int) -> str:
    """A key's title with a picture's number the extraction glued before it taken off ("2 Pictured": a
    number on a picture beside the title, 1 … ``count``), with ``key_numbers`` on; else the text."""
    m = _KEY_NUMBER.match(text)
    return text[m.end():] if PLAIN_LIMITS["key_numbers"] and m and 1 <= int(m.group(1)) <= count else text


def key_numbers(lines: list[Line], key: dict[int, tuple[int, int]]) -> set[int]:
    """With ``key_numbers`` on, the lines outside a caption key that are one of its entries'
    numbers alone ("1"): the numbers printed on its pictures, no text."""
    if not PLAIN_LIMITS["key_numbers"] or not key:
        return set()
    inside = {k for first, (_, last) in key.items() for k in range(first, last + 1)}
    numbers = {str(n) for n in range(1, len(key) + 1)}
    return {k for k, line in enumerate(lines) if k not in inside and line.text.strip() in numbers}


def _key_run(lines: list[Line], k: int) -> dict[int, tuple[int, int]]:
    """The key's entries from line ``k`` on, numbered from 1 (``caption_key``)."""
    run: dict[int, tuple[int, int]] = {}
    while k < len(lines):
        m = _KEY_NUMBER.match(lines[k].text)
        if m is None or int(m.group(1)) != len(run) + 1:
            break
        end = k
        while not ends_sentence(lines[end].text) and end - k + 1 < PLAIN_LIMITS["key_entry_lines"] and end + 1 < len(lines):
            end += 1
        credit = end + 1
        if not ends_sentence(lines[end].text) or credit >= len(lines):
            break
        words = lines[credit].text.split()
        if not (is_credit(words, closes_caption=True) and (lead_at(words, 0) or PLAIN_LIMITS["key_holder_credits"]
                                                                  and _holder_credit(words))):
            break
        last = credit
        while last + 1 < len(lines) and (_credit_wraps(lines[last], lines[last + 1])
                                         or PLAIN_LIMITS["register_number_wraps"]
                                         and register_number_wraps(lines[last].text, lines[last + 1].text)):
            last += 1
        run[k] = (credit, last)
        k = last + 1
    return run


def _holder_credit(words: list[str]) -> bool:
    """A credit without a lead that names its holder: a run of capitalised words holding an
    institution's noun of the lexicon ("Harbour Museum of Trades, HMT"; round 46, structset56),
    or closed by the object's accession number after a comma (``accession_holders``)."""
    named = any(w.strip(",.;").lower() in CREDIT_KEYWORDS for w in words) or (
        bool(PLAIN_LIMITS["accession_holders"]) and _accession_closed(words))  # "Hollins Herbarium, HH-B 1802.17"
    return named and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or not w[:1].isalpha() for w in words)


def _key_title(text: str) -> bool:
    """A caption key's title: a few words ending no sentence, no credit, no number."""
    parts = text.split()
    return (0 < len(parts) <= PLAIN_LIMITS["key_title_words"] and starts_uppercase(text) and not ends_sentence(text)
            and not any(ch.isdigit() for ch in text) and not lead_at(parts, 0))


def _last_sentence_credit(words: list[str]) -> bool:
    """With ``credit_last_sentence`` on, the words after the last sentence's end among ``words`` (two
    at least) read as a credit closing a caption: a credit opened by a sentence of its own."""
    ends = [n for n, word in enumerate(words[:-1]) if ends_sentence(word)]
    tail = words[ends[-1] + 1 :] if ends else []
    return bool(PLAIN_LIMITS["credit_last_sentence"]) and len(tail) >= 2 and is_credit(tail, closes_caption=True)


def _credit_wraps(line: Line, nxt: Line) -> bool:
    """``nxt`` is the wrapped rest of the credit ``line`` ends with: a short capitalised
    tail ("Courtesy of the Harbour" / "Museum"), or whatever completes a credit left
    open on its lead or a function word ("… Courtesy" / "of the Harbour Museum")."""
    closed = _credit_closed(line.text, nxt.text)
    if (_credit_in_progress(line) and _credit_tail(nxt) and not closed) or _name_wraps(line, nxt):
        return True
    words = [w for w, _ in line.words]
    lead = next((k for k in range(len(words) - 1, max(-1, len(words) - 7), -1)
                 if lead_at(words, k)), None)
    if lead is None or match_label(nxt.text) or LABEL_ALONE.match(nxt.text):
        return False
    tail = words[lead:]
    open_end = tail[-1].lower() in FUNCTION_WORDS or " ".join(tail).lower() in CREDIT_LEADS
    return open_end and is_credit(tail + nxt.text.split(), closes_caption=True)


def _credit_closed(last: str, text: str) -> bool:
    """A credit closed on an institution's noun ("… Expedition Archive") is whole: a
    capitalised line of several words under it is no tail of it (a heading); one opening
    in lower case ("… Library" / "of the Harbour") goes on."""
    words = last.split()  # (a comma leaves a listed hierarchy open: "Slide Collection," / "Hexham")
    if _accession_closed(words) and text[:1].isupper():
        return True
    return bool(words) and not words[-1].endswith(",") and words[-1].strip(".;").lower() in CREDIT_KEYWORDS and (
        text[:1].isupper()) and len(text.split()) > 1  # (a lone name may still close it: "Department" / "Hale")


def _accession_closed(words: list[str]) -> bool:
    """A credit closing on the object's accession number after a comma ("…, AHM 1911.34",
    "…, 1987.44"): the number ends it, nothing of the credit goes on under it."""
    code = REGISTER_NUMBER if PLAIN_LIMITS["register_closes"] else ACCESSION_CODE
    # (with ``semicolon_numbers`` on, a semicolon before the number parts it as a comma does: "Leeds; TM 1902/4")
    marks = (",", ";") if PLAIN_LIMITS["semicolon_numbers"] else (",",)
    return (len(words) >= 2 and words[-2].endswith(marks) and bool(ACCESSION.match(words[-1]))) or (
        len(words) >= 3 and words[-3].endswith(marks) and bool(code.match(" ".join(words[-2:])))) or _marked_number(words)


_OBJECT_MARKS = words("object_number_marks")
_MARKED = re.compile(r"^(?:[A-Z]{1,4} )?\d{1,5}(?:[./-]\d{1,5}){0,3}[a-z]?$")


def _marked_number(parts: list[str]) -> bool:
    """With ``marked_numbers`` on, ``parts`` close on an object's number after a comma and a
    catalogue mark of the lexicon's ``object_number_marks`` ("…, inv. HS 6.118", "…, no. 22")."""
    if not PLAIN_LIMITS["marked_numbers"]:
        return False
    for n in (2, 3):  # the mark, then a number or a register's letters and number
        if len(parts) > n and parts[-n - 1].endswith(",") and parts[-n].endswith(".") and (
                parts[-n][:-1].lower() in _OBJECT_MARKS and _MARKED.match(" ".join(parts[-n + 1 :]))):
            return True
    return False


def _listed_credit_wraps(line: Line, nxt: Line) -> bool:
    """A credit listed as a hierarchy wraps onto the next line: after the line's last
    sentence end, a capitalised run left open by a comma that the whole next line
    completes ("… 1910. Harbour Photo Collection," / "Glass Plate Division, City Library")."""
    words = [w for w, _ in line.words]
    for k in range(len(words) - 1, 0, -1):
        if ends_sentence(words[k - 1]):
            run = words[k:]
            return run[-1].endswith(",") and is_credit(run + nxt.text.split(), closes_caption=False)
    return False


_STOP_REST = re.compile(r"^\.\d{1,4}(?:\.\d{1,4})*[a-z]?$")  # ".1884.7": a number's rest from a stop on
_CODE_HEAD = re.compile(r"^[A-Z]{2,5}(?:\.[A-Z0-9]{1,4})*$")  # "KMT.B": a register's letters, maybe with parts


def _listed_credit_line(line: Line, nxt: Line) -> bool:
    """A listed credit on a line of its own wrapping onto the next: a capitalised run left open
    by a comma that the next line, ending no sentence, completes ("Harbour Museum of the Sea," /
    "Glass Plate Collection"); the line alone is no credit yet."""
    words = [w for w, _ in line.words]
    rest = nxt.text.split()
    return (bool(words) and words[0][:1].isupper() and words[-1].endswith(",") and bool(rest)
            and not ends_sentence(nxt.text) and not is_credit(words, closes_caption=False)
            and is_credit(words + rest, closes_caption=False))


def _name_wraps(line: Line, nxt: Line) -> bool:
    """A credit without lead wraps: the run after the line's last sentence end is not a
    credit yet, and with the short capitalised next line it is ("… Wilson. Kennan" /
    "Gallery")."""
    words = [w for w, _ in line.words]
    for k in range(len(words) - 1, 0, -1):
        if ends_sentence(words[k - 1]):
            run = words[k:]
            return (
                _credit_tail(nxt)
                and not is_credit(run, closes_caption=False)
                and is_credit(run + nxt.text.split(), closes_caption=False)
            )
    return False


_CREDIT_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")  # a year closing a credit ("Photograph © A. Name, 2005")


def _credit_tail(line: Line) -> bool:
    """A short capitalised line that may end a wrapped credit (not a panel label)."""
    words = line.text.split()
    if LABEL_ALONE.match(line.text) or LABEL_LEAD.match(line.text):
        return False
    if line.text.endswith(".") and (len(words) > 2 or not ends_sentence(words[-1])):
        return False  # only a name of one or two words may close with a full stop ("Archive.")
    if len(words) >= 3 and words[-3].endswith(",") and (
            ACCESSION_CODE if not PLAIN_LIMITS["register_tails"] else REGISTER_NUMBER).match(" ".join(words[-2:])):
        words = words[:-2]  # a lender's name closed by the object's number ("…, GMC 1987.44", "…, RCC 14")
    elif len(words) >= 2 and words[-2].endswith(",") and (ACCESSION.match(words[-1]) or _CREDIT_YEAR.fullmatch(words[-1])):
        words = words[:-1]  # (or by the year of the photograph: "…, 2005")
    # a sign ("©", "/", "&") neither opens nor breaks a capitalised run
    capitalised = all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or not w[:1].isalnum() for w in words)
    named = [w for w in words if w[:1].isalnum()]
    if any(w.strip(",.").lower() in CREDIT_KEYWORDS for w in words):  # an institution's name: its
        named = [w for w in named if w.lower() not in FUNCTION_WORDS]  # "of the" count for nothing
    return 1 <= len(named) <= 4 and capitalised and words[-1][:1].isupper()


def _ends_with_credit(line: Line, prev: Line | None) -> bool:
    """The line ends in a credit after a sentence end (its own or the previous line's)."""
    words = [w for w, _ in line.words]
    lead = next((k for k in range(len(words)) if lead_at(words, k)), None)
    if lead is not None and is_credit(words[lead:], True) and not (
            PLAIN_LIMITS["lower_leads_in_sentence"] and lead > 0 and words[lead][:1].islower()
            and not ends_sentence(words[lead - 1]) and prev is not None and not ends_sentence(prev.text)):
        return lead > 0 or prev is None or ends_sentence(prev.text)
    for k in range(1, len(words)):
        if ends_sentence(words[k - 1]) and is_credit(words[k:], False):
            return True
    # a credit on a line of its own after the caption's last sentence
    return prev is not None and ends_sentence(prev.text) and is_credit(words, False)


def _trailing_credit(cap: Fragment, closes: bool = True) -> tuple[int, int] | None:
    """(line index in the caption, word index) where its credit starts, or None."""
    words: list[tuple[str, int, int]] = []
    for n in range(max(0, len(cap.lines) - int(PLAIN_LIMITS["credit_lines"])), len(cap.lines)):
        skip = cap.label_words if n == 0 else 0
        for k, (w, _) in enumerate(cap.lines[n].words):
            if k < skip:
                continue
            if k == 0 and words and words[-1][0].endswith(LINE_HYPHENS) and w[:1].islower():
                head = words.pop()
                words.append((head[0][:-1] + w, head[1], head[2]))
                continue
            words.append((w, n, k))
    plain = [w for w, _, _ in words]
    if plain and re.fullmatch(r"(?:[A-Z]\.){2,}", plain[-1]) and (
        len(plain) < 2 or ends_sentence(plain[-2])
    ):
        return None  # "U.S." after a sentence end opens the next sentence
    for k in range(len(plain) - 1, max(-1, len(plain) - 10), -1):
        if lead_at(plain, k) and is_credit(plain[k:], True):
            k = _medium_before_lead(plain, widen_lead(plain, k))
            k = _medium_line_start(words, k)
            # (not the whole caption: the window may start at a later line of it)
            return (words[k][1], words[k][2]) if k > 0 or words[k][1] > 0 else None
    for k in range(1, len(plain)):
        if _sentence_closed(plain[k - 1]) and is_credit(plain[k:], closes):
            return words[k][1], words[k][2]
        if _referenced_close(plain[:k]) and is_credit(plain[k:], closes):
            return words[k][1], words[k][2]
    return None


def _referenced_close(words: list[str]) -> bool:
    """The words end on a sentence and then a bracketed cross-reference ("… case. (see ¶ 6)"),
    with ``caption_references`` on."""
    if not words or not words[-1].endswith(")") or not PLAIN_LIMITS["caption_references"]:
        return False
    text = " ".join(words)
    stripped = without_trailing_reference(text)
    return stripped != text and ends_sentence(stripped)


def _sentence_closed(word: str) -> bool:
    """The word ends a sentence, perhaps before a note's call ("1880.*", "in 1880.2"), with
    ``credit_after_call`` on (a reference mark after any stop: no decimal ends in one)."""
    if ends_sentence(word) or not PLAIN_LIMITS["credit_after_call"]:
        return ends_sentence(word)
    return ends_sentence(_MARK_AFTER_STOP.sub("", _without_end_call(word)))


_MARK_AFTER_STOP = re.compile(r"(?<=[.!?])[*†‡]+$")


def _medium_line_start(words: list[tuple[str, int, int]], k: int) -> int:
    """Where a credit opening at ``words[k]`` (a lead) starts when its line opens with a short
    medium closed by its own stop ("Glass, about 1886. Lent by …"), the caption's sentence
    finished on the line before: the line is the credit's, medium and all, as a credit set on a
    line of its own is (at most ``medium_line_credits`` words before the lead)."""
    if not PLAIN_LIMITS["medium_line_credits"]:
        return k
    line = words[k][1]
    start = next(j for j in range(len(words)) if words[j][1] == line)
    if not 1 <= start < k or k - start > PLAIN_LIMITS["medium_line_credits"]:
        return k
    plain = [w for w, _, _ in words]
    if ends_sentence(plain[start - 1]) and plain[start][:1].isupper() and ends_sentence(plain[k - 1]):
        return start
    return k


def _medium_before_lead(words: list[str], k: int) -> int:
    """Where a credit opening with a lead at ``words[k]`` starts: at most
    ``credit_medium_words`` capitalised words before the lead, right after a sentence end,
    are the picture's medium and open the credit ("… a glass negative. Glass negative lent by …")."""
    for back in range(int(PLAIN_LIMITS["credit_medium_words"]), 0, -1):
        start = k - back
        if start >= 1 and ends_sentence(words[start - 1]) and words[start][:1].isupper() \
                and not any(ends_sentence(w) for w in words[start:k]):
            return start
    return k


_FOLIO_HEAD = re.compile(r"^(\d{1,4})\s+(?=[A-Z])")


def _folio_head(lines: list[Line], first: int, source: str) -> bool:
    """The text's first line is a running head with its page's number ("48 The Collection"):
    it opens with a number over a word in capitals, and the next page opens with the next
    number alone on its line ("49": a folio line the lines leave out, read in the source
    before the page's first line with any running head left out there). Numbered headings counting on ("3 The Gate" / "4 The
    Ledger") are no folios."""
    m = _FOLIO_HEAD.match(lines[first].text) if first < len(lines) else None
    if m is None:
        return False
    after = re.compile(rf"^\s*{int(m.group(1)) + 1}\s*$")
    for k in range(first + 1, len(lines)):
        line = lines[k]
        if line.page_start and line.page != lines[first].page:
            before = lines[k - 1]
            gap = source[before.start + len(before.raw): line.start].replace("\f", "\n").split("\n")
            return any(after.match(part) for part in [*gap, line.text])
    return False


def _page_widths(lines: list[Line]) -> list[float]:
    """Per line, the length of a full line on its page. A page's lines written one word a
    line (``word_page_lines``) are left out of the measure of its other lines (they would
    make every line of a few words a full one); they keep the measure of the whole page."""
    word_page = word_page_lines(lines)
    widths: list[float] = []
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and lines[end].page == lines[start].page:
            continue
        page = lines[start:end]
        width = _full_line([line.length for line in page], lines)
        if word_page:
            rest = [line.length for line in page if line.index not in word_page]
            own = _full_line(rest, [line for line in lines if line.index not in word_page]) if rest else width
            widths.extend([width if line.index in word_page else own for line in page])
        else:
            widths.extend([width] * (end - start))
        start = end
    return widths


def _full_line(lengths: list[int], fallback: list[Line]) -> float:
    """The length of a full line among ``lengths`` (those of the ``fallback`` lines when
    there are too few to tell)."""
    region = sorted(lengths)
    if len(region) < 8:
        region = sorted(line.length for line in fallback)
    return float(region[min(len(region) - 1, int(PLAIN_LIMITS["full_line"] * len(region)))])


def turned_credits(lines: list[Line]) -> dict[int, list[Line]]:
    """Credits set along a turned line that the extraction printed one word a line
    ("Photo:" / "Ada" / "Brook"): a run of one-word lines whose words read as a credit
    opening with its lead, or naming its holder (``_holder_credit``, with ``turned_holder_credits``).
    {first line: the lines}."""
    found: dict[int, list[Line]] = {}
    for run in one_word_runs(lines):
        words = [line.text.strip() for line in run]
        holder = PLAIN_LIMITS["turned_holder_credits"] and _holder_credit(words)  # "Uri" / … / "Archive," / "UTA" / "2207"
        if (lead_at(words, 0) or holder) and is_credit(words, True):
            found[run[0].index] = run
    for line in lines:  # such a run joined back into its line (``turned_lines_joined``)
        words = line.text.split()
        holder = PLAIN_LIMITS["turned_holder_credits"] and _holder_credit(words)
        if _joined(line) and (lead_at(words, 0) or holder) and is_credit(words, True):
            found[line.index] = [line]
    return found


def drop_caps(lines: list[Line]) -> dict[int, int]:
    """Drop caps the extraction printed on a line of their own ("B" … "y 1917 the
    port…", even before the title): a lone capital and,
    within the next lines or further down its page, the
    first line that opens in lower case right under a heading (a title-case line after
    a finished line or another title line), the letter completing its first word.
    {index of that line: index of the drop cap's line}."""
    found: dict[int, int] = {}
    lone = {line.text.strip() for line in lines if len(line.text.strip()) == 1 and line.text.strip().isupper()}
    word_page = word_page_lines(lines)  # (there every word stands alone: a lone capital is a word or a label)
    for line in lines:
        letter = line.text.strip()
        if len(letter) != 1 or not letter.isupper() or line.index in word_page:
            continue
        if PLAIN_LIMITS["lettered_series_caps"] and {chr(ord(letter) - 1), chr(ord(letter) + 1)} & lone:
            continue  # a letter in a series of lone letters ("A" … "B" … "C"): panel labels, no drop cap
        after = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if one_letter_word(letter) and after is None:
            continue  # the word "A" or "I"
        # "A" or "I" over a title is a panel label, unless a line opening in lower case
        # under a heading below lacks exactly that letter ("I" ... "n July 1799")
        reach = line.index + 1 + int(PLAIN_LIMITS["drop_cap_reach"])
        for nxt in lines[line.index + 1 :]:
            if nxt.index >= reach and nxt.page != line.page:
                break  # (the extraction may print the letter anywhere on its page)
            prev, before = lines[nxt.index - 1], lines[nxt.index - 2]
            # (a heading left open on a function word goes on: "The Edge of" / "an Empire")
            heading = raw_title_like(prev.text) and not _open_end(prev.text) and (
                ends_sentence(before.text) or raw_title_like(before.text))
            if starts_lowercase(nxt.text) and heading and completes_word(letter, nxt.text):
                found.setdefault(nxt.index, line.index)
                break
    return found


def _cut_line(line: Line, cut: int, skip: int = 0) -> tuple[Line, Line]:
    """``line`` cut in two at ``cut`` (the tail starting ``skip`` characters later): the head keeps the
    line's gap, separator and page start, both keep its page and spacing; indexes are set by the caller."""
    head = Line(0, line.lineno, line.start, line.raw[:cut].rstrip(), line.gap_before, line.separator_before)
    tail = Line(0, line.lineno, line.start + cut + skip, line.raw[cut + skip:])
    for part in (head, tail):
        part.page, part.spacing = line.page, line.spacing
    head.page_start = line.page_start
    return head, tail


def unglued(lines: list[Line]) -> list[Line]:
    """Lines with a caption's first line that the extraction glued to a body line set on
    the same baseline split off ("… treasures of a king. The rivet pattern of the" / "sand
    of Mound 1." / "Picture: …"): a line over ``glued_ratio`` times as long as the lines
    around it on its page, holding a sentence end that closes the sentence of the line
    before within that line's measure, its tail opening in capitals, with a credit lead
    opening one of the next ``glued_credit_reach`` lines. The lines renumbered."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        prev = lines[k - 1] if k else None
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        cut = _glue_cut(line, prev, nxt, lines[k + 1 : k + 1 + int(PLAIN_LIMITS["glued_credit_reach"])])
        if cut is None and PLAIN_LIMITS["glued_position_labels"]:
            cut = _heading_glue_cut(line)
        if cut is None and PLAIN_LIMITS["glued_sidenotes"] and prev is not None and prev.page == line.page:
            cut = _sidenote_glue_cut(line, prev)
        if cut is None and PLAIN_LIMITS["notes_before_text"] and prev is not None and prev.page == line.page:
            cut = _note_text_glue_cut(line, prev, nxt)
        if cut is None:
            out.append(line)
            continue
        out += _cut_line(line, cut)
    if len(out) == len(lines):
        return lines
    for index, line in enumerate(out):
        line.index = index
    return out


_NUMBERED_RUN_IN = re.compile(r"^(\d{1,2})\s+(?=[A-Z])")
_MARKED_RUN_IN = re.compile(r"^\u00b6\s?(\d{1,3})\s+(?=\S)")  # a paragraph sign and number opening a line: "¶ 4 The …"
_LETTERED_RUN_IN = re.compile(r"^([A-Z])\s+(?=[A-Z])")
_STOPPED_RUN_IN = re.compile(r"^(\d{1,2})\.\s+(?=[A-Z])")


def _run_in_series(lines: list[Line], label: re.Pattern[str], title: Callable[[str], int | None],
                   after_label: bool = False) -> list[tuple[int, int]]:
    """(line, characters of its head) of the run-in heads of one series (``label``: numbers
    or letters counting up from 1 or A), each opening a paragraph after a sentence's end,
    its text going on into the next line, its title ending where ``title`` says; none when
    the series is shorter than ``run_in_series``. ``after_label``: a head may also open
    after a sentence closed by a note's call ("… ships.*") or after a line half its length
    or less left open on nothing (a picture's label, a map's scale)."""
    heads: list[tuple[int, int]] = []  # in the labels' order
    for k, line in enumerate(lines):
        m = label.match(line.text)
        if m is None or _rank(m.group(1)) != len(heads) + 1 or (k and not _opens_after(lines[k - 1], line, after_label)):
            continue
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        if not (line.text.endswith(LINE_HYPHENS) or starts_lowercase(nxt)):
            continue  # (the text after the head runs on: a head on a line of its own is no run-in)
        cut = title(line.raw)
        if cut is not None:
            heads.append((k, cut))
    return heads if len(heads) >= PLAIN_LIMITS["run_in_series"] else []


_LETTERED_STOPPED = re.compile(r"^([A-Z])\.\s+(?=[A-Z])")


def lettered_heads_parted(lines: list[Line]) -> tuple[list[Line], set[int], set[int]]:
    """Lines with lettered heads set with stops parted from the text they run into
    (``_lettered_stopped_series``; the title's stop dropped), the ids of the lines that open
    the text after such a head (each a paragraph's first line, never a heading: a short
    tail left by a long title would read as one), and the ids of the heads' first lines
    (no caption runs on into one). The lines renumbered."""
    cuts, firsts = _lettered_stopped_series(lines) if PLAIN_LIMITS["run_in_lettered_stops"] else ({}, set())
    if not cuts:
        return lines, set(), set()
    out: list[Line] = []
    bodies: set[int] = set()
    heads: set[int] = set()
    for k, line in enumerate(lines):
        cut = cuts.get(k)
        if cut is None:
            out.append(line)
        elif not line.raw[cut + 1:].strip():  # a head filling its line: its stop dropped
            out.append(_cut_line(line, cut)[0])
        else:
            rest = 1 + len(line.raw[cut + 1:]) - len(line.raw[cut + 1:].lstrip())
            head, tail = _cut_line(line, cut, rest)
            out += [head, tail]
            bodies.add(id(tail))
        if k in firsts:
            heads.add(id(out[-1] if cut is None or not line.raw[cut + 1:].strip() else out[-2]))
    for index, line in enumerate(out):
        line.index = index
    return out, bodies, heads


def _lettered_stopped_series(lines: list[Line]) -> tuple[dict[int, int], set[int]]:
    """({line: offset of a title's stop}, the heads' first lines) of lettered heads set with
    stops ("C. A Long Way Home. The road …"): heads A., B., C. … counting up at least
    ``run_in_series`` far, each opening after a sentence's end (``_opens_after``), whose
    title closes on its own stop and reads as a title; the title closing on the head's line
    before a capitalised word (that line cut), or going on to close on the next line (the
    next line cut: "A. A Plan for the Great" / "Dictionary. In 1857 …"), or filling the
    head's line ("B. The Shed in the Garden."); else nothing."""
    cuts: dict[int, int] = {}
    firsts: set[int] = set()
    for k, line in enumerate(lines):
        m = _LETTERED_STOPPED.match(line.text)
        if m is None or _rank(m.group(1)) != len(firsts) + 1 or (k and not _opens_after(lines[k - 1], line, True)):
            continue
        cut = _stopped_title(line.raw)
        if cut is not None:
            cuts[k] = cut
        elif _whole_stopped_title(line.text):
            cuts[k] = len(line.raw.rstrip()) - 1
        elif k + 1 < len(lines) and "." not in line.text[len(m.group(0)):]:
            cut = _broken_stopped_title(line, lines[k + 1])
            if cut is None:
                continue
            cuts[k + 1] = cut
        else:
            continue
        firsts.add(k)
    return (cuts, firsts) if len(firsts) >= PLAIN_LIMITS["run_in_series"] else ({}, set())


def _whole_stopped_title(text: str) -> bool:
    """A lettered head with its title closed by a stop filling the line ("B. The Shed.")."""
    title = text.split(" ", 1)[1][:-1] if text.endswith(".") else ""
    return len(title.split()) >= PLAIN_LIMITS["run_in_title_words"] and raw_title_like(title)


def _broken_stopped_title(line: Line, nxt: Line) -> int | None:
    """Where, in ``nxt``'s raw text, the title of the head on ``line`` (holding no stop)
    closes on its stop, or None (``_stopped_title`` over the two lines; a word broken at
    the line-end hyphen joined)."""
    broken = line.text.endswith(LINE_HYPHENS) and line.text[-2:-1].isalpha()
    head = line.text[:-1] if broken else f"{line.text} "
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", nxt.raw)]
    end = next((n for n, (a, b) in enumerate(spans) if nxt.raw[b - 1] == "."), None)
    if end is None or end + 1 >= len(spans) or not nxt.raw[spans[end + 1][0]:][:1].isupper():
        return None
    title = head.split(" ", 1)[1] + nxt.raw[spans[0][0]:spans[end][1] - 1]
    if not raw_title_like(title) or title.split()[-1].lower() in FUNCTION_WORDS:
        return None
    return spans[end][1] - 1


def _opens_after(prev: Line, line: Line, after_label: bool) -> bool:
    """A run-in head on ``line`` may open after ``prev`` (``_run_in_series``)."""
    if ends_sentence(prev.text):
        return True
    return after_label and (ends_sentence(_without_end_call(prev.text)) or (
        2 * prev.length <= line.length and not _continues(prev.text) and not prev.text.endswith(LINE_HYPHENS)))


def _rank(label: str) -> int:
    """A number's value, a letter's place in the alphabet."""
    return int(label) if label.isdigit() else ord(label) - ord("A") + 1


def _stopped_title(raw: str) -> int | None:
    """Where a numbered head's title closed by its own full stop ends in ``raw`` (the offset
    of the stop, dropped between the head and its text), or None: the words after the number up to the first one
    ending in a full stop, at least ``run_in_title_words`` of them, reading as a title
    without it, a capitalised word after it (the text's first sentence: "1. The Old Mill.
    Grain came …")."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", raw)][1:]  # (the number left out)
    words = [raw[a:b] for a, b in spans]
    end = next((k for k, word in enumerate(words) if word.endswith(".")), None)
    if end is None or end + 1 >= len(words) or end + 1 < PLAIN_LIMITS["run_in_title_words"]:
        return None
    title = " ".join(words[:end + 1])[:-1]
    if not words[end + 1][:1].isupper() or not raw_title_like(title) or words[end][:-1].lower() in FUNCTION_WORDS:
        return None
    return spans[end][1] - 1


def _capitals_title(raw: str) -> int | None:
    """Where a lettered head's title in capitals ends in ``raw`` (an offset), or None: the
    words in capitals after the letter ("DUG UP BY NIGHT"), at least ``run_in_title_words``
    of them, up to a word in mixed case opening with a capital (the text's first sentence)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", raw)][1:]  # (the letter left out)
    words = [raw[a:b].rstrip(",:;") for a, b in spans]
    end = 0
    while end < len(words) and words[end].isalpha() and words[end].isupper():
        end += 1
    if end < PLAIN_LIMITS["run_in_title_words"] or end == len(words):
        return None
    opening = words[end].lstrip("“‘\"'(")
    if not (opening[:1].isupper() and any(ch.islower() for ch in opening)):
        return None
    return spans[end - 1][1]


def run_in_heads_parted(lines: list[Line]) -> list[Line]:
    """Lines with numbered heads run into their paragraphs' first lines parted from their
    text ("1 Two Clinics, Two Fates The hospital ran …": a head set in the paragraph's
    first line in other type, the type lost in extraction): where paragraphs, each
    opening after a sentence's end and going on into their next line (a line-end hyphen or
    a next line in lower case), open with numbers counting up 1, 2, 3 … at least
    ``run_in_series`` far, each followed by a title (``_run_in_title``), the head and its
    text are two lines. The lines renumbered."""
    series = int(PLAIN_LIMITS["run_in_series"])
    if not series:
        return lines
    cuts = dict(_run_in_series(lines, _NUMBERED_RUN_IN, _run_in_title))
    if PLAIN_LIMITS["run_in_stops"] and not cuts:
        cuts = dict(_run_in_series(lines, _STOPPED_RUN_IN, _stopped_title, after_label=True))
    if PLAIN_LIMITS["run_in_letters"]:
        cuts.update(_run_in_series(lines, _LETTERED_RUN_IN, _capitals_title))
    if not cuts:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k not in cuts:
            out.append(line)
            continue
        cut = cuts[k]
        stop = 1 if line.raw[cut:cut + 1] == "." else 0  # a title's own full stop ("1. The Title. Text …") dropped
        rest = stop + len(line.raw[cut + stop:]) - len(line.raw[cut + stop:].lstrip())
        out += _cut_line(line, cut, rest)
    for index, line in enumerate(out):
        line.index = index
    return out


def numbered_paragraphs(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """Lines with the numbers of numbered paragraphs left out ("1 The farmer … hold-" /
    "ing …": a catalogue's paragraph numbers printed in its margin, read into each paragraph's
    first line): lines opening with numbers counting up 1, 2, 3 … at least
    ``numbered_paragraphs`` far, each opening a paragraph (after a sentence's end, a heading or
    a short line, ``_opens_after``) and going on into the next line (a line-end hyphen, a next
    line in lower case, or a full line, ``full_line_share``, ending no sentence: a numbered
    heading stays a heading), the
    number not glued as a call to a word in the text before it (a note's number follows its
    call; a paragraph's number is called by nothing). The lines renumbered, and the ids of
    the lines that open the numbered paragraphs (each a paragraph's first line)."""
    least = int(PLAIN_LIMITS["numbered_paragraphs"])
    if not least:
        return lines, set()
    found: dict[int, int] = {}  # {line: characters of its number and the space after it}
    widths = _page_widths(lines)
    for k, line in enumerate(lines[1:-1], start=1):
        marked = _MARKED_RUN_IN.match(line.raw.lstrip()) if PLAIN_LIMITS["marked_paragraphs"] else None
        if marked is not None and int(marked.group(1)) == len(found) + 1:
            # the paragraph sign says the line opens a paragraph and its number is the paragraph's
            found[k] = len(line.raw) - len(line.raw.lstrip()) + marked.end()
            continue
        m = _NUMBERED_RUN_IN.match(line.raw.lstrip())
        if m is None or int(m.group(1)) != len(found) + 1 or not _opens_after(lines[k - 1], line, True):
            continue
        full = line.length >= PLAIN_LIMITS["full_line_share"] * widths[k] and not ends_sentence(line.text)
        goes_on = line.text.endswith(LINE_HYPHENS) or starts_lowercase(lines[k + 1].text) or full
        if not goes_on or _called_before(lines[:k], m.group(1)):
            continue
        found[k] = len(line.raw) - len(line.raw.lstrip()) + m.end()
    if len(found) < least:
        return lines, set()
    out: list[Line] = []
    opened: set[int] = set()
    for k, line in enumerate(lines):
        skip = found.get(k)
        if skip is None:
            out.append(line)
            continue
        tail = Line(0, line.lineno, line.start + skip, line.raw[skip:], line.gap_before, line.separator_before)
        tail.page, tail.spacing, tail.page_start = line.page, line.spacing, line.page_start
        out.append(tail)
        opened.add(id(tail))
    for index, line in enumerate(out):
        line.index = index
    return out, opened


# A paragraph's number printed in the margin: a pilcrow and a number ("¶ 3", "¶12").
PARAGRAPH_MARK = re.compile(r"\u00b6\s?\d{1,3}")


def paragraph_marks(lines: list[Line]) -> set[int]:
    """Indexes of the lines that are a paragraph's number alone (``PARAGRAPH_MARK``), at least
    ``paragraph_marks`` of them in the text: an extraction prints the margin's numbers on lines of
    their own, in or between the paragraphs' lines; they number the text, they are none of it."""
    least = int(PLAIN_LIMITS["paragraph_marks"])
    found = {line.index for line in lines if PARAGRAPH_MARK.fullmatch(line.text.strip())}
    return found if least and len(found) >= least else set()


_FIGURE_CELL = re.compile(r"[−-]?\d[\d,.\u202f]*%?")


def _figures_row(text: str) -> bool:
    """A line of two or more cells, every one a figure ("1,000 3", "2 0.30103")."""
    cells = text.split()
    return len(cells) >= 2 and all(_FIGURE_CELL.fullmatch(cell) for cell in cells)


_RANGE_CELL = re.compile(r"\d[\d,.]*[–-]\d[\d,.]*")  # a range of figures in one cell ("1827–28")


def _labelled_figures_row(text: str) -> bool:
    """With ``labelled_figure_rows`` on, a table's row of a label and figures ("Hounslow Heath 1784 5.19
    miles"): up to ``labelled_row_words`` words opening in capitals, then at least two cells of figures (a
    range of them one cell), each perhaps followed by a unit's short word in lower case, nothing else."""
    cells = text.split()
    first = next((n for n, cell in enumerate(cells) if _FIGURE_CELL.fullmatch(cell) or _RANGE_CELL.fullmatch(cell)), None)
    if not PLAIN_LIMITS["labelled_figure_rows"] or not first or first > PLAIN_LIMITS["labelled_row_words"]:
        return False
    if not all(cell[:1].isupper() for cell in cells[:first]):
        return False
    figures = units = 0
    for cell in cells[first:]:
        if _FIGURE_CELL.fullmatch(cell) or _RANGE_CELL.fullmatch(cell):
            figures += 1
        elif cell.isalpha() and cell.islower() and len(cell) <= PLAIN_LIMITS["unit_letters"]:
            units += 1
        else:
            return False
    return figures >= 2 and units <= figures


_KEY_ROW = re.compile(r"^(\d{1,2})\s+([A-Z][^\W\d_]*(?:[\s'’-][A-Z]?[^\W\d_]+){0,2})$")  # "3 Sarai", "12 Le Puy"


def _counted_key(rows: list[Line]) -> bool:
    """With ``key_rows`` on, ``rows`` are a map's key: each a number and a name of at most three words
    opening in a capital ("1 Palma", "2 Timbuktu"), the numbers counting up by one."""
    numbers = [int(m.group(1)) for row in rows if (m := _KEY_ROW.match(row.text.strip()))]
    return (bool(PLAIN_LIMITS["key_rows"]) and len(numbers) == len(rows) > 0
            and numbers == list(range(numbers[0], numbers[0] + len(numbers))))


def numeric_tables_inside(lines: list[Line]) -> set[int]:
    """With ``figure_rows`` on, the indexes of the lines of a table of figures an extraction printed
    inside a sentence: at least ``figure_rows`` lines in a row on one page, each cells of figures
    alone (``_figures_row``), under at most ``figure_heads`` short lines ending no sentence (the
    table's title and its header row), the line over them left open (a hyphen or no sentence's end)
    and the line after the rows going on in lower case. The table is no text; the sentence reads on."""
    least = int(PLAIN_LIMITS["figure_rows"])
    found: set[int] = set()
    if not least:
        return found
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and (_figures_row(lines[end].text) or _labelled_figures_row(lines[end].text)) and (
                lines[end].page == lines[k].page):
            end += 1
        if end == k and PLAIN_LIMITS["key_rows"]:
            while end < len(lines) and lines[end].page == lines[k].page and _counted_key(lines[k : end + 1]):
                end += 1
        if end - k < least:
            k += 1
            continue
        start = k
        while k - start < PLAIN_LIMITS["figure_heads"] and start > 0 and _table_head(lines[start - 1].text):
            start -= 1
        rows_end = end
        while (PLAIN_LIMITS["key_rows"] and end - rows_end < PLAIN_LIMITS["figure_heads"] and end < len(lines)
               and _table_head(lines[end].text) and _counted_key(lines[k:rows_end])):
            end += 1  # a map key's title set under its rows ("Places named on the inset")
        before = lines[start - 1] if start > 0 else None
        after = lines[end] if end < len(lines) else None
        if before is not None and after is not None and not ends_sentence(before.text) and starts_lowercase(after.text):
            found.update(range(start, end))
        k = end
    return found


def _table_head(text: str) -> bool:
    """A short line ending no sentence, opening with a capital: a table's title or header row."""
    words = text.split()
    return 0 < len(words) <= PLAIN_LIMITS["figure_head_words"] and words[0][:1].isupper() and not ends_sentence(text) and (
        not text.rstrip().endswith(("-", "\u00ad", ",")))


# A number alone, at most a short unit after it ("1,000 m", "40 %"): a scale's mark or a margin's number.
MARGIN_NUMBER = re.compile(r"(\d{1,3}(?:[,.\u202f]\d{3})*)(?:\s?(?:[^\W\d_]{1,3}|%|°))?")


def number_columns(lines: list[Line]) -> set[int]:
    """Indexes of the lines of a drawn scale the extraction printed as a column ("0 m" /
    "1,000 m" / … / "10,900 m"): at least ``number_columns`` lines in a row, each a number
    alone (``MARGIN_NUMBER``), their values rising by one step each but the last (a scale's
    even marks, its end where the drawing ends). A timeline's years rise by uneven steps."""
    least = int(PLAIN_LIMITS["number_columns"])
    found: set[int] = set()
    run: list[tuple[int, float]] = []
    for line in [*lines, None]:
        m = MARGIN_NUMBER.fullmatch(line.text.strip()) if line is not None else None
        if line is not None and m is not None:
            run.append((line.index, float(re.sub(r"\D", "", m.group(1)))))
            continue
        steps = [b[1] - a[1] for a, b in zip(run, run[1:], strict=False)]
        if least and len(run) >= least and all(step > 0 for step in steps) and len(set(steps[:-1])) == 1:
            found |= {index for index, _value in run}
        run = []
    return found


def _called_before(lines: list[Line], number: str) -> bool:
    """``number`` is glued as a note's call to a word or its closing stop in ``lines``."""
    call = re.compile(r"[^\W\d_][.,;:!?’”'\")\]]*" + number + r"(?!\d)")
    return any(call.search(line.text) for line in lines)


def _run_in_title(raw: str) -> int | None:
    """Where a numbered head's title ends in ``raw`` (an offset), or None: the title runs
    from the number's next word in title case up to a capitalised word that opens sentences
    ("… Two Fates The hospital"), or else up to the capitalised word right before the
    first lower-case word that is no function word (the sentence's one-word subject:
    "… Dissecting Room Semmelweis ruled"); at least ``run_in_title_words`` words."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", raw)][1:]  # (the number left out)
    words = [raw[a:b] for a, b in spans]
    end = None
    for k in range(1, len(words)):
        bare = words[k].strip("“‘\"'(").lower()
        if words[k][:1].isupper() and bare in SENTENCE_OPENERS:
            end = k
            break
        if words[k][:1].islower() and bare.rstrip(",.;:") not in FUNCTION_WORDS:
            end = k - 1 if k > 1 and words[k - 1][:1].isupper() else None
            break
    if end is None or end < PLAIN_LIMITS["run_in_title_words"]:
        return None
    title = " ".join(words[:end])
    if not raw_title_like(title) or ends_sentence(title) or words[end - 1].lower() in FUNCTION_WORDS:
        return None
    return spans[end - 1][1]


def turned_lines_joined(lines: list[Line]) -> list[Line]:
    """Lines set turned (a title band up the page's side, a caption or credit along a
    picture) or in display type one word a measure, which the extraction printed one word
    a line, joined back into the lines they were (``lines.one_word_runs``): a run is cut
    after a word ending a sentence, before a credit's lead and before a year that no comma
    leads up to ("… Museum" / "1804": a strip's next date; with ``turned_register_numbers`` on,
    not after a register's letters: "UTA" / "2207" is an object's number), and each piece of two words
    or more becomes one line. A run holding a word broken at a hyphen is left alone (a
    narrow column's broken word). The lines renumbered."""
    joined: dict[int, list[list[Line]]] = {}
    for run in one_word_runs(lines):
        if any(ln.text.endswith(LINE_HYPHENS) for ln in run):
            continue
        pieces = _turned_pieces(run)
        before = lines[run[0].index - 1] if run[0].index else None
        if before is not None and _opens_run(before, pieces[0]):
            # display type: "4. Harbour" / "Works" / "Act," / … is a heading over
            # short lines, wider than its column once joined; its first piece stays as printed
            pieces = [[ln] for ln in pieces[0]] + pieces[1:]
        if any(len(piece) >= TURNED_RUN for piece in pieces):
            joined[run[0].index] = pieces
    if not joined:
        return lines
    out: list[Line] = []
    skip_to = -1
    for k, line in enumerate(lines):
        if k < skip_to:
            continue
        found = joined.get(line.index)
        if found is None:
            out.append(line)
            continue
        out += [ln for piece in found for ln in ([_joined_line(piece)] if len(piece) >= TURNED_RUN else piece)]
        skip_to = k + sum(len(piece) for piece in found)
    for index, line in enumerate(out):
        line.index = index
    return out


def _joined(line: Line) -> bool:
    """``line`` was printed one word a line and joined back (``turned_lines_joined``)."""
    return "\n" in line.raw.strip()


def _opens_run(line: Line, piece: list[Line]) -> bool:
    """``line``, ending no sentence right before a run's first piece in the source with no
    break between them, is that piece's first line: display type holding a few short words
    on its first line ("4. Harbour" / "Works" / "Act,"), not a line set turned (a turned
    band is printed apart from the text before it)."""
    first = piece[0]
    words = line.text.split()
    return (
        not ends_sentence(line.text) and line.page == first.page
        and first.lineno == line.lineno + 1 and first.start == line.start + len(line.raw) + 1
        and not lead_at([ln.text for ln in piece], 0) and not lead_at(words, 0)
    )


def word_page_lines(lines: list[Line]) -> set[int]:
    """The indexes of the lines of every run of at least ``word_page_run`` one-word lines on
    one page (``lines.one_word_runs``): text the extraction wrote one word a line (a page set
    turned or upside down), where every line is short, so a short title-like line is no sign
    of a heading. Empty when ``word_page_run`` is 0."""
    least = PLAIN_LIMITS["word_page_run"]
    if not least:
        return set()
    return {ln.index for run in one_word_runs(lines) if len(run) >= least for ln in run}


def _turned_back_last(lines: list[Line]) -> list[Line]:
    """The lines with a folded leaflet's back read last (``turned_back_last``): when the document's first page
    opens with text the extraction printed one word a line (or joined back, ``turned_lines_joined``: a panel
    set head down beside the cover), at least ``word_page_run`` words, and more pages follow, those lines go
    after the last page's. The lines renumbered."""
    least = PLAIN_LIMITS["word_page_run"]
    if not PLAIN_LIMITS["turned_back_last"] or not least or not lines or all(line.page == lines[0].page for line in lines):
        return lines
    end = 0
    while end < len(lines) and lines[end].page == lines[0].page and (_joined(lines[end]) or len(lines[end].text.split()) == 1):
        end += 1
    if sum(len(line.text.split()) for line in lines[:end]) < least:
        return lines
    out = lines[end:] + lines[:end]
    for index, line in enumerate(out):
        line.index = index
    return out


def _turned_pieces(run: list[Line]) -> list[list[Line]]:
    """A turned run cut into the lines it was (see ``turned_lines_joined``)."""
    words = [ln.text for ln in run]
    pieces: list[list[Line]] = [[run[0]]]
    for k in range(1, len(run)):
        prev, line = run[k - 1], run[k]
        adjacent = line.lineno == prev.lineno + 1 and line.start == prev.start + len(prev.raw) + 1
        cut = (
            not adjacent
            or ends_sentence(words[k - 1])
            or lead_at(words, k)
            or (year_line(words[k]) and not words[k - 1].endswith(",")
                and not (PLAIN_LIMITS["turned_register_numbers"] and REGISTER_NUMBER.match(f"{words[k - 1]} {words[k]}")))
        )
        if cut:
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return pieces


def _joined_line(piece: list[Line]) -> Line:
    """One line of the source lines ``piece`` (consecutive in the source), its words at
    their own offsets."""
    first = piece[0]
    raw = "\n".join(ln.raw for ln in piece)
    line = Line(0, first.lineno, first.start, raw, first.gap_before, first.separator_before)
    line.page, line.spacing, line.page_start = first.page, first.spacing, first.page_start
    return line


def margin_notes_parted(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """Lines with a margin note that the extraction glued before a paragraph's first line
    parted from it ("Tools: Case 7 In 1823 the Treasury …" over lines of the paragraph's
    measure): the line opens a paragraph (after a sentence's end or a short line), it is
    ``glued_note_ratio`` times as long as the longest of the next ``measure_lines`` lines on
    its page or more and longer than the page's full line, and cut at the first word from
    which its tail fits that measure, the tail opens in a capital and is a full line
    (``full_line_share``), the head ends no sentence, is a margin note's length
    (``margin_note_line``), no caption's label nor credit, and ends on no capitalised word
    nor function word (a name or a phrase would be cut in two). The lines renumbered,
    and the ids of the heads (the notes, held out of the text as margin notes are)."""
    if not PLAIN_LIMITS["glued_note_ratio"]:
        return lines, set()
    widths = _page_widths(lines)
    out: list[Line] = []
    notes: set[int] = set()
    for k, line in enumerate(lines):
        cut = _note_cut(line, lines[k - 1] if k else None, lines[k + 1 : k + 1 + int(PLAIN_LIMITS["measure_lines"])],
                        widths[k])
        if cut is None:
            out.append(line)
            continue
        head, tail = _cut_line(line, cut)
        tail.margin_dated = line.margin_dated
        out += [head, tail]
        notes.add(id(head))
    if len(out) == len(lines):
        return lines, notes
    for index, line in enumerate(out):
        line.index = index
    return out, notes


def _note_cut(line: Line, prev: Line | None, after: list[Line], width: float) -> int | None:
    """Where the paragraph's text glued after a margin note starts in ``line`` (an offset
    into its raw text), or None (``margin_notes_parted``)."""
    after = [ln for ln in after if ln.page == line.page and not ln.page_start]
    if prev is None or len(after) < 2 or line.page_start or prev.page != line.page or prev.text.endswith(LINE_HYPHENS):
        return None
    measure = max(ln.length for ln in after)
    if line.length < PLAIN_LIMITS["glued_note_ratio"] * measure or line.length <= width:
        return None
    if not (ends_sentence(prev.text) or prev.length <= PLAIN_LIMITS["title_line"] * width):
        return None
    for m in re.finditer(r"\s+(?=\S)", line.raw.strip()):
        raw = line.raw.strip()
        tail = raw[m.end():]
        if len(tail) > measure:
            continue
        head = raw[: m.start()]
        last = head.split()[-1]
        if (not tail[:1].isupper() or len(tail) < PLAIN_LIMITS["full_line_share"] * measure or ends_sentence(head)
                or len(head) > PLAIN_LIMITS["margin_note_line"] * width or starts_lowercase(head)
                or last[:1].isupper() or last.lower() in FUNCTION_WORDS  # (a name or a phrase cut in two)
                or match_label(head) is not None or lead_at(head.split(), 0)):  # (a caption's label, a credit)
            return None
        return len(line.raw) - len(line.raw.lstrip()) + m.end()
    return None


def _glue_cut(line: Line, prev: Line | None, nxt: Line | None, after: list[Line]) -> int | None:
    """Where a caption glued to ``line`` starts (an offset into its raw text), or None."""
    if prev is None or nxt is None or line.page_start or nxt.page_start or prev.page != line.page:
        return None
    if line.length < PLAIN_LIMITS["glued_ratio"] * max(prev.length, nxt.length):
        return None
    if ends_sentence(prev.text) or not any(ln.text.lower().startswith(CREDIT_LEADS) for ln in after):
        return None  # (the head goes on with the sentence of the line before)
    for m in _INNER_SENTENCE_END.finditer(line.raw):
        head = line.raw[: m.end()].strip()
        tail = line.raw[m.end() :]
        if len(head) <= PLAIN_LIMITS["glued_head"] * prev.length and tail.strip()[:1].isupper():
            return m.end() + len(tail) - len(tail.lstrip())
    return None


_INNER_NOTE_NUMBER = re.compile(r"(?<=\S)\s(\d{1,2})\s+(?=[A-Z])")


def _sidenote_glue_cut(line: Line, prev: Line) -> int | None:
    """Where a margin note glued to a body line starts (an offset into its raw text), or None: after
    at least ``glued_sidenote_words`` words of the line, its note's number and a capital, that number
    called glued to a word or its stop in the line before or the line's own words before it
    ("… C. J. Marr2" / "designed a hall for about 2 Marr built some forty …": a note set in the
    margin level with its call's next line, which the extraction read into it)."""
    for m in _INNER_NOTE_NUMBER.finditer(line.raw):
        head = line.raw[: m.start()]
        if len(head.split()) < PLAIN_LIMITS["glued_sidenote_words"]:
            continue
        called = re.compile(rf"[^\W\d_][.,;:!?”’\"')]?{m.group(1)}(?=[\s.,;:!?”’\"')]|$)")
        if called.search(prev.text) or called.search(head):
            return m.start() + 1
    return None


def picture_placeholders(lines: list[Line]) -> set[int]:
    """With ``placeholder_words`` on, the indexes of lines wholly in square brackets holding two to that many
    words in lower case, no figure, after a line ending no sentence on their page ("… at the back with" /
    "[museum photograph]"): the placeholder printed on a picture set inside the text, which the extraction
    read into the sentence, no text (an editor's bracketed word stands inside its line)."""
    most = int(PLAIN_LIMITS["placeholder_words"])
    found: set[int] = set()
    if not most:
        return found
    for prev, line in zip(lines, lines[1:], strict=False):
        m = _BRACKETED.match(line.text.strip())
        words = m.group(1).split() if m else []
        if (2 <= len(words) <= most and all(w.isalpha() and w.islower() for w in words)
                and prev.page == line.page and not ends_sentence(prev.text)):
            found.add(line.index)
    return found


_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$")


def _note_text_glue_cut(line: Line, prev: Line, nxt: Line | None) -> int | None:
    """Where the text glued after a margin note starts (an offset into the line's raw text), or None: the
    line opens with the number of the note that ``prev`` calls at its end ("… of Burgundy.1" / "1 On the
    marriage see chapter 3. To"), the note's first sentence ends inside the line, and the words after it go on
    with the text the call parted -- in lower case after a call ending no sentence ("general,4" / "4 … II.
    and in"), or, after one ending a sentence, a tail ending none whose next line goes on in lower case (a
    note set in the margin level with the text's next line, which the extraction read into it)."""
    call = _CALL_AT_END.search(prev.text)
    opening = re.match(r"(\d{1,2})\s+(?=[A-Z])", line.raw)
    if call is None or opening is None or call.group(1) != opening.group(1):
        return None
    for stop in _NOTE_SENTENCE_END.finditer(line.raw, opening.end()):
        tail = line.raw[stop.end():].strip()
        if not tail:
            return None
        if ends_sentence(prev.text[: call.start()]):
            goes_on = (tail[0].isupper() and not ends_sentence(tail) and nxt is not None
                       and starts_lowercase(nxt.text))
        else:
            goes_on = starts_lowercase(tail)
        return stop.end() if goes_on else None
    return None


_CALL_AT_END = re.compile(r"(?<=[^\W\d_]|[.,;:!?”’\"')])(\d{1,2})$")
_NOTE_SENTENCE_END = re.compile(r"(?<=[^\W_])[.!?][”’\"')]?(?=\s+\S)")


_INNER_POSITION = re.compile(r"\s(?=[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s)")


def _heading_glue_cut(line: Line) -> int | None:
    """Where a caption glued to a labelled heading starts (an offset into its raw text), or
    None: a line opening with a section's label and title ("Part 2 The Harbour") that goes on,
    after the title, with a picture's position label ("Opposite: …"), a caption set in the
    margin on the heading's baseline that the extraction read into its line."""
    lead = LABEL_LEAD.match(line.text)
    if lead is None or line.text != line.raw.strip():
        return None
    for m in _INNER_POSITION.finditer(line.raw):
        head, tail = line.raw[: m.start()].strip(), line.raw[m.end():]
        if len(head.split()) > len(lead.group(0).split()) and match_label(tail) is not None and (
                raw_title_like(head[lead.end():].strip() or head)) and not ends_sentence(head):
            return m.end()
    return None


def continued_heads(lines: list[Line]) -> set[int]:
    """Indices of the lines repeating an earlier line with a continuation mark closing
    them ("A Present (continued)" after "A Present": a section carried over a page or a
    slide, ``lexicon/continuation_marks.txt``), with the line over each when it repeats the
    line over the earlier one (its label, "Part 2"), and (``continued_header_rows``) the line under
    each when it repeats the line under the earlier one (a table's header row): no new heading; the
    text reads on."""
    seen: dict[str, int] = {}
    held: set[int] = set()
    for k, line in enumerate(lines):
        carried = without_continuation_mark(line.text)
        first = seen.get(_letters(carried)) if carried else None
        if first is not None:
            held.add(line.index)
            if k > 0 and first > 0 and lines[k - 1].text == lines[first - 1].text:
                held.add(lines[k - 1].index)
            if PLAIN_LIMITS["continued_header_rows"] and k + 1 < len(lines) and lines[k + 1].text == lines[
                    first + 1].text:
                held.add(lines[k + 1].index)  # a table's header row set again under its carried title
        elif len(line.text.split()) <= PLAIN_LIMITS["continued_head_words"]:
            seen.setdefault(_letters(line.text), k)
    return held


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def lay_out_plain(lineset: LineSet) -> tuple[list[Entry], list[list[Line]]]:
    """The entries of the text and its notes (see :meth:`PlainLayout.note_runs`)."""
    # pages of two columns written row by row: on one line each row, or a line of each in turn
    lineset.lines = columns_unwoven(rows_parted(lineset.lines))
    lineset.lines = margin_dates_out(lineset.lines, _page_widths(lineset.lines))  # dates in a margin column
    lineset.lines = captions_out_of_sentences(lineset.lines)  # a caption read into a sentence, after it (round 58)
    lineset.lines, lineset.inner_labels = numbers_over_headings(lineset.lines)
    listed = _contents_list(lineset.lines)  # a contents list naming the headings, read apart (round 57)
    if listed:
        inner = {id(line): lineset.inner_labels[line.index] for line in lineset.lines
                 if line.index in lineset.inner_labels}
        lineset.lines = _lines_without(lineset.lines, {id(line) for line in listed})
        lineset.inner_labels = {line.index: inner[id(line)] for line in lineset.lines if id(line) in inner}
    if PLAIN_LIMITS["named_mastheads"]:
        lineset.lines = _lines_without(lineset.lines, _named_masthead(lineset.lines, lineset.running))
    keyed = _keys_alone(lineset.lines, one_a_line=True)
    if keyed and any(BRACKET_KEY.match(line.text) for line in lineset.lines):  # the keys set on the pictures, one a line
        lineset.lines = _lines_without(lineset.lines, keyed)
    else:
        keyed = set()
    layout = PlainLayout(lineset)
    found = layout.run()
    route = layout.route_read
    if layout.band_labels and not route and not dated_band(layout.lines, layout.band):
        # no headings after the band to number: its lines are text (a band whose every stop
        # is dated is a drawn route or time strip, held out as the drawing it is)
        layout = PlainLayout(lineset, route=False)
        found = layout.run()
    if ROLE_WEIGHTS:  # a second pass, the rules checked by the line-role model
        rules = rule_roles(found, len(layout.lines))
        features = line_features(layout.lines, layout.width, rules)
        roles = {role: role_scores(features, role) for role in ROLE_WEIGHTS}
        # a heading is set only where the rules opened a block: one inside theirs would cut it
        roles["block_start"] = [float(role in ("opens", "other")) for role in rules]
        if _model_may_act(roles, found):  # else the second pass would be the first again
            layout = PlainLayout(lineset, roles, route=route)
            found = layout.run()
    entries = split_long(found)  # before pull quotes: one may be a cut's second part
    entries = in_numbered_order(own_numbers_over_kickers(with_series_labels(without_pull_quotes(
        _attributed_quotes_parted(_inset_quotes_out(_quotes_before_captions_parted(_inset_tables_out(
            _titled_boxes_out_of_sentences(entries))))),
        PLAIN_LIMITS["pull_quote_words"], raw_text=True))))
    for entry in entries:
        if isinstance(entry, Fragment):
            for fragment in [entry, *entry.deferred]:
                _credit_first(fragment)
    dotted_entry_numbers(entries)  # a catalogue entry's dotted number opening its caption (round 54)
    entries = _fact_tables(_cover_titles(_credits_before_captions(_credits_after_captions(entries))), layout.width)
    if PLAIN_LIMITS["letter_keys"]:
        entries = _letter_key_captions(entries, bool(keyed))
    entries = _box_titles(leader_tables(timeline_tables(_timelines_inside(entries, layout.width))), layout.width)
    if QUOTE_SWITCHES["quotes_after_tables"]:  # a quotation the rows of a timeline were read into, parted from them
        entries = without_pull_quotes(entries, PLAIN_LIMITS["pull_quote_words"], raw_text=True)
    entries = _capitals_fact_tables(entries, layout.width)
    entries = _continued_paragraphs(_continued_from_later(_lower_case_runs_parted(entries)))
    entries = _section_kickers_out(_title_kickers_out(_nameplate_out(_kickers_under_titles_out(entries))))
    entries = paged_contents_apart(_kickers_in_headings_out(entries))  # an index box (round 56)
    if PLAIN_LIMITS["repeated_titles"]:
        entries = repeated_titles_apart(entries)  # a back panel's title, as the PDF reader reads it (round 57)
    entries = _contents_labels(entries, listed)
    return _contents_list_back(_quoted_captions_out(entries), listed), layout.note_runs()


def _timelines_inside(entries: list[Entry], width: list[float]) -> list[Entry]:
    """With ``inside_timelines`` on, a timeline in note form the extraction read into a paragraph in
    mid-sentence (a timeline set down the page between the text's columns: "… the mill" / "1702" /
    "Apprenticed to a" / "weaver" / … / "and the finished cloth …"): the rows (``timeline_run``, at least
    ``TIMELINE_LIMITS["rows"]``, and the last row's short wrapped lines) leave the paragraph, which reads
    on over them where a full line goes on in lower case; the rows are a table block after it."""
    if not PLAIN_LIMITS["inside_timelines"]:
        return entries
    out: list[Entry] = []
    for entry in entries:
        cut = _timeline_inside(entry, width) if isinstance(entry, Fragment) and entry.kind == "paragraph" else None
        if cut is None:
            out.append(entry)
            continue
        start, end = cut
        out.append(replace(entry, lines=[*entry.lines[:start], *entry.lines[end:]]))
        out.append(Fragment("table", entry.lines[start:end]))
    return out


def _timeline_inside(entry: Fragment, width: list[float]) -> tuple[int, int] | None:
    """(first, end) of the timeline rows cutting into paragraph ``entry`` (see ``_timelines_inside``)."""
    lines = entry.lines
    if entry.credit is not None or entry.note is not None:
        return None
    for start in range(1, len(lines) - int(TIMELINE_LIMITS["rows"])):
        if ends_sentence(lines[start - 1].text) or not date_alone(lines[start].text.strip()):
            continue
        end, rows = _inside_rows(lines, start, width)
        if rows < TIMELINE_LIMITS["rows"]:
            continue
        after = lines[end] if end < len(lines) else None
        if after is not None and starts_lowercase(after.text) and (
                after.length >= PLAIN_LIMITS["full_line_share"] * width[after.index]):
            return start, end
    return None


def _inside_rows(lines: list[Line], start: int, width: list[float]) -> tuple[int, int]:
    """(end, rows) of timeline rows from line ``start``: runs of rows (``timeline_run``), each row's
    short wrapped lines (at most ``inside_timelines``, no date, ending no sentence) taken after it."""
    end = start
    rows = 0
    while end < len(lines):
        run, found = timeline_run(lines[end:])
        if not found:
            break
        end += run
        rows += found
        extra = 0
        while end < len(lines) and extra < PLAIN_LIMITS["inside_timelines"] and not (
                ends_sentence(lines[end].text) or date_alone(lines[end].text.strip())
                or date_lead(lines[end].text.strip())) and (
                lines[end].length <= PLAIN_LIMITS["title_line"] * width[lines[end].index]):
            end += 1
            extra += 1
    return end, rows


def _capitals_fact_tables(entries: list[Entry], width: list[float]) -> list[Entry]:
    """With ``capitals_fact_rows`` on, a fact table titled in capitals and printed a row a line, with a
    box's title and its prose read on under it ("THE LOOM IN BRIEF" / "Width Forty inches" / … /
    "A Quiet Workshop" / "Marrow was …"): the rows, at least ``fact_rows`` short lines in words
    (no figures needed), are a table block with their title, no section; the last short title-like line
    before the prose is the next section's heading (``_capitals_fact_table``)."""
    if not PLAIN_LIMITS["capitals_fact_rows"]:
        return entries
    out: list[Entry] = []
    n = 0
    while n < len(entries):
        found = _capitals_fact_table(entries, n, width)
        if found is None:
            out.append(entries[n])
            n += 1
            continue
        parts, n = found
        out.extend(parts)
    return out


def _capitals_fact_table(entries: list[Entry], n: int, width: list[float]) -> tuple[list[Entry], int] | None:
    """(the table, the heading and the prose, the entry after them) for an unlabelled heading in
    capitals at ``n`` over rows, a title line and prose (see ``_capitals_fact_tables``), or None. The
    rows and the title may have been read as short paragraphs or headings of their own; the prose
    is the tail of the first entry holding a sentence's end."""
    title = entries[n]
    if not isinstance(title, Heading) or title.label is not None or title.subtitle or not in_capitals(
            " ".join(line.text for line in title.lines)):
        return None
    lines: list[Line] = []
    for k in range(n + 1, len(entries)):
        entry = entries[k]
        if isinstance(entry, Heading) and entry.label is None and not entry.subtitle:
            lines += entry.lines
            continue
        if not (isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.deferred
                and entry.credit is None and entry.note is None):
            return None
        lines += entry.lines
        if not any(ends_sentence(line.text) for line in entry.lines):
            continue
        at = next((j for j in range(len(lines) - 2, 0, -1) if _box_title_line(lines[j], width)), None)
        if at is None:
            return None
        rows, prose = lines[:at], lines[at + 1 :]
        if (len(rows) < PLAIN_LIMITS["fact_rows"] or not all(_word_row(row) for row in rows)
                or len(prose) > len(entry.lines) or any(a is not b for a, b in zip(prose, entry.lines[-len(prose):], strict=True))
                or not starts_uppercase(prose[0].text) or not ends_sentence(prose[-1].text)):
            return None
        return [Fragment("table", [*title.lines, *rows]), Heading(None, [lines[at]], 0),
                replace(entry, lines=prose)], k + 1
    return None


def _box_title_line(line: Line, width: list[float]) -> bool:
    """A short title-like line of two words or more, no figure in it, ending no sentence."""
    text = line.text.strip()
    return (len(text.split()) >= 2 and not any(ch.isdigit() for ch in text) and raw_title_like(text)
            and not ends_sentence(text) and line.length <= PLAIN_LIMITS["title_line"] * width[line.index])


def _word_row(line: Line) -> bool:
    """A fact row printed in words: opening in a capital or a figure, at most ``capitals_fact_rows``
    words, ending no sentence and left open by no function word or comma."""
    text = line.text.strip()
    return (bool(text) and (starts_uppercase(text) or text[:1].isdigit()) and not ends_sentence(text)
            and not _continues(text) and len(text.split()) <= PLAIN_LIMITS["capitals_fact_rows"])


def _inset_quotes_out(entries: list[Entry]) -> list[Entry]:
    """With ``inset_quotes`` on, a quotation set inside a paragraph's column, read into it mid-sentence: lines
    (at most ``inset_quote_lines``: a narrow column's) from one opening with a quotation mark after a line ending
    no sentence, one quoted statement (``quoted_statement``), then its dashed source (``attribution_line``, with
    its wrap: a line of at most ``inset_source_wrap`` words opening in lower case, ending no sentence nor on a
    hyphen, unless the source closes on its year), the
    paragraph going on in lower case after it -- in one paragraph, or the source opening the next one. The
    paragraph is whole again and the quotation with its source set after it as a block of its own, judged as one
    set apart (``without_pull_quotes``; round 56, struct74)."""
    most = int(PLAIN_LIMITS["inset_quote_lines"])
    if not PLAIN_LIMITS["inset_quotes"] or not most:
        return entries
    out: list[Entry] = []
    for entry in entries:
        if not isinstance(entry, Fragment) or entry.kind != "paragraph" or entry.credit is not None or entry.deferred:
            out.append(entry)
            continue
        last = out[-1] if out else None
        joined = (isinstance(last, Fragment) and last.kind == "paragraph" and last.credit is None and not last.deferred
                  and bool(entry.lines) and attribution_line(entry.lines[0].text))
        lines = [*last.lines, *entry.lines] if joined else entry.lines  # type: ignore[union-attr]
        cut = _inset_quote(lines, most)
        if cut is None:
            out.append(entry)
            continue
        at, end = cut
        if joined:
            out.pop()
        out.append(replace(entry, lines=[*lines[:at], *lines[end:]]))
        out.append(Fragment("paragraph", lines[at:end]))
    return out


def _quotes_before_captions_parted(entries: list[Entry]) -> list[Entry]:
    """With ``quotes_before_captions`` on, a paragraph whose last lines (at most ``inset_quote_lines``) are one
    quoted statement (``quoted_statement``) opening after a line ending no sentence, the next entry a caption and
    the one after it a paragraph opening in lower case: a quotation and a picture set in the column the sentence
    crossed, read into it. The quotation is parted as a block of its own (judged by ``without_pull_quotes``), so
    the sentence's halves can join (``_continued_paragraphs``)."""
    most = int(PLAIN_LIMITS["inset_quote_lines"])
    if not PLAIN_LIMITS["quotes_before_captions"] or not most:
        return entries
    out: list[Entry] = []
    for n, entry in enumerate(entries):
        at = _closing_quote_opening(entry, most) if _caption_then_lower(entries, n) else None
        if at is None:
            out.append(entry)
            continue
        assert isinstance(entry, Fragment)
        out.append(replace(entry, lines=entry.lines[:at]))
        out.append(Fragment("paragraph", entry.lines[at:]))
    return out


def _caption_then_lower(entries: list[Entry], n: int) -> bool:
    """Entry ``n`` is a paragraph, the next a caption, the one after a paragraph opening in lower case."""
    if n + 2 >= len(entries):
        return False
    entry, caption, later = entries[n : n + 3]
    return (isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.deferred
            and isinstance(caption, Fragment) and caption.kind == "caption"
            and isinstance(later, Fragment) and later.kind == "paragraph" and bool(later.lines)
            and starts_lowercase(later.lines[0].text))


def _closing_quote_opening(entry: Entry, most: int) -> int | None:
    """Where the quoted statement closing the paragraph opens, after a line ending no sentence; or None."""
    assert isinstance(entry, Fragment)
    lines = entry.lines
    for at in range(len(lines) - 1, max(0, len(lines) - most) - 1, -1):
        if lines[at].text.lstrip()[:1] in OPENING_QUOTES:
            if at == 0 or ends_sentence(lines[at - 1].text):
                return None
            return at if quoted_statement(" ".join(line.text for line in lines[at:])) else None
    return None


def _titled_boxes_out_of_sentences(entries: list[Entry]) -> list[Entry]:
    """With ``titled_box_title_words`` on, a box's title read onto the last line of a paragraph left open ("… The
    finds" / "Did you know?"), the box's text next, ending a sentence, and the sentence going on in lower case
    (in the same block as the box's text or the next one): the paragraph is whole again, and the box (its
    title a heading) read after the body, as side-bars are."""
    most = int(PLAIN_LIMITS["titled_box_title_words"])
    if not most:
        return entries
    out: list[Entry] = []
    boxes: list[Entry] = []
    n = 0
    while n < len(entries):
        half, nxt = entries[n], entries[n + 1] if n + 1 < len(entries) else None
        if not (_plain_paragraph(half) and nxt is not None and _plain_paragraph(nxt)
                and _box_title_closing(half.lines, most)):
            out.append(half)
            n += 1
            continue
        lines, taken = nxt.lines, 2
        after = entries[n + 2] if n + 2 < len(entries) else None
        if after is not None and _plain_paragraph(after) and after.lines[0].text.lstrip()[:1].islower():
            lines, taken = [*nxt.lines, *after.lines], 3
        cut = _box_end(lines)
        if cut is None or (taken == 3 and cut != len(nxt.lines)):
            out.append(half)
            n += 1
            continue
        out.append(replace(half, lines=[*half.lines[:-1], *lines[cut:]]))
        boxes.extend([Heading(None, [half.lines[-1]], 0), Fragment("paragraph", lines[:cut])])
        n += taken
    return [*out, *boxes]


def _box_title_closing(lines: list[Line], most: int) -> bool:
    """The last of ``lines`` is a box's title (at most ``most`` words opening in capitals, ending no sentence
    but perhaps on a question mark) after a line ending no sentence (nor on a hyphen)."""
    if len(lines) < 2:
        return False
    title, before = lines[-1].text.strip(), lines[-2].text.strip()
    words = title.split()
    if not 0 < len(words) <= most or not starts_uppercase(words[0]) or (
            ends_sentence(title) and not title.endswith("?")):
        return False
    return not ends_sentence(before) and not before.endswith(LINE_HYPHENS)


def _box_end(lines: list[Line]) -> int | None:
    """Where a box's text opening ``lines`` (in capitals) ends: the first line after a sentence's end going on in
    lower case; None when there is none."""
    if not lines or not starts_uppercase(lines[0].text.lstrip()[:1]):
        return None
    for k in range(1, len(lines)):
        if ends_sentence(lines[k - 1].text.strip()) and lines[k].text.lstrip()[:1].islower():
            return k
    return None


def _inset_tables_out(entries: list[Entry]) -> list[Entry]:
    """With ``inset_table_lines`` on, a small table set inside a paragraph's column and read into it
    mid-sentence (``_inset_table``), the sentence going on in lower case after it in the same block or opening
    the next one: the paragraph is whole again, and the table a block of its own after it."""
    most = int(PLAIN_LIMITS["inset_table_lines"])
    if not most:
        return entries
    out: list[Entry] = []
    n = 0
    while n < len(entries):
        entry = entries[n]
        if not _plain_paragraph(entry):
            out.append(entry)
            n += 1
            continue
        nxt = entries[n + 1] if n + 1 < len(entries) else None
        cut, lines, taken = _inset_table(entry.lines, most), entry.lines, 1
        if cut is None and nxt is not None and _plain_paragraph(nxt) and nxt.lines[0].text.lstrip()[:1].islower():
            lines, taken = [*entry.lines, *nxt.lines], 2
            cut = _inset_table(lines, most)
            cut = cut if cut is not None and cut[1] == len(entry.lines) else None  # the table closed the block
        if cut is None:
            out.append(entry)
            n += 1
            continue
        at, end = cut
        out.append(replace(entry, lines=[*lines[:at], *lines[end:]]))
        out.append(Fragment("table", lines[at:end]))
        n += taken
    return out


def _inset_table(lines: list[Line], most: int) -> tuple[int, int] | None:
    """(first, end) of a table set inside ``lines``: after a line of the text ending no sentence (nor on a hyphen),
    perhaps a short head line, two rows or more (``_inset_row``), perhaps one line of note ending a sentence, at
    most ``most`` lines, then a line going on in lower case that is no row; None for none."""
    words = int(PLAIN_LIMITS["inset_row_words"])
    for at in range(1, len(lines) - 2):
        before = lines[at - 1].text.strip()
        if ends_sentence(before) or before.endswith(LINE_HYPHENS) or len(before.split()) <= words:
            continue
        head = lines[at].text.split()
        headed = len(head) <= words and not ends_sentence(lines[at].text) and starts_uppercase(head[0]) and (
            _INNER_STOP.search(lines[at].text) is None and not _continues(lines[at].text))
        k = at + 1 if headed else at
        rows = 0
        while k < len(lines) and k - at < most and _inset_row(lines[k], words):
            rows, k = rows + 1, k + 1
        if rows < 2:
            continue
        if k < len(lines) and k - at < most and starts_uppercase(lines[k].text) and ends_sentence(lines[k].text):
            k += 1  # the table's note
        if k < len(lines) and lines[k].text.lstrip()[:1].islower() and not _inset_row(lines[k], words):
            return at, k
    return None


def _inset_row(line: Line, words: int) -> bool:
    """A table's row: at most ``words`` words, a figure among them, no sentence ended in it or at its end, nor
    left open (a comma, a function word or a hyphen at its end: a line of prose going on)."""
    text = line.text.strip()
    return (0 < len(text.split()) <= words and any(ch.isdigit() for ch in text) and not ends_sentence(text)
            and not _continues(text) and _INNER_STOP.search(text) is None)


_INNER_STOP = re.compile(r"[.!?][”’\"')]?\s+[A-Z“‘\"(]")  # a sentence ending inside a line, the next opening


_CLOSING_YEAR = re.compile(r"\b\d{4}\s*$")  # a source line closing on its year has no wrap


def _inset_quote(lines: list[Line], most: int) -> tuple[int, int] | None:
    """(first, end) of the quotation and its source set inside ``lines`` (see ``_inset_quotes_out``), or None."""
    for at in range(1, len(lines)):
        if lines[at].text.lstrip()[:1] not in OPENING_QUOTES or ends_sentence(lines[at - 1].text):
            continue
        for close in range(at, min(len(lines) - 1, at + most)):
            if not attribution_line(lines[close + 1].text):
                continue
            quote = " ".join(line.text for line in lines[at : close + 1])
            if not quoted_statement(quote):
                break
            end = close + 2
            wrap = lines[end].text.split() if end < len(lines) else []
            dated = _CLOSING_YEAR.search(lines[close + 1].text) is not None  # "— a resident, 2007": the source ends
            if (not dated and 0 < len(wrap) <= PLAIN_LIMITS["inset_source_wrap"] and wrap[0][:1].islower()
                    and not ends_sentence(lines[end].text) and not lines[end].text.endswith(LINE_HYPHENS)
                    and end + 1 < len(lines)):
                end += 1
            if end < len(lines) and lines[end].text.lstrip()[:1].islower():
                return at, end
            break
    return None


def _attributed_quotes_parted(entries: list[Entry]) -> list[Entry]:
    """With ``closing_quote_lines`` on, a paragraph closing on a quotation and its source is parted
    there: after a line ending a sentence, lines (at most ``closing_quote_lines``) that read as one
    quoted statement (``quoted_statement``: "“It was as if …”"), then a dash line naming its source
    (``attribution_line``). The extraction read the block quote set after a paragraph whose last line
    ended full into that paragraph; parted, the quote is judged as one set apart
    (``without_pull_quotes``)."""
    most = int(PLAIN_LIMITS["closing_quote_lines"])
    if not most:
        return entries
    out: list[Entry] = []
    for entry in entries:
        at = _closing_quote_at(entry, most) if isinstance(entry, Fragment) and entry.kind == "paragraph" else None
        if at is None:
            out.append(entry)
            continue
        out.append(replace(entry, lines=entry.lines[:at]))
        out.append(Fragment("paragraph", entry.lines[at:]))
    return out


def _closing_quote_at(entry: Fragment, most: int) -> int | None:
    """Where the quotation closing ``entry`` with its source's dash line starts (see
    ``_attributed_quotes_parted``), or None."""
    lines = entry.lines
    if len(lines) < 3 or entry.credit is not None or entry.note is not None:
        return None
    named = attribution_line(lines[-1].text) or bool(PLAIN_LIMITS["role_attributions"]) and (
        role_attribution(lines[-1].text) or dated_attribution(lines[-1].text))  # "Ann Hebden, keeper" (round 51)
    source = 1 if named else 2 if _wrapped_attribution(lines[-2:]) else 0
    if not source:
        return None
    for at in range(len(lines) - 1 - source, max(0, len(lines) - 1 - source - most), -1):
        if lines[at].text.lstrip()[:1] in OPENING_QUOTES:
            quote = " ".join(line.text for line in lines[at:-source])
            if ends_sentence(lines[at - 1].text) and quoted_statement(quote):
                return at
            return None
    return None


def _wrapped_attribution(pair: list[Line]) -> bool:
    """With ``wrapped_attributions`` on, ``pair`` is a quotation's source line (``attribution_line``)
    and its wrap: a short last line (``wrap_words``) opening in lower case, ending no sentence
    ("— Name, keeper of" / "prints")."""
    if not PLAIN_LIMITS["wrapped_attributions"] or len(pair) < 2 or not attribution_line(pair[0].text):
        return False
    words = pair[1].text.split()
    return (0 < len(words) <= int(PLAIN_LIMITS["attribution_wrap_words"]) and words[0][:1].islower()
            and not ends_sentence(pair[1].text))


def _named_masthead(lines: list[Line], running: tuple[str, ...]) -> set[int]:
    """The ids of a periodical's masthead lines (``named_mastheads``): the text's first line a name in
    capitals (at most ``kicker_words`` words) that opens a running line dropped from the pages ("THE
    HARBOUR GAZETTE" of "The Harbour Gazette - No. 4 - Winter"), and the line under it when that one ends no
    sentence and closes on the rest of the running line (the issue: "Newsletter of the Society No. 4 -
    Winter"). The headline under them is then the text's first line, as the title is."""
    if not lines or not running:
        return set()
    name = " ".join(lines[0].text.split())
    if not in_capitals(name) or len(name.split()) > int(PLAIN_LIMITS["kicker_words"]):
        return set()
    key = name.casefold()
    rests = [text[len(key):] for text in (" ".join(r.split()).casefold().lstrip("0123456789 ") for r in running)
             if text.startswith(key) and len(text) > len(key)]
    if not rests:
        return set()
    found = {id(lines[0])}
    issues = [rest.strip(" -\u2013\u2014|\u00b7,:") for rest in rests]
    under = lines[1] if len(lines) > 1 and lines[1].page == lines[0].page else None
    if under is not None and not ends_sentence(under.text) and any(
            issue and " ".join(under.text.split()).casefold().endswith(issue) for issue in issues):
        found.add(id(under))
    return found


def _nameplate_out(entries: list[Entry]) -> list[Entry]:
    """With ``raw_nameplates`` on, entries without a periodical's nameplate: the text's first
    line a name in capitals (at most ``kicker_words`` words), then, before the first heading in
    mixed case (the headline), nothing but lines in capitals and an issue line of parts between
    separators (``lines.imprint``: "Museum News · Spring edition"), none ending a sentence and
    no heading among them labelled: the masthead (and a kicker in capitals over the headline),
    as the PDF reader's ``pagelayout.without_nameplate`` finds it by its type."""
    if not PLAIN_LIMITS["raw_nameplates"] or not entries:
        return entries
    title = next((k for k, e in enumerate(entries) if isinstance(e, Heading) and not in_capitals(_heading_text(e))), None)
    if title is None or title < 1:
        return entries
    before = entries[:title]
    if any(isinstance(e, Heading) and (e.label is not None or e.subtitle) or isinstance(e, Fragment) and e.deferred
           for e in before):
        return entries
    lines = [line for e in before for line in e.lines]
    name = lines[0].text.strip() if lines else ""
    if not in_capitals(name) or len(name.split()) > int(PLAIN_LIMITS["kicker_words"]) or imprint(name):
        return entries
    if not any(imprint(line.text) for line in lines) or any(
            ends_sentence(line.text) or not (imprint(line.text) or in_capitals(line.text)) for line in lines):
        return entries
    return entries[title:]


def _title_kickers_out(entries: list[Entry]) -> list[Entry]:
    """With ``title_kickers`` on, a heading in capitals of at most ``kicker_words`` words ending no
    sentence, unlabelled, right over the document's first heading in mixed case (its title), in a text
    whose other headings are none in capitals, is the title's kicker ("FIELD SCIENCE" over "Fishing for
    Termites:"), read after a caption or a header that kept it from being the text's first line
    (``PlainLayout._kicker_over_title``): left out as that rule leaves it."""
    if not PLAIN_LIMITS["title_kickers"]:
        return entries
    heads = [(k, e) for k, e in enumerate(entries) if isinstance(e, Heading) and not e.subtitle]
    title = next((k for k, e in heads if not in_capitals(_heading_text(e))), None)
    if title is not None and title > 0 and _title_kicker(entries, title, heads, False):
        return [*entries[: title - 1], *entries[title:]]
    if PLAIN_LIMITS["kickers_over_later_titles"]:
        # the cover's title read after the text (a folded sheet printed inside first): the kicker over it titles
        # nothing, the heading right under it in mixed case
        for k, head in heads:
            if k > 0 and k - 1 != title and not in_capitals(_heading_text(head)) and _title_kicker(
                    entries, k, heads, True):
                return [*entries[: k - 1], *entries[k:]]
    return entries


def _title_kicker(entries: list[Entry], title: int, heads: list[tuple[int, Heading]], parted: bool) -> bool:
    """The entry over ``title`` is its kicker (``_title_kickers_out``): an unlabelled heading in capitals,
    ending no sentence, of at most ``kicker_words`` words (or, ``parted``, of short parts between separators),
    the text's only heading in capitals."""
    kicker = entries[title - 1]
    if not isinstance(kicker, Heading) or kicker.subtitle or kicker.label is not None:
        return False
    text = _heading_text(kicker)
    short = len(text.split()) <= PLAIN_LIMITS["kicker_words"] or (parted and _parted_kicker(text))
    if not in_capitals(text) or ends_sentence(text) or not short:
        return False
    return not any(in_capitals(_heading_text(e)) for k, e in heads if k != title - 1)  # (else a heading style)


def _kickers_in_headings_out(entries: list[Entry]) -> list[Entry]:
    """With ``kickers_in_headings`` on, a heading whose first line is a kicker in capitals of short
    parts between separators (``_parted_kicker``, a spaced hyphen one too: "HALL 4 · THE WORKS",
    "PANEL 2 - THE HARBOUR")
    over title lines in mixed case, none ending a sentence, loses that line: the kicker stood over
    the title in smaller type and was read into it; a label read from the kicker's words goes with
    it (a label standing before the heading stays)."""
    if not PLAIN_LIMITS["kickers_in_headings"]:
        return entries
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Heading) and not entry.subtitle and len(entry.lines) >= 2:
            first, rest = entry.lines[0].text.strip(), entry.lines[1:]
            # (a hyphen with a space either side parts words as a dash does: a typist's dash)
            if (_parted_kicker(first.replace(" - ", " – ")) and in_capitals(first)
                    and all(_title_text(ln.text) and not in_capitals(ln.text) and not ends_sentence(ln.text)
                            for ln in rest)):
                label = None if entry.skip_words else entry.label
                entry = replace(entry, label=label, lines=list(rest), skip_words=0)
        out.append(entry)
    return out


def _section_kickers_out(entries: list[Entry]) -> list[Entry]:
    """With ``section_kickers`` on, headings in capitals of at most ``section_kicker_words`` words ending no
    sentence, unlabelled, each right over a heading with a label of its own ("THE HARBOUR" over "3.1
    The Harbour Wall"), at least ``section_kickers`` of them: the sections' kickers, left out (the label
    is the heading's own; the PDF reader's ``kicker_over_own_label``)."""
    least = int(PLAIN_LIMITS["section_kickers"])
    if not least:
        return entries

    def kicker(k: int) -> bool:
        entry, nxt = entries[k], entries[k + 1] if k + 1 < len(entries) else None
        if not isinstance(entry, Heading) or entry.subtitle or entry.label is not None or len(entry.lines) != 1:
            return False
        text = _heading_text(entry)
        # (a question in capitals is a kicker's teaser, "WHY BUILD IT?", as the PDF reader's ``question_kickers``)
        asked = bool(PLAIN_LIMITS["question_kickers"]) and text.endswith("?")
        return (isinstance(nxt, Heading) and nxt.label is not None and in_capitals(text)
                and (not ends_sentence(text) or asked) and len(text.split()) <= PLAIN_LIMITS["section_kicker_words"])

    drop = {k for k in range(len(entries)) if kicker(k)}
    return [e for k, e in enumerate(entries) if k not in drop] if len(drop) >= least else entries


def _quoted_captions_out(entries: list[Entry]) -> list[Entry]:
    """Entries without "captions" that are a quoted statement and nothing else (no position
    label, no credit: "“A book was a thing to be sold.”"): a pull quote set beside the text
    and said there in other words, which the caption rules took for a short caption by its
    measure (``quoted_captions``; a repeated one is ``without_pull_quotes``')."""
    if not PLAIN_LIMITS["quoted_captions"]:
        return entries

    def quote(entry: Entry) -> bool:
        return (isinstance(entry, Fragment) and entry.kind == "caption" and entry.position is None
                and entry.credit is None and quoted_statement(" ".join(line.text for line in entry.lines)))

    out: list[Entry] = []
    for entry in entries:
        if quote(entry):
            continue
        if isinstance(entry, Fragment) and any(quote(d) for d in entry.deferred):
            entry.deferred = [d for d in entry.deferred if not quote(d)]
        out.append(entry)
    return out


# A title opening on its own dotted section number ("4.3 The Man …", "2.1. The Harbour").
_OWN_SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s+\S")


# a note's call glued after a word's closing stop (and quotation mark) at a line's end:
# one or two figures, a superscript figure or a reference mark ("levels.1", "said.”²"), or a
# typed number in brackets ("hand.(1)")
_END_CALL = re.compile(r"(?<=[^\W\d_][.!?])([”’\"')]?)(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*†‡]+|\(\d{1,2}\))$")


def _without_end_call(text: str) -> str:
    """``text`` without a note call glued to its last sentence's stop (with ``end_calls`` on):
    a stop followed by figures with no space is no decimal (a letter stands before it)."""
    return _END_CALL.sub(r"\1", text.rstrip()) if PLAIN_LIMITS["end_calls"] else text


def _box_titles(entries: list[Entry], width: list[float]) -> list[Entry]:
    """With ``box_titles`` on, an unlabelled heading set in capitals, in a text whose other
    headings are not all in capitals, over a table or over at least ``titled_fact_rows``
    fact rows (``_fact_run``, most stating a figure) titles that table: a box set apart
    ("WHAT WAS FOUND" over its rows), not a section of the text. The heading goes into the
    table block; what follows the table goes on in the section before it."""
    if not PLAIN_LIMITS["box_titles"]:
        return entries
    heads = [e for e in entries if isinstance(e, Heading) and not e.subtitle]
    if all(in_capitals(_heading_text(h)) for h in heads):
        return entries  # capitals are this text's heading style
    out: list[Entry] = []
    for entry in entries:
        run = _box_rows(out[-1], entry, width) if out else 0
        if not run or not isinstance(entry, Fragment):
            out.append(entry)
            continue
        out[-1] = Fragment("table", [*out[-1].lines, *entry.lines[:run]])
        if run < len(entry.lines):
            out.append(replace(entry, lines=entry.lines[run:]))
    return out


def _heading_text(heading: Heading) -> str:
    return " ".join(line.text for line in heading.lines)


def _box_rows(before: Entry, entry: Entry, width: list[float]) -> int:
    """How many lines of ``entry`` a box title ``before`` heads (see ``_box_titles``): an
    unlabelled heading in capitals over a table (all its lines) or over a paragraph opening
    with fact rows (those rows); 0 for none."""
    if not (isinstance(before, Heading) and before.label is None and not before.subtitle
            and in_capitals(_heading_text(before)) and isinstance(entry, Fragment)):
        return 0
    if entry.kind == "table":
        return len(entry.lines)
    if entry.kind != "paragraph" or entry.credit is not None or entry.note is not None:
        return 0
    run = _fact_run(entry.lines, width)
    rows = PLAIN_LIMITS["titled_fact_rows"]
    return run if rows and run >= rows and _mostly_figures(entry.lines[:run]) else 0


def _lower_case_runs_parted(entries: list[Entry]) -> list[Entry]:
    """With ``continued_back_reach`` on, a paragraph's lines from one opening in lower case
    right after a line ending a sentence (not a footnote read in between) are a paragraph of
    their own: a sentence never opens in lower case, so they are another paragraph's rest
    read in after this one."""
    if not PLAIN_LIMITS["continued_back_reach"]:
        return entries
    out: list[Entry] = []
    for entry in entries:
        if not _plain_paragraph(entry) or entry.deferred:
            out.append(entry)
            continue
        cut = next((k for k in range(1, len(entry.lines)) if entry.lines[k].text.lstrip()[:1].islower()
                    and ends_sentence(entry.lines[k - 1].text) and not opens_like_note(entry.lines[k - 1].text)),
                   None)
        if cut is None:
            out.append(entry)
            continue
        out.append(replace(entry, lines=entry.lines[:cut], deferred=[]))
        out.append(replace(entry, lines=entry.lines[cut:], deferred=[]))
    return out


def _continued_from_later(entries: list[Entry]) -> list[Entry]:
    """A paragraph opening in lower case that no open paragraph went on into goes on from
    the first later paragraph left open (its last line ending no sentence), at most
    ``continued_back_reach`` entries on, no other paragraph opening in lower case between
    them: the extraction read the columns last first (a content stream drawn from the
    right), so a paragraph's second half came before its first. They join where the
    first half stands."""
    reach = int(PLAIN_LIMITS["continued_back_reach"])
    if not reach:
        return entries
    out = list(entries)
    i = 0
    while i < len(out):
        entry = out[i]
        if not (_plain_paragraph(entry) and entry.lines[0].text.lstrip()[:1].islower()):
            i += 1
            continue
        for j in range(i + 1, min(len(out), i + 1 + reach)):
            later = out[j]
            if not _plain_paragraph(later):
                continue
            if later.lines[0].text.lstrip()[:1].islower():
                break  # another rest between them: neither is sure
            if not ends_sentence(later.last.text, lenient=True):
                later.lines.extend(entry.lines)
                later.calls = later.calls | entry.calls
                later.deferred.extend(entry.deferred)
                del out[i]
                i -= 1
                break
        i += 1
    return out


def _continued_paragraphs(entries: list[Entry]) -> list[Entry]:
    """A paragraph whose last line ends no sentence goes on in a later paragraph opening in
    lower case, at most ``continued_reach`` entries on, whatever was read between them (a
    caption, a side-bar under its own heading, paragraphs ending their sentences): the
    extraction drew them out of reading order. An open paragraph between them stops the
    search; captions deferred after either go after the whole; paragraphs with a credit or a
    note are left as they are."""
    reach = int(PLAIN_LIMITS["continued_reach"])
    out = list(entries)
    for i, entry in enumerate(out):
        if not _plain_paragraph(entry) or ends_sentence(entry.last.text, lenient=True):
            continue
        headed = False  # a heading read between them
        for j in range(i + 1, min(len(out), i + 1 + reach)):
            later = out[j]
            headed = headed or isinstance(later, Heading)
            if not (isinstance(later, Fragment) and later.kind == "paragraph"):
                continue
            if _plain_paragraph(later) and (later.lines[0].text.lstrip()[:1].islower() or (
                    not headed and _cut_after_function_word(entry, later))):
                entry.lines.extend(later.lines)
                entry.calls = entry.calls | later.calls
                entry.deferred.extend(later.deferred)
                del out[j]
                break
            if not ends_sentence(later.last.text, lenient=True):
                break  # an open paragraph between them: the lower-case one may go on that one
    return out


def _cut_after_function_word(entry: Fragment, later: Fragment) -> bool:
    """With ``function_word_cuts`` on, ``entry`` stops on a function word no sentence ends on ("… during the")
    and ``later``, the next paragraph with only captions or figures read between them and opening on a capital
    ("Jacobite risings …"), is on another page: the sentence goes on there, the capital a name's
    (round 53, struct68)."""
    last = entry.last.text.split()[-1] if entry.last.text.split() else ""
    return (bool(PLAIN_LIMITS["function_word_cuts"]) and last.islower() and last in FUNCTION_WORDS
            and later.lines[0].page != entry.last.page)


def _plain_paragraph(entry: Entry) -> TypeGuard[Fragment]:
    """A paragraph with no credit and no note: one that may take another's lines."""
    return (isinstance(entry, Fragment) and entry.kind == "paragraph" and entry.credit is None
            and entry.note is None)


def _vetoed(heading: Heading, vetoes: list[float]) -> bool:
    """Every line of the rules' heading scores ``model_veto`` or more for no heading."""
    return bool(heading.lines) and min(vetoes[ln.index] for ln in heading.lines) >= PLAIN_LIMITS["model_veto"]


def _model_may_act(roles: dict[str, list[float]], found: list[Entry]) -> bool:
    """The line-role model may change the rules' layout: a breaking threshold is in reach,
    a heading of the rules' first pass has every line scoring ``model_veto`` or more, or
    some line where the rules opened a block scores a heading."""
    if PLAIN_LIMITS["model_break"] <= 1:
        return True
    if PLAIN_LIMITS["model_veto"] <= 1 and any(isinstance(e, Heading) and _vetoed(e, roles["veto"]) for e in found):
        return True
    return any(p >= PLAIN_LIMITS["model_heading"] and start
               for p, start in zip(roles["heading"], roles["block_start"], strict=True))


def rule_roles(entries: list[Entry], count: int) -> list[str]:
    """The role the rules gave each of ``count`` lines (``lineroles.RULE_ROLES``)."""
    roles = ["other"] * count
    for entry in entries:
        if isinstance(entry, Heading):
            first = entry.lines[0].index
            if entry.label and not entry.skip_words and first > 0 and roles[first - 1] == "other":
                roles[first - 1] = "heading"  # its label alone on the line before
            for line in entry.lines:
                roles[line.index] = "heading"
            continue
        for fragment in [entry, *entry.deferred]:
            for k, line in enumerate(fragment.lines):
                if fragment.kind == "caption":
                    roles[line.index] = "caption"
                else:
                    roles[line.index] = "goes_on" if k else "opens"
    return roles


def _fact_tables(entries: list[Entry], width: list[float]) -> list[Entry]:
    """A paragraph opening with a fact table printed a row a line ("The mill in figures" /
    "Height 12 metres" / "Built 1790" …): its title and at least ``fact_rows`` rows, no line
    ending a sentence or left open (a function word, comma or hyphen at its end) or as long
    as ``fact_line`` of its page's full line (a line of prose), each opening in capitals
    or a figure, most rows stating a figure. Those lines are a table
    block, not text; the lines after them stay a paragraph. The title read as an unlabelled
    heading over the rows alone (a box's "THE MILL IN FIGURES") is the table's title, no
    section (``_titled_fact_table``)."""
    out: list[Entry] = []
    for at, entry in enumerate(entries):
        if not (isinstance(entry, Fragment) and entry.kind == "paragraph"):
            out.append(entry)
            continue
        run = _fact_run(entry.lines, width)
        if PLAIN_LIMITS["whole_fact_tables"] and run < len(entry.lines) and _fact_run(entry.lines, None) == len(
                entry.lines) and len(entry.lines) > PLAIN_LIMITS["fact_rows"] and _mostly_figures(entry.lines[1:]):
            run = len(entry.lines)  # every line a fact row, none ending a sentence: a table however wide its rows
        titled = _titled_fact_table(out[-1] if out else None, entry, entries[at + 1 : at + 2])
        if titled is not None:
            out[-1] = titled
            continue
        rows = entry.lines[1:run]
        if len(rows) < PLAIN_LIMITS["fact_rows"] or not _mostly_figures(rows):
            tail = _trailing_fact_table(entry, width)
            if tail:  # "… in 1930." / "The bounties in figures" / "1888 about 560" / …
                if tail < len(entry.lines):
                    out.append(replace(entry, lines=entry.lines[:-tail]))
                out.append(Fragment("table", entry.lines[-tail:]))
            else:
                out.append(entry)
            continue
        head = _heading_closing_run(entry, run, out)
        if head is not None:  # the run's last line is the next section's heading, over the prose after it
            run -= 1
        elif (head := _labelled_heading_closing_run(entry, run)) is not None:
            run -= 2  # ... or its last two, a unit's label line over that heading
            entry = replace(entry, lines=[*entry.lines[:run], *entry.lines[run + 1 :]])
        rest = run + (head is not None) < len(entry.lines)
        # the captions read after the paragraph (its deferred blocks) go after what is left of it
        out.append(Fragment("table", entry.lines[:run], deferred=[] if rest else entry.deferred))
        if head is not None:
            out.append(head)
            run += 1
        if run < len(entry.lines):
            out.append(replace(entry, lines=entry.lines[run:]))
    return out


def labels_inside_headings(lines: list[Line]) -> dict[int, tuple[str, int]]:
    """A section's number printed in the margin beside its heading and read after the heading's first line
    ("Cut in Basalt" / "2" / prose, "A Ferry Who Sang" / "1" / "Boatman" / prose): with
    ``labels_inside_headings`` on, where at least that many such numbers count 1, 2 … through the text,
    {the number's line index: (the number, the heading's first line index)}. The heading's first line may
    head, a sentence or a quotation's source line ending right over it; after the number comes prose, or a short line that may head and
    then prose (round 53, struct68)."""
    if not PLAIN_LIMITS["labels_inside_headings"]:
        return {}
    widths = _page_widths(lines)
    found: dict[int, tuple[str, int]] = {}
    for k in range(1, len(lines) - 1):
        text = lines[k].text.strip()
        if not _HANGING_NUMBER.match(text) or not _may_head(lines[k - 1].text):
            continue
        if k >= 2 and not (ends_sentence(lines[k - 2].text) or attribution_line(lines[k - 2].text)) and not (
                lines[k - 1].page_start):
            continue  # (a quotation's source line closes what stands over the heading too)
        if lines[k - 1].text.strip().lower() in words("panel_words"):
            continue  # "Activity" / "1": a unit's word and its number, one label read over two lines
        nxt = lines[k + 1]
        if _prose_line(nxt, widths[k + 1]) or (_may_head(nxt.text) and k + 2 < len(lines) and not _prose_line(
                nxt, widths[k + 1]) and _prose_line(lines[k + 2], widths[k + 2])):
            found[lines[k].index] = (text, lines[k - 1].index)
    ranks = [label_rank(token) for token, _ in found.values()]
    numbers = {token.rstrip("abcdefghijklmnopqrstuvwxyz") for token, _ in found.values()}
    sub = any(token[-1:].isalpha() for token, _ in found.values())  # "4a", "4b": one number's parts, one series
    if len(found) < PLAIN_LIMITS["labels_inside_headings"] or ranks != list(range(1, len(found) + 1)) or (
            sub and len(numbers) > 1):
        return {}
    return found


_HANGING_NUMBER = re.compile(r"^\d{1,3}[a-z]?$")  # a section's number alone, or a part of one ("4b")


def numbers_over_headings(lines: list[Line]) -> tuple[list[Line], dict[int, str]]:
    """``lines`` with each number ``labels_inside_headings`` finds moved over its heading's first line, where
    a label over a heading is read, and {the heading's first line's index: its number} (the heading takes
    it when the reading gave it none)."""
    found = labels_inside_headings(lines)
    if not found:
        return lines, {}
    out = list(lines)
    for at, (_, head) in found.items():
        out[head], out[at] = lines[at], lines[head]
        out[head].page_start, out[at].page_start = lines[head].page_start, False
    heads = {id(out[head + 1]): token for token, head in found.values()}
    glued = _glued_heading_numbers(lines, found)
    if glued:
        out, heads = _glued_numbers_parted(out, glued, heads)
    for index, line in enumerate(out):
        line.index = index
    return out, {line.index: heads[id(line)] for line in out if id(line) in heads}


def _contents_list(lines: list[Line]) -> list[Line]:
    """With ``listed_contents`` on, the lines of a contents list naming the text's later headings
    (``_listed_contents``) and the short line over them ending on a colon ("In this leaflet:"), if any."""
    if not PLAIN_LIMITS["listed_contents"]:
        return []
    listed = sorted(_listed_contents(lines, sequence_labels(lines)))
    if not listed:
        return []
    lead = listed[0] - 1
    if lead >= 0 and lines[lead].text.endswith(":") and len(lines[lead].text.split()) <= PLAIN_LIMITS["kicker_words"]:
        listed.insert(0, lead)
    return [lines[k] for k in listed]


def _contents_labels(entries: list[Entry], listed: list[Line]) -> list[Entry]:
    """With ``contents_label_headings`` on, each unlabelled heading whose whole text a counted line of the
    contents list names after its number ("2 The Claims") takes that number as its label."""
    if not PLAIN_LIMITS["contents_label_headings"]:
        return entries
    numbers = {_letters(m.group(2)): m.group(1) for line in listed if (m := _LISTED_ENTRY.match(line.text.strip()))}
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Heading) and entry.label is None and not entry.subtitle and not entry.skip_words:
            number = numbers.get(_letters(" ".join(line.text for line in entry.lines)))
            entry = replace(entry, label=number) if number else entry
        out.append(entry)
    return out


_LISTED_ENTRY = re.compile(r"^(\d{1,3})\s+(\S.*)$")  # a contents list's counted entry: its number, its title


def _contents_list_back(entries: list[Entry], listed: list[Line]) -> list[Entry]:
    """``entries`` with the contents list's lines (``_contents_list``), taken out before the reading, back as one
    table block a line before the first entry read after them."""
    if not listed:
        return entries
    at = next((k for k, entry in enumerate(entries) if entry.lines and entry.lines[0].lineno > listed[0].lineno),
              len(entries))
    return [*entries[:at], *(Fragment("table", [line]) for line in listed), *entries[at:]]


def _listed_contents(lines: list[Line], sequence: dict[int, str]) -> set[int]:
    """With ``listed_contents`` on, the counted lines ("1 Out of the Town") whose words after the label are
    another, later line's whole text (the heading they list, its label set apart): a contents list's entries,
    no headings. Only a run of at least two of them, one after the other, counts."""
    later: dict[str, int] = {}
    for line in lines:
        later[_letters(line.text)] = line.index
    listed = set()
    for k, label in sequence.items():
        rest = lines[k].text[len(label) :]
        if later.get(_letters(rest), -1) > k and _letters(rest):
            listed.add(k)
    return {k for k in listed if k - 1 in listed or k + 1 in listed}


_TRAILING_NUMBER = re.compile(r"^(.*\S)\s+(\d{1,3})$")  # a line closing on a number after a space


def _glued_heading_numbers(lines: list[Line], found: dict[int, tuple[str, int]]) -> dict[int, int]:
    """With ``glued_heading_numbers`` on, headings closing on the number that goes on with the series
    ``labels_inside_headings`` found ("A Model for Others 3" after "… Garden" / "2": the tab's label read on the
    heading's own line): the line after a sentence end or a short line, its words before the number a heading's (``_may_head``),
    prose under it, the number the series' next. {line index: where the number begins in the line's text}."""
    if not PLAIN_LIMITS["glued_heading_numbers"]:
        return {}
    widths = _page_widths(lines)
    wanted = len(found) + 1
    last = max(found)
    glued: dict[int, int] = {}
    for k in range(last + 1, len(lines) - 1):
        m = _TRAILING_NUMBER.match(lines[k].text)
        if m is None or int(m.group(2)) != wanted or not _may_head(m.group(1)):
            continue
        closed = ends_sentence(lines[k - 1].text) or not _prose_line(lines[k - 1], widths[k - 1])
        if closed and _prose_line(lines[k + 1], widths[k + 1]):
            glued[k] = m.start(2)
            wanted += 1
    return glued


def _glued_numbers_parted(
        lines: list[Line], glued: dict[int, int], heads: dict[int, str]) -> tuple[list[Line], dict[int, str]]:
    """``lines`` with each line of ``glued`` cut before its number, the number a line of its own over the
    heading (where a label over a heading is read), and ``heads`` with each such heading's number added."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k not in glued:
            out.append(line)
            continue
        cut = line.raw.rstrip().rfind(line.text[glued[k] :])
        head, number = _cut_line(line, cut)
        number.page_start, head.page_start = head.page_start, False
        out.extend([number, head])
        heads[id(head)] = number.text
    return out, heads


def _prose_line(line: Line, width: float) -> bool:
    """A line of running text: of ``prose_line_share`` of its page's full line at least."""
    return line.length >= PLAIN_LIMITS["prose_line_share"] * width


def _letter_key_captions(entries: list[Entry], keyed: bool = False) -> list[Entry]:
    """A key of captions by bracketed letters or numbers, where a plate's key line stands alone in
    the text ("(a) (b) (c)", ``KEYS_ALONE``: the pictures are keyed so): in a paragraph, at least
    ``letter_keys`` lines each opening with a key counting on from (a) or (1) ("(a) A drain …" /
    "(b) A seal …"; lines without a key go on the entry before) are captions of their own, the key
    left out and the credit closing each found by its form (``is_credit``), read at the end of the
    section citing the key (``keyed_captions_cited``); the key's short unlabelled heading over
    them ("Opposite") and the keys' line are no text. ``keyed``: the keys alone one a line were
    found in the text's lines and left out before (``_keys_alone``)."""
    fragments = [f for e in entries if isinstance(e, Fragment) for f in [e, *e.deferred]]
    alone = _keys_alone([line for f in fragments for line in f.lines])
    if not alone and not keyed:
        return entries
    least = int(PLAIN_LIMITS["letter_keys"])
    if PLAIN_LIMITS["key_runs_joined"]:
        entries = _key_runs_joined(entries)
    keys: dict[int, str] = {}
    out: list[Entry] = []
    cut: Fragment | None = None  # a paragraph the key's captions broke off mid-sentence, its text going on after them
    for entry in entries:
        if not isinstance(entry, Fragment):
            out.append(entry)
            cut = None
            continue
        entry.lines = [line for line in entry.lines if id(line) not in alone]
        if entry.kind == "paragraph" and PLAIN_LIMITS["keys_one_a_line"]:
            entry = _key_run_deferred(entry)
        parts = _key_entries(entry, least) if entry.kind == "paragraph" else None
        if parts is None and cut is not None and entry.kind == "paragraph" and entry.lines and not entry.deferred:
            cut.lines.extend(entry.lines)  # the sentence the captions broke goes on (``key_cut_resumed``)
            cut = None
            continue
        cut = None
        if parts is None:
            out.extend([entry] if entry.lines else entry.deferred)
            continue
        before, captions, after = parts
        if len(before) == 1 and PLAIN_LIMITS["keys_one_a_line"] and _key_heading_line(before[0]):
            before = []  # the key's own heading read as the paragraph's first line ("Pictures opposite")
        heading = out[-1] if out else None
        if not before and isinstance(heading, Heading) and heading.label is None and len(heading.lines) == 1 and len(
                heading.lines[0].text.split()) <= PLAIN_LIMITS["key_heading_words"]:
            out.pop()  # the key's own heading ("Opposite")
        if before:
            out.append(replace(entry, lines=before, deferred=[]))
            if not after and not entry.deferred and PLAIN_LIMITS["key_cut_resumed"] and not ends_sentence(before[-1].text):
                cut = out[-1]  # type: ignore[assignment]
        for caption in captions:
            keys[id(caption.lines[0])] = BRACKET_KEY.match(caption.lines[0].text).group(1)  # type: ignore[union-attr]
        out.extend(captions)
        if after:
            out.append(replace(entry, lines=after))
        else:
            out.extend(entry.deferred)
    return keyed_captions_cited(out, keys) if keys else out


def _lines_without(lines: list[Line], drop: set[int]) -> list[Line]:
    """``lines`` without those whose ids are in ``drop`` (a dropped line opening a page hands that
    on to the next), renumbered."""
    out: list[Line] = []
    carry = False
    for line in lines:
        if id(line) in drop:
            carry = carry or line.page_start
            continue
        line.page_start = line.page_start or carry
        carry = False
        out.append(line)
    for index, line in enumerate(out):
        line.index = index
    return out


_ONE_KEY = re.compile(r"^\((\d{1,2}|[a-zA-Z])\)$")  # one key alone on its line, "(b)"
# (round 53, struct68) a key set on its picture without its brackets, a lower-case letter alone ("b"): such
# keys count as bracketed ones where two or more run on in a row and the captions are keyed with brackets
_BARE_KEY = re.compile(r"^([a-z])$")


def _keys_alone(lines: list[Line], one_a_line: bool = False) -> set[int]:
    """Ids of the lines holding the plate's keys alone: several on one line ("(a) (b)",
    ``KEYS_ALONE``; not with ``one_a_line``), or, with ``keys_one_a_line`` on, one on each of two
    lines or more in a row counting on from (a) or (1) ("(a)" / "(b)": the keys set on the
    pictures, read one by one)."""
    found = set() if one_a_line else {id(line) for line in lines if KEYS_ALONE.match(line.text.strip())}
    if not PLAIN_LIMITS["keys_one_a_line"]:
        return found
    run: list[Line] = []
    for line in lines:
        key = _ONE_KEY.match(line.text.strip()) or (
            _BARE_KEY.match(line.text.strip()) if one_a_line and PLAIN_LIMITS["bare_picture_keys"] else None)
        rank = key_rank(key.group(1)) if key is not None else 0
        if rank and rank == len(run) + 1:
            run.append(line)
            continue
        if len(run) >= 2:
            found |= {id(k) for k in run}
        run = [line] if rank == 1 else []
    if len(run) >= 2:
        found |= {id(k) for k in run}
    return found


def _key_runs_joined(entries: list[Entry]) -> list[Entry]:
    """With ``key_runs_joined`` on, a key's entries read as several blocks joined into one
    paragraph (``_letter_key_captions``): after a paragraph or caption holding a line that opens
    with the first key ((a) or (1)), each next block (no labelled heading) whose first line opens
    with the key counting on, or reads as a credit (``is_credit``) right after a line ending a
    sentence and is alone or followed by the key counting on, goes on it; a block of no other
    form ends the run."""
    out: list[Entry] = []
    count = 0  # the last key's rank in the open run; 0: none open
    for entry in entries:
        last = out[-1] if out else None
        if count and isinstance(last, Fragment) and not last.deferred and _goes_on_key(entry, last, count):
            out[-1] = replace(last, kind="paragraph", lines=[*last.lines, *entry.lines], credit=None)
            count = max(count, _key_counted(out[-1].lines))
            continue
        out.append(entry)
        count = _key_counted(entry.lines) if isinstance(entry, Fragment) and not entry.deferred else 0
    return out


def _key_counted(lines: list[Line]) -> int:
    """The rank of the last key counting on from (a) or (1) among lines opening with a key; 0 for none."""
    count = 0
    for line in lines:
        found = BRACKET_KEY.match(line.text)
        if found and key_rank(found.group(1)) == count + 1:
            count += 1
    return count


def _goes_on_key(entry: Entry, last: Fragment, count: int) -> bool:
    """``entry`` goes on the key run closing ``last`` whose last key ranks ``count`` (``_key_runs_joined``)."""
    if isinstance(entry, Heading) and entry.label is not None or not isinstance(entry, (Fragment, Heading)):
        return False
    if isinstance(entry, Fragment) and entry.deferred or not entry.lines:
        return False
    lines = entry.lines

    def counts_on(line: Line) -> bool:
        found = BRACKET_KEY.match(line.text)
        return found is not None and key_rank(found.group(1)) == count + 1

    if counts_on(lines[0]):
        return isinstance(entry, Fragment)
    return (ends_sentence(last.lines[-1].text) and is_credit(lines[0].text.split(), closes_caption=True)
            and (len(lines) == 1 or counts_on(lines[1])))


def _key_entries(entry: Fragment, least: int) -> tuple[list[Line], list[Fragment], list[Line]] | None:
    """The paragraph's lines before a key's run, its entries as captions, and its lines after
    (``_letter_key_captions``); None where it holds no run of ``least`` entries from (a) or (1)."""
    lines = entry.lines
    start = next((k for k, line in enumerate(lines) if (m := BRACKET_KEY.match(line.text)) and key_rank(m.group(1)) == 1),
                 None)
    if start is None:
        return None
    entries: list[list[Line]] = []
    end = start
    credited = False  # the open entry's credit closed it (a line after it is no part of it)
    for k in range(start, len(lines)):
        found = BRACKET_KEY.match(lines[k].text)
        if found and key_rank(found.group(1)) == len(entries) + 1:
            entries.append([lines[k]])
            credited = False
        elif found or not entries or credited and PLAIN_LIMITS["credit_closes_key"] or ends_sentence(
                entries[-1][-1].text) and not is_credit(lines[k].text.split(), closes_caption=True) and not (
                _closing_credit_line(lines, k, len(entries))):
            break
        else:
            credited = ends_sentence(entries[-1][-1].text)  # a line after the sentence's end: the credit
            entries[-1].append(lines[k])
        end = k + 1
    if len(entries) < least:
        return None
    return lines[:start], [_key_caption(group) for group in entries], lines[end:]


def _closing_credit_line(lines: list[Line], k: int, rank: int) -> bool:
    """With ``keys_one_a_line`` on, line ``k`` closes the key entry of ``rank`` as its credit by
    its place: after the entry's sentence, short (``key_credit_words``), ending no sentence, the
    next line opening the next key or the lines ending."""
    words = lines[k].text.split()
    nxt = BRACKET_KEY.match(lines[k + 1].text) if k + 1 < len(lines) else None
    return (bool(PLAIN_LIMITS["keys_one_a_line"]) and 0 < len(words) <= PLAIN_LIMITS["key_credit_words"]
            and not ends_sentence(lines[k].text) and (k + 1 == len(lines) or (
                nxt is not None and key_rank(nxt.group(1)) == rank + 1)))


def _key_run_deferred(entry: Fragment) -> Fragment:
    """A paragraph holding a key's first entry whose next entries were deferred as a caption (a
    credit line read as the caption's start): the deferred lines holding the key counting on go
    back into the paragraph, to be parted into entries (``_key_entries``)."""
    ranks = [key_rank(m.group(1)) for line in entry.lines if (m := BRACKET_KEY.match(line.text))]
    if not ranks or not entry.deferred:
        return entry
    take = [d for d in entry.deferred if d.kind == "caption" and any(
        (m := BRACKET_KEY.match(line.text)) and key_rank(m.group(1)) == max(ranks) + 1 for line in d.lines)]
    if not take:
        return entry
    lines = [*entry.lines, *(line for d in take for line in d.lines)]
    return replace(entry, lines=lines, deferred=[d for d in entry.deferred if d not in take])


def _key_heading_line(line: Line) -> bool:
    """A short line ending no sentence, opening in a capital: the heading over a key's entries."""
    words = line.text.split()
    return 0 < len(words) <= PLAIN_LIMITS["key_heading_line_words"] and not ends_sentence(line.text) and line.text[:1].isupper()


def _key_caption(lines: list[Line]) -> Fragment:
    """One key entry as a caption: its key's word left out, its credit the closing run of words
    that reads as one after a sentence's end ("… lid lifted. Photograph: Vale archive, 212")."""
    caption = Fragment("caption", lines, None, label_words=1)
    for n in range(len(lines) - 1, -1, -1):
        words = [w for line in lines[n:] for w in line.text.split()]
        own = lines[n].text.split()
        for k in range(1 if n == 0 else 0, len(own)):
            before = own[k - 1] if k else (lines[n - 1].text.split() or [""])[-1]
            if ends_sentence(before) and is_credit(words[k:], closes_caption=True):
                caption.credit = (n, k)
                return caption
    last = lines[-1].text.split()
    if (PLAIN_LIMITS["keys_one_a_line"] and len(lines) > 1 and ends_sentence(lines[-2].text)
            and not ends_sentence(lines[-1].text) and 0 < len(last) <= PLAIN_LIMITS["key_credit_words"]):
        caption.credit = (len(lines) - 1, 0)  # (a line of its own closing the entry after its sentence: its credit)
    return caption


def _heading_closing_run(entry: Fragment, run: int, before: list[Entry]) -> Heading | None:
    """With ``fact_run_heads`` on, the last line of a fact table's run (``_fact_run``) when prose
    follows it in the paragraph and it opens with a section label counting on from the last
    section's ("7.3 What the Ship Carried" after sections 7.1 and 7.2): the next section's
    heading, set right under the table, not its last row; else None."""
    if not PLAIN_LIMITS["fact_run_heads"] or not 2 < run < len(entry.lines):
        return None
    line = entry.lines[run - 1]
    lead = LABEL_LEAD.match(line.text)
    labels = [e.label for e in before if isinstance(e, Heading) and e.label]
    if lead is None and _title_case_run_head(entry.lines[:run], entry.lines[run:]):
        return Heading(None, [line], 0)
    if lead is None or not labels or len(line.text.split()) <= len(lead.group(0).split()):
        return None
    label = _label(lead_label(lead))
    return Heading(label, [line], len(lead.group(0).split())) if _counts_on(labels[-1], label) else None


def _labelled_heading_closing_run(entry: Fragment, run: int) -> Heading | None:
    """With ``fact_run_label_heads`` on, the last two lines of a fact table's run (``_fact_run``) when
    prose follows them in the paragraph (opening in a capital): a unit's label alone ("Stage 1", a
    word and its numeral, ``numbered_kicker``) over a title line (two words or more, no figure,
    title-like) is the next section's label and heading, set right under the table (a leaflet's
    "Opening hours" rows, then a panel's "Stage 1" / "A Dispute …"); else None."""
    if not PLAIN_LIMITS["fact_run_label_heads"] or not PLAIN_LIMITS["fact_rows"] + 2 < run < len(entry.lines):
        return None
    label, title, after = entry.lines[run - 2], entry.lines[run - 1], entry.lines[run]
    text = title.text.strip()
    if not (LABEL_ALONE.match(label.text.strip()) or numbered_kicker(label.text.strip(), 2)):
        return None
    if len(text.split()) < 2 or any(ch.isdigit() for ch in text) or not raw_title_like(text) or not starts_uppercase(after.text):
        return None
    return Heading(" ".join(label.text.split()), [title], 0)


def _title_case_run_head(run: list[Line], after: list[Line]) -> bool:
    """With ``title_case_run_heads`` on, the last line of a fact table's run, with prose after it
    (opening in a capital, ending a sentence), is the next heading set right under the table: in
    title case, of two words or more, stating no figure, where the table's own title over at least
    ``fact_rows`` rows is in sentence case ("The 1912 sample" / rows / "How the Lamps Work" / "The
    lamps …"): the table's style is not the line's."""
    if not PLAIN_LIMITS["title_case_run_heads"] or len(run) < PLAIN_LIMITS["fact_rows"] + 2:
        return False
    lenient = bool(PLAIN_LIMITS["run_head_lenient_close"])  # "… marked a.m." closes the prose too (round 51)
    if not after or not starts_uppercase(after[0].text) or not ends_sentence(after[-1].text.strip(), lenient=lenient):
        return False
    text = run[-1].text.strip()
    if len(text.split()) < 2 or any(ch.isdigit() for ch in text) or not raw_title_like(text):
        return False
    return not raw_title_like(run[0].text.strip())


def _counts_on(last: str, label: str) -> bool:
    """``label`` is the one after ``last`` in a numbered series: "7.2" then "7.3", "4" then "5"."""
    a, b = last.strip().rstrip(".").split("."), label.strip().rstrip(".").split(".")
    return (len(a) == len(b) and a[:-1] == b[:-1] and a[-1].isdigit() and b[-1].isdigit()
            and int(b[-1]) == int(a[-1]) + 1)


def _trailing_fact_table(entry: Fragment, width: list[float], tails: dict[int, FactTail] | None = None) -> int:
    """With ``trailing_fact_tables`` on, how many lines closing the paragraph ``entry`` are a
    fact table read straight after its last sentence (no short line ended it there), or make
    all of it: after the last line ending a sentence (or from its first), a title and at
    least ``fact_rows`` rows, all of them fact-table lines (``_fact_run``), most rows
    opening on a figure; 0 for none. A note or credit closing it keeps it whole. ``tails``
    keeps each paragraph's reading so far, so a paragraph asked again as it grows costs its
    new lines only (linear, not quadratic, in a long paragraph)."""
    if not PLAIN_LIMITS["trailing_fact_tables"] or entry.credit is not None or entry.note is not None:
        return 0
    tail = tails.get(id(entry)) if tails is not None else None
    if tail is None or not tail.reads(entry):
        tail = FactTail(entry.lines[0] if entry.lines else None)
    tail.extend(entry.lines, width)
    if tails is not None:
        tails[id(entry)] = tail
    rows = tail.rest - 1
    if rows < PLAIN_LIMITS["fact_rows"] or not tail.all_facts:
        return 0
    # most rows open on a figure (a year, a date: "1888-1893 about 560"), not an address's lines
    return tail.rest if tail.figure_rows * 2 > rows else 0


class FactTail:
    """A paragraph's lines read so far for ``_trailing_fact_table``: the lines after its last sentence end
    (``rest``), whether all of them are fact-table lines, and how many of its rows (after the first) open on
    a figure."""

    def __init__(self, first: Line | None):
        self.first = first
        self.seen = 0
        self.rest = 0
        self.all_facts = True
        self.figure_rows = 0
        self._last: Line | None = None

    def reads(self, entry: Fragment) -> bool:
        """The paragraph is the one read so far, grown or the same (its first and last read lines kept)."""
        lines = entry.lines
        return bool(lines) and lines[0] is self.first and len(lines) >= self.seen \
            and (self.seen == 0 or lines[self.seen - 1] is self._last)

    def extend(self, lines: list[Line], width: list[float]) -> None:
        for line in lines[self.seen :]:
            if ends_sentence(line.text):
                self.rest, self.all_facts, self.figure_rows = 0, True, 0
                continue
            self.rest += 1
            self.all_facts = self.all_facts and _fact_run([line], width) == 1
            if self.rest > 1 and line.text.lstrip()[:1].isdigit():
                self.figure_rows += 1
        self.seen = len(lines)
        self._last = lines[-1] if lines else None


def _fact_run(lines: list[Line], width: list[float] | None) -> int:
    """How many lines open the paragraph as a fact table's lines (see ``_fact_tables``);
    without ``width``, lines of any length."""
    run = 0
    for line in lines:
        text = line.text.strip()
        if ends_sentence(text) or _continues(text) or not (starts_uppercase(text) or text[:1].isdigit()) or (
                width is not None and line.length > PLAIN_LIMITS["fact_line"] * width[line.index]):
            break
        run += 1
    return run


def _mostly_figures(rows: list[Line]) -> bool:
    return sum(any(ch.isdigit() for ch in r.text) for r in rows) * 2 > len(rows)


def _credits_after_captions(entries: list[Entry]) -> list[Entry]:
    """A placed caption ("Above: …") ending a sentence with no credit, and the very next
    line, read into another block (the next one, or the paragraph the caption cuts into),
    opening a credit (``_credit_form``: "Photo: Ada Marr for the Dene Museum", "Drawing by
    Ada Marr, 1974") with its wrapped lines left open: those lines are the caption's
    credit; the block they leave goes on without them."""
    if not PLAIN_LIMITS["credit_after_caption"]:
        return entries
    fragments = [f for e in entries if isinstance(e, Fragment) for f in [e, *e.deferred]]
    ending = {f.last.index: f for f in fragments if f.lines and _uncredited_placed(f)}
    if not ending:
        return entries
    emptied: set[int] = set()
    for fragment in fragments:
        if fragment.kind == "caption" and fragment.position:
            continue
        at = next((j for j, line in enumerate(fragment.lines) if line.index - 1 in ending), None)
        if at is None:
            continue
        cap = ending[fragment.lines[at].index - 1]
        taken = _credit_lines(fragment.lines[at:])
        if not taken or cap is fragment:
            continue
        cap.credit = (len(cap.lines), 0)
        cap.lines.extend(fragment.lines[at : at + taken])
        fragment.lines = fragment.lines[:at] + fragment.lines[at + taken :]
        if fragment.kind == "credit":
            fragment.kind = "paragraph"
        if not fragment.lines:
            emptied.add(id(fragment))
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Fragment):
            entry.deferred = [d for d in entry.deferred if id(d) not in emptied]
            if id(entry) in emptied:
                out.extend(entry.deferred)
                continue
        out.append(entry)
    return out


def _credits_before_captions(entries: list[Entry]) -> list[Entry]:
    """With ``credit_before_caption`` on, a placed caption ("Right: …") ending a sentence with no credit, and
    the lines right before its first, read into another block (the paragraph the caption cuts into), opening
    with a credit's lead and reading as one credit (``_credit_run_before``): the credit set over the picture
    and extracted before its caption; they go after the caption's lines and credit it, the block going on
    without them."""
    if not PLAIN_LIMITS["credit_before_caption"]:
        return entries
    fragments = [f for e in entries if isinstance(e, Fragment) for f in [e, *e.deferred]]
    opening = {f.lines[0].index: f for f in fragments if f.lines and _uncredited_placed(f)}
    for fragment in fragments:
        if fragment.kind == "caption" and fragment.position or not opening:
            continue
        for at, line in enumerate(fragment.lines):
            cap = opening.get(line.index + 1)
            start = _credit_run_before(fragment.lines, at) if cap is not None and cap is not fragment else None
            if cap is None or start is None or start == 0:
                continue  # (a block that is the credit alone is another reader's: left as it is)
            cap.credit = (len(cap.lines), 0)
            cap.lines.extend(fragment.lines[start : at + 1])
            fragment.lines = fragment.lines[:start] + fragment.lines[at + 1 :]
            del opening[cap.lines[0].index]
            break
    return entries


def _credit_run_before(lines: list[Line], at: int) -> int | None:
    """The first of the lines of ``lines`` ending at ``at``, one after another in the text, at most
    ``credit_lines``, the first opening with a credit's lead and all reading as one credit; or None."""
    for start in range(at, max(-1, at - int(PLAIN_LIMITS["credit_lines"])), -1):
        if start < at and lines[start + 1].index != lines[start].index + 1:
            return None
        run = lines[start : at + 1]
        if run[0].text.lower().startswith(CREDIT_LEADS):
            return start if is_credit(" ".join(ln.text for ln in run).split(), True) else None
    return None


def _uncredited_placed(cap: Fragment) -> bool:
    return (cap.kind == "caption" and bool(cap.position) and cap.credit is None
            and ends_sentence(_caption_end_text(cap.last.text).strip()))


def _credit_lines(lines: list[Line]) -> int:
    """How many lines open with a credit (``_credit_form``) and its lines left open (0: none)."""
    if not _credit_form(lines[0].text.split()):
        return 0
    taken = 1
    while taken < len(lines) and (lines[taken - 1].text.rstrip().endswith(",")
                                  or _credit_left_open(lines[taken - 1].text.strip(), lines[taken].text.strip())
                                  or _holder_wraps(lines[:taken], lines[taken])):
        taken += 1
    return taken


def _holder_wraps(credit: list[Line], line: Line) -> bool:
    """The holder's name after a credit's slash wraps onto ``line`` ("… / Oostkamp Print" /
    "Room"): a short capitalised line, no sentence's end, the name with it still at most
    ``CREDIT_WORDS["name"]`` words."""
    words = [w for ln in credit for w in ln.text.split()]
    if "/" not in words:
        return False
    holder = words[len(words) - words[::-1].index("/"):]
    tail = line.text.split()
    return (1 <= len(tail) <= PLAIN_LIMITS["credit_tail_words"] and starts_uppercase(line.text)
            and not ends_sentence(line.text) and len(holder) + len(tail) <= CREDIT_WORDS["name"])


def _credit_form(words: list[str]) -> bool:
    """A line reads as a credit closing a caption: a credit lead (any length up to a listed
    credit's), a maker's "Noun by Name" or a medium's "Noun: Name" naming a holder or a year,
    or ``is_credit`` in its strict form (an institution's word, an object number): a short
    title-case heading is none."""
    text = " ".join(words)
    if len(words) < 2 or len(words) > CREDIT_WORDS["listed"] or ends_sentence(text):
        return False
    if text.lower().startswith(CREDIT_LEADS) or lead_at(words, 0):
        return True
    # (a maker's or medium's form names a holder or a year: a comma, slash or figure, which a
    # heading of that form, "Made by Lamplight", "Harbour: The Night Ferry", lacks)
    holder = any(ch in ",/" or ch.isdigit() for ch in text)
    named = holder and words[0][:1].isupper() and (words[-1][:1].isupper() or words[-1][:1].isdigit())
    if named and len(words) >= 3 and words[1] == "by" and words[2][:1].isupper():
        return True  # "Drawing by Ada Marr, 1974"
    if named and words[0].endswith(":") and words[0][:-1].isalpha() and words[1][:1].isupper():
        return True  # "Watercolour: Ada Marr / Dene Archive"
    return is_credit(words, False)


def _cover_titles(entries: list[Entry]) -> list[Entry]:
    """A title read into a paragraph between a cover's lines and its lede (a folded
    leaflet's front panel: "Open daily 10–5" / "WINTER LEAFLET" / "The Great Frost:" /
    "Winter, 1709" / "In the first months …"): an unlabelled heading, the cover's lines
    before it a paragraph of their own (``_cover_title_at``)."""
    out: list[Entry] = []
    for entry in entries:
        before = out[-1].lines[-1] if out and out[-1].lines else None
        found = (_cover_title_at(entry, before, opening=not out)
                 if isinstance(entry, Fragment) and entry.kind == "paragraph" else None)
        if found is None:
            out.append(entry)
            continue
        start, end, lede = found
        assert isinstance(entry, Fragment)
        stacked = _stacked_title_before(entry.lines, start)
        if start - len(stacked):
            out.append(Fragment("paragraph", [ln for ln in entry.lines[:start] if ln not in stacked]))
        out.append(Heading(None, [*stacked, *entry.lines[start:end]], 0))
        out.append(replace(entry, lines=entry.lines[lede:]))
    return out


def _stacked_title_before(lines: list[Line], start: int) -> list[Line]:
    """The title's first part set large a few words a line right over the kicker that stands
    over the cover title found at ``start`` ("The" / "Salt Road" / "A WALKING GUIDE" / the deck):
    at most ``stacked_titles`` lines, each of at most ``stacked_title_words`` words in title
    case, no number, ending no sentence nor phrase (switch ``stacked_titles``, 0 off). The
    kicker, no part of the title, stays where it was read."""
    most = int(PLAIN_LIMITS["stacked_titles"])
    if not most or start < 2 or not in_capitals(lines[start - 1].text):
        return []
    k = start - 1
    while k > 0 and start - 1 - k < most and _stacked_title_line(lines[k - 1].text):
        k -= 1
    return lines[k : start - 1]


def _stacked_title_line(text: str) -> bool:
    """A line of a title set a few words a line (``_stacked_title_before``)."""
    words = text.split()
    return (0 < len(words) <= PLAIN_LIMITS["stacked_title_words"] and raw_title_like(text) and not in_capitals(text)
            and not any(c.isdigit() for c in text) and not text.rstrip().endswith((",", ";", ":", ".", "?", "!")))


def _cover_title_at(entry: Fragment, before: Line | None, opening: bool = False) -> tuple[int, int, int] | None:
    """Where a title run sits in the paragraph, or None: under a kicker in capitals (a
    line of the paragraph, or the line read right ``before`` it; or the text's start, the
    paragraph ``opening`` the text, a kicker over it taken out as a running line), none of the lines up to
    it ending a sentence (a cover's lines, no prose), at most ``cover_title_lines`` lines
    in title case shorter than the lede's lines, then the lede: prose opening in a capital
    at its full measure and ending a sentence. (start, end, the lede's first line): with
    ``kickers_under_title`` on, a kicker in capitals parted by a separator may stand between the
    title and the lede ("The Mill on the Hill" / "TOWN TRAIL · STOP 4" / "In 1790 …"), left out."""
    limit = int(PLAIN_LIMITS["cover_title_lines"])
    lines = entry.lines
    if not limit or len(lines) < 3 or not ends_sentence(lines[-1].text.strip()):
        return None
    for start in range(len(lines) - 2):
        kicker = lines[start - 1] if start else before
        if start and ends_sentence(lines[start - 1].text.strip()):
            return None  # prose before: no cover here
        opens_text = bool(PLAIN_LIMITS["cover_title_opening"]) and opening and not start and kicker is None
        if not opens_text and (kicker is None or not in_capitals(kicker.text)):
            continue
        end = start
        while end < len(lines) - 1 and end - start < limit and _cover_title_line(lines[end], lines[end + 1:], end > start):
            end += 1
        if start < end < len(lines) - 1 and _opens_lede(lines[end:]):
            cut = _turned_title_end(lines, start, end)
            if PLAIN_LIMITS["cover_title_numbers"] and cut - start > 1 and _LONE_NUMBER.match(lines[cut - 1].text):
                cut -= 1  # the panel's number set beside the title, read after it: no word of the title
            if PLAIN_LIMITS["marked_date_lines"] and cut - start > 1 and _era_marked_date(lines[cut - 1].text):
                cut -= 1  # "The Laws of the River" / "c. 1200 BC": the date line under the title, none of it
            elif PLAIN_LIMITS["dated_decks"] and cut - start > 2 and PLACED_DATE.match(lines[cut - 1].text.strip()) and (
                    _CLOSING_YEAR.search(lines[cut - 2].text)):
                cut -= 1  # ... and so is a place and a date under a title and its deck ("Leiden, 1790–1842")
            return start, cut, end
        if start < end < len(lines) - 2 and PLAIN_LIMITS["kickers_under_title"] and _kicker_under_title(
                lines[end].text.strip()) and _opens_lede(lines[end + 1:]):
            return start, end, end + 1
    return None


_LONE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def _first_breakable(word: str) -> str:
    """With ``compound_parts`` on, of a compound joined by a hard hyphen ("Joseph-Marie",
    "twenty-four") its first part with the hyphen: a line may break after a compound's own
    hyphen, so the part would have fitted where the whole word does not; any other word whole."""
    if not PLAIN_LIMITS["compound_parts"]:
        return word
    head, hyphen, rest = word.partition("-")
    return head + hyphen if hyphen and head[-1:].isalpha() and rest[:1].isalpha() else word


def _kickers_under_titles_out(entries: list[Entry]) -> list[Entry]:
    """With ``kickers_under_title`` on, the document's first heading, unlabelled, of two lines or
    more, closed by a kicker in capitals parted by a separator (``_kicker_under_title``) under
    title lines in mixed case, right over a paragraph: the title without the kicker, left out
    ("The Tide Mill" / "RIVER TRADES · THE CREEK" / "For two hundred years …")."""
    if not PLAIN_LIMITS["kickers_under_title"]:
        return entries
    at = next((k for k, e in enumerate(entries) if isinstance(e, Heading)), None)
    if at is None or at + 1 >= len(entries):
        return entries
    head, after = entries[at], entries[at + 1]
    assert isinstance(head, Heading)
    if head.label is not None or head.subtitle or head.cut_words or len(head.lines) < 2 or not (
            isinstance(after, Fragment) and after.kind == "paragraph"):
        return entries
    *title, last = head.lines
    if not _kicker_under_title(last.text.strip()) or any(in_capitals(ln.text) for ln in title):
        return entries
    return [*entries[:at], replace(head, lines=title), *entries[at + 1:]]


def _turned_title_end(lines: list[Line], start: int, end: int) -> int:
    """With ``turned_title_ends`` on, where a title printed one word a line (set turned up the sheet's
    edge, joined back: ``turned_lines_joined``) ends in ``lines[start:end]``: after its joined and
    one-word lines, when one line printed whole, ending no sentence, stands after them before the
    lede (a running line of a one-page sheet, drawn across the page, which the extraction read
    between the turned title and the text): that line is no part of the title, left out."""
    if not PLAIN_LIMITS["turned_title_ends"] or not _joined(lines[start]):
        return end
    cut = start
    while cut < end and (_joined(lines[cut]) or len(lines[cut].text.split()) == 1):
        cut += 1
    if cut == end - 1 and not ends_sentence(lines[cut].text.strip()):
        return cut
    return end


def _kicker_under_title(text: str) -> bool:
    """A kicker set under a title run rather than over it: capitals, short parts parted by a
    separator (``_parted_kicker``), no sentence."""
    return in_capitals(text) and _parted_kicker(text)


def _opens_lede(lines: list[Line]) -> bool:
    """The lines open prose: a line opening in a capital at ``full_line_share`` of their measure."""
    first = lines[0]
    measure = max(line.length for line in lines)
    return starts_uppercase(first.text) and first.length >= PLAIN_LIMITS["full_line_share"] * measure


def _cover_title_line(line: Line, after: list[Line], going_on: bool = False) -> bool:
    """A title's line: title case, not capitals or a kicker's "·", shorter than
    ``full_line_share`` of the longest line after it (the lede's measure). A line going on
    from a title line may open in lower case (the title's phrase runs on: "across" / "the
    Sea")."""
    text = line.text.strip()
    measure = max((ln.length for ln in after), default=0)
    if going_on and starts_lowercase(text):
        text = text[:1].upper() + text[1:]
    return (raw_title_like(text) and not in_capitals(text) and "·" not in text
            and line.length < PLAIN_LIMITS["full_line_share"] * measure)



def _titled_fact_table(before: Entry | None, entry: Fragment, after: list[Entry]) -> Fragment | None:
    """The table of an unlabelled heading and the paragraph under it, when every line of the
    paragraph is a fact row (at least ``titled_fact_rows``, most stating a figure; none
    ending a sentence, so of any length: no paragraph of prose) and a heading or the text's
    end follows: the heading titles the rows alone."""
    rows = PLAIN_LIMITS["titled_fact_rows"]
    if not rows or not isinstance(before, Heading) or before.label is not None or before.subtitle:
        return None
    if len(entry.lines) < rows or _fact_run(entry.lines, None) < len(entry.lines) or not _mostly_figures(entry.lines):
        return None
    if after and not isinstance(after[0], Heading):
        return None
    return Fragment("table", [*before.lines, *entry.lines])


def _credit_first(cap: Fragment) -> None:
    """A caption extracted with its credit first (the credit set over the picture, the
    caption under it: "© Name for the" / "Museum" / "The barrack room…"): the credit's
    lines, opening with a credit's lead and reading as one credit, go after the caption's
    and credit it."""
    if cap.kind != "caption" or cap.credit is not None or cap.position or len(cap.lines) < 2:
        return
    if not cap.lines[0].text.lower().startswith(CREDIT_LEADS) or inside_line_credit(cap):
        return
    # the credit runs on over short capitalised lines (its wrapped tail, "Museum"); the
    # caption opens after them and ends a sentence
    words: list[str] = []
    for n, line in enumerate(cap.lines[: int(PLAIN_LIMITS["credit_lines"])], start=1):
        words += line.text.split()
        rest = cap.lines[n:]
        if not rest or (len(rest[0].text.split()) <= PLAIN_LIMITS["credit_tail_words"] and raw_title_like(rest[0].text)):
            continue
        if is_credit(words, True) and starts_uppercase(rest[0].text) and ends_sentence(rest[-1].text):
            cap.lines = [*rest, *cap.lines[:n]]
            cap.credit = (len(rest), 0)
        return


def _caption_end_text(text: str) -> str:
    """A caption line's text as its end is judged: without a cross-reference after its last
    sentence (``captions.without_trailing_reference``, switch ``caption_references``)."""
    return without_trailing_reference(text) if PLAIN_LIMITS["caption_references"] else text
