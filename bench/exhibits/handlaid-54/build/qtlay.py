"""Small layout helper over Qt 6 (PySide6): QPdfWriter + QPainter, lines broken by Qt's QTextLayout
(justified where asked), hyphenation points from pyphen inserted as soft hyphens (U+00AD), which Qt
turns into a visible hyphen only where it breaks a line."""
import os, re, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import (QGuiApplication, QPdfWriter, QPainter, QFont, QTextLayout, QTextOption, QPageSize,
                           QColor, QPen, QBrush, QTextCharFormat)
from PySide6.QtCore import QPointF, QRectF, QMarginsF, QSizeF, Qt
import pyphen

APP = QGuiApplication.instance() or QGuiApplication(sys.argv)
RES = 300
HYPH = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def mm(v):
    return v * RES / 25.4


def hyphenate(text):
    return re.sub(r"[A-Za-zÀ-ÿ’]{7,}", lambda m: HYPH.inserted(m.group(0), hyphen="\u00ad"), text)


class St:
    def __init__(self, family="Liberation Serif", size=10, bold=False, italic=False, color="#000000",
                 align="justify", lead=1.25, before=0, after=0, hyph=True, indent=0, caps=False, spacing=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    def font(self):
        f = QFont(self.family)
        f.setPointSizeF(self.size)
        f.setBold(self.bold)
        f.setItalic(self.italic)
        if self.caps:
            f.setCapitalization(QFont.SmallCaps)
        if self.spacing:
            f.setLetterSpacing(QFont.AbsoluteSpacing, self.spacing * RES / 72)
        return f

    def with_(self, **kw):
        d = dict(self.__dict__)
        d.update(kw)
        return St(**d)


ALIGN = {"justify": Qt.AlignJustify, "left": Qt.AlignLeft, "center": Qt.AlignHCenter, "right": Qt.AlignRight}


class Doc:
    def __init__(self, path, w_mm, h_mm, title, creator):
        self.path = path
        self.w, self.h = w_mm, h_mm
        self.wr = QPdfWriter(path)
        self.wr.setResolution(RES)
        self.wr.setPageSize(QPageSize(QSizeF(w_mm, h_mm), QPageSize.Millimeter, "", QPageSize.ExactMatch))
        self.wr.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.wr.setTitle(title)
        self.wr.setCreator(creator)
        self.pages = {}
        self.keep = []

    def op(self, page, group, fn):
        self.pages.setdefault(page, []).append((group, len(self.pages.get(page, [])), fn))

    # ---- line breaking ------------------------------------------------
    def lines(self, text, st, width_mm, sup=None):
        t = hyphenate(text) if st.hyph else text
        lay = QTextLayout(t, st.font(), self.wr)
        opt = QTextOption(ALIGN[st.align])
        opt.setWrapMode(QTextOption.WordWrap)
        lay.setTextOption(opt)
        if sup:  # characters to set as superscript
            rngs = []
            for ch in sup:
                i = t.find(ch)
                if i >= 0:
                    r = QTextLayout.FormatRange()
                    r.start, r.length = i, 1
                    fmt = QTextCharFormat()
                    fmt.setVerticalAlignment(QTextCharFormat.AlignSuperScript)
                    r.format = fmt
                    rngs.append(r)
            lay.setFormats(rngs)
        lay.beginLayout()
        out = []
        first = True
        while True:
            ln = lay.createLine()
            if not ln.isValid():
                break
            ind = st.indent if first else 0
            ln.setLineWidth(mm(width_mm - ind))
            ln.setPosition(QPointF(0, 0))
            out.append((ln, ind))
            first = False
        lay.endLayout()
        self.keep.append(lay)
        return out

    def lead(self, st):
        return st.size * st.lead * 25.4 / 72

    def text_at(self, page, group, x, y, width, text, st, rot=None):
        """Lay out `text` in a box at (x, y) mm (top); returns the new y."""
        ls = self.lines(text, st, width)
        y += st.before
        for ln, ind in ls:
            self._line(page, group, ln, x + ind, y, st, rot)
            y += self.lead(st)
        return y + st.after

    def _line(self, page, group, ln, x, y, st, rot):
        col = QColor(st.color)
        lead = self.lead(st)

        def fn(p, ln=ln, x=x, y=y):
            p.save()
            if rot:
                rot(p)
            p.setPen(col)
            asc = ln.ascent()
            # baseline at y + 0.8 * lead
            ln.draw(p, QPointF(mm(x), mm(y + 0.78 * lead) - asc))
            p.restore()
        self.op(page, group, fn)

    def rect(self, page, group, x, y, w, h, fill="#bdbdbd", stroke=None, rot=None, dash=False, width=0.3):
        def fn(p):
            p.save()
            if rot:
                rot(p)
            if stroke:
                pen = QPen(QColor(stroke))
                pen.setWidthF(mm(width))
                if dash:
                    pen.setStyle(Qt.DashLine)
                p.setPen(pen)
            else:
                p.setPen(Qt.NoPen)
            p.setBrush(QBrush(QColor(fill)) if fill else Qt.NoBrush)
            p.drawRect(QRectF(mm(x), mm(y), mm(w), mm(h)))
            p.restore()
        self.op(page, group, fn)

    def hline(self, page, group, x1, y, x2, color="#000000", width=0.3, dash=False, rot=None):
        def fn(p):
            p.save()
            if rot:
                rot(p)
            pen = QPen(QColor(color))
            pen.setWidthF(mm(width))
            if dash:
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(mm(x1), mm(y)), QPointF(mm(x2), mm(y)))
            p.restore()
        self.op(page, group, fn)

    def vline(self, page, group, x, y1, y2, color="#000000", width=0.3, dash=False):
        def fn(p):
            pen = QPen(QColor(color))
            pen.setWidthF(mm(width))
            if dash:
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(mm(x), mm(y1)), QPointF(mm(x), mm(y2)))
        self.op(page, group, fn)

    def render(self):
        p = QPainter(self.wr)
        for i, pg in enumerate(sorted(self.pages)):
            if i:
                self.wr.newPage()
            for _, _, fn in sorted(self.pages[pg], key=lambda t: (t[0], t[1])):
                fn(p)
        p.end()


class Flow:
    """Pours blocks through a chain of frames (page, x, y, w, h, group, rot)."""

    def __init__(self, doc, frames):
        self.doc, self.frames = doc, frames
        self.fi, self.y = 0, frames[0]["y"]
        self.log = []

    @property
    def fr(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError("flow overflow %r" % (self.log,))
        self.y = self.fr["y"]

    def room(self):
        return self.fr["y"] + self.fr["h"] - self.y

    def para(self, text, st, tag=None, sup=None, keep_with_next=0):
        ls = self.doc.lines(text, st, self.fr["w"], sup=sup)
        lead = self.doc.lead(st)
        if self.y > self.fr["y"]:
            self.y += st.before
        need = lead * (len(ls) if keep_with_next else 1) + keep_with_next
        if self.room() < need - 0.01:
            self.next_frame()
        for i, (ln, ind) in enumerate(ls):
            if self.room() < lead - 0.01:
                self.log.append((tag, i, "frame %d->%d" % (self.fi, self.fi + 1)))
                self.next_frame()
            f = self.fr
            self.doc._line(f["page"], f.get("group", 5), ln, f["x"] + ind, self.y, st, f.get("rot"))
            self.y += lead
        self.y += st.after

    def box(self, h, draw, gap_before=0, gap_after=0):
        """A fixed-height item; draw(page, group, x, y, w, rot)."""
        if self.y > self.fr["y"]:
            self.y += gap_before
        if self.room() < h:
            self.next_frame()
        f = self.fr
        draw(f["page"], f.get("group", 5), f["x"], self.y, f["w"], f.get("rot"))
        self.y += h + gap_after

    def colbreak(self):
        self.next_frame()


def rot180(px, py, pw, ph):
    def fn(p):
        p.translate(mm(px + pw), mm(py + ph))
        p.rotate(180)
    return fn
