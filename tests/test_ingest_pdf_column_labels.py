"""A route band's numbers set over the columns, far over each column's heading, label those
headings; one number far over one heading does not (invented pages)."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

TITLES = ["Leaving the Harbour", "The Long Portage", "Winter at the Fort"]
BODY = [
    "The canoes left the harbour at first light in early May,",
    "loaded with flour, powder and trade cloth for the posts",
    "along the northern lakes, and the crews sang as they went.",
    "By the evening of the third day the wind had turned cold.",
]


def _read(numbers: list[str | None]) -> list[tuple[str | None, str]]:
    def draw(c, _page):
        c.setFont("Helvetica-Bold", 22)
        c.drawString(40, 740, "Along the Northern Lakes")
        for k, (number, title) in enumerate(zip(numbers, TITLES, strict=True)):
            x = 40 + k * 185
            if number:
                c.setFont("Helvetica-Bold", 16)
                c.drawString(x + 10, 690, number)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x, 600, title)
            draw_lines(c, x, 580, [line[:34] for line in BODY] + [line[34:] for line in BODY], size=8, leading=10)

    [doc] = pdf.read(canvas_pdf(draw), "lakes.pdf")
    return [(s.label, s.title) for s in doc.sections]


def test_numbers_over_the_columns_label_the_headings_far_under_them() -> None:
    sections = _read(["1", "2", "3"])
    assert [(label, title) for label, title in sections if title in TITLES] == [
        ("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]
    assert not any(title in ("1", "2", "3") for _label, title in sections)


def test_one_number_far_over_one_heading_labels_nothing() -> None:
    sections = _read(["1", None, None])
    assert all(label is None for label, title in sections if title in TITLES)
