"""HTML reader, round 51 (structset65): a tab panel hidden by ``hidden`` under a heading of its own,
holding two paragraphs of running text, is a part of the story read in its tab
(``headed_tab_paragraphs``). The page is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

ONE = "The canal company cut the first lock in the spring of 1794 and opened the summit pound a year later."
TWO = "Boatmen paid the toll at the lock cottage, where the keeper wrote each cargo into a ledger by hand."
THREE = "The railway bought the canal in 1846 and let the upper locks fall into ruin within a generation."


def _panel(n: int, title: str, hidden: bool) -> str:
    shut = " hidden" if hidden else ""
    return (f'<section role="tabpanel" id="panel-{n}"{shut}><h2>{title}</h2><p>{ONE}</p><p>{TWO if n == 2 else THREE}'
            "</p></section>")


PAGE = f"""<html><head><title>The Summit Canal</title></head><body><main>
<h1>The Summit Canal</h1>
<div role="tablist"><button role="tab" aria-controls="panel-1">Part 1</button>
<button role="tab" aria-controls="panel-2">Part 2</button></div>
{_panel(1, "Cutting the Locks", False)}
{_panel(2, "The Toll Ledger", True)}
</main></body></html>"""


def _titles() -> list[str]:
    [doc] = html.read(PAGE.encode(), "canal.html")
    return [s.title for s in doc.sections]


def test_a_hidden_tab_panel_of_running_text_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "The Toll Ledger" in _titles()
    monkeypatch.setitem(html.HTML_LIMITS, "headed_tab_paragraphs", 0)
    assert "The Toll Ledger" not in _titles()
