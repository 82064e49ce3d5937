"""Layout engine for set 73: my own greedy line breaker; PLplot (pdfcairo) only paints.

Widths: first estimated from the Liberation TrueType hmtx tables (fontTools), then replaced by the
widths PLplot/Pango really gives each word (calibration render, read back with pdftotext -bbox),
because PLplot's cairo driver asks for hinted metrics.  Every word is placed on its own.
"""
import json, os, subprocess, sys, re
from fontTools.ttLib import TTFont
import pyphen

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/liberation"
FONTS = {  # key -> (file, plplot family, style, weight)
    "serif": ("LiberationSerif-Regular.ttf", 1, 0, 0),
    "serif-i": ("LiberationSerif-Italic.ttf", 1, 1, 0),
    "serif-b": ("LiberationSerif-Bold.ttf", 1, 0, 1),
    "serif-bi": ("LiberationSerif-BoldItalic.ttf", 1, 1, 1),
    "sans": ("LiberationSans-Regular.ttf", 0, 0, 0),
    "sans-i": ("LiberationSans-Italic.ttf", 0, 1, 0),
    "sans-b": ("LiberationSans-Bold.ttf", 0, 0, 1),
    "sans-bi": ("LiberationSans-BoldItalic.ttf", 0, 1, 1),
}
PT_PER_MM = 3.779297          # PLplot character height (mm) -> Pango point size, measured
BASE_DROP = 0.376             # PLplot's reference point sits this many sizes above the baseline, measured
_tt = {}
def _font(key):
    if key not in _tt:
        f = TTFont(os.path.join(FONTDIR, FONTS[key][0]))
        _tt[key] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _tt[key]

def est_width(text, font, size):
    cmap, hmtx, upm = _font(font)
    return sum(hmtx[cmap.get(ord(c), cmap[ord("?")])][0] for c in text) * size / upm

CAL_FILE = os.path.join(HERE, "measured_widths.json")
MEASURED = json.load(open(CAL_FILE)) if os.path.exists(CAL_FILE) else {}
MISSING = set()
def width(text, font, size):
    k = f"{font}|{size:g}|{text}"
    if k in MEASURED:
        return MEASURED[k]
    MISSING.add(k)
    return est_width(text, font, size) * 1.04

_hy = pyphen.Pyphen(lang="en_GB", left=3, right=3)

# ---------------------------------------------------------------- pages / ops
class Page:
    def __init__(self, w, h):
        self.w, self.h, self.ops = w, h, []
    def text(self, x, y, s, font="serif", size=10, color=(0, 0, 0), angle=0):
        self.ops.append(("t", x, y, s, font, size, color, angle))
    def rect(self, x, y, w, h, color=(200, 200, 200)):
        self.ops.append(("r", x, y, w, h, color))
    def words(self, x, y, s, font="serif", size=10, color=(0, 0, 0), sp=None):
        """a ragged line: each word placed on its own at natural spacing"""
        sp = sp if sp is not None else est_width(" ", font, size)
        for wd in s.split(" "):
            if wd:
                self.text(x, y, wd, font, size, color)
                x += width(wd, font, size) + sp
        return x
    def right(self, xr, y, s, font="serif", size=10, color=(0, 0, 0)):
        sp = est_width(" ", font, size)
        tot = sum(width(w, font, size) for w in s.split(" ")) + sp * (len(s.split(" ")) - 1)
        self.words(xr - tot, y, s, font, size, color)
    def centre(self, xc, y, s, font="serif", size=10, color=(0, 0, 0)):
        sp = est_width(" ", font, size)
        tot = sum(width(w, font, size) for w in s.split(" ")) + sp * (len(s.split(" ")) - 1)
        self.words(xc - tot / 2, y, s, font, size, color)

def take_line(words, lw, font, size, hyphenate=True):
    """greedy: fill one line of width lw from the word list; returns (line, rest)"""
    words = list(words)
    sp = est_width(" ", font, size)
    cur = []
    while words:
        w = words[0]
        curw = sum(width(x, font, size) for x in cur) + sp * len(cur)
        if curw + width(w, font, size) <= lw + 0.01:
            cur.append(words.pop(0)); continue
        core = re.sub(r"[^\w’'-]+$", "", w)
        if hyphenate and len(core) >= 7 and not (w[0].isupper() and len(core) < 9):
            pieces = []
            if "-" in core[1:-1]:
                parts = w.split("-")
                for k in range(len(parts) - 1, 0, -1):
                    pieces.append(("-".join(parts[:k]) + "-", "-".join(parts[k:])))
            elif not any(ch.isdigit() for ch in core):
                for a, b in _hy.iterate(core):
                    if a[-1:] in "’'" or b[:1] in "’'":
                        continue
                    pieces.append((a + "-", b + w[len(core):]))
            for a, b in pieces:
                if curw + width(a, font, size) <= lw + 0.01:
                    cur.append(a); words[0] = b; break
        if not cur:
            cur.append(words.pop(0))
        break
    return cur, words

class Flow:
    """fills a list of frames (page, x, top, width, bottom) line by line"""
    def __init__(self, frames, log=None):
        self.frames, self.fi = list(frames), 0
        self.y = self.frames[0][2]
        self.on_enter = {}      # frame index -> callable(flow)
        self.log = log if log is not None else []
        self.cur_para = None
    @property
    def f(self):
        return self.frames[self.fi]
    @property
    def page(self): return self.f[0]
    @property
    def x(self): return self.f[1]
    @property
    def w(self): return self.f[3]
    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError("flow ran out of frames")
        self.y = self.f[2]
        if self.cur_para:
            self.log.append(f"{self.cur_para}: crosses into frame {self.fi}")
        cb = self.on_enter.pop(self.fi, None)
        if cb: cb(self)
    def need(self, h):
        if self.y + h > self.f[4] + 0.01:
            self.next_frame()
    def space(self, h):
        self.y += h
    def para(self, text, font="serif", size=10, lead=13, justify=True, indent=0, color=(0, 0, 0),
             after=0, hooks=None, pid=None, hyphenate=True, align="left"):
        """hooks: {n: fn} called after line n (1-based) unless it is the last line"""
        self.cur_para = pid
        hooks = hooks or {}
        words = text.split()
        sp = est_width(" ", font, size)
        i = 0
        while words:
            self.need(lead)
            self.y += lead
            x0 = self.x + (indent if i == 0 else 0)
            lw = self.w - (indent if i == 0 else 0)
            ws, words = take_line(words, lw, font, size, hyphenate)
            last = not words
            tot = sum(width(x, font, size) for x in ws)
            gap = (lw - tot) / (len(ws) - 1) if (justify and not last and len(ws) > 1) else sp
            if justify and not last and gap > sp * 3.2:
                gap = sp
            x = x0
            if align == "right":
                x = x0 + lw - tot - sp * (len(ws) - 1)
            elif align == "centre":
                x = x0 + (lw - tot - sp * (len(ws) - 1)) / 2
            for w in ws:
                self.page.text(x, self.y, w, font, size, color)
                x += width(w, font, size) + gap
            i += 1
            if i in hooks and not last:
                hooks[i](self)
        self.y += after
        self.cur_para = None

# ---------------------------------------------------------------- calibration + painting
def _pl_script(pages, out, meta):
    return json.dumps({"pages": [{"w": p.w, "h": p.h, "ops": p.ops} for p in pages], "out": out, "meta": meta})

PAINTER = os.path.join(HERE, "paint_plplot.py")
def paint(pages, out, meta=None):
    spec = os.path.join(HERE, "ops", os.path.basename(out).replace(".pdf", ".json"))
    os.makedirs(os.path.dirname(spec), exist_ok=True)
    with open(spec, "w") as fh:
        fh.write(_pl_script(pages, out, meta or {}))
    env = dict(os.environ)
    env["PLPLOT_FREETYPE_SERIF_FAMILY"] = "Liberation Serif"
    env["PLPLOT_FREETYPE_SANS_FAMILY"] = "Liberation Sans"
    subprocess.run(["/usr/bin/python3", PAINTER, spec], check=True, env=env)

def calibrate():
    """render every missing word once, read its width back from pdftotext -bbox"""
    keys = sorted(MISSING)
    if not keys:
        return 0
    pages, pg, y = [], None, 0
    order = []
    for k in keys:
        font, size, text = k.split("|", 2)
        size = float(size)
        if pg is None or y > 780:
            pg = Page(595, 842); pages.append(pg); y = 30
        y += max(size * 1.6, 12)
        pg.text(20, y, text, font, size)
        order.append(k)
    tmp = "/tmp/x73_cal.pdf"
    paint(pages, tmp)
    xml = subprocess.run(["pdftotext", "-bbox", tmp, "-"], capture_output=True, text=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</word>', xml)
    if len(found) != len(order):
        raise RuntimeError(f"calibration mismatch {len(found)} vs {len(order)}")
    for k, (a, b, _) in zip(order, found):
        MEASURED[k] = round(float(b) - float(a), 3)
    json.dump(MEASURED, open(CAL_FILE, "w"), ensure_ascii=False, indent=0, sort_keys=True)
    MISSING.clear()
    return len(order)
