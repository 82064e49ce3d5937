"""Why annotated places and persons are missed, one row per set, against one built database.

    python bench/miss_causes.py --db DB [--sets 1,2,…,12] [--examples CAUSE]

For every set ``places[_vN].jsonl`` (first mention per document and name) each annotated
place is classed by its first cause of loss: *right*; *no entity* (neither NER nor a rule
found a name there); *wrong type* (the name is covered by a mention of another type, or lies
inside a longer name); *no candidate* (typed place, the gazetteer has no sense of it);
*refused* (typed place with candidates, left unmapped as unsure or gated); *wrong sense*
(mapped, not within the scoring distance). *Coverage with a point*: ``eval_geo``'s mapped share of
the typed places an offline gazetteer sense lies at. Non-places mapped and persons' pairwise P/R come
from ``eval_geo``; the person mentions that miss their person's entity are classed by
``person_misses``. ``--examples CAUSE`` prints the rows of that cause.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import eval_geo as eg  # noqa: E402
from person_misses import misses  # noqa: E402

ANN = ROOT / "bench" / "annotations"
PLACE_CAUSES = ("right", "no entity", "wrong type", "no candidate", "refused", "wrong sense")


def place_cause(kb: eg.Kb, row: dict) -> tuple[str, str] | None:
    """(cause, detail) of one annotated place, or None when its sentence is not found."""
    found = eg.place_mention(kb, row)
    if found is None:
        return None
    m, other, inside = found
    if m is None:
        if other is None:
            return "no entity", ""
        return "wrong type", other[2] + (" (inside)" if inside else "")
    ent = kb.entities.get(m[3], {})
    geo = ent.get("details", {}).get("geocoding", {}) or {}
    if ent.get("lat") is None:
        return ("refused" if geo.get("candidates") else "no candidate"), str(geo.get("decision"))
    return ("right", "") if eg.place_right(row, ent)[0] else ("wrong sense", str(ent.get("name")))


def set_files(n: str) -> tuple[Path, Path, Path]:
    suffix = "" if n == "1" else f"_v{n}"
    return ANN / f"places{suffix}.jsonl", ANN / f"nonplaces{suffix}.jsonl", ANN / f"persons{suffix}.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--sets", default=",".join(str(k) for k in range(1, 13)))
    ap.add_argument("--examples", default="", help="a place cause, or 'person' for person misses")
    a = ap.parse_args(argv)
    kb = eg.Kb.load(a.db)
    print("| set | places | right | no entity | wrong type | no candidate | refused | wrong sense "
          "| typed | coverage | coverage with a point | accuracy | non-places mapped | persons P | persons R | person misses |")
    print("|---" * 16 + "|")
    totals: Counter[str] = Counter()
    for n in a.sets.split(","):
        places, nonplaces, persons = set_files(n)
        causes: Counter[str] = Counter()
        for row in eg.read_jsonl(places, "all"):
            got = place_cause(kb, row)
            if got is None:
                causes["not located"] += 1
                continue
            causes[got[0]] += 1
            if got[0] in a.examples.split(","):
                print(f"  {n}\t{got[0]}\t{row['name']}\t{row.get('kind')}\t{got[1]}\t{row['sentence'][:100]}")
        typed = sum(causes[c] for c in ("no candidate", "refused", "wrong sense", "right"))
        mapped = causes["wrong sense"] + causes["right"]
        geo = eg.score_places(kb, eg.read_jsonl(places, "all"))
        totals.update({"can": geo.found - geo.no_point, "can_mapped": geo.mapped - geo.no_point_mapped})
        total_np, bad, _ = eg.score_nonplaces(kb, eg.read_jsonl(nonplaces, "all"))
        ps = eg.score_persons(kb, eg.read_jsonl(persons, "all"))
        pm = Counter(c for c, *_ in misses(kb, eg.read_jsonl(persons, "all")))
        if "person" in a.examples.split(","):
            for c, text, person, _ in misses(kb, eg.read_jsonl(persons, "all")):
                print(f"  {n}\t{c}\t{text}\t{person}")
        located = sum(causes[c] for c in PLACE_CAUSES)
        totals.update(causes)
        totals.update({"typed": typed, "mapped": mapped, "np_bad": bad, "np": total_np})
        print(f"| {n} | {located} | " + " | ".join(str(causes[c]) for c in PLACE_CAUSES)
              + f" | {typed} | {mapped / max(typed, 1):.3f} | {geo.coverage_with_point:.3f}"
              + f" | {causes['right'] / max(mapped, 1):.3f}"
              + f" | {bad}/{total_np} | {ps.precision:.3f} | {ps.recall:.3f} | "
              + ", ".join(f"{k} {v}" for k, v in pm.most_common()) + " |")
    located = sum(totals[c] for c in PLACE_CAUSES)
    print(f"| all | {located} | " + " | ".join(str(totals[c]) for c in PLACE_CAUSES)
          + f" | {totals['typed']} | {totals['mapped'] / max(totals['typed'], 1):.3f}"
          + f" | {totals['can_mapped'] / max(totals['can'], 1):.3f}"
          + f" | {totals['right'] / max(totals['mapped'], 1):.3f} | {totals['np_bad']}/{totals['np']} | | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
