"""A bare CFF font program's face names (``_fontprogram.cff_face_names``) and the PDF reader reading a
font named with no style part as regular when its CFF program names no bold face, whatever pdfium's
stem-width guess says (``LINE_LIMITS["cff_names_lighter"]``, round 59 structset81). Programs built here."""

from __future__ import annotations

import struct

import pytest

from vitrina.ingest import pdf
from vitrina.ingest._fontprogram import cff_face_names


def _index(items: list[bytes]) -> bytes:
    """A CFF INDEX with one-byte offsets."""
    if not items:
        return b"\x00\x00"
    offsets, at = [1], 1
    for item in items:
        at += len(item)
        offsets.append(at)
    return struct.pack(">HB", len(items), 1) + bytes(offsets) + b"".join(items)


def _sid(value: int) -> bytes:
    """A DICT integer operand (two-byte form, 108 to 1131)."""
    value -= 108
    return bytes([247 + value // 256, value % 256])


def _cff(full_name: str | None, weight_sid: int | None = None) -> bytes:
    strings, entries = [], b""
    if full_name is not None:
        strings.append(full_name.encode("latin-1"))
        entries += _sid(391) + b"\x02"  # FullName: the first custom string
    if weight_sid is not None:
        entries += _sid(weight_sid) + b"\x04"  # Weight
    entries += b"\x8b\x8b\x1e\x1a\x2f\x0c\x07"  # 0 0 FontMatrix-like pair with a real (skipped)
    return b"\x01\x00\x04\x01" + _index([b"Sans"]) + _index([entries]) + _index(strings) + _index([])


def test_full_name_read():
    assert cff_face_names(_cff("Harbour Sans")) == ["Harbour Sans"]


def test_standard_weight_string_read():
    assert cff_face_names(_cff("Harbour Sans Bold", 385)) == ["Harbour Sans Bold", "Bold"]


def test_no_cff_is_none():
    assert cff_face_names(b"\x00\x01\x00\x00" + b"\x00" * 20) is None
    assert cff_face_names(b"\x01\x00") is None


@pytest.mark.parametrize(("name", "lighter"), [("Helvetica", True), ("Helvetica-Bold", False),
                                                ("HelveticaBold", False)])
def test_names_lighter_by_the_base_name(name: str, lighter: bool):
    assert pdf._cff_lighter_by_names(name, _cff("Harbour Sans")) == lighter


def test_a_program_naming_a_bold_face_is_not_lighter():
    assert not pdf._cff_lighter_by_names("Helvetica", _cff("Harbour Sans Bold"))


def test_cff_names_lighter_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(pdf.LINE_LIMITS, "cff_names_lighter", 0)
    assert not pdf._cff_lighter_by_names("Helvetica", _cff("Harbour Sans"))
