# -*- coding: utf-8 -*-
"""My own line breaker and column flow for the low-level PDF producers of set 21.

Text is measured with the Liberation fonts (fontTools); they are metric-compatible with the base-14
Times/Helvetica that pydyf and PDF::Reuse use, and are embedded as-is by muhammara and PDFBox.
Hyphenation points come from pyphen (en_GB). A line broken inside a word prints "-".
The engine produces a list of drawing operations (dicts) that a painter draws in the order given.
"""
import os
import pyphen
from fontTools.ttLib import TTFont

FONTDIR = "/usr/share/fonts/truetype/liberation"
FONTS = {
    "serif": ("LiberationSerif-Regular.ttf", "Times-Roman"),
    "serif-i": ("LiberationSerif-Italic.ttf", "Times-Italic"),
    "serif-b": ("LiberationSerif-Bold.ttf", "Times-Bold"),
    "sans": ("LiberationSans-Regular.ttf", "Helvetica"),
    "sans-b": ("LiberationSans-Bold.ttf", "Helvetica-Bold"),
    "sans-i": ("LiberationSans-Italic.ttf", "Helvetica-Oblique"),
}
_cache = {}
HY = pyphen.Pyphen(lang="en_GB")


def font_path(key):
    return os.path.join(FONTDIR, FONTS[key][0])


def _metrics(key):
    if key not in _cache:
        f = TTFont(font_path(key))
        cmap = f.getBestCmap()
        hmtx = f["hmtx"].metrics
        upm = f["head"].unitsPerEm
        _cache[key] = (cmap, hmtx, upm)
    return _cache[key]


def width(text, key, size):
    cmap, hmtx, upm = _metrics(key)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch))
        if g is None:
            g = ".notdef"
        w += hmtx[g][0]
    return w * size / upm


def _hyph_split(word, key, size, room):
    """Return (head-with-hyphen, tail) for the longest hyphenation of word that fits in room, or None."""
    core = word.rstrip(".,;:!?\u201d\u2019)")
    if any(c.isdigit() for c in core) or len(core) < 6:
        return None
    if "-" in core:  # a real compound may break only at its own hyphen
        i = core.rfind("-")
        while i > 0:
            head = word[:i + 1]
            if width(head, key, size) <= room:
                return head, word[i + 1:]
            i = core.rfind("-", 0, i)
        return None
    best = None
    for pos in HY.positions(core):
        if pos < 3 or len(core) - pos < 3:
            continue
        head = word[:pos] + "-"
        if width(head, key, size) <= room:
            best = (head, word[pos:])
    return best


def break_lines(text, key, size, widths, hyphenate=True):
    """Greedy breaker. widths: function(line_index) -> available width. Returns list of (words, hyphenated)."""
    words = text.split()
    sp = width(" ", key, size)
    lines = []
    cur = []
    curw = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        ww = width(w, key, size)
        avail = widths(len(lines))
        need = ww if not cur else curw + sp + ww
        if need <= avail:
            cur.append(w)
            curw = need
            i += 1
            continue
        # does not fit: try hyphenation
        if hyphenate:
            room = avail - (curw + sp if cur else 0)
            sp_ = _hyph_split(w, key, size, room)
            if sp_:
                head, tail = sp_
                cur.append(head)
                lines.append((cur, True))
                cur, curw = [], 0.0
                words[i] = tail
                continue
        if not cur:  # single overlong word
            cur.append(w)
            i += 1
        lines.append((cur, False))
        cur, curw = [], 0.0
    if cur:
        lines.append((cur, False))
    return lines


def line_text(words):
    return " ".join(words)


class Ops:
    def __init__(self):
        self.ops = []

    def page(self, w, h):
        self.ops.append(dict(op="page", w=w, h=h))

    def text(self, x, y, font, size, s, color=(0, 0, 0), tw=0.0):
        self.ops.append(dict(op="text", x=round(x, 2), y=round(y, 2), font=font, size=size, text=s,
                             color=list(color), tw=round(tw, 3)))

    def rect(self, x, y, w, h, fill=(0.75, 0.75, 0.75)):
        self.ops.append(dict(op="rect", x=round(x, 2), y=round(y, 2), w=round(w, 2), h=round(h, 2),
                             fill=list(fill)))

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0)):
        self.ops.append(dict(op="line", x1=round(x1, 2), y1=round(y1, 2), x2=round(x2, 2), y2=round(y2, 2),
                             width=width, color=list(color)))


def set_line(ops, words, hyph, x, y, w, font, size, color, justify, last, mode="tw"):
    """Draw one line. justify with Tw (mode 'tw') or by placing each word (mode 'words')."""
    s = line_text(words)
    natural = width(s, font, size)
    gaps = len(words) - 1
    if justify and not last and gaps > 0 and natural < w:
        extra = (w - natural) / gaps
        if mode == "tw":
            ops.text(x, y, font, size, s, color, tw=extra)
        else:
            sp = width(" ", font, size)
            xx = x
            for wd in words:
                ops.text(xx, y, font, size, wd, color)
                xx += width(wd, font, size) + sp + extra
    else:
        ops.text(x, y, font, size, s, color)


class Flow:
    """Flows blocks through a list of column frames (page, x, top, width, bottom)."""

    def __init__(self, frames, on_new_page):
        self.frames = frames
        self.fi = 0
        self.y = frames[0][2]
        self.on_new_page = on_new_page
        self.cur_page = None
        self.placed = []  # (page, what)
        self._enter()

    def _enter(self):
        pg = self.frames[self.fi][0]
        if pg != self.cur_page:
            self.cur_page = pg
            self.on_new_page(pg)

    @property
    def frame(self):
        return self.frames[self.fi]

    def need(self, h):
        """Make room for h points; move to the next frame if needed."""
        if self.y - h < self.frame[4] - 0.01:
            self.fi += 1
            self.y = self.frame[2]
            self._enter()
            return True
        return False

    def space(self, h):
        if self.y != self.frame[2]:
            self.y -= h


MARK = "\x01"  # a footnote mark follows this character inside a word


def glue_mark(text, word, mark):
    i = text.index(word) + len(word)
    return text[:i] + MARK + mark + text[i:]


def draw_line(ops, words, x, y, w, font, size, color, justify, last, mode, mark_size=None):
    """set_line, but a MARK inside the line is drawn raised and small as its own text op."""
    s = line_text(words)
    if MARK not in s:
        return set_line(ops, words, False, x, y, w, font, size, color, justify, last, mode)
    clean = s.replace(MARK, "")
    natural = width(clean, font, size)
    gaps = len(words) - 1
    extra = (w - natural) / gaps if (justify and not last and gaps > 0 and natural < w) else 0.0
    before, rest = s.split(MARK, 1)
    mark, after = rest[0], rest[1:]
    ms = mark_size or size * 0.62
    if mode == "tw" or extra == 0:
        ops.text(x, y, font, size, before, color, tw=extra)
        xx = x + width(before, font, size) + extra * before.count(" ")
        if mark in "\u2020*\u00b9":  # glyph marks are glued on the baseline
            ops.text(xx, y, font, size, mark, color)
            xx += width(mark, font, size)
        else:
            ops.text(xx, y + size * 0.38, font, ms, mark, color)
            xx += width(mark, font, ms)
        if after:
            ops.text(xx, y, font, size, after, color, tw=extra)
    else:
        sp = width(" ", font, size)
        xx = x
        for wd in words:
            if MARK in wd:
                a, b = wd.split(MARK)
                ops.text(xx, y, font, size, a, color)
                xx2 = xx + width(a, font, size)
                ops.text(xx2, y + size * 0.38, font, ms, b[0], color)
                if b[1:]:
                    ops.text(xx2 + width(b[0], font, ms), y, font, size, b[1:], color)
                xx += width(a + b, font, size) + sp + extra
            else:
                ops.text(xx, y, font, size, wd, color)
                xx += width(wd, font, size) + sp + extra


def wrap(text, font, size, w, hyphenate=True, indent=0.0):
    return break_lines(text, font, size, lambda i: w - (indent if i == 0 else 0), hyphenate)


def figure_height(fig, colw, st):
    """Height of a captioned figure block."""
    kind = fig["kind"]
    ph = fig.get("pic_h", 70)
    if kind == "plain":
        return ph
    cap = fig["pos_word"] + fig["caption"]["text"]
    if kind == "side":
        tw_ = colw - fig.get("pic_w", colw * 0.45) - 8
    else:
        tw_ = colw
    n1 = len(wrap(cap, st["cap_font"], st["cap_size"], tw_, hyphenate=False))
    n2 = len(wrap(fig["caption"]["credit"], st["credit_font"], st["credit_size"], tw_, hyphenate=False))
    th = n1 * st["cap_lead"] + n2 * st["credit_lead"]
    if kind == "side":
        return max(ph, th)
    return ph + 5 + th


def draw_figure(ops, fig, x, ytop, colw, st):
    kind = fig["kind"]
    ph = fig.get("pic_h", 70)
    grey = st.get("pic_grey", (0.78, 0.78, 0.78))
    if kind == "plain":
        ops.rect(x, ytop - ph, colw, ph, grey)
        return
    cap = fig["pos_word"] + fig["caption"]["text"]
    if kind == "side":
        pw = fig.get("pic_w", colw * 0.45)
        tw_ = colw - pw - 8
        pos = fig["caption"]["position"]
        if pos == "Left":  # picture on the left, text on the right
            px, tx = x, x + pw + 8
        else:
            px, tx = x + colw - pw, x
        ops.rect(px, ytop - ph, pw, ph, grey)
        ty = ytop - st["cap_size"]
    elif kind == "above":
        ops.rect(x, ytop - ph, colw, ph, grey)
        tx, tw_ = x, colw
        ty = ytop - ph - 5 - st["cap_size"]
    elif kind == "below":  # caption printed above its picture
        tx, tw_ = x, colw
        ty = ytop - st["cap_size"]
    for words, _ in wrap(cap, st["cap_font"], st["cap_size"], tw_, hyphenate=False):
        ops.text(tx, ty, st["cap_font"], st["cap_size"], line_text(words), st.get("cap_color", (0, 0, 0)))
        ty -= st["cap_lead"]
    for words, _ in wrap(fig["caption"]["credit"], st["credit_font"], st["credit_size"], tw_, hyphenate=False):
        ops.text(tx, ty, st["credit_font"], st["credit_size"], line_text(words), st.get("credit_color", (0.4, 0.4, 0.4)))
        ty -= st["credit_lead"]
    if kind == "below":
        th = ytop - ty - st["cap_lead"] + st["cap_size"]
        ops.rect(x, ytop - th - 5 - ph, colw, ph, grey)


def flow_para(ops, flow, text, st, first=True, insert=None, after_line_hook=None):
    """Flow a paragraph line by line through the frames. insert = (k, callable(flow)) runs after line k."""
    font, size, lead = st["body_font"], st["body_size"], st["body_lead"]
    ind = st.get("indent", 0.0) if not first else st.get("first_indent", 0.0)
    colw = flow.frame[3]
    lines = break_lines(text, font, size, lambda i: colw - (ind if i == 0 else 0), st.get("hyphenate", True))
    for i, (words, hy) in enumerate(lines):
        flow.need(lead)
        x = flow.frame[1] + (ind if i == 0 else 0)
        w = flow.frame[3] - (ind if i == 0 else 0)
        flow.y -= lead
        draw_line(ops, words, x, flow.y + (lead - size) * 0.3, w, font, size, st.get("body_color", (0, 0, 0)),
                  st.get("justify", False), i == len(lines) - 1, st.get("justify_mode", "tw"))
        if after_line_hook:
            after_line_hook(flow, i, words)
        if insert and i == insert[0]:
            insert[1](flow)
    return lines
