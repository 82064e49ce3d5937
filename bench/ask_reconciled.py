"""Round 35: ask's answers to the questions whose sources may disagree (a date, an amount, a place: ``ask.RECONCILED``),
before and after the disagreement became an answer (red team D10), in one process on one database. Only these
questions can change (the other kinds never reach ``_reconcile``), so every other question's figures stand.

    PYTHONPATH=src .venv/bin/python bench/ask_reconciled.py --db DB [FILE.jsonl ...] [-v]

"Before" is the shipped code with only dates and amounts reconciled and the gate reading the rivals apart.
Prints per set and in all: questions of these kinds, right with the right citation, wrong shown at confidence >= 0.8.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402

from vitrina import ask as ask_module  # noqa: E402
from vitrina.qa.question import analyse  # noqa: E402


def _before() -> None:
    ask_module.RECONCILED = ("date", "quantity")
    ask_module._joined = lambda pooled, top, rival: pooled  # the gate reads the rivals apart, as before


def _after(shipped: tuple, joined) -> None:
    ask_module.RECONCILED, ask_module._joined = shipped, joined


def _score(conn, items: list[dict]) -> tuple[int, int, list[str]]:
    right = wrong = 0
    changed = []
    for item in items:
        r = ask_module.ask(conn, item["question"])
        ok = eval_ask.answer_ok(r["answer"], item) and (
            eval_ask.citation_ok(r, item) if r["answer"] is not None else item["answer"] is None)
        right += ok
        wrong += r["answer"] is not None and r["confidence"] >= 0.8 and not ok
        changed.append(f"{r['answer']!r} {r['confidence']} {'ok' if ok else 'x'}")
    return right, wrong, changed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--db", required=True)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    files = a.files or [str(p) for p in ask_classes.SETS]
    conn = sqlite3.connect(a.db)
    shipped, joined = ask_module.RECONCILED, ask_module._joined
    total = [0, 0, 0, 0, 0]
    for name in files:
        items = [i for i in eval_ask.load_questions((name,)) if analyse(i["question"]).expects in shipped]
        _before()
        rb, wb, shown_b = _score(conn, items)
        _after(shipped, joined)
        ra, wa, shown_a = _score(conn, items)
        print(f"{Path(name).stem}: {len(items)} questions; right+cited {rb} -> {ra}; wrong >= 0.8 {wb} -> {wa}",
              flush=True)
        if a.v:
            for item, b, c in zip(items, shown_b, shown_a, strict=True):
                if b != c:
                    print(f"  {item['id']} {item['question']!r} expected {item['answer']!r}: {b} -> {c}")
        for k, v in enumerate((len(items), rb, ra, wb, wa)):
            total[k] += v
    print(f"all: {total[0]} questions; right+cited {total[1]} -> {total[2]}; wrong >= 0.8 {total[3]} -> {total[4]}")


if __name__ == "__main__":
    main()
