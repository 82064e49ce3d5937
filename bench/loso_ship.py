"""Write one variant of bench/loso_variants.py into qa/weights.py (round 25): its ranker, calibration and gate fitted
on every group, the threshold cross-validated on its leave-one-set-out decisions (fit_ask.cv_threshold) and the shown
confidence's map fitted on them (fit_ask.report_shown, which also prints each group's wrong answers at >= 0.8 under a
map fitted without it) — what `fit_ask.py --write` writes, without fitting the 26 folds again:

    bench/loso_ship.py CACHE VARIANT [--tags _A,_B,] [--write]

VARIANT as loso_variants.py has it (name=added+inputs:ranker+only+inputs:gate+only+inputs[::gate_l2]); its fold decisions are read
from build/loso_NAME[TAG].json (loso_combine.load)."""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402
import loso_combine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("variant")
    parser.add_argument("--tags", default="_A,_B,")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    name, _, body = args.variant.partition("=")
    add, _, rest = body.partition(":")
    only, _, gate_spec = rest.partition(":")
    gate_only, _, gate_rest = gate_spec.partition(":")
    penalty = gate_rest.partition(":")[2]  # the gate's own ridge penalty, as loso_variants.py reads it
    add_l, only_l, gate_l = ([a for a in part.split("+") if a] for part in (add, only, gate_only))
    folds = loso_combine.load(name, args.tags.split(","))
    F.GROUPS = {g: files for g, files in F.GROUPS.items() if g in folds}  # a set added after the folds is left out
    if len(folds) != len(F.GROUPS):
        sys.exit(f"{name}: {len(folds)} of {len(F.GROUPS)} groups held out")
    threshold = F.cv_threshold(folds)
    print(f"{name}: cross-validated threshold {threshold:.2f}; shown confidence, map fitted on the other groups:")
    knots, start = F.report_shown(folds, threshold)
    if not args.write:  # the out-of-fold figures alone
        return
    rows = json.loads(args.cache.read_text(encoding="utf-8"))
    F.RANKERS_FILE = args.cache.with_name(args.cache.stem + "_rankers.json")
    if F.RANKERS_FILE.exists():
        F.RANKERS.update(json.loads(F.RANKERS_FILE.read_text(encoding="utf-8")))
    rel = list(F.RELATIVE)
    base = {n for r in rows for c in r["candidates"] for f in c["members"] for n in f} - set(F.NEAR_MISS) \
        - (set(F.STATEMENT) | set(F.PROPOSED) | set(F.HOLDS) | set(F.RELATIVE) | set(F.MEMBER) | set(F.FRAME))
    names = sorted(base | set(rel + add_l + only_l))  # as fit_ask.main and loso_variants order them
    cnames = names + sorted({n for r in rows for n in r["asks"]}) + list(F.CONFIDENCE_ONLY) + list(F.NEAR_MISS)
    cnames = [n for n in cnames if n not in F.RANKER_ONLY | set(rel) | set(only_l)]
    F.GATE_EXTRA[:] = gate_l
    rows = [r for r in rows if r["group"] in F.GROUPS]
    model = F.Model(rows, names, cnames, gate_l2=float(penalty) if penalty else F.GATE_L2)
    model.threshold = threshold
    weights = sorted(zip(model.names, model.ranker.tolist(), strict=True), key=lambda x: -abs(x[1]))
    print("ranker:", ", ".join(f"{n} {w:+.2f}" for n, w in weights[:20]))
    print("gate:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(model.cnames + gate_l, model.gate[1:].tolist(),
                                                              strict=True) if n in add_l + gate_l))
    F.write_weights(model, f"{len(rows)} tuning questions, sets {', '.join(F.GROUPS)}; variant {args.variant}",
                    knots, start)
    print(f"wrote {F.WEIGHTS.relative_to(F.ROOT)}")


if __name__ == "__main__":
    main()
