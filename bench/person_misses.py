"""Person recall misses of annotated clusters, counted by class, against a built database.

For every annotated person, the entity most of its located person mentions carry is its
own; every other mention is a miss, classed as: not located (the sentence is not in the
document), no mention (nothing found there), typed place/organization/… (a mention of
another type; "wider span" when it holds more words than the annotation), or a person
mention of another entity (a wider or narrower span, or the same words). Usage:
``bench/person_misses.py DB persons.jsonl [persons_v2.jsonl …] [--examples K]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from eval_geo import Kb, locate, read_jsonl  # noqa: E402


def miss_class(kb: Kb, mention: dict, found: tuple | None, doc: str | None, span: tuple | None) -> str:
    """The class of one mention that does not carry its person's entity."""
    if not doc or not span:
        return "not located"
    if found is None:
        return "no mention"
    surface = kb.texts[doc][found[0] : found[1]].strip()
    wider = len(surface) > len(mention["text"].strip()) + 1
    if found[2] != "person":
        return f"typed {found[2]}" + (" (wider span)" if wider else "")
    if surface == mention["text"].strip():
        return "person, other entity"
    return "person, wider span" if wider else "person, narrower span"


def misses(kb: Kb, rows: list[dict]) -> list[tuple[str, str, str, str]]:
    """(class, annotated text, person, found entity) of every missed mention of ``rows``."""
    out = []
    for row in rows:
        located = []
        for m in row["mentions"]:
            doc, span, _ = locate(kb, m, "text")
            located.append((m, doc, span, kb.mention_at(doc, span) if doc and span else None))
        own = Counter(f[3] for _, _, _, f in located if f and f[2] == "person").most_common(1)
        main = own[0][0] if own else None
        for m, doc, span, found in located:
            if found is None or found[3] != main:
                out.append((miss_class(kb, m, found, doc, span), m["text"], row["person"], found[3] if found else ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("persons", type=Path, nargs="+")
    ap.add_argument("--examples", type=int, default=5, help="examples shown per class")
    a = ap.parse_args(argv)
    kb = Kb.load(a.db)
    total: Counter[str] = Counter()
    examples: dict[str, list[tuple]] = defaultdict(list)
    for f in a.persons:
        found = misses(kb, read_jsonl(f, "all"))
        counts = Counter(c for c, *_ in found)
        print(f"{f.stem}: {sum(counts.values())} missed mentions  " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
        total.update(counts)
        for c, *rest in found:
            examples[c].append((f.stem, *rest))
    print(f"all: {sum(total.values())}  " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    for c, _ in total.most_common():
        print(f"== {c}")
        for e in examples[c][: a.examples]:
            print("   ", " | ".join(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
