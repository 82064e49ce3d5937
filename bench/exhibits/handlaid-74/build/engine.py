"""Own layout engine for set 74: greedy line breaker with real font metrics,
writing PDF pages through PyPDF2 3.0.1 (PdfWriter + hand-made content streams).

Fonts are the base-14 Type 1 fonts (not embedded, /WinAnsiEncoding); widths are
measured with the metric-compatible Liberation fonts (fontTools hmtx), so what
the breaker measures is what a viewer draws.
"""
import re
import pyphen
from fontTools.ttLib import TTFont
from PyPDF2 import PdfWriter, PageObject
from PyPDF2.generic import (DecodedStreamObject, DictionaryObject, NameObject,
                            ArrayObject, FloatObject, TextStringObject)

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {  # key: (PDF base font, metric file)
    "H": ("Helvetica", "LiberationSans-Regular.ttf"),
    "HB": ("Helvetica-Bold", "LiberationSans-Bold.ttf"),
    "HI": ("Helvetica-Oblique", "LiberationSans-Italic.ttf"),
    "HBI": ("Helvetica-BoldOblique", "LiberationSans-BoldItalic.ttf"),
    "T": ("Times-Roman", "LiberationSerif-Regular.ttf"),
    "TB": ("Times-Bold", "LiberationSerif-Bold.ttf"),
    "TI": ("Times-Italic", "LiberationSerif-Italic.ttf"),
    "TBI": ("Times-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
}
_metrics = {}


def metrics(key):
    if key not in _metrics:
        f = TTFont(LIB + FONTS[key][1])
        upem = f["head"].unitsPerEm
        cmap = f.getBestCmap()
        hmtx = f["hmtx"].metrics
        _metrics[key] = (cmap, hmtx, upem)
    return _metrics[key]


def width(text, font, size):
    cmap, hmtx, upem = metrics(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch))
        if g is None:
            g = cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upem


def pdfstr(text):
    b = text.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def rgb(c):
    return "%.3f %.3f %.3f" % c


_hy = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def hyph_points(word):
    """Possible split positions in word (no punctuation/caps handling beyond basics)."""
    m = re.match(r"^([“‘(]*)([A-Za-z]+)([.,;:’”)!?]*)$", word)
    if not m:
        # compounds: split after an existing hyphen
        if "-" in word.strip("-"):
            parts = []
            i = word.find("-")
            while i != -1:
                parts.append(i + 1)
                i = word.find("-", i + 1)
            return [(p, False) for p in parts if 0 < p < len(word)]
        return []
    pre, core, post = m.groups()
    if len(core) < 7 or core[0].isupper():
        return []
    pos = _hy.positions(core)
    return [(len(pre) + p, True) for p in pos]


class Style:
    def __init__(self, font="T", size=10, lead=None, color=(0, 0, 0), justify=True,
                 hyphen=True, indent=0, before=0, after=0, align="left", rise=0):
        self.font, self.size = font, size
        self.lead = lead or size * 1.25
        self.color, self.justify, self.hyphen = color, justify, hyphen
        self.indent, self.before, self.after, self.align = indent, before, after, align
        self.rise = rise

    def but(self, **kw):
        s = Style()
        s.__dict__.update(self.__dict__)
        s.__dict__.update(kw)
        return s


def tokens_of(runs, style):
    """runs: str or list of (text, Style or None).  Returns list of words, each word
    a list of (text, style) pieces (so a superscript mark can stick to a word)."""
    if isinstance(runs, str):
        runs = [(runs, None)]
    words = [[]]
    for text, st in runs:
        st = st or style
        parts = re.split(r"( )", text)
        for p in parts:
            if p == " ":
                if words[-1]:
                    words.append([])
            elif p:
                words[-1].append((p, st))
    return [w for w in words if w]


def word_width(w):
    return sum(width(t, s.font, s.size) for t, s in w)


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.fonts = set()
        self.pre = []       # (cm string, Layer) emitted before self.ops

    def layer(self, cm):
        lay = Layer(self)
        self.pre.append((cm, lay))
        return lay

    def all_ops(self):
        out = []
        for cm, lay in self.pre:
            out.append("q %s cm" % cm)
            out.extend(lay.ops)
            out.append("Q")
        return out + self.ops

    def text(self, x, y, s, font, size, color=(0, 0, 0), tw=0, rise=0):
        self.fonts.add(font)
        op = "BT /F%s %s Tf %s rg " % (font, _n(size), rgb(color))
        if tw:
            op += "%s Tw " % _n(tw)
        if rise:
            op += "%s Ts " % _n(rise)
        op += "1 0 0 1 %s %s Tm %s Tj ET" % (_n(x), _n(y), pdfstr(s))
        self.ops.append(op)

    def text_rot(self, x, y, s, font, size, angle, color=(0, 0, 0), tw=0):
        """angle 90 (upwards) or 180 (upside down)."""
        self.fonts.add(font)
        m = {90: "0 1 -1 0", 180: "-1 0 0 -1", 270: "0 -1 1 0"}[angle]
        op = "BT /F%s %s Tf %s rg " % (font, _n(size), rgb(color))
        if tw:
            op += "%s Tw " % _n(tw)
        op += "%s %s %s Tm %s Tj ET" % (m, _n(x), _n(y), pdfstr(s))
        self.ops.append(op)

    def rect(self, x, y, w, h, fill=(0.8, 0.8, 0.8), stroke=None, lw=0.5):
        op = "q "
        if fill:
            op += "%s rg " % rgb(fill)
        if stroke:
            op += "%s RG %s w " % (rgb(stroke), _n(lw))
        op += "%s %s %s %s re %s Q" % (_n(x), _n(y), _n(w), _n(h),
                                        "B" if (fill and stroke) else ("f" if fill else "S"))
        self.ops.append(op)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5):
        self.ops.append("q %s RG %s w %s %s m %s %s l S Q" % (rgb(color), _n(lw), _n(x1), _n(y1), _n(x2), _n(y2)))

    def raw(self, s):
        self.ops.append(s)


class Layer(Page):
    def __init__(self, page):
        self.doc, self.w, self.h = page.doc, page.w, page.h
        self.ops = []
        self.fonts = page.fonts
        self.pre = []


def _n(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


class Doc:
    def __init__(self, title, creator):
        self.pages = []
        self.title, self.creator = title, creator

    def page(self, w, h):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def save(self, path):
        wr = PdfWriter()
        for p in self.pages:
            pg = PageObject.create_blank_page(None, p.w, p.h)
            fd = DictionaryObject()
            for f in sorted(p.fonts):
                fo = DictionaryObject({
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject("/" + FONTS[f][0]),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                })
                fd[NameObject("/F" + f)] = wr._add_object(fo)
            res = DictionaryObject({NameObject("/Font"): fd,
                                    NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/Text")])})
            pg[NameObject("/Resources")] = res
            st = DecodedStreamObject()
            st.set_data("\n".join(p.all_ops()).encode("latin-1"))
            st = st.flate_encode()
            pg[NameObject("/Contents")] = wr._add_object(st)
            wr.add_page(pg)
        wr.add_metadata({"/Title": self.title, "/Creator": self.creator,
                         "/Producer": "PyPDF2"})
        with open(path, "wb") as fh:
            wr.write(fh)


# ---------------------------------------------------------------- breaking
def break_lines(words, widths_fn, style, hyphenate=True):
    """Greedy breaker.  words: list of word piece-lists.  widths_fn(i) -> available
    width of line i.  Returns lines: list of (pieces_words, hyphen_added, last)."""
    lines = []
    cur = []
    i = 0
    words = [list(w) for w in words]
    sp = width(" ", style.font, style.size)
    while i < len(words):
        avail = widths_fn(len(lines))
        w = words[i]
        trial = cur + [w]
        nat = sum(word_width(x) for x in trial) + sp * (len(trial) - 1)
        if nat <= avail or not cur:
            cur = trial
            i += 1
            continue
        # try hyphenating w
        done = False
        if hyphenate and style.hyphen and len(w) == 1:
            t, st = w[0]
            room = avail - (sum(word_width(x) for x in cur) + sp * len(cur))
            best = None
            for pos, addh in hyph_points(t):
                head = t[:pos] + ("-" if addh else "")
                if width(head, st.font, st.size) <= room:
                    best = (pos, addh)
            if best:
                pos, addh = best
                head = t[:pos] + ("-" if addh else "")
                lines.append((cur + [[(head, st)]], addh, False))
                words[i] = [(t[pos:], st)]
                cur = []
                done = True
        if not done:
            lines.append((cur, False, False))
            cur = []
    if cur:
        lines.append((cur, False, True))
    return lines


def draw_line(page, x, y, w, line, style, justify):
    words, _, last = line
    sp_std = {}
    nat = sum(word_width(x_) for x_ in words)
    n = len(words) - 1
    sp = width(" ", style.font, style.size)
    extra = 0
    if justify and not last and n > 0:
        extra = (w - nat - sp * n) / n
    if style.align == "right":
        x = x + w - (nat + sp * n)
    elif style.align == "center":
        x = x + (w - (nat + sp * n)) / 2
    # group consecutive same-style pieces into strings (spaces only between words)
    segs = []  # [text, style, space_before]
    for wi, wd in enumerate(words):
        for pi, (t, st) in enumerate(wd):
            gap = (pi == 0 and wi > 0)
            if segs and segs[-1][1] is st:
                segs[-1][0] += (" " if gap else "") + t
            else:
                segs.append([t, st, gap])
    cx = x
    for t, st, gap in segs:
        if gap:
            cx += sp + extra
        page.text(cx, y + st.rise, t, st.font, st.size, st.color, tw=extra if " " in t else 0)
        cx += width(t, st.font, st.size) + extra * t.count(" ")
    return


class Flow:
    """Fills a list of frames (page, x, top, bottom, width) top-down."""

    def __init__(self, frames, log=None):
        self.frames = frames
        self.fi = 0
        self.y = frames[0][2]
        self.enter_hooks = {}   # frame index -> fn(flow) called when the flow enters it
        self.excl = []          # (page, x1, x2, ytop, ybot): areas text must avoid
        self.log = log if log is not None else []

    @property
    def frame(self):
        return self.frames[self.fi]

    @property
    def page(self):
        return self.frame[0]

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError("flow overflow")
        self.y = self.frame[2]
        self.log.append("enter frame %d" % self.fi)
        fn = self.enter_hooks.get(self.fi)
        if fn:
            fn(self)

    def space(self, h):
        self.y -= h

    def line_box(self, lead):
        """x, w for a line whose top is self.y (taking exclusions into account)."""
        pg, x, top, bot, w = self.frame
        for (p, x1, x2, yt, yb) in self.excl:
            if p is pg and self.y > yb and self.y - lead < yt and x1 < x + w and x2 > x:
                if x1 <= x:   # exclusion on the left
                    nx = x2
                    w = w - (nx - x)
                    x = nx
                else:
                    w = x1 - x
        return x, w

    def need(self, h):
        if self.y - h < self.frame[3] - 0.01:
            self.next_frame()
            return True
        return False

    def para(self, runs, style, tag="", line_hook=None, first_indent=None, drop=None):
        """Set a paragraph.  line_hook(flow, i) runs after line i is placed.
        drop=(letter, font, size, nlines, gap): drop capital."""
        if self.y != self.frame[2]:
            self.y -= style.before
        words = tokens_of(runs, style)
        fi = style.indent if first_indent is None else first_indent
        placed = []
        # we break line by line, so width can change with frame/exclusions
        remaining = words
        i = 0
        dropw = 0
        if drop:
            dropw = width(drop[0], drop[1], drop[2]) + drop[4]
        while remaining:
            self.need(style.lead)
            x, w = self.line_box(style.lead)
            ind = fi if i == 0 else 0
            if drop and i < drop[3]:
                ind += dropw
            lines = break_lines(remaining, lambda k: w - ind, style)
            first = lines[0]
            base = self.y - style.size * 0.8
            if drop and i == 0:
                self.page.text(x, base - (drop[3] - 1) * style.lead, drop[0], drop[1], drop[2], style.color)
            draw_line(self.page, x + ind, base, w - ind, first, style,
                      style.justify)
            self.y -= style.lead
            consumed = len(first[0])
            tail = _tail_of(first, remaining, consumed)
            rest = ([tail] if tail else []) + remaining[consumed:]
            remaining = rest
            placed.append(first)
            if line_hook:
                line_hook(self, i)
            i += 1
        self.y -= style.after
        self.log.append("%s: %d lines, ends frame %d at y=%.0f" % (tag, i, self.fi, self.y))
        return i


def _tail_of(line, remaining, consumed):
    """If the last word on the line is a hyphenated head, return the tail word."""
    words, addh, _ = line
    if not words:
        return None
    last = words[-1]
    orig = remaining[consumed - 1]
    lt = "".join(t for t, _ in last)
    ot = "".join(t for t, _ in orig)
    if lt != ot:
        head = lt[:-1] if addh else lt
        return [(ot[len(head):], orig[-1][1])]
    return None


def _split_compound(line, remaining, consumed):
    return _tail_of(line, remaining, consumed)
