"""Raw text from a PDF: headings whose line closes on a unit word and an identifier counting
I, II, III ("The Timber Weir Part I", a label set flush right on the heading's line) carry
that as their label; a running head of two parts set mirrored on facing pages ("Museum
Title" / "Title Museum") is furniture. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

PARA = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it in the autumn rains,",
    "when the river rose high enough to turn both wheels at once and the stones ran day and night.",
]
TITLES = ["The Timber Weir", "The Stone Weir", "The Lock Cut"]


def _doc(text: str):
    return rebuild(text, "weir", "weir.txt", "text")


def test_a_unit_label_closing_heading_lines_counting_up_is_their_label() -> None:
    lines = ["The River Weir", *PARA]
    for n, title in zip(["I", "II", "III"], TITLES, strict=True):
        lines += [f"{title} Part {n}", *PARA]
    doc = _doc("\n".join(lines) + "\n\f")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("I", "The Timber Weir"), ("II", "The Stone Weir"),
                                                              ("III", "The Lock Cut")]


def test_closing_words_that_do_not_count_up_stay_in_the_title() -> None:
    lines = ["The River Weir", *PARA]
    for n, title in zip(["II", "I", "III"], TITLES, strict=True):
        lines += [f"{title} Part {n}", *PARA]
    doc = _doc("\n".join(lines) + "\n\f")
    assert all(s.label is None for s in doc.sections)


def test_a_running_head_mirrored_on_facing_pages_is_furniture() -> None:
    left, right = "Mill Heritage Trust", "Working Waters"
    pages = []
    for n, (head, title) in enumerate(zip([f"{left} {right}", f"{right} {left}", f"{left} {right}"],
                                          TITLES, strict=True)):
        pages.append("\n".join([head, *(["The River Weir"] if n == 0 else []), title, *PARA, *PARA]))
    doc = _doc("\n\f".join(pages) + "\n\f")
    body = [doc.text[b.start : b.end] for b in doc.blocks]
    assert not any(left in text or right in text for text in body)


def test_a_capitals_line_over_a_title_broken_over_lines_is_its_kicker() -> None:
    lines = ["RIVER GALLERY", "The Tide", "Mills", *PARA, "The Timber Weir", *PARA]
    doc = _doc("\n".join(lines) + "\n\f")
    assert doc.title == "The Tide Mills"
    assert [s.title for s in doc.sections] == ["The Tide Mills", "The Timber Weir"]


def test_a_capitals_title_over_a_one_line_subtitle_stays_the_title() -> None:
    lines = ["THE TIDE MILLS", "Flour from the Estuary", *PARA, "The Timber Weir", *PARA]
    doc = _doc("\n".join(lines) + "\n\f")
    assert doc.title.startswith("THE TIDE MILLS")


def test_a_figure_with_thousands_commas_over_a_title_is_its_label() -> None:
    lines = ["The River Weir", *PARA]
    for height, title in zip(["1,200 m", "2,450 m", "3,100 m"], TITLES, strict=True):
        lines += [height, title, *PARA]
    doc = _doc("\n".join(lines) + "\n\f")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("1,200 m", "The Timber Weir"),
                                                              ("2,450 m", "The Stone Weir"), ("3,100 m", "The Lock Cut")]


NARROW = [
    "The miller kept the sluice shut",
    "through the dry weeks of summer and",
    "opened it in the autumn rains, when",
    "the river rose high enough to turn",
    "both wheels at once and the stones",
    "ran day and night.",
]


def test_a_counted_label_between_two_others_labels_a_name_not_in_title_case() -> None:
    lines = ["The River Weir", *NARROW, "1 The Timber Weir", *NARROW, "2 Salmo salar", *NARROW,
             "3 The Lock Cut", *NARROW]
    doc = _doc("\n".join(lines) + "\n\f")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("1", "The Timber Weir"), ("2", "Salmo salar"),
                                                              ("3", "The Lock Cut")]


def test_a_labelled_title_takes_no_line_of_names_under_it() -> None:
    lines = ["The River Weir", *NARROW, "1 The Timber Weir", *NARROW, "2 The Stone Weir",
             "In 1820 Ann Mercer, Joseph", "Hale and Thomas Reed rebuilt", "the weir in stone.", *NARROW,
             "3 The Lock Cut", *NARROW]
    doc = _doc("\n".join(lines) + "\n\f")
    assert [(s.label, s.title) for s in doc.sections][2] == ("2", "The Stone Weir")
