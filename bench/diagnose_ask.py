"""Why `vitrina ask` misses: each failed question of the given sets, classified by cause.

For every question answered wrongly or withheld wrongly, `ask(..., explain=True)`
shows what it examined; the cause is the first of:

* ``uncovered``: no candidate at all (no sentence covers the question enough);
* ``not examined``: the expected citation is not among the sentences that gave candidates;
* ``no right candidate``: the sentence was examined, no candidate matches the answer;
* ``ranked below``: a right candidate exists, another won (same or other sentence);
* ``withheld``: the right candidate won, under the threshold;
* ``citation``: the right answer shown with another sentence;
* ``unanswerable answered``: a question without an answer got one.

With ``--categories``, each failure is also put in one of the round-9 groups: retrieval (not
examined, uncovered), paraphrase (the stating sentence was examined but the question's predicate has
no counterpart in it: no right candidate or ranked below), coverage (aligned, no right candidate),
ranking (a right candidate lost: same sentence, i.e. the wrong span, or another sentence),
threshold (the right answer withheld), unanswerable answered, citation.

With ``--recall``, instead: for every answerable question, where the sentence holding the expected
citation stands among the retrieved sentences once they are ordered by coverage (recall@k, and
the share that is examined at all, i.e. searched for candidates).

    .venv/bin/python bench/diagnose_ask.py [FILE.jsonl ...] [--db build/dev.db] [-v] [--recall]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def cited(text: str, document: str, item: dict) -> bool:
    """The sentence contains the expected citation, in the expected document."""
    return eval_ask._plain(item["citation"]) in eval_ask._plain(text) and (
        eval_ask.document_ok(document, item))


def cause(item: dict, result: dict) -> tuple[str, str]:
    """The failure's cause and what won instead ("" when the question was answered right)."""
    ok = eval_ask.answer_ok(result["answer"], item) and (result["answer"] is None or eval_ask.citation_ok(result, item))
    if ok:
        return "", ""
    ranked = result.get("ranked", [])
    top = ranked[0]["text"] if ranked else ""
    if item["answer"] is None:
        return "unanswerable answered", top
    if not ranked:
        return "uncovered", ""
    rights = [i for i, c in enumerate(ranked) if eval_ask.answer_ok(c["text"], item)
              and any(cited(m["text"], m["document"], item) or c["antecedent"] for m in c["members"])]
    if not rights:
        seen = any(cited(m["text"], m["document"], item) for c in ranked for m in c["members"])
        return ("no right candidate" if seen else "not examined"), top
    if rights[0] > 0:
        winner = ranked[0]
        same = any(cited(m["text"], m["document"], item) for m in winner["members"][:1])
        return f"ranked below ({'same' if same else 'other'} sentence)", top
    if result["answer"] is None:
        return "withheld", top
    return "citation", top


RECALL_AT = (1, 3, 5, 12, 30)


def gold_rank(conn, item: dict) -> tuple[int | None, bool]:
    """The 1-based position of the first sentence holding the citation by coverage (None: not
    retrieved) and whether it is among the sentences examined for candidates."""
    from vitrina.ask import _aliases, _weights, covered, examined
    from vitrina.qa.question import analyse

    q = analyse(item["question"])
    if not q.content and not q.names:
        return None, False
    aliases = _aliases(conn, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(conn, q, conn.sentence_count() or 1, aliases)
    sentences, _titles = covered(conn, q, weights, aliases)
    where = next((i + 1 for i, s in enumerate(sentences) if cited(s.text, s.document, item)), None)
    pool = examined(conn, sentences) if sentences else []
    return where, any(cited(s.text, s.document, item) for s in pool)


def recall(conn, name: str, verbose: bool) -> None:
    items = [i for i in eval_ask.load_questions((name,)) if i["answer"] is not None and i.get("citation")]
    ranks = []
    for item in items:
        where, seen = gold_rank(conn, item)
        ranks.append((where, seen))
        if verbose and not seen:
            print(f"  {item['id']} gold at {where}: {item['question']}")
    n = max(1, len(items))
    at = ", ".join(f"@{k} {sum(w is not None and w <= k for w, _s in ranks) / n:.2f}" for k in RECALL_AT)
    print(f"{Path(name).stem}: {len(items)} answerable; gold sentence recall {at}, "
          f"retrieved {sum(w is not None for w, _s in ranks) / n:.2f}, examined {sum(s for _w, s in ranks) / n:.2f}")


def category(why: str, item: dict, result: dict) -> str:
    """The round-9 group of a failure (module docstring): paraphrase when the stating sentence's
    candidates say the question's predicate has no counterpart in it."""
    if why in ("not examined", "uncovered"):
        return "retrieval"
    if why.startswith("ranked below") or why == "no right candidate":
        stating = [m["features"] for c in result.get("ranked", []) for m in c["members"]
                   if cited(m["text"], m["document"], item)]
        if stating and not any(f.get("aligned") for f in stating):
            return "paraphrase"
        if why == "no right candidate":
            return "coverage"
        return "ranking: wrong span" if "same" in why else "ranking: other sentence"
    return {"withheld": "threshold"}.get(why, why)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(ROOT / "bench/annotations/ask_v6.jsonl"),
                                                     str(ROOT / "bench/annotations/ask_v5.jsonl")])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    parser.add_argument("--recall", action="store_true", help="recall@k of the expected citation's sentence")
    parser.add_argument("--categories", action="store_true", help="group failures as retrieval, paraphrase, "
                        "coverage, ranking, threshold (module docstring)")
    args = parser.parse_args()
    from vitrina.ask import ask
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base as kb

    with contextlib.closing(connect_readonly(args.db)) as conn:
        for name in args.files:
            if args.recall:
                recall(kb(conn), name, args.verbose)
                continue
            counts: Counter[str] = Counter()
            items = eval_ask.load_questions((name,))
            for item in items:
                result = ask(conn, item["question"], explain=True)
                why, winner = cause(item, result)
                if not why:
                    continue
                why = category(why, item, result) if args.categories else why
                counts[why] += 1
                if args.verbose:
                    print(f"{item['id']} [{why}] {item['question']}\n    expected {item['answer']!r}; "
                          f"won {winner!r} at {result['confidence']}")
            print(f"{Path(name).stem}: {len(items)} questions, {sum(counts.values())} failed")
            for why, n in counts.most_common():
                print(f"  {why}: {n}")


if __name__ == "__main__":
    main()
