# The two Forme exhibits: HTML + print CSS rendered by the Forme engine (formepdf 0.29.0, WASM, via wasmtime).
# Forme does the line breaking, pagination and flex layout itself.
import html, os, subprocess
import content as C
from goldlib import write_gold
from formepdf.wasm import _FormeEngine, _WASM_PATH

B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
E = lambda s: html.escape(s, quote=False)

def render(name, doc):
    open(os.path.join(B, name + ".forme.html"), "w").write(doc)
    pdf = _FormeEngine(_WASM_PATH).render_html(doc, "{}")
    open(os.path.join(OUT, name + ".pdf"), "wb").write(pdf)
    subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")], check=True)

def body(p):
    # ^N^ -> superscript note mark; '|' ignored here
    import re
    p = E(p.replace("|", ""))
    return re.sub(r"\^(\d+)\^", r'<sup class="n">\1</sup>', p)

def blanc():
    d = C.BLANC
    st = """
@page { size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-left { content: "%s"; font-family: sans-serif; font-size: 8pt; color: #555; }
  @bottom-right { content: "%s · page " counter(page) " of " counter(pages); font-family: sans-serif; font-size: 8pt; color: #555; } }
body { font-family: serif; font-size: 11pt; line-height: 1.4; color: #111; }
.kicker { font-family: sans-serif; font-weight: bold; font-size: 8pt; letter-spacing: 2pt; color: #2a6b4f; }
h1 { font-family: sans-serif; font-size: 24pt; line-height: 1.1; margin: 4pt 0 8pt 0; color: #1d3b2e; }
.intro { font-style: italic; font-size: 12pt; margin-bottom: 10pt; }
.top { display: flex; flex-direction: row; gap: 14pt; margin-bottom: 8pt; }
.plan { width: 230pt; height: 150pt; border: 1pt solid #777; background: #f2f2ee; padding: 6pt; }
.plan .row { display: flex; flex-direction: row; gap: 6pt; margin-bottom: 6pt; }
.room { border: 0.6pt solid #999; background: #fff; padding: 3pt; font-family: sans-serif; font-size: 7.5pt; width: 60pt; height: 34pt; }
.dot { background: #2a6b4f; color: #fff; font-family: sans-serif; font-weight: bold; font-size: 9pt; width: 14pt; height: 14pt; border-radius: 7pt; text-align: center; }
.planhead { font-family: sans-serif; font-size: 7.5pt; font-weight: bold; color: #2a6b4f; margin-bottom: 4pt; }
.stophead { display: flex; flex-direction: row; gap: 8pt; margin-top: 12pt; margin-bottom: 3pt; }
.num { background: #2a6b4f; color: #fff; font-family: sans-serif; font-weight: bold; font-size: 12pt; width: 20pt; height: 20pt; border-radius: 10pt; text-align: center; }
h2 { font-family: sans-serif; font-size: 13.5pt; margin: 0; color: #1d3b2e; }
p { margin: 0 0 5pt 0; text-align: justify; }
.fig { display: flex; flex-direction: row; gap: 10pt; margin: 8pt 0 8pt 0; }
.grey { width: 150pt; height: 100pt; background: #c8c8c8; }
.cap { width: 300pt; font-family: sans-serif; font-size: 8.5pt; }
.credit { font-style: italic; color: #666; font-size: 7.5pt; }
.side { background: #e8efe9; padding: 8pt; margin-top: 12pt; border-left: 3pt solid #2a6b4f; }
""" % (d["running"][0], d["running"][1])
    h = ['<html lang="en"><head><meta charset="utf-8"><style>' + st + '</style></head><body>']
    h.append('<div class="kicker">%s</div>' % E(d["kicker"]))
    h.append('<h1>' + "<br>".join(E(t) for t in d["title_lines"]) + '</h1>')
    h.append('<div class="top"><div class="intro" style="width:250pt">%s</div>' % E(d["intro"]))
    h.append('<div class="plan"><div class="planhead">ROOM 4 – PLAN</div>')
    h.append('<div class="row"><div class="room">Entrance</div><div class="room"><div class="dot">1</div></div><div class="room"><div class="dot">2</div></div></div>')
    h.append('<div class="row"><div class="room">Lift</div><div class="room"><div class="dot">3</div>Film room</div><div class="room"><div class="dot">4</div></div></div>')
    h.append('<div class="row"><div class="room"><div class="dot">5</div></div></div>')
    h.append('</div></div>')
    for num, title, paras in d["stops"]:
        h.append('<div class="stophead"><div class="num">%s</div><h2>%s</h2></div>' % (num, E(title)))
        for i, p in enumerate(paras):
            h.append('<p>%s</p>' % body(p))
            if num == "3" and i == len(paras) - 1:
                pos, cap, cr = d["cap"]
                h.append('<div class="fig"><div class="grey"></div><div class="cap"><b>%s:</b> %s<br><span class="credit">%s</span></div></div>' % (pos, E(cap), E(cr)))
    num, title, paras = d["side"]
    h.append('<div class="side"><div class="stophead"><div class="num">%s</div><h2>%s</h2></div>' % (num, E(title)))
    for p in paras: h.append('<p>%s</p>' % body(p))
    h.append('</div></body></html>')
    render(d["name"], "\n".join(h))
    title = " ".join(d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for num, t, paras in d["stops"]:
        bl = [dict(kind="paragraph", text=C.gold_text(p)) for p in paras]
        if num == "3": bl.append(dict(kind="caption", text=d["cap"][1], position=d["cap"][0], credit=d["cap"][2]))
        secs.append(dict(label=num, title=t, blocks=bl))
    num, t, paras = d["side"]
    secs.append(dict(label=num, title=t, blocks=[dict(kind="paragraph", text=p) for p in paras]))
    return d, title, secs

def peasants():
    d = C.PEAS
    st = """
@page { size: A5; margin: 18mm 15mm 20mm 15mm;
  @top-center { content: "%s"; font-family: sans-serif; font-size: 7pt; color: #7a2e1d; }
  @bottom-left { content: "%s"; font-family: sans-serif; font-size: 7pt; color: #666; }
  @bottom-right { content: counter(page); font-family: sans-serif; font-size: 8pt; } }
body { font-family: serif; font-size: 9.6pt; line-height: 1.38; }
.kicker { font-family: sans-serif; font-size: 7pt; font-weight: bold; color: #7a2e1d; margin-bottom: 4pt; }
.th { display: flex; flex-direction: row; gap: 8pt; }
.tnum { background: #7a2e1d; color: #fff; font-family: sans-serif; font-weight: bold; font-size: 26pt; width: 38pt; height: 42pt; text-align: center; }
h1 { font-size: 19pt; line-height: 1.12; margin: 0; width: 300pt; }
.intro { font-style: italic; font-size: 10.5pt; margin: 8pt 0 6pt 0; }
h2 { font-family: sans-serif; font-size: 11.5pt; margin: 10pt 0 3pt 0; color: #7a2e1d; }
p { margin: 0; text-indent: 12pt; text-align: justify; }
p.first { text-indent: 0; }
sup { font-size: 6pt; }
.pull { font-style: italic; font-size: 13pt; color: #7a2e1d; text-align: center; margin: 10pt 20pt; border-top: 0.8pt solid #7a2e1d; border-bottom: 0.8pt solid #7a2e1d; padding: 5pt 0; }
.fig { display: flex; flex-direction: row; gap: 8pt; margin: 8pt 0; }
.cap { width: 150pt; font-family: sans-serif; font-size: 7.8pt; }
.grey { width: 150pt; height: 95pt; background: #c8c8c8; }
.credit { font-style: italic; color: #666; }
table { border-collapse: collapse; margin: 8pt 0; font-family: sans-serif; font-size: 8pt; }
td { border: 0.5pt solid #999; padding: 2pt 5pt; }
td.lab { background: #e4d9d2; font-weight: bold; }
.tt { font-family: sans-serif; font-size: 7.5pt; font-weight: bold; color: #7a2e1d; margin-top: 8pt; }
.notes { font-size: 8pt; margin-top: 14pt; border-top: 0.5pt solid #999; padding-top: 4pt; }
.notes h3 { font-family: sans-serif; font-size: 8.5pt; margin: 0 0 3pt 0; }
.notes p { text-indent: 0; margin-bottom: 2pt; }
""" % (d["running"][1], d["running"][0])
    h = ['<html lang="en"><head><meta charset="utf-8"><style>' + st + '</style></head><body>']
    h.append('<div class="kicker">%s</div>' % E(d["kicker"]))
    h.append('<div class="th"><div class="tnum">%s</div><h1>%s</h1></div>' % (d["label"], "<br>".join(E(t) for t in d["title_lines"])))
    h.append('<div class="intro">%s</div>' % E(d["intro"]))
    for lbl, title, paras in d["sections"]:
        h.append('<h2>%s %s</h2>' % (lbl, E(title)))
        for i, p in enumerate(paras):
            h.append('<p%s>%s</p>' % (' class="first"' if i == 0 else '', body(p)))
            if lbl == "A." and i == len(paras) - 1:
                tt, rows = d["table"]
                h.append('<div class="tt">%s</div><table>' % tt)
                for a, b in rows: h.append('<tr><td class="lab">%s</td><td>%s</td></tr>' % (E(a), E(b)))
                h.append('</table>')
            if lbl == "B." and i == 0:
                pos, cap, cr = d["cap"]
                h.append('<div class="fig"><div class="cap"><b>%s:</b> %s <span class="credit">%s</span></div><div class="grey"></div></div>' % (pos, E(cap), E(cr)))
        if lbl == "C.":
            h.append('<div class="pull">“%s”</div>' % E(d["pull"]))
    h.append('<div class="notes"><h3>Notes</h3>')
    for n in d["notes"]:
        k, t = n.split(" ", 1)
        h.append('<p><sup>%s</sup> %s</p>' % (k, E(t)))
    h.append('</div></body></html>')
    render(d["name"], "\n".join(h))
    title = " ".join(d["title_lines"])
    secs = [dict(label=d["label"], title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for lbl, t, paras in d["sections"]:
        bl = [dict(kind="paragraph", text=C.gold_text(p)) for p in paras]
        if lbl == "B.": bl.append(dict(kind="caption", text=d["cap"][1], position=d["cap"][0], credit=d["cap"][2]))
        secs.append(dict(label=lbl, title=t, blocks=bl))
    return d, title, secs

def main():
    for f in (blanc, peasants):
        d, title, secs = f()
        n = int(subprocess.run(["pdfinfo", os.path.join(OUT, d["name"] + ".pdf")], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
        if d["name"] == "mont_blanc_1786":   # header, then the footer that carries the folio
            run = [d["running"][0]] + ["%s · page %d of %d" % (d["running"][1], i, n) for i in range(1, n + 1)]
        else:                                 # top-centre header, bottom-left footer, bare folios
            run = [d["running"][1], d["running"][0]] + [str(i) for i in range(1, n + 1)]
        write_gold(OUT, d["name"], title, run, secs)

def page_numbers(name):
    if name == "mont_blanc_1786":
        n = int(subprocess.run(["pdfinfo", os.path.join(OUT, name + ".pdf")], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
        return []   # folios are inside the footer string (see below)
    n = int(subprocess.run(["pdfinfo", os.path.join(OUT, name + ".pdf")], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    return [str(i) for i in range(1, n + 1)]

if __name__ == "__main__":
    main()
