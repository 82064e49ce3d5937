"""The annotated places typed as something else, by the evidence the typing model weighs on them.

    python bench/typing_census.py --db DB [--list] [--known]

Over every first-mention places set: each annotated place found in its sentence whose head is a
mention typed person, organization or other (the same span), or no mention at all, is classed by
NER's type, whether the gazetteer knows the name by a main name (a point is possible), the gate
that holds it back (``places.TYPING_GATES``, the first that holds) or else its score against
``TYPING_WEIGHTS["threshold"]``. For the gate "person_word", the document's person names that
share its words are listed (``--list``): the names that hold the place back.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_geo import Kb, head_span, locate, read_jsonl  # noqa: E402
from eval_geo_sets import place_sets  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from vitrina.extract import places
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--list", action="store_true", help="print every place held back")
    ap.add_argument("--known", action="store_true", help="list only names the gazetteer knows")
    args = ap.parse_args(argv)
    kb, gaz = Kb.load(args.db), places.gazetteer()
    classes: Counter[tuple[str, ...]] = Counter()
    for label, path, _ in place_sets():
        if label.endswith("_all"):
            continue
        for row in read_jsonl(path, "all"):
            doc, span, _ = locate(kb, row, "name", alone=True)
            if doc is None or span is None:
                continue
            span = head_span(kb.texts[doc], span)
            if kb.mention_at(doc, span, "place") is not None:
                continue
            text = kb.texts[doc]
            same = [m for m in kb.mentions.get(doc, ()) if (m[0], m[1]) == span]
            overlapping = kb.mention_at(doc, span)
            if same:
                ner = same[0][2]
            elif overlapping is None:
                ner = "none"
            else:
                continue  # a longer or shorter mention: another class (``geo_untyped.py``)
            people_by_word: dict[str, set[str]] = defaultdict(set)
            for s, e, t, _ in kb.mentions.get(doc, ()):
                if t == "person":
                    name = " ".join(text[s:e].split())
                    for w in name.split():
                        people_by_word[w].add(name)
            place_spans = places.PlaceSpans.of((s, e) for s, e, t, _ in kb.mentions.get(doc, ()) if t == "place")
            name = " ".join(text[span[0]:span[1]].split())
            ev = places.typing_evidence(text, span[0], span[1], gaz, people_by_word, place_spans)
            gates = sorted(places.TYPING_GATES & ev)
            known = any(not s.alternate for s in gaz.senses(name))
            score = places.typing_score(ev - places.TYPING_GATES, ner if ner != "group" else "other")
            held = gates[0] if gates else ("over" if score >= places.TYPING_WEIGHTS["threshold"] else "under")
            classes[(ner, "known" if known else "-", held)] += 1
            if args.list and (known or not args.known):
                sharing = sorted({p for w in name.split() for p in people_by_word.get(w, ()) if p != name})
                print(f"{label}\t{ner}\t{'gn' if known else ''}\t{held}\t{score:.2f}\t{name!r}\t"
                      f"{','.join(sorted(ev))}\t{sharing[:4]}\t{text[max(0, span[0] - 50):span[1] + 30]!r}")
    for key, n in classes.most_common():
        print(n, *key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
