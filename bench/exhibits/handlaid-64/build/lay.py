"""My own line breaker and frame flow for the rustpdf pages of set 64.

Widths come from the hmtx tables of the very TrueType files that rustpdf embeds
(Liberation Serif / Sans / Mono), read with fontTools. Hyphenation by pyphen
(en_GB). Drawing is recorded per page as a list of operations and replayed by
paint() in recording order, so that the content-stream order is under control
(rustpdf can only draw on the newest page).
"""
import re
import pyphen
import rustpdf
from fontTools.ttLib import TTFont

FDIR = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "serif": "LiberationSerif-Regular.ttf",
    "serif-i": "LiberationSerif-Italic.ttf",
    "serif-b": "LiberationSerif-Bold.ttf",
    "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf",
    "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf",
    "mono": "LiberationMono-Regular.ttf",
}


class Metrics:
    def __init__(self):
        self.w = {}
        for k, f in FONTS.items():
            t = TTFont(FDIR + f)
            cmap = t.getBestCmap()
            hmtx = t["hmtx"]
            upm = t["head"].unitsPerEm
            self.w[k] = (cmap, hmtx, upm)

    def width(self, font, size, s):
        cmap, hmtx, upm = self.w[font]
        tot = 0
        for ch in s:
            g = cmap.get(ord(ch))
            if g is None:
                g = ".notdef"
            tot += hmtx[g][0]
        return tot * size / upm


M = Metrics()
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def hyph_points(word):
    """Possible (prefix, rest) splits of a word, longest prefix first."""
    m = re.match(r"^([A-Za-z\u00C0-\u017F]+)([,.;:]?)$", word)
    if not m:
        return []
    core, punct = m.group(1), m.group(2)
    if len(core) < 7 or (core[0].isupper() and len(core) < 9):
        return []
    out = []
    for pos in sorted(HY.positions(core), reverse=True):
        out.append((core[:pos] + "-", core[pos:] + punct))
    return out


class Style:
    def __init__(self, font, size, lead, color=(0, 0, 0), justify=False, indent=0.0, hyph=True):
        self.font, self.size, self.lead, self.color = font, size, lead, color
        self.justify, self.indent, self.hyph = justify, indent, hyph

    def sw(self):
        return M.width(self.font, self.size, " ")


def break_lines(words, style, widths):
    """Greedy breaker. widths(i) gives the width of line i. Returns list of (words, is_last)."""
    lines, cur, i = [], [], 0
    words = list(words)
    k = 0
    sw = style.sw()
    while k < len(words):
        w = words[k]
        avail = widths(len(lines)) - (style.indent if not lines else 0)
        trial = " ".join(cur + [w])
        if M.width(style.font, style.size, trial) <= avail:
            cur.append(w)
            k += 1
            continue
        # try hyphenation of w
        done = False
        if style.hyph:
            for pre, rest in hyph_points(w):
                t2 = " ".join(cur + [pre])
                if M.width(style.font, style.size, t2) <= avail:
                    cur.append(pre)
                    words[k] = rest
                    done = True
                    break
        if not cur and not done:
            cur.append(w)
            k += 1
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, size):
        self.size = size
        self.ops = []

    def text(self, font, size, x, y, s, color=(0, 0, 0), rot=0.0):
        self.ops.append(("text", font, size, x, y, s, color, rot))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.ops.append(("rect", x, y, w, h, fill, stroke, lw))

    def picture(self, x, y, w, h):
        """A grey box with a light cross (the 'picture')."""
        self.rect(x, y, w, h, fill=(0.74, 0.74, 0.74))
        self.rect(x + 4, y + 4, w - 8, h - 8, stroke=(0.86, 0.86, 0.86), lw=0.8)

    def hline(self, x0, x1, y, color=(0, 0, 0), lw=0.5):
        self.rect(x0, y - lw / 2, x1 - x0, lw, fill=color)

    def width(self, font, size, s):
        return M.width(font, size, s)

    def right(self, font, size, xr, y, s, color=(0, 0, 0)):
        self.text(font, size, xr - M.width(font, size, s), y, s, color)

    def centre(self, font, size, xc, y, s, color=(0, 0, 0)):
        self.text(font, size, xc - M.width(font, size, s) / 2, y, s, color)


class Frame:
    def __init__(self, page, x, ytop, w, ybot, on_enter=None, narrow=None):
        self.page, self.x, self.ytop, self.w, self.ybot = page, x, ytop, w, ybot
        self.on_enter = on_enter
        self.narrow = narrow  # function(y) -> (dx, width) or None


class Flow:
    """Fills frames in order with headings and paragraphs; logs crossings."""

    def __init__(self, frames):
        self.frames = frames
        self.fi = 0
        self.y = None
        self.log = []
        self._enter()

    @property
    def f(self):
        return self.frames[self.fi]

    def _enter(self):
        f = self.f
        self.y = f.ytop
        if f.on_enter:
            r = f.on_enter(self)
            if r is not None:
                self.y = r

    def next_frame(self, why=""):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError("flow overran its frames " + why)
        self._enter()

    def space(self, d):
        self.y -= d

    def need(self, h):
        if self.y - h < self.f.ybot:
            self.next_frame("need")

    def geom(self, y):
        f = self.f
        if f.narrow:
            r = f.narrow(y)
            if r:
                return f.x + r[0], r[1]
        return f.x, f.w

    def para(self, text, st, pid="", marks=None, first=True):
        """Set one paragraph. marks: list of (word, mark) -> raised mark after the word."""
        words = text.split()
        marks = dict(marks or [])
        frames_used = [self.fi]
        pending = words
        line_no = 0
        # break line by line so that width may change with frame / y
        sw = st.sw()
        while pending:
            if self.y - st.lead < self.f.ybot - 0.01:
                self.next_frame(pid)
                frames_used.append(self.fi)
            base = self.y - st.size  # baseline
            x0, w = self.geom(self.y)
            ind = st.indent if (line_no == 0 and first) else 0
            lines = break_lines(pending, st, lambda i: w - ind if i == 0 else w)
            ln = lines[0]
            # consumed words: reconstruct pending
            n = len(ln)
            rest = pending[n:]
            if ln[-1].endswith("-") and (n > len(pending) or pending[n - 1] != ln[-1]):
                # hyphenated: last piece is a prefix of pending[n-1]
                orig = pending[n - 1]
                rest = [orig[len(ln[-1]) - 1:]] + pending[n:]
            is_last = not rest
            self._draw_line(ln, st, x0 + ind, base, w - ind, is_last, marks)
            pending = rest
            self.y -= st.lead
            line_no += 1
        if len(set(frames_used)) > 1:
            self.log.append(f"{pid}: crosses frames {sorted(set(frames_used))}")
        return frames_used

    def _draw_line(self, ln, st, x, base, w, is_last, marks):
        pg = self.f.page
        if st.justify and not is_last and len(ln) > 1:
            tot = sum(M.width(st.font, st.size, t) for t in ln)
            gap = (w - tot) / (len(ln) - 1)
            cx = x
            for t in ln:
                pg.text(st.font, st.size, cx, base, t, st.color)
                ww = M.width(st.font, st.size, t)
                if t in marks:
                    pg.text(st.font, st.size * 0.62, cx + ww + 0.3, base + st.size * 0.38, marks.pop(t), st.color)
                cx += ww + gap
        else:
            s = " ".join(ln)
            hit = [t for t in ln if t in marks]
            if not hit:
                pg.text(st.font, st.size, x, base, s, st.color)
            else:
                cx = x
                segs = []
                buf = []
                for t in ln:
                    buf.append(t)
                    if t in marks:
                        segs.append((" ".join(buf), marks.pop(t)))
                        buf = []
                if buf:
                    segs.append((" ".join(buf), None))
                for s2, mk in segs:
                    pg.text(st.font, st.size, cx, base, s2, st.color)
                    cx += M.width(st.font, st.size, s2)
                    if mk:
                        pg.text(st.font, st.size * 0.62, cx + 0.3, base + st.size * 0.38, mk, st.color)
                        cx += M.width(st.font, st.size * 0.62, mk) + 0.3
                    cx += st.sw()


def set_block(page, text, st, x, ytop, w):
    """Set a paragraph in a fixed box (no flow); returns the y below it."""
    lines = break_lines(text.split(), st, lambda i: w - (st.indent if i == 0 else 0))
    y = ytop
    for i, ln in enumerate(lines):
        base = y - st.size
        ind = st.indent if i == 0 else 0
        last = i == len(lines) - 1
        if st.justify and not last and len(ln) > 1:
            tot = sum(M.width(st.font, st.size, t) for t in ln)
            gap = (w - ind - tot) / (len(ln) - 1)
            cx = x + ind
            for t in ln:
                page.text(st.font, st.size, cx, base, t, st.color)
                cx += M.width(st.font, st.size, t) + gap
        else:
            page.text(st.font, st.size, x + ind, base, " ".join(ln), st.color)
        y -= st.lead
    return y


def block_height(text, st, w):
    return len(break_lines(text.split(), st, lambda i: w - (st.indent if i == 0 else 0))) * st.lead


def paint(pages, path, title, creator):
    """Two passes, both rustpdf. Document draws the pages and all filled/stroked
    shapes (they lie under the text). rustpdf's Document.show_text always sets
    black (it writes `0 0 0 rg` inside BT), so every piece of text is then placed
    with EditableDoc.place_text (colour, embedded font) in my recording order;
    each call appends its own content stream to the page."""
    with rustpdf.Document() as d:
        d.set_info(title=title, creator=creator)
        for pg in pages:
            d.add_page(pg.size)
            for op in pg.ops:
                if op[0] != "rect":
                    continue
                _, x, y, w, h, fill, stroke, lw = op
                if fill is not None:
                    d.set_fill_rgb(*fill)
                    d.rect(x, y, w, h)
                    d.fill()
                if stroke is not None:
                    d.set_stroke_rgb(*stroke)
                    d.set_line_width(lw)
                    d.rect(x, y, w, h)
                    d.stroke()
        data = d.to_bytes()
    used = sorted({op[1] for pg in pages for op in pg.ops if op[0] == "text"})
    with rustpdf.EditableDoc.load(data) as e:
        fid = {k: e.add_font_file(FDIR + FONTS[k]) for k in used}
        for pi, pg in enumerate(pages):
            for op in pg.ops:
                if op[0] == "text":
                    _, font, size, x, y, s, col = op[:7]
                    rot = op[7] if len(op) > 7 else 0.0
                    ok = e.place_text(pi, x, y, s, size=size, color=tuple(float(c) for c in col),
                                      rotation_deg=rot, font_id=fid[font])
                    assert ok
        e.set_info("Title", title)
        e.set_info("Creator", creator)
        e.save(path)
