"""Sections with levels (red team 39 D10): every reader gives a section the level and parent its format states,
so a panel knows its sub-sections. Documents written for these tests."""

from __future__ import annotations

import io

import docx
import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import docx as docx_reader
from vitrina.ingest import html, markdown, pdf, tei, text
from vitrina.model import DocumentBuilder, section_levels


def shape(document) -> list[tuple[str, int, str | None]]:
    """(title, level, parent's title) of every section."""
    titles = {s.id: s.title for s in document.sections}
    return [(s.title, s.level, titles.get(s.parent or "")) for s in document.sections]


def test_levels_count_the_ranks_in_use():
    assert section_levels([1, 2, 3, 2, 1]) == [(1, None), (2, 0), (3, 1), (2, 0), (1, None)]
    assert section_levels([2, 4, 4, 2]) == [(1, None), (2, 0), (2, 0), (1, None)]  # h4 right under h2: level 2
    assert section_levels([3, 2]) == [(1, None), (1, None)]  # a first heading lower than a later one
    assert section_levels([None, None]) == [(1, None), (1, None)]
    assert section_levels([1, 2, None, 2]) == [(1, None), (2, 0), (1, None), (1, None)]  # no rank ends them


def test_a_builder_without_ranks_keeps_every_section_a_top_one():
    b = DocumentBuilder("d", "d.txt", "text")
    for title in ("Harbour", "Lighthouse"):
        b.section(None, title)
        b.block("paragraph", "The keeper rowed out at dawn.")
    doc = b.build()
    assert [(s.level, s.parent) for s in doc.sections] == [(1, None), (1, None)]
    assert doc.subsections("s0") == ()


def test_an_empty_section_passes_its_sub_sections_to_its_parent():
    b = DocumentBuilder("d", "d.md", "markdown")
    b.section(None, "Harbour", rank=1)
    b.block("paragraph", "Boats.")
    b.section(None, "", rank=2)  # no heading, no text: dropped
    b.section(None, "Quay", rank=3)
    b.block("paragraph", "Crates of herring.")
    doc = b.build()
    assert shape(doc) == [("Harbour", 1, None), ("Quay", 2, "Harbour")]
    assert [s.title for s in doc.subsections("s0")] == ["Quay"]


def test_markdown_levels_follow_the_hashes():
    source = ("# Harbour Walk\n\n## The Quay\n\nCrates of herring.\n\n### The Crane\n\n"
              "The crane lifted ten tons.\n\n## The Lighthouse\n\nIts lamp burned whale oil.\n")
    [doc] = markdown.read(source.encode(), "walk.md")
    assert shape(doc) == [("Harbour Walk", 1, None), ("The Quay", 2, "Harbour Walk"), ("The Crane", 3, "The Quay"),
                          ("The Lighthouse", 2, "Harbour Walk")]


def test_html_levels_follow_the_heading_ranks():
    page = ("<html><body><h1>Harbour Walk</h1><p>A walk along the water.</p>"
            "<h2>The Quay</h2><p>Crates of herring.</p><h3>The Crane</h3><p>The crane lifted ten tons.</p>"
            "<h2>The Lighthouse</h2><p>Its lamp burned whale oil.</p></body></html>")
    [doc] = html.read(page.encode(), "walk.html")
    assert shape(doc) == [("Harbour Walk", 1, None), ("The Quay", 2, "Harbour Walk"), ("The Crane", 3, "The Quay"),
                          ("The Lighthouse", 2, "Harbour Walk")]


def test_docx_levels_follow_the_heading_styles():
    document = docx.Document()
    document.add_paragraph("Harbour Walk", style="Title")
    document.add_paragraph("A walk along the water.")
    document.add_heading("The Quay", level=1)
    document.add_paragraph("Crates of herring were landed here.")
    document.add_heading("The Crane", level=2)
    document.add_paragraph("The crane lifted ten tons.")
    document.add_heading("The Lighthouse", level=1)
    document.add_paragraph("Its lamp burned whale oil.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "walk.docx")
    assert shape(doc) == [("Harbour Walk", 1, None), ("The Quay", 2, "Harbour Walk"), ("The Crane", 3, "The Quay"),
                          ("The Lighthouse", 2, "Harbour Walk")]


def test_tei_levels_follow_the_div_nesting():
    source = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Walk</title>
    </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
    <text><body><div><head>The Quay</head><p>Crates of herring.</p>
      <div><head>The Crane</head><p>The crane lifted ten tons.</p>
        <div><head>Its Hook</head><p>The hook was forged in 1851.</p></div></div></div>
    <div><head>The Lighthouse</head><p>Its lamp burned whale oil.</p></div></body></text></TEI>"""
    [doc] = tei.read(source.encode(), "walk.xml")
    assert shape(doc) == [("The Quay", 1, None), ("The Crane", 2, "The Quay"), ("Its Hook", 3, "The Crane"),
                          ("The Lighthouse", 1, None)]


def test_pdf_levels_follow_the_heading_sizes():
    body = ["The quay was paved in granite setts that came by sea from the north.",
            "Crates of herring were landed there every morning of the season."]

    def draw(c, _page):
        y = 720.0
        for size, heading in ((18, "The Quay"), (13, "The Crane"), (18, "The Lighthouse")):
            c.setFont("Helvetica-Bold", size)
            c.drawString(72, y, heading)
            y -= size + 14
            c.setFont("Times-Roman", 10)
            for line in body:
                c.drawString(72, y, line)
                y -= 12.5
            y -= 20

    [doc] = pdf.read(canvas_pdf(draw), "walk.pdf")
    assert shape(doc) == [("The Quay", 1, None), ("The Crane", 2, "The Quay"), ("The Lighthouse", 1, None)]


def test_plain_text_levels_follow_dotted_numbers():
    source = ("1. The Quay\n\nCrates of herring were landed on the quay every morning. They came from the north.\n\n"
              "1.1. The Crane\n\nThe crane on the quay lifted ten tons at a time, and it was driven by steam.\n\n"
              "1.2. The Sheds\n\nThe sheds held salt for the curing of the fish that came in.\n\n"
              "2. The Lighthouse\n\nIts lamp burned whale oil until the year 1870, when paraffin came.\n")
    [doc] = text.read(source.encode(), "walk.txt")
    assert [(s.label, s.level) for s in doc.sections] == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1)]
    assert [s.parent for s in doc.sections] == [None, doc.sections[0].id, doc.sections[0].id, None]


def test_plain_text_without_ranks_stays_flat():
    source = ("THE QUAY\n\nCrates of herring were landed on the quay every morning.\n\n"
              "THE LIGHTHOUSE\n\nIts lamp burned whale oil until the year 1870.\n")
    [doc] = text.read(source.encode(), "walk.txt")
    assert len(doc.sections) >= 2
    assert all(s.level == 1 and s.parent is None for s in doc.sections)


@pytest.mark.parametrize("label, depth", [("2", 1), ("2.1", 2), ("2.1.3.", 3), ("A", None), (None, None),
                                          ("1840", 1)])
def test_label_depth(label, depth):
    from vitrina.structure.assemble import label_depth

    assert label_depth(label) == depth
