"""The document builder: block text read back while the document grows."""

from __future__ import annotations

from vitrina.model import DocumentBuilder, Piece, SourceRef


def test_text_of_reads_each_block_from_its_own_pieces() -> None:
    builder = DocumentBuilder("d", "d.txt", "text")
    blocks = []
    for n in range(30):
        builder.section(None, f"Room {n}")
        pieces = [Piece("The kiln ", SourceRef(0, 9, 1)), Piece("", None), Piece(f"fired {n} times.", None)]
        blocks.append(builder.block("paragraph", pieces))
    blocks.append(builder.block("paragraph", ""))
    text = builder.build().text
    assert [builder.text_of(block) for block in blocks] == [text[b.start : b.end] for b in blocks]
    assert builder.text_of(blocks[7]) == "The kiln fired 7 times."
    assert builder.text_of(blocks[-1]) == ""
    assert builder.build().sections[3].title == "Room 3"
