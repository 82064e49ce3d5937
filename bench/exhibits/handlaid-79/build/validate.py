# -*- coding: utf-8 -*-
"""Checks: JSON == texts.py gold; 500-900 paragraph words; .txt == fresh pdftotext -raw; every gold string's
words occur contiguously in the document text (NOTE when only in order, in pieces)."""
import os, re, sys, json, zipfile, subprocess
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from texts import DOCS, gold, para_words

def norm(s):
    s = s.lower().replace("\u2019", "").replace("'", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.sub(r"[^\w]+", " ", s).split()

class T(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("head", "script", "style", "template", "svg", "noscript", "sup"): self.skip += 1
        if t in ("p", "br", "h1", "h2", "h3", "li", "dt", "dd", "figcaption", "small", "div", "footer"): self.out.append(" ")
    def handle_endtag(self, t):
        if t in ("head", "script", "style", "template", "svg", "noscript", "sup"): self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def doc_text(name):
    p = os.path.join(OUT, name)
    if os.path.exists(p + ".pdf"):
        t = open(p + ".txt", encoding="utf-8").read()
        return re.sub(r"-\n(?=[a-z])", "", t)
    if os.path.exists(p + ".docx"):
        z = zipfile.ZipFile(p + ".docx"); parts = []
        for n in ("word/document.xml", "word/footer1.xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
            x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", " ", x)
            parts.append(re.sub(r"<[^>]+>", "", x))
        import html; return html.unescape(" ".join(parts))
    h = T(); h.feed(open(p + ".html", encoding="utf-8").read()); return "".join(h.out)

def contiguous(needle, hay):
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def in_order(needle, hay):
    it = iter(hay); return all(w in it for w in needle)

errors, notes, lines = 0, 0, []
for name in DOCS:
    g = gold(name)
    if json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8")) != g:
        errors += 1; lines.append("ERROR %s: json differs from texts.py" % name)
    pw = para_words(name)
    if not 500 <= pw <= 900:
        errors += 1; lines.append("ERROR %s: %d paragraph words" % (name, pw))
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors += 1; lines.append("ERROR %s: .txt is stale" % name)
    hay = norm(doc_text(name))
    strings = [g["title"]] + g["running"]
    for s in g["sections"]:
        strings += [x for x in (s["label"], s["title"]) if x]
        for b in s["blocks"]:
            strings.append(b["text"])
            if b["kind"] == "caption":
                strings += [x for x in (b["position"], b["credit"]) if x]
    for s in strings:
        w = norm(s)
        if contiguous(w, hay):
            continue
        if in_order(w, hay):
            notes += 1; lines.append("NOTE  %s: in order but in pieces: %s" % (name, s[:70]))
        else:
            errors += 1; lines.append("ERROR %s: not found: %s" % (name, s[:70]))
    lines.append("ok    %s (%d paragraph words)" % (name, pw))
lines.append("%d errors, %d notes" % (errors, notes))
open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(1 if errors else 0)
