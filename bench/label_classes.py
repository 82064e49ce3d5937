"""Count why blind-judged event labels were rejected, by class, over every judged set.

Pools every judged label of ``bench/annotations/labels/judged_v*`` (both versions of each
item: the code of the round's start and its final code) and gives each rejected one a main
cause, read from the judge's note (``reason``/``why``) and, where the note says nothing
(v1 has none), from the label's own words. Usage:
``bench/label_classes.py [--sets v11 v12 …] [--examples CLASS] [--json FILE]``.
The classes, first match wins (a note often names several faults; the first is the one a
reader meets first):

heading     a heading, caption or title glued to or standing for the sentence
wrong       the label's happening is not the one the date belongs to
referent    a pronoun, possessive or description without its referent ("It", "the canal")
clause      a relative or participial clause chosen as the label ("whose …", "X, founded in …")
subject     the actor dropped: no subject, or a subject missing a name or a coordinated actor
predicate   no predicate: a bare noun phrase, list or name
cut         cut mid-phrase: an object, complement or restriction dropped
splice      two clauses or phrases spliced, garbled
distorted   grammatical but untrue to the sentence (wrong subject, inverted meaning)
other       none of these words in the note (or no note and nothing seen in the label)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

LABELS = Path(__file__).resolve().parents[1] / "bench" / "annotations" / "labels"

CLASSES: list[tuple[str, str]] = [
    ("heading", r"caption|heading|\btitle\b|section"),
    ("wrong", r"wrong (event|clause|organi[sz]ation|country)|not the (dated|\d{4}|happening|.*event)|date is|dates? the|"
              r"background|the \d{4} event|includes \d{4}|merges a second|names the (deadline|preliminary|lead-up)|"
              r"not an event|not a happening|not a datable|label says|happened in|mixes|not the \w+ event|"
              r"consequence|hypothetical|describes (what|persistence)|another clause|other dates?"),
    ("referent", r"referent|unresolved|unexplained|dangling (pronoun|possessive|'(it|its|his|her|their|them|they|this|these|him|the))|"
                 r"'(it|he|she|they|them|its|his|her|their|him|there|both|this|these)'|not self-contained|"
                 r"which \w+ (and which \w+ )?(is|are) not given|no context|without context|unidentified|unspecified|"
                 r"which advocates|'the \w+'( and| is| has| lacks)|of what\? not|dangling 'this"),
    ("clause", r"relative|particip|'whose'|'that'|infinitive|appositive"),
    ("subject", r"no subject|missing subject|subject missing|actor|name dropped|name .*dropped|anonymous|founder|"
                r"declaring party|omits \w+\b(?! (what|the))|missing actor|incomplete actor"),
    ("predicate", r"no (finite )?predicate|no verb|without verb|noun phrase|noun fragment|bare|list of|no event|"
                  r"subject only|no happening|number fragment|no statement|says nothing|says little|uninformative|"
                  r"vague|not a clause|no main verb"),
    ("cut", r"cut|truncat|drops|dropped|loses|lacks|missing object|without object|left without|dangling|of what|"
            r"object lost|incomplete|meaning lost|what \w+ was|whom|cut off"),
    ("splice", r"garbled|splice|merge|ungrammatical|run together|broken"),
    ("distorted", r"distort|invert|wrong subject|meaning changed|misleading|wrong meaning|nonsensical|misattribut|"
                  r"credits|did not|wrong resolution|implies|ambiguous|too long"),
]
PRONOUN_START = re.compile(r"^(he|she|it|they|this|these|those|its|his|her|their|them|there)\b", re.I)
CUT_END = re.compile(r"\b(a|an|the|of|in|on|at|to|for|by|with|from|and|or|but|that|which|as)$", re.I)


def cause(reason: str, label: str) -> str:
    """The main class of one rejection, from the judge's note, else from the label."""
    note = reason.lower()
    for name, pattern in CLASSES:
        if note and re.search(pattern, note):
            return name
    if PRONOUN_START.search(label.strip()):
        return "referent"
    if CUT_END.search(label.strip().rstrip(".,;:")):
        return "cut"
    return "other"


def judged_sets() -> list[str]:
    names = [p.name[len("judged_"):-len("_judgments.jsonl")] for p in LABELS.glob("judged_v*_judgments.jsonl")]
    return sorted(names, key=lambda n: (int(re.match(r"v(\d+)", n).group(1)), n))  # type: ignore[union-attr]


def rejections(name: str) -> tuple[int, list[dict]]:
    """The number of judged labels of set ``name`` and its rejected ones (both versions)."""
    items = {it["item"]: it for it in map(json.loads, (LABELS / f"judged_{name}_items.jsonl").open())}
    verdicts = [json.loads(line) for line in (LABELS / f"judged_{name}_judgments.jsonl").open()]
    out = []
    for j in verdicts:
        if j["acceptable"]:
            continue
        it = items[j["item"]]
        reason = j.get("reason") or j.get("why") or ""
        out.append({"set": name, "item": j["item"], "label": it["label"], "sentence": it["sentence"],
                    "reason": reason, "class": cause(reason, it["label"])})
    return len(verdicts), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", help="judged set names (default: every judged_v* set)")
    ap.add_argument("--examples", help="print the rejections of this class")
    ap.add_argument("--json", type=Path, help="write every classified rejection to this file")
    a = ap.parse_args(argv)
    names = a.sets or judged_sets()
    table: dict[str, Counter] = defaultdict(Counter)
    totals: dict[str, tuple[int, int]] = {}
    rows: list[dict] = []
    for name in names:
        n, bad = rejections(name)
        totals[name] = (n, len(bad))
        rows += bad
        for r in bad:
            table[r["class"]][name] += 1
    order = [c for c, _ in CLASSES] + ["other"]
    print("| class | " + " | ".join(names) + " | all |")
    print("| --- " * (len(names) + 2) + "|")
    for c in order:
        print(f"| {c} | " + " | ".join(str(table[c][n]) for n in names) + f" | {sum(table[c].values())} |")
    print("| rejected / judged | " + " | ".join(f"{totals[n][1]}/{totals[n][0]}" for n in names)
          + f" | {sum(b for _, b in totals.values())}/{sum(t for t, _ in totals.values())} |")
    if a.examples:
        for r in rows:
            if r["class"] == a.examples:
                print(f"{r['set']} #{r['item']}: {r['label']}  [{r['reason']}]")
    if a.json:
        a.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
