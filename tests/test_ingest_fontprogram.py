"""A font's weight and slant read from its embedded program when its PDF name and descriptor
state neither (``ingest/_fontprogram``; ``LINE_LIMITS["program_faces"]``). Every text is
invented."""

from __future__ import annotations

import struct

import pytest

from tests._pdf_helpers import bare_descriptors, canvas_pdf, draw_lines, numbered_fonts
from vitrina.ingest import pdf
from vitrina.ingest._fontprogram import program_face
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "Boats came in at dusk and the quay filled with nets and crates of fish",
    "that were sold before the lamps were lit along the harbour wall, and",
    "the carts went up the hill to the market with the last of the light.",
]


def _sfnt(tables: dict[bytes, bytes]) -> bytes:
    """A bare sfnt holding ``tables``."""
    head = struct.pack(">4sHHHH", b"\x00\x01\x00\x00", len(tables), 0, 0, 0)
    offset = 12 + 16 * len(tables)
    records, body = b"", b""
    for tag, data in tables.items():
        records += struct.pack(">4sIII", tag, 0, offset + len(body), len(data))
        body += data
    return head + records + body


def _os2(weight: int, selection: int) -> bytes:
    data = bytearray(78)
    data[4:6] = struct.pack(">H", weight)
    data[62:64] = struct.pack(">H", selection)
    return bytes(data)


def _head(style: int) -> bytes:
    data = bytearray(54)
    data[44:46] = struct.pack(">H", style)
    return bytes(data)


def test_weight_class_and_selection_bits_state_the_face():
    assert program_face(_sfnt({b"OS/2": _os2(700, 0)}), 600) == (True, False)
    assert program_face(_sfnt({b"OS/2": _os2(400, 0x20)}), 600) == (True, False)
    assert program_face(_sfnt({b"OS/2": _os2(400, 0x01)}), 600) == (False, True)
    assert program_face(_sfnt({b"OS/2": _os2(400, 0x40)}), 600) == (False, False)  # "regular" bit


def test_head_style_bits_and_post_angle_state_the_face():
    assert program_face(_sfnt({b"head": _head(1)}), 600) == (True, False)
    post = struct.pack(">Ii", 0x00030000, -12 * 65536)
    assert program_face(_sfnt({b"head": _head(0), b"post": post}), 600) == (False, True)


def test_no_sfnt_or_no_style_tables_state_nothing():
    assert program_face(b"%!PS-AdobeFont-1.0", 600) is None
    assert program_face(_sfnt({b"glyf": b"\x00" * 8}), 600) is None
    assert program_face(b"\x00\x01\x00\x00\x00\x05", 600) is None  # a directory cut short


@pytest.fixture
def numbered_pdf():
    pytest.importorskip("reportlab")
    fonts = numbered_fonts()

    def draw(c, _page):
        y = draw_lines(c, 72, 700, BODY, font=fonts["regular"])
        c.setFont(fonts["bold"], 10)
        c.drawString(72, y - 12, "A Quiet Harbour")
        y = draw_lines(c, 72, y - 28, BODY[::-1], font=fonts["regular"])
        c.setFont(fonts["italic"], 10)
        c.drawString(72, y - 12, "Lamps along the harbour wall.")

    return bare_descriptors(canvas_pdf(draw))


def test_faces_come_from_the_program_when_the_descriptor_states_none(numbered_pdf, monkeypatch):
    lines = {line.text: line for line in pdf.read_geometry(numbered_pdf).pages[0].lines}
    assert lines["A Quiet Harbour"].bold and not lines["A Quiet Harbour"].italic
    assert lines["Lamps along the harbour wall."].italic and not lines["Lamps along the harbour wall."].bold
    assert not lines[BODY[0]].bold and not lines[BODY[0]].italic
    monkeypatch.setitem(pdf.LINE_LIMITS, "program_faces", 0)
    lines = {line.text: line for line in pdf.read_geometry(numbered_pdf).pages[0].lines}
    assert not lines["A Quiet Harbour"].bold and not lines["Lamps along the harbour wall."].italic


def _titles(data: bytes) -> list[str]:
    return [s.title for s in rebuild_pdf(pdf.read_geometry(data), "harbour", "/tmp/harbour.pdf").sections]


def test_a_bold_head_in_a_numbered_font_opens_a_section(numbered_pdf, monkeypatch):
    assert "A Quiet Harbour" in _titles(numbered_pdf)
    monkeypatch.setitem(pdf.LINE_LIMITS, "program_faces", 0)
    assert "A Quiet Harbour" not in _titles(numbered_pdf)


def test_a_whole_os2_table_outweighs_a_bold_head_round45():
    """Round 45 (structset54): a subset whose head says bold while its OS/2 table says weight 400,
    "regular" (or italic alone) is read by its OS/2 table; without the switch the head wins."""
    regular = _sfnt({b"OS/2": _os2(400, 0x40), b"head": _head(1)})
    italic = _sfnt({b"OS/2": _os2(400, 0x01), b"head": _head(1)})
    assert program_face(regular, 600, os2_first=True) == (False, False)
    assert program_face(italic, 600, os2_first=True) == (False, True)
    assert program_face(_sfnt({b"head": _head(1)}), 600, os2_first=True) == (True, False)  # no OS/2: the head
    assert program_face(regular, 600) == (True, False)
