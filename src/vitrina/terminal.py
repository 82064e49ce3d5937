"""Text made safe and readable for a terminal.

Documents and file names may carry control characters and terminal escape
sequences (a title change, a screen clear, a carriage return that forges a
line). Everything the CLI prints goes through :func:`shown` (names, error
lines: controls shown escaped, so nothing is hidden) or :func:`readable`
(document text: escape sequences removed, other controls become spaces).
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Any

from vitrina.limits import ESCAPE_LIMITS

# ESC-introduced sequences (ECMA-48), each removed whole: a control sequence (CSI: ESC [ parameters
# intermediates final), a control string (OSC ESC ], DCS ESC P, SOS ESC X, PM ESC ^, APC ESC _: printable text
# up to BEL or ST), any other escape (ESC, intermediates but a space, final: ESC ( B, ESC c) and, last, an ESC that starts
# none of them. The lengths are bounded (``limits.ESCAPE_LIMITS``) and a control string holds no control
# character: an unterminated one loses only its introducer, never the text after it.
_P = ESCAPE_LIMITS["parameter_chars"]
_S = ESCAPE_LIMITS["string_chars"]
_STRING_BODY = rf"[^\x00-\x1f\x7f-\x9f]{{0,{_S}}}"
ESCAPE_SEQUENCE = re.compile(
    rf"\x1b\[[0-?]{{0,{_P}}}[ -/]{{0,{_P}}}[@-~]"
    rf"|\x1b[\]PX^_]{_STRING_BODY}(?:\x07|\x1b\\|\x9c)"
    rf"|\x1b[!-/]{{0,{_P}}}[0-~]"
    r"|\x1b"
)
# The same with 8-bit introducers: CSI (U+009B) and the control strings (U+009D OSC, U+0090 DCS, U+0098 SOS,
# U+009E PM, U+009F APC) ended by BEL or ST (U+009C); an unterminated introducer is left to the caller's
# handling of control characters.
C1_SEQUENCE = re.compile(
    rf"\x9b[0-?]{{0,{_P}}}[ -/]{{0,{_P}}}[@-~]"
    rf"|[\x9d\x90\x98\x9e\x9f]{_STRING_BODY}(?:\x07|\x1b\\|\x9c)"
)
_KINDS = {"[": "CSI", "]": "OSC", "P": "DCS", "X": "SOS", "^": "PM", "_": "APC",
          "\x9b": "CSI", "\x9d": "OSC", "\x90": "DCS", "\x98": "SOS", "\x9e": "PM", "\x9f": "APC"}


def _kind(sequence: str) -> str:
    """``CSI``, ``OSC``… for a removed sequence; ``ESC`` for any other escape and for a lone or unterminated
    introducer (``ESC ]`` with no BEL or ST after it)."""
    if not sequence.startswith("\x1b"):
        return _KINDS[sequence[0]]
    return _KINDS.get(sequence[1], "ESC") if len(sequence) > 2 else "ESC"


def without_escapes(text: str) -> tuple[str, list[str]]:
    """``text`` without its terminal escape sequences, and the kinds of those removed (``CSI``, ``OSC``, ``ESC``)."""
    removed: list[str] = []

    def drop(match: re.Match[str]) -> str:
        removed.append(_kind(match.group()))
        return ""

    if "\x1b" in text or "\x9b" in text or any(c in text for c in "\x9d\x90\x98\x9e\x9f"):
        text = C1_SEQUENCE.sub(drop, ESCAPE_SEQUENCE.sub(drop, text))
    return text, removed


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


def styled(stream: Any) -> bool:
    """Whether output to ``stream`` may be styled (bold, underline, dim): a terminal that is not a dumb one
    (``TERM=dumb``), with no ``NO_COLOR`` set to a value (no-color.org: any non-empty value turns styling off)."""
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return False
    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


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
