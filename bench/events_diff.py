"""Round 35: the events whose places or participants differ between two exports of one build's documents.

    vitrina export --db BEFORE.db --format json > before.json
    vitrina export --db AFTER.db --format json > after.json
    python bench/events_diff.py before.json after.json

Events are matched by their first evidence sentence, date and label; prints each changed event with its sentence
and the names it lost or gained, events only one side has, and the counts.
"""

from __future__ import annotations

import json
import sys


def _load(path: str) -> tuple[int, dict, dict]:
    with open(path, encoding="utf-8") as handle:
        kb = json.load(handle)
    names = {e["id"]: e["name"] for e in kb["entities"]}
    events = {(e["evidence"][0]["document"], e["evidence"][0]["start"], e["date"]["edtf"], e["label"]): e
              for e in kb["events"] if e["evidence"]}
    return len(kb["events"]), events, names


def main() -> None:
    n_before, before, names_before = _load(sys.argv[1])
    n_after, after, names_after = _load(sys.argv[2])
    print("events", n_before, "->", n_after)
    changed = 0
    for key, ev in before.items():
        other = after.get(key)
        if other is None:
            print("only before", key)
            continue
        was, now = ev["places"] + ev["participants"], other["places"] + other["participants"]
        if ev["places"] != other["places"] or ev["participants"] != other["participants"]:
            changed += 1
            print(ev["date"]["edtf"], "|", ev["label"])
            print("   ", ev["evidence"][0]["text"][:300])
            print("    lost:", [names_before[p] for p in was if p not in now],
                  "gained:", [names_after[p] for p in now if p not in was])
    for key in after:
        if key not in before:
            print("only after", key)
    print("changed", changed)


if __name__ == "__main__":
    main()
