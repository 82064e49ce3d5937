"""CSL-JSON export: valid against the CSL data schema, metadata carried over."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from vitrina.export import export
from vitrina.export.csl import csl_date, record
from vitrina.model import DocumentBuilder
from vitrina.store import connect_readonly, write_exhibit

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "csl-data.schema.json").read_text())


def test_sample_is_valid_csl(sample_db: Path) -> None:
    with connect_readonly(sample_db) as conn:
        items = json.loads(export(conn, "csl", None) or "")
    jsonschema.validate(items, SCHEMA)
    assert [(i["id"], i["type"], i["title"], i["source"]) for i in items] == [
        ("harbor", "document", "The Harbor Museum", "harbor.txt"),
        ("voyage", "document", "A Quiet Crossing", "voyage.txt"),
    ]


def test_reader_metadata_becomes_csl_fields(tmp_path: Path) -> None:
    builder = DocumentBuilder("letters-1", "/archive/letters.xml", "tei")
    builder.section(None, "Letters from the Lighthouse")
    builder.block("paragraph", "The keeper wrote every week.")
    doc = builder.build(meta={"collection": "Coastal Papers", "author": "Ines Varga; Tomas Rell",
                              "date": "1911-04", "publisher": "Lighthouse Society"})
    db = tmp_path / "m.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    out = tmp_path / "refs.json"
    with connect_readonly(db) as conn:
        assert export(conn, "csl", out) is None
    items = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(items, SCHEMA)
    (item,) = items
    assert item["type"] == "article"
    assert item["container-title"] == "Coastal Papers"
    assert item["publisher"] == "Lighthouse Society"
    assert item["author"] == [{"literal": "Ines Varga"}, {"literal": "Tomas Rell"}]
    assert item["issued"] == {"date-parts": [[1911, 4]]}
    assert item["source"] == "letters.xml"


def test_url_source_and_dates() -> None:
    item = record({"id": "w", "title": "Page", "source": "https://example.org/p"}, {"date": "1925-21"})
    assert item["URL"] == "https://example.org/p" and "source" not in item
    assert item["issued"] == {"edtf": "1925-21"}
    assert csl_date("1921-05-04") == {"date-parts": [[1921, 5, 4]]}
    assert csl_date("spring 1921") == {"raw": "spring 1921"}
    jsonschema.validate([item], SCHEMA)


def _letter(tmp_path: Path, lines: list[str], dated: str, signed: str, last_kind: str = "paragraph") -> list[dict]:
    from vitrina.model import DateMention, Entity, Mention

    builder = DocumentBuilder("note-7", "note7.txt", "text")
    for k, line in enumerate(lines):
        builder.block(last_kind if k == len(lines) - 1 else "paragraph", line)
    doc = builder.build()
    text = doc.text
    at, by = text.index(dated), text.rindex(signed)
    doc = doc.evolve(dates=(DateMention(at, at + len(dated), "1902-10-09"),),
                     mentions=(Mention(by, by + len(signed), "person", "person-signer"),))
    db = tmp_path / "l.db"
    write_exhibit(db, [("sha", doc)], [doc], [Entity("person-signer", "person", signed)])
    with connect_readonly(db) as conn:
        items = json.loads(export(conn, "csl", None) or "")
    jsonschema.validate(items, SCHEMA)
    return items


def test_a_dateline_and_a_signature_give_issued_and_author(tmp_path: Path) -> None:
    (item,) = _letter(tmp_path, ["Quarry Lane, Morven 9 October 1902", "Dear Fen, the kiln is lit at last.",
                                 "Ever yours, Odile Marsh"], "9 October 1902", "Odile Marsh")
    assert item["issued"] == {"date-parts": [[1902, 10, 9]]}
    assert item["author"] == [{"literal": "Odile Marsh"}]


def test_dates_and_names_told_in_prose_are_not_the_documents(tmp_path: Path) -> None:
    (item,) = _letter(tmp_path, ["The kiln at Morven was lit for the first time on 9 October 1902, after a wet summer.",
                                 "Odile Marsh, who had built it with her brother, kept the fire going all night "
                                 "and wrote of it to Odile Marsh"], "9 October 1902", "Odile Marsh")
    assert "issued" not in item and "author" not in item


def test_a_pictures_credit_line_names_no_author_of_the_page(tmp_path: Path) -> None:
    (item,) = _letter(tmp_path, ["Quarry Lane, Morven 9 October 1902", "The kiln, in a watercolour of its first firing.",
                                 "Credit: photograph by Odile Marsh"], "9 October 1902", "Odile Marsh", "credit")
    assert item["issued"] == {"date-parts": [[1902, 10, 9]]}
    assert "author" not in item  # the photographer of one picture, not the page's writer


def test_a_pdfs_creation_date_gives_way_to_the_texts_own_date() -> None:
    made = {"date": "2031-02-11", "date_source": "pdf info: CreationDate"}
    item = record({"id": "b", "title": "Lock Houses", "source": "b.pdf"}, {**made, "dated": "1998"})
    assert item["issued"] == {"date-parts": [[1998]]} and "note" not in item


def test_a_pdfs_creation_date_alone_is_no_issued_date_only_a_note(tmp_path: Path) -> None:
    builder = DocumentBuilder("b", "b.pdf", "pdf")
    builder.block("paragraph", "The lock houses were built of the same stone as the locks.")
    doc = builder.build(meta={"date": "2031-02-11", "date_source": "pdf info: CreationDate"})
    db = tmp_path / "p.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        (item,) = json.loads(export(conn, "csl", None) or "")
    jsonschema.validate([item], SCHEMA)
    assert "issued" not in item  # a citation manager would print the file's making as the date of the work
    assert "not stated in the text" in item["note"] and "2031-02-11 (pdf info: CreationDate)" in item["note"]


def test_a_table_row_closing_a_memoir_names_no_author(tmp_path: Path) -> None:
    """Round 41 red team DEF-14: a chronology's last row ("1716 | Marriage to A. Name") made the person it names
    the memoir's author."""
    (item,) = _letter(tmp_path, ["Quarry Lane, Morven 9 October 1902", "I kept the kiln for forty years.",
                                 "1921 | Married Odile Marsh"], "9 October 1902", "Odile Marsh", "table")
    assert "author" not in item


def test_each_record_says_its_documents_language(tmp_path: Path) -> None:
    """Round 41 red team DEF-14: no record had a ``language``; the input's stated one goes first, else its text's."""
    stated = DocumentBuilder("carta", "carta.xml", "tei")
    stated.block("paragraph", "The ferry crossed at dawn.")
    told = DocumentBuilder("lettre", "lettre.txt", "text")
    told.block("paragraph", "Le passeur traversait la rivière chaque matin, même quand l'eau était haute et que "
                            "le courant était fort.")
    docs = [stated.build(meta={"language": "es"}), told.build()]
    db = tmp_path / "g.db"
    write_exhibit(db, [("sha" + d.id, d) for d in docs], docs, [])
    with connect_readonly(db) as conn:
        items = json.loads(export(conn, "csl", None) or "")
    jsonschema.validate(items, SCHEMA)
    assert {i["id"]: i.get("language") for i in items} == {"carta": "es", "lettre": "fr"}


def test_a_catalogue_record_gives_creator_and_date_over_what_the_text_suggested():
    # round 47 red team D8: the catalogue's creator and date did not reach the CSL item
    from vitrina.export.csl import with_catalogue

    own = {"author": "Ann Roe", "author_source": "text: byline 'By Ann Roe'", "publisher": "Dene Press"}
    merged = with_catalogue(own, [["file", "a.txt"], ["creator", "Mirren Osei"], ["date", "1911"],
                                  ["publisher", "Holm Books"]])
    assert merged["creator"] == "Mirren Osei" and merged["date"] == "1911" and "author" not in merged
    assert merged["publisher"] == "Dene Press"  # the file's own metadata stands over the record
    assert with_catalogue(own, None) == own


def test_a_catalogue_record_gives_its_title_over_a_guessed_one_and_its_date_over_a_files_making():
    # round 48 red team D12: the record's title lost to the file's name, its date to a PDF's CreationDate
    from vitrina.export.csl import record, with_catalogue

    doc = {"id": "k4-notes", "title": "K4 notes", "source": "K4_notes.pdf"}
    own = {"title_source": "file name", "date": "2031-02-11", "date_source": "pdf info: CreationDate"}
    merged = with_catalogue(own, [["ref", "K4"], ["title", "Notes of the inquest at Harl"], ["date", "1908-03"]])
    item = record(doc, merged)
    assert item["title"] == "Notes of the inquest at Harl" and item["issued"] == {"date-parts": [[1908, 3]]}
    stated = {"title": "The Harl Inquest", "title_source": "pdf info: Title"}
    merged = with_catalogue(stated, [["ref", "K4"], ["title", "Notes of the inquest at Harl"]])
    assert record({**doc, "title": "The Harl Inquest"}, merged)["title"] == "The Harl Inquest"  # a stated title stays


def _issue(tmp_path: Path, blocks: list[tuple[str, str]], day: str, edtf: str) -> dict:
    """A one-document exhibit of (kind, text) blocks with one date mention ``day`` (``edtf``)."""
    from vitrina.model import DateMention

    builder = DocumentBuilder("issue", "issue.txt", "text")
    for kind, line in blocks:
        builder.block(kind, line)
    doc = builder.build()
    at = doc.text.index(day)
    doc = doc.evolve(dates=(DateMention(at, at + len(day), edtf),))
    db = tmp_path / "i.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    with connect_readonly(db) as conn:
        (item,) = json.loads(export(conn, "csl", None) or "")
    return item


STORY = ("The new lock gates at Felling were opened by the canal company's engineer before a crowd of some two "
         "hundred, who had walked out from the town in spite of the rain and stayed until the first barge passed.")


def test_a_mastheads_day_with_its_weekday_is_the_issues_date(tmp_path: Path) -> None:
    item = _issue(tmp_path, [("heading", "THE FELLING COURIER."), ("paragraph", "No. 88. TUESDAY, MARCH 3, 1903."),
                             ("paragraph", STORY)], "MARCH 3, 1903", "1903-03-03")
    assert item["issued"] == {"date-parts": [[1903, 3, 3]]}
    item = _issue(tmp_path, [("heading", "The Felling Courier, No. 88, Tuesday, March 3, 1903"),
                             ("paragraph", STORY)], "Tuesday, March 3, 1903", "1903-03-03")
    assert item["issued"] == {"date-parts": [[1903, 3, 3]]}


def test_a_weekday_the_calendar_denies_or_a_title_opening_with_a_day_is_no_issue_date(tmp_path: Path) -> None:
    item = _issue(tmp_path, [("heading", "THE FELLING COURIER."), ("paragraph", "No. 88. FRIDAY, MARCH 3, 1903."),
                             ("paragraph", STORY)], "MARCH 3, 1903", "1903-03-03")
    assert "issued" not in item  # 3 March 1903 was a Tuesday
    item = _issue(tmp_path, [("heading", "Tuesday, March 3, 1903: The Lock Gates Open"), ("paragraph", STORY)],
                  "Tuesday, March 3, 1903", "1903-03-03")
    assert "issued" not in item  # an exhibit's title naming the day it is about
    item = _issue(tmp_path, [("heading", "THE FELLING COURIER."), ("paragraph", STORY),
                             ("paragraph", "The next meeting is on Tuesday, March 3, 1903.")],
                  "March 3, 1903", "1903-03-03")
    assert "issued" not in item  # a day told below the first paragraph of prose
    item = _issue(tmp_path, [("heading", "Lock Gates"), ("caption", "The engineer at the gates at Felling on the "
                             "morning of Tuesday, March 3, 1903, before the crowd came. (Canal Trust)"),
                             ("paragraph", STORY)], "Tuesday, March 3, 1903", "1903-03-03")
    assert "issued" not in item  # a picture's caption telling the day it was taken


def test_a_range_and_an_approximate_date_are_date_parts_csl_processors_read() -> None:
    """A range was written as ``{"edtf": "1786/1810"}``, which CSL processors do not read (round 59 red team D16)."""
    assert csl_date("1786/1810") == {"date-parts": [[1786], [1810]]}
    assert csl_date("1901-03-02/1901-04") == {"date-parts": [[1901, 3, 2], [1901, 4]]}
    assert csl_date("1786~") == {"date-parts": [[1786]], "circa": True}
    assert csl_date("1786/..") == {"edtf": "1786/.."}
    assert csl_date("178X") == {"edtf": "178X"}
    for date in ("1786/1810", "1786~"):
        jsonschema.validate([{"id": "x", "type": "document", "issued": csl_date(date)}], SCHEMA)
