"""Round 41 (structset44): HTML read by its own semantics -- ARIA's ``role="heading"``, paragraphs
parted by ``<br><br>``, a fact box set in mid-sentence, and labels counting 1, 2, 3 printed only
inside SVG badges over headings of mixed levels. Every page here is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

ONE = "The ferry left the north pier at dawn and reached the railhead before the mail train."
TWO = "In winter the ice closed the lake, and the post went round by sledge for two days."
THREE = "The last paddle steamer was broken up on the slipway where she had been built."
HEAD = "The keepers kept a ledger of every boat that crossed, and in the wet summer of 1902 they"
TAIL = "counted more crossings than in any year before."
BOX = "<strong>Did you know?</strong> The ledger is still kept at the pier office."


def _badge(n: int) -> str:
    return (f'<svg class="badge" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="18"/>'
            f'<text x="20" y="25">{n}</text></svg>')


PAGE = f"""<html><head><title>The Lake Ferries</title></head><body><main><article>
<h1>The Lake Ferries</h1>
<section>{_badge(1)}<h2>Steam on the Lake</h2><div class="rte">{ONE}<br><br>
{TWO}<br><br>
{THREE}</div></section>
<section>{_badge(2)}<div class="h2" role="heading" aria-level="2">The Pier Office</div>
<p>{HEAD}</p><aside class="fact">{BOX}</aside><p class="cont">{TAIL}</p></section>
<section>{_badge(3)}<h3>The Last Crossing</h3><p>{THREE}</p></section>
</article></main></body></html>"""


def _read(page: str = PAGE):
    [doc] = html.read(page.encode(), "ferries.html")
    return doc


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_the_page_reads_by_its_semantics() -> None:
    doc = _read()
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("1", "Steam on the Lake"), ("2", "The Pier Office"), ("3", "The Last Crossing")]
    paragraphs = _paragraphs(doc)
    assert paragraphs[:3] == [ONE, TWO, THREE]
    assert f"{HEAD} {TAIL}" in paragraphs


@pytest.mark.parametrize("switch", ["aria_headings", "break_paragraphs", "across_boxes", "counted_series_labels"])
def test_each_rule_off_reads_as_before(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, switch, 0)
    doc = _read()
    titles = [(s.label, s.title) for s in doc.sections[1:]]
    paragraphs = _paragraphs(doc)
    if switch == "aria_headings":
        assert "The Pier Office" in paragraphs
    elif switch == "break_paragraphs":
        assert f"{ONE} {TWO} {THREE}" in paragraphs
    elif switch == "across_boxes":
        assert HEAD in paragraphs and TAIL in paragraphs
    else:
        assert [label for label, _ in titles] == [None, None, None]


def test_one_line_break_parts_no_paragraph() -> None:
    doc = _read(PAGE.replace("<br><br>", "<br>"))
    assert f"{ONE} {TWO} {THREE}" in _paragraphs(doc)


def test_text_after_the_box_opening_a_sentence_is_a_paragraph_of_its_own() -> None:
    doc = _read(PAGE.replace(TAIL, "Counted crossings rose every year."))
    assert HEAD in _paragraphs(doc)


def test_badges_that_do_not_count_are_no_labels() -> None:
    page = PAGE.replace(">2</text>", ">7</text>").replace(">3</text>", ">4</text>")
    assert [s.label for s in _read(page).sections[1:]] == [None, None, None]
