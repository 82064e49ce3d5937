"""Ask every question of some sets and keep, per question, what a before/after comparison needs.

One JSON line per question: set, id, answerable, ok (eval_ask's judgement: right answer with the right citation,
or an abstention on an unanswerable question), shown answer, confidence, and the texts of the sentences that
gave a ranked candidate (so that a later change whose effect is confined to some sentences can be asked again on
the questions it can reach only).

    PYTHONPATH=src python bench/ask_run_dump.py SET.jsonl [...] --db DB --out OUT.jsonl [--only IDS.txt]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", type=Path, help="a file of 'set id' lines: ask only those questions")
    parser.add_argument("--set", dest="settings", action="append", default=[],
                        help="TABLE.key=value: a setting of a vitrina.qa.weights table for this run")
    args = parser.parse_args()
    import ask_changed

    for table, key, value in map(ask_changed.setting, args.settings):
        table[key] = value
    from vitrina.ask import ask
    from vitrina.store import connect_readonly

    only = None
    if args.only:
        only = {tuple(line.split()[:2]) for line in args.only.read_text().splitlines() if line.strip()}
    with contextlib.closing(connect_readonly(args.db)) as conn, args.out.open("w", encoding="utf-8") as out:
        for name in args.files:
            for item in eval_ask.load_questions((name,)):
                if only is not None and (Path(name).stem, item["id"]) not in only:
                    continue
                result = ask(conn, item["question"], explain=True)
                ok = eval_ask.answer_ok(result["answer"], item) and (
                    result["answer"] is None or eval_ask.citation_ok(result, item))
                texts = sorted({m["text"] for c in result.get("ranked", []) for m in c["members"]})
                out.write(json.dumps({"set": Path(name).stem, "id": item["id"],
                                      "answerable": item["answer"] is not None, "ok": bool(ok),
                                      "shown": result["answer"], "confidence": result["confidence"],
                                      "sentences": texts}) + "\n")
                out.flush()


if __name__ == "__main__":
    main()
