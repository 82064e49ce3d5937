"""Where, when and by whom a text says it was written: its dateline, its signature, its byline.

Read from the shape of the lines, never from a list of places or names:

* a **dateline** is a date of writing (``dates.is_date_of_writing``: a line of its own, or run in at a paragraph's
  start) with at most a place before it ("Bytown, Upper Canada, 14 March 1827") in the text's first
  ``OWN["head_blocks"]`` blocks. It is the document's date (``dated``) and its place (``place``) only when it is the
  text's one date of writing: a diary's entries each have one, and none of them is the whole diary's;
* a **signature** is the text's last block when it is a short closing ending with a comma ("Your loving husband,",
  "By order of the Board,") and a person's name (a mention the entity stage found) with at most a role after a comma
  ("Richard Byham, Secretary");
* a **byline** is a line in the first blocks opening "By" or a participle and "by" ("Compiled by"; lexicon
  ``byline_leads``), a person named right after it. A date ending that line ("…, 2024.") is the document's date.

Each found field is kept only when the reader stated none, with its source in ``<field>_source`` ("text:
dateline 'Bytown, 14 March 1827'").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vitrina.extract.dates import PLACE_LEAD, is_date_of_writing
from vitrina.lexicon import words
from vitrina.model import DateMention, Document, Mention

OWN = {
    "head_blocks": 3,  # a dateline or byline lies in the text's first this many blocks
    "closing_words": 8,  # the most words of a signature's closing line ("Your obedient servant,")
    "role_words": 4,  # the most words of a role after a signature's name ("Secretary to the Board")
    # the most words of a byline's line ("Compiled by Ann Vale from the parish registers, 2024."): a longer line is
    # prose telling who did something ("Collected by X at Y on …, and entered as …")
    "byline_words": 20,
}
PICTURE_KINDS = frozenset({"caption", "credit"})  # blocks whose dates and names are a picture's, not the text's
_CALENDAR_DAY = re.compile(r"-?\d{4}-\d{2}-\d{2}")  # a dateline names its day ("The Treaty, 1794" is a title)
_NO_WORD = re.compile(r"[^\w]*")
_ROLE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?P<role>[^\W\d_][^\n,;]*?))?[ \t]*[.]?[ \t]*$")
_LEAD = re.compile(r"[ \t]*(?P<lead>[^\W\d_]+)[ \t]+(?:(?P<by>by)[ \t]+)?", re.I)


def own_meta(doc: Document, blocks: Sequence[tuple[int, int]], dates: Sequence[DateMention],
             mentions: Sequence[Mention]) -> tuple[tuple[str, str], ...]:
    """The dateline's date and place, the signature's or byline's author: meta entries the reader did not state."""
    meta, text = dict(doc.meta), doc.text
    found: dict[str, str] = {}

    def add(name: str, value: str | None, source: str) -> None:
        if value and not meta.get(name) and name not in found:
            found[name], found[f"{name}_source"] = value, source

    head = list(blocks[: OWN["head_blocks"]])
    people = [m for m in mentions if m.type == "person"]
    pictures = [(b.start, b.end) for b in doc.blocks if b.kind in PICTURE_KINDS]
    line = dateline(text, head, [d for d in dates if not any(s <= d.start and d.end <= e for s, e in pictures)])
    if line is not None:
        date, place = line
        add("dated", date.edtf, f"text: dateline {_quoted(text, *_line(text, date.start))}")
        add("place", place, f"text: dateline {_quoted(text, *_line(text, date.start))}")
    signed = signature(text, blocks[-1] if len(blocks) > 1 else None, people)
    if signed is not None:
        add("author", text[signed.start : signed.end], f"text: signature {_quoted(text, *_line(text, signed.start))}")
    by = byline(text, head, people, dates)
    if by is not None:
        name, stated = by
        add("author", text[name.start : name.end], f"text: byline {_quoted(text, *_line(text, name.start))}")
        if stated is not None:
            add("dated", stated.edtf, f"text: byline {_quoted(text, *_line(text, name.start))}")
    return tuple(found.items())


def dateline(text: str, head: Sequence[tuple[int, int]], dates: Sequence[DateMention]
             ) -> tuple[DateMention, str] | None:
    """The text's dateline and the place it names ("" when none), when it is the text's one date of writing."""
    written = [d for d in dates if _CALENDAR_DAY.fullmatch(d.edtf) and is_date_of_writing(text, d.start, d.end)
               and _alone(text, d)]
    if len(written) != 1 or not any(s <= written[0].start and written[0].end <= e for s, e in head):
        return None
    date = written[0]
    lo = text.rfind("\n", 0, date.start) + 1
    place = text[lo : date.start].strip().rstrip(",").strip()
    return date, place


def _alone(text: str, d: DateMention) -> bool:
    """The date is all its line says, after at most a place ("Bytown, 14 March 1827.")."""
    lo, hi = _line(text, d.start)
    return PLACE_LEAD.fullmatch(text, lo, d.start) is not None and _NO_WORD.fullmatch(text, d.end, hi) is not None


def signature(text: str, last: tuple[int, int] | None, people: Sequence[Mention]) -> Mention | None:
    """The person signing the text: named in its last block ``last`` right after a short closing that ends with a
    comma ("Your loving husband,"), with at most a role after the name, on its line or the next."""
    if last is None:
        return None
    for name in (m for m in people if last[0] <= m.start and m.end <= last[1]):
        closing = text[last[0] : name.start].strip()
        if not closing.endswith(",") or not 0 < len(closing.split()) <= OWN["closing_words"]:
            continue
        after = _ROLE_AFTER.fullmatch(text, name.end, last[1])
        if after is not None and not (after["role"] and len(after["role"].split()) > OWN["role_words"]):
            return name
    return None


def byline(text: str, head: Sequence[tuple[int, int]], people: Sequence[Mention], dates: Sequence[DateMention]
           ) -> tuple[Mention, DateMention | None] | None:
    """The person a byline in the text's first blocks names ("By Ann Vale", "Compiled by Ann Vale from …, 2024."), and
    the date ending its line, if any."""
    for start, _end in head:
        lead = _LEAD.match(text, start)
        if lead is None:
            continue
        word = lead["lead"].lower()
        authorial = word in words("byline_leads")
        if not authorial and not (lead["by"] and word.endswith(("ed", "en"))):
            continue
        name = next((m for m in people if m.start == lead.end()), None)
        if name is None:
            continue
        lo, hi = _line(text, start)
        if len(text[lo:hi].split()) > OWN["byline_words"]:
            continue  # running prose: "Collected by X at Y on … and entered as …"
        date = next((d for d in dates if lo <= d.start and d.end <= hi and _NO_WORD.fullmatch(text, d.end, hi)), None)
        if not authorial and not _closes_line(text, name.end, hi, date):
            continue  # any participle with "by" heads a byline only as a line of its own: "Photographed by X, 1931."
        return name, date
    return None


def _closes_line(text: str, end: int, hi: int, date: DateMention | None) -> bool:
    """After the name ending at ``end`` its line holds no word but the date ending it ("…, June 1931.")."""
    rest = text[end : date.start] if date is not None and date.start >= end else text[end:hi]
    return not any(ch.isalpha() for ch in rest)


def _line(text: str, at: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return lo, len(text) if hi < 0 else hi


def _quoted(text: str, lo: int, hi: int) -> str:
    return "'" + " ".join(text[lo:hi].split()) + "'"
