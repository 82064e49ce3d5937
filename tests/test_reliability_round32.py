"""Round 32 (issue #14): the round-32 red team's defects, each with the test that failed before its fix
(docs/reliability.md, "Round 32 red team"). Invented text."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from tests.conftest import sample_documents, sample_entities
from vitrina import cli
from vitrina.cli import main
from vitrina.export.timelinejs import timeline
from vitrina.ingest.encoding import decode, take_warnings
from vitrina.limits import WORKER_LIMITS
from vitrina.model import DocumentBuilder, Entity, Mention, Piece, SourceRef
from vitrina.store import open_knowledge_base, write_exhibit
from vitrina.web.app import create_app


def run(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, list(args))


def one_document_exhibit(db: Path) -> Path:
    doc = sample_documents()[1]
    write_exhibit(db, [("sha-one", doc)], [doc], [e for e in sample_entities() if e.id in {m.entity for m in doc.mentions}])
    return db


def damaged(db: Path) -> Path:
    """Every other 4 KB page past the first overwritten, as a failing disk or a bad copy leaves a file: its
    header (and so its schema version) still reads."""
    data = bytearray(db.read_bytes())
    for offset in range(8192, len(data) - 4096, 8192):
        data[offset:offset + 4096] = b"\x5a" * 4096
    db.write_bytes(bytes(data))
    return db


def damaged_exhibit(tmp_path: Path) -> Path:
    docs = sample_documents()
    db = tmp_path / "x.db"
    write_exhibit(db, [("sha-" + d.id, d) for d in docs], docs, sample_entities())
    return damaged(db)


# ---------------------------------------------------------------- D1: serve on a damaged database


def test_serve_refuses_a_damaged_database_like_every_other_command(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve` started on a damaged database (other commands refuse it) and answered 500 with a traceback."""
    started: list[object] = []
    monkeypatch.setattr("vitrina.web.server.serve", lambda *args: started.append(args))
    monkeypatch.setattr(cli, "listen", lambda host, port: pytest.fail("listened on a damaged database"))
    result = run("serve", "--db", str(damaged_exhibit(tmp_path)))
    assert result.exit_code == 1 and not started
    assert result.stderr.startswith(f"Error: {tmp_path / 'x.db'}: database cannot be read (")
    assert "Traceback" not in result.output


def test_a_database_damaged_while_serving_is_a_503_without_a_traceback(tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    db = damaged_exhibit(tmp_path)
    client = TestClient(create_app(db))
    with caplog.at_level(logging.INFO, logger="vitrina.web.app"):
        page, twin = client.get("/entities"), client.get("/search.json?q=voyage")
    assert (page.status_code, twin.status_code) == (503, 503)
    assert twin.json() == {"ok": False, "error": "the exhibit database is damaged"}
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


# ---------------------------------------------------------------- D7: the way out of a damaged database


def test_build_replace_all_replaces_a_damaged_database_and_the_error_says_so(tmp_path: Path) -> None:
    """The error advised `vitrina build`, which refused the damaged file with the same line."""
    db = damaged_exhibit(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("The Mill\n\nIn 1911 Hedda Lorn ran the mill at Sorby.\n")
    refused = run("build", "-j", "1", "--db", str(db), str(note))
    assert refused.exit_code == 1
    assert f"--db {db} --replace-all" in refused.stderr and "move it away" in refused.stderr
    rebuilt = run("build", "-j", "1", "--db", str(db), "--replace-all", str(note))
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "Dropped: every document of the earlier database (damaged: " in rebuilt.stderr
    kb = open_knowledge_base(db)
    try:
        kb.check_intact()
        assert [row[0] for row in kb.stored_analyses()] == ["note"]
    finally:
        kb.close()


# ---------------------------------------------------------------- D2: Central European 8-bit text

POLISH = "Listy\n\nW 1936 Jadwiga Zaręba wróciła do Łodzi, gdzie jej ciotka prowadziła sklep z książkami.\n"


@pytest.mark.parametrize("encoding", ["iso8859_2", "cp1250"])
def test_a_central_european_text_is_read_in_its_code_page_with_a_warning(encoding: str) -> None:
    """Latin-2 / Windows-1250 text was read as Windows-1252 without a word: "Łodzi" became "£odzi"."""
    take_warnings()
    assert decode(POLISH.encode(encoding), "listy.txt") == POLISH
    warnings = take_warnings()
    assert len(warnings) == 1 and warnings[0].startswith("not UTF-8; read as ")


@pytest.mark.parametrize("text", [
    "Le café où nous étions était très agréable, à côté de la forêt. Il faisait 20°C.",
    "¿Qué pasó? El niño llegó a Sevilla con su señora, según él. ¡Olé!",
    "Die Straße führte über die Brücke; die Halle maß 40 m² (±2).",
])
def test_western_8_bit_text_is_still_read_as_windows_1252_said_once(text: str) -> None:
    take_warnings()
    assert decode(text.encode("cp1252"), "w.txt") == text
    (warning,) = take_warnings()  # round 41 DEF-17: named once, no Central European warning
    assert warning.startswith("not UTF-8; read as Windows-1252 (detected)")


# ---------------------------------------------------------------- D4: paging the web search


def letters_exhibit(db: Path, sentences: int) -> Path:
    """One document of ``sentences`` sentences, each naming the clerk."""
    lines = [f"In {1800 + i} the clerk Tomas Ferre filed letter {i}." for i in range(sentences)]
    builder = DocumentBuilder("ledger", "ledger.txt", "text")
    builder.section("1", [Piece("The Ledger", SourceRef(0, 10, 1))])
    body = " ".join(lines)
    builder.block("paragraph", [Piece(body, SourceRef(20, 20 + len(body), 2))])
    doc = builder.build(title="The Ledger")
    at, spans, mentions = doc.blocks[-1].start, [], []
    for line in lines:
        spans.append((at, at + len(line)))
        who = doc.text.index("Tomas Ferre", at)
        mentions.append(Mention(who, who + 11, "person", "person-tomas-ferre"))
        at += len(line) + 1
    doc = doc.evolve(sentences=tuple(spans), mentions=tuple(mentions))
    write_exhibit(db, [("l", doc)], [doc], [Entity("person-tomas-ferre", "person", "Tomas Ferre", ())])
    return db


def test_web_search_pages_reach_every_hit(tmp_path: Path) -> None:
    """/search showed 20 of N passages and ignored ?page=: the rest could not be reached."""
    client = TestClient(create_app(letters_exhibit(tmp_path / "l.db", 45)))
    pages = [client.get(f"/search.json?q=Ferre&page={n}").json() for n in (1, 2, 3)]
    assert [(p["total"], p["page"], p["pages"], len(p["hits"])) for p in pages] == [
        (45, 1, 3, 20), (45, 2, 3, 20), (45, 3, 3, 5)]
    starts = [hit["start"] for p in pages for hit in p["hits"]]
    assert len(set(starts)) == 45
    assert client.get("/search.json?q=Ferre&page=4").status_code == 404
    html = client.get("/search?q=Ferre&page=2").text
    assert "showing 21–40" in html and 'href="/search?q=Ferre&amp;page=3" rel="next"' in html
    assert '<ol class="hits" start="21">' in html
    browsed = client.get("/search.json?document=ledger&page=3").json()  # filters only, no words
    assert (browsed["total"], len(browsed["hits"])) == (45, 5)


# ---------------------------------------------------------------- D5: list pages past the end


def test_entity_lists_past_their_last_page_are_404(tmp_path: Path) -> None:
    client = TestClient(create_app(one_document_exhibit(tmp_path / "o.db")))
    assert client.get("/entities.json?page=1").status_code == 200
    for path in ("/entities?page=99999", "/entities.json?page=2", "/people.json?page=99"):
        answer = client.get(path)
        assert answer.status_code == 404, path
    assert client.get("/people.json?page=99").json()["error"] == "no page 99; there are 1"


# ---------------------------------------------------------------- D6: redirects stay on the server


def test_the_trailing_slash_redirect_ignores_the_host_header(tmp_path: Path) -> None:
    client = TestClient(create_app(one_document_exhibit(tmp_path / "o.db")))
    answer = client.get("/documents/voyage/?hl=1-5", headers={"Host": "evil.example"}, follow_redirects=False)
    assert answer.status_code in (301, 307, 308)
    assert answer.headers["location"] == "/documents/voyage?hl=1-5"


# ---------------------------------------------------------------- D8: a usable memory floor


def test_a_memory_limit_below_what_a_small_document_needs_is_a_usage_error() -> None:
    """--memory-limit 256 was accepted, then every file failed as over it (the model alone is bigger)."""
    result = run("build", "--db", "x.db", "--memory-limit", "256", "missing.txt")
    assert result.exit_code == 2
    assert "--memory-limit" in result.stderr and f"{WORKER_LIMITS['memory_floor_mb']}" in result.stderr


# ---------------------------------------------------------------- D9: plurals


def test_one_of_a_kind_is_counted_in_the_singular(tmp_path: Path) -> None:
    db = one_document_exhibit(tmp_path / "o.db")
    home = TestClient(create_app(db)).get("/").text
    assert "1 document," in home and "1 documents" not in home
    kb = open_knowledge_base(db)
    try:
        from vitrina.export.json_kb import knowledge_base

        slide = timeline(knowledge_base(kb))["title"]["text"]["text"]
    finally:
        kb.close()
    assert " from 1 document:" in slide
    picker = TestClient(create_app(db)).get("/search").text
    assert " 1 mentions" not in picker
