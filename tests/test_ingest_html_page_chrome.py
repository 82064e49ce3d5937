"""Round 41: a page's chrome around its text read by HTML's own conventions -- the bypass link
to the block holding the ``<h1>`` (WCAG's "Skip to main content"), a kicker closing the site's
header right before that block, Org mode's postamble -- and a caption opening with its picture's
number before its position label ("Figure 1: Above: …"). Every page here is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

BODY = ("The lock keepers of the upper river kept a ledger of every barge that passed the weir, "
        "with its cargo and the name of its master.")
CAPTION = "The lock at Hambleden in flood, drawn from the towpath."


def _page(content_id: str = "content") -> str:
    return f"""<html><head><title>The Upper River</title></head><body>
<div id="preamble" class="status">
<a class="skip" href="#{content_id}">Skip to main content</a>
<p class="kicker">Rivers and Canals · Room 4</p>
</div>
<div id="{content_id}" class="content">
<h1 class="title">The Upper River</h1>
<h2>The Keepers</h2>
<p>{BODY}</p>
<figure><img src="lock.png" alt="a lock">
<figcaption><span class="figure-number">Figure 1: </span><b>Above:</b> {CAPTION}<br>
<span class="credit">Weirside Archive, WA 12</span></figcaption></figure>
<p>{BODY}</p>
</div>
<div id="postamble" class="status"><p class="author">Author: Learning team</p>
<p class="date">Created: 2024-03-02</p></div>
</body></html>"""


def _blocks(page: str) -> dict[str, list[str]]:
    [doc] = html.read(page.encode(), "river.html")
    found: dict[str, list[str]] = {}
    for block in doc.blocks:
        found.setdefault(block.kind, []).append(doc.text[block.start:block.end])
    return found


def test_chrome_around_the_content_block_is_no_paragraph() -> None:
    paragraphs = _blocks(_page())["paragraph"]
    assert paragraphs == [BODY, BODY]


@pytest.mark.parametrize(("switch", "left"), [
    ("skip_to_content", "Skip to main content"),
    ("kicker_across_boxes", "Rivers and Canals · Room 4"),
])
def test_each_rule_off_leaves_its_line_a_paragraph(monkeypatch: pytest.MonkeyPatch, switch: str, left: str) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, switch, 0)
    assert left in _blocks(_page())["paragraph"]


def test_a_link_to_another_block_is_no_bypass_link() -> None:
    page = _page().replace('href="#content"', 'href="#keepers"').replace("<h2>", '<h2 id="keepers">')
    assert "Skip to main content" in _blocks(page)["paragraph"]


def test_a_numbered_caption_keeps_its_position(monkeypatch: pytest.MonkeyPatch) -> None:
    [doc] = html.read(_page().encode(), "river.html")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start:caption.end] == CAPTION
    assert caption.position == "Above" and caption.credit == "Weirside Archive, WA 12"
    monkeypatch.setitem(html.HTML_LIMITS, "numbered_positions", 0)
    [doc] = html.read(_page().encode(), "river.html")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.position is None and doc.text[caption.start:caption.end].startswith("Figure 1:")
