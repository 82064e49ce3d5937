"""A ``LEXICAL`` switch of `ask` off and on, question by question, in one process (round 57 askv57).

Each question of the files is asked with the switch 0 and 1, the order alternated from one question to the next (as
bench/ask_cpu_ab.py does), without ``explain``; ``--reached`` keeps only the questions the named predicate (a
``module:function`` taking the analysed question) reaches, since the others are unchanged by construction. Writes
one JSON line per question (both sides' right + cited, shown answer, confidence, ``cpu_ms``) and prints, per set,
right + cited, unanswerable abstained, wrong shown and wrong at >= 0.8 off -> on, the changed questions, and the CPU
per question of each side.

    PYTHONPATH=src .venv/bin/python bench/ask_switch_ab.py FILE.jsonl ... --db DB --switch quoted_name \
        --reached vitrina.qa.quoted_name:asked --out OUT.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402


def side(conn, item: dict) -> dict:
    """One `ask` of the item: right + cited, the shown answer, its confidence and the CPU time."""
    from vitrina.ask import ask

    started = time.process_time()
    result = ask(conn, item["question"])
    cpu_ms = round((time.process_time() - started) * 1000, 1)
    ok = eval_ask.answer_ok(result["answer"], item) and (result["answer"] is None or eval_ask.citation_ok(result, item))
    return {"ok": ok, "shown": result["answer"], "confidence": result["confidence"], "cpu_ms": cpu_ms}


def report(rows: list[dict]) -> None:
    """Per set and in all: right + cited, abstentions, wrong shown (at >= 0.8) off -> on; CPU p50 / p95 / mean."""
    by_set: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_set[row["set"]].append(row)
    cpu: dict[str, list[float]] = {"off": [], "on": []}
    for name, group in by_set.items():
        c: Counter[str] = Counter()
        for row in group:
            for s in ("off", "on"):
                r = row[s]
                c[f"{s} ok"] += r["ok"]
                c[f"{s} abstained"] += r["ok"] and row["answer"] is None
                c[f"{s} wrong"] += r["shown"] is not None and not r["ok"]
                c[f"{s} high"] += r["shown"] is not None and not r["ok"] and r["confidence"] >= 0.8
                cpu[s].append(r["cpu_ms"])
        changed = [f"{row['id']} {'+' if row['on']['ok'] else '-'}{row['on']['shown']!r} ({row['on']['confidence']})"
                   for row in group if row["on"]["ok"] != row["off"]["ok"] or row["on"]["shown"] != row["off"]["shown"]]
        print(f"{name}: {len(group)} questions; right + cited {c['off ok']} -> {c['on ok']}; unanswerable abstained "
              f"{c['off abstained']} -> {c['on abstained']}; wrong shown {c['off wrong']} -> {c['on wrong']} "
              f"(>= 0.8 {c['off high']} -> {c['on high']})" + ("; " + "; ".join(changed) if changed else ""))
    for s, times in cpu.items():
        if times:
            v = sorted(times)
            print(f"cpu {s}: p50 {statistics.median(v):.0f} ms, p95 {v[min(len(v) - 1, int(0.95 * len(v)))]:.0f} ms, "
                  f"mean {statistics.mean(v):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--switch", required=True, help="a key of vitrina.qa.weights.LEXICAL")
    parser.add_argument("--reached", help="module:function of the analysed question (only the questions it reaches)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    from vitrina.qa.question import analyse
    from vitrina.qa.weights import LEXICAL
    from vitrina.store import connect_readonly

    reached = None
    if args.reached:
        module, _, name = args.reached.partition(":")
        reached = getattr(importlib.import_module(module), name)
    rows = []
    with contextlib.closing(connect_readonly(args.db)) as conn, args.out.open("w", encoding="utf-8") as out:
        for name in args.files:
            for j, item in enumerate(eval_ask.load_questions((name,))):
                LEXICAL[args.switch] = 1
                if reached is not None and not reached(analyse(item["question"])):
                    continue
                row = {"set": Path(name).stem, "id": item["id"], "question": item["question"], "answer": item["answer"]}
                for on in ((0, 1) if j % 2 else (1, 0)):
                    LEXICAL[args.switch] = on
                    row["on" if on else "off"] = side(conn, item)
                out.write(json.dumps(row) + "\n")
                rows.append(row)
    report(rows)


if __name__ == "__main__":
    main()
