# -*- coding: utf-8 -*-
"""My own layout engine for gri: AFM metrics of the URW base-35 fonts that Ghostscript
substitutes for gri's Times/Helvetica/Palatino, a greedy line breaker with pyphen (en_GB)
hyphenation, column flows with obstacles, and a writer of gri command files."""
import os, re, sys
import pyphen

AFM_DIR = "/usr/share/fonts/type1/urw-base35"
FONTS = {  # gri font name -> AFM file
    "TimesRoman": "NimbusRoman-Regular.afm",
    "TimesBold": "NimbusRoman-Bold.afm",
    "Helvetica": "NimbusSans-Regular.afm",
    "HelveticaBold": "NimbusSans-Bold.afm",
    "Palatino": "P052-Roman.afm",
    "Courier": "NimbusMonoPS-Regular.afm",
}
UNI2NAME = {"é": "eacute", "è": "egrave", "à": "agrave", "ü": "udieresis", "ö": "odieresis", "ä": "adieresis",
            "·": "periodcentered", "É": "Eacute", "ô": "ocircumflex", "ç": "ccedilla", "â": "acircumflex",
            "ê": "ecircumflex", "î": "icircumflex", "’": "quoteright", "‘": "quoteleft", "—": "emdash"}
_metrics = {}

def metrics(font):
    if font not in _metrics:
        bycode, byname = {}, {}
        for line in open(os.path.join(AFM_DIR, FONTS[font]), encoding="latin-1"):
            m = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+)", line)
            if m:
                c, w, n = int(m.group(1)), int(m.group(2)), m.group(3)
                byname[n] = w
                if c >= 0:
                    bycode[c] = w
        _metrics[font] = (bycode, byname)
    return _metrics[font]

def wwidth(w, font, size):
    base, _, mark = w.partition("^")
    return width(base, font, size) + (width(mark, font, size * 0.6) if mark else 0)

def width(s, font, size):
    bycode, byname = metrics(font)
    w = 0
    for ch in s:
        if ch in UNI2NAME:
            w += byname[UNI2NAME[ch]]
        elif ch == "'":
            w += byname["quoteright"]
        else:
            w += bycode[ord(ch)]
    return w * size / 1000.0

HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

def split_options(word):
    """Possible (head, tail) line-end breaks of a word, longest head first."""
    out = []
    m = re.match(r"^([A-Za-zéèàüöäôç]+)([^A-Za-z]*)$", word)
    if m and len(m.group(1)) >= 7 and m.group(1)[0].islower():
        core, punct = m.group(1), m.group(2)
        for head, tail in HY.iterate(core):
            out.append((head + "-", tail + punct))
    if "-" in word.strip("-"):
        i = word.rfind("-")
        while i > 0:
            out.append((word[:i + 1], word[i + 1:]))
            i = word.rfind("-", 0, i)
        out.sort(key=lambda p: -len(p[0]))
    return out

def first_line(words, font, size, avail):
    """Greedy: the first line of a word list and the words left over."""
    words = list(words)
    cur = []
    space = width(" ", font, size)
    while words:
        w = words[0]
        trial = cur + [w]
        if sum(wwidth(t, font, size) for t in trial) + space * (len(trial) - 1) <= avail:
            cur.append(w); words.pop(0); continue
        for head, tail in split_options(w):
            t2 = cur + [head]
            if sum(wwidth(t, font, size) for t in t2) + space * (len(t2) - 1) <= avail:
                cur.append(head); words[0] = tail
                break
        if not cur:
            cur.append(w); words.pop(0)
        break
    return cur, words

def break_lines(text, font, size, width_fn, indent=0.0):
    """Greedy breaker. width_fn(i) gives the measure of line i. Returns list of (words, is_last)."""
    words, lines = text.split(), []
    while words:
        ln, words = first_line(words, font, size, width_fn(len(lines)) - (indent if not lines else 0))
        lines.append(ln)
    return [(ln, k == len(lines) - 1) for k, ln in enumerate(lines)]

PT_PER_CM = 28.45  # gri's conversion

def esc(s):
    s = s.replace("’", "'").replace("‘", "`")
    assert '"' not in s and "\\" not in s and "$" not in s, s
    return s

class Doc:
    def __init__(self, w, h, npages=1):
        self.w, self.h = w, h
        self.pages = [[] for _ in range(npages)]
        self.state = [dict(font=None, size=None, color=None) for _ in range(npages)]

    def _set(self, p, font=None, size=None, color=None):
        st, cmds = self.state[p], self.pages[p]
        if font and st["font"] != font:
            cmds.append("set font to %s" % font); st["font"] = font
        if size and st["size"] != size:
            cmds.append("set font size %g" % size); st["size"] = size
        if color is not None and st["color"] != color:
            cmds.append("set color rgb %.3f %.3f %.3f" % color); st["color"] = color

    def cm(self, x, y):  # top-left pt -> gri cm from bottom-left
        return x / PT_PER_CM, (self.h - y) / PT_PER_CM

    def text(self, p, x, y, s, font="TimesRoman", size=10, color=(0, 0, 0), rot=0, align="left"):
        self._set(p, font, size, color)
        if align == "right":
            x -= width(s, font, size)
        elif align == "center":
            x -= width(s, font, size) / 2
        X, Y = self.cm(x, y)
        r = " rotated %g" % rot if rot else ""
        self.pages[p].append('draw label "%s" at %.3f %.3f cm%s' % (esc(s), X, Y, r))

    def box(self, p, x0, y0, x1, y1, color):
        self._set(p, color=color)
        a = self.cm(x0, y1); b = self.cm(x1, y0)
        self.pages[p].append("draw box filled %.3f %.3f %.3f %.3f cm" % (a[0], a[1], b[0], b[1]))

    def rule(self, p, x0, y0, x1, y1, color=(0, 0, 0), lw=0.5):
        self._set(p, color=color)
        a = self.cm(x0, y0); b = self.cm(x1, y1)
        self.pages[p].append("set line width %g" % lw)
        self.pages[p].append("draw line from %.3f %.3f to %.3f %.3f cm" % (a[0], a[1], b[0], b[1]))

    def line_words(self, p, x, y, words, is_last, font, size, measure, color=(0, 0, 0), justify=True):
        if any("^" in w for w in words):  # a note mark: word^N, set small and raised, glued to the word
            total = sum(wwidth(w, font, size) for w in words)
            gap = (measure - total) / (len(words) - 1) if (justify and not is_last and len(words) > 1) else width(" ", font, size)
            for w in words:
                base, _, mark = w.partition("^")
                self.text(p, x, y, base, font, size, color)
                if mark:
                    self.text(p, x + width(base, font, size), y - size * 0.38, mark, font, size * 0.6, color)
                x += wwidth(w, font, size) + gap
            return
        if not justify or is_last or len(words) == 1:
            self.text(p, x, y, " ".join(words), font, size, color)
            return
        total = sum(width(w, font, size) for w in words)
        gap = (measure - total) / (len(words) - 1)
        for w in words:
            self.text(p, x, y, w, font, size, color)
            x += width(w, font, size) + gap

    def gri(self):
        out = ["set font encoding isolatin1", "set line width 0.5"]
        for i, cmds in enumerate(self.pages):
            if i:
                out.append("new page")
                out += ["set font encoding isolatin1"]
            out += cmds
        return "\n".join(out) + "\n"

class Flow:
    """Fills frames (page, x, top, width, bottom) line by line.
    obstacles[frame] = list of [top, bottom, draw_fn]; a line that would touch an obstacle
    makes the flow draw it (at that moment, so in stream order) and jump below it.
    enter[frame] = fn(flow) called when the flow enters that frame."""
    def __init__(self, doc, frames, enter=None, obstacles=None, log=None):
        self.doc, self.frames = doc, frames
        self.enter = enter or {}
        self.obstacles = obstacles or {}
        self.fi = -1
        self.log = log if log is not None else []
        self.next_frame()

    @property
    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        p, x, top, w, bot = self.frames[self.fi]
        self.y = top
        if self.fi in self.enter:
            self.enter[self.fi](self)

    def _obstacle(self, h):
        for ob in self.obstacles.get(self.fi, []):
            top, bot, fn, done = ob
            if not done and self.y + h > top - 2:
                ob[3] = True
                fn(self)
                self.y = bot + 8
                return True
        return False

    def room(self, h):
        while True:
            if self._obstacle(h):
                continue
            if self.y + h <= self.frame[4]:
                return
            self.next_frame()

    def space(self, h):
        self.y += h

    def para(self, text, font="TimesRoman", size=10, lead=13, indent=0.0, justify=True, color=(0, 0, 0), after=4, tag=None):
        words = text.split()
        start = self.fi
        k = 0
        while words:
            self.room(lead)
            p, x, top, w, bot = self.frame
            ind = indent if k == 0 else 0
            ln, words = first_line(words, font, size, w - ind)
            self.y += lead
            if k and start != self.fi and tag:
                self.log.append("%s: crosses into frame %d at line %d" % (tag, self.fi, k + 1))
                start = self.fi
            self.doc.line_words(p, x + ind, self.y - lead * 0.25, ln, not words, font, size, w - ind, color, justify)
            k += 1
        self.y += after

    def heading(self, label, title, size=13, font="HelveticaBold", color=(0, 0, 0), label_color=None, lead=16, before=6, after=4, hang=0, kicker=None):
        need = lead * 2 + 30 + (12 if kicker else 0)
        self.room(need)
        self.y += before
        p, x, top, w, bot = self.frame
        if kicker:
            self.y += 10
            self.doc.text(p, x, self.y, kicker.upper(), "Helvetica", 7.5, (0.45, 0.45, 0.45))
            self.y += 3
        self.y += lead
        if label and hang:
            self.doc.text(p, x - hang, self.y - 3, label, font, size, label_color or color)
            self.doc.text(p, x, self.y - 3, title, font, size, color)
        elif label:
            self.doc.text(p, x, self.y - 3, label + "  " + title, font, size, color)
        else:
            self.doc.text(p, x, self.y - 3, title, font, size, color)
        self.y += after

def build_pdf(doc, name, outdir, title, author, subject):
    import subprocess
    gri = os.path.join(outdir, "build", "gri", name + ".gri")
    os.makedirs(os.path.dirname(gri), exist_ok=True)
    open(gri, "wb").write(doc.gri().encode("latin-1"))
    ps = gri[:-4] + ".ps"
    subprocess.run(["gri", "-batch", "-output", ps, gri], check=True, stdout=subprocess.DEVNULL)
    meta = gri[:-4] + ".pdfmark"
    open(meta, "w").write("[ /Title (%s) /Author (%s) /Subject (%s) /Creator (gri 2.12.27 via build/%s, set 81) /DOCINFO pdfmark\n" % (title, author, subject, os.path.basename(sys.argv[0])))
    pdf = os.path.join(outdir, name + ".pdf")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dDEVICEWIDTHPOINTS=%d" % doc.w, "-dDEVICEHEIGHTPOINTS=%d" % doc.h, "-dFIXEDMEDIA",
                    "-dAutoRotatePages=/None", "-sOutputFile=" + pdf, ps, meta], check=True)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(outdir, name + ".txt")], check=True)
