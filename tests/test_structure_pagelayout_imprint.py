"""A leaflet's visitor panel (the institution's name, as its running footer opens, over an
address and opening hours) is no section of its text (pagelayout.without_imprints)."""

from __future__ import annotations

from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import without_imprints

RUNNING = ["weir mill trust leaflet 4", "weir mill trust leaflet 4"]


def _entries(texts: list[str], kinds: str) -> list:
    lines = split_lines("\n".join(texts)).lines
    pairs = zip(kinds, lines, strict=True)
    return [Heading(None, [line], 0) if k == "H" else Fragment("paragraph", [line]) for k, line in pairs]


def _titles(entries: list) -> list[str]:
    return [e.lines[0].text for e in entries if isinstance(e, Heading)]


def test_the_institutions_name_over_its_address_is_an_imprint() -> None:
    texts = ["Weir Mill Trust", "Mill Lane, Upper Ford", "Open Sundays 10.00-16.00",
             "The Mill on the Weir", "The miller ground oats for the whole parish."]
    out = without_imprints(_entries(texts, "HPPHP"), RUNNING)
    assert _titles(out) == ["The Mill on the Weir"] and len(out) == 2


def test_a_section_under_the_name_with_sentences_stays() -> None:
    texts = ["Weir Mill Trust", "The trust bought the mill in 1970.", "It opened it to visitors.",
             "The Mill on the Weir", "The miller ground oats for the whole parish."]
    assert _titles(without_imprints(_entries(texts, "HPPHP"), RUNNING)) == ["Weir Mill Trust", "The Mill on the Weir"]
    # a title that is the whole running line (a running head repeating the title) stays
    same = ["Weir Mill Trust Leaflet 4", "Mill Lane", "Open Sundays", "The Mill", "The miller ground oats."]
    assert _titles(without_imprints(_entries(same, "HPPHP"), RUNNING))[0] == "Weir Mill Trust Leaflet 4"


def test_a_dash_between_opening_hours_is_no_word(monkeypatch) -> None:
    from vitrina.structure.pagelayout import LIMITS

    texts = ["Weir Mill Trust", "Mill Lane, Upper Ford", "Open Wednesday to Sunday, 10 am – 4.30 pm",
             "The Mill on the Weir", "The miller ground oats for the whole parish."]
    assert _titles(without_imprints(_entries(texts, "HPPHP"), RUNNING)) == ["The Mill on the Weir"]
    monkeypatch.setitem(LIMITS, "imprint_marks_no_words", 0)
    assert _titles(without_imprints(_entries(texts, "HPPHP"), RUNNING))[0] == "Weir Mill Trust"
