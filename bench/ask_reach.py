"""Where the stating sentence is lost on the way to `ask`'s candidates, per set.

For every answerable question with a citation, the sentence of the expected document holding the
expected citation (the stating sentence) is classed by the first step that loses it:

* ``no sentence``: no stored sentence of the document holds the citation (it crosses a sentence cut, or the
  citation is not in the text);
* ``not retrieved``: neither FTS5 query (the question's words, their relatives and other names) returns it;
* ``below floor``: retrieved, but covering less than ``CANDIDATE_COVERAGE`` of the question;
* ``below gap``: retrieved above the floor, but more than ``POOL_GAP`` under the best-covered sentence;
* ``beyond depth``: within the gap, but not among the ``EXAMINE`` best covered;
* ``examined``: searched for candidates.

For the lost ones it prints the sentence's coverage and the question words it misses (``-v``), which is what
query expansion or word matching would have to supply.

    .venv/bin/python bench/ask_reach.py [FILE.jsonl ...] [--db build/dev.db] [-v] [--json OUT]
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
import eval_ask  # noqa: E402

STEPS = ("examined", "beyond depth", "below gap", "below floor", "not retrieved", "no sentence")


def stating_rows(conn, item: dict) -> list[dict]:
    """The stored sentences of the expected document that hold the expected citation."""
    want = eval_ask._plain(item["citation"])
    docs = [d for (d,) in conn.execute("SELECT id FROM documents") if eval_ask.document_ok(d, item)]
    return [{"id": i, "text": text, "document": d} for d in docs
            for i, text in conn.execute("SELECT id, text FROM sentences WHERE document = ?", (d,))
            if want in eval_ask._plain(text)]


def reach(conn, item: dict, wider: bool = False) -> tuple[str, dict]:
    """The step that loses the stating sentence, with its coverage, rank and missing words (``wider``: in
    `ask`'s second look, which it takes when the first withholds or finds nothing)."""
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

    rows = stating_rows(conn, item)
    if not rows:
        return "no sentence", {}
    kb = as_knowledge_base(conn)
    q = analyse(_respelled(kb, item["question"]))
    aliases = _aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    sentences, titles = covered(kb, q, weights, aliases, wider) if weights else ([], {})
    ids = {r["id"] for r in rows}
    pool = examined(kb, sentences, wider) if sentences else []
    pool += followers(kb, pool, q, weights, aliases, titles) if pool else []
    reached = [s for s in pool if s.id in ids]
    if reached:  # a follower of an examined sentence is examined without being retrieved
        s = reached[0]
        return "examined", {"coverage": round(s.coverage, 2), "best": round(sentences[0].coverage, 2),
                            "follower": s.follower, "missing": [w for w, _weight in s.missing], "text": s.text}
    found = [(i, s) for i, s in enumerate(sentences) if s.id in ids]
    if not found:
        stub = _sentence({**rows[0], "section": None, "start": 0, "end": len(rows[0]["text"]), "rank": 0.0,
                          "kind": None})
        _cover(stub, q, weights, "", "", aliases, _question_lexicon(weights, q.pos))
        return "not retrieved", {"coverage": round(stub.coverage, 2),
                                 "missing": [w for w, _weight in stub.missing], "text": rows[0]["text"]}
    position, s = found[0]
    detail = {"coverage": round(s.coverage, 2), "best": round(sentences[0].coverage, 2), "position": position + 1,
              "missing": [w for w, _weight in s.missing], "text": s.text}
    from vitrina.qa.weights import CANDIDATE_COVERAGE, EXAMINE, POOL_GAP

    if s.coverage < CANDIDATE_COVERAGE:
        return "below floor", detail
    if s.coverage < sentences[0].coverage - POOL_GAP:
        return "below gap", detail
    assert wider or position >= EXAMINE, (item["id"], position)
    return "beyond depth", detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in ask_classes.SETS])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--json", type=Path, help="write every question's step and detail (JSONL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every lost stating sentence")
    parser.add_argument("--wider", action="store_true", help="census of ask's second, wider look (qa/retrieve.py)")
    args = parser.parse_args()
    from vitrina.store import connect_readonly

    total: Counter[str] = Counter()
    out = args.json.open("w", encoding="utf-8") if args.json else None
    with contextlib.closing(connect_readonly(args.db)) as conn:
        for name in args.files:
            counts: Counter[str] = Counter()
            for item in eval_ask.load_questions((name,)):
                if item["answer"] is None or not item.get("citation"):
                    continue
                step, detail = reach(conn, item, args.wider)
                counts[step] += 1
                if out:
                    out.write(json.dumps({"set": Path(name).stem, "id": item["id"], "step": step,
                                          "question": item["question"], **detail}) + "\n")
                if args.verbose and step != "examined":
                    print(f"  {item['id']} [{step}] {item['question']}\n    {detail}")
            total.update(counts)
            print(f"{Path(name).stem}: " + ", ".join(f"{k} {counts[k]}" for k in STEPS if counts[k]), flush=True)
    if out:
        out.close()
    print("all: " + ", ".join(f"{k} {total[k]}" for k in STEPS if total[k]))


if __name__ == "__main__":
    main()
