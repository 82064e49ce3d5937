"""Census of the date and place questions (``Question.expects``) of ask question files: each asked once with
``explain``, one JSON line per question with its answer, confidence, whether it is right and cited
(bench/eval_ask.py's scoring) and the evidence (``missing_event``, ``act_missing``, ``denied_premise``).
Round 46 (askpremise) measured which shown answers a withheld "asked act missing" would cost with it.

    PYTHONPATH=src .venv/bin/python bench/ask_act_census.py DB OUT.jsonl FILE.jsonl [...] [--all]

``--all`` asks every question, not only the date and place ones.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_ask import answer_ok, citation_ok  # noqa: E402

from vitrina.ask import ask  # noqa: E402
from vitrina.qa.question import analyse  # noqa: E402
from vitrina.store import connect_readonly  # noqa: E402


def main(argv: list[str]) -> None:
    db, out, *files = argv
    every = "--all" in files
    files = [f for f in files if f != "--all"]
    with contextlib.closing(connect_readonly(Path(db))) as conn, open(out, "w", encoding="utf-8") as fh:
        for name in files:
            for line in Path(name).read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                if not every and analyse(item["question"]).expects not in ("date", "place"):
                    continue
                r = ask(conn, item["question"], explain=True)
                ok = answer_ok(r["answer"], item)
                cite = citation_ok(r, item) if r["answer"] is not None else item["answer"] is None
                evidence = r.get("evidence", {})
                fh.write(json.dumps({"set": Path(name).stem, "id": item["id"], "q": item["question"],
                                     "truth": item["answer"], "answer": r["answer"], "conf": r["confidence"],
                                     "right": bool(ok and cite), "me": evidence.get("missing_event"),
                                     "ev": evidence, "cand": r.get("candidate")}) + "\n")
                fh.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
