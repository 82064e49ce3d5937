"""Why first mentions of places are missed or wrong, by cause, over every first-mention places set.

    python bench/places_census.py --db DB [--list]

Each annotated first mention (``places.jsonl``, ``places_vN.jsonl``; the rows ``eval_geo`` scores)
falls in one class:

* *right*;
* *wrong candidate*: mapped, not to the annotated place;
* *no offline point*: unmapped, and no installed gazetteer sense of the name would be right
  (``eval_geo.has_offline_point``), split by the kind of feature (the annotator's kind, or the
  feature word in the name: river, sea, mountain …);
* *unmapped with a point*: unmapped although a gazetteer sense would be right (the geocoder's reason);
* *inside a longer name*: no place mention, a longer mention holds the name; split by what the
  longer name is (the lexicographer file of the first common noun among its other words in
  WordNet: ``communication`` for "Treaty of X", "X Conference", ``group`` for "University of
  X", "X Government", ``act`` for "X War"; ``person`` when it is a person mention) and by whether
  a non-places set of the same document lists that longer name (or one holding the place) as
  not a place — the rows where the places and the non-places sets meet;
* *not found as an entity*: no mention at all, or another mention of the same span.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_geo as eg  # noqa: E402
from eval_geo_sets import place_sets  # noqa: E402
from geo_classes import FEATURE_WORDS  # noqa: E402


def feature_kind(row: dict) -> str:
    """The kind of a place no gazetteer has a point for: the feature word, else the annotator's kind."""
    m = FEATURE_WORDS.search(row["name"])
    if m:
        word = m.group(1).lower().rstrip("s") or m.group(1).lower()
        return {"isle": "island", "mountain": "mount", "strait": "strait"}.get(word, word)
    return (row.get("kind") or "other").lower()


def longer_name_class(text: str, outer: tuple, inner: tuple[int, int]) -> str:
    """What the longer name holding a place is: its mention type, and for an organisation or
    other name the WordNet lexicographer file of its first other word that is a common noun."""
    from vitrina.qa import lexical

    if outer[2] == "person":
        return "person"
    words = re.findall(r"[A-Za-z]+", text[outer[0]:inner[0]] + " " + text[inner[1]:outer[1]])
    wn = lexical.wordnet()
    for w in words:
        if w.lower() in {"the", "of", "and", "for", "on", "in", "at", "de"} or wn is None:
            continue
        senses = wn.synsets(w.lower(), pos="n")
        if senses:
            return f"{outer[2]}: {senses[0].lexname().removeprefix('noun.')} ({w.lower()})"
    return f"{outer[2]}: other"


def nonplace_texts(version_files: list[Path]) -> dict[tuple[str, str], list[str]]:
    """(doc, sentence) -> the non-places annotated there."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in version_files:
        for row in eg.read_jsonl(path, "all"):
            out[(row["doc"], row["sentence"])].append(row["text"])
    return out


def classify(kb: eg.Kb, row: dict, nonplaces: dict[tuple[str, str], list[str]]) -> tuple[str, str] | None:
    """(cause, detail) of one annotated first mention; None when its sentence is not found."""
    doc, span, _ = eg.locate(kb, row, "name", alone=True)
    if doc is None or span is None:
        return None
    text = kb.texts[doc]
    head = eg.head_span(text, span)
    m = kb.mention_at(doc, head, "place")
    if m is None:
        other = kb.mention_at(doc, head)
        if other is None:
            return "not found as an entity", "no mention"
        if other[0] <= head[0] and other[1] >= head[1] and other[1] - other[0] > head[1] - head[0]:
            outer = text[other[0]:other[1]]
            listed = any(row["name"] in t and len(t) > len(row["name"])
                         for t in nonplaces.get((row["doc"], row["sentence"]), ()))
            return ("inside a longer name",
                    f"{longer_name_class(text, other, head)}; non-places list it: {'yes' if listed else 'no'}"
                    f" | {outer}")
        return "not found as an entity", f"typed {other[2]}"
    ent = kb.entities.get(m[3], {})
    if ent.get("lat") is None:
        if not eg.has_offline_point(row):
            return "no offline point", feature_kind(row)
        return "unmapped with a point", str(ent.get("details", {}).get("geocoding", {}).get("decision"))
    ok, detail = eg.place_right(row, ent)
    return ("right", "") if ok else ("wrong candidate", f"{ent.get('name')}: {detail}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--list", action="store_true", help="print every row that is not right")
    args = ap.parse_args(argv)
    kb = eg.Kb.load(args.db)
    causes: Counter[str] = Counter()
    details: Counter[tuple[str, str]] = Counter()
    for label, path, nonplaces_path in place_sets():
        if label.endswith("_all"):
            continue
        nonplaces = nonplace_texts([nonplaces_path] if nonplaces_path else [])
        for row in eg.read_jsonl(path, "all"):
            got = classify(kb, row, nonplaces)
            if got is None:
                continue
            cause, detail = got
            causes[cause] += 1
            details[(cause, detail.split(" | ")[0])] += 1
            if args.list and cause != "right":
                print(f"{label}\t{cause}\t{row['name']}\t{detail}")
    total = sum(causes.values())
    for cause, n in causes.most_common():
        print(f"{n:6d}  {n / total:.3f}  {cause}")
        for (c, detail), k in details.most_common():
            if c == cause and detail and k >= 3:
                print(f"        {k:5d}  {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
