"""Where the never-examined stating sentences ("a1") would be lost under retrieval variants (`ask_reach.reach`).

Reads an ``ask_classes.py --dump``; for every a1 question, the step that loses its stating sentence with the shipped
tables and with each variant (``TABLE.key=value``, several joined by ``,`` for one variant), counted per step. A
variant that retrieves more reaches more stating sentences only when they then pass the floor, the gap and the
depth; "examined" also counts sentences examined that made no ranked candidate.

    .venv/bin/python bench/ask_reach_variants.py DUMP.jsonl RETRIEVAL.before=2 RETRIEVAL.before=4 [--db DB] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_changed  # noqa: E402
import ask_classes  # noqa: E402
import ask_reach  # noqa: E402
import eval_ask  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("variants", nargs="+", help="TABLE.key=value[,TABLE.key=value…]")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every stating sentence a variant examines")
    args = parser.parse_args()
    from vitrina.store import connect_readonly

    items = {(Path(f).stem, it["id"]): it for f in map(str, ask_classes.SETS) for it in eval_ask.load_questions((f,))}
    lost = [r for r in map(json.loads, args.dump.open(encoding="utf-8"))
            if r.get("outcome", "").startswith("a1") and not r.get("before")]
    counts: Counter[tuple[str, str]] = Counter()
    with contextlib.closing(connect_readonly(args.db)) as conn:
        for r in lost:
            item = items[(r["set"], r["id"])]
            for variant in ["shipped", *args.variants]:
                settings = [] if variant == "shipped" else [ask_changed.setting(s) for s in variant.split(",")]
                shipped = [(table, key, table[key]) for table, key, _value in settings]
                for table, key, value in settings:
                    table[key] = value
                try:
                    step = ask_reach.reach(conn, item)[0]
                finally:
                    for table, key, value in shipped:
                        table[key] = value
                counts[(variant, step)] += 1
                if args.verbose and step == "examined" and variant != "shipped":
                    print(f"  {variant}: {r['set']} {r['id']} {item['question']}", flush=True)
    print(f"{len(lost)} questions whose stating sentence was not examined")
    for variant in ["shipped", *args.variants]:
        print(f"{variant}: " + ", ".join(f"{step} {counts[(variant, step)]}" for step in ask_reach.STEPS
                                         if counts[(variant, step)]))


if __name__ == "__main__":
    main()
