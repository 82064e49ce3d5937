# dreadnought_hoax_1910: A5 gallery guide, HTML 3.2-style page laid out and written by HTMLDOC 1.9.16.
import os, sys, subprocess, html
HERE = os.path.dirname(os.path.abspath(__file__))
VPY = os.path.join(HERE, 'venv/bin/python')
if sys.executable != VPY and os.path.exists(VPY):
    os.execv(VPY, [VPY] + sys.argv)
sys.path.insert(0, HERE)
from content import EX, write_gold

NAME = 'dreadnought_hoax_1910'
FS = os.environ.get('FS', '11')
ex = EX[NAME]
OUT = os.path.dirname(HERE)
# pictures are grey table cells (bgcolor) that htmldoc fills itself
HEAD_L, HEAD_R = 'Portland Harbour Naval Museum', 'Gallery 5 \u00b7 The Dreadnought Hoax'
FOOT_L = 'Gallery guide \u2013 please return it to the desk'


def e(s):  # HTML with numeric entities only (htmldoc reads it as cp-1252)
    return ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in html.escape(s, quote=False))


def c_(s):  # string inside an htmldoc header/footer comment
    return s.encode('cp1252').decode('latin-1')


out = []
w = out.append
w('<html><head><title>%s</title>' % e(ex['title']))
w('<meta name="author" content="%s"></head><body>' % e(ex['museum']))
w('<!-- HEADER LEFT "%s" -->' % c_(HEAD_L))
w('<!-- HEADER RIGHT "%s" -->' % c_(HEAD_R))
w('<!-- FOOTER LEFT "%s" -->' % c_(FOOT_L))
w('<!-- FOOTER RIGHT "Page $PAGE of $PAGES" -->')
w('<p><font size="1" color="#8a1c1c"><b>%s</b></font></p>' % e(ex['kicker']))
w('<h1>%s</h1>' % e(ex['title']))
w('<p><i>%s</i></p><hr noshade size="1">' % e(ex['intro']))
fn_word, fn_text = ex['footnote']


def heading(sec):
    w('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td width="54" valign="top">'
      '<font size="2" color="#8a1c1c"><b>%s</b></font></td><td valign="top"><h2>%s</h2></td></tr></table>'
      % (e(sec['label']), e(sec['title'])))


for si, sec in enumerate(ex['sections']):
    heading(sec)
    for pi, para in enumerate(sec['paras']):
        if si == 0 and pi == 0:  # uncaptioned portrait floated right inside the first paragraph
            w('<table align="right" cellpadding="0" cellspacing="6"><tr><td bgcolor="#a8a8a8" width="80" height="106">'
              '&nbsp;</td></tr></table><p>%s</p>' % e(para))
            continue
        if si == 1 and pi == 0:  # split by the caption/picture row, footnote mark after "flagship"
            para = e(para).replace(fn_word + ' ', fn_word + '<sup>1</sup> ', 1)
            cut = para.index('It announced')
            c = sec['captions'][0]
            w('<p>%s</p>' % para[:cut].rstrip())
            w('<table width="100%%" cellpadding="4"><tr><td width="55%%" align="right" valign="bottom">'
              '<font size="2"><b>%s:</b> %s</font><br><font size="1" color="#666666">%s</font></td>'
              '<td bgcolor="#a8a8a8" width="110" height="110">&nbsp;</td></tr></table>'
              % (e(c['position']), e(c['text']), e(c['credit'])))
            w('<p>%s</p>' % para[cut:])
            continue
        w('<p>%s</p>' % e(para))
    if si == 1:
        w('<p><font size="1">1 %s</font></p>' % e(fn_text))
    if si == 2:
        w('<center><table width="80%%" cellpadding="8"><tr><td align="center"><hr noshade size="1">'
          '<font size="4" color="#8a1c1c"><i>%s</i></font><hr noshade size="1"></td></tr></table></center>'
          % e(ex['pullquote']))
    if si == 3:
        c = sec['captions'][0]
        w('<table cellpadding="0" cellspacing="0"><tr><td bgcolor="#a8a8a8" width="300" height="125">&nbsp;</td>'
          '</tr></table><p><font size="2"><b>%s:</b> %s</font><br><font size="1" color="#666666">%s</font></p>'
          % (e(c['position']), e(c['text']), e(c['credit'])))
sb = ex['sidebar']
w('<table width="100%%" bgcolor="#e8e3d6" cellpadding="10"><tr><td><h3>%s</h3>%s</td></tr></table>'
  % (e(sb['title']), ''.join('<p>%s</p>' % e(p) for p in sb['paras'])))
w('</body></html>')
src = os.path.join(HERE, NAME + '.html')
with open(src, 'w', encoding='latin-1') as f:
    f.write('\n'.join(out) + '\n')
pdf = os.path.join(OUT, NAME + '.pdf')
subprocess.run(['htmldoc', '--webpage', '--charset', 'cp-1252', '--size', '148x210mm',
                '--left', '14mm', '--right', '14mm', '--top', '14mm', '--bottom', '14mm',
                '--bodyfont', 'times', '--headingfont', 'helvetica', '--fontsize', FS, '--headfootsize', '7.5',
                '--headfootfont', 'helvetica', '--no-toc', '--no-title', '--no-compression', '--header', '...', '--footer', '...', '--no-links',
                '-f', pdf, src], check=True, cwd=HERE)
subprocess.run(['pdftotext', '-raw', pdf, os.path.join(OUT, NAME + '.txt')], check=True)

npages = int(subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout.split('Pages:')[1].split()[0])
write_gold(NAME, [HEAD_L, HEAD_R, FOOT_L] + ['Page %d of %d' % (i + 1, npages) for i in range(npages)])
