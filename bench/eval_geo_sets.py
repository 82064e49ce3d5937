"""Every places set scored as ``bench/eval_geo.py --split all`` scores it, the database loaded once.

    python bench/eval_geo_sets.py --db vitrina.db [--json out.json]

For each ``bench/annotations/places*.jsonl`` (the first-mention sets, ``places.jsonl`` and
``places_vN.jsonl``, and the every-mention sets ``places_vN_all.jsonl``) with its
``nonplaces`` file of the same version: found, mapped (coverage), right (right of mapped),
no-point counts and non-places mapped; then the first-mention and every-mention sets pooled.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_geo import Kb, read_jsonl, score_nonplaces, score_places  # noqa: E402

ANNOTATIONS = Path(__file__).resolve().parent / "annotations"


def place_sets() -> list[tuple[str, Path, Path | None]]:
    """(label, places file, non-places file) of every places set, in version order."""
    found = []
    for path in ANNOTATIONS.glob("places*.jsonl"):
        m = re.fullmatch(r"places(?:_v(\d+))?(_all)?\.jsonl", path.name)
        if m is None:
            continue
        version = int(m.group(1) or 1)
        nonplaces = ANNOTATIONS / (f"nonplaces_v{version}.jsonl" if m.group(1) else "nonplaces.jsonl")
        label = f"v{version}{m.group(2) or ''}"
        found.append((version, bool(m.group(2)), label, path, nonplaces if nonplaces.exists() else None))
    return [(label, p, n) for _, _, label, p, n in sorted(found)]


def score_all(db: Path) -> dict[str, dict[str, float]]:
    kb = Kb.load(db)
    out: dict[str, dict[str, float]] = {}
    for label, places, nonplaces in place_sets():
        geo = score_places(kb, read_jsonl(places, "all"))
        located, mapped_non, _ = score_nonplaces(kb, read_jsonl(nonplaces, "all")) if nonplaces else (0, 0, [])
        out[label] = {"found": geo.found, "mapped": geo.mapped, "right": geo.right,
                      "no_point": geo.no_point, "no_point_mapped": geo.no_point_mapped,
                      "nonplaces": located if not label.endswith("_all") else 0,
                      "nonplaces_mapped": mapped_non if not label.endswith("_all") else 0}
    return out


def pooled(scores: dict[str, dict[str, float]], every_mention: bool) -> dict[str, float]:
    keys = ("found", "mapped", "right", "no_point", "no_point_mapped", "nonplaces", "nonplaces_mapped")
    rows = [s for label, s in scores.items() if label.endswith("_all") == every_mention]
    return {k: sum(r[k] for r in rows) for k in keys}


def line(label: str, s: dict[str, float]) -> str:
    cov = s["mapped"] / s["found"] if s["found"] else 0.0
    acc = s["right"] / s["mapped"] if s["mapped"] else 0.0
    can = s["found"] - s["no_point"]
    cwp = (s["mapped"] - s["no_point_mapped"]) / can if can else 0.0
    return (f"{label:10} found {s['found']:5} mapped {s['mapped']:5} cov {cov:.4f} right {s['right']:5} "
            f"acc {acc:.4f} no_point {s['no_point']:4} cov_pt {cwp:.4f} nonpl {s['nonplaces_mapped']}/{s['nonplaces']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--json", type=Path, help="write the per-set figures here")
    args = ap.parse_args(argv)
    scores = score_all(args.db)
    for label, s in scores.items():
        print(line(label, s))
    print(line("first", pooled(scores, False)))
    print(line("every", pooled(scores, True)))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
