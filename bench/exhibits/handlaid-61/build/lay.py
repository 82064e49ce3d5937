"""My own layout for Ipe: metrics from the TeX TFM files pdflatex uses, a greedy breaker with pyphen
hyphenation, column frames, and writing of an Ipe XML document (one <text type="label"> per line or per
word), which `ipetoipe -pdf` turns into a PDF (pdflatex typesets each label, Ipe writes the PDF)."""
import subprocess, re, os
from fontTools.tfmLib import TFM
import pyphen

PT2BP = 72.0 / 72.27          # Ipe sizes are TeX points, coordinates are big points
FONTS = {  # key: (tfm, latex switch)
    "R": ("ptmr8t", r"\fontfamily{ptm}\fontseries{m}\fontshape{n}\selectfont"),
    "B": ("ptmb8t", r"\fontfamily{ptm}\fontseries{b}\fontshape{n}\selectfont"),
    "I": ("ptmri8t", r"\fontfamily{ptm}\fontseries{m}\fontshape{it}\selectfont"),
    "S": ("phvr8t", r"\fontfamily{phv}\fontseries{m}\fontshape{n}\selectfont"),
    "SB": ("phvb8t", r"\fontfamily{phv}\fontseries{b}\fontshape{n}\selectfont"),
    "C": ("pcrr8t", r"\fontfamily{pcr}\fontseries{m}\fontshape{n}\selectfont"),
}
_T = {}
T1 = {"’": 39, "‘": 96, "“": 16, "”": 17, "–": 21, "—": 22, "›": 15, "‹": 14, "·": 46, "†": 116, "*": 42}


def tfm(key):
    if key not in _T:
        p = subprocess.check_output(["kpsewhich", FONTS[key][0] + ".tfm"]).decode().strip()
        _T[key] = TFM(p)
    return _T[key]


def width(s, key, size):
    t = tfm(key)
    w = 0.0
    for ch in s:
        code = T1.get(ch, ord(ch))
        c = t.chars.get(code) or t.chars.get(ord("n"))
        w += c["width"]
    return w * size * PT2BP


HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def esc(s):
    out = []
    for ch in s:
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "~":
            out.append(r"\textasciitilde{}")
        elif ch == "^":
            out.append(r"\textasciicircum{}")
        elif ch == "\\":
            out.append(r"\textbackslash{}")
        elif ch == "†":
            out.append(r"\textdagger{}")
        elif ch == "·":
            out.append(r"\textperiodcentered{}")
        else:
            out.append(ch)
    return "".join(out)


def fmt(v):
    return ("%.2f" % v).rstrip("0").rstrip(".")


class Doc:
    def __init__(self, w, h, title, npages):
        self.w, self.h, self.title = w, h, title
        self.pages = [[] for _ in range(npages)]

    # y is measured from the TOP of the page
    def text(self, pg, x, y, s, key="R", size=10, color=(0, 0, 0), rot=0, align="left"):
        if align != "left":
            wd = width(s, key, size)
            x = x - wd if align == "right" else x - wd / 2
        yy = self.h - y
        col = " ".join(fmt(c) for c in color)
        mat = ""
        if rot == 90:
            mat = ' matrix="0 1 -1 0 %s %s"' % (fmt(x + yy), fmt(yy - x))
        body = "%s %s" % (FONTS[key][1], esc(s))
        self.pages[pg].append('<text%s pos="%s %s" stroke="%s" type="label" size="%s" valign="baseline">%s</text>'
                              % (mat, fmt(x), fmt(yy), col, fmt(size), body))

    def rect(self, pg, x, y, w, h, fill=None, stroke=None, pen=0.5):
        yy = self.h - y
        attrs = ""
        if stroke:
            attrs += ' stroke="%s" pen="%s"' % (" ".join(fmt(c) for c in stroke), fmt(pen))
        if fill:
            attrs += ' fill="%s"' % " ".join(fmt(c) for c in fill)
        self.pages[pg].append('<path%s>\n%s %s m\n%s %s l\n%s %s l\n%s %s l\nh\n</path>' % (
            attrs, fmt(x), fmt(yy), fmt(x + w), fmt(yy), fmt(x + w), fmt(yy - h), fmt(x), fmt(yy - h)))

    def line(self, pg, x1, y1, x2, y2, color=(0, 0, 0), pen=0.5):
        self.pages[pg].append('<path stroke="%s" pen="%s">\n%s %s m\n%s %s l\n</path>' % (
            " ".join(fmt(c) for c in color), fmt(pen), fmt(x1), fmt(self.h - y1), fmt(x2), fmt(self.h - y2)))

    def picture(self, pg, x, y, w, h):
        self.rect(pg, x, y, w, h, fill=(0.72, 0.72, 0.72))
        self.line(pg, x, y, x + w, y + h, color=(0.85, 0.85, 0.85))
        self.line(pg, x + w, y, x, y + h, color=(0.85, 0.85, 0.85))

    def xml(self):
        pre = (r"\usepackage[T1]{fontenc}\usepackage{textcomp}\usepackage{times}"
               r"\input glyphtounicode \pdfgentounicode=1")
        out = ['<?xml version="1.0"?>', '<!DOCTYPE ipe SYSTEM "ipe.dtd">',
               '<ipe version="70218" creator="mk_pdf.py (set 61)">',
               '<info title="%s" author="Set 61 writer"/>' % self.title,
               '<preamble>%s</preamble>' % pre,
               '<ipestyle name="set61">',
               '<layout paper="%s %s" origin="0 0" frame="%s %s" crop="no"/>' % (fmt(self.w), fmt(self.h), fmt(self.w), fmt(self.h)),
               '</ipestyle>']
        for objs in self.pages:
            out.append('<page>\n<layer name="alpha"/>')
            out.extend(objs)
            out.append('</page>')
        out.append('</ipe>')
        return "\n".join(out) + "\n"

    def save(self, base):
        with open(base + ".ipe", "w", encoding="utf-8") as f:
            f.write(self.xml())
        r = subprocess.run(["ipetoipe", "-pdf", base + ".ipe", base + ".pdf"], capture_output=True, text=True)
        if "sucessfully" not in (r.stdout + r.stderr) and "successfully" not in (r.stdout + r.stderr):
            raise SystemExit("ipetoipe failed: " + r.stdout + r.stderr)


# ------------------------------------------------------------------ breaking
def hyph_parts(word):
    core = re.sub(r"[^A-Za-z]", "", word)
    if len(core) < 7 or any(ch.isdigit() for ch in word) or "-" in word or "–" in word:
        return []
    if core[0].isupper() and len(core) < 9:
        return []
    m = re.match(r"^([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)$", word)
    if not m:
        return []
    pre, core, post = m.groups()
    out = []
    for a, b in HY.iterate(core):
        out.append((pre + a + "-", b + post))
    return out   # longest first


def break_lines(text, key, size, widths, hyphenate=True):
    """widths: function(line_index) -> available width.  Returns list of (words, is_last, hyphenated)."""
    words = text.split()
    sp = width(" ", key, size)
    lines = []
    cur = []
    i = 0
    while i < len(words):
        w = words[i]
        avail = widths(len(lines))
        trial = cur + [w]
        if width(" ".join(trial), key, size) <= avail or not cur:
            cur = trial
            i += 1
            continue
        # try hyphenating w
        done = False
        if hyphenate:
            for a, b in hyph_parts(w):
                if width(" ".join(cur + [a]), key, size) <= avail:
                    lines.append((cur + [a], False, True))
                    cur = []
                    words[i] = b
                    done = True
                    break
        if not done:
            lines.append((cur, False, False))
            cur = []
    if cur:
        lines.append((cur, True, False))
    return lines


class Flow:
    """Fills frames (pg, x, ytop, ybot, w) line by line.  cut(pg, y) may narrow lines (for floats)."""

    def __init__(self, doc, frames, log=None):
        self.doc, self.frames, self.fi = doc, frames, 0
        self.y = frames[0][2]
        self.cuts = []       # (pg, y0, y1, dx, dw)
        self.on_leave = {}   # frame index -> callable(doc, frame, y)
        self.log = log if log is not None else []

    @property
    def fr(self):
        return self.frames[self.fi]

    def geom(self, y):
        pg, x, yt, yb, w = self.fr
        for (cpg, y0, y1, dx, dw) in self.cuts:
            if cpg == pg and y0 <= y <= y1 and x <= dx + 1 and True:
                pass
        xx, ww = x, w
        for (cpg, y0, y1, cx, cw) in self.cuts:
            if cpg == pg and y0 - 2 <= y <= y1 + 10:
                xx, ww = cx, cw
        return xx, ww

    def next_frame(self):
        if self.fi in self.on_leave:
            self.on_leave[self.fi](self.doc, self.fr, self.y)
        self.fi += 1
        self.y = self.fr[2]

    def need(self, h):
        if self.y + h > self.fr[3]:
            self.next_frame()

    def skip(self, h):
        self.y += h

    def para(self, text, key="R", size=9.5, lead=12.5, indent=0.0, justify=True, color=(0, 0, 0),
             name="", inserts=None, hyphenate=True, first_top=True):
        inserts = inserts or {}
        # pre-compute widths lazily: we break with the width of the line's position.
        words = text.split()
        sp0 = width(" ", key, size)
        lines_done = 0
        frames_used = set()
        start_y = None
        remaining = " ".join(words)
        line_no = 0
        while remaining:
            if self.y + lead > self.fr[3] + 0.01 and line_no >= 0:
                if self.y + lead > self.fr[3] + 0.01:
                    self.next_frame()
                    frames_used.add(self.fi)
            base = self.y + lead * 0.8 if False else self.y + size * PT2BP
            x, w = self.geom(base)
            ind = indent if line_no == 0 else 0.0
            lines = break_lines(remaining, key, size, lambda k: w - ind, hyphenate)
            ln_words, last, hy = lines[0]
            # what remains
            rest = remaining.split()
            used = len(ln_words)
            if hy:
                # last word was split: replace it with its tail
                tail = rest[used - 1][len(ln_words[-1]) - 1:]
                remaining = " ".join([tail] + rest[used:])
            else:
                remaining = " ".join(rest[used:])
            last = not remaining
            self.draw_line(ln_words, x + ind, base, w - ind, key, size, color, justify and not last)
            frames_used.add(self.fi)
            self.y += lead
            line_no += 1
            if line_no in inserts:
                inserts[line_no](self)
        if len(frames_used) > 1:
            self.log.append("%s crosses frames %s" % (name, sorted(frames_used)))
        return line_no

    def draw_line(self, ws, x, base, w, key, size, color, justify):
        pg = self.fr[0]
        if not justify or len(ws) == 1:
            self.doc.text(pg, x, base, " ".join(ws), key, size, color)
            return
        tot = sum(width(t, key, size) for t in ws)
        gap = (w - tot) / (len(ws) - 1)
        xx = x
        for t in ws:
            self.doc.text(pg, xx, base, t, key, size, color)
            xx += width(t, key, size) + gap


def ragged(doc, pg, x, y, text, key, size, lead, w, color=(0, 0, 0), hyphenate=False):
    """Set a short ragged block outside a flow; returns the y after it."""
    for ws, last, hy in break_lines(text, key, size, lambda k: w, hyphenate):
        doc.text(pg, x, y + size * PT2BP, " ".join(ws), key, size, color)
        y += lead
    return y
