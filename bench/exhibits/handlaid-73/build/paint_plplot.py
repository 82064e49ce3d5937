"""Paint a page-ops JSON with PLplot's pdfcairo device (Debian python3-plplot 5.15).
Run with Debian's /usr/bin/python3.  Coordinates in the JSON are points from the top-left;
text y is the baseline."""
import json, sys
import plplot as pl
spec = json.load(open(sys.argv[1]))
pages = spec["pages"]
W, H = pages[0]["w"], pages[0]["h"]
pl.plsdev("pdfcairo")
pl.plsfnam(spec["out"])
pl.plspage(72.0, 72.0, int(W), int(H), 0, 0)
pl.plscolbg(255, 255, 255)
pl.plscmap0n(255)
pl.plinit()
colours = {}
def colour(c):
    c = tuple(c)
    if c not in colours:
        i = len(colours) + 1
        pl.plscol0(i, *c)
        colours[c] = i
    pl.plcol0(colours[c])
FAM = {"serif": (1, 0, 0), "serif-i": (1, 1, 0), "serif-b": (1, 0, 1), "serif-bi": (1, 1, 1),
       "sans": (0, 0, 0), "sans-i": (0, 1, 0), "sans-b": (0, 0, 1), "sans-bi": (0, 1, 1)}
for p in pages:
    pl.pladv(0)
    pl.plvpor(0, 1, 0, 1)
    pl.plwind(0, p["w"], 0, p["h"])
    for op in p["ops"]:
        if op[0] == "r":
            _, x, y, w, h, c = op
            colour(c)
            pl.plfill([x, x + w, x + w, x], [H - y - h, H - y - h, H - y, H - y])
        else:
            _, x, y, s, font, size, c, angle = op
            colour(c)
            pl.plsfont(*FAM[font])
            pl.plschr(size / 3.779297, 1.0)
            s = s.replace("#", "##")
            if angle == 90:   # reads upwards; y is the start of the text, x the baseline
                pl.plptex(x - 0.376 * size, H - y, 0, 1, 0, s)
            else:
                pl.plptex(x, H - y + 0.376 * size, 1, 0, 0, s)
pl.plend()
