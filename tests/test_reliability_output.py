"""Output hygiene: exports escape for their consumer and are written atomically."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from vitrina.export import export, export_to
from vitrina.export.atomic import write_atomically
from vitrina.export.csv_tables import safe_cell
from vitrina.model import DateMention, DocumentBuilder, Event
from vitrina.store import connect_readonly, write_exhibit

SCRIPT = "<img src=x onerror=alert(1)>"


def hostile_exhibit(tmp_path: Path) -> Path:
    """A document whose title and date text carry markup, with one dated event."""
    builder = DocumentBuilder("pier", "pier.txt", "text")
    builder.section(None, f"The Pier {SCRIPT}")
    para = builder.block("paragraph", f"The pier opened <b>1899</b> to crowds {SCRIPT}.")
    doc = builder.build()
    start = doc.text.index("<b>1899</b>", para.start)
    end = start + len("<b>1899</b>")
    doc = doc.evolve(
        dates=(DateMention(start, end, "1899"),),
        events=(Event("v0", f"Opening {SCRIPT}", start, end, "1899", evidence=((para.start, para.end),)),),
    )
    db = tmp_path / "x.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    return db


def test_timelinejs_escapes_every_field_that_reaches_inner_html(tmp_path: Path) -> None:
    with connect_readonly(hostile_exhibit(tmp_path)) as conn:
        data = json.loads(export(conn, "timelinejs", None) or "")
    (slide,) = data["events"]
    for value in (slide["group"], slide["display_date"], slide["text"]["headline"], slide["text"]["text"],
                  data["title"]["text"]["headline"], data["title"]["text"]["text"]):
        assert "<img" not in value and "<b>" not in value
    assert slide["group"] == "The Pier &lt;img src=x onerror=alert(1)&gt;"
    assert slide["display_date"] == "&lt;b&gt;1899&lt;/b&gt;"


@pytest.mark.parametrize("value", ["=1+1", " =HYPERLINK(\"http://x\")", "+A1", "-2+3", "@SUM(A1)",
                                   "\tcmd", "\ufF1d1+1", "  @x"])
def test_csv_cells_never_start_a_formula(value: str) -> None:
    assert safe_cell(value).startswith("'")


def test_csv_plain_values_stay_as_they_are() -> None:
    assert safe_cell("Harbour, 1899") == "Harbour, 1899" and safe_cell(3) == 3


@pytest.mark.parametrize("fmt", ["tei", "csv"])
def test_folder_exports_write_no_partial_files(tmp_path: Path, fmt: str) -> None:
    db = hostile_exhibit(tmp_path)
    out = tmp_path / "out"
    with connect_readonly(db) as conn:
        export_to(conn, fmt, out)
    files = [p for p in out.iterdir() if p.name != ".vitrina-export"]  # the folder's record of what it wrote
    assert files and not [p for p in files if p.name.endswith(".tmp")]
    if fmt == "tei":
        from lxml import etree

        for path in files:
            etree.fromstring(path.read_bytes())  # well-formed despite the markup in the text


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "timeline.json"
    target.write_text("previous\n")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new content that never lands\n")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_json_export_escapes_control_characters(tmp_path: Path) -> None:
    builder = DocumentBuilder("bell", "bell.txt", "text")
    builder.block("paragraph", "A bell\x07 rang \u2028 twice.")
    doc = builder.build()
    db = tmp_path / "x.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        text = export(conn, "json", None) or ""
    assert "\u2028" not in text and json.loads(text)["documents"][0]["text"].startswith("A bell  rang \u2028")
    assert "\x07" not in text  # the builder made the bell a space


def test_an_export_never_replaces_a_database(tmp_path: Path) -> None:
    from vitrina.errors import UsageError

    db = tmp_path / "exhibit.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    before = db.read_bytes()
    with pytest.raises(UsageError, match="is an SQLite database"):
        write_atomically(db, "{}")
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["exhibit.db"]
    other = tmp_path / "old.json"
    other.write_text("[]")
    write_atomically(other, "{}")  # an earlier export is replaced as before
    assert other.read_text() == "{}"
