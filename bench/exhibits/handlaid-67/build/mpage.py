# -*- coding: utf-8 -*-
"""A tiny page engine: my own line breaker (AFM widths of the base-35 Times/Helvetica, no kerning, because
MetaPost's `infont` sets strings without kerning or ligatures) that writes MetaPost source, one beginfig per
page, every word drawn on its own with `infont` at a position I compute. mpost writes .mps (PostScript), pdfTeX
(ConTeXt's supp-pdf MPS converter) turns each figure into one PDF page."""
import os, re, subprocess, pyphen

def kpse(name):
    return subprocess.run(["kpsewhich", name], capture_output=True, text=True).stdout.strip()

FONTS = {"R": "ptmr8r", "B": "ptmb8r", "I": "ptmri8r", "BI": "ptmbi8r", "S": "phvr8r", "SB": "phvb8r", "SI": "phvro8r"}
AFM = {"R": "ptmr8a", "B": "ptmb8a", "I": "ptmri8a", "BI": "ptmbi8a", "S": "phvr8a", "SB": "phvb8a", "SI": "phvro8a"}

def _enc():
    txt = open(kpse("8r.enc")).read()
    txt = re.sub(r"%[^\n]*", "", txt)
    body = txt[txt.index("[") + 1: txt.index("]")]
    names = re.findall(r"/([A-Za-z0-9.]+)", body)
    return {n: i for i, n in enumerate(names) if n != ".notdef"}
ENC = _enc()

WIDTH = {}
for k, a in AFM.items():
    w = {}
    for line in open(kpse(a + ".afm"), encoding="latin-1"):
        m = re.match(r"C -?\d+ ; WX (\d+) ; N (\S+) ;", line)
        if m:
            w[m.group(2)] = int(m.group(1))
    WIDTH[k] = w

PUNCT = {" ": "space", "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar", "%": "percent",
         "&": "ampersand", "'": "quoteright", "(": "parenleft", ")": "parenright", "*": "asterisk", "+": "plus",
         ",": "comma", "-": "hyphen", ".": "period", "/": "slash", ":": "colon", ";": "semicolon", "<": "less",
         "=": "equal", ">": "greater", "?": "question", "@": "at", "[": "bracketleft", "]": "bracketright",
         "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine", "’": "quoteright", "‘": "quoteleft", "“": "quotedblleft", "”": "quotedblright",
         "–": "endash", "—": "emdash", "·": "periodcentered", "é": "eacute", "É": "Eacute", "è": "egrave",
         "á": "aacute", "í": "iacute", "ó": "oacute", "ú": "uacute", "ñ": "ntilde", "î": "icircumflex",
         "ü": "udieresis", "›": "guilsinglright", "‹": "guilsinglleft", "£": "sterling", "×": "multiply",
         "•": "bullet", "¶": "paragraph", "§": "section"}

def gname(ch):
    if ch.isascii() and ch.isalpha():
        return ch
    return PUNCT[ch]

def width(s, font, size):
    if "^" in s:
        base, mark = s.split("^", 1)
        return width(base, font, size) + width(mark, font, size * 0.6)
    return sum(WIDTH[font][gname(c)] for c in s) * size / 1000.0

def mpstr(s):
    parts, buf = [], ""
    for c in s:
        g = gname(c)
        code = ENC[g]
        if 32 <= code < 127 and c != '"' and chr(code) == c:
            buf += c
        else:
            if buf:
                parts.append('"%s"' % buf); buf = ""
            parts.append("char(%d)" % code)
    if buf:
        parts.append('"%s"' % buf)
    return "&".join(parts) if parts else '""'

MPVER = subprocess.run(["mpost", "--version"], capture_output=True, text=True).stdout.split("\n")[0].split()[1]
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

def hyph_points(word):
    core = word.rstrip(".,;:!?”’)")
    if len(core) < 7 or not core.isalpha() or core[0].isupper() and len(core) < 9:
        return []
    if core[0].isupper():
        return []
    return [p for p in HY.positions(core)]

class Page:
    def __init__(self, w, h):
        self.w, self.h, self.cmds = w, h, []
    def text(self, x, y, s, font="R", size=10, color=None, rot=0):
        c = " withcolor (%.3f,%.3f,%.3f)" % color if color else ""
        r = " rotated %d" % rot if rot else ""
        self.cmds.append('draw ((%s) infont "%s") scaled %.5f%s shifted (%.2f,%.2f)%s;'
                         % (mpstr(s), FONTS[font], size / 9.96264, r, x, y, c))
    def words(self, x, y, s, font="R", size=10, color=None):
        """a ragged line written word by word (so pdftotext sees real gaps)"""
        sp = width(" ", font, size)
        for wd in s.split(" "):
            self.text(x, y, wd, font, size, color)
            x += width(wd, font, size) + sp
    def rect(self, x, y, w, h, color=(0.8, 0.8, 0.8)):
        self.cmds.append("fill (%.2f,%.2f)--(%.2f,%.2f)--(%.2f,%.2f)--(%.2f,%.2f)--cycle withcolor (%.3f,%.3f,%.3f);"
                         % (x, y, x + w, y, x + w, y + h, x, y + h, *color))
    def rule(self, x1, y1, x2, y2, wd=0.6, color=(0, 0, 0)):
        self.cmds.append("draw (%.2f,%.2f)--(%.2f,%.2f) withpen pencircle scaled %.2f withcolor (%.3f,%.3f,%.3f);"
                         % (x1, y1, x2, y2, wd, *color))
    def picture(self, x, y, w, h):
        """a grey box: grey rectangle with a lighter inner frame"""
        self.rect(x, y, w, h, (0.72, 0.72, 0.72))
        self.cmds.append("draw (%.2f,%.2f)--(%.2f,%.2f)--(%.2f,%.2f)--(%.2f,%.2f)--cycle withpen pencircle scaled 1.2 withcolor (0.88,0.88,0.88);"
                         % (x + 8, y + 8, x + w - 8, y + 8, x + w - 8, y + h - 8, x + 8, y + h - 8))

def break_lines(text, font, size, width_first, width_rest=None, hyphenate=True):
    """greedy breaker; returns list of (words, hyphen_end, is_last)"""
    width_rest = width_first if width_rest is None else width_rest
    words = text.split()
    lines, cur, i = [], [], 0
    sp = width(" ", font, size)
    avail = width_first
    def cur_w(ws):
        return sum(width(w, font, size) for w in ws) + sp * max(0, len(ws) - 1)
    while i < len(words):
        w = words[i]
        trial = cur + [w]
        if cur_w(trial) <= avail or not cur:
            if cur_w(trial) <= avail:
                cur = trial; i += 1; continue
        # does not fit: try hyphenation
        done = False
        if hyphenate:
            pts = hyph_points(w)
            for p in sorted(pts, reverse=True):
                head = w[:p] + "-"
                if cur_w(cur + [head]) <= avail:
                    lines.append((cur + [head], True)); words[i] = w[p:]; cur = []; done = True
                    break
        if not done:
            if not cur:  # overlong word
                lines.append(([w], False)); i += 1
            else:
                lines.append((cur, False)); cur = []
        avail = width_rest
    if cur:
        lines.append((cur, False))
    return [(ws, hy, n == len(lines) - 1) for n, (ws, hy) in enumerate(lines)]

class Flow:
    """fills a list of frames (page, x, ytop, ybot, w) line by line"""
    def __init__(self, frames, log=None, name=""):
        self.frames, self.fi = frames, 0
        self.y = frames[0][2]
        self.log, self.name = log, name
        self.on_leave = {}
        self.on_enter = {}
        self.mark_cb = None
    @property
    def frame(self):
        return self.frames[self.fi]
    @property
    def page(self):
        return self.frames[self.fi][0]
    def next_frame(self, why=""):
        if self.fi in self.on_leave:
            self.on_leave.pop(self.fi)(self)
        self.fi += 1
        self.y = self.frame[2]
        if self.fi in self.on_enter:
            self.on_enter.pop(self.fi)(self)
        if self.log is not None and why:
            self.log.append("%s: %s -> frame %d" % (self.name, why, self.fi))
    def need(self, h, why=""):
        if self.y - h < self.frame[3]:
            self.next_frame(why)
    def space(self, h):
        self.y -= h
    def line(self, ws, font, size, lead, justify, indent=0, color=None):
        self.need(lead, "line '%s'" % " ".join(ws)[:40])
        pg, x0, _, _, fw = self.frame
        base = self.y - lead * 0.8
        x = x0 + indent
        avail = fw - indent
        wl = [width(w, font, size) for w in ws]
        gap = width(" ", font, size)
        if justify and len(ws) > 1:
            gap = (avail - sum(wl)) / (len(ws) - 1)
        for w, l in zip(ws, wl):
            if "^" in w:
                b, m = w.split("^", 1)
                pg.text(x, base, b, font, size, color)
                pg.text(x + width(b, font, size), base + size * 0.38, m, font, size * 0.6, color)
                if self.mark_cb:
                    self.mark_cb(self, m)
            else:
                pg.text(x, base, w, font, size, color)
            x += l + gap
        self.y -= lead
    def para(self, text, font="R", size=10, lead=13, justify=True, indent=0, after=0, hooks=None, color=None,
             hyphenate=True):
        """sets a paragraph line by line; the rest is broken again for the frame each line lands in"""
        hooks = hooks or {}
        words = text.split()
        n = 0
        while words:
            self.need(lead, "line '%s'" % " ".join(words)[:40])
            fw = self.frame[4]
            ind = indent if n == 0 else 0
            ws, hy, last = break_lines(" ".join(words), font, size, fw - ind, fw, hyphenate)[0]
            k = len(ws)
            if hy:
                orig = words[k - 1]
                words = [orig[len(ws[-1]) - 1:]] + words[k:]
            else:
                words = words[k:]
            self.line(ws, font, size, lead, justify and not last, ind, color)
            n += 1
            if n in hooks:
                hooks[n](self)
        self.y -= after
        return n
    def heading(self, text, font="B", size=14, lead=17, before=6, after=3, color=None, keep=40):
        self.y -= before
        self.need(lead + keep, "keep heading '%s'" % text[:30])
        fw = self.frame[4]
        for ws, hy, last in break_lines(text, font, size, fw, fw, False):
            self.line(ws, font, size, lead, False, 0, color)
        self.y -= after

def write_pdf(pages, stem, outdir, builddir):
    mpdir = os.path.join(builddir, "mp")
    os.makedirs(mpdir, exist_ok=True)
    src = ["prologues:=3;", 'outputtemplate:="%j-%c.mps";', "warningcheck:=0;"]
    for i, p in enumerate(pages, 1):
        src.append("beginfig(%d);" % i)
        src.extend(p.cmds)
        src.append("setbounds currentpicture to (0,0)--(%.2f,0)--(%.2f,%.2f)--(0,%.2f)--cycle;" % (p.w, p.w, p.h, p.h))
        src.append("endfig;")
    src.append("end")
    open(os.path.join(mpdir, stem + ".mp"), "w", encoding="latin-1").write("\n".join(src) + "\n")
    subprocess.run(["mpost", "-interaction=nonstopmode", "-halt-on-error", stem + ".mp"], cwd=mpdir, check=True,
                   stdout=subprocess.DEVNULL)
    tex = ["\\pdfoutput=1 \\pdfcompresslevel=9 \\input supp-pdf.mkii",
           "\\pdfinfo{/Title (%s) /Creator (MetaPost %s with a hand-written line breaker)}" % (stem, MPVER),
           "\\def\\pg#1{\\setbox0\\hbox{\\convertMPtoPDF{#1}{1}{1}}\\pdfpagewidth=\\wd0 \\pdfpageheight=\\ht0 "
           "\\hoffset=-1in \\voffset=-1in \\shipout\\box0 }"]
    for i in range(1, len(pages) + 1):
        tex.append("\\pg{%s-%d.mps}" % (stem, i))
    tex.append("\\end")
    open(os.path.join(mpdir, stem + "_wrap.tex"), "w").write("\n".join(tex) + "\n")
    subprocess.run(["pdftex", "-interaction=nonstopmode", "-halt-on-error", stem + "_wrap.tex"], cwd=mpdir,
                   check=True, stdout=subprocess.DEVNULL)
    os.replace(os.path.join(mpdir, stem + "_wrap.pdf"), os.path.join(outdir, stem + ".pdf"))
