"""A small page-layout layer over pdfbuilder 0.1.0 (PyPI).

pdfbuilder only writes COS objects and the xref; everything else is here: TrueType fonts
(Liberation, subset with fontTools, simple fonts with WinAnsiEncoding), width measurement
from the fonts' hmtx tables, a greedy line breaker with pyphen hyphenation and justification
by word spacing (Tw), frames/flows, and hand-written content streams.
"""
import io, zlib, random, string
from fontTools.ttLib import TTFont
from fontTools import subset as ftsubset
import pyphen
from pdfbuilder import PDF, Object, ObjectReference
import sys as _sys
_pbmod = _sys.modules["pdfbuilder.PDF"]
import hashlib
# pdfbuilder 0.1.0 fills the trailer /ID with random A-Z0-9 inside <...>, which is not hex;
# give it hex digits (deterministic) so poppler does not complain.
_idcount = [0]
def _hexid(n):
    _idcount[0] += 1
    return hashlib.md5(b"set56-%d" % _idcount[0]).hexdigest().upper()[:n]
_pbmod.random_string = _hexid

FONTDIR = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {
    "serif": "LiberationSerif-Regular.ttf", "serif-i": "LiberationSerif-Italic.ttf",
    "serif-b": "LiberationSerif-Bold.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf", "sans-n": "LiberationSansNarrow-Regular.ttf",
    "sans-nb": "LiberationSansNarrow-Bold.ttf",
}
HYPH = pyphen.Pyphen(lang="en_GB", left=3, right=3)


class Font:
    def __init__(self, key):
        self.key = key
        self.path = FONTDIR + FONTFILES[key]
        self.tt = TTFont(self.path)
        self.upm = self.tt["head"].unitsPerEm
        self.cmap = self.tt.getBestCmap()
        self.hmtx = self.tt["hmtx"].metrics
        self.used = set()
        self.psname = self.tt["name"].getDebugName(6)

    def cw(self, ch):
        g = self.cmap.get(ord(ch))
        if g is None:
            raise ValueError("glyph missing %r in %s" % (ch, self.key))
        return self.hmtx[g][0] / self.upm

    def width(self, text, size):
        return sum(self.cw(c) for c in text) * size


FONTS = {}


def font(key):
    if key not in FONTS:
        FONTS[key] = Font(key)
    return FONTS[key]


def enc(text):
    return text.encode("cp1252")


def pdfstr(text):
    return "<" + enc(text).hex() + ">"


# ------------------------------------------------------------------ line breaking
def hyph_splits(word):
    """Possible (head-with-hyphen, tail) splits of a word, longest head first."""
    core = word
    lead = ""
    while core and not core[0].isalpha():
        lead += core[0]; core = core[1:]
    trail = ""
    while core and not core[-1].isalpha():
        trail = core[-1] + trail; core = core[:-1]
    if "-" in core:  # a real compound: break only after its own hyphen
        parts = core.split("-")
        out = []
        for i in range(len(parts) - 1, 0, -1):
            out.append((lead + "-".join(parts[:i]) + "-", "-".join(parts[i:]) + trail))
        return out
    if len(core) < 7 or not core.isalpha() or core[0].isupper() and len(core) < 9:
        return []
    res = []
    for pos in sorted(HYPH.positions(core), reverse=True):
        res.append((lead + core[:pos] + "-", core[pos:] + trail))
    return res


def break_lines(text, fkey, size, width, first_indent=0.0, hyphenate=True):
    """Greedy breaking. Returns list of (text, natural_width, nspaces, is_last)."""
    f = font(fkey)
    words = text.split()
    lines = []
    cur = []
    sp = f.cw(" ") * size
    avail = width - first_indent
    i = 0
    while i < len(words):
        w = words[i]
        trial = cur + [w]
        tw = f.width(" ".join(trial), size)
        if tw <= avail or not cur:
            cur = trial; i += 1
            continue
        # try hyphenating w
        done = False
        if hyphenate:
            for head, tail in hyph_splits(w):
                t2 = cur + [head]
                if f.width(" ".join(t2), size) <= avail:
                    lines.append(" ".join(t2)); words[i] = tail; cur = []
                    done = True
                    break
        if not done:
            lines.append(" ".join(cur)); cur = []
        avail = width
    if cur:
        lines.append(" ".join(cur))
    out = []
    for k, ln in enumerate(lines):
        out.append((ln, f.width(ln, size), ln.count(" "), k == len(lines) - 1))
    return out


# ------------------------------------------------------------------ pages and drawing
class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []        # list of (order, bytes-string)
        self.seq = 0

    def add(self, s, order=0):
        self.seq += 1
        self.ops.append((order, self.seq, s))

    def text(self, x, y, s, fkey, size, color=(0, 0, 0), tw=0.0, order=0, rot=0):
        f = font(fkey); f.used.update(s)
        c = "%.3f %.3f %.3f rg" % color
        if rot == 0:
            tm = "1 0 0 1 %.2f %.2f Tm" % (x, y)
        elif rot == 90:
            tm = "0 1 -1 0 %.2f %.2f Tm" % (x, y)
        elif rot == 180:
            tm = "-1 0 0 -1 %.2f %.2f Tm" % (x, y)
        else:
            tm = "0 -1 1 0 %.2f %.2f Tm" % (x, y)
        self.add("BT %s /%s %.2f Tf %.4f Tw %s %s Tj ET" % (c, fid(fkey), size, tw, tm, pdfstr(s)), order)

    def rect(self, x, y, w, h, fill=(0.8, 0.8, 0.8), stroke=None, order=0, lw=0.5):
        s = "q "
        if fill:
            s += "%.3f %.3f %.3f rg " % fill
        if stroke:
            s += "%.3f %.3f %.3f RG %.2f w " % (stroke + (lw,))
        s += "%.2f %.2f %.2f %.2f re %s Q" % (x, y, w, h, "B" if fill and stroke else ("f" if fill else "S"))
        self.add(s, order)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None, order=0):
        d = "[%s] 0 d " % dash if dash else ""
        self.add("q %.3f %.3f %.3f RG %.2f w %s%.2f %.2f m %.2f %.2f l S Q" % (color + (lw, d, x1, y1, x2, y2)), order)

    def stream(self):
        return "\n".join(s for _, _, s in sorted(self.ops, key=lambda t: (t[0], t[1]))).encode("latin-1")


def fid(fkey):
    return "F" + fkey.replace("-", "")


def draw_para(page, x, y, width, text, fkey, size, lead, justify=True, indent=0.0, color=(0, 0, 0), order=0, hyphenate=True):
    """Draw a paragraph with its top baseline at y; returns the y of the next baseline."""
    lines = break_lines(text, fkey, size, width, indent, hyphenate)
    for k, (ln, nat, nsp, last) in enumerate(lines):
        xx = x + (indent if k == 0 else 0)
        avail = width - (indent if k == 0 else 0)
        tw = (avail - nat) / nsp if justify and not last and nsp else 0.0
        page.text(xx, y, ln, fkey, size, color, tw, order)
        y -= lead
    return y


class Flow:
    """Lines of several paragraphs flowed through a list of frames (page, x, ytop, width, ybottom)."""
    def __init__(self, frames, order=0):
        self.frames = frames
        self.fi = 0
        self.y = frames[0][2]
        self.order = order
        self.log = []

    @property
    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        self.y = self.frames[self.fi][2]

    def space(self, h):
        self.y -= h

    def need(self, h):
        if self.y - h < self.frame[4]:
            self.next_frame()

    def para(self, text, fkey, size, lead, justify=True, indent=0.0, color=(0, 0, 0), hyphenate=True, marks=None, insert=None):
        page, x, _, width, ybot = self.frame
        lines = break_lines(text, fkey, size, width, indent, hyphenate)
        for k, (ln, nat, nsp, last) in enumerate(lines):
            if insert and k == insert[0]:
                if self.y - insert[2] < self.frame[4]:
                    self.next_frame()
                    self.log.append(("break-before-insert", ln))
                self.log.append(("insert", self.fi))
                page, x, _, width, ybot = self.frame
                self.y -= insert[1](page, x, self.y + lead * 0.7, width)
            if self.y < ybot:
                self.next_frame()
                self.log.append(("break", ln, k, text, self.fi))
            page, x, _, width, ybot = self.frame
            xx = x + (indent if k == 0 else 0)
            avail = width - (indent if k == 0 else 0)
            tw = (avail - nat) / nsp if justify and not last and nsp else 0.0
            page.text(xx, self.y, ln, fkey, size, color, tw, self.order)
            if marks:
                for word, mark in marks:
                    if ln.endswith(word) or (word + " ") in ln:
                        # superscript note mark right after the word
                        pre = ln[:ln.index(word) + len(word)]
                        f = font(fkey)
                        nspre = pre.count(" ")
                        mx = xx + f.width(pre, size) + nspre * tw
                        page.text(mx + 0.3, self.y + size * 0.38, mark, fkey, size * 0.6, (0.6, 0.1, 0.1), 0, self.order)
            self.y -= lead
        return self

    def heading(self, text, fkey, size, lead, color=(0, 0, 0), before=0, after=0):
        self.y -= before
        self.need(lead * 2.5)
        page, x, _, width, ybot = self.frame
        lines = break_lines(text, fkey, size, width, 0, False)
        for ln, nat, nsp, last in lines:
            page.text(x, self.y, ln, fkey, size, color, 0, self.order)
            self.y -= lead
        self.y -= after


# ------------------------------------------------------------------ writing with pdfbuilder
def write_pdf(path, pages, title, creator):
    """Write the pages with pdfbuilder. Object ids are planned first, then added in id order."""
    import os
    keys = sorted({k for p in pages for _, _, s in p.ops for k in FONTS if ("/" + fid(k) + " ") in s})
    objs = []  # (id, props, stream)

    def new(props, stream=None):
        objs.append([len(objs) + 1, props, stream])
        return ObjectReference(len(objs))

    info = new({"Title": "(%s)" % title.replace("(", "\\(").replace(")", "\\)"), "Creator": "(%s)" % creator,
                "Producer": "(pdfbuilder 0.1.0)"})
    fontrefs = {}
    for k in keys:
        f = FONTS[k]
        chars = set(f.used) | set(" ")
        opts = ftsubset.Options(); opts.notdef_outline = True; opts.name_IDs = ["*"]
        opts.drop_tables += ["GSUB", "GPOS", "kern", "FFTM"]
        sub = ftsubset.Subsetter(opts)
        tt = TTFont(f.path)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(tt)
        buf = io.BytesIO(); tt.save(buf); data = buf.getvalue()
        comp = zlib.compress(data)
        ff = new({"Length": len(comp), "Length1": len(data), "Filter": "/FlateDecode"}, comp)
        rng = random.Random(k)
        tag = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
        base = "/%s+%s" % (tag, f.psname)
        head = f.tt["head"]; os2 = f.tt["OS/2"]; post = f.tt["post"]
        s = 1000.0 / f.upm
        fd = new({"Type": "/FontDescriptor", "FontName": base, "Flags": 32 + (64 if post.italicAngle else 0),
                  "FontBBox": [int(head.xMin * s), int(head.yMin * s), int(head.xMax * s), int(head.yMax * s)],
                  "ItalicAngle": int(post.italicAngle), "Ascent": int(os2.sTypoAscender * s),
                  "Descent": int(os2.sTypoDescender * s), "CapHeight": int(getattr(os2, "sCapHeight", 700) * s),
                  "StemV": 80, "FontFile2": ff})
        widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                g = f.cmap.get(ord(ch))
                widths.append(int(round(f.hmtx[g][0] * s)) if g else 0)
            except UnicodeDecodeError:
                widths.append(0)
        fontrefs[k] = new({"Type": "/Font", "Subtype": "/TrueType", "BaseFont": base, "FirstChar": 32,
                           "LastChar": 255, "Widths": widths, "Encoding": "/WinAnsiEncoding", "FontDescriptor": fd})
    res = new({"ProcSet": ["/PDF", "/Text"], "Font": Object({fid(k): fontrefs[k] for k in keys})})
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    for p in pages:
        data = zlib.compress(p.stream())
        c = new({"Length": len(data), "Filter": "/FlateDecode"}, data)
        kids.append(new({"Type": "/Page", "Parent": ObjectReference(pages_id), "MediaBox": [0, 0, round(p.w, 2), round(p.h, 2)],
                         "Resources": res, "Contents": c}))
    pr = new({"Type": "/Pages", "Kids": kids, "Count": len(kids)})
    assert pr.id == pages_id
    cat = new({"Type": "/Catalog", "Pages": pr})
    if os.path.exists(path):
        os.remove(path)
    doc = PDF(path)
    for oid, props, stream in objs:
        o = Object(props, stream_data=stream)
        doc.add_new_object(o)
        assert o.id == oid
    doc.save(root_id=cat.id, info_id=info.id)
    for f in FONTS.values():
        f.used = set()
