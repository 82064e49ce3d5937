"""A small page-layout helper whose output is a gnuplot script (pdfcairo terminal).

I break and place every line myself (greedy, justified, pyphen hyphenation, widths from the
Liberation TTF advance widths read with fontTools); gnuplot only draws labels and rectangles.
Units: millimetres from the top-left corner of the page.
"""
import subprocess
import pyphen
from fontTools.ttLib import TTFont

FDIR = "/usr/share/fonts/truetype/liberation/"
FONTS = {  # gnuplot/pango name -> ttf file
    "Liberation Serif": "LiberationSerif-Regular.ttf",
    "Liberation Serif Bold": "LiberationSerif-Bold.ttf",
    "Liberation Serif Italic": "LiberationSerif-Italic.ttf",
    "Liberation Sans": "LiberationSans-Regular.ttf",
    "Liberation Sans Bold": "LiberationSans-Bold.ttf",
    "Liberation Sans Italic": "LiberationSans-Italic.ttf",
}
_metrics = {}
PT = 25.4 / 72.0
GP_SCALE = 0.75  # pdfcairo draws a "10" font at 13.33 pt; measured once with pdftotext -bbox
HY = pyphen.Pyphen(lang="en_GB")


def _m(font):
    if font not in _metrics:
        f = TTFont(FDIR + FONTS[font])
        _metrics[font] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _metrics[font]


def width(s, font, size):
    cmap, hm, upem = _m(font)
    tot = 0
    for ch in s:
        g = cmap.get(ord(ch))
        tot += hm[g][0] if g else upem * 0.5
    return tot / upem * size * PT


def hyph_split(word, font, size, avail):
    """Longest prefix+'-' of word that fits avail, or None."""
    core = word.strip("“”‘’\"'(),.;:!?")
    if "-" in word:
        parts = word.split("-")
        best = None
        for i in range(1, len(parts)):
            a = "-".join(parts[:i]) + "-"
            if width(a, font, size) <= avail:
                best = (a, "-".join(parts[i:]))
        return best
    if len(core) < 7 or any(c.isdigit() for c in core) or core[:1].isupper():
        return None
    lead = word[:word.index(core)] if core and core in word else ""
    best = None
    for pos in HY.positions(core):
        if pos < 3 or len(core) - pos < 3:
            continue
        a = lead + core[:pos] + "-"
        if width(a, font, size) <= avail:
            best = (a, word[len(lead) + pos:])
    return best


def break_lines(text, font, size, w, indent=0.0, hyphenate=True, widths=None):
    """Greedy breaking. Returns list of (words, justify?) with words as strings.
    widths(k) may give the measure of line k (for flows whose frames differ in width)."""
    words = text.split()
    sp = width(" ", font, size)
    W = widths or (lambda k: w)
    lines, cur, curw = [], [], 0.0
    lim = W(0) - indent
    i = 0
    while i < len(words):
        wd = words[i]
        ww = width(wd, font, size)
        need = ww if not cur else curw + sp + ww
        if need <= lim:
            cur.append(wd); curw = need; i += 1
            continue
        if hyphenate:
            avail = lim - (curw + sp if cur else 0)
            hs = hyph_split(wd, font, size, avail)
            if hs:
                cur.append(hs[0]); words[i] = hs[1]
                lines.append(cur); cur, curw = [], 0.0; lim = W(len(lines))
                continue
        if not cur:  # over-long word
            cur = [wd]; i += 1
        lines.append(cur); cur, curw = [], 0.0; lim = W(len(lines))
    if cur:
        lines.append(cur)
    return [(ln, k < len(lines) - 1) for k, ln in enumerate(lines)]


class Doc:
    def __init__(self, w_mm, h_mm, name):
        self.W, self.H, self.name = w_mm, h_mm, name
        self.pages = []

    def new_page(self):
        self.pages.append([])
        return len(self.pages) - 1

    def rect(self, p, x, y, w, h, color="#c8c8c8", key=None):
        self.pages[p].append(dict(t="rect", x=x, y=y, w=w, h=h, color=color, key=key))

    def text(self, p, x, y, s, font="Liberation Serif", size=10, color="#1a1a1a", rot=0, key=None):
        """y is the baseline."""
        self.pages[p].append(dict(t="text", x=x, y=y, s=s, font=font, size=size, color=color, rot=rot,
                                  key=key))

    def line(self, p, x, y, s, font, size, w=None, justify=False, color="#1a1a1a", align="left", key=None,
             rot=0):
        if align == "center":
            x = x + (w - width(s, font, size)) / 2
        elif align == "right":
            x = x + w - width(s, font, size)
        if not justify or " " not in s:
            self.text(p, x, y, s, font, size, color, rot=rot, key=key)
            return
        words = s.split(" ")
        nat = sum(width(q, font, size) for q in words)
        gap = (w - nat) / (len(words) - 1)
        for q in words:
            self.text(p, x, y, q, font, size, color, key=key)
            x += width(q, font, size) + gap

    def block(self, p, x, y, w, text, font, size, lead, justify=False, color="#1a1a1a", align="left",
              hyphenate=False, key=None):
        """Lay a paragraph in one fixed box, return y after it (y = top of first line box)."""
        for ln, j in break_lines(text, font, size, w, hyphenate=hyphenate):
            y += lead
            self.line(p, x, y - lead * 0.25, " ".join(ln), font, size, w, justify and j, color, align,
                      key=key)
        return y

    # ---------------------------------------------------------------- output
    def gnuplot(self, pdf_path, sort_keys=False):
        W, H = self.W, self.H
        out = [f"set terminal pdfcairo size {W/10:.3f}cm,{H/10:.3f}cm fontscale {GP_SCALE} "
               f"font 'Liberation Serif,10' noenhanced",
               "set encoding utf8", f"set output '{pdf_path}'",
               "unset border; unset tics; unset key",
               "set lmargin at screen 0; set rmargin at screen 1; set tmargin at screen 1; set bmargin at screen 0",
               "set xrange [0:1]; set yrange [0:1]"]
        for ops in self.pages:
            out.append("unset label; unset object")
            if sort_keys:
                ops = [o for _, o in sorted(enumerate(ops),
                                            key=lambda io: (io[1]["key"] if io[1]["key"] is not None
                                                            else (-1, io[0]), io[0]))]
            nl = no = 0
            for o in ops:
                if o["t"] == "rect":
                    no += 1
                    x1, y1 = o["x"] / W, 1 - (o["y"] + o["h"]) / H
                    x2, y2 = (o["x"] + o["w"]) / W, 1 - o["y"] / H
                    out.append(f"set object {no} rect from screen {x1:.5f},{y1:.5f} to screen {x2:.5f},{y2:.5f} "
                               f"fc rgb '{o['color']}' fs solid 1.0 noborder behind")
            for o in ops:
                if o["t"] != "text":
                    continue
                nl += 1
                s = o["s"].replace("'", "''")
                off = 0.3375 * o["size"] * PT  # gnuplot centres a label on its point
                if o["rot"] == 90:
                    ax, ay = o["x"] - off, o["y"]
                else:
                    ax, ay = o["x"], o["y"] - off
                rot = f" rotate by {o['rot']}" if o["rot"] else ""
                out.append(f"set label {nl} '{s}' at screen {ax/W:.5f},{1-ay/H:.5f} left{rot} "
                           f"font '{o['font']},{o['size']:.2f}' tc rgb '{o['color']}' front")
            out.append("plot NaN notitle")
        return "\n".join(out) + "\n"


class Flow:
    """Frames (page, x, ytop, w, ybottom, key) filled in order."""

    def __init__(self, doc, frames):
        self.doc, self.frames, self.i = doc, frames, 0
        self.y = frames[0][2]
        self.lines = []  # (page, x, y, text)

    @property
    def fr(self):
        return self.frames[self.i]

    def next_frame(self):
        self.i += 1
        self.y = self.fr[2]

    def space(self, mm):
        if self.y > self.fr[2] + 0.01:
            self.y += mm

    def ensure(self, mm):
        if self.y + mm > self.fr[4]:
            self.next_frame()

    def _plan(self, lead):
        """Frame index and y of each coming line, from the current position."""
        i, y = self.i, self.y
        while True:
            if y + lead > self.frames[i][4] + 0.01:
                i += 1
                y = self.frames[i][2]
            y += lead
            yield i, y

    def para(self, text, font="Liberation Serif", size=10, lead=None, justify=True, indent=0.0,
             color="#1a1a1a", hyphenate=True, after=0.0):
        lead = lead or size * PT * 1.3
        plan = []
        gen = self._plan(lead)

        def widths(k):
            while len(plan) <= k:
                plan.append(next(gen))
            return self.frames[plan[k][0]][3]
        lines = break_lines(text, font, size, None, indent, hyphenate, widths=widths)
        for k, (ln, j) in enumerate(lines):
            widths(k)
            fi, y = plan[k]
            self.i, self.y = fi, y
            p, x, _, w, _, key = self.fr
            ind = indent if k == 0 else 0
            s = " ".join(ln)
            kk = None if key is None else (key, self.y)
            self.doc.line(p, x + ind, self.y - lead * 0.25, s, font, size, w - ind, justify and j, color,
                          key=kk)
            self.lines.append((p, x, self.y, s))
        self.y += after
