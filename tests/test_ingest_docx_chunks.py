"""DOCX bodies held in another format (``w:altChunk``): HTML, an MHT web archive, plain text."""

from __future__ import annotations

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from vitrina.ingest import docx as docx_reader
from vitrina.ingest._docx_chunks import html_of_web_archive

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Lantern Makers</title></head>
<body><h1>The Lantern Makers</h1>
<h2>A workshop by the harbour</h2>
<p>Tomas Berg opened a small workshop in 1871 and sold brass lanterns to the fishing fleet.</p>
<h2>The lighthouse order</h2>
<p>In 1880 the harbour board ordered a great lamp, which took the workshop a whole winter to make.</p>
</body></html>"""


def _mht(html: str) -> bytes:
    """An MHT web archive of one page, its HTML quoted-printable as Word and browsers save it."""
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"--part\"\n\n"
            "----part\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Location: file:///page.html\n\n" + body + "\n----part--\n").encode("ascii")


def _with_chunk(document, data: bytes, name: str, content_type: str) -> None:
    part = Part(PackURI(name), content_type, data, document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    chunk = etree.SubElement(document.element.body, qn("w:altChunk"))
    chunk.set(qn("r:id"), rid)
    document.element.body.remove(chunk)
    document.element.body.insert(len(document.element.body) - 1, chunk)  # before w:sectPr


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _only_chunk(data: bytes, name: str, content_type: str) -> bytes:
    document = docx.Document()
    for paragraph in list(document.paragraphs):
        paragraph._element.getparent().remove(paragraph._element)
    _with_chunk(document, data, name, content_type)
    return _saved(document)


def test_a_body_that_is_one_html_chunk_is_read_as_that_page() -> None:
    (doc,) = docx_reader.read(_only_chunk(_PAGE.encode(), "/word/page.html", "text/html"), "lanterns.docx")
    assert doc.format == "docx"
    assert doc.title == "The Lantern Makers"
    assert [s.title for s in doc.sections if s.title != doc.title] == ["A workshop by the harbour", "The lighthouse order"]
    assert "took the workshop a whole winter" in doc.text


def test_a_body_that_is_one_web_archive_is_read_with_its_declared_charset() -> None:
    page = _PAGE.replace("Tomas Berg", "Tomás Bergström")
    (doc,) = docx_reader.read(_only_chunk(_mht(page), "/word/afchunk.mht", "message/rfc822"), "lanterns.docx")
    assert "Tomás Bergström opened a small workshop" in doc.text
    assert len(doc.sections) >= 2


def test_a_chunk_among_words_own_paragraphs_is_read_in_its_place() -> None:
    document = docx.Document()
    document.add_heading("Harbour crafts", level=0)
    document.add_paragraph("The town's crafts grew with its fleet, and three of them are shown here.")
    _with_chunk(document, b"Rope was spun on a long walk beside the quay.\n\nNets were mended in the lofts.",
                "/word/rope.txt", "text/plain")
    document.add_paragraph("The last workshop closed in 1952.")
    (doc,) = docx_reader.read(_saved(document), "crafts.docx")
    fleet, rope, nets, last = (doc.text.index(s) for s in ("grew with its fleet", "Rope was spun", "Nets were", "last workshop"))
    assert fleet < rope < nets < last


def test_an_unreadable_chunk_is_skipped_and_the_rest_is_read() -> None:
    document = docx.Document()
    document.add_paragraph("Only this paragraph is Word's own text.")
    _with_chunk(document, b"{\\rtf1 not read}", "/word/part.rtf", "application/rtf")
    (doc,) = docx_reader.read(_saved(document), "mixed.docx")
    assert "Word's own text" in doc.text and "rtf1" not in doc.text


def test_a_web_archive_without_a_page_gives_none() -> None:
    assert html_of_web_archive(b"MIME-Version: 1.0\nContent-Type: text/plain\n\nno page here\n") is None


_STYLED_PAGE = """<html><head><style>body { font-size: 11pt; } p.stop { font-size: 8pt; font-weight: bold; }</style>
</head><body><h1>The Lantern Makers</h1>
<p class="stop">Stop 1</p><p><b>The Workshop.</b> Tomas Berg opened a small workshop in 1871 and sold brass lanterns to the
fishing fleet of the town.</p>
<p class="stop">Stop 2</p><p><b>The Great Lamp.</b> In 1880 the harbour board ordered a great lamp, which took the workshop a
whole winter to make.</p></body></html>"""


def test_a_chunk_marking_its_headings_only_by_type_is_read_with_its_sections() -> None:
    data = _only_chunk(_mht(_STYLED_PAGE), "/word/afchunk.mht", "message/rfc822")
    (doc,) = docx_reader.read(data, "lanterns.docx")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("Stop 1", "The Workshop"), ("Stop 2", "The Great Lamp")]
