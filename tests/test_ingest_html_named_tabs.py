"""HTML reader: a tab widget a framework marks by class names alone (no ARIA roles) is read as one
with them -- each panel of running text a section named by its tab, a label opening the tab's name
labelling it (``html._mark_named_tabs``, ``HTML_LIMITS["class_named_tabs"]``, ``"tab_labels"``); and
a box whose class-named title asks a question, its text in a wrapper of its own, is a section
(``"box_content_wrappers"``, ``"question_titles"``). Pages written here (invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

_TEXT = ("The keeper lit the lamp at dusk and trimmed its wick twice in the night, writing the hour of "
         "each visit in the log the board inspected every spring. Storms kept him awake for days on end, "
         "and in the worst of them he slept in a chair beside the lens.")

BOOTSTRAP = f"""<html><body><main><h1>The Harbour Light</h1>
<p>The light stood at the end of the long pier for ninety years.</p>
<ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active" href="#a">1 · The Lamp</a></li>
<li class="nav-item"><a class="nav-link" href="#b">2 · The Keepers</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="a"><p>{_TEXT}</p></div>
<div class="tab-pane" id="b"><p>{_TEXT.replace("keeper", "warden")}</p></div></div>
</main></body></html>"""

NAV_FIRST = f"""<html><body><h1>The Harbour Light</h1>
<div class="site-tabs"><div class="site-tabs-nav"><div class="site-tabs-nav-item"><span>The Lamp</span></div>
<div class="site-tabs-nav-item"><span>The Keepers</span></div></div>
<div class="site-tabs-content"><div class="site-tab-pane active"><p>{_TEXT}</p></div>
<div class="site-tab-pane"><p>{_TEXT.replace("keeper", "warden")}</p></div></div></div>
</body></html>"""

UNEVEN = NAV_FIRST.replace('<div class="site-tabs-nav-item"><span>The Keepers</span></div>', "")

CALLOUT = f"""<html><body><h1>The Harbour Light</h1><p>{_TEXT}</p>
<div class="note callout"><div class="callout-title">Was It Ever Dark?</div>
<div class="callout-content"><p>Only once, in the winter of the great gale, when the glass broke.</p></div></div>
</body></html>"""


def _sections(page: str) -> list[tuple[str | None, str | None]]:
    [doc] = html.read(page.encode(), "light.html")
    return [(s.label, s.title) for s in doc.sections]


def _paragraphs(page: str) -> list[str]:
    [doc] = html.read(page.encode(), "light.html")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_bootstrap_tabs_name_their_panels_and_label_them() -> None:
    assert _sections(BOOTSTRAP)[1:] == [("1", "The Lamp"), ("2", "The Keepers")]


def test_a_tab_row_set_before_its_panes_names_them_in_order() -> None:
    assert _sections(NAV_FIRST)[1:] == [(None, "The Lamp"), (None, "The Keepers")]
    assert not any(p in ("The Lamp", "The Keepers") for p in _paragraphs(NAV_FIRST))


def test_tabs_not_as_many_as_the_panels_name_nothing() -> None:
    assert _sections(UNEVEN)[1:] == []


def test_with_the_switch_off_class_named_tabs_are_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "class_named_tabs", 0)
    assert _sections(NAV_FIRST)[1:] == []


def test_without_tab_labels_the_whole_name_is_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "tab_labels", 0)
    assert _sections(BOOTSTRAP)[1:] == [(None, "1 · The Lamp"), (None, "2 · The Keepers")]


def test_a_callout_asking_a_question_over_its_wrapped_text_is_a_section() -> None:
    assert _sections(CALLOUT)[-1] == (None, "Was It Ever Dark?")


@pytest.mark.parametrize("switch", ["box_content_wrappers", "question_titles"])
def test_either_switch_off_leaves_the_callout_a_paragraph(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(HTML_LIMITS, switch, 0)
    assert _sections(CALLOUT)[-1] == (None, "The Harbour Light")


def test_a_spaced_middle_dot_or_bullet_sets_a_bare_label_off() -> None:
    from vitrina.ingest._captions import heading_label

    assert heading_label("IV · The Lens") == ("IV", 5)
    assert heading_label("B • Fog Signals") == ("B", 4)
    assert heading_label("Salt · Pepper") == (None, 0)


REPEATED = f"""<html><head><title>The Harbour Light</title></head><body>
<h1 class="page-title">The Harbour Light</h1>
<p class="kicker">Coast and Sea · Room 3</p>
<h1>The Harbour Light<br>Ninety Years on the Pier</h1><p>{_TEXT}</p></body></html>"""


def test_an_h1_saying_the_opening_of_the_next_is_a_themes_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [s.title for s in html.read(REPEATED.encode(), "light.html")[0].sections] == [
        "The Harbour Light Ninety Years on the Pier"]
    monkeypatch.setitem(HTML_LIMITS, "headline_repeats", 0)
    assert len(html.read(REPEATED.encode(), "light.html")[0].sections) == 2
