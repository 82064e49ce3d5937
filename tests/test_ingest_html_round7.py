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
