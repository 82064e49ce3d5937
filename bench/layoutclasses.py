"""Count structure failure classes over the hand-laid sets, per set and format.

    python bench/layoutclasses.py [SET …] [--show CLASS] [--formats text]

Each gold paragraph, section and caption that the reader did not reproduce is put in one
class by comparing texts: paragraphs *merged* (a found paragraph holds two or more gold
paragraphs), *split* (a gold paragraph holds two or more found ones), *heading glued* (a
found paragraph starts with a gold heading), *caption in body* (a found paragraph holds a
gold caption), *running in body* (a running header/footer inside a found block), *text
differs* (same paragraph, different words: hyphenation, a dropped line); sections *missing*
(a gold heading not found as a section), *extra* (a section the gold lacks), *label*
(same title, other label); captions *missing*, *position* (found, other position label),
*merged* (the caption text runs on into other text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402
import layoutsets  # noqa: E402


def _paragraph_classes(gold: list[str], found: list[str], headings: list[str],
                       captions: list[str]) -> list[tuple[str, str]]:
    out = []
    missing = [p for p in gold if p not in found]
    extra = [f for f in found if f not in gold]
    for f in extra:
        inside = [g for g in gold if g and g in f]
        if len(inside) >= 2:
            out.append(("para merged", f))
        elif any(h and f.startswith(h) and f != h for h in headings):
            out.append(("para heading glued", f))
        elif any(c and c in f for c in captions):
            out.append(("para caption in body", f))
    merged_parts = {g for f in extra for g in gold if g and g in f}
    for g in missing:
        if g in merged_parts:
            continue
        parts = [f for f in found if f and f in g]
        if len(parts) >= 2:
            out.append(("para split", g))
        elif parts or any(g[:40] in f or g[-40:] in f for f in found):
            out.append(("para text differs", g))
        else:
            out.append(("para lost/other", g))
    return out


def classify(doc, gold: dict) -> list[tuple[str, str]]:
    g = layoutscore.gold_parts(gold)
    f = layoutscore.found_parts(doc, gold)
    headings = [t for _, t in g["sections"] if t]
    captions = [t for t, _ in g["captions"]]
    out = _paragraph_classes(g["paragraphs"], f["paragraphs"], headings, captions)
    found_titles = {t: lab for lab, t in f["sections"]}
    for item in Counter(g["sections"]) - Counter(f["sections"]):
        label, title = item
        out.append(("sect label" if title in found_titles else "sect missing", str(item)))
    gold_titles = {t for _, t in g["sections"]}
    for item in Counter(f["sections"]) - Counter(g["sections"]):
        if item[1] not in gold_titles:
            out.append(("sect extra", str(item)))
    found_caps = {t: p for t, p in f["captions"]}
    for text, pos in Counter(g["captions"]) - Counter(f["captions"]):
        if text in found_caps:
            out.append(("cap position", f"{text[:60]} {pos!r} vs {found_caps[text]!r}"))
        elif any(text in t for t in found_caps):
            out.append(("cap merged", text))
        elif any(t in text for t in found_caps if t):
            out.append(("cap cut", text))
        else:
            out.append(("cap missing", text))
    for text, credit in Counter(g["credits"]) - Counter(f["credits"]):
        if text in found_caps:
            out.append(("credit missed", f"{text[:50]} | {credit}"))
    running = [layoutscore.norm(r) for r in gold.get("running", []) if len(layoutscore.norm(r)) > 3]
    for b in doc.blocks:
        # (a credit naming the institution the running footer names is no running text)
        if b.kind not in ("heading", "credit") and any(r in layoutscore.norm(doc.text[b.start:b.end]) for r in running):
            out.append(("running in body", doc.text[b.start:b.end][:80]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--show", default=None, help="print the items of classes containing this")
    parser.add_argument("--formats", default=None, help="comma-separated formats (default: all)")
    args = parser.parse_args()
    formats = set(args.formats.split(",")) if args.formats else None
    names = args.sets or sorted(p.name for p in layoutsets.EXHIBITS.iterdir() if p.is_dir())
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for name in names:
        for gold_path in sorted((layoutsets.EXHIBITS / name).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for suffix, fmt in layoutsets.FORMATS.items():
                path = gold_path.with_suffix(suffix)
                if not path.exists() or (formats is not None and fmt not in formats):
                    continue
                doc = layoutscore.read_document(path, fmt)
                for cls, item in classify(doc, gold):
                    table[(cls, fmt)][name] += 1
                    if args.show and args.show in cls:
                        print(f"[{name} {gold_path.stem} {fmt}] {cls}: {item[:300]}")
    for (cls, fmt), per_set in sorted(table.items()):
        total = sum(per_set.values())
        print(f"{cls:24} {fmt:8} total={total:3} sets={len(per_set):2} "
              + " ".join(f"{k.replace('handlaid-', 'h')}:{v}" for k, v in sorted(per_set.items())))


if __name__ == "__main__":
    main()
