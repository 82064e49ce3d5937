"""eval_ask's right + cited (and answered wrong at >= 0.8) per ask group, on the questions listed in IDS (lines
"group<TAB>id", as bench/redask_reach.py writes them); one JSON line per question to --dump.

    PYTHONPATH=src python bench/redask_subset.py IDS.txt --db DB --dump OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ids", type=Path)
    ap.add_argument("--db", required=True)
    ap.add_argument("--dump", type=Path, required=True)
    args = ap.parse_args()
    wanted = defaultdict(set)
    for line in args.ids.read_text(encoding="utf-8").splitlines():
        group, qid = line.split("\t")
        wanted[group].add(qid)
    conn = sqlite3.connect(args.db)
    with args.dump.open("w", encoding="utf-8") as out:
        for name in ask_classes.SETS:
            items = [json.loads(x) for x in name.read_text(encoding="utf-8").splitlines() if x.strip()]
            items = [i for i in items if i["id"] in wanted.get(name.stem, ())]
            if not items:
                continue
            rows = eval_ask.answer_rows(conn, items)
            for r in rows:
                res = r["result"]
                out.write(json.dumps({"group": name.stem, "id": r["item"]["id"], "ok": r["ok"] and r["cite"],
                                      "answer": res["answer"], "confidence": res["confidence"],
                                      "wrong_confident": res["answer"] is not None and not r["ok"]
                                      and res["confidence"] >= 0.8}) + "\n")
            print(name.stem, sum(r["ok"] and r["cite"] for r in rows), "/", len(rows), flush=True)


if __name__ == "__main__":
    main()
