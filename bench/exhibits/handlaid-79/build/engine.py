# -*- coding: utf-8 -*-
"""My own layout engine for jgraph pages: AFM metrics (URW base-35, metric twins of the base-14 fonts
Ghostscript substitutes), greedy line breaking with pyphen hyphenation, column frames with enter hooks.
Each page becomes one jgraph file (build/jgr/), jgraph -> EPS, ps2pdf -dEPSCrop -> PDF, pdfunite."""
import os, re, subprocess
import pyphen

AFMDIR = "/usr/share/fonts/type1/urw-base35"
AFM = {"Times-Roman": "NimbusRoman-Regular", "Times-Bold": "NimbusRoman-Bold",
       "Times-Italic": "NimbusRoman-Italic", "Times-BoldItalic": "NimbusRoman-BoldItalic",
       "Helvetica": "NimbusSans-Regular", "Helvetica-Bold": "NimbusSans-Bold",
       "Helvetica-Oblique": "NimbusSans-Italic"}
# Unicode -> StandardEncoding byte (the fonts' built-in encoding, which jgraph keeps)
STD = {"\u2019": 0x27, "\u2018": 0x60, "\u201c": 0xAA, "\u201d": 0xBA, "\u2013": 0xB1, "\u2014": 0xD0,
       "\u00b7": 0xB4, "\u2022": 0xB7, "'": 0xA9, "\u00a0": 0x20, "\u2020": 0xB2, "\u203a": 0xAD}
_W = {}

def widths(font):
    if font not in _W:
        w = {}
        for line in open(os.path.join(AFMDIR, AFM[font] + ".afm"), encoding="latin-1"):
            m = re.match(r"C (-?\d+) ; WX (\d+) ;", line)
            if m and int(m.group(1)) >= 0:
                w[int(m.group(1))] = int(m.group(2))
        _W[font] = w
    return _W[font]

def enc(s):
    out = []
    for ch in s:
        c = STD.get(ch, ord(ch))
        if c > 127 and ch not in STD:
            raise ValueError("no StandardEncoding slot for %r" % ch)
        out.append(chr(c))
    return "".join(out)

def width(s, font, size):
    w = widths(font)
    return sum(w.get(ord(c), 500) for c in enc(s)) * size / 1000.0

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

class Page:
    def __init__(self, w, h):
        self.w, self.h, self.cmds = w, h, []
    def text(self, x, y, s, font="Times-Roman", size=10, color=(0, 0, 0), align="l", rotate=0):
        """y measured from the top of the page (baseline)."""
        if not s.strip():
            return
        c = "lcolor %.3f %.3f %.3f " % color
        r = "rotate %g " % rotate if rotate else ""
        self.cmds.append("newstring hj%s vjb x %.2f y %.2f font %s fontsize %g %s%s: %s"
                         % (align[0], x, self.h - y, font, size, c, r, enc(s)))
    def rect(self, x, y, w, h, fill=(0.8, 0.8, 0.8)):
        X, Y = x, self.h - y - h
        self.cmds.append("newline poly pcfill %.3f %.3f %.3f color %.3f %.3f %.3f pts %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f"
                         % (fill + fill + (X, Y, X + w, Y, X + w, Y + h, X, Y + h)))
    def rule(self, x1, y1, x2, y2, t=0.5, color=(0, 0, 0)):
        self.cmds.append("newline linethickness %.2f color %.3f %.3f %.3f pts %.2f %.2f %.2f %.2f"
                         % (t / 0.7 * 0.7, color[0], color[1], color[2], x1, self.h - y1, x2, self.h - y2))
    def jgr(self, info=None):
        head = ["bbox 0 0 %d %d" % (self.w, self.h)]
        if info:
            head.append("preamble : [ /Title (%s) /Author (%s) /Creator (mk_pdf.py via jgraph 83, set 79) /DOCINFO pdfmark"
                        % tuple(i.replace("\u2013", "-").replace("\u2019", "'").encode("ascii", "replace").decode() for i in info))
        head += ["newgraph", "xaxis min 0 max %d size %.5f nodraw" % (self.w, self.w / 72.0),
                 "yaxis min 0 max %d size %.5f nodraw" % (self.h, self.h / 72.0)]
        return "\n".join(head + self.cmds) + "\n"

def build_pdf(pages, out_pdf, workdir, info):
    os.makedirs(workdir, exist_ok=True)
    parts = []
    base = os.path.splitext(os.path.basename(out_pdf))[0]
    for i, p in enumerate(pages, 1):
        j = os.path.join(workdir, "%s_p%d.jgr" % (base, i))
        with open(j, "w", encoding="latin-1") as f:
            f.write(p.jgr(info if i == 1 else None))
        eps = j[:-4] + ".eps"
        with open(eps, "wb") as f:
            subprocess.run(["jgraph", j], stdout=f, check=True)
        pdf = j[:-4] + ".pdf"
        subprocess.run(["ps2pdf", "-dEPSCrop", eps, pdf], check=True)
        parts.append(pdf)
    if len(parts) == 1:
        subprocess.run(["cp", parts[0], out_pdf], check=True)
    else:
        subprocess.run(["pdfunite"] + parts + [out_pdf], check=True)

def hyph_split(word, font, size, room):
    """Return (head-with-hyphen, tail) fitting room, or None."""
    core = word.rstrip(",.;:?!’”)")
    if not (core.isalpha() and core.islower() and len(core) >= 7):
        if "-" in core[1:-1]:
            i = core.rfind("-", 0, len(core) - 1)
            while i > 0:
                if width(word[:i + 1], font, size) <= room:
                    return word[:i + 1], word[i + 1:]
                i = core.rfind("-", 0, i)
        return None
    for head, tail in HY.iterate(core):
        h = head + "-"
        if width(h, font, size) <= room:
            return h, word[len(head):]
    return None

def break_lines(text, font, size, width_fn):
    """width_fn(i) gives available width of line i. Returns list of line strings (hyphens kept)."""
    words = text.split()
    lines, cur, i = [], "", 0
    while words:
        w = words[0]
        trial = (cur + " " + w) if cur else w
        if width(trial, font, size) <= width_fn(len(lines)):
            cur = trial; words.pop(0); continue
        room = width_fn(len(lines)) - (width(cur + " ", font, size) if cur else 0)
        hs = hyph_split(w, font, size, room)
        if hs:
            cur = (cur + " " + hs[0]) if cur else hs[0]
            words[0] = hs[1]
        elif not cur:
            cur = w; words.pop(0)
        lines.append(cur); cur = ""
    if cur:
        lines.append(cur)
    return lines

class Flow:
    """Fills frames (page, x, ytop, w, ybottom) in order. hooks[frame_index](flow) runs on entering."""
    def __init__(self, frames, hooks=None, log=None):
        self.frames, self.hooks, self.fi = frames, hooks or {}, 0
        self.log = log if log is not None else []
        self.page, self.x, self.y, self.w, self.bottom = frames[0]
        if 0 in self.hooks:
            self.hooks[0](self)
    def next_frame(self, why=""):
        self.fi += 1
        self.page, self.x, self.y, self.w, self.bottom = self.frames[self.fi]
        self.log.append("frame %d entered %s" % (self.fi, why))
        if self.fi in self.hooks:
            self.hooks[self.fi](self)
    def space(self, d):
        self.y += d
    def ensure(self, h):
        if self.y + h > self.bottom:
            self.next_frame("(keep)")
    def para(self, text, font="Times-Roman", size=10, lead=13, color=(0, 0, 0), indent=0, after=6,
             interrupt=None, dropcap=None, lines_out=None):
        """interrupt=(n, fn): after n lines fn(self) draws an inset, then the paragraph resumes.
        dropcap=(letter, font, size, nlines, color): letter set large; first nlines narrowed."""
        rest, total, first = text, 0, True
        dc_w = 0
        if dropcap:
            L, dfont, dsize, dn, dcol = dropcap
            dc_w = width(L, dfont, dsize) + 3
            self.page.text(self.x, self.y + lead * dn - 1, L, dfont, dsize, dcol)
        def extra(g):
            e = indent if g == 0 else 0
            if dropcap and g < dropcap[3]:
                e = dc_w
            return e
        while rest:
            bs = total
            lines = break_lines(rest, font, size, lambda i: self.w - extra(bs + i))
            placed, why = 0, "done"
            for k, ln in enumerate(lines):
                if interrupt and total == interrupt[0]:
                    why = "inset"; break
                if self.y + lead > self.bottom:
                    why = "frame"; break
                self.y += lead
                self.page.text(self.x + extra(total), self.y, ln, font, size, color)
                if lines_out is not None:
                    lines_out.append(ln)
                placed += 1; total += 1
            if why == "done":
                break
            rest = _remainder(rest, lines[:placed])
            if placed:
                first = False
            if why == "inset":
                interrupt[1](self); interrupt = None
                self.log.append("para interrupted by inset after %d lines: | %s..." % (total, rest[:40]))
            else:
                self.log.append("para split after %d lines: | %s..." % (total, rest[:40]))
                self.next_frame("(para)")
        self.y += after

    def block_height(self, text, font, size, lead, w):
        return len(break_lines(text, font, size, lambda i: w)) * lead

    def lines_at(self, x, text, font, size, lead, w, color=(0, 0, 0), align="l"):
        for ln in break_lines(text, font, size, lambda i: w):
            self.y += lead
            xx = x if align == "l" else x + w
            self.page.text(xx, self.y, ln, font, size, color, align)

def _remainder(text, lines):
    """text minus the words set in lines (a hyphenated tail stays)."""
    words = text.split()
    n = 0
    for ln in lines:
        for tok in ln.split():
            w = words[n]
            if tok == w:
                n += 1
            elif tok.endswith("-") and w.startswith(tok):
                words[n] = w[len(tok):]
            elif tok.endswith("-") and w.startswith(tok[:-1]):
                words[n] = w[len(tok) - 1:]
            else:
                n += 1
    return " ".join(words[n:])
