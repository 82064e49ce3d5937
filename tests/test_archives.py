"""Archives as a build's input (``vitrina.archives``): members read as a folder's files, within the limits."""

from __future__ import annotations

import io
import os
import tarfile
import time
import zipfile
from pathlib import Path

import docx
import pytest

from vitrina import archives
from vitrina.archives import Unpacked, Unpacker, archive_kind, file_archive_kind, read_member
from vitrina.errors import LinkNotFollowed, NotAFile, OverLimit, UnsupportedFormat
from vitrina.ingest import read_path, suffix_formats
from vitrina.ingest.member import Member
from vitrina.limits import ARCHIVE_LIMITS

NOTE = b"The ferry ran from the quay to the island until 1950.\n"


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_bytes(members: list[tarfile.TarInfo | tuple[str, bytes]], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for member in members:
            if isinstance(member, tarfile.TarInfo):
                archive.addfile(member)
            else:
                info = tarfile.TarInfo(member[0])
                info.size = len(member[1])
                archive.addfile(info, io.BytesIO(member[1]))
    return buffer.getvalue()


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def unpack(tmp_path: Path, name: str, data: bytes, **limits: int) -> tuple[list[Path | Member], Unpacked, Unpacker]:
    path = tmp_path / name
    path.write_bytes(data)
    found = Unpacked()
    unpacker = Unpacker(suffix_formats(), tmp_path / "copies", ".member.", {**ARCHIVE_LIMITS, **limits})
    (tmp_path / "copies").mkdir(exist_ok=True)
    return unpacker.expand([path], found), found, unpacker


def inner(items: list[Path | Member]) -> list[tuple[str, ...]]:
    return [item.inner for item in items if isinstance(item, Member)]


def test_a_zip_gives_its_members_as_a_folder_gives_its_files(tmp_path):
    data = zip_bytes({"letters/": b"", "letters/b.txt": NOTE, "letters/a.md": b"# Quay\n\nBuilt in 1890.\n",
                      "pics/photo.png": b"\x89PNG\r\n\x1a\n0000", "__MACOSX/letters/._a.md": b"\x00\x05",
                      ".hidden/x.txt": NOTE, "README.txt": b"About.\n"})
    items, found, _ = unpack(tmp_path, "coll.zip", data)
    assert inner(items) == [("letters/a.md",), ("letters/b.txt",)]  # in the order of their paths
    member = items[1]
    assert isinstance(member, Member)
    assert member.shown == f"{tmp_path / 'coll.zip'}!letters/b.txt" and member.suffix == ".txt"
    assert member.file.read_bytes() == NOTE and member.file.parent.parent == tmp_path / "copies"  # in the copies' own folder
    assert [(type(e), e.path) for e in found.skipped] == [
        (UnsupportedFormat, f"{tmp_path / 'coll.zip'}!pics/photo.png")]
    assert found.passed_over == [f"{tmp_path / 'coll.zip'}!__MACOSX/letters/._a.md (hidden file)",
                                 f"{tmp_path / 'coll.zip'}!.hidden (hidden folder)",
                                 f"{tmp_path / 'coll.zip'}!README.txt (the folder's paperwork; name the file to read it)"]
    assert found.complete == {str(tmp_path / "coll.zip")} and not found.errors and not found.warnings


def test_a_member_reads_as_the_same_file_would(tmp_path):
    items, _, _ = unpack(tmp_path, "coll.zip", zip_bytes({"box/ferry.txt": NOTE}))
    (doc,) = read_path(items[0])
    loose = tmp_path / "ferry.txt"
    loose.write_bytes(NOTE)
    (alone,) = read_path(loose)
    assert doc.text == alone.text and doc.id == alone.id == "ferry"  # the id: the member's own name
    assert doc.source == f"{tmp_path / 'coll.zip'}!box/ferry.txt"


def test_copies_are_removed_when_the_unpacker_closes(tmp_path):
    items, _, unpacker = unpack(tmp_path, "coll.zip", zip_bytes({"a.txt": NOTE, "b.txt": NOTE}))
    copies = [item.file for item in items if isinstance(item, Member)]
    assert len(copies) == 2 and all(copy.exists() for copy in copies)
    unpacker.close()
    assert not any(copy.exists() for copy in copies) and not list((tmp_path / "copies").iterdir())


def _gone(paths: list[Path], wait: float = 30.0) -> bool:
    """Every path removed within ``wait`` seconds (by another process)."""
    deadline = time.monotonic() + wait
    while any(path.exists() for path in paths) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(path.exists() for path in paths)


def test_an_interrupted_unpacker_leaves_its_copies_to_a_process_of_their_own(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "INTERRUPTED_CLOSE_SECONDS", 0.0)  # none removed in the build itself
    started = []
    real = archives.subprocess.Popen
    monkeypatch.setattr(archives.subprocess, "Popen", lambda *a, **k: started.append(a) or real(*a, **k))
    items, _, unpacker = unpack(tmp_path, "coll.zip", zip_bytes({f"n{k}.txt": NOTE for k in range(5)}))
    copies = [item.file for item in items if isinstance(item, Member)]
    with pytest.raises(KeyboardInterrupt), unpacker:
        raise KeyboardInterrupt
    assert len(started) == 1 and not unpacker.copies  # handed over, not removed here
    assert _gone(copies) and _gone(list((tmp_path / "copies").iterdir()))  # the list of names too


def test_an_interrupted_unpacker_leaves_nothing_beside_the_database(tmp_path, monkeypatch):
    """Round 44 red team L7: a TERM left thousands of copies beside the database while a process removed them."""
    monkeypatch.setattr(archives, "INTERRUPTED_CLOSE_SECONDS", 0.0)
    elsewhere = tmp_path / "system-temp"
    elsewhere.mkdir()
    monkeypatch.setattr(archives.tempfile, "tempdir", str(elsewhere))
    items, _, unpacker = unpack(tmp_path, "coll.zip", zip_bytes({f"n{k}.txt": NOTE for k in range(50)}))
    assert len(list((tmp_path / "copies").iterdir())) == 1  # one folder holds the copies
    with pytest.raises(KeyboardInterrupt), unpacker:
        raise KeyboardInterrupt
    assert not list((tmp_path / "copies").iterdir())  # moved away at once
    assert _gone(list(elsewhere.iterdir()))  # and removed there by a process of their own


def test_an_unpacker_closed_by_an_error_removes_its_copies_itself(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "INTERRUPTED_CLOSE_SECONDS", 0.0)
    monkeypatch.setattr(archives.subprocess, "Popen", lambda *a, **k: pytest.fail("no process of its own"))
    items, _, unpacker = unpack(tmp_path, "coll.zip", zip_bytes({"a.txt": NOTE, "b.txt": NOTE}))
    with pytest.raises(ValueError), unpacker:
        raise ValueError
    assert not list((tmp_path / "copies").iterdir())


def test_a_docx_is_one_document_named_or_inside_an_archive(tmp_path):
    report = docx_bytes("The harbour bridge opened in March 1932.")
    named = tmp_path / "report.docx"
    named.write_bytes(report)
    assert file_archive_kind(named) is None
    renamed = tmp_path / "report.zip"  # a DOCX under an archive's name is still a DOCX
    renamed.write_bytes(report)
    assert file_archive_kind(renamed) is None
    assert Unpacker(suffix_formats()).expand([named, renamed], Unpacked()) == [named, renamed]
    items, found, _ = unpack(tmp_path, "coll.zip", zip_bytes({"docs/report.docx": report}))
    assert inner(items) == [("docs/report.docx",)] and not found.errors
    (doc,) = read_path(items[0])
    assert "harbour bridge" in doc.text and doc.id == "report"


@pytest.mark.parametrize("members", [
    {"mimetype": b"application/epub+zip", "OEBPS/a.xhtml": b"<html/>"},
    {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
    {"xl/workbook.xml": b"<x/>"},
])
def test_containers_of_a_document_format_are_no_archive_of_documents(members):
    data = zip_bytes(members)
    assert archive_kind(data, lambda: zipfile.ZipFile(io.BytesIO(data))) is None


def test_tars_plain_and_compressed_are_archives(tmp_path):
    for mode, name in (("w", "c.tar"), ("w:gz", "c.tar.gz"), ("w:gz", "c.tgz"), ("w:bz2", "c.tar.bz2"),
                       ("w:xz", "c.tar.xz")):
        items, found, _ = unpack(tmp_path, name, tar_bytes([("notes/ferry.txt", NOTE)], mode))
        assert inner(items) == [("notes/ferry.txt",)], name
        assert found.complete == {str(tmp_path / name)}
    gz = tmp_path / "notes.txt.gz"  # a compressed file that is no tar stays a file (its refusal says what)
    gz.write_bytes(__import__("gzip").compress(NOTE))
    assert file_archive_kind(gz) is None


def test_links_devices_and_pipes_in_a_tar_are_not_read(tmp_path):
    link = tarfile.TarInfo("secret.txt")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    hard = tarfile.TarInfo("hard.txt")
    hard.type, hard.linkname = tarfile.LNKTYPE, "../../etc/passwd"
    device = tarfile.TarInfo("zero.txt")
    device.type = tarfile.CHRTYPE
    pipe = tarfile.TarInfo("pipe.txt")
    pipe.type = tarfile.FIFOTYPE
    items, found, _ = unpack(tmp_path, "c.tar", tar_bytes([link, hard, device, pipe, ("ok.txt", NOTE)], "w"))
    assert inner(items) == [("ok.txt",)]
    archive = tmp_path / "c.tar"
    assert [(type(e), e.path) for e in found.skipped] == [
        (LinkNotFollowed, f"{archive}!secret.txt"), (LinkNotFollowed, f"{archive}!hard.txt"),
        (NotAFile, f"{archive}!zero.txt"), (NotAFile, f"{archive}!pipe.txt")]


def test_a_symbolic_link_in_a_zip_is_not_read(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("passwd.txt")
        info.external_attr = (0o120777 << 16)  # a link, as Info-ZIP stores one with -y
        archive.writestr(info, "/etc/passwd")
        archive.writestr("ok.txt", NOTE)
    items, found, _ = unpack(tmp_path, "c.zip", buffer.getvalue())
    assert inner(items) == [("ok.txt",)] and isinstance(found.skipped[0], LinkNotFollowed)


@pytest.mark.parametrize("name", ["../escape.txt", "a/../../escape.txt", "/etc/escape.txt", "C:/escape.txt",
                                  "..\\escape.txt"])
def test_a_member_path_leading_outside_is_not_read(tmp_path, name):
    items, found, _ = unpack(tmp_path, "c.zip", zip_bytes({name: NOTE, "ok.txt": NOTE}))
    assert inner(items) == [("ok.txt",)]
    assert len(found.warnings) == 1 and "leads outside the archive" in found.warnings[0]
    assert sorted(p.name for p in tmp_path.rglob("*escape*")) == []  # nothing written under its name


def test_a_duplicate_member_name_reads_the_last_copy_as_unpacking_would(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.warns(UserWarning):
        archive.writestr("a.txt", b"The first version.\n")
        archive.writestr("a.txt", NOTE)
    items, found, unpacker = unpack(tmp_path, "c.zip", buffer.getvalue())
    (member,) = items
    assert isinstance(member, Member) and member.file.read_bytes() == NOTE
    assert "more than one member of this path" in found.warnings[0]
    assert len(unpacker.copies) == 1  # the first copy's file removed


def test_an_encrypted_member_is_skipped_with_a_warning(tmp_path):
    data = bytearray(zip_bytes({"secret.txt": NOTE, "open.txt": NOTE}, zipfile.ZIP_STORED))
    # set the "encrypted" flag of the first member in its local header and its central directory entry
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x1
    items, found, _ = unpack(tmp_path, "c.zip", bytes(data))
    assert inner(items) == [("open.txt",)]
    assert found.warnings == [f"{tmp_path / 'c.zip'}!secret.txt: encrypted; not read (vitrina reads no passwords)"]


def test_the_member_limit_reads_the_first_members_and_says_so(tmp_path):
    items, found, _ = unpack(tmp_path, "c.zip", zip_bytes({f"n{i}.txt": NOTE for i in range(5)}), members=3)
    assert inner(items) == [("n0.txt",), ("n1.txt",), ("n2.txt",)]
    assert found.warnings == [f"{tmp_path / 'c.zip'}: lists 5 members: only its first 3 read (the archive member limit, 3)"]
    assert str(tmp_path / "c.zip") not in found.complete  # not listed to its end: nothing is dropped for it


def test_the_size_limit_counts_every_byte_inflated(tmp_path):
    long = NOTE * 400  # compresses well: the archive is far smaller than the limit
    items, found, _ = unpack(tmp_path, "c.zip", zip_bytes({f"n{i}.txt": long for i in range(5)}),
                             total_bytes=len(long) * 2 + 100)
    assert len(inner(items)) == 2 and "the archive size limit" in found.warnings[0]
    # in a compressed tar, members passed over are inflated too: they count
    pictures = [(f"p{i}.png", b"\x89PNG" + bytes(2000)) for i in range(5)]
    items, found, _ = unpack(tmp_path, "c.tgz", tar_bytes([*pictures, ("late.txt", NOTE)]), total_bytes=8000)
    assert inner(items) == [] and "the archive size limit" in found.warnings[0]


def test_a_member_past_the_member_limit_is_its_own_error(tmp_path):
    items, found, _ = unpack(tmp_path, "c.zip", zip_bytes({"big.txt": NOTE * 10, "ok.txt": NOTE}),
                             member_bytes=len(NOTE) * 2)
    assert inner(items) == [("ok.txt",)]
    (error,) = found.errors
    assert isinstance(error, OverLimit) and error.path == f"{tmp_path / 'c.zip'}!big.txt"
    assert "member too large" in error.reason and error.path in found.failed


def test_a_zip_bomb_member_is_refused_unread(tmp_path):
    items, found, _ = unpack(tmp_path, "c.zip", zip_bytes({"zeros.txt": bytes(3 * 1024 * 1024), "ok.txt": NOTE}))
    assert inner(items) == [("ok.txt",)]
    (error,) = found.errors
    assert isinstance(error, OverLimit) and "likely zip bomb" in error.reason


def test_a_tar_bomb_stream_stops_with_an_error(tmp_path):
    items, found, _ = unpack(tmp_path, "c.tgz", tar_bytes([("ok.txt", NOTE), ("zeros.bin", bytes(4 * 1024 * 1024)),
                                                           ("late.txt", NOTE)]), member_bytes=2 * 1024 * 1024)
    assert inner(items) == [("ok.txt",)]
    (error,) = found.errors
    assert error.path == str(tmp_path / "c.tgz") and "likely archive bomb" in error.reason


def test_alike_files_compressing_well_together_are_no_bomb(tmp_path):
    page = b"<p>The ferry ran from the quay to the island until 1950.</p>\n" * 40
    items, found, _ = unpack(tmp_path, "site.tgz", tar_bytes([(f"p{i}.html", page) for i in range(600)]))
    assert (tmp_path / "site.tgz").stat().st_size * 100 < 600 * len(page)  # past the ratio as a whole
    assert len(inner(items)) == 600 and not found.errors and not found.warnings


def test_archives_in_archives_are_read_to_the_nesting_limit(tmp_path):
    deepest = zip_bytes({"deepest.txt": NOTE})
    middle = zip_bytes({"inner/deep.txt": NOTE, "deeper.zip": deepest})
    outer = zip_bytes({"top.txt": NOTE, "box/middle.zip": middle, "more.tar.gz": tar_bytes([("t.txt", NOTE)])})
    items, found, _ = unpack(tmp_path, "c.zip", outer)
    assert inner(items) == [("box/middle.zip", "inner/deep.txt"), ("more.tar.gz", "t.txt"), ("top.txt",)]
    assert items[0].shown == f"{tmp_path / 'c.zip'}!box/middle.zip!inner/deep.txt"  # type: ignore[union-attr]
    assert found.warnings == [f"{tmp_path / 'c.zip'}!box/middle.zip!deeper.zip: an archive inside an archive "
                              "2 deep; not read (the archive nesting limit)"]
    items, found, _ = unpack(tmp_path, "c.zip", outer, depth=1)
    assert inner(items) == [("top.txt",)] and len(found.warnings) == 2


def test_a_broken_archive_is_one_error_and_a_damaged_one_keeps_what_came_before(tmp_path):
    items, found, _ = unpack(tmp_path, "c.zip", b"PK\x03\x04 this is no archive at all" + bytes(100))
    assert items == [] and len(found.errors) == 1 and "corrupt ZIP archive" in found.errors[0].reason
    whole = tar_bytes([("a.txt", NOTE), ("b.txt", os.urandom(300_000))])
    items, found, _ = unpack(tmp_path, "d.tgz", whole[: len(whole) * 2 // 3])
    assert inner(items) == [("a.txt",)]
    assert len(found.errors) == 1 and "corrupt tar archive" in found.errors[0].reason
    assert str(tmp_path / "d.tgz") in found.opened and str(tmp_path / "d.tgz") not in found.complete


@pytest.mark.parametrize("magic", [b"\x1f\x8b\x08\x00", b"BZh9", b"\xfd7zXZ\x00\x00"])
def test_a_damaged_compressed_tar_is_a_corrupt_archive_not_an_unsupported_file(tmp_path, magic):
    """A file named as an archive whose compressed stream cannot be inflated: one error saying the archive is
    damaged, in one line (not 'unsupported format'); inside another archive, the same."""
    garbage = magic + bytes(range(7, 250)) * 3
    items, found, _ = unpack(tmp_path, "box.tgz", garbage)
    assert items == [] and len(found.errors) == 1 and not found.skipped
    reason = found.errors[0].reason
    assert reason.startswith("corrupt tar archive (a damaged ") and "\n" not in reason
    items, found, _ = unpack(tmp_path, "outer.zip", zip_bytes({"a.txt": NOTE, "inner.tar.gz": garbage}))
    assert inner(items) == [("a.txt",)] and len(found.errors) == 1
    assert found.errors[0].reason.startswith("corrupt tar archive (a damaged ")
    assert archive_kind(garbage, lambda: zipfile.ZipFile(io.BytesIO(garbage))) is None  # unnamed: not claimed


def test_a_compressed_tar_cut_before_its_first_header_is_a_corrupt_archive(tmp_path):
    """A .tar.gz truncated to its first bytes inflates without an error but to too little to hold a header:
    named as an archive, it is a damaged one, not a file of an unsupported format."""
    whole = tar_bytes([("notes/ferry.txt", NOTE)], "w:gz")
    items, found, _ = unpack(tmp_path, "cut.tar.gz", whole[:60])
    assert items == [] and len(found.errors) == 1 and not found.skipped
    assert found.errors[0].reason.startswith("corrupt tar archive")
    cut = tmp_path / "notes.txt.gz"  # under a plain compressed file's name it is not claimed as a tar
    cut.write_bytes(whole[:60])
    assert file_archive_kind(cut) is None


def test_a_corrupt_member_is_its_own_error_and_the_rest_is_read(tmp_path):
    data = bytearray(zip_bytes({"a.txt": NOTE, "b.txt": NOTE}, zipfile.ZIP_STORED))
    at = data.index(NOTE)
    data[at] ^= 0xFF  # the first member's bytes no longer match their CRC
    items, found, _ = unpack(tmp_path, "c.zip", bytes(data))
    assert inner(items) == [("b.txt",)]
    (error,) = found.errors
    assert error.path == f"{tmp_path / 'c.zip'}!a.txt" and "corrupt member" in error.reason


def test_gone_tells_members_no_longer_in_an_archive_listed_to_its_end():
    found = Unpacked(complete={"c.zip", "c.zip!in.zip"}, opened={"c.zip", "c.zip!in.zip", "d.zip"},
                     failed={"c.zip!bad.txt"})
    assert found.gone("c.zip!old.txt") and found.gone("c.zip!in.zip!old.txt")
    assert found.gone("c.zip!removed.zip!x.txt")  # its archive is gone from c.zip
    assert not found.gone("c.zip!bad.txt")  # could not be read now: its earlier documents stay
    assert not found.gone("d.zip!x.txt")  # d.zip not listed to its end
    assert not found.gone("e.zip!x.txt") and not found.gone("notes!.txt")


def test_a_member_reads_back_from_its_archive(tmp_path):
    outer = tmp_path / "c.zip"
    outer.write_bytes(zip_bytes({"box/in.tar": tar_bytes([("a.txt", NOTE)], "w"), "b.txt": b"other\n"}))
    assert read_member(f"{outer}!box/in.tar!a.txt") == NOTE
    assert read_member(f"{outer}!b.txt") == b"other\n"
    assert read_member(f"{outer}!missing.txt") is None
    assert read_member(str(tmp_path / "plain.txt")) is None
    assert read_member(f"{tmp_path / 'gone.zip'}!b.txt") is None


def test_a_named_pipe_is_never_opened_to_wait_for_a_writer(tmp_path):
    pipe = tmp_path / "incoming.zip"
    os.mkfifo(pipe)
    assert file_archive_kind(pipe) is None  # returns at once (a blocking open would hang the test)
    assert Unpacker(suffix_formats()).expand([pipe], Unpacked()) == [pipe]  # the build's checks report it


def test_the_zip_member_limit_is_met_in_its_directory_before_any_member_is_read(tmp_path, monkeypatch):
    """Round 51 red team D15: the members past the limit are never opened, and the warning says how many the
    archive lists."""
    data = zip_bytes({f"n{i}.txt": NOTE for i in range(7)})
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def counting_open(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    items, found, _ = unpack(tmp_path, "c.zip", data, members=4)
    assert len(inner(items)) == 4
    assert set(opened) == {"n0.txt", "n1.txt", "n2.txt", "n3.txt"}
    assert "lists 7 members: only its first 4 read" in found.warnings[0]


def test_a_close_interrupted_while_removing_copies_leaves_none_beside_the_database(tmp_path, monkeypatch):
    """Round 51 red team D15: a SIGTERM (a KeyboardInterrupt here) while the copies were being removed left
    their folder beside the database; the folder is put apart and removed by a process of its own."""
    items, _found, unpacker = unpack(tmp_path, "c.zip", zip_bytes({f"n{i}.txt": NOTE for i in range(30)}))
    assert len(inner(items)) == 30
    real_unlink, calls = Path.unlink, []

    def interrupted_unlink(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", interrupted_unlink)
    with pytest.raises(KeyboardInterrupt):
        unpacker.close()
    monkeypatch.undo()
    deadline = time.monotonic() + 60
    while list((tmp_path / "copies").iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list((tmp_path / "copies").iterdir()) == []


# An archive is told by its content, not its name: a ZIP named as a text file is read as an archive, with a
# warning (round 55 red team D11).
_FERRY = b"The ferry ran from the quay in 1902.\n"


def test_a_zip_named_txt_is_read_as_an_archive(tmp_path):
    items, found, _ = unpack(tmp_path, "parcel.txt", zip_bytes({"notes/ferry.txt": _FERRY}))
    assert inner(items) == [("notes/ferry.txt",)]
    assert len(found.warnings) == 1 and "named .txt" in found.warnings[0] and "ZIP archive" in found.warnings[0]


def test_a_tar_named_md_is_read_as_an_archive(tmp_path):
    items, found, _ = unpack(tmp_path, "parcel.md", tar_bytes([("ferry.txt", _FERRY)]))
    assert inner(items) == [("ferry.txt",)] and "tar archive" in found.warnings[0]


def test_a_text_file_stays_a_file(tmp_path):
    items, found, _ = unpack(tmp_path, "ferry.txt", _FERRY)
    assert items == [tmp_path / "ferry.txt"] and not found.warnings


def test_a_damaged_zip_named_as_a_document_stays_the_document(tmp_path):
    items, found, _ = unpack(tmp_path, "minutes.docx", b"PK\x03\x04 the rest of the file was lost")
    assert items == [tmp_path / "minutes.docx"] and not found.warnings
