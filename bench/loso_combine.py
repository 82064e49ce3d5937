"""Pool the per-fold decisions that bench/loso_variants.py wrote (build/loso_NAME[TAG].json; several processes may
each have held out some groups, LOSO_HELD / LOSO_TAG) and report every variant against the first one, leave one set
out over every group (round 25):

    bench/loso_combine.py CONTROL VARIANT… [--tags _A,_B] [--per-group]

Per variant: right + cited, top-1, unanswerable abstained and wrong at >= 0.8 (the fold's unmapped probability, as
fit_ask.score counts it) at the fixed threshold the driver ran with, at the cross-validated threshold
(fit_ask.cv_threshold: mean held-out abstention >= 0.95, each >= 0.90), nested (each group's threshold chosen on the
other groups' out-of-fold decisions), how many groups abstain on >= 0.95 of their unanswerable questions, and the
answers `ask` would show at >= 0.8 (learned confidence >= the shipped CONFIDENT_FROM) with how many the gold calls
wrong, and the same with each group's band fitted on the other groups (fit_ask.shown_map; all at once, and stable to
leaving one set out, round 26)."""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import CONFIDENT_FROM  # noqa: E402


def load(name: str, tags: list[str]) -> F.Folds:
    """One variant's out-of-fold decisions per held-out group, as fit_ask.Decision tuples."""
    folds: F.Folds = {}
    for tag in tags:
        path = Path(f"build/loso_{name}{tag}.json")
        if not path.exists():
            continue
        for group, fold in json.loads(path.read_text()).items():
            folds[group] = [({"id": i, "answerable": a, "group": group}, p, ok, g) for i, p, ok, g, a in fold["decided"]]
    return {g: folds[g] for g in F.GROUPS if g in folds}


def groups_at_floor(folds: F.Folds, threshold: float, floor: float = 0.95) -> int:
    return sum(F.score(d, threshold)["abstention"] >= floor - 1e-9 for d in folds.values())


def confident_band(folds: F.Folds, threshold: float) -> tuple[int, int]:
    """Answers `ask` would show at >= 0.8 with the shipped map: answered, learned confidence >= CONFIDENT_FROM (the
    band starts there whatever the map); how many, and how many the gold calls wrong."""
    shown = [ok for d in folds.values() for _r, p, ok, g in d if F.answers(p, g, threshold) and p >= CONFIDENT_FROM]
    return len(shown), len(shown) - sum(shown)


def nested_band(folds: F.Folds, threshold: float) -> tuple[int, int]:
    """Answers shown at >= 0.8 when each group's confident band is fitted on the other groups' decisions alone
    (fit_ask.shown_map, stable or not as fit_ask.STABLE_BAND says): how many, and how many the gold calls wrong."""
    shown = wrong = 0
    for group, decided in folds.items():
        _knots, start = F.shown_map({g: d for g, d in folds.items() if g != group}, threshold)
        band = [ok for _r, p, ok, g in decided if F.answers(p, g, threshold) and p is not None and p >= start]
        shown, wrong = shown + len(band), wrong + len(band) - sum(band)
    return shown, wrong


def nested(folds: F.Folds) -> tuple[int, int]:
    """Right + cited with each group's threshold chosen on the others; wrong at >= 0.8 the same way."""
    right = wrong = 0
    for group, decided in folds.items():
        s = F.score(decided, F.cv_threshold({g: d for g, d in folds.items() if g != group}))
        right, wrong = right + s["correct"], wrong + s["wrong_confident"]
    return right, wrong


def nested_selection(all_folds: dict[str, F.Folds], keep_floor: bool = False) -> tuple[int, int, int, dict[str, str]]:
    """The selection itself judged out of sample: for each group, the variant and threshold that the other groups'
    out-of-fold decisions pick (the most right + cited at its cross-validated threshold; with ``keep_floor``, among
    the variants that keep as many of the other groups at the 0.95 abstention floor as the control), scored on the
    group. Right + cited, wrong at >= 0.8, held-out groups at the floor, the picks."""
    right = wrong = floor = 0
    picked = {}
    control = next(iter(all_folds))
    groups = list(all_folds[control])
    for group in groups:
        options = []
        for name, folds in all_folds.items():
            others = {g: d for g, d in folds.items() if g != group}
            t = F.cv_threshold(others)
            options.append(((F.pooled(others, t)["correct"], name == control), groups_at_floor(others, t), name, t))
        least = next(o[1] for o in options if o[2] == control) if keep_floor else 0
        _key, _floor, name, t = max((o for o in options if o[1] >= least), key=lambda o: o[0])  # ties: the control
        s = F.score(all_folds[name][group], t)
        right, wrong, picked[group] = right + s["correct"], wrong + s["wrong_confident"], f"{name}@{t:.3f}"
        floor += s["abstention"] >= 0.95 - 1e-9
    return right, wrong, floor, picked


def summary(name: str, folds: F.Folds, fixed: float) -> dict:
    cv = F.cv_threshold(folds)
    out = {"name": name, "groups": len(folds), "cv": cv}
    for label, t in (("fixed", fixed), ("at_cv", cv)):
        p = F.pooled(folds, t)
        out[label] = (p["correct"], round(p["abstention"], 3), round(p["least_abstention"], 2), p["wrong_confident"],
                      groups_at_floor(folds, t))
    out["nested"] = nested(folds)
    out["band"] = confident_band(folds, cv)
    stable = F.STABLE_BAND
    F.STABLE_BAND = False
    out["band_nested"] = nested_band(folds, cv)
    F.STABLE_BAND = True
    out["band_stable"] = nested_band(folds, cv)
    F.STABLE_BAND = stable
    out["top1"] = sum(ok for d in folds.values() for r, _p, ok, _g in d if r["answerable"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--tags", default="_A,_B,_C,")
    parser.add_argument("--fixed", type=float, default=0.87)
    parser.add_argument("--per-group", action="store_true")
    args = parser.parse_args()
    tags = args.tags.split(",")
    all_folds = {n: load(n, tags) for n in args.names}
    common = set.intersection(*(set(f) for f in all_folds.values()))
    print(f"groups held out in every variant: {len(common)}")
    for name, folds in all_folds.items():
        s = summary(name, {g: d for g, d in folds.items() if g in common}, args.fixed)
        print(f"{name}: top-1 {s['top1']}; at {args.fixed:.2f} (right, mean abst, least, wrong>=0.8, groups>=0.95) "
              f"{s['fixed']}; cv {s['cv']:.2f} {s['at_cv']}; nested right/wrong>=0.8 {s['nested']}; shown >= 0.8 "
              f"in the shipped band at cv (answers, wrong) {s['band']}; band fitted on the other groups {s['band_nested']}, "
              f"stable band fitted on them {s['band_stable']}")
    common_folds = {n: {g: f[g] for g in F.GROUPS if g in common} for n, f in all_folds.items()}
    for keep in (False, True):
        right, wrong, floor, picked = nested_selection(common_folds, keep)
        rule = " keeping the control's groups at the 0.95 floor" if keep else ""
        print(f"variant and threshold chosen on the other groups{rule}, per group (nested): right {right}, "
              f"wrong>=0.8 {wrong}, groups >= 0.95 {floor}")
        print("  " + ", ".join(f"{g}: {v}" for g, v in picked.items()))
    if args.per_group:
        control = args.names[0]
        for name in args.names[1:]:
            print(f"per group at the cross-validated thresholds, {control} -> {name}:")
            tc = F.cv_threshold({g: all_folds[control][g] for g in common})
            tv = F.cv_threshold({g: all_folds[name][g] for g in common})
            for g in F.GROUPS:
                if g in common:
                    a, b = F.score(all_folds[control][g], tc), F.score(all_folds[name][g], tv)
                    print(f"  {g}: {a['correct']}/{a['n']} abst {a['abstention']:.2f} w {a['wrong_confident']} -> "
                          f"{b['correct']}/{b['n']} abst {b['abstention']:.2f} w {b['wrong_confident']}")


if __name__ == "__main__":
    main()
