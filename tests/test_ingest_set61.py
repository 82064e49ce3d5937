"""Round 49 (structset61), HTML, DOCX and shared cues, each on invented text: a clipped chapter
heading beside shown ones is its section's title; a year-led line in a section's <header> is its
date line; a colon may close a timeline row's date; a run hidden by its character style is hidden;
a floating text box holding one quotation is a pull quote; a question is never a credit."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vitrina.ingest import docx as docx_reader
from vitrina.ingest import html as html_reader
from vitrina.structure.captions import is_credit
from vitrina.structure.cues import date_lead

BODY = "<p>The masons split the blocks by hand and the carts took them down to the wharf each morning.</p>"
STYLE = "<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>"


def _chapters(third_class: str, date_line: str = "") -> bytes:
    heads = ["The Quarry Opens", "Stone by Barge", "The Last Cut"]
    parts = []
    for n, title in enumerate(heads, 1):
        cls = f' class="{third_class}"' if n == 3 else ""
        parts.append(f"<section><header><p>Chapter {n}</p><h2{cls}>{title}</h2>{date_line}</header>{BODY}</section>")
    page = f"<html><head>{STYLE}</head><body><main><h1>The Quarry</h1>{BODY}{''.join(parts)}</main></body></html>"
    return page.encode()


def _read(data: bytes):
    [doc] = html_reader.read(data, "quarry.html")
    return doc


def test_a_clipped_chapter_heading_beside_shown_ones_titles_its_section() -> None:
    doc = _read(_chapters("sr"))
    assert [s.title for s in doc.sections[1:]] == ["The Quarry Opens", "Stone by Barge", "The Last Cut"]


def test_without_the_rule_the_clipped_heading_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "hidden_section_headings", 0)
    doc = _read(_chapters("sr"))
    assert "The Last Cut" not in [s.title for s in doc.sections]


def test_a_clipped_landmark_heading_stays_dropped() -> None:
    page = (f"<html><head>{STYLE}</head><body><main><h1>The Quarry</h1>{BODY}"
            f'<nav><h2 class="sr">In this exhibition</h2><ol><li><a href="#a">One</a></li></ol></nav>'
            f"<section><h2>Stone by Barge</h2>{BODY}</section></main></body></html>").encode()
    assert "In this exhibition" not in _read(page).text


def test_a_year_led_line_in_a_sections_header_is_its_date_line() -> None:
    doc = _read(_chapters("", "<p>1871–1880 · The cutting</p>"))
    assert "The cutting" not in doc.text
    assert [s.title for s in doc.sections[1:]] == ["The Quarry Opens", "Stone by Barge", "The Last Cut"]


def test_without_the_rule_the_date_line_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "header_date_lines", 0)
    assert "The cutting" in _read(_chapters("", "<p>1871–1880 · The cutting</p>")).text


def test_a_sentence_in_a_sections_header_stays_text() -> None:
    doc = _read(_chapters("", "<p>1871 was the year the masons first came to the quarry by the river.</p>"))
    assert "the masons first came" in doc.text


def test_a_date_closed_by_a_colon_leads_a_row() -> None:
    assert date_lead("1921: Plans drawn for the bridge") == 1
    assert date_lead("12:30 the ferry left") == 0


def test_a_question_is_never_a_credit() -> None:
    assert not is_credit(["WHY", "BUILD", "IT?"], closes_caption=True)
    assert is_credit(["NATIONAL", "ARCHIVES"], closes_caption=True)


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    [doc] = docx_reader.read(data, "ferry.docx")
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


def _styled_hidden() -> bytes:
    document = docx.Document()
    style = parse_xml(f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1" w:styleId="EditorNote">'
                      '<w:name w:val="Editor Note"/><w:rPr><w:vanish/></w:rPr></w:style>')
    document.styles.element.append(style)
    document.add_paragraph("The River Ferry", style="Title")
    document.add_paragraph("The ferry crossed the river every hour from the stone steps below the inn.")
    note = document.add_paragraph()
    run = note.add_run("NOTE: check the fares against the ledger before printing.")
    run._r.get_or_add_rPr().append(parse_xml(f'<w:rStyle {nsdecls("w")} w:val="EditorNote"/>'))
    document.add_paragraph("In winter the boat was hauled out and caulked by the ferryman's sons.")
    return _save(document)


def test_a_run_hidden_by_its_character_style_is_hidden() -> None:
    assert not any("check the fares" in p for p in _paragraphs(_styled_hidden()))


def test_without_styled_hidden_the_run_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "styled_hidden", 0)
    assert any("check the fares" in p for p in _paragraphs(_styled_hidden()))


def _quote_box(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("The River Ferry", style="Title")
    document.add_paragraph("The ferry crossed the river every hour from the stone steps below the inn.")
    content = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(
        f'<w:r {nsdecls("w", "wp", "a")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="3" name="Box"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:rect><v:textbox>'
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"))
    document.add_paragraph("In winter the boat was hauled out and caulked by the ferryman's sons.")
    return _save(document)


QUOTE = "\u201cThe river was our road, and the ferry its only bridge.\u201d"


def test_a_floating_box_holding_one_quotation_is_a_pull_quote() -> None:
    assert not any("only bridge" in p for p in _paragraphs(_quote_box(QUOTE)))


def test_without_boxed_text_quotes_the_quotation_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "boxed_text_quotes", 0)
    assert any("only bridge" in p for p in _paragraphs(_quote_box(QUOTE)))


def test_a_floating_box_of_prose_is_still_read() -> None:
    text = "Fares were a penny each way. Cattle paid double and carts paid four times."
    assert any("Cattle paid double" in p for p in _paragraphs(_quote_box(text)))


def _dates_box(title: str) -> bytes:
    items = "".join(f"<li>{year}: {event}</li>" for year, event in
                    [("1801", "Quarry opened"), ("1840", "Railway siding laid"), ("1902", "Last stone cut")])
    page = (f"<html><body><main><h1>The Quarry</h1>{BODY}<section><h2>Stone by Barge</h2>{BODY}</section>"
            f'<aside aria-label="Dates"><p>{title}</p><ol>{items}</ol></aside></main></body></html>')
    return page.encode()


def _kinds(data: bytes) -> list[tuple[str, str]]:
    doc = _read(data)
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_a_bold_line_over_a_dated_list_titles_its_table() -> None:
    kinds = _kinds(_dates_box("<strong>Quarry dates</strong>"))
    assert ("table", "Quarry dates") in kinds and ("table", "1840: Railway siding laid") in kinds


def test_without_bold_table_titles_the_bold_line_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "bold_table_titles", 0)
    assert ("paragraph", "Quarry dates") in _kinds(_dates_box("<strong>Quarry dates</strong>"))


def test_a_plain_line_over_a_dated_list_stays_a_paragraph() -> None:
    assert ("paragraph", "Quarry dates") in _kinds(_dates_box("Quarry dates"))
