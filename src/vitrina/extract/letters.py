"""A letter's sending as an event: "A wrote to B", dated by the letter's own date.

A document whose metadata names its sender and recipient (a TEI letter's ``correspDesc``, a
title "Letter from A to B": ``ingest/letters.py``) and whose text writes its own date (the
dateline, the date the metadata states as the document's own, ``dated``) gets one event: the sender wrote to
the recipient on that date. Its participants are the entities of the text that name the
parties (the signature "Ann Vale", the salutation "Dear Mrs Marlow": a person named with the
party's surname), its evidence the blocks of the date and of those names, so "who wrote to B"
is answered with a citation of the letter's own lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from vitrina.model import DateMention, Document, Entity, Event, Mention

PARTY_TYPES = ("person", "organization")  # who sends or receives a letter


def letter_event(doc: Document, entities: Sequence[Entity], mentions: Sequence[Mention],
                 dates: Sequence[DateMention], blocks: Sequence[tuple[int, int]], event_id: str) -> Event | None:
    """The event of the letter's sending, or None (no sender and recipient stated, or no date of
    its own in its text)."""
    meta = dict(doc.meta)
    sender, recipient = meta.get("sender", ""), meta.get("recipient", "")
    if not sender or not recipient:
        return None
    own = meta.get("dated")  # (a file's "date" may be its making's: a PDF's creation date)
    date = next((d for d in dates if d.edtf == own), None) if own else None
    if date is None:  # the letter's dateline: the first full date of its text
        date = next((d for d in sorted(dates, key=lambda d: d.start) if len(d.edtf) == len("YYYY-MM-DD")), None)
    if date is None:
        return None
    named = {e.id: e for e in entities if e.type in PARTY_TYPES}
    parties = [_party(name, named) for name in (sender, recipient)]
    found = [p for p in parties if p is not None]
    evidence = {_block_of(blocks, date.start, date.end)}
    for m in mentions:
        if m.entity in found:
            evidence.add(_block_of(blocks, m.start, m.end))
    return Event(
        id=event_id,
        label=f"{sender} wrote to {recipient}",
        date_start=date.start,
        date_end=date.end,
        edtf=date.edtf,
        participants=tuple(dict.fromkeys(found)),
        evidence=tuple(sorted(span for span in evidence if span is not None)),
    )


def _party(name: str, entities: dict[str, Entity]) -> str | None:
    """The entity naming a party: of the same name, else the one person or body whose name
    ends with the party's last name ("Mrs Marlow" for "Alice Marlow")."""
    words = name.split()
    same = [e.id for e in entities.values() if e.name == name]
    if same:
        return same[0]
    last = words[-1].lower() if words else ""
    ending = [e.id for e in entities.values() if e.name.split() and e.name.split()[-1].lower() == last]
    return ending[0] if len(ending) == 1 else None


def _block_of(blocks: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in blocks if s <= start and end <= e), None)


def with_letter_event(events: list[Event], sending: Event | None) -> list[Event]:
    """``events`` with the letter's sending, which takes in an event told by its dateline alone
    (same date, its evidence among the sending's: "Liverpool, 20 May 1891") and that event's places."""
    if sending is None:
        return events
    told = [e for e in events if (e.date_start, e.date_end) == (sending.date_start, sending.date_end)
            and set(e.evidence) <= set(sending.evidence)]
    places = tuple(dict.fromkeys(p for e in told for p in e.places))
    kept = [*(e for e in events if e not in told), replace(sending, places=places)]
    return [replace(e, id=f"ev{n}") for n, e in enumerate(kept)]  # numbered again: ids stay one apiece
