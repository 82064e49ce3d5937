# -*- coding: utf-8 -*-
"""Painter for hand-laid set 20: draws an ops list with PyX (its own PDF writer), in the order given.
Fonts: URW base35 Type 1 fonts (Debian fonts-urw-base35), embedded by PyX's UnicodeEngine."""
import sys
from pyx import canvas, text, color, path, document, style, unit
from pyx.font.font import T1font
from pyx.font.t1file import T1file
from pyx.font.afmfile import AFMfile

D = "/usr/share/fonts/type1/urw-base35/"
MAP = {"Helvetica": "NimbusSans-Regular", "Helvetica-Bold": "NimbusSans-Bold",
       "Helvetica-Oblique": "NimbusSans-Italic", "Times-Roman": "NimbusRoman-Regular",
       "Times-Bold": "NimbusRoman-Bold", "Times-Italic": "NimbusRoman-Italic"}
_f, _e = {}, {}


def font(name):
    if name not in _f:
        n = MAP[name]
        b = open(D + n + ".t1", "rb").read()   # raw Type 1: clear part + binary eexec part + zeros
        m1 = b.index(b"eexec") + 6
        while b[m1:m1 + 1] in (b"\r", b"\n"):
            m1 += 1
        m2 = b.index(b"0" * 64)
        t1 = T1file(b[:m1].decode("latin-1"), b[m1:m2], b[m2:].decode("latin-1"))
        with open(D + n + ".afm") as fh:
            _f[name] = T1font(t1, AFMfile(fh))
    return _f[name]


def engine(name, size):
    k = (name, size)
    if k not in _e:
        _e[k] = text.UnicodeEngine(font(name), size=size)
    return _e[k]


def pt(v):
    return unit.t_pt * v if False else v * 0.0352777778  # pt -> cm (PyX default unit)


def main(ops, out, title):
    pages = []
    c = None
    for line in open(ops, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "PAGE":
            w, h = float(f[1]), float(f[2])
            c = canvas.canvas()
            pages.append(document.page(c, paperformat=document.paperformat(pt(w), pt(h)), centered=0,
                                       fittosize=0, bbox=None))
            c.fill(path.rect(0, 0, pt(w), pt(h)), [color.rgb(1, 1, 1)])
        elif f[0] == "TEXT":
            r, g, b = map(float, f[3].split())
            x, y = float(f[4]), float(f[5])
            e = engine(f[1], float(f[2]))
            c.insert(e.text(pt(x), pt(y), f[6], [color.rgb(r, g, b)]))
        elif f[0] == "RECT":
            r, g, b = map(float, f[5].split())
            c.fill(path.rect(pt(float(f[1])), pt(float(f[2])), pt(float(f[3])), pt(float(f[4]))), [color.rgb(r, g, b)])
        elif f[0] == "LINE":
            r, g, b = map(float, f[6].split())
            c.stroke(path.line(pt(float(f[1])), pt(float(f[2])), pt(float(f[3])), pt(float(f[4]))),
                     [color.rgb(r, g, b), style.linewidth(pt(float(f[5])))])
    d = document.document(pages)
    d.writePDFfile(out, title=title, author="Leith Museum of the Sea")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
