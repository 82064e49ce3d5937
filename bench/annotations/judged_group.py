"""Write a red team's questions as a judged ask group (the shared half of each ``ask-docs-redteamNN`` builder).

A builder names, by the question's line number in its ``questions.tsv`` (question, expected answer), the
questions it leaves out (``skip``), those that are unanswerable (``none``) and, for every other one, the answer,
its alternatives and a piece of the sentence that states it (``answers``); this looks the sentence up in the
built collection and prints the group as JSON lines, stopping with the question's id when the piece finds no
sentence, several, or one without an alternative.
"""
import csv
import json
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base


def write_group(db: str, questions: Path, skip: set[int], none: set[int],
                answers: dict[int, tuple[str, list[str], str]], unanswerable_kind: bool = False) -> None:
    """Print the group: one JSON line per question kept. ``unanswerable_kind``: an unanswerable question's kind
    is "unanswerable" (else the expected-answer column, as the older groups have it)."""
    kb = as_knowledge_base(connect_readonly(db))
    sentences = [(d, h.text) for d in kb.document_ids() for h in kb.sentences(d)]
    with open(questions, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, (question, expected) in enumerate(rows, 1):
        if n in skip:
            continue
        kind = "unanswerable" if unanswerable_kind and n in none else expected
        row = {"id": f"q{n:02d}", "question": question, "answer": None, "alternatives": [], "document": None,
               "citation": None, "kind": kind}
        if n not in none:
            answer, alternatives, piece = answers[n]
            found = [(d, t) for d, t in sentences if piece in t and answer in t]
            if len(found) != 1:
                sys.exit(f"q{n:02d}: {len(found)} sentences hold {piece!r} and {answer!r}")
            (document, citation), = found
            missing = [a for a in alternatives if a not in citation]
            if missing:
                sys.exit(f"q{n:02d}: alternatives not in the sentence: {missing}")
            row.update(answer=answer, alternatives=alternatives, document=document, citation=citation)
        print(json.dumps(row, ensure_ascii=False))
