"""HTML reader: a strip of fact cards, a banner picture's line, text only a screen reader or a
printer sees, footnote popovers and lazily loaded pictures (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept."


def _read(body: str):
    [doc] = html_reader.read(f"<html><body><main><article>{body}</article></main></body></html>".encode(), "lamps.html")
    return doc


def _texts(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def _cards(first_lines: list[str]) -> str:
    cards = "".join(f'<div class="fact"><p class="num">{line}</p><p>height of the lamp room</p></div>'
                    for line in first_lines)
    return f"<h1>Lamps of the Coast</h1><section class=\"glance\">{cards}</section><p>{_PROSE}</p>"


def test_cards_of_a_figure_over_a_short_label_are_data_rows() -> None:
    doc = _read(_cards(["12 metres", "1 890 lenses", "3 keepers"]))
    assert _texts(doc, "paragraph") == [_PROSE]
    assert _texts(doc, "table")[0] == "12 metres | height of the lamp room"


def test_cards_without_a_figure_stay_text() -> None:
    doc = _read(_cards(["Tall towers", "Many lenses", "Three keepers"]))
    assert "Tall towers" in _texts(doc, "paragraph")


def test_a_single_card_stays_text() -> None:
    doc = _read(_cards(["12 metres"]))
    assert "12 metres" in _texts(doc, "paragraph")


def test_a_short_line_in_a_banner_painted_with_a_picture_is_not_the_text() -> None:
    banner = ('<div class="banner" style="background-image:url(\'tower.png\')"><h1>Lamps of the Coast</h1>'
              "<p>Banner: the north light at dusk</p></div>")
    doc = _read(f"{banner}<p>{_PROSE}</p>")
    assert _texts(doc, "paragraph") == [_PROSE]
    assert _texts(doc, "credit") == ["Banner: the north light at dusk"]


def test_a_short_line_in_a_plain_box_with_the_headline_stays_text() -> None:
    doc = _read(f'<div class="banner"><h1>Lamps of the Coast</h1><p>The north light at dusk</p></div><p>{_PROSE}</p>')
    assert _texts(doc, "credit") == []  # the headline's deck, as without a banner


def test_a_heading_hidden_by_a_framework_class_is_no_section() -> None:
    doc = _read(f'<h1>Lamps of the Coast</h1><h2 class="visually-hidden">Summary</h2><p>{_PROSE}</p>'
                f"<h2>The Keepers</h2><p>{_PROSE}</p>")
    assert [s.title for s in doc.sections] == ["Lamps of the Coast", "The Keepers"]


def test_a_line_shown_only_in_print_is_not_the_text() -> None:
    doc = _read(f'<h1>Lamps of the Coast</h1><p class="print-only">Printed from the website.</p><p>{_PROSE}</p>')
    assert _texts(doc, "paragraph") == [_PROSE]


_NOTE = "The log books are kept in the county record office."


def test_a_popover_a_note_call_opens_is_read_with_the_notes() -> None:
    doc = _read(f'<h1>Lamps of the Coast</h1><p>{_PROSE}<button popovertarget="n1">1</button></p>'
                f'<div id="n1" popover>{_NOTE}</div><h2>The Lamps</h2><p>{_PROSE}</p>')
    assert _texts(doc, "paragraph") == [_PROSE, _PROSE, _NOTE]
    assert [s.title for s in doc.sections][-1] == "Notes"
    assert [s.title for s in doc.sections][1] == "The Lamps"


def test_a_popover_nothing_calls_is_not_read() -> None:
    doc = _read(f'<h1>Lamps of the Coast</h1><p>{_PROSE}</p><div id="share" popover>{_NOTE}</div>')
    assert _texts(doc, "paragraph") == [_PROSE]


def test_a_lazily_loaded_picture_keeps_its_real_address() -> None:
    doc = _read('<h1>Lamps of the Coast</h1><figure><img src="data:image/gif;base64,R0lGOD" data-src="tower.jpg" alt="">'
                '<img data-lazy-src="lens.jpg" alt=""><img src="keeper.jpg" data-src="other.jpg" alt="">'
                "<figcaption>The tower, its lens and a keeper.</figcaption></figure>")
    assert [f.src for f in doc.figures] == ["tower.jpg", "lens.jpg", "keeper.jpg"]
