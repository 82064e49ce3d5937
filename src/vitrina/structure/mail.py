"""An e-mail's parts in a plain text: its header block, its signature and the lines it quotes.

* A header block: a paragraph's lines (at least ``MAIL["header_min_fields"]``) each "Field: value", the fields
  header names of lexicon ``mail_header_fields`` and "From" among them. Each line is read as a block of its own
  ("From: …", "Date: Tue, 5 Mar 2024 …"), never run into one paragraph.
* The signature delimiter (RFC 3676 section 4.3: "-- " alone on a line, often saved as "--"): it ends the body's
  paragraph; the lines after it are the signature, each line a block of its own (a name, an office, an
  address: never run into one name); the delimiter is read as no word.
* Quoted reply lines (opening with ">", RFC 3676 section 4.5): a run of them is a block of its own (the
  quotation), each line read without its markers.

Each part has a switch in ``MAIL_SWITCHES`` (0 turns it off).
"""

from __future__ import annotations

import re
from functools import cache

from vitrina import lexicon
from vitrina.structure.layout import Entry, Fragment
from vitrina.structure.lines import Line

MAIL = {"header_min_fields": 2}
MAIL_SWITCHES = {"headers": 1, "signature": 1, "quoted": 1}

_FIELD = re.compile(r"([A-Za-z][A-Za-z-]*):\s+\S")
_DELIMITER = ("--", "-- ")
_QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")


@cache
def _fields() -> frozenset[str]:
    return lexicon.words("mail_header_fields")


def mail_parts(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each paragraph's e-mail parts apart (see the module)."""
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.label_words \
                and entry.credit is None and entry.note is None:
            out.extend(_parted(entry))
        else:
            out.append(entry)
    return out


def _parted(frag: Fragment) -> list[Fragment]:
    if MAIL_SWITCHES["headers"] and _header_block(frag.lines):
        return [Fragment("paragraph", [line]) for line in frag.lines]
    parts: list[list[Line]] = [[]]
    quoting = signed = False
    for line in frag.lines:
        if MAIL_SWITCHES["signature"] and line.raw.strip(" \t\r") == "--" and line.raw.rstrip("\r") in _DELIMITER:
            parts.append([])  # the delimiter ends the body, read as no word; the signature follows
            quoting, signed = False, True
            continue
        if signed and not line.raw.lstrip().startswith(">"):
            parts.append([line])  # a signature's lines (a name, an office, an address) each apart
            continue
        marker = _QUOTE.match(line.raw) if MAIL_SWITCHES["quoted"] and line.raw.lstrip().startswith(">") else None
        if marker is not None:
            if not quoting:
                parts.append([])
                quoting = True
            if marker.end() < len(line.raw.rstrip()):
                parts[-1].append(_unquoted(line, marker.end()))
            continue
        if quoting:
            parts.append([])
            quoting = False
        parts[-1].append(line)
    if len(parts) == 1:
        return [frag]
    return [Fragment("paragraph", lines, complete=frag.complete) for lines in parts if lines]


def _header_block(lines: list[Line]) -> bool:
    """Every line a header field "Name: value" of lexicon ``mail_header_fields``, enough of them, "From" among them."""
    if len(lines) < MAIL["header_min_fields"]:
        return False
    names = []
    for line in lines:
        m = _FIELD.match(line.text)
        if m is None or m[1].lower() not in _fields():
            return False
        names.append(m[1].lower())
    return "from" in names


def _unquoted(line: Line, cut: int) -> Line:
    """``line`` read from ``cut`` (past its quotation markers): the same source offsets."""
    out = Line(line.index, line.lineno, line.start + cut, line.raw[cut:], line.gap_before, line.separator_before)
    out.page_start, out.page, out.spacing = line.page_start, line.page, line.spacing
    return out


# a header block's lines: "Field: value" at a line's start (the layout reads each a block of its own)
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z-]*):[ \t]+(.+)$", re.M)
_ADDRESS = re.compile(r"\s*<[^<>]*>\s*")
# the header fields that date the message, and those naming its sender and recipient
DATE_FIELDS = frozenset({"date", "sent"})


def header_fields(text: str, start: int, end: int) -> dict[str, str] | None:
    """The header block around ``start:end`` when that span lies on a header line whose field dates the message
    ("Date: Tue, 5 Mar 2024 …"): {field: value} of the header lines near it, when a "From" among them gives an
    e-mail address; else None."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = _HEADER_LINE.match(text[lo : len(text) if hi < 0 else hi])
    if line is None or line[1].lower() not in DATE_FIELDS or not MAIL_SWITCHES["headers"]:
        return None
    fields: dict[str, str] = {}
    for m in _HEADER_LINE.finditer(text, max(0, lo - 2000), min(len(text), lo + 2000)):
        if m[1].lower() in _fields():
            fields.setdefault(m[1].lower(), m[2].strip())
    return fields if "@" in fields.get("from", "") else None  # a mail's sender has an address ("Date:"/"From:" on
    # an object's card do not make a message)


def party(value: str) -> str:
    """A header's person: the display name without its address ("Ann Ode <a@x.org>" → "Ann Ode"), else the address."""
    name = _ADDRESS.sub(" ", value).strip().strip('"').strip()
    return name or value.strip("<> ")
