"""Raw text of a newspaper page: a deck set wider than the columns, the first line of a
picture's caption glued by the extraction to the deck's last line (the same baseline),
and a caption found by its credit that does not swallow a paragraph set wider than the
page's usual line. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import unglued

PAGE = [
    "The Salt Road:",
    "Carts and Barges on the Estuary",
    "For two hundred years the salt of the coastal pans came up",
    "the river to the market towns by cart and later by barge,",
    "and the towns grew rich on its tolls. A loaded barge waiting at the weir above the old",
    "ferry, about 1890.",
    "Photo: Ada Marr / Dene Valley Archive",
    "Tolls at Every Bridge",
    "The carters paid a toll at every",
    "bridge on the way, which made salt",
    "dearer with every mile it went",
    "inland, and the tolls were fixed by",
    "each town's council in the spring.",
    "A barge carried as much salt as",
    "forty carts and needed a crew of",
    "only three men, who slept aboard.",
]


def test_a_caption_glued_to_a_deck_line_is_split_off() -> None:
    lines = unglued(split_lines("\n".join(PAGE) + "\n").lines)
    texts = [line.text for line in lines]
    assert "and the towns grew rich on its tolls." in texts
    assert "A loaded barge waiting at the weir above the old" in texts
    assert [line.index for line in lines] == list(range(len(lines)))


def test_the_deck_and_the_caption_are_read_apart() -> None:
    doc = rebuild("\n".join(PAGE) + "\n", "salt", "salt.txt", "text")
    captions = [(" ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("A loaded barge waiting at the weir above the old ferry, about 1890.",
                         "Photo: Ada Marr / Dene Valley Archive")]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].endswith("grew rich on its tolls.")


def test_a_long_line_after_a_finished_sentence_is_not_cut() -> None:
    page = [*PAGE[:2], "and the towns on the road grew rich.", PAGE[4], *PAGE[5:]]
    lines = unglued(split_lines("\n".join(page) + "\n").lines)
    assert PAGE[4] in [line.text for line in lines]


def test_a_paragraph_set_wider_than_the_columns_ends_before_a_caption() -> None:
    page = [
        "The Salt Road:",
        "Carts and Barges on the Estuary",
        "For two hundred years the salt of the coastal pans came up",
        "the river to the market towns by cart and later by barge,",
        "and the towns grew rich on the tolls.",
        "A loaded barge waiting at the weir.",
        "Photo: Ada Marr / Dene Valley Archive",
        *PAGE[7:],
        *PAGE[8:][::-1],
    ]
    doc = rebuild("\n".join(page) + "\n", "salt", "salt.txt", "text")
    captions = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "caption"]
    assert captions == ["A loaded barge waiting at the weir."]
