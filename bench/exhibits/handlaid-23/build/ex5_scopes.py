# Scopes trial: DOCX written by the legacy PyPI package `docx` 0.2.4 (Mike MacCana's docx.py, not python-docx).
# It is a Python 2 module: a stub `exceptions` module and the template path are supplied here, nothing else changed.
import os, sys, types, zipfile, re
import warnings

warnings.simplefilter("ignore")
sys.modules["exceptions"] = types.SimpleNamespace(PendingDeprecationWarning=PendingDeprecationWarning)
import docx  # noqa: E402
import content  # noqa: E402

docx.unicode = str  # Python 2 name used in table borders
from lxml import etree as _etree  # noqa: E402


class _Py3Etree:  # Python 2 passed byte strings with an XML declaration to fromstring()
    def __getattr__(self, k):
        return getattr(_etree, k)

    @staticmethod
    def fromstring(s, *a, **k):
        return _etree.fromstring(s.encode("utf-8") if isinstance(s, str) else s, *a, **k)


docx.etree = _Py3Etree()
docx.template_dir = os.path.join(sys.prefix, "docx-template")
NAME = "scopes_trial_1925"
EX = content.EX[NAME]
mk = docx.makeelement
W = "{%s}" % docx.nsprefixes["w"]


def run(text=None, bold=False, italic=False, sup=False, size=None, color=None, caps=False):
    r = mk("r")
    rpr = mk("rPr")
    if bold:
        rpr.append(mk("b"))
    if italic:
        rpr.append(mk("i"))
    if caps:
        rpr.append(mk("caps"))
    if color:
        rpr.append(mk("color", attributes={"val": color}))
    if size:
        rpr.append(mk("sz", attributes={"val": str(size)}))
    if sup:
        rpr.append(mk("vertAlign", attributes={"val": "superscript"}))
    r.append(rpr)
    if text is not None:
        t = mk("t", tagtext=text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
    return r


def fld_runs(instr, result):
    out = []
    for kind in ("begin",):
        r = run(); r.append(mk("fldChar", attributes={"fldCharType": "begin"})); out.append(r)
    r = run(); it = mk("instrText", tagtext=instr); it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(it); out.append(r)
    r = run(); r.append(mk("fldChar", attributes={"fldCharType": "separate"})); out.append(r)
    out.append(run(result, bold=True))
    r = run(); r.append(mk("fldChar", attributes={"fldCharType": "end"})); out.append(r)
    return out


def body_para(text, style="BodyText"):
    """a body paragraph through docx.paragraph(); '^1^' marks become superscript runs, '|' a column break"""
    p = docx.paragraph("", style=style, jc="both")
    for r in p.findall(W + "r"):
        p.remove(r)
    for piece in re.split(r"(\^[^^]+\^|\|)", text):
        if not piece:
            continue
        if piece == "|":
            r = run()
            r.append(mk("br", attributes={"type": "column"}))
            p.append(r)
        elif piece.startswith("^"):
            p.append(run(piece.strip("^"), sup=True))
        else:
            p.append(run(re.sub(r"\s+", " ", piece)))
    return p


relationships = docx.relationshiplist()
document = docx.newdocument()
body = document.xpath("/w:document/w:body", namespaces=docx.nsprefixes)[0]

body.append(docx.paragraph([(EX["kicker"], "b")], style="Normal"))
t = docx.paragraph([(EX["title_lines"][0], "b")], style="Heading1")
br = run()
br.append(mk("br"))
t.append(br)
t.append(run(EX["title_lines"][1], bold=True))
body.append(t)
body.append(docx.paragraph([(EX["intro"], "i")], style="BodyText"))
# end of the one-column opening section: a continuous section break; the rest is set in two columns
sp = docx.paragraph("", style="Normal")
sect = mk("sectPr")
sect.append(mk("type", attributes={"val": "continuous"}))
sect.append(mk("pgSz", attributes={"w": "11906", "h": "16838"}))
sect.append(mk("pgMar", attributes={"top": "1134", "right": "1134", "bottom": "1134", "left": "1134",
                                    "header": "567", "footer": "567", "gutter": "0"}))
sect.append(mk("cols", attributes={"space": "567"}))
sp.find(W + "pPr").append(sect)
body.append(sp)


def textbox(sb):
    """VML text box (w:pict/v:shape/v:textbox/w:txbxContent), anchored as a run"""
    r = run()
    pict = mk("pict")
    shape = mk("shape", nsprefix="v", attributes={
        "id": "Sidebar1", "style": "position:absolute;margin-left:0;margin-top:0;width:220pt;height:150pt;"
        "z-index:2;mso-position-horizontal:right;mso-position-horizontal-relative:margin", "fillcolor": "#efe6cf",
        "stroked": "f"})
    tb = mk("textbox", nsprefix="v")
    tx = mk("txbxContent")
    tx.append(docx.paragraph([(sb["title"], "b")], style="Heading2"))
    for ptxt in sb["paras"]:
        tx.append(docx.paragraph(ptxt, style="Normal"))
    tb.append(tx)
    shape.append(tb)
    pict.append(shape)
    r.append(pict)
    return r


def caption_table(c):
    tbl = docx.table([["", ""]], heading=False, colw=[2300, 2300], cwunit="dxa",
                     borders={"all": {"sz": 0, "val": "nil", "color": "auto"}})
    cells = tbl.findall(".//" + W + "tc")
    left, right = cells[0], cells[1]
    tcpr = left.find(W + "tcPr")
    tcpr.append(mk("shd", attributes={"val": "clear", "color": "auto", "fill": "BFBFBF"}))
    for p in left.findall(W + "p"):
        left.remove(p)
    for _ in range(6):
        left.append(docx.paragraph("", style="Normal"))
    for p in right.findall(W + "p"):
        right.remove(p)
    cp = docx.paragraph([(c["pos"] + ": ", "b"), (c["text"], "i")], style="Normal")
    right.append(cp)
    right.append(docx.paragraph([(c["credit"], "")], style="Normal"))
    return tbl


for si, sec in enumerate(EX["sections"]):
    lab = docx.paragraph("", style="Normal")
    for r in lab.findall(W + "r"):
        lab.remove(r)
    lab.append(run("Panel ", bold=True, caps=True, color="8A3B12"))
    for r in fld_runs(" SEQ Panel \\* ARABIC ", sec["label"].split()[1]):
        lab.append(r)
    body.append(lab)
    body.append(docx.heading(sec["title"], 2))
    for pi, ptxt in enumerate(sec["paras"]):
        p = body_para(ptxt)
        if si == 2 and pi == 0:
            # the sidebar text box is anchored at the start of Panel 3's first paragraph
            p.insert(1, textbox(EX["sidebar"]))
        body.append(p)
        if si == 1 and pi == 0:
            body.append(caption_table(sec["caption"]))
    if si == 2:
        pq = docx.paragraph([(EX["pullquote"], "bi")], style="Normal", jc="center")
        ppr = pq.find(W + "pPr")
        bdr = mk("pBdr")
        for side in ("top", "bottom"):
            bdr.append(mk(side, attributes={"val": "single", "sz": "12", "space": "4", "color": "8A3B12"}))
        ppr.append(bdr)
        body.append(pq)

tb = EX["table"]
body.append(docx.paragraph([(tb["title"], "b")], style="Normal"))
body.append(docx.table([["What", "When"]] + tb["rows"], heading=True, colw=[2400, 2000], cwunit="dxa"))
body.append(docx.paragraph([(EX["notes"][0], "")], style="Normal"))
sect = mk("sectPr")
sect.append(mk("type", attributes={"val": "continuous"}))
sect.append(mk("pgSz", attributes={"w": "11906", "h": "16838"}))
sect.append(mk("pgMar", attributes={"top": "1134", "right": "1134", "bottom": "1134", "left": "1134",
                                    "header": "567", "footer": "567", "gutter": "0"}))
sect.append(mk("cols", attributes={"num": "2", "space": "567"}))
body.append(sect)

coreprops = docx.coreproperties(title=content.title(EX), subject="Panel copy", creator="Cumberland Plateau Museum of Law",
                                keywords=["exhibit", "Scopes"])
appprops = docx.appproperties()
contenttypes = docx.contenttypes()
websettings = docx.websettings()
wordrelationships = docx.wordrelationships(relationships)
out = os.path.join(content.OUT, NAME + ".docx")
docx.savedocx(document, coreprops, appprops, contenttypes, websettings, wordrelationships, out, imagefiledict={})
content.write_gold(NAME, running=[])
print("ok", NAME)
