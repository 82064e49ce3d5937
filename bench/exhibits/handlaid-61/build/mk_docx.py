"""tower_bridge_1894.docx: an ODT written with odfpy, converted to DOCX by LibreOffice headless."""
import os, shutil, subprocess, tempfile
from PIL import Image
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableProperties,
                       TableCellProperties, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties,
                       Header, Footer)
from odf.text import P, Span, LineBreak, Note, NoteCitation, NoteBody, PageNumber
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.draw import Frame, Image as DImage, TextBox
from content import EX, OUT

NAME = "tower_bridge_1894"
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ex = EX[NAME]; X = ex["extra"]; S = ex["sections"]
    doc = OpenDocumentText()
    st, ast = doc.styles, doc.automaticstyles

    def pstyle(name, size="11pt", bold=False, italic=False, color=None, parent=None, align=None, mt="0cm",
               mb="0.2cm", outline=None, bg=None, display=None, family="Liberation Serif", indent=None):
        kw = {"name": name, "family": "paragraph"}
        if outline:
            kw["defaultoutlinelevel"] = str(outline)
        s = Style(**kw)
        tp = {"fontsize": size, "fontname": family}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        s.addElement(TextProperties(**tp))
        pp = {"margintop": mt, "marginbottom": mb}
        if align:
            pp["textalign"] = align
        if bg:
            pp["backgroundcolor"] = bg
        if indent:
            pp["marginleft"] = indent; pp["marginright"] = indent
        s.addElement(ParagraphProperties(**pp))
        st.addElement(s)
        return s

    from odf.style import FontFace
    for fn in ("Liberation Serif", "Liberation Sans", "Liberation Mono"):
        doc.fontfacedecls.addElement(FontFace(name=fn, fontfamily=fn, fontfamilygeneric="roman" if "Serif" in fn else "swiss"))
    sTitle = pstyle("Title", "26pt", bold=True, family="Liberation Sans", mb="0.3cm")
    sKicker = pstyle("Kicker", "9pt", bold=True, color="#a0281e", family="Liberation Sans")
    sIntro = pstyle("Intro", "13pt", mb="0.4cm")
    sLabel = pstyle("Panel Label", "9pt", bold=True, color="#a0281e", family="Liberation Sans", mb="0cm")
    sH2 = pstyle("Heading 2", "15pt", bold=True, family="Liberation Sans", outline=2, mt="0.05cm")
    sBody = pstyle("Text Body", "11pt")
    sCap = pstyle("Caption", "9.5pt", italic=True, mt="0.2cm", mb="0.1cm")
    sCredit = pstyle("Picture Credit", "7.5pt", family="Liberation Mono", mb="0.3cm")
    sQuote = pstyle("Box Quote", "15pt", italic=True, color="#1a2a4c", align="center")
    sShade = pstyle("Sidebar Head", "11pt", bold=True, bg="#e6e1d6", mt="0.5cm")
    sSide = pstyle("Sidebar Text", "11pt", bg="#e6e1d6")
    sHead = pstyle("Header", "8pt", italic=True, color="#555555", family="Liberation Sans")
    sFoot = pstyle("Footer", "8pt", color="#555555", family="Liberation Sans", align="center")
    sNote = pstyle("Footnote", "8.5pt")
    sPic = pstyle("Figure", "11pt", align="center", mb="0cm")

    hid = Style(name="HiddenNote", family="text")
    hid.addElement(TextProperties(display="none", color="#c00000"))
    st.addElement(hid)

    # page layout, header and footer
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="2cm", marginbottom="2cm",
                                       marginleft="2.2cm", marginright="2.2cm"))
    ast.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header(); h.addElement(P(stylename=sHead, text=ex["running"][0])); mp.addElement(h)
    f = Footer(); fp = P(stylename=sFoot, text=ex["running"][1] + " · page ")
    fp.addElement(PageNumber(selectpage="current", text="1")); f.addElement(fp); mp.addElement(f)
    doc.masterstyles.addElement(mp)

    # table styles
    ts = Style(name="PanelTable", family="table")
    ts.addElement(TableProperties(width="16.6cm", align="left", margintop="0.3cm", marginbottom="0.3cm"))
    ast.addElement(ts)
    cs = Style(name="PanelCell", family="table-cell")
    cs.addElement(TableCellProperties(backgroundcolor="#f5f2ea", border="0.6pt solid #1a2a4c", padding="0.3cm"))
    ast.addElement(cs)
    cols = Style(name="PanelCol", family="table-column")
    cols.addElement(TableColumnProperties(columnwidth="16.6cm"))
    ast.addElement(cols)
    fr = Style(name="QuoteFrame", family="graphic")
    fr.addElement(GraphicProperties(border="1.5pt solid #a0281e", padding="0.25cm", backgroundcolor="#ffffff",
                                    wrap="none", horizontalpos="center", horizontalrel="paragraph",
                                    verticalpos="top", verticalrel="paragraph"))
    ast.addElement(fr)
    picst = Style(name="PicFrame", family="graphic")
    picst.addElement(GraphicProperties(wrap="none", horizontalpos="center", horizontalrel="paragraph"))
    ast.addElement(picst)

    # grey picture
    img = os.path.join(HERE, "docx", "grey.png")
    os.makedirs(os.path.dirname(img), exist_ok=True)
    Image.new("RGB", (640, 400), (184, 184, 184)).save(img)
    href = doc.addPicture(img)

    body = doc.text
    body.addElement(P(stylename=sKicker, text=X["kicker"]))
    tp = P(stylename=sTitle, text=ex["title_lines"][0]); tp.addElement(LineBreak()); tp.addText(ex["title_lines"][1])
    body.addElement(tp)
    body.addElement(P(stylename=sIntro, text=S[0]["blocks"][0]["text"]))

    for i, sec in enumerate(S[1:4], 1):
        t = Table(name="Panel%d" % i, stylename=ts)
        t.addElement(TableColumn(stylename=cols))
        tr = TableRow(); cell = TableCell(stylename=cs, valuetype="string"); tr.addElement(cell); t.addElement(tr)
        cell.addElement(P(stylename=sLabel, text=sec["label"]))
        cell.addElement(P(stylename=sH2, text=sec["title"]))
        paras = [b for b in sec["blocks"] if b["kind"] == "paragraph"]
        capb = [b for b in sec["blocks"] if b["kind"] == "caption"]
        for j, b in enumerate(paras):
            if i == 1 and j == 1:
                txt = b["text"]
                cut = txt.index("two hundred feet") + len("two hundred feet")
                p = P(stylename=sBody, text=txt[:cut])
                n = Note(id="ftn1", noteclass="footnote")
                n.addElement(NoteCitation(text="1"))
                nb = NoteBody(); nb.addElement(P(stylename=sNote, text=X["footnote"])); n.addElement(nb)
                p.addElement(n); p.addText(txt[cut:])
                cell.addElement(p)
            else:
                cell.addElement(P(stylename=sBody, text=b["text"]))
            if i == 2 and j == 0:
                hp = P(stylename=sBody); hp.addElement(Span(stylename=hid, text=X["hidden"])); cell.addElement(hp)
            if i == 3 and j == 0 and capb:
                c = capb[0]
                cell.addElement(P(stylename=sCap, text=c["position"] + ": " + c["text"]))
                pp = P(stylename=sPic)
                fr_ = Frame(stylename=picst, width="12cm", height="7.5cm", anchortype="as-char", name="Picture1")
                fr_.addElement(DImage(href=href)); pp.addElement(fr_)
                cell.addElement(pp)
                cell.addElement(P(stylename=sCredit, text=c["credit"]))
        body.addElement(t)
        if i == 1:
            # pull quote in a floating text box anchored to an empty paragraph between panels
            ap = P(stylename=sBody)
            box = Frame(stylename=fr, width="12cm", height="2.2cm", anchortype="paragraph", name="PullQuote", zindex="1")
            tb = TextBox(); tb.addElement(P(stylename=sQuote, text=X["quote"])); box.addElement(tb)
            ap.addElement(box)
            body.addElement(ap)
            body.addElement(P(stylename=sBody, text=""))
            body.addElement(P(stylename=sBody, text=""))

    sb = S[4]
    body.addElement(P(stylename=sShade, text=sb["title"]))
    body.addElement(P(stylename=sSide, text=sb["blocks"][0]["text"]))

    odt = os.path.join(HERE, "docx", NAME + ".odt")
    doc.save(odt)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/prof", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", tmp, odt], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT, NAME + ".docx"))
    shutil.rmtree(tmp)
    print("docx written")


if __name__ == "__main__":
    main()
