"""Text decoding: UTF-8 (with or without BOM), UTF-16 (BOM or none), UTF-32 with BOM,
the double-byte legacy encodings of CJK text (detected, with a warning), CP1252, Latin-1.

Never guesses silently: UTF-8 is tried strictly first. A file that is
mostly UTF-8 with a few invalid bytes stays UTF-8: the bad bytes become
U+FFFD and a warning says how many (reading it as Latin-1 would garble
every valid accented letter). A legacy 8-bit decoding is chosen only when
the file has no valid multi-byte UTF-8 to speak of; binary data is refused.

Warnings are collected per file: ``read_path`` calls :func:`take_warnings`.
"""

from __future__ import annotations

import codecs
import re

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


# A file with at least this many valid multi-byte UTF-8 characters per invalid byte
# is UTF-8 with damage, not a legacy encoding (valid sequences rarely happen by chance).
MOSTLY_UTF8_RATIO = 2
_warnings: list[str] = []


def take_warnings() -> list[str]:
    """The warnings decoding raised since the last call (one file's worth)."""
    taken = list(_warnings)
    _warnings.clear()
    return taken


def _utf8_damage(data: bytes) -> tuple[int, int]:
    """(valid multi-byte characters, invalid bytes) when ``data`` is read as UTF-8."""
    text = data.decode("utf-8", "surrogateescape")
    invalid = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    valid = sum(1 for ch in text if ch > "\x7f") - invalid
    return valid, invalid


def detect_encoding(data: bytes) -> str:
    """The encoding name of ``data``; raises ValueError on binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless = bomless_utf16(data)
    if bomless:
        return bomless
    if looks_binary(data):
        raise ValueError("binary data, not text")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    valid, invalid = _utf8_damage(data)
    if valid and valid >= MOSTLY_UTF8_RATIO * invalid:
        return "utf-8-damaged"
    multibyte = legacy_multibyte(data)
    if multibyte:
        return multibyte
    if any(b in _CP1252_UNDEFINED for b in data):
        return "latin-1"
    return "cp1252"


# Share of two-byte units with exactly one zero byte, always on the same side, from which
# data is BOM-less UTF-16: text in Latin script has a zero high byte in almost every unit
# (a binary file has zeros on both sides)
UTF16_ZERO_SHARE = 0.6
# Share of non-ASCII bytes that stand next to another non-ASCII byte from which a legacy
# (non-UTF-8) text is not CP1252/Latin-1: double-byte CJK characters are byte pairs and
# Cyrillic or Greek words are runs, while Western accented letters stand alone
PAIRED_HIGH_SHARE = 0.8


def bomless_utf16(data: bytes, sample: int = 8192) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` for UTF-16 text without a byte-order mark, else None."""
    head = data[: sample - sample % 2]
    units = len(head) // 2
    if units < 8 or len(data) % 2:
        return None
    low_zero = sum(1 for k in range(0, 2 * units, 2) if head[k + 1] == 0 and head[k] != 0)
    high_zero = sum(1 for k in range(0, 2 * units, 2) if head[k] == 0 and head[k + 1] != 0)
    for zeros, other, name in ((low_zero, high_zero, "utf-16-le"), (high_zero, low_zero, "utf-16-be")):
        if zeros >= UTF16_ZERO_SHARE * units and other == 0:
            try:
                data.decode(name)
            except UnicodeDecodeError:
                return None
            return name
    return None


_HIGH = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")


def legacy_multibyte(data: bytes) -> str | None:
    """The encoding charset-normalizer names for a legacy text whose non-ASCII bytes come in
    runs (double-byte CJK encodings, Cyrillic or Greek code pages), with a warning (short
    texts are ambiguous); None for a text whose non-ASCII bytes stand alone (CP1252,
    Latin-1: accented letters between ASCII ones), left to the rules above."""
    high = len(_HIGH.findall(data))
    paired = sum(len(run) for run in _HIGH_RUN.findall(data))
    if not high or paired < PAIRED_HIGH_SHARE * high:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    _warnings.append(f"not UTF-8; read as {best.encoding} (detected), convert it to UTF-8 to be sure")
    return str(best.encoding)


def decode(data: bytes, source: str) -> str:
    """Decode input bytes to text with newlines normalised to ``\\n``."""
    try:
        encoding = detect_encoding(data)
        if encoding == "utf-8-damaged":
            _, invalid = _utf8_damage(data)
            _warnings.append(f"{invalid} byte(s) are not valid UTF-8; shown as \ufffd (the rest is UTF-8)")
            text = data.decode("utf-8", "replace")
        else:
            text = data.decode(encoding)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(source, f"not a text file ({exc})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
