"""Round 47 (struct56b): a site template's chrome around the page's text. A skip link to the
``<h1>`` itself is no text (``skip_to_headline``); a short line opening the content after a title
box of any element (a ``<div>`` holding only the ``<h1>`` and its tagline) is the title's kicker,
no paragraph (``deck_after_title_box``); a tab panel holding no running text -- a dated list on a
Timeline tab, a line of opening times -- is the site's widget, shown first or not, while a panel
going on with the story is read (``widget_tab_panels``). Every page here is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

STORY = ("The keeper rowed out to the light every evening at dusk, whatever the weather, and trimmed the "
         "wicks by hand before he climbed the stair to the lantern room.")
MORE = ("When the light was given an engine in the later years the keeper's family stayed on the rock all "
        "winter, and the children were taught their letters by the lamp, with a slate and a box of chalk, "
        "and they rowed to the island school only in the calm weeks of the summer.")

PAGE = f"""<html><head><title>The Light</title></head><body>
<a href="#_top">Jump down</a>
<div class="page"><header><a href="/">Harbour Collection</a></header>
<main><div class="hero"><div class="copy"><h1 id="_top">The Rock Light</h1>
<div class="tagline">A Keeper's Year on the Reef</div></div></div>
<div class="content"><p class="eyebrow">Harbour Gallery</p>
<p>{STORY}</p>
<h2>The Keepers</h2><p>{STORY}</p>
<div role="tablist"><a role="tab" id="t1" href="#p1" aria-selected="true">Years</a>
<a role="tab" id="t2" href="#p2" aria-selected="false">Visit</a>
<a role="tab" id="t3" href="#p3" aria-selected="false">Winters</a></div>
<div role="tabpanel" id="p1" aria-labelledby="t1"><ol><li>1820: the tower lit</li>
<li>1901: the engine fitted</li><li>1961: the last keeper leaves</li></ol></div>
<div role="tabpanel" id="p2" aria-labelledby="t2" hidden><p>Boats leave the quay at ten, weather allowing.</p></div>
<div role="tabpanel" id="p3" aria-labelledby="t3"><p>{MORE}</p></div>
</div></main></div></body></html>"""


def _paragraphs() -> list[str]:
    doc = html.read(PAGE.encode(), "light.html")[0]
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_the_template_chrome_is_no_paragraph() -> None:
    paragraphs = _paragraphs()
    assert paragraphs == [STORY, STORY, " ".join(MORE.split())]


def test_without_the_headline_rule_the_skip_link_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "skip_to_headline", 0)
    assert "Jump down" in _paragraphs()


def test_without_the_title_box_rule_the_kicker_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "deck_after_title_box", 0)
    assert "Harbour Gallery" in _paragraphs()


def test_without_the_widget_rule_the_shown_list_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "widget_tab_panels", 0)
    # (read as a timeline in note form since round 49: a date closed by a colon leads a row, ``cues.date_lead``)
    doc = html.read(PAGE.encode(), "light.html")[0]
    assert "1820: the tower lit" in [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks]
