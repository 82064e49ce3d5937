"""HTML reader: disclosure chapters, definition lists, visually hidden text and
topic tags (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

PAGE = """<html><head><style>
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.closed{display:none}
</style></head><body>
<h2 class="sr">Pages</h2>
<article><header><p class="tag"><a href="/topics/mills">Water mills</a></p>
<h1>The Mills of Avenby</h1><p>Four mills stood on the river.</p></header>
<details><summary><span class="num">Chapter 1</span><h2>The Wheel</h2></summary>
<p>The wheel turned two stones.</p><p class="closed">Kept in the text.</p></details>
<details><summary><span>Chapter 2</span><h2>The Miller</h2></summary><p>He ground oats.</p></details>
<section><h2>Dates</h2><dl><dt>1702</dt><dd>The first mill is built.</dd>
<dt>1890</dt><dd>A flood takes the weir.</dd><dd>It is rebuilt.</dd></dl></section>
<details><summary>Read more</summary><p>Inside a plain disclosure.</p></details>
</article></body></html>"""


def _doc():
    [doc] = html_reader.read(PAGE.encode(), "avenby.html")
    return doc


def test_summary_holding_a_heading_opens_a_labelled_section() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Mills of Avenby"), ("1", "The Wheel"), ("2", "The Miller"), (None, "Dates"),
    ]


def test_definition_entries_are_one_paragraph_each_and_hidden_text_is_not_read() -> None:
    doc = _doc()
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Four mills stood on the river.", "The wheel turned two stones.", "Kept in the text.",
        "He ground oats.", "1702 The first mill is built.", "1890 A flood takes the weir. It is rebuilt.",
        "Inside a plain disclosure.",
    ]


def test_a_rule_listing_several_hiding_classes_hides_each() -> None:
    page = """<html><head><style>
.skip-note, .offscreen { clip-path: inset(50%); position: absolute }
nav .crumb { width: 1px }
</style></head><body><h1>The Ferry</h1><p class="skip-note">Skip to content</p>
<p>The ferry crossed twice a day.</p><p class="offscreen">Opens in a new window</p>
<p class="crumb">Kept: the selector is not a bare class.</p></body></html>"""
    [doc] = html_reader.read(page.encode(), "ferry.html")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["The ferry crossed twice a day.", "Kept: the selector is not a bare class."]


STORY = """<html><body><main id="main"><a class="skip-link" href="#main">Skip to the story</a>
<article><header><h1>The Lighthouse Keepers</h1><p>Three families kept the light.</p>
<p class="entry-meta">By Ann Vale · 3 May 2025 · 5 minute read</p>
<div class="audio-player"><button>Listen</button> <span>4:10</span></div></header>
<nav><ol><li><a href="#advert">The Keeper's Notice</a></li></ol></nav>
<section id="advert"><h2><span class="num" aria-hidden="true">01</span> The Keeper's Notice</h2>
<p>A notice in 1820 asked for a keeper who could read.</p>
<p><span aria-hidden="true">★</span> The first reply came from a fisherman.</p></section>
<div class="old" style="color: grey; display: none"><p>An earlier draft of the chapter.</p></div>
<div id="more" style="display:none"><p>Opened by the button below.</p></div>
<button aria-controls="more">Read more</button>
<div class="tabs"><div role="tabpanel" style="display:none"><p>A second tab.</p></div></div>
</article></main></body></html>"""


def test_contents_target_shown_label_and_unrevealable_inline_hidden_text() -> None:
    [doc] = html_reader.read(STORY.encode(), "keepers.html")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Lighthouse Keepers"), ("01", "The Keeper's Notice")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Three families kept the light.", "A notice in 1820 asked for a keeper who could read.",
        "The first reply came from a fisherman.", "Opened by the button below.", "A second tab.",
    ]



def _text(page: str) -> str:
    [doc] = html_reader.read(page.encode(), "page.html")
    return doc.text


def test_a_byline_under_the_headline_is_furniture_whatever_its_class() -> None:
    page = """<html><body><article><header><h1>The Salt Barges</h1>
<p class="story-info">By Ivo Brand · <time datetime="2024-06-02">2 June 2024</time> · 7 min read</p>
</header><p>The barges carried salt down the estuary.</p></article></body></html>"""
    assert "Ivo Brand" not in _text(page)
    dated = """<html><body><main><h1>The Salt Barges</h1>
<div class="info">Published 2 June 2024 · Reading time: 7 minutes</div>
<p>The barges carried salt down the estuary.</p></main></body></html>"""
    assert "Published" not in _text(dated) and "The barges carried salt" in _text(dated)


def test_an_objects_facts_line_is_kept_though_its_class_says_meta() -> None:
    page = """<html><body><main><h1>Harbour Vase</h1>
<p class="object-meta">Glazed earthenware · made in 1880 · 32 cm high</p>
<p>The vase stood in the harbour master's office.</p></main></body></html>"""
    assert "Glazed earthenware · made in 1880 · 32 cm high" in _text(page)
    assert "By Ivo Brand" in _text(page.replace("Glazed earthenware · made in 1880 · 32 cm high", "By Ivo Brand"))


CHAPTERS = """<html><body><article><h1>The Ferry at Holme</h1>
<details open><summary><span class="num">Chapter 1</span> The Chain Ferry</summary>
<p>The ferry was hauled across the river on a chain laid along the bed of the stream.</p></details>
<details><summary><span class="num">Chapter 2</span> A New Bridge</summary>
<p>A bridge was built upstream in the last years of the century, and the ferry stopped.</p></details>
<details><summary>The Ferryman's Cottage</summary>
<p>The ferryman's cottage still stands by the landing stage and is let to visitors.</p></details>
<section><h2>Track 3</h2><details><summary>Transcript</summary>
<p>The ferry carried carts, cattle and the postman, who rang a bell on the far bank.</p></details>
<details><summary>Transcript</summary>
<p>On summer evenings the ferryman took courting couples across for a halfpenny each.</p></details></section>
</article></body></html>"""


def test_a_summary_naming_its_chapter_of_text_is_its_heading() -> None:
    [doc] = html_reader.read(CHAPTERS.encode(), "holme.html")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Ferry at Holme"), ("1", "The Chain Ferry"), ("2", "A New Bridge"),
        (None, "The Ferryman's Cottage"), (None, "Track 3"),
    ]
    assert "Transcript" not in doc.text
