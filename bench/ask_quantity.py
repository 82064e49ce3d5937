"""Round 53 askquant: the quantity questions of the ask groups, asked with and without the gate's quantity input.

Picks the questions that ask a number, amount, share or measure by their own form (``FORM``: how many / how much /
how far … / what percentage, share, amount …) or by the question analyser (``expects == "quantity"``), asks each with
``QUANTITY_GATE`` at 0 (run A: the gate as fitted, with this round's ranking evidence) and, when the best answer
carries ``quantity_agrees`` (or ``quantity_stated``), again with those inputs forced through (run B: what the checks after the gate decide).
The gate's own probability in run A is kept, so ``--weights`` replays the decision at every weight without asking
again: an answer with the input is shown when logistic(logit(p) + w) reaches LEARNED_THRESHOLD (then as in run B),
else as in run A.

    PYTHONPATH=src .venv/bin/python bench/ask_quantity.py FILE.jsonl … --db DB --rows OUT.jsonl
    PYTHONPATH=src .venv/bin/python bench/ask_quantity.py --replay OUT.jsonl --weights 0 1 2 3 4
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

FORM = re.compile(r"(?i)\bhow (?:many|much|far|near|long|high|tall|big|large|heavy|old|deep|wide|close)\b"
                  r"|\bwhat (?:percentage|percent|share|proportion|fraction|amount|sum|number|price|size|distance)\b")
FORCED = 100.0  # the input's weight in run B: through the gate whatever its other inputs say
KEPT = ("aligned", "align_credit", "in_slot", "role_slot", "missing_name", "missing_top", "missing_content",
        "predicate_missing", "coverage", "qualifier_missing", "quantity_agrees", "sentence_first", "fit")  # kept per row
REPLAYED = ("quantity_stated", "quantity_agrees")  # gate inputs run B forces through (the replay weighs either)
NEWEST = tuple(f"ask_v{n}" for n in range(48, 54))  # the newest fresh family, reported apart (held out)


def picked(question: str) -> tuple[bool, bool]:
    """(asked by its form, analysed as asking a quantity)."""
    from vitrina.ask import ask  # noqa: F401  (imports the package in its order)
    from vitrina.qa.question import analyse

    return bool(FORM.search(question)), analyse(question).expects == "quantity"


def _asked(conn, item: dict, weight: float) -> tuple[dict, float | None]:
    import vitrina.ask as ask_module
    from vitrina.qa import weights

    seen: list[float] = []
    shipped = ask_module._gate_probability

    def spy(values, pooled, q):
        p = shipped(values, pooled, q)
        seen.append(p)
        return p

    saved = dict(weights.QUANTITY_GATE)
    ask_module.QUANTITY_GATE.clear()
    ask_module.QUANTITY_GATE.update({k: weight for k in (*saved, *REPLAYED)})
    ask_module._gate_probability = spy
    try:
        result = ask_module.ask(conn, item["question"], explain=True)
    finally:
        ask_module._gate_probability = shipped
        ask_module.QUANTITY_GATE.clear()
        ask_module.QUANTITY_GATE.update(saved)
    return result, (seen[0] if seen else None)


def _outcome(result: dict, item: dict) -> dict:
    ok = eval_ask.answer_ok(result["answer"], item) and (
        result["answer"] is None or eval_ask.citation_ok(result, item))
    return {"shown": result["answer"], "ok": ok, "confidence": result["confidence"]}


def ask_rows(files: list[str], db: Path, out: Path) -> None:
    from vitrina.store import connect_readonly

    with contextlib.closing(connect_readonly(db)) as conn, out.open("w", encoding="utf-8") as sink:
        for name in files:
            for item in eval_ask.load_questions((name,)):
                form, expects = picked(item["question"])
                if not (form or expects):
                    continue
                result, gate = _asked(conn, item, 0.0)
                top = (result.get("ranked") or [{}])[0]
                stated = max((m["features"].get("quantity_stated", 0.0) for m in top.get("members", [])[:1]),
                             default=0.0)
                features = (top.get("members") or [{}])[0].get("features", {})
                row = {"set": Path(name).stem, "id": item["id"], "question": item["question"], "form": form,
                       "expects": expects, "gold": item["answer"], "gate": gate, "stated": stated,
                       "top": top.get("text"), "features": {k: features.get(k, 0.0) for k in KEPT},
                       "a": _outcome(result, item)}
                if stated or row["features"]["quantity_agrees"]:
                    row["b"] = _outcome(_asked(conn, item, FORCED)[0], item)
                sink.write(json.dumps(row) + "\n")
                sink.flush()


def decided(row: dict, weight: float, threshold: float, feature: str = "quantity_stated") -> dict:
    """The row's outcome with the gate input ``feature`` at ``weight``."""
    value = row["stated"] if feature == "quantity_stated" else row["features"].get(feature, 0.0)
    if not value or row["gate"] is None or "b" not in row:
        return row["a"]
    p = min(max(row["gate"], 1e-9), 1 - 1e-9)
    through = 1 / (1 + math.exp(-(math.log(p / (1 - p)) + weight * value))) >= threshold
    return row["b"] if through else row["a"]


def tally(rows: list[dict], weight: float, threshold: float) -> dict[str, int]:
    t = defaultdict(int)
    for row in rows:
        o = decided(row, weight, threshold)
        t["questions"] += 1
        t["right"] += o["ok"]
        if row["gold"] is None:
            t["unanswerable"] += 1
            t["abstained"] += o["shown"] is None
        elif o["ok"] and o["shown"] is not None:
            t["answered_right"] += 1
        if o["shown"] is not None and not o["ok"] and o["confidence"] >= 0.8:
            t["wrong_08"] += 1
    return t


def replay(path: Path, weights: list[float], form_only: bool) -> None:
    from vitrina.qa.weights import LEARNED_THRESHOLD

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if form_only:
        rows = [r for r in rows if r["form"]]
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["set"]].append(row)
    families = {"older": [r for r in rows if r["set"] not in NEWEST], "v48-v53": [r for r in rows if r["set"] in NEWEST]}
    for weight in weights:
        parts = []
        for family, members in families.items():
            t = tally(members, weight, LEARNED_THRESHOLD)
            parts.append(f"{family}: right {t['right']}/{t['questions']}, answered right {t['answered_right']}, "
                         f"unanswerable abstained {t['abstained']}/{t['unanswerable']}, wrong>=0.8 {t['wrong_08']}")
        base = {g: tally(m, 0.0, LEARNED_THRESHOLD) for g, m in groups.items()}
        moved = {g: tally(m, weight, LEARNED_THRESHOLD) for g, m in groups.items()}
        lost = [f"{g} {base[g]['right']}->{moved[g]['right']}" for g in groups
                if moved[g]["right"] < base[g]["right"] or moved[g]["abstained"] < base[g]["abstained"]
                or moved[g]["wrong_08"] > base[g]["wrong_08"]]
        print(f"w={weight}: " + " | ".join(parts) + (f" | groups worse: {', '.join(lost)}" if lost else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--rows", type=Path, help="write one row per quantity question (JSONL)")
    parser.add_argument("--replay", type=Path, help="rows of an earlier run to decide again")
    parser.add_argument("--weights", type=float, nargs="*", default=[0.0, 1.0, 2.0, 3.0, 4.0])
    parser.add_argument("--form-only", action="store_true", help="only the questions picked by their form")
    args = parser.parse_args()
    if args.replay:
        replay(args.replay, args.weights, args.form_only)
        return
    ask_rows(args.files, args.db, args.rows)


if __name__ == "__main__":
    main()
