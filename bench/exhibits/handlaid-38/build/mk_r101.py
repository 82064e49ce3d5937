# -*- coding: utf-8 -*-
"""r101_airship_1930: an A3 wall panel rendered by the Fullbleed PDF engine. Absolutely placed
regions (title band, wide body column, narrow quote column, timeline band, footer); inside each
region Fullbleed breaks the lines. The caption is a strip rotated 90 degrees along the picture's
right edge; the picture sits in the middle of a sentence of section B."""
import html, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import R101 as D, write_gold

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
FB = os.path.join(B, "venv", "bin", "fullbleed")
e = lambda s: html.escape(s, quote=False)

css = """
@page { size: 842pt 1191pt; margin: 0; }
body { font-family: Helvetica; color: #1b1b1b; }
.band { position: absolute; left: 0; top: 0; width: 842pt; height: 236pt; background: #1f2a44; }
.kicker { position: absolute; left: 48pt; top: 34pt; width: 700pt; font-size: 11pt; letter-spacing: 3pt; color: #e3b04b; }
.t1 { position: absolute; left: 46pt; top: 52pt; width: 760pt; font-size: 66pt; line-height: 72pt; font-weight: bold; color: #ffffff; }
.t2 { position: absolute; left: 48pt; top: 126pt; width: 760pt; font-size: 28pt; line-height: 34pt; font-style: italic; color: #dfe5f2; }
.intro { position: absolute; left: 48pt; top: 170pt; width: 700pt; font-size: 14pt; line-height: 19pt; color: #ffffff; }
.wide { position: absolute; left: 48pt; top: 252pt; width: 528pt; font-size: 10.5pt; line-height: 13.6pt; }
.wide p { margin: 0 0 5pt 0; text-align: left; }
.wide p.run { margin-bottom: 0; }
.wide p.cont { margin-top: 0; }
.wide h2 { font-size: 14pt; line-height: 18pt; margin: 8pt 0 4pt 0; font-weight: bold; color: #1f2a44; }
.lab { background: #c2452d; color: #ffffff; padding: 1pt 6pt; margin-right: 6pt; }
.fig { position: relative; height: 176pt; margin: 5pt 0 5pt 0; }
.pic { position: absolute; left: 0; top: 0; width: 440pt; height: 170pt; background: #b9b9b9; border: 1pt solid #888888; }
.strip { position: absolute; left: 448pt; top: 170pt; width: 170pt; font-size: 8.6pt; line-height: 10.4pt;
         transform: rotate(-90deg); transform-origin: top left; }
.strip .cr { font-style: italic; color: #555555; }
.narrow { position: absolute; left: 600pt; top: 258pt; width: 196pt; }
.q { font-size: 17pt; line-height: 22pt; font-style: italic; color: #1f2a44; border-top: 2pt solid #c2452d;
     padding-top: 8pt; margin-bottom: 4pt; }
.qa { font-size: 8.5pt; color: #555555; margin-bottom: 22pt; }
.side { background: #eef1f7; border: 1pt solid #1f2a44; padding: 10pt; margin-top: 10pt; font-size: 10pt; line-height: 13.4pt; }
.side h3 { font-size: 12.5pt; margin: 0 0 5pt 0; font-weight: bold; }
.tl { position: absolute; left: 48pt; top: 1062pt; width: 746pt; border-top: 3pt solid #1f2a44; padding-top: 8pt; }
.tlh { font-size: 9pt; letter-spacing: 2pt; color: #c2452d; margin-bottom: 6pt; }
.tlrow { display: flex; gap: 8pt; }
.tle { width: 118pt; font-size: 9pt; line-height: 11.5pt; }
.tle b { display: block; font-size: 11pt; color: #1f2a44; }
.foot { position: absolute; left: 48pt; top: 1150pt; width: 746pt; font-size: 8.5pt; color: #555555;
        display: flex; justify-content: space-between; border-top: 0.5pt solid #999999; padding-top: 4pt; }
"""

H = []
H.append('<div class="band"></div>')
H.append(f'<p class="kicker">{e(D["kicker"])}</p>')
H.append(f'<h1 class="t1">{e(D["title"][0])}</h1><p class="t2">{e(D["title"][1])}</p>')
H.append(f'<p class="intro">{e(D["intro"])}</p>')
W = ['<div class="wide">']
for label, title, paras, cap in D["sections"]:
    W.append(f'<h2><span class="lab">{label}</span>{e(title)}</h2>')
    for k, p in enumerate(paras):
        if cap and k == 1:
            cut = "before it set out for India."
            a, b = p.split(cut)
            a2, b2 = a.rsplit(", of about", 1)
            W.append(f'<p class="run">{e(a2)}, of about</p>')
            W.append(f'<div class="fig"><div class="pic"></div><div class="strip"><p><b>{cap[0]}:</b> '
                     f'{e(cap[1])}</p><p class="cr">{e(cap[2])}</p></div></div>')
            W.append(f'<p class="cont">{e(b2.strip() + " " + cut + b)}</p>')
        else:
            W.append(f'<p>{e(p)}</p>')
W.append('</div>')
N = ['<div class="narrow">']
for q, a in D["quotes"]:
    N.append(f'<p class="q">{e(q)}</p><p class="qa">{e(a)}</p>')
N.append(f'<div class="side"><h3>{e(D["sidebar"][0])}</h3><p>{e(D["sidebar"][1])}</p></div></div>')
T = ['<div class="tl"><p class="tlh">TIMELINE</p><div class="tlrow">']
for d, t in D["timeline"]:
    T.append(f'<div class="tle"><b>{e(d)}</b>{e(t)}</div>')
T.append('</div></div>')
F = f'<div class="foot"><span>{e(D["footer"])}</span><span>{e(D["panel"])}</span></div>'

src = os.path.join(B, "r101_airship_1930.html")
cssf = os.path.join(B, "r101_airship_1930.css")
open(cssf, "w", encoding="utf-8").write(css)
open(src, "w", encoding="utf-8").write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Airship R101'
                                      '</title></head><body>\n' + "\n".join(H + W + N + T + [F]) + '\n</body></html>\n')
pdf = os.path.join(OUT, D["name"] + ".pdf")
subprocess.run([FB, "--json-only", "render", "--html", src, "--css", cssf, "--out", pdf], check=True,
               stdout=subprocess.DEVNULL)
subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, D["name"] + ".txt")], check=True)
write_gold(D, [D["footer"], D["panel"]], OUT)
