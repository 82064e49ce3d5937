"""DOCX reader, round 33: note calls raised by a character style (or a position of their own) and
raised note symbols are calls, not text; notes at the body's end numbered by Word's list numbering
under a "Notes" heading of any level are the notes section; the lede under a title set as the
outline's top heading is text, not a pull quote; a display line right over the next section is no
text; the lines of a paragraph a producer wrote each as a paragraph are one again, list items not
(invented content, python-docx)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader
from vitrina.structure.assemble import NOTES_TITLE

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
QUARRY = "The quarrymen cut the slate in long terraces above the lake and sent it down on a tramway"
KILNS = "The lime kilns by the harbour burned day and night through the summer months."
HARBOUR = "Ships from three countries loaded at the harbour wall."


def _read(document):
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "quarry.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    notes = next((s.id for s in doc.sections if s.title == NOTES_TITLE), None)
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph" and b.section != notes]


def _notes(doc) -> list[str]:
    notes = next(s.id for s in doc.sections if s.title == NOTES_TITLE)
    return [doc.text[b.start:b.end] for b in doc.blocks if b.section == notes and b.kind == "paragraph"]


def _raised_style(document) -> str:
    """A character style that raises its text (as calibre writes one: "3 Text")."""
    style = document.styles.add_style("Raised Mark", WD_STYLE_TYPE.CHARACTER)
    style.font.superscript = True
    style.font.size = Pt(7)
    return style.name


def _list_numbered(document) -> None:
    """A decimal list (numId 5) for the notes, as a converter writes an ``<ol>``."""
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="5"><w:abstractNumId w:val="4"/></w:num>'))


def _listed(paragraph, num_id: str = "5") -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _called_document():
    document = docx.Document()
    raised = _raised_style(document)
    _list_numbered(document)
    document.add_paragraph("Slate and Lime", style="Title")
    document.add_paragraph("Work on the Hill", style="Heading 1")
    first = document.add_paragraph(QUARRY + ".")
    first.add_run("1", style=raised)
    second = document.add_paragraph(KILNS)
    second.add_run("2")._r.get_or_add_rPr().append(parse_xml(f'<w:position {_W} w:val="6"/>'))  # lifted 3 pt
    third = document.add_paragraph(HARBOUR)
    third.add_run("*").font.superscript = True
    document.add_paragraph("Notes", style="Heading 4")
    for note in ("The tramway closed after the last quarry shut.", "The kilns are now a shelter for walkers."):
        _listed(document.add_paragraph(note))
    return document


def test_calls_raised_by_a_character_style_or_a_position_and_a_raised_symbol_are_no_text() -> None:
    paragraphs = _paragraphs(_read(_called_document()))
    assert paragraphs == [QUARRY + ".", KILNS, HARBOUR]


def test_without_the_switch_a_styled_call_stays_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "styled_calls", 0)
    doc = _read(_called_document())
    assert QUARRY + ".1" in doc.text and KILNS + "2" in doc.text and HARBOUR + "*" in doc.text


def test_notes_numbered_by_a_word_list_under_a_minor_notes_heading_are_the_notes() -> None:
    doc = _read(_called_document())
    assert _notes(doc) == ["The tramway closed after the last quarry shut.", "The kilns are now a shelter for walkers."]
    assert not any("tramway closed" in text for text in _paragraphs(doc))
    assert sum(1 for s in doc.sections if s.title == NOTES_TITLE) == 1


def test_without_the_switch_listed_notes_stay_in_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "listed_notes", 0)
    assert "The tramway closed after the last quarry shut." in _paragraphs(_read(_called_document()))


LEDE = "A valley of slate quarries and lime kilns, and the people who worked them for a hundred years."


def _display_document():
    """A title in Heading 1 over Heading 2 sections; the lede under it italic, larger and ruled
    (set apart as a pull quote would be); a display line in large italics, ending no sentence,
    right over the next section's label and heading."""
    document = docx.Document()
    document.add_paragraph("Slate and Lime", style="Heading 1")
    lede = document.add_paragraph()
    run = lede.add_run(LEDE)
    run.italic, run.font.size = True, Pt(14)
    lede._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {_W}><w:bottom w:val="single" w:sz="8" w:space="6" w:color="333333"/></w:pBdr>'))
    for title in ("Work on the Hill", "The Harbour", "The Last Shift"):
        document.add_paragraph(title, style="Heading 2")
        for text in (QUARRY + ".", KILNS):
            document.add_paragraph().add_run(text).font.size = Pt(11)
    shout = document.paragraphs[5].insert_paragraph_before()  # after the first section, over "The Harbour"
    run = shout.add_run("Slate for the roofs of half the towns in the north")
    run.italic, run.font.size = True, Pt(18)
    return document


def test_the_lede_under_a_title_set_as_the_top_heading_is_text() -> None:
    assert LEDE in _paragraphs(_read(_display_document()))


def test_without_the_switch_the_ruled_lede_is_taken_for_a_pull_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "lede_under_title", 0)
    assert LEDE not in _paragraphs(_read(_display_document()))


def test_a_display_line_right_over_the_next_section_is_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    shout = "Slate for the roofs of half the towns in the north"
    assert shout not in _paragraphs(_read(_display_document()))
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "display_lines", 0)
    assert shout in _paragraphs(_read(_display_document()))


LINES = ["The quarrymen cut the slate in long terraces above the lake, and",
         "each evening the wagons went down the incline to the harbour, where",
         "the boats waited to carry the slate along the coast to the towns."]


def _lines_document(listed: bool):
    """Each printed line of a paragraph written as a paragraph of its own (as a converter from
    PDF does); with ``listed``, the lines are the items of a bulleted list instead."""
    document = docx.Document()
    document.add_paragraph("Slate and Lime", style="Title")
    document.add_paragraph("Work on the Hill", style="Heading 1")
    for line in LINES:
        paragraph = document.add_paragraph(line)
        if listed:
            _listed(paragraph, "11")
    document.add_paragraph(KILNS)
    return document


def _bullets(document) -> None:
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="11"><w:abstractNumId w:val="10"/></w:num>'))


def test_the_lines_of_a_paragraph_written_as_paragraphs_are_one() -> None:
    assert _paragraphs(_read(_lines_document(False))) == [" ".join(LINES), KILNS]


def test_without_the_switch_each_line_stays_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "join_lines", 0)
    assert _paragraphs(_read(_lines_document(False))) == [*LINES, KILNS]


def test_list_items_are_never_joined() -> None:
    document = _lines_document(True)
    _bullets(document)
    assert _paragraphs(_read(document)) == [*LINES, KILNS]
