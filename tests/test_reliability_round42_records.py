"""Round 42 red team (D10, D12, D16, D18): records, e-mails and OCR text. An e-mail's header lines, signature and
quoted reply are read apart; a year an OCR engine misread beside a month is read as its digits (a repair, the text
kept); a quarter of a year is EDTF's quarter; an age is a quantity; a table row's other cells are no event's words;
a text with a few stray NULs is read. Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina.errors import InputError
from vitrina.extract.dates import find_dates
from vitrina.extract.events import _table_cell
from vitrina.extract.ocryears import ocr_year_repairs, ocr_years
from vitrina.extract.quantities import AGES_UNIT, find_quantities
from vitrina.ingest import read_path
from vitrina.ingest.encoding import looks_binary
from vitrina.model import DateMention
from vitrina.structure import rebuild
from vitrina.structure.mail import MAIL_SWITCHES, header_fields, party

MAIL = ("From: Ida Venn <ida@example.net>\nTo: Otto Grail <otto@example.net>\nDate: Fri, 7 Jun 2019 09:30:00 +0100\n"
        "Subject: Re: the tannery\n\nOtto,\n\nThe tannery closed in 1931.\n\nRegards,\nIda\n-- \nIda Venn\n"
        "Keeper of Records\n\nOn Thu, 6 Jun 2019, Otto Grail wrote:\n> When did the tannery close?\n"
        "> The leaflet says 1932.\n")


def _blocks(text: str) -> list[str]:
    doc = rebuild(text, "x", "x.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks]


def test_an_email_header_block_is_read_a_line_a_block() -> None:
    blocks = _blocks(MAIL)
    assert blocks[:4] == ["From: Ida Venn <ida@example.net>", "To: Otto Grail <otto@example.net>",
                          "Date: Fri, 7 Jun 2019 09:30:00 +0100", "Subject: Re: the tannery"]
    dates = find_dates(blocks[2])
    assert [d.edtf for d in dates] == ["2019-06-07"]  # the Date header keeps its day


def test_the_signature_delimiter_ends_the_body_and_is_no_word() -> None:
    blocks = _blocks(MAIL)
    assert "Regards, Ida" in blocks and "Ida Venn" in blocks and "Keeper of Records" in blocks
    assert not any("--" in b for b in blocks)


def test_quoted_reply_lines_are_a_block_without_their_markers() -> None:
    blocks = _blocks(MAIL)
    assert blocks[-1] == "When did the tannery close? The leaflet says 1932."
    assert "On Thu, 6 Jun 2019, Otto Grail wrote:" in blocks


def test_a_header_like_paragraph_without_from_is_prose() -> None:
    text = "Note: the key hangs by the door.\nDate: unknown to me.\n"
    assert len(_blocks(text)) == 1


def test_the_switches_turn_each_part_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(MAIL_SWITCHES, "quoted", 0)
    assert any(b.startswith("On Thu") and ">" in b for b in _blocks(MAIL))


def test_an_ocr_year_beside_a_month_is_read_and_recorded_as_a_repair() -> None:
    text = "THE COUNTY HERALD, 3 March 1S74.\n\nA barn burned at Lowmoor."
    assert [(d.edtf, text[d.start : d.end]) for d in find_dates(text)][0] == ("1874-03-03", "3 March 1S74")
    (repair,) = ocr_year_repairs(text)
    assert (repair.original, repair.replacement) == ("1S74", "1874")
    assert text[repair.start : repair.end] == "1S74"  # the text is kept as written


def test_an_ocr_year_is_read_only_in_a_date_context() -> None:
    assert ocr_years("In 1S74 the barn burned.") == []
    assert ocr_years("May IS the month.") == []
    assert ocr_years("June 2, l9O8, a Tuesday") == [(8, 12, "1908")]
    assert ocr_years("THE HERALD, JUNE 14, 1S62.") == [(21, 25, "1862")]  # a masthead in capitals


def test_an_ambiguous_letter_takes_the_reading_nearest_the_documents_years() -> None:
    text = "Born 1540 at the mill; married 12 May 1S64; died 1590."
    assert ocr_years(text) == [(38, 42, "1564")]


@pytest.mark.parametrize(("text", "edtf"), [
    ("Her birth was registered Qtr 3 1887 at Lowmoor.", "1887-35"),
    ("In the first quarter of 1920 the works stood idle.", "1920-33"),
    ("Deaths Dec qtr 1903, Lowmoor district.", "1903-36"),
    ("Sales fell in Q2 2011 across the region.", "2011-34"),
])
def test_a_quarter_is_edtf_quarter(text: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text)] == [edtf]


def test_an_age_is_a_quantity_in_years() -> None:
    text = "Buried 4 May 1840, Ann Tull, aged 63. Her brother died aged about eighty years."
    ages = [(text[q.start : q.end], q.value, q.qualifier) for q in find_quantities(text, find_dates(text))
            if q.unit == AGES_UNIT]
    assert ages == [("aged 63", 63, None), ("aged about eighty years", 80, "about")]


def test_a_large_number_after_age_is_no_age() -> None:
    assert not [q for q in find_quantities("The Bronze Age 2000 years on.") if q.unit == AGES_UNIT]


def test_a_table_rows_other_cells_are_no_event_words() -> None:
    text = "1840 | bur. 4 May 1840 Ann Tull | aged 63"
    at = text.index("4 May")
    d = DateMention(at, at + len("4 May 1840"), "1840-05-04")
    start, end = _table_cell(text, (0, len(text)), d)
    assert text[start:end] == "bur. 4 May 1840 Ann Tull"
    plain = "Ann Tull was buried on 4 May 1840."
    assert _table_cell(plain, (0, len(plain)), DateMention(23, 33, "1840-05-04")) == (0, len(plain))


def test_a_text_with_stray_nuls_on_its_lines_is_read(tmp_path: Path) -> None:
    data = b"The ferry ran\x00 from the quay each morning in 1902.\n" * 15
    assert not looks_binary(data)
    path = tmp_path / "ferry.txt"
    path.write_bytes(data)
    (doc,) = read_path(path)
    assert "\x00" not in doc.text and "ferry ran from the quay" in doc.text


@pytest.mark.parametrize("data", [
    b"ID\x00\x00\x10\x00" + b"counter\x00" * 20,  # a record format's padding: a NUL in every eight bytes
    b"\x00\x01\x02\x03" * 50 + b"some words",  # controls of several kinds
])
def test_binaries_are_still_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary data"):
        read_path(path)


def test_an_email_date_header_dates_the_message_its_parties_named() -> None:
    doc = rebuild(MAIL, "x", "x.txt", "text")
    at = doc.text.index("7 Jun 2019")
    fields = header_fields(doc.text, at, at + len("7 Jun 2019"))
    assert fields is not None
    assert (party(fields["from"]), party(fields["to"])) == ("Ida Venn", "Otto Grail")
    body = doc.text.index("1931")
    assert header_fields(doc.text, body, body + 4) is None  # a date in the body is no header's


def test_an_object_cards_date_and_from_lines_are_no_message() -> None:
    text = "Jug\n\nDate: 12 May 1890\nFrom: the Lowmoor pottery\n"
    at = text.index("12 May")
    assert header_fields(text, at, at + len("12 May 1890")) is None
