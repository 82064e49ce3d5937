# -*- coding: utf-8 -*-
"""Checks: JSON = content.py output; structure; 500-900 paragraph words; .txt = fresh pdftotext -raw;
every word of every gold string occurs contiguously in the document text (else a NOTE if found in pieces)."""
import json, os, re, subprocess, sys, zipfile
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors, notes = [], []


def toks(s):
    s = s.lower().replace("’", "'").replace("‘", "'")
    s = s.replace("-", "").replace("\u00ad", "")
    return re.findall(r"[a-z0-9à-ÿ']+", s)


def pdf_text(name):
    raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    return re.sub(r"-\n(?=[a-zà-ÿ])", "", raw)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in ["word/document.xml"] + [n for n in z.namelist() if re.match(r"word/header\d*\.xml", n)]:
        x = z.read(part).decode("utf-8")
        x = re.sub(r"<w:r>(?:(?!</w:r>).)*?<w:vertAlign w:val=\"superscript\"/>.*?</w:r>", " ", x, flags=re.S)
        x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", " ", x, flags=re.S)
        x = re.sub(r"<w:br/>", " ", x)
        x = re.sub(r"</w:p>", "\n", x)
        out.append(re.sub(r"<[^>]+>", "", x))
    return "\n".join(out)


class _H(HTMLParser):
    SKIP = {"head", "script", "style", "template", "sup"}

    def __init__(self):
        super().__init__(); self.depth = 0; self.buf = []

    def handle_starttag(self, t, a):
        if t in self.SKIP: self.depth += 1
        if t in ("p", "h1", "h2", "li", "br", "figcaption", "summary", "div", "section"): self.buf.append("\n")

    def handle_endtag(self, t):
        if t in self.SKIP: self.depth -= 1

    def handle_data(self, d):
        if self.depth == 0: self.buf.append(d)


def html_text(name):
    p = _H(); p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()); return "".join(p.buf)


def find(hay, needle):
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def check_string(name, what, s, hay):
    t = toks(s)
    if not t:
        return
    if find(hay, t) >= 0:
        return
    # in pieces?
    pos, cur, pieces, ordered = 0, 0, 0, True
    i = 0
    last = -1
    while i < len(t):
        best = None
        for j in range(len(t), i, -1):
            k = find(hay, t[i:j])
            if k >= 0:
                best = (j, k); break
        if not best:
            errors.append("%s: %s not found (word %r): %s" % (name, what, t[i], s[:70])); return
        j, k = best
        if k < last: ordered = False
        last = k; pieces += 1; i = j
    notes.append("%s: %s found in %d pieces (%s): %s…" % (name, what, pieces, "in order" if ordered else "NOT in order", s[:60]))


for name in content.EX:
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if json.dumps(g, ensure_ascii=False, indent=2) + "\n" != content.dump(name):
        errors.append(name + ": JSON differs from content.py")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[-1]["label"] is not None:
        errors.append(name + ": title/sidebar sections")
    for s in secs:
        ks = [b["kind"] for b in s["blocks"]]
        if "caption" in ks and ks.index("caption") != len(ks) - 1:
            errors.append(name + ": caption not last")
    words = sum(len(b["text"].split()) for s in secs for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= words <= 900:
        errors.append("%s: %d paragraph words" % (name, words))
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors.append(name + ": .txt is not a fresh pdftotext -raw")
        text = pdf_text(name)
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        text = docx_text(name)
    else:
        text = html_text(name)
    hay = toks(text)
    check_string(name, "title", g["title"], hay)
    for r in g["running"]:
        check_string(name, "running", r, hay)
    for s in secs:
        if s["label"]: check_string(name, "label", s["label"], hay)
        check_string(name, "section title", s["title"], hay)
        for b in s["blocks"]:
            check_string(name, b["kind"], b["text"], hay)
            if b["kind"] == "caption":
                check_string(name, "position", b["position"], hay)
                check_string(name, "credit", b["credit"], hay)
    print("%-28s %d paragraph words" % (name, words))

rep = "\n".join(["ERROR " + e for e in errors] + ["NOTE " + n for n in notes] +
                ["%d errors, %d notes" % (len(errors), len(notes))])
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write(rep + "\n")
print(rep)
sys.exit(1 if errors else 0)
