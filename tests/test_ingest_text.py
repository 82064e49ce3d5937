"""Plain-text reader: decoding, document id, format, structure."""

from __future__ import annotations

import pytest

from vitrina.ingest import text


def test_reads_utf8_text() -> None:
    data = b"Dear Tom,\n\nThe boats are back in the harbour.\n"
    (doc,) = text.read(data, "/data/In Box/000_Letter To.Tom.txt")
    assert doc.id == "000_letter-to-tom"
    assert doc.format == "text"
    assert doc.source == "/data/In Box/000_Letter To.Tom.txt"
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "Dear Tom,",
        "The boats are back in the harbour.",
    ]


def test_reads_cp1252_and_crlf() -> None:
    data = "The caf\xe9 opened in 1921.\r\n\r\nIt closed \x93for good\x94 in 1950.\r\n".encode(
        "latin-1"
    )
    (doc,) = text.read(data, "cafe.txt")
    assert doc.text == "The café opened in 1921.\n\nIt closed “for good” in 1950."
    loc = doc.source_map.locate(doc.text.index("It closed"))
    assert loc is not None and (loc.line, loc.column) == (3, 1)


def test_document_id_slug() -> None:
    assert text.document_id("x/000_beabee21081aa6a0.txt") == "000_beabee21081aa6a0"
    assert text.document_id("Ünïcode name!.txt") == "ünïcode-name"
    assert text.document_id("???.txt") == "document"


def test_a_file_named_in_another_script_keeps_its_letters_in_id_and_title(tmp_path) -> None:
    """Names in Cyrillic, CJK or Devanagari give ids and fallback titles of their own letters
    (with a Devanagari vowel sign's mark), not "document" for each."""
    from vitrina.ingest import read_path
    from vitrina.ingest._mapped import slugify

    assert text.document_id("архив/Дом 2.txt") == "дом-2"
    assert text.document_id("港の灯.txt") == "港の灯"
    assert slugify("कहानी") == "कहानी"
    assert slugify("Ünïcode -- name") == "ünïcode-name"
    for name in ("Дом.txt", "Мир.txt"):
        (tmp_path / name).write_text("The keeper lit the lamp at dusk and wrote the weather in the log.\n")
    titles = {doc.id: doc.title for name in ("Дом.txt", "Мир.txt") for doc in read_path(tmp_path / name)}
    assert titles == {"дом": "Дом", "мир": "Мир"}  # the title as the name is spelled, the id its slug


def test_a_letter_spaced_line_in_parts_is_read_as_words() -> None:
    data = "R I V E R G A L L E R Y · B A Y 7\nThe barges came up on the tide.\n".encode()
    (doc,) = text.read(data, "bay.txt")
    assert doc.text.startswith("RIVER GALLERY · BAY 7")
    assert "B A Y" not in doc.text


def test_a_spaced_line_parted_by_a_dot_operator_is_read_as_words() -> None:
    # a PDF's middle dot may map to the bullet or dot operator (U+2219, U+22C5)
    for dot in "\u2219\u22c5":
        data = f"M I L L H O U S E {dot} Y A R D 2\nThe carts waited by the gate.\n".encode()
        (doc,) = text.read(data, "yard.txt")
        assert doc.text.startswith(f"MILL HOUSE {dot} YARD 2")


def test_pages_that_only_repeat_one_line_keep_it_as_text() -> None:
    # page feeds between copies of one sentence: no body for a header to frame, so the lines are the text
    raw = "\f".join("The ferry crossed the sound twice a day in 1911.\n" for _ in range(4))
    (doc,) = text.read(raw.encode(), "/tmp/ferry.txt")
    assert doc.text.count("The ferry crossed the sound") == 4


def test_a_title_over_paragraphs_of_one_line_each_is_not_glued_to_the_first() -> None:
    paragraphs = [
        "The Lighthouse Keepers of 1890",
        "In May 1890 the keepers of the northern light rowed out to the rock with a month of oil and bread.",
        "\"The lamp never failed while we held it,\" wrote the head keeper.",
        "Photo: The rock at low tide, 1890. Courtesy of the Harbour Archive.",
        "The light was automated in 1962 and the keepers' cottage became a small museum.",
    ]
    (doc,) = text.read(("\n\n".join(paragraphs) + "\n").encode(), "/tmp/keepers.txt")
    assert doc.title == "The Lighthouse Keepers of 1890"
    first = next(b for b in doc.blocks if b.kind == "paragraph")
    assert doc.text[first.start : first.end].startswith("In May 1890")


def test_a_label_set_unspaced_before_a_letter_spaced_title_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = "II T h e O l d Q u a y\nThe water ran under the floor.\nIII B a r g e s , C a r t s a n d M e n\n"
    resolved = text.extraction_marks_resolved(raw)
    assert "II The Old Quay\n" in resolved
    assert "III Barges, Carts and Men\n" in resolved
    monkeypatch.setitem(text.SPACING_SWITCHES, "unspaced_labels", 0)
    assert text.extraction_marks_resolved(raw) == raw


@pytest.mark.parametrize("title", ["معرض الخرائط القديمة", "תערוכת המפות", "古地图展"])
def test_a_first_line_in_a_script_without_capitals_is_the_title(title: str) -> None:
    # no capital can mark such a title: its place and shortness do, as for a capitalised one
    data = f"{title}\n\nThe maps were drawn in Lisbon in 1502. They show the coast of Brazil.\n".encode()
    (doc,) = text.read(data, "/exhibit/maps.txt")
    assert doc.title == title


def test_a_capitals_line_set_apart_after_a_dated_line_is_a_heading_not_its_credit() -> None:
    page = (b"THE HARWICH GAZETTE\nFriday, August 15, 1902. Price One Penny.\n\nFERRY DELAYED BY FOG\n\n"
            b"The ferry sailed two hours late yesterday because of the fog over the estuary.\n")
    [doc] = text.read(page, "gazette.txt")
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds["FERRY DELAYED BY FOG"] == "heading" and "caption" not in kinds.values()
    assert doc.title == "FERRY DELAYED BY FOG"
