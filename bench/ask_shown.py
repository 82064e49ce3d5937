"""The answer span shown, before and after `ask._shown` (round 31), from one run of every question.

`ask._shown` changes only the text shown for the best candidate (the ranking, the confidence and the
abstention are computed before it), so one run of `ask` gives both: the shown text, and the candidate's own
text that was shown before. Writes two dumps in bench/ask_classes.py's form and prints, for each, answered
right, the coarse outcomes (``b wrong span`` among them), unanswerable abstained and wrong at >= 0.8.

    PYTHONPATH=src .venv/bin/python bench/ask_shown.py [FILE.jsonl ...] --db build/corpus.db --out build/shown
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402


def _row(name: str, item: dict, result: dict) -> dict:
    ok = eval_ask.answer_ok(result["answer"], item) and (
        result["answer"] is None or eval_ask.citation_ok(result, item))
    row = {"set": Path(name).stem, "id": item["id"], "ok": ok, "question": item["question"],
           "answer": item["answer"], "shown": result["answer"], "confidence": result["confidence"],
           "top": (result.get("ranked") or [{}])[0].get("text"), "candidate": result.get("candidate")}
    if item["answer"] is None:
        row["class"] = "unanswerable"
    else:
        row["class"] = ask_classes.classify(item, result)[0]
        row["outcome"] = ask_classes.outcome(item, result, ok)
    return row


def _shown_first(result: dict, own_text: dict[str, str]) -> dict:
    """``result`` with its first ranked candidate named by the text shown for it (a withheld answer too: the
    outcome classes read the first candidate's text)."""
    ranked = result.get("ranked") or []
    shown = {own: text for text, own in own_text.items()}
    if not ranked or ranked[0]["text"] not in shown:
        return result
    return dict(result, ranked=[dict(ranked[0], text=shown[ranked[0]["text"]]), *ranked[1:]])


def summary(rows: list[dict]) -> str:
    answerable = [r for r in rows if r["answer"] is not None]
    outcomes = Counter(r["outcome"] for r in answerable)
    unanswerable = [r for r in rows if r["answer"] is None]
    wrong_confident = sum(r["shown"] is not None and not r["ok"] and r["confidence"] >= 0.8 for r in rows)
    return (f"answered right {outcomes['right']}/{len(answerable)}; b wrong span {outcomes['b wrong span']}; "
            f"unanswerable abstained {sum(r['shown'] is None for r in unanswerable)}/{len(unanswerable)}; "
            f"right + cited {sum(r['ok'] for r in rows)}/{len(rows)}; shown {sum(r['shown'] is not None for r in rows)}; "
            f"wrong at >= 0.8 {wrong_confident}; " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in ask_classes.SETS])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--out", type=Path, required=True, help="prefix of the two dumps (-before/-after.jsonl)")
    args = parser.parse_args()
    import vitrina.ask as ask_module
    from vitrina.store import connect_readonly

    own_text: dict[str, str] = {}  # shown text -> the candidate's own text, for the question being asked
    shown = ask_module._shown

    def recording(top, q):  # type: ignore[no-untyped-def]
        text = shown(top, q)
        own_text[text] = top.text
        return text

    ask_module._shown = recording
    runs: dict[str, list[dict]] = {"before": [], "after": []}
    with contextlib.closing(connect_readonly(args.db)) as conn:
        for name in args.files:
            items = eval_ask.load_questions((name,))
            done = {"before": [], "after": []}
            for item in items:
                own_text.clear()
                result = ask_module.ask(conn, item["question"], explain=True)
                before = dict(result, answer=own_text.get(result["answer"], result["answer"])
                              if result["answer"] is not None else None)
                done["after"].append(_row(name, item, _shown_first(result, own_text)))
                done["before"].append(_row(name, item, before))
            for key in runs:
                runs[key] += done[key]
                print(f"{Path(name).stem} {key}: {summary(done[key])}", flush=True)
    for key, rows in runs.items():
        with open(f"{args.out}-{key}.jsonl", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in rows)
        print(f"all {key}: {summary(rows)}", flush=True)


if __name__ == "__main__":
    main()
