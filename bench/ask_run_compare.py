"""Compare two runs of `bench/ask_run_dump.py` (before, after) set by set.

Per set: answerable questions answered right (answer and citation), unanswerable ones abstained, wrong answers
shown at confidence >= 0.8; then every question whose judgement or shown answer changed.

    python bench/ask_run_compare.py --before A.jsonl [B.jsonl ...] --after C.jsonl [D.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CONFIDENT = 0.8


def _read(paths: list[Path]) -> dict[tuple[str, str], dict]:
    return {(row["set"], row["id"]): row for p in paths for line in p.read_text(encoding="utf-8").splitlines()
            if line.strip() for row in [json.loads(line)]}


def _tally(rows: list[dict]) -> tuple[int, int, int, int, int]:
    """(answerable right, answerable, unanswerable abstained, unanswerable, wrong shown at >= CONFIDENT)."""
    right = sum(r["ok"] for r in rows if r["answerable"])
    abstained = sum(r["ok"] for r in rows if not r["answerable"])
    wrong = sum(1 for r in rows if not r["ok"] and r["shown"] is not None and (r["confidence"] or 0) >= CONFIDENT)
    answerable = sum(r["answerable"] for r in rows)
    return right, answerable, abstained, len(rows) - answerable, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", nargs="+", type=Path, required=True)
    parser.add_argument("--after", nargs="+", type=Path, required=True)
    args = parser.parse_args()
    before, after = _read(args.before), _read(args.after)
    keys = [k for k in before if k in after]
    sets = sorted({s for s, _i in keys}, key=lambda s: (not s.startswith("ask_v"), int(s[5:]) if s[5:].isdigit() else 0, s))
    totals = [0, 0, 0, 0]
    print("set | answered right (of answerable) | unanswerable abstained | wrong at >= 0.8 | questions compared")
    for name in sets:
        b = _tally([before[k] for k in keys if k[0] == name])
        a = _tally([after[k] for k in keys if k[0] == name])
        totals = [totals[0] + b[0], totals[1] + a[0], totals[2] + b[4], totals[3] + a[4]]
        print(f"{name} | {b[0]} -> {a[0]} (of {b[1]}) | {b[2]} -> {a[2]} (of {b[3]}) | {b[4]} -> {a[4]} | "
              f"{sum(1 for k in keys if k[0] == name)}")
    print(f"all | {totals[0]} -> {totals[1]} | | {totals[2]} -> {totals[3]} |")
    for k in keys:
        b, a = before[k], after[k]
        if b["ok"] != a["ok"] or b["shown"] != a["shown"]:
            print(f"  {k[0]} {k[1]}: {'right' if b['ok'] else 'wrong'} -> {'right' if a['ok'] else 'wrong'}; "
                  f"{b['shown']!r} ({b['confidence'] or 0:.2f}) -> {a['shown']!r} ({a['confidence'] or 0:.2f})")


if __name__ == "__main__":
    main()
