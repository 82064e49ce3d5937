"""HTML reader: labels known by the page's own repetition (a short element alike before
each section heading) and definition lists of fields read as records, not prose
(invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

HEADS = [("1 May", "The Thaw"), ("2 May", "The River Rises"), ("3 May", "The Levee"), ("Later", "Rebuilding")]


def _page(kicker: str, heads: list[tuple[str, str]]) -> bytes:
    parts = [f'<div><{kicker} class="when">{label}</{kicker.split()[0]}><h2>{title}</h2></div>'
             f"<p>The water stood in the streets of the lower town for many days that spring.</p>"
             for label, title in heads]
    return f"<html><body><article><h1>Flood Year</h1>{''.join(parts)}</article></body></html>".encode()


def _read(data: bytes):
    [doc] = html_reader.read(data, "flood.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def test_a_short_element_alike_before_every_section_heading_is_its_label() -> None:
    doc = _read(_page("time", HEADS))
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(a, b) for a, b in HEADS]
    assert not any(p in ("1 May", "Later") for p in _blocks(doc, "paragraph"))


def test_short_lines_before_too_few_headings_stay_text() -> None:
    doc = _read(_page("span", [("Earlier", "The Thaw"), ("Later", "Rebuilding")]))  # two: no series
    assert [s.label for s in doc.sections[1:]] == [None, None]
    assert {"Earlier", "Later"} <= set(_blocks(doc, "paragraph"))


def test_a_link_before_each_heading_is_no_label() -> None:
    page = _page('a href="#top"', HEADS).replace(b"</a class", b"</a")
    doc = _read(page)
    assert [s.label for s in doc.sections[1:]] == [None] * 4


def _page_label_after(heads: list[tuple[str, str]]) -> bytes:
    parts = [f'<section><header><h2>{title}</h2><p class="when">{label}</p></header>'
             f"<p>The water stood in the streets of the lower town for many days that spring.</p></section>"
             for label, title in heads]
    return f"<html><body><article><h1>Flood Year</h1>{''.join(parts)}</article></body></html>".encode()


def test_a_label_after_its_heading_in_a_head_wrapper_is_its_label() -> None:
    doc = _read(_page_label_after(HEADS))  # shown above the heading by a style sheet
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(a, b) for a, b in HEADS]
    assert not any(p in ("1 May", "Later") for p in _blocks(doc, "paragraph"))


def test_a_line_after_too_few_headings_stays_text() -> None:
    doc = _read(_page_label_after([("Earlier", "The Thaw"), ("Later", "Rebuilding")]))
    assert [s.label for s in doc.sections[1:]] == [None, None]
    assert {"Earlier", "Later"} <= set(_blocks(doc, "paragraph"))


RECORD = b"""<html><body><h1>The Ledger</h1><p>A ledger of the mill was kept for ninety years by its clerks.</p>
<h2>Details</h2><dl><dt>Date</dt><dd>Monday, 4 June 1860</dd><dt>Pages</dt><dd>212</dd>
<dt>Rights</dt><dd>No known restrictions</dd></dl>
<h2>Timeline</h2><dl><dt>1851</dt><dd>The mill opens on the river.</dd><dt>1860</dt><dd>A second wheel is built.</dd>
<dt>1871</dt><dd>The mill burns down.</dd></dl></body></html>"""


def test_a_definition_list_of_short_fields_is_a_record_not_paragraphs() -> None:
    doc = _read(RECORD)
    paragraphs = _blocks(doc, "paragraph")
    assert not any("Monday" in p for p in paragraphs)
    assert [s.title for s in doc.sections] == ["The Ledger", "Timeline"]  # the record's heading titles it
    assert "1851 The mill opens on the river." in paragraphs  # descriptions that are sentences stay text


def _figure_page(head: str, tail: str) -> bytes:
    return (f"<html><body><article><h1>The Mill</h1><p>{head}</p><figure><img src='m.png' alt=''>"
            f"<figcaption>Above: The wheel house in winter.</figcaption></figure><p>{tail}</p>"
            "</article></body></html>").encode()


def test_a_paragraph_broken_by_a_figure_mid_sentence_is_one_paragraph() -> None:
    doc = _read(_figure_page("The wheel turned the stones through", "gears of oak. It ran for a century."))
    assert "The wheel turned the stones through gears of oak. It ran for a century." in _blocks(doc, "paragraph")
    assert _blocks(doc, "caption") == ["The wheel house in winter."]


def test_paragraphs_around_a_figure_after_a_full_stop_stay_apart() -> None:
    doc = _read(_figure_page("The wheel turned the stones.", "gears of oak were fitted later."))
    assert {"The wheel turned the stones.", "gears of oak were fitted later."} <= set(_blocks(doc, "paragraph"))
