# Raft of the Medusa: B5, two columns, justified by placing each word; painted by PDFium (pypdfium2)
import ctypes, os, sys, subprocess
import pypdfium2 as pdfium
import pypdfium2.raw as R
import content, layout
from layout import Doc, Flow, width, prep

NAME = "medusa_raft_1816"
EX = content.EX[NAME]
W, H = 499, 709
M = 45
CW = (W - 2 * M - 16) / 2
X1, X2 = M, M + CW + 16
BODY, LEAD = ("TR", 10.5), 14
RED = (0.62, 0.12, 0.08)
GREY = (0.45, 0.45, 0.45)
BOX = (0.78, 0.78, 0.78)

layout.MARKSTYLE["sup"] = True
doc = Doc()
p1 = doc.page(W, H)
p2 = doc.page(W, H)
notes_at = {}


def finish(p):
    # notes, then header and folio are drawn at the END of each page
    if p in notes_at:
        x, y = notes_at[p]
        doc.rect(p, x, y + 12, 60, 0.5, (0, 0, 0))
        f = Flow(doc, [(p, x, y + 8, CW, 0)])
        f.lines(EX["notes"][0], "TR", 8, 10, "ragged")
    doc.text(p, M, H - 28, "HR", 8, EX["running"][0], GREY)
    s = EX["running"][1]
    doc.text(p, W - M - width("HI", 8, s), H - 28, "HI", 8, s, GREY)
    fo = EX["folios"][p]
    if p == 0:
        doc.text(p, M, 26, "HB", 9, fo)
    else:
        doc.text(p, W - M - width("HB", 9, fo), 26, "HB", 9, fo)


cols = [(0, X1, 452, CW, 52), (0, X2, 452, CW, 80), (1, X1, H - 50, CW, 52), (1, X2, H - 50, CW, 52)]
state = {"page": 0}


def on_col(fl):
    p = fl.col[0]
    if p != state["page"]:
        finish(state["page"])
        state["page"] = p


# --- page 1 top
doc.text(0, M, H - 62, "HB", 8.5, EX["kicker"], RED)
y = H - 100
for ln in EX["title_lines"]:
    doc.text(0, M, y, "TB", 25, ln)
    y -= 30
doc.rect(0, W - M - 110, H - 150, 110, 92, BOX)  # uncaptioned picture
top = Flow(doc, [(0, M, H - 170, W - 2 * M, 0)])
top.lines(prep(EX["intro"]), "TI", 12, 15.5, "ragged")
doc.rect(0, M, 462, W - 2 * M, 0.8, RED)

fl = Flow(doc, cols, on_col)


def para(text, indent):
    parts = [prep(t) for t in text.split("|")]
    return parts, indent


def heading(sec):
    fl.ensure(62)
    if fl.y < fl.col[2] - 1:
        fl.space(10)
    fl.lines(sec["label"], "HB", 19, 22, "ragged", color=(0.6, 0.6, 0.6))
    fl.lines(sec["title"], "TB", 13, 16, "ragged", hyphenate=False)
    fl.space(4)


def caption_left(c):
    tw = CW - 112
    t = c["pos"] + ": " + c["text"]
    h = max(78, fl.height(t, "HI", 8.5, 10.5, tw) + 12)
    fl.ensure(h + 8)
    p, x, _, _, _ = fl.col
    fl.space(4)
    doc.rect(p, x, fl.y - 78, 104, 78, BOX)
    sub = Flow(doc, [(p, x + 112, fl.y, tw, 0)])
    sub.lines(t, "HI", 8.5, 10.5, "ragged", hyphenate=False)
    sub.lines(c["credit"], "HR", 7.5, 9.5, "ragged", color=GREY, hyphenate=False)
    fl.space(h + 4)


def caption_above(c):
    fl.ensure(150)
    p, x, _, _, _ = fl.col
    fl.space(6)
    doc.rect(p, x, fl.y - 104, CW, 104, BOX)
    fl.space(110)
    fl.lines(c["pos"] + ": " + c["text"], "HI", 8.5, 10.5, "ragged", hyphenate=False)
    fl.lines(c["credit"], "HR", 7.5, 9.5, "ragged", color=GREY, hyphenate=False)


def mark_cb(fl_, s):
    if any(0xE000 <= ord(ch) < 0xE040 for ch in s):
        notes_at[fl_.col[0]] = (X2, 58)


for si, sec in enumerate(EX["sections"]):
    heading(sec)
    for pi, ptxt in enumerate(sec["paras"]):
        parts = [prep(t) for t in ptxt.split("|")]
        for k, part in enumerate(parts):
            fl.lines(part, BODY[0], BODY[1], LEAD, "words", indent=(12 if pi and k == 0 else 0),
                     line_cb=mark_cb)
            if k < len(parts) - 1:
                caption_left(sec["caption"])
    if sec.get("caption") and sec["caption"]["pos"] == "Above":
        caption_above(sec["caption"])
    if si == 2:  # pull quote after section III
        fl.ensure(80)
        fl.space(10)
        p, x = fl.col[0], fl.col[1]
        doc.rect(p, x, fl.y, CW, 1.2, RED)
        fl.space(8)
        fl.lines(EX["pullquote"], "TI", 15, 18, "centre", color=RED, hyphenate=False)
        doc.rect(p, x, fl.y - 4, CW, 1.2, RED)
        fl.space(12)

# sidebar (tinted) then table
sb = EX["sidebar"]
body = prep(sb["paras"][0])
h = 22 + fl.height(body, "HR", 9, 12, CW - 16) + 12
fl.ensure(h + 10)
fl.space(10)
p, x = fl.col[0], fl.col[1]
doc.rect(p, x, fl.y - h, CW, h, (0.93, 0.89, 0.80))
sub = Flow(doc, [(p, x + 8, fl.y - 8, CW - 16, 0)])
sub.lines(sb["title"], "HB", 11, 14, "ragged")
sub.lines(body, "HR", 9, 12, "ragged")
fl.space(h + 12)
t = EX["table"]
fl.ensure(20 + 14 * len(t["rows"]))
fl.lines(t["title"], "HB", 9, 13, "ragged")
for a, b in t["rows"]:
    p, x = fl.col[0], fl.col[1]
    doc.rect(p, x, fl.y, CW, 0.5, GREY)
    doc.text(p, x + 2, fl.y - 10, "HR", 8.5, a)
    doc.text(p, x + CW - 2 - width("HB", 8.5, b), fl.y - 10, "HB", 8.5, b)
    fl.space(14)
finish(state["page"])
assert fl.col[0] == 1, "overflow"
doc.save(os.path.join(content.HERE, NAME + ".ops.json"))

# ---- paint with PDFium
pdf = pdfium.PdfDocument.new()
fonts = {}


def font(f):
    if f not in fonts:
        fonts[f] = R.FPDFText_LoadStandardFont(pdf.raw, layout.BASE14[f].encode())
    return fonts[f]


for pg in doc.pages:
    page = pdf.new_page(pg["w"], pg["h"])
    for op in pg["ops"]:
        if op[0] == "T":
            _, f, size, x, y, s, col, tw = op
            assert tw == 0
            obj = R.FPDFPageObj_NewTextObj(pdf.raw, layout.BASE14[f].encode(), ctypes.c_float(size)) if False else \
                R.FPDFPageObj_CreateTextObj(pdf.raw, font(f), ctypes.c_float(size))
            buf = (s + "\0").encode("utf-16-le")
            arr = ctypes.create_string_buffer(buf, len(buf))
            R.FPDFText_SetText(obj, ctypes.cast(arr, ctypes.POINTER(R.FPDF_WCHAR)))
            R.FPDFPageObj_SetFillColor(obj, *[int(round(c * 255)) for c in col], 255)
            R.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            R.FPDFPage_InsertObject(page.raw, obj)
        else:
            _, x, y, w, h, col = op
            obj = R.FPDFPageObj_CreateNewRect(x, y, w, h)
            R.FPDFPageObj_SetFillColor(obj, *[int(round(c * 255)) for c in col], 255)
            R.FPDFPath_SetDrawMode(obj, R.FPDF_FILLMODE_ALTERNATE, 0)
            R.FPDFPage_InsertObject(page.raw, obj)
    page.gen_content()
out = os.path.join(content.OUT, NAME + ".pdf")
pdf.save(out)
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
content.write_gold(NAME)
for p, c, s in fl.log:
    pass
print("ok", NAME)
