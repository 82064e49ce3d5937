"""Where `vitrina ask` puts the stating sentence, per question set, and why it is not first.

For every answerable question with a citation, the sentences retrieved for it are ordered by
coverage as `ask` orders them (``vitrina.ask.covered``); the *stating sentence* is the first one
holding the expected citation in the expected document (diagnose_ask's ``cited``). Its rank is
binned 1, 2-5, >5 or not retrieved. A question whose stating sentence is not first is put in the
first class that fits:

* ``not retrieved``: no retrieved sentence holds the citation;
* ``other document``: a sentence of another document holding the answer's words ranks above it;
* ``same document``: another sentence of the expected document holding the answer's words does;
* ``missing name``: a proper name of the question is missing from the stating sentence;
* ``missing word``: a content word of the question is missing from it (paraphrase, nominalisation);
* ``tie``: it covers the question as well as the first one and loses on BM25;
* ``outcovered``: another sentence covers more of the question's words (nothing missing here).

Also yes/no accuracy: `ask`'s top candidate (abstention ignored) of the questions annotated with a
yes or no answer.

    .venv/bin/python bench/ask_ranks.py [FILE.jsonl ...] [--db build/dev.db] [-v] [--no-yesno] [--json OUT]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402
from diagnose_ask import cited  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BINS = ("1", "2-5", ">5", "not retrieved")


def default_sets() -> list[tuple[str, tuple[str, ...]]]:
    """The dev set and every ask_v* set, in version order."""
    annotations = sorted((ROOT / "bench" / "annotations").glob("ask_v*.jsonl"), key=lambda p: int(p.stem[5:]))
    return [("dev", tuple(str(eval_ask.DEVSET / f) for f in eval_ask.TUNING))] + [
        (p.stem.replace("ask_", ""), (str(p),)) for p in annotations]


def binned(rank: int | None) -> str:
    if rank is None:
        return "not retrieved"
    return "1" if rank == 1 else "2-5" if rank <= 5 else ">5"


def holds_answer(text: str, item: dict) -> bool:
    """The sentence holds the expected answer (or one of its alternatives) as plain text."""
    plain = eval_ask._plain(text)
    return any(eval_ask._plain(a) and eval_ask._plain(a) in plain
               for a in [item["answer"], *item.get("alternatives", [])])


def stating_rank(conn, item: dict) -> tuple[int | None, str, dict]:
    """The stating sentence's 1-based rank by coverage (None: not retrieved), the miss class and details."""
    from vitrina.ask import _aliases, _respelled, _weights, covered
    from vitrina.qa.question import analyse

    q = analyse(_respelled(conn, item["question"]))
    if not q.content and not q.names:
        return None, "not retrieved", {}
    aliases = _aliases(conn, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(conn, q, conn.sentence_count() or 1, aliases)
    sentences, _titles = covered(conn, q, weights, aliases)
    where = next((i for i, s in enumerate(sentences) if cited(s.text, s.document, item)), None)
    if where is None:
        return None, "not retrieved", {"top": sentences[0].text[:120] if sentences else ""}
    s = sentences[where]
    detail = {"missing": [w for w, _ in s.missing], "coverage": round(s.coverage, 3),
              "top": sentences[0].text[:120], "top_coverage": round(sentences[0].coverage, 3)}
    if where == 0:
        return 1, "", detail
    above = sentences[:where]
    if any(holds_answer(o.text, item) and not eval_ask.document_ok(o.document, item) for o in above):
        return where + 1, "other document", detail
    if any(holds_answer(o.text, item) for o in above):
        return where + 1, "same document", detail
    if any(w in q.names for w, _ in s.missing):
        return where + 1, "missing name", detail
    if s.missing:
        return where + 1, "missing word", detail
    if abs(s.coverage - sentences[0].coverage) < 1e-9:
        return where + 1, "tie", detail
    return where + 1, "outcovered", detail


def yes_no(conn, item: dict) -> bool | None:
    """Whether ask's top candidate of a question annotated yes or no is right (None: another question)."""
    from vitrina.ask import ask

    if not (item["answer"] or "").strip().lower().startswith(("yes", "no")):
        return None
    result = ask(conn, item["question"], explain=True)
    ranked = result.get("ranked", [])
    return bool(ranked) and eval_ask.answer_ok(ranked[0]["text"], item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="question files (default: the dev set and every ask_v* set)")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every question not ranked first")
    parser.add_argument("--no-yesno", action="store_true", help="skip the yes/no questions (no ask runs)")
    parser.add_argument("--json", type=Path, help="write every question's rank and class here")
    args = parser.parse_args()
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    sets = [(Path(f).stem, (f,)) for f in args.files] if args.files else default_sets()
    dump, totals, classes_all, yn_all = [], Counter(), Counter(), Counter()
    print("| set | answerable | rank 1 | 2-5 | >5 | not retrieved | rank-1 rate | yes/no right |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with contextlib.closing(connect_readonly(args.db)) as raw:
        conn = as_knowledge_base(raw)
        for name, files in sets:
            bins, classes, yn = Counter(), Counter(), Counter()
            for item in eval_ask.load_questions(files):
                if item["answer"] is None:
                    continue
                if not args.no_yesno:
                    ok = yes_no(raw, item)
                    if ok is not None:
                        yn[ok] += 1
                if not item.get("citation"):
                    continue
                rank, why, detail = stating_rank(conn, item)
                bins[binned(rank)] += 1
                if why:
                    classes[why] += 1
                dump.append({"set": name, "id": item["id"], "rank": rank, "class": why, **detail})
                if args.verbose and why:
                    print(f"  {name} {item['id']} [{why}] rank {rank}: {item['question']}  {detail}", file=sys.stderr)
            n = sum(bins.values())
            totals.update(bins)
            classes_all.update(classes)
            yn_all.update(yn)
            print(f"| {name} | {n} | " + " | ".join(str(bins[b]) for b in BINS)
                  + f" | {bins['1'] / max(n, 1):.3f} | {yn[True]}/{yn[True] + yn[False]} |")
            print(f"  {name} classes: {dict(classes.most_common())}", file=sys.stderr)
    n = sum(totals.values())
    print(f"| all | {n} | " + " | ".join(str(totals[b]) for b in BINS)
          + f" | {totals['1'] / max(n, 1):.3f} | {yn_all[True]}/{yn_all[True] + yn_all[False]} |")
    print(f"\nmisses by class (rank != 1): {dict(classes_all.most_common())}")
    if args.json:
        args.json.write_text("\n".join(json.dumps(d) for d in dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
