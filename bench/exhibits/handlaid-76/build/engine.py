"""My own layout engine for the kendo-drawing PDFs: real Liberation metrics (fontTools hmtx), greedy breaker,
pyphen hyphenation, a Flow over column frames with line hooks. Output: a list of page ops (JSON) that
paint_kendo.js turns into PDF with @progress/kendo-drawing. Sizes are whole points (kendo parses font sizes
with parseInt)."""
import json, pyphen
from fontTools.ttLib import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {"serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
         "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
         "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
         "sans-i": "LiberationSans-Italic.ttf", "sans-bi": "LiberationSans-BoldItalic.ttf"}
_M = {}
def _metrics(f):
    if f not in _M:
        t = TTFont(LIB + FONTS[f]); cmap = t.getBestCmap(); hm = t["hmtx"].metrics
        _M[f] = (cmap, hm, t["head"].unitsPerEm)
    return _M[f]
def width(s, f, z):
    cmap, hm, upm = _metrics(f)
    return sum(hm[cmap.get(ord(ch), cmap.get(63))][0] for ch in s) * z / upm

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

class Doc:
    def __init__(self): self.pages = []; self.log = []
    def page(self, w, h): self.pages.append({"w": w, "h": h, "ops": []}); return len(self.pages) - 1
    def op(self, p, **k): self.pages[p]["ops"].append(k)
    def text(self, p, x, y, s, f="serif", z=10, c="#000000", rot=0):
        self.op(p, t="text", x=round(x, 2), y=round(y, 2), s=s, f=f, z=int(z), c=c, rot=rot)
    def rect(self, p, x, y, w, h, fill="#cccccc", stroke=None):
        self.op(p, t="rect", x=x, y=y, w=w, h=h, fill=fill, stroke=stroke)
    def line(self, p, x1, y1, x2, y2, c="#000000", lw=0.8):
        self.op(p, t="line", x1=x1, y1=y1, x2=x2, y2=y2, c=c, lw=lw)
    def rtext(self, p, xr, y, s, f, z, c="#000000"): self.text(p, xr - width(s, f, z), y, s, f, z, c)
    def ctext(self, p, xc, y, s, f, z, c="#000000"): self.text(p, xc - width(s, f, z) / 2, y, s, f, z, c)
    def save(self, path):
        json.dump({"pages": self.pages}, open(path, "w", encoding="utf-8"), ensure_ascii=False)

def break_lines(words, f, z, w, first_indent=0, hyph=True):
    """Greedy breaker. words: list of str. Returns list of (list_of_words, is_last, hyphenated)."""
    lines, cur, i, sw = [], [], 0, width(" ", f, z)
    words = list(words)
    avail = w - first_indent
    while i < len(words):
        wd = words[i]
        trial = width(" ".join(cur + [wd]), f, z)
        if trial <= avail or not cur:
            cur.append(wd); i += 1; continue
        done = False
        if hyph:
            core = wd.strip(".,;:!?’”“‘()")
            cands = []
            if "-" in wd[:-1] and not wd.startswith("-"):
                k = wd.index("-"); cands.append((wd[:k + 1], wd[k + 1:]))
            elif core.isalpha() and len(core) >= 7 and core.islower():
                for a, b in HY.iterate(wd):
                    cands.append((a + "-", b))
            for a, b in cands:
                if width(" ".join(cur + [a]), f, z) <= avail:
                    cur.append(a); words[i] = b; done = True; break
        lines.append((cur, False)); cur = []; avail = w
    if cur: lines.append((cur, True))
    return lines

class Flow:
    """Fills frames (page, x, ytop, w, ybot) line by line."""
    def __init__(self, doc, frames, on_enter=None):
        self.d, self.frames, self.fi, self.on_enter = doc, frames, 0, on_enter or {}
        p, x, yt, w, yb = frames[0]; self.y = yt
        if 0 in self.on_enter: self.on_enter[0](self)
    @property
    def fr(self): return self.frames[self.fi]
    def next_frame(self):
        self.fi += 1
        if self.fr is not None: self.y = self.fr[2]
        self.d.log.append("frame %d" % self.fi)
        if self.fi in self.on_enter: self.on_enter[self.fi](self)
    def need(self, h):
        if self.y + h > self.fr[4]: self.next_frame()
    def skip(self, h): self.y += h
    def para(self, text, f="serif", z=10, lead=None, justify=True, indent=0, c="#000000", after=None,
             hooks=None, tag=""):
        lead = lead or z * 1.25
        hooks = hooks or {}
        p, x, yt, w, yb = self.fr
        lines = break_lines(text.split(), f, z, w, indent)
        # re-break if frame width changes is handled by laying line by line
        ln = 0; words = text.split(); pos = 0
        rest = words
        first = True
        while rest:
            if self.y + lead > self.fr[4] + 0.01:
                self.d.log.append("%s crosses frame after line %d" % (tag, ln)); self.next_frame()
            p, x, yt, w, yb = self.fr
            x0 = x + (indent if first else 0); wl = w - (indent if first else 0)
            if ln in hooks:
                r = hooks.pop(ln)(self)
                p, x, yt, w, yb = self.fr
                x0 = x + (indent if first else 0); wl = w - (indent if first else 0)
            ls = break_lines(rest, f, z, wl, 0)
            lw, last = ls[0]
            # words consumed: count full words; a hyphenated piece replaces the word
            n = len(lw); consumed = n
            newrest = rest[n:]
            if lw and lw[-1] != rest[n - 1]:
                src = rest[n - 1]
                if src.startswith(lw[-1]):
                    tail = src[len(lw[-1]):]
                else:
                    tail = src[len(lw[-1]) - 1:]
                newrest = [tail] + newrest
            base = self.y + z
            if justify and newrest and len(lw) > 1:
                tot = sum(width(t, f, z) for t in lw); gap = (wl - tot) / (len(lw) - 1)
                xx = x0
                for t in lw:
                    self.d.text(p, xx, base, t, f, z, c); xx += width(t, f, z) + gap
            else:
                self.d.text(p, x0, base, " ".join(lw), f, z, c)
            self.y += lead; ln += 1; first = False; rest = newrest
        if after is not None: self.y += after
        return ln
