"""Re-label the sentences of blind-judged label sets with the current code (tuning check).

Each judged item's sentence is extracted alone (no document context) with
``vitrina.extract.extract``; the label of the event with the item's date is
printed next to the judged label of the round's final code and the verdict, so that a change can be
read by hand. With ``--context`` the items whose key gives their event's document and date
offsets (``_events``: v7, v8) are labelled in their whole document instead (the seed, the
essays of ``--corpus`` and the panels of ``bench/annotations/places-docs-v*``), so that a
pronoun can name what the sentences before say. Usage:
``bench/relabel_judged.py v7 [v6 …] [--changed] [--context] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]
LABELS = ROOT / "bench" / "annotations" / "labels"
MOVED_CHARS = 200  # how far a judged event's date may have moved in its document since it was judged
SHARED = ROOT.parent / "shared"  # the sample material beside a clone (Makefile's SHARED)


def relabel(sentence: str, edtf: str) -> str | None:
    """The label the current code gives the happening at ``edtf`` (or the date as written) in
    ``sentence`` alone."""
    from vitrina.extract import extract
    from vitrina.model import DocumentBuilder

    b = DocumentBuilder("j", "j.txt", "text")
    b.block("paragraph", sentence)
    doc = extract(b.build())
    # v1–v8 items give the EDTF, the round-9 changed set the date as written ("November 1943")
    return next((ev.label for ev in doc.events if edtf in {ev.edtf, doc.text[ev.date_start : ev.date_end]}), None)


class Corpus:
    """The documents an item's ``_events`` entry names, extracted once each."""

    def __init__(self, shared: Path):
        from vitrina.ingest import read_path

        files = sorted((shared / "corpus" / "milestones").glob("*.xml")) + sorted((shared / "seeds").glob("*.txt")) \
            + sorted((ROOT / "bench" / "annotations").glob("places-docs-v*/*.txt"))
        self.docs = {d.id: d for f in files for d in read_path(f)}
        self.done: dict[str, object] = {}

    def label(self, doc_id: str, start: int, end: int, date: str | None = None) -> str | None:
        from vitrina.extract import extract

        if doc_id not in self.docs:
            return None
        if doc_id not in self.done:
            self.done[doc_id] = extract(self.docs[doc_id])
        doc = self.done[doc_id]
        events = getattr(doc, "events", ())
        exact = next((ev.label for ev in events if ev.date_start == start and ev.date_end == end), None)
        if exact is not None or date is None:
            return exact
        # the text moved (a block boundary kept or dropped since the key was written): the event
        # of the same date written alike nearest to the old offsets
        alike = [ev for ev in events if date in {ev.edtf, doc.text[ev.date_start : ev.date_end]}]  # type: ignore[attr-defined]
        near = min(alike, key=lambda ev: abs(ev.date_start - start), default=None)
        return near.label if near is not None and abs(near.date_start - start) <= MOVED_CHARS else None


def rows(name: str, corpus: Corpus | None = None) -> list[dict]:
    items = [json.loads(line) for line in (LABELS / f"judged_{name}_items.jsonl").open()]
    verdicts = {j["item"]: j for j in map(json.loads, (LABELS / f"judged_{name}_judgments.jsonl").open())}
    key = json.loads((LABELS / f"judged_{name}_key.json").read_text())
    if isinstance(key, list):  # v1/v2: [{"item", "version": "new"|"old"}]
        key = {str(k["item"]): ("base" if k["version"] == "old" else "final") for k in key}
    out = []
    for it in items:
        if key.get(str(it["item"])) == "base":
            continue  # the label of the code before that round: the final one is judged against
        j = verdicts[it["item"]]
        out.append({"set": name, "item": it["item"], "sentence": it["sentence"], "date": it["date"],
                    "judged": it["label"], "acceptable": j["acceptable"], "reason": j.get("reason") or j.get("why", ""),
                    "now": now(it, key.get("_events", {}).get(str(it["item"])), corpus)})
    return out


def now(item: dict, where: list | None, corpus: Corpus | None) -> str | None:
    """The current label: in the item's document with ``corpus``, else of its sentence alone."""
    if corpus is not None and where:
        return corpus.label(*where, date=item["date"])
    return relabel(item["sentence"], item["date"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="judged set names (v6, v7, …)")
    ap.add_argument("--changed", action="store_true", help="list only labels that changed")
    ap.add_argument("--json", type=Path, help="write all rows to this file")
    ap.add_argument("--context", action="store_true", help="label v7/v8 items in their whole document")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the folder with seeds/ and corpus/milestones/")
    a = ap.parse_args(argv)
    corpus = Corpus(a.shared) if a.context else None
    every = [r for s in a.sets for r in rows(s, corpus)]
    for r in every:
        if a.changed and r["now"] == r["judged"]:
            continue
        mark = "ok " if r["acceptable"] else "REJ"
        print(f"{r['set']} #{r['item']} {mark} {r['date']}\n  was: {r['judged']}\n  now: {r['now']}")
    changed = sum(r["now"] != r["judged"] for r in every)
    print(f"{len(every)} items, {changed} labels changed")
    if a.json:
        a.json.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in every) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
