"""'Did you mean': a misspelt query word matched to the nearest word the index holds (red team round 37 D9)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.edits import distance as edit_distance
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.search import allowed_edits, search, suggest
from vitrina.store import connect_readonly, reading, write_exhibit
from vitrina.store.read import SQLiteKnowledgeBase
from vitrina.web.openapi import openapi_schema

SENTENCES = [
    "The ropewalk stood beside the tannery on the river bank.",
    "Twelve ropewalks were counted along the river by the surveyor.",
    "The tannery burned down in a dry summer.",
    "A carpenter and a cooper shared the workshop.",
    "The harbour master kept a ledger of cargoes.",
    "The drovers brought cattle to the market.",
]


def _write(target: Path | str) -> Path | str:
    builder = DocumentBuilder("river", "river.txt", "text")
    builder.section("A", "The river bank")
    spans = []
    for sentence in SENTENCES:
        block = builder.block("paragraph", [Piece(sentence, SourceRef(0, len(sentence), 1))])
        spans.append((block.start, block.end))
    doc = builder.build()
    doc = doc.evolve(sentences=tuple(spans))
    write_exhibit(target, [("sha", doc)], [doc], [])  # type: ignore[arg-type]
    return target


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = _write(tmp_path / "river.db")
    assert isinstance(path, Path)
    return path


@pytest.fixture
def kb(db: Path) -> Iterator[SQLiteKnowledgeBase]:
    with contextlib.closing(connect_readonly(db)) as conn:
        yield SQLiteKnowledgeBase(conn)


def test_edit_distance_counts_a_swap_as_one_edit() -> None:
    assert edit_distance("tanery", "tannery", 2) == 1
    assert edit_distance("ledgre", "ledger", 2) == 1
    assert edit_distance("cooper", "carpenter", 2) == 3  # capped at most + 1


def test_short_words_are_not_corrected() -> None:
    assert allowed_edits("cat") == 0
    assert allowed_edits("ledgr") == 1
    assert allowed_edits("ropewalsk") == 2


def test_a_misspelt_word_finds_the_indexed_word_and_its_results(kb: SQLiteKnowledgeBase) -> None:
    result = search(kb, "tanery")
    assert result["did_you_mean"] == "tannery"
    assert result["results_for"] == "tannery"
    assert result["total"] == 2 and all("tannery" in hit["text"] for hit in result["hits"])


def test_suggestions_are_surface_words_not_stems(kb: SQLiteKnowledgeBase) -> None:
    # the index holds the stem "ropewalk" for "ropewalks"; a typo of the plural is offered a written word
    suggestion = suggest(kb, "ropewalsk")
    assert suggestion is not None
    assert suggestion["query"] in ("ropewalk", "ropewalks")


def test_a_known_word_is_left_alone(kb: SQLiteKnowledgeBase) -> None:
    assert suggest(kb, "tannery") is None
    assert "did_you_mean" not in search(kb, "harbour")


def test_a_word_far_from_every_indexed_word_gets_no_suggestion(kb: SQLiteKnowledgeBase) -> None:
    result = search(kb, "zeppelin")
    assert result["total"] == 0 and "did_you_mean" not in result


def test_only_the_misspelt_word_of_a_query_is_replaced(kb: SQLiteKnowledgeBase) -> None:
    suggestion = suggest(kb, "harbour ledgre")
    assert suggestion == {"query": "harbour ledger", "unambiguous": True}


def test_an_english_word_is_only_offered_its_neighbour_not_replaced(kb: SQLiteKnowledgeBase) -> None:
    pytest.importorskip("nltk")
    from vitrina.qa.lexical import known_word

    if not known_word("castle"):
        pytest.skip("WordNet is not installed")
    result = search(kb, "castle")  # a real word the documents lack, one letter from their "cattle"
    assert result["did_you_mean"] == "cattle"
    assert result["total"] == 0 and "results_for" not in result


def test_a_piece_of_a_contraction_is_no_misspelling(kb: SQLiteKnowledgeBase) -> None:
    # "kept" is indexed; "kepn't" is no word, but its piece before the apostrophe is not corrected either
    assert suggest(kb, "ledger kepn't") is None
    assert suggest(kb, "ledger kepn") == {"query": "ledger kept", "unambiguous": True}


def test_cli_text_and_json(db: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["search", "tanery", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "Results for tannery" in out.output and "burned down" in out.output
    data = json.loads(runner.invoke(main, ["search", "tanery", "--db", str(db), "--json"]).output)
    assert data["did_you_mean"] == "tannery" and data["results_for"] == "tannery"
    out = runner.invoke(main, ["search", "zeppelin", "--db", str(db)])
    assert out.output.strip() == "No matches."
    out = runner.invoke(main, ["search", "castle", "--db", str(db)])
    assert out.output.strip() == "No matches. Did you mean: cattle?"


def test_web_page_and_twin(db: Path) -> None:
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from vitrina.web.app import create_app

    client = TestClient(create_app(db))
    page = client.get("/search", params={"q": "tanery"})
    assert page.status_code == 200 and "Results for <strong>tannery</strong>" in page.text
    twin = client.get("/search.json", params={"q": "tanery"}).json()
    assert twin["did_you_mean"] == "tannery" and twin["results_for"] == "tannery"
    schema = openapi_schema()["components"]["schemas"]["Search"]
    assert {"did_you_mean", "results_for"} <= set(schema["properties"])
    jsonschema.validate(twin, {**schema, "components": openapi_schema()["components"]})
    found = client.get("/search", params={"q": "harbour ledgre"})  # something found: the suggestion is a link
    assert 'Did you mean: <a href="/search?q=harbour+ledger">harbour ledger</a>?' in found.text


@pytest.mark.postgres
@pytest.mark.parametrize("query", ["tanery", "harbour ledgre", "ropewalsk", "zeppelin", "tannery", "castle"])
def test_postgres_suggests_as_sqlite_does(db: Path, pg_url: str, query: str) -> None:
    pg = _write(pg_url)
    with reading(db) as one, reading(pg) as other:  # type: ignore[arg-type]
        a, b = search(one, query), search(other, query)
    for key in ("did_you_mean", "results_for", "total"):
        assert a.get(key) == b.get(key), key
