# -*- coding: utf-8 -*-
"""My own layout engine for xfig (FIG 3.2) pages, converted by fig2dev -L pdf.

Units: points from the top-left corner of the page. FIG units are 1200 per inch (50/3 per point).
fig2dev prints a FIG font size f at 0.9*f points (xfig's 80-dpi heritage), so sizes are written as s/0.9.
Widths come from the URW base-35 AFM files that Ghostscript substitutes for the PostScript fonts."""
import os, re, subprocess
import pyphen
from fontTools.agl import UV2AGL

AFM_DIR = "/usr/share/fonts/type1/urw-base35"
FONTS = {  # key: (FIG PostScript font number, AFM file)
    "TR": (0, "NimbusRoman-Regular"), "TI": (1, "NimbusRoman-Italic"), "TB": (2, "NimbusRoman-Bold"),
    "TBI": (3, "NimbusRoman-BoldItalic"),
    "CR": (12, "NimbusMonoPS-Regular"),
    "HR": (16, "NimbusSans-Regular"), "HI": (17, "NimbusSans-Italic"), "HB": (18, "NimbusSans-Bold"),
    "NR": (24, "C059-Roman"), "NI": (25, "C059-Italic"), "NB": (26, "C059-Bold"), "NBI": (27, "C059-BdIta"),
    "PR": (28, "P052-Roman"), "PI": (29, "P052-Italic"), "PB": (30, "P052-Bold"), "PBI": (31, "P052-BoldItalic"),
}
_W = {}


def _afm(key):
    if key not in _W:
        w = {}
        for line in open(os.path.join(AFM_DIR, FONTS[key][1] + ".afm"), encoding="latin-1"):
            if line.startswith("C "):
                m = re.search(r"WX (\S+) ; N (\S+) ;", line)
                if m:
                    w[m.group(2)] = float(m.group(1))
        _W[key] = w
    return _W[key]


GLYPH = {"’": "quoteright", "‘": "quoteleft", "'": "quoteright", "`": "quoteleft"}


def width(text, font, size):
    w = _afm(font)
    tot = 0.0
    for ch in text:
        name = GLYPH.get(ch) or UV2AGL.get(ord(ch), "space")
        tot += w.get(name, w.get("space"))
    return tot * size / 1000.0


def fig_string(text):
    # ISOLatin1Encoding: 0x27 is quoteright, 0x60 quoteleft
    t = text.replace("’", "'").replace("‘", "`").replace("\\", "\\\\")
    t = t.replace("-", "\xad")  # 0x2D is /minus in ISOLatin1Encoding; 0xAD is /hyphen
    t.encode("latin-1")  # raises on anything the PostScript encoding cannot show
    return t


U = 1200.0 / 72.0  # FIG units per point


class Page:
    def __init__(self, w, h, name):
        self.w, self.h, self.name = w, h, name
        self.objs = []          # in write order
        self.colors = {}

    def col(self, rgb):
        if rgb in ("black", None):
            return 0
        if rgb == "white":
            return 7
        if rgb not in self.colors:
            self.colors[rgb] = 32 + len(self.colors)
        return self.colors[rgb]

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0, depth=90):
        fc = self.col(fill) if fill else -1
        sc = self.col(stroke) if stroke else 0
        area = 20 if fill else -1
        thick = int(round(lw * 80 / 72)) if stroke else 0  # line thickness in 1/80 inch
        pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
        p = " ".join("%d %d" % (round(a * U), round(b * U)) for a, b in pts)
        self.objs.append("2 2 0 %d %d %d %d -1 %d 0.000 0 0 -1 0 0 5\n\t %s" % (
            thick, sc, fc if fc >= 0 else 7, depth, area, p))

    def line(self, x1, y1, x2, y2, lw=0.5, color="black", depth=80):
        thick = max(1, int(round(lw * 80 / 72)))
        self.objs.append("2 1 0 %d %d 7 %d -1 -1 0.000 0 0 -1 0 0 2\n\t %d %d %d %d" % (
            thick, self.col(color), depth, round(x1 * U), round(y1 * U), round(x2 * U), round(y2 * U)))

    def text(self, x, y, s, font="TR", size=10, color="black", angle=0.0, align=0, depth=50):
        if not s:
            return
        num = FONTS[font][0]
        wd = width(s, font, size)
        self.objs.append("4 %d %d %d -1 %d %.3f %.4f 4 %d %d %d %d %s\\001" % (
            align, self.col(color), depth, num, size / 0.9, angle, round(size * 0.7 * U), round(wd * U),
            round(x * U), round(y * U), fig_string(s)))

    def picture(self, x, y, w, h):
        """grey box with a lighter inner frame"""
        self.rect(x, y, w, h, fill=(0.62, 0.62, 0.62), depth=95)
        self.rect(x + 6, y + 6, w - 12, h - 12, stroke=(0.85, 0.85, 0.85), lw=1.2, depth=94)

    def fig(self):
        out = ["#FIG 3.2  Produced by build/lay.py (hand-laid set 65)", "Portrait", "Flush left", "Inches",
               "A4", "100.00", "Single", "-2", "1200 2"]
        for rgb, n in sorted(self.colors.items(), key=lambda kv: kv[1]):
            out.append("0 %d #%02x%02x%02x" % (n, *[int(round(c * 255)) for c in rgb]))
        # the page itself: a white sheet at the back fixes the bounding box = page size
        out.append("2 2 0 0 7 7 999 -1 20 0.000 0 0 -1 0 0 5\n\t 0 0 %d 0 %d %d 0 %d 0 0" % (
            round(self.w * U), round(self.w * U), round(self.h * U), round(self.h * U)))
        out.extend(self.objs)
        return "\n".join(out) + "\n"


def render(pages, out_pdf, figdir):
    os.makedirs(figdir, exist_ok=True)
    parts = []
    for i, pg in enumerate(pages):
        f = os.path.join(figdir, "%s.fig" % pg.name)
        open(f, "w", encoding="latin-1").write(pg.fig())
        p = os.path.join(figdir, "%s.pdf" % pg.name)
        subprocess.run(["fig2dev", "-L", "pdf", "-b", "0", f, p], check=True)
        parts.append(p)
    if len(parts) == 1:
        os.replace(parts[0], out_pdf)
    else:
        subprocess.run(["pdfunite"] + parts + [out_pdf], check=True)
        for p in parts:
            os.remove(p)


# ------------------------------------------------------------------ line breaking
_dic = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def can_hyphenate(word):
    core = word.strip(".,;:!?‘’()")
    if len(core) < 7 or any(c.isdigit() for c in core) or "-" in core or "’" in core or "'" in core:
        return False
    if core[0].isupper() and len(core) < 9:
        return False
    return True


def break_lines(text, font, size, width_first, width_rest, hyphenate=True):
    """Greedy breaker. Returns list of (words, hyphen_flag)."""
    words = text.split()
    lines, cur = [], []
    sp = width(" ", font, size)
    i = 0
    while i < len(words):
        w = words[i]
        avail = width_first if not lines else width_rest
        trial = cur + [w]
        if width(" ".join(trial), font, size) <= avail:
            cur = trial
            i += 1
            continue
        # try to hyphenate w
        done = False
        if hyphenate and can_hyphenate(w):
            for a, b in _dic.iterate(w):
                if not a or not b or not a[-1].isalpha():
                    continue
                if len(b.strip(".,;:!?’)")) < 3:
                    continue
                if width(" ".join(cur + [a + "-"]), font, size) <= avail:
                    lines.append((cur + [a + "-"], True))
                    cur = []
                    words[i] = b
                    done = True
                    break
        if done:
            continue
        if not cur:  # single over-long word
            cur = [w]
            i += 1
        lines.append((cur, False))
        cur = []
    if cur:
        lines.append((cur, False))
    return lines


class Frame:
    def __init__(self, page, x, y, w, bottom, on_enter=None, name=""):
        self.page, self.x, self.y, self.w, self.bottom = page, x, y, w, bottom
        self.on_enter, self.name = on_enter, name
        self.entered = False


class Flow:
    """Fills a list of frames in order; logs which paragraphs cross a frame boundary."""

    def __init__(self, frames, log):
        self.frames = frames
        self.i = 0
        self.log = log
        self.cur_para = None
        self._enter()

    def _enter(self):
        f = self.frames[self.i]
        if not f.entered:
            f.entered = True
            if f.on_enter:
                f.on_enter(self)

    @property
    def f(self):
        return self.frames[self.i]

    def next_frame(self):
        self.i += 1
        self._enter()
        if self.cur_para:
            self.log.append("%s crosses into frame %s" % (self.cur_para, self.f.name))

    def space(self, h):
        self.f.y += h

    def need(self, h):
        if self.f.y + h > self.f.bottom:
            self.next_frame()

    def para(self, text, font="TR", size=10, lead=13, indent=0, justify=True, color="black", tag=None,
             hyphenate=True, after=0, hooks=None, left_pad=0):
        """hooks: {line_index: callable(flow)} run after that line is written"""
        self.cur_para = tag
        f = self.f
        lines = break_lines(text, font, size, f.w - indent - left_pad, f.w - left_pad, hyphenate)
        for n, (ws, hy) in enumerate(lines):
            if self.f.y + lead > self.f.bottom:
                self.next_frame()
            f = self.f
            self.f.y += lead
            x0 = f.x + left_pad + (indent if n == 0 else 0)
            avail = f.w - left_pad - (indent if n == 0 else 0)
            last = n == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tot = sum(width(w, font, size) for w in ws)
                gap = (avail - tot) / (len(ws) - 1)
                x = x0
                for w in ws:
                    f.page.text(x, f.y, w, font, size, color)
                    x += width(w, font, size) + gap
            else:
                f.page.text(x0, f.y, " ".join(ws), font, size, color)
            if hooks and n in hooks:
                hooks[n](self)
        self.f.y += after
        self.cur_para = None
        return len(lines)


def set_lines(page, x, y, text, font, size, lead, w, color="black", align=0, hyphenate=False):
    """ragged block; returns y after the last baseline"""
    for ws, hy in break_lines(text, font, size, w, w, hyphenate):
        y += lead
        s = " ".join(ws)
        xx = x if align == 0 else (x + w / 2 if align == 1 else x + w)
        page.text(xx, y, s, font, size, color, align=align)
    return y
