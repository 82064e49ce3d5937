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


def test_an_entity_id_whose_mentions_now_belong_to_one_entity_is_a_former_id():
    from vitrina.formerids import entity_renames

    earlier = {"place-a-1": {("d1", 0, 3)}, "place-a-2": {("d2", 5, 8)}, "person-b": {("d1", 9, 12)},
               "place-c": {("d2", 20, 25), ("d3", 0, 5)}, "place-gone": {("d1", 30, 35)}}
    now = {"place-a": {("d2", 5, 8)}, "person-b": {("d1", 9, 12)},
           "place-c-1": {("d2", 20, 25)}, "place-c-2": {("d3", 0, 5)}}
    # place-a-1's mentions left with d1 (forgotten), place-c split in two (no one entity to lead to)
    assert entity_renames(earlier, now) == [("place-a-2", "place-a")]
    # a document renamed in the same build: its mentions followed to its new id
    assert entity_renames({"x-1": {("old", 1, 2)}}, {"x": {("new", 1, 2)}}, [("old", "new")]) == [("x-1", "x")]
    assert entity_renames({"x-1": {("old", 1, 2)}}, {"x": {("new", 1, 2)}}) == []


def test_an_entity_renamed_when_its_namesake_leaves_keeps_its_old_links(tmp_path: Path):
    from starlette.testclient import TestClient

    from vitrina.export import export
    from vitrina.formerids import read_former_entity_ids
    from vitrina.pipeline import build
    from vitrina.publish import publish
    from vitrina.store import reading
    from vitrina.web.app import create_app

    box = tmp_path / "box"
    box.mkdir()
    (box / "first.txt").write_text("The mill at Perth, Scotland, burned in 1901.\n", encoding="utf-8")
    (box / "second.txt").write_text("The wool store at Perth, Western Australia, opened in 1902.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    build([box], db, jobs=1)
    with reading(db) as kb:
        before = {m.document: m.entity for m in kb.mentions() if m.entity.startswith("place-perth")}
    assert len(set(before.values())) == 2 and all(e != "place-perth" for e in before.values())
    (box / "first.txt").unlink()
    build([box], db, jobs=1)
    with reading(db) as kb:
        now = {m.document: m.entity for m in kb.mentions() if m.entity.startswith("place-perth")}
        record = read_former_entity_ids(kb)
        current = set(kb.entity_ids())
        exported = [export(kb, fmt, None) or "" for fmt in ("json", "annotations", "geojson", "timelinejs")]
    assert "place-perth" in exported[0] and all(before["second"] not in text for text in exported)  # nothing stale
    assert now == {"second": "place-perth"}  # no namesake left: no suffix
    assert record == {before["second"]: "place-perth"}  # the removed document's Perth is forgotten
    old = before["second"]
    with TestClient(create_app(db)) as client:
        page = client.get(f"/entities/{old}?page=1", follow_redirects=False)
        assert page.status_code == 301 and page.headers["location"] == "/entities/place-perth?page=1"
        twin = client.get(f"/entities/{old}.json", follow_redirects=False)
        assert twin.status_code == 301 and twin.headers["location"] == "/entities/place-perth.json"
        assert client.get(f"/entities/{before['first']}").status_code == 404
        assert client.get(f"/map.json?entity={old}").status_code == 200  # a filter takes the former id too
        assert client.get(f"/map.json?entity={before['first']}").status_code == 404
    publish(db, tmp_path / "site")
    moved = (tmp_path / "site" / "entities" / f"{old}.html").read_text(encoding="utf-8")
    assert 'url=place-perth.html"' in moved
    # the namesake comes back: both ids are entities' own again, the record holds neither
    (box / "first.txt").write_text("The mill at Perth, Scotland, burned in 1901.\n", encoding="utf-8")
    build([box], db, jobs=1)
    with reading(db) as kb:
        assert set(before.values()) <= set(kb.entity_ids()) and read_former_entity_ids(kb) == {"place-perth": old}
    assert "place-perth" in current


def test_former_entity_ids_read_only_the_documents_the_gone_entities_were_in():
    from vitrina.formerids import renames_by_owner

    asked: list[str] = []
    mentions_now = {"d2": {(5, 8): {"place-a"}}, "d3": {(0, 5): {"place-c-1"}, (9, 12): {"person-b"}}}

    def owners_in(document: str) -> dict[tuple[int, int], set[str]]:
        asked.append(document)
        return mentions_now.get(document, {})

    gone = {"place-a-2": {("d2", 5, 8)}, "place-c": {("old-d3", 0, 5), ("d3", 9, 12)}, "place-x": {("d4", 1, 2)}}
    renames = renames_by_owner(gone, owners_in, [("old-d3", "d3")])
    # place-c's mentions now belong to two entities (forgotten); place-x's document has no mention there now
    assert renames == [("place-a-2", "place-a")]
    assert asked == ["d2", "d3", "d4"]  # each document once, in order, and no other
