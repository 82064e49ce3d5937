"""Why annotated contradictions of two dates or two amounts stay ungrouped: a sub-class census.

    python bench/compare_ungrouped.py DB PAIRS.jsonl ... --dumped GROUPS.jsonl -v > UNGROUPED.txt
    python bench/compare_value_misses.py UNGROUPED.txt [-v]

Reads the verbose listing of ``compare_ungrouped.py`` and, for each pair "judged apart" or "never candidates" whose
two statements are both dates or both amounts, puts it in the first sub-class that holds (the statement pair read is
the first whose values differ):

* ``range vs point`` — either value is written as a span ("between 1929 and 1934", "from … to …");
* ``granularity A/B`` — two dates written to another grain (a day, a month, a year, a decade);
* ``no participant in the value's clause`` — a statement kept for retelling only (no linked name in its clause);
* ``same predicate, ids N`` — the predicates share a base form or derivation, ``N`` entity ids shared (2 = 2+);
* ``events worded differently (RELATION), ids N`` — any other WordNet relation of the predicates (none, synonym,
  hypernym, in other clause, no frame).

Printed: the count of each (kind, class, sub-class); with ``-v`` every pair under its sub-class.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections import Counter
from pathlib import Path

_DATE_KINDS = {"happening-date", "event-date"}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_SPAN = re.compile(r"between|–|—|\d-\d|\bto\b|\bfrom\b|until|through", re.IGNORECASE)
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_DECADE = re.compile(r"\d{3,4}s\b|century|decade", re.IGNORECASE)
_CLASSES = ("judged apart", "never candidates")


def grain(value: str) -> str:
    """The grain a date is written to, read from its text."""
    if _DECADE.search(value):
        return "decade"
    if not any(m in value.lower() for m in _MONTHS):
        return "year"
    return "day" if _DAY.search(value) else "month"


def sub_class(shape: dict) -> str:  # type: ignore[type-arg]
    """The first sub-class a pair's statement shape falls in (see the module's docstring)."""
    a, b = shape["values"]
    dates = all(k in _DATE_KINDS for k in shape["kinds"])
    if _SPAN.search(a) or _SPAN.search(b):
        return "range vs point"
    if dates and grain(a) != grain(b):
        return f"granularity {grain(a)}/{grain(b)}"
    if any(shape["retold_only"]):
        return "no participant in the value's clause"
    ids = min(shape["ids"], 2)
    if shape["predicate"] == "form":
        return f"same predicate, ids {ids}"
    return f"events worded differently ({shape['predicate']}), ids {ids}"


def read_pairs(path: Path) -> list[tuple[str, list[dict]]]:  # type: ignore[type-arg]
    """Each pair line of the listing with the statement shapes printed under it."""
    pairs: list[tuple[str, list[dict]]] = []  # type: ignore[type-arg]
    for line in path.read_text().splitlines():
        if line.startswith("pairs"):
            pairs.append((line, []))
        elif line.startswith("     {") and pairs:
            pairs[-1][1].append(ast.literal_eval(line.strip()))
    return pairs


def classify(line: str, shapes: list[dict]) -> tuple[str, str, str] | None:  # type: ignore[type-arg]
    """(kind, class, sub-class) of one listed pair, or None when it is not two dates or two amounts left apart."""
    klass = line.split("] ", 1)[1].split(":", 1)[0]
    if klass not in _CLASSES or not shapes:
        return None
    shape = next((s for s in shapes if s["value"] == "differ"), shapes[0])
    kinds = shape["kinds"]
    if all(k in _DATE_KINDS for k in kinds):
        return "date", klass, sub_class(shape)
    if tuple(kinds) == ("quantity", "quantity"):
        return "amount", klass, sub_class(shape)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("listing", type=Path, help="the output of compare_ungrouped.py -v")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = {}
    for line, shapes in read_pairs(args.listing):
        key = classify(line, shapes)
        if key is not None:
            counts[key] += 1
            examples.setdefault(key, []).append(line[:200])
    print(f"{sum(counts.values())} pairs of two dates or two amounts left apart")
    for key, n in counts.most_common():
        print(f"{n:4d}  {' · '.join(key)}")
    if args.verbose:
        for key, _ in counts.most_common():
            print("==", " · ".join(key))
            for line in examples[key]:
                print("   ", line)


if __name__ == "__main__":
    main()
