"""HTML reader: headings a page marks only by presentation (``_html_look``: class names and inline
CSS, weighed against the body's type as the DOCX reader weighs a paragraph), unlinked note calls,
and quotations set as display paragraphs (invented pages)."""

from __future__ import annotations

import pytest

from vitrina.ingest import _html_look
from vitrina.ingest import html as html_reader

_STYLE = """<style>
body { font-family: Palatino, serif; font-size: 12pt; }
p.tag { font-family: Verdana, sans-serif; font-size: 8pt; font-weight: bold; }
p.big { font-size: 20pt; font-style: italic; text-align: center; }
div.box { border: 1pt solid grey; }
</style>"""

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept."
_HEADS = [("Bay 1", "Harbour Lights"), ("Bay 2", "The Keepers"), ("Bay 3", "A Stormy Winter")]


def _page(body: str, style: str = _STYLE) -> bytes:
    return (f"<html><head><title>Lamps of the Coast</title>{style}</head><body>"
            f"<h1>Lamps of the Coast</h1>{body}</body></html>").encode()


def _run_in_section(label: str, title: str) -> str:
    return f'<p class="tag">{label}</p><p><b>{title}.</b> {_PROSE}</p><p>{_PROSE}</p>'


def _read(data: bytes):
    [doc] = html_reader.read(data, "lamps.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def _heads(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections[1:]]


def test_run_in_heads_set_in_bold_are_section_headings_labelled_by_the_lines_over_them() -> None:
    doc = _read(_page("".join(_run_in_section(label, title) for label, title in _HEADS)))
    assert _heads(doc) == _HEADS
    assert _blocks(doc, "paragraph") == [_PROSE] * 6


def test_run_in_heads_off_leaves_them_in_their_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_html_look.LOOK_LIMITS, "run_in_heads", 0)
    doc = _read(_page("".join(_run_in_section(label, title) for label, title in _HEADS)))
    assert _heads(doc) == []
    assert f"Harbour Lights. {_PROSE}" in _blocks(doc, "paragraph")


def test_one_bold_opening_alone_is_emphasis_not_a_head() -> None:
    doc = _read(_page(f"<p><b>Harbour Lights.</b> {_PROSE}</p><p>{_PROSE}</p>"))
    assert _heads(doc) == []


def test_a_bold_sentence_in_sentence_case_opening_a_paragraph_is_no_head() -> None:
    body = "".join(f"<p><b>The lamp was lit at dusk.</b> {_PROSE}</p>" for _ in range(3))
    assert _heads(_read(_page(body))) == []


def test_a_bold_line_and_a_bold_question_in_the_body_size_are_headings() -> None:
    body = (f"<p>{_PROSE}</p><p><b>The Lamp Room</b></p><p>{_PROSE}</p>"
            f'<div class="box"><p><span style="font-weight:700">Who Lit the Lamps?</span></p><p>{_PROSE}</p></div>')
    assert _heads(_read(_page(body))) == [(None, "The Lamp Room"), (None, "Who Lit the Lamps?")]


def test_a_line_set_larger_by_its_class_is_a_heading_and_a_smaller_label_line_is_not() -> None:
    body = f'<p>{_PROSE}</p><p class="big">Into the Storm</p><p>{_PROSE}</p><p class="tag">Gallery Two</p><p>{_PROSE}</p>'
    doc = _read(_page(body))
    assert _heads(doc) == [(None, "Into the Storm")]
    assert "Gallery Two" in _blocks(doc, "paragraph")


def test_a_page_with_heading_elements_keeps_its_bold_lines_as_text() -> None:
    body = f"<h2>The Lamp Room</h2><p>{_PROSE}</p><p><b>A Word of Thanks</b></p><p>{_PROSE}</p>"
    doc = _read(_page(body))
    assert _heads(doc) == [(None, "The Lamp Room")]
    assert "A Word of Thanks" in _blocks(doc, "paragraph")


def test_a_bold_line_at_the_page_end_is_no_heading() -> None:
    doc = _read(_page(f"<p>{_PROSE}</p><p><b>Lamps of the Coast Trust</b></p>"))
    assert _heads(doc) == []


def test_a_bare_superscript_number_calling_a_listed_note_is_left_out() -> None:
    body = f"<p>{_PROSE[:-1]} in ink.<sup>1</sup> A lamp burned 10<sup>3</sup> hours.</p><ol><li>Iron-gall ink.</li></ol>"
    doc = _read(_page(body))
    assert f"{_PROSE[:-1]} in ink. A lamp burned 103 hours." in _blocks(doc, "paragraph")


def test_a_superscript_number_with_no_notes_after_it_stays() -> None:
    doc = _read(_page(f"<p>{_PROSE[:-1]} in ink.<sup>1</sup></p>"))
    assert f"{_PROSE[:-1]} in ink.1" in _blocks(doc, "paragraph")


def test_a_quotation_set_in_display_type_is_no_paragraph_and_one_in_body_type_is() -> None:
    quote = "“We kept the light through every storm of that winter.”"
    doc = _read(_page(f'<p>{_PROSE}</p><p class="big">{quote}</p><p>{_PROSE}</p><p>{quote}</p>'))
    assert _blocks(doc, "paragraph") == [_PROSE, _PROSE, quote]


def _boxed(after: str) -> bytes:
    return _page(f'<h2>The Lamp Room</h2><p>{_PROSE}</p><div class="note"><p class="note-title">Who Lit the Lamps</p>'
                 f"<p>{_PROSE}</p></div>{after}", style="")


def test_a_box_opening_on_a_line_whose_class_names_a_title_is_the_last_section() -> None:
    assert _heads(_read(_boxed(""))) == [(None, "The Lamp Room"), (None, "Who Lit the Lamps")]


def test_the_notes_after_such_a_box_leave_it_the_last_section() -> None:
    page = _boxed('<div class="endnotes"><ol><li id="n1">A note.</li></ol></div>').replace(
        b"slept.</p>", b'slept.<sup><a href="#n1">1</a></sup></p>', 1)
    assert _heads(_read(page))[:2] == [(None, "The Lamp Room"), (None, "Who Lit the Lamps")]


def test_a_title_line_of_a_box_with_text_after_it_stays_text() -> None:
    doc = _read(_boxed(f"<p>{_PROSE}</p>"))
    assert _heads(doc) == [(None, "The Lamp Room")]
    assert "Who Lit the Lamps" in _blocks(doc, "paragraph")


_PICTURE = '<p><img src="lamp.png" alt="A lamp"></p>'


@pytest.fixture
def typed_captions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Captions by type are measured, not shipped (``LOOK_LIMITS["captions"]`` 0): on for these tests."""
    monkeypatch.setitem(_html_look.LOOK_LIMITS, "captions", 1)
_CAPTION = "Above: The lamp room in 1890. Photo: Harbour Trust"


def test_a_small_line_after_a_picture_is_its_caption_with_its_position_and_credit(typed_captions: None) -> None:
    style = "<style>body { font-size: 12pt; } .cap { font-size: 9pt; }</style>"
    doc = _read(_page(f'<p>{_PROSE}</p>{_PICTURE}<p class="cap">{_CAPTION}</p><p>{_PROSE}</p>', style=style))
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start:caption.end], caption.position, caption.credit) == (
        "The lamp room in 1890.", "Above", "Photo: Harbour Trust")
    assert doc.figures[0].caption == caption.id


def test_an_italic_line_by_inline_css_after_a_picture_is_its_caption(typed_captions: None) -> None:
    body = f'{_PICTURE}<p style="font-style: italic">{_CAPTION}</p><p>{_PROSE}</p>'
    assert _blocks(_read(_page(body, style="")), "caption") == ["The lamp room in 1890."]


def test_a_line_in_body_type_after_a_picture_stays_text(typed_captions: None) -> None:
    body = f'{_PICTURE}<p>{_CAPTION}</p><p>{_PROSE}</p>'
    assert _blocks(_read(_page(body, style="")), "caption") == []


def test_a_kicker_in_capitals_under_a_banner_picture_is_no_caption(typed_captions: None) -> None:
    style = "<style>.kicker { font-size: 9pt; text-transform: uppercase; }</style>"
    page = _page(f"<p>{_PROSE}</p>", style=style).replace(
        b"<h1>", _PICTURE.encode() + b'<p class="kicker">Online exhibition</p><h1>')
    assert _blocks(_read(page), "caption") == []


def test_captions_by_type_are_off_in_the_shipped_path() -> None:
    body = f'{_PICTURE}<p style="font-style: italic">{_CAPTION}</p><p>{_PROSE}</p>'
    assert _blocks(_read(_page(body, style="")), "caption") == []


def test_bold_openings_saying_one_word_again_or_a_position_are_no_heads() -> None:
    notes = "".join(f"<p><b>Note.</b> {_PROSE}</p>" for _ in range(3))
    captions = "".join(f"<p><b>Above:</b> {_PROSE}</p><p><b>Left:</b> {_PROSE}</p>" for _ in range(1))
    assert _heads(_read(_page(notes))) == []
    assert _heads(_read(_page(captions))) == []


def test_a_bold_byline_or_date_line_is_no_heading() -> None:
    body = f"<p><b>By Ann Vale</b></p><p>{_PROSE}</p><p><b>12 March 1890</b></p><p>{_PROSE}</p>"
    assert _heads(_read(_page(body))) == []
