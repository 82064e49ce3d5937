"""HTML reader: a tab panel (WAI-ARIA's tabs pattern) of running text with no heading of its own
is a section named by its tab button; a panel of a list (a timeline) or of a line of visitor
information (under ``tab_panel_words`` words) is no section
(``html._tab_titles``, ``HTML_LIMITS["tab_titles"]``). Pages written here (invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

PAGE = """<html><body><main><h1>The Valley Mill</h1>
<section><h2>The Wheel</h2>
<p>The mill wheel turned for two hundred years, grinding the corn of every farm in the valley.</p></section>
<div class="more"><div role="tablist">
<button role="tab" id="t1" aria-controls="p1" aria-selected="true">Dates</button>
<button role="tab" id="t2" aria-controls="p2" aria-selected="false">Dressing the Stones</button></div>
<div id="p1" role="tabpanel" aria-labelledby="t1"><ol><li><b>1790</b> Mill built</li><li><b>1911</b> Steam engine</li></ol></div>
<div id="p2" role="tabpanel" aria-labelledby="t2" class="inactive">
<p>Every few weeks the miller lifted the upper stone and cut the grooves in its face again with a steel pick.
A good dresser could do a pair of stones in a day, and the best of them travelled from mill to mill with their
picks in a leather roll, paid by the pair.</p>
</div></div>
<div class="visit"><div role="tablist" aria-label="Visit">
<button role="tab" id="t3" aria-controls="p3" aria-selected="true">Opening times</button></div>
<div id="p3" role="tabpanel" aria-labelledby="t3"><p>The mill is open every day except Monday from ten until five in summer.</p></div>
</div></main></body></html>"""


def _sections() -> list[str | None]:
    [doc] = html.read(PAGE.encode(), "mill.html")
    return [s.title for s in doc.sections]


def test_a_tab_panel_of_running_text_is_a_section_named_by_its_tab() -> None:
    assert _sections() == ["The Valley Mill", "The Wheel", "Dressing the Stones"]


def test_with_the_switch_off_the_panel_has_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "tab_titles", 0)
    assert _sections() == ["The Valley Mill", "The Wheel"]
