"""Why `ask` never examined the sentence that states the answer ("a1 not examined"), one class per question.

Reads an ``ask_classes.py --dump``. For every answerable question whose outcome is a1, the stating sentence
(`ask_reach.stating_rows`) is put in the first class that holds:

* ``no sentence``: no stored sentence of the expected document holds the citation;
* ``caption or heading``: it stands in a block that is not a paragraph (its kind is given);
* ``examined, no candidate``: it was examined (`ask_reach.reach`) but made no candidate that was ranked;
* ``below the cut``: retrieved, but under the floor, the gap or the depth (`ask_reach.reach`'s step);
* ``entity named otherwise``: the question names someone or something and the sentence holds none of its names or
  other names — subclassed by how it opens: a pronoun ("He …"), a definite description ("The treaty …"), other;
* ``topic in context``: its own words cover less than ``CANDIDATE_COVERAGE`` of the question, with its section
  title and two sentences before at least that much (`ask_why_lost.why`);
* ``broader word`` / ``narrower word`` / ``verb in other words`` / ``other words``: `ask_why_lost.why`'s
  vocabulary classes (the question paraphrases the sentence).

Each not-retrieved question is also marked by where its document stands (`document_step`: read by the document
pass, retrieved past the documents it reads — another document chosen —, or not retrieved) and by the question
words the sentence misses. The steps are those of `ask`'s first look (`ask_reach.first_look`: the cut, followers,
the document pass, the learned selection stage when `SELECTION["add"]` is on). Prints the class counts set by set,
then over the groups ``dev`` … ``ask_v25`` and ``ask_v26`` … (those no shipped table saw).

    .venv/bin/python bench/ask_unexamined.py DUMP.jsonl [--db build/dev.db] [--json OUT] [-v]
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
import ask_why_lost  # noqa: E402

PRONOUNS = ("he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "there")
DETAIL = {"below the cut": "step", "entity named otherwise": "opening", "caption or heading": "block"}
UNSEEN_FROM = 26  # ask_v26 and later: groups no shipped table was fitted on


def named_in(kb: Any, item: dict, text: str) -> tuple[bool, bool]:
    """(the question names something, the sentence holds one of its names or other names), as `ask` covers it."""
    from vitrina.ask import _aliases, _cover, _question_lexicon, _respelled, _sentence, _weights
    from vitrina.qa.question import analyse

    q = analyse(_respelled(kb, item["question"]))
    if not q.names:
        return False, False
    aliases = _aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    stub = _sentence({"id": 0, "document": "", "section": None, "start": 0, "end": len(text), "text": text,
                      "rank": 0.0, "kind": None})
    _cover(stub, q, weights, "", "", aliases, _question_lexicon(weights, q.pos))
    return True, bool(stub.named)


def opening(text: str) -> str:
    """How a sentence opens: a pronoun, a definite description, or otherwise."""
    first = text.split(maxsplit=1)[0].lower().strip("\"“‘'(") if text.split() else ""
    if first in PRONOUNS:
        return "pronoun"
    return "description" if first == "the" else "other"


def census(kb: Any, conn: Any, item: dict) -> dict:
    """The class of one a1 question and what it rests on."""
    rows = ask_reach.stating_rows(conn, item)
    if not rows:
        return {"class": "no sentence"}
    stating = rows[0]
    kind = conn.execute("SELECT b.kind FROM sentences s LEFT JOIN blocks b ON b.document = s.document AND "
                        "b.id = s.block WHERE s.id = ?", (stating["id"],)).fetchone()[0]
    base = {"text": stating["text"], "block": kind}
    if kind not in ("paragraph", None):
        return {**base, "class": "caption or heading"}
    step, detail = ask_reach.reach(conn, item)
    base["coverage"] = detail.get("coverage")
    if step == "examined":
        return {**base, "class": "examined, no candidate"}
    if step != "not retrieved":
        return {**base, "class": "below the cut", "step": step, "position": detail.get("position")}
    base["document"] = document_step(detail)
    base["missing"] = detail.get("missing", [])
    names, holds = named_in(kb, item, stating["text"])
    if names and not holds:
        return {**base, "class": "entity named otherwise", "opening": opening(stating["text"])}
    return {**base, "class": ask_why_lost.why(kb, conn, item)["class"]}


def document_step(detail: dict) -> str:
    """Where a not-retrieved stating sentence's document stands: read by the document pass (`qa/docpass.py`), among
    the hits' documents past the ones it reads (another document chosen), or not retrieved at all."""
    if detail.get("document read"):
        return "document read"
    return "another document chosen" if detail.get("document found") else "document not retrieved"


def group(name: str) -> str:
    number = name[5:] if name.startswith("ask_v") else ""
    return "unseen" if number.isdigit() and int(number) >= UNSEEN_FROM else "fitted"


def main() -> None:
    args = ask_classes.dump_reader_arguments(__doc__.splitlines()[0])
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    items = ask_classes.questions_by_set_and_id()
    counts: Counter[tuple[str, str]] = Counter()
    detail: Counter[str] = Counter()
    sets: dict[str, None] = {}
    out = args.json.open("w", encoding="utf-8") if args.json else None
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for line in args.dump.open(encoding="utf-8"):
            r = json.loads(line)
            if not r.get("outcome", "").startswith("a1") or r.get("before"):
                continue
            item = items[(r["set"], r["id"])]
            found = census(kb, conn, item)
            counts[(group(r["set"]), found["class"])] += 1
            counts[(r["set"], found["class"])] += 1
            sets.setdefault(r["set"], None)
            counts[("all", found["class"])] += 1
            key = DETAIL.get(found["class"])
            if key:
                detail[f"{found['class']}: {found[key]}"] += 1
            if "document" in found:
                detail[f"not retrieved, {found['document']}"] += 1
            if out:
                out.write(json.dumps({"set": r["set"], "id": r["id"], "question": item["question"],
                                      "answer": item["answer"], **found}) + "\n")
            if args.verbose:
                print(f"  {r['set']} {r['id']} [{found['class']}] {item['question']}\n"
                      f"    {found.get('text', '')[:160]}")
    if out:
        out.close()
    classes = sorted({c for _g, c in counts}, key=lambda c: -counts[("all", c)])
    for name in (*sets, "fitted", "unseen", "all"):
        print(f"{name}: " + ", ".join(f"{c} {counts[(name, c)]}" for c in classes if counts[(name, c)]))
    print("detail: " + ", ".join(f"{k} {v}" for k, v in sorted(detail.items())))


if __name__ == "__main__":
    main()
