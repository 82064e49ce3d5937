# -*- coding: utf-8 -*-
"""My own small layout engine: greedy line breaking with real font metrics
(Liberation fonts, metric-compatible with the base-14 Times/Helvetica), pyphen
hyphenation, column flow.  It writes drawing ops that a painter (Origami in
Ruby, tinypdf in Node) draws in the given order, so content-stream order is
the order chosen here."""
import json
import re

import pyphen
from fontTools.ttLib import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "TR": ("Times-Roman", "LiberationSerif-Regular.ttf"),
    "TI": ("Times-Italic", "LiberationSerif-Italic.ttf"),
    "TB": ("Times-Bold", "LiberationSerif-Bold.ttf"),
    "TBI": ("Times-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
    "HR": ("Helvetica", "LiberationSans-Regular.ttf"),
    "HI": ("Helvetica-Oblique", "LiberationSans-Italic.ttf"),
    "HB": ("Helvetica-Bold", "LiberationSans-Bold.ttf"),
    "HBI": ("Helvetica-BoldOblique", "LiberationSans-BoldItalic.ttf"),
}
_M = {}


def _metrics(f):
    if f not in _M:
        tt = TTFont(LIB + FONTS[f][1])
        cmap = tt.getBestCmap()
        hmtx = tt["hmtx"].metrics
        upm = tt["head"].unitsPerEm
        _M[f] = (cmap, hmtx, upm)
    return _M[f]


def width(f, size, s):
    cmap, hmtx, upm = _metrics(f)
    tot = 0
    for ch in s:
        g = cmap.get(ord(ch))
        tot += hmtx[g][0] if g else upm // 2
    return tot * size / upm


_HY = {}


def hyphen_points(word, lang):
    if lang not in _HY:
        _HY[lang] = pyphen.Pyphen(lang=lang, left=3, right=3)
    return _HY[lang].positions(word)


WORD_RE = re.compile(r"^([\(\u201c\u2018\"]?)([A-Za-z\u00c0-\u017f]+)([\.,;:\)\u201d\u2019\"!?]*)$")


def break_lines(text, f, size, width_first, width_rest=None, lang="en_GB", hyphenate=True):
    """Greedy breaking. Returns list of lines (strings). Line-end hyphens are
    real characters in the returned strings."""
    if width_rest is None:
        width_rest = width_first
    words = text.split()
    lines, cur = [], []
    avail = width_first
    sp = width(f, size, " ")
    i = 0
    while i < len(words):
        w = words[i]
        trial = " ".join(cur + [w])
        if width(f, size, trial) <= avail or not cur and width(f, size, w) > avail and not hyphenate:
            cur.append(w)
            i += 1
            continue
        # try to hyphenate w
        done = False
        m = WORD_RE.match(w)
        if hyphenate and m and len(m.group(2)) >= 6:
            pre, core, post = m.groups()
            for pos in sorted(hyphen_points(core, lang), reverse=True):
                left = pre + core[:pos] + "-"
                if width(f, size, " ".join(cur + [left])) <= avail:
                    cur.append(left)
                    words[i] = core[pos:] + post
                    done = True
                    break
        lines.append(" ".join(cur))
        cur = []
        avail = width_rest
        if not done and not lines[-1]:
            # single word longer than the line
            lines[-1] = w
            i += 1
    if cur:
        lines.append(" ".join(cur))
    return lines


def mark_glue(s):
    """'Rennie^*^' -> 'Rennie*' (the mark is printed glued to the word)."""
    return re.sub(r"\^([^^]+)\^", r"\1", s)


class Doc:
    def __init__(self, w, h, info=None):
        self.w, self.h = w, h
        self.pages = []
        self.info = info or {}

    def new_page(self, w=None, h=None):
        self.cur = {"w": w or self.w, "h": h or self.h, "ops": []}
        self.pages.append(self.cur)
        return self.cur

    def text(self, x, y, f, size, s, c=(0, 0, 0), tw=0.0):
        self.cur["ops"].append({"t": "text", "x": round(x, 2), "y": round(y, 2), "f": f, "s": size,
                                "str": s, "c": list(c), "tw": round(tw, 4)})

    def rect(self, x, y, w, h, c=(0.75, 0.75, 0.75)):
        self.cur["ops"].append({"t": "rect", "x": round(x, 2), "y": round(y, 2), "w": round(w, 2),
                                "h": round(h, 2), "c": list(c)})

    def line(self, x1, y1, x2, y2, c=(0, 0, 0), lw=0.5):
        self.cur["ops"].append({"t": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2, "c": list(c), "lw": lw})

    def text_right(self, xr, y, f, size, s, c=(0, 0, 0)):
        self.text(xr - width(f, size, s), y, f, size, s, c)

    def text_center(self, xc, y, f, size, s, c=(0, 0, 0)):
        self.text(xc - width(f, size, s) / 2, y, f, size, s, c)

    def lines(self, x, y, lines, f, size, lead, c=(0, 0, 0), justify_width=None, last_justified=False):
        """Draw given lines downward from baseline y. Returns next baseline."""
        for k, ln in enumerate(lines):
            tw = 0.0
            if justify_width and (k < len(lines) - 1 or last_justified):
                n = ln.count(" ")
                if n:
                    tw = (justify_width - width(f, size, ln)) / n
            self.text(x, y, f, size, ln, c, tw)
            y -= lead
        return y

    def save(self, path):
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"info": self.info, "pages": self.pages}, fh, ensure_ascii=False, indent=0)


class Flow:
    """Flows blocks through a list of column regions.  regions(): generator of
    (x, top, bottom, width); on_region(i, region) is called when a region is
    entered (for page starts), before anything is drawn in it."""

    def __init__(self, doc, regions, on_enter=None):
        self.doc = doc
        self.regions = list(regions)
        self.on_enter = on_enter
        self.ri = -1
        self.advance()

    def advance(self):
        self.ri += 1
        if self.ri >= len(self.regions):
            raise RuntimeError("out of regions")
        self.x, self.top, self.bottom, self.w = self.regions[self.ri][:4]
        if self.on_enter:
            self.on_enter(self.ri, self.regions[self.ri])
        self.y = self.top

    def room(self):
        return self.y - self.bottom

    def need(self, h):
        if self.y - h < self.bottom and self.y < self.top:
            self.advance()

    def space(self, h):
        if self.y < self.top:
            self.y -= h

    def para(self, text, f, size, lead, indent=0, justify=True, lang="en_GB", c=(0, 0, 0),
             hyphenate=True, last_justified=False, first_font=None, first_word=None):
        """Flow one paragraph (or a segment of one). Lines split across regions."""
        text = mark_glue(text)
        lines = break_lines(text, f, size, self.w - indent, self.w, lang, hyphenate)
        for k, ln in enumerate(lines):
            if self.y - size < self.bottom:
                self.advance()
            x = self.x + (indent if k == 0 else 0)
            w = self.w - (indent if k == 0 else 0)
            tw = 0.0
            if justify and (k < len(lines) - 1 or last_justified):
                n = ln.count(" ")
                if n:
                    tw = (w - width(f, size, ln)) / n
            self.doc.text(x, self.y - size, f, size, ln, c, tw)
            self.y -= lead
        return lines

    def block(self, h, draw):
        """A box of height h; draw(x, ytop, w)."""
        self.need(h)
        draw(self.x, self.y, self.w)
        self.y -= h


def caption_lines(prefix, text, fp, ft, size, w):
    """Caption with a bold position word: first line shorter by the prefix."""
    pw = width(fp, size, prefix + " ") if prefix else 0
    return pw, break_lines(text, ft, size, w - pw, w, hyphenate=False)


def draw_caption(doc, x, ytop, w, prefix, text, credit, fp="HB", ft="TI", fc="HR", size=8.0, lead=10.0,
                 c=(0.1, 0.1, 0.1), cc=(0.4, 0.4, 0.4)):
    """Draw caption + credit from ytop; returns the height used."""
    pw, lines = caption_lines(prefix, text, fp, ft, size, w)
    y = ytop - size
    for k, ln in enumerate(lines):
        if k == 0 and prefix:
            doc.text(x, y, fp, size, prefix, c)
            doc.text(x + pw, y, ft, size, ln, c)
        else:
            doc.text(x, y, ft, size, ln, c)
        y -= lead
    if credit:
        for ln in break_lines(credit, fc, size - 1, w, hyphenate=False):
            doc.text(x, y, fc, size - 1, ln, cc)
            y -= lead - 1
    return ytop - y - lead + size + 2


def caption_height(prefix, text, credit, w, fp="HB", ft="TI", fc="HR", size=8.0, lead=10.0):
    pw, lines = caption_lines(prefix, text, fp, ft, size, w)
    n = len(lines)
    m = len(break_lines(credit, fc, size - 1, w, hyphenate=False)) if credit else 0
    return n * lead + m * (lead - 1) + 2
