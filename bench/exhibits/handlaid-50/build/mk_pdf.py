"""Write the four Paged.js HTML sources, print them with Chromium (node/print_pdf.mjs), run pdftotext -raw."""
import html, os, re, shutil, subprocess, sys
import pyphen
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pdf_src")
OUT = os.path.abspath(os.path.join(HERE, ".."))
DIC = pyphen.Pyphen(lang="en_GB", left=3, right=3)
SHY = "\u00ad"


STATE = dict(n=0, keep=None)


def hy(text):
    """Escape and put soft hyphens into words of 7+ letters (compounds with '-' are left alone).
    First pass: every break point; second pass: only those Chromium used at a line end (STATE['keep'])."""
    def one(m):
        w = m.group(0)
        if len(w) < 7:
            return w
        parts = DIC.inserted(w, hyphen="\x00").split("\x00")
        res = parts[0]
        for q in parts[1:]:
            k = STATE["n"]
            STATE["n"] += 1
            if STATE["keep"] is None or k in STATE["keep"]:
                res += SHY
            res += q
        return res
    parts = re.split(r"(\s+)", text)
    res = []
    for p in parts:
        if "-" in p or "–" in p or any(ch.isdigit() for ch in p):
            res.append(p)
        else:
            res.append(re.sub(r"[A-Za-z]+", one, p))
    return html.escape("".join(res), quote=False)


def esc(t):
    return html.escape(t, quote=False)


HEAD = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<script>window.PagedConfig = {{ auto: true, after: () => {{ window.__pagedDone = true; }} }};</script>
<script src="paged.polyfill.js"></script>
<style>
{css}
</style></head><body>
"""

# ------------------------------------------------------------------ ether dome: A4 catalogue pages 88-89
ETHER_CSS = """
@page { size: A4; margin: 24mm 24mm 26mm 30mm;
  @top-left { content: element(runhead); vertical-align: bottom; padding-bottom: 4mm; width: 62%; }
  @top-right { content: string(chap); font: italic 8.5pt 'Liberation Serif'; color: #555; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-center { content: counter(page); font: 9pt 'Liberation Sans'; }
  @footnote { border-top: 0.5pt solid #888; padding-top: 2mm; margin-top: 4mm; }
}
@page :first { @bottom-center { content: "88"; } }
@page :nth(2) { @bottom-center { content: "89"; } }
.runhead { position: running(runhead); font: 8.5pt 'Liberation Sans'; letter-spacing: .04em; color: #555; }
.kicker { font: bold 9pt 'Liberation Sans'; color: #8a2b1f; letter-spacing: .12em; text-transform: uppercase; margin: 0 0 3mm; }
h1 { font: 26pt/1.1 'Liberation Serif'; margin: 0 0 5mm; string-set: chap content(text); }
h1 .l2 { display: block; font-style: italic; color: #8a2b1f; }
.intro { font: italic 12pt/1.45 'Liberation Serif'; margin: 0 0 6mm; }
h2 { font: bold 12pt 'Liberation Sans'; margin: 6mm 0 2mm; }
h2 .lab { color: #8a2b1f; margin-right: 3mm; }
p { font: 10.8pt/1.5 'Liberation Serif'; text-align: justify; margin: 0; text-indent: 5mm; hyphens: manual; }
h2 + p, .fig + p { text-indent: 0; }
.boxq { float: right; width: 52mm; margin: 2mm 0 2mm 5mm; padding: 4mm; background: #f3e3d0; border-left: 3pt solid #8a2b1f;
  font: bold italic 12.5pt/1.3 'Liberation Serif'; color: #5a1d14; text-indent: 0; text-align: left; }
.fig { margin: 4mm 0 4mm; break-inside: avoid; }
.fig .pic { height: 44mm; background: #bdbdbd; }
.fig .cap { font: 8.5pt/1.35 'Liberation Sans'; margin-top: 2mm; }
.fig .cap b { color: #8a2b1f; }
.fig .credit { display: block; font-style: italic; color: #555; }
.fn { float: footnote; font: 8pt/1.3 'Liberation Serif'; text-indent: 0; text-align: left; }
.side { margin-top: 6mm; padding: 4mm 5mm; background: #ece6dc; }
.side h3 { font: bold 10.5pt 'Liberation Sans'; margin: 0 0 2mm; }
.side p { font: 9.5pt/1.45 'Liberation Sans'; text-indent: 0; text-align: left; }
"""


def ether():
    e = EX["ether_dome_1846"]
    o = [HEAD.format(title=esc(" ".join(e["title_lines"])), css=ETHER_CSS)]
    o.append('<div class="runhead">%s &#160;·&#160; %s</div>' % (esc(e["running"][0]), esc(e["running"][1])))
    o.append('<p class="kicker">%s</p>' % esc(e["kicker"]))
    o.append('<h1>%s <span class="l2">%s</span></h1>' % (esc(e["title_lines"][0]), esc(e["title_lines"][1])))
    o.append('<div class="intro">%s</div>' % esc(e["intro"]))
    for s in e["sections"]:
        o.append('<h2><span class="lab">%s</span>%s</h2>' % (esc(s["label"]), esc(s["title"])))
        if s["label"] == "6.2":
            c = s["caption"]
            o.append('<div class="fig"><div class="pic"></div><div class="cap"><b>%s:</b> %s <span class="credit">%s</span></div></div>'
                     % (c["position"], esc(c["text"]), esc(c["credit"])))
        for i, p in enumerate(s["paras"]):
            if s["label"] == "6.2" and i == 1:
                # the box quote sits inside the paragraph, mid-sentence
                a, b = p.split(" Morton arrived late,", 1)
                a1, a2 = a.split(" the senior surgeon ", 1)
                o.append('<p>%s the senior <span class="boxq">%s</span>surgeon %s Morton arrived late,%s</p>' % (
                    hy(a1), esc(e["boxquote"]), hy(a2), hy(b)))
            elif s["label"] == "6.2" and i == 2:
                a, b = p.split("who were there,", 1)
                o.append('<p>%swho were there,<span class="fn">%s</span>%s</p>' % (hy(a), esc(e["note"]), hy(b)))
            else:
                o.append('<p>%s</p>' % hy(p))
    sb = e["sidebar"]
    o.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(sb["title"]), "".join('<p>%s</p>' % hy(p) for p in sb["paras"])))
    o.append("</body></html>")
    return "\n".join(o)


# ------------------------------------------------------------------ keeling: A3 landscape wall panel
KEEL_CSS = """
@page { size: 420mm 297mm; margin: 0 0 18mm 0;
  @bottom-left { content: "Dunmore Science Centre · Climate Gallery"; font: 11pt 'Liberation Sans'; color: #1d4e5f; padding-left: 22mm; }
  @bottom-right { content: "Panel 7.3"; font: bold 14pt 'Liberation Sans'; color: #1d4e5f; padding-right: 22mm; }
}
body { margin: 0; }
.band { background: #1d4e5f; color: #fff; padding: 10mm 22mm 7mm; }
.kicker { font: bold 12pt 'Liberation Sans'; letter-spacing: .2em; text-transform: uppercase; color: #f2c14e; margin: 0 0 3mm; }
h1 { font: bold 40pt/1.08 'Liberation Sans'; margin: 0; }
h1 .l2 { display: block; font-weight: normal; color: #cfe7ee; }
.intro { font: bold 14pt/1.4 'Liberation Sans'; margin: 6mm 22mm 5mm; color: #1d4e5f; width: 250mm; }
.cols { column-count: 3; column-gap: 12mm; margin: 0 22mm; }
h2 { font: bold 16pt 'Liberation Sans'; margin: 0 0 2mm; break-after: avoid; }
h2 .lab { display: inline-block; width: 9mm; height: 9mm; line-height: 9mm; text-align: center; background: #e35d2f; color: #fff; margin-right: 3mm; border-radius: 1mm; }
p { font: 12pt/1.38 'Liberation Serif'; margin: 0 0 2.2mm; hyphens: manual; }
.sec { margin-bottom: 4mm; }
.pq { column-span: all; border-top: 2pt solid #e35d2f; border-bottom: 2pt solid #e35d2f; margin: 2mm 0 5mm; padding: 3mm 0;
  font: italic 20pt 'Liberation Serif'; color: #1d4e5f; text-align: center; }
.fig { break-inside: avoid; margin: 2mm 0 4mm; }
.fig .pic { height: 36mm; background: #b9b9b9; }
.fig .cap { font: 10pt/1.35 'Liberation Sans'; margin-top: 1.5mm; }
.fig .credit { display: block; color: #666; font-size: 9pt; }
table { border-collapse: collapse; margin: 2mm 0 5mm; font: 11pt 'Liberation Sans'; break-inside: avoid; width: 100%; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
th { background: #1d4e5f; color: #fff; text-align: left; padding: 1.2mm 3mm; width: 25mm; }
td { border-bottom: 0.5pt solid #9bb; padding: 1.2mm 3mm; }
.side { break-inside: avoid; transform: rotate(-2.5deg); background: #fbe7a6; padding: 5mm 6mm; margin: 6mm 4mm 0; box-shadow: 1mm 1mm 0 #d9c27e; }
.side h3 { font: bold 13pt 'Liberation Sans'; margin: 0 0 2mm; }
.side p { font: 11pt/1.4 'Liberation Sans'; }
"""


def keeling():
    e = EX["keeling_curve_1958"]
    o = [HEAD.format(title=esc(" ".join(e["title_lines"])), css=KEEL_CSS)]
    o.append('<div class="band"><p class="kicker">%s</p><h1>%s <span class="l2">%s</span></h1></div>'
             % (esc(e["kicker"]), esc(e["title_lines"][0]), esc(e["title_lines"][1])))
    o.append('<div class="intro">%s</div>' % esc(e["intro"]))
    o.append('<div class="cols">')
    for s in e["sections"]:
        if s["label"] == "C":
            o.append('<div class="pq">%s</div>' % esc(e["pullquote"]))
        o.append('<div class="sec"><h2><span class="lab">%s</span>%s</h2>' % (esc(s["label"]), esc(s["title"])))
        for p in s["paras"]:
            o.append('<p>%s</p>' % hy(p))
        c = s.get("caption")
        if c:
            o.append('<div class="fig"><div class="pic"></div><div class="cap"><b>%s:</b> %s<span class="credit">%s</span></div></div>'
                     % (c["position"], esc(c["text"]), esc(c["credit"])))
        o.append('</div>')
        if s["label"] == "C":
            o.append('<table><caption>Milestones, parts per million</caption>'
                     '<tr><th>1958</th><td>313, first monthly average</td></tr>'
                     '<tr><th>1970</th><td>325</td></tr><tr><th>1990</th><td>354</td></tr>'
                     '<tr><th>2013</th><td>400, daily average in May</td></tr></table>')
    sb = e["sidebar"]
    o.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(sb["title"]), "".join('<p>%s</p>' % hy(p) for p in sb["paras"])))
    o.append('</div></body></html>')
    return "\n".join(o)


# ------------------------------------------------------------------ gombe: A4 two-column gallery sheet
GOMBE_CSS = """
@page { size: A4; margin: 22mm 16mm 24mm 16mm;
  @top-right { content: "Heronsgate Museum of Natural History"; font: 8.5pt 'Liberation Sans'; color: #4a6b2a; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: "Gallery sheet · Primates"; font: 8.5pt 'Liberation Sans'; color: #4a6b2a; }
  @bottom-right { content: counter(page); font: bold 10pt 'Liberation Sans'; color: #4a6b2a; }
  @footnote { border-top: 0.5pt solid #4a6b2a; padding-top: 1.5mm; }
}
.kicker { counter-reset: page 3; }
.kicker { font: bold 9pt 'Liberation Sans'; color: #4a6b2a; letter-spacing: .15em; text-transform: uppercase; margin: 0 0 2mm; }
h1 { font: bold 25pt/1.1 'Liberation Serif'; margin: 0 0 4mm; }
h1 .l2 { display: block; font-weight: normal; font-size: 19pt; color: #4a6b2a; }
.intro { font: bold 11pt/1.45 'Liberation Sans'; margin: 0 0 5mm; }
.cols { column-count: 2; column-gap: 8mm; }
h2 { font: bold 11.5pt 'Liberation Sans'; margin: 3mm 0 1.5mm; break-after: avoid; }
h2 .lab { font-family: 'Liberation Serif'; color: #4a6b2a; margin-right: 2mm; }
p { font: 9.8pt/1.45 'Liberation Serif'; margin: 0 0 2mm; text-align: justify; hyphens: manual; }
.fig { float: left; width: 100%; display: flex; gap: 3mm; margin: 2mm 0 3mm; text-align: left; }
.fig .pic { flex: 0 0 34mm; height: 40mm; background: #bcbcbc; }
.fig .cap { font: 8.3pt/1.35 'Liberation Sans'; }
.fig .credit { display: block; font-style: italic; color: #555; margin-top: 1mm; }
.fn { float: footnote; font: 7.8pt/1.3 'Liberation Sans'; text-align: left; }
.side { break-inside: avoid; background: #e4ecd6; padding: 3mm 4mm; margin-top: 4mm; }
.side h3 { font: bold 10pt 'Liberation Sans'; margin: 0 0 1.5mm; }
.side p { font: 9pt/1.4 'Liberation Sans'; text-align: left; }
"""


def gombe():
    e = EX["gombe_chimpanzees_1960"]
    o = [HEAD.format(title=esc(" ".join(e["title_lines"])), css=GOMBE_CSS)]
    o.append('<p class="kicker">%s</p>' % esc(e["kicker"]))
    o.append('<h1>%s <span class="l2">%s</span></h1>' % (esc(e["title_lines"][0]), esc(e["title_lines"][1])))
    o.append('<div class="intro">%s</div><div class="cols">' % esc(e["intro"]))
    for s in e["sections"]:
        o.append('<h2><span class="lab">%s</span> %s</h2>' % (esc(s["label"]), esc(s["title"])))
        for i, p in enumerate(s["paras"]):
            if s["label"] == "II" and i == 1:
                c = s["caption"]
                a, b = p.split(" by a termite mound.", 1)
                fig = ('<span class="fig"><span class="pic"></span><span class="cap"><b>%s:</b> %s<span class="credit">%s</span></span></span>'
                       % (c["position"], esc(c["text"]), esc(c["credit"])))
                o.append('<p>%s by a termite %smound.%s</p>' % (hy(a), fig, hy(b)))
            elif s["label"] == "III" and i == 1:
                a, b = p.split("war between communities,", 1)
                o.append('<p>%swar between communities,<span class="fn">%s</span>%s</p>' % (hy(a), esc(e["note"]), hy(b)))
            else:
                o.append('<p>%s</p>' % hy(p))
    sb = e["sidebar"]
    o.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(sb["title"]), "".join('<p>%s</p>' % hy(p) for p in sb["paras"])))
    o.append('</div></body></html>')
    return "\n".join(o)


# ------------------------------------------------------------------ sydney: bi-fold leaflet, A4 landscape x2
SYD_CSS = """
@page { size: 297mm 210mm; margin: 0; }
body { margin: 0; }
.sheet { width: 297mm; height: 210mm; box-sizing: border-box; break-after: page; display: flex; }
.sheet:last-child { break-after: auto; }
.panel { width: 148.5mm; height: 210mm; box-sizing: border-box; padding: 13mm 12mm; position: relative; }
.back { background: #f4f1ea; }
.cover { background: #0f3550; color: #fff; }
.kicker { font: bold 8.5pt 'Liberation Sans'; letter-spacing: .12em; text-transform: uppercase; color: #9fd0e8; margin: 0 0 6mm; }
h1 { font: bold 26pt/1.12 'Liberation Sans'; margin: 0 0 6mm; }
h1 span { display: block; }
h1 .l3 { color: #9fd0e8; font-weight: normal; font-size: 20pt; }
.intro { font: 11pt/1.5 'Liberation Serif'; }
.cover .pic { position: absolute; left: 12mm; right: 12mm; bottom: 14mm; height: 62mm; background: #9a9a9a; }
.pq { font: italic 16pt/1.3 'Liberation Serif'; color: #0f3550; border-left: 3pt solid #d9822b; padding-left: 5mm; margin: 0 0 10mm; }
.side { background: #fff; padding: 5mm 6mm; border-top: 3pt solid #d9822b; }
.side h3 { font: bold 11pt 'Liberation Sans'; margin: 0 0 2mm; color: #0f3550; }
.side p { font: 9.5pt/1.45 'Liberation Sans'; margin: 0 0 2mm; }
.addr { position: absolute; left: 12mm; right: 12mm; bottom: 13mm; font: 8.5pt/1.5 'Liberation Sans'; color: #333; border-top: 0.5pt solid #999; padding-top: 3mm; }
.inside { display: block; padding: 13mm 12mm; }
.cols { column-count: 2; column-gap: 24mm; column-fill: auto; height: 171mm; }
h2 { font: bold 12.5pt 'Liberation Sans'; color: #0f3550; margin: 0 0 2mm; break-after: avoid; }
h2 .lab { display: inline-block; background: #d9822b; color: #fff; width: 6.5mm; text-align: center; margin-right: 2.5mm; }
p { font: 10.4pt/1.45 'Liberation Serif'; margin: 0 0 2.2mm; hyphens: manual; }
.sec { margin-bottom: 4mm; }
.cap { font: 8.3pt/1.35 'Liberation Sans'; margin: 1mm 0 1.5mm; }
.cap .credit { display: block; color: #666; font-style: italic; }
.fig .pic { height: 38mm; background: #b5b5b5; margin-bottom: 3mm; }
table { border-collapse: collapse; width: 100%; font: 9pt 'Liberation Sans'; margin-top: 2mm; break-inside: avoid; }
caption { text-align: left; font-weight: bold; color: #0f3550; padding-bottom: 1mm; }
th { text-align: left; background: #0f3550; color: #fff; padding: 1mm 2mm; width: 42mm; font-weight: normal; }
td { padding: 1mm 2mm; border-bottom: 0.5pt solid #bbb; }
"""


def sydney():
    e = EX["sydney_opera_house_1973"]
    o = [HEAD.format(title=esc(" ".join(e["title_lines"])), css=SYD_CSS)]
    sb = e["sidebar"]
    # outside of the sheet: back panel (left) then cover (right)
    o.append('<div class="sheet"><div class="panel back">')
    o.append('<div class="pq">%s</div>' % esc(e["pullquote"]))
    o.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(sb["title"]), "".join('<p>%s</p>' % hy(p) for p in sb["paras"])))
    o.append('<div class="addr">Harbourside Design Museum<br>14 Quay Lane, Millers Point<br>Open daily 10–5 · Free entry to the leaflet galleries</div>')
    o.append('</div><div class="panel cover">')
    o.append('<p class="kicker">%s</p>' % esc(e["kicker"]))
    o.append('<h1>%s</h1>' % "".join('<span class="l%d">%s</span> ' % (i + 1, esc(t)) for i, t in enumerate(e["title_lines"])))
    o.append('<div class="intro">%s</div><div class="pic"></div></div></div>' % esc(e["intro"]))
    # inside: two panels, one flow in two columns
    o.append('<div class="sheet inside"><div class="cols">')
    for s in e["sections"]:
        o.append('<div class="sec"><h2><span class="lab">%s</span>%s</h2>' % (esc(s["label"]), esc(s["title"])))
        for i, p in enumerate(s["paras"]):
            o.append('<p>%s</p>' % hy(p))
            c = s.get("caption")
            if c and i == 0:
                o.append('<div class="fig"><div class="cap"><b>%s:</b> %s<span class="credit">%s</span></div><div class="pic"></div></div>'
                         % (c["position"], esc(c["text"]), esc(c["credit"])))
        o.append('</div>')
        if s["label"] == "2":
            pass
    o.append('<table><caption>Key figures</caption>'
             '<tr><th>Competition entries</th><td>233</td></tr>'
             '<tr><th>Work on site began</th><td>March 1959</td></tr>'
             '<tr><th>Roof segments</th><td>2,194</td></tr>'
             '<tr><th>Opened</th><td>20 October 1973</td></tr></table>')
    o.append('</div></div></body></html>')
    return "\n".join(o)


BUILDERS = dict(ether_dome_1846=ether, keeling_curve_1958=keeling, gombe_chimpanzees_1960=gombe,
                sydney_opera_house_1973=sydney)


def write_sources(names, keep):
    files = []
    for n in names:
        STATE["n"] = 0
        STATE["keep"] = keep.get(n) if keep is not None else None
        p = os.path.join(SRC, n + ".html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(BUILDERS[n]())
        files.append(p)
    return files


def main(names):
    import json
    os.makedirs(SRC, exist_ok=True)
    shutil.copy(os.path.join(HERE, "node", "node_modules", "pagedjs", "dist", "paged.polyfill.js"), SRC)
    # pass 1: all soft hyphens; note which ones Chromium breaks at
    files = write_sources(names, None)
    subprocess.run(["node", os.path.join(HERE, "node", "print_pdf.mjs")] + files, check=True, env=dict(os.environ, SHY_DIR=SRC))
    keep = {}
    for n in names:
        with open(os.path.join(SRC, n + ".shy.json")) as f:
            d = json.load(f)
        keep[n] = set(d["used"])
        print(n, "soft hyphens used:", len(d["used"]), "of", d["total"])
    # pass 2: only the used ones stay (a greedy line breaker then makes the same breaks)
    files = write_sources(names, keep)
    subprocess.run(["node", os.path.join(HERE, "node", "print_pdf.mjs")] + files, check=True, env=dict(os.environ, SHY_DIR=SRC))
    for n in names:
        with open(os.path.join(SRC, n + ".shy.json")) as f:
            d = json.load(f)
        if d["total"] != len(keep[n]) or len(d["used"]) != d["total"]:
            print("WARNING", n, "second pass: %d soft hyphens, %d at line ends" % (d["total"], len(d["used"])))
    for n in names:
        shutil.move(os.path.join(SRC, n + ".pdf"), os.path.join(OUT, n + ".pdf"))
        subprocess.run(["pdftotext", "-raw", os.path.join(OUT, n + ".pdf"), os.path.join(OUT, n + ".txt")], check=True)


if __name__ == "__main__":
    main(sys.argv[1:] or list(BUILDERS))
