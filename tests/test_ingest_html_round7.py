"""HTML reader, round 7: soft hyphens, disclosure labels and in-page jump links (invented page)."""

from __future__ import annotations

from vitrina.ingest import html

PAGE = """<html><head><title>The Mill</title></head><body><article>
<h1>The Mill on the Weir</h1>
<section><h2>The Wheel</h2>
<p>The wheel pit was dug in the dry sum&shy;mer of 1790 by the parish.</p>
<details><summary>Read more</summary><p>The stones came by cart from the quarry on the hill.</p></details>
<p><a href="#top">Back to top</a></p>
</section></article></body></html>"""


def test_soft_hyphens_disclosure_labels_and_jump_links() -> None:
    [doc] = html.read(PAGE.encode(), "mill.html")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "The wheel pit was dug in the dry summer of 1790 by the parish.",
        "The stones came by cart from the quarry on the hill.",
    ]
    assert "\u00ad" not in doc.text


CLOSED = """<html><body><main>
<h1>The Lock Keeper</h1>
<p>The lock keeper lived in the cottage by the upper gate and kept its log for forty years.</p>
<aside class="boxed"><h3>Who Built the Lock?</h3>
<p>The navigation company paid a mason from the next valley, and his mark is cut in the coping stones.</p></aside>
</main>
<dialog id="viewer"><p>Press escape to close the viewer.</p></dialog>
<template id="card"><article><h3>Card title</h3><p>Card text goes here.</p></article></template>
</body></html>"""


def test_closed_dialogs_and_templates_are_never_read_nor_weighed() -> None:
    [doc] = html.read(CLOSED.encode(), "lock.html")
    assert "escape to close" not in doc.text and "Card text" not in doc.text
    # the template's lone article does not make the aside a column beside an article
    assert [s.title for s in doc.sections][-1] == "Who Built the Lock?"
    assert "mark is cut in the coping stones" in doc.text


LINKED = """<html><body><main>
<h1>The Lock Keeper</h1>
<p>The lock keeper lived in the cottage by the upper gate and kept its log for forty years.</p>
<section><h2>Other canal stories</h2><ul><li><a href="/a">The Boat Horses</a></li>
<li><a href="/b">Ice on the Summit Pound</a></li></ul></section>
<section><h2>Tolls</h2><ul><li>A penny a ton for coal, <a href="/c">see the board</a>.</li></ul></section>
</main></body></html>"""


def test_a_section_of_a_heading_over_links_alone_is_page_furniture() -> None:
    [doc] = html.read(LINKED.encode(), "lock.html")
    assert "Other canal stories" not in doc.text and "Boat Horses" not in doc.text
    assert [s.title for s in doc.sections][-1] == "Tolls"  # text beside its links stays
