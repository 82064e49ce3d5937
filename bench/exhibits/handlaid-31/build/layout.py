# -*- coding: utf-8 -*-
"""My own line breaker and frame flow, with real advance widths of the Liberation
TrueType fonts (read with fontTools), hyphenation by pyphen (en_GB), and a display
list that painter.py draws with PaPDF in the given order. Units: mm, origin top-left."""
import re
import pyphen
from fontTools.ttLib import TTFont

FONTDIR = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "Serif": "LiberationSerif-Regular.ttf", "SerifB": "LiberationSerif-Bold.ttf",
    "SerifI": "LiberationSerif-Italic.ttf", "SerifBI": "LiberationSerif-BoldItalic.ttf",
    "Sans": "LiberationSans-Regular.ttf", "SansB": "LiberationSans-Bold.ttf",
    "SansI": "LiberationSans-Italic.ttf", "SansBI": "LiberationSans-BoldItalic.ttf",
    "Narrow": "LiberationSansNarrow-Regular.ttf", "NarrowB": "LiberationSansNarrow-Bold.ttf",
}
_metrics = {}
PT = 25.4 / 72.0
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)
MARK = re.compile(r"\^([^^]*)\^")


def metrics(font):
    if font not in _metrics:
        f = TTFont(FONTDIR + FONTS[font])
        cmap = f.getBestCmap()
        hmtx = f["hmtx"].metrics
        upm = f["head"].unitsPerEm
        _metrics[font] = (cmap, hmtx, upm)
    return _metrics[font]


def width(text, font, size, track=0.0):
    """Width in mm of text at size (pt); mark spans ^n^ count as 60 % size digits."""
    cmap, hmtx, upm = metrics(font)
    total = 0.0
    for part, is_mark in split_marks(text):
        s = size * (0.6 if is_mark else 1.0)
        for ch in part:
            g = cmap.get(ord(ch))
            adv = hmtx[g][0] if g else upm * 0.5
            total += adv / upm * s * PT + track
    return total


def split_marks(text):
    out, pos = [], 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def take_line(words, font, size, avail, hyphenate=True):
    """Take one greedy line off the front of words (a list, mutated).
    A split word leaves its tail at the front. Returns the line string."""
    cur = ""
    while words:
        w = words[0]
        trial = (cur + " " + w) if cur else w
        if width(trial, font, size) <= avail:
            cur = trial
            words.pop(0)
            continue
        room = avail - (width(cur + " ", font, size) if cur else 0)
        best = None
        if hyphenate:
            core = MARK.sub("", w)
            if "-" in core[1:-1]:
                parts = w.split("-")
                for k in range(len(parts) - 1, 0, -1):
                    head = "-".join(parts[:k]) + "-"
                    if width(head, font, size) <= room:
                        best = (head, "-".join(parts[k:]))
                        break
            elif re.fullmatch(r"[A-Za-z\u2019']+[,.;:]?", core) and len(core) >= 6:
                for head, tail in HY.iterate(w):
                    if len(MARK.sub("", tail).strip(",.;:")) >= 3 and head[-1].isalpha() \
                            and width(head + "-", font, size) <= room:
                        best = (head + "-", tail)
                        break
        if best:
            words[0] = best[1]
            return (cur + " " + best[0]) if cur else best[0]
        if not cur:
            words.pop(0)
            return w
        return cur
    return cur


def break_lines(text, font, size, avail, hyphenate=True):
    words, out = text.split(), []
    while words:
        out.append(take_line(words, font, size, avail, hyphenate))
    return out


class Doc:
    """Display list: pages[i] = list of ops, drawn in order."""

    def __init__(self, w, h, npages):
        self.w, self.h = w, h
        self.pages = [[] for _ in range(npages)]

    def text(self, page, x, y, s, font, size, color="#000000", track=0.0, align="left"):
        if align == "right":
            x -= width(s, font, size, track)
        elif align == "center":
            x -= width(s, font, size, track) / 2
        self.pages[page].append(("t", x, y, s, font, size, color, track))

    def rect(self, page, x, y, w, h, fill="#cccccc"):
        self.pages[page].append(("r", x, y, w, h, fill))

    def line(self, page, x0, y0, x1, y1, color="#000000", lw=0.3):
        self.pages[page].append(("l", x0, y0, x1, y1, color, lw))

    def picture(self, page, x, y, w, h):
        """A grey box with diagonals stands for a picture."""
        self.rect(page, x, y, w, h, "#c8c8c8")
        self.line(page, x, y, x + w, y + h, "#9a9a9a", 0.3)
        self.line(page, x, y + h, x + w, y, "#9a9a9a", 0.3)


class Flow:
    """Flows text through a list of frames (page, x, top, bottom, width)."""

    def __init__(self, doc, frames, on_frame=None):
        self.doc, self.frames, self.i = doc, frames, 0
        self.y = frames[0][2]
        self.on_frame = on_frame or {}

    @property
    def fr(self):
        return self.frames[self.i]

    def next_frame(self):
        self.i += 1
        self.y = self.fr[2]
        hook = self.on_frame.get(self.i)
        if hook:
            hook(self)

    def need(self, h):
        if self.y + h > self.fr[3]:
            self.next_frame()

    def space(self, h):
        self.y += h

    def para(self, text, font="Serif", size=10, lead=None, indent=0.0, color="#000000",
             after_line=None, gap=0.0, hyphenate=True, align="left"):
        """after_line: dict {line_no: callback(flow)} called after that line is set."""
        lead = lead or size * 1.3 * PT
        after_line = dict(after_line or {})
        words = text.split()
        n = 0
        while words:
            if self.y + lead > self.fr[3] + 0.01:
                self.next_frame()
            ind = indent if n == 0 else 0.0
            ln = take_line(words, font, size, self.fr[4] - ind, hyphenate)
            self.y += lead
            x = self.fr[1] + ind
            if align == "center":
                x = self.fr[1] + (self.fr[4] - width(ln, font, size)) / 2
            self.draw_line(x, self.y, ln, font, size, color)
            n += 1
            if n in after_line:
                after_line.pop(n)(self)
        self.y += gap
        return n

    def draw_line(self, x, y, ln, font, size, color):
        page = self.fr[0]
        cx = x
        for part, is_mark in split_marks(ln):
            if is_mark:
                self.doc.text(page, cx, y - size * 0.35 * PT, part, font, size * 0.6, color)
                cx += width(part, font, size * 0.6)
            else:
                self.doc.text(page, cx, y, part, font, size, color)
                cx += width(part, font, size)


