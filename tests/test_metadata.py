"""Title, author and date from file properties only when they are the document's own, with sources."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.ingest.docx import read as read_docx
from vitrina.ingest.html import read as read_html
from vitrina.ingest.metadata import (
    DocxProperties,
    docx_metadata,
    generic_author,
    generic_title,
    pdf_metadata,
)

BODY = ("The harbour commission met on a grey morning to settle the cost of the new breakwater, "
        "and the engineer read out his estimate twice.")


def when(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def make_docx(*, author: str = "", last_by: str = "", created: str | None = None,
              modified: str | None = None, title: str = "", revision: int = 2,
              template: str = "Normal.dotm", words: int | None = None) -> bytes:
    """A DOCX with these core properties and an app.xml naming ``template`` and ``words``."""
    document = docx.Document()
    document.add_paragraph(BODY)
    core = document.core_properties
    core.author, core.last_modified_by, core.title, core.revision = author, last_by, title, revision
    if created:
        core.created = when(created)
    if modified:
        core.modified = when(modified)
    buffer = io.BytesIO()
    document.save(buffer)
    count = len(BODY.split()) if words is None else words
    app = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Template>{template}</Template><Words>{count}</Words></Properties>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, app if item.filename == "docProps/app.xml" else src.read(item.filename))
    return out.getvalue()


def meta_of(data: bytes) -> dict[str, str]:
    return dict(read_docx(data, "letter.docx")[0].meta)


def test_own_created_date_and_creator_are_kept_with_their_source():
    meta = meta_of(make_docx(author="Ines Varga", last_by="Ines Varga", created="2019-04-02T09:00:00",
                             modified="2019-04-05T17:00:00", title="Breakwater estimate"))
    assert meta["date"] == "2019-04-02" and meta["date_source"] == "docx core properties: created"
    assert meta["author"] == "Ines Varga" and meta["author_source"] == "docx core properties: creator"


def test_template_date_gives_way_to_the_last_save():
    meta = meta_of(make_docx(author="Design Office", last_by="Ines Varga", created="2012-01-10T08:00:00",
                             modified="2019-04-05T17:00:00", template="Commission Letterhead.dotx",
                             title="Letterhead"))
    assert meta["date"] == "2019-04-05"
    assert meta["date_source"] == ("docx core properties: modified (created 2012-01-10 is the date of "
                                   "template Commission Letterhead.dotx)")
    assert meta["author"] == "Ines Varga"  # the template's creator is not the author
    assert "title" not in meta  # nor its title


def test_properties_never_saved_with_the_text_are_ignored():
    """A program filling a copy of a template leaves app.xml's word count (0) and the template's dates."""
    meta = meta_of(make_docx(author="python-docx", created="2013-12-23T23:15:00",
                             modified="2013-12-23T23:15:00", words=0))
    assert "date" not in meta and "author" not in meta
    meta = meta_of(make_docx(author="Ines Varga", created="2013-12-23T23:15:00",
                             modified="2013-12-23T23:15:00", words=0))
    assert "date" not in meta  # the program set the creator, not the template's dates
    assert (meta["author"], meta["author_source"]) == ("Ines Varga", "docx core properties: creator")


def test_python_docx_default_document_has_no_date():
    document = docx.Document()
    document.add_paragraph(BODY)
    buffer = io.BytesIO()
    document.save(buffer)
    assert "date" not in meta_of(buffer.getvalue())


def test_copy_of_an_older_file_by_someone_else():
    meta = meta_of(make_docx(author="Piet Ruys", last_by="Ines Varga", created="2009-03-01T10:00:00",
                             modified="2019-04-05T17:00:00", revision=2))
    assert meta["date"] == "2019-04-05" and meta["author"] == "Ines Varga"
    assert "is an older file's" in meta["date_source"]


def test_long_edited_own_document_keeps_its_created_date():
    meta = meta_of(make_docx(author="Piet Ruys", last_by="Ines Varga", created="2009-03-01T10:00:00",
                             modified="2019-04-05T17:00:00", revision=57))
    assert meta["date"] == "2009-03-01" and meta["author"] == "Piet Ruys"


def test_default_and_inconsistent_dates_are_not_trusted():
    props = DocxProperties(created=when("1601-01-01T00:00:00"), modified=when("2020-02-02T00:00:00"),
                           actual_words=20, stated_words=20)
    assert docx_metadata(props)["date"] == "2020-02-02"
    props = DocxProperties(created=when("2021-05-05T00:00:00"), modified=when("2020-02-02T00:00:00"))
    assert docx_metadata(props)["date_source"].endswith("(created 2021-05-05 is after the last save)")


def test_generic_titles_and_authors():
    assert generic_title("Microsoft Word - minutes_1950.doc")
    assert generic_title("Untitled") and generic_title("Document1") and generic_title("report.docx")
    assert not generic_title("Minutes of the Harbour Commission")
    assert generic_author("Microsoft Office User") and generic_author("user")
    assert generic_author("(anonymous)")  # a PDF library's placeholder, not a person
    assert not generic_author("Ines Varga")
    meta = meta_of(make_docx(author="User", created="2019-04-02T09:00:00",
                             modified="2019-04-05T17:00:00", title="Untitled"))
    assert "author" not in meta and "title" not in meta and meta["date"] == "2019-04-02"


def test_pdf_information_dictionary():
    meta = pdf_metadata({"Title": "Microsoft Word - minutes.doc", "Author": "Ines Varga",
                         "CreationDate": "D:20190402090000+02'00'", "ModDate": "D:20190405170000Z"})
    assert meta == {"author": "Ines Varga", "author_source": "pdf info: Author",
                    "date": "2019-04-02", "date_source": "pdf info: CreationDate"}
    meta = pdf_metadata({"Title": "Harbour Minutes", "CreationDate": "D:20210101", "ModDate": "D:2019"})
    assert meta["title"] == "Harbour Minutes" and meta["date"] == "2019"
    assert meta["date_source"] == "pdf info: ModDate (CreationDate is after it)"
    assert "date" not in pdf_metadata({"CreationDate": "D:19700101000000Z"})


def test_html_meta_of_the_page_itself():
    page = ("<html><head><title>Breakwater estimate</title>"
            '<meta name="generator" content="SiteMaker 3">'
            '<meta name="author" content="admin">'
            '<meta name="citation_author" content="Varga, Ines">'
            '<meta name="citation_author" content="Ruys, Piet">'
            '<meta name="citation_publication_date" content="1950/03/04">'
            f"</head><body><p>{BODY}</p></body></html>").encode()
    meta = dict(read_html(page, "page.html")[0].meta)
    assert meta["author"] == "Varga, Ines; Ruys, Piet"
    assert meta["author_source"] == "html meta: citation_author"
    assert (meta["date"], meta["date_source"]) == ("1950-03-04", "html meta: citation_publication_date")


def test_csl_issued_uses_the_documents_own_date(tmp_path: Path):
    path = tmp_path / "estimate.docx"
    path.write_bytes(make_docx(author="Design Office", last_by="Ines Varga", created="2012-01-10T08:00:00",
                               modified="2019-04-05T17:00:00", template="Commission Letterhead.dotx"))
    db = tmp_path / "x.db"
    runner = CliRunner()
    built = runner.invoke(main, ["build", "-j", "1", "--db", str(db), str(path)])
    assert built.exit_code == 0, built.output
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "csl"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)[0]
    assert record["issued"] == {"date-parts": [[2019, 4, 5]]}
    assert record["author"] == [{"literal": "Ines Varga"}]
    assert not re.search(r"2012", json.dumps(record))
