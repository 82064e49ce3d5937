# -*- coding: utf-8 -*-
"""My own layout: greedy line breaking with real advance widths from the Liberation
TTFs (metric-compatible with the base-14 Times/Helvetica that the PDFs use), pyphen
hyphenation (en_GB, >=3 letters each side), frames, and a display list of ops.
Coordinates: points, origin top-left, y = baseline for text."""
import re
from fontTools.ttLib import TTFont
import pyphen

FD = "/usr/share/fonts/truetype/liberation/"
FILES = {"serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
         "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
         "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
         "sans-i": "LiberationSans-Italic.ttf", "sans-bi": "LiberationSans-BoldItalic.ttf"}
_M = {}
def _metrics(f):
    if f not in _M:
        t = TTFont(FD + FILES[f]); cmap = t.getBestCmap(); hm = t["hmtx"].metrics
        upm = t["head"].unitsPerEm
        _M[f] = (cmap, hm, upm)
    return _M[f]

def width(s, font, size):
    cmap, hm, upm = _metrics(font)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch))
        w += hm[g][0] if g else hm[".notdef"][0]
    return w * size / upm

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

class Ops:
    def __init__(self):
        self.ops = []
    def text(self, page, x, y, s, font, size, color=(0, 0, 0)):
        self.ops.append(dict(op="text", page=page, x=round(x, 2), y=round(y, 2), s=s, font=font,
                             size=size, color=color))
    def rect(self, page, x, y, w, h, fill=None, stroke=None, lw=0.8):
        self.ops.append(dict(op="rect", page=page, x=x, y=y, w=w, h=h, fill=fill, stroke=stroke, lw=lw))
    def line(self, page, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.ops.append(dict(op="line", page=page, x1=x1, y1=y1, x2=x2, y2=y2, color=color, lw=lw))
    def picture(self, page, x, y, w, h):
        self.rect(page, x, y, w, h, fill=(0.78, 0.78, 0.78), stroke=(0.55, 0.55, 0.55))
        self.line(page, x, y, x + w, y + h, (0.6, 0.6, 0.6), 0.5)
        self.line(page, x, y + h, x + w, y, (0.6, 0.6, 0.6), 0.5)

def tokens(text, font):
    """Words with a font; a ^x^ mark is glued to the word before it (drawn as is, smaller)."""
    out = []
    for w in text.split():
        out.append([w, font])
    return out

def _clean(w):
    return re.sub(r"\^([^^]*)\^", r"\1", w)

def break_lines(toks, size, widths, hyphenate=True):
    """toks: list of [word, font]. widths: function(line_index)->available width.
    Returns lines: list of list of (text, font) runs (adjacent same-font words merged)."""
    lines = []; cur = []; curw = 0.0
    i = 0; toks = [list(t) for t in toks]
    while i < len(toks):
        w, f = toks[i]; w = _clean(w)
        sp = width(" ", f, size) if cur else 0.0
        ww = width(w, f, size)
        avail = widths(len(lines))
        if curw + sp + ww <= avail:
            cur.append((w, f)); curw += sp + ww; i += 1; continue
        # try to hyphenate
        done = False
        if hyphenate and cur is not None:
            m = re.match(r"^([A-Za-z’'\-]+)([^A-Za-z]*)$", w)
            if m and "-" in m.group(1) and not m.group(1).endswith("-"):
                # real compound: break only after its own hyphen
                parts = m.group(1).split("-")
                for k in range(len(parts) - 1, 0, -1):
                    head = "-".join(parts[:k]) + "-"
                    if curw + sp + width(head, f, size) <= avail:
                        cur.append((head, f)); toks[i] = ["-".join(parts[k:]) + m.group(2), f]
                        done = True; break
            elif m and len(m.group(1)) >= 6:
                word = m.group(1)
                pos = [p for p in HY.positions(word)]
                for p in sorted(pos, reverse=True):
                    head = word[:p] + "-"
                    if curw + sp + width(head, f, size) <= avail:
                        cur.append((head, f)); toks[i] = [word[p:] + m.group(2), f]
                        done = True; break
        if not cur and not done:  # overlong word
            cur.append((w, f)); i += 1
        lines.append(cur); cur = []; curw = 0.0
    if cur:
        lines.append(cur)
    # merge runs
    out = []
    for ln in lines:
        runs = []
        for w, f in ln:
            if runs and runs[-1][1] == f:
                runs[-1][0] += " " + w
            else:
                runs.append([(" " if runs else "") + w, f])
        out.append([(t, f) for t, f in runs])
    return out

class Flow:
    """Flows paragraphs through a list of frames: dict(page,x,y,w,h). Calls on_frame(old,new)."""
    def __init__(self, ops, frames, on_frame=None):
        self.ops = ops; self.frames = frames; self.fi = 0; self.y = frames[0]["y"]
        self.on_frame = on_frame; self.log = []
    @property
    def fr(self):
        return self.frames[self.fi]
    def next_frame(self):
        old = self.fi; self.fi += 1; self.y = self.fr["y"]
        if self.on_frame: self.on_frame(self, old, self.fi)
    def space(self, h):
        self.y += h
    def remaining(self):
        return self.fr["y"] + self.fr["h"] - self.y
    def para(self, toks, size, lead, indent=0.0, color=(0, 0, 0), hyph=True, tag=None, after=0.0,
             align="left", keep=1, hook=None):
        fr = self.fr
        lines = break_lines(toks, size, lambda n: self.fr["w"] - (indent if n == 0 else 0), hyph)
        if self.remaining() < lead * keep:
            self.next_frame()
        for n, runs in enumerate(lines):
            if self.y + lead > self.fr["y"] + self.fr["h"] + 0.01:
                self.log.append((tag, n, "frame-break", self.fi))
                self.next_frame()
            fr = self.fr
            self.y += lead
            x = fr["x"] + (indent if n == 0 else 0)
            lw = sum(width(t, f, size) for t, f in runs)
            if align == "center": x = fr["x"] + (fr["w"] - lw) / 2
            if align == "right": x = fr["x"] + fr["w"] - lw
            for t, f in runs:
                lead_sp = t.startswith(" ")
                if lead_sp:
                    x += width(" ", f, size); t = t[1:]
                self.ops.text(fr["page"], x, self.y, t, f, size, color)
                x += width(t, f, size)
            if hook and hook[0] == n:
                hook[1](self)
        self.y += after
        return lines
    def block(self, h):
        """reserve h points in the current frame (moving on if it does not fit); returns (page,x,y,w)."""
        if self.remaining() < h:
            self.next_frame()
        fr = self.fr; y = self.y; self.y += h
        return fr["page"], fr["x"], y, fr["w"]
