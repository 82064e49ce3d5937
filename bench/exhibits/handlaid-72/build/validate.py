# -*- coding: utf-8 -*-
"""Checks for set 72; writes build/validation_report.txt.

ERROR: JSON differs from content.py, paragraph words outside 500-900, .txt differs from a fresh
`pdftotext -raw`, or a gold string whose words do not all occur in the document text.
NOTE: a gold string found only in pieces (split by a picture, note mark, box, page or column turn)."""
import json, os, re, subprocess, sys, zipfile, html
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import gold, words
from texts import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
report, errors, notes = [], 0, 0


def norm(s):
    s = s.replace("\u2019", "").replace("'", "").replace("\u2018", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    s = re.sub(r"[^\w]+", " ", s.lower())
    return " " + " ".join(s.split()) + " "


def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    return re.sub(r"-\n(?=[a-z])", "", t)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in ["word/document.xml"] + [n for n in z.namelist() if re.match(r"word/footer\d*\.xml", n)]:
        x = z.read(part).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
            out.append("".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
    return "\n".join(out)


class Text(HTMLParser):
    SKIP = {"head", "script", "style", "template", "svg", "sup", "noscript"}

    def __init__(self):
        super().__init__()
        self.skip, self.out = 0, []

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        if tag in ("p", "h1", "h2", "h3", "li", "figcaption", "br", "div", "td", "th", "cite", "span"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    p = Text()
    p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(p.out)


def check(name, g, text):
    global errors, notes
    T = norm(text)
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            items.append(("label", s["label"]))
        items.append(("section title", s["title"]))
        for b in s["blocks"]:
            items.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    items.append(("position", b["position"]))
                items.append(("credit", b["credit"]))
    for kind, s in items:
        n = norm(s)
        if n in T:
            continue
        ws = n.split()
        missing = [w for w in ws if (" " + w + " ") not in T]
        if missing:
            errors += 1
            report.append("ERROR %s %s: words missing %s in: %s" % (name, kind, missing[:8], s[:70]))
            continue
        # find the longest runs that occur
        pieces, i = [], 0
        while i < len(ws):
            j = i + 1
            while j <= len(ws) and (" " + " ".join(ws[i:j]) + " ") in T:
                j += 1
            pieces.append(" ".join(ws[i:j - 1]))
            i = j - 1 if j - 1 > i else i + 1
        notes += 1
        report.append("NOTE  %s %s found in %d pieces, breaks after: %s" % (
            name, kind, len(pieces), " | ".join(p.split()[-1] for p in pieces[:-1])))


for name, e in EX.items():
    g = gold(name, e)
    js = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if js != g:
        errors += 1
        report.append("ERROR %s: JSON differs from content.py" % name)
    w = words(g)
    if not 500 <= w <= 900:
        errors += 1
        report.append("ERROR %s: %d paragraph words" % (name, w))
    report.append("ok    %s: %d paragraph words" % (name, w))
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"],
                               capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors += 1
            report.append("ERROR %s: .txt differs from pdftotext -raw" % name)
        text = pdf_text(name)
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        text = docx_text(name)
    else:
        text = html_text(name)
    check(name, g, text)

report.append("%d errors, %d notes" % (errors, notes))
open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(report) + "\n")
print("\n".join(report))
sys.exit(1 if errors else 0)
