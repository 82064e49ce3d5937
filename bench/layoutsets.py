"""Score every exhibit of bench/exhibits/* in each format it comes in.

    python bench/layoutsets.py [SET …] [--formats text,pdf]

For each gold NAME.json, every NAME.pdf, NAME.txt (read as raw text), NAME.docx,
NAME.html and NAME.md beside it is read and scored (bench/layoutscore.py); prints one
line per file (sections, captions, credits, paragraphs, sentences, mean) and the
mean per set and format.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402

EXHIBITS = Path(__file__).resolve().parent / "exhibits"
FORMATS = {".pdf": "pdf", ".txt": "text", ".docx": "docx", ".html": "html", ".md": "markdown"}


def score_set(name: str, formats: set[str] | None = None) -> list[tuple[str, str, dict]]:
    results = []
    for gold_path in sorted((EXHIBITS / name).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for suffix, fmt in FORMATS.items():
            path = gold_path.with_suffix(suffix)
            if path.exists() and (formats is None or fmt in formats):
                results.append((gold_path.stem, fmt, score_file(path, fmt, gold)))
    return results


def score_file(path: Path, fmt: str, gold: dict) -> dict:
    """The file's scores; a file the reader cannot process scores 0 everywhere (and says why)."""
    try:
        doc = layoutscore.read_document(path, fmt)
    except Exception as error:  # noqa: BLE001 - a crash is a result to report, not a reason to stop the set
        print(f"{path.name}: reader failed: {type(error).__name__}: {error}", file=sys.stderr)
        return {**{key: 0.0 for key in layoutscore.SCORES}, "mean": 0.0, "running_in_body": 0}
    return layoutscore.score_document(doc, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set folders (default: all)")
    parser.add_argument("--formats", default=None, help="comma-separated formats (default: all)")
    args = parser.parse_args()
    formats = set(args.formats.split(",")) if args.formats else None
    names = args.sets or sorted(p.name for p in EXHIBITS.iterdir() if p.is_dir())
    keys = [*layoutscore.SCORES, "mean"]
    means: dict[tuple[str, str], list[float]] = {}
    for name in names:
        for stem, fmt, scores in score_set(name, formats):
            print(f"{name:14} {stem:28} {fmt:8} " + " ".join(f"{scores[k]:.2f}" for k in keys)
                  + f" leak={scores['running_in_body']}")
            means.setdefault((name, fmt), []).append(scores["mean"])
    for (name, fmt), values in sorted(means.items()):
        print(f"MEAN {name:14} {fmt:8} {sum(values) / len(values):.3f} ({len(values)})")


if __name__ == "__main__":
    main()
