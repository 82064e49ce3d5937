"""DOCX reader, documents typed without paragraph styles: headings by their effective type
against the body's (sizes from the document defaults, headings typed in capitals), a title set
in two lines of two sizes, a label set off from its title by an em space, a paragraph parted by
a page break in mid-sentence, and text boxes read once. Documents built here with python-docx
(invented content); each test fails with its ``DOCX_SWITCHES`` entry off."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

BODY = ("The drovers walked their cattle south along the green lanes, and the inns along the way"
        " kept a field for the herd and a bed for the men.")
MORE = "A good drover knew every ford and every toll on the road, and the price of grass in each county."


@pytest.fixture
def switches():
    saved = dict(docx_reader.DOCX_SWITCHES)
    yield docx_reader.DOCX_SWITCHES
    docx_reader.DOCX_SWITCHES.update(saved)


def _para(document, *runs: tuple[str, dict]):
    paragraph = document.add_paragraph()
    for text, look in runs:
        run = paragraph.add_run(text)
        if "size" in look:
            run.font.size = Pt(look["size"])
        run.bold, run.italic = look.get("bold"), look.get("italic")
        if look.get("outline"):
            run.font.outline = True
    return paragraph


def _read(document, name: str = "drovers.docx"):
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), name)
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def _two_line_title_document():
    document = docx.Document()
    _para(document, ("The Long Road:", {"size": 26, "bold": True}))
    _para(document, ("A Drover's Year, 1850", {"size": 19, "italic": True}))
    _para(document, ("Cattle from the hills fed the towns, and men walked them there.", {"italic": True}))
    for number, title in ((1, "Leaving the Hills"), (2, "The Inns")):
        _para(document, (f"Road {number}", {"size": 15, "bold": True, "outline": True}), ("\u2003", {}),
              (title, {"size": 15, "bold": True}))
        _para(document, (BODY, {}))
        _para(document, (MORE, {}))
    return document


def test_a_title_in_two_lines_is_one_title_and_labels_stand_before_an_em_space() -> None:
    doc = _read(_two_line_title_document())
    assert doc.title == "The Long Road: A Drover's Year, 1850"
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Long Road: A Drover's Year, 1850"), ("Road 1", "Leaving the Hills"), ("Road 2", "The Inns")]


def test_without_the_switches_the_subtitle_is_a_section_and_labels_stay_in_the_titles(switches) -> None:
    switches["title_lines"] = 0
    switches["wide_space_labels"] = 0
    doc = _read(_two_line_title_document())
    assert doc.title == "The Long Road:"
    assert [s.label for s in doc.sections] == [None, None, None, None]


def _page_break_document(break_inside: bool):
    document = docx.Document()
    _para(document, ("The Cattle Road", {"size": 24, "bold": True}))
    _para(document, ("Leaving the Hills", {"size": 15, "bold": True}))
    first = _para(document, ("The herd crossed the river at dawn, and by noon the men had reached", {}))
    if break_inside:
        first.runs[-1].add_break(WD_BREAK.PAGE)
    second = _para(document, ("the first inn, where the landlord had kept the field for them.", {}))
    second.paragraph_format.page_break_before = not break_inside
    _para(document, (MORE, {}))
    return document


@pytest.mark.parametrize("break_inside", [False, True])
def test_a_page_break_in_mid_sentence_does_not_part_the_paragraph(break_inside: bool) -> None:
    doc = _read(_page_break_document(break_inside))
    assert _paragraphs(doc) == [
        "The herd crossed the river at dawn, and by noon the men had reached the first inn, where the landlord"
        " had kept the field for them.", MORE]


def test_a_page_break_in_a_paragraph_of_its_own_does_not_part_the_paragraph() -> None:
    document = docx.Document()
    _para(document, ("The Cattle Road", {"size": 24, "bold": True}))
    _para(document, ("Leaving the Hills", {"size": 15, "bold": True}))
    _para(document, ("The herd crossed the river at dawn, and by noon the men had reached", {}))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # an empty paragraph holding the break
    _para(document, ("the first inn, where the landlord had kept the field for them.", {}))
    _para(document, (MORE, {}))
    assert _paragraphs(_read(document)) == [
        "The herd crossed the river at dawn, and by noon the men had reached the first inn, where the landlord"
        " had kept the field for them.", MORE]


def test_without_the_switch_the_page_break_parts_the_paragraph(switches) -> None:
    switches["join_across_breaks"] = 0
    switches["join_lines"] = 0  # (round 33's line joining would join the two parts as lines of one paragraph)
    assert len(_paragraphs(_read(_page_break_document(False)))) == 3


def test_a_page_break_after_a_whole_sentence_keeps_both_paragraphs() -> None:
    document = docx.Document()
    _para(document, ("The Cattle Road", {"size": 24, "bold": True}))
    _para(document, (BODY, {}))
    _para(document, (MORE, {})).paragraph_format.page_break_before = True
    assert _paragraphs(_read(document)) == [BODY, MORE]


def _default_sized_document():
    """Word's default template: the body states no size (the document defaults give 11 pt);
    headings are set in capitals at the body's size, or in larger type without bold."""
    document = docx.Document()
    _para(document, ("The Cattle Road", {"size": 24}))
    _para(document, ("Cattle from the hills fed the towns, and men walked them there.", {}))
    _para(document, ("LEAVING THE HILLS", {}))
    _para(document, (BODY, {}))
    _para(document, ("The Inns on the Way", {"size": 16}))
    _para(document, (MORE, {}))
    return document


def test_headings_by_type_against_a_body_sized_by_the_document_defaults() -> None:
    doc = _read(_default_sized_document())
    assert [s.title for s in doc.sections] == ["The Cattle Road", "LEAVING THE HILLS", "The Inns on the Way"]
    assert doc.title == "The Cattle Road"


def test_without_the_switch_only_bold_or_stated_larger_type_counts(switches) -> None:
    switches["by_look"] = 0
    doc = _read(_default_sized_document())
    assert "LEAVING THE HILLS" not in [s.title for s in doc.sections]


_BOX_CAPTION = (
    '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Right: </w:t></w:r>'
    '<w:r><w:t>A drover\'s dog asleep by the inn door.</w:t></w:r><w:r><w:br/></w:r>'
    "<w:r><w:t>Photo: Ada Brill / Hill Farms Trust</w:t></w:r></w:p>")


def _box_run(content: str) -> str:
    """A DrawingML text box with its VML fallback, both holding ``content``, as Word writes one."""
    return (
        f'<w:r {nsdecls("w", "wp", "a")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="7" name="Box 7"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape><v:textbox>'
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>")


def test_a_text_box_with_its_fallback_is_read_once_at_its_anchor_as_a_caption() -> None:
    document = docx.Document()
    _para(document, ("The Cattle Road", {"size": 24, "bold": True}))
    _para(document, ("Leaving the Hills", {"size": 15, "bold": True}))
    anchor = _para(document, (BODY, {}))
    anchor._p.append(parse_xml(_box_run(_BOX_CAPTION)))
    _para(document, (MORE, {}))
    _para(document, ("The Inns", {"size": 15, "bold": True}))
    _para(document, (MORE.replace("good", "careful"), {}))
    doc = _read(document)
    assert doc.text.count("asleep by the inn door") == 1
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(doc.text[b.start : b.end], b.position, b.credit) for b in captions] == [
        ("A drover's dog asleep by the inn door.", "Right", "Photo: Ada Brill / Hill Farms Trust")]
    hills = doc.sections[1]
    assert hills.start <= captions[0].start < hills.end  # its anchor's section
    assert _paragraphs(doc) == [BODY, MORE, MORE.replace("good", "careful")]


def test_a_side_bar_box_with_its_fallback_is_read_once_as_the_last_section() -> None:
    document = docx.Document()
    _para(document, ("The Cattle Road", {"size": 24, "bold": True}))
    _para(document, ("Leaving the Hills", {"size": 15, "bold": True}))
    anchor = _para(document, (BODY, {}))
    side = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Shoes for Cattle</w:t></w:r></w:p>'
            "<w:p><w:r><w:t>Cattle walking on hard roads were shod with small iron plates, two to a hoof,"
            " by smiths who followed the herds.</w:t></w:r></w:p>")
    anchor._p.append(parse_xml(_box_run(side)))
    _para(document, (MORE, {}))
    doc = _read(document)
    assert doc.text.count("small iron plates") == 1
    assert [s.title for s in doc.sections] == ["The Cattle Road", "Leaving the Hills", "Shoes for Cattle"]
