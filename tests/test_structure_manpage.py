"""Character-drawn frames, bracketed note marks and man-page apparatus (vitrina.structure.manpage)."""

from __future__ import annotations

from vitrina.structure import manpage
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine

HEADER = "LIGHTHOUSE(7) Coastal Gallery Texts LIGHTHOUSE(7)"


def _line(text: str, x0: float, top: float, bold: bool = False) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 5 * i, top, x0 + 5 * i + 5, top + 10]
    return TextLine(page=1, text=text, boxes=boxes, size=10.0, bold=bold, italic=False)


def test_empty_frame_goes_and_barred_lines_keep_their_text():
    lines = ["Before the box.", "+--------+", "| |", "| |", "+--------+",
             "+-----------+", "|Keeper's Log |", "|The lamp was lit at dusk. |", "+-----------+", "After."]
    assert manpage.lines_cleared(lines) == ["Before the box.", "Keeper's Log", "The lamp was lit at dusk.", "After."]


def test_a_page_break_inside_a_frame_stays():
    lines = ["+------+", "|One line of the box. |", "\f|Another line. |", "+------+"]
    assert manpage.lines_cleared(lines) == ["One line of the box.", "\fAnother line."]


def test_a_title_wrapped_at_the_head_of_a_frame_is_joined():
    lines = ["+------+", "|Why Was the Lamp |", "|Moved? |",
             "|The keepers moved the lamp to the new tower in a single night. |", "+------+"]
    assert manpage.lines_cleared(lines)[0] == "Why Was the Lamp Moved?"


def test_bracketed_note_mark_glued_to_a_word_goes():
    assert manpage.lines_cleared(["The lamp[3] burned oil.", "See [3] below."]) == [
        "The lamp burned oil.", "See [3] below."]


def test_man_page_apparatus_sections_go_when_mixed_case_headings_carry_the_prose():
    lines = ["NAME", "lighthouse - a gallery text", "The Lighthouse", "The lamp burned oil.",
             "SEE ALSO", "beacon(7)", HEADER]
    assert manpage.lines_cleared(lines) == ["The Lighthouse", "The lamp burned oil.", HEADER]


def test_capital_headings_stay_outside_a_man_page():
    lines = ["NAME", "lighthouse - a gallery text", "The lamp burned oil."]
    assert manpage.lines_cleared(lines) == lines


def test_pdf_lines_are_cleared_with_their_boxes():
    page = PageGeometry(number=1, width=300, height=400, lines=[
        _line("NAME", 10, 10, bold=True), _line("lamp - a text", 20, 25),
        _line("The Lighthouse", 10, 40, bold=True), _line("The lamp[1] burned.", 20, 55),
        _line("|Boxed words |", 20, 70), _line(HEADER, 10, 380)])
    page.lines.insert(4, _line("+----------+", 20, 65))
    page.lines.insert(6, _line("+----------+", 20, 85))
    cleared = manpage.pdf_cleared(PdfContent(pages=[page]))
    texts = [line.text for line in cleared.pages[0].lines]
    assert texts == ["The Lighthouse", "The lamp burned.", "Boxed words", HEADER]
    boxed = cleared.pages[0].lines[2]
    assert len(boxed.boxes) == 4 * len(boxed.text) and boxed.x0 == 25


def test_a_note_symbol_glued_to_a_word_goes_when_a_note_opens_with_it():
    lines = ["The keeper sailed on the Northern Star*.", "* A collier of the Tyne.", "The lamp room*"]
    assert manpage.lines_cleared(lines) == ["The keeper sailed on the Northern Star.", "* A collier of the Tyne.",
                                            "The lamp room"]
    assert manpage.lines_cleared(["Five stars* shone."]) == ["Five stars* shone."]  # no note: no call


def test_a_raised_call_that_broke_its_line_is_left_out_and_the_line_mended():
    lines = ["The ship ran onto a shoal2", "in", "the fog before dawn.", "2 Now called the Long Bank."]
    assert manpage.lines_cleared(lines) == ["The ship ran onto a shoal in", "the fog before dawn.",
                                            "2 Now called the Long Bank."]
