"""Layout helpers for the set-60 PDFs: my own line breaker on real font metrics,
drawn through larzpdf's PDF canvas (standard Helvetica / Helvetica-Bold / Courier).

Metrics: Liberation Sans / Liberation Mono (metric-compatible with Helvetica / Courier),
advance widths read from the TrueType hmtx table with fontTools.
"""
import pyphen
from fontTools.ttLib import TTFont
from larzpdf import PDF

FONTDIR = "/usr/share/fonts/truetype/liberation/"
_FILES = {"Helvetica": "LiberationSans-Regular.ttf",
          "Helvetica-Bold": "LiberationSans-Bold.ttf",
          "Courier": "LiberationMono-Regular.ttf"}
_MET = {}


def _metrics(font):
    if font not in _MET:
        tt = TTFont(FONTDIR + _FILES[font])
        cmap = tt.getBestCmap()
        hmtx = tt["hmtx"].metrics
        upm = tt["head"].unitsPerEm
        _MET[font] = (cmap, hmtx, upm)
    return _MET[font]


def width(s, font, size):
    if "^" in s:  # a word with a raised note mark: word^mark
        base, mark = s.split("^", 1)
        return width(base, font, size) + width(mark, font, size * 0.62)
    cmap, hmtx, upm = _metrics(font)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch)) or cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upm


# Unicode -> code in the fonts' built-in StandardEncoding (larzpdf writes no /Encoding,
# and sends each character as one latin-1 byte).
_STD = {"\u2019": 0x27, "\u2018": 0x60, "\u201c": 0xAA, "\u201d": 0xBA, "\u2013": 0xB1,
        "\u2014": 0xD0, "\u00b7": 0xB4, "\u2022": 0xB7, "\u2020": 0xB2, "\u2021": 0xB3,
        "\u203a": 0xAD, "\u2039": 0xAC}


def enc(s):
    out = []
    for ch in s:
        if ch in _STD:
            out.append(chr(_STD[ch]))
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError("no StandardEncoding code for %r in %r" % (ch, s))
    return "".join(out)


class Canvas:
    """Records drawing calls per page (so a leaflet can be laid out in reading order and
    still be written page by page), then replays them into larzpdf."""

    def __init__(self, size):
        self.size = size
        self.pages = {}

    def _add(self, page, call):
        self.pages.setdefault(page, []).append(call)

    def text(self, page, x, y, s, font="Helvetica", size=10, color=(0, 0, 0)):
        self._add(page, ("text", x, y, enc(s), font, size, color))

    def rtext(self, page, x, y, s, font, size, color, angle):
        """Rotated text (90 or 180 degrees): larzpdf has no call for it, so the operators
        go through its canvas op list."""
        key = {"Helvetica": "F1", "Helvetica-Bold": "F2", "Courier": "F3"}[font]
        a, b, c, d = {90: (0, 1, -1, 0), 180: (-1, 0, 0, -1), 270: (0, -1, 1, 0)}[angle]
        t = enc(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        op = ("q %.3f %.3f %.3f rg BT /%s %g Tf %d %d %d %d %.2f %.2f Tm (%s) Tj ET Q"
              % (color[0], color[1], color[2], key, size, a, b, c, d, x, y, t))
        self._add(page, ("op", op))

    def rect(self, page, x, y, w, h, fill=None, stroke=None, lw=1):
        self._add(page, ("rect", x, y, w, h, fill, stroke, lw))

    def line(self, page, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self._add(page, ("line", x1, y1, x2, y2, lw, color))

    def picture(self, page, x, y, w, h):
        """A grey box with a light cross."""
        self.rect(page, x, y, w, h, fill=(0.72, 0.72, 0.72))
        self.line(page, x, y, x + w, y + h, 0.6, (0.85, 0.85, 0.85))
        self.line(page, x, y + h, x + w, y, 0.6, (0.85, 0.85, 0.85))

    def save(self, path):
        pdf = PDF(size=self.size)
        n = max(self.pages) + 1
        for i in range(n):
            if i:
                pdf.add_page()
            for c in self.pages.get(i, []):
                k = c[0]
                if k == "text":
                    pdf.text(c[1], c[2], c[3], font=c[4], size=c[5], color=c[6])
                elif k == "rect":
                    pdf.rect(c[1], c[2], c[3], c[4], fill=c[5], stroke=c[6], width=c[7])
                elif k == "line":
                    pdf.line(c[1], c[2], c[3], c[4], width=c[5], color=c[6])
                elif k == "op":
                    pdf._op(c[1])
        pdf.save(path)


_HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _splits(word):
    """Possible (head-with-hyphen, tail) splits of WORD, longest head first."""
    core = word.rstrip(".,;:!?’”)")
    tail_p = word[len(core):]
    out = []
    if "-" in core.strip("-"):
        i = core.rfind("-")
        while i > 0:
            out.append((core[: i + 1], core[i + 1:] + tail_p))
            i = core.rfind("-", 0, i)
        return out
    letters = core.strip("“‘(")
    if len(letters) < 7 or not letters.isalpha():
        return out
    if letters[0].isupper() and len(letters) < 9:
        return out
    for pos in sorted(_HY.positions(core), reverse=True):
        out.append((core[:pos] + "-", core[pos:] + tail_p))
    return out


def break_lines(text, widths, font, size, hyphenate=True, indent=0.0):
    """Greedy breaker. WIDTHS: a function line_index -> available width.
    Returns a list of (words, last, hyph) where hyph says the last word ends with a
    hyphen added here. The first line is INDENT narrower."""
    words = text.split()
    sp = width(" ", font, size)
    lines = []
    cur = []
    curw = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        avail = widths(len(lines)) - (indent if not lines else 0)
        ww = width(w, font, size)
        need = ww if not cur else curw + sp + ww
        if need <= avail:
            cur.append(w)
            curw = need
            i += 1
            continue
        done = False
        if hyphenate:
            for head, tail in _splits(w):
                hw = width(head, font, size)
                if (hw if not cur else curw + sp + hw) <= avail:
                    cur.append(head)
                    lines.append((cur, False, True))
                    words[i] = tail
                    cur, curw = [], 0.0
                    done = True
                    break
        if done:
            continue
        if not cur:
            cur = [w]
            i += 1
        lines.append((cur, False, False))
        cur, curw = [], 0.0
    if cur:
        lines.append((cur, True, False))
    return lines


def _word(cv, page, x, y, w, font, size, color):
    if "^" in w:
        base, mark = w.split("^", 1)
        cv.text(page, x, y, base, font, size, color)
        cv.text(page, x + width(base, font, size), y + size * 0.38, mark, font, size * 0.62, color)
    else:
        cv.text(page, x, y, w, font, size, color)


def draw_line(cv, page, x, y, wd, words, last, font, size, color, justify, indent=0.0):
    if any("^" in w for w in words):
        sp = width(" ", font, size)
        total = sum(width(w, font, size) for w in words)
        gap = (wd - indent - total) / (len(words) - 1) if (justify and not last and len(words) > 1) else sp
        xx = x + indent
        for w in words:
            _word(cv, page, xx, y, w, font, size, color)
            xx += width(w, font, size) + gap
        return
    if justify and not last and len(words) > 1:
        total = sum(width(w, font, size) for w in words)
        gap = (wd - indent - total) / (len(words) - 1)
        xx = x + indent
        for w in words:
            cv.text(page, xx, y, w, font, size, color)
            xx += width(w, font, size) + gap
    else:
        cv.text(page, x + indent, y, " ".join(words), font, size, color)


class Flow:
    """Fills a sequence of frames (page, x, top, width, bottom) line by line."""

    def __init__(self, cv, frames, on_frame=None):
        self.cv = cv
        self.frames = frames
        self.fi = 0
        self.y = frames[0][2]
        self.on_frame = on_frame
        self.on_mark = None
        self.log = []
        if on_frame:
            on_frame(0, frames[0])

    @property
    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        self.y = self.frame[2]
        if self.on_frame:
            self.on_frame(self.fi, self.frame)

    def space(self, h):
        if self.y != self.frame[2]:
            self.y -= h

    def need(self, h):
        if self.y - h < self.frame[4]:
            self.next_frame()

    def para(self, text, font="Helvetica", size=9.5, lead=12.5, color=(0, 0, 0), justify=True,
             indent=0.0, after=4, inserts=None, tag=""):
        """INSERTS: list of (pred(line_index, flow), fn(flow)); fn runs once, before the
        first line for which pred is true. on_mark(mark, page, y) is called for words^mark."""
        frames_used = set()
        wd = self.frame[3]
        lines = break_lines(text, lambda i: wd, font, size, indent=indent)
        for n, (words, last, _) in enumerate(lines):
            for ins in list(inserts or []):
                if ins[0](n, self):
                    inserts.remove(ins)
                    ins[1](self)
            if self.y - lead < self.frame[4]:
                self.next_frame()
            self.y -= lead
            p, x = self.frame[0], self.frame[1]
            frames_used.add(self.fi)
            draw_line(self.cv, p, x, self.y + (lead - size) * 0.3, self.frame[3], words, last, font,
                      size, color, justify, indent if n == 0 else 0)
            for w in words:
                if "^" in w and self.on_mark:
                    self.on_mark(w.split("^", 1)[1], self.frame[0], self.y, self)
        if len(frames_used) > 1:
            self.log.append("%s crosses frames %s" % (tag or text[:30], sorted(frames_used)))
        self.y -= after
        return lines

    def heading(self, label, title, lsize=11, tsize=13, color=(0.1, 0.1, 0.1), lcolor=(0.6, 0.1, 0.1),
                box=None, kicker=None, after=3):
        h = tsize * 1.3 + (10 if kicker else 0)
        self.need(h + 40)
        if kicker:
            self.y -= 8
            self.cv.text(self.frame[0], self.frame[1], self.y, kicker, "Helvetica-Bold", 7, lcolor)
        self.y -= tsize * 1.25
        p, x = self.frame[0], self.frame[1]
        if label is not None:
            if box:
                bw = max(tsize + 4, width(label, "Helvetica-Bold", lsize) + 8)
                self.cv.rect(p, x, self.y - 4, bw, tsize + 4, fill=box)
                self.cv.text(p, x + (bw - width(label, "Helvetica-Bold", lsize)) / 2, self.y, label,
                             "Helvetica-Bold", lsize, (1, 1, 1))
                x += bw + 6
            else:
                self.cv.text(p, x, self.y, label, "Helvetica-Bold", lsize, lcolor)
                x += width(label, "Helvetica-Bold", lsize) + 6
        self.cv.text(p, x, self.y, title, "Helvetica-Bold", tsize, color)
        self.y -= after + 4

    def block(self, h, fn, after=6):
        """Reserve H points and call fn(page, x, top, width)."""
        self.need(h)
        fn(self.frame[0], self.frame[1], self.y, self.frame[3])
        self.y -= h + after
