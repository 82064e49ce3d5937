"""Copies recorded in the exhibit (vitrina/copies.py): merged across builds, exported and shown."""

from __future__ import annotations

import contextlib

from starlette.testclient import TestClient

from vitrina.copies import copies_of, merged_copies
from vitrina.export.json_kb import knowledge_base
from vitrina.pipeline import build
from vitrina.store import connect_readonly
from vitrina.store.read import SQLiteKnowledgeBase
from vitrina.web.app import create_app


def test_this_build_s_copies_are_kept_when_their_document_is(tmp_path):
    assert merged_copies({}, [("b/x.md", "a/x.md"), ("c/y.md", "a/gone.md")], {"a/x.md", "b/x.md"},
                         {"a/x.md"}) == {"b/x.md": "a/x.md"}


def test_an_earlier_copy_is_carried_while_its_file_exists_and_it_is_not_named_again(tmp_path):
    there = tmp_path / "copy.md"
    there.write_text("x", encoding="utf-8")
    earlier = {str(there): "a/x.md", str(tmp_path / "deleted.md"): "a/x.md", "b/named.md": "a/x.md",
               "b/own.md": "a/x.md"}
    merged = merged_copies(earlier, [], named={"b/named.md"}, sources={"a/x.md", "b/own.md"})
    assert merged == {str(there): "a/x.md"}


def test_a_copy_is_recorded_exported_shown_and_forgotten_when_its_file_goes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "mill.md").write_text("# The mill\n\nThe wheel turned at dawn.\n", encoding="utf-8")
    (tmp_path / "b" / "copy.md").write_text("# The mill\n\nThe wheel turned at dawn.\n", encoding="utf-8")
    build(["a", "b"], "kb.db", jobs=1)
    build(["a"], "kb.db", jobs=1)  # the copy not named again: still recorded, its file is there
    with contextlib.closing(connect_readonly("kb.db")) as conn:
        assert copies_of(SQLiteKnowledgeBase(conn), "a/mill.md") == ["b/copy.md"]
        [doc] = knowledge_base(conn)["documents"]
    assert doc["copies"] == ["b/copy.md"]
    client = TestClient(create_app(tmp_path / "kb.db"))
    assert "also given as b/copy.md" in client.get(f"/documents/{doc['id']}").text
    assert client.get(f"/documents/{doc['id']}.json").json()["copies"] == ["b/copy.md"]

    (tmp_path / "b" / "copy.md").unlink()
    build(["a", "b"], "kb.db", jobs=1)
    with contextlib.closing(connect_readonly("kb.db")) as conn:
        assert "copies" not in knowledge_base(conn)["documents"][0]


def test_empty_files_are_refused_one_by_one_never_called_copies(tmp_path, monkeypatch):
    import zipfile

    monkeypatch.chdir(tmp_path)
    with zipfile.ZipFile("box.zip", "w") as archive:
        for name in ("a.txt", "b.txt", "c.txt"):
            archive.writestr(name, "")
        archive.writestr("note.txt", "The ferry left Oskel at noon.")
    report = build(["box.zip"], "kb.db", jobs=1)
    assert report.copies == []
    refused = sorted(str(e) for e in [*report.errors, *report.skipped])
    assert len(refused) == 3 and all("empty file" in e for e in refused)
