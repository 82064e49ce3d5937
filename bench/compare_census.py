"""Why each annotated contradiction is missed, per pair set: the cause and, within it, what differs or what fails.

    python bench/compare_census.py DB PAIRS.jsonl [PAIRS.jsonl ...] [-v] [--json OUT]

Each "differ" pair is put in the stage ``compare_stages.stage`` gives it (comparisons recomputed by this code),
folded into four causes, and each miss given a sub-class:

* ``found`` — shown as a contradiction;
* ``nothing extracted`` — no statement of what differs on one side; sub-class: what differs between the two
  annotated spans, read from the words only one side writes (spaCy's entity labels and GeoNames): a date, a
  number, a person, a place, an organization, the same names in other roles (a swap), the speaker of a quotation,
  or other wording (an outcome, a post, a verb);
* ``not grouped`` — comparable statements never judged one fact; sub-class: the slots of the two clauses that fail
  to align (predicate, participants, places, time), "+"-joined; "names" for names never role candidates;
* ``wrong verdict`` — grouped, but shown uncertain, agreeing or more precise (the stage's own label).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

_DATE_WORD = re.compile(r"^(1[0-9]{3}|20[0-9]{2}|january|february|march|april|may|june|july|august|september|"
                        r"october|november|december|spring|summer|autumn|fall|winter)$", re.I)
_NUMBER = re.compile(r"\d")


@lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    from vitrina.extract.nlp import get_full_nlp

    return get_full_nlp()


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text.removeprefix("the ").removeprefix("The "), e.label_) for e in _nlp()(text).ents]


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"'()“”’").lower() for w in text.split()} - {""}


def what_differs(pair: dict) -> str:
    """What the two annotated spans (their sentences when the spans are alike) differ in, by the words one writes."""
    a, b = pair["a"]["text"], pair["b"]["text"]
    if _words(a) == _words(b):
        a, b = pair["a"]["sentence"], pair["b"]["sentence"]
    only_a, only_b = _words(a) - _words(b), _words(b) - _words(a)
    if pair.get("kind") == "quote":
        return "quote speaker/words"
    differing = only_a | only_b
    if any(_DATE_WORD.match(w) for w in differing):
        return "date"
    if any(_NUMBER.search(w) for w in differing) or pair.get("kind") == "quantity":
        return "number"
    ents_a, ents_b = _ents(pair["a"]["sentence"]), _ents(pair["b"]["sentence"])
    names_a = {t.lower() for t, _ in ents_a}
    names_b = {t.lower() for t, _ in ents_b}
    span_a, span_b = a.lower(), b.lower()
    in_a = {t for t in names_a if t in span_a}
    in_b = {t for t in names_b if t in span_b}
    if in_a and in_a == in_b and a.lower() != b.lower():
        return "role swap"
    labels = {lab for t, lab in ents_a + ents_b if (t.lower() in in_a) != (t.lower() in in_b)
              and (t.lower() in in_a or t.lower() in in_b)}
    for label, name in (("PERSON", "person"), ("GPE", "place"), ("LOC", "place"), ("FAC", "place"),
                        ("ORG", "organization"), ("NORP", "nationality"), ("ORDINAL", "number"),
                        ("CARDINAL", "number"), ("DATE", "date")):
        if label in labels:
            return name
    return "wording (outcome, post, verb)"


def cause(why: str) -> str:
    if why == "found":
        return "found"
    if why == "(b) no statement of what differs":
        return "nothing extracted"
    if why.startswith("(a)"):
        return "not grouped"
    return "wrong verdict"


def sub_class(pair: dict, why: str, data: dict) -> str:
    import compare_stages as S

    kind = cause(why)
    if kind == "found":
        return ""
    if kind == "nothing extracted":
        return what_differs(pair)
    if kind == "not grouped":
        if "role" in why or "names" in why:
            return "names: " + why.removeprefix("(a) ")
        failed = _slots(pair, data) or S.slots(pair, data)
        return failed or why.removeprefix("(a) ")
    return why.split(" ", 1)[1]


def _slots(pair: dict, data: dict) -> str | None:
    """The failing slots of two statements of any kind (dates: ``compare_stages.slots``)."""
    import eval_compare as E

    from vitrina import compare as C

    statements = data["statements"]
    found = [(a, b) for a in statements if E._matches(a.citation({}), pair["a"])
             for b in statements if E._matches(b.citation({}), pair["b"])
             and a.document != b.document and a.kind not in C._DATE_KINDS and C._comparable(a, b)]
    found = [(a, b) for a, b in found if a.frame is not None and b.frame is not None]
    if not found:
        return None
    a, b = found[0]
    failed = []
    if not (C._same_act_or_its_noun(a.frame, b.frame) or C._synonymous(a.frame.predicate, b.frame.predicate)):
        failed.append("predicate")
    if not C._shared_people(a, b):
        failed.append("participants")
    if C._other_places(a, b):
        failed.append("places")
    if C._relation(a, b) != "differ":
        failed.append("values alike")
    return "+".join(failed) or "none"


def main() -> None:
    import compare_stages as S

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", type=Path, help="write every pair's cause and sub-class")
    args = parser.parse_args()
    data = S.load(args.db)
    rows = []
    for path in args.pairs:
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line) if line.strip() else None
            if pair is None or pair["verdict"] != "differ":
                continue
            why = S.stage(pair, data)
            rows.append({"set": path.stem, "id": pair["id"], "kind": pair.get("kind", ""), "cause": cause(why),
                         "sub": sub_class(pair, why, data), "a": pair["a"]["text"], "b": pair["b"]["text"]})
    sets = list(dict.fromkeys(r["set"] for r in rows))
    causes = ["found", "nothing extracted", "not grouped", "wrong verdict"]
    print("| set | differ | " + " | ".join(causes) + " |")
    print("| --- | ---: |" + " ---: |" * len(causes))
    for name in [*sets, "all"]:
        mine = [r for r in rows if name in ("all", r["set"])]
        counts = Counter(r["cause"] for r in mine)
        print(f"| {name} | {len(mine)} | " + " | ".join(str(counts[c]) for c in causes) + " |")
    for c in causes[1:]:
        subs = Counter(r["sub"] for r in rows if r["cause"] == c)
        per_set = {s: Counter(r["sub"] for r in rows if r["cause"] == c and r["set"] == s) for s in sets}
        print(f"\n{c} ({sum(subs.values())}):")
        for sub, n in subs.most_common():
            spread = sum(1 for s in sets if per_set[s][sub])
            print(f"  {n:3} {sub}  (in {spread} sets: "
                  + ", ".join(f"{s.removeprefix('pairs_')} {per_set[s][sub]}" for s in sets if per_set[s][sub]) + ")")
    if args.verbose:
        for r in rows:
            if r["cause"] != "found":
                print(f"{r['set']:9} {r['id']} {r['kind']:8} {r['cause']:17} {r['sub'][:30]:30} "
                      f"{r['a'][:50]!r} / {r['b'][:50]!r}")
    if args.json:
        args.json.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
