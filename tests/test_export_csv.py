"""CSV export: one table per file, spans cut from the text, formula injection defused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vitrina.errors import UsageError
from vitrina.export import export
from vitrina.export.csv_tables import safe_cell
from vitrina.model import DocumentBuilder, Entity, Mention
from vitrina.store import connect_readonly, write_exhibit

TABLES = ("documents", "sections", "blocks", "entities", "mentions", "dates", "events", "quantities", "quotes")


def read_table(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_writes_every_table_with_spans(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    with connect_readonly(sample_db) as conn:
        assert export(conn, "csv", out) is None
        texts = dict(conn.execute("SELECT id, text FROM documents").fetchall())
    assert sorted(p.stem for p in out.glob("*.csv")) == sorted(TABLES)
    mentions = read_table(out, "mentions")
    assert len(mentions) == 9
    for row in mentions:
        assert texts[row["document"]][int(row["start"]):int(row["end"])] == row["text"]
    entities = {row["id"]: row for row in read_table(out, "entities")}
    assert entities["person-ada-lind"]["aliases"] == "Lind;Queen Ada Lind"
    assert entities["place-lisbon"]["lon"] == "-9.14"  # numbers are not prefixed
    dates = read_table(out, "dates")  # every normalised date, not only those of events
    with connect_readonly(sample_db) as conn:
        assert len(dates) == conn.execute("SELECT count(*) FROM dates").fetchone()[0] > 0
    for row in dates:
        assert texts[row["document"]][int(row["start"]):int(row["end"])] == row["text"] and row["edtf"]
    events = read_table(out, "events")
    assert {e["places"] for e in events} == {"place-porto", "place-lisbon;place-porto"}
    harbor = next(e for e in events if e["document"] == "harbor")
    assert harbor["evidence"].count(";") == 1
    quotes = read_table(out, "quotes")
    assert {q["text"] for q in quotes} == {"Every ship deserves a story,", "quiet crossing"}
    blocks = read_table(out, "blocks")
    assert [b["kind"] for b in blocks if b["document"] == "harbor"][-2:] == ["caption", "credit"]


def test_needs_a_folder(sample_db: Path, tmp_path: Path) -> None:
    with connect_readonly(sample_db) as conn, pytest.raises(UsageError, match="needs -o FOLDER"):
        export(conn, "csv", None)
    a_file = tmp_path / "f.csv"
    a_file.write_text("x")
    with connect_readonly(sample_db) as conn, pytest.raises(UsageError, match="is a file"):
        export(conn, "csv", a_file)


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_prefixed(value: str) -> None:
    assert safe_cell(value) == "'" + value.replace("\r", " ")  # a carriage return is shown as a space


def test_control_characters_leave_no_cell() -> None:
    assert safe_cell("odd\x1b]0;title\x07.txt\x00") == "odd.txt "


@pytest.mark.parametrize(("value", "expected"), [("plain", "plain"), (-9.14, -9.14), (3, 3), (None, "")])
def test_other_cells_unchanged(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def test_injection_defused_in_written_files(tmp_path: Path) -> None:
    builder = DocumentBuilder("ledger", "ledger.txt", "text")
    builder.section(None, "=cmd|' /C calc'!A0")
    builder.block("paragraph", "@Sheriff Hale paid -40 dollars.")
    doc = builder.build()
    start = doc.text.index("@Sheriff Hale")
    doc = doc.evolve(mentions=(Mention(start, start + 13, "person", "person-hale"),))
    db = tmp_path / "x.db"
    write_exhibit(db, [("sha", doc)], [doc], [Entity("person-hale", "person", "+Hale")])
    out = tmp_path / "csv"
    with connect_readonly(db) as conn:
        export(conn, "csv", out)
    docs = read_table(out, "documents")
    assert docs[0]["title"] == "'=cmd|' /C calc'!A0"
    assert read_table(out, "mentions")[0]["text"] == "'@Sheriff Hale"
    assert read_table(out, "entities")[0]["name"] == "'+Hale"
    raw = (out / "blocks.csv").read_text(encoding="utf-8")
    assert not any(cell.startswith(("=", "+", "@")) for line in raw.splitlines() for cell in line.split(","))



def test_the_sections_table_keeps_levels_and_parents(tmp_path: Path) -> None:
    from vitrina.ingest import markdown

    text = "# The Ropewalk\n\nRope was made here.\n\n## Workers\n\nTwelve spinners.\n\n### Wages\n\nPaid weekly.\n"
    (doc,) = markdown.read(text.encode(), str(tmp_path / "rope.md"))
    db = tmp_path / "r.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        export(conn, "csv", tmp_path / "csv")
    rows = {r["title"]: r for r in read_table(tmp_path / "csv", "sections")}
    assert [(t, r["level"]) for t, r in rows.items()] == [("The Ropewalk", "1"), ("Workers", "2"), ("Wages", "3")]
    assert rows["Wages"]["parent"] == rows["Workers"]["id"] and rows["Workers"]["parent"] == rows["The Ropewalk"]["id"]
    assert rows["The Ropewalk"]["parent"] == ""
    assert doc.text[int(rows["Wages"]["start"]):int(rows["Wages"]["end"])] == "Wages\n\nPaid weekly."


def test_a_source_name_with_a_control_character_is_kept_percent_encoded(tmp_path: Path) -> None:
    from urllib.parse import unquote

    name = "ledger\x1b[31m 5%.txt"
    builder = DocumentBuilder("ledger", name, "text")
    builder.block("paragraph", "The mill closed in 1953.")
    doc = builder.build()
    db = tmp_path / "x.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        export(conn, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["source"] == "ledger%1B[31m 5%25.txt"  # no escape byte, nothing lost
    assert unquote(row["source"]) == name
