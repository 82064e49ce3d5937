"""A PDF's opening line: kept when its metadata title is only its start, and the title over
later panel headings; right-to-left text read as words in reading order (round 33 red team)."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

OPENING = "Ferrymen of the Salt Marsh"
PANELS = ["", "Panel 1: The Crossing", "In 1862 a rope ferry was hung across the channel.",
          "", "Panel 2: The Flood", "On 3 May 1871 the water carried the landing away."]


def _one_type_page(c, number: int) -> None:
    draw_lines(c, 72, 720, [OPENING, *PANELS], "Helvetica", 12, 16)


def test_a_metadata_title_cut_short_does_not_take_the_opening_line() -> None:
    (doc,) = pdf.read(canvas_pdf(_one_type_page, title="Ferrymen"), "/tmp/ferrymen.pdf")
    assert doc.text.startswith(OPENING)
    assert doc.title == OPENING


def test_the_opening_line_over_panel_headings_is_the_title() -> None:
    (doc,) = pdf.read(canvas_pdf(_one_type_page), "/tmp/ferrymen.pdf")
    assert doc.title == OPENING


def _identity_font_pdf(lines: list[str]) -> bytes:
    """One page setting ``lines`` in a Type0 font (Identity-H, ToUnicode, no glyph program)."""
    chars = sorted(set("".join(lines)))
    cid = {ch: n + 1 for n, ch in enumerate(chars)}
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n" + "\n".join(f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars)
            + "\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
    shown = "\n".join("<" + "".join(f"{cid[ch]:04X}" for ch in line) + "> Tj T*" for line in lines)
    content = f"BT /F2 12 Tf 72 700 Td 16 TL\n{shown}\nET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F2 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Uni /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Uni /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 600 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /Uni /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 900 /Descent -100 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_right_to_left_text_is_read_as_words_in_reading_order() -> None:
    sentence = "\u0633\u0627\u0641\u0631 \u0627\u0644\u0628\u062d\u0627\u0631 \u0625\u0644\u0649 \u0627\u0644\u0645\u064a\u0646\u0627\u0621"
    # drawn as a viewer shows it: the last letter leftmost (a producer writing visual order)
    (doc,) = pdf.read(_identity_font_pdf([sentence[::-1], "A second line in Latin."]), "/tmp/rtl.pdf")
    assert doc.text.split("\n")[0] == sentence
    assert "A second line in Latin." in doc.text


def _form_line_over_title_page(c, number: int) -> None:
    draw_lines(c, 72, 660, ["Group: Teacher: Room:"], "Helvetica", 11)
    draw_lines(c, 72, 620, ["The Salt Marsh Ferry"], "Helvetica-Bold", 22)
    draw_lines(c, 72, 580, [PANELS[2], PANELS[5]], "Helvetica", 11, 14)


def test_an_opening_line_in_smaller_type_than_the_title_heading_is_not_the_title() -> None:
    (doc,) = pdf.read(canvas_pdf(_form_line_over_title_page), "/tmp/sheet.pdf")
    assert doc.text.startswith("Group: Teacher: Room:")
    assert doc.title == "The Salt Marsh Ferry"
