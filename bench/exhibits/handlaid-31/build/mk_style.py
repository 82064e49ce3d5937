# -*- coding: utf-8 -*-
"""Makes museum_style.docx, the docxbuilder style file: docxbuilder's own default style.docx
with a header part and a footer part (hand-written WordprocessingML) referenced from its sectPr."""
import os
import re
import zipfile
from xml.sax.saxutils import escape

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = HERE + "/venv/lib/python3.11/site-packages/docxbuilder/docx/style.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def part(tag, text, page_field):
    runs = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    if page_field:
        runs += ('<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    style = "header" if tag == "hdr" else "footer"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {W}><w:p><w:pPr>'
            f'<w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" w:pos="8498"/></w:tabs></w:pPr>'
            f'{runs}</w:p></w:{tag}>')


def main(out):
    ex = C.FORTUNE
    zin = zipfile.ZipFile(SRC)
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = data.decode("utf8")
            s = s.replace('<w:pgSz w:w="11900"',
                          '<w:headerReference xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" w:type="default" r:id="rIdHdr1"/>'
                          '<w:footerReference xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" w:type="default" r:id="rIdFtr1"/><w:pgSz w:w="11900"', 1)
            s = s.replace("<w:titlePg/>", "")
            data = s.encode("utf8")
        elif item.filename == "word/_rels/document.xml.rels":
            s = data.decode("utf8")
            s = s.replace("</Relationships>",
                          '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                          'relationships/header" Target="header1.xml"/><Relationship Id="rIdFtr1" Type="http://'
                          'schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                          "</Relationships>")
            data = s.encode("utf8")
        elif item.filename == "[Content_Types].xml":
            s = data.decode("utf8")
            s = s.replace("</Types>",
                          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                          'officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" '
                          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                          "</Types>")
            data = s.encode("utf8")
        zout.writestr(item, data)
    zout.writestr("word/header1.xml", part("hdr", ex["header"], False))
    zout.writestr("word/footer1.xml", part("ftr", ex["footer"], True))
    zout.close()


if __name__ == "__main__":
    main(HERE + "/museum_style.docx")
