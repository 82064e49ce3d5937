"""Fit `vitrina ask`'s confidence: logistic regression of "the answer is right" on its evidence.

Runs every question of the question sets with ``ask(..., explain=True)`` (the
best candidate and its evidence even when withheld), labels each answer right
(right answer and right document, `eval_ask.py`'s scoring) or wrong (any answer
to an unanswerable question is wrong), and fits an L2-regularised logistic
regression (numpy, Newton's method) on the evidence. Questions without a
candidate abstain whatever the model says and are only counted.

Cross-validation is leave-one-set-out over the groups (dev = tests/devset,
v1 = ask_v1, v2 = ask_v2): each group is scored by a model fitted on the other
two, with the answer threshold chosen on those two as well (the smallest that
makes >= 95% of their unanswerable questions abstain, then the one of best
accuracy). The final coefficients are fitted on all groups and printed as the
qa/weights.py CALIBRATION table.

    .venv/bin/python bench/fit_ask.py [--db ask.db] [--cache rows.json] [--refresh]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "annotations"
GROUPS = {
    "dev": [eval_ask.DEVSET / name for name in eval_ask.TUNING],
    "v1": [ANNOTATIONS / "ask_v1.jsonl"],
    "v2": [ANNOTATIONS / "ask_v2.jsonl"],
    "v3": [ANNOTATIONS / "ask_v3.jsonl"],
    "v4": [ANNOTATIONS / "ask_v4.jsonl"],
}
L2 = 1.0  # ridge penalty on the coefficients (not the intercept); chosen by the cross-validation below
ABSTAIN_TARGET = 0.95  # share of unanswerable questions that must abstain at the chosen threshold
BINS = eval_ask.BINS


def collect(db: Path) -> list[dict]:
    """One row per question: group, id, whether the best candidate is right, its evidence."""
    from vitrina.ask import ask
    from vitrina.store import connect_readonly

    rows = []
    with contextlib.closing(connect_readonly(db)) as conn:
        for group, files in GROUPS.items():
            for item in eval_ask.load_questions(tuple(str(f) for f in files)):
                result = ask(conn, item["question"], explain=True)
                got = result.get("candidate")
                shown = {**result, "answer": got}
                right = got is not None and item["answer"] is not None and eval_ask.answer_ok(got, item) \
                    and eval_ask.citation_ok(shown, item)
                rows.append({"group": group, "id": item["id"], "question": item["question"],
                             "answerable": item["answer"] is not None, "expected": item["answer"],
                             "candidate": got, "right": right, "evidence": result.get("evidence")})
    return rows


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[r["evidence"].get(n, 0.0) for n in names] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Intercept and coefficients of an L2-regularised logistic regression (Newton's method)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(w[0] + x @ w[1:])))


def score(rows: list[dict], probs: dict[str, float], threshold: float) -> dict:
    """Accuracy and abstention of answering when the probability reaches ``threshold``."""
    correct = abstained_un = wrong_confident = answered = 0
    unanswerable = sum(not r["answerable"] for r in rows)
    table = {b: [0, 0] for b in BINS}
    for r in rows:
        p = probs.get(r["id"])
        answers = p is not None and p >= threshold
        if answers:
            answered += 1
            correct += r["right"]
            wrong_confident += p >= 0.8 and not r["right"]
            for lo, hi in BINS:
                if lo <= p < hi:
                    table[(lo, hi)][0] += 1
                    table[(lo, hi)][1] += r["right"]
        elif not r["answerable"]:
            abstained_un += 1
            correct += 1
    return {"n": len(rows), "accuracy": correct / len(rows), "abstention": abstained_un / max(1, unanswerable),
            "wrong_confident": wrong_confident, "answered": answered, "table": table}


def choose_threshold(rows: list[dict], probs: dict[str, float]) -> float:
    """The threshold of best accuracy among those making >= ABSTAIN_TARGET of unanswerables abstain."""
    grid = [t / 100 for t in range(20, 96)]
    ok = [t for t in grid if score(rows, probs, t)["abstention"] >= ABSTAIN_TARGET] or grid[-1:]
    return max(ok, key=lambda t: (score(rows, probs, t)["accuracy"], -t))


def labelled(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["evidence"] is not None]


def probabilities(w: np.ndarray, rows: list[dict], names: list[str]) -> dict[str, float]:
    usable = labelled(rows)
    return dict(zip([r["id"] for r in usable], predict(w, matrix(usable, names)).tolist(), strict=True)) \
        if usable else {}


def cross_validate(rows: list[dict], names: list[str], l2: float, verbose: bool = True) -> dict[str, dict]:
    out = {}
    for held in GROUPS:
        train = [r for r in rows if r["group"] != held]
        test = [r for r in rows if r["group"] == held]
        tl = labelled(train)
        w = fit(matrix(tl, names), np.array([r["right"] for r in tl], dtype=float), l2)
        threshold = choose_threshold(train, probabilities(w, train, names))
        out[held] = {**score(test, probabilities(w, test, names), threshold), "threshold": threshold}
        if verbose:
            s = out[held]
            print(f"  {held}: accuracy {s['accuracy']:.3f} ({round(s['accuracy'] * s['n'])}/{s['n']}), "
                  f"unanswerable abstained {s['abstention']:.2f}, wrong at >= 0.8: {s['wrong_confident']}, "
                  f"threshold {threshold:.2f}")
    return out


def rule_baseline(rows: list[dict], threshold: float = 0.5) -> dict[str, dict]:
    """The hand-set score with its hand-set threshold, per group (what the code did before)."""
    out = {}
    for group in GROUPS:
        test = [r for r in rows if r["group"] == group]
        probs = {r["id"]: r["evidence"]["rule"] for r in labelled(test)}
        out[group] = score(test, probs, threshold)
    return out


def rule_threshold_cross_validated(rows: list[dict]) -> None:
    """The hand-set score's threshold chosen leave-one-set-out (on the other sets, as for the fitted
    model) and scored on the held-out set: does 0.5 generalise?"""
    for held in GROUPS:
        train = [r for r in rows if r["group"] != held]
        test = [r for r in rows if r["group"] == held]
        threshold = choose_threshold(train, {r["id"]: r["evidence"]["rule"] for r in labelled(train)})
        s = score(test, {r["id"]: r["evidence"]["rule"] for r in labelled(test)}, threshold)
        print(f"  {held}: threshold {threshold:.2f} (from the others) -> accuracy {s['accuracy']:.3f}, "
              f"unanswerable abstained {s['abstention']:.2f}, wrong at >= 0.8: {s['wrong_confident']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "fit_ask_rows.json")
    parser.add_argument("--refresh", action="store_true", help="re-run the questions (else reuse --cache)")
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()
    if args.refresh or not args.cache.exists():
        eval_ask.ensure_db(args.db)
        rows = collect(args.db)
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text(json.dumps(rows), encoding="utf-8")
    else:
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    names = sorted({n for r in labelled(rows) for n in r["evidence"]})
    print("hand-set score, threshold 0.5:")
    for group, s in rule_baseline(rows).items():
        print(f"  {group}: accuracy {s['accuracy']:.3f}, unanswerable abstained {s['abstention']:.2f}, "
              f"wrong at >= 0.8: {s['wrong_confident']}")
    print("hand-set score, threshold chosen leave-one-set-out:")
    rule_threshold_cross_validated(rows)
    for l2 in sorted({0.3, 1.0, 3.0, 10.0, args.l2}):
        print(f"leave-one-set-out, L2 {l2}:")
        cross_validate(rows, names, l2)
    tl = labelled(rows)
    w = fit(matrix(tl, names), np.array([r["right"] for r in tl], dtype=float), args.l2)
    threshold = choose_threshold(rows, probabilities(w, rows, names))
    print(f"\nfitted on all {len(tl)} questions with a candidate (L2 {args.l2}); threshold {threshold:.2f}")
    print("CALIBRATION: dict[str, float] = {")
    print(f'    "intercept": {w[0]:.3f},')
    for name, coef in zip(names, w[1:], strict=True):
        print(f'    "{name}": {coef:.3f},')
    print("}")
    for group in GROUPS:
        s = score([r for r in rows if r["group"] == group], probabilities(w, rows, names), threshold)
        print(f"  in-sample {group}: accuracy {s['accuracy']:.3f}, abstained {s['abstention']:.2f}, "
              f"wrong >= 0.8: {s['wrong_confident']}, "
              + " ".join(f"{lo:.2f}-{min(hi, 1):.2f}:{b[1]}/{b[0]}" for (lo, hi), b in s["table"].items()))


if __name__ == "__main__":
    main()
