"""Defects an independent red-team run found (round 22), each kept fixed: a usage error for a value no range
can hold, a clean usage error for undecodable bytes typed into text arguments, JSON without raw terminal
controls, TEI dates that are no EDTF left out, a user's file named like the build lock left alone, another
program's SQLite file named as such, files mixing UTF-8 and an 8-bit encoding read part by part."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.errors import StoreError
from vitrina.extract import markup_dates
from vitrina.ingest.encoding import decode, detect_encoding, take_warnings
from vitrina.model import DocumentBuilder, Markup
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.db import LOCK_MARK, build_lock
from vitrina.terminal import json_text


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def tiny_exhibit(path: Path, text: str = "A harbour wall was built in 1902.") -> None:
    builder = DocumentBuilder("wall", "wall.txt", "text")
    builder.block("paragraph", text)
    doc = builder.build(title="The Wall")
    write_exhibit(path, [("0" * 64, doc)], [doc], [])


@pytest.mark.parametrize("value", ["nan", "NaN", "-nan"])
def test_a_time_limit_that_is_not_a_number_is_a_usage_error(tmp_path: Path, value: str) -> None:
    source = tmp_path / "a.txt"
    source.write_text("The Wall\n\nA harbour wall was built in 1902.\n")
    result = run("build", str(source), "--db", str(tmp_path / "a.db"), "--time-limit", value)
    assert result.exit_code == 2 and "not a number in the range" in result.output
    assert not (tmp_path / "a.db").exists()


def test_undecodable_bytes_typed_into_a_question_or_an_id_are_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    tiny_exhibit(db)
    for args in (["ask", "Who built the wall\udce9?"], ["search", "wall", "--document", "\udcff"],
                 ["compare", "--entity", "\udcff"]):
        result = run(*args, "--db", str(db))
        assert result.exit_code == 2, args
        assert "not valid UTF-8 text" in result.output and "internal error" not in result.output
        assert "\\xe9" in result.output or "\\xff" in result.output  # the byte shown escaped


def test_json_for_a_terminal_escapes_c1_and_bidirectional_controls_losslessly() -> None:
    data = {"text": "clear \u009b2J here \u202e reversed \u2028 line", "name": "Zoë"}
    text = json_text(data)
    assert not any("\x80" <= ch <= "\x9f" or ch in "\u202e\u2028" for ch in text)
    assert "\\u009b" in text and "Zoë" in text
    assert json.loads(text) == data


def test_search_json_carries_no_raw_c1_control(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    tiny_exhibit(db, "A harbour wall \u009b2J was built in 1902.")
    result = run("search", "harbour", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    assert "\u009b" not in result.output and "harbour" in result.output


def _date_markup(*attrs: tuple[str, str]) -> list:
    builder = DocumentBuilder("d", "d.xml", "tei")
    builder.block("paragraph", "It happened on a day nobody recorded.")
    doc = builder.build()
    return [m.edtf for m in markup_dates(doc.evolve(markup=(Markup("date", 3, 11, attrs),)))]


@pytest.mark.parametrize("attrs, expected", [
    ((("when", "1812-09-14"),), ["1812-09-14"]),
    ((("when", "99999-99-99"),), []),
    ((("when", "1812-02-30"),), []),  # no such day
    ((("when", "-9999999999"),), []),
    ((("from", "1900"), ("to", "1800")), []),  # ends before it starts
    ((("from", "1800"), ("to", "1900")), ["1800/1900"]),
    ((("from", "-0500"), ("to", "-0100")), ["-0500/-0100"]),  # years before the era, in order
    ((("from", "1941"),), ["1941/.."]),
])
def test_tei_date_attributes_that_are_no_edtf_are_left_out(attrs: tuple, expected: list) -> None:
    assert _date_markup(*attrs) == expected


def test_a_users_file_named_like_the_build_lock_is_neither_used_nor_removed(tmp_path: Path) -> None:
    db = tmp_path / "ex.db"
    mine = tmp_path / "ex.db.lock"
    mine.write_text("USER DATA\n")
    with pytest.raises(StoreError, match="vitrina did not make"), build_lock(db):
        pass
    assert mine.read_text() == "USER DATA\n"


def test_the_build_lock_is_marked_and_removed_and_a_stale_marked_one_is_taken(tmp_path: Path) -> None:
    db = tmp_path / "ex.db"
    lock = tmp_path / "ex.db.lock"
    with build_lock(db):
        assert lock.read_text() == LOCK_MARK
    assert not lock.exists()
    lock.write_text(LOCK_MARK)  # left by a killed build
    with build_lock(db):
        assert lock.read_text() == LOCK_MARK
    assert not lock.exists()


def test_another_programs_sqlite_file_is_named_as_such_not_sent_to_a_rebuild(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreError) as caught:
        connect_readonly(other)
    assert "not a vitrina database" in str(caught.value) and "--replace-all" not in str(caught.value)


def test_a_file_mixing_utf8_and_an_eight_bit_encoding_is_read_part_by_part_with_a_warning() -> None:
    data = "Kept as UTF-8: Müller’s café. ".encode() + "Then Latin-1: Müller's café.\n".encode("latin-1")
    take_warnings()
    assert detect_encoding(data) == "utf-8-mixed"
    assert decode(data, "joined.txt") == "Kept as UTF-8: Müller’s café. Then Latin-1: Müller's café.\n"
    (warning,) = take_warnings()
    assert "2 byte(s) are not valid UTF-8" in warning and "mixes two encodings" in warning


def test_eight_bit_text_without_utf8_sequences_is_still_read_whole_as_such() -> None:
    data = "Plain Windows text: “Zoë’s café”, 1911.\n".encode("cp1252")
    assert detect_encoding(data) == "cp1252"


def test_xml_nested_past_the_parsers_limit_is_refused_saying_so() -> None:
    from vitrina.errors import InputError
    from vitrina.ingest.safety import parse_xml

    deep = b"<TEI><text><body><p>" + b"<hi>" * 2000 + b"deep" + b"</hi>" * 2000 + b"</p></body></text></TEI>"
    with pytest.raises(InputError) as caught:
        parse_xml(deep, "deep.xml")
    message = str(caught.value)
    assert "nested more than" in message and "XML_PARSE_HUGE" not in message and "malformed" not in message


def test_a_question_longer_than_the_server_takes_is_a_usage_error_on_the_command_line_too(tmp_path: Path) -> None:
    from vitrina.limits import INPUT_LIMITS

    db = tmp_path / "x.db"
    tiny_exhibit(db)
    too_long = "Who built the harbour wall " * (INPUT_LIMITS["param_chars"] // 20)
    result = run("ask", too_long, "--db", str(db))
    assert result.exit_code == 2 and f"longer than {INPUT_LIMITS['param_chars']} characters" in result.output
    assert run("ask", "Who built the harbour wall?", "--db", str(db)).exit_code == 0


def test_html_nested_past_the_parsers_limit_is_refused_saying_so_not_read_as_empty() -> None:
    from vitrina.errors import InputError
    from vitrina.ingest import html

    page = (b"<html><body>" + b"<div>" * 3000 + b"<p>The harbour wall was built in 1902.</p>" + b"</div>" * 3000
            + b"</body></html>")
    with pytest.raises(InputError, match="nested more than"):
        html.read(page, "deep.html")
    assert html.read(b"<html><body><div><p>The harbour wall was built in 1902.</p></div></body></html>", "ok.html")


def test_tei_coordinates_inside_a_place_name_are_no_words_of_the_page() -> None:
    from vitrina.ingest import tei

    xml = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
           b"</fileDesc></teiHeader><text><body><p>The envoy reached <placeName>Oslo<geo>59.9 10.7</geo></placeName>"
           b" in spring.</p></body></text></TEI>")
    (doc,) = tei.read(xml, "t.xml")
    assert "59.9" not in doc.text and "reached Oslo in spring." in doc.text
