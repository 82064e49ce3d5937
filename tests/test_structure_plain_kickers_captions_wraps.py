"""Raw text (``pdftotext -raw``), round 48 (structset60): a kicker set under a cover's title, a
caption set wider into a paragraph, a compound's first part at a paragraph's end, a running line
read twice in a row, a caption glued to a labelled heading, an object's number wrapped alone.
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.captions import register_number_wraps
from vitrina.structure.lines import ECHO_SWITCHES
from vitrina.structure.plainlayout import PLAIN_LIMITS


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    doc = _doc(lines)
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


BODY = [
    "Part 1 The Wheel",
    "The mill stood at the head of the creek for two hundred years and",
    "ground the grain of the valley farms on every tide. Barges brought the",
    "sacks up the creek at high water and carried the flour away again.",
    "Part 2 The Stones",
    "The busiest months came after the harvest, when carts queued along",
    "the lane and the wheel turned through the night. In spring the stones",
    "were dressed again and the sluices mended before the new grain came.",
]

# ---------------------------------------------------------------- a kicker under the title

# the title set up a band on the sheet's edge, which the extraction gives one word a line
TITLE_KICKER = ["12", "The", "Tide", "Mill", "of", "Halden", "RIVER TRADES · THE CREEK",
                "For two hundred years a wheel turned by the sea ground the corn of the valley,",
                "and the families who worked it kept the creek open for the barges."]


def test_a_kicker_under_the_opening_title_is_left_out_and_the_title_is_a_heading() -> None:
    doc = _doc([*TITLE_KICKER, *BODY])
    assert doc.sections[0].title == "The Tide Mill of Halden"
    blocks = _blocks([*TITLE_KICKER, *BODY])
    assert ("paragraph", " ".join(TITLE_KICKER[7:9])) in blocks
    assert not any("RIVER TRADES" in text for _, text in blocks)


def test_without_the_switch_the_title_stays_in_the_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "kickers_under_title", 0)
    assert _doc([*TITLE_KICKER, *BODY]).sections[0].title != "The Tide Mill of Halden"


def test_a_title_heading_closed_by_a_kicker_drops_it() -> None:
    lines = ["The Tide Mill", "of Halden", *TITLE_KICKER[6:], *BODY]
    assert _doc(lines).sections[0].title == "The Tide Mill of Halden"
    assert not any("RIVER TRADES" in text for _, text in _blocks(lines))


# ---------------------------------------------------------------- a wider caption inside a paragraph

WIDE_CAPTION = [
    "Part 1 The Wheel",
    "The creek silted up a little more every winter, and",
    "the barges came up it on high tides.",
    "The mill stood at the head of the creek for two",
    "hundred years and ground the grain of the valley",
    "farms on every tide, and the miller kept a ledger",
    "of every sack. Barges brought the sacks up the",
    "Model of the wheel and its sluice gate, made for the town school,",
    "1930s.",
    "Halden Town Museum, HTM 1961.4",
    "creek at high water and carried the flour away again.",
    "Part 2 The Stones",
    "The busiest months came after the harvest, when",
    "carts queued along the lane and the wheel turned",
    "through the night. In spring the stones were dressed",
    "again and the sluices mended before the grain came.",
]


def test_a_caption_set_wider_than_the_paragraph_it_cuts_is_a_caption_of_its_own() -> None:
    doc = _doc(WIDE_CAPTION)
    captions = [(" ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("Model of the wheel and its sluice gate, made for the town school, 1930s.", "Halden Town Museum, HTM 1961.4")]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[1].startswith("The mill stood") and paragraphs[1].endswith("flour away again.")


def test_a_run_widening_inside_is_no_one_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.lines import split_lines
    from vitrina.structure.plainlayout import PlainLayout

    lines = split_lines("\n".join(WIDE_CAPTION[3:9]) + "\n").lines
    assert PlainLayout._widens_inside(lines)  # the paragraph's lines, the caption's two (its short last one aside)
    assert not PlainLayout._widens_inside(lines[:4])  # one measure
    monkeypatch.setitem(PLAIN_LIMITS, "widens_inside", 0)
    assert not PlainLayout._widens_inside(lines)


# ---------------------------------------------------------------- a compound's first part would have fitted

COMPOUND = [
    "Part 1 The Wheel",
    "The mill stood at the head of the creek for two",
    "hundred years and ground the grain of the valley",
    "farms on every tide, and the miller kept a ledger",
    "of each sack that left his door.",
    "Jean-Baptiste Marr, his son, took the mill over",
    "in 1851 and built the second wheel beside it.",
    "Part 2 The Stones",
    *BODY[5:],
]


def test_a_line_ending_a_sentence_where_a_compounds_first_part_fits_ends_the_paragraph() -> None:
    paragraphs = [text for kind, text in _blocks(COMPOUND) if kind == "paragraph"]
    assert paragraphs[0].endswith("left his door.")
    assert paragraphs[1].startswith("Jean-Baptiste Marr")


def test_without_the_switch_the_compound_whole_keeps_the_paragraph_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "compound_parts", 0)
    paragraphs = [text for kind, text in _blocks(COMPOUND) if kind == "paragraph"]
    assert paragraphs[0].endswith("beside it.")


# ---------------------------------------------------------------- a running line read twice in a row

DOUBLED = [
    "Opening times are posted at the quay; the mill is closed in January.",
    "Creekside Mill · Trades of the River",
    "Creekside Mill · Trades of the River",
    *BODY,
]


def test_an_imprint_line_read_twice_in_a_row_is_running() -> None:
    doc = _doc(DOUBLED)
    assert "Trades of the River" not in doc.text


def test_without_the_switch_the_doubled_line_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ECHO_SWITCHES, "doubled_imprints", 0)
    assert "Trades of the River" in _doc(DOUBLED).text


# ---------------------------------------------------------------- a caption glued to a labelled heading

GLUED_HEAD = [
    *BODY[:4],
    "Part 2 The Stones Opposite: A millstone",
    "dressed with its furrows, 1880s.",
    "Lent by the Halden Mill Trust, HMT",
    "41",
    *BODY[5:],
]


def test_a_caption_glued_to_a_labelled_heading_is_parted_and_its_number_wraps() -> None:
    doc = _doc(GLUED_HEAD)
    assert [(s.label, s.title) for s in doc.sections][-1] == ("2", "The Stones")
    captions = [(b.position, " ".join(doc.text[b.start : b.end].split()), b.credit)
                for b in doc.blocks if b.kind == "caption"]
    assert captions == [("Opposite", "A millstone dressed with its furrows, 1880s.",
                         "Lent by the Halden Mill Trust, HMT 41")]


def test_without_the_switch_the_heading_keeps_the_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "glued_position_labels", 0)
    assert [s.title for s in _doc(GLUED_HEAD).sections][-1] != "The Stones"


def test_a_register_in_two_parts_wraps_its_number() -> None:
    assert register_number_wraps("Halden Mill Library, HML Ms", "9")
    assert register_number_wraps("Halden Mill Trust, HMT", "41")
    assert not register_number_wraps("Halden Mill Library HML Ms", "9")  # no holder's comma
    assert not register_number_wraps("and the mill was sold, in the year", "9")


# ---------------------------------------------------------------- a table of dates

DATES = [
    *BODY,
    "Mill Days",
    "1794 The First Wheel",
    "1812 The Flood",
    "1851 The Second Wheel",
    "1902 The Last Barge",
    "The Millers",
    "The miller's family kept the mill for four generations, and the last of them",
    "sold it to the trust that opened it to visitors after the war.",
]


def test_dated_lines_one_after_another_are_a_table_no_sections() -> None:
    doc = _doc(DATES)
    titles = [s.title for s in doc.sections]
    assert "The Millers" in titles
    assert not any(t in titles for t in ("The First Wheel", "The Flood", "The Second Wheel", "The Last Barge"))


def test_without_the_switch_the_dates_head_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "dated_rows", 0)
    assert "The Flood" in [s.title for s in _doc(DATES).sections]


# ---------------------------------------------------------------- margin notes glued to body lines

SIDENOTES = [
    "Part 1 The Wheel",
    "The mill stood at the head of the creek for two hundred years",
    "and ground the grain of the valley farms. The millwright J. Hale2",
    "rebuilt the wheel in iron in about 1840 and set 2 Hale built or mended",
    "some forty mills along",
    "the south coast.",
    "new stones in the old frame, and the barges came up on every tide.",
    "Part 2 The Stones",
    "The busiest months came after the harvest, when carts queued along",
    "the lane and the wheel turned through the night. It was driven by a",
    "turbine of iron,1 and the water was led in along a new leat that ran",
    "beside the lane to the mill 1 The turbine came from",
    "a works in Leeds and was",
    "first set to run in May.",
    "sluice. In spring the stones were dressed again and the sluices",
    "mended before the new grain came in from the fields of the valley.",
]


def test_margin_notes_glued_to_body_lines_are_notes_and_the_paragraphs_whole() -> None:
    paragraphs = [text for kind, text in _blocks(SIDENOTES) if kind == "paragraph"]
    assert paragraphs[0] == ("The mill stood at the head of the creek for two hundred years and ground the grain of "
                             "the valley farms. The millwright J. Hale rebuilt the wheel in iron in about 1840 and set "
                             "new stones in the old frame, and the barges came up on every tide.")
    assert paragraphs[1].endswith("beside the lane to the mill sluice. In spring the stones were dressed again and "
                                  "the sluices mended before the new grain came in from the fields of the valley.")
    assert not any("forty mills" in text for text in paragraphs[:2])


@pytest.mark.parametrize("switch", ["glued_sidenotes"])
def test_without_the_cut_the_notes_stay_in_the_text(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, switch, 0)
    paragraphs = [text for kind, text in _blocks(SIDENOTES) if kind == "paragraph"]
    assert any("forty mills" in text for text in paragraphs[:2])


def test_without_mid_sentence_notes_the_calls_stay_and_no_note_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.footnotes import NOTE_LIMITS

    assert "Hale2" not in _doc(SIDENOTES).text
    monkeypatch.setitem(NOTE_LIMITS, "notes_mid_sentence", 0)
    assert "Hale2" in _doc(SIDENOTES).text


PAGE_END_NOTE = [
    "The busiest months came after the harvest, when carts queued along",
    "the lane and the wheel turned through the night. It was driven by a",
    "turbine of iron,1 and the water was led in along a new leat that ran",
    "beside the lane to the mill",
    "1 The turbine came from a works in Leeds.",
    "sluice. In spring the stones were dressed again and the sluices",
    "mended before the new grain came in from the fields of the valley.",
]


def test_a_note_the_text_resumes_after_is_no_page_closing_note_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.footnotes import NOTE_LIMITS, plain_footnotes
    from vitrina.structure.lines import split_lines

    lines = split_lines("\n".join(PAGE_END_NOTE) + "\n\f").lines
    assert not plain_footnotes(lines) & {4, 5, 6}
    monkeypatch.setitem(NOTE_LIMITS, "tail_text_resumes", 0)
    assert {5, 6} <= plain_footnotes(lines)
