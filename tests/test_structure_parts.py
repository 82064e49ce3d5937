"""A very large document is cut into parts that still lead back to the input."""

from __future__ import annotations

import random
from dataclasses import replace

from vitrina.model import Figure, Markup
from vitrina.structure import rebuild
from vitrina.structure.parts import cut_points, split_large

NAMES = ["Osric Vellacott", "Runa Kerr", "Piet Strand", "Lena Oduya"]


def long_text(paragraphs: int) -> str:
    """Invented paragraphs of one to three dated sentences each, under a title."""
    rng = random.Random(1)
    return "The Keepers of Marrow Point\n\n" + "\n\n".join(
        " ".join(f"In {1850 + k + j} {rng.choice(NAMES)} kept the light at Marrow Point for "
                 f"{rng.randint(2, 40)} weeks." for j in range(rng.randint(1, 3)))
        for k in range(paragraphs)) + "\n"


def test_a_short_document_is_left_whole() -> None:
    doc = rebuild(long_text(3), "keepers", "keepers.txt", "text")
    assert split_large(doc, part_chars=len(doc.text)) == [doc]


def test_parts_cover_the_text_at_block_starts_and_map_back_to_the_source() -> None:
    text = long_text(60)
    doc = rebuild(text, "keepers", "keepers.txt", "text")
    parts = split_large(doc, part_chars=2_000)
    assert len(parts) > 3
    assert "".join(p.text for p in parts) == doc.text
    assert max(len(p.text) for p in parts) <= 2_000
    assert min(len(p.text) for p in parts) > 2_000 * 0.9 * 0.5  # about even, no scrap at the end
    block_starts = {b.start for b in doc.blocks}
    offset = 0
    for k, part in enumerate(parts, 1):
        assert part.id == f"keepers-part-{k}" and part.title.endswith(f"(part {k} of {len(parts)})")
        assert offset == 0 or offset in block_starts  # cut where a block starts
        for block in part.blocks:
            assert 0 <= block.start < block.end <= len(part.text)
            located = part.source_map.locate(block.start, block.end)
            assert located is not None
            assert text[located.start:located.end].split() == part.text[block.start:block.end].split()
            assert located.line == text[:located.start].count("\n") + 1
        offset += len(part.text)


def test_one_block_longer_than_a_part_is_cut_at_a_space() -> None:
    words = " ".join(f"lamp{k}" for k in range(2_000))  # one paragraph, no line break
    doc = rebuild(words + "\n", "lamps", "lamps.txt", "text")
    parts = split_large(doc, part_chars=3_000)
    assert "".join(p.text for p in parts) == doc.text
    assert all(len(p.text) <= 3_000 for p in parts)
    assert all(p.text.endswith(" ") for p in parts[:-1])  # never inside a word
    for part in parts:  # the block is clipped to each part
        assert [(b.start, b.end) for b in part.blocks] == [(0, len(part.text.rstrip()))] \
            or part.blocks[0].start == 0


def test_markup_and_figures_go_with_their_part() -> None:
    doc = rebuild(long_text(40), "keepers", "keepers.txt", "text")
    last = doc.blocks[-1]
    marks = tuple(Markup("person", b.start + 8, b.start + 8 + len(doc.text[b.start + 8:b.end].split(" kept")[0]))
                  for b in doc.blocks[1:])
    doc = replace(doc, markup=marks, figures=(Figure("fig-1", caption=last.id), Figure("fig-2")))
    parts = split_large(doc, part_chars=1_500)
    assert sum(len(p.markup) for p in parts) == len(marks)
    assert all(p.text[m.start:m.end] in NAMES for p in parts for m in p.markup)
    assert [f.id for f in parts[-1].figures] == ["fig-1"] and [f.id for f in parts[0].figures] == ["fig-2"]


def test_cut_points_fall_back_to_the_window_end_in_a_run_without_spaces() -> None:
    cuts = cut_points("x" * 10_000, [], 3_000)
    assert cuts[0] == 0 and cuts[-1] == 10_000
    assert all(0 < b - a <= 3_000 for a, b in zip(cuts, cuts[1:], strict=False))
