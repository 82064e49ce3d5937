"""Where annotated pairs of a participant swapped are lost in the role comparison (`vitrina.roles`).

    python bench/compare_swaps.py DB PAIRS.jsonl [PAIRS.jsonl ...] [--verdict differ] [-v]

For each annotated pair (of the verdict asked, ``differ`` by default) the names of a person, place or organization
`vitrina.roles` reads in its two sentences are paired as the role comparison would pair them, and the pair is put
in the first class that holds: ``no name`` (one side has no name of a compared type in its text), ``one type``
(no two names of one type), ``no replacement`` (``roles._replacement`` refuses every pair: the same name, a
city and a country, one named in the other's sentence), ``other times``, ``too little shared`` (``_cheap``),
``not aligned`` (``_unparsed``), else the best pair's score against ``identity.WEIGHTS.role`` — ``differ``,
``uncertain``, ``below``; and whether ``roles.once_only_swap`` calls it one filler of a once-only act. Printed:
the count of each class per verdict, and with ``-v`` every pair with its best candidate's features.
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


def classify(a_names: list, b_names: list, information: dict) -> tuple[str, dict | None, str]:  # type: ignore[type-arg]
    from vitrina import identity, roles

    if not a_names or not b_names:
        return "no name", None, ""
    pairs = [(x, y) for x in a_names for y in b_names if x.statement.people[0][1] == y.statement.people[0][1]]
    if not pairs:
        return "one type", None, ""
    pairs = [(x, y) for x, y in pairs if roles._replacement(x, y)]
    if not pairs:
        return "no replacement", None, ""
    kept = [(x, y) for x, y in pairs if not roles._other_times(x, y)]
    if not kept:
        return "other times", None, ""
    best: tuple[float, str, dict, str] | None = None
    for x, y in kept:
        cheap = roles._cheap(x, y)
        unparsed = roles._unparsed(x, y, information) or {}
        if not unparsed:
            unparsed = {k: 0.0 for k in ("slot", "aligned", "names", "rare_names", "rare_words", "same_time",
                                         "other_time")}
        found = roles._parsed([x, y], {0, 1})
        f = roles.features(x, y, found[0], found[1], unparsed)
        score = identity.score(f, identity.WEIGHTS.role, identity.ROLE_FEATURES)
        swap = roles.once_only_swap(x, y, found[0], found[1], f)
        w = identity.WEIGHTS.role
        why = ("differ" if score >= w.at else "uncertain" if score >= w.uncertain else "below")
        if not cheap:
            why = "too little shared (" + why + ")"
        note = f"{x.statement.text} / {y.statement.text} pred {found[0] and found[0].predicate} " \
               f"{found[1] and found[1].predicate} theme {found[0] and found[0].theme} {found[1] and found[1].theme}"
        rank = (1.0 if swap else 0.0) + score
        if best is None or rank > best[0]:
            best = (rank, why + (" · once-only " + swap if swap else ""), {**f, "score": round(score, 2)}, note)
    assert best is not None
    return best[1], best[2], best[3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--verdict", default="differ")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    import eval_compare as E

    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        names = list(roles._named_statements(kb, kinds))
    information = roles._information(names)
    by_doc: dict[str, list] = {}  # type: ignore[type-arg]
    for n in names:
        by_doc.setdefault(n.statement.document, []).append(n)
    census: Counter[str] = Counter()
    for path in args.pairs:
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line) if line.strip() else None
            if not pair or pair["verdict"] != args.verdict:
                continue
            found = []
            for side in ("a", "b"):
                doc = pair[side]["doc"]
                pool = [n for d, ns in by_doc.items() if d == doc or d.endswith(doc) for n in ns]
                found.append([n for n in pool if E._matches(n.statement.citation({}), pair[side])])
            why, f, note = classify(found[0], found[1], information)
            census[why.split(" (")[0].split(" ·")[0] + (" · once-only" if "once-only" in why else "")] += 1
            if args.verbose:
                print(f"{path.stem} {pair['id']} [{pair.get('kind')}] {why}: {pair['a']['text'][:60]!r} / "
                      f"{pair['b']['text'][:60]!r}")
                if f:
                    print("     ", note, {k: round(v, 2) for k, v in f.items()})
    for why, n in census.most_common():
        print(f"  {n:4}  {why}")


if __name__ == "__main__":
    main()
