"""My own line breaker and page-op writer for the Racket painter.

Advance widths come from the Liberation TTFs (fontTools); hyphenation points from pyphen (en_GB),
only for words of 7+ letters, at least 3 letters on each side; an ASCII "-" ends a hyphenated line.
Ragged right. Text order in the PDF = the order of the ops written here.
"""
import re
import subprocess
import os

import pyphen
from fontTools.ttLib import TTFont

FONTDIR = "/usr/share/fonts/truetype/liberation"
FONTS = {
    "serif": ("LiberationSerif-Regular.ttf", "Liberation Serif", "normal", "normal"),
    "serif-b": ("LiberationSerif-Bold.ttf", "Liberation Serif", "bold", "normal"),
    "serif-i": ("LiberationSerif-Italic.ttf", "Liberation Serif", "normal", "italic"),
    "serif-bi": ("LiberationSerif-BoldItalic.ttf", "Liberation Serif", "bold", "italic"),
    "sans": ("LiberationSans-Regular.ttf", "Liberation Sans", "normal", "normal"),
    "sans-b": ("LiberationSans-Bold.ttf", "Liberation Sans", "bold", "normal"),
    "sans-i": ("LiberationSans-Italic.ttf", "Liberation Sans", "normal", "italic"),
    "sans-bi": ("LiberationSans-BoldItalic.ttf", "Liberation Sans", "bold", "italic"),
}
_metrics = {}
_hy = pyphen.Pyphen(lang="en_GB")


def _load(font):
    if font not in _metrics:
        tt = TTFont(os.path.join(FONTDIR, FONTS[font][0]))
        cmap = tt.getBestCmap()
        hmtx = tt["hmtx"].metrics
        upem = tt["head"].unitsPerEm
        _metrics[font] = (cmap, hmtx, upem)
    return _metrics[font]


def width(text, font, size):
    cmap, hmtx, upem = _load(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch))
        if g is None:
            g = cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upem


def _hyphen_options(word):
    """(prefix-with-hyphen, rest) pairs, longest prefix first."""
    m = re.match(r"^([“‘(]*)([A-Za-zÀ-ÿ’']+)([.,;:!?”’)]*)$", word)
    if not m:
        return []
    lead, core, trail = m.groups()
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", core)
    if len(letters) < 7 or "’" in core or "'" in core:
        return []
    out = []
    for pos in _hy.positions(core):
        if pos >= 3 and len(core) - pos >= 3:
            out.append((lead + core[:pos] + "-", core[pos:] + trail))
    return sorted(out, key=lambda t: -len(t[0]))


def break_lines(text, font, size, w, hyph=True, first_indent=0.0):
    words = text.split()
    lines, cur = [], ""
    i = 0
    avail = w - first_indent
    while i < len(words):
        word = words[i]
        cand = word if not cur else cur + " " + word
        if width(cand, font, size) <= avail:
            cur = cand
            i += 1
            continue
        if hyph:
            done = False
            for pre, rest in _hyphen_options(word):
                c2 = pre if not cur else cur + " " + pre
                if width(c2, font, size) <= avail:
                    lines.append(c2)
                    words[i] = rest
                    cur = ""
                    avail = w
                    done = True
                    break
            if done:
                continue
        if not cur:  # a single over-long word
            cur = word
            i += 1
        lines.append(cur)
        cur = ""
        avail = w
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = [f"DOC\t{w}\t{h}"]

    def page(self):
        self.ops.append("PAGE")

    def rect(self, x, y, w, h, color=(200, 200, 200)):
        self.ops.append("R\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d" % (x, y, w, h, *color))

    def ellipse(self, x, y, w, h, color):
        self.ops.append("E\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d" % (x, y, w, h, *color))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append("L\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d" % (x1, y1, x2, y2, lw, *color))

    def text(self, x, y, font, size, s, color=(0, 0, 0), angle=0, tracking=0.0):
        _, face, weight, style = FONTS[font]
        assert "\t" not in s
        self.ops.append("T\t%.2f\t%.2f\t%s\t%s\t%s\t%.2f\t%d\t%d\t%d\t%.1f\t%s"
                        % (x, y, face, weight, style, size, *color, angle, s))

    def text_right(self, xr, y, font, size, s, color=(0, 0, 0)):
        self.text(xr - width(s, font, size), y, font, size, s, color)

    def text_center(self, xc, y, font, size, s, color=(0, 0, 0)):
        self.text(xc - width(s, font, size) / 2, y, font, size, s, color)

    def save(self, ops_path, pdf_path, painter):
        with open(ops_path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.ops) + "\n")
        subprocess.run(["racket", painter, ops_path, pdf_path], check=True)


class Flow:
    """Places lines into a list of frames (x, top, width, bottom, on_enter). on_enter(flow) is called
    when the flow moves into the frame (used to start pages, draw bands, running heads...)."""

    def __init__(self, doc, frames):
        self.doc = doc
        self.frames = frames
        self.i = -1
        self.next_frame()

    def next_frame(self):
        self.i += 1
        fr = self.frames[self.i]
        self.x, self.y, self.w, self.bottom = fr[0], fr[1], fr[2], fr[3]
        if len(fr) > 4 and fr[4]:
            fr[4](self)

    def need(self, h):
        if self.y + h > self.bottom:
            self.next_frame()

    def space(self, h):
        self.y += h

    def lines(self, lines, font, size, lead, color=(0, 0, 0), indent=0.0, split=None):
        """split = (k, callback): after line k (0-based count of lines emitted) call callback(flow)."""
        for n, ln in enumerate(lines):
            if self.y + lead > self.bottom:
                self.next_frame()
            self.y += lead
            self.doc.text(self.x + (indent if n == 0 else 0), self.y - lead * 0.22, font, size, ln, color)
            if split and n + 1 == split[0]:
                split[1](self)

    def para(self, text, font="serif", size=10, lead=13, after=6, color=(0, 0, 0), hyph=True,
             indent=0.0, split=None):
        ls = break_lines(text, font, size, self.w, hyph, indent)
        self.lines(ls, font, size, lead, color, indent, split)
        self.y += after
        return ls

    def block(self, h, draw, after=6):
        """Reserve h points; draw(x, y, w) paints the block."""
        self.need(h)
        draw(self.x, self.y, self.w)
        self.y += h + after
