"""PDF reading, round 56 (structset75): a caption set over a picture across two columns, closing the band above
it (``captions_over_pictures``); a date alone set larger than the title under it (``display_dates``); a credit
in type of its own under a caption (``credit_heads_under_captions``); a nameplate named by the running line
(``named_nameplates``). Every text is invented; pages built from glyph lines."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

LEFT_ABOVE = ["The rope walk ran for a quarter of a mile", "behind the dockyard wall, and every cable",
              "of the fleet was laid there by hand from", "hemp that the barges brought down the"]
LEFT_UNDER = ["river from the farms of the flat country", "to the east. The spinners walked backwards",
              "along the shed all day, paying out the", "yarn from bundles of fibre round their"]
RIGHT_ABOVE = ["waists, and a boy turned the wheel at", "the far end to give the yarn its twist.",
               "A good spinner walked many miles a day", "and earned a wage by the length of yarn"]
RIGHT_UNDER = ["laid, less a fine for every broken end.", "The shed closed when wire rope came in,",
               "and its roof now shelters a museum of", "the trade and a length of a great cable."]
CAPTION = "Below: The rope walk seen from its far end, with the wheel and the hooks of the spinners."


def _page(caption_over: bool = True) -> PdfContent:
    lines = [glyph_line(1, 40, 30, "The Rope Walk", 28, True), glyph_line(1, 40, 80, "1 The Spinners", 14, True)]
    for n in range(4):
        lines += [glyph_line(1, 40, 110 + 14 * n, LEFT_ABOVE[n], 10), glyph_line(1, 320, 110 + 14 * n, RIGHT_ABOVE[n], 10)]
    lines.append(glyph_line(1, 40, 172 if caption_over else 330, CAPTION, 8, italic=True))
    for n in range(4):
        lines += [glyph_line(1, 40, 360 + 14 * n, LEFT_UNDER[n], 10), glyph_line(1, 320, 360 + 14 * n, RIGHT_UNDER[n], 10)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], [(40.0, 190.0, 540.0, 340.0)])])


def _paragraphs(content: PdfContent) -> list[str]:
    doc = rebuild_pdf(content, "rope", "/tmp/rope.pdf")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_caption_over_a_picture_across_the_columns_reads_them_down_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    story = " ".join(LEFT_ABOVE + LEFT_UNDER + RIGHT_ABOVE + RIGHT_UNDER[:1])
    assert any(story in text for text in _paragraphs(_page()))
    monkeypatch.setitem(pagelayout.LIMITS, "captions_over_pictures", 0)
    assert not any(story in text for text in _paragraphs(_page()))


BODY = ["The rope walk ran for a quarter of a mile behind the dockyard wall, and every cable of the",
        "fleet was laid there by hand from hemp that the barges brought down the river each week.",
        "The spinners walked backwards along the shed all day, paying out the yarn from bundles."]


def _titled(date_size: float) -> PdfContent:
    lines = [glyph_line(1, 40, 60, "The Rope Walk", 28, True), glyph_line(1, 40, 92, "of Chatham", 28, True),
             glyph_line(1, 40, 126, "1790", date_size, True)]
    lines += [glyph_line(1, 40, 180 + 16 * n, text, 12, italic=True) for n, text in enumerate(BODY)]
    for n, head in enumerate(("I. The Spinners", "II. The Wheel")):
        lines.append(glyph_line(1, 40, 250 + 80 * n, head, 10, True))
        lines += [glyph_line(1, 40, 270 + 80 * n + 14 * k, text, 10) for k, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], [])])


def _titles(content: PdfContent) -> list[str]:
    return [s.title for s in rebuild_pdf(content, "rope", "/tmp/rope.pdf").sections]


def test_a_date_set_larger_than_the_title_under_it_is_no_part_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _titles(_titled(46)) == ["The Rope Walk of Chatham", "The Spinners", "The Wheel"]
    monkeypatch.setitem(pagelayout.LIMITS, "display_dates", 0)
    assert _titles(_titled(46))[0] == "The Rope Walk of Chatham 1790"


def test_a_date_in_the_title_type_under_it_stays_its_part() -> None:
    assert _titles(_titled(28))[0] == "The Rope Walk of Chatham 1790"


def _placed(kind: str, top: float, text: str, size: float, column: int = 11) -> pagelayout.Placed:
    return pagelayout.Placed(glyph_line(1, 220, top, text, size), (1, column), 220.0, 380.0, kind)


def _under_caption(credit: list[str], size: float = 7.5) -> list[str]:
    placed = [_placed("body", 560, "faithful were honoured after the war.", 10.4),
              _placed("caption", 600, "Left: A spinner's hook of forged iron with", 9),
              _placed("caption", 612, "a wooden handle, from the old shed.", 9),
              *(_placed("heading", 624 + 9 * n, text, size) for n, text in enumerate(credit)),
              _placed("heading", 60, "C The Wheel", 10.5, column=12)]
    pagelayout._credit_heads_under_captions(placed)
    return [p.kind for p in placed]


def test_a_credit_in_type_of_its_own_under_a_caption_is_its_line() -> None:
    assert _under_caption(["Chatham Dockyard Museum, CDM", "1987.12"]) == [
        "body", "caption", "caption", "caption", "caption", "heading"]


def test_a_heading_under_a_caption_reading_as_no_credit_stays() -> None:
    assert _under_caption(["The Spinners at Work"])[3] == "heading"


def test_a_credit_in_the_caption_type_or_larger_stays_a_heading() -> None:
    assert _under_caption(["Chatham Dockyard Museum, CDM 1987.12"], size=10)[3] == "heading"


def test_without_the_switch_the_credit_stays_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "credit_heads_under_captions", 0)
    assert _under_caption(["Chatham Dockyard Museum, CDM", "1987.12"])[3:5] == ["heading", "heading"]


def _plate(running: list[str]) -> int:
    from vitrina.structure.layout import Fragment, Heading
    from vitrina.structure.lines import Line

    def line(text: str) -> Line:
        return Line(0, 1, 0, text, 0, False)

    name, society, title, lede = (line("THE ROPE GAZETTE"), line("Newsletter of the Rope Makers' Society"),
                                  line("Cables for the Fleet"), line(BODY[0]))
    entries = [Heading(None, [name], 0), Fragment("caption", [society]), Heading(None, [title], 0),
               Fragment("paragraph", [lede]), Heading(None, [line("The Spinners")], 0)]
    sizes = {id(name): 36.0, id(society): 9.0, id(title): 24.0, id(lede): 13.0}
    sizes[id(entries[4].lines[0])] = 10.5
    return pagelayout._nameplate_end(entries, sizes, running)


def test_a_name_repeated_in_the_running_line_makes_a_nameplate() -> None:
    assert _plate(["The Rope Gazette - No. 7 - Summer"]) == 2


def test_a_name_in_no_running_line_makes_none_without_an_issue_line() -> None:
    assert _plate(["Harbour Notes - No. 7"]) == 0


def test_without_the_switch_the_running_line_names_no_nameplate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "named_nameplates", 0)
    assert _plate(["The Rope Gazette - No. 7 - Summer"]) == 0
