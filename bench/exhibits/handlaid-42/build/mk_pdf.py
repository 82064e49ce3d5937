"""Writes the HTML sources (build/pluto_src/) and renders the four PDFs with PlutoPrint (PlutoBook)."""
import os, html, plutoprint
import content
from breaker import break_lines, to_html, width
from content import DOCS, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "pluto_src")
os.makedirs(SRC, exist_ok=True)
E = lambda s: html.escape(s, quote=False)
GREY = "#b9b9b9"


def render(name, doc_html, size):
    p = os.path.join(SRC, name + ".html")
    open(p, "w", encoding="utf-8").write(doc_html)
    book = plutoprint.Book(size, plutoprint.PAGE_MARGINS_NONE)
    book.load_url(p)
    book.write_to_pdf(os.path.join(OUT, name + ".pdf"))


def marked(text, marks):
    for a, b in marks:
        assert text.count(a) == 1, a
        text = text.replace(a, b)
    return text


# ------------------------------------------------------------------ 1. large-print guide: PlutoBook breaks lines
def roentgen():
    d = DOCS["roentgen_xrays_1895"]
    css = """
@page { size: A4; margin: 24mm 20mm 26mm 22mm;
  @top-left { content: "Large print guide"; font: bold 11pt 'Liberation Sans'; }
  @top-right { content: "The New Light"; font: 11pt 'Liberation Sans'; }
  @bottom-left { content: "Halden Street Museum of Medicine"; font: 11pt 'Liberation Sans'; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: bold 11pt 'Liberation Sans'; } }
body { font: 16pt/1.45 'Liberation Sans'; color: #111; margin: 0; }
.kicker { font-size: 13pt; letter-spacing: 1pt; text-transform: uppercase; margin: 0 0 4mm; }
h1 { font-size: 30pt; line-height: 1.15; margin: 0 0 6mm; }
h1 span { display: block; } h1 .l2 { font-size: 22pt; font-weight: normal; }
.intro { font-weight: bold; margin: 0 0 8mm; }
.room { font-size: 14pt; font-weight: bold; border-top: 2pt solid #111; padding-top: 3mm; margin: 9mm 0 0; }
h2 { font-size: 22pt; margin: 1mm 0 4mm; }
p { margin: 0 0 5mm; }
.pic { width: 60mm; height: 34mm; background: %s; margin: 2mm 0 3mm; }
.cap { margin: 0 0 2mm; } .credit { font-size: 14pt; margin: 0 0 6mm; }
.quote { border-left: 4pt solid #111; padding-left: 5mm; margin: 4mm 0 6mm; font-size: 20pt; }
.quote .by { font-size: 14pt; display: block; }
table { border-collapse: collapse; margin: 2mm 0 7mm; font-size: 14pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
td { border: 1pt solid #444; padding: 1.5mm 3mm; vertical-align: top; }
.note { font-size: 14pt; margin-top: 3mm; }
.side { border: 2pt solid #111; padding: 5mm; margin-top: 8mm; }
.side h2 { margin-top: 0; }
""" % GREY
    h = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>The New Light: Large print guide"
         "</title><style>%s</style></head><body>" % css]
    h.append("<p class='kicker'>%s</p>" % E(d["kicker"]))
    h.append("<h1><span>%s</span><span class='l2'>%s</span></h1>" % tuple(map(E, d["title_lines"])))
    h.append("<p class='intro'>%s</p>" % E(d["intro"]))
    for i, s in enumerate(d["sections"]):
        h.append("<p class='room'>%s</p><h2>%s</h2>" % (E(s["label"]), E(s["title"])))
        for j, p in enumerate(s["paras"]):
            h.append("<p>%s</p>" % E(p))
            if i == 1 and j == 0:
                h.append("<div class='quote'>Quotation on the wall: %s<span class='by'>%s</span></div>"
                         % (E(d["pullquote"]), E(d["pullquote_by"])))
        if i == 1:
            h.append("<table><caption>%s</caption>%s</table>" % (E(d["table_title"]), "".join(
                "<tr><td><b>%s</b></td><td>%s</td></tr>" % (E(a), E(b)) for a, b in d["table"])))
        if s["caption"]:
            c = s["caption"]
            h.append("<div class='pic'></div><p class='cap'><b>%s:</b> %s</p><p class='credit'>%s</p>"
                     % (E(c["position"]), E(c["text"]), E(c["credit"])))
        if i == 2:
            h.append("<p class='note'>%s</p>" % E(d["note"]))
    sb = d["sidebar"]
    h.append("<div class='side'><h2>%s</h2>%s</div>" % (E(sb["title"]), "".join("<p>%s</p>" % E(p) for p in sb["paras"])))
    h.append("</body></html>")
    render("roentgen_xrays_1895", "\n".join(h), plutoprint.PAGE_SIZE_A4)


# ------------------------------------------------------------------ 2. A3 wall panel in bands (my lines)
def davy():
    d = DOCS["davy_lamp_1815"]
    BODY, LH, COLW = 12.5, 17, 312  # pt
    marks = [("silver dinner service.", "silver dinner service.*")]

    def para(t, cls="p"):
        return "<p class='%s'>%s</p>" % (cls, to_html(break_lines(marked(t, marks) if "dinner service." in t else t,
                                                                 "serif", BODY, COLW)))
    css = """
@page { size: 297mm 420mm; margin: 0; }
body { margin: 0; font-family: 'Liberation Serif'; color: #1c1c1c; }
.page { position: relative; width: 297mm; height: 420mm; }
.head { position: absolute; left: 18mm; top: 16mm; width: 261mm; }
.kicker { font: bold 11pt 'Liberation Sans'; letter-spacing: 1.5pt; color: #8a3b12; margin: 0 0 3mm; }
.t1 { font: bold 44pt/1.05 'Liberation Sans'; margin: 0; } .t2 { font: italic 28pt/1.2 'Liberation Serif'; margin: 1mm 0 4mm; }
.intro { font: italic 15pt/1.35 'Liberation Serif'; margin: 0; }
.bands { position: absolute; left: 18mm; top: 74mm; width: 261mm; }
.band { display: flex; border-top: 1.5pt solid #1c1c1c; padding-top: 3mm; margin-bottom: 5mm; }
.tab { width: 18mm; flex: none; }
.tab span { display: block; width: 13mm; height: 13mm; background: #8a3b12; color: white; font: bold 26pt/13mm 'Liberation Sans'; text-align: center; }
.main { flex: 1; }
.main h2 { font: bold 19pt 'Liberation Sans'; margin: 0 0 3mm; }
.cols { display: flex; } .col { width: 110mm; } .col + .col { margin-left: 10mm; }
p.p { font-size: 12.5pt; line-height: 17pt; margin: 0 0 6pt; }
.fig { display: flex; margin: 0 0 3mm; } .pic { width: 48mm; height: 38mm; background: %s; flex: none; }
.cap { margin-left: 4mm; font: 10.5pt/13.5pt 'Liberation Sans'; } .cap .cr { font-style: italic; display: block; margin-top: 1.5mm; }
.pq { font: bold italic 17pt/22pt 'Liberation Serif'; color: #8a3b12; border-top: 1pt solid #8a3b12; border-bottom: 1pt solid #8a3b12; padding: 2mm 0; margin: 2mm 0 3mm; }
table { border-collapse: collapse; font: 10.5pt 'Liberation Sans'; margin-top: 2mm; }
table td { border-bottom: 0.75pt solid #999; padding: 1mm 3mm 1mm 0; }
.tt { font: bold 10.5pt 'Liberation Sans'; margin: 2mm 0 1mm; }
.side { background: #efe6d6; padding: 4mm 5mm; margin-left: 18mm; }
.side h2 { font: bold 16pt 'Liberation Sans'; margin: 0 0 2mm; }
.note { font: 9.5pt 'Liberation Sans'; margin: 3mm 0 0 18mm; }
.foot { position: absolute; left: 18mm; top: 404mm; width: 261mm; font: 10pt 'Liberation Sans'; border-top: 0.75pt solid #1c1c1c; padding-top: 2mm; }
.foot .r { position: absolute; right: 0; top: 2mm; font-weight: bold; }
""" % GREY
    S = d["sections"]
    h = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>A Flame in a Cage: Humphry Davy’s "
         "Safety Lamp, 1815</title><style>%s</style></head><body><div class='page'>" % css]
    h.append("<div class='head'><p class='kicker'>%s</p><p class='t1'>%s</p><p class='t2'>%s</p><p class='intro'>%s</p>"
             "</div>" % (E(d["kicker"]), E(d["title_lines"][0]), E(d["title_lines"][1]),
                         to_html(break_lines(d["intro"], "serif-i", 15, 735))))
    h.append("<div class='bands'>")

    def band(s, col1, col2):
        return ("<div class='band'><div class='tab'><span>%s</span></div><div class='main'><h2>%s</h2>"
                "<div class='cols'><div class='col'>%s</div><div class='col'>%s</div></div></div></div>"
                % (E(s["label"]), E(s["title"]), col1, col2))
    # A: one paragraph per column, pull quote under A-2
    h.append(band(S[0], para(S[0]["paras"][0]), para(S[0]["paras"][1]) + "<p class='pq'>%s</p>" % E(d["pullquote"])))
    # B: B-2 runs from the foot of column 1 to column 2, where the picture and its caption come first
    b2a, b2b = S[1]["paras"][1].split(CUT)
    c = S[1]["caption"]
    fig = ("<div class='fig'><div class='pic'></div><div class='cap'><b>%s:</b> %s<span class='cr'>%s</span></div></div>"
           % (E(c["position"]), to_html(break_lines(c["text"], "sans", 10.5, 170, first_indent=width(c["position"] + ": ", "sans-b", 10.5))),
              to_html(break_lines(c["credit"], "sans-i", 10.5, 170))))
    col1 = para(S[1]["paras"][0]) + "<p class='p' style='margin:0'>%s</p>" % to_html(break_lines(b2a, "serif", BODY, COLW))
    b2b_lines = break_lines(b2b, "serif", BODY, COLW)
    col2 = fig + "<p class='p'>%s</p>" % to_html(b2b_lines) + para(S[1]["paras"][2])
    h.append(band(S[1], col1, col2))
    t = d["table"]
    tab = "<p class='tt'>%s</p><table>%s</table>" % (E(d["table_title"]), "".join(
        "<tr>%s</tr>" % "".join(("<td><b>%s</b></td>" if k == 0 or r == 0 else "<td>%s</td>") % E(x)
                               for k, x in enumerate(row)) for r, row in enumerate(t)))
    h.append(band(S[2], para(S[2]["paras"][0]), para(S[2]["paras"][1]) + tab))
    sb = d["sidebar"]
    h.append("<div class='side'><h2>%s</h2>%s</div>" % (E(sb["title"]), "".join(
        "<p class='p' style='font-size:12pt;line-height:16pt;margin:0'>%s</p>" % to_html(break_lines(p, "serif", 12, 640))
        for p in sb["paras"])))
    h.append("<p class='note'>%s</p>" % E(d["note"]))
    h.append("</div><div class='foot'>%s<span class='r'>%s</span></div></div></body></html>" % tuple(map(E, d["running"])))
    render("davy_lamp_1815", "\n".join(h), plutoprint.PageSize(297 * 72 / 25.4, 420 * 72 / 25.4))


# ------------------------------------------------------------------ 3. catalogue entry, 2 A4 pages, numbered paragraphs
def venus():
    d = DOCS["venus_de_milo_1820"]
    X0, X1 = 92, 530  # body column (pt)
    BODY, LH = 10.5, 14.6
    TOP2, BOT = 78, 742
    marks = [("different witnesses.", "different witnesses.1"), ("made for one of them.", "made for one of them.2")]
    pages = [[], []]
    pg, y = 0, 0

    def place(s, p=None):
        (pages[pg if p is None else p]).append(s)

    # page 1 furniture
    place("<div class='rh' style='left:57pt'>%s</div>" % E(d["running"][0]), 0)
    place("<div class='fo' style='left:57pt'>%s</div>" % E(d["running"][2]), 0)
    place("<div class='rh' style='right:57pt;text-align:right'>%s</div>" % E(d["running"][1]), 1)
    place("<div class='fo' style='right:57pt;text-align:right'>%s</div>" % E(d["running"][3]), 1)
    place("<div class='ab kicker' style='left:%dpt;top:62pt'>%s</div>" % (X0, E(d["kicker"])), 0)
    place("<div class='ab num' style='left:50pt;top:74pt'>%s</div>" % E(d["number"]), 0)
    place("<div class='ab t1' style='left:%dpt;top:78pt'>%s</div>" % (X0, E(d["title_lines"][0])), 0)
    place("<div class='ab t2' style='left:%dpt;top:110pt'>%s</div>" % (X0, E(d["title_lines"][1])), 0)
    place("<div class='ab tomb' style='left:%dpt;top:140pt'>%s</div>" % (X0, "<br>".join(map(E, d["tombstone"]))), 0)
    il = break_lines(d["intro"], "serif-i", 12.5, X1 - X0)
    place("<div class='ab intro' style='left:%dpt;top:188pt;width:%dpt'>%s</div>" % (X0, X1 - X0, to_html(il)), 0)
    y = 188 + len(il) * 17 + 16
    bottoms = [BOT - 64, BOT]  # page 1 keeps room for note 1
    num = 0

    def lines_block(lines, cls="body", lh=LH, x=X0):
        nonlocal pg, y
        i = 0
        while i < len(lines):
            room = int((bottoms[pg] - y) // lh)
            if room <= 0:
                pg, y = pg + 1, TOP2
                continue
            chunk = lines[i:i + room]
            place("<div class='ab %s' style='left:%dpt;top:%.1fpt;width:%dpt'>%s</div>" % (cls, x, y, X1 - x, to_html(chunk)))
            y += len(chunk) * lh
            i += len(chunk)

    for si, s in enumerate(d["sections"]):
        y += 8
        place("<div class='ab h2' style='left:%dpt;top:%.1fpt'><span class='lab'>%s</span> %s</div>" % (X0 - 36, y, E(s["label"]), E(s["title"])))
        y += 22
        for pi, p in enumerate(s["paras"]):
            num += 1
            t = p
            for a, b in marks:
                if a in t:
                    t = t.replace(a, b)
            lines = break_lines(t, "serif", BODY, X1 - X0)
            if si == 2 and pi == 1:  # picture and caption set inside III-2 after its fourth line
                if int((bottoms[pg] - y) // LH) <= 0:
                    pg, y = pg + 1, TOP2
                place("<div class='ab pn' style='left:57pt;top:%.1fpt'>%d</div>" % (y + 1, num))
                lines_block(lines[:4])
                y += 6
                c = s["caption"]
                place("<div class='ab pic' style='left:%dpt;top:%.1fpt;width:170pt;height:120pt'></div>" % (X0, y))
                cl = break_lines(c["text"], "sans", 9, X1 - X0 - 184, first_indent=width(c["position"] + ": ", "sans-b", 9))
                place("<div class='ab cap' style='left:%dpt;top:%.1fpt;width:%dpt'><b>%s:</b> %s<br><i>%s</i></div>"
                      % (X0 + 184, y + 2, X1 - X0 - 184, E(c["position"]), to_html(cl), E(c["credit"])))
                y += 130
                lines_block(lines[4:])
            else:
                if int((bottoms[pg] - y) // LH) <= 0:
                    pg, y = pg + 1, TOP2
                place("<div class='ab pn' style='left:57pt;top:%.1fpt'>%d</div>" % (y + 1, num))
                lines_block(lines)
            y += 6
        if si == 1:
            y += 4
            place("<div class='ab pq' style='left:%dpt;top:%.1fpt;width:%dpt'>%s</div>" % (X0 + 40, y, X1 - X0 - 80, E(d["pullquote"])))
            y += 40
    y += 10
    sb = d["sidebar"]
    sl = break_lines(sb["paras"][0], "sans", 9.5, X1 - X0 - 24)
    hgt = 26 + len(sl) * 13 + 12
    place("<div class='ab side' style='left:%dpt;top:%.1fpt;width:%dpt;height:%dpt'></div>" % (X0, y, X1 - X0, hgt))
    place("<div class='ab sh' style='left:%dpt;top:%.1fpt'>%s</div>" % (X0 + 12, y + 8, E(sb["title"])))
    place("<div class='ab sp' style='left:%dpt;top:%.1fpt;width:%dpt'>%s</div>" % (X0 + 12, y + 28, X1 - X0 - 24, to_html(sl)))
    place("<div class='ab fn' style='left:%dpt;top:%dpt;width:%dpt'>%s</div>" % (X0, BOT - 28, X1 - X0, E(d["notes"][0])), 0)
    place("<div class='ab fn' style='left:%dpt;top:%dpt;width:%dpt'>%s</div>" % (X0, BOT + 14, X1 - X0, E(d["notes"][1])), 1)
    css = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Serif'; color: #222; }
.page { position: relative; width: 595.28pt; height: 841.89pt; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.ab { position: absolute; }
.rh { position: absolute; top: 34pt; font: italic 9pt 'Liberation Sans'; width: 300pt; }
.fo { position: absolute; top: 800pt; font: bold 9pt 'Liberation Sans'; width: 100pt; }
.kicker { font: bold 8.5pt 'Liberation Sans'; letter-spacing: 1pt; color: #7a2e2e; }
.num { font: bold 34pt 'Liberation Sans'; color: #7a2e2e; }
.t1 { font: bold 24pt 'Liberation Serif'; } .t2 { font: italic 19pt 'Liberation Serif'; }
.tomb { font: 8.5pt/11pt 'Liberation Sans'; color: #555; }
.intro { font: italic 12.5pt/17pt 'Liberation Serif'; }
.h2 { font: bold 12pt 'Liberation Sans'; } .lab { color: #7a2e2e; display: inline-block; width: 30pt; }
.body { font-size: 10.5pt; line-height: 14.6pt; }
.pn { font: bold 8pt 'Liberation Sans'; color: #999; }
.pic { background: %s; }
.cap { font: 9pt/12pt 'Liberation Sans'; }
.pq { font: italic 15pt/19pt 'Liberation Serif'; color: #7a2e2e; text-align: center; }
.side { background: #ece7df; } .sh { font: bold 10.5pt 'Liberation Sans'; } .sp { font: 9.5pt/13pt 'Liberation Sans'; }
.fn { font: 8pt 'Liberation Sans'; border-top: 0.5pt solid #777; padding-top: 3pt; }
""" % GREY
    h = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Cat. 23: The Venus de Milo</title>"
         "<style>%s</style></head><body>" % css]
    for p in pages:
        h.append("<div class='page'>%s</div>" % "\n".join(p))
    h.append("</body></html>")
    render("venus_de_milo_1820", "\n".join(h), plutoprint.PAGE_SIZE_A4)


# ------------------------------------------------------------------ 4. A3 landscape, depth scale, three columns
def trieste():
    d = DOCS["trieste_dive_1960"]
    BODY, LH, CW = 12, 16.5, 320
    XS = [118, 468, 818]
    out = []
    # depth scale first in the stream
    for k, lab in enumerate(d["scale"]):
        out.append("<div class='ab sc' style='left:22pt;top:%.1fpt'>%s</div>" % (40 + k * 66, E(lab)))
    out.append("<div class='ab rule' style='left:88pt;top:40pt;height:740pt'></div>")
    out.append("<div class='ab kicker' style='left:118pt;top:34pt'>%s</div>" % E(d["kicker"]))
    tl = d["title_lines"]
    out.append("<div class='ab t1' style='left:118pt;top:50pt'>%s</div>" % E(tl[0]))
    out.append("<div class='ab t2' style='left:118pt;top:96pt'>%s</div>" % E(tl[1]))
    out.append("<div class='ab t3' style='left:118pt;top:128pt'>%s</div>" % E(tl[2]))
    il = break_lines(d["intro"], "serif-i", 14, 640)
    out.append("<div class='ab intro' style='left:118pt;top:168pt;width:660pt'>%s</div>" % to_html(il))
    ys = [250, 250, 250]
    marks = [("Mariana Trench.", "Mariana Trench.†")]

    def put(col, html_, hgt):
        out.append("<div class='ab' style='left:%dpt;top:%.1fpt;width:%dpt'>%s</div>" % (XS[col], ys[col], CW, html_))
        ys[col] += hgt

    def head(col, s):
        put(col, "<div class='h2'><span class='lab'>%s</span><br>%s</div>" % (E(s["label"]), E(s["title"])), 44)

    def para(col, t, gap=8):
        for a, b in marks:
            t = t.replace(a, b)
        ls = break_lines(t, "serif", BODY, CW)
        put(col, "<div class='body'>%s</div>" % to_html(ls), len(ls) * LH + gap)

    def figure(col, c, hgt, cap_first=False):
        cl = break_lines(c["text"], "sans", 10, CW, first_indent=width(c["position"] + ": ", "sans-b", 10))
        cap = "<div class='cap'><b>%s:</b> %s<br><i>%s</i></div>" % (E(c["position"]), to_html(cl), E(c["credit"]))
        ch = (len(cl) + 1) * 13 + 4
        if cap_first:
            put(col, cap, ch + 4)
            put(col, "<div class='pic' style='height:%dpt'></div>" % hgt, hgt + 10)
        else:
            put(col, "<div class='pic' style='height:%dpt'></div>" % hgt, hgt + 5)
            put(col, cap, ch + 8)

    S = d["sections"]
    head(0, S[0]); para(0, S[0]["paras"][0]); figure(0, S[0]["caption"], 110); para(0, S[0]["paras"][1])
    sb = d["sidebar"]
    sl = break_lines(sb["paras"][0], "sans", 10, CW - 20)
    put(1, "<div class='side'><div class='sh'>%s</div>%s</div>" % (E(sb["title"]), to_html(sl)), len(sl) * 13 + 50)
    head(1, S[1]); para(1, S[1]["paras"][0])
    put(1, "<div class='pq'>%s</div>" % E(d["pullquote"]), 56)
    a, b = S[1]["paras"][1].split(CUT)
    para(1, a, 0)
    figure(2, S[1]["caption"], 120, cap_first=True)
    para(2, b)
    head(2, S[2]); para(2, S[2]["paras"][0]); para(2, S[2]["paras"][1])
    out.append("<div class='ab note' style='left:118pt;top:772pt'>%s</div>" % E(d["note"]))
    out.append("<div class='ab foot' style='left:118pt;top:800pt;width:1030pt'>%s<span>%s</span></div>" % tuple(map(E, d["running"])))
    css = """
@page { size: 420mm 297mm; margin: 0; }
body { margin: 0; font-family: 'Liberation Serif'; color: #10243a; }
.page { position: relative; width: 1190.55pt; height: 841.89pt; background: white; }
.ab { position: absolute; }
.sc { font: 9pt 'Liberation Sans'; color: #4a6a8a; width: 60pt; text-align: right; }
.rule { border-left: 2pt solid #4a6a8a; width: 0; }
.kicker { font: bold 10pt 'Liberation Sans'; letter-spacing: 2pt; color: #2f6f9f; }
.t1 { font: bold 38pt 'Liberation Sans'; } .t2 { font: bold 24pt 'Liberation Sans'; } .t3 { font: italic 22pt 'Liberation Serif'; }
.intro { font: italic 14pt/19pt 'Liberation Serif'; }
.h2 { font: bold 17pt/21pt 'Liberation Sans'; } .lab { font-size: 11pt; color: #2f6f9f; letter-spacing: 1pt; }
.body { font-size: 12pt; line-height: 16.5pt; }
.pic { background: %s; }
.cap { font: 10pt/13pt 'Liberation Sans'; }
.pq { font: bold italic 16pt/20pt 'Liberation Serif'; color: #2f6f9f; border-left: 3pt solid #2f6f9f; padding-left: 8pt; }
.side { background: #dde8f0; padding: 8pt 10pt; font: 10pt/13pt 'Liberation Sans'; }
.sh { font: bold 12pt 'Liberation Sans'; margin-bottom: 4pt; }
.note { font: 8.5pt 'Liberation Sans'; }
.foot { font: 9.5pt 'Liberation Sans'; border-top: 0.75pt solid #10243a; padding-top: 4pt; }
.foot span { position: absolute; right: 0; font-weight: bold; }
""" % GREY
    h = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Seven Miles Down: The Trieste, 1960"
         "</title><style>%s</style></head><body><div class='page'>%s</div></body></html>" % (css, "\n".join(out)))
    render("trieste_dive_1960", h, plutoprint.PageSize(420 * 72 / 25.4, 297 * 72 / 25.4))
    return ys


if __name__ == "__main__":
    roentgen(); davy(); venus(); print("trieste column ends", trieste())
