"""Per judged group and pooled, the figures of bench/loso_variants.py's forward split (FORWARD=…, round 34:
build/forward_NAME[TAG].json), each variant at the driver's threshold and at the one chosen on the training groups:
right + cited, top candidate right, unanswerable abstained, wrong at >= 0.8 (the fold's learned confidence, as
fit_ask.score counts it) and the answers `ask` would show at >= 0.8 that the gold calls wrong (learned confidence
>= the shipped CONFIDENT_FROM, as bench/loso_combine.py counts them).

    bench/forward_report.py NAME… [--tag _k2]
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import CONFIDENT_FROM  # noqa: E402


def shown_wrong(fold: dict, threshold: float) -> int:
    """Answers shown at >= 0.8 under the shipped band (answered, learned confidence >= CONFIDENT_FROM) and wrong."""
    return sum(F.answers(p, g, threshold) and p >= CONFIDENT_FROM and not ok for _i, p, ok, g, _a in fold["decided"])


def lines(name: str, result: dict) -> list[str]:
    """One line per judged group and one pooled, at each of the two thresholds."""
    out = []
    for label, at in (("fixed", result["threshold"]), ("at_chosen", result["chosen"])):
        total = dict.fromkeys(("correct", "top", "abstained", "unanswerable", "wrong08", "shown_wrong", "n"), 0)
        for group, fold in result[label].items():
            figures = {**{k: fold[k] for k in total if k != "shown_wrong"}, "shown_wrong": shown_wrong(fold, at)}
            total = {k: total[k] + figures[k] for k in total}
            out.append(f"{name} {group} at {at:.3f}: " + " ".join(f"{k} {v}" for k, v in figures.items()))
        out.append(f"{name} all at {at:.3f} ({label}): " + " ".join(f"{k} {v}" for k, v in total.items()))
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--tag", default="")
    args = parser.parse_args(argv)
    for name in args.names:
        result = json.loads(Path(f"build/forward_{name}{args.tag}.json").read_text(encoding="utf-8"))
        print("\n".join(lines(name, result)))


if __name__ == "__main__":
    main(sys.argv[1:])
