"""Pages set one after another on one sheet (several small pages imposed on one, read as one
page of text): each page's footer, a name and a number counting up, stands
inside the one page. Found by ``counted_name_lines`` and dropped as running lines; a series
of unit labels or of sentences is kept. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.lines import counted_name_lines

PARA = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it",
    "in the autumn rains, when the river rose high enough to turn both wheels at once.",
]
FOOT = "Vale Mills Museum"


def test_a_name_with_a_number_counting_up_inside_one_page_is_a_footer() -> None:
    texts = ["The Weir", *PARA, f"{FOOT} 4.1", "The Sluice", *PARA, f"{FOOT} 4.2", "The Wheel", *PARA, f"{FOOT} 4.3"]
    assert counted_name_lines(texts) == {3, 7, 11}
    assert counted_name_lines([f"{FOOT} 7", *PARA, f"{FOOT} 9", f"{FOOT} 8"]) == {0, 3, 4}  # (any order)


def test_unit_labels_numbers_that_do_not_count_and_too_few_lines_are_kept() -> None:
    assert not counted_name_lines(["Room 1", *PARA, "Room 2", *PARA, "Room 3"])
    assert not counted_name_lines([f"{FOOT} 4.1", f"{FOOT} 4.2", f"{FOOT} 4.5"])
    assert not counted_name_lines([f"{FOOT} 4.1", f"{FOOT} 5.2", f"{FOOT} 6.3"])
    assert not counted_name_lines([f"{FOOT} 4.1", *PARA, f"{FOOT} 4.2"])


def test_the_counted_footers_leave_the_text_of_one_page() -> None:
    cards = [["1", "The Weir", *PARA], ["2", "The Sluice", *PARA], ["3", "The Wheel", *PARA]]
    text = "\n".join("\n".join([*card, f"{FOOT} 4.{n}"]) for n, card in enumerate(cards, start=1)) + "\n\f"
    doc = rebuild(text, "mill", "mill.txt", "text")
    body = [doc.text[b.start : b.end] for b in doc.blocks]
    assert not any(FOOT in t for t in body)
    assert [s.title for s in doc.sections if s.label] == ["The Weir", "The Sluice", "The Wheel"]
