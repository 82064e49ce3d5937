"""`ask`'s second, wider look measured against its first in one pass: which answers the second look changes.

For every question of the files `ask` is asked once with ``DEEPER["second_look"]`` on; the looks it takes are
captured, so one call gives three records: the first look's (what the shipped code answers, both switches off),
the second look on every withheld answer (``second_look``) and the second look only when the first examined
nothing (``weak_look``: no sentence covered enough, or no candidate). The CPU time of each look is kept, so the
time per question of each setting is measured under the same load.

    .venv/bin/python bench/ask_second.py FILE.jsonl ... [--db build/dev.db] [--dump OUT.jsonl]

Prints per file and over all files the `ask_changed` figures of each setting, and the CPU time per question.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_changed  # noqa: E402
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402

from vitrina import ask as ask_module  # noqa: E402

SETTINGS = ("first", "second_look", "weak_look")


def record(name: str, item: dict, result: dict[str, Any]) -> dict:
    """The question's `ask_classes --dump` record from ``result``."""
    ok = eval_ask.answer_ok(result["answer"], item) and (result["answer"] is None or eval_ask.citation_ok(result, item))
    base = {"set": Path(name).stem, "id": item["id"], "ok": ok, "question": item["question"],
            "answer": item["answer"], "shown": result["answer"], "confidence": result["confidence"]}
    if item["answer"] is None:
        return {**base, "class": "unanswerable"}
    why, _examined, _right = ask_classes.classify(item, result)
    return {**base, "class": why, "outcome": ask_classes.outcome(item, result, ok),
            "reached": ask_classes.reached(item, result)}


def looked(kb: Any, question: str) -> tuple[list[tuple[dict, bool, float]], dict]:
    """The looks `ask` took for ``question`` (result, examined nothing, CPU seconds) and its final result."""
    looks: list[tuple[dict, bool, float]] = []
    original = ask_module._answered

    def look(*args: Any, **kwargs: Any) -> dict:
        start = time.process_time()
        out = original(*args, **kwargs)
        looks.append((dict(out), bool(out.get(ask_module.WEAK)), time.process_time() - start))
        return out
    ask_module._answered = look
    try:
        start = time.process_time()
        final = ask_module.ask(kb, question, explain=True)
        total = time.process_time() - start
    finally:
        ask_module._answered = original
    before = total - sum(t for _r, _w, t in looks)  # analysis and weights, paid by every setting
    looks = [(r, w, t + (before if i == 0 else 0.0)) for i, (r, w, t) in enumerate(looks)]
    for r, _w, _t in looks:
        r.pop(ask_module.WEAK, None)
        r.pop(ask_module.POOL, None)
    return looks, final


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--dump", type=Path, help="write every question's three records (JSONL)")
    parser.add_argument("--fresh", action="store_true", help="the second look examines only what the first did not "
                        "(DEEPER[\"fresh\"])")
    parser.add_argument("--resume", action="store_true", help="keep the dump's records, ask only the questions "
                        "it lacks (the figures printed are of those asked now)")
    args = parser.parse_args()
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    ask_module.DEEPER["second_look"] = 1
    ask_module.DEEPER["fresh"] = float(args.fresh)
    kb = as_knowledge_base(connect_readonly(args.db))
    rows: dict[str, list[dict]] = {s: [] for s in SETTINGS}
    times: dict[str, float] = dict.fromkeys(SETTINGS, 0.0)
    done = set()
    if args.resume and args.dump and args.dump.exists():
        done = {(r["first"]["set"], r["first"]["id"]) for r in map(json.loads, args.dump.open())}
    out = args.dump.open("a" if args.resume else "w") if args.dump else None
    for name in args.files:
        items = [json.loads(x) for x in Path(name).read_text().splitlines() if x.strip()]
        for item in items:
            if (Path(name).stem, item["id"]) in done:
                continue
            looks, final = looked(kb, item["question"])
            empty = {"question": item["question"], "answer": None, "confidence": 0.0, "citations": []}
            first, weak, cost = looks[0] if looks else (empty, False, 0.0)
            extra = sum(t for _r, _w, t in looks[1:])
            chosen = {"first": first, "second_look": final, "weak_look": final if weak else first}
            spent = {"first": cost, "second_look": cost + extra, "weak_look": cost + (extra if weak else 0.0)}
            line = {}
            for s in SETTINGS:
                line[s] = record(name, item, chosen[s])
                rows[s].append(line[s])
                times[s] += spent[s]
            second = {}
            if len(looks) > 1:  # the second look's own result, shown or withheld: its best candidate
                own = looks[1][0]
                second = {**record(name, item, own), "candidate": own.get("candidate")}
            if out:
                out.write(json.dumps({**line, "weak": weak, "seconds": spent, "second_raw": second}) + "\n")
                out.flush()
    for s in SETTINGS:
        print(f"== {s}: CPU {1000 * times[s] / max(1, len(rows[s])):.1f} ms per question")
        by_file: dict[str, list[dict]] = {}
        for r in rows[s]:
            by_file.setdefault(r["set"], []).append(r)
        for name, group in by_file.items():
            print(ask_changed.line(name, ask_changed.figures(group), Counter(r.get("outcome", "") for r in group)))
        print(ask_changed.line("all", ask_changed.figures(rows[s]), Counter(r.get("outcome", "") for r in rows[s])))


if __name__ == "__main__":
    main()
