# essex_whaleship_1820: three-column landscape handout, painted by libharu (C).
import os, sys, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
VPY = os.path.join(HERE, 'venv/bin/python')
if sys.executable != VPY and os.path.exists(VPY):
    os.execv(VPY, [VPY] + sys.argv)
sys.path.insert(0, HERE)
from content import EX, write_gold
from layout import Doc, Flow, wrap, width

NAME = 'essex_whaleship_1820'
ex = EX[NAME]
OUT = os.path.dirname(HERE)
RED = (0.62, 0.12, 0.10); GREY = (0.45, 0.45, 0.45); BOX = (0.62, 0.62, 0.62); TINT = (0.90, 0.92, 0.94)
W, H = 842, 595
HEADER = 'Brant Point Whaling Museum \u2014 Gallery Handout 3'
FOOTER = 'Handout 3 \u2013 please return it after your visit'
doc = Doc()
pages = [doc.page(W, H), doc.page(W, H)]
for i, p in enumerate(pages):  # running header first on each page
    doc.text(p, 'HR', 8, 40, 30, HEADER, GREY)
    doc.line(p, 40, 36, W - 40, 36, 0.5, GREY)
p0 = pages[0]
doc.text(p0, 'HB', 8, 40, 62, ex['kicker'], RED)
doc.text(p0, 'TB', 24, 40, 92, ex['title'])
y = 112
for s, _ in wrap(ex['intro'], 'TI', 11.5, 520):
    doc.text(p0, 'TI', 11.5, 40, y, s); y += 15
doc.line(p0, 40, y + 2, W - 40, y + 2, 0.8, RED)
doc.rect(p0, 580, 50, W - 620, 70, BOX)  # uncaptioned picture beside the title
CW, GAP = (W - 80 - 40) / 3, 20
xs = [40 + i * (CW + GAP) for i in range(3)]
frames = [(p0, x, y + 16 + (200 if i == 2 else 0), CW, H - 64) for i, x in enumerate(xs)] + [(pages[1], x, 56, CW, H - 62) for x in xs]
fl = Flow(doc, frames)
doc.rect(p0, xs[2], y + 18, CW, 176, BOX)  # uncaptioned route map at the head of column 3
BODY = dict(font='TR', size=10.4, lead=13.6, justify=True, after=3)

def heading(sec):
    def d(p, x, yt, w):
        doc.text(p, 'HB', 7.5, x, yt + 8, sec['label'], RED)
        doc.text(p, 'TB', 12.5, x, yt + 23, sec['title'])
    fl.space(6); fl.block(30, d)

def caption_side(c):  # picture left, caption + credit to its right
    cw = CW - 64
    lines = wrap(c['position'] + ': ' + c['text'], 'HR', 7.6, cw)
    cred = wrap(c['credit'], 'HI', 6.6, cw)
    h = max(52, len(lines) * 9.4 + len(cred) * 8.2) + 6
    def d(p, x, yt, w):
        doc.rect(p, x, yt + 2, 56, 48, BOX)
        yy = yt + 9
        for s, _ in lines:
            doc.text(p, 'HR', 7.6, x + 64, yy, s); yy += 9.4
        for s, _ in cred:
            doc.text(p, 'HI', 6.6, x + 64, yy, s, GREY); yy += 8.2
    fl.block(h, d)

def caption_below(c):
    lines = wrap(c['position'] + ': ' + c['text'], 'HR', 7.6, CW)
    cred = wrap(c['credit'], 'HI', 6.6, CW)
    h = 86 + len(lines) * 9.4 + len(cred) * 8.2 + 4
    def d(p, x, yt, w):
        doc.rect(p, x, yt + 2, CW, 78, BOX)
        yy = yt + 90
        for s, _ in lines:
            doc.text(p, 'HR', 7.6, x, yy, s); yy += 9.4
        for s, _ in cred:
            doc.text(p, 'HI', 6.6, x, yy, s, GREY); yy += 8.2
    fl.space(4); fl.block(h, d)

secs = ex['sections']
fn_word, fn_text = ex['footnote']
for si, sec in enumerate(secs):
    heading(sec)
    for pi, para in enumerate(sec['paras']):
        ind = 0 if pi == 0 else 10
        if si == 1 and pi == 0:  # split by the side caption
            cut = para.index('Chase, who had')
            fl.para(para[:cut].rstrip(), indent=ind, **BODY)
            caption_side(sec['captions'][0])
            fl.para(para[cut:], indent=0, **BODY)
            continue
        if fn_word in para:
            para2 = para.replace(fn_word + '.', fn_word + '*.', 1)
            fl.para(para2, indent=ind, **BODY)
            p = fl.fr[0]  # footnote drawn now, placed at the foot of this page
            doc.line(p, 40, H - 56, 140, H - 56, 0.4, GREY)
            doc.text(p, 'HR', 7, 40, H - 47, '* ' + fn_text, GREY)
            continue
        fl.para(para, indent=ind, **BODY)
    if si == 3:
        caption_below(sec['captions'][0])
    if si == 1:  # pull quote between rules
        ql = wrap(ex['pullquote'], 'TI', 13, CW - 10)
        def d(p, x, yt, w, ql=ql):
            doc.line(p, x, yt + 2, x + CW, yt + 2, 0.8, RED)
            yy = yt + 18
            for s, _ in ql:
                doc.text(p, 'TI', 13, x + 5, yy, s, RED); yy += 16
            doc.line(p, x, yy - 6, x + CW, yy - 6, 0.8, RED)
        fl.space(6); fl.block(len(ql) * 16 + 12, d); fl.space(4)

sb = ex['sidebar']
sl = wrap(sb['paras'][0], 'HR', 8.6, CW - 16)
def dsb(p, x, yt, w):
    doc.rect(p, x, yt, CW, 30 + len(sl) * 11 + 8, TINT)
    doc.text(p, 'HB', 10.5, x + 8, yt + 18, sb['title'])
    yy = yt + 34
    for s, _ in sl:
        doc.text(p, 'HR', 8.6, x + 8, yy, s); yy += 11
fl.space(10); fl.block(30 + len(sl) * 11 + 8, dsb)
TL = [('Aug 1819', 'The Essex leaves Nantucket'), ('20 Nov 1820', 'A whale sinks the ship'),
      ('Dec 1820', 'The boats reach Henderson Island'), ('Feb 1821', 'Chase and Pollard rescued'),
      ('Apr 1821', 'Three men taken off Henderson Island'), ('1851', 'Moby-Dick is published')]
p1 = pages[1]  # timeline box (not in the gold): repeats the section labels
doc.text(p1, 'HB', 10.5, xs[1], 70, 'Timeline')
doc.line(p1, xs[1], 76, xs[1] + CW, 76, 0.6, RED)
for k, (d_, t_) in enumerate(TL):
    doc.text(p1, 'HB', 8.5, xs[1], 92 + k * 16, d_, RED)
    doc.text(p1, 'HR', 8.5, xs[1] + 62, 92 + k * 16, t_)
doc.rect(p1, xs[2], 60, CW, 110, BOX)  # uncaptioned picture
for i, p in enumerate(pages):  # footer and folio last
    doc.line(p, 40, H - 34, W - 40, H - 34, 0.5, GREY)
    doc.text(p, 'HR', 8, 40, H - 22, FOOTER, GREY)
    doc.text(p, 'HB', 9, W - 46, H - 22, str(i + 1))
ops = os.path.join(HERE, NAME + '.ops')
doc.write(ops, encoding='cp1252')
pdf = os.path.join(OUT, NAME + '.pdf')
subprocess.run([os.path.join(HERE, 'paint_haru'), ops, pdf], check=True)
subprocess.run(['pdftotext', '-raw', pdf, os.path.join(OUT, NAME + '.txt')], check=True)
write_gold(NAME, [HEADER, FOOTER, '1', '2'])
print('frames used up to', fl.fi)
