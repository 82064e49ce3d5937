"""A font's weight and slant read from its embedded program (an sfnt: TrueType or OpenType).

A PDF font states its weight and slant in its name ("…-Bold"), its descriptor (FontWeight,
the Italic flag, ItalicAngle) or not at all: a producer that names its fonts by number
("F1", "T3") and writes a bare descriptor leaves bold and italic type unmarked. The
font program embedded whole or as a subset still carries them: the OS/2 table's weight
class and selection bits, the head table's style bits, the post table's italic angle.
"""

from __future__ import annotations

import struct

_SFNT_VERSIONS = (b"\x00\x01\x00\x00", b"OTTO", b"true")
_OS2_BOLD, _OS2_ITALIC = 1 << 5, 1 << 0  # OS/2 fsSelection bits
_HEAD_BOLD, _HEAD_ITALIC = 1 << 0, 1 << 1  # head macStyle bits


def program_face(data: bytes, bold_weight: int, os2_first: bool = False) -> tuple[bool, bool] | None:
    """(bold, italic) as the font program ``data`` states them, or None when it is no sfnt
    or states neither (no OS/2 and no head table). Bold from a weight class of
    ``bold_weight`` or more or a bold bit; italic from an italic bit or a slanted angle.
    With ``os2_first``, a whole OS/2 table states the face alone: the head table's style bits
    are read only without one (a subsetter that writes "bold" into every subset's head, its
    OS/2 weight 400 and "regular" bit kept, makes every face bold)."""
    tables = _tables(data)
    os2, head, post = tables.get(b"OS/2"), tables.get(b"head"), tables.get(b"post")
    if os2 is None and head is None:
        return None
    bold = italic = False
    if os2 is not None and len(os2) >= 64:
        weight, selection = struct.unpack(">H", os2[4:6])[0], struct.unpack(">H", os2[62:64])[0]
        bold = weight >= bold_weight or bool(selection & _OS2_BOLD)
        italic = bool(selection & _OS2_ITALIC)
    whole_os2 = os2 is not None and len(os2) >= 64
    if head is not None and len(head) >= 46 and not (os2_first and whole_os2):
        style = struct.unpack(">H", head[44:46])[0]
        bold = bold or bool(style & _HEAD_BOLD)
        italic = italic or bool(style & _HEAD_ITALIC)
    if post is not None and len(post) >= 8:
        italic = italic or struct.unpack(">i", post[4:8])[0] != 0
    return bold, italic


def _tables(data: bytes) -> dict[bytes, bytes]:
    """The sfnt's tables by tag (empty for anything else, or a damaged directory)."""
    if len(data) < 12 or data[:4] not in _SFNT_VERSIONS:
        return {}
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for k in range(count):
        record = data[12 + 16 * k : 28 + 16 * k]
        if len(record) < 16:
            break
        tag, _, offset, length = struct.unpack(">4sIII", record)
        if offset + length <= len(data):
            tables[tag] = data[offset : offset + length]
    return tables
