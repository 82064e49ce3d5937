"""Plain text extracted from a PDF, round 12: lines set turned (printed one word a line)
joined back, and captions opening with a picture's number ("Fig. 2", "Figure 1.1.").
Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.captions import figure_lead
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import turned_lines_joined

BODY = [
    "The tide mill on the creek ground corn for three parishes, and its pond",
    "filled twice a day through a gate that shut as the water began to fall.",
    "The miller kept a ledger of every sack, and the ledger survives in the",
    "county archive, bound in calf with the mill's name on the spine.",
]
MORE = [
    "When the railway reached the town the mill lost its trade to the steam",
    "mills of the port, and the wheel stood still after a last harvest in the",
    "autumn of a dry year, when the pond had silted up to half its depth.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n", "mill", "mill.txt", "text")


def _blocks(doc, kind: str) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == kind]


def test_turned_title_band_is_one_title() -> None:
    title = "The Tide Mill of Saltmarsh Creek, 1790–1902"
    doc = _doc([*title.split(), *BODY, *MORE])
    assert doc.sections[0].title == title
    assert len(doc.sections) == 1


def test_turned_caption_and_credit_are_cut_at_the_sentence_end_and_the_lead() -> None:
    turned = ["The", "millstone,", "dressed", "by", "hand.", "Photo:", "Ada", "Quill", "/", "Creek", "Mill", "Trust"]
    lines = split_lines("\n".join([*BODY, *turned, *MORE]) + "\n").lines
    joined = [ln.text for ln in turned_lines_joined(lines)]
    assert "The millstone, dressed by hand." in joined
    assert "Photo: Ada Quill / Creek Mill Trust" in joined
    assert len(joined) == len(BODY) + len(MORE) + 2


def test_joined_line_keeps_its_words_at_their_offsets() -> None:
    text = "\n".join([*BODY, *["Sluice", "gate", "of", "the", "pond"], *MORE]) + "\n"
    lines = turned_lines_joined(split_lines(text).lines)
    joined = next(ln for ln in lines if ln.text == "Sluice gate of the pond")
    assert all(text[offset : offset + len(word)] == word for word, offset in joined.words)


def test_short_run_and_broken_words_stay_as_printed() -> None:
    lines = split_lines("\n".join([*BODY, "Room", "3", *MORE]) + "\n").lines
    assert [ln.text for ln in turned_lines_joined(lines)] == [ln.text for ln in lines]
    broken = split_lines("\n".join([*BODY, "mill-", "wright-", "ing", *MORE]) + "\n").lines
    assert [ln.text for ln in turned_lines_joined(broken)] == [ln.text for ln in broken]


def test_figure_number_opens_a_caption_closed_by_its_credit() -> None:
    doc = _doc([
        *BODY,
        "Fig. 3 The wheel pit after the flood of 1881, seen from the",
        "sluice.",
        "Courtesy of the Creek Mill Trust",
        "Repairs to the Wheel",
        *MORE,
    ])
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert _blocks(doc, "caption") == ["Fig. 3 The wheel pit after the flood of 1881, seen from the sluice."]
    assert captions[0].credit == "Courtesy of the Creek Mill Trust"
    assert [s.title for s in doc.sections][-1] == "Repairs to the Wheel"


def test_figure_lead_needs_a_number_and_a_capital() -> None:
    assert figure_lead("Figure 1.1. The mill pond in winter.")
    assert figure_lead("Plate IV: The miller's ledger.")
    assert not figure_lead("Figure 2 shows the mill pond in winter.")
    assert not figure_lead("Figures for the harvest were kept.")
    assert not figure_lead("figure 2 The pond")


def test_numbered_captions_in_a_row_are_each_their_own() -> None:
    doc = _doc([
        *BODY,
        "Fig. 1 The pond gate at low water.",
        "Fig. 2 The miller's ledger, open at the harvest of 1850.",
        "Fig. 3 The wheel after its last repair.",
        *MORE,
    ])
    assert _blocks(doc, "caption") == [
        "Fig. 1 The pond gate at low water.",
        "Fig. 2 The miller's ledger, open at the harvest of 1850.",
        "Fig. 3 The wheel after its last repair.",
    ]


def test_turned_caption_before_its_turned_credit_is_a_caption() -> None:
    turned = ["The", "millstone,", "dressed", "by", "hand.", "Photo:", "Ada", "Quill", "/", "Creek", "Mill", "Trust"]
    doc = _doc(["The Tide Mill", *BODY, *turned, *MORE])
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert _blocks(doc, "caption") == ["The millstone, dressed by hand."]
    assert captions[0].credit == "Photo: Ada Quill / Creek Mill Trust"


def test_maker_and_holder_credit_may_be_long_but_not_run_on() -> None:
    from vitrina.structure.captions import is_credit

    assert is_credit(["Photo:", "Ada", "Quill", "/", "Saltmarsh", "Creek", "Museum", "of", "Milling"], True)
    assert not is_credit(["Photo:", "Ada", "Quill", "/", "Creek", "Museum", "of", "Milling", "Repairs", "to", "the", "Wheel"], True)


def test_long_body_under_a_heading_is_no_caption_of_a_name_line_after_it() -> None:
    doc = _doc([
        "The Tide Mill",
        *BODY,
        "Repairs to the Wheel",
        "The millwright came from the port each spring to mend the paddles and",
        "to dress the stones, which wore down by a finger's width in a season of",
        "grinding, and he stayed at the mill house for as long as the work lasted,",
        "sleeping in the loft over the sack room and eating at the miller's table,",
        "until the wheel turned true again and the stones ground the flour fine,",
        "and his bill was paid out of the money the harvest brought in that year.",
        "Creek Mill Trust",
    ])
    assert not _blocks(doc, "caption")
    assert any(p.startswith("The millwright came from the port") for p in _blocks(doc, "paragraph"))


def test_location_line_after_a_turned_title_band_is_running() -> None:
    title = "The Tide Mill of Saltmarsh Creek"
    text = "\n".join([*title.split(), "Room 4 · Milling Hall", *BODY, *MORE]) + "\n\f"
    doc = rebuild(text, "mill", "mill.txt", "text")
    assert doc.sections[0].title == title
    assert all("Milling Hall" not in doc.text[b.start : b.end] for b in doc.blocks)
    assert [s.title for s in doc.sections] == [title]


def test_a_text_of_one_word_repeated_line_after_line_is_laid_out() -> None:
    """Six or more one-word lines are a turned run joined into a single line: a text of one
    line (no kicker or title can follow it), which once read past its end."""
    for word, count in (("Shelf", 6), ("Ledger", 9), ("Tide", 100)):
        doc = _doc([word] * count)
        assert " ".join(doc.text.split()) == " ".join([word] * count)


def test_one_line_texts_of_every_short_kind_are_laid_out() -> None:
    """A lone line of any kind a heading rule looks at (a year, a label, a kicker, capitals)
    is laid out with no rule reading past the text's end."""
    for line in ("1911", "Case 4", "Stop 3", "WEST GALLERY", "The Pump House", "Before", "3 May 1902"):
        doc = _doc([line])
        assert line in doc.text
