"""Running heads of raw text beside the page's folio that repeat a section heading of the
text, separators aside. Every text is invented."""

from __future__ import annotations

from vitrina.structure.lines import split_lines

MORE = [
    "Most of the trade moved to the water by the end of the century, they say.",
    "The carters turned to hauling timber and stone for the new river mills.",
    "Some kept their wagons for the short run from the quay to the market.",
]
EXTRA = [
    "The weir above the ferry held the barges back until the tide turned.",
    "A lock keeper lived beside it and kept a tally of every boat that passed.",
    "His tallies survive for forty years and show the trade growing each year.",
]
BODY = [
    "The carters paid a toll at every bridge on the way, which made salt dearer.",
    "The tolls were fixed by each town's council and written into a ledger.",
    "A barge carried as much salt as forty carts and needed a crew of three.",
]


def test_a_section_heading_repeated_beside_the_folio_is_running() -> None:
    page1 = ["The Salt Road: Carts and Barges", *BODY, "§ 2 The Barges", *BODY, "The Salt Road", "14"]
    page2 = [*MORE, *BODY, "§ 2 · The Barges", "15"]
    lineset = split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    texts = [line.text for line in lineset.lines]
    assert "§ 2 · The Barges" not in texts and "The Salt Road" not in texts
    assert "§ 2 The Barges" in texts


def test_a_heading_beside_no_folio_stays() -> None:
    page1 = ["The Salt Road: Carts and Barges", *BODY, "The Barges", *MORE, *EXTRA]
    page2 = [*EXTRA[::-1], *MORE[::-1], "The Barges", *BODY[::-1]]
    lineset = split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    assert [line.text for line in lineset.lines].count("The Barges") == 2


def test_a_stamp_printed_again_up_the_spine_one_word_a_line_is_running() -> None:
    spine = ["SALT", "ROAD", "MUSEUM", "·", "GUIDE", "NO.", "4"]
    page1 = [*BODY, "Salt Road Museum · Guide No. 4", *spine, "The Salt Road: Carts and Barges", *MORE]
    page2 = [*EXTRA, *BODY[::-1], *MORE[::-1]]
    lineset = split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    texts = [line.text for line in lineset.lines]
    assert "Salt Road Museum · Guide No. 4" not in texts and not set(spine) & set(texts)
    assert "The Salt Road: Carts and Barges" in texts


def test_words_alone_on_their_lines_repeating_nothing_stay() -> None:
    words = ["Salt", "Road", "Museum", "Guide"]
    page1 = [*BODY, *words, *MORE]
    page2 = [*EXTRA, *BODY[::-1], *MORE[::-1]]
    lineset = split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    assert set(words) <= {line.text for line in lineset.lines}


def test_a_three_word_stamp_up_the_spine_is_running_like_a_turned_credit() -> None:
    # one run length for every line printed one word a line (a credit's is three)
    spine = ["HARBOUR", "TRUST", "ARCHIVE"]
    page1 = [*BODY, "Harbour Trust Archive", *spine, "The Salt Road: Carts and Barges", *MORE]
    page2 = [*EXTRA, *BODY[::-1], *MORE[::-1]]
    lineset = split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    texts = [line.text for line in lineset.lines]
    assert "Harbour Trust Archive" not in texts and not set(spine) & set(texts)


def test_a_title_part_after_its_colon_beside_the_folio_is_running() -> None:
    # the title's echo beside a folio may be any part of it, not only the words before the colon
    page1 = ["The Salt Road: Carts and Barges", *BODY, *MORE, "Carts and Barges", "14"]
    page2 = [*EXTRA, *BODY[::-1], "15"]
    lineset = split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    texts = [line.text for line in lineset.lines]
    assert "Carts and Barges" not in texts
    assert "The Salt Road: Carts and Barges" in texts


def test_a_place_ending_in_a_counted_panel_label_is_a_running_stamp() -> None:
    page1 = ["River Trades Hall Panel 2 of 5", "The Salt Road: Carts and Barges", *BODY, *MORE]
    lineset = split_lines("\n".join(page1) + "\n\f")
    assert lineset.running == ("River Trades Hall Panel 2 of 5",)
    assert lineset.lines[0].text == "The Salt Road: Carts and Barges"


def test_a_title_ending_in_an_uncounted_part_stays() -> None:
    page1 = ["The Salt Road Part Two", *BODY, *MORE]
    lineset = split_lines("\n".join(page1) + "\n\f")
    assert lineset.lines[0].text == "The Salt Road Part Two"
