"""Round 38 (issue #12): does `vitrina ask` answer differently when the collection is small? The same questions are
asked of two builds — a small one (one document, or one exhibit's dozen files) and a large one holding the same texts
among many — and compared question by question: right (answer and citation), withheld, wrong, and the
answerability gate's inputs and probability (qa/weights.py ``GATE``) for the best answer. Run from the repository
root with src on PYTHONPATH:

    bench/ask_size.py --small S.db --large L.db [--answerable] FILE.jsonl … [--dump OUT.jsonl]

The answerable questions kept are those whose document the small build holds (eval_ask.document_ok) and no other
document of the large build matches (an old set's short reference, "treaty-of-paris", may match two essays), with
every unanswerable one unless ``--answerable``. Prints per file: right / withheld / wrong / confident (>= 0.8) wrong /
unanswerable answered on each build; how the answers move between builds; and the gate inputs whose mean moves the
gate's log-odds most between the builds (weight x mean difference, over the answerable questions with a best answer
on both), each with its quartiles small vs large.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

SHOWN_INPUTS = 20  # gate inputs printed, the largest mean effects first


def held_documents(db: Path) -> list[str]:
    """The ids of the documents ``db`` holds."""
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        return list(as_knowledge_base(conn).document_ids())


def about(item: dict, documents: list[str], others: list[str]) -> bool:
    """Does the question's reference match one of ``documents`` and none of ``others``?"""
    return (any(eval_ask.document_ok(d, item) for d in documents)
            and not any(eval_ask.document_ok(d, item) for d in others))


def measure(db: Path, files: list[str], documents: list[str], others: list[str], answerable_only: bool
            ) -> list[dict[str, Any]]:
    """Each kept question asked of ``db``: the outcome and the gate's last reading (inputs and probability)."""
    from vitrina import ask as ask_module
    from vitrina.qa import rank
    from vitrina.qa.weights import GATE
    from vitrina.store import connect_readonly

    seen: list[dict[str, Any]] = []
    shipped = ask_module._gate_probability

    def reading(values: dict[str, float], pooled: list, q: Any) -> float:
        p = shipped(values, pooled, q)
        top = pooled[0][0]
        inputs = rank.gate_values(values, math.log(top) if top > 0 else -30.0)
        seen.append({"p": p, "inputs": {k: inputs.get(k, 0.0) for k in GATE if k != "intercept"}})
        return p

    rows = []
    ask_module._gate_probability = reading  # type: ignore[assignment]
    try:
        with contextlib.closing(connect_readonly(db)) as conn:
            for name in files:
                for item in eval_ask.load_questions((name,)):
                    if item["answer"] is None and answerable_only:
                        continue
                    if item["answer"] is not None and not about(item, documents, others):
                        continue
                    seen.clear()
                    result = ask_module.ask(conn, item["question"])
                    rows.append(outcome(Path(name).stem, item, result, seen[-1] if seen else None))
    finally:
        ask_module._gate_probability = shipped  # type: ignore[assignment]
    return rows


def outcome(group: str, item: dict, result: dict, gate: dict | None) -> dict[str, Any]:
    """R right, W wrong, - withheld (answerable questions); A answered, - abstained (unanswerable ones)."""
    shown = result["answer"] is not None
    right = shown and eval_ask.answer_ok(result["answer"], item) and eval_ask.citation_ok(result, item)
    if item["answer"] is None:
        mark = "A" if shown else "-"
    else:
        mark = "R" if right else "W" if shown else "-"
    return {"group": group, "id": item["id"], "answerable": item["answer"] is not None, "outcome": mark,
            "confidence": result["confidence"], "gate": gate["p"] if gate else None,
            "inputs": gate["inputs"] if gate else {}}


def summary(rows: list[dict[str, Any]]) -> str:
    count = Counter(r["outcome"] for r in rows if r["answerable"])
    wrong_sure = sum(1 for r in rows if r["outcome"] in ("W", "A") and r["confidence"] >= 0.8)
    unanswered = [r for r in rows if not r["answerable"]]
    return (f"right {count['R']:3d} withheld {count['-']:3d} wrong {count['W']:3d} (>= 0.8: {wrong_sure}) "
            f"unanswerable answered {sum(r['outcome'] == 'A' for r in unanswered)}/{len(unanswered)}")


def input_shift(small: list[dict], large: list[dict]) -> list[str]:
    """The gate inputs whose mean moves the gate's log-odds most from the large build to the small one."""
    from vitrina.qa.weights import GATE

    by_key = {(r["group"], r["id"]): r for r in large}
    pairs = [(s, by_key[(s["group"], s["id"])]) for s in small
             if s["answerable"] and s["inputs"] and by_key.get((s["group"], s["id"]), {}).get("inputs")]
    if not pairs:
        return ["  no answerable question has a best answer on both builds"]
    lines = [f"  {len(pairs)} answerable questions with a best answer on both builds; gate probability mean "
             f"large {np.mean([b['gate'] for _s, b in pairs]):.3f}, small {np.mean([s['gate'] for s, _b in pairs]):.3f}",
             f"  {'input':22s} {'weight':>7s} {'large q1/median/q3':>20s} {'small q1/median/q3':>20s} {'log-odds':>8s}"]
    effects = []
    for name, weight in GATE.items():
        if name == "intercept":
            continue
        s = np.array([p[0]["inputs"].get(name, 0.0) for p in pairs])
        b = np.array([p[1]["inputs"].get(name, 0.0) for p in pairs])
        effects.append((weight * float(np.mean(s - b)), name, weight, s, b))
    effects.sort(key=lambda e: -abs(e[0]))
    for effect, name, weight, s, b in effects[:SHOWN_INPUTS]:
        quart = ["/".join(f"{v:.2f}" for v in np.percentile(x, [25, 50, 75])) for x in (b, s)]
        lines.append(f"  {name:22s} {weight:+7.3f} {quart[0]:>20s} {quart[1]:>20s} {effect:+8.3f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--small", type=Path, required=True)
    parser.add_argument("--large", type=Path, required=True)
    parser.add_argument("--answerable", action="store_true", help="leave the unanswerable questions out")
    parser.add_argument("--dump", type=Path, help="every question's outcome and gate inputs on both builds (JSONL)")
    args = parser.parse_args()
    documents = held_documents(args.small)
    others = [d for d in held_documents(args.large) if d not in set(documents)]
    small = measure(args.small, args.files, documents, others, args.answerable)
    large = measure(args.large, args.files, documents, others, args.answerable)
    for name in [Path(f).stem for f in args.files]:
        print(f"{name}: large {summary([r for r in large if r['group'] == name])}")
        print(f"{' ' * len(name)}  small {summary([r for r in small if r['group'] == name])}")
    print(f"all: large {summary(large)}\n     small {summary(small)}")
    by_key = {(r["group"], r["id"]): r["outcome"] for r in large}
    moves = Counter(f"{by_key[(r['group'], r['id'])]}->{r['outcome']}" for r in small if r["answerable"])
    print("answerable, large -> small:", ", ".join(f"{k} {v}" for k, v in sorted(moves.items())))
    print("\n".join(input_shift(small, large)))
    if args.dump:
        args.dump.write_text("".join(json.dumps({**r, "build": build}) + "\n" for build, rows in
                                     (("small", small), ("large", large)) for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
