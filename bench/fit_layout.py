"""Fit layout thresholds across the exhibit sets, with a leave-one-set-out check.

    python bench/fit_layout.py --param plainlayout.PLAIN_LIMITS.caption_measure_out=1.2,1.5,2 \
        [--param …] [--format text|pdf|docx|html] [--before 1.5] [SET …]

Each ``--param`` names a module of ``vitrina.structure`` (or of ``vitrina`` by its dotted path:
``ingest.pdf.LINE_LIMITS.tall_box``, the PDF reader's own, its pages then read again for each
combination), its table and a key, with the
values to try; every combination is scored (bench/layoutscore.py, mean of the five scores)
on every file of the chosen format in the sets (default: every hand-laid and engineered
set). Prints the mean per combination, then, for each set, the combination chosen on the
other sets and its score on the held-out set beside the current value's: a value that
only helps the set it was fitted on shows there; with ``--before`` (the values before a
change), also its score at those: the leave-one-set-out figure before and after. PDFs are
read once (their geometry) and rebuilt for each combination (key tables and manual pages
cleared each time, as the PDF reader does). DOCX files are read whole for each combination
(``ingest.docx.DOCX_LIMITS.…``, ``ingest.docx.DOCX_SWITCHES.…``, ``ingest._docx_format.FORMAT_WEIGHTS.…``), and
so are HTML pages (``ingest.html.HTML_LIMITS.…``).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402

EXHIBITS = Path(__file__).resolve().parent / "exhibits"
SUFFIX = {"text": ".txt", "pdf": ".pdf", "docx": ".docx", "html": ".html"}


def _files(sets: list[str], fmt: str) -> list[tuple[str, Path, dict[str, Any]]]:
    out = []
    for name in sets:
        for gold_path in sorted((EXHIBITS / name).glob("*.json")):
            path = gold_path.with_suffix(SUFFIX[fmt])
            if path.exists():
                out.append((name, path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def _reader(fmt: str, path: Path, extraction: bool = False):
    """A function rebuilding the file's document with the thresholds as they are now
    (``extraction``: a fitted threshold is the PDF reader's own, its pages read again each
    time, in this process, so that the threshold set here applies)."""
    if fmt in ("text", "docx", "html"):  # read whole each time: the reader's own tables apply
        from vitrina.ingest import reader_for

        data = path.read_bytes()
        return lambda: reader_for(fmt)(data, str(path))[0]
    from vitrina.ingest.pdf import extract, read_geometry
    from vitrina.structure.keytables import pdf_without_key_tables
    from vitrina.structure.manpage import pdf_cleared
    from vitrina.structure.pagelayout import rebuild_pdf

    # as the PDF reader reads it (key tables and manual pages cleared first, each time:
    # their thresholds may be among those fitted; the clearing changes the pages' lines)
    data = path.read_bytes()
    content = extract(data, str(path))

    def read() -> Any:
        source = read_geometry(data) if extraction else content
        pages = [replace(page, lines=list(page.lines)) for page in source.pages]
        return rebuild_pdf(replace(source, pages=pages), path.stem, str(path),
                           prepare=lambda reading: pdf_without_key_tables(pdf_cleared(reading)))

    return read


def _param(spec: str) -> tuple[dict[str, float], str, list[float]]:
    name, values = spec.split("=", 1)
    module, table, key = name.rsplit(".", 2)
    # a module of vitrina.structure by its name ("pagelayout"), or of vitrina by its path ("ingest.pdf")
    path = f"vitrina.{module}" if "." in module else f"vitrina.structure.{module}"
    limits = getattr(importlib.import_module(path), table)
    return limits, key, [float(v) for v in values.split(",")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--param", action="append", required=True)
    parser.add_argument("--format", choices=sorted(SUFFIX), default="text")
    parser.add_argument("--before", help="the values before a change (comma-separated, one per --param): "
                        "each held-out set's mean at them is printed too")
    args = parser.parse_args()
    sets = args.sets or sorted(p.name for p in EXHIBITS.iterdir() if p.is_dir() and p.name != "structured-1")
    params = [_param(spec) for spec in args.param]
    current = tuple(limits[key] for limits, key, _ in params)
    extraction = any(spec.startswith("ingest.") for spec in args.param)
    files = [(name, _reader(args.format, path, extraction), gold) for name, path, gold in _files(sets, args.format)]
    before = tuple(float(v) for v in args.before.split(",")) if args.before else None
    combos = sorted(set(itertools.product(*(values for _, _, values in params))) | {current} | (
        {before} if before else set()))
    scores: dict[tuple[float, ...], list[tuple[str, float]]] = {}
    for combo in combos:
        for (limits, key, _), value in zip(params, combo, strict=True):
            limits[key] = value
        scores[combo] = [(name, layoutscore.score_document(read(), gold)["mean"]) for name, read, gold in files]
    for (limits, key, _), value in zip(params, current, strict=True):
        limits[key] = value
    names = [spec.split("=")[0].rsplit(".", 1)[1] for spec in args.param]
    print(f"{args.format}: {len(files)} files in {len(sets)} sets; current {dict(zip(names, current, strict=True))}")
    for combo, values in scores.items():
        mark = " (current)" if combo == current else ""
        print(f"  {combo}: mean {sum(v for _, v in values) / len(values):.4f}{mark}")
    print("leave one set out: set, combination fitted on the others, held-out mean fitted / current"
          + (f" / before {before}" if before else ""))
    held_out: list[tuple[float, float, float]] = []
    for held in sets:
        def mean(combo: tuple[float, ...], inside: bool, held: str = held) -> float:
            values = [v for name, v in scores[combo] if (name == held) != inside]
            return sum(values) / len(values) if values else float("nan")
        if not any(name == held for name, _ in scores[current]):
            continue
        best = max(combos, key=lambda c: (round(mean(c, True), 6), c == current))
        was = f" / {mean(before, False):.3f}" if before else ""
        print(f"  {held:14} {best}  {mean(best, False):.3f} / {mean(current, False):.3f}{was}")
        held_out.append((mean(best, False), mean(current, False), mean(before, False) if before else float("nan")))
    print(f"mean of the {len(held_out)} held-out sets: fitted {sum(h[0] for h in held_out) / len(held_out):.4f}"
          f" / current {sum(h[1] for h in held_out) / len(held_out):.4f}"
          + (f" / before {sum(h[2] for h in held_out) / len(held_out):.4f}" if before else ""))


if __name__ == "__main__":
    main()
