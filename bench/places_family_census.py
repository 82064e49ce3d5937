"""The places a family of first-mention sets loses, by cause, set by set (round 59's census).

    python bench/places_family_census.py --db DB [--from 48] [--to 59] [--list]

Each annotated first mention of ``places_vN.jsonl`` (N in the range) that is not right falls in
one cause, in the order the pipeline loses it:

* *not recognised*: no mention at the name;
* *typed something else*: another mention covers just the name (split by its type);
* *inside a longer name*: a longer mention holds it;
* *found, no gazetteer sense*: unmapped and no installed table would give a right point
  (``eval_geo.has_offline_point``), split by what the name is: a building or seat of government
  (its last word a WordNet hyponym of ``structure.n.01`` or ``building.n.01``, or the annotator's
  kind "other"), a natural feature (``geo_classes.is_feature``), a historic or renamed name, a
  "City, State" form, a region, else a town;
* *found, gated* / *refused by the floor*: unmapped although a table has a right sense;
* *geocoded to a namesake*: mapped, not to the annotated place.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_geo as eg  # noqa: E402
from eval_geo_sets import place_sets  # noqa: E402
from geo_classes import FLOOR_REASONS, census_kind  # noqa: E402

CAUSES = ("not recognised", "typed organization", "typed person", "typed other", "typed group",
          "inside a longer name", "no sense: building or seat", "no sense: natural feature",
          "no sense: historic or renamed", "no sense: \"City, State\"", "no sense: region",
          "no sense: town", "gated", "refused by the floor", "namesake (wrong point)")


def is_building(row: dict) -> bool:
    """Whether the name's last word is a kind of building or structure in WordNet."""
    from vitrina.qa import lexical

    wn = lexical.wordnet()
    words = re.findall(r"[A-Za-z]+", row["name"])
    if wn is None or not words:
        return False
    roots = {"structure.n.01", "building.n.01", "way.n.06", "establishment.n.04"}
    for synset in wn.synsets(words[-1].lower(), pos="n")[:2]:
        if any(h.name() in roots for path in synset.hypernym_paths() for h in path):
            return True
    return False


def no_sense_kind(row: dict) -> str:
    if is_building(row):
        return "no sense: building or seat"
    kind = census_kind(row)
    return {"natural feature": "no sense: natural feature", "historical name": "no sense: historic or renamed",
            "\"City, State\" form": "no sense: \"City, State\"",
            "region or division": "no sense: region"}.get(kind, "no sense: town")


def cause(kb: eg.Kb, row: dict) -> str | None:
    """The cause of one annotated first mention's loss; "right"; None when its sentence is not found."""
    found = eg.place_mention(kb, row)
    if found is None:
        return None
    m, other, inside = found
    if m is None:
        if other is None:
            return "not recognised"
        return "inside a longer name" if inside else f"typed {other[2]}"
    ent = kb.entities.get(m[3], {})
    if ent.get("lat") is None:
        if not eg.has_offline_point(row):
            return no_sense_kind(row)
        reason = str(ent.get("details", {}).get("geocoding", {}).get("decision"))
        return "refused by the floor" if reason in FLOOR_REASONS else "gated"
    return "right" if eg.place_right(row, ent)[0] else "namesake (wrong point)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--from", dest="first", type=int, default=48)
    ap.add_argument("--to", dest="last", type=int, default=59)
    ap.add_argument("--list", action="store_true", help="print every row that is not right")
    args = ap.parse_args(argv)
    kb = eg.Kb.load(args.db)
    table: Counter[tuple[str, str]] = Counter()
    labels = []
    for label, path, _ in place_sets():
        if label.endswith("_all") or not args.first <= int(label[1:]) <= args.last:
            continue
        labels.append(label)
        for row in eg.read_jsonl(path, "all"):
            got = cause(kb, row)
            if got is None or got == "right":
                continue
            table[(label, got)] += 1
            if args.list:
                print(f"{label}\t{got}\t{row['name']}\t{row.get('kind')}\t{row['doc']}")
    print("| cause | " + " | ".join(labels) + " | pooled |")
    print("|---" * (len(labels) + 2) + "|")
    for c in CAUSES:
        counts = [table[(label, c)] for label in labels]
        print(f"| {c} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
