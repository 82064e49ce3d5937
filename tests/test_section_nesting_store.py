"""Sections with levels through the store, search, the exhibit's pages and exports (red team 39 D10), and a
database written before levels (schema 3) read and upgraded. An exhibit written for these tests."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from lxml import etree
from starlette.testclient import TestClient

from vitrina.cli import main
from vitrina.export.json_kb import knowledge_base
from vitrina.ingest import markdown
from vitrina.search import search
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import SQLiteKnowledgeBase
from vitrina.store.schema import SCHEMA_VERSION
from vitrina.web.app import create_app
from vitrina.web.openapi import openapi_schema

WALK = ("# Harbour Walk\n\nA walk along the water.\n\n## Panel 1. The Quay\n\nCrates of herring came ashore.\n\n"
        "### The Crane\n\nThe crane lifted ten tons of herring.\n\n#### Its Hook\n\nThe hook was forged of iron.\n\n"
        "## Panel 2. The Lighthouse\n\nIts lamp burned whale oil.\n")


def write_walk(path: Path) -> Path:
    [doc] = markdown.read(WALK.encode(), "walk.md")
    write_exhibit(path, [("sha-walk", doc)], [doc], [])
    return path


def flatten_to_schema_3(path: Path) -> None:
    """The database as vitrina wrote it before sections had levels: no level nor parent column (nor in the
    stored analysis), schema version 3."""
    conn = sqlite3.connect(path)
    for column in ("parent", "level"):
        conn.execute(f"ALTER TABLE sections DROP COLUMN {column}")
    for doc_id, analysis in conn.execute("SELECT id, analysis FROM documents").fetchall():
        data = json.loads(analysis)
        data["sections"] = [{k: v for k, v in s.items() if k not in ("level", "parent")} for s in data["sections"]]
        conn.execute("UPDATE documents SET analysis = ? WHERE id = ?", (json.dumps(data), doc_id))
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def walk_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_walk(tmp_path_factory.mktemp("walk") / "walk.db")


@pytest.fixture(scope="module")
def old_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = write_walk(tmp_path_factory.mktemp("old") / "old.db")
    flatten_to_schema_3(path)
    return path


def texts(result: dict) -> list[str]:
    return [hit["text"] for hit in result["hits"]]


def test_the_store_keeps_levels_and_gives_a_sections_sub_sections(walk_db):
    with contextlib.closing(connect_readonly(walk_db)) as conn:
        kb = SQLiteKnowledgeBase(conn)
        sections = kb.sections("walk")
        assert [(s.title, s.level) for s in sections] == [
            ("Harbour Walk", 1), ("The Quay", 2), ("The Crane", 3), ("The Lighthouse", 2)]
        quay = sections[1]
        assert [s.title for s in kb.subsections("walk", quay.id)] == ["The Crane"]
        assert [s.title for s in kb.subsections("walk", sections[0].id)] == [
            "The Quay", "The Crane", "The Lighthouse"]


def test_a_panels_name_finds_the_text_of_its_sub_sections(walk_db):
    with contextlib.closing(connect_readonly(walk_db)) as conn:
        for name in ("The Quay", "1", "the quay"):
            found = texts(search(conn, "herring", section=name))
            assert found == ["Crates of herring came ashore.", "The crane lifted ten tons of herring."], name
        assert texts(search(conn, "herring", section="The Quay", subsections=False)) == [
            "Crates of herring came ashore."]
        assert texts(search(conn, "lamp", section="The Quay")) == []
        assert texts(search(conn, "", section="The Crane")) == [
            "The Crane", "The crane lifted ten tons of herring.", "Its Hook", "The hook was forged of iron."]


def test_the_cli_search_takes_in_sub_sections_unless_told_not_to(walk_db):
    runner = CliRunner()
    both = runner.invoke(main, ["search", "herring", "--db", str(walk_db), "--section", "The Quay"])
    assert both.exit_code == 0, both.output
    assert "The crane lifted" in both.output and "2 matches" in both.output
    own = runner.invoke(main, ["search", "herring", "--db", str(walk_db), "--section", "1", "--no-subsections"])
    assert own.exit_code == 0, own.output
    assert "The crane lifted" not in own.output and "Crates of herring" in own.output


def test_the_search_page_and_its_twin_filter_by_section(walk_db):
    client = TestClient(create_app(walk_db))
    data = client.get("/search.json", params={"q": "herring", "section": "The Quay"}).json()
    assert [hit["text"] for hit in data["hits"]] == ["Crates of herring came ashore.",
                                                     "The crane lifted ten tons of herring."]
    own = client.get("/search.json", params={"q": "herring", "section": "The Quay", "subsections": "0"}).json()
    assert [hit["text"] for hit in own["hits"]] == ["Crates of herring came ashore."]
    page = client.get("/search", params={"q": "herring", "section": "The Quay"})
    assert page.status_code == 200 and "The crane lifted" in page.text
    assert client.get("/search.json", params={"q": "herring", "section": "Nowhere"}).status_code == 404


def test_the_document_page_nests_sub_sections_under_their_panel(walk_db):
    client = TestClient(create_app(walk_db))
    page = client.get("/documents/walk")
    assert page.status_code == 200
    tree = etree.HTML(page.text)
    [quay] = tree.xpath("//section[@id='section-s1']")
    assert [el.get("id") for el in quay.xpath("./section")] == ["section-s2"]
    assert quay.xpath("./h2//text()")[-1] == "The Quay"
    assert tree.xpath("//section[@id='section-s2']/h3//text()") == ["The Crane"]
    assert tree.xpath("//section[@id='section-s2']/h4//text()") == ["Its Hook"]  # a heading inside it, one lower
    data = client.get("/documents/walk.json").json()
    by_id = {s["id"]: s for s in data["sections"]}
    assert (by_id["s1"]["level"], by_id["s1"]["parent"], by_id["s1"]["subsections"]) == (2, "s0", ["s2"])
    assert by_id["s0"]["subsections"] == ["s1", "s3"]
    components = openapi_schema()["components"]
    jsonschema.validate(data, {**components["schemas"]["Document"], "components": components})


def test_the_tei_export_nests_a_sub_sections_div_in_its_sections(walk_db):
    from vitrina.export import tei

    runner_out = walk_db.parent / "tei"
    with contextlib.closing(connect_readonly(walk_db)) as conn:
        tei.write(SQLiteKnowledgeBase(conn), runner_out)
    root = etree.parse(str(runner_out / "walk.xml"))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    [crane] = root.xpath("//t:div[t:head[normalize-space()='The Crane']]", namespaces=ns)
    assert crane.getparent().xpath("string(t:head)", namespaces=ns).strip() == "The Quay"
    assert crane.getparent().get("n") == "1"


def test_a_database_of_schema_3_is_read_with_flat_sections(old_db):
    with contextlib.closing(connect_readonly(old_db)) as conn:
        kb = SQLiteKnowledgeBase(conn)
        assert all(s.level == 1 and s.parent is None for s in kb.sections("walk"))
        assert texts(search(conn, "herring", section="The Quay")) == ["Crates of herring came ashore."]
        assert all(s["subsections"] == [] for s in knowledge_base(conn)["documents"][0]["sections"])
    assert TestClient(create_app(old_db)).get("/documents/walk").status_code == 200
    result = CliRunner().invoke(main, ["search", "herring", "--db", str(old_db), "--section", "The Quay"])
    assert result.exit_code == 0, result.output
    assert "built before sections had levels" in result.output


def test_the_pages_of_a_database_of_schema_3_say_its_sections_are_flat(old_db, walk_db):
    old, new = TestClient(create_app(old_db)), TestClient(create_app(walk_db))
    note = "built before sections had levels"
    assert note in old.get("/documents/walk").text and note not in new.get("/documents/walk").text
    searched = old.get("/search", params={"q": "herring", "section": "The Quay"}).text
    assert note in searched and "and its sub-sections" not in searched
    assert "and its sub-sections" in new.get("/search", params={"q": "herring", "section": "The Quay"}).text


def test_a_search_page_of_a_sections_own_text_says_so(walk_db):
    page = TestClient(create_app(walk_db)).get("/search", params={"q": "herring", "section": "The Quay",
                                                                  "subsections": "0"}).text
    assert "its own text only" in page and "and its sub-sections" not in page


def test_a_build_over_a_database_of_schema_3_nests_the_files_it_names_and_keeps_the_others(tmp_path):
    from vitrina.pipeline import build

    walk, other = tmp_path / "walk.md", tmp_path / "mill.md"
    walk.write_text(WALK, encoding="utf-8")
    other.write_text("# The Mill\n\nThe wheel turned.\n\n## The Race\n\nWater ran fast.\n", encoding="utf-8")
    db = tmp_path / "exhibit.db"
    build([walk, other], db, jobs=1)
    flatten_to_schema_3(db)
    report = build([walk], db, jobs=1)
    assert any("schema version 3" in w for w in report.warnings)
    assert report.reused == 0 and report.documents == 2
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = SQLiteKnowledgeBase(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [s.level for s in kb.sections("walk")] == [1, 2, 3, 2]
        assert [s.title for s in kb.sections("mill")] == ["The Mill", "The Race"]  # kept, flat
        assert [s.level for s in kb.sections("mill")] == [1, 1]


@pytest.mark.postgres
def test_postgresql_keeps_levels_and_reads_an_exhibit_of_schema_3_flat(pg_url: str) -> None:
    import psycopg

    from vitrina.store import reading
    from vitrina.store.postgres import target

    write_walk(pg_url)  # type: ignore[arg-type]
    with reading(pg_url) as kb:
        assert [s.level for s in kb.sections("walk")] == [1, 2, 3, 2]
        assert texts(search(kb, "herring", section="The Quay")) == [
            "Crates of herring came ashore.", "The crane lifted ten tons of herring."]
        assert texts(search(kb, "herring", section="The Quay", subsections=False)) == [
            "Crates of herring came ashore."]
    where = target(pg_url)
    with psycopg.connect(where.conninfo, autocommit=True) as conn:
        conn.execute(f'ALTER TABLE "{where.schema}".sections DROP COLUMN parent, DROP COLUMN level')
        conn.execute(f"UPDATE \"{where.schema}\".meta SET value = '3' WHERE key = 'schema_version'")
    with reading(pg_url) as kb:
        assert all(s.level == 1 and s.parent is None for s in kb.sections("walk"))
        assert texts(search(kb, "herring", section="The Quay")) == ["Crates of herring came ashore."]


def test_nested_and_flat_document_pages_parse_without_html5_errors(walk_db, old_db):
    from tests.test_web_html_valid import parse_errors

    for db in (walk_db, old_db):
        client = TestClient(create_app(db))
        for path in ("/documents/walk", "/search?q=herring&section=The+Quay"):
            page = client.get(path)
            assert page.status_code == 200 and parse_errors(page.text) == [], (db.name, path)
