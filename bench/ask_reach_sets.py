"""Why the never-examined stating sentence ("a1") was not examined, set by set (round 59 askreach59).

Reads the ``--json`` output of ``bench/ask_reach_words.py`` and counts, per set, the step that loses the sentence,
where it stands, and one cause per question, the first that holds:

* ``no stored sentence``: no sentence of the expected document holds the citation;
* ``name only in the title``: a name of the question the sentence lacks stands in its section's or document's title;
* ``name in an earlier sentence``: a name it lacks stands in the two sentences around it (a pronoun, "the treaty");
* ``cut (floor, gap, depth)``: the sentence was retrieved and covered, but below the examined cut;
* ``document not retrieved``: no sentence of its document was retrieved;
* ``paraphrase, WordNet-tied``: a common word it lacks is a synonym, derived form or two-step kin of one of its words;
* ``paraphrase beyond WordNet``: every lacking word nowhere near (or only in the neighbours / title);
* ``examined now``: the code moved since the outcome.

    .venv/bin/python bench/ask_reach_sets.py WORDS.jsonl [-v]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

WORDNET = {"synonym", "derivation", "broader or narrower"}
CAUSES = ("no stored sentence", "examined now", "name only in the title", "name in an earlier sentence",
          "cut (floor, gap, depth)", "document not retrieved", "paraphrase, WordNet-tied", "paraphrase beyond WordNet")


def is_name(word: str, question: str) -> bool:
    """Whether a lacking question word is written capitalised past the question's first word."""
    return any(m.start() > 0 for m in re.finditer(rf"\b{re.escape(word[:1].upper() + word[1:])}\b", question))


def cause(row: dict) -> str:
    """One cause per a1 question (the first of ``CAUSES`` that holds)."""
    if row["step"] == "no sentence":
        return "no stored sentence"
    if row["step"] == "examined":
        return "examined now"
    lacking = row.get("lacking", {})
    names = {w: t for w, t in lacking.items() if is_name(w, row["question"])}
    if "in the title" in names.values():
        return "name only in the title"
    if "in a neighbour sentence" in names.values():
        return "name in an earlier sentence"
    if row["step"] != "not retrieved":
        return "cut (floor, gap, depth)"
    if row.get("place") == "document not retrieved":
        return "document not retrieved"
    if set(lacking.values()) & WORDNET:
        return "paraphrase, WordNet-tied"
    return "paraphrase beyond WordNet"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.words.open(encoding="utf-8")]
    sets = sorted({r["set"] for r in rows}, key=lambda s: (len(s), s))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        c = cause(r)
        table[c][r["set"]] += 1
        table[f"step: {r['step']}"][r["set"]] += 1
        table[f"place: {r.get('place', 'no sentence')}"][r["set"]] += 1
        if args.verbose:
            print(f"{r['set']} {r['id']} [{c}] {r['question']}")
    print("| class | " + " | ".join(s.removeprefix("ask_") for s in sets) + " | all |")
    print("| --- |" + " ---: |" * (len(sets) + 1))
    for key in [*CAUSES, *sorted(k for k in table if k not in CAUSES)]:
        if key in table:
            print(f"| {key} | " + " | ".join(str(table[key][s]) for s in sets) + f" | {sum(table[key].values())} |")


if __name__ == "__main__":
    main()
