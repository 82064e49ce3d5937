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


# CFF Top DICT operators naming the face (FullName, Weight) and standard strings' count (SIDs below are built in)
_CFF_FULL_NAME, _CFF_WEIGHT, _CFF_STANDARD_STRINGS = 2, 4, 391
_CFF_STANDARD_WEIGHTS = {384: "Black", 385: "Bold", 386: "Book", 387: "Light", 388: "Medium", 389: "Regular",
                         390: "Roman"}


def cff_face_names(data: bytes) -> list[str] | None:
    """The names a bare CFF font program (PDF FontFile3/Type1C) gives its face in its Top DICT: its FullName
    and Weight strings, those it has; None when ``data`` is no CFF or is damaged."""
    try:
        if len(data) < 4 or data[0] != 1:
            return None
        at = data[2]
        _, at = _cff_index(data, at)  # the Name INDEX
        dicts, at = _cff_index(data, at)
        strings, _ = _cff_index(data, at)
        if not dicts:
            return None
        names = []
        for op, operands in _cff_dict(dicts[0]):
            if op in (_CFF_FULL_NAME, _CFF_WEIGHT) and operands:
                sid = int(operands[-1])
                if sid >= _CFF_STANDARD_STRINGS:
                    names.append(strings[sid - _CFF_STANDARD_STRINGS].decode("latin-1"))
                elif sid in _CFF_STANDARD_WEIGHTS:
                    names.append(_CFF_STANDARD_WEIGHTS[sid])
        return names
    except (IndexError, struct.error, ValueError):
        return None


def _cff_index(data: bytes, at: int) -> tuple[list[bytes], int]:
    """A CFF INDEX at ``at``: its items and the offset past it."""
    count = struct.unpack(">H", data[at:at + 2])[0]
    if count == 0:
        return [], at + 2
    size = data[at + 2]
    offsets = [int.from_bytes(data[at + 3 + k * size: at + 3 + (k + 1) * size], "big") for k in range(count + 1)]
    base = at + 3 + (count + 1) * size - 1
    return [data[base + offsets[k]: base + offsets[k + 1]] for k in range(count)], base + offsets[-1]


def _cff_dict(data: bytes) -> list[tuple[int, list[float]]]:
    """A CFF DICT's (operator, operands) pairs (two-byte operators as 1200 + their second byte)."""
    pairs: list[tuple[int, list[float]]] = []
    operands: list[float] = []
    at = 0
    while at < len(data):
        b0 = data[at]
        if b0 <= 21:
            op = 1200 + data[at + 1] if b0 == 12 else b0
            at += 2 if b0 == 12 else 1
            pairs.append((op, operands))
            operands = []
        elif b0 == 28:
            operands.append(struct.unpack(">h", data[at + 1:at + 3])[0])
            at += 3
        elif b0 == 29:
            operands.append(struct.unpack(">i", data[at + 1:at + 5])[0])
            at += 5
        elif b0 == 30:  # a real number: its nibbles up to the 0xf end nibble, read as zero (only SIDs matter here)
            at += 1
            while at < len(data) and (data[at] & 0x0F) != 0x0F and (data[at] >> 4) != 0x0F:
                at += 1
            at += 1
            operands.append(0.0)
        elif 32 <= b0 <= 246:
            operands.append(b0 - 139)
            at += 1
        elif 247 <= b0 <= 250:
            operands.append((b0 - 247) * 256 + data[at + 1] + 108)
            at += 2
        elif 251 <= b0 <= 254:
            operands.append(-(b0 - 251) * 256 - data[at + 1] - 108)
            at += 2
        else:
            raise ValueError("reserved CFF DICT byte")
    return pairs
