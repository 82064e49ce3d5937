"""fit_ask.collect one group at a time, each into its own part file (a long collect stopped midway keeps the groups
it finished; bench/loso_variants.py merges the parts). Run from the repository root with src on PYTHONPATH:

    bench/collect_parts.py DB OUT_DIR [GROUP …]   (default: every group of fit_ask.GROUPS, newest first)

With SELECTION=MODELS.json (round 33) each group is collected with the selection stage on, SELECT_ADD (default 4)
sentences added by a model fitted without the group (bench/select_stage.py --models); a group the file lacks (a set
annotated after that fit) is answered by qa/weights.py's SELECTION_MODEL, which was fitted without it too.
"""
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, "bench")
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import SELECTION_MODEL  # noqa: E402


def stage_model(group: str, models: dict[str, dict[str, float]], shipped: dict[str, float]) -> dict[str, float]:
    """The selection model a group is collected with: the one fitted without it, else the shipped one."""
    return models.get(group, shipped)


def main(argv: list[str]) -> None:
    db, out = Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    wanted = argv[3:] or list(reversed(list(F.GROUPS)))
    everything = dict(F.GROUPS)
    models_file = os.environ.get("SELECTION")
    models = json.loads(Path(models_file).read_text(encoding="utf-8")) if models_file else None
    shipped, add = dict(SELECTION_MODEL), int(os.environ.get("SELECT_ADD", "4"))
    t0 = time.time()
    for group in wanted:
        part = out / f"{group}.json"
        if part.exists():
            continue
        F.GROUPS = {group: everything[group]}
        selection = None if models is None else {group: stage_model(group, models, shipped)}
        rows = F.collect(db, selection, add if selection else 0)
        part.write_text(json.dumps(rows), encoding="utf-8")
        print(f"{group} {len(rows)} rows {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv)
