"""`vitrina build` for people: explicit refusals, a summary, no stray files, progress in logs."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.ingest import ARCHIVES_READ, supported_formats
from vitrina.ingest.sniff import unsupported_kind
from vitrina.progress import BarProgress, LogProgress, progress_for

SUPPORTED = supported_formats()
REFUSED_TAIL = f"supported: {SUPPORTED}; {ARCHIVES_READ}"
LETTER = "The new library opened in Tessaly on 3 March 1950. Mira Odell gave the first reading.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_missing_path_errors_without_creating_a_database(tmp_path):
    db, missing = tmp_path / "out" / "x.db", tmp_path / "nothere.pdf"
    result = run("build", "--db", str(db), str(missing))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {missing}: no such file or folder\n"
        f"Nothing built (1 skipped: 1 missing); database {db} not created\n"
    )
    assert not db.parent.exists()


def test_rtf_is_refused_by_name(tmp_path):
    rtf, db = tmp_path / "notes.rtf", tmp_path / "x.db"
    rtf.write_bytes(rb"{\rtf1\ansi Dear {\b friend}, the library opened.}")
    result = run("build", "--db", str(db), str(rtf))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {rtf}: unsupported format (RTF document); {REFUSED_TAIL}"
    assert not db.exists() and not list(tmp_path.glob("*.lock"))


def test_refused_files_start_no_worker(tmp_path, monkeypatch):
    rtf, empty, db = tmp_path / "notes.rtf", tmp_path / "empty.txt", tmp_path / "x.db"
    rtf.write_bytes(rb"{\rtf1\ansi The museum closed.}")
    empty.write_bytes(b"  \n")

    def no_workers(*_args, **_kwargs):
        raise AssertionError("a worker was started for a file its first bytes refuse")

    monkeypatch.setattr("vitrina.pipeline.run_isolated", no_workers)
    result = run("build", "--db", str(db), str(rtf), str(empty))
    assert result.stderr.splitlines() == [
        f"Error: {rtf}: unsupported format (RTF document); {REFUSED_TAIL}",
        f"Error: {empty}: empty file",
        f"Nothing built (2 skipped: 1 unsupported, 1 empty); database {db} not created",
    ]


def test_early_refusal_leaves_to_the_reader_what_only_it_can_tell(tmp_path):
    from vitrina.pipeline import SNIFF_BYTES, early_refusal

    long_text = tmp_path / "long.txt"
    long_text.write_text(" " * SNIFF_BYTES + "The ferry ran until 1931.\n")  # text after a blank head
    docx_like = tmp_path / "broken.docx"
    docx_like.write_bytes(b"PK\x03\x04 not a zip")  # the DOCX reader says precisely what is wrong
    assert early_refusal(long_text) is None and early_refusal(docx_like) is None
    odt = tmp_path / "essay.odt"
    odt.write_bytes(_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}))
    assert "OpenDocument text" in str(early_refusal(odt))
    pdf_named = tmp_path / "scan.pdf"
    pdf_named.write_text("Just words.")
    assert "not a PDF file" in str(early_refusal(pdf_named))


def test_archive_name_of_other_content_says_so(tmp_path):
    """Round 54 red team D11: a ".zip" (or a tar's name) holding no archive is not called an unsupported format."""
    from vitrina.pipeline import early_refusal

    for name, kind in (("parcel.zip", "ZIP"), ("parcel.tar.gz", "tar")):
        path = tmp_path / name
        path.write_text("A note, no archive.\n")
        assert f"not a {kind} archive (its content does not match its extension)" in str(early_refusal(path))


def test_supported_list_names_every_reader():
    assert SUPPORTED == ("PDF (.pdf), DOCX (.docx), HTML (.html .htm), TEI XML (.xml .tei), "
                         "Markdown (.md .markdown), plain text (.txt .text)")


def test_build_help_states_the_file_limits_the_readers_apply():
    from vitrina.limits import FILE_LIMITS

    text = " ".join(run("build", "--help").output.split())
    assert f"a file of at most {FILE_LIMITS['bytes'] // 1024**2} MB" in text
    assert f"a PDF is read up to page {FILE_LIMITS['pdf_pages']:,}" in text
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert f"a PDF is read up to page {FILE_LIMITS['pdf_pages']:,}" in readme


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("a.txt")
        info.size = 2
        archive.addfile(info, io.BytesIO(b"hi"))
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "kind"), [
    (_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
     "OpenDocument text (.odt)"),
    (_zip({"xl/workbook.xml": b"<x/>"}), "Excel spreadsheet (.xlsx)"),
    (_zip({"notes/a.txt": b"hello"}), "ZIP archive"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed file"),
    (_tar(), "tar archive"),
    (b"\x00\x01\x02\x03binary\x00\x00", "binary data"),
])
def test_unsupported_formats_are_named(data, kind):
    assert unsupported_kind(data) == kind


@pytest.mark.parametrize("data", [
    LETTER.encode(), "Caf\u00e9 1911".encode("utf-16"), b"BMW built the engine in 1928.",
    _zip({"word/document.xml": b"<w/>", "[Content_Types].xml": b"<x/>"}),
])
def test_text_and_word_documents_are_not_refused(data):
    assert unsupported_kind(data) is None


def test_odt_named_on_the_command_line(tmp_path):
    odt = tmp_path / "essay.odt"
    odt.write_bytes(_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}))
    result = run("build", "--db", str(tmp_path / "x.db"), str(odt))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {odt}: unsupported format (OpenDocument text (.odt)); supported: ")


@pytest.fixture(scope="module")
def folder_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("letters")
    (folder / "letter.txt").write_text(LETTER)
    (folder / "notes.rtf").write_bytes(rb"{\rtf1 notes}")
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "README.md").write_text("About this folder.")
    (folder / ".draft.txt").write_text("An editor's hidden draft.")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")
    db = folder.parent / "letters.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 1e9)  # no progress lines, however slow
        return folder, db, run("build", "-j", "1", "--db", str(db), str(folder))


def test_folder_build_ends_with_a_summary(folder_build):
    folder, db, result = folder_build
    assert result.exit_code == 1  # a supported file failed
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Error: {folder / 'broken.docx'}: ")
    assert lines[1] == "1 file built, 3 skipped: 2 unsupported, 1 unreadable \u2014 see --verbose"
    assert lines[2].startswith("1 document (1 analysed, 0 unchanged), ") and lines[2].endswith(f" in {db}")
    assert len(lines) == 3


def test_no_lock_file_is_left_after_a_build(folder_build):
    _, db, _ = folder_build
    assert db.exists()
    assert not db.with_name(db.name + ".lock").exists()


def test_verbose_lists_skipped_files(folder_build, monkeypatch):
    folder, db, _ = folder_build
    monkeypatch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 1e9)
    result = run("build", "-v", "--db", str(db), str(folder))
    lines = result.stderr.splitlines()
    assert f"Skipped {folder / 'notes.rtf'}: unsupported format (.rtf file)" in lines
    assert f"Skipped {folder / 'scan.png'}: unsupported format (.png file)" in lines
    assert "1 file built, 3 skipped: 2 unsupported, 1 unreadable" in lines
    assert "1 document (0 analysed, 1 unchanged), " in result.stderr
    left = [line for line in lines if line.startswith("Not read: ")]
    assert left == [f"Not read: {folder / '.draft.txt'} (hidden file)",
                    f"Not read: {folder / '.git'} (hidden folder)",
                    f"Not read: {folder / 'README.md'} (the folder's paperwork; name the file to read it)"]


def test_summary_counts_documents_analysed_now_apart_from_those_kept(folder_build, tmp_path, monkeypatch):
    _, db, _ = folder_build
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    second = tmp_path / "second.txt"
    second.write_text("The harbour of Quenby was rebuilt in 1962 by Piet Arlen.\n")
    monkeypatch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 1e9)
    result = run("build", "-j", "1", "--db", str(copy), str(second))
    assert "2 documents (1 analysed, 1 unchanged), " in result.stderr  # the other file's document stays
    again = run("build", "-j", "1", "--fresh", "--db", str(copy), str(second))
    assert "2 documents (1 analysed, 1 unchanged), " in again.stderr  # --fresh re-reads only what it names


def test_a_document_kept_because_its_file_failed_is_not_called_unchanged(tmp_path, monkeypatch):
    folder = tmp_path / "panels"
    folder.mkdir()
    (folder / "mill.txt").write_text("The Mill\n\nThe mill at Arnby ground corn from 1790.\n")
    (folder / "ferry.txt").write_text("The Ferry\n\nThe ferry crossed the sound from 1852.\n")
    db = tmp_path / "x.db"
    monkeypatch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 1e9)
    run("build", "-j", "1", "--db", str(db), str(folder))
    (folder / "mill.txt").write_bytes(bytes(range(256)) * 20)  # no longer text
    result = run("build", "-j", "1", "--db", str(db), str(folder))
    assert "2 documents (0 analysed, 1 unchanged, 1 kept from the last build as its file failed now), " in result.stderr


def test_log_progress_prints_periodic_lines():
    stream, now = io.StringIO(), [0.0]
    progress = LogProgress(stream, every=10, now=lambda: now[0])
    progress.start(4)
    for step in range(4):
        now[0] = 6.0 * (step + 1)
        progress.advance(Path(f"f{step}.txt"), 300)
    progress.finish()
    assert stream.getvalue().splitlines() == [
        "building: 2/4 files, 50 words/s, about 0:12 left",
        "building: 4/4 files, 50 words/s, 0:24 elapsed",
    ]


def test_log_progress_counts_a_large_file_once_and_its_parts_apart():
    """A file analysed in three parts is one file of the count; its parts say how far it is."""
    stream, now = io.StringIO(), [0.0]
    progress = LogProgress(stream, every=10, now=lambda: now[0])
    progress.start(2)
    now[0] = 10.0
    progress.advance(Path("note.txt"), 100)
    for done in (1, 2):
        now[0] += 10.0
        progress.part(Path("ledger.txt"), 1000, done, 3)
    now[0] += 10.0
    progress.advance(Path("ledger.txt"), 1000)
    progress.finish()
    assert stream.getvalue().splitlines() == [
        "building: 1/2 files, 10 words/s, about 0:10 left",
        "building: 1/2 files (1/3 parts of 1 large file under way), 55 words/s, about 0:10 left",
        "building: 1/2 files (2/3 parts of 1 large file under way), 70 words/s, about 0:06 left",
        "building: 2/2 files, 78 words/s, 0:40 elapsed",
    ]


def test_log_progress_is_quiet_for_quick_builds():
    stream = io.StringIO()
    progress = LogProgress(stream, every=10, now=lambda: 0.0)
    progress.start(3)
    for step in range(3):
        progress.advance(Path(f"f{step}.txt"), 10)
    progress.finish()
    assert stream.getvalue() == ""


def test_build_logged_to_a_file_prints_progress_lines(tmp_path, monkeypatch):
    monkeypatch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 0.0)  # a line after every file
    for name, year in (("one.txt", 1901), ("two.txt", 1902)):  # two texts: a copy would be kept once
        (tmp_path / name).write_text(f"{LETTER}\nFiled with the parish papers in {year}.\n")
    db = tmp_path / "x.db"
    result = run("build", "-j", "1", "--db", str(db), str(tmp_path / "one.txt"), str(tmp_path / "two.txt"))
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"building: 1/2 files, [\d,]+ words/s, about \d+:\d\d left", lines[0])
    assert re.fullmatch(r"building: 2/2 files, [\d,]+ words/s, \d+:\d\d elapsed", lines[1])
    assert lines[2] == "2 files built" and lines[3].startswith("2 documents (2 analysed, 0 unchanged), ")
    assert len(lines) == 4


def test_a_terminal_gets_a_bar_and_a_log_gets_lines():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(progress_for(Terminal()), BarProgress)
    assert isinstance(progress_for(io.StringIO()), LogProgress)


def make_dry_run(*args: str) -> str:
    root = Path(__file__).resolve().parents[1]
    return subprocess.run(["make", "-n", "-C", str(root), *args], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_demo_with_files_builds_them_alone():
    commands = make_dry_run("demo", "FILES=mine/a.pdf notes/")
    assert "vitrina build --db demo-files.db mine/a.pdf notes/" in commands
    assert "rm -f demo-files.db" in commands
    assert "vitrina.db" not in commands and "corpus" not in commands
    assert "vitrina serve --db demo-files.db" in commands
    default = make_dry_run("demo")
    assert "vitrina build --db vitrina.db" in default and "rm -f" not in default
    adding = make_dry_run("build", "DB=vitrina.db", "FILES=more.pdf")
    assert "vitrina build --db vitrina.db more.pdf" in adding and "rm -f" not in adding


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_demo_without_the_shared_material_says_where_to_point_it(tmp_path):
    root = Path(__file__).resolve().parents[1]

    def check(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["make", "-s", "-C", str(root), "check-files", *args],
                              capture_output=True, text=True)

    missing = check(f"SHARED={tmp_path / 'elsewhere'}")
    assert missing.returncode == 2
    assert missing.stderr.startswith(f"Error: no sample material in {tmp_path / 'elsewhere'}")
    assert "SHARED=" in missing.stderr and "FILES=" in missing.stderr
    (tmp_path / "corpus" / "milestones").mkdir(parents=True)
    assert check(f"SHARED={tmp_path}").returncode == 0
    assert check(f"SHARED={tmp_path / 'elsewhere'}", "FILES=mine.pdf").returncode == 0  # own files: no sample needed


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_demo_shows_install_progress():
    pip_lines = [line for line in make_dry_run("-B", "install").splitlines() if "pip install" in line]
    assert pip_lines and not any(" -q" in line for line in pip_lines)


def test_changelog_has_an_unreleased_section_in_keep_a_changelog_form():
    text = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text()
    unreleased = text.split("## [0.2.0] - Unreleased", 1)[1].split("\n## [", 1)[0]
    assert [h for h in re.findall(r"^### (\w+)", unreleased, re.M)] == ["Added", "Changed", "Fixed"]


def test_log_progress_heartbeat_while_one_file_takes_long():
    stream = io.StringIO()
    progress = LogProgress(stream, every=0.05)
    progress.start(1)
    time.sleep(0.3)  # one slow file: no item finishes, the log still hears from the build
    progress.advance(Path("big.pdf"), 1000)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 3
    assert all(re.fullmatch(r"building: 0/1 files, 0 words/s, 0:00 elapsed", line) for line in lines[:-1])
    assert re.fullmatch(r"building: 1/1 files, [\d,]+ words/s, 0:00 elapsed", lines[-1])


def test_a_long_phase_after_the_files_still_says_it_is_working():
    import threading

    from vitrina.progress import phase

    stream = io.StringIO()
    progress = LogProgress(stream, every=0.05)
    done = threading.Event()
    with phase(progress, "comparing sources"):
        done.wait(0.3)
    lines = stream.getvalue().splitlines()
    assert lines and all(line.startswith("building: comparing sources, ") and line.endswith(" elapsed")
                         for line in lines)


def test_a_short_phase_prints_nothing():
    from vitrina.progress import phase

    stream = io.StringIO()
    with phase(LogProgress(stream, every=10), "comparing sources"):
        pass
    assert stream.getvalue() == ""


def test_a_database_named_through_a_symlink_is_updated_where_the_link_points(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Harbour Notes\n\n" + LETTER)
    second.write_text("Mill Notes\n\nThe mill at Orvane closed in 1961. Teo Brandt kept its books.\n")
    real, link = tmp_path / "real.db", tmp_path / "link.db"
    assert run("build", "--db", str(real), str(first)).exit_code == 0
    link.symlink_to(real)
    assert run("build", "--db", str(link), str(second)).exit_code == 0
    assert link.is_symlink()
    import sqlite3

    with sqlite3.connect(real) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2


def test_a_table_named_on_the_command_line_is_refused_not_read_as_text(tmp_path):
    table = tmp_path / "people.csv"
    table.write_text("name,role,born\nTeo Brandt,clerk,1901\nMira Odell,reader,1912\n")
    result = run("build", "--db", str(tmp_path / "t.db"), str(table))
    assert result.exit_code == 1
    assert "unsupported format (CSV or TSV table)" in result.stderr


@pytest.mark.parametrize("name, content, kind", [
    ("pair.csv", "name,role\nTeo Brandt,clerk\n", "text/csv"),  # two lines: too few to look like a table
    ("notes.json", '{"note": "The mill closed in 1961."}\n', "application/json"),
    ("tool.py", "print('The mill closed in 1961.')\n", "text/x-python"),
])
def test_data_and_code_named_on_the_command_line_are_refused_by_their_type(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content)
    result = run("build", "--db", str(tmp_path / "t.db"), str(path))
    assert result.exit_code == 1 and not (tmp_path / "t.db").exists()
    assert f"unsupported format ({path.suffix} file, {kind})" in result.stderr


def test_prose_under_another_suffix_is_still_read_as_text(tmp_path):
    notes = tmp_path / "notes.log"
    notes.write_text("Harbour notes\n\nThe ship sailed on Monday, with sixty men.\nIt came back, late, in June.\n")
    assert run("build", "--db", str(tmp_path / "n.db"), str(notes)).exit_code == 0


def test_a_folder_with_nothing_to_build_says_so_in_an_error_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("build", "--db", str(tmp_path / "e.db"), str(empty))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: nothing built (no supported files found)")


def test_a_byte_copy_of_a_kept_document_is_said_to_be_a_copy_not_nothing_found(tmp_path, monkeypatch):
    """Round 51 red team D12: naming only a file whose bytes a kept document has is a copy, kept once and
    recorded (exit 0); "no supported files found" is for builds that found nothing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "first" / "ferry.txt").write_text("The ferry to Orlen crossed twice a day in 1902.\n")
    shutil.copy(tmp_path / "first" / "ferry.txt", tmp_path / "second" / "ferry-again.txt")
    assert run("build", "-j", "1", "--db", "x.db", "first/ferry.txt").exit_code == 0
    result = run("build", "-j", "1", "--db", "x.db", "second/ferry-again.txt")
    assert result.exit_code == 0, result.stderr
    assert "Copy: second/ferry-again.txt has the same bytes as first/ferry.txt" in result.stderr
    assert "no supported files found" not in result.stderr
    assert "0 files built, 1 copy of a kept document" in result.stderr
    from vitrina.copies import read_copies
    from vitrina.store import reading

    with reading("x.db") as kb:
        assert read_copies(kb) == {"second/ferry-again.txt": "first/ferry.txt"}
