"""Display lists painted with Lpdf (lpdfio-lpdf): one section per page, one layer, items in list order."""
import os, subprocess
from lpdf import (L, NoAttr, DocumentAttr, DocumentAssets, DocumentMeta, FontAttr, SectionAttr, LayerAttr,
                  TextAtAttr, RectAttr, LineAttr)
from lib import LIB, FONT_FILES, width, break_lines, strip_marks

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["PATH"] = os.path.join(HERE, "bin") + os.pathsep + os.environ["PATH"]

def pt(v):
    return f"{v:.2f}pt"

class Page:
    def __init__(self, w, h):
        self.w, self.h, self.items = w, h, []
    def text(self, x, y, s, font="serif", size=10, color=None):
        a = dict(x=pt(x), y=pt(y), font=font, font_size=pt(size))
        if color: a["color"] = color
        self.items.append(L.text_at(TextAtAttr(**a), [s]))
    def rect(self, x, y, w, h, fill=None, stroke=None, sw=None):
        a = dict(x=pt(x), y=pt(y), width=pt(w), height=pt(h))
        if fill: a["fill"] = fill
        if stroke: a["stroke"] = stroke; a["stroke_width"] = pt(sw or 0.6)
        self.items.append(L.rect(RectAttr(**a)))
    def line(self, x1, y1, x2, y2, color="#000000", sw=0.6):
        self.items.append(L.line(LineAttr(x1=pt(x1), y1=pt(y1), x2=pt(x2), y2=pt(y2), stroke=color, stroke_width=pt(sw))))
    def picture(self, x, y, w, h):
        self.rect(x, y, w, h, fill="#c8c8c8")
        self.line(x, y, x + w, y + h, "#a0a0a0", 0.5); self.line(x, y + h, x + w, y, "#a0a0a0", 0.5)

    def para(self, x, y, w, text, font="serif", size=10, lead=None, justify=False, first_indent=0.0,
             color=None, mark_font=None, max_y=None, widths=None, xoffs=None):
        """Set a paragraph from top y; returns (y_after, rest_text). Stops when max_y reached; rest = unset words."""
        lead = lead or size * 1.25
        lines = break_lines(text, font, size, w, first_indent, widths=widths)
        for k, (ln, last, ws) in enumerate(lines):
            if max_y is not None and y + lead > max_y:
                rest = " ".join(" ".join(l[2]) for l in lines[k:])
                return y, rest
            lx = x + (first_indent if k == 0 else 0) + (xoffs[k] if xoffs and k < len(xoffs) else 0)
            lw = (widths[k] if widths and k < len(widths) else w - (first_indent if k == 0 else 0))
            self.line_words(lx, y, ws, font, size, color, lw if (justify and not last) else None)
            y += lead
        return y, ""

    def line_words(self, x, y, ws, font, size, color, just_w):
        clean = [strip_marks(t) for t in ws]
        has_marks = any("^" in t for t in ws)
        if just_w is None and not has_marks:
            self.text(x, y, " ".join(clean), font, size, color); return
        natural = sum(width(t, font, size) for t in clean)
        gap = width(" ", font, size)
        if just_w is not None and len(ws) > 1:
            gap = (just_w - natural) / (len(ws) - 1)
        cx = x
        for t, c in zip(ws, clean):
            self.text(cx, y, c, font, size, color)
            cx += width(c, font, size)
            if "^" in t:
                n = t.split("^")[1]
                self.text(cx + 0.3, y - size * 0.3, n, font, size * 0.6, color)
                cx += width(n, font, size * 0.6) + 0.3
            cx += gap

def render(pages, path, title, creator="Hand-laid set r34 (Lpdf painter, build/paint.py)", size=None):
    fonts = [FontAttr(name=n, src=LIB + f) for n, f in FONT_FILES.items()]
    secs = []
    for p in pages:
        secs.append(L.section(SectionAttr(size=f"{p.w:.2f}pt {p.h:.2f}pt"), [L.layer(NoAttr, p.items)]))
    doc = L.document(DocumentAttr(assets=DocumentAssets(fonts=fonts), meta=DocumentMeta(title=title, creator=creator)), secs)
    pdf = L.engine().render(doc)
    open(path, "wb").write(pdf)
    txt = path[:-4] + ".txt"
    subprocess.run(["pdftotext", "-raw", path, txt], check=True)

class Flow:
    """Pours lines through frames (page, x, top, bottom, width); all frames of one flow share a width."""
    def __init__(self, frames, on_enter=None):
        self.frames, self.k = frames, 0
        self.on_enter = on_enter or {}
        self.y = frames[0][2]
        self.marks = {}   # note number -> page object
        self._enter(0)
    def _enter(self, k):
        self.k = k
        f = self.frames[k]
        self.y = f[2]
        if k in self.on_enter:
            self.y = self.on_enter[k](self, f) or self.y
    @property
    def f(self):
        return self.frames[self.k]
    def next(self):
        self._enter(self.k + 1)
    def room(self, h):
        if self.y + h > self.f[3]:
            self.next()
    def para(self, text, font="serif", size=10, lead=None, justify=True, indent=0.0, color=None, after=4):
        lead = lead or size * 1.25
        page, x, top, bot, w = self.f
        lines = break_lines(text, font, size, w, indent)
        for i, (ln, last, ws) in enumerate(lines):
            if self.y + lead > self.f[3]:
                self.next()
            page, x, top, bot, w = self.f
            lx = x + (indent if i == 0 else 0)
            lw = w - (indent if i == 0 else 0)
            page.line_words(lx, self.y, ws, font, size, color, lw if (justify and not last) else None)
            for t in ws:
                if "^" in t:
                    self.marks[int(t.split("^")[1])] = page
            self.y += lead
        self.y += after
