"""Round 58 (structset79), HTML: a quotation with its source closing an article's text is set apart even when a
"Back to top ↑" jump within the page follows it (``jumps_close_containers``); text after it keeps it in the run of
the text. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html as html_reader

BODY = "<p>The lighthouse keeper trimmed the wicks every evening and wound the clockwork before dusk.</p>"
QUOTE = "<blockquote><p>“The lamp was never allowed to go dark.”</p><footer>— a keeper’s log, 1862</footer></blockquote>"
JUMP = '<p class="top"><a href="#content">Back to top ↑</a></p>'


def _paragraphs(after: str) -> list[str]:
    article = f"<article><header><h2>The Keepers</h2></header>{BODY}{QUOTE}{after}</article>"
    page = f"<html><body><main id='content'><h1>The Lighthouse</h1>{article}{article.replace('Keepers', 'Lamp')}</main></body></html>"
    [doc] = html_reader.read(page.encode(), "light.html")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("switch", [1, 0])
def test_a_quotation_closing_an_article_before_a_jump_is_set_apart(monkeypatch, switch: int) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "jumps_close_containers", switch)
    assert any("never allowed to go dark" in text for text in _paragraphs(JUMP)) is not bool(switch)


def test_a_quotation_with_text_after_it_stays_in_the_text() -> None:
    after = "<p>The last keeper left in 1921, when the light was made automatic.</p>"
    assert any("never allowed to go dark" in text for text in _paragraphs(after))
