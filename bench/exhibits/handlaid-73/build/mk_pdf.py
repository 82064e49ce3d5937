"""Lay out the four PDFs with my own breaker (engine.py) and paint them with PLplot."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine as E
from engine import Page, Flow, width
from texts import DOCS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GREY = (190, 190, 190); INK = (25, 25, 25); RED = (170, 40, 30); MUTE = (110, 110, 110)
NAVY = (22, 40, 74); TINT = (238, 230, 205); WHITE = (255, 255, 255); BLUE = (40, 90, 150)
LOG = []

def heading(fl, label, title, lab_font="sans-b", lab_size=24, lab_col=RED, hang=34, size=15, before=10):
    fl.need(before + size * 1.4 + 30)
    fl.y += before + size * 1.3
    if label:
        fl.page.text(fl.x - hang, fl.y, label, lab_font, lab_size, lab_col)
    fl.page.words(fl.x, fl.y, title, "sans-b", size, INK)
    fl.y += 5

# ------------------------------------------------------------------ Waldseemüller, A3 wall panel
def waldseemuller():
    d = DOCS["waldseemuller_map_1507"]
    W, H = 842, 1191
    p = Page(W, H)
    p.words(60, 70, d["kicker"], "sans-b", 12, RED)
    p.words(60, 128, d["title_lines"][0], "serif-b", 46, INK)
    p.words(60, 162, d["title_lines"][1], "serif-i", 24, MUTE)
    p.rect(60, 180, 722, 2.5, RED)
    intro = Flow([(p, 60, 192, 722, 400)])
    intro.para(d["intro"], "serif", 17, 23, justify=False, pid="intro")
    top = intro.y + 26
    fl = Flow([(p, 100, top, 320, 1030), (p, 480, top, 320, 1030)], LOG)
    def timeline(f):   # numbered timeline strip under both columns, written when col 2 starts
        y0 = 1046
        p.rect(60, y0, 722, 74, (244, 239, 226))
        step = 722 / len(d["timeline"])
        for i, (yr, tx) in enumerate(d["timeline"]):
            x = 68 + i * step
            p.words(x, y0 + 20, f"{i+1}  {yr}", "sans-b", 11, RED)
            ff = Flow([(p, x, y0 + 24, step - 14, y0 + 72)])
            ff.para(tx, "sans", 8.5, 10.5, justify=False, hyphenate=False)
    fl.on_enter[1] = timeline
    body = dict(font="serif", size=11.5, lead=15.5)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        if si == 2:   # block quotation before section 3
            fl.need(110)
            fl.y += 14
            q = fl.para(d["quote"][0], "serif-i", 17, 22, justify=False, color=RED, hyphenate=False)
            fl.para(d["quote"][1], "sans", 10, 16, justify=False, color=MUTE, after=4)
        heading(fl, label, title, before=10 if si else 0)
        for pi, tx in enumerate(paras):
            hooks = {}
            if cap and pi == 1:
                def fig(f, cap=cap):
                    f.need(160 + 40)
                    f.y += 8
                    f.page.rect(f.x, f.y, f.w, 150, GREY)
                    f.y += 150
                    f.para(cap[0] + ": " + cap[1], "serif-i", 9.5, 12, justify=False, hyphenate=False)
                    f.y += 12
                    f.page.right(f.x + f.w, f.y, cap[2], "sans", 8, MUTE)
                    f.y += 8
                hooks = {3: fig}
            fl.para(tx, **body, indent=0 if pi == 0 else 12, hooks=hooks, pid=f"{label}-{pi+1}")
    st, sp = d["sidebar"]
    fl.need(90); fl.y += 14
    y0 = fl.y
    box = Flow([(p, fl.x + 12, y0 + 6, fl.w - 24, 1030)])
    p.rect(fl.x, y0, fl.w, 10, TINT)   # placeholder top; real box drawn below text? keep simple tint band
    box.y += 14
    p.words(box.x, box.y, st, "sans-b", 13, BLUE)
    box.para(sp[0], "serif", 10.5, 14, pid="sidebar")
    p.rect(fl.x, y0 + 10, 3, box.y - y0 - 4, BLUE)
    p.words(60, 1150, d["running"][0], "sans", 9, MUTE)
    return [p]

# ------------------------------------------------------------------ Ordnance Survey, catalogue pp. 34-35
def ordnance():
    d = DOCS["ordnance_survey_1791"]
    W, H = 595, 842
    p1, p2 = Page(W, H), Page(W, H)
    p1.words(50, 40, "34", "sans-b", 8.5, INK); p1.words(70, 40, d["running"][1], "sans", 8.5, MUTE)
    p1.rect(50, 46, 495, 0.6, MUTE)
    p1.words(50, 84, d["kicker"], "sans-b", 9, RED)
    p1.words(50, 116, d["title_lines"][0], "serif-b", 30, INK)
    p1.words(50, 140, d["dateline"], "sans", 16, MUTE)
    fi = Flow([(p1, 50, 150, 495, 300)])
    fi.para(d["intro"], "serif-i", 12.5, 16.5, justify=False)
    top = fi.y + 20
    n1 = d["notes"][0]; n2 = d["notes"][1]
    frames = [(p1, 50, top, 235, 758), (p1, 310, top, 235, 712), (p2, 50, 70, 235, 792), (p2, 310, 70, 235, 740)]
    fl = Flow(frames, LOG)
    def foot_note(pg, x, y, text):
        pg.rect(x, y - 10, 60, 0.5, MUTE)
        f = Flow([(pg, x, y - 4, 235, 842)])
        f.para(text, "serif", 8, 10, justify=True, hyphenate=True)
    fl.on_enter[1] = lambda f: foot_note(p1, 50, 772, n1)
    def turn(f):
        foot_note(p1, 310, 740, n2)   # note 2 belongs to p. 34 column 2, written at the page turn
        p2.right(525, 40, d["running"][2], "sans", 8.5, MUTE); p2.words(535, 40, "35", "sans-b", 8.5, INK)
        p2.rect(50, 46, 495, 0.6, MUTE)
    fl.on_enter[2] = turn
    def end_p2c1(f):
        pass
    body = dict(font="serif", size=10.5, lead=14)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        fl.need(60)
        fl.y += 10 if si else 0
        fl.y += 12
        fl.page.words(fl.x, fl.y, label, "sans-b", 11, RED)
        fl.para(title, "sans-b", 11, 13, justify=False, indent=0)
        fl.y += 3
        for pi, tx in enumerate(paras):
            hooks = {}
            if si == 0 and pi == 0:
                # two-line drop capital; note mark after "yards."
                fl.need(28)
                fl.page.text(fl.x, fl.y + 24, tx[0], "serif-b", 32, RED)
                first = tx[1:]
                words = first.split()
                sub = Flow([(fl.page, fl.x + 24, fl.y, 211, fl.y + 28)])
                rest = words
                # lines 1-2 beside the capital
                for k in range(2):
                    sub.y += 14
                    ws, rest = E.take_line(rest, 211, "serif", 10.5)
                    tot = sum(width(w, "serif", 10.5) for w in ws)
                    gap = (211 - tot) / (len(ws) - 1)
                    x = fl.x + 24 if True else 0
                    for w in ws:
                        fl.page.text(x, sub.y, w, "serif", 10.5); x += width(w, "serif", 10.5) + gap
                fl.y += 28
                txt = " ".join(rest)
                fl.para(txt.replace("thousand yards.", "thousand yards.¹"), **body, pid="4.1-1")
                continue
            if si == 0 and pi == 2:
                def table(f):
                    tt, rows = d["table"]
                    f.need(80); f.y += 8
                    f.page.rect(f.x, f.y, f.w, 1, INK); f.y += 12
                    f.page.words(f.x, f.y, tt, "sans-b", 8.5, INK); f.y += 4
                    for ri, row in enumerate(rows):
                        f.y += 11
                        fn = "sans-b" if ri == 0 else "sans"
                        f.page.words(f.x, f.y, row[0], fn, 8.5, INK)
                        f.page.words(f.x + 110, f.y, row[1], fn, 8.5, INK)
                        f.page.right(f.x + f.w, f.y, row[2], fn, 8.5, INK)
                    f.y += 5; f.page.rect(f.x, f.y, f.w, 1, INK); f.y += 4
                hooks = {2: table}
            t = tx.replace("Thomas Drummond.", "Thomas Drummond.²")
            fl.para(t, **body, indent=0 if pi == 0 else 12, hooks=hooks, pid=f"{label}-{pi+1}")
        if cap:
            fl.need(150); fl.y += 10
            fl.page.rect(fl.x, fl.y, fl.w, 130, GREY); fl.y += 130
            fl.para(cap[1], "serif", 8.5, 11, justify=False, hyphenate=False)
            fl.para(cap[2], "serif-i", 8.5, 11, justify=False, hyphenate=False, after=4)
    st, sp = d["sidebar"]
    fl.need(110); fl.y += 14
    y0 = fl.y
    pg, x = fl.page, fl.x
    inner = Flow([(pg, x + 10, y0 + 20, fl.w - 20, 842)])
    ops_before = len(pg.ops)
    pg.words(x + 10, y0 + 18, st, "sans-b", 11, RED)
    inner.para(sp[0], "sans", 9, 12, justify=False)
    box_ops = pg.ops[ops_before:]
    del pg.ops[ops_before:]
    pg.rect(x, y0, fl.w, inner.y - y0 + 10, TINT)
    pg.ops.extend(box_ops)
    LOG.append(f"ordnance: sidebar ends in frame {fl.fi} at y={inner.y:.0f}")
    return [p1, p2]

# ------------------------------------------------------------------ Catalan Atlas, A3 landscape panel
def catalan():
    d = DOCS["catalan_atlas_1375"]
    W, H = 1191, 842
    p = Page(W, H)
    p.rect(0, 0, W, 150, NAVY)
    p.words(50, 52, d["kicker"], "sans-b", 13, (230, 200, 120))
    p.words(50, 118, d["title_lines"][0], "serif-b", 54, WHITE)
    fi = Flow([(p, 50, 166, 1091, 300)])
    fi.para(d["intro"], "serif", 16, 21, justify=False)
    top = fi.y + 24
    mx, my, mw, mh = 50 + 340 - 165, top + 170, 165, 190
    frames = [(p, 50, top, 340, my - 6), (p, 50, my - 6, 340 - mw - 12, my + mh + 4), (p, 50, my + mh + 4, 340, 790),
              (p, 425, top, 340, 790), (p, 800, top, 340, 790)]
    fl = Flow(frames, LOG)
    def inset(f):
        p.rect(mx, my, mw, mh, (214, 208, 190))
        pts = [(0.12, 0.22), (0.2, 0.7), (0.45, 0.18), (0.55, 0.55), (0.62, 0.85)]
        for (fx, fy), lab in zip(pts, d["places"]):
            p.rect(mx + fx * mw - 2, my + fy * mh - 2, 4, 4, RED)
            p.words(mx + fx * mw - 10, my + fy * mh + 11, lab, "sans", 7.5, INK)
        p.words(mx, my + mh + 10, "Places named on the inset", "sans-i", 7.5, MUTE)
    fl.on_enter[1] = inset
    body = dict(font="serif", size=13, lead=17.5)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        fl.need(70)
        fl.y += 12 if si else 0
        fl.y += 22
        fl.page.rect(fl.x, fl.y - 18, 24, 24, BLUE)
        fl.page.words(fl.x + 6, fl.y, label, "sans-b", 16, WHITE)
        fl.page.words(fl.x + 34, fl.y, title, "sans-b", 16, INK)
        fl.y += 4
        for pi, tx in enumerate(paras):
            hooks = {}
            if label == "B" and pi == 1:
                def boxq(f):
                    f.need(80)
                    f.y += 10
                    y0 = f.y
                    ob = len(f.page.ops)
                    q = Flow([(f.page, f.x + 16, y0 + 4, f.w - 32, 842)])
                    q.para(d["boxquote"], "serif-bi", 17, 22, justify=False, color=NAVY, hyphenate=False)
                    qo = f.page.ops[ob:]; del f.page.ops[ob:]
                    f.page.rect(f.x, y0, f.w, q.y - y0 + 14, (250, 226, 120))
                    f.page.ops.extend(qo)
                    f.y = q.y + 22
                hooks = {2: boxq}
            fl.para(tx, **body, indent=0 if pi == 0 else 14, hooks=hooks, pid=f"{label}-{pi+1}")
        if cap:
            if fl.fi < 4:
                fl.next_frame()   # picture and sidebar sit in the right-hand column
            fl.need(130); fl.y += 12
            fl.page.rect(fl.x, fl.y, 150, 110, GREY)
            cf = Flow([(fl.page, fl.x + 162, fl.y - 2, fl.w - 162, fl.y + 200)])
            cf.para(cap[0] + ": " + cap[1], "sans", 9, 11.5, justify=False, hyphenate=False)
            cf.para(cap[2], "sans-i", 8, 10.5, justify=False, hyphenate=False, color=MUTE)
            fl.y = max(fl.y + 110, cf.y)
    st, sp = d["sidebar"]
    fl.need(140); fl.y += 18
    y0 = fl.y
    ob = len(p.ops)
    inner = Flow([(p, fl.x + 14, y0 + 26, fl.w - 28, 842)])
    p.words(fl.x + 14, y0 + 24, st, "sans-b", 13, NAVY)
    inner.para(sp[0], "sans", 10, 13.5, justify=False)
    io = p.ops[ob:]; del p.ops[ob:]
    p.rect(fl.x, y0, fl.w, inner.y - y0 + 12, (226, 233, 242))
    p.ops.extend(io)
    p.words(50, 818, d["running"][0], "sans", 9, MUTE)
    return [p]

# ------------------------------------------------------------------ Piri Reis, A4 two pages, floated captions
def piri():
    d = DOCS["piri_reis_map_1513"]
    W, H = 595, 842
    p1, p2 = Page(W, H), Page(W, H)
    p1.words(150, 60, d["kicker"], "sans-b", 8.5, RED)
    p1.words(150, 98, d["title_lines"][0], "serif-b", 30, INK)
    p1.words(150, 122, d["title_lines"][1], "serif-i", 16, MUTE)
    fi = Flow([(p1, 150, 132, 295, 400)])
    fi.para(d["intro"].replace("turned into a museum,", "turned into a museum,*"), "serif", 12, 16, justify=False, pid="intro")
    note = d["notes"][0]
    def footer(pg, n):
        pg.words(150, 812, d["running"][0], "sans", 8, MUTE)
        pg.right(445, 812, d["running"][n], "sans", 8, MUTE)
    fl = Flow([(p1, 150, fi.y + 10, 295, 722), (p2, 150, 60, 295, 760)], LOG)
    def turn(f):
        # end of page 1: note (first half) and footer, written when the flow turns the page
        words = note.split()
        nf = Flow([(p1, 150, 736, 295, 790)])
        nf.page.rect(150, 730, 60, 0.5, MUTE)
        cut = 30
        nf.para(" ".join(words[:cut]), "serif", 8, 10, justify=True)
        footer(p1, 1)
        f._note_rest = " ".join(words[cut:])
    fl.on_enter[1] = turn
    body = dict(font="serif", size=10.5, lead=14)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        if si == 2:
            fl.need(90); fl.y += 14
            fl.para(d["quote"][0], "serif-i", 15, 19, justify=False, color=RED, hyphenate=False)
            fl.para(d["quote"][1], "sans", 8.5, 14, justify=False, color=MUTE, after=4)
        fl.need(50)
        fl.y += 14 + 16
        fl.page.words(fl.x - 40, fl.y, label, "serif-b", 16, RED)
        fl.page.words(fl.x, fl.y, title, "serif-b", 16, INK)
        fl.y += 3
        for pi, tx in enumerate(paras):
            hooks = {}
            if cap and cap[0] == "Right" and pi == 1:
                def fig(f, cap=cap):
                    f.need(140); f.y += 6
                    f.page.rect(f.x, f.y, f.w, 120, GREY)
                    cf = Flow([(f.page, 30, f.y - 4, 110, 842)])
                    cf.para(cap[0] + ": " + cap[1], "sans", 8, 10, justify=False, hyphenate=False)
                    cf.para(cap[2], "sans-i", 7.5, 9.5, justify=False, hyphenate=False, color=MUTE)
                    f.y += 124
                hooks = {3: fig}
            fl.para(tx, **body, indent=0 if pi == 0 else 14, hooks=hooks, pid=f"{label}-{pi+1}")
        if cap and cap[0] == "Left":
            fl.need(110); fl.y += 8
            fl.page.rect(fl.x, fl.y, 180, 90, GREY)
            cf = Flow([(fl.page, 455, fl.y - 4, 110, 842)])
            cf.para(cap[0] + ": " + cap[1], "sans", 8, 10, justify=False, hyphenate=False)
            cf.para(cap[2], "sans-i", 7.5, 9.5, justify=False, hyphenate=False, color=MUTE)
            fl.y += 94
    st, sp = d["sidebar"]
    fl.need(100); fl.y += 16
    y0 = fl.y
    ob = len(p2.ops)
    inner = Flow([(p2, fl.x + 12, y0 + 22, fl.w - 24, 842)])
    p2.words(fl.x + 12, y0 + 20, st, "sans-b", 12, RED)
    inner.para(sp[0], "serif", 10, 13, justify=False)
    io = p2.ops[ob:]; del p2.ops[ob:]
    p2.rect(fl.x, y0, fl.w, inner.y - y0 + 10, TINT)
    p2.ops.extend(io)
    nf = Flow([(p2, 150, 772, 295, 800)])
    p2.rect(150, 768, 60, 0.5, MUTE)
    nf.para(getattr(fl, "_note_rest", ""), "serif", 8, 10, justify=False)
    footer(p2, 2)
    return [p1, p2]

BUILDERS = {"waldseemuller_map_1507": waldseemuller, "ordnance_survey_1791": ordnance,
            "catalan_atlas_1375": catalan, "piri_reis_map_1513": piri}

if __name__ == "__main__":
    for it in range(5):
        E.MISSING.clear()
        LOG.clear()
        built = {n: b() for n, b in BUILDERS.items()}
        n = E.calibrate()
        print("calibration round", it, "measured", n)
        if n == 0:
            break
    for name, pages in built.items():
        E.paint(pages, os.path.join(OUT, name + ".pdf"))
    open(os.path.join(os.path.dirname(__file__), "layout_log.txt"), "w").write("\n".join(LOG) + "\n")
    print("\n".join(LOG))
