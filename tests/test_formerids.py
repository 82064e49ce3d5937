"""Former document ids: a renamed file's document answers at the id it had."""

from __future__ import annotations

from pathlib import Path

from vitrina.formerids import merged_former_ids


def test_chains_are_followed_and_ids_in_use_are_never_former():
    earlier = {"a": "b"}
    assert merged_former_ids(earlier, [("b", "c")], {"c"}) == {"a": "c", "b": "c"}
    assert merged_former_ids(earlier, [("b", "a")], {"a"}) == {"b": "a"}  # renamed back: "a" is its own again
    assert merged_former_ids({"x": "gone"}, [], {"c"}) == {}  # its document left the exhibit
    assert merged_former_ids({"p": "q", "q": "p"}, [], {"r"}) == {}  # a loop leads nowhere


def test_a_renamed_file_keeps_its_old_links(tmp_path: Path):
    from starlette.testclient import TestClient

    from vitrina.pipeline import build
    from vitrina.store import reading
    from vitrina.web.app import create_app

    box = tmp_path / "box"
    box.mkdir()
    (box / "mill diary.txt").write_text("The mill at Fenby closed on 3 May 1953.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    build([box], db, jobs=1)
    (box / "mill diary.txt").rename(box / "fenby-mill.txt")
    report = build([box], db, jobs=1)
    assert report.renamed_ids == [("mill-diary", "fenby-mill")]
    with reading(db) as kb:
        assert kb.document_ids() == ["fenby-mill"]
    with TestClient(create_app(db)) as client:
        page = client.get("/documents/mill-diary?hl=0-8", follow_redirects=False)
        assert page.status_code == 301 and page.headers["location"] == "/documents/fenby-mill?hl=0-8"
        twin = client.get("/documents/mill-diary.json", follow_redirects=False)
        assert twin.headers["location"] == "/documents/fenby-mill.json"
        assert client.get("/documents/mill-diary").status_code == 200  # followed
        assert client.get("/documents/never-was").status_code == 404
    build([box], db, jobs=1)  # a later build keeps the record
    with TestClient(create_app(db)) as client:
        assert client.get("/documents/mill-diary", follow_redirects=False).status_code == 301


def test_the_static_site_has_a_page_at_a_former_id_leading_on(tmp_path: Path):
    from vitrina.pipeline import build
    from vitrina.publish import publish

    box = tmp_path / "box"
    box.mkdir()
    (box / "old name.txt").write_text("The ferry at Holme ran until 1961.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    build([box], db, jobs=1)
    (box / "old name.txt").rename(box / "holme-ferry.txt")
    build([box], db, jobs=1)
    publish(db, tmp_path / "site")
    moved = (tmp_path / "site" / "documents" / "old-name.html").read_text(encoding="utf-8")
    assert 'url=holme-ferry.html"' in moved and (tmp_path / "site" / "documents" / "holme-ferry.html").exists()
