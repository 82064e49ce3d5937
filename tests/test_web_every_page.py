"""No entity page and no graph may fail: every one is requested, on the fixture exhibit
(fast) and on the shared corpus build (slow); and publish fails loudly when a page does."""

from __future__ import annotations

import logging
import sqlite3
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from tests.conftest import sample_documents, sample_entities
from vitrina.cli import main
from vitrina.model import DocumentBuilder, Entity, Mention, Piece, SourceRef
from vitrina.publish import PublishError, publish
from vitrina.store import write_exhibit
from vitrina.web import views
from vitrina.web.app import create_app

warnings.filterwarnings("ignore", message=".*httpx.*")
ROOT = Path(__file__).resolve().parents[1]


def exhibit_with_loners(path: Path) -> Path:
    """The fixture exhibit plus a person named once, alone in a sentence, and an
    entity of a type the graph leaves out: neither has a link in the graph."""
    sentence = "Years later the keeper Tomas Brill walked the empty quay alone."
    builder = DocumentBuilder("quay", "quay.txt", "text")
    builder.block("paragraph", [Piece(sentence, SourceRef(0, len(sentence), 1))])
    doc = builder.build(title="The Empty Quay")
    who, what = sentence.index("Tomas Brill"), sentence.index("quay")
    doc = doc.evolve(sentences=((0, len(doc.text)),), mentions=(
        Mention(who, who + len("Tomas Brill"), "person", "person-tomas-brill"),
        Mention(what, what + 4, "other", "other-quay"),
    ))
    docs = [*sample_documents(), doc]
    entities = [*sample_entities(), Entity("person-tomas-brill", "person", "Tomas Brill"),
                Entity("other-quay", "other", "quay")]
    write_exhibit(path, [("sha-" + d.id, d) for d in docs], docs, entities)
    return path


def entity_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM entities ORDER BY id")]


def failing_pages(client: TestClient, ids: list[str], graph_pages: set[str] | None = None) -> list[str]:
    """Every entity page, its graph and their JSON twins that do not answer 200.

    The graph's HTML page draws what its JSON twin holds: ``graph_pages`` (default: every
    entity) names the entities whose graph is also asked for as HTML; every graph is asked
    for as JSON."""
    failed = []
    for entity_id in ids:
        for url in (f"/entities/{entity_id}", f"/entities/{entity_id}.json"):
            status = client.get(url).status_code
            if status != 200:
                failed.append(f"{url} {status}")
        graphs = ("/graph", "/graph.json") if graph_pages is None or entity_id in graph_pages else ("/graph.json",)
        for url in graphs:
            status = client.get(url, params={"entity": entity_id}).status_code
            if status != 200:
                failed.append(f"{url}?entity={entity_id} {status}")
    return failed


def first_of_each_type(ids: list[str]) -> set[str]:
    """One entity id per type prefix ("person-…", "place-…"): the graph pages asked for as HTML."""
    firsts: dict[str, str] = {}
    for entity_id in ids:
        firsts.setdefault(entity_id.split("-", 1)[0], entity_id)
    return set(firsts.values())


def test_every_entity_page_and_graph_of_the_fixture(tmp_path: Path) -> None:
    db = exhibit_with_loners(tmp_path / "loners.db")
    client = TestClient(create_app(db))
    assert failing_pages(client, entity_ids(db)) == []


def test_a_lone_entity_is_the_only_node_of_its_graph(tmp_path: Path) -> None:
    client = TestClient(create_app(exhibit_with_loners(tmp_path / "loners.db")))
    for entity_id, name in (("person-tomas-brill", "Tomas Brill"), ("other-quay", "quay")):
        data = client.get("/graph.json", params={"entity": entity_id}).json()
        assert [n["id"] for n in data["nodes"]] == [entity_id]
        assert data["edges"] == [] and data["focus_name"] == name
        assert f"Graph: {name}" in client.get("/graph", params={"entity": entity_id}).text


@pytest.mark.slow
def test_every_entity_page_and_graph_of_the_corpus(corpus_db: Path) -> None:
    # faults are under test here, not speed: a loaded machine must not turn a page into a 503 (the app's
    # own budget, as the static site's: patching QUERY_SECONDS would not reach create_app's default)
    ids = entity_ids(corpus_db)
    assert len(ids) > 500
    client = TestClient(create_app(corpus_db, query_seconds=60.0))
    assert failing_pages(client, ids, graph_pages=first_of_each_type(ids)) == []


# ---------------------------------------------------------------- publish fails loudly


def _break_one_entity(monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    real = views.entity

    def entity(request, conn):  # type: ignore[no-untyped-def]
        if request.path_params["entity_id"] == broken:
            raise RuntimeError("simulated fault")
        return real(request, conn)

    monkeypatch.setattr(views, "entity", entity)
    from vitrina.web import app as web_app

    monkeypatch.setattr(web_app, "ROUTES", [(p, entity if h is real else h) for p, h in web_app.ROUTES])


def test_publish_raises_on_a_failing_page_and_writes_no_error_page(
        sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_one_entity(monkeypatch, "place-porto")
    with pytest.raises(PublishError) as caught:
        publish(sample_db, tmp_path / "site")
    assert caught.value.failed == ["/entities/place-porto: 500 (RuntimeError: simulated fault)"]
    assert not (tmp_path / "site" / "entities" / "place-porto.html").exists()
    assert (tmp_path / "site" / "entities" / "place-lisbon.html").exists()


def test_publish_command_exits_1_with_one_line_per_failed_page(
        sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    _break_one_entity(monkeypatch, "place-porto")
    with caplog.at_level(logging.ERROR):
        result = CliRunner().invoke(main, ["publish", "--db", str(sample_db), "--static", str(tmp_path / "s")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == ["Error: /entities/place-porto: 500 (RuntimeError: simulated fault)",
                     "Error: 1 page failed to render (not written); the site is incomplete"]
    assert "Traceback" not in result.output and not caplog.records  # nothing logged past the filter
