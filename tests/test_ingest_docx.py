"""DOCX reader: documents built here with python-docx (invented content)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from vitrina.errors import InputError
from vitrina.ingest import docx as docx_reader


def build_docx() -> bytes:
    document = docx.Document()
    document.core_properties.author = "Ruth Okafor"
    document.add_paragraph("The Salt Road Caravans", style="Title")
    document.add_paragraph("Between 1820 and 1860 caravans   crossed the desert.")
    document.add_heading("Routes", level=1)
    document.add_paragraph("Camels carried salt south.\nGold went north.")
    document.add_paragraph("A caravan near the wells. Photo: Leila Haddad", style="Caption")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Year", (0, 1): "Loads", (1, 0): "1821", (1, 1): "340"}.items():
        table.cell(r, c).text = text
    document.add_paragraph("")
    document.add_heading("Ledgers", level=2)
    document.add_heading("A minor heading", level=4)
    document.add_paragraph("The ledgers end in 1859.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def doc():
    [document] = docx_reader.read(build_docx(), "exhibits/salt-road.docx")
    return document


def test_title_sections_and_blocks(doc):
    assert doc.id == "salt-road"
    assert doc.title == "The Salt Road Caravans"
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Salt Road Caravans"),
        (None, "Routes"),
        (None, "Ledgers"),
    ]
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("heading", "The Salt Road Caravans"),
        ("paragraph", "Between 1820 and 1860 caravans crossed the desert."),
        ("heading", "Routes"),
        ("paragraph", "Camels carried salt south. Gold went north."),
        ("caption", "A caravan near the wells."),
        ("credit", "Photo: Leila Haddad"),
        ("table", "Year | Loads"),
        ("table", "1821 | 340"),
        ("heading", "Ledgers"),
        ("heading", "A minor heading"),
        ("paragraph", "The ledgers end in 1859."),
    ]
    assert dict(doc.meta)["author"] == "Ruth Okafor"


def test_caption_credit(doc):
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Photo: Leila Haddad"


def test_source_map_is_paragraph_index_and_offsets(doc):
    source = doc.source_map.source_text
    assert source.split("\n")[1] == "Between 1820 and 1860 caravans   crossed the desert."
    lines = {
        doc.text[b.start : b.end]: doc.source_map.locate(b.start, b.end).line for b in doc.blocks
    }
    assert lines["The Salt Road Caravans"] == 1
    assert lines["Camels carried salt south. Gold went north."] == 4
    assert lines["Year | Loads"] == 6  # table cells are paragraphs 6-9
    assert lines["1821 | 340"] == 8
    assert lines["The ledgers end in 1859."] == 13
    gold = doc.text.index("Gold")
    loc = doc.source_map.locate(gold, gold + 4)
    assert source[loc.start : loc.end] == "Gold"


def test_zip_bomb_docx_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b"<w:document>")
            chunk = b" " * (4 << 20)
            for _ in range(60):  # 240 MiB of spaces, streamed
                member.write(chunk)
    with pytest.raises(InputError, match="zip bomb"):
        docx_reader.read(buf.getvalue(), "bomb.docx")


def test_not_a_docx():
    with pytest.raises(InputError, match="corrupt ZIP"):
        docx_reader.read(b"PK\x03\x04garbage", "broken.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("content.xml", "<a/>")
    with pytest.raises(InputError, match="missing word/document.xml"):
        docx_reader.read(buf.getvalue(), "odt-like.docx")


def test_damaged_document_part_is_an_input_error():
    data = build_docx()
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                body = body[: len(body) // 2]
            archive.writestr(info, body)
    with pytest.raises(InputError, match="cannot read DOCX"):
        docx_reader.read(out.getvalue(), "cut.docx")


def _with_document_part(change) -> bytes:
    """``build_docx()`` with its word/document.xml passed through ``change``."""
    src, out = zipfile.ZipFile(io.BytesIO(build_docx())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in src.infolist():
            body = src.read(info)
            archive.writestr(info, change(body) if info.filename == "word/document.xml" else body)
    return out.getvalue()


def test_a_part_nested_past_the_parser_limit_is_named_as_tei_and_html_name_it():
    def nest(body: bytes) -> bytes:  # a paragraph inside 400 content controls
        inner = b"<w:p><w:r><w:t>The inner room</w:t></w:r></w:p>"
        return body.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * 400 + inner
                            + b"</w:sdtContent></w:sdt>" * 400, 1)

    with pytest.raises(InputError) as caught:
        docx_reader.read(_with_document_part(nest), "rooms.docx")
    reason = caught.value.reason
    assert reason.startswith("cannot read DOCX: elements nested more than 256 deep (a safety limit of the XML parser)")
    assert "XML_PARSE" not in reason and "XMLSyntaxError" not in reason and "<string>" not in reason


def test_a_malformed_part_is_named_malformed_xml_in_one_line():
    with pytest.raises(InputError) as caught:
        docx_reader.read(_with_document_part(lambda body: body.replace(b"</w:body>", b"</w:bdy>", 1)), "cut.docx")
    assert caught.value.reason.startswith("cannot read DOCX: malformed XML: ")
    assert "\n" not in caught.value.reason and "<string>" not in caught.value.reason


def test_entity_declaration_in_a_part_refused():
    data = build_docx()
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/styles.xml":
                body = body.replace(
                    b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1
                )
            archive.writestr(info, body)
    with pytest.raises(InputError, match="entity declarations"):
        docx_reader.read(out.getvalue(), "xxe.docx")


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 20), (90, 120, 60)).save(buf, format="PNG")
    return buf.getvalue()


def _picture(document, alt: str | None = None) -> None:
    document.add_picture(io.BytesIO(_png()))
    if alt:
        document.paragraphs[-1]._p.xpath(".//wp:docPr")[0].set("descr", alt)


def build_figures_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("The Mill on the Weir", style="Title")
    _picture(document, alt="A grey stone mill beside a weir")
    italic = document.add_paragraph()
    italic.add_run("The mill from the lane in 1890. \u2014 Courtesy of the Valley Parish Archive.").italic = True
    document.add_paragraph("Panel 2")
    document.add_heading("Grinding for the Parish", level=1)
    document.add_paragraph("The miller ground oats for the parish from the thaw until the first frost.")
    document.add_paragraph("Below: The wheel pit after the flood.", style="Caption")
    _picture(document)
    document.add_heading("C. The Sluice Gate", level=1)
    _picture(document)
    document.add_paragraph("A sluice gate drawn in the ledger.", style="Caption")
    document.add_paragraph("Lent by a family of the valley")
    _picture(document)
    plain = document.add_paragraph("Carts waited in the lane while the stones turned.")
    plain.runs[0].italic = False
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_images_are_figures_with_captions_credits_and_labels() -> None:
    [doc] = docx_reader.read(build_figures_docx(), "exhibits/mill.docx")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Mill on the Weir"), ("2", "Grinding for the Parish"), ("C", "The Sluice Gate")]
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(doc.text[b.start : b.end], b.position, b.credit) for b in captions] == [
        ("The mill from the lane in 1890.", None, "Courtesy of the Valley Parish Archive"),
        ("The wheel pit after the flood.", "Below", None),
        ("A sluice gate drawn in the ledger.", None, "Lent by a family of the valley"),
    ]
    assert len(doc.figures) == 4
    linked = [f.caption for f in doc.figures]
    assert linked == [captions[0].id, captions[1].id, captions[2].id, None]
    first = doc.figures[0]
    assert first.alt == "A grey stone mill beside a weir" and first.mime == "image/png"
    assert first.data is not None and first.data.startswith(b"\x89PNG")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Carts waited in the lane while the stones turned." in paragraphs
    assert "Lent by a family of the valley" not in paragraphs


def test_oversized_image_keeps_no_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_LIMITS, "image_bytes", 10)
    [doc] = docx_reader.read(build_figures_docx(), "exhibits/mill.docx")
    assert doc.figures and all(f.data is None and f.src for f in doc.figures)


def test_picture_in_a_table_row_takes_the_row_text_as_caption() -> None:
    document = docx.Document()
    document.add_paragraph("Quay Objects", style="Title")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
    table.cell(0, 1).text = "A brass bell from the quay office. Courtesy of the Harbour Trust"
    table.cell(1, 0).text = "Year"
    table.cell(1, 1).text = "1820"
    from docx.enum.style import WD_STYLE_TYPE

    document.styles.add_style("Image Caption", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("The bell rang for every tide.", style="Image Caption")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "quay.docx")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(doc.text[b.start : b.end], b.credit) for b in captions] == [
        ("A brass bell from the quay office.", "Courtesy of the Harbour Trust"),
        ("The bell rang for every tide.", None),
    ]
    assert [f.caption for f in doc.figures] == [captions[0].id]
    assert "Year | 1820" in [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"]


def test_headings_set_by_direct_formatting() -> None:
    from docx.shared import Pt

    document = docx.Document()

    def para(text: str, size: float = 11, bold: bool = False) -> None:
        run = document.add_paragraph().add_run(text)
        run.font.size, run.bold = Pt(size), bold

    para("The Quay at Low Tide", 20, bold=True)
    para("The quay was built in 1820 by the harbour board, and its stones came from the hill.")
    para("Panel 2", 9, bold=True)
    para("Boats and Nets", 14)
    para("The boats came home at dusk, and the nets were hung to dry on the wall.")
    para("Photo: Ada Lake", 9, bold=True)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "quay.docx")
    assert doc.title == "The Quay at Low Tide"
    assert [(s.label, s.title) for s in doc.sections] == [(None, "The Quay at Low Tide"), ("2", "Boats and Nets")]
    assert "Photo: Ada Lake" in [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_bare_letters_counting_up_through_docx_headings() -> None:
    document = docx.Document()
    document.add_paragraph("Quay Objects", style="Title")
    for heading, body in [("A Harbour of Refuge", "Built in 1820."), ("B The Crane", "It lifted timber."),
                          ("A Short Walk", "The path runs to the light.")]:
        document.add_heading(heading, level=1)
        document.add_paragraph(body)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "quay.docx")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Quay Objects"), ("A", "Harbour of Refuge"), ("B", "The Crane"), (None, "A Short Walk")]


def test_institution_name_paragraph_after_a_caption_is_its_credit() -> None:
    document = docx.Document()
    document.add_paragraph("Quay Objects", style="Title")
    document.add_paragraph("The bell rang for every tide on the quay.")
    document.add_picture(io.BytesIO(_png()))
    document.add_paragraph("A brass bell from the quay office.", style="Caption")
    document.add_paragraph("Harbour Trust Archive")
    document.add_paragraph("The crane lifted timber from the boats until 1930.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "quay.docx")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Harbour Trust Archive"


def test_caption_in_the_table_cell_under_its_picture() -> None:
    document = docx.Document()
    document.add_paragraph("The Mill on the Weir", style="Title")
    document.add_paragraph("The miller ground oats for the parish from the thaw until the first frost.")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
    table.cell(1, 0).paragraphs[0].add_run("The wheel pit after the flood of 1890.")
    table.cell(1, 0).add_paragraph("Photo: Ada Brook / Valley Parish Archive")
    document.add_paragraph("Carts waited in the lane while the stones turned.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "exhibits/mill.docx")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(doc.text[b.start : b.end], b.credit) for b in captions] == [
        ("The wheel pit after the flood of 1890.", "Photo: Ada Brook / Valley Parish Archive")]
    assert doc.figures[0].caption == captions[0].id


def _xml(fragment: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(fragment.replace("XMLNS", nsdecls("w", "r")))


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def build_revised_docx() -> bytes:
    """Tracked changes and a hyperlink: inserted text is read, deleted text is not."""
    document = docx.Document()
    document.add_paragraph("The Glass Lighthouse", style="Title")
    document.add_heading("Keepers", level=1)
    paragraph = document.add_paragraph()
    for fragment in (
        _run("The keeper lit the "),
        '<w:del XMLNS w:id="1" w:author="A. B." w:date="2026-01-01T00:00:00Z"><w:r>'
        '<w:delText xml:space="preserve">great </w:delText></w:r></w:del>',
        _run("lamp at dusk. "),
        f'<w:ins XMLNS w:id="2" w:author="A. B." w:date="2026-01-01T00:00:00Z">{_run("Ships saw it far out. ")}</w:ins>',
        f'<w:hyperlink XMLNS r:id="rIdX">{_run("Ada Marrow")}</w:hyperlink>',
        _run(" kept the log."),
    ):
        fragment = fragment if "XMLNS" in fragment else fragment.replace("<w:r>", "<w:r XMLNS>", 1)
        paragraph._p.append(_xml(fragment))
    paragraph.add_run(" Storms came in winter,")
    paragraph.runs[-1]._r.append(_xml('<w:br XMLNS w:type="page"/>'))
    paragraph.add_run("and the glass held.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_tracked_insertions_and_hyperlinks_are_read_deletions_are_not() -> None:
    [doc] = docx_reader.read(build_revised_docx(), "revised.docx")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "The keeper lit the lamp at dusk. Ships saw it far out. Ada Marrow kept the log."
        " Storms came in winter, and the glass held."
    ]


def _numbered_heading_list(document, pattern: str, fmt: str, start: int = 1) -> str:
    """Add a one-level list "pattern" (lvlText) to numbering.xml; its numId."""
    numbering = document.part.numbering_part.element
    abstract = _xml(
        f'<w:abstractNum XMLNS w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{pattern}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
    )
    numbering.insert(0, abstract)
    numbering.append(_xml('<w:num XMLNS w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    return "91"


def _number(paragraph, num_id: str, level: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(
        _xml(f'<w:numPr XMLNS><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_list_numbering_of_headings_is_the_section_label() -> None:
    document = docx.Document()
    document.add_paragraph("Ferries of the Delta", style="Title")
    num_id = _numbered_heading_list(document, "Crossing %1", "upperRoman", start=2)
    for title, body in (("The Rope Ferry", "A rope ran bank to bank."), ("Steam", "Boilers came later.")):
        _number(document.add_heading(title, level=1), num_id)
        document.add_paragraph(body)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferries.docx")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Ferries of the Delta"),
        ("Crossing II", "The Rope Ferry"),
        ("Crossing III", "Steam"),
    ]


def test_numbering_counters_per_level() -> None:
    from vitrina.ingest._docx_numbering import format_number, read_numbering

    document = docx.Document()
    num_id = _numbered_heading_list(document, "%1.", "decimal")
    paragraphs = [document.add_paragraph(t) for t in ("one", "one-a", "one-b", "two", "two-a")]
    for paragraph, level in zip(paragraphs, (0, 1, 1, 0, 1), strict=True):
        _number(paragraph, num_id, level)
    numbering = read_numbering(document)
    assert [numbering.label(p) for p in paragraphs] == ["1.", "1.a", "1.b", "2.", "2.a"]
    assert numbering.label(document.add_paragraph("plain")) is None
    assert [format_number(n, "upperLetter") for n in (1, 27)] == ["A", "AA"]
    assert format_number(14, "lowerRoman") == "xiv"


def test_credit_under_a_picture_whose_caption_is_above_it() -> None:
    document = docx.Document()
    document.add_heading("Harbour", level=1)
    document.add_paragraph("The quay in a winter gale.", style="Caption")
    _picture(document)
    document.add_paragraph("Photo: Tomas Lindqvist")
    document.add_paragraph("The harbour froze twice.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "harbour.docx")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start : caption.end], caption.credit) == (
        "The quay in a winter gale.", "Photo: Tomas Lindqvist")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == [
        "The harbour froze twice."]
    assert len(doc.figures) == 1


def test_quote_style_paragraph_repeating_a_body_sentence_is_a_pull_quote() -> None:
    document = docx.Document()
    document.add_heading("Bells", level=1)
    document.add_paragraph("The foundry cast its bells by the river. No bell left the yard untested.")
    document.add_paragraph("No bell left the yard untested.", style="Intense Quote")
    document.add_paragraph("A keeper wrote that the tower swayed in storms.", style="Quote")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "bells.docx")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == [
        "The foundry cast its bells by the river. No bell left the yard untested.",
        "A keeper wrote that the tower swayed in storms.",
    ]


def test_lists_sharing_an_abstract_list_continue_one_count() -> None:
    from vitrina.ingest._docx_numbering import read_numbering

    document = docx.Document()
    num_id = _numbered_heading_list(document, "Part %1", "decimal")
    numbering_part = document.part.numbering_part.element
    numbering_part.append(_xml('<w:num XMLNS w:numId="92"><w:abstractNumId w:val="90"/></w:num>'))
    numbering_part.append(_xml(
        '<w:num XMLNS w:numId="93"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
    ))
    paragraphs = [document.add_paragraph(t) for t in ("a", "b", "c", "d")]
    for paragraph, num in zip(paragraphs, (num_id, "92", num_id, "93"), strict=True):
        _number(paragraph, num)
    numbering = read_numbering(document)
    assert [numbering.label(p) for p in paragraphs] == ["Part 1", "Part 2", "Part 3", "Part 7"]


def build_boxed_docx() -> bytes:
    """A title in an author's own bold style and a floating VML text box beside the text."""
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles.add_style("Show Title", 1)
    style.font.bold, style.font.size = True, Pt(26)
    document.add_paragraph("The Copper Mine", style="Show Title")
    document.add_paragraph("Miners followed the green veins into the hill for two hundred years.")
    anchor = document.add_paragraph()
    box = (
        '<w:r XMLNS xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:150pt;height:90pt">'
        "<v:textbox><w:txbxContent>"
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Facts and Figures</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">Deepest shaft: 310 metres. Ore raised: 9,000 tons a year.</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor._p.append(_xml(box))
    document.add_heading("Panel 1 – The Veins", level=1)
    document.add_paragraph("The ore ran in thin green veins through grey rock.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_title_in_an_own_style_and_a_text_box_as_the_last_section() -> None:
    [doc] = docx_reader.read(build_boxed_docx(), "exhibits/copper.docx")
    assert [s.title for s in doc.sections] == ["The Copper Mine", "The Veins", "Facts and Figures"]
    last = doc.sections[-1]
    texts = [doc.text[b.start : b.end] for b in doc.blocks if last.start <= b.start < last.end and b.kind == "paragraph"]
    assert texts == ["Deepest shaft: 310 metres. Ore raised: 9,000 tons a year."]


def test_paragraph_in_a_credit_style_is_the_credit_of_the_caption_above() -> None:
    document = docx.Document()
    document.add_paragraph("Quay Objects", style="Title")
    document.add_picture(io.BytesIO(_png()))
    document.add_paragraph("Figure 2: The quay crane, drawn from memory by a docker.", style="Caption")
    document.styles.add_style("Picture Credit", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Ink sketch by Mara Lind, Harbour Trust, after a lost original", style="Picture Credit")
    document.add_paragraph("The crane lifted timber from the boats until 1930.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "quay.docx")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Ink sketch by Mara Lind, Harbour Trust, after a lost original"
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["The crane lifted timber from the boats until 1930."]


def test_table_caption_above_the_table_takes_the_source_line_under_it() -> None:
    document = docx.Document()
    document.add_paragraph("Tide Mills", style="Title")
    document.add_paragraph("Table 3: Sacks ground in each season.", style="Caption")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Winter", (0, 1): "410", (1, 0): "Summer", (1, 1): "220"}.items():
        table.cell(r, c).text = text
    document.add_paragraph("Source: Mill ledger of the Tide Mill Company")
    document.add_paragraph("The mill stopped when the dam was breached.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "mills.docx")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Source: Mill ledger of the Tide Mill Company"
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind in ("paragraph", "table")]
    assert paragraphs == ["Winter | 410", "Summer | 220", "The mill stopped when the dam was breached."]


def test_a_credit_style_is_known_by_a_word_of_its_name() -> None:
    from vitrina.ingest.docx import _credit_style

    assert _credit_style("Picture Credit") and _credit_style("Image Source") and _credit_style("photo-attribution")
    assert not _credit_style("Body Text") and not _credit_style("Incredible Heading")


def _table_doc(rows: list[list[str]], kinds: tuple[str, ...] = ("paragraph", "table"),
               title: str | None = None) -> list[str]:
    document = docx.Document()
    document.add_paragraph("The Lock Keepers", style="Title")
    document.add_paragraph("The keepers lived beside their locks and kept the tolls.")
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "locks.docx")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind in kinds and b is not doc.blocks[1]]


def test_a_table_setting_out_dated_lines_reads_each_row_as_a_line_of_text() -> None:
    rows = [["Date", "What happened"], ["3 March 1794", "The upper lock is opened to barges."],
            ["1802", "A keeper's cottage is built beside it."]]
    assert _table_doc(rows) == ["Date What happened", "3 March 1794 The upper lock is opened to barges.",
                                "1802 A keeper's cottage is built beside it."]


def test_a_table_of_figures_keeps_its_cells_apart() -> None:
    rows = [["Lock", "Barges", "Tolls"], ["Upper lock", "1,204", "310"], ["Lower lock", "988", "251"]]
    assert _table_doc(rows)[1:] == ["Upper lock | 1,204 | 310", "Lower lock | 988 | 251"]


def test_a_data_tables_rows_and_its_title_line_are_table_blocks_not_paragraphs() -> None:
    rows = [["Lock", "Barges", "Tolls"], ["Upper lock", "1,204", "310"], ["Lower lock", "988", "251"]]
    assert _table_doc(rows, ("table",), title="The locks in numbers") == [
        "The locks in numbers", "Lock | Barges | Tolls", "Upper lock | 1,204 | 310", "Lower lock | 988 | 251"]
    assert _table_doc(rows, ("paragraph",), title="The locks in numbers") == []
    # a table setting out lines of text stays paragraphs
    lines = [["3 March 1794", "The upper lock is opened to barges."], ["1802", "A keeper's cottage is built."]]
    assert _table_doc(lines, ("table",)) == []


def test_a_table_nested_in_a_cell_and_a_content_control_in_a_cell_are_read() -> None:
    document = docx.Document()
    document.add_paragraph("The Salt Roads", style="Title")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Mule trains crossed the pass at Harrowgate each June."
    outer.cell(0, 0)._tc.append(_xml(
        f"<w:sdt XMLNS><w:sdtContent><w:p>{_run('The toll was paid in rock salt.')}</w:p></w:sdtContent></w:sdt>"))
    inner = outer.cell(0, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text = "Drovers slept in the stone huts."
    inner.cell(1, 0).text = "Their dogs guarded the packs."
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "salt.docx")
    for sentence in ("Mule trains crossed the pass at Harrowgate each June.", "The toll was paid in rock salt.",
                     "Drovers slept in the stone huts.", "Their dogs guarded the packs."):
        assert sentence in doc.text
    assert doc.text.index("rock salt") < doc.text.index("stone huts") < doc.text.index("guarded")


def test_rows_and_cells_inside_content_controls_are_the_tables_own() -> None:
    document = docx.Document()
    document.add_paragraph("The Salt Roads", style="Title")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Drovers crossed at dawn."
    table.cell(0, 1).text = "Mules carried the salt."
    cells = "".join(f"<w:tc><w:p>{_run(text)}</w:p></w:tc>"
                    for text in ("Tolls were paid at Harrowgate.", "Inns stood every ten miles."))
    table._tbl.append(_xml(f"<w:sdt XMLNS><w:sdtContent><w:tr>{cells}</w:tr></w:sdtContent></w:sdt>"))
    table.rows[0]._tr.append(_xml(
        f"<w:sdt XMLNS><w:sdtContent><w:tc><w:p>{_run('Shepherds counted the flocks.')}</w:p></w:tc>"
        "</w:sdtContent></w:sdt>"))
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "roads.docx")
    for sentence in ("Mules carried the salt.", "Shepherds counted the flocks.", "Tolls were paid at Harrowgate.",
                     "Inns stood every ten miles."):
        assert sentence in doc.text


def test_an_equations_text_reads_inline() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(_xml("<w:r XMLNS><w:t xml:space=\"preserve\">The boiler held </w:t></w:r>"))
    math = ('<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            "<m:r><m:t>40 litres</m:t></m:r></m:oMath>")
    paragraph._p.append(_xml(math))
    paragraph._p.append(_xml("<w:r XMLNS><w:t xml:space=\"preserve\"> of water at full pressure.</w:t></w:r>"))
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "boiler.docx")
    assert "The boiler held 40 litres of water at full pressure." in doc.text


def test_the_words_of_a_smartart_diagram_are_read() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("The Canal Locks", style="Title")
    document.add_paragraph("Boats climbed the hill through a flight of seven locks.")
    points = "".join(
        f'<dgm:pt modelId="{n}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
        for n, text in enumerate(("Gates closed behind the boat", "Sluices opened to fill the chamber"), 1))
    data = ('<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f"<dgm:ptLst>{points}</dgm:ptLst></dgm:dataModel>").encode()
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", data,
                document.part.package)
    rid = document.part.relate_to(part, RT.DIAGRAM_DATA)
    drawing = (
        '<w:r XMLNS><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
        '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        f'r:dm="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    document.add_paragraph()._p.append(_xml(drawing))
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "locks.docx")
    assert "Gates closed behind the boat" in doc.text and "Sluices opened to fill the chamber" in doc.text
    assert doc.text.index("seven locks") < doc.text.index("Gates closed")


def _styled_run(text: str, size: int, bold: bool = False, italic: bool = False) -> str:
    props = f'<w:rPr>{"<w:b/>" if bold else ""}{"<w:i/>" if italic else ""}<w:sz w:val="{size * 2}"/></w:rPr>'
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _styled_paragraph(document, *runs: str):
    paragraph = document.add_paragraph()
    for run in runs:
        paragraph._p.append(_xml(run.replace("<w:r>", "<w:r XMLNS>", 1)))
    return paragraph


def build_direct_formatting_docx() -> bytes:
    """No heading styles: a kicker, a title and headings by run formatting alone; a picture,
    its labelled caption and its credit in a floating text box anchored in a section's first
    paragraph; a shaded side-bar as a table of one cell."""
    document = docx.Document()
    _styled_paragraph(document, _styled_run("Hall of River Trades", 8, bold=True))
    _styled_paragraph(document, _styled_run("Barges of the Upper Reach", 24, bold=True))
    _styled_paragraph(document, _styled_run("Horses towed the barges until the engines came.", 11))
    _styled_paragraph(document, _styled_run("The Towpath", 15, bold=True))
    document.add_picture(io.BytesIO(_png()))
    picture = document.paragraphs[-1]._p
    picture.getparent().remove(picture)
    anchor = _styled_paragraph(document, _styled_run("Each horse pulled a loaded barge at walking pace.", 11))
    box = _xml(
        '<w:r XMLNS xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:150pt;height:90pt">'
        "<v:textbox><w:txbxContent>"
        f'<w:p>{_styled_run("Left: ", 8, bold=True)}{_styled_run("A towing horse at the lock gate.", 8)}</w:p>'
        f'<w:p>{_styled_run("Photo: Nell Carver / Canal Society", 7, italic=True)}</w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    content = box.xpath(".//w:txbxContent")[0]
    content.insert(0, picture)
    anchor._p.insert(1, box)
    _styled_paragraph(document, _styled_run("The path was kept clear of trees by the company.", 11))
    _styled_paragraph(document, _styled_run("The Engines", 15, bold=True))
    _styled_paragraph(document, _styled_run("Steam tugs replaced the horses by the 1890s.", 11))
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0]._p.append(_xml(_styled_run("Lock Tolls", 11, bold=True).replace("<w:r>", "<w:r XMLNS>", 1)))
    cell.add_paragraph("A barge paid a toll at every lock it passed.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_direct_formatting_kicker_text_box_caption_and_one_cell_side_bar() -> None:
    [doc] = docx_reader.read(build_direct_formatting_docx(), "barges.docx")
    assert doc.title == "Barges of the Upper Reach"
    assert [s.title for s in doc.sections] == ["Barges of the Upper Reach", "The Towpath", "The Engines", "Lock Tolls"]
    blocks = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert blocks[0] == ("heading", "Hall of River Trades")  # the kicker: no section of its own
    assert doc.blocks[0].section is None
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert (doc.text[caption.start : caption.end], caption.position, caption.credit) == (
        "A towing horse at the lock gate.", "Left", "Photo: Nell Carver / Canal Society")
    towpath = doc.sections[1]
    kinds = [(b.kind, doc.text[b.start : b.end][:12]) for b in doc.blocks if b.section == towpath.id]
    # the box floats beside the section's text: its caption closes the section
    assert kinds == [("heading", "The Towpath"), ("paragraph", "Each horse p"), ("paragraph", "The path was"),
                     ("caption", "A towing hor"), ("credit", "Photo: Nell ")]
    assert [f.caption for f in doc.figures] == [caption.id]
    side = [doc.text[b.start : b.end] for b in doc.blocks if b.section == doc.sections[-1].id]
    assert side == ["Lock Tolls", "A barge paid a toll at every lock it passed."]


def _with_notes(document, kind: str, texts: list[str]) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    one = kind[:-1]
    notes = "".join(f'<w:{one} w:id="{n}"><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:{one}>'
                    for n, t in enumerate(texts, 1))
    xml = (f'<w:{kind} xmlns:w="{w}"><w:{one} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
           f"</w:p></w:{one}>{notes}</w:{kind}>")
    part = Part(PackURI(f"/word/{kind}.xml"),
                f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml", xml.encode(),
                document.part.package)
    document.part.relate_to(part, f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}")


def test_footnotes_then_endnotes_are_notes_after_the_body():
    document = docx.Document()
    document.add_heading("The Salt Road", 1)
    document.add_paragraph("Mules carried salt over the pass.")
    _with_notes(document, "footnotes", ["Toll rolls of the pass, 1602.", "A muleteer's song."])
    _with_notes(document, "endnotes", ["The road was paved later."])
    buffer = io.BytesIO()
    document.save(buffer)
    [doc] = docx_reader.read(buffer.getvalue(), "salt.docx")
    assert [s.title for s in doc.sections] == ["The Salt Road", "Notes"]
    notes = doc.sections[1]
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.start >= notes.start and b.kind == "paragraph"] == [
        "Toll rolls of the pass, 1602.", "A muleteer's song.", "The road was paved later."]
    assert "Toll" not in doc.text[: notes.start]


def test_a_short_line_over_a_title_styled_as_the_top_heading_is_its_kicker() -> None:
    document = docx.Document()
    document.add_paragraph("Hall 3 · River Trades")
    document.add_heading("Barges of the Upper Reach", level=1)
    document.add_paragraph("Horses towed the barges until the engines came.")
    document.add_heading("The Towpath", level=1)
    document.add_paragraph("Each horse pulled a loaded barge at walking pace.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "barges.docx")
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].section is None
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == [
        "Horses towed the barges until the engines came.", "Each horse pulled a loaded barge at walking pace."]


def test_styles_are_looked_up_once_per_style_not_once_per_paragraph(monkeypatch) -> None:
    # python-docx scans every style of the document for each lookup: a file of many
    # paragraphs must not pay that scan per paragraph (20,000 empty ones took minutes)
    from docx.parts.document import DocumentPart

    d = docx.Document()
    d.add_heading("The Quarry Cottages", level=1)
    for _ in range(400):
        d.add_paragraph("")
    d.add_paragraph("The quarrymen's families moved into the new cottages in 1884.")
    buf = io.BytesIO()
    d.save(buf)
    calls = []
    original = DocumentPart.get_style

    def counted(self, style_id, style_type):  # type: ignore[no-untyped-def]
        calls.append(style_id)
        return original(self, style_id, style_type)

    monkeypatch.setattr(DocumentPart, "get_style", counted)
    (doc,) = docx_reader.read(buf.getvalue(), "/tmp/quarry.docx")
    assert doc.title == "The Quarry Cottages" and "moved into the new cottages" in doc.text
    assert len(calls) < 50


def _without_core_properties(paragraphs: list[str]) -> bytes:
    """A DOCX of plain paragraphs whose package holds no docProps/core.xml (as some converters write)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for item in src.infolist():
            if item.filename == "docProps/core.xml":
                continue
            data = src.read(item.filename)
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                data = re.sub(rb"<(?:Relationship|Override)[^>]*core(?:-properties|\.xml)[^>]*/>", b"", data)
            archive.writestr(item, data)
    return out.getvalue()


def test_no_core_properties_part_gives_no_placeholder_title_or_date() -> None:
    data = _without_core_properties(["Lanterns of the Canal", "The lamplighters walked the towpath at dusk."])
    assert b"core.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist().__repr__().encode()
    [document] = docx_reader.read(data, "exhibits/canal.docx")
    assert document.title == "Lanterns of the Canal"  # its opening line, not "Word Document"
    assert "date" not in document.meta and "author" not in document.meta


def test_no_core_properties_and_no_title_line_falls_back_to_the_file_name() -> None:
    data = _without_core_properties(["The lamplighters walked the towpath at dusk.", "They lit forty lamps."])
    [document] = docx_reader.read(data, "exhibits/canal-notes.docx")
    assert document.title == "canal-notes"
