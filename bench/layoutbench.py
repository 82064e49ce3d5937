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


def old_reader(data: bytes, source: str) -> Any:
    """The PDF reader before geometry: pdfium's page text, then text structure recovery."""
    import pypdfium2 as pdfium

    from vitrina.structure import rebuild

    pdf = pdfium.PdfDocument(data)
    pages = []
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        pages.append(str(textpage.get_text_range()).replace("\r\n", "\n").replace("\r", "\n"))
        textpage.close()
        page.close()
    pdf.close()
    spans, offset = [], 0
    for page_text in pages:
        spans.append((offset, offset + len(page_text)))
        offset += len(page_text) + 1
    return rebuild("\n".join(pages), "doc", source, "pdf", pages=spans)


def speed(pdfs: list[Path], repeat: int = 3) -> dict[str, Any]:
    """Pages per second, one process on one core, best of ``repeat`` runs over ``pdfs``.

    * ``geometry``: glyphs, boxes, type and images read in-process (no child);
    * ``vitrina``: the whole reader as a build uses it (child process with limits,
      layout, structure);
    * ``old_reader``: the text-only reader it replaced;
    * ``pdftotext``: poppler's ``pdftotext -raw`` (a process per file), when installed.
    """
    import time

    import pypdfium2 as pdfium

    from vitrina.ingest import pdf as reader

    datas = [(p, p.read_bytes()) for p in pdfs]
    pages = sum(len(pdfium.PdfDocument(d)) for _, d in datas)

    def best(run: Any) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        return min(times)

    result: dict[str, Any] = {"files": len(datas), "pages": pages}
    result["geometry"] = pages / best(lambda: [reader.read_geometry(d) for _, d in datas])
    result["vitrina"] = pages / best(lambda: [reader.read(d, str(p)) for p, d in datas])
    result["old_reader"] = pages / best(lambda: [old_reader(d, str(p)) for p, d in datas])
    if shutil.which("pdftotext"):
        result["pdftotext"] = pages / best(lambda: [raw_text(p) for p, _ in datas])
    return result


def speed_set(workdir: Path, essays: Any, long_files: int = 3) -> list[Path]:
    """Long exhibit PDFs (eight essays each) for the speed run."""
    return [layoutgen.generate(900 + k, workdir, essays, long=8)[0] for k in range(long_files)]


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
    parser.add_argument("--speed", action="store_true", help="also measure pages/s")
    args = parser.parse_args()
    if args.speed:
        with tempfile.TemporaryDirectory() as tmp:
            files = speed_set(args.workdir or Path(tmp), layoutgen.load_essays())
            print(json.dumps(speed(files)))
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
