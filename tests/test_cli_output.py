"""What the CLI prints for people: search hits, export reports, version, safe one-line errors."""

from __future__ import annotations

import errno
import importlib.metadata
import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from vitrina.cli import hit_lines, main
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.store import write_exhibit
from vitrina.terminal import count, readable, shown

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- search


def test_search_prints_title_section_sentence_and_offsets(sample_db):
    result = run("search", "--db", str(sample_db), "museum")
    assert result.exit_code == 0
    assert result.stdout == (
        "The Harbor Museum \u2014 section 1\n"
        "  Queen Ada Lind opened the Harbor Museum in Porto on May 4, 1921.\n"
        "  (harbor 19\u201383)\n"
        "\n"
        "The Harbor Museum \u2014 section 1\n"
        "  The museum held more than 1,200 models by the spring of 1925.\n"
        "  (harbor 151\u2013212)\n"
        "\n"
        "2 matches\n"
    )
    assert "<mark>" not in result.stdout and "&#" not in result.stdout


def test_search_marks_matches_in_bold_on_a_terminal(sample_db):
    data = json.loads(run("search", "--db", str(sample_db), "--json", "schooner").stdout)
    hit = data["hits"][0]
    start, end = hit["matches"][0]
    assert hit["text"][start:end].lower() == "schooner"
    sentence = hit_lines(hit, styled=True)[1]
    assert "\x1b[1m\x1b[4mschooner\x1b[0m" in sentence
    assert hit_lines(hit, styled=False)[1] == "  " + hit["text"]


def test_search_json_stays_machine_readable(sample_db):
    result = run("search", "--db", str(sample_db), "--json", "--limit", "1", "Lind")
    data = json.loads(result.stdout)
    assert data["total"] == 3 and len(data["hits"]) == 1
    assert "<mark>" in data["hits"][0]["snippet"]  # the web's snippet is unchanged


def test_search_without_matches(sample_db):
    result = run("search", "--db", str(sample_db), "zeppelin")
    assert (result.exit_code, result.stdout) == (0, "No matches.\n")


# ---------------------------------------------------------------- export


def test_export_single_file_creates_parents_and_reports(sample_db, tmp_path):
    out = tmp_path / "new" / "deeper" / "kb.json"
    result = run("export", "--db", str(sample_db), "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"Wrote 2 documents to {out}\n"
    assert json.loads(out.read_text())["documents"]
    assert not list(out.parent.glob(".*.tmp"))


def test_export_annotations_reports_count(sample_db, tmp_path):
    out = tmp_path / "annotations.json"
    result = run("export", "--db", str(sample_db), "--format", "annotations", "-o", str(out))
    items = json.loads(out.read_text())["first"]["items"]
    assert result.stderr == f"Wrote {count(len(items), 'annotation')} to {out}\n"


def test_export_folder_format_writes_a_folder(sample_db, tmp_path):
    out = tmp_path / "exports" / "tei"
    result = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"Wrote 2 TEI files to {out}\n"
    assert sorted(p.name for p in out.iterdir() if p.suffix != ".xml") == [".vitrina-export"]  # its record
    assert sorted(p.suffix for p in out.iterdir() if p.suffix) == [".xml", ".xml"]


def test_export_into_a_folder_of_older_files_says_they_were_left(sample_db, tmp_path):
    out = tmp_path / "tei"
    out.mkdir()
    (out / "from-another-exhibit.xml").write_text("<TEI/>")
    result = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    assert result.stderr == f"Wrote 2 TEI files to {out}; 1 other file already there was left in place\n"
    again = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))  # rewritten: not "others"
    assert again.stderr == result.stderr


def test_a_reexport_removes_the_files_of_documents_no_longer_in_the_exhibit(sample_db, tmp_path):
    out = tmp_path / "tei"
    run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    record = out / ".vitrina-export"
    record.write_text(record.read_text() + "withdrawn.xml\n")  # an earlier export wrote a document since dropped
    (out / "withdrawn.xml").write_text("<TEI/>")
    (out / "mine.xml").write_text("<TEI/>")  # the user's own: never touched
    result = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    assert result.stderr == (f"Wrote 2 TEI files to {out}; removed 1 file an earlier export wrote that the "
                             "exhibit no longer has; 1 other file already there was left in place\n")
    assert not (out / "withdrawn.xml").exists() and (out / "mine.xml").exists()
    assert "withdrawn.xml" not in record.read_text()


def test_export_to_an_unwritable_place_names_the_file_not_a_temporary(sample_db, tmp_path, monkeypatch):
    def refused(prefix: str, suffix: str, dir: Path) -> None:  # what a read-only folder does, even for root
        raise PermissionError(errno.EACCES, "Permission denied", str(dir / f"{prefix}x1y2{suffix}"))

    monkeypatch.setattr("vitrina.export.atomic.tempfile.mkstemp", refused)
    out = tmp_path / "kb.json"
    result = run("export", "--db", str(sample_db), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: permission denied\n"


def test_export_folder_format_refuses_a_file_name(sample_db, tmp_path):
    out = tmp_path / "tei.xml"
    result = run("export", "--db", str(sample_db), "--format", "tei", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (f"Error: tei export writes a folder, one file per document, and {out} (not there "
                             "yet) is named like a file (.xml); nothing written: give a folder name (-o FOLDER)\n")
    assert not out.exists()


def test_export_single_file_refuses_a_folder(sample_db, tmp_path):
    result = run("export", "--db", str(sample_db), "--format", "csl", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path} is a folder; csl export writes one file (-o FILE)\n"


def test_export_help_says_file_or_folder():
    text = " ".join(run("export", "--help").stdout.split())
    assert "a FILE for one-file formats, a FOLDER for tei and csv" in text


# ---------------------------------------------------------------- version, publish


def test_version_is_the_package_version():
    result = run("--version")
    assert result.stdout == f"vitrina {importlib.metadata.version('vitrina')}\n"


def test_publish_runs_without_test_tools(sample_db, tmp_path):
    """httpx and starlette's test client are blocked: publish must not need them."""
    script = (
        "import sys; sys.modules['httpx'] = None; sys.modules['starlette.testclient'] = None\n"
        "from vitrina.cli import main\n"
        "main()\n"
    )
    out = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-c", script, "publish", "--db", str(sample_db), "--static", str(out)],
        capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    files = sum(1 for p in out.rglob("*") if p.is_file())
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("publishing: ")]
    assert lines == [f"Wrote {files:,} files to {out}"]  # after progress lines, on a slow machine
    assert (out / "index.html").read_text().lower().startswith("<!doctype html>")


def test_publish_logged_to_a_file_prints_progress_lines(sample_db, tmp_path, monkeypatch):
    monkeypatch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 0.0)
    out = tmp_path / "site"
    result = run("publish", "--db", str(sample_db), "--static", str(out))
    assert result.exit_code == 0
    *progress, last = result.stderr.splitlines()
    assert last.startswith("Wrote ") and last.endswith(f" files to {out}")
    pages = len(list(out.rglob("*.html"))) - 1  # search.html is written after the crawl
    assert re.fullmatch(rf"publishing: {pages}/{pages} pages, [\d,]+ pages/s, \d+:\d\d elapsed", progress[-1])
    assert all(line.startswith("publishing: ") for line in progress) and len(progress) >= 2


def test_smoke_script_is_run_by_ci():
    assert ".ci/smoke" in (ROOT / ".ci" / "run").read_text()


# ---------------------------------------------------------------- terminal hygiene

HOSTILE_TITLE = "Harbor\x1b]0;owned\x07 notes\x1b[2J"
HOSTILE_TEXT = "The pier\r\x1b[31mopened\x1b[0m in 1931 \u202eevil."


@pytest.fixture
def hostile_db(tmp_path):
    builder = DocumentBuilder("notes", "notes.txt", "text")
    builder.section("1", [Piece(HOSTILE_TITLE, SourceRef(0, len(HOSTILE_TITLE), 1))])
    builder.block("paragraph", [Piece(HOSTILE_TEXT, SourceRef(100, 100 + len(HOSTILE_TEXT), 2))])
    doc = builder.build(title=HOSTILE_TITLE)
    db = tmp_path / "hostile.db"
    write_exhibit(db, [("0" * 64, doc)], [doc], [])
    return db


def test_search_strips_escape_sequences(hostile_db):
    result = run("search", "--db", str(hostile_db), "pier")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\r" not in result.stdout and "\u202e" not in result.stdout
    assert result.stdout.splitlines()[0] == "Harbor notes \u2014 section 1"


def test_error_lines_show_control_characters_escaped(tmp_path):
    name = tmp_path / "bad\x1b[2Jname\nforged.txt"
    result = run("build", "--db", str(tmp_path / "x.db"), str(name))
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first == f"Error: {tmp_path}/bad\\x1b[2Jname\\x0aforged.txt: no such file or folder"
    assert "\x1b" not in result.stderr


def test_terminal_helpers():
    assert shown("a\x1b[2Jb\nc\udcffd") == "a\\x1b[2Jb\\x0ac\\xffd"
    assert readable("a\x1b]0;title\x07b\x9b31mc\td") == "abc d"
    assert (count(1, "document"), count(2, "entity", "entities"), count(1204, "file")) == (
        "1 document", "2 entities", "1,204 files")


# ---------------------------------------------------------------- OS and database errors


@pytest.mark.parametrize(("error", "message"), [
    (PermissionError(errno.EACCES, "Permission denied", "out.json"), "Error: out.json: permission denied\n"),
    (OSError(errno.ENOSPC, "No space left on device", "out.json"),
     "Error: out.json: no space left on device (disk full)\n"),
])
def test_os_errors_are_one_plain_line(sample_db, tmp_path, monkeypatch, error, message):
    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr("vitrina.export.export_to", refuse)
    result = run("export", "--db", str(sample_db), "-o", str(tmp_path / "out.json"))
    assert (result.exit_code, result.stderr) == (1, message)


def test_corrupt_database_is_one_plain_line(sample_db):
    with sample_db.open("r+b") as handle:  # keep the header, damage the pages behind it
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)
    result = run("search", "--db", str(sample_db), "museum")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {sample_db}: database cannot be read (database disk image is "
                             "malformed); it is damaged: build it again from its files with "
                             f"`vitrina build FILES --db {sample_db} --replace-all` (it is replaced only once "
                             "the new one is complete), or move it away\n")


def test_readable_keeps_ordinary_text():
    assert readable("Caf\u00e9 \u2014 1921, \u201cquoted\u201d") == "Caf\u00e9 \u2014 1921, \u201cquoted\u201d"


def test_help_lists_the_registered_readers_and_explains_every_option():
    from vitrina.ingest import supported_formats

    build_help = " ".join(run("build", "--help").output.split())
    assert f"Formats read: {supported_formats()}." in build_help
    unexplained = [f"{name} {option.opts[0]}" for name, command in main.commands.items()
                   for option in command.params if isinstance(option, click.Option) and not option.help]
    assert unexplained == []
    listing = run("--help").output
    assert "..." not in listing.split("Commands:", 1)[1]  # every command's summary fits whole


def test_an_unknown_filter_id_is_a_usage_error_that_suggests_ids(sample_db):
    typo = run("search", "Lisbon", "--db", str(sample_db), "--document", "harbour")
    assert typo.exit_code == 2
    assert typo.output == "Error: no document 'harbour' (--document takes a document id, as search prints it)\n"
    by_name = run("search", "Lisbon", "--db", str(sample_db), "--entity", "lind")
    assert by_name.exit_code == 2
    assert by_name.output.startswith("Error: no entity 'lind' ") and by_name.output.endswith(": person-ada-lind\n")
    compared = run("compare", "--db", str(sample_db), "--entity", "nobody")
    assert compared.exit_code == 2 and compared.output.startswith("Error: no entity 'nobody' ")
    known = run("search", "Lisbon", "--db", str(sample_db), "--entity", "place-lisbon", "--document", "voyage")
    assert known.exit_code == 0


def test_an_unknown_entity_suggests_every_entity_named_so_up_to_the_limit(monkeypatch):
    from types import SimpleNamespace

    from vitrina import cli
    from vitrina.errors import UsageError
    from vitrina.limits import INPUT_LIMITS

    names = ["Camp Orrin", "Mount Orrin", "Orrin Glacier", "Orrin Bay", "Sir Walter Orrin", "Edith Orrin Hall"]
    entities = [SimpleNamespace(id=f"entity-{n}", name=name) for n, name in enumerate(names)]
    kb = SimpleNamespace(entity=lambda _id: None, entities=lambda: entities)
    with pytest.raises(UsageError) as every:
        cli.check_filters(kb, None, "orrin")  # type: ignore[arg-type]
    assert all(entity.id in str(every.value) for entity in entities) and "more" not in str(every.value)
    monkeypatch.setitem(INPUT_LIMITS, "suggested_ids", 2)
    with pytest.raises(UsageError) as some:
        cli.check_filters(kb, None, "orrin")  # type: ignore[arg-type]
    assert "entity-3, entity-0 and 4 more" in str(some.value)  # the shortest names first


def test_an_unknown_section_is_a_usage_error_and_a_known_one_filters(sample_db):
    from vitrina.store import reading

    with reading(sample_db) as kb:
        first = kb.document_ids()[0]
        section = next(s for s in kb.sections(first) if s.title)
    typo = run("search", "the", "--db", str(sample_db), "--section", "No Such Panel")
    assert typo.exit_code == 2
    assert typo.output.startswith("Error: no section 'No Such Panel' (--section takes")
    elsewhere = run("search", "the", "--db", str(sample_db), "--section", section.id, "--document", "nowhere-doc")
    assert elsewhere.exit_code == 2 and "no document 'nowhere-doc'" in elsewhere.output
    by_title = run("search", "the", "--db", str(sample_db), "--section", section.title.upper(), "--json")
    assert by_title.exit_code == 0  # a title in any case names the section


def test_serve_stopped_with_ctrl_c_is_no_error(sample_db, monkeypatch):
    import vitrina.web.server

    served_on = []

    def stopped_by_ctrl_c(app, host, port, listener):
        served_on.append((port, listener.getsockname()[1]))
        listener.close()
        raise KeyboardInterrupt  # what uvicorn does after its graceful shutdown on SIGINT

    monkeypatch.setattr(vitrina.web.server, "serve", stopped_by_ctrl_c)
    result = run("serve", "--db", str(sample_db), "--port", "0")
    assert result.exit_code == 0, result.output
    assert result.output.endswith("Stopped.\n") and "Error" not in result.output
    [(port, bound)] = served_on
    assert port == bound > 0  # --port 0: the port the system chose is the one said and served
    assert f" at http://127.0.0.1:{port}/ (Ctrl-C to stop)" in result.output


def test_serve_on_a_port_in_use_is_one_error_line_before_serving(sample_db):
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run("serve", "--db", str(sample_db), "--port", str(port))
    assert result.exit_code == 1
    assert result.output == (f"Error: cannot listen on 127.0.0.1:{port}: address already in use "
                             "(choose another --port or --host)\n")


def test_an_empty_question_or_query_is_a_usage_error(sample_db):
    asked = run("ask", "  ", "--db", str(sample_db))
    assert asked.exit_code == 2 and asked.output.startswith("Error: the question is empty; ")
    searched = run("search", "", "--db", str(sample_db))
    assert searched.exit_code == 2 and searched.output == "Error: the query is empty; give words to search for\n"


def test_no_answer_labels_its_citations_as_the_closest_passages(sample_db, monkeypatch):
    passage = {"document": "harbor", "section": "1", "text": "The Harbor Museum opened in Porto."}
    found = {"answer": None, "confidence": 0.0, "citations": [passage]}
    monkeypatch.setattr("vitrina.ask.ask", lambda _conn, _question: found)
    lines = run("ask", "Who painted the ferry?", "--db", str(sample_db)).output.splitlines()
    assert lines == ["The sources don't say. The closest passage:",
                     "  [harbor 1] The Harbor Museum opened in Porto."]
    found["citations"] = []
    assert run("ask", "Who painted the ferry?", "--db", str(sample_db)).output == "The sources don't say.\n"


def test_sigterm_unwinds_the_command_so_its_clean_ups_run(tmp_path):
    import os
    import signal

    from vitrina.cli import VitrinaGroup

    scratch = tmp_path / ".exhibit.db.staging.tmp"
    group = VitrinaGroup()

    @group.command()
    def work() -> None:
        scratch.write_text("half a build")
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            raise AssertionError("SIGTERM did not stop the command")
        finally:
            scratch.unlink()

    before = signal.getsignal(signal.SIGTERM)
    result = CliRunner().invoke(group, ["work"])
    assert (result.exit_code, result.output.strip()) == (1, "Error: terminated")
    assert not scratch.exists()
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is the command's only


def test_empty_paths_and_foreign_database_urls_are_usage_errors(sample_db, tmp_path):
    for args in (("export", "--db", str(sample_db), "-o", ""), ("search", "x", "--db", ""),
                 ("publish", "--db", str(sample_db), "--static", " "),
                 ("build", "", "--db", str(tmp_path / "never.db")), ("build", str(sample_db), " ", "--db", "x.db")):
        result = run(*args)
        assert result.exit_code == 2 and "is empty; give a path" in result.output, args
    assert not (tmp_path / "never.db").exists()  # round 47 red team D10: "" was the current folder, built
    foreign = run("search", "x", "--db", "mysql://me@host/x")
    assert foreign.exit_code == 2
    assert "mysql:// is not a database vitrina can use" in foreign.output


def test_a_server_url_with_a_malformed_schema_is_a_usage_error_before_any_connection():
    # round 40 red team D12: the schema parameter was checked only when connecting (exit 1)
    for bad in ("a;drop", "Upper", "x" * 50):
        result = run("search", "x", "--db", f"postgresql://me@127.0.0.1:1/x?schema={bad}")
        assert result.exit_code == 2, bad
        assert "use lower-case letters, digits and _" in result.output and "cannot connect" not in result.output


def test_export_to_a_dash_is_standard_output(sample_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("export", "--db", str(sample_db), "--format", "json", "-o", "-")
    assert result.exit_code == 0 and json.loads(result.stdout)["documents"]
    assert not (tmp_path / "-").exists()


def test_cli_json_citations_carry_the_source_map_as_the_web_twins_do(sample_db):
    """Round 35 red team D19: ask --json and search --json gave no source {file, page, line, column}."""
    from starlette.testclient import TestClient

    from vitrina.web.app import create_app

    question = "Who opened the Harbor Museum?"
    asked = json.loads(run("ask", "--db", str(sample_db), "--json", question).stdout)
    searched = json.loads(run("search", "--db", str(sample_db), "--json", "museum").stdout)
    client = TestClient(create_app(sample_db))
    web_ask = client.get(f"/ask.json?q={question}").json()
    web_search = client.get("/search.json?q=museum").json()
    assert asked["citations"] and searched["hits"]
    assert [c["source"] for c in asked["citations"]] == [c["source"] for c in web_ask["citations"]]
    assert [h["source"] for h in searched["hits"]] == [h["source"] for h in web_search["hits"]]
    assert all(c["source"] and c["source"]["line"] for c in asked["citations"] + searched["hits"])
