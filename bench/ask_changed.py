"""`ask_classes` figures of a retrieval or coverage variant, asking again only the questions it changes.

A variant is a setting of a table of ``vitrina.qa.weights`` (``--set TABLE.key=value``, several allowed). For
every question of the files, the first look's retrieval (the covered sentences with their coverage, the names
found, the words missing and in context) and the examined pool are computed with the shipped tables and with the
variant; where both are the same, `ask` gives the same answer, so the question's record is taken from a dump of
the shipped code (``--base``, written by ``bench/ask_classes.py --dump`` on the same database); the others are
asked again with the variant. Only for variants that act through the first look's retrieval and coverage (nothing
is fingerprinted).

    .venv/bin/python bench/ask_changed.py --base BASE.jsonl --set RETRIEVAL.sections=4 [FILE.jsonl ...]
        [--db build/dev.db] [--dump OUT.jsonl] [--pool-only] [-v]

Prints per file and over all files: right + cited, answerable answered right, unanswerable abstained, top-1 where
the stating sentence was examined, not examined, shown at >= 0.8 and wrong, and the outcome classes; with ``-v``
every question whose record changed.
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
import eval_ask  # noqa: E402

from vitrina.qa import weights as tables  # noqa: E402


def setting(text: str) -> tuple[dict[str, float], str, float]:
    """``TABLE.key=value`` as (the table, the key, the value)."""
    name, value = text.split("=", 1)
    table, key = name.split(".", 1)
    found = getattr(tables, table)
    if key not in found:
        raise SystemExit(f"{table} has no key {key!r}")
    return found, key, float(value)


def fingerprint(kb: Any, question: str, pool_only: bool = False) -> tuple:
    """What `ask`'s first look examines for ``question``: the covered sentences and the examined pool (``pool_only``:
    the two best covered sentences and the pool with its BM25 ranks — all the first look's answer reads of them,
    the selection stage off: a variant that only adds retrieved sentences below them asks far fewer again)."""
    from vitrina.ask import _aliases, _respelled, _weights, covered, examined, followers
    from vitrina.qa.question import analyse
    from vitrina.qa.structure import renamed_names
    from vitrina.qa.weights import CANDIDATE_COVERAGE, DEEPER

    q = analyse(_respelled(kb, question or ""))
    if not q.content and not q.names:
        return ()
    aliases = _aliases(kb, q)
    q.others = set() if renamed_names(q) else {w for _own, variants in aliases for v in variants for w in v}
    q.others |= {w for _own, variants in q.described for v in variants for w in v}
    weights, missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    if missing:
        return ("missing",)
    wider = bool(DEEPER["first_look"])
    sentences, titles = covered(kb, q, weights, aliases, wider)
    if not sentences:
        return ()
    described = tuple((s.id, round(s.coverage, 9), round(s.exact, 9), round(s.indirect, 9), tuple(s.missing),
                       tuple(s.elsewhere), tuple(s.named), tuple(s.matched), s.section_share)
                      for s in (sentences[:2] if pool_only else sentences))
    if sentences[0].coverage < CANDIDATE_COVERAGE:
        return described
    pool = examined(kb, sentences, wider)
    pool += followers(kb, pool, q, weights, aliases, titles)
    return described, tuple((s.id, round(s.coverage, 9), round(s.exact, 9), tuple(s.missing), tuple(s.named),
                             tuple(s.matched)) + ((s.rank, s.section_share, s.added, s.neighbour, s.follower,
                                                   round(s.indirect, 9), s.heading) if pool_only else ())
                            for s in pool)


def record(kb: Any, name: str, item: dict) -> dict:
    """The question's `ask_classes --dump` record, asked now."""
    from vitrina.ask import ask

    result = ask(kb, item["question"], explain=True)
    ok = eval_ask.answer_ok(result["answer"], item) and (result["answer"] is None or eval_ask.citation_ok(result, item))
    base = {"set": Path(name).stem, "id": item["id"], "ok": ok, "question": item["question"],
            "answer": item["answer"], "shown": result["answer"], "confidence": result["confidence"]}
    if item["answer"] is None:
        return {**base, "class": "unanswerable"}
    why, _examined, _right = ask_classes.classify(item, result)
    return {**base, "class": why, "outcome": ask_classes.outcome(item, result, ok),
            "reached": ask_classes.reached(item, result),
            "top": (result.get("ranked") or [{}])[0].get("text")}


def figures(rows: list[dict]) -> dict[str, int]:
    """The counts `ask_classes` prints, from dump records."""
    answerable = [r for r in rows if r["class"] != "unanswerable"]
    unanswerable = [r for r in rows if r["class"] == "unanswerable"]
    return {
        "questions": len(rows),
        "right_cited": sum(r["ok"] for r in rows),
        "answered_right": sum(r["ok"] and r["shown"] is not None for r in answerable),
        "answerable": len(answerable),
        "abstained": sum(r["shown"] is None for r in unanswerable),
        "unanswerable": len(unanswerable),
        "examined": sum(r["class"] != "not examined" for r in answerable),
        "top1": sum(r["class"] == "" for r in answerable),
        "reached": sum(bool(r.get("reached")) for r in answerable),
        "not_examined": sum(r["class"] == "not examined" for r in answerable),
        "confident_wrong": sum(r["shown"] is not None and not r["ok"] and r["confidence"] >= 0.8 for r in rows),
    }


def line(label: str, f: dict[str, int], outcomes: Counter[str]) -> str:
    return (f"{label}: right + cited {f['right_cited']}/{f['questions']}; answered right {f['answered_right']}/"
            f"{f['answerable']}; unanswerable abstained {f['abstained']}/{f['unanswerable']}; top-1 where examined "
            f"{f['top1']}/{f['examined']}; right cited candidate reached {f['reached']}; not examined {f['not_examined']}; shown >= 0.8 wrong "
            f"{f['confident_wrong']}\n  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in ask_classes.SETS])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--base", type=Path, help="ask_classes --dump of the shipped code, same db (without it, or for "
                        "a question it lacks, a changed question is asked with the shipped tables too and an unchanged "
                        "one left out: the figures are then of the changed questions only)")
    parser.add_argument("--set", dest="settings", action="append", default=[], help="TABLE.key=value")
    parser.add_argument("--dump", type=Path, help="write every question's record (JSONL)")
    parser.add_argument("--pool-only", action="store_true", help="compare only the two best covered sentences and "
                        "the examined pool (see `fingerprint`)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every question whose record changed")
    args = parser.parse_args()
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    base = {(r["set"], r["id"]): r for r in map(json.loads, args.base.open(encoding="utf-8"))} if args.base else {}
    variant = [setting(s) for s in args.settings]
    shipped = [(table, key, table[key]) for table, key, _value in variant]
    every: list[dict] = []
    every_before: list[dict] = []
    asked = 0
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for name in args.files:
            rows, before = [], []
            for item in eval_ask.load_questions((name,)):
                old = base.get((Path(name).stem, item["id"]))
                was = fingerprint(kb, item["question"], args.pool_only)
                for table, key, value in variant:
                    table[key] = value
                try:
                    now = fingerprint(kb, item["question"], args.pool_only)
                    new = record(kb, name, item) if now != was else old
                finally:
                    for table, key, value in shipped:
                        table[key] = value
                asked += now != was
                if old is None:  # not in the base dump: asked with the shipped tables when the variant changes it
                    if now == was:
                        continue
                    old = record(kb, name, item)
                    new = {**new, "changed": True}
                    old = {**old, "changed": True}
                if args.verbose and new is not old and (new["ok"], new["shown"]) != (old["ok"], old["shown"]):
                    print(f"  {new['set']} {item['id']} ok {old['ok']} -> {new['ok']} ({old['shown']!r} "
                          f"{old['confidence']} -> {new['shown']!r} {new['confidence']}) {item['question']}")
                rows.append(new)
                before.append(old)
            outcomes = Counter(r["outcome"] for r in rows if "outcome" in r)
            print(line(Path(name).stem, figures(rows), outcomes), flush=True)
            every += rows
            every_before += before
    print(line("before, all", figures(every_before), Counter(r["outcome"] for r in every_before if "outcome" in r)))
    print(line("after, all", figures(every), Counter(r["outcome"] for r in every if "outcome" in r)))
    print(f"asked again: {asked} of {len(every)}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for r in every:
                out.write(json.dumps(r) + "\n")
            for r in every_before:
                out.write(json.dumps({**r, "before": True}) + "\n")


if __name__ == "__main__":
    main()
