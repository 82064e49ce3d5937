# My own small layout engine: greedy line breaking with real font metrics (Liberation = metric-compatible
# with Times/Helvetica), pyphen hyphenation, column flow. It writes drawing ops; painters draw them in order.
import json, re
from fontTools.ttLib import TTFont
import pyphen

LIB = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {"TR": "LiberationSerif-Regular.ttf", "TB": "LiberationSerif-Bold.ttf",
             "TI": "LiberationSerif-Italic.ttf", "HR": "LiberationSans-Regular.ttf",
             "HB": "LiberationSans-Bold.ttf", "HI": "LiberationSans-Italic.ttf"}
BASE14 = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "HR": "Helvetica",
          "HB": "Helvetica-Bold", "HI": "Helvetica-Oblique"}
_M = {}
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)
MARK0 = 0xE000  # note marks are carried as private-use chars during layout


def metrics(f):
    if f not in _M:
        t = TTFont(LIB + FONTFILES[f])
        _M[f] = (t.getBestCmap(), t["hmtx"].metrics, t["head"].unitsPerEm)
    return _M[f]


MARKS = {}


def width(f, size, s):
    cmap, hm, upm = metrics(f)
    w = 0
    for ch in s:
        o = ord(ch)
        if MARK0 <= o < MARK0 + 64:
            w += width(f, size * 0.62, MARKS.get(o, "*")) if MARKSTYLE["sup"] else width(f, size, MARKS.get(o, "*"))
            continue
        g = cmap.get(o) or cmap.get(0x3F)
        w += hm[g][0]
    return w * size / upm


MARKSTYLE = {"sup": False}


def prep(s):
    """printed text with marks turned into private-use chars; '|' kept"""
    def rep(m):
        o = MARK0 + len(MARKS)
        for k, v in MARKS.items():
            if v == m.group(1):
                return chr(k)
        MARKS[o] = m.group(1)
        return chr(o)
    return re.sub(r"\s+", " ", re.sub(r"\^([^^]+)\^", rep, s)).strip()


def break_lines(text, f, size, widths, hyphenate=True):
    """widths: function(i)->available width of line i. returns list of (words, hyph_end)"""
    words = text.split(" ")
    lines, cur, i = [], [], 0
    sp = width(f, size, " ")
    k = 0
    while k < len(words):
        w = words[k]
        cand = cur + [w]
        if width(f, size, " ".join(cand)) <= widths(i) or not cur and width(f, size, w) > widths(i) and not hyphenate:
            cur = cand
            k += 1
            continue
        # try to hyphenate w
        done = False
        if hyphenate:
            avail = widths(i) - (width(f, size, " ".join(cur)) + sp if cur else 0)
            m = re.match(r"^([^A-Za-zÀ-ÿ]*)([A-Za-zÀ-ÿ’'\-]+)(.*)$", w)
            if m and "-" in m.group(2) and not m.group(2).endswith("-"):
                parts = w.split("-")
                for j in range(len(parts) - 1, 0, -1):
                    pre = "-".join(parts[:j]) + "-"
                    if width(f, size, pre) <= avail:
                        cur.append(pre)
                        words[k] = "-".join(parts[j:])
                        done = True
                        break
            elif m and len(m.group(2)) >= 6 and "’" not in m.group(2):
                core = m.group(2)
                for pos in sorted(HY.positions(core), reverse=True):
                    pre = m.group(1) + core[:pos] + "-"
                    if width(f, size, pre) <= avail:
                        cur.append(pre)
                        words[k] = core[pos:] + m.group(3)
                        done = True
                        break
        if not cur and not done:
            cur = [w]
            k += 1
        lines.append(cur)
        cur = []
        i += 1
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []  # each: dict(w,h,ops)

    def page(self, w, h):
        self.pages.append(dict(w=w, h=h, ops=[]))
        return len(self.pages) - 1

    def text(self, p, x, y, f, size, s, color=(0, 0, 0), tw=0.0):
        # marks inside s: split into segments
        segs = re.split("([\uE000-\uE03F])", s)
        if len(segs) == 1:
            self.pages[p]["ops"].append(["T", f, size, round(x, 2), round(y, 2), s, list(color), round(tw, 3)])
            return
        for seg in segs:
            if not seg:
                continue
            if len(seg) == 1 and MARK0 <= ord(seg) < MARK0 + 64:
                mk = MARKS[ord(seg)]
                if MARKSTYLE["sup"]:
                    self.pages[p]["ops"].append(["T", f, round(size * 0.62, 2), round(x, 2), round(y + size * 0.36, 2),
                                                 mk, list(color), 0])
                    x += width(f, size * 0.62, mk)
                else:
                    self.pages[p]["ops"].append(["T", f, size, round(x, 2), round(y, 2), mk, list(color), 0])
                    x += width(f, size, mk)
                continue
            self.pages[p]["ops"].append(["T", f, size, round(x, 2), round(y, 2), seg, list(color), round(tw, 3)])
            x += width(f, size, seg) + tw * seg.count(" ")

    def rect(self, p, x, y, w, h, color):
        self.pages[p]["ops"].append(["R", round(x, 2), round(y, 2), round(w, 2), round(h, 2), list(color)])

    def save(self, path):
        json.dump(dict(pages=self.pages, marks={str(k): v for k, v in MARKS.items()}), open(path, "w"),
                  ensure_ascii=False)


class Flow:
    """cols: list of (page, x, ytop, width, ybottom)"""

    def __init__(self, doc, cols, on_col=None):
        self.doc, self.cols, self.ci = doc, cols, 0
        self.y = cols[0][2]
        self.on_col = on_col
        self.log = []  # (page, col, text) per line, for reporting

    @property
    def col(self):
        return self.cols[self.ci]

    def next_col(self):
        self.ci += 1
        self.y = self.col[2]
        if self.on_col:
            self.on_col(self)

    def ensure(self, h):
        if self.y - h < self.col[4]:
            self.next_col()

    def space(self, h):
        self.y -= h

    def lines(self, text, f, size, lead, mode="ragged", indent=0, color=(0, 0, 0), last_justify=False,
              hyphenate=True, x_off=0, w_override=None, line_cb=None):
        p, x, _, w, _ = self.col
        w = w_override or w
        ls = break_lines(text, f, size, lambda i: w - (indent if i == 0 else 0), hyphenate)
        for i, words in enumerate(ls):
            if self.y - lead < self.col[4]:
                self.next_col()
            p, x, _, cw, _ = self.col
            cw = w_override or cw
            x += x_off
            base = self.y - size
            xi = x + (indent if i == 0 else 0)
            avail = cw - (indent if i == 0 else 0)
            s = " ".join(words)
            last = i == len(ls) - 1
            just = mode in ("tw", "words") and (not last or last_justify) and len(words) > 1
            if mode == "centre":
                self.doc.text(p, x + (cw - width(f, size, s)) / 2, base, f, size, s, color)
            elif just and mode == "tw":
                nat = width(f, size, s)
                tw = (avail - nat) / (len(words) - 1)
                self.doc.text(p, xi, base, f, size, s, color, tw)
            elif just and mode == "words":
                nat = sum(width(f, size, wd) for wd in words)
                gap = (avail - nat) / (len(words) - 1)
                xx = xi
                for wd in words:
                    self.doc.text(p, xx, base, f, size, wd, color)
                    xx += width(f, size, wd) + gap
            else:
                self.doc.text(p, xi, base, f, size, s, color)
            self.log.append((p, self.ci, s))
            if line_cb:
                line_cb(self, s)
            self.y -= lead
        return len(ls)

    def height(self, text, f, size, lead, w, indent=0):
        return len(break_lines(text, f, size, lambda i: w - (indent if i == 0 else 0))) * lead
