# A small page painter that writes LilyPond markup (one \markup per page, every item placed with \translate
# inside an \overlay), plus my own greedy line breaker measured with the URW base35 OpenType fonts that
# LilyPond/Pango use.  LilyPond 2.24 typesets the markup; Ghostscript (run by LilyPond) writes the PDF.
# Units: I work in PDF points from the top-left corner; LilyPond markup units are staff spaces (5 pt at the
# default 20 pt staff size), y upwards.
import os, subprocess, re
from fontTools.ttLib import TTFont
import pyphen

FONTDIR = "/usr/share/fonts/opentype/urw-base35/"
FACES = {  # key -> (pango description, file)
    "serif": ("C059", "C059-Roman.otf"),
    "serif-bold": ("C059 Bold", "C059-Bold.otf"),
    "serif-italic": ("C059 Italic", "C059-Italic.otf"),
    "sans": ("Nimbus Sans", "NimbusSans-Regular.otf"),
    "sans-bold": ("Nimbus Sans Bold", "NimbusSans-Bold.otf"),
    "sans-italic": ("Nimbus Sans Italic", "NimbusSans-Italic.otf"),
}
_metrics = {}
SS = 5.0  # points per staff space
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)


def metrics(face):
    if face not in _metrics:
        f = TTFont(FONTDIR + FACES[face][1])
        cmap = f.getBestCmap()
        hmtx = f["hmtx"].metrics
        upem = f["head"].unitsPerEm
        _metrics[face] = (cmap, hmtx, upem)
    return _metrics[face]


def width(s, face, size):
    cmap, hmtx, upem = metrics(face)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch)) or cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upem


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def font(face, size, body):
    return "\\override #'(font-name . %s) \\abs-fontsize #%.2f %s" % (q(FACES[face][0]), size, body)


def color(rgb, body):
    if rgb is None:
        return body
    return "\\with-color #(rgb-color %.3f %.3f %.3f) %s" % (rgb[0], rgb[1], rgb[2], body)


def break_lines(text, face, size, w, first_indent=0.0, hyphenate=True):
    """Greedy breaking. Returns list of (words, is_last). A word ending in a soft break is shown with '-'."""
    words = text.split()
    sp = width(" ", face, size)
    lines, cur, curw = [], [], 0.0
    avail = w - first_indent
    i = 0
    while i < len(words):
        wd = words[i]
        ww = width(wd, face, size)
        need = ww if not cur else curw + sp + ww
        if need <= avail:
            cur.append(wd); curw = need; i += 1; continue
        # try to hyphenate the word into the remaining space
        placed = False
        if hyphenate and cur is not None:
            room = avail - (curw + sp if cur else 0)
            core = re.match(r"^([A-Za-z\u00c0-\u017f]+)(.*)$", wd)
            if core and "-" not in wd and len(core.group(1)) >= 6:
                best = None
                for a, b in HY.iterate(core.group(1)):
                    if width(a + "-", face, size) <= room:
                        best = (a, b + core.group(2)); break
                if best:
                    cur.append(best[0] + "-"); words[i] = best[1]; placed = True
        if not cur and not placed:  # overlong word
            cur.append(wd); i += 1
        lines.append((cur, False))
        cur, curw, avail = [], 0.0, w
    if cur:
        lines.append((cur, True))
    return lines


class Doc:
    def __init__(self, name, width_pt, height_pt, header=None, footer=None, first_page_number=1):
        self.name, self.W, self.H = name, width_pt, height_pt
        self.pages = []
        self.header, self.footer = header, footer
        self.first_page_number = first_page_number
        self.new_page()

    def new_page(self):
        self.pages.append([])
        return len(self.pages) - 1

    # ---- primitives (x, y in pt from top-left; y = baseline for text)
    def put(self, page, x, y, body):
        self.pages[page].append("\\translate #'(%.3f . %.3f) %s" % (x / SS, -y / SS, body))

    def text(self, page, x, y, s, face="serif", size=10, rgb=None):
        self.put(page, x, y, color(rgb, font(face, size, q(s))))

    def text_right(self, page, xr, y, s, face="serif", size=10, rgb=None):
        self.text(page, xr - width(s, face, size), y, s, face, size, rgb)

    def justified(self, page, x, y, words, w, face="serif", size=10, rgb=None):
        body = "\\override #'(line-width . %.3f) \\justify-line { %s }" % (w / SS, " ".join(q(t) for t in words))
        self.put(page, x, y, color(rgb, font(face, size, body)))

    def rect(self, page, x, y, w, h, rgb=(0.78, 0.78, 0.78)):
        # y = top edge
        body = "\\filled-box #'(%.3f . %.3f) #'(%.3f . %.3f) #0" % (x / SS, (x + w) / SS, -(y + h) / SS, -y / SS)
        self.pages[page].append(color(rgb, body))

    def picture(self, page, x, y, w, h):
        self.rect(page, x, y, w, h, (0.80, 0.80, 0.80))
        ln = "\\draw-line #'(%.3f . %.3f)" % (w / SS, -h / SS)
        self.pages[page].append(color((0.62, 0.62, 0.62), "\\translate #'(%.3f . %.3f) %s" % (x / SS, -y / SS, ln)))
        ln2 = "\\draw-line #'(%.3f . %.3f)" % (w / SS, h / SS)
        self.pages[page].append(color((0.62, 0.62, 0.62), "\\translate #'(%.3f . %.3f) %s" % (x / SS, -(y + h) / SS, ln2)))

    def hline(self, page, x, y, w, thick=0.6, rgb=(0, 0, 0)):
        self.rect(page, x, y - thick / 2, w, thick, rgb)

    def rotated(self, page, cx, cy, s, angle, face="sans-bold", size=12, rgb=None):
        body = "\\center-align \\vcenter \\rotate #%g %s" % (angle, color(rgb, font(face, size, q(s))))
        self.put(page, cx, cy, body)

    def para(self, page, x, y, text, w, face="serif", size=10, lead=None, indent=0.0, rgb=None, justify=True):
        """Set a whole paragraph in one frame; returns the y of the next baseline."""
        lead = lead or size * 1.3
        for k, (ws, last) in enumerate(break_lines(text, face, size, w, indent)):
            xx = x + (indent if k == 0 else 0)
            if justify and not last:
                self.justified(page, xx, y, ws, w - (indent if k == 0 else 0), face, size, rgb)
            else:
                self.text(page, xx, y, " ".join(ws), face, size, rgb)
            y += lead
        return y

    def write(self, outdir, builddir):
        src = ['\\version "2.24.1"',
               "\\paper {",
               "  paper-width = %.3f\\pt paper-height = %.3f\\pt" % (self.W, self.H),
               "  top-margin = 0 bottom-margin = 0 left-margin = 0 right-margin = 0 indent = 0",
               "  top-system-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))",
               "  markup-system-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))",
               "  top-markup-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))",
               "  markup-markup-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))",
               "  ragged-bottom = ##t ragged-last-bottom = ##t",
               "  print-page-number = ##f tagline = ##f",
               "  first-page-number = %d" % self.first_page_number,
               "  oddHeaderMarkup = \\markup \\null evenHeaderMarkup = \\markup \\null",
               "  oddFooterMarkup = %s" % (self.footer or "\\markup \\null"),
               "  evenFooterMarkup = %s" % (self.footer or "\\markup \\null"),
               "}",
               "\\header { tagline = ##f }"]
        for i, items in enumerate(self.pages):
            if i:
                src.append("\\pageBreak")
            src.append("\\markup \\with-dimensions #'(0 . %.3f) #'(%.3f . 0) \\overlay {" % (self.W / SS, -(self.H - 60) / SS))
            src += ["  " + it for it in items]
            src.append("}")
        lyf = os.path.join(builddir, self.name + ".ly")
        with open(lyf, "w", encoding="utf-8") as f:
            f.write("\n".join(src) + "\n")
        base = os.path.join(outdir, self.name)
        subprocess.run(["lilypond", "-dno-point-and-click", "-lWARN", "-o", base, lyf], check=True)
        for ext in (".ps",):
            if os.path.exists(base + ext):
                os.remove(base + ext)


class Flow:
    """Flows blocks through a list of frames (page, x, top, width, bottom). on_change(old_index) is called
    when the flow leaves a frame, so that the generator can draw things at that moment (content order)."""

    def __init__(self, doc, frames, on_change=None):
        self.d, self.frames, self.i = doc, frames, 0
        self.on_change = on_change
        self.y = frames[0][2]
        self.trace = []  # (frame index, kind, key) for running heads

    @property
    def f(self):
        return self.frames[self.i]

    def next_frame(self):
        old = self.i
        self.i += 1
        self.y = self.f[2]
        if self.on_change:
            self.on_change(old, self)

    def ensure(self, h):
        if self.y + h > self.f[4] and self.y > self.f[2] + 1:
            self.next_frame()

    def space(self, h):
        self.y += h

    def lines(self, text, face, size, lead, indent=0.0, justify=True, rgb=None, key=None, keep=1):
        pg, x, top, w, bot = self.f
        ls = break_lines(text, face, size, w, indent)
        self.ensure(lead * min(keep, len(ls)))
        for k, (ws, last) in enumerate(ls):
            if self.y + lead - size * 0.3 > self.f[4] + 0.1:
                self.next_frame()
            pg, x, top, w, bot = self.f
            base = self.y + size
            ind = indent if k == 0 else 0.0
            if justify and not last:
                self.d.justified(pg, x + ind, base, ws, w - ind, face, size, rgb)
            else:
                self.d.text(pg, x + ind, base, " ".join(ws), face, size, rgb)
            self.trace.append((self.i, key))
            self.y += lead

    def box(self, h, draw, key=None):
        """Reserve h points and call draw(page, x, y, w)."""
        self.ensure(h)
        pg, x, top, w, bot = self.f
        draw(pg, x, self.y, w)
        self.trace.append((self.i, key))
        self.y += h
