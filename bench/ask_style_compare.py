"""Two `ask_classes.py --dump` files compared by the writers' question styles (round 58 askv58).

Each set whose ``bench/annotations/ask-docs-vN/style_tags.json`` tags its questions by style ("age", "how often",
"compare", "origin", "promise", "members", …) is counted per style: right + cited before → after, of the questions
the style tags; a last line pools each style over the sets. Sets without a tag file are left out.

    .venv/bin/python bench/ask_style_compare.py BEFORE.jsonl AFTER.jsonl [--styles age,promise]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def right_cited(path: Path) -> dict[tuple[str, str], bool]:
    """(set, question id) -> right + cited, from a dump (its first record of each question)."""
    out: dict[tuple[str, str], bool] = {}
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        out.setdefault((r["set"], r["id"]), bool(r["ok"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--styles", default="", help="comma-separated styles to print (default: every style)")
    args = parser.parse_args()
    before, after = right_cited(args.before), right_cited(args.after)
    wanted = {s for s in args.styles.split(",") if s}
    pooled: Counter[tuple[str, str]] = Counter()
    for name in sorted({s for s, _i in before}, key=lambda n: int(n.rsplit("v", 1)[-1]) if n[-1].isdigit() else 0):
        tags_file = ROOT / "bench/annotations" / f"ask-docs-{name.removeprefix('ask_')}" / "style_tags.json"
        if not tags_file.exists():
            continue
        tags = json.loads(tags_file.read_text(encoding="utf-8"))
        counts: Counter[tuple[str, str]] = Counter()
        for qid, styles in tags.items():
            key = (name, qid)
            if key not in before or key not in after:
                continue
            for style in styles:
                if wanted and style not in wanted:
                    continue
                counts[(style, "n")] += 1
                counts[(style, "before")] += before[key]
                counts[(style, "after")] += after[key]
        pooled.update(counts)
        cells = [f"{s} {counts[(s, 'before')]} → {counts[(s, 'after')]}/{counts[(s, 'n')]}"
                 for s in sorted({s for s, _k in counts})]
        print(f"{name}: " + "; ".join(cells))
    cells = [f"{s} {pooled[(s, 'before')]} → {pooled[(s, 'after')]}/{pooled[(s, 'n')]}"
             for s in sorted({s for s, _k in pooled})]
    print("pooled: " + "; ".join(cells))


if __name__ == "__main__":
    main()
