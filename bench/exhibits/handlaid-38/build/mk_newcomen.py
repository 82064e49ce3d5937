# -*- coding: utf-8 -*-
"""newcomen_engine_1712: catalogue pages typeset by xhtml2pdf (pisa) from HTML with @page frames:
page 1 = title frame + two columns + a footnote frame; later pages = running head, two columns,
footnote frame, folio. Line breaking and pagination are xhtml2pdf's."""
import html, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import NEWCOMEN as D, write_gold
from png import grey

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
IMG = os.path.join(B, "newcomen_fig.png")
grey(IMG, 600, 420)
e = html.escape


def marks(t):
    return re.sub(r"\[(\d)\]", r'<sup>\1</sup>', e(t, quote=False))


def notes_div(idx):
    return "".join(f'<p class="note"><sup>{i}</sup> {e(D["notes"][i-1])}</p>' for i in idx)


css = """
@page {
  size: a4 portrait;
  @frame titleblock { left: 56pt; width: 483pt; top: 48pt; height: 196pt; }
  @frame c1 { left: 56pt; width: 231pt; top: 252pt; height: 484pt; }
  @frame c2 { left: 308pt; width: 231pt; top: 252pt; height: 484pt; }
  @frame notes { -pdf-frame-content: notes1; left: 56pt; width: 483pt; top: 748pt; height: 46pt; }
  @frame folio { -pdf-frame-content: folio; left: 56pt; width: 483pt; top: 804pt; height: 16pt; }
}
@page rest {
  size: a4 portrait;
  @frame head { -pdf-frame-content: runhead; left: 56pt; width: 483pt; top: 28pt; height: 18pt; }
  @frame c1 { left: 56pt; width: 231pt; top: 60pt; height: 676pt; }
  @frame c2 { left: 308pt; width: 231pt; top: 60pt; height: 676pt; }
  @frame notes { -pdf-frame-content: notes2; left: 56pt; width: 483pt; top: 748pt; height: 46pt; }
  @frame folio { -pdf-frame-content: folio; left: 56pt; width: 483pt; top: 804pt; height: 16pt; }
}
body { font-family: Times-Roman; font-size: 11pt; line-height: 14pt; }
p { margin: 0; text-align: justify; }
p.body { text-indent: 12pt; }
p.first { text-indent: 0; }
p.cont { text-indent: 0; }
.kicker { font-family: Helvetica; font-size: 9pt; color: #8a2a12; letter-spacing: 1pt; }
h1 { font-family: Times-Roman; font-weight: bold; font-size: 26pt; line-height: 30pt; margin: 6pt 0 0 0; }
h1 .sub { font-family: Times-Roman; font-style: italic; font-size: 17pt; }
.intro { font-family: Times-Roman; font-style: italic; font-size: 12.5pt; line-height: 16pt; margin-top: 10pt; text-align: left; }
h2 { font-family: Helvetica; font-weight: bold; font-size: 11.5pt; margin: 12pt 0 4pt 0; }
h2 .num { color: #8a2a12; }
.fig { margin: 8pt 0 8pt 0; }
.cap { font-family: Helvetica; font-size: 8.5pt; line-height: 10.5pt; text-align: left; margin-top: 3pt; }
.credit { font-family: Helvetica; font-style: italic; font-size: 7.5pt; line-height: 9.5pt; text-align: left; color: #444444; }
.quote { font-family: Times-Roman; font-style: italic; font-size: 15pt; line-height: 19pt; color: #8a2a12; text-align: center;
         margin: 10pt 6pt 10pt 6pt; padding: 6pt 0; border-top: 1pt solid #8a2a12; border-bottom: 1pt solid #8a2a12; }
table.facts { margin: 8pt 0; }
table.facts td { font-family: Helvetica; font-size: 8.5pt; padding: 2pt 3pt; border-bottom: 0.5pt solid #999999; }
table.facts td.k { background-color: #eadfd3; font-family: Helvetica; font-weight: bold; }
table.facts caption { font-family: Helvetica; font-weight: bold; font-size: 9pt; }
.side { background-color: #f1e9dc; border: 0.75pt solid #8a2a12; padding: 6pt 7pt; margin-top: 12pt; }
.side h3 { font-family: Helvetica; font-weight: bold; font-size: 10.5pt; margin: 0 0 3pt 0; }
.side p { font-size: 10pt; line-height: 13pt; }
p.note { font-family: Times-Roman; font-size: 8pt; line-height: 10pt; text-align: left; }
#runhead, #folio { font-family: Helvetica; font-size: 8pt; }
"""

parts = []
parts.append(f'<div id="notes1">{notes_div([1])}</div>')
parts.append(f'<div id="notes2">{notes_div([2, 3])}</div>')
parts.append(f'<div id="runhead"><table><tr><td>{e(D["running_left"])}</td>'
             f'<td style="text-align:right"><i>Pumping Engines</i></td></tr></table></div>')
parts.append('<div id="folio" style="text-align:center"><pdf:pagenumber></div>')
parts.append(f'<p class="kicker">{e(D["kicker"].upper())}</p>')
parts.append(f'<h1>{e(D["title"][0])}<br/><span class="sub">{e(D["title"][1])}</span></h1>')
parts.append(f'<p class="intro">{e(D["intro"])}</p>')
parts.append('<pdf:nexttemplate name="rest"/>')
parts.append('<pdf:nextframe/>')
for label, title, paras, cap in D["sections"]:
    parts.append(f'<h2><span class="num">{label}</span>&#160;&#160;{e(title)}</h2>')
    for k, p in enumerate(paras):
        cls = "first" if k == 0 else "body"
        if cap and k == 0:
            cut = "and the pump rods at its other end"
            a, b = p.split(cut)
            parts.append(f'<p class="{cls}">{marks(a + cut)}</p>')
            parts.append(f'<div class="fig"><img src="{IMG}" width="231" height="162"/>'
                         f'<p class="cap"><b>{cap[0]}:</b> {e(cap[1])}</p><p class="credit">{e(cap[2])}</p></div>')
            parts.append(f'<p class="cont">{marks(b.lstrip())}</p>')
        else:
            parts.append(f'<p class="{cls}">{marks(p)}</p>')
    if label == "II":
        parts.append(f'<p class="quote">{e(D["quote"])}</p>')
    if label == "III":
        rows = "".join(f'<tr><td class="k">{e(k)}</td><td>{e(v)}</td></tr>' for k, v in D["table"])
        parts.append(f'<table class="facts"><caption>The Dudley Castle engine in figures</caption>{rows}</table>')
parts.append(f'<div class="side"><h3>{e(D["sidebar"][0])}</h3><p>{e(D["sidebar"][1])}</p></div>')

src = os.path.join(B, "newcomen_engine_1712.html")
with open(src, "w", encoding="utf-8") as f:
    f.write('<html><head><meta charset="utf-8"/><title>The Engine That Breathed</title>'
            f'<style>{css}</style></head><body>\n' + "\n".join(parts) + "\n</body></html>\n")

from xhtml2pdf import pisa
pdf = os.path.join(OUT, D["name"] + ".pdf")
with open(src, encoding="utf-8") as fi, open(pdf, "wb") as fo:
    r = pisa.CreatePDF(fi.read(), dest=fo, path=src, encoding="utf-8")
assert not r.err, r.err
subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, D["name"] + ".txt")], check=True)
n = int([l for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines()
         if l.startswith("Pages:")][0].split()[1])
write_gold(D, [D["running_left"], "Pumping Engines"] + [str(i) for i in range(1, n + 1)], OUT)
print("pages", n)
