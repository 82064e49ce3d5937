"""Layout helpers for set 63: my own line breaker with the TFM metrics of the psnfss Times/Helvetica/Courier fonts
that pdflatex uses, writing Asymptote code.  Every line (ragged) or every word (justified) becomes one Asymptote
`label`, placed baseline-left with `align=NE, basealign` and `labelmargin=0`."""
import re
import pyphen
from fontTools.tfmLib import TFM

TFMDIR = "/usr/share/texlive/texmf-dist/fonts/tfm/adobe/"
FONTS = {  # key: (tfm file, NFSS family, series, shape)
    "R": ("times/ptmr8t.tfm", "ptm", "m", "n"),
    "B": ("times/ptmb8t.tfm", "ptm", "b", "n"),
    "I": ("times/ptmri8t.tfm", "ptm", "m", "it"),
    "BI": ("times/ptmbi8t.tfm", "ptm", "b", "it"),
    "S": ("helvetic/phvr8t.tfm", "phv", "m", "n"),
    "SB": ("helvetic/phvb8t.tfm", "phv", "b", "n"),
    "SI": ("helvetic/phvro8t.tfm", "phv", "m", "sl"),
    "C": ("courier/pcrr8t.tfm", "pcr", "m", "n"),
}
_T = {}
T1 = {"’": 39, "‘": 96, "“": 16, "”": 17, "–": 21, "—": 22, "é": 233, "ö": 246, "ä": 228, "ü": 252, "è": 232,
      "á": 225, "í": 237, "ó": 243, "à": 224, "›": 15, "‹": 14}


def tfm(key):
    if key not in _T:
        _T[key] = TFM(TFMDIR + FONTS[key][0])
    return _T[key]


def codes(s):
    out = []
    for ch in s:
        if ch in T1:
            out.append(T1[ch])
        elif ord(ch) < 128:
            out.append(ord(ch))
        else:
            raise ValueError("no T1 code for %r" % ch)
    return out


def width(s, font, size):
    """Width in bp of s set in font at size bp, with TeX's ligatures and kerns from the TFM."""
    t = tfm(font)
    cs = codes(s)
    # ligatures (LIG only, repeated left to right)
    i, seq = 0, []
    while i < len(cs):
        c = cs[i]
        while i + 1 < len(cs) and c in t.ligatures and cs[i + 1] in t.ligatures[c] and t.ligatures[c][cs[i + 1]][0] == "LIG":
            c = t.ligatures[c][cs[i + 1]][1]
            i += 1
        seq.append(c)
        i += 1
    w = 0.0
    for j, c in enumerate(seq):
        w += t.chars[c]["width"] if c in t.chars else 0.5
        if j + 1 < len(seq) and c in t.kerning:
            w += t.kerning[c].get(seq[j + 1], 0.0)
    return w * size


def space(font, size):
    return tfm(font).fontdimens["SPACE"] * size


_DIC = pyphen.Pyphen(lang="en_GB")


def hyph_points(word):
    """Allowed break positions inside word (letters only), 3+3, words >= 7 letters, capitalised >= 9,
    never words with digits, apostrophes or hyphens."""
    m = re.match(r"^([“‘(]*)([A-Za-zéöäü]+)([.,;:!?’”)]*)$", word)
    if not m:
        return []
    core = m.group(2)
    if len(core) < 7 or (core[0].isupper() and len(core) < 9):
        return []
    pts = [p for p in _DIC.positions(core) if 3 <= p <= len(core) - 3]
    return [len(m.group(1)) + p for p in pts]


def tex(s):
    s = s.replace("\\", r"\textbackslash{}")
    for ch in "&%$#_{}":
        s = s.replace(ch, "\\" + ch)
    s = s.replace("~", r"\textasciitilde{}").replace("^", r"\textasciicircum{}")
    return s


class Style:
    def __init__(self, font="R", size=10, lead=None, indent=0.0, align="L", color="black", after=0.0,
                 first_indent_skip=True):
        self.font, self.size, self.lead = font, size, lead or size * 1.22
        self.indent, self.align, self.color, self.after = indent, align, color, after

    def sel(self):
        f = FONTS[self.font]
        return r"\fontfamily{%s}\fontseries{%s}\fontshape{%s}\fontsize{%.2fbp}{%.2fbp}\selectfont " % (
            f[1], f[2], f[3], self.size, self.lead)


class Page:
    def __init__(self, w, h):
        self.w, self.h, self.cmds = w, h, []


class Doc:
    def __init__(self, w, h):
        self.W, self.H = w, h
        self.pages = []

    def new_page(self):
        p = Page(self.W, self.H)
        self.pages.append(p)
        self.cur = p
        return p

    # --- primitives -------------------------------------------------------------------------------
    def label(self, x, y, s, st, color=None, rot=0, raw=False):
        txt = s if raw else tex(s)
        col = color or st.color
        if col.startswith("rgb("):
            cc = r"\color[rgb]{%s}" % col[4:-1]
        else:
            cc = r"\color{%s}" % col
        body = r"{%s%s%s}" % (cc, st.sel(), txt) if col != "black" else "{%s%s}" % (st.sel(), txt)
        if rot:
            self.cur.cmds.append('label(rotate(%g)*Label("%s"), (%.2f,%.2f), align=NE, basealign);' % (
                rot, body.replace('"', '\\"'), x, y))
        else:
            self.cur.cmds.append('label("%s", (%.2f,%.2f), align=NE, basealign);' % (body.replace('"', '\\"'), x, y))

    def rect(self, x, y, w, h, fill="gray(0.8)", stroke=None, lw=0.6):
        self.cur.cmds.append("fill(box((%.2f,%.2f),(%.2f,%.2f)), %s);" % (x, y, x + w, y + h, fill))
        if stroke:
            self.cur.cmds.append("draw(box((%.2f,%.2f),(%.2f,%.2f)), %s+%.2f);" % (x, y, x + w, y + h, stroke, lw))

    def picture(self, x, y, w, h):
        """grey box with a light cross (y = bottom)"""
        self.rect(x, y, w, h, "gray(0.78)")
        self.cur.cmds.append("draw((%.2f,%.2f)--(%.2f,%.2f)^^(%.2f,%.2f)--(%.2f,%.2f), gray(0.9)+0.8);" % (
            x, y, x + w, y + h, x, y + h, x + w, y))

    def line(self, x1, y1, x2, y2, pen="black", lw=0.5):
        self.cur.cmds.append("draw((%.2f,%.2f)--(%.2f,%.2f), %s+%.2f);" % (x1, y1, x2, y2, pen, lw))

    def circle(self, x, y, r, fill):
        self.cur.cmds.append("fill(circle((%.2f,%.2f),%.2f), %s);" % (x, y, r, fill))

    def raw(self, s):
        self.cur.cmds.append(s)

    # --- simple text ------------------------------------------------------------------------------
    def lines(self, x, y, text, st, w):
        """Break text (st.align) into width w from baseline y down; return the baseline after the block."""
        toks = text.split()
        i, n = 0, 0
        while i < len(toks):
            ind = st.indent if n == 0 else 0
            j, hy, words = take_line(toks, i, w - ind, st)
            if hy:
                toks = toks[:j] + [hy[1]] + toks[j + 1:]
            set_line(self, x + ind, y, words, st, w - ind, last=j >= len(toks))
            y -= st.lead
            i = j
            n += 1
        return y

    def write(self, path, preamble_extra=""):
        with open(path, "w", encoding="utf-8") as f:
            f.write('settings.outformat="pdf";\nsettings.tex="pdflatex";\n')
            f.write('texpreamble("\\usepackage[T1]{fontenc}\\usepackage{times}\\usepackage{xcolor}'
                    '\\pdfgentounicode=1\\input glyphtounicode %s");\n' % preamble_extra)
            f.write("unitsize(1bp);\nlabelmargin=0;\ndefaultpen(linewidth(0.5));\n")
            for k, p in enumerate(self.pages):
                if k:
                    f.write("newpage();\n")
                f.write("fill(box((0,0),(%.2f,%.2f)), white);\n" % (p.w, p.h))
                f.write("\n".join(p.cmds) + "\n")


def tw(t, st):
    """token width; a token 'word^1' carries a raised note mark"""
    if "^" in t:
        b, m = t.split("^", 1)
        return width(b, st.font, st.size) + width(m, st.font, st.size * 0.62) + 0.4
    return width(t, st.font, st.size)


def count_lines(text, st, w):
    toks = text.split()
    i, n = 0, 0
    while i < len(toks):
        j, hy, words = take_line(toks, i, w - (st.indent if n == 0 else 0), st)
        if hy:
            toks = toks[:j] + [hy[1]] + toks[j + 1:]
        i = j
        n += 1
    return n


def take_line(toks, i, w, st):
    """Greedy: return (j, hy, words) where toks[i:j] fit, hy=(head-,tail) if toks[j] was split."""
    sp = space(st.font, st.size)
    cur, words = 0.0, []
    j = i
    while j < len(toks):
        ww = tw(toks[j], st)
        add = ww + (sp if words else 0)
        if cur + add <= w + 0.01:
            words.append(toks[j]); cur += add; j += 1
            continue
        # try hyphenation of toks[j] (never on a line that carries a note mark)
        best = None
        if any("^" in w for w in words):
            break
        for p in hyph_points(toks[j]):
            head = toks[j][:p] + "-"
            if cur + (sp if words else 0) + width(head, st.font, st.size) <= w + 0.01:
                best = p
        if best is not None:
            return j, (toks[j][:best] + "-", toks[j][best:]), words + [toks[j][:best] + "-"]
        break
    if not words:  # overlong word: force
        return i + 1, None, [toks[i]]
    return j, None, words


MARKS = []


def put_tok(doc, x, y, t, st):
    if "^" in t:
        MARKS.append((t.split("^", 1)[1], y))
        b, m = t.split("^", 1)
        doc.label(x, y, b, st)
        sm = Style(st.font, st.size * 0.62, color=st.color)
        doc.label(x + width(b, st.font, st.size) + 0.4, y + st.size * 0.38, m, sm)
    else:
        doc.label(x, y, t, st)


def set_line(doc, x, y, words, st, w, last=False, hy=None, justify=None):
    align = justify or st.align
    if align == "J" and not last and len(words) > 1:
        ws = [tw(t, st) for t in words]
        gap = (w - sum(ws)) / (len(words) - 1)
        xx = x
        for t, tww in zip(words, ws):
            put_tok(doc, xx, y, t, st)
            xx += tww + gap
        return
    full = sum(tw(t, st) for t in words) + space(st.font, st.size) * (len(words) - 1)
    if align == "C":
        x = x + (w - full) / 2
    elif align == "R":
        x = x + (w - full)
    # runs split after tokens with a note mark
    run, xx = [], x
    for t in words:
        if "^" in t:
            if run:
                s_ = " ".join(run) + " "
                doc.label(xx, y, s_.strip(), st)
                xx += width(s_, st.font, st.size)
                run = []
            put_tok(doc, xx, y, t, st)
            xx += tw(t, st) + space(st.font, st.size)
        else:
            run.append(t)
    if run:
        doc.label(xx, y, " ".join(run), st)


class Flow:
    """Column frames filled line by line.  frames: list of dicts(page, x, top, w, bottom, on_enter).
    Floats narrow lines: each frame may hold 'cuts': list of (ytop, ybot, dx_left, dx_right)."""

    def __init__(self, doc, frames, log=None):
        self.doc, self.frames, self.fi = doc, frames, 0
        self.y = frames[0]["top"]
        self.log = log if log is not None else []
        self._enter(0)

    @property
    def fr(self):
        return self.frames[self.fi]

    def _enter(self, k):
        self.fi = k
        f = self.frames[k]
        self.doc.cur = self.doc.pages[f["page"]]
        self.y = f["top"]
        if f.get("on_enter"):
            f["on_enter"](self)

    def next_frame(self):
        self._enter(self.fi + 1)

    def skip(self, h):
        self.y -= h

    def ensure(self, h):
        if self.y - h < self.fr["bottom"]:
            self.next_frame()

    def cut(self, ytop, ybot, dl, dr):
        self.fr.setdefault("cuts", []).append((ytop, ybot, dl, dr))

    def geom(self, y, st):
        f = self.fr
        x, w = f["x"], f["w"]
        for (t, b, dl, dr) in f.get("cuts", []):
            if b - st.lead * 0.0 <= y + st.size * 0.8 and y - 2 <= t and y >= b - st.size * 0.3:
                x += dl; w -= dl + dr
        return x, w

    def para(self, text, st, key=None, hooks=None, first=True, noindent=False):
        """hooks: {line_index: fn(flow)} run before that line is set."""
        toks = text.split()
        i, n, frames_used = 0, 0, set()
        while i < len(toks):
            if hooks and n in hooks:
                hooks[n](self)
            if self.y - st.size * 0.2 < self.fr["bottom"]:
                self.next_frame()
            x, w = self.geom(self.y, st)
            ind = st.indent if (n == 0 and not noindent) else 0
            j, hy, words = take_line(toks, i, w - ind, st)
            if hy:
                toks = toks[:j] + [hy[1]] + toks[j + 1:]
            last = j >= len(toks)
            nm = len(MARKS)
            set_line(self.doc, x + ind, self.y, words, st, w - ind, last=last, hy=hy)
            if len(MARKS) > nm and self.fr.get("on_mark"):
                for mk, my in MARKS[nm:]:
                    self.fr["on_mark"](self, mk, my)
            frames_used.add(self.fi)
            if n == 0:
                self.log.append("%s starts frame %d" % (key, self.fi))
            self.y -= st.lead
            i = j
            n += 1
        if len(frames_used) > 1:
            self.log.append("%s CROSSES frames %s" % (key, sorted(frames_used)))
        self.y -= st.after
        return n
