"""Round 34: qa/answerable.py's clause values (``FRAME``) added to fit_ask.collect part files collected without them,
from each member's sentence re-read, re-parsed and aligned as `ask` does (the candidate found in its sentence by its
text: a candidate shown under a fuller name or as a pronoun's antecedent gets 0, as `ask` gives a span without a
head). Cheaper than collecting again; bench/frame_rows.py --check compares with part files `ask` wrote them into.
Run from the repository root with src on PYTHONPATH:

    [ONLY_TOP=1] bench/frame_rows.py DB IN_DIR OUT_DIR [GROUP …]
    bench/frame_rows.py DB --check COLLECTED.json RECOMPUTED.json
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402

from vitrina.ask import _aliases, _respelled
from vitrina.qa.answerable import FRAME, frame_values
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors, renamed_names
from vitrina.qa.weights import RANKER
from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base


def question_of(conn, text: str):
    """The question as `ask` analyses it (respelled, with its names' other names)."""
    q = analyse(_respelled(conn, text or ""))
    aliases = _aliases(conn, q)
    q.others = set() if renamed_names(q) else {w for _own, variants in aliases for v in variants for w in v}
    q.others |= {w for _own, variants in q.described for v in variants for w in v}
    return q


def top_member(row: dict) -> tuple[int, int] | None:
    """(candidate, member) of the row's best member under the shipped RANKER (what the gate reads), or None."""
    import numpy as np

    names = sorted(n for n in RANKER if n != "intercept")
    top = F.top_of(F.rank_arrays([row], names)[0], np.array([RANKER[n] for n in names]))
    if top is None:
        return None
    pairs = [(i, j) for i, c in enumerate(row["candidates"]) for j in range(len(c["members"]))]
    return pairs[top[0]]


def add_frame(conn, row: dict, only_top: bool = False) -> None:
    """Every member of the row's candidates gets the FRAME values (``only_top``: only the shipped ranker's best
    member, the one the gate reads; the others 0)."""
    q = question_of(conn, row["question"])
    top = top_member(row) if only_top else None
    if only_top:
        for c in row["candidates"]:
            for features in c["members"]:
                features.update(dict.fromkeys(FRAME, 0.0))
        if top is None:
            return
    ids = sorted({i for c in row["candidates"] for i in c["member_sentences"]}) if not only_top else \
        [row["candidates"][top[0]]["member_sentences"][top[1]]]
    texts = {r["id"]: r["text"] for r in conn.sentence_rows(ids)}
    parsed = {}
    for sid, doc in zip(ids, parse_many([texts.get(i, "") for i in ids]), strict=True):
        aligned = anchors(doc, q)
        parsed[sid] = (doc, frozenset(t.i for t, _c in aligned) or frozenset(t.i for t in doc if t.dep_ == "ROOT"))
    for i, c in enumerate(row["candidates"]):
        for j, (features, sid) in enumerate(zip(c["members"], c["member_sentences"], strict=True)):
            if only_top and (i, j) != top:
                continue
            start = texts.get(sid, "").find(c["text"])
            values = dict.fromkeys(FRAME, 0.0) if start < 0 else frame_values(
                parsed[sid], start, start + len(c["text"]), q, bool(features.get("aligned")))
            features.update(values)


def check(collected: Path, recomputed: Path) -> None:
    a, b = json.loads(collected.read_text()), json.loads(recomputed.read_text())
    same = total = 0
    for ra, rb in zip(a, b, strict=True):
        for ca, cb in zip(ra["candidates"], rb["candidates"], strict=True):
            for fa, fb in zip(ca["members"], cb["members"], strict=True):
                total += 1
                same += all(abs(fa.get(n, 0.0) - fb.get(n, 0.0)) < 1e-9 for n in FRAME)
    print(f"members with equal FRAME values: {same}/{total}")


ONLY_TOP = bool(os.environ.get("ONLY_TOP"))  # ONLY_TOP=1: the shipped ranker's best member only (10x faster)


def main(argv: list[str]) -> None:
    with contextlib.closing(connect_readonly(argv[1])) as raw:
        conn = as_knowledge_base(raw)
        if argv[2] == "--check":
            check(Path(argv[3]), Path(argv[4]))
            return
        src, out = Path(argv[2]), Path(argv[3])
        out.mkdir(parents=True, exist_ok=True)
        for part in sorted(src.glob("*.json")):
            if argv[4:] and part.stem not in argv[4:] or (out / part.name).exists():
                continue
            rows = json.loads(part.read_text())
            for row in rows:
                add_frame(conn, row, ONLY_TOP)
            (out / part.name).write_text(json.dumps(rows))
            print(part.stem, len(rows), flush=True)


if __name__ == "__main__":
    main(sys.argv)
