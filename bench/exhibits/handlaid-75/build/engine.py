"""My own layout engine for set 75. GMT (classic mode: psxy / pstext / psconvert) only draws:
every line of text is one pstext record placed by this file; justified lines are placed word by word.
Widths come from the URW base35 AFM files (the fonts Ghostscript substitutes for the PostScript names
GMT writes), hyphenation from pyphen."""
import os, re, subprocess
import pyphen

AFM_DIR = "/usr/share/fonts/type1/urw-base35"
AFM = {"Helvetica": "NimbusSans-Regular", "Helvetica-Bold": "NimbusSans-Bold",
       "Helvetica-Oblique": "NimbusSans-Italic", "Helvetica-BoldOblique": "NimbusSans-BoldItalic",
       "Times-Roman": "NimbusRoman-Regular", "Times-Bold": "NimbusRoman-Bold",
       "Times-Italic": "NimbusRoman-Italic", "Times-BoldItalic": "NimbusRoman-BoldItalic"}
_metrics = {}
HYPH = pyphen.Pyphen(lang="en_GB", left=3, right=3)
LOG = []


def metrics(font):
    if font not in _metrics:
        w = {}
        for line in open(os.path.join(AFM_DIR, AFM[font] + ".afm"), encoding="latin-1"):
            m = re.match(r"C (\d+) ; WX (\d+) ;", line)
            if m and int(m.group(1)) > 0:
                w[int(m.group(1))] = int(m.group(2))
        _metrics[font] = w
    return _metrics[font]


def width(text, font, size):
    m = metrics(font)
    return sum(m.get(ord(c) if ord(c) < 128 else 32, 500) for c in text) * size / 1000.0


def hyph_split(word, font, size, room):
    """Longest hyphenated head of word that fits in room (pt) -> (head-with-hyphen, tail) or None."""
    core = re.match(r"^([A-Za-z]+)(.*)$", word)
    cands = []
    if "-" in word.strip("-"):  # break after an existing hyphen
        parts = word.split("-")
        for i in range(1, len(parts)):
            cands.append(("-".join(parts[:i]) + "-", "-".join(parts[i:])))
    if core and core.group(1).islower() and len(core.group(1)) >= 7:
        letters, rest = core.group(1), core.group(2)
        for pos in HYPH.positions(letters):
            cands.append((letters[:pos] + "-", letters[pos:] + rest))
    best = None
    for head, tail in cands:
        if width(head, font, size) <= room and (best is None or len(head) > len(best[0])):
            best = (head, tail)
    return best


def break_lines(text, font, size, widthfn, hyphenate=True):
    """Greedy breaker. widthfn(i) gives the measure of line i. Returns list of (words, is_last)."""
    words = text.split()
    lines, cur, i = [], [], 0
    sp = width(" ", font, size)
    while words:
        w = words[0]
        W = widthfn(len(lines))
        trial = " ".join(cur + [w])
        if width(trial, font, size) <= W:
            cur.append(w); words.pop(0); continue
        if hyphenate:
            room = W - (width(" ".join(cur), font, size) + sp if cur else 0)
            hs = hyph_split(w, font, size, room)
            if hs:
                cur.append(hs[0]); words[0] = hs[1]
        if not cur:  # overlong word
            cur.append(w); words.pop(0)
        lines.append(cur); cur = []
    if cur:
        lines.append(cur)
    return [(ln, k == len(lines) - 1) for k, ln in enumerate(lines)]


def first_line(words, font, size, W, hyphenate=True):
    """First line of a paragraph (list of words) at measure W -> (line words, remaining words)."""
    words = list(words)
    cur = []
    sp = width(" ", font, size)
    while words:
        w = words[0]
        if width(" ".join(cur + [w]), font, size) <= W:
            cur.append(w); words.pop(0); continue
        if hyphenate:
            room = W - (width(" ".join(cur), font, size) + sp if cur else 0)
            hs = hyph_split(w, font, size, room)
            if hs:
                cur.append(hs[0]); words[0] = hs[1]
        if not cur:
            cur.append(w); words.pop(0)
        break
    return cur, words


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.items = []  # ('rect', x,y,w,h,fill,pen) | ('text', x,y,font,size,color,just,angle,str) | ('line',...)

    def rect(self, x, ytop, w, h, fill="gray80", pen=None):
        self.items.append(("rect", x, ytop, w, h, fill, pen))

    def line(self, x1, y1, x2, y2, pen="0.5p,black"):
        self.items.append(("line", x1, y1, x2, y2, pen))

    def text(self, x, y, s, font="Times-Roman", size=10, color="black", just="BL", angle=0):
        self.items.append(("text", x, y, font, size, color, just, angle, s))

    def tline(self, x, y, words, font, size, color, measure, justify, last):
        """One text line at baseline y (top-down coordinates). Justified = word by word."""
        if justify and not last and len(words) > 1:
            tw = sum(width(w, font, size) for w in words)
            gap = (measure - tw) / (len(words) - 1)
            xx = x
            for w in words:
                self.text(xx, y, w, font, size, color)
                xx += width(w, font, size) + gap
        else:
            self.text(x, y, " ".join(words), font, size, color)

    def render(self, psfile):
        W, H = self.w, self.h
        opt = ["--PS_MEDIA=%gx%g" % (W, H), "--MAP_ORIGIN_X=0", "--MAP_ORIGIN_Y=0",
               "--PS_CHAR_ENCODING=ISOLatin1+", "--PS_PAGE_ORIENTATION=portrait"]
        R = ["-R0/%g/0/%g" % (W, H), "-Jx1p"]
        with open(psfile, "wb") as out:
            def run(args, data=None):
                subprocess.run(["gmt"] + args, input=data, stdout=out, check=True)
            run(["psxy"] + R + ["-T", "-P", "-K"] + opt)
            # group consecutive items of the same kind into one GMT call, keeping call order
            groups = []
            for it in self.items:
                k = it[0]
                if k == "text" and groups and groups[-1][0] == "text":
                    groups[-1][1].append(it)
                else:
                    groups.append((k, [it]))
            for k, its in groups:
                if k == "rect":
                    for _, x, yt, w, h, fill, pen in its:
                        y0 = H - yt - h
                        poly = "%g %g\n%g %g\n%g %g\n%g %g\n" % (x, y0, x + w, y0, x + w, y0 + h, x, y0 + h)
                        a = ["psxy"] + R + ["-L", "-O", "-K"] + opt
                        if fill: a.append("-G" + fill)
                        if pen: a.append("-W" + pen)
                        run(a, poly.encode())
                elif k == "line":
                    for _, x1, y1, x2, y2, pen in its:
                        run(["psxy"] + R + ["-W" + pen, "-O", "-K"] + opt,
                            ("%g %g\n%g %g\n" % (x1, H - y1, x2, H - y2)).encode())
                else:
                    recs = []
                    for _, x, y, font, size, color, just, angle, s in its:
                        recs.append("%g %g %g %gp,%s,%s %s %s" % (x, H - y, angle, size, font, color, just, s))
                    run(["pstext"] + R + ["-N", "-F+a+f+j", "-O", "-K"] + opt,
                        ("\n".join(recs) + "\n").encode("latin-1"))
            run(["psxy"] + R + ["-T", "-O"] + opt)


class Frame:
    def __init__(self, page, x, ytop, ybot, w, name=""):
        self.page, self.x, self.ytop, self.ybot, self.w, self.name = page, x, ytop, ybot, w, name


class Flow:
    """Fills frames line by line. Paragraph styles: dict(font,size,lead,color,justify,indent,space)."""
    def __init__(self, frames, on_enter=None):
        self.frames = frames
        self.fi = 0
        self.y = frames[0].ytop
        self.on_enter = on_enter or {}
        self.exclusions = []  # (frame index, ytop, ybot, left_cut, right_cut)
        self.line_hooks = {}  # (tag, line_no) -> fn(flow)

    @property
    def fr(self):
        return self.frames[self.fi]

    def next_frame(self, tag=""):
        LOG.append("frame %s -> %s during %s" % (self.fr.name, self.frames[self.fi + 1].name, tag))
        self.fi += 1
        self.y = self.fr.ytop
        if self.fi in self.on_enter:
            self.on_enter[self.fi](self)

    def space(self, h):
        self.y += h

    def need(self, h, tag=""):
        if self.y + h > self.fr.ybot:
            self.next_frame(tag)

    def cuts(self, ytop, ybot):
        l = r = 0
        for fi, et, eb, lc, rc in self.exclusions:
            if fi == self.fi and ybot > et and ytop < eb:
                l, r = max(l, lc), max(r, rc)
        return l, r

    def para(self, text, st, tag=""):
        font, size, lead = st["font"], st["size"], st["lead"]
        color, justify, indent = st.get("color", "black"), st.get("justify", False), st.get("indent", 0)
        words = text.split()
        n = 0
        while words:
            if self.y + lead > self.fr.ybot:
                self.next_frame(tag)
            y = self.y + lead
            l, r = self.cuts(self.y, y)
            ind = indent if n == 0 else 0
            W = self.fr.w - l - r - ind
            ln, rest = first_line(words, font, size, W, st.get("hyphenate", True))
            last = not rest
            self.fr.page.tline(self.fr.x + l + ind, y - lead * 0.22, ln, font, size, color, W, justify, last)
            self.y = y
            words = rest
            n += 1
            if (tag, n) in self.line_hooks:
                self.line_hooks[(tag, n)](self)
        self.y += st.get("space", 0)
        return n

    def heading(self, text, st, keep=40, tag=""):
        self.need(keep, tag)
        return self.para(text, dict(st, hyphenate=False), tag)


def build_pdf(pages, name, outdir, title, creator):
    psfiles = []
    for i, p in enumerate(pages):
        f = os.path.join(outdir, "%s_p%d.ps" % (name, i + 1))
        p.render(f)
        psfiles.append(f)
    subprocess.run(["gmt", "psconvert"] + psfiles + ["-TF", "-F" + os.path.join(outdir, name)], check=True)
    for f in psfiles:
        os.remove(f)
