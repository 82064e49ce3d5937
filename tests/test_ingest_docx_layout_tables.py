"""DOCX reader: a table used to place a panel's heading and text is read cell by cell;
a table of data keeps its rows. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx

from vitrina.ingest import docx as docx_reader


def _read(build) -> object:
    document = docx.Document()
    document.add_paragraph("Mills of the Salt Marsh", style="Title")
    build(document)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "mills.docx")
    return doc


def _laid_out(document) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "The Pond Gate"
    left.paragraphs[0].style = document.styles["Heading 1"]
    left.add_paragraph("The gate shut as the tide began to fall, and the pond held the water.")
    right.paragraphs[0].text = "The wheel turned two pairs of stones through the ebb."
    inner = right.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Sacks"
    inner.cell(0, 1).text = "340"


def test_layout_table_gives_its_heading_and_paragraphs() -> None:
    doc = _read(_laid_out)
    assert [s.title for s in doc.sections][-1] == "The Pond Gate"
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind in ("paragraph", "table")]
    assert "The gate shut as the tide began to fall, and the pond held the water." in paragraphs
    assert "The wheel turned two pairs of stones through the ebb." in paragraphs
    assert "Sacks | 340" in paragraphs  # a table inside a cell keeps its rows


def test_data_table_keeps_its_rows() -> None:
    def build(document) -> None:
        table = document.add_table(rows=2, cols=3)
        for (r, c), text in {(0, 0): "Mill", (0, 1): "Sacks", (0, 2): "Stones",
                             (1, 0): "Tide mill", (1, 1): "340", (1, 2): "2"}.items():
            table.cell(r, c).text = text

    doc = _read(build)
    rows = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"]
    assert "Tide mill | 340 | 2" in rows


def test_a_credit_paragraph_under_a_caption_in_a_cell_is_its_credit() -> None:
    # a caption and its credit, each in its own paragraph style, in the cell beside a picture
    def build(document) -> None:
        document.add_paragraph("The Pond Gate", style="Heading 1")
        document.add_paragraph("The gate shut as the tide began to fall, and the pond held the water.")
        document.styles.add_style("Picture Caption", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        document.styles.add_style("Picture Credit", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.paragraphs[0].text = "Right: The sluice gate of the tide mill, rebuilt in oak."
        left.paragraphs[0].style = document.styles["Picture Caption"]
        left.add_paragraph("Drawing by Ada Marr, 1998", style="Picture Credit")
        right.paragraphs[0].text = ""

    doc = _read(build)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start : caption.end] == "The sluice gate of the tide mill, rebuilt in oak."
    assert caption.position == "Right" and caption.credit == "Drawing by Ada Marr, 1998"


def _boxed_side_bar(document) -> None:
    document.add_heading("The Tide Mill", level=1)
    document.add_paragraph("The mill ground corn on the ebb tide for two hundred years.")
    box = document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]
    box.add_run("Who Kept the Sluice?").add_break()
    box.add_run("The sluice keeper lived in the cottage by the pond and opened the gates at "
                "high water, whatever the hour of the night.")
    document.add_paragraph("The last miller left in the year the railway reached the town.")


def test_a_one_cell_table_of_a_title_line_and_prose_is_a_closing_side_bar() -> None:
    doc = _read(_boxed_side_bar)
    assert [s.title for s in doc.sections][-1] == "Who Kept the Sluice?"
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1].startswith("The sluice keeper lived") and paragraphs[-1].endswith("of the night.")
    assert paragraphs[-2] == "The last miller left in the year the railway reached the town."


def _labelled_caption_cell(document) -> None:
    document.add_heading("The Tide Mill", level=1)
    document.add_paragraph("The mill ground corn on the ebb tide for two hundred years.")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    caption = left.paragraphs[0]
    caption.add_run("Left: A millstone dressed with its furrows, about 1850.").add_break()
    caption.add_run("Lent by the Marsh Trust")
    right.paragraphs[0].text = "\u00a0"  # a shaded cell standing for the picture


def test_a_table_row_opening_with_a_position_label_is_a_caption_with_its_credit_line() -> None:
    doc = _read(_labelled_caption_cell)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start : caption.end] == "A millstone dressed with its furrows, about 1850."
    assert caption.position == "Left" and caption.credit == "Lent by the Marsh Trust"
