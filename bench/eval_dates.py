"""Evaluate find_dates against the <date> markup of the milestones TEI corpus.

For every ``<date when=...>`` or ``<date from=... to=...>`` the containing
block (``p``, ``head``, ...) is flattened to plain text (markup stripped,
whitespace normalised) and ``find_dates`` is run on it. A tagged date is

* recalled (extent) if a found date overlaps its text span;
* recalled (value) if such a date also has exactly the tag's value
  (``when``, or ``from/to``);
* recalled (compatible) if the found value agrees under a different but
  legitimate convention: the tag gives only the start of a written range
  ("1793–1794" tagged ``when="1793"``) or a decade by its first year
  ("1930s" tagged ``1930``; we say ``193X``).

Then the seed exhibit text is scanned and every found date is printed with
context, for eyeballing precision.

Run: ``.venv/bin/python bench/eval_dates.py [--corpus DIR] [--seed FILE] [-v]``
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vitrina.extract.dates import find_dates  # noqa: E402
from vitrina.extract.edtf_text import MONTH_RE  # noqa: E402

SHARED = ROOT.parent / "shared"
TEI = "{http://www.tei-c.org/ns/1.0}"
BLOCK_TAGS = {f"{TEI}{t}" for t in ("p", "head", "item", "cell", "quote", "note", "l")}


@dataclass
class Tagged:
    file: str
    text: str  # block plain text
    start: int
    end: int
    value: str

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]


def flatten(block: etree._Element) -> tuple[str, dict[etree._Element, tuple[int, int]]]:
    """Plain text of ``block`` and the raw spans of its <date> descendants."""
    parts: list[str] = []
    spans: dict[etree._Element, tuple[int, int]] = {}
    length = 0

    def add(text: str | None) -> None:
        nonlocal length
        if text:
            parts.append(text)
            length += len(text)

    def walk(node: etree._Element) -> None:
        add(node.text)
        for child in node:
            start = length
            if isinstance(child.tag, str):
                walk(child)
                if child.tag == f"{TEI}date":
                    spans[child] = (start, length)
            add(child.tail)

    walk(block)
    return _normalise("".join(parts), spans)


def _normalise(raw: str, spans: dict) -> tuple[str, dict]:
    """Collapse whitespace runs to one space and strip; remap the spans."""
    out: list[str] = []
    new_offset = [0] * (len(raw) + 1)
    prev_space = True
    for i, ch in enumerate(raw):
        new_offset[i] = len(out)
        if ch.isspace():
            if not prev_space:
                out.append(" ")
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
    new_offset[len(raw)] = len(out)
    text = "".join(out).rstrip()
    remapped = {}
    for el, (s, e) in spans.items():
        ns, ne = new_offset[s], min(new_offset[e], len(text))
        while ns < ne and text[ns].isspace():
            ns += 1
        while ne > ns and text[ne - 1].isspace():
            ne -= 1
        remapped[el] = (ns, ne)
    return text, remapped


def tag_value(el: etree._Element) -> str | None:
    if el.get("when"):
        return el.get("when")
    if el.get("from") and el.get("to"):
        return f"{el.get('from')}/{el.get('to')}"
    return None


def tagged_dates(corpus: Path) -> list[Tagged]:
    items = []
    for path in sorted(corpus.glob("*.xml")):
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        blocks = {}
        for el in tree.iter(f"{TEI}date"):
            block = next((a for a in el.iterancestors() if a.tag in BLOCK_TAGS), None)
            value = tag_value(el)
            if block is None or value is None:
                continue
            if block not in blocks:
                blocks[block] = flatten(block)
            text, spans = blocks[block]
            start, end = spans[el]
            items.append(Tagged(path.name, text, start, end, value))
    return items


def compatible(found: str, tag: str) -> bool:
    """Same date under another convention (range start only, decade as year)."""
    if found == tag:
        return True
    lo, _, hi = found.partition("/")
    if re.fullmatch(r"\d{3}X", lo):  # decade: tag gives its first year
        lo = lo.replace("X", "0")
        hi = hi.replace("X", "0") if hi else ""
    tag_lo, _, tag_hi = tag.partition("/")
    return lo == tag_lo and (not tag_hi or hi.startswith(tag_hi[:3]))


def shape(surface: str) -> str:
    """A pattern label for grouping misses: "Month 9, 9999", "9999–99"."""
    label = MONTH_RE.sub("Month", surface)
    return re.sub(r"\d", "9", label)


def evaluate(corpus: Path, verbose: bool) -> dict[str, float]:
    items = tagged_dates(corpus)
    cache: dict[str, list] = {}
    extent = value = compat = 0
    misses: dict[str, list[str]] = defaultdict(list)
    for item in items:
        if item.text not in cache:
            cache[item.text] = find_dates(item.text)
        overlapping = [d for d in cache[item.text] if d.start < item.end and item.start < d.end]
        extent += bool(overlapping)
        if any(d.edtf == item.value for d in overlapping):
            value += 1
            compat += 1
            continue
        if any(compatible(d.edtf, item.value) for d in overlapping):
            compat += 1
        got = ", ".join(f"{item.text[d.start : d.end]!r}={d.edtf}" for d in overlapping)
        ctx = item.text[max(0, item.start - 40) : item.end + 40]
        misses[shape(item.surface)].append(
            f"{item.file}: {item.surface!r} tag={item.value} found=[{got or '-'}]  …{ctx}…"
        )
    n = len(items)
    print(f"tagged dates: {n} in {len(cache)} blocks of {corpus}")
    print(f"extent recall:            {extent / n:.3f} ({extent}/{n})")
    print(f"value recall (exact):     {value / n:.3f} ({value}/{n})")
    print(f"value recall (compatible):{compat / n:.3f} ({compat}/{n})")
    found_total = sum(len(v) for v in cache.values())
    print(f"dates found in those blocks (tagged or not): {found_total}")
    print("\nmisses by pattern:")
    for label, rows in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  [{len(rows)}] {label}")
        for row in rows if verbose else rows[:3]:
            print(f"      {row}")
    return {"extent": extent / n, "value": value / n, "compatible": compat / n}


def seed_report(seed: Path) -> None:
    lines = seed.read_text(encoding="utf-8").splitlines()
    text = re.sub(r"\s+", " ", " ".join(line.strip() for line in lines)).strip()
    dates = find_dates(text)
    print(f"\nseed {seed.name}: {len(dates)} dates found in {len(text)} characters")
    for d in dates:
        ctx = text[max(0, d.start - 35) : d.start] + "[" + text[d.start : d.end] + "]"
        ctx += text[d.end : d.end + 25]
        print(f"  {d.edtf:<24} …{ctx}…")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "milestones")
    ap.add_argument("--seed", type=Path, default=SHARED / "seeds" / "000_beabee21081aa6a0.txt")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args()
    if args.corpus.is_dir():
        evaluate(args.corpus, args.verbose)
    if args.seed.is_file():
        seed_report(args.seed)


if __name__ == "__main__":
    main()
