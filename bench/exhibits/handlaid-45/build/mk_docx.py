# ice_trade_1806.docx: HTML written here, converted by htmldocx (python-docx underneath).
import os, html
from docx import Document
from htmldocx import HtmlToDocx
from content import DOCS
OUT = os.path.dirname(os.path.abspath(__file__)) + "/.."
E = html.escape
d = DOCS["ice_trade_1806"]
h = [f'<p><b>{E(d["kicker"].upper())}</b></p>', f'<h1>{E(d["title_lines"][0])}<br>{E(d["title_lines"][1])}</h1>',
     f'<p><i>{E(d["intro"])}</i></p>']
for k, s in enumerate(d["sections"]):
    cell = [f'<p>{E(s["label"])}</p>', f'<p><b>{E(s["title"])}</b></p>']
    for j, t in enumerate(s["paras"]):
        if k == 0 and j == 1:
            t = t.replace("put him in prison.", "put him in prison.<sup>1</sup>")
            cell.append(f'<p>{t}</p>')
        else:
            cell.append(f'<p>{E(t)}</p>')
    if s.get("caption"):
        c = s["caption"]
        cell.append(f'<table><tr><td><p><b>{c["position"]}:</b> {E(c["text"])}</p><p><i>{E(c["credit"])}</i></p></td></tr>'
                    f'<tr><td><img src="{OUT}/img/grey.png" width="240"></td></tr></table>')
    h.append('<table><tr><td>' + "".join(cell) + '</td></tr></table>')
    if k == 1:
        h.append(f'<blockquote><p><i>{E(d["pull"])}</i></p></blockquote>')
sb = d["sidebar"]
h.append('<table><tr><td><p><b>' + E(sb["title"]) + '</b></p>' + "".join(f'<p>{E(t)}</p>' for t in sb["paras"]) + '</td></tr></table>')
h.append('<p><b>Notes</b></p><ol><li>Tudor was held for debt in Boston more than once in the 1810s.</li></ol>')
doc = Document()
doc.sections[0].header.paragraphs[0].text = "Ridley Hall Museum · Cold Rooms"
doc.sections[0].footer.paragraphs[0].text = "Gallery text, large print copy available at the desk"
HtmlToDocx().add_html_to_document("\n".join(h), doc)
doc.core_properties.title = " ".join(d["title_lines"])
doc.save(f"{OUT}/ice_trade_1806.docx")
print("made docx")
