# DOCX exhibit made with docxgen 0.1.4 (PyPI): docxgen builds document.xml from its run()/paragraph()
# helpers and writes its own template parts; this script then adds header, footer and footnotes parts.
import os, re, zipfile, shutil
from lxml import etree
from docxgen import Document, run, paragraph, E, qname
import content as C
from goldlib import write_gold

B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
def w(tag, **attrs):
    el = etree.Element("{%s}%s" % (W, tag))
    for k, v in attrs.items():
        el.set("{%s}%s" % (W, k), str(v))
    return el
def sub(parent, tag, **attrs):
    el = w(tag, **attrs); parent.append(el); return el
def rpr(*children):
    r = w("rPr")
    for c in children: r.append(c)
    return r
def ppr(*children):
    p = w("pPr")
    for c in children: p.append(c)
    return p

def sectpr(cols, typ):
    s = w("sectPr")
    h = sub(s, "headerReference", type="default"); h.set("{%s}id" % R, "rIdH1")
    f = sub(s, "footerReference", type="default"); f.set("{%s}id" % R, "rIdF1")
    if typ: sub(s, "type", val=typ)
    sub(s, "pgSz", w=11906, h=16838)
    sub(s, "pgMar", top=1247, right=1134, bottom=1247, left=1134, header=567, footer=567, gutter=0)
    sub(s, "cols", num=cols, space=567)
    return s

def body_runs(text):
    """Runs for a paragraph; ^N^ becomes a real footnote reference run."""
    out = []
    for part in re.split(r"(\^\d+\^)", text.replace("|", "")):
        if not part: continue
        m = re.fullmatch(r"\^(\d+)\^", part)
        if m:
            r = w("r"); rp = sub(r, "rPr"); sub(rp, "rStyle", val="FootnoteReference"); sub(rp, "vertAlign", val="superscript")
            sub(r, "footnoteReference", id=int(m.group(1)) + 1)   # ids 0 and 1 are the separators
            out.append(r)
        else:
            out.append(run(part))
    return out

def tab_run():
    r = w("r"); sub(r, "tab"); return r

def preserve(body):
    for t in body.iter("{%s}t" % W):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

def build():
    d = C.KINDER
    doc = Document()
    doc.update(title=" ".join(d["title_lines"]), creator="Peak Moorlands Museum")
    b = doc.body
    b.append(paragraph([run(d["kicker"], rpr(w("rFonts", ascii="Arial", hAnsi="Arial"), w("b"), w("color", val="5B6E2B"), w("sz", val=16)))],
                       ppr(w("spacing", after=60))))
    t = paragraph([run(d["title_lines"][0]), run(w("br")), run(d["title_lines"][1])], "Title")
    b.append(t)
    intro = paragraph([run(d["intro"], "i")], ppr(w("spacing", after=240), w("jc", val="both")))
    intro[0].append(sectpr(1, None))          # end of section 1: one column
    b.append(intro)
    for lbl, title, paras in d["sections"]:
        b.append(paragraph([run(lbl, rpr(w("color", val="5B6E2B"))), tab_run(), run(title)], "Heading1"))
        for i, p in enumerate(paras):
            b.append(paragraph(body_runs(p), ppr(w("spacing", after=120), w("jc", val="both"))))
            if lbl == "Panel 2" and i == 0:
                pos, cap, cr = d["cap"]
                def fr():
                    return w("framePr", w=4300, hSpace=227, vSpace=113, wrap="around", vAnchor="text", hAnchor="margin", xAlign="right", y=1)
                pic = paragraph([run("")], ppr(fr(), w("shd", val="clear", color="auto", fill="C8C8C8"), w("spacing", after=0, line=2600, lineRule="exact")))
                capp = paragraph([run(pos + ": ", rpr(w("b"), w("sz", val=16))), run(cap, rpr(w("sz", val=16))), run(w("br")),
                                  run(cr, rpr(w("i"), w("color", val="666666"), w("sz", val=15)))],
                                 ppr(fr(), w("spacing", before=60, after=0)))
                b.append(pic); b.append(capp)
        if lbl == "Panel 2":
            pq = paragraph([run("“" + d["pull"] + "”", rpr(w("i"), w("sz", val=30), w("color", val="5B6E2B")))],
                           ppr(w("pBdr"), w("spacing", before=200, after=200), w("jc", val="center")))
            bd = pq[0][0]; sub(bd, "top", val="single", sz=6, space=4, color="5B6E2B"); sub(bd, "bottom", val="single", sz=6, space=4, color="5B6E2B")
            b.append(pq)
    b.append(sectpr(2, "continuous"))          # body sectPr: section 2 starts on the same page, two columns
    preserve(b)
    path = os.path.join(OUT, d["name"] + ".docx")
    doc.save(path)
    add_parts(path, d)
    title = " ".join(d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for lbl, t, paras in d["sections"]:
        bl = [dict(kind="paragraph", text=C.gold_text(p)) for p in paras]
        if lbl == "Panel 2": bl.append(dict(kind="caption", text=d["cap"][1], position=d["cap"][0], credit=d["cap"][2]))
        secs.append(dict(label=lbl, title=t, blocks=bl))
    write_gold(OUT, d["name"], title, d["running"], secs)

HF = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s xmlns:w="%s" xmlns:r="%s"><w:p><w:pPr><w:jc w:val="%s"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/><w:color w:val="666666"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:%s>'

def add_parts(path, d):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            if it.filename == "[Content_Types].xml":
                s = data.decode()
                s = s.replace("</Types>",
                    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                data = s.encode()
            if it.filename == "word/_rels/document.xml.rels":
                s = data.decode()
                s = s.replace("</Relationships>",
                    '<Relationship Id="rIdH1" Type="%s/header" Target="header1.xml"/>'
                    '<Relationship Id="rIdF1" Type="%s/footer" Target="footer1.xml"/>'
                    '<Relationship Id="rIdFn" Type="%s/footnotes" Target="footnotes.xml"/></Relationships>' % (R, R, R))
                data = s.encode()
            zo.writestr(it, data)
        zo.writestr("word/header1.xml", HF % ("hdr", W, R, "left", d["running"][0], "hdr"))
        zo.writestr("word/footer1.xml", HF % ("ftr", W, R, "right", d["running"][1], "ftr"))
        fn = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">' % W,
              '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, note in enumerate(d["footnotes"]):
            fn.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                      '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                      '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i + 2, note))
        fn.append("</w:footnotes>")
        zo.writestr("word/footnotes.xml", "".join(fn))
    shutil.move(tmp, path)

if __name__ == "__main__":
    build()
