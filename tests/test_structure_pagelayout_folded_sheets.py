"""A folded leaflet's outside read cover first and its other panels after the inside; a
band set under a page's columns read after the sentence its last column leaves open over
the page; a credit closing on an inventory number after "inv.". Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.cues import ends_sentence
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

INSIDE = [
    "The canal was cut by hand through the clay of the valley floor, and the",
    "navvies lived in huts along its banks until the last lock was finished.",
]


def _leaflet() -> PdfContent:
    """Side 1 of a sheet folded in three: a flap, the back panel, the cover on the right."""
    outside = [
        glyph_line(1, 20, 60, "Turn over to follow the cut", 10, bold=True),
        glyph_line(1, 300, 60, "Getting to the Towpath", 12, bold=True),
        glyph_line(1, 300, 80, "Buses stop at the basin every hour from the station.", 9),
        glyph_line(1, 600, 60, "The Long Cut", 28, bold=True),
        glyph_line(1, 600, 100, "A walk along the canal and its locks.", 10),
    ]
    inside = [glyph_line(2, 20, 60, "Digging the Cut", 14, bold=True)]
    inside += [glyph_line(2, 20, 80 + 13 * k, text, 10) for k, text in enumerate(INSIDE)]
    return PdfContent([PageGeometry(1, 842, 595, outside), PageGeometry(2, 842, 595, inside)])


def _order(doc_text: str, *parts: str) -> list[int]:
    return [doc_text.index(part) for part in parts]


def test_the_outside_is_read_cover_first_and_back_panels_last():
    text = rebuild_pdf(_leaflet(), "cut", "/tmp/cut.pdf").text
    cover, inside, back = _order(text, "The Long Cut", "Digging the Cut", "Getting to the Towpath")
    assert cover < inside < back


def test_without_the_rule_the_back_panel_comes_before_the_inside(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "back_panels_last", 0)
    text = rebuild_pdf(_leaflet(), "cut", "/tmp/cut.pdf").text
    inside, back = _order(text, "Digging the Cut", "Getting to the Towpath")
    assert back < inside


def _band_under_columns() -> PdfContent:
    left = ["The lock keeper opened the gates", "at dawn and closed them at dusk,", "and the boats that came late had",
            "to wait below the lock until the", "morning came and the gates opened."]
    right = ["In a hard winter the ice stopped", "the boats for weeks, and the men", "broke it with long poles from",
             "the towpath while the horses", "dragged"]
    first = [glyph_line(1, 40, 60 + 13 * k, text, 10) for k, text in enumerate(left)]
    first += [glyph_line(1, 320, 60 + 13 * k, text, 10) for k, text in enumerate(right)]
    first += [glyph_line(1, 40, 200, "Tolls Then", 12, bold=True),
              glyph_line(1, 40, 216, "A narrow boat paid a penny a mile for every ton it carried.", 9)]
    second = [glyph_line(2, 40, 60, "the boats through the broken channel.", 10),
              glyph_line(2, 40, 73, "The canal company paid them by the day.", 10)]
    return PdfContent([PageGeometry(1, 595, 842, first), PageGeometry(2, 595, 842, second)])


def test_a_band_under_the_columns_is_read_after_the_sentence_over_the_page():
    text = " ".join(rebuild_pdf(_band_under_columns(), "lock", "/tmp/lock.pdf").text.split())
    assert "the horses dragged the boats through the broken channel." in text
    assert text.index("broken channel") < text.index("Tolls Then")


def test_without_the_rule_the_band_breaks_the_sentence(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "open_tail_lines", 0)
    text = " ".join(rebuild_pdf(_band_under_columns(), "lock", "/tmp/lock.pdf").text.split())
    assert "the horses dragged the boats" not in text


def test_an_inventory_abbreviation_ends_no_sentence():
    assert not ends_sentence("Lent by the Canal Trust, inv.")
    assert not ends_sentence("Basin Museum, acc.")
