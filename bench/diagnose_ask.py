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

    .venv/bin/python bench/diagnose_ask.py [FILE.jsonl ...] [--db build/dev.db] [-v]
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
        not item.get("document") or item["document"] in document)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(ROOT / "bench/annotations/ask_v6.jsonl"),
                                                     str(ROOT / "bench/annotations/ask_v5.jsonl")])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    args = parser.parse_args()
    from vitrina.ask import ask
    from vitrina.store import connect_readonly

    with contextlib.closing(connect_readonly(args.db)) as conn:
        for name in args.files:
            counts: Counter[str] = Counter()
            items = eval_ask.load_questions((name,))
            for item in items:
                result = ask(conn, item["question"], explain=True)
                why, winner = cause(item, result)
                if not why:
                    continue
                counts[why] += 1
                if args.verbose:
                    print(f"{item['id']} [{why}] {item['question']}\n    expected {item['answer']!r}; "
                          f"won {winner!r} at {result['confidence']}")
            print(f"{Path(name).stem}: {len(items)} questions, {sum(counts.values())} failed")
            for why, n in counts.most_common():
                print(f"  {why}: {n}")


if __name__ == "__main__":
    main()
