"""The gold title of every exhibit file beside the title section each reader finds, and the heading
blocks under it (a deck kept apart): the evidence for the subtitle convention (docs/structure.md,
"Round 33").

    python bench/title_census.py [--formats pdf,html]

One line per file: OK (the found title section is the gold title), SUB (one is the start of the
other: a deck joined by one and not the other) or DIF (another section comes first).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402
import layoutsets  # noqa: E402


def census_line(set_name: str, stem: str, fmt: str, doc, gold_title: str) -> str:
    found = layoutscore.norm(doc.sections[0].title) if doc.sections else ""
    first = doc.sections[0].id if doc.sections else None
    heads = [layoutscore.norm(doc.text[b.start:b.end]) for b in doc.blocks
             if b.kind == "heading" and b.section == first][1:3]
    mark = "OK " if found == gold_title else ("SUB" if gold_title.startswith(found) or found.startswith(gold_title)
                                               else "DIF")
    return f"{mark} {set_name:13} {stem[:24]:24} {fmt:5} gold={gold_title[:70]!r} found={found[:70]!r} heads={heads}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--formats", default=None, help="comma-separated formats (default: all)")
    args = parser.parse_args()
    formats = set(args.formats.split(",")) if args.formats else None
    for folder in sorted(p for p in layoutsets.EXHIBITS.iterdir() if p.is_dir()):
        for gold_path in sorted(folder.glob("*.json")):
            gold_title = layoutscore.norm(json.loads(gold_path.read_text(encoding="utf-8")).get("title"))
            for suffix, fmt in layoutsets.FORMATS.items():
                path = gold_path.with_suffix(suffix)
                if path.exists() and (formats is None or fmt in formats):
                    doc = layoutscore.read_document(path, fmt)
                    print(census_line(folder.name, gold_path.stem, fmt, doc, gold_title))


if __name__ == "__main__":
    main()
