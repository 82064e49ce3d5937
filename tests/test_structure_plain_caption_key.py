"""Raw text: a caption key at the page's foot — the pictures' captions numbered 1, 2 …,
each closed by its credit, under a short title — is read as captions with their credits,
the title held out; numbered lines without credits are no key. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The Rope Walk at Harrowby",
    "For two hundred years the longest building in the town was a shed a quarter",
    "of a mile long, where hemp was spun into yarn and the yarn laid into rope for",
    "the ships built on the river below. The spinners walked backwards down the",
    "shed all day, paying out the fibre from a bundle tied round the waist.",
    "A The Spinners",
    "1",
    "A boy turned the great wheel at the top of the walk while each spinner drew",
    "out a yarn and twisted it as he went. A good spinner could walk twenty miles",
    "in a day without leaving the shed, and his yarn had to be even from end to end.",
    "B Laying the Rope",
    "2",
    "Three yarns twisted together made a strand and three strands made a rope. The",
    "laying was done with a heavy carriage drawn down the walk by a horse, and a",
    "cable for a warship took the whole of a long summer day to finish.",
]
KEY = [
    "In the Pictures",
    "1 A spinner's hook and a hank of tarred yarn from the last years of the walk,",
    "about 1890.",
    "Photograph: Harrowby Town Museum, HTM 214",
    "2 The laying carriage, drawn by the rope walk's last horse.",
    "Lent by the Harrowby Rope Company",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n", "rope", "rope.txt", "text")


def test_a_caption_key_is_read_as_captions_with_credits() -> None:
    doc = _doc([*BODY, *KEY])
    captions = [(" ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [
        ("A spinner's hook and a hank of tarred yarn from the last years of the walk, about 1890.",
         "Photograph: Harrowby Town Museum, HTM 214"),
        ("The laying carriage, drawn by the rope walk's last horse.", "Lent by the Harrowby Rope Company"),
    ]
    assert "In the Pictures" not in [s.title for s in doc.sections]


def test_numbered_lines_without_credits_are_no_key() -> None:
    doc = _doc([*BODY, KEY[0], KEY[1], KEY[2], KEY[4]])
    assert not [b for b in doc.blocks if b.kind == "caption" and b.credit]


def test_the_switch_turns_it_off(monkeypatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "key_entries", 0)
    doc = _doc([*BODY, *KEY])
    assert not [b for b in doc.blocks if b.kind == "caption" and b.credit == "Lent by the Harrowby Rope Company"
                and doc.text[b.start : b.end].startswith("The laying")]
