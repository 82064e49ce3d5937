# -*- coding: utf-8 -*-
"""Checks the set: JSON = content.py output, structure, word counts, .txt = fresh pdftotext -raw, and that every
gold string's words occur contiguously in the document text (else NOTE if found in pieces, ERROR if missing)."""
import json, os, re, subprocess, sys, zipfile, html
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content
from texts import EX

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(B)
errors, notes, report = [], [], []

def norm(s):
    s = s.lower().replace("’", "").replace("'", "").replace("‘", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return s.split()

def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    t = re.sub(r"-\n(?=[a-z])", "", t)          # line-end hyphens
    t = re.sub(r"(Hofmann|patent)[12]\b", r"\1", t)   # raised note marks glued to the word
    return t

def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in ("word/document.xml", "word/footer1.xml"):
        x = z.read(part).decode("utf-8")
        x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
        x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", x, flags=re.S)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<w:tab/>", " ", x)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)

class HT(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.buf = []
    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style", "template"):
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "figcaption", "div", "section", "br", "cite"):
            self.buf.append("\n")
    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template"):
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)

def html_text(name):
    h = HT(); h.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(h.buf)

def find(hay, needle):
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return True
    return False

def pieces(hay, needle):
    """True if the words occur in order, with other words between"""
    j = 0
    for w in hay:
        if j < len(needle) and w == needle[j]:
            j += 1
    return j == len(needle)

for name in EX:
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if g != content.gold(name):
        errors.append("%s: JSON differs from content.py" % name)
    if g["sections"][0]["label"] is not None or g["sections"][0]["title"] != g["title"]:
        errors.append("%s: title section not first" % name)
    if g["sections"][-1]["label"] is not None:
        errors.append("%s: sidebar not last" % name)
    for s in g["sections"]:
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append("%s: caption not last in %s" % (name, s["title"]))
    words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= words <= 900:
        errors.append("%s: %d paragraph words" % (name, words))
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                               text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors.append("%s: .txt is not a fresh pdftotext -raw" % name)
        text = pdf_text(name)
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        text = docx_text(name)
    else:
        text = html_text(name)
    hay = norm(text)
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    for kind, st in strings:
        nd = norm(st)
        if find(hay, nd):
            continue
        if pieces(hay, nd):
            notes.append("%s: %s found only in pieces: %s…" % (name, kind, st[:50]))
        else:
            errors.append("%s: %s NOT found: %s…" % (name, kind, st[:60]))
    report.append("%s: %d paragraph words, %d strings checked" % (name, words, len(strings)))

report += ["", "%d errors, %d notes" % (len(errors), len(notes))] + ["ERROR " + e for e in errors] + ["NOTE " + n for n in notes]
open(os.path.join(B, "validation_report.txt"), "w").write("\n".join(report) + "\n")
print("\n".join(report))
sys.exit(1 if errors else 0)
