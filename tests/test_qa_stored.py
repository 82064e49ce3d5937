"""Questions answered from stored quotations and letter events (qa/stored.py), over letters written here."""

from __future__ import annotations

import sqlite3

import pytest

from vitrina.ask import ask
from vitrina.pipeline import build
from vitrina.qa.stored import content, stored_answer
from vitrina.store.read import as_knowledge_base

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><p>x</p></sourceDesc></fileDesc>
<profileDesc><correspDesc>
<correspAction type="sent"><persName>{sender}</persName><date when="{when}">{day}</date></correspAction>
<correspAction type="received"><persName>{recipient}</persName></correspAction>
</correspDesc></profileDesc></teiHeader>
<text><body><div>
<opener><dateline>{place}, {day}</dateline><salute>{salute}</salute></opener>
<p>{body}</p>
<closer><signed>{sender}</signed></closer>
</div></body></text></TEI>
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("letters")
    (folder / "wren.xml").write_text(TEI.format(
        sender="Tobias Wren", recipient="Alice Marlow", when="1902-08-14", day="14 August 1902", place="Harwich",
        salute="My dear Mrs Marlow,",
        body='The ferry sailed two hours late because of the fog. The pilot Jonas Kettle told me, "no captain '
             'should cross the bar before the tide turns." I agreed with him.'), encoding="utf-8")
    (folder / "pell.xml").write_text(TEI.format(
        sender="Ruth Pell", recipient="Alice Marlow", when="1905-03-02", day="2 March 1905", place="Ipswich",
        salute="Dear Mrs Marlow,", body="The orchard has flowered early this spring."), encoding="utf-8")
    path = str(folder / "kb.db")
    build([folder], path, jobs=1)
    return path


def _ask(db: str, question: str) -> dict:
    return ask(sqlite3.connect(db), question)


def test_who_said_is_the_stored_speaker_cited_by_the_quotation_sentence(db: str) -> None:
    reply = _ask(db, "Who said no captain should cross the bar?")
    assert reply["answer"] == "Jonas Kettle"
    assert [c["text"] for c in reply["citations"]] == [
        'The pilot Jonas Kettle told me, "no captain should cross the bar before the tide turns."']


def test_who_said_words_no_quotation_holds_is_left_to_the_sentence_path(db: str) -> None:
    assert stored_answer(as_knowledge_base(sqlite3.connect(db)), "Who said the orchard flowered early?") is None


def test_the_one_sender_of_letters_to_a_recipient_in_a_year_is_cited_by_the_letter_lines(db: str) -> None:
    reply = _ask(db, "Who wrote to Mrs Marlow in 1902?")
    assert reply["answer"] == "Tobias Wren"
    assert [c["text"] for c in reply["citations"]] == ["Harwich, 14 August 1902", "My dear Mrs Marlow,", "Tobias Wren"]


def test_two_senders_to_one_recipient_are_no_single_stored_answer(db: str) -> None:
    assert stored_answer(as_knowledge_base(sqlite3.connect(db)), "Who wrote to Alice Marlow?") is None


def test_to_whom_and_when_a_sender_wrote(db: str) -> None:
    assert _ask(db, "To whom did Ruth Pell write?")["answer"] == "Alice Marlow"
    assert _ask(db, "When did Wren write to Alice Marlow?")["answer"] == "14 August 1902"


def test_a_party_no_letter_names_is_no_stored_answer(db: str) -> None:
    kb = as_knowledge_base(sqlite3.connect(db))
    assert stored_answer(kb, "Who wrote to Jonas Kettle?") is None
    assert stored_answer(kb, "Who wrote to Mrs Marlow in 1931?") is None


def test_content_words_leave_out_stop_words_and_honorifics() -> None:
    assert content("the Mrs Marlow of Harwich") == ["marlow", "harwich"]


@pytest.fixture(scope="module")
def corrected_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("corrected")
    (folder / "report.txt").write_text(
        "Quay flooded at Marlow\n\n"
        'Harbour master Alan Brisk said: "The tide took us all by surprise."\n\n'
        "The quay stays shut until Friday.\n\n"
        "Correction\n\n"
        'An earlier version of this article attributed the words "The tide took us all by surprise" to harbour '
        "master Alan Brisk; they were said by the ferryman Colin Dunmore.\n", encoding="utf-8")
    (folder / "meeting.txt").write_text(
        "Notes of the quay meeting with Alan Brisk and Colin Dunmore, 3 May 2024\n\n"
        "ALAN BRISK: The gates were shut at noon.\n\n"
        "COLIN DUNMORE: The tide took us all by surprise. The pumps failed first.\n\n"
        "ALAN BRISK: We reopen the quay on Friday.\n\n"
        "COLIN DUNMORE: I hope so.\n", encoding="utf-8")
    path = str(folder / "kb.db")
    build([folder], path, jobs=1)
    return path


def test_who_said_words_a_correction_took_from_one_speaker_is_the_other_cited_by_the_correction(
        corrected_db: str) -> None:
    reply = _ask(corrected_db, 'Who said "The tide took us all by surprise"?')
    assert reply["answer"] == "Colin Dunmore"
    assert reply["citations"][0]["text"].startswith("An earlier version of this article")


def test_a_turn_of_a_transcript_answers_who_said_its_words(corrected_db: str) -> None:
    reply = _ask(corrected_db, "Who said the gates were shut at noon?")
    assert reply["answer"] == "Alan Brisk"
    assert reply["citations"][0]["text"].startswith("ALAN BRISK: The gates were shut")


def test_who_said_answers_the_words_naming_an_unnamed_speaker(tmp_path) -> None:
    (tmp_path / "yard.md").write_text(
        "# The boatyard\n\nMy uncle said, \"The ferry will not run on Sunday.\" The launch was painted blue.\n",
        encoding="utf-8")
    path = str(tmp_path / "kb.db")
    build([tmp_path / "yard.md"], path, jobs=1)
    reply = _ask(path, 'Who said "The ferry will not run on Sunday"?')
    assert reply["answer"] == "My uncle"
    assert reply["citations"][0]["text"].startswith("My uncle said")
