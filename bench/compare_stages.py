"""Where the annotated contradictions are lost: a census of `vitrina compare` by stage.

    python bench/compare_stages.py DB PAIRS.jsonl [PAIRS.jsonl ...] [-v] [--slots]

Each annotated "differ" pair is put in the first stage that holds, with the comparisons recomputed by this code:

* ``found`` — shown as a contradiction;
* ``(c) below threshold`` — the difference is seen but the pair is not shown as a contradiction: shown as
  uncertain, or two names in one role (``vitrina.roles``) scored below the uncertain threshold;
* ``(b) not detected`` — the two statements are grouped (or their values stand in one sentence retold) but compare
  as agreeing or one more precise; or neither side holds a statement of what differs (an outcome, roles swapped
  between two names both sentences write, an ordinal): no comparison of that kind exists;
* ``(a) not paired`` — both sides hold comparable statements with incompatible values, but they are never judged
  the same thing (``compare_misses`` classes: never candidates, judged apart, grouped elsewhere), or two names that
  are never role candidates.

With ``--slots``, each contradiction between two dates never paired is also counted by the slots in which
its two clauses fail to align (``slots``): the predicate, the participants, the places, the time.
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


def stage(pair: dict, data: dict) -> str:
    import compare_misses as M
    import eval_compare as E

    from vitrina import compare as C
    from vitrina import identity, roles

    got = E.predicted_verdict(data["comparisons"], pair)
    if got == "differ":
        return "found"
    if got == "uncertain":
        return "(c) shown uncertain"
    if got in ("agree", "more-precise"):
        return f"(b) grouped as {got}"
    statements = data["statements"]
    found_a = [n for n, s in enumerate(statements) if E._matches(s.citation({}), pair["a"])]
    found_b = [n for n, s in enumerate(statements) if E._matches(s.citation({}), pair["b"])]
    both = [(i, j) for i in found_a for j in found_b
            if statements[i].document != statements[j].document
            and (C._comparable(statements[i], statements[j]) or C._durations_in_two_units(statements[i], statements[j]))]
    if both:
        if not any(C._relation(statements[i], statements[j]) == "differ" for i, j in both):
            return "(b) values read alike"
        return "(a) " + M.classify(pair, statements, data["keys"], data["comparisons"])
    names = [(a, b, f) for a, b, f in data["roles"]
             if (E._matches(a.statement.citation({}), pair["a"]) and E._matches(b.statement.citation({}), pair["b"]))
             or (E._matches(a.statement.citation({}), pair["b"]) and E._matches(b.statement.citation({}), pair["a"]))]
    if names:
        best = max(identity.score(f, identity.WEIGHTS.role, identity.ROLE_FEATURES) for _a, _b, f in names)
        return "(c) role scored below threshold" if best < identity.WEIGHTS.role.uncertain else "(a) role pair elsewhere"
    named_a = [n for n in data["named"] if E._matches(n.statement.citation({}), pair["a"])]
    named_b = [n for n in data["named"] if E._matches(n.statement.citation({}), pair["b"])]
    if any(a.statement.document != b.statement.document and roles._replacement(a, b) for a in named_a for b in named_b):
        return "(a) names never role candidates"
    return "(b) no statement of what differs"


def slots(pair: dict, data: dict) -> str | None:
    """For two dates of an annotated pair, the slots in which their clauses do not align (the tests of
    ``compare._aligned_frames_misdated``), or None when the pair holds no two parsed dates."""
    import eval_compare as E

    from vitrina import compare as C

    statements = data["statements"]
    found = [(a, b) for a in statements if E._matches(a.citation({}), pair["a"])
             for b in statements if E._matches(b.citation({}), pair["b"])
             and a.document != b.document and a.kind in C._DATE_KINDS and b.kind in C._DATE_KINDS]
    found = [(a, b) for a, b in found if a.frame is not None and b.frame is not None]
    if not found:
        return None
    a, b = C._as_compared(*found[0])
    fa, fb = C._unnamed_acts(a), C._unnamed_acts(b)
    failed = []
    if not (C._same_act_or_its_noun(fa, fb) or C._synonymous(fa.predicate, fb.predicate)):
        failed.append("predicate")
    if not C._shared_people(a, b):
        failed.append("participants")
    if C._other_places(a, b):
        failed.append("places")
    if (C._date_gap_days(a.value[:2], b.value[:2]) > C.WEIGHTS.firm_act_gap_days
            or max(C._width_days(a.value[:2]), C._width_days(b.value[:2])) > C.WEIGHTS.firm_act_width_days):
        failed.append("time")
    return "+".join(failed) or "none"


def load(db: Path) -> dict:
    from vitrina import compare as C
    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        comparisons = C.comparisons_json(C.compare(kb), C.document_titles(kb))
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        statements = list(C._statements(kb, kinds, []))
        found = roles.candidates(kb, kinds)
        named = list(roles._named_statements(kb, kinds))
    keys = [{("date" if s.kind in C._DATE_KINDS else s.kind, k) for k in C._blocking_keys(s)} for s in statements]
    sizes = Counter(k for found_keys in keys for k in found_keys)
    keys = [{k for k in found_keys if sizes[k] <= C.WEIGHTS.max_block or k[1] in s.about}
            for found_keys, s in zip(keys, statements, strict=True)]
    return {"comparisons": comparisons, "statements": statements, "keys": keys, "roles": found, "named": named}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--slots", action="store_true", help="count the failing slots of dates never paired")
    args = parser.parse_args()
    data = load(args.db)
    total: Counter[str] = Counter()
    failing: Counter[str] = Counter()
    for path in args.pairs:
        pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        census: Counter[str] = Counter()
        for pair in pairs:
            if pair["verdict"] != "differ":
                continue
            why = stage(pair, data)
            census[why] += 1
            if args.slots and why.startswith("(a)"):
                found = slots(pair, data)
                if found is not None:
                    failing[found] += 1
                    failing.update(f"  {slot}" for slot in found.split("+"))
            if args.verbose and why != "found":
                print(f"  {pair['id']} {pair.get('kind', ''):8} {why:34} "
                      f"{pair['a']['text'][:45]!r} / {pair['b']['text'][:45]!r}")
        total += census
        print(f"{path.stem} ({sum(census.values())} differ): " + ", ".join(f"{k} {n}" for k, n in sorted(census.items())))
    print(f"all ({sum(total.values())} differ): " + ", ".join(f"{k} {n}" for k, n in sorted(total.items())))
    if args.slots:
        print("dates never paired, by the slots that fail: " + ", ".join(
            f"{k.strip()} {n}" for k, n in sorted(failing.items()) if not k.startswith(" ")))
        print("  each slot: " + ", ".join(f"{k.strip()} {n}" for k, n in sorted(failing.items()) if k.startswith(" ")))


if __name__ == "__main__":
    main()
