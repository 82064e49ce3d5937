"""HTML reader, round 47 (structset58): a tab widget's controls (``role="tab"`` on any element,
a ``<label>`` of a CSS-only radio tab) are no text, the panels' text stays; a kicker right before
the ``<header>`` that opens on the ``<h1>`` is the title's kicker (``tab_controls``,
``kicker_over_box``). Pages written here (invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

PAGE = """<html><body><main>
<p class="kicker">North Hall · Water Power</p>
<header class="head"><h1>The Valley Mill</h1><p class="deck">Corn and Water, 1790</p></header>
<section><h2>The Wheel</h2>
<p>The mill wheel turned for two hundred years, grinding the corn of every farm in the valley.</p></section>
<div class="tabs" role="tablist">
<input type="radio" name="t" id="a" checked><label for="a" role="tab">Dates</label>
<input type="radio" name="t" id="b"><label for="b" role="tab">At the mill</label>
<div class="panel" role="tabpanel"><ol><li>1790 Mill built</li><li>1911 Steam engine</li></ol></div>
<div class="panel" role="tabpanel"><p>Turn the handle by the door to hear the stones grind a sack of wheat.</p></div>
</div></main></body></html>"""


def _read():
    [doc] = html.read(PAGE.encode(), "mill.html")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_tab_controls_are_no_text() -> None:
    text = " ".join(_paragraphs(_read()))
    assert "At the mill" not in text and "Dates" not in text
    assert "grinding the corn" in text and "Turn the handle" in text


def test_a_kicker_over_the_title_box_is_no_paragraph() -> None:
    assert not any("North Hall" in p for p in _paragraphs(_read()))


def test_with_the_switches_off_both_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "tab_controls", 0)
    monkeypatch.setitem(HTML_LIMITS, "kicker_over_box", 0)
    text = " ".join(_paragraphs(_read()))
    assert "At the mill" in text and "North Hall" in text
