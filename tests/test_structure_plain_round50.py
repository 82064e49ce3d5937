"""Raw-text reader, round 50 (struct): a spread's running heads and folios read as lines, a caption
key under a title of a few words, credits known by their accession numbers, a position label glued to
its caption, a letter label before a title opening with that letter, a dated time strip (invented text)."""

from __future__ import annotations

import pytest

from vitrina.ingest import reader_for
from vitrina.structure import lines, plainlayout
from vitrina.structure.captions import match_label

SPREAD = """The Salt Marsh Hall The Salt Marsh Hall
12 13
Boiling the Brine
The Salt Works of the Wash, 1790
For two centuries the villages along the marsh made salt from the sea by boiling
brine in shallow iron pans, and the carts took it inland to every market town.
PAN 1 The Brine Wells
The workers dug wells into the mud of the marsh
where the tide left its salt behind, and they drew
the brine up in buckets every morning before the
sun grew hot.
1
The brine was carried in barrels to the sheds on
the bank, where it settled for a day before use.
PAN 2 The Boiling House
The pans were heated over fires of peat and turf
until the water had boiled away and the salt lay
white in the bottom, ready to be raked out.
2
The boilers worked through the night in summer,
and a good pan gave a cartload in a week.
PAN 3 The Carts
The salt was packed in sacks and taken along the
drove roads to the towns, where it kept meat and
fish through the winter months.
Pictures on these pages
1 A wooden scoop for raking salt, about
1800.
Lent by the Fenland Rural Society, FRS
12
2 A cake of marsh salt in its mould.
Holbeck Herbarium, HB 1790.3
Salt from the marsh was prized by
every cook in the county.
The Last Pan
The last pan on the marsh was put out in 1880, when salt from the mines of the west
became cheaper than anything the villages could boil, and the sheds fell down.
\f"""

CANAL = """The Summit Level
Cutting the Canal over the Hills, 1790
The canal company promised the mill towns a waterway over the hills, and it took the
navvies nine years of digging, blasting and puddling clay to keep that promise.
A A Cutting through the Ridge
The engineers chose a line that followed the contours of the valley for as long as
they could, and then drove a deep cutting straight through the ridge at the top.
The spoil was carried away in barrows along planks laid up the sides of the cutting,
and the men were paid by the yard of earth they moved each week.
Most of them lodged in huts beside the works and moved on
A clay puddling trough used to line the canal bed, about 1795.
Made in 1985 for the Upland Waterways
Trust, UWT 85.4
with the diggings as the cutting crept forward.
B The Locks
The flight of locks at the summit lifted boats more than sixty metres in a mile,
and each lock keeper lived in a cottage beside his gates.
Boats waited in a queue below the flight on market days,
Above:A lock keeper's windlass with its worn iron handle.
Carved by Ada Penrose, 1911; Upland
Waterways Trust, UWT 11.2
and the keepers worked from first light until long after dark.
C The Reservoirs
Water for the summit came from reservoirs high on the moor, filled by streams that
the company bought from the farmers, and the level was watched every day.
The keepers walked the feeders each morning to clear the leaves. In a dry summer
A boat waiting below the flight of locks, about 1890.
Dale
Canal
Archive,
DCA
1890
the summit ran low and boats had to wait for rain before they could cross.
1
1790
Work begins
2
1794
Summit cut through
3
1799
Canal opens
"""


def _read(text: str):  # noqa: ANN202 - a Document
    [doc] = reader_for("text")(text.encode(), "panel.txt")
    return doc


def _sections(text: str) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in _read(text).sections]


def _captions(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _read(text)
    return [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]


def _paragraphs(text: str) -> list[str]:
    doc = _read(text)
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_spreads_running_heads_and_folios_read_as_lines_are_no_title() -> None:
    assert _read(SPREAD).title == "Boiling the Brine The Salt Works of the Wash, 1790"


def test_without_spread_heads_they_open_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(lines.ECHO_SWITCHES, "spread_heads", 0)
    assert _read(SPREAD).title.startswith("The Salt Marsh Hall")


def test_headings_opening_with_a_unit_word_in_capitals_and_a_counted_number_are_labelled() -> None:
    assert _sections(SPREAD)[1:4] == [("PAN 1", "The Brine Wells"), ("PAN 2", "The Boiling House"),
                                      ("PAN 3", "The Carts")]


def test_a_caption_key_under_a_four_word_title_with_a_holder_named_by_its_number() -> None:
    assert _captions(SPREAD) == [
        ("A wooden scoop for raking salt, about 1800.", None, "Lent by the Fenland Rural Society, FRS 12"),
        ("A cake of marsh salt in its mould.", None, "Holbeck Herbarium, HB 1790.3"),
    ]
    assert "Salt from the marsh was prized by every cook in the county." in _paragraphs(SPREAD)
    assert _sections(SPREAD)[-1] == (None, "The Last Pan")


@pytest.mark.parametrize("switch", ["key_ends_notes", "accession_holders"])
def test_each_key_rule_off_loses_part_of_the_key(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, switch, 0)
    assert _captions(SPREAD) != [
        ("A wooden scoop for raking salt, about 1800.", None, "Lent by the Fenland Rural Society, FRS 12"),
        ("A cake of marsh salt in its mould.", None, "Holbeck Herbarium, HB 1790.3"),
    ] or _sections(SPREAD)[-1] != (None, "The Last Pan")


def test_a_position_label_glued_to_its_caption_is_read() -> None:
    assert match_label("Above:A windlass") == ("Above", 6)
    assert match_label("Above:AB 12") is None
    assert match_label("Above:a") is None


CANAL_CAPTIONS = [
    ("A clay puddling trough used to line the canal bed, about 1795.", None,
     "Made in 1985 for the Upland Waterways Trust, UWT 85.4"),
    ("A lock keeper's windlass with its worn iron handle.", "Above",
     "Carved by Ada Penrose, 1911; Upland Waterways Trust, UWT 11.2"),
    ("A boat waiting below the flight of locks, about 1890.", None, "Dale Canal Archive, DCA 1890"),
]


def test_inset_captions_with_credits_known_by_their_accession_numbers() -> None:
    assert _captions(CANAL) == CANAL_CAPTIONS
    paragraphs = _paragraphs(CANAL)
    assert ("Most of them lodged in huts beside the works and moved on with the diggings as the cutting crept"
            " forward.") in paragraphs
    assert ("The keepers walked the feeders each morning to clear the leaves. In a dry summer the summit ran low"
            " and boats had to wait for rain before they could cross.") in paragraphs


@pytest.mark.parametrize("switch", ["interrupting_credits", "turned_holder_credits", "turned_register_numbers"])
def test_each_credit_rule_off_loses_a_caption(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, switch, 0)
    assert _captions(CANAL) != CANAL_CAPTIONS


def test_a_letter_label_before_a_title_opening_with_that_letter() -> None:
    assert _sections(CANAL)[1] == ("A", "A Cutting through the Ridge")


def test_without_doubled_letter_labels_the_heading_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "doubled_letter_labels", 0)
    assert ("A", "A Cutting through the Ridge") not in _sections(CANAL)


def test_a_dated_time_strip_with_no_headings_after_it_is_held_out() -> None:
    doc = _read(CANAL)
    assert [s.title for s in doc.sections][-1] == "The Reservoirs"
    assert "Work begins" not in doc.text


def test_without_dated_bands_the_strip_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "dated_bands", 0)
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "year_strips", 0)  # (round 51's rule holds such a strip too)
    assert "Work begins" in _read(CANAL).text


NAMED_STRIP = CANAL.split("1\n1790\n")[0] + """1 Leeds Basin
May 1790
2 Summit Tunnel
June 1794
3 Liverpool Dock
October 1799
"""


def test_a_strip_numbering_its_stops_on_their_names_lines_is_held_out() -> None:
    doc = _read(NAMED_STRIP)
    assert [s.title for s in doc.sections][-1] == "The Reservoirs"
    assert "Summit Tunnel" not in doc.text


def test_without_dated_bands_the_named_strip_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "dated_bands", 0)
    assert "Summit Tunnel" in _read(NAMED_STRIP).text


SHED = """The Airship Shed
Building the Great Hangar, 1917
The hangar at the edge of the village was built for airships during the war, and for
years it was the largest building anyone in the county had ever seen from the road.
The Doors
The great doors ran on rails and took a team of men half an hour to open, so the
crews opened them only when a ship was ready to leave or the wind was quite still.
Left:
The
hangar
doors
open
for
a
launch
in
1921.
Photo:
Marsh
Aviation
Archive,
MAA
21/7
"The whole sky
seemed to move
when she came out."
A farmer, recorded 1975
The Last Flight
The last airship left the hangar in 1930, and the building has stood empty ever since,
kept by the parish as a landmark that can be seen for miles across the flat fields.
"""


def test_a_turned_credit_closes_the_caption_before_it() -> None:
    assert _captions(SHED) == [("The hangar doors open for a launch in 1921.", "Left",
                                "Photo: Marsh Aviation Archive, MAA 21/7")]


def test_without_turned_credit_closes_the_quote_runs_into_the_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "turned_credit_closes", 0)
    assert _captions(SHED) != [("The hangar doors open for a launch in 1921.", "Left",
                                "Photo: Marsh Aviation Archive, MAA 21/7")]


MEASURED = CANAL.split("1\n1790\n")[0] + """1
Leeds – Skipton
42 km
2
Skipton – Burnley
38 km
3
Burnley – Wigan
45 km
"""


def test_a_band_whose_stops_hold_distances_is_held_out() -> None:
    assert "Skipton" not in _read(MEASURED).text


def test_without_measured_bands_the_distances_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "measured_bands", 0)
    assert "Skipton" in _read(MEASURED).text


PARTICLE = CANAL.replace("Carved by Ada Penrose, 1911; Upland\nWaterways Trust, UWT 11.2\n",
                         "Lent by the Cercle Fluvial\nd'Avignon, CFA\n11.2\n")


def test_a_credit_going_on_in_lower_case_to_its_accession_number_under_an_inset_caption() -> None:
    captions = _captions(PARTICLE)
    assert captions[1] == ("A lock keeper's windlass with its worn iron handle.", "Above",
                           "Lent by the Cercle Fluvial d'Avignon, CFA 11.2")


def test_without_interrupting_credits_the_credits_rest_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "interrupting_credits", 0)
    assert _captions(PARTICLE)[1:2] != [("A lock keeper's windlass with its worn iron handle.", "Above",
                                         "Lent by the Cercle Fluvial d'Avignon, CFA 11.2")]


MARKED = CANAL.replace("Carved by Ada Penrose, 1911; Upland\nWaterways Trust, UWT 11.2\n",
                       "Upland Waterways Reading Room, inv. UW 11.2\n")


def test_one_credit_line_closed_by_a_catalogue_mark_and_number_under_an_inset_caption() -> None:
    assert _captions(MARKED)[1] == ("A lock keeper's windlass with its worn iron handle.", "Above",
                                    "Upland Waterways Reading Room, inv. UW 11.2")


def test_without_marked_numbers_that_line_is_no_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    # a one-line credit over a paragraph going on in lower case is also read by its own rule (round 50
    # structset64, ``open_text_credit_words``): with both off, the line closed by its mark is no credit
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "open_text_credit_words", 0)
    assert _captions(MARKED)[1][2] == "Upland Waterways Reading Room, inv. UW 11.2"
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "marked_numbers", 0)
    assert _captions(MARKED)[1][2] != "Upland Waterways Reading Room, inv. UW 11.2"
