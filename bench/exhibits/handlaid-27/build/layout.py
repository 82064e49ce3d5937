"""My own line breaker and frame flow for the pdfje painter (pdfje's Text draws one unwrapped line at a point).

Widths come from the Liberation fonts (metric-compatible with Times/Helvetica) read with fontTools; hyphenation
points from pyphen (en_GB, >= 3 letters each side). Drawings are appended to the current page in the order they are
made, so the content-stream order (and so pdftotext -raw order) is the order of the calls.
"""
import re
import pyphen
from fontTools.ttLib import TTFont
from pdfje import Document, Page, draw
from pdfje.style import Style
from pdfje.common import RGB
from pdfje.fonts import TrueType

LIB = "/usr/share/fonts/truetype/liberation/"
FILES = {
    "serif": ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "LiberationSerif-BoldItalic.ttf"],
    "sans": ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
             "LiberationSans-BoldItalic.ttf"],
}
TYPEFACES = {k: TrueType(*[LIB + f for f in v]) for k, v in FILES.items()}
_metrics = {}
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _m(family, bold, italic):
    key = (family, bold, italic)
    if key not in _metrics:
        f = TTFont(LIB + FILES[family][(1 if bold else 0) + (2 if italic else 0)])
        _metrics[key] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _metrics[key]


class F:
    """a font setting: family, size, bold, italic, colour"""

    def __init__(self, family="serif", size=10, bold=False, italic=False, color=(0, 0, 0)):
        self.family, self.size, self.bold, self.italic, self.color = family, size, bold, italic, color

    def w(self, s):
        cmap, hm, upm = _m(self.family, self.bold, self.italic)
        tot = 0
        for ch in s:
            g = cmap.get(ord(ch)) or cmap.get(ord("?"))
            tot += hm[g][0]
        return tot * self.size / upm

    def style(self):
        return Style(font=TYPEFACES[self.family], size=self.size, bold=self.bold, italic=self.italic,
                     color=RGB(*self.color), line_spacing=1.0, hyphens=None)

    def but(self, **kw):
        d = dict(family=self.family, size=self.size, bold=self.bold, italic=self.italic, color=self.color)
        d.update(kw)
        return F(**d)


def text(page, x, baseline, s, font, align="left"):
    """draw one line with its baseline at `baseline` (pdfje places the first baseline one line height below loc)"""
    if align == "right":
        x -= font.w(s)
    elif align == "center":
        x -= font.w(s) / 2
    page.append(draw.Text((x, baseline + font.size), s, font.style()))


def rect(page, x, y, w, h, fill=(0.78, 0.78, 0.78), stroke=None):
    page.append(draw.Rect((x, y), w, h, fill=RGB(*fill) if fill else None, stroke=RGB(*stroke) if stroke else None))


def grey_picture(page, x, y, w, h):
    rect(page, x, y, w, h, fill=(0.74, 0.74, 0.74))
    page.append(draw.Line((x, y), (x + w, y + h), stroke=RGB(0.6, 0.6, 0.6)))
    page.append(draw.Line((x, y + h), (x + w, y), stroke=RGB(0.6, 0.6, 0.6)))


def line(page, x1, y1, x2, y2, color=(0, 0, 0)):
    page.append(draw.Line((x1, y1), (x2, y2), stroke=RGB(*color)))


def break_lines(words, font, width, indent=0.0, hyphenate=True):
    """greedy breaking. words: list of str. Returns list of lists of words (a hyphenated piece ends with '-')."""
    lines, cur, curw = [], [], indent
    sp = font.w(" ")
    queue = list(words)
    heads = set()  # ids of head pieces (word not finished on that line)
    counts, curc = [], 0
    while queue:
        wd = queue.pop(0)
        add = font.w(wd) + (sp if cur else 0)
        if curw + add <= width or not cur:
            cur.append(wd)
            curw += add
            curc += 1
            continue
        # try to split the word
        room = width - curw - sp
        done = False
        if "-" in wd[:-1]:  # a real compound: may break after its hyphen
            i = wd.index("-")
            head, tail = wd[:i + 1], wd[i + 1:]
            if font.w(head) <= room and re.match(r"[A-Za-z]", tail):
                cur.append(head)
                queue.insert(0, tail)
                done = True
        elif hyphenate:
            m = re.match(r"^([A-Za-z’]+)([^A-Za-z’]*)$", wd)
            if m and len(m.group(1)) >= 6:
                core, punct = m.group(1), m.group(2)
                best = None
                for a, b in HY.iterate(core):
                    if font.w(a + "-") <= room:
                        best = (a + "-", b + punct)
                        break
                if best:
                    cur.append(best[0])
                    queue.insert(0, best[1])
                    done = True
        lines.append(cur)
        counts.append(curc)
        cur, curw = [], 0.0
        if not done:
            queue.insert(0, wd)
    if cur:
        lines.append(cur)
        counts.append(curc)
    break_lines.counts = counts
    return lines


def join_words(ws):
    return " ".join(ws)


class Flow:
    """flows blocks through frames (x, top, width, bottom) that may be on different pages"""

    def __init__(self, doc, frames, on_frame=None):
        self.doc, self.frames, self.on_frame = doc, frames, on_frame
        self.fi = 0
        self.y = frames[0][1]

    @property
    def frame(self):
        return self.frames[self.fi]

    @property
    def page(self):
        return self.doc.page(self.frame[4])

    def next_frame(self):
        old = self.fi
        self.fi += 1
        self.y = self.frame[1]
        if self.on_frame:
            self.on_frame(self, old, self.fi)

    def need(self, h):
        if self.y - h < self.frame[3]:
            self.next_frame()

    def space(self, h):
        if self.y != self.frame[1]:
            self.y -= h

    def para(self, s, font, lead, indent=0.0, justify=False, hyphenate=True, interrupt=None, keep=2):
        """s may contain one '|' = after the line holding that point, call interrupt(flow)"""
        s = re.sub(r"\^([^^]*)\^", r"\1", s)
        mark_word = None
        if "|" in s:
            a, b = s.split("|")
            mark_word = len(a.split())
            s = a + " " + b
        words = s.split()
        lines = break_lines(words, font, self.frame[2], indent, hyphenate)
        # map: number of source words finished after each line
        done_after = list(break_lines.counts)
        if self.y - keep * lead < self.frame[3]:
            self.next_frame()
        x0, width = self.frame[0], self.frame[2]
        fired = False
        for i, ln in enumerate(lines):
            if self.y - lead < self.frame[3] - 0.5:
                self.next_frame()
                x0, width = self.frame[0], self.frame[2]
            base = self.y - font.size * 0.9
            ind = indent if i == 0 else 0.0
            last = i == len(lines) - 1
            if justify and not last and len(ln) > 1:
                gap = (width - ind - sum(font.w(w) for w in ln)) / (len(ln) - 1)
                x = x0 + ind
                for w in ln:
                    text(self.page, x, base, w, font)
                    x += font.w(w) + gap
            else:
                text(self.page, x0 + ind, base, join_words(ln), font)
            self.y -= lead
            if mark_word is not None and not fired and done_after[i] >= mark_word and not last:
                fired = True
                interrupt(self)
                x0, width = self.frame[0], self.frame[2]
        return lines


class Doc:
    def __init__(self, size):
        self.size = size
        self.pages = []

    def page(self, i):
        while len(self.pages) <= i:
            self.pages.append([])
        return self.pages[i]

    def write(self, path):
        Document([Page(p, size=self.size) for p in self.pages]).write(path)
