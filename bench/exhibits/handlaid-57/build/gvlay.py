"""Tiny layout engine for set 57: every line (or every word of a justified line), every grey box, band and
rule becomes a node of a Graphviz graph with a fixed position, and `neato -n2 -Tpdf` draws it (cairo).
The line breaker is ours: widths from the Liberation TTF hmtx tables (fontTools), hyphenation by pyphen."""
import os, re, subprocess
from fontTools.ttLib import TTFont
import pyphen

FONTDIR = "/usr/share/fonts/truetype/liberation"
FONTS = {  # key: (ttf file, Graphviz/Pango font name)
    "serif": ("LiberationSerif-Regular.ttf", "Liberation Serif"),
    "serif-b": ("LiberationSerif-Bold.ttf", "Liberation Serif Bold"),
    "serif-i": ("LiberationSerif-Italic.ttf", "Liberation Serif Italic"),
    "serif-bi": ("LiberationSerif-BoldItalic.ttf", "Liberation Serif Bold Italic"),
    "sans": ("LiberationSans-Regular.ttf", "Liberation Sans"),
    "sans-b": ("LiberationSans-Bold.ttf", "Liberation Sans Bold"),
    "sans-i": ("LiberationSans-Italic.ttf", "Liberation Sans Italic"),
    "sans-bi": ("LiberationSans-BoldItalic.ttf", "Liberation Sans Bold Italic"),
    "narrow": ("LiberationSansNarrow-Regular.ttf", "Liberation Sans Narrow"),
    "narrow-b": ("LiberationSansNarrow-Bold.ttf", "Liberation Sans Narrow Bold"),
}
_metrics = {}
HY = pyphen.Pyphen(lang="en_GB")


def _font(key):
    if key not in _metrics:
        f = TTFont(os.path.join(FONTDIR, FONTS[key][0]))
        cmap = f.getBestCmap()
        hmtx = f["hmtx"].metrics
        upm = f["head"].unitsPerEm
        _metrics[key] = (cmap, hmtx, upm)
    return _metrics[key]


def width(text, font, size):
    cmap, hmtx, upm = _font(font)
    tot = 0
    for ch in text:
        g = cmap.get(ord(ch))
        tot += hmtx[g][0] if g else hmtx[cmap[ord("?")]][0]
    return tot * size / upm


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("&", "&amp;")


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.items = []  # in drawing order

    # coordinates: x from left, y from top (points)
    def text(self, x, baseline, s, font="serif", size=10, color="#000000", align="left"):
        w = width(s, font, size)
        self.items.append(("text", x, align, baseline - 0.25 * size, s, font, size, color))
        return w

    def words(self, x, baseline, words, gap, font, size, color):
        """draw each word as its own node (justified lines)"""
        for wd in words:
            ww = self.text(x, baseline, wd, font, size, color)
            x += ww + gap

    def rect(self, x, y, w, h, fill="#c8c8c8", line=None, lw=0.8):
        self.items.append(("rect", x, y, w, h, fill, line, lw))

    def circle(self, cx, cy, d, fill):
        self.items.append(("circle", cx, cy, d, fill))

    def to_dot(self, name, est=None):
        """est: Graphviz's own width estimate per text item (from an xdot pass). A label is centred on its
        node, so the node centre is put at anchor +/- est/2, which makes left/right alignment exact."""
        est = est or {}
        out = [f'digraph "{name}" {{',
               '  graph [margin=0, pad=0, outputorder="nodesfirst"];',
               '  node [shape=plaintext, fixedsize=shape, width=0.01, height=0.01, margin=0, label=""];',
               f'  c0 [pos="0,0", shape=point, width=0.0001, style=invis];',
               f'  c1 [pos="{self.w:.2f},{self.h:.2f}", shape=point, width=0.0001, style=invis];']
        for i, it in enumerate(self.items):
            if it[0] == "circle":
                _, cx, cy, d, fill = it
                out.append(f'  k{i} [pos="{cx:.2f},{self.h - cy:.2f}", shape=circle, fixedsize=true, width={d / 72:.4f}, '
                           f'style=filled, fillcolor="{fill}", color="{fill}", penwidth=0];')
                continue
            if it[0] == "text":
                _, ax, align, cy, s, font, size, color = it
                w = est.get(f"t{i}", width(s, font, size))
                cx = ax + w / 2 if align == "left" else (ax - w / 2 if align == "right" else ax)
                out.append(f'  t{i} [pos="{cx:.2f},{self.h - cy:.2f}", label="{esc(s)}", '
                           f'fontname="{FONTS[font][1]}", fontsize={size}, fontcolor="{color}"];')
            else:
                _, x, y, w, h, fill, line, lw = it
                cx, cy = x + w / 2, self.h - (y + h / 2)
                if fill is None:
                    style = 'style=""'
                    fillattr = ""
                else:
                    style = "style=filled"
                    fillattr = f', fillcolor="{fill}"'
                pen = f'color="{line}", penwidth={lw}' if line else f'color="{fill}", penwidth=0'
                out.append(f'  r{i} [pos="{cx:.2f},{cy:.2f}", shape=box, fixedsize=true, width={w / 72:.4f}, '
                           f'height={h / 72:.4f}, {style}{fillattr}, {pen}];')
        out.append("}")
        return "\n".join(out) + "\n"


class Col:
    """a frame segment: lines are placed from `top` down to `bottom`; on_enter runs before its first line"""
    def __init__(self, page, x, top, w, bottom, on_enter=None):
        self.page, self.x, self.top, self.w, self.bottom = page, x, top, w, bottom
        self.y = top
        self.on_enter = on_enter
        self.entered = False

    def enter(self):
        if not self.entered:
            self.entered = True
            if self.on_enter:
                self.on_enter()


class Flow:
    def __init__(self, cols):
        self.cols = list(cols)
        self.i = 0
        self.cols[0].enter()

    @property
    def col(self):
        return self.cols[self.i]

    def next_col(self):
        self.i += 1
        self.col.enter()

    def insert_cols(self, cols):
        """replace the rest of the current column by `cols`, then move into the first of them"""
        self.cols[self.i + 1:self.i + 1] = cols
        self.next_col()

    def space(self, pts):
        if self.col.y > self.col.top + 0.1:
            self.col.y += pts

    def need(self, h):
        """move to the next column if less than h points remain"""
        if self.col.y + h > self.col.bottom + 0.01:
            self.next_col()

    def line_slot(self, lead, size):
        c = self.col
        if c.y + lead > c.bottom + 0.01:
            self.next_col()
            c = self.col
        base = c.y + size * 0.9 if c.y <= c.top + 0.1 else c.y + lead
        # first line of a column: cap height from top; later: baseline-to-baseline
        if c.y <= c.top + 0.1:
            base = c.top + size * 0.8
            c.y = base
        else:
            c.y = base
        return c, base

    def lines(self, text, font="serif", size=10, lead=13, color="#000000", justify=True, indent=0,
              hyphenate=True, align="left", first_font=None, first_words=0, hooks=None):
        """break `text` and place it. first_font/first_words: set the first N words in another font (run-in)"""
        words = text.split()
        fonts = [first_font if (first_font and k < first_words) else font for k in range(len(words))]
        k = 0
        first = True
        nline = 0
        hooks = dict(hooks or {})
        while k < len(words):
            if nline in hooks:
                hooks.pop(nline)(self)
            c, base = self.line_slot(lead, size)
            avail = c.w - (indent if first else 0)
            x0 = c.x + (indent if first else 0)
            line, lf = [], []
            # Pango's hinted advances differ from hmtx by up to ~1.3 pt a word, so a justified gap is never
            # allowed below a space plus 0.15 em
            sp = width(" ", font, size) + (0.15 * size if justify else 0)
            used = 0
            while k < len(words):
                w = words[k]
                ww = width(w, fonts[k], size)
                add = ww + (sp if line else 0)
                if used + add <= avail + 0.01:
                    line.append(w); lf.append(fonts[k]); used += add; k += 1
                    continue
                # try to hyphenate
                if hyphenate and line is not None:
                    piece = self._hyph(w, fonts[k], size, avail - used - (sp if line else 0))
                    if piece:
                        a, b = piece
                        line.append(a + "-"); lf.append(fonts[k]); used += (sp if len(line) > 1 else 0) + width(a + "-", fonts[k], size)
                        words[k] = b
                if not line:  # overlong word
                    line.append(w); lf.append(fonts[k]); k += 1
                break
            last = k >= len(words)
            self._draw_line(c.page, x0, base, line, lf, size, color, avail, justify and not last, align)
            first = False
            nline += 1

    def _hyph(self, w, font, size, room):
        core = w.strip(".,;:!?’”)\"")
        lead_p = w[: len(w) - len(w.lstrip("(“‘\""))]
        if "-" in w:
            # real compounds: break only after their own hyphen
            parts = w.split("-")
            best = None
            for j in range(1, len(parts)):
                a = "-".join(parts[:j])
                if width(a + "-", font, size) <= room:
                    best = (a, "-".join(parts[j:]))
            return best
        letters = core[len(lead_p):] if lead_p else core
        if len(letters) < 7 or not letters.isalpha():
            return None
        if letters[0].isupper() and len(letters) < 9:
            return None
        best = None
        for pos in HY.positions(letters):
            if pos < 3 or len(letters) - pos < 3:
                continue
            a = lead_p + letters[:pos]
            if width(a + "-", font, size) <= room:
                best = (a, w[len(a):])
        return best

    def _draw_line(self, page, x0, base, line, lf, size, color, avail, justify, align):
        # compound break: the piece already ends with its own hyphen -> we added another; fix
        line = [w[:-1] if w.endswith("--") else w for w in line]
        if justify and len(line) > 1:
            tot = sum(width(w, f, size) for w, f in zip(line, lf))
            gap = (avail - tot) / (len(line) - 1)
            x = x0
            for w, f in zip(line, lf):
                ww = page.text(x, base, w, f, size, color)
                x += ww + gap
        elif len(set(lf)) == 1:
            s = " ".join(line)
            if align == "center":
                page.text(x0 + avail / 2, base, s, lf[0], size, color, align="center")
            elif align == "right":
                page.text(x0 + avail, base, s, lf[0], size, color, align="right")
            else:
                page.text(x0, base, s, lf[0], size, color)
        else:
            x = x0
            sp = width(" ", lf[-1], size)
            for w, f in zip(line, lf):
                x += page.text(x, base, w, f, size, color) + sp


def block_lines(page, x, top, w, text, font, size, lead, color="#000000", align="left", justify=False):
    """lay text into a one-off frame; returns the y after the last baseline"""
    c = Col(page, x, top, w, 10 ** 6)
    f = Flow([c])
    f.lines(text, font, size, lead, color, justify=justify, align=align, hyphenate=False)
    return c.y


def render(pages, name, outdir, creator):
    """one neato run per page (Graphviz writes one page per graph), then pdfunite joins them"""
    tmp = []
    for n, p in enumerate(pages, 1):
        dot = os.path.join(outdir, f"{name}.p{n}.gv")
        with open(dot, "w") as fh:
            fh.write(p.to_dot(f"{name} page {n}"))
        pdf = os.path.join(outdir, f"{name}.p{n}.pdf")
        xd = subprocess.run(["neato", "-n2", "-Txdot", dot], check=True, capture_output=True, text=True).stdout
        est = {}
        for m in re.finditer(r'(t\d+)\s+\[[^\]]*?_ldraw_="[^"]*? T [-\d.]+ [-\d.]+ -?\d+ ([\d.]+) ', xd, re.S):
            est[m.group(1)] = float(m.group(2))
        with open(dot, "w") as fh:
            fh.write(p.to_dot(f"{name} page {n}", est))
        subprocess.run(["neato", "-n2", "-Tpdf", dot, "-o", pdf], check=True)
        tmp.append(pdf)
    return tmp
