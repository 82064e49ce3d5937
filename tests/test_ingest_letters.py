"""A letter's sender and recipient from its title (ingest/letters.py)."""

from __future__ import annotations

from vitrina.ingest.letters import parties, with_parties
from vitrina.model import DocumentBuilder


def test_a_correspondence_title_names_its_sender_and_recipient() -> None:
    assert parties("Letter from Tobias Wren to the Harbour Board") == {
        "sender": "Tobias Wren", "recipient": "the Harbour Board"}
    assert parties("A telegram from the Lock Keeper to Alice Marlow, 3 May 1890") == {
        "sender": "the Lock Keeper", "recipient": "Alice Marlow"}


def test_a_title_of_another_kind_names_no_parties() -> None:
    assert parties("The road from Harwich to Ipswich") == {}
    assert parties("Letter to the Harbour Board") == {}


def _doc(title: str, meta: dict[str, str] | None = None):
    b = DocumentBuilder("wren", "wren.txt", "text")
    b.section(None, title)
    b.block("paragraph", "The ferry sailed two hours late because of the fog.")
    return b.build(title=title, meta=meta)


def test_the_parties_are_kept_as_metadata_the_sender_as_author_unless_one_is_named() -> None:
    meta = dict(with_parties(_doc("Letter from Tobias Wren to Alice Marlow")).meta)
    assert (meta["sender"], meta["recipient"], meta["author"]) == ("Tobias Wren", "Alice Marlow", "Tobias Wren")
    meta = dict(with_parties(_doc("Letter from Tobias Wren to Alice Marlow", {"author": "T. Wren"})).meta)
    assert meta["author"] == "T. Wren" and meta["sender"] == "Tobias Wren"


def test_a_reader_stated_sender_is_kept() -> None:
    doc = _doc("Letter from Tobias Wren to Alice Marlow", {"sender": "Alice Marlow"})
    assert with_parties(doc) is doc


def test_a_diarys_title_names_its_writer() -> None:
    from vitrina.ingest.letters import keeper

    assert keeper("Diary of Perpetua Llewellin, lacemaker, 1852") == "Perpetua Llewellin"
    assert keeper("The Journal of Anne de Mornay (1790)") == "Anne de Mornay"


def test_a_title_of_a_subject_names_no_writer() -> None:
    from vitrina.ingest.letters import keeper

    assert keeper("Journal of Maritime History") is None  # its last word a noun: a subject, not surely a name
    assert keeper("Diary of the siege") is None
    assert keeper("History of Perpetua Llewellin") is None  # no record of one's own days
