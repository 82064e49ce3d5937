"""Paragraph ends lost in plain text, found from the document's paragraph lengths
(vitrina.structure.paragraphs). Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.layout import Fragment
from vitrina.structure.lines import split_lines
from vitrina.structure.paragraphs import PARAGRAPH_LIMITS, split_long, usual_length

# Five paragraphs set at about 48 characters; the third one's last line fills the
# measure, so nothing in the line lengths says the fourth begins there.
PARAGRAPHS = [
    ["The glassworks stood at the end of a lane behind",
     "the market square. Its furnace burned day and",
     "night for most of the year, and the men who",
     "tended it worked in shifts."],
    ["Sand came by cart from a pit two miles to the",
     "south. It was washed in troughs beside the",
     "stream, dried on iron plates over the furnace",
     "flue and then sifted."],
    ["Each blower had a boy who carried the gathers of",
     "hot glass from the pot to the bench. The boys",
     "learned the trade by watching, and the best of",
     "them had their own bench within ten years."],
    ["Bottles were the staple of the works. Window",
     "glass was made only in winter, when the orders",
     "for bottles fell away and the furnace could be",
     "spared for them."],
    ["The works closed when a new railway brought",
     "cheaper bottles from the north. The furnace was",
     "pulled down, but the lane still bears the name",
     "of the trade."],
]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(["Glass in the Lane", *lines]) + "\n", "glass", "glass.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_paragraph_twice_the_usual_length_is_cut_at_its_sentence_end() -> None:
    found = _paragraphs([line for para in PARAGRAPHS for line in para])
    assert found == [" ".join(para) for para in PARAGRAPHS]


def test_no_cut_without_a_sentence_end_at_a_line_end() -> None:
    # the third and fourth paragraphs as one, its only line-end sentence stop removed
    long = [*PARAGRAPHS[2][:3], "them had their own bench within ten years, and",
            "bottles were the staple of the works. Window", *PARAGRAPHS[3][1:]]
    found = _paragraphs([*PARAGRAPHS[0], *PARAGRAPHS[1], *long, *PARAGRAPHS[4]])
    assert len(found) == 4 and found[2] == " ".join(long)


def test_paragraphs_of_even_length_are_left_whole() -> None:
    lines = [line for para in [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3], PARAGRAPHS[4]] for line in para]
    assert _paragraphs(lines) == [" ".join(p) for p in [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3], PARAGRAPHS[4]]]


def _fragments(paras: list[list[str]]) -> list[Fragment]:
    lines = split_lines("\n".join(line for para in paras for line in para) + "\n").lines
    out, at = [], 0
    for para in paras:
        out.append(Fragment("paragraph", list(lines[at : at + len(para)])))
        at += len(para)
    return out


def test_the_usual_length_needs_enough_prose_paragraphs() -> None:
    few = _fragments(PARAGRAPHS[: int(PARAGRAPH_LIMITS["min_paragraphs"]) - 1])
    assert usual_length(few) is None
    assert split_long(few) == few
    enough = _fragments(PARAGRAPHS)
    sizes = sorted(sum(len(line) + 1 for line in para) for para in PARAGRAPHS)
    assert usual_length(enough) == sizes[2]  # the median, in characters


def test_a_caption_set_into_a_cut_paragraph_goes_with_the_part_it_interrupted() -> None:
    frags = _fragments([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2] + PARAGRAPHS[3], PARAGRAPHS[4]])
    caption = _fragments([["A gather of glass on the end of a pipe."]])[0]
    caption.kind = "caption"
    caption.lines[0].index = frags[2].lines[5].index  # printed inside the fourth paragraph's lines
    frags[2].deferred = [caption]
    out = split_long(frags)
    assert [len(f.lines) for f in out if isinstance(f, Fragment)] == [4, 4, 4, 4, 4]
    assert out[2].deferred == [] and out[3].deferred == [caption]
