"""Measured, not shipped (round 32): show the stating sentence's slot filler when the first candidate is a name
outside the asked slot.

For every question asking a person, one run of `ask` (explain) gives main's outcome; the rule replaces the first
candidate's text by the first ranked candidate of the same sentence that fills the asked slot (feature
``in_slot``, from qa/structure.fill) and is a name, when the first candidate is a name that does not fill it.
Prints the outcomes (bench/ask_classes.outcome) before and after, and writes every question the rule acts on.

    PYTHONPATH=src .venv/bin/python bench/ask_slot_first.py OUT.jsonl [--db build/corpus.db]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402

NAME_KINDS = ("kind_person", "kind_organization", "kind_named", "kind_place")


def _name(member: dict) -> bool:
    return any(member["features"].get(k) for k in NAME_KINDS)


def rechosen(result: dict) -> str | None:
    """The slot filler of the first candidate's sentence, when the rule would show it instead."""
    ranked = result.get("ranked") or []
    if not ranked:
        return None
    top = ranked[0]["members"][0]
    if top["features"].get("in_slot") or not _name(top):
        return None
    for cand in ranked[1:]:
        member = cand["members"][0]
        if (member["document"], member["sentence"]) == (top["document"], top["sentence"]) \
                and member["features"].get("in_slot") and _name(member):
            return cand["text"]
    return None


def _outcome(item: dict, result: dict) -> tuple[str, bool]:
    ok = eval_ask.answer_ok(result["answer"], item) and (
        result["answer"] is None or eval_ask.citation_ok(result, item))
    wrong_confident = result["answer"] is not None and not ok and result["confidence"] >= 0.8
    return ("unanswerable" if item["answer"] is None else ask_classes.outcome(item, result, ok)), wrong_confident


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    args = parser.parse_args()
    from vitrina.ask import _respelled, ask
    from vitrina.qa.question import analyse
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    totals: dict[str, Counter[str]] = {"before": Counter(), "after": Counter()}
    with contextlib.closing(connect_readonly(args.db)) as conn, args.out.open("w", encoding="utf-8") as out:
        kb = as_knowledge_base(conn)
        for path in ask_classes.SETS:
            for item in eval_ask.load_questions((str(path),)):
                if analyse(_respelled(kb, item["question"])).expects != "person":
                    continue
                result = ask(conn, item["question"], explain=True)
                new = rechosen(result)
                after = result if new is None else dict(
                    result, answer=new if result["answer"] is not None else None,
                    ranked=[dict(result["ranked"][0], text=new), *result["ranked"][1:]])
                outcomes = {}
                for key, res in (("before", result), ("after", after)):
                    outcomes[key], wrong_confident = _outcome(item, res)
                    totals[key].update({outcomes[key]: 1, "wrong at >= 0.8": int(wrong_confident)})
                if new is not None:
                    out.write(json.dumps({"set": path.stem, "id": item["id"], **outcomes,
                                          "top": result["ranked"][0]["text"], "shown": new}) + "\n")
    for key, counts in totals.items():
        print(key, ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
