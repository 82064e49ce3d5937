# cottingley_fairies_1917: three-panel folded leaflet (A4 landscape, two sides), painted by PDF::Create (Perl).
import os, sys, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
VPY = os.path.join(HERE, 'venv/bin/python')
if sys.executable != VPY and os.path.exists(VPY):
    os.execv(VPY, [VPY] + sys.argv)
sys.path.insert(0, HERE)
from content import EX, write_gold
from layout import Doc, Flow, wrap, width

NAME = 'cottingley_fairies_1917'
ex = EX[NAME]
OUT = os.path.dirname(HERE)
GREEN = (0.16, 0.36, 0.26); GREY = (0.42, 0.42, 0.42); BOX = (0.66, 0.66, 0.66); TINT = (0.91, 0.94, 0.90)
W, H = 842, 595
PW = W / 3
FOOTER = 'Bingley Beck Photographic Museum \u2013 Leaflet 2'
doc = Doc()
s1, s2 = doc.page(W, H), doc.page(W, H)

# ---- side 1, drawn cover first (right panel), then back panel (middle), then inner flap (left)
cx = 2 * PW + 26; cw = PW - 52
doc.text(s1, 'HB', 8, cx, 60, ex['kicker'], GREEN)
doc.text(s1, 'TB', 30, cx, 100, ex['title_lines'][0])
doc.text(s1, 'TB', 30, cx, 134, ex['title_lines'][1])
doc.rect(s1, cx, 152, cw, 190, BOX)  # uncaptioned cover picture
y = 366
for s, _ in wrap(ex['intro'], 'TI', 11, cw):
    doc.text(s1, 'TI', 11, cx, y, s); y += 14.5
bx = PW + 26
for k, s in enumerate(['Bingley Beck Photographic Museum', 'Mill Lane, Bingley BD16 9XX',
                       'Open Tuesday to Sunday, 10 am \u2013 4.30 pm', 'Free entry \u00b7 Step-free access']):
    doc.text(s1, 'HB' if k == 0 else 'HR', 9, bx, 420 + k * 13, s, (0, 0, 0) if k == 0 else GREY)
doc.rect(s1, bx, 60, PW - 52, 120, BOX)  # uncaptioned building view
sb = ex['sidebar']; ix = 26; iw = PW - 52
sl = wrap(sb['paras'][0], 'HR', 9.5, iw - 20)
doc.rect(s1, ix, 60, iw, 46 + len(sl) * 12.5, TINT)
doc.text(s1, 'HB', 12, ix + 10, 82, sb['title'], GREEN)
y = 102
for s, _ in sl:
    doc.text(s1, 'HR', 9.5, ix + 10, y, s); y += 12.5
for x in (PW, 2 * PW):  # fold marks
    doc.line(s1, x, 8, x, 20, 0.3, GREY); doc.line(s1, x, H - 20, x, H - 8, 0.3, GREY)
doc.text(s1, 'HR', 7.5, W / 2 - width(FOOTER, 'HR', 7.5) / 2, H - 24, FOOTER, GREY)

# ---- side 2: sections A-D through three columns
frames = [(s2, i * PW + 24, 44, PW - 48, H - 62) for i in range(3)]
fl = Flow(doc, frames)
CW = PW - 48
BODY = dict(font='TR', size=10.8, lead=14.0, after=3)

def heading(sec):
    def d(p, x, yt, w):
        doc.rect(p, x, yt + 4, 16, 16, GREEN)
        doc.text(p, 'HB', 10, x + 8 - width(sec['label'], 'HB', 10) / 2, yt + 16, sec['label'], (1, 1, 1))
        doc.text(p, 'TB', 13.5, x + 24, yt + 17, sec['title'])
    fl.space(8); fl.block(28, d)

def caption_beside(c):  # caption + credit left, picture right
    cw2 = CW - 92
    lines = wrap(c['position'] + ': ' + c['text'], 'HR', 8, cw2)
    cred = wrap(c['credit'], 'HR', 6.5, cw2)
    h = max(70, len(lines) * 10 + len(cred) * 8.5) + 8
    def d(p, x, yt, w):
        yy = yt + 10
        for s, _ in lines:
            doc.text(p, 'HR', 8, x, yy, s); yy += 10
        for s, _ in cred:
            doc.text(p, 'HR', 6.5, x, yy, s, GREY); yy += 8.5
        doc.rect(p, x + CW - 84, yt + 2, 84, 66, BOX)
    fl.block(h, d)

fn_word, fn_text = ex['footnote']
fn_page = None
for si, sec in enumerate(ex['sections']):
    heading(sec)
    for pi, para in enumerate(sec['paras']):
        ind = 0 if pi == 0 else 12
        if fn_word in para:
            para = para.replace(fn_word + ' in', fn_word + '* in', 1)
        if si == 1 and pi == 0:
            cut = para.index('A photographic expert')
            fl.para(para[:cut].rstrip(), indent=ind, **BODY)
            caption_beside(sec['captions'][0])
            fl.para(para[cut:], indent=0, **BODY)
            continue
        fl.para(para, indent=ind, **BODY)
    if si == 2:
        ql = wrap(ex['pullquote'], 'TBI', 14, CW - 30)
        def dq(p, x, yt, w, ql=ql):
            yy = yt + 18
            for s, _ in ql:
                doc.text(p, 'TBI', 14, x + (CW - width(s, 'TBI', 14)) / 2, yy, s, GREEN); yy += 17
        fl.space(8); fl.block(len(ql) * 17 + 12, dq)
    if si == 3:
        c = sec['captions'][0]
        lines = wrap(c['position'] + ': ' + c['text'], 'HR', 8, CW)
        def dp(p, x, yt, w, lines=lines, c=c):
            doc.rect(p, x, yt + 4, CW, 96, BOX)
            yy = yt + 112
            for s, _ in lines:
                doc.text(p, 'HR', 8, x, yy, s); yy += 10
            doc.text(p, 'HR', 6.5, x, yy, c['credit'], GREY)
        fl.space(6); fl.block(112 + len(lines) * 10 + 10, dp)
# footnote at the foot of column 1, drawn after all the columns
doc.line(s2, 24, H - 58, 90, H - 58, 0.4, GREY)
y = H - 49
for s, _ in wrap('* ' + fn_text, 'HR', 7, CW):
    doc.text(s2, 'HR', 7, 24, y, s, GREY); y += 8.5
for x in (PW, 2 * PW):
    doc.line(s2, x, 8, x, 20, 0.3, GREY); doc.line(s2, x, H - 20, x, H - 8, 0.3, GREY)
doc.text(s2, 'HR', 7.5, W / 2 - width(FOOTER, 'HR', 7.5) / 2, H - 24, FOOTER, GREY)

ops = os.path.join(HERE, NAME + '.ops')
doc.write(ops, encoding='cp1252')
pdf = os.path.join(OUT, NAME + '.pdf')
subprocess.run(['perl', os.path.join(HERE, 'paint_pdfcreate.pl'), ops, pdf, ex['title']], check=True)
subprocess.run(['pdftotext', '-raw', pdf, os.path.join(OUT, NAME + '.txt')], check=True)
write_gold(NAME, [FOOTER])
print('frames used up to', fl.fi)
