"""Why another sentence's candidate beats the stating sentence's ("a2 not first"): what each side holds.

Reads an ``ask_classes.py --dump``. Every answerable question whose outcome is ``a2 not first`` is asked again
(``explain``); the winner (its best member by the shipped ``RANKER``) is set against the best member of a right
candidate cited by the stating sentence, and the pair is counted in every class whose evidence differs between them
(a question may count in several; "none of these" when it counts in none):

* evidence for the right candidate: its sentence holds the question's predicate (aligned, or a closer WordNet match)
  and the winner's does not; it holds the question's year, names, numbers and superlatives, or more of the question's
  participants among the aligned verb's arguments; the candidate fills the asked slot; it is of the asked type;
* evidence for the winner: its sentence covers more of the question's words (by more than 0.1), holds the predicate
  or more of the names; it is of the asked type and the right one is not; the right one is a parse span only, or
  stands in a sentence examined as a neighbour or follower;
* the asked role (``roles_reversed``: the winner is a question name's doer where the question makes it the
  undergoer, or the reverse) and a heading or caption (not ending as a sentence) winning.

    .venv/bin/python bench/ask_not_first.py DUMP.jsonl [--db build/dev.db] [--json OUT] [-v]
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import diagnose_ask  # noqa: E402
import eval_ask  # noqa: E402

Features = Mapping[str, float]
CLASSES: dict[str, Callable[[Features, Features], bool]] = {  # (winner, right) -> does the class hold
    "for right: predicate aligned, winner's not (or a weaker match)":
        lambda w, g: g.get("aligned", 0) > w.get("aligned", 0) or g.get("align_credit", 0) > w.get("align_credit", 0) + 0.2,
    "for right: holds the question's year, winner's sentence not":
        lambda w, g: g.get("holds_year", 1) > w.get("holds_year", 1),
    "for right: fills the asked slot, winner not": lambda w, g: g.get("in_slot", 0) + g.get("role_slot", 0)
        > w.get("in_slot", 0) + w.get("role_slot", 0),
    "for right: of the asked type, winner not": lambda w, g: g.get("agrees", 0) > w.get("agrees", 0)
        or g.get("head_kind_of", 0) > w.get("head_kind_of", 0),
    "for right: more of the question's participants as the aligned verb's arguments":
        lambda w, g: g.get("argument_match", 0) > w.get("argument_match", 0),
    "for right: holds more of the question's names": lambda w, g: g.get("holds_names", 0) > w.get("holds_names", 0) + 0.01,
    "for right: holds more of the question's numbers, ordinals, superlatives":
        lambda w, g: g.get("holds_constraints", 1) > w.get("holds_constraints", 1),
    "asked role: winner's roles reversed": lambda w, g: w.get("roles_reversed", 0) > 0,
    "winner is a heading or caption": lambda w, g: bool(w.get("heading", 0)) or not w.get("terminal", 1),
    "for winner: covers more of the question (> 0.1)": lambda w, g: g.get("coverage", 0) + 0.1 < w.get("coverage", 0),
    "for winner: predicate aligned, right's not": lambda w, g: w.get("aligned", 0) > g.get("aligned", 0),
    "for winner: of the asked type, right not": lambda w, g: w.get("agrees", 0) > g.get("agrees", 0),
    "for winner: holds more of the question's names": lambda w, g: w.get("holds_names", 0) > g.get("holds_names", 0) + 0.01,
    "for winner: the right one is a parse span only": lambda w, g: bool(g.get("kind_span", 0)) and not w.get("kind_span", 0),
    "for winner: the right one's sentence is a neighbour or follower":
        lambda w, g: bool(g.get("neighbour", 0) or g.get("follower", 0) or g.get("follower_far", 0)),
}


def classes(winner: Features, right: Features) -> list[str]:
    """Every class whose evidence tells the winner's member from the right one's."""
    return [name for name, holds in CLASSES.items() if holds(winner, right)] or ["none of these"]


def main() -> None:
    args = ask_classes.dump_reader_arguments(__doc__.splitlines()[0])
    from vitrina.ask import ask
    from vitrina.qa.weights import RANKER
    from vitrina.store import connect_readonly

    def score(features: Features) -> float:
        return sum(RANKER.get(k, 0.0) * v for k, v in features.items())

    items = ask_classes.questions_by_set_and_id()
    counts: Counter[str] = Counter()
    total = with_right = 0
    out = args.json.open("w", encoding="utf-8") if args.json else None
    with contextlib.closing(connect_readonly(args.db)) as conn:
        for line in args.dump.open(encoding="utf-8"):
            record = json.loads(line)
            if record.get("outcome") != "a2 not first":
                continue
            item = items[(record["set"], record["id"])]
            ranked = ask(conn, item["question"], explain=True)["ranked"]
            total += 1
            winner = max(ranked[0]["members"], key=lambda m: score(m["features"]))
            right = [(i, m) for i, c in enumerate(ranked) if eval_ask.answer_ok(c["text"], item) for m in c["members"]
                     if diagnose_ask.cited(m["text"], m["document"], item) or c["antecedent"]]
            if not right:
                counts["no right candidate in the stating sentence"] += 1
                continue
            with_right += 1
            rank, member = max(right, key=lambda im: score(im[1]["features"]))
            found = classes(winner["features"], member["features"])
            counts.update(found)
            if out:
                out.write(json.dumps({"set": record["set"], "id": record["id"], "question": item["question"],
                                      "winner": ranked[0]["text"], "winner_sentence": winner["text"],
                                      "right": ranked[rank]["text"], "right_rank": rank,
                                      "right_sentence": member["text"], "classes": found}) + "\n")
            if args.verbose:
                print(f"{record['set']} {record['id']} {item['question']}\n  won {ranked[0]['text']!r}; right "
                      f"#{rank} {ranked[rank]['text']!r}: {', '.join(found)}")
    if out:
        out.close()
    print(f"{total} questions not first; {with_right} with a right candidate of the stating sentence")
    for name, n in counts.most_common():
        print(f"  {n:4d}  {name}")


if __name__ == "__main__":
    main()
