"""dale_dyke_flood_1864.docx with docx4j for Python 0.2.0 (PyPI `docx4j`, Plutext; import name docx4j_py).
The python-docx facade makes the package, header, footer and the comment; the rest of the body is written as
WordprocessingML fragments unmarshalled with docx4j_py.fragments.wml (docx4j's XmlUtils.unmarshalString) and
appended to the body's content list. Runs with Python 3.12 (build/venv312)."""
import re
import sys
from xml.sax.saxutils import escape

from docx4j_py.docx import Document, Cm, Pt
from docx4j_py.docx.enums import WD_ALIGN_PARAGRAPH
from docx4j_py.fragments import wml

import content as C

D = C.DALE_DYKE
OUT = sys.argv[1] if len(sys.argv) > 1 else "../dale_dyke_flood_1864.docx"


def t(s):
    return f'<w:t xml:space="preserve">{escape(s)}</w:t>'


def run(s, rpr=""):
    return f"<w:r>{('<w:rPr>' + rpr + '</w:rPr>') if rpr else ''}{t(s)}</w:r>"


def para(runs, ppr=""):
    return f"<w:p>{('<w:pPr>' + ppr + '</w:pPr>') if ppr else ''}{runs}</w:p>"


BODY_PPR = '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/>'
BODY_RPR = '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="21"/>'


def body_para(text, indent=False, special=None):
    """special: callable(text) -> runs xml, for paragraphs with planned traps."""
    ppr = BODY_PPR + ('<w:ind w:firstLine="284"/>' if indent else "")
    runs = special(text) if special else run(C.gold_text(text), BODY_RPR)
    return para(runs, ppr)


def main():
    d = Document()
    d.core_properties.title = D["title"]
    d.core_properties.author = "Loxley Valley Heritage Trail"
    sec = d.sections[0]
    (sec.header.paragraphs[0] if sec.header.paragraphs else sec.header.add_paragraph()).text = D["header"]
    (sec.footer.paragraphs[0] if sec.footer.paragraphs else sec.footer.add_paragraph()).text = D["footer"]
    body = d.element.body

    def add(xml):
        body.content.append(wml(xml))

    # kicker, title (two runs and a line break), intro in a content control
    add(para(run(D["kicker"], '<w:b/><w:color w:val="7A2E0E"/><w:spacing w:val="40"/><w:sz w:val="18"/>')))
    a, b = D["title_lines"]
    add(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{run(a)}<w:r><w:br/></w:r>{run(b)}</w:p>')
    intro = para(run(D["intro"], '<w:i/><w:sz w:val="24"/>'), '<w:spacing w:after="240"/>')
    add('<w:sdt><w:sdtPr><w:alias w:val="Standfirst"/><w:tag w:val="intro"/><w:id w:val="411"/></w:sdtPr>'
        f'<w:sdtContent>{intro}</w:sdtContent></w:sdt>')
    # the rest of the story is set in two columns: a continuous section break ends the one-column part
    add('<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11907" w:h="16839"/>'
        '<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="708" w:footer="708"/>'
        '<w:cols w:space="567"/></w:sectPr></w:pPr></w:p>')

    def heading(label, title):
        add('<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs></w:pPr>'
            f'{run(label, "<w:color w:val=\"7A2E0E\"/>")}<w:r><w:tab/></w:r>{run(title)}</w:p>')

    secs = D["sections"]
    # I
    heading(secs[0]["label"], secs[0]["title"])
    for i, p in enumerate(secs[0]["paras"]):
        add(body_para(p, indent=i > 0))
    # II: a hidden curator's note inside the first paragraph
    heading(secs[1]["label"], secs[1]["title"])

    def with_hidden(text):
        s = C.gold_text(text)
        k = s.index("noticed a crack")
        return (run(s[:k], BODY_RPR) + run("[name: William Horsfield? – check] ", BODY_RPR + '<w:vanish/>')
                + run(s[k:], BODY_RPR))

    add(body_para(secs[1]["paras"][0], special=with_hidden))
    add(body_para(secs[1]["paras"][1], indent=True))
    # the sidebar: framed, shaded paragraphs anchored between II and III
    frame = ('<w:framePr w:w="3969" w:hSpace="227" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" '
             'w:xAlign="right" w:y="1"/><w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="7A2E0E"/>'
             '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="7A2E0E"/></w:pBdr>'
             '<w:shd w:val="clear" w:color="auto" w:fill="F3E6D8"/>')
    add(para(run(D["sidebar_title"], '<w:b/><w:sz w:val="22"/>'), frame + '<w:spacing w:after="60"/>'))
    add(para(run(D["sidebar"], '<w:sz w:val="19"/>'), frame))
    # III: a tracked change in the first paragraph, a column break between the sentences of the second
    heading(secs[2]["label"], secs[2]["title"])

    def with_revision(text):
        s = C.gold_text(text)
        k = s.index("almost all of the Trickett")
        date = 'w:author="M. Oldroyd" w:date="2026-02-11T10:12:00Z"'
        return (run(s[:k], BODY_RPR)
                + f'<w:del w:id="901" {date}><w:r><w:rPr>{BODY_RPR}</w:rPr><w:delText xml:space="preserve">nearly </w:delText></w:r></w:del>'
                + f'<w:ins w:id="902" {date}><w:r><w:rPr>{BODY_RPR}</w:rPr>{t("almost ")}</w:r></w:ins>'
                + run(s[k + len("almost "):], BODY_RPR))

    add(body_para(secs[2]["paras"][0], special=with_revision))

    def with_colbreak(text):
        a, b = text.split("|")
        return run(a.strip() + " ", BODY_RPR) + '<w:r><w:br w:type="column"/></w:r>' + run(b.strip(), BODY_RPR)

    add(body_para(secs[2]["paras"][1], indent=True, special=with_colbreak))
    # pull quote
    add(para(run(D["pull"], '<w:b/><w:i/><w:color w:val="7A2E0E"/><w:sz w:val="28"/>'),
             '<w:pBdr><w:top w:val="single" w:sz="8" w:space="6" w:color="7A2E0E"/></w:pBdr>'
             '<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>'))
    # IV: superscript note mark after "jury"; comment on the claims sentence (made by the facade)
    heading(secs[3]["label"], secs[3]["title"])

    def with_mark(text):
        s = C.gold_text(text)
        k = s.index(D["note_mark_after"]) + len(D["note_mark_after"])
        return (run(s[:k], BODY_RPR) + run("1", BODY_RPR + '<w:vertAlign w:val="superscript"/>')
                + run(s[k:], BODY_RPR))

    add(body_para(secs[3]["paras"][0], special=with_mark))
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(0.5)
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r1 = p.add_run(C.gold_text(secs[3]["paras"][1]))
    r1.font.name = "Georgia"
    r1.font.size = Pt(10.5)
    d.add_comment(r1, text=D["comment"], author="Trail committee", initials="TC")
    # picture (a grey shaded, fixed-height paragraph) and its caption with the credit after a line break
    add(para('<w:r><w:t></w:t></w:r>', '<w:shd w:val="clear" w:color="auto" w:fill="BFBFBF"/>'
             '<w:spacing w:before="120" w:after="0" w:line="3400" w:lineRule="exact"/>'))
    cap = D["caption"]
    add(para(run(cap["position"] + ": ", '<w:b/><w:sz w:val="18"/>') + run(cap["text"], '<w:i/><w:sz w:val="18"/>')
             + '<w:r><w:br/></w:r>' + run(cap["credit"], '<w:sz w:val="16"/><w:color w:val="666666"/>'),
             '<w:pStyle w:val="Caption"/>'))
    # back to one column: the data table and the note
    add('<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11907" w:h="16839"/>'
        '<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="708" w:footer="708"/>'
        '<w:cols w:num="2" w:space="567"/></w:sectPr></w:pPr></w:p>')
    add(para(run(D["table_title"], '<w:b/>'), '<w:spacing w:before="240"/>'))
    rows = "".join(
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr>'
        f'{para(run(k, "<w:b/>"))}</w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(run(v))}</w:tc></w:tr>'
        for k, v in D["table"])
    add('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="6400" w:type="dxa"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="4000"/></w:tblGrid>{rows}</w:tbl>')
    add(para(run(D["note"], '<w:sz w:val="16"/>'), '<w:spacing w:before="240"/>'))
    d.save(OUT)


if __name__ == "__main__":
    main()
