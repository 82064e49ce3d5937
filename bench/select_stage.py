"""Fit `ask`'s learned sentence-selection stage (qa/select.py, round 30) and measure it leave one set out.

For every answerable question with a citation in every group fit_ask reads, the first look runs as in `ask`
(covered, examined + followers) and the stage describes the pool, the first look's other hits and the sentences
nearest the question by cosine (`ask.candidate_sentences`, `select.describe`: the shipped code), each labelled by
whether it holds the expected citation in the expected document. A logistic regression (numpy, L2, standardised)
is fitted leave one set out; per held-out group it reports how many stating sentences are examined today and with
the model's best k outside the pool, and where the gained ones come from (first-look hit or nearest by cosine).

    PYTHONPATH=src .venv/bin/python bench/select_stage.py --db DB [--cache build/stage.jsonl] [--refresh]
        [--models build/stage_models.json] [--write]

``--models`` writes each group's model fitted on the other groups (raw coefficients, as SELECTION_MODEL holds
them), which ``fit_ask.py --selection`` reads to collect each group with a stage it was not fitted on; ``--write``
puts the model fitted on every group into qa/weights.py (between the ``<selection>`` markers).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_reach  # noqa: E402
import eval_ask  # noqa: E402
from ask_select import fit  # noqa: E402

from vitrina.qa.select import FEATURES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "vitrina" / "qa" / "weights.py"
GROUPS = {
    "dev": [eval_ask.DEVSET / name for name in eval_ask.TUNING],
    **{path.stem[4:]: [path] for path in sorted((ROOT / "bench" / "annotations").glob("ask_v*.jsonl"),
                                                 key=lambda p: int(p.stem[5:]))},
}
L2 = 1.0  # ridge penalty (round 28's)
ADDS = (2, 4, 8)


def first_look(kb, question: str):
    """What `ask`'s first look examines, as `ask._answered` builds it: (q, weights, aliases, sentences, pool) or
    None when it examines nothing (no words, a name the sources never mention, nothing covered enough)."""
    import vitrina.ask as A
    from vitrina.qa.question import analyse
    from vitrina.qa.structure import renamed_names

    q = analyse(A._respelled(kb, question or ""))
    if not q.content and not q.names:
        return None
    aliases = A._aliases(kb, q)
    q.others = set() if renamed_names(q) else {w for _own, variants in aliases for v in variants for w in v}
    weights, missing = A._weights(kb, q, kb.sentence_count() or 1, aliases)
    if missing or not weights:
        return None
    sentences, titles = A.covered(kb, q, weights, aliases)
    if not sentences or sentences[0].coverage < A.CANDIDATE_COVERAGE:
        return None
    pool = A.examined(kb, sentences)
    pool += A.followers(kb, pool, q, weights, aliases, titles)
    return q, weights, aliases, sentences, pool


def extract(kb, conn, item: dict) -> dict | None:
    import vitrina.ask as A
    from vitrina.qa import select

    gold = {r["id"] for r in ask_reach.stating_rows(conn, item)}
    looked = first_look(kb, item["question"]) if gold else None
    if looked is None:
        return None if not gold else {"gold": sorted(gold), "pool": [], "rows": []}
    q, weights, aliases, sentences, pool = looked
    near = select.Near(kb, q.text)
    every = A.candidate_sentences(kb, q, weights, aliases, sentences, pool, near)
    values = select.describe(q, every, sentences, {s.id for s in pool}, near)
    hits = {s.id for s in sentences}
    return {"gold": sorted(gold), "pool": sorted({s.id for s in pool}),
            "rows": [{"id": s.id, "label": int(s.id in gold), "hit": int(s.id in hits),
                      "x": [round(v[f], 5) for f in FEATURES]} for s, v in zip(every, values, strict=True)]}


def build_cache(db: Path, cache: Path) -> None:
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    t0 = time.time()
    with contextlib.closing(connect_readonly(db)) as conn, cache.open("w", encoding="utf-8") as out:
        kb = as_knowledge_base(conn)
        for group, files in GROUPS.items():
            n = 0
            for item in eval_ask.load_questions(tuple(str(f) for f in files)):
                if item["answer"] is None or not item.get("citation"):
                    continue
                found = extract(kb, conn, item)
                if found is None:
                    continue
                out.write(json.dumps({"group": group, "id": item["id"], **found}) + "\n")
                n += 1
            out.flush()
            print(f"{group}: {n} questions ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)


def load(cache: Path) -> list[dict]:
    questions = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines() if line.strip()]
    for q in questions:
        q["X"] = np.array([r["x"] for r in q["rows"]], dtype=float).reshape(len(q["rows"]), len(FEATURES))
        q["Y"] = np.array([r["label"] for r in q["rows"]], dtype=float)
    return questions


def fitted(train: list[dict], l2: float = L2) -> dict[str, float]:
    """The logistic regression on ``train``'s rows, standardisation folded into raw coefficients."""
    x = np.vstack([q["X"] for q in train if len(q["Y"])])
    mean, spread = x.mean(0), x.std(0) + 1e-9
    w = fit((x - mean) / spread, np.concatenate([q["Y"] for q in train if len(q["Y"])]), l2)
    raw = w[:-1] / spread
    return {"intercept": float(w[-1] - raw @ mean), **{f: float(c) for f, c in zip(FEATURES, raw, strict=True)}}


def tally(q: dict, model: dict[str, float]) -> dict[str, int]:
    gold, pool = set(q["gold"]), set(q["pool"])
    out = {"questions": 1, "today": int(bool(gold & pool)), "reachable": int(bool(q["Y"].any()))}
    if not q["rows"]:
        return out
    w = np.array([model[f] for f in FEATURES])
    score = q["X"] @ w + model["intercept"]
    outside = [q["rows"][k] for k in np.argsort(-score, kind="stable") if q["rows"][k]["id"] not in pool]
    for k in ADDS:
        out[f"add{k}"] = int(bool(gold & (pool | {r["id"] for r in outside[:k]})))
    gained = [r for r in outside[:4] if r["id"] in gold] if not gold & pool else []
    if gained:
        out["from hit" if gained[0]["hit"] else "from dense"] = 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "stage.jsonl")
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--models", type=Path, help="write each group's leave-one-set-out model here")
    parser.add_argument("--write", action="store_true", help="write the model fitted on every group")
    args = parser.parse_args()
    if args.refresh or not args.cache.exists():
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        build_cache(args.db, args.cache)
    questions = load(args.cache)
    groups = list(dict.fromkeys(q["group"] for q in questions))
    totals: dict[str, dict[str, int]] = {g: defaultdict(int) for g in [*groups, "all"]}
    models = {}
    for held in groups:
        models[held] = fitted([q for q in questions if q["group"] != held])
        for q in questions:
            if q["group"] == held:
                for key, value in tally(q, models[held]).items():
                    totals[held][key] += value
                    totals["all"][key] += value
    columns = ["questions", "today", "reachable", *[f"add{k}" for k in ADDS], "from hit", "from dense"]
    print("| group | " + " | ".join(columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    for group, t in totals.items():
        print(f"| {group} | " + " | ".join(str(t.get(c, 0)) for c in columns) + " |")
    sizes = [len(q["rows"]) for q in questions]
    print(f"candidates per question: mean {np.mean(sizes):.1f}, p95 {np.percentile(sizes, 95):.0f}")
    every = fitted(questions)
    print("model on every group (raw):", ", ".join(f"{k} {v:+.3f}" for k, v in every.items()))
    if args.models:
        args.models.write_text(json.dumps(models), encoding="utf-8")
    if args.write:
        write(every, len(questions), groups)


def write(model: dict[str, float], count: int, groups: list[str]) -> None:
    from vitrina.qa.select import DESCRIPTIONS

    body = "\n".join(f'    "{k}": {v:.5f},  # {DESCRIPTIONS[k]}' for k, v in model.items())
    block = (f"# <selection> Generated by bench/select_stage.py --write ({count} questions, groups {', '.join(groups)});"
             " do not edit by hand.\n"
             "# SELECTION_MODEL: logistic regression of \"the sentence states the answer\" on qa/select.FEATURES (raw "
             "values).\n"
             f"SELECTION_MODEL: dict[str, float] = {{\n{body}\n}}\n# </selection>\n")
    text = WEIGHTS.read_text(encoding="utf-8")
    before, rest = text.split("# <selection>", 1)
    after = rest.split("# </selection>\n", 1)[1]
    WEIGHTS.write_text(before + block + after, encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
