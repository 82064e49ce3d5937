"""Text made safe and readable for a terminal.

Documents and file names may carry control characters and terminal escape
sequences (a title change, a screen clear, a carriage return that forges a
line). Everything the CLI prints goes through :func:`shown` (names, error
lines: controls shown escaped, so nothing is hidden) or :func:`readable`
(document text: escape sequences removed, other controls become spaces).
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL/ST), and two-byte escapes.
ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
# The 8-bit CSI (U+009B) and OSC (U+009D) introducers, with what follows them.
C1_SEQUENCE = re.compile(r"\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?")
# Unicode format characters that reorder text on screen (bidirectional overrides and isolates).
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS or "\ud800" <= char <= "\udfff"


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """One line with every control character visible as an escape (``\\x1b``, ``\\n``)."""
    return "".join(_escaped(c) if _is_control(c) else c for c in str(text))


def readable(text: str) -> str:
    """Text with escape sequences removed and other controls (newlines too) made spaces."""
    text = C1_SEQUENCE.sub("", ESCAPE_SEQUENCE.sub("", str(text)))
    return "".join(" " if _is_control(c) else c for c in text)


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``1 document``, ``2 documents``, ``1,204 entities``."""
    word = singular if n == 1 else plural or singular + "s"
    return f"{n:,} {word}"


# characters JSON lets through raw with non-ASCII kept that a terminal acts on or a reader cannot see: C1
# controls (U+0080–U+009F: the 8-bit CSI), bidirectional controls, line and paragraph separators
_JSON_RAW_CONTROLS = re.compile("[\x80-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "]")


def json_text(data: object, indent: int | None = 1) -> str:
    """JSON with non-ASCII text kept and every control character escaped (``\\u009b``), so that printing it
    on a terminal runs no escape sequence; the same data as ``json.dumps`` gives (escapes are lossless)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
