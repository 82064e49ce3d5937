"""The PostgreSQL backend gives what the SQLite one gives: exports, search, answers, pages.

Needs a server: ``scripts/pg-test-server.sh run pytest tests/test_postgres.py``
(``make test`` and ``.ci/run`` do that). Every test writes its own schema.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from tests.conftest import sample_documents, sample_entities, write_sample_exhibit
from tests.test_ask import NORTH, _document, _entities
from vitrina.ask import ask
from vitrina.cli import main
from vitrina.errors import StoreError
from vitrina.export import export, export_to
from vitrina.search import search
from vitrina.store import StageFailed, failed_stages, open_knowledge_base, reading, write_exhibit
from vitrina.store.read import QueryTimeout
from vitrina.web.app import create_app

pytestmark = pytest.mark.postgres

ONE_FILE_FORMATS = ("json", "csl", "geojson", "timelinejs", "annotations")
FOLDER_FORMATS = ("tei", "csv")


@pytest.fixture
def both(tmp_path: Path, pg_url: str) -> tuple[Path, str]:
    """The sample exhibit written to a SQLite file and to a PostgreSQL schema."""
    return write_sample_exhibit(tmp_path / "sample.db"), write_sample_exhibit(pg_url)  # type: ignore[arg-type]


def test_every_export_is_byte_identical(both, tmp_path: Path) -> None:
    sqlite_db, pg = both
    with reading(sqlite_db) as one, reading(pg) as other:
        for fmt in ONE_FILE_FORMATS:
            assert export(one, fmt, None) == export(other, fmt, None), fmt
        for fmt in FOLDER_FORMATS:
            export_to(one, fmt, tmp_path / f"s-{fmt}")
            export_to(other, fmt, tmp_path / f"p-{fmt}")
            files = sorted(p.name for p in (tmp_path / f"s-{fmt}").iterdir())
            assert files == sorted(p.name for p in (tmp_path / f"p-{fmt}").iterdir()) and files
            for name in files:
                assert (tmp_path / f"s-{fmt}" / name).read_bytes() == (tmp_path / f"p-{fmt}" / name).read_bytes()


SEARCHES = [  # (query, filters): words of the sample exhibit's invented sentences
    ("Porto", {}), ("Lind Porto", {}), ("Lind Lisbon", {}), ("schoon", {}), ("quiet crossing", {}),
    ("museum", {}), ("Porto", {"document": "voyage"}), ("Porto", {"section": "1"}),
    ("Porto", {"entity": "person-marco-vell"}), ("Porto", {"date": "1932"}), ("", {"date": "1921"}),
]


@pytest.mark.parametrize(("query", "filters"), SEARCHES)
def test_search_finds_the_same_top_hit_and_count(both, query: str, filters: dict) -> None:
    sqlite_db, pg = both
    with reading(sqlite_db) as one, reading(pg) as other:
        a, b = search(one, query, **filters), search(other, query, **filters)
    assert a["total"] == b["total"]
    top = [(h["document"], h["start"]) for h in a["hits"]]
    assert [(h["document"], h["start"]) for h in b["hits"]][:1] == top[:1]
    assert {(h["document"], h["start"]) for h in b["hits"]} == set(top)  # same page, order may differ below
    for hit in b["hits"]:
        assert "<mark>" in hit["snippet"] or not query  # matched words marked by ts_headline


def test_has_section_is_the_same(both) -> None:
    sqlite_db, pg = both
    with reading(sqlite_db) as one, reading(pg) as other:
        title = one.sections("harbor")[0].title
        for name, document in ((title.upper(), None), (title, "voyage"), ("No Such Panel", None)):
            assert one.has_section(name, document) == other.has_section(name, document)


QUESTIONS = [
    "When was the Treaty of Varnholm signed?",
    "How many boats did the fishing guild license?",
    "Where was the Treaty of Varnholm signed?",
    "Who founded the Coastal Survey Office?",
    "What did Brandt call the agreement?",
    "Did the council accept the toll plan?",
    "What is the population of the moon?",
]


def test_ask_gives_the_same_answers_and_citations(tmp_path: Path, pg_url: str) -> None:
    docs = [_document("north", "The Varnholm Treaty", NORTH)]
    for db in (tmp_path / "north.db", pg_url):
        write_exhibit(db, [(f"sha-{d.id}", d) for d in docs], docs, _entities())
    with reading(tmp_path / "north.db") as one, reading(pg_url) as other:
        for question in QUESTIONS:
            a, b = ask(one, question), ask(other, question)
            assert (a["answer"], a["citations"][:1]) == (b["answer"], b["citations"][:1]), question


def test_web_pages_and_twins_are_the_same(both) -> None:
    sqlite_db, pg = both
    one, other = TestClient(create_app(sqlite_db)), TestClient(create_app(pg))
    for path in ("/index.json", "/documents/harbor.json", "/entities/person-ada-lind.json", "/entities.json",
                 "/timeline.json", "/map.json", "/graph.json", "/compare.json", "/search.json?q=Porto"):
        a, b = one.get(path), other.get(path)
        assert a.status_code == b.status_code == 200, path
        assert a.json() == b.json(), path
    assert other.get("/").status_code == 200 and "Harbor" in other.get("/").text


def half_done_stage(kb):
    """A stage whose query fails after it stored an entry: on a server that aborts the transaction."""
    yield "half:1", "first part"
    kb._rows("SELECT no_such_column FROM documents")
    yield "half:2", "never"


def test_a_failing_stage_degrades_the_build_whole_but_for_it(pg_url: str) -> None:
    """A stage that fails (here its own query, which aborts the server's transaction) is rolled back
    to the savepoint before it: every document and the other stages are swapped in, and the exhibit
    says which stage failed; ``strict`` keeps the old exhibit instead."""
    docs, entities = sample_documents(), sample_entities()

    def kept(kb):
        return {"kept": str(len(kb.documents()))}

    failures = write_exhibit(pg_url, [("sha", d) for d in docs], docs, entities, derive=(half_done_stage, kept))
    assert [f.stage for f in failures] == ["half_done_stage"] and "no_such_column" in failures[0].reason
    with reading(pg_url) as kb:
        assert [d.id for d in kb.documents()] == [d.id for d in docs]
        assert kb.meta_value("kept") == str(len(docs)) and kb.meta_values("half:") == []
        assert failed_stages(kb) == {"half_done_stage": failures[0].reason}
    write_exhibit(pg_url, [("sha", d) for d in docs], docs, entities, derive=(kept,))
    with reading(pg_url) as kb:
        assert failed_stages(kb) == {}  # a whole build again


def test_a_rebuild_is_seen_whole_and_a_failed_one_not_at_all(pg_url: str) -> None:
    docs, entities = sample_documents(), sample_entities()
    write_exhibit(pg_url, [("sha", d) for d in docs], docs, entities)
    reader = open_knowledge_base(pg_url)
    try:
        before = [d.id for d in reader.documents()]

        def fail(_kb):
            raise RuntimeError("the build dies after writing every row")

        with pytest.raises(StageFailed):
            write_exhibit(pg_url, [("sha", d) for d in docs[:1]], docs[:1], entities, derive=(fail,), strict=True)
        assert [d.id for d in reader.documents()] == before  # nothing of the failed build
        seen: list[list[str]] = []
        stop = threading.Event()

        def watch() -> None:  # a reader polling all through the next build
            with reading(pg_url) as kb:
                while not stop.is_set():
                    seen.append([d.id for d in kb.documents()])

        watcher = threading.Thread(target=watch)
        watcher.start()
        write_exhibit(pg_url, [("sha", d) for d in docs[:1]], docs[:1], entities)
        stop.set()
        watcher.join()
        assert [d.id for d in reader.documents()] == before[:1]
        assert all(ids in (before, before[:1]) for ids in seen) and seen
    finally:
        reader.close()
    schema = pg_url.rsplit("schema=", 1)[1]  # this test's own: other tests build in parallel beside it
    with reading(pg_url) as kb:
        leftovers = kb._rows(f"SELECT nspname FROM pg_namespace WHERE nspname LIKE '{schema}\\_\\_build\\_%' "
                             f"OR nspname LIKE '{schema}\\_\\_old\\_%'")
    assert leftovers == []


def test_a_slow_query_is_stopped(pg_url: str) -> None:
    write_sample_exhibit(pg_url)  # type: ignore[arg-type]
    with reading(pg_url) as kb:
        kb.set_deadline(0.05)
        with pytest.raises(QueryTimeout):
            kb._rows("SELECT pg_sleep(1)")


def test_cli_commands_take_a_postgresql_url(pg_url: str, tmp_path: Path) -> None:
    write_sample_exhibit(pg_url)  # type: ignore[arg-type]
    runner = CliRunner()
    found = runner.invoke(main, ["search", "Porto", "--db", pg_url, "--json"])
    assert found.exit_code == 0 and json.loads(found.output)["total"] == 2  # as test_search finds in SQLite
    exported = runner.invoke(main, ["export", "--db", pg_url, "--format", "csl"])
    assert exported.exit_code == 0 and json.loads(exported.output)[0]["id"] == "harbor"
    published = runner.invoke(main, ["publish", "--db", pg_url, "--static", str(tmp_path / "site")])
    assert published.exit_code == 0, published.output
    assert (tmp_path / "site" / "index.html").is_file() and (tmp_path / "site" / "search-index.js").is_file()


def test_no_exhibit_in_the_schema_is_a_clear_error(pg_url: str) -> None:
    with pytest.raises(StoreError, match="no exhibit in schema"):
        open_knowledge_base(pg_url)
    result = CliRunner().invoke(main, ["search", "x", "--db", pg_url])
    assert result.exit_code == 1 and result.output.startswith("Error:") and "vitrina build" in result.output


def test_a_schema_named_like_a_keyword_works(postgres_server: str) -> None:
    import psycopg

    url = postgres_server + ("&" if "?" in postgres_server else "?") + "schema=order"
    try:
        write_sample_exhibit(url)  # type: ignore[arg-type]
        write_sample_exhibit(url)  # type: ignore[arg-type]  (a rebuild swaps the schema)
        with reading(url) as kb:
            assert [d.id for d in kb.documents()] == ["harbor", "voyage"]
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute('DROP SCHEMA IF EXISTS "order" CASCADE')


def test_a_schema_holding_other_tables_is_not_replaced(pg_url: str) -> None:
    import psycopg

    from vitrina.store import check_replaceable
    from vitrina.store.postgres import target

    where = target(pg_url)
    with psycopg.connect(where.conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{where.schema}"')
        conn.execute(f'CREATE TABLE "{where.schema}".ledger (n integer)')
    with pytest.raises(StoreError, match="holds other tables"):
        check_replaceable(pg_url)
    result = CliRunner().invoke(main, ["build", str(Path(__file__)), "--db", pg_url])
    assert result.exit_code == 1 and "holds other tables" in result.output


def test_a_former_entity_id_is_recorded_and_redirected(pg_url: str, tmp_path: Path) -> None:
    from vitrina.formerids import read_former_entity_ids
    from vitrina.pipeline import build

    box = tmp_path / "box"
    box.mkdir()
    (box / "first.txt").write_text("The mill at Perth, Scotland, burned in 1901.\n", encoding="utf-8")
    (box / "second.txt").write_text("The wool store at Perth, Western Australia, opened in 1902.\n", encoding="utf-8")
    build([box], pg_url, jobs=1)
    with reading(pg_url) as kb:
        old = next(m.entity for m in kb.mentions(document="second"))
    (box / "first.txt").unlink()
    build([box], pg_url, jobs=1)
    with reading(pg_url) as kb:
        assert read_former_entity_ids(kb) == {old: "place-perth"}
    with TestClient(create_app(pg_url)) as client:
        page = client.get(f"/entities/{old}.json", follow_redirects=False)
        assert page.status_code == 301 and page.headers["location"] == "/entities/place-perth.json"


def test_an_incremental_build_reads_the_kept_parses_from_the_server(pg_url: str, tmp_path: Path,
                                                                     monkeypatch) -> None:
    """Round 59: the comparisons' parses kept in a PostgreSQL exhibit are read by its next build, which keeps what
    a SQLite build of the whole collection keeps and stores its comparisons."""
    from tests.test_compare_incremental import _stages_parses, _write
    from vitrina import compare
    from vitrina.keptparses import KEY_PREFIX
    from vitrina.pipeline import build
    from vitrina.qa import parse

    monkeypatch.chdir(tmp_path)
    stages = _stages_parses(monkeypatch)
    _write(tmp_path / "a", range(0, 4))
    _write(tmp_path / "b", range(4, 6))
    build(["a"], pg_url, jobs=1)
    parse._cache.clear()  # (this process's own cache would answer before the kept parses)
    build(["b"], pg_url, jobs=1)
    assert stages[-1].read > 0
    build(["a", "b"], tmp_path / "whole.db", jobs=1)
    with reading(pg_url) as pg, reading(tmp_path / "whole.db") as whole:
        assert compare.stored_text(pg) == compare.stored_text(whole)
        assert pg.meta_values(KEY_PREFIX) == whole.meta_values(KEY_PREFIX) != []
