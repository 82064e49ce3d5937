"""Which questions a reading switch reaches: their `analyse` differs with the switch on and off, or (for the acronym
reading of names, ``ALIASES.acronym``) `ask._aliases` gives their names other forms with it than without it on the database.

    .venv/bin/python bench/ask_reach_reading.py [FILE.jsonl ...] [--db DB] [--switch LEXICAL.verb_by_sense ...]
        [--json OUT]

Default files: every bench/annotations/ask_*.jsonl and tests/devset/*.jsonl. Prints, per file, the questions
reached by each switch (set, id, switch, question); ``--json`` writes them as ``{"set", "id", "switches"}`` lines,
which `bench/ask_classes.py` can be given as subsets (``--only``) — a question no switch reaches is asked with the same
inputs with and without the change, so its answer is unchanged by construction.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sqlite3
import sys
from pathlib import Path

from vitrina.ask import _aliases
from vitrina.qa import weights
from vitrina.qa.question import analyse
from vitrina.store.read import KnowledgeBase, as_knowledge_base

ROOT = Path(__file__).resolve().parents[1]
FILES = [*sorted((ROOT / "bench/annotations").glob("ask_*.jsonl")), *sorted((ROOT / "tests/devset").glob("*.jsonl"))]


def reading(question: str) -> str:
    """Every field of the question's reading, as text (the switches' effect on `ask`'s input)."""
    return json.dumps(dataclasses.asdict(analyse(question)), sort_keys=True, default=sorted)


def reached(question: str, switches: list[str]) -> list[str]:
    """The reading switches (``TABLE.key``) that change ``question``'s reading."""
    out = []
    for switch in switches:
        table, key = switch.split(".")
        values = getattr(weights, table)
        kept = values[key]
        values[key] = 0
        off = reading(question)
        values[key] = kept
        if reading(question) != off:
            out.append(switch)
    return out


def acronym_reached(kb: KnowledgeBase, question: str) -> bool:
    """Whether the acronym reading changes the other names `ask` gives the question's names on ``kb``."""
    q = analyse(question)
    on = _aliases(kb, q)
    weights.ALIASES["acronym"] = 0
    try:
        off = _aliases(kb, q)
    finally:
        weights.ALIASES["acronym"] = 1
    return on != off


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in FILES])
    parser.add_argument("--db", type=Path, help="also the acronym readings of the questions' names on this database")
    parser.add_argument("--switch", action="append", default=[], help="a LEXICAL switch (TABLE.key), several allowed")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    kb = as_knowledge_base(sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)) if args.db else None
    rows = []
    for name in args.files:
        path = Path(name)
        count = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found = reached(item["question"], args.switch)
            if kb is not None and acronym_reached(kb, item["question"]):
                found.append("ALIASES.acronym")
            if found:
                count += 1
                rows.append({"set": path.stem, "id": item["id"], "switches": found})
                print(f"{path.stem}\t{item['id']}\t{','.join(found)}\t{item['question']}")
        print(f"# {path.stem}: {count}", file=sys.stderr)
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
