"""Where the never-examined stating sentence ("a1") stands inside its own document: a census for a pass over the
documents the first look retrieved.

Reads ``ask_classes.py --dump`` files. For every a1 question the stating sentence (`ask_reach.stating_rows`) is placed:

* ``doc place``: its document's place among the documents of the first look's retrieved sentences, best covered
  first (``none``: not retrieved at all);
* ``in-doc place``: its place among all sentences of its document when each is covered (`ask._cover`) with, as
  context, its section title and the other sentences of its paragraph (the question's names and words the paragraph
  holds) — ``plain`` with `ask`'s own lexicon, ``loose`` with also the two-step WordNet relatives
  (`qa.docpass.loose_relatives`).

A pass that covers the sentences of the first ``D`` documents so and examines the best ``K`` of each reaches the
stating sentences whose doc place ≤ D and in-doc place ≤ K; the table prints that count for a few D, K.

    PYTHONPATH=src .venv/bin/python bench/ask_doc_pass.py DUMP.jsonl [--db DB] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_reach  # noqa: E402
import eval_ask  # noqa: E402


def place(kb, item: dict, rows: list[dict]) -> tuple[int, dict[str, tuple[int, float | None, float | None]]]:
    """The stating sentence's (``rows``: `ask_reach.stating_rows`) document place among the first look's documents
    (0: none) and, per mode (plain, loose), its place in its document (0: not covered), its coverage and the
    document's best coverage."""
    from vitrina import ask as A
    from vitrina.qa import docpass
    from vitrina.qa.question import analyse

    ids = {r["id"] for r in rows}
    q = analyse(A._respelled(kb, item["question"]))
    aliases = A._aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = A._weights(kb, q, kb.sentence_count() or 1, aliases)
    sentences, _titles = A.covered(kb, q, weights, aliases)
    docs = list(dict.fromkeys(s.document for s in sentences))
    doc = rows[0]["document"]
    out = {}
    kept = docpass.DOCPASS["loose"]
    try:
        for mode in ("plain", "loose"):
            docpass.DOCPASS["loose"] = 1 if mode == "loose" else 0
            ranked = A.in_documents(kb, q, weights, aliases, [doc])
            k = next((i + 1 for i, s in enumerate(ranked) if s.id in ids), 0)
            cov = next((round(s.coverage, 2) for s in ranked if s.id in ids), None)
            out[mode] = (k, cov, round(ranked[0].coverage, 2) if ranked else None)
    finally:
        docpass.DOCPASS["loose"] = kept
    return (docs.index(doc) + 1 if doc in docs else 0), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    items = {}
    wanted = []
    for dump in args.dumps:
        for line in dump.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec.get("outcome") == "a1 not examined":
                wanted.append((rec["set"], rec["id"]))
    files = {s for s, _i in wanted}
    for s in files:
        path = next(p for p in [Path("bench/annotations") / f"{s}.jsonl", Path("tests/devset") / f"{s}.jsonl"]
                    if p.exists())
        for item in eval_ask.load_questions((str(path),)):
            items[(s, item["id"])] = item
    grid: Counter[tuple[int, int, str]] = Counter()
    places: Counter[str] = Counter()
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for key in wanted:
            item = items[key]
            rows = ask_reach.stating_rows(conn, item)
            if not rows:
                places["no sentence"] += 1
                continue
            dplace, out = place(kb, item, rows)
            places[f"doc place {min(dplace, 6) if dplace else 'none'}"] += 1
            for mode, (k, _cov, _best) in out.items():
                for d in (1, 2, 3, 5):
                    for kk in (1, 2, 3, 5):
                        if dplace and dplace <= d and k and k <= kk:
                            grid[(d, kk, mode)] += 1
            if args.verbose:
                print(f"  {key[0]} {key[1]} doc {dplace} plain {out['plain']} loose {out['loose']} "
                      f"{item['question']}")
    print(f"{len(wanted)} a1 questions; " + ", ".join(f"{k} {v}" for k, v in sorted(places.items())))
    for mode in ("plain", "loose"):
        print(mode + ": " + "; ".join(f"D{d} K{k} {grid[(d, k, mode)]}" for d in (1, 2, 3, 5) for k in (1, 2, 3, 5)))


if __name__ == "__main__":
    main()
