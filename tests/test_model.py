"""The document builder: block text read back while the document grows."""

from __future__ import annotations

from vitrina.model import DocumentBuilder, Piece, SourceRef, visible_text


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


def test_escape_sequences_go_and_other_control_characters_become_spaces() -> None:
    assert visible_text("a\x1b[2Jb\x07c\x9b1md\te\nf\x7f") == "ab cd\te\nf "  # sequences go whole
    assert visible_text("bell\x07 \x00nul\x1b]0;title\x07!") == "bell   nul!"
    builder = DocumentBuilder("d", "d.txt", "text")
    builder.section("\x01", "Hall\x07 of \x9dMaps")
    builder.block("paragraph", [Piece("Ink\x1b[31m on", SourceRef(0, 11, 1))], position="left\x07",
                  credit="Lent by\x1b the mill")
    doc = builder.build(meta={"creator": "A\x1b[0m Clerk"})
    # an unterminated 8-bit OSC is a control character (a space), never a reason to lose the text after it
    assert doc.title == "Hall  of  Maps" and doc.sections[0].label == " "
    assert "Ink on" in doc.text and not any(ch in doc.text for ch in "\x1b\x07\x9b")
    paragraph = doc.blocks[-1]
    assert (paragraph.position, paragraph.credit) == ("left ", "Lent by the mill")  # a lone ESC goes
    assert dict(doc.meta)["creator"] == "A Clerk"


def test_an_entity_name_carries_no_bidi_override_from_its_source():
    from vitrina.model import Entity

    entity = Entity("person-x", "person", "Dana \u202eokis\u202c", aliases=("\u2067Okis",))
    assert entity.name == "Dana okis" and entity.aliases == ("Okis",)
    assert Entity("place-acre", "place", "עכו").name == "עכו"  # the script's own direction stays
