from __future__ import annotations

import re
from pathlib import Path

import pytest

from vitrina.ingest import pdf, pdfcmaps

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian fonts-dejavu-core


def _cmap(entries: int) -> bytes:
    body = b"\n".join(b"<%04X> <%04X>" % (k, 0x41 + k) for k in range(entries))
    return (b"/CIDInit /ProcSet findresource begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
            b"endcodespacerange\n%d beginbfchar\n%s\nendbfchar\n"
            b"2 beginbfrange\n<1000> <1010> <0061>\n<2000> <2001> [<0062> <0063>]\nendbfrange\nendcmap\n"
            % (entries, body))


def test_blocks_are_counted_again_and_split_at_the_format_limit_keeping_every_entry_in_order() -> None:
    out = pdfcmaps.rechunked(_cmap(250).replace(b"250 beginbfchar", b"271 beginbfchar"))
    assert re.findall(rb"(\d+) beginbfchar", out) == [b"100", b"100", b"50"]  # counted again, split
    chars = out.split(b"endcodespacerange", 1)[1]
    assert re.findall(rb"<([0-9A-F]{4})> <", chars)[:250] == [b"%04X" % k for k in range(250)]
    assert b"<2000> <2001> [<0062> <0063>]" in out  # a range with its array kept whole
    assert pdfcmaps.rechunked(out) == out  # blocks within the limit stay as they are


def _cid_pdf(text: str, miscount: int = 0) -> bytes:
    """A one-page PDF setting ``text`` in the whole DejaVu Sans embedded as a CID TrueType font (Identity-H,
    codes = glyph numbers, as most producers embed fonts today) whose ToUnicode CMap maps every glyph of the
    font's cmap, in blocks of 100 whose declared counts are ``miscount`` more than their entries."""
    import zlib

    from reportlab.pdfbase.ttfonts import TTFontFile

    glyph = TTFontFile(str(FONT)).charToGlyph
    pairs = sorted((g, c) for c, g in glyph.items() if c < 0x10000 and g)
    lines = [b"<%04X> <%04X>" % pair for pair in pairs]
    blocks = b"".join(b"%d beginbfchar\n%s\nendbfchar\n" % (len(chunk) + miscount, b"\n".join(chunk))
                      for chunk in (lines[i:i + 100] for i in range(0, len(lines), 100)))
    cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Test def\n/CMapType 2 def\n"
            b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + blocks +
            b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    shown = b"".join(b"%04X" % glyph[ord(ch)] for ch in text)
    content = b"BT /F1 10 Tf 72 700 Td <" + shown + b"> Tj ET"
    program = FONT.read_bytes()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 9 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDToGIDMap /Identity /DW 600 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
        b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 8 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
            len(zlib.compress(program)), zlib.compress(program)),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_font_whose_map_pdfium_refuses_is_read_with_the_map_rewritten() -> None:
    import pypdfium2 as pdfium

    if not FONT.exists():
        pytest.skip("no TrueType font to embed")
    words = "Quick zebras jumped over five lazy dogs near the old wharf."
    readable = pdf.read_geometry(_cid_pdf(words)).pages[0].lines
    assert [line.text for line in readable] == [words]  # counted right, pdfium reads it
    refused = _cid_pdf(words, miscount=19)
    document = pdfium.PdfDocument(refused)
    assert pdfcmaps.has_refused_map(document[0].get_textpage().raw)  # the case the module is for
    document.close()
    assert [line.text for line in pdf.read_geometry(refused).pages[0].lines] == [words]


def test_a_file_pypdf_cannot_read_is_left_as_it_is() -> None:
    assert pdfcmaps.with_readable_cmaps(b"%PDF-1.4 not really") == b"%PDF-1.4 not really"
