"""My own line breaker for the CAM::PDF painter.

Widths come from the URW base-35 AFM files (Nimbus Roman = Times, Nimbus Sans =
Helvetica metrics), the fonts the PDFs name as base-14 Times/Helvetica. Hyphenation
by pyphen (en_GB), at least 3 letters each side; a word that already holds a hyphen
breaks only after it. The output is a display list that paint_campdf.pl draws in the
given order (so the order of ops is the order of the .txt).
"""
import json
import unicodedata
from fontTools.agl import UV2AGL
import pyphen

AFM_DIR = "/usr/share/fonts/type1/urw-base35/"
AFM = {"R": "NimbusRoman-Regular", "B": "NimbusRoman-Bold", "I": "NimbusRoman-Italic",
       "BI": "NimbusRoman-BoldItalic", "S": "NimbusSans-Regular", "SB": "NimbusSans-Bold",
       "SI": "NimbusSans-Italic", "SBI": "NimbusSans-BoldItalic"}
_W = {}
_KERN = {}


def _load(fk):
    if fk in _W:
        return _W[fk]
    w = {}
    kern = {}
    for line in open(AFM_DIR + AFM[fk] + ".afm", encoding="latin-1"):
        if line.startswith("C "):
            parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
            w[parts["N"]] = float(parts["WX"])
    _W[fk] = w
    return w


def glyph(ch):
    if ch == " ":
        return "space"
    return UV2AGL.get(ord(ch), "question")


def width(s, fk, size, tc=0.0):
    w = _load(fk)
    return sum(w.get(glyph(c), 500) for c in s) * size / 1000.0 + tc * len(s)


HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def hyph_splits(word):
    """(head-with-hyphen, tail) candidates, longest head first."""
    core = word
    out = []
    if "-" in core.strip("-"):
        i = core.index("-")
        out.append((core[: i + 1], core[i + 1:]))
        return out
    # keep trailing punctuation on the tail
    letters = core.rstrip(".,;:!?”’)")
    trail = core[len(letters):]
    lead = ""
    while letters and not letters[0].isalpha():
        lead += letters[0]
        letters = letters[1:]
    if len(letters) < 7 or not letters.isalpha():
        return out
    for head, tail in HY.iterate(letters):
        if len(tail) < 3 or len(head) < 3:
            continue
        out.append((lead + head + "-", tail + trail))
    return out


class Word:
    __slots__ = ("text", "fk", "size", "rgb", "space_after", "tc", "hy")

    def __init__(self, text, fk, size, rgb, space_after=True, tc=0.0):
        self.text, self.fk, self.size, self.rgb, self.space_after, self.tc = text, fk, size, rgb, space_after, tc
        self.hy = False

    def w(self):
        return width(self.text, self.fk, self.size, self.tc)


def words_of(runs):
    """runs: list of (text, fk, size, rgb). Returns Word list; a run boundary inside a word
    (no space) is kept as a glued pair."""
    out = []
    for text, fk, size, rgb in runs:
        parts = text.split(" ")
        for i, p in enumerate(parts):
            if p == "":
                if out:
                    out[-1].space_after = True
                continue
            glued = (i == 0 and out and not out[-1].space_after and not text.startswith(" "))
            out.append(Word(p, fk, size, rgb, space_after=(i < len(parts) - 1)))
            if glued:
                pass
    if out:
        out[-1].space_after = True
    return out


def break_lines(words, width_for_line, hyphenate=True):
    """Greedy. width_for_line(i) -> available width of line i. Returns lists of Words."""
    lines = []
    cur = []
    cur_w = 0.0
    i = 0
    words = list(words)
    while i < len(words):
        wd = words[i]
        avail = width_for_line(len(lines))
        sp = width(" ", wd.fk, wd.size) if cur and cur[-1].space_after else 0.0
        ww = wd.w()
        if cur_w + sp + ww <= avail or not cur:
            if not cur and ww > avail and hyphenate:
                pass
            cur.append(wd)
            cur_w += sp + ww
            i += 1
            continue
        # try to hyphenate this word into the rest of the line
        placed = False
        if hyphenate:
            for head, tail in hyph_splits(wd.text):
                hw = width(head, wd.fk, wd.size, wd.tc)
                if cur_w + sp + hw <= avail:
                    hw_ = Word(head, wd.fk, wd.size, wd.rgb, space_after=False, tc=wd.tc)
                    hw_.hy = True
                    cur.append(hw_)
                    words[i] = Word(tail, wd.fk, wd.size, wd.rgb, space_after=wd.space_after, tc=wd.tc)
                    placed = True
                    break
        # a glued pair (word + note mark) moves to the next line together
        if not placed:
            while len(cur) > 1 and not cur[-1].space_after and not cur[-1].text.endswith("-"):
                words.insert(i, cur.pop())
        lines.append(cur)
        cur, cur_w = [], 0.0
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, w, h, title=""):
        self.w, self.h = w, h
        self.pages = []
        self.title = title
        self.new_page()

    def new_page(self):
        self.pages.append({"w": self.w, "h": self.h, "ops": []})

    @property
    def ops(self):
        return self.pages[-1]["ops"]

    def text(self, x, y, s, fk="R", size=10, rgb=(0, 0, 0), tc=0.0, tw=0.0, page=None):
        ops = self.pages[page]["ops"] if page is not None else self.ops
        ops.append(["text", round(x, 2), round(y, 2), fk, size, list(rgb), s, tc, tw])

    def rect(self, x, y, w, h, fill=(0.82, 0.82, 0.82), stroke=None, lw=0.5):
        self.ops.append(["rect", round(x, 2), round(y, 2), round(w, 2), round(h, 2),
                         list(fill) if fill else None, list(stroke) if stroke else None, lw])

    def line(self, x1, y1, x2, y2, rgb=(0, 0, 0), lw=0.5, dash=None):
        self.ops.append(["line", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), list(rgb), lw, dash])

    def picture(self, x, y, w, h):
        """A grey box with diagonals (a picture placeholder)."""
        self.rect(x, y, w, h, fill=(0.78, 0.78, 0.78), stroke=(0.55, 0.55, 0.55), lw=0.6)
        self.line(x, y, x + w, y + h, (0.6, 0.6, 0.6), 0.4)
        self.line(x, y + h, x + w, y, (0.6, 0.6, 0.6), 0.4)

    def spaced(self, x, y, s, fk, size, rgb=(0, 0, 0), tc=2.0, align="left", right=None):
        w = width(s, fk, size, tc)
        if align == "right":
            x = right - w
        self.text(x, y, s, fk, size, rgb, tc=tc)
        return w

    def draw_line(self, x, y, line, avail, justify=False, last=False, align="left"):
        """Draw one line of Words, run by run; justify by placing words one by one."""
        if not line:
            return
        nat = 0.0
        for k, wd in enumerate(line):
            nat += wd.w()
            if k < len(line) - 1 and wd.space_after:
                nat += width(" ", wd.fk, wd.size)
        gaps = sum(1 for wd in line[:-1] if wd.space_after)
        extra = 0.0
        if justify and not last and gaps:
            extra = (avail - nat) / gaps
        if align == "right":
            x = x + avail - nat
        elif align == "center":
            x = x + (avail - nat) / 2
        if extra == 0.0:
            # group consecutive same-style words into one string
            cx = x
            buf, bstyle, bx = "", None, x
            for k, wd in enumerate(line):
                style = (wd.fk, wd.size, tuple(wd.rgb), wd.tc)
                if style != bstyle and buf:
                    self.text(bx, y, buf, *bstyle[:2], rgb=bstyle[2], tc=bstyle[3])
                    buf, bx = "", cx
                if not buf:
                    bx = cx
                bstyle = style
                buf += wd.text
                cx += wd.w()
                if k < len(line) - 1 and wd.space_after:
                    buf += " "
                    cx += width(" ", wd.fk, wd.size)
            if buf:
                self.text(bx, y, buf, *bstyle[:2], rgb=bstyle[2], tc=bstyle[3])
        else:
            cx = x
            buf, bx, bstyle = "", x, None
            for k, wd in enumerate(line):
                style = (wd.fk, wd.size, tuple(wd.rgb), wd.tc)
                if not buf:
                    bx, bstyle = cx, style
                buf += wd.text
                cx += wd.w()
                if k < len(line) - 1 and wd.space_after:
                    cx += width(" ", wd.fk, wd.size) + extra
                    self.text(bx, y, buf, *bstyle[:2], rgb=bstyle[2], tc=bstyle[3])
                    buf = ""
            if buf:
                self.text(bx, y, buf, *bstyle[:2], rgb=bstyle[2], tc=bstyle[3])

    def save(self, path):
        t = self.title.replace("’", "'").replace("–", "-").replace("‘", "'")
        t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
        t = t.replace("(", "").replace(")", "")
        with open(path, "w") as f:
            json.dump({"title": t, "pages": self.pages}, f, ensure_ascii=False)


class Flow:
    """Flows paragraphs through a list of frames (page, x, top, width, bottom).
    on_frame(old_index, new_index) is called at every frame change (after the
    previous frame is full, before the next line is drawn)."""

    def __init__(self, doc, frames, on_frame=None):
        self.doc, self.frames, self.on_frame = doc, frames, on_frame
        self.fi = 0
        self.y = frames[0][2]
        self.after_line = {}   # (para_id, line_no) -> callback(flow)
        self.exclusions = []   # (page, x0, x1, ytop, ybot): boxes text must avoid (shorten lines)

    @property
    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        old = self.fi
        self.fi += 1
        while len(self.doc.pages) <= self.frames[self.fi][0]:
            self.doc.new_page()
        self.y = self.frames[self.fi][2]
        if self.on_frame:
            self.on_frame(self, old, self.fi)

    def line_box(self, lead):
        """x and width available for a line whose baseline is y - lead*0.8 in this frame."""
        pg, x, top, w, bot = self.frame
        base = self.y - lead * 0.8
        for (epg, ex0, ex1, etop, ebot) in self.exclusions:
            if epg == pg and base + lead * 0.8 > ebot and base - lead * 0.3 < etop:
                # cut the line short where the box intrudes
                if ex0 <= x + 1:
                    return ex1, w - (ex1 - x)
                return x, ex0 - x
        return x, w

    def skip(self, dy):
        self.y -= dy

    def ensure(self, h):
        if self.y - h < self.frame[4]:
            self.next_frame()

    def para(self, runs, size=10, lead=13, justify=False, indent=0.0, space_after=6, pid=None,
             align="left", hang=None, hyphenate=True, keep=1):
        words = words_of(runs)
        if hang:
            # hanging first word: set left of the column start
            pass
        # line widths depend on position; break lazily one line at a time
        lines_drawn = 0
        rest = words
        while rest:
            if self.y - lead < self.frame[4]:
                self.next_frame()
            x, w = self.line_box(lead)
            ind = indent if lines_drawn == 0 else 0.0
            lines = break_lines(rest, lambda i: w - ind, hyphenate)
            line = lines[0]
            # rebuild rest from remaining words (break_lines may have split a word)
            consumed = line
            flat = [wd for ln in lines[1:] for wd in ln]
            rest = []
            for wd in flat:
                if rest and rest[-1].hy:
                    prev = rest.pop()
                    wd = Word(prev.text[:-1] + wd.text, wd.fk, wd.size, wd.rgb, wd.space_after, wd.tc)
                rest.append(wd)
            base = self.y - lead * 0.8
            hx = x + ind
            if hang and lines_drawn == 0:
                pass
            self.doc.draw_line(hx, base, line, w - ind, justify=justify, last=not rest, align=align)
            self.y -= lead
            lines_drawn += 1
            cb = self.after_line.get((pid, lines_drawn))
            if cb:
                cb(self)
        self.y -= space_after
        return lines_drawn
