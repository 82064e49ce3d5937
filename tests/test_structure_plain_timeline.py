"""Raw text of a timeline and of a leaflet: a year over each entry's title, a title
closed by its years after a comma, headings in capitals after a captioned picture, a
caption set wider than the entry text it follows. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

KILN = [
    "The brick kiln behind the chapel burned for three days at a time and",
    "was fed with furze cut on the common by the children of the village,",
    "who were paid in bread and in bricks for the walls of their own",
    "houses.",
]
MILL = [
    "The mill on the weir ground the valley's corn for forty years before",
    "the railway brought cheaper flour from the ports and the wheel stopped",
    "for good, though the miller kept the stones turning for the cattle",
    "feed.",
]


def _rebuilt(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "kiln", "kiln.txt", "text")


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_years_over_entry_titles_label_them_and_the_title_stays() -> None:
    doc = _rebuilt(["Clay and Fire in the Valley", "1794", "The First Kiln", *KILN,
                    "1812", "The Weir Mill", *MILL, "1830", "Rebuilt in Stone", *KILN])
    assert doc.title == "Clay and Fire in the Valley"
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Clay and Fire in the Valley"), ("1794", "The First Kiln"), ("1812", "The Weir Mill"),
        ("1830", "Rebuilt in Stone")]


def test_a_title_closed_by_its_years_after_a_comma() -> None:
    doc = _rebuilt(["Clay, Corn and Fire,", "1790\u20131850", "THE KILN", *KILN, "THE MILL", *MILL])
    assert [s.title for s in doc.sections] == ["Clay, Corn and Fire, 1790\u20131850", "THE KILN", "THE MILL"]


def test_a_heading_in_capitals_after_a_credited_caption_credits_nothing() -> None:
    doc = _rebuilt(["THE KILN", *KILN, "The kiln in its last year of work.", "Courtesy of the Vale Society",
                    *MILL[:3], *MILL, "WHO WORKED THE MILL", *KILN])
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(doc.text[b.start : b.end], b.credit) for b in captions] == [
        ("The kiln in its last year of work.", "Courtesy of the Vale Society")]
    assert [s.title for s in doc.sections] == ["THE KILN", "WHO WORKED THE MILL"]
    assert len(_paragraphs(doc)) == 3


def test_a_wide_caption_after_an_entry_is_not_the_entry() -> None:
    caption = "The kiln seen from the chapel yard, with its chimney smoking. Photograph:"
    doc = _rebuilt(["Clay and Fire in the Valley", "1794", "The First Kiln", *KILN, caption,
                    "Ada Lorne, Vale Archive", "1812", "The Weir Mill", *MILL])
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [doc.text[b.start : b.end] for b in captions] == [
        "The kiln seen from the chapel yard, with its chimney smoking."]
    assert _paragraphs(doc)[0].startswith("The brick kiln")
