"""Where the never-examined stating sentence ("a1") ranks in `ask`'s full-text queries, and what it lacks.

Reads ``ask_classes.py --dump`` files. For every a1 question the stating sentence (`ask_reach.stating_rows`) is
given: the step that loses it (`ask_reach.reach`); its place in the own-word FTS5 query (BM25, the first
``DEPTH``; `ask._retrieve` keeps ``RETRIEVE``) and in the relatives' query (keeps ``RETRIEVE_RELATED``); its
document's place among the documents of the first look's retrieved sentences (best covered first); the question words
it lacks with their IDF weight (``ask._weights``) and whether each is a name; its place in the own-word query with
every question word no sentence of the first look's best ``DOCS`` documents holds left out (a variant query); its
document's place under three other orders of the first look's documents (``union``: the IDF share of the question's
words some retrieved sentence of the document holds; ``section``: its best section's BM25 share, qa/retrieve.py;
``sum``: best coverage plus the union share); and its place inside its document as the document pass
(qa/docpass.py, `ask.in_documents`) ranks it, with its coverage there. The counts printed: how many stating sentences
stand in the first three documents of each order with a place of at most two inside (what the pass would examine).

    PYTHONPATH=src .venv/bin/python bench/ask_fts_rank.py DUMP.jsonl [--db DB] [--json OUT] [-v]
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

DEPTH = 2000
DOCS = 3


def place(rows: list[dict], ids: set[int]) -> int | None:
    return next((i + 1 for i, r in enumerate(rows) if r["id"] in ids), None)


def census(conn, item: dict) -> dict:
    from vitrina.ask import (
        _aliases,
        _expansions,
        _inflections,
        _or_query,
        _respelled,
        _weights,
        covered,
    )
    from vitrina.qa.question import analyse
    from vitrina.store.read import as_knowledge_base

    step, detail = ask_reach.reach(conn, item)
    rows = ask_reach.stating_rows(conn, item)
    ids = {r["id"] for r in rows}
    kb = as_knowledge_base(conn)
    q = analyse(_respelled(kb, item["question"]))
    aliases = _aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _m = _weights(kb, q, kb.sentence_count() or 1, aliases)
    own = _or_query(q.content + q.names + _inflections(q))
    extra = _or_query(_expansions(q, aliases))
    own_rows = kb.ranked_sentences(own, DEPTH) if own else []
    extra_rows = kb.ranked_sentences(extra, DEPTH) if extra else []
    sentences, _titles = covered(kb, q, weights, aliases) if weights else ([], {})
    docs = list(dict.fromkeys(s.document for s in sentences))
    doc = rows[0]["document"] if rows else None
    top_docs = docs[:DOCS]
    held = set()
    if top_docs:
        for w in dict.fromkeys(q.content + q.names + _inflections(q)):
            expr = _or_query([w])
            if expr and kb.ranked_sentences_in(expr, top_docs, 1):
                held.add(w)
    kept = [w for w in dict.fromkeys(q.content + q.names + _inflections(q)) if w in held]
    variant = kb.ranked_sentences(_or_query(kept), DEPTH) if kept else []
    total = sum(weights.values()) or 1.0
    union: dict[str, set[str]] = {}
    best: dict[str, float] = {}
    for s in sentences:
        lacking = {w for w, _x in s.missing}
        union.setdefault(s.document, set()).update(w for w in weights if w not in lacking)
        best.setdefault(s.document, s.coverage)
    by_union = sorted(union, key=lambda d: (-sum(weights[w] for w in union[d]) / total, -best[d]))
    share: dict[str, float] = {}
    for s in sentences:
        share[s.document] = max(share.get(s.document, 0.0), s.section_share)
    by_section = sorted(share, key=lambda d: (-share[d], -best[d]))
    by_sum = sorted(union, key=lambda d: -(best[d] + sum(weights[w] for w in union[d]) / total))
    from vitrina.ask import in_documents

    ranked = in_documents(kb, q, weights, aliases, [doc]) if doc else []
    in_doc = next((i + 1 for i, s in enumerate(ranked) if s.id in ids), None)
    return {"set": item.get("set"), "id": item["id"], "question": item["question"], "step": step,
            "union_place": (by_union.index(doc) + 1) if doc in by_union else None, "in_doc": in_doc,
            "section_place": (by_section.index(doc) + 1) if doc in by_section else None,
            "sum_place": (by_sum.index(doc) + 1) if doc in by_sum else None,
            "in_doc_cov": next((round(s.coverage, 2) for s in ranked if s.id in ids), None),
            "best_cov": round(sentences[0].coverage, 2) if sentences else None,
            "own_place": place(own_rows, ids), "extra_place": place(extra_rows, ids),
            "doc_place": (docs.index(doc) + 1) if doc in docs else None,
            "missing": [(w, round(weights.get(w, 0.0), 2), w in q.names) for w in detail.get("missing", [])],
            "weights": {w: round(v, 2) for w, v in weights.items()}, "names": list(q.names),
            "not_in_docs": [w for w in dict.fromkeys(q.content + q.names) if w not in held],
            "variant_place": place(variant, ids), "coverage": detail.get("coverage"),
            "text": detail.get("text")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--json", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from vitrina.store import connect_readonly

    by_key = ask_classes.questions_by_set_and_id()
    out = args.json.open("w", encoding="utf-8") if args.json else None
    counts: Counter[str] = Counter()
    with contextlib.closing(connect_readonly(args.db)) as conn:
        for dump in args.dumps:
            for line in dump.open(encoding="utf-8"):
                rec = json.loads(line)
                if rec.get("class") != "not examined":
                    continue
                item = {**by_key[(rec["set"], rec["id"])], "set": rec["set"]}
                found = census(conn, item)
                counts["a1"] += 1
                counts[f"step {found['step']}"] += 1
                for key in ("own_place", "variant_place"):
                    p = found[key]
                    band = "none" if p is None else "≤60" if p <= 60 else "≤200" if p <= 200 else ">200"
                    counts[f"{key} {band}"] += 1
                for key in ("doc_place", "union_place", "section_place", "sum_place"):
                    dp = found[key]
                    counts[f"{key} {'none' if dp is None else dp if dp <= 3 else '>3'}"] += 1
                    if dp is not None and dp <= 3 and found["in_doc"] is not None and found["in_doc"] <= 2:
                        counts[f"{key} ≤3 and in-doc ≤2"] += 1
                if found["not_in_docs"]:
                    counts["some question word in no top-3 doc"] += 1
                if out:
                    out.write(json.dumps(found) + "\n")
                if args.verbose:
                    print(json.dumps(found, ensure_ascii=False))
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
