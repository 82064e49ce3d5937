"""Text decoding: UTF-8 (with or without BOM), UTF-16 with BOM, CP1252, Latin-1.

Never guesses silently: UTF-8 is tried strictly first; a legacy 8-bit
decoding is chosen only when UTF-8 fails, and binary data is refused.
"""

from __future__ import annotations

import codecs

from vitrina.errors import InputError

# C0 control bytes that never occur in real text files (tab, LF, CR, FF allowed).
_BINARY_CONTROLS = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x1A)) | set(range(0x1C, 0x20))
# Bytes CP1252 leaves undefined; their presence means Latin-1 (C1 controls).
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    head = data[:sample]
    if not head:
        return False
    controls = sum(1 for b in head if b in _BINARY_CONTROLS)
    return b"\x00" in head or controls / len(head) > 0.01


def detect_encoding(data: bytes) -> str:
    """The encoding name of ``data``; raises ValueError on binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if looks_binary(data):
        raise ValueError("binary data, not text")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if any(b in _CP1252_UNDEFINED for b in data):
        return "latin-1"
    return "cp1252"


def decode(data: bytes, source: str) -> str:
    """Decode input bytes to text with newlines normalised to ``\\n``."""
    try:
        encoding = detect_encoding(data)
        text = data.decode(encoding)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(source, f"not a text file ({exc})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
