"""Markdown reader: headings, paragraphs, lists, quotes, images, stripped markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina.ingest import markdown

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "lighthouse.md"


@pytest.fixture(scope="module")
def doc():
    [document] = markdown.read(FIXTURE.read_bytes(), str(FIXTURE))
    return document


def texts(doc, kind):
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_title_from_front_matter_and_sections(doc):
    assert doc.title == "The Lighthouse Keepers"
    assert dict(doc.meta) == {"author": "Odile Marchetti"}
    assert [s.title for s in doc.sections] == [
        "Keepers of the North Light",
        "The logbooks",
        "Setext Heading",
    ]


def test_paragraphs_join_lines_and_strip_markers(doc):
    paras = texts(doc, "paragraph")
    assert paras[0] == (
        "The keepers of Cape Varn logged every storm from 1871 to 1902, "
        "and their logbooks survive & are read today."
    )
    assert "First volume, 1871" in paras
    assert "Second volume with code and snake_case_name continued line" in paras
    assert "Numbered item" in paras
    assert "We saw the wreck at dawn and rowed out at once." in paras
    assert "Second quote paragraph." in paras
    assert "Rate is 2 * 3 and 5_000." in paras  # lone markers stay
    assert [p for p in paras if "|" in p] == ["Year | Storms", "1871 | 12"]
    assert "hidden note" not in doc.text and "http" not in doc.text


def test_image_is_a_figure_its_credit_title_kept_alt_not_a_caption(doc):
    assert [b for b in doc.blocks if b.kind == "caption"] == []
    assert texts(doc, "credit") == ["Photo: Harbour Museum"]
    [figure] = doc.figures
    assert (figure.src, figure.alt, figure.caption) == ("lamp.jpg", "A keeper with a lamp", None)


def test_source_map_follows_stripped_text(doc):
    source = FIXTURE.read_text(encoding="utf-8")
    for block in doc.blocks:
        loc = doc.source_map.locate(block.start, block.end)
        first = doc.text[block.start : block.end].split()[0][:4]
        assert source.startswith(first, loc.start), first
    cape = doc.text.index("Cape Varn")  # was *Cape Varn*
    loc = doc.source_map.locate(cape, cape + len("Cape Varn"))
    assert source[loc.start : loc.end] == "Cape Varn"
    assert loc.line == 8
    read = doc.text.index("read today")  # on the next source line
    assert doc.source_map.locate(read).line == 10
    logbooks = doc.text.index("logbooks survive")  # was a link
    assert source[doc.source_map.locate(logbooks, logbooks + 8).start :].startswith("logbooks](")


def test_emphasis_across_lines_and_nesting():
    data = b"A **bold claim\nacross lines** and _an *inner* one_ plus [a `tag`](x)."
    [doc] = markdown.read(data, "e.md")
    assert doc.text == "A bold claim across lines and an inner one plus a tag."


def test_headings_levels_and_title_from_first_h1():
    data = b"Intro text.\n\n# Main Title\n\n## Part\n\n#### Small heading\n\nBody.\n"
    [doc] = markdown.read(data, "h.md")
    assert doc.title == "Main Title"
    assert [s.title for s in doc.sections] == ["Main Title", "Part"]
    assert [b.kind for b in doc.blocks] == [
        "paragraph",
        "heading",
        "heading",
        "heading",
        "paragraph",
    ]


def test_image_alt_is_not_a_caption():
    [doc] = markdown.read(b"Text before.\n\n![Map of the bay](bay.png)\n", "i.md")
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("paragraph", "Text before."),
    ]
    [figure] = doc.figures
    assert (figure.src, figure.alt, figure.caption) == ("bay.png", "Map of the bay", None)


def test_italic_line_under_an_image_is_its_caption_with_credit_tail():
    data = (
        b"![Boats](boats.jpg)\n\n"
        b"*Fishing boats drawn up on the shingle, 1902. Prints Division, Harbour Library*\n\n"
        b"*An emphasised paragraph that is no caption.*\n"
    )
    [doc] = markdown.read(data, "b.md")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end] == "Fishing boats drawn up on the shingle, 1902."
    assert caption.credit == "Prints Division, Harbour Library"
    [figure] = doc.figures
    assert figure.caption == caption.id and figure.alt == "Boats"
    assert [b.kind for b in doc.blocks] == ["caption", "credit", "paragraph"]


def test_credit_after_a_dash_under_an_image():
    data = (
        "![Nets](nets.jpg)\n\n"
        "*Nets drying on the harbour wall, about 1910. \u2014 Courtesy of the Quay Society.*\n"
    ).encode()
    [doc] = markdown.read(data, "n.md")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end] == "Nets drying on the harbour wall, about 1910."
    assert caption.credit == "Courtesy of the Quay Society"


def test_caption_line_right_under_its_image_with_label_and_credit_line():
    data = (
        b"## Panel 2: Nets and Boats\n\n"
        b"The boats came home at dusk.\n\n"
        b"![](nets.jpg)\n"
        b"*Left: Nets drying on the harbour wall.*\n"
        b"Lent by the Quay Society\n"
    )
    [doc] = markdown.read(data, "n.md")
    assert [(s.label, s.title) for s in doc.sections] == [("2", "Nets and Boats")]
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert (doc.text[caption.start : caption.end], caption.position, caption.credit) == (
        "Nets drying on the harbour wall.", "Left", "Lent by the Quay Society")
    assert doc.figures[0].caption == caption.id


def test_bare_letters_counting_up_through_headings():
    data = b"# Quay\n\n## A Harbour of Refuge\n\nBuilt in 1820.\n\n## B The Crane\n\nIt lifted timber.\n\n## A Short Walk\n\nTo the light.\n"
    [doc] = markdown.read(data, "q.md")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Quay"), ("A", "Harbour of Refuge"), ("B", "The Crane"), (None, "A Short Walk")]


SITE_PAGE = """---
title: "The Copper Mines of Kell"
summary: "A short teaser that is not the introduction."
draft: false
---

Copper was dug at Kell for three hundred years.

**Contents:** [The Seams](#hall-1) · [The Smelters](#hall-2)

Room C · The Seams
------------------

Miners followed the green seams deep into the hill.[^1] The shafts
flooded every spring.[^note]

{{< figure src="/img/seam.png" alt="A dark tunnel" caption="A seam lit by a *miner's* lamp." attr="Photo: Odile Farrant / Kell Archive" >}}

Room D · The Smelters
---------------------

The smelters burned charcoal from the valley.

![Chimneys in a row](img/chimneys.png)

*Left:* The smelter chimneys in 1880. <small>Courtesy of the Kell Mining Society</small>

[^1]: A note on the seams, with
    more detail that is not body text.

    A second paragraph of the note.
[^note]: Another note.

[← Back to all exhibitions](/exhibitions/)
"""


@pytest.fixture(scope="module")
def site_page():
    [document] = markdown.read(SITE_PAGE.encode(), "kell.md")
    return document


def test_site_page_title_setext_labels_and_clean_paragraphs(site_page) -> None:
    assert site_page.title == "The Copper Mines of Kell"
    assert [(s.label, s.title) for s in site_page.sections] == [
        (None, "The Copper Mines of Kell"),
        ("C", "The Seams"),
        ("D", "The Smelters"),
        (None, "Notes"),
    ]
    # footnote calls and navigation lines are not text; footnote definitions are notes
    # after the body, one paragraph each
    assert texts(site_page, "paragraph") == [
        "Copper was dug at Kell for three hundred years.",
        "Miners followed the green seams deep into the hill. The shafts flooded every spring.",
        "The smelters burned charcoal from the valley.",
        "A note on the seams, with more detail that is not body text. A second paragraph of the note.",
        "Another note.",
    ]


def test_figure_shortcode_and_position_led_caption(site_page) -> None:
    captions = [b for b in site_page.blocks if b.kind == "caption"]
    assert [(site_page.text[b.start : b.end], b.position, b.credit) for b in captions] == [
        ("A seam lit by a miner's lamp.", None, "Photo: Odile Farrant / Kell Archive"),
        ("The smelter chimneys in 1880.", "Left", "Courtesy of the Kell Mining Society"),
    ]
    assert [(f.src, f.alt) for f in site_page.figures] == [
        ("/img/seam.png", "A dark tunnel"),
        ("img/chimneys.png", "Chimneys in a row"),
    ]


def test_inline_html_line_breaks_and_cells_keep_words_apart() -> None:
    source = ("# The Weir Mill\n\nIts wheel<br>turned twelve stones <span>every hour</span> of daylight.\n\n"
              "<table><tr><td>The tide tables</td><td>hung by the door.</td></tr></table>\n")
    [doc] = markdown.read(source.encode(), "mill.md")
    assert "Its wheel turned twelve stones every hour of daylight." in doc.text
    assert "The tide tables hung by the door." in doc.text


def test_a_long_data_uri_image_is_a_figure_never_text():
    payload = "iVBORw0KGgo" + "QUJDRA" * 20_000  # 120 KB of base64, past any address bound
    source = (f"# Moulds\n\nA chemist grew a mould on a dish.\n\n![a dish](data:image/png;base64,{payload})\n\n"
              f"The [scan](data:image/png;base64,{payload}) shows it.\n").encode()
    (doc,) = markdown.read(source, "moulds.md")
    assert "base64" not in doc.text and "QUJD" not in doc.text
    assert "The scan shows it." in doc.text
    assert [(f.src, f.alt) for f in doc.figures] == [(None, "a dish")]


def test_unclosed_data_uris_stay_linear():
    (doc,) = markdown.read(("![a](data:x" * 20_000).encode(), "open.md")
    assert doc.text


def test_an_image_path_with_balanced_parentheses_is_kept_whole():
    [doc] = markdown.read(b"Text before.\n\n![Chart of tides](tides_(1888).png)\n\nText after.\n", "p.md")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Text before.", "Text after."]
    [figure] = doc.figures
    assert figure.src == "tides_(1888).png"


def test_a_very_wide_table_row_is_cut_to_the_cell_limit_with_a_warning():
    from vitrina.ingest.encoding import take_warnings
    from vitrina.limits import FILE_LIMITS

    take_warnings()
    cap = FILE_LIMITS["table_cells"]
    wide = cap + 50
    rows = ["|" + "".join(f" c{i} |" for i in range(wide)), "|" + "---|" * wide]
    rows += ["|" + "".join(f" r{r}v{i} |" for i in range(wide)) for r in range(3)]
    [doc] = markdown.read(("# Tide Gauges\n\n" + "\n".join(rows) + "\n\nThe gauges were read daily.\n").encode(), "g.md")
    assert f"c{cap - 1}" in doc.text and f"c{cap} " not in doc.text and f"r2v{cap}" not in doc.text
    assert "The gauges were read daily." in doc.text
    assert take_warnings() == [f"4 table row(s) cut to their first {cap} cells (the table cell limit); "
                               "the cells past it are left out"]


def test_a_table_within_the_cell_limit_is_read_whole_without_a_warning():
    from vitrina.ingest.encoding import take_warnings

    take_warnings()
    [doc] = markdown.read(b"| Year | Ships |\n|---|---|\n| 1871 | 12 |\n", "s.md")
    assert "1871 | 12" in doc.text and take_warnings() == []


def test_a_lone_link_to_another_site_is_text_and_a_spaced_destination_no_link() -> None:
    source = (
        "Ivo Stern kept bees at Lund.\n\n"
        "[The beekeepers' register](https://example.org/bees/register)\n\n"
        "[Home](/index/) · [Next](../hives.md)\n\n"
        "[Up](#top)\n\n"
        "[Wax prices](https://example.org/wax prices)\n\n"
        '[The hive book](https://example.org/hives "a title")\n'
    )
    [document] = markdown.read(source.encode(), "bees.md")
    assert texts(document, "paragraph") == [
        "Ivo Stern kept bees at Lund.",
        "The beekeepers' register",
        "[Wax prices](https://example.org/wax prices)",
        "The hive book",
    ]


def test_raw_script_and_style_elements_keep_no_code_as_text() -> None:
    source = (
        "Ivo Stern sold honey in 1904. <script>track('visit')</script> He sold wax too.\n\n"
        "<style>p { color: red }</style>\n\n"
        "Unclosed <script> stays as it was written.\n\n"
        "A `<script>shown()</script>` code span is kept.\n"
    )
    [document] = markdown.read(source.encode(), "honey.md")
    assert texts(document, "paragraph") == [
        "Ivo Stern sold honey in 1904. He sold wax too.",
        "Unclosed stays as it was written.",
        "A <script>shown()</script> code span is kept.",
    ]
