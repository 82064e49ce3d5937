"""Person linking over every persons set at once: per-set and pooled pairwise P/R, and the
missed mentions by the form of their words and by where their person's entity is.

    python bench/persons_sets.py --db DB [--sets 'persons_v*'] [--relink] [--forms] [--examples K]

Pairs are ``eval_geo.score_persons``'s, summed over the sets for the pooled figures. ``--forms``
classes each missed mention (``person_misses.misses``: not its person's main entity) by its
words, beside the person's longest annotated name: a description (lower case: "the envoy"), a
possessive, a name split by a line break, initials, a title and a surname, the given name
alone, the surname (or another one-word name) alone, a full name; and by *where*: "within"
when its document holds a mention that carries the main entity, "across" when none does (the
document's whole person was not linked to the others). ``--relink`` links the database's stored
analyses (its documents before linking) again with the code at hand and scores that, without
writing anything: a change of ``link.py`` measured in seconds instead of a build.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import eval_geo as eg  # noqa: E402
from person_misses import miss_class  # noqa: E402

ANN = ROOT / "bench" / "annotations"


def form_of(text: str, full: str) -> str:
    """The form class of a mention's ``text`` beside its person's longest name ``full``."""
    words = text.split()
    names = [w.strip(".,") for w in full.split()]
    if "\n" in text:
        return "split by a line break"
    if not text[:1].isupper():
        return "description"
    if re.search(r"['’]s?$", text):
        return "possessive"
    if any(re.fullmatch(r"[A-Z]\.?", w) for w in words):
        return "initials"
    if len(words) == 1:
        if names and words[0] == names[0] and len(names) > 1:
            return "given name alone"
        return "one word (surname) alone"
    if words[-1] in names and words[0] not in names:
        return "title + surname"
    return "full name"


def located(kb: eg.Kb, row: dict) -> list[tuple[dict, str | None, tuple | None]]:
    out = []
    for m in row["mentions"]:
        doc, span, _ = eg.locate(kb, m, "text")
        out.append((m, doc, kb.mention_at(doc, span) if doc and span else None))
    return out


def missed_forms(kb: eg.Kb, rows: list[dict]) -> list[tuple[str, str, str, str, str, int]]:
    """(where, form or class, text, person, document, pairs) of each missed mention of ``rows``;
    pairs: how many of its person's mentions carry the main entity (the gold pairs it loses)."""
    out = []
    for row in rows:
        found = located(kb, row)
        own = Counter(f[3] for _, _, f in found if f and f[2] == "person").most_common(1)
        main = own[0][0] if own else None
        full = max((m["text"] for m in row["mentions"] if m["text"][:1].isupper()), key=lambda t: len(t.split()),
                   default="")
        carried = {doc for _, doc, f in found if f and f[3] == main}
        on_main = sum(1 for _, _, f in found if f and f[3] == main)
        for m, doc, f in found:
            if f is not None and f[3] == main:
                continue
            cls = miss_class(kb, m, f, doc, eg.locate(kb, m, "text")[1] if doc else None)
            kind = form_of(m["text"], full) if cls.startswith("person") else cls
            where = "within" if doc in carried else "across"
            out.append((where, kind, m["text"], row["person"], doc or "", on_main))
    return out


def relinked(db: Path) -> eg.Kb:
    """The persons scoring view of ``db``'s analyses linked again with the current code."""
    from vitrina.link import link
    from vitrina.store import load_analyses

    docs = [doc for _, doc in load_analyses(db).values()]
    linked, entities = link(docs)
    mentions = {d.id: sorted((m.start, m.end, m.type, m.entity) for m in d.mentions) for d in linked}
    return eg.Kb({d.id: d.text for d in linked}, {d.id: d.title for d in linked}, {d.id: d.source for d in linked},
                 mentions, {e.id: {"id": e.id, "name": e.name} for e in entities})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--sets", default="persons_v*", help="glob of set names under bench/annotations")
    ap.add_argument("--relink", action="store_true", help="link the stored analyses again with this code")
    ap.add_argument("--forms", action="store_true", help="class the missed mentions by form and where")
    ap.add_argument("--examples", type=int, default=0, help="examples shown per form class")
    a = ap.parse_args(argv)
    kb = relinked(a.db) if a.relink else eg.Kb.load(a.db)
    sets = sorted(ANN.glob(a.sets + ".jsonl"), key=lambda p: (len(p.stem), p.stem))
    pooled = eg.PairScore()
    forms: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for path in sets:
        rows = eg.read_jsonl(path, "all")
        s = eg.score_persons(kb, rows)
        for k in ("mentions", "located", "gold_pairs", "predicted_pairs", "both"):
            setattr(pooled, k, getattr(pooled, k) + getattr(s, k))
        line = f"{path.stem:14s} P {s.precision:.4f}  R {s.recall:.4f}  ({s.both}/{s.predicted_pairs} pred, {s.gold_pairs} gold)"
        if a.forms:
            found = missed_forms(kb, rows)
            line += f"  missed {len(found)}"
            for where, kind, text, person, doc, pairs in found:
                forms[(where, kind)] += 1
                lost[(where, kind)] += pairs
                examples[(where, kind)].append((path.stem, text, person, doc, str(pairs)))
        print(line)
    print(f"pooled ({len(sets)} sets)  P {pooled.precision:.4f}  R {pooled.recall:.4f}  "
          f"({pooled.both}/{pooled.predicted_pairs} pred, {pooled.gold_pairs} gold)")
    if a.forms:
        print(f"missed mentions: {sum(forms.values())}, gold pairs they lose (about): {sum(lost.values())}")
        for (where, kind), n in lost.most_common():
            print(f"  {forms[(where, kind)]:5d} mentions {n:6d} pairs  {where:7s} {kind}")
            for e in examples[(where, kind)][: a.examples]:
                print("         ", " | ".join(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
