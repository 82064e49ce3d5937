"""How many never-examined stating sentences ("a1") speak of the question's entity otherwise (qa/refer.py).

Reads an ``ask_classes.py --dump``; for every a1 question that names something, its stating sentence
(`ask_reach.stating_rows`) is put in the first class that holds:

* ``names it``: it holds a word of the question's names (not this census's matter);
* ``no reference``: no pronoun subject or definite description (`refer.references`);
* ``resolved to the name``: a reference resolves to a question name (`refer.spoken_of`, as `ask._referring`
  calls it: the section and document titles, ``REFER["window"]`` sentences before);
* ``resolved otherwise``: it has references, none resolving to a question name.

A resolved one is also marked by whether `ask._referring` would search its document (one of the
``REFER["documents"]`` documents of the best hits naming the entity). Counts per set and over all.

    .venv/bin/python bench/ask_refer.py DUMP.jsonl [DUMP.jsonl …] [--db DB] [-v]
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
import ask_reach  # noqa: E402
import eval_ask  # noqa: E402


def classed(kb, item: dict, row: dict) -> tuple[str, bool]:
    """The stating sentence's class, and whether `ask._referring` would search its document."""
    from vitrina.ask import (
        _aliases,
        _bare,
        _names_any,
        _respelled,
        _retrieve,
        _section_titles,
        _weights,
    )
    from vitrina.qa import refer
    from vitrina.qa.names import name_phrases
    from vitrina.qa.question import analyse
    from vitrina.qa.text import words
    from vitrina.qa.weights import REFER

    q = analyse(_respelled(kb, item["question"]))
    names = name_phrases(q.text)
    if _names_any(row["text"], set(q.names)):
        return "names it", False
    if not refer.references(row["text"]):
        return "no reference", False
    section = kb.sentence_rows([row["id"]])[0]
    full = next(iter(kb.hit_rows([row["id"]])), None)
    sec = full["section"] if full else None
    titles = _section_titles(kb, {row["document"]})
    info = kb.document(row["document"])
    heads = (titles.get((row["document"], sec), ("", None))[0], info.title if info else "")
    aliases = _aliases(kb, q)
    others = {name: [v for own, variants in aliases if own == tuple(_bare(w) for w in words(name)) for v in variants]
              for name in names}
    found = refer.spoken_of(kb, {**section}, names, int(REFER["window"]), heads, others)
    if not found:
        return "resolved otherwise", False
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    hits = sorted(_retrieve(kb, q, aliases, weights), key=lambda s: s.rank)
    docs = list(dict.fromkeys(s.document for s in hits if _names_any(s.text, set(q.names))))
    return "resolved to the name", row["document"] in docs[:int(REFER["documents"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from vitrina.qa.names import name_phrases
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    items = ask_classes.questions_by_set_and_id()
    counts: Counter[tuple[str, str]] = Counter()
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for dump in args.dumps:
            for line in dump.open(encoding="utf-8"):
                r = json.loads(line)
                if not r.get("outcome", "").startswith("a1") or r.get("before"):
                    continue
                item = items[(r["set"], r["id"])]
                rows = ask_reach.stating_rows(conn, item)
                if not name_phrases(item["question"]):
                    name = "question names nothing"
                elif not rows:
                    name = "no sentence"
                else:
                    name, searched = classed(kb, item, rows[0])
                    if name == "resolved to the name":
                        counts[(r["set"], f"resolved, document searched {searched}")] += 1
                        counts[("all", f"resolved, document searched {searched}")] += 1
                    if args.verbose and name.startswith("resolved"):
                        print(f"  {r['set']} {r['id']} [{name}] {item['question']}\n    {rows[0]['text'][:160]}")
                counts[(r["set"], name)] += 1
                counts[("all", name)] += 1
                counts[(r["set"], "a1")] += 1
                counts[("all", "a1")] += 1
    for group in sorted({g for g, _c in counts}, key=lambda g: (g == "all", g)):
        print(f"{group}: " + ", ".join(f"{c} {n}" for (g, c), n in sorted(counts.items()) if g == group))


if __name__ == "__main__":
    main()
