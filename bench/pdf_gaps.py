"""Gaps between consecutive glyphs on one baseline of every exhibit PDF, in type sizes (the loose box's
height over 1.15), where pdfium's text puts a space between them and where not (round 31): how many word
gaps fall under, and letter gaps over, a fixed share of the size, and in how many lines every word gap is
wider than every letter gap.

    python bench/pdf_gaps.py
"""

from __future__ import annotations

import glob
from pathlib import Path

import pypdfium2 as pdfium

SHARES = (0.05, 0.08, 0.1, 0.12, 0.15, 0.18)


def page_gaps(textpage) -> list[tuple[list[float], list[float]]]:
    """Per line of the page's text: (word gaps, letter gaps), in type sizes."""
    text = textpage.get_text_range()
    lines: list[tuple[list[float], list[float]]] = []
    words: list[float] = []
    letters: list[float] = []
    prev = None
    space = False
    for k, ch in enumerate(text):
        if ch in "\r\n":
            if words or letters:
                lines.append((words, letters))
            words, letters, prev, space = [], [], None, False
            continue
        if ch.isspace():
            space = True
            continue
        left, bottom, right, top = textpage.get_charbox(k, loose=True)
        size = (top - bottom) / 1.15 or 1.0
        if prev is not None and abs(bottom - prev[1]) < 0.2 * size:
            (words if space else letters).append((left - prev[2]) / size)
        prev = (left, bottom, right, top)
        space = False
    if words or letters:
        lines.append((words, letters))
    return lines


def main() -> None:
    lines = []
    for path in sorted(glob.glob("bench/exhibits/*/*.pdf")):
        pdf = pdfium.PdfDocument(Path(path).read_bytes())
        for page in pdf:
            lines.extend(page_gaps(page.get_textpage()))
    words = [g for w, _ in lines for g in w]
    letters = [g for _, s in lines for g in s]
    for share in SHARES:
        print(f"{share}: word gaps under {sum(g < share for g in words)} / {len(words)}, "
              f"letter gaps over {sum(g >= share for g in letters)} / {len(letters)}")
    parted = sum(1 for w, s in lines if min(w, default=9.0) > max(s, default=-9.0))
    print(f"lines whose every word gap is wider than every letter gap: {parted} / {len(lines)}")


if __name__ == "__main__":
    main()
