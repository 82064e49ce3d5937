"""Cues shared by raw text and PDF: capitals, one-letter words, years. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.cues import (
    date_line,
    in_capitals,
    one_letter_word,
    question_title,
    year_line,
)


def test_capitals_need_a_few_letters_and_no_lower_case() -> None:
    assert in_capitals("DOCKS")
    assert in_capitals("ROOM 4 · THE FORGE")
    assert not in_capitals("Docks")
    assert not in_capitals("USA")  # too few letters to tell a heading from an acronym
    assert not in_capitals("1851")


def _short_caps_heading(c, number: int) -> None:
    y = draw_lines(c, 72, 720, ["DOCKS"], "Times-Roman", 10, 22)
    draw_lines(c, 72, y, [
        "Barges tied up three deep along the quay while the cranes worked through the night,",
        "and the warehouses behind them filled with timber, grain and bales of wool.",
    ])


def test_a_short_pdf_heading_in_body_size_capitals_is_a_heading() -> None:
    # the PDF rule once wanted six letters, the raw-text one four: one minimum now
    (doc,) = pdf.read(canvas_pdf(_short_caps_heading), "/tmp/docks.pdf")
    assert [s.title for s in doc.sections] == ["DOCKS"]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def test_one_letter_words_come_from_the_lexicon() -> None:
    assert one_letter_word("A") and one_letter_word("I") and one_letter_word("a")
    assert not one_letter_word("B") and not one_letter_word("An")


def test_a_year_alone_needs_three_digits_or_its_era() -> None:
    assert year_line("1862") and year_line("196 BC") and year_line("AD 43") and year_line("850")
    assert not year_line("43")  # a note's or a page's number
    assert not year_line("12 ships") and not year_line("1862 1863")


def test_a_date_line_holds_a_year_and_date_words_only() -> None:
    assert date_line("About 850") and date_line("4 May 1768")
    assert not date_line("4 May") and not date_line("Built in 1768")


def test_said_shorter_is_a_sentence_cut_down_in_order() -> None:
    from vitrina.structure.cues import said_shorter

    body = ["The quay was rebuilt twice. The old ferry ran every hour from the north quay until the new "
            "bridge opened in spring, and few people missed it."]
    assert said_shorter("The ferry ran every hour until the bridge opened.", body)
    assert not said_shorter("The bridge ran every hour until the ferry opened.", body)  # the order differs
    assert not said_shorter("The quay was rebuilt twice.", body)  # the whole sentence: not shorter
    assert not said_shorter("The ferry ran every day until the bridge opened.", body)  # a word the body lacks


def test_said_shorter_is_no_words_scattered_over_a_long_sentence() -> None:
    from vitrina.structure.cues import said_shorter

    body = ["The town council said it will, if the votes do not change, give up its plan for the old and "
            "narrow road and build a new one up the hill."]
    # every word stands in order, but the body says them in six places apart: another sentence
    assert not said_shorter("The town will not give up the old road.", body)
    assert said_shorter("The council said it will give up its plan.", body)  # two cuts


def test_a_question_in_title_case_is_a_title_a_sentence_asking_one_is_not() -> None:
    assert question_title("Who Kept the Lamp?", 8)
    assert not question_title("Who kept the lamp at night?", 8)  # sentence case
    assert not question_title("Why? Nobody Knows?", 8)  # two sentences
    assert not question_title("How Many Keepers Lived on the Rock in the Last Hundred Years?", 8)
    assert not question_title("The Keepers of the Lamp", 8)  # no question


def test_a_dateline_is_a_place_and_a_full_date_alone() -> None:
    from vitrina.structure.cues import dateline

    assert dateline("Harwich, Essex, 14 August 1902") and dateline("Harwich, August 14th, 1902")
    assert dateline("14 August 1902")
    assert not dateline("Harwich, August 1902")  # a title's deck: no day
    assert not dateline("The ferry sailed on 14 August 1902")
