# Lays out the four PDFs of set 69 with lay.py (PSTricks pages -> dvips -> Ghostscript).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lay import Doc, View, Frame, Flow, width, wrap
import texts
EX = texts.EX
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
CREATOR = 'mk_pdf.py %s (set 69), PSTricks pages'

def heading(fl, label, title, kicker=None, lsize=15, tsize=15, lab_w=38, lead=18, before=10, color='accent'):
    fl.space(before)
    fl.need(lead * 2 + (13 if kicker else 0) + 30)
    f, v = fl.f, fl.f.view
    if kicker:
        v.text(f.x, fl.y - 10, kicker.upper(), 'HB', 8.5, 'mid'); fl.y -= 14
    lines = wrap(title, 'TB', tsize, f.w - lab_w)
    if label:
        v.text(f.x, fl.y - lead * 0.8, label, 'HB', lsize, color)
    for t in lines:
        v.text(f.x + (lab_w if label else 0), fl.y - lead * 0.8, t, 'TB', tsize)
        fl.y -= lead
    fl.y -= 4

# ------------------------------------------------------------------ sax: A3 wall panel
def sax():
    e = EX['sax_saxophone_1846']; n = 'sax_saxophone_1846'
    d = Doc(n, 842, 1191, ' '.join(e['title_lines']), CREATOR % n)
    p = d.page(); v = View(p, 0, 0, 842, 1191)
    H = 1191
    v.text(48, H - 62, e['kicker'].upper(), 'HB', 13, 'accent')
    v.rect(48, H - 250, 746, 170, 'band')
    v.text(66, H - 222, e['panel_no'], 'HB', 132, 'white')
    v.rule(178, H - 225, 178, H - 105, 1.5, 'brass')
    v.text(200, H - 145, e['title_lines'][0], 'TB', 50, 'white')
    v.text(200, H - 205, e['title_lines'][1], 'TI', 42, 'white')
    fl0 = Flow([Frame(v, 48, H - 268, 746, 700, 'intro')], d.log)
    fl0.para(e['intro'], 'TR', 18.5, 24, justify=False)
    top = fl0.y - 26
    # sidebar fact box, drawn before the columns, at the foot of column 2
    sb = e['sidebar']; bx, bw = 434, 360
    blines = [wrap(t, 'HR', 10.5, bw - 28) for t in sb['paras']]
    bh = 26 + 22 + sum(len(b) for b in blines) * 14 + 8 * (len(blines) - 1) + 14
    v.rect(bx, 112, bw, bh, 'tint')
    v.rect(bx, 112 + bh - 6, bw, 6, 'brass')
    y = 112 + bh - 34
    v.text(bx + 14, y, sb['title'], 'HB', 15, 'accent'); y -= 22
    for b in blines:
        for t in b:
            v.text(bx + 14, y, t, 'HR', 10.5); y -= 14
        y -= 8
    c1 = Frame(v, 48, top, 360, 112, 'col1'); c2 = Frame(v, 434, top, 360, 112 + bh + 18, 'col2')
    fl = Flow([c1, c2], d.log)
    def quote(f):
        q, a = e['quote']; qw = 360 - 36
        ql = wrap(q, 'TI', 19, qw)
        h = len(ql) * 24 + 44
        f.f.view.rect(434, f.y - h, 360, h, 'tint2')
        f.f.view.rule(434, f.y, 434, f.y - h, 4, 'accent')
        yy = f.y - 30
        for t in ql:
            f.f.view.text(452, yy, t, 'TI', 19); yy -= 24
        f.f.view.text(452, yy - 2, a, 'HR', 9.5, 'mid')
        f.y -= h + 16
    fl.on_enter[1] = quote
    for si, s in enumerate(e['sections']):
        heading(fl, s['label'], s['title'], s['kicker'], lsize=17, tsize=17, lab_w=42, lead=20, before=0 if si == 0 else 20)
        for pi, t in enumerate(s['paras']):
            hooks = {}
            if s.get('caption') and pi == 0:
                def pic(f, c=s['caption']):
                    f.space(8)
                    ph = 236; x0 = f.f.x; w = f.f.w; y0 = f.y - ph
                    f.f.view.rect(x0, y0, w, ph, 'mid')
                    f.f.view.rect(x0 + 8, y0 + 8, w - 16, ph - 16, None, ('piclight', 1))
                    cl = wrap(c['text'], 'TI', 10.5, w - 60)
                    yy = y0 + 20 + 13 * (len(cl) - 1)
                    for tt in cl:
                        f.f.view.text(x0 + 18, yy, tt, 'TI', 10.5, 'white'); yy -= 13
                    f.f.view.text(x0 + w - 16, y0 + 18, c['credit'], 'HR', 7.5, 'white', rot=90)
                    f.y = y0 - 10
                hooks[2] = pic
            fl.para(t, 'TR', 12.6, 17, indent=0 if pi == 0 else 16, hooks=hooks)
    # running foot line
    v.rule(48, 84, 794, 84, 0.6)
    ft = e['running'][0]
    v.text((842 - width(ft, 'HR', 9.5)) / 2, 66, ft, 'HR', 9.5, 'mid')
    d.log.append('col2 y end %.1f (bottom %.1f)' % (fl.y, fl.f.bottom))
    d.write(OUT, B)

# ------------------------------------------------------------------ cristofori: catalogue pp. 52-53
def cristofori(PH=150, HL=2):  # tuned so that B-2 crosses the page turn
    e = EX['cristofori_piano_1700']; n = 'cristofori_piano_1700'
    W, H = 482, 680
    d = Doc(n, W, H, ' '.join(e['title_lines']), CREATOR % n)
    p1, p2 = d.page(), d.page()
    v1, v2 = View(p1, 0, 0, W, H), View(p2, 0, 0, W, H)
    X0, X1 = 42, 440
    # running heads (change from page to page) and folios on the outer side
    v1.text(X0, 650, '52', 'HB', 9); v1.text(X0 + 22, 650, 'Cristofori and the First Pianos', 'TI', 9, 'mid')
    v1.rule(X0, 642, X1, 642, 0.4)
    h2 = 'Keyboards at the Medici Court'
    v2.text(X1 - 22 - width(h2, 'TI', 9), 650, h2, 'TI', 9, 'mid'); v2.text(X1 - width('53', 'HB', 9), 650, '53', 'HB', 9)
    v2.rule(X0, 642, X1, 642, 0.4)
    foot = 'Ardmore Hall Museum of Music · Catalogue of Keyboard Instruments'
    # title block
    v1.text(X0, 618, e['kicker'].upper(), 'HB', 7.5, 'accent')
    v1.text(X0, 592, e['title_lines'][0], 'TB', 24); v1.text(X0, 564, e['title_lines'][1], 'TB', 24)
    fi = Flow([Frame(v1, X0, 552, X1 - X0, 300, 'intro')], d.log)
    fi.para(e['intro'].replace('loud”.', 'loud”.^1'), 'TI', 12.5, 15.5, justify=False)
    top = fi.y - 14
    v1.rule(X0, top + 7, X1, top + 7, 0.4)
    cw, gut = 190, 18
    NB1, NB2 = 78, 78
    frames = [Frame(v1, X0, top, cw, NB1, 'p52c1'), Frame(v1, X0 + cw + gut, top, cw, NB1, 'p52c2'),
              Frame(v2, X0, 626, cw, NB2, 'p53c1'), Frame(v2, X0 + cw + gut, 626, cw, NB2, 'p53c2')]
    fl = Flow(frames, d.log)
    def notes(v, items):
        v.rule(X0, 66, X0 + 70, 66, 0.4)
        y = 56
        for num, t in items:
            for k, l in enumerate(wrap(t, 'TR', 7.5, X1 - X0 - 10)):
                if k == 0:
                    v.text(X0, y, num, 'TR', 7.5)
                v.text(X0 + 8, y, l, 'TR', 7.5); y -= 9
    def page2_top(f):
        # foot of p. 52 is finished when the flow turns the page
        notes(v1, [('1', e['notes'][0])])
        v1.text((W - width(foot, 'HR', 7)) / 2, 24, foot, 'HR', 7, 'mid')
        c = e['sections'][1]['caption']
        ph = 112
        f.f.view.picture(f.f.x, f.y - ph, f.f.w, ph)
        yy = f.y - ph - 11
        for l in wrap(c['credit'] + '. ' + c['text'], 'TI', 8.5, f.f.w):
            f.f.view.text(f.f.x, yy, l, 'TI', 8.5); yy -= 10.5
        f.y = yy - 8
    fl.on_enter[2] = page2_top
    body = dict(font='TR', size=11, lead=14)
    for si, s in enumerate(e['sections']):
        heading(fl, s['label'], s['title'], lsize=12, tsize=12, lab_w=16, lead=14, before=0 if si == 0 else 10)
        for pi, t in enumerate(s['paras']):
            hooks = {}
            if si == 0 and pi == 0:
                # two-line drop capital
                fl.f.view.text(fl.f.x, fl.y - 2 * 14 + 2.6, t[0], 'TB', 37, 'accent')
                kw = dict(start_lines=(2, width(t[0], 'TB', 37) + 3))
                t = t[1:]
            else:
                kw = {}
            if si == 0 and pi == 2:
                def pic(f, c=s['caption']):
                    f.space(6); ph = PH
                    if f.y - ph - 40 < f.f.bottom:
                        f.next_frame('picture A')
                    f.f.view.picture(f.f.x, f.y - ph, f.f.w, ph)
                    yy = f.y - ph - 11
                    for l in wrap(c['text'], 'TI', 8.5, f.f.w):
                        f.f.view.text(f.f.x, yy, l, 'TI', 8.5); yy -= 10.5
                    f.f.view.text(f.f.x, yy, c['credit'], 'HR', 7, 'mid')
                    f.y = yy - 12
                hooks[HL] = pic
            if si == 1 and pi == 1:
                t = t.replace('Venetian journal', 'Venetian journal^2')
            if si == 2 and pi == 1:
                def table(f, tb=e['table']):
                    f.space(6); x = f.f.x; w = f.f.w; v = f.f.view
                    cols = [x, x + 40, x + 108]
                    v.rule(x, f.y, x + w, f.y, 1.0); f.y -= 11
                    v.text(x, f.y, tb['title'], 'HB', 7.8); f.y -= 4
                    v.rule(x, f.y, x + w, f.y, 0.4); f.y -= 10
                    for c, h in zip(cols, tb['head']):
                        v.text(c, f.y, h, 'HB', 7.5)
                    f.y -= 4; v.rule(x, f.y, x + w, f.y, 0.4); f.y -= 10
                    for r in tb['rows']:
                        for c, h in zip(cols, r):
                            v.text(c, f.y, h, 'HR', 7.5)
                        f.y -= 10
                    v.rule(x, f.y + 6, x + w, f.y + 6, 1.0); f.y -= 6
                hooks[3] = table
            fl.para(t, indent=0 if pi == 0 else 10, hooks=hooks, **body, **kw)
    # sidebar at the foot of p. 53 column 2, written last
    sb = e['sidebar']; x = X0 + cw + gut
    bl = [wrap(t, 'HR', 8.3, cw - 16) for t in sb['paras']]
    bh = 30 + sum(len(b) for b in bl) * 10.4 + 6 * (len(bl) - 1) + 8
    if fl.y - 14 - bh < NB2:
        d.log.append('SIDEBAR DOES NOT FIT %.1f' % (fl.y - bh))
    y0 = NB2
    v2.rect(x, y0, cw, bh, 'tint')
    y = y0 + bh - 17
    v2.text(x + 8, y, sb['title'], 'HB', 10, 'accent'); y -= 14
    for b in bl:
        for l in b:
            v2.text(x + 8, y, l, 'HR', 8.3); y -= 10.4
        y -= 6
    notes(v2, [('2', e['notes'][1])])
    v2.text((W - width(foot, 'HR', 7)) / 2, 24, foot, 'HR', 7, 'mid')
    d.log.append('end y %.1f in %s' % (fl.y, fl.f.name))
    d.write(OUT, B)

# ------------------------------------------------------------------ fisk: A4 sheet folded across the middle
def fisk(SIZE=13, LEAD=17.5, PH=220, CW=236):  # tuned so that the last paragraph runs on to the back
    e = EX['fisk_jubilee_singers_1871']; n = 'fisk_jubilee_singers_1871'
    W, H = 595, 842; HH = 421
    d = Doc(n, W, H, ' '.join(e['title_lines']), CREATOR % n)
    p1, p2 = d.page(), d.page()
    back = View(p1, 0, HH, W, HH, turned=True)   # top half of the outside, printed upside down
    cover = View(p1, 0, 0, W, HH)
    top, bot = View(p2, 0, HH, W, HH), View(p2, 0, 0, W, HH)
    # cover (outside, lower half)
    cover.text(44, 372, e['kicker'].upper(), 'HB', 9, 'accent')
    cover.text(40, 300, e['title_lines'][0], 'TB', 66)
    cover.text(44, 276, e['title_lines'][1], 'HR', 12.5, 'mid')
    cover.rule(44, 262, 300, 262, 1.2, 'accent')
    fi = Flow([Frame(cover, 44, 250, 256, 40, 'cover')], d.log)
    fi.para(e['intro'], 'TI', 12.5, 16.5, justify=False)
    cover.picture(330, 48, 222, 250)
    k = len(p1.items)
    # inside: two halves, two columns each
    cols = []
    for nm, v in (('top', top), ('bottom', bot)):
        cols += [Frame(v, 48, HH - 44, CW, 38, nm + '-left'), Frame(v, 547 - CW, HH - 44, CW, 38, nm + '-right')]
    bk = Frame(back, 42, HH - 60, 248, 60, 'back')
    fl = Flow(cols + [bk], d.log)
    for v in (top, bot):
        v.text(42, 16, e['running'][0], 'HR', 7.5, 'mid')
    top.rule(20, 2, W - 20, 2, 0.3, 'mid')
    def go_back(f):
        cols[-1].view.text(305 + 248 - width('continued on the back »', 'TI', 9), 22, 'continued on the back »', 'TI', 9, 'accent')
        back.text(42, HH - 44, '» continued from inside', 'TI', 9, 'accent')
    fl.on_enter[4] = go_back
    for si, s in enumerate(e['sections']):
        fl.space(0 if si == 0 else 10)
        fl.need(60)
        fl.f.view.text(fl.f.x, fl.y - 10, s['label'].upper(), 'HB', 8.5, 'accent'); fl.y -= 15
        fl.lines(wrap(s['title'], 'TB', 17, fl.f.w), 'TB', 17, 20, after=4)
        for pi, t in enumerate(s['paras']):
            hooks = {}
            if s.get('caption') and pi == 0:
                def draw(f, c=s['caption']):
                    f.f.view.picture(f.f.x, f.y - PH, f.f.w, PH)
                    yy = f.y - PH - 12
                    for l in wrap(c['position'] + ': ' + c['text'] + ' ' + c['credit'], 'HR', 8.3, f.f.w):
                        f.f.view.text(f.f.x, yy, l, 'HR', 8.3, 'mid'); yy -= 10.5
                    f.y = yy - 8
                def pic(f):
                    if f.y - PH - 58 < f.f.bottom:   # no room: the picture heads the next column
                        f.on_enter[f.i + 1] = draw
                        f.log.append('picture deferred to the next column')
                    else:
                        f.space(8); draw(f)
                hooks[3] = pic
            fl.para(t, 'TR', SIZE, LEAD, indent=0 if pi == 0 else 12, hooks=hooks)
    # back panel: sidebar box, colophon, foot line
    sb = e['sidebar']
    bl = [wrap(t, 'HR', 9, 220) for t in sb['paras']]
    bh = 34 + sum(len(b) for b in bl) * 11.6 + 7 * (len(bl) - 1) + 8
    back.rect(310, HH - 40 - bh, 244, bh, 'tint')
    y = HH - 40 - 20
    back.text(322, y, sb['title'], 'HB', 12, 'accent'); y -= 16
    for b in bl:
        for l in b:
            back.text(322, y, l, 'HR', 9); y -= 11.6
        y -= 7
    cy = 70
    for l in wrap(e['colophon'], 'HR', 7.5, 244):
        back.text(310, cy, l, 'HR', 7.5, 'mid'); cy -= 9.5
    back.text(42, 22, e['running'][0], 'HR', 7.5, 'mid')
    p1.items = p1.items[k:] + p1.items[:k]   # the upper (upside-down) half is printed first
    d.log.append('end y %.1f in %s' % (fl.y, fl.f.name))
    d.write(OUT, B)

# ------------------------------------------------------------------ berliner: A4 handout, two pages
def berliner(SIZE=11, LEAD=14.6, PH=84, TP=1, FL=0, FL1=0, QS=18):  # tuned: the table splits after two rows
    e = EX['berliner_gramophone_1887']; n = 'berliner_gramophone_1887'
    W, H = 595, 842; X0, TW = 72, 451
    d = Doc(n, W, H, ' '.join(e['title_lines']), CREATOR % n)
    p1, p2 = d.page(), d.page()
    v1, v2 = View(p1, 0, 0, W, H), View(p2, 0, 0, W, H)
    def footer(v, num):
        v.rule(X0, 46, X0 + TW, 46, 0.5)
        v.text(X0, 32, e['running'][0], 'TI', 8.5, 'mid')
        m = e['running'][1]
        v.text(X0 + TW - 14 - width(m, 'HR', 8), 32, m, 'HR', 8, 'mid')
        v.text(X0 + TW - width(num, 'HB', 8.5), 32, num, 'HB', 8.5)
    def notes(v, items):
        y = 60 + 10.5 * len(items)
        v.rule(X0, y + 9, X0 + 80, y + 9, 0.4)
        for num, t in items:
            v.text(X0, y, num, 'TR', 8); v.text(X0 + 9, y, t, 'TR', 8); y -= 10.5
    v1.text(X0, 790, e['kicker'].upper(), 'HB', 9.5, 'accent')
    v1.text(X0, 758, e['title_lines'][0], 'TB', 32); v1.text(X0, 722, e['title_lines'][1], 'TB', 32)
    fi = Flow([Frame(v1, X0, 708, TW, 400, 'intro')], d.log)
    fi.para(e['intro'].replace('in 1887,', 'in 1887,^1'), 'TR', 13.5, 18, justify=False)
    v1.rule(X0, fi.y - 8, X0 + TW, fi.y - 8, 0.5)
    fl = Flow([Frame(v1, X0, fi.y - 20, TW, 96, 'p1'), Frame(v2, X0, 800, TW, 120, 'p2')], d.log)
    def p2_enter(f):
        notes(v1, [('1', e['notes'][0]), ('2', e['notes'][1])]); footer(v1, '1')
        f.log.append('page turn')
    fl.on_enter[1] = p2_enter
    def float_pic(c, side, credit_first):
        fw = 160
        lab = c['position'] + ': ' + c['text']
        cap = (c['credit'] + '. ' + lab) if credit_first else (lab + ' ' + c['credit'])
        cl = wrap(cap, 'HR', 8.2, fw)
        h = PH + 10 + len(cl) * 10.2
        def place(f):
            x = f.f.x + f.f.w - fw if side == 'right' else f.f.x
            ytop = f.y - 4
            f.f.view.picture(x, ytop - PH, fw, PH)
            yy = ytop - PH - 11
            for l in cl:
                f.f.view.text(x, yy, l, 'HR', 8.2, 'mid'); yy -= 10.2
            f.excl.append((f.i, ytop + 2, ytop - h - 4, side, fw + 16))
        def hook(f):
            if f.y - h - 8 < f.f.bottom:
                f.on_enter[f.i + 1] = [f.on_enter.get(f.i + 1)] + [place] if f.on_enter.get(f.i + 1) else [place]
                f.log.append('float deferred')
            else:
                place(f)
        return hook
    for si, s in enumerate(e['sections']):
        fl.clear()
        fl.space(0 if si == 0 else 14)
        fl.need(70)
        fl.f.view.text(20, fl.y - 17, s['label'], 'HB', 10, 'accent')
        fl.lines([s['title']], 'TB', 17, 21, after=5)
        for pi, t in enumerate(s['paras']):
            hooks = {}
            if si == 0 and pi == 0:
                hooks[FL1] = float_pic(s['caption'], 'right', False)
            if si == 1 and pi == 0:
                hooks[FL] = float_pic(s['caption'], 'left', True)
            if si == 1 and pi == 1:
                t = t.replace('from 1889.', 'from 1889.^2')
            fl.para(t, 'TR', SIZE, LEAD, indent=0 if pi == 0 else 14, hooks=hooks)
            if si == 1 and pi == TP:
                fl.clear()
                # table of milestones; continues overleaf with its header row repeated
                tb = e['table']; cols = [X0, X0 + 60, X0 + 290]
                fl.space(10)
                d.log.append('table starts at y %.1f in %s' % (fl.y, fl.f.name))
                def head(f, cont=False):
                    v = f.f.view
                    v.rule(X0, f.y, X0 + TW, f.y, 1.0); f.y -= 13
                    v.text(X0, f.y, tb['title'] + (' (continued)' if cont else ''), 'HB', 9); f.y -= 6
                    v.rule(X0, f.y, X0 + TW, f.y, 0.4); f.y -= 12
                    for c, h in zip(cols, tb['head']):
                        v.text(c, f.y, h, 'HB', 8.8)
                    f.y -= 5; v.rule(X0, f.y, X0 + TW, f.y, 0.4); f.y -= 12
                fl.need(52); head(fl)
                for r in tb['rows']:
                    if fl.y - 6 < fl.f.bottom:
                        fl.next_frame('table'); head(fl, True)
                        d.log.append('table split before ' + r[0])
                    for c, h in zip(cols, r):
                        fl.f.view.text(c, fl.y, h, 'HR', 8.8)
                    fl.y -= 12.5
                fl.f.view.rule(X0, fl.y + 7, X0 + TW, fl.y + 7, 1.0); fl.y -= 12
            if si == 0 and pi == 1:
                fl.clear()
                q, a = e['quote']
                fl.space(12)
                for l in wrap(q, 'TI', QS, TW - 80):
                    fl.f.view.text(X0 + 40, fl.y - QS + 1, l, 'TI', QS); fl.y -= QS * 1.25
                fl.f.view.text(X0 + 40, fl.y - 14, a, 'HR', 9.5, 'mid'); fl.y -= 26
    # sidebar box at the end
    sb = e['sidebar']
    bl = [wrap(t, 'HR', 9.5, TW - 150) for t in sb['paras']]
    bh = 36 + sum(len(b) for b in bl) * 12.5 + 8 * (len(bl) - 1) + 10
    fl.space(20)
    if fl.y - bh < fl.f.bottom:
        d.log.append('SIDEBAR DOES NOT FIT')
    y0 = fl.y - bh; v = fl.f.view
    v.rect(X0 + 60, y0, TW - 120, bh, None, ('accent', 1.2))
    y = fl.y - 22
    v.text(X0 + 75, y, sb['title'], 'HB', 13, 'accent'); y -= 18
    for b in bl:
        for l in b:
            v.text(X0 + 75, y, l, 'HR', 9.5); y -= 12.5
        y -= 8
    footer(v2, '2')
    d.log.append('end y %.1f in %s' % (y0, fl.f.name))
    d.write(OUT, B)

if __name__ == '__main__':
    open(os.path.join(B, 'layout_log.txt'), 'w').close()
    for fn in sys.argv[1:] or ['sax', 'cristofori', 'fisk', 'berliner']:
        globals()[fn]()
