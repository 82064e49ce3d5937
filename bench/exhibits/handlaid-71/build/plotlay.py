# -*- coding: utf-8 -*-
"""A tiny page-layout engine that writes GNU graphics metafiles (portable
encoding, "#PLOT 2") for GNU plotutils' `plot -T ps`.  Lines are broken here,
with Liberation metrics (metric-compatible with the base-14 fonts libplot's
PostScript driver names), hyphenated with pyphen.  Coordinates: points, origin
top-left, y = baseline."""
import pyphen
from fontTools.ttLib import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {
    "Helvetica": "LiberationSans-Regular.ttf", "Helvetica-Bold": "LiberationSans-Bold.ttf",
    "Helvetica-Oblique": "LiberationSans-Italic.ttf", "Helvetica-BoldOblique": "LiberationSans-BoldItalic.ttf",
    "Times-Roman": "LiberationSerif-Regular.ttf", "Times-Bold": "LiberationSerif-Bold.ttf",
    "Times-Italic": "LiberationSerif-Italic.ttf", "Times-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_metrics = {}


def _m(font):
    if font not in _metrics:
        f = TTFont(LIB + FONTFILES[font])
        cmap = f.getBestCmap()
        hm = f["hmtx"].metrics
        upm = f["head"].unitsPerEm
        _metrics[font] = (cmap, hm, upm)
    return _metrics[font]


def width(s, font, size):
    cmap, hm, upm = _m(font)
    w = 0
    for ch in s:
        if ch == "'":
            ch = "\u2019"   # ISOLatin1 0x27 is /quoteright
        g = cmap.get(ord(ch)) or cmap.get(ord("?"))
        w += hm[g][0]
    return w * size / upm


HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _c(rgb):
    return " ".join(str(int(round(v * 65535))) for v in rgb)


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []

    def text(self, x, y, s, font="Helvetica", size=10, color=(0, 0, 0), angle=0, just="l"):
        assert "\\" not in s and "\n" not in s
        s.encode("latin-1")
        # libplot re-encodes fonts to ISOLatin1Encoding, where 0x2D is /minus; 0xAD is /hyphen
        s = s.replace("-", "\u00ad")
        self.ops += ["- " + _c(color), "F" + font, "7 %.3f" % size, "( %g" % angle,
                     "$ %.2f %.2f" % (x, self.h - y), "T%sx%s" % (just, s)]

    def box(self, x, y, w, h, fill=(0.78, 0.78, 0.78), stroke=None, lw=0.5):
        self.ops += ["L 1", "D " + _c(fill), "- " + _c(stroke or fill), "0 %.2f" % lw,
                     "3 %.2f %.2f %.2f %.2f" % (x, self.h - y - h, x + w, self.h - y), "L 0"]

    def frame(self, x, y, w, h, color=(0, 0, 0), lw=0.6):
        self.ops += ["L 0", "- " + _c(color), "0 %.2f" % lw, "3 %.2f %.2f %.2f %.2f" % (x, self.h - y - h, x + w, self.h - y)]

    def rule(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.ops += ["- " + _c(color), "0 %.2f" % lw, "8 %.2f %.2f %.2f %.2f" % (x1, self.h - y1, x2, self.h - y2)]

    def meta(self):
        return ["o", "* 0 0 %.3f %.3f" % (self.w, self.h)] + self.ops + ["x"]


def write_meta(pages, path):
    lines = ["#PLOT 2"]
    for p in pages:
        lines += p.meta()
    with open(path, "wb") as f:
        f.write(("\n".join(lines) + "\n").encode("latin-1"))


def hyphen_split(word, font, size, room):
    """Return (head-with-hyphen, tail) so that head fits in room, or None."""
    core = word.rstrip(".,;:!?)\u201d'\"")
    if len(core) < 7 or not core.isalpha() or (core[0].isupper() and len(core) < 9):
        return None
    best = None
    for pos in HY.positions(core):
        head = word[:pos] + "-"
        if width(head, font, size) <= room:
            best = (head, word[pos:])
    return best


def break_lines(text, font, size, w, hyph=True, first_indent=0, widths=None):
    """Greedy breaker. widths: optional function line_no -> available width."""
    words = text.split()
    lines, cur = [], []
    sp = width(" ", font, size)
    i = 0
    while i < len(words):
        avail = widths(len(lines)) if widths else (w - (first_indent if not lines else 0))
        word = words[i]
        trial = cur + [word]
        if width(" ".join(trial), font, size) <= avail or not cur and width(word, font, size) > avail:
            cur = trial
            i += 1
            continue
        if hyph:
            room = avail - width(" ".join(cur), font, size) - sp
            hs = hyphen_split(word, font, size, room) if room > 0 else None
            if hs:
                cur.append(hs[0])
                words[i] = hs[1]
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return lines


def set_line(page, words, x, y, w, font, size, color, justify, last):
    if justify and not last and len(words) > 1:
        tot = sum(width(t, font, size) for t in words)
        gap = (w - tot) / (len(words) - 1)
        cx = x
        for t in words:
            page.text(cx, y, t, font, size, color)
            cx += width(t, font, size) + gap
    else:
        page.text(x, y, " ".join(words), font, size, color)


class Flow:
    """Fills a list of frames (page, x, top, width, bottom) with lines."""

    def __init__(self, frames, on_enter=None):
        self.frames = frames
        self.fi = 0
        self.on_enter = on_enter or {}
        self.y = frames[0][2]
        self.log = []
        self._enter()

    def _enter(self):
        f = self.on_enter.pop(self.fi, None)
        if f:
            f()

    @property
    def fr(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        self.y = self.fr[2]
        self._enter()

    def space(self, d):
        self.y += d

    def need(self, h):
        if self.y + h > self.fr[4]:
            self.next_frame()

    def para(self, text, font="Times-Roman", size=10, lead=13, color=(0, 0, 0), justify=True, indent=0,
             after=6, hyph=True, hooks=None, tag=""):
        """hooks: {line_index: fn(flow)} called after that many lines are set."""
        page, x, top, w, bot = self.fr
        lines = break_lines(text, font, size, w, hyph, indent)
        hooks = dict(hooks or {})
        for n, ln in enumerate(lines):
            if n in hooks:
                hooks.pop(n)(self)
            if self.y + lead > self.fr[4] + 0.01:
                self.log.append("%s: line %d (%s ...) starts frame %d" % (tag, n + 1, " ".join(ln[:3]), self.fi + 2))
                self.next_frame()
            page, x, top, w2, bot = self.fr
            assert abs(w2 - w) < 0.01, "frames of one flow must share a width"
            base = self.y + size * 0.82
            xi = x + (indent if n == 0 else 0)
            set_line(page, ln, xi, base, w - (indent if n == 0 else 0), font, size, color, justify, n == len(lines) - 1)
            self.y += lead
        self.y += after
        return lines
