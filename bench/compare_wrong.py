"""Annotated pairs compared with a wrong verdict, with the kind of group and the reason shown.

    python bench/compare_wrong.py DB PAIRS.jsonl [PAIRS.jsonl ...] [--gold differ] [--got agree] [--recompute]

For each annotated pair of gold verdict ``--gold`` that `vitrina compare` shows as ``--got`` (eval_compare's
matching), print the set, the pair's id, the group's kind and the reason of the pair's relation; then the count
per set and per group kind.
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
sys.path.insert(0, str(ROOT / "bench"))


def wrong_relation(comparisons: list[dict], pair: dict) -> tuple[dict, dict] | None:
    """The group and relation that compare the pair's two statements, or None."""
    import eval_compare as E

    for group in comparisons:
        found_a = [i for i, s in enumerate(group["statements"]) if E._matches(s, pair["a"])]
        found_b = [i for i, s in enumerate(group["statements"]) if E._matches(s, pair["b"])]
        for rel in group["reasons"]:
            if (rel["a"] in found_a and rel["b"] in found_b) or (rel["a"] in found_b and rel["b"] in found_a):
                return group, rel
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--gold", default="differ")
    parser.add_argument("--got", default="agree")
    parser.add_argument("--recompute", action="store_true")
    parser.add_argument("--dumped", type=Path, help="read the groups eval_compare.py --dump wrote instead")
    args = parser.parse_args()
    if args.dumped:
        comparisons = [json.loads(x) for x in args.dumped.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        comparisons = _comparisons(args.db, args.recompute)
    _print_wrong(args.pairs, comparisons, args.gold, args.got)


def _comparisons(db: Path, recompute: bool) -> list[dict]:
    from vitrina.compare import compare, comparisons_json, document_titles, load_comparisons
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        if recompute:
            kb = as_knowledge_base(conn)
            return comparisons_json(compare(kb), document_titles(kb))
        return load_comparisons(conn)


def _print_wrong(paths: list[Path], comparisons: list[dict], gold: str, got: str) -> None:
    import eval_compare as E

    per_set: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            pair = json.loads(line)
            if pair["verdict"] != gold:
                continue
            found = wrong_relation(comparisons, pair)
            if found is None or E.PREDICTED[found[1]["relation"]] != got:
                continue
            group, rel = found
            per_set[path.stem] += 1
            per_kind[group["kind"]] += 1
            print(f"{path.stem} {pair['id']} [{group['kind']}] {rel.get('reason', '')[:90]!r} :: "
                  f"{pair['a']['sentence'][:110]!r} // {pair['b']['sentence'][:110]!r}")
    print("per set:", dict(per_set))
    print("per kind:", dict(per_kind), "total", sum(per_set.values()))


if __name__ == "__main__":
    main()
