"""The collection's catalogue: CSV records joined to their documents and kept with the exhibit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vitrina.catalogue import _keys_of, catalogue_notes, load_catalogue
from vitrina.errors import InputError

CATALOGUE = (
    "Reference,Title,Creator,Date,Rights\n"
    "HX-07,Ferryman's account,Ada Holme,1961-05-02,Open\n"
    "HX-1,Lock keeper's account,Ben Tarr,1962,Closed until 2040\n"
    "HX-99,Never recorded,,,\n"
)


def _write(tmp_path: Path, text: str = CATALOGUE) -> Path:
    path = tmp_path / "catalogue.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_key_column_is_found_and_records_keep_their_columns(tmp_path):
    catalogue = load_catalogue(_write(tmp_path))
    assert catalogue.key == "Reference" and catalogue.columns[0] == "Reference"
    assert catalogue.records[1] == {"Reference": "HX-1", "Title": "Lock keeper's account", "Creator": "Ben Tarr",
                                    "Date": "1962", "Rights": "Closed until 2040"}
    assert catalogue.records[2] == {"Reference": "HX-99", "Title": "Never recorded"}  # empty cells left out


def test_a_record_joins_by_id_file_name_or_the_longest_leading_part(tmp_path):
    catalogue = load_catalogue(_write(tmp_path))
    assert catalogue.record_for("hx-07_holme", "box/HX-07_holme.txt")["Creator"] == "Ada Holme"
    assert catalogue.record_for("hx-1-tarr", "HX-1 tarr.md")["Creator"] == "Ben Tarr"  # not HX-1… of HX-07
    assert catalogue.record_for("hx-10_other", "HX-10_other.txt") is None  # HX-1 is no leading part of HX-10
    assert _keys_of("a", "coll.zip!dir/HX-07_x.txt")[:3] == ["a", "hx-07_x.txt", "hx-07_x"]


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty catalogue"),
    ("Title,Creator\nA,B\n", "no column names the record's key"),
    ("id,title\nA,B,C\n", "3 fields but the header names 2"),
])
def test_a_bad_catalogue_is_one_clear_error(tmp_path, text, reason):
    with pytest.raises(InputError, match=reason):
        load_catalogue(_write(tmp_path, text))


def test_a_build_stores_the_catalogue_and_shows_each_documents_record(tmp_path):
    from starlette.testclient import TestClient

    from vitrina.export import export
    from vitrina.pipeline import build
    from vitrina.store import reading
    from vitrina.web.app import create_app

    box = tmp_path / "box"
    box.mkdir()
    (box / "HX-07_holme.txt").write_text("The ferry at Holme ran until 1961.\n", encoding="utf-8")
    (box / "HX-1 tarr.txt").write_text("The lock at Tarr Bridge was rebuilt in 1962.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    report = build([box], db, jobs=1, catalogue=load_catalogue(_write(tmp_path)))
    assert report.catalogue == "catalogue catalogue.csv: 3 records"
    assert report.warnings == ["catalogue.csv: 1 record joins no document (HX-99; kept with the catalogue)"]
    with reading(db) as kb:
        documents = {d["id"]: d for d in json.loads(export(kb, "json", None) or "{}")["documents"]}
    assert documents["hx-07_holme"]["catalogue"][0] == ["Reference", "HX-07"]
    assert ["Rights", "Closed until 2040"] in documents["hx-1-tarr"]["catalogue"]
    with TestClient(create_app(db)) as client:
        page = client.get("/documents/hx-1-tarr")
        assert "Catalogue record" in page.text and "Closed until 2040" in page.text
        assert client.get("/documents/hx-1-tarr.json").json()["catalogue"][1] == ["Title", "Lock keeper's account"]
    (box / "HX-07_holme.txt").write_text("The ferry at Holme ran until 1963.\n", encoding="utf-8")
    build([box], db, jobs=1)  # given none: the exhibit's catalogue is kept
    with reading(db) as kb:
        documents = {d["id"]: d for d in json.loads(export(kb, "json", None) or "{}")["documents"]}
    assert documents["hx-07_holme"]["catalogue"][2] == ["Creator", "Ada Holme"]


def test_keys_given_twice_and_records_joining_nothing_are_said(tmp_path):
    text = "Reference,Title\nHX-07,One\nhx-07,Two\nHX-5,Three\n" + "".join(f"ZZ-{n},x\n" for n in range(7))
    catalogue = load_catalogue(_write(tmp_path, text))
    notes = catalogue_notes(catalogue, [("hx-07_holme", "box/HX-07_holme.txt"), ("other", "box/other.txt")])
    assert notes == ["catalogue.csv: HX-07 given by more than one record (the first is used)",
                     "catalogue.csv: 8 records join no document (HX-5, ZZ-0, ZZ-1, ZZ-2, ZZ-3 and 3 more; kept with "
                     "the catalogue)"]
    assert catalogue_notes(catalogue, [(f"zz-{n}", f"ZZ-{n}.txt") for n in range(7)] + [("hx-5", "HX-5.md"),
                                                                                       ("hx-07", "HX-07.md")])[1:] == []


def test_rows_without_a_key_are_said_and_a_catalogue_of_none_is_an_error(tmp_path):
    some = load_catalogue(_write(tmp_path, "identifier,title\nledger_a,Ledger A\n,Ledger B\n,Ledger C\n"))
    assert [r["identifier"] for r in some.records] == ["ledger_a"]
    assert catalogue_notes(some, [("ledger_a", "ledger_a.txt")]) == [
        "catalogue.csv: 2 rows without 'identifier' left out (lines 3, 4)"]
    with pytest.raises(InputError, match="no record gives its 'identifier'"):
        load_catalogue(_write(tmp_path, "identifier,title\n,Ledger B\n,Ledger C\n"))
