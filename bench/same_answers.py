"""Record ask() outputs for every tuning question, or compare with a recording.

    .venv/bin/python bench/same_answers.py --db build/dev.db --out before.json
    .venv/bin/python bench/same_answers.py --db build/dev.db --compare before.json

Runs each question of tests/devset/*.jsonl and bench/annotations/ask_v*.jsonl
through ask() with an empty parse cache (as the cold latency bench does) and
keeps answer, confidence and citation; --compare exits 1 on any difference,
so a speed change can show that it leaves every answer as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def questions() -> list[str]:
    files = sorted((ROOT / "tests" / "devset").glob("*.jsonl")) + sorted((ROOT / "bench" / "annotations").glob("ask_v*.jsonl"))
    seen: dict[str, None] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line)["question"], None)
    return list(seen)


def outputs(db: Path, every: int = 1) -> dict[str, list]:
    from vitrina.ask import ask
    from vitrina.qa import parse
    from vitrina.store import connect_readonly

    result = {}
    with contextlib.closing(connect_readonly(db)) as conn:
        for question in questions()[::every]:
            parse.clear_cache()
            r = ask(conn, question)
            cited = [[c["document"], c["start"], c["end"]] for c in r.get("citations", [])]
            result[question] = [r.get("answer"), r.get("confidence"), cited]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path)
    group.add_argument("--compare", type=Path)
    parser.add_argument("--every", type=int, default=1, help="every Nth question only (a quicker check)")
    args = parser.parse_args()
    now = outputs(args.db, args.every)
    if args.out:
        args.out.write_text(json.dumps(now, indent=1, default=str), encoding="utf-8")
        print(f"{len(now)} questions recorded")
        return
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(now, default=str))
    diff = [q for q in before.keys() | now.keys() if before.get(q) != now.get(q)]
    for q in diff[:20]:
        print(f"DIFF {q!r}: {before.get(q)} -> {now.get(q)}")
    print(f"{len(now)} questions, {len(diff)} differ")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
