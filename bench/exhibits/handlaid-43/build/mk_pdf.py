"""Write the HTML sources of the four PDFs and print them with headless Firefox ESR (Gecko layout, cairo PDF)."""
import html, os, sys
from content import DOCS
from ffprint import print_all

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "ff_src")
os.makedirs(SRC, exist_ok=True)
E = html.escape


def mark(text, word, sym):
    """Glue a note mark after the first occurrence of word (HTML only, not gold)."""
    assert word in text, word
    return text.replace(word, word + '<sup>%s</sup>' % sym, 1)


BASE = """
@page { size: %(w)scm %(h)scm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { font-family: 'Liberation Serif', serif; color: #1c1c1c }
.page { width: %(w)scm; height: %(h)scm; position: relative; overflow: hidden; box-sizing: border-box;
        break-after: page; page-break-after: always }
.page:last-child { break-after: auto; page-break-after: auto }
.pic { background: #b9b9b9 }
p { margin: 0 }
"""


def doc(title, css, body, w, h):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>%s%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (E(title), BASE % dict(w=w, h=h), css, body))


# ---------------------------------------------------------------- herculaneum: A4 catalogue essay, pp. 58-59
def herculaneum():
    d = DOCS["herculaneum_papyri_1752"]
    s1, s2, s3 = d["sections"]
    css = """
.page { padding: 1.9cm 2cm 2.2cm 2.2cm }
.rh { position: absolute; top: 0.9cm; font: 8.5pt 'Liberation Sans'; letter-spacing: 0.04em; color: #555 }
.rh.l { left: 2.2cm } .rh.r { right: 2cm }
.foot { position: absolute; bottom: 0.9cm; left: 2.2cm; right: 2cm; font: 8.5pt 'Liberation Sans'; color: #555;
        border-top: 0.4pt solid #999; padding-top: 3pt; display: flex; justify-content: space-between }
.kicker { font: bold 8.5pt 'Liberation Sans'; text-transform: uppercase; letter-spacing: 0.12em; color: #8a3b12 }
h1 { font: bold 27pt/1.08 'Liberation Serif'; margin: 6pt 0 10pt } h1 span { display: block }
h1 span.t2 { font-style: italic; font-weight: normal; font-size: 21pt; color: #8a3b12 }
.intro { font: italic 12.5pt/1.35 'Liberation Serif'; margin-bottom: 14pt; width: 88% }
.cols { columns: 2; column-gap: 0.75cm; font-size: 11pt; line-height: 1.36; text-align: justify;
        hyphens: auto; -moz-hyphens: auto }
.cols p + p { text-indent: 1.2em } .cols p.cont { text-indent: 0 } .cols p.brk { text-align-last: auto }
.lab { font: bold 8pt 'Liberation Sans'; text-transform: uppercase; letter-spacing: 0.14em; color: #8a3b12;
       margin: 10pt 0 1pt; break-after: avoid }
h2 { font: bold 13pt/1.2 'Liberation Sans'; margin: 0 0 4pt; break-after: avoid }
.lab:first-child { margin-top: 0 }
figure { margin: 6pt 0 7pt; break-inside: avoid } figure .pic { height: 5.4cm }
figcaption { font: 8.3pt/1.3 'Liberation Sans'; margin-top: 3pt; text-align: left; hyphens: manual }
figcaption b { color: #8a3b12 } .credit { display: block; color: #666; font-style: italic }
sup { font-size: 6.5pt; line-height: 0 }
.note { position: absolute; bottom: 1.55cm; left: 2.2cm; right: 2cm; font-size: 8pt; color: #333 }
.pq { column-span: all; font: italic 17pt/1.25 'Liberation Serif'; color: #8a3b12; text-align: center;
      border-top: 1pt solid #8a3b12; border-bottom: 1pt solid #8a3b12; padding: 6pt 1.5cm; margin: 10pt 0 }
table { border-collapse: collapse; width: 100%; font: 8.5pt/1.3 'Liberation Sans'; margin: 8pt 0; text-align: left;
        break-inside: avoid }
caption { font-weight: bold; text-align: left; padding-bottom: 2pt }
td { border-top: 0.5pt solid #aaa; padding: 2pt 4pt 2pt 0; vertical-align: top } td.k { font-weight: bold; width: 45% }
.side { background: #efe6d8; padding: 9pt 11pt; margin-top: 12pt; font-size: 9.6pt; line-height: 1.36 }
.side h3 { font: bold 11pt 'Liberation Sans'; margin: 0 0 3pt }
"""
    P = lambda t, cls="": '<p%s>%s</p>' % (' class="%s"' % cls if cls else "", t)
    a1 = mark(E(s1["paras"][0][0]), "many metres deep.", "*")
    c = s1["caption"]
    fig = ('<figure><div class="pic"></div><figcaption><b>%s:</b> %s <span class="credit">%s</span></figcaption></figure>'
           % (c["position"], E(c["text"]), E(c["credit"])))
    p1 = ['<div class="rh l">%s</div>' % E(d["running"][0]),
          '<div class="kicker">%s</div>' % E(d["kicker"]),
          '<h1><span>%s</span><span class="t2">%s</span></h1>' % tuple(E(t) for t in d["title_lines"]),
          '<p class="intro">%s</p>' % E(d["intro"]),
          '<div class="cols" style="height:17.6cm; column-fill:auto">',
          '<div class="lab">%s</div><h2>%s</h2>' % (s1["label"], E(s1["title"])),
          P(a1), P(E(s1["paras"][1][0])), fig, P(E(s1["paras"][1][1]), "cont"),
          '<div class="lab">%s</div><h2>%s</h2>' % (s2["label"], E(s2["title"])),
          P(E(s2["paras"][0][0])), P(E(s2["paras"][1][0])), P(E(s2["paras"][2][0])),
          '<div class="lab">%s</div><h2>%s</h2>' % (s3["label"], E(s3["title"])), P(E(s3["paras"][0][0]), "brk"),
          '</div>',
          '<div class="note">%s</div>' % E(d["note"]),
          '<div class="foot"><span>%s</span><span>%s</span></div>' % (E(d["running"][1]), d["running"][2])]
    tname, rows = d["table"]
    tab = ('<table><caption>%s</caption>%s</table>' % (E(tname), "".join(
        '<tr><td class="k">%s</td><td>%s</td></tr>' % (E(k), E(v)) for k, v in rows)))
    sb = d["sidebar"]
    p2 = ['<div class="rh r">%s</div>' % E(d["running"][0]),
          '<div class="cols">',
          P(E(s3["paras"][0][1]), "cont"),
          '<div class="pq">%s</div>' % E(d["pull"]),
          P(E(s3["paras"][1][0])), tab,
          '</div>',
          '<div class="side"><h3>%s</h3>%s</div>' % (E(sb["title"]), "".join(P(E(t)) for t in sb["paras"])),
          '<div class="foot"><span>%s</span><span>%s</span></div>' % (d["running"][3], E(d["running"][1]))]
    body = '<div class="page">%s</div>\n<div class="page">%s</div>' % ("\n".join(p1), "\n".join(p2))
    return doc("Books Turned to Charcoal — Dunmore Library of Antiquities", css, body, 21, 29.7), 21, 29.7


# ---------------------------------------------------------------- clifton: A3 wall panel, title at the foot
def clifton():
    d = DOCS["clifton_bridge_1864"]
    s1, s2, s3 = d["sections"]
    css = """
body { font-family: 'Liberation Sans', sans-serif }
.kicker { position: absolute; top: 1.6cm; left: 2cm; font: bold 12pt 'Liberation Sans'; letter-spacing: 0.2em;
          text-transform: uppercase; color: #2f5d62 }
.col { position: absolute; top: 3cm; width: 7.9cm; font: 12.4pt/1.42 'Liberation Serif'; text-align: left;
       hyphens: auto; -moz-hyphens: auto }
.c1 { left: 2cm } .c2 { left: 10.9cm } .c3 { left: 19.8cm }
.col p { margin-bottom: 7pt } .col p.cont { }
.head { display: flex; align-items: flex-start; gap: 8pt; margin: 0 0 7pt }
.num { flex: none; width: 1.15cm; height: 1.15cm; border-radius: 50%; background: #2f5d62; color: #fff;
       font: bold 20pt/1.15cm 'Liberation Sans'; text-align: center }
h2 { font: bold 17pt/1.15 'Liberation Sans'; margin: 4pt 0 0; color: #1f3b3e }
.sec + .sec { margin-top: 14pt }
.diagram { position: relative; height: 4.6cm; margin: 10pt 0 4pt }
.diagram span { position: absolute; font: 8.5pt 'Liberation Sans'; color: #222 }
.cap { font: 9.8pt/1.3 'Liberation Sans'; margin: 3pt 0 10pt; hyphens: manual } .cap b { color: #2f5d62 }
.credit { display: block; color: #555; font-size: 8.6pt }
.figrow { display: flex; gap: 8pt; margin: 8pt 0 } .figrow .pic { flex: none; width: 4.3cm; height: 3.4cm }
.figrow .cap { margin: 0 }
.pq { position: absolute; left: 10.9cm; width: 7.9cm; top: 19.6cm; font: italic 19pt/1.25 'Liberation Serif';
      color: #2f5d62; border-left: 3pt solid #2f5d62; padding-left: 10pt }
.side { background: #dfe9e6; padding: 10pt 12pt; margin-top: 12pt; font: 11pt/1.4 'Liberation Sans' }
.side h3 { margin: 0 0 4pt; font: bold 13pt 'Liberation Sans' }
sup { font-size: 8pt; line-height: 0 }
.note { position: absolute; left: 19.8cm; width: 7.9cm; top: 29.1cm; font: 9pt 'Liberation Sans'; color: #333 }
.band { position: absolute; left: 0; right: 0; top: 30.6cm; height: 9.4cm; background: #1f3b3e; color: #fff;
        padding: 0.9cm 2cm; box-sizing: border-box }
.band h1 { margin: 0 0 10pt; font: bold 50pt/1.02 'Liberation Sans' } .band h1 span { display: block }
.band h1 .t2 { font-weight: normal; font-size: 38pt; color: #bfe0da }
.band .intro { font: italic 15pt/1.35 'Liberation Serif'; width: 19cm }
.foot { position: absolute; left: 2cm; right: 2cm; bottom: 0.8cm; display: flex; justify-content: space-between;
        font: 10pt 'Liberation Sans'; color: #444 }
"""
    def head(s):
        return '<div class="head"><div class="num">%s</div><h2>%s</h2></div>' % (s["label"], E(s["title"]))
    P = lambda t, cls="": '<p%s>%s</p>' % (' class="%s"' % cls if cls else "", t)
    c1, c3 = s1["caption"], s3["caption"]
    lab = d["diagram"]
    diagram = ('<div class="diagram pic"><span style="left:6pt;top:6pt">%s</span><span style="right:6pt;top:6pt">%s</span>'
               '<span style="left:34%%;top:42%%">%s</span><span style="left:22%%;bottom:8pt">%s</span></div>'
               % tuple(E(x) for x in lab))
    sb = d["sidebar"]
    col1 = ['<div class="col c1"><div class="sec">', head(s1)] + [P(E(p[0])) for p in s1["paras"]] + [
        diagram, '<div class="cap"><b>%s:</b> %s <span class="credit">%s</span></div>' % (c1["position"], E(c1["text"]), E(c1["credit"])),
        '</div>', '<div class="side"><h3>%s</h3>%s</div>' % (E(sb["title"]), "".join(P(E(t)) for t in sb["paras"])),
        '</div>']
    col2 = ['<div class="col c2"><div class="sec">', head(s2), P(E(s2["paras"][0][0])), P(E(s2["paras"][1][0])),
            '</div></div>', '<div class="pq">%s</div>' % E(d["pull"])]
    p3b = mark(E(s3["paras"][1][0]), "a salute of guns.", "†")
    col3 = ['<div class="col c3">', P(E(s2["paras"][1][1]), "cont"), '<div class="sec">', head(s3), P(E(s3["paras"][0][0])),
            P(p3b), P(E(s3["paras"][2][0])),
            '<div class="figrow"><div class="pic"></div><div class="cap"><b>%s:</b> %s <span class="credit">%s</span></div></div>'
            % (c3["position"], E(c3["text"]), E(c3["credit"])), '</div></div>',
            '<div class="note">%s</div>' % E(d["note"])]
    band = ('<div class="band"><h1><span>%s</span><span class="t2">%s</span></h1><p class="intro">%s</p></div>'
            % (E(d["title_lines"][0]), E(d["title_lines"][1]), E(d["intro"])))
    foot = '<div class="foot"><span>%s</span><span>%s</span></div>' % (E(d["running"][0]), d["running"][1])
    body = '<div class="page">%s</div>' % "\n".join(['<div class="kicker">%s</div>' % E(d["kicker"])] + col1 + col2 + col3 + [band, foot])
    return doc("A Bridge Across the Gorge — Panel 6", css, body, 29.7, 42), 29.7, 42


# ---------------------------------------------------------------- frankenstein: A4 handout, 2 pages
def frankenstein():
    d = DOCS["frankenstein_1818"]
    sA, sB, sC = d["sections"]
    css = """
.page { padding: 2.1cm 2cm 2.3cm 4.2cm }
.rh { position: absolute; top: 1cm; left: 4.2cm; right: 2cm; font: italic 9pt 'Liberation Serif'; color: #5b2a4e;
      border-bottom: 0.5pt solid #5b2a4e; padding-bottom: 2pt }
.foot { position: absolute; bottom: 1cm; left: 4.2cm; right: 2cm; font: 8.5pt 'Liberation Sans'; color: #444;
        display: flex; justify-content: space-between }
.sticky { position: absolute; top: 1.9cm; right: 1.6cm; width: 5.6cm; background: #f6e9a6; padding: 9pt 10pt;
          transform: rotate(2deg); font: 9.3pt/1.35 'Liberation Sans'; box-shadow: 2pt 2pt 0 #d8c777 }
.sticky h3 { font: bold 10.5pt 'Liberation Sans'; margin: 0 0 3pt }
.kicker { font: bold 9pt 'Liberation Sans'; letter-spacing: 0.1em; color: #5b2a4e; text-transform: uppercase }
h1 { margin: 5pt 0 9pt; width: 8.6cm; font: bold 24pt/1.1 'Liberation Serif' } h1 span { display: block }
h1 .t2 { font-size: 15.5pt; font-style: italic; font-weight: normal; margin-top: 3pt }
.intro { font: bold 11.5pt/1.38 'Liberation Sans'; width: 8.9cm; margin-bottom: 14pt }
.body { font: 11.2pt/1.45 'Liberation Serif'; text-align: justify; hyphens: auto; -moz-hyphens: auto }
.body p { margin-bottom: 6pt } .body p.brk { margin-bottom: 0 }
section { position: relative; margin-bottom: 9pt }
.tab { position: absolute; left: -2.1cm; top: 0; width: 1.2cm; height: 1.2cm; border-radius: 50%;
       border: 1.5pt solid #5b2a4e; color: #5b2a4e; font: bold 18pt/1.2cm 'Liberation Sans'; text-align: center }
h2 { font: bold 13.5pt 'Liberation Sans'; margin: 0 0 4pt; color: #5b2a4e }
.fig { float: right; width: 5.4cm; margin: 4pt 0 4pt 10pt; text-align: left; text-indent: 0 }
.fig .pic { height: 4cm; margin-top: 3pt }
.cap { font: 8.4pt/1.3 'Liberation Sans'; hyphens: manual; display: block } .cap b { color: #5b2a4e }
.credit { display: block; color: #555; font-style: italic }
sup { font-size: 7pt; line-height: 0 }
table { border-collapse: collapse; font: 9.2pt/1.3 'Liberation Sans'; margin: 10pt 0 0; width: 100% }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; color: #5b2a4e }
td { border: 0.5pt solid #bbb; padding: 3pt 5pt } td.k { font-weight: bold; width: 2.2cm; background: #efe4ec }
.note { position: absolute; bottom: 1.6cm; left: 4.2cm; right: 2cm; font: 8pt 'Liberation Sans'; color: #333;
        border-top: 0.4pt solid #999; padding-top: 2pt }
"""
    P = lambda t, cls="": '<p%s>%s</p>' % (' class="%s"' % cls if cls else "", t)
    sb = d["sidebar"]
    c = sB["caption"]
    anchor = "brought back by electricity,"
    b1 = E(sB["paras"][0][0])
    fig = ('<span class="fig"><span class="cap"><b>%s:</b> %s <span class="credit">%s</span></span>'
           '<span class="pic" style="display:block"></span></span>' % (c["position"], E(c["text"]), E(c["credit"])))
    b1 = b1.replace(anchor, anchor + " " + fig, 1)
    def sec(s, paras):
        return ('<section><div class="tab">%s</div><h2>%s</h2>%s</section>' % (s["label"], E(s["title"]), "".join(paras)))
    p1 = ['<div class="sticky"><h3>%s</h3>%s</div>' % (E(sb["title"]), "".join(P(E(t)) for t in sb["paras"])),
          '<div class="rh">%s</div>' % E(d["running"][0]),
          '<div class="kicker">%s</div>' % E(d["kicker"]),
          '<h1><span>%s</span><span class="t2">%s</span></h1>' % tuple(E(t) for t in d["title_lines"]),
          '<p class="intro">%s</p>' % E(d["intro"]),
          '<div class="body">',
          sec(sA, [P(E(p[0])) for p in sA["paras"]]),
          sec(sB, [P(b1), P(E(sB["paras"][1][0]))]),
          sec(sC, [P(mark(E(sC["paras"][0][0]), "five hundred copies.", "*"), "brk")]),
          '</div>',
          '<div class="note">%s</div>' % E(d["note"]),
          '<div class="foot"><span>%s</span><span>%s</span></div>' % (E(d["running"][1]), d["running"][2])]
    tname, rows = d["table"]
    tab = '<table><caption>%s</caption>%s</table>' % (E(tname), "".join(
        '<tr><td class="k">%s</td><td>%s</td></tr>' % (E(k), E(v)) for k, v in rows))
    p2 = ['<div class="rh">%s</div>' % E(d["running"][0]),
          '<div class="body">', P(E(sC["paras"][0][1])),
          "".join(P(E(p[0])) for p in sC["paras"][1:]), tab, '</div>',
          '<div class="foot"><span>%s</span><span>%s</span></div>' % (E(d["running"][1]), d["running"][3])]
    body = '<div class="page">%s</div>\n<div class="page">%s</div>' % ("\n".join(p1), "\n".join(p2))
    return doc("The Monster’s Birthplace — Reading Room Notes 14", css, body, 21, 29.7), 21, 29.7


# ---------------------------------------------------------------- plimsoll: roll-up banner 85 x 200 cm
def plimsoll():
    d = DOCS["plimsoll_line_1876"]
    s1, s2, s3 = d["sections"]
    css = """
body { font-family: 'Liberation Sans', sans-serif }
.page { padding: 0 }
.kicker { padding: 5cm 5cm 1.2cm; font: bold 40pt 'Liberation Sans'; letter-spacing: 0.25em; text-transform: uppercase;
          color: #a3202a }
.band { background: #a3202a; color: #fff; padding: 2.2cm 5cm 2.4cm }
.band h1 { margin: 0; font: bold 150pt/1.02 'Liberation Sans' } .band h1 span { display: block }
.band h1 .t2 { font: italic 110pt/1.1 'Liberation Serif'; margin-top: 14pt }
.intro { margin: 2.4cm 5cm 1.5cm; font: bold 62pt/1.3 'Liberation Sans'; color: #222 }
.sec { position: relative; margin: 0 5cm; padding: 1.4cm 9cm 0 0; border-top: 3pt solid #a3202a }
.sec h2 { font: bold 84pt/1.15 "Liberation Sans"; margin: 0 0 0.8cm 0; color: #a3202a }
.sec p { font: 50pt/1.4 'Liberation Serif'; margin: 0 0 0.8cm; hyphens: auto; -moz-hyphens: auto }
.sec p.brk { margin-bottom: 0 }
.big { position: absolute; right: 0; top: 1cm; font: bold 250pt/1 'Liberation Sans'; color: #f0c9c4 }
.pband { background: #f2d8d4; margin: 1.2cm -14cm 1.2cm -5cm; padding: 1.6cm 5cm; font: italic 84pt/1.2 'Liberation Serif';
         color: #a3202a; text-align: center }
.fig { float: left; display: flex; gap: 1cm; width: 50cm; margin: 0.5cm 1.5cm 0.8cm 0 }
.fig .pic { flex: none; width: 24cm; height: 19cm }
.cap { font: 36pt/1.3 'Liberation Sans'; hyphens: manual; display: block; align-self: flex-end } .cap b { color: #a3202a }
.credit { display: block; color: #555; font-size: 30pt; margin-top: 6pt }
.side { clear: both; margin: 2cm 5cm 0; background: #1f2a44; color: #fff; padding: 2cm 2.4cm; font: 46pt/1.4 'Liberation Sans' }
.side h3 { margin: 0 0 0.8cm; font: bold 64pt 'Liberation Sans' }
.audio { margin: 2cm 5cm 0; display: flex; gap: 1.5cm; align-items: center; font: bold 40pt 'Liberation Sans' }
.qr { width: 8cm; height: 8cm; background: #b9b9b9 }
.sponsor { position: absolute; bottom: 6cm; left: 5cm; right: 5cm; font: 32pt 'Liberation Sans'; color: #333;
           border-top: 1.5pt solid #999; padding-top: 1cm }
.foot { position: absolute; bottom: 0; left: 0; right: 0; height: 4cm; background: #a3202a; color: #fff;
        font: bold 32pt/4cm 'Liberation Sans'; padding: 0 5cm }
"""
    P = lambda t, cls="": '<p%s>%s</p>' % (' class="%s"' % cls if cls else "", t)
    c = s3["caption"]
    fig = ('<span class="fig"><span class="pic"></span><span class="cap"><b>%s:</b> %s <span class="credit">%s</span></span></span>'
           % (c["position"], E(c["text"]), E(c["credit"])))
    s3p2 = E(s3["paras"][1][0])
    anchor = "agreed on common rules."
    s3p2 = s3p2.replace(anchor, anchor + " " + fig, 1)
    def sec(s, inner):
        return '<div class="sec"><h2>%s</h2>%s<div class="big">%s</div></div>' % (E(s["title"]), inner, s["label"])
    sb = d["sidebar"]
    parts = ['<div class="kicker">%s</div>' % E(d["kicker"]),
             '<div class="band"><h1><span>%s</span><span class="t2">%s</span></h1></div>' % tuple(E(t) for t in d["title_lines"]),
             '<p class="intro">%s</p>' % E(d["intro"]),
             sec(s1, "".join(P(E(p[0])) for p in s1["paras"])),
             sec(s2, P(E(s2["paras"][0][0])) + P(E(s2["paras"][1][0]), "brk") + '<div class="pband">%s</div>' % E(d["pull"])
                 + P(E(s2["paras"][1][1])) + P(E(s2["paras"][2][0]))),
             sec(s3, P(E(s3["paras"][0][0])) + P(s3p2) + P(E(s3["paras"][2][0]))),
             '<div class="side"><h3>%s</h3>%s</div>' % (E(sb["title"]), "".join(P(E(t)) for t in sb["paras"])),
             '<div class="audio"><div class="qr"></div><div>%s</div></div>' % E(d["audio"]),
             '<div class="sponsor">%s</div>' % E(d["sponsor"]),
             '<div class="foot">%s</div>' % E(d["running"][0])]
    body = '<div class="page">%s</div>' % "\n".join(parts)
    return doc("The Line That Saved Sailors — roll-up banner", css, body, 85, 200), 85, 200


BUILDERS = dict(herculaneum_papyri_1752=herculaneum, clifton_bridge_1864=clifton,
                frankenstein_1818=frankenstein, plimsoll_line_1876=plimsoll)

if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILDERS)
    jobs = []
    for n in names:
        src, w, h = BUILDERS[n]()
        hp = os.path.join(SRC, n + ".html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(src)
        jobs.append((hp, os.path.join(OUT, n + ".pdf"), w, h))
    print_all(jobs)
