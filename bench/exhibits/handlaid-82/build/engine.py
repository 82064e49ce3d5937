# -*- coding: utf-8 -*-
"""Own layout engine over CapyPDF: greedy line breaker measuring every word with
Generator.text_width (FreeType metrics of the same Liberation TTF that CapyPDF embeds),
pyphen hyphenation, column frames filled line by line with enter/after-line hooks."""
import math, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "capy"))
os.environ.setdefault("CAPYPDF_SO_OVERRIDE", os.path.join(HERE, "capy"))
import capypdf  # noqa: E402
import pyphen  # noqa: E402

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {"serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
         "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
         "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
         "sans-i": "LiberationSans-Italic.ttf"}
HYPH = pyphen.Pyphen(lang="en_GB", left=3, right=3)
LOG = []


def hexrgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


class Doc:
    def __init__(self, path, w, h, title, author="Set 82 writer"):
        self.W, self.H = w, h
        props = capypdf.DocumentProperties()
        ps = capypdf.PageProperties()
        ps.set_pagebox(capypdf.PageBox.Media, 0, 0, w, h)
        props.set_default_page_properties(ps)
        props.set_title(title)
        props.set_author(author)
        props.set_creator("mk_pdf.py " + os.path.basename(path)[:-4] + " (set 82)")
        props.set_language("en-GB")
        self.g = capypdf.Generator(path, props)
        self.f = {k: self.g.load_font(LIB + v) for k, v in FONTS.items()}
        self.ctx = None
        self.page_no = 0

    # pages -------------------------------------------------------------
    def new_page(self):
        if self.ctx is not None:
            self.g.add_page(self.ctx)
        self.ctx = self.g.page_draw_context()
        self.page_no += 1

    def close(self):
        if self.ctx is not None:
            self.g.add_page(self.ctx)
            self.ctx = None
        self.g.write()

    # primitives (y measured from the top of the page, baseline) ---------
    def width(self, s, font, size):
        return self.g.text_width(s, self.f[font], size) if s else 0.0

    def text(self, s, x, y, font, size, color="#1a1a1a"):
        self.ctx.cmd_rg(*hexrgb(color))
        self.ctx.render_text(s, self.f[font], size, x, self.H - y)

    def text_right(self, s, xr, y, font, size, color="#1a1a1a"):
        self.text(s, xr - self.width(s, font, size), y, font, size, color)

    def text_center(self, s, xc, y, font, size, color="#1a1a1a"):
        self.text(s, xc - self.width(s, font, size) / 2, y, font, size, color)

    def rect(self, x, y, w, h, color):  # y = top edge
        self.ctx.cmd_rg(*hexrgb(color))
        self.ctx.cmd_re(x, self.H - y - h, w, h)
        self.ctx.cmd_f()

    def frame(self, x, y, w, h, color, lw=0.8):
        self.ctx.cmd_RG(*hexrgb(color))
        self.ctx.cmd_w(lw)
        self.ctx.cmd_re(x, self.H - y - h, w, h)
        self.ctx.cmd_S()

    def line(self, x1, y1, x2, y2, color="#1a1a1a", lw=0.8):
        self.ctx.cmd_RG(*hexrgb(color))
        self.ctx.cmd_w(lw)
        self.ctx.cmd_m(x1, self.H - y1)
        self.ctx.cmd_l(x2, self.H - y2)
        self.ctx.cmd_S()

    def text_rotated(self, s, x, y, font, size, angle_deg, color="#1a1a1a"):
        self.ctx.cmd_q()
        self.ctx.translate(x, self.H - y)
        self.ctx.rotate(math.radians(angle_deg))
        self.ctx.cmd_rg(*hexrgb(color))
        self.ctx.render_text(s, self.f[font], size, 0, 0)
        self.ctx.cmd_Q()

    def picture(self, x, y, w, h):
        self.rect(x, y, w, h, "#b9b9b9")
        self.frame(x, y, w, h, "#8c8c8c", 0.5)

    # simple block breaker (captions, sidebars, quotes) -------------------
    def lines(self, text, font, size, width, hyph=True):
        f = Flowless(self, font, size, width, hyph)
        return f.run(text)

    def block(self, text, x, y, width, font, size, lead, color="#1a1a1a", justify=False, hyph=True):
        ls = self.lines(text, font, size, width, hyph)
        for i, (words, last) in enumerate(ls):
            set_line(self, words, x, y, width, font, size, color, justify and not last)
            y += lead
        return y


def split_hyph(word):
    """Possible (head-, tail) splits of a word, longest head first."""
    m = re.match(r"^([“‘(]?)([a-z]+)([.,;:!?’”)]*)$", word)
    if m and len(m.group(2)) >= 7:
        pre, core, post = m.groups()
        pts = [i for i, ch in enumerate(HYPH.inserted(core)) if ch == "-"]
        out, offs, k = [], [], 0
        for i, ch in enumerate(HYPH.inserted(core)):
            if ch == "-":
                offs.append(i - k)
                k += 1
        for o in sorted(offs, reverse=True):
            out.append((pre + core[:o] + "-", core[o:] + post))
        return out
    if "-" in word.strip("-") and not word.endswith("-"):  # compound: break after its own hyphen
        parts = word.split("-")
        return [("-".join(parts[:i]) + "-", "-".join(parts[i:])) for i in range(len(parts) - 1, 0, -1)]
    return []


def set_line(doc, words, x, y, width, font, size, color, justify):
    """words: list of (text, font, mark). Justified lines are set word by word."""
    if not words:
        return
    if not justify:
        # ragged: one show per run of same font; marks separately
        cx = x
        run, rf = [], None
        def flush():
            nonlocal cx, run
            if run:
                s = " ".join(run)
                doc.text(s, cx, y, rf, size, color)
                cx += doc.width(s + " ", rf, size)
                run = []
        for t, f, mark in words:
            if mark:
                flush_run = run + [t]
                s = " ".join(flush_run)
                fff = f or font
                doc.text(s, cx, y, fff, size, color)
                cx += doc.width(s, fff, size)
                doc.text(mark, cx + 0.5, y - size * 0.38, fff, size * 0.6, color)
                cx += doc.width(mark, fff, size * 0.6) + doc.width(" ", fff, size) + 0.5
                run, rf = [], None
                continue
            ff = f or font
            if rf is not None and ff != rf:
                flush()
            rf = ff
            run.append(t)
        flush()
        return
    ws = [doc.width(t, f or font, size) + (doc.width(m, f or font, size * 0.6) + 0.5 if m else 0) for t, f, m in words]
    gap = (width - sum(ws)) / max(1, len(words) - 1)
    cx = x
    for (t, f, mark), w in zip(words, ws):
        doc.text(t, cx, y, f or font, size, color)
        if mark:
            doc.text(mark, cx + doc.width(t, f or font, size) + 0.5, y - size * 0.38, f or font, size * 0.6, color)
        cx += w + gap


def tokenize(text, font=None):
    """Words; a mark written as word^1 becomes a raised note digit glued to the word."""
    out = []
    for w in text.split():
        mark = ""
        if "^" in w:
            w, mark = w.split("^")
        out.append((w, font, mark))
    return out


class Flowless:
    def __init__(self, doc, font, size, width, hyph=True):
        self.doc, self.font, self.size, self.width, self.hyph = doc, font, size, width, hyph

    def run(self, text):
        toks = tokenize(text) if isinstance(text, str) else list(text)
        lines = []
        while toks:
            line, toks = take_line(self.doc, toks, self.font, self.size, self.width, self.hyph)
            lines.append((line, not toks))
        return lines


def tok_w(doc, t, font, size):
    w, f, m = t
    return doc.width(w, f or font, size) + (doc.width(m, f or font, size * 0.6) + 0.5 if m else 0)


def take_line(doc, toks, font, size, width, hyph=True):
    sp = doc.width(" ", font, size)
    line, used = [], 0.0
    i = 0
    while i < len(toks):
        w = tok_w(doc, toks[i], font, size)
        need = w + (sp if line else 0)
        if used + need <= width + 0.01:
            line.append(toks[i]); used += need; i += 1
            continue
        # try hyphenating the word that does not fit
        if hyph and not toks[i][2]:
            for head, tail in split_hyph(toks[i][0]):
                hw = doc.width(head, toks[i][1] or font, size)
                if used + (sp if line else 0) + hw <= width + 0.01 and (line or True):
                    LOG.append(f"hyphen: {head}{tail}")
                    line.append((head, toks[i][1], ""))
                    rest = [(tail, toks[i][1], toks[i][2])] + toks[i + 1:]
                    return line, rest
        if not line:  # overlong word
            line.append(toks[i]); i += 1
        break
    return line, toks[i:]


class Flow:
    """Fills frames (x, ytop, ybottom, width, page) line by line."""

    def __init__(self, doc, frames, on_enter=None):
        self.doc, self.frames, self.on_enter = doc, frames, on_enter or (lambda fl, i: None)
        self.fi = -1
        self.next_frame()

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError("text overflows the frames")
        fr = self.frames[self.fi]
        if fr.get("new_page"):
            if hasattr(self, "on_page_end"):
                self.on_page_end(self)
            self.doc.new_page()
        self.x, self.y, self.yb, self.w = fr["x"], fr["y"], fr["yb"], fr["w"]
        LOG.append(f"frame {self.fi} (page {self.doc.page_no})")
        self.on_enter(self, self.fi)

    def space(self, h):
        self.y += h

    def ensure(self, h):
        if self.y + h > self.yb:
            self.next_frame()
            return True
        return False

    def para(self, text, font="serif", size=11, lead=14.5, justify=True, indent=0, color="#1a1a1a",
             after=6, dropcap=None, tag="", after_line=None, hyph=True):
        toks = tokenize(text)
        n = 0
        dc_w = 0
        first = True
        while toks:
            if self.y + lead - size * 0.25 > self.yb:
                LOG.append(f"break in {tag} after line {n}: next word '{toks[0][0]}'")
                self.next_frame()
            x, w = self.x, self.w
            if dropcap and n < 2:
                if n == 0:
                    dsz = lead * 2 + size * 0.55
                    self.doc.text(dropcap, self.x, self.y + lead * 1.0 + size * 0.15, "serif-b", dsz, "#7a2e12")
                    dc_w = self.doc.width(dropcap, "serif-b", dsz) + 3
                x, w = self.x + dc_w, self.w - dc_w
            elif first and indent:
                x, w = self.x + indent, self.w - indent
            line, toks = take_line(self.doc, toks, font, size, w, hyph)
            self.y += lead if not (first and n == 0 and self.y == self.frames[self.fi]["y"]) else size
            set_line(self.doc, line, x, self.y, w, font, size, color, justify and bool(toks))
            n += 1
            first = False
            if after_line:
                after_line(self, tag, n)
        self.y += after
        return n
