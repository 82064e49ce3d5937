"""Lines printed inside a drawn picture (a map's names) are the picture's, not text; a
boxed list whose lines line up stays text. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.structure import zones

reportlab = pytest.importorskip("reportlab")


def _inside(labels: list[tuple[float, float, str]], under: str = "The ferry crossed the sound twice a week in the summer months.") -> list[str]:
    def draw(c, _page):
        c.setFillGray(0.8)
        c.rect(72, 400, 300, 200, fill=1, stroke=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        for x, y, text in labels:
            c.drawString(x, y, text)
        c.setFont("Times-Roman", 10)
        c.drawString(72, 388, under)

    [page] = pdf.read_geometry(canvas_pdf(draw)).pages
    found = zones.picture_labels(page)
    return [line.text for line in page.lines if id(line) in found]


def test_scattered_names_inside_a_drawn_box_are_the_pictures() -> None:
    names = [(90, 570, "North Sound"), (220, 520, "MORVAY"), (130, 450, "Seal Point"), (300, 420, "0 1 km")]
    assert sorted(_inside(names)) == sorted(text for _x, _y, text in names)


def test_lines_lined_up_in_a_box_stay_text() -> None:
    rows = [(90, 570, "Founded 1820"), (90, 550, "Closed 1911"), (90, 530, "Keepers 3")]
    assert _inside(rows) == []


def test_lines_lined_up_in_a_box_with_a_position_caption_under_it_are_the_pictures() -> None:
    lettering = [(90, 570, "ISLAND FERRY POST"), (90, 558, "MORVAY - SOUND"), (90, 546, "3 MAY 1921")]
    caption = "Above: A letter carried on the first crossing."
    assert sorted(_inside(lettering, caption)) == sorted(text for _x, _y, text in lettering)
