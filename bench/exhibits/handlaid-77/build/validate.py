# -*- coding: utf-8 -*-
"""Checks the set: JSON == content.py output, 500-900 paragraph words, .txt == fresh `pdftotext -raw`,
and every word of every gold string occurs contiguously in the document text (ERROR if not even in
order, NOTE if only in order but in pieces)."""
import json, os, re, subprocess, sys, zipfile, html
from html.parser import HTMLParser
from lxml import etree
import content
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = s.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[¹²³*]", " ", s)
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return s.split()

def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    return re.sub(r"-\n(?=[a-zà-ÿ])", "", t)

def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in ("word/document.xml", "word/footer1.xml"):
        root = etree.fromstring(z.read(part))
        for p in root.iter(WNS + "p"):
            buf = []
            for r in p.iter(WNS + "r"):
                rpr = r.find(WNS + "rPr")
                if rpr is not None and rpr.find(WNS + "vanish") is not None:
                    continue
                for el in r:
                    if el.tag == WNS + "t":
                        buf.append(el.text or "")
                    elif el.tag == WNS + "tab":
                        buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out)

class _T(HTMLParser):
    SKIP = {"head", "script", "style", "template", "svg", "noscript", "sup"}
    def __init__(self):
        super().__init__(); self.depth = 0; self.out = []
    def handle_starttag(self, tag, a):
        if tag in self.SKIP: self.depth += 1
        if tag in ("p", "li", "h1", "h2", "h3", "br", "figcaption", "small", "div", "section", "article", "aside", "header", "footer"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.depth -= 1
    def handle_data(self, d):
        if self.depth == 0: self.out.append(d)

def html_text(name):
    p = _T(); p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()); return "".join(p.out)

def find(gold, doc):
    g = norm(gold)
    if not g: return "ok"
    n = len(g)
    for i in range(len(doc) - n + 1):
        if doc[i:i + n] == g:
            return "ok"
    # in order?
    j = 0
    for t in doc:
        if j < n and t == g[j]:
            j += 1
    return "note" if j == n else "error"

def main():
    errors, notes, lines = 0, 0, []
    for name in DOCS:
        g = content.gold(name)
        path = os.path.join(OUT, name + ".json")
        if json.load(open(path, encoding="utf-8")) != g:
            lines.append("ERROR %s: JSON differs from content.py" % name); errors += 1
        wc = content.words(name)
        if not 500 <= wc <= 900:
            lines.append("ERROR %s: %d paragraph words" % (name, wc)); errors += 1
        if os.path.exists(os.path.join(OUT, name + ".pdf")):
            fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
            if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
                lines.append("ERROR %s: .txt is not a fresh pdftotext -raw" % name); errors += 1
            text = pdf_text(name)
        elif os.path.exists(os.path.join(OUT, name + ".docx")):
            text = docx_text(name)
        else:
            text = html_text(name)
        doc = norm(text)
        items = [("title", g["title"])] + [("running", r) for r in g["running"]]
        for k, s in enumerate(g["sections"]):
            if s["label"]: items.append(("label %d" % k, s["label"]))
            items.append(("section title %d" % k, s["title"]))
            for b, bl in enumerate(s["blocks"]):
                items.append(("%s %d.%d" % (bl["kind"], k, b), bl["text"]))
                if bl["kind"] == "caption":
                    if bl["position"]: items.append(("position %d.%d" % (k, b), bl["position"]))
                    items.append(("credit %d.%d" % (k, b), bl["credit"]))
        numbered = []
        if name.endswith("1875"):   # DOCX: panel labels exist only as list numbering ("%1.") of the heading paragraphs
            root = etree.fromstring(zipfile.ZipFile(os.path.join(OUT, name + ".docx")).read("word/document.xml"))
            numbered = [str(i) for i, p in enumerate(root.iter(WNS + "numPr"), 1)]
        for what, s in items:
            if what.startswith("label") and numbered:
                if s in numbered:
                    notes += 1; lines.append("NOTE  %s: %s = %s only as list numbering" % (name, what, s)); continue
            r = find(s, doc)
            if r == "error":
                errors += 1; lines.append("ERROR %s: %s not found: %s" % (name, what, s[:70]))
            elif r == "note":
                notes += 1; lines.append("NOTE  %s: %s only in pieces: %s" % (name, what, s[:70]))
        lines.append("checked %s: %d strings, %d paragraph words" % (name, len(items), wc))
    lines.append("%d errors, %d notes" % (errors, notes))
    open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return errors

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
