"""Exhibit 2: darien_scheme -- HTML + CSS (tables/floats for old WebKit) -> wkhtmltopdf (Qt WebKit), A4 landscape."""
import subprocess, shutil, os, html, re
from content import DARIEN as D, write_gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
e = html.escape
p1, p2, p3, side = D["sections"]

def paras(sec):
    return [b["text"] for b in sec["blocks"] if b["kind"] == "paragraph"]
def cap(sec):
    c = [b for b in sec["blocks"] if b["kind"] == "caption"]
    return c[0] if c else None

def panel(sec, extra_top="", extra_mid=""):
    ps = paras(sec)
    out = ['<div class="panel">', '<div class="num">%s</div>' % e(sec["label"]), '<h2>%s</h2>' % e(sec["title"]), extra_top]
    out.append('<p class="first">%s</p>' % e(ps[0]))
    out.append(extra_mid)
    for t in ps[1:]:
        out.append('<p>%s</p>' % e(t))
    out.append('</div>')
    return "\n".join(out)

c1, c2 = cap(p1), cap(p2)
fig1 = ('<table class="figrow"><tr><td class="pic"><img src="img/grey_a.png"></td>'
        '<td class="cap"><b>%s:</b> %s<br><span class="credit">%s</span></td></tr></table>') % (e(c1["position"]), e(c1["text"]), e(c1["credit"]))
fig2 = ('<div class="figbox"><p class="cap"><b>%s:</b> %s <span class="credit">%s</span></p></div>') % (e(c2["position"]), e(c2["text"]), e(c2["credit"]))
quote = '<blockquote class="pq">%s</blockquote>' % e(D["pullquote"])

page = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>%(title)s</title>
<style>
body { zoom: 1.12; font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.38; color: #1d1d1d; margin: 0; }
.eyebrow { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: #1b5e7a; font-weight: bold; margin: 0 0 4px 0; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 27pt; line-height: 1.1; margin: 0 0 8px 0; width: 70%%; }
.standfirst { font-size: 12.5pt; font-style: italic; width: 72%%; margin: 0 0 10px 0; border-bottom: 3px solid #1b5e7a; padding-bottom: 10px; }
table.grid { width: 100%%; border-collapse: collapse; table-layout: fixed; }
table.grid td.col { vertical-align: top; padding: 0 12px; border-left: 1px solid #b9c9d0; }
table.grid td.col.firstcol { padding-left: 0; border-left: none; }
.num { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; font-weight: bold; color: #fff; background: #1b5e7a; display: inline-block; padding: 1px 6px; }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 13.5pt; margin: 4px 0 6px 0; color: #1b5e7a; }
p { margin: 0 0 7px 0; text-align: justify; }
table.figrow { width: 100%%; border-collapse: collapse; margin: 4px 0 8px 0; }
table.figrow td.pic { width: 48%%; vertical-align: top; padding: 0; }
table.figrow td.pic img { width: 100%%; height: 33mm; }
td.cap, p.cap { font-family: "DejaVu Sans", sans-serif; font-size: 7.8pt; line-height: 1.3; vertical-align: top; padding-left: 7px; text-align: left; }
.credit { color: #666; font-style: italic; }
.figbox { float: right; width: 44%%; margin: 2px 0 6px 10px; }
.figbox .img { height: 34mm; background: #b4b4b4; }
.figbox p.cap { padding: 3px 0 0 0; margin: 0; }
blockquote.pq { font-size: 14pt; font-style: italic; color: #1b5e7a; border-top: 2px solid #1b5e7a; border-bottom: 2px solid #1b5e7a; margin: 8px 0 10px 0; padding: 6px 0; text-align: center; }
.sheet { position: relative; height: 192mm; }
.runhead { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #555; border-bottom: 0.5px solid #888; padding-bottom: 3px; margin-bottom: 10px; }
.rh-right { float: right; }
.runfoot { position: absolute; bottom: 0; left: 0; right: 0; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #555; text-align: right; border-top: 0.5px solid #888; padding-top: 3px; }
.sidebar { background: #e6eef1; border: 1px solid #9db4be; padding: 8px 10px; margin-top: 10px; }
.sidebar h3 { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; margin: 0 0 4px 0; text-transform: uppercase; letter-spacing: 0.06em; }
.sidebar p { font-size: 9.5pt; margin: 0; }
</style></head>
<body><div class="sheet">
<div class="runhead">%(header)s<span class="rh-right">Gallery 2</span></div>
<p class="eyebrow">%(eyebrow)s</p>
<h1>%(title)s</h1>
<p class="standfirst">%(standfirst)s</p>
<table class="grid"><tr>
<td class="col firstcol">%(panel1)s</td>
<td class="col">%(panel2)s</td>
<td class="col">%(panel3)s
<div class="sidebar"><h3>%(stitle)s</h3><p>%(stext)s</p></div>
</td>
</tr></table>
<div class="runfoot">%(footer)s</div>
</div></body></html>
""" % dict(title=e(D["title"]), header=e(D["header"]), footer=e(D["footer"]), eyebrow=e(D["eyebrow"]), standfirst=e(D["standfirst"]),
           panel1=panel(p1, extra_mid=quote + fig1),
           panel2=panel(p2, extra_top='<div class="figbox"><div class="img"></div>%s</div>' % fig2[len('<div class="figbox">'):-len('</div>')]),
           panel3=panel(p3), stitle=e(side["title"]), stext=e(paras(side)[0]))

with open(os.path.join(HERE, "darien_scheme.html"), "w", encoding="utf-8") as f:
    f.write(page)
subprocess.run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "-O", "Landscape", "-s", "A4",
                "-T", "12mm", "-B", "10mm", "-L", "15mm", "-R", "15mm",
                "--disable-smart-shrinking",
                "darien_scheme.html", os.path.join(OUT, "darien_scheme.pdf")], cwd=HERE, check=True)
subprocess.run(["pdftotext", "-raw", "darien_scheme.pdf", "darien_scheme.txt"], cwd=OUT, check=True)
npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(OUT, "darien_scheme.pdf")], capture_output=True, text=True).stdout).group(1))
running = [D["header"], D["footer"]]
# the sidebar heading is set with CSS text-transform: uppercase, and WebKit writes the capitals into the PDF text:
# the gold gives it as printed.
import copy
secs = copy.deepcopy(D["sections"])
secs[-1]["title"] = secs[-1]["title"].upper()
sections = [{"label": None, "title": D["title"], "blocks": [{"kind": "paragraph", "text": D["standfirst"]}]}] + secs
write_gold(os.path.join(OUT, "darien_scheme.json"), D["title"], running, sections)
print("pages", npages)
