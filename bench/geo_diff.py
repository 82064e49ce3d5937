"""Places sets scored on the documents that differ between two builds only.

    python bench/geo_diff.py START.db VERSION.db

The documents whose mentions (span, type, and a place's point) differ between the two
databases are listed; every places set (``eval_geo_sets.place_sets``) is then scored with
``eval_geo.score_places`` / ``score_nonplaces`` on the rows of those documents alone, on
both databases, and the sets that moved are printed. Every other row has the same mentions
and points in both, hence the same outcome: the pooled figures of a version are the start's
plus these differences (a full ``eval_geo_sets.py`` run takes long on a loaded machine).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_geo as eg  # noqa: E402
from eval_geo_sets import place_sets  # noqa: E402


def signatures(db: Path) -> dict[str, list[tuple]]:
    """Each document's mentions: (start, end, type, a place's point)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    points = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, lat, lon FROM entities")}
    out: dict[str, list[tuple]] = {}
    rows = conn.execute('SELECT document, start, "end", type, entity FROM mentions ORDER BY document, start, "end"')
    for doc, start, end, etype, entity in rows:
        out.setdefault(doc, []).append((start, end, etype, points.get(entity) if etype == "place" else None))
    conn.close()
    return out


def main(argv: list[str]) -> int:
    a, b = Path(argv[0]), Path(argv[1])
    sa, sb = signatures(a), signatures(b)
    changed = {d for d in set(sa) | set(sb) if sa.get(d) != sb.get(d)}
    print("changed documents:", len(changed), sorted(changed))
    ka, kb = eg.Kb.load(a), eg.Kb.load(b)
    for label, places, nonplaces in place_sets():
        rows = [r for r in eg.read_jsonl(places, "all") if ka.document(r["doc"]) in changed]
        if not rows:
            continue
        ga, gb = eg.score_places(ka, rows), eg.score_places(kb, rows)
        before = (ga.found, ga.mapped, ga.right, ga.no_point)
        after = (gb.found, gb.mapped, gb.right, gb.no_point)
        moved = before != after
        line = f"{label:9} rows {len(rows):4}  found {before[0]}->{after[0]} mapped {before[1]}->{after[1]} " \
               f"right {before[2]}->{after[2]} nopt {before[3]}->{after[3]}"
        if nonplaces and not label.endswith("_all"):
            nrows = [r for r in eg.read_jsonl(nonplaces, "all") if ka.document(r["doc"]) in changed]
            na, nb = eg.score_nonplaces(ka, nrows)[1], eg.score_nonplaces(kb, nrows)[1]
            line += f" nonpl_mapped {na}->{nb}"
            moved = moved or na != nb
        if moved:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
