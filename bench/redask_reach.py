"""Which committed ask questions round 43's redask changes can reach, and their figures before and after.

The changes act on: (1) the knowledge base — document titles (ingest/headtitle.py), transcript turns and
correction notices as quotations (extract/quotes.py); (2) ask — a candidate opening its sentence with a
paragraph label (qa/candidates.PARAGRAPH_LABEL), "Who said …?" (qa/stored.py), a question asking a kind of matter
or "When will …?" (qa/slottype.py). A question is reachable when it is of those kinds, or when its expected
document changed between the two databases (title, quotes), or when a word of it is in a changed document or
in a sentence opening with a paragraph label (a wide net). Every other question
gets the same answer from both trees.

    PYTHONPATH=src python bench/redask_reach.py --before BEFORE.db --after AFTER.db --out IDS.txt [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402


def _docs(db: str) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    titles = dict(conn.execute("SELECT id, title FROM documents"))
    quotes: dict[str, set] = {}
    for doc, start, end, kind, _speaker in conn.execute('SELECT document, start, "end", kind, speaker FROM quotes'):
        quotes.setdefault(doc, set()).add((start, end, kind))
    return {d: (t, frozenset(quotes.get(d, ()))) for d, t in titles.items()}


def main() -> None:
    from vitrina.lexicon import words
    from vitrina.qa import slottype
    from vitrina.qa.candidates import PARAGRAPH_LABEL
    from vitrina.qa.question import analyse
    from vitrina.qa.stored import WHO_VERB

    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", default=[str(p) for p in ask_classes.SETS])
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    before, after = _docs(args.before), _docs(args.after)
    changed = {d for d in set(before) | set(after) if before.get(d) != after.get(d)}
    conn = sqlite3.connect(args.after)
    labelled = [text for (text,) in conn.execute("SELECT text FROM sentences") if PARAGRAPH_LABEL.match(text)]
    print(f"documents changed: {len(changed)} {sorted(changed)[:20]}; sentences opening with a label: "
          f"{len(labelled)}")
    reach = changed
    reach_words: set[str] = set()
    for text in [*labelled, *(row[0] for d in changed
                              for row in conn.execute("SELECT text FROM documents WHERE id = ?", (d,)))]:
        reach_words |= set(re.findall(r"[a-z]{4,}", text.lower()))
    ids = []
    total = 0
    for name in args.files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            total += 1
            text = item["question"]
            q = analyse(text)
            who = WHO_VERB.match(text)
            kinds = (who and who.group(1).lower() in words("asked_saying_verbs")) or slottype.asks_future(q) \
                or (q.head and slottype.asks_matter(q.head))
            near = item.get("document") in reach or set(q.content) & reach_words
            if kinds or near:
                ids.append(f"{Path(name).stem}\t{item['id']}")
    args.out.write_text("\n".join(ids) + "\n", encoding="utf-8")
    print(f"reachable questions: {len(ids)} of {total}")


if __name__ == "__main__":
    main()
