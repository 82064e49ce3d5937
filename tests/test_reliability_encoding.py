"""Encoding honesty: valid UTF-8 stays valid, damage is flagged, hidden entities are found."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from vitrina.errors import InputError
from vitrina.ingest import read_path
from vitrina.ingest.encoding import decode, detect_encoding, take_warnings
from vitrina.ingest.safety import check_zip_xml_members

PROSE = "Le café « Au Bon Coin » ouvrit en 1911 ; Zoë y servait le thé à l’équipage.\n"


def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8_and_warns() -> None:
    data = (PROSE * 20).encode() + b"A stray byte: \xff here.\n"
    take_warnings()
    text = decode(data, "mixed.txt")
    assert "café" in text and "Zoë" in text and "Ã" not in text  # no Latin-1 mojibake
    assert "\ufffd" in text
    (warning,) = take_warnings()
    assert "1 byte(s) are not valid UTF-8" in warning


WESTERN = "not UTF-8; read as Windows-1252 (detected)"


def test_legacy_single_byte_files_still_decode() -> None:
    assert detect_encoding(PROSE.encode("cp1252")) == "cp1252"
    assert decode(PROSE.encode("cp1252"), "old.txt") == PROSE
    (warning,) = take_warnings()  # round 41 DEF-17: named, as the README promises
    assert warning.startswith(WESTERN)


def test_a_windows_1252_file_read_whole_says_which_encoding_it_was_read_in(tmp_path: Path) -> None:
    """Round 41 red team DEF-17: the README promises a warning naming the encoding of a text that is not Unicode;
    a Windows-1252 file (curly quotes, an em dash) was read right but silently."""
    path = tmp_path / "letter.txt"
    path.write_bytes("The vicar wrote \u201cMy Lord\u201d \u2014 on the fa\u00e7ade of the church.\n".encode("cp1252"))
    docs = read_path(path)
    assert "\u201cMy Lord\u201d" in docs[0].text
    assert dict(docs[0].meta)["warning"].startswith(WESTERN)


def test_the_warning_reaches_the_build_report(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(("The Harbour Café\n\n" + PROSE * 5).encode() + b"\xfe\n")
    docs = read_path(path)
    assert dict(docs[0].meta)["warning"].startswith("1 byte(s)")


def docx_part(name: str, content: bytes) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr(name, content)
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


ENTITY_DOC = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w>&x;</w>'


@pytest.mark.parametrize(("label", "content"), [
    ("past 64 KB", b'<?xml version="1.0"?>' + b"<!-- " + b"x" * 70_000 + b" -->"
     + b'<!DOCTYPE w [<!ENTITY x "y">]><w/>'),
    ("BOM-less UTF-16LE", ENTITY_DOC.encode("utf-16-le")),
    ("BOM-less UTF-16BE", ENTITY_DOC.encode("utf-16-be")),
    ("UTF-16 with BOM", ENTITY_DOC.encode("utf-16")),
    ("declared UTF-32", ENTITY_DOC.replace('version="1.0"', 'version="1.0" encoding="utf-32"').encode("utf-32")),
])
def test_entity_declarations_are_found_anywhere_in_any_encoding(label: str, content: bytes) -> None:
    with pytest.raises(InputError, match="entity declarations"):
        check_zip_xml_members(docx_part("word/document.xml", content), "x.docx")


def test_a_part_split_across_chunks_is_still_checked() -> None:
    content = b"<w>" + b" " * (64 * 1024 - 7) + b"<!ENTITY x 'y'>" + b"</w>"  # straddles the chunk edge
    with pytest.raises(InputError, match="entity declarations"):
        check_zip_xml_members(docx_part("word/document.xml", content), "x.docx")


def test_clean_parts_pass() -> None:
    check_zip_xml_members(docx_part("word/document.xml", "<w>café</w>".encode("utf-16")), "x.docx")


# Short lines of our own in the national legacy encodings: each is read right, and a guess
# from a handful of characters says it is weak (never a silent misreading)
SHORT_LINES = [
    ("这张照片是一九五零年拍的。", "gb18030"),
    ("城市的变化很大。", "gb2312"),
    ("第一章", "gbk"),
    ("這是我們的家鄉。", "big5"),
    ("臺灣歷史", "big5"),
    ("祖父の手紙です。", "shift_jis"),
    ("ありがとう", "euc_jp"),
    ("서울 박물관", "euc_kr"),
    ("Старый город", "cp1251"),
    ("Письмо деда.", "koi8_r"),
    ("Η παλιά πόλη.", "cp1253"),
]


@pytest.mark.parametrize(("text", "encoding"), SHORT_LINES)
def test_short_legacy_lines_are_read_right_and_warned_about(text: str, encoding: str) -> None:
    take_warnings()
    assert decode(text.encode(encoding), "x.txt") == text
    (warning,) = take_warnings()
    assert warning.startswith("not UTF-8")


@pytest.mark.parametrize(("text", "encoding"), [
    ("博物馆的新展览介绍了这座城市一百年来的变化。", "gb18030"),
    ("這本舊相冊記錄了港口工人的日常生活。", "big5"),
    ("町の博物館には古い地図が展示されています。", "euc_jp"),
    ("이 편지는 할머니가 고향에 보낸 것입니다.", "euc_kr"),
    ("Музей открылся после долгого ремонта.", "koi8_r"),
])
def test_a_sentence_is_detected_without_doubt(text: str, encoding: str) -> None:
    take_warnings()
    assert decode(text.encode(encoding), "x.txt") == text
    (warning,) = take_warnings()
    assert "detected" in warning and "weak" not in warning


def test_a_two_character_line_is_a_weak_guess_naming_the_alternatives() -> None:
    take_warnings()
    decode("中文".encode("gb18030"), "x.txt")
    (warning,) = take_warnings()
    assert "weak guess" in warning and "may be garbled" in warning and "(or " in warning


def test_big5_with_ascii_second_bytes_is_not_taken_for_western_text() -> None:
    """Big5 puts many characters' second byte in the ASCII range, so its non-ASCII bytes stand
    alone like Western accented letters: it was read as CP1252 without a word."""
    take_warnings()
    assert decode("他們在港口工作。".encode("big5"), "x.txt") == "他們在港口工作。"
    assert take_warnings()


def test_a_reading_full_of_misreading_marks_scores_below_the_right_one() -> None:
    from vitrina.ingest.encoding import reading_score

    data = "Музей открылся после долгого ремонта.".encode("koi8_r")
    right, _ = reading_score(data.decode("koi8_r"), "koi8_r")
    assert right > reading_score(data.decode("cp932"), "cp932")[0]  # half-width katakana
    assert right > reading_score(data.decode("cp1251"), "cp1251")[0]  # capitals inside words


@pytest.mark.parametrize("text", ["Grüße", "Füße aus Köln", "São João"])
def test_western_words_whose_accents_stand_together_stay_cp1252_said_once(text: str) -> None:
    """"üß" are two non-ASCII bytes in a row, like a CJK character: "Grüße" was read as
    "Grﮰﻑe" (CP1006) and said to be detected."""
    take_warnings()
    assert decode(text.encode("cp1252"), "x.txt") == text
    (warning,) = take_warnings()
    assert warning.startswith(WESTERN)


STORY = "The Ferry\n\nIn 1903 the pilot Tomas Brandt carried forty passengers a day across the narrows.\n"


def test_a_text_with_one_stray_nul_is_read_without_it_and_warns(tmp_path: Path) -> None:
    """One NUL inside a word (a damaged save) is dropped, not a reason to refuse the file."""
    path = tmp_path / "ferry.txt"
    path.write_bytes(STORY.replace("passengers", "passen\x00gers").encode())
    (doc,) = read_path(path)
    assert "passengers" in doc.text and "\x00" not in doc.text
    warning = dict(doc.meta)["warning"]
    assert "1 stray control character(s) dropped" in warning


def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    for name in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"ferry-{name}.txt"
        path.write_bytes(STORY.encode(name))
        (doc,) = read_path(path)
        assert "Tomas Brandt" in doc.text


def test_bomless_utf16_sniffed_from_a_head_cut_inside_a_character() -> None:
    """The sniff sees only a file's first bytes, which may end inside a surrogate pair."""
    from vitrina.ingest.sniff import unsupported_kind

    head = ("Ferry log \U0001f6a2 " * 40).encode("utf-16-le")[:-4]
    assert unsupported_kind(head, whole=False) is None
    assert unsupported_kind(head) == "binary data"  # as a whole file: a character cut off


@pytest.mark.parametrize("data", [
    bytes(300),  # all NUL
    bytes(range(256)) * 4,  # every byte value
    b"\x00\x01\x00\x02\x00\x03" * 100,  # 16-bit numbers: zero bytes on one side, no text
    b"ID\x00\x00\x10\x00" + b"counter\x00" * 20,  # a record format with some words
])
def test_binary_data_is_still_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary data"):
        read_path(path)


def test_a_title_escape_is_removed_whole_and_the_rest_of_the_line_kept(tmp_path: Path) -> None:
    """The BEL that ends an OSC title was dropped as a stray control first, so the sequence ran to the end
    of the file and the text after it was lost, while the warning said the rest was kept."""
    path = tmp_path / "ferry.txt"
    path.write_bytes(STORY.replace("Tomas Brandt", "Tomas\x1b]0;x\x07 Brandt\x1b[1m").encode())
    (doc,) = read_path(path)
    assert "Tomas Brandt" in doc.text and "forty passengers a day" in doc.text
    warning = dict(doc.meta)["warning"]
    assert "2 terminal escape sequence(s) removed (1 CSI, 1 OSC)" in warning
    assert "stray control" not in warning  # the BEL went with its sequence


# ---------------------------------------------------------------- round 33: Czech and Hungarian 8-bit text

CZECH = "Mlýn\n\nRoku 1881 koupil mlynář Bořivoj Kříž starý mlýn u řeky a přestavěl ho na pilu.\n"
HUNGARIAN = "Malom\n\nA malmot 1893-ban építették a folyó partján; később a molnár fia egyszerű raktárrá alakította.\n"


@pytest.mark.parametrize("text", [CZECH, HUNGARIAN])
def test_central_european_letters_no_symbol_betrays_are_read_in_cp1250(text: str) -> None:
    """Czech "ř" read as "ø", Hungarian "ő" as "õ": letters in Windows-1252 too, so the glued-symbol
    evidence misses them; the Windows-1252 reading's letters fit no Western alphabet."""
    take_warnings()
    assert decode(text.encode("cp1250"), "mlyn.txt") == text
    (warning,) = take_warnings()
    assert warning.startswith("not UTF-8; read as cp1250")


@pytest.mark.parametrize("text", [
    "Il était sûr que la forêt où vivait le naïf bûcheron était très belle, même en hiver.",
    "La città è più bella così, però il caffè è forte.",
    "Søren og Åse flyttede til Ærø, først om året.",
    "As nações põem corações à prova; a mãe é açoriana.",
    "Jõgeva ja Võru on linnad, öö on pikk ja külm.",
])
def test_western_8_bit_text_of_one_language_is_read_as_windows_1252_said_once(text: str) -> None:
    take_warnings()
    assert decode(text.encode("cp1252"), "w.txt") == text
    (warning,) = take_warnings()
    assert warning.startswith(WESTERN)


def test_letters_fitting_no_alphabet_in_either_code_page_are_read_as_windows_1252_with_a_warning() -> None:
    take_warnings()
    text = "Señor Núñez met Søren at the café, then Ådne in Zürich."  # names of four languages
    assert decode(text.encode("cp1252"), "names.txt") == text
    (warning,) = take_warnings()
    assert "--encoding cp1250" in warning


def test_a_named_encoding_replaces_the_guess_but_never_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.ingest.encoding import FORCED_ENCODING_ENV

    monkeypatch.setenv(FORCED_ENCODING_ENV, "iso8859_2")
    take_warnings()
    short = "Győr, 1900."  # too few letters to tell from Portuguese "õ" by evidence
    assert decode(short.encode("iso8859_2"), "h.txt") == short
    assert decode("Łódź, 1900.".encode(), "u.txt") == "Łódź, 1900."
    assert take_warnings() == []


def test_build_encoding_option_is_checked_against_pythons_codecs() -> None:
    from click.testing import CliRunner

    from vitrina.cli import main

    for name in ("no-such-encoding", "base64"):
        result = CliRunner().invoke(main, ["build", "x.txt", "--encoding", name])
        assert result.exit_code == 2 and "--encoding" in result.output


def test_build_encoding_option_reads_and_recaches_the_files(tmp_path: Path) -> None:
    from vitrina.pipeline import build
    from vitrina.store import reading

    source = tmp_path / "h.txt"
    source.write_bytes("Híd\n\nA híd 1900-ban épült Győrben.\n".encode("cp1250"))  # fits Portuguese too
    db = tmp_path / "x.db"
    build([source], db, jobs=1)
    build([source], db, jobs=1, encoding="cp1250")
    with reading(db) as kb:
        (doc_id,) = kb.document_ids()
        assert "Győrben" in (kb.text(doc_id) or "")


def test_a_stray_nul_parting_two_words_leaves_a_space(tmp_path: Path) -> None:
    """A NUL between two words ("wide\\0river") was dropped and glued them; inside a word it still goes."""
    path = tmp_path / "river.txt"
    path.write_bytes(STORY.replace("the narrows", "the wide\x00narrows").replace("passengers", "passen\x00gers").encode())
    (doc,) = read_path(path)
    assert "the wide narrows" in doc.text and "forty passengers" in doc.text


def test_one_long_utf8_character_and_one_stray_byte_read_as_utf8_with_the_place_named() -> None:
    """Round 37 red team D7: one UTF-8 "…" and one Windows-1252 byte made the whole file Windows-1252, silently."""
    take_warnings()
    data = "Ledger\n\nThe toll rose to 3 ducats \u2026 by 1790.\n".encode() + b"Paid at the ferry \xa3 4.\n"
    assert detect_encoding(data) == "utf-8-mixed"
    text = decode(data, "ledger.txt")
    assert "ducats \u2026 by" in text and "ferry \u00a3 4" in text
    (warning,) = take_warnings()
    where = data.index(b"\xa3")
    assert f"byte {where} (line 4)" in warning and "Windows-1252" in warning


def test_stray_bytes_are_read_by_the_code_page_that_fits_them() -> None:
    take_warnings()
    data = "Plan \u2014 east wing\n".encode() + b"The Gda\xf1sk and \xa3\xf3d\x9f halls.\n"
    text = decode(data, "plan.txt")
    assert "Plan \u2014 east wing" in text and "Gda\u0144sk and \u0141\u00f3d\u017a" in text
    assert "read as Windows-1250" in take_warnings()[0]


def test_a_lone_two_byte_sequence_does_not_make_8bit_text_utf8() -> None:
    """An accented capital before a symbol byte may be a two-byte sequence by chance: 8-bit text stays 8-bit."""
    assert detect_encoding("Caf\u00e9 \u00c3\u00a9t\u00e9 and na\u00efve".encode("cp1252")) != "utf-8-mixed"


def test_a_text_files_encoding_warning_is_said_once(tmp_path: Path) -> None:
    # red team 44 L6: the title's look at the lines and the reader each guessed the encoding and warned
    path = tmp_path / "note.txt"
    path.write_bytes("Заметка\n\nОна жила у реки.\n".encode("cp1251"))
    [doc] = read_path(path)
    warning = dict(doc.meta)["warning"]
    assert "read as" in warning and warning.count("read as") == 1
