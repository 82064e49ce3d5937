"""DOCX packages other editors write that python-docx refuses as they are: a relationship to a
part the package lacks, sizes and spacing written as decimals (round 33)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.encoding import take_warnings

_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _docx(change_part=None, extra_relationship: str = "") -> bytes:
    """A titled one-paragraph letter, its parts passed through ``change_part(name, xml)``."""
    document = docx.Document()
    heading = document.add_paragraph().add_run("The Orchard Ledger")
    heading.font.size, heading.bold = Pt(20), True
    body = document.add_paragraph()
    body.add_run("In 1884 the orchard sent its first apples by rail.").font.size = Pt(11)
    body.paragraph_format.space_before, body.paragraph_format.left_indent = Pt(12), Pt(10)
    saved = io.BytesIO()
    document.save(saved)
    source, out = zipfile.ZipFile(io.BytesIO(saved.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                archive.writestr(info, source.read(info))
                continue
            xml = source.read(info).decode("utf-8")
            if info.filename == "word/_rels/document.xml.rels" and extra_relationship:
                xml = xml.replace("</Relationships>", extra_relationship + "</Relationships>")
            archive.writestr(info, change_part(info.filename, xml) if change_part else xml)
    return out.getvalue()


def test_a_relationship_to_a_missing_part_is_skipped_with_a_warning() -> None:
    rel = f'<Relationship Id="rId99" Type="{_COMMENTS}" Target="comments.xml"/>'
    take_warnings()
    (doc,) = docx_reader.read(_docx(extra_relationship=rel), "ledger.docx")
    assert "In 1884 the orchard sent its first apples by rail." in doc.text
    assert any("word/comments.xml" in warning for warning in take_warnings())


def _decimal(name: str, xml: str) -> str:
    """Every size, spacing and indent written as a decimal ("22.00000000000")."""
    if name not in ("word/document.xml", "word/styles.xml"):
        return xml
    return re.sub(r'(w:(?:val|before|after|left|right|firstLine|hanging|line)=")(\d+)"', r'\g<1>\g<2>.00000000000"', xml)


def test_decimal_sizes_and_spacing_are_read_and_keep_the_heading() -> None:
    (doc,) = docx_reader.read(_docx(_decimal), "ledger.docx")
    assert [s.title for s in doc.sections] == ["The Orchard Ledger"]
    assert "In 1884 the orchard sent its first apples by rail." in doc.text


def test_decimal_run_size_is_read_in_points() -> None:
    from vitrina.ingest._docx_format import stated_run_property

    document = docx.Document(io.BytesIO(_docx(_decimal)))
    heading = document.paragraphs[0]
    assert stated_run_property(heading.runs[0], heading, "size") == 20.0


def test_every_number_written_as_a_decimal_loses_no_text() -> None:
    """Tables, list numbering, on/off values, section sizes: a value python-docx refuses costs a cue."""
    document = docx.Document()
    document.add_heading("The Orchard Ledger", 1)
    document.add_paragraph("In 1884 the orchard sent its first apples by rail.")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Pears", "Plums"
    document.add_paragraph("Grafting the young trees", style="List Number")
    saved = io.BytesIO()
    document.save(saved)
    source, out = zipfile.ZipFile(io.BytesIO(saved.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            body = source.read(info)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                body = re.sub(rb'(w:[A-Za-z]+=")(\d+)"', rb'\g<1>\g<2>.00000000000"', body)
            archive.writestr(info, body)
    (doc,) = docx_reader.read(out.getvalue(), "ledger.docx")
    for text in ("The Orchard Ledger", "first apples by rail", "Pears | Plums", "Grafting the young trees"):
        assert text in doc.text
