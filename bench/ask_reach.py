"""The questions a reading switch reaches, asked with and without it (round 53 askctx).

A question is *reached* when `vitrina.qa.question.analyse` gives another `Question` (any field) with the variant's
settings than with all of them 0; `ask` reads the question only through that analysis and its own text, so every
other question keeps its answer and is not asked. The reached ones are asked twice on the same database and
counted per file: right + cited, answerable answered right, unanswerable abstained, shown wrong at >= 0.8.

    .venv/bin/python bench/ask_reach.py scene_frame=1,scene_evidence=1[,SCENE.absent=0.75] OUT.jsonl
        [FILE.jsonl ...] [--db build/dev.db]

A setting ``key=value`` is a `LEXICAL` switch of `vitrina.qa.weights` (0 in the base run); ``SCENE.key=value`` a value
of the `SCENE` table (its shipped value in the base run). Default files: every bench/annotations/ask_*.jsonl (the
ask_v groups in order, then the red-team groups). OUT gets one record per reached question and run.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

STEPS = ("examined", "beyond depth", "below gap", "below floor", "not retrieved", "no sentence")


def stating_rows(conn: Any, item: dict) -> list[dict]:
    """The stored sentences of the expected document that hold the expected citation."""
    want = eval_ask._plain(item["citation"])
    docs = [d for (d,) in conn.execute("SELECT id FROM documents") if eval_ask.document_ok(d, item)]
    return [{"id": i, "text": text, "document": d} for d in docs
            for i, text in conn.execute("SELECT id, text FROM sentences WHERE document = ?", (d,))
            if want in eval_ask._plain(text)]


def cut_step(coverage: float, best: float) -> str:
    """Which of the examined cut's bounds a retrieved sentence outside the pool falls under."""
    from vitrina.qa.weights import CANDIDATE_COVERAGE, POOL_GAP

    if coverage < CANDIDATE_COVERAGE:
        return "below floor"
    return "below gap" if coverage < best - POOL_GAP else "beyond depth"


def first_look(kb: Any, question: str) -> tuple[Any, dict, list, list, list]:
    """`ask`'s first look at ``question`` as `ask._answered` takes it: (question, weights, aliases, the retrieved
    sentences best covered first, the examined pool: the cut, followers, the document pass, the selection stage)."""
    import vitrina.ask as A
    from vitrina.qa import docpass, select
    from vitrina.qa.question import analyse
    from vitrina.qa.weights import DOCPASS

    q = analyse(A._respelled(kb, question))
    aliases = A._aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = A._weights(kb, q, kb.sentence_count() or 1, aliases)
    sentences, titles = A.covered(kb, q, weights, aliases) if weights else ([], {})
    if not sentences or sentences[0].coverage < A.CANDIDATE_COVERAGE:
        return q, weights, aliases, sentences, []
    pool = A.examined(kb, sentences)
    pool += A.followers(kb, pool, q, weights, aliases, titles)
    if DOCPASS["documents"]:
        ranked = A.in_documents(kb, q, weights, aliases, docpass.documents(sentences))
        pool += docpass.chosen(ranked, pool, sentences[0].coverage)
    if select.on():
        pool += A.selected(kb, q, weights, aliases, sentences, pool)
    return q, weights, aliases, sentences, pool


def reach(conn: Any, item: dict) -> tuple[str, dict]:
    """The step of `ask`'s first look that loses the stating sentence (`STEPS`), with its coverage, its place among
    the hits, the question words it misses and whether any sentence of its document was retrieved."""
    import vitrina.ask as A
    from vitrina.qa import docpass
    from vitrina.store.read import as_knowledge_base

    rows = stating_rows(conn, item)
    if not rows:
        return "no sentence", {}
    kb = as_knowledge_base(conn)
    q, weights, aliases, sentences, pool = first_look(kb, item["question"])
    ids = {r["id"] for r in rows}
    document = rows[0]["document"]
    docs = list(dict.fromkeys(s.document for s in sentences))
    base = {"document found": document in docs, "document place": docs.index(document) + 1 if document in docs
            else None, "document read": document in docpass.documents(sentences), "text": rows[0]["text"]}
    reached = [s for s in pool if s.id in ids]
    if reached:
        s = reached[0]
        return "examined", {**base, "coverage": round(s.coverage, 2), "follower": s.follower}
    found = [(i, s) for i, s in enumerate(sentences) if s.id in ids]
    if not found:
        stub = A._sentence({**rows[0], "section": None, "start": 0, "end": len(rows[0]["text"]), "rank": 0.0,
                            "kind": None})
        A._cover(stub, q, weights, "", "", aliases, A._question_lexicon(weights, q.pos))
        return "not retrieved", {**base, "coverage": round(stub.coverage, 2),
                                 "missing": [w for w, _weight in stub.missing]}
    position, s = found[0]
    best = sentences[0].coverage
    return cut_step(s.coverage, best), {**base, "coverage": round(s.coverage, 2), "best": round(best, 2),
                                        "position": position + 1, "missing": [w for w, _weight in s.missing]}



def default_files() -> list[str]:
    found = (ROOT / "bench/annotations").glob("ask_*.jsonl")
    return [str(p) for p in sorted(found, key=lambda p: ("redteam" in p.stem, int(re.findall(r"\d+", p.stem)[-1])))]


def settings(text: str) -> dict[str, float]:
    return {k: float(v) for k, v in (kv.split("=") for kv in text.split(","))}


def apply(variant: dict[str, float], on: bool, shipped: dict[str, float]) -> None:
    from vitrina.qa import weights

    for key, value in variant.items():
        if key.startswith("SCENE."):
            weights.SCENE[key[6:]] = value if on else shipped[key[6:]]
        else:
            weights.LEXICAL[key] = value if on else 0


def fingerprint(q: Any) -> str:
    return repr(sorted((k, repr(v)) for k, v in dataclasses.asdict(q).items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", type=settings)
    parser.add_argument("out", type=Path)
    parser.add_argument("files", nargs="*")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    args = parser.parse_args()
    from vitrina.ask import ask
    from vitrina.qa import weights
    from vitrina.qa.question import analyse
    from vitrina.store import connect_readonly

    shipped = dict(weights.SCENE)
    with contextlib.closing(connect_readonly(args.db)) as conn, args.out.open("w", encoding="utf-8") as out:
        for name in args.files or default_files():
            items = eval_ask.load_questions((name,))
            reached = []
            for item in items:
                apply(args.variant, False, shipped)
                before = fingerprint(analyse(item["question"]))
                apply(args.variant, True, shipped)
                if fingerprint(analyse(item["question"])) != before:
                    reached.append(item)
            counts = {}
            for run, on in (("before", False), ("after", True)):
                apply(args.variant, on, shipped)
                right = answered = abstained = wrong_high = 0
                for item in reached:
                    result = ask(conn, item["question"], explain=True)
                    shown = result["answer"]
                    ok = eval_ask.answer_ok(shown, item) and (shown is None or eval_ask.citation_ok(result, item))
                    right += ok
                    answered += ok and shown is not None
                    abstained += item["answer"] is None and shown is None
                    wrong_high += shown is not None and not ok and result["confidence"] >= 0.8
                    out.write(json.dumps({"set": Path(name).stem, "id": item["id"], "run": run, "ok": bool(ok),
                                          "question": item["question"], "answer": item["answer"], "shown": shown,
                                          "confidence": result["confidence"],
                                          "top": (result.get("ranked") or [{}])[0].get("text")}) + "\n")
                counts[run] = (right, answered, abstained, wrong_high)
            out.flush()
            print(f"{Path(name).stem}: {len(items)} questions, reached {len(reached)}; right + cited / answered right / "
                  f"unanswerable abstained / wrong at >= 0.8: before {counts['before']}, after {counts['after']}",
                  flush=True)


if __name__ == "__main__":
    main()
