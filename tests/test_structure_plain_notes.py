"""Raw text whose raised note numbers the extraction printed on lines of their own: the
calls in the body and the numbers over the notes at the page's foot. Every text is
invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import is_jump_line

PAGE = [
    "Salt and the River Towns",
    "The salt road ran from the coastal pans to the river towns, and carters paid a toll at",
    "every bridge on the way, which made salt dearer with every mile it travelled inland.",
    "The tolls were fixed by each town's council.",
    "1",
    "Merchants who could",
    "afford it sent their salt by barge instead, a slower journey but one that paid no tolls",
    "at all until the barges reached the great weir above the old ferry crossing.",
    "A barge carried as much salt as forty carts and needed only a crew of three men, who",
    "slept aboard and cooked on a brazier set on the deck behind the mast.",
    "2",
    "By the end of the",
    "century most of the trade had moved to the water and the carters had turned to hauling",
    "timber and stone for the new mills that were built along the riverbanks.",
    "1",
    "The rates are given in a ledger kept by the bridge wardens of one town.",
    "2",
    "Some carters kept their wagons for the short run between the quay and the market.",
    "River Towns Gallery 4",
]


def _parts(doc) -> tuple[list[str], list[str]]:
    """The body's paragraphs and the closing "Notes" section's."""
    notes = doc.sections[-1].id if doc.sections and doc.sections[-1].title == "Notes" else None
    texts = [(b.section == notes, doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "paragraph"]
    return [t for noted, t in texts if not noted], [t for noted, t in texts if noted]


def _paragraphs() -> list[str]:
    return _parts(rebuild("\n".join(PAGE) + "\n", "salt", "salt.txt", "text"))[0]


def test_lone_note_calls_leave_the_line_they_split_whole() -> None:
    paragraphs = _paragraphs()
    assert any("town's council. Merchants who could afford it sent" in p for p in paragraphs)
    assert any("behind the mast. By the end of the century" in p for p in paragraphs)


def test_notes_numbered_on_lines_of_their_own_close_the_text_without_their_numbers() -> None:
    paragraphs, notes = _parts(rebuild("\n".join(PAGE) + "\n", "salt", "salt.txt", "text"))
    assert not any("ledger kept by the bridge wardens" in p for p in paragraphs)
    assert not any(p.strip() in {"1", "2"} for p in paragraphs + notes)
    assert notes == ["The rates are given in a ledger kept by the bridge wardens of one town.",
                     "Some carters kept their wagons for the short run between the quay and the market."]


GLUED = [
    "The Ferry at the Narrows",
    "The ferry crossed the narrows twice an hour and carried carts, cattle and the mail",
    "between the two market towns on either bank of the estuary, where the tide ran hard,1",
    "so the ferrymen waited for slack water before they set out with a heavy load from",
    "the slipway below the inn. The boat was rowed by four men with long sweeps2",
    ". Its deck was 3.2 metres wide and CO2 from the lime kilns drifted over the water.",
    "1 The tide tables of the harbour office give the times for every day of the year.",
    "2 One sweep survives in the parish church.",
]


def test_note_calls_glued_to_words_leave_the_text() -> None:
    doc = rebuild("\n".join(GLUED) + "\n", "ferry", "ferry.txt", "text")
    (paragraph,), notes = _parts(doc)
    assert "the tide ran hard, so the ferrymen" in paragraph
    assert "with long sweeps. Its deck was 3.2 metres wide and CO2 from" in paragraph
    assert notes == ["The tide tables of the harbour office give the times for every day of the year.",
                     "One sweep survives in the parish church."]


JUMP = [
    "Harbour Wall to Be Rebuilt",
    "The council voted last night to rebuild the old harbour wall, which was breached in",
    "the winter storms and has since let the spring tides flood the fish market twice. The",
    "work will begin in the summer and is expected to take two years, during which the",
    "Continued on page 4",
    "Continued from page 1",
    "boats will moor at the new pontoon beside the lifeboat station.",
]


def test_jump_lines_are_no_text_and_the_paragraph_runs_across_them() -> None:
    doc = rebuild("\n".join(JUMP) + "\n", "wall", "wall.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Continued" not in doc.text
    assert any("during which the boats will moor at the new pontoon" in p for p in paragraphs)


def test_jump_lines_pointed_by_arrows_are_no_text() -> None:
    pointed = [line.replace("Continued on page 4", "Continued on page 4 \u25b8").replace(
        "Continued from page 1", "\u25c2 Continued from page 1") for line in JUMP]
    doc = rebuild("\n".join(pointed) + "\n", "wall", "wall.txt", "text")
    assert "Continued" not in doc.text
    assert not is_jump_line("The page 4 \u25b8") and not is_jump_line("Continued on the wall \u25b8")


def test_unit_labels_counting_at_page_tops_are_section_labels_not_running_lines() -> None:
    def body(topic: str) -> list[str]:
        return [
            f"The {topic} stood at the heart of the salt trade, and every carter on the road knew it",
            f"well, for the {topic} set the pace of the whole journey from the pans to the towns.",
            f"Old accounts of the {topic} survive in the council's books and in a few letters.",
        ]

    pages = [["Page 1", "Salt and the River Towns", *body("coast")],
             ["Page 2", "Room 1", "The Bridges", *body("bridge")],
             ["Page 3", "Room 2", "The Barges", *body("barge")]]
    text = "\f".join("\n".join(page) + "\n" for page in pages)
    doc = rebuild(text, "salt", "salt.txt", "text")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("1", "The Bridges"), ("2", "The Barges")]


SIDENOTED = [
    "The Beacon Keepers",
    "The keepers lit the beacon on the headland at dusk on every night of the",
    "year, and kept a book of the ships that passed the point.3",
    "3 The book is now kept in the county record office at Wells.",
    "When a storm came they rang the bell and lit a second fire on the shingle,2",
    "2 The bell was recast in 1822 after it cracked in",
    "a hard frost.",
    "so that the fishing boats could find the harbour mouth in the dark.",
    "The beacon burned until the lighthouse was built on the point in 1860.",
]


def test_sidenotes_printed_inside_the_text_are_apparatus_and_the_text_reads_on() -> None:
    from vitrina.structure.footnotes import plain_sidenotes
    from vitrina.structure.lines import split_lines

    lines = split_lines("\n".join(SIDENOTED) + "\n").lines
    assert plain_sidenotes(lines) == {3, 5, 6}
    doc = rebuild("\n".join(SIDENOTED) + "\n", "beacon", "beacon.txt", "text")
    paragraphs, notes = _parts(doc)
    assert notes == ["The book is now kept in the county record office at Wells.",
                     "The bell was recast in 1822 after it cracked in a hard frost."]
    assert not any("record office" in p or "recast" in p for p in paragraphs)
    assert any("on the shingle, so that the fishing boats" in p for p in paragraphs)
    assert "point.3" not in doc.text and "shingle,2" not in doc.text  # the calls go with their notes
    assert paragraphs[-1].endswith("built on the point in 1860.")  # the text after a note is no footnote


def test_a_numbered_line_after_a_glued_number_that_reads_as_a_heading_is_no_sidenote() -> None:
    from vitrina.structure.footnotes import plain_sidenotes
    from vitrina.structure.lines import split_lines

    text = "The fleet sailed in the spring of 1802\n2 The Return Voyage\nThe ships came home in the autumn.\n"
    assert plain_sidenotes(split_lines(text).lines) == set()


CLOSING = [
    "The Mill on the Weir",
    "The first mill on the weir was built for the abbey, and its wheel is named in a rent roll",
    "of the year 1388.1 By then the miller paid his rent in flour, and the abbey's bakers took a",
    "share of every sack that left the mill. The wheel was 4.5 metres across, and a second",
    "wheel was added when the mill was rebuilt in stone after the great flood of 1611.2 The",
    "new mill ground for three parishes until the railway brought cheaper flour from the",
    "port towns in the last years of the nineteenth century.",
    "1The roll is kept with the abbey's other papers in the county record office.",
    "2The flood is remembered by a mark cut into the wall of the church tower.",
]


def test_note_calls_after_a_year_and_numbers_glued_to_their_notes_leave_the_text() -> None:
    # a call after a figure's full stop ("1388.1 By") is cut where a sentence opens after it;
    # a decimal ("4.5 metres") is kept; notes whose number is glued to their first word close the text
    paragraphs, notes = _parts(rebuild("\n".join(CLOSING) + "\n", "mill", "mill.txt", "text"))
    assert len(paragraphs) == 1
    assert "in a rent roll of the year 1388. By then the miller" in paragraphs[0]
    assert "after the great flood of 1611. The new mill" in paragraphs[0]
    assert "The wheel was 4.5 metres across" in paragraphs[0]
    assert notes == ["The roll is kept with the abbey's other papers in the county record office.",
                     "The flood is remembered by a mark cut into the wall of the church tower."]
