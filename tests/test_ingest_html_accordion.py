"""Round 42 (structset46): an accordion page -- each section's label and title inside the
``<button>`` of its heading (WAI-ARIA's accordion pattern), panels closed with
``hidden="until-found"``, a kicker set before a language switcher over the title, and a pull
quote in a box whose whole class is "pull". Every page here is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

ONE = "The canal company cut the first lock in the spring of 1794 and opened the summit pound a year later."
TWO = "Boatmen paid the toll at the lock cottage, where the keeper wrote each cargo into a ledger."
THREE = "The railway bought the canal in 1846 and let the upper locks fall into ruin within a generation."
QUOTE = "“A boat could carry what fifty horses could not drag.”"


def _item(n: int, title: str, text: str, closed: bool) -> str:
    hidden = ' hidden="until-found"' if closed else ""
    return (f'<div class="acc-item"><h2 class="acc-head"><button type="button" aria-expanded="{not closed}" '
            f'aria-controls="p{n}"><span class="acc-label">Chapter {n}</span> <span class="acc-title">{title}'
            f'</span></button></h2><div class="acc-body" id="p{n}" role="region"{hidden}><p>{text}</p></div></div>')


PAGE = f"""<html><head><title>The Summit Canal</title></head><body><main><article>
<p class="kicker">Online exhibition · Waterways Room</p>
<nav class="lang" aria-label="Language"><a href="#">English</a> · <a href="#" hreflang="cy">Cymraeg</a></nav>
<h1>The Summit Canal</h1>
<div class="accordion">
{_item(1, "Cutting the Locks", ONE, False)}
{_item(2, "The Toll Ledger", TWO, True)}
<blockquote class="pull"><p>{QUOTE}</p><footer>A carrier, 1801</footer></blockquote>
{_item(3, "Sold to the Railway", THREE, True)}
</div>
<p>Menu <button type="button">Close</button></p>
</article></main></body></html>"""


def _read(page: str = PAGE):
    [doc] = html.read(page.encode(), "canal.html")
    return doc


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_the_accordion_reads_as_sections() -> None:
    doc = _read()
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Summit Canal"), ("1", "Cutting the Locks"), ("2", "The Toll Ledger"), ("3", "Sold to the Railway")]
    paragraphs = _paragraphs(doc)
    assert paragraphs[:3] == [ONE, TWO, THREE]
    assert not any("Waterways Room" in p or "carrier" in p or "Close" in p for p in paragraphs)


@pytest.mark.parametrize("switch", ["heading_buttons", "kicker_past_skipped"])
def test_each_rule_off_reads_as_before(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, switch, 0)
    doc = _read()
    paragraphs = _paragraphs(doc)
    if switch == "heading_buttons":
        assert [s.title for s in doc.sections] == ["The Summit Canal"]
    else:
        assert "Online exhibition · Waterways Room" in paragraphs


def test_a_button_outside_a_heading_stays_a_control() -> None:
    doc = _read()
    assert "Close" not in doc.text


def test_a_class_that_only_opens_with_the_short_name_is_no_pull_quote() -> None:
    doc = _read(PAGE.replace('class="pull"', 'class="pull-right"'))
    assert QUOTE.strip("“”") in " ".join(_paragraphs(doc))
