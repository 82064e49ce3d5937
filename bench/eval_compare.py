"""Score `vitrina compare` on annotated fact pairs.

    python bench/eval_compare.py DB PAIRS.jsonl [PAIRS.jsonl ...] [--split tune|heldout|all] [-v]
    python bench/eval_compare.py - PAIRS.jsonl ... --dumped GROUPS.jsonl [--kind quantity]

Each line of PAIRS.jsonl is two statements of one fact from two documents
({"doc", "text", "sentence"} each), a gold verdict (agree | more-precise |
differ | not-same) and a split. A statement is found in the database's stored
comparisons by document, value text and sentence. The pair's predicted verdict
is the relation of the two statements when vitrina grouped them
(agree, consistent → more-precise, differ, uncertain) and "not-grouped"
otherwise. Reported: precision and recall of each verdict, and how many
"not-same" pairs were shown as contradictions (the target is none).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PREDICTED = {"agree": "agree", "consistent": "more-precise", "differ": "differ", "uncertain": "uncertain"}


def norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def _matches(statement: dict, gold: dict) -> bool:
    if statement["document"] != gold["doc"] and not statement["document"].endswith(gold["doc"]):
        return False
    ours, theirs = norm(statement["sentence"]["text"]), norm(gold["sentence"])
    value, wanted = norm(statement["text"]), norm(gold["text"])
    if not (wanted in value or value in wanted):
        return False
    return ours[:40] in theirs or theirs[:40] in ours


def predicted_verdict(comparisons: list[dict], pair: dict) -> str:
    for group in comparisons:
        found_a = [i for i, s in enumerate(group["statements"]) if _matches(s, pair["a"])]
        found_b = [i for i, s in enumerate(group["statements"]) if _matches(s, pair["b"])]
        for rel in group["reasons"]:
            if (rel["a"] in found_a and rel["b"] in found_b) or (rel["a"] in found_b and rel["b"] in found_a):
                return PREDICTED[rel["relation"]]
    return "not-grouped"


def score(rows: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    out = {}
    for verdict in ("agree", "more-precise", "differ", "not-same"):
        said = "not-grouped" if verdict == "not-same" else verdict
        predicted = [g for g, p in rows if p == said or (verdict == "not-same" and p == "uncertain")]
        gold = [p for g, p in rows if g == verdict]
        hits = sum(1 for g, p in rows if g == verdict and (p == said or (verdict == "not-same" and p == "uncertain")))
        out[verdict] = {"gold": len(gold), "predicted": len(predicted),
                        "precision": hits / len(predicted) if predicted else 1.0,
                        "recall": hits / len(gold) if gold else 1.0}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+", help="one or more pair sets, each scored on its own")
    parser.add_argument("--split", default="all", choices=["tune", "heldout", "all"])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--recompute", action="store_true",
                        help="compare with this code instead of reading what the build stored")
    parser.add_argument("--identity-weights", metavar="FILE:FOLD",
                        help="with --recompute: the weights of one fold written by bench/fit_identity.py")
    parser.add_argument("--dump", type=Path, help="write every group compared (JSON lines), to diff two codes' flags")
    parser.add_argument("--dumped", type=Path, help="score the groups a --dump wrote instead of a database's")
    parser.add_argument("--kind", help="only the pairs of this annotated kind (quantity, date, …)")
    args = parser.parse_args()
    if args.dumped:
        dumped = [json.loads(line) for line in args.dumped.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(f"{len(dumped)} groups: {dict(Counter(c['verdict'] for c in dumped))}")
        _report_all(args.pairs, dumped, args.split, args.verbose, args.kind)
        return
    if args.identity_weights:
        _use_weights(*args.identity_weights.rsplit(":", 1))
    from vitrina.compare import compare, comparisons_json, document_titles, load_comparisons
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(args.db)) as conn:
        if args.recompute:
            kb = as_knowledge_base(conn)
            comparisons = comparisons_json(compare(kb), document_titles(kb))
        else:
            comparisons = load_comparisons(conn)
        print(f"{len(comparisons)} groups: {dict(Counter(c['verdict'] for c in comparisons))}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(c) + "\n" for c in comparisons), encoding="utf-8")
    _report_all(args.pairs, comparisons, args.split, args.verbose, args.kind)


def _report_all(paths: list[Path], comparisons: list[dict], split: str, verbose: bool, kind: str | None) -> None:
    """Each pair set's figures, then every set's pooled."""
    pooled = []
    for path in paths:
        pooled += _report(path, comparisons, split, verbose, kind)
    if len(paths) > 1:
        _print_scores(f"pooled over {len(paths)} sets", pooled, split)


def _use_weights(path: str, fold: str) -> None:
    """Set the weights one fold of ``bench/fit_identity.py --out`` wrote: the grouping, role and date weights
    (``identity.WEIGHTS``) and the outcome thresholds (``polarity.OUTCOME``), each where the fold has them."""
    import dataclasses

    from vitrina import identity, polarity

    weights = json.loads(Path(path).read_text(encoding="utf-8"))[fold]
    if "group" in weights:
        group = {k: v for k, v in weights["group"].items() if k != "contradict"}  # measured by fit_identity only
        identity.WEIGHTS = dataclasses.replace(identity.WEIGHTS, group=identity.FeatureWeights(**group))
    if "group" in weights and "when" in weights:
        identity.WEIGHTS = dataclasses.replace(identity.WEIGHTS, when=identity.WhenWeights(**weights["when"]))
    if "when" in weights and "group" not in weights:
        identity.WEIGHTS = dataclasses.replace(identity.WEIGHTS, when=identity.WhenWeights(**weights["when"]))
    if "role" in weights:
        identity.WEIGHTS = dataclasses.replace(identity.WEIGHTS, role=identity.RoleWeights(**weights["role"]))
    if "outcome" in weights:
        polarity.OUTCOME = dataclasses.replace(polarity.OUTCOME, share=weights["outcome"]["share"],
                                               max_replaced=int(weights["outcome"]["max_replaced"]),
                                               min_words=int(weights["outcome"]["min_words"]),
                                               kind_levels=int(weights["outcome"]["kind_levels"]))


def _report(path: Path, comparisons: list[dict], split: str, verbose: bool,
            kind: str | None = None) -> list[tuple[str, str]]:
    """Score one pair set against the comparisons, print its figures and return its (gold, predicted) rows."""
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [p for p in pairs if (split == "all" or p.get("split") == split) and (kind is None or p.get("kind") == kind)]
    rows = []
    for pair in pairs:
        got = predicted_verdict(comparisons, pair)
        rows.append((pair["verdict"], got))
        if verbose and PREDICTED.get(got, got) != pair["verdict"]:
            print(f"{pair['id']} gold {pair['verdict']} got {got}: {pair['a']['text']!r} / {pair['b']['text']!r}")
    _print_scores(path.stem, rows, split)
    return rows


def _print_scores(name: str, rows: list[tuple[str, str]], split: str) -> None:
    print(f"== {name}: {len(rows)} pairs ({split}); confusion: {dict(Counter(rows))}")
    for verdict, figures in score(rows).items():
        print(f"  {verdict:13} gold {figures['gold']:3} predicted {figures['predicted']:3} "
              f"precision {figures['precision']:.2f} recall {figures['recall']:.2f}")
    shown = sum(1 for g, p in rows if g == "not-same" and p == "differ")
    print(f"  not-same shown as a contradiction: {shown}")


if __name__ == "__main__":
    main()
