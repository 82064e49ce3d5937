"""`vitrina build` of archives: a ZIP or a tar named, or found in a folder, builds as the folder it holds."""

from __future__ import annotations

import functools
import io
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.ingest.files import shown
from vitrina.pipeline import build
from vitrina.provenance import Provenance

MILL = "The Mill\n\nThe mill at Arnby ground corn from 1790 until the flood of 1861.\n"
FERRY = "# The Ferry\n\nThe ferry crossed the sound from 1852. Ada Pell kept its log.\n"
LOG = "The keeper's log records a storm on 4 March 1901.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tgz_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@functools.cache
def report_docx() -> bytes:
    """A one-paragraph DOCX, the same bytes each time (python-docx stamps the time it saves)."""
    document = docx.Document()
    document.add_paragraph("The lighthouse at Tessaly was lit for the first time in 1874.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def panels(mill: str = MILL, with_ferry: bool = True) -> bytes:
    members = {"panels/mill.txt": mill.encode(), "panels/report.docx": report_docx(),
               "panels/photo.png": b"\x89PNG\r\n\x1a\n0000", "README.txt": b"About these panels.\n",
               "boxes.zip": zip_bytes({"box/log.txt": LOG.encode()})}
    if with_ferry:
        members["panels/ferry.md"] = FERRY.encode()
    return zip_bytes(members)


@pytest.fixture(scope="module")
def archive_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("collection")
    (folder / "panels.zip").write_bytes(panels())
    (folder / "more.tgz").write_bytes(tgz_bytes({"notes/quay.txt": b"The quay was rebuilt in 1962.\n"}))
    (folder / "broken.zip").write_bytes(b"PK\x03\x04" + b"a download cut short" * 8)
    db = folder.parent / "collection.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("vitrina.progress.LOG_EVERY_SECONDS", 1e9)
        return folder, db, run("build", "-j", "1", "-v", "--db", str(db), str(folder))


def test_a_folder_of_archives_builds_every_supported_member(archive_build):
    folder, db, result = archive_build
    assert result.exit_code == 1, result.stderr  # the broken archive is an error; the rest is built
    zipped = folder / "panels.zip"
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {folder / 'broken.zip'}: corrupt ZIP archive (")
    assert f"Skipped {zipped}!panels/photo.png: unsupported format (.png file)" in lines
    assert f"Not read: {zipped}!README.txt (the folder's paperwork; name the file to read it)" in lines
    assert "5 files built, 2 skipped: 1 unsupported, 1 unreadable" in lines
    rows = dict(sqlite3.connect(db).execute("SELECT id, source FROM documents").fetchall())
    assert rows == {"quay": f"{folder / 'more.tgz'}!notes/quay.txt", "log": f"{zipped}!boxes.zip!box/log.txt",
                    "ferry": f"{zipped}!panels/ferry.md", "mill": f"{zipped}!panels/mill.txt",
                    "report": f"{zipped}!panels/report.docx"}  # the DOCX is one document
    assert not [p for p in db.parent.iterdir() if p.name.startswith(f".{db.name}")]  # no copy left behind


def test_a_members_citation_names_the_archive_and_the_path_in_it(archive_build):
    _, db, _ = archive_build
    conn = sqlite3.connect(db)
    text = conn.execute("SELECT text FROM documents WHERE id = 'ferry'").fetchone()[0]
    at = text.index("Ada Pell")
    assert Provenance(conn).locate("ferry", at, at + 8) == {
        "file": "panels.zip!panels/ferry.md", "page": None, "line": 3, "column": 40}


def test_a_rebuild_reads_the_changed_members_and_drops_the_removed(archive_build, tmp_path):
    folder, db, _ = archive_build
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    zipped = folder / "panels.zip"
    before = zipped.read_bytes()
    zipped.write_bytes(panels(mill=MILL.replace("1790", "1795"), with_ferry=False))
    seen: list[str] = []

    class Recorder:
        def start(self, total: int) -> None: ...
        def grow(self, total: int) -> None: ...
        def advance(self, path, amount: int) -> None:
            seen.append(shown(path))
        def part(self, path, amount: int, done: int, parts: int) -> None: ...
        def finish(self) -> None: ...

    try:
        report = build([folder], copy, jobs=1, progress=Recorder())
    finally:
        zipped.write_bytes(before)  # the module's build as it was, for the other tests
    assert seen == [f"{zipped}!panels/mill.txt"]  # progress counts members: only the changed one is analysed
    assert [e.path for e in report.errors] == [str(folder / "broken.zip")]
    assert report.analysed == 1 and report.reused == 3
    assert report.removed == [f"{zipped}!panels/ferry.md"]
    sources = {s for (s,) in sqlite3.connect(copy).execute("SELECT source FROM documents")}
    assert f"{zipped}!panels/ferry.md" not in sources and f"{zipped}!panels/mill.txt" in sources
    text = sqlite3.connect(copy).execute("SELECT text FROM documents WHERE id = 'mill'").fetchone()[0]
    assert "1795" in text


def test_an_interrupted_build_leaves_the_database_as_it_was_and_no_member_copies(archive_build, tmp_path,
                                                                                 monkeypatch):
    """Ctrl-C or SIGTERM (a KeyboardInterrupt in the build) once the archives are unpacked and analysis starts:
    the database is byte for byte the earlier one, and the member copies go (those left after
    ``archives.INTERRUPTED_CLOSE_SECONDS``, here none, removed by a process of their own)."""
    import time

    from vitrina import archives

    folder, db, _ = archive_build
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    monkeypatch.setattr(archives, "INTERRUPTED_CLOSE_SECONDS", 0.0)

    class Interrupting:
        def start(self, total: int) -> None:
            assert [p for p in tmp_path.iterdir() if ".member." in p.name]  # the members are unpacked
            raise KeyboardInterrupt

        def grow(self, total: int) -> None: ...
        def advance(self, path, amount: int) -> None: ...
        def part(self, path, amount: int, done: int, parts: int) -> None: ...
        def finish(self) -> None: ...

    with pytest.raises(KeyboardInterrupt):
        build([folder], copy, jobs=1, fresh=True, progress=Interrupting())
    assert copy.read_bytes() == db.read_bytes()
    deadline = time.monotonic() + 60
    while [p for p in tmp_path.iterdir() if p != copy] and time.monotonic() < deadline:
        time.sleep(0.05)  # the copies' own process removes them
    assert [p.name for p in tmp_path.iterdir()] == ["copy.db"]


def test_dropped_members_are_said(tmp_path, monkeypatch):
    from vitrina.pipeline import BuildReport

    report = BuildReport(tmp_path / "x.db", built=1, removed=["c.zip!gone.txt"])
    monkeypatch.setattr("vitrina.pipeline.build", lambda *args, **kwargs: report)
    result = run("build", "--db", str(tmp_path / "x.db"), str(tmp_path))
    assert "Dropped: c.zip!gone.txt (no longer in its archive)" in result.stderr.splitlines()


def test_a_broken_archive_is_one_error_line(tmp_path):
    broken, db = tmp_path / "broken.zip", tmp_path / "x.db"
    broken.write_bytes(b"PK\x03\x04" + b"not really a zip" * 8)
    result = run("build", "--db", str(db), str(broken))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Error: {broken}: corrupt ZIP archive (") and len(lines) == 2
    assert lines[1] == f"Nothing built (1 skipped: 1 unreadable); database {db} not created"
    assert not db.exists()


def test_an_archive_with_nothing_to_read_builds_nothing(tmp_path):
    empty, db = tmp_path / "pictures.zip", tmp_path / "x.db"
    empty.write_bytes(zip_bytes({"a.png": b"\x89PNG\r\n\x1a\n", "b.jpg": b"\xff\xd8\xff\xe0"}))
    result = run("build", "--db", str(db), str(empty))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (f"Error: nothing built (2 skipped: 2 unsupported) \u2014 see "
                                              f"--verbose; database {db} not created")


def test_build_help_names_archives_and_their_limits():
    from vitrina.limits import ARCHIVE_LIMITS

    text = " ".join(run("build", "--help").output.split())
    assert "Archives (.zip, .tar, .tar.gz/.tgz" in text
    assert f"at most {ARCHIVE_LIMITS['members']:,} members" in text
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert f"{ARCHIVE_LIMITS['members']:,} members" in readme


def test_an_archive_s_limit_warning_is_said_before_analysis_and_its_copies_go_after_it(tmp_path, monkeypatch):
    """Round 51 red team D15: the member-limit warning came only at the end of a long build, and the members'
    copies stayed beside the database until then (a late SIGTERM stranded 9,161 of them)."""
    from vitrina import pipeline
    from vitrina.limits import ARCHIVE_LIMITS

    monkeypatch.setitem(ARCHIVE_LIMITS, "members", 2)
    zipped = tmp_path / "notes.zip"
    zipped.write_bytes(zip_bytes({"a.txt": MILL.encode(), "b.txt": LOG.encode(), "c.txt": b"The quay was rebuilt.\n"}))
    said: list[str] = []
    seen_at_analysis: list[list[str]] = []
    real = pipeline._analyse_all

    def analysing(*args, **kwargs):
        seen_at_analysis.append(list(said))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_analyse_all", analysing)
    report = build([zipped], tmp_path / "x.db", jobs=1, notice=said.append)
    assert seen_at_analysis == [[f"{shown(zipped)}: lists 3 members: only its first 2 read (the archive member "
                                 "limit, 2)"]]
    assert report.warnings_said == 1 and report.built == 2
    assert not [p for p in tmp_path.iterdir() if ".member." in p.name]
