"""People and places a user can trust, read off a built exhibit (round 43, issue #13).

    python bench/namesakes.py --db DB [--db DB2 …]

For each database: the full names held by two person entities or more (namesakes told apart) with each one's
mention count, the person entities whose name is headed by a WordNet place noun or is typed a place elsewhere in the
exhibit (places typed as people), and the merges whose evidence cites life dates. Built for the round-42 red team's
collection (``vitrina build bench/redteam/round42/in/coll --fresh``), whose people are known (its REPORT.md, D1/D7/D8),
but reads any exhibit. Nothing is scored: the lists are for reading side by side.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

from vitrina.extract.places import place_head_noun  # noqa: E402


def report(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT e.id, e.type, e.name, e.details, (SELECT count(*) FROM mentions m WHERE m.entity = e.id)"
                       " FROM entities e ORDER BY e.id").fetchall()
    people: dict[str, list[tuple[str, int]]] = defaultdict(list)
    typed: dict[str, set[str]] = defaultdict(set)
    for eid, etype, name, _, count in rows:
        typed[name].add(etype)
        if etype == "person":
            people[name].append((eid, count))
    out = [f"== {db}"]
    split = {n: ids for n, ids in people.items() if len(ids) > 1 and len(n.split()) > 1}
    out.append(f"full names of two person entities or more: {len(split)}")
    out += [f"  {n}: " + ", ".join(f"{eid} ({count})" for eid, count in ids) for n, ids in sorted(split.items())]
    placed = sorted(n for n in people if (len(n.split()) > 1 and place_head_noun(n.split()[-1]))
                    or typed[n] & {"place"})
    out.append(f"person entities named like a place (a place noun's head, or a place elsewhere): {len(placed)}")
    out += [f"  {n} ({sum(c for _, c in people[n])} mentions)" for n in placed]
    cited = [(eid, m["rule"]) for eid, _, _, details, _ in rows
             for m in json.loads(details or "{}").get("merges", []) if "life dates" in m["rule"]]
    out.append(f"merges citing life dates: {len(cited)}")
    out += [f"  {eid}: {rule}" for eid, rule in cited]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, action="append", required=True)
    args = ap.parse_args()
    for db in args.db:
        print("\n".join(report(db)))


if __name__ == "__main__":
    main()
