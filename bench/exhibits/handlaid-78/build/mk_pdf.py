"""Lays out the four PDFs of set 78 with engine.py (own breaker) and paints them with rupdf."""
import sys, json
from engine import *
from texts import EX

RED = (170, 30, 30, 255); NAVY = (20, 40, 80, 255); GREY = (90, 90, 90, 255); WHITE = (255, 255, 255, 255)
BOX = (185, 185, 185, 255); TINT = (232, 238, 244, 255); TEAL = (0, 110, 120, 255)

def paras(sec):
    return [b[1] for b in sec[2] if b[0] == "p"]
def cap(sec):
    c = [b for b in sec[2] if b[0] == "cap"]; return c[0] if c else None

def box_text(p, x, y, w, title, text, f="sans", size=9.5, lead=12.5, fill=TINT, tf="sansB", tsize=11):
    ls = break_lines(text, f, size, w - 20, 0, True)
    h = 20 + tsize + 8 + lead * len(ls) + 6
    p.rect(x, y, w, h, fill=fill)
    p.text(x + 10, y + 10 + tsize, title, tf, tsize, NAVY)
    yy = y + 10 + tsize + 8
    for k, (s, _) in enumerate(ls):
        yy += lead; p.jline(x + 10, yy - 2, s, f, size, w - 20, last=(k == len(ls) - 1))
    return y + h

# ---------------------------------------------------------------- 1 Halley: A3 portrait wall panel
def halley():
    e = EX["halley_diving_bell_1691"]; S = e["sections"]
    d = Doc(); p = d.page(842, 1191)
    p.text(90, 70, "EARLY DIVING  ·  ROOM 1", "sansB", 11, RED)
    p.text(90, 118, e["title_lines"][0], "serifB", 44, NAVY)
    p.text(90, 152, e["title_lines"][1], "serifI", 24, NAVY)
    p.line(90, 168, 800, 168, 2.0, RED)
    fl0 = Flow([(p, 90, 178, 710, 330)])
    fl0.para(e["intro"], "serif", 15, 20, justify=True)
    ytop = fl0.y + 22
    # quotation column at the right, written before the sections
    qx, qw = 680, 120
    p.line(qx, ytop, qx + qw, ytop, 1.0, RED)
    q = "“We could see well enough to read and write, and we never wanted for air.”"
    yy = ytop + 8
    for s, _ in break_lines(q, "serifI", 17, qw, 0, False):
        yy += 22; p.text(qx, yy, s, "serifI", 17, RED)
    yy += 10
    for s, _ in break_lines("— after Halley’s account to the Royal Society, 1716", "sans", 9, qw, 0, False):
        yy += 12; p.text(qx, yy, s, "sans", 9, GREY)
    p.line(qx, yy + 10, qx + qw, yy + 10, 1.0, RED)
    c = cap(S[1])
    def pic(fl):
        pp, x, yt, w, yb = fl.fr()
        pp.rect(x, yt, w, 190, fill=BOX)
        # caption printed over the picture, in white
        y2 = yt + 190 - 34
        for s, _ in break_lines(c[1], "sansB", 10, w - 20, 0, False):
            y2 += 13; pp.text(x + 10, y2, s, "sansB", 10, WHITE)
        pp.text(x + w, yt + 203, c[3], "sans", 7.5, GREY, align="right")
        return yt + 222
    foot = 1120
    frames = [(p, 90, ytop, 270, 612), (p, 385, ytop, 270, foot)]
    fl = Flow(frames, on_enter={1: pic})
    lx = 52
    for i, sec in enumerate(S):
        fl.heading(sec[1].upper(), "sansB", 10, 14, before=14 if i else 0, color=TEAL, label=sec[0], label_x=lx if fl.fi == 0 else 362)
        for k, t in enumerate(paras(sec)):
            fl.para(t, "serif", 10.5, 14.2, indent=(12 if k else 0), before=(0 if k else 3), tag="%s-%d" % (sec[0], k + 1))
        if i == 0:
            # "Did you know?" box inside column 1
            fl.space(10)
            pp, x, yt, w, yb = fl.fr()
            y2 = box_text(pp, x, fl.y, w, "Did you know?", "At sixty feet a diver breathes air squeezed to nearly three times its pressure at the surface, so a barrel of air fills only a third as much space inside the bell.", fill=(250, 236, 210, 255), size=9, lead=11.5)
            fl.y = y2 + 4
    fl.space(16)
    pp, x, yt, w, yb = fl.fr()
    box_text(pp, x, fl.y, w, e["sidebar"][0], e["sidebar"][1])
    p.line(90, 1140, 800, 1140, 0.6, GREY)
    p.text(90, 1156, e["running"][0], "sans", 9, GREY)
    p.text(800, 1156, e["running"][1], "sansB", 11, GREY, align="right")
    d.save("../halley_diving_bell_1691.pdf", " ".join(e["title_lines"]), "mk_pdf.py halley_diving_bell_1691 (set 78)")

# ---------------------------------------------------------------- 2 Royal George: A4 catalogue pages 64-65
def royal():
    e = EX["royal_george_salvage_1839"]; S = e["sections"]
    d = Doc(); p1 = d.page(595, 842); p2 = d.page(595, 842)
    p1.text(50, 36, e["running"][0], "serifI", 9, GREY); p1.line(50, 42, 545, 42, 0.5, GREY)
    p1.text(50, 86, "SALVAGE IN THE AGE OF SAIL", "sansB", 9, RED)
    p1.text(50, 116, e["title_lines"][0], "serifB", 25, (0, 0, 0, 255))
    p1.text(50, 140, e["title_lines"][1], "serifI", 16, (0, 0, 0, 255))
    f0 = Flow([(p1, 50, 150, 495, 260)]); f0.para(e["intro"], "serifI", 11.5, 15, justify=True)
    top = f0.y + 14
    FT, FB = 418, 592   # figure band across both columns
    c = cap(S[1])
    def fig(fl):
        p1.rect(50, FT + 6, 495, 142, fill=BOX)
        p1.text(50, FT + 162, c[1], "sansI", 8.5, (0, 0, 0, 255))
        p1.text(50, FT + 173, c[3], "sans", 7.5, GREY)
        return None
    note1 = "* The number of dead has never been settled. The muster book was lost with the ship, and estimates made at the time ranged from about eight hundred to"
    note2 = "more than nine hundred, since nobody knew how many visitors were aboard. (Note continued from page 64.)"
    def turn(fl):
        p1.line(50, 778, 200, 778, 0.5, GREY)
        yy = 778
        for s, _ in break_lines(note1, "serif", 8, 495, 0, False):
            yy += 10; p1.text(50, yy, s, "serif", 8, GREY)
        p1.text(50, 820, e["running"][1], "serifB", 10, (0, 0, 0, 255))
        p2.text(545, 36, e["running"][2], "serifI", 9, GREY, align="right"); p2.line(50, 42, 545, 42, 0.5, GREY)
        p2.text(545, 820, e["running"][3], "serifB", 10, (0, 0, 0, 255), align="right")
        p2.line(50, 778, 200, 778, 0.5, GREY)
        yy = 778
        for s, _ in break_lines(note2, "serif", 8, 495, 0, False):
            yy += 10; p2.text(50, yy, s, "serif", 8, GREY)
        return None
    frames = [(p1, 50, top, 235, FT), (p1, 50, FB + 10, 235, 770), (p1, 310, top, 235, FT), (p1, 310, FB + 10, 235, 770),
              (p2, 50, 60, 235, 770), (p2, 310, 60, 235, 560)]
    fl = Flow(frames, on_enter={1: fig, 4: turn})
    for i, sec in enumerate(S):
        fl.heading(sec[1], "serifB", 12.5, 16, before=(10 if i else 0), color=RED)
        for k, t in enumerate(paras(sec)):
            if sec[1].startswith("A Ship") and k == 1:
                t = t.replace("nine hundred.", "nine hundred.*")
            fl.para(t, "serif", 10.5, 14, indent=(11 if k else 0), before=2, tag="%s-%d" % (sec[1][:8], k + 1))
    # object entry with hanging indent (not a paragraph of the essay)
    fl.space(12)
    pp, x, yt, w, yb = fl.fr()
    pp.text(x, fl.y + 10, "64.3", "sansB", 9, RED)
    yy = fl.y
    for s, _ in break_lines("Copper cylinder for a powder charge, with its sealed lid and wire gland, 1840. Length 61 cm. Garrison Museum, Gosport, GM 1840/22.", "sans", 8.5, w - 34, 0, False):
        yy += 11; pp.text(x + 34, yy, s, "sans", 8.5)
    fl.y = yy + 14
    box_text(p2, 310, 590, 235, e["sidebar"][0], e["sidebar"][1], fill=TINT)
    d.save("../royal_george_salvage_1839.pdf", " ".join(e["title_lines"]), "mk_pdf.py royal_george_salvage_1839 (set 78)")

# ---------------------------------------------------------------- 3 Scapa: A4 landscape folded leaflet, 2 sides
def scapa():
    e = EX["scapa_flow_salvage_1924"]; S = e["sections"]
    d = Doc(); o = d.page(842, 595); ins = d.page(842, 595)
    PW = 421
    # outside, left half = back page (written first), right half = cover
    box_text(o, 40, 50, PW - 80, e["sidebar"][0], e["sidebar"][1], fill=TINT, size=10, lead=13.5)
    o.text(40, 420, "Raising the Sunken Fleet", "serifB", 16, NAVY)
    o.text(40, 440, "Orkney Museum of the Sea · Stromness", "sans", 9, GREY)
    o.text(40, 540, "Printed by Hoy Sound Press, Kirkwall, March 2025. Leaflet 12 of the Salvage Season series.", "sans", 7, GREY)
    X = PW + 40
    o.rect(PW, 0, PW, 16, fill=TEAL)
    o.text(X, 80, e["title_lines"][0], "serif", 18, NAVY)
    o.text(X, 130, e["title_lines"][1], "serifB", 46, NAVY)
    o.text(X, 162, e["title_lines"][2], "sansB", 20, RED)
    fl = Flow([(o, X, 175, PW - 80, 330)]); fl.para(e["intro"], "serif", 11, 15, justify=True)
    # index box
    o.rect(X, 360, PW - 80, 70, fill=(240, 240, 240, 255))
    o.text(X + 10, 378, "In this leaflet", "sansB", 10, TEAL)
    o.text(X + 10, 395, "1  The Great Scuttle   2  Cox and the Upturned Hulls", "sans", 9)
    o.text(X + 10, 409, "3  What Remains   ·   Visiting the Wrecks (back page)", "sans", 9)
    o.rect(X, 445, PW - 80, 110, fill=BOX)
    # inside: two pages, panels numbered only by tabs at the outer edges
    c = cap(S[1])
    TABS = {"1": (0, 90), "2": (0, 330), "3": (842 - 28, 200)}
    def tab(lab):
        x, y = TABS[lab]; ins.rect(x, y, 28, 60, fill=TEAL); ins.text(x + 14, y + 38, lab, "sansB", 18, WHITE, align="center")
    def pic(fl):
        pp, x, yt, w, yb = fl.fr()
        pp.text(x, yt + 10, c[3], "sansB", 7.5, GREY)
        pp.text(x, yt + 22, c[1], "sansI", 8.5)
        pp.rect(x, yt + 28, w, 120, fill=BOX)
        return yt + 160
    frames = [(ins, 50, 45, PW - 90, 530), (ins, PW + 40, 45, PW - 90, 560)]
    fl = Flow(frames, on_enter={1: pic})
    for i, sec in enumerate(S):
        fl.ensure(70)
        tab(sec[0])
        fl.heading(sec[1], "sansB", 14, 18, before=(12 if i else 0), color=TEAL)
        for k, t in enumerate(paras(sec)):
            fl.para(t, "serif", 11.5, 15.5, indent=0, before=5, tag="%s-%d" % (sec[0], k + 1))
    d.save("../scapa_flow_salvage_1924.pdf", " ".join(e["title_lines"]), "mk_pdf.py scapa_flow_salvage_1924 (set 78)")

# ---------------------------------------------------------------- 4 Siebe: A3 landscape wall panel
def siebe():
    e = EX["siebe_closed_helmet_1837"]; S = e["sections"]
    d = Doc(); p = d.page(1191, 842)
    p.rect(0, 0, 1191, 130, fill=NAVY)
    p.text(60, 108, "4", "sansB", 96, (255, 200, 60, 255))
    p.text(150, 70, e["title_lines"][0], "serifB", 38, WHITE)
    p.text(150, 108, e["title_lines"][1], "serifI", 22, WHITE)
    f0 = Flow([(p, 60, 150, 1071, 250)]); f0.para(e["intro"], "serif", 16, 21, justify=True)
    top = f0.y + 20
    kick = {"4.1": "A STABLE ON FIRE", "4.2": "SALVAGE FOR HIRE", "4.3": "A SEALED SUIT"}
    CW = 340; xs = [60, 425, 790]; bottom = 690
    TY = 470
    def table(fl):
        pp, x, yt, w, yb = fl.fr()
        y = yt + 4
        pp.text(x, y + 10, "Depths reached in copper helmets", "sansB", 9, TEAL)
        rows = [("Year", "Place", "Depth"), ("1836", "Spithead", "about 20 m"), ("1840", "Royal George", "about 25 m"), ("1885", "Brodick Bay", "about 60 m")]
        y += 14
        for r in rows:
            y += 14; pp.line(x, y + 3, x + w, y + 3, 0.4, GREY)
            pp.text(x, y, r[0], "sansB" if r is rows[0] else "sans", 9); pp.text(x + 70, y, r[1], "sans", 9); pp.text(x + w, y, r[2], "sans", 9, align="right")
        return y + 14
    c = cap(S[1])
    frames = [(p, xs[0], top, CW, bottom), (p, xs[1], top, CW, TY), (p, xs[1], TY, CW, bottom), (p, xs[2], top, CW, bottom)]
    fl = Flow(frames, on_enter={2: table})
    for i, sec in enumerate(S):
        fl.ensure(80)
        fl.space(14 if i else 0)
        pp, x, yt, w, yb = fl.fr()
        fl.y += 11; pp.text(x, fl.y, kick[sec[0]], "sans", 9, RED)
        fl.heading(sec[1], "sansB", 15, 19, before=0, color=NAVY, label=sec[0] + "  ", label_x=x)
        # shift heading text after label: redraw done by heading() at x; label drawn first at x, so draw title offset
        pp.el.pop(); pp.text(x + width(sec[0] + "  ", "sansB", 15), fl.y - 3, sec[1], "sansB", 15, NAVY)
        for k, t in enumerate(paras(sec)):
            fl.para(t, "serif", 11, 14.6, indent=0, before=6, tag="%s-%d" % (sec[0], k + 1))
        if c and sec is S[1]:
            fl.ensure(200)
            pp, x, yt, w, yb = fl.fr()
            fl.y += 8; pp.rect(x, fl.y, w, 130, fill=BOX); fl.y += 130
            ls = break_lines("Above: " + c[1], "sansI", 9, w, 0, False)
            for s, _ in ls:
                fl.y += 12; pp.text(x, fl.y, s, "sansI", 9)
            pp.text(x + w, fl.y + 12, c[3], "sans", 8, GREY, align="right"); fl.y += 14
    fl.space(12)
    pp, x, yt, w, yb = fl.fr()
    box_text(pp, x, fl.y, w, e["sidebar"][0], e["sidebar"][1])
    # numbered timeline strip under the columns
    p.rect(60, 705, 1071, 70, fill=(236, 236, 230, 255))
    stops = [("1823", "Smoke helmet patent"), ("1834", "Guns from the Royal George"), ("1836", "Mary Rose found again"), ("1840", "Siebe’s closed dress"), ("1843", "Spithead cleared")]
    for i, (yr, t) in enumerate(stops):
        x = 80 + i * 212
        p.text(x, 728, "%d" % (i + 1), "sansB", 12, RED); p.text(x + 16, 728, yr, "sansB", 12, NAVY); p.text(x + 16, 746, t, "sans", 9)
    p.line(60, 800, 1131, 800, 0.6, GREY)
    p.text(60, 816, e["running"][0], "sans", 9, GREY)
    p.text(1131, 816, e["running"][1], "sansB", 10, GREY, align="right")
    d.save("../siebe_closed_helmet_1837.pdf", " ".join(e["title_lines"]), "mk_pdf.py siebe_closed_helmet_1837 (set 78)")

if __name__ == "__main__":
    for fn in (halley, royal, scapa, siebe):
        LOG.append(("== ", fn.__name__)); fn()
    open("layout_log.txt", "w").write("\n".join(" ".join(map(str, x)) for x in LOG))
