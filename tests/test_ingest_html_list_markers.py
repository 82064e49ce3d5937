"""Section headings opening the items of an ordered list take the number the browser
prints before them. Invented text."""

from __future__ import annotations

from vitrina.ingest import html

ITEMS = (b"<li><h2>The Pond Gate</h2><p>The gate shut as the tide began to fall.</p></li>"
         b"<li><h2>The Wheel</h2><p>The wheel turned two pairs of stones.</p></li>")


def _labels(page: bytes) -> list[tuple[str | None, str]]:
    [doc] = html.read(b"<html><body><h1>Flour and Tide</h1>" + page + b"</body></html>", "mill.html")
    return [(s.label, s.title) for s in doc.sections if s.title != "Flour and Tide"]


def test_ordered_list_numbers_its_headings() -> None:
    assert _labels(b"<ol>" + ITEMS + b"</ol>") == [("1", "The Pond Gate"), ("2", "The Wheel")]


def test_start_type_and_reversed_are_followed() -> None:
    assert [lab for lab, _ in _labels(b"<ol start='4' type='I'>" + ITEMS + b"</ol>")] == ["IV", "V"]
    assert [lab for lab, _ in _labels(b"<ol type='a'>" + ITEMS + b"</ol>")] == ["a", "b"]
    assert [lab for lab, _ in _labels(b"<ol reversed>" + ITEMS + b"</ol>")] == ["2", "1"]


def test_no_number_for_unordered_lists_or_markers_switched_off() -> None:
    assert [lab for lab, _ in _labels(b"<ul>" + ITEMS + b"</ul>")] == [None, None]
    assert [lab for lab, _ in _labels(b"<ol style='list-style: none'>" + ITEMS + b"</ol>")] == [None, None]
    styled = b"<style>ol.plain{list-style-type:none}</style><ol class='plain'>" + ITEMS + b"</ol>"
    assert [lab for lab, _ in _labels(styled)] == [None, None]


def test_heading_after_text_in_the_item_takes_no_number() -> None:
    page = b"<ol><li>Before the mill <h2>The Pond Gate</h2><p>The gate shut.</p></li></ol>"
    assert [lab for lab, _ in _labels(page)] == [None]
