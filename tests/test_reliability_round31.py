"""Round 31 (issue #14): the round-31 red team's defects D1, D2 and D7, each with the test that failed
before its fix (docs/reliability.md, "Round 31 red team"). Invented text."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from vitrina import publish
from vitrina.cli import main
from vitrina.model import DocumentBuilder, Entity, Mention, Piece, SourceRef
from vitrina.store import write_exhibit
from vitrina.web import app as web_app
from vitrina.web.app import create_app
from vitrina.web.render import KWIC_WIDTH, kwic

BELLS = b"Bell log\n" + b"\x07\x08\x1b[2J" * 30 + b" done\n"  # a terminal log: control bytes throughout
PROSE = "The Ferry Log\n\nIn 1907 Oskar Brandt sailed the ferry from Tarnow Quay to the island.\n"


def run(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- D2: a skipped file never fails a build


def test_a_text_of_control_bytes_and_a_pipe_in_a_folder_are_skipped_not_errors(tmp_path: Path) -> None:
    """A `.txt` refused as binary data and a named pipe, both found in a folder, made the build exit 1 with
    `Error:` though they were counted as skipped and the database was written."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "log.txt").write_text(PROSE)
    (folder / "bells.txt").write_bytes(BELLS)
    os.mkfifo(folder / "pipe.txt")
    result = run("build", "-j", "1", "--verbose", "--db", str(tmp_path / "x.db"), str(folder))
    assert result.exit_code == 0, result.output
    assert "Error:" not in result.stderr
    assert "1 file built, 2 skipped: " in result.stderr
    assert "1 unsupported" in result.stderr and "1 not a file" in result.stderr
    assert f"Skipped {folder / 'bells.txt'}: unsupported format (binary data)" in result.stderr
    assert f"Skipped {folder / 'pipe.txt'}: not a regular file (a named pipe (FIFO))" in result.stderr


def test_the_same_files_named_on_the_command_line_are_still_errors(tmp_path: Path) -> None:
    (tmp_path / "log.txt").write_text(PROSE)
    (tmp_path / "bells.txt").write_bytes(BELLS)
    result = run("build", "-j", "1", "--db", str(tmp_path / "x.db"), str(tmp_path / "log.txt"),
                 str(tmp_path / "bells.txt"))
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'bells.txt'}: unsupported format (binary data)" in result.stderr


# ---------------------------------------------------------------- D1: an entity mentioned thousands of times


def ferry_exhibit(db: Path, sentences: int) -> Path:
    """One document of ``sentences`` sentences, each naming the quay, every other one the skipper too."""
    lines = [f"In {1800 + i % 90} the ferry left Tarnow Quay" + (" with Oskar Brandt." if i % 2 else ".")
             for i in range(sentences)]
    builder = DocumentBuilder("ferry", "ferry.txt", "text")
    builder.section("1", [Piece("The Ferry Log", SourceRef(0, 13, 1))])
    builder.block("paragraph", [Piece(" ".join(lines), SourceRef(20, 20 + len(" ".join(lines)), 2))])
    doc = builder.build(title="The Ferry Log")
    text, body = doc.text, doc.blocks[-1]
    spans, mentions, at = [], [], body.start
    for line in lines:
        spans.append((at, at + len(line)))
        quay = text.index("Tarnow Quay", at)
        mentions.append(Mention(quay, quay + 11, "place", "place-tarnow-quay"))
        if line.endswith("Brandt."):
            who = text.index("Oskar Brandt", at)
            mentions.append(Mention(who, who + 12, "person", "person-oskar-brandt"))
        at += len(line) + 1
    doc = doc.evolve(sentences=tuple(spans), mentions=tuple(mentions))
    write_exhibit(db, [("f", doc)], [doc], [Entity("place-tarnow-quay", "place", "Tarnow Quay", ()),
                                            Entity("person-oskar-brandt", "person", "Oskar Brandt", ())])
    return db


def test_an_entity_page_shows_its_mentions_a_page_at_a_time(tmp_path: Path) -> None:
    """An entity page listed the first 200 mentions but counted and ordered all of them with their whole
    document's text, and said nothing of the rest: now ``?page=`` reaches every mention, in order."""
    client = TestClient(create_app(ferry_exhibit(tmp_path / "f.db", 450)))
    first = client.get("/entities/place-tarnow-quay.json").json()
    assert (first["mention_count"], first["page"], first["pages"], len(first["mentions"])) == (450, 1, 3, 200)
    last = client.get("/entities/place-tarnow-quay.json?page=3").json()
    assert len(last["mentions"]) == 50 and last["mentions"][-1]["start"] == max(
        m["start"] for m in client.get("/entities/place-tarnow-quay.json?page=3").json()["mentions"])
    starts = [m["start"] for page in (1, 2, 3)
              for m in client.get(f"/entities/place-tarnow-quay.json?page={page}").json()["mentions"]]
    assert starts == sorted(set(starts)) and len(starts) == 450
    mention = last["mentions"][0]
    assert mention["match"] == "Tarnow Quay" and mention["left"].endswith("the ferry left ")
    html = client.get("/entities/place-tarnow-quay?page=2").text
    assert 'href="/entities/place-tarnow-quay?page=3" rel="next"' in html and '<ol class="kwic" start="201">' in html
    assert client.get("/entities/place-tarnow-quay?page=4").status_code == 404
    assert first["cooccurring"][0]["id"] == "person-oskar-brandt" and first["cooccurring"][0]["sentences"] == 225


def test_the_words_around_a_mention_are_those_of_the_whole_text() -> None:
    """The page cuts only a window of the text around each mention; its words in context are the same as
    those cut from the whole text, at the start of a text, in its middle and at its end."""
    text = "Oskar Brandt " + "rowed across the bay at dawn and " * 6 + "met Ilse at Tarnow Quay"
    for start, end in [(0, 12), (text.index("bay"), text.index("bay") + 3), (len(text) - 11, len(text))]:
        lead = max(start - (KWIC_WIDTH + 1), 0)
        window = text[lead:end + KWIC_WIDTH + 1]
        assert kwic(window, start - lead, end - lead) == kwic(text, start, end)


def test_publish_gives_a_page_the_time_it_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`vitrina publish` rendered with a visitor's 1 s query budget: on a loaded machine the pages of a
    much-mentioned entity answered 503 and the publish failed. A page of the static site has its own
    budget (``PUBLISH_QUERY_SECONDS``); a visitor's stays short."""
    db = ferry_exhibit(tmp_path / "f.db", 40)
    budgets: list[float | None] = []
    real_open = web_app.open_db

    def recording_open(path: Path, seconds: float | None = None):  # noqa: ANN202 - a context manager
        budgets.append(seconds)
        return real_open(path, seconds)

    monkeypatch.setattr(web_app, "open_db", recording_open)
    assert TestClient(create_app(db)).get("/entities/place-tarnow-quay").status_code == 200
    assert web_app.QUERY_SECONDS in budgets  # the page's own connection (cached data has a longer one)
    for thread in threading.enumerate():  # the visitor app's cache warm-up runs on: let it finish first
        if thread.name == "vitrina-warm":
            thread.join()
    budgets.clear()
    assert publish.publish(db, tmp_path / "site") > 0
    assert (tmp_path / "site" / "entities" / "place-tarnow-quay.html").exists()
    assert budgets and set(budgets) == {web_app.PUBLISH_QUERY_SECONDS} and web_app.PUBLISH_QUERY_SECONDS >= 30
