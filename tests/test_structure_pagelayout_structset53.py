"""Page layout, round 45 (structset53): captions keyed by bracketed letters in a list on
another page, read at the end of the section citing each letter (``letter_keys``); a column
cut by a box quote taken out of it read on, not cut into rows (``row_cut_sentences``); a strip
of short cells side by side under the text read as a table (``cell_strips``). Every text is
invented; each test fails with its switch off."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

MILL = [
    "The mill stood on a bend of the river where a weir of",
    "timber and stone held back the water, and the race was",
    "cut along the bank to carry it to the wheel (a).",
    "The miller paid a rent in flour to the manor and kept",
    "the sluices clear of weed through the summer months.",
]
WHEEL = [
    "The wheel was rebuilt in iron in the last years of the",
    "old century, and its buckets were cast at a foundry in",
    "the market town a day's journey down the valley (b).",
    "It turned until the flood of the wet spring broke the",
    "weir and the mill was left to fall into ruin at last.",
]
KEY = [
    ("(a)", ["The race below the weir, with the sluice gate open and the water running",
             "fast. Photograph: Valley Society"]),
    ("(b)", ["An iron bucket from the wheel, now kept in the museum. Photograph: Valley Society"]),
]


def _draw_key(c, page: int) -> None:
    if page == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(60, 730, "The Valley Mill")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 690, "The Weir and the Race")
        y = draw_lines(c, 60, 670, MILL, size=11, leading=14)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y - 16, "The Iron Wheel")
        draw_lines(c, 60, y - 36, WHEEL, size=11, leading=14)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, 150, "(a)      (b)")  # the plate's keys under its pictures
    else:
        draw_lines(c, 60, 700, ["The valley society now keeps the mill house as a small museum open",
                                "to visitors on summer weekends, with the miller's tools on show."],
                   size=11, leading=14)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, 140, "Opposite")
        y = 128.0
        for key, lines in KEY:  # each entry's key hanging in the margin of its text
            c.setFont("Helvetica", 8)
            c.drawString(60, y, key)
            y = draw_lines(c, 76, y, lines, font="Helvetica", size=8, leading=11)


def _key_doc():
    return pdf.read(canvas_pdf(_draw_key, pages=2), "mill.pdf")[0]


def _captions(doc) -> list[tuple[str, str, str | None]]:
    title = {s.id: s.title for s in doc.sections}
    return [(title[b.section], doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_keyed_captions_are_read_in_the_sections_citing_their_keys() -> None:
    doc = _key_doc()
    assert _captions(doc) == [
        ("The Weir and the Race", "The race below the weir, with the sluice gate open and the water running fast.",
         "Photograph: Valley Society"),
        ("The Iron Wheel", "An iron bucket from the wheel, now kept in the museum.", "Photograph: Valley Society"),
    ]
    assert "Opposite" not in doc.text and "(a)      (b)" not in doc.text and "(a) (b)" not in doc.text


def test_without_the_rule_the_key_is_one_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "letter_keys", 0)
    doc = _key_doc()
    assert not any(text.startswith("The race below") for _s, text, _c in _captions(doc))


LEFT = [
    "The canal was dug by hand across the moor in four",
    "summers, and the navvies lived in huts of turf beside",
    "the cutting, moving on as each stretch was finished.",
    "The locks were built of stone from the quarry at the",
    "head of the valley, which the boats then carried",
]
LEFT_ON = [
    "down to the towns on the plain for a century after.",
    "Trade fell away when the railway came up the valley.",
]
RIGHT = [
    "Boats were drawn by horses along the towpath, and a",
    "boy walked with each horse to lead it through the",
    "tunnels, where the boatmen legged the boats along.",
    "The tunnel keeper lived in a cottage at the mouth.",
    "He kept a book of every boat that passed through,",
    "with its cargo and the name of its master, and the",
    "books were sent each quarter to the company office.",
    "Coal went down the canal and lime came back up.",
]
STRIP = [("1", "1790", "Cutting begun"), ("2", "1794", "Locks opened"), ("3", "1831", "Tunnel widened"),
         ("4", "1868", "Railway arrives"), ("5", "1921", "Last cargo")]


def _draw_strip(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, 740, "The Moor Canal")
    y = draw_lines(c, 50, 700, LEFT, size=11, leading=14)
    c.setFillGray(0.9)
    c.rect(50, y - 52, 240, 50, stroke=0, fill=1)  # a tinted box quote taken out of the column
    c.setFillGray(0.0)
    draw_lines(c, 60, y - 24, ["A canal is a road that carries", "its own weight."], font="Times-Italic", size=14,
               leading=18)
    draw_lines(c, 50, y - 76, LEFT_ON, size=11, leading=14)
    draw_lines(c, 320, 700, RIGHT, size=11, leading=14)
    for n, (number, year, text) in enumerate(STRIP):
        x = 50 + 108 * n
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x, 420, number)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, 404, year)
        c.setFont("Helvetica", 8)
        c.drawString(x, 393, text)


def _strip_doc():
    return pdf.read(canvas_pdf(_draw_strip), "canal.pdf")[0]


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_column_cut_by_a_box_quote_reads_on_before_the_next_column() -> None:
    doc = _strip_doc()
    assert f"{LEFT[-1]} {LEFT_ON[0]}" in doc.text
    assert doc.text.index(LEFT_ON[-1]) < doc.text.index(RIGHT[0])
    assert "its own weight" not in " ".join(_paragraphs(doc))  # the quote is no text


def test_without_the_rule_the_column_is_cut_into_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "row_cut_sentences", 0)
    assert f"{LEFT[-1]} {LEFT_ON[0]}" not in _strip_doc().text


def test_a_strip_of_cells_under_the_text_is_a_table() -> None:
    doc = _strip_doc()
    assert [s.title for s in doc.sections] == ["The Moor Canal"]
    assert not any("Locks opened" in text for text in _paragraphs(doc))
    assert any(b.kind == "table" and "Locks opened" in doc.text[b.start : b.end] for b in doc.blocks)


def test_without_the_rule_the_cells_are_headings_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "cell_strips", 0)
    doc = _strip_doc()
    assert any("Locks opened" in text for text in _paragraphs(doc))
