"""Raw text opening on a kicker in capitals (letter-spaced, as extracted) over a title
whole by its colon, with a comma in it. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

BODY = [
    "For two hundred years the salt of the coastal pans came up the river to the market towns by cart and",
    "later by barge, and the towns on the road grew rich on the tolls they took from the carters.",
    "Tolls at Every Bridge",
    "The carters paid a toll at every bridge on the way, which made salt dearer with every mile it went",
    "inland, and the tolls were fixed by each town's council in the spring.",
]


def test_a_kicker_over_a_title_whole_by_its_colon_is_left_out() -> None:
    lines = ["H A L L O F S A L T", "Carts, Barges and Tolls:", "The Salt Road of the Estuary", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert [s.title for s in doc.sections] == ["Carts, Barges and Tolls: The Salt Road of the Estuary",
                                               "Tolls at Every Bridge"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("For two hundred years")


def test_a_title_in_capitals_over_its_subtitle_stays() -> None:
    lines = ["THE SALT ROAD", "Carts and Barges", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert "THE SALT ROAD" in " ".join(doc.text[b.start : b.end] for b in doc.blocks)


_BARGES_TITLE = ["Boats of the Estuary:", "The Barges That Carried the Grain"]
_BARGES_BODY = [
    "For two hundred years flat-bottomed barges carried grain down the river to the mills",
    "on the coast, and their crews lived on board with their families all year round.",
    "The barges were built of oak in yards along the upper river and lasted for fifty",
    "years or more if their owners kept them tarred and dry through the winter months.",
]


def _rebuilt_barges_panel(opening_line: str):
    """The barges panel rebuilt from plain text with `opening_line` above its two-line title."""
    text = "\n".join([opening_line, *_BARGES_TITLE, *_BARGES_BODY]) + "\n"
    return rebuild(text, "barges", "barges.txt", "text")


def test_a_line_placing_the_panel_over_a_title_is_a_kicker() -> None:
    doc = _rebuilt_barges_panel("East Hall of the River Trades Panel 2 of 5")
    assert doc.sections[0].title == "Boats of the Estuary: The Barges That Carried the Grain"


def test_a_row_of_form_fields_over_the_title_is_no_part_of_it() -> None:
    doc = _rebuilt_barges_panel("Pupil: Group: Teacher:")
    assert doc.sections[0].title == "Boats of the Estuary: The Barges That Carried the Grain"
    assert "Pupil:" not in doc.text


def test_one_form_field_with_its_blank_over_the_title_is_no_part_of_it() -> None:
    for line in ("Date of visit: ..........", "Name: ____________"):
        doc = _rebuilt_barges_panel(line)
        assert doc.sections[0].title == "Boats of the Estuary: The Barges That Carried the Grain"
        assert line.split(":")[0] not in doc.text


def test_form_fields_need_a_blank_or_a_second_label() -> None:
    from vitrina.structure.plainlayout import _form_fields

    assert _form_fields("Name: _____ Class: ______")
    assert _form_fields("Pupil: Group: Teacher:")
    assert not _form_fields("Boats of the Estuary:")  # a title going on after its colon
    assert not _form_fields("Photo: Ada Marr")


def test_a_three_line_title_under_a_kicker_is_the_title() -> None:
    # the title under a kicker is whole by its colon at any length, not only over two lines
    lines = ["H A L L O F S A L T", "Carts, Barges and Tolls:", "The Salt Road", "of the Estuary", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert doc.sections[0].title == "Carts, Barges and Tolls: The Salt Road of the Estuary"


_MILLS = [
    "The Mills of the Valley",
    "1790",
    "The First Wheel",
    "A miller from the coast built the first wheel on the weir below the village, and",
    "within a few years three more stood on the same stretch of the river.",
    "1811–1823",
    "Hard Years",
    "A run of dry summers left the wheels idle for months at a time, and two of the",
    "mills were sold to a cloth merchant who turned them over to fulling.",
]


def test_a_span_of_years_over_a_title_is_its_label() -> None:
    doc = rebuild("\n".join(_MILLS) + "\n\f", "mills", "mills.txt", "text")
    assert [(s.label, s.title) for s in doc.sections][-1] == ("1811–1823", "Hard Years")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1].startswith("A run of dry summers")


def test_years_completing_a_title_ending_in_a_comma_are_no_kicker() -> None:
    lines = ["The Mills of the Valley,", "1790–1823", "THE FIRST WHEEL", *_MILLS[3:5], *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "mills", "mills.txt", "text")
    assert doc.sections[0].title == "The Mills of the Valley, 1790–1823"


def test_an_imprint_closing_or_opening_a_later_page_is_running() -> None:
    page1 = [*_MILLS[:5], "Mill Museum · The Mills of the Valley · 1 May – 2 June"]
    page2 = ["Mill Museum · Valley Trail 4", *BODY]
    doc = rebuild("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f", "mills", "mills.txt", "text")
    assert "Mill Museum" not in " ".join(doc.text[b.start : b.end] for b in doc.blocks)


def test_a_kicker_in_parts_over_a_one_line_title_is_left_out() -> None:
    for kicker in ("RIVER TRADES GALLERY · LEAFLET 3", "Lower Hall · Temporary Display"):
        lines = [kicker, "The Salt Road", *BODY]
        doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
        assert [s.title for s in doc.sections] == ["The Salt Road", "Tolls at Every Bridge"], kicker
        assert kicker not in doc.text


def test_a_long_line_of_parts_and_a_kicker_over_the_title_are_left_out() -> None:
    from vitrina.ingest import reader_for

    lines = ["Estuary Museum of Salt Trade – Summer on the Marsh – Free entry",
             "M A R S H D I S P L A Y \u2219 U P P E R F L O O R", "The Salt Road and", "Its Tolls", *BODY]
    (doc,) = reader_for("text")(("\n".join(lines) + "\n").encode(), "salt.txt")
    assert doc.sections[0].title == "The Salt Road and Its Tolls"
    assert "Free entry" not in doc.text


def test_a_deck_in_sentence_case_under_the_title_is_no_part_of_it() -> None:
    lines = ["The Salt Road", "The carters' way inland, 1650-1850", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert [s.title for s in doc.sections] == ["The Salt Road", "Tolls at Every Bridge"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("For two hundred years")


def test_a_title_over_its_first_body_line_keeps_that_line() -> None:
    lines = ["The Salt Road", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert doc.sections[0].title == "The Salt Road" and paragraphs[0].startswith("For two hundred years")


_AFTER = ["After", "The Mills Fall Silent",
          "Steam came to the valley in the 1850s, and one by one the wheels were taken out and the",
          "races filled in, until only the weir was left to show where the first mill had stood."]


def test_a_word_over_a_title_is_its_kicker_in_a_series_of_dated_kickers() -> None:
    lines = [*_MILLS[:1], *BODY[:2], *_MILLS[1:], *_AFTER]
    doc = rebuild("\n".join(lines) + "\n\f", "mills", "mills.txt", "text")
    assert [(s.label, s.title) for s in doc.sections][-3:] == [
        ("1790", "The First Wheel"), ("1811–1823", "Hard Years"), ("After", "The Mills Fall Silent")]


def test_a_word_over_a_title_is_no_kicker_without_dated_ones() -> None:
    lines = [*_MILLS[:1], *BODY[:2], "The First Wheel", *_MILLS[3:5], *_AFTER]
    doc = rebuild("\n".join(lines) + "\n\f", "mills", "mills.txt", "text")
    assert all(s.label is None for s in doc.sections)


def test_a_line_closing_on_its_place_in_a_series_over_a_title_is_a_kicker() -> None:
    lines = ["HARBOUR POSTER 2 OF 5", "The Salt Road of the Estuary", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert doc.sections[0].title == "The Salt Road of the Estuary"


def test_a_numbered_line_in_capitals_over_a_mixed_case_title_is_a_kicker() -> None:
    lines = ["HARBOUR WALK STOP 4", "Salt Carts on the Quay", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert [s.title for s in doc.sections][0] == "Salt Carts on the Quay"
    assert "HARBOUR WALK STOP 4" not in " ".join(s.title or "" for s in doc.sections)
