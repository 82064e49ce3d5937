"""Exhibit 3: carrington_event -- a hand-written PDF content stream assembled with pikepdf (qpdf).
Own line breaking (greedy, justified by placing each word), pyphen en_US hyphenation, standard-14 fonts
(Times, Helvetica; widths from the URW base35 AFM files), WinAnsiEncoding. US Letter, Tufte-like wide margin."""
import os, re, subprocess
import pikepdf, pyphen
from pikepdf import Name, Dictionary, Array
from content import CARRINGTON as D, write_gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
AFM = "/usr/share/fonts/type1/urw-base35/"
FONTS = {"R": ("Times-Roman", "NimbusRoman-Regular"), "B": ("Times-Bold", "NimbusRoman-Bold"),
         "I": ("Times-Italic", "NimbusRoman-Italic"), "H": ("Helvetica", "NimbusSans-Regular"),
         "HB": ("Helvetica-Bold", "NimbusSans-Bold")}
# glyph names for the characters we use that are not plain ASCII (or differ in StandardEncoding)
SPECIAL = {"’": "quoteright", "‘": "quoteleft", "'": "quotesingle", "—": "emdash", "–": "endash", "`": "grave"}

def load_afm(fn):
    by_code, by_name = {}, {}
    for line in open(AFM + fn + ".afm", encoding="latin-1"):
        m = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+) ;", line)
        if m:
            code, w, n = int(m.group(1)), int(m.group(2)), m.group(3)
            by_name[n] = w
            if code >= 0:
                by_code[code] = w
    return by_code, by_name

METRICS = {k: load_afm(v[1]) for k, v in FONTS.items()}

def width(s, font, size):
    by_code, by_name = METRICS[font]
    w = 0
    for ch in s:
        if ch in SPECIAL:
            w += by_name[SPECIAL[ch]]
        else:
            w += by_code[ord(ch)]
    return w * size / 1000.0

def pdfstr(s):
    b = s.encode("cp1252")
    return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

HY = pyphen.Pyphen(lang="en_US")
PW, PH = 612, 792
MAIN_X, MAIN_W = 72, 318
MARG_X, MARG_W = 414, 140
TOP, BOTTOM = 708, 84

class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()
    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP
        self.marg_y = TOP
    def text(self, x, y, s, font, size, gray=0):
        self.ops.append("BT /F%s %.2f Tf %.3f g 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (font, size, gray, x, y, pdfstr(s)))
    def rect(self, x, y, w, h, gray):
        self.ops.append("%.3f g %.2f %.2f %.2f %.2f re f 0 g" % (gray, x, y, w, h))
    def line(self, x1, y1, x2, y2, wdt=0.5):
        self.ops.append("%.2f w 0 G %.2f %.2f m %.2f %.2f l S" % (wdt, x1, y1, x2, y2))

def break_lines(words, font, size, width_avail, first_indent=0):
    """greedy lines; words are (text, note) with note = footnote number or None; hyphenates with pyphen."""
    lines, cur, curw = [], [], 0
    sp = width(" ", font, size)
    avail = width_avail - first_indent
    queue = list(words)
    while queue:
        w, note = queue.pop(0)
        ww = width(w, font, size) + (width(str(note), font, size * 0.62) if note else 0)
        need = ww + (sp if cur else 0)
        if curw + need <= avail:
            cur.append((w, note)); curw += need
            continue
        # try to hyphenate
        done = False
        if not note and len(w) > 4 and w.isalpha():
            for pre, post in HY.iterate(w):
                if curw + (sp if cur else 0) + width(pre + "-", font, size) <= avail:
                    cur.append((pre + "-", None)); queue.insert(0, (post, None)); done = True
                    break
        lines.append(cur)
        avail = width_avail
        if done:
            cur, curw = [], 0
        else:
            cur, curw = [(w, note)], ww
    if cur:
        lines.append(cur)
    return lines

def set_para(doc, text, font="R", size=11.5, lead=15.2, indent=0, notes=None, insert_after=None, insert=None, x=MAIN_X, w=MAIN_W, justify=True):
    words = []
    notes = notes or {}
    for tok in text.split():
        words.append((tok, notes.get(tok)))
    lines = break_lines(words, font, size, w, indent)
    for i, ln in enumerate(lines):
        if doc.y - lead < BOTTOM:
            doc.new_page()
        doc.y -= lead
        lx = x + (indent if i == 0 else 0)
        avail = w - (indent if i == 0 else 0)
        natural = sum(width(t, font, size) + (width(str(n), font, size * 0.62) if n else 0) for t, n in ln)
        gaps = len(ln) - 1
        sp = width(" ", font, size)
        last = (i == len(lines) - 1)
        gap = sp if (last or not justify or gaps == 0) else (avail - natural) / gaps
        cx = lx
        for t, n in ln:
            doc.text(cx, doc.y, t, font, size)
            cx += width(t, font, size)
            if n:
                doc.text(cx + 0.5, doc.y + size * 0.38, str(n), font, size * 0.62)
                cx += width(str(n), font, size * 0.62) + 0.5
                sidenote(doc, n)
            cx += gap
        if insert_after is not None and i == insert_after:
            insert(doc)

def sidenote(doc, n):
    y = min(doc.y, doc.marg_y)
    lines = break_lines([(t, None) for t in D["footnotes"][n - 1].split()], "R", 8, MARG_W - 8)
    doc.text(MARG_X, y, str(n), "R", 6)
    for k, ln in enumerate(lines):
        doc.text(MARG_X + 8, y - k * 10, " ".join(t for t, _ in ln), "R", 8)
    doc.marg_y = y - len(lines) * 10 - 8

def caption_lines(doc, c, x, w, y, size=8.5, lead=11):
    words = [(t, None) for t in (c["position"] + ": ").split()] + [(t, None) for t in c["text"].split()]
    lines = break_lines(words, "H", size, w)
    first = True
    for ln in lines:
        cx = x
        for t, _ in ln:
            f = "HB" if first and t == c["position"].split()[-1] + ":" or (first and t in c["position"].split()) else "H"
            doc.text(cx, y, t, f, size)
            cx += width(t, f, size) + width(" ", "H", size)
        first = False
        y -= lead
    for ln in break_lines([(t, None) for t in c["credit"].split()], "I", size, w):
        doc.text(x, y, " ".join(t for t, _ in ln), "I", size, gray=0.3)
        y -= lead
    return y

def heading(doc, sec):
    if doc.y - 48 < BOTTOM:
        doc.new_page()
    doc.y -= 30
    doc.text(MARG_X, doc.y - 2, sec["label"], "HB", 20, gray=0.55)
    doc.text(MAIN_X, doc.y, sec["title"], "B", 15)
    doc.marg_y = min(doc.marg_y, doc.y - 14)
    doc.y -= 4

def page_furniture(doc):
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        furn = []
        furn.append("BT /FH 8 Tf 0.35 g 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (MAIN_X, 740, pdfstr(D["header"].upper())))
        furn.append("0.5 w 0.4 G %.2f 734 m %.2f 734 l S 0 G" % (MAIN_X, MARG_X + MARG_W))
        f = D["footer_fmt"].format(page=i)
        furn.append("BT /FH 8 Tf 0.35 g 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (MARG_X + MARG_W - width(f, "H", 8), 48, pdfstr(f)))
        ops[:0] = furn  # drawn first, so the running lines open each page in the text

doc = Doc()
# title block
doc.text(MAIN_X, 690, D["title_lines"][0], "B", 26)
doc.text(MAIN_X, 660, D["title_lines"][1], "B", 26)
doc.y = 642
set_para(doc, D["intro"], font="I", size=12.5, lead=16.5, w=MARG_X + MARG_W - MAIN_X - 40, justify=False)
doc.y -= 6
doc.line(MAIN_X, doc.y, MARG_X + MARG_W, doc.y, 1.2)
doc.marg_y = doc.y - 10

s1, s2, s3 = D["sections"]
def paras(sec):
    return [b["text"] for b in sec["blocks"] if b["kind"] == "paragraph"]
def cap(sec):
    return [b for b in sec["blocks"] if b["kind"] == "caption"][0]

# 01
heading(doc, s1)
p = paras(s1)
set_para(doc, p[0], notes={"Surrey.": 1})
set_para(doc, p[1], indent=14)
doc.y -= 10
h = 84
doc.rect(MAIN_X, doc.y - h, MAIN_W, h, 0.72)
caption_lines(doc, cap(s1), MARG_X, MARG_W, doc.y - 8)
doc.y -= h
# 02: the picture interrupts the first paragraph after its 3rd line
heading(doc, s2)
p = paras(s2)
def pic2(d):
    hh = 78
    assert d.y - hh - 60 > BOTTOM, d.y
    d.y -= 8
    d.rect(MAIN_X, d.y - hh, MAIN_W, hh, 0.62)
    d.y = caption_lines(d, cap(s2), MAIN_X, MAIN_W, d.y - hh - 11) + 4
set_para(doc, p[0], insert_after=1, insert=pic2, notes={"breakfast,": 2})
set_para(doc, p[1], indent=14)
# 03
heading(doc, s3)
for k, t in enumerate(paras(s3)):
    set_para(doc, t, indent=14 if k else 0)
page_furniture(doc)

pdf = pikepdf.new()
fonts = Dictionary()
for key, (base, _) in FONTS.items():
    fonts["/F" + key] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                     Encoding=Name.WinAnsiEncoding))
for ops in doc.pages:
    content = pdf.make_stream(("\n".join(ops) + "\n").encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]), Contents=content,
                      Resources=Dictionary(Font=fonts))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = " ".join(D["title_lines"])
pdf.docinfo["/Producer"] = "pikepdf %s (hand-written content streams)" % pikepdf.__version__
with open(os.path.join(HERE, "carrington_event.content.txt"), "w", encoding="latin-1") as f:
    for i, ops in enumerate(doc.pages, 1):
        f.write("%% page %d\n" % i + "\n".join(ops) + "\n")
pdf.save(os.path.join(OUT, "carrington_event.pdf"))
subprocess.run(["pdftotext", "-raw", "carrington_event.pdf", "carrington_event.txt"], cwd=OUT, check=True)

title = " ".join(D["title_lines"])
running = [D["header"].upper()] + [D["footer_fmt"].format(page=i) for i in range(1, len(doc.pages) + 1)]
sections = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": D["intro"]}]}] + D["sections"]
write_gold(os.path.join(OUT, "carrington_event.json"), title, running, sections)
print("pages", len(doc.pages))
