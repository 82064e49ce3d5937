"""Why the never-examined stating sentence ("a1") was not examined, by family of groups (round 53 askreach).

Reads the ``--json`` output of ``bench/ask_reach_words.py`` (one or several files) and counts, per family
(dev … ``ask_v25``, ``ask_v26`` … ``ask_v47``, the newest fresh family ``ask_v48`` … ``ask_v53``, the red teams):

* the step that loses the sentence (`ask_reach.reach`: not retrieved, below the floor / the gap / beyond the depth,
  examined without a ranked candidate, no stored sentence) and where it stands (a neighbour of an examined
  sentence, its document examined / only retrieved / not retrieved);
* the ties of the question words it lacks, one class per question, the first that holds: every lacking word is
  tied by WordNet (a synonym, a derivation, two hypernym / hyponym steps) — what a WordNet expansion alone could
  reach; some are, the rest in the neighbouring sentences or the title; some are, the rest nowhere near; none is
  (neighbour / title only; nowhere near).

    .venv/bin/python bench/ask_reach_census.py WORDS.jsonl ... [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

WORDNET = {"synonym", "derivation", "broader or narrower", "lemma"}
AROUND = {"in a neighbour sentence", "in the title", "name variant"}


def family(name: str) -> str:
    """The family of a group: dev … v25, v26 … v47, v48 … v53 (the newest fresh family), red teams."""
    if name.startswith("ask_redteam"):
        return "red teams"
    if name.startswith("ask_v") and name[5:].isdigit():
        n = int(name[5:])
        return "v48 … v53" if n >= 48 else "v26 … v47" if n >= 26 else "dev … v25"
    return "dev … v25"


def ties(lacking: dict[str, str]) -> str:
    """One class of a question by the ties of the words its stating sentence lacks."""
    kinds = set(lacking.values())
    if not kinds:
        return "none lacking (cut by the floor, gap or depth alone)"
    if kinds <= WORDNET:
        return "every lacking word tied by WordNet"
    if kinds & WORDNET and kinds <= WORDNET | AROUND:
        return "WordNet ties + words in the neighbours or title"
    if kinds & WORDNET:
        return "WordNet ties + words nowhere near"
    if kinds <= AROUND:
        return "words only in the neighbours or title"
    return "words nowhere near (no WordNet tie)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for f in args.files for line in f.open(encoding="utf-8")]
    families = ("dev … v25", "v26 … v47", "v48 … v53", "red teams")
    tables: dict[str, Counter[tuple[str, str]]] = {"step": Counter(), "place": Counter(), "ties": Counter()}
    for r in rows:
        f = family(r["set"])
        tables["step"][(r["step"], f)] += 1
        tables["place"][(r.get("place") or "no sentence", f)] += 1
        if r["step"] not in ("no sentence", "examined"):
            tables["ties"][(ties(r.get("lacking", {})), f)] += 1
        if args.verbose and r["step"] not in ("no sentence", "examined"):
            print(f"  {r['set']} {r['id']} [{r['step']}] {r['question']} {r.get('lacking')}")
    print("| class | " + " | ".join(families) + " | all |")
    print("| --- | " + " | ".join("---:" for _f in families) + " | ---: |")
    for name, table in tables.items():
        for key in sorted({k for k, _f in table}, key=lambda k: -sum(table[(k, f)] for f in families)):
            counts = [table[(key, f)] for f in families]
            print(f"| {name}: {key} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    print(f"a1 questions: {len(rows)}")


if __name__ == "__main__":
    main()
