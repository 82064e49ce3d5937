"""Leave one set out for RAWCOLUMN_LIMITS least_gain_per_line (raw text, row-by-row columns).

    python bench/fit_rawcolumns.py

Every exhibit NAME.txt with a gold NAME.json is read; per file, the largest gain a line of
a page (two streams over one, ``structure.rawcolumns``) among pages passing least_gain.
Files that some grid value would change are scored with the reordering at each value and
off; for each held-out set, the value best on the other sets (ties: the largest, the most
cautious, and, second figure, the smallest) and the held-out set's change with it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402

from vitrina.structure import clear_caches  # noqa: E402
from vitrina.structure import rawcolumns as rc  # noqa: E402

EXHIBITS = Path(__file__).resolve().parent / "exhibits"
GRID = [0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3]
OFF = 99.0


def page_gain(path: Path) -> float:
    best = 0.0
    for page in path.read_text(encoding="utf-8").split("\f"):
        texts = [" ".join(line.split()) for line in page.split("\n") if line.strip()]
        if len(texts) < 4:
            continue
        link = rc.links(texts)
        _, streams = rc.two_streams(texts, link)
        gain = rc.streams_score(streams, link) - rc.single_score(texts, link)
        if gain >= rc.RAWCOLUMN_LIMITS["least_gain"]:
            best = max(best, gain / len(texts))
    return best


def score(path: Path, threshold: float) -> float:
    rc.RAWCOLUMN_LIMITS["least_gain_per_line"] = threshold
    clear_caches()
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return float(layoutscore.score_document(layoutscore.read_document(path, "text"), gold)["mean"])


def main() -> None:
    saved = rc.RAWCOLUMN_LIMITS["least_gain_per_line"]
    files = sorted(p for p in EXHIBITS.glob("*/*.txt") if p.with_suffix(".json").exists())
    gains = {path: page_gain(path) for path in files}
    deltas: dict[Path, dict[float, float]] = {}
    for path, gain in gains.items():
        if gain >= min(GRID):
            off = score(path, OFF)
            deltas[path] = {t: (score(path, t) - off if t <= gain else 0.0) for t in GRID}
            print(f"{gain:.3f} {path.parent.name}/{path.name} off {off:.3f} "
                  + " ".join(f"{t}:{d:+.3f}" for t, d in deltas[path].items()))
    rc.RAWCOLUMN_LIMITS["least_gain_per_line"] = saved
    sets = sorted({path.parent.name for path in files})

    def delta(names: set[str], t: float) -> float:
        return sum(d.get(t, 0.0) for path, d in deltas.items() if path.parent.name in names)

    print("held-out set: value (ties largest) change / value (ties smallest) change")
    total = [0.0, 0.0]
    for held in sets:
        train = set(sets) - {held}
        cautious = max([*GRID, OFF], key=lambda t: (round(delta(train, t), 6), t))
        eager = max([*GRID, OFF], key=lambda t: (round(delta(train, t), 6), -t))
        a, b = delta({held}, cautious), delta({held}, eager)
        total[0] += a
        total[1] += b
        if a or b or cautious != eager:
            print(f"{held}: {cautious} {a:+.3f} / {eager} {b:+.3f}")
    n = len(sets)
    print(f"mean change a set over {n} sets: ties largest {total[0] / n:+.4f}, ties smallest {total[1] / n:+.4f}")


if __name__ == "__main__":
    main()
