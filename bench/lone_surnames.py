"""Which rule gives a lone surname that two full-named people of one document share to the
annotated person (round 32, issue #13): a reading of a built database, no relinking.

    cd WORKTREE && python bench/lone_surnames.py --db DB [--sets 'persons_v*'] [--cases]

For every annotated one-word mention (located as ``persons_sets.py`` locates it) whose word is
the last word of full-name person mentions of two or more entities of its document, each rule
names the entity it would choose, counted right (the person's main entity: the one most of its
annotated mentions carry), wrong, or none (no choice):

* ``as built``: the entity the database gives the mention;
* ``nearest full``: the entity of the nearest full-name mention before it;
* ``nearest full, section``: the same within its section (the text since the last heading line,
  a line of at most ``HEADING_LINE_CHARS`` characters without a full stop), else none;
* ``first full``: the entity named in full first in the document;
* ``most full before``: the entity with the most full-name mentions before it;
* ``most mentions before``: the entity with the most mentions of any form before it.

Mentions are counted once per set that annotates them (sets share documents).
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import eval_geo as eg  # noqa: E402

ANN = ROOT / "bench" / "annotations"
HEADING_LINE_CHARS = 80
_HEADING_LINE = re.compile(rf"\n[^\n.!?]{{1,{HEADING_LINE_CHARS}}}\n")
RULES = ("as built", "nearest full", "nearest full, section", "first full", "most full before",
         "most mentions before")


def full_names(kb: eg.Kb, doc: str) -> dict[str, list[tuple[int, str]]]:
    """Last word -> (start, entity) of the document's full-name person mentions, in order."""
    text, out = kb.texts[doc], defaultdict(list)
    for s, e, etype, ent in kb.mentions.get(doc, []):
        words = text[s:e].split()
        if etype == "person" and len(words) > 1:
            out[words[-1].strip("’'s")].append((s, ent))
    return out


def choices(kb: eg.Kb, doc: str, start: int, owners: list[tuple[int, str]], built: str | None) -> dict:
    text = kb.texts[doc]
    before = [(s, e) for s, e in owners if s < start]
    heads = [m.end() - 1 for m in _HEADING_LINE.finditer(text)]
    k = bisect.bisect_right(heads, start)
    section = heads[k - 1] if k else 0
    in_section = [(s, e) for s, e in before if s >= section]
    entities = {e for _, e in owners}
    full_count = Counter(e for _, e in before)
    all_count = Counter(m[3] for m in kb.mentions[doc] if m[0] < start and m[3] in entities)
    return {
        "as built": built,
        "nearest full": before[-1][1] if before else None,
        "nearest full, section": in_section[-1][1] if in_section else None,
        "first full": owners[0][1],
        "most full before": full_count.most_common(1)[0][0] if full_count else None,
        "most mentions before": all_count.most_common(1)[0][0] if all_count else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--sets", default="persons_v*")
    ap.add_argument("--cases", action="store_true", help="list the mentions the built rule gets wrong")
    a = ap.parse_args(argv)
    kb = eg.Kb.load(a.db)
    fulls: dict[str, dict] = {}
    tally: Counter[tuple[str, str]] = Counter()
    cases = []
    for path in sorted(ANN.glob(a.sets + ".jsonl"), key=lambda p: (len(p.stem), p.stem)):
        for row in eg.read_jsonl(path, "all"):
            found = []
            for m in row["mentions"]:
                doc, span, _ = eg.locate(kb, m, "text")
                found.append((m, doc, span, kb.mention_at(doc, span) if doc and span else None))
            main_entity = Counter(f[3] for *_, f in found if f and f[2] == "person").most_common(1)
            main = main_entity[0][0] if main_entity else None
            for m, doc, span, f in found:
                if not span or len(m["text"].split()) != 1 or not m["text"][:1].isupper():
                    continue
                owners = fulls.setdefault(doc, full_names(kb, doc)).get(m["text"], [])
                if len({e for _, e in owners}) < 2 or main not in {e for _, e in owners}:
                    continue
                chosen = choices(kb, doc, span[0], owners, f[3] if f else None)
                for rule, entity in chosen.items():
                    tally[(rule, "none" if entity is None else "right" if entity == main else "wrong")] += 1
                if chosen["as built"] != main:
                    cases.append((path.stem, doc, m["text"], span[0]))
    print(f"{'rule':24s} {'right':>6s} {'wrong':>6s} {'none':>5s}")
    for rule in RULES:
        print(f"{rule:24s} {tally[(rule, 'right')]:6d} {tally[(rule, 'wrong')]:6d} {tally[(rule, 'none')]:5d}")
    if a.cases:
        for case in cases:
            print("  ", " | ".join(map(str, case)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
