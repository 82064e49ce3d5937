"""Generated exhibit PDFs scored as PDF and as their extracted raw text.

    python bench/layoutbench.py SEEDS [--workdir DIR] [--diff]

SEEDS is a range "0-19" or a list "100,101". For each seed, bench/layoutgen.py
writes the PDF and its gold; the PDF is read by vitrina (geometry) and, as
text, ``pdftotext -raw`` output (pdfium's text when poppler-utils is missing)
is read by the text reader. Prints one line per seed and the means.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutgen  # noqa: E402
import layoutscore  # noqa: E402


def parse_seeds(text: str) -> list[int]:
    if "-" in text:
        lo, hi = text.split("-")
        return list(range(int(lo), int(hi) + 1))
    return [int(s) for s in text.split(",") if s]


def raw_text(pdf: Path) -> str:
    """The PDF's text as a plain extraction tool gives it (pdftotext -raw)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                              capture_output=True, check=True)
        return done.stdout.decode("utf-8")
    from vitrina.ingest import pdf as pdf_reader

    return "\f".join(pdf_reader.extract_pages(pdf.read_bytes(), str(pdf)))


def score_seed(seed: int, workdir: Path, essays: Any, show_diff: bool = False) -> dict[str, Any]:
    from vitrina.ingest import reader_for

    pdf, gold_path = layoutgen.generate(seed, workdir, essays)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = reader_for("pdf")(pdf.read_bytes(), str(pdf))[0]
    txt = workdir / f"{seed}.txt"
    txt.write_text(raw_text(pdf), encoding="utf-8")
    tdoc = reader_for("text")(txt.read_bytes(), str(txt))[0]
    result = {"seed": seed, "pdf": layoutscore.score_document(doc, gold),
              "text": layoutscore.score_document(tdoc, gold)}
    if show_diff:
        result["pdf_diff"] = layoutscore.diff(doc, gold)
        result["text_diff"] = layoutscore.diff(tdoc, gold)
    return result


def summary(results: list[dict[str, Any]], kind: str) -> dict[str, float]:
    keys = [*layoutscore.SCORES, "mean"]
    out = {k: sum(r[kind][k] for r in results) / len(results) for k in keys}
    out["running_in_body"] = sum(r[kind]["running_in_body"] for r in results)
    out["soft_hyphens_left"] = sum(r[kind]["soft_hyphens_left"] for r in results)
    linked = [r[kind]["figures_linked"] for r in results if r[kind]["figures_linked"] is not None]
    out["figures_linked"] = sum(linked) / len(linked) if linked else None
    return out


def run(seeds: list[int], workdir: Path | None = None, show_diff: bool = False) -> dict[str, Any]:
    essays = layoutgen.load_essays()
    with tempfile.TemporaryDirectory() as tmp:
        where = workdir or Path(tmp)
        results = [score_seed(s, where, essays, show_diff) for s in seeds]
    return {"seeds": seeds, "results": results,
            "pdf": summary(results, "pdf"), "text": summary(results, "text")}


def _fmt(scores: dict[str, Any]) -> str:
    keys = [*layoutscore.SCORES, "mean"]
    figs = scores.get("figures_linked")
    return " ".join(f"{k[:4]}={scores[k]:.2f}" for k in keys) + (
        f" leak={scores['running_in_body']} soft={scores['soft_hyphens_left']}"
        + (f" figs={figs:.2f}" if figs is not None else ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seeds")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()
    report = run(parse_seeds(args.seeds), args.workdir, args.diff)
    for r in report["results"]:
        print(f"seed {r['seed']:>4} pdf  {_fmt(r['pdf'])}")
        print(f"          text {_fmt(r['text'])}")
        if args.diff:
            for line in r["pdf_diff"]:
                print("   pdf", line)
            for line in r["text_diff"]:
                print("   txt", line)
    print("MEAN pdf ", _fmt(report["pdf"]))
    print("MEAN text", _fmt(report["text"]))


if __name__ == "__main__":
    main()
