# My own line breaker: greedy, real font metrics (fontTools), pyphen hyphenation (en_GB, >=3 letters each side).
# Produces a list of ops; painters draw them in order (content-stream order == .txt order).
import re
from fontTools.ttLib import TTFont
import pyphen

LIB = "/usr/share/fonts/truetype/liberation/"
_HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


class Font:
    def __init__(self, path):
        self.path = path
        tt = TTFont(path)
        self.upm = tt["head"].unitsPerEm
        self.cmap = tt.getBestCmap()
        self.hmtx = tt["hmtx"].metrics
        self.cache = {}

    def w(self, s, size):
        t = 0
        for ch in s:
            g = self.cmap.get(ord(ch))
            t += self.hmtx[g][0] if g else self.upm * 0.5
        return t * size / self.upm


FONTS = {}


def font(key, path):
    if key not in FONTS:
        FONTS[key] = Font(path)
    return FONTS[key]


def wrap(text, f, size, width, first_indent=0.0, hyph=True):
    """Return list of (line_text, has_marker). '|' marks may be glued to words; they are kept in the line
    text for the caller to detect and then stripped by the painter helpers."""
    words = text.split()
    lines, cur = [], []
    sp = f.w(" ", size)

    def clean(s):
        return s.replace("|", "")

    def width_of(ws):
        return f.w(" ".join(clean(x) for x in ws), size)

    avail = width - first_indent
    i = 0
    while i < len(words):
        wd = words[i]
        trial = cur + [wd]
        if width_of(trial) <= avail or not cur and not hyph:
            cur = trial
            i += 1
            continue
        # try hyphenation of wd
        done = False
        if hyph:
            plain = clean(wd)
            m = re.match(r"^([“‘(]*)([A-Za-z’'-]+)([^A-Za-z]*)$", plain)
            if m and "|" not in wd:
                core = m.group(2)
                cands = []
                if "-" in core[1:-1]:
                    k = core.index("-", 1)
                    cands.append((m.group(1) + core[:k + 1], core[k + 1:] + m.group(3)))
                elif len(core) >= 6 and not core[0].isupper() or (len(core) >= 7):
                    for pos in reversed(_HY.positions(core)):
                        cands.append((m.group(1) + core[:pos] + "-", core[pos:] + m.group(3)))
                for a, b in cands:
                    if width_of(cur + [a]) <= avail:
                        lines.append(cur + [a])
                        words[i] = b
                        cur = []
                        avail = width
                        done = True
                        break
        if done:
            continue
        if not cur:
            cur = [wd]
            i += 1
        lines.append(cur)
        cur = []
        avail = width
    if cur:
        lines.append(cur)
    return [" ".join(l) for l in lines]


class Ops:
    def __init__(self):
        self.ops = []
        self.pages = []

    def page(self, w, h):
        self.pages.append((w, h))
        self.ops.append(("page", w, h))

    def text(self, x, y, s, fkey, size, color=(0, 0, 0)):
        s = s.replace("|", "")
        s = re.sub(r"\^([^^]*)\^", r"\1", s)
        if s:
            self.ops.append(("text", x, y, s, fkey, size, color))

    def rect(self, x, y, w, h, fill=(200, 200, 200), stroke=None):
        self.ops.append(("rect", x, y, w, h, fill, stroke))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.5):
        self.ops.append(("line", x1, y1, x2, y2, color, width))

    def grey_box(self, x, y, w, h):
        self.rect(x, y, w, h, fill=(196, 196, 196), stroke=(150, 150, 150))
        self.line(x, y, x + w, y + h, (160, 160, 160), 0.5)
        self.line(x, y + h, x + w, y, (160, 160, 160), 0.5)


class Flow:
    """Flows lines through frames. Coordinates: y grows downward from the top of the page (baseline y)."""

    def __init__(self, ops, frames, on_frame=None):
        self.ops, self.frames, self.on_frame = ops, frames, on_frame
        self.fi = -1
        self.next_frame()

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError("out of frames")
        fr = self.frames[self.fi]
        self.x, self.y, self.w, self.bottom = fr["x"], fr["top"], fr["w"], fr["bottom"]
        if self.on_frame:
            self.on_frame(self, fr)

    def need(self, h):
        if self.y + h > self.bottom:
            self.next_frame()

    def skip(self, h):
        self.y += h

    def para(self, text, fkey, size, lead, before=0.0, indent=0.0, color=(0, 0, 0), hyph=True, on_mark=None,
             xoff=0.0, wdelta=0.0):
        f = FONTS[fkey]
        lines = wrap(text, f, size, self.w - wdelta, indent, hyph)
        self.y += before
        for n, ln in enumerate(lines):
            if self.y + lead > self.bottom + 0.01:
                self.next_frame()
            self.y += lead
            x = self.x + xoff + (indent if n == 0 else 0)
            self.ops.text(x, self.y - lead * 0.22, ln, fkey, size, color)
            if "|" in ln and on_mark:
                on_mark(self)
        return lines
