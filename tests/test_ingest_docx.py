"""DOCX reader: documents built here with python-docx (invented content)."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

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
        ("paragraph", "Year | Loads"),
        ("paragraph", "1821 | 340"),
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
