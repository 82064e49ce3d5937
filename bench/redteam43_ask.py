"""Ask the red team's round-43 questions (bench/redteam/round43/questions.tsv) over a story database, one line
each: id, kind, answer, confidence, first citation's document and text.

    PYTHONPATH=src python bench/redteam43_ask.py --db story.db --out answers.tsv
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

QUESTIONS = Path(__file__).resolve().parent / "redteam" / "round43" / "questions.tsv"


def main() -> None:
    from vitrina.ask import ask

    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    conn = sqlite3.connect(args.db)
    rows = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        qid, kind, question, _truth = line.split("\t")
        r = ask(conn, question)
        cite = r["citations"][0] if r["citations"] else {}
        rows.append("\t".join([qid, kind, str(r["answer"]), str(r["confidence"]), str(cite.get("document")),
                               " ".join(str(cite.get("text", ""))[:120].split())]))
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
