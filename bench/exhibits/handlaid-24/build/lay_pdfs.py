"""Lays out the four PDF exhibits into NAME.ops.json (drawing order = content-stream order)."""
import sys
from layout import Doc, Flow, width, break_lines
from content import EX

GREY = (0.72, 0.72, 0.72)
TINT = (0.93, 0.90, 0.83)
RED = (0.62, 0.12, 0.10)


def lines_block(f, text, font, size, lead, color=(0, 0, 0), w=None, x=None):
    """Non-justified small block (captions, credits) inside the current frame."""
    w = w or f.w; x = f.x if x is None else x
    for ws, _, _ in break_lines(text, font, size, w):
        f.need(lead); f.y -= lead
        f.doc.text(x, f.y, ' '.join(ws), font, size, color)


def caption(f, c, side, sans='sans', box_h=70):
    """Picture + caption. side: 'Left' box left, caption right; 'Right' caption left, box right; 'Above' box over."""
    pos = c['pos']
    f.space(4)
    if side in ('Left', 'Right'):
        bw = f.w * 0.42
        f.need(box_h + 4)
        top = f.y
        bx = f.x if side == 'Left' else f.x + f.w - bw
        f.doc.rect(bx, top - box_h, bw, box_h, GREY)
        cx = f.x + bw + 6 if side == 'Left' else f.x
        cw = f.w - bw - 6
        words = f'{pos}: {c["text"]}' if pos else c['text']
        y = top
        for ws, _, _ in break_lines(words, sans + '-italic' if sans == 'sans' else sans, 7.5, cw):
            y -= 9; f.doc.text(cx, y, ' '.join(ws), 'sans-italic', 7.5, (0.2, 0.2, 0.2))
        for ws, _, _ in break_lines(c['credit'], 'sans', 6.5, cw):
            y -= 8; f.doc.text(cx, y, ' '.join(ws), 'sans', 6.5, (0.4, 0.4, 0.4))
        f.y = min(top - box_h, y) - 6
    else:
        f.need(box_h + 30)
        f.doc.rect(f.x, f.y - box_h, f.w, box_h, GREY)
        f.y -= box_h + 2
        lines_block(f, f'{pos}: {c["text"]}' if pos else c['text'], 'sans-italic', 7.5, 9, (0.2, 0.2, 0.2))
        lines_block(f, c['credit'], 'sans', 6.5, 8, (0.4, 0.4, 0.4))
        f.space(6)


def pull(f, text, color=RED):
    f.need(50); f.space(6)
    f.doc.line(f.x, f.y, f.x + f.w, f.y, color, 1)
    lines_block(f, text, 'serif-italic', 13, 15.5, color)
    f.space(6); f.doc.line(f.x, f.y, f.x + f.w, f.y, color, 1); f.space(10)


def sidebar(f, sb, fill=TINT, size=9, lead=11.5):
    lines = sum(len(break_lines(p, 'sans', size, f.w - 12)) for p in sb['paras'])
    h = 24 + lines * lead + 8
    f.need(h)
    f.doc.rect(f.x, f.y - h, f.w, h, fill)
    f.y -= 16
    f.doc.text(f.x + 6, f.y, sb['title'], 'sans-bold', 11)
    f.y -= 4
    x, w = f.x, f.w
    f.x, f.w = x + 6, w - 12
    for p in sb['paras']:
        f.para(p, 'sans', size, lead, justify=False, after=0)
    f.x, f.w = x, w
    f.y -= 14


def table(f, t, size=8):
    title, rows = t
    f.need(18 + 12 * len(rows))
    f.y -= 12; f.doc.text(f.x, f.y, title, 'sans-bold', 9)
    f.y -= 3
    for a, b in rows:
        f.doc.rect(f.x, f.y - 12, f.w * 0.45, 12, (0.85, 0.85, 0.85))
        f.doc.line(f.x, f.y - 12, f.x + f.w, f.y - 12, (0.5, 0.5, 0.5), 0.4)
        f.doc.text(f.x + 3, f.y - 9, a, 'sans-bold', size)
        f.doc.text(f.x + f.w * 0.45 + 4, f.y - 9, b, 'sans', size)
        f.y -= 12
    f.y -= 8


class Notes:
    def __init__(self): self.pages = {}

    def mark(self, f, key):
        self.pages.setdefault(f.page, []).append((key, f.x, f.w))


def body_para(f, p, notes, note, size=10.5, lead=13.4, font='serif', breaks=None, justify=True, indent=0):
    if '^' in p:
        notes.mark(f, note)
    f.para(p, font, size, lead, justify=justify, breaks=breaks, indent=indent)


# ---------------------------------------------------------------- 1 Lusitania (camlpdf), A4, two columns
def lusitania():
    e = EX['lusitania_1915']; W, H = 595.28, 841.89
    d = Doc('lusitania_1915', justify='tw'); notes = Notes()
    M = 56; G = 18; CW = (W - 2 * M - G) / 2

    def start(doc, i):      # header drawn first
        doc.text(M, H - 34, e['running'][0], 'sans', 8, (0.3, 0.3, 0.3))
        doc.rtext(W - M, H - 34, e['running'][1], 'sans-italic', 8, (0.3, 0.3, 0.3))
        doc.line(M, H - 39, W - M, H - 39, (0.5, 0.5, 0.5), 0.4)

    def end(doc, i):        # note, then folio, drawn last
        for key, x, w in notes.pages.get(i, []):
            doc.line(x, 70, x + 60, 70, (0, 0, 0), 0.4)
            doc.text(x, 61, e['note'][1], 'serif', 7)
        doc.ctext(W / 2, 36, e['running'][2 + i], 'sans', 8)
    d.on_page_start, d.on_page_end = start, end
    d.new_page(W, H)
    y = H - 70
    d.text(M, y, e['kicker'], 'sans-bold', 8.5, RED)
    y -= 30; d.text(M, y, e['title'][0], 'serif-bold', 24)
    y -= 27; d.text(M, y, e['title'][1], 'serif-bold', 24)
    d.rect(W - M - 150, y - 4, 150, 80, GREY)
    y -= 10
    for ws, _, _ in break_lines(e['intro'], 'serif-italic', 11.5, W - 2 * M):
        y -= 14.5; d.text(M, y, ' '.join(ws), 'serif-italic', 11.5)
    top1 = y - 14
    d.rect(M, top1 - 120, W - 2 * M, 120, GREY); top1 -= 132     # wide uncaptioned picture
    frames = [(0, M, top1, 78, CW), (0, M + CW + G, top1, 78, CW), (1, M, H - 60, 60, CW), (1, M + CW + G, H - 60, 60, CW)]
    f = Flow(d, frames, (W, H))
    for si, s in enumerate(e['sections']):
        f.need(50); f.space(8)
        f.y -= 10; d.text(f.x, f.y, s['label'], 'sans', 8, (0.45, 0.45, 0.45))
        f.y -= 15; d.text(f.x, f.y, s['title'], 'serif-bold', 12.5); f.y -= 2
        c = s.get('caption')
        for pi, p in enumerate(s['paras']):
            br = [lambda ff, c=c: caption(ff, c, c['pos'])] if '|' in p else None
            body_para(f, p, notes, e['note'], breaks=br, indent=0 if pi == 0 else 10)
        if c and c['pos'] == 'Above':
            caption(f, c, 'Above')
        if si == 2:
            pull(f, e['pull'])
    f.space(6); sidebar(f, e['sidebar']); table(f, e['table'])
    d.finish()


# ---------------------------------------------------------------- 2 Marconi (FPDF), Letter, three columns
def marconi():
    e = EX['marconi_signal_1901']; W, H = 612, 792
    d = Doc('marconi_signal_1901', justify='words'); notes = Notes()
    M = 44; G = 14; CW = (W - 2 * M - 2 * G) / 3
    X = [M + k * (CW + G) for k in range(3)]

    def start(doc, i):  # header alternates like a book
        if i == 0:
            doc.text(M, H - 30, e['running'][1], 'serif-italic', 8.5)
            doc.rtext(W - M, H - 30, e['running'][0], 'sans', 8)
        else:
            doc.text(M, H - 30, e['running'][0], 'sans', 8)
            doc.rtext(W - M, H - 30, e['running'][1], 'serif-italic', 8.5)

    def end(doc, i):
        for key, x, w in notes.pages.get(i, []):
            doc.text(x, 50, e['note'][1][:0] + e['note'][1], 'serif', 6.5)
        fol = e['running'][2 + i]
        if i == 0: doc.rtext(W - M, 30, fol, 'sans-bold', 9)
        else: doc.text(M, 30, fol, 'sans-bold', 9)
    d.on_page_start, d.on_page_end = start, end
    d.new_page(W, H)
    y = H - 62
    d.text(M, y, e['kicker'], 'sans-bold', 8, (0.1, 0.3, 0.5))
    for t in e['title']:
        y -= 30; d.text(M, y, t, 'serif-bold', 27)
    # intro in column 3 beside the title
    yi = H - 70
    for ws, _, _ in break_lines(e['intro'], 'serif-italic', 10.5, CW):
        yi -= 13; d.text(X[2], yi, ' '.join(ws), 'serif-italic', 10.5)
    top1 = min(y, yi) - 16
    d.rect(M, top1 - 60, X[1] + CW - M, 60, GREY); top1 -= 72
    d.rect(X[2], yi - 12 - 150, CW, 150, GREY)    # uncaptioned picture under the intro in column 3
    frames = [(0, X[0], top1, 62, CW), (0, X[1], top1, 62, CW),
              (1, X[0], H - 50, 50, CW), (1, X[1], H - 50, 50, CW), (1, X[2], H - 50, 50, CW)]
    f = Flow(d, frames, (W, H))
    state = {'sb': False}

    def on_frame(ff):   # the sidebar stands at the head of column 2 on page 1 and is drawn on entering it
        if ff.fi == 1 and not state['sb']:
            state['sb'] = True; sidebar(ff, e['sidebar'], (0.86, 0.91, 0.95), 8.5, 11)
    f.on_frame = on_frame
    for si, s in enumerate(e['sections']):
        f.need(40); f.space(8)
        f.y -= 13
        d.text(f.x, f.y, s['title'], 'sans-bold', 10.5)
        d.rtext(f.x + f.w, f.y, s['label'], 'sans-bold', 8, (0.1, 0.3, 0.5))   # label drawn after the title
        f.y -= 2
        c = s.get('caption')
        for pi, p in enumerate(s['paras']):
            br = [lambda ff, c=c: caption(ff, c, c['pos'], box_h=56)] if '|' in p else None
            body_para(f, p, notes, e['note'], size=10, lead=12.6, breaks=br, justify=False)
        if c and c['pos'] == 'Above':
            caption(f, c, 'Above', box_h=56)
        if si == 1:
            pull(f, e['pull'], (0.1, 0.3, 0.5))
    table(f, e['table'])
    if not state['sb']:
        raise SystemExit('marconi: flow did not reach column 2 of p. 2, ended in frame %d' % f.fi)
    d.finish()


# ---------------------------------------------------------------- 3 Everest (@libpdf/core), A5, one column, 4 pages
def everest():
    e = EX['everest_ascent_1953']; W, H = 419.53, 595.28
    d = Doc('everest_ascent_1953', justify=None); notes = Notes()
    M = 40; CW = W - 2 * M

    def start(doc, i):
        doc.text(M, H - 26, e['running'][0], 'sans', 8, (0.35, 0.35, 0.35))
        doc.rtext(W - M, H - 26, e['running'][1], 'sans', 8, (0.35, 0.35, 0.35))

    def end(doc, i):
        for key, x, w in notes.pages.get(i, []):
            doc.line(x, 58, x + 50, 58, (0, 0, 0), 0.4); doc.text(x, 48, e['note'][1], 'sans', 7.5)
        doc.rtext(W - M, 26, e['running'][2 + i], 'sans-bold', 10)
    d.on_page_start, d.on_page_end = start, end
    d.new_page(W, H)
    y = H - 60
    d.text(M, y, e['kicker'], 'sans-bold', 9, (0.15, 0.35, 0.55))
    y -= 28; d.text(M, y, e['title'][0], 'serif-bold', 22)
    y -= 25; d.text(M, y, e['title'][1], 'serif-bold', 22)
    y -= 6
    for ws, _, _ in break_lines(e['intro'], 'serif-italic', 12, CW):
        y -= 15.5; d.text(M, y, ' '.join(ws), 'serif-italic', 12)
    frames = [(0, M, y - 10, 70, CW), (1, M, H - 44, 70, CW), (2, M, H - 44, 70, CW), (3, M, H - 44, 70, CW),
              (4, M, H - 44, 70, CW)]
    f = Flow(d, frames, (W, H))
    for si, s in enumerate(e['sections']):
        f.need(60); f.space(8)
        lw = width(s['label'], 'sans-bold', 9) + 10
        d.rect(f.x, f.y - 14, lw, 14, (0.15, 0.35, 0.55))
        d.text(f.x + 5, f.y - 10, s['label'], 'sans-bold', 9, (1, 1, 1))
        f.y -= 32; d.text(f.x, f.y, s['title'], 'serif-bold', 15); f.y -= 2
        c = s.get('caption')
        for pi, p in enumerate(s['paras']):
            br = [lambda ff, c=c: caption(ff, c, c['pos'], box_h=80)] if '|' in p else None
            body_para(f, p, notes, e['note'], size=11.5, lead=15, breaks=br, justify=False)
        if c and c['pos'] == 'Above':
            caption(f, c, 'Above', box_h=90)
        if si == 1:
            pull(f, e['pull'], (0.15, 0.35, 0.55))
    sidebar(f, e['sidebar'], (0.88, 0.92, 0.96), 10.5, 13.5)
    d.finish()


# ---------------------------------------------------------------- 4 Jenner (@libpdf/core), A4 landscape tri-fold
def jenner():
    e = EX['jenner_vaccine_1796']; W, H = 841.89, 595.28
    d = Doc('jenner_vaccine_1796', justify=None); notes = Notes()
    P = W / 3; M = 24; CW = P - 2 * M
    X = [k * P + M for k in range(3)]
    GREEN = (0.18, 0.38, 0.25)
    d.new_page(W, H)
    # side 1, drawn left to right as it lies flat: inner flap | back | cover
    f = Flow(d, [(0, X[0], H - 40, 50, CW)], (W, H))
    sidebar(f, e['sidebar'], (0.90, 0.94, 0.88), 9.5, 12.5); table(f, e['table'], 8.5)
    d.rect(X[1] + 40, H - 160, CW - 80, 90, GREY)
    y = H - 200
    for a in e['address']:
        d.ctext(P * 1.5, y, a, 'sans', 9); y -= 12
    d.ctext(W / 2, 24, e['running'][0], 'sans', 7.5, (0.3, 0.3, 0.3))  # footer between back panel and cover
    d.rect(2 * P, H - 80, P, 44, GREEN)
    d.text(X[2], H - 62, e['kicker'], 'sans-bold', 9, (1, 1, 1))
    y = H - 120
    for t in e['title']:
        d.text(X[2], y, t, 'serif-bold', 21); y -= 25
    d.rect(X[2], y - 140, CW, 140, GREY); y -= 160
    for ws, _, _ in break_lines(e['intro'], 'serif-italic', 11, CW):
        d.text(X[2], y, ' '.join(ws), 'serif-italic', 11); y -= 14
    # side 2: three panels
    d.new_page(W, H)
    d.ctext(W / 2, 24, e['running'][0], 'sans', 7.5, (0.3, 0.3, 0.3))
    frames = [(1, X[k], H - 36, 60, CW) for k in range(3)]
    f = Flow(d, frames, (W, H))
    for si, s in enumerate(e['sections']):
        f.need(40); f.space(8)
        f.y -= 16
        d.rect(f.x, f.y - 5, 18, 18, GREEN)
        d.text(f.x + 5, f.y, s['label'], 'sans-bold', 11, (1, 1, 1))
        d.text(f.x + 24, f.y, s['title'], 'serif-bold', 12.5); f.y -= 3
        c = s.get('caption')
        for pi, p in enumerate(s['paras']):
            br = [lambda ff, c=c: caption(ff, c, c['pos'], box_h=60)] if '|' in p else None
            if si == 3 and '|' in p:
                br = [lambda ff: ff.next_frame()]      # D-1 crosses the column break
            body_para(f, p, notes, e['note'], size=9.5, lead=12, breaks=br, justify=False)
        if c and c['pos'] == 'Above':
            caption(f, c, 'Above', box_h=70)
        if si == 1:
            pull(f, e['pull'], GREEN)
    for key, x, w in notes.pages.get(1, []):
        d.text(x, 46, e['note'][1], 'sans', 7)
    d.finish()


if __name__ == '__main__':
    for n in sys.argv[1:] or ['lusitania', 'marconi', 'everest', 'jenner']:
        globals()[n]()
