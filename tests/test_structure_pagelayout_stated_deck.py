"""Round 54 (struct69): a deck set in the lede's type under a display title joins the title when the
PDF's stated title spells both; a stated title written as UTF-8 without its mark is read back; a
caption run going on over the page is measured from pictures on its own page; a credit set over its
caption in the caption's own type moves after it. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.ingest.pdf import _utf8_restored
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import Placed, rebuild_pdf

LEDE = ["In the dry summer the pans gave more salt than the", "village could carry, and the carts ran day and night."]
BODY = ["The salt was raked into low heaps and left to drain", "before the carters loaded it for the market towns."]


def _cover(stated: str | None) -> PdfContent:
    lines = [glyph_line(1, 40, 60, "White Gold", 48, bold=True),
             glyph_line(1, 40, 112, "The Salt Pans of the Marsh, 1820\u20131880", 12)]
    lines += [glyph_line(1, 40, 150 + 15 * k, text, 12) for k, text in enumerate(LEDE)]
    lines.append(glyph_line(1, 40, 230, "Raking the Pans", 16, bold=True))
    lines += [glyph_line(1, 40, 252 + 13 * k, text, 10) for k, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 595, 842, lines)], title=stated)


def test_a_deck_the_stated_title_spells_joins_the_title() -> None:
    doc = rebuild_pdf(_cover("White Gold The Salt Pans of the Marsh, 1820\u20131880"), "salt", "/tmp/salt.pdf")
    assert doc.sections[0].title == "White Gold The Salt Pans of the Marsh, 1820\u20131880"
    assert not any(doc.text[b.start:b.end].startswith("The Salt Pans") for b in doc.blocks if b.kind == "paragraph")


def test_without_a_stated_title_the_deck_stays_text() -> None:
    doc = rebuild_pdf(_cover(None), "salt", "/tmp/salt.pdf")
    assert doc.sections[0].title == "White Gold"


def test_a_stated_title_naming_only_the_display_line_takes_no_deck() -> None:
    doc = rebuild_pdf(_cover("White Gold"), "salt", "/tmp/salt.pdf")
    assert doc.sections[0].title == "White Gold"


def test_the_rule_switched_off_leaves_the_deck_text(monkeypatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "stated_decks", 0)
    doc = rebuild_pdf(_cover("White Gold The Salt Pans of the Marsh, 1820\u20131880"), "salt", "/tmp/salt.pdf")
    assert doc.sections[0].title == "White Gold"


def test_utf8_read_as_pdfdocencoding_is_restored() -> None:
    from pypdf.generic import decode_pdfdocencoding

    written = "Salt Pans, 1820\u20131880 \u00b7 Caf\u00e9"
    misread = decode_pdfdocencoding(written.encode("utf-8"))
    assert misread != written and _utf8_restored(misread) == written
    assert _utf8_restored("Caf\u00e9 on the Quay") == "Caf\u00e9 on the Quay"  # PDFDocEncoding meant: kept
    assert _utf8_restored("Plain title") == "Plain title"


def _placed(page: int, x: float, top: float, text: str, size: float, kind: str = "caption") -> Placed:
    return Placed(glyph_line(page, x, top, text, size), (page, 0), x, x + 200, kind=kind)


def test_a_run_is_measured_from_pictures_of_its_first_page() -> None:
    run = [_placed(1, 40, 500, "Left: The pans at low tide.", 8), _placed(2, 300, 40, "The pans in winter.", 8)]
    box = (40.0, 400.0, 200.0, 490.0)
    assert pagelayout._run_distance(run, box) <= 10


def test_a_credit_over_its_labelled_caption_in_the_same_type_moves_after_it() -> None:
    placed = [_placed(1, 40, 500, "Courtesy of the Marsh Archive.", 8),
              _placed(1, 40, 510, "Left: The pans at low tide, with the", 8),
              _placed(1, 40, 520, "rakers at work on the nearest heap.", 8)]
    pagelayout._leading_credits(placed)
    assert [p.line.text for p in placed][-1] == "Courtesy of the Marsh Archive."


def test_the_credit_stays_first_with_the_rule_off(monkeypatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "labelled_credit_ends", 0)
    placed = [_placed(1, 40, 500, "Courtesy of the Marsh Archive.", 8),
              _placed(1, 40, 510, "Left: The pans at low tide, with the", 8),
              _placed(1, 40, 520, "rakers at work on the nearest heap.", 8)]
    pagelayout._leading_credits(placed)
    assert placed[0].line.text == "Courtesy of the Marsh Archive."
