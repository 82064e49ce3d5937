"""Own layout for the set-66 PDFs: metrics from the Liberation TTFs (fontTools hmtx + kern table, as FreeType
applies them in matplotlib), a greedy breaker with pyphen hyphenation, frames that flow across columns/pages,
and a page recorder whose every item is written by matplotlib's PDF backend (Figure.text / Rectangle) in my order
(each item gets its own increasing zorder, so the content stream follows my order)."""
import re
import matplotlib
matplotlib.use("pdf")
matplotlib.rcParams["pdf.fonttype"] = 42
matplotlib.rcParams["text.parse_math"] = False
matplotlib.rcParams["pdf.compression"] = 6
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.font_manager import FontProperties
from matplotlib.backends.backend_pdf import PdfPages
from fontTools.ttLib import TTFont
import pyphen

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {"serif": "LiberationSerif-Regular.ttf", "serif-i": "LiberationSerif-Italic.ttf",
         "serif-b": "LiberationSerif-Bold.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
         "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
         "sans-i": "LiberationSans-Italic.ttf", "mono": "LiberationMono-Regular.ttf"}
_M = {}
DIC = pyphen.Pyphen(lang="en_GB", left=3, right=3)
LOG = []


class Metrics:
    def __init__(self, fname):
        f = TTFont(LIB + fname)
        self.upm = f["head"].unitsPerEm
        self.cmap = f.getBestCmap()
        self.hmtx = f["hmtx"].metrics
        self.kern = {}
        if "kern" in f:
            for t in f["kern"].kernTables:
                if getattr(t, "format", 0) == 0:
                    self.kern.update(t.kernTable)
        self.prop = FontProperties(fname=LIB + fname)

    def width(self, s, size):
        w = 0; prev = None
        for ch in s:
            g = self.cmap.get(ord(ch), ".notdef")
            w += self.hmtx.get(g, (0, 0))[0]
            if prev is not None:
                w += self.kern.get((prev, g), 0)
            prev = g
        return w * size / self.upm


def M(font):
    if font not in _M:
        _M[font] = Metrics(FONTS[font])
    return _M[font]


def W(s, font, size):
    return M(font).width(s, size)


# ------------------------------------------------------------------ pages
class Doc:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.pages = []
        self.z = 0

    def page(self):
        self.pages.append([])
        return len(self.pages) - 1

    def _z(self):
        self.z += 1
        return self.z

    def text(self, p, x, y, s, font="serif", size=10, color="black", rot=0, ha="left"):
        """y measured from the TOP of the page (baseline)."""
        self.pages[p].append(("t", x, y, s, font, size, color, rot, ha, self._z()))

    def rect(self, p, x, y, w, h, fill="#b9b9b9", stroke=None, lw=0.6):
        """x, y = top-left corner, from the top of the page."""
        self.pages[p].append(("r", x, y, w, h, fill, stroke, lw, self._z()))

    def picture(self, p, x, y, w, h):
        self.rect(p, x, y, w, h, fill="#b3b3b3")
        self.rect(p, x + 6, y + 6, w - 12, h - 12, fill=None, stroke="#d9d9d9", lw=1.0)

    def save(self, path, title, subject):
        with PdfPages(path, metadata={"Title": title, "Subject": subject, "Author": "Exhibit set 66",
                                      "Creator": "mk_pdf.py (set 66) with matplotlib"}) as pdf:
            for items in self.pages:
                fig = Figure(figsize=(self.w / 72, self.h / 72), dpi=72)
                for it in items:
                    if it[0] == "t":
                        _, x, y, s, font, size, color, rot, ha, z = it
                        fig.text(x / self.w, 1 - y / self.h, s, fontproperties=M(font).prop, size=size,
                                 color=color, ha=ha, va="baseline", rotation=rot, rotation_mode="anchor", zorder=z)
                    else:
                        _, x, y, w, h, fill, stroke, lw, z = it
                        fig.add_artist(Rectangle((x / self.w, 1 - (y + h) / self.h), w / self.w, h / self.h,
                                                 transform=fig.transFigure, facecolor=fill or "none",
                                                 edgecolor=stroke or "none", linewidth=lw if stroke else 0,
                                                 zorder=z))
                pdf.savefig(fig, dpi=72)


# ------------------------------------------------------------------ breaking
MARK = re.compile(r"\^(\S+)$")   # "word^1" -> superscript mark after word


def can_hyph(word):
    core = word.strip(".,;:!?“”‘’()")
    if len(core) < 7 or any(c.isdigit() for c in core) or "’" in core or "'" in core or "-" in core or "^" in word:
        return False
    if core[0].isupper() and len(core) < 9:
        return False
    return True


def tok_width(t, font, size):
    m = MARK.search(t)
    if m:
        return W(t[:m.start()], font, size) + W(m.group(1), font, size * 0.62)
    return W(t, font, size)


def break_lines(tokens, font, size, width, indent=0.0, hyph=True):
    """Greedy: returns list of (tokens_on_line, rest_tokens_after) with hyphen splits as new tokens."""
    sp = W(" ", font, size)
    lines = []
    toks = list(tokens)
    first = True
    while toks:
        avail = width - (indent if first else 0)
        line = []; lw = 0
        while toks:
            t = toks[0]
            tw = tok_width(t, font, size)
            need = tw + (sp if line else 0)
            if lw + need <= avail + 0.01:
                line.append(toks.pop(0)); lw += need
                continue
            # try hyphenating
            if hyph and can_hyph(t) and line is not None:
                best = None
                for a, b in DIC.iterate(t):
                    aw = W(a + "-", font, size) + (sp if line else 0)
                    if lw + aw <= avail + 0.01:
                        best = (a, b); break
                if best:
                    line.append(best[0] + "-"); toks[0] = best[1]
            if not line:   # overlong token
                line.append(toks.pop(0))
            break
        lines.append((line, list(toks)))
        first = False
    return lines


class Frame:
    def __init__(self, page, x, top, w, bottom, name="", on_enter=None):
        self.page, self.x, self.top, self.w, self.bottom, self.name = page, x, top, w, bottom, name
        self.on_enter = on_enter


class Flow:
    def __init__(self, doc, frames):
        self.doc = doc
        self.frames = frames
        self.i = 0
        self.y = frames[0].top
        self.entered = {0}
        if frames[0].on_enter:
            frames[0].on_enter(self)

    @property
    def f(self):
        return self.frames[self.i]

    def next_frame(self):
        self.i += 1
        self.y = self.f.top
        if self.i not in self.entered:
            self.entered.add(self.i)
            if self.f.on_enter:
                self.f.on_enter(self)

    def space(self, h):
        self.y += h

    def ensure(self, h):
        if self.y + h > self.f.bottom:
            self.next_frame()

    def para(self, text, font="serif", size=10, lead=13, justify=True, indent=0.0, color="black",
             hyph=True, tag="", hooks=None, after=0, mark_cb=None):
        """hooks: {line_index: callable(flow)} run after that many lines have been set."""
        tokens = text.split()
        first = True
        n = 0
        frames_used = []
        while tokens:
            if self.y + lead > self.f.bottom + 0.01:
                self.next_frame()
            frames_used.append(self.f.name)
            lines = break_lines(tokens, font, size, self.f.w, indent if first else 0, hyph)
            # place as many as fit
            placed = 0
            for li, (line, rest) in enumerate(lines):
                if self.y + lead > self.f.bottom + 0.01:
                    break
                self.y += lead
                x0 = self.f.x + (indent if first and li == 0 else 0)
                avail = self.f.w - (indent if first and li == 0 else 0)
                last = not rest
                self._set(line, x0, self.y - (lead - size) * 0.25 - 0.0, avail, font, size, color,
                          justify and not last, mark_cb)
                placed += 1
                n += 1
                tokens = rest
                if hooks and n in hooks:
                    hooks.pop(n)(self)
                    break   # re-break the rest (frame/width may have changed)
            first = first and placed == 0
            if placed == 0 and tokens:
                self.next_frame()
        self.y += after
        if len(set(frames_used)) > 1 or (hooks is not None and tag.endswith("*")):
            LOG.append(f"{tag}: crosses {' -> '.join(dict.fromkeys(frames_used))}")

    def _set(self, line, x, y, avail, font, size, color, justify, mark_cb):
        d = self.doc; p = self.f.page
        widths = [tok_width(t, font, size) for t in line]
        if justify and len(line) > 1:
            gap = (avail - sum(widths)) / (len(line) - 1)
        else:
            gap = W(" ", font, size)
        cx = x
        for t, tw in zip(line, widths):
            m = MARK.search(t)
            if m:
                base = t[:m.start()]
                d.text(p, cx, y, base, font, size, color)
                bw = W(base, font, size)
                d.text(p, cx + bw, y - size * 0.38, m.group(1), font, size * 0.62, color)
                if mark_cb:
                    mark_cb(self, m.group(1), y)
            else:
                d.text(p, cx, y, t, font, size, color)
            cx += tw + gap


def lines_of(text, font, size, width):
    return [" ".join(l) for l, _ in break_lines(text.split(), font, size, width, hyph=False)]


def block(doc, p, x, y, width, text, font, size, lead, color="black", justify=False, hyph=False):
    """Set a paragraph at a fixed place (boxes, captions); returns the y after the last line."""
    fl = Flow(doc, [Frame(p, x, y, width, 10_000, "box")])
    fl.para(text, font, size, lead, justify=justify, hyph=hyph, color=color)
    return fl.y
