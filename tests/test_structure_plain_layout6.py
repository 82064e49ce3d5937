"""Raw text from PDFs (no blank lines): three-column titles over lines, label lines
that are no credit, credits wrapped over several lines of a narrow caption, running
heads joining part of the title to a museum name, subtitles under a title. Every
text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild


def _doc(pages: list[list[str]], name: str = "mill"):
    text = "\f".join("\n".join(lines) + "\n" for lines in pages)
    return rebuild(text, name, f"{name}.txt", "text")


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def _kinds(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


COLUMN = [
    "The mill on the weir ground oats for the parish",
    "from the thaw until the first hard frost, and its",
    "wheel turned the stones, the sack hoist and a saw",
    "bench that the carpenters of the valley shared.",
]


def test_title_ending_in_a_year_over_two_lines_then_label_lines_over_headings() -> None:
    page = [
        "Stones and Water: The Mills of the Upper Dene,",
        "1790–1880",
        "Room 1",
        "The Weir",
        *COLUMN,
        "The pond filled in a night after heavy rain on",
        "the hills, and the miller opened the sluice at dawn.",
        "Room 2",
        "The Stones",
        *COLUMN,
    ]
    doc = _doc([page])
    assert _sections(doc) == [
        (None, "Stones and Water: The Mills of the Upper Dene, 1790–1880"),
        ("1", "The Weir"),
        ("2", "The Stones"),
    ]
    assert not any(b.kind == "caption" for b in doc.blocks)  # "Room 2" credits nothing


def test_credit_wrapped_over_three_lines_of_a_narrow_caption() -> None:
    page = [
        "The Mills of the Upper Dene",
        *COLUMN,
        "The miller's house was built beside the race, and its kitchen",
        "window looked straight onto the wheel so he could watch it turn.",
        "Right: A model of the wheel",
        "and its wooden gearing,",
        "made by the last miller.",
        "Courtesy of the Dene",
        "Valley Rural Crafts",
        "Society",
    ]
    captions = [(doc_text, b.credit) for doc_text, b in _captions(_doc([page]))]
    assert captions == [("A model of the wheel and its wooden gearing, made by the last miller.",
                         "Courtesy of the Dene Valley Rural Crafts Society")]


def _captions(doc):
    return [(doc.text[b.start : b.end], b) for b in doc.blocks if b.kind == "caption"]


def test_running_head_with_part_of_the_title_inside_a_paragraph_on_page_two() -> None:
    body = COLUMN * 3
    pages = [
        ["Stones and Water:", "The Mills of the Upper Dene", *body, "When the frost came the wheel"],
        ["Stones and Water · Museum of the Dene Valley", "stopped and the stones were dressed.", *body],
    ]
    doc = _doc(pages)
    assert "Museum of the Dene Valley" not in doc.text
    assert "When the frost came the wheel stopped and the stones were dressed." in doc.text


def test_subtitle_under_a_title_in_two_parts_is_no_section() -> None:
    page = [
        "Stones and Water:",
        "The Mills of the Upper Dene",
        "Millers, Farmers and the Valley Weirs, 1790–1880",
        "For ninety years the mills of the valley ground the corn of every farm",
        "between the moor and the sea, and the weirs that fed them still stand.",
        "Part One",
        "The Weir",
        *COLUMN,
    ]
    doc = _doc([page])
    assert _sections(doc) == [(None, "Stones and Water: The Mills of the Upper Dene"), ("One", "The Weir")]
    paragraphs = [t for k, t in _kinds(doc) if k == "paragraph"]
    assert paragraphs[0].startswith("For ninety years")


def test_lettered_title_over_three_lines_stops_at_a_numbered_heading() -> None:
    page = [
        "The Dene Mills: Wheels",
        "and Weirs of the",
        "Upper Valley",
        "I. The Oldest Weir",
        "The oldest weir on the river was built of oak piles driven into the gravel",
        "and faced with stone, and it held the water for three mills in a row.",
    ]
    doc = _doc([page])
    assert _sections(doc) == [(None, "The Dene Mills: Wheels and Weirs of the Upper Valley"),
                              ("I", "The Oldest Weir")]


def test_title_with_an_initial_is_still_a_title() -> None:
    page = [
        "1790–1880: The Mills of",
        "Thomas R. Dene",
        *COLUMN,
        *COLUMN,
    ]
    assert _sections(_doc([page])) == [(None, "1790–1880: The Mills of Thomas R. Dene")]


def test_label_line_over_a_title_after_a_block_the_columns_left_unfinished() -> None:
    page = [
        "The Mills of the Upper Dene",
        "The mill on the weir ground oats for the parish from the thaw until the first",
        "hard frost, and its wheel turned the stones, the sack hoist and a saw bench.",
        "The miller kept a ledger of every sack, and the ledger survives in the",
        "Dene Valley Collection",
        "Room B",
        "The Sluice",
        "The sluice was opened at each ebb tide, and the water of the pond drove the",
        "wheel for four hours before the stones had to stop for the flood to return.",
    ]
    assert _sections(_doc([page]))[-1] == ("B", "The Sluice")


WIDE = [
    "The mill on the weir ground oats for the parish from the thaw until the first hard frost of",
    "the year, and its wheel turned the stones, the sack hoist and a saw bench that the carpenters",
    "of the valley shared between them through the long winters when the river ran high and fast.",
    "In dry summers the pond fell so low that the miller ground only at night, when the stream",
    "had refilled it, and the farmers waited with their carts in the lane until the sluice opened.",
]


def test_caption_in_a_narrower_measure_without_label_or_credit() -> None:
    page = [
        "The Mills of the Upper Dene",
        *WIDE,
        "The miller's scales and the brass weights he",
        "used for every sack, with the ledger of the",
        "year the weir was raised.",
        *WIDE,
    ]
    kinds = _kinds(_doc([page]))
    assert ("caption", "The miller's scales and the brass weights he used for every sack, with the "
            "ledger of the year the weir was raised.") in kinds
    assert [k for k, _ in kinds].count("caption") == 1


def test_copyright_credit_split_after_its_picture_word() -> None:
    page = [
        "The Mills of the Upper Dene",
        *COLUMN,
        "Above: The weir in flood, seen",
        "from the lane. Photograph",
        "\u00a9 Ines Caddow",
        *COLUMN,
    ]
    captions = [(t, b.credit) for t, b in _captions(_doc([page]))]
    assert captions == [("The weir in flood, seen from the lane.", "Photograph \u00a9 Ines Caddow")]


def test_header_and_footer_extracted_together_at_the_start_of_a_one_page_text() -> None:
    page = [
        "Museum of the Dene Valley 1",
        "Museum of the Dene Valley | 1",
        "The Mills of the Upper Dene",
        *COLUMN,
        *COLUMN,
    ]
    doc = rebuild("\n".join(page) + "\n\f", "mill", "mill.txt", "text")  # pdftotext closes a page with \f
    assert "Museum of the Dene Valley" not in doc.text
    assert _sections(doc) == [(None, "The Mills of the Upper Dene")]


def test_paragraph_after_a_caption_is_not_taken_for_a_wide_caption() -> None:
    page = [
        "The Mills of the Upper Dene",
        *WIDE,
        "The sluice was rebuilt in oak.",
        "Right: The sluice gate raised for the ebb,",
        "seen from the lane. — Photo: Ines Caddow",
        "The mills closed one by one after the railway brought cheap flour from the ports of the",
        "coast, and by the war only the lowest mill on the river still ground for the farms of the",
        "valley, its wheel turning two days a week through the winter and idle through the summer.",
        "Its last miller retired in 1952.",
        "The lowest mill in its last working year, with its sacks on the quay. — Image:",
        "Dene Valley Archive",
    ]
    kinds = _kinds(_doc([page]))
    assert ("paragraph", "The mills closed one by one after the railway brought cheap flour from the ports of "
            "the coast, and by the war only the lowest mill on the river still ground for the farms of the "
            "valley, its wheel turning two days a week through the winter and idle through the summer. "
            "Its last miller retired in 1952.") in kinds


def test_name_extracted_beside_the_lone_page_number_of_a_one_page_text() -> None:
    page = ["Museum of the Dene Valley", "\u2014 1 \u2014", "The Mills of the Upper Dene", *COLUMN, *COLUMN]
    doc = rebuild("\n".join(page) + "\n\f", "mill", "mill.txt", "text")
    assert "Museum of the Dene Valley" not in doc.text
    assert _sections(doc) == [(None, "The Mills of the Upper Dene")]


def test_title_over_its_page_number_and_body_stays_the_title() -> None:
    page = ["The Mills of the Upper Dene", "1", *COLUMN, *COLUMN]
    doc = rebuild("\n".join(page) + "\n\f", "mill", "mill.txt", "text")
    assert _sections(doc) == [(None, "The Mills of the Upper Dene")]


def test_short_first_heading_under_a_title_in_two_parts_is_a_section() -> None:
    page = [
        "Stones and Water:",
        "The Mills of the Upper Dene",
        "The Weir",
        "For ninety years the mills of the valley ground the corn of every farm",
        "between the moor and the sea, and the weirs that fed them still stand.",
        *COLUMN,
        *COLUMN,
    ]
    assert _sections(_doc([page])) == [(None, "Stones and Water: The Mills of the Upper Dene"), (None, "The Weir")]


def _one_part_title(deck: str) -> list[str]:
    return [
        "Stones and Water",
        deck,
        "For ninety years the mills of the valley ground the corn of every farm",
        "between the moor and the sea, and the weirs that fed them still stand.",
        "Part One",
        "The Weir",
        *COLUMN,
    ]


def test_a_title_case_subtitle_under_a_title_in_one_part_completes_it() -> None:
    # the subtitle convention every reader follows (round 33): raw text joined such a line already
    doc = _doc([_one_part_title("Millers, Farmers and the Valley Weirs, 1790–1880")])
    assert _sections(doc)[0] == (None, "Stones and Water Millers, Farmers and the Valley Weirs, 1790–1880")

