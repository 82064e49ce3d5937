# -*- coding: utf-8 -*-
"""My own layout layer on top of caprice 0.1.3 (PyPI).

caprice only offers Document.add_page, Page.set_size, Page.add_font (base-14 Type1,
WinAnsi + Differences), Page.use_font, Page.set_font_size (integer sizes) and
Page.draw_text(x, y, text) (integer coordinates, one BT..ET per call).  Colours,
rules, grey picture boxes and rotation are raw operators appended to Page.content,
which caprice writes out verbatim (Flate-compressed).  Line breaking, hyphenation,
justification and column flow are done here, measured with the AFM metrics that
caprice itself ships (read with fontTools.afmLib).
"""
import os, math
import pyphen
from fontTools.afmLib import AFM
from caprice.document import Document
from caprice.primitives import GDictionary, GName, GLiteralString
from caprice.font import font as CF
from caprice.font.encoding import WinAnsiEncoding
from caprice.utils import padding_10_xref
import caprice

AFM_DIR = os.path.join(os.path.dirname(caprice.__file__), "data", "caprice", "afm")
_afm = {}
_enc = WinAnsiEncoding()
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)
LOG = []


def afm(name):
    if name not in _afm:
        _afm[name] = AFM(os.path.join(AFM_DIR, name + ".afm"))
    return _afm[name]


def width(text, font, size):
    a = afm(font)
    w = 0
    for ch in text:
        g = _enc.unicode_to_name(ch)
        w += a[g][1]
    return w * size / 1000.0


class Doc(Document):
    """caprice Document with two fixes: objects and xref entries in numeric order
    (caprice sorts the keys "10 0 R" < "2 0 R" as strings, which gives a broken xref
    table) and an /Info dictionary (caprice writes none)."""

    def __init__(self, creator):
        super().__init__()
        self.info = self.new_indirect()
        d = GDictionary()
        d.set(GName("Producer"), GLiteralString("caprice " + caprice.__version__))
        d.set(GName("Creator"), GLiteralString(creator))
        self.info.set_object(d)

    def _keys(self):
        return sorted(self.indirects_dict, key=lambda k: int(k.split()[0]))

    def build_objects(self, offset):
        out = bytearray()
        for key in self._keys():
            ind = self.indirects_dict[key]
            ind.offset = offset
            b = ind.compile_bytes() + b"\n\n"
            out.extend(b)
            offset += len(b)
        return out

    def build_xref(self):
        x = bytearray(b"xref\n")
        x.extend(("0 %d\n" % (len(self.indirects_dict) + 1)).encode())
        x.extend(b"0000000000 65535 f \r\n")
        for key in self._keys():
            x.extend(("%s 00000 n \r\n" % padding_10_xref(self.indirects_dict[key].offset)).encode())
        return x

    def build_trailer(self):
        return ("trailer\n    <</Root 1 0 R /Info %d 0 R\n      /Size %d\n    >>\n"
                % (self.info.obj_num, len(self.indirects_dict) + 1)).encode()


class Canvas:
    def __init__(self, doc, w, h):
        self.doc, self.W, self.H = doc, w, h
        self.page = doc.add_page()
        self.page.set_size(w, h)
        self.fonts = {}

    def _font(self, name, size):
        if name not in self.fonts:
            self.fonts[name] = self.page.add_font(name)
        self.page.use_font(self.fonts[name])
        self.page.set_font_size(int(size))

    def raw(self, ops):
        self.page.content += ops + "\n"

    def text(self, x, y, s, font="Times-Roman", size=11, color=None):
        """y = baseline measured from the top of the page."""
        if color:
            self.raw("%.3f %.3f %.3f rg" % color)
        self._font(font, size)
        self.page.draw_text(int(round(x)), int(round(self.H - y)), s, bottom_left=True)
        if color:
            self.raw("0 0 0 rg")

    def rtext(self, x, y, s, font, size, color=None):  # right aligned
        self.text(x - width(s, font, size), y, s, font, size, color)

    def text_up(self, x, y, s, font, size, color=None):
        """Text running bottom-to-top; (x, y) is the start of the baseline, y from the top."""
        self.raw("q 0 1 -1 0 %.2f %.2f cm" % (x, self.H - y))
        if color:
            self.raw("%.3f %.3f %.3f rg" % color)
        self._font(font, size)
        self.page.draw_text(0, 0, s, bottom_left=True)
        self.raw("Q")

    def rect(self, x, y, w, h, fill=(0.75, 0.75, 0.75)):
        self.raw("q %.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f Q" % (fill + (x, self.H - y - h, w, h)))

    def frame_rect(self, x, y, w, h, stroke=(0, 0, 0), lw=0.8):
        self.raw("q %.3f %.3f %.3f RG %.2f w %.2f %.2f %.2f %.2f re S Q" % (stroke + (lw, x, self.H - y - h, w, h)))

    def line(self, x1, y1, x2, y2, lw=1, color=(0, 0, 0)):
        self.raw("q %.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (color + (lw, x1, self.H - y1, x2, self.H - y2)))


# ---------------------------------------------------------------- line breaking
def can_hyph(word):
    core = word.strip(".,;:!?\u2019\u201d\u201c()")
    if any(c.isdigit() for c in core) or "{" in core:
        return False
    if not core.isalpha():
        return False
    if len(core) < 7:
        return False
    if core[0].isupper() and len(core) < 9:
        return False
    return True


def split_marks(word):
    """'owners.{1}' -> ('owners.', '1')"""
    if "{" in word and word.endswith("}"):
        i = word.index("{")
        return word[:i], word[i + 1:-1]
    return word, None


def wwidth(word, st):
    w, m = split_marks(word)
    x = width(w, st["font"], st["size"])
    if m:
        x += width(m, st["font"], st["size"] * 0.6) + 0.5
    return x


def break_line(words, avail, st, hyph=True):
    """Greedy: returns (line_words, rest). A hyphenated word puts 'pre-' at the end of
    the line and the remainder first in rest."""
    sp = width(" ", st["font"], st["size"])
    line, w = [], 0.0
    for i, word in enumerate(words):
        ww = wwidth(word, st)
        need = ww if not line else w + sp + ww
        if need <= avail:
            line.append(word)
            w = need
            continue
        # try breaking at an existing hyphen, then with pyphen
        room = avail - (w + sp if line else 0)
        cands = []
        if "-" in word[1:-1] and "{" not in word:
            parts = word.split("-")
            for k in range(len(parts) - 1, 0, -1):
                cands.append(("-".join(parts[:k]) + "-", "-".join(parts[k:])))
        if hyph and st.get("hyph", True) and can_hyph(word) and "-" not in word:
            for a, b in HY.iterate(word):
                cands.append((a + "-", b))
        for a, b in cands:
            if width(a, st["font"], st["size"]) <= room:
                line.append(a)
                return line, [b] + words[i + 1:]
        if not line:  # overlong word
            return [word], words[i + 1:]
        return line, words[i:]
    return line, []


class Frame:
    def __init__(self, cv, x, y0, y1, w, name="", on_enter=None):
        self.cv, self.x, self.y0, self.y1, self.w, self.name = cv, x, y0, y1, w, name
        self.on_enter = on_enter


class Flow:
    def __init__(self, frames, logname):
        self.frames = frames
        self.fi = 0
        self.y = frames[0].y0
        self.logname = logname
        self.cur = ""  # current paragraph id, for the log
        if frames[0].on_enter:
            frames[0].on_enter(self)

    @property
    def f(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError(self.logname + ": text overflows the last frame at " + self.cur)
        self.y = self.f.y0
        LOG.append("%s: enter frame %s while in %s" % (self.logname, self.f.name, self.cur))
        if self.f.on_enter:
            self.f.on_enter(self)

    def space(self, h):
        self.y += h

    def room(self):
        return self.f.y1 - self.y

    def ensure(self, h):
        if self.y + h > self.f.y1:
            self.next_frame()

    def block(self, h, draw, pad_after=0):
        """Fixed-height block drawn by draw(cv, x, y, w)."""
        self.ensure(h)
        draw(self.f.cv, self.f.x, self.y, self.f.w)
        self.y += h + pad_after

    def para(self, text, st, pid="", hooks=None, indent=0, after=None):
        self.cur = pid
        words = text.split()
        n = 0
        lead = st["lead"]
        first_line = True
        while words:
            if self.y + lead > self.f.y1 + 0.1:
                self.next_frame()
            ind = indent if first_line else 0
            avail = self.f.w - ind
            line, words = break_line(words, avail, st)
            base = self.y + st["size"]
            self.draw_line(line, self.f.x + ind, base, avail, st, last=not words)
            self.y += lead
            n += 1
            first_line = False
            if hooks and n in hooks and words:
                LOG.append("%s: hook after line %d of %s" % (self.logname, n, pid))
                hooks[n](self)
        if after is None:
            after = st.get("after", 0)
        self.y += after

    def draw_line(self, line, x, base, avail, st, last):
        cv = self.f.cv
        col = st.get("color")
        justify = st.get("justify", True) and not last and len(line) > 1
        if not justify and not any("{" in w for w in line):
            s = " ".join(line)
            if st.get("align") == "center":
                x = x + (avail - width(s, st["font"], st["size"])) / 2
            cv.text(x, base, s, st["font"], st["size"], col)
            return
        ws = [wwidth(w, st) for w in line]
        sp = width(" ", st["font"], st["size"])
        gap = (avail - sum(ws)) / (len(line) - 1) if justify else sp
        for w, wd in zip(line, ws):
            word, mark = split_marks(w)
            cv.text(x, base, word, st["font"], st["size"], col)
            if mark:
                mx = x + width(word, st["font"], st["size"]) + 0.5
                cv.text(mx, base - st["size"] * 0.38, mark, st["font"], max(6, int(st["size"] * 0.6)), col)
            x += wd + gap


def grey_png(path, w=480, h=300, g=184):
    import zlib, struct
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))

    def ch(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = (b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + ch(b"IDAT", zlib.compress(raw, 9)) + ch(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(data)
