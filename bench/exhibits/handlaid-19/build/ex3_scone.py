# stone_of_scone_1950: A3 exhibition poster, painted by PoDoFo 0.9.8 (C++).
import os, sys, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
VPY = os.path.join(HERE, 'venv/bin/python')
if sys.executable != VPY and os.path.exists(VPY):
    os.execv(VPY, [VPY] + sys.argv)
sys.path.insert(0, HERE)
from content import EX, write_gold
from layout import Doc, Flow, wrap, width

NAME = 'stone_of_scone_1950'
ex = EX[NAME]
OUT = os.path.dirname(HERE)
NAVY = (0.10, 0.16, 0.30); RED = (0.70, 0.13, 0.15); GREY = (0.40, 0.40, 0.40); BOX = (0.64, 0.64, 0.64)
TINT = (0.92, 0.90, 0.85); WHITE = (1, 1, 1)
W, H = 842, 1191
FOOT_L = 'Tay Street Museum of Scottish Kingship \u00b7 Perth'
FOOT_R = 'Please do not remove this poster'
doc = Doc()
p = doc.page(W, H)
# header band: kicker, title, intro (white on navy)
doc.rect(p, 0, 0, W, 270, NAVY)
doc.text(p, 'HB', 10, 40, 50, ex['kicker'], (0.85, 0.75, 0.45))
doc.text(p, 'TB', 44, 40, 110, ex['title'], WHITE)
y = 150
for s, _ in wrap(ex['intro'], 'TR', 15.5, 560):
    doc.text(p, 'TR', 15.5, 40, y, s, WHITE); y += 20
doc.rect(p, 640, 130, 162, 120, BOX)  # uncaptioned picture in the band
# sidebar: a tinted box across the foot of the poster, drawn before the columns
sb = ex['sidebar']
sl = wrap(sb['paras'][0], 'HR', 11, W - 80 - 180)
SBH = 40 + len(sl) * 15 + 10
SBY = H - 70 - SBH
doc.rect(p, 40, SBY, W - 80, SBH, TINT)
doc.text(p, 'HB', 14, 56, SBY + 26, sb['title'], NAVY)
yy = SBY + 48
for s, _ in sl:
    doc.text(p, 'HR', 11, 56, yy, s); yy += 15
doc.rect(p, W - 40 - 150, SBY + 14, 134, SBH - 28, BOX)  # uncaptioned replica picture
# two columns
CW = (W - 80 - 30) / 2
FOOTNOTE_H = 30
frames = [(p, 40, 296, CW, SBY - 24 - FOOTNOTE_H), (p, 40 + CW + 30, 296, CW, SBY - 24 - FOOTNOTE_H)]
fl = Flow(doc, frames)
BODY = dict(font='TR', size=13.5, lead=18.5, after=5)

def heading(sec):
    lw = width(sec['label'], 'HB', 9) + 12
    def d(pp, x, yt, w):
        doc.rect(pp, x, yt, lw, 15, RED)
        doc.text(pp, 'HB', 9, x + 6, yt + 11, sec['label'], WHITE)
        doc.text(pp, 'TB', 18, x, yt + 38, sec['title'], NAVY)
    fl.space(10); fl.block(48, d)

fn_word, fn_text = ex['footnote']
for si, sec in enumerate(ex['sections']):
    heading(sec)
    for pi, para in enumerate(sec['paras']):
        ind = 0 if pi == 0 else 14
        if 'four hundred ' + fn_word in para:
            para = para.replace(fn_word + '.', fn_word + '\u00b9.', 1)
        if si == 1 and pi == 0:
            cut = para.index('It weighed')
            fl.para(para[:cut].rstrip(), indent=ind, **BODY)
            c = sec['captions'][0]
            cl = wrap(c['position'] + ': ' + c['text'], 'HR', 9.5, CW - 130)
            cr = wrap(c['credit'], 'HI', 8, CW - 130)
            def dc(pp, x, yt, w, cl=cl, cr=cr):
                doc.rect(pp, x, yt + 2, 118, 88, BOX)
                y2 = yt + 12
                for s, _ in cl:
                    doc.text(pp, 'HR', 9.5, x + 130, y2, s); y2 += 12
                for s, _ in cr:
                    doc.text(pp, 'HI', 8, x + 130, y2, s, GREY); y2 += 10
            fl.block(98, dc)
            fl.para(para[cut:], indent=0, **BODY)
            continue
        fl.para(para, indent=ind, **BODY)
    if si == 2:
        ql = wrap(ex['pullquote'], 'TBI', 17, CW - 20)
        def dq(pp, x, yt, w, ql=ql):
            doc.rect(pp, x, yt + 2, 4, len(ql) * 21 + 6, RED)
            y2 = yt + 20
            for s, _ in ql:
                doc.text(pp, 'TBI', 17, x + 16, y2, s, RED); y2 += 21
        fl.space(6); fl.block(len(ql) * 21 + 16, dq)
    if si == 3:  # caption printed above its picture: "Below:"
        c = sec['captions'][0]
        cl = wrap(c['position'] + ': ' + c['text'], 'HR', 9.5, CW)
        def dp(pp, x, yt, w, cl=cl, c=c):
            y2 = yt + 10
            for s, _ in cl:
                doc.text(pp, 'HR', 9.5, x, y2, s); y2 += 12
            doc.text(pp, 'HI', 8, x, y2, c['credit'], GREY)
            doc.rect(pp, x, y2 + 6, CW, 110, BOX)
        fl.space(4); fl.block(len(cl) * 12 + 10 + 6 + 110 + 4, dp)
# footnote above the sidebar, then the running footer last
fy = SBY - 16 - FOOTNOTE_H + 12
doc.line(p, 40, fy - 10, 120, fy - 10, 0.5, GREY)
doc.text(p, 'HR', 8.5, 40, fy, '1 ' + fn_text, GREY)
doc.line(p, 40, H - 44, W - 40, H - 44, 0.5, NAVY)
doc.text(p, 'HB', 9, 40, H - 28, FOOT_L, NAVY)
doc.text(p, 'HR', 9, W - 40 - width(FOOT_R, 'HR', 9), H - 28, FOOT_R, GREY)
ops = os.path.join(HERE, NAME + '.ops')
doc.write(ops, encoding='utf-8')
pdf = os.path.join(OUT, NAME + '.pdf')
subprocess.run([os.path.join(HERE, 'paint_podofo'), ops, pdf, ex['title']], check=True)
subprocess.run(['pdftotext', '-raw', pdf, os.path.join(OUT, NAME + '.txt')], check=True)
write_gold(NAME, [FOOT_L, FOOT_R])
print('frames used up to', fl.fi, 'y', fl.y, 'bottom', frames[1][4])
