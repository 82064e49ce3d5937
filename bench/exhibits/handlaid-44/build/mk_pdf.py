# -*- coding: utf-8 -*-
"""Write the Vivliostyle sources (build/viv_src/NAME.html) for the four PDFs and build them.

Vivliostyle.js (through @vivliostyle/cli, with Debian's chromium as the browser) does all line breaking,
columns and page floats. Chromium has no hyphenation dictionaries here, so long words get one soft hyphen
(pyphen en_GB) and Vivliostyle decides where to use it.
"""
import html
import os
import re
import subprocess
import sys

import pyphen

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "viv_src")
VIV = os.path.join(HERE, "node", "node_modules", ".bin", "vivliostyle")
DIC = pyphen.Pyphen(lang="en_GB")
SHY = "\u00ad"


def shy_word(w, minlen):
    core = re.match(r"^([A-Za-z]+)(.*)$", w)
    if not core or len(core.group(1)) < minlen:
        return w
    word = core.group(1)
    pos = [p for p in DIC.positions(word) if 3 <= p <= len(word) - 3]
    if not pos:
        return w
    mid = min(pos, key=lambda p: abs(p - len(word) / 2))
    return word[:mid] + SHY + word[mid:] + core.group(2)


def esc(s, minlen=12):
    s = html.escape(s, quote=False)
    return " ".join(shy_word(w, minlen) for w in s.split(" "))


def para(text, repl=None, minlen=12, cls=None):
    parts = re.split(r"(\{(?:FIG|N\d|BREAK)\})", text)
    out = []
    for p in parts:
        m = re.fullmatch(r"\{(FIG|N\d|BREAK)\}", p)
        if m:
            out.append((repl or {}).get(m.group(1), ""))
        else:
            out.append(esc(p, minlen))
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>" + "".join(out) + "</p>"


HEAD = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<style>
{css}
</style></head><body>
"""

# ------------------------------------------------------------------------------------------ linear B
def linear_b():
    e = EX["linear_b_1952"]
    css = """
@page { size: A4; margin: 20mm 17mm 22mm 17mm;
  @top-right { content: "Catalogue of the Exhibition"; font: italic 8.5pt "Liberation Serif"; color: #555; }
  @bottom-left { content: "Greyfriars Museum of Writing"; font: 7.5pt "Liberation Sans"; color: #555; }
  @bottom-right { content: "25"; font: bold 9pt "Liberation Sans"; } }
@page :first {
  @top-right { content: none; }
  @top-left { content: "Scripts Unlocked"; font: 8.5pt "Liberation Sans"; letter-spacing: 0.5pt; color: #555; }
  @bottom-left { content: "24"; font: bold 9pt "Liberation Sans"; }
  @bottom-right { content: "Greyfriars Museum of Writing"; font: 7.5pt "Liberation Sans"; color: #555; } }
html { font-family: "Liberation Serif"; font-size: 10.8pt; line-height: 1.4; color: #111; }
body { margin: 0; }
.kicker { font: bold 8pt "Liberation Sans"; letter-spacing: 1.2pt; color: #8a3b12; margin: 0 0 3mm; }
h1 { margin: 0 0 4mm; font-weight: normal; }
h1 .l1 { display: block; font: bold 30pt/1.05 "Liberation Sans"; }
h1 .l2 { display: block; font: italic 17pt/1.2 "Liberation Serif"; color: #8a3b12; margin-top: 1.5mm; }
.intro { font-style: italic; font-size: 12pt; line-height: 1.4; margin: 0 0 6mm; width: 82%; }
.cols { column-count: 2; column-gap: 7mm; text-align: justify; }
.cols p { margin: 0; text-indent: 4mm; }
.cols p.first, .cols h2 + p { text-indent: 0; }
.label { font: 8.5pt "Liberation Sans"; font-variant: small-caps; letter-spacing: 0.8pt; color: #8a3b12; margin: 5mm 0 0 !important; text-indent: 0 !important; }
h2 { font: bold 12.5pt/1.2 "Liberation Sans"; margin: 0.5mm 0 1.5mm; }
.fig { display: block; margin: 2mm 0 2.5mm; text-indent: 0; }
.fig .pic { display: block; height: 38mm; background: #bdbdbd; }
.fig .cap { display: block; font: 8pt/1.3 "Liberation Sans"; margin-top: 1.5mm; text-align: left; }
.fig .credit { display: block; font-style: italic; color: #444; }
.fn { float: footnote; font: 7.5pt/1.3 "Liberation Sans"; text-indent: 0; text-align: left; }
.fn::footnote-call { content: none; }
.fn::footnote-marker { content: none; }
sup.m { font-size: 7pt; line-height: 0; }
table.signs { border-collapse: collapse; width: 100%; font: 8pt "Liberation Sans"; margin: 4mm 0 2mm; }
table.signs caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
table.signs th, table.signs td { border-bottom: 0.4pt solid #999; padding: 1mm 1.5mm; text-align: left; }
table.signs th[scope=row] { background: #efe3d6; }
.pull { font: italic 13pt/1.3 "Liberation Serif"; color: #8a3b12; border-top: 1pt solid #8a3b12; border-bottom: 1pt solid #8a3b12; padding: 2.5mm 0; margin: 4mm 0; text-align: left; }
.sidebar { background: #f0e6da; padding: 3mm 3.5mm; margin-top: 5mm; break-inside: avoid; }
.sidebar h3 { font: bold 10.5pt "Liberation Sans"; margin: 0 0 1.5mm; }
.sidebar p { text-indent: 0; font-size: 9.5pt; }
"""
    notes = e["notes"]
    fig = e["sections"][0]["caption"]
    fig_html = ('<span class="fig"><span class="pic"></span><span class="cap"><b>Above:</b> '
                + esc(fig["text"]) + '<span class="credit">' + esc(fig["credit"]) + "</span></span></span>")
    repl = {"FIG": fig_html,
            "N1": '<sup class="m">*</sup><span class="fn">' + esc(notes["N1"]) + "</span>",
            "N2": '<sup class="m">†</sup><span class="fn">' + esc(notes["N2"]) + "</span>"}
    b = [HEAD.format(title="Reading Linear B", css=css)]
    b.append(f'<p class="kicker">{esc(e["kicker"])}</p>')
    b.append(f'<h1><span class="l1">{esc(e["title_lines"][0])}</span><span class="l2">{esc(e["title_lines"][1])}</span></h1>')
    b.append(para(e["intro"], cls="intro"))
    b.append('<div class="cols">')
    for i, s in enumerate(e["sections"]):
        b.append(f'<section><p class="label">{esc(s["label"])}</p><h2>{esc(s["title"])}</h2>')
        for j, p in enumerate(s["paras"]):
            b.append(para(p, repl))
        if i == 1:
            rows = e["table"]
            t = ['<table class="signs"><caption>Three place names, read by Ventris</caption><tr>'
                 + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>"]
            for r in rows[1:]:
                t.append(f'<tr><th scope="row">{html.escape(r[0])}</th>' + "".join(f"<td>{html.escape(c)}</td>" for c in r[1:]) + "</tr>")
            t.append("</table>")
            b.append("".join(t))
            b.append(f'<p class="pull">{esc(e["pull"])}</p>')
        b.append("</section>")
    sb = e["sidebar"]
    b.append(f'<aside class="sidebar"><h3>{esc(sb["title"])}</h3>' + "".join(para(p) for p in sb["paras"]) + "</aside>")
    b.append("</div></body></html>")
    return "\n".join(b)


# ------------------------------------------------------------------------------------------ Amundsen
def amundsen():
    e = EX["amundsen_pole_1911"]
    css = """
@page { size: 420mm 297mm; margin: 0; }
html { font-family: "Liberation Serif"; font-size: 12pt; line-height: 1.36; color: #15202b; }
body { margin: 0; }
.sheet { position: relative; width: 420mm; height: 297mm; background: #f4f1ea; }
.band { position: absolute; left: 0; top: 0; width: 420mm; height: 66mm; background: #1d3557; color: #fff; }
.band .kicker { position: absolute; left: 16mm; top: 10mm; font: bold 10pt "Liberation Sans"; letter-spacing: 2.5pt; color: #a8c5e6; margin: 0; }
.band h1 { position: absolute; left: 16mm; top: 17mm; width: 200mm; margin: 0; font-weight: normal; }
.band h1 .l1 { display: block; font: bold 44pt/1.0 "Liberation Sans"; }
.band h1 .l2 { display: block; font: 25pt/1.15 "Liberation Serif"; margin-top: 2mm; }
.band .intro { position: absolute; left: 232mm; top: 15mm; width: 172mm; margin: 0; font: italic 15pt/1.4 "Liberation Serif"; }
.col { position: absolute; top: 78mm; width: 88mm; }
.c1 { left: 16mm; } .c4 { left: 316mm; }
.c23 { left: 116mm; width: 188mm; }
.sec { position: relative; padding-left: 11mm; }
.tab { position: absolute; left: 0; top: 0; width: 8mm; height: 36mm; background: #c1440e; }
.tab span { position: absolute; left: -14mm; top: 14mm; width: 36mm; transform: rotate(-90deg); color: #fff; font: bold 11pt "Liberation Sans"; text-align: center; letter-spacing: 1pt; }
h2 { font: bold 17pt/1.15 "Liberation Sans"; margin: 0 0 3mm; }
p { margin: 0 0 2.6mm; hyphens: manual; }
.flow { column-count: 2; column-gap: 12mm; column-fill: auto; height: 80mm; }
.map { position: relative; height: 66mm; background: #bdbdbd; margin-bottom: 5mm; }
.map span { position: absolute; font: 9pt "Liberation Sans"; color: #222; }
.capR { display: flex; gap: 4mm; margin: 3mm 0; }
.capR .cap, .capL .cap { width: 30mm; font: 9pt/1.3 "Liberation Sans"; }
.capR .pic, .capL .pic { flex: 1; height: 34mm; background: #bdbdbd; }
.capL { display: flex; gap: 4mm; margin: 3mm 0; }
.cap .credit { display: block; font-style: italic; color: #555; margin-top: 1mm; }
.pull { font: italic 16pt/1.3 "Liberation Serif"; color: #c1440e; margin: 4mm 0 0 11mm; }
.note { font: 9pt "Liberation Sans"; color: #333; }
.sidebar { background: #dfe7ef; padding: 4mm; margin-top: 5mm; margin-left: 11mm; }
.sidebar h3 { font: bold 13pt "Liberation Sans"; margin: 0 0 2mm; }
.sidebar p { font-size: 11pt; }
.foot { position: absolute; left: 16mm; top: 284mm; width: 388mm; font: 9.5pt "Liberation Sans"; color: #333; border-top: 0.6pt solid #999; padding-top: 2mm; }
.foot .pn { position: absolute; right: 0; top: 2mm; font-weight: bold; }
"""
    S = e["sections"]
    notes = e["notes"]
    repl = {"N1": "<sup>†</sup>"}

    def sec_html(s, inner_extra="", flow=False):
        body = "".join(para(p, repl, minlen=11) for p in s["paras"])
        if flow:
            body = f'<div class="flow">{body}</div>'
        return (f'<div class="sec"><div class="tab"><span>{esc(s["label"])}</span></div>'
                f'<h2>{esc(s["title"])}</h2>{body}{inner_extra}</div>')

    c1 = S[0]["caption"]
    cap_r = (f'<div class="capR"><div class="cap"><b>Right:</b> {esc(c1["text"])}<span class="credit">{esc(c1["credit"])}</span></div>'
             f'<div class="pic"></div></div>')
    c3 = S[2]["caption"]
    cap_l = (f'<div class="capL"><div class="pic"></div><div class="cap"><b>Left:</b> {esc(c3["text"])}<span class="credit">{esc(c3["credit"])}</span></div></div>')
    b = [HEAD.format(title="Ninety-Nine Days", css=css), '<div class="sheet">']
    b.append('<div class="band">'
             f'<p class="kicker">{esc(e["kicker"])}</p>'
             f'<h1><span class="l1">{esc(e["title_lines"][0])}</span><span class="l2">{esc(e["title_lines"][1])}</span></h1>'
             + para(e["intro"], cls="intro") + "</div>")
    # painted in this order: columns 2-3 first, then column 1, then column 4
    b.append('<div class="col c23"><div class="map">'
             '<span style="left:14mm;top:50mm">Framheim</span><span style="left:70mm;top:36mm">82° S depot</span>'
             '<span style="left:112mm;top:22mm">Axel Heiberg Glacier</span><span style="left:160mm;top:8mm">Pole</span></div>'
             + sec_html(S[1], flow=True) + f'<p class="pull">{esc(e["pull"])}</p>'
             + f'<p class="note" style="margin:5mm 0 0 11mm">{esc(notes["N1"])}</p></div>')
    b.append('<div class="col c1">' + sec_html(S[0], cap_r) + "</div>")
    sb = e["sidebar"]
    b.append('<div class="col c4">' + sec_html(S[2], cap_l)
             + f'<div class="sidebar"><h3>{esc(sb["title"])}</h3>' + "".join(para(p, minlen=11) for p in sb["paras"]) + "</div>"
             + "</div>")
    b.append(f'<div class="foot">{esc(e["running"][0])}<span class="pn">{esc(e["running"][1])}</span></div>')
    b.append("</div></body></html>")
    return "\n".join(b)


# ------------------------------------------------------------------------------------------ Photo 51
def photo51():
    e = EX["photo_51_1952"]
    css = """
@page { size: 297mm 210mm; margin: 0; }
html { font-family: "Liberation Sans"; font-size: 9.3pt; line-height: 1.34; color: #111; }
body { margin: 0; }
.sheet { position: relative; width: 297mm; height: 210mm; }
.head { position: absolute; left: 14mm; top: 10mm; width: 170mm; }
.kicker { font: bold 8pt "Liberation Sans"; letter-spacing: 1.5pt; color: #2a6f73; margin: 0 0 1mm; }
h1 { margin: 0 0 2mm; font-weight: normal; }
h1 .l1 { font: bold 24pt/1.05 "Liberation Sans"; display: block; }
h1 .l2 { font: italic 15pt/1.2 "Liberation Serif"; display: block; color: #2a6f73; }
.intro { font: 10.5pt/1.38 "Liberation Serif"; margin: 0; }
.side { position: absolute; left: 196mm; top: 12mm; width: 87mm; background: #e3efee; padding: 3mm; box-sizing: border-box; }
.side h3 { font: bold 10pt "Liberation Sans"; margin: 0 0 1mm; }
.side p { font: 8.6pt/1.33 "Liberation Serif"; margin: 0 0 1.5mm; }
.grid { position: absolute; left: 14mm; top: 62mm; width: 269mm; height: 134mm; display: grid;
        grid-template-columns: 1fr 1fr 1fr; grid-template-rows: 1fr 1fr; column-gap: 7mm; row-gap: 4mm; }
.lab { border-top: 1.2pt solid #2a6f73; padding-top: 2mm; position: relative; }
.num { position: absolute; left: 0; top: 2mm; width: 9mm; height: 9mm; border-radius: 50%; background: #2a6f73; color: #fff;
       font: bold 12pt/9mm "Liberation Sans"; text-align: center; }
.lab h2 { font: bold 11pt/1.2 "Liberation Sans"; margin: 0 0 1mm 12mm; min-height: 9mm; }
.tomb { font: 7.8pt/1.3 "Liberation Sans"; color: #444; margin: 0 0 1.5mm 12mm; }
.tomb span { display: block; }
.lab p.t { font: 9pt/1.34 "Liberation Serif"; margin: 0 0 1.3mm; }
.fig { display: flex; gap: 3mm; margin-top: 1.5mm; }
.fig .pic { width: 30mm; height: 20mm; background: #bdbdbd; flex: none; }
.fig .cap { font: 7.8pt/1.3 "Liberation Sans"; }
.fig .credit { display: block; font-style: italic; color: #555; }
.foot { position: absolute; left: 14mm; top: 200mm; width: 269mm; font: 7.5pt "Liberation Sans"; color: #555; }
.foot .pn { position: absolute; right: 0; top: 0; }
"""
    S = e["sections"]
    place = {"1": (1, 1), "2": (2, 1), "3": (1, 2), "4": (2, 2), "5": (1, 3), "6": (2, 3)}
    dom_order = ["1", "3", "5", "2", "4", "6"]
    b = [HEAD.format(title="Photograph 51", css=css), '<div class="sheet">']
    b.append(f'<div class="head"><p class="kicker">{esc(e["kicker"])}</p>'
             f'<h1><span class="l1">{esc(e["title_lines"][0])}</span><span class="l2">{esc(e["title_lines"][1])}</span></h1>'
             + para(e["intro"], cls="intro") + "</div>")
    b.append('<div class="grid">')
    by = {s["label"]: s for s in S}
    for k in dom_order:
        s = by[k]
        r, c = place[k]
        t = s["tomb"]
        inner = "".join(para(p, cls="t") for p in s["paras"])
        if s.get("caption"):
            cp = s["caption"]
            inner += (f'<div class="fig"><div class="pic"></div><div class="cap"><b>Above:</b> {esc(cp["text"])}'
                      f'<span class="credit">{esc(cp["credit"])}</span></div></div>')
        b.append(f'<div class="lab" style="grid-row:{r};grid-column:{c}"><div class="num">{k}</div>'
                 f'<h2>{esc(s["title"])}</h2><p class="tomb"><span>{esc(t[0])}</span><span>{esc(t[1])}</span>'
                 f'<span>{esc(t[2])}</span></p>{inner}</div>')
    b.append("</div>")
    sb = e["sidebar"]
    b.append(f'<div class="side"><h3>{esc(sb["title"])}</h3>' + "".join(para(p) for p in sb["paras"]) + "</div>")
    b.append(f'<div class="foot">{esc(e["running"][0])}<span class="pn">{esc(e["running"][1])}</span></div>')
    b.append("</div></body></html>")
    return "\n".join(b)


# ------------------------------------------------------------------------------------------ OED
def oed():
    e = EX["oxford_dictionary_1884"]
    css = """
@page { size: A4; margin: 18mm 15mm 16mm 15mm;
  @top-center { content: "ABANDON — ANTIQUARY"; font: 8.5pt "Liberation Serif"; letter-spacing: 1pt; }
  @top-right { content: "84"; font: bold 10pt "Liberation Serif"; } }
html { font-family: "Liberation Serif"; font-size: 10.2pt; line-height: 1.32; color: #121212; }
body { margin: 0; }
.kicker { font: 7.5pt "Liberation Sans"; letter-spacing: 1.5pt; color: #6b1f2a; margin: 0 0 1.5mm; border-bottom: 0.5pt solid #6b1f2a; padding-bottom: 1mm; }
h1 { margin: 0 0 2.5mm; font-weight: normal; }
h1 span { display: block; }
h1 .l1, h1 .l2 { font: bold 25pt/1.02 "Liberation Serif"; }
h1 .l3 { font: italic 14pt/1.3 "Liberation Serif"; color: #6b1f2a; }
.intro { font-size: 11pt; line-height: 1.35; margin: 0 0 4mm; column-count: 1; }
.cols { column-count: 3; column-gap: 5mm; column-rule: 0.4pt solid #aaa; column-fill: auto; height: 192mm; text-align: justify; }
.cols p { margin: 0; text-indent: 3.5mm; }
.cols p.run { text-indent: 0; margin-top: 2.5mm; }
.runin .lab { font-weight: bold; }
.runin .hd { font-weight: bold; font-variant: small-caps; letter-spacing: 0.3pt; }
.fig { margin: 2.5mm 0; text-indent: 0; }
.fig .cap { font: 7.6pt/1.3 "Liberation Sans"; text-align: left; }
.fig .credit { display: block; font-style: italic; color: #555; }
.fig .pic { height: 32mm; background: #bdbdbd; margin-top: 1.5mm; }
.pull { font: italic 11.5pt/1.3 "Liberation Serif"; text-align: center; margin: 3.5mm 2mm; color: #6b1f2a; }
table { border-collapse: collapse; width: 100%; font: 7.8pt "Liberation Sans"; margin: 3mm 0; }
table caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
th, td { border-top: 0.4pt solid #999; padding: 0.8mm 1mm; text-align: left; vertical-align: top; }
th[scope=row] { background: #eee2e2; }
.sidebar { border: 0.8pt solid #6b1f2a; padding: 2.5mm; margin-top: 3mm; text-align: left; }
.sidebar h3 { font: bold 9.5pt "Liberation Sans"; margin: 0 0 1mm; }
.sidebar p { text-indent: 0 !important; font-size: 9pt; margin: 0 0 1mm !important; }
.note { font: 7.3pt "Liberation Sans"; color: #333; border-top: 0.4pt solid #777; padding-top: 1mm; margin-top: 2mm; }
"""
    S = e["sections"]
    b = [HEAD.format(title="Every Word Has a History", css=css)]
    b.append(f'<p class="kicker">{esc(e["kicker"])}</p>')
    t = e["title_lines"]
    b.append(f'<h1><span class="l1">{esc(t[0])}</span><span class="l2">{esc(t[1])}</span><span class="l3">{esc(t[2])}</span></h1>')
    b.append(para(e["intro"], cls="intro"))
    b.append('<div class="cols">')
    for i, s in enumerate(S):
        for j, p in enumerate(s["paras"]):
            if j == 0:
                head = (f'<span class="runin"><span class="lab">{esc(s["label"])}.</span> '
                        f'<span class="hd">{esc(s["title"])}.</span></span> ')
                b.append('<p class="run">' + head + para(p, minlen=11)[3:])
            else:
                b.append(para(p, minlen=11))
        if s.get("caption"):
            c = s["caption"]
            b.append(f'<div class="fig"><div class="cap"><b>Below:</b> {esc(c["text"])}*'
                     f'<span class="credit">{esc(c["credit"])}</span></div><div class="pic"></div></div>')
        if i == 1:
            b.append(f'<p class="pull">{esc(e["pull"])}</p>')
    rows = e["table"]
    tb = ['<table><caption>The dictionary in parts</caption><tr>' + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>"]
    for r in rows[1:]:
        tb.append(f'<tr><th scope="row">{html.escape(r[0])}</th><td>{html.escape(r[1])}</td></tr>')
    tb.append("</table>")
    b.append("".join(tb))
    sb = e["sidebar"]
    b.append(f'<div class="sidebar"><h3>{esc(sb["title"])}</h3>' + "".join(para(p, minlen=11) for p in sb["paras"]) + "</div>")
    b.append("</div>")
    # the note runs under all three columns
    b.append(f'<p class="note">{esc(e["notes"]["N1"])}</p>')
    b.append("</body></html>")
    return "\n".join(b)


BUILDERS = {"linear_b_1952": linear_b, "amundsen_pole_1911": amundsen,
            "photo_51_1952": photo51, "oxford_dictionary_1884": oed}


def main(names=None):
    os.makedirs(SRC, exist_ok=True)
    for name, fn in BUILDERS.items():
        if names and name not in names:
            continue
        src = os.path.join(SRC, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fn())
        pdf = os.path.join(OUT, name + ".pdf")
        subprocess.run([VIV, "build", src, "-o", pdf, "--executable-browser", "/usr/bin/chromium",
                        "--log-level", "silent"], check=True, cwd=SRC)
        subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
