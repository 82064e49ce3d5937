"""Why annotated pairs of "the same thing" are not compared: a census of the misses of `vitrina compare`.

    python bench/compare_misses.py DB PAIRS.jsonl [PAIRS.jsonl ...] [-v]

For each annotated pair (agree, more precise, differ) the comparisons are recomputed with this code and the
pair put in the first class that holds:

* ``compared`` — its two statements are in one group with a relation (right or wrong);
* ``no statement`` — one side is no statement of `vitrina.compare` (a claim without a date, an amount or a
  quotation: "X signed" / "Y signed", a place, an outcome), or no sentence-level act statement;
* ``not comparable`` — two statements, but of kinds never compared (a date and an amount, two units);
* ``never candidates`` — comparable statements that share no blocking key (no entity, name, predicate,
  context word pair, day, magnitude …), so they are never judged;
* ``judged apart`` — candidates that no rule (or score) calls the same thing;
* ``grouped elsewhere`` — judged the same, but grouping put them apart and no pair of their own was shown.

With ``--verdicts`` a pair ``compared`` is split by what it is shown as (``found``, ``shown uncertain``, ``shown
agree`` …), so a pair missed is told apart from one found, and ``--dumped GROUPS.jsonl`` (``eval_compare.py --dump``)
reads the groups instead of recomputing them. The last lines pool every set, with the four causes of a miss folded:
nothing extracted on one side, extracted but not grouped, grouped but uncertain, judged the other way.
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


def comparisons_and_statements(db: Path, dumped: Path | None) -> tuple[list[dict], list]:
    """The database's comparisons (recomputed by this code, or read from ``eval_compare.py --dump``) and every
    statement `vitrina.compare` reads from it."""
    from vitrina import compare as C
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        if dumped:
            comparisons = [json.loads(x) for x in dumped.read_text(encoding="utf-8").splitlines() if x.strip()]
        else:
            comparisons = C.comparisons_json(C.compare(kb), C.document_titles(kb))
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        return comparisons, list(C._statements(kb, kinds, []))


def classify(pair: dict, statements: list, keys: list[set[str]], comparisons: list[dict]) -> str:
    import eval_compare as E

    from vitrina import compare as C

    if E.predicted_verdict(comparisons, pair) != "not-grouped":
        return "compared"
    found_a = [n for n, s in enumerate(statements) if E._matches(s.citation({}), pair["a"])]
    found_b = [n for n, s in enumerate(statements) if E._matches(s.citation({}), pair["b"])]
    if not found_a or not found_b:
        return "no statement"
    pairs = [(i, j) for i in found_a for j in found_b
             if statements[i].document != statements[j].document and C._comparable(statements[i], statements[j])]
    if not pairs:
        return "not comparable"
    pairs = [(i, j) for i, j in pairs if keys[i] & keys[j]]
    if not pairs:
        return "never candidates"
    if not any(C._same_thing(statements[i], statements[j]) for i, j in pairs):
        return "judged apart"
    return "grouped elsewhere"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dumped", type=Path, help="the groups an eval_compare.py --dump wrote")
    parser.add_argument("--verdicts", action="store_true", help="split the pairs compared by what they are shown as")
    args = parser.parse_args()
    import eval_compare as E

    from vitrina import compare as C

    comparisons, statements = comparisons_and_statements(args.db, args.dumped)
    keys = [{("date" if s.kind in C._DATE_KINDS else s.kind, k) for k in C._blocking_keys(s)} for s in statements]
    sizes = Counter(k for found in keys for k in found)  # keys too common to pair on are not used (but events')
    keys = [{k for k in found if sizes[k] <= C.WEIGHTS.max_block or k[1] in s.about}
            for found, s in zip(keys, statements, strict=True)]
    pooled: Counter[tuple[str, str]] = Counter()
    for path in args.pairs:
        pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        census: Counter[tuple[str, str]] = Counter()
        for pair in pairs:
            if pair["verdict"] == "not-same":
                continue
            why = classify(pair, statements, keys, comparisons)
            if args.verdicts and why == "compared":
                shown = E.predicted_verdict(comparisons, pair)
                why = "found" if shown == pair["verdict"] else f"shown {shown}"
            census[(pair["verdict"], why)] += 1
            pooled[(pair["verdict"], why)] += 1
            if args.verbose and why not in ("compared", "found"):
                print(f"  {pair['id']} {pair['verdict']:12} {pair.get('kind', ''):8} {why:17} "
                      f"{pair['a']['text'][:40]!r} / {pair['b']['text'][:40]!r}")
        print(path.stem)
        for verdict in ("differ", "agree", "more-precise"):
            cells = {why: n for (v, why), n in census.items() if v == verdict}
            print(f"  {verdict:12} {sum(cells.values()):3}: " + ", ".join(f"{k} {n}" for k, n in sorted(cells.items())))
    print(f"pooled over {len(args.pairs)} sets")
    for verdict in ("differ", "agree", "more-precise"):
        cells = {why: n for (v, why), n in pooled.items() if v == verdict}
        print(f"  {verdict:12} {sum(cells.values()):4}: " + ", ".join(f"{k} {n}" for k, n in sorted(cells.items())))
        folded: Counter[str] = Counter()
        for why, n in cells.items():
            folded[CAUSE.get(why, "judged the other way")] += n
        print(f"  {'':12} {'':4}  " + ", ".join(f"{k} {n}" for k, n in sorted(folded.items())))


# the four causes of a miss (the brief's census): a class of ``classify`` (with ``--verdicts``) and its cause
CAUSE = {"found": "found", "no statement": "nothing extracted on one side", "not comparable": "not grouped",
         "never candidates": "not grouped", "judged apart": "not grouped", "grouped elsewhere": "not grouped",
         "shown uncertain": "grouped but uncertain", "compared": "compared"}


if __name__ == "__main__":
    main()
