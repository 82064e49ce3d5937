"""Four PDFs of set 68, painted with lay.py and written by pdfsyntax 0.1.6."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lay import *
from texts import DOCS

OUT = os.path.dirname(HERE)
LOG = []

DARK = (0.12, 0.14, 0.21)
RED = (0.66, 0.22, 0.14)
GOLD = (0.83, 0.66, 0.28)
GREY = (0.38, 0.38, 0.38)
TINT = (0.93, 0.90, 0.84)
WHITE = (1, 1, 1)


def heading(fl, title, font, size, lead, color=(0, 0, 0), keep=50, before=0, label=None, label_fn=None,
            kicker=None, kst=None, subtitle=None, subfont='serif-i', subsize=None):
    """Heading set into the current frame of a flow, kept with the next lines."""
    page, x, _, w, _ = fl.fr
    lines = wrap_lines(title, font, size, w)
    need = before + len(lines) * lead + keep + (kst[1] * 1.6 if kicker else 0) + ((subsize or size) * 1.3 if subtitle else 0)
    if fl.room() < need:
        fl.next_frame('heading ' + title[:30])
    elif not fl.fresh:
        fl.y -= before
    page, x, _, w, _ = fl.fr
    if kicker:
        fl.y -= kst[1] if fl.fresh else kst[1] * 1.3
        P = fl.P
        P.text(page, x, fl.y, kicker, kst[0], kst[1], kst[2])
        fl.fresh = False
    first_base = None
    for i, ln in enumerate(lines):
        fl.y -= size * 0.9 if (fl.fresh and i == 0) else lead
        fl.fresh = False
        fl.P.text(page, x, fl.y, ln, font, size, color)
        if first_base is None:
            first_base = fl.y
            if label_fn:
                label_fn(page, x, fl.y)
    if subtitle:
        fl.y -= (subsize or size) * 1.25
        fl.P.text(page, x, fl.y, subtitle, subfont, subsize or size, color)
    fl.y -= lead * 0.45
    return first_base


# ================================================================================================ A
def hammurabi():
    name = 'hammurabi_stele_1901'
    d = DOCS[name]
    P = Painter('Justice Set in Stone: The Laws of Hammurabi', 'mk_pdf.py %s (set 68)' % name)
    W, H = 842, 1191
    p = P.page(W, H)
    # title band (dark) with white title; kicker in gold
    P.rect(p, 0, 1000, W, 191, fill=DARK)
    P.text(p, 60, 1148, d['kicker'], 'sans-b', 11, GOLD)
    P.text(p, 60, 1086, d['title_lines'][0], 'serif-b', 50, WHITE)
    P.text(p, 60, 1034, d['title_lines'][1], 'serif-i', 32, WHITE)
    # large date line under the band: not a paragraph
    P.text(p, 60, 950, d['dateline'], 'sans-b', 34, RED)
    P.line(p, 60, 935, 782, 935, RED, 1.2)
    # intro full width, larger type
    y = set_block(P, p, 60, 922, 722, d['intro'], Style('serif', 16, 21, justify=False, hyph=False))
    top = y - 26
    bottom_text = 236
    c1 = (p, 62, top, 292, bottom_text)
    c2 = (p, 388, top, 214, bottom_text)
    capx, capw = 626, 156
    # caption column rule
    P.line(p, capx - 10, top, capx - 10, 120, (0.7, 0.7, 0.7), 0.5)
    body = Style('serif', 12.3, 15.8, indent=14)
    body1 = Style('serif', 12.3, 15.8, indent=0)
    fl = Flow(P, [c1, c2], LOG, name)
    hst = ('serif-b', 19, 22)

    def hang(lbl):
        def f(page, x, y):
            P.text(page, x - 30, y - 4, lbl, 'sans-b', 26, RED)
        return f

    secs = d['sections']
    for si, s in enumerate(secs):
        heading(fl, s['title'], 'serif-b', 18, 21, before=14, label_fn=hang(s['label']))
        for pi, para in enumerate(s['paras']):
            hooks = {}
            if si == 1 and pi == 1:
                def pic(f, s=s):
                    # picture across the text column, caption in the outer caption column beside it
                    page, x, _, w, _ = f.fr
                    h = 150
                    f.y -= 10
                    P.picture(page, x, f.y - h, w, h)
                    c = s['caption']
                    yy = text_lines(P, page, capx, f.y - 10, 'Left: ' + c['text'], 'sans', 9.5, 12.5, capw)
                    text_lines(P, page, capx, yy - 14, c['credit'], 'sans-i', 8.5, 11, capw, GREY)
                    f.y -= h + 6
                    f.fresh = False
                hooks[3] = pic
            if si == 2 and pi == 0:
                def box(f):
                    page, x, _, w, _ = f.fr
                    lines = wrap_lines(d['quote'], 'serif-bi', 15, w - 28)
                    h = len(lines) * 19 + 38
                    f.y -= 9
                    P.rect(page, x, f.y - h, w, h, fill=(0.97, 0.88, 0.72))
                    P.rect(page, x, f.y - h, 4, h, fill=RED)
                    for i, ln in enumerate(lines):
                        P.text(page, x + 14, f.y - 22 - i * 19, ln, 'serif-bi', 15, DARK)
                    P.text(page, x + 14, f.y - h + 11, d['quote_attr'], 'sans', 9, GREY)
                    f.y -= h + 4
                    f.fresh = False
                hooks[2] = box
            fl.para(para, body1 if pi == 0 else body, hooks=hooks, tag='%s-%d' % (s['label'], pi + 1))
    # sidebar at the foot of the caption column
    sb = d['sidebar']
    bh = 250
    sbtop = top
    P.rect(p, capx - 4, sbtop - bh, capw + 8, bh, fill=TINT)
    P.text(p, capx + 4, sbtop - 18, sb['title'], 'sans-b', 13, RED)
    sbf = Flow(P, [(p, capx + 4, sbtop - 26, capw - 8, sbtop - bh + 4)], LOG, name + ' sidebar')
    for para in sb['paras']:
        sbf.para(para, Style('sans', 10, 13, justify=False, after=5))
    # numbered timeline strip under the two text columns
    P.rect(p, 62, 128, 540, 92, fill=(0.95, 0.95, 0.95))
    P.line(p, 80, 190, 585, 190, DARK, 2)
    n = len(d['timeline'])
    for i, (num, date, what) in enumerate(d['timeline']):
        cx = 80 + i * (505 / (n - 1))
        P.rect(p, cx - 9, 181, 18, 18, fill=DARK)
        P.text(p, cx - F('sans-b').width(num, 10) / 2, 186, num, 'sans-b', 10, WHITE)
        P.text(p, cx - 40 if i else cx - 9, 165, date, 'sans-b', 9.5, RED)
        text_lines(P, p, cx - 40 if i else cx - 9, 152, what, 'sans', 8.5, 10.5, 88)
    # foot line
    P.line(p, 60, 70, 782, 70, (0.6, 0.6, 0.6), 0.5)
    ft = d['running'][0]
    P.text(p, (W - F('sans').width(ft, 10)) / 2, 52, ft, 'sans', 10, GREY)
    P.save(os.path.join(OUT, name + '.pdf'))


# ================================================================================================ B
def habeas():
    name = 'habeas_corpus_act_1679'
    d = DOCS[name]
    P = Painter('Have the Body: The Habeas Corpus Act, 1679', 'mk_pdf.py %s (set 68)' % name)
    W, H = 510, 720
    p34 = P.page(W, H)
    p35 = P.page(W, H)
    inner, outer = 54, 40
    # running heads: change with the panel, folio on the outer side
    def head(p, text, folio, left):
        y = H - 34
        if left:
            P.text(p, outer, y, folio, 'serif-b', 10)
            P.text(p, outer + 24, y, text, 'serif-i', 9.5, GREY)
        else:
            P.text(p, W - outer - F('serif-b').width(folio, 10), y, folio, 'serif-b', 10)
            P.text(p, W - outer - 24 - F('serif-i').width(text, 9.5), y, text, 'serif-i', 9.5, GREY)
        P.line(p, outer if left else inner, y - 6, W - inner if left else W - outer, y - 6, (0.5, 0.5, 0.5), 0.4)
    head(p34, d['running'][0], d['running'][3], True)
    # title block across both columns of p34
    x0, x1 = outer, W - inner
    cw = (x1 - x0 - 18) / 2
    P.text(p34, x0, H - 70, d['kicker'], 'sans-b', 8.5, RED)
    P.text(p34, x0, H - 104, d['title_lines'][0], 'serif-b', 30)
    P.text(p34, x0, H - 130, d['title_lines'][1], 'serif-i', 19, RED)
    y = set_block(P, p34, x0, H - 146, x1 - x0, d['intro'], Style('serif-i', 11.5, 15, justify=False, hyph=False))
    P.line(p34, x0, y - 10, x1, y - 10, (0.4, 0.4, 0.4), 0.5)
    top34 = y - 18
    bot = 64
    notes_h = {}
    # frames: p34 c1, p34 c2, p35 c1, p35 c2
    X35 = inner
    cols = [(p34, x0, top34, cw, bot), (p34, x0 + cw + 18, top34, cw, bot),
            (p35, X35, H - 52, cw, bot), (p35, X35 + cw + 18, H - 52, cw, bot)]
    note_st = Style('serif', 7.6, 9.4, justify=False, hyph=False)
    def colnote(fl, text):
        page, x, ytop, w, ybot = fl.fr
        n, h = measure_block(text, note_st, w)
        yb = ybot
        # draw the note now (written when the marked line is set), at the column foot
        P.line(page, x, yb + h + 6, x + 50, yb + h + 6, (0.3, 0.3, 0.3), 0.4)
        set_block(P, page, x, yb + h + 1, w, text, note_st)
        fl.frames[fl.k] = (page, x, ytop, w, yb + h + 12)
    body = Style('serif', 11.2, 14.4, indent=12)
    body1 = Style('serif', 11.2, 14.4)
    caps = [s['caption'] for s in d['sections'] if s.get('caption')]
    capst = Style('sans', 7.8, 9.8, justify=False, hyph=False)
    capblock = []
    for key, c in zip('ab', caps):
        capblock.append(('(%s) ' % key + c['text'], c['credit']))
    caph = sum(measure_block(t, capst, cw)[1] + 22 for t, _ in capblock) + 8
    cols[1] = (p34, cols[1][1], top34, cw, bot + caph)
    # p35 column 2: pictures (a) and (b) at the top, table and sidebar at the foot
    pic_h = 104
    c2top = H - 52 - 2 * (pic_h + 10) - 6
    sb = d['sidebar']
    sbst = Style('sans', 8.6, 11, justify=False, hyph=False)
    sbh = measure_block(sb['paras'][0], sbst, cw - 16)[1] + 34
    tabh = len(d['table']) * 15 + 26
    cols[3] = (p35, cols[3][1], c2top, cw, bot + sbh + tabh + 16)
    fl = Flow(P, cols, LOG, name)

    def leave34(f):
        # the captions keyed to the facing page sit at the foot of p34 column 2
        page, x = p34, cols[1][1]
        yy = bot + caph - 8
        P.line(page, x, yy + 4, x + cw, yy + 4, (0.5, 0.5, 0.5), 0.4)
        for t, cr in capblock:
            yy = set_block(P, page, x, yy - 2, cw, t, capst)
            P.text(page, x, yy - 11, cr, 'sans-i', 7.2, GREY)
            yy -= 22
        # folio line of p34, then the head of p35
        ft = d['running'][2]
        P.text(p34, outer, 36, ft, 'sans', 7.5, GREY)
        head(p35, d['running'][1], d['running'][4], False)
        for i, key in enumerate('ab'):
            px, py = cols[3][1], H - 52 - (i + 1) * (pic_h + 10) + 10
            P.picture(p35, px, py, cw, pic_h)
            P.rect(p35, px + 6, py + pic_h - 22, 16, 16, fill=WHITE)
            P.text(p35, px + 10, py + pic_h - 18, key, 'sans-b', 10, RED)
    fl.on_enter[2] = leave34

    def colnote(f, text):
        page, x, ytop, w, ybot = f.fr
        n, h = measure_block(text, note_st, w)
        P.line(page, x, ybot + h + 6, x + 50, ybot + h + 6, (0.3, 0.3, 0.3), 0.4)
        set_block(P, page, x, ybot + h + 1, w, text, note_st)
        f.frames[f.k] = (page, x, ytop, w, ybot + h + 12)

    for si, s in enumerate(d['sections']):
        if si == 2:
            # pull quote between two rules, before section III
            page, x, _, w, _ = fl.fr
            lines = wrap_lines(d['quote'], 'serif-i', 13, w)
            fl.ensure(len(lines) * 16 + 30, 'pull quote')
            page, x, _, w, _ = fl.fr
            fl.y -= 10
            P.line(page, x, fl.y, x + w, fl.y, RED, 1)
            for ln in lines:
                fl.y -= 16
                P.text(page, x, fl.y, ln, 'serif-i', 13, RED)
            fl.y -= 9
            P.line(page, x, fl.y, x + w, fl.y, RED, 1)
            fl.y -= 4
            fl.fresh = False
        heading(fl, s['label'] + '  ' + s['title'], 'serif-b', 12.5, 15, before=10, keep=40)
        for pi, para in enumerate(s['paras']):
            hooks = {}
            st = body if pi else body1
            if '^' in para:
                words = para.split()
                idx = [i for i, w in enumerate(words) if '^' in w][0]
                n_mark = measure_block(' '.join(words[:idx + 1]), st, fl.fr[3])[0]
                hooks[n_mark] = (lambda f, s=s: colnote(f, s['notes'][0]))
            fl.para(para, st, hooks=hooks, tag='%s-%d' % (s['label'], pi + 1))
    # table with labels in the first cells, then the sidebar box, at the foot of p35 column 2
    x = cols[3][1]
    yt = bot + sbh + tabh + 6
    P.text(p35, x, yt - 10, 'The Act in figures', 'sans-b', 8.5, RED)
    for i, (k, v) in enumerate(d['table']):
        yy = yt - 26 - i * 15
        P.line(p35, x, yy + 11, x + cw, yy + 11, (0.7, 0.7, 0.7), 0.4)
        P.text(p35, x + 2, yy, k, 'sans-b', 8, DARK)
        P.text(p35, x + cw * 0.55, yy, v, 'sans', 8)
    P.rect(p35, x, bot, cw, sbh, fill=TINT)
    P.text(p35, x + 8, bot + sbh - 15, sb['title'], 'serif-b', 11, RED)
    set_block(P, p35, x + 8, bot + sbh - 22, cw - 16, sb['paras'][0], sbst)
    ft = d['running'][2]
    P.text(p35, W - outer - F('sans').width(ft, 7.5), 36, ft, 'sans', 7.5, GREY)
    P.save(os.path.join(OUT, name + '.pdf'))


# ================================================================================================ C
def somerset():
    name = 'somerset_case_1772'
    d = DOCS[name]
    P = Painter('Free Air: Somerset v Stewart, 1772', 'mk_pdf.py %s (set 68)' % name)
    W, H = 842, 595
    half = W / 2
    ft = d['running'][0]
    def foot(p, x0):
        P.text(p, x0 + (half - F('sans').width(ft, 7.5)) / 2, 22, ft, 'sans', 7.5, GREY)
    # ---- page 1, outside: back panel (left), cover (right)
    p1 = P.page(W, H)
    sb = d['sidebar']
    bx, bw = 44, half - 88
    sbst = Style('serif', 10.5, 13.8, justify=False)
    sbh = measure_block(sb['paras'][0], sbst, bw - 24)[1] + 44
    P.rect(p1, bx, H - 60 - sbh, bw, sbh, fill=TINT)
    P.text(p1, bx + 12, H - 60 - 22, sb['title'], 'serif-b', 14, RED)
    set_block(P, p1, bx + 12, H - 60 - 30, bw - 24, sb['paras'][0], sbst)
    ay = 190
    for i, ln in enumerate(d['address']):
        P.text(p1, bx, ay - i * 15, ln, 'sans-b' if i == 0 else 'sans', 10 if i == 0 else 9, DARK)
    foot(p1, 0)
    # cover: title runs up the left edge
    P.rect(p1, half, 0, 96, H, fill=DARK)
    P.text(p1, half + 72, 40, d['title_lines'][0], 'serif-b', 72, WHITE, rot=90)
    cx, cw = half + 124, half - 168
    P.text(p1, cx, H - 54, d['kicker'], 'sans-b', 9, RED)
    P.text(p1, cx, H - 82, d['title_lines'][1], 'serif-b', 19, DARK)
    P.picture(p1, cx, H - 306, cw, 204)
    set_block(P, p1, cx, H - 330, cw, d['intro'], Style('serif-i', 13, 17.5, justify=False, hyph=False))
    # ---- page 2, inside spread
    p2 = P.page(W, H)
    m = 40
    body = Style('serif', 10.4, 13.6, indent=11)
    body1 = Style('serif', 10.4, 13.6)
    secs = d['sections']
    def lab(s):
        return s['label'].upper()
    # Part 1 heading and first paragraph across the whole spread (reads across the fold)
    P.text(p2, m, H - 46, lab(secs[0]), 'sans-b', 9, RED)
    P.text(p2, m, H - 70, secs[0]['title'], 'serif-b', 20, DARK)
    band = Flow(P, [(p2, m, H - 80, W - 2 * m, 0)], LOG, name + ' band')
    band.para(secs[0]['paras'][0], Style('serif', 11.5, 15.5))
    ytop = band.y - 16
    P.line(p2, m, ytop + 8, W - m, ytop + 8, (0.6, 0.6, 0.6), 0.5)
    P.line(p2, half, ytop, half, 40, (0.85, 0.85, 0.85), 0.4)
    lp = (p2, m, ytop, half - m - 30, 44)
    rp = (p2, half + 30, ytop, half - m - 30, 118)
    fl = Flow(P, [lp, rp], LOG, name)
    kst = ('sans-b', 8.5, RED)
    for pi, para in enumerate(secs[0]['paras'][1:]):
        fl.para(para, body, tag='Part 1-%d' % (pi + 2))
    for si, s in enumerate(secs[1:], start=1):
        heading(fl, s['title'], 'serif-b', 15, 18, color=DARK, before=10, keep=40, kicker=lab(s), kst=kst)
        for pi, para in enumerate(s['paras']):
            hooks = {}
            if s.get('caption') and pi == 1:
                def pic(f, s=s):
                    page, x, _, w, _ = f.fr
                    h = 96
                    f.ensure(h + 60, 'picture')
                    page, x, _, w, _ = f.fr
                    f.y -= 8
                    P.picture(page, x + 40, f.y - h, w - 80, h)
                    c = s['caption']
                    yy = text_lines(P, page, x + 40, f.y - h - 12, 'Above: ' + c['text'], 'sans', 8.3, 10.3, w - 80)
                    P.text(page, x + 40, yy - 11, c['credit'], 'sans-i', 7.5, GREY)
                    f.y = yy - 20
                    f.fresh = False
                hooks[2] = pic
            fl.para(para, body if pi else body1, hooks=hooks, tag='%s-%d' % (s['label'], pi + 1))
    foot(p2, 0)
    # pull quote at the foot of the right panel, then its foot line
    qx, qw = half + 30, half - m - 30
    lines = wrap_lines(d['quote'], 'serif-i', 13, qw - 20)
    yq = 110
    P.rect(p2, qx, yq - len(lines) * 16 - 22, 3, len(lines) * 16 + 12, fill=GOLD)
    for i, ln in enumerate(lines):
        P.text(p2, qx + 12, yq - 6 - i * 16, ln, 'serif-i', 13, DARK)
    P.text(p2, qx + 12, yq - 6 - len(lines) * 16 - 4, d['quote_attr'], 'sans', 8, GREY)
    foot(p2, half)
    P.save(os.path.join(OUT, name + '.pdf'))


# ================================================================================================ D
def rights():
    name = 'rights_of_man_1789'
    d = DOCS[name]
    P = Painter('Born Free and Equal', 'mk_pdf.py %s (set 68)' % name)
    W, H = 595, 842
    p1 = P.page(W, H)
    p2 = P.page(W, H)
    mx, mw = 48, 112          # margin column (labels, captions)
    bx, bw = 182, 365         # body column
    def footer(p, n):
        P.line(p, mx, 50, bx + bw, 50, (0.5, 0.5, 0.5), 0.4)
        P.text(p, mx, 36, d['running'][0], 'serif-i', 8.5, GREY)
        t = d['running'][1] + ' · ' + d['running'][1 + n]
        P.text(p, bx + bw - F('sans').width(t, 8), 36, t, 'sans', 8, GREY)
    P.text(p1, bx, H - 60, d['kicker'], 'sans-b', 8.5, RED)
    y = H - 94
    P.text(p1, bx, y, d['title_lines'][0], 'serif-b', 30, DARK)
    y = text_lines(P, p1, bx, y - 26, d['title_lines'][1], 'serif-i', 17, 20, bw, RED)
    y = set_block(P, p1, bx, y - 14, bw, d['intro'], Style('serif', 11.5, 15.2, justify=False, hyph=False))
    # block quotation in large type, attribution on its own line
    y = text_lines(P, p1, bx + 20, y - 34, d['blockquote'], 'serif-i', 15, 19, bw - 40, DARK)
    P.text(p1, bx + 20, y - 20, d['blockquote_attr'], 'sans', 8.5, GREY)
    top = y - 40
    fl = Flow(P, [(p1, bx, top, bw, 64), (p2, bx, H - 60, bw, 64)], LOG, name)
    fl.on_enter[1] = lambda f: footer(p1, 1)
    body = Style('serif', 11.4, 15.2, indent=12)
    body1 = Style('serif', 11.4, 15.2)
    for si, s in enumerate(d['sections']):
        def lab(page, x, y, s=s):
            P.text(page, mx + mw - F('sans-b').width(s['label'], 20), y - 2, s['label'], 'sans-b', 20, RED)
        heading(fl, s['title'], 'serif-b', 14.5, 17, color=DARK, before=14, keep=44, label_fn=lab,
                subtitle=s['subtitle'], subsize=11)
        for pi, para in enumerate(s['paras']):
            hooks = {}
            if s.get('caption') and pi == 0:
                def fig(f, s=s):
                    fw, fh = 150, 128
                    page, x, _, w, _ = f.fr
                    f.y -= 4
                    P.picture(page, x + w - fw, f.y - fh, fw, fh)
                    c = s['caption']
                    yy = text_lines(P, page, mx, f.y - 8, c['position'] + ': ' + c['text'], 'sans', 8, 10, mw)
                    text_lines(P, page, mx, yy - 12, c['credit'], 'sans-i', 7.3, 9, mw, GREY)
                    split_frame_for_float(f, fw, fh + 8, 'right', 14)
                hooks[2] = fig
            fl.para(para, body if pi else body1, hooks=hooks, tag='%s-%d' % (s['label'], pi + 1))
            if si == 2 and pi == 0:
                # "Did You Know?" fact box inside the text column, between two paragraphs
                sb = d['sidebar']
                sbst = Style('sans', 9.2, 12, justify=False, hyph=False)
                h = measure_block(sb['paras'][0], sbst, bw - 60)[1] + 36
                fl.ensure(h + 16, 'fact box')
                page, x, _, w, _ = fl.fr
                fl.y -= 10
                P.rect(page, x + 20, fl.y - h, w - 40, h, fill=TINT, stroke=RED, lw=0.8)
                P.text(page, x + 30, fl.y - 18, sb['title'], 'sans-b', 11, RED)
                set_block(P, page, x + 30, fl.y - 26, w - 60, sb['paras'][0], sbst)
                fl.y -= h + 8
    footer(p2, 2)
    P.save(os.path.join(OUT, name + '.pdf'))


if __name__ == '__main__':
    which = sys.argv[1:] or ['hammurabi', 'habeas', 'somerset', 'rights']
    for w in which:
        globals()[w]()
    with open(os.path.join(HERE, 'layout_log.txt'), 'w') as f:
        f.write('\n'.join(LOG) + '\n')
    print('\n'.join(LOG))
