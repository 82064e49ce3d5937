"""My own line breaker and column flow for the producers that do no layout.

Widths come from the Liberation fonts (metric-compatible with Times/Helvetica), read with fontTools;
hyphenation points from pyphen (en_GB, at least 3 letters on each side). The result is a list of pages,
each a list of drawing ops in the order the painter must draw them (content-stream order = .txt order).
Coordinates: points, origin top-left, y of a text op = its baseline.
"""
import re
from fontTools.ttLib import TTFont
import pyphen

FDIR = "/usr/share/fonts/truetype/liberation/"
FONT_FILES = {
    "serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf", "sans-bi": "LiberationSans-BoldItalic.ttf",
}
_metrics = {}
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def _font(name):
    if name not in _metrics:
        f = TTFont(FDIR + FONT_FILES[name])
        cmap = f.getBestCmap()
        hmtx = f["hmtx"].metrics
        upm = f["head"].unitsPerEm
        _metrics[name] = (cmap, hmtx, upm)
    return _metrics[name]


def width(text, font, size):
    cmap, hmtx, upm = _font(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch))
        if g is None:
            g = cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upm


def print_text(s):
    """Text as printed: interruption marks dropped, note marks kept glued."""
    s = s.replace("|", "")
    s = re.sub(r"\^([^^]*)\^", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()


def split_marks(s):
    """Words of a paragraph and the indices of words after which a '|' mark stands."""
    s = re.sub(r"\^([^^]*)\^", r"\1", s)
    words, marks = [], []
    for tok in s.split():
        if tok.startswith("|"):
            marks.append(len(words) - 1)
            tok = tok[1:]
        if tok:
            words.append(tok)
    return words, marks


def _hyphenate(word, font, size, room):
    """Best split of word so that 'head-' fits into room. Returns (head, tail) or None."""
    m = re.match(r"^([A-Za-zÀ-ÿ’]+)([,.;:!?”’)]*)$", word)
    if not m or "’" in m.group(1) or len(m.group(1)) < 6:
        return None
    core, punct = m.group(1), m.group(2)
    best = None
    for pos in HY.positions(core):
        head = core[:pos] + "-"
        if width(head, font, size) <= room:
            best = (head, core[pos:] + punct)
    return best


def break_lines(words, font, size, widths, hyphenate=True):
    """Greedy breaking. widths: function(line_index) -> available width.
    Returns list of lines; each line = list of (word, src_index) and flag ends_with_hyphen."""
    sp = width(" ", font, size)
    lines, cur, curw = [], [], 0.0
    i = 0
    queue = [(w, k) for k, w in enumerate(words)]
    while queue:
        w, k = queue.pop(0)
        ww = width(w, font, size)
        avail = widths(len(lines))
        need = ww if not cur else curw + sp + ww
        if need <= avail:
            cur.append((w, k)); curw = need
            continue
        # does not fit
        if hyphenate:
            room = avail - (curw + sp if cur else 0)
            h = _hyphenate(w, font, size, room)
            if h:
                cur.append((h[0], k))
                lines.append((cur, True))
                cur, curw = [], 0.0
                queue.insert(0, (h[1], k))
                continue
        if not cur:  # single overlong word
            cur.append((w, k)); lines.append((cur, False)); cur, curw = [], 0.0
            continue
        lines.append((cur, False))
        cur, curw = [], 0.0
        queue.insert(0, (w, k))
    if cur:
        lines.append((cur, False))
    return lines


class Doc:
    def __init__(self):
        self.pages = []

    def page(self, w, h):
        self.pages.append({"w": w, "h": h, "ops": []})
        return len(self.pages) - 1

    def text(self, p, x, y, s, font, size, color=(0, 0, 0)):
        self.pages[p]["ops"].append({"t": "text", "x": round(x, 2), "y": round(y, 2), "s": s,
                                     "font": font, "size": size, "color": list(color)})

    def rect(self, p, x, y, w, h, fill=(0.8, 0.8, 0.8)):
        self.pages[p]["ops"].append({"t": "rect", "x": round(x, 2), "y": round(y, 2), "w": round(w, 2),
                                     "h": round(h, 2), "fill": list(fill)})

    def hline(self, p, x1, x2, y, lw=0.6, color=(0, 0, 0)):
        self.rect(p, x1, y - lw / 2, x2 - x1, lw, color)

    def text_right(self, p, xr, y, s, font, size, color=(0, 0, 0)):
        self.text(p, xr - width(s, font, size), y, s, font, size, color)

    def text_center(self, p, xc, y, s, font, size, color=(0, 0, 0)):
        self.text(p, xc - width(s, font, size) / 2, y, s, font, size, color)

    def lines(self, p, x, y, w, text, font, size, lead, color=(0, 0, 0), hyphenate=False):
        """Simple ragged block (no flow). Returns y after the block."""
        words, _ = split_marks(text)
        for ln, hy in break_lines(words, font, size, lambda i: w, hyphenate):
            y += lead
            self.text(p, x, y, " ".join(t for t, _ in ln), font, size, color)
        return y


class Flow:
    """Flows blocks through a list of frames: dict(page, x, top, bottom, w)."""

    def __init__(self, doc, frames, on_leave=None, justify=False, word_ops=False):
        self.doc, self.frames, self.fi = doc, frames, 0
        self.y = frames[0]["top"]
        self.on_leave = on_leave or (lambda flow, old, new: None)
        self.justify, self.word_ops = justify, word_ops
        self.fresh = True

    @property
    def fr(self):
        return self.frames[self.fi]

    def next_frame(self):
        old = self.fi
        self.fi += 1
        self.y = self.fr["top"]
        self.fresh = True
        self.on_leave(self, old, self.fi)

    def need(self, h):
        if self.y + h > self.fr["bottom"] + 0.01:
            self.next_frame()

    def space(self, h):
        if not self.fresh:
            self.y += h

    def box(self, h, fill=(0.78, 0.78, 0.78), w=None, x=None):
        self.need(h)
        fr = self.fr
        self.doc.rect(fr["page"], x if x is not None else fr["x"], self.y, w or fr["w"], h, fill)
        self.y += h
        self.fresh = False

    def rule(self, lw=0.6, color=(0, 0, 0)):
        fr = self.fr
        self.doc.hline(fr["page"], fr["x"], fr["x"] + fr["w"], self.y, lw, color)

    def heading(self, text, font, size, lead, color=(0, 0, 0), before=0, after=0, keep=3, extra=None):
        words, _ = split_marks(text)
        lines = break_lines(words, font, size, lambda i: self.fr["w"], False)
        self.space(before)
        self.need(lead * (len(lines) + keep))
        for ln, _ in lines:
            self.y += lead
            fr = self.fr
            s = " ".join(t for t, _ in ln)
            self.doc.text(fr["page"], fr["x"], self.y, s, font, size, color)
            if extra:
                extra(self, s)
                extra = None
        self.y += after
        self.fresh = False

    def para(self, text, font, size, lead, color=(0, 0, 0), indent=0.0, after=0.0, interrupts=None,
             hyphenate=True, justify=None, first_line_cb=None, right_pad=0.0):
        """interrupts: list of callables, one per '|' mark, called after the line holding the mark."""
        justify = self.justify if justify is None else justify
        words, marks = split_marks(text)
        interrupts = list(interrupts or [])
        # widths may change when the frame changes; break per frame
        sp = width(" ", font, size)
        pending = [(w, k) for k, w in enumerate(words)]
        line_no = 0
        all_lines = break_lines(words, font, size,
                                lambda i: self.fr["w"] - (indent if i == 0 else 0) - right_pad, hyphenate)
        done_marks = set()
        for li, (ln, hy) in enumerate(all_lines):
            self.need(lead)
            fr = self.fr
            self.y += lead
            x0 = fr["x"] + (indent if li == 0 else 0)
            last = li == len(all_lines) - 1
            toks = [t for t, _ in ln]
            avail = fr["w"] - (indent if li == 0 else 0) - right_pad
            if justify and not last and len(toks) > 1:
                natural = sum(width(t, font, size) for t in toks)
                gap = (avail - natural) / (len(toks) - 1)
                if self.word_ops:
                    x = x0
                    for t in toks:
                        self.doc.text(fr["page"], x, self.y, t, font, size, color)
                        x += width(t, font, size) + gap
                else:
                    self.doc.text(fr["page"], x0, self.y, " ".join(toks), font, size, color)
                    self.doc.pages[fr["page"]]["ops"][-1]["wordspace"] = round(gap - sp, 3)
            else:
                self.doc.text(fr["page"], x0, self.y, " ".join(toks), font, size, color)
            self.fresh = False
            if first_line_cb and li == 0:
                first_line_cb(self)
            # interrupts after the line holding a marked word (and not mid-hyphenated word)
            last_src = ln[-1][1]
            for mi, m in enumerate(marks):
                if mi in done_marks:
                    continue
                if m <= last_src and not (hy and m == last_src):
                    done_marks.add(mi)
                    if mi < len(interrupts) and interrupts[mi]:
                        interrupts[mi](self)
        self.y += after


def measure(text, font, size, lead, w, hyphenate=False):
    words, _ = split_marks(text)
    return len(break_lines(words, font, size, lambda i: w, hyphenate)) * lead
