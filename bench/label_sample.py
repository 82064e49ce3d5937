"""Draw a random sample of event labels from a built database, and label it again.

``draw``: N random events of the essays (document ids of the milestones corpus) and M of
the panels of ``bench/annotations/places-docs-v*`` built in, each with its document, date
offsets, label, sentence and the sentence before, one JSON object a line. ``relabel``:
the same events labelled by the current code in their whole document (``relabel_judged.Corpus``),
the old and new label side by side (a judge reads them against the rubric of
``docs/extraction-quality.md``, "Round 10"). ``diff``: the labels that differ between two
built databases (same documents), N of them drawn at random. Usage:
``bench/label_sample.py draw --db DB --essays 55 --panels 5 --seed 1010 -o FILE``;
``bench/label_sample.py relabel FILE [-o FILE]``; ``bench/label_sample.py diff OLD NEW [--sample 20]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]


def events(db: Path) -> list[dict]:
    """Every event of ``db``: id, document, date offsets, label, first sentence and the one before."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    out = []
    query = "SELECT id, document, label, evidence, date_start, date_end FROM events ORDER BY document, id"
    for ev_id, doc, label, evidence, start, end in conn.execute(query):
        spans = json.loads(evidence)
        s, e = spans[0] if spans else (0, 0)
        text = texts[doc]
        before = text[max(0, s - 400) : s]
        out.append({"id": ev_id, "document": doc, "start": start, "end": end, "label": label,
                    "date": text[start:end], "sentence": text[s:e], "before": before[-300:]})
    conn.close()
    return out


def draw(db: Path, essays: int, panels: int, seed: int, skip: set[tuple[str, int]]) -> list[dict]:
    rows = [r for r in events(db) if (r["document"], r["start"]) not in skip]
    rng = random.Random(seed)
    essay_rows = [r for r in rows if not r["document"].startswith("panel")]
    panel_rows = [r for r in rows if r["document"].startswith("panel")]
    return rng.sample(essay_rows, min(essays, len(essay_rows))) + rng.sample(panel_rows, min(panels, len(panel_rows)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--db", type=Path, required=True)
    d.add_argument("--essays", type=int, default=55)
    d.add_argument("--panels", type=int, default=5)
    d.add_argument("--seed", type=int, default=1010)
    d.add_argument("--skip", type=Path, action="append", default=[], help="sample files whose events to leave out")
    d.add_argument("-o", type=Path, required=True)
    r = sub.add_parser("relabel")
    r.add_argument("sample", type=Path)
    r.add_argument("-o", type=Path)
    r.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    f = sub.add_parser("diff")
    f.add_argument("old", type=Path)
    f.add_argument("new", type=Path)
    f.add_argument("--sample", type=int, default=20)
    f.add_argument("--seed", type=int, default=1010)
    a = ap.parse_args(argv)
    if a.cmd == "draw":
        skip = {(x["document"], x["start"]) for p in a.skip for x in map(json.loads, p.open())}
        rows = draw(a.db, a.essays, a.panels, a.seed, skip)
        a.o.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
        print(f"{len(rows)} events drawn")
    elif a.cmd == "relabel":
        from relabel_judged import Corpus

        corpus = Corpus(a.shared)
        rows = [json.loads(line) for line in a.sample.open()]
        for n, x in enumerate(rows):
            x["now"] = corpus.label(x["document"], x["start"], x["end"])
            mark = "  " if x["now"] == x["label"] else "* "
            print(f"{mark}{n:2d} [{x['date']}] {x['label']}" + ("" if x["now"] == x["label"] else f"\n     -> {x['now']}"))
        print(f"{sum(x['now'] != x['label'] for x in rows)} of {len(rows)} changed")
        if a.o:
            a.o.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
    else:
        old = {(x["document"], x["start"], x["end"]): x for x in events(a.old)}
        new = {(x["document"], x["start"], x["end"]): x for x in events(a.new)}
        changed = [(old[k], new[k]) for k in old if k in new and old[k]["label"] != new[k]["label"]]
        print(f"{len(old)} events before, {len(new)} after, {len(old.keys() & new.keys())} shared, "
              f"{len(changed)} labels changed")
        for o, n in random.Random(a.seed).sample(changed, min(a.sample, len(changed))):
            print(f"- [{o['date']}] {o['sentence']}\n    before: {o['label']}\n    after:  {n['label']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
