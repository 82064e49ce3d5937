"""hoxne_hoard_1992: DOCX made by html-docx-js 0.3.1 (npm) from an HTML file written here.
html-docx-js does not write WordprocessingML paragraphs: it stores the HTML (as MHT) in an altChunk part
that Word converts when it opens the file."""
import os, re, base64, html, subprocess
from content import HOXNE as C
from lib import gold, write_gold, strip_marks
from png import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")

def marks(t):
    """Escape the text and turn ^n^ note markers into superscript marks."""
    return re.sub(r"\^(\d+)\^", r"<sup>\1</sup>", html.escape(t, quote=False))

img = base64.b64encode(grey_png(os.path.join(HERE, "hoxne_spoons.png"), 360, 200)).decode()
h = []
h.append("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Hoxne Hoard, 1992</title>
<style>
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; }
p.kicker { font-family: Arial, sans-serif; font-size: 9pt; color: #7a4b12; font-weight: bold; letter-spacing: 1pt; }
h1 { font-family: Georgia, serif; font-size: 26pt; color: #3b2a12; margin-bottom: 4pt; }
p.intro { font-size: 13pt; font-style: italic; border-bottom: 1pt solid #7a4b12; padding-bottom: 6pt; }
p.label { font-family: Arial, sans-serif; font-size: 9pt; font-weight: bold; color: #ffffff; background: #7a4b12; margin-top: 18pt; }
p.quote { font-size: 15pt; font-style: italic; color: #7a4b12; text-align: center; margin: 14pt 40pt; }
td.cap { font-family: Arial, sans-serif; font-size: 9pt; }
div.side { border: 1pt solid #7a4b12; background: #f6eedf; padding: 8pt; }
</style></head><body>""")
h.append(f'<p class="kicker">{html.escape(C["kicker"].upper())}</p>')
h.append(f'<h1>{html.escape(C["title_lines"][0])}<br><span style="font-size:18pt;font-style:italic;font-weight:normal">'
         f'{html.escape(C["title_lines"][1])}</span></h1>')
h.append(f'<p class="intro">{html.escape(C["intro"])}</p>')
for label, title, blocks in C["sections"][:-1]:
    h.append(f'<p class="label">{html.escape(label)}</p>')
    first = True
    for b in blocks:
        if b[0] == "p":
            if first:
                # run-in head: bold, body size, in the same paragraph
                h.append(f'<p><b>{html.escape(title)}.</b> {marks(b[1])}</p>')
                first = False
            else:
                h.append(f"<p>{marks(b[1])}</p>")
        else:
            h.append('<table style="width:100%;border-collapse:collapse"><tr><td>'
                     f'<img src="data:image/png;base64,{img}" width="360" height="200" alt="Silver spoons"></td></tr>'
                     f'<tr><td class="cap"><b>{b[1]}:</b> {html.escape(b[2])}<br><i>{html.escape(b[3])}</i></td></tr></table>')
    if label == "Display 2":
        h.append('<table border="1" style="border-collapse:collapse;font-family:Arial;font-size:9pt">'
                 '<caption><b>What was in the chest</b></caption>')
        for k, v in C["contents"]:
            h.append(f'<tr><th style="background:#f6eedf;text-align:left">{html.escape(k)}</th><td>{html.escape(v)}</td></tr>')
        h.append("</table>")
        h.append(f'<p class="quote">{html.escape(C["quote"])}</p>')
side = C["sections"][-1]
h.append(f'<div class="side"><p><b>{html.escape(side[1])}</b></p><p>{html.escape(side[2][0][1])}</p></div>')
h.append("<p><b>Notes</b></p><ol>")
for n in sorted(C["notes"]):
    h.append(f"<li>{html.escape(C['notes'][n])}</li>")
h.append("</ol></body></html>")
src = os.path.join(HERE, "hoxne_src.html")
open(src, "w", encoding="utf-8").write("\n".join(h))
docx = os.path.join(OUT, C["name"] + ".docx")
subprocess.run(["node", os.path.join(HERE, "mk_docx.js"), src, docx], check=True)
write_gold(os.path.join(OUT, C["name"] + ".json"), gold(C["title_lines"], C["intro"], C["sections"], []))
