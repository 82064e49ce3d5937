# -*- coding: utf-8 -*-
"""stonehenge_sale_1915: DOCX written by Spire.Doc Free (e-iceblue, PyPI spire-doc-free).
Renamed custom styles, panel labels that exist only as list numbering ("Part %1"), the title split
by a line break, a caption in a floating text box beside the picture, real footnotes, a quote in a
shaded table cell, a label/value table and a shaded sidebar table."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import STONEHENGE as D, write_gold
from png import grey
from spire.doc import *
from spire.doc.common import *

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
IMG = os.path.join(B, "stonehenge_fig.png")
grey(IMG, 520, 400)

doc = Document()
sec = doc.AddSection()
sec.PageSetup.PageSize = PageSize.A4()
sec.PageSetup.Margins.All = 64.0


def pstyle(name, font="Georgia", size=11.0, bold=False, italic=False, after=6.0, before=0.0, color=None,
           outline=None):
    st = ParagraphStyle(doc)
    st.Name = name
    st.CharacterFormat.FontName = font
    st.CharacterFormat.FontSize = size
    st.CharacterFormat.Bold = bold
    st.CharacterFormat.Italic = italic
    if color:
        st.CharacterFormat.TextColor = Color.FromArgb(255, *color)
    st.ParagraphFormat.AfterSpacing = after
    st.ParagraphFormat.BeforeSpacing = before
    if outline is not None:
        st.ParagraphFormat.OutlineLevel = outline
    doc.Styles.Add(st)


pstyle("Exhibit Kicker", font="Arial", size=9.0, bold=True, color=(120, 98, 52), after=2.0)
pstyle("Exhibit Title", font="Georgia", size=28.0, bold=True, after=10.0, outline=OutlineLevel.Level1)
pstyle("Standfirst", font="Georgia", size=13.0, italic=True, after=14.0)
pstyle("Panel Heading", font="Arial", size=14.0, bold=True, before=14.0, after=6.0, color=(60, 72, 40),
       outline=OutlineLevel.Level2)
pstyle("Panel Text", font="Georgia", size=11.0, after=7.0)
pstyle("Caption Box", font="Arial", size=8.5, after=2.0)
pstyle("Credit Line", font="Arial", size=7.5, italic=True, after=0.0, color=(90, 90, 90))
pstyle("Quote Panel", font="Georgia", size=16.0, italic=True, after=0.0, color=(60, 72, 40))
pstyle("Sidebar Head", font="Arial", size=11.5, bold=True, after=4.0)
pstyle("Sidebar Text", font="Georgia", size=10.0, after=0.0)
pstyle("Table Label", font="Arial", size=9.0, bold=True, after=0.0)
pstyle("Table Value", font="Arial", size=9.0, after=0.0)

ls = ListStyle(doc, ListType.Numbered)
ls.Name = "Panel Numbers"
ls.Levels[0].PatternType = ListPatternType.Arabic
ls.Levels[0].NumberPrefix = "Part "
ls.Levels[0].NumberSufix = ""
doc.ListStyles.Add(ls)

notes = list(D["notes"])


def text_with_notes(p, t):
    for piece in re.split(r"(\[\d\])", t):
        m = re.fullmatch(r"\[(\d)\]", piece)
        if m:
            fn = p.AppendFootnote(FootnoteType.Footnote)
            fp = fn.TextBody.AddParagraph()
            fp.AppendText(notes[int(m.group(1)) - 1])
        elif piece:
            p.AppendText(piece)


p = sec.AddParagraph(); p.AppendText(D["kicker"].upper()); p.ApplyStyle("Exhibit Kicker")
p = sec.AddParagraph(); p.ApplyStyle("Exhibit Title")
p.AppendText(D["title"][0])
p.AppendBreak(BreakType.LineBreak)
r = p.AppendText(D["title"][1]); r.CharacterFormat.FontSize = 18.0; r.CharacterFormat.Bold = False
r.CharacterFormat.Italic = True
p = sec.AddParagraph(); p.AppendText(D["intro"]); p.ApplyStyle("Standfirst")

for n, (label, title, paras, cap) in enumerate(D["sections"]):
    h = sec.AddParagraph(); h.ApplyStyle("Panel Heading")
    h.ListFormat.ApplyStyle("Panel Numbers")
    h.AppendText("\t" + title) if False else h.AppendText(title)
    if n == 2:
        h.Format.PageBreakBefore = True
    for k, t in enumerate(paras):
        p = sec.AddParagraph(); p.ApplyStyle("Panel Text")
        text_with_notes(p, t)
        if cap and k == 0:
            pp = sec.AddParagraph(); pp.ApplyStyle("Panel Text")
            pp.Format.HorizontalAlignment = HorizontalAlignment.Right
            pic = pp.AppendPicture(IMG)
            pic.Width = 240.0; pic.Height = 185.0
            tb = pp.AppendTextBox(150.0, 110.0)
            tb.Format.TextWrappingStyle = TextWrappingStyle.Square
            tb.Format.HorizontalOrigin = HorizontalOrigin.Margin
            tb.Format.HorizontalPosition = 60.0
            tb.Format.VerticalOrigin = VerticalOrigin.Paragraph
            tb.Format.VerticalPosition = 40.0
            tb.Format.NoLine = True
            cp = tb.Body.AddParagraph(); cp.ApplyStyle("Caption Box")
            rr = cp.AppendText(cap[0] + ": "); rr.CharacterFormat.Bold = True
            cp.AppendText(cap[1])
            cr = tb.Body.AddParagraph(); cr.ApplyStyle("Credit Line"); cr.AppendText(cap[2])
    if label == "Part 2":
        qt = sec.AddTable(True)
        qt.ResetCells(1, 1)
        c = qt.Rows[0].Cells[0]
        c.CellFormat.BackColor = Color.FromArgb(255, 236, 239, 226)
        qp = c.AddParagraph(); qp.ApplyStyle("Quote Panel"); qp.AppendText(D["quote"])
        qp.Format.HorizontalAlignment = HorizontalAlignment.Center
        sp = sec.AddParagraph(); sp.ApplyStyle("Panel Text")
        tp = sec.AddParagraph(); tp.ApplyStyle("Sidebar Head"); tp.AppendText("The sale in figures")
        t = sec.AddTable(True)
        t.ResetCells(len(D["table"]), 2)
        for i, (k, v) in enumerate(D["table"]):
            c0 = t.Rows[i].Cells[0]; c0.CellFormat.BackColor = Color.FromArgb(255, 225, 230, 210)
            a = c0.AddParagraph(); a.ApplyStyle("Table Label"); a.AppendText(k)
            b = t.Rows[i].Cells[1].AddParagraph(); b.ApplyStyle("Table Value"); b.AppendText(v)
        sp = sec.AddParagraph(); sp.ApplyStyle("Panel Text")

sb = sec.AddTable(True)
sb.ResetCells(1, 1)
c = sb.Rows[0].Cells[0]
c.CellFormat.BackColor = Color.FromArgb(255, 243, 239, 228)
a = c.AddParagraph(); a.ApplyStyle("Sidebar Head"); a.AppendText(D["sidebar"][0])
b = c.AddParagraph(); b.ApplyStyle("Sidebar Text"); b.AppendText(D["sidebar"][1])

doc.BuiltinDocumentProperties.Title = " ".join(D["title"])
doc.SaveToFile(os.path.join(OUT, D["name"] + ".docx"), FileFormat.Docx2016)
doc.Close()
write_gold(D, [], OUT)
print("ok")
