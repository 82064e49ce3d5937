"""Word list numbering: the label Word prints before a numbered paragraph.

A paragraph is numbered by a ``w:numPr`` (``w:numId`` + ``w:ilvl``) set on it or on
its paragraph style. ``numbering.xml`` maps the ``w:num`` to an ``w:abstractNum`` whose
``w:lvl`` gives the start value, the number format (``w:numFmt``: decimal, roman,
letters…) and the label pattern (``w:lvlText``: "Stage %1", "%1.%2."). Counters run
per list and level (``w:num``s sharing an abstract list without a start override
continue one count, as in Word); a level's counter restarts when a shallower level
counts on. Bullets and unnumbered levels print no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vitrina.ingest._docx_styles import style_chain, style_of

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""


@dataclass
class Numbering:
    """The document's list definitions and the running counters while reading it."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # list key -> ilvl -> count
    keys: dict[str, str] = field(default_factory=dict)  # numId -> the list it counts in

    def label(self, paragraph) -> str | None:
        """The label Word prints before ``paragraph`` (counting it), or None."""
        found = _num_pr(paragraph)
        if found is None:
            return None
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counts = self.counters.setdefault(self.keys.get(num_id, num_id), {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        return _render(levels, counts, ilvl)


def _render(levels: dict[int, _Level], counts: dict[int, int], ilvl: int) -> str | None:
    level = levels[ilvl]
    if level.fmt in ("bullet", "none") or not level.text.strip():
        return None

    def number(m: re.Match) -> str:
        k = int(m.group(1)) - 1
        own = levels.get(k, _Level())
        return format_number(counts.get(k, own.start), own.fmt)

    label = re.sub(r"%([1-9])", number, level.text).strip()
    return label or None


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def format_number(value: int, fmt: str) -> str:
    """``value`` written in Word number format ``fmt`` (unknown formats as decimal)."""
    if fmt in ("upperRoman", "lowerRoman") and value > 0:
        roman, rest = "", value
        for size, digits in _ROMAN:
            while rest >= size:
                roman, rest = roman + digits, rest - size
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        # Word repeats the letter past z: aa, bb, …
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def in_list(paragraph) -> bool:
    """The paragraph is an item of a Word list (numbered or bulleted, on it or by its style)."""
    return _num_pr(paragraph) is not None


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) set on the paragraph, else by its style or that style's bases."""
    elements = [paragraph._p] + [style.element for style in style_chain(style_of(paragraph))]
    for element in elements:
        num_pr = element.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{_W}numId")
        if num_id is None:
            continue
        value = num_id.get(f"{_W}val", "0")
        if value == "0":
            return None  # numbering switched off
        ilvl = num_pr.find(f"{_W}ilvl")
        try:
            level = int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
        except ValueError:
            level = 0
        return value, level
    return None


def read_numbering(document) -> Numbering:
    """The list definitions of ``document`` (empty when it has none or they are damaged)."""
    try:
        root = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError, ValueError):
        return Numbering()
    abstract = {a.get(f"{_W}abstractNumId"): _levels(a) for a in root.findall(f"{_W}abstractNum")}
    levels: dict[str, dict[int, _Level]] = {}
    keys: dict[str, str] = {}
    for num in root.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None or ref.get(f"{_W}val") not in abstract:
            continue
        own = {k: _Level(v.start, v.fmt, v.text) for k, v in abstract[ref.get(f"{_W}val")].items()}
        for override in num.findall(f"{_W}lvlOverride"):
            start = override.find(f"{_W}startOverride")
            k = int_or(override.get(f"{_W}ilvl"), 0)
            if start is not None and k in own:
                own[k].start = int_or(start.get(f"{_W}val"), own[k].start)
        num_id = num.get(f"{_W}numId", "")
        levels[num_id] = own
        overridden = num.find(f"{_W}lvlOverride") is not None
        keys[num_id] = f"num:{num_id}" if overridden else f"abstract:{ref.get(f'{_W}val')}"
    return Numbering(levels, keys=keys)


def _levels(abstract) -> dict[int, _Level]:
    found = {}
    for lvl in abstract.findall(f"{_W}lvl"):
        start, fmt, text = lvl.find(f"{_W}start"), lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText")
        found[int_or(lvl.get(f"{_W}ilvl"), 0)] = _Level(
            int_or(start.get(f"{_W}val") if start is not None else None, 1),
            fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
            text.get(f"{_W}val", "") if text is not None else "",
        )
    return found


def int_or(value: str | None, default: int) -> int:
    """``value`` read as an integer, else ``default`` (an attribute absent or malformed)."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
