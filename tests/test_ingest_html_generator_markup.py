"""HTML reader, round 42 (structset47): a generator's markup read as a browser lays it out --
an element HTML does not know holding blocks is a box of them, a series label closing the
previous section labels the next heading, an ``<hgroup>``'s second heading is the title's
subheading, a line under the title's header is its kicker, a copyright line closing the page
and a quotation closing a section are no text. Pages written here (invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html as html_reader

P1 = "The ferry crossed the estuary twice a day, and in winter the crossing could take an hour against the tide."
P2 = "Its captain kept a log of every crossing, and of the weather on each of them, for forty years."
P3 = "The landing stage was rebuilt in stone after a storm carried the wooden one away in 1881."
P4 = "A bridge upstream took the carts, and the ferry carried only walkers in its last years."


def _read(body: str, head: str = "<h1>The Estuary Ferry</h1>"):
    [doc] = html_reader.read(f"<html><body><header>{head}</header><article>{body}</article></body></html>".encode(),
                             "ferry.html")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def _steps(label_class: str = "stage") -> str:
    return (f"<p class='{label_class}'>Stage 1</p><section~X~><h1></h1><section><h2>The Crossing</h2>"
            f"<p>{P1}</p><p>{P2}</p><p class='{label_class}'>Stage 2</p></section>"
            f"<section><h2>The Landing</h2><p>{P3}</p><p class='{label_class}'>Stage 3</p></section>"
            f"<section><h2>The Last Years</h2><p>{P4}</p><p>{P1}</p></section></section~X~>")


def test_an_unknown_element_holding_blocks_is_a_box_of_them() -> None:
    assert _paragraphs(_read(_steps())) == [P1, P2, P3, P4, P1]


def test_without_the_switch_the_unknown_element_is_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "unknown_blocks", 0)
    assert len(_paragraphs(_read(_steps()))) == 1


def test_labels_closing_the_section_before_label_the_next_heading() -> None:
    doc = _read(_steps())
    assert [(s.label, s.title) for s in doc.sections][-3:] == [
        ("Stage 1", "The Crossing"), ("Stage 2", "The Landing"), ("Stage 3", "The Last Years")]


def test_without_the_switch_labels_inside_the_section_before_stay_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "labels_across_boxes", 0)
    assert "Stage 2" in _paragraphs(_read(_steps()))


def test_a_second_heading_of_the_hgroup_completes_the_title_and_a_third_is_a_heading_block() -> None:
    head = "<hgroup><h1>Against the Tide:</h1><h2>The Estuary Ferry, 1850-1930</h2><h3>Harbour Museum online</h3></hgroup>"
    doc = _read(f"<p>{P1}</p><section><h2>The Crossing</h2><p>{P2}</p></section>", head)
    assert [s.title for s in doc.sections][:2] == ["Against the Tide: The Estuary Ferry, 1850-1930", "The Crossing"]
    assert ("heading", "Harbour Museum online") in [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert _paragraphs(doc) == [P1, P2]


def test_a_short_line_first_under_the_titles_header_is_no_paragraph() -> None:
    doc = _read(f"<nav><a href='#'>English</a> <a href='#'>Cymraeg</a></nav><p class='over'>Online exhibition</p>"
                f"<p>{P1}</p><p>{P2}</p>")
    assert _paragraphs(doc) == [P1, P2]


def test_a_copyright_line_closing_the_page_is_no_text() -> None:
    doc = _read(f"<p>{P1}</p><p>{P2}</p><p><del>------</del> (c) Estuary Society. Built with a wiki.</p>")
    assert _paragraphs(doc) == [P1, P2]
    doc = _read(f"<p>{P1}</p><p>(c) The ferry's own mark was a painted anchor.</p><p>{P2}</p>")
    assert len(_paragraphs(doc)) == 3  # not the page's last line: text


def test_a_quotation_closing_its_section_is_a_pull_quote_but_an_introduced_one_is_text() -> None:
    quote = "“The tide keeps no timetable but its own.”"
    doc = _read(f"<section><h2>The Crossing</h2><p>{P1}</p><blockquote>{quote}</blockquote></section>"
                f"<section><h2>The Landing</h2><p>{P2}</p></section>")
    assert _paragraphs(doc) == [P1, P2]
    doc = _read(f"<section><h2>The Crossing</h2><p>The captain wrote in his log:</p><blockquote>{quote}</blockquote>"
                f"</section><section><h2>The Landing</h2><p>{P2}</p></section>")
    assert quote in " ".join(doc.text[b.start : b.end] for b in doc.blocks)
