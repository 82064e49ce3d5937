"""The "not first" and "wrong span" answerable questions of `ask_classes.py --dump` files, grouped by cause.

Each question whose stating sentence was examined but whose top candidate is wrong (outcome ``a2 not first`` or
``b wrong span``) is put in the first group it fits, read off the question, the expected answer, the top candidate
and the ask_classes class (no parse, no `ask` call: the dump alone):

* ``right answer, another sentence cited``: the top candidate is a right answer, from a sentence the group does
  not name (a citation question, not a ranking one);
* ``span too long`` / ``span too short``: the top candidate holds the expected answer, or the answer holds it
  (a clause or list boundary, a date range cut, a qualifier left on);
* ``who is X / role``: "Who was X?", "What was X's job/trade/title?";
* ``definition``: "What is/was X?" / "What does X mean?" (qa/whatis.py since round 45);
* ``why / cause``: a why-question or one asking a reason, cause or purpose;
* ``how long``: a duration asked;
* ``pronoun / antecedent``: the answer is not in the stating sentence (ask_classes ``pronoun``);
* ``predicate worded otherwise``: the question's act has no counterpart in the sentence (ask_classes
  ``paraphrase``: a noun for a verb, another verb);
* ``question's own words``: the winner repeats the question (ask_classes ``question entity``);
* ``another candidate of the sentence`` / ``another sentence`` / ``no constituent``: the rest, by ask_classes.

    PYTHONPATH=src python bench/ask_span_census.py DUMP.jsonl [...] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402

OUTCOMES = ("a2 not first", "b wrong span")
DEFINITION = re.compile(r"(?i)^what\s+(?:is|was|are|were)\s+(?:an?\s+|the\s+)?[\w\s'’-]+\??$|^what\s+does\s+.+\s+mean\??$")
WHY = re.compile(r"(?i)^why\b|\b(?:reason|cause|purpose|motive)\b")
HOW_LONG = re.compile(r"(?i)\bhow long\b|\bfor how many (?:years|months|days|weeks)\b")
WHO_IS = re.compile(r"(?i)^who\s+(?:is|was)\s+[A-Z][\w.'’ -]*\??$|^what\s+was\s+.+['’]s\s+(?:job|trade|profession|"
                    r"occupation|title|role)\??$")


def cause(record: dict, item: dict | None = None) -> str:
    """The group of one not-first or wrong-span record (``item``: its annotation, for the answer's alternatives)."""
    question, answer, top = record["question"].strip(), record["answer"] or "", record.get("top") or ""
    if item is not None and top and eval_ask.answer_ok(top, item):
        return "right answer, another sentence cited"
    norm_answer, norm_top = eval_ask.norm(answer), eval_ask.norm(top)
    if norm_top and norm_answer and norm_answer in norm_top:
        return "span too long"
    if norm_top and norm_answer and norm_top in norm_answer:
        return "span too short"
    if WHO_IS.match(question):
        return "who is X / role"
    if DEFINITION.match(question) and not re.search(r"(?i)\b(?:of|in|by|for|to|at|on|called|named|name)\b",
                                                    question.split(None, 2)[-1]):
        return "definition"
    if WHY.search(question):
        return "why / cause"
    if HOW_LONG.search(question):
        return "how long"
    return {"pronoun": "pronoun / antecedent", "paraphrase": "predicate worded otherwise",
            "question entity": "question's own words", "wrong span, same sentence": "another candidate of the sentence",
            "other sentence": "another sentence"}.get(record.get("class", ""), record.get("class", "") or "other")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every question under its group")
    args = parser.parse_args()
    items = ask_classes.questions_by_set_and_id()
    groups: dict[str, list[dict]] = defaultdict(list)
    outcomes: Counter[str] = Counter()
    for path in args.dumps:
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if record.get("outcome") in OUTCOMES:
                outcomes[record["outcome"]] += 1
                groups[cause(record, items.get((record["set"], record["id"])))].append(record)
    print(", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    for name, records in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        first = sum(r["outcome"] == OUTCOMES[0] for r in records)
        print(f"{len(records):4d}  {name} (not first {first}, wrong span {len(records) - first})")
        if args.verbose:
            for r in records:
                print(f"        {r['set']} {r['id']} {r['question']}\n          expected {r['answer']!r}; "
                      f"top {(r.get('top') or '')[:100]!r}")


if __name__ == "__main__":
    main()
