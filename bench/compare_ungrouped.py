"""Why annotated contradictions are never grouped: what the two statements share and what they do not.

    python bench/compare_ungrouped.py DB PAIRS.jsonl [PAIRS.jsonl ...] [--dumped GROUPS.jsonl] [-v]

Each annotated "differ" pair the comparisons (recomputed by this code, or read from ``eval_compare.py --dump``)
leave ungrouped is put in a ``compare_misses`` class (no statement, not comparable, never candidates, judged
apart, grouped elsewhere) and, for two comparable statements, described by what a retelling keeps:

* ``ids`` — an entity id both statements (or both sentences) name;
* ``predicate`` — how the two predicates relate by WordNet: ``form`` (a base form or derivation in common),
  ``synonym`` (a frequent sense in common), ``hypernym`` (a frequent sense of one at most ``HYPERNYM_STEPS`` steps
  above one of the other's; a start and an end apart), ``in other clause``, ``none``; ``no frame`` when either has
  no parse;
* ``value`` — the two values' relation (differ, agree, consistent).

Printed: the count of each class, each shape (ids × predicate) within the comparable ones, and with ``-v`` every
pair.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

HYPERNYM_STEPS = 2  # round 31: "a short distance" of the brief



def predicate_relation(a, b) -> str:  # type: ignore[no-untyped-def]
    """How two statements' acts relate by WordNet: "form" (a base form or derivation in common), "synonym" (a frequent
    sense in common), "hypernym" (a frequent sense of one at most ``HYPERNYM_STEPS`` steps above one of the other's;
    a start and an end apart), else "in other clause" (one's predicate a word of the other's clause), else "none";
    "no frame" without a parse."""
    from vitrina import compare as C

    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.predicate or not fb.predicate:
        return "no frame"
    if not (fa.aspect and fb.aspect and fa.aspect != fb.aspect):
        acts_a, acts_b = C._acts(fa), C._acts(fb)
        if C._shared_predicate(acts_a, acts_b):
            return "form"
        if C._synonymous(acts_a, acts_b):
            return "synonym"
        if _hypernym_near(fa.predicate, fb.predicate):
            return "hypernym"
    if C._shared_predicate(fa.predicate, C._clause_words(b)) or C._shared_predicate(fb.predicate, C._clause_words(a)):
        return "in other clause"
    return "none"


def _hypernym_near(a, b) -> bool:  # type: ignore[no-untyped-def]
    """A frequent verb sense of one within ``HYPERNYM_STEPS`` hypernym steps above a frequent sense of the other."""
    from vitrina import compare as C

    wn = C._wordnet()
    if wn is None:
        return False

    def own(words) -> set:  # type: ignore[no-untyped-def,type-arg]
        return {x for w in words for f in C._base_forms(w) for x in wn.synsets(f, "v")[:C.WEIGHTS.synonym_senses]}

    def above(words) -> set:  # type: ignore[no-untyped-def,type-arg]
        frontier, found = list(own(words)), set()
        for _step in range(HYPERNYM_STEPS):
            frontier = [h for x in frontier for h in x.hypernyms()]
            found |= set(frontier)
        return found

    return bool(above(a) & own(b) or above(b) & own(a))


def describe(a, b) -> dict:  # type: ignore[no-untyped-def]
    from vitrina import compare as C

    ids_a = set(a.about) | {p[0] for p in a.named}
    ids_b = set(b.about) | {p[0] for p in b.named}
    return {"ids": len(ids_a & ids_b), "frame_ids": len(set(a.about) & set(b.about)),
            "predicate": predicate_relation(a, b), "value": C._relation(a, b),
            "pred_a": a.frame.predicate if a.frame else None, "pred_b": b.frame.predicate if b.frame else None,
            "kinds": (a.kind, b.kind), "values": (a.text, b.text), "retold_only": (a.retold_only, b.retold_only)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--dumped", type=Path, help="groups written by eval_compare.py --dump")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    import compare_misses as M
    import eval_compare as E

    from vitrina import compare as C

    comparisons, statements = M.comparisons_and_statements(args.db, args.dumped)
    keys = [{("date" if s.kind in C._DATE_KINDS else s.kind, k) for k in C._blocking_keys(s)} for s in statements]
    sizes = Counter(k for found in keys for k in found)
    keys = [{k for k in found if sizes[k] <= C.WEIGHTS.max_block or k[1] in s.about}
            for found, s in zip(keys, statements, strict=True)]
    classes: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    for path in args.pairs:
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line) if line.strip() else None
            if not pair or pair["verdict"] != "differ" or E.predicted_verdict(comparisons, pair) != "not-grouped":
                continue
            why = M.classify(pair, statements, keys, comparisons)
            classes[why] += 1
            found_a = [s for s in statements if E._matches(s.citation({}), pair["a"])]
            found_b = [s for s in statements if E._matches(s.citation({}), pair["b"])]
            told = [describe(x, y) for x in found_a for y in found_b
                    if x.document != y.document and C._comparable(x, y)]
            if told:
                best = max(told, key=lambda d: (d["value"] == "differ", d["ids"], d["predicate"] != "none"))
                shapes[f"{why}: ids {min(best['ids'], 2)}{'+' if best['ids'] >= 2 else ''} · "
                       f"predicate {best['predicate']} · value {best['value']}"] += 1
            if args.verbose:
                print(f"{path.stem} {pair['id']} [{pair.get('kind')}] {why}: {pair['a']['text']!r} / {pair['b']['text']!r}")
                for d in told[:2]:
                    print("    ", d)
    print("classes:", dict(classes.most_common()))
    for shape, n in shapes.most_common():
        print(f"  {n:3}  {shape}")


if __name__ == "__main__":
    main()
