"""A letter's sending as an event (extract/letters.py)."""

from __future__ import annotations

from vitrina.extract.letters import letter_event, with_letter_event
from vitrina.model import DateMention, DocumentBuilder, Entity, Event, Mention

LINES = ["Harwich, 14 August 1902", "My dear Mrs Marlow,", "The ferry sailed two hours late because of the fog.",
         "Tobias Wren"]


def _letter(meta: dict[str, str]):
    b = DocumentBuilder("wren", "wren.xml", "tei")
    b.section(None, "")
    for line in LINES:
        b.block("paragraph", line)
    doc = b.build(meta=meta)
    blocks = [(bl.start, bl.end) for bl in doc.blocks]
    at = doc.text.index
    dates = [DateMention(at("14 August 1902"), at("14 August 1902") + 14, "1902-08-14")]
    entities = [Entity("p1", "person", "Marlow"), Entity("p2", "person", "Tobias Wren"), Entity("g1", "place", "Harwich")]
    mentions = [Mention(at("Marlow"), at("Marlow") + 6, "person", "p1"),
                Mention(at("Tobias"), at("Tobias") + 11, "person", "p2"),
                Mention(0, 7, "place", "g1")]
    return doc, entities, mentions, dates, blocks


def test_a_letter_with_a_sender_and_recipient_is_an_event_of_their_names_dated_by_its_dateline() -> None:
    doc, entities, mentions, dates, blocks = _letter({"sender": "Tobias Wren", "recipient": "Alice Marlow"})
    event = letter_event(doc, entities, mentions, dates, blocks, "ev0")
    assert event is not None and event.label == "Tobias Wren wrote to Alice Marlow" and event.edtf == "1902-08-14"
    assert event.participants == ("p2", "p1")
    assert [doc.text[s:e] for s, e in event.evidence] == ["Harwich, 14 August 1902", "My dear Mrs Marlow,",
                                                          "Tobias Wren"]


def test_no_event_without_both_parties() -> None:
    doc, entities, mentions, dates, blocks = _letter({"sender": "Tobias Wren"})
    assert letter_event(doc, entities, mentions, dates, blocks, "ev0") is None


def test_the_sending_takes_in_the_event_its_dateline_told_alone() -> None:
    doc, entities, mentions, dates, blocks = _letter({"sender": "Tobias Wren", "recipient": "Alice Marlow"})
    sending = letter_event(doc, entities, mentions, dates, blocks, "ev2")
    told = Event("ev0", "Harwich, 14 August 1902", dates[0].start, dates[0].end, "1902-08-14", places=("g1",),
                 evidence=(blocks[0],))
    other = Event("ev1", "The ferry sailed", 0, 0, "1902", evidence=(blocks[2],))
    merged = with_letter_event([told, other], sending)
    assert [(e.id, e.label, e.places) for e in merged] == [
        ("ev0", "The ferry sailed", ()), ("ev1", "Tobias Wren wrote to Alice Marlow", ("g1",))]
