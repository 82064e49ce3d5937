# -*- coding: utf-8 -*-
"""My own layout engine for the dpic PDFs: Courier metrics from Adobe's AFM, greedy line breaker,
pyphen hyphenation, column frames, and a writer of dpic (pic language) page files."""
import os, re, pyphen

AFM = "/usr/share/texlive/texmf-dist/fonts/afm/adobe/courier/pcrr8a.afm"
_W = {}
def _load_afm():
    for line in open(AFM, encoding="latin-1"):
        m = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+)", line)
        if m:
            _W[m.group(3)] = int(m.group(2))
_load_afm()
DEFAULT_W = _W.get("a", 600)   # Courier: every glyph is 600/1000 em (from the AFM)
assert set(_W.values()) == {600}, "Courier AFM expected to be monospaced"

def width(s, size):
    return len(s) * DEFAULT_W / 1000.0 * size

_hy = pyphen.Pyphen(lang="en_GB", left=3, right=3)

def hyph_splits(word):
    """possible (head+'-', tail) splits: pyphen for plain lower-case words >= 7 letters, and after a
    compound hyphen."""
    out = []
    core = re.match(r"^([^A-Za-zÀ-ÿ]*)([A-Za-zÀ-ÿ’'-]+)(.*)$", word)
    if not core:
        return out
    pre, w, post = core.groups()
    if "-" in w:
        i = w.index("-")
        out.append((pre + w[:i + 1], w[i + 1:] + post))
        return out
    if len(w) >= 7 and w.islower() and "’" not in w:
        for pos in reversed(_hy.positions(w)):
            out.append((pre + w[:pos] + "-", w[pos:] + post))
    return out

def break_lines(text, size, widths, allow_hyphen=True):
    """greedy breaker. widths: function(line_index)->available width. Returns list of (words, is_last)."""
    words = text.split()
    lines, cur, i = [], [], 0
    li = 0
    while i < len(words):
        w = words[i]
        trial = " ".join(cur + [w])
        if width(trial, size) <= widths(li):
            cur.append(w); i += 1; continue
        placed = False
        if allow_hyphen:
            for head, tail in hyph_splits(w):
                if width(" ".join(cur + [head]), size) <= widths(li):
                    cur.append(head); words[i] = tail; placed = True; break
        if not cur and not placed:   # overlong word
            cur.append(w); i += 1
        lines.append(cur); cur = []; li += 1
    if cur:
        lines.append(cur)
    return [(l, k == len(lines) - 1) for k, l in enumerate(lines)]


class Page:
    def __init__(self, name, w, h):
        self.name, self.w, self.h, self.ops = name, w, h, []
    def text(self, x, y, size, s, color=None, align="l", rot=None):
        self.ops.append(("t", x, y, size, s, color, align, rot))
    def rect(self, x, y, w, h, fill=(0.8, 0.8, 0.8), stroke=None):
        self.ops.append(("r", x, y, w, h, fill, stroke))
    def line(self, x1, y1, x2, y2, color=(0, 0, 0), thick=0.8):
        self.ops.append(("l", x1, y1, x2, y2, color, thick))
    def words(self, x, y, size, words, wid, justify, color=None):
        """set one line: justified -> every word its own string; ragged -> one string."""
        if justify and len(words) > 1:
            nat = sum(width(w, size) for w in words)
            gap = (wid - nat) / (len(words) - 1)
            cx = x
            for w in words:
                self.text(cx, y, size, w, color)
                cx += width(w, size) + gap
        else:
            self.text(x, y, size, " ".join(words), color)

    def pic(self):
        out = [".PS", "scale=72", "maxpswid=40", "maxpsht=40", "textoffset=0", "linethick=0",
               "box invis wid %.1f ht %.1f with .sw at (0,0)" % (self.w, self.h)]
        def esc(s):
            assert '"' not in s and "\\" not in s, s
            return s
        for op in self.ops:
            if op[0] == "t":
                _, x, y, size, s, color, align, rot = op
                Y = y + 0.2 * size - 0.5          # dpic puts the baseline 0.2*size - 0.5 below the given y
                if rot:
                    out.append('command "q 0 1 -1 0 %.2f %.2f cm"' % (x, y))
                    x, Y = 0, 0.2 * size - 0.5
                if color:
                    out.append('command "%.3f %.3f %.3f rg"' % color)
                if align == "r":
                    x -= width(s, size)
                elif align == "c":
                    x -= width(s, size) / 2
                out.append('"%s" ht %g at (%.2f,%.2f) ljust' % (esc(s), size, x, Y))
                if color:
                    out.append('command "0 g"')
                if rot:
                    out.append('command "Q"')
            elif op[0] == "r":
                _, x, y, w, h, fill, stroke = op
                f = '"%.3f %.3f %.3f"' % fill
                st = ('outlined "%.3f %.3f %.3f" thick 0.8' % stroke) if stroke else 'outlined %s' % f
                out.append('box wid %.2f ht %.2f with .sw at (%.2f,%.2f) shaded %s %s' % (w, h, x, y, f, st))
            elif op[0] == "l":
                _, x1, y1, x2, y2, color, thick = op
                out.append('line from (%.2f,%.2f) to (%.2f,%.2f) thick %g outlined "%.3f %.3f %.3f"'
                           % (x1, y1, x2, y2, thick, *color))
        out.append(".PE")
        return "\n".join(out) + "\n"


class Frame:
    def __init__(self, page, x, top, w, bottom, on_enter=None):
        self.page, self.x, self.top, self.w, self.bottom = page, x, top, w, bottom
        self.y = top
        self.on_enter = on_enter   # callable(frame) run when the flow first writes into it
        self.entered = False


class Flow:
    """fills frames line by line; logs crossings."""
    def __init__(self, frames, log):
        self.frames, self.fi, self.log = frames, 0, log
    @property
    def f(self):
        return self.frames[self.fi]
    def enter(self):
        f = self.f
        if not f.entered:
            f.entered = True
            if f.on_enter:
                f.on_enter(f)
    def next_frame(self, why):
        self.fi += 1
        self.log.append("%s -> frame %d (%s)" % (why, self.fi, self.f.page.name))
        self.enter()
    def space(self, d):
        self.enter()
        if self.f.y - d < self.f.bottom:
            return
        self.f.y -= d
    def para(self, text, size=10, lead=None, justify=True, indent=0, color=None, tag="", after=None):
        lead = lead or size * 1.3
        self.enter()
        lines = break_lines(text, size, lambda i: self.f.w - (indent if i == 0 else 0))
        for k, (words, last) in enumerate(lines):
            if self.f.y - size < self.f.bottom:
                self.next_frame("%s line %d" % (tag, k))
            f = self.f
            f.y -= size
            x = f.x + (indent if k == 0 else 0)
            wid = f.w - (indent if k == 0 else 0)
            f.page.words(x, f.y, size, words, wid, justify and not last, color)
            f.y -= (lead - size)
        self.f.y -= (after if after is not None else lead * 0.5)
    def heading(self, text, size=12, color=None, gap_before=6, label=None, label_x=None, label_color=None):
        self.enter()
        need = size * 1.3 * (1 + len(text) * 0.6 * size // self.f.w) + 3 * size
        if self.f.y - need < self.f.bottom:
            self.next_frame("heading " + text)
        if self.f.y < self.f.top:
            self.f.y -= gap_before
        lines = break_lines(text, size, lambda i: self.f.w, allow_hyphen=False)
        for k, (words, _) in enumerate(lines):
            self.f.y -= size
            if label and k == 0:
                self.f.page.text(label_x if label_x is not None else self.f.x, self.f.y, size, label,
                                 label_color or color)
            self.f.page.text(self.f.x, self.f.y, size, " ".join(words), color)
            self.f.y -= size * 0.3
        self.f.y -= size * 0.4


def write_pages(pages, outdir, base):
    os.makedirs(outdir, exist_ok=True)
    files = []
    for i, p in enumerate(pages, 1):
        fn = os.path.join(outdir, "%s_p%d.pic" % (base, i))
        with open(fn, "w", encoding="cp1252") as fh:
            fh.write(p.pic())
        files.append(fn)
    return files
