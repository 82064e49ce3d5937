"""DOCX reader, round 59 (structset81): a Word section's own page header is its heading when a series of
sections carry headers of their own (``_docx_sections``, ``section_header_headings``); a line set apart right
under a picture alone is its caption, not a pull quote (``display_quotes_not_under_pictures``); a quotation
and its dash source line right over a picture are no text (``sourced_quotes_over_pictures``). Documents built
here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH

from vitrina.ingest import docx as docx_reader
from vitrina.ingest._docx_sections import own_headers
from vitrina.ingest.docx import DOCX_SWITCHES

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005"
    "0001ff5ad3f7c90000000049454e44ae426082")
RUNNING = "Hall 2 \u00b7 The Lighthouse Keepers"
STAGES = [("Leg 1 \u00b7 The Lamp Room", "The lamp was trimmed at dusk and again at midnight, whatever the weather."),
          ("Leg 2 \u00b7 The Long Watch", "Keepers took the watch in turns of four hours, logging every passing ship."),
          ("Leg 3 \u00b7 Relief Day", "Every fortnight a boat brought water, oil and letters from the mainland.")]
CAPTION = "A keeper's brass oil can, used on the north rock about 1900."
CREDIT = "Lent by the Harbour Trust, Wexbury; HT 12.4"
QUOTE = "\u2018The light must never go out, not for a single night.\u2019"
SOURCE = "\u2014 a keeper's rule, painted above the stair"


def _read(document) -> docx_reader.Document:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "keepers.docx")
    return doc


def _header(section, text: str) -> None:
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = text


def _sectioned(headers: list[str], heading_in_body: bool = False) -> docx_reader.Document:
    document = docx.Document()
    document.add_heading("Keepers of the Light", level=1)
    document.add_paragraph("For two centuries families lived on the rock and kept its lamp burning.")
    _header(document.sections[0], RUNNING)
    for (head, text), header in zip(STAGES, headers, strict=True):
        section = document.add_section(WD_SECTION.NEW_PAGE)
        _header(section, header)
        if heading_in_body:
            document.add_heading(head.split(" \u00b7 ")[1], level=2)
        document.add_paragraph(text)
    _header(document.add_section(WD_SECTION.NEW_PAGE), RUNNING)
    document.add_heading("Keepers' Children", level=2)
    document.add_paragraph("Children rowed to school on the mainland when the sea allowed it.")
    return _read(document)


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def test_own_section_headers_head_their_sections() -> None:
    found = _sections(_sectioned([head for head, _ in STAGES]))
    assert found[1:4] == [("Leg 1", "The Lamp Room"), ("Leg 2", "The Long Watch"), ("Leg 3", "Relief Day")]


def test_the_running_header_repeated_heads_nothing() -> None:
    found = _sections(_sectioned([head for head, _ in STAGES]))
    assert all(title != "The Lighthouse Keepers" for _, title in found)


def test_one_header_of_its_own_is_no_series() -> None:
    found = _sections(_sectioned([STAGES[0][0], RUNNING, RUNNING]))
    assert [title for _, title in found] == ["Keepers of the Light", "Keepers' Children"]


def test_a_section_titled_in_its_body_takes_no_header_heading() -> None:
    found = _sections(_sectioned([head for head, _ in STAGES], heading_in_body=True))
    assert [title for _, title in found] == ["Keepers of the Light", "The Lamp Room", "The Long Watch", "Relief Day",
                                             "Keepers' Children"]


def test_the_switch_turns_header_headings_off(monkeypatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "section_header_headings", 0)
    found = _sections(_sectioned([head for head, _ in STAGES]))
    assert [title for _, title in found] == ["Keepers of the Light", "Keepers' Children"]


def test_own_headers_need_a_series_and_three_sections() -> None:
    assert own_headers(["A", "B", "C", "A"]) == [False, True, True, False]
    assert own_headers(["A", "B", "A", "A"]) == [False, False, False, False]
    assert own_headers(["A", "B"]) == [False, False]


def _pictured(quote: bool, caption: str = CAPTION) -> docx_reader.Document:
    document = docx.Document()
    document.add_heading("Keepers of the Light", level=1)
    document.add_paragraph("For two centuries families lived on the rock and kept its lamp burning.")
    document.add_heading("The Lamp Room", level=2)
    document.add_paragraph(STAGES[0][1])
    document.add_paragraph("Oil was carried up ninety steps each evening in cans like the one shown here.")
    if quote:
        document.add_paragraph().add_run(QUOTE).italic = True
        document.add_paragraph(SOURCE)
    document.add_paragraph().add_run().add_picture(io.BytesIO(PNG))
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    line = document.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line.add_run(caption).italic = True
    document.add_paragraph(CREDIT)
    return _read(document)


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_a_centred_italic_line_under_a_picture_is_its_caption() -> None:
    doc = _pictured(quote=False)
    assert _blocks(doc, "caption") == [CAPTION]
    assert [b.credit for b in doc.blocks if b.kind == "caption"] == [CREDIT]


def test_without_the_switch_the_line_is_a_pull_quote(monkeypatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "display_quotes_not_under_pictures", 0)
    assert _blocks(_pictured(quote=False), "caption") == []


def test_a_quotation_under_a_picture_stays_a_pull_quote() -> None:
    quoted = "\u201cThe light must never go out, not for one night.\u201d"
    assert quoted not in " ".join(_blocks(_pictured(quote=False, caption=quoted), "paragraph"))
    assert _blocks(_pictured(quote=False, caption=quoted), "caption") == []


def test_a_sourced_quotation_over_a_picture_is_no_text() -> None:
    paragraphs = " ".join(_blocks(_pictured(quote=True), "paragraph"))
    assert "light must never go out" not in paragraphs and "painted above the stair" not in paragraphs


def test_without_its_switch_the_sourced_quotation_is_read(monkeypatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "sourced_quotes_over_pictures", 0)
    assert "light must never go out" in " ".join(_blocks(_pictured(quote=True), "paragraph"))
