# -*- coding: utf-8 -*-
"""Writes the HTML+CSS source of the four Prince PDFs and runs Prince on them."""
import html, os, re, subprocess, sys
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "prince_src")
PRINCE = os.path.join(HERE, "venv", "bin", "prince")
os.makedirs(SRC, exist_ok=True)

def esc(s):
    return html.escape(s, quote=False)

def marks(s, style="sup"):
    """render note marks; strip the ¦ markers"""
    s = esc(s.replace("¦", ""))
    return re.sub(r"\{([^}]*)\}", lambda m: '<sup class="nm">%s</sup>' % m.group(1), s)

def ptext(s):
    return marks(s)

def cap_html(c, cls="cap"):
    return ('<div class="%s"><p><b class="pos">%s:</b> %s</p><p class="credit">%s</p></div>'
            % (cls, esc(c["position"]), esc(c["text"]), esc(c["credit"])))

BASE_CSS = """
html { font-family: "Liberation Serif", serif; }
body { margin: 0; hyphens: auto; }
p { margin: 0; }
.kicker { font-family: "Liberation Sans", sans-serif; font-weight: bold; letter-spacing: 0.08em; }
.sans { font-family: "Liberation Sans", sans-serif; }
.pic { background: #9a9a9a; }
sup.nm { font-size: 65%; vertical-align: super; line-height: 0; }
.credit { font-style: italic; }
"""

def run(name, html_text, css):
    hp = os.path.join(SRC, name + ".html")
    cp = os.path.join(SRC, name + ".css")
    open(cp, "w").write(BASE_CSS + css)
    open(hp, "w").write(html_text)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run([PRINCE, "--no-network", "-s", cp, hp, "-o", pdf], check=True)
    print("wrote", pdf)

def doc(e, body, lang="en-GB"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n%s\n</body></html>\n'
            % (lang, esc(C.title(e)), body))

# ------------------------------------------------------------------ phonograph: A3 wall panel, 3 unequal columns
def phonograph():
    e = C.PHONOGRAPH
    A, B, Cc = e["sections"]
    b3a, b3b = C.parts(B["paras"][2])
    def head(s):
        return '<h2 class="hd"><span class="lab">%s</span> %s</h2>' % (esc(s["label"]), esc(s["title"]))
    col1 = [head(A)] + ['<p>%s</p>' % ptext(p) for p in A["paras"]]
    col1 += ['<div class="pic picA"></div>', head(B)] + ['<p>%s</p>' % ptext(p) for p in B["paras"][:2]] + ['<p>%s</p>' % ptext(b3a)]
    col3 = ['<p class="cont">%s</p>' % ptext(b3b), '<div class="pic picB"></div>', head(Cc)]
    col3 += ['<p>%s</p>' % ptext(p) for p in Cc["paras"]]
    sb = e["sidebar"]
    side = '<div class="side"><h3>%s</h3>%s</div>' % (esc(sb["title"]), "".join('<p>%s</p>' % ptext(p) for p in sb["paras"]))
    body = f"""
<div class="top">
<p class="kicker">{esc(e['kicker'])}</p>
<h1><span class="t1">{esc(e['title_lines'][0])}</span><br/><span class="t2">{esc(e['title_lines'][1])}</span></h1>
<p class="intro">{esc(e['intro'])}</p>
</div>
<div class="col col1">{''.join(col1)}</div>
<div class="capcol">
<div class="capA">{cap_html(A['caption'])}</div>
<blockquote class="pq">{esc(e['pullquote'])}</blockquote>
<div class="capB">{cap_html(B['caption'])}</div>
</div>
<div class="col col3">{''.join(col3)}{side}</div>
<div class="foot"><span class="fl">{esc(e['footer_left'])}</span><span class="fr">{esc(e['footer_right'])}</span></div>
"""
    css = """
@page { size: A3; margin: 0; }
body { position: relative; width: 297mm; height: 420mm; font-size: 13pt; line-height: 1.34; }
.top { position: absolute; left: 22mm; top: 18mm; width: 253mm; }
.kicker { font-size: 11pt; color: #8a2b1a; margin-bottom: 4mm; }
h1 { margin: 0; line-height: 1.05; hyphens: manual; }
.t1 { font-size: 52pt; font-weight: bold; }
.t2 { font-size: 34pt; font-style: italic; font-weight: normal; }
.intro { font-size: 17pt; font-style: italic; margin-top: 6mm; width: 215mm; line-height: 1.3; }
.col { position: absolute; top: 112mm; }
.col1 { left: 22mm; width: 112mm; }
.capcol { position: absolute; top: 112mm; left: 140mm; width: 44mm; font-size: 10pt; line-height: 1.3; font-family: "Liberation Sans", sans-serif; }
.col3 { left: 190mm; width: 85mm; }
.col p + p { text-indent: 5mm; }
.col p.cont { text-indent: 0; }
h2.hd { font-family: "Liberation Sans", sans-serif; font-size: 17pt; margin: 5mm 0 2.5mm 0; hyphens: manual; line-height: 1.2; }
.col > h2.hd:first-child { margin-top: 0; }
.lab { display: inline-block; background: #8a2b1a; color: white; padding: 0 2.2mm; margin-right: 2mm; }
.picA { height: 56mm; margin: 4mm 0 2mm 0; }
.picB { height: 58mm; margin: 4mm 0 2mm 0; }
.capA { position: absolute; top: 90mm; left: 0; width: 44mm; }
.capB { position: absolute; top: 16mm; left: 0; width: 44mm; }
.cap .pos { font-weight: bold; }
.cap .credit { font-size: 8.8pt; margin-top: 1.5mm; color: #333; }
.pq { position: absolute; top: 152mm; left: 0; width: 44mm; margin: 0; font-family: "Liberation Serif", serif; font-style: italic; font-size: 17pt; line-height: 1.2; color: #8a2b1a; border-top: 2pt solid #8a2b1a; border-bottom: 2pt solid #8a2b1a; padding: 3mm 0; hyphens: manual; }
.side { margin-top: 7mm; background: #efe3c8; padding: 4mm 5mm; transform: rotate(-3deg); border: 1pt solid #b59a5e; font-family: "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.35; }
.side h3 { margin: 0 0 2mm 0; font-size: 14pt; hyphens: manual; }
.foot { position: absolute; left: 22mm; top: 404mm; width: 253mm; font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; border-top: 0.6pt solid #555; padding-top: 1.5mm; }
.fr { float: right; }
"""
    run(e["name"], doc(e, body), css)

# ------------------------------------------------------------------ kodak: A3 landscape, outer side of a folded A4 newsletter (p.4 | p.1)
def kodak():
    e = C.KODAK
    s1, s2, s3 = e["sections"]
    p22a, p22b = C.parts(s2["paras"][1])
    def head(s):
        return '<h2><span class="num">%s</span> %s</h2>' % (esc(s["label"]), esc(s["title"]))
    sb = e["sidebar"]
    table = '<table class="facts"><caption>%s</caption>%s</table>' % (esc(e["table_title"]), "".join(
        '<tr><th>%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in e["table"]))
    page4 = f"""
<div class="half left">
<div class="rh"><span>{esc(e['head_left'])}</span><span class="r">{esc(e['head_right'])}</span></div>
<div class="flow4">
<p class="jump in">◂ {esc(e['jump_in'])}</p>
<p class="noind">{ptext(p22b)}</p>
{head(s3)}
{''.join('<p>%s</p>' % ptext(p) for p in s3['paras'])}
{table}
<div class="side"><h3>{esc(sb['title'])}</h3>{''.join('<p>%s</p>' % ptext(p) for p in sb['paras'])}</div>
</div>
<div class="note">{esc(e['note'])}</div>
<div class="ft"><span>{esc(e['footer'])}</span><span class="folio">4</span></div>
</div>"""
    page1 = f"""
<div class="half right">
<div class="rh"><span>{esc(e['head_left'])}</span><span class="r">{esc(e['head_right'])}</span></div>
<p class="kicker">{esc(e['kicker'])}</p>
<h1>{'<br/>'.join(esc(t) for t in e['title_lines'][:2])}<br/><span class="sub">{esc(e['title_lines'][2])}</span></h1>
<p class="intro">{esc(e['intro'])}</p>
<div class="flow1">
{head(s1)}
<p>{ptext(s1['paras'][0])}</p>
<div class="fig"><div class="pic"></div>{cap_html(s1['caption'])}</div>
<p class="noind">{ptext(s1['paras'][1])}</p>
{head(s2)}
<p>{ptext(s2['paras'][0])}</p>
<p>{ptext(p22a)}</p>
<p class="jump out">{esc(e['jump_out'])} ▸</p>
</div>
<div class="ft"><span>{esc(e['footer'])}</span><span class="folio">1</span></div>
</div>"""
    body = page4 + page1
    css = """
@page { size: 420mm 297mm; margin: 0; }
body { position: relative; width: 420mm; height: 297mm; font-size: 10.6pt; line-height: 1.38; }
.half { position: absolute; top: 0; width: 210mm; height: 297mm; }
.left { left: 0; } .right { left: 210mm; }
.rh { position: absolute; top: 12mm; left: 18mm; width: 174mm; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; border-bottom: 0.8pt solid #222; padding-bottom: 1mm; }
.rh .r, .ft .folio { float: right; }
.ft { position: absolute; top: 280mm; left: 18mm; width: 174mm; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; }
.kicker { position: absolute; top: 22mm; left: 18mm; font-size: 9pt; color: #b3261e; }
h1 { position: absolute; top: 28mm; left: 18mm; width: 174mm; margin: 0; font-size: 30pt; line-height: 1.08; hyphens: manual; }
h1 .sub { font-size: 20pt; font-style: italic; font-weight: normal; }
.intro { position: absolute; top: 68mm; left: 18mm; width: 174mm; font-size: 13pt; font-style: italic; line-height: 1.3; }
.flow1 { position: absolute; top: 92mm; left: 18mm; width: 174mm; height: 182mm; columns: 2; column-gap: 7mm; column-fill: auto; }
.flow4 { position: absolute; top: 22mm; left: 18mm; width: 174mm; height: 150mm; columns: 2; column-gap: 7mm; column-fill: auto; }
h2 { font-family: "Liberation Sans", sans-serif; font-size: 12.5pt; margin: 4mm 0 1.5mm 0; hyphens: manual; line-height: 1.2; }
.flow1 > h2:first-child { margin-top: 0; }
.num { color: #b3261e; margin-right: 1.5mm; }
p + p { text-indent: 4mm; }
p.noind { text-indent: 0; }
.fig { margin: 3mm 0; }
.fig .pic { height: 48mm; }
.cap { font-family: "Liberation Sans", sans-serif; font-size: 8.6pt; line-height: 1.3; margin-top: 1.5mm; }
.cap .credit { font-size: 8pt; }
.jump { font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; font-weight: bold; color: #b3261e; text-indent: 0; }
.jump.out { text-align: right; margin-top: 1mm; }
.jump.in { margin-bottom: 1.5mm; }
table.facts { width: 100%; border-collapse: collapse; margin: 4mm 0; font-family: "Liberation Sans", sans-serif; font-size: 8.8pt; }
table.facts caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
table.facts th { text-align: left; background: #e6e1d8; padding: 1mm 2mm; width: 26mm; vertical-align: top; }
table.facts td { padding: 1mm 2mm; border-bottom: 0.5pt solid #bbb; }
.side { background: #f1ece2; border-left: 2.5pt solid #b3261e; padding: 3mm 4mm; margin-top: 3mm; font-family: "Liberation Sans", sans-serif; font-size: 9.4pt; }
.side h3 { margin: 0 0 1.5mm 0; font-size: 11pt; hyphens: manual; }
.note { position: absolute; top: 266mm; left: 18mm; width: 174mm; font-size: 8pt; border-top: 0.5pt solid #777; padding-top: 1mm; }
"""
    run(e["name"], doc(e, body), css)

# ------------------------------------------------------------------ typewriter: A4 pages, side-heads and captions in a wide left margin
def typewriter():
    e = C.TYPEWRITER
    s1, s2, s3 = e["sections"]
    notes = {n.split(" ", 1)[0]: n.split(" ", 1)[1] for n in e["notes"]}
    def para(p, cls=""):
        t = esc(p)
        t = re.sub(r"\{(\d)\}", lambda m: '<span class="fn">%s</span>' % esc(notes[m.group(1)]), t)
        return '<p%s>%s</p>' % (' class="%s"' % cls if cls else "", t)
    def sec(s, extra_after_first="", fig_at_end=True):
        out = ['<div class="sec"><div class="side-head"><span class="lab">%s</span><span class="st">%s</span></div>' % (esc(s["label"]), esc(s["title"]))]
        for i, p in enumerate(s["paras"]):
            out.append(para(p))
            if i == 0 and extra_after_first:
                out.append(extra_after_first)
        if s["caption"]:
            out.append('<div class="fig"><div class="mcap">%s</div><div class="pic"></div></div>' % cap_html(s["caption"]))
        out.append("</div>")
        return "".join(out)
    table = '<table class="facts"><caption>%s</caption>%s</table>' % (esc(e["table_title"]), "".join(
        '<tr><th>%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in e["table"]))
    pq = '<blockquote class="pq">%s</blockquote>' % esc(e["pullquote"])
    sb = e["sidebar"]
    body = f"""
<div class="titleblock">
<p class="kicker">{esc(e['kicker'])}</p>
<h1><span class="t1">{esc(e['title_lines'][0])}</span><br/><span class="t2">{esc(e['title_lines'][1])}</span></h1>
<p class="intro">{esc(e['intro'])}</p>
</div>
{sec(s1)}
{sec(s2, pq)}
{sec(s3)}
{table}
<div class="sidebar"><h3>{esc(sb['title'])}</h3>{''.join(para(p) for p in sb['paras'])}</div>
"""
    css = f"""
@page {{ size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-left {{ content: "{e['head_left']}"; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; }}
  @top-right {{ content: "{e['head_right']}"; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; font-style: italic; }}
  @bottom-left {{ content: "{e['footer']}"; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; }}
  @bottom-right {{ content: counter(page); font-family: "Liberation Sans", sans-serif; font-size: 9pt; }}
  @footnote {{ border-top: 0.5pt solid #777; padding-top: 1.5mm; }}
}}
body {{ margin-left: 44mm; font-size: 10.8pt; line-height: 1.42; orphans: 2; widows: 2; }}
.titleblock {{ margin-left: -44mm; margin-bottom: 8mm; }}
.kicker {{ font-size: 8.5pt; color: #2c5d63; }}
h1 {{ margin: 2mm 0 3mm 0; line-height: 1.1; hyphens: manual; }}
.t1 {{ font-size: 34pt; letter-spacing: 0.02em; }}
.t2 {{ font-size: 19pt; font-style: italic; font-weight: normal; }}
.intro {{ font-size: 12.5pt; line-height: 1.35; }}
.sec {{ margin-top: 5mm; }}
.side-head {{ page-break-inside: avoid; float: left; margin-left: -44mm; width: 38mm; font-family: "Liberation Sans", sans-serif; hyphens: manual; }}
.side-head .lab {{ display: block; font-size: 20pt; font-weight: bold; color: #2c5d63; line-height: 1; }}
.side-head .st {{ display: block; font-size: 10.5pt; font-weight: bold; line-height: 1.25; margin-top: 1mm; }}
p + p {{ text-indent: 5mm; }}
.fn {{ float: footnote; font-size: 8pt; text-indent: 0; }}
.fn::footnote-call {{ content: counter(footnote); font-size: 65%; vertical-align: super; line-height: 0; }}
.fn::footnote-marker {{ content: counter(footnote) " "; }}
.fig {{ margin: 4mm 0; }}
.fig .pic {{ height: 40mm; }}
.mcap {{ float: left; margin-left: -44mm; width: 38mm; font-family: "Liberation Sans", sans-serif; font-size: 8.4pt; line-height: 1.3; }}
.mcap .credit {{ margin-top: 1mm; font-size: 7.8pt; }}
.pq {{ float: left; margin: 0 0 0 -44mm; width: 38mm; font-style: italic; font-size: 13pt; line-height: 1.25; color: #2c5d63; hyphens: manual; border-top: 1.5pt solid #2c5d63; padding-top: 2mm; }}
table.facts {{ width: 100%; border-collapse: collapse; margin: 6mm 0 2mm 0; font-family: "Liberation Sans", sans-serif; font-size: 9pt; }}
table.facts caption {{ text-align: left; font-weight: bold; padding-bottom: 1.5mm; }}
table.facts th {{ text-align: left; width: 32mm; background: #dde7e8; padding: 1.2mm 2mm; font-weight: normal; }}
table.facts td {{ padding: 1.2mm 2mm; border-bottom: 0.5pt solid #aaa; }}
.sidebar {{ margin-top: 7mm; background: #e9f0f0; padding: 4mm 5mm; font-family: "Liberation Sans", sans-serif; font-size: 9.6pt; }}
.sidebar h3 {{ margin: 0 0 2mm 0; font-size: 11.5pt; }}
"""
    run(e["name"], doc(e, body), css)

# ------------------------------------------------------------------ Burke and Wills: A3 landscape route panel
def burke():
    e = C.BURKE
    secs = e["sections"]
    band = ['<div class="band"><div class="line"></div>']
    for i, s in enumerate(secs):
        band.append('<div class="stop" style="left:%dmm"><div class="dot">%s</div><div class="place">%s</div><div class="date">%s</div></div>'
                    % (i * 76, esc(s["label"]), esc(s["place"]), esc(s["date"])))
    band.append("</div>")
    cols = []
    for i, s in enumerate(secs):
        c = ['<div class="rcol" style="left:%dmm">' % (118 + i * 76), '<h2>%s</h2>' % esc(s["title"])]
        for j, p in enumerate(s["paras"]):
            pp = C.parts(p)
            if len(pp) == 2 and s["caption"] and s["caption"]["position"] == "Below":
                c.append('<p>%s</p>' % ptext(pp[0]))
                c.append('<div class="fig">%s<div class="pic"></div></div>' % cap_html(s["caption"]))
                c.append('<p class="cont">%s</p>' % ptext(pp[1]))
            else:
                c.append('<p>%s</p>' % ptext(p))
            if i == 3 and j == 0:
                c.append('<blockquote class="pq">%s</blockquote>' % esc(e["pullquote"]))
        if s["caption"] and s["caption"]["position"] == "Above":
            c.append('<div class="fig"><div class="pic"></div>%s</div>' % cap_html(s["caption"]))
        c.append("</div>")
        cols.append("".join(c))
    sb = e["sidebar"]
    body = f"""
<div class="tcol">
<p class="kicker">{esc(e['kicker'])}</p>
<h1>{esc(e['title_lines'][0])}<br/>{esc(e['title_lines'][1])}<br/><span class="yr">{esc(e['title_lines'][2])}</span></h1>
<p class="intro">{esc(e['intro'])}</p>
</div>
{''.join(band)}
{''.join(cols)}
<div class="side"><h3>{esc(sb['title'])}</h3>{''.join('<p>%s</p>' % ptext(p) for p in sb['paras'])}</div>
<div class="foot"><span>{esc(e['footer_left'])}</span><span class="r">{esc(e['footer_right'])}</span></div>
"""
    css = """
@page { size: 420mm 297mm; margin: 0; }
body { position: relative; width: 420mm; height: 297mm; font-size: 12.6pt; line-height: 1.36; }
.tcol { position: absolute; left: 16mm; top: 16mm; width: 92mm; }
.kicker { font-size: 9.5pt; color: #a4471c; }
h1 { margin: 3mm 0 5mm 0; font-size: 27pt; line-height: 1.08; hyphens: manual; }
h1 .yr { font-size: 24pt; font-weight: normal; color: #a4471c; }
.intro { font-size: 13pt; font-style: italic; line-height: 1.32; }
.band { position: absolute; left: 118mm; top: 16mm; width: 290mm; height: 30mm; font-family: "Liberation Sans", sans-serif; }
.band .line { position: absolute; left: 6mm; top: 5.5mm; width: 236mm; height: 2.2mm; background: #a4471c; }
.stop { position: absolute; top: 0; width: 70mm; }
.dot { width: 13mm; height: 13mm; border-radius: 6.5mm; background: #a4471c; color: white; font-weight: bold; font-size: 18pt; text-align: center; line-height: 13mm; }
.place { font-weight: bold; font-size: 10pt; margin-top: 1.5mm; }
.date { font-size: 9pt; color: #555; }
.rcol { position: absolute; top: 50mm; width: 68mm; }
h2 { font-family: "Liberation Sans", sans-serif; font-size: 14pt; margin: 0 0 2mm 0; line-height: 1.2; hyphens: manual; }
p + p { text-indent: 4mm; }
p.cont { text-indent: 0; }
.fig { margin: 3mm 0; }
.fig .pic { height: 44mm; }
.cap { font-family: "Liberation Sans", sans-serif; font-size: 8.8pt; line-height: 1.3; margin: 1.5mm 0; }
.cap .credit { font-size: 8.2pt; }
.pq { margin: 4mm 0; padding: 2mm 0; font-size: 15pt; font-style: italic; line-height: 1.22; color: #a4471c; border-left: 3pt solid #a4471c; padding-left: 4mm; hyphens: manual; }
.side { position: absolute; left: 16mm; top: 196mm; width: 84mm; background: #f2e6d6; padding: 4mm; font-family: "Liberation Sans", sans-serif; font-size: 9.8pt; line-height: 1.35; }
.side h3 { margin: 0 0 2mm 0; font-size: 12pt; hyphens: manual; }
.foot { position: absolute; left: 16mm; top: 284mm; width: 388mm; font-family: "Liberation Sans", sans-serif; font-size: 9pt; border-top: 0.6pt solid #666; padding-top: 1.2mm; }
.foot .r { float: right; }
"""
    run(e["name"], doc(e, body), css)

if __name__ == "__main__":
    which = sys.argv[1:] or ["phonograph", "kodak", "typewriter", "burke"]
    for w in which:
        globals()[w]()
