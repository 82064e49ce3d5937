# -*- coding: utf-8 -*-
"""edinburgh_fire_1824: a wall panel as a 'scanned' PDF.

I draw the panel as a 300 dpi greyscale raster with Pillow (lines broken by breaker.py with the TTF's real
advance widths), add a slight skew and paper noise, save it as JPEG, and let Tesseract 5 make the PDF
(`tesseract page.jpg out -l eng --dpi 300 pdf`): the page image plus an invisible OCR text layer, word by word.
"""
import os
import random
import subprocess
import sys

from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(__file__))
import content  # noqa: E402
from breaker import break_lines  # noqa: E402

D = content.EDINBURGH
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
DPI = 300
K = DPI / 72.0
WPT, HPT = 640.0, 930.0
LIB = "/usr/share/fonts/truetype/liberation/"
DV = "/usr/share/fonts/truetype/dejavu/"
FACES = {"serif": LIB + "LiberationSerif-Regular.ttf", "serif-b": LIB + "LiberationSerif-Bold.ttf",
         "serif-i": LIB + "LiberationSerif-Italic.ttf", "sans": DV + "DejaVuSans.ttf",
         "sans-b": DV + "DejaVuSans-Bold.ttf", "sans-i": DV + "DejaVuSans-Oblique.ttf"}
_f = {}
HEAD = "The Burning City · Panel 3"
FOOT_L = "Canongate Fire Museum, Edinburgh"
FOLIO = "3"


def F(face, size):
    k = (face, size)
    if k not in _f:
        _f[k] = ImageFont.truetype(FACES[face], int(round(size * K)))
    return _f[k]


class Page:
    def __init__(self):
        self.im = Image.new("L", (int(WPT * K), int(HPT * K)), 255)
        self.d = ImageDraw.Draw(self.im)

    def text(self, s, face, size, x, y, fill=0):
        self.d.text((x * K, y * K), s, font=F(face, size), fill=fill)

    def width(self, s, face, size):
        return F(face, size).getlength(s) / K

    def rect(self, x, y, w, h, fill=200, outline=None):
        self.d.rectangle([x * K, y * K, (x + w) * K, (y + h) * K], fill=fill, outline=outline)

    def hline(self, x1, y, x2, fill=90, width=1.0):
        self.d.line([x1 * K, y * K, x2 * K, y * K], fill=fill, width=max(1, int(width * K)))

    def para(self, text, x, y, w, face="serif", size=9.6, lead=12.3, fill=0, indent_first=0.0):
        m = lambda s: self.width(s, face, size)  # noqa: E731
        lines = break_lines(text, m, lambda i: w - (indent_first if i == 0 else 0.0))
        for i, (ln, _) in enumerate(lines):
            self.text(ln, face, size, x + (indent_first if i == 0 else 0.0), y, fill)
            y += lead
        return y


def main():
    P = Page()
    ML, MW = 40.0, 104.0          # margin column
    BX, BW = 156.0, 444.0         # body column
    # header and footer
    P.text(HEAD, "sans", 7.5, ML, 24, 80)
    P.hline(ML, 36, 600, 120, 0.5)
    P.hline(ML, HPT - 34, 600, 120, 0.5)
    P.text(FOOT_L, "sans", 7.5, ML, HPT - 28, 80)
    P.text(FOLIO, "sans-b", 9, 600 - P.width(FOLIO, "sans-b", 9), HPT - 29, 60)
    # kicker, title, intro
    P.text(D["kicker"], "sans-b", 8.5, BX, 50, 60)
    P.text(D["title_lines"][0], "serif-b", 25, BX, 62)
    P.text(D["title_lines"][1], "serif-i", 18, BX, 93)
    y = P.para(D["intro"], BX, 122, BW, face="serif-i", size=10.5, lead=13.5)
    P.hline(BX, y + 4, 600, 60, 1.0)
    y += 18
    secs = D["sections"]
    for si, s in enumerate(secs[:3]):
        # the label stands large in the margin column, level with the heading
        P.text(s["label"], "sans-b", 11.5, ML + MW - 10 - P.width(s["label"], "sans-b", 11.5), y, 70)
        P.text(s["title"], "sans-b", 11.5, BX, y)
        y += 18
        for pi, p in enumerate(s["paras"]):
            y = P.para(p, BX, y, BW, indent_first=(0.0 if pi == 0 else 12.0))
            if pi == 0 and s.get("caption"):
                c = s["caption"]
                # picture in the body column, its caption to its left in the margin column
                y += 6
                P.rect(BX, y, BW, 112, fill=196)
                cy = P.para(c["position"] + ": " + c["text"], ML, y + 2, MW, face="sans", size=7.2, lead=9.4)
                P.text(c["credit"], "sans-i", 6.6, ML, cy + 2, 70)
                y += 120
            if si == 2 and pi == 0:
                # pull quote in the margin column beside the second paragraph of section 3
                qy = y + 2
                P.hline(ML, qy - 4, ML + MW, 60, 1.0)
                P.para(D["pull_quote"], ML, qy, MW, face="serif-i", size=10, lead=12.5, fill=40)
        y += 10
    # sidebar box
    sb = secs[3]
    lines = break_lines(sb["paras"][0], lambda s: P.width(s, "serif", 10), lambda i: BW - 24)
    h = 14 + 18 + len(lines) * 13 + 8
    P.rect(BX, y, BW, h, fill=232, outline=120)
    P.text(sb["title"], "sans-b", 10.5, BX + 12, y + 10)
    yy = y + 30
    for ln, _ in lines:
        P.text(ln, "serif", 10, BX + 12, yy)
        yy += 13
    y += h + 14
    # chronology: years hang in the margin column, text in the body column
    P.text("CHRONOLOGY", "sans-b", 8, BX, y, 60)
    y += 14
    for yr, txt in D["chronology"]:
        P.text(yr, "sans-b", 9, ML + MW - 10 - P.width(yr, "sans-b", 9), y)
        y = P.para(txt, BX, y, BW, face="sans", size=8, lead=10.2) + 2
    if y > HPT - 40:
        raise SystemExit("page overflow: %.0f" % y)
    print("end y", y)
    # make it look scanned: skew, blur, noise, uneven paper
    im = P.im.rotate(-0.35, resample=Image.BICUBIC, fillcolor=255, expand=False)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    random.seed(1824)
    px = im.load()
    wpx, hpx = im.size
    for _ in range(60000):
        xx, yy2 = random.randrange(wpx), random.randrange(hpx)
        px[xx, yy2] = max(0, px[xx, yy2] - random.randrange(20, 70))
    grad = Image.linear_gradient("L").resize(im.size).point(lambda v: 255 - v // 14)
    im = Image.composite(im, grad, im.point(lambda v: 255 if v < 250 else 0))
    jpg = os.path.join(HERE, "edinburgh_page.jpg")
    im.save(jpg, quality=72, dpi=(DPI, DPI))
    base = os.path.join(OUT, D["name"])
    subprocess.run(["tesseract", jpg, base, "-l", "eng", "--dpi", str(DPI), "pdf"], check=True,
                   stderr=subprocess.DEVNULL)
    content.write_gold(D, [HEAD, FOOT_L, FOLIO], base + ".json")


if __name__ == "__main__":
    main()
