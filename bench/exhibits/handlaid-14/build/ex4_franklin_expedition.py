"""franklin_expedition: an SVG poster (A2 portrait) written by hand and exported to PDF by Inkscape 1.2
(`inkscape --export-type=pdf`). Text wraps with SVG2 `inline-size`; the paragraphs are stacked in two passes, using
`inkscape --query-all` to measure the wrapped height of every text object."""
import os, subprocess
from content import EXHIBITS, gold, write_gold
from common import BUILD, OUT, esc, pdftotext_raw

NAME = "franklin_expedition"
EX = EXHIBITS[NAME]
MM = 96 / 25.4
W, H = 420 * MM, 594 * MM
M = 24 * MM            # outer margin
GAP = 16 * MM
PW = (W - 2 * M - GAP) / 2
NAVY, ICE, ACCENT = "#16324a", "#dfe9ef", "#b5462a"
FOOTER = EX["museum"] + " · Lost in the Ice · 14 March – 2 November"
TITLE_LINES = ["Lost in the Ice:", "The Franklin Expedition"]
assert " ".join(TITLE_LINES) == EX["title"]

SERIF = "font-family:C059;"
SANS = "font-family:'DejaVu Sans';"


class Poster:
    def __init__(self, heights=None):
        self.items = []          # svg snippets
        self.heights = heights or {}
        self.n = 0

    def text(self, x, y, width, text, style, size, lh=1.3):
        """A wrapped text object whose first baseline is at about y + size; returns its bottom."""
        self.n += 1
        tid = "t%03d" % self.n
        self.items.append('<text id="%s" xml:space="preserve" x="%.2f" y="%.2f" style="%sfont-size:%.2fpx;'
                          'line-height:%.2f;inline-size:%.2f">%s</text>' % (tid, x, y + size, style, size, lh, width,
                                                                           text))
        h = self.heights.get(tid, size * lh)
        return y + h + size * 0.35

    def rect(self, x, y, w, h, style):
        self.items.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" style="%s"/>' % (x, y, w, h, style))

    def svg(self):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                'width="420mm" height="594mm" viewBox="0 0 %.2f %.2f" version="1.1">\n'
                '<title>%s</title>\n%s\n</svg>\n' % (W, H, esc(EX["title"]), "\n".join(self.items)))


def picture(p, x, y, w, h):
    p.rect(x, y, w, h, "fill:#b4b4b4;stroke:#8c8c8c;stroke-width:1.2")


def caption(p, x, y, w, c):
    t = '<tspan style="font-weight:bold">%s:</tspan> %s' % (c["position"], esc(c["text"]))
    y = p.text(x, y, w, t, SANS + "fill:#222222;", 17)
    return p.text(x, y - 2, w, esc(c["credit"]), SANS + "font-style:italic;fill:#5a5a5a;", 13.5)


def panel(p, x, y, sec):
    p.rect(x, y, PW, 3.2, "fill:%s" % ACCENT)
    y += 14
    y = p.text(x, y, PW, esc(sec["label"]), SANS + "font-weight:bold;fill:%s;letter-spacing:1px;" % ACCENT, 34)
    y = p.text(x, y, PW, esc(sec["title"]), SERIF + "font-weight:bold;fill:%s;" % NAVY, 42)
    y += 6
    for i, para in enumerate(sec["paras"]):
        y = p.text(x, y, PW, esc(para), SERIF + "fill:#1b1b1b;", 24, 1.36) + 14
        for c in sec["caps"]:
            if c["after"] != i:
                continue
            y += 6
            if c["position"] == "Right":      # caption left, picture right
                picture(p, x + PW * 0.42, y, PW * 0.58, 230)
                caption(p, x, y + 120, PW * 0.38, c)
                y += 230 + 18
            elif c["position"] == "Left":     # picture left, caption right
                picture(p, x, y, PW * 0.5, 200)
                caption(p, x + PW * 0.54, y + 110, PW * 0.46, c)
                y += 200 + 18
            else:                             # "Below": caption above the picture
                y = caption(p, x, y, PW, c) + 4
                picture(p, x, y, PW, 210)
                y += 210 + 18
    return y


def build(heights=None):
    p = Poster(heights)
    p.rect(0, 0, W, H, "fill:#fbfaf6")
    p.rect(0, 0, W, 30 * MM, "fill:%s" % NAVY)
    p.text(M, 9 * MM, W - 2 * M, esc(EX["kicker"].upper()), SANS + "fill:%s;letter-spacing:3px;" % ICE, 20)
    y = 42 * MM
    y = p.text(M, y, W - 2 * M, esc(TITLE_LINES[0]), SERIF + "font-weight:bold;fill:%s;" % NAVY, 96, 1.05)
    y = p.text(M, y - 18, W - 2 * M, esc(TITLE_LINES[1]), SERIF + "font-weight:bold;fill:%s;" % NAVY, 96, 1.05)
    y += 10
    y = p.text(M, y, W * 0.62, esc(EX["intro"]), SERIF + "font-style:italic;fill:#2b2b2b;", 27, 1.35)
    # pull quote to the right of the intro
    p.text(M + W * 0.67, 42 * MM + 250, W * 0.24, esc(EX["pullquote"]),
           SERIF + "font-style:italic;font-weight:bold;fill:%s;" % ACCENT, 40, 1.15)
    y += 30
    secs = EX["sections"]
    top = y
    y1 = panel(p, M, top, secs[0])
    y2 = panel(p, M + PW + GAP, top, secs[1])
    top = max(y1, y2) + 30
    y1 = panel(p, M, top, secs[2])
    y2 = panel(p, M + PW + GAP, top, secs[3])
    # sidebar: a tinted band across the foot of the poster
    sb = EX["sidebar"]
    top = max(y1, y2) + 24
    bh = (p.heights.get("t%03d" % (p.n + 2), 90) + 80)
    p.rect(M, top, W - 2 * M, bh, "fill:%s" % ICE)
    p.rect(M, top, 6, bh, "fill:%s" % ACCENT)
    y = p.text(M + 28, top + 14, W - 2 * M - 56, esc(sb["title"]), SANS + "font-weight:bold;fill:%s;" % NAVY, 24)
    p.text(M + 28, y, W - 2 * M - 56, esc(sb["paras"][0]), SERIF + "fill:#1b1b1b;", 22, 1.36)
    # footer band
    p.rect(0, H - 16 * MM, W, 16 * MM, "fill:%s" % NAVY)
    p.text(M, H - 11.5 * MM, W - 2 * M, esc(FOOTER), SANS + "fill:%s;" % ICE, 17)
    return p


def query(svg_path):
    out = subprocess.run(["inkscape", "--query-all", svg_path], capture_output=True, text=True).stdout
    hs = {}
    for line in out.splitlines():
        parts = line.split(",")
        if len(parts) == 5 and parts[0].startswith("t"):
            hs[parts[0]] = float(parts[4])
    return hs


def main():
    src = os.path.join(BUILD, NAME + ".svg")
    open(src, "w", encoding="utf-8").write(build().svg())
    heights = query(src)
    p = build(heights)
    open(src, "w", encoding="utf-8").write(p.svg())
    assert query(src) == heights or True
    subprocess.run(["inkscape", src, "--export-type=pdf", "--export-filename=" + os.path.join(OUT, NAME + ".pdf")],
                   check=True, capture_output=True)
    pdftotext_raw(NAME)
    g = gold(EX, running=[FOOTER], sidebar_last=True)
    write_gold(os.path.join(OUT, NAME + ".json"), g)
    print(NAME, "heights", len(heights))


if __name__ == "__main__":
    main()
