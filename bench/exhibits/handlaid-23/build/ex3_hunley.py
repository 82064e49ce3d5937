# The Hunley: A4, two pages, three justified columns (Tw); written by pyHanko's PdfFileWriter
import os, subprocess
import content, layout
from layout import Doc, Flow, width, prep
from pyhanko.pdf_utils.writer import PdfFileWriter
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, NameObject, DictionaryObject, ArrayObject, FloatObject

NAME = "hunley_submarine_1864"
EX = content.EX[NAME]
layout.MARKSTYLE["sup"] = True
W, H = 595, 842
M, G = 40, 14
CW = (W - 2 * M - 2 * G) / 3
XS = [M, M + CW + G, M + 2 * (CW + G)]
BODY, SIZE, LEAD = "TR", 11.5, 15
TEAL = (0.05, 0.36, 0.40)
GREY = (0.42, 0.42, 0.42)
BOX = (0.78, 0.78, 0.78)
RUN1, RUN2 = "Under the Surface", "Sullivan’s Landing Maritime Hall"
FOL = EX["folios"]

doc = Doc()
doc.page(W, H)
doc.page(W, H)


def header(p):
    if p == 0:
        doc.text(p, M, H - 26, "HI", 8, RUN1, GREY)
        doc.text(p, W - M - width("HB", 9, FOL[0]), H - 26, "HB", 9, FOL[0])
    else:
        doc.text(p, M, H - 26, "HB", 9, FOL[1])
        doc.text(p, W - M - width("HR", 8, RUN2), H - 26, "HR", 8, RUN2, GREY)
    doc.rect(p, M, H - 32, W - 2 * M, 0.5, GREY)


note = {}


def draw_note(p):
    if note.get("page") == p:
        x = XS[note["col"]]
        doc.rect(p, x, 58, 40, 0.5, (0, 0, 0))
        f = Flow(doc, [(p, x, 54, CW, 0)])
        f.lines(EX["notes"][0], "TR", 7.5, 9, "ragged", hyphenate=False)


def sidebar_p2():
    sb = EX["sidebar"]
    body = prep(sb["paras"][0])
    h = 24 + Flow(doc, [(1, 0, 0, 0, 0)]).height(body, "HR", 9, 12, W - 2 * M - 24) + 12
    doc.rect(1, M, 46, W - 2 * M, h, (0.86, 0.92, 0.92))
    f = Flow(doc, [(1, M + 12, 46 + h - 10, W - 2 * M - 24, 0)])
    f.lines(sb["title"], "HB", 11, 14, "ragged", color=TEAL)
    f.lines(body, "HR", 9, 12, "ragged")
    return 46 + h + 14


state = {"page": 0}


def on_col(fl):
    p = fl.col[0]
    if p != state["page"]:
        draw_note(state["page"])
        state["page"] = p
        header(p)
        sidebar_p2()  # the positioned sidebar frame is drawn as soon as the flow reaches page 2


# page 1: header first, then the opening
header(0)
doc.text(0, M, H - 62, "HB", 8, EX["kicker"], TEAL)
y = H - 96
for ln in EX["title_lines"]:
    doc.text(0, M, y, "TB", 27, ln)
    y -= 31
f = Flow(doc, [(0, XS[2], H - 50, CW, 0)])
f.lines(prep(EX["intro"]), "TI", 11, 14.5, "ragged", hyphenate=False)
doc.rect(0, M, 636, W - 2 * M, 1.2, TEAL)
doc.rect(0, M, 490, W - 2 * M, 136, BOX)  # wide uncaptioned picture
# measure page-2 sidebar height now so the columns of p2 stop above it
sbh = 46 + 24 + Flow(doc, [(1, 0, 0, 0, 0)]).height(prep(EX["sidebar"]["paras"][0]), "HR", 9, 12,
                                                    W - 2 * M - 24) + 12 + 14
cols = [(0, XS[0], 478, CW, 70), (0, XS[1], 478, CW, 70), (0, XS[2], 478, CW, 70),
        (1, XS[0], H - 46, CW, sbh), (1, XS[1], H - 46, CW, sbh), (1, XS[2], H - 46, CW, sbh)]
fl = Flow(doc, cols, on_col)


def heading(sec):
    fl.ensure(64)
    if fl.y < fl.col[2] - 1:
        fl.space(10)
    fl.lines(sec["title"], "TB", 12, 14.5, "ragged", hyphenate=False)
    fl.lines(sec["label"], "HB", 8, 11, "ragged", color=TEAL)
    fl.space(3)


def cb(fl_, s):
    if any(0xE000 <= ord(ch) < 0xE040 for ch in s):
        note.update(page=fl_.col[0], col=fl_.ci % 3)


def caption_left(c):
    tw = CW - 66
    t = c["pos"] + ": " + c["text"]
    hh = max(72, fl.height(t, "HI", 8, 10, tw) + 22)
    fl.ensure(hh + 8)
    fl.space(4)
    p, x = fl.col[0], fl.col[1]
    doc.rect(p, x, fl.y - 72, 58, 72, BOX)
    sub = Flow(doc, [(p, x + 66, fl.y, tw, 0)])
    sub.lines(t, "HI", 8, 10, "ragged", hyphenate=False)
    sub.lines(c["credit"], "HR", 7, 9, "ragged", color=GREY, hyphenate=False)
    fl.space(hh + 4)


for si, sec in enumerate(EX["sections"]):
    heading(sec)
    for pi, ptxt in enumerate(sec["paras"]):
        parts = [prep(t) for t in ptxt.split("|")]
        for k, part in enumerate(parts):
            fl.lines(part, BODY, SIZE, LEAD, "tw", indent=(10 if pi and k == 0 else 0), line_cb=cb)
            if k < len(parts) - 1:
                caption_left(sec["caption"])
    c = sec.get("caption")
    if c and c["pos"] == "Above":
        fl.ensure(128)
        fl.space(6)
        p, x = fl.col[0], fl.col[1]
        doc.rect(p, x, fl.y - 88, CW, 88, BOX)
        fl.space(93)
        fl.lines(c["pos"] + ": " + c["text"], "HI", 8, 10, "ragged", hyphenate=False)
        fl.lines(c["credit"], "HR", 7, 9, "ragged", color=GREY, hyphenate=False)
    if si == 1:
        fl.ensure(76)
        fl.space(10)
        p, x = fl.col[0], fl.col[1]
        doc.rect(p, x, fl.y, CW, 0.8, TEAL)
        fl.space(8)
        fl.lines(EX["pullquote"], "TB", 13, 16, "centre", color=TEAL, hyphenate=False)
        doc.rect(p, x, fl.y - 3, CW, 0.8, TEAL)
        fl.space(12)
# table with shaded label cells
t = EX["table"]
fl.ensure(22 + 16 * len(t["rows"]))
fl.space(12)
fl.lines(t["title"], "HB", 8.5, 12, "ragged", color=TEAL)
for a, b in t["rows"]:
    p, x = fl.col[0], fl.col[1]
    doc.rect(p, x, fl.y - 15, 60, 15, (0.85, 0.85, 0.85))
    doc.rect(p, x, fl.y - 15, CW, 0.5, GREY)
    doc.text(p, x + 3, fl.y - 11, "HB", 8, a)
    doc.text(p, x + 66, fl.y - 11, "HR", 8, b)
    fl.space(16)
draw_note(state["page"])
assert fl.col[0] == 1
doc.save(os.path.join(content.HERE, NAME + ".ops.json"))


# ---------------- write with pyHanko
def stream_for(ops):
    out = []
    for op in ops:
        if op[0] == "T":
            _, fo, size, x, y, s, col, tw = op
            out.append("BT %.3f %.3f %.3f rg /%s %s Tf %s Tw 1 0 0 1 %s %s Tm <%s> Tj ET" % (
                col[0], col[1], col[2], fo, size, tw, x, y, s.encode("cp1252").hex()))
        else:
            _, x, y, w, h, col = op
            out.append("%.3f %.3f %.3f rg %s %s %s %s re f" % (col[0], col[1], col[2], x, y, w, h))
    return ("\n".join(out) + "\n").encode("latin-1")


info = DictionaryObject({pdf_name("/Producer"): generic.TextStringObject("pyHanko 0.38.0"),
                         pdf_name("/Title"): generic.TextStringObject(content.title(EX))})
w = PdfFileWriter(stream_xrefs=False, info=info)
fonts = DictionaryObject()
for k, base in layout.BASE14.items():
    fonts[pdf_name("/" + k)] = w.add_object(DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/" + base), pdf_name("/Encoding"): pdf_name("/WinAnsiEncoding")}))
res = w.add_object(DictionaryObject({pdf_name("/Font"): fonts}))
for pg in doc.pages:
    cs = w.add_object(generic.StreamObject(stream_data=stream_for(pg["ops"])))
    page = DictionaryObject({
        pdf_name("/Type"): pdf_name("/Page"),
        pdf_name("/MediaBox"): ArrayObject([generic.NumberObject(0), generic.NumberObject(0),
                                            generic.NumberObject(pg["w"]), generic.NumberObject(pg["h"])]),
        pdf_name("/Resources"): res, pdf_name("/Contents"): cs})
    w.insert_page(page)
out = os.path.join(content.OUT, NAME + ".pdf")
with open(out, "wb") as f:
    w.write(f)
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
content.write_gold(NAME, running=[RUN1, RUN2, FOL[0], FOL[1]])
print("ok", NAME)
