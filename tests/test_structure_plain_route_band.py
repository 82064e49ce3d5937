"""Raw text of a panel with a route band (the stops' numbers, each over its place and date,
extracted before the columns whose headings they number), and a caption's credit broken
mid-word over a narrow margin's lines. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

TITLES = ["Leaving the Harbour", "The Long Portage", "Winter at the Fort"]
STOPS = [("Quebec", "May 1790"), ("Grand Portage", "July 1790"), ("Fort Chipewyan", "October 1790")]
PARAGRAPH = [
    "The canoes left the harbour at first light, loaded with flour, powder",
    "and trade cloth for the posts along the northern lakes.",
]


def _doc(stops: list[list[str]], titles: list[str]):
    lines = ["Along the Northern Lakes", "A summer and a winter on the fur brigades of the north."]
    for n, stop in enumerate(stops, start=1):
        lines += [str(n), *stop]
    for title in titles:
        lines += [title, *PARAGRAPH]
    return rebuild("\n".join(lines) + "\n", "lakes", "lakes.txt", "text")


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def test_a_route_band_numbers_the_headings_after_it_and_is_no_text() -> None:
    doc = _doc([list(stop) for stop in STOPS], TITLES)
    assert _sections(doc)[1:] == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]
    assert "Grand Portage" not in doc.text and "July 1790" not in doc.text


def test_labels_over_their_own_titles_with_no_headings_after_stay_sections() -> None:
    doc = _doc([[title] for title in TITLES], [])
    assert [title for _label, title in _sections(doc)][1:] == TITLES
    assert "The Long Portage" in doc.text


CAPTION = ["Right: A model of the mill's first", "wheel, made for the county show."]


def _credit_doc(credit: list[str]):
    lines = ["The Mill on the River", "1", "The Wheel House", *CAPTION, *credit, "2", "The Miller's Ledger",
             *PARAGRAPH, "The ledger survives in the county archive, bound in calf.", "The Millpond", *PARAGRAPH]
    return rebuild("\n".join(lines) + "\n", "mill", "mill.txt", "text")


def test_a_credit_broken_mid_word_goes_on_over_its_longer_line_and_number() -> None:
    doc = _credit_doc(["Lent by the Upper Valley Collec\u00ad", "tion of Mill Models, UV", "88.104"])
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Lent by the Upper Valley Collection of Mill Models, UV 88.104"
    assert "88.104" not in [s.label for s in doc.sections]
