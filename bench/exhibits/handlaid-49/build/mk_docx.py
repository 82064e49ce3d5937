"""rinderpest_2011.docx: HTML written here (kept as build/docx_src.html) converted by html-for-docx
(html4docx.HtmlToDocx.add_html_to_document); each themed panel is a one-cell table; the picture and
its caption are a two-row table; header and footer added with python-docx afterwards."""
import os
from html import escape
import docx
from html4docx import HtmlToDocx
from content import EX, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GREY = os.path.join(HERE, "rst", "grey.png")

def build():
    e = EX["rinderpest_2011"]
    h = []
    h.append(f'<p style="font-size:9pt;color:#7a4b12;text-transform:uppercase"><b>{escape(e["kicker"])}</b></p>')
    h.append(f'<h1>{escape(e["title_lines"][0])}<br/>{escape(e["title_lines"][1])}</h1>')
    h.append(f'<p><b>{escape(e["intro"])}</b></p>')
    for i, s in enumerate(e["sections"]):
        cell = [f'<p style="color:#7a4b12"><i>{escape(s["label"])}</i></p>', f'<h2>{escape(s["title"])}</h2>']
        for p in s["paras"]:
            if CUT in p:
                a, b = [x.strip() for x in p.split(CUT)]
                c = s["caption"]
                cell.append(f"<p>{escape(a)}</p>")
                cell.append(f'<table border="1"><tr><td><img src="{GREY}" width="300" height="200"/></td></tr>'
                            f'<tr><td><b>{c["position"]}:</b> {escape(c["text"])} <i>{escape(c["credit"])}</i></td></tr></table>')
                cell.append(f"<p>{escape(b)}</p>")
            else:
                cell.append(f"<p>{escape(p)}</p>")
        h.append('<table border="1" style="background-color:#f7f1e6"><tr><td>' + "".join(cell) + "</td></tr></table>")
        if i == 1:
            h.append(f'<p style="text-align:center;font-size:14pt;color:#7a4b12"><i>{escape(e["pullquote"])}</i></p>')
    h.append('<h3>Key dates</h3><ol><li>1762: veterinary school opens at Lyon</li><li>1887–1897: the African pandemic</li>'
             '<li>1994: Global Rinderpest Eradication Programme begins</li><li>2001: last confirmed case, Kenya</li>'
             '<li>2011: eradication declared</li></ol>')
    sb = e["sidebar"]
    h.append(f'<h3>{escape(sb["title"])}</h3>' + "".join(f'<p style="margin-left:24pt">{escape(p)}</p>' for p in sb["paras"]))
    html = "\n".join(h)
    open(os.path.join(HERE, "docx_src.html"), "w", encoding="utf-8").write(html)
    doc = docx.Document()
    HtmlToDocx().add_html_to_document(html, doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Veldmark Museum of Farming · Animal Health Gallery"
    sec.footer.paragraphs[0].text = "Display text R/4"
    doc.save(os.path.join(OUT, "rinderpest_2011.docx"))
    print("made rinderpest_2011.docx")

if __name__ == "__main__":
    build()
