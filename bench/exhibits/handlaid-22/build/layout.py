# My own line breaker and column flow. Measures with the Liberation fonts (metric-compatible with Times and
# Helvetica), hyphenates with pyphen (en_GB). Output: a list of drawing operations, painted in order by each producer.
import pyphen
from fontTools.ttLib import TTFont

FDIR = "/usr/share/fonts/truetype/liberation/"
FILES = {"serif": "LiberationSerif-Regular", "serif-b": "LiberationSerif-Bold", "serif-i": "LiberationSerif-Italic",
         "serif-bi": "LiberationSerif-BoldItalic", "sans": "LiberationSans-Regular", "sans-b": "LiberationSans-Bold",
         "sans-i": "LiberationSans-Italic", "sans-bi": "LiberationSans-BoldItalic"}
BASE14 = {"serif": "Times-Roman", "serif-b": "Times-Bold", "serif-i": "Times-Italic", "serif-bi": "Times-BoldItalic",
          "sans": "Helvetica", "sans-b": "Helvetica-Bold", "sans-i": "Helvetica-Oblique",
          "sans-bi": "Helvetica-BoldOblique"}
_M = {}
HY = pyphen.Pyphen(lang="en_GB")


def _metrics(key):
    if key not in _M:
        f = TTFont(FDIR + FILES[key] + ".ttf")
        _M[key] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _M[key]


def width(s, key, size):
    cmap, hmtx, upm = _metrics(key)
    return sum(hmtx[cmap.get(ord(c), ".notdef")][0] for c in s) * size / upm


def _split_options(word):
    """Possible (head-with-hyphen, tail) splits, longest head first."""
    opts = []
    if "-" in word.strip("-"):
        for i, c in enumerate(word):
            if c == "-" and 0 < i < len(word) - 1:
                opts.append((word[:i + 1], word[i + 1:]))
        return opts[::-1]
    core = word.rstrip(".,;:!?”’)")
    if len(core) < 6 or any(ch.isdigit() for ch in core) or not core.isalpha():
        lead = len(core) - len(core.lstrip("“‘("))
        inner = core[lead:]
        if len(inner) < 6 or not inner.isalpha():
            return []
    lead = len(core) - len(core.lstrip("“‘("))
    inner = core[lead:]
    for pos in sorted(HY.positions(inner), reverse=True):
        if pos < 2 or len(inner) - pos < 3:
            continue
        opts.append((word[:lead + pos] + "-", word[lead + pos:]))
    return opts


class Page:
    def __init__(self, idx, w, h):
        self.idx, self.w, self.h = idx, w, h


class Doc:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []
        self.npages = 0

    def new_page(self):
        self.npages += 1
        self.ops.append(["page", self.npages - 1, self.w, self.h])
        return self.npages - 1

    def text(self, x, y, s, font, size, grey=0.0, color=None):
        self.ops.append(["text", x, y, s, font, size, color or [grey, grey, grey]])

    def rect(self, x, y, w, h, color):
        self.ops.append(["rect", x, y, w, h, color])

    def line(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0)):
        self.ops.append(["line", x1, y1, x2, y2, lw, list(color)])


def break_tokens(tokens, wfirst, wrest, size, hyphenate=True):
    """tokens: list of (word, font). Returns lines: list of list of (word, font)."""
    lines, cur, curw = [], [], 0.0
    toks = list(tokens)
    i = 0
    while i < len(toks):
        word, font = toks[i]
        avail = wfirst if not lines else wrest
        sp = width(" ", font, size) if cur else 0
        ww = width(word, font, size)
        if curw + sp + ww <= avail or not cur and ww > avail:
            cur.append((word, font)); curw += sp + ww; i += 1
            continue
        done = False
        if hyphenate and cur is not None:
            for head, tail in _split_options(word):
                if curw + sp + width(head, font, size) <= avail:
                    cur.append((head, font))
                    toks[i] = (tail, font)
                    done = True
                    break
        lines.append(cur); cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def draw_line(doc, line, x, y, avail, size, justify, last, color=None):
    if not line:
        return
    if justify and not last and len(line) > 1:
        tw = sum(width(w, f, size) for w, f in line)
        gap = (avail - tw) / (len(line) - 1)
        xx = x
        for w, f in line:
            doc.text(xx, y, w, f, size, color=color)
            xx += width(w, f, size) + gap
    else:
        # group runs of one font
        xx = x
        run, rf = [], None
        for w, f in line:
            if rf is not None and f != rf:
                s = " ".join(run)
                doc.text(xx, y, s, rf, size, color=color)
                xx += width(s, rf, size) + width(" ", rf, size)
                run = []
            run.append(w); rf = f
        doc.text(xx, y, " ".join(run), rf, size, color=color)


class Flow:
    """Flows blocks through frames [(page, x, top, bottom, width)]. Calls on_frame(frame_index) when entering one."""

    def __init__(self, doc, frames, on_frame=None):
        self.doc, self.frames, self.on_frame = doc, frames, on_frame
        self.fi = -1
        self.next_frame()

    def next_frame(self):
        self.fi += 1
        if self.on_frame:
            self.on_frame(self.fi)
        f = self.frames[self.fi]
        self.page, self.x, self.top, self.bottom, self.w = f
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom and self.y != self.top:
            self.next_frame()

    def space(self, h):
        if self.y != self.top:
            self.y -= h

    def para(self, text, font="serif", size=10, lead=13, justify=True, indent=0, after=4, tokens=None,
             hyphenate=True, color=None):
        toks = tokens or [(w, font) for w in text.split()]
        lines = break_tokens(toks, self.w - indent, self.w, size, hyphenate)
        for k, ln in enumerate(lines):
            if self.y - lead < self.bottom:
                self.next_frame()
            self.y -= lead
            ind = indent if k == 0 else 0
            draw_line(self.doc, ln, self.x + ind, self.y, self.w - ind, size, justify, k == len(lines) - 1, color)
        self.y -= after

    def box(self, h, color=(0.75, 0.75, 0.75), after=4, wfrac=1.0, align="left"):
        self.need(h)
        bw = self.w * wfrac
        bx = self.x if align == "left" else self.x + self.w - bw
        self.y -= h
        self.doc.rect(bx, self.y, bw, h, list(color))
        self.y -= after
        return bx, bw

    def rule(self, after=4, lw=0.6, color=(0, 0, 0)):
        self.y -= 2
        self.doc.line(self.x, self.y, self.x + self.w, self.y, lw, color)
        self.y -= after


def caption_tokens(pos, text, font="sans", bold="sans-b"):
    toks = [(pos + ":", bold)] if pos else []
    return toks + [(w, font) for w in text.split()]


def caption_block(fl, cap, size=8, lead=10, box_h=90, side=None, color=None, credit_font="sans-i"):
    """side: 'above' = picture drawn above the caption; 'below' = picture under caption; 'right'/'left' = picture
    beside the caption (caption in the other half)."""
    doc = fl.doc
    toks = caption_tokens(cap["position"], cap["text"])
    if side in ("right", "left"):
        cw = fl.w * 0.46
        lines = break_tokens(toks, cw, cw, size, False)
        h = max(box_h, lead * len(lines)) + lead + 4
        fl.need(h + 6)
        top = fl.y - 2
        cx = fl.x if side == "right" else fl.x + fl.w - cw
        bx = fl.x + cw + 8 if side == "right" else fl.x
        y = top
        for ln in lines:
            y -= lead
            draw_line(doc, ln, cx, y, cw, size, False, True)
        doc.rect(bx, top - box_h, fl.w - cw - 8, box_h, [0.72, 0.72, 0.72])
        y = min(y, top - box_h) - lead
        doc.text(fl.x, y, cap["credit"], credit_font, size - 1, grey=0.35)
        fl.y = y - 8
        return
    lines = break_tokens(toks, fl.w, fl.w, size, False)
    h = box_h + 4 + lead * (len(lines) + 1)
    fl.need(h + 6)
    if side == "above":
        fl.box(box_h, (0.72, 0.72, 0.72), after=2)
    for ln in lines:
        fl.y -= lead
        draw_line(doc, ln, fl.x, fl.y, fl.w, size, False, True)
    fl.y -= lead
    doc.text(fl.x, fl.y, cap["credit"], credit_font, size - 1, grey=0.35)
    fl.y -= 4
    if side == "below":
        fl.box(box_h, (0.72, 0.72, 0.72), after=2)
    fl.y -= 6


def sidebar_block(fl, sb, tint=(0.9, 0.93, 0.97), tfont="sans-b", font="sans", size=9, lead=11.5, pad=8):
    inner = fl.w - 2 * pad
    plines = [break_tokens([(w, font) for w in p.split()], inner, inner, size) for p in sb["paras"]]
    tl = break_tokens([(w, tfont) for w in sb["title"].split()], inner, inner, size + 3, False)
    h = pad * 2 + len(tl) * (lead + 3) + sum(len(x) for x in plines) * lead + 4 * len(plines)
    fl.need(h + 8)
    fl.y -= 6
    fl.doc.rect(fl.x, fl.y - h, fl.w, h, list(tint))
    y = fl.y - pad
    for ln in tl:
        y -= lead + 3
        draw_line(fl.doc, ln, fl.x + pad, y, inner, size + 3, False, True)
    y -= 2
    for pl in plines:
        for k, ln in enumerate(pl):
            y -= lead
            draw_line(fl.doc, ln, fl.x + pad, y, inner, size, True, k == len(pl) - 1)
        y -= 4
    fl.y -= h + 8


def pullquote_block(fl, text, font="serif-bi", size=15, lead=18, color=(0.7, 0.1, 0.1)):
    lines = break_tokens([(w, font) for w in text.split()], fl.w - 10, fl.w - 10, size, False)
    fl.need(len(lines) * lead + 20)
    fl.y -= 4
    fl.rule(after=2, lw=1.2, color=color)
    for ln in lines:
        fl.y -= lead
        draw_line(fl.doc, ln, fl.x + 5, fl.y, fl.w - 10, size, False, True, list(color))
    fl.y -= 6
    fl.rule(after=8, lw=1.2, color=color)


def split_para(paras, at):
    """Split paragraph at=(i, k) after word k; returns list of (text, is_continuation) and index of split."""
    out = []
    for i, p in enumerate(paras):
        if at and i == at[0]:
            w = p.split()
            out.append((" ".join(w[:at[1]]), False, True))
            out.append((" ".join(w[at[1]:]), True, False))
        else:
            out.append((p, False, False))
    return out


def page_of(doc, needle):
    page = -1
    for op in doc.ops:
        if op[0] == "page":
            page = op[1]
        elif op[0] == "text" and needle in op[3]:
            return page
    return None


def append_to_page(doc, page, newops):
    """Insert ops at the end of the given page's ops."""
    seen = -1
    for i, op in enumerate(doc.ops):
        if op[0] == "page":
            seen = op[1]
            if seen == page + 1:
                doc.ops[i:i] = newops
                return
    doc.ops.extend(newops)
