"""A page's row of fact cards read as a table (each card a row of short texts), and a
line inside a banner whose picture is its CSS background not read as text
(``ingest.html``, ``HTML_LIMITS["fact_cards"]``, ``_banner_line``). Every text is invented."""

from __future__ import annotations

from vitrina.ingest import html

PAGE = """<!DOCTYPE html><html><head><title>The Lock</title></head><body>
<div class="banner" style="background-image:url('lock.png')">
  <h1>The Lock on the River</h1>
  <p class="banner-credit">Banner: the lock gates at dawn</p>
</div>
<main>
<p>The lock was built in 1790 to carry barges past the weir, and a keeper lived beside it.</p>
<section class="facts">
  <div class="fact"><p class="num">4 metres</p><p class="what">rise of the lock</p></div>
  <div class="fact"><p class="num">1790</p><p class="what">year it opened</p></div>
  <div class="fact"><p class="num">12</p><p class="what">keepers in its history</p></div>
</section>
<h2>The Keeper</h2>
<p>The keeper opened the gates for every barge and wrote its cargo in a ledger.</p>
</main></body></html>"""


def _blocks(page: str) -> list[tuple[str, str]]:
    doc = html.read(page.encode(), "lock.html")[0]
    return [(b.kind, " ".join(doc.text[b.start:b.end].split())) for b in doc.blocks]


def test_fact_cards_are_a_table_not_paragraphs():
    blocks = _blocks(PAGE)
    paragraphs = [text for kind, text in blocks if kind == "paragraph"]
    assert not any("4 metres" in text or "rise of the lock" in text for text in paragraphs)
    assert any(kind == "table" and "rise of the lock" in text for kind, text in blocks)


def test_cards_holding_sentences_stay_text():
    page = PAGE.replace("rise of the lock", "The lock rises four metres.")
    assert ("paragraph", "The lock rises four metres.") in _blocks(page)


def test_the_background_pictures_line_is_its_credit_not_text():
    blocks = _blocks(PAGE)
    assert ("credit", "Banner: the lock gates at dawn") in blocks
    assert not any("Banner:" in text for kind, text in blocks if kind == "paragraph")


def test_with_the_fact_strip_off_the_cards_are_paragraphs(monkeypatch):
    monkeypatch.setitem(html.HTML_LIMITS, "fact_cards", 4)  # a strip needs more cards than the page has
    shown = [text for kind, text in _blocks(PAGE) if kind != "table"]
    assert any("rise of the lock" in text for text in shown)
