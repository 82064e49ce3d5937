# -*- coding: utf-8 -*-
"""Small line breaker and column flow (my own code) used for the PDFBox and PyX exhibits.

Text is measured with Liberation Sans/Serif metrics (fontTools), which are metric-compatible with the base-14
Helvetica/Times used by PDFBox and with URW Nimbus Sans/Roman used by PyX.  Hyphenation points come from pyphen
(en_GB).  The engine writes drawing operations; the painters draw them in the order given.
"""
import re
from fontTools.ttLib import TTFont
import pyphen

LIB = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {
    "Helvetica": "LiberationSans-Regular.ttf", "Helvetica-Bold": "LiberationSans-Bold.ttf",
    "Helvetica-Oblique": "LiberationSans-Italic.ttf", "Times-Roman": "LiberationSerif-Regular.ttf",
    "Times-Bold": "LiberationSerif-Bold.ttf", "Times-Italic": "LiberationSerif-Italic.ttf",
}
_cache = {}
HYPH = pyphen.Pyphen(lang="en_GB")


def _font(name):
    if name not in _cache:
        f = TTFont(LIB + FONTFILES[name])
        cmap = f.getBestCmap()
        hmtx = f["hmtx"]
        upm = f["head"].unitsPerEm
        _cache[name] = (cmap, hmtx, upm)
    return _cache[name]


def width(text, font, size):
    cmap, hmtx, upm = _font(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch))
        if g is None:
            g = cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upm


def hyph_splits(word):
    """possible (head, tail) splits of a word, longest head first; never split real compounds' hyphens
    at a new place, never split words with digits or capitals-only."""
    m = re.match(r"^([“‘(]*)([A-Za-z’']+)([^A-Za-z]*)$", word)
    if not m or len(m.group(2)) < 6 or "-" in word:
        return []
    pre, core, post = m.groups()
    out = []
    for a, b in HYPH.iterate(core):
        if len(a) >= 3 and len(b) >= 3:
            out.append((pre + a + "-", b + post))
    return out


def wrap(text, font, size, width_first, width_rest=None, hyphenate=True):
    """greedy line breaking with hyphenation; returns list of lines"""
    if width_rest is None:
        width_rest = width_first
    words = text.split()
    lines, cur = [], []
    sp = width(" ", font, size)
    lw = width_first
    i = 0
    while i < len(words):
        w = words[i]
        trial = " ".join(cur + [w])
        if width(trial, font, size) <= lw or not cur:
            if not cur and width(w, font, size) > lw:
                pass
            cur.append(w)
            i += 1
            continue
        # try to hyphenate w into the remaining room
        done = False
        if hyphenate:
            for head, tail in hyph_splits(w):
                if width(" ".join(cur + [head]), font, size) <= lw:
                    lines.append(" ".join(cur + [head]))
                    words[i] = tail
                    cur = []
                    done = True
                    break
        if not done:
            lines.append(" ".join(cur))
            cur = []
        lw = width_rest
    if cur:
        lines.append(" ".join(cur))
    return lines


def esc(s):
    return s.replace("\t", " ").replace("\n", " ")


class Doc:
    def __init__(self, pw, ph):
        self.pw, self.ph = pw, ph
        self.pages = []  # list of dict(name -> list of ops)

    def page(self, i):
        while len(self.pages) <= i:
            self.pages.append({"first": [], "body": [], "late": [], "last": []})
        return self.pages[i]

    def text(self, p, x, y, s, font, size, rgb=(0, 0, 0), layer="body"):
        self.page(p)[layer].append("TEXT\t%s\t%.2f\t%.3f %.3f %.3f\t%.2f\t%.2f\t%s" % (
            font, size, rgb[0], rgb[1], rgb[2], x, y, esc(s)))

    def rect(self, p, x, y, w, h, rgb=(0.75, 0.75, 0.75), layer="body"):
        self.page(p)[layer].append("RECT\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f %.3f %.3f" % (x, y, w, h, *rgb))

    def line(self, p, x1, y1, x2, y2, lw=0.6, rgb=(0, 0, 0), layer="body"):
        self.page(p)[layer].append("LINE\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f %.3f %.3f" % (
            x1, y1, x2, y2, lw, *rgb))

    def write(self, path, order=("first", "body", "late", "last")):
        with open(path, "w", encoding="utf-8") as f:
            for pg in self.pages:
                f.write("PAGE\t%.2f\t%.2f\n" % (self.pw, self.ph))
                for k in order:
                    for op in pg[k]:
                        f.write(op + "\n")


class Flow:
    """flows lines through a list of frames (page, x, ytop, ybottom, width); y grows upwards (PDF)."""

    def __init__(self, doc, frames):
        self.doc = doc
        self.frames = frames
        self.fi = 0
        self.y = frames[0][2]

    @property
    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        self.y = self.frame[2]

    def room(self):
        return self.y - self.frame[3]

    def need(self, h):
        if self.room() < h:
            self.next_frame()

    def space(self, h):
        if self.y != self.frame[2]:
            self.y -= h
            if self.y < self.frame[3]:
                self.next_frame()

    def lines(self, lines, font, size, lead, rgb=(0, 0, 0), indent_first=0.0, keep=1, align="left"):
        for k, ln in enumerate(lines):
            if k == 0:
                self.need(lead * max(keep, 1))
            else:
                self.need(lead)
            p, x, yt, yb, w = self.frame
            self.y -= lead
            xx = x + (indent_first if k == 0 else 0)
            if align == "center":
                xx = x + (w - width(ln, font, size)) / 2
            elif align == "right":
                xx = x + w - width(ln, font, size)
            self.doc.text(p, xx, self.y + lead * 0.22, ln, font, size, rgb)

    def para(self, text, font, size, lead, rgb=(0, 0, 0), indent=0.0, hyphenate=True, keep=2, align="left"):
        w = self.frame[4]
        ls = wrap(text, font, size, w - indent, w, hyphenate)
        self.lines(ls, font, size, lead, rgb, indent, keep, align)
        return ls

    def box(self, h, draw):
        """reserve h points in the current frame and call draw(page, x, ytop, width)"""
        self.need(h)
        p, x, yt, yb, w = self.frame
        draw(p, x, self.y, w)
        self.y -= h
