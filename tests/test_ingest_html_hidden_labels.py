"""HTML reader, round 44 (structset52): a section's label hidden from speech and set beside its
heading, not inside it (``<span aria-hidden="true">02</span><h2>…</h2>``), is printed on the
screen and so is the section's label. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html as html_reader

HEADS = [("01", "The Quarry Opens"), ("02", "Stone by Barge"), ("03", "The Last Cut")]
BODY = "<p>The masons split the blocks by hand and the carts took them down to the wharf each morning.</p>"


def _page(label_markup: str) -> bytes:
    parts = [f"<section><header>{label_markup.format(label)}<h2>{title}</h2></header>{BODY}</section>"
             for label, title in HEADS]
    return f"<html><body><main><h1>The Quarry</h1>{BODY}{''.join(parts)}</main></body></html>".encode()


def _sections(data: bytes) -> list[tuple[str | None, str]]:
    [doc] = html_reader.read(data, "quarry.html")
    return [(s.label, s.title) for s in doc.sections[1:]]


def test_a_hidden_label_beside_its_heading_is_the_sections_label() -> None:
    assert _sections(_page('<span class="num" aria-hidden="true">{}</span>')) == HEADS


def test_without_the_rule_the_hidden_label_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "hidden_labels_before_headings", 0)
    assert _sections(_page('<span class="num" aria-hidden="true">{}</span>')) == [(None, t) for _l, t in HEADS]


def test_hidden_words_before_a_heading_are_no_label() -> None:
    page = _page('<span class="icon" aria-hidden="true">Read {} aloud</span>')
    [doc] = html_reader.read(page, "quarry.html")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(None, t) for _l, t in HEADS]
    assert "aloud" not in doc.text
