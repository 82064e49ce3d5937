"""Two `ask_classes.py --dump` files of the same questions side by side: per group and pooled.

For each file of the dumps, and pooled over the groups no shipped table saw (``ask_v26`` and later), the others
(dev … ``ask_v25``) and all: the stating sentence examined, a right cited candidate reached, right + cited,
answerable answered right, unanswerable abstained and shown at >= 0.8 and wrong, before → after.

    .venv/bin/python bench/ask_dump_compare.py BEFORE.jsonl AFTER.jsonl [--markdown]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_changed  # noqa: E402
import ask_unexamined  # noqa: E402

KEYS = ("examined", "reached", "right_cited", "answered_right", "abstained", "confident_wrong")


def load(path: Path) -> dict[str, list[dict]]:
    """The dump's records by file (set), in the order met."""
    out: dict[str, list[dict]] = {}
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if not r.get("before"):
            out.setdefault(r["set"], []).append(r)
    return out


def row(label: str, before: list[dict], after: list[dict]) -> str:
    a, b = ask_changed.figures(before), ask_changed.figures(after)
    cells = [f"{a[k]} → {b[k]}" for k in KEYS]
    return (f"| {label} | {a['questions']} ({a['answerable']}/{a['unanswerable']}) | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before, after = load(args.before), load(args.after)
    missing = set(before) ^ set(after)
    if missing:
        raise SystemExit(f"the dumps hold different files: {sorted(missing)}")
    print("| group | questions (answerable/unanswerable) | stating sentence examined | right cited candidate "
          "reached | right + cited | answered right | unanswerable abstained | shown wrong at ≥ 0.8 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    pooled: dict[str, tuple[list[dict], list[dict]]] = {"fitted": ([], []), "unseen": ([], []), "all": ([], [])}
    for name in before:
        print(row(name, before[name], after[name]))
        for key in (ask_unexamined.group(name), "all"):
            pooled[key][0].extend(before[name])
            pooled[key][1].extend(after[name])
    labels = {"fitted": "dev … ask_v25 (pooled)", "unseen": "ask_v26 … (pooled, no shipped table saw them)",
              "all": "all (pooled)"}
    for key, (b, a) in pooled.items():
        print(row(f"**{labels[key]}**", b, a))


if __name__ == "__main__":
    main()
