# Mary Anning: hand-written PostScript (wall label set) distilled by Ghostscript ps2pdf.
# Vertical title band (rotated 90 deg), intro panel with picture, three numbered object labels in a grid,
# a picture cell for label 2 in the fourth grid cell.
import os, subprocess
from reportlab.pdfbase.pdfmetrics import stringWidth  # only for measuring the standard-14 fonts
from content import ANNING as EX, write_gold, OUT

NAME = "mary_anning"
W, H = 1190.55, 841.89  # A3 landscape

# StandardEncoding octal codes for the few non-ASCII characters
MAP = {"–": "\\261", "·": "\\264", "’": "\\047", "‘": "\\140", "“": "\\252", "”": "\\272", "—": "\\320"}


def pstr(s):
    out = []
    for ch in s:
        if ch in "()\\":
            out.append("\\" + ch)
        elif ch in MAP:
            out.append(MAP[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(ch)
    return "(" + "".join(out) + ")"


def mw(s, font, size):
    return stringWidth(s.replace("–", "-").replace("·", "."), font, size)


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if mw(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class PS:
    def __init__(self):
        self.o = []

    def add(self, s):
        self.o.append(s)

    def text(self, x, y, s, font, size, grey=0):
        self.add("/%s findfont %.1f scalefont setfont %.2f setgray %.1f %.1f moveto %s show" % (font, size, grey, x, y, pstr(s)))

    def para(self, x, y, text, font, size, width, lead, grey=0):
        for ln in wrap(text, font, size, width):
            self.text(x, y, ln, font, size, grey)
            y -= lead
        return y

    def box(self, x, y, w, h, grey):
        self.add("%.2f setgray newpath %.1f %.1f moveto %.1f 0 rlineto 0 %.1f rlineto %.1f 0 rlineto closepath fill" % (grey, x, y, w, h, -w))

    def frame(self, x, y, w, h, grey, lw=1):
        self.add("%.2f setgray %.1f setlinewidth newpath %.1f %.1f moveto %.1f 0 rlineto 0 %.1f rlineto %.1f 0 rlineto closepath stroke" % (grey, lw, x, y, w, h, -w))


def build():
    secs = EX["sections"]
    ps = PS()
    ps.add("%!PS-Adobe-3.0\n%%Title: " + NAME + "\n%%BoundingBox: 0 0 1191 842\n%%Pages: 1\n%%EndComments")
    ps.add("<< /PageSize [%.2f %.2f] >> setpagedevice" % (W, H))
    ps.add("%%Page: 1 1")
    ps.box(0, 0, W, H, 0.97)
    # --- vertical title band, title reads bottom to top
    ps.box(0, 0, 120, H, 0.22)
    t1, t2 = EX["title"].split(": ", 1)
    ps.add("gsave 62 60 translate 90 rotate")
    ps.text(0, 0, t1 + ":", "Helvetica-Bold", 34, 1)
    ps.text(0, -40, t2, "Helvetica", 30, 1)
    ps.add("grestore")
    # --- running: room line top right
    run0, run1 = EX["running"]
    ps.text(W - 40 - mw(run1, "Helvetica-Bold", 13), H - 40, run1, "Helvetica-Bold", 13, 0.35)
    # --- intro panel
    x0, colw = 160, 330
    y = H - 95
    for b in secs[0][2]:
        if b[0] == "p":
            y = ps.para(x0, y, b[1], "Times-Roman", 15.5, colw, 20.5) - 12
    y -= 6
    ps.box(x0, y - 230, colw, 230, 0.72)
    y -= 230 + 18
    cap = secs[0][2][-1]
    y = ps.para(x0, y, cap[1], "Helvetica-Oblique", 11.5, colw, 14.5)
    ps.para(x0, y - 2, cap[3], "Helvetica", 9.5, colw, 12, 0.4)
    # --- grid of object labels: cells (col,row)
    gx, gy, cw, ch, gap = 530, 60, 300, 340, 30
    cells = {1: (0, 1), 2: (1, 1), 3: (0, 0), "pic": (1, 0)}

    def cellxy(c):
        col, row = cells[c]
        return gx + col * (cw + gap), gy + row * (ch + gap)

    for i, (label, title, blocks) in enumerate(secs[1:], start=1):
        cx, cy = cellxy(i)
        ps.box(cx, cy, cw, ch, 1)
        ps.frame(cx, cy, cw, ch, 0.6, 0.8)
        # number disc
        ps.add("0.22 setgray newpath %.1f %.1f 17 0 360 arc fill" % (cx + 34, cy + ch - 36))
        ps.text(cx + 34 - mw(label, "Helvetica-Bold", 20) / 2, cy + ch - 43, label, "Helvetica-Bold", 20, 1)
        yy = cy + ch - 42
        for ln in wrap(title, "Helvetica-Bold", 19, cw - 90):
            ps.text(cx + 62, yy, ln, "Helvetica-Bold", 19)
            yy -= 22
        yy = min(yy, cy + ch - 80) - 8
        for b in blocks:
            if b[0] == "p":
                yy = ps.para(cx + 22, yy, b[1], "Times-Roman", 13.5, cw - 44, 17.5) - 8
    # picture cell for label 2 (after the three labels in the drawing order)
    px, py = cellxy("pic")
    capb = secs[2][2][-1]
    ps.box(px, py + 40, 170, ch - 80, 0.72)
    yy = py + ch - 70
    ps.text(px + 182, yy, capb[2] + ":", "Helvetica-Bold", 11.5)
    yy -= 15
    yy = ps.para(px + 182, yy, capb[1], "Helvetica-Oblique", 11.5, cw - 182, 14.5)
    ps.para(px + 182, yy - 4, capb[3], "Helvetica", 9.5, cw - 182, 12, 0.4)
    # footer line
    ps.add("0.5 setgray 0.6 setlinewidth newpath 160 36 moveto %.1f 36 lineto stroke" % (W - 40))
    ps.text(160, 20, run0, "Helvetica", 11, 0.35)
    ps.add("showpage\n%%EOF")
    src = "\n".join(ps.o) + "\n"
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".ps")
    with open(p, "w", encoding="ascii") as f:
        f.write(src)
    subprocess.run(["ps2pdf", p, os.path.join(OUT, NAME + ".pdf")], check=True)
    subprocess.run(["pdftotext", "-raw", NAME + ".pdf", NAME + ".txt"], cwd=OUT, check=True)
    write_gold(NAME, EX)


if __name__ == "__main__":
    build()
