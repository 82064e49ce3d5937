"""PDF reader: text per page in a limited child process, pages in SourceRefs."""

from __future__ import annotations

import pytest

from vitrina.errors import InputError
from vitrina.ingest import pdf


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], encrypt: bool = False) -> bytes:
    """A PDF whose page ``i`` shows ``pages[i]`` as lines of 11 pt Helvetica."""
    objects: list[bytes] = []
    kids = []
    font_id = 3
    first_page = 4
    for n in range(len(pages)):
        kids.append(f"{first_page + 2 * n} 0 R")
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n, lines in enumerate(pages):
        content_id = first_page + 2 * n + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        body = (
            "BT /F1 11 Tf 14 TL 72 740 Td "
            + " ".join(f"({_escape(line)}) Tj T*" for line in lines)
            + " ET"
        )
        stream = body.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R"
    if encrypt:
        trailer += (
            " /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >> /ID [<01> <01>]"
        )
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


PAGES = [
    [
        "4. The Lantern Makers:",
        "Glass and Tin in Old Bristol",
        "The lantern makers of Bristol worked in small shops near the quay, where",
        "tin, glass and whale oil arrived by sea. Their trade grew with the",
    ],
    [
        "port itself, and by 1850 there were more than forty workshops in the city.",
    ],
]


def test_reads_pages_and_structure() -> None:
    (doc,) = pdf.read(make_pdf(PAGES), "/tmp/Lantern Makers.pdf")
    assert doc.format == "pdf"
    assert doc.id == "lantern-makers"
    assert [(s.label, s.title) for s in doc.sections] == [
        ("4", "The Lantern Makers: Glass and Tin in Old Bristol")
    ]
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(body) == 1
    assert "Their trade grew with the port itself, and by 1850" in body[0]
    at = doc.text.index("port itself")
    loc = doc.source_map.locate(at, at + 4)
    assert loc is not None and loc.page == 2
    first = doc.source_map.locate(doc.text.index("tin, glass"))
    assert first is not None and first.page == 1


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="encrypted"):
        pdf.read(make_pdf(PAGES, encrypt=True), "locked.pdf")


def test_corrupt_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="corrupt"):
        pdf.read(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "broken.pdf")


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(InputError, match="no text layer"):
        pdf.read(make_pdf([[], []]), "scan.pdf")


def test_extraction_time_limit() -> None:
    with pytest.raises(InputError, match="longer than"):
        pdf.extract_pages(make_pdf(PAGES), "slow.pdf", time_limit=0.001)


def test_join_pages_offsets() -> None:
    text, spans = pdf.join_pages(["ab", "", "cde"])
    assert [text[s:e] for s, e in spans] == ["ab", "", "cde"]
