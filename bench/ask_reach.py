"""The questions a reading switch reaches, asked with and without it (round 53 askctx).

A question is *reached* when `vitrina.qa.question.analyse` gives another `Question` (any field) with the variant's
settings than with all of them 0; `ask` reads the question only through that analysis and its own text, so every
other question keeps its answer and is not asked. The reached ones are asked twice on the same database and
counted per file: right + cited, answerable answered right, unanswerable abstained, shown wrong at >= 0.8.

    .venv/bin/python bench/ask_reach.py scene_frame=1,scene_evidence=1[,SCENE.absent=0.75] OUT.jsonl
        [FILE.jsonl ...] [--db build/dev.db]

A setting ``key=value`` is a `LEXICAL` switch of `vitrina.qa.weights` (0 in the base run); ``SCENE.key=value`` a value
of the `SCENE` table (its shipped value in the base run). Default files: every bench/annotations/ask_*.jsonl (the
ask_v groups in order, then the red-team groups). OUT gets one record per reached question and run.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def default_files() -> list[str]:
    found = (ROOT / "bench/annotations").glob("ask_*.jsonl")
    return [str(p) for p in sorted(found, key=lambda p: ("redteam" in p.stem, int(re.findall(r"\d+", p.stem)[-1])))]


def settings(text: str) -> dict[str, float]:
    return {k: float(v) for k, v in (kv.split("=") for kv in text.split(","))}


def apply(variant: dict[str, float], on: bool, shipped: dict[str, float]) -> None:
    from vitrina.qa import weights

    for key, value in variant.items():
        if key.startswith("SCENE."):
            weights.SCENE[key[6:]] = value if on else shipped[key[6:]]
        else:
            weights.LEXICAL[key] = value if on else 0


def fingerprint(q: Any) -> str:
    return repr(sorted((k, repr(v)) for k, v in dataclasses.asdict(q).items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", type=settings)
    parser.add_argument("out", type=Path)
    parser.add_argument("files", nargs="*")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    args = parser.parse_args()
    from vitrina.ask import ask
    from vitrina.qa import weights
    from vitrina.qa.question import analyse
    from vitrina.store import connect_readonly

    shipped = dict(weights.SCENE)
    with contextlib.closing(connect_readonly(args.db)) as conn, args.out.open("w", encoding="utf-8") as out:
        for name in args.files or default_files():
            items = eval_ask.load_questions((name,))
            reached = []
            for item in items:
                apply(args.variant, False, shipped)
                before = fingerprint(analyse(item["question"]))
                apply(args.variant, True, shipped)
                if fingerprint(analyse(item["question"])) != before:
                    reached.append(item)
            counts = {}
            for run, on in (("before", False), ("after", True)):
                apply(args.variant, on, shipped)
                right = answered = abstained = wrong_high = 0
                for item in reached:
                    result = ask(conn, item["question"], explain=True)
                    shown = result["answer"]
                    ok = eval_ask.answer_ok(shown, item) and (shown is None or eval_ask.citation_ok(result, item))
                    right += ok
                    answered += ok and shown is not None
                    abstained += item["answer"] is None and shown is None
                    wrong_high += shown is not None and not ok and result["confidence"] >= 0.8
                    out.write(json.dumps({"set": Path(name).stem, "id": item["id"], "run": run, "ok": bool(ok),
                                          "question": item["question"], "answer": item["answer"], "shown": shown,
                                          "confidence": result["confidence"],
                                          "top": (result.get("ranked") or [{}])[0].get("text")}) + "\n")
                counts[run] = (right, answered, abstained, wrong_high)
            out.flush()
            print(f"{Path(name).stem}: {len(items)} questions, reached {len(reached)}; right + cited / answered right / "
                  f"unanswerable abstained / wrong at >= 0.8: before {counts['before']}, after {counts['after']}",
                  flush=True)


if __name__ == "__main__":
    main()
