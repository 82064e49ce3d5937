# Tiny SVG page builder + greedy line breaker with real Liberation metrics (fontTools) and pyphen hyphenation.
from fontTools.ttLib import TTFont
import pyphen
from xml.sax.saxutils import escape

FDIR = "/usr/share/fonts/truetype/liberation/"
FILES = {("serif", "normal", "normal"): "LiberationSerif-Regular.ttf",
         ("serif", "bold", "normal"): "LiberationSerif-Bold.ttf",
         ("serif", "normal", "italic"): "LiberationSerif-Italic.ttf",
         ("serif", "bold", "italic"): "LiberationSerif-BoldItalic.ttf",
         ("sans", "normal", "normal"): "LiberationSans-Regular.ttf",
         ("sans", "bold", "normal"): "LiberationSans-Bold.ttf",
         ("sans", "normal", "italic"): "LiberationSans-Italic.ttf"}
FAMILY = {"serif": "Liberation Serif", "sans": "Liberation Sans"}
_M = {}
HYPH = pyphen.Pyphen(lang="en_GB")


def metrics(key):
    if key not in _M:
        f = TTFont(FDIR + FILES[key])
        cmap = f.getBestCmap()
        hmtx = f["hmtx"]
        upm = f["head"].unitsPerEm
        _M[key] = (cmap, hmtx, upm)
    return _M[key]


def width(s, fam="serif", size=10, weight="normal", style="normal"):
    cmap, hmtx, upm = metrics((fam, weight, style))
    w = 0
    for ch in s:
        g = cmap.get(ord(ch))
        w += hmtx[g][0] if g else upm * 0.5
    return w * size / upm


HY = set()


def wrap(text, w, fam="serif", size=10, weight="normal", style="normal", hyph=True, first_indent=0):
    HY.clear()
    words = text.split()
    lines, cur = [], ""
    sp = lambda: (first_indent if not lines else 0)
    i = 0
    while i < len(words):
        wd = words[i]
        cand = wd if not cur else cur + " " + wd
        if width(cand, fam, size, weight, style) <= w - sp():
            cur = cand
            i += 1
            continue
        # try hyphenating wd
        done = False
        core = wd.strip(".,;:’“”!?()")
        if hyph and len(core) >= 7 and "-" not in wd and wd[0].isalpha() and core == wd.rstrip(".,;:’”!?)"):
            for a, b in HYPH.iterate(wd):
                if len(a) < 3 or len(b.strip(".,;:’”!?)")) < 3:
                    continue
                c2 = (cur + " " if cur else "") + a + "-"
                if width(c2, fam, size, weight, style) <= w - sp():
                    lines.append(c2)
                    HY.add(len(lines) - 1)
                    cur = ""
                    words[i] = b
                    done = True
                    break
        if done:
            continue
        if not cur:  # single long word
            lines.append(wd)
            i += 1
            continue
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.el = []

    def rect(self, x, y, w, h, fill="#c8c8c8", stroke=None, rx=0):
        s = f' stroke="{stroke}" stroke-width="1"' if stroke else ""
        self.el.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" rx="{rx}" fill="{fill}"{s}/>')

    def line(self, x1, y1, x2, y2, stroke="#000", sw=0.8):
        self.el.append(f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="{stroke}" stroke-width="{sw}"/>')

    def circle(self, cx, cy, r, fill):
        self.el.append(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r}" fill="{fill}"/>')

    def text(self, x, y, s, fam="serif", size=10, weight="normal", style="normal", fill="#000", anchor="start",
             transform=None, spacing=None):
        t = f' transform="{transform}"' if transform else ""
        ls = f' letter-spacing="{spacing}"' if spacing else ""
        self.el.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="{FAMILY[fam]}" font-size="{size}" '
                       f'font-weight="{weight}" font-style="{style}" fill="{fill}" text-anchor="{anchor}"{t}{ls}>'
                       f'{escape(s)}</text>')

    def group(self, transform):
        self.el.append(f'<g transform="{transform}">')

    def end(self):
        self.el.append('</g>')

    def svg(self):
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
                f'viewBox="0 0 {self.w} {self.h}">\n<rect width="100%" height="100%" fill="#ffffff"/>\n'
                + "\n".join(self.el) + "\n</svg>\n")

    def lines(self, x, y, lines, lead, **kw):
        for ln in lines:
            self.text(x, y, ln, **kw)
            y += lead
        return y

    def para(self, x, y, w, text, size=10, lead=None, fam="serif", weight="normal", style="normal", fill="#000",
             hyph=True, after=None):
        lead = lead or size * 1.3
        ls = wrap(text, w, fam, size, weight, style, hyph)
        y = self.lines(x, y, ls, lead, fam=fam, size=size, weight=weight, style=style, fill=fill)
        return y + (after if after is not None else lead * 0.5)


class Flow:
    """Flows paragraphs through a list of column boxes (x, ytop, ybottom, w); lines emitted as they are placed."""

    def __init__(self, page, cols, size=10, lead=13, fam="serif", on_col=None):
        self.p, self.cols, self.size, self.lead, self.fam = page, cols, size, lead, fam
        self.ci = 0
        self.y = cols[0][1]
        self.on_col = on_col  # callback(new_col_index) when flow moves on

    def col(self):
        return self.cols[self.ci]

    def need(self, h):
        if self.y + h > self.col()[2]:
            self.ci += 1
            if self.on_col:
                self.on_col(self.ci)
            self.y = self.col()[1]

    def heading(self, s, size=13, fam="sans", weight="bold", label=None, label_fill="#7a2e1d", gap=4):
        self.need(size * 1.3 + self.lead * 2)
        x, _, _, w = self.col()
        self.y += size * 0.9
        if label is not None:
            lw = max(width(label, "sans", size, "bold") + 8, size + 4)
            self.p.rect(x, self.y - size * 0.95, lw, size * 1.25, fill=label_fill)
            self.p.text(x + lw / 2, self.y, label, "sans", size, "bold", fill="#fff", anchor="middle")
            x += lw + 6
            w -= lw + 6
        for ln in wrap(s, w, fam, size, weight, hyph=False):
            self.p.text(x, self.y, ln, fam, size, weight)
            self.y += size * 1.2
        self.y += gap

    def para(self, text, indent=0, style="normal", weight="normal", size=None, lead=None, after=None):
        size = size or self.size
        lead = lead or self.lead
        x, _, _, w = self.col()
        ls = wrap(text, w, self.fam, size, weight, style)
        hy = set(HY)
        i = 0
        while i < len(ls):
            ci = self.ci
            self.need(lead)
            if self.ci != ci and self.col()[3] != w:
                rest = ""
                for j in range(i, len(ls)):
                    rest += ls[j][:-1] if j in hy else ls[j] + " "
                w = self.col()[3]
                ls = wrap(rest.strip(), w, self.fam, size, weight, style)
                hy = set(HY)
                i = 0
            self.y += lead if self.y != self.col()[1] else size
            self.p.text(self.col()[0], self.y, ls[i], self.fam, size, weight, style)
            i += 1
        self.y += after if after is not None else lead * 0.45

    def space(self, h):
        self.y += h
