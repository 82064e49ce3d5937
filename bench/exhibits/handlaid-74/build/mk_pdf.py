"""Lays out the four PDFs of set 74 with engine.py (own breaker) and writes them
through PyPDF2.  Usage: mk_pdf.py [NAME ...]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from engine import Doc, Flow, Style, width, break_lines, tokens_of, draw_line  # noqa: E402
from texts import GOLD, EXTRA  # noqa: E402

RED = (0.70, 0.12, 0.08)
DARK = (0.16, 0.10, 0.09)
GREY = (0.78, 0.78, 0.78)
GREYT = (0.35, 0.35, 0.35)
TINT = (0.98, 0.92, 0.80)
WHITE = (1, 1, 1)
LOG = []


def paras(name, si):
    return [b["text"] for b in GOLD[name]["sections"][si]["blocks"] if b["kind"] == "paragraph"]


def cap(name, si):
    return [b for b in GOLD[name]["sections"][si]["blocks"] if b["kind"] == "caption"][0]


def sec(name, si):
    return GOLD[name]["sections"][si]


def block_lines(text, style, w):
    return break_lines(tokens_of(text, style), lambda k: w, style)


def draw_block(page, x, ytop, w, text, style, justify=None):
    """Draws a ragged/justified block, returns y below it."""
    y = ytop
    for ln in block_lines(text, style, w):
        draw_line(page, x, y - style.size * 0.8, w, ln, style, style.justify if justify is None else justify)
        y -= style.lead
    return y


def block_height(text, style, w):
    return len(block_lines(text, style, w)) * style.lead


def keep(flow, h):
    """Move to the next frame unless h points fit."""
    if flow.y - h < flow.frame[3]:
        flow.next_frame()


# ====================================================================== Hamburg
def hamburg():
    name = "hamburg_fire_1842"
    g, ex = GOLD[name], EXTRA[name]
    doc = Doc("Four Days in May: The Great Fire of Hamburg, 1842", "mk_pdf.py %s (set 74)" % name)
    W, H = 842, 1191
    pg = doc.page(W, H)
    L, R = 100, 792
    pg.text(L, 1128, ex["kicker"], "HB", 11, RED)
    pg.text(L, 1068, "Four Days in May", "HB", 56, DARK)
    pg.text(L, 1030, "The Great Fire of Hamburg, 1842", "HI", 26, GREYT)
    pg.rect(L, 1008, R - L, 3, fill=RED)
    intro = Style("T", 17, 23, DARK, justify=False)
    y = draw_block(pg, L, 990, R - L, paras(name, 0)[0], intro)
    ytop = y - 22
    c1 = (pg, L, ytop, 262, 300)
    c2 = (pg, 538, ytop, 262, 254)
    flow = Flow([c1, c2], LOG)
    body = Style("T", 12.5, 16.6, DARK, justify=True)
    body_in = body.but(indent=12)
    head = Style("HB", 15, 19, DARK, justify=False)

    def heading(label, title):
        if flow.y != flow.frame[2]:
            flow.space(14)
        keep(flow, 19 + 3 * body.lead)
        x = flow.frame[1]
        base = flow.y - 15 * 0.8
        # section number hangs in the left margin (or in the gutter left of column 2)
        nx = x - 12 - width(label, "HB", 26)
        pg.text(nx, base - 3, label, "HB", 26, RED)
        pg.text(x, base, title, "HB", 15, DARK)
        flow.space(head.lead + 4)

    cap2 = cap(name, 2)

    def picture_hook(fl, i):
        if i != 2:
            return
        # grey picture across column 1, caption in the caption column beside it
        fl.space(8)
        ph = 170
        top = fl.y
        pg.rect(L, top - ph, 300, ph, fill=GREY)
        cx, cw = 414, 110
        cs = Style("H", 9, 11.5, DARK, justify=False)
        yy = draw_block(pg, cx, top, cw, [("Left: ", Style("HB", 9, 11.5, RED, justify=False)),
                                          (cap2["text"], cs)], cs)
        draw_block(pg, cx, yy - 3, cw, cap2["credit"], Style("HI", 8, 10, GREYT, justify=False))
        fl.space(ph + 10)
        LOG.append("hamburg: picture after line 3 of 2-1")

    def enter_col2(fl):
        # a quotation set as its own narrow column, between the text columns
        qs = Style("TI", 15, 19, RED, justify=False)
        yy = draw_block(pg, 414, 520, 110, ex["quote"], qs)
        draw_block(pg, 414, yy - 6, 110, ex["quote_by"], Style("H", 8.5, 11, GREYT, justify=False))
        LOG.append("hamburg: quote column written on entering column 2")
    flow.enter_hooks[1] = enter_col2

    s1 = sec(name, 1)
    heading(s1["label"], s1["title"])
    for k, t in enumerate(paras(name, 1)):
        flow.para(t, body if k == 0 else body_in, tag="1-%d" % (k + 1))
    s2 = sec(name, 2)
    heading(s2["label"], s2["title"])
    for k, t in enumerate(paras(name, 2)):
        flow.para(t, body if k == 0 else body_in, tag="2-%d" % (k + 1),
                  line_hook=picture_hook if k == 0 else None)
    s3 = sec(name, 3)
    heading(s3["label"], s3["title"])
    p3 = paras(name, 3)
    flow.para(p3[0], body, tag="3-1")
    # "Did you know?" fact box inside column 2
    side = sec(name, 4)
    bs = Style("H", 10, 13.5, DARK, justify=False)
    bw = flow.frame[4] - 24
    bh = 22 + block_height(side["blocks"][0]["text"], bs, bw) + 16
    flow.space(12)
    keep(flow, bh)
    x = flow.frame[1]
    pg.rect(x, flow.y - bh, flow.frame[4], bh, fill=TINT)
    pg.text(x + 12, flow.y - 20, side["title"], "HB", 12, RED)
    draw_block(pg, x + 12, flow.y - 28, bw, side["blocks"][0]["text"], bs)
    flow.space(bh + 12)
    for k, t in enumerate(p3[1:]):
        flow.para(t, body_in, tag="3-%d" % (k + 2))
    LOG.append("hamburg: flow ends at y=%.0f in frame %d" % (flow.y, flow.fi))
    # numbered timeline strip under both columns
    top = 236
    pg.rect(L, top, R - L, 1.5, fill=RED)
    pg.text(L, top - 20, ex["timeline_head"], "HB", 10, RED)
    cw = (R - L) / 4
    for k, (num, when, what) in enumerate(ex["timeline"]):
        x = L + k * cw
        pg.rect(x, top - 62, 24, 24, fill=RED)
        pg.text(x + 12 - width(num, "HB", 14) / 2, top - 55, num, "HB", 14, WHITE)
        pg.text(x + 32, top - 46, when, "HB", 10, DARK)
        draw_block(pg, x + 32, top - 52, cw - 44, what, Style("H", 10, 12.5, DARK, justify=False))
    # running foot
    pg.rect(L, 70, R - L, 0.6, fill=GREYT)
    pg.text(L, 52, g["running"][0], "H", 9, GREYT)
    pg.text(R - width(g["running"][1], "HB", 9), 52, g["running"][1], "HB", 9, GREYT)
    return doc


BUILDERS = {"hamburg_fire_1842": hamburg}

# ====================================================================== Barbon
def mark_runs(text, after, mark, style):
    i = text.index(after) + len(after)
    sup = style.but(size=6.5, rise=3.5, font="T")
    return [(text[:i], None), (mark, sup), (text[i:], None)]


def smallcaps_tokens(title, size, font, color):
    big = Style(font, size, color=color)
    small = Style(font, size * 0.78, color=color)
    words = []
    for w in title.split():
        pieces = [(w[0].upper(), big)]
        if len(w) > 1:
            pieces.append((w[1:].upper(), small))
        words.append(pieces)
    return words


def barbon(note_frames=None):
    name = "barbon_fire_office_1680"
    g, ex = GOLD[name], EXTRA[name]
    doc = Doc("Insuring Against the Flames", "mk_pdf.py %s (set 74)" % name)
    W, H = 595, 842
    p88 = doc.page(W, H)
    p89 = doc.page(W, H)
    L, R, CW, G = 60, 535, 228, 19
    body = Style("T", 10.5, 14, DARK, justify=True)
    body_in = body.but(indent=11)
    note_st = Style("T", 7.5, 9.2, DARK, justify=False)
    cap_st = Style("H", 7.8, 9.8, DARK, justify=False)
    cred_st = Style("HI", 7.2, 9.2, GREYT, justify=False)
    note_frames = note_frames or {0: ["1"], 1: ["2"], 2: [], 3: []}

    def notes_h(fi):
        h = 0
        for n in note_frames.get(fi, []):
            h += block_height(n + "  " + ex["notes"][n], note_st, CW) + 2
        return h + (12 if h else 0)

    # running head p88 (verso): folio at the outer (left) edge
    p88.text(L, 800, g["running"][2], "TB", 10, DARK)
    p88.text(L + 24, 800, g["running"][0], "TI", 10, DARK)
    p88.line(L, 792, R, 792, GREYT, 0.4)
    p88.text(L, 760, ex["kicker"], "HB", 9, RED)
    p88.text(L, 722, "Insuring Against", "TB", 34, DARK)
    p88.text(L, 684, "the Flames", "TB", 34, DARK)
    p88.text(L, 660, ex["byline"], "HI", 10, GREYT)
    intro = Style("TI", 13.5, 18, DARK, justify=False)
    y = draw_block(p88, L, 640, R - L, paras(name, 0)[0], intro)
    top88 = y - 16
    # captions (a), (b) gathered at the foot of column 2 of p. 88
    caps = [cap(name, 2), cap(name, 3)]
    caph = 0
    for k, c in enumerate(caps):
        caph += block_height("(%s) %s" % ("ab"[k], c["text"]), cap_st, CW) + cred_st.lead + 6
    caph += 14
    bot = 58
    frames = [(p88, L, top88, bot + notes_h(0), CW),
              (p88, L + CW + G, top88, bot + notes_h(1) + caph, CW),
              (p89, L, 590, bot + notes_h(2), CW),
              (p89, L + CW + G, 590, bot + notes_h(3), CW)]
    flow = Flow(frames, LOG)

    def draw_notes(fi):
        pg, x = frames[fi][0], frames[fi][1]
        ns = note_frames.get(fi, [])
        if not ns:
            return
        yy = bot + notes_h(fi) - 6
        pg.line(x, yy, x + 60, yy, DARK, 0.4)
        yy -= 4
        for n in ns:
            yy = draw_block(pg, x, yy, CW, [(n, note_st.but(font="TB")), ("  " + ex["notes"][n], None)], note_st) - 2
        LOG.append("barbon: notes %s at the foot of frame %d" % (ns, fi))

    def enter1(fl):
        draw_notes(0)

    def enter2(fl):
        # leaving p. 88: captions keyed (a), (b), then notes of column 2
        x = frames[1][1]
        yy = bot + notes_h(1) + caph - 8
        p88.line(x, yy + 4, x + CW, yy + 4, GREYT, 0.4)
        for k, c in enumerate(caps):
            yy = draw_block(p88, x, yy - 2, CW, [("(%s) " % "ab"[k], cap_st.but(font="HB")), (c["text"], None)], cap_st)
            credw = width(c["credit"], cred_st.font, cred_st.size)
            p88.text(x, yy - cred_st.size * 0.8, c["credit"], cred_st.font, cred_st.size, cred_st.color)
            yy -= cred_st.lead + 6
        draw_notes(1)
        # p. 89: running head (recto) and the two pictures the captions refer to
        t = g["running"][1]
        p89.text(R - 24 - width(t, "TI", 10), 800, t, "TI", 10, DARK)
        p89.text(R - width(g["running"][3], "TB", 10), 800, g["running"][3], "TB", 10, DARK)
        p89.line(L, 792, R, 792, GREYT, 0.4)
        for k in range(2):
            px = L + k * (CW + G)
            p89.rect(px, 615, CW, 160, fill=GREY)
            p89.text(px + 8, 622, "(%s)" % "ab"[k], "HB", 11, WHITE)
        LOG.append("barbon: p. 89 head and pictures written when the flow reaches p. 89")

    def enter3(fl):
        draw_notes(2)
    flow.enter_hooks = {1: enter1, 2: enter2, 3: enter3}

    def heading(title):
        if flow.y != flow.frame[2]:
            flow.space(10)
        keep(flow, 14 + 3 * body.lead)
        toks = smallcaps_tokens(title, 10, "HB", RED)
        draw_line(flow.page, flow.frame[1], flow.y - 8, CW, (toks, False, True), Style("HB", 10), False)
        flow.space(17)

    s1 = paras(name, 1)
    heading(sec(name, 1)["title"])
    flow.para(s1[0][1:], body, tag="A-1", drop=(s1[0][0], "TB", 31, 2, 2))
    flow.para(mark_runs(s1[1], "of brick or of timber.", "1", body), body_in, tag="A-2")

    def table_hook(fl, i):
        if i != 1:
            return
        pg, x = fl.page, fl.frame[1]
        fl.space(6)
        yy = fl.y
        pg.rect(x, yy - 62, CW, 62, fill=TINT)
        pg.text(x + 8, yy - 13, ex["table_head"], "HB", 8, RED)
        rows = ex["table"]
        ry = yy - 27
        for r, (a, b) in enumerate(rows):
            f = "HB" if r == 0 else "H"
            pg.text(x + 8, ry, a, f, 8, DARK)
            pg.text(x + CW - 8 - width(b, f, 8), ry, b, f, 8, DARK)
            if r == 0:
                pg.line(x + 8, ry - 3, x + CW - 8, ry - 3, DARK, 0.4)
            ry -= 12
        fl.space(62 + 8)
        LOG.append("barbon: premium table after line 2 of A-3")
    flow.para(s1[2], body_in, tag="A-3", line_hook=table_hook)
    heading(sec(name, 2)["title"])
    s2 = paras(name, 2)
    flow.para(s2[0], body, tag="B-1")
    flow.para(mark_runs(s2[1], "number of the policy.", "2", body), body_in, tag="B-2")
    # pull quote (not a body sentence) between sections B and C
    qs = Style("TI", 14, 17.5, RED, justify=False)
    qh = block_height(ex["pull"], qs, CW - 16) + 18
    flow.space(10)
    keep(flow, qh)
    flow.page.line(flow.frame[1], flow.y, flow.frame[1] + CW, flow.y, RED, 1.2)
    draw_block(flow.page, flow.frame[1] + 8, flow.y - 8, CW - 16, ex["pull"], qs)
    flow.space(qh)
    flow.page.line(flow.frame[1], flow.y, flow.frame[1] + CW, flow.y, RED, 1.2)
    heading(sec(name, 3)["title"])
    s3 = paras(name, 3)
    flow.para(s3[0], body, tag="C-1")
    flow.para(s3[1], body_in, tag="C-2")
    # sidebar box
    side = sec(name, 4)
    bs = Style("H", 8.6, 11.4, DARK, justify=False)
    bh = 26 + block_height(side["blocks"][0]["text"], bs, CW - 20) + 12
    flow.space(14)
    keep(flow, bh)
    x = flow.frame[1]
    pg = flow.page
    pg.rect(x, flow.y - bh, CW, bh, fill=TINT)
    pg.text(x + 10, flow.y - 17, side["title"], "HB", 10, RED)
    draw_block(pg, x + 10, flow.y - 24, CW - 20, side["blocks"][0]["text"], bs)
    flow.space(bh)
    draw_notes(flow.fi)
    LOG.append("barbon: flow ends at y=%.0f in frame %d" % (flow.y, flow.fi))
    return doc


BUILDERS["barbon_fire_office_1680"] = barbon


# ====================================================================== Tooley Street
def tooley(size=13.5):
    name = "tooley_street_fire_1861"
    g, ex = GOLD[name], EXTRA[name]
    doc = Doc("Fire on the Riverside: Tooley Street, 1861", "mk_pdf.py %s (set 74)" % name)
    W, H = 595, 842
    out = doc.page(W, H)       # outside: back panel (top half, upside down) + cover (bottom half)
    ins = doc.page(W, H)       # inside: panel top + panel bottom
    back = out.layer("-1 0 0 -1 595 842")   # local coordinates 0..595 x 0..421, upright after folding
    NAVY = (0.55, 0.10, 0.06)
    TAB = (0.85, 0.38, 0.10)
    # ---- cover (bottom half of the outside)
    out.text(40, 378, ex["kicker"], "HB", 9, NAVY)
    out.rect(0, 250, W, 110, fill=NAVY)
    out.text(40, 312, "Fire on the Riverside", "HB", 30, WHITE)
    out.text(40, 278, "Tooley Street, 1861", "H", 17, WHITE)
    intro = Style("T", 12.5, 16.5, DARK, justify=False)
    draw_block(out, 40, 228, W - 100, paras(name, 0)[0], intro)
    out.line(30, 421, 60, 421, GREYT, 0.3)    # fold mark
    # ---- flow: inside top, inside bottom, then the back panel
    CW, G = 248, 19
    x1, x2 = 36, 36 + CW + G
    frames = [(ins, x1, 800, 452, CW), (ins, x2, 800, 452, CW),
              (ins, x1, 390, 40, CW), (ins, x2, 390, 128, CW),
              (back, x1, 390, 150, CW), (back, x2, 390, 150, CW)]
    flow = Flow(frames, LOG)
    body = Style("T", size, size * 1.33, DARK, justify=True)
    body_in = body.but(indent=12)
    tabs = {}

    def heading(label, title):
        if flow.y != flow.frame[2]:
            flow.space(12)
        keep(flow, 18 + 3 * body.lead)
        pg = flow.page
        base = flow.y - 12
        pg.text(flow.frame[1], base, title, "HB", 14, NAVY)
        # the panel is numbered only by a coloured tab at the right edge, level with its heading
        pg.rect(W - 22, base - 10, 22, 30, fill=TAB)
        pg.text(W - 11 - width(label, "HB", 13) / 2, base, label, "HB", 13, WHITE)
        flow.space(22)

    c1 = cap(name, 1)

    def enter1(fl):
        # picture at the head of column 2 of the upper inside panel, caption under it
        ins.rect(x2, 800 - 120, CW, 120, fill=GREY)
        cs = Style("H", 8.5, 11, DARK, justify=False)
        yy = draw_block(ins, x2, 800 - 126, CW, [("Above: ", cs.but(font="HB")), (c1["text"], None)], cs)
        yy = draw_block(ins, x2, yy, CW, c1["credit"], Style("HI", 8, 10.5, GREYT, justify=False))
        fl.y = yy - 10
        LOG.append("tooley: picture + caption at the head of column 2 (upper inside panel)")

    def enter4(fl):
        ins.text(x2 + CW - width(ex["cont_mark"], "HI", 9), 104, ex["cont_mark"], "HI", 9, NAVY)
        LOG.append("tooley: flow turns to the back panel (printed upside down on the outside)")
    flow.enter_hooks = {1: enter1, 4: enter4}

    for si in (1, 2, 3):
        s_ = sec(name, si)
        heading(s_["label"], s_["title"])
        for k, t in enumerate(paras(name, si)):
            flow.para(t, body if k == 0 else body_in, tag="%d-%d" % (si, k + 1))
    # sidebar box on the back panel
    side = sec(name, 4)
    bs = Style("H", 9.5, 12.5, DARK, justify=False)
    bh = 26 + block_height(side["blocks"][0]["text"], bs, CW - 20) + 12
    flow.space(14)
    keep(flow, bh)
    pg, x = flow.page, flow.frame[1]
    pg.rect(x, flow.y - bh, CW, bh, fill=TINT)
    pg.text(x + 10, flow.y - 18, side["title"], "HB", 11, NAVY)
    draw_block(pg, x + 10, flow.y - 26, CW - 20, side["blocks"][0]["text"], bs)
    flow.space(bh)
    LOG.append("tooley: flow ends at y=%.0f in frame %d" % (flow.y, flow.fi))
    # back panel: walk note, repeated title and colophon (not panels)
    back.text(x1, 120, ex["walk_head"], "HB", 9.5, NAVY)
    draw_block(back, x1, 114, W - 80, ex["walk"], Style("H", 9, 11.5, DARK, justify=False))
    back.line(x1, 82, W - 36, 82, GREYT, 0.4)
    back.text(x1, 62, ex["back_title"], "HB", 12, NAVY)
    yy = 48
    for ln in ex["colophon"]:
        back.text(x1, yy, ln, "H", 7.5, GREYT)
        yy -= 10
    return doc


BUILDERS["tooley_street_fire_1861"] = tooley


# ====================================================================== Van der Heyden
def vdh():
    name = "van_der_heyden_fire_hose_1672"
    g, ex = GOLD[name], EXTRA[name]
    doc = Doc("The Painter Who Invented the Fire Hose", "mk_pdf.py %s (set 74)" % name)
    W, H = 595, 842
    p1 = doc.page(W, H)
    p2 = doc.page(W, H)
    TX, TW = 172, 262          # the single text column
    LM, LW = 40, 112           # left margin (captions)
    RM, RW = 448, 110          # right margin (captions)
    BLUE = (0.10, 0.22, 0.45)
    p1.text(TX, 800, ex["kicker"], "HB", 9, RED)
    p1.text(TX, 768, "The Painter Who Invented", "TB", 27, DARK)
    p1.text(TX, 738, "the Fire Hose", "TB", 27, DARK)
    intro = Style("TI", 12.5, 16.5, DARK, justify=False)
    y = draw_block(p1, TX, 720, RM + RW - TX, paras(name, 0)[0], intro)
    frames = [(p1, TX, y - 22, 60, TW), (p2, TX, 790, 72, TW)]
    flow = Flow(frames, LOG)
    body = Style("T", 11, 15, DARK, justify=True)
    cs = Style("H", 8, 10, DARK, justify=False)
    cred = Style("HI", 7.5, 9.5, GREYT, justify=False)

    def footer(pg, n):
        pg.line(LM, 48, RM + RW, 48, GREYT, 0.4)
        pg.text(LM, 36, g["running"][0], "H", 8, GREYT)
        t = g["running"][n]
        pg.text(RM + RW - width(t, "H", 8), 36, t, "H", 8, GREYT)

    def side_caption(pg, x, w, top, c, ph=110):
        pg.rect(x, top - ph, w, ph, fill=GREY)
        yy = draw_block(pg, x, top - ph - 5, w, c["text"], cs)
        # the credit follows on its own line(s), set flush right
        return draw_block(pg, x, yy, w, c["credit"], cred.but(align="right"))

    counter = [0]

    def pnum(fl):
        counter[0] += 1
        t = "¶ %d" % counter[0]
        fl.page.text(TX - 10 - width(t, "HB", 8), fl.y - 9, t, "HB", 8, RED)

    def para(text, tag, hook=None):
        flow.space(body.lead * 0.4)
        flow.need(body.lead)
        pnum(flow)
        flow.para(text, body, tag=tag, line_hook=hook)

    def heading(title):
        flow.space(12)
        keep(flow, 16 + 3 * body.lead)
        flow.page.text(TX, flow.y - 12, title, "HB", 12.5, BLUE)
        flow.space(18)

    table_state = {"hdr": False}

    def enter1(fl):
        footer(p1, 1)
        LOG.append("vdh: page 1 footer written when the flow leaves page 1")
    flow.enter_hooks = {1: enter1}

    c1 = cap(name, 1)
    heading(sec(name, 1)["title"])
    a, b = paras(name, 1)

    def hook_cap1(fl, i):
        if i == 0:
            side_caption(p1, RM, RW, fl.y + body.lead, c1)
            LOG.append("vdh: caption 1 in the right margin, written after line 1 of paragraph 1")
    para(a, "1-1", hook_cap1)
    para(b, "1-2")
    heading(sec(name, 2)["title"])
    s2 = paras(name, 2)
    para(s2[0], "2-1")

    def hook_diagram(fl, i):
        if i != 1:
            return
        pg = fl.page
        dw, dh = 112, 104
        x = TX + TW - dw
        top = fl.y - 2
        pg.rect(x, top - dh + 34, dw, dh - 34, fill=GREY)
        pg.text(x, top - dh + 25, ex["diagram_title"], "HB", 7, BLUE)
        yy = top - dh + 16
        for k, lab in enumerate(ex["diagram_labels"]):
            pass
        # labels sit around the drawing, keyed to letters on it
        letters = [(x + 8, top - 16), (x + dw - 18, top - 24), (x + 40, top - 46), (x + dw - 20, top - 56)]
        for (lx, ly), lab in zip(letters, ex["diagram_labels"]):
            pg.text(lx, ly, lab[0], "HB", 9, WHITE)
        ly = top - dh + 16
        for lab in ex["diagram_labels"]:
            pg.text(x, ly, lab, "H", 6.5, DARK)
            ly -= 7.6
        fl.excl.append((pg, x - 12, TX + TW, top + 2, ly - 4))
        LOG.append("vdh: diagram with labels after line 2 of 2-2; text runs around it")
    para(s2[1], "2-2", hook_diagram)
    # key dates table, header row repeated after the page turn
    if flow.excl and flow.excl[-1][0] is flow.page:
        flow.y = min(flow.y, flow.excl[-1][4])
    flow.space(8)
    rh = 13.5
    ts = Style("H", 8.5)

    def row(cells, bold=False):
        if flow.need(rh) or not table_state["hdr"]:
            if table_state["hdr"]:
                LOG.append("vdh: table continues on the next page, header repeated")
            table_state["hdr"] = True
            if not bold:
                row(ex["table_head"], True)
        pg = flow.page
        if bold:
            pg.rect(TX, flow.y - rh, TW, rh, fill=(0.86, 0.89, 0.95))
        f = "HB" if bold else "H"
        pg.text(TX + 4, flow.y - 10, cells[0], f, 8.5, DARK)
        pg.text(TX + 46, flow.y - 10, cells[1], f, 8.5, DARK)
        pg.line(TX, flow.y - rh, TX + TW, flow.y - rh, GREYT, 0.3)
        flow.space(rh)
    for r in ex["table"]:
        row(r)
    para(s2[2], "2-3")
    heading(sec(name, 3)["title"])
    s3 = paras(name, 3)
    c2 = cap(name, 3)
    para(s3[0], "3-1")

    def hook_cap2(fl, i):
        if i == 0:
            side_caption(fl.page, LM, LW, fl.y + body.lead, c2, ph=96)
            LOG.append("vdh: caption 2 in the left margin, written after line 1 of paragraph 7")
    para(s3[1], "3-2", hook_cap2)
    para(s3[2], "3-3")
    side = sec(name, 4)
    bs = Style("H", 9, 12, DARK, justify=False)
    bh = 26 + block_height(side["blocks"][0]["text"], bs, TW - 20) + 10
    flow.space(14)
    keep(flow, bh)
    pg = flow.page
    pg.rect(TX, flow.y - bh, TW, bh, fill=TINT)
    pg.text(TX + 10, flow.y - 17, side["title"], "HB", 10.5, BLUE)
    draw_block(pg, TX + 10, flow.y - 24, TW - 20, side["blocks"][0]["text"], bs)
    flow.space(bh)
    footer(p2, 2)
    LOG.append("vdh: flow ends at y=%.0f in frame %d" % (flow.y, flow.fi))
    return doc


BUILDERS["van_der_heyden_fire_hose_1672"] = vdh


if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILDERS)
    for n in names:
        LOG.append("== " + n)
        d = BUILDERS[n]()
        d.save(os.path.join(OUT, n + ".pdf"))
    with open(os.path.join(HERE, "layout_log.txt"), "w") as fh:
        fh.write("\n".join(LOG) + "\n")
    print("\n".join(LOG))
