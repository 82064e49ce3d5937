# -*- coding: utf-8 -*-
"""My own layout for set 59: a greedy line breaker measured with the fonts' hmtx advances,
pyphen hyphenation, a frame flow, and an SVG writer.  rsvg-convert (librsvg) turns the SVG
pages into the PDF."""
import os, subprocess
from fontTools.ttLib import TTFont
import pyphen

FONTDIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/lato"]
FONTS = {
    # key: (file, svg family, weight, style)
    "serif": ("LiberationSerif-Regular.ttf", "Liberation Serif", "normal", "normal"),
    "serifB": ("LiberationSerif-Bold.ttf", "Liberation Serif", "bold", "normal"),
    "serifI": ("LiberationSerif-Italic.ttf", "Liberation Serif", "normal", "italic"),
    "sans": ("Lato-Regular.ttf", "Lato", "normal", "normal"),
    "sansB": ("Lato-Bold.ttf", "Lato", "bold", "normal"),
    "sansK": ("Lato-Black.ttf", "Lato Black", "900", "normal"),
    "sansI": ("Lato-Italic.ttf", "Lato", "normal", "italic"),
}
_metrics = {}


def _load(key):
    if key not in _metrics:
        fn = FONTS[key][0]
        for d in FONTDIRS:
            p = os.path.join(d, fn)
            if os.path.exists(p):
                f = TTFont(p)
                cmap = f.getBestCmap()
                hmtx = f["hmtx"].metrics
                upm = f["head"].unitsPerEm
                _metrics[key] = (cmap, hmtx, upm)
                break
        else:
            raise SystemExit("font missing " + fn)
    return _metrics[key]


def width(text, font, size):
    cmap, hmtx, upm = _load(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch)) or cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upm


HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def hyph_splits(word):
    """Possible (head, tail) splits of a word at a line end; head includes its hyphen."""
    out = []
    core = word.strip(".,;:!?()’'\"“”")
    if "-" in word:
        parts = word.split("-")
        acc = ""
        for p in parts[:-1]:
            acc += p + "-"
            out.append((acc, word[len(acc):]))
        return out
    if len(core) < 7 or (core[:1].isupper() and len(core) < 9) or any(c.isdigit() for c in core):
        return out
    for pos in HY.positions(word):
        if pos >= 3 and len(word) - pos >= 3 and word[:pos].isalpha():
            out.append((word[:pos] + "-", word[pos:]))
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tokens(text, font):
    return [(w, font) for w in text.split()]


class Breaker:
    """Greedy, incremental: next_line(width) returns one line of (word, font) pieces."""

    def __init__(self, toks, size, hyphenate=True):
        self.toks = list(toks)
        self.i = 0
        self.size = size
        self.hyph = hyphenate

    def done(self):
        return self.i >= len(self.toks)

    def next_line(self, wmax):
        line, cur = [], 0.0
        size = self.size
        while self.i < len(self.toks):
            w, f = self.toks[self.i]
            sp = width(" ", f, size) if line and not f.startswith("sup") else 0
            ww = width(w, f, size) if not f.startswith("sup") else width(w, "serif", size * 0.6)
            if cur + sp + ww <= wmax or not line:
                if not line and ww > wmax and self.hyph:
                    pass
                line.append((w, f))
                cur += sp + ww
                self.i += 1
                continue
            if self.hyph:
                best = None
                for head, tail in hyph_splits(w):
                    if cur + sp + width(head, f, size) <= wmax:
                        best = (head, tail)
                if best:
                    line.append((best[0], f))
                    self.toks[self.i] = (best[1], f)
                    return line, False
            return line, False
        return line, True


class Doc:
    def __init__(self, name, pw, ph, wmm, hmm):
        self.name, self.pw, self.ph, self.wmm, self.hmm = name, pw, ph, wmm, hmm
        self.pages = []
        self.log = []

    def page(self):
        self.pages.append([])
        return len(self.pages) - 1

    def add(self, p, s):
        self.pages[p].append(s)

    # primitives ------------------------------------------------------
    def rect(self, p, x, y, w, h, fill="#d0d0d0", stroke=None, sw=0.6, extra=""):
        st = f' stroke="{stroke}" stroke-width="{sw}"' if stroke else ""
        self.add(p, f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" fill="{fill}"{st}{extra}/>')

    def line(self, p, x1, y1, x2, y2, col="#333", sw=0.6, dash=None):
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.add(p, f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="{col}" stroke-width="{sw}"{d}/>')

    def picture(self, p, x, y, w, h):
        self.rect(p, x, y, w, h, fill="#c8c8c8")
        self.line(p, x, y, x + w, y + h, col="#e4e4e4", sw=1)
        self.line(p, x + w, y, x, y + h, col="#e4e4e4", sw=1)

    def text(self, p, x, y, s, font, size, fill="#1a1a1a", anchor=None, ls=None, transform=None):
        fam, wt, sty = FONTS[font][1:]
        a = f' text-anchor="{anchor}"' if anchor else ""
        l = f' letter-spacing="{ls}"' if ls else ""
        t = f' transform="{transform}"' if transform else ""
        self.add(p, f'<text x="{x:.2f}" y="{y:.2f}" font-family="{fam}" font-weight="{wt}" font-style="{sty}" '
                    f'font-size="{size}" fill="{fill}"{a}{l}{t} xml:space="preserve">{esc(s)}</text>')

    def draw_line(self, p, x, y, pieces, size, wmax, justify, fill="#1a1a1a"):
        """pieces: list of (word, font).  Justified lines place every word."""
        if not pieces:
            return
        sps = [0 if f.startswith("sup") else width(" ", f, size) for _, f in pieces]
        wws = [width(w, "serif", size * 0.6) if f.startswith("sup") else width(w, f, size) for w, f in pieces]
        nsup = sum(1 for _, f in pieces if f.startswith("sup"))
        if justify and len(pieces) - nsup > 1:
            gap = (wmax - sum(wws)) / (len(pieces) - nsup - 1)
            gap = min(gap, 4 * sps[0])
        else:
            gap = None
        cx = x
        out = []
        for k, ((w, f), ww) in enumerate(zip(pieces, wws)):
            if f.startswith("sup"):
                out.append(f'<tspan x="{cx:.2f}" y="{y - size * 0.38:.2f}" font-size="{size * 0.6:.2f}" font-family="Liberation Serif" font-weight="normal" font-style="normal">{esc(w)}</tspan>')
                cx += ww
                continue
            if k:
                cx += gap if gap is not None else sps[k]
            fam, wt, sty = FONTS[f][1:]
            out.append(f'<tspan x="{cx:.2f}" y="{y:.2f}" font-size="{size}" font-family="{fam}" font-weight="{wt}" font-style="{sty}">{esc(w)}</tspan>')
            cx += ww
        self.add(p, f'<text y="{y:.2f}" font-size="{size}" fill="{fill}" xml:space="preserve">' + "".join(out) + "</text>")

    def block(self, p, x, y, wmax, toks, size, lead, justify=False, fill="#1a1a1a", indent=0, hyph=True):
        """Set a whole paragraph at a fixed place; returns the y after it."""
        b = Breaker(toks, size, hyph)
        first = True
        while not b.done():
            ind = indent if first else 0
            pieces, last = b.next_line(wmax - ind)
            self.draw_line(p, x + ind, y, pieces, size, wmax - ind, justify and not last, fill)
            y += lead
            first = False
        return y

    def measure(self, wmax, toks, size, lead, hyph=True):
        b = Breaker(toks, size, hyph)
        n = 0
        while not b.done():
            b.next_line(wmax)
            n += 1
        return n * lead

    # output ----------------------------------------------------------
    def write(self, outdir, pdf_path):
        files = []
        for i, els in enumerate(self.pages):
            fn = os.path.join(outdir, f"{self.name}_p{i + 1}.svg")
            with open(fn, "w", encoding="utf-8") as f:
                f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                        f'width="{self.wmm}mm" height="{self.hmm}mm" viewBox="0 0 {self.pw} {self.ph}">\n'
                        f'<rect x="0" y="0" width="{self.pw}" height="{self.ph}" fill="#ffffff"/>\n')
                f.write("\n".join(els))
                f.write("\n</svg>\n")
            files.append(fn)
        subprocess.run(["rsvg-convert", "-f", "pdf", "-o", pdf_path] + files, check=True)


class Flow:
    """Frames: list of (page, x, top, bottom, width).  Items are placed in order."""

    def __init__(self, doc, frames):
        self.d = doc
        self.frames = frames
        self.fi = 0
        self.y = frames[0][2]

    @property
    def fr(self):
        return self.frames[self.fi]

    hooks = None

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise SystemExit(f"{self.d.name}: text overflows the frames")
        self.y = self.fr[2]
        if self.hooks and self.fi in self.hooks:
            self.hooks.pop(self.fi)(self)

    def room(self, h):
        return self.y + h <= self.fr[3]

    def space(self, h):
        self.y += h

    def para(self, toks, size, lead, justify=True, indent=0, fill="#1a1a1a", tag="", keep_lines=1,
             breaker=None, max_lines=None):
        b = breaker or Breaker(toks, size)
        first = breaker is None
        start = self.fi
        n = 0
        while not b.done():
            if max_lines is not None and n >= max_lines:
                self.d.log.append(f"{self.d.name}: paragraph '{tag}' interrupted after {n} lines")
                return b
            n += 1
            if not self.room(lead * (keep_lines if first else 1)) and not (self.y == self.fr[2]):
                self.next_frame()
            p, x, top, bot, w = self.fr
            ind = indent if first else 0
            pieces, last = b.next_line(w - ind)
            self.d.draw_line(p, x + ind, self.y + size * 0.8, pieces, size, w - ind, justify and not last, fill)
            self.y += lead
            first = False
        if self.fi != start:
            self.d.log.append(f"{self.d.name}: paragraph '{tag}' runs from frame {start} to {self.fi}")
        return b

    def fixed(self, h, draw, gap_after=0):
        """Place a fixed-height thing; draw(page, x, y, w)."""
        if not self.room(h):
            self.next_frame()
        p, x, top, bot, w = self.fr
        draw(p, x, self.y, w)
        self.y += h + gap_after
