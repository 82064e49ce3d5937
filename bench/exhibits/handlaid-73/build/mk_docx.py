"""Ortelius DOCX: an HTML source in docwow's own dialect (data-dw-* attributes), converted by
docwow 1.0.2 (`docwow.to_docx`).  Kept as build/docx/ortelius_theatrum_1570.dw.html."""
import os, sys, base64, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docwow
from texts import DOCS
from png import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
d = DOCS["ortelius_theatrum_1570"]
E = html.escape

def r(text, **fmt):
    attrs = "".join(f' data-dw-{k.replace("_", "-")}="{E(str(v))}"' for k, v in fmt.items())
    return f'<span class="dw-r"{attrs}>{E(text)}</span>'

def p(*runs, style=None, **pf):
    a = f' data-dw-style="{style}"' if style else ""
    a += "".join(f' data-dw-{k.replace("_", "-")}="{E(str(v))}"' for k, v in pf.items())
    return f'<p class="dw-p"{a}>' + "".join(runs) + "</p>"

def ins(text, cid):
    return f'<ins class="dw-ins" data-dw-author="M. de Vries" data-dw-date="2024-03-11T10:02:00Z" data-dw-change-id="{cid}">{r(text)}</ins>'
def dele(text, cid):
    return f'<del class="dw-del" data-dw-author="M. de Vries" data-dw-date="2024-03-11T10:04:00Z" data-dw-change-id="{cid}">{r(text)}</del>'

BODY = dict(alignment="justify", space_after="8pt", line_spacing="14pt")
png = base64.b64encode(grey_png(240, 170)).decode()
parts = []
parts.append(p(r(d["kicker"], italic="true", color="7F7F7F", font_size="9pt"), space_after="4pt"))
parts.append(p(r(d["title_lines"][0]), style="Heading1"))
parts.append(p(r(d["title_lines"][1], italic="true", font_size="14pt", color="5A4A2A"), space_after="12pt"))
parts.append(p(r(d["intro"], font_size="12.5pt"), space_after="14pt", alignment="left"))
cid = 1
for si, (label, title, paras, cap) in enumerate(d["sections"]):
    parts.append(p(r(label.upper() + "\t", small_caps="true", color="8A5A1E", bold="true"), r(title), style="Heading2",
                   tab_stops="left:60pt"))
    for pi, tx in enumerate(paras):
        runs = []
        if si == 0 and pi == 0:
            a, b = tx.split(" He trained", 1)
            runs = [r(a + " "), r("[check birth year against the city register] ", vanish="true", color="C00000"), r("He trained" + b)]
        elif si == 1 and pi == 0:
            a, b = tx.split("Hogenberg", 1)
            runs = [r(a + "Hogen"), r("berg", italic="false", font_name="Times New Roman"), r(b)]
        elif si == 1 and pi == 1:
            a, b = tx.split("more than eighty", 1)
            runs = [r(a), dele("some seventy", cid), ins("more than eighty", cid + 1), r(b)]
            cid += 2
        elif si == 2 and pi == 1:
            a, b = tx.split("St Michael.", 1)
            runs = [r(a + "St Michael."), f'<a data-dw-note-id="1" data-dw-note-type="footnote"></a>',
                    dele(" His grave was lost when the church was demolished.", cid), r(b)]
            cid += 1
        else:
            runs = [r(tx)]
        parts.append(p(*runs, **BODY))
        if cap and pi == 1:   # picture + caption in a two-cell table, between paragraphs 2 and 3
            img = (f'<img class="dw-img" src="data:image/png;base64,{png}" data-dw-width="180pt" '
                   f'data-dw-height="128pt" alt="grey placeholder for the world map">')
            cell1 = f'<td class="dw-td" data-dw-width="200pt">{p(img)}</td>'
            cell2 = (f'<td class="dw-td" data-dw-width="250pt">'
                     + p(r(cap[0] + ": ", bold="true"), r(cap[1]), style="Caption")
                     + p(r(cap[2], italic="true", font_size="8pt", color="595959"), alignment="right") + "</td>")
            parts.append(f'<table class="dw-table" data-dw-width="450pt" data-dw-col-widths="200pt,250pt">'
                         f'<tr class="dw-tr">{cell1}{cell2}</tr></table>')
    if si == 1:
        parts.append(p(r(d["quote"][0], italic="true", font_size="16pt", color="5A4A2A"), indent_left="36pt", indent_right="36pt",
                       space_before="10pt", space_after="2pt"))
        parts.append(p(r(d["quote"][1], font_size="9pt", color="7F7F7F"), alignment="right", space_after="12pt"))
st, sp = d["sidebar"]
# sidebar: a shaded one-cell table whose title is only a bold run
cell = p(r(st, bold="true", color="5A4A2A"), space_after="4pt") + "".join(p(r(tx, font_size="10pt")) for tx in sp)
parts.append('<table class="dw-table" data-dw-width="455pt" data-dw-col-widths="455pt"><tr class="dw-tr">'
             f'<td class="dw-td" data-dw-width="455pt" data-dw-shading="F2E6C9">{cell}</td></tr></table>')
footnotes = (f'<section class="dw-footnotes"><div class="dw-fn" data-dw-note-id="1"><div class="dw-fn-body">'
             + p(r(d["notes"][0], font_size="9pt")) + '</div></div></section>')
footer = ('<footer class="dw-footer dw-footer-default" data-dw-footer-type="default">'
          + p(r(d["running"][0] + " "), '<span class="dw-field" data-dw-field="PAGE"></span>', alignment="center") + "</footer>")
import json
META = {
    "Heading1": {"name": "heading 1", "styleType": "paragraph", "basedOn": "Normal", "next": "Normal", "outlineLvl": 0,
                 "paraFmt": {"spaceBefore": 0, "spaceAfter": 4, "keepWithNext": True},
                 "runFmt": {"bold": True, "fontSize": 30, "fontName": "Georgia", "color": "2F2413"}},
    "Heading2": {"name": "heading 2", "styleType": "paragraph", "basedOn": "Normal", "next": "Normal", "outlineLvl": 1,
                 "paraFmt": {"spaceBefore": 16, "spaceAfter": 6, "keepWithNext": True},
                 "runFmt": {"bold": True, "fontSize": 15, "fontName": "Georgia", "color": "2F2413"}},
    "Caption": {"name": "caption", "styleType": "paragraph", "basedOn": "Normal", "next": "Normal",
                "paraFmt": {"spaceAfter": 4}, "runFmt": {"fontSize": 9, "color": "404040"}},
}
doc = ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Theatre of the World</title>'
       '<script type="application/docwow-style-meta">' + json.dumps(META) + '</script></head><body>'
       '<div class="dw-document" data-dw-page-width="595.3pt" data-dw-page-height="841.9pt" data-dw-margin-top="64pt" '
       'data-dw-margin-bottom="64pt" data-dw-margin-left="70pt" data-dw-margin-right="70pt">'
       + "\n".join(parts) + "</div>" + footer + footnotes + "</body></html>")
os.makedirs(os.path.join(HERE, "docx"), exist_ok=True)
open(os.path.join(HERE, "docx", "ortelius_theatrum_1570.dw.html"), "w", encoding="utf-8").write(doc)
docwow.to_docx(doc, target=os.path.join(OUT, "ortelius_theatrum_1570.docx"))
print("docx written")
