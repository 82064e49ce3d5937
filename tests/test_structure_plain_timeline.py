"""Raw text of a timeline and of a leaflet: a year over each entry's title, a title
closed by its years after a comma, headings in capitals after a captioned picture, a
caption set wider than the entry text it follows. Every text is invented."""

from __future__ import annotations

import pytest

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


def test_activity_badges_closing_pages_label_a_run_of_headings() -> None:
    """A worksheet: a box and the title, then activities whose turned tabs the extraction
    prints after each activity's text ("Activity" / "2"), twice at a page's end, where a
    running line would stand."""
    def activity(title: str, number: int) -> list[str]:
        return [title, *KILN, f"{number}. Why was the kiln fed with furze?", "Activity", str(number)]

    page1 = ["Did You Know?", "The kiln was rebuilt twice", "after storms.", "Clay and Fire in the Valley",
             "Read each text, then answer the questions.", *activity("The First Kiln", 1),
             *activity("The Weir Mill", 2)]
    page2 = [*activity("Rebuilt in Stone", 3), *activity("The Last Firing", 4)]
    doc = rebuild("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f", "kiln", "kiln.txt", "text")
    labelled = [(s.label, s.title) for s in doc.sections if s.label]
    assert labelled == [("1", "The First Kiln"), ("2", "The Weir Mill"), ("3", "Rebuilt in Stone"),
                        ("4", "The Last Firing")]


def test_a_locator_and_a_notice_over_a_title_whole_by_its_colon_are_left_out() -> None:
    doc = _rebuilt(["Room 3 \u00b7 Case B Vale Museum of Crafts", "Please keep to the marked path",
                    "Clay and Fire:", "The Kilns of the Valley", *KILN, *MILL])
    assert doc.title == "Clay and Fire: The Kilns of the Valley"
    assert "Please keep" not in doc.text and "Case B" not in doc.text


def test_a_credit_line_closing_a_tombstone_ends_it_however_long() -> None:
    doc = _rebuilt(["Clay and Fire in the Valley", *KILN, "1 Brick Mould", "Made by Abel Hart, Corbie",
                    "About 1850", "Beech wood and iron", "Lent by the Corbie Valley Local History Society, Abel Hart Collection",
                    "The brick moulds were filled by hand and turned out on the drying floor, where",
                    "they lay for a week before the kiln was ready to take them.",
                    "2 Kiln Door", *MILL])
    paragraphs = _paragraphs(doc)
    assert "Lent by the Corbie Valley Local History Society, Abel Hart Collection" in paragraphs
    assert any(p.startswith("The brick moulds were filled") and p.endswith("to take them.") for p in paragraphs)


def _cards(order: list[int]):
    names = {1: "Brick Mould", 2: "Drying Rack", 3: "Kiln Door", 4: "Chimney Pot", 5: "Fire Rake"}
    lines = ["Clay and Fire in the Valley", *KILN]
    for number in order:
        lines += [f"{number}. {names[number]}", *MILL]
    return _rebuilt(lines)


def test_cards_read_row_by_row_are_put_in_the_order_of_their_numbers() -> None:
    doc = _cards([1, 3, 2, 4])
    assert [s.label for s in doc.sections[1:]] == ["1", "2", "3", "4"]
    kiln = next(s for s in doc.sections if s.title == "Kiln Door")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.section == kiln.id][-1].endswith("cattle feed.")


def test_numbers_with_a_gap_keep_the_reading_order() -> None:
    doc = _cards([1, 3, 5, 4])
    assert [s.label for s in doc.sections[1:]] == ["1", "3", "5", "4"]


def test_a_full_body_line_of_capitalised_words_after_a_short_title_is_body() -> None:
    capitalised = "On Monday, 3 May 1850, Abel Hart of Corbie Mill and Ruth Lane of Vale Farm Signed"
    doc = _rebuilt(["Clay and Fire in the Valley", *KILN, "ROOM 1", "The Kiln Yard", capitalised, *MILL])
    assert [s.title for s in doc.sections][-1] == "The Kiln Yard"
    assert any(p.startswith("On Monday, 3 May 1850") for p in _paragraphs(doc))


def test_a_one_page_text_closing_on_a_name_and_its_page_number_drops_that_footer() -> None:
    doc = _rebuilt(["Clay and Fire in the Valley", *KILN, *MILL, *KILN, "Corbie Valley Heritage Trail 1"])
    assert "Heritage Trail" not in doc.text
    kept = _rebuilt(["Clay and Fire in the Valley", *KILN, *MILL, *KILN, "Room 1"])
    assert "Room 1" in kept.text


def _dated(years: list[str]):
    titles = iter(["The First Kiln", "The Weir Mill", "Rebuilt in Stone", "The Last Firing", "A Museum"])
    lines = ["Clay and Fire in the Valley", *KILN]
    for year in years:
        lines += [year, next(titles), *MILL]
    return _rebuilt(lines)


def test_a_timeline_read_column_by_column_is_merged_by_year() -> None:
    doc = _dated(["1794", "1830", "1861", "1812", "1850"])  # left side, then right side
    assert [s.label for s in doc.sections[1:]] == ["1794", "1812", "1830", "1850", "1861"]


@pytest.mark.parametrize("years", [["1861", "1850", "1830", "1812", "1794"], ["1900", "1910", "1920", "1794", "1812"]])
def test_dates_falling_or_in_runs_apart_keep_the_reading_order(years: list[str]) -> None:
    assert [s.label for s in _dated(years).sections[1:]] == years


def test_dates_opening_the_entry_title_lines_are_their_labels() -> None:
    """A timeline whose dates were printed on each entry heading's line ("c. 1200 BC The
    Ford"): a series of such lines, the date (with its circa mark and era) the label."""
    lines = ["Stones of the Valley", *KILN]
    for date, title in (("c. 1200 BC", "A Ford Across the Stream"), ("AD 43", "The Roman Road"),
                        ("1781", "The First Mill"), ("1840–1846", "A Wheel of Iron")):
        lines += [f"{date} {title}", *MILL]
    doc = _rebuilt(lines)
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("c. 1200 BC", "A Ford Across the Stream"), ("AD 43", "The Roman Road"),
        ("1781", "The First Mill"), ("1840–1846", "A Wheel of Iron")]


def test_one_line_opening_on_a_year_is_no_timeline_label() -> None:
    lines = ["Stones of the Valley", *KILN, "1781 The First Mill", *MILL, "The Wheel of Iron", *MILL]
    doc = _rebuilt(lines)
    assert "1781" not in [s.label for s in doc.sections]
