"""Members of archives as a build's inputs (``vitrina.ingest.member``): how they are shown, named and cited."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vitrina.ingest.files import shown
from vitrina.ingest.member import (
    Member,
    archive_name,
    cited_name,
    source_stem,
    split_source,
    stored,
)


def test_a_member_is_shown_by_its_archive_and_its_path_in_it(tmp_path):
    copy = tmp_path / "copy.tmp"
    copy.write_bytes(b"The quay was built in 1890.\n")
    member = Member("/data/coll.zip", ("box/in.tar", "notes/Quay Report.md"), copy)
    assert shown(member) == str(member) == "/data/coll.zip!box/in.tar!notes/Quay Report.md"
    assert (member.name, member.stem, member.suffix) == ("Quay Report.md", "Quay Report", ".md")
    assert member.stat().st_size == copy.stat().st_size and stored(member) == copy
    assert stored(Path("a.txt")) == Path("a.txt")


def test_a_source_splits_only_after_an_archive_name():
    assert split_source("/data/coll.zip!a/b.txt") == ("/data/coll.zip", ("a/b.txt",))
    assert split_source("c.tar.gz!x.zip!y.md") == ("c.tar.gz", ("x.zip", "y.md"))
    assert split_source("/data/wow!.txt") is None and split_source("/data/plain.txt") is None
    assert split_source("odd!name.zip!a.txt") == ("odd!name.zip", ("a.txt",))


def test_ids_and_citations_do_not_depend_on_where_the_archive_lies():
    assert source_stem("/here/coll.zip!notes.txt") == source_stem("/elsewhere/coll.zip!notes.txt") == "notes"
    assert source_stem("/here/coll.tgz!box/notes.txt") == "notes" == source_stem("/here/notes.txt")
    assert cited_name("/here/coll.zip!box/notes.txt") == "coll.zip!box/notes.txt"
    assert cited_name("/here/notes.txt") == "notes.txt"


def test_a_relative_path_is_cited_as_given_so_two_files_of_one_name_cite_apart():
    assert (cited_name("east/notes.txt"), cited_name("west/notes.txt")) == ("east/notes.txt", "west/notes.txt")
    assert cited_name("./east/../east/notes.txt") == "east/notes.txt" == cited_name("../east/notes.txt")
    assert cited_name("box/coll.zip!a/notes.txt") == "box/coll.zip!a/notes.txt"
    assert cited_name("C:\\data\\notes.txt") == "notes.txt"  # a machine's folders are never cited


def test_archive_names():
    assert all(archive_name(n) for n in ("a.zip", "A.TGZ", "b.tar.gz", "c.tar", "d.tar.xz", "e.tar.bz2"))
    assert not any(archive_name(n) for n in ("a.docx", "notes.txt.gz", "a.epub", "zip"))


def test_a_backslash_is_part_of_a_posix_file_name() -> None:
    if os.sep == "\\":
        pytest.skip("on Windows a backslash separates folders")
    assert cited_name("odd\\name.txt") == "odd\\name.txt"
    assert cited_name("box/odd\\name.txt") == "box/odd\\name.txt"
    assert cited_name("C:\\box\\notes.txt") == "notes.txt"  # a Windows path still cites its name only
    assert cited_name("\\\\server\\share\\notes.txt") == "notes.txt"
