"""The questions of ask sets whose `ask` the linked forms can change (round 47 askalias), as subset files.

`ask` reads the linked forms only through ``q.linked`` and ``q.linked_mentions`` (ask._linked): a question for which
both are empty is asked exactly as with ``LINKED["credit"]`` 0. For each FILE this writes the questions with a
linked form to OUT/FILE (same name) and prints how many, so that ``ask_classes.py`` before (``--set
LINKED.credit=0``) and after need ask only those.

    .venv/bin/python bench/ask_linked_subset.py FILE.jsonl ... --db DB --out DIR
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    from vitrina.ask import _aliases, _respelled
    from vitrina.qa.question import analyse
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    args.out.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for name in args.files:
            kept = []
            for line in Path(name).read_text(encoding="utf-8").splitlines(keepends=True):
                if not line.strip():
                    continue
                item = json.loads(line)
                q = analyse(_respelled(kb, item["question"]))
                _aliases(kb, q)
                if q.linked or q.linked_mentions:
                    kept.append((line, q.linked, {k: sorted({m["mention"] for m in v})
                                                  for k, v in q.linked_mentions.items()}))
            (args.out / Path(name).name).write_text("".join(line for line, _l, _m in kept), encoding="utf-8")
            print(f"{Path(name).stem}: {len(kept)} of {len(eval_ask.load_questions((name,)))} with a linked form")
            for line, linked, mentions in kept:
                print(f"  {json.loads(line)['id']}: {linked} {mentions}")


if __name__ == "__main__":
    main()
