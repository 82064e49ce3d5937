"""HTML reader, round 45 (structset53): a label of a word and a counter set in an element of
its own inside each section heading (``<h2><small>Wing A</small> …</h2>``) is the section's
label as printed, and a heading's second line in an element glued to the first
(``<h1>…<span class="line2">…</span></h1>``, the style sheet making it a block) is parted from
it by a space. Every text is invented; each rule's test fails with its switch off."""

from __future__ import annotations

import pytest

from vitrina.ingest import html as html_reader

HEADS = [("Wing A", "The Rope Walk"), ("Wing B", "Tar and Hemp"), ("Wing C", "The Last Cable")]
BODY = "<p>The spinners walked backwards down the long shed, paying out the yarn from bundles at their waists.</p>"


def _page(heads: list[tuple[str, str]], title: str = "<h1>The Rope Works</h1>") -> bytes:
    parts = [f'<section><h2><small class="label">{label}</small> {text}</h2>{BODY}</section>' for label, text in heads]
    return f"<html><body><main>{title}{BODY}{''.join(parts)}</main></body></html>".encode()


def _sections(data: bytes) -> list[tuple[str | None, str]]:
    [doc] = html_reader.read(data, "ropes.html")
    return [(s.label, s.title) for s in doc.sections]


def test_a_worded_label_in_each_heading_is_the_sections_label() -> None:
    assert _sections(_page(HEADS))[1:] == HEADS


def test_without_the_rule_the_label_is_part_of_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "worded_boxed_labels", 0)
    assert _sections(_page(HEADS))[1:] == [(None, f"{label} {text}") for label, text in HEADS]


def test_a_name_with_a_number_opening_one_heading_is_no_label() -> None:
    heads = [("Apollo 11", "on the Moon"), ("Vostok", "in orbit")]
    assert _sections(_page(heads))[1:] == [(None, f"{label} {text}") for label, text in heads]


def test_words_that_do_not_count_on_are_no_labels() -> None:
    heads = [("Wing C", "The Rope Walk"), ("Wing A", "Tar and Hemp")]
    assert _sections(_page(heads))[1:] == [(None, f"{label} {text}") for label, text in heads]


GLUED = '<h1>The Rope Works<span class="line2">Spinning Yarn by the River, 1790</span></h1>'


def test_a_glued_second_line_of_the_title_is_parted_by_a_space() -> None:
    assert _sections(_page(HEADS, GLUED))[0] == (None, "The Rope Works Spinning Yarn by the River, 1790")


def test_without_the_rule_the_lines_stay_glued(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "glued_heading_lines", 0)
    assert _sections(_page(HEADS, GLUED))[0] == (None, "The Rope WorksSpinning Yarn by the River, 1790")


def test_an_emphasised_word_glued_to_the_title_is_left_as_written() -> None:
    title = "<h1>The Rope Works of <em>Bridport</em></h1>"
    assert _sections(_page(HEADS, title))[0] == (None, "The Rope Works of Bridport")
