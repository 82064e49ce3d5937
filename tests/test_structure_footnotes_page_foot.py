"""Raw text: a note printed at its page's foot, right before the folio, while a paragraph
runs on over the page is a note, and the paragraph's halves join. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.footnotes import NOTE_LIMITS

PAGE_1 = [
    "The Salt Road",
    "For two hundred years the salt of the coastal pans came up the river to the market towns by",
    "cart, and the carters paid a toll at every bridge1, on the way to the hill country beyond.",
    "The tolls were fixed by each town's council in the spring and posted at the bridge gate, and",
    "1 Some bridges were free on market days.",
    "12",
]
PAGE_2 = [
    "the carters complained of them for two hundred years until the council gave way at last.",
    "The salt carts went on for another ten years, until the last carter sold his horses and",
    "the road was left to the drovers and their sheep on the way to the autumn fairs.",
]


def _body(doc) -> list[str]:
    notes = doc.sections[-1].id
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section != notes]


def test_a_note_at_the_page_foot_inside_a_paragraph_is_a_note() -> None:
    doc = rebuild("\n".join(PAGE_1) + "\n\f" + "\n".join(PAGE_2) + "\n\f", "salt", "salt.txt", "text")
    body = _body(doc)
    assert not any("free on market days" in text for text in body)
    assert any("posted at the bridge gate, and the carters complained" in text for text in body)


def _glued_pages() -> str:
    page_1 = [PAGE_1[0], PAGE_1[1],
              "cart, and a traveller wrote that the toll was \u201cthe dearest in England\u201d.1 Each",
              PAGE_1[3], "1Letters from the Salt Country, printed in the year of the toll's repeal.", "12"]
    return "\n".join(page_1) + "\n\f" + "\n".join(PAGE_2) + "\n\f"


def test_a_note_glued_to_its_number_called_after_a_quote_and_stop_is_a_note() -> None:
    body = _body(rebuild(_glued_pages(), "salt", "salt.txt", "text"))
    assert not any("Letters from the Salt Country" in text for text in body)
    assert any("\u201cthe dearest in England\u201d. Each" in text for text in body)


def test_without_the_switch_the_glued_note_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(NOTE_LIMITS, "glued_foot_notes", 0)
    doc = rebuild(_glued_pages(), "salt", "salt.txt", "text")
    notes = [s.id for s in doc.sections if s.title == "Notes"]
    assert any("Letters from the Salt Country" in doc.text[b.start : b.end] for b in doc.blocks if b.section not in notes)


def _raised_pages(notes: list[str]) -> str:
    """The salt road with its call printed in superscript digits ("bridge,¹") and a note in
    plain digits at the page's foot, under ``notes``' opening."""
    page_1 = [PAGE_1[0], PAGE_1[1],
              "cart, and the carters paid a toll at every bridge,\u00b9 on the way to the hill country beyond.",
              PAGE_1[3], *notes, "12"]
    return "\n".join(page_1) + "\n\f" + "\n".join(PAGE_2) + "\n\f"


def test_a_superscript_call_answers_a_note_numbered_in_plain_digits() -> None:
    doc = rebuild(_raised_pages(["1 Some bridges were free on market days."]), "salt", "salt.txt", "text")
    body = _body(doc)
    assert not any("free on market days" in text for text in body)
    assert any("every bridge, on the way" in text for text in body)


def test_a_band_of_notes_under_their_title_on_one_line_is_the_notes() -> None:
    band = "Notes 1 Some bridges were free on market days. 2 The gate keepers kept the tolls in a box."
    text = _raised_pages([band]).replace("hill country beyond.", "hill country\u00b2 beyond.")
    doc = rebuild(text, "salt", "salt.txt", "text")
    body = _body(doc)
    assert not any("market days" in t or "Notes" in t for t in body)
    assert any("every bridge, on the way to the hill country beyond." in t for t in body)


def test_with_titled_notes_off_the_band_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(NOTE_LIMITS, "titled_foot_notes", 0)
    band = "Notes 1 Some bridges were free on market days. 2 The gate keepers kept the tolls in a box."
    doc = rebuild(_raised_pages([band]), "salt", "salt.txt", "text")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert any("every bridge,\u00b9 on the way" in t for t in paragraphs)  # no note: the call stays
