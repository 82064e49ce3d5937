"""HTML reader, round 28: pages laid out with tables (invented pages; ``ingest/_html_tables``)."""

from __future__ import annotations

import lxml.html

from vitrina.ingest import _html_tables as tables
from vitrina.ingest import html


def _read(page: str):
    [doc] = html.read(page.encode(), "page.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


FRAME = """<html><head><title>Kilns | Brookside Museum</title></head><body>
<table width="760"><tr>
<td width="140"><a href="/">Home</a><br><a href="/visit">Visit</a><br><a href="/shop">Shop</a></td>
<td>
<font size="+3"><b>The Lime Kilns</b></font><br><br>
Two stone kilns above the quarry burned limestone into quicklime for the fields of the valley.<br><br>
<font size="+1"><b>Filling the Kiln</b></font><br><br>
Workers tipped layers of broken stone and coal into the top of each kiln from a cart track behind it.<br><br>
The fire was kept going for weeks at a time, and the lime was raked out at the bottom every morning.
</td>
<td width="150"><b>Opening hours</b><br>Daily 9 to 5<br><a href="/map">Map</a></td>
</tr>
<tr><td colspan="3"><font size="1">Copyright 2001 Brookside Museum</font></td></tr>
</table></body></html>"""


def test_a_page_framed_by_a_table_reads_its_story_with_headings_by_size() -> None:
    doc = _read(FRAME)
    assert _sections(doc) == [(None, "The Lime Kilns"), (None, "Filling the Kiln")]
    assert _blocks(doc, "paragraph") == [
        "Two stone kilns above the quarry burned limestone into quicklime for the fields of the valley.",
        "Workers tipped layers of broken stone and coal into the top of each kiln from a cart track behind it.",
        "The fire was kept going for weeks at a time, and the lime was raked out at the bottom every morning.",
    ]
    for chrome in ("Home", "Opening hours", "Copyright"):
        assert chrome not in doc.text


def test_the_text_keeps_its_offsets_in_the_source() -> None:
    doc = _read(FRAME)
    for segment in doc.source_map.segments:
        assert doc.text[segment.start : segment.end] == FRAME[segment.ref.start : segment.ref.end]


ROOMS = """<html><head><style>
.heading { font-size: 19px; font-weight: bold; }
.cap::after { content: " " attr(data-credit); }
</style></head><body>
<table><tr><td>
<div class="heading">Weaving by Hand</div>
<p>The looms of the village were worked in the front rooms of the cottages, where the light was best.</p>
<table><tr><td>Room 2</td><td>
<div class="heading">The Shuttle</div>
<p>A flying shuttle let one weaver do the work of two, and the cloth grew wider than a man could reach.</p>
<table>
<tr><td class="cap" data-credit="Lent by a private owner">A shuttle of boxwood with iron tips.</td></tr>
<tr><td><img src="shuttle.png" alt="A pointed wooden tool"></td></tr>
</table>
<table align="right"><tr><td>“One weaver did the work of two.”</td></tr></table>
<p>Weavers feared the new shuttle at first, because they said one weaver did the work of two with it.</p>
</td></tr></table>
</td></tr></table></body></html>"""


def test_label_cells_caption_cells_before_pictures_and_credits_from_the_style_sheet() -> None:
    doc = _read(ROOMS)
    assert _sections(doc) == [(None, "Weaving by Hand"), ("2", "The Shuttle")]
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start : caption.end] == "A shuttle of boxwood with iron tips."
    assert caption.credit == "Lent by a private owner"
    assert doc.figures[0].caption == caption.id and doc.figures[0].alt == "A pointed wooden tool"
    assert "“One weaver" not in doc.text  # the pull quote, said again in the text, is not read twice
    credit = next(b for b in doc.blocks if b.kind == "credit")
    where = doc.source_map.locate(credit.start, credit.end)
    assert where is not None and ROOMS[where.start : where.end] == "Lent by a private owner"


DATA = """<html><body>
<table><tr><th>Year</th><th>Kilns</th></tr><tr><td>1850</td><td>4</td></tr><tr><td>1870</td><td>2</td></tr></table>
<table role="presentation"><tr><td><p>The last kiln went cold in 1903, when cement works in the town took the trade.</p></td></tr></table>
<table><tr><td>Stone</td><td>Tons</td></tr><tr><td>Limestone</td><td>300</td></tr></table>
</body></html>"""


def test_data_tables_stay_tables_and_a_presentation_table_is_text() -> None:
    doc = _read(DATA)
    assert _blocks(doc, "table") == ["Year | Kilns", "1850 | 4", "1870 | 2", "Stone | Tons", "Limestone | 300"]
    assert _blocks(doc, "paragraph") == ["The last kiln went cold in 1903, when cement works in the town took the trade."]


TITLES = """<html><body><table role="presentation">
<tr><td><p><img src="a.png" alt="A kiln" title="Photo: Ama Reyes"></p></td>
<td>The north kiln after its repair in 1998.</td></tr>
<tr><td><img src="b.png" alt="A cart" title="A cart by the kiln"></td>
<td>A lime cart, its wheels rimmed in iron.</td></tr>
</table></body></html>"""


def test_an_image_title_is_a_credit_only_when_it_reads_as_one() -> None:
    doc = _read(TITLES)
    captions = {doc.text[b.start : b.end]: b.credit for b in doc.blocks if b.kind == "caption"}
    assert captions == {"The north kiln after its repair in 1998.": "Photo: Ama Reyes",
                        "A lime cart, its wheels rimmed in iron.": None}


TWICE = """<html><head><style>td.cap::after { content: attr(data-credit); display: block; }</style></head><body>
<table role="presentation"><tr>
<td class="cap" data-credit="Valley Lime Society, VLS 1987.3"><b>Right:</b> The kiln's draw hole, black with soot.</td>
<td><img src="hole.png" alt="" title="Valley Lime Society, VLS 1987.3"></td>
</tr></table></body></html>"""


def test_a_credit_the_style_sheet_shows_and_the_image_title_repeats_is_read_once() -> None:
    # round 33: the caption's own credit (CSS ``attr()``) wins; the picture's title is not added to it
    doc = _read(TWICE)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (caption.position, caption.credit) == ("Right", "Valley Lime Society, VLS 1987.3")
    assert doc.text.count("Valley Lime Society") == 1


def test_layout_or_data() -> None:
    def table(markup: str):
        return lxml.html.fragment_fromstring(markup)

    assert tables.layout_table(table('<table role="none"><tr><td>a</td><td>b</td></tr></table>'))
    assert tables.layout_table(table("<table><tr><td><p>One.</p><p>Two.</p></td><td>x</td></tr></table>"))
    assert tables.layout_table(table("<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"))
    assert not tables.layout_table(table("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"))
    assert not tables.layout_table(table("<table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>"))


def test_css_sizes_and_generated_content() -> None:
    assert tables.css_size("24px") == 1.5 and tables.css_size("x-large") == 1.5 and tables.css_size("150%") == 1.5
    assert tables.css_size("bigger") is None
    sheet = tables.StyleSheet()
    sheet.read('p.note::after { content: "Photo: " attr(data-by) "." } .big { font-size: 2em }')
    [(compound, pseudo, name, lead, trail)] = sheet.shown
    assert (pseudo, name, lead, trail) == ("after", "data-by", "Photo: ", ".")
    el = lxml.html.fragment_fromstring('<div class="big x">Title</div>')
    assert sheet.size(el) == 2.0
