"""Raw text, round 46 (structraw): a page the extraction wrote one word a line (a panel set upside
down or turned), where every line is short, so no line's length tells a heading or a caption's end
(``PLAIN_LIMITS["word_page_run"]``, ``["word_caption_words"]``). Every text is invented; each test
fails with its switch off."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

# page 1, set the right way up: ordinary lines
FRONT = [
    "The Harbour Light",
    "A Lamp on the Rocks, 1851",
    "For forty years the keepers of the harbour light kept a lamp burning on",
    "the rocks at the mouth of the bay, in every weather and every season.",
]
# page 2, upside down: one word a line, a word broken at a hyphen as it was set (so the run is
# no turned line to join back, ``turned_lines_joined``)
TURNED_TEXT = (
    "A The First Tower "
    "The first tower was built of timber on a base of stone, and the sea took it in its sec- ond winter. "
    "Tom Kettleborough, the engineer, then chose granite from the quarry across the bay. "
    "The new tower rose through three summers and was lit at the end of the third. "
    "Right: "
    "The lamp room of the stone tower, drawn by a visiting engineer. "
    "Lent by the Bay Records Office, BRO 44.12 "
    "B The Keepers "
    "Three families kept the light in turn, each for a month at a time, and their log books survive. "
    "The last keeper left when the lamp was made to run by itself. "
    "They had kept the lamp alight through storms that put out every lamp of the town. "
    "PART THREE The Light Today "
    "The lamp still turns each night, run by a clock from the shore."
)
TURNED = TURNED_TEXT.split()


# the same page's panel set the right way up after it: ordinary lines again
BOX = [
    "Why Granite?",
    "Granite does not soak up the salt water that splits softer stone when it freezes in",
    "the cracks, and its blocks can be cut to lock into one another, course by course,",
    "so that the waves cannot lift a single stone out of the wall once it is set.",
    "The quarry across the bay gave stone of an even grain that the masons could dress",
    "on the spot before it was carried over the water on flat barges in calm weather.",
]


def _doc(box: bool = False):
    text = "\n".join(FRONT) + "\n\f" + "\n".join(TURNED + (BOX if box else [])) + "\n"
    return rebuild(text, "light", "light.txt", "text")


def _sections() -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in _doc().sections]


def _captions() -> list[tuple[str, str | None, str | None]]:
    doc = _doc()
    return [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]


def test_the_run_holds_no_heading_of_a_name_opening_a_sentence() -> None:
    assert len(TURNED) >= PLAIN_LIMITS["word_page_run"]
    assert _sections() == [
        (None, "The Harbour Light A Lamp on the Rocks, 1851"),
        ("A", "The First Tower"),  # labelled headings still open sections
        ("B", "The Keepers"),  # (the lone "B" no drop cap of a word below)
        ("Three", "The Light Today"),  # unit word and number printed on two lines
    ]


def test_without_the_rule_the_name_heads_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "word_page_run", 0)
    assert any(title == "Tom" for _, title in _sections())


def test_a_caption_labelled_alone_runs_to_its_sentence_end_and_credit() -> None:
    assert _captions() == [
        ("The lamp room of the stone tower, drawn by a visiting engineer.", "Right",
         "Lent by the Bay Records Office, BRO 44.12"),
    ]


def test_without_the_rule_the_caption_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "word_caption_words", 0)
    assert _captions() != [
        ("The lamp room of the stone tower, drawn by a visiting engineer.", "Right",
         "Lent by the Bay Records Office, BRO 44.12"),
    ]


def test_lines_after_the_run_are_measured_without_it() -> None:
    doc = _doc(box=True)
    assert [s.title for s in doc.sections][-1] == "Why Granite?"


def test_without_the_rule_the_box_title_stays_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "word_page_run", 0)
    doc = _doc(box=True)
    assert "Why Granite?" not in [s.title for s in doc.sections]


def test_no_shape_rule_sets_a_caption_apart_on_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # whatever the rules reading a caption by its lines' shape would say, they are not asked there
    from vitrina.structure import plainlayout

    monkeypatch.setattr(plainlayout.PlainLayout, "_lone_line_caption", lambda self, i: True)
    page = " ".join(TURNED)

    def on_the_page() -> list[str]:
        return [text for text, position, _ in _captions() if position is None and text in page]

    assert on_the_page() == []
    monkeypatch.setitem(PLAIN_LIMITS, "word_page_run", 0)
    assert on_the_page() != []


def test_a_panel_set_the_right_way_up_after_the_page_opens_its_own_block() -> None:
    # the page's last sentence is left open (its end is printed elsewhere); the box after it is no part of it
    box = ["Stone from the Quarry", *BOX[1:]]  # (a title asking no question: no question's rule finds it)
    doc = rebuild("\n".join(FRONT) + "\n\f" + "\n".join([*TURNED[:-3], *box]) + "\n", "light", "light.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("run by a clock") for p in paragraphs)
    assert "Stone from the Quarry" in [s.title for s in doc.sections]
