# -*- coding: utf-8 -*-
"""cullinan_diamond_1905: a gallery-talk slide deck (16:9, one panel per slide) rendered by the
Fullbleed PDF engine from HTML + CSS (its own line breaking, flex layout, @page margin boxes)."""
import html, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import CULLINAN as D, write_gold

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
FB = os.path.join(B, "venv", "bin", "fullbleed")
e = lambda s: html.escape(s, quote=False)
marks = lambda t: re.sub(r"\[(\d)\]", r"<sup>\1</sup>", e(t))

css = """
@page { size: 960pt 540pt; margin: 34pt 44pt 46pt 44pt;
  @bottom-left { content: "%s"; font-family: Helvetica; font-size: 9pt; color: #6b5a2e; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: Helvetica; font-size: 9pt; color: #6b5a2e; } }
body { font-family: Helvetica; font-size: 15pt; line-height: 20pt; color: #1d1d1d; }
.slide { page-break-before: always; }
.first { page-break-before: auto; }
.kicker { font-size: 12pt; color: #9b7b22; letter-spacing: 2pt; margin: 40pt 0 6pt 0; }
h1 { font-size: 54pt; line-height: 58pt; margin: 0; font-weight: bold; }
h1 .sub { display: block; font-size: 28pt; line-height: 36pt; font-weight: normal; font-style: italic; color: #555555; }
.intro { font-size: 17pt; line-height: 23pt; width: 520pt; margin-top: 18pt; }
.row { display: flex; gap: 22pt; }
.text { width: 500pt; }
.text p { margin: 0 0 10pt 0; }
.pill { font-size: 11pt; color: #ffffff; background: #9b7b22; padding: 2pt 8pt; width: 60pt; margin: 0 0 6pt 0; }
h2 { font-size: 28pt; line-height: 32pt; margin: 0 0 14pt 0; font-weight: bold; }
.pic { background: #bdbdbd; border: 1pt solid #8c8c8c; }
.cap { width: 150pt; font-size: 10.5pt; line-height: 13.5pt; padding-top: 120pt; }
.cap .cr { font-style: italic; font-size: 9pt; color: #555555; margin-top: 4pt; }
.note { font-size: 9pt; line-height: 11pt; border-top: 0.5pt solid #999999; padding-top: 3pt; width: 400pt; margin-top: 30pt; }
table.stones { font-size: 11pt; line-height: 14pt; width: 330pt; }
table.stones th { text-align: left; background: #efe6cc; padding: 3pt 5pt; }
table.stones td { padding: 3pt 5pt; border-bottom: 0.5pt solid #bbbbbb; }
table.stones td.k { font-weight: bold; background: #f6f1e2; }
.tcap { font-size: 11pt; font-weight: bold; margin-bottom: 4pt; }
.box { background: #f3ecd7; border: 1pt solid #9b7b22; padding: 14pt 18pt; width: 560pt; margin-top: 30pt; }
.box h3 { font-size: 22pt; margin: 0 0 8pt 0; }
""" % D["footer"]

S = []
S.append(f'<section class="first"><div class="row"><div class="text" style="width:560pt">'
         f'<p class="kicker">{e(D["kicker"].upper())}</p>'
         f'<h1>{e(D["title"][0])}<span class="sub">{e(D["title"][1])}</span></h1>'
         f'<p class="intro">{e(D["intro"])}</p></div>'
         f'<div class="pic" style="width:290pt;height:330pt;margin-top:40pt"></div></div></section>')
secs = D["sections"]
# Part 1: text | caption | picture
lab, title, paras, cap = secs[0]
S.append(f'<section class="slide"><p class="pill">{lab}</p><h2>{e(title)}</h2><div class="row">'
         f'<div class="text" style="width:470pt">' + "".join(f"<p>{marks(p)}</p>" for p in paras) + '</div>'
         f'<div class="cap"><p><b>{cap[0]}:</b> {e(cap[1])}</p><p class="cr">{e(cap[2])}</p></div>'
         f'<div class="pic" style="width:220pt;height:300pt"></div></div></section>')
# Part 2 runs over two slides, the third paragraph broken mid-sentence
lab, title, paras, cap = secs[1]
cut = "on a steamer guarded by"
p3a, p3b = paras[2].split(cut)
S.append(f'<section class="slide"><p class="pill">{lab}</p><h2>{e(title)}</h2><div class="row">'
         f'<div class="text" style="width:560pt"><p>{e(paras[0])}</p><p>{e(paras[1])}</p><p>{e(p3a + cut)}</p></div>'
         f'<div class="pic" style="width:290pt;height:300pt"></div></div></section>')
S.append(f'<section class="slide"><p class="pill">{lab}</p><h2>{e(title)} (continued)</h2><div class="row">'
         f'<div class="text" style="width:560pt"><p>{e(p3b.strip())}</p></div></div></section>')
# Part 3 with a footnote at the slide foot
lab, title, paras, cap = secs[2]
S.append(f'<section class="slide"><p class="pill">{lab}</p><h2>{e(title)}</h2><div class="row">'
         f'<div class="text" style="width:600pt">' + "".join(f"<p>{marks(p)}</p>" for p in paras) +
         f'<p class="note"><sup>1</sup> {e(D["notes"][0])}</p></div>'
         f'<div class="pic" style="width:250pt;height:250pt"></div></div></section>')
# Part 4 with the table of stones
lab, title, paras, cap = secs[3]
rows = "".join(f'<tr><td class="k">{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>' for a, b, c in D["table"])
S.append(f'<section class="slide"><p class="pill">{lab}</p><h2>{e(title)}</h2><div class="row">'
         f'<div class="text" style="width:500pt">' + "".join(f"<p>{marks(p)}</p>" for p in paras) + '</div>'
         f'<div><p class="tcap">The four largest stones</p><table class="stones"><tr><th>Stone</th><th>Weight</th>'
         f'<th>Where it is</th></tr>{rows}</table></div></div></section>')
S.append(f'<section class="slide"><div class="box"><h3>{e(D["sidebar"][0])}</h3><p>{e(D["sidebar"][1])}</p>'
         f'</div></section>')

src = os.path.join(B, "cullinan_diamond_1905.html")
cssf = os.path.join(B, "cullinan_diamond_1905.css")
open(cssf, "w", encoding="utf-8").write(css)
open(src, "w", encoding="utf-8").write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Great Star'
                                      '</title></head><body>\n' + "\n".join(S) + '\n</body></html>\n')
pdf = os.path.join(OUT, D["name"] + ".pdf")
subprocess.run([FB, "--json-only", "render", "--html", src, "--css", cssf, "--out", pdf], check=True,
               stdout=subprocess.DEVNULL)
subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, D["name"] + ".txt")], check=True)
n = int([l for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines()
         if l.startswith("Pages:")][0].split()[1])
write_gold(D, [D["footer"]] + [f"{i} / {n}" for i in range(1, n + 1)], OUT)
print("pages", n)
