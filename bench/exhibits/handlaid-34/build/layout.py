"""My own layout layer over minpdf-core: font metrics from the embedded TrueType files (fontTools hmtx/cmap),
greedy line breaking, pyphen hyphenation, justification by placing each word, a display list per page."""
import re
from fontTools.ttLib import TTFont
import pyphen
from minpdf import PDF, TextOptions, RectOptions

FD = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {"serif": "LiberationSerif-Regular.ttf", "serif-i": "LiberationSerif-Italic.ttf",
             "serif-b": "LiberationSerif-Bold.ttf", "sans": "LiberationSans-Regular.ttf",
             "sans-b": "LiberationSans-Bold.ttf", "sans-i": "LiberationSans-Italic.ttf"}
_m = {}
def metrics(font):
    if font not in _m:
        t = TTFont(FD + FONTFILES[font])
        _m[font] = (t.getBestCmap(), t["hmtx"].metrics, t["head"].unitsPerEm)
    return _m[font]

def width(s, font, size):
    cmap, hm, upem = metrics(font)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch)) or cmap.get(32)
        w += hm[g][0]
    return w * size / upem

NOTE = re.compile(r"\^(\d+)\^")
def plain(s):
    return NOTE.sub("", s)

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

class Painter:
    def __init__(self, size, npages, title):
        self.size = size
        self.pages = [[] for _ in range(npages)]
        self.title = title
    def text(self, p, s, x, y, font="serif", size=10, color=(0, 0, 0)):
        self.pages[p].append(("t", s, x, y, font, size, color))
    def rect(self, p, x, y, w, h, fill=None, stroke=None, lw=0.8):
        self.pages[p].append(("r", x, y, w, h, fill, stroke, lw))
    def line(self, p, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6, dash=()):
        self.pages[p].append(("l", x1, y1, x2, y2, color, lw, dash))
    def picture(self, p, x, y, w, h):
        self.rect(p, x, y, w, h, fill=(0.78, 0.78, 0.78), stroke=(0.55, 0.55, 0.55))
        self.line(p, x, y, x + w, y + h, (0.6, 0.6, 0.6), 0.5)
        self.line(p, x, y + h, x + w, y, (0.6, 0.6, 0.6), 0.5)
    def tracked(self, p, s, x, y, font, size, track, color=(0, 0, 0)):
        for ch in s:
            if ch != " ":
                self.text(p, ch, x, y, font, size, color)
            x += width(ch, font, size) + track
        return x
    def save(self, path, creator):
        d = PDF(self.size)
        for f, fn in FONTFILES.items():
            used = any(op[0] == "t" and op[4] == f for pg in self.pages for op in pg)
            if used:
                d.register_font(f, open(FD + fn, "rb").read())
        d.metadata(title=self.title, author="", creator=creator)
        for i, pg in enumerate(self.pages):
            if i:
                d.page(self.size)
            for op in pg:
                if op[0] == "t":
                    _, s, x, y, font, size, color = op
                    d.text(s, x, y, TextOptions(size=size, color=color, font=font))
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    d.rect(x, y, w, h, RectOptions(fill=fill, stroke=stroke, line_width=lw))
                else:
                    _, x1, y1, x2, y2, color, lw, dash = op
                    d.line(x1, y1, x2, y2, color, lw, dash)
        d.save(path)

def wwidth(word, font, size):
    """width of a word that may carry a glued note mark"""
    m = NOTE.search(word)
    if not m:
        return width(word, font, size)
    return width(plain(word), font, size) + width(m.group(1), font, size * 0.6)

def break_lines(text, font, size, width_fn, indent=0, hyphenate=True):
    """width_fn(i) -> width of line i. Returns list of (words, hyphen_added, last)."""
    words = text.split()
    sp = width(" ", font, size)
    lines, cur, curw = [], [], 0.0
    i = 0
    while i < len(words):
        w = words[i]
        avail = width_fn(len(lines)) - (indent if not lines else 0)
        ww = wwidth(w, font, size)
        need = ww if not cur else curw + sp + ww
        if need <= avail:
            cur.append(w); curw = need; i += 1; continue
        # try to split w
        done = False
        if hyphenate:
            rest = avail - (curw + sp if cur else 0)
            cands = []
            if "-" in w[:-1]:
                parts = w.split("-")
                for k in range(1, len(parts)):
                    cands.append(("-".join(parts[:k]) + "-", "-".join(parts[k:]), False))
            elif not NOTE.search(w) and re.fullmatch(r"[a-z]+[,.;:]?", w):
                core = w.rstrip(",.;:"); tail = w[len(core):]
                for pos in HY.positions(core):
                    cands.append((core[:pos] + "-", core[pos:] + tail, True))
            best = None
            for a, b, added in cands:
                if width(a, font, size) <= rest:
                    best = (a, b, added)
            if best:
                a, b, added = best
                cur.append(a); lines.append((cur, added, False)); cur, curw = [], 0.0
                words[i] = b; done = True
        if not done:
            if not cur:
                cur.append(w); i += 1
            lines.append((cur, False, False)); cur, curw = [], 0.0
    if cur:
        lines.append((cur, False, True))
    return lines

def draw_words(pt, p, words, x, y, font, size, justify_to=None, color=(0, 0, 0)):
    """draw a line; if justify_to is given, place each word so the line fills that width"""
    sp = width(" ", font, size)
    ws = [wwidth(w, font, size) for w in words]
    if justify_to and len(words) > 1:
        gap = (justify_to - sum(ws)) / (len(words) - 1)
    else:
        gap = sp
    if not justify_to and not any(NOTE.search(w) for w in words):
        pt.text(p, " ".join(words), x, y, font, size, color)
        return
    for w, wd in zip(words, ws):
        m = NOTE.search(w)
        if m:
            base = plain(w)
            pt.text(p, base, x, y, font, size, color)
            pt.text(p, m.group(1), x + width(base, font, size), y - size * 0.38, font, size * 0.6, color)
        else:
            pt.text(p, w, x, y, font, size, color)
        x += wd + gap

class Flow:
    """Text flowing through frames (page, x, top, bottom, width) in order."""
    def __init__(self, pt, frames):
        self.pt, self.frames, self.fi = pt, frames, 0
        self.y = frames[0][2]
        self.log = []
    @property
    def f(self):
        return self.frames[self.fi]
    def next_frame(self):
        self.fi += 1
        self.y = self.f[2]
        self.log.append(("break", self.fi))
    def room(self, h):
        if self.y + h > self.f[3]:
            self.next_frame()
    def gap(self, h):
        if self.y > self.f[2] + 0.1:
            self.y += h
    def para(self, text, font="serif", size=9.5, lead=12.5, indent=0, justify=True, after=5, hooks=None,
             hyphenate=True, color=(0, 0, 0)):
        hooks = hooks or {}
        lines = break_lines(text, font, size, lambda i: self.f[4], indent, hyphenate)
        for n, (words, hy, last) in enumerate(lines):
            self.room(lead)
            p, x, top, bot, w = self.f
            base = self.y + size * 0.8
            xi = x + (indent if n == 0 else 0)
            wi = w - (indent if n == 0 else 0)
            draw_words(self.pt, p, words, xi, base, font, size, None if (last or not justify) else wi, color)
            self.y += lead
            if n + 1 in hooks:
                hooks[n + 1](self)
        self.y += after
    def block(self, h, draw, before=4, after=6):
        """a fixed-height block (figure etc.); draw(page, x, y, w)"""
        self.gap(before)
        self.room(h)
        p, x, top, bot, w = self.f
        draw(p, x, self.y, w)
        self.y += h + after

def lines_height(text, font, size, lead, w, hyphenate=True):
    return len(break_lines(text, font, size, lambda i: w, 0, hyphenate)) * lead

def para_at(pt, p, text, x, y, w, font="serif", size=9.5, lead=12.5, justify=False, align="left", hyphenate=True, color=(0, 0, 0), first_font=None):
    """set a paragraph at a fixed place; returns the y under it. first_font: the first word in another face."""
    lines = break_lines(text, font, size, lambda i: w, 0, hyphenate)
    for n, (words, hy, last) in enumerate(lines):
        base = y + size * 0.8
        if n == 0 and first_font:
            w0 = words[0]
            pt.text(p, w0, x, base, first_font, size, color)
            x0 = x + width(w0 + " ", first_font, size)
            if len(words) > 1:
                draw_words(pt, p, words[1:], x0, base, font, size, None if (last or not justify) else w - (x0 - x), color)
        elif align == "right":
            lw = width(" ".join(plain(x_) for x_ in words), font, size)
            draw_words(pt, p, words, x + w - lw, base, font, size, None, color)
        elif align == "center":
            lw = width(" ".join(plain(x_) for x_ in words), font, size)
            draw_words(pt, p, words, x + (w - lw) / 2, base, font, size, None, color)
        else:
            draw_words(pt, p, words, x, base, font, size, None if (last or not justify) else w, color)
        y += lead
    return y
