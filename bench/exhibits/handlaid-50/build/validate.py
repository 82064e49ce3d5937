"""Check every gold string against the document text of its exhibit.

PDF: the .txt (must equal a fresh `pdftotext -raw`); Chromium's line-end hyphenation comes out as
"syl\u00ad" NEWLINE "\u2010" NEWLINE "lable", joined here; remaining soft hyphens removed.
DOCX: w:t text of document.xml (w:br, w:tab and paragraph ends as spaces). HTML: text outside head/script/style/template.
For every title, label, paragraph, caption, position, credit and running string: all its words must occur in the
document text in the same order (gaps allowed, they are the interruptions). Also: 500-900 gold paragraph words,
title section first, sidebar (label null) last, caption last block of its section."""
import json, os, re, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser
import xml.etree.ElementTree as ET
import content

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def words(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    res = []
    for w in re.split(r"[\s\u00a0]+", t):
        w = re.sub(r"([A-Za-z][,.;:'\"])\d+$", r"\1", w)  # footnote call glued to the word (Paged.js)
        w = w.strip(".,;:!?\"'()[]*·/").lower()
        if w:
            res.append(w)
    return res


def pdf_text(name):
    p = os.path.join(OUT, name + ".pdf")
    with tempfile.NamedTemporaryFile(suffix=".txt") as tf:
        subprocess.run(["pdftotext", "-raw", p, tf.name], check=True)
        fresh = open(tf.name, encoding="utf-8").read()
    txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    errs = [] if fresh == txt else ["%s.txt differs from a fresh pdftotext -raw" % name]
    t = re.sub("\u00ad\n\u2010\n", "", txt)
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return t.replace("\u00ad", ""), errs


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for el in root.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag in (W + "br", W + "tab", W + "cr"):
            out.append(" ")
        elif el.tag == W + "p":
            out.append(" ")
    # paragraph ends: iter() visits w:p before its runs, so mark ends by re-walking
    out = []
    def walk(e):
        for c in e:
            if c.tag == W + "t":
                out.append(c.text or "")
            elif c.tag in (W + "br", W + "tab", W + "cr"):
                out.append(" ")
            else:
                walk(c)
            if c.tag == W + "p":
                out.append(" ")
    walk(root)
    return "".join(out), []


class Txt(HTMLParser):
    SKIP = {"head", "script", "style", "template"}
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []
    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.depth += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth -= 1
        self.parts.append(" ")
    def handle_data(self, d):
        if self.depth == 0:
            self.parts.append(d)


def html_text(name):
    p = Txt()
    p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(p.parts), []


def find_in_order(doc, ws):
    """Earliest-start subsequence match; returns (ok, span in words)."""
    best = None
    for start in [i for i, w in enumerate(doc) if ws and w == ws[0]]:
        j = start
        k = 0
        while j < len(doc) and k < len(ws):
            if doc[j] == ws[k]:
                k += 1
            j += 1
        if k == len(ws):
            span = j - start
            if best is None or span < best:
                best = span
    return best


def check(name, kind):
    errs = []
    text, e = dict(pdf=pdf_text, docx=docx_text, html=html_text)[kind](name)
    errs += e
    doc = words(text)
    with open(os.path.join(OUT, name + ".json"), encoding="utf-8") as f:
        g = json.load(f)
    if g != content.gold_obj(name):
        errs.append("%s.json is not what content.py writes" % name)
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                strings += [("position", b["position"]), ("credit", b["credit"])]
    gaps = []
    for what, s in strings:
        ws = words(s)
        span = find_in_order(doc, ws)
        if span is None:
            errs.append("%s: %s not found in order: %r" % (name, what, s[:70]))
        elif span > len(ws):
            gaps.append("%s (+%d words): %r" % (what, span - len(ws), s[:50]))
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errs.append(name + ": first section is not the title section")
    if secs[-1]["label"] is not None:
        errs.append(name + ": last section is not the unlabelled sidebar")
    for s in secs:
        ks = [b["kind"] for b in s["blocks"]]
        if "caption" in ks and ks.index("caption") != len(ks) - 1:
            errs.append(name + ": caption not last in " + s["title"])
    n = content.para_words(name)
    if not 500 <= n <= 900:
        errs.append("%s: %d paragraph words" % (name, n))
    return errs, gaps, n


def main():
    kinds = dict(ether_dome_1846="pdf", keeling_curve_1958="pdf", gombe_chimpanzees_1960="pdf",
                 sydney_opera_house_1973="pdf", smallpox_eradication_1980="docx", polio_vaccine_1955="html")
    lines, total = [], 0
    for name in content.ORDER:
        errs, gaps, n = check(name, kinds[name])
        total += len(errs)
        lines.append("== %s (%s): %d paragraph words, %d errors" % (name, kinds[name], n, len(errs)))
        lines += ["  ERROR " + e for e in errs]
        lines += ["  interrupted: " + x for x in gaps]
    lines.append("TOTAL ERRORS: %d" % total)
    rep = "\n".join(lines) + "\n"
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w", encoding="utf-8") as f:
        f.write(rep)
    print(rep)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
