"""Own layout engine for set 78: greedy line breaker with Liberation metrics, pages painted by rupdf."""
import os, json, re
import pyphen, rupdf
from fontTools.ttLib import TTFont

FDIR = "/usr/share/fonts/truetype/liberation/"
FONTS = {"serif": "LiberationSerif-Regular.ttf", "serifI": "LiberationSerif-Italic.ttf",
         "serifB": "LiberationSerif-Bold.ttf", "serifBI": "LiberationSerif-BoldItalic.ttf",
         "sans": "LiberationSans-Regular.ttf", "sansB": "LiberationSans-Bold.ttf",
         "sansI": "LiberationSans-Italic.ttf", "sansBI": "LiberationSans-BoldItalic.ttf"}
_M = {}
def _metrics(f):
    if f not in _M:
        t = TTFont(FDIR + FONTS[f])
        cmap = t.getBestCmap(); hm = t["hmtx"].metrics; upm = t["head"].unitsPerEm
        _M[f] = (cmap, hm, upm)
    return _M[f]
def width(s, f, size):
    cmap, hm, upm = _metrics(f)
    return sum(hm[cmap.get(ord(c), ".notdef")][0] if cmap.get(ord(c)) else hm[".notdef"][0] for c in s) * size / upm

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)
LOG = []

def break_lines(text, f, size, w, indent=0.0, hyphenate=True, w_next=None):
    """Greedy breaking. Returns list of (string, hyphenated_flag). w_next: width for lines after first (callable idx->w)."""
    words = text.split()
    lines, cur = [], []
    def avail(i):
        return (w(i) if callable(w) else w) - (indent if i == 0 else 0)
    sp = width(" ", f, size)
    i = 0
    while i < len(words):
        wd = words[i]
        trial = " ".join(cur + [wd])
        if width(trial, f, size) <= avail(len(lines)):
            cur.append(wd); i += 1; continue
        # try to split wd
        done = False
        room = avail(len(lines)) - (width(" ".join(cur), f, size) + sp if cur else 0)
        cands = []
        if "-" in wd[1:-1]:
            parts = wd.split("-")
            for k in range(len(parts) - 1, 0, -1):
                cands.append(("-".join(parts[:k]) + "-", "-".join(parts[k:]), False))
        core = re.sub(r"[^\w’']+$", "", wd)
        if hyphenate and core.isalpha() and core.islower() and len(core) >= 7 and "-" not in wd:
            for pos in reversed(HY.positions(core)):
                cands.append((wd[:pos] + "-", wd[pos:], True))
        for a, b, soft in cands:
            if width(a, f, size) <= room:
                cur.append(a); lines.append((" ".join(cur), soft)); cur = []; words[i] = b; done = True
                LOG.append(("hyphen" if soft else "compound", a + b))
                break
        if not done:
            if not cur:
                cur.append(wd); i += 1
            lines.append((" ".join(cur), False)); cur = []
    if cur:
        lines.append((" ".join(cur), False))
    return lines

class Page:
    def __init__(self, w, h):
        self.w, self.h, self.el = w, h, []
    def text(self, x, y, s, f, size, color=(0, 0, 0, 255), align="left"):
        self.el.append(dict(type="text", x=round(x, 2), y=round(y, 2), text=s, font=f, size=size, color=color, align=align))
    def rect(self, x, y, w, h, fill=(200, 200, 200, 255), stroke=0.0, stroke_color=(0, 0, 0, 255)):
        self.el.append(dict(type="rect", x=x, y=y, w=w, h=h, stroke=stroke, stroke_color=stroke_color, fill_color=fill))
    def line(self, x1, y1, x2, y2, wd=0.8, color=(0, 0, 0, 255)):
        self.el.append(dict(type="line", x1=x1, y1=y1, x2=x2, y2=y2, width=wd, color=color))
    def jline(self, x, y, s, f, size, w, color=(0, 0, 0, 255), last=False):
        """Justified line, word by word (last line ragged, one string)."""
        ws = s.split(" ")
        if last or len(ws) < 2:
            self.text(x, y, s, f, size, color); return
        tot = sum(width(t, f, size) for t in ws)
        gap = (w - tot) / (len(ws) - 1)
        cx = x
        for t in ws:
            self.text(cx, y, t, f, size, color); cx += width(t, f, size) + gap

class Doc:
    def __init__(self):
        self.pages = []
    def page(self, w, h):
        p = Page(w, h); self.pages.append(p); return p
    def save(self, path, title, creator):
        doc = dict(metadata=dict(title=title, author="Set 78 hand-laid exhibits", creator=creator),
                   pages=[dict(size=(p.w, p.h), background=(255, 255, 255, 255), elements=p.el) for p in self.pages],
                   resources=dict(fonts={k: dict(path=FDIR + v) for k, v in FONTS.items()}))
        data = rupdf.render_pdf(doc, compress=True)
        open(path, "wb").write(data)
        os.makedirs("ops", exist_ok=True)
        json.dump(doc["pages"], open("ops/" + os.path.basename(path) + ".json", "w"), ensure_ascii=False, indent=0)

class Flow:
    """Fills frames (page, x, ytop, w, ybot) line by line; on_enter[i] is called when frame i is entered."""
    def __init__(self, frames, on_enter=None):
        self.frames, self.on_enter = frames, on_enter or {}
        self.fi, self.y = 0, None
        self._enter(0)
    def _enter(self, i):
        self.fi = i
        p, x, yt, w, yb = self.frames[i]
        self.y = yt
        if i in self.on_enter:
            r = self.on_enter[i](self)
            if isinstance(r, (int, float)): self.y = r
    def fr(self):
        return self.frames[self.fi]
    def next_frame(self, why=""):
        LOG.append(("frame", self.fi, "->", self.fi + 1, why))
        self._enter(self.fi + 1)
    def space(self, d):
        self.y += d
    def ensure(self, h):
        if self.y + h > self.fr()[4]:
            self.next_frame("ensure")
    def para(self, text, f="serif", size=10, lead=13, justify=True, indent=0, before=0, color=(0, 0, 0, 255), hyph=True, tag=""):
        if before: self.y += before
        p, x, yt, w, yb = self.fr()
        ls = break_lines(text, f, size, lambda i: self.frames[self.fi][3], indent, hyph)
        for k, (s, soft) in enumerate(ls):
            if self.y + lead > self.fr()[4] + 0.01:
                LOG.append(("break-in-para", tag, k, s[:30]))
                self.next_frame("para " + tag)
            p, x, yt, w, yb = self.fr()
            self.y += lead
            xx = x + (indent if k == 0 else 0)
            if justify:
                p.jline(xx, self.y - (lead - size) * 0.5, s, f, size, w - (indent if k == 0 else 0), color, last=(k == len(ls) - 1))
            else:
                p.text(xx, self.y - (lead - size) * 0.5, s, f, size, color)
        return self
    def heading(self, text, f="sansB", size=14, lead=18, before=8, color=(0, 0, 0, 255), label=None, label_x=None, label_color=None):
        self.ensure(before + lead * 2.5)
        self.y += before
        p, x, yt, w, yb = self.fr()
        ls = break_lines(text, f, size, w, 0, False)
        for k, (s, _) in enumerate(ls):
            self.y += lead
            if k == 0 and label is not None:
                p.text(label_x if label_x is not None else x, self.y - 3, label, f, size, label_color or color)
            p.text(x, self.y - 3, s, f, size, color)
        return self
