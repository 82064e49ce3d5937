"""A DOCX paragraph's effective type (run → character style → paragraph style → document
defaults → Word's own), the body's type by characters, and the distance of a paragraph's type
from the body's. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from vitrina.ingest._docx_format import (
    FORMAT_WEIGHTS,
    Face,
    ParagraphLook,
    body_look,
    paragraph_look,
    prominence,
    run_face,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_a_run_takes_its_size_from_the_document_defaults_when_nothing_else_states_it() -> None:
    document = docx.Document()  # python-docx's template: docDefaults 11 pt, Normal states no size
    paragraph = document.add_paragraph("The ferry crossed twice a day.")
    assert run_face(paragraph.runs[0], paragraph).size == 11.0


def test_word_s_own_size_when_no_default_states_one() -> None:
    document = docx.Document()
    defaults = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    defaults.remove(defaults.find(f"{_W}sz"))
    paragraph = document.add_paragraph("The ferry crossed twice a day.")
    assert run_face(paragraph.runs[0], paragraph).size == 10.0


def test_the_run_then_its_character_style_then_the_paragraph_style_decide() -> None:
    document = docx.Document()
    loud = document.styles.add_style("Loud Words", WD_STYLE_TYPE.CHARACTER)
    loud.font.bold, loud.font.all_caps = True, True
    plain = document.styles.add_style("Plain Lead", WD_STYLE_TYPE.PARAGRAPH)
    plain.font.size, plain.font.italic = Pt(13), True
    paragraph = document.add_paragraph(style="Plain Lead")
    by_style = paragraph.add_run("the quay", style="Loud Words")
    own = paragraph.add_run("the tide")
    own.font.size, own.italic = Pt(9), False
    assert run_face(by_style, paragraph) == Face(13.0, bold=True, italic=True, caps=True)
    assert run_face(own, paragraph) == Face(9.0, italic=False)


def test_a_paragraph_s_face_is_that_of_most_of_its_characters() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Note: ").bold = True
    paragraph.add_run("the lock keeper's cottage still stands by the gate.")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(18)
    look = paragraph_look(paragraph)
    assert look == ParagraphLook(Face(11.0), centred=True, space_before=18.0)


def test_the_body_s_look_is_the_look_of_most_characters() -> None:
    body, head = ParagraphLook(Face(11.0)), ParagraphLook(Face(16.0, bold=True))
    assert body_look([(head, 20), (body, 300), (head, 25)]) == body
    assert body_look([]) is None


def test_prominence_counts_size_steps_weight_and_capitals_against_the_body() -> None:
    body = ParagraphLook(Face(10.0))
    step = FORMAT_WEIGHTS["size_step"]
    assert prominence(body, body) == 0.0
    assert abs(prominence(ParagraphLook(Face(10.0 * step)), body) - 1.0) < 1e-9
    assert prominence(ParagraphLook(Face(10.0, bold=True)), body) == FORMAT_WEIGHTS["bold"]
    assert prominence(ParagraphLook(Face(10.0)), body, capitals=True) == FORMAT_WEIGHTS["caps"]
    # capitals in small type are no heading's (a credit line, a label)
    assert prominence(ParagraphLook(Face(7.0)), body, capitals=True) < 0
    # an italic line alone is no heading, nor a centred italic line in another face with space above
    assert prominence(ParagraphLook(Face(10.0, italic=True)), body) < 1.0
    apart = ParagraphLook(Face(10.0, italic=True, font="Other Face"), centred=True, space_before=12.0)
    assert prominence(apart, ParagraphLook(Face(10.0, font="Body Face"))) < 1.0
