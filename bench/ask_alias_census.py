"""How many never-examined stating sentences name the question's entity by another form the store links to it.

Reads an ``ask_classes.py --dump``. For every answerable question of class "not examined" whose question names
something (`qa.names.name_phrases`) and whose stating sentence (`ask_reach.stating_rows`) holds none of its names nor
their other names as `ask` covers them (`ask_unexamined.named_in`), the stored mentions inside the stating sentence
are read and each is put in the first class that holds:

* ``same entity, other form``: the mention's entity is one the question's name is linked to (`entities_named` of
  the name or of one of its other names) and its written form is not among the forms `ask` searches;
* ``demonym entity``: the mention's entity is named by a demonym or adjective of the question's name or of one of
  its other names (WordNet: `qa.text.demonyms`, `places_of`), or by another form `ask` searches for the name (a
  capital's country, a demonym), "the Soviets" for Moscow;
* ``unlinked``: no mention of the sentence is linked to a question name (a description, a leader, a capital).

With ``--after`` the forms searched are those of the code on the path (run it on the branch), so the count of the
sentences that now hold a searched form is the change's reach.

    .venv/bin/python bench/ask_alias_census.py DUMP.jsonl [--db build/dev.db] [--json OUT] [-v]
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import ask_reach  # noqa: E402
import ask_unexamined  # noqa: E402


def linked(kb: Any, question: str) -> tuple[set[str], set[str], set[str]]:
    """The ids of the entities the question's names are linked to, of those named by their demonyms, and every
    folded form `ask` searches for the names (`ask._aliases`)."""
    from vitrina.ask import _aliases, _respelled
    from vitrina.qa.names import equivalents, name_phrases
    from vitrina.qa.question import analyse
    from vitrina.qa.text import demonyms, fold, places_of

    q = analyse(_respelled(kb, question))
    same: set[str] = set()
    adjectival: set[str] = set()
    for phrase in name_phrases(q.text):
        names = {phrase} | set(equivalents(kb, phrase)) | places_of(phrase)
        for place in places_of(phrase):
            names |= set(equivalents(kb, place))
        for name in names:
            same |= {r["id"] for r in kb.entities_named(name)}
        for name in set(names):
            for d in demonyms(name):
                adjectival |= {r["id"] for r in kb.entities_named(d)}
    forms = {" ".join(q.names)} | {" ".join(v) for _own, variants in _aliases(kb, q) for v in variants}
    forms |= {fold(n) for n in q.names}
    for form in forms:  # the entities named by a form `ask` searches ("soviet": the group also written "Soviets")
        adjectival |= {r["id"] for r in kb.entities_named(form)}
    return same, adjectival - same, forms


def mentions_in(conn: Any, sentence_id: int) -> list[tuple[str, str]]:
    """(entity id, written form) of the stored mentions inside a stored sentence."""
    row = conn.execute('SELECT document, start, "end" FROM sentences WHERE id = ?', (sentence_id,)).fetchone()
    if row is None:
        return []
    document, start, end = row
    return [(e, t) for e, t in conn.execute(
        'SELECT m.entity, substr(d.text, m.start + 1, m."end" - m.start) FROM mentions m JOIN documents d '
        'ON d.id = m.document WHERE m.document = ? AND m.start >= ? AND m."end" <= ?', (document, start, end))]


def census(kb: Any, conn: Any, item: dict) -> dict:
    from vitrina.qa.text import fold

    rows = ask_reach.stating_rows(conn, item)
    if not rows:
        return {"class": "no sentence"}
    stating = rows[0]
    names, holds = ask_unexamined.named_in(kb, item, stating["text"])
    if not names:
        return {"class": "no name asked"}
    if holds:
        return {"class": "a name held"}
    same, adjectival, forms = linked(kb, item["question"])
    found = mentions_in(conn, stating["id"])
    base = {"text": stating["text"], "question": item["question"]}
    other = [t for e, t in found if e in same]
    if other:
        return {**base, "class": "same entity, other form", "forms": other,
                "searched": any(fold(t) in forms for t in other)}
    other = [t for e, t in found if e in adjectival]
    if other:
        return {**base, "class": "demonym entity", "forms": other, "searched": any(fold(t) in forms for t in other)}
    return {**base, "class": "unlinked", "mentions": [t for _e, t in found]}


def main() -> None:
    args = ask_classes.dump_reader_arguments(__doc__.splitlines()[0])
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    items = ask_classes.questions_by_set_and_id()
    counts: Counter[str] = Counter()
    per_set: Counter[tuple[str, str]] = Counter()
    out = args.json.open("w", encoding="utf-8") if args.json else None
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for line in args.dump.open(encoding="utf-8"):
            r = json.loads(line)
            if r.get("class") != "not examined":
                continue
            item = items[(r["set"], r["id"])]
            c = census(kb, conn, item)
            counts[c["class"]] += 1
            per_set[(r["set"], c["class"])] += 1
            if out:
                out.write(json.dumps({"set": r["set"], "id": r["id"], **c}) + "\n")
            if args.verbose and c["class"] in ("same entity, other form", "demonym entity", "unlinked"):
                print(f"{r['set']} {r['id']} [{c['class']}] {item['question']}\n    {c.get('forms') or c.get('mentions')}"
                      f" searched={c.get('searched')}\n    {c['text'][:200]}")
    print("not examined: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    for s in sorted({s for s, _c in per_set}):
        print(f"  {s}: " + ", ".join(f"{c} {v}" for (t, c), v in sorted(per_set.items()) if t == s))


if __name__ == "__main__":
    main()
