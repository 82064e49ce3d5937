"""Why the stating sentence loses ("a1 not examined", "a2 not first"), classed by how the question words it.

Reads an ``ask_classes.py --dump``. For every answerable question whose outcome is a1 or a2, the stating sentence
(`ask_reach.stating_rows`) is covered as `ask` covers it, alone and with its context (section title and the
paragraph's sentences before it), and put in the first class that holds:

* ``topic in context``: its own words cover less than ``CANDIDATE_COVERAGE`` of the question, with its context at
  least that much (it names the topic by a pronoun or a short description; the name stands before it);
* ``broader word``: a question noun it lacks has a WordNet kind (hyponym, two steps, frequent senses) in it
  ("vessel" / ship, "upper house" / Senate);
* ``narrower word``: a question noun it lacks has a WordNet hypernym (two steps) in it ("planes" / aircraft);
* ``verb in other words``: the question's predicate has no counterpart in it (a converse, a paraphrase);
* ``other words``: the rest.

It also gives the a1 step where the sentence is lost (`ask_reach.reach`: not retrieved, below floor, below gap,
beyond depth; "examined" when it was examined yet made no candidate) and whether it holds a fact of the kind asked.

    .venv/bin/python bench/ask_why_lost.py DUMP.jsonl [--db build/dev.db] [--json OUT] [-v]
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

CLASSES = ("topic in context", "broader word", "narrower word", "verb in other words", "other words")


def _lemmas(synsets: list[Any]) -> set[str]:
    return {lemma.name().lower().replace("_", " ") for s in synsets for lemma in s.lemmas()}


def _kin(word: str, down: bool) -> set[str]:
    """The words two WordNet steps below (``down``) or above a noun's two most frequent senses."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return set()
    out: set[str] = set()
    front = wn.synsets(word, "n")[:2]
    for _step in range(2):
        front = [h for s in front for h in (s.hyponyms() if down else s.hypernyms())]
        out |= _lemmas(front)
    return out


def why(kb: Any, conn: Any, item: dict) -> dict:
    """The class of one a1/a2 question and what it rests on."""
    from vitrina.ask import _aliases, _cover, _question_lexicon, _respelled, _sentence, _weights
    from vitrina.qa.lexical import base_forms
    from vitrina.qa.question import analyse
    from vitrina.qa.text import WORD
    from vitrina.qa.weights import CANDIDATE_COVERAGE

    rows = ask_reach.stating_rows(conn, item)
    if not rows:
        return {"class": "no sentence"}
    stating = rows[0]
    document, section, block = conn.execute("SELECT document, section, block FROM sentences WHERE id = ?",
                                            (stating["id"],)).fetchone()
    before = [t for (t,) in conn.execute("SELECT text FROM sentences WHERE document = ? AND block IS ? AND id < ? "
                                         "ORDER BY id", (document, block, stating["id"]))]
    title = (conn.execute("SELECT title FROM sections WHERE document = ? AND id IS ?", (document, section)).fetchone()
             or [""])[0]
    q = analyse(_respelled(kb, item["question"]))
    aliases = _aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    if not weights:
        return {"class": "other words"}
    lexicon = _question_lexicon(weights, q.pos)

    def covered(context_title: str, previous: str) -> Any:
        s = _sentence({**stating, "section": None, "start": 0, "end": len(stating["text"]), "rank": 0.0,
                       "kind": None})
        _cover(s, q, weights, context_title, previous, aliases, lexicon)
        return s

    alone, with_context = covered("", ""), covered(title, " ".join(before[-2:]))
    missing = [w for w, _weight in alone.missing]
    held = {f for w in WORD.findall(stating["text"]) for f in base_forms(w)} | {stating["text"].lower()}
    nouns = [w for w in missing if q.pos.get(w) == "n" and w not in q.names]

    def within(words: set[str]) -> bool:
        return any(w in held or " " in w and w in stating["text"].lower() for w in words)

    if alone.coverage < CANDIDATE_COVERAGE <= with_context.coverage:
        kind = "topic in context"
    elif any(within(_kin(b, True)) for w in nouns for b in base_forms(w)):
        kind = "broader word"
    elif any(within(_kin(b, False)) for w in nouns for b in base_forms(w)):
        kind = "narrower word"
    elif q.predicate and q.predicate in missing:
        kind = "verb in other words"
    else:
        kind = "other words"
    return {"class": kind, "own": round(alone.coverage, 2), "context": round(with_context.coverage, 2),
            "missing": missing, "text": stating["text"]}


def main() -> None:
    args = ask_classes.dump_reader_arguments(__doc__.splitlines()[0])
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    items = ask_classes.questions_by_set_and_id()
    counts: Counter[tuple[str, str]] = Counter()
    steps: Counter[str] = Counter()
    out = args.json.open("w", encoding="utf-8") if args.json else None
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for line in args.dump.open(encoding="utf-8"):
            r = json.loads(line)
            outcome = r.get("outcome", "")
            if not outcome.startswith(("a1", "a2")) or r.get("before"):
                continue
            item = items[(r["set"], r["id"])]
            found = why(kb, conn, item)
            step = ask_reach.reach(conn, item)[0] if outcome.startswith("a1") else "examined"
            counts[(outcome[:2], found["class"])] += 1
            if outcome.startswith("a1"):
                steps[f"{step} / {found['class']}"] += 1
            if out:
                out.write(json.dumps({"set": r["set"], "id": r["id"], "outcome": outcome[:2], "step": step,
                                      "question": item["question"], **found}) + "\n")
            if args.verbose:
                print(f"  {r['set']} {r['id']} {outcome[:2]} [{found['class']}] {item['question']}\n"
                      f"    {found.get('text', '')[:160]}")
    if out:
        out.close()
    for outcome in ("a1", "a2"):
        print(f"{outcome}: " + ", ".join(f"{c} {counts[(outcome, c)]}" for c in (*CLASSES, "no sentence")
                                         if counts[(outcome, c)]))
    print("a1 by step / class: " + ", ".join(f"{k} {v}" for k, v in steps.most_common()))


if __name__ == "__main__":
    main()
