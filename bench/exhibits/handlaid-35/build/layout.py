# Line breaking with real font metrics (Liberation TrueType advance widths read with fontTools;
# pdf_oxide applies no kerning, so none is measured), pyphen hyphenation, and a painter that
# turns a display list into pdf_oxide DocumentBuilder calls in list order (content order = list order).
import re
from fontTools.ttLib import TTFont
import pyphen

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf", "narrow": "LiberationSansNarrow-Regular.ttf",
    "narrow-b": "LiberationSansNarrow-Bold.ttf",
}
_M = {}
def _metrics(font):
    if font not in _M:
        tt = TTFont(LIB + FONTS[font])
        _M[font] = (tt.getBestCmap(), tt["hmtx"].metrics, tt["head"].unitsPerEm)
    return _M[font]

def width(text, font, size):
    cmap, hmtx, upm = _metrics(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch), ".notdef")
        w += hmtx[g][0]
    return w * size / upm

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)
NOTE = re.compile(r"\^(\d+)\^")

def tokenize(text):
    return text.split()

def tok_width(tok, font, size):
    m = NOTE.search(tok)
    if m:
        base = NOTE.sub("", tok)
        return width(base, font, size) + width(m.group(1), font, size * 0.62)
    return width(tok, font, size)

def hyph_split(word, font, size, avail):
    """Best hyphenation of word so that 'head-' fits in avail; None if impossible."""
    core = re.match(r"^([A-Za-z]+)([^A-Za-z]*)$", word)
    if not core or "^" in word:
        return None
    letters = core.group(1)
    if letters[0].isupper() and letters[1:].islower() is False:
        return None
    best = None
    for i in HY.positions(letters):
        head = letters[:i] + "-"
        if width(head, font, size) <= avail:
            best = (head, letters[i:] + core.group(2))
    return best

def break_lines(text, font, size, widths, hyphenate=True):
    """widths: function(line_index) -> available width. Returns list of (tokens, is_last)."""
    words = tokenize(text)
    lines = []
    cur = []
    sp = width(" ", font, size)
    i = 0
    while i < len(words):
        w = words[i]
        avail = widths(len(lines))
        curw = sum(tok_width(t, font, size) for t in cur) + sp * len(cur)
        ww = tok_width(w, font, size)
        if curw + ww <= avail or not cur:
            cur.append(w); i += 1; continue
        # try hyphenation (real compounds only at their own hyphen)
        rest = avail - curw
        split = None
        if hyphenate and "-" in w[:-1]:
            parts = w.split("-")
            for k in range(len(parts) - 1, 0, -1):
                head = "-".join(parts[:k]) + "-"
                if width(head, font, size) <= rest:
                    split = (head, "-".join(parts[k:])); break
        elif hyphenate:
            split = hyph_split(w, font, size, rest)
        if split:
            cur.append(split[0]); words[i] = split[1]
        lines.append((cur, False)); cur = []
    if cur:
        lines.append((cur, True))
    return lines


class Page:
    def __init__(self, w, h):
        self.w, self.h, self.ops = w, h, []
    def text(self, x, y, s, font, size, color=None):
        self.ops.append(("text", x, y, s, font, size, color))
    def rect(self, x, y, w, h, rgb):
        self.ops.append(("rect", x, y, w, h, rgb))
    def line(self, x1, y1, x2, y2, wd=0.6, rgb=(0, 0, 0), dashed=False):
        self.ops.append(("line", x1, y1, x2, y2, wd, rgb, dashed))
    def picture(self, x, y, w, h):
        self.rect(x, y, w, h, (0.78, 0.78, 0.78))
        self.line(x, y, x + w, y + h, 0.5, (0.55, 0.55, 0.55))
        self.line(x, y + h, x + w, y, 0.5, (0.55, 0.55, 0.55))

    def draw_line_tokens(self, x, y, toks, font, size, avail, justify, color=None):
        """Draw one line. Justified lines: every word its own text object."""
        sp = width(" ", font, size)
        if not justify:
            self._tokens_run(x, y, toks, font, size, sp, color)
            return
        natural = sum(tok_width(t, font, size) for t in toks)
        gap = (avail - natural) / (len(toks) - 1) if len(toks) > 1 else sp
        cx = x
        for t in toks:
            self._tokens_run(cx, y, [t], font, size, sp, color)
            cx += tok_width(t, font, size) + gap

    def _tokens_run(self, x, y, toks, font, size, sp, color):
        s = " ".join(toks)
        if not NOTE.search(s):
            self.text(x, y, s, font, size, color); return
        # split at note marks: the digit is drawn smaller and raised, glued to its word
        cx = x
        pos = 0
        for m in NOTE.finditer(s):
            chunk = s[pos:m.start()]
            if chunk:
                self.text(cx, y, chunk, font, size, color); cx += width(chunk, font, size)
            self.text(cx, y - size * 0.38, m.group(1), font, size * 0.62, color)
            cx += width(m.group(1), font, size * 0.62)
            pos = m.end()
        chunk = s[pos:]
        if chunk:
            if chunk.startswith(" "):
                cx += sp; chunk = chunk[1:]
            self.text(cx, y, chunk, font, size, color)


class Flow:
    """Frames: list of (page, x, top, bottom, width). Text flows from frame to frame."""
    def __init__(self, frames):
        self.frames = frames; self.fi = 0; self.y = frames[0][2]
    @property
    def frame(self):
        return self.frames[self.fi]
    on_change = None
    def next_frame(self):
        self.fi += 1; self.y = self.frames[self.fi][2]
        if self.on_change:
            self.on_change(self.fi)
    def space(self, h):
        self.y += h
    def need(self, h):
        if self.y + h > self.frame[3]:
            self.next_frame()
    def para(self, text, font="serif", size=10, lead=13, justify=True, indent=0, after=6,
             color=None, hooks=None, hyphenate=True):
        hooks = hooks or {}
        lines = break_lines(text, font, size, lambda i: self.frame[4] - (indent if i == 0 else 0), hyphenate)
        for i, (toks, last) in enumerate(lines):
            if self.y + lead > self.frame[3]:
                self.next_frame()
            pg, x, top, bot, w = self.frame
            self.y += lead
            xi = x + (indent if i == 0 else 0)
            pg.draw_line_tokens(xi, self.y - (lead - size) * 0.5 - size * 0.22, toks, font, size,
                                w - (indent if i == 0 else 0), justify and not last, color)
            if i in hooks:
                hooks[i](self)
        self.y += after
        return lines


def paint(pages, path, title, creator):
    from pdf_oxide import DocumentBuilder, EmbeddedFont
    d = DocumentBuilder().title(title).creator(creator)
    for k, f in FONTS.items():
        d = d.register_embedded_font(k, EmbeddedFont.from_file(LIB + f))
    for pg in pages:
        p = d.page(pg.w, pg.h)
        H = pg.h
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color = op
                p = p.font(font, size).at(x, H - y)
                p = p.inline_color(*color, s) if color else p.text(s)
            elif op[0] == "rect":
                _, x, y, w, h, rgb = op
                p = p.filled_rect(x, H - y - h, w, h, *rgb)
            elif op[0] == "line":
                _, x1, y1, x2, y2, wd, rgb, dashed = op
                if dashed:
                    p = p.stroke_line_dashed(x1, H - y1, x2, H - y2, [4.0, 3.0], wd, rgb)
                else:
                    p = p.stroke_line(x1, H - y1, x2, H - y2, wd, rgb)
        d = p.done()
    d.save(path)
