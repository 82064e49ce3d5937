"""PDF reader: text per page in a limited child process, pages in SourceRefs."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf as _canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.errors import InputError
from vitrina.ingest import pdf


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], encrypt: bool = False) -> bytes:
    """A PDF whose page ``i`` shows ``pages[i]`` as lines of 11 pt Helvetica."""
    objects: list[bytes] = []
    kids = []
    font_id = 3
    first_page = 4
    for n in range(len(pages)):
        kids.append(f"{first_page + 2 * n} 0 R")
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n, lines in enumerate(pages):
        content_id = first_page + 2 * n + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        body = (
            "BT /F1 11 Tf 14 TL 72 740 Td "
            + " ".join(f"({_escape(line)}) Tj T*" for line in lines)
            + " ET"
        )
        stream = body.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R"
    if encrypt:
        trailer += (
            " /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >> /ID [<01> <01>]"
        )
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


PAGES = [
    [
        "4. The Lantern Makers:",
        "Glass and Tin in Old Bristol",
        "The lantern makers of Bristol worked in small shops near the quay, where",
        "tin, glass and whale oil arrived by sea. Their trade grew with the",
    ],
    [
        "port itself, and by 1850 there were more than forty workshops in the city.",
    ],
]


def test_reads_pages_and_structure() -> None:
    (doc,) = pdf.read(make_pdf(PAGES), "/tmp/Lantern Makers.pdf")
    assert doc.format == "pdf"
    assert doc.id == "lantern-makers"
    assert [(s.label, s.title) for s in doc.sections] == [
        ("4", "The Lantern Makers: Glass and Tin in Old Bristol")
    ]
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(body) == 1
    assert "Their trade grew with the port itself, and by 1850" in body[0]
    at = doc.text.index("port itself")
    loc = doc.source_map.locate(at, at + 4)
    assert loc is not None and loc.page == 2
    first = doc.source_map.locate(doc.text.index("tin, glass"))
    assert first is not None and first.page == 1


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="encrypted"):
        pdf.read(make_pdf(PAGES, encrypt=True), "locked.pdf")


def test_corrupt_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="corrupt"):
        pdf.read(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "broken.pdf")


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(InputError, match="no text layer"):
        pdf.read(make_pdf([[], []]), "scan.pdf")


def test_extraction_time_limit() -> None:
    with pytest.raises(InputError, match="longer than"):
        pdf.extract_pages(make_pdf(PAGES), "slow.pdf", time_limit=0.001)


def test_a_long_pdf_is_read_in_batches_of_pages(monkeypatch) -> None:
    pages = [[f"Ledger page {n}: the keeper counted {n * 3} barrels of oil."] for n in range(1, 8)]
    data = make_pdf(pages)
    whole = pdf.extract(data, "ledger.pdf")
    monkeypatch.setattr(pdf, "PAGES_PER_BATCH", 3)
    batched = pdf.extract(data, "ledger.pdf")
    assert [p.number for p in batched.pages] == list(range(1, 8))
    assert batched.page_texts() == whole.page_texts()
    assert (batched.title, batched.outline, batched.info) == (whole.title, whole.outline, whole.info)


def test_join_pages_offsets() -> None:
    text, spans = pdf.join_pages(["ab", "", "cde"])
    assert [text[s:e] for s, e in spans] == ["ab", "", "cde"]


# ---------------------------------------------------------------- geometry
# Pages drawn with reportlab's canvas: every line placed where a layout tool
# would set it, so the reader must find order and roles from positions and type.

reportlab = pytest.importorskip("reportlab")






LEFT = [
    "The ferry company of the lower river kept three boats",
    "in service through the winter months, and its pilots",
    "knew every sandbar between the mill town and the sea.",
    "When the ice came early in the cold year, the company",
    "moved its smallest boat into the dry dock by the gov-",
]
RIGHT = [
    "ernment warehouse, where carpenters rebuilt its hull",
    "with oak planks from the upland forests. The work took",
    "two months and cost more than the boat had earned.",
    "Passengers waited on the quay for the spring thaw.",
]


def _two_column_page(c, number: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(72, 760, f"River Trades Exhibit   {number}")  # running header
    c.drawCentredString(306, 40, f"Page {number}")  # running footer
    if number == 1:
        _lines(c, 72, 700, ["B"], "Times-Bold", 16, 18)
        _lines(c, 72, 682, ["The Winter Fleet"], "Times-Bold", 16, 18)
    _lines(c, 72, 640, LEFT)
    _lines(c, 330, 640, RIGHT)


def test_geometry_columns_running_heads_and_hyphens() -> None:
    (doc,) = pdf.read(_canvas_pdf(_two_column_page, pages=3), "/tmp/river.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [("B", "The Winter Fleet")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "by the government warehouse, where carpenters" in paragraphs[0]
    # the right column follows the left one, and page 2 follows page 1
    assert paragraphs[0].index("sandbar") < paragraphs[0].index("oak planks")
    for text in paragraphs:
        assert "River Trades" not in text and "Page " not in text
    at = doc.text.index("oak planks")
    box = doc.source_map.box(at, at + len("oak planks"))
    assert box is not None and box[0] == 1 and 329 <= box[1] < 400 and 130 < box[2] < 170


def _caption_page(c, number: int) -> None:
    y = _lines(c, 72, 720, ["The Lamp Room"], "Helvetica-Bold", 18, 22)
    y = _lines(c, 72, y - 10, [
        "Keepers trimmed the wicks twice each night and carried the oil",
        "up ninety steps from the store below, a task that the",
    ])
    c.rect(72, y - 130, 200, 120)
    y = _lines(c, 72, y - 145, [
        "Left: A keeper polishes the great lens before the evening watch.",
        "Courtesy of the Harbour Light Museum",
    ], "Times-Italic", 8.5, 10)
    _lines(c, 72, y - 8, [
        "youngest keeper was given on his first day. The log books record",
        "every lighting and every storm across forty years.",
    ])


def test_geometry_caption_inside_paragraph_with_credit() -> None:
    (doc,) = pdf.read(_canvas_pdf(_caption_page), "/tmp/lamp.pdf")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "caption", "credit"]
    para = doc.text[doc.blocks[1].start : doc.blocks[1].end]
    assert "a task that the youngest keeper was given" in para
    caption = doc.blocks[2]
    assert caption.position == "Left"
    assert doc.text[caption.start : caption.end] == (
        "A keeper polishes the great lens before the evening watch."
    )
    assert caption.credit == "Courtesy of the Harbour Light Museum"


def _soft_hyphen_page(c, number: int) -> None:
    _lines(c, 72, 700, [
        "The weavers sold their cloth at the autumn mar\u00ad",
        "ket, and the guild kept a ledger of every bolt.",
    ], "Helvetica", 10, 13)


def test_soft_hyphens_and_metadata_title() -> None:
    (doc,) = pdf.read(_canvas_pdf(_soft_hyphen_page, title="Guild Ledgers"), "/tmp/ledger.pdf")
    assert doc.title == "Guild Ledgers"
    assert "autumn market, and the guild" in doc.text
    for mark in "\u00ad\ufffe\u0002":
        assert mark not in doc.text


def _figure_page(c, number: int) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    y = _lines(c, 72, 720, ["The Signal Station"], "Helvetica-Bold", 18, 22)
    y = _lines(c, 72, y - 10, ["Flags on the mast told ships which berth was free that morning."])
    picture = Image.new("RGB", (40, 30), (120, 90, 60))
    c.drawImage(ImageReader(picture), 72, y - 160, width=240, height=150)
    _lines(c, 72, y - 175, ["Above: The station mast in a storm, seen from the pier."],
           "Times-Italic", 8.5, 10)


def test_images_are_figures_linked_to_their_caption() -> None:
    (doc,) = pdf.read(_canvas_pdf(_figure_page), "/tmp/signal.pdf")
    (figure,) = doc.figures
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert figure.caption == caption.id and caption.position == "Above"
    assert figure.page == 1 and figure.box is not None
    x0, top, x1, bottom = figure.box
    assert abs(x0 - 72) < 1 and abs((x1 - x0) - 240) < 1 and abs((bottom - top) - 150) < 1
    assert figure.data is not None and figure.data.startswith(b"\x89PNG") and figure.mime == "image/png"
    assert figure.alt is None


def test_image_bomb_keeps_only_its_box(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf.IMAGE_LIMITS, "max_pixels", 100)
    content = pdf.read_geometry(_canvas_pdf(_figure_page))
    (image,) = content.pages[0].images
    assert image.pixels == (40, 30) and image.data is None


def test_figures_survive_the_store_round_trip() -> None:
    import json

    from vitrina.serialize import document_from_dict, document_to_dict

    (doc,) = pdf.read(_canvas_pdf(_figure_page), "/tmp/signal.pdf")
    back = document_from_dict(json.loads(json.dumps(document_to_dict(doc))))
    assert back.figures == doc.figures and back.figures[0].data == doc.figures[0].data


def test_ligature_glyph_is_two_letters_each_with_a_box() -> None:
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian fonts-dejavu-core
    if not font.exists():
        pytest.skip("no TrueType font with a ligature glyph")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))

    def page(c, number: int) -> None:
        _lines(c, 72, 700, ["The of\ufb01ce of the harbour master kept the tide tables."],
               "DejaVuSans", 10, 13)

    content = pdf.read_geometry(_canvas_pdf(page))
    (line,) = content.pages[0].lines
    assert "office" in line.text
    assert len(line.boxes) == 4 * len(line.text)


def _caps_heading_page(c, number: int) -> None:
    y = _lines(c, 72, 720, ["THE NIGHT FERRY"], "Times-Roman", 10, 22)
    _lines(c, 72, y, [
        "The last boat left the pier at eleven and crossed the bay in forty minutes,",
        "carrying mail, milk churns and the few passengers who missed the evening one.",
    ])


def test_heading_in_body_size_capitals() -> None:
    (doc,) = pdf.read(_canvas_pdf(_caps_heading_page), "/tmp/ferry.pdf")
    assert [s.title for s in doc.sections] == ["THE NIGHT FERRY"]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def _intro_over_columns(c, number: int) -> None:
    y = _lines(c, 72, 720, [
        "The salt marsh covers the low ground between the dunes and the old sea wall.",
        "Its creeks fill twice a day, and the birds follow the tide in and out.",
    ])
    y = _lines(c, 72, y - 10, [
        "Wardens count the geese each winter from the hide on the northern bank and",
        "record the numbers in a ledger kept since the reserve opened.",
    ])
    _lines(c, 72, y - 14, LEFT[:4])
    _lines(c, 330, y - 14, RIGHT[1:])


def test_full_width_paragraphs_above_two_columns() -> None:
    (doc,) = pdf.read(_canvas_pdf(_intro_over_columns), "/tmp/marsh.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].endswith("in and out.")
    assert paragraphs[1].startswith("Wardens count") and paragraphs[1].endswith("reserve opened.")
    assert paragraphs[2].startswith("The ferry company")


def _turned_sheet(c, number: int) -> None:
    """A landscape page set on portrait paper: the page says /Rotate 90 and every line
    is drawn turned on the paper, so it reads upright as shown."""
    c.setPageSize((792, 612))  # reportlab keeps the paper portrait under a quarter turn
    c.setPageRotation(90)
    paper_width = 612
    lines = [
        ("Helvetica-Bold", 20, "The Salt Road"),
        ("Helvetica", 10, "Mule trains carried salt from the coastal pans over the pass"),
        ("Helvetica", 10, "to the valley markets, three days each way in good weather."),
    ]
    y = 540  # from the shown page's bottom edge
    for font, size, text in lines:
        c.saveState()
        c.translate(paper_width - y, 72)  # the shown (72, y) on the paper
        c.rotate(90)
        c.setFont(font, size)
        c.drawString(0, 0, text)
        c.restoreState()
        y -= size * 1.6


def test_geometry_page_rotation_reads_as_shown() -> None:
    data = _canvas_pdf(_turned_sheet)
    content = pdf.extract(data, "/tmp/salt.pdf")
    (page,) = content.pages
    assert (page.width, page.height) == (792, 612)  # landscape, as shown
    assert not any(line.rotated for line in page.lines)
    (doc,) = pdf.read(data, "/tmp/salt.pdf")
    assert doc.title == "The Salt Road"
    assert "over the pass to the valley markets" in doc.text


def _margin_note_page(c, number: int) -> None:
    _lines(c, 72, 720, ["The Mill Race"], "Helvetica-Bold", 18, 22)
    _lines(c, 72, 690, [
        "Water from the upper pond turned the wheel of the mill",
        "for more than a century before the dam was removed.",
    ], "Helvetica", 10, 14)
    c.saveState()  # a note set up the right margin, in the text's own type
    c.translate(560, 200)
    c.rotate(90)
    c.setFont("Helvetica", 10)
    c.drawString(0, 0, "A note set up the margin tells how the miller")
    c.drawString(0, -12, "kept his accounts in a book now held by the town.")
    c.restoreState()
    c.saveState()  # a fold mark in small type: apparatus
    c.translate(30, 300)
    c.rotate(90)
    c.setFont("Helvetica", 6)
    c.drawString(0, 0, "MILL TRAIL LEAFLET 2")
    c.restoreState()


def test_geometry_turned_text_beside_no_picture_is_kept() -> None:
    (doc,) = pdf.read(_canvas_pdf(_margin_note_page), "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Water from the upper pond turned the wheel of the mill for more than a century before the dam was removed.",
        "A note set up the margin tells how the miller kept his accounts in a book now held by the town.",
    ]
    assert "LEAFLET" not in doc.text


def _form_page(c, number: int) -> None:
    """Body text and a filled form field whose value is shown on the page."""
    _lines(c, 72, 700, ["Lantern Fair", "", "Every autumn the village hung paper lanterns along the quay,",
                        "and the fishing boats came in early to see them lit."], size=11)
    c.acroForm.textfield(name="warden", value="Recorded by the quay warden of Moss Harbour",
                         x=72, y=560, width=360, height=20, borderWidth=0)


def test_a_filled_form_field_is_read_with_the_page() -> None:
    (doc,) = pdf.read(_canvas_pdf(_form_page), "/tmp/lanterns.pdf")
    assert "came in early to see them lit" in doc.text
    assert "Recorded by the quay warden of Moss Harbour" in doc.text


def _head_down_panel(c, number: int) -> None:
    """A card's panel printed head down (a half turn in the content, no /Rotate)."""
    c.saveState()
    c.translate(540, 720)
    c.rotate(180)
    _lines(c, 0, 0, ["The Net Lofts", "", "Fishermen mended their nets in tall black sheds above the shingle,",
                     "and the sheds were tarred every spring against the salt wind."], size=11)
    c.restoreState()


def test_a_page_set_head_down_reads_forwards() -> None:
    (doc,) = pdf.read(_canvas_pdf(_head_down_panel), "/tmp/lofts.pdf")
    assert "mended their nets in tall black sheds above the shingle" in doc.text
    assert "tarred every spring against the salt wind" in doc.text


def _tent_card(c, number: int) -> None:
    """A tent card: the far half printed head down, the near half upright."""
    _head_down_panel(c, number)
    _lines(c, 72, 330, ["The Rope Shed", "", "Hemp came in bales from the river barges each autumn."], size=11)


def test_a_head_down_half_beside_an_upright_half_keeps_both() -> None:
    (doc,) = pdf.read(_canvas_pdf(_tent_card), "/tmp/tent.pdf")
    assert "mended their nets in tall black sheds above the shingle" in doc.text
    assert "Hemp came in bales from the river barges each autumn." in doc.text


def test_a_soft_hyphen_code_drawn_inside_a_line_is_a_printed_hyphen() -> None:
    from array import array

    chars = list("two\u00adway lane")
    boxes = array("d")
    x = 0.0
    for ch in chars:  # the code drawn with a hyphen-wide glyph: the producer's hyphen
        width = 3.4 if ch == "\u00ad" else 5.0
        boxes.extend((x, 0.0, x + width, 10.0))
        x += width
    assert "".join(pdf._printed_soft_hyphens(chars, boxes, 10.0)) == "two-way lane"
    unprinted = array("d", boxes)
    unprinted[4 * 3 + 2] = unprinted[4 * 3]  # the same code with no width: a break point only
    assert "".join(pdf._printed_soft_hyphens(chars, unprinted, 10.0)) == "two\u00adway lane"


@pytest.mark.parametrize("numbered", [False, True])
def test_pages_that_only_repeat_one_line_keep_it_as_text(numbered: bool) -> None:
    # headers and footers frame a body: when every line repeats, the lines are the body
    line = "The ferry crossed the sound twice a day in 1911."
    pages = [[f"Sheet {n}. {line}" if numbered else line] for n in range(1, 6)]
    (doc,) = pdf.read(make_pdf(pages), "/tmp/ferry.pdf")
    assert doc.text.count("The ferry crossed the sound") == 5


def test_a_header_on_every_page_is_still_dropped_above_a_body() -> None:
    def draw(c, page: int) -> None:  # type: ignore[no-untyped-def]
        _lines(c, 72, 760, ["Harbour Lantern Gallery"], size=8)
        _lines(c, 72, 680, [f"The keeper lit the lamp at dusk on day {page} of the storm, and the",
                            "schooner found the harbour mouth before the tide turned."])

    (doc,) = pdf.read(_canvas_pdf(draw, pages=4), "/tmp/lamp.pdf")
    assert "Harbour Lantern Gallery" not in doc.text and doc.text.count("The keeper lit the lamp") == 4


def test_a_citation_counts_its_line_on_the_page_it_names() -> None:
    pages = [
        ["The Copper Works", "Ada Brun ran the copper works in the valley town.", "The furnace burned all winter."],
        ["The second page opens with a line about the river barges.", "Its next line says the works closed."],
    ]
    (doc,) = pdf.read(make_pdf(pages), "/tmp/copper.pdf")
    from vitrina.model import SourceMap

    stored = SourceMap(doc.source_map.path, doc.source_map.segments)  # as the database keeps it: no text
    for words, page, line in [("furnace burned", 1, 3), ("river barges", 2, 1), ("works closed", 2, 2)]:
        at = doc.text.index(words)
        for source_map in (doc.source_map, stored):
            loc = source_map.locate(at, at + len(words))
            assert loc is not None and (loc.page, loc.line) == (page, line), words


def _two_lines_pdf(first: str, second: str) -> bytes:
    """A PDF of two lines in one type and size, no title in its metadata."""
    return _canvas_pdf(lambda c, _n: _lines(c, 60, 720, [first, second], font="Helvetica", size=12, leading=18))


def test_untitled_pdf_titled_by_its_opening_line() -> None:
    """Round 54 red team D12: no metadata title and no larger type: the opening line, not the file name."""
    data = _two_lines_pdf("Tide Table - Port of Amble, spring 1871", "Mary Rowe, pilot, kept the record below.")
    doc = pdf.read(data, "tide_table_amble.pdf")[0]
    assert doc.title == "Tide Table - Port of Amble, spring 1871"
    assert dict(doc.meta)["title_source"] == pdf.OPENING_LINE_SOURCE


def test_untitled_pdf_opening_on_a_wrapped_sentence_keeps_no_title() -> None:
    data = _two_lines_pdf("The ferry across the estuary ran twice a day until the", "bridge opened in 1932.")
    assert pdf.read(data, "ferry_note.pdf")[0].title == "ferry_note"
