"""`ask`'s CPU time per question with the shipped tables and with a variant, under the same load.

Each question is asked once with each setting, the order alternated from one question to the next (so neither
side always meets the other's warm parse cache); prints mean, p50 and p95 of each side.

    .venv/bin/python bench/ask_cpu_ab.py FILE.jsonl [FILE.jsonl ...] --db DB --set REFER.on=0
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_changed  # noqa: E402
import eval_ask  # noqa: E402


def summary(name: str, times: list[float]) -> str:
    v = sorted(times)
    n = len(v)
    return (f"{name}: {n} questions, mean {1000 * sum(v) / n:.1f} ms, p50 {1000 * v[n // 2]:.1f} ms, "
            f"p95 {1000 * v[min(n - 1, int(n * 0.95))]:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--set", dest="settings", action="append", default=[], help="TABLE.key=value")
    args = parser.parse_args()
    from vitrina.ask import ask
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    variant = [ask_changed.setting(s) for s in args.settings]
    shipped = [(table, key, table[key]) for table, key, _value in variant]
    questions = [item["question"] for item in eval_ask.load_questions(tuple(args.files))]
    times: dict[str, list[float]] = {"shipped": [], "variant": []}
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for i, question in enumerate(questions):
            for side in (("shipped", "variant") if i % 2 else ("variant", "shipped")):
                for table, key, value in (variant if side == "variant" else shipped):
                    table[key] = value
                start = time.process_time()
                ask(kb, question)
                times[side].append(time.process_time() - start)
    for table, key, value in shipped:
        table[key] = value
    print(summary("shipped", times["shipped"]))
    print(summary("variant " + " ".join(args.settings), times["variant"]))
    print(json.dumps({side: round(1000 * sum(t) / max(1, len(t)), 1) for side, t in times.items()}))


if __name__ == "__main__":
    main()
