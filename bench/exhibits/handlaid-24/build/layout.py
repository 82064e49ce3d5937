"""My own line breaker and column flow for the hand-laid set 24.

Measures with the Liberation fonts (metric-compatible with Times / Helvetica), hyphenates with pyphen (en_GB,
at least 3 letters each side) and writes drawing operations, in drawing order, to NAME.ops.json.
Coordinates are PDF points, origin bottom-left, y = baseline for text.
"""
import json, re
from fontTools.ttLib import TTFont
import pyphen

FONTDIR = '/usr/share/fonts/truetype/liberation/'
FONTFILES = {
    'serif': 'LiberationSerif-Regular.ttf', 'serif-bold': 'LiberationSerif-Bold.ttf',
    'serif-italic': 'LiberationSerif-Italic.ttf', 'serif-bolditalic': 'LiberationSerif-BoldItalic.ttf',
    'sans': 'LiberationSans-Regular.ttf', 'sans-bold': 'LiberationSans-Bold.ttf',
    'sans-italic': 'LiberationSans-Italic.ttf',
}
_W = {}
HY = pyphen.Pyphen(lang='en_GB', left=3, right=3)


def _metrics(font):
    if font not in _W:
        f = TTFont(FONTDIR + FONTFILES[font])
        cmap = f.getBestCmap(); hm = f['hmtx'].metrics; upm = f['head'].unitsPerEm
        _W[font] = (cmap, hm, upm)
    return _W[font]


def width(text, font, size):
    cmap, hm, upm = _metrics(font)
    return sum(hm[cmap.get(ord(c), cmap[ord('?')])][0] for c in text) * size / upm


def strip_marks(t):
    return re.sub(r'\^[^^]*\^', '', t).replace('|', '')


class Doc:
    def __init__(self, name, justify='tw'):
        self.name = name
        self.pages = []          # list of lists of ops
        self.justify = justify   # 'tw' | 'words' | None
        self.on_page_start = None
        self.on_page_end = None
        self.cur = None

    def new_page(self, w, h):
        if self.cur is not None and self.on_page_end:
            self.on_page_end(self, len(self.pages) - 1)
        self.cur = [{'op': 'page', 'w': w, 'h': h}]
        self.pages.append(self.cur)
        if self.on_page_start:
            self.on_page_start(self, len(self.pages) - 1)

    def finish(self):
        if self.on_page_end:
            self.on_page_end(self, len(self.pages) - 1)
        ops = [op for p in self.pages for op in p]
        json.dump(ops, open(self.name + '.ops.json', 'w'), ensure_ascii=False, indent=0)
        return ops

    # primitives
    def text(self, x, y, s, font='serif', size=10, color=(0, 0, 0), tw=0.0):
        self.cur.append({'op': 'text', 'x': round(x, 2), 'y': round(y, 2), 'text': s, 'font': font,
                         'size': size, 'color': list(color), 'tw': round(tw, 3)})

    def rect(self, x, y, w, h, fill=(0.75, 0.75, 0.75)):
        self.cur.append({'op': 'rect', 'x': round(x, 2), 'y': round(y, 2), 'w': round(w, 2), 'h': round(h, 2),
                         'fill': list(fill)})

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5):
        self.cur.append({'op': 'line', 'x1': x1, 'y1': y1, 'x2': x2, 'y2': y2, 'color': list(color), 'lw': lw})

    def rtext(self, xr, y, s, font='serif', size=10, color=(0, 0, 0)):
        self.text(xr - width(s, font, size), y, s, font, size, color)

    def ctext(self, xc, y, s, font='serif', size=10, color=(0, 0, 0)):
        self.text(xc - width(s, font, size) / 2, y, s, font, size, color)


def break_lines(text, font, size, w, first_indent=0.0):
    """Greedy breaking with hyphenation. Returns list of (words, hyphenated_last, is_last)."""
    words = text.split()
    lines, cur = [], []
    sp = width(' ', font, size)
    i = 0
    avail = w - first_indent
    while i < len(words):
        wd = words[i]
        curw = sum(width(x, font, size) for x in cur) + sp * len(cur)
        ww = width(wd, font, size)
        if not cur or curw + ww <= avail:
            if not cur and ww > avail:
                cur.append(wd); i += 1; continue
            cur.append(wd); i += 1; continue
        # try hyphenation of wd (only plain alphabetic words, not marks)
        done = False
        core = wd
        if re.fullmatch(r'[A-Za-z’\']{7,}[,.;:]?', core) and '^' not in core:
            punct = ''
            if core[-1] in ',.;:':
                core, punct = core[:-1], core[-1]
            for a, b in reversed(list(HY.iterate(core))):
                if curw + width(a + '-', font, size) <= avail and len(a) >= 3 and len(b) >= 3:
                    cur.append(a + '-'); words[i] = b + punct
                    lines.append((cur, True)); cur = []; done = True
                    avail = w
                    break
        if not done:
            lines.append((cur, False)); cur = []; avail = w
    if cur:
        lines.append((cur, False))
    return [(l, h, k == len(lines) - 1) for k, (l, h) in enumerate(lines)]


class Flow:
    """Flows blocks through a list of frames: (page_no, x, top, bottom, width)."""

    def __init__(self, doc, frames, page_size):
        self.doc, self.frames, self.page_size = doc, list(frames), page_size
        self.fi = -1
        self.y = None
        self.next_frame()

    def next_frame(self):
        self.fi += 1
        pg, x, top, bot, w = self.frames[self.fi]
        while len(self.doc.pages) <= pg:
            self.doc.new_page(*self.page_size)
        self.x, self.y, self.bot, self.w = x, top, bot, w
        if hasattr(self, 'on_frame'):
            self.on_frame(self)

    @property
    def page(self):
        return self.frames[self.fi][0]

    def need(self, h):
        if self.y - h < self.bot:
            self.next_frame()

    def space(self, h):
        self.y -= h

    def para(self, text, font='serif', size=10, lead=12.5, color=(0, 0, 0), justify=True, indent=0.0,
             breaks=None, after=4):
        """text may hold '|' = a break point where `breaks` (list of callables) is called, in order."""
        parts = text.split('|')
        breaks = list(breaks or [])
        for pi, part in enumerate(parts):
            # marks ^x^ are printed glued as x
            lines = break_lines(part.replace('^', ''), font, size, self.w, indent if pi == 0 else 0)
            for k, (ws, hyph, last) in enumerate(lines):
                self.need(lead)
                self.y -= lead
                x0 = self.x + (indent if (pi == 0 and k == 0) else 0)
                avail = self.w - (x0 - self.x)
                s = ' '.join(ws)
                jl = justify and not (last and pi == len(parts) - 1) and len(ws) > 1 and not (last and False)
                if last and pi < len(parts) - 1:
                    jl = justify  # the line before a break is a full line
                    if width(s, font, size) < avail * 0.8:
                        jl = False
                mode = self.doc.justify if jl else None
                if mode == 'tw':
                    tw = (avail - width(s, font, size)) / (len(ws) - 1)
                    self.doc.text(x0, self.y, s, font, size, color, tw)
                elif mode == 'words':
                    gap = (avail - sum(width(x, font, size) for x in ws)) / (len(ws) - 1)
                    xx = x0
                    for wd in ws:
                        self.doc.text(xx, self.y, wd, font, size, color)
                        xx += width(wd, font, size) + gap
                else:
                    self.doc.text(x0, self.y, s, font, size, color)
            if pi < len(parts) - 1:
                breaks.pop(0)(self)
        self.y -= after
