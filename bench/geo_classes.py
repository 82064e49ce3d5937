"""Failure classes of annotated places over many sets, against one built database.

    python bench/geo_classes.py --db DB bench/annotations/places_v*.jsonl [--examples]

For every annotated place (first mention per document and name, ``eval_geo``'s rows)
it says what the system made of it: right, wrong, unmapped (with the geocoder's
reason) or not typed as a place (with the type of the mention that covers the
name, "inside" when that mention is a longer name, or "no mention" when NER and
the rules found nothing), split by whether the name is a natural feature (a
feature word in the name, or the annotator's kind). Counts only: the classes to
work on are the ones that recur across sets.
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
    args = ap.parse_args(argv)
    kb = eg.Kb.load(args.db)
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
