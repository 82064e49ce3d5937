# -*- coding: utf-8 -*-
"""My own line breaker and column flow. Widths come from the Liberation TTFs (fontTools),
hyphenation points from pyphen (en_GB). Writes an ops file that painter/paint draws in order."""
import os, pyphen
from fontTools.ttLib import TTFont

FONTDIR = "/usr/share/fonts/truetype/liberation"
FONTS = {"serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
         "serif-i": "LiberationSerif-Italic.ttf", "sans": "LiberationSans-Regular.ttf",
         "sans-b": "LiberationSans-Bold.ttf", "sans-i": "LiberationSans-Italic.ttf",
         "mono": "LiberationMono-Regular.ttf"}
_metrics = {}
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _m(key):
    if key not in _metrics:
        f = TTFont(os.path.join(FONTDIR, FONTS[key]))
        _metrics[key] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _metrics[key]


def width(font, size, s):
    cmap, hmtx, upm = _m(font)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch))
        w += hmtx[g][0] if g else upm // 2
    return w * size / upm


def wrap(text, font, size, w, indent=0.0, hyphenate=True):
    """Greedy breaker. Returns lines (strings). Line-end hyphens are ASCII '-'."""
    words = text.split()
    lines, cur = [], ""
    avail = lambda: w - (indent if not lines else 0)
    i = 0
    while i < len(words):
        wd = words[i]
        trial = wd if not cur else cur + " " + wd
        if width(font, size, trial) <= avail():
            cur = trial; i += 1; continue
        # try to split the word
        done = False
        core = wd.strip(".,;:’‘“”()")
        if hyphenate and len(core) >= 7 and core.isalpha():
            for pos in sorted(HY.positions(wd), reverse=True):
                head = wd[:pos] + "-"
                t2 = head if not cur else cur + " " + head
                if width(font, size, t2) <= avail():
                    lines.append(t2); cur = ""; words[i] = wd[pos:]; done = True; break
        if not done and "-" in wd[1:-1]:
            parts = wd.split("-")
            for k in range(len(parts) - 1, 0, -1):
                head = "-".join(parts[:k]) + "-"
                t2 = head if not cur else cur + " " + head
                if width(font, size, t2) <= avail():
                    lines.append(t2); cur = ""; words[i] = "-".join(parts[k:]); done = True; break
        if not done:
            if not cur:
                lines.append(wd); i += 1
            else:
                lines.append(cur); cur = ""
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, name, title, author="Exhibit set r42"):
        self.name = name
        self.ops = [("INFO", title, author)] + [("FONT", k, v) for k, v in FONTS.items()]

    def page(self, w, h):
        self.ops.append(("PAGE", w, h)); self.W, self.H = w, h

    def text(self, font, size, x, y, s, color="FF000000", deg=0):
        assert size == int(size)
        self.ops.append(("TEXT", font, int(size), round(x, 2), round(y, 2), deg, color, s))

    def rect(self, x, y, w, h, color="FFBBBBBB"):
        self.ops.append(("RECT", round(x, 2), round(y, 2), round(w, 2), round(h, 2), color))

    def lines(self, lines, font, size, x, y, lead, color="FF000000", align="left", w=None):
        for ln in lines:
            xx = x
            if align == "center": xx = x + (w - width(font, size, ln)) / 2
            if align == "right": xx = x + w - width(font, size, ln)
            self.text(font, size, xx, y, ln, color); y += lead
        return y

    def para(self, text, font, size, x, y, w, lead, color="FF000000", **kw):
        return self.lines(wrap(text, font, size, w, **kw), font, size, x, y, lead, color)

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for op in self.ops:
                f.write("\t".join(str(v) for v in op) + "\n")


class Flow:
    """Flows paragraphs through a list of column boxes (page, x, y0, w, y1); calls newpage(doc, pageno)."""
    def __init__(self, doc, cols, on_col_start=None):
        self.doc, self.cols, self.ci = doc, cols, 0
        self.y = cols[0][2]; self.on_col_start = on_col_start
        self.hooks = {}   # (para_id, line_index) -> callable(flow) run before that line

    @property
    def col(self): return self.cols[self.ci]

    def next_col(self):
        self.ci += 1
        if self.on_col_start: self.on_col_start(self, self.ci)
        self.y = self.col[2]

    def need(self, h):
        if self.y + h > self.col[4]: self.next_col()

    def skip(self, h): self.y += h

    def para(self, text, font="serif", size=10, lead=13, after=6, color="FF000000", pid=None, keep=2):
        lines = wrap(text, font, size, self.col[3])
        if self.y + keep * lead > self.col[4] + 0.1: self.next_col()
        for k, ln in enumerate(lines):
            if pid is not None and (pid, k) in self.hooks: self.hooks[(pid, k)](self)
            if self.y + lead > self.col[4] + 0.1:
                self.next_col()
            self.doc.text(font, size, self.col[1], self.y + size, ln, color)
            self.y += lead
        self.y += after
        return lines
