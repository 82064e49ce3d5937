"""Raw text: a note opening with a reference mark ("* …", "† …") at the page's foot is
called by the same mark glued to a word or stop in the page's text ("… in the dark.*"),
which is left out of the paragraph as a numbered call is; a mark no note opens with stays.
Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The Tide Mill",
    "The mill stood at the head of the creek for two hundred years and ground the",
    "grain of the valley farms on every tide. Barges brought the sacks up the creek at",
    "high water and left them in the mud.*",
    "The wheel was rebuilt in iron after the great flood, and the new stones came from",
    "a quarry far to the south. Its miller kept a ledger of every sack that he ground.†",
]
NOTES = [
    "* The barges were towed by horses along the bank.",
    "† The ledger is kept in the county archive.",
]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    notes = {s.id for s in doc.sections if s.title == "Notes"}
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section not in notes]


def test_a_reference_mark_glued_to_a_stop_is_the_notes_call() -> None:
    found = _paragraphs([*BODY, *NOTES])
    assert any(p.endswith("in the mud.") for p in found)
    assert any(p.endswith("that he ground.") for p in found)


def test_a_mark_without_its_note_stays() -> None:
    found = _paragraphs([*BODY, NOTES[0]])
    assert any(p.endswith("in the mud.") for p in found)
    assert any(p.endswith("that he ground.†") for p in found)


def test_the_switch_keeps_the_marks(monkeypatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "mark_calls", 0)
    assert any(p.endswith("in the mud.*") for p in _paragraphs([*BODY, *NOTES]))
