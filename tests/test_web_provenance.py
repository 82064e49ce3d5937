"""Provenance you can see: file, page, line and column of citations, in pages, twins and exports."""

from __future__ import annotations

import json
import sqlite3
import warnings
import zipfile
from pathlib import Path

from starlette.testclient import TestClient

from vitrina.model import DocumentBuilder, Entity, Mention, Piece, SourceRef
from vitrina.provenance import Provenance, describe
from vitrina.store import write_exhibit
from vitrina.web.app import create_app

warnings.filterwarnings("ignore", message=".*httpx.*")
SOURCE = "Notes from the lighthouse\n\n  The keeper Oda Fenn lit the lamp at dusk.\n"


def exhibit_from_file(tmp_path: Path, source: str = SOURCE, member: str | None = None) -> tuple[Path, Path]:
    """A one-paragraph exhibit read (by hand) from a text file that still exists (with ``member``, from
    that member of the ZIP ``lighthouse.zip``)."""
    path = tmp_path / ("lighthouse.zip" if member else "lighthouse.txt")
    if member:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(member, source)
    else:
        path.write_text(source, encoding="utf-8")
    title, line = "Notes from the lighthouse", "The keeper Oda Fenn lit the lamp at dusk."
    at = SOURCE.index(line)
    builder = DocumentBuilder("light", f"{path}!{member}" if member else str(path), "text")
    builder.section("1", [Piece(title, SourceRef(0, len(title), 1))])
    builder.block("paragraph", [Piece(line, SourceRef(at, at + len(line), 3))])
    doc = builder.build(title=title)
    who = doc.text.index("Oda Fenn")
    doc = doc.evolve(sentences=((doc.text.index("The keeper"), len(doc.text)),),
                     mentions=(Mention(who, who + 8, "person", "person-oda-fenn"),))
    db = tmp_path / "light.db"
    write_exhibit(db, [("s", doc)], [doc], [Entity("person-oda-fenn", "person", "Oda Fenn")])
    return db, path


def test_file_line_and_column_of_a_span(tmp_path: Path) -> None:
    db, _ = exhibit_from_file(tmp_path)
    conn = sqlite3.connect(db)
    text = conn.execute("SELECT text FROM documents").fetchone()[0]
    where = Provenance(conn).locate("light", text.index("Oda"), text.index("Oda") + 8)
    assert where == {"file": "lighthouse.txt", "page": None, "line": 3, "column": 14}
    assert describe(where) == "lighthouse.txt, line 3, column 14"


def test_no_column_when_the_input_changed_or_is_gone(tmp_path: Path) -> None:
    db, path = exhibit_from_file(tmp_path)
    path.write_text("Something else entirely\n" * 5, encoding="utf-8")
    text = sqlite3.connect(db).execute("SELECT text FROM documents").fetchone()[0]
    at = text.index("Oda")
    assert Provenance(sqlite3.connect(db)).locate("light", at, at + 3)["column"] is None
    path.unlink()
    assert Provenance(sqlite3.connect(db)).locate("light", at, at + 3) == {
        "file": "lighthouse.txt", "page": None, "line": 3, "column": None}


def test_a_member_of_an_archive_is_cited_by_its_archive_and_path_in_it(tmp_path: Path) -> None:
    db, path = exhibit_from_file(tmp_path, member="notes/lighthouse.txt")
    text = sqlite3.connect(db).execute("SELECT text FROM documents").fetchone()[0]
    at = text.index("Oda")
    assert Provenance(sqlite3.connect(db)).locate("light", at, at + 8) == {  # the column read back from the archive
        "file": "lighthouse.zip!notes/lighthouse.txt", "page": None, "line": 3, "column": 14}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes/lighthouse.txt", "Something else entirely\n" * 5)
    assert Provenance(sqlite3.connect(db)).locate("light", at, at + 8)["column"] is None


def test_pages_and_twins_show_the_source(tmp_path: Path) -> None:
    db, _ = exhibit_from_file(tmp_path)
    client = TestClient(create_app(db))
    entity = client.get("/entities/person-oda-fenn.json").json()
    assert entity["mentions"][0]["source"] == {"file": "lighthouse.txt", "page": None, "line": 3, "column": 14}
    html = client.get("/entities/person-oda-fenn").text
    assert '<details class="source"><summary>source</summary><span class="source-where">lighthouse.txt, line 3, column 14</span></details>' in html
    start = entity["mentions"][0]["start"]
    doc = client.get(f"/documents/light.json?hl={start}-{start + 8}").json()
    assert doc["highlight"]["source"]["column"] == 14
    assert "In the input: lighthouse.txt, line 3, column 14." in client.get(f"/documents/light?hl={start}-{start + 8}").text
    assert str(tmp_path) not in json.dumps(entity)  # a file name, never the builder's folders


def test_exports_say_where_each_fact_came_from(tmp_path: Path) -> None:
    from vitrina.export import tei
    from vitrina.export.annotations import write as write_annotations

    db, _ = exhibit_from_file(tmp_path)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    collection = json.loads(write_annotations(conn, None) or "")
    mention = next(a for a in collection["first"]["items"] if a["motivation"] == "identifying")
    assert mention["target"]["input"] == {"file": "lighthouse.txt", "page": None, "line": 3, "column": 14}
    out = tmp_path / "tei"
    tei.write(conn, out)
    xml = (out / "light.xml").read_text(encoding="utf-8")
    assert 'source="lighthouse.txt#line=3&amp;column=3"' in xml  # the paragraph starts after two spaces


def test_a_tei_input_whose_stretches_start_with_an_elements_spaced_tail_has_columns(tmp_path: Path) -> None:
    from vitrina.ingest import tei as tei_reader

    source = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n'
              '<p><persName>Ivo Brandt</persName> rowed out\n  to the <placeName>Skerry</placeName> light.</p>\n'
              '</body></text></TEI>\n')
    path = tmp_path / "skerry.xml"
    path.write_text(source, encoding="utf-8")
    (doc,) = tei_reader.read(source.encode(), str(path))
    db = tmp_path / "s.db"
    write_exhibit(db, [("s", doc)], [doc], [])
    at = doc.text.index("Skerry")
    assert Provenance(sqlite3.connect(db)).locate(doc.id, at, at + 6) == {
        "file": "skerry.xml", "page": None, "line": 3, "column": source.splitlines()[2].index("Skerry") + 1}
