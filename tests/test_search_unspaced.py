"""Search finds a word written inside a run of Chinese, Japanese or Korean letters (round 46 red team D8;
``vitrina.store.unspaced``), on SQLite and PostgreSQL, and leaves other text's ranking as it was. Sentences
written for these tests."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from vitrina.model import DocumentBuilder
from vitrina.search import match_expressions, parse_query, search
from vitrina.store import connect_readonly, reading, write_exhibit
from vitrina.store.unspaced import index_text, letters

LINES = [
    "Catalogue entry: armillary sphere (渾儀), bronze.",
    "這架渾儀由工匠鑄造於清代。",  # the word inside a run of Chinese, no space around it
    "銅製の渾儀は博物館にある。",  # the same word in a Japanese sentence
    "The bronze sphere was cast for the observatory.",
    "천문대에서 혼천의를 보았다.",  # Korean: a word with its ending attached
]


def _exhibit(target: Path | str) -> Path | str:
    builder = DocumentBuilder("sphere", "sphere.txt", "text")
    builder.section(None, "Sphere")
    for line in LINES:
        builder.block("paragraph", line)
    doc = builder.build()
    write_exhibit(target, [("sha", doc)], [doc], [])  # type: ignore[arg-type]
    return target


def _found(store, query: str) -> list[str]:
    return [hit["text"] for hit in search(store, query, limit=20)["hits"]]


def test_the_index_holds_each_letter_of_such_a_run_apart() -> None:
    assert index_text("An English line.") == "An English line."
    assert index_text("He saw 渾儀 and 天文臺.") == "He saw 渾儀 and 天文臺.\n渾 儀 天 文 臺"
    assert letters("渾儀") == ("渾", "儀") and letters("渾") is None and letters("sphere") is None


def test_a_query_word_in_such_a_script_is_the_phrase_of_its_letters() -> None:
    assert parse_query("渾儀 bronze").terms == (("渾", "儀"), ("bronze",))
    # (a word without a long-s spelling: "sphere" would be searched as "fphere" too, ``longs``)
    assert match_expressions(parse_query("bronze globe")) == [
        '"bronze" AND "globe"', '"bronze"* AND "globe"*', '"bronze" OR "globe"', '"bronze"* OR "globe"*']
    # (an index built before the letters were held apart: the word whole, last)
    assert match_expressions(parse_query("渾儀"))[-1] == '"渾儀"'


def test_a_word_inside_a_run_of_chinese_or_japanese_is_found_and_marked(tmp_path: Path) -> None:
    db = _exhibit(tmp_path / "s.db")
    with contextlib.closing(connect_readonly(db)) as conn:
        assert sorted(_found(conn, "渾儀")) == sorted(LINES[:3])
        hits = search(conn, "渾儀")["hits"]
        assert all("<mark>渾儀</mark>" in hit["snippet"] for hit in hits)
        assert all(hit["text"][a:b] == "渾儀" for hit in hits for a, b in hit["matches"])
        assert _found(conn, "工匠") == [LINES[1]]
        assert _found(conn, "혼천의") == [LINES[4]]
        assert _found(conn, "匠工") == []  # letters in another order are no match
        assert sorted(_found(conn, "bronze")) == sorted([LINES[0], LINES[3]])


def test_english_ranking_is_unchanged_by_the_letters_held_apart(tmp_path: Path) -> None:
    # an exhibit without such letters is indexed as written: its ranks are those of an index of the bare text
    builder = DocumentBuilder("sphere", "sphere.txt", "text")
    builder.section(None, "Sphere")
    english = [LINES[0].replace(" (渾儀)", ""), LINES[3], "A sphere of bronze rings, cast again in bronze."]
    for line in english:
        builder.block("paragraph", line)
    doc = builder.build()
    write_exhibit(tmp_path / "e.db", [("sha", doc)], [doc], [])
    query = "SELECT rowid, bm25({0}) FROM {0} WHERE {0} MATCH 'bronze OR sphere' ORDER BY rank"
    with contextlib.closing(sqlite3.connect(tmp_path / "e.db")) as conn:
        built = conn.execute(query.format("sentences_fts")).fetchall()
        conn.execute("CREATE VIRTUAL TABLE bare USING fts5(text, tokenize='porter unicode61')")
        conn.executemany("INSERT INTO bare(rowid, text) SELECT id, text FROM sentences WHERE id = ?",
                         [(rowid,) for rowid, _ in built])
        assert conn.execute(query.format("bare")).fetchall() == built and len(built) >= 3


@pytest.mark.postgres
def test_postgresql_finds_the_same_words(tmp_path: Path, pg_url: str) -> None:
    sqlite_db = _exhibit(tmp_path / "s.db")
    pg = _exhibit(pg_url)
    with reading(sqlite_db) as one, reading(pg) as other:
        for query in ("渾儀", "工匠", "혼천의", "bronze", "匠工"):
            assert sorted(_found(one, query)) == sorted(_found(other, query)), query
        assert all("<mark>渾儀</mark>" in hit["snippet"] for hit in search(other, "渾儀")["hits"])
