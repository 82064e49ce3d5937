# DOCX for set 69 with bayoo-docx (a python-docx fork with footnotes and comments).
# Panels are one-cell tables; the picture and its caption sit in a two-row table nested in panel 2.
import os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
sys.path.insert(0, B)
from texts import EX

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)

def borders(table, color='A0A0A0'):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        for k, v in (('val', 'single'), ('sz', '8'), ('space', '0'), ('color', color)):
            e.set(qn('w:' + k), v)
        b.append(e)
    tblPr.append(b)

def field(par, instr):
    r = par.add_run()
    for t, extra in (('begin', None), (None, instr), ('separate', None), (None, None), ('end', None)):
        if t:
            fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), t); r._r.append(fc)
        elif extra:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % extra; r._r.append(it)
        else:
            tt = OxmlElement('w:t'); tt.text = '1'; r._r.append(tt)

def split_run_mid_word(par, text, word, cut):
    """Write text with `word` split into two runs at `cut` (the second run carries a language tag)."""
    a, b = text.split(word, 1)
    par.add_run(a + word[:cut])
    r = par.add_run(word[cut:])
    rPr = r._r.get_or_add_rPr(); lang = OxmlElement('w:lang'); lang.set(qn('w:val'), 'de-AT'); rPr.append(lang)
    par.add_run(b)

def main():
    n = 'silent_night_1818'; e = EX[n]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles
    st['Normal'].font.name = 'Georgia'; st['Normal'].font.size = Pt(10.5)
    k = st.add_style('Kicker', WD_STYLE_TYPE.PARAGRAPH); k.base_style = st['Normal']
    k.font.size = Pt(9); k.font.bold = True; k.font.small_caps = True; k.font.color.rgb = RGBColor(0x8A, 0x1C, 0x1C)
    lab = st.add_style('Panel Label', WD_STYLE_TYPE.PARAGRAPH); lab.base_style = st['Normal']
    lab.font.size = Pt(9); lab.font.bold = True; lab.font.color.rgb = RGBColor(0x8A, 0x1C, 0x1C)
    intro = st.add_style('Lede', WD_STYLE_TYPE.PARAGRAPH); intro.base_style = st['Normal']
    intro.font.size = Pt(13); intro.font.italic = True
    cred = st.add_style('Credit', WD_STYLE_TYPE.CHARACTER); cred.font.size = Pt(8); cred.font.italic = True
    doc.core_properties.title = ' '.join(e['title_lines'])
    doc.core_properties.author = 'Wexcombe Abbey Music Museum'
    # footer with running line and PAGE field
    fp = sec.footer.paragraphs[0]
    fp.text = e['running'][0] + '  ·  '
    field(fp, 'PAGE')
    # cover
    doc.add_paragraph(e['kicker'], style='Kicker')
    t = doc.add_paragraph(style='Title')
    t.add_run(e['title_lines'][0]); t.add_run().add_break(); t.add_run(e['title_lines'][1])
    doc.add_paragraph(e['intro'], style='Lede')
    doc.add_page_break()
    q, a = e['quote']
    for si, s in enumerate(e['sections']):
        tb = doc.add_table(rows=1, cols=1); borders(tb)
        cell = tb.rows[0].cells[0]; shade(cell, 'F6F1E7')
        cell.paragraphs[0].text = s['label']; cell.paragraphs[0].style = st['Panel Label']
        cell.add_paragraph(s['title'], style='Heading 2')
        for pi, ptxt in enumerate(s['paras']):
            if si == 0 and pi == 0:
                split_run_mid_word(cell.add_paragraph(), ptxt, 'Oberndorf', 4)
            elif si == 2 and pi == 0:
                p = cell.add_paragraph(ptxt)
                p.add_footnote(e['notes'][0])
            else:
                cell.add_paragraph(ptxt)
            if s.get('caption') and pi == 0:
                c = s['caption']
                inner = cell.add_table(rows=2, cols=1)
                ic = inner.rows[0].cells[0]
                ic.paragraphs[0].add_run().add_picture(os.path.join(B, 'png', 'guitar.png'), width=Cm(7))
                cp = inner.rows[1].cells[0].paragraphs[0]
                cp.style = st['Caption']
                cp.add_run(c['position'] + ': ' + c['text'] + ' ')
                cp.add_run(c['credit'], style='Credit')
                cell.add_paragraph()
        doc.add_paragraph()
        if si == 0:
            doc.add_paragraph(q, style='Intense Quote')
            ap = doc.add_paragraph(a); ap.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # sidebar as a last shaded one-cell table; its title only a bold run
    sb = e['sidebar']
    tb = doc.add_table(rows=1, cols=1); borders(tb, '8A1C1C')
    cell = tb.rows[0].cells[0]; shade(cell, 'E8EEF3')
    r = cell.paragraphs[0].add_run(sb['title']); r.bold = True; r.font.size = Pt(12)
    for ptxt in sb['paras']:
        cell.add_paragraph(ptxt)
    doc.save(os.path.join(OUT, n + '.docx'))

if __name__ == '__main__':
    main()
