"""Every multi-page portrait exhibit PDF laid out again as two-page spreads, and scored.

    python bench/layoutspreads.py [SET …]

An out-of-sample check of ``vitrina.structure.spreads`` (only hand-laid set 25 holds a
real booklet in spreads): the pages of each portrait PDF with two pages or more are set
side by side on sheets twice as wide, at the geometry level (no PDF is written), in two
ways: *side by side* (pages 1|2, 3|4, …: reader's spreads) and *imposed* as a folded
booklet (printer's spreads: for four pages [4|1] then [2|3]; blank pages pad the count
to a multiple of four). Each is read (``rebuild_pdf``) and scored against the exhibit's
gold (bench/layoutscore.py) beside the original pages' score. Prints, per way, how many
files had their sheets cut into pages and the mean scores, and every file more than 0.02
apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from array import array
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layoutscore  # noqa: E402

EXHIBITS = Path(__file__).resolve().parent / "exhibits"


def _moved(page: Any, dx: float, number: int) -> tuple[list[Any], list[Any], list[Any]]:
    lines = []
    for line in page.lines:
        boxes = array("d", line.boxes)
        for at in range(0, len(boxes), 4):
            boxes[at] += dx
            boxes[at + 2] += dx
        lines.append(replace(line, boxes=boxes, x0=line.x0 + dx, x1=line.x1 + dx, page=number))
    images = [replace(im, box=(im.box[0] + dx, im.box[1], im.box[2] + dx, im.box[3]), page=number)
              for im in page.images]
    regions = [(r[0] + dx, r[1], r[2] + dx, r[3]) for r in page.regions]
    return lines, images, regions


def _sheet(left: Any, right: Any, number: int) -> Any:
    from vitrina.structure.geometry import PageGeometry

    a, b = _moved(left, 0.0, number), _moved(right, left.width, number)
    return PageGeometry(number, 2 * left.width, left.height, a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _blank(page: Any) -> Any:
    from vitrina.structure.geometry import PageGeometry

    return PageGeometry(0, page.width, page.height)


def side_by_side(pages: list[Any]) -> list[Any]:
    pages = pages + [_blank(pages[0])] * (len(pages) % 2)
    return [_sheet(pages[k], pages[k + 1], k // 2 + 1) for k in range(0, len(pages), 2)]


def imposed(pages: list[Any]) -> list[Any]:
    pages = pages + [_blank(pages[0])] * (-len(pages) % 4)
    n = len(pages)
    sheets = []
    for k in range(n // 2):
        left, right = (n - k, k + 1) if k % 2 == 0 else (k + 1, n - k)
        sheets.append(_sheet(pages[left - 1], pages[right - 1], k + 1))
    return sheets


def _score(content: Any, path: Path, gold: dict[str, Any]) -> float:
    from vitrina.structure.keytables import pdf_without_key_tables
    from vitrina.structure.manpage import pdf_cleared
    from vitrina.structure.pagelayout import rebuild_pdf

    pages = [replace(page, lines=list(page.lines)) for page in content.pages]
    doc = rebuild_pdf(replace(content, pages=pages), path.stem, str(path),
                      prepare=lambda reading: pdf_without_key_tables(pdf_cleared(reading)))
    return layoutscore.score_document(doc, gold)["mean"]


def main() -> None:
    from vitrina.ingest.pdf import extract
    from vitrina.structure import spreads

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    args = parser.parse_args()
    names = args.sets or sorted(p.name for p in EXHIBITS.iterdir() if p.is_dir())
    rows: dict[str, list[tuple[str, float, float, bool]]] = {"side by side": [], "imposed": []}
    for name in names:
        for path in sorted((EXHIBITS / name).glob("*.pdf")):
            content = extract(path.read_bytes(), str(path))
            sizes = {(round(p.width), round(p.height)) for p in content.pages}
            if len(content.pages) < 2 or len(sizes) > 1 or any(p.width > p.height for p in content.pages):
                continue
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            base = _score(content, path, gold)
            for way, lay in (("side by side", side_by_side), ("imposed", imposed)):
                sheets = replace(content, pages=lay(list(content.pages)))
                cut = bool(spreads.reading_pages(sheets)[1])
                rows[way].append((f"{name}/{path.stem}", base, _score(sheets, path, gold), cut))
    for way, found in rows.items():
        if not found:
            continue
        base = sum(r[1] for r in found) / len(found)
        spread = sum(r[2] for r in found) / len(found)
        print(f"{way}: {len(found)} files, sheets cut into pages in {sum(r[3] for r in found)}; "
              f"mean as pages {base:.3f}, as spreads {spread:.3f}")
        for label, was, now, cut in found:
            if abs(was - now) > 0.02:
                print(f"    {label:44} {was:.2f} -> {now:.2f}{' (cut)' if cut else ''}")


if __name__ == "__main__":
    main()
