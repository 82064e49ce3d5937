"""Failure classes of annotated places over many sets, against one built database.

    python bench/geo_classes.py --db DB bench/annotations/places_v*.jsonl [--examples]

For every annotated place (first mention per document and name, ``eval_geo``'s rows)
it says what the system made of it: right, wrong, unmapped (with the geocoder's
reason) or not typed as a place (with the type of the mention that covers the
name, "inside" when that mention is a longer name, or "no mention" when NER and
the rules found nothing), split by whether the name is a natural feature (a
feature word in the name, or the annotator's kind). Counts only: the classes to
work on are the ones that recur across sets.

``--census`` prints instead a table of kinds of place (natural feature, region or
division, historical name, "City, State" form, a name used only in a possessive,
other towns and countries) against why each is lost: not
recognised (no mention, another type, inside a longer name), no gazetteer sense,
refused by the evidence floor (weak evidence, ambiguous), gated (a common word, a
person's name …), mapped wrong, right; and coverage (mapped of typed) per kind, and coverage with a point (the
same of the typed places an offline gazetteer sense lies at, ``eval_geo.has_offline_point``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import eval_geo as eg  # noqa: E402

# words that make a name a natural feature's, and annotators' kinds for features
FEATURE_WORDS = re.compile(
    r"\b(river|lake|sea|gulf|straits?|bay|islands?|isles|mount|mountains|peninsula|cape|ocean|desert|"
    r"valley|canal|channel|sound|falls|coast|plains?|plateau|range|hills|delta|creek|harbou?r|reef|"
    r"glacier|basin|pass|isthmus|inlet)\b", re.I)
FEATURE_KINDS = {"water", "river", "lake", "sea", "ocean", "bay", "gulf", "strait", "canal", "island",
                 "islands", "mountain", "mountains", "peninsula", "cape", "desert", "valley",
                 "natural feature"}


def is_feature(row: dict) -> bool:
    return bool(FEATURE_WORDS.search(row["name"])) or (row.get("kind") or "").lower() in FEATURE_KINDS


HISTORICAL_KINDS = {"historical", "colony", "empire"}
REGION_KINDS = {"region", "admin-region", "state", "province", "county", "territory", "continent"}
FLOOR_REASONS = {"weak evidence", "ambiguous"}  # refused by the floor or the margin of GEO_WEIGHTS
CENSUS_CAUSES = ("no mention", "other type", "inside a longer name", "no gazetteer sense",
                 "refused by the floor", "gated", "wrong", "right")


def census_kind(row: dict) -> str:
    """The kind of an annotated place for the census: what the name and its sentence show."""
    name, sentence, kind = row["name"], row["sentence"], (row.get("kind") or "").lower()
    if is_feature(row):
        return "natural feature"
    if kind in HISTORICAL_KINDS:
        return "historical name"
    if "," in name or re.search(re.escape(name) + r",\s+[A-Z]", sentence):
        return "\"City, State\" form"
    uses = list(re.finditer(re.escape(name), sentence))
    if uses and all(re.match(r"['’]s?\b", sentence[m.end():]) for m in uses):
        return "possessive only"
    if kind in REGION_KINDS:
        return "region or division"
    return "town or country"


def census_cause(kb: eg.Kb, row: dict) -> str | None:
    """Why an annotated place is lost (or "right"/"wrong"), in the census' classes."""
    got = outcome(kb, row)
    if got is None:
        return None
    if got.startswith("untyped: no mention"):
        return "no mention"
    if got.startswith("untyped"):
        return "inside a longer name" if "inside" in got else "other type"
    if got.startswith("unmapped"):
        reason = got.partition(": ")[2]
        if reason == "not in the gazetteer":
            return "no gazetteer sense"
        return "refused by the floor" if reason in FLOOR_REASONS else "gated"
    return got


def print_census(kb: eg.Kb, paths: list[Path]) -> None:
    """The kind x cause table over every set, with coverage (mapped of typed) per kind."""
    table: Counter[tuple[str, str]] = Counter()
    with_point: Counter[tuple[str, str]] = Counter()  # (kind, "typed"|"mapped") of places with an offline point
    for path in paths:
        for row in eg.read_jsonl(path, "all"):
            cause = census_cause(kb, row)
            if cause is not None:
                table[(census_kind(row), cause)] += 1
            if cause in CENSUS_CAUSES[3:] and (cause == "right" or eg.has_offline_point(row)):
                with_point[(census_kind(row), "typed")] += 1
                with_point[(census_kind(row), "mapped")] += cause in {"right", "wrong"}
    kinds = sorted({k for k, _ in table}, key=lambda k: -sum(v for (kk, _), v in table.items() if kk == k))
    print("| kind | " + " | ".join(CENSUS_CAUSES) + " | coverage | coverage with a point |")
    print("|---" * (len(CENSUS_CAUSES) + 3) + "|")
    for kind in kinds + ["all"]:
        row = {c: sum(v for (k, cc), v in table.items() if cc == c and kind in (k, "all")) for c in CENSUS_CAUSES}
        typed = sum(row[c] for c in CENSUS_CAUSES[3:])
        mapped = row["wrong"] + row["right"]
        can = sum(v for (k, what), v in with_point.items() if what == "typed" and kind in (k, "all"))
        can_mapped = sum(v for (k, what), v in with_point.items() if what == "mapped" and kind in (k, "all"))
        print(f"| {kind} | " + " | ".join(str(row[c]) for c in CENSUS_CAUSES)
              + f" | {mapped / max(typed, 1):.3f} | {can_mapped / max(can, 1):.3f} |")


def outcome(kb: eg.Kb, row: dict) -> str | None:
    """What the database made of one annotated place (None: its sentence is not found)."""
    found = eg.place_mention(kb, row)
    if found is None:
        return None
    m, other, inside = found
    if m is None:
        if other is None:
            return "untyped: no mention"
        return f"untyped: {other[2]}" + (" (inside a longer name)" if inside else "")
    ent = kb.entities.get(m[3], {})
    if ent.get("lat") is None:
        return "unmapped: " + str(ent.get("details", {}).get("geocoding", {}).get("decision"))
    return "right" if eg.place_right(row, ent)[0] else "wrong"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("places", nargs="+", type=Path)
    ap.add_argument("--examples", action="store_true", help="print every row that is not right")
    ap.add_argument("--census", action="store_true", help="kinds of place against causes of loss")
    args = ap.parse_args(argv)
    kb = eg.Kb.load(args.db)
    if args.census:
        print_census(kb, args.places)
        return 0
    counts: Counter[tuple[str, str]] = Counter()
    for path in args.places:
        for row in eg.read_jsonl(path, "all"):
            got = outcome(kb, row)
            if got is None:
                continue
            feature = "feature" if is_feature(row) else "other"
            counts[(got, feature)] += 1
            if args.examples and got != "right":
                print(f"{path.stem}\t{got}\t{feature}\t{row['name']}\t{row.get('kind')}")
    for (got, feature), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:5d}  {got}  [{feature}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
