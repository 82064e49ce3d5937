"""HTML reader, round 55 (structset73): a definition list of panels (each ``<dt>`` a heading with its
label, each ``<dd>`` paragraphs) is read as sections (``panel_lists``); a table of pictures only with a
``<caption>`` is a figure, the caption its caption and the ``<small>`` its credit (``captioned_pictures``);
a quotation closing on its source in a ``<footer>`` is displayed, no text (``marked_sources``). Invented text."""

from __future__ import annotations

import pytest

from vitrina.ingest import _html_tables, html

PANELS = (
    "<html><body><main><h1>The Lighthouse Keepers</h1>"
    "<p>Three families kept the light on the headland for more than a century and a half.</p>"
    '<blockquote><p>\u201cThe lamp never went out while we were on the rock.\u201d</p>'
    "<footer>\u2014 a keeper\u2019s daughter, 1961</footer></blockquote>"
    '<dl class="rooms">'
    '<dt><span class="room">Room 1</span> The First Tower</dt>'
    "<dd><p>The first tower was built of timber on the highest rock and burned down within ten years.</p>"
    "<p>Its keeper moved his family into a cottage on the shore and rowed out to the rock each evening.</p>"
    '<table class="picture" role="presentation"><caption>The stone tower in a drawing made for its builders. '
    "<small>Courtesy of the Harbour Trust, HT 41</small></caption>"
    '<tr><td><img src="tower.png" alt="A grey stand-in for the drawing"></td></tr></table>'
    "<p>A stone tower replaced it in 1759, lit by twenty-four candles set in a ring of brass.</p></dd>"
    '<dt><span class="room">Room 2</span> The Lamp Room</dt>'
    "<dd><p>Oil lamps with silvered reflectors were fitted in 1810 and could be seen from the far shore.</p>"
    "<p>The keepers trimmed the wicks every four hours through the longest nights of the winter.</p></dd>"
    "</dl></main></body></html>"
)

GLOSSARY = (
    "<html><body><main><h1>Words of the Light</h1>"
    "<dl><dt>Lantern</dt><dd><p>The glazed room at the top of the tower.</p></dd>"
    "<dt>Gallery</dt><dd><p>The walkway around the lantern.</p></dd></dl>"
    "</main></body></html>"
)


def _texts(doc, kind: str) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == kind]


def test_a_list_of_panels_is_read_as_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    [doc] = html.read(PANELS.encode(), "light.html")
    assert [s.title for s in doc.sections[1:]] == ["The First Tower", "The Lamp Room"]
    assert [s.label[-1:] for s in doc.sections[1:]] == ["1", "2"]  # "Room" is a panel word: the label may drop it
    first = doc.sections[1]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section == first.id]
    assert len(paragraphs) == 3 and paragraphs[0].startswith("The first tower")
    monkeypatch.setitem(html.HTML_LIMITS, "panel_lists", 0)
    [doc] = html.read(PANELS.encode(), "light.html")
    assert len(doc.sections) == 1


def test_a_glossary_of_short_definitions_stays_entries() -> None:
    [doc] = html.read(GLOSSARY.encode(), "words.html")
    assert len(doc.sections) == 1
    assert "Lantern The glazed room at the top of the tower." in _texts(doc, "paragraph")


def test_a_table_of_one_picture_with_a_caption_is_a_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    [doc] = html.read(PANELS.encode(), "light.html")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start : caption.end] == "The stone tower in a drawing made for its builders."
    assert caption.credit == "Courtesy of the Harbour Trust, HT 41"
    assert [f.caption for f in doc.figures] == [caption.id]
    monkeypatch.setitem(_html_tables.LAYOUT_TABLE_LIMITS, "captioned_pictures", 0)
    [doc] = html.read(PANELS.encode(), "light.html")
    assert not [b for b in doc.blocks if b.kind == "caption"]


def test_a_quotation_with_its_source_in_a_footer_is_displayed(monkeypatch: pytest.MonkeyPatch) -> None:
    [doc] = html.read(PANELS.encode(), "light.html")
    assert not any("lamp never went out" in p or "daughter" in p for p in _texts(doc, "paragraph"))
    monkeypatch.setitem(html.HTML_LIMITS, "marked_sources", 0)
    [doc] = html.read(PANELS.encode(), "light.html")
    assert any("lamp never went out" in p for p in _texts(doc, "paragraph"))
