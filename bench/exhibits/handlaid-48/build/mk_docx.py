"""archaeopteryx_1861.docx: an HTML string converted by html2docx 1.6.0 (python-docx underneath);
header and footer added afterwards with python-docx, as a museum's script would."""
import base64
import html
import os

from docx import Document
from docx.shared import Pt
from html2docx import html2docx

from content import EX
from greypng import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    e = EX["archaeopteryx_1861"]
    png = base64.b64encode(grey_png(300, 170)).decode()
    h = []
    h.append(f'<p><span style="text-decoration: underline">{esc(e["kicker"])}</span></p>')
    h.append(f'<h1>{esc(e["title_lines"][0])}<br>{esc(e["title_lines"][1])}</h1>')
    h.append(f'<p><strong>{esc(e["intro"])}</strong></p>')
    for label, title, paras, cap in e["sections"]:
        h.append(f"<p><em>{esc(label)}</em></p>")
        h.append(f"<h2>{esc(title)}</h2>")
        for pi, p in enumerate(paras):
            t = esc(p)
            if label == "Case 2" and pi == 0:
                a = esc(e["note_mark_after"])
                t = t.replace(a, a + "<sup>1</sup>", 1)
            if label == "Case 2" and pi == 2:
                cut = "teeth in its jaws,"
                first, rest = t.split(cut)
                h.append(f"<p>{first}{cut}</p>")
                h.append(f'<img src="data:image/png;base64,{png}" width="300" height="170">')
                pos, ctext, credit = cap
                h.append(f"<table><tr><td><strong>{esc(pos)}:</strong></td>"
                         f"<td>{esc(ctext)}<br><em>{esc(credit)}</em></td></tr></table>")
                h.append(f"<p>{rest.strip()}</p>")
                continue
            h.append(f"<p>{t}</p>")
        if label == "Case 2":
            h.append(f'<p align="center"><em>“{esc(e["pull_quote"])}”</em></p>')
    h.append("<h3>Key dates</h3>")
    h.append("<ol>" + "".join(f"<li>{esc(t)}</li>" for t in e["timeline"]) + "</ol>")
    st, sp = e["sidebar"]
    h.append(f"<h3>{esc(st)}</h3>")
    for p in sp:
        h.append(f'<p style="padding-left: 24px">{esc(p)}</p>')
    h.append("<h4>Note</h4>")
    h.append(f"<p><sup>1</sup> {esc(e['note'])}</p>")
    h.append('<p>More fossils from Solnhofen: <a href="https://harlowquarrymuseum.example/solnhofen">'
             "the online collection</a></p>")
    return "\n".join(h)


def main():
    src = build_html()
    with open(os.path.join(HERE, "docx_src.html"), "w", encoding="utf-8") as f:
        f.write(src)
    buf = html2docx(src, title="Feathers in Stone: Archaeopteryx, 1861")
    path = os.path.join(OUT, "archaeopteryx_1861.docx")
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    # header and footer, added with python-docx
    doc = Document(path)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Harlow Quarry Museum · Fossil Gallery"
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Gallery notes, sheet 12")
    r.font.size = Pt(8)
    doc.core_properties.author = "Collections team"
    doc.save(path)
    print("made", path)


if __name__ == "__main__":
    main()
