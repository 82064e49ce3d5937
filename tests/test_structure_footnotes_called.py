"""Raw text: a note printed between paragraphs, away from the word that calls it (set in
small type under the passage, or on the page after its call), is a note, not a
paragraph. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

LINES = [
    "The Salt Road",
    "For two hundred years the salt of the coastal pans came up the river to the market towns by",
    "cart, and the carters paid a toll at every bridge* on the way to the hill country beyond.",
    "The tolls were fixed by each town's council in the spring and posted at the bridge gate.",
    "The carters complained of them for two hundred years, and in the end the council gave way",
    "and the tolls were lifted in the year the railway reached the valley towns.",
    "* Some bridges were free on market days.",
    "The salt carts went on for another ten years, until the last carter sold his horses and",
    "the road was left to the drovers and their sheep on the way to the autumn fairs.",
]


def test_a_note_between_paragraphs_that_a_word_calls_is_no_paragraph() -> None:
    doc = rebuild("\n".join(LINES) + "\n\f", "salt", "salt.txt", "text")
    notes = doc.sections[-1].id
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section != notes]
    assert not any("free on market days" in text for text in body)
    assert any(text.startswith("The salt carts went on") for text in body)


def test_a_numbered_line_no_word_calls_stays_text() -> None:
    lines = [line.replace("bridge*", "bridge") for line in LINES]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert any("free on market days" in doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")


CREDITED = [
    "The Ferry Pier",
    "The pier was finished in the spring of 1871 and opened with a brass band and a",
    "procession of the town's councillors along its whole length.†",
    "Steamers called there every day in summer until the service ended in the war.",
    "Below: The pier head on a regatta day.",
    "Lent by the Saltby Camera Club",
    "† The band was hired from the next town.",
    "The pier stood for another sixty years before a storm took away its seaward end.",
]


def test_a_symbol_note_after_a_credit_is_no_paragraph(monkeypatch) -> None:
    from vitrina.structure.footnotes import NOTE_LIMITS

    def paragraphs() -> list[str]:
        doc = rebuild("\n".join(CREDITED) + "\n\f", "pier", "pier.txt", "text")
        notes = {s.id for s in doc.sections if s.title == "Notes"}
        return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section not in notes]

    assert not any("hired from the next town" in text for text in paragraphs())
    monkeypatch.setitem(NOTE_LIMITS, "called_symbols", 0)
    assert any("hired from the next town" in text for text in paragraphs())


def test_a_numbered_heading_after_a_call_of_its_number_opens_its_section() -> None:
    lines = [
        "The Salt Road",
        "For two hundred years the salt of the coastal pans came up the river to the market",
        "towns by cart, and the carters paid a toll at every bridge on the way.1",
        "1 The Coastal Pans",
        "The pans were shallow basins cut in the clay of the shore, filled by the spring tides",
        "and left to dry in the sun until the salt could be raked into heaps.",
        "The salt was carried up the beach in baskets and stored in a barn above the tide line.",
        "2 The Carters",
        "The carters came down from the hill towns in the autumn with their carts and horses,",
        "and loaded the salt in the yard of the inn before the long road home.",
    ]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert [(s.label, s.title) for s in doc.sections if s.label] == [("1", "The Coastal Pans"), ("2", "The Carters")]


def test_a_raised_figure_opening_a_line_is_read_without_error() -> None:
    lines = [line.replace("bridge*", "bridge\u00b9").replace("* Some", "\u00b9 Some") for line in LINES]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    notes = doc.sections[-1].id
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section != notes]
    assert not any("free on market days" in text for text in body)
