# -*- coding: utf-8 -*-
"""My own line breaker and display list for the folio_pdf absolute-placement PDFs.
Advance widths and kern pairs come from the URW base-35 AFM files (metric clones of Times / Helvetica)."""
import re
import pyphen
from fontTools.agl import UV2AGL

AFM_DIR = "/usr/share/fonts/type1/urw-base35/"
AFM = {"Times-Roman": "NimbusRoman-Regular", "Times-Bold": "NimbusRoman-Bold", "Times-Italic": "NimbusRoman-Italic",
       "Times-BoldItalic": "NimbusRoman-BoldItalic", "Helvetica": "NimbusSans-Regular",
       "Helvetica-Bold": "NimbusSans-Bold", "Helvetica-Oblique": "NimbusSans-Italic",
       "Helvetica-BoldOblique": "NimbusSans-BoldItalic"}
_cache = {}
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def metrics(font):
    if font not in _cache:
        widths, kern = {}, {}
        for line in open(AFM_DIR + AFM[font] + ".afm", encoding="latin-1"):
            if line.startswith("C "):
                m = re.search(r"WX ([\d.]+) ; N (\S+)", line)
                if m:
                    widths[m.group(2)] = float(m.group(1))
            elif line.startswith("KPX "):
                _, a, b, v = line.split()
                kern[(a, b)] = float(v)
        _cache[font] = (widths, kern)
    return _cache[font]


def gname(ch):
    if ch == " ":
        return "space"
    return UV2AGL.get(ord(ch), "question")


def glyph_advances(s, font, size, kern=True):
    """Advance of each character (kerning with the next one added), in points."""
    w, k = metrics(font)
    out = []
    names = [gname(c) for c in s]
    for i, n in enumerate(names):
        a = w.get(n, 500)
        if kern and i + 1 < len(names):
            a += k.get((n, names[i + 1]), 0)
        out.append(a * size / 1000.0)
    return out


def width(s, font, size, kern=True):
    return sum(glyph_advances(s, font, size, kern))


def break_lines(text, font, size, maxw, first_indent=0.0, hyphenate=True):
    """Greedy breaking; returns list of (words, hyphenated_last_word_flag). A word 'a-b' may break after its own hyphen."""
    words = text.split()
    lines, cur = [], []
    sp = width(" ", font, size)
    i = 0
    avail = maxw - first_indent
    while i < len(words):
        wd = words[i]
        trial = cur + [wd]
        if width(" ".join(trial), font, size) <= avail:
            cur = trial
            i += 1
            continue
        # try to break the word
        done = False
        room = avail - (width(" ".join(cur), font, size) + sp if cur else 0)
        cands = []
        if "-" in wd[:-1]:
            p = wd.index("-")
            cands.append((wd[:p + 1], wd[p + 1:]))
        elif hyphenate:
            core = re.match(r"^([A-Za-z’']+)(.*)$", wd)
            if core:
                for a, b in HY.iterate(core.group(1)):
                    cands.append((a + "-", b + core.group(2)))
        for a, b in cands:
            if width(a, font, size) <= room and len(b.strip(".,;:")) >= 3:
                cur.append(a)
                lines.append((cur, True))
                words[i] = b
                cur = []
                avail = maxw
                done = True
                break
        if not done:
            if not cur:
                cur = [wd]
                i += 1
            lines.append((cur, False))
            cur = []
            avail = maxw
    if cur:
        lines.append((cur, False))
    return lines


class DL:
    """Display list: ops are painted in list order, so list order = content-stream order = .txt order."""

    def __init__(self, glyphwise=False):
        self.pages = [[]]
        self.glyphwise = glyphwise

    def new_page(self):
        self.pages.append([])

    def text(self, s, font, size, x, y, track=0.0):
        self.pages[-1].append(("text", s, font, size, x, y, track))

    def rect(self, x, y, w, h, rgb):
        self.pages[-1].append(("rect", x, y, w, h, rgb))

    def frame(self, x, y, w, h, lw, rgb):
        self.pages[-1].append(("frame", x, y, w, h, lw, rgb))

    def line(self, x1, y1, x2, y2, lw, rgb):
        self.pages[-1].append(("line", x1, y1, x2, y2, lw, rgb))

    def picture(self, x, y, w, h):
        """Grey box with diagonals; y = bottom."""
        self.rect(x, y, w, h, (0.78, 0.78, 0.78))
        self.line(x, y, x + w, y + h, 0.5, (0.6, 0.6, 0.6))
        self.line(x, y + h, x + w, y, 0.5, (0.6, 0.6, 0.6))

    def word(self, t, font, size, x, y):
        """Draw one word; a glued note mark ^n^ is drawn smaller and raised, glued to the word."""
        m = re.match(r"^(.*?)\^(\d+)\^(.*)$", t)
        if not m:
            self.text(t, font, size, x, y)
            return
        self.text(m.group(1), font, size, x, y)
        cx = x + width(m.group(1), font, size)
        self.text(m.group(2), font, size * 0.62, cx, y + size * 0.36)

    def set_line(self, words, font, size, x, y, w, justify, hyph=False):
        s = " ".join(words)
        marks = "^" in s
        if (not justify or len(words) < 2) and not marks:
            self.text(s, font, size, x, y)
            return
        natural = sum(width(t, font, size) for t in words)
        gap = (w - natural) / (len(words) - 1) if justify and len(words) > 1 else width(" ", font, size)
        cx = x
        for t in words:
            self.word(t, font, size, cx, y)
            cx += width(t, font, size) + gap


def paint(dl, doc, page_w, page_h, fonts):
    """Paint a display list with folio_pdf's absolute page API."""
    from folio_pdf import Color
    for ops in dl.pages:
        pg = doc.add_page()
        for op in ops:
            if op[0] == "text":
                _, s, font, size, x, y, track = op
                if dl.glyphwise or track:
                    cx = x
                    for ch, adv in zip(s, glyph_advances(s, font, size)):
                        if ch != " ":
                            pg.add_text(ch, fonts[font], size, round(cx, 3), y)
                        cx += adv + track
                else:
                    pg.add_text(s, fonts[font], size, x, y)
            elif op[0] == "rect":
                _, x, y, w, h, rgb = op
                pg.add_rect_filled(x, y, w, h, Color(*rgb))
            elif op[0] == "frame":
                _, x, y, w, h, lw, rgb = op
                pg.add_rect(x, y, w, h, lw, Color(*rgb))
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw, rgb = op
                pg.add_line(x1, y1, x2, y2, lw, Color(*rgb))


def std_fonts():
    from folio_pdf import Font
    from folio_pdf.enums import StandardPDFFont as S
    return {k: Font(S(k)) for k in AFM}


class Flow:
    """Flows blocks through columns given in reading order: each column is (page, x, ytop, ybottom, width)."""

    def __init__(self, dl, cols, on_page=None):
        self.dl, self.cols, self.on_page = dl, cols, on_page
        self.ci = 0
        self.y = cols[0][2]
        self.page = 0
        if on_page:
            on_page(0)

    @property
    def col(self):
        return self.cols[self.ci]

    def next_col(self):
        self.ci += 1
        c = self.col
        while self.page < c[0]:
            self.dl.new_page()
            self.page += 1
            if self.on_page:
                self.on_page(self.page)
        self.y = c[2]

    def need(self, h):
        if self.y - h < self.col[3]:
            self.next_col()

    def space(self, h):
        self.y -= h

    def block(self, h, draw):
        """draw(x, ytop, w) paints a block of height h."""
        self.need(h)
        _, x, _, _, w = self.col
        draw(x, self.y, w)
        self.y -= h

    def para(self, text, font, size, lead, indent=0.0, justify=True, space_after=0.0, hooks=None, hyph=True,
             prefix=None):
        """hooks: {line_index: callable(flow)} called after that many lines have been set.
        prefix: callable(x, baseline) drawing a run-in head before the first line (indent must leave room)."""
        w = self.col[4]
        lines = break_lines(text, font, size, w, indent, hyph)
        for i, (words, hy) in enumerate(lines):
            self.need(lead)
            _, x, _, _, cw = self.col
            if i == 0 and prefix:
                prefix(x, self.y - size)
            last = i == len(lines) - 1
            ind = indent if i == 0 else 0
            self.dl.set_line(words, font, size, x + ind, self.y - size, cw - ind, justify and not last)
            self.y -= lead
            if hooks and (i + 1) in hooks and not last:
                hooks[i + 1](self)
        self.y -= space_after
        return lines
