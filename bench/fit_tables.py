"""Leave one set out over the HTML sets for values of ``LAYOUT_TABLE_LIMITS`` (round 28).

    PYTHONPATH=src python bench/fit_tables.py

For each key of ``GRID``, every value is scored on every HTML file of every set (the other keys
at their current values); then, for each set, the value best on the other sets is scored on it
(ties go to the current value). Prints the mean per value and the held-out mean.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutsets  # noqa: E402

from vitrina.ingest import _html_tables  # noqa: E402

GRID: dict[str, list[float]] = {"link_share": [0.3, 0.5, 0.7], "cell_words": [20, 40, 80], "larger": [1.05, 1.1, 1.25]}
LIMITS = _html_tables.LAYOUT_TABLE_LIMITS


def set_means(sets: list[str]) -> dict[str, float]:
    means = {}
    for name in sets:
        results = layoutsets.score_set(name, {"html"})
        if results:
            means[name] = sum(r[2]["mean"] for r in results) / len(results)
    return means


def held_out(per: dict[float, dict[str, float]], current: float) -> tuple[float, float]:
    """The held-out mean with each set's value chosen on the others, and at the current value."""
    names = sorted(per[current])
    chosen = []
    for name in names:
        others = {v: sum(s for n, s in scores.items() if n != name) for v, scores in per.items()}
        best = max(per, key=lambda v: (round(others[v], 9), v == current))
        chosen.append(per[best][name])
    return sum(chosen) / len(names), sum(per[current].values()) / len(names)


def main() -> None:
    sets = sorted(p.name for p in layoutsets.EXHIBITS.iterdir() if p.is_dir())
    current = {key: LIMITS[key] for key in GRID}
    for key, values in GRID.items():
        per = {}
        for value in values:
            LIMITS.update(current)
            LIMITS[key] = value
            per[value] = set_means(sets)
        LIMITS.update(current)
        chosen, now = held_out(per, current[key])
        means = {v: round(sum(s.values()) / len(s), 4) for v, s in per.items()}
        print(f"{key} {means} held out {chosen:.4f} (current value {now:.4f}, {len(per[current[key]])} sets)")


if __name__ == "__main__":
    main()
