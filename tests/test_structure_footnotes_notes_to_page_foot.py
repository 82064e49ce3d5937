"""Raw text, round 46: margin notes an extraction prints after the page's last line of text,
that line ending in mid-sentence, then a footer, are notes when they follow one another down
to the page's foot; the paragraph's halves join over the page. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.footnotes import NOTE_LIMITS

PAGE_1 = [
    "The Salt Road",
    "For two hundred years the salt of the coastal pans came up the river to the market towns by",
    "cart, and the carters paid a toll at every bridge.¹ The tolls were fixed by each council in",
    "the spring and posted at the bridge gate, where the keeper lived in a small stone house.²",
    "The carters complained of the tolls for two hundred years until the councils gave way and",
    "¹ Some bridges were free",
    "on market days.",
    "² Three of the houses",
    "still stand by the river.",
    "Marsh Country Museum · Guide to the Salt Road",
]
PAGE_2 = [
    "Salt and Tolls 13",
    "the road was opened to every cart without charge in the last years of the old century.",
    "The salt carts went on for another ten years, until the last carter sold his horses and",
    "the road was left to the drovers and their sheep on the way to the autumn fairs.",
    "Marsh Country Museum · Guide to the Salt Road",
]


def _read():
    return rebuild("12 Salt and Tolls\n" + "\n".join(PAGE_1) + "\n\f" + "\n".join(PAGE_2) + "\n\f", "salt", "salt.txt", "text")


def _body(doc) -> list[str]:
    notes = doc.sections[-1].id
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section != notes]


def test_notes_down_to_the_page_foot_after_a_line_in_mid_sentence_are_notes() -> None:
    body = _body(_read())
    assert not any("free on market days" in text or "still stand" in text for text in body)
    assert any("councils gave way and the road was opened to every cart" in text for text in body)


def _called(monkeypatch: pytest.MonkeyPatch, reach: int) -> set[str]:
    from vitrina.structure.footnotes import plain_called_notes
    from vitrina.structure.lines import split_lines

    monkeypatch.setitem(NOTE_LIMITS, "notes_to_page_foot", reach)
    lines = split_lines("\n".join(PAGE_1) + "\n\f" + "\n".join(PAGE_2) + "\n\f").lines
    return {line.text for line in lines if line.index in plain_called_notes(lines)}


def test_the_called_notes_rule_takes_the_notes_after_a_line_in_mid_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "¹ Some bridges were free" in _called(monkeypatch, 6)
    assert "¹ Some bridges were free" not in _called(monkeypatch, 0)
