"""Authority CSV parsing: the happy path and every kind of curator slip."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina.authority import MAX_BYTES, load_authority, read_authority, safe_identifier
from vitrina.errors import InputError

GOOD = """name,type,aliases,lat,lon,identifier,notes
Ada Lind,person,Queen Ada Lind; Lind ;Lind,,,Q4242,checked by curator
Porto,place,Oporto,41.15,-8.61,,
Harbor Museum,org,,,,https://example.org/museum/7,
"Vell, Marco",person,,,,,
"""


def write(tmp_path: Path, text: str, name: str = "authority.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_rows_with_normalised_fields(tmp_path: Path) -> None:
    rows = read_authority(write(tmp_path, GOOD))
    assert [r["name"] for r in rows] == ["Ada Lind", "Porto", "Harbor Museum", "Vell, Marco"]
    ada, porto, museum, _ = rows
    assert ada == {"name": "Ada Lind", "type": "person", "aliases": ["Queen Ada Lind", "Lind"],
                   "lat": None, "lon": None, "identifier": "Q4242"}
    assert (porto["lat"], porto["lon"]) == (41.15, -8.61)
    assert porto["aliases"] == ["Oporto"]
    assert museum["type"] == "organization"
    assert museum["identifier"] == "https://example.org/museum/7"


def test_aliases_separated_by_a_bar_or_a_semicolon(tmp_path: Path) -> None:
    """Round 37 red team D10: "A|B" was kept as one alias "A|B"."""
    rows = read_authority(write(tmp_path, "name,type,aliases\nPlzen,place,Pilsen | Pilsno;Plzeň|Pilsen\n"))
    assert rows[0]["aliases"] == ["Pilsen", "Pilsno", "Plzeň"]


def test_the_help_names_the_alias_separators() -> None:
    from click.testing import CliRunner

    from vitrina.cli import main

    shown = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    assert "aliases (separated by ; or |)" in shown


def test_header_columns_in_any_order_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("\ufeffType,Name\nplace,Lisbon\n".encode())
    assert read_authority(path) == [
        {"name": "Lisbon", "type": "place", "aliases": [], "lat": None, "lon": None, "identifier": None}
    ]


def test_blank_lines_skipped(tmp_path: Path) -> None:
    rows = read_authority(write(tmp_path, "name,type\n\nLisbon,place\n,\n"))
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("name,type\nAda Lind,wizard\n", "line 2: type 'wizard' is not one of"),
        ("name,type\n,person\n", "line 2: missing name"),
        ("name,type,lat,lon\nPorto,place,91,8\n", "line 2: lat 91 out of range"),
        ("name,type,lat,lon\nPorto,place,41,-181\n", "line 2: lon -181 out of range"),
        ("name,type,lat,lon\nPorto,place,north,8\n", "line 2: lat 'north' is not a number"),
        ("name,type,lat,lon\nPorto,place,41,\n", "line 2: give both lat and lon"),
        ("name,type,lat,lon\nPorto,place,nan,1\n", "line 2: lat nan out of range"),
        ("name,type\nLisbon,place\nlisbon,place\n", "line 3: duplicate of line 2"),
        ("name,aliases\nLisbon,x\n", "line 1: missing column(s) type"),
        ("name,type,name\nLisbon,place,x\n", "line 1: column 'name' appears twice"),
        ("", "empty authority file"),
    ],
)
def test_errors_name_the_line(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_authority(write(tmp_path, body))
    assert message in str(info.value)
    assert str(info.value).startswith(str(tmp_path / "authority.csv"))


def test_line_numbers_count_quoted_newlines(tmp_path: Path) -> None:
    body = 'name,type,aliases\n"Ada Lind",person,"Lind;\nQueen Ada"\nBad,wizard,\n'
    with pytest.raises(InputError, match="line 4: type 'wizard'"):
        read_authority(write(tmp_path, body))


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("name,type\n")
        handle.write("x" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match="too large"):
        read_authority(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_authority(tmp_path / "absent.csv")


def test_binary_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"name,type\x00\x01\x02\x03" * 50)
    with pytest.raises(InputError):
        read_authority(path)


def test_an_unclosed_quote_is_named_not_read_as_a_row(tmp_path):
    path = tmp_path / "auth.csv"
    path.write_text('name,type\n"Teo Brandt,person\nMira Odell,person\n')
    with pytest.raises(InputError, match="never closed"):
        read_authority(path)


def test_a_row_with_more_fields_than_the_header_is_refused_with_its_line(tmp_path: Path) -> None:
    body = "name,type,identifier\nHarbour Board,organization,https://example.org/hb,stray,cells\n"
    with pytest.raises(InputError) as info:
        read_authority(write(tmp_path, body))
    assert "line 2: 5 fields but the header names 3 columns" in str(info.value)


def test_trailing_empty_fields_of_a_spreadsheet_pass(tmp_path: Path) -> None:
    rows = read_authority(write(tmp_path, "name,type\nOld Mill,place,,,\n"))
    assert [row["name"] for row in rows] == ["Old Mill"]


@pytest.mark.parametrize("value", ["Q7", "https://records.example/person/12?v=2#top", "urn:isbn:0451450523",
                                   "doi:10.5555/abc.1", "ark:/99999/fk4", "viaf:4471", "n50012345"])
def test_safe_identifiers_kept(value: str) -> None:
    assert safe_identifier(value)


@pytest.mark.parametrize("value", ["javascript:alert(2)", "JavaScript:void0", "data:text/html,<b>x</b>",
                                   "https://a.example/\"onclick=x", "<i>Q7</i>", "two words", "vbscript:msgbox"])
def test_unsafe_identifiers_refused(value: str) -> None:
    assert not safe_identifier(value)


def test_unsafe_identifier_left_out_with_a_warning(tmp_path: Path) -> None:
    """Round 54 red team D10: the row is kept without the identifier, a warning names the line."""
    path = write(tmp_path, "name,type,identifier\nMara Pell,person,javascript:alert(2)\nOslo,place,Q585\n")
    read = load_authority(path)
    assert [r["identifier"] for r in read.rows] == [None, "Q585"]
    assert len(read.warnings) == 1 and "line 2" in read.warnings[0] and "left out" in read.warnings[0]
