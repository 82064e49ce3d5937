"""Write the exhibit source XML for the DOCX, then let xsltproc + build/docx_src/ooxml.xsl write every OOXML part.

Python only writes the source XML (from content.py), a flat grey PNG, and zips the parts that xsltproc produced.
"""
import os, re, struct, subprocess, zipfile, zlib
from xml.sax.saxutils import escape
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "docx_src")
NAME = "taung_child_1924"
XSL = os.path.join(SRC, "ooxml.xsl")

NBH = ["Australian-born", "Scottish-born", "ape-sized", "human-like", "south-west"]
SOFT = {"Witwatersrand": "Witwaters|rand", "Sterkfontein": "Sterk|fontein", "Swartkrans": "Swart|krans"}


def inline(text):
    """Source markup: <nbh/> for a non-breaking hyphen inside real compounds, <shy/> for soft hyphens."""
    t = escape(text)
    for w in NBH:
        t = t.replace(w, w.replace("-", "<nbh/>"))
    for w, s in SOFT.items():
        t = t.replace(w, s.replace("|", "<shy/>"))
    return t


def grey_png(w=60, h=45):
    raw = b"".join(b"\x00" + b"\xb8" * w for _ in range(h))
    def chunk(k, d):
        return struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def source():
    e = EX[NAME]
    s = e["sections"]
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<exhibit id="%s">' % NAME,
         "<header>Carrow Museum · Hall of Human Origins</header>", "<footer>Page </footer>",
         "<kicker>%s</kicker>" % escape(e["kicker"]),
         "<title>" + "".join("<line>%s</line>" % escape(l) for l in e["title_lines"]) + "</title>",
         "<intro>%s</intro>" % inline(e["intro"])]
    for i, sec in enumerate(s):
        x.append('<panel n="%d" label="%s">' % (i + 1, escape(sec["label"])))
        x.append("<heading>%s</heading>" % escape(sec["title"]))
        for j, p in enumerate(sec["paras"]):
            if i == 0 and j == 1:
                c = sec["caption"]
                cut = p.index("In one of them") 
                a, z = p[:cut], p[cut:]
                fn_cut = z.index("stood clear.") + len("stood clear.")
                x.append("<p>%s<figure><position>%s</position><text>%s</text><credit>%s</credit></figure>%s<note>%s</note>%s</p>"
                         % (inline(a), escape(c["position"]), escape(c["text"]), escape(c["credit"]),
                            inline(z[:fn_cut]), escape(e["note"]), inline(z[fn_cut:])))
            else:
                x.append("<p>%s</p>" % inline(p))
        if i == 2:
            t = e["table"]
            x.append("<facts><caption>%s</caption>%s</facts>" % (escape(t[0]), "".join(
                "<row><k>%s</k><v>%s</v></row>" % (escape(k), escape(v)) for k, v in t[1])))
        x.append("</panel>")
        if i == 1:
            x.append("<pullquote>%s</pullquote>" % escape(e["quote"]))
    sb = e["sidebar"]
    x.append("<sidebar><heading>%s</heading>%s</sidebar>" % (escape(sb["title"]), "".join("<p>%s</p>" % inline(p) for p in sb["paras"])))
    x.append("</exhibit>")
    path = os.path.join(SRC, NAME + ".xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(x) + "\n")
    return path


PARTS = [("[Content_Types].xml", "types"), ("_rels/.rels", "rootrels"), ("word/_rels/document.xml.rels", "docrels"),
         ("word/document.xml", "document"), ("word/styles.xml", "styles"), ("word/settings.xml", "settings"),
         ("word/footnotes.xml", "footnotes"), ("word/header1.xml", "header"), ("word/footer1.xml", "footer"),
         ("docProps/core.xml", "core"), ("docProps/app.xml", "app")]

if __name__ == "__main__":
    src = source()
    out = os.path.join(OUT, NAME + ".docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, mode in PARTS:
            data = subprocess.run(["xsltproc", "--stringparam", "part", mode, XSL, src], check=True,
                                  capture_output=True).stdout
            z.writestr(part, data)
        z.writestr("word/media/image1.png", grey_png())
    print("built", out)
