"""shetland_bus_1941: A5 gallery booklet typeset by Lpdf's own layout engine (it breaks the lines and pages).
Cover page drawn on a layer; the text section flows with a header region whose right half repeats the
current section title (capture / capture-ref), a footer with the page number, footnotes (fn) and a lenders table."""
import os, re, subprocess
from content import SHETLAND as C
import paint  # sets PATH for the wasmtime stand-in
from lpdf import *
from lib import LIB, FONT_FILES, gold, write_gold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TEAL, GREY, SAND = "#17475a", "#666666", "#efe9dc"
BODY = os.environ.get("R34_BODY", "11pt")
A5 = "419.53pt 595.28pt"

def rich(text, size="10pt"):
    """Paragraph text with ^n^ note marks turned into Lpdf footnotes."""
    parts = re.split(r"\^(\d+)\^", text)
    nodes = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part: nodes.append(part)
        else:
            nodes.append(L.fn(None, [C["notes"][int(part)]]))
    return nodes

def P(text):
    return L.column(ColumnAttr(padding="0pt 0pt 7pt 0pt"), [
        L.text(TextAttr(font="serif", font_size=BODY, line_height="1.35"), rich(text))])

def picture(h):
    return L.shape(ShapeAttr(type="rect", width="335pt", height=h, fill="#c8c8c8"))

# cover page: layer only
cover = paint.Page(419.53, 595.28)
cover.rect(0, 0, 419.53, 595.28, fill=TEAL)
cover.text(36, 40, C["kicker"].upper(), "sans-b", 8, "#cfe3ea")
cover.text(36, 70, C["title_lines"][0], "serif-b", 34, "#ffffff")
cover.text(36, 112, C["title_lines"][1], "serif-i", 15, "#ffffff")
cover.picture(36, 150, 347, 200)
cover.para(36, 372, 347, C["intro"], "serif", 12, 16.5, color="#ffffff")
cover.text(36, 560, "Trondra Sound Heritage Rooms", "sans-b", 8.5, "#cfe3ea")

body = []
for label, title, blocks in C["sections"][:-1]:
    body.append(L.column(ColumnAttr(padding="4pt 0pt 5pt 0pt", paginate="keep-next"), [
        L.text(TextAttr(font="serif-b", font_size="10pt", capture="sec"), [title])]))
    paras = [b for b in blocks if b[0] == "p"]
    caps = [b for b in blocks if b[0] == "cap"]
    def figure(cap):
        if cap[1] == "Above":
            return L.column(ColumnAttr(gap="4pt", padding="2pt 0pt 8pt 0pt", paginate="no"), [
                picture("84pt"),
                L.text(TextAttr(font="sans", font_size="8pt"), [L.span(SpanAttr(font="sans-b"), [cap[1] + ": "]), cap[2]]),
                L.text(TextAttr(font="sans-i", font_size="7.5pt", color=GREY), [cap[3]]),
            ])
        return L.row(RowAttr(gap="10pt", padding="2pt 0pt 8pt 0pt", paginate="no"), [
            L.shape(ShapeAttr(type="rect", width="190pt", height="110pt", fill="#c8c8c8")),
            L.column(ColumnAttr(gap="4pt", width="fill"), [
                L.text(TextAttr(font="sans", font_size="8pt"), [L.span(SpanAttr(font="sans-b"), [cap[1] + ": "]), cap[2]]),
                L.text(TextAttr(font="sans-i", font_size="7.5pt", color=GREY), [cap[3]]),
            ]),
        ])
    for k, b in enumerate(paras):
        body.append(P(b[1]))
        # the Scalloway picture stands between the two paragraphs of its section
        if caps and caps[0][1] == "Above" and k == 0:
            body.append(figure(caps[0]))
    for cap in caps:
        if cap[1] != "Above":
            body.append(figure(cap))

side = C["sections"][-1]
body.append(L.frame(FrameAttr(background=SAND, border="0.8pt " + TEAL, padding="10pt", paginate="no"), [
    L.column(ColumnAttr(gap="5pt"), [
        L.text(TextAttr(font="sans-b", font_size="10pt", color=TEAL), [side[1]]),
        L.text(TextAttr(font="sans", font_size="9pt", line_height="1.35"), [side[2][0][1]]),
    ])]))
rows = [L.thead(NoAttr, [L.td(TdAttr(background=TEAL, padding="3pt", color="#ffffff", font="sans-b", font_size="8pt"), [L.text(NoAttr, ["Lender"])]),
                                        L.td(TdAttr(background=TEAL, padding="3pt", color="#ffffff", font="sans-b", font_size="8pt"), [L.text(NoAttr, ["Lent"])])])]
for who, what in C["lenders"]:
    rows.append(L.tr(NoAttr, [L.td(TdAttr(background=SAND, padding="3pt", font="sans-b", font_size="8pt"), [L.text(NoAttr, [who])]),
                              L.td(TdAttr(padding="3pt", font="sans", font_size="8pt"), [L.text(NoAttr, [what])])]))
body.append(L.text(TextAttr(font="sans-b", font_size="9pt", color=TEAL), ["With thanks to our lenders"]))
body.append(L.table(TableAttr(cols="1fr 1fr"), rows))

header = L.region(RegionAttr(pin="top"), [L.row(RowAttr(justify="between"), [
    L.text(TextAttr(font="sans-i", font_size="7.5pt", color=GREY), [C["title_lines"][0]]),
    L.text(TextAttr(font="sans-i", font_size="7.5pt", color=GREY, capture_ref="sec", capture_mode="first")),
])])
footer = L.region(RegionAttr(pin="bottom"), [L.row(RowAttr(justify="end"), [
    L.text(TextAttr(font="sans-b", font_size="8pt", color=TEAL), ["{page}"])])])

fonts = [FontAttr(name=n, src=LIB + f) for n, f in FONT_FILES.items()]
doc = L.document(DocumentAttr(assets=DocumentAssets(fonts=fonts),
                              meta=DocumentMeta(title=" ".join(C["title_lines"]), creator="Hand-laid set r34 (Lpdf layout engine, build/mk_shetland.py)")), [
    L.section(SectionAttr(size=A5), [L.layer(NoAttr, cover.items)]),
    L.section(SectionAttr(size=A5), [L.layout(LayoutAttr(margin="40pt 42pt 40pt 42pt"), [header, footer] + body)]),
])
pdf_path = os.path.join(OUT, C["name"] + ".pdf")
open(pdf_path, "wb").write(L.engine().render(doc))
subprocess.run(["pdftotext", "-raw", pdf_path, pdf_path[:-4] + ".txt"], check=True)

import json
txt = open(pdf_path[:-4] + ".txt", encoding="utf-8").read()
heads = []
for ln in txt.splitlines():
    if ln.startswith(C["title_lines"][0] + " ") and ln != C["title_lines"][0]:
        h = ln[len(C["title_lines"][0]) + 1:]
        if h not in heads:
            heads.append(h)
folios = sorted({ln for ln in txt.splitlines() if re.fullmatch(r"\d", ln)} - {"1", "2"} | {"1", "2", "3"}, key=int)
running = ["Made with Lpdf", C["title_lines"][0]] + heads + folios
write_gold(os.path.join(OUT, C["name"] + ".json"), gold(C["title_lines"], C["intro"], C["sections"], running))
print("shetland running", running)
