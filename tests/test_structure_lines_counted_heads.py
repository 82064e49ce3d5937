"""A bare section number at a page's edge over a title line, first of a series counting on
inside the pages, is the section's label and no folio; a folio series stays running.
Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

PARA = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it",
    "in the autumn rains, when the river rose high enough to turn both wheels at once.",
]
TITLES = ["The Timber Weir", "The Stone Weir", "The Lock Cut", "The New Mill"]


def _sections(text: str) -> list[tuple[str | None, str]]:
    doc = rebuild(text, "weir", "weir.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_first_counted_number_at_a_page_top_is_its_sections_label() -> None:
    page1 = ["The River Weir", *PARA, *PARA, "Millers of the Vale"]
    page2 = []
    for n, title in enumerate(TITLES, start=1):
        page2 += [str(n), title, *PARA]
    text = "\n".join(page1) + "\n\f" + "\n".join([*page2, "Millers of the Vale"]) + "\n\f"
    assert [label for label, _ in _sections(text)[-4:]] == ["1", "2", "3", "4"]


def test_folios_at_page_feet_stay_out_of_the_text() -> None:
    pages = []
    for n, title in enumerate(TITLES[:3], start=1):
        pages.append("\n".join([title, *PARA, *PARA, str(n)]))
    doc = rebuild("\n\f".join(pages) + "\n\f", "weir", "weir.txt", "text")
    assert all(doc.text[b.start : b.end].strip() not in ("1", "2", "3") for b in doc.blocks)


def test_a_superscript_figure_alone_over_a_title_reads_without_error() -> None:
    # "²" is a digit to str.isdigit but no number to int(): a note call printed alone
    text = "\n".join(["\u00b2", "The Timber Weir", *PARA, "Millers of the Vale"]) + "\n\f"
    doc = rebuild(text, "weir", "weir.txt", "text")
    assert "The Timber Weir" in doc.text
