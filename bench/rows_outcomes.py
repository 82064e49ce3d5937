"""What `ask` itself answered in fit_ask.collect part files (bench/collect_parts.py), per group and pooled: right +
cited (eval_ask's figure: an unanswerable question right when abstained), answered right, unanswerable abstained,
shown at >= 0.8 and wrong, and how many answerable questions hold a right cited
candidate at all (round 33: the selection stage on against off, the shipped tables, no refit).

    bench/rows_outcomes.py PART_DIR [GROUP …]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "bench")
import fit_ask as F  # noqa: E402

KEYS = ("right_cited", "n", "answered_right", "answerable", "reached", "unanswerable", "abstained", "wrong08")


def outcomes(rows: list[dict]) -> dict[str, int]:
    """Counts over one group's rows (the label cases are not counted among the unanswerable ones, as fit_ask)."""
    unanswerable = [r for r in rows if not r["answerable"] and r["id"] not in F.LABEL_CASES]
    answered_wrong = [r for r in rows if r["shown"] is not None and not r["shown_right"]]
    return {"right_cited": sum(r["shown_right"] for r in rows), "n": len(rows),  # abstaining counts when unanswerable
            "answered_right": sum(r["shown_right"] and r["answerable"] for r in rows),
            "answerable": sum(r["answerable"] for r in rows),
            "reached": sum(any(any(c["right_members"]) for c in r["candidates"]) for r in rows if r["answerable"]),
            "unanswerable": len(unanswerable), "abstained": sum(r["shown"] is None for r in unanswerable),
            "wrong08": sum((r["confidence"] or 0) >= 0.8 for r in answered_wrong)}


def main(argv: list[str]) -> None:
    folder = Path(argv[1])
    groups = argv[2:] or [g for g in F.GROUPS if (folder / f"{g}.json").exists()]
    total = dict.fromkeys(KEYS, 0)
    for group in groups:
        counts = outcomes(json.loads((folder / f"{group}.json").read_text(encoding="utf-8")))
        total = {k: total[k] + counts[k] for k in KEYS}
        print(group, " ".join(f"{k} {counts[k]}" for k in KEYS), flush=True)
    print("all", " ".join(f"{k} {total[k]}" for k in KEYS))


if __name__ == "__main__":
    main(sys.argv)
