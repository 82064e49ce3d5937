"""Round 49 askgate: each group's figures as `ask` answered when bench/ask_features.py collected its rows, for two
code revisions side by side (before → after).

Per group: right + cited (an abstention on an unanswerable question counts, as eval_ask's accuracy), answered right
of the answerable, withheld right (class c), wrong span (class b), wrong answers shown at confidence >= 0.8,
unanswerable abstained. Reads the cache only (it asks nothing): collect both revisions first.

    PYTHONPATH=src .venv/bin/python bench/askgate_figures.py --before REV --after REV --db build/corpus.db \\
        --group-db redteam44=build/rt44.db … [--before-dir DIR] [GROUP …]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import fit_ask as F  # noqa: E402

CONFIDENT = 0.8  # a wrong answer shown at this confidence or more is counted apart (issue #12: none allowed)
KEYS = ("right", "answered", "withheld", "span", "wrong08", "abstained", "unanswerable", "n")


def figures(rows: list[dict]) -> dict[str, int]:
    """One group's figures from its rows (``shown``, ``shown_right``, ``confidence``, ``outcome`` as collected)."""
    un = [r for r in rows if not r["answerable"]]
    return {"right": sum(bool(r["shown_right"]) for r in rows),
            "answered": sum(r["outcome"] == "right" for r in rows if r["answerable"]),
            "withheld": sum(r["outcome"] == "c withheld" for r in rows),
            "span": sum(r["outcome"] == "b wrong span" for r in rows),
            "wrong08": sum(r["shown"] is not None and not r["shown_right"] and r["confidence"] >= CONFIDENT
                           for r in rows),
            "abstained": sum(r["shown"] is None for r in un), "unanswerable": len(un), "n": len(rows)}


def show(v: dict[str, int]) -> str:
    return (f"{v['right']}/{v['n']} · {v['answered']} · c {v['withheld']} · b {v['span']} · ≥0.8 wrong {v['wrong08']}"
            f" · {v['abstained']}/{v['unanswerable']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--before-dir", type=Path, help="the before rows' cache, when not --cache-dir (ask_features "
                        "removes a group's rows under another revision when it asks the group again: copy them first)")
    parser.add_argument("--before", required=True, help="code revision of the rows before (ask_features prints it)")
    parser.add_argument("--after", required=True, help="… and after")
    args = parser.parse_args()
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    chosen = ask_features.groups(group_dbs, args.db, args.groups or None)
    before = ask_features.Cache(args.before_dir or args.cache_dir, revision=args.before)
    after = ask_features.Cache(args.cache_dir, revision=args.after)
    totals = {"before": dict.fromkeys(KEYS, 0), "after": dict.fromkeys(KEYS, 0)}
    print("group: right+cited · answered right · withheld right (c) · wrong span (b) · wrong at >= 0.8 · "
          "unanswerable abstained, before -> after")
    for g, (files, db) in chosen.items():
        if not (before.path(g, files, db).exists() and after.path(g, files, db).exists()):
            print(f"{g}: not cached under both revisions")
            continue
        b, a = figures(before.rows(g, files, db)), figures(after.rows(g, files, db))
        for k in KEYS:
            totals["before"][k] += b[k]
            totals["after"][k] += a[k]
        print(f"{g}: {show(b)} -> {show(a)}{'' if a == b else '  *'}", flush=True)
    print(f"ALL: {show(totals['before'])} -> {show(totals['after'])}")


if __name__ == "__main__":
    main()
