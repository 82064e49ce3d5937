"""Which question words the never-examined stating sentence ("a1") lacks, and what ties each to the sentence.

Reads ``ask_classes.py --dump`` files (several; each group's database given by ``--group-db``, the rest on
``--db``). For every answerable question whose outcome is a1, the stating sentence (`ask_reach.stating_rows`) is
found, the step that loses it (`ask_reach.reach`: not retrieved, below the floor, the gap or the depth, examined
without a ranked candidate) and where it stands against the first look's pool:

* ``neighbour of a hit``: it is within two sentences (same paragraph) of a sentence the first look examined;
* ``document examined``: another sentence of its document was examined (further away);
* ``document retrieved``: a sentence of its document was retrieved but none examined;
* ``document not retrieved``: no sentence of its document was retrieved.

Each question word the sentence lacks as `ask` covers it (``Sentence.missing``) is put in the first tie that holds:

* ``lemma``: a word of the sentence shares its spaCy lemma or a WordNet base form (a coverage miss);
* ``synonym`` / ``derivation`` / ``broader or narrower``: a word of the sentence shares a WordNet synset with it, is
  derivationally related to it (or to a synonym), or is two hypernym / hyponym steps away;
* ``name variant``: a question name of which the sentence holds a word of four letters or more sharing its first
  four letters, or one edit away (a short name, a misspelling);
* ``in a neighbour sentence``: one of its forms stands in the two sentences before or after (same paragraph);
* ``in the title``: one of its forms stands in the section's or the document's title;
* ``nowhere near``: none of these.

    .venv/bin/python bench/ask_reach_words.py DUMP.jsonl ... [--db DB] [--group-db ask_redteam37=rt37.db ...]
        [--json OUT] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import ask_reach  # noqa: E402
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TIES = ("lemma", "synonym", "derivation", "broader or narrower", "name variant", "in a neighbour sentence",
        "in the title", "nowhere near")
PLACES = ("examined", "neighbour of a hit", "document examined", "document retrieved", "document not retrieved")


def questions() -> dict[tuple[str, str], dict]:
    """Every judged question (tuning sets and red teams) by (set name, id)."""
    files = [*map(str, ask_classes.SETS), *map(str, sorted((ROOT / "bench/annotations").glob("ask_redteam*.jsonl")))]
    return {(Path(f).stem, it["id"]): it for f in files for it in eval_ask.load_questions((f,))}


def _lemmas(text: str) -> set[str]:
    from vitrina.qa.parse import parse_many

    return {t.lemma_.lower() for t in parse_many([text], lemmas=True)[0] if t.is_alpha}


def _synsets(word: str) -> list[Any]:
    from vitrina.qa.lexical import base_forms, wordnet

    wn = wordnet()
    return [] if wn is None else [s for b in base_forms(word) for s in wn.synsets(b.replace(" ", "_"))]


def _names(synsets: list[Any]) -> set[str]:
    return {lemma.name().lower().replace("_", " ") for s in synsets for lemma in s.lemmas()}


def _derived(synsets: list[Any]) -> set[str]:
    return {d.name().lower() for s in synsets for lemma in s.lemmas() for d in lemma.derivationally_related_forms()}


def _kin(synsets: list[Any]) -> set[str]:
    out: set[str] = set()
    for down in (True, False):
        front = synsets
        for _step in range(2):
            front = [h for s in front for h in (s.hyponyms() if down else s.hypernyms() + s.instance_hypernyms())]
            out |= _names(front)
    return out


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def tie(word: str, is_name: bool, text: str, around: str, title: str) -> str:
    """How a question word the sentence lacks is tied to it (the first of ``TIES`` that holds)."""
    from vitrina.qa.lexical import base_forms
    from vitrina.qa.text import WORD

    words = [w.lower() for w in WORD.findall(text)]
    forms = {f for w in words for f in base_forms(w)}
    mine = base_forms(word)
    if mine & forms or mine & _lemmas(text):
        return "lemma"
    own = _synsets(word)
    if _names(own) - {word} & forms:
        return "synonym"
    if (_derived(own) | {d for s in own for d in _derived([s])}) & forms:
        return "derivation"
    if _kin(own) & forms:
        return "broader or narrower"
    if is_name and any(len(w) >= 4 and (w[:4] == word[:4] or _one_edit(w, word)) for w in words):
        return "name variant"
    if mine & {f for w in WORD.findall(around.lower()) for f in base_forms(w)}:
        return "in a neighbour sentence"
    if mine & {f for w in WORD.findall(title.lower()) for f in base_forms(w)}:
        return "in the title"
    return "nowhere near"


def census(conn: Any, item: dict) -> dict:
    """Where one a1 question's stating sentence stands and how each lacking question word is tied to it."""
    from vitrina.ask import (
        _aliases,
        _cover,
        _question_lexicon,
        _respelled,
        _sentence,
        _weights,
        covered,
        examined,
        followers,
    )
    from vitrina.qa.question import analyse
    from vitrina.store.read import as_knowledge_base

    rows = ask_reach.stating_rows(conn, item)
    if not rows:
        return {"step": "no sentence"}
    stating = rows[0]
    step, _detail = ask_reach.reach(conn, item)
    kb = as_knowledge_base(conn)
    q = analyse(_respelled(kb, item["question"]))
    aliases = _aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    sentences, titles = covered(kb, q, weights, aliases) if weights else ([], {})
    pool = examined(kb, sentences) if sentences and sentences[0].coverage else []
    pool += followers(kb, pool, q, weights, aliases, titles) if pool else []
    document, section, block = conn.execute("SELECT document, section, block FROM sentences WHERE id = ?",
                                            (stating["id"],)).fetchone()
    paragraph = [(i, t) for i, t in conn.execute("SELECT id, text FROM sentences WHERE document = ? AND block IS ? "
                                                  "ORDER BY id", (document, block))]
    at = next(n for n, (i, _t) in enumerate(paragraph) if i == stating["id"])
    near = {i for i, _t in paragraph[max(0, at - 2):at + 3]} - {stating["id"]}
    pooled = {s.id for s in pool}
    if step == "examined":
        place = "examined"
    elif near & pooled:
        place = "neighbour of a hit"
    elif any(s.document == document for s in pool):
        place = "document examined"
    elif any(s.document == document for s in sentences):
        place = "document retrieved"
    else:
        place = "document not retrieved"
    title = " ".join(t or "" for t in (
        *(conn.execute("SELECT title FROM sections WHERE document = ? AND id IS ?", (document, section)).fetchone()
          or [""]),
        *(conn.execute("SELECT title FROM documents WHERE id = ?", (document,)).fetchone() or [""])))
    around = " ".join(t for _i, t in paragraph[max(0, at - 2):at] + paragraph[at + 1:at + 3])
    stub = _sentence({**stating, "section": None, "start": 0, "end": len(stating["text"]), "rank": 0.0, "kind": None})
    if weights:
        _cover(stub, q, weights, "", "", aliases, _question_lexicon(weights, q.pos))
    lacking = {w: tie(w, w in q.names, stating["text"], around, title) for w, _weight in stub.missing}
    return {"step": step, "place": place, "coverage": round(stub.coverage, 2), "lacking": lacking,
            "text": stating["text"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], help="SET=DB: the database of one group")
    parser.add_argument("--json", type=Path, help="write every classed question (JSONL)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from vitrina.store import connect_readonly

    items = questions()
    dbs = dict(g.split("=", 1) for g in args.group_db)
    steps: Counter[str] = Counter()
    places: Counter[str] = Counter()
    ties: Counter[str] = Counter()
    alone: Counter[str] = Counter()  # questions whose every lacking word has one tie
    out = args.json.open("w", encoding="utf-8") if args.json else None
    connections: dict[str, Any] = {}
    try:
        for dump in args.dumps:
            for r in map(json.loads, dump.open(encoding="utf-8")):
                if not r.get("outcome", "").startswith("a1"):
                    continue
                db = dbs.get(r["set"], str(args.db))
                conn = connections.get(db) or connections.setdefault(db, connect_readonly(Path(db)))
                item = items[(r["set"], r["id"])]
                found = census(conn, item)
                steps[found["step"]] += 1
                places[found.get("place", "no sentence")] += 1
                kinds = set(found.get("lacking", {}).values())
                ties.update(found.get("lacking", {}).values())
                alone[kinds.pop() if len(kinds) == 1 else ("none lacking" if not kinds else "several ties")] += 1
                if out:
                    out.write(json.dumps({"set": r["set"], "id": r["id"], "question": item["question"],
                                          "answer": item["answer"], **found}) + "\n")
                if args.verbose:
                    print(f"  {r['set']} {r['id']} [{found['step']}, {found.get('place')}] {item['question']}\n"
                          f"    {found.get('lacking')} | {found.get('text', '')[:160]}")
    finally:
        for conn in connections.values():
            conn.close()
        if out:
            out.close()
    print(f"{sum(steps.values())} a1 questions")
    print("step: " + ", ".join(f"{k} {v}" for k, v in steps.most_common()))
    print("place: " + ", ".join(f"{k} {places[k]}" for k in (*PLACES, "no sentence") if places[k]))
    print("lacking words by tie: " + ", ".join(f"{k} {ties[k]}" for k in TIES if ties[k]))
    print("questions by their lacking words' one tie: " + ", ".join(f"{k} {v}" for k, v in alone.most_common()))


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        main()
