"""Exhibit 1: emu_war_1932 -- a two-page gallery guide rendered by dompdf (Debian php-dompdf 2.0.3)."""
import html, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
common.ensure_venv()
import content
from common import soft_hyphens as sh

ex = content.EMU
B = common.HERE
e = lambda t: html.escape(t, quote=False)
common.grey_png("emu_paddock.png", 240, 170)
common.grey_png("emu_lewis_gun.png", 600, 170)

S = ex["sections"]
SPLIT = "found cleared land,"          # Bay 2, paragraph 1 is broken here by the picture row


def para(t, cls="body"):
    return f'<p class="{cls}">{e(sh(t))}</p>\n'


def head(s):
    return (f'<table class="head"><tr><td class="label">{e(s["label"])}</td>'
            f'<td class="htitle"><h2>{e(s["title"])}</h2></td></tr></table>\n')

parts = []
parts.append(f'<div class="kicker">{e(ex["kicker"])}</div>\n<h1>{e(ex["title"])}</h1>\n'
             f'<p class="intro">{e(sh(ex["intro"]))}</p>\n<hr/>\n')
# Bay 1
parts.append(head(S[0]) + "".join(para(p) for p in S[0]["paras"]))
# Bay 2: paragraph 1 broken by a row: caption (left) + picture (right)
p1 = S[1]["paras"][0]
i = p1.index(SPLIT) + len(SPLIT)
c = S[1]["captions"][0]
parts.append(head(S[1]) + para(p1[:i], "body first-half") +
             '<table class="figrow"><tr><td class="figcap">'
             f'<span class="pos">{c["position"]}:</span> {e(c["text"])}<br/><span class="credit">{e(c["credit"])}</span></td>'
             f'<td class="figpic"><img src="img/emu_paddock.png" width="170" height="120"/></td></tr></table>\n'
             + para(p1[i:].lstrip(), "body cont") + para(S[1]["paras"][1]))
# Bay 3: P1, full-width picture with "Above:" caption, P2, P3, pull quote
c = S[2]["captions"][0]
parts.append(head(S[2]) + para(S[2]["paras"][0]) +
             '<div class="wide"><img src="img/emu_lewis_gun.png" width="420" height="119"/>'
             f'<p class="cap"><span class="pos">{c["position"]}:</span> {e(c["text"])} '
             f'<span class="credit">{e(c["credit"])}</span></p></div>\n'
             + para(S[2]["paras"][1]) + para(S[2]["paras"][2]))
parts.append(f'<div class="pull">{e(ex["pullquote"])}</div>\n')
parts.append(head(S[3]) + "".join(para(p) for p in S[3]["paras"]))
sb = ex["sidebar"]
parts.append(f'<div class="sidebar"><h3>{e(sb["title"])}</h3>' + "".join(para(p, "sb") for p in sb["paras"]) + '</div>\n')

FONTS = ""
for fam, base in (("GuideSerif", "LiberationSerif"), ("GuideSans", "LiberationSans")):
    for w, st, suf in (("normal", "normal", "Regular"), ("bold", "normal", "Bold"), ("normal", "italic", "Italic"), ("bold", "italic", "BoldItalic")):
        FONTS += ("@font-face { font-family: '%s'; font-weight: %s; font-style: %s; "
                  "src: url('file:///usr/share/fonts/truetype/liberation/%s-%s.ttf'); }\n" % (fam, w, st, base, suf))
CSS = FONTS + """
@page { size: A4; margin: 72pt 56pt 64pt 56pt; }
body { font-family: 'GuideSerif'; font-size: 11pt; line-height: 1.4; color: #222; }
#hdr { position: fixed; top: -48pt; left: 0; right: 0; height: 20pt; border-bottom: 0.6pt solid #8a2b1d;
       font-family: 'GuideSans'; font-size: 8pt; color: #555; }
#hdr .l { position: absolute; left: 0; top: 0; } #hdr .r { position: absolute; right: 0; top: 0; font-style: italic; }
#ftr { position: fixed; bottom: -40pt; left: 0; right: 0; height: 16pt; font-family: 'GuideSans'; font-size: 7.5pt; color: #666; }
#ftr .l { position: absolute; left: 0; } #ftr .r { position: absolute; right: 0; }
.kicker { font-family: 'GuideSans'; font-size: 8pt; letter-spacing: 2pt; color: #8a2b1d; }
h1 { font-family: 'GuideSans'; font-size: 26pt; margin: 4pt 0 6pt 0; }
.intro { font-style: italic; font-size: 12pt; margin: 0 0 6pt 0; }
hr { border: 0; border-top: 1pt solid #8a2b1d; }
table.head { width: 100%; border-collapse: collapse; margin-top: 10pt; }
td.label { width: 84pt; font-family: 'GuideSans'; font-weight: bold; color: #8a2b1d; font-size: 11pt; text-align: right;
           padding-right: 12pt; vertical-align: baseline; }
td.htitle { vertical-align: baseline; } h2 { font-family: 'GuideSans'; font-size: 14pt; margin: 0; }
p.body { margin: 0 0 0 96pt; text-indent: 12pt; text-align: justify; }
p.first-half { margin-bottom: 0; } p.cont { text-indent: 0; }
table.figrow { margin: 6pt 0 6pt 96pt; border-collapse: collapse; }
td.figcap { width: 150pt; font-family: 'GuideSans'; font-size: 8pt; text-align: right; vertical-align: bottom; padding-right: 10pt; }
.pos { font-weight: bold; } .credit { font-size: 6.5pt; color: #777; }
div.wide { margin: 8pt 0 8pt 96pt; } p.cap { font-family: 'GuideSans'; font-size: 8pt; margin: 3pt 0 0 0; }
.pull { margin: 12pt 40pt 10pt 136pt; font-size: 15pt; font-style: italic; color: #8a2b1d; border-top: 1pt solid #8a2b1d;
        border-bottom: 1pt solid #8a2b1d; padding: 6pt 0; }
.sidebar { margin: 14pt 0 0 96pt; background: #efe6d8; padding: 8pt 12pt; }
.sidebar h3 { font-family: 'GuideSans'; font-size: 12pt; margin: 0 0 4pt 0; }
p.sb { font-size: 9.5pt; text-align: justify; margin: 0; }
"""
doc = (f'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>{e(ex["title"])}</title><style>{CSS}</style></head><body>\n'
       f'<div id="hdr"><span class="l">{e(ex["header"][0])}</span><span class="r">{e(ex["header"][1])}</span></div>\n'
       f'<div id="ftr"><span class="l">{e(ex["footer"])}</span><span class="r"></span></div>\n'
       + "".join(parts) + '</body></html>\n')
src = os.path.join(B, "emu_war_1932.html")
open(src, "w", encoding="utf-8").write(doc)
php = os.path.join(B, "emu_war_1932.php")
out = os.path.join(common.OUT, "emu_war_1932.pdf")
subprocess.run(["php", php, src, out], check=True, cwd=B)
content.pdftotext("emu_war_1932")
txt = open(os.path.join(common.OUT, "emu_war_1932.txt"), encoding="utf-8").read()
import re
pages = len(re.findall(r"Page \d+ of \d+", txt))
running = ex["header"] + [ex["footer"]] + [f"Page {n} of {pages}" for n in range(1, pages + 1)]
content.write_gold(ex, running)
print("emu_war_1932: pages", pages)
